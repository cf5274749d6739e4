"""The cross-force comparison digest: context building and rendering.

The digest shows only what the inspectorate said: its own grades (never a
ranking of ours), counts of strengths and areas for improvement, and exact
quotes with file, page and a ready citation. Templates are package data
(``templates/``) with an optional override folder, rendered with autoescaping;
the HTML digest is one self-contained file with inline CSS and script.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
import numpy as np

from extractor import __version__
from extractor.records import Finding, Report
from extractor.resources import templates_dir
from extractor.settings import (
    DEFAULT_CLUSTER_DISTANCE,
    DEFAULT_NEAR_DUPLICATE,
    DEFAULT_QUOTES_PER_CELL,
    DEFAULT_QUOTES_PER_FORCE,
)
from extractor.understand.editions import distinct_reports
from extractor.vocabulary import MONTH_NAMES, STOP_WORDS

GRADE_ORDER = ["outstanding", "good", "adequate", "requires improvement", "inadequate", "not graded"]


@dataclass
class Quote:
    text: str
    clause: str | None
    label: str
    confidence: float
    force: str
    theme: str | None
    theme_key: str | None
    page: int | None
    href: str
    citation: str
    year: str
    #: Permalink anchor of the quote in the HTML digest, stable across runs.
    anchor: str = ""
    #: The text cut into (segment, side) pieces, side "s" (praise) or "a" (criticism)
    #: for the clauses of a mixed sentence and "" elsewhere; empty when not mixed.
    parts: tuple[tuple[str, str], ...] = ()


@dataclass
class Cell:
    grade: str | None = None
    year: str = ""
    strengths: int = 0
    areas: int = 0
    mixed: int = 0


@dataclass
class Issue:
    quote: Quote
    forces: list[str]
    size: int
    others: list[Quote] = field(default_factory=list)


def _month(published: str | None) -> str:
    m = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", published or "")
    if not m:
        return "date unknown"  # also what a crafted findings file gets, never its text
    return f"{MONTH_NAMES[int(m.group(2)) - 1]} {m.group(1)}"


def force_label(r: Report) -> str:
    return r.force or (r.title or Path(r.source).stem)


def citation(r: Report, page: int | None) -> str:
    parts = [r.title or Path(r.source).name, *([r.publisher] if r.publisher else []), _month(r.published)]
    if page:
        parts.append(f"p. {page}")
    return ", ".join(parts)


def _href(source: str, page: int | None, base: Path | None) -> str:
    """A link to the report file that can only ever be a relative or local path.

    The path is percent-encoded and starts with "./" or "/", so a file named
    ``javascript:alert(1).txt`` links to that file and never runs as a URL scheme.
    """
    href = _file_href(source, base, os.getcwd())
    return f"{href}#page={int(page)}" if page and source.lower().endswith(".pdf") else href


@lru_cache(maxsize=4096)
def _file_href(source: str, base: Path | None, cwd: str) -> str:
    """The link to a report file, without a page: worked out once per file (it resolves
    paths on disk, relative to ``cwd``), though every sentence of the file links to it."""
    p = Path(source)
    try:
        rel = os.path.relpath(p.resolve(), base.resolve()) if base else str(p)
    except (ValueError, OSError):
        rel = str(p)
    rel = rel.replace(os.sep, "/")
    href = quote(rel, safe="/")
    if not href.startswith(("/", "./", "../")):
        href = "./" + href
    return href


def _grade_source(r: Report, area: str, base: Path | None) -> dict[str, Any] | None:
    """How a grade badge cites its source: the grade table or the sentence, with page and link."""
    src = r.source_of(area)
    if src is None:
        return None
    page = src.get("page")
    kind = {"table": "grade table", "list": "judgement list"}.get(str(src.get("source")), "text")
    return {"kind": kind, "page": page,
            "text": src.get("text"), "quoted": src.get("source") in ("sentence", "list"),
            "href": _href(r.source, page, base), "citation": citation(r, page)}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{3,}", text.lower()))


_VERDICT_SECTION = re.compile(r"^(?:\d[\d.]*\s*)?(?:executive summary|overall summary|summary|overview|"
                              r"our judge?ments|overall judge?ment|main findings|key findings|conclusions?)\b", re.I)
_VERDICT_WORDS = re.compile(r"\boverall\b|\b(?:hmic|hmicfrs|we) (?:found|judge|have found|consider)\b|"
                            r"\b(?:is|was|remains) (?:good|outstanding|adequate|inadequate)\b|requires improvement", re.I)


def headline_verdict(r: Report, limit: int = 2) -> list[Finding]:
    """The report's headline verdict: the first judging sentences of its summary.

    Reports open with the inspectorate's overall view ("Although HMIC found much
    effective work …, there are several areas for improvement"); ungraded reports
    have no other headline. Sentences of the first summary section that judge
    the force (not neutral), preferring those that say "overall" or "we found".
    """
    summary = [f for f in r.findings if f.section and _VERDICT_SECTION.match(f.section) and f.label != "neutral"]
    if not summary:
        summary = [f for f in r.findings[:12] if f.label != "neutral" and not f.section]
    first = [f for f in summary if _VERDICT_WORDS.search(f.text)] or summary
    return first[:limit]


def _cell_quotes(qs: list[Quote]) -> dict[str, list[Quote]]:
    """Top quotes per side for a force and theme, and every other one (nothing is left out).

    A mixed sentence is shown once, apart from both sides, with its two clauses
    marked: listing it as praise and again as criticism doubled it, and called a
    concession praise.
    """
    praised = [q for q in qs if q.label == "strength"]
    criticised = [q for q in qs if q.label == "area_for_improvement"]
    top_s = _dedupe(praised, DEFAULT_QUOTES_PER_CELL)
    top_a = _dedupe(criticised, DEFAULT_QUOTES_PER_CELL)
    return {"strengths": top_s, "areas": top_a,
            "more_strengths": [q for q in praised if q not in top_s],
            "more_areas": [q for q in criticised if q not in top_a],
            "mixed": [q for q in qs if q.label == "mixed"]}


def _dedupe(quotes: list[Quote], limit: int) -> list[Quote]:
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: -q.confidence):
        w = _words(q.text)
        if any(len(w & _words(o.text)) / max(len(w | _words(o.text)), 1) > DEFAULT_NEAR_DUPLICATE for o in out):
            continue
        out.append(q)
        if len(out) >= limit:
            break
    return out


def build_context(reports: list[Report], base: Path | None = None, title: str | None = None,
                  absolute_links: bool = False) -> dict[str, Any]:
    """Everything the templates show, computed once (shared by HTML and Markdown).

    For each force and theme the digest uses the most recent report of that force
    that covers the theme, so a 2014 domestic abuse theme and a 2023 PEEL theme
    can sit in one matrix without one hiding the other.
    """
    # a report given twice (text and PDF, two copies) is one report: shown once, counted once
    reports = sorted(distinct_reports(reports), key=lambda r: (force_label(r), r.published or ""))
    if absolute_links:
        # every link then names the file by its absolute path (percent-encoded by _href)
        reports = [replace(r, source=str(Path(r.source).resolve())) for r in reports]
        base = None
    theme_names: dict[str, str] = {}
    theme_order: list[str] = []
    quotes_by_report: dict[int, list[Quote]] = {}
    covers: dict[tuple[str, str], Report] = {}
    latest: dict[str, Report] = {}
    for r in reports:
        fl = force_label(r)
        if fl not in latest or (r.published or "") >= (latest[fl].published or ""):
            latest[fl] = r
        keys: set[str] = set()
        qs: list[Quote] = []
        for f in r.findings:
            key = _theme_key_of(f)
            if key and f.theme:
                if key not in theme_names:
                    theme_order.append(key)
                theme_names[key] = f.theme
                keys.add(key)
            if f.label != "neutral":
                qs.append(_quote(r, f, fl, base))
        for area in r.grades:
            k = _key_for(area, r, theme_names)
            if k and k in theme_names:
                keys.add(k)
        quotes_by_report[id(r)] = qs
        for key in keys:
            prev = covers.get((fl, key))
            if prev is None or (r.published or "") >= (prev.published or ""):
                covers[(fl, key)] = r
    cells = {(fl, key): _cell(r, key, theme_names) for (fl, key), r in covers.items()}
    quotes = [q for qs in quotes_by_report.values() for q in qs]
    forces = sorted(latest)
    matrices = _family_matrices(reports, theme_order, theme_names)
    themes = [(k, theme_names[k]) for k in theme_order]
    by_theme = []
    for key, name in themes:
        rows: list[dict[str, Any]] = []
        for fl in forces:
            cover = covers.get((fl, key))
            if cover is None:
                continue
            qs = [q for q in quotes_by_report[id(cover)] if q.theme_key == key]
            rows.append({"force": fl, "cell": cells[(fl, key)], **_cell_quotes(qs)})
        by_theme.append({
            "key": key, "name": name, "rows": rows,
            "praised": [row["force"] for row in rows if any(q.label == "strength" for q in row["strengths"])],
            "criticised": [row["force"] for row in rows if any(q.label == "area_for_improvement" for q in row["areas"])],
        })
    # findings about no theme in particular (summaries, verdicts) have a place too
    # every report's, not only the latest: a 2014 verdict is not superseded by a 2023 one
    rows = []
    for fl in forces:
        for r in sorted((r for r in reports if force_label(r) == fl), key=lambda r: r.published or "", reverse=True):
            qs = [q for q in quotes_by_report[id(r)] if q.theme_key is None]
            if qs:
                rows.append({"force": fl, "cell": Cell(year=_month(r.published)), **_cell_quotes(qs)})
    if rows:
        by_theme.append({"key": "summary", "name": "Summary and findings without a theme", "rows": rows,
                         "praised": [], "criticised": []})
    by_force = []
    for fl in forces:
        r = latest[fl]
        qs = quotes_by_report[id(r)]
        by_force.append({
            "force": fl,
            "report": r,
            "others": [o for o in reports if force_label(o) == fl and o is not r],
            "month": _month(r.published),
            "grades": sorted(r.grades.items(), key=lambda kv: kv[0] != "Overall"),
            "grade_sources": {area: _grade_source(r, area, base) for area in r.grades},
            "verdict": [_quote(r, f, fl, base) for f in headline_verdict(r)],
            "strengths": _dedupe([q for q in qs if q.label == "strength"], DEFAULT_QUOTES_PER_FORCE),
            "areas": _dedupe([q for q in qs if q.label == "area_for_improvement"], DEFAULT_QUOTES_PER_FORCE),
            "mixed": _dedupe([q for q in qs if q.label == "mixed"], 3),
            "counts": _counts(r.findings),
        })
    over_time = []
    by_force_reports: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_force_reports[force_label(r)].append(r)
    for fl, rs in sorted(by_force_reports.items()):
        if len({(r.published or "")[:4] for r in rs}) > 1:
            over_time.append({
                "force": fl,
                "reports": [
                    {"report": r, "month": _month(r.published), "grades": r.grades, "counts": _counts(r.findings),
                     "areas": _dedupe([q for q in quotes_by_report[id(r)] if q.label == "area_for_improvement"], 3),
                     "strengths": _dedupe([q for q in quotes_by_report[id(r)] if q.label == "strength"], 3)}
                    for r in sorted(rs, key=lambda r: r.published or "")
                ],
            })
    across_years = _theme_across_years(reports, theme_order, theme_names, quotes_by_report)
    issues = recurring_issues([q for q in quotes if q.label in ("area_for_improvement", "mixed")], len(forces))
    return {
        "title": title or "Inspection findings compared across forces",
        "generated": date.today().isoformat(),
        "version": __version__,
        "reports": reports,
        "forces": forces,
        "themes": themes,
        "cells": cells,
        "matrices": matrices,
        "by_theme": by_theme,
        "by_force": by_force,
        "over_time": over_time,
        "across_years": across_years,
        "issues": issues,
        "grade_order": GRADE_ORDER,
        "n_quotes": len(quotes),
        "index": search_index(reports, base),
        "n_findings": sum(1 for r in reports for f in r.findings if f.label != "neutral"),
        "month": _month,
    }


#: Report families the overview compares within, in the order they are shown; kinds that
#: are not a family's standard report (letters, press releases) go with PEEL by year.
MATRIX_FAMILIES = ("PEEL 2021 onwards", "PEEL 2014–2019", "2014 domestic abuse", "Crime data integrity",
                   "National thematic reports", "Other reports")
_TYPE_NAMES = {
    "peel2021": "PEEL (2021 onwards)", "peel_2021": "PEEL (2021 onwards)", "peel_2014_2019": "PEEL (2014–2019)",
    "domestic_abuse_2014": "Domestic abuse (2014)", "crime_data_integrity_2014": "Crime data integrity (2014)",
    "crime_data_integrity": "Crime data integrity", "crime_data_integrity_reinspection": "Crime data integrity re-inspection",
    "thematic": "National thematic", "revisit_letter": "Revisit letter", "cause_of_concern_letter": "Cause of concern letter",
    "press_release": "Press release", "recommendation_register": "Recommendation register",
}


def type_name(report_type: str | None) -> str:
    """A report type as a reader says it ("Domestic abuse (2014)", not ``domestic_abuse_2014``)."""
    if not report_type:
        return "–"
    return _TYPE_NAMES.get(report_type, report_type.replace("_", " ").capitalize())


def matrix_family(r: Report) -> str:
    """Which overview matrix a report belongs to: themes are compared within a family."""
    t = r.report_type or ""
    if t.startswith("domestic_abuse"):
        return "2014 domestic abuse"
    if t.startswith("crime_data_integrity"):
        return "Crime data integrity"
    if t == "thematic":
        return "National thematic reports"
    if t in _TYPE_NAMES:
        year = (r.published or "")[:4]
        if t in ("peel2021", "peel_2021") or (t != "peel_2014_2019" and year >= "2021"):
            return "PEEL 2021 onwards"
        return "PEEL 2014–2019"
    return "Other reports"


def _cell(r: Report, key: str, theme_names: dict[str, str]) -> Cell:
    """A matrix cell: the report's grade and finding counts on one theme."""
    c = Cell(year=_month(r.published))
    for f in r.findings:
        if _theme_key_of(f) == key:
            c.strengths += f.label == "strength"
            c.areas += f.label == "area_for_improvement"
            c.mixed += f.label == "mixed"
    for area, grade in r.grades.items():
        if _key_for(area, r, theme_names) == key:
            c.grade = grade
    return c


def _family_matrices(reports: list[Report], theme_order: list[str], theme_names: dict[str, str]) -> list[dict[str, Any]]:
    """One forces × themes matrix per report family, each with only that family's themes.

    One matrix of every theme mixes 2014 domestic abuse questions with PEEL areas:
    mostly empty cells, too wide to read or print. Within a family a cell shows the
    force's most recent report of that family that covers the theme.
    """
    out = []
    for fam in MATRIX_FAMILIES:
        rs = [r for r in reports if matrix_family(r) == fam]
        if not rs:
            continue
        covers: dict[tuple[str, str], Report] = {}
        for r in rs:
            fl = force_label(r)
            keys = {k for f in r.findings if f.theme and (k := _theme_key_of(f))}
            keys |= {k for area in r.grades if (k := _key_for(area, r, theme_names))}
            for key in keys:
                if key in theme_names:
                    prev = covers.get((fl, key))
                    if prev is None or (r.published or "") >= (prev.published or ""):
                        covers[(fl, key)] = r
        cells = {(fl, key): _cell(r, key, theme_names) for (fl, key), r in covers.items()}
        used = {k for _, k in cells}
        # each family's own name for a theme: PEEL 2018/19's "Meeting current demands and
        # using resources" is the 2023 "Strategic planning, …" by key, not by name
        names: dict[str, str] = {}
        for r in sorted(rs, key=lambda r: r.published or ""):
            for f in r.findings:
                fkey = _theme_key_of(f)
                if fkey in used and f.theme:
                    names[fkey] = f.theme
        out.append({
            "name": fam,
            "themes": [(k, names.get(k, theme_names[k])) for k in theme_order if k in used],
            "forces": sorted({fl for fl, _ in cells}),
            "cells": cells,
            "graded": any(c.grade for c in cells.values()),
        })
    return out


def _theme_across_years(reports: list[Report], theme_order: list[str], theme_names: dict[str, str],
                        quotes_by_report: dict[int, list[Quote]]) -> list[dict[str, Any]]:
    """For each theme (by ``theme_key``) that some force was inspected on more than once:
    each such force's reports in date order, with the grade, counts and quotes on that theme.

    Themes line up by key, so a 2016 "How effective is the force at investigating
    crime…?" and a 2023 "Investigating crime" are one row of history.
    """
    # each report's findings, grades and quotes by theme key, worked out once, not per theme
    by_key: dict[int, tuple[dict[str, list[Finding]], dict[str, str], dict[str | None, list[Quote]]]] = {}
    for r in reports:
        fs_of: dict[str, list[Finding]] = defaultdict(list)
        for f in r.findings:
            if (k := _theme_key_of(f)) is not None:
                fs_of[k].append(f)
        grade_of: dict[str, str] = {}
        for area, g in r.grades.items():
            if (k := _key_for(area, r, theme_names)) is not None:
                grade_of.setdefault(k, g)  # the first area that names the theme, as listed
        qs_of: dict[str | None, list[Quote]] = defaultdict(list)
        for q in quotes_by_report[id(r)]:
            qs_of[q.theme_key].append(q)
        by_key[id(r)] = (fs_of, grade_of, qs_of)
    out = []
    for key in theme_order:
        forces: dict[str, list[tuple[Report, dict[str, Any]]]] = defaultdict(list)
        for r in reports:
            fs_of, grade_of, qs_of = by_key[id(r)]
            fs = fs_of.get(key, [])
            grade = grade_of.get(key)
            if not fs and grade is None:
                continue
            qs = qs_of.get(key, [])
            forces[force_label(r)].append((r, {
                "report": r, "month": _month(r.published), "grade": grade,
                "name": next((f.theme for f in fs if f.theme), theme_names[key]),
                "counts": _counts(fs),
                "areas": [q for q in qs if q.label == "area_for_improvement"],
                "strengths": [q for q in qs if q.label == "strength"],
                "mixed": [q for q in qs if q.label == "mixed"],
            }))
        rows = [{"force": fl, "reports": [x for _, x in sorted(rs, key=lambda rx: rx[0].published or "")]}
                for fl, rs in sorted(forces.items()) if len(rs) > 1]
        if rows:
            out.append({"key": key, "name": theme_names[key], "rows": rows})
    return out


def _theme_key_of(f: Finding) -> str | None:
    """The key a finding's theme lines up under: its ``theme_key``, else its theme's name."""
    return f.theme_key or (f.theme.lower() if f.theme else None)


def _key_for(area: str, r: Report, names: dict[str, str]) -> str | None:
    for f in r.findings:
        if f.theme == area and f.theme_key:
            return f.theme_key
    for k, n in names.items():
        if n == area:
            return k
    if area.lower() == "overall":
        return None
    return area.lower()


def _counts(findings: list[Finding]) -> dict[str, int]:
    c = {"strength": 0, "area_for_improvement": 0, "mixed": 0, "neutral": 0}
    for f in findings:
        c[f.label] = c.get(f.label, 0) + 1
    return c


def _quote(r: Report, f: Finding, fl: str, base: Path | None) -> Quote:
    return Quote(
        text=f.text, clause=(f.area_clause or f.clause) if f.label == "mixed" else f.clause,
        label=f.label, confidence=f.confidence, force=fl, parts=_sides(f),
        theme=f.theme, theme_key=f.theme_key, page=f.page, href=_href(r.source, f.page, base),
        citation=citation(r, f.page), year=(r.published or "")[:4],
        anchor=quote_anchor(r, f),
    )


def _sides(f: Finding) -> tuple[tuple[str, str], ...]:
    """A mixed sentence cut at its two clauses, so each side can be marked where it stands."""
    if f.label != "mixed" or not f.strength_clause or not f.area_clause:
        return ()
    marks = []
    for clause, side in ((f.strength_clause, "s"), (f.area_clause, "a")):
        # the labeller reads runs of white space as one space, so its clauses may have fewer
        # spaces than the sentence they were cut from
        m = re.search(r"\s+".join(map(re.escape, clause.split())), f.text)
        if m is None:
            return ()
        marks.append((m.start(), m.end(), side))
    marks.sort()
    if marks[0][1] > marks[1][0]:
        return ()  # overlapping: show the sentence whole
    out, at = [], 0
    for start, end, side in marks:
        if start > at:
            out.append((f.text[at:start], ""))
        out.append((f.text[start:end], side))
        at = end
    if at < len(f.text):
        out.append((f.text[at:], ""))
    return tuple(out)


def quote_anchor(r: Report, f: Finding) -> str:
    """A quote's permalink id: the same for the same report and sentence in every run."""
    key = f"{r.report_id or r.source}\x00{f.index}\x00{f.text}".encode("utf-8", "surrogatepass")
    return "q-" + hashlib.sha1(key).hexdigest()[:12]  # noqa: S324 - an anchor name, not security


def search_index(reports: list[Report], base: Path | None) -> list[dict[str, Any]]:
    """Every sentence of every report (not only those the digest quotes) for the search box.

    Sentences labelled context (neutral) are in it too, marked so: a finding the
    classifier got wrong can still be found by its words. Short keys keep the
    embedded JSON small on large archives.
    """
    out = []
    for r in reports:
        fl = force_label(r)
        for f in r.findings:
            out.append({"t": f.text, "f": fl, "l": f.label, "th": f.theme or "", "c": citation(r, f.page),
                        "h": _href(r.source, f.page, base), "a": quote_anchor(r, f)})
    return out


def recurring_issues(quotes: list[Quote], n_forces: int, min_forces: int = 2) -> list[Issue]:
    """Cluster areas for improvement across forces (TF-IDF, average linkage, cosine).

    Average-linkage clusters never join two quotes less similar than the threshold
    to everything in between, so every cluster lies inside one connected component
    of the sparse "similar enough" graph. The graph is built from sparse products
    in blocks, and the exact clustering runs inside each component only: the same
    clusters as clustering everything at once, in time and memory that grow with
    the number of similar pairs rather than with the square of the quotes.
    """
    if len(quotes) < 2 or n_forces < 2:
        return []
    texts = [q.clause or q.text for q in quotes]
    X = tfidf_rows(texts)
    keep = np.flatnonzero(np.asarray(X.multiply(X).sum(axis=1)).ravel() > 0)
    if len(keep) < 2:
        return []
    Xk = X[keep]
    qk = [quotes[i] for i in keep]
    components = _similar_components(Xk, 1.0 - DEFAULT_CLUSTER_DISTANCE)
    issues: list[Issue] = []
    for comp in components:
        if len({qk[i].force for i in comp}) < min_forces:
            continue  # no cluster inside can span enough forces
        if len(comp) == 2:
            groups = [comp]
        else:
            # rows are L2-normalised, so cosine distance is 1 - dot product: an m×m matrix
            # from a sparse product, never an m×vocabulary dense copy
            sub = Xk[comp]
            dist = 1.0 - (sub @ sub.T).toarray()
            np.clip(dist, 0.0, 2.0, out=dist)
            np.fill_diagonal(dist, 0.0)
            labels = _average_linkage(dist, DEFAULT_CLUSTER_DISTANCE)
            groups = [[comp[i] for i in np.flatnonzero(labels == lab)] for lab in sorted(set(labels))]
        for idx in groups:
            forces = sorted({qk[i].force for i in idx})
            if len(forces) < min_forces:
                continue
            rows = Xk[idx]
            centroid = np.asarray(rows.mean(axis=0)).ravel()
            norms = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
            # cosine to the centroid, up to the centroid's norm (the same for every row: only the order is used)
            sims = np.asarray(rows @ centroid).ravel() / (norms + 1e-9)
            order = [idx[i] for i in np.argsort(-sims, kind="stable")]
            rep = qk[order[0]]
            others = []
            seen = {rep.force}
            for i in order[1:]:
                if qk[i].force not in seen:
                    others.append(qk[i])
                    seen.add(qk[i].force)
            issues.append(Issue(rep, forces, len(idx), others[:4]))
    issues.sort(key=lambda i: (-len(i.forces), -i.size))
    return issues[:25]


_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tfidf_rows(texts: list[str]) -> Any:
    """L2-normalised TF-IDF rows of word 1–2-grams, stop words out, sublinear tf, smooth idf.

    The same vectors as scikit-learn's ``TfidfVectorizer(stop_words="english",
    ngram_range=(1, 2), sublinear_tf=True)`` (a test compares them), without
    importing scikit-learn in every run.
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    indptr: list[int] = [0]
    indices: list[int] = []
    counts: list[int] = []
    for text in texts:
        toks = [t for t in _TOKEN.findall(text.lower()) if t not in STOP_WORDS]
        grams = toks + [f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
        row: dict[int, int] = {}
        for g in grams:
            j = vocab.setdefault(g, len(vocab))
            row[j] = row.get(j, 0) + 1
        indices.extend(row)
        counts.extend(row.values())
        indptr.append(len(indices))
    X = csr_matrix((np.asarray(counts, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
                   shape=(len(texts), len(vocab)))
    if not vocab:
        return X
    df = np.bincount(X.indices, minlength=len(vocab))
    idf = np.log((1 + len(texts)) / (1 + df)) + 1.0
    X.data = (1.0 + np.log(X.data)) * idf[X.indices]
    norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(X.multiply(1.0 / norms[:, None]))


def _average_linkage(dist: np.ndarray, threshold: float) -> np.ndarray:
    """Flat clusters of average linkage that merges only below ``threshold`` (a label per row).

    Components are small (a few to a few dozen quotes), so a direct merge loop is
    quicker than importing SciPy's clustering (a third of a second); large ones
    go to SciPy. Both merge the closest pair while its distance is under the
    threshold, as scikit-learn's ``distance_threshold`` does (tested against it).
    """
    m = dist.shape[0]
    if m > _SMALL_COMPONENT:
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import squareform

        tree = linkage(squareform(dist, checks=False), method="average")
        return np.asarray(fcluster(tree, t=np.nextafter(threshold, 0.0), criterion="distance"))
    d = dist.astype(np.float64).copy()
    np.fill_diagonal(d, np.inf)
    size = np.ones(m)
    members: dict[int, list[int]] = {i: [i] for i in range(m)}
    while len(members) > 1:
        i, j = divmod(int(d.argmin()), m)
        if d[i, j] >= threshold:
            break
        # the merged cluster's distance to each other cluster: the size-weighted mean
        merged = (size[i] * d[i] + size[j] * d[j]) / (size[i] + size[j])
        d[i], d[:, i] = merged, merged
        d[i, i] = np.inf
        d[j], d[:, j] = np.inf, np.inf
        size[i] += size[j]
        members[i] += members.pop(j)
    labels = np.empty(m, dtype=np.int64)
    for lab, (_, rows) in enumerate(sorted(members.items(), key=lambda kv: min(kv[1]))):
        labels[rows] = lab + 1
    return labels


#: Components up to this many quotes are clustered by :func:`_average_linkage`'s own loop.
_SMALL_COMPONENT = 150


def _similar_components(X: Any, min_similarity: float, block: int = 2048) -> list[list[int]]:
    """Connected components of the graph joining rows with cosine similarity ≥ ``min_similarity``.

    Rows of ``X`` are L2-normalised sparse TF-IDF vectors, so similarity is a dot
    product; products are taken a block of rows at a time and only pairs over the
    threshold are kept. Components come back in order of their first row.
    """
    from scipy.sparse import vstack
    from scipy.sparse.csgraph import connected_components

    n = X.shape[0]
    xt = X.T.tocsc()
    parts = []
    for start in range(0, n, block):
        sims = (X[start: start + block] @ xt).tocsr()
        sims.data = (sims.data >= min_similarity - 1e-12).astype(np.int8)
        sims.eliminate_zeros()
        parts.append(sims)
    _, labels = connected_components(vstack(parts).tocsr(), directed=False)
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels.tolist()):
        groups.setdefault(lab, []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def warm() -> None:
    """Import what a digest needs and compile its templates ahead of time.

    ``hmic run`` calls this in a thread while worker processes read the files, so
    the serial part after reading (outputs and digest) does not also pay for
    importing SciPy and compiling the templates.
    """
    import scipy.sparse  # noqa: F401
    import scipy.sparse.csgraph  # noqa: F401

    env = _environment(None)
    for name in ("digest.html", "digest.md"):
        env.get_template(name)


@lru_cache(maxsize=8)
def _environment(override: Path | None) -> jinja2.Environment:
    """The template environment (one per template folder: templates compile once per process)."""
    dirs = [str(override)] if override else []
    dirs.append(str(templates_dir()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(dirs),
        autoescape=jinja2.select_autoescape(["html", "htm", "xml", "html.j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = _md_escape
    env.filters["slug"] = lambda s: re.sub(r"[^a-z0-9]+", "-", str(s).lower()).strip("-")
    env.filters["gradeclass"] = lambda g: "g-" + re.sub(r"[^a-z]+", "-", (g or "none").lower()).strip("-")
    env.filters["pct"] = lambda x: f"{100 * x:.0f}%"
    env.filters["grade_cite"] = _md_grade_cite
    env.filters["mdcode"] = _md_code
    env.filters["typename"] = type_name
    env.filters["mdcite"] = _md_cite
    return env


def _md_escape(text: Any) -> str:
    """Make report text inert in Markdown: no raw HTML, no accidental emphasis or links."""
    s = "" if text is None else str(text)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", s)


def _md_code(text: Any) -> str:
    """A Markdown code span that no content can break out of (fence longer than any run of backticks)."""
    s = re.sub(r"[\r\n]+", " ", "" if text is None else str(text))
    longest = max((len(r) for r in re.findall(r"`+", s)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if s.startswith("`") or s.endswith("`") or not s.strip() else ""
    return f"{fence}{pad}{s}{pad}{fence}"


def _md_cite(q: Quote) -> str:
    """A quote's citation as a Markdown link to its file and page.

    The target comes from :func:`_href` (a percent-encoded relative or local path),
    so no character of a file name can end the link or start a URL scheme.
    """
    return f"[{_md_escape(q.citation)}]({q.href})"


def _md_grade_cite(src: dict[str, Any] | None) -> str:
    """" (grade table, p. 3)" or " (text, p. 5: “…”)" after a grade in Markdown."""
    if not src:
        return ""
    where = src["kind"] + (f", p. {src['page']}" if src.get("page") else "")
    quote = f": “{_md_escape(src['text'])}”" if src.get("quoted") else ""
    return f" ([{_md_escape(where)}]({src['href']}){quote})"


def render_digest(
    reports: list[Report],
    fmt: str = "html",
    title: str | None = None,
    base: Path | None = None,
    template_dir: Path | None = None,
    context: dict[str, Any] | None = None,
    absolute_links: bool = False,
) -> str:
    """Render the digest as ``html`` or ``md``; ``base`` is where the file will live.

    Pass ``context`` from :func:`build_context` to render both formats from one
    analysis (recurring issues are computed once).
    """
    ctx = context if context is not None else build_context(reports, base=base, title=title,
                                                            absolute_links=absolute_links)
    env = _environment(template_dir)
    name = "digest.html" if fmt == "html" else "digest.md"
    out = env.get_template(name).render(**ctx)
    return _pin_script(out) if fmt == "html" else out


_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def _pin_script(html: str) -> str:
    """Allow only the script the digest ships: its hash goes into the page's CSP.

    Report text is escaped by the template; pinning the script by hash means that
    even an injected ``<script>`` could not run.
    """
    scripts = _SCRIPT.findall(html)
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'" for s in scripts
    )
    return html.replace("script-src 'unsafe-inline'", f"script-src {hashes or chr(39) + 'none' + chr(39)}", 1)
