"""Editions: the same report given as several files (text and PDF, a re-saved copy).

Files with identical bytes are one report already (the store keeps their other
paths as ``copies``). A report published as a PDF and also saved as text, or
printed twice by different producers, has different bytes but is the same
report: counting it twice would double a force's findings in the digest and make
every one of its sentences look like boilerplate shared "across reports".

Two reports are editions of one when they name the same force, the same month
and the same title (quotes, case, spacing and a trailing date folded away) *and*
most of their sentences are the same. The last condition keeps apart two
different reports that happen to share a generic title and month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.records import Report
from extractor.settings import EDITION_MIN_SHARED
from extractor.vocabulary import text_key

_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_FOLD = str.maketrans("’‘“”–—", "''\"\"--")
_TRAILING_DATE = re.compile(rf"[\s,–—-]*(?:{_MONTHS}\s+)?(?:19|20)\d\d\s*$")


def title_key(title: str | None) -> str:
    """A title as two editions of one report share it."""
    t = (title or "").lower().translate(_FOLD)
    t = _TRAILING_DATE.sub("", t.strip())
    return re.sub(r"[^a-z0-9]+", " ", t).strip()


def _sentences(r: Report) -> set[str]:
    return {text_key(f.text) for f in r.findings if len(f.text.split()) >= 4}


def _shared(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, min(len(a), len(b)))


def _preference(r: Report) -> tuple[int, str]:
    """Which edition stands for the report: a PDF (its pages can be cited), then the first path."""
    return (0 if str(r.source).lower().endswith(".pdf") else 1, str(r.source))


def group_editions(reports: Sequence[Report]) -> list[list[Report]]:
    """Reports grouped by edition, in first-seen order; each group's first is the one to show."""
    groups: list[list[Report]] = []
    index: dict[tuple[str, str, str], list[int]] = {}
    sents: dict[int, set[str]] = {}
    for r in reports:
        key = (r.force or "", r.published or "", title_key(r.title))
        placed = False
        if all(key):
            sents[id(r)] = _sentences(r)
            for gi in index.get(key, []):
                rep = groups[gi][0]
                if _shared(sents[id(r)], sents[id(rep)]) >= EDITION_MIN_SHARED:
                    groups[gi].append(r)
                    placed = True
                    break
            if not placed:
                index.setdefault(key, []).append(len(groups))
        if not placed:
            groups.append([r])
    return [sorted(g, key=_preference) for g in groups]


def distinct_reports(reports: Sequence[Report]) -> list[Report]:
    """One report per edition group (the PDF where there is one); the others become its ``copies``.

    A report with other editions is returned as a copy whose ``copies`` add the
    other editions' paths, so nothing is lost from the list of sources; the input
    reports are not changed.
    """
    out: list[Report] = []
    for group in group_editions(reports):
        first = group[0]
        if len(group) > 1:
            paths = list(first.copies)
            for other in group[1:]:
                paths += [p for p in (other.source, *other.copies) if p not in paths and p != first.source]
            first = replace(first, copies=paths)
        out.append(first)
    return out
