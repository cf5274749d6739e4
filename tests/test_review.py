"""Corrections from users: review → train --add → evaluate --on, end to end.

A newsroom labels the sentences hmic is least sure of; retraining with those
labels gives a model folder that every command takes (--model), and scoring on
their own labels shows what changed. Retraining takes about a minute: slow.
"""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.publish.output import safe_cell
from extractor.publish.review import REVIEW_FIELDS
from extractor.training.corpus import merge_user_labels, read_review

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(__file__).resolve().parent.parent / "corpora"
REPORTS = ROOT / "reports"


def hmic(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=ROOT)


def test_review_sheet_lists_least_confident_sentences_with_context(tmp_path):
    out = tmp_path / "review.csv"
    proc = hmic("review", str(REPORTS), "-o", str(out), "--limit", "25", "-q")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 25
    assert list(rows[0]) == list(REVIEW_FIELDS)
    conf = [float(r["confidence"]) for r in rows]
    assert conf == sorted(conf)
    assert all(r["your_label"] == "" and r["text"] and r["source"] for r in rows)
    assert any(r["before"] for r in rows) and any(r["page"] for r in rows)


def test_review_cells_cannot_run_as_formulas():
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("-10 per cent") == "'-10 per cent"
    assert safe_cell("The force") == "The force"


def test_user_labels_win_over_ours(tmp_path):
    sheet = tmp_path / "r.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(REVIEW_FIELDS))
        w.writeheader()
        w.writerow({"your_label": "Strength", "text": "Officers know their beats well."})
        w.writerow({"your_label": "", "text": "Skipped: not labelled."})
        w.writerow({"your_label": "afi", "text": "'=Calls wait too long."})
    rows = read_review(sheet)
    assert [(r["text"], r["label"]) for r in rows] == [
        ("Officers know their beats well.", "strength"), ("=Calls wait too long.", "area_for_improvement")]
    ours = [{"text": "Officers know their beats well!", "label": "neutral"}, {"text": "Other.", "label": "neutral"}]
    merged = merge_user_labels(ours, rows)
    assert {(r["text"], r["label"]) for r in merged} == {
        ("Other.", "neutral"), ("Officers know their beats well.", "strength"), ("=Calls wait too long.", "area_for_improvement")}


def test_bad_review_sheet_is_one_line(tmp_path):
    sheet = tmp_path / "r.csv"
    sheet.write_text("your_label,text\nbrilliant,The force is fine.\n", encoding="utf-8")
    proc = hmic("evaluate", "--on", str(sheet))
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "r.csv:2: unknown label" in proc.stderr
    proc = hmic("train", "--add", str(sheet))
    assert proc.returncode == 2 and "--add needs --out" in proc.stderr


@pytest.mark.slow
def test_review_train_add_evaluate_on_round_trip(tmp_path):
    sheet = tmp_path / "review.csv"
    assert hmic("review", str(REPORTS), "-o", str(sheet), "--limit", "40", "-q").returncode == 0
    rows = list(csv.DictReader(sheet.open(encoding="utf-8")))
    # the "user" disagrees with the model on purpose: every sentence labelled the other side
    flip = {"strength": "area_for_improvement", "area_for_improvement": "strength", "mixed": "neutral",
            "neutral": "mixed"}
    for r in rows:
        r["your_label"] = flip[r["label"]]
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(REVIEW_FIELDS))
        w.writeheader()
        w.writerows(rows)
    before = hmic("evaluate", "--on", str(sheet))
    assert before.returncode == 0, before.stderr
    model = tmp_path / "my-model"
    # a small corpus keeps the test quick: the point is that the user's labels are learnt
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA, corpus, ignore=shutil.ignore_patterns("real"))
    for f in sorted((corpus / "sentences").glob("*.jsonl"))[2:]:
        f.unlink()
    trained = hmic("train", "--corpus", str(corpus), "--add", str(sheet), "--out", str(model), "-q")
    assert trained.returncode == 0, trained.stderr
    meta = json.loads((model / "model.json").read_text())
    assert meta["meta"]["user_labels"] == 40 and meta["meta"]["review_sheets"] == ["review.csv"]
    after = hmic("evaluate", "--model", str(model), "--on", str(sheet))
    assert after.returncode == 0, after.stderr

    def accuracy(out: str) -> float:
        return float(out.split("accuracy over the four labels:")[1].split()[0])

    assert accuracy(after.stdout) > accuracy(before.stdout) + 0.3
    # every command takes the model folder
    ext = hmic("extract", str(REPORTS / "wessex-da-2014.txt"), "--model", str(model), "-q")
    assert ext.returncode == 0 and ext.stdout
