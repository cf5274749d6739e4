"""Word spaces from where the letters are drawn, not from the characters a PDF holds.

PDFium reports the characters a PDF writes, with a space where the PDF writes one or
where it guesses one. Producers that place each word by moving the pen (groff through
Ghostscript, some DTP exports) leave neither; others write a space and take its advance
back. The letters' advance boxes say where words really part.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Iterable

from extractor.read.lexicon import KEPT_SPACE, joinable, known
from extractor.settings import (
    REAL_SPACE,
    SPACE_TAKEN_BACK,
    SPACING_CHECK_LINES,
    SPACING_CHECK_PAGES,
    WORD_GAP,
    WORD_GAP_RATIO,
)


class SpacingCheck:
    """Whether a document still needs its word spaces checked against the drawing.

    A producer spaces words the same way on every page: once the first pages have
    :data:`SPACING_CHECK_LINES` lines and not one needed a space moved, the rest of the
    document is read as PDFium gives it, which saves most of the check's cost.
    """

    def __init__(self) -> None:
        self.active = True
        self.lines = 0
        self.changed = 0
        self.pages = 0

    def saw(self, changed: bool) -> None:
        if self.active:
            self.lines += 1
            self.changed += changed

    def page_done(self) -> None:
        self.pages += 1
        if self.active and self.changed == 0 and self.pages >= SPACING_CHECK_PAGES and self.lines >= SPACING_CHECK_LINES:
            self.active = False


def word_spaces(raw, tpr, seg: str, start: int, size: float) -> tuple[set[int], set[int]]:  # noqa: ANN001
    """Where the drawing, not the text, says where words part: (spaces to drop, letters to
    put a space after), as positions in ``seg``.

    Some producers draw a space by moving the pen and write no space character ("we" and
    "wrote" 0.3 em apart come out as "wewrote"); others write a space and take its
    advance back before the next letter ("retur ned"). PDFium keeps both as written. The
    letters' advance boxes tell: a gap wider than :data:`WORD_GAP` ems is a space, and a
    space that leaves less than :data:`SPACE_TAKEN_BACK` ems is none. Letter-spaced type,
    where most letters stand apart, is left as it is.
    """
    gone, spaced = _spaces(raw, tpr, [start + k for k in range(len(seg))], seg, size)
    return {k - start for k in gone}, {k - start for k in spaced}


def _spaces(raw, tpr, order: list[int], chars: str, size: float) -> tuple[set[int], set[int]]:  # noqa: ANN001
    """:func:`word_spaces` for characters in reading ``order`` (PDFium indices; ``chars``
    holds their text in that order): (indices to drop, indices to put a space after)."""
    if size <= 0 or len(order) < 3:
        return set(), set()
    wide, narrow = WORD_GAP * size, SPACE_TAKEN_BACK * size
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    loose_box = raw.FPDFText_GetLooseCharBox
    touching: list[float] = []  # gaps between letters with nothing between them
    notable: list[tuple[int, int]] = []  # places of the letters either side of a gap that may change a space
    prev, right = -1, 0.0
    for i, k in enumerate(order):
        if chars[i].isspace() or not loose_box(tpr, k, ref):
            continue
        if prev >= 0:
            gap = rect.left - right
            if i == prev + 1:
                touching.append(gap)
                if gap > wide:
                    notable.append((prev, i))
            elif gap < narrow:
                notable.append((prev, i))
        prev, right = i, rect.right
    if not notable or (touching and sorted(touching)[len(touching) // 2] * WORD_GAP_RATIO > wide):
        return set(), set()  # nothing to change, or letter-spaced type where every letter stands apart
    gone: set[int] = set()
    spaced: set[int] = set()
    for a, b in notable:
        if b == a + 1:
            spaced.add(order[a])
        elif chars[a + 1:b].isspace() and chars[a].isalpha() and chars[b].isalpha():
            gone.update(order[a + 1:b])
    return gone, spaced


def respaced(raw, tpr, order: list[int], chars: str, size: float) -> str:  # noqa: ANN001
    """The characters at PDFium indices ``order`` (text ``chars``), with word spaces where
    the drawing puts them."""
    return spaced_text(order, chars, *_spaces(raw, tpr, order, chars, size))


def spaced_text(keys: Iterable[int], chars: str, gone: set[int], spaced: set[int]) -> str:
    """``chars`` without the characters whose key is in ``gone`` and with a space after
    those whose key is in ``spaced`` (keys: positions, or PDFium indices, one per character)."""
    return "".join(ch + (" " if k in spaced else "") for k, ch in zip(keys, chars, strict=True) if k not in gone)


#: Two alphabetic pieces parted by one written space (the right one starting in lower case).
_PIECES = re.compile(r"(?<![A-Za-z])([A-Za-z]+) (?=([a-z]+))")


def keep_real_spaces(raw, tpr, seg: str, start: int, size: float) -> str:  # noqa: ANN001
    """``seg`` with :data:`~extractor.read.lexicon.KEPT_SPACE` for each written space that
    parts two pieces the lexicon would join ("hot spots", "case load") where the drawing
    shows a real word space: a gap of at least :data:`REAL_SPACE` ems, and wider than twice
    the gap between the letters before it (letter-spaced type); and one piece at least a
    word (:func:`~extractor.read.lexicon.known`). A split word ("supervi sion") has a
    piece that is no word, and is left to be joined. Only such candidates are measured,
    so the cost is a few character boxes a page."""
    if size <= 0 or " " not in seg:
        return seg
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)

    def box(k: int) -> tuple[float, float] | None:
        return (rect.left, rect.right) if raw.FPDFText_GetLooseCharBox(tpr, start + k, ref) else None

    kept: list[int] = []
    for m in _PIECES.finditer(seg):
        k = m.end(1)
        left, right = m.group(1), m.group(2)
        # a piece that is no word ("supervi sion", "i mprovement") is a split word whatever
        # the gap: only two pieces of which one at least is a word may be two words
        if min(len(left), len(right)) < 2 or not joinable(left, right) or not (known(left) or known(right)):
            continue
        before, after = box(k - 1), box(k + 1)
        if before is None or after is None:
            continue
        gap = after[0] - before[1]
        inner = box(k - 2) if k >= 2 and seg[k - 2].isalpha() else None
        letters = before[0] - inner[1] if inner is not None else 0.0
        if gap >= REAL_SPACE * size and gap > 2 * max(letters, 0.0):
            kept.append(k)
    for k in kept:
        seg = seg[:k] + KEPT_SPACE + seg[k + 1:]
    return seg
