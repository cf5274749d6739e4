"""Graded judgements: grade-table rows and judgement sentences.

HMIC graded PEEL questions and pillars on a four-point scale until 2019
(outstanding, good, requires improvement, inadequate); from 2021 on a five-point
scale that adds "adequate". Ungraded areas are "not graded". Grades are read
only where the inspectorate states them: a table row or a judgement sentence.
"""

from __future__ import annotations

import re

from extractor.read.grade_rows import ANY_GRADE, normalise_grade
from extractor.understand.themes import Taxonomy, Theme, match_heading

_JUDGE = re.compile(
    r"(?:\bjudge[sd]?\b|\bjudgement\b|\bgraded\b|\brated\b|\bassessed\b|\bfound\b|\bconsider\b|\bis\b|\bare\b|\bwas\b|\bremains?\b|\bto be\b|\bas\b)"
    r"[^.;]{0,80}?\b(?P<grade>outstanding|good|adequate|inadequate|requires?\s+improvement|requiring\s+improvement|not\s+graded)\b",
    re.I,
)
_SUBJ = (
    r"(?:force|constabulary|police|service|organisation|[A-Z][\w&'-]+(?:\s+(?:and|&|[A-Z][\w'-]+))*\s+"
    r"(?:Police(?:\s+Service)?|Constabulary)|GMP|MPS|the Met|it)"
)
_GRADE_WORD = r"(?:outstanding|good|adequate|inadequate)"
_JUDGE_CUES = re.compile(
    r"\b(we judge|we have judged|hmic(?:frs)? judges?|judged (?:to be|as)|graded (?:as )?|rated as|"
    r"overall judgement|"
    rf"{_SUBJ}\s+(?:is|was|remains|has been)\s+(?:now\s+|still\s+)?{_GRADE_WORD}\s+(?:at|in)\b|"
    rf"{_SUBJ}\s+(?:requires?|still requires|continues to require)\s+improvement|"
    rf"{_SUBJ}\s+(?:provides?|is providing|delivers?)\s+an?\s+{_GRADE_WORD}\s+service|"
    rf"(?:we|hmic|hmicfrs) found (?:that )?the (?:force|constabulary|service)[^.]{{0,60}}{_GRADE_WORD}|"
    r"is not graded|are not graded|were not graded|was not graded|we did not grade|did not grade|"
    r"do not grade|does not grade|not been graded)\b",
    re.I,
)



def grade_in_sentence(text: str) -> str | None:
    """The grade a sentence states as a judgement, or None.

    A grade word alone is not a judgement ("good systems are in place"); we need a
    judging frame: "we judge …", "… is good at …", "requires improvement in …",
    "provides a good service", "not graded".
    """
    if not ANY_GRADE.search(text) or not _JUDGE_CUES.search(text):
        return None
    low = text.lower()
    if re.search(r"\bnot (?:been )?graded\b|\bd(?:id|o|oes) not grade\b|\bungraded\b", low):
        return "not graded"
    m = _JUDGE.search(text)
    if not m:
        m2 = re.search(r"\b(outstanding|good|adequate|inadequate|requires?\s+improvement)\b", text, re.I)
        if not m2:
            return None
        return normalise_grade(m2.group(1))
    return normalise_grade(re.sub(r"requiring", "requires", m.group("grade"), flags=re.I))


def judged_area(text: str, taxonomy: Taxonomy | None) -> Theme | None:
    """The theme a judgement sentence names ("… good at investigating crime")."""
    if taxonomy is None:
        return None
    m = re.search(r"\b(?:at|in|for|on)\s+(?:how (?:it|well it) |the way it )?([a-z][^.;,]{3,90})", text, re.I)
    if not m:
        return None
    tail = m.group(1)
    for cut in range(len(tail.split()), 0, -1):
        cand = " ".join(tail.split()[:cut])
        t = match_heading(cand, taxonomy, threshold=0.6)
        if t is not None:
            return t
    return None
