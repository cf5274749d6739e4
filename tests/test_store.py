"""The store is the archive's source of truth: incremental runs, replaced and removed
reports, outputs rebuilt from it, and a full-text index for Datasette."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parent.parent / "reports"


def run(src: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", "run", str(src), "-o", str(out)],
                          capture_output=True, text=True)


def test_runs_are_incremental_and_follow_the_archive(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(REPORTS, archive, ignore=shutil.ignore_patterns("source", "*.py"))
    out = tmp_path / "out"
    first = run(archive, out)
    assert first.returncode == 0, first.stderr
    assert "(7 read, 0 unchanged, 0 removed)" in first.stderr
    before = (out / "findings.jsonl").read_text(encoding="utf-8")
    stamp = (out / "findings.jsonl").stat().st_mtime_ns
    second = run(archive, out)
    assert second.returncode == 0, second.stderr
    assert "7 report(s) in the store, none new, changed or gone" in second.stderr
    assert "up to date" in second.stderr
    assert (out / "findings.jsonl").stat().st_mtime_ns == stamp  # nothing rewritten
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == before

    # a missing output is written again from the store, without reading any file
    (out / "digest.md").unlink()
    again = run(archive, out)
    assert "(0 read, 7 unchanged, 0 removed)" in again.stderr
    assert (out / "digest.md").is_file()
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == before

    # rows made by another hmic, model or reading option are read again, not mixed
    conn = sqlite3.connect(out / "findings.db")
    with conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'made_by'")
    conn.close()
    reread = run(archive, out)
    assert "(7 read, 0 unchanged, 0 removed)" in reread.stderr
    assert (out / "findings.jsonl").read_text(encoding="utf-8") == before

    # an edited file replaces its old rows; a deleted one is removed, and we are told
    edited = archive / "wessex-da-2014.txt"
    text = edited.read_text(encoding="utf-8")
    assert "The force should review the workloads" in text
    edited.write_text(text.replace("The force should review the workloads", "The force should urgently review the workloads"),
                      encoding="utf-8")
    (archive / "severnside-da-2014.txt").unlink()
    third = run(archive, out)
    assert third.returncode == 0, third.stderr
    assert "(1 read, 5 unchanged, 1 removed)" in third.stderr
    assert "severnside-da-2014.txt: file no longer exists; its report was removed from the store" in third.stderr
    conn = sqlite3.connect(out / "findings.db")
    sources = [r[0] for r in conn.execute("SELECT source FROM reports")]
    assert len(sources) == len(set(sources)) == 6
    reports = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    assert sorted(r["source"] for r in reports) == sorted(sources)
    wessex = [r for r in reports if r["source"].endswith("wessex-da-2014.txt")]
    assert any(s["text"].startswith("The force should urgently review") for s in wessex[0]["sentences"])


def test_the_same_outputs_as_a_fresh_run(tmp_path):
    out1, out2 = tmp_path / "a", tmp_path / "b"
    assert run(REPORTS, out1).returncode == 0
    assert run(REPORTS, out1).returncode == 0  # from the store only
    assert run(REPORTS, out2).returncode == 0
    for name in ("findings.jsonl", "findings.csv", "reports.json", "grades.csv", "digest.md"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name


def test_datasette_can_search_and_filter_findings(tmp_path):
    out = tmp_path / "out"
    assert run(REPORTS, out).returncode == 0
    conn = sqlite3.connect(out / "findings.db")
    hits = conn.execute("SELECT f.text FROM findings_fts JOIN findings f ON f.rowid = findings_fts.rowid "
                        "WHERE findings_fts MATCH 'supervision'").fetchall()
    assert hits and all("supervision" in h[0].lower() for h in hits)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(findings_view)")]
    assert {"force", "theme_key", "kind", "clause"} <= set(cols)
    assert conn.execute("SELECT count(*) FROM findings WHERE force IS NULL").fetchone()[0] < \
        conn.execute("SELECT count(*) FROM findings").fetchone()[0]


@pytest.mark.exhaustive
def test_datasette_serves_the_store_with_search(tmp_path):
    """Start the real Datasette on the store and query it over HTTP."""
    import socket
    import time
    import urllib.request

    pytest = __import__("pytest")
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        from conftest import require_in_ci

        require_in_ci("datasette is not installed (pip install '.[test]')")
    out = tmp_path / "out"
    assert run(REPORTS, out).returncode == 0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(out / "findings.db"), "--metadata", str(out / "metadata.json"),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}/findings/findings.json?_search=supervision&_shape=objects"
        for _ in range(100):
            try:
                with urllib.request.urlopen(url, timeout=2) as resp:
                    data = json.loads(resp.read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not start")
        rows = data["rows"]
        assert rows and all("supervision" in r["text"].lower() for r in rows)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/findings/findings.json?_facet=label", timeout=5) as resp:
            facets = json.loads(resp.read())["facet_results"]
        assert "label" in facets
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_copies_are_one_report_read_once(tmp_path):
    """The same file twice ("report (1).txt") is one report: read once, listed once,
    remembered, and still there when either path goes."""
    archive = tmp_path / "archive"
    archive.mkdir()
    for name in ("wessex-da-2014.txt", "northmoor-peel-2018.txt"):
        shutil.copy(REPORTS / name, archive / name)
    shutil.copy(REPORTS / "wessex-da-2014.txt", archive / "wessex-da-2014 (1).txt")
    out = tmp_path / "out"
    first = run(archive, out)
    assert first.returncode == 0, first.stderr
    assert "(2 read, 0 unchanged, 0 removed)" in first.stderr
    assert "same content as" in first.stderr and "one report, listed once" in first.stderr
    reports = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    assert len(reports) == 2
    (both,) = [r for r in reports if "wessex" in r["source"]]
    assert sorted([both["source"], *both["copies"]]) == sorted(str(archive / n) for n in
                                                              ("wessex-da-2014.txt", "wessex-da-2014 (1).txt"))
    again = run(archive, out)
    assert "up to date" in again.stderr and "same content" not in again.stderr

    # whichever path was read, removing it hands the report to the copy
    conn = sqlite3.connect(out / "findings.db")
    (kept,) = [s for (s,) in conn.execute("SELECT source FROM reports") if "wessex" in s]
    conn.close()
    Path(kept).unlink()
    third = run(archive, out)
    assert third.returncode == 0, third.stderr
    assert "removed from the store" not in third.stderr
    reports = json.loads((out / "reports.json").read_text(encoding="utf-8"))
    wessex = [r for r in reports if "wessex" in r["source"]]
    assert len(reports) == 2 and len(wessex) == 1 and Path(wessex[0]["source"]).exists()
    assert wessex[0]["sentences"], "the report kept its findings"
    assert wessex[0]["copies"] == []


def test_a_killed_run_keeps_the_old_outputs_and_the_next_run_finishes_the_job(tmp_path):
    """SIGKILL in the middle of a run (workers included): the previous outputs stay whole, and
    the next run resumes from the store and gives what a fresh run gives."""
    import os
    import signal
    import time

    archive = tmp_path / "archive"
    archive.mkdir()
    texts = sorted(REPORTS.glob("*.txt"))
    for p in texts:
        shutil.copy(p, archive / p.name)
    out = tmp_path / "out"
    assert run(archive, out).returncode == 0
    before = {n: (out / n).read_bytes() for n in ("digest.html", "findings.jsonl", "reports.json")}
    # many new distinct reports, so the next run is still reading when it is killed
    for i in range(40):
        src = texts[i % len(texts)]
        (archive / f"extra-{i:02d}.txt").write_text(
            src.read_text(encoding="utf-8") + f"\n\nSynthetic addendum {i}: the force published its plan {i}.\n",
            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "run", str(archive), "-o", str(out), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = out / "findings.db"
    start = time.time()
    with sqlite3.connect(db) as conn:
        while time.time() - start < 60:
            n = conn.execute("SELECT count(*) FROM reports").fetchone()[0]
            if n > len(texts) + 3 or proc.poll() is not None:
                break
            time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    for name, old in before.items():
        assert (out / name).read_bytes() == old, f"{name} changed by a killed run"
    assert run(archive, out).returncode == 0
    fresh = tmp_path / "fresh"
    assert run(archive, fresh).returncode == 0
    for name in ("findings.jsonl", "reports.json", "digest.md"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


def test_digests_are_written_even_when_their_process_fails(tmp_path, monkeypatch):
    """The digests are rendered by a forked process; if it fails, the run renders them itself."""
    import os

    from click.testing import CliRunner

    from extractor import cli

    normal = tmp_path / "normal"
    assert run(REPORTS, normal).returncode == 0

    def fails(*args):
        os._exit(3)

    monkeypatch.setattr(cli, "_render_and_send", fails)
    out = tmp_path / "out"
    res = CliRunner().invoke(cli.cli, ["run", str(REPORTS), "-o", str(out), "-q", "-j", "1"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    for name in ("digest.md", "digest.html"):
        assert (out / name).read_bytes() == (normal / name).read_bytes(), name


def test_output_that_cannot_be_written_is_an_error(tmp_path):
    """A full disk is never a silent success (the process ends without the usual teardown)."""
    full = Path("/dev/full")
    if not full.exists():
        import pytest

        pytest.skip("no /dev/full on this system")
    with full.open("w") as sink:
        res = subprocess.run([sys.executable, "-m", "extractor", "extract", str(REPORTS / "northmoor-peel-2018.txt")],
                             stdout=sink, stderr=subprocess.PIPE, text=True)
    assert res.returncode != 0
    assert "error:" in res.stderr and "Traceback" not in res.stderr
