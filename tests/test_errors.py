"""Every command answers bad input and bad options with one line and the documented code.

Exit status: 0 all well; 1 an input, model, corpus or output problem; 2 a usage
error (bad option, missing argument, nothing to do). Never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPORTS = Path(__file__).resolve().parent.parent / "reports"


def hmic(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True,
                          cwd=cwd, stdin=subprocess.DEVNULL)


def one_line(proc: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: "), lines[0]
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


@pytest.mark.parametrize("cmd", ["extract", "digest", "run", "train", "evaluate", "explain"])
def test_unknown_option_is_one_line_exit_2(cmd):
    one_line(hmic(cmd, "--no-such-option"), 2, "--no-such-option", f"hmic {cmd} -h")


@pytest.mark.parametrize("args", [
    ["extract"], ["digest"], ["run", str(REPORTS)], ["explain"],
    ["extract", "x.txt", "--format", "xml"], ["extract", "x.txt", "--reader", "nope"],
    ["digest", "x.jsonl", "-o", "d.pdf", "--format", "pdf"],
])
def test_missing_or_bad_arguments_are_usage_errors(args):
    one_line(hmic(*args), 2)


def test_unknown_command_is_a_usage_error():
    one_line(hmic("frobnicate"), 2, "frobnicate")


def test_library_usage_errors_exit_2(tmp_path):
    one_line(hmic("extract", str(tmp_path)), 2, "no .pdf, .txt or .md reports")
    one_line(hmic("extract", str(REPORTS / "wessex-da-2014.txt"), "--new-only"), 2, "--new-only needs --db")
    bad_tax = tmp_path / "tax.json"
    bad_tax.write_text("{not json")
    one_line(hmic("extract", str(REPORTS / "wessex-da-2014.txt"), "--taxonomy", str(bad_tax)), 2, "taxonomy")


def test_bad_input_file_is_one_line_exit_1(tmp_path):
    # -q silences the end-of-run summary, leaving only the error line
    one_line(hmic("extract", str(tmp_path / "missing.pdf"), "-q"), 1, "missing.pdf: no such file")
    one_line(hmic("digest", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "d.html"), "-q"), 1, "missing.txt")
    one_line(hmic("run", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"), "-q"), 1, "missing.txt")


def test_bad_findings_file_for_digest(tmp_path):
    bad = tmp_path / "f.jsonl"
    bad.write_text('{"nope": 1}\n')
    proc = hmic("digest", str(bad), "-o", str(tmp_path / "d.html"))
    assert "Traceback" not in proc.stderr
    assert proc.returncode in (1, 2)
    lines = proc.stderr.strip().splitlines()
    # each bad record is named on a warning line, then the file is one error line
    assert all(line.startswith(("error: ", "warning: ")) for line in lines)
    assert [x for x in lines if x.startswith("error: ")] == [f"error: {bad}: none of its 1 record(s) could be used"]
    assert not (tmp_path / "d.html").exists()  # never a 0-byte or empty digest


def test_train_on_a_bad_corpus(tmp_path):
    empty = tmp_path / "empty"
    (empty / "sentences").mkdir(parents=True)
    one_line(hmic("train", "--corpus", str(empty), "--out", str(tmp_path / "m")), 1, "labelled sentences")
    broken = tmp_path / "broken"
    (broken / "sentences").mkdir(parents=True)
    (broken / "sentences" / "a.jsonl").write_text('{"text": "x", "label": "neutral"}\n{oops\n')
    one_line(hmic("train", "--corpus", str(broken), "--out", str(tmp_path / "m")), 1, "a.jsonl:2", "invalid JSON")
    one_line(hmic("train", "--corpus", str(tmp_path / "nowhere")), 2)


def test_evaluate_with_bad_model_or_heldout(tmp_path):
    one_line(hmic("evaluate", "--model", str(tmp_path)), 1, "no trained model")
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "model.json").write_text(json.dumps({"format": 2}))
    (damaged / "model.npz").write_bytes(b"not an npz")
    one_line(hmic("evaluate", "--model", str(damaged)), 1, "model")
    held = tmp_path / "h.jsonl"
    held.write_text("[1, 2]\n")
    one_line(hmic("evaluate", "--heldout", str(held)), 1, "h.jsonl:1")


def test_explain_with_a_missing_model(tmp_path):
    one_line(hmic("explain", "Officers are well trained.", "--model", str(tmp_path)), 1, "no trained model")


def test_help_and_version_exit_0():
    for args in (["-h"], ["--version"], ["extract", "-h"]):
        proc = hmic(*args)
        assert proc.returncode == 0 and proc.stdout and not proc.stderr
