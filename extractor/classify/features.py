"""Text analyzers shared by training (scikit-learn) and inference (numpy only).

The same functions turn a sentence into word and character n-grams when the
model is trained with ``TfidfVectorizer`` and when the shipped model scores
sentences without importing scikit-learn, so both see identical features.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Typographic quotes folded to plain ones before anything else sees the text.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})
_CONTRACTIONS = (
    (re.compile(r"\b(can)'t\b", re.I), r"\1 not"),
    (re.compile(r"\bwon't\b", re.I), "will not"),
    (re.compile(r"\bshan't\b", re.I), "shall not"),
    (re.compile(r"n't\b", re.I), " not"),
    (re.compile(r"'re\b", re.I), " are"),
    (re.compile(r"'ve\b", re.I), " have"),
    (re.compile(r"'ll\b", re.I), " will"),
    (re.compile(r"\b(I)'m\b"), r"\1 am"),
)


def model_text(text: str) -> str:
    """The text as the model sees it: plain quotes and contractions spelled out.

    Reports are typeset with curly apostrophes and, since 2021, written with
    contractions ("doesn’t", "isn’t"); our corpus mostly spells them out. Folding
    both to one form lets the model read "doesn’t always" as "does not always".
    """
    t = text.translate(_QUOTES)
    if "'" in t:
        for pat, rep in _CONTRACTIONS:
            t = pat.sub(rep, t)
    return t


WORD_NGRAMS = (1, 3)
CHAR_NGRAMS = (2, 5)
_TOKEN = re.compile(r"(?u)\b\w[\w'-]*\b")


def word_analyzer(text: str) -> list[str]:
    """Lower-cased word 1–3-grams (as sklearn's word analyzer with our token pattern)."""
    toks = _TOKEN.findall(text.lower())
    out = list(toks)
    lo, hi = WORD_NGRAMS
    for n in range(max(lo, 2), hi + 1):
        out.extend(" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1))
    return out


@lru_cache(maxsize=200_000)
def _word_char_ngrams(word: str) -> tuple[str, ...]:
    """Character n-grams of one padded word, as sklearn's ``char_wb`` makes them.

    Words repeat across sentences, so caching per word makes this several times
    faster than sklearn's analyzer, with the same n-grams.
    """
    w = f" {word} "
    lo, hi = CHAR_NGRAMS
    out: list[str] = []
    for n in range(lo, hi + 1):
        if n > len(w):
            break
        out.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return tuple(out)


def char_wb_analyzer(text: str) -> list[str]:
    out: list[str] = []
    for word in text.lower().split():
        out.extend(_word_char_ngrams(word))
    return out
