"""Sentence splitting with spaCy: ``spacy.blank("en")`` plus our own boundary rules.

spaCy's rule-based ``sentencizer`` splits after every full stop, which breaks
"No. 3", "p. 12" and names such as "St. Helens". Our component sets sentence
starts from the tokenizer's output with the abbreviations that reports use, and
never splits inside brackets. Paragraph blocks are split; each bullet item is
one sentence; headings, titles and date lines never become sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractor.read.normalize import strip_footnote_markers
from extractor.records import Block, Sentence
from extractor.settings import SPACY_CHUNK_CHARS

#: Tokens after which a full stop does not end a sentence when a number follows.
_NUMBER_ABBREV = {"no", "nos", "p", "pp", "para", "paras", "fig", "figure", "vol", "chap", "ch", "s", "sec", "art", "rec", "table"}
#: Abbreviations (with their full stop) that never end a sentence in report prose.
_ABBREV = {
    "e.g.", "i.e.", "cf.", "viz.", "approx.", "dr.", "mr.", "mrs.", "ms.", "st.", "supt.",
    "insp.", "sgt.", "det.", "ch.", "supt", "vs.", "v.", "c.", "ca.", "incl.", "nos.", "no.",
    "p.", "pp.", "para.", "paras.", "fig.", "ref.", "dept.", "govt.",
}
#: Titles before a name ("Det. Supt. Owen Pryce", "Prof. Lena Achebe"): no sentence ends there.
_TITLES = {"dr", "mr", "mrs", "ms", "st", "supt", "insp", "sgt", "det", "ch", "prof", "cllr", "rev", "capt", "col",
           "gen", "lt", "hon"}
#: Words after which a full stop does not end a sentence when a number follows ("Sept. 2024").
_BEFORE_NUMBER = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
                  "c", "ca", "est", "min", "max", "av", "avg"}
_TERMINAL = {".", "!", "?", "...", "…"}
_CLOSERS = {'"', "'", ")", "]", "”", "’"}
_HAS_WORD = re.compile(r"[A-Za-z]{2,}")

COMPONENT = "hmic_sentences"


@Language.component(COMPONENT)
def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts by our rules (see module docstring).

    Only tokens that follow sentence punctuation can start a sentence, so the
    rules run on those alone; every other token is marked as not a start.
    """
    toks = list(doc)
    texts = [t.text for t in toks]
    spaces = [t.whitespace_ for t in toks]
    starts = [False] * len(texts)
    if texts:
        starts[0] = True
    depth = 0
    for i in range(1, len(texts)):
        prev = texts[i - 1]
        if prev in ("(", "["):
            depth += 1
        elif prev in (")", "]") and depth > 0:
            depth -= 1
        if depth == 0 and (prev[-1:] in ".!?…" or prev in _CLOSERS):
            starts[i] = _boundary(texts, spaces, i)
    if texts:
        arr = numpy.where(numpy.asarray(starts), 1, -1).astype(numpy.int64).view(numpy.uint64)
        doc.from_array([SENT_START], arr.reshape(-1, 1))  # type: ignore[arg-type]  # thinc's Ints2d is an ndarray
    return doc


def _boundary(texts: list[str], spaces: list[str], i: int) -> bool:
    first = texts[i][:1]
    if not (first.isupper() or first.isdigit() or first in "\"'(“‘["):
        return False
    if texts[i] in ("\"", "'", "”", "’") and spaces[i - 1] == "" and (i + 1 == len(texts) or spaces[i] != ""):
        return False  # 'this year." The …': the quote closes the sentence before it
    j = i - 1
    while j > 0 and texts[j] in _CLOSERS:
        if spaces[j - 1] != "" and texts[j] in "\"'":
            return False  # an opening quote after a space: the boundary was before it
        j -= 1
    ptext = texts[j]
    if ptext in _TERMINAL:
        before = texts[j - 1].lower() if j > 0 else ""
        if (before in _NUMBER_ABBREV or before in _BEFORE_NUMBER) and first.isdigit():
            return False
        if before in _TITLES and first.isupper() and spaces[j] != "" and j == i - 1:
            return False  # "Supt. Dana Ellery"
        if len(before) == 1 and before.isalpha() and j > 1 and texts[j - 2] == ".":
            return False  # initials such as "J. R. Smith"
        return True
    if ptext.endswith(".") and len(ptext) > 1:
        low = ptext.lower()
        if low in _ABBREV or (low[:-1] in _BEFORE_NUMBER and first.isdigit()) or (low[:-1] in _TITLES and first.isupper()):
            return False
        if re.fullmatch(r"(?:[a-z]\.){2,}", low):
            return False  # other dotted abbreviations
        return True
    if ptext.endswith(("!", "?")):
        return True
    return False


def make_nlp() -> Language:
    """The default pipeline: a blank English tokenizer and our sentence rules (offline)."""
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT)
    return nlp


_NLP: Language | None = None


def default_nlp() -> Language:
    global _NLP
    if _NLP is None:
        _NLP = make_nlp()
    return _NLP


def is_sentence_text(text: str) -> bool:
    """A sentence needs words: page furniture such as "12" or "Figure 3" is not one."""
    return bool(_HAS_WORD.search(text)) and len(text.split()) >= 2


def split_blocks(
    blocks: Iterable[Block], nlp: Language | None = None
) -> Iterator[tuple[Block, list[Sentence]]]:
    """Yield each block with the sentences it holds (none for headings, titles, dates).

    Sentences are numbered in reading order across the whole document.
    """
    nlp = nlp or default_nlp()
    index = 0
    pending: list[Block] = list(blocks)
    chunked: list[list[tuple[int, str]]] = []
    for b in pending:
        if b.kind in ("para", "bullet"):
            # a list item of several sentences is several records (each still a bullet)
            chunked.append(_chunks(strip_footnote_markers(b.text)[0]))
    docs = iter(nlp.pipe((text for chunks in chunked for _, text in chunks), batch_size=64))
    para_chunks = iter(chunked)
    for b in pending:
        sents: list[Sentence] = []
        if b.kind in ("para", "bullet"):
            for offset, _ in next(para_chunks):
                doc = next(docs)
                for s in doc.sents:
                    t = s.text.strip()
                    if is_sentence_text(t):
                        sents.append(Sentence(t, b.page_at(offset + s.start_char), None, b.kind, index))
                        index += 1
        yield b, sents


_CUT = re.compile(r"(?<=[.!?])\s+")


def _chunks(text: str, size: int = SPACY_CHUNK_CHARS) -> list[tuple[int, str]]:
    """A paragraph in pieces spaCy takes, cut between sentences: (offset, text) pairs.

    spaCy refuses texts over its ``max_length`` (and a text file of one 100 MB line
    is one paragraph); cutting after a full stop keeps sentences whole, and a
    piece with no full stop at all is cut at the size.
    """
    if len(text) <= size:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = None
            for m in _CUT.finditer(text, start + size // 2, end):
                cut = m.start()
            end = cut + 1 if cut is not None else end
        out.append((start, text[start:end]))
        start = end
    return out
