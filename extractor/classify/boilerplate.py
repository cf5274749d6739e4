"""Boilerplate: sentences that many reports of a batch share are context, not findings.

Every report of a family shares its introduction and its description of the
grading scale; counting those as findings would credit each force with the same
"strengths". The rule needs the whole batch, so it runs after every report is read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from extractor.records import Report
from extractor.settings import DEFAULT_BOILERPLATE_MIN_REPORTS, DEFAULT_BOILERPLATE_MIN_WORDS
from extractor.understand.editions import group_editions
from extractor.vocabulary import text_key


def boilerplate_key(text: str) -> str:
    """Key under which repeated (boilerplate) sentences are counted across reports."""
    return text_key(text)


def boilerplate_keys(reports: Iterable[Report], min_reports: int = DEFAULT_BOILERPLATE_MIN_REPORTS) -> set[str]:
    """Sentences that occur in at least ``min_reports`` different reports.

    Editions of one report (its text and its PDF) count once: a report given
    twice does not make its own sentences boilerplate.
    """
    c: Counter[str] = Counter()
    for group in group_editions(list(reports)):
        c.update({boilerplate_key(f.text) for r in group for f in r.findings})
    return {k for k, n in c.items() if n >= min_reports}


def apply_boilerplate(reports: list[Report], min_reports: int = DEFAULT_BOILERPLATE_MIN_REPORTS) -> int:
    """Relabel sentences that recur across reports of a batch as context (``neutral``).

    Returns how many were relabelled.
    """
    keys = boilerplate_keys(reports, min_reports)
    n = 0
    for r in reports:
        for f in r.findings:
            if f.label != "neutral" and boilerplate_key(f.text) in keys \
                    and len(f.text.split()) >= DEFAULT_BOILERPLATE_MIN_WORDS:
                f.label, f.clause = "neutral", None
                f.strength_clause = f.area_clause = None
                n += 1
    return n
