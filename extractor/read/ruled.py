"""Ruled tables from PDFium's drawing objects, without opening the file again.

Grade tables are ruled: their cells are bounded by drawn lines or rectangles.
pdfplumber finds them by turning every line and rectangle into edges, snapping
and joining nearly collinear edges, intersecting them and closing cells between
the intersections. Doing that with pdfplumber means parsing the page a second
time in pure Python (about 85% of hmic's PDF reading time on report-like
files); here the same steps run on the path segments PDFium has already parsed,
and cell text comes from PDFium's text page.

Only what pdfplumber's default ``lines`` strategy would see is used: straight
path segments (lines, and the sides of rectangles), with one addition: the column
edges of a table told apart only by shading are carried across its unshaded rows.
A page whose drawing cannot be read that simply (a form XObject, whose objects sit
in their own coordinate space) gets ``None``, and the caller falls back to
pdfplumber.
"""

from __future__ import annotations

import ctypes
import re
from collections import defaultdict
from collections.abc import Iterable

from extractor.read.glyphs import first_drawn_letter, font_size, generated
from extractor.read.layout import Table
from extractor.read.spacing import respaced
from extractor.settings import DRAWN_MARK_ASPECT, DRAWN_MARK_MAX, DRAWN_MARK_MIN

#: pdfplumber's defaults: snap and join tolerance, shortest edge, intersection tolerance.
SNAP = 3.0
JOIN = 3.0
MIN_EDGE = 3.0
TOLERANCE = 3.0
#: Characters whose baselines are this close stand on one line of a cell.
LINE_TOLERANCE = 3.0

Edge = tuple[str, float, float, float]  # ("h", y, x0, x1) or ("v", x, top, bottom)


def ruled_tables(raw, page, textpage, height: float,  # noqa: ANN001 - pypdfium2 objects
                 rules: list[tuple[float, float, float]] | None = None, bridge: bool = True,
                 marks: list[tuple[float, float, float, float]] | None = None) -> list[Table] | None:
    """The ruled tables of a page (top-down coordinates), or None to ask pdfplumber instead.

    ``rules``, if given, receives the page's horizontal rules as ``(y, x0, x1)``: a
    footnote separator is one (:func:`extractor.read.layout._notes_under_rule`).
    ``marks``, if given, receives the small shapes drawn on the page as ``(x0, top, x1,
    bottom)``: list bullets drawn as squares or discs, with no glyph in the text.
    ``bridge`` carries column edges across a shaded table's unshaded rows
    (:func:`_bridge_plain_rows`), which pdfplumber does not do; without it the tables
    are pdfplumber's own."""
    edges: list[Edge] = []
    n = raw.FPDFPage_CountObjects(page)
    for i in range(n):
        obj = raw.FPDFPage_GetObject(page, i)
        if marks is not None:
            _small_mark(raw, obj, height, marks)
        if not _collect_edges(raw, obj, height, _IDENTITY, edges, 0):
            return None
    if not edges:
        return []
    h = _join([e for e in edges if e[0] == "h"])
    v = _join([e for e in edges if e[0] == "v"])
    h = [e for e in h if e[3] - e[2] >= MIN_EDGE]
    if rules is not None:
        rules.extend((e[1], e[2], e[3]) for e in h)
    v = [e for e in v if e[3] - e[2] >= MIN_EDGE]
    if bridge:
        v = _bridge_plain_rows(h, v)
    cells = _cells(_intersections(h, v))
    # in pdfplumber's order: by each table's top-most, then left-most cell
    groups = sorted(_tables(cells), key=lambda g: min((c[1], c[0]) for c in g))
    if not groups:
        return []
    chars = _PageChars(raw, textpage)
    return [_extract(chars, height, group) for group in groups]


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
#: How deep form XObjects may nest before a page is left to pdfplumber.
MAX_FORM_DEPTH = 4


def _small_mark(raw, obj, height: float, marks: list[tuple[float, float, float, float]]) -> None:  # noqa: ANN001
    """Add a path object of the page to ``marks`` if it is small and about as wide as high
    (a square or disc a producer draws instead of a bullet glyph; see ``settings.DRAWN_MARK_*``).
    Only the page's own objects are looked at, not those inside a form XObject."""
    if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_PATH:
        return
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right),
                                     ctypes.byref(top)):
        return
    w, h = right.value - left.value, top.value - bottom.value
    if DRAWN_MARK_MIN <= w <= DRAWN_MARK_MAX and DRAWN_MARK_MIN <= h <= DRAWN_MARK_MAX \
            and max(w, h) <= DRAWN_MARK_ASPECT * min(w, h):
        marks.append((left.value, height - top.value, right.value, height - bottom.value))


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix that applies ``inner`` and then ``outer`` (PDF's row-vector convention)."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def _collect_edges(raw, obj, height: float, outer: Matrix, edges: list[Edge], depth: int) -> bool:  # noqa: ANN001
    """Add the edges of a page object to ``edges``; a form XObject's objects are read in its
    own space and placed on the page with its matrix (pdfjs and desktop publishing draw
    tables inside forms). False if the drawing cannot be read that way."""
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_PATH:
        segs = _path_edges(raw, obj, height, outer)
        if segs is None:
            return False
        edges.extend(segs)
    elif kind == raw.FPDF_PAGEOBJ_FORM:
        m = raw.FS_MATRIX()
        if depth >= MAX_FORM_DEPTH or not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            return False
        inner = _compose((m.a, m.b, m.c, m.d, m.e, m.f), outer)
        for k in range(raw.FPDFFormObj_CountObjects(obj)):
            if not _collect_edges(raw, raw.FPDFFormObj_GetObject(obj, k), height, inner, edges, depth + 1):
                return False
    return True


def _path_edges(raw, obj, height: float, outer: Matrix = _IDENTITY) -> list[Edge] | None:  # noqa: ANN001
    """Axis-parallel straight segments of one path object, in page coordinates (top-down);
    ``outer`` places a form's objects on the page."""
    own = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(own)):
        return None
    a, b, c, d, e, f = _compose((own.a, own.b, own.c, own.d, own.e, own.f), outer)
    x, y = ctypes.c_float(), ctypes.c_float()
    pts: list[tuple[float, float, int, bool]] = []
    for k in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        if not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            return None
        px = a * x.value + c * y.value + e
        py = b * x.value + d * y.value + f
        pts.append((px, height - py, raw.FPDFPathSegment_GetType(seg), bool(raw.FPDFPathSegment_GetClose(seg))))
    out: list[Edge] = []
    start: tuple[float, float] | None = None
    prev: tuple[float, float] | None = None
    for px, py, typ, close in pts:
        if typ == raw.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if prev is not None and typ == raw.FPDF_SEGMENT_LINETO:
            out.extend(_edge(prev, (px, py)))
        prev = (px, py)
        if close and start is not None:
            out.extend(_edge(prev, start))
            prev = start
    return out


def _edge(a: tuple[float, float], b: tuple[float, float]) -> list[Edge]:
    (x0, y0), (x1, y1) = a, b
    if abs(x0 - x1) < 0.01 and abs(y0 - y1) < 0.01:
        return []  # a segment back to where it starts (a path closed on its last point) is no edge
    if abs(y0 - y1) < 0.5:
        return [("h", (y0 + y1) / 2, min(x0, x1), max(x0, x1))]
    if abs(x0 - x1) < 0.5:
        return [("v", (x0 + x1) / 2, min(y0, y1), max(y0, y1))]
    return []  # a slanted line bounds no cell


def _join(edges: list[Edge]) -> list[Edge]:
    """Snap edges whose positions are within SNAP to their cluster's mean, then join overlapping ones."""
    if not edges:
        return []
    edges = sorted(edges, key=lambda e: e[1])
    clusters: list[list[Edge]] = [[edges[0]]]
    for e in edges[1:]:
        if e[1] - clusters[-1][-1][1] <= SNAP:
            clusters[-1].append(e)
        else:
            clusters.append([e])
    out: list[Edge] = []
    for cl in clusters:
        pos = sum(e[1] for e in cl) / len(cl)
        spans = sorted((e[2], e[3]) for e in cl)
        cur0, cur1 = spans[0]
        for s0, s1 in spans[1:]:
            if s0 <= cur1 + JOIN:
                cur1 = max(cur1, s1)
            else:
                out.append((cl[0][0], pos, cur0, cur1))
                cur0, cur1 = s0, s1
        out.append((cl[0][0], pos, cur0, cur1))
    return out


#: The tallest unshaded row bridged between two shaded ones (points), and at most this many
#: times as tall as the shaded row beside it.
ZEBRA_GAP = 80.0
ZEBRA_ROW_RATIO = 1.6


def _bridge_plain_rows(h: list[Edge], v: list[Edge]) -> list[Edge]:
    """Column edges carried across the unshaded rows of a table drawn only with shading.

    A table whose rows are told apart by alternate fills ("zebra" stripes) has cell
    sides only on its shaded rows; pdfplumber's lines strategy, and this module's, then
    find cells only there, and an unshaded row's label and text run together as one
    line. A band between two horizontal edges that no column edge crosses, next to a
    band whose column edges stand at three places or more (two columns at least, so a
    box's two sides are no table), is such a row when both edges run across those
    columns: the column edges go on through it.
    """
    ys = sorted({round(e[1], 1) for e in h})
    if len(ys) < 2 or not v:
        return v

    def crossing(y0: float, y1: float) -> set[float]:
        return {e[1] for e in v if e[2] <= y0 + TOLERANCE and e[3] >= y1 - TOLERANCE}

    def spans(y: float, x0: float, x1: float) -> bool:
        return any(abs(e[1] - y) <= TOLERANCE and e[2] <= x0 + TOLERANCE and e[3] >= x1 - TOLERANCE for e in h)

    bands = list(zip(ys, ys[1:], strict=False))
    cols = [crossing(y0, y1) for y0, y1 in bands]
    extra: list[Edge] = []
    for i, (y0, y1) in enumerate(bands):
        if cols[i] or not 0 < y1 - y0 <= ZEBRA_GAP:
            continue
        for j in (i - 1, i + 1):
            near = cols[j] if 0 <= j < len(bands) else set()
            # (a row about as tall as its shaded neighbour: not the gap between two tables)
            if len(near) >= 3 and y1 - y0 <= ZEBRA_ROW_RATIO * (bands[j][1] - bands[j][0]) \
                    and spans(y0, min(near), max(near)) and spans(y1, min(near), max(near)):
                extra.extend(("v", x, y0, y1) for x in sorted(near))
                break
    return _join(v + extra) if extra else v


def _intersections(h: list[Edge], v: list[Edge]) -> dict[tuple[float, float], tuple[set[int], set[int]]]:
    """Points where a vertical and a horizontal edge meet: {(x, y): (horizontal ids, vertical ids)}."""
    pts: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    for vi, (_, x, top, bottom) in enumerate(v):
        for hi, (_, y, x0, x1) in enumerate(h):
            if top - TOLERANCE <= y <= bottom + TOLERANCE and x0 - TOLERANCE <= x <= x1 + TOLERANCE:
                hs, vs = pts.setdefault((x, y), (set(), set()))
                hs.add(hi)
                vs.add(vi)
    return pts


def _cells(pts: dict[tuple[float, float], tuple[set[int], set[int]]]) -> list[tuple[float, float, float, float]]:
    """The smallest rectangles whose four corners are intersections joined by edges (as pdfplumber)."""
    points = sorted(pts)
    by_x: dict[float, list[tuple[float, float]]] = defaultdict(list)
    by_y: dict[float, list[tuple[float, float]]] = defaultdict(list)
    for p in points:
        by_x[p[0]].append(p)
        by_y[p[1]].append(p)

    def h_joined(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return bool(pts[a][0] & pts[b][0])

    def v_joined(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return bool(pts[a][1] & pts[b][1])

    cells = []
    for p in points:
        below = [q for q in by_x[p[0]] if q[1] > p[1]]
        right = [q for q in by_y[p[1]] if q[0] > p[0]]
        done = False
        for b in below:
            if not v_joined(p, b):
                continue
            for r in right:
                if not h_joined(p, r):
                    continue
                corner = (r[0], b[1])
                if corner in pts and v_joined(corner, r) and h_joined(corner, b):
                    cells.append((p[0], p[1], r[0], b[1]))
                    done = True
                    break
            if done:
                break
    return cells


def _tables(cells: list[tuple[float, float, float, float]]) -> Iterable[list[tuple[float, float, float, float]]]:
    """Cells grouped into tables: cells that share a corner belong together."""
    remaining = list(cells)
    while remaining:
        group = [remaining.pop(0)]
        corners = _corners(group[0])
        grown = True
        while grown:
            grown = False
            for c in list(remaining):
                if corners & _corners(c):
                    group.append(c)
                    corners |= _corners(c)
                    remaining.remove(c)
                    grown = True
        if len(group) > 1:
            yield group


def _corners(c: tuple[float, float, float, float]) -> set[tuple[float, float]]:
    x0, top, x1, bottom = c
    return {(x0, top), (x0, bottom), (x1, top), (x1, bottom)}


def _extract(chars: _PageChars, height: float, cells: list[tuple[float, float, float, float]]) -> Table:
    """Rows of cell texts, top to bottom and left to right, as pdfplumber's ``extract``."""
    xs = sorted({c[0] for c in cells})
    rows: dict[float, dict[float, str]] = defaultdict(dict)
    for x0, top, x1, bottom in cells:
        rows[top][x0] = chars.inside(x0, height - top, x1, height - bottom)
    out = [[row.get(x) for x in xs] for _, row in sorted(rows.items())]
    bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))
    return Table(bbox, out)


class _PageChars:
    """A page's characters and where they stand, read once for all the cells of its tables."""

    def __init__(self, raw, textpage) -> None:  # noqa: ANN001
        self.raw, self.tp = raw, textpage
        n = raw.FPDFText_CountChars(textpage)
        self.text = "".join(chr(raw.FPDFText_GetUnicode(textpage, k) or 0xFFFD) for k in range(max(n, 0)))
        ox, oy = ctypes.c_double(), ctypes.c_double()
        rx, ry = ctypes.byref(ox), ctypes.byref(oy)
        origin = raw.FPDFText_GetCharOrigin
        #: each character's origin: its pen position and baseline, which say the cell it is
        #: in, its line in the cell and its place in the line
        self.origins: list[tuple[float, float]] = []
        for k in range(len(self.text)):
            origin(textpage, k, rx, ry)
            self.origins.append((ox.value, oy.value))

    def inside(self, left: float, top: float, right: float, bottom: float) -> str:
        """The text of the characters whose origins lie in the box (PDF coordinates, y up):
        lines top to bottom, letters left to right within a line (a producer may write a
        table row's lines cell by cell, or its cells line by line), lines joined with
        newlines and word spaces by geometry (:func:`respaced`)."""
        ks = [k for k, (x, y) in enumerate(self.origins)
              if left <= x <= right and bottom <= y <= top and self.text[k] not in "\r\n"
              and not (self.text[k] == " " and generated(self.raw, self.tp, k))]
        lines: list[list[int]] = []
        for k in sorted(ks, key=lambda k: -self.origins[k][1]):
            if lines and abs(self.origins[lines[-1][0]][1] - self.origins[k][1]) <= LINE_TOLERANCE:
                lines[-1].append(k)
            else:
                lines.append([k])
        out = []
        for line in lines:
            line.sort(key=lambda k: self.origins[k][0])
            chars = "".join(self.text[k] for k in line)
            probe = first_drawn_letter(self.raw, self.tp, line, self.text.__getitem__)
            size = font_size(self.raw, self.tp, line[0] if probe is None else probe)
            out.append(respaced(self.raw, self.tp, line, chars, size).strip())
        # PDFium marks a word hyphenated at a line end with U+0002 (a soft hyphen) or U+FFFE:
        # the word goes on on the next line
        return re.sub(r"[\x02\ufffe]\n?", "", "\n".join(out)).strip()
