"""Grades: table rows and judgement sentences, both scales, split words."""

import pytest

from extractor.read.grade_rows import normalise_grade, parse_grade_row
from extractor.understand.grades import grade_in_sentence


@pytest.mark.parametrize("line,expected", [
    ("Investigating crime Requires improvement", ("Investigating crime", "requires improvement")),
    ("Protecting vulnerable people: Good", ("Protecting vulnerable people", "good")),
    ("Investigating crime   Inadeq uate", ("Investigating crime", "inadequate")),
    ("Good use of resources Adequate", ("Good use of resources", "adequate")),
    ("Specialist capabilities Not graded", ("Specialist capabilities", "not graded")),
    ("Protecting from harm those who are vulnerable, and supporting victims Requires improvement",
     ("Protecting from harm those who are vulnerable, and supporting victims", "requires improvement")),
])
def test_grade_rows(line, expected):
    assert parse_grade_row(line) == expected


@pytest.mark.parametrize("line", [
    "The force is good.", "Area Grade", "force's work with partners on a shared control centre is a good",
    "Supervision of investigations is good", "The force has been good",
])
def test_prose_is_not_a_grade_row(line):
    assert parse_grade_row(line) is None


@pytest.mark.parametrize("text,grade", [
    ("We judge Wessex Constabulary to be good at investigating crime.", "good"),
    ("The force requires improvement in how it protects vulnerable people.", "requires improvement"),
    ("HMIC found that the force provides victims of domestic abuse with a good service.", "good"),
    ("Cleveland Police is inadequate at keeping people safe.", "inadequate"),
    ("This area is not graded.", "not graded"),
    ("The force is adequate at recording crime.", "adequate"),
    ("GMP is outstanding at protecting vulnerable people.", "outstanding"),
    ("Good systems exist for checking a caller's history.", None),
    ("The specialist teams provide a good service to high-risk victims.", None),
    ("The quality of investigations was good in most of the files we reviewed.", None),
])
def test_judgement_sentences(text, grade):
    assert grade_in_sentence(text) == grade


def test_split_grade_words():
    assert normalise_grade("Requires i mprovement") == "requires improvement"
    assert normalise_grade("Inadeq uate") == "inadequate"
    assert normalise_grade("Requires im provement") == "requires improvement"


def test_eval_reports_grades(extracted):
    from conftest import spec_paths
    from scoring import score_report
    from synth import load_spec

    right = total = 0
    for p in spec_paths():
        for mode in ("text", "classic", "modern"):
            sc = score_report(load_spec(p), extracted(p.stem, mode))
            right += sc.grade_right
            total += sc.grade_total
    assert right / total >= 0.95
