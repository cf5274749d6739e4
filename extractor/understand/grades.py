"""Graded judgements stated in sentences: only the inspectorate's, only this report's.

HMIC graded PEEL questions and pillars on a four-point scale until 2019
(outstanding, good, requires improvement, inadequate); from 2021 on a five-point
scale that adds "adequate". Ungraded areas are "not graded". Grade tables are read
by the readers (:mod:`extractor.read.grade_rows`); this module reads sentences.

A journalist quotes these grades, so a grade is taken from a sentence only when
the sentence is a judgement of this force in this report:

- its subject is the force (the report's force under any gazetteer name or short
  form, "the force", "the constabulary", "it") or the inspectorate judging it;
- its object is a graded area of the report's taxonomy, a PEEL pillar, or the
  force overall in so many words ("overall");
- it is not a description of the grading scale or method, a tally of grades, a
  grade from another year or inspection, a conditional, the force's own claim,
  or a sub-topic that is not a graded area ("good at recording modern slavery
  offences");
- the report's family is graded (2014 domestic abuse and crime data integrity
  reports were not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from extractor.read.grade_rows import (
    ANY_GRADE,
    OVERALL_WORDS,
    judges_this_inspection,
    normalise_grade,
    parse_grade_row,
)
from extractor.records import GradeRow
from extractor.settings import AREA_SUBJECT_MATCH, DEFAULT_AREA_MATCH
from extractor.understand.family import OTHER_INSPECTORATES
from extractor.understand.metadata import gazetteer, place_of
from extractor.understand.themes import (
    CONCERN_HEADING,
    Taxonomy,
    Theme,
    content_words,
    heading_match_score,
    keyword_patterns,
    match_heading,
    normalise_heading,
)

#: A grade phrase as a sentence states it.
GRADE = r"(?P<grade>outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement)"
#: PEEL pillars, graded as a whole in 2014–2019, with the phrases reports use for them.
PILLARS = {
    "effectiveness": "Effectiveness", "keeping people safe and reducing crime": "Effectiveness",
    "efficiency": "Efficiency", "operating efficiently": "Efficiency",
    "legitimacy": "Legitimacy", "leadership": "Leadership",
}
#: The inspectorate's voice as a press release or summary reports it, before the
#: judgement it reports: "But HMICFRS said", "Inspectors also found that", "According to
#: the inspectorate,", "HM Inspector Jane Ashby said". Only the inspectorate's: what the
#: force, its commissioner or anyone else says stays a claim (:data:`_NOT_MADE`).
_ATTRIBUTION = re.compile(
    r"^(?i:(?:but|and|also|however|in this inspection|in this report),?\s+)?(?:"
    r"(?i:according to (?:hmic(?:frs)?|the inspectorate|(?:the )?inspectors|(?:the|this|our) report),)\s+|"
    r"(?i:(?:hmic(?:frs)? )?inspectors|hmic(?:frs)?|the inspectorate|the inspectors|"
    r"(?:his|her) majesty['’]s inspector(?: of constabulary)?|"
    r"hm inspector(?: of constabulary)?)(?: [A-Z][\w'’-]+){0,3}"
    # (the inspector's words quoted after a colon: "HM Inspector Jane Ashby said: “We judged …”")
    r"\s+(?i:(?:also\s+)?(?:said|says|stated|found|concluded|reported)(?:\s+that)?)[,:]?\s+[\"“]?)(?=the |it |its |[A-Z])",
)
#: The same report given at the end: "…, the inspectorate said." (never a chief
#: constable's or a commissioner's words: "…, the chief constable said" is the force's claim).
_INSPECTORATE_NAMES = (
    r"(?:the inspectorate|the watchdog|the report|(?:the )?inspectors|hmic(?:frs)?|"
    r"(?:his|her) majesty['’]s inspector(?:ate)? of constabulary(?: and fire (?:&|and) rescue services)?"
    r"(?:\s*\(hmic(?:frs)?\))?|hm inspector(?: of constabulary)?(?: [A-Z][\w'’-]+){0,3})")
_SAID = r"(?:also\s+)?(?:said|says|stated|found|concluded|reported|added|noted)"
_ATTRIBUTION_AFTER = re.compile(
    rf",\s+(?:according to\s+{_INSPECTORATE_NAMES}(?:\s+{_SAID})?|{_INSPECTORATE_NAMES}\s+{_SAID})\s*[.!]?\s*$",
    re.I,
)


def _earlier_hmic(attribution: str, year: int | None) -> bool:
    """The inspectorate named as HMIC in a report of 2018 or later: it reports an earlier
    inspection (HMIC became HMICFRS in July 2017)."""
    return year is not None and year >= 2018 and re.search(r"\bHMIC\b", attribution) is not None
_LEAD = re.compile(
    r"^(?:(?:overall|in summary|in conclusion|however|but|and|also|therefore|as a result|this year|in this inspection|"
    r"accordingly|consequently|so|(?:on|for|as for|in terms of) (?:its )?(?:effectiveness|efficiency|legitimacy|leadership)),?\s+)*"
    r"(?:(?:we|hmic(?:frs)?|the inspectorate|inspectors)\s+(?:have\s+)?(?:now\s+)?(?:found|concluded|consider(?:ed)?|"
    r"believe|are satisfied|judged?|judges|assessed)\s+that\s+|(?:we|hmic(?:frs)?)\s+(?:have\s+)?(?:found|concluded)\s+|"
    r"our (?:overall )?judge?ment is that\s+)?",
    re.I,
)
#: Words that make a sentence about grading in general, not a judgement of this force.
_SCALE = re.compile(
    r"\b(grad(?:e|es|ing) scale|scale of|graded on|we grade (?:forces|each|every|police)|grades? (?:we|are) (?:use|award|give)|"
    r"one of (?:four|five)|(?:four|five)[- ]point|means? that|a force (?:that is|graded|judged|rated|which)|"
    r"forces? (?:graded|judged|rated|that (?:are|were))|if a force|would be|characteristics|what we expect|"
    r"judgements? (?:are|we use|we make|is made)|definition|defined as|categor(?:y|ies))\b",
    re.I,
)
#: Another year or an earlier inspection: history, not this report's grade.
_HISTORY = re.compile(
    r"\b(last (?:year|inspection|time|report)|previous(?:ly)?|in our (?:last|previous|earlier|first)|earlier|"
    r"since (?:our|the) (?:last|previous)|at (?:our|the|its) (?:last|previous)|(?:19|20)\d\d(?:/\d\d|[–-]\d\d)?|"
    r"was (?:then|once)|used to be|had been (?:judged|graded|rated)|carried (?:forward|over)|still stands|"
    r"keeps? (?:the|its) (?:[\w-]+ ){0,2}(?:grade|judge?ment|rating))\b",
    re.I,
)
#: Conditionals, aims and claims: not a judgement made.
_NOT_MADE = re.compile(
    r"\b(if|unless|would|could|should|may|might|must|aims? to|intends? to|wants? to|aspires? to|ambition|"
    r"hopes? to|expects? to|on track to|told us|says|said|believes|considers itself|describes itself|"
    r"self[- ]assess\w*|its own assessment|to become|in order to be)\b",
    re.I,
)
#: Anywhere in a sentence: whose view it is, a condition, a hedge or a comparison. A grade
#: followed by "…, says the commissioner", "…, if it keeps its detectives", "…, on paper"
#: or "as good at … as" is not the inspectorate's judgement of this force.
_DOUBT = re.compile(
    r"\b(according to|in the (?:view|eyes|opinion|estimation) of|in its own|its own (?:review|audit|assessment|estimation|view)|"
    r"claims?|claimed|believes?|told us|reports? by|by the force itself|by its partners|a survey|"
    r"if|unless|provided|so long as|should it|on paper|in theory|in places|in parts|at first sight|in name only|"
    r"as (?:good|outstanding|adequate|inadequate|poor|bad)(?:\s+[\w'’-]+){0,8}\s+as|better than|worse than|compared with|"
    r"as do|as does|as is|"
    r"when we (?:first|last) inspected|first inspected|our first inspection|before the|next door|neighbour(?!hoods?\b)\w*|"
    r"(?:most|many|some|all|few|several|other|\d+|three|four|five|six|seven|eight|nine|ten) (?:of the )?(?:\w+ )?forces|"
    r"when a force|where there (?:are|is)|since revised|has since|no longer|overturned|withdrawn|"
    r"(?:years?|months?) ago|until recently|historically|back then|prior to|not graded by)\b|\?\s*$"
    # attribution: "…, says the commissioner", "…, its partners say", "the chief constable said"
    r"|,\s*(?:[\w'’-]+\s+){0,5}(?:says?|said)\b|\b(?:says?|said)\s+(?:the|its|a|an|that)\b",
    re.I,
)
_CONTRAST_MODAL = re.compile(r"\b(but|although|though|however|while|whilst|yet)\b[^.]*\b(needs? to|should|must|has to)\b", re.I)
_AREA_END = re.compile(
    r"\s*(?:;|:|\(|\bbut\b|\balthough\b|\bthough\b|\bbecause\b|\bas it\b|,\s*with\b|\band (?:it|its|their|we|has|is|needs)\b|"
    r"\bwhere\b|\bwhich\b|\bdespite\b|\bhowever\b)"
)
#: "All three legitimacy questions were graded good": the questions' grades, not the pillar's.
_SEVERAL = re.compile(r"\b(?:questions|areas|all|each|both|three|four|five)\b", re.I)
#: Words of the subject, not of an area ("its powers" is the force's).
_FORCE_WORDS = frozenset({"forc", "force", "constabulary", "polic", "police", "its", "their"})
#: Words an area's object may hold that no area name has ("using its powers fairly", "work to …").
_LIGHT_WORDS = _FORCE_WORDS | frozenset({"using", "work", "way", "approach", "overall", "them", "they", "it", "own",
                                         "efficient", "effectiv", "proper", "well", "use", "appropriat"})
#: After the words that name an area, what may follow without narrowing it: nothing, "and …"
#: (a second area or activity), or the force itself ("in the force", "this year").
_AREA_REST = re.compile(r"^(?:$|and\b|,|as well as\b|(?:in|at|across) the force(?![\w'’])|this year\b|too\b|also\b|now\s*[.!]?$|"
                        r"because\b|(?:efficiently|effectively|well|properly)\b(?:\s*$|\s+and\b|,))", re.I)
#: The only endings a judgement may have after its area's words (once a comma, semicolon or
#: bracket ends them): none, a reason, the inspectorate's own note, or a clause about the
#: force. Anything else ("…, the chief constable wrote", "…, two years ago", "…, as long as
#: demand stays low", "(though only in the north)") may change whose judgement it is or what
#: it covers, and the sentence gives no grade.
_ALLOWED_TAIL = re.compile(
    r"^(?:[.!]?\s*$|because\b|as it\b|as the (?:force|constabulary)\b|noting\b|reflecting\b|citing\b|recognising\b|"
    r"singling out\b|highlighting\b|praising\b|pointing to\b|"
    r"and (?:it|its|we|the force|the constabulary|has|is|needs)\b|"
    r"with (?:its|the force['’]s|the constabulary['’]s|officers|staff|services|leaders)\b|"
    r"with (?:inspectors|the inspectorate|hmic(?:frs)?) (?:praising|noting|citing|highlighting|pointing to|singling out|"
    r"finding|criticising)\b(?![^.]*\b(?:though|although|but|only|except|apart from|outside)\b)|"
    r"an? (?:grade|judge?ment)\b|an? (?:area|question) (?:where|in which|that|which)\b|which (?:is|was|means|shows|reflects)\b)", re.I)
#: What may follow an area's words without a comma and not narrow them: a reason or a new clause.
_NON_RESTRICTIVE = re.compile(r"^(?:,|;|\(|because\b|as it\b|and (?:it|its|their|we|has|is|needs)\b|however\b|despite\b|"
                              r"although\b|with\b)", re.I)
#: After a colon, the inspectorate's explanation of the force's grade: "…: it keeps people safe".
_COLON_ELABORATION = re.compile(r"^:\s*(?:it|its|the force|the constabulary)\b", re.I)
#: A second activity joined to an area's words: "… and using its powers", "… and to manage offenders".
_COORDINATED = re.compile(r"^and (?:\w+ing|to \w+)\b", re.I)
#: "the council's work …", "Mercia's approach …", "its neighbour's …": another owner's work.
_OTHER_OWNER = re.compile(r"\b(?!its\b)(?!force['’]s)(?!constabulary['’]s)\w+['’]s\b", re.I)
#: Another force or body named in the sentence (the report's own force is "the force" by then).
_OTHER_BODY = re.compile(
    r"\b[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*)*\s+(?:Police|Constabulary|Council|Agency|Service|Commissioner|"
    r"Partnership|Authority|Trust|Board|College)\b"
    r"|\b(?:neighbouring|another|other|partner|neighbour['’]s)\s+(?:forces?|police|organisations?|agenc(?:y|ies)|bodies)\b")
_GENERIC_SUBJECT = r"(?:the (?:police )?force|the constabulary|this force|this constabulary|it)"


def _coordinated(rest: str) -> bool:
    """A second activity after the area's words, itself ending as a judgement may end
    ("… and tackling anti-social behaviour, the survey shows" does not)."""
    if not _COORDINATED.match(rest):
        return False
    after = rest.split(",", 1)[1].strip() if "," in rest else ""
    return not after or bool(_ALLOWED_TAIL.match(after))


@dataclass(frozen=True)
class StatedGrade:
    """A grade a sentence states for the report's force."""

    grade: str
    #: The graded area (a theme of the report's taxonomy), or None for a pillar or overall.
    area: Theme | None
    #: The area as the report names it: the theme's name, a pillar, or "Overall".
    name: str


def normalise_stated(grade: str) -> str:
    return normalise_grade(re.sub(r"requiring", "requires", grade, flags=re.I)) or grade.lower()


@lru_cache(maxsize=256)
def _named_subject(force: str | None) -> str | None:
    """Regex alternation of every name the report's force goes by, or None."""
    if not force:
        return None
    names: set[str] = {force}
    for entry in gazetteer():
        if entry.name == force:
            names |= set(entry.names)
    # "Wessex Constabulary" is also "Wessex Police" and "Wessex" in the possessive
    base = place_of(force)
    if base != force:
        names |= {f"{base} Police", f"{base} Constabulary"}
    alts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names if not n.lower().startswith("the ")),
                  key=len, reverse=True)
    alts += [re.escape(n[4:]).replace(r"\ ", r"\s+") for n in names if n.lower().startswith("the ")]
    return r"(?:the\s+)?(?:" + "|".join(alts) + ")" if alts else None


@lru_cache(maxsize=256)
def _force_names(force: str | None) -> re.Pattern[str] | None:
    """Every name of the report's force, to be read as "the force" before the frames match."""
    named = _named_subject(force)
    return re.compile(rf"(?<![\w-]){named}(?![\w-])", re.I) if named else None


def as_the_force(text: str, force: str | None) -> str:
    """``text`` with the force's own names ("Wessex Police", "GMP", "the Met") read as "the force".

    The sentence frames are compiled once for the generic subject, not once per
    force (they are large, and an archive names dozens of forces); another
    force's name is left alone, so its grades are still not taken.
    """
    pat = _force_names(force)
    text = pat.sub("the force", text) if pat is not None else text
    place = _force_place(force)
    if place is None:
        return text
    # "Wessex's management of offenders": the force's place name as the owner of its work
    return place.sub(lambda m: f"{m.group(1)} the force" if m.group(1) else "the force's", text)


@lru_cache(maxsize=256)
def _force_place(force: str | None) -> re.Pattern[str] | None:
    """ "in Wessex", "across Wessex": the force's own area, for "Leadership in Wessex is good";
    and "Wessex's" (group 1 empty), the place as the force's owner."""
    if not force:
        return None
    base = re.sub(r"^the\s+|\s+(?:Constabulary|Police(?: Service)?|Police Force)$", "", force, flags=re.I)
    if base == force or not base:
        return None
    name = re.escape(base).replace(chr(92) + " ", chr(92) + "s+")
    return re.compile(rf"\b(?:(in|at|across|of)\s+{name}(?![\w'’-])|{name}['’]s\b)", re.I)


#: "Leadership in Wessex is good": the force (or its area, read as the force) after the subject.
_IN_THE_FORCE = r"(?:\s+(?:in|at|of|across)\s+(?:the force|the constabulary))?"


@lru_cache(maxsize=1)
def _frames() -> tuple[re.Pattern[str], ...]:
    """Sentence shapes that state a grade for the force, most specific first.

    The subject is generic ("the force", "the constabulary", "it"): the force's own
    names are read as "the force" first (:func:`as_the_force`).

    Named groups: ``grade``; ``area`` (the object, to be matched to a graded area);
    ``pillar`` (effectiveness, efficiency, legitimacy, leadership); ``this`` ("this
    area": the section's own area).
    """
    subj = _GENERIC_SUBJECT  # the force's own names are read as "the force" first
    poss = rf"(?:{subj}['’]s|its)"
    state = (r"(?:is|are|was|were|remains|has been|have been|continues to be)\s+(?:both\s+|also\s+)?"
             r"(?:now\s+|still\s+|also\s+|currently\s+|(?:once\s+)?again\s+|judged\s+|graded\s+|assessed\s+|rated\s+)*"
             r"(?:to be\s+|as\s+|to\s+(?=requir))?")
    to_be = r"(?:(?:to be|as|to)\s+)?"
    ri = r"(?P<grade>requires?\s+improvement|requiring\s+improvement)"
    area = r"(?:\s+(?:at|in|for|on)\s+(?P<area>[^.;:]{3,160}))?"
    area_is = r"(?:\s+(?:at|in)\s+(?P<area>[^.;:]{3,160}))?"  # "is good at …"; "good for …" is suitability
    requires = r"(?P<grade>requires?\s+improvement)"
    pillar = r"(?P<pillar>effectiveness|efficiency|legitimacy|leadership)"
    judge = (r"(?:we|hmic(?:frs)?|the inspectorate|inspectors|(?:his|her) majesty['’]s inspectorate of constabulary"
             r"(?: and fire (?:&|and) rescue services)?(?:\s*\(hmic(?:frs)?\))?)"
             r"\s+(?:have\s+|has\s+)?(?:now\s+|also\s+)?(?:judge[ds]?|grade[ds]?|assess(?:es|ed)?|rate[ds]?)")
    end = r"\s*[.!]?\s*$"
    # "…, noting that it listens to communities": a participle clause giving the reason
    aside = r"(?:,\s*(?:noting|citing|reflecting|recognising|finding)\b[^.;]*)?"
    area_name = r"(?P<area>[^.;:,]{3,100}?)"
    # "another area", "the third area": an area of the report's list of graded areas
    det = (r"(?:an|another|a further|the other|the one|the (?:second|third|fourth|fifth|sixth|final|last)|"
           r"one of (?:the|its|our)(?: (?:two|three|four|five|six|seven|eight|\d+))?)")
    workplace = r"(?P<workplace>an employer|a workplace|a place to work)"
    return tuple(re.compile(p, re.I) for p in (
        # "Wessex Police earns a good grade for its crime prevention", "It received a rating of
        # 'adequate' in investigating crime"
        rf"^{subj}\s+(?:has\s+|have\s+)?(?:also\s+)?(?:earn(?:s|ed)?|receive[sd]?|gets|got|achieve[sd]?|"
        rf"(?:was|is|has been) (?:given|awarded))\s+(?:an?\s+)?(?:(?:grade|rating|judge?ment) of\s+)?[‘'\"“]?{GRADE}[’'\"”]?"
        rf"(?:\s+(?:grade|rating|judge?ment))?\s+(?:for|in)\s+(?P<area>[^.;:]{{3,160}})",
        # "The force requires improvement as a workplace", "As an employer, it is adequate"
        rf"^{subj}\s+{state}{GRADE}\s+as\s+{workplace}{end}",
        rf"^{subj}\s+(?:still\s+)?{requires}\s+as\s+{workplace}{end}",
        rf"^as\s+{workplace},\s+{subj}\s+{state}{GRADE}{end}",
        rf"^as\s+{workplace},\s+{subj}\s+(?:still\s+)?{requires}{end}",
        # "HMIC's judgment on this question is that the constabulary is outstanding"
        rf"^(?:our|hmic(?:frs)?['’]s|the inspectorate['’]s)\s+(?:overall\s+)?(?:grade|judge?ment)\s+(?:for|on|in|of)\s+"
        rf"(?P<this>this|that)\s+(?:area|question|pillar)\s+(?:is|was)\s+that\s+{subj}\s+{state}{GRADE}{end}",
        # "On this question, HMIC judges the constabulary to be good"
        rf"^(?:on|for|in)\s+(?P<this>this|that)\s+(?:area|question|pillar),\s+{judge}\s+{subj}\s+{to_be}{GRADE}{end}",
        # "Wessex Police is good in this area", "The force is adequate in this area"
        rf"^{subj}\s+{state}{GRADE}\s+(?:in|at|for)\s+(?P<this>this (?:area|question|pillar)|that (?:question|pillar)){end}",
        # "In responding to the public, it is adequate"; "In how it investigates crime, it requires improvement"
        rf"^(?:in|at|for|on)\s+{area_name},\s+{subj}\s+{state}{GRADE}{end}",
        rf"^(?:in|at|for|on)\s+{area_name},\s+{subj}\s+(?:still\s+)?{requires}{end}",
        # "On reducing crime and preventing offending, we judge the force to be good"
        rf"^(?:in|at|for|on)\s+{area_name},\s+{judge}\s+{subj}\s+{to_be}{GRADE}{end}",
        # "The force manages offenders and suspects to an adequate standard"
        rf"^{subj}\s+(?P<area>[^.;:]{{3,140}}?)\s+to an?\s+{GRADE}\s+standard{end}",
        # "Suffolk Constabulary is graded good for the efficiency of its policing": a pillar
        rf"^{subj}\s+(?:is|was|has been)\s+(?:also\s+)?(?:judged|graded|rated|assessed)\s+{to_be}{GRADE}"
        rf"\s+(?:for|on|in)\s+(?:the\s+|its\s+)?(?:overall\s+)?{pillar}(?:\s+of\s+(?:its\s+)?(?:policing|work|services?))?{end}",
        # "It was judged adequate for good use of resources": judged, graded or rated for an area
        rf"^{subj}\s+(?:is|was|has been)\s+(?:also\s+)?(?:judged|graded|rated|assessed)\s+(?:to be\s+|as\s+)?{GRADE}"
        rf"\s+for\s+(?P<area>[^.;:]{{3,160}})",
        # "Wessex Police is good at investigating crime", "The force's effectiveness is judged to be good"
        rf"^{subj}(?:['’]s\s+(?:overall\s+)?{pillar}(?:\s+(?:at|in)\s+(?:keep|protect|reduc|cut)[^.;]{{3,120}}?)?)?\s+{state}{GRADE}{area_is}",
        # "The force requires improvement in how it protects vulnerable people"
        rf"^{subj}\s+(?:still\s+|continues to\s+|also\s+|now\s+)?{requires}{area_is}",
        # "We judge Wessex Constabulary to be good at …", "HMIC judges the force to require improvement in …"
        rf"^{judge}\s+{subj}(?:['’]s\s+(?:overall\s+)?{pillar})?\s+{to_be}{GRADE}{area}",
        # "HMIC judges the legitimacy of Cheshire Constabulary to be good"
        # "We judge the effectiveness of Avon Constabulary at keeping people safe and reducing
        # crime to be good": the pillar named with the question it answers
        rf"^{judge}\s+the (?:overall\s+)?{pillar} of {subj}(?:\s+(?:at|in)\s+(?:keep|protect|reduc|cut)[^.;]{{3,120}}?)?"
        rf"\s+{to_be}{GRADE}{end}",
        # "We judged this area adequate", "This area is graded as good"
        rf"^{judge}\s+(?P<this>this|that) (?:area|question|pillar)\s+{to_be}{GRADE}",
        rf"^(?P<this>this|that) (?:area|question|pillar)\s+(?:is|was|has been)\s+(?:judged|graded|assessed|rated)\s+{to_be}{GRADE}",
        # "We judged leadership and force management to be adequate"
        rf"^{judge}\s+(?P<area>[^.;:]{{3,120}}?)\s+(?:(?:to be|as)\s+)?{GRADE}{aside}{end}",
        # "The force's recording of crime data is good", "Its planning for the future is outstanding"
        rf"^{poss}\s+(?P<area>[^.;:]{{3,140}}?)\s+{state}{GRADE}{end}",
        rf"^{poss}\s+(?P<area>[^.;:]{{3,140}}?)\s+(?:both\s+|still\s+)?(?:requires?|require)\s+(?P<grade>improvement){end}",
        # "(We found) the constabulary's response to the public to be inadequate"
        rf"^{poss}\s+(?P<area>[^.;:]{{3,140}}?)\s+to be\s+{GRADE}{end}",
        # "The way Essex Police builds … its workforce is good"
        rf"^the way {subj}\s+(?P<area>[^.;:]{{3,140}}?)\s+{state}{GRADE}{end}",
        # "The way the force responds to the public requires improvement"
        rf"^the way {subj}\s+(?P<area>[^.;:]{{3,140}}?)\s+(?:still\s+)?(?:requires?|require)\s+(?P<grade>improvement){end}",
        # "Leadership and force management is good": a graded area named in full as the subject
        rf"^(?P<subject_area>[A-Z][^.;:,]{{3,100}}?){_IN_THE_FORCE}\s+(?:is|are|was|were|remains)\s+(?:also\s+)?"
        rf"(?:judged\s+|graded\s+|assessed\s+|rated\s+)?(?:to be\s+|as\s+|to\s+(?=requir))?{GRADE}{end}",
        # "The outstanding grade was for recording data about crime": the grade as the subject
        rf"^the (?:only |one )?{GRADE} (?:grade|rating|judge?ment) (?:was|is|came) (?:for|in)\s+(?P<area>[^.;:]{{3,160}})",
        # "The area judged inadequate this time is responding to the public"
        rf"^the (?:only |one |other |second |third )?area (?:that (?:was|is) )?(?:judged|graded|rated|assessed)\s+{to_be}{GRADE}"
        rf"(?: this time| in this (?:inspection|report))?\s+(?:is|was)\s+(?P<area>[^.;:]{{3,160}})",
        # "Investigating crime is adequate in Essex Police": the force named after the grade
        rf"^(?P<subject_area>[A-Z][^.;:,]{{3,100}}?)\s+(?:is|are|was|were|remains)\s+(?:also\s+)?"
        rf"(?:judged\s+|graded\s+|assessed\s+|rated\s+)?(?:to be\s+|as\s+)?{GRADE}\s+(?:in|at|across)\s+{subj}{end}",
        # "Crime prevention and the tackling of anti-social behaviour require improvement"
        rf"^(?P<subject_area>[A-Z][^.;:,]{{3,100}}?){_IN_THE_FORCE}\s+(?:still\s+)?{ri}{end}",
        # "Our grade for managing offenders and suspects is inadequate"
        rf"^our (?:overall )?(?:grade|judge?ment) (?:for|on|in|of) (?P<this>this|that) (?:area|question|pillar)\s+(?:is|was)\s+{GRADE}{end}",
        rf"^our (?:overall )?(?:grade|judge?ment) (?:for|on) (?:{poss}\s+)?(?P<area>[^.;:]{{3,140}}?)\s+(?:is|was)\s+{GRADE}{end}",
        # "Preventing crime is a particular strength, and we have graded it good"
        rf"^(?P<subject_area>[A-Z][^.;:,]{{3,100}}?){_IN_THE_FORCE}\s+(?:is|are|was|were)\b[^.;:]*,\s*and\s+{judge}\s+it\s+{to_be}{GRADE}{end}",
        # "Investigating crime is an area where the constabulary requires improvement",
        # "Managing offenders is another area we graded good"
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:where|in which) {subj}\s+{state}{GRADE}{end}",
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:where|in which) {subj}\s+(?:still\s+)?{ri}{end}",
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:that |which )?{judge}\s+{to_be}{GRADE}{end}",
        # "Investigating crime is an area in which we judge the force to be adequate"
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:where|in which) {judge}\s+{subj}\s+{to_be}{GRADE}{end}",
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:in this report )?(?:that|which) {ri}{end}",
        # "Responding to the public was another area graded as requiring improvement", "… the
        # third area where the force was told it requires improvement"
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:that (?:was|is) |which (?:was|is) )?"
        rf"(?:graded|judged|rated|assessed)\s+{to_be}{GRADE}{end}",
        rf"^(?P<area>[^.;:]{{3,100}}?)\s+(?:is|was) {det} areas? (?:where|in which) {subj}\s+(?:was|is|has been)\s+"
        rf"(?:told|found|judged)\s+(?:that\s+)?(?:it\s+)?(?:to\s+)?(?:still\s+)?{ri}{end}",
        # "The third area requiring improvement is strategic planning …", "Another area graded
        # good was managing offenders"
        rf"^{det} areas? (?:(?:that (?:was|is) |which (?:was|is) )?(?:graded|judged|rated|assessed)\s+{to_be})?{GRADE}"
        rf"\s+(?:is|was)\s+(?P<area>[^.;:]{{3,140}}?){end}",
        # "How the force uses its powers and treats the public is adequate": the area as a clause
        rf"^how {subj}\s+(?P<area>[^.;:]{{3,140}}?)\s+{state}{GRADE}{end}",
        rf"^how {subj}\s+(?P<area>[^.;:]{{3,140}}?)\s+(?:still\s+)?{ri}{end}",
        # "The overall judgment therefore remains good": the report's overall judgement
        rf"^(?:the|our|its|{poss}) (?P<overall>overall) (?:judge?ment|grade|rating)(?: (?:for|of|on) {subj})?\s+(?:therefore\s+|thus\s+|so\s+)?"
        rf"(?:is|remains|was|stays)\s+{GRADE}{end}",
        # "The legitimacy of Cleveland Police requires improvement"
        rf"^the (?:overall\s+)?{pillar} of {subj}\s+{state}{GRADE}{end}",
        rf"^the (?:overall\s+)?{pillar} of {subj}\s+(?:still\s+)?{ri}{end}",
    ))


#: "… and we judged this question good": a judgement of the section's own area inside a longer sentence.
_THIS_AREA_INSIDE = re.compile(
    # the main clause, at the start or after ", and" / ";": never "For Mercia, we judged …"
    r"(?:^|,\s*and\s+|;\s*)"
    r"(?:(?:we|hmic(?:frs)?)\s+(?:have\s+)?(?:also\s+)?(?:judged?|graded?|assess(?:ed)?|rated?)\s+(?:this (?:area|question|pillar)|that (?:question|pillar))\s+"
    r"|(?:this|that) (?:area|question|pillar) (?:is|was|has been) (?:judged|graded|assessed|rated)\s+)"
    r"(?:(?:to be|as)\s+)?" + GRADE + r"\s*[.!]?\s*$"
    # "The constabulary … well, and we graded it good in this area": the force is the subject
    # "The force manages offenders well, and we grade this as good": "this" is the force's activity
    r"|^(?:the force|the constabulary|it)\s+(?!['’]s)(?P<doing>[^;]*),\s*and\s+(?:we|hmic(?:frs)?)\s+(?:grade|graded|judge|judged|rate|rated|assess|assessed)\s+"
    r"this\s+(?:(?:to be|as)\s+)?" + GRADE.replace("(?P<grade>", "(?P<grade3>") + r"\s*[.!]?\s*$"
    # "Its treatment of the public is fair, and we grade it good": the force's work, graded in its section
    r"|^(?:its|the force['’]s|the constabulary['’]s|the way (?:it|the force|the constabulary))\s[^;]*,\s*and\s+(?:we|hmic(?:frs)?)\s+"
    r"(?:have\s+)?(?:grade|graded|judge|judged|rate|rated|assess|assessed)\s+it\s+(?:(?:to be|as)\s+)?"
    + GRADE.replace("(?P<grade>", "(?P<grade4>") + r"\s*[.!]?\s*$"
    r"|^(?:the force|the constabulary|it)\b[^;]*,\s*and\s+(?:we|hmic(?:frs)?)\s+(?:have\s+)?(?:also\s+)?(?:judged?|graded?|assess(?:ed)?|rated?)\s+"
    r"(?:it|the force|the constabulary)\s+(?:(?:to be|as)\s+)?" + GRADE.replace("(?P<grade>", "(?P<grade2>")
    + r"\s+(?:in|for) (?:this|that) (?:area|question)\s*[.!]?\s*$",
    re.I,
)


_NOT_GRADED = re.compile(
    r"^(?:(?P<this>this|that) (?:area|question|pillar|assessment)|(?P<area>[A-Z][^.;]{3,100}?)) (?:is|was|are|were|has not been|have not been) not graded"
    r"|^we (?:do|did) not grade (?:(?:the force|forces|it|police forces) (?:on|for) )?(?P<area2>[^.;]{3,100})"
    r"|\b(?:we|hmic(?:frs)?|the inspectorate) (?:do|does|did) not grade (?P<this2>this|that) (?:area|question|pillar)\b"
    # "This area carries no grade", "This assessment is not graded"
    r"|^(?P<this3>this|that) (?:area|question|pillar|assessment|part(?: of (?:our|the|this) (?:inspection|report|assessment)"
    r"(?: of [^.;,]{1,40}?)?)?) (?:carries|has|is given|receives) no grade\b"
    r"|^we (?:have )?not graded (?P<area3>[^.;]{3,100})"
    # "We do not make a graded judgment about the victim service assessment"
    r"|^we (?:do|did) not (?:make|give|reach) an? (?:graded )?(?:judge?ment|grade) (?:about|on|of|for) (?P<area4>[^.;]{3,100})",
    re.I,
)

#: Words that say the inspectorate gives an area no grade, however the sentence names the
#: area: "…, which we do not grade", "… but did not grade it", "… does not receive a grade",
#: "an area that carries no grade" ("victims do not receive a grade of service" is not one).
_NO_GRADE_GIVEN = re.compile(
    r"\b(?:(?:we|hmic(?:frs)?|the inspectorate|inspectors) (?:do|does|did) not (?:grade|give (?:it |this )?a grade)|"
    r"but (?:does|do|did) not grade (?:it|this|them)|(?:is|was|are|were) not graded|(?:carries|has|is given|receives) no grade|"
    r"does not (?:receive|carry|have) a grade|"
    # "… is assessed but not graded", "for which we give no grade", "without grading it"
    r"(?:assessed|inspected|examined|reported(?: on)?),? but not graded|(?:we |hmic(?:frs)? |the inspectorate )?gives? "
    r"(?:it |this )?no grade|without grading (?:it|this|them)|"
    # "…, which is not something we grade"
    r"not something (?:that )?(?:we|hmic(?:frs)?|the inspectorate) grades?)\b",
    re.I,
)
#: The few words that say an area was not graded, for the quick check before the frames.
_NO_GRADE_WORDS = re.compile(r"\bnot graded\b|\bno grade\b|\bnot grade\b|\bwithout grading\b|\bnot something\b", re.I)


def _ungraded_named(text: str, taxonomy: Taxonomy) -> Theme | None:
    """The one area the inspectorate reports on but never grades that the clause saying so
    names by its keywords (the victim service assessment: "victims of crime"), or None.

    Only such an area can be "not graded" this way: a graded area said to carry no grade
    ("… not graded separately") is a change of method, not this report's judgement, and a
    clause that also names a graded area's work ("how it investigates crime against
    victims of fraud") may be about a part of that area.
    """
    clause = next((c for c in re.split(r";|:", text) if _NO_GRADE_GIVEN.search(c)), text).lower()
    if re.match(r"\s*(?:this|that|the) (?:area|assessment|part)\b", clause):
        clause = text.lower()  # "… how well it serves victims of crime; this area is not graded"
    named = [t for t, pat in keyword_patterns(taxonomy, inflected=True) if pat.search(clause)]
    if any(t.graded for t in named):
        return None
    ungraded = {t.key: t for t in named}
    return next(iter(ungraded.values())) if len(ungraded) == 1 else None


#: A grade stated with the grade or the area as subject ("The good grade was for …", "The
#: area judged inadequate this time is …"): whose grade it is, and when, the sentence
#: before tells.
_REFERS_BACK = re.compile(r"^the (?:only |one |other |second |third )?(?:" + GRADE.replace("(?P<grade>", "(?:")
                          + r" (?:grade|rating|judge?ment)|areas? (?:that (?:was|is) )?(?:judged|graded|rated|assessed))\b",
                          re.I)
#: Other forces named as a group ("Neighbouring forces fared better", "other forces").
_OTHER_FORCES = re.compile(r"\b(?:forces|other force|another force|neighbouring force)\b", re.I)


def stated_grade(text: str, *, force: str | None, taxonomy: Taxonomy | None,
                 section_theme: Theme | None = None, previous: str | None = None,
                 year: int | None = None) -> StatedGrade | None:
    """The grade ``text`` states for the report's force in this report, or None.

    ``section_theme`` is the graded area of the section the sentence sits in, for
    "We judged this area good". Pillars were graded in 2014–2019 only: a pillar
    grade read from a later report is not a grade it gives. ``previous`` is the
    sentence before: "It is good at …" after a sentence about the council or
    another force is about them, not the force. ``year`` is the report's: "in our
    2023–25 PEEL inspection" or "in 2024" is then this report, not history.
    """
    if taxonomy is None or not taxonomy.graded or (not ANY_GRADE.search(text) and not _NO_GRADE_WORDS.search(text)):
        return None  # most sentences: no grade word, nothing to check
    reported = _ATTRIBUTION.match(text.strip())
    if reported:
        if _earlier_hmic(reported.group(0), year):
            return None
        # "HMICFRS said the force requires improvement in …": the judgement it reports
        rest = text.strip()[reported.end():]
        if reported.group(0).rstrip()[-1:] in ('"', "“"):
            rest = re.sub(r"[\"”]\s*$", "", rest)  # the quotation's closing mark
        text = rest[:1].upper() + rest[1:]
    after = _ATTRIBUTION_AFTER.search(text)
    if after:
        if _earlier_hmic(after.group(0), year):
            return None
        text = text[:after.start()] + "."  # "…, the inspectorate said."
    if previous is not None and _REFERS_BACK.match(text.strip()) and (
            _HISTORY.search(_own_year_removed(previous, year)) or _OTHER_FORCES.search(previous)):
        return None  # "The good grade was for …" after a sentence about 2019 or other forces: theirs
    sg = _stated_grade(_own_year_removed(text, year), force=force, taxonomy=taxonomy, section_theme=section_theme)
    if sg is None:
        return None
    # checked only for the few sentences that read as a judgement
    if previous is not None and not _names_the_force(text, force):
        other = _subject_is_someone_else(previous, force, taxonomy)
        if other == "force" or (other and _pronoun_subject(text, force)):
            return None  # "It is good at …" after a sentence about the ROCU; "The constabulary …" after Northmoor
    if _other_name(text, force, taxonomy):
        return None  # "The grade of good we gave Northmoor …", "In Northmoor, …"
    if sg.area is None and sg.name in _PILLAR_NAMES:
        if taxonomy.family != PILLAR_FAMILY:
            return None
        named = match_heading(sg.name, taxonomy, threshold=1.0)
        if named is not None:  # "Leadership" is a graded area of its own in 2017–2019
            return StatedGrade(sg.grade, named, named.name)
    if sg.area is not None and not sg.area.graded and sg.grade != "not graded":
        return None  # an area the inspectorate reports on but never grades
    if taxonomy.family in FOUR_POINT_FAMILIES and sg.grade == "adequate":
        return None  # "adequate" came with the five-point scale in 2021
    if sg.name == "Overall" and taxonomy.family not in FOUR_POINT_FAMILIES:
        return None  # PEEL from 2021 gives no overall grade
    return sg


def _subject_theme(taxonomy: Taxonomy | None) -> Theme | None:
    """The theme a report about one subject is about (crime recording, for crime data
    integrity inspections), whose grade its overall grade is; None for other reports."""
    if taxonomy is None or not taxonomy.subject:
        return None
    return next((t for t in taxonomy.themes if t.key == taxonomy.subject), None)


_PRONOUN = re.compile(r"\b(?:it|its)\b", re.I)
#: Capitalised words that name nobody else: the inspectorate, programmes, places in the realm, months.
_KNOWN_CAPITALS = frozenset(
    "hmicfrs hmic peel his her majesty majesty's inspectorate inspector inspectors constabulary fire rescue services "
    "england wales i january february march april may june july august september october november december "
    "engage scan ".split())


def _other_name(text: str, force: str | None, taxonomy: Taxonomy) -> bool:
    """Whether a sentence names someone other than the force: a capitalised word (not the
    first) that is not the force's name or a word of it (its area), an area's own word or a
    word the inspectorate uses."""
    words = re.findall(r"[A-Za-z][\w'’-]*", as_the_force(text, force))
    vocab = _taxonomy_words(taxonomy)
    # the force's own area ("policing in Northern Ireland" for the Police Service of Northern Ireland)
    own = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", force or "")} - {"police", "service", "constabulary"}
    for w in words[1:]:
        if not w[0].isupper():
            continue
        low = re.sub(r"['’]s$", "", w.lower())
        if low in _KNOWN_CAPITALS or low in own or content_words(low) <= vocab:
            continue
        return True
    return False


_YEAR = re.compile(r"\b(?:in (?:our )?|for )?(?P<y>(?:19|20)\d\d)(?:(?P<sep>[/–-])(?P<y2>(?:19|20)?\d\d))?\b(?: (?:peel|effectiveness|efficiency|legitimacy) )?(?:inspection)?,?\s*", re.I)


def _own_year_removed(text: str, year: int | None) -> str:
    """The sentence without mentions of the report's own year or inspection period
    ("In 2024, we judged …", "in our 2023–25 PEEL inspection"): they are not history."""
    if year is None or not re.search(r"(?:19|20)\d\d", text):
        return text

    def own(m: re.Match[str]) -> bool:
        y1 = int(m.group("y"))
        if m.group("y2"):
            y2 = int(m.group("y2")) if len(m.group("y2")) == 4 else int(m.group("y")[:2] + m.group("y2"))
            return y1 <= year <= y2
        return y1 == year

    return _YEAR.sub(lambda m: "" if own(m) else m.group(0), text)


def _pronoun_subject(text: str, force: str | None) -> bool:
    """Whether the judgement's subject is "it"/"its": a pronoun before the grade word with
    no "the force" before it."""
    t = as_the_force(_LEAD.sub("", text.strip(), count=1), force)
    g = ANY_GRADE.search(t)
    head = t[: g.start()] if g else t
    p = _PRONOUN.search(head)
    return p is not None and not re.search(r"\bthe (?:force|constabulary)\b", head[: p.start()], re.I)


_VERBISH = re.compile(r"^(?:is|was|are|were|has|have|had|does|do|did|can|could|will|would|should|may|might|must|"
                      r"[a-z]{3,}(?<!ss)(?<!its)(?<!this)s|[a-z]+ed)$")


def _subject_is_someone_else(previous: str, force: str | None, taxonomy: Taxonomy) -> str | None:
    """Who a sentence's subject (its words before the first verb) is, if not the force:
    "force" for another force ("Northmoor is a smaller force", "Mercia Police runs …"),
    "body" for another organisation or unit ("The fire and rescue service shares …",
    "The ROCU, which serves both forces, …"), else None."""
    p = as_the_force(previous.strip(), force)
    words = p.split()
    subject: list[str] = []
    for w in words:
        if subject and _VERBISH.match(w.strip(",;:").lower()) and w[:1].islower():
            break
        subject.append(w)
    subj = " ".join(subject)
    if re.match(r"^[A-Z][\w-]*(?:['’]s\b|\s+(?:is|was) (?:a|an|the)\b[^.]*\bforce)", p) \
            or re.search(r"\b[A-Z][\w'’&-]*\s+(?:Police|Constabulary)\b|\b(?:neighbouring|another|other)\s+forces?\b", subj):
        return "force"
    if _OTHER_BODY.search(subj) or _OTHER_SUBJECT.match(subj) or _other_name(subj, force, taxonomy):
        return "body"
    return None


def _names_the_force(text: str, force: str | None) -> bool:
    """Whether a sentence names the report's force itself ("Wessex Constabulary", "GMP"):
    then "it", "the force" and an area as subject are plainly that force."""
    pat = _force_names(force)
    return pat is not None and pat.search(text) is not None


#: A sentence whose subject is a body or thing other than the force: "it" after it is that.
_OTHER_SUBJECT = re.compile(
    r"^(?:the |a |an |its |this |that |our )?(?:new |local |joint |regional |county |city |national )?(?:[\w'’-]+ ){0,3}"
    r"(?:council|partnership|hub|unit|team|system|scheme|board|agency|service|department|bureau|centre|center|"
    r"programme|project|app|tool|model|charity|trust|college|court|prison|hospital|school|commissioner)s?\b", re.I)
#: Families graded on the four-point scale (no "adequate"), whose reports could carry an
#: overall judgement.
FOUR_POINT_FAMILIES = frozenset({"peel_2014_2019", "crime_data_integrity"})
#: The report family whose pillars (effectiveness, efficiency, legitimacy, leadership) were graded.
PILLAR_FAMILY = "peel_2014_2019"
_PILLAR_NAMES = frozenset(PILLARS.values())


def _stated_grade(text: str, *, force: str | None, taxonomy: Taxonomy,
                  section_theme: Theme | None = None) -> StatedGrade | None:
    """The frames and rules of :func:`stated_grade`, for a sentence with a grade word in a
    graded family."""
    if _OTHER_BODY.search(as_the_force(text, force)):
        return None  # another force or organisation is named: its grade, or a comparison
    text = _SAME_AS_BEFORE.sub("", text)
    carried = _CARRIED.search(text) is not None  # an earlier grade that is this report's too
    if carried and re.search(r"\b(?:no longer|not|never)\s+(?:still\s+)?(?:appl|stand|remain|keep|carr|hold)\w*", text, re.I):
        return None  # "the grade of good we gave in 2017 no longer applies"
    if _SCALE.search(text) or (_HISTORY.search(text) and not carried) or _CONTRAST_MODAL.search(text) \
            or _DOUBT.search(text):
        return None
    area_names = _graded_names(taxonomy)  # "good use of resources" is an area, not a second grade
    counted = area_names.sub(" ", text) if area_names else text
    grades = {normalise_stated(g) for g in re.findall(GRADE.replace("(?P<grade>", "("), counted, re.I)}
    if len(grades) >= 2:
        return None  # a tally or a scale, not one judgement
    body = _LEAD.sub("", text.strip(), count=1)
    lead = text.strip()[: len(text.strip()) - len(body)]  # "We found", before the force's names are read
    if re.match(r"^it is \w+(?: \w+)? (?:for|to|that)\b", body, re.I):
        return None  # "It is good for victims that …", "It is good to see …"
    ng = _NOT_GRADED.match(body) or _NOT_GRADED.search(body)
    if ng:
        if re.search(r"\b(?:separately|as a pillar|in (?:some|other|most) forces|when we)\b", body, re.I):
            return None  # "… not graded separately in Mercia", "… not graded as a pillar"
        area_text = ng.group("area") or ng.group("area2") or ng.group("area3") or ng.group("area4")
        if ng.group("this") or ng.group("this2") or ng.group("this3"):
            area = section_theme
        else:
            # the area's own name, up to the end of its clause, not a part of it
            named = re.split(r"\s*(?:[,;:(]|\bbut\b|\bbecause\b|\bas\b|\bso\b)", (area_text or "").strip(), maxsplit=1)[0]
            named = re.sub(r"^(?:their|its)\s+", "", _AREA_LEAD.sub("", named.rstrip(".")), flags=re.I)
            area = match_heading(named, taxonomy, threshold=AREA_SUBJECT_MATCH)
        if area is None and re.match(r"^(?:this|that) (?:overall |whole )?(?:area|question|assessment)\b", area_text or "", re.I):
            area = section_theme  # "We do not grade this area; we use it to …"
        area = area or _ungraded_named(body, taxonomy)
        return StatedGrade("not graded", area, area.name) if area else None
    if _NO_GRADE_GIVEN.search(body) and (area := _ungraded_named(body, taxonomy)) is not None:
        # "We also looked at how it serves victims of crime, an area that carries no grade"
        return StatedGrade("not graded", area, area.name)
    if carried:
        kept = _carried_grade(as_the_force(body, force), taxonomy, section_theme)
        if kept is not None:
            return kept
        # "We did not inspect this question this year; its work … remains outstanding"
        tail = re.split(r";\s+|,\s+so\s+", body)
        if len(tail) >= 2:
            if ANY_GRADE.search(tail[0]):
                return None
            body = _LEAD.sub("", tail[-1].strip(), count=1)
            body = body[:1].upper() + body[1:]
    as_force = as_the_force(body, force)
    inside = _THIS_AREA_INSIDE.search(as_force)
    if inside and not _NOT_MADE.search(as_force[: inside.start()]):
        grade = normalise_stated(inside.group("grade") or inside.group("grade2") or inside.group("grade3")
                                 or inside.group("grade4"))
        if section_theme is not None:
            return StatedGrade(grade, section_theme, section_theme.name)
        # "It manages offenders and suspects well, and we grade this as good" outside the
        # area's section: "this" is what the force does, if that is wholly a graded area
        doing = _AS_DONE.sub("", inside.group("doing") or "").strip()
        area = _area_by_words(doing, taxonomy) if doing else None
        if area is not None:
            return StatedGrade(grade, area, area.name)
    body = as_force
    judged_lead = bool(re.search(r"\b(?:found|consider\w*|judged?|assess\w*|concluded)\b", lead, re.I))
    frames = (*_frames(), _BARE, _FOUND_AREA) if judged_lead else _frames()
    for frame in frames:
        m = frame.match(body)
        if not m:
            continue
        after = body[m.end():].strip()
        if after and not _ALLOWED_TAIL.match(re.sub(r"^[,;:]\s*", "", after)) \
                and not _COLON_ELABORATION.match(after):
            return None  # "…; so its commissioner maintains" (a colon may explain the force's grade)
        if "(" in body[m.start("grade"):]:
            return None  # "… (the force's own view)", "… (though only in the north)"
        head = body[: m.start("grade")]
        if _NOT_MADE.search(head):
            return None
        grade = normalise_stated(m.group("grade"))
        groups = m.groupdict()
        if groups.get("this"):
            return StatedGrade(grade, section_theme, section_theme.name) if section_theme else None
        if groups.get("overall"):
            return StatedGrade(grade, None, "Overall")
        if groups.get("workplace"):
            # the force as an employer: the graded area about its workforce, where there is one
            staff = taxonomy.by_key().get("workforce")
            return StatedGrade(grade, staff, staff.name) if staff else None
        if groups.get("subject_area"):
            # "The extent to which the force is effective at keeping people safe and reducing
            # crime is good": a pillar's question, not the area whose wording it shares
            subject = groups["subject_area"]
            adj = re.fullmatch(r"the extent to which (?:the force|the constabulary|it) is (effective|efficient|legitimate) at "
                               r"(?:keeping people safe and reducing crime|reducing crime and keeping people safe)", subject, re.I)
            named = ({"effective": "Effectiveness", "efficient": "Efficiency", "legitimate": "Legitimacy"}[adj.group(1).lower()]
                     if adj else pillar_named(subject))
            if named in ("Effectiveness", "Efficiency", "Legitimacy") and not _SEVERAL.search(subject):
                return StatedGrade(grade, None, named)
            # no subject names the force, so the phrase must be a graded area's own name
            area = match_heading(groups["subject_area"], taxonomy, threshold=AREA_SUBJECT_MATCH)
            if area is None:
                continue
            return StatedGrade(grade, area, area.name)
        pillar = groups.get("pillar")
        area_text = groups.get("area")
        if grade == "improvement":
            grade = "requires improvement"
        if area_text:
            named = pillar_named(area_text)  # "the efficiency with which it …", before the clause is cut
            full = area_text
            area_text = _AREA_END.split(area_text, maxsplit=1)[0].strip()
            cut_off = full[len(area_text):].strip()
            if cut_off and not named and not _NON_RESTRICTIVE.match(cut_off) and not area_text.endswith((",", ";")):
                return None  # "… which involves drugs", "… where the victim is a business", "… but only when …"
            if cut_off and not named and not _ALLOWED_TAIL.match(re.sub(r"^[,;]\s*", "", cut_off)) \
                    and not _COLON_ELABORATION.match(cut_off):
                return None  # "…, the chief constable wrote in her foreword", "…, two years ago"
            named = named or pillar_named(area_text)
            if named in ("Effectiveness", "Efficiency", "Legitimacy") and not pillar:
                return StatedGrade(grade, None, named)  # a whole pillar, not one of its questions
            if re.fullmatch(r"(?:this (?:area|question|pillar)|that (?:question|pillar))[.!]?", area_text, re.I):
                # "We judged the force to be good in this area"
                return StatedGrade(grade, section_theme, section_theme.name) if section_theme else None
            area = named_area(area_text, taxonomy)
            if area is None and cut_off.lower().startswith("and "):
                area = named_area(full, taxonomy)  # "use of police powers and its treatment of the public"
            if area is not None:
                return StatedGrade(grade, area, area.name)
            if named and not pillar:
                return StatedGrade(grade, None, named)
            return None  # a sub-topic, not a graded area
        if pillar:
            return StatedGrade(grade, None, PILLARS[pillar.lower()])
        if _OVERALL.fullmatch(as_the_force(text.strip(), force)):
            return StatedGrade(grade, None, "Overall")
        return None
    return None


#: How the force does it, after what it does: "… manages offenders and suspects well".
_AS_DONE = re.compile(r"\s+(?:very\s+|generally\s+|mostly\s+)?(?:well|effectively|efficiently|fairly|thoroughly|"
                      r"successfully|appropriately)$", re.I)

#: After "We found …": "the constabulary good at investigating crime" (the lead-in is gone).
_BARE = re.compile(r"^(?:the force|the constabulary|it)\s+(?:to be\s+)?" + GRADE + r"\s+(?:at|in)\s+(?P<area>[^.;:]{3,160})", re.I)
#: After "We found …": "leadership and force management in the force to be adequate",
#: a graded area named in full (a sub-topic such as "the quality of its files" is not one).
_FOUND_AREA = re.compile(r"^(?P<subject_area>[a-z][^.;:,]{3,100}?)" + _IN_THE_FORCE
                         + r"\s+to be\s+" + GRADE + r"\s*[.!]?\s*$", re.I)
#: An overall judgement is the whole sentence: "Overall, the force is good."
_OVERALL = re.compile(r"(?:overall|in summary|in conclusion),?\s+(?:we judge that\s+)?(?:the force|the constabulary|it)\s+"
                      r"(?:is|remains|was)\s+(?:judged\s+)?(?:to be\s+)?" + GRADE + r"(?:\s+overall)?\s*[.!]?\s*", re.I)


#: A grade given before that this report keeps: "the grade of good we gave in 2017 still
#: applies", "keeps the outstanding grade it received in 2017", "remains outstanding".
_CARRIED = re.compile(
    r"\b(?:still (?:applies|stands)|(?:grade|judge?ment)\b[^.;]*\b(?:stands|applies)\b|carried (?:forward|over)|"
    r"keeps? (?:the|its) \w+(?: \w+)? (?:grade|judge?ment)|remains? (?:" + GRADE.replace("(?P<grade>", "(?:") + r"))",
    re.I,
)
#: ", the same judgement we reached last year": the grade is this report's; the clause is history.
_SAME_AS_BEFORE = re.compile(
    r",\s*(?:a|an|the same|our) (?:grade|judge?ment) (?:carried (?:over|forward)|(?:that |which )?we (?:reached|made|gave|awarded))"
    r"[^.;]*(?=[.!]?\s*$)",
    re.I,
)


def _carried_grade(body: str, taxonomy: Taxonomy, section_theme: Theme | None) -> StatedGrade | None:
    """A grade carried forward from an earlier inspection, named with its area or in its area's section."""
    g = GRADE
    given = r"(?:\s+(?:that\s+)?(?:we\s+(?:gave|awarded)(?:\s+(?:it|the force|the constabulary))?|(?:it|the force|the constabulary)\s+(?:received|was given)))?"
    year = r"(?:\s+in\s+(?:19|20)\d\d(?:/\d\d)?)?"
    m = (re.search(rf"\b(?:the|our) (?:grade|judge?ment) of {g}{given}{year}\s+for (?P<area>[^.;]{{3,120}}?)\s+"
                   r"(?:still\s+)?(?:applies|stands)\s*[.!]?\s*$", body, re.I)
         or re.search(rf"(?:^|\bso\s+)(?:the force|the constabulary|it)\s+keeps?\s+(?:the|its)\s+{g}\s+"
                      rf"(?:grade|judge?ment){given}{year}\s+for (?P<area>[^.;]{{3,120}}?)\s*[.!]?\s*$", body, re.I))
    if m:
        area = named_area(re.sub(r"^(?:its|the force['’]s|the constabulary['’]s)\s+", "", m.group("area")), taxonomy)
        return StatedGrade(normalise_stated(m.group("grade")), area, area.name) if area else None
    m = re.search(rf"\b(?:our|the) {g} (?:grade|judge?ment)(?: from (?:19|20)\d\d)?\s+(?:still\s+)?(?:stands|applies)\s*[.!]?\s*$", body, re.I)
    if m and section_theme is not None:
        return StatedGrade(normalise_stated(m.group("grade")), section_theme, section_theme.name)
    return None


@lru_cache(maxsize=64)
def _graded_names(taxonomy: Taxonomy) -> re.Pattern[str] | None:
    """Area names that hold a grade word ("Good use of resources"), to be skipped when counting grades."""
    names = {n for t in taxonomy.themes for n in (t.name, *t.aliases) if ANY_GRADE.search(n)}
    if not names:
        return None
    alts = sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"


@lru_cache(maxsize=1)
def _leadin() -> re.Pattern[str]:
    subj = _GENERIC_SUBJECT  # the force's own names are read as "the force" first
    judge = r"(?:we|hmic(?:frs)?|the inspectorate)\s+(?:have\s+)?(?:also\s+)?(?:judged?|graded?|assess(?:ed)?|rated?)"
    return re.compile(
        rf"^(?:{subj}\s+(?:is|was|remains)\s+(?:also\s+)?(?:judged\s+|graded\s+)?(?:to be\s+|as\s+)?|"
        rf"{subj}\s+(?:still\s+|also\s+)?(?=requires?\s)|{judge}\s+{subj}\s+(?:(?:to be|as)\s+)?)"
        rf"{GRADE}\s+(?:at|in|for)(?:\s+(?:the\s+following|the\s+remaining|the\s+other|{_COUNT})"
        rf"(?:\s+(?:{_COUNT}))?(?:\s+(?:areas?|questions?))?)?\s*:\s*$"
        # "Three areas require improvement:", "The following areas are good:"
        rf"|^(?:the\s+(?:following|remaining|other)\s+)?(?:{_COUNT}\s+)?(?:graded\s+)?(?:areas?|questions?)\s+"
        rf"(?:(?:are|were|is|was)\s+(?:also\s+)?(?:judged\s+|graded\s+|rated\s+)?(?:as\s+)?{GRADE.replace('<grade>', '<grade3>')}|"
        rf"(?P<grade2>requires?\s+improvement|require\s+improvement))\s*:\s*$",
        re.I,
    )


#: What :func:`list_leadin_grade` returns for a lead-in that grades the force without a
#: grade of its own ("Inspectors graded the force:"): each item then states its own
#: ("good at managing offenders and suspects;", "as requiring improvement in investigating
#: crime.").
EACH_ITEM = "each item"


@lru_cache(maxsize=1)
def _each_leadin() -> re.Pattern[str]:
    subj = _GENERIC_SUBJECT
    judge = r"(?:we|hmic(?:frs)?|the inspectorate|inspectors)\s+(?:have\s+)?(?:also\s+)?(?:judged?|graded?|assess(?:ed)?|rated?)"
    return re.compile(
        rf"^(?:{judge}\s+{subj}|{subj}\s+(?:is|was|has been)\s+(?:judged|graded|assessed|rated))"
        r"(?:\s+(?:to be|as))?(?:\s+as follows)?\s*:\s*$", re.I)


#: An item that states its own grade for an area: "good at police powers and public
#: treatment;", "as requiring improvement in investigating crime; and".
_OWN_GRADE_ITEM = re.compile(
    rf"^(?:to be\s+|as\s+)?{GRADE}\s+(?:at|in|for)\s+(?P<area>[^;:]+?)\s*(?:[;,.]\s*(?:and|or)?)?\s*$", re.I)


def list_leadin_grade(text: str, *, force: str | None, taxonomy: Taxonomy | None) -> str | None:
    """The grade a judgement list's lead-in gives its items ("The force requires improvement in:").

    Reports list several graded areas under one judgement; each item then names
    an area. Only a lead-in that is itself a judgement of this force counts. A lead-in
    that grades the force with no grade of its own ("Inspectors graded the force:")
    gives :data:`EACH_ITEM`: every item states its own grade.
    """
    if taxonomy is None or not taxonomy.graded or not text.rstrip().endswith(":"):
        return None
    if _SCALE.search(text) or _HISTORY.search(text):
        return None
    body = _LEAD.sub("", text.strip(), count=1)
    body = as_the_force(body, force)
    if _each_leadin().match(body):
        return EACH_ITEM
    m = _leadin().match(body)
    if not m:
        return None
    g = next(g for g in ("grade", "grade2", "grade3") if m.group(g))
    if _NOT_MADE.search(body[: m.start(g)]):
        return None
    return normalise_stated(m.group(g))


_ITEM = re.compile(r"^[a-z]|(?:;|,)\s*(?:and|or)?\s*$")


def _item_name(item: str) -> str:
    """A list item without the punctuation and "and"/"or" that join it to the next one."""
    return re.sub(r"(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$", "", item)


def list_item_grade(text: str, kind: str, grade: str, taxonomy: Taxonomy) -> StatedGrade | None:
    """The grade a judgement list gives one of its items, when the item names a graded area."""
    t = text.strip()
    if kind != "bullet" and not _ITEM.search(t):
        return None
    if grade == EACH_ITEM:
        # "good at managing offenders and suspects;": the item's own grade, for the area it names
        if (own := _OWN_GRADE_ITEM.match(t)) is None:
            return None
        grade, t = normalise_stated(own.group("grade")), own.group("area")
    if len(t.split()) > 16:
        return None  # a finding in the list, not the name of an area
    name = _item_name(t)
    area = match_heading(name, taxonomy, threshold=DEFAULT_AREA_MATCH) or named_area(name, taxonomy)
    if area is not None and not area.graded and grade != "not graded":
        return None  # an area that is never graded, in a list of graded ones
    return StatedGrade(grade, area, area.name) if area else None


#: A grade set as a heading of its own, over the areas given it ("Requires improvement" /
#: "• Responding to the public"): nothing but the grade word.
_GRADE_HEADING = re.compile(rf"^\W*{GRADE}\W*$", re.I)


def heading_list_grade(section: str | None, text: str, kind: str, taxonomy: Taxonomy | None) -> StatedGrade | None:
    """The grade of an item that is nothing but a graded area's name, listed under a grade
    set as its heading (a news page printing a force's grades), or None. The item must be
    the area's own name (a finding under a heading "Good" is no grade)."""
    if kind != "bullet" or not section or taxonomy is None or not taxonomy.graded:
        return None
    m = _GRADE_HEADING.match(section)
    if m is None:
        return None
    name = _item_name(text.strip())
    area = match_heading(name, taxonomy, threshold=DEFAULT_AREA_MATCH)
    if area is None or not area.graded or len(name.split()) > 12:
        return None
    return StatedGrade(normalise_stated(m.group("grade")), area, area.name)


def list_row_grade(text: str, kind: str, taxonomy: Taxonomy | None) -> StatedGrade | None:
    """The grade of a judgement list written as its table's rows, one item per area
    ("• Preventing crime: good."), or None.

    The item is a finding of its own (a sentence of the report, as its PDF prints it)
    and the inspectorate's grade for the area it names: a graded area of the report's
    taxonomy, a pillar or "Overall", never a sub-topic, another year's grade or an area
    that is never graded. Only a whole row: area, separator, grade, nothing else; a
    list item, or a sentence that is nothing but such a row (a list whose bullets a PDF
    drew as graphics at the text's margin reads as lines of text).
    """
    if kind not in ("bullet", "para") or taxonomy is None or not taxonomy.graded:
        return None
    text = _GRADED_AS.sub(r"\1", text)  # "Managing offenders: graded requires improvement."
    row = parse_grade_row(text)
    parts = re.split(r"\s*(?:[:|–—]|\s-)\s*", text.strip())
    if row is None or len(parts) < 2 or normalise_grade(parts[-1].rstrip(". ")) != row[1]:
        return None  # nothing but the grade after the separator: "… : never good." is no row
    area, grade = row
    if not judges_this_inspection(area):
        return None
    theme = _row_area(area, taxonomy)  # ("Crime recording: overall judgment: Inadequate")
    if theme is not None:
        return StatedGrade(grade, theme, theme.name) if theme.graded or grade == "not graded" else None
    pillar = pillar_named(area)
    if pillar is not None:
        return StatedGrade(grade, None, pillar)
    return StatedGrade(grade, None, "Overall") if normalise_heading(area) in _OVERALL_ROWS else None


#: "graded", "rated as", "judged to be" between a row's separator and its grade.
_GRADED_AS = re.compile(r"([:|–—]\s*)(?:graded|rated|judged)(?:\s+(?:as|to be))?\s+(?=\S)", re.I)


#: How a judgement list names the force's overall grade.
_OVERALL_ROWS = frozenset({"overall", "overall judgement", "overall judgment", "overall grade"})

#: What a section or a list's lead-in says when the grades under it are not this
#: report's: someone else's words, an example, the national picture, another year.
_ELSEWHERE = re.compile(
    # "The chief constable's response" is another voice; "its response to calls" is policing
    # ("Calls and response times" and "Response teams" are policing too)
    r"\b(?:foreword|(?<!its )response(?!\s+(?:times?|rates?|teams?|officers?|units?|policing|cars?|vehicles?)\b)"
    r"(?!\s+(?:to|times?)\s+(?:the\s+)?(?:public|calls?|incidents?|emergenc\w*|"
    r"victims?|demand|crime|999))|self[- ]?assess\w*|statement|case stud(?:y|ies)|for example|an example|"
    r"worked example|what (?:the |our |these )?grades? mean|how we grade|national picture|other forces|"
    r"(?:all|every|across) (?:\d+|forty-three) forces|previous(?:ly)?|earlier|last (?:inspection|year|time)|"
    r"expect(?:s|ed)?|would|hypothetical\w*|survey|told|none of the following|not (?:this|these|the) "
    r"(?:force|report)['’]?s?|chief constable|(?:police and crime |fire )?commissioner|pcc|scenario|fictional|"
    r"(?<!constabulary and )(?<!constabulary & )fire (?:and |& )?rescue service|fire service)\b", re.I)
#: A sentence that sets up what follows as an illustration: "The following scenario is fictional."
_ILLUSTRATION = re.compile(r"\b(?:scenario|fictional|imaginary|hypothetical\w*|the following example)\b", re.I)


#: A later part of the same report: "Addendum (February 2017)", "Addendum: graded judgments".
_ADDENDUM = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?addend(?:um|a)\b", re.I)


def grades_elsewhere(text: str | None, *, force: str | None, taxonomy: Taxonomy | None, year: int | None,
                     heading: bool) -> bool:
    """Does a section heading or a list's lead-in put what follows under someone else's
    grades? ("Our 2019 judgements", "Chief constable's foreword", "Annex: Wessex
    Constabulary's grades", "Other forces in the region received these grades:").

    A heading is read for another year, another voice or an example; a lead-in (a
    sentence) also for a condition, a claim or another force named in it.
    """
    if not text:
        return False
    own = _own_year_removed(text, year)
    if heading and _ADDENDUM.match(own):
        own = _YEAR.sub("", own)  # "Addendum (February 2017)": a later part of this report, not another year
    if _ELSEWHERE.search(own) or re.search(r"\b(?:19|20)\d\d\b", own):
        return True
    if any(pat.search(text) for pat, _ in OTHER_INSPECTORATES):
        return True  # "Annex: what Ofsted found", "The prisons inspectorate graded custody:"
    if heading or taxonomy is None:
        return False
    return bool(_NOT_MADE.search(own) or _SCALE.search(own) or _other_name(text, force, taxonomy))


def sets_up_an_illustration(previous: str | None) -> bool:
    """Is the sentence before a judgement one that makes what follows an example or a
    scenario ("The following scenario is fictional.")? Then the judgement is none."""
    return bool(previous and _ILLUSTRATION.search(previous))

def pillar_named(text: str) -> str | None:
    """The PEEL pillar an object phrase names, in full: "its effectiveness", "the
    efficiency with which it …", "keeping people safe and reducing crime".

    Only the pillar or its question, never a pillar word with a narrower object
    ("effectiveness of neighbourhood policing", "legitimacy in stop and search").
    Word forms do not matter: "the way it keeps people safe and reduces crime" is
    the effectiveness pillar as much as "keeping people safe and reducing crime".
    """
    key = re.sub(r"^(?:overall )?(?:the |its |their )?(?:overall )?(?:(?:forces|constabularys) )?", "", normalise_heading(text))
    key = re.sub(r" overall$", "", key)  # "Efficiency (overall)", as a grade table may print it
    # "Overall effectiveness judgment": a 2018/19 table's row for one of its three pillars
    key = re.sub(r" (?:judge?ment|grade|rating)$", "", key)
    if key in PILLARS:
        return PILLARS[key]
    m = re.fullmatch(r"(effectiveness|efficiency|legitimacy) (?:at|in) (.+)", key)
    if m and re.match(r"(?:keep|protect)\w* (?:the )?(?:people|public|communities)\b", m.group(2)):
        return PILLARS[m.group(1)]
    if _KEEPING_SAFE.fullmatch(key):
        return "Effectiveness"
    # the 2018/19 pillar questions, as grade tables and headings print them
    for question, name in _PILLAR_QUESTIONS:
        if question.fullmatch(key):
            return name
    # "the way it treats the public and its own people", "the legitimacy with which it …"
    if re.fullmatch(r"(?:(?:the )?way (?:it|the force) |how (?:well |legitimately )?(?:it|the force) |"
                    r"(?:the )?extent to which (?:it|the force) )?treat\w* (?:the )?public "
                    r"and (?:its|their) (?:own )?(?:workforce|people|staff)(?: legitimately)?|legitimacy with which .+", key):
        return "Legitimacy"
    if re.fullmatch(r"(?:(?:the )?extent to which )?(?:(?:it|the force) )?operat\w* efficiently(?: and .+)?|"
                    r"efficiency with which .+|efficiency and (?:the )?sustainability\b.*", key):
        return "Efficiency"
    return None


_PILLAR_QUESTIONS = (
    (re.compile(r"how (?:effectively|effective is the force at|well) (?:does the force )?(?:reduc\w* crime and keep\w* people safe|"
                r"keep\w* people safe and reduc\w* crime)"), "Effectiveness"),
    (re.compile(r"how efficient(?:ly)? (?:does|is) the force(?: operate)?(?: and how sustainable are its services)?"), "Efficiency"),
    (re.compile(r"how legitimate(?:ly)? (?:does|is) the force(?: at)?(?: treat(?:ing)? the public and its workforce)?"), "Legitimacy"),
    # PEEL 2014's pillar question, over its sub-questions ("To what extent is the force
    # taking steps to ensure a secure financial position …")
    (re.compile(r"to what extent is the (?:force|constabulary) efficient"), "Efficiency"),
)
#: The effectiveness pillar's question in other words: "keeping the public safe and cutting crime".
_KEEPING_SAFE = re.compile(
    r"(?:how (?:effectively |well )?(?:it|the force) |(?:the )?way (?:it|the force) )?(?:"
    r"(?:keep|protect)\w* (?:the )?(?:people|public|communities)(?: safe)? and (?:reduc|cut|tackl|lower|fight)\w* crime|"
    r"(?:reduc|cut|tackl|lower|fight)\w* crime and (?:keep|protect)\w* (?:the )?(?:people|public|communities)(?: safe)?)")


_AREA_LEAD = re.compile(
    r"^(?:how (?:well )?(?:it|the force|the constabulary) |the way (?:it|the force) |its |"
    r"(?:the force|the constabulary)['’]s |the )?"
    # "its work to prevent crime", "the force's approach to managing offenders"
    r"(?:(?:work|approach|performance|arrangements|efforts|ability)\s+(?:to|on|in|against|for|at)\s+)?",
    re.I,
)


#: A force's "own people" are its workforce, not the public it serves.
_OWN_PEOPLE = re.compile(r"\b(?:its|their)(?: own)? (?:people|staff|officers,? (?:and )?(?:police )?staff(?:,? and volunteers)?)\b|"
                         r"\bthe people who work for (?:it|the force)\b", re.I)


def named_area(text: str | None, taxonomy: Taxonomy) -> Theme | None:
    """The graded area a phrase names ("how it investigates crime" → Investigating crime).

    The phrase's leading words are matched against the area names first; failing
    that, a phrase all of whose words come from one area's names ("using its
    powers fairly and treating the public" → Police powers and public treatment)
    names that area. A sub-topic ("managing registered sex offenders")
    brings words of its own and is not taken.
    """
    if not text:
        return None
    text = _AREA_LEAD.sub("", text.strip(), count=1)
    text = _OWN_PEOPLE.sub("its workforce", text)
    text = re.sub(r"\bmaking sure(?: that)?\b", "ensuring", text, flags=re.I)
    text = re.sub(r"\bacts?\b(?= (?:ethically|lawfully|with integrity)\b)", "behaves", text, flags=re.I)
    if _OTHER_OWNER.search(text):
        return None  # "the council's work to protect vulnerable people"
    head = re.match(r"^(\S+)\s+(?:for|of|on|in|into|against|about)\s", text)
    if head and (head.group(1).isupper() or content_words(head.group(1)) - _taxonomy_words(taxonomy) - _LIGHT_WORDS):
        return None  # "its IT for investigating crime", "training in protecting vulnerable people": a part of it
    if _KEEPING_SAFE.search(normalise_heading(text)):
        return None  # the effectiveness pillar narrowed ("… and reducing crime in rural areas"), no area
    words = text.split()
    narrowed: set[str] = set()  # areas whose longer phrase was narrowed: a shorter one is the same narrowing
    for cut in range(min(len(words), 14), 0, -1):
        phrase = " ".join(words[:cut])
        t = match_heading(phrase, taxonomy, threshold=DEFAULT_AREA_MATCH)
        if t is not None and t.key in narrowed and not phrase.endswith((",", ";")) \
                and not _coordinated(" ".join(words[cut:])):
            continue  # the same area, narrowed ("investigating crime | and fraud against older people")
        if t is not None:
            # "fair treatment (of its own people)" is as near the workforce as the public: no area
            bare = CONCERN_HEADING.sub("", phrase) or phrase  # as match_heading reads it
            here = heading_match_score(bare, taxonomy)[0]
            other = heading_match_score(bare, _without(taxonomy, t))[0]
            if other >= here:
                return None
            # "investigating crime involving modern slavery", "… not yet", "… in Mercia": narrower
            # than the area, negated or someone else's; "recording of equality data": a sub-topic.
            # A shorter phrase may still name the area with nothing narrowing it.
            rest = " ".join(words[cut:])
            ended = phrase.endswith((",", ";")) and bool(_ALLOWED_TAIL.match(rest))  # the rest is a reason or note
            if (ended or _AREA_REST.match(rest)) and not _foreign(phrase, t):
                return t
            narrowed.add(t.key)
    return _area_by_words(text, taxonomy)


@lru_cache(maxsize=64)
def _taxonomy_words(taxonomy: Taxonomy) -> frozenset[str]:
    return frozenset().union(*(_names_vocabulary(t) for t in taxonomy.themes))


@lru_cache(maxsize=1024)
def _names_vocabulary(theme: Theme) -> frozenset[str]:
    return frozenset().union(*(content_words(n) for n in (theme.name, *theme.aliases)))


def _foreign(phrase: str, theme: Theme) -> bool:
    """Whether the phrase has words none of the area's names has: a sub-topic of it."""
    return bool(content_words(phrase) - _names_vocabulary(theme) - _LIGHT_WORDS)


@lru_cache(maxsize=1024)
def _without(taxonomy: Taxonomy, theme: Theme) -> Taxonomy:
    """The taxonomy less one theme: is a phrase as near another area?"""
    return replace(taxonomy, themes=tuple(t for t in taxonomy.themes if t is not theme))


def _area_by_words(text: str, taxonomy: Taxonomy) -> Theme | None:
    """The one area whose names hold every word of the phrase (at least two)."""
    words = content_words(text) - _LIGHT_WORDS
    if len(words) < 2:
        return None
    fits = [theme for theme in taxonomy.themes if words <= _names_vocabulary(theme)]
    return fits[0] if len(fits) == 1 else None


def grade_in_sentence(text: str, force: str | None = None, taxonomy: Taxonomy | None = None) -> str | None:
    """The grade a sentence states (convenience wrapper of :func:`stated_grade`)."""
    sg = stated_grade(text, force=force, taxonomy=taxonomy)
    return sg.grade if sg else None


#: A pillar's name run into the area after it, in a table that groups its rows by pillar.
_PILLAR_CELL = re.compile(r"^(?:[Ee]ffectiveness|[Ee]fficiency|[Ll]egitimacy)\s+(?=[A-Z])")


#: A row's words that say its grade is the overall one for the area it names: "Crime
#: recording: overall judgment", "Overall judgement – crime recording", "(overall)".
_OVERALL_QUALIFIER = re.compile(
    rf"^\s*{OVERALL_WORDS}\s*(?:[:–—]|-\s|\b(?:on|for|of)\b)\s*(?=\S)"
    rf"|\s*(?:[:–—,]|\s-)?\s*\(?{OVERALL_WORDS}\)?\s*$", re.I)


def _without_overall(area: str) -> str:
    """A row's area without the words that make its grade the overall one for it."""
    return _OVERALL_QUALIFIER.sub("", area).strip()


def _row_area(area: str, taxonomy: Taxonomy) -> Theme | None:
    """The taxonomy's area a grade table's row names, read without the words that say the
    grade is the overall one for it ("Crime recording: overall judgment" is crime recording)."""
    t = match_heading(area, taxonomy)
    if t is None and (bare := _without_overall(area)) and bare != area.strip() \
            and pillar_named(bare) is None:  # ("Overall judgement on the force's efficiency …": the pillar)
        t = match_heading(bare, taxonomy)
    return t


def table_grades(rows: list[GradeRow], taxonomy: Taxonomy | None,
                 own_names: bool = False) -> tuple[dict[str, str], list[dict[str, Any]], list[str]]:
    """Grades from the report's grade tables: ``grades``, their sources, and warnings.

    A table is the inspectorate's own list of judgements; in families that were
    never graded (2014 domestic abuse, crime data integrity) only a row saying "not graded"
    is. Areas take the taxonomy's name where one matches; pillars and
    "Overall" keep those names; anything else keeps the name as printed. With
    ``own_names`` (another inspectorate's report) every area keeps its printed name:
    Ofsted's "Overall effectiveness" is no PEEL pillar.
    """
    grades: dict[str, str] = {}
    sources: list[dict[str, Any]] = []
    warnings: list[str] = []
    if taxonomy is not None and not taxonomy.graded:
        # reports of this family were not graded: a "row" with a grade is prose, but a table
        # that says an area was "not graded" states just that
        rows = [r for r in rows if r.grade == "not graded"]
    # a report about one subject (crime recording): its "Overall" row is that subject's grade
    # ("Overall judgment on crime recording: Good"), where no row grades the subject by name
    subject = _subject_theme(taxonomy)
    if taxonomy is not None and subject is not None and any(
            (m := _row_area(r.area, taxonomy)) is not None and m.key == subject.key
            for r in rows if judges_this_inspection(r.area)):
        subject = None
    for row in rows:
        if not judges_this_inspection(row.area):
            continue
        area = row.area
        t = _row_area(area, taxonomy) if taxonomy else None
        lead = _PILLAR_CELL.match(area) if t is None and not own_names else None
        if lead:
            # a first column that names each group's pillar, read into the row's first area
            # ("Effectiveness | Preventing crime | Good")
            area = area[lead.end():]
            t = match_heading(area, taxonomy) if taxonomy else None
        key = normalise_heading(area)
        if own_names:
            name = area
        else:
            # ("Overall judgement: Effectiveness" is the pillar's row, not the force's overall grade)
            bare = _without_overall(area)
            name = t.name if t else (pillar_named(area) or (bare and pillar_named(bare))
                                     or ("Overall" if key.startswith("overall") else area))
            if t is None and bare.lower() in ("revised", "final", "new", "updated"):
                name = "Overall"  # "Revised overall judgment": the report's overall grade, given anew
            elif t is None and bare and bare != area.strip() and name == area:
                # "Northmoor Police: overall judgement", "England and Wales: overall": an overall
                # grade of something this report does not grade (an independent review)
                continue
            if name == "Overall" and subject is not None:
                t, name = subject, subject.name
        if name in grades and grades[name] != row.grade:
            warnings.append(f"page {row.page or '?'}: grade tables disagree on {name!r} "
                            f"({grades[name]} and {row.grade}); using the first")
        else:
            grades[name] = row.grade
        sources.append({"area": area, "theme": name, "theme_key": t.key if t else None,
                        "grade": row.grade, "page": row.page, "source": "table",
                        "text": row.text or f"{row.area}: {row.grade}"})
    return grades, sources, warnings


def add_sentence_grade(grades: dict[str, str], sources: list[dict[str, Any]], stated: StatedGrade,
                       text: str, page: int | None, source: str = "sentence") -> list[str]:
    """Record a grade stated in a sentence or a judgement list; a table beats both. Returns warnings.

    ``source`` is "sentence", or "list" for an item of a judgement list (``text``
    then quotes the lead-in and the item).
    """
    sources.append({"area": stated.name, "theme": stated.name, "theme_key": stated.area.key if stated.area else None,
                    "grade": stated.grade, "page": page, "source": source, "text": text})
    have = grades.get(stated.name)
    if have is None:
        grades[stated.name] = stated.grade
        return []
    if have != stated.grade:
        where = f"page {page}: " if page is not None else ""
        return [f"{where}the text grades {stated.name!r} {stated.grade} but the report already gives "
                f"{have}; keeping {have}"]
    return []
