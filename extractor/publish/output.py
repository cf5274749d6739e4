"""Write reports as JSON Lines, JSON or CSV (the output contract), and read them back.

``jsonl`` and ``csv`` hold one record per sentence in reading order, each with the
report fields; ``json`` holds one object per report with its grades and its
sentences. ``hmic digest`` reads any of the three back.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

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
        # one report per line, written as it comes: the C encoder (json.dump with
        # ``indent`` falls back to the pure-Python one, five times slower) and no
        # list of every report in memory
        fh.write("[")
        for i, r in enumerate(reports):
            fh.write(",\n" if i else "\n")
            fh.write(json.dumps(r.to_json(), ensure_ascii=False))
            n += len(r.findings)
        fh.write("\n]\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


def is_findings_file(path: Path) -> bool:
    """Findings written by ``hmic extract`` (not a report to read)."""
    if path.suffix.lower() in (".jsonl", ".json", ".csv"):
        return True
    return False


_LABELS = {"strength", "area_for_improvement", "mixed", "neutral"}
_GRADES = {None, "outstanding", "good", "adequate", "requires improvement", "inadequate", "not graded"}


def _record_problem(r: Any) -> str | None:
    """Why a flat findings record cannot be used, or None when it can."""
    if not isinstance(r, dict):
        return "not an object"
    for k in ("report_id", "text", "label"):
        if not isinstance(r.get(k), str) or not r.get(k):
            return f"missing or empty {k!r}"
    if r["label"] not in _LABELS:
        return f"unknown label {r['label'][:40]!r}"
    if r.get("grade") not in _GRADES:
        return f"unknown grade {str(r.get('grade'))[:40]!r}"
    for k in ("page", "index"):
        if r.get(k) is not None and not isinstance(r[k], int):
            return f"{k!r} is not a number"
    if r.get("published") is not None and not (isinstance(r["published"], str) and len(r["published"]) == 7):
        return "'published' is not YYYY-MM"
    return None


def read_findings(path: Path, warn: Callable[[str, str], None] | None = None) -> list[Report]:
    """Rebuild reports from a jsonl, json or csv file written by ``hmic extract``.

    Each record is checked; a bad record is reported through ``warn(where, why)``
    ("FILE:LINE") and left out, and the good records are kept. A file with no
    usable record at all is a :class:`SourceError`.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), f"cannot read findings ({exc.__class__.__name__})") from None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
            items = [data] if isinstance(data, dict) else data
            return [Report.from_json(d) for d in items]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise SourceError(str(path), f"not a reports file written by hmic extract ({type(exc).__name__})") from None
    numbered: list[tuple[int, Any]] = []
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    numbered.append((n, json.loads(line)))
                except ValueError:
                    numbered.append((n, None))
    else:
        try:
            rows = list(csv.DictReader(io.StringIO(text)))
        except csv.Error as exc:
            raise SourceError(str(path), f"not a findings file written by hmic extract ({exc})") from None
        for n, r in enumerate(rows, 2):
            rec: dict[str, Any] = {k: unsafe_cell(v) for k, v in r.items() if k is not None}
            try:
                for k in ("page", "index"):
                    rec[k] = int(rec[k]) if rec.get(k) not in (None, "") else None
                rec["confidence"] = float(rec.get("confidence") or 0)
            except ValueError:
                numbered.append((n, None))
                continue
            numbered.append((n, {k: (None if v == "" else v) for k, v in rec.items()}))
    by_id: dict[str, dict[str, Any]] = {}
    bad = 0
    for n, r in numbered:
        problem = "not JSON" if r is None else _record_problem(r)
        if problem:
            bad += 1
            if warn:
                warn(f"{path}:{n}", f"record left out ({problem})")
            continue
        rep = by_id.setdefault(
            r["report_id"], {**{k: r.get(k) for k in REPORT_FIELDS}, "grades": {}, "sentences": []}
        )
        rep["sentences"].append({k: r.get(k) for k in SENTENCE_FIELDS})
    if not by_id:
        raise SourceError(str(path), "no usable record (not a findings file written by hmic extract)"
                          if not bad else f"none of its {bad} record(s) could be used")
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
