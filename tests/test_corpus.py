"""Our data is ours: well-formed, independent of the test sets, and never copied.

Every labelled sentence is checked for its fields; no text in our corpus, sample
reports, test reports, docs or tests shares a run of six words with the seed
documents (real report text); the held-out set shares no sentence with training.
"""

from __future__ import annotations

import json
from pathlib import Path

import copycheck
import pytest
from conftest import SHARED, require_in_ci

from extractor.records import LABELS
from extractor.training.corpus import TRAINED_OOD_SETS, heldout_files, load_corpus, training_files

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = {"da2014", "cdi2014", "peel2014_2019", "peel2021", "thematic"}


def _theme_keys() -> set[str]:
    keys = set()
    for p in (ROOT / "corpora" / "taxonomies").glob("*.json"):
        keys |= {t["key"] for t in json.loads(p.read_text(encoding="utf-8"))["themes"]}
    return keys


def test_every_record_is_well_formed():
    keys = _theme_keys()
    for p in training_files() + heldout_files():
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            r = json.loads(line)
            where = f"{p.name}:{n}"
            assert r["text"].strip() == r["text"] and r["text"], where
            assert r["label"] in LABELS, where
            assert r["family"] in FAMILIES, where
            assert r.get("theme") is None or r["theme"] in keys, where
            assert r.get("batch"), where


def test_passages_keep_their_order_and_heading():
    """Corpus v3 batches are written as passages: context for the classifier."""
    v3 = [p for p in training_files() if p.name[:7] in ("train-h", "train-i", "train-j")]
    assert v3, "corpus v3 batches are present"
    total = 0
    for p in v3:
        rows = load_corpus([p])
        total += len(rows)
        assert all("passage" in r and "heading" in r and "kind" in r for r in rows), p.name
    assert total >= 3000


@pytest.mark.exhaustive
def test_nothing_is_copied_from_the_seed_documents():
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        require_in_ci("the seed documents (../shared/seeds) are not here")
    found = copycheck.copied([seeds])
    assert not found, [f"{p.name}: {run!r}" for p, _, run in found[:10]]


def test_copy_check_finds_a_copied_sentence(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "page.txt").write_text("The force was found to have effective arrangements for sharing information.")
    # shares "found to have effective arrangements for" (six words) with the page
    (tmp_path / "corpora" / "sentences").mkdir(parents=True)
    (tmp_path / "corpora" / "sentences" / "x.jsonl").write_text(
        json.dumps({"text": "Teams were found to have effective arrangements for referrals."}) + "\n"
        + json.dumps({"text": "Arrangements for sharing information work well."}) + "\n"
    )
    found = copycheck.copied([src], root=tmp_path)
    assert [t for _, t, _ in found] == ["Teams were found to have effective arrangements for referrals."]


def test_heldout_is_independent_of_training():
    train = {r["text"] for r in load_corpus(training_files())}
    held = load_corpus(heldout_files())
    assert not train & {r["text"] for r in held}
    assert {r["batch"] for r in held} == {"heldout"}


def _later_sets() -> list[str]:
    """The out-of-distribution sets never trained on: every set after TRAINED_OOD_SETS."""
    folders = [p.name for p in (ROOT / "tests" / "data").glob("ood*") if p.is_dir()]
    return sorted(f for f in folders if f not in TRAINED_OOD_SETS)


def test_ood_sets_after_the_trained_ones_are_not_in_training():
    """Sets 31 onward measure the model on other writers' reports: none of their sentences
    may come into training with the writers' batch (the first thirty sets are in it by
    design: see TRAINED_OOD_SETS). (Our own batches share a few stock lines with them,
    "Yours sincerely", "The full report is available on the inspectorate's website.",
    written independently.)"""
    later = _later_sets()
    assert "ood31" in later and "ood30" not in later
    train = {" ".join(r["text"].split()) for r in load_corpus(training_files()) if r["batch"] == "train-zz-writers"}
    assert len(train) > 10_000
    for name in later:
        for p in sorted((ROOT / "tests" / "data" / name).glob("*.json")):
            spec = json.loads(p.read_text(encoding="utf-8"))
            for sec in spec["sections"]:
                for b in sec["blocks"]:
                    for s in b.get("sentences", []) + b.get("items", []):
                        assert " ".join(s["text"].split()) not in train, (p.name, s["text"])


def test_the_writers_batch_is_what_its_script_writes_from_the_specs():
    """The trained-on writers' sentences keep the writers' own labels and themes: the
    committed batch is exactly what tools/writers_batch.py builds from the specs."""
    import writers_batch

    committed = (ROOT / "corpora" / "sentences" / f"{writers_batch.BATCH}.jsonl").read_text(encoding="utf-8")
    built = writers_batch.rows()
    assert committed == writers_batch.render(built)
    assert len(built) > 10_000
    held = {r["text"] for r in load_corpus(heldout_files())}
    assert not held & {r["text"] for r in built}
    assert {r["passage"].split("-")[0] for r in built} == {"ood", *(f"ood{n}" for n in range(2, 31))}
