"""Read plain-text and Markdown reports into blocks.

Plain text has no fonts, so structure comes from the lines themselves: a short
line without final punctuation is a heading, a line that starts with a bullet is
a list item, and everything else is paragraph text wrapped over one or more lines.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from pathlib import Path

from extractor.errors import SourceError
from extractor.read.drawn import drawn_parts
from extractor.read.furniture import NOTES_HEADING
from extractor.read.grade_rows import normalise_grade, parse_grade_row
from extractor.read.normalize import clean_chars, is_bullet, join_lines, strip_bullet
from extractor.records import Block, GradeRow, ParsedDocument
from extractor.settings import DEFAULT_HEADING_MAX_WORDS, DEFAULT_TITLE_MAX_WORDS
from extractor.vocabulary import MONTH_PATTERN

_FINAL_PUNCT = tuple(".!?;:,")
_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
DATE_LINE = re.compile(
    rf"^\s*(?:published(?:\s+on)?:?\s*|date:?\s*)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_PATTERN})\s+(?:19|20)\d\d\s*\.?$",
    re.I,
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1")
_SUPER_START = re.compile(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S")
_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+([A-Z].*)$")


def read_text_file(path: Path) -> str:
    """Read a text report (see :func:`decode_text_file`, which also says which encoding)."""
    return decode_text_file(path)[0]


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"), (codecs.BOM_UTF8, "utf-8-sig"))


def decode_text_file(path: Path) -> tuple[str, str]:
    """Read a text file: UTF-8, or UTF-16/32 with a byte-order mark, else Windows-1252.

    Reports saved from Word on Windows are often cp1252; that fall-back is
    reported (the caller warns), and anything that is neither is refused with a
    clear reason rather than read as mojibake.
    """
    data = path.read_bytes()
    if not data.strip():
        raise SourceError(str(path), "file is empty")
    encodings = [enc for bom, enc in _BOMS if data.startswith(bom)][:1]
    if not encodings:
        if b"\x00" in data[:4096]:
            raise SourceError(str(path), "not a text file (binary content)")
        encodings = ["utf-8", "cp1252"]
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise SourceError(str(path), "file is empty")
        return text, enc
    raise SourceError(str(path), "cannot decode text (not UTF-8, UTF-16/32 with a byte-order mark, or Windows-1252)")


#: The labels a heading may set before a quotation: "Case study: “I finally felt believed.”",
#: "Chapter 3: “Nobody listened.”".
_QUOTED_LABEL = re.compile(r"^(?:case\s+study|example|chapter|part|section|theme|box|figure)(?:\s+[\w.]+)?\s*[:–—-]\s*[\"“‘']",
                           re.I)


def looks_like_heading(line: str, max_words: int = DEFAULT_HEADING_MAX_WORDS, quoted_ok: bool = False) -> bool:
    """A heading is short, starts with a capital or digit and has no final punctuation.

    Question headings ("How effective is the force at …?") are headings too.
    """
    # a footnote marker after the full stop ("… three months.¹") does not make a heading
    s = line.strip().rstrip("⁰¹²³⁴⁵⁶⁷⁸⁹*†‡").rstrip()
    if s.endswith("?") and s[:1].isupper() and 3 <= len(s.split()) <= max_words + 12:
        return True  # PEEL question headings are long
    if not s or len(s.split()) > max_words:
        return False
    if s.endswith(_FINAL_PUNCT):
        return False
    # a short quotation ends in its closing mark, straight or curly ('She added: “We are
    # pleased.”', 'The report found: "Calls were left unanswered."'): a sentence, not a
    # heading (a label set before a quotation, 'Case study: “…”', is read as one too: its
    # sentence is kept, which matters more than the section it would head), except after a
    # label of a closed list ("Case study:", "Chapter 3:"); and a first line standing alone
    # (``quoted_ok``) is a headline that quotes
    if s.endswith(('"', "'", ")", "”", "’")) and s[-2:-1] in ".!?" and not quoted_ok \
            and not _QUOTED_LABEL.match(s):
        return False
    if not (s[:1].isupper() or s[:1].isdigit()):
        return False
    return any(c.isalpha() for c in s)


def text_to_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Split a report's text into title, date, heading, paragraph and bullet blocks."""
    blocks: list[Block] = []
    lines = undrawn(clean_chars(text).replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    groups: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        if line.strip():
            # a run of spaces inside a line (a text table's column gap, a justified
            # line) says nothing one space does not, and a hostile run of thousands
            # would cost the line patterns after this quadratic time
            cur.append(" ".join(line.split()))
        elif cur:
            groups.append(cur)
            cur = []
    if cur:
        groups.append(cur)

    in_notes = False
    for group in groups:
        for b in _group_blocks(group, markdown):
            if b.kind == "heading":
                in_notes = bool(NOTES_HEADING.match(b.text))
                if in_notes:
                    continue
            elif in_notes or (b.kind == "para" and _SUPER_START.match(b.text)):
                continue  # footnote or endnote text: not findings
            blocks.append(b)
    return _mark_title(blocks)


def undrawn(lines: list[str]) -> list[str]:
    """The lines with rules, boxes and tables drawn in characters read as what they draw
    (see :mod:`extractor.read.drawn`): a rule parts paragraphs like a blank line; a box's
    text loses its side bars and stands as a paragraph of its own, without its label (a
    label that names a list, "Areas for improvement", heads it instead); a table of figures
    goes; a grade table's rows read "Area | Grade" for the grade-row reader; a prose cell's
    text becomes an item of its own."""
    out: list[str] = []
    for part in drawn_parts(lines):
        if part.kind == "table":
            out.append("")
            for k in range(part.end - part.start):
                if k in part.table.grade_rows:
                    out.append(part.table.grade_rows[k])
                for cell in part.table.cells.get(k, ()):
                    out += ["", f"• {cell}", ""]
            out.append("")
        elif part.kind == "rule":
            out.append("")
        elif part.kind == "box":
            inner = part.inner
            if part.first is not None:
                label, inner = inner[0], inner[1:]
                if part.first == "heading":
                    out += ["", label, ""]
            out += ["", *inner, ""]
        else:
            out.append(lines[part.start])
    return out


def _group_blocks(group: list[str], markdown: bool) -> Iterable[Block]:
    if 1 < len(group) <= 3 and not any(is_bullet(g) for g in group) and not markdown:
        joined = " ".join(g.strip() for g in group)
        if looks_like_heading(joined) and not DATE_LINE.match(joined) and parse_grade_row(group[0]) is None:
            # a heading wrapped over two or three lines
            yield Block(joined, "heading")
            return
    yield from _group_lines(group, markdown)


def _group_lines(group: list[str], markdown: bool) -> Iterable[Block]:
    para: list[str] = []
    bullet: list[str] | None = None
    longest = max(len(g.strip()) for g in group)

    def flush() -> Iterable[Block]:
        nonlocal para, bullet
        if bullet is not None:
            yield Block(join_lines(bullet), "bullet")
            bullet = None
        if para:
            yield Block(join_lines(para), "para")
            para = []

    rows = sum(1 for g in group if parse_grade_row(g) is not None)
    if rows >= 2:
        # a table row whose area wrapped onto the next line ("… and supporting" / "victims: Good")
        merged: list[str] = []
        for g in group:
            if merged and parse_grade_row(merged[-1]) is None \
                    and (g.strip()[:1].islower() or normalise_grade(g.strip()) is not None) \
                    and parse_grade_row(merged[-1] + " " + g.strip()) is not None:
                merged[-1] = merged[-1] + " " + g.strip()
            else:
                merged.append(g)
        group = merged
    for i, raw in enumerate(group):
        line = raw.strip()
        if markdown:
            line = _MD_EMPH.sub(r"\2", line)
        if _PAGE_NUMBER.match(line):
            continue
        if rows >= 2 and parse_grade_row(line) is not None:
            yield from flush()
            yield Block(line, "para")  # a grade-table row; the pipeline takes it out
            continue
        m = _MD_HEADING.match(line) if markdown else None
        if m:
            yield from flush()
            yield Block(m.group(2).strip(), "heading", level=len(m.group(1)))
            continue
        before = re.sub(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+$", "", group[i - 1].strip()) if i > 0 else "."
        if DATE_LINE.match(line) and (len(group) <= 2 or not para or before.endswith((".", "!", "?"))):
            yield from flush()
            yield Block(line.strip().rstrip("."), "date")
            continue
        if is_bullet(line) and not _numbered_heading(line, group, i):
            yield from flush()
            bullet = [strip_bullet(line)]
            continue
        standalone = len(group) == 1
        first_short = (
            i == 0 and len(group) > 1 and len(line) < 0.75 * longest and not is_bullet(group[1])
        )
        # inside a group with no blank lines: a short line without final punctuation,
        # after a line that ended a sentence (or a bullet), before a capitalised line
        prev_line = re.sub(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+$", "", group[i - 1].strip()) if i > 0 else ""
        next_line = group[i + 1].strip() if i + 1 < len(group) else ""
        inner = (
            0 < i < len(group) - 1
            and (prev_line.endswith((".", "!", "?", ":", '."', ".'")) or bullet is not None
                 or (not para and bullet is None))
            and len(line) < 0.75 * longest
            and (next_line[:1].isupper() or is_bullet(next_line))
        )
        if (standalone or first_short or inner) and looks_like_heading(line) and (
            inner or (not para and bullet is None)
        ):
            yield from flush()
            level = 1
            nm = _NUMBERED_HEADING.match(line)
            if nm:
                level = nm.group(1).count(".") + 1
            yield Block(line, "heading", level=level)
            continue
        if bullet is not None:
            # continuation of a wrapped bullet item
            bullet.append(line)
        else:
            para.append(line)
    yield from flush()


def _numbered_heading(line: str, group: list[str], i: int) -> bool:
    """A numbered line standing alone and shaped like a heading is a heading, not a list item."""
    if not re.match(r"^\s*\d{1,2}[.)]\s+", line):
        return False
    return len(group) == 1 and looks_like_heading(line)


def _mark_title(blocks: list[Block]) -> list[Block]:
    """The first heading, before any paragraph, is the report's title; so is a first line
    standing alone, shaped like a heading but longer (a news release's headline)."""
    out = list(blocks)
    for i, b in enumerate(out):
        if b.kind == "heading" or (i == 0 and b.kind == "para" and "\n" not in b.text
                                   and looks_like_heading(b.text, DEFAULT_TITLE_MAX_WORDS, quoted_ok=True)):
            out[i] = Block(b.text, "title", b.page, 0)
            break
        if b.kind in ("para", "bullet"):
            break
    return out


def take_text_grade_rows(doc: ParsedDocument) -> None:
    """In text reports, grade tables are lines such as "Investigating crime: Good"."""
    kept: list[Block] = []
    blocks = doc.blocks
    # a bulleted judgement list ("• Preventing crime: good.") stays a list: its items are
    # findings, as a PDF of the same report gives them, and the pipeline reads each grade
    rows = [parse_grade_row(b.text) if b.kind in ("para", "heading") and "\n" not in b.text
            and len(b.text) < 200 else None for b in blocks]
    for i, b in enumerate(blocks):
        parsed = rows[i]
        if parsed is not None:
            # a table has several rows: one line alone that ends in a grade word is prose
            near = rows[max(0, i - 3): i] + rows[i + 1: i + 4]
            row = parsed if any(r is not None for r in near) else None
            # a paragraph that ends in a full stop is prose ("… require improvement."), not a row
            # (a question's own mark before its grade is no sentence end: "Is the service safe? | Good")
            text = b.text.strip()
            rest = text[len(parsed[0]):] if text.startswith(parsed[0]) else text
            prose = b.kind == "para" and (re.search(r"[.!?]\s", rest.lstrip("?")) or b.text.rstrip().endswith("."))
            if row is not None and not prose:
                doc.grade_rows.append(GradeRow(row[0], row[1], b.page, b.text.strip()))
                continue
        kept.append(b)
    doc.blocks = kept
