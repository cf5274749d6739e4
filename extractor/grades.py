"""Graded judgements: grade-table rows and judgement sentences.

HMIC graded PEEL questions and pillars on a four-point scale until 2019
(outstanding, good, requires improvement, inadequate); from 2021 on a five-point
scale that adds "adequate". Ungraded areas are "not graded". Grades are read
only where the inspectorate states them: a table row or a judgement sentence.
"""

from __future__ import annotations

import re

GRADE_WORDS = {
    "requires improvement": "requires improvement",
    "outstanding": "outstanding",
    "good": "good",
    "adequate": "adequate",
    "require improvement": "requires improvement",
    "requiring improvement": "requires improvement",
    "inadequate": "inadequate",
    "not graded": "not graded",
    "ungraded": "not graded",
    "not assessed": "not graded",
}

# Tolerant of words split by PDF extraction ("Inadeq uate", "Requires i mprovement").
_G = {
    "requires improvement": r"r\s?e\s?q\s?u\s?i\s?r\s?e\s?s?\s+i\s?m\s?p\s?r\s?o\s?v\s?e\s?m\s?e\s?n\s?t",
    "inadequate": r"i\s?n\s?a\s?d\s?e\s?q\s?u\s?a\s?t\s?e",
    "outstanding": r"o\s?u\s?t\s?s\s?t\s?a\s?n\s?d\s?i\s?n\s?g",
    "adequate": r"a\s?d\s?e\s?q\s?u\s?a\s?t\s?e",
    "good": r"g\s?o\s?o\s?d",
    "not graded": r"not\s+graded|ungraded|not\s+assessed",
}
_ROW = re.compile(
    r"^\s*(?P<area>[A-Z][^.!?]{2,160}?)\s*(?:[|:–—-]\s*|\s)\s*(?P<grade>"
    + "|".join(f"(?:{v})" for v in _G.values())
    + r")\s*\.?\s*$",
    re.I,
)
_VERB_IN_AREA = re.compile(r"(?<!who )(?<!that )(?<!which )\b(is|are|was|were|has|have|had|been|be|being|will|would|could|should|did|does|found|judged)\b", re.I)
_DANGLING = re.compile(r"\b(a|an|the|very|and|of|to|in|not|as|at|for|with|its|their|be)\s*$", re.I)
_NOT_AREA = re.compile(r"\b(is|was|were|are|be|been|being|has|have|had|found|judge|judged|rated|as)\s*$", re.I)


#: Grade phrases with all spaces removed, so split words ("Inadeq uate") still match.
_SQUASHED = {re.sub(r"\s+", "", w): c for w, c in GRADE_WORDS.items()}


def normalise_grade(text: str) -> str | None:
    """Map a grade phrase, however split or cased, to its canonical form."""
    if len(text) > 40:
        return None
    return _SQUASHED.get(re.sub(r"[\s.]+", "", text.lower()))


def parse_grade_row(line: str) -> tuple[str, str] | None:
    """Read "Investigating crime   Requires improvement" as (area, grade).

    Rows are short, have no sentence punctuation inside and do not read as a
    sentence ending in a grade ("The force is good" is prose, not a row).
    """
    text = line.strip()
    if not _ANY_GRADE.search(text[-30:]) and not text.lower().endswith(("uate", "ment", "ding")):
        return None
    if len(text.split()) > 22 or text.endswith((".", "?")) and not text.endswith(". "):
        if not re.search(r"(good|outstanding|inadequate|adequate|improvement|graded)\.?$", text, re.I):
            return None
    m = _ROW.match(text)
    if not m:
        return None
    area = m.group("area").strip(" |:–—-\t")
    if _NOT_AREA.search(area) or area.lower().startswith(("the force", "we ", "it ", "this ", "hmic")):
        return None
    if _VERB_IN_AREA.search(area) or _DANGLING.search(area):
        return None  # prose that happens to end in a grade word
    if len(area.split()) < 1 or area.lower() in ("area", "grade"):
        return None
    grade = normalise_grade(m.group("grade"))
    if grade is None:
        return None
    return area, grade


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


_ANY_GRADE = re.compile(r"outstanding|good|adequate|improvement|grade", re.I)


def grade_in_sentence(text: str) -> str | None:
    """The grade a sentence states as a judgement, or None.

    A grade word alone is not a judgement ("good systems are in place"); we need a
    judging frame: "we judge …", "… is good at …", "requires improvement in …",
    "provides a good service", "not graded".
    """
    if not _ANY_GRADE.search(text) or not _JUDGE_CUES.search(text):
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
