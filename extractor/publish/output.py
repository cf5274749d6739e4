"""Write reports as JSON Lines, JSON or CSV (the output contract), and read them back.

``jsonl`` and ``csv`` hold one record per sentence in reading order, each with the
report fields; ``json`` holds one object per report with its grades and its
sentences. ``hmic digest`` reads any of the three back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from extractor.errors import SourceError
from extractor.records import REPORT_FIELDS, SENTENCE_FIELDS, Report

FORMATS = ("jsonl", "json", "csv")
CSV_FIELDS = REPORT_FIELDS + SENTENCE_FIELDS


def write_reports(reports: Iterable[Report], fh: IO[str], fmt: str) -> int:
    """Write reports in ``fmt``; return the number of sentence records written."""
    n = 0
    if fmt == "jsonl":
        for r in reports:
            for rec in r.records():
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    elif fmt == "csv":
        w = csv.DictWriter(fh, fieldnames=list(CSV_FIELDS), extrasaction="ignore")
        w.writeheader()
        for r in reports:
            for rec in r.records():
                w.writerow(rec)
                n += 1
    elif fmt == "json":
        items = []
        for r in reports:
            items.append(r.to_json())
            n += len(r.findings)
        json.dump(items, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


def is_findings_file(path: Path) -> bool:
    """Findings written by ``hmic extract`` (not a report to read)."""
    if path.suffix.lower() in (".jsonl", ".json", ".csv"):
        return True
    return False


def read_findings(path: Path) -> list[Report]:
    """Rebuild reports from a jsonl, json or csv file written by ``hmic extract``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), f"cannot read findings ({exc.__class__.__name__})") from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(text)
            if isinstance(data, dict):
                data = [data]
            return [Report.from_json(d) for d in data]
        if path.suffix.lower() == ".jsonl":
            recs = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            recs = list(csv.DictReader(io.StringIO(text)))
            for r in recs:
                for k in ("page", "index"):
                    r[k] = int(r[k]) if r.get(k) not in (None, "") else None
                r["confidence"] = float(r.get("confidence") or 0)
                for k in list(r):
                    if r[k] == "":
                        r[k] = None
    except (ValueError, KeyError) as exc:
        raise SourceError(str(path), f"not a findings file written by hmic extract ({exc})") from None
    by_id: dict[str, dict] = {}
    for r in recs:
        if "report_id" not in r or "text" not in r or "label" not in r:
            raise SourceError(str(path), "not a findings file written by hmic extract (missing fields)")
        rep = by_id.setdefault(
            r["report_id"], {**{k: r.get(k) for k in REPORT_FIELDS}, "grades": {}, "sentences": []}
        )
        rep["sentences"].append({k: r.get(k) for k in SENTENCE_FIELDS})
    reports = [Report.from_json(d) for d in by_id.values()]
    for report in reports:  # grades are not in flat records: rebuild from judgement sentences
        for f in report.findings:
            if f.grade and (f.theme or "Overall") not in report.grades:
                report.grades[f.theme or "Overall"] = f.grade
    return reports
