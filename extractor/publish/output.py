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


#: Characters that make a spreadsheet read a cell as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a leading ``= + - @`` gets a ``'``.

    Report text and file names can begin with those characters; Excel and Sheets
    would run them as formulas. JSON outputs keep the exact text.
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def unsafe_cell(value: str | None) -> str | None:
    """Undo :func:`safe_cell` when reading our own CSV back."""
    if value and value[:1] == "'" and value[1:2] in _FORMULA_START:
        return value[1:]
    return value


#: Columns of ``grades.csv``: one row per grade a report states, with where it says so.
GRADE_FIELDS = ("source", "report_id", "force", "published", "area", "theme", "theme_key", "grade",
                "grade_source", "page", "text")


def write_grades(reports: Iterable[Report], fh: IO[str]) -> int:
    """Every grade source (table rows and judgement sentences) as CSV; return the row count."""
    w = csv.DictWriter(fh, fieldnames=list(GRADE_FIELDS))
    w.writeheader()
    n = 0
    for r in reports:
        for g in r.grade_sources:
            w.writerow({k: safe_cell(v) for k, v in {
                "source": r.source, "report_id": r.report_id, "force": r.force, "published": r.published,
                "area": g.get("area"), "theme": g.get("theme"), "theme_key": g.get("theme_key"),
                "grade": g.get("grade"), "grade_source": g.get("source"), "page": g.get("page"),
                "text": g.get("text"),
            }.items()})
            n += 1
    return n


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
                w.writerow({k: safe_cell(v) for k, v in rec.items()})
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
                for k, v in r.items():
                    r[k] = unsafe_cell(v)
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
    for report in reports:  # table grades are not in flat records: rebuild from judgement sentences
        for f in report.findings:
            # older files have no grade_area: a sentence's theme is its best guess, never "Overall"
            area = f.grade_area or f.theme
            if f.grade and area and area not in report.grades:
                report.grades[area] = f.grade
                report.grade_sources.append({"area": area, "theme": area, "theme_key": f.theme_key,
                                             "grade": f.grade, "page": f.page, "source": "sentence", "text": f.text})
    return reports
