"""Hostile and broken file names and outputs: nothing executed, nothing destroyed, one line each."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parent.parent / "reports"
SAMPLE = REPORTS / "wessex-da-2014.txt"


def hmic(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True,
                          cwd=cwd, stdin=subprocess.DEVNULL)


def test_output_equal_to_an_input_is_refused(tmp_path):
    src = tmp_path / "r.txt"
    shutil.copy(SAMPLE, src)
    before = src.read_bytes()
    proc = hmic("extract", str(src), "-o", str(src))
    assert proc.returncode == 2 and "is also an input" in proc.stderr and "Traceback" not in proc.stderr
    assert src.read_bytes() == before


@pytest.mark.parametrize("make_bad", ["folder", "under_a_file", "read_only"])
def test_output_path_problems_are_one_line(tmp_path, make_bad):
    if make_bad == "folder":
        out = tmp_path / "out.jsonl"
        out.mkdir()
    elif make_bad == "under_a_file":
        (tmp_path / "f").write_text("x")
        out = tmp_path / "f" / "out.jsonl"
    else:
        if os.geteuid() == 0:
            pytest.skip("root ignores folder permissions")
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        out = ro / "out.jsonl"
    proc = hmic("extract", str(SAMPLE), "-o", str(out), "-q")
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in proc.stderr


def test_run_into_a_file_is_one_line(tmp_path):
    f = tmp_path / "not-a-folder"
    f.write_text("x")
    proc = hmic("run", str(SAMPLE), "-o", str(f), "-q")
    assert proc.returncode != 0 and proc.stderr.startswith("error: ") and "Traceback" not in proc.stderr


def test_a_failed_write_keeps_the_previous_output(tmp_path):
    out = tmp_path / "findings.jsonl"
    assert hmic("extract", str(SAMPLE), "-o", str(out), "-q").returncode == 0
    good = out.read_bytes()
    # a second run whose input is missing writes nothing over the good output
    proc = hmic("extract", str(tmp_path / "missing.txt"), "-o", str(out), "-q")
    assert proc.returncode == 1
    assert out.read_bytes() in (good, b"")  # never a half-written file
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_outputs_get_the_permissions_of_any_new_file(tmp_path):
    """Atomic writing must not make outputs private: a shared digest stays readable by others."""
    out = tmp_path / "out"
    assert hmic("run", str(SAMPLE), "-o", str(out), "-q").returncode == 0
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    want = plain.stat().st_mode & 0o777
    for name in ("digest.html", "digest.md", "findings.jsonl", "findings.csv", "reports.json"):
        assert (out / name).stat().st_mode & 0o777 == want, name


def test_hostile_file_names_and_text_stay_inert(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    hostile = text.replace("Wessex Constabulary's approach", "=HYPERLINK(\"x\") Wessex Constabulary's approach", 1)
    names = ["javascript:alert(1).txt", "a`b<img src=x onerror=alert(1)>.txt", "-rm.txt"]
    for n in names:
        (docs / n).write_text(hostile, encoding="utf-8")
    out = tmp_path / "out"
    proc = hmic("run", str(docs), "-o", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    html = (out / "digest.html").read_text(encoding="utf-8")
    assert 'href="javascript:' not in html and "href='javascript:" not in html
    assert all(not h.startswith(("javascript:", "data:", "vbscript:")) for h in re.findall(r'href="([^"]*)"', html))
    assert "<img src=x" not in html
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0] and "sha256-" in csp
    md = (out / "digest.md").read_text(encoding="utf-8")
    for line in md.splitlines():
        if "onerror" in line:
            # the name sits inside a code span whose fence is longer than any backtick run in it
            m = re.search(r"(`{2,})([^`].*?)\1", line)
            assert (m and "a`b<img" in m.group(2)) or "&lt;img" in line, line
    for name in ("findings.csv", "grades.csv"):
        for row in csv.reader((out / name).open(encoding="utf-8")):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (name, cell)
    recs = [json.loads(x) for x in (out / "findings.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r["text"].startswith("=HYPERLINK") for r in recs)  # JSON keeps the exact text


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    bad = os.fsencode(docs) + b"/caf\xe9.txt"
    with open(bad, "wb") as fh:
        fh.write(SAMPLE.read_bytes())
    (docs / "empty.txt").write_text("")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "extractor", "run", os.fsencode(docs), "-o", str(out)],
                          capture_output=True)
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err, err
    assert proc.returncode == 1 and "empty.txt: file is empty" in err
    reports = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    assert len(reports) == 1 and "caf" in reports[0]["source"]


def test_nothing_inside_folders_is_skipped_silently(tmp_path):
    a = tmp_path / "a"
    (a / "sub").mkdir(parents=True)
    (tmp_path / "x.pdf").mkdir()
    shutil.copy(SAMPLE, a / "r.txt")
    (a / "sub" / "loop").symlink_to("..")
    (a / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(a / "pipe.txt")
    proc = hmic("extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    warnings = [x for x in proc.stderr.splitlines() if x.startswith("warning: ")]
    assert any("x.pdf: is a folder" in w for w in warnings)
    assert any("dangling.txt: symbolic link to nothing" in w for w in warnings)
    assert any("pipe.txt: not a regular file" in w for w in warnings)
    assert any("loop" in w and "symbolic link loop" in w for w in warnings)
    assert "1 report(s)" in proc.stderr and "4 skipped" in proc.stderr


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    p = tmp_path / f"r-{encoding}.txt"
    p.write_bytes(SAMPLE.read_text(encoding="utf-8").encode(encoding))
    proc = hmic("extract", str(p), "-q")
    assert proc.returncode == 0 and not proc.stderr
    assert len(proc.stdout.splitlines()) > 40


def test_windows_1252_is_read_with_a_warning(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(SAMPLE.read_text(encoding="utf-8").replace("’", "'").encode("cp1252", errors="replace")
                  + "\nThe force’s café – a test.\n".encode("cp1252"))
    proc = hmic("extract", str(p), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0
    assert any(line.startswith("warning: ") and "Windows-1252" in line for line in proc.stderr.splitlines())


def _bounded(args: list[str], seconds: int, why: str) -> tuple[int, str]:
    """Run hmic in a process group of its own, so that a run still going after ``seconds``
    is failed with ``why`` and killed with its worker processes; its exit code and stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "extractor", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        _, err = proc.communicate(timeout=seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(why)
    return proc.returncode, err


def test_runs_of_thousands_of_spaces_are_read_in_seconds(tmp_path):
    """A grade table and prose whose gaps are thousands of spaces or tabs read like single
    spaces: such runs once made the row and cue patterns take quadratic time, and a file of
    a few rows held a worker for many minutes (a denial of service for the whole batch)."""
    gap = " " * 5000
    text = "\n".join([
        "Synthetic report: Fernmoor Constabulary (a fictional force)", "",
        "PEEL 2021/22: an inspection of Fernmoor Constabulary", "", "Our judgements", "",
        f"Investigating crime{gap}Good", f"Responding to the public{gap}Requires improvement", "",
        "Investigating crime", "",
        f"The force should improve{gap}how it records crime. Supervisors review{chr(9) * 3000}every case "
        "file within a week.", ""])
    src = tmp_path / "wide.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    code, err = _bounded(["extract", str(src), "-o", str(out), "--format", "json", "-q"], 120,
                         "a file of a few rows with wide gaps took more than two minutes to read")
    assert code == 0, err
    (rec,) = json.loads(out.read_text(encoding="utf-8"))
    assert rec["grades"] == {"Investigating crime": "good", "Responding to the public": "requires improvement"}
    assert [s["text"] for s in rec["sentences"]] == ["The force should improve how it records crime.",
                                                      "Supervisors review every case file within a week."]


def test_a_long_run_of_numbers_and_commas_is_read_in_seconds(tmp_path):
    """A sentence of 100,000 characters of "1,1,1,…" (a hostile file, or a broken table
    flattened into one line) reads in linear time: a pattern that took any run of digits
    and commas as a number once took seconds per sentence and minutes per file."""
    src = tmp_path / "digits.txt"
    src.write_text("Synthetic report: Fernmoor Constabulary (a fictional force)\n\n"
                   + "1," * 50_000 + " cases were waiting.\n", encoding="utf-8")
    code, err = _bounded(["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "-q"], 60,
                         "a line of digits and commas took more than a minute to read")
    assert code == 0, err
