"""What PDFium tells about one drawn character, made independent of how a producer writes it."""

from __future__ import annotations

import ctypes
import math


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
