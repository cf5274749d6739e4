"""Score extracted reports against gold specs (used by tests and bench/).

Gold sentences are matched to extracted sentences by normalised text (exact,
then by containment for sentences a reader merged or split), so recovery,
label, theme and grade scores do not depend on identical whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from synth import iter_gold

from extractor.records import Report
from extractor.understand.metadata import forces_in
from extractor.vocabulary import text_key

norm = text_key


@dataclass
class ReportScore:
    gold: int = 0
    recovered: int = 0
    label_pairs: list[tuple[str, str]] = field(default_factory=list)
    theme_total: int = 0
    theme_right: int = 0
    theme_errors: list[tuple[str, str | None, str]] = field(default_factory=list)
    grade_total: int = 0
    grade_right: int = 0
    force_ok: bool = False
    published_ok: bool = False
    extra: list[str] = field(default_factory=list)
    grade_errors: list[tuple[str, str]] = field(default_factory=list)
    #: Sentences whose stated grade differs from the gold: (text, got, want).
    sentence_grade_errors: list[tuple[str, str | None, str]] = field(default_factory=list)
    #: Sentences given a grade where the gold has none: (text, got). Each is a grade the
    #: report may not state (or one the spec's writer left out: read them).
    sentence_grade_unasked: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    #: The report's graded areas (``Report.grades``, what a reader sees and cites) against
    #: the spec's grade table: right, given another grade, and areas the spec does not list.
    areas_total: int = 0
    areas_right: int = 0
    areas_wrong: list[tuple[str, str, str]] = field(default_factory=list)
    areas_unlisted: list[tuple[str, str, str]] = field(default_factory=list)


def score_report(spec: dict[str, Any], report: Report) -> ReportScore:
    """Compare one extracted report with its gold spec."""
    sc = ReportScore()
    found: dict[str, list] = {}
    for f in report.findings:
        found.setdefault(norm(f.text), []).append(f)
    used: set[int] = set()
    for g in iter_gold(spec):
        sc.gold += 1
        key = norm(g["text"])
        hit = None
        for f in found.get(key, []):
            if id(f) not in used:
                hit = f
                break
        if hit is None:
            for k, fs in found.items():
                if key and (key in k or (k in key and len(k) > 0.8 * len(key))):
                    hit = fs[0]
                    break
        if hit is None:
            sc.missing.append(g["text"])
            continue
        used.add(id(hit))
        sc.recovered += 1
        sc.label_pairs.append((g["label"], hit.label))
        if g.get("theme"):
            sc.theme_total += 1
            if hit.theme_key == g["theme"]:
                sc.theme_right += 1
            else:
                sc.theme_errors.append((g["text"][:80], hit.theme_key, g["theme"]))
        if g.get("grade"):
            sc.grade_total += 1
            sc.grade_right += hit.grade == g["grade"]
            if hit.grade != g["grade"]:
                sc.sentence_grade_errors.append((g["text"][:80], hit.grade, g["grade"]))
        elif hit.grade:
            sc.sentence_grade_unasked.append((g["text"][:80], hit.grade))
    gold_keys = {norm(g["text"]) for g in iter_gold(spec)}
    for f in report.findings:
        if id(f) not in used and f.label != "neutral" and norm(f.text) not in gold_keys:
            sc.extra.append(f.text)
    for g in spec.get("grades") or []:
        sc.grade_total += 1
        table = [x for x in report.grade_sources if x["source"] == "table"]
        if g.get("theme"):
            ok = any(x.get("theme_key") == g["theme"] and x["grade"] == g["grade"] for x in table)
        else:
            ok = any(_same_area(x["area"], g["area"]) and x["grade"] == g["grade"] for x in table)
        sc.grade_right += ok
        if not ok:
            sc.grade_errors.append((g["area"], g["grade"]))
    _score_areas(spec, report, sc)
    # the same force under another of its names ("Hampshire Constabulary", as it was called in
    # 2016, is Hampshire and Isle of Wight Constabulary in the gazetteer) is the force
    sc.force_ok = report.force == spec.get("force") or (
        report.force is not None and forces_in(spec.get("force") or "")[:1] == [report.force])
    sc.published_ok = published_matches(report.published, spec.get("published"))
    return sc


def published_matches(got: str | None, gold: str | None) -> bool:
    """Whether hmic's publication month (``YYYY-MM``) is the spec's.

    Writers give the date as precisely as the document prints it: a day
    ("2020-07-31") is more than hmic reports, so only its month counts; a year alone
    ("2022", a report whose cover gives no month) has no month to find, so the
    answer is right when hmic names none rather than guessing one.
    """
    if gold is None or len(gold) == 7:
        return got == gold
    if len(gold) == 4:
        return got is None
    return got == gold[:7]


#: A PEEL 2014-2019 pillar's question, as writers of specs name the pillar's overall grade
#: ("How effective is the force at keeping people safe and reducing crime?"), and the
#: pillar hmic names it by.
_PILLAR_QUESTIONS = (
    # (the whole question, not a sub-question that ends in the same words: "… preventing
    # crime, tackling anti-social behaviour and keeping people safe")
    (re.compile(r"^how (?:effective is the force at|effectively does the force) (?:keeping people safe and reducing crime|"
                r"reduce crime and keep people safe)$"), "effectiveness"),
    (re.compile(r"^how (?:efficient|efficiently)\b|^to what extent is the force efficient$"), "efficiency"),
    (re.compile(r"^how (?:legitimate|legitimately)\b"), "legitimacy"),
)


def _area_key(name: str) -> str:
    """An area's name without "Overall" or "judgment" ("Overall efficiency", "Efficiency
    (overall)", "Overall legitimacy judgment" are that pillar); a pillar's question is that
    pillar ("How efficiently does the force operate …?" is Efficiency)."""
    key = re.sub(r"\s+(?:judge?ment|grade)$", "", norm(name))
    key = re.sub(r"\s+\(?overall\)?$", "", re.sub(r"^overall\s+", "", key))
    return next((pillar for q, pillar in _PILLAR_QUESTIONS if q.search(key)), key)


def _score_areas(spec: dict[str, Any], report: Report, sc: ReportScore) -> None:
    """Each graded area of the report against the spec's grades, by theme key (or pillar name).

    A grade the report gives for an area the spec's table leaves out is listed, not
    counted wrong: it may be a grade the report states elsewhere ("Overall, the
    legitimacy of the force requires improvement"), which the reader checks. Where the
    spec puts two of its areas under one theme (a writer who filed PEEL 2014's
    "Tackling anti-social behaviour" under preventing crime, beside "Reducing crime"),
    those areas are matched by name, so that neither grade stands in for the other. Each
    of the report's graded areas is matched once; those left over are listed, one by one.
    """
    grades = spec.get("grades") or []
    keys = [g.get("theme") or _area_key(g["area"]) for g in grades]
    if str(spec.get("family", "")).startswith("cdi") and "crime_recording" not in keys:
        # a crime data integrity report's overall grade is its crime-recording grade, which
        # hmic names by that subject where no question grades crime recording by name
        keys = ["crime_recording" if not g.get("theme") and norm(g["area"]).startswith("overall") else k
                for g, k in zip(grades, keys, strict=True)]
    shared = {k for k in keys if keys.count(k) > 1}
    got: list[tuple[str, str, str, str]] = []
    for area, grade in report.grades.items():
        src = report.source_of(area) or {}
        got.append((src.get("theme_key") or _area_key(area), area, grade, str(src.get("text") or "")))
    used: set[int] = set()
    for g, key in zip(grades, keys, strict=True):
        sc.areas_total += 1
        # the report's areas of that theme not matched yet (the last one stands, as the
        # report's grades do when two areas share a theme)
        found = [i for i, v in enumerate(got) if v[0] == key and i not in used]
        if key in shared:
            # the area of that name, else the first of that theme that no spec area names (the
            # spec's areas and the report's are then taken in the order both give them)
            found = ([i for i, v in enumerate(got) if _same_area(v[1], g["area"]) and i not in used]
                     or [i for i in found if not any(_same_area(got[i][1], h["area"]) for h in grades)][:1])
        if not found:
            continue
        i = found[-1]
        used.add(i)
        if got[i][2] == g["grade"]:
            sc.areas_right += 1
        else:
            sc.areas_wrong.append((key, got[i][2], g["grade"]))
    sc.areas_unlisted += [(v[1], v[2], v[3]) for i, v in enumerate(got) if i not in used and v[0] not in keys]


def _same_area(a: str, b: str) -> bool:
    wa, wb = set(norm(a).split()), set(norm(b).split())
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.6
