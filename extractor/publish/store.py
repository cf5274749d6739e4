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

from extractor.errors import OutputError
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
    theme_key TEXT,
    source TEXT,
    page INTEGER,
    text TEXT,
    PRIMARY KEY (report_id, area)
);
CREATE TABLE IF NOT EXISTS grade_sources (
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    theme TEXT,
    theme_key TEXT,
    grade TEXT NOT NULL,
    source TEXT NOT NULL,
    page INTEGER,
    text TEXT
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
    grade_area TEXT,
    PRIMARY KEY (report_id, idx)
);
CREATE INDEX IF NOT EXISTS findings_label ON findings(label);
CREATE INDEX IF NOT EXISTS findings_theme ON findings(theme_key);
CREATE VIEW IF NOT EXISTS findings_view AS
    SELECT r.force, r.published, r.report_type, r.title, f.theme, f.label, f.confidence,
           f.grade, f.text, f.page, r.source, f.section, f.report_id, f.idx
    FROM findings f JOIN reports r USING (report_id);
"""


#: Schema version, kept in SQLite's ``user_version``. 1: the first store (no version
#: set); 2: grades carry their source (theme key, table or sentence, page, text), a
#: ``grade_sources`` table lists every source, findings carry ``grade_area``.
SCHEMA_VERSION = 2
#: Columns added since version 1, by table: how an older store is migrated in place.
_ADDED = {
    "grades": ("theme_key TEXT", "source TEXT", "page INTEGER", "text TEXT"),
    "findings": ("grade_area TEXT",),
}


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (or create) an hmic store, migrating an older one; refuse anything else.

    Raises :class:`~extractor.errors.OutputError` with the reason when the file is
    not an SQLite database, belongs to another program, or was written by a newer
    hmic.
    """
    try:
        conn = sqlite3.connect(str(path))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise OutputError(f"{path}: not an SQLite database ({exc})") from None
    if tables and "reports" not in tables:
        conn.close()
        raise OutputError(f"{path}: an SQLite database of another program (no hmic reports table); "
                          "choose another file")
    if version > SCHEMA_VERSION:
        conn.close()
        raise OutputError(f"{path}: written by a newer hmic (schema {version}, this one reads {SCHEMA_VERSION})")
    try:
        with conn:
            if tables and version < SCHEMA_VERSION:
                for table, columns in _ADDED.items():
                    have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
                    for col in columns:
                        if col.split()[0] not in have:
                            conn.execute(f"ALTER TABLE {table} ADD COLUMN {col}")
            conn.executescript(SCHEMA)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        conn.close()
        raise OutputError(f"{path}: cannot set up the store ({exc})") from None
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
            rows = []
            for area, g in r.grades.items():
                src = r.source_of(area) or {}
                rows.append((r.report_id, area, g, src.get("theme_key"), src.get("source"), src.get("page"),
                             src.get("text")))
            conn.executemany(
                "INSERT INTO grades (report_id, area, grade, theme_key, source, page, text) VALUES (?,?,?,?,?,?,?)",
                rows,
            )
            conn.executemany(
                "INSERT INTO grade_sources VALUES (?,?,?,?,?,?,?,?)",
                [(r.report_id, s.get("area"), s.get("theme"), s.get("theme_key"), s.get("grade"), s.get("source"),
                  s.get("page"), s.get("text")) for s in r.grade_sources],
            )
            conn.executemany(
                "INSERT INTO findings (report_id, idx, page, section, theme, theme_key, label, confidence, grade,"
                " kind, text, clause, grade_area) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (r.report_id, f.index, f.page, f.section, f.theme, f.theme_key, f.label,
                     f.confidence, f.grade, f.kind, f.text, f.clause, f.grade_area)
                    for f in r.findings
                ],
            )
            n += 1
    return n
