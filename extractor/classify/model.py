"""The shipped classifier at run time: numpy only, loaded from JSON and ``.npz``.

Training uses scikit-learn (:mod:`extractor.training`); scoring does not need it.
A linear model is a dot product and a softmax, and TF-IDF is a lookup, a log and a
norm, so the run-time model rebuilds exactly those from the saved vocabularies
and arrays. That keeps start-up fast (no scikit-learn import) and loading safe:
``np.load(..., allow_pickle=False)`` can never run code.

This module owns the file format, for writing (called by ``hmic train``) as well
as reading. Format 2 keeps the repository and the wheel small: vocabularies as
newline-joined UTF-8 bytes, weights as float16, theme weights below
:data:`~extractor.settings.DEFAULT_THEME_WEIGHT_FLOOR` dropped (they never change
a theme), all in one compressed ``.npz``; ``model.json`` holds only settings.
"""

from __future__ import annotations

import json
import math
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from extractor.classify.cues import CUE_NAMES, cue_matrix
from extractor.classify.features import (
    CHAR_NGRAMS,
    WORD_NGRAMS,
    _word_char_ngrams,
    model_text,
    word_analyzer,
)
from extractor.errors import ModelError
from extractor.settings import DEFAULT_THEME_WEIGHT_FLOOR

MODEL_FORMAT = 2
#: Theme label for sentences that are about no theme in particular.
NO_THEME = "__none__"


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class FrozenModel:
    """Scores sentences with a model written by :meth:`SentenceModel.save`."""

    def __init__(self, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
        self.meta_ = meta.get("meta", {})
        self.classes_ = [str(c) for c in meta["classes"]]
        self.cue_weight = float(meta["cue_weight"])
        self.char_weight = float(meta.get("char_weight", 1.0))
        self._word_names = _unpack_vocab(arrays["word_vocab"])
        self._char_names = _unpack_vocab(arrays["char_vocab"])
        self._word = {t: i for i, t in enumerate(self._word_names)}
        self._char = {t: i for i, t in enumerate(self._char_names)}
        self._char_cache: dict[str, list[int]] = {}
        self._word_idf = np.asarray(arrays["word_idf"], dtype=np.float64)
        self._char_idf = np.asarray(arrays["char_idf"], dtype=np.float64)
        self._coef = np.asarray(arrays["coef"], dtype=np.float64)
        self._intercept = np.asarray(arrays["intercept"], dtype=np.float64)
        nw, nc = len(self._word), len(self._char)
        if self._coef.shape[1] != nw + nc + len(CUE_NAMES):
            raise ModelError("model arrays do not match its vocabularies; run 'hmic train'")
        self._char_off = nw
        self._cue_off = nw + nc
        self.theme_classes_ = [str(c) for c in meta.get("theme_classes", [])]
        self._theme_coef = np.asarray(arrays["theme_coef"], dtype=np.float64) if self.theme_classes_ else None
        self._theme_intercept = np.asarray(arrays["theme_intercept"], dtype=np.float64) if self.theme_classes_ else None

    @classmethod
    def load(cls, directory: str | Path) -> FrozenModel:
        d = Path(directory)
        try:
            meta = json.loads((d / "model.json").read_text(encoding="utf-8"))
            with np.load(d / "model.npz", allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in npz.files}
        except FileNotFoundError:
            raise ModelError(f"no trained model in {d} (run 'hmic train')") from None
        except (ValueError, OSError) as exc:
            raise ModelError(f"cannot read the model in {d} ({exc})") from None
        if meta.get("format") != MODEL_FORMAT:
            raise ModelError(f"model in {d} has format {meta.get('format')}, expected {MODEL_FORMAT}")
        if meta.get("cue_names") != list(CUE_NAMES):
            raise ModelError(f"model in {d} was trained with other cue features; run 'hmic train'")
        params = {meta["word_params"]["analyzer"]: tuple(meta["word_params"]["ngram_range"]),
                  meta["char_params"]["analyzer"]: tuple(meta["char_params"]["ngram_range"])}
        if params != {"hmic_word": WORD_NGRAMS, "hmic_char_wb": CHAR_NGRAMS}:
            raise ModelError(f"model in {d} was trained with other n-gram settings; run 'hmic train'")
        meta.setdefault("meta", {})["loaded_from"] = str(d)
        try:
            return cls(meta, arrays)
        except (KeyError, ValueError, UnicodeDecodeError) as exc:
            raise ModelError(f"model in {d} is incomplete or damaged ({type(exc).__name__}: {exc})") from None

    @property
    def source(self) -> str:
        """Where the model was loaded from (shown by ``hmic evaluate``)."""
        return str(self.meta_.get("loaded_from", "(in memory)"))

    # -- features ---------------------------------------------------------------
    @staticmethod
    def _tfidf(terms: list[str], index: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return FrozenModel._weights([j for j in map(index.get, terms) if j is not None], idf)

    @staticmethod
    def _weights(ids: list[int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Sublinear TF-IDF with L2 norm, as ``TfidfVectorizer(sublinear_tf=True)``."""
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        u, c = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
        v = (1.0 + np.log(c)) * idf[u]
        return u, v / math.sqrt(float(v @ v))

    def _char_ids(self, word: str) -> list[int]:
        """Vocabulary ids of one word's character n-grams, cached: words repeat a lot."""
        ids = self._char_cache.get(word)
        if ids is None:
            get = self._char.get
            ids = [j for j in map(get, _word_char_ngrams(word)) if j is not None]
            if len(self._char_cache) < 500_000:
                self._char_cache[word] = ids
        return ids

    def _word_id_list(self, text: str) -> list[int]:
        """Vocabulary ids of a (model-folded) text's word n-grams, unknown ones left out."""
        return [j for j in map(self._word.get, word_analyzer(text)) if j is not None]

    def _char_id_list(self, text: str) -> list[int]:
        """Vocabulary ids of a (model-folded) text's character n-grams, word by word."""
        ids: list[int] = []
        for word in text.lower().split():
            ids.extend(self._char_ids(word))
        return ids

    def _char_tfidf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        return self._weights(self._char_id_list(text), self._char_idf)

    def _vector(self, text: str, cues: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        wi, wv = self._tfidf(word_analyzer(text), self._word, self._word_idf)
        ci, cv = self._char_tfidf(text)
        nz = np.flatnonzero(cues)
        idx = np.concatenate([wi, ci + self._char_off, nz + self._cue_off])
        val = np.concatenate([wv, cv * self.char_weight, cues[nz] * self.cue_weight])
        return idx, val

    @staticmethod
    def _block(id_lists: list[list[int]], idf: np.ndarray, n_cols: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sublinear, L2-normalised TF-IDF of many texts at once: (row, column, value) arrays.

        The same values as :meth:`_weights` per text, with one sort for the whole
        batch instead of numpy calls per sentence.
        """
        lengths = np.fromiter((len(x) for x in id_lists), dtype=np.int64, count=len(id_lists))
        if not lengths.sum():
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty, np.zeros(0)
        rows = np.repeat(np.arange(len(id_lists), dtype=np.int64), lengths)
        cols = np.fromiter(chain.from_iterable(id_lists), dtype=np.int64, count=int(lengths.sum()))
        keys, counts = np.unique(rows * n_cols + cols, return_counts=True)
        rows, cols = np.divmod(keys, n_cols)
        vals = (1.0 + np.log(counts)) * idf[cols]
        norms = np.sqrt(np.bincount(rows, weights=vals * vals, minlength=len(id_lists)))
        return rows, cols, vals / norms[rows]

    # -- inference ----------------------------------------------------------------
    def predict_proba(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, len(self.classes_)))
        texts = [model_text(t) for t in texts]
        n = len(texts)
        cues = cue_matrix(texts)
        wr, wc, wv = self._block([self._word_id_list(t) for t in texts], self._word_idf, self._char_off)
        cr, cc, cv = self._block([self._char_id_list(t) for t in texts], self._char_idf,
                                 self._cue_off - self._char_off)
        z = cues @ (self._coef[:, self._cue_off:].T * self.cue_weight) + self._intercept
        for k in range(len(self.classes_)):
            z[:, k] += np.bincount(wr, weights=wv * self._coef[k, wc], minlength=n)
            z[:, k] += np.bincount(cr, weights=cv * self._coef[k, self._char_off + cc], minlength=n) * self.char_weight
        return _softmax(z)

    def predict(self, texts: list[str]) -> list[str]:
        return [self.classes_[i] for i in self.predict_proba(texts).argmax(axis=1)]

    def theme_proba(self, texts: list[str]) -> tuple[list[str], np.ndarray]:
        if self._theme_coef is None or not texts:
            return [], np.zeros((len(texts), 0))
        assert self._theme_intercept is not None
        rows, cols, vals = self._block([self._word_id_list(model_text(t)) for t in texts], self._word_idf,
                                       self._char_off)
        z = np.tile(self._theme_intercept, (len(texts), 1))
        for k in range(len(self.theme_classes_)):
            z[:, k] += np.bincount(rows, weights=vals * self._theme_coef[k, cols], minlength=len(texts))
        return self.theme_classes_, _softmax(z)

    def explain(self, text: str, top: int = 8) -> list[tuple[str, str, float]]:
        """Word and cue features that pushed ``text`` towards its predicted label."""
        text = model_text(text)
        cues = cue_matrix([text])[0]
        idx, val = self._vector(text, cues)
        lab = int((self._coef[:, idx] @ val + self._intercept).argmax())
        contrib = []
        for j, v in zip(idx, val, strict=True):
            if j < self._char_off:
                name = f"word:{self._word_names[j]}"
            elif j < self._cue_off:
                continue  # character n-grams explain little to a reader
            else:
                name = f"cue:{CUE_NAMES[j - self._cue_off]}"
            contrib.append((name, float(v * self._coef[lab, j])))
        contrib.sort(key=lambda x: -abs(x[1]))
        return [(self.classes_[lab], n, round(c, 4)) for n, c in contrib[:top]]


def _pack_vocab(terms: list[str]) -> np.ndarray:
    """Vocabulary as one byte array: compact, and loadable without pickle."""
    if any("\n" in t for t in terms):
        raise ModelError("a vocabulary term contains a newline; cannot store it")
    return np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)


def _unpack_vocab(data: np.ndarray) -> list[str]:
    raw = np.asarray(data, dtype=np.uint8).tobytes().decode("utf-8")
    return raw.split("\n") if raw else []


def save_model(directory: str | Path, meta: dict[str, Any], arrays: dict[str, np.ndarray],
               word_vocab: list[str], char_vocab: list[str]) -> None:
    """Write a model in the current format: ``model.json`` and a compressed ``model.npz``.

    ``meta`` holds settings (classes, n-gram parameters, cue names, theme classes);
    ``arrays`` the learned weights and IDF vectors, stored at reduced precision.
    """
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    out: dict[str, np.ndarray] = {
        "word_vocab": _pack_vocab(word_vocab),
        "char_vocab": _pack_vocab(char_vocab),
        "word_idf": np.asarray(arrays["word_idf"], dtype=np.float32),
        "char_idf": np.asarray(arrays["char_idf"], dtype=np.float32),
        "coef": np.asarray(arrays["coef"], dtype=np.float16),
        "intercept": np.asarray(arrays["intercept"], dtype=np.float32),
    }
    if "theme_coef" in arrays:
        tc = np.asarray(arrays["theme_coef"], dtype=np.float64).copy()
        tc[np.abs(tc) < DEFAULT_THEME_WEIGHT_FLOOR] = 0.0
        out["theme_coef"] = tc.astype(np.float16)
        out["theme_intercept"] = np.asarray(arrays["theme_intercept"], dtype=np.float32)
    meta = {**meta, "format": MODEL_FORMAT, "cue_names": list(CUE_NAMES)}
    meta.pop("word_vocab", None)
    meta.pop("char_vocab", None)
    tmp_json, tmp_npz = d / "model.json.tmp", d / "model.tmp.npz"
    tmp_json.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    np.savez_compressed(tmp_npz, **out)  # type: ignore[arg-type]  # numpy's stub types **kwds as bool
    tmp_npz.replace(d / "model.npz")
    tmp_json.replace(d / "model.json")
