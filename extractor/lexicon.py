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
    while i < len(toks):
        joined = False
        for span in (3, 2):
            parts = toks[i : i + span]
            if len(parts) < span or not all(p.isalpha() for p in parts[:-1]):
                continue
            last = re.match(r"[a-z]+", parts[-1])
            if not last or not parts[1][:1].islower():
                continue
            core = "".join(parts[:-1]) + last.group(0)
            if core.lower() in lex and any(
                p.lower() not in lex for p in parts[:-1] + [last.group(0)]
            ):
                out.append("".join(parts))
                i += span
                joined = True
                break
        if not joined:
            out.append(toks[i])
            i += 1
    return " ".join(out)
