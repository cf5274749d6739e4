"""Train and evaluate the sentence classifier from ``corpora/``.

Training reads ``corpora/sentences/*.jsonl``; evaluation reads the independent
held-out set ``corpora/heldout/*.jsonl``, which is never used for training or
model selection. Scores follow the project's convention: a sentence counts as a
strength if labelled ``strength`` or ``mixed``, and likewise for areas for
improvement; macro-F1 is the mean of those two F1 scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from extractor.classify.labels import Scorer, classify
from extractor.errors import CorpusError
from extractor.records import LABELS
from extractor.resources import data_dir

if TYPE_CHECKING:
    from extractor.training.estimator import SentenceModel
from extractor.training.corpus import (
    default_corpus,
    heldout_files,
    load_corpus,
    merge_user_labels,
    read_review,
    training_files,
    with_passage_context,
)
from extractor.training.lexicon import build_lexicon


def train(corpus: Path | None = None, out: Path | None = None, add: list[Path] | None = None,
          cv_folds: int = 0, **params: Any) -> SentenceModel:
    """Fit the classifier on a corpus folder and write it (and its lexicon) to ``out``.

    ``add`` are review sheets labelled by a user (``hmic review``); their labels are
    added to the corpus and win over ours for the same sentence.
    """
    from extractor.training.estimator import SentenceModel

    files = training_files(corpus)
    rows = load_corpus(files)
    user = [r for p in add or [] for r in read_review(p)]
    if add and not user:
        raise CorpusError(f"no labelled rows in {', '.join(map(str, add))} (fill in the your_label column)")
    rows = merge_user_labels(rows, user)
    if len(rows) < 50:
        where = (corpus or default_corpus()) / "sentences"
        raise CorpusError(f"{where}: only {len(rows)} labelled sentences found; need at least 50")
    cv = cross_validate(rows, cv_folds, **params) if cv_folds else None
    model = SentenceModel(**params).fit(
        [r["text"] for r in rows], [r["label"] for r in rows], [r.get("theme") for r in rows]
    )
    model.meta_ = {"sentences": len(rows), "files": [p.name for p in files],
                   "user_labels": len(user), "review_sheets": [p.name for p in add or []]}
    if cv is not None:
        model.meta_["cross_validation"] = {"folds": cv_folds, "n": cv.n, "macro_f1": round(cv.macro_f1, 4),
                                           "strength_f1": round(cv.strength_f1, 4), "afi_f1": round(cv.afi_f1, 4)}
    target = out or data_dir()
    model.save(target)
    build_lexicon(files, target)
    return model


def cross_validate(rows: list[dict[str, Any]], folds: int, **params: Any) -> Scores:
    """k-fold cross-validation on training rows, labelled with their passage context."""
    from sklearn.model_selection import StratifiedKFold

    from extractor.training.estimator import SentenceModel

    rows = with_passage_context(rows)
    labels = [r["label"] for r in rows]
    gold: list[str] = []
    pred: list[str] = []
    conf: list[float] = []
    for tr, te in StratifiedKFold(n_splits=folds, shuffle=True, random_state=13).split(rows, labels):
        m = SentenceModel(**params).fit([rows[i]["text"] for i in tr], [labels[i] for i in tr])
        test = [rows[i] for i in te]
        res = classify([r["text"] for r in test], sections=[r.get("heading") for r in test], model=m,
                       kinds=["bullet" if r.get("bullet") else "para" for r in test],
                       prev=[r.get("prev") for r in test])
        gold += [r["label"] for r in test]
        pred += [x.label for x in res]
        conf += [x.confidence for x in res]
    return score(gold, pred, conf)


@dataclass
class Scores:
    n: int
    per_label: dict[str, tuple[float, float, float, int]]  # precision, recall, f1, support
    strength_f1: float
    afi_f1: float
    accuracy: float
    reliability: list[tuple[str, int, float, float]]

    @property
    def macro_f1(self) -> float:
        return (self.strength_f1 + self.afi_f1) / 2


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def finding_f1(pairs: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Strength F1 and area-for-improvement F1 over (gold, predicted) label pairs, with
    ``mixed`` counting for both sides, and their mean (the project's macro-F1)."""

    def side(labs: set[str]) -> float:
        tp = sum(1 for g, p in pairs if g in labs and p in labs)
        fp = sum(1 for g, p in pairs if g not in labs and p in labs)
        fn = sum(1 for g, p in pairs if g in labs and p not in labs)
        return _prf(tp, fp, fn)[2]

    s, a = side({"strength", "mixed"}), side({"area_for_improvement", "mixed"})
    return s, a, (s + a) / 2


def score(gold: list[str], pred: list[str], conf: list[float] | None = None) -> Scores:
    """Per-label P/R/F1, the two-sided finding F1s and a reliability table."""
    per: dict[str, tuple[float, float, float, int]] = {}
    for lab in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p != lab)
        per[lab] = (*_prf(tp, fp, fn), sum(1 for g in gold if g == lab))

    rel: list[tuple[str, int, float, float]] = []
    if conf is not None:
        c = np.asarray(conf)
        ok = np.asarray([g == p for g, p in zip(gold, pred, strict=True)])
        for lo, hi in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)):
            m = (c >= lo) & (c < hi)
            if m.sum():
                rel.append((f"{lo:.2f}–{min(hi, 1.0):.2f}", int(m.sum()), float(c[m].mean()), float(ok[m].mean())))
    acc = sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / max(len(gold), 1)
    s_f1, a_f1, _ = finding_f1(list(zip(gold, pred, strict=True)))
    return Scores(len(gold), per, s_f1, a_f1, acc, rel)


def evaluate(model: Scorer | None = None, files: list[Path] | None = None,
             rows: list[dict[str, Any]] | None = None) -> Scores:
    """Scores on labelled rows (default: the held-out set), with their context where known."""
    if rows is None:
        rows = load_corpus(files or heldout_files())
    if not rows:
        raise CorpusError("no labelled sentences to evaluate on")
    texts = [r["text"] for r in rows]
    res = classify(texts, sections=[r.get("section") or r.get("heading") for r in rows], model=model,
                   kinds=["bullet" if r.get("bullet") else "para" for r in rows],
                   prev=[r.get("prev") for r in rows])
    return score([r["label"] for r in rows], [x.label for x in res], [x.confidence for x in res])


def format_scores(s: Scores, name: str = "held-out") -> str:
    lines = [f"{name} sentences: {s.n}", "", f"{'label':<22}{'precision':>10}{'recall':>8}{'f1':>7}{'support':>9}"]
    for lab, (p, r, f, n) in s.per_label.items():
        lines.append(f"{lab:<22}{p:>10.3f}{r:>8.3f}{f:>7.3f}{n:>9d}")
    lines += [
        "",
        f"strength F1 (strength or mixed):              {s.strength_f1:.3f}",
        f"area for improvement F1 (afi or mixed):       {s.afi_f1:.3f}",
        f"macro-F1 over the two:                        {s.macro_f1:.3f}",
        f"accuracy over the four labels:                {s.accuracy:.3f}",
    ]
    if s.reliability:
        lines += ["", "reliability (confidence bin, n, mean confidence, accuracy)"]
        lines += [f"  {b:<11}{n:>6}{c:>8.3f}{a:>8.3f}" for b, n, c, a in s.reliability]
    return "\n".join(lines)


def format_summary(model_meta: dict[str, Any], results: dict[str, tuple[str, Scores]]) -> str:
    """One line per figure, each named for what it measures."""
    lines = ["", "figures (macro-F1 = mean of strength F1 and area-for-improvement F1):"]
    cv = model_meta.get("cross_validation")
    if cv:
        lines.append(f"  cross-validation ({cv['folds']}-fold on the training corpus, n={cv['n']}, "
                     f"computed by hmic train): macro-F1 {cv['macro_f1']:.3f}")
    for name, (what, s) in results.items():
        lines.append(f"  {name} ({what}, n={s.n}): macro-F1 {s.macro_f1:.3f} "
                     f"(strength {s.strength_f1:.3f}, area for improvement {s.afi_f1:.3f})")
    return "\n".join(lines)
