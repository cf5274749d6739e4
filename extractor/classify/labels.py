"""Label sentences: the trained model plus the context a careful reader uses.

The model sees one sentence. Readers also use where it sits: an item under
"Areas for improvement" or "Recommendations" is a criticism even when it reads
as an instruction, "Innovative practice" describes a strength, and text that
every report of a family repeats (the boilerplate introduction) is context.
Clause-level checks make a sentence whose clauses disagree ``mixed`` and give
each finding the clause that states it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

from extractor.classify.cues import CONTRAST, LEADING_CONTRAST, MODAL, split_clauses
from extractor.classify.model import FrozenModel
from extractor.resources import data_dir
from extractor.settings import DEFAULT_CLAUSE_PROB
from extractor.vocabulary import AFI_SECTION, CONTEXT_SECTION, GOOD_SECTION, text_key

_MODEL: FrozenModel | None = None


class Scorer(Protocol):
    """What classification needs of a model: the trained or the shipped one."""

    classes_: list[str]

    def predict_proba(self, texts: list[str]) -> np.ndarray: ...


def default_model() -> FrozenModel:
    """The model shipped with the package (trained from corpora/ by ``hmic train``)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = FrozenModel.load(data_dir())
    return _MODEL


@dataclass
class Labelled:
    label: str
    confidence: float
    clause: str | None


def classify(
    texts: list[str],
    sections: list[str | None] | None = None,
    kinds: list[str] | None = None,
    model: Scorer | None = None,
    boilerplate: set[str] | None = None,
) -> list[Labelled]:
    """Label each sentence; ``sections`` and ``kinds`` (para/bullet) add context."""
    model = model or default_model()
    if not texts:
        return []
    sections = sections or [None] * len(texts)
    kinds = kinds or ["para"] * len(texts)
    proba = model.predict_proba(texts)
    classes = model.classes_
    idx = {c: i for i, c in enumerate(classes)}
    adjusted: list[np.ndarray] = []
    for i, text in enumerate(texts):
        p = proba[i].copy()
        sec = sections[i] or ""
        if boilerplate and text_key(text) in boilerplate:
            p = np.zeros_like(p)
            p[idx["neutral"]] = 1.0
        elif AFI_SECTION.search(sec) and (kinds[i] == "bullet" or MODAL.search(text.lower())):
            p = _boost(p, idx["area_for_improvement"], 0.6)
        elif GOOD_SECTION.search(sec):
            p = _boost(p, idx["strength"], 0.5)
        elif CONTEXT_SECTION.search(sec):
            p = _boost(p, idx["neutral"], 0.35)
        lead = LEADING_CONTRAST.match(text)
        if lead and not CONTRAST.search(text[lead.end():].lower()):
            # "However, …" contrasts with the previous sentence: this one is not mixed
            p[idx["mixed"]] *= 0.25
        adjusted.append(p)
    s_i, a_i = idx["strength"], idx["area_for_improvement"]
    # clause-level probabilities, only where they can change the outcome: a sentence
    # labelled strength or area for improvement that splits at a contrast
    clause_lists: dict[int, list[str]] = {}
    for i, p in enumerate(adjusted):
        if int(p.argmax()) in (s_i, a_i):
            cl = split_clauses(texts[i])
            if len(cl) > 1:
                clause_lists[i] = cl
    flat = [c for cl in clause_lists.values() for c in cl]
    flat_p = model.predict_proba(flat) if flat else np.zeros((0, len(classes)))
    out: list[Labelled] = []
    k = 0
    for i, text in enumerate(texts):
        p = adjusted[i]
        label = classes[int(p.argmax())]
        clause = None
        clauses = clause_lists.get(i)
        if clauses:
            cp = flat_p[k : k + len(clauses)]
            k += len(clauses)
            best_s = float(cp[:, s_i].max())
            best_a = float(cp[:, a_i].max())
            if best_s > DEFAULT_CLAUSE_PROB and best_a > DEFAULT_CLAUSE_PROB:
                label = "mixed"
                p[idx["mixed"]] = max(p[idx["mixed"]], min(best_s, best_a))
            elif label == "strength":
                clause = clauses[int(cp[:, s_i].argmax())]
            elif label == "area_for_improvement":
                clause = clauses[int(cp[:, a_i].argmax())]
            if clause is not None and clause == text:
                clause = None
        conf = float(p[idx[label]] / p.sum()) if p.sum() > 0 else 0.0
        out.append(Labelled(label, round(conf, 4), clause))
    return out


def _boost(p: np.ndarray, j: int, weight: float) -> np.ndarray:
    q = p * (1 - weight)
    q[j] += weight
    return q
