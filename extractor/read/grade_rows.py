"""Grade-table rows as readers meet them: "Investigating crime   Requires improvement".

Readers of PDFs and of plain text both have to tell a row of a grade table from
prose that ends in a grade word, and both have to undo words that extraction split
("Inadeq uate"). The grade vocabulary lives here, below every stage that reads grades.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.records import GradeRow, ParsedDocument

#: Any word that can start or end a grade phrase; a cheap first test.
ANY_GRADE = re.compile(r"outstanding|good|adequate|improvement|grade", re.I)

GRADE_WORDS = {
    # Ofsted's "requires improvement to be good" is its requires improvement
    "requires improvement to be good": "requires improvement",
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
    "requires improvement to be good": r"requires\s+improvement\s+to\s+be\s+good",
    "requires improvement": r"r\s?e\s?q\s?u\s?i\s?r\s?e\s?s?\s+i\s?m\s?p\s?r\s?o\s?v\s?e\s?m\s?e\s?n\s?t",
    "inadequate": r"i\s?n\s?a\s?d\s?e\s?q\s?u\s?a\s?t\s?e",
    "outstanding": r"o\s?u\s?t\s?s\s?t\s?a\s?n\s?d\s?i\s?n\s?g",
    "adequate": r"a\s?d\s?e\s?q\s?u\s?a\s?t\s?e",
    "good": r"g\s?o\s?o\s?d",
    "not graded": r"not\s+graded|ungraded|not\s+assessed",
}
#: A row: a label for the area, then its grade. The area is never a clause: a hard-wrapped
#: line of prose that ends in a grade ("at ensuring the workforce behaves ethically and
#: lawfully; requires improvement") ends its words with a comma or semicolon. A lower-case
#: start is allowed, as a table cell's wrapped second line ("vulnerable people?  Requires
#: improvement") and a judgement list's items have.
_ROW = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<area>[A-Z][^.!?]{2,160}?(?<![;,])\??)\s*(?:[|:–—-]\s*|\s)\s*(?P<grade>"
    + "|".join(f"(?:{v})" for v in _G.values())
    + r")\s*\.?\s*$",
    re.I,
)
_VERB_IN_AREA = re.compile(r"(?<!who )(?<!that )(?<!which )\b(is|are|was|were|has|have|had|been|be|being|will|would|could|should|did|does|found|judged)\b", re.I)
_DANGLING = re.compile(r"\b(a|an|the|very|and|of|to|in|not|as|at|for|with|its|their|be|"
                       r"sufficiently|reasonably|quite)\s*$", re.I)
_NOT_AREA = re.compile(r"\b(is|was|were|are|be|been|being|has|have|had|found|judge|judged|rated|as)\s*$", re.I)


#: Grade phrases with all spaces removed, so split words ("Inadeq uate") still match.
_SQUASHED = {re.sub(r"\s+", "", w): c for w, c in GRADE_WORDS.items()}


def normalise_grade(text: str) -> str | None:
    """Map a grade phrase, however split or cased, to its canonical form."""
    if len(text) > 40:
        return None
    return _SQUASHED.get(re.sub(r"[\s.]+", "", text.lower()))


#: A row that is not this inspection's judgement of an area: an earlier grade ("Previous
#: inspection grade: Requires improvement"), another inspection's ("… (HMICFRS, 2023) |
#: Adequate": no area of a report is named with a year), or a key to the grades
#: ("Key to ratings: Outstanding, Good, Requires improvement, Inadequate").
_NOT_THIS_INSPECTION = re.compile(
    r"^\W*(?:previous|last|earlier|prior|former|most recent)\b"
    r"|\b(?:previous|last|earlier|prior|most recent) (?:\w+ )?(?:inspection|grade|judgement|judgment|rating)s?\b"
    r"|\b(?:19|20)\d\d\b|\bkey to\b",
    re.I,
)
_GRADE_IN_AREA = re.compile(r"\b(?:outstanding|inadequate|requires improvement|adequate)\b", re.I)


def judges_this_inspection(area: str) -> bool:
    """Whether a grade row's area can be an area this report grades (see ``_NOT_THIS_INSPECTION``)."""
    return not _NOT_THIS_INSPECTION.search(area) and not _GRADE_IN_AREA.search(area)


#: The words that make a row the overall grade for the area it names ("Crime recording:
#: overall judgment"); :mod:`extractor.understand.grades` reads them off the area too.
OVERALL_WORDS = r"overall(?: judge?ment| grade| rating)?"
#: ... as the part after an area's last colon.
_OVERALL_TAIL = re.compile(rf"\s*{OVERALL_WORDS}\s*", re.I)


def parse_grade_row(line: str) -> tuple[str, str] | None:
    """Read "Investigating crime   Requires improvement" as (area, grade).

    Rows are short, have no sentence punctuation inside and do not read as a
    sentence ending in a grade ("The force is good" is prose, not a row).
    The line is read with its runs of white space closed up: the gap between a
    text table's columns says nothing a single space does not, and a long run
    would make the row pattern's adjacent white-space quantifiers take
    quadratic time (a hostile line of thousands of spaces took minutes).
    """
    text = " ".join(line.split())
    if not ANY_GRADE.search(text[-30:]) and not text.lower().endswith(("uate", "ment", "ding")):
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
    question = area.endswith("?")  # PEEL and CDI questions are table rows: "How effective is …?  Good"
    if not question and (_VERB_IN_AREA.search(area) or _DANGLING.search(area)):
        return None  # prose that happens to end in a grade word
    if len(area.split()) < 1 or area.lower() in ("area", "grade"):
        return None
    if normalise_grade(area.split()[-1]) is not None:
        return None  # "Investigating crime | good | requires improvement": two years' grades, not one
    tail = area.rsplit(":", 1)[1] if ":" in area else ""
    if ":" in area and len(tail.split()) <= 2 and not _OVERALL_TAIL.fullmatch(tail):
        return None  # "Protecting vulnerable people: never good", "…: Wessex outstanding": a qualified grade
        # (not "Crime recording: overall judgment: Inadequate", the area's overall grade)
    grade = normalise_grade(m.group("grade"))
    if grade is None:
        return None
    return area, grade


_JUDGEMENT_HEADING = re.compile(r"\s*[:–—|]\s*")


def split_judgement_headings(doc: ParsedDocument) -> None:
    """A heading that ends in a judgement ("Investigating crime: good") is a heading and a grade.

    The heading keeps the area's name, so its sentences fall under the right
    section and theme, and the grade is recorded like a table row. Only headings
    with an explicit separator count: "Good practice" is a heading, not a grade.
    """
    out = []
    for b in doc.blocks:
        if b.kind == "heading" and _JUDGEMENT_HEADING.search(b.text):
            row = parse_grade_row(b.text)
            if row is not None and _JUDGEMENT_HEADING.search(" ".join(b.text.split())[len(row[0]):]):
                doc.grade_rows.append(GradeRow(row[0], row[1], b.page, b.text))
                b = replace(b, text=row[0])
        out.append(b)
    doc.blocks = out
