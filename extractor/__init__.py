"""hmic: extract, classify and compare findings from HMIC / HMICFRS inspection reports.

The package is a library first; ``hmic`` (:mod:`extractor.cli`) is a thin Click
layer over it. The stages are subpackages, in the order data flows through them:

``read``
    files → blocks: PDF and text readers, layout, normalisation, grade-table rows
``understand``
    blocks → sentences in sections, with themes, metadata and stated grades
``classify``
    sentences → labels (the shipped model and context rules), content themes,
    boilerplate
``publish``
    reports → JSON Lines / JSON / CSV, the SQLite store, the digest

:mod:`extractor.pipeline` runs them in that order. Development tools (training,
scoring, synthetic reports) live in :mod:`extractor.training`, which nothing at
run time imports.

Example::

    import extractor

    batch = extractor.extract(["reports/"])
    for report in batch.reports:
        print(report.force, report.grades)
    for error in batch.errors:
        print("error:", error)
    html = extractor.render_digest(batch.reports, "html")

The names below are imported on first use, so ``import extractor`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name → module that defines it.
_API = {
    "extract": "extractor.pipeline",
    "extract_reports": "extractor.pipeline",
    "build_report": "extractor.pipeline",
    "read_report": "extractor.pipeline",
    "Batch": "extractor.pipeline",
    "Options": "extractor.pipeline",
    "read_document": "extractor.read.sources",
    "iter_sources": "extractor.read.sources",
    "render_digest": "extractor.publish.digest",
    "write_reports": "extractor.publish.output",
    "read_findings": "extractor.publish.output",
    "connect": "extractor.publish.store",
    "save_reports": "extractor.publish.store",
    "Report": "extractor.records",
    "Finding": "extractor.records",
    "LayoutSettings": "extractor.settings",
    "HmicError": "extractor.errors",
    "SourceError": "extractor.errors",
    "UsageError": "extractor.errors",
    "ModelError": "extractor.errors",
    "CorpusError": "extractor.errors",
    "OutputError": "extractor.errors",
}

__all__ = [
    "Batch", "CorpusError", "Finding", "HmicError", "LayoutSettings", "ModelError", "Options",
    "OutputError", "Report", "SourceError", "UsageError", "__version__", "build_report", "connect",
    "extract", "extract_reports", "iter_sources", "read_document", "read_findings", "read_report", "render_digest",
    "save_reports", "write_reports",
]

if TYPE_CHECKING:
    from extractor.errors import (
        CorpusError,
        HmicError,
        ModelError,
        OutputError,
        SourceError,
        UsageError,
    )
    from extractor.pipeline import (
        Batch,
        Options,
        build_report,
        extract,
        extract_reports,
        read_report,
    )
    from extractor.publish.digest import render_digest
    from extractor.publish.output import read_findings, write_reports
    from extractor.publish.store import connect, save_reports
    from extractor.read.sources import iter_sources, read_document
    from extractor.records import Finding, Report
    from extractor.settings import LayoutSettings


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
