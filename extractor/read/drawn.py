"""Rules, boxes and tables drawn with characters ("+-----+", "| … |", "│ … │").

Plain-text reports, and PDFs printed from plain text (a text-to-PDF filter, a
manual-page formatter, a converter's rendering of a Word table), have no ruling
lines: they draw them with characters. Left as text, a rule becomes a "sentence"
of dashes, a box's sides are glued to the sentences inside it, a data table is one
long finding of figures, and the rule under a box runs on into the heading that
follows. The reader of each format asks here what a line is:

- a **rule**: only drawing characters ("+----+----+", "=====", "|---|---|", "┌────┐");
- a **box line**: text between one bar at each end ("|Most detainees said … |"):
  the text inside, which belongs to the box and not to the paragraph around it;
- a **table row**: three or more bars ("| Audit sample | Records | Correct |"):
  its cells.

A box's first line, when it is a short label without a full stop that does not run
on into the next line ("What detainees told us"), names the box and is no finding,
unless it names a list ("Areas for improvement"), which makes it the heading of what
the box holds. A table is read by :func:`read_table`: its header row goes, a table of
figures goes, a grade table's rows are kept for the grade reader and a table of
prose gives each cell's text (a cell wrapped over several lines joined up again).
:func:`drawn_parts` walks a page's or a file's lines once and says which lines make
each rule, table and box, so that both readers part them alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from extractor.read.grade_rows import parse_grade_row
from extractor.vocabulary import AFI_SECTION, CLOSED_SECTION, GOOD_SECTION

#: Characters that draw lines and corners: ASCII art and Unicode box drawing.
_DRAW = "-=_~+*#|:\u2500-\u257f"
#: A rule: drawing characters only (checked as a whole, in one pass: a line of thousands of
#: dashes ending in a letter must not cost the reader time), with a run of at least three
#: that draw a line.
_DRAWING_ONLY = re.compile(rf"[{_DRAW}\s]+")
_LINE_RUN = re.compile(r"[-=_~*#\u2500-\u257f]{3}")
#: The bars of boxes and tables: ASCII and the Unicode vertical lines.
_BAR = "|\u2502\u2503\u2551"
_BOX_LINE = re.compile(rf"^\s*[{_BAR}](?P<text>[^{_BAR}]*\S[^{_BAR}]*)[{_BAR}]\s*$")
_TABLE_ROW = re.compile(rf"^\s*[{_BAR}](?:[^{_BAR}]*[{_BAR}]){{2,}}\s*$")
#: A box's label: a few words without a full stop, over more lines of the box.
_LABEL_MAX_WORDS = 8
#: A cell of a data table: a figure, or a name of a few words without a full stop.
_SHORT_CELL_WORDS = 4
_FIGURE = re.compile(r"\d")


def is_rule(text: str) -> bool:
    """A line drawn with characters only ("+-----+-----+", "=====", "└────┘")."""
    return _DRAWING_ONLY.fullmatch(text) is not None and _LINE_RUN.search(text) is not None


def box_text(text: str) -> str | None:
    """The text inside a box's side bars ("|Most detainees said … |"), or None."""
    m = _BOX_LINE.match(text)
    return m.group("text").strip() if m else None


def row_cells(text: str) -> list[str] | None:
    """The cells of a table row drawn with bars ("| Records | 120 |"), or None; a rule
    drawn with bars ("|---|---|", a Markdown table's header line) is a rule, not a row."""
    if not _TABLE_ROW.match(text) or is_rule(text):
        return None
    return [c.strip() for c in re.split(rf"[{_BAR}]", text.strip())[1:-1]]


def box_label(inner: Sequence[str]) -> bool:
    """Whether a box's first line (``inner[0]``, of the box's lines ``inner``) is its label:
    a few words, no full stop, and the next line not going on with the same sentence (a
    narrow box wraps a sentence's first words onto a line of their own)."""
    if len(inner) < 2:
        return False
    first, nxt = inner[0].strip(), inner[1].strip()
    return (0 < len(first.split()) <= _LABEL_MAX_WORDS and not first.endswith((".", "!", "?", ";", ","))
            and first[:1].isupper() and not nxt[:1].islower())


def names_a_list(label: str) -> bool:
    """A box label that heads what the box holds ("Areas for improvement", "Notable
    practice"): a heading, not a label to drop."""
    return bool(AFI_SECTION.search(label) or GOOD_SECTION.search(label) or CLOSED_SECTION.search(label))


@dataclass
class TableReading:
    """What a table drawn with bars holds (see :func:`read_table`), by the index of each
    of its lines: rows to keep as they are (a grade table's), and the text of its prose
    cells, each at the line where its row begins."""

    grade_rows: dict[int, str]
    cells: dict[int, list[str]]


def read_table(lines: Sequence[str]) -> TableReading:
    """Read a table drawn with bars and rules, one entry of ``lines`` per line.

    The header row (the first row, above a rule) goes. A grade table's rows ("Area |
    Grade": two cells, the second a grade) are kept as such. A table whose cells are all
    short and most of whose rows hold a figure is data and goes. Any other table is prose:
    where rules part its body rows, a row's cells may wrap over several lines and each
    column's pieces are joined; otherwise each line is a row. Each prose cell's text is
    given at the line where its row begins.
    """
    rows = [(k, cells) for k, t in enumerate(lines) if (cells := row_cells(t)) is not None]
    rules = [k for k, t in enumerate(lines) if is_rule(t)]
    rule_at = set(rules)
    out = TableReading({}, {})
    if not rows:
        return out
    grades = {k: " | ".join(filled) for k, c in rows if len(filled := [x for x in c if x]) == 2
              and parse_grade_row(" | ".join(filled)) is not None}
    first, top = rows[0]
    # the header: the first row, above a rule, or its cells all short names over grade rows
    header = first if len(rows) > 1 and first not in grades and (
        (first + 1) in rule_at
        or (grades and all(c and len(c.split()) <= _SHORT_CELL_WORDS and not c.endswith(".") for c in top))) else None
    body = [(k, c) for k, c in rows if k != header]
    out.grade_rows = {k: g for k, g in grades.items() if k != header}
    rest = [(k, c) for k, c in body if k not in out.grade_rows]
    filled_rows = [[x for x in c if x] for _, c in rest]
    short = all(len(x.split()) <= _SHORT_CELL_WORDS and not x.endswith(".") for r in filled_rows for x in r)
    figures = sum(1 for r in filled_rows if any(_FIGURE.search(x) for x in r))
    if short and (out.grade_rows or figures * 2 >= len(filled_rows)):
        return out  # a table of figures (data), or what is left of a grade table: labels
    # a grid table (one that opens with a rule, "+----+----+") parts its rows with rules, a
    # row's cells wrapped over several lines; otherwise a line whose first cell is empty
    # goes on with the row above ("|   |children at the |"), and any other starts one
    parted = bool(rules) and rules[0] == 0
    groups: list[list[tuple[int, list[str]]]] = []
    for k, c in rest:
        last = groups[-1][-1][0] if groups else None
        goes_on = last is not None and (not any(x in rule_at for x in range(last + 1, k)) if parted
                                        else not (c and c[0]))
        if goes_on:
            groups[-1].append((k, c))
        else:
            groups.append([(k, c)])
    for group in groups:
        width = max(len(c) for _, c in group)
        texts = [t for j in range(width) if (t := " ".join(c[j] for _, c in group if j < len(c) and c[j]))]
        if len(texts) > 1 and all(len(t.split()) <= _SHORT_CELL_WORDS and not t.endswith(".") for t in texts):
            # a row of short cells ("Call handling | Too slow"): one item, its label first
            texts = [f"{texts[0]}: {'; '.join(texts[1:])}"]
        out.cells[group[0][0]] = texts
    return out


@dataclass
class Drawn:
    """One part of a run of lines (:func:`drawn_parts`): lines ``start`` to ``end``
    (exclusive) that are a ``"rule"``, a ``"table"`` (with its :class:`TableReading`), a
    ``"box"`` (its lines' text inside the bars, and what its first line is: ``"label"``, a
    label to drop, ``"heading"``, a label that heads the box, or None), or a plain ``"line"``."""

    kind: str
    start: int
    end: int
    table: TableReading = field(default_factory=lambda: TableReading({}, {}))
    inner: list[str] = field(default_factory=list)
    first: str | None = None


def drawn_parts(texts: Sequence[str]) -> Iterator[Drawn]:
    """The lines ``texts`` parted into rules, tables, boxes and plain lines, in order.

    A table is a run of barred rows and rules that starts with a row, or with a rule right
    above one; a rule elsewhere stands alone; a box is a run of lines with a bar at each end.
    """
    i = 0
    while i < len(texts):
        if row_cells(texts[i]) is not None or (is_rule(texts[i]) and i + 1 < len(texts)
                                               and row_cells(texts[i + 1]) is not None):
            j = i
            while j < len(texts) and (row_cells(texts[j]) is not None or is_rule(texts[j])):
                j += 1
            yield Drawn("table", i, j, table=read_table(texts[i:j]))
            i = j
            continue
        if is_rule(texts[i]):
            yield Drawn("rule", i, i + 1)
            i += 1
            continue
        inner: list[str] = []
        j = i
        while j < len(texts) and (t := box_text(texts[j])) is not None:
            inner.append(t)
            j += 1
        if inner:
            first = ("heading" if names_a_list(inner[0]) else "label") if box_label(inner) else None
            yield Drawn("box", i, j, inner=inner, first=first)
            i = j
            continue
        yield Drawn("line", i, i + 1)
        i += 1
