"""Read PDFs into page lines: pypdfium2 by default, pdfplumber as the reference.

The fast reader asks PDFium for each page's text layer in one call (lines are
separated by generated line breaks) and reads ruled grade tables from the
drawing PDFium has already parsed (:mod:`extractor.read.ruled`) and then looks up font size, font name and
position only for the first character of each line and for digits (to spot
superscript footnote markers). That keeps it near the speed of the raw text
layer, while the pdfplumber reader walks every character and serves as the
reference the tests compare against. Pages are closed as soon as they are read
so memory stays flat however long the report.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from extractor.errors import SourceError
from extractor.read.furniture import usual_size
from extractor.read.glyphs import first_drawn_letter, font_size, generated, turned
from extractor.read.grade_rows import normalise_grade, parse_grade_row
from extractor.read.layout import GLYPH_START, Line, Page, Table
from extractor.read.normalize import BULLET_CHARS, BULLET_CLASS, canonical, drawn_hyphens
from extractor.read.spacing import SpacingCheck, keep_real_spaces, spaced_text, word_spaces
from extractor.settings import (
    BASELINE_JUMP,
    CELL_GAP_HEIGHTS,
    CELL_GAP_MIN,
    DEFAULT_MAX_PAGES,
    DRAWN_BULLET_BODY_RATIO,
    DRAWN_BULLET_GAP_EM,
    DRAWN_BULLET_LEVEL,
    DRAWN_BULLET_MAX_EM,
    DROP_CAP_RATIO,
    FRAGMENT_GAP,
    FRAGMENT_SPACE,
    KEY_FIGURE_RATIO,
    NARROW_EM_PER_CHAR,
    PDF_READERS,
    RAISED_MARK,
    SAME_BASELINE,
    SIDEWAYS_SHARE_MAX,
)

#: A bold face by its font name ("Helvetica-Bold", TeX's Computer Modern "CMBX10" and "CMB10").
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|(?:^|\+)CMBX?\d", re.I)
#: Fonts of pictures, not letters (Wingdings, Zapf Dingbats and URW's D050000L, Symbol):
#: a character set in one at the start of a line is a bullet, whatever letter its code
#: is ("Ø", "u", "l" in Wingdings' encoding).
_SYMBOL_FONT = re.compile(r"symbol|dingbat|wingding|webding|zapf|d050000l|marlett", re.I)
_SUPER_RATIO = 0.9
_DIGIT = re.compile(r"\d")
_LINE_END = re.compile(r"\r\n|\ufffe|$")
_ROMAN_MARK = re.compile(r"(?<=[.,;:)])[ivx]{1,4}(?=\s|$)")
_GRADE_HINT = re.compile(r"(?:\b(?:good|outstanding|inadequate|adequate|requires(?:\s+im)?)|not graded)\s*$", re.I)


def _open_pdfium(path: Path):  # noqa: ANN202 - pypdfium2 type
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        msg = str(exc).lower()
        if "password" in msg:
            raise SourceError(str(path), "PDF is encrypted (password required)") from None
        if "format" in msg or "file" in msg:
            raise SourceError(str(path), "not a valid PDF (corrupt or truncated)") from None
        raise SourceError(str(path), f"cannot open PDF ({exc})") from None


def pdfium_pages(path: Path) -> Iterator[Page]:
    """Yield the lines of each page using pypdfium2 (fast path)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = _open_pdfium(path)
    try:
        n = len(doc)
        if n == 0:
            raise SourceError(str(path), "PDF has no pages")
        if n > DEFAULT_MAX_PAGES:
            raise SourceError(str(path), f"too large ({n:,} pages; the limit is {DEFAULT_MAX_PAGES:,})")
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int(0)
        ox, oy = ctypes.c_double(), ctypes.c_double()
        spacing = SpacingCheck()
        bullet_edges: set[tuple[float, float]] = set()  # how drawn list bullets looked so far
        for pno in range(n):
            try:
                page = doc[pno]
            except pdfium.PdfiumError as exc:
                # a broken page tree (a page that is its own ancestor, a missing object)
                raise SourceError(str(path), f"damaged PDF: page {pno + 1} cannot be read ({exc})") from None
            try:
                width, height = page.get_size()
                tp = page.get_textpage()
                try:
                    count = tp.count_chars()
                    text = tp.get_text_range() if count > 0 else ""
                    lines: list[Line] = []
                    chars = len("".join(text.split()))
                    start = 0
                    # PDFium ends a line with "\r\n", or with U+FFFE where a word was
                    # hyphenated across the line end (the hyphen is given back here)
                    caps: list[tuple[str, float, float]] = []
                    # each line's start in ``text``, its characters there and what each shows
                    spans: list[tuple[int, str, list[str]]] = []
                    sideways: list[int] = []  # lines drawn turned on their side
                    figures: list[int] = []  # lines that open with a figure set large
                    for m in _LINE_END.finditer(text) if text else ():
                        end = m.start()
                        # a drop cap joins the lines beside it into one: it splits them again
                        pieces = [p for s1, e1 in _drop_cap_split(raw, tp.raw, text, start, end, height, caps)
                                  for p in _baseline_split(raw, tp.raw, text, s1, e1, ox, oy)]
                        for s0, e0 in pieces:
                            ln, shown = _pdfium_line(raw, tp.raw, text[s0:e0], s0, e0, pno + 1, height, buf, flags,
                                                     ox, oy, spacing)
                            if ln is not None:
                                if m.group(0) == "\ufffe" and e0 == end:
                                    ln.text += "-"
                                first = s0 + len(text[s0:e0]) - len(text[s0:e0].lstrip())
                                if _KEY_FIGURE_START.match(ln.text) and \
                                        font_size(raw, tp.raw, first) >= KEY_FIGURE_RATIO * ln.size:
                                    figures.append(len(lines))
                                if _narrow(ln) and turned(raw, tp.raw, first):
                                    sideways.append(len(lines))
                                lines.append(ln)
                                spans.append((s0, text[s0:e0], shown))
                        start = m.end()
                    spacing.page_done()
                    # a few lines turned on their side beside upright text are margin labels or
                    # rotated headings, never body (a page mostly turned, a wide table set
                    # sideways, is read as it is); a key figure and its caption are a graphic
                    drop = set(sideways) if len(sideways) * SIDEWAYS_SHARE_MAX <= len(lines) else set()
                    drop |= _key_figure_lines(lines, figures)
                    if drop:
                        lines = [ln for i, ln in enumerate(lines) if i not in drop]
                        spans = [sp for i, sp in enumerate(spans) if i not in drop]
                    _hanging_cells(raw, tp.raw, lines, spans)
                    lines = _attach_drop_caps(rejoin_fragments(lines), caps)
                    pg = Page(pno + 1, width, height, lines, chars)
                    # ruled tables from PDFium's drawing cost little, so every page is looked at
                    # (a one-row table's grade may be split over two lines: "Not" / "graded");
                    # only a page PDFium cannot read that way, and that shows grade words,
                    # goes to pdfplumber
                    marks: list[tuple[float, float, float, float]] = []
                    tables = _pdfium_tables(raw, page, tp, height, pg.rules, marks)
                    if tables is None and _may_hold_grade_table(lines):
                        tables = _plumber_tables(path, pno)
                    pg.tables = tables or []
                    _drawn_bullets(pg.lines, marks, bullet_edges)
                    yield pg
                finally:
                    tp.close()
            finally:
                page.close()
    finally:
        doc.close()


_MARK = re.compile(r"^\s*\d{1,3}(?:,\s*\d{1,3})*\s*$")


def _drawn_bullets(lines: list[Line], marks: list[tuple[float, float, float, float]],
                   known: set[tuple[float, float]]) -> None:
    """Give a list item whose bullet is drawn as a shape the bullet glyph it lacks.

    Some producers draw each bullet as a small square or disc beside the item, with
    nothing in the text layer: without it an item that follows one ended by ";" on the
    next page, or one that starts like a wrapped line, runs into the item before. A
    shape no taller than half the line's type, level with the line and just left of where
    its text starts is read as the bullet, and the line starts at the shape, as one with
    a bullet glyph does. Only lines in the page's usual type size, not bold, count (a
    heading with a decorative square, a chart legend in small type beside its swatches
    are left as they are), and only shapes that line up as a list: two or more on the
    page at one left edge, or one drawn like the document's list bullets already taken
    (``known``: shape width and gap to the text, updated here; a list going on in the
    next column or over a page break).
    """
    body = usual_size((ln.size, ln.text) for ln in lines)
    if not marks or body is None:
        return
    found: list[tuple[Line, float, tuple[float, float]]] = []
    for ln in lines:
        if ln.bold or GLYPH_START.match(ln.text) \
                or not body / DRAWN_BULLET_BODY_RATIO <= ln.size <= body * DRAWN_BULLET_BODY_RATIO:
            continue
        for x0, top, x1, bottom in marks:
            mid = (top + bottom) / 2
            if (bottom - top <= DRAWN_BULLET_MAX_EM * ln.size
                    and ln.top - DRAWN_BULLET_LEVEL <= mid <= ln.bottom + DRAWN_BULLET_LEVEL
                    and 0 < ln.x0 - x1 <= DRAWN_BULLET_GAP_EM * ln.size):
                # the list's style: the shape's width and its gap to the text, to half a point
                found.append((ln, x0, (round(2 * (x1 - x0)) / 2, round(2 * (ln.x0 - x1)) / 2)))
                break
    edges = Counter(round(x0) for _, x0, _ in found)
    # a list's bullets share a left edge, or (a list going on in the next column or on the
    # next page) the shape's size and its distance from the text of bullets already taken
    known.update([style for _, x0, style in found if edges[round(x0)] >= 2 or style in known])
    for ln, x0, style in found:
        if style in known:
            ln.text = "\u2022 " + ln.text
            ln.x0 = x0


def rejoin_fragments(lines: list[Line]) -> list[Line]:
    """One line where the reader broke a line of text at a raised footnote mark.

    PDFium ends a line where the baseline moves, so "… the Victims' Code²is not yet
    consistent." comes as three lines: the text, the raised "2" and the rest, side
    by side. A fragment that starts where the one before ends (within a letter's
    width or so) and shares its line joins it; a raised mark in smaller type between
    them is dropped (a footnote marker, as inside a line). Table cells, which stand
    apart, are left as they are.
    """
    out: list[Line] = []
    for ln in _attach_lone_bullets(lines):
        prev = out[-1] if out else None
        if prev is None or prev.cells or ln.cells or not _beside(prev, ln):
            out.append(ln)
            continue
        if _drop_cap(prev, ln):
            # the paragraph's first letter, set large: the line keeps its own size and height
            out[-1] = replace(ln, text=prev.text.strip() + ln.text.lstrip(), x0=prev.x0)
            continue
        if _MARK.match(ln.text) and _raised(ln, prev):
            # the mark goes; the line after it may still continue this one
            out[-1] = replace(prev, x1=ln.x1)
            continue
        if _MARK.match(prev.text) and _raised(prev, ln):
            out[-1] = replace(ln, x0=prev.x0)  # a mark that starts a line
            continue
        spaced = ln.x0 - prev.x1 >= FRAGMENT_SPACE * min(prev.size, ln.size) and not prev.text.endswith(" ")
        text = prev.text.rstrip() + " " + ln.text.lstrip() if spaced else prev.text + ln.text
        out[-1] = replace(prev, text=text, x1=ln.x1, top=min(prev.top, ln.top), bottom=max(prev.bottom, ln.bottom),
                          size=max(prev.size, ln.size))
    return out


_LONE_BULLET = re.compile(rf"^\s*[{BULLET_CLASS}]\s*$")


def _attach_lone_bullets(lines: list[Line]) -> list[Line]:
    """A bullet glyph on a line of its own goes before the item it stands beside.

    Producers that place list markers by position write them apart from their items'
    text: a browser after each item, WeasyPrint after the whole list; either way the
    glyph shares the height of its item's first line, just left of it.
    """
    glyphs = [k for k, ln in enumerate(lines) if _LONE_BULLET.match(ln.text)]
    if not glyphs:
        return lines
    out = list(lines)
    gone: set[int] = set()
    for k in glyphs:
        g = lines[k]
        items = [i for i, ln in enumerate(out) if i not in gone and i != k and not _LONE_BULLET.match(ln.text)
                 and _bullet_of(g, ln)]
        if items:
            i = min(items, key=lambda j: out[j].x0 - g.x1)
            out[i] = replace(out[i], text=f"{g.text.strip()} {out[i].text.lstrip()}", x0=g.x0, cells=())
            gone.add(k)
    return [ln for i, ln in enumerate(out) if i not in gone]


def _bullet_of(glyph: Line, text: Line) -> bool:
    """Whether a lone bullet glyph stands just left of ``text``'s first line, sharing its height."""
    gap = text.x0 - glyph.x1
    shared = min(glyph.bottom, text.bottom) - max(glyph.top, text.top)
    return 0 <= gap <= 3 * text.size and shared >= 0.5 * (glyph.bottom - glyph.top)


def _drop_cap(cap: Line, text: Line) -> bool:
    """Whether ``cap`` is a drop cap that ``text`` goes on from: one capital, set at least
    :data:`~extractor.settings.DROP_CAP_RATIO` times larger, before a word in lower case."""
    letter = cap.text.strip()
    return (len(letter) == 1 and letter.isupper() and text.text.lstrip()[:1].islower()
            and cap.size >= DROP_CAP_RATIO * text.size)


def _raised(mark: Line, text: Line) -> bool:
    """Whether ``mark`` is raised above ``text``: in smaller type, or set on a higher baseline."""
    return mark.size < text.size * _SUPER_RATIO or text.bottom - mark.bottom >= RAISED_MARK * text.size


def _beside(a: Line, b: Line) -> bool:
    """Whether ``b`` continues ``a`` on the same line: it starts where ``a`` ends and
    shares most of the height of the smaller of the two."""
    gap = b.x0 - a.x1
    if gap < -1 or gap > FRAGMENT_GAP * max(a.size, b.size):
        return False
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared >= 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _pdfium_line(raw, tpr, seg, start, end, pno, height, buf, flags, ox, oy, spacing):  # noqa: ANN001, ANN202
    """Build one :class:`Line` from a text segment, with font facts of its first letters; and
    what each character of the segment shows in it (nothing for a dropped mark, a letter and
    a space where a word space was drawn), for cells found later."""
    if not seg.strip():
        return None, []
    # first non-space character carries the line's position and font
    first = start + (len(seg) - len(seg.lstrip()))
    # a bullet set in a symbol font, whatever letter its code is ("l" in Zapf Dingbats), is no
    # letter of the line: its (often smaller) type would make the item look like a footnote
    symbol_bullet = False
    if first + 1 < end and seg[first + 1 - start] in " \t" and seg[first - start] not in BULLET_CHARS:
        raw.FPDFText_GetFontInfo(tpr, first, buf, 255, ctypes.byref(flags))
        symbol_bullet = bool(_SYMBOL_FONT.search(buf.value.decode("latin-1", "replace")))
    probe = first_drawn_letter(raw, tpr, range(first + int(symbol_bullet), min(end, first + 12)),
                               lambda k: seg[k - start])
    if probe is None:
        probe = first
    size = font_size(raw, tpr, probe)
    raw.FPDFText_GetCharOrigin(tpr, probe, ctypes.byref(ox), ctypes.byref(oy))
    text_y = oy.value  # the baseline of the text, not of a raised mark before it
    raw.FPDFText_GetCharOrigin(tpr, first, ctypes.byref(ox), ctypes.byref(oy))
    baseline = height - (text_y if probe != first else oy.value)
    x0 = ox.value
    last = end - 1
    while last > first and seg[last - start].isspace():
        last -= 1
    l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharBox(tpr, last, ctypes.byref(l_), ctypes.byref(r_), ctypes.byref(b_), ctypes.byref(t_))
    x1 = r_.value
    raw.FPDFText_GetFontInfo(tpr, probe, buf, 255, ctypes.byref(flags))
    name = buf.value.decode("latin-1", "replace")
    bold = bool(_BOLD_NAME.search(name)) or bool(flags.value & (1 << 18))
    run_in = ""
    if bold:
        # a bold run-in ("Cause of concern: …") is not a bold line: check the last letter too
        raw.FPDFText_GetFontInfo(tpr, last, buf, 255, ctypes.byref(flags))
        bold = bool(_BOLD_NAME.search(buf.value.decode("latin-1", "replace")))
        if not bold:
            run_in = _bold_lead(raw, tpr, seg, start, probe, last, buf, flags)
    if symbol_bullet:
        k = first - start
        seg = seg[:k] + "•" + seg[k + 1:]  # a symbol font's bullet, by whatever code it has
    def raised(k: int) -> bool:
        """The character at ``k`` of the segment is a mark: smaller, or on a raised baseline."""
        return size > 0 and (font_size(raw, tpr, start + k) < size * _SUPER_RATIO
                             or (probe != first and _origin_y(raw, tpr, start + k, ox, oy) - text_y
                                 >= RAISED_MARK * size))

    # drop superscript digits (footnote markers) by their smaller size or raised baseline
    drop = [m.start() for m in _DIGIT.finditer(seg) if raised(m.start())]
    # an endnote's mark in small roman numerals after the sentence ("… the plan.ii")
    for m in _ROMAN_MARK.finditer(seg):
        if raised(m.start()):
            drop += range(m.start(), m.end())
    if drop:
        # "standard³,⁴": the comma between two raised marks goes with them
        marks = set(drop)
        drop += [k for k, ch in enumerate(seg) if ch == "," and k - 1 in marks and k + 1 in marks]
    seg = drawn_hyphens(seg)  # the same length: positions in it still match PDFium's
    gone, spaced = word_spaces(raw, tpr, seg, start, size) if spacing.active else (set(), set())
    spacing.saw(bool(gone or spaced))
    # a real space between pieces the lexicon would join ("hot spots") is marked to stay
    text = spaced_text(range(len(seg)), keep_real_spaces(raw, tpr, seg, start, size), gone | set(drop), spaced)
    hidden = gone | set(drop)
    shown = ["" if k in hidden else ch + (" " if k in spaced else "") for k, ch in enumerate(seg)]
    cells = _pdfium_cells(raw, tpr, seg, start, x0, shown) if _has_wide_gap(raw, tpr, start, end) else ()
    body = text.rstrip()
    if x1 <= x0 + 1 and len(body) > 2 and _TRAILING_BULLET.search(body):
        # a bullet placed by position and written after its item's text (a web page's
        # ::before marker): it stands left of the text, so it goes first
        glyph_x0 = l_.value
        k = last - 1
        while k > first and seg[k - start].isspace():
            k -= 1
        raw.FPDFText_GetCharBox(tpr, k, ctypes.byref(l_), ctypes.byref(r_), ctypes.byref(b_), ctypes.byref(t_))
        text, x0, x1, cells = body[-1] + " " + body[:-1].rstrip(), glyph_x0, r_.value, ()
    cells = tuple((x, canonical(t)) for x, t in cells)
    return Line(canonical(text), pno, x0, x1, baseline - size, baseline, size, bold, cells=cells,
                run_in=canonical(run_in)), shown


def _bold_lead(raw, tpr, seg: str, start: int, probe: int, last: int, buf, flags) -> str:  # noqa: ANN001
    """The bold words a line starts with, before its first letter in another face."""
    for k in range(probe + 1, last + 1):
        if not seg[k - start].isalnum():
            continue
        raw.FPDFText_GetFontInfo(tpr, k, buf, 255, ctypes.byref(flags))
        if not _BOLD_NAME.search(buf.value.decode("latin-1", "replace")):
            return seg[: k - start].strip()
    return ""


#: A capital that may be a drop cap: alone before a word in lower case.
_CAP_CANDIDATE = re.compile(r"(?:^|(?<=\s))[A-Z](?=[a-z])")


def _drop_cap_split(raw, tpr, text: str, start: int, end: int, height: float,  # noqa: ANN001
                    caps: list[tuple[str, float, float]]) -> list[tuple[int, int]]:
    """The character ranges of a line PDFium ran through a drop cap, without the cap.

    A drop cap spans two or three lines of its paragraph; PDFium may take it for part
    of the line whose baseline it shares and join the next line on after it ("largely
    rural Fcounty of …"). The cap (its letter, left edge and top) goes to ``caps``, to
    be put before its paragraph's first line (:func:`_attach_drop_caps`).
    """
    seg = text[start:end]
    for m in _CAP_CANDIDATE.finditer(seg):
        k = start + m.start()
        if k + 1 >= end:
            continue
        big, small = font_size(raw, tpr, k), font_size(raw, tpr, k + 1)
        if small > 0 and big >= DROP_CAP_RATIO * small:
            l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
            raw.FPDFText_GetCharBox(tpr, k, ctypes.byref(l_), ctypes.byref(r_), ctypes.byref(b_), ctypes.byref(t_))
            caps.append((m.group(0), l_.value, height - t_.value))
            return [r for r in ((start, k), (k + 1, end)) if text[r[0]:r[1]].strip()]
    return [(start, end)]


#: A figure that may open a key-figure call-out: "62%", "£3.4m", "1 in 5".
_KEY_FIGURE_START = re.compile(r"^\s*[£$€]?\d")


def _key_figure_lines(lines: list[Line], starts: list[int]) -> set[int]:
    """A key-figure call-out: a figure set far larger than the words beside it ("62%" over
    "of the farmers who answered our survey …"), and the caption lines that go on under
    the words, standing right of the figure. Infographic, not body text, however much
    its caption reads like a sentence."""
    out: set[int] = set()
    for i in starts:
        ln = lines[i]
        out.add(i)
        prev = ln
        for j in range(i + 1, len(lines)):
            nxt = lines[j]
            if not (0 < nxt.top - prev.top <= 2 * ln.size and nxt.x0 > ln.x0 + ln.size and nxt.size <= ln.size * 1.2):
                break
            out.add(j)
            prev = nxt
    return out


def _narrow(ln: Line) -> bool:
    """A line far narrower than its text: drawn up or down the page, not across."""
    return (ln.x1 - ln.x0) < NARROW_EM_PER_CHAR * ln.size * len(ln.text.strip())


def _baseline_split(raw, tpr, text: str, start: int, end: int, ox, oy) -> list[tuple[int, int]]:  # noqa: ANN001
    """The character ranges of a PDFium line that runs on to another baseline.

    PDFium ends a line where the PDF moves to a new one; a producer that writes the last
    line of one paragraph and the first of the next in one go (Qt's QPdfWriter) gets
    both as one line ("… stalking and harassment. When we inspected the force …", the
    second half a paragraph lower), and the paragraph break is lost. Only a line whose
    first and last letters stand on different baselines is looked at letter by letter.
    """
    def drawn(k: int) -> bool:
        return not text[k].isspace() and not generated(raw, tpr, k)

    seg = text[start:end]
    f0, f1 = start + len(seg) - len(seg.lstrip()), start + len(seg.rstrip()) - 1
    if f1 - f0 < 2 or abs(_origin_y(raw, tpr, f0, ox, oy) - _origin_y(raw, tpr, f1, ox, oy)) <= SAME_BASELINE:
        return [(start, end)]  # most lines: first and last characters on one baseline
    i0 = next((k for k in range(start, end) if drawn(k)), None)
    i1 = next((k for k in range(end - 1, start, -1) if drawn(k)), None)
    if i0 is None or i1 is None or i1 - i0 < 2 or turned(raw, tpr, i0):
        return [(start, end)]  # text set up the margin changes baseline at every letter
    size = font_size(raw, tpr, i0)
    apart = BASELINE_JUMP * size
    y = _origin_y(raw, tpr, i0, ox, oy)
    if size <= 0 or abs(y - _origin_y(raw, tpr, i1, ox, oy)) <= apart:
        return [(start, end)]
    cuts = [start]
    for k in (k for k in range(i0 + 1, i1 + 1) if drawn(k)):
        yk = _origin_y(raw, tpr, k, ox, oy)
        if abs(yk - y) > apart and text[k - 1].isspace():
            cuts.append(k)
        y = yk
    cuts.append(end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def _attach_drop_caps(lines: list[Line], caps: list[tuple[str, float, float]]) -> list[Line]:
    """Each drop cap before the first line beside it: the line to its right whose top is
    nearest the cap's top."""
    for letter, x0, top in caps:
        beside = [i for i, ln in enumerate(lines) if ln.x0 > x0 and abs(ln.top - top) <= ln.size * 1.5
                  and ln.text[:1].islower()]
        if beside:
            i = min(beside, key=lambda j: abs(lines[j].top - top))
            lines[i] = replace(lines[i], text=letter + lines[i].text, x0=x0, cells=())
    return lines


_TRAILING_BULLET = re.compile(rf"\s[{BULLET_CLASS}]$")


def _origin_y(raw, tpr, k: int, ox, oy) -> float:  # noqa: ANN001
    raw.FPDFText_GetCharOrigin(tpr, k, ctypes.byref(ox), ctypes.byref(oy))
    return float(oy.value)


def _has_wide_gap(raw, tpr, start: int, end: int) -> bool:  # noqa: ANN001
    """Whether PDFium's boxes for the line's text leave a gap of at least ``CELL_GAP_MIN``
    points: one call for most lines (a line is one or two boxes), letters only if so."""
    n = raw.FPDFText_CountRects(tpr, start, end - start)
    if n < 2:
        return False
    l_, t_, r_, b_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    right = None
    for k in range(n):
        raw.FPDFText_GetRect(tpr, k, ctypes.byref(l_), ctypes.byref(t_), ctypes.byref(r_), ctypes.byref(b_))
        if right is not None and l_.value - right > CELL_GAP_MIN:
            return True
        right = r_.value if right is None else max(right, r_.value)
    return False



def _hanging_cells(raw, tpr, lines: list[Line], spans: list[tuple[int, str, list[str]]]) -> None:  # noqa: ANN001
    """Cells for a line whose next line starts well inside it: a table row's label and the
    first line of its text ("Repeat callers | The force now checks …" over "is manual …").

    Where PDFium gives the row as one box (TeX writes a row as one run, its column gap
    a kern), :func:`_has_wide_gap` sees no gap. The line below, starting where the text
    cell starts, shows there is one; only such lines are looked at letter by letter.
    """
    for i in range(len(lines) - 1):
        ln, nxt = lines[i], lines[i + 1]
        if ln.cells or not 0 < nxt.top - ln.top <= 2 * ln.size:
            continue
        if ln.x0 + CELL_GAP_MIN < nxt.x0 < ln.x1 - CELL_GAP_MIN:
            s0, seg, shown = spans[i]
            cells = _pdfium_cells(raw, tpr, seg, s0, ln.x0, shown)
            if cells:
                lines[i] = replace(ln, cells=cells)


def _pdfium_cells(raw, tpr, seg: str, start: int, x0: float,  # noqa: ANN001
                  shown: list[str]) -> tuple[tuple[float, str], ...]:
    """The cells of a line: the text either side of each gap far wider than a space, as
    the line shows it (``shown``: what each character of ``seg`` became)."""
    l_, r_, b_, t_ = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()

    def box(k: int) -> tuple[float, float, float]:
        raw.FPDFText_GetCharBox(tpr, start + k, ctypes.byref(l_), ctypes.byref(r_), ctypes.byref(b_), ctypes.byref(t_))
        return l_.value, r_.value, t_.value - b_.value

    cells: list[tuple[float, str]] = []
    begin, left = 0, x0
    k = 0
    while k < len(seg):
        if seg[k] != " " or k == 0:
            k += 1
            continue
        a = k - 1
        b = k
        while b < len(seg) and seg[b] == " ":
            b += 1
        if b >= len(seg) or seg[a] == " ":
            break
        _, right_a, height = box(a)
        left_b, _, _ = box(b)
        if left_b - right_a > max(CELL_GAP_MIN, CELL_GAP_HEIGHTS * height):
            cells.append((left, "".join(shown[begin:a + 1]).strip()))
            begin, left = b, left_b
        k = b
    if not cells:
        return ()
    cells.append((left, "".join(shown[begin:]).strip()))
    return tuple(cells)


def pdfplumber_pages(path: Path) -> Iterator[Page]:
    """Yield the lines of each page using pdfplumber (reference path, char by char)."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(str(path))
    except PDFPasswordIncorrect:
        raise SourceError(str(path), "PDF is encrypted (password required)") from None
    except (PDFSyntaxError, Exception) as exc:  # pdfminer raises many types for bad files
        raise SourceError(str(path), f"not a valid PDF ({type(exc).__name__})") from None
    with pdf:
        for pno, page in enumerate(pdf.pages):
            try:
                lines = _plumber_lines(page.chars, pno + 1)
                pg = Page(pno + 1, float(page.width), float(page.height), lines,
                          sum(1 for c in page.chars if not c["text"].isspace()),
                          rules=[(float(e["top"]), float(e["x0"]), float(e["x1"])) for e in page.horizontal_edges])
                if _may_hold_grade_table(lines):
                    pg.tables = _tables_of(page)
                yield pg
            finally:
                page.close()  # frees the cached objects of this page


def _plumber_lines(chars: list[dict], pno: int) -> list[Line]:
    lines: list[Line] = []
    cur: list[dict] = []

    def emit() -> None:
        if not cur:
            return
        body = [c for c in cur if c["text"].strip()]
        if not body:
            return
        letters = [c for c in body if c["text"].isalpha()] or body
        size = letters[0]["size"]
        text = ""
        prev = None
        cuts: list[tuple[int, float]] = []  # where a gap far wider than a space parts two cells
        for c in cur:
            if c["text"].isdigit() and c["size"] < size * _SUPER_RATIO:
                continue
            if not text.strip() and c["text"].strip() and _SYMBOL_FONT.search(c.get("fontname", "")):
                c = {**c, "text": "•"}  # a symbol font's bullet, by whatever code it has
            if c["text"].startswith("(cid:"):
                # an unmapped glyph: reportlab and many report templates draw bullets this way
                c = {**c, "text": "•" if c["text"] in ("(cid:127)", "(cid:108)", "(cid:183)") else ""}
            if prev is not None and c["text"].strip() and prev["text"].strip() \
                    and c["x0"] - prev["x1"] > max(CELL_GAP_MIN, CELL_GAP_HEIGHTS * prev["size"] * 0.5):
                cuts.append((len(text) + (0 if text.endswith(" ") else 1), c["x0"]))
            if prev is not None and c["x0"] - prev["x1"] > prev["size"] * 0.18 and not text.endswith(" ") and c["text"] != " ":
                text += " "
            text += c["text"]
            if c["text"].strip():
                prev = c
        baseline = letters[0]["bottom"] - (letters[0]["size"] * 0.0)
        first, last = letters[0], letters[-1]
        bold = bool(_BOLD_NAME.search(first.get("fontname", ""))) and bool(
            _BOLD_NAME.search(last.get("fontname", ""))
        )
        cells: tuple[tuple[float, str], ...] = ()
        if cuts:
            edges = [(0, body[0]["x0"]), *cuts]
            cells = tuple((x, text[a:(edges[k + 1][0] if k + 1 < len(edges) else len(text))].strip())
                          for k, (a, x) in enumerate(edges))
        text = canonical(drawn_hyphens(text))
        cells = tuple((x, canonical(drawn_hyphens(t))) for x, t in cells)
        lines.append(Line(text.strip() if text.strip() else text, pno, body[0]["x0"], body[-1]["x1"],
                          baseline - size, baseline, size, bold, cells=cells))

    for c in chars:
        if cur:
            ref = cur[-1]
            same_line = abs(c["bottom"] - ref["bottom"]) < max(ref["size"], c["size"]) * 0.6
            backwards = c["x0"] < ref["x0"] - 1
            if not same_line or backwards:
                emit()
                cur = []
        cur.append(c)
    emit()
    return lines


def _may_hold_grade_table(lines: list[Line]) -> bool:
    """Cheap test before looking for ruled tables: a grade word on a short line.

    One is enough (a letter's table may hold a single graded question): the ruled
    table reader is cheap; only a page it cannot read goes to pdfplumber.
    """
    for ln in lines:
        t = ln.text.strip()
        if len(t) < 90 and (
            normalise_grade(t) is not None or parse_grade_row(t) is not None or _GRADE_HINT.search(t)
        ):
            return True
    return False


#: A word broken over two lines of a table cell at a hyphen ("suit-" / "able"), which
#: PDFium gives as one word (the producer wrote a soft hyphen): read as PDFium reads it.
_UNBROKEN_SOFT = re.compile(r"(?<=[a-z])-[ \n](?=[a-z])")


def _tables_of(page) -> list[Table]:  # noqa: ANN001 - pdfplumber page
    out = []
    for t in page.find_tables():
        x0, top, x1, bottom = (float(v) for v in t.bbox)
        # a soft hyphen drawn inside a cell ("anti\u00adsocial") is a hyphen, as PDFium reads it
        # (and a word broken at a hyphen over two lines of the cell is one word)
        rows = [[_UNBROKEN_SOFT.sub("", drawn_hyphens(c.replace("\u00ad\n", ""))) if c else c for c in row]
                for row in t.extract()]
        out.append(Table((x0, top, x1, bottom), rows))
    return out


def _pdfium_tables(raw, page, tp, height: float,  # noqa: ANN001 - pypdfium2 objects
                   rules: list[tuple[float, float, float]] | None = None,
                   marks: list[tuple[float, float, float, float]] | None = None) -> list[Table] | None:
    """Ruled tables from PDFium's drawing (see :mod:`extractor.read.ruled`); None: ask pdfplumber.

    The page's horizontal rules go into ``rules``, its small drawn shapes into ``marks``."""
    from extractor.read.ruled import ruled_tables

    try:
        return ruled_tables(raw, page.raw, tp.raw, height, rules, marks=marks)
    except Exception:  # noqa: BLE001 - an odd drawing: the reference reader decides
        return None


def _plumber_tables(path: Path, pno: int) -> list[Table]:
    """Tables of one page via pdfplumber: used only on pages that look like grade tables."""
    import pdfplumber

    try:
        with pdfplumber.open(str(path), pages=[pno + 1]) as pdf:
            page = pdf.pages[0]
            try:
                return _tables_of(page)
            finally:
                page.close()
    except Exception:  # noqa: BLE001 - tables are an extra; the text is still read
        return []


READERS = {"pdfium": pdfium_pages, "pdfplumber": pdfplumber_pages}
assert tuple(READERS) == PDF_READERS, "settings.PDF_READERS names the readers offered"
