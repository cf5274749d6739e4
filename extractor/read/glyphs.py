"""What PDFium tells about one drawn character, made independent of how a producer writes it."""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable, Iterable


def font_size(raw, tpr, k: int) -> float:  # noqa: ANN001 - pypdfium2 raw module and text page
    """The size, in points, at which character ``k`` is drawn.

    PDFium's font size is the one the text operator sets (``Tf``). Word processors set
    the size there, but cairo (and so AbiWord, Inkscape and many web-to-PDF tools),
    InDesign and Acrobat Distiller set ``1 Tf`` and scale the text matrix instead, and
    some drivers scale the whole page with ``cm``: read as it is, a 12-point line is 1
    point high and every rule measured in ems goes wrong (letters a tenth of a point
    apart become words). The character's matrix holds both scales. Only its vertical
    scale counts: type stretched or condensed sideways (pdfTeX's font expansion, ``Tz``)
    keeps its size.
    """
    size = float(raw.FPDFText_GetFontSize(tpr, k))
    m = raw.FS_MATRIX()
    if size > 0 and raw.FPDFText_GetMatrix(tpr, k, ctypes.byref(m)):
        scale = math.hypot(m.c, m.d)
        if scale > 0:
            size *= scale
    return size


def generated(raw, tpr, k: int) -> bool:  # noqa: ANN001
    """Whether PDFium made character ``k`` up (a space, a line end or a letter the PDF does
    not draw): it has no font of its own, and its size is 1."""
    return bool(raw.FPDFText_IsGenerated(tpr, k) == 1)


def first_drawn_letter(raw, tpr, ks: Iterable[int], text: Callable[[int], str]) -> int | None:  # noqa: ANN001
    """The first of the characters ``ks`` that is a letter the PDF draws (``text(k)`` is its
    character): the one whose type stands for a line's."""
    return next((k for k in ks if text(k).isalpha() and not generated(raw, tpr, k)), None)


def turned(raw, tpr, k: int) -> bool:  # noqa: ANN001
    """Whether character ``k`` is drawn turned on its side (its baseline nearer vertical than
    horizontal): a label up the margin ("OFFICIAL – SENSITIVE · REVISIT LETTER"), a
    rotated column heading. Body text on a page is drawn upright."""
    m = raw.FS_MATRIX()
    if not raw.FPDFText_GetMatrix(tpr, k, ctypes.byref(m)):
        return False
    return abs(m.b) > abs(m.a)
