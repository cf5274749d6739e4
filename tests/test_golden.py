"""Golden tests against the specs' own gold, never against a snapshot of our output.

Each report spec in ``tests/data/reports`` was written with the truth for every
sentence: its label, theme and stated grade, plus the report's force, month,
family and graded judgements. The reports are read as text and as a PDF and
scored against that gold; the bars are what a user needs, and a regression in
reading, themes or grades fails here.
"""

import pytest
from conftest import SPEC_DIR
from scoring import score_report
from synth import iter_gold, load_spec

from extractor.training.train import finding_f1

FAMILIES = {
    "durham-da2014": "domestic_abuse_2014",
    "kent-cdi2014": "crime_data_integrity_2014",
    "lancashire-peel-effectiveness-2015": "peel_2014_2019",
    "gmp-peel-2018-19": "peel_2014_2019",
    "gwent-peel-2021-22": "peel_2021",
    "thames-valley-peel-2023-25": "peel_2021",
    "stalking-thematic-2024": "thematic",
}


@pytest.mark.parametrize("stem", sorted(FAMILIES))
@pytest.mark.parametrize("mode", ["text", "classic"])
def test_report_against_its_gold(stem, mode, extracted):
    spec = load_spec(SPEC_DIR / f"{stem}.json")
    rep = extracted(stem, mode)
    sc = score_report(spec, rep)
    assert rep.report_type == FAMILIES[stem]
    assert sc.force_ok and sc.published_ok, (rep.force, rep.published)
    assert sc.recovered == sc.gold, sc.missing[:3]
    assert not sc.extra, sc.extra[:3]
    assert sc.theme_right >= 0.93 * sc.theme_total, sc.theme_errors[:5]
    assert not sc.grade_errors, sc.grade_errors
    s, a, macro = finding_f1(sc.label_pairs)
    assert macro >= 0.88, (s, a)


def test_all_reports_together_meet_the_bars(extracted):
    pairs, themes_right, themes, grades_right, grades = [], 0, 0, 0, 0
    for p in sorted(SPEC_DIR.glob("*.json")):
        sc = score_report(load_spec(p), extracted(p.stem, "text"))
        pairs += sc.label_pairs
        themes_right += sc.theme_right
        themes += sc.theme_total
        grades_right += sc.grade_right
        grades += sc.grade_total
    s, a, macro = finding_f1(pairs)
    assert macro >= 0.95 and s >= 0.93 and a >= 0.93
    assert themes_right >= 0.97 * themes
    assert grades_right >= 0.95 * grades


@pytest.mark.parametrize("mode", ["text", "classic"])
def test_no_grade_that_the_report_does_not_state(mode, extracted):
    """Every grade hmic reports is one the spec's gold gives (or a "not graded" statement)."""
    invented = []
    for p in sorted(SPEC_DIR.glob("*.json")):
        spec = load_spec(p)
        gold = {(g.get("theme") or g["area"].lower()): g["grade"] for g in spec.get("grades") or []}
        gold_sentences = {g["text"]: g.get("grade") for g in iter_gold(spec)}
        rep = extracted(p.stem, mode)
        for s in rep.grade_sources:
            if s["grade"] == "not graded":
                continue
            key = s.get("theme_key") or s["area"].lower()
            if s["source"] == "sentence" and gold_sentences.get(s["text"]) == s["grade"]:
                continue  # the gold marks this sentence as stating that grade
            if gold.get(key) == s["grade"] or (key in ("overall", "effectiveness", "efficiency", "legitimacy")
                                                 and s["grade"] in gold.values()):
                continue
            invented.append((p.stem, s["area"], s["grade"], s.get("text", "")[:80]))
    assert not invented, invented


@pytest.mark.parametrize("got, gold, ok", [
    ("2020-07", "2020-07-31", True),   # a day in the gold: its month counts
    ("2020-06", "2020-07-31", False),
    (None, "2022", True),              # only a year printed: no month to find
    ("2022-06", "2022", False),        # ... and none to guess
    ("2024-07", "2024-07", True),
    (None, "2024-07", False),
])
def test_a_publication_month_is_scored_at_the_precision_the_gold_gives(got, gold, ok):
    from scoring import published_matches

    assert published_matches(got, gold) is ok


def _table_graded(report_type: str, *rows: tuple[str, str, str]):  # noqa: ANN202
    """A report whose grades all come from its grade table: (area, grade, theme key) rows."""
    from extractor.records import Report

    return Report(source="x.txt", report_id="x", force=None, title=None, published=None,
                  report_type=report_type, findings=[], grades={area: grade for area, grade, _ in rows},
                  grade_sources=[{"theme": area, "grade": grade, "theme_key": key, "source": "table",
                                  "text": f"{area}: {grade}"} for area, grade, key in rows])


def test_two_spec_areas_under_one_theme_are_matched_by_name():
    """A writer who files PEEL 2014's "Tackling anti-social behaviour" (outstanding) under
    preventing crime beside "Reducing crime and preventing offending" (good) gives one theme
    two grades; each is matched with the report's area of that name, so neither grade is
    scored against the other's."""
    from scoring import score_report

    spec = {"grades": [
        {"area": "Reducing crime and preventing offending", "theme": "preventing_crime", "grade": "good"},
        {"area": "Tackling anti-social behaviour", "theme": "preventing_crime", "grade": "outstanding"},
        {"area": "Investigating offending", "theme": "investigating_crime", "grade": "good"},
    ], "sections": []}
    report = _table_graded("peel_report",
                           ("Reducing crime and preventing offending", "good", "preventing_crime"),
                           ("Tackling anti-social behaviour", "outstanding", "tackling_asb"),
                           ("Investigating offending", "good", "investigating_crime"))
    sc = score_report(spec, report)
    assert (sc.areas_total, sc.areas_right, sc.areas_wrong, sc.areas_unlisted) == (3, 3, [], [])


def test_each_of_the_reports_graded_areas_is_matched_once():
    """A report area matched by name to one of two spec areas that share a theme is not
    matched again to another spec area through its own theme key (it would count a grade
    against a spec line it is not about)."""
    from scoring import score_report

    spec = {"grades": [
        {"area": "Vetting", "theme": "ethical_behaviour", "grade": "adequate"},
        {"area": "Counter-corruption", "theme": "ethical_behaviour", "grade": "good"},
        {"area": "Workforce wellbeing", "theme": "workforce", "grade": "good"},
    ], "sections": []}
    report = _table_graded("vetting", ("Vetting", "adequate", "workforce"),
                           ("Counter-corruption", "good", "ethical_behaviour"))
    sc = score_report(spec, report)
    assert (sc.areas_total, sc.areas_right, sc.areas_wrong, sc.areas_unlisted) == (3, 2, [], [])


def test_a_pillar_named_by_its_question_is_matched_with_the_pillar_grade():
    """Spec writers name a PEEL 2014-2019 pillar's overall grade by its question ("How
    efficiently does the force operate …?"); hmic names it by the pillar ("Efficiency").
    The two are one graded area, scored once, right when the grades agree."""
    from scoring import score_report

    spec = {"grades": [
        {"area": "How effective is the force at keeping people safe and reducing crime?", "theme": None,
         "grade": "good"},
        {"area": "How efficiently does the force operate and how sustainable are its services?", "theme": None,
         "grade": "requires improvement"},
        {"area": "How effective is the force at investigating crime?", "theme": "investigating_crime",
         "grade": "good"},
    ], "sections": []}
    report = _table_graded("peel_report", ("Effectiveness", "good", ""), ("Efficiency", "good", ""),
                           ("Investigating crime", "good", "investigating_crime"))
    for src in report.grade_sources:
        src["area"] = src["theme"]  # (as the pipeline's table rows name it)
    sc = score_report(spec, report)
    assert (sc.areas_total, sc.areas_right, sc.areas_unlisted) == (3, 2, [])
    assert sc.areas_wrong == [("efficiency", "good", "requires improvement")]
