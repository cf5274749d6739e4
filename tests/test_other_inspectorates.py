"""Reports of other inspectorates: their own graded judgements only, never a police area's.

The synthetic snippets here are ours; ``bench/gradeprobe`` holds eight fuller
documents written by a helper who had not seen the reader, scored by
``bench/grade_probe.py`` and checked below.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from extractor import Options, read_report
from extractor.read.grade_rows import judges_this_inspection, parse_grade_row

ROOT = Path(__file__).resolve().parent.parent


def _read(tmp_path: Path, text: str):
    p = tmp_path / "report.txt"
    p.write_text("Synthetic test document: not a real inspection report; the body is fictional.\n\n" + text,
                 encoding="utf-8")
    return read_report(p, Options())


@pytest.mark.parametrize("area", [
    "Previous inspection grade",
    "Most recent inspection",
    "Harbridge Youth Justice Service (HMI Probation, 2021)",
    "Key to ratings: Outstanding, Good, Requires improvement,",
])
def test_rows_that_are_not_this_inspections_judgement(area):
    assert not judges_this_inspection(area)


@pytest.mark.parametrize("area", ["Good use of resources", "Investigating crime", "Overall effectiveness",
                                  "Is the service well-led?"])
def test_area_names_are_judged(area):
    assert judges_this_inspection(area)


@pytest.mark.parametrize("line, want", [
    ("Safety | 2 | Not sufficiently good", None),
    ("Respect | 3 | Reasonably good", None),
    ("The experiences and progress of care leavers | Requires improvement to be good",
     ("The experiences and progress of care leavers", "requires improvement")),
    ("2.1 Assessment | Inadequate", ("Assessment", "inadequate")),
    ("Treating the workforce fairly: Good", ("Treating the workforce fairly", "good")),
])
def test_grade_rows(line, want):
    assert parse_grade_row(line) == want


def test_a_school_report_keeps_its_own_areas_and_earlier_grades_are_not_given(tmp_path):
    """An Ofsted school report: no PEEL area ("Leadership and management" is not
    "Leadership and force management"), no grade from the previous inspection's line
    or from another body's grade, and a question row with its own mark is a row."""
    rep = _read(tmp_path, (
        "Brookfield Academy\n\nSchool inspection report\n\nOfsted\n\n"
        "Inspection dates: 4 and 5 March 2025\n\nPrevious inspection grade: Inadequate\n\n"
        "Key judgements\n"
        "Judgement | Grade\n"
        "Overall effectiveness | Requires improvement to be good\n"
        "Leadership and management | Good\n"
        "Is the sixth form well led? | Outstanding\n\n"
        "Earlier inspections of partner services\n"
        "Brookfield Council children's services (Ofsted, 2022) | Good\n"
        "Brookfield Youth Justice Service (HMI Probation, 2023) | Inadequate\n\n"
        "Key to ratings: Outstanding, Good, Requires improvement, Inadequate.\n\n"
        "What the school does well\n\n"
        "Teachers know their pupils well, and the school is good at supporting those who struggle.\n"
    ))
    assert rep.publisher == "Ofsted"
    assert rep.report_type == "other_inspectorate"
    assert rep.grades == {"Overall effectiveness": "requires improvement",
                          "Leadership and management": "good",
                          "Is the sixth form well led?": "outstanding"}
    assert all(f.theme_key is None or f.theme_key.startswith("own:") for f in rep.findings)


def test_the_helpers_documents_of_other_inspectorates_give_no_invented_grade():
    """Eight documents by another writer, as text and PDF: not one grade that the
    document does not state formally (the bar the issue sets), and most stated ones read."""
    sys.path.insert(0, str(ROOT / "bench"))
    from grade_probe import FOLDER, score

    stated = read = 0
    for g in sorted(FOLDER.glob("*.gold.json")):
        name = g.name.removesuffix(".gold.json")
        gold = json.loads(g.read_text(encoding="utf-8"))
        for path in (FOLDER / f"{name}.txt", FOLDER / "pdf" / f"{name}.pdf"):
            n, r, invented = score(path, gold)
            assert invented == [], (path.name, invented)
            stated, read = stated + n, read + r
    assert stated == 68 and read >= 50
