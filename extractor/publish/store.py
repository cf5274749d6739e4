"""The SQLite store: one module owns the schema; writes are idempotent.

Reports are keyed by content hash (``report_id``), so re-running over an archive
replaces a report's rows instead of duplicating them, and ``known_ids`` lets a
run skip files already stored. The database opens in Datasette as it is: plain
tables, foreign keys, and a ``findings_view`` that joins findings to reports.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from extractor.records import Report

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    report_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    force TEXT,
    title TEXT,
    published TEXT,
    report_type TEXT,
    publisher TEXT,
    pages INTEGER,
    warnings TEXT
);
CREATE TABLE IF NOT EXISTS grades (
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    grade TEXT NOT NULL,
    PRIMARY KEY (report_id, area)
);
CREATE TABLE IF NOT EXISTS findings (
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    page INTEGER,
    section TEXT,
    theme TEXT,
    theme_key TEXT,
    label TEXT NOT NULL,
    confidence REAL,
    grade TEXT,
    kind TEXT,
    text TEXT NOT NULL,
    clause TEXT,
    PRIMARY KEY (report_id, idx)
);
CREATE INDEX IF NOT EXISTS findings_label ON findings(label);
CREATE INDEX IF NOT EXISTS findings_theme ON findings(theme_key);
CREATE VIEW IF NOT EXISTS findings_view AS
    SELECT r.force, r.published, r.report_type, r.title, f.theme, f.label, f.confidence,
           f.grade, f.text, f.page, r.source, f.section, f.report_id, f.idx
    FROM findings f JOIN reports r USING (report_id);
"""


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(SCHEMA)
    return conn


def known_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT report_id FROM reports")}


def save_reports(conn: sqlite3.Connection, reports: Iterable[Report]) -> int:
    """Insert or replace reports with their grades and findings; return how many."""
    n = 0
    with conn:
        for r in reports:
            conn.execute("DELETE FROM reports WHERE report_id = ?", (r.report_id,))
            conn.execute(
                "INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?)",
                (r.report_id, r.source, r.force, r.title, r.published, r.report_type,
                 r.publisher, r.pages, json.dumps(r.warnings)),
            )
            conn.executemany(
                "INSERT INTO grades VALUES (?,?,?)",
                [(r.report_id, area, g) for area, g in r.grades.items()],
            )
            conn.executemany(
                "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (r.report_id, f.index, f.page, f.section, f.theme, f.theme_key, f.label,
                     f.confidence, f.grade, f.kind, f.text, f.clause)
                    for f in r.findings
                ],
            )
            n += 1
    return n
