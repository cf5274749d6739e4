"""Files in, parsed documents out: find report files and read each into blocks.

This is the first stage. It knows file types, content hashes and readers, and
nothing about themes, labels or outputs; every problem with one file becomes a
:class:`~extractor.errors.SourceError` naming that file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.errors import SourceError, UsageError, printable
from extractor.read.layout import build_document
from extractor.read.limits import check_pdf_inflation
from extractor.read.pdf import READERS
from extractor.read.text import read_text_file, take_text_grade_rows, text_to_blocks
from extractor.records import ParsedDocument
from extractor.settings import DEFAULT_MAX_INFLATED_BYTES, LayoutSettings

#: File extensions hmic reads as reports.
SUPPORTED = (".pdf", ".txt", ".md", ".markdown", ".text")


def iter_sources(sources: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into report files.

    Unknown extensions named directly are passed on so the caller reports them;
    inside folders they are skipped quietly (folders hold other files too).
    """
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and not f.name.startswith("."):
                    yield f
        else:
            yield p


def report_id_of(path: Path) -> str:
    """Content hash: the same report under another name is the same report."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def check_reader(name: str) -> None:
    """Refuse an unknown PDF reader name before any file is read."""
    if name not in READERS:
        raise UsageError(f"unknown PDF reader {name!r} (choose from {', '.join(sorted(READERS))})")


def read_document(path: Path, reader: str = "pdfium", layout: LayoutSettings | None = None,
                  max_inflated: int = DEFAULT_MAX_INFLATED_BYTES) -> ParsedDocument:
    """Read one file into blocks, raising :class:`SourceError` with a reason on failure."""
    check_reader(reader)
    if not path.exists():
        raise SourceError(str(path), "no such file")
    if path.is_dir():
        raise SourceError(str(path), "is a folder with no reports")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SourceError(str(path), f"unsupported file type '{suffix or path.name}' (use .pdf, .txt or .md)")
    if path.stat().st_size == 0:
        raise SourceError(str(path), "file is empty")
    rid = report_id_of(path)
    if suffix == ".pdf":
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if b"%PDF" not in head:
            raise SourceError(str(path), "not a valid PDF (no PDF header)")
        check_pdf_inflation(path, max_inflated)
        doc = build_document(printable(path), rid, READERS[reader](path), layout or LayoutSettings())
        if not doc.blocks and not doc.cover_text:
            raise SourceError(str(path), "no text layer (scanned or image-only PDF; OCR is not supported)")
        return doc
    text = read_text_file(path)
    blocks = text_to_blocks(text, markdown=suffix in (".md", ".markdown"))
    if not any(b.kind in ("para", "bullet") for b in blocks):
        raise SourceError(str(path), "no report text found")
    doc = ParsedDocument(printable(path), rid, blocks)
    doc.cover_text = "\n".join(b.text for b in blocks[:6] if b.kind in ("title", "date", "heading"))
    take_text_grade_rows(doc)
    return doc
