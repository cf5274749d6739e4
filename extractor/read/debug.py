"""``hmic extract --debug-layout``: what the reader saw, page by page.

Shows the blocks (headings with their level, paragraphs, bullets), what was
dropped as cover, contents, header/footer, footnote or grade table, and how the
reading order of side-by-side areas (columns, side boxes) was decided, so that a
user who doubts a finding can see how the page was read.
"""

from __future__ import annotations

from pathlib import Path

from extractor.read.sources import read_document
from extractor.settings import LayoutSettings


def describe_layout(path: Path, reader: str = "pdfium", layout: LayoutSettings | None = None) -> str:
    """A plain-text page-by-page account of how ``path`` was read."""
    doc = read_document(path, reader, layout)
    out = [f"== {path} ({doc.pages or '-'} pages, reader {reader})"]
    for w in doc.warnings:
        out.append(f"warning: {w}")
    pages: dict[int | None, list[str]] = {}
    for page, why, text in doc.dropped:
        pages.setdefault(page, []).append(f"  [dropped: {why}] {text.strip()[:100]}")
    for page, note in doc.notes:
        pages.setdefault(page, []).append(f"  [reading order] {note}")
    for row in doc.grade_rows:
        pages.setdefault(row.page, []).append(f"  [grade] {row.area} -> {row.grade}")
    for b in doc.blocks:
        tag = f"{b.kind}{b.level}" if b.kind == "heading" else b.kind
        pages.setdefault(b.page, []).append(f"  [{tag}] {b.text[:100]}")
    for page in sorted(pages, key=lambda p: (p is None, p or 0)):
        out.append(f"-- page {page if page is not None else '(text)'}")
        out.extend(pages[page])
    return "\n".join(out) + "\n"
