"""Compare candidate classifiers on what they were not trained on.

    python bench/generalisation.py [--folds 3] [--out docs/model-comparison.md]

For each candidate (estimator and settings of ``SentenceModel``), the script
reports four figures, each named for what it measures:

- **cross-validation**: k-fold CV on the training corpus (our own writing);
- **held-out**: ``corpora/heldout`` (our own writing, another writer and topics);
- **out-of-distribution**: the sentences of ``tests/data/ood`` (reports written
  from public facts by a writer who never saw the corpus), labelled in reading
  order with their section, list context and previous sentence;
- **real**: real report text labelled blind (``corpora/real/*.jsonl``, git-ignored;
  the figure is skipped where the file is absent).

Model choice uses cross-validation *and* the out-of-distribution set; the real set
is reported, not tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.classify.labels import classify  # noqa: E402
from extractor.training.corpus import (  # noqa: E402
    heldout_files,
    load_corpus,
    spec_rows,
    training_files,
    with_passage_context,
)
from extractor.training.estimator import SentenceModel  # noqa: E402
from extractor.training.train import score  # noqa: E402

CANDIDATES: dict[str, dict[str, Any]] = {
    "linear SVM C=0.8, char n-grams weight 0.5": {"estimator": "svm", "svm_C": 0.8, "char_weight": 0.5},
    "linear SVM C=1.2, char n-grams weight 0.5": {"estimator": "svm", "svm_C": 1.2, "char_weight": 0.5},
    "linear SVM C=1.2, char n-grams weight 1": {"estimator": "svm", "svm_C": 1.2, "char_weight": 1.0},
    "logistic regression C=16": {"estimator": "lr", "C": 16.0, "char_weight": 1.0},
}


def labelled(model: SentenceModel, rows: list[dict[str, Any]]) -> tuple[list[str], list[str], list[float]]:
    res = classify([r["text"] for r in rows], sections=[r.get("heading") or r.get("section") for r in rows],
                   kinds=["bullet" if r.get("bullet") else "para" for r in rows], model=model,
                   prev=[r.get("prev") for r in rows])
    return [r["label"] for r in rows], [x.label for x in res], [x.confidence for x in res]


def high_confidence_accuracy(gold: list[str], pred: list[str], conf: list[float]) -> str:
    pairs = [(g, p) for g, p, c in zip(gold, pred, conf, strict=True) if c >= 0.9 and p != "neutral"]
    return f"{sum(g == p for g, p in pairs) / max(len(pairs), 1):.3f} (n={len(pairs)})"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--only", default=None)
    ap.add_argument("--out", default=str(ROOT / "docs" / "model-comparison.md"))
    args = ap.parse_args()
    train = with_passage_context(load_corpus(training_files()))
    held = load_corpus(heldout_files())
    ood = spec_rows(ROOT / "tests" / "data" / "ood")
    real = [json.loads(x) for p in sorted((ROOT / "corpora" / "real").glob("real*.jsonl"))
            if p.name in ("real-labelled.jsonl", "real2-labelled.jsonl")
            for x in p.read_text(encoding="utf-8").splitlines() if x.strip()]
    texts = [r["text"] for r in train]
    labels = np.array([r["label"] for r in train])
    lines = [
        f"| model | CV macro-F1 ({args.folds}-fold, n={len(train)}) | held-out (n={len(held)}) | "
        f"out-of-distribution (n={len(ood)}) | real (n={len(real)}) | OOD S / AFI F1 | real S / AFI F1 | "
        "OOD ≥0.9 right | real ≥0.9 right | train s |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, params in CANDIDATES.items():
        if args.only and args.only not in name:
            continue
        gold: list[str] = []
        pred: list[str] = []
        skf = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=13)
        for tr, te in skf.split(texts, labels):
            m = SentenceModel(**params).fit([texts[i] for i in tr], [labels[i] for i in tr])
            g, p, _ = labelled(m, [train[i] for i in te])
            gold += g
            pred += p
        cv = score(gold, pred)
        t0 = time.time()
        m = SentenceModel(**params).fit(texts, list(labels), [r.get("theme") for r in train])
        secs = time.time() - t0
        h = score(*labelled(m, held))
        og, op, oc = labelled(m, ood)
        o = score(og, op)
        if real:
            rg, rp, rc = labelled(m, real)
            rs = score(rg, rp)
            real_cols = (f"{rs.macro_f1:.3f}", f"{rs.strength_f1:.3f} / {rs.afi_f1:.3f}",
                         high_confidence_accuracy(rg, rp, rc))
        else:
            real_cols = ("–", "–", "–")
        line = (f"| {name} | {cv.macro_f1:.3f} | {h.macro_f1:.3f} | {o.macro_f1:.3f} | {real_cols[0]} | "
                f"{o.strength_f1:.3f} / {o.afi_f1:.3f} | {real_cols[1]} | {high_confidence_accuracy(og, op, oc)} | "
                f"{real_cols[2]} | {secs:.0f} |")
        print(line, flush=True)
        lines.append(line)
    Path(args.out).write_text(
        "# Model comparison: what generalises\n\n"
        "Produced by `python bench/generalisation.py`. Macro-F1 is the mean of the strength F1 "
        "(strength or mixed) and the area-for-improvement F1 (area_for_improvement or mixed). "
        "Cross-validation and held-out are our own writing; out-of-distribution is the sentences "
        "of `tests/data/ood` (written from public facts by a writer who never saw the corpus, "
        "scored here sentence by sentence in reading order; `bench/evaluate_reports.py` scores the "
        "same reports end to end as text and PDF); real is real report text labelled blind "
        "(kept out of git, URLs in `corpora/real/SOURCES.md`). \"≥0.9 right\" is the share of "
        "findings given confidence 0.9 or more whose label is right.\n\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
