"""Re-join words that PDF extraction split ("supervi sion", "Requires i mprovement").

Text layers often place a gap inside a word (justification, letter-spacing,
kerning), and readers then insert a space. We re-join two pieces when at least
one is not a word we know and the joined form is; runs of single letters
("I n a d e q u a t e") are re-joined when the result is a known word. The word
list is built from our own corpus, taxonomies and gazetteer, so it knows the
vocabulary of inspection reports. ``hmic train`` writes it beside the model
(never from the held-out set, which would leak test wording into the reader).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.resources import corpora_dir, data_dir

_WORD = re.compile(r"[A-Za-z]+")
_TRAIL = ".,;:!?)]\"'’”"
_LETTERS = re.compile(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b")


#: File in the model folder holding the lexicon, one lower-case word a line.
LEXICON_FILE = "lexicon.txt"


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """The words of inspection reports, as built by ``hmic train`` from the training corpus.

    Falls back to the words of the taxonomies and the gazetteer (always shipped)
    when the model folder has no lexicon.
    """
    path = data_dir() / LEXICON_FILE
    if path.is_file():
        words = set(path.read_text(encoding="utf-8").split())
    else:
        words = set(reference_words())
    words.update(EXTRA_WORDS)
    return frozenset(words)


def words_of(text: str) -> set[str]:
    """Lower-case alphabetic words of a text, as the lexicon stores them."""
    return {w.lower() for w in _WORD.findall(text)}


def reference_words() -> set[str]:
    """Words of the shipped taxonomies and force gazetteer."""
    root = corpora_dir()
    words: set[str] = set()
    for p in sorted((root / "taxonomies").glob("*.json")) + [root / "forces.json"]:
        words |= words_of(p.read_text(encoding="utf-8"))
    return words


EXTRA_WORDS = (
    "requires improvement inadequate adequate outstanding good graded ungraded supervision "
    "investigation investigations safeguarding vulnerability vulnerable constabulary "
    "recommendation recommendations improvement improvements "
    # common words whose joined form is a word too: "per cent" and "case load" stay apart
    "per cent case load work some one any every no may be in to on can not for ever more times "
    "deed body where what when how who wide day time side line stream frame place"
).split()


#: A space the PDF reader saw drawn as a real word space between two pieces the lexicon
#: would join ("hot spots", "case load"): kept apart, and a plain space once words are joined.
KEPT_SPACE = "\u2005"


def known(piece: str, words: frozenset[str] | None = None) -> bool:
    """Is ``piece`` a word: in the lexicon, or a plain inflection of one ("spots",
    "tackled", "quickly")? The lexicon holds the corpus's words, not every form of them."""
    lex = words if words is not None else lexicon()
    piece = piece.lower()
    if piece in lex:
        return True
    for ending, stems in (("s", ("",)), ("es", ("", "e")), ("ed", ("", "e")), ("ing", ("", "e")), ("ly", ("",))):
        if piece.endswith(ending) and len(piece) > len(ending) + 2 and any(
                piece[: -len(ending)] + e in lex for e in stems):
            return True
    return False


def joinable(left: str, right: str, words: frozenset[str] | None = None) -> bool:
    """Would :func:`rejoin_split_words` join ``left`` and ``right`` (two alphabetic
    pieces) into one word?"""
    lex = words if words is not None else lexicon()
    return right[:1].islower() and _joins([left.lower(), right.lower()], lex)


def _joins(pieces: list[str], lex: frozenset[str]) -> bool:
    """Lower-case pieces that make a known word together, not all words on their own."""
    return not all(p in lex for p in pieces) and "".join(pieces) in lex


def rejoin_split_words(text: str, words: frozenset[str] | None = None) -> str:
    """Join pieces of words split by extraction, using the lexicon to decide; never across
    a :data:`KEPT_SPACE`, which becomes a plain space."""
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
    return " ".join(out).replace(KEPT_SPACE, " ")


def _join_at(toks: list[str], i: int, lex: frozenset[str]) -> tuple[str, int] | None:
    for span in (3, 2):
        parts = toks[i : i + span]
        if len(parts) < span or not all(p.isalpha() for p in parts[:-1]):
            continue
        last = re.match(r"[a-z]+", parts[-1])
        if not last or not parts[1][:1].islower():
            continue
        pieces = [p.lower() for p in parts[:-1]] + [last.group(0)]
        if _joins(pieces, lex):
            return "".join(parts), span
    return None
