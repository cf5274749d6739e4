"""A corpus of broken and hostile inputs, generated here, run alone and inside a batch
of good reports through extract, run and digest: one line per problem, exit codes as
documented, no traceback, and every good report's findings intact."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import write_pdf

REPORTS = Path(__file__).resolve().parent.parent / "reports"
GOOD = [REPORTS / "wessex-da-2014.txt", REPORTS / "wessex-peel-2016.pdf"]


def _bomb(path: Path) -> None:
    data = zlib.compress(b"\0" * (600 << 20), 9)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    for i, o in enumerate(objs, 1):
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    out += b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    path.write_bytes(bytes(out))


def make_bad_corpus(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input; return {file name: what its line must say}."""
    folder.mkdir(parents=True, exist_ok=True)
    expect = {}
    (folder / "empty.txt").write_text("")
    expect["empty.txt"] = "file is empty"
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    expect["binary.txt"] = "not a text file"
    (folder / "fake.pdf").write_bytes(b"this is not a pdf")
    expect["fake.pdf"] = "not a valid PDF"
    (folder / "truncated.pdf").write_bytes(GOOD[1].read_bytes()[:2000])
    expect["truncated.pdf"] = "PDF"
    _bomb(folder / "bomb.pdf")
    expect["bomb.pdf"] = "too large"
    (folder / "undecodable.txt").write_bytes(b"\x81\x8d\x8f\x90\x9d" * 40)
    expect["undecodable.txt"] = "decode"
    _page_tree_cycle(folder / "cycle.pdf")
    expect["cycle.pdf"] = "damaged PDF: page 2"
    # one line of 17 million characters: refused before it is decoded, split or labelled
    (folder / "oneline.txt").write_bytes(b"The force should improve the way it records crime. " * 330_000)
    expect["oneline.txt"] = "too large"
    return expect


def _page_tree_cycle(path: Path) -> None:
    """A PDF whose page tree lists itself among its own pages."""
    write_pdf(path, [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                     b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])


def hmic(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, cwd=cwd,
                          stdin=subprocess.DEVNULL, timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    return folder, make_bad_corpus(folder / "bad")


def _lines(proc: subprocess.CompletedProcess[bytes], prefix: str) -> list[str]:
    return [x for x in proc.stderr.decode("utf-8").splitlines() if x.startswith(prefix)]


@pytest.mark.parametrize("name", ["empty.txt", "binary.txt", "fake.pdf", "truncated.pdf", "bomb.pdf",
                                  "undecodable.txt", "cycle.pdf", "oneline.txt"])
def test_each_bad_file_alone_is_one_error_line(corpus, name):
    folder, expect = corpus
    proc = hmic("extract", str(folder / "bad" / name), "-q")
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {folder / 'bad' / name}: "), lines
    assert expect[name].lower() in lines[0].lower(), lines[0]


@pytest.mark.parametrize("command", ["extract", "run", "digest"])
def test_a_batch_with_bad_files_keeps_every_good_report(corpus, tmp_path, command):
    folder, expect = corpus
    batch = tmp_path / "batch"
    batch.mkdir()
    for g in GOOD:
        (batch / g.name).write_bytes(g.read_bytes())
    for name in expect:
        (batch / name).write_bytes((folder / "bad" / name).read_bytes())
    odd = os.fsencode(batch) + b"/caf\xe9\nnew.txt"
    with open(odd, "wb") as fh:
        fh.write(GOOD[0].read_bytes() + b"\n")  # not a copy: copies are one report
    out = tmp_path / ("out" if command == "run" else "out.jsonl" if command == "extract" else "digest.md")
    proc = hmic(command, str(batch), "-o", str(out))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 1 and "Traceback" not in err, err
    errors = _lines(proc, "error: ")
    assert len(errors) == len(expect), errors
    for name, why in expect.items():
        assert any(f"/{name}: " in e and why.lower() in e.lower() for e in errors), (name, errors)
    assert all("\n" not in e for e in errors)
    if command == "extract":
        sources = {json.loads(x)["source"] for x in out.read_text(encoding="utf-8").splitlines()}
    elif command == "run":
        sources = {r["source"] for r in json.loads((out / "reports.json").read_text(encoding="utf-8"))}
    else:
        text = out.read_text(encoding="utf-8")
        assert text.strip()
        sources = {s for s in (str(batch / g.name) for g in GOOD) if s in text}
        sources |= {"caf"} if "caf\\\\xe9\\\\nnew.txt" in text or "caf\\xe9" in text else set()
    assert {str(batch / g.name) for g in GOOD} <= sources


def test_digest_from_a_findings_file_with_bad_records(tmp_path):
    good = hmic("extract", str(GOOD[0]), "-q").stdout.decode("utf-8").splitlines()
    recs = [json.loads(x) for x in good]
    crafted = dict(recs[0], grade="<script>", published="x")
    lines = [json.dumps(r) for r in recs] + ["{not json", json.dumps({"text": "no id"}), json.dumps(crafted)]
    f = tmp_path / "f.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "d.md"
    proc = hmic("digest", str(f), "-o", str(out))
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 0 and "Traceback" not in err, err
    warnings = _lines(proc, "warning: ")
    assert len(warnings) == 3 and all(f"{f}:" in w and "record left out" in w for w in warnings), warnings
    md = out.read_text(encoding="utf-8")
    assert "<script>" not in md and md.strip()
