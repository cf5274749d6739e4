"""Reading in worker processes: same output whatever the number of workers; a file that
crashes or exhausts its worker is that file's error line; bombs are refused early."""

from __future__ import annotations

import json
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import write_pdf

from extractor import Options, extract

REPORTS = Path(__file__).resolve().parent.parent / "reports"


def bomb_pdf(path: Path, inflated: int = 1 << 30, layers: int = 1) -> Path:
    """A small PDF whose one content stream inflates to ``inflated`` bytes."""
    data = b"\0" * inflated
    for _ in range(layers):
        data = zlib.compress(data, 9)
    filt = b"/FlateDecode" if layers == 1 else b"[" + b" ".join([b"/FlateDecode"] * layers) + b"]"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filt) + data + b"\nendstream"]
    return write_pdf(path, objs)


def test_output_is_the_same_for_any_number_of_workers():
    inline = extract([REPORTS], Options(jobs=0))
    two = extract([REPORTS], Options(jobs=2))
    assert [r.to_json() for r in inline.reports] == [r.to_json() for r in two.reports]
    assert not inline.errors and not two.errors


@pytest.mark.parametrize("layers", [1, 2])
def test_a_decompression_bomb_is_refused_quickly(tmp_path, layers):
    inflated = (1 << 30) if layers == 1 else (1 << 29)
    bomb = bomb_pdf(tmp_path / "bomb.pdf", inflated, layers)
    assert bomb.stat().st_size < 2_000_000
    (tmp_path / "good.txt").write_bytes((REPORTS / "wessex-da-2014.txt").read_bytes())
    proc = subprocess.run([sys.executable, "-m", "extractor", "extract", str(tmp_path), "-q"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"error: {bomb}: too large (its compressed streams inflate to more than 256 MB; " \
                                  "raise --max-inflated-mb to read it)"
    recs = [json.loads(x) for x in proc.stdout.splitlines()]
    assert recs and {r["source"] for r in recs} == {str(tmp_path / "good.txt")}


def test_each_report_comes_back_as_soon_as_it_is_read(tmp_path):
    """A report read early is handed over (and saved to the store) while a long file is still
    being read, not when the whole batch ends: a killed run keeps what it has read."""
    import time

    from extractor.pipeline import extract_reports

    text = (REPORTS / "northmoor-peel-2018.txt").read_text(encoding="utf-8")
    (tmp_path / "a-short.txt").write_text(text, encoding="utf-8")
    # the same report many times over (about 1.5 MB): seconds of reading
    (tmp_path / "b-long.txt").write_text("\n\n".join([text] * 120), encoding="utf-8")
    outcomes = extract_reports([tmp_path / "a-short.txt", tmp_path / "b-long.txt"], Options(jobs=2))
    t0 = time.perf_counter()
    first = next(outcomes)
    t_first = time.perf_counter() - t0
    second = next(outcomes)
    t_second = time.perf_counter() - t0
    assert first.source.endswith("a-short.txt") and second.source.endswith("b-long.txt")
    assert t_second - t_first > 0.5, (t_first, t_second)


def test_a_file_that_exhausts_its_worker_is_its_own_error(tmp_path):
    bomb = bomb_pdf(tmp_path / "a-bomb.pdf")
    good = tmp_path / "b-good.txt"
    good.write_bytes((REPORTS / "wessex-da-2014.txt").read_bytes())
    opts = Options(jobs=2, max_inflated_bytes=4 << 30, worker_memory_bytes=1536 << 20)
    batch = extract([tmp_path], opts)
    assert [r.source for r in batch.reports] == [str(good)]
    assert len(batch.errors) == 1 and batch.errors[0].path == str(bomb)
    assert "crashed" in batch.errors[0].reason or "memory" in batch.errors[0].reason or \
        "no text layer" in batch.errors[0].reason


def test_a_crash_loses_no_other_file_in_flight(tmp_path):
    """A long file read beside one that crashes its worker still comes back: the files in
    flight at the crash are read again one by one, and every outcome is handed over."""
    text = (REPORTS / "northmoor-peel-2018.txt").read_text(encoding="utf-8")
    (tmp_path / "a-long.txt").write_text("\n\n".join([text] * 60), encoding="utf-8")
    bomb_pdf(tmp_path / "b-bomb.pdf")
    (tmp_path / "c-good.txt").write_bytes((REPORTS / "wessex-da-2014.txt").read_bytes())
    opts = Options(jobs=2, max_inflated_bytes=4 << 30, worker_memory_bytes=1536 << 20)
    batch = extract([tmp_path], opts)
    assert sorted(Path(r.source).name for r in batch.reports) == ["a-long.txt", "c-good.txt"]
    assert [Path(e.path).name for e in batch.errors] == ["b-bomb.pdf"]


def test_a_file_that_takes_too_long_is_its_own_error(tmp_path):
    import subprocess as sp

    slow = tmp_path / "slow.txt"
    slow.write_bytes((REPORTS / "northmoor-peel-2018.txt").read_bytes())
    proc = sp.run([sys.executable, "-m", "extractor", "extract", str(slow), "--max-seconds", "0.001", "-q"],
                  capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"error: {slow}: too slow to read (over 0.001 seconds; raise --max-seconds)"


@pytest.mark.exhaustive
def test_a_dask_cluster_gives_the_same_findings_as_a_local_run(tmp_path):
    """With the distributed extra: files read on a (local) Dask cluster give exactly the
    reports a local run gives, in the same order; a bad file is still one error."""
    distributed = pytest.importorskip("distributed")
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    sources = [*sorted(REPORTS.glob("*.pdf")), *sorted(REPORTS.glob("*.txt")), bad]
    local = extract(sources, Options(jobs=0))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = extract(sources, Options(scheduler=cluster.scheduler_address))
    assert [json.dumps(r.to_json(), sort_keys=True) for r in remote.reports] == \
        [json.dumps(r.to_json(), sort_keys=True) for r in local.reports]
    assert [(e.path, e.reason) for e in remote.errors] == [(e.path, e.reason) for e in local.errors]
    assert any(e.path == str(bad) for e in remote.errors)


def test_an_unreachable_scheduler_is_one_usage_error(monkeypatch):
    pytest.importorskip("distributed")
    import extractor.pipeline as pipeline
    from extractor.errors import UsageError

    monkeypatch.setattr(pipeline, "DEFAULT_SCHEDULER_TIMEOUT", 1)
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        extract(sorted(REPORTS.glob("*.txt")), Options(scheduler="tcp://127.0.0.1:9"))


def test_a_worker_is_limited_to_well_under_a_gigabyte():
    """A loaded worker may only grow by a fixed headroom: its address-space limit stays under 1 GB."""
    code = (
        "import resource\n"
        "from extractor.pipeline import Options, _worker_init\n"
        "from extractor.settings import DEFAULT_WORKER_MEMORY_BYTES\n"
        "_worker_init(Options(), DEFAULT_WORKER_MEMORY_BYTES, None)\n"
        "print(resource.getrlimit(resource.RLIMIT_AS)[0])\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 < int(proc.stdout) < 1024 ** 3
