"""Domain vocabulary with one home: months, section headings, text keys, JSON Lines.

Several stages need the same words (a date line is read by the PDF layout, the text
reader and the metadata reader; "Areas for improvement" matters to sections and to
labels). Keeping them here means a new wording is added once and every stage sees it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Month names in calendar order, as printed on report covers.
MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()
#: Lower-case month name → month number.
MONTHS = {m.lower(): i + 1 for i, m in enumerate(MONTH_NAMES)}
#: Regular-expression alternation of the month names (lower case; compile with re.I).
MONTH_PATTERN = "|".join(MONTHS)

#: Headings that open non-theme parts of a report: introductions, method, back matter.
#: Sentences under them are context, and they close the theme that came before.
CONTEXT_HEADINGS = (
    r"introduction|about (?:this|the) (?:report|inspection|data)|methodology|our approach|context|"
    r"glossary|annex|appendix|force in numbers|about us|data in this report|important changes|"
    r"the peel assessment framework|how we inspect|terms of reference|notes|references|scope"
)
#: Optional heading numbering ("3.", "2.1 ").
HEADING_NUMBER = r"(?:\d[\d.]*\s*)?"
#: A section whose sentences state what the force should do better.
AFI_SECTION = re.compile(
    r"areas? for improvement|causes? of concern|recommendations?|what the force (?:should|needs to)|"
    r"the force should",
    re.I,
)
#: A section that describes practice the inspectorate commends.
GOOD_SECTION = re.compile(
    r"innovative|promising|notable practice|good practice|what the force does well|strengths", re.I
)
#: A section that lists findings since closed ("Recommendations we consider complete",
#: "Causes of concern that have been discharged"): its items are strengths (LABELLING rule
#: 11), though the heading names recommendations; not one still open or partly done, nor a
#: title that only reports a closure ("Hallowmere Police: cause of concern closed").
CLOSED_SECTION = re.compile(
    r"^(?!.*\b(?:not|partially|partly|in progress|outstanding|open|yet)\b)\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:"
    r"(?:recommendations?|causes? of concern|areas? for improvement)\b[^:]{0,40}?\b(?:complete|completed|met|achieved|"
    r"discharged|closed|addressed)\b|(?:completed?|met|achieved|discharged|closed|addressed)\s+"
    r"(?:recommendations?|causes? of concern|areas? for improvement)\b)",
    re.I,
)
#: A list lead-in of earlier findings the force has dealt with ("The recommendations now met
#: are:", "Among those achieved are:", "The areas we now regard as addressed are:"): each
#: item is a finding met, a strength (LABELLING.md rule 11), as under a heading of them
#: (:data:`CLOSED_SECTION`), though the lead-in names recommendations. The findings must be
#: what is done: "Fieldwork was completed in April and included:" lists no finding.
FINDINGS_DONE = re.compile(
    r"\b(?:recommendations?|areas?|causes?\s+of\s+concern|concerns|those|these|ones)\b"
    # not where something else was done ("In the areas where the new model has been
    # implemented, we found:") or a list addressed to someone ("Our recommendations
    # addressed to chief constables are:")
    r"(?!\s+(?:\w+\s+)?(?:where|in\s+which)\b)[^:]{0,90}?"
    r"\b(?:achieved|completed?|implemented|discharged|fulfilled|resolved|addressed(?!\s+(?:to|by|in)\b)|"
    r"(?:been|now|are|were|is|was|fully|largely|considered?|regard(?:ed)?\s+as)\s+met)\b", re.I)
#: ... unless the lead-in says they are not yet done, still to do, done only in name, or
#: done by someone else's account ("The force told us it had implemented:", "According to
#: the force, …", "the force's self-assessment lists", "Those the commissioner considers
#: achieved").
NOT_YET_DONE = re.compile(
    r"\b(?:partly|partially|part|yet|still|open|outstanding|remain\w*|unmet|incomplete|in progress|to be|never|none|"
    r"little|few|without|only|reopen\w*|re-?emerg\w*|overdue|told|in name|will\s+(?:check|look|consider|return|revisit)|"
    r"(?:when|once|until)\s+(?:the\s+force|it|they)\s+(?:has|have)|further\s+work\s+(?:is\s+)?(?:needed|required)|"
    r"due\s+(?:to\s+have|by|in)|(?:at|before|during)\s+our\s+next|according\s+to|self-assessment|"
    r"(?:force|constabulary|it|they|chief\s+constable|commissioner|PCC)\s+(?:says|said|considers?|claims?|claimed|"
    r"believes?|regards?|reports?|reported))\b", re.I)
#: The names of earlier findings in such a lead-in, masked before looking for criticism.
#: A closing "concern:" is the verb ("The recommendations we consider achieved concern:").
FINDING_NAMES = re.compile(r"\b(?:recommendations?|areas? for improvement|causes? of concern|concerns)\b|"
                            r"(?<!\bof )\bconcerns?(?=\s*:\s*$)", re.I)


#: A section of context (introduction, method, annexes).
CONTEXT_SECTION = re.compile(rf"^{HEADING_NUMBER}({CONTEXT_HEADINGS})\b", re.I)
#: An annex or appendix that holds the report's findings, and nothing else by its name
#: ("Annex: the causes of concern", "Annex B: Areas for improvement", "Appendix 1: Detailed
#: findings", "Annex: our findings in more detail"; not "Annex C: Findings from the victim
#: survey"): its sentences are themed by what they are about, like a summary's. Their labels
#: still read it as an annex (:data:`CONTEXT_SECTION`).
_FINDING_NOUN = r"(?:recommendations?|areas?\s+for\s+improvement|(?:accelerated\s+)?causes?\s+of\s+concern|findings)"
FINDINGS_ANNEX = re.compile(
    rf"^{HEADING_NUMBER}(?:annex|appendix)\b[^:.–—-]{{0,12}}[:.–—-]?\s*(?:the\s+|our\s+)?"
    r"(?:(?:force|constabulary)['’]s\s+)?(?:summary\s+of\s+|detailed\s+|full\s+)?"
    rf"{_FINDING_NOUN}(?:,?\s+(?:and|or)\s+{_FINDING_NOUN})?"
    r"(?:\s+in\s+(?:more\s+)?(?:detail|full)|\s+by\s+area|\s+\(continued\)|\s+for\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,4})?"
    r"\W*$", re.I)


def themeless_section(heading: str | None) -> bool:
    """Is ``heading`` a section of context whose sentences keep no theme (an introduction, the
    method, an annex), not an annex of findings (:data:`FINDINGS_ANNEX`)?"""
    return bool(heading and CONTEXT_SECTION.search(heading) and not FINDINGS_ANNEX.search(heading))


#: Headings that end the current theme (context headings, summaries, judgement lists).
RESET_SECTION = re.compile(
    rf"^{HEADING_NUMBER}(introduction|executive summary|summary|overall summary|overview|"
    r"context|about (?:this|the)|methodology|next steps|conclusions?|(?:our |the |my )?decision$|annex|appendix|contents|"
    r"hm inspector'?s? observations|our judgements|force in numbers|glossary|foreword|"
    r"overall (?:judgement|findings)|(?:headline|key|main|summary of) findings|important changes|data in this report|the peel assessment|"
    r"how we inspect|terms of reference|notes|references|(?:our |the |my )?recommendations?|summary of (?:findings|judgements)|"
    r"(?:remaining|other|outstanding|open|earlier|previous) (?:causes?|areas?) of concern|"
    r"(?:effectiveness|efficiency|legitimacy|leadership)(?: pillar)?$|how effective is the force at keeping people safe and reducing crime|"
    r"how efficient is the force|how legitimate is the force)",
    re.I,
)
#: Sub-headings that keep the theme of the section they sit in.
KEEP_SECTION = re.compile(
    r"^(areas? for improvement|causes? of concern|innovative practice|promising practice|"
    r"notable practice|summary of findings|what we found|findings|good practice)\b",
    re.I,
)
#: Headings under which sentences take the theme their content points to.
SUMMARY_SECTION = re.compile(
    r"summary|observations|overall|recommendations?|areas? for improvement|causes? of concern|"
    r"conclusions?|key findings|overview",
    re.I,
)
#: A cause-of-concern heading (its recommendations keep its theme).
CAUSE_SECTION = re.compile(r"causes? of concern", re.I)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def text_key(text: str) -> str:
    """Compare sentences regardless of case, quotes, punctuation and spacing.

    Used wherever two copies of a sentence must count as one: boilerplate across
    reports, gold sentences against extracted ones.
    """
    return re.sub(r"[^a-z0-9]+", " ", text.translate(_QUOTES).lower()).strip()


class JsonLinesError(ValueError):
    """A line of a JSON Lines file is not a JSON object."""

    def __init__(self, path: Path, line: int, reason: str) -> None:
        super().__init__(f"{path}:{line}: {reason}")
        self.path, self.line, self.reason = path, line, reason


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; raise on a bad line."""
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise JsonLinesError(path, n, f"invalid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise JsonLinesError(path, n, "not a JSON object")
            yield n, obj


#: English stop words left out of the digest's recurring-issue similarity: the list
#: scikit-learn ships as ``ENGLISH_STOP_WORDS`` (from the Glasgow Information
#: Retrieval Group; BSD licence), kept here so the digest does not import
#: scikit-learn (about a second of start-up) for one word list.
STOP_WORDS = frozenset("""
    a about above across after afterwards again against all almost alone along already also
    although always am among amongst amoungst amount an and another any anyhow anyone anything
    anyway anywhere are around as at back be became because become becomes becoming been before
    beforehand behind being below beside besides between beyond bill both bottom but by call can
    cannot cant co con could couldnt cry de describe detail do done down due during each eg
    eight either eleven else elsewhere empty enough etc even ever every everyone everything
    everywhere except few fifteen fifty fill find fire first five for former formerly forty
    found four from front full further get give go had has hasnt have he hence her here
    hereafter hereby herein hereupon hers herself him himself his how however hundred i ie if in
    inc indeed interest into is it its itself keep last latter latterly least less ltd made many
    may me meanwhile might mill mine more moreover most mostly move much must my myself name
    namely neither never nevertheless next nine no nobody none noone nor not nothing now nowhere
    of off often on once one only onto or other others otherwise our ours ourselves out over own
    part per perhaps please put rather re same see seem seemed seeming seems serious several she
    should show side since sincere six sixty so some somehow someone something sometime
    sometimes somewhere still such system take ten than that the their them themselves then
    thence there thereafter thereby therefore therein thereupon these they thick thin third this
    those though three through throughout thru thus to together too top toward towards twelve
    twenty two un under until up upon us very via was we well were what whatever when whence
    whenever where whereafter whereas whereby wherein whereupon wherever whether which while
    whither who whoever whole whom whose why will with within without would yet you your yours
    yourself yourselves
""".split())
