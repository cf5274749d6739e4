"""Files in, parsed documents out: find report files and read each into blocks.

This is the first stage. It knows file types, content hashes and readers, and
nothing about themes, labels or outputs; every problem with one file becomes a
:class:`~extractor.errors.SourceError` naming that file.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.errors import SourceError, UsageError, printable
from extractor.records import ParsedDocument
from extractor.settings import DEFAULT_MAX_INFLATED_BYTES, PDF_READERS, LayoutSettings

#: File extensions hmic reads as reports.
SUPPORTED = (".pdf", ".txt", ".md", ".markdown", ".text")


def scan_sources(sources: Iterable[str | Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Expand files and folders into report files, and say what was passed over and why.

    Folders are searched recursively in sorted order, following symbolic links
    but never into a loop. Inside folders, files of other types are skipped
    quietly (folders hold other things too); what a user would expect to be read
    but cannot be (an unreadable folder, a dangling link, a pipe or device, a
    folder named like a report) comes back as a ``(path, reason)`` warning.
    Files named directly are always passed on, so the reader reports them.
    """
    files: list[Path] = []
    notes: list[tuple[str, str]] = []
    for src in sources:
        p = Path(src)
        if not p.is_dir():
            files.append(p)
            continue
        seen: set[tuple[int, int]] = set()

        def walk_error(exc: OSError, top: Path = p) -> None:
            notes.append((str(exc.filename or top), f"cannot read folder ({exc.strerror or exc})"))

        for root, dirs, names in os.walk(p, onerror=walk_error, followlinks=True):
            here = Path(root)
            try:
                st = here.stat()
                key = (st.st_dev, st.st_ino)
            except OSError:
                continue
            if key in seen:
                notes.append((str(here), "symbolic link loop; not followed again"))
                dirs[:] = []
                continue
            seen.add(key)
            dirs.sort()
            for d in list(dirs):
                if d.startswith("."):
                    dirs.remove(d)
                elif Path(d).suffix.lower() in SUPPORTED:
                    notes.append((str(here / d), "is a folder named like a report; searched as a folder"))
            for name in sorted(names):
                f = here / name
                if name.startswith(".") or f.suffix.lower() not in SUPPORTED:
                    continue
                try:
                    mode = f.stat().st_mode
                except FileNotFoundError:
                    notes.append((str(f), "symbolic link to nothing (dangling); skipped"))
                    continue
                except OSError as exc:
                    notes.append((str(f), f"cannot read ({exc.strerror or exc}); skipped"))
                    continue
                if not stat.S_ISREG(mode):
                    notes.append((str(f), "not a regular file (a pipe, socket or device); skipped"))
                    continue
                files.append(f)
    return files, notes


def iter_sources(sources: Iterable[str | Path]) -> Iterator[Path]:
    """Report files in ``sources`` (see :func:`scan_sources`, which also gives the warnings)."""
    yield from scan_sources(sources)[0]


def report_id_of(path: Path) -> str:
    """Content hash: the same report under another name is the same report."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def check_reader(name: str) -> None:
    """Refuse an unknown PDF reader name before any file is read."""
    if name not in PDF_READERS:
        raise UsageError(f"unknown PDF reader {name!r} (choose from {', '.join(sorted(PDF_READERS))})")


def read_document(path: Path, reader: str = "pdfium", layout: LayoutSettings | None = None,
                  max_inflated: int = DEFAULT_MAX_INFLATED_BYTES) -> ParsedDocument:
    """Read one file into blocks, raising :class:`SourceError` with a reason on failure."""
    # the readers are imported here, not with this module: a run over an unchanged
    # archive only hashes files (:func:`report_id_of`) and must start fast
    from extractor.read.furniture import drop_furniture
    from extractor.read.grade_rows import split_judgement_headings
    from extractor.read.layout import build_document
    from extractor.read.limits import check_pdf_inflation
    from extractor.read.pdf import READERS
    from extractor.read.text import decode_text_file, take_text_grade_rows, text_to_blocks

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
        drop_furniture(doc)
        split_judgement_headings(doc)
        if not doc.blocks and not doc.cover_text:
            raise SourceError(str(path), "no text layer (scanned or image-only PDF; OCR is not supported)")
        return doc
    text, encoding = decode_text_file(path)
    blocks = text_to_blocks(text, markdown=suffix in (".md", ".markdown"))
    if not any(b.kind in ("para", "bullet") for b in blocks):
        raise SourceError(str(path), "no report text found")
    doc = ParsedDocument(printable(path), rid, blocks)
    if encoding == "cp1252":
        doc.warnings.append("not UTF-8; read as Windows-1252 (check accented letters)")
    doc.cover_text = "\n".join(b.text for b in blocks[:6] if b.kind in ("title", "date", "heading"))
    take_text_grade_rows(doc)
    drop_furniture(doc)
    split_judgement_headings(doc)
    return doc
