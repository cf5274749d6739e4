"""Review sheets: the sentences the model is least sure of, for a person to label.

``hmic review`` writes them as CSV with the sentence before and after, the section,
file and page, the model's label and an empty ``your_label`` column. A newsroom or
policy team fills that column in a spreadsheet and gives the sheet back to
``hmic train --add`` (their labels win over ours for the same sentence) and to
``hmic evaluate --on`` (scores on their labels). Reading the sheet back is in
:mod:`extractor.training.corpus`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO

from extractor.publish.output import safe_cell
from extractor.records import Report

#: Columns of a review sheet, in order; ``your_label`` is for the reviewer.
REVIEW_FIELDS = ("your_label", "text", "label", "confidence", "before", "after", "section", "source",
                 "page", "force", "report_id")
def review_rows(reports: Iterable[Report], limit: int) -> list[dict[str, object]]:
    """The ``limit`` least confident non-trivial sentences, least confident first."""
    rows: list[tuple[float, int, dict[str, object]]] = []
    n = 0
    for rep in reports:
        fs = rep.findings
        for i, f in enumerate(fs):
            if len(f.text.split()) < 4:
                continue
            rows.append((f.confidence, n, {
                "your_label": "", "text": f.text, "label": f.label, "confidence": f"{f.confidence:.3f}",
                "before": fs[i - 1].text if i > 0 else "", "after": fs[i + 1].text if i + 1 < len(fs) else "",
                "section": f.section or "", "source": rep.source, "page": f.page if f.page is not None else "",
                "force": rep.force or "", "report_id": rep.report_id,
            }))
            n += 1
    rows.sort(key=lambda x: (x[0], x[1]))
    return [r for _, _, r in rows[:limit]]


def write_review(reports: Iterable[Report], fh: IO[str], limit: int) -> int:
    """Write a review sheet; return the number of sentences in it."""
    rows = review_rows(reports, limit)
    w = csv.DictWriter(fh, fieldnames=list(REVIEW_FIELDS))
    w.writeheader()
    for r in rows:
        w.writerow({k: safe_cell(v) for k, v in r.items()})
    return len(rows)
