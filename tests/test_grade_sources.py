"""Every grade in every output carries its source: table or sentence, page, exact text.

A journalist who quotes a grade must be able to find it in the report. This runs
``hmic run`` on the sample reports (PDF and text) and checks the JSON, the
SQLite store, grades.csv and both digests.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import OutputError
from extractor.publish.store import SCHEMA_VERSION, connect
from extractor.understand.family import detect_publisher

REPORTS = Path(__file__).resolve().parent.parent / "reports"


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    proc = subprocess.run([sys.executable, "-m", "extractor", "run", str(REPORTS), "-o", str(out), "-q"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return out


def test_json_grade_sources_are_complete(run_out):
    reports = json.loads((run_out / "reports.json").read_text(encoding="utf-8"))
    graded = [r for r in reports if r["grades"]]
    assert len(graded) >= 3
    for r in graded:
        for area, grade in r["grades"].items():
            srcs = [s for s in r["grade_sources"] if s["theme"] == area and s["grade"] == grade]
            assert srcs, (r["source"], area)
            for s in srcs:
                assert s["source"] in ("table", "sentence") and s["text"], s
                if r["source"].endswith(".pdf"):
                    assert isinstance(s["page"], int) and s["page"] >= 1, s


def test_sqlite_grades_have_source_text_page_and_theme_key(run_out):
    conn = sqlite3.connect(run_out / "findings.db")
    rows = conn.execute("SELECT g.area, g.grade, g.source, g.page, g.text, g.theme_key, r.source "
                        "FROM grades g JOIN reports r USING (report_id)").fetchall()
    assert rows
    for area, grade, source, page, text, _key, file in rows:
        assert source in ("table", "sentence") and text, (area, grade)
        if file.endswith(".pdf"):
            assert page is not None, (file, area)
    assert any(key for *_, key, _ in rows)
    n = conn.execute("SELECT count(*) FROM grade_sources").fetchone()[0]
    assert n >= len(rows)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_grades_csv_lists_every_source(run_out):
    rows = list(csv.DictReader((run_out / "grades.csv").open(encoding="utf-8")))
    reports = json.loads((run_out / "reports.json").read_text(encoding="utf-8"))
    assert len(rows) == sum(len(r["grade_sources"]) for r in reports)
    assert all(r["grade_source"] in ("table", "list", "sentence") and r["text"] for r in rows)


def test_digests_cite_each_grade(run_out):
    html = (run_out / "digest.html").read_text(encoding="utf-8")
    md = (run_out / "digest.md").read_text(encoding="utf-8")
    reports = json.loads((run_out / "reports.json").read_text(encoding="utf-8"))
    sentence_sources = [s for r in reports for s in r["grade_sources"] if s["source"] == "sentence"]
    assert "grade table, p. " in html and "([grade table, p. " in md  # a link to the page in both
    shown = [s for s in sentence_sources if f"“{s['text']}”" in html]
    assert shown, "a grade stated in a sentence is quoted next to its badge"


def test_an_older_store_is_migrated_and_a_foreign_one_refused(tmp_path):
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old)
    conn.executescript(
        "CREATE TABLE reports (report_id TEXT PRIMARY KEY, source TEXT NOT NULL, force TEXT, title TEXT,"
        " published TEXT, report_type TEXT, publisher TEXT, pages INTEGER, warnings TEXT);"
        "CREATE TABLE grades (report_id TEXT NOT NULL, area TEXT NOT NULL, grade TEXT NOT NULL,"
        " PRIMARY KEY (report_id, area));"
        "CREATE TABLE findings (report_id TEXT NOT NULL, idx INTEGER NOT NULL, page INTEGER, section TEXT,"
        " theme TEXT, theme_key TEXT, label TEXT NOT NULL, confidence REAL, grade TEXT, kind TEXT,"
        " text TEXT NOT NULL, clause TEXT, PRIMARY KEY (report_id, idx));"
        "INSERT INTO reports VALUES ('r1', 'a.txt', 'X Police', NULL, NULL, 'thematic', NULL, NULL, '[]');"
        "INSERT INTO grades VALUES ('r1', 'Overall', 'good');"
    )
    conn.commit()
    conn.close()
    conn = connect(old)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(grades)")}
    assert {"theme_key", "source", "page", "text"} <= cols
    assert conn.execute("SELECT area, grade FROM grades").fetchall() == [("Overall", "good")]
    conn.close()
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).executescript("CREATE TABLE people (name TEXT);")
    with pytest.raises(OutputError, match="another program"):
        connect(foreign)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(OutputError, match="not an SQLite database"):
        connect(junk)


@pytest.mark.parametrize("cover,published,expected", [
    ("HMIC\\nAn inspection of X Police", "2016-03", "HMIC"),
    ("HMICFRS\\nPEEL 2021/22", "2022-04", "HMICFRS"),
    ("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services", None, "HMICFRS"),
    ("Her Majesty's Inspectorate of Constabulary", "2015-01", "HMIC"),
    ("Ofsted\\nJoint targeted area inspection", "2019-05", "Ofsted"),
    ("HM Inspectorate of Probation\\nAn inspection of youth offending services", "2018-01", "HM Inspectorate of Probation"),
    ("An inspection report", "2019-05", None),
    ("Report on an unannounced inspection visit to police custody suites in Cumbria\\nby HM Inspectorate of "
     "Prisons and HM Inspectorate of Constabulary", "2016-05", "HM Inspectorate of Prisons and HMIC"),
    ("HMIP and HMICFRS\\nInspection of custody suites in Wessex", "2021-02", "HM Inspectorate of Prisons and HMICFRS"),
    ("HM Inspectorate of Prisons\\nReport on an inspection of HMP Wessex", "2020-01", "HM Inspectorate of Prisons"),
    ("Ofsted\\nJoint targeted area inspection by Ofsted, the CQC, HMICFRS and HMI Probation", "2019-05", "Ofsted"),
    ("A report about hmic, the software", "2019-05", None),
    # a programme only the police inspectorate runs, no inspectorate named: by its date
    ("PEEL 2021/22 – An inspection of Wessex Police", "2022-04", "HMICFRS"),
    ("PEEL: Police efficiency 2015", "2015-10", "HMIC"),
    ("PEEL: Police legitimacy 2017", "2017", None),
    # a year alone names the inspectorate as a month does, 2017 apart
    ("Her Majesty's Inspectorate of Constabulary", "2024", "HMICFRS"),
    ("Her Majesty's Inspectorate of Constabulary", "2017", "HMIC"),
])
def test_publisher_is_read_from_the_document(cover, published, expected):
    assert detect_publisher(cover.replace("\\\\n", "\\n"), published) == expected


@pytest.mark.parametrize("cover", [
    "HMICFRS and HM Inspectorate of Prisons: report on an inspection of police custody in Wessex",
    "HM Inspectorate of Prisons and HMICFRS: report on an inspection of police custody in Wessex",
])
def test_a_custody_inspection_naming_both_inspectorates_is_theirs_jointly(cover):
    """Police custody is inspected by both inspectorates together, whichever the cover names
    first; another report naming both is the first one's."""
    assert detect_publisher(cover, "2022-03", joint_custody=True) == "HM Inspectorate of Prisons and HMICFRS"
    first = "HMICFRS" if cover.startswith("HMICFRS") else "HM Inspectorate of Prisons and HMICFRS"
    assert detect_publisher(cover, "2022-03") == first
