"""The SQLite store: one module owns the schema; writes are idempotent.

The store is the archive's source of truth for ``hmic run``: each report is
written as soon as it is read, in one transaction, so a killed run resumes where
it stopped; a file whose content is unchanged is not read again; a changed file
replaces its old rows; a file that is gone has its report removed. Every output
is then built from the store.

Reports are keyed by content hash (``report_id``) and by ``source``. The database
opens in Datasette as it is: plain tables, foreign keys, a ``findings_view`` that
joins findings to reports, and a full-text index over findings (the search box).
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
CREATE TABLE IF NOT EXISTS copies (
    source TEXT PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(report_id) ON DELETE CASCADE
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
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
    model_label TEXT,
    force TEXT,
    strength_clause TEXT,
    area_clause TEXT,
    PRIMARY KEY (report_id, idx)
);
CREATE INDEX IF NOT EXISTS findings_label ON findings(label);
CREATE INDEX IF NOT EXISTS findings_theme ON findings(theme_key);
CREATE INDEX IF NOT EXISTS findings_force ON findings(force);
CREATE INDEX IF NOT EXISTS reports_source ON reports(source);
DROP VIEW IF EXISTS findings_view;
CREATE VIEW findings_view AS
    SELECT r.force, r.published, r.report_type, r.title, f.theme, f.label, f.confidence,
           f.grade, f.text, f.page, r.source, f.section, f.report_id, f.idx,
           f.theme_key, f.kind, f.clause, f.grade_area, f.strength_clause, f.area_clause
    FROM findings f JOIN reports r USING (report_id);
CREATE VIRTUAL TABLE IF NOT EXISTS findings_fts USING fts5(
    text, section, theme, content='findings', content_rowid='rowid'
);
CREATE TRIGGER IF NOT EXISTS findings_ai AFTER INSERT ON findings BEGIN
    INSERT INTO findings_fts(rowid, text, section, theme) VALUES (new.rowid, new.text, new.section, new.theme);
END;
CREATE TRIGGER IF NOT EXISTS findings_ad AFTER DELETE ON findings BEGIN
    INSERT INTO findings_fts(findings_fts, rowid, text, section, theme)
    VALUES ('delete', old.rowid, old.text, old.section, old.theme);
END;
CREATE TRIGGER IF NOT EXISTS findings_au AFTER UPDATE ON findings BEGIN
    INSERT INTO findings_fts(findings_fts, rowid, text, section, theme)
    VALUES ('delete', old.rowid, old.text, old.section, old.theme);
    INSERT INTO findings_fts(rowid, text, section, theme) VALUES (new.rowid, new.text, new.section, new.theme);
END;
"""


#: Schema version, kept in SQLite's ``user_version``. 1: the first store (no version
#: set); 2: grades carry their source (theme key, table or sentence, page, text), a
#: ``grade_sources`` table lists every source, findings carry ``grade_area``.
SCHEMA_VERSION = 4
#: Columns added since version 1, by table: how an older store is migrated in place.
#: Version 3 adds the label before batch rules (``model_label``), ``force`` on findings,
#: and the full-text index; version 4 the two sides of a mixed sentence.
_ADDED = {
    "grades": ("theme_key TEXT", "source TEXT", "page INTEGER", "text TEXT"),
    "findings": ("grade_area TEXT", "model_label TEXT", "force TEXT", "strength_clause TEXT", "area_clause TEXT"),
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
            if tables and version < 3:
                conn.execute("UPDATE findings SET model_label = label WHERE model_label IS NULL")
                conn.execute("UPDATE findings SET force = (SELECT force FROM reports r WHERE r.report_id = findings.report_id)")
                conn.execute("INSERT INTO findings_fts(findings_fts) VALUES ('rebuild')")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("PRAGMA foreign_keys = ON")
        # A write-ahead log while hmic writes: a report's transaction commits without
        # waiting for the disk twice, and a killed run still loses nothing it committed.
        # close_store() turns the file back into a plain single-file database.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as exc:
        conn.close()
        raise OutputError(f"{path}: cannot set up the store ({exc})") from None
    return conn


def close_store(conn: sqlite3.Connection) -> None:
    """Close a store opened by :func:`connect`, leaving one self-contained file.

    Switching back from the write-ahead log folds it into the database, so the
    file opens anywhere (read-only, immutable in Datasette, copied elsewhere)
    without ``-wal`` and ``-shm`` companions.
    """
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error:
        pass  # another reader holds it open: the log is folded in when the last one closes
    conn.close()


def known_ids(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT report_id FROM reports")}


def save_reports(conn: sqlite3.Connection, reports: Iterable[Report]) -> int:
    """Insert or replace reports with their grades and findings; return how many."""
    n = 0
    for r in reports:
        save_report(conn, r)
        n += 1
    return n


def save_report(conn: sqlite3.Connection, r: Report, model_labels: list[str] | None = None) -> None:
    """Write one report in one transaction, replacing rows of the same content or the same file.

    ``model_labels`` are the labels before batch rules (boilerplate); by default the
    report's own labels.
    """
    labels = model_labels or [f.label for f in r.findings]
    with conn:
        conn.execute("DELETE FROM copies WHERE source = ?", (r.source,))
        conn.execute("DELETE FROM reports WHERE report_id = ? OR source = ?", (r.report_id, r.source))
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
            " kind, text, clause, grade_area, model_label, force, strength_clause, area_clause)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (r.report_id, f.index, f.page, f.section, f.theme, f.theme_key, f.label,
                 f.confidence, f.grade, f.kind, f.text, f.clause, f.grade_area, lab, r.force,
                 f.strength_clause, f.area_clause)
                for f, lab in zip(r.findings, labels, strict=True)
            ],
        )


def stored_sources(conn: sqlite3.Connection) -> dict[str, str]:
    """``{source: report_id}`` of every stored report and of every copy of one."""
    found = dict(conn.execute("SELECT source, report_id FROM copies"))
    found.update(conn.execute("SELECT source, report_id FROM reports"))
    return found


def add_copy(conn: sqlite3.Connection, source: str, report_id: str) -> None:
    """Record ``source`` as another file with the content of a stored report.

    A copy ("report (1).pdf", the same file in two folders) is one report, listed
    once; remembering its path keeps later runs from reading it again.
    """
    with conn:
        conn.execute("INSERT OR REPLACE INTO copies VALUES (?, ?)", (source, report_id))


def delete_sources(conn: sqlite3.Connection, sources: Iterable[str]) -> list[str]:
    """Forget these files; return those whose report was removed.

    A gone copy is just forgotten; a gone file whose report has a copy hands the
    report over to the copy, so the report stays.
    """
    removed = []
    with conn:
        for src in sources:
            conn.execute("DELETE FROM copies WHERE source = ?", (src,))
            row = conn.execute("SELECT report_id FROM reports WHERE source = ?", (src,)).fetchone()
            if row is None:
                continue
            heir = conn.execute("SELECT source FROM copies WHERE report_id = ? ORDER BY source",
                                (row[0],)).fetchone()
            if heir:
                conn.execute("UPDATE reports SET source = ? WHERE report_id = ?", (heir[0], row[0]))
                conn.execute("DELETE FROM copies WHERE source = ?", (heir[0],))
            else:
                conn.execute("DELETE FROM reports WHERE source = ?", (src,))
                removed.append(src)
    return removed


def load_reports(conn: sqlite3.Connection, model_labels: bool = False) -> list[Report]:
    """Every stored report, ordered by file, as :class:`Report` records.

    With ``model_labels`` the findings carry the labels before batch rules, so the
    rules can be applied again over the whole archive.
    """
    from extractor.records import Finding

    reports = []
    for row in conn.execute("SELECT report_id, source, force, title, published, report_type, publisher, pages,"
                            " warnings FROM reports ORDER BY source"):
        rid = row[0]
        findings = [
            Finding(text=t, page=pg, section=sec, theme=th, theme_key=tk,
                    label=(ml or lab) if model_labels else lab, confidence=conf or 0.0, grade=gr,
                    index=idx, kind=kind or "para", clause=cl, grade_area=ga, strength_clause=sc, area_clause=ac)
            for idx, pg, sec, th, tk, lab, conf, gr, kind, t, cl, ga, ml, sc, ac in conn.execute(
                "SELECT idx, page, section, theme, theme_key, label, confidence, grade, kind, text, clause,"
                " grade_area, model_label, strength_clause, area_clause FROM findings WHERE report_id = ?"
                " ORDER BY idx", (rid,))
        ]
        grades = dict(conn.execute("SELECT area, grade FROM grades WHERE report_id = ? ORDER BY rowid", (rid,)))
        sources = [
            {"area": a, "theme": th, "theme_key": tk, "grade": g, "page": pg, "source": src, "text": t}
            for a, th, tk, g, src, pg, t in conn.execute(
                "SELECT area, theme, theme_key, grade, source, page, text FROM grade_sources WHERE report_id = ?"
                " ORDER BY rowid", (rid,))
        ]
        reports.append(Report(
            source=row[1], report_id=rid, force=row[2], title=row[3], published=row[4],
            report_type=row[5] or "unknown", findings=findings, grades=grades, grade_sources=sources,
            warnings=json.loads(row[8] or "[]"), publisher=row[6], pages=row[7],
            copies=[c for (c,) in conn.execute("SELECT source FROM copies WHERE report_id = ? ORDER BY source",
                                               (rid,))],
        ))
    return reports


def store_labels(conn: sqlite3.Connection, reports: Iterable[Report]) -> None:
    """Write back the labels (and clauses) of reports after batch rules were applied."""
    with conn:
        conn.executemany(
            "UPDATE findings SET label = ?, clause = ?, strength_clause = ?, area_clause = ?"
            " WHERE report_id = ? AND idx = ? AND (label != ? OR clause IS NOT ? OR strength_clause IS NOT ?"
            " OR area_clause IS NOT ?)",
            [(f.label, f.clause, f.strength_clause, f.area_clause, r.report_id, f.index, f.label, f.clause,
              f.strength_clause, f.area_clause) for r in reports for f in r.findings],
        )


def datasette_metadata(db_name: str = "findings") -> dict[str, object]:
    """Metadata for ``datasette findings.db --metadata metadata.json``: titles, units,
    facets and the full-text search box on findings."""
    return {
        "title": "HMIC / HMICFRS inspection findings (hmic)",
        "description": "Every sentence of the reports, labelled strength, area for improvement, mixed or "
                       "neutral, with its theme, the graded judgements and where each came from. Labels and "
                       "themes are automatic: check a quote against its page before publishing it.",
        "databases": {db_name: {"tables": {
            "findings": {
                "description": "One row per sentence, with its label, confidence, theme and page.",
                "fts_table": "findings_fts", "fts_pk": "rowid", "searchmode": "raw",
                "facets": ["label", "force", "theme_key", "kind"],
                "sort_desc": "confidence",
                "units": {},
            },
            "reports": {"description": "One row per report file (report_id is a hash of its content).",
                        "facets": ["force", "report_type", "publisher"]},
            "grades": {"description": "The grade used for each area, with its source: the report's grade "
                                      "table or the sentence that states it, page and text.",
                       "facets": ["grade", "theme_key", "source"]},
            "grade_sources": {"description": "Every grade table row and judgement sentence behind the grades."},
            "findings_fts": {"hidden": True},
        }}},
    }


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    with conn:
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
