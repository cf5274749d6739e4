"""Rules, boxes and tables drawn with characters ("+-----+", "| … |", "│ … │").

Plain-text reports, and PDFs printed from plain text (a text-to-PDF filter, a
manual-page formatter, a converter's rendering of a Word table), have no ruling
lines: they draw them with characters. Left as text, a rule becomes a "sentence"
of dashes, a box's sides are glued to the sentences inside it, a data table is one
long finding of figures, and the rule under a box runs on into the heading that
follows. The reader of each format asks here what a line is:

- a **rule**: only drawing characters ("+----+----+", "=====", "┌────┐");
- a **box line**: text between one bar at each end ("|Most detainees said … |"):
  the text inside, which belongs to the box and not to the paragraph around it;
- a **table row**: three or more bars ("| Audit sample | Records | Correct |"):
  its cells.

A box's first line, when it is a short label without a full stop ("What
detainees told us"), names the box and is no finding; a table whose rows are all
short cells (figures, names) is data, never prose. A table with a grade in a row,
or with a sentence in a cell, is left to the readers' grade-table and prose rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Characters that draw lines and corners: ASCII art and Unicode box drawing.
_DRAW = "-=_~+*#|\u2500-\u257f"
#: A rule: drawing characters only, with a run of at least three that draw a line.
_RULE = re.compile(rf"^\s*[{_DRAW}\s]*[-=_~*#\u2500-\u257f]{{3,}}[{_DRAW}\s]*$")
#: The bars of boxes and tables: ASCII and the Unicode vertical lines.
_BAR = "|\u2502\u2503\u2551"
_BOX_LINE = re.compile(rf"^\s*[{_BAR}](?P<text>[^{_BAR}]*\S[^{_BAR}]*)[{_BAR}]\s*$")
_TABLE_ROW = re.compile(rf"^\s*[{_BAR}](?:[^{_BAR}]*[{_BAR}]){{2,}}\s*$")
#: A box's label: a few words without a full stop, over more lines of the box.
_LABEL_MAX_WORDS = 8
#: A cell of a data table: a figure, or a name of a few words without a full stop.
_SHORT_CELL_WORDS = 4


def is_rule(text: str) -> bool:
    """A line drawn with characters only ("+-----+-----+", "=====", "└────┘")."""
    return bool(_RULE.match(text))


def box_text(text: str) -> str | None:
    """The text inside a box's side bars ("|Most detainees said … |"), or None."""
    m = _BOX_LINE.match(text)
    return m.group("text").strip() if m else None


def row_cells(text: str) -> list[str] | None:
    """The cells of a table row drawn with bars ("| Records | 120 |"), or None."""
    if not _TABLE_ROW.match(text):
        return None
    return [c.strip() for c in re.split(rf"[{_BAR}]", text.strip())[1:-1]]


def box_label(inner: Sequence[str]) -> bool:
    """Whether a box's first line (``inner[0]``, of the box's lines ``inner``) is its label."""
    if len(inner) < 2:
        return False
    first = inner[0].strip()
    return (0 < len(first.split()) <= _LABEL_MAX_WORDS and not first.endswith((".", "!", "?", ";", ","))
            and first[:1].isupper())


def data_table(rows: Sequence[Sequence[str]]) -> bool:
    """Whether barred rows are a data table: every cell a figure or a short name."""
    cells = [c for r in rows for c in r if c]
    return bool(cells) and all(len(c.split()) <= _SHORT_CELL_WORDS and not c.endswith(".") for c in cells)
