"""Re-join words that PDF extraction split ("supervi sion", "Requires i mprovement").

Text layers often place a gap inside a word (justification, letter-spacing,
kerning), and readers then insert a space. We re-join two pieces when at least
one is not a word we know and the joined form is; runs of single letters
("I n a d e q u a t e") are re-joined when the result is a known word. The word
list is built from our own corpus, taxonomies and gazetteer, so it knows the
vocabulary of inspection reports.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from extractor.resources import corpora_dir

_WORD = re.compile(r"[A-Za-z]+")
_TRAIL = ".,;:!?)]\"'’”"
_LETTERS = re.compile(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b")


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    words: set[str] = set()
    root = corpora_dir()
    for p in sorted((root / "sentences").glob("*.jsonl")) + sorted((root / "heldout").glob("*.jsonl")):
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                try:
                    words.update(w.lower() for w in _WORD.findall(json.loads(line).get("text", "")))
                except ValueError:
                    continue
    for p in list((root / "taxonomies").glob("*.json")) + [root / "forces.json"]:
        words.update(w.lower() for w in _WORD.findall(p.read_text(encoding="utf-8")))
    words.update(EXTRA_WORDS)
    return frozenset(words)


EXTRA_WORDS = (
    "requires improvement inadequate adequate outstanding good graded ungraded supervision "
    "investigation investigations safeguarding vulnerability vulnerable constabulary "
    "recommendation recommendations improvement improvements"
).split()


def rejoin_split_words(text: str, words: frozenset[str] | None = None) -> str:
    """Join pieces of words split by extraction, using the lexicon to decide."""
    lex = words if words is not None else lexicon()

    def letters(m: re.Match[str]) -> str:
        joined = m.group(0).replace(" ", "")
        return joined if joined.lower() in lex else m.group(0)

    text = _LETTERS.sub(letters, text)

    toks = text.split(" ")
    out: list[str] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        # fast path: a known word followed by a known word (or by nothing joinable) stays
        if i + 1 < n and tok.isalpha() and toks[i + 1][:1].islower() and not (
            tok.lower() in lex and toks[i + 1].rstrip(_TRAIL).lower() in lex
        ):
            joined = _join_at(toks, i, lex)
            if joined:
                out.append(joined[0])
                i += joined[1]
                continue
        out.append(tok)
        i += 1
    return " ".join(out)


def _join_at(toks: list[str], i: int, lex: frozenset[str]) -> tuple[str, int] | None:
    for span in (3, 2):
        parts = toks[i : i + span]
        if len(parts) < span or not all(p.isalpha() for p in parts[:-1]):
            continue
        last = re.match(r"[a-z]+", parts[-1])
        if not last or not parts[1][:1].islower():
            continue
        pieces = [p.lower() for p in parts[:-1]] + [last.group(0)]
        if all(p in lex for p in pieces):
            continue
        if "".join(pieces) in lex:
            return "".join(parts), span
    return None
