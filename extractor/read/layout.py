"""Turn page lines into blocks: the layout logic both PDF readers share.

A reader (pypdfium2 by default, pdfplumber as the reference) only has to produce
:class:`Line` objects per page; everything that decides what a line *is* lives
here, so both readers give the same blocks:

- image-only pages are reported, not silently skipped;
- running headers and footers (margin lines repeated across pages, with page
  numbers folded) and bare page numbers are dropped;
- contents pages (dot leaders) are skipped and the cover page feeds metadata only;
- footnote text (small type at the page foot) is dropped;
- grade-table rows ("Investigating crime   Requires improvement") become grade rows;
- headings come from font size, or bold type at body size, and may wrap;
- paragraphs are re-joined across lines, columns and pages, with hyphenation undone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from extractor.read.drawn import drawn_parts, is_rule
from extractor.read.furniture import NOTES_HEADING, body_size, is_salutation, usual_size
from extractor.read.grade_rows import normalise_grade, parse_grade_row
from extractor.read.lexicon import KEPT_SPACE, rejoin_split_words
from extractor.read.normalize import (
    BULLET_CLASS,
    ENUM_ITEM,
    OVERSTRUCK_BULLET,
    clean_chars,
    join_lines,
    repeats_hyphen,
)
from extractor.read.text import DATE_LINE
from extractor.records import Block, GradeRow, ParsedDocument
from extractor.settings import LayoutSettings
from extractor.vocabulary import MONTH_PATTERN


@dataclass
class Line:
    """One line of text as a reader saw it (PDF points, top-down y)."""

    text: str
    page: int
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    #: Set by :func:`_reading_order` on a side box moved into the flow.
    aside: bool = False
    #: Where the reader saw a gap far wider than a space inside the line (table cells
    #: side by side: "Inspection dates      3 to 7 March 2025"): each cell's left edge
    #: and text. Empty for an ordinary line.
    cells: tuple[tuple[float, str], ...] = ()
    #: The bold words the line starts with when the rest is in another face ("Pre-custody:
    #: first point of contact" before "Officers generally …"): a run-in heading, if the
    #: line starts a paragraph (see :func:`_run_in_heading`). Empty for most lines.
    run_in: str = ""


@dataclass
class Table:
    """A ruled table found on a page: its box (top-down PDF points) and cell texts."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str | None]]


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    chars: int
    tables: list[Table] = field(default_factory=list)
    #: Horizontal rules drawn on the page, as ``(y, x0, x1)`` in top-down points (the
    #: edges of drawn lines and rectangles, joined as for ruled tables).
    rules: list[tuple[float, float, float]] = field(default_factory=list)


_CONTENTS_ENTRY = re.compile(r"\S\s*(?:\.\s?){6,}\s*\d{1,3}\s*$")
#: A contents entry's leader to its page number; the number may stand apart, in a column
#: of its own, so the dots may end the line.
_DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d*\s*$|\s{2,}\d{1,3}\s*$")
_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
_TERMINAL = (".", "!", "?", ":", ";", '."', ".'", '?"', ".\u201d", ".\u2019", "?\u201d", "!\u201d")
#: Footnote calls that may follow a sentence's final stop ("… the inspection.¹", "…
#: were recorded.*"): the sentence still ends there.
_NOTE_CALLS = "⁰¹²³⁴⁵⁶⁷⁸⁹*†‡"


def _without_calls(text: str) -> str:
    """``text`` without trailing space and the footnote calls that may follow its stop."""
    return text.rstrip().rstrip(_NOTE_CALLS).rstrip()


def ends_sentence(text: str) -> bool:
    """Does ``text`` end a sentence, footnote calls after its stop aside?"""
    return _without_calls(text).endswith(_TERMINAL)


GLYPH_START = re.compile(rf"^\s*[{BULLET_CLASS}]\s*")
#: A bullet glyph, or the "o" Word gives second-level items (Courier New), then a word.
_BULLET_START = re.compile(rf"^\s*(?:(?:[{BULLET_CLASS}]\s*)+|o\s+(?=\S)|{OVERSTRUCK_BULLET})")
#: The end of a list item that more items follow: "…;", "…; and", "…; or".
_ITEM_END = re.compile(r";\s*(?:and|or)?\s*$")
#: A note that opens with its number ("3 The force told us …"); the number is group 1.
_FOOTNOTE_START = re.compile(r"^\s*(\d{1,3})\s+\S")
#: A numbered paragraph's first line: "5. Officers recognise …", "4.2 We will check …".
_NUMBERED_PARA = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]")


def _fold(text: str) -> str:
    """Fold a margin line for repetition counting: digits vary (page numbers, dates)."""
    return re.sub(r"\d+", "#", text.strip().lower())


def build_document(
    source: str,
    report_id: str,
    pages: Iterable[Page],
    settings: LayoutSettings | None = None,
) -> ParsedDocument:
    """Apply the layout rules to the pages of one PDF."""
    st = settings or LayoutSettings()
    pages = list(pages)
    doc = ParsedDocument(source=source, report_id=report_id, blocks=[], pages=len(pages))
    empty = [p.number for p in pages if p.chars < st.min_page_chars]
    if pages and len(empty) == len(pages):
        return doc  # caller turns this into an error: no text layer at all
    if empty:
        doc.warnings.append(
            f"{len(empty)} page(s) with no text layer (image-only, not read): "
            + _ranges(empty)
        )

    body = usual_size((ln.size, ln.text) for p in pages for ln in p.lines) or st.fallback_body_size

    repeated = _repeated_margin_lines(pages, st)
    cover_done = False
    kept: list[Line] = []
    for p in pages:
        lines = []
        ends = _page_ends(p.lines)
        lone = _lone_header(p, body, st) if p is not pages[0] else None
        for ln in p.lines:
            if ln is lone:
                doc.dropped.append((p.number, "header/footer", ln.text))
                continue
            in_margin = ln.top < p.height * st.margin_band or ln.bottom > p.height * (1 - st.margin_band)
            if ((in_margin and (_margin_key(ln, st) in repeated or _PAGE_NO.match(ln.text)))
                    or ((in_margin or id(ln) in ends) and _numbered_running_line(ln))
                    or (id(ln) in ends and _PAGE_NO.match(ln.text))) \
                    and not (ln.size >= body * st.heading_size_ratio and ln.bold):
                doc.dropped.append((p.number, "header/footer", ln.text))
                continue
            lines.append(ln)
        if not cover_done and p.lines:
            cover_done = True
            if _is_cover(lines, body, st):
                doc.cover_text = "\n".join(ln.text for ln in lines)
                doc.cover_lines = [(ln.text, ln.size) for ln in lines]
                for ln in lines:
                    doc.dropped.append((p.number, "cover", ln.text))
                continue
        span = _contents_span(lines)
        if span is not None:
            # only the list itself: a title above it or the report's first section below it
            # on the same page is read
            for ln in lines[span[0]:span[1]]:
                doc.dropped.append((p.number, "contents", ln.text))
            lines = lines[:span[0]] + lines[span[1]:]
        # a short report's contents may list one or two entries: a dotted leader to a page
        # number is never prose
        prose = []
        for ln in lines:
            if _CONTENTS_ENTRY.search(ln.text):
                doc.dropped.append((p.number, "contents", ln.text))
            else:
                prose.append(ln)
        lines = _columns_written_by_rows(_drawn_in_characters(prose, p, doc), st, doc.notes)
        lines = _drop_footnotes(lines, p, body, st, doc)
        lines = _drop_captions(lines, p, doc, st)
        lines = _take_grade_tables(lines, p, doc)
        lines = _data_table_prose(lines, p, doc)
        lines = _take_column_tables(lines, doc, st)
        lines = _take_grade_rows(lines, doc, st)
        lines = _take_details_tables(lines, doc, st)
        lines = _table_row_labels(lines, p, st)
        kept.extend(_reading_order(lines, st, doc.notes))
    doc.blocks = _split_run_in_lists(_rejoin_around_notes(
        _drop_labels(_drop_pull_quotes(_lines_to_blocks(kept, body, st), body, st, doc), st, doc), st))
    if not doc.cover_text:
        # no cover page: the title and date lines at the top stand in for it
        first = doc.blocks[0].page if doc.blocks else None
        doc.cover_text = "\n".join(
            b.text for b in doc.blocks[:8] if b.page == first and b.kind in ("heading", "date")
        )
    return doc


def _drawn_in_characters(lines: list[Line], page: Page, doc: ParsedDocument) -> list[Line]:
    """Rules, boxes and tables a text-mode producer drew with characters (see
    :mod:`extractor.read.drawn`): rules dropped (a line underlined by one is a heading); a
    table's header and a table of figures dropped, a grade table's barred rows left to
    :func:`_take_grade_rows`, each prose cell's text an item of its own; a box's lines
    stripped of their side bars and kept together as a block of their own (``aside``), its
    label dropped, or kept as the box's heading where it names a list."""
    out: list[Line] = []
    for part in drawn_parts([ln.text for ln in lines]):
        here = lines[part.start:part.end]
        if part.kind == "table":
            for k, row in enumerate(here):
                if k in part.table.grade_rows:
                    out.append(row)
                elif k in part.table.cells:
                    out += [replace(row, text=f"• {cell}", cells=()) for cell in part.table.cells[k]]
                else:  # a rule, the header, a row of figures, or a cell's later lines (joined above)
                    doc.dropped.append((page.number, "rule" if is_rule(row.text) else "table", row.text))
        elif part.kind == "rule":
            doc.dropped.append((page.number, "rule", here[0].text))
            if out and _underlined(out[-1], here[0]):
                out[-1] = replace(out[-1], bold=True)  # "2. SYSTEMS AND PROCESSES" over "-----": a heading
        elif part.kind == "box":
            box = [replace(ln, text=t, aside=True) for ln, t in zip(here, part.inner, strict=True)]
            if part.first == "heading":
                box[0] = replace(box[0], bold=True)  # "Areas for improvement": the box's heading
            elif part.first == "label":
                doc.dropped.append((page.number, "label", box[0].text))
                box = box[1:]
            out.extend(box)
        else:
            out.extend(here)
    return out


def _columns_written_by_rows(lines: list[Line], st: LayoutSettings,
                             notes: list[tuple[int | None, str]] | None = None) -> list[Line]:
    """Two columns of prose that the producer wrote row by row, read a column at a time.

    A formatter that sets two columns as a borderless table (a manual-page formatter, a
    word processor's layout table) writes each row across both columns: the reader sees
    one line per row, "The central suite at … is   The suite at … is old and", with a
    gap far wider than a space between the halves (``Line.cells``). Where several such
    lines in a row each hold two cells starting at the same two places, and both sides
    are prose (the left side's text runs on from one line to the next, each side holds
    :attr:`~extractor.settings.LayoutSettings.column_min_words` words or more, neither is
    much narrower), each line is parted at its gap and the left column is read before the
    right. A table of labels and values ("3.1 | The force should …", "Investigating crime
    | Good") has a short left side and stays as it is.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and _next_row(lines[j - 1], lines[j], lines[i]):
            j += 1
        # a line of one column only ends the run unless the run goes on after it, or it
        # carries on the left column's sentence ("…, as their care plans said they should.")
        while j - 1 > i and len(lines[j - 1].cells) != 2 and not _carries_left(lines[i:j], lines[i]):
            j -= 1
        rows = lines[i:j]
        halves = [_halves(ln, lines[i]) for ln in rows]
        if j - i >= 2 and _prose_columns([h for h in halves if h is not None], st):
            gap = rows[0].cells[1][0]
            out += [replace(ln, text=h[0], x0=min(ln.x0, lines[i].cells[0][0]), x1=gap - ln.size, cells=())
                    for ln, h in zip(rows, halves, strict=True) if h and h[0]]
            out += [replace(ln, text=h[1], x0=gap, cells=()) for ln, h in zip(rows, halves, strict=True) if h and h[1]]
            if notes is not None:
                notes.append((rows[0].page, f"{len(rows)} line(s) of two columns written row by row read "
                                            "a column at a time"))
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _halves(ln: Line, first: Line) -> tuple[str, str] | None:
    """A row's left and right text, where ``first`` (a row of two cells) set the columns: two
    cells where ``first``'s are, or one run of text standing in one column only (the other
    column empty on that line: a paragraph break on one side); None for anything else."""
    if len(first.cells) != 2:
        return None
    (left_x, _), (right_x, _) = first.cells
    if len(ln.cells) == 2:
        if all(abs(a[0] - b[0]) <= ln.size for a, b in zip(ln.cells, first.cells, strict=True)):
            return ln.cells[0][1], ln.cells[1][1]
        return None
    if ln.cells:
        return None
    if abs(ln.x0 - left_x) <= ln.size and ln.x1 < right_x - ln.size:
        return ln.text, ""
    if abs(ln.x0 - right_x) <= ln.size:
        return "", ln.text
    return None


def _next_row(prev: Line, ln: Line, first: Line) -> bool:
    """Whether ``ln`` is the next row after ``prev`` of the two columns ``first`` set."""
    return (_halves(ln, first) is not None and ln.page == prev.page
            and 0 < ln.top - prev.top <= 2 * prev.size and abs(ln.size - prev.size) < 0.5)


def _carries_left(rows: list[Line], first: Line) -> bool:
    """Whether the last of ``rows`` (one column only) carries on the left column's sentence."""
    halves = [h for ln in rows if (h := _halves(ln, first)) is not None]
    last = halves[-1]
    earlier = [h[0] for h in halves[:-1] if h[0]]
    return bool(last[0]) and bool(earlier) and not ends_sentence(earlier[-1]) and last[0][:1].islower()


def _prose_columns(halves: list[tuple[str, str]], st: LayoutSettings) -> bool:
    """Whether rows (each its left and right text) are two columns of prose (see
    :func:`_columns_written_by_rows`)."""
    left = [h[0] for h in halves if h[0]]
    right = [h[1] for h in halves if h[1]]
    if not left or not right:
        return False
    words = [sum(len(t.split()) for t in side) for side in (left, right)]
    chars = [max(len(t) for t in side) for side in (left, right)]
    runs_on = any(not ends_sentence(a) and b[:1].islower() for a, b in zip(left, left[1:], strict=False))
    return (runs_on and min(words) >= st.column_min_words
            and min(chars) >= st.column_min_width_ratio * max(chars))


def _underlined(ln: Line, rule: Line) -> bool:
    """A line underlined with a rule of characters of about its own length, just below it,
    in a few words that end no sentence: a heading, the way plain text marks one."""
    return (ln.page == rule.page and 0 <= rule.top - ln.bottom <= ln.size
            and abs(rule.x0 - ln.x0) <= ln.size and abs(rule.x1 - ln.x1) <= 2 * ln.size
            and len(ln.text.split()) <= 12 and not ends_sentence(ln.text))


def _runs(lines: list[Line], st: LayoutSettings) -> list[list[Line]]:
    """Consecutive lines (in the producer's order) that flow down one column: a run ends
    where the next line moves up, jumps sideways clear of the run, changes size, or
    leaves a gap wider than a blank line."""
    runs: list[list[Line]] = []
    x0 = x1 = 0.0
    for ln in lines:
        cur = runs[-1] if runs else None
        prev = cur[-1] if cur else None
        # a short line that ends a sentence ends its paragraph: the next one starts a run
        para_end = prev is not None and ends_sentence(prev.text) and prev.x1 < x1 - 2 * prev.size
        if prev is not None and ln.top >= prev.top - 1 and ln.x0 < x1 and ln.x1 > x0 and not para_end \
                and abs(ln.size - prev.size) < st.same_size_tolerance \
                and ln.top - prev.bottom <= st.run_gap_lines * max(ln.size, 1.0):
            cur.append(ln)  # type: ignore[union-attr]
            x0, x1 = min(x0, ln.x0), max(x1, ln.x1)
        else:
            runs.append([ln])
            x0, x1 = ln.x0, ln.x1
    return runs


def _plain(text: str) -> str:
    """Block text that is not re-joined by the lexicon: clean characters, plain spaces."""
    return clean_chars(text).replace(KEPT_SPACE, " ")


Span = tuple[float, float, float, float]  # x0, x1, top, bottom of a run of lines


def _margin_runs(spans: list[Span], st: LayoutSettings) -> set[int]:
    """Runs in a margin column: narrow, and beside every wide run of the page (no wide run
    above or below them shares any of their width). Two columns of text are both wide;
    a short line inside a column shares its column's width."""
    widest = max(x1 - x0 for x0, x1, _, _ in spans)
    wide = [sp for sp in spans if sp[1] - sp[0] >= st.margin_wide_share * widest]
    return {i for i, (x0, x1, _, _) in enumerate(spans)
            if x1 - x0 <= st.margin_note_share * widest and wide
            and not any(x0 < w[1] and w[0] < x1 for w in wide)}


def _side_by_side(a: Span, b: Span) -> bool:
    """Whether two areas stand beside each other: apart side to side, sharing height."""
    return (a[1] <= b[0] + 1 or b[1] <= a[0] + 1) and a[2] < b[3] - 1 and b[2] < a[3] - 1


def _column_order(runs: list[list[Line]], spans: list[Span], small: list[bool],
                  st: LayoutSettings) -> list[int] | None:
    """The runs in reading order where two columns stand side by side and the producer
    wrote them out of order (the right-hand one first, or text below them before them);
    None where the page has no such columns or was written in order.

    Desktop-publishing frames are written in the order they were made. Where text
    stands side by side, each side clear of one gutter, the two sides (of similar
    width) are columns. Text across the gutter (a heading over both columns) parts
    the page into bands, read from the top; in each band the left-hand column is read
    from the top, then the right-hand one. A narrow area beside the text is a side
    box (left to :func:`_reading_order`'s runs); three columns, or text across the
    gutter beside a column, are left as written.
    """
    big = [i for i in range(len(runs)) if not small[i]]
    left: set[int] = set()
    right: set[int] = set()
    for n, a in enumerate(big):
        for b in big[n + 1:]:
            if _side_by_side(spans[a], spans[b]):
                lo, hi = (a, b) if spans[a][1] <= spans[b][0] + 1 else (b, a)
                left.add(lo)
                right.add(hi)
    if not left or left & right:
        return None
    gutter_lo, gutter_hi = max(spans[i][1] for i in left), min(spans[i][0] for i in right)
    if gutter_lo > gutter_hi + 1:
        return None
    gutter = (gutter_lo + gutter_hi) / 2
    full: list[int] = []  # runs across the gutter: headings and text over both columns
    cols: tuple[list[int], list[int]] = ([], [])
    for i, (x0, x1, _, _) in enumerate(spans):
        if x1 <= gutter or x0 >= gutter:
            cols[0 if x1 <= gutter else 1].append(i)
        else:
            full.append(i)
    if any(spans[f][2] < spans[i][3] - 1 and spans[i][2] < spans[f][3] - 1 and not (small[f] or small[i])
           for f in full for i in cols[0] + cols[1]):
        return None  # text across the gutter beside a column: not two columns
    sides = [[i for i in c if not small[i]] for c in cols]
    widths = [max(spans[i][1] for i in c) - min(spans[i][0] for i in c) for c in sides]
    words = [sum(len(ln.text.split()) for i in c for ln in runs[i]) for c in sides]
    if min(widths) < st.column_min_width_ratio * max(widths) or min(words) < st.column_min_words:
        return None
    # Out of order: right-hand text written before left-hand text that stands beside or
    # above it. A table written row by row (each row's left cell below the row before)
    # or a note under the left column written last is in reading order already.
    if not any(r < left and spans[left][2] < spans[r][3] - 1 for r in sides[1] for left in sides[0]):
        return None

    def down(group: list[int]) -> list[int]:
        return sorted(group, key=lambda i: (spans[i][2], spans[i][0]))

    # text across both columns parts the page into bands, each read left column first; a
    # short item across the gutter ("Figure 1") parts nothing and follows its band. A heading
    # on one side below everything on the other side opens what comes after the columns
    # ("4 Investigating crime" under the left column, after a balanced two-column section).
    def opens_after(i: int, side: int) -> bool:
        """A heading below all of the other side, the last thing on its own side before
        text across the gutter: it heads that text, not the rest of its column."""
        nxt = [f for f in full if spans[f][2] >= spans[i][3] - 1]
        if not nxt or not _heading_like(runs[i]):
            return False
        f_top = min(spans[f][2] for f in nxt)
        return (all(spans[j][3] <= spans[i][2] + 1 for j in cols[1 - side] if spans[j][2] < spans[i][2] and not small[j])
                and any(spans[j][2] < spans[i][2] for j in cols[1 - side] if not small[j])
                and not any(spans[i][2] < spans[j][2] < f_top for j in cols[side] if not small[j]))

    below_all = [i for side in (0, 1) for i in cols[side] if opens_after(i, side)]
    for i in below_all:
        cols[0 if i in cols[0] else 1].remove(i)
        full.append(i)
    parting = down([i for i in full if not small[i] or i in below_all])
    bands: list[tuple[list[int], list[int], list[int]]] = [([], [], []) for _ in range(len(parting) + 1)]
    for side, group in enumerate((*cols, [i for i in full if small[i]])):
        for i in group:
            bands[sum(1 for f in parting if spans[f][2] <= spans[i][2])][side].append(i)
    order: list[int] = []
    for k, (lhs, rhs, rest) in enumerate(bands):
        if k:
            order.append(parting[k - 1])
        order += down(lhs) + down(rhs) + down(rest)
    return order


def _reading_order(lines: list[Line], st: LayoutSettings,
                   notes: list[tuple[int | None, str]] | None = None) -> list[Line]:
    """The lines of one page in reading order, where the producer wrote some out of order.

    Producers write text in the order of their source, which is the reading order
    except for text they place by position: a floating box written before the text
    that stands above it (Chromium's floats, desktop-publishing frames), or a header,
    letterhead or label written after the text below it. Where runs of lines are out
    of order (one written before another that stands above it, the two overlapping
    side to side), the fewer runs on the wrong side move to where they stand: after
    the nearest run above them. A moved run beside other text (a side box) is marked
    ``aside``: it stays a block of its own and its heading ends with it. Runs of one
    or two words (superscripts, badges, page numbers) neither move nor count, and a
    page written in order is left as it is.
    """
    runs = _runs(lines, st)
    if len(runs) < 2:
        return lines
    spans = [(min(ln.x0 for ln in r), max(ln.x1 for ln in r), r[0].top, r[-1].bottom) for r in runs]
    margin = _margin_runs(spans, st)
    if margin:
        # notes and side headings in a margin column: blocks of their own, like side boxes,
        # so a paragraph that runs past them (to the next column or page) is not cut
        runs = [[replace(ln, aside=True) for ln in r] if i in margin else r for i, r in enumerate(runs)]
        lines = [ln for r in runs for ln in r]
        if notes is not None:
            notes.append((lines[0].page, f"{len(margin)} run(s) of lines in a margin column read as side notes"))
    small = [sum(len(ln.text.split()) for ln in r) < st.reorder_min_words for r in runs]
    columns = _column_order(runs, spans, small, st)
    if columns is not None:
        if notes is not None:
            notes.append((lines[0].page, "two columns written out of order read as they stand: the left-hand "
                                         "column, then the right-hand one"))
        return [ln for i in columns for ln in runs[i]]

    def over(a: int, b: int) -> bool:  # horizontal overlap
        return spans[a][0] < spans[b][1] - 1 and spans[b][0] < spans[a][1] - 1

    early: set[int] = set()  # written before a run that stands above it
    late: set[int] = set()  # written after a run that it stands above
    for i in range(len(runs)):
        if small[i]:
            continue
        for j in range(i + 1, len(runs)):
            if not small[j] and spans[j][3] <= spans[i][2] + 1 and over(i, j):
                early.add(i)
                late.add(j)
    if not early:
        return lines
    single = _single_column_order(runs, spans, small)
    if single is not None:
        if notes is not None:
            notes.append((lines[0].page, "text written out of order in one column read from the top"))
        return single
    moved = set(early if len(early) <= len(late) else late)
    # a box's title ("Summary") is a run too short to count, written next to the box's
    # text and standing just above it: it moves with the box
    titles = {s: i for s in range(len(runs)) if small[s] and s not in moved for i in moved
              if abs(s - i) == 1 and over(s, i) and 0 <= spans[i][2] - spans[s][3] < 2 * (spans[s][3] - spans[s][2])}
    kept = [i for i in range(len(runs)) if i not in moved and i not in titles]
    after: dict[int, list[int]] = {}  # kept run (or -1 for the top) -> moved runs to follow it
    for i in sorted(moved, key=lambda i: (spans[i][2], i)):
        above = [k for k in kept if spans[k][2] < spans[i][2] - 1 and not small[k]]
        anchor = max(above, key=lambda k: (spans[k][2], k)) if above else -1
        # a run right across the foot of two columns ("Key finding" box under both) follows
        # both of them, not the one whose top is lowest
        under = [k for k in above if spans[k][3] <= spans[i][2] + 1 and over(k, i)]
        if any(not over(a, b) for a in under for b in under):
            anchor = max(under)
        after.setdefault(anchor, []).extend([s for s, box in titles.items() if box == i] + [i])
    moved |= set(titles)

    # moved runs that stand beside kept text: side boxes (beside some of its lines: text
    # may wrap round a box and run full width below it)
    boxes = {i for i in moved if any(_side_by_side(spans[i], (ln.x0, ln.x1, ln.top, ln.bottom))
                                     for k in kept if not small[k] for ln in runs[k])}
    out: list[Line] = []

    def put(i: int) -> None:
        if i in boxes:
            out.extend(replace(ln, aside=True) for ln in runs[i])
        else:
            out.extend(runs[i])

    for i in after.get(-1, []):
        put(i)
    for k in kept:
        put(k)
        for i in after.get(k, []):
            put(i)
    if notes is not None:
        notes.append((lines[0].page, f"{len(moved)} run(s) of lines written out of order moved to where they "
                      f"stand on the page" + (f"; {len(boxes)} of them a side box, read as a block of its own"
                                              if boxes else "")))
    return out


def _single_column_order(runs: list[list[Line]], spans: list[Span], small: list[bool]) -> list[Line] | None:
    """A page of one column written out of order, read from the top; None where text
    stands side by side (columns, side boxes: see :func:`_reading_order`).

    A browser paints positioned elements after the rest of the page (numbered
    paragraphs, say, after the headings between them): in one column, where nothing
    stands beside anything else, the order of the page is the order of its runs from
    the top. A run of a word or two (a superscript, a paragraph number, a badge) keeps
    its place after the run written before it, unless it is a heading of its own line.
    """
    lead = [i for i in range(len(runs)) if not small[i] or _heading_like(runs[i])]
    if any(_side_by_side(spans[a], spans[b]) for n, a in enumerate(lead) for b in lead[n + 1:]):
        return None
    groups: list[list[int]] = []
    for i in range(len(runs)):
        if i in lead or not groups:
            groups.append([i])
        else:
            groups[-1].append(i)
    groups.sort(key=lambda g: spans[g[0]][2])
    return [ln for g in groups for i in g for ln in runs[i]]


def _heading_like(run: list[Line]) -> bool:
    """A short run in bold type alone on its lines: a heading, however few its words."""
    return all(ln.bold for ln in run) and any(ch.isalpha() for ln in run for ch in ln.text)


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    start = prev = nums[0]
    tail: list[int | None] = [*nums[1:], None]
    for n in tail:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return "pages " + ", ".join(out)


def _numbered_running_line(ln: Line) -> bool:
    """A running header or footer that carries the page number in a cell of its own
    ("Pellmoor Constabulary — vetting   Page 2 of 2"): furniture even on the one page that
    has it (a letter's second page), where no repetition shows it."""
    if len(ln.cells) < 2:
        return False
    ends = (ln.cells[0][1], ln.cells[-1][1])
    words = " ".join(c[1] for c in ln.cells if not _PAGE_NO.match(c[1]))
    return any(_PAGE_NO.match(c) for c in ends) and sum(ch.isalpha() for ch in words) >= 3


def _page_ends(lines: list[Line]) -> set[int]:
    """The top-most and bottom-most lines of a page (by ``id``): a page number there is
    furniture wherever the margins are (a TeX page's footer sits well above the band)."""
    if not lines:
        return set()
    top = min(lines, key=lambda ln: ln.top)
    bottom = max(lines, key=lambda ln: ln.bottom)
    return {id(top), id(bottom)}


def _lone_header(p: Page, body: float, st: LayoutSettings) -> Line | None:
    """A running header that only this page has (see ``LayoutSettings.lone_header_gap``).

    A two-page letter repeats no header, so repetition cannot find its page 2 heading
    ("Kestreven Police – vetting revisit", "Selvanby Police · revisit · 14 May 2026"); set
    small and alone in the top margin, it ran into the sentence that crosses the page.
    """
    if len(p.lines) < 2:
        return None
    top = min(p.lines, key=lambda ln: ln.top)
    if top.top >= p.height * st.margin_band or top.bold or top.size >= body * st.lone_header_size_ratio \
            or ends_sentence(top.text):
        return None
    below = min((ln.top for ln in p.lines if ln is not top and ln.top > top.top), default=None)
    if below is None or below - top.bottom < st.lone_header_gap * body:
        return None
    # a line level with it (a table's cells, a header in two parts) is left to the other rules
    if any(ln is not top and abs(ln.top - top.top) < st.lone_header_level for ln in p.lines):
        return None
    return top


def _margin_key(ln: Line, st: LayoutSettings) -> tuple[str, int]:
    """Running headers repeat the same text at the same height on many pages."""
    return _fold(ln.text), int(round(ln.top / st.margin_height_step))


def _repeated_margin_lines(pages: list[Page], st: LayoutSettings) -> set[tuple[str, int]]:
    counts: Counter[tuple[str, int]] = Counter()
    for p in pages:
        seen = set()
        for ln in p.lines:
            if ln.top < p.height * st.margin_band or ln.bottom > p.height * (1 - st.margin_band):
                seen.add(_margin_key(ln, st))
        counts.update(seen)
    need = max(2, int(st.repeat_share * len(pages)))
    return {k for k, c in counts.items() if c >= need}


def _is_cover(lines: list[Line], body: float, st: LayoutSettings) -> bool:
    """A cover has large type, few words and hardly any prose.

    A short report or letter can start its prose on page 1 under a large title;
    a page with several sentences is that prose, not a cover.
    """
    words = sum(len(ln.text.split()) for ln in lines)
    big = any(ln.size >= body * st.cover_size_ratio for ln in lines)
    sentences = len(_SENTENCE_END.findall(" ".join(ln.text.strip() for ln in lines)))
    return words < st.cover_max_words and big and sentences <= st.cover_max_sentences


#: The number of a numbered paragraph ("10.", "4.12 ") before its first word.
_PARA_NUMBER = re.compile(r"^\d{1,3}\.(?:\d{1,3}\.?)*\s*(?=[A-Z][a-z]|[A-Z]\s|[‘“])")
_SENTENCE_END = re.compile(r"[a-z)][.!?](?=\s|$)")


def _contents_span(lines: list[Line]) -> tuple[int, int] | None:
    """The lines of a page that are its table of contents, as a slice (start, end), or None.

    A contents list is three or more dotted leaders to page numbers, or a "Contents"
    heading near the top of the page over lines that mostly end in page numbers. It runs
    from its heading (or first entry) to its last entry: a word processor's report puts
    its title above the list and starts its first section below it on the same page.
    """
    leaders = [i for i, ln in enumerate(lines)
               if _DOT_LEADER.search(ln.text) and "...." in ln.text.replace(" ", "")]
    head = [ln.text.strip().lower() for ln in lines[:3]]
    if len(leaders) < 3:
        if "contents" not in head:
            return None
        numbered = [i for i, ln in enumerate(lines) if re.search(r"\s\d{1,3}\s*$", ln.text)]
        if len(numbered) < max(3, len(lines) // 2):
            return None
        leaders = numbered
    first, last = leaders[0], leaders[-1]
    title = next((i for i in range(first - 1, -1, -1) if lines[i].text.strip().lower() == "contents"), None)
    if title is not None and first - title <= 2:
        first = title
    return first, last + 1


def _drop_footnotes(
    lines: list[Line], page: Page, body: float, st: LayoutSettings, doc: ParsedDocument
) -> list[Line]:
    """The run of small-type lines at the foot of a page is footnote text.

    Walk up from the bottom while lines are smaller than body text, in the
    lower part of the page and below all its body text; a footnote's own number
    may have been dropped as a superscript, so a leading digit is not required.
    """
    if _notes_page(lines, body, st):
        for ln in lines:
            doc.dropped.append((page.number, "footnote", ln.text))
        return []
    if (ruled := _notes_under_rule(lines, page, body, st)) is not None:
        for ln in lines[ruled:]:
            doc.dropped.append((page.number, "footnote", ln.text))
        lines = lines[:ruled]
    # notes stand below all the text of the page: small type with text below it (a box of
    # recommendations the producer wrote last) is no footnote
    text_bottom = max((ln.bottom for ln in lines if ln.size > body * st.footnote_size_ratio), default=0.0)
    # a producer may write a page's notes before its text (rinohtype): notes are found by
    # where they stand, so lines that look like notes go last for the walk below (the
    # page keeps its order if they prove to be no notes)
    given = lines
    noted = [ln for ln in lines if ln.size <= body * st.footnote_size_ratio and ln.top > page.height * st.footnote_zone
             and ln.bottom >= text_bottom and not _in_ruled_table(ln, page)]
    if noted and lines[-len(noted):] != noted:
        lines = [ln for ln in lines if ln not in noted] + sorted(noted, key=lambda ln: ln.top)
    # a page that ends early (a section's last page) may have its notes right under its
    # text, above the lower part of the page: small type below all of the page's body text
    # that opens with a note's number ("2 We looked at 60 referrals; …") is notes there too,
    # when the page's text calls that note ("… that victims receive.2") and the line above
    # is no lead-in ("… the force:" over small-type numbered items is a list)
    tail: list[Line] = []
    for ln in reversed(lines):
        if ln.size > body * st.footnote_size_ratio or ln.bottom < text_bottom or _in_ruled_table(ln, page):
            break
        tail.append(ln)
    early = text_bottom > 0 and bool(tail) and _called_note(tail[-1], lines[:len(lines) - len(tail)], body, st)
    cut = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        small = ln.size <= body * st.footnote_size_ratio
        low = (early or ln.top > page.height * st.footnote_zone) and ln.bottom >= text_bottom
        if _in_ruled_table(ln, page):
            break  # a ruled table's cells in small type at the foot of a page are the table's
        if small and low:
            cut = i
            continue
        break
    notes = lines[cut:]
    if not notes or not any(_FOOTNOTE_START.match(n.text) or len(n.text.split()) >= 3 for n in notes):
        return given
    title = lines[cut - 1] if cut else None
    above = lines[cut - 2] if cut >= 2 else None
    # (a title starts as one does, and is no paragraph's wrapped line: "worked with the
    # council …" just above a note that opens with its number, "1 The force …", is the
    # paragraph's last line)
    # (and a numbered paragraph that runs on to the next page, "5. Officers recognise
    # vulnerability well when they attend", is none, whether or not the note kept its number)
    wrapped = title is not None and bool(notes) and (_NUMBERED_PARA.match(title.text) is not None or (
        _FOOTNOTE_START.match(notes[0].text) is not None and (
        not title.text.lstrip()[:1].isupper() or (
        above is not None and abs(above.x0 - title.x0) < 3 and abs(above.size - title.size) < st.same_size_tolerance
        and 0 <= title.top - above.bottom < title.size and not ends_sentence(above.text)))))
    if notes and title is not None and not wrapped and abs(title.x0 - notes[0].x0) < 3 \
            and not ends_sentence(title.text) \
            and len(title.text.split()) <= st.heading_max_words and 0 <= notes[0].top - title.bottom < 1.5 * notes[0].size:
        return given  # small type just under its own title ("Recommendation 3"): a box, not notes
    for ln in notes:
        doc.dropped.append((page.number, "footnote", ln.text))
    return lines[:cut]


#: A note's first line: its number, then a capital ("2 We looked at 60 referrals"); not a
#: count that opens a phrase ("1 in 4 victims", "12 officers were trained").
_NOTE_OPENING = re.compile(r"^\s*(\d{1,3})\s+[A-Z]")


def _called_note(first: Line, above: list[Line], body: float, st: LayoutSettings) -> bool:
    """Is ``first`` (small type under all of a page's text) the start of a note that the
    page's text calls: its number glued to a word or a stop in a body line above
    ("… receive.2", "… victims2 …"), the last of those lines no lead-in ending in a colon?"""
    m = _NOTE_OPENING.match(first.text)
    text_lines = [ln for ln in above if ln.size > body * st.footnote_size_ratio]
    if m is None or not text_lines or text_lines[-1].text.rstrip().endswith(":"):
        return False
    call = re.compile(rf"(?<=[A-Za-z.,;:)’”'\"]){m.group(1)}(?!\d)")
    return any(call.search(ln.text) for ln in text_lines)


def _notes_under_rule(lines: list[Line], page: Page, body: float, st: LayoutSettings) -> int | None:
    """Where the notes under a footnote separator start, or None.

    Some producers set footnotes in body-size type (pdfme), so size alone cannot find
    them; the short rule above them can: one at the text's left edge, in the lower
    part of the page, a fraction of the text's width long, with a gap above it and only
    the notes below it. The lines must stand in page order at the end of ``lines``.
    """
    if not lines or not page.rules:
        return None
    left = min(ln.x0 for ln in lines)
    width = max(ln.x1 for ln in lines) - left
    for y, x0, x1 in sorted(page.rules, reverse=True):
        if y < page.height * st.footnote_zone:
            break
        if not (abs(x0 - left) <= 3 and st.footnote_rule_min <= x1 - x0 <= width * st.footnote_rule_max_share):
            continue
        below = [i for i, ln in enumerate(lines) if ln.top >= y]
        if not below or below != list(range(below[0], len(lines))):
            return None  # text below the rule that is not at the end: not a page's notes
        above = [ln for ln in lines[: below[0]] if ln.bottom <= y]
        if above and y - max(ln.bottom for ln in above) < body * st.footnote_rule_gap:
            return None  # an underline, or a rule that touches the text above it
        if lines[below[0]].top - y > 2 * body:
            return None
        return below[0]
    return None


def _in_ruled_table(ln: Line, page: Page) -> bool:
    """Does the line belong to one of the page's ruled tables (:func:`_in_table`)? A "table"
    of one column is a ruled box (a producer rules off its footnote area), not a table."""
    return any(_in_table(ln, t) for t in page.tables
               if any(sum(1 for c in row if c and c.strip()) >= 2 for row in t.rows))


_NOTES_TITLE = re.compile(r"^\s*(?:(?:end\s*)?notes|references)\s*$", re.I)


def _notes_page(lines: list[Line], body: float, st: LayoutSettings) -> bool:
    """A page that holds only notes: small type throughout (under a "Notes" title, if any),
    whose numbered lines count up 1, 2, 3 … from where they start. Endnotes, and footnotes
    that ran over onto a page of their own, stand at the top of the page, where
    :func:`_drop_footnotes` does not look."""
    rest = lines[1:] if lines and _NOTES_TITLE.match(lines[0].text) else lines
    if not rest or any(ln.size > body * st.footnote_size_ratio for ln in rest):
        return False
    numbers = [int(m.group(1)) for ln in rest if (m := _FOOTNOTE_START.match(ln.text))]
    return len(numbers) >= 2 and _FOOTNOTE_START.match(rest[0].text) is not None \
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


#: The label that opens a caption or a chart's source line: "Figure 2: …", "Chart 1 –
#: …", "Source: …", "Photograph: …" (a number, then a colon, stop or dash; "Figure 3
#: shows that …" is prose).
_CAPTION = re.compile(r"^(?:(?:figure|fig\.|chart|graph|map|table|image|diagram|exhibit)\s+\d+[a-z]?\s*[:.–—-]"
                      r"|(?:source|sources|photograph|photo|image|picture|credit)\s*:)\s*\S", re.I)


def _drop_captions(lines: list[Line], page: Page, doc: ParsedDocument, st: LayoutSettings) -> list[Line]:
    """Captions of figures, charts and photographs, and their source lines, are furniture.

    A caption stands apart from the text, often at the foot of a page below the
    columns, where it would otherwise end the page's last paragraph and take the
    next page's continuation ("… when a person comes" | caption | "home."). A
    caption's wrapped lines (same type, same left edge, just below) go with it.
    """
    out: list[Line] = []
    caption: Line | None = None
    for ln in lines:
        if caption is not None and abs(ln.x0 - caption.x0) < 2 and abs(ln.size - caption.size) < st.same_size_tolerance \
                and 0 <= ln.top - caption.bottom < caption.size and not ends_sentence(caption.text):
            doc.dropped.append((page.number, "caption", ln.text))
            caption = ln
            continue
        caption = None
        if _CAPTION.match(ln.text.strip()):
            doc.dropped.append((page.number, "caption", ln.text))
            caption = ln
            continue
        out.append(ln)
    return out


def _in_table(ln: Line, t: Table) -> bool:
    """Whether a line belongs to a ruled table: its baseline lies inside the box. Its "top"
    is the baseline less the font size, above the glyphs, so in a tight first row it pokes
    out of the box (Chromium prints tables that way)."""
    x0, top, x1, bottom = t.bbox
    return top <= ln.bottom <= bottom + 3 and ln.x0 >= x0 - 3 and ln.x1 <= x1 + 3


_NUMERIC_CELL = re.compile(r"^[\s£$€]*[\d.,]+\s*%?$|^n/?a$", re.I)


def _prose_cell(text: str) -> bool:
    """A table cell that holds a sentence (a comment, a summary), not a label or a figure."""
    return len(text.split()) >= 3 and text.rstrip().endswith((".", "!", "?", ";", ":"))


def _data_table_prose(lines: list[Line], page: Page, doc: ParsedDocument) -> list[Line]:
    """In a ruled table of figures with a column of comments ("101 calls abandoned (%) |
    30 | 35 | … | Abandonment remains high."), the comments are sentences and the rest is
    table: the measure, the figures and the header row leave the text."""
    for t in page.tables:
        cells = [[" ".join((c or "").split()) for c in row] for row in t.rows]
        data_rows = sum(1 for row in cells if sum(1 for c in row if _NUMERIC_CELL.match(c)) >= 2)
        prose = [c for row in cells for c in row if _prose_cell(c)]
        if data_rows < 2 or not prose:
            continue
        keep = []
        for ln in lines:
            if not _in_table(ln, t):
                keep.append(ln)
                continue
            parts = list(ln.cells) if ln.cells else [(ln.x0, ln.text)]
            # a comment's words (its last may stand alone on a line: "January.")
            said = [(x, txt) for x, txt in parts
                    if (len(txt.split()) >= 2 or ends_sentence(txt)) and any(txt.strip() in p for p in prose)]
            if said:
                keep.append(replace(ln, text=" ".join(txt.strip() for _, txt in said), x0=said[0][0], cells=()))
            else:
                doc.dropped.append((page.number, "table", ln.text))
        lines = keep
    return lines


def _table_row_labels(lines: list[Line], page: Page, st: LayoutSettings) -> list[Line]:
    """In a ruled table of text ("Area | What we found"), a row's label cell is the row's
    heading, not the first words of its sentence.

    The reader gives a row's label and the first line of its text as one line ("Counter-
    corruption The unit is effective …"), with or without a cell break; a row of one line
    has no wrapped line below to show where its text cell starts. The table's own cells
    say where the label ends: such a line is marked as opening with a run-in heading
    (see :func:`_run_in_heading`).
    """
    for t in page.tables:
        pairs = []
        for row in t.rows:
            cells = [" ".join((c or "").split()) for c in row]
            cells = [c for c in cells if c]
            if len(cells) >= 2 and _label_text(cells[0], st) and not _said(cells[0]) \
                    and len(cells[1].split()) >= st.text_cell_min_words:
                # a short status after the text ("… given leaflets. | Met") is the table's
                status = " ".join(cells[2:]) if all(_short_label(c, st) for c in cells[2:]) else ""
                pairs.append((cells[0], " ".join(cells[1].split()[:2]), status))
        if not pairs:
            continue
        for i, ln in enumerate(lines):
            if ln.run_in or not _in_table(ln, t):
                continue
            text = " ".join(ln.text.split())
            for label, start, status in pairs:
                if text.startswith(f"{label} {start}"):
                    if status and text.endswith(f" {status}"):
                        kept = tuple(c for c in ln.cells if " ".join(c[1].split()) != status)
                        ln = replace(ln, text=text[: -len(status) - 1], cells=kept if len(kept) >= 2 else ())
                    lines[i] = replace(ln, run_in=label)
                    break
    return lines


def _said(cell: str) -> bool:
    """Is a table's label cell a sentence ("Community scrutiny is limited.")? Then it is
    the row's first finding, not a heading over the row."""
    return cell.rstrip().endswith(".") and _FINITE.search(cell) is not None


def _take_grade_tables(lines: list[Line], page: Page, doc: ParsedDocument) -> list[Line]:
    """Rows of ruled grade tables become grade rows; their lines leave the text.

    A table may give each area's grade and then a summary in a column after it
    ("Preventing crime | Good | The force works closely with schools …"): the area
    and grade are a grade row, and the summary stays in the text, where it is read
    as the sentences it is.
    """
    for t in page.tables:
        rows = []
        summaries = False
        notes = []  # rows that grade nothing and are prose: a note across the table's width
        for row in t.rows:
            cells = [re.sub(r"\s+", " ", c).strip() for c in row if c and c.strip()]
            at = next((j for j in range(1, len(cells)) if normalise_grade(cells[j]) is not None), None)
            if at is not None:
                rows.append((" ".join(cells[:at]), normalise_grade(cells[at]) or "", " | ".join(cells)))
                summaries = summaries or at < len(cells) - 1
            elif len(cells) == 1 and cells[0].endswith((".", "!", "?")) and len(cells[0].split()) >= 5:
                notes.append(cells[0])
        if not rows:
            continue
        for area, g, text in rows:
            doc.grade_rows.append(GradeRow(area, g, page.number, text))
        top = t.bbox[1]
        inside = [_in_table(ln, t) for ln in lines]
        # where the summary column starts: the last cell of a row's first line, when it begins
        # a summary (not the first word of a grade wrapped in its cell: "Requires" / "improvement")
        summary_text = " ".join(text.split(" | ", 2)[-1] for _, _, text in rows if text.count(" | ") >= 2)
        starts = [ln.cells[-1][0] for ln, ins in zip(lines, inside, strict=True) if ins and summaries
                  and len(ln.cells) >= 2 and normalise_grade(ln.cells[-1][1]) is None and ln.top > top + ln.size
                  and " ".join(ln.cells[-1][1].split()) in summary_text]
        text_x = min(starts) if starts else None
        keep = []
        for ln, ins in zip(lines, inside, strict=True):
            if not ins or any(re.sub(r"\s+", " ", ln.text).strip() in n for n in notes):
                keep.append(ln)
            elif text_x is not None and ln.cells and abs(ln.cells[-1][0] - text_x) <= 3:
                doc.dropped.append((page.number, "grade table", " | ".join(c[1] for c in ln.cells[:-1])))
                keep.append(replace(ln, text=ln.cells[-1][1], x0=ln.cells[-1][0], cells=()))
            elif text_x is not None and not ln.cells and ln.x0 >= text_x - 3:
                keep.append(ln)  # the summary's next lines
            else:
                doc.dropped.append((page.number, "grade table", ln.text))
        lines = keep
    return lines


def _short_label(text: str, st: LayoutSettings) -> bool:
    """A table's label cell: a few words, ending no sentence."""
    return 0 < len(text.split()) <= st.details_label_max_words and not ends_sentence(text)


def _details_row(ln: Line, st: LayoutSettings) -> bool:
    """A label and its value side by side: "Inspection dates | 3 to 7 March 2025". A
    bullet or a list number with a tab after it ("• | By June 2026 …") labels nothing."""
    label = ln.cells[0][1] if len(ln.cells) == 2 else ""
    value = ln.cells[1][1] if len(ln.cells) == 2 else ""
    # a value that runs on as prose ("Ashgrove | The force has trained 600 officers in
    # recognising stalking, but the …") is a table of findings, whose text is read, not a
    # table of facts about the document (whose values, a sentence at most, are short)
    words = value.split()
    prose = len(words) >= st.details_value_max_words and (
        bool(_FINITE.search(value)) or sum(w[:1].islower() for w in words) >= st.details_prose_lower_share * len(words))
    return sum(c.isalpha() for c in label) >= 2 and _short_label(label, st) and not prose


def _take_details_tables(lines: list[Line], doc: ParsedDocument, st: LayoutSettings) -> list[Line]:
    """Details tables (force, inspection dates, reference, telephone): page furniture.

    Two or more rows, one under the other, each a short label and a value in cells
    that start at the same places, are a table of facts about the document, not
    prose: read as lines they run together into one "sentence" ("Force Wessex Police
    Inspection dates 3 to 7 March …"). The row just below at the same place and
    pitch, whose value sits too close to its label for a gap to show (a long label),
    belongs to the table too; a line above never does (the paragraph before a table
    may stand at the same pitch). Grade tables are taken before this.
    """
    rows = [_details_row(ln, st) for ln in lines]
    take: set[int] = set()
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and rows[j + 1] and lines[j + 1].page == lines[i].page \
                and abs(lines[j + 1].cells[1][0] - lines[i].cells[1][0]) <= st.cell_align_tolerance * 2 \
                and abs(lines[j + 1].x0 - lines[i].x0) <= st.cell_align_tolerance * 2 \
                and 0 < lines[j + 1].top - lines[j].top <= st.details_row_gap_lines * max(lines[j].size, 1.0):
            j += 1
        if j > i and lines[i].bold and not any(lines[k].bold for k in range(i + 1, j + 1)):
            # a header row in bold over rows in the text face ("Area | What we found" over
            # "Vetting | Clearances are renewed late …"): a table of findings, whose rows are
            # read; a details table has no header
            i = j + 1
            continue
        if j > i:
            pitch = (lines[j].top - lines[i].top) / (j - i)
            hi = j
            if hi + 1 < len(lines):
                nxt, last, tol = lines[hi + 1], lines[hi], st.cell_align_tolerance * 2
                if not nxt.cells and nxt.page == last.page and abs(nxt.x0 - last.x0) <= tol \
                        and abs(nxt.top - last.top - pitch) <= tol:
                    hi += 1
            take.update(range(i, hi + 1))
        i = j + 1
    if not take:
        return lines
    for k in sorted(take):
        ln = lines[k]
        shown = " | ".join(c[1] for c in ln.cells) if ln.cells else ln.text
        doc.dropped.append((ln.page, "details table", shown))
    return [ln for k, ln in enumerate(lines) if k not in take]


#: The header cells of an unruled judgements table with a summary column.
_HEAD_AREA = re.compile(r"(?:area|theme|question|pillar)s?(?: of (?:policing|inspection|work))?", re.I)
_HEAD_GRADE = re.compile(r"(?:grade|judgement|judgment|rating)s?", re.I)
_HEAD_SUMMARY = re.compile(r"summary|comments?|what we found|findings?|why", re.I)


def _grade_prefix(text: str) -> tuple[str, str] | None:
    """A grade phrase that opens ``text``, and the rest ("Requires improvement Too many …")."""
    words = text.split()
    for n in (5, 4, 3, 2, 1):
        g = normalise_grade(" ".join(words[:n])) if len(words) >= n else None
        if g is not None:
            return g, " ".join(words[n:])
    return None


def _take_column_tables(lines: list[Line], doc: ParsedDocument, st: LayoutSettings) -> list[Line]:
    """Unruled judgements tables whose header names an area, a grade and a summary column.

    A web page's table without rules: under "Area | Grade | Summary" each row is an area
    (perhaps wrapped over lines in its narrow column), a grade, and a summary that wraps
    in its own column. The header's cells say where each column starts: lines are sorted
    into cells by where they start, each row gives a grade row, and the summary stays in
    the text. The table ends at text that starts left of it or at a heading.
    """
    out: list[Line] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        cells = [c[1].strip() for c in ln.cells]
        if not (len(cells) == 3 and _HEAD_AREA.fullmatch(cells[0]) and _HEAD_GRADE.fullmatch(cells[1])
                and _HEAD_SUMMARY.fullmatch(cells[2])):
            out.append(ln)
            i += 1
            continue
        ax, gx, sx = (c[0] for c in ln.cells)
        tol = st.cell_align_tolerance + 2
        doc.dropped.append((ln.page, "grade table", ln.text))
        rows: list[tuple[list[str], str | None]] = []  # each row's area lines and its grade
        j = i + 1
        ended = False
        while j < len(lines):
            row = lines[j]
            if row.page != ln.page or row.x0 < ax - tol or (row.bold and abs(row.x0 - ax) > tol):
                break
            # a line may hold several cells of its row ("Home visits | Requires improvement Visits …")
            segments = list(row.cells) if row.cells else [(row.x0, row.text)]
            summary: list[str] = []
            for x, text in segments:
                text = text.strip()
                if abs(x - ax) <= tol:
                    if not rows or rows[-1][1] is not None:
                        rows.append(([], None))
                    rows[-1][0].append(text)
                elif abs(x - gx) <= tol and rows and (found := _grade_prefix(text)) is not None:
                    rows[-1] = (rows[-1][0], found[0])
                    summary += [found[1]] if found[1] else []
                elif x >= sx - tol and rows and rows[-1][1] is not None:
                    summary.append(text)
                else:
                    ended = True
                    break
            if ended:
                break
            if summary:
                out.append(replace(row, text=" ".join(summary), x0=sx, cells=()))
            if abs(row.x0 - sx) > tol:
                doc.dropped.append((row.page, "grade table", row.text))
            j += 1
        for area, grade in rows:
            if grade is not None and area:
                doc.grade_rows.append(GradeRow(" ".join(area), grade, ln.page, f"{' '.join(area)} | {grade}"))
        i = j
    return out


_GRADE_HEAD = re.compile(r"\b(?:requires|not)$", re.I)
_GRADE_TAIL = re.compile(r"improvement(?: to be good)?|graded", re.I)


def _join_wrapped_grades(lines: list[Line]) -> list[Line]:
    """A grade wrapped in its narrow cell ("… partnerships   Requires" / "improvement")
    joined back onto its row's line."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and _GRADE_TAIL.fullmatch(ln.text.strip()) and _GRADE_HEAD.search(prev.text.rstrip()) \
                and ln.page == prev.page and 0 < ln.top - prev.top < 2.5 * prev.size \
                and prev.cells and abs(ln.x0 - prev.cells[-1][0]) <= 3:
            last = prev.cells[-1]
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {ln.text.strip()}",
                              cells=(*prev.cells[:-1], (last[0], f"{last[1].rstrip()} {ln.text.strip()}")))
            continue
        out.append(ln)
    return out


def _take_grade_rows(lines: list[Line], doc: ParsedDocument, st: LayoutSettings) -> list[Line]:
    """Unruled grade tables: "Area   Grade" on one line, or a bare grade after the area.

    When the grade cell sits apart from a wrapped area cell, the reader gives the
    area lines and then the grade alone; up to two area lines without final
    punctuation are joined back to it.
    """
    out: list[Line] = []
    lines = _join_wrapped_grades(lines)
    # a grade table a converter drew in text ("|Investigating crime   |Good   |", as antiword
    # prints a Word table): its rows read as an unruled table's, and its header row (the
    # first barred row, short cells all filled) dropped with them; any other barred row,
    # of prose or figures, or a wrapped cell's next line ("|   |children at the |"), stays
    barred_header = [False] * len(lines)
    barred = [_PIPE_ROW.match(ln.text) is not None for ln in lines]
    for i, ln in enumerate(lines):
        if not barred[i]:
            continue
        raw = [c.strip() for c in ln.text.strip().strip("|").split("|")]
        cells = [c for c in raw if c]
        joined = " | ".join(cells)
        if parse_grade_row(joined) is not None:
            lines[i] = replace(ln, text=joined)
        elif (i == 0 or not barred[i - 1]) and all(raw) \
                and all(len(c.split()) <= 4 and not c.endswith(".") for c in cells):
            # the first barred row, every cell filled and short: the table's header
            lines[i] = replace(ln, text=joined)
            barred_header[i] = True
    rowlike = [_row_like(ln, st) for ln in lines]
    header = [bool(_TABLE_HEADER.fullmatch(ln.text)) for ln in lines]

    def in_table(i: int) -> bool:
        """A table has several rows (or a header): one row-like line alone is prose."""
        nxt = lines[i + 1].text.lstrip()[:1] if i + 1 < len(lines) else ""
        if nxt.islower() and lines[i + 1].page == lines[i].page:
            return False  # the sentence goes on: "... monitor outstanding" / "calls ..."
        near = range(max(0, i - st.grade_row_window), min(len(lines), i + st.grade_row_window + 1))
        return any((rowlike[j] or header[j]) and j != i and lines[j].page == lines[i].page for j in near)

    for i, ln in enumerate(lines):
        if rowlike[i] and not in_table(i):
            out.append(ln)
            continue
        grade = normalise_grade(ln.text.strip()) if len(ln.text) < st.grade_cell_max_chars else None
        if grade is not None and out and not ends_sentence(out[-1].text) and _BULLET_START.match(out[-1].text) \
                and out[-1].page == ln.page and ln.top > out[-1].top:
            # a list item wrapped before its grade ("• Managing offenders and suspects –" /
            # "adequate"), as a narrow column wraps it: one item of a judgement list, read with
            # its grade as the same list is in plain text, not a table's cells
            prev = out.pop()
            out.append(replace(prev, text=f"{prev.text.rstrip()} {ln.text.strip()}", x1=max(prev.x1, ln.x1),
                               bottom=ln.bottom))
            continue
        if grade is not None and out and not ends_sentence(out[-1].text):
            parts = [out.pop()]
            if out and not ends_sentence(out[-1].text) \
                    and abs(out[-1].x0 - parts[0].x0) < st.cell_align_tolerance \
                    and len(out[-1].text.split()) < st.grade_area_max_words and parse_grade_row(out[-1].text) is None:
                parts.insert(0, out.pop())
            area = " ".join(p.text.strip() for p in parts)
            doc.grade_rows.append(GradeRow(area, grade, ln.page, f"{area} {ln.text.strip()}"))
            for p in parts + [ln]:
                doc.dropped.append((ln.page, "grade table", p.text))
            continue
        row = parse_grade_row(ln.text)
        if row is not None and ln.text.rstrip().endswith("."):
            # "Preventing crime: good." ends as a sentence does: an item of a judgement list
            # (its bullet drawn as a graphic), read as a finding with its grade, not a table cell
            out.append(ln)
            continue
        if row is not None:
            area = row[0]
            if out and not ends_sentence(out[-1].text) and abs(out[-1].x0 - ln.x0) < st.cell_align_tolerance \
                    and len(out[-1].text.split()) < st.grade_area_max_words and out[-1].text[:1].isupper() \
                    and area[:1].islower():
                prev = out.pop()  # the first line of a wrapped area cell
                area = prev.text.strip() + " " + area
                doc.dropped.append((ln.page, "grade table", prev.text))
            elif area[:1].islower():
                # an area cell starts with a capital: this is the end of a wrapped line
                # ("• Preventing crime and anti-social" / "behaviour: good.")
                out.append(ln)
                continue
            text = ln.text.strip() if area == row[0] else f"{area[: len(area) - len(row[0])].strip()} {ln.text.strip()}"
            doc.grade_rows.append(GradeRow(area, row[1], ln.page, text))
            doc.dropped.append((ln.page, "grade table", ln.text))
            continue
        if header[i] or (barred_header[i] and in_table(i)):
            # (a text-drawn row of short cells beside a grade table's rows: its header)
            doc.dropped.append((ln.page, "grade table", ln.text))
            continue
        out.append(ln)
    return out


_TABLE_HEADER = re.compile(rf"\s*{_HEAD_AREA.pattern}\s+{_HEAD_GRADE.pattern}\s*", re.I)
#: A table row drawn in text, between vertical bars: "|Investigating crime   |Good   |".
_PIPE_ROW = re.compile(r"^\s*\|(?:[^|]*\|){2,}\s*$")


def _row_like(ln: Line, st: LayoutSettings) -> bool:
    """Could this line be a row of a grade table (or the grade cell of one)?"""
    text = ln.text.strip()
    if len(text) < st.grade_cell_max_chars and normalise_grade(text) is not None:
        return True
    return parse_grade_row(text) is not None


#: A sentence that ends inside a line ("… well. Safeguarding …"): never in a heading.
#: (A question may stand before the rest of a title: "Known and trusted? Neighbourhood …".)
_STATEMENT_INSIDE = re.compile(r"[a-z]{2}[.!][\"'”’]?\s+[A-Z][a-z]")


def _is_heading_line(ln: Line, body: float, st: LayoutSettings) -> bool:
    text = ln.text.strip()
    if not text or len(text.split()) > st.heading_max_words + st.heading_line_slack:
        return False
    if text.endswith((".", ";", '."', ".'", ".”", "”", '"')) and not text.endswith("..."):
        return False
    if text.endswith(":") and len(text.split()) >= st.leadin_min_words and _FINITE.search(text):
        return False  # a list's lead-in in bold ("To improve, the force should make sure that:")
    if text.endswith(",") and not ln.bold:
        return False  # bold headings may wrap after a comma; other text ending so is prose
    if text[:1] in "\"'“‘":
        return False  # a quotation (pull-quote), not a heading
    if _STATEMENT_INSIDE.search(text):
        # "… calls quickly. It needs to …": sentences in large type (a table cell); a question
        # inside a title ("Known and trusted? Neighbourhood policing in …") is a title still
        return False
    if _BULLET_START.match(text) and ln.size < body * st.heading_size_ratio:
        return False  # a dash in heading type continues a wrapped title ("– An inspection of …")
    if not any(c.isalpha() for c in text):
        return False
    if ln.size >= body * st.heading_size_ratio:
        return True
    return ln.bold and ln.size >= body * st.bold_heading_size_ratio


def _runs_into_sentence(ln: Line, after: list[Line], text: str, st: LayoutSettings) -> bool:
    """Does the line go on, through lines in its own type that start in lower case, into
    the end of a sentence? Then it is text in large type, not a heading: a standfirst
    wraps "… the way it deals with" / "anti-social behaviour, but …," / "according to a
    report published today."; a question heading never ends in a full stop."""
    prev = ln
    for k, nxt in enumerate(after):
        if nxt.page != ln.page or not nxt.text.strip()[:1].islower() \
                or abs(nxt.size - ln.size) >= st.same_size_tolerance or not 0 <= nxt.top - prev.bottom < ln.size:
            return False
        if _without_calls(nxt.text).endswith((".", '."', ".”", ".’")) \
                or (k == 0 and _SENTENCE_END_INSIDE.search(nxt.text) and not ends_sentence(text)):
            return True
        if not nxt.text.rstrip().endswith(","):
            return False  # a wrapped heading goes on without a comma ("… support accurate" / "crime-recording?")
        prev = nxt
    return False


def _lone_heading(ln: Line, prev: Line | None, nxt: Line | None, body: float, st: LayoutSettings) -> bool:
    """A short line in type a little larger than the text under it, standing alone: a heading.

    Some producers set headings in another face at barely more than body size and
    not in a face named bold (a Go service's "utf8carlitob"), so neither size nor
    weight marks them. Standing alone means: the text before it (``prev``, the last
    line of the paragraph in progress, if any) ended a sentence, and the next line,
    in body type or a box's smaller type, starts one.
    """
    text = ln.text.strip()
    if nxt is None or nxt.page != ln.page or not nxt.top > ln.top or not nxt.text.strip()[:1].isupper():
        return False
    # the text under it is the body's or a box's (no larger than the body's), and this line
    # is a little larger than that text: "What rural communities told us" over a box
    if not (nxt.size * st.lone_heading_size_ratio <= ln.size < body * st.heading_size_ratio
            and nxt.size < body + st.same_size_tolerance) \
            or not text[:1].isupper() or not text[-1:].isalpha() or len(text.split()) > st.lone_heading_max_words:
        return False
    return prev is None or ends_sentence(prev.text)


def _label_text(text: str, st: LayoutSettings) -> bool:
    """A row's label in a table of text (stripped): a short label, capitalised."""
    return _short_label(text, st) and text[:1].isupper()


def _bold_label(text: str, st: LayoutSettings) -> bool:
    """A row's label set in bold: up to ``label_max_words`` words, capitalised, ending no sentence."""
    return 0 < len(text.split()) <= st.label_max_words and text[:1].isupper() and not ends_sentence(text)


def _row_label(ln: Line, nxt: Line | None, st: LayoutSettings) -> tuple[str, int] | None:
    """The label cell of a table row whose text cell runs on below it ("Preventing crime |
    The force works well with partners …"), and the index of that text cell; or None.

    The reader gives the label and the first line of the text as one line with a
    wide gap; the text's next line starts where its cell does. Short cells between the
    label and the text are the row's status or judgement ("Detainee care | Met | Health
    care was prompt …"): they belong to the table, not to the sentence.
    """
    if len(ln.cells) < 2:
        return None
    # a row's number or code before its label ("1 | Vetting backlog | The force has …")
    # numbers the row: the label is the cell after it
    lead = 1 if (len(ln.cells) >= 3 and _ROW_NUMBER.fullmatch(ln.cells[0][1].strip())
                 and _label_text(ln.cells[1][1].strip(), st)) else 0
    label = ln.cells[lead][1].strip()
    if not _label_text(label, st):
        return None
    k = next((i for i, c in enumerate(ln.cells[lead + 1:], lead + 1) if len(c[1].split()) >= st.text_cell_min_words), None)
    if k is None or not all(_short_label(c[1].strip(), st) for c in ln.cells[lead + 1:k]):
        return None
    wraps = nxt is not None and nxt.page == ln.page and nxt.top > ln.top \
        and abs(nxt.x0 - ln.cells[k][0]) <= st.cell_align_tolerance
    # or the row is one line, its text cell a whole sentence beside a label and a status
    # ("E1 | Detainees are told about their rights. | Met") or a number and a label
    # ("1 | Vetting backlog | The force has fully met this recommendation.")
    whole = len(ln.cells) >= 3 and ends_sentence(ln.cells[k][1])
    return (label, k) if wraps or whole else None


#: A row's reference code in a table of standards or recommendations: "E1", "R12", "AFI3".
_ROW_CODE = re.compile(r"[A-Z]{1,4}\s?\d{1,3}[a-z]?")
#: A row's number or code in a cell of its own: "1", "2.", "R3".
_ROW_NUMBER = re.compile(r"\d{1,3}\.?|" + _ROW_CODE.pattern)


def _box_title(ln: Line, nxt: Line | None, body: float, st: LayoutSettings) -> bool:
    """A bold title over text in the same smaller type (a box's "Case study: …" over its
    text): a heading, though smaller than the body's headings. The next line is the
    text it heads: not bold, about the same size (a kicker such as "Key finding" may be
    set a little smaller than the text under it), starting where it starts, just below it."""
    text = ln.text.strip()
    return (nxt is not None and ln.bold and not nxt.bold and ln.page == nxt.page
            and body * st.box_title_min_ratio <= ln.size < body * st.bold_heading_size_ratio
            and abs(ln.size - nxt.size) <= max(st.same_size_tolerance, st.box_title_size_step)
            and abs(ln.x0 - nxt.x0) < 2
            and -0.25 * ln.size <= nxt.top - ln.bottom < ln.size and nxt.text.strip()[:1].isupper()
            and len(text.split()) <= st.heading_max_words and not _without_calls(text).endswith((*_TERMINAL, ","))
            and any(c.isalpha() for c in text))


def _lines_to_blocks(lines: list[Line], body: float, st: LayoutSettings) -> list[Block]:
    heading_sizes = sorted(
        {round(ln.size) for ln in lines if ln.size >= body * st.heading_size_ratio}, reverse=True
    )
    blocks: list[Block] = []
    cur: list[str] = []
    cur_kind = ""
    cur_page = 0
    cur_level = 1
    breaks: list[tuple[int, int]] = []
    prev: Line | None = None
    col_width = 0.0
    pitch = _line_pitch(lines)
    flow = _flow_pitches(lines, st.flow_pitch_max)
    margins = _left_margins(lines)
    lines = _small_labels_aside(_unhang_all(lines, st), body, st)
    # only a document that draws no bullet glyph at all draws its bullets as graphics
    # (a dash in heading type is a wrapped title, not a bullet)
    # (an "o" item under a bullet drawn as a graphic does not say the bullets are text)
    graphic_bullets = not any(GLYPH_START.match(ln.text) and ln.size < body * st.heading_size_ratio for ln in lines)
    if lines:
        widths = sorted(ln.x1 - ln.x0 for ln in lines)
        col_width = widths[int(len(widths) * st.column_width_quantile)]

    cur_aside = False
    # a body paragraph a side box was set into mid-sentence: it goes on after the box, and
    # its block goes back to where it stood, before the box's
    broken: tuple[list[str], str, int, int, list[tuple[int, int]], Line | None, int] | None = None
    insert_at: int | None = None

    def flush() -> None:
        nonlocal cur, cur_kind, breaks, insert_at
        if cur:
            text = join_lines(cur) if cur_kind != "heading" else " ".join(x.strip() for x in cur)
            text = rejoin_split_words(clean_chars(text))
            if cur_kind == "para":
                text = _PARA_NUMBER.sub("", text, count=1)  # "10.Assessments are …": the number is not text
            block = Block(text, cur_kind, cur_page, cur_level, tuple(breaks), prev.size if prev else None, cur_aside)
            if insert_at is None:
                blocks.append(block)
            else:
                blocks.insert(insert_at, block)
        cur, cur_kind, breaks, insert_at = [], "", [], None

    for n, ln in enumerate(lines):
        text = ln.text.strip()
        if not text:
            continue
        if ln.aside != cur_aside:
            # a side box is a block of its own: never joined to the text beside it
            if ln.aside and cur_kind in ("para", "bullet") and not ends_sentence(cur[-1]):
                broken = (cur, cur_kind, cur_page, cur_level, breaks, prev, len(blocks))
                cur, cur_kind, breaks = [], "", []
            else:
                flush()
            cur_aside = ln.aside
            prev = None
            if broken is not None and not ln.aside:
                cur, cur_kind, cur_page, cur_level, breaks, prev, insert_at = broken
                broken = None
        nxt = lines[n + 1] if n + 1 < len(lines) else None
        row = _row_label(ln, nxt, st)
        if row is not None:
            label, k = row
            # a table row's label over its text cell: a heading for the row (a bare code
            # such as "E1" heads nothing), then the cell; a short status or figure after
            # the text ("Met", "48 of 50") is the table's, not the sentence's
            flush()
            if not _ROW_CODE.fullmatch(label):
                # a label cell that is a sentence ("Community scrutiny is limited.") is the
                # row's first finding, not a heading over it
                blocks.append(Block(_plain(label), "para" if _said(label) else "heading", ln.page,
                                    len(heading_sizes) + 1, (), ln.size, cur_aside))
            cells = list(ln.cells[k:])
            while len(cells) > 1 and ends_sentence(cells[0][1]) and _short_label(cells[-1][1].strip(), st):
                cells.pop()
            ln = replace(ln, text=" ".join(c[1].strip() for c in cells), x0=cells[0][0], cells=())
            text = ln.text
            prev = None
        if len(ln.cells) >= 3 and all(_short_label(c[1].strip(), st) for c in ln.cells) \
                and nxt is not None and nxt.page == ln.page and nxt.x0 > ln.cells[-1][0] + st.cell_align_tolerance:
            # a table row of labels only ("V1 | Vetting backlog | Head of vetting | Sep 2025")
            # whose text cell, right of them all, the reader gives next: a block of its own,
            # never the start of the sentence
            flush()
            blocks.append(Block(_plain(text), "para", ln.page, 1, (), ln.size, cur_aside))
            prev = None
            continue
        lead = _run_in_heading(ln, text, st)
        if lead is not None and not (cur_kind in ("para", "bullet") and prev is not None
                                     and _continues(prev, ln, cur, col_width, st, pitch, flow)):
            # a run-in heading in bold that starts a paragraph: a heading, then the paragraph
            flush()
            blocks.append(Block(_plain(lead[0]), "heading", ln.page, len(heading_sizes) + 1, (), ln.size,
                                cur_aside))
            text = lead[1]
            ln = replace(ln, text=text, run_in="")
            prev = None
        heading = _is_heading_line(ln, body, st) or _box_title(ln, nxt, body, st) \
            or _lone_heading(ln, prev if cur_kind in ("para", "bullet") else None, nxt, body, st)
        if heading and cur_kind == "para" and prev is not None and not prev.bold \
                and abs(prev.size - ln.size) < st.same_size_tolerance \
                and not ends_sentence(prev.text) and not is_salutation(prev.text) and ln.page == prev.page \
                and 0 <= ln.top - prev.bottom < ln.size:
            # the middle of a large-type paragraph (a pull-quote), not a heading; a letter's
            # salutation ("Dear Oswin,") ends its line, and a bold subject line under it heads
            heading = False
        if heading and _runs_into_sentence(ln, lines[n + 1:n + 4], text, st):
            # runs on into the lower-case end of a sentence: text in large type (a question
            # heading wraps onto a line that ends "… reducing crime?"; a standfirst's first
            # line goes on "to crime in its rural communities. We visited …")
            heading = False
        if heading:
            level = 1
            if ln.size >= body * st.heading_size_ratio and heading_sizes:
                level = 1 + min(
                    range(len(heading_sizes)), key=lambda i: abs(heading_sizes[i] - ln.size)
                )
            else:
                level = len(heading_sizes) + 1
            # a heading wrapped onto another line; one that goes on in lower case may be set
            # with a wider leading ("… support accurate" / "crime-recording?")
            wrap = st.heading_wrap_gap * (st.heading_wrap_lower if text[:1].islower() else 1.0)
            if cur_kind == "heading" and prev is not None and abs(prev.size - ln.size) < st.same_size_tolerance \
                    and ln.page == prev.page and 0 < ln.bottom - prev.bottom < ln.size * wrap:
                cur.append(text)
            else:
                flush()
                cur, cur_kind, cur_page, cur_level = [text], "heading", ln.page, level
            prev = ln
            continue
        if DATE_LINE.match(text) and (cur_kind not in ("para", "bullet") or ends_sentence(cur[-1])):
            flush()
            blocks.append(Block(_plain(text).rstrip("."), "date", ln.page, 1, (), ln.size))
            prev = ln
            continue
        # "under-" / "-recorded": the line goes on with the compound's hyphen, no dash bullet
        repeated = bool(cur) and cur_kind in ("para", "bullet") and repeats_hyphen(cur[-1], text)
        m = None if repeated else (_BULLET_START.match(text) or _enum_item(text, cur, blocks))
        if m:
            flush()
            cur, cur_kind, cur_page, cur_level = [text[m.end():]], "bullet", ln.page, 1
            prev = ln
            continue
        inset = ln.x0 - margins.get(ln.page, ln.x0)
        indented = graphic_bullets and st.list_indent <= inset <= max(st.list_indent, col_width * st.list_indent_max_share)
        # a list whose bullets are drawn as graphics: each item is an indented line that
        # starts a new sentence after one that ended, or follows an item ended by ";" or
        # "; and" (a judgement list: "investigating crime;" / "protecting vulnerable people; and")
        ended = (ends_sentence(cur[-1]) and text[:1].isupper()) \
            or bool(_ITEM_END.search(" ".join(cur[-2:]))) if cur else False
        # "and" wrapped onto a line of its own ends the item ("… each month;" / "and")
        tail = text.lower() in ("and", "or")
        new_item = (indented and cur_kind in ("para", "bullet") and prev is not None and ended and not tail
                    and abs(ln.x0 - prev.x0) < st.cell_align_tolerance + 1 and ln.page == prev.page
                    and (cur_kind == "bullet" or prev.x0 < ln.x0 - st.cell_align_tolerance))
        if cur_kind == "para" and prev is not None and ln.page == prev.page and ln.top < prev.top - 1 \
                and ln.x0 > prev.x1 + st.cell_align_tolerance \
                and (_label_text(" ".join(cur), st) or (prev.bold and _bold_label(" ".join(cur), st))) \
                and text[:1].isupper():
            # a short label, then text that starts beside it and higher up: a table row's
            # label cell (set in the middle of its row, or wrapped) and the text cell; a
            # label in bold may be longer ("In the custody suite: booking in, individual
            # needs and legal rights")
            cur_kind, cur_level = "heading", len(heading_sizes) + 1
            flush()
        if not new_item and cur_kind in ("para", "bullet") and prev is not None \
                and _continues(prev, ln, cur, col_width, st, pitch, flow):
            if ln.page != prev.page or ln.top < prev.top - 1:
                breaks.append((len(join_lines(cur)) + 1, ln.page))
            cur.append(text)
        else:
            flush()
            kind = "bullet" if indented and (new_item or (prev is not None and prev.x0 < ln.x0 - st.list_indent / 2)) else "para"
            cur, cur_kind, cur_page, cur_level = [text], kind, ln.page, 1
        prev = ln
    flush()
    if broken is not None:
        # the box ended the document: the sentence it was set into ends where it broke off
        cur, cur_kind, cur_page, cur_level, breaks, prev, insert_at = broken
        cur_aside = False
        flush()
    # drop the synthetic breaks that point at the block's own first page
    return [
        Block(b.text, b.kind, b.page, b.level, tuple(x for x in b.page_breaks if x[1] != b.page), b.size, b.aside)
        for b in blocks
    ]


def _enum_item(text: str, cur: list[str], blocks: list[Block]) -> re.Match[str] | None:
    """The marker of a lettered, roman or numbered list item ("a. ask …", "(b) complete
    …", "1. make sure …") that follows a lead-in or an item of the same list.

    The item goes on in lower case, which no sentence does after such a marker; a
    lead-in ("… the force should:") or an item ("… within a month;", "… each week;" /
    "and") must come just before it as well, so that a line of prose that wraps before
    "a." stays as it is.
    """
    m = ENUM_ITEM.match(text)
    if m is None:
        return None
    last = blocks[-1].text if blocks and blocks[-1].kind in ("para", "bullet") else ""
    before = " ".join(cur[-2:]) if cur else last
    if cur and not ends_sentence(before) and not _FINITE.search(before):
        # a letter's page-2 header ("Chief Constable …, Force  12 March 2025") read between
        # two items: a label, dropped later; the list goes on from the item before it
        before = last
    return m if before.rstrip().endswith(":") or _ITEM_END.search(before) else None


def _small_labels_aside(lines: list[Line], body: float, st: LayoutSettings) -> list[Line]:
    """A chart's value and axis labels ("412", "Jun") in small type are set aside.

    Producers often draw a chart after the text of its page; read in that order, its
    labels come between the last line of a page and the next page's first, where a
    sentence that crosses the page break would take them in ("… given it on 412" /
    "Jun time in all …"). Set aside like a box, they are blocks of their own (dropped
    as labels later) and the sentence goes on past them. The wrapped lines of a small-
    type paragraph (same left edge, the next line down) are not labels.
    """
    out: list[Line] = []
    prev: Line | None = None
    for ln in lines:
        text = ln.text.strip()
        wrapped = prev is not None and prev.page == ln.page and abs(prev.x0 - ln.x0) < 2 \
            and abs(prev.size - ln.size) < st.same_size_tolerance and 0 < ln.top - prev.top <= 1.5 * ln.size
        if ln.size < body * st.chart_label_size_ratio and not ln.aside and not wrapped \
                and 0 < len(text.split()) <= st.chart_label_max_words and not ends_sentence(text):
            ln = replace(ln, aside=True)
        out.append(ln)
        prev = ln
    return out


def _run_in_heading(ln: Line, text: str, st: LayoutSettings) -> tuple[str, str] | None:
    """(heading, rest) when the line starts with a run-in heading in bold: a few bold words
    ("Pre-custody: first point of contact", "Cause of concern:") before a sentence in the
    text face. A bold sentence of emphasis at the start of a paragraph stays text."""
    words = ln.run_in.split()
    if not words or len(words) > st.run_in_max_words or _BULLET_START.match(text):
        return None
    m = re.match(r"\s*" + r"\s+".join(map(re.escape, words)), text)
    if m is None:
        return None
    rest = text[m.end():].strip()
    lead = text[: m.end()].strip()
    if not rest or (lead.endswith((".", "!", "?")) and (len(words) > 4 or _said(lead))):
        return None  # a bold sentence of emphasis, however short ("Community scrutiny is limited.")
    if not (lead.endswith(":") or rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "‘“\"'("):
        return None
    return lead.rstrip(":").strip(), rest


#: A paragraph's own number before its first word: "6", "4.1", "12.".
_HANGING_NUMBER = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})*\.?\s+(?=[A-Z‘“\"'(])")


_BARE_NUMBER = re.compile(r"\s*\d{1,3}(?:\.\d{1,3})*\.?\s*")


def _unhang_all(lines: list[Line], st: LayoutSettings) -> list[Line]:
    """Every line through :func:`_unhang`, beside the nearest lines of words above and
    below it (a paragraph number standing alone on its line is no line of words)."""
    words = [k for k, ln in enumerate(lines) if not _BARE_NUMBER.fullmatch(ln.text)]
    out = list(lines)
    for j, k in enumerate(words):
        prev = lines[words[j - 1]] if j else None
        nxt = lines[words[j + 1]] if j + 1 < len(words) else None
        out[k] = _unhang(lines[k], prev, nxt, st)
    return out


def _numbered_row(ln: Line, st: LayoutSettings) -> bool:
    """A table row that starts with its number, then a label, then text ("1 | Vetting
    backlog | The force has …"): the number stays, for the row's label to be read as one
    (see :func:`_row_label`)."""
    if len(ln.cells) < 3:
        return False
    return _label_text(ln.cells[1][1].strip(), st) and len(ln.cells[2][1].split()) >= st.text_cell_min_words


def _unhang(ln: Line, prev: Line | None, nxt: Line | None, st: LayoutSettings) -> Line:
    """A numbered paragraph's first line without its number: the number hangs left of the
    text ("6   The force should …", where the lines above or below it in its column start
    at the indent), or stands in a cell of its own ("1 <tab> The force should …", a Word
    numbered list). "26 September 2024." at the start of a line of prose stays."""
    if ln.cells and len(ln.cells) >= 2 and _BARE_NUMBER.fullmatch(ln.cells[0][1]) and not _numbered_row(ln, st):
        rest = ln.cells[1:]
        return replace(ln, text=" ".join(c[1].strip() for c in rest), x0=rest[0][0], cells=rest if len(rest) > 1 else ())
    m = _HANGING_NUMBER.match(ln.text)
    if not m:
        return ln
    beside = [o for o in (prev, nxt) if o is not None and o.page == ln.page and o.x0 < ln.x1 and o.x1 > ln.x0
              and abs(o.top - ln.top) < 3 * ln.size and not _HANGING_NUMBER.match(o.text)]
    if any(o.x0 - ln.x0 >= ln.size * 0.8 for o in beside):
        return replace(ln, text=ln.text[m.end():], x0=max(o.x0 for o in beside))
    return ln


#: Where one item of a list run together ends and the next begins: after ";" (an "and" or
#: "or" after it stays with the item it ends).
_ITEM_BREAK = re.compile(r"(?<=;)\s+(?!(?:and|or)\s)|(?<=; and)\s+|(?<=; or)\s+")


def _split_run_in_lists(blocks: list[Block]) -> list[Block]:
    """A list whose items the layout did not set apart, read as its items.

    After a lead-in that ends in a colon ("The force should make sure that:"), a
    paragraph made of clauses that each start in lower case and end in ";" or "; and"
    is a list whose markers were drawn as graphics at the text's own margin: each
    clause is an item.
    """
    out: list[Block] = []
    for b in blocks:
        lead = out[-1].text.rstrip().endswith(":") if out else False
        parts = _ITEM_BREAK.split(b.text.strip()) if lead and b.kind == "para" and ";" in b.text else []
        if len(parts) >= 2 and all(p[:1].islower() for p in parts) and all(p.rstrip().endswith(
                (";", "; and", "; or")) for p in parts[:-1]):
            out.extend(replace(b, text=p, kind="bullet", page_breaks=()) for p in parts)
            continue
        out.append(b)
    return out


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _drop_pull_quotes(blocks: list[Block], body: float, st: LayoutSettings, doc: ParsedDocument) -> list[Block]:
    """Large-type paragraphs that repeat body text on the same or a nearby page are pull-quotes."""
    body_text: dict[int | None, str] = {}
    for b in blocks:
        if b.kind in ("para", "bullet") and (b.size or body) < body * st.heading_size_ratio:
            body_text[b.page] = body_text.get(b.page, "") + " " + _squash(b.text)
    out: list[Block] = []
    cut = False  # a pull-quote was just dropped
    for b in blocks:
        if b.kind == "para" and (b.size or body) >= body * st.heading_size_ratio:
            q = _squash(b.text)
            pages = [b.page, (b.page or 0) - 1, (b.page or 0) + 1]
            if len(q.split()) >= 5 and any(q in body_text.get(p, "") for p in pages):
                doc.dropped.append((b.page, "pull-quote", b.text))
                cut = True
                continue
        # the pull-quote stood between a sentence's two halves (the foot of one column and the
        # top of the next): the sentence goes on
        _append_or_go_on(out, b, cut)
        cut = False
    return out


def _goes_on(prev: Block, b: Block) -> bool:
    """Is paragraph ``b`` the rest of paragraph ``prev``, which broke off mid-sentence?

    At the top of the next page the rest may stand set in, under the hanging indent of a
    numbered paragraph ("3.3 The unit … now plans joint training sessions" | footnotes |
    "with the same charities …"), where an indented line after the notes reads as a list
    item: on a new page, such an item that starts in lower case is the sentence going on.
    """
    last_page = prev.page_breaks[-1][1] if prev.page_breaks else prev.page
    rest = b.kind == "para" or (b.kind == "bullet" and b.page is not None and b.page != last_page)
    return prev.kind == "para" and rest and not ends_sentence(prev.text) \
        and b.text.lstrip()[:1].islower()


def _joined(a: Block, b: Block) -> Block:
    """Paragraph ``a`` with ``b``, its second half, after it (page turns kept)."""
    offset = len(a.text.rstrip()) + 1
    turn = ((offset, b.page),) if b.page is not None and b.page != a.page else ()
    return replace(a, text=join_lines([a.text, b.text]),
                   page_breaks=a.page_breaks + turn + tuple((offset + k, pg) for k, pg in b.page_breaks))


def _append_or_go_on(out: list[Block], b: Block, cut: bool) -> None:
    """Append ``b``, or, right after something set aside (``cut``), join it to the
    paragraph it finishes."""
    if cut and out and _goes_on(out[-1], b):
        out[-1] = _joined(out[-1], b)
    else:
        out.append(b)


def _rejoin_around_notes(blocks: list[Block], st: LayoutSettings) -> list[Block]:
    """A note in smaller type read between a sentence's two halves ("… the shame their" |
    a footnote's text | "parents felt after …") stands after the sentence, which goes on:
    a producer that writes a page's footnotes where their call is, or a column break that
    falls between the halves, leaves the note inside the flow."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        a = blocks[i]
        if i + 2 < len(blocks) and a.kind == "para" and not ends_sentence(a.text):
            note, rest = blocks[i + 1], blocks[i + 2]
            if (note.kind == "para" and note.size and a.size and rest.size
                    and note.size < a.size * st.footnote_size_ratio and abs(rest.size - a.size) < st.same_size_tolerance
                    and ends_sentence(note.text) and _goes_on(a, rest)):
                out.append(_joined(a, rest))
                out.append(note)
                i += 3
                continue
        out.append(a)
        i += 1
    return out


#: Words that make a group of words a sentence: auxiliaries and modals ("abandoned" in
#: "14% abandoned" is no verb).
_FINITE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|does|do|did|will|would|shall|should|can|could|"
                     r"may(?!\s+(?:19|20)\d\d\b)|might|must|needs?|remains?)\b", re.I)  # (not the month: "May 2019")


#: A sentence ends inside the text ("… begins. 87% …"): prose run together with a label.
_SENTENCE_END_INSIDE = re.compile(r"\w[.!?][\"'”’)]?\s")


def _drop_labels(blocks: list[Block], st: LayoutSettings, doc: ParsedDocument) -> list[Block]:
    """Short runs of words that end without punctuation and hold no verb are labels.

    A chart's title and axis labels, a strip of key figures ("4,100 reports in 2024
    61% about children"), a table's column headers: read as a paragraph, they would
    be findings. Report prose ends its sentences ("This recommendation is complete"
    is one, though unpunctuated); list items, which may be bare noun phrases, stay,
    and so does a paragraph in which a sentence ends (prose that a label ran into).
    """
    out: list[Block] = []
    cut = False  # a label was just dropped
    body = body_size(blocks)
    for b in blocks:
        text = _NUMBER_HEAD.sub("", b.text.strip())
        label = text and not ends_sentence(text) and not text.endswith(",") \
            and len(text.split()) <= st.label_max_words and not _FINITE.search(text) \
            and not _SENTENCE_END_INSIDE.search(text)
        # a key figure's caption in a frame of its own ("87%" | "of the events we sampled had a
        # written plan"): it reads on from the figure, which was set apart, and ends no sentence
        caption = text.startswith(_CAPTION_START) and not ends_sentence(text) \
            and len(text.split()) <= st.caption_max_words
        # a credit or date line of any length ("Joint inspection by HM Inspectorate of … and
        # HM Inspectorate of Prisons, 3–14 June 2024"): no verb, no full stop, ends in a date
        dated = not ends_sentence(text) and not _FINITE.search(text) and _ENDS_IN_DATE.search(text) is not None \
            and not _SENTENCE_END_INSIDE.search(text)
        if b.kind == "para" and NOTES_HEADING.match(text) and b.size and b.size < body:
            # "Notes" in the notes' own small type, over numbered notes set after a section:
            # the heading the notes stand under, so that they are set aside with it
            out.append(replace(b, kind="heading"))
            cut = False
            continue
        if b.kind == "para" and (label or caption or dated or _CELL_RESIDUE.fullmatch(text)):
            doc.dropped.append((b.page, "label", b.text))
            cut = True
            continue
        # the label stood between a sentence's two halves (a running header in small type at
        # the top of the page the sentence runs on to): the sentence goes on
        _append_or_go_on(out, b, cut)
        cut = False
    return out


#: A day or days, month and year at the end of a line: "3–14 June 2024", "June 2024".
_ENDS_IN_DATE = re.compile(rf"\b(?:{MONTH_PATTERN})\s+(?:19|20)\d\d\W*$", re.I)
#: How a key figure's caption reads on from the figure it counts ("87%" | "of the events …").
_CAPTION_START = ("of ", "per ", "out of ")
#: A table's "No." column header before the others ("No. Recommendation Progress").
_NUMBER_HEAD = re.compile(r"^No\.\s+(?=[A-Z])")
#: What is left of a table's short cells read together: a status and the next row's number
#: ("Complete 1.", "Partly met 2.", "3.").
_CELL_RESIDUE = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+){0,2}\s+)?\d{1,3}\.?")


def _left_margins(lines: list[Line]) -> dict[int | None, float]:
    """The left edge of body text on each page (the most common start of a line)."""
    starts: dict[int | None, Counter[float]] = {}
    for ln in lines:
        starts.setdefault(ln.page, Counter())[round(ln.x0)] += 1
    return {page: float(c.most_common(1)[0][0]) for page, c in starts.items()}


def _line_pitch(lines: list[Line]) -> dict[int, float]:
    """The usual distance between consecutive lines of one paragraph, per font size.

    The smallest plausible top-to-top step between successive lines of the same
    size on a page: the leading inside paragraphs (steps between paragraphs are
    larger, and in a short document may even be more common).
    """
    steps: dict[int, Counter[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and round(a.size) == round(b.size) and 0 < b.top - a.top < 2 * a.size:
            steps.setdefault(round(a.size), Counter())[round((b.top - a.top) * 2) / 2] += 1
    out: dict[int, float] = {}
    for size, c in steps.items():
        # the smallest step that is a plausible line pitch (not lines that overlap)
        plausible = [step for step in c if step >= 0.8 * size]
        if plausible:
            out[size] = min(plausible)
    return out


def _flow_pitches(lines: list[Line], widest: float) -> dict[int, tuple[float, ...]]:
    """Top-to-top steps, per font size, seen at least twice between a line that breaks off
    mid-sentence and the next, starting in lower case: leading that is certainly inside a
    paragraph. A document may set its body more loosely than its lists and tables (Qt's
    one-and-a-half spacing beside single-spaced bullets, a letter set double-spaced); the
    smallest step (:func:`_line_pitch`) alone would part every line of such a body.

    A step wider than twice the type size (up to ``widest`` sizes) counts only where the
    first line runs to the column's right edge: a wrap. Two short list items in lower case,
    one under the other at a paragraph's spacing, do not teach it as a paragraph's leading.
    """
    right: dict[tuple[int, int], float] = {}
    for ln in lines:
        key = (ln.page, round(ln.size))
        right[key] = max(right.get(key, 0.0), ln.x1)
    steps: dict[int, Counter[float]] = {}
    for a, b in zip(lines, lines[1:], strict=False):
        step = b.top - a.top
        if (a.page == b.page and round(a.size) == round(b.size) and 0 < step < widest * a.size
                and not ends_sentence(a.text) and b.text[:1].islower()
                and (step < 2 * a.size or a.x1 >= right[(a.page, round(a.size))] - 2 * a.size)):
            steps.setdefault(round(a.size), Counter())[round(step * 2) / 2] += 1
    return {size: tuple(step for step, n in c.items() if n >= 2) for size, c in steps.items()}


def _continues(prev: Line, ln: Line, cur: list[str], col_width: float, st: LayoutSettings,
               pitch: dict[int, float], flow: dict[int, tuple[float, ...]] | None = None) -> bool:
    """Does ``ln`` continue the paragraph (or bullet) whose last line is ``prev``?"""
    last = cur[-1].rstrip()
    ended = ends_sentence(last)
    new_area = ln.page != prev.page or ln.top < prev.top - 1  # new page or new column
    if new_area:
        if min(ln.size, prev.size) < max(ln.size, prev.size) * st.footnote_size_ratio:
            # a running header in small type at the top of the next page is no continuation
            # of the sentence the page before broke off (a text layer laid over a scan may
            # differ by a point from line to line: that is the same type)
            return False
        return not ended or ln.text[:1].islower()
    if abs(ln.size - prev.size) > st.size_change_break:
        return False
    height = max(prev.bottom - prev.top, prev.size)
    gap = ln.top - prev.top
    usual = pitch.get(round(prev.size))
    if not ended and ln.text[:1].islower() and usual and gap <= usual * st.paragraph_pitch_ratio:
        # a sentence broken off mid-way goes on, even where a raised mark made its line
        # taller ("We reviewed 65 investigations and" / "found that 41 of them …")
        return True
    own_leading = (usual is not None and gap <= usual * st.same_pitch_ratio) or any(
        step / st.same_pitch_ratio <= gap <= step * st.same_pitch_ratio for step in (flow or {}).get(round(prev.size), ()))
    if gap > height * st.paragraph_gap * st.paragraph_gap_slack and not own_leading:
        return False
    # Producers differ in how tall they report a line's box; the document's own line
    # pitch does not lie: a gap well over it is space between paragraphs.
    if usual and gap > usual * st.paragraph_pitch_ratio:
        return False
    # the item of a written marker wraps under its own text ("• Leadership and force
    # management:" / "adequate"), which stands right of the marker
    hanging = _BULLET_START.match(prev.text) is not None and 0 < ln.x0 - prev.x0 <= st.bullet_hang_em * prev.size
    if last.endswith(":") and ln.x0 - prev.x0 >= min(st.list_indent, st.leadin_item_indent_em * prev.size) \
            and ln.text[:1].islower() and not hanging:
        # a lead-in, then a line set in by a list's indent that starts in lower case: the
        # first item of a list whose markers are drawn (a disc or square beside it), even
        # where the indent is narrower than the step below
        return False
    if ended and abs(ln.x0 - prev.x0) > st.list_indent_step * prev.size and not hanging and (
            last.endswith(":") if ln.x0 > prev.x0 else True):
        # a list whose markers are drawn, not written: a lead-in ending ":" and the items
        # indented under it, or a finished item and the next one standing further out
        return False
    short_last = (prev.x1 - prev.x0) < col_width * st.short_line_ratio
    if ended and short_last and not ln.text[:1].islower():
        return False
    return True
