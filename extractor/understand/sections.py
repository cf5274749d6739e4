"""Sections: which heading each sentence sits under, and the theme that follows.

A theme heading sets the theme; sub-headings inside it ("Areas for improvement",
"Cause of concern", topic headings) keep it; headings that open non-theme parts of
a report (introduction, summary, recommendations at the end) clear it. Font
levels, where a PDF gives them, decide when a heading is a sub-heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extractor.records import Block, Sentence
from extractor.settings import DEFAULT_SIBLING_TOPIC_CONF
from extractor.understand.themes import (
    Taxonomy,
    Theme,
    keyword_theme,
    match_heading,
    normalise_heading,
)
from extractor.vocabulary import (
    CAUSE_SECTION,
    KEEP_SECTION,
    RESET_SECTION,
    themeless_section,
)


@dataclass(frozen=True)
class Placed:
    """A sentence with the heading it sits under and the theme that heading gives."""

    sentence: Sentence
    section: str | None
    theme: Theme | None
    summary_like: bool
    #: The PEEL pillar whose heading the sentence sits under (see :func:`pillar_heading`).
    pillar: str | None = None


#: A heading for a whole PEEL pillar rather than one of its questions: "Efficiency",
#: "How legitimately does the force treat the public and its workforce?", "To what
#: extent is the force efficient?", "Further insights on legitimacy", "<force>'s
#: effectiveness at keeping people safe …" (matched on :func:`normalise_heading`'s form).
_PILLAR_HEADING = re.compile(
    r"^(?:(?:police|peel|overall|summary of|further insights on)\s+)?"
    r"(?P<a>effectiveness|efficiency|legitimacy|leadership)(?:\s+pillar|\s+summary)?$"
    r"|^how (?P<b>effective|effectively|efficient|efficiently|legitimate|legitimately|well led) "
    r"(?:is|does|are) the (?:force|constabulary|service)\b"
    r"|^to what extent is the (?:force|constabulary) (?P<c>effective|efficient|legitimate)\b"
    r"|^(?:further insights on|summary of) (?P<d>effectiveness|efficiency|legitimacy|leadership)\b"
    r"|\b(?P<e>effectiveness|efficiency|legitimacy) (?:at|in) keeping people safe\b"
)
#: The 2014 inspections' summary headings for a whole pillar: "How well the force tackles
#: crime" (effectiveness: reducing crime, investigating, anti-social behaviour), "How well
#: the force delivers value for money" (efficiency). Their words are also in one
#: question's name ("Tackling serious and organised crime"), so they are read as a
#: pillar before any area's name is looked for.
_PILLAR_SUMMARY = re.compile(
    r"^how well (?:does )?the (?:force|constabulary) (?:(?P<f>tackles?|cuts?|reduces?|fights?) crime"
    r"|(?:delivers?|provides?|achieves?) value for money)$"
)
_PILLAR_OF = (("effective", "effectiveness"), ("efficien", "efficiency"), ("legitima", "legitimacy"),
              ("lead", "leadership"), ("led", "leadership"))


def pillar_heading(text: str) -> str | None:
    """The pillar a heading opens ("effectiveness", "efficiency", "legitimacy",
    "leadership"), or None for any other heading.

    PEEL reports of 2014–2019 group their graded questions under the three pillars
    (and leadership in 2016–2017); a pillar page's summary sentences are about that
    pillar's questions, never another pillar's, so knowing the pillar narrows the
    theme a sentence can take by content. Only called for headings that name no theme.
    """
    return _pillar_named(text) or pillar_summary(text)


def _pillar_named(text: str) -> str | None:
    """The pillar a heading names (:data:`_PILLAR_HEADING`), or None."""
    m = _PILLAR_HEADING.search(normalise_heading(text))
    if m is None:
        return None
    word = next(g for g in m.groups() if g)
    return next(p for stem, p in _PILLAR_OF if word.startswith(stem) or word.endswith(stem))


def pillar_summary(text: str) -> str | None:
    """The pillar a 2014 summary heading stands for (:data:`_PILLAR_SUMMARY`), or None."""
    m = _PILLAR_SUMMARY.search(normalise_heading(text))
    if m is None:
        return None
    return "effectiveness" if m.group("f") else "efficiency"


#: A PEEL report on one pillar names it in its title ("PEEL: Police efficiency 2015 – …");
#: an integrated report names all three ("effectiveness, efficiency and legitimacy").
_PILLAR_WORD = re.compile(r"\b(effectiveness|efficiency|legitimacy|leadership)\b", re.I)


def title_pillar(title: str | None) -> str | None:
    """The one pillar a 2014–2017 pillar report is about, from its title, or None.

    Its summary pages ("Summary", "Force in numbers") sit under no pillar heading, yet
    everything in the report is about that pillar's questions: a sentence about savings
    in an efficiency report is about use of resources or planning for the future, never
    preventing crime. A title that names more than one pillar, or none, gives none.
    """
    words = {m.group(1).lower() for m in _PILLAR_WORD.finditer(title or "")}
    return words.pop() if len(words) == 1 else None


def _own_heading_theme(text: str, level: int, current_level: int) -> Theme | None:
    """Reports of no known family (national thematics) take their own headings as themes.

    Only headings that open a part of the report count: not introductions,
    summaries or recommendations, and not sub-headings below the current theme.
    """
    if RESET_SECTION.match(text) or KEEP_SECTION.match(text) or (current_level and level > current_level):
        return None
    name = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", text).strip().rstrip("?:")
    if not name or len(name.split()) > 14:
        return None
    key = "own:" + normalise_heading(name).replace(" ", "_")
    return Theme(id=key, key=key, name=name, aliases=(), keywords=(), description="")


def _sibling_topic(text: str, taxonomy: Taxonomy, current: Theme) -> Theme | None:
    """The area a heading that names none outright is plainly about ("Vulnerability",
    "Call handling"), when that is not the current theme; None otherwise."""
    key, conf = keyword_theme(text, taxonomy)
    if key is None or key == current.key or conf < DEFAULT_SIBLING_TOPIC_CONF:
        return None
    return taxonomy.by_key().get(key)


#: "Main findings" under an area's heading are that area's: a report-wide "Main findings"
#: (before any area) resets, as :data:`RESET_SECTION` says, but there is no theme to reset.
_AREA_FINDINGS = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:main|key|detailed|our) findings$", re.I)


def place_sentences(
    items: Iterable[tuple[Block, list[Sentence]]], taxonomy: Taxonomy | None, report_pillar: str | None = None,
    topics_in_turn: bool = False,
) -> Iterator[Placed]:
    """Each sentence with its section heading, the theme that heading gives, and its pillar.

    ``report_pillar`` (see :func:`title_pillar`) is the pillar of a report about one:
    the pillar of every sentence that no heading places under another. With
    ``topics_in_turn`` (a letter that takes its causes of concern one by one) a heading
    at the level of the current theme's that names no area but plainly points to another
    ("Vulnerability" after "Crime recording") starts that area: a letter's headings are
    its topics, where a report's may be the parts of one area ("Treating the workforce
    fairly" under the workforce question).
    """
    section: str | None = None
    theme: Theme | None = None
    theme_level = 0
    after_cause = False
    pillar: str | None = report_pillar
    saved: tuple[str | None, Theme | None, int, bool, str | None] | None = None  # where a side box interrupted
    for block, sents in items:
        if block.aside and block.kind == "heading" and saved is None:
            saved = (section, theme, theme_level, after_cause, pillar)
        elif not block.aside and saved is not None:
            section, theme, theme_level, after_cause, pillar = saved  # back from the box to the text it sits in
            saved = None
        if block.kind == "heading":
            text = block.text
            summary = pillar_summary(text) if taxonomy else None
            if summary is not None:
                t = None
            else:
                t = match_heading(text, taxonomy) if taxonomy else _own_heading_theme(text, block.level, theme_level)
            opens = summary or (_pillar_named(text) if t is None and taxonomy else None)  # summary: read above
            if t is not None:
                # "Cause of concern: responding to the public" names its theme, and the
                # recommendations under it keep that theme as under a plain cause of concern
                theme, theme_level, after_cause = t, block.level, bool(CAUSE_SECTION.search(text))
                pillar = t.pillar
            elif opens is not None:
                theme, theme_level, after_cause, pillar = None, 0, False, opens
            elif KEEP_SECTION.match(text) or (theme is not None and block.level >= theme_level
                                                 and _AREA_FINDINGS.match(text)):
                after_cause = bool(CAUSE_SECTION.search(text))
                if KEEP_SECTION.match(text) and taxonomy is not None and taxonomy.subject:
                    # a report about one subject (crime recording) sets its causes of concern and
                    # areas for improvement after its questions: they are about the subject, not
                    # the last question; each sentence then takes the theme its content points to
                    theme, theme_level = None, 0
            elif re.match(r"^(?:our |the |my )?recommendations?\b", text, re.I) and after_cause:
                pass
            elif (topics_in_turn and theme is not None and taxonomy is not None and block.level <= theme_level
                  and (topic := _sibling_topic(text, taxonomy, theme)) is not None):
                # "Vulnerability" after "Crime recording", at the same level: the next topic
                # of a letter that takes its causes of concern in turn, not a part of the last
                theme, theme_level, after_cause = topic, block.level, False
                pillar = topic.pillar
            elif RESET_SECTION.match(text) or (theme is not None and (
                    block.level < theme_level or (topics_in_turn and block.level == theme_level))):
                # a letter's or a release's next heading at the level of the area's own, naming
                # no area ("Leadership, resources and fairness", "What the inspector said"
                # after "Managing offenders"): its next topic, not a part of the last area;
                # each sentence then takes the theme its content points to
                theme, theme_level, after_cause, pillar = None, 0, False, report_pillar
            # any other heading: a topic sub-heading inside the current theme
            section = text
            continue
        for s in sents:
            yield Placed(
                sentence=s,
                section=section,
                theme=theme,
                summary_like=theme is None and not themeless_section(section),
                pillar=pillar,
            )
