"""Word spaces from where the letters are drawn, not from the characters a PDF holds.

PDFium reports the characters a PDF writes, with a space where the PDF writes one or
where it guesses one. Producers that place each word by moving the pen (groff through
Ghostscript, some DTP exports) leave neither; others write a space and take its advance
back. The letters' advance boxes say where words really part.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterable

from extractor.settings import (
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
