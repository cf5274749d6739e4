"""The hmic command: formats, the output contract, errors, exit codes, run and digest."""

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import __version__
from extractor.cli import cli

REPORTS = Path(__file__).resolve().parent.parent / "reports"
CONTRACT = ["source", "report_id", "force", "title", "published", "report_type", "page", "section",
            "theme", "text", "label", "confidence", "grade"]
LABELS = {"strength", "area_for_improvement", "mixed", "neutral"}
GRADES = {None, "outstanding", "good", "adequate", "requires improvement", "inadequate", "not graded"}


def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_version_and_help():
    assert __version__ in invoke("--version").output
    for cmd in ("extract", "digest", "run", "train", "evaluate", "explain"):
        out = invoke(cmd, "-h").output
        assert "Usage:" in out and "Example" in out, cmd


def test_jsonl_contract(tmp_path):
    res = invoke("extract", str(REPORTS / "wessex-da-2014.txt"), str(REPORTS / "wessex-peel-2023.pdf"), "-q")
    assert res.exit_code == 0
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert len(recs) > 50
    for r in recs:
        assert list(r)[: len(CONTRACT)] == CONTRACT
        assert r["label"] in LABELS and 0 <= r["confidence"] <= 1 and r["grade"] in GRADES
        assert r["published"] is None or len(r["published"]) == 7
    pdf = [r for r in recs if r["source"].endswith(".pdf")]
    txt = [r for r in recs if r["source"].endswith(".txt")]
    assert all(isinstance(r["page"], int) and r["page"] >= 1 for r in pdf)
    assert all(r["page"] is None for r in txt)
    assert {r["force"] for r in recs} == {"Wessex Constabulary"}
    assert len({r["report_id"] for r in recs}) == 2


def test_json_and_csv_formats(tmp_path):
    out = tmp_path / "r.json"
    assert invoke("extract", str(REPORTS / "wessex-peel-2016.pdf"), "-o", str(out), "-q").exit_code == 0
    data = json.loads(out.read_text())
    assert len(data) == 1 and data[0]["force"] == "Wessex Constabulary"
    assert data[0]["grades"] and all(g in GRADES for g in data[0]["grades"].values())
    assert "source" not in data[0]["sentences"][0] and "text" in data[0]["sentences"][0]
    res = invoke("extract", str(REPORTS / "wessex-da-2014.txt"), "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and list(rows[0])[: len(CONTRACT)] == CONTRACT


def test_bad_inputs_get_one_line_errors_and_the_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text((REPORTS / "wessex-da-2014.txt").read_text())
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "fake.pdf").write_bytes(b"this is not a pdf at all")
    (tmp_path / "bad.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 20)
    args = [str(good), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
            str(tmp_path / "notes.docx"), str(tmp_path / "fake.pdf"), str(tmp_path / "missing.pdf"),
            str(tmp_path / "bad.txt")]
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", *args, "-q"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 6
    assert all(line.startswith("error: ") for line in errors)
    assert any("empty.txt: file is empty" in e for e in errors)
    assert any("notes.docx: unsupported file type" in e for e in errors)
    assert any("fake.pdf: not a valid PDF" in e for e in errors)
    assert any("missing.pdf: no such file" in e for e in errors)
    assert any("bad.txt: cannot decode text" in e or "bad.txt: no report text" in e for e in errors)
    recs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert recs and {r["source"] for r in recs} == {str(good)}


def test_usage_errors_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract"], capture_output=True, text=True)
    assert proc.returncode == 2
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 2 and "no .pdf, .txt or .md reports" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", "x.txt", "--format", "xml"], capture_output=True, text=True)
    assert proc.returncode == 2


def test_run_writes_digest_findings_and_database(tmp_path):
    out = tmp_path / "out"
    res = invoke("run", str(REPORTS), "-o", str(out), "-q")
    assert res.exit_code == 0, res.output
    for name in ("digest.html", "digest.md", "findings.jsonl", "findings.csv", "reports.json", "findings.db"):
        assert (out / name).stat().st_size > 0, name
    conn = sqlite3.connect(out / "findings.db")
    n_reports = conn.execute("select count(*) from reports").fetchone()[0]
    n_findings = conn.execute("select count(*) from findings").fetchone()[0]
    assert n_reports == len(list(REPORTS.glob("*.pdf"))) + len(list(REPORTS.glob("*.txt")))
    lines = (out / "findings.jsonl").read_text().splitlines()
    assert n_findings == len(lines)
    # idempotent: a second run replaces rows instead of duplicating them
    assert invoke("run", str(REPORTS), "-o", str(out), "-q").exit_code == 0
    conn2 = sqlite3.connect(out / "findings.db")
    assert conn2.execute("select count(*) from findings").fetchone()[0] == n_findings
    assert conn2.execute("select count(*) from findings_view where label = 'strength'").fetchone()[0] > 0


def test_digest_from_findings_files(tmp_path):
    findings = tmp_path / "f.jsonl"
    assert invoke("extract", str(REPORTS), "-o", str(findings), "-q").exit_code == 0
    md = tmp_path / "d.md"
    assert invoke("digest", str(findings), "-o", str(md), "-q").exit_code == 0
    text = md.read_text()
    for force in ("Wessex Constabulary", "Northmoor Police", "Severnside Constabulary"):
        assert force in text
    csvf = tmp_path / "f.csv"
    assert invoke("extract", str(REPORTS / "wessex-peel-2023.pdf"), "-o", str(csvf), "-q").exit_code == 0
    html = tmp_path / "d.html"
    assert invoke("digest", str(csvf), "-o", str(html), "-q").exit_code == 0
    assert "Wessex Constabulary" in html.read_text()


def test_debug_layout_shows_what_was_dropped():
    res = invoke("extract", "--debug-layout", str(REPORTS / "wessex-peel-2016.pdf"))
    assert res.exit_code == 0
    for tag in ("[dropped: cover]", "[dropped: contents]", "[dropped: header/footer]", "[heading1]", "[para]", "[grade]"):
        assert tag in res.stdout, tag


def test_explain():
    res = invoke("explain", "The force does not always update victims about their cases.")
    assert res.exit_code == 0
    assert "label: area_for_improvement" in res.stdout and "confidence:" in res.stdout


def test_user_taxonomy_option(tmp_path):
    tax = tmp_path / "t.json"
    tax.write_text(json.dumps({"id": "custody_x", "family": "custody_x", "name": "Custody",
                               "detect": {"title": ["custody suites"], "headings": []},
                               "themes": [{"id": "detention", "name": "Treatment in detention",
                                           "aliases": ["Treatment in detention"]}]}))
    rep = tmp_path / "r.txt"
    rep.write_text("Inspection of custody suites in Wessex Constabulary\n\nMay 2023\n\nTreatment in detention\n\nDetainees were treated with respect by custody staff.\n")
    res = invoke("extract", str(rep), "--taxonomy", str(tax), "-q")
    rec = json.loads(res.stdout.splitlines()[0])
    assert rec["theme"] == "Treatment in detention" and rec["report_type"] == "custody_x"


@pytest.mark.parametrize("name", ["hmic"])
def test_console_script_installed(name):
    import shutil

    if shutil.which(name) is None:
        pytest.skip("hmic console script not on PATH (package not installed)")
    proc = subprocess.run([name, "--version"], capture_output=True, text=True)
    assert proc.returncode == 0 and __version__ in proc.stdout


def test_new_only_skips_reports_already_in_the_database(tmp_path):
    db = tmp_path / "f.db"
    first = invoke("extract", str(REPORTS / "wessex-da-2014.txt"), "--db", str(db), "-q")
    assert first.exit_code == 0 and first.stdout
    again = invoke("extract", str(REPORTS / "wessex-da-2014.txt"), str(REPORTS / "northmoor-peel-2018.txt"),
                   "--db", str(db), "--new-only", "-q")
    assert again.exit_code == 0
    sources = {json.loads(x)["source"] for x in again.stdout.splitlines()}
    assert sources == {str(REPORTS / "northmoor-peel-2018.txt")}
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from reports").fetchone()[0] == 2
    assert invoke("extract", str(REPORTS), "--new-only", "-q").exit_code == 2
