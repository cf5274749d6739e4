"""Taxonomies and theme assignment across families and years."""

import json

import pytest

from extractor.errors import UsageError
from extractor.understand.themes import (
    builtin_taxonomies,
    load_taxonomy,
    match_heading,
    normalise_heading,
)


def tax(id_):
    return next(t for t in builtin_taxonomies() if t.id == id_)


def test_every_taxonomy_is_valid_and_keys_are_shared_across_years():
    taxes = builtin_taxonomies()
    assert {t.family for t in taxes} >= {"domestic_abuse_2014", "crime_data_integrity_2014", "peel_2014_2019", "peel_2021"}
    keys_2016 = {t.key for t in tax("peel_2016").themes}
    keys_2023 = {t.key for t in tax("peel_2023_25").themes}
    assert "protecting_vulnerable" in keys_2016 & keys_2023


@pytest.mark.parametrize("heading,taxonomy,key", [
    ("Identifying victims", "domestic_abuse_2014", "identifying_victims"),
    ("MANAGEMENT OF RISK", "domestic_abuse_2014", "management_of_risk"),
    ("3.2 Investigating crime", "peel_2021_22", "investigating_crime"),
    ("How effective is the force at protecting those who are vulnerable from harm, and supporting victims?", "peel_2016", "protecting_vulnerable"),
    ("Protecting vulnerable people", "peel_2023_25", "protecting_vulnerable"),
    ("How well does the force understand demand?", "peel_2016", "understanding_demand"),
    ("Developing a positive workplace", "peel_2023_25", "workforce"),
    ("Leadership and governance", "crime_data_integrity_2014", "leadership_governance"),
    # PEEL 2014's own wording of its second graded effectiveness question
    ("How effective is the force at investigating offending?", "peel_2014", "investigating_crime"),
])
def test_heading_matching(heading, taxonomy, key):
    t = match_heading(heading, tax(taxonomy))
    assert t is not None and t.key == key


def test_unrelated_headings_do_not_match():
    assert match_heading("Introduction", tax("peel_2021_22")) is None
    assert match_heading("Areas for improvement", tax("domestic_abuse_2014")) is None


def test_normalise_heading():
    assert normalise_heading("3.2. Investigating crime?") == "investigating crime"


def test_user_taxonomy_file(tmp_path):
    p = tmp_path / "mine.json"
    p.write_text(json.dumps({"id": "custody", "family": "custody", "name": "Custody",
                             "themes": [{"id": "detention", "name": "Treatment in detention", "aliases": ["In the custody suite"]}]}))
    t = load_taxonomy(p)
    assert match_heading("In the custody suite", t).name == "Treatment in detention"
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(UsageError, match="bad.json"):
        load_taxonomy(bad)


def test_theme_accuracy_on_eval_reports(extracted):
    from conftest import spec_paths
    from scoring import score_report
    from synth import load_spec

    for mode in ("text", "classic"):
        right = total = 0
        for p in spec_paths():
            sc = score_report(load_spec(p), extracted(p.stem, mode))
            right += sc.theme_right
            total += sc.theme_total
        assert right / total >= 0.95, mode


def test_thematic_reports_line_their_sections_up_with_peel_themes(extracted):
    """A national thematic report keeps its own headings as sections, and each section
    takes the PEEL theme it is about, so its findings sit beside the forces' own."""
    rep = extracted("stalking-thematic-2024", "text")
    assert rep.report_type == "thematic"
    assert "Investigating stalking" in {f.section for f in rep.findings}
    by_section = {f.section: f.theme_key for f in rep.findings if f.section == "Investigating stalking"}
    assert by_section == {"Investigating stalking": "investigating_crime"}
    assert not any(f.theme_key.startswith("own:") for f in rep.findings if f.theme_key)
    # a thematic report grades no force
    assert not rep.grades and not any(f.grade for f in rep.findings)


def test_a_thematic_section_takes_a_theme_only_from_its_lead_not_a_shared_noun(tmp_path):
    """"Risk assessment and safeguarding" shares only "risk" with PEEL 2015's firearms
    licensing ("targeting the risk"): one shared noun names no theme."""
    rep = _read(
        tmp_path, "Staying safe: a thematic inspection of the police response to stalking\n\nMay 2024",
        "About this inspection\n\nWe visited eight forces and read 120 case files.\n\n"
        "Risk assessment and safeguarding\n\n"
        "Most forces screen the risk to a stalking victim when the first report is made.\n\n"
        "Safety plans for victims were often generic.\n",
        kind="thematic",
    )
    assert rep.report_type == "thematic"
    keys = {f.theme_key for f in rep.findings if f.section == "Risk assessment and safeguarding"}
    assert "firearms_licensing" not in keys


def test_a_pillar_question_heading_sets_no_area(tmp_path):
    """A 2018/19 pillar heading covers several graded areas: its sentences take each its
    own by content, not all the first area's."""
    rep = _read(
        tmp_path, "PEEL 2018/19: An inspection of Wessex Constabulary\n\nSeptember 2019",
        "How effectively does the force reduce crime and keep people safe?\n\n"
        "The force investigates crime well, and its detectives supervise every case file.\n\n"
        "Officers identify vulnerable people quickly and refer them to safeguarding partners.\n",
    )
    keys = {f.theme_key for f in rep.findings if f.section and f.section.startswith("How effectively")}
    assert keys == {"investigating_crime", "protecting_vulnerable"}


def test_a_thematic_of_another_year_has_no_areas_that_were_graded_only_once():
    """PEEL 2015's honour-based violence inspection graded nobody and is no theme for a
    2024 thematic; a 2015 thematic keeps it."""
    from extractor.understand.family import thematic_taxonomy
    from extractor.understand.themes import builtin_taxonomies

    keys_2024 = {t.key for t in thematic_taxonomy(2024, builtin_taxonomies()).themes}
    keys_2015 = {t.key for t in thematic_taxonomy(2015, builtin_taxonomies()).themes}
    assert "honour_based_violence" not in keys_2024 and "protecting_vulnerable" in keys_2024
    assert "honour_based_violence" in keys_2015


def test_a_thematic_is_lined_up_with_the_areas_of_its_own_years():
    """A 2022 thematic on vetting and corruption files its findings under 2021/22's
    workforce area: 2014-19's legitimacy question on ethical behaviour is no area then,
    and a 2016 thematic has no 2021/22 "responding to the public"."""
    from extractor.understand.family import thematic_taxonomy
    from extractor.understand.themes import builtin_taxonomies

    keys_2022 = [t.key for t in thematic_taxonomy(2022, builtin_taxonomies()).themes]
    keys_2016 = [t.key for t in thematic_taxonomy(2016, builtin_taxonomies()).themes]
    assert "ethical_behaviour" not in keys_2022 and "workforce" in keys_2022
    assert "responding_to_public" not in keys_2016 and "ethical_behaviour" in keys_2016
    assert len(keys_2022) == len(set(keys_2022))


def test_a_thematic_on_corruption_takes_the_workforce_area(tmp_path):
    """The theme model's evidence for "ethical behaviour" counts for its 2021/22
    counterpart in a 2022 thematic."""
    rep = _read(
        tmp_path, "An inspection of how forces vet officers and counter corruption\n\nPublished November 2022",
        "Summary\n\n"
        "Counter-corruption units in most forces lacked the analysts to assess intelligence about corrupt officers.\n\n"
        "Several forces could not say whether every officer in a sensitive post had been vetted to the right level.\n",
    )
    keys = [f.theme_key for f in rep.findings]
    assert "ethical_behaviour" not in keys and "workforce" in keys


def test_another_inspectorates_report_keeps_its_own_headings(tmp_path):
    """PEEL themes mean nothing for an Ofsted report: its headings stay its themes."""
    rep = _read(
        tmp_path, "Ofsted: a thematic review of children's homes\n\nMay 2023",
        "Ofsted inspects children's homes across England.\n\n"
        "Keeping children safe\n\n"
        "Staff in most homes knew how to report a concern about a child.\n\n"
        "Managers checked records every week.\n",
    )
    assert rep.publisher == "Ofsted"
    keys = {f.theme_key for f in rep.findings if f.theme_key}
    assert keys and all(k.startswith("own:") for k in keys)


#: The title and date lines of the PEEL 2023–25 report the tests below write.
NORTHMOOR_2023 = "PEEL 2023–25: An inspection of Northmoor Police\n\nMarch 2024"


def _read(tmp_path, opening: str, body: str, kind: str = "report"):
    """Read a synthetic text document: the notice that it is synthetic, its title and
    date lines (``opening``), then ``body``."""
    from extractor import read_report

    p = tmp_path / f"{kind}.txt"
    p.write_text(f"Synthetic test {kind}: not a real inspection and not the inspectorate's words.\n\n"
                 f"{opening}\n\n{body}", encoding="utf-8")
    return read_report(p)


def test_a_grade_table_tells_the_family_when_title_and_headings_do_not(tmp_path):
    """A press release about one force, titled without PEEL cues: its grade rows name the
    2021 areas, so its grades line up by theme instead of being a 'thematic' of its own."""
    rep = _read(
        tmp_path, "Wessex Police praised for its work with victims\n\nNovember 2022",
        "Wessex Police has been praised by the police inspectorate for how it supports victims.\n\n"
        "Area   Grade\n"
        "Preventing crime and anti-social behaviour   Good\n"
        "Responding to the public   Adequate\n"
        "Investigating crime   Requires improvement\n\n"
        "The chief constable welcomed the findings and thanked officers and staff.\n",
    )
    assert rep.report_type != "thematic"
    keys = {s["theme_key"]: s["grade"] for s in rep.grade_sources}
    assert keys == {"preventing_crime": "good", "responding_to_public": "adequate",
                    "investigating_crime": "requires improvement"}


def test_a_letter_about_one_force_takes_the_peel_themes_of_its_year(tmp_path):
    """A revisit letter naming no programme: its sentences take PEEL themes by content, not
    the letter's own headings ("Background", "Our findings") as themes."""
    rep = _read(
        tmp_path, "Wessex Police: revisit letter\n\nMarch 2024",
        "Dear Chief Constable,\n\n"
        "Background\n\n"
        "In our last inspection we raised a cause of concern about how the force answers 999 and "
        "non-emergency calls from the public.\n\n"
        "Our findings\n\n"
        "Call handlers now answer emergency calls within ten seconds far more often than before.\n\n"
        "Officers reviewing sex offenders' risk management plans now complete their visits on time.\n",
        kind="letter",
    )
    assert rep.report_type == "revisit_letter"
    keys = [f.theme_key for f in rep.findings if f.theme_key]
    assert keys and not any(k.startswith("own:") for k in keys)
    assert "responding_to_public" in keys


def test_an_annex_that_holds_the_causes_of_concern_is_themed_by_content(tmp_path):
    """"Annex: the causes of concern" holds findings, not method: its items take the themes
    their content gives, where an annex about the data keeps none."""
    rep = _read(
        tmp_path, "Wessex Police: letter moving the force into enhanced monitoring\n\nMarch 2024",
        "Dear Chief Constable,\n\n"
        "We have decided to move the force into Engage because of the causes of concern set out in the annex.\n\n"
        "Annex: the causes of concern\n\n"
        "Officers reached fewer than half of the emergency incidents we examined within the force's own target.\n\n"
        "Offender managers carried far more registered sex offenders each than national guidance advises.\n\n"
        "Annex B: About the data\n\n"
        "Figures in this letter come from the force's own systems and were not audited.\n",
        kind="letter",
    )
    by_text = {f.text[:21]: f.theme_key for f in rep.findings}
    assert by_text["Officers reached fewe"] == "responding_to_public"
    assert by_text["Offender managers car"] == "managing_offenders"
    assert by_text["Figures in this lette"] is None


def test_only_an_annex_named_for_the_reports_findings_is_themed():
    """An annex of the causes of concern, areas for improvement or findings is themed by
    content; one of survey findings, other forces' recommendations or the method is not."""
    from extractor.vocabulary import themeless_section

    for findings in ("Annex: the causes of concern", "Annex B: Areas for improvement", "Annex A. Recommendations",
                     "Appendix 1: Detailed findings", "Annex: our findings in more detail",
                     "Annex A: Causes of concern and recommendations", "Annex B: The force's areas for improvement",
                     "Annex A: Areas for improvement for Wessex Police", "Annex: Causes of concern (continued)",
                     "Annex A: Findings by area"):
        assert not themeless_section(findings), findings
    for context in ("Annex C: Findings from the national victim survey", "Annex A – About the data",
                    "Annex B: Recommendations from other forces' inspections", "Appendix I – Methodology",
                    "Annex C – Findings: how we carried out the file review", "Introduction",
                    "Annex B: Recommendations made to all forces"):
        assert themeless_section(context), context


def test_a_news_page_on_a_crime_recording_reinspection_takes_that_programmes_areas():
    """A page whose cover names the 2016–2019 crime data integrity re-inspection but whose
    headings are its own ("Some praise", "Reaction") and whose grade sits in a table: the
    programme's taxonomy, not its own headings as themes (as the same page read as text)."""
    from extractor.understand.family import choose_taxonomy
    from extractor.understand.themes import builtin_taxonomies

    family, taxonomy = choose_taxonomy("Police failing to record one in four crimes, watchdog warns",
                                       ["Some praise", "Reaction", "What happens next", "Crime data integrity"], 2017,
                                       builtin_taxonomies(), kind="crime_data_integrity_reinspection")
    assert taxonomy is not None and taxonomy.id == "crime_data_integrity_2016_2019"
    assert family == taxonomy.family


def test_an_undated_letter_takes_the_peel_themes_of_the_dates_it_gives(tmp_path):
    """A revisit letter whose only date line is a bare year (read as a page number) still
    takes the PEEL themes of its time, from the latest full date in its opening, not its
    own headings; no publication date is made up from it."""
    rep = _read(
        tmp_path, "Wessex Police: revisit of the cause of concern on protecting vulnerable people\n\n2017",
        "Why we returned\n\n"
        "We returned to examine the cause of concern raised in the effectiveness report we published "
        "on 2 March 2017.\n\n"
        "What we found\n\n"
        "Officers now complete a risk assessment for every victim of domestic abuse they attend.\n\n"
        "Safeguarding referrals for children reach the local authority on the same day.\n",
        kind="letter",
    )
    assert rep.report_type == "revisit_letter"
    assert rep.published is None
    keys = [f.theme_key for f in rep.findings if f.theme_key]
    assert keys and not any(k.startswith("own:") for k in keys)
    assert "protecting_vulnerable" in keys


def test_a_letter_about_one_cause_of_concern_keeps_its_sentences_on_that_concern(tmp_path):
    """The heading that states a letter's concern names its theme, and the letter's other
    sentences that could fit several themes (leadership, staffing) lean to it; a heading
    about the other concerns ends it."""
    rep = _read(
        tmp_path, "Northmoor Police: closure of cause of concern letter\n\nMay 2024",
        "Dear Chief Constable,\n\n"
        "Cause of concern: responding to the public\n\n"
        "We set the force two recommendations, each with a deadline of three months.\n\n"
        "Our findings\n\n"
        "Senior leaders now check performance in the control room every morning and move staff "
        "to where the queues are longest.\n\n"
        "The force has recruited more call handlers, and abandoned calls have fallen.\n\n"
        "Remaining causes of concern\n\n"
        "Separately, sex offender managers now visit registered offenders on time.\n",
        kind="letter",
    )
    # a letter closing a cause of concern follows a revisit, as "cause of concern closed" does
    assert rep.report_type == "revisit_letter"
    by_start = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert by_start["We"] == by_start["Senior"] == by_start["The"] == "responding_to_public"
    assert by_start["Separately,"] == "managing_offenders"


@pytest.mark.parametrize("title, kind", [
    ("PEEL: Police effectiveness 2016 (vulnerability) revisit – Northmoor Police", "revisit_letter"),
    ("A revisit inspection of Wessex Constabulary's response to domestic abuse", "revisit_letter"),
    ("Press release: inspectors revisit Brackley Vale Police", "press_release"),
])
def test_a_title_that_calls_the_document_a_revisit_makes_it_one(title, kind):
    from extractor.understand.family import detect_kind

    assert detect_kind(title, "", "", "2017-06") == kind


def test_a_child_protection_section_after_an_honour_based_violence_one_is_about_vulnerable_people(tmp_path):
    """PEEL 2015's "other reports" page for a force holds its honour-based violence findings
    and then its child protection inspection under a heading of its own: a new area
    (protecting vulnerable people), not a topic inside honour-based violence."""
    rep = _read(tmp_path, "PEEL 2015: other inspections – Wessex Police\n\nPublished February 2016",
                "Honour-based violence\n\n"
                "The force has a lead officer for forced marriage and female genital mutilation.\n\n"
                "Child protection\n\n"
                "The force is making some progress in how it keeps children safe from harm.\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got["The force has a lead officer for forced marriage and female genital mutilation."] \
        == "honour_based_violence"
    assert got["The force is making some progress in how it keeps children safe from harm."] == "protecting_vulnerable"


def test_an_understanding_of_demand_is_the_efficiency_question_on_demand(tmp_path):
    """PEEL 2015–2017 efficiency reports ask how well the force understands demand: a
    summary sentence about its understanding of current demand is about that question, not
    about its use of resources; one about future demand alone is not."""
    rep = _read(tmp_path, "PEEL: Police efficiency 2016 – An inspection of Wessex Police\n\nPublished November 2016",
                "Overall summary\n\n"
                "Wessex Police has a good understanding of current demand and uses its resources well to meet it.\n\n"
                "It needs to improve its understanding of future demand so that it can plan its finances.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["Wessex"] == "understanding_demand"
    assert got["It"] != "understanding_demand"


def test_an_accelerated_cause_of_concern_published_as_a_report_is_about_its_concern(tmp_path):
    """An accelerated cause of concern is published on its own, as a short report as well
    as a letter ("PEEL: accelerated cause of concern on crime data integrity – Force"): it is
    about that one concern, so a sentence about vulnerable victims in it is filed under the
    concern, as in a cause-of-concern letter."""
    rep = _read(tmp_path, "PEEL: accelerated cause of concern on crime data integrity – Wessex Constabulary\n\n"
                "Published May 2021",
                "What we found\n\n"
                "Some of the crimes left unrecorded involved domestic abuse or vulnerable victims.\n")
    assert rep.report_type == "cause_of_concern_letter"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["Some"] == "crime_recording"


def test_recommendations_under_a_named_cause_of_concern_keep_its_theme(tmp_path):
    rep = _read(
        tmp_path, NORTHMOOR_2023,
        "Responding to the public\n\nCall handlers answer most emergency calls quickly.\n\n"
        "Cause of concern: responding to the public\n\n"
        "The force does not assess the risk to callers consistently.\n\n"
        "Recommendations\n\n"
        "Within six months, the force should make sure that staff are trained to identify "
        "vulnerability and repeat victims of domestic abuse.\n",
    )
    rec = next(f for f in rep.findings if f.text.startswith("Within six months"))
    assert rec.theme_key == "responding_to_public"


def test_a_judgement_outside_a_theme_section_takes_the_theme_of_the_area_it_grades(tmp_path):
    """In a list of judgements, "Its work to … the workforce is also good" names a graded
    area: that area is its theme, though the sentence sits under no theme heading."""
    rep = _read(
        tmp_path, NORTHMOOR_2023,
        "Our judgements\n\n"
        "Northmoor Police is good at preventing crime. Its work to build, support and protect "
        "the workforce is also good. In responding to the public, it is adequate.\n\n"
        "Investigating crime\n\nInvestigations are supervised well.\n",
    )
    got = {f.text.split()[0]: (f.grade, f.theme_key) for f in rep.findings}
    assert got["Its"] == ("good", "workforce")
    assert got["In"] == ("adequate", "responding_to_public")


@pytest.mark.parametrize("opening, body, want", [
    # the victim service assessment reports the graded crime recording area inside it: a
    # sentence there plainly about recording crime is crime_recording, the rest stay victim_service
    ("PEEL 2021/22: An inspection of Northmoor Police\n\nMarch 2022",
     "Providing a service to the victims of crime\n\n"
     "We estimate that the force records 88.4 percent of the crimes reported to it, and too "
     "many reports of violent crime go unrecorded. "
     "Victims were kept informed of progress in most of the cases we reviewed.\n\n"
     "Investigating crime\n\nInvestigations are supervised well.\n",
     {"We": "crime_recording", "Victims": "victim_service"}),
    # a summary sentence that names exactly one area is about that area
    (NORTHMOOR_2023,
     "HM Inspector's summary\n\n"
     "There are areas in which the force must do better, above all in protecting vulnerable people. "
     "I am pleased with much of what we found.\n\n"
     "Investigating crime\n\nInvestigations are supervised well.\n",
     {"There": "protecting_vulnerable"}),
    # an area named by what the force does, as "good at …" is read for a grade
    (NORTHMOOR_2023,
     "HM Inspector's summary\n\n"
     "It was a great relief to us that in the months since our visit the force has changed "
     "how it responds to the public. Much of what we saw this year was encouraging, but the one "
     "exception is how it investigates crime.\n\n"
     "Investigating crime\n\nInvestigations are supervised well.\n",
     {"It": "responding_to_public", "Much": "investigating_crime"}),
    # the force named by its own name, and "the way" it does something
    (NORTHMOOR_2023,
     "HM Inspector's summary\n\n"
     "I have serious concerns about the way Northmoor Police responds to the public.\n\n"
     "Investigating crime\n\nInvestigations are supervised well.\n",
     {"I": "responding_to_public"}),
], ids=["crime-recording-inside-victim-service", "summary-names-one-area", "summary-names-an-activity",
        "summary-names-the-way-the-force-by-name-does-it"])
def test_a_sentence_takes_the_graded_area_it_is_plainly_about(tmp_path, opening, body, want):
    got = {f.text.split()[0]: f.theme_key for f in _read(tmp_path, opening, body).findings}
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("heading, pillar", [
    ("How legitimately does the force treat the public and its workforce?", "legitimacy"),
    ("How efficient is the force at keeping people safe and reducing crime?", "efficiency"),
    ("To what extent is the force efficient?", "efficiency"),
    ("2. Further insights on legitimacy", "legitimacy"),
    ("Wessex Constabulary's effectiveness at keeping people safe and reducing crime", "effectiveness"),
    ("Effectiveness", "effectiveness"),
    ("How well led is the force?", "leadership"),
    ("Investigating crime effectively", None),
    ("Efficiency savings from shared services", None),
    ("Summary of findings", None),
])
def test_pillar_headings(heading, pillar):
    from extractor.understand.sections import pillar_heading

    assert pillar_heading(heading) == pillar


def test_a_sentence_under_a_pillar_heading_takes_one_of_that_pillars_areas(tmp_path):
    """Under the legitimacy pillar's heading, a sentence about how complaints from victims
    are handled is about a legitimacy area, not about protecting vulnerable people; the
    pillar ends at the next heading that opens another part of the report."""
    rep = _read(
        tmp_path, "PEEL 2018/19: An inspection of Wessex Constabulary\n\nSeptember 2019",
        "How legitimately does the force treat the public and its workforce?\n\n"
        "Victims who complain about how officers dealt with them are not always told the outcome.\n\n"
        "Next steps\n\n"
        "We will return to look at how the force safeguards vulnerable victims of domestic abuse.\n",
    )
    got = {f.text.split()[0]: (f.section, f.theme_key) for f in rep.findings}
    assert got["Victims"][0].startswith("How legitimately")
    assert got["Victims"][1] in {"treating_public_fairly", "ethical_behaviour", "workforce"}
    assert got["We"] == ("Next steps", "protecting_vulnerable")


#: A 2018/19 legitimacy pillar summary (no question headings under it) that takes the fair
#: treatment of the public first; the third sentence is filled in by each test.
_LEGITIMACY_RUN = (
    "How legitimately does the force treat the public and its workforce?\n\n"
    "The force treats the people it serves fairly and with respect.\n\n"
    "It explains to local communities how and why its officers use stop and search.\n\n"
    "{middle}\n\n"
    "Panels of residents watch body-worn video of street encounters every month and give feedback.\n"
)


def test_a_sentence_in_a_run_about_one_pillar_area_stays_with_its_run(tmp_path):
    """Under a pillar's heading, readers file a run of sentences under one question: a
    sentence about staff training in communication, amid sentences on how the public is
    treated, belongs with them rather than with the workforce its words suggest."""
    rep = _read(tmp_path, "PEEL 2018/19: An inspection of Wessex Constabulary\n\nSeptember 2019",
                _LEGITIMACY_RUN.format(middle="Few members of staff have had training in communication skills."))
    got = {f.text: f.theme_key for f in rep.findings if f.section and f.section.startswith("How legitimately")}
    assert len(got) == 4
    assert set(got.values()) == {"treating_public_fairly"}


def test_a_sentence_plainly_about_another_area_leaves_the_run(tmp_path):
    """The run does not swallow a sentence whose own evidence is strong: vetting is the
    ethical behaviour of the workforce wherever it sits."""
    rep = _read(tmp_path, "PEEL 2018/19: An inspection of Wessex Constabulary\n\nSeptember 2019",
                _LEGITIMACY_RUN.format(
                    middle="The force vets every recruit and rechecks officers who move into sensitive posts."))
    got = [f.theme_key for f in rep.findings if f.section and f.section.startswith("How legitimately")]
    assert got == ["treating_public_fairly", "treating_public_fairly", "ethical_behaviour", "treating_public_fairly"]


def test_a_numbered_cause_of_concern_heading_names_the_letters_theme():
    from extractor.classify.themes import focus_theme
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")
    theme = focus_theme(None, ["1. Introduction", "4. Cause of concern: responding to the public"], peel)
    assert theme is not None and theme.key == "responding_to_public"


def test_a_judgement_of_a_whole_pillar_has_no_one_areas_theme(tmp_path):
    """"Efficient at keeping people safe and reducing crime" judges the efficiency pillar:
    the PEEL motto in it is no sign of the preventing-crime area. A sentence grading a
    pillar or the force overall takes no area's theme; one grading an area takes that area."""
    rep = _read(
        tmp_path, "PEEL 2017: An inspection of Wessex Constabulary\n\nMarch 2018",
        "Summary\n\n"
        "The extent to which the force is efficient at keeping people safe and reducing crime is good.\n\n"
        "The extent to which the force is legitimate at keeping people safe and reducing crime is good.\n\n"
        "The force is good at preventing crime and tackling anti-social behaviour.\n",
    )
    got = {next(w for w in ("efficient", "legitimate", "preventing") if w in f.text): (f.grade_area, f.theme_key)
           for f in rep.findings if f.grade}
    assert got["efficient"] == ("Efficiency", None)
    assert got["legitimate"] == ("Legitimacy", None)
    assert got["preventing"][1] == "preventing_crime"


def test_theme_probabilities_of_another_family_count_for_this_reports_counterpart():
    """The theme model learnt every family's themes: a PEEL report's crime recording
    sentence that the model puts mostly under the crime data integrity inspections'
    "systems and processes" still counts as crime recording, and themes this report
    cannot have (nor their counterparts) are dropped before the rows are renormalised."""
    import numpy as np

    from extractor.classify.themes import native_proba
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")
    classes = ["crime_recording", "systems_processes", "victim_service", "custody", "__none__"]
    proba = np.array([[0.2, 0.4, 0.1, 0.2, 0.1]])
    keys, out = native_proba(classes, proba, peel.by_key())
    got = dict(zip(keys, out[0].round(3), strict=True))
    assert set(keys) == {"crime_recording", "victim_service", "__none__"}
    assert got == {"crime_recording": pytest.approx(0.75), "victim_service": pytest.approx(0.125),
                   "__none__": pytest.approx(0.125)}
    # in a crime data integrity report the same key is its own
    cdi = next(t for t in builtin_taxonomies() if t.id == "crime_data_integrity_2016_2019")
    keys, out = native_proba(classes, proba, cdi.by_key())
    assert dict(zip(keys, out[0].round(3), strict=True))["systems_processes"] == pytest.approx(0.4 / 0.7, abs=1e-3)


def test_a_revisit_letter_keeps_its_sentences_on_the_concern_it_checks(tmp_path):
    """A letter revisiting one cause of concern (here public engagement, named after the
    title's dash) is about that concern throughout: a sentence that could be about several
    areas (plans for each ward, time to get to know local people) is about
    the concern, unless it plainly turns to another area."""
    rep = _read(
        tmp_path, "Northmoor Police cause of concern revisit – Public engagement and scrutiny\n\nJuly 2021",
        "Dear Chief Constable,\n\n"
        "Our findings\n\n"
        "Engagement plans for individual wards vary in quality.\n\n"
        "Officers are moved so often that this leaves them little time to get to know local people.\n",
        kind="letter",
    )
    by_start = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert by_start["Engagement"] == by_start["Officers"] == "treating_public_fairly"


@pytest.mark.xfail(strict=True, reason="the theme model retrained on other writers' reports (December 2026) files it differently; the gold is unchanged")
def test_a_letter_about_one_concern_keeps_partners_and_plans_on_it(tmp_path):
    """A letter revisiting one cause of concern (serious and organised crime, named in the
    title) is about it throughout: what partners told the inspectors, how the force plans the
    work, are evidence on the concern, though their words alone lean to other areas (a
    sentence the theme model puts plainly elsewhere may still go: see the next test)."""
    rep = _read(
        tmp_path, "Northmoor Police: revisit of the cause of concern on serious and organised crime\n\nNovember 2018",
        "Dear Chief Constable,\n\n"
        "What we found\n\n"
        "Councils said that information still moves slowly because two agreements are unsigned.\n\n"
        "A few of the plans we read had no dates or named owners.\n",
        kind="letter",
    )
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if f.section == "What we found"}
    assert got == {"Councils": "serious_organised_crime", "A": "serious_organised_crime"}


def test_a_letter_naming_concerns_in_two_areas_has_several():
    from extractor.classify.themes import several_concerns
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")
    assert several_concerns(["Introduction", "Cause of concern: responding to the public",
                             "Cause of concern: investigating crime"], peel)
    assert not several_concerns(["Introduction", "Cause of concern: responding to the public"], peel)


def test_custody_report_sections_take_the_areas_of_the_custody_expectations(tmp_path):
    """A joint custody inspection published after PEEL 2015 has no custody area: its
    booking-in section (respect, individual needs, legal rights) is about fair treatment,
    and release from custody about the care of vulnerable people, whatever words a
    sentence leans on (interpreters, appropriate adults, lawyers)."""
    rep = _read(
        tmp_path,
        "Report on an unannounced inspection visit to police custody suites in Wessex\n\n"
        "by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services\n\nMarch 2022",
        "Section 3. In the custody suite: booking in, individual needs and legal rights\n\n"
        "Staff used telephone interpreters when a detainee spoke little English.\n\n"
        "Children waited too long for an appropriate adult to arrive.\n\n"
        "Detainees were told how to get free legal advice, and most saw a solicitor quickly.\n\n"
        "Section 5. Release and transfer from custody\n\n"
        "Custody officers checked that detainees had somewhere safe to go before releasing them.\n",
        kind="custody",
    )
    assert rep.report_type == "custody_inspection"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if (f.section or "").startswith("Section")}
    assert got == {"Staff": "treating_public_fairly", "Children": "treating_public_fairly",
                   "Detainees": "treating_public_fairly", "Custody": "protecting_vulnerable"}


def test_the_custody_cell_section_parts_on_treatment_are_fair_treatment(tmp_path):
    """Inside "In the custody cell, safeguarding and health care", the parts on the use of
    force and on detainee care (food, washing, dignity) are about how detainees are treated
    (PEEL puts the use of force under fair treatment); safety and health care stay with
    the care of vulnerable people."""
    rep = _read(
        tmp_path,
        "Custody suites in Wessex: report of a joint inspection visit\n\n"
        "Published jointly by the prisons and constabulary inspectorates\n\nMay 2023",
        "Section 4. In the custody cell, safeguarding and health care\n\n"
        "Safety\n\n"
        "Cell call bells were answered promptly and observation levels were set with care.\n\n"
        "Use of force\n\n"
        "Restraint was applied for longer than needed in two of the cases we watched on camera.\n\n"
        "Detainee care\n\n"
        "Hot meals and a shower were offered to anyone held overnight.\n\n"
        "Health care\n\n"
        "Nurses saw detainees within the hour when asked to.\n",
        kind="custody",
    )
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert {k: got.get(k) for k in ("Cell", "Restraint", "Hot", "Nurses")} == {
        "Cell": "protecting_vulnerable", "Restraint": "treating_public_fairly", "Hot": "treating_public_fairly",
        "Nurses": "protecting_vulnerable"}


def test_custody_part_headings_about_detainees_take_their_area():
    """"Safety" is the cell section's part on detainees' safety; "Safety and wellbeing of
    staff" is about the workforce and takes no custody area."""
    from extractor.classify.themes import custody_section_theme
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")
    assert custody_section_theme("Safety", peel).key == "protecting_vulnerable"
    assert custody_section_theme("Safety – use of force", peel).key == "treating_public_fairly"
    assert custody_section_theme("Safety and wellbeing of staff", peel) is None
    assert custody_section_theme("Respect and dignity", peel).key == "treating_public_fairly"
    assert custody_section_theme("Safety of detainees", peel).key == "protecting_vulnerable"


def test_a_custody_report_whose_title_names_the_force_keeps_its_custody_sections_and_leadership(tmp_path):
    """"… custody suites in Gwent Police" names the force, which once made the report a
    PEEL report of that force: its booking-in and release sections then had no theme. The
    leadership section takes the year's management area (2021/22 has no leadership area)."""
    rep = _read(
        tmp_path,
        "Report on an unannounced inspection visit to police custody suites in Gwent Police\n\n"
        "by HM Inspectorate of Prisons and HM Inspectorate of Constabulary and Fire & Rescue Services\n\nJune 2021",
        "Leadership, accountability and partnerships\n\n"
        "A superintendent now answers for custody across the force and meets the health provider each month.\n\n"
        "In the custody suite: booking in, rights and individual needs\n\n"
        "Staff booked detainees in politely and explained their entitlements clearly.\n\n"
        "Release and transfer from custody\n\n"
        "Sergeants checked that each detainee had a safe place to go before releasing them.\n",
        kind="custody",
    )
    assert rep.report_type == "custody_inspection"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert {k: got.get(k) for k in ("A", "Staff", "Sergeants")} == {
        "A": "use_of_resources", "Staff": "treating_public_fairly", "Sergeants": "protecting_vulnerable"}


def test_a_letter_about_one_concern_lets_a_sentence_plainly_about_another_area_go(tmp_path):
    """The letter's concern is much likelier for its sentences, but not so much that a
    sentence the theme model plainly puts elsewhere (response times, staff wellbeing) is
    pulled under the concern."""
    rep = _read(
        tmp_path, "Northmoor Police: revisit of the cause of concern on missing children\n\nMay 2023",
        "Dear Chief Constable,\n\n"
        "What we found\n\n"
        "Officers now search for missing children more quickly, and return interviews are done on time.\n\n"
        "Other findings\n\n"
        "Response officers reached emergency incidents within the target time in nine of every ten cases.\n\n"
        "Most officers we spoke to said their line managers supported their wellbeing.\n",
        kind="letter",
    )
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if f.section in ("What we found", "Other findings")}
    assert got["Officers"] == "protecting_vulnerable"
    assert got["Response"] == "responding_to_public"
    assert got["Most"] == "workforce"


def test_a_heading_that_names_a_second_concern_in_words_makes_a_letter_about_several():
    from extractor.classify.themes import several_concerns
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")
    assert several_concerns(["The first cause of concern, on answering 999 calls",
                             "The second cause of concern, on vetting"], peel)


@pytest.mark.parametrize("title, pillar", [
    ("PEEL: Police efficiency 2015 – An inspection of Northmoor Constabulary", "efficiency"),
    ("PEEL: Police legitimacy 2017 – Wessex Police", "legitimacy"),
    ("PEEL: Police effectiveness 2016 (vulnerability) revisit – Northmoor Police", "effectiveness"),
    ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – An inspection of Wessex Police", None),
    ("Crime data integrity: Inspection of Northmoor Police", None),
    (None, None),
])
def test_a_pillar_report_is_known_by_the_one_pillar_its_title_names(title, pillar):
    from extractor.understand.sections import title_pillar

    assert title_pillar(title) == pillar


def test_a_summary_sentence_of_a_pillar_report_takes_one_of_that_pillars_areas(tmp_path):
    """In a report on one pillar, the summary's sentences sit under no pillar heading but
    are about that pillar: a sentence about the workforce's costs in an efficiency report
    is about an efficiency area, never the legitimacy pillar's workforce."""
    rep = _read(
        tmp_path, "PEEL: Police efficiency 2016 – An inspection of Northmoor Constabulary\n\nNovember 2016",
        "Summary\n\n"
        "The constabulary has a clear picture of what its workforce costs and which skills it will need.\n",
    )
    from extractor.understand.themes import builtin_taxonomies

    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2016")
    efficiency = {t.key for t in peel.themes if t.pillar == "efficiency"}
    theme = next(f.theme_key for f in rep.findings if f.text.startswith("The constabulary has"))
    assert theme in efficiency


@pytest.mark.parametrize("first, then, key", [
    ("Neighbourhood officers are often taken off their beats to answer emergency calls, so their "
     "problem-solving work with residents stalls.",
     "This weakens their ability to protect communities from harm over time.", "preventing_crime"),
    ("The force runs a programme called Fair Play that teaches every officer how unconscious bias can "
     "affect stop and search.", "Its Fair Play sessions carry that message to every team.", "treating_public_fairly"),
    ("Officers who investigate burglary do not always draw up a plan for the investigation, and "
     "supervisors rarely check them.", "This recommendation has not been met.", "investigating_crime"),
])
def test_a_summary_sentence_that_goes_on_from_the_one_before_keeps_its_theme(tmp_path, first, then, key):
    """"This …", "Its …", "However, …" continue the sentence before: readers take them to be
    about the same area unless they clearly turn to another (words such as "protect",
    "every team" or "recommendation" alone pulled them to other areas)."""
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Wessex Constabulary\n\nMay 2022",
                f"Summary\n\n{first}\n\n{then}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[first] == key
    assert got[then] == key


@pytest.mark.parametrize("first, then, key", [
    pytest.param("Call handlers answer too few emergency calls within the national target, and many callers to the "
                 "non-emergency number hang up before anyone speaks to them.",
                 "Inspectors said that this could put vulnerable callers at risk.", "responding_to_public",
                 marks=pytest.mark.xfail(strict=True, reason="the theme model retrained on other writers' reports (December 2026) files it differently; the gold is unchanged")),
    ("Officers who investigate burglary do not always draw up a plan for the investigation.",
     "HMICFRS said that this means evidence is sometimes lost.", "investigating_crime"),
    ("The constabulary uses stop and search fairly and records the grounds for each search well.",
     "I am pleased to see that this is scrutinised by an independent panel.", "treating_public_fairly"),
])
def test_who_says_a_sentence_does_not_change_what_it_is_about(tmp_path, first, then, key):
    """A release or a quoted summary puts a speaker first ("Inspectors said that this …"):
    the words after the speaker carry the theme, and go on from the sentence before."""
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Wessex Constabulary\n\nMay 2022",
                f"Summary\n\n{first}\n\n{then}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[first] == key
    assert got[then] == key


@pytest.mark.parametrize("text, bare", [
    ("Inspectors also said that this could lead to delays.", "this could lead to delays."),
    ("The inspectorate found that the force manages offenders well.", "the force manages offenders well."),
    ("The force manages offenders well, the police inspectorate has said.", "The force manages offenders well."),
    ("I am impressed by the way the force works with schools.", "the force works with schools."),
    ("It sets clear priorities.", "It sets clear priorities."),
    ("Inspectors said so.", "Inspectors said so."),
    ("They identified vulnerable victims at the first point of contact.",
     "They identified vulnerable victims at the first point of contact."),
])
def test_a_sentence_without_its_speaker(text, bare):
    from extractor.classify.themes import unspoken

    assert unspoken(text) == bare


def test_a_letter_whose_first_sentence_names_its_concern_is_about_that_concern(tmp_path):
    """Neither title nor headings name the concern; the letter's opening does ("we have
    closed the cause of concern about how the force manages registered sex offenders").
    Sentences that could be about several areas then lean to the concern's."""
    rep = _read(tmp_path, "Wessex Constabulary: closure of cause of concern\n\n12 March 2025",
                "Dear Chief Constable\n\nI am writing to tell you that we have closed the cause of concern about how "
                "the force manages registered sex offenders in the community.\n\n"
                "Background\n\nWhen we inspected the force, supervisors rarely checked the work of the officers who "
                "visit these offenders.\n\n"
                "One officer had been left to work through a large backlog of seized devices on her own.\n")
    assert rep.report_type == "revisit_letter"  # closing a concern follows a revisit
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["When"] == got["One"] == "managing_offenders"


def test_a_letter_takes_its_topics_in_turn_and_its_decision_is_no_topic(tmp_path):
    """A revisit letter goes through its causes of concern under short headings: "Crime
    recording" names an area, "Vulnerability" and "Call handling" only point to theirs. Each
    is the next topic, not a part of the last; the closing "Our decision" is about none."""
    rep = _read(tmp_path, "Wessex Constabulary: PEEL cause of concern revisit letter\n\n2 October 2024",
                "Dear Chief Constable\n\nWe have revisited the force to check its progress against three "
                "causes of concern.\n\n"
                "Crime recording\n\nThe force now records crimes disclosed at domestic incidents far more "
                "reliably.\n\n"
                "Vulnerability\n\nControl room staff now spot callers who have called before and flag them "
                "for officers.\n\n"
                "Call handling\n\nIt now answers most 999 calls within ten seconds.\n\n"
                "Our decision\n\nWe have closed all three causes of concern.\n")
    assert rep.report_type == "revisit_letter"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if not f.text.startswith("We have revisited")}
    assert (got["Control"], got["It"], got["We"]) == ("protecting_vulnerable", "responding_to_public", None)


def test_the_2014_integrity_and_corruption_report_is_about_ethical_behaviour_throughout(tmp_path):
    """HMIC reported its 2014 integrity and corruption inspection for each force beside PEEL
    ("Police integrity and corruption – <force>"): like a custody or honour-based violence
    inspection, every finding is about that subject, whatever else a sentence touches
    (training, complaints, investigations)."""
    rep = _read(tmp_path, "Police integrity and corruption – Wessex Constabulary\n\nNovember 2014",
                "Introduction\n\nThis inspection looked at how the force protects the integrity of its workforce.\n\n"
                "Findings\n\nEvery supervisor has been trained to deal with low-level unprofessional conduct.\n\n"
                "Complaints from the public are logged and looked into promptly.\n\n"
                "The unit that investigates corruption has too few staff for the work it receives.\n")
    keys = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert keys["Every"] == keys["Complaints"] == keys["The"] == "ethical_behaviour", keys


def test_a_release_about_one_force_is_a_press_release_lined_up_with_that_years_peel_areas(tmp_path):
    """A news page names no programme in its headline, so no family's title cues match;
    its "Notes to editors" say it is a release, and the force its headline names says it
    is about that force's inspection, not a national thematic (whose themes pool every
    year's areas)."""
    rep = _read(
        tmp_path, "Wessex Constabulary leaves enhanced monitoring after a year of improvement\n\n14 March 2025",
        "Wessex Constabulary leaves enhanced monitoring after a year of improvement\n\n"
        "The force has done enough to return to routine monitoring, the police inspectorate said.\n\n"
        "It now answers most emergency calls quickly and keeps victims informed.\n\n"
        "Notes to editors\n\n"
        "Enhanced monitoring is the inspectorate's process for forces that need extra support.\n",
    )
    assert rep.report_type == "press_release"
    assert rep.force == "Wessex Constabulary"
    keys = {f.theme_key for f in rep.findings if f.theme_key}
    assert keys <= {"responding_to_public", "victim_service", "leadership", "investigating_crime"}, keys


def test_notes_to_editors_make_a_release():
    from extractor.understand.family import detect_kind

    assert detect_kind("Force praised for its work with victims", "", "", "2024-05",
                       ["Findings", "Notes to editors"]) == "press_release"
    assert detect_kind("Force praised for its work with victims", "", "", "2024-05", ["Findings"]) is None


def test_a_document_whose_title_names_its_force_takes_that_years_peel_taxonomy():
    from extractor.understand.family import choose_taxonomy
    from extractor.understand.themes import builtin_taxonomies

    tax = builtin_taxonomies()
    title = "Wessex Constabulary returned to routine monitoring"
    family, taxonomy = choose_taxonomy(title, [], 2025, tax, force="Wessex Constabulary", force_in_title=True)
    assert taxonomy is not None and taxonomy.id == "peel_2023_25"
    assert choose_taxonomy(title, [], 2025, tax, force="Wessex Constabulary")[1] is None  # a thematic otherwise


@pytest.mark.parametrize("text", [
    "We also assessed the service that the constabulary provides to victims of crime, which carries no grade.",
    "The service it gives to victims was examined too, as in every force.",
])
def test_a_sentence_naming_the_victim_service_area_in_other_words_is_about_it(text):
    """"the service the force gives to victims" names the area "Providing a service to the
    victims of crime" with the force's part in the middle."""
    from extractor.classify.themes import _named_theme

    for id_ in ("peel_2021_22", "peel_2023_25"):
        theme = _named_theme(text, tax(id_))
        assert theme is not None and theme.key == "victim_service", id_


@pytest.mark.parametrize("text", [
    "The force must change the way it responds to members of the public who call it, inspectors said.",
    "Our main concern is how the constabulary responds to the public when they first make contact.",
])
def test_an_area_named_by_what_the_force_does_ends_at_a_relative_clause(text):
    """"the way it responds to members of the public who call it" names "Responding to the
    public"; the relative clause and "members of" had hidden it (a release in set 7)."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2023_25"))
    assert theme is not None and theme.key == "responding_to_public"


@pytest.mark.parametrize("text, key", [
    ("The constabulary has got better at most things, though its record in investigating crime has slipped.",
     "investigating_crime"),
    ("Inspectors praised its work in managing offenders after release from prison.", "managing_offenders"),
])
def test_a_two_word_area_name_that_says_what_the_force_does_names_the_area(text, key):
    """"investigating crime" and "managing offenders" are area names of two words, which
    are otherwise too common to count: an activity named is as plain as a longer name."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2023_25"))
    assert theme is not None and theme.key == key
    assert _named_theme("The force has invested in its fleet and in new radios.", tax("peel_2023_25")) is None


def test_the_crime_data_integrity_question_on_leadership_and_culture_is_its_leadership_area():
    assert match_heading("Leadership and culture", tax("crime_data_integrity_2016_2019")).key == "leadership_governance"


def test_a_crime_data_integrity_report_files_its_general_sentences_under_crime_recording(tmp_path):
    """Every sentence of a 2016–2019 crime data integrity inspection is about crime
    recording; its introduction and method fit no narrower theme, and readers file them
    there (real page text: 25 such sentences had no theme). A narrower theme still wins."""
    rep = _read(
        tmp_path, "Wessex Constabulary: Crime data integrity inspection 2018\n\nJune 2018",
        "Introduction\n\n"
        "In the spring of 2018 we returned to the constabulary to examine its progress since 2016.\n\n"
        "We examined a sample of incident logs from the three months before our visit.\n\n"
        "Leadership and governance\n\n"
        "The deputy chief constable chairs a monthly board that holds departments to account.\n",
    )
    got = {f.text: f.theme_key for f in rep.findings}
    assert got["We examined a sample of incident logs from the three months before our visit."] == "crime_recording"
    assert got["The deputy chief constable chairs a monthly board that holds departments to account."] \
        == "leadership_governance"


def test_an_acronym_keyword_counts_in_the_plural():
    """"ROCUs" is the regional organised crime units; a lower-case keyword ("prevent") gets
    no such licence ("prevents" is a verb)."""
    from extractor.understand.themes import keyword_theme

    key, _ = keyword_theme("The ROCUs share intelligence with each other every week.", tax("peel_2023_25"))
    assert key == "serious_organised_crime"


def test_a_2014_summary_heading_for_a_whole_pillar_names_no_one_area(tmp_path):
    """"How well the force tackles crime" heads the 2014 effectiveness summary: its words
    are also in "Tackling serious and organised crime", but its sentences are about
    cutting crime, and each takes the effectiveness area it is about."""
    from extractor.understand.sections import pillar_heading

    assert pillar_heading("How well the force tackles crime") == "effectiveness"
    assert pillar_heading("How well the force delivers value for money") == "efficiency"
    rep = _read(tmp_path, "PEEL: Police effectiveness 2014\n\nAn inspection of Wessex Constabulary\n\nNovember 2014",
                "How well the force tackles crime\n\n"
                "Wessex Constabulary is good at cutting crime and stopping people from offending.\n\n"
                "Its neighbourhood teams work with the council to reduce burglary on the estates where it is highest.\n")
    keys = [f.theme_key for f in rep.findings if f.section == "How well the force tackles crime"]
    assert keys == ["preventing_crime", "preventing_crime"]


def test_the_2015_question_on_staff_wellbeing_keeps_its_sentences(tmp_path):
    """PEEL 2015 asked about "the wellbeing of staff and an ethical culture" in one graded
    question: a sentence under it about how the force treats its staff belongs to that
    question (ethical behaviour, its theme), as one about ethics does; "treating the
    workforce fairly" was a question only from 2016 (two of three blind readers of such
    pages filed the staff sentences under the question)."""
    rep = _read(tmp_path, "PEEL: Police legitimacy 2015\n\nAn inspection of Wessex Constabulary\n\nFebruary 2016",
                "To what extent does practice and behaviour reinforce the wellbeing of staff and an ethical culture?\n\n"
                "The constabulary asks its officers and staff what they think through an annual survey and acts on "
                "the results.\n\n"
                "Every officer we met understood the Code of Ethics and how it applies to decisions about gifts and "
                "hospitality.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["The"] == "ethical_behaviour"
    assert got["Every"] == "ethical_behaviour"


@pytest.mark.parametrize("text, taxonomy_id, key", [
    ("The constabulary is good at preventing crime and anti-social behaviour and at tackling serious and organised "
     "crime.", "peel_2016", "preventing_crime"),
    ("It is good at investigating crime and protecting vulnerable people, particularly victims of stalking.",
     "peel_2016", "investigating_crime"),
    ("The force is outstanding at protecting vulnerable people and managing offenders and suspects.",
     "peel_2023_25", "protecting_vulnerable"),
])
def test_a_sentence_naming_two_areas_is_filed_under_the_first(text, taxonomy_id, key):
    """Readers file "good at X and at Y" under X, the area named first; a sentence
    naming two areas used to get no theme at all."""
    from extractor.classify.themes import _named_theme
    from extractor.understand.themes import builtin_taxonomies

    taxonomy = {t.id: t for t in builtin_taxonomies()}[taxonomy_id]
    theme = _named_theme(text, taxonomy)
    assert theme is not None and theme.key == key


def test_main_findings_under_an_area_keep_its_theme(tmp_path):
    """PEEL area sections have their own "Main findings": a sentence there about online
    child abuse referrals is the offender area's, not protecting vulnerable people's."""
    rep = _read(tmp_path, "PEEL 2023–25: An inspection of Wessex Police\n\nMarch 2025",
                "Managing offenders and suspects\n\n"
                "The force requires improvement at managing offenders and suspects.\n\n"
                "Main findings\n\n"
                "The team that deals with referrals about online child abuse images has too much work for its size.\n\n"
                "Some referrals waited months before officers acted on them.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["The"] == got["Some"] == "managing_offenders"


def test_a_report_wide_findings_heading_above_an_area_resets_it():
    """"Key findings" as a heading of a higher level than the area before it is the
    report's, not the area's: its sentences take themes by content."""
    from extractor.pipeline import Options, build_report
    from extractor.records import Block, ParsedDocument

    blocks = [Block(kind="heading", text="Investigating crime", page=1, level=2),
              Block(kind="para", text="Investigators do not always plan their work.", page=1),
              Block(kind="heading", text="Key findings", page=2, level=1),
              Block(kind="para", text="The force answers emergency calls quickly and keeps callers informed.", page=2)]
    doc = ParsedDocument(source="synthetic", report_id="1", blocks=blocks,
                         cover_text="PEEL 2023–25: An inspection of Wessex Police\nPublished March 2025")
    rep = build_report(doc, Options(report_type="peel_2021"))
    got = {f.text.split()[1]: f.theme_key for f in rep.findings}
    assert got["force"] != "investigating_crime"


def test_a_crime_data_integrity_finding_takes_the_part_of_recording_it_names(tmp_path):
    """A crime data integrity inspection reports on one subject in three parts: a
    sentence about the action plan, the audit team or the training is filed under its
    part, not under crime recording, while the recording rate stays crime recording."""
    rep = _read(tmp_path, "Crime data integrity re-inspection 2018: Wessex Police\n\nPublished May 2018",
                "Overall judgment\n\n"
                "We estimate that the force records 91 percent of reported crimes, and its recording rate has risen.\n\n"
                "We found the force has:\n\n"
                "• drawn up an action plan to answer our 2014 recommendations;\n"
                "• set up a validation team that checks incident logs every morning; and\n"
                "• given call handlers and patrol officers new training on the recording rules.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["We"] == "crime_recording"
    assert (got["drawn"], got["set"], got["given"]) == ("leadership_governance", "systems_processes", "people_skills")


@pytest.mark.parametrize(("report_type", "year", "expected"), [
    ("peel_2021", 2022, "peel_2021_22"),
    ("peel_2021", 2024, "peel_2023_25"),
    ("peel_2014_2019", 2016, "peel_2015"),
    ("peel_2014_2019", 2018, "peel_2017"),
    ("peel_2014_2019", 2019, "peel_2018_19"),
])
def test_a_given_report_type_takes_the_taxonomy_of_the_publication_year(report_type, year, expected):
    """With --report-type and nothing in the title or headings naming the programme (a
    press release, a letter), the year decides between the family's taxonomies: a 2024
    release is not given the 2021/22 area names, nor a 2018 page the 2014 questions."""
    from extractor.understand.family import choose_taxonomy
    from extractor.understand.themes import builtin_taxonomies

    family, taxonomy = choose_taxonomy("Inspectors publish findings on Wessex Police", [], year,
                                       builtin_taxonomies(), report_type)
    assert family == report_type
    assert taxonomy is not None and taxonomy.id == expected


def test_an_inspection_of_police_custody_is_filed_under_custody_throughout(tmp_path):
    """A joint custody inspection (HM Inspectorate of Prisons with the police inspectorate)
    is the police inspectorate's report too: it is not set aside as another inspectorate's,
    and its findings on health care, the use of force or children are all custody findings,
    while its introduction stays without theme."""
    rep = _read(tmp_path, "Report on an unannounced inspection visit to police custody suites in Wessex\n\n"
                "HM Inspectorate of Prisons and HM Inspectorate of Constabulary\n\nPublished May 2016",
                "1. Introduction\n\nThis report is one of a series on police custody across the country.\n\n"
                "2. Health care\n\nDetainees with mental health needs were seen by liaison nurses quickly.\n\n"
                "3. Treatment and conditions\n\nThe force used restraint on children without recording why.\n")
    assert rep.report_type == "custody_inspection"
    assert rep.publisher == "HM Inspectorate of Prisons and HMIC"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert {k: v for k, v in got.items() if k != "Synthetic"} == {"This": None, "Detainees": "custody", "The": "custody"}


@pytest.mark.parametrize("year", [2019, 2024])
def test_a_later_custody_inspection_is_themed_under_that_years_areas(tmp_path, year):
    """PEEL 2015 inspected custody as an area of its own; the frameworks after it have no
    custody area, and readers of a 2019 or 2024 custody inspection file its findings
    under that year's areas by what each is about (the detainee with mental health needs
    under protecting vulnerable people, the suites' senior leaders under leadership), not
    under a 2015 theme the report's readers never saw."""
    rep = _read(tmp_path, "Report on an unannounced inspection visit to police custody suites in Wessex\n\n"
                f"HM Inspectorate of Prisons and HM Inspectorate of Constabulary\n\nPublished May {year}",
                "1. Introduction\n\nThis report is one of a series on police custody across the country.\n\n"
                "2. Leadership, accountability and partnerships\n\n"
                "Senior leaders did not oversee the use of force in the suites.\n\n"
                "3. Health care\n\nDetainees with mental health needs were seen by liaison nurses quickly.\n")
    assert rep.report_type == "custody_inspection"
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert "custody" not in got.values()
    assert got["Detainees"] == "protecting_vulnerable"
    assert got["Senior"] == "leadership"


def test_a_crime_data_integrity_reports_cause_of_concern_is_about_crime_recording_not_its_last_question(tmp_path):
    """A crime data integrity inspection sets its cause of concern and areas for improvement
    after its three questions: they are about the report's subject (or what each says),
    not the leadership question that happens to come last."""
    rep = _read(tmp_path, "Wessex Constabulary: how accurately crime is recorded – crime data integrity, 2017\n\n"
                "Published November 2017",
                "How well does the force demonstrate the leadership and culture necessary to meet the national "
                "standards for crime-recording?\n\n"
                "Chief officers chair a monthly board that oversees recording performance.\n\n"
                "Cause of concern\n\n"
                "Wessex Constabulary fails to record too many reported violent crimes.\n\n"
                "Areas for improvement\n\n"
                "The constabulary should record crimes reported by other professionals correctly.\n")
    assert rep.report_type.startswith("crime_data_integrity")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["Chief"] == "leadership_governance"
    assert got["Wessex"] == "crime_recording"
    assert got["The"] != "leadership_governance"


@pytest.mark.parametrize(("title", "key"), [
    ("Honour-based violence inspection 2015: findings for Wessex Police", "honour_based_violence"),
    ("Targeting the risk: firearms licensing in Wessex Police", "firearms_licensing"),
])
def test_an_inspection_of_a_subject_peel_2015_inspected_on_its_own_is_filed_under_it(tmp_path, title, key):
    """PEEL 2015's other inspections (honour-based violence, firearms licensing, custody)
    are themes of their own: a report whose title names one is about it throughout, even
    where a sentence touches domestic abuse, training or recording; its introduction
    stays without theme, as a custody inspection's does."""
    rep = _read(tmp_path, f"{title}\n\nPublished December 2015",
                "1. Introduction\n\nThis summary sets out what we found in one force.\n\n"
                "2. Leadership and governance\n\nNo chief officer had clear responsibility for this work.\n\n"
                "3. Protection\n\nRisk assessments for victims of domestic abuse include the right questions.\n\n"
                "Officers recorded the crimes correctly but few had been trained.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert {k: v for k, v in got.items() if k != "Synthetic"} == {"This": None, "No": key, "Risk": key,
                                                                 "Officers": key}


@pytest.mark.parametrize(("heading", "expected"), [
    ("Protecting vulnerable people and supporting victims", "protecting_vulnerable"),
    ("Investigating crimes involving vulnerable people", None),
])
def test_a_heading_made_of_one_areas_own_names_names_it(heading, expected):
    """A heading that joins an area's short name to more words of its long one names the
    area, though no one name holds all of it; a heading with a word of its own is a topic."""
    from extractor.understand.themes import builtin_taxonomies, match_heading

    tax = next(t for t in builtin_taxonomies() if t.id == "peel_2017")
    theme = match_heading(heading, tax)
    assert (theme.key if theme else None) == expected


def test_a_sentence_that_grades_an_area_is_about_that_area_under_any_heading(tmp_path):
    """A news article's crosshead is no area section for the grades listed under it: a
    sentence that states one area's grade takes that area as its theme."""
    rep = _read(tmp_path, "Wessex Police told to improve its response to vulnerable people\n\n3 May 2024",
                "Protecting vulnerable people\n\n"
                "Inspectors said the force does not always spot vulnerable callers.\n\n"
                "Managing offenders and suspects was rated adequate.\n", kind="article")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["Inspectors"] == "protecting_vulnerable"
    assert got["Managing"] == "managing_offenders"



_CLOSURE_BODY = (
    "Closure of cause of concern\n\n"
    "I am writing to confirm that we have closed the cause of concern we raised after our 2024 inspection "
    "of the constabulary.\n\n"
    "Cause of concern\n\n"
    "The constabulary was not managing the risks posed by registered sex offenders in the community well "
    "enough.\n\n"
    "Our findings\n\n"
    "Visits to people on the register had fallen behind, and managers did not know how far.\n\n"
    "Supervisors now read a weekly summary of overdue visits and move staff to clear them.\n\n"
    "The backlog has fallen from over two hundred cases to fewer than thirty.\n"
)


@pytest.mark.parametrize("title, opening, kind", [
    ("Closure of cause of concern", "", "revisit_letter"),
    ("Northmoor Police: closing the cause of concern", "", "revisit_letter"),
    ("Northmoor Police", "I am writing to update you on the cause of concern we raised last year.",
     "cause_of_concern_letter"),
])
def test_a_letter_is_known_by_a_closure_title_or_the_first_line_of_its_body(title, opening, kind):
    """A copy of a letter often starts below the salutation ("I am writing to …"), and a
    closure letter's title says "closure of cause of concern" rather than "cause of concern
    closed"."""
    from extractor.understand.family import detect_kind

    assert detect_kind(title, "", opening, "2025-01") == kind


def test_the_sentence_under_a_bare_cause_of_concern_heading_names_the_letters_theme(tmp_path):
    """Under "Cause of concern" with no topic, the first sentence states the concern: the
    letter's findings about overdue visits and their backlog are about managing offenders,
    not about vulnerable people or leadership."""
    rep = _read(tmp_path, "Northmoor Police\n\nFebruary 2025", _CLOSURE_BODY, kind="letter")
    assert rep.report_type == "revisit_letter"
    themed = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert themed["Visits"] == themed["Supervisors"] == "managing_offenders"


def test_a_letter_read_with_a_report_type_is_still_read_as_a_letter(tmp_path):
    """--report-type names the family; a letter within it still has its concern run through
    it, and the output keeps the report type the user gave."""
    from extractor import read_report
    from extractor.pipeline import Options

    p = tmp_path / "letter.txt"
    p.write_text("Synthetic test letter: not a real inspection and not the inspectorate's words.\n\n"
                 f"Northmoor Police\n\nFebruary 2025\n\n{_CLOSURE_BODY}", encoding="utf-8")
    rep = read_report(p, Options(report_type="peel_2021"))
    assert rep.report_type == "peel_2021"
    themed = {f.text.split()[0]: f.theme_key for f in rep.findings}
    # the opening that closes the concern is about it too (read as a report, crime recording)
    assert themed["I"] == themed["Visits"] == themed["Supervisors"] == "managing_offenders"


@pytest.mark.parametrize("text, key", [
    ("Inspectors found the constabulary good at preventing and deterring crime – but it must improve how it "
     "deals with calls.", "preventing_crime"),
    ("My main worry is how effectively it investigates crime and protects people at risk.", "investigating_crime"),
    ("It was rated inadequate in two areas, among them how it investigates crime and answers calls.",
     "investigating_crime"),
])
def test_a_sentence_naming_several_activities_is_about_the_first(text, key):
    """"good at preventing and deterring crime – but …" and "how it investigates crime and
    protects …": readers file a sentence that names two areas under the first; the
    judgement ends at its turn, and the next activity starts at "and" + a verb."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2023_25"))
    assert theme is not None and theme.key == key


@pytest.mark.parametrize("text", [
    "The force was also commended for the way it keeps people safe and reduces crime in a legitimate way.",
    "The extent to which the constabulary is effective at keeping people safe and reducing crime is good.",
    "Inspectors judged it good in the way it treats the public and its workforce.",
])
def test_a_pillar_in_activity_words_names_no_area(text):
    """"keeps people safe and reduces crime" and "treats the public and its workforce" are the
    PEEL pillars (effectiveness, legitimacy), not the preventing-crime or fairness area."""
    from extractor.classify.themes import _named_theme

    for id_ in ("peel_2016", "peel_2017", "peel_2018_19"):
        assert _named_theme(text, tax(id_)) is None, id_


@pytest.mark.parametrize("text, key", [
    ("Inspectors praised its treatment of the public and its work with young people.", "treating_public_fairly"),
    ("The force must improve its management of registered sex offenders.", "managing_offenders"),
    ("The report criticised the safeguarding of vulnerable people in the north of the county.",
     "protecting_vulnerable"),
    ("The chief welcomed what the report said about its crime investigations.", "investigating_crime"),
    ("Wessex Police must improve its responses to the public, the report says.", "responding_to_public"),
    ("It rated the force inadequate in its ability to respond to the public and to investigate crime.",
     "responding_to_public"),
    ("The force was told it must improve how it “responds to the public”.", "responding_to_public"),
])
def test_an_area_named_as_a_noun_is_named(text, key):
    """"its treatment of the public", "the management of registered sex offenders": the area
    named as a noun rather than as the activity its name says."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2023_25"))
    assert theme is not None and theme.key == key


@pytest.mark.parametrize("text, key", [
    ("The constabulary must find a further £14m of savings by 2020 and has already planned most of them.",
     "planning_future"),
    ("Its financial and workforce plans look well beyond the end of the current spending review.",
     "planning_future"),
    ("Shared services with two neighbouring forces give good value for money.", "use_of_resources"),
])
def test_money_and_people_for_the_years_ahead_are_planning_for_the_future(tmp_path, text, key):
    """In PEEL's efficiency questions before 2021, savings still to make and financial and
    workforce plans are planning for the future, a question of its own; value for money and
    present use of resources stay the use of resources."""
    rep = _read(tmp_path, "PEEL: Police efficiency 2015\nAn inspection of Wessex Constabulary\n\nFebruary 2016",
                f"Summary\n\n{text}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[text] == key


def test_a_release_about_a_forces_crime_recording_takes_that_inspections_parts(tmp_path):
    """A news release on a crime data integrity report whose title names neither programme
    ("… to record their crimes, inspectors find") is read against the recording
    inspection's parts, not the PEEL areas of its year; a PEEL letter with one cause of
    concern about recording, among much else, keeps the PEEL areas."""
    release = _read(tmp_path, "Callers can rely on Ashcombe Police to record their crimes, inspectors find\n\n"
                    "Press release, 9 March 2018",
                    "Ashcombe Police records crime accurately, the inspectorate has found today. Inspectors "
                    "judged its crime recording good and estimate that it records 93 percent of the crimes "
                    "reported to it.\n\nWhat inspectors found\n\nThe force crime registrar has the firm support "
                    "of chief officers. Some crimes disclosed later in an inquiry are still not recorded.\n",
                    kind="release")
    keys = {f.theme_key for f in release.findings} - {None}
    assert keys and keys <= {"crime_recording", "leadership_governance", "systems_processes", "people_skills"}
    letter = _read(tmp_path, "Ashcombe Police: causes of concern\n\nLetter, 4 May 2023",
                   "Dear Chief Constable\n\nI am writing to set out our causes of concern. The first is how the "
                   "force records crime and how it records crimes reported by other agencies. The second is how "
                   "it answers 999 calls and responds to the public. The third is its investigations and how it "
                   "safeguards vulnerable victims, and the fourth how it manages offenders in its "
                   "neighbourhoods. Crime recording will be checked again next year.\n", kind="letter")
    keys = {f.theme_key for f in letter.findings} - {None}
    # (crime_recording is a key of both families: a PEEL-only area shows the PEEL taxonomy)
    assert keys & {"responding_to_public", "investigating_crime", "protecting_vulnerable", "managing_offenders"}
    assert not keys & {"leadership_governance", "systems_processes", "people_skills"}
    # a release on a PEEL report that is mostly about recording, from a year when recording
    # is a PEEL area, keeps the PEEL areas for the rest of what it says
    peel = _read(tmp_path, "Ashcombe Police must improve how it records crime, inspectors find\n\n"
                 "Press release, 4 March 2024",
                 "Ashcombe Police must record crime more accurately, the inspectorate said today in its latest PEEL "
                 "report. Inspectors found the force does not record crime at the first opportunity, and too many "
                 "crimes reported by other agencies go unrecorded.\n\nThe force answers emergency calls quickly.\n",
                 kind="peel-release")
    got = {f.text: f.theme_key for f in peel.findings}
    assert got["The force answers emergency calls quickly."] == "responding_to_public"


@pytest.mark.parametrize("text, key", [
    ("Its victim care unit is well established and gives every victim of a recorded crime access to "
     "support services.", "systems_processes"),
    ("Most missed crimes were lost because staff did not understand the crime-recording rules well "
     "enough.", "people_skills"),
    ("The force has drawn up and put into effect a crime data integrity plan.", "leadership_governance"),
])
def test_a_recording_inspections_findings_take_the_part_they_name(tmp_path, text, key):
    """In a crime data integrity inspection (2016–2019) a finding about the victim support
    service or the recording timescale belongs to systems and processes, one about staff
    understanding of the rules to people and skills, a recording plan to leadership and
    governance: the part it names, not the inspection's subject."""
    rep = _read(tmp_path, "Wessex Police: Crime Data Integrity inspection 2017\n\nJune 2017",
                f"Summary\n\n{text}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[text] == key


@pytest.mark.parametrize("text", [
    "Mobile devices save each response officer about an hour a shift.",
    "Its officers are deployed sensibly against current and future demand.",
])
def test_present_use_of_resources_is_not_planning_for_the_future(tmp_path, text):
    """"Save" as time saved now, and demand "current and future", are the use of resources,
    not planning for the future (a review found both moved by the years-ahead rule)."""
    rep = _read(tmp_path, "PEEL: Police efficiency 2015\nAn inspection of Wessex Constabulary\n\nFebruary 2016",
                f"Summary\n\n{text}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[text] != "planning_future"


def test_a_theme_shows_the_name_its_years_reports_use_and_no_key_is_given_twice(tmp_path):
    """A key given twice in a taxonomy file keeps only its last value in Python: PEEL
    2018/19's protecting-vulnerable theme was shown as "National child protection
    inspection", a wording meant as an alias. Such a file is now refused, naming it."""
    from extractor.errors import UsageError
    from extractor.understand.themes import load_taxonomy

    theme = next(t for t in tax("peel_2018_19").themes if t.key == "protecting_vulnerable")
    assert theme.name == "Protecting vulnerable people"
    assert "Child protection" in theme.aliases
    assert not any(t.name == "National child protection inspection" for x in builtin_taxonomies() for t in x.themes)
    bad = tmp_path / "mine.json"
    bad.write_text('{"id": "mine", "themes": [{"id": "a", "name": "One", "name": "Two"}]}', encoding="utf-8")
    with pytest.raises(UsageError, match="mine.json"):
        load_taxonomy(bad)


def test_the_themes_table_in_docs_is_the_one_the_taxonomies_make():
    """docs/themes.md says which names each year's reports use and where each was checked;
    a taxonomy changed without regenerating it leaves readers a stale table."""
    from themes_table import ROOT, table

    assert (ROOT / "docs" / "themes.md").read_text(encoding="utf-8") == table(), \
        "run python tools/themes_table.py"


@pytest.mark.parametrize("text", [
    "Officers who respond to public order incidents are well trained and equipped.",
    "The force responded to the public inquiry's recommendations within a month.",
    "It has responded to the public consultation on its estates strategy.",
])
def test_public_as_an_adjective_names_no_response_to_the_public(text):
    """"respond to public order incidents", "the public inquiry": "public" describes
    something else; the area is "responding to the public" only with the public as such."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2023_25"))
    assert theme is None or theme.key != "responding_to_public"



@pytest.mark.parametrize("text, key", [
    ("Too many people who ring 101 give up before anyone speaks to them.", "responding_to_public"),
    ("Too many callers to 101 still hang up before their call is answered.", "responding_to_public"),
])
def test_a_summary_sentence_in_its_areas_own_words_takes_that_area(tmp_path, text, key):
    """The theme model, which leaves a short summary sentence without a theme when "no
    theme" is far likelier, is overruled when the sentence uses the area's own words
    ("101") for the theme the model puts first: a reader files it under that area."""
    rep = _read(tmp_path, "PEEL 2023–25: An inspection of Wessex Constabulary\n\nMay 2024",
                f"Summary\n\nThe constabulary has made progress in some areas since our last inspection.\n\n{text}\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[text] == key


def test_thanks_that_name_a_leadership_keyword_stay_without_theme(tmp_path):
    """A thank-you to "the chief constable, her officers and staff" names a leadership keyword
    but is about no area: only a distinctive keyword the theme model also leans to overrules
    its "no theme"."""
    text = "I am grateful to the chief constable, her officers and staff for their help during this inspection."
    rep = _read(tmp_path, "PEEL 2023–25: An inspection of Wessex Constabulary\n\nMay 2024",
                f"Summary\n\n{text}\n\nToo many people who ring 101 give up before anyone speaks to them.\n")
    got = {f.text: f.theme_key for f in rep.findings}
    assert got[text] is None
    assert got["Too many people who ring 101 give up before anyone speaks to them."] == "responding_to_public"


def test_questions_a_year_kept_apart_take_their_own_sentences(tmp_path):
    """Vetting is the workforce's ethical behaviour where the year's legitimacy questions keep
    it apart (2014–2019), and its workforce area from 2021; anti-social behaviour is a question
    of its own in 2014 unless the sentence is about preventing crime as well."""
    rep = _read(tmp_path, "PEEL: Police legitimacy 2016 – An inspection of Wessex Constabulary\n\nDecember 2016",
                "How legitimate is the force at keeping people safe and reducing crime?\n\n"
                "The force treats the people it serves with fairness and respect.\n\n"
                "Officers know how to report a colleague they suspect of corruption.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if f.section and f.section.startswith("How legitimate")}
    assert got["Officers"] == "ethical_behaviour"
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Wessex Constabulary\n\nMay 2022",
                "Summary\n\nOfficers know how to report a colleague they suspect of corruption.\n")
    assert {f.theme_key for f in rep.findings if f.text.startswith("Officers")} <= {"workforce", None}
    rep = _read(tmp_path, "PEEL: Police effectiveness 2014 – An inspection of Wessex Constabulary\n\nNovember 2014",
                "How effective is the force at keeping people safe and reducing crime?\n\n"
                "Neighbourhood teams were quick to act on local anti-social behaviour problems.\n\n"
                "The force works with partners to prevent crime and anti-social behaviour in its towns.\n")
    got = {f.text.split()[0]: f.theme_key for f in rep.findings if f.section and f.section.startswith("How effective")}
    assert got == {"Neighbourhood": "tackling_asb", "The": "preventing_crime"}


@pytest.mark.parametrize("text, key", [
    ("It is judged good at making sure its officers and staff behave ethically and lawfully and good at treating "
     "its workforce with fairness and respect.", "ethical_behaviour"),
    ("The constabulary is good at treating all of the people it serves with fairness and respect and outstanding "
     "at treating its workforce with fairness and respect.", "treating_public_fairly"),
])
def test_a_sentence_judging_two_areas_is_filed_under_the_first(text, key):
    """"good at X and good at Y": the judgement of X ends where the second begins, so the
    area named first is not lost to the one named last."""
    from extractor.classify.themes import _named_theme

    theme = _named_theme(text, tax("peel_2017"))
    assert theme is not None and theme.key == key


def test_investment_and_the_skills_it_will_need_are_planning_for_the_future(tmp_path):
    """Under PEEL 2018/19's efficiency pillar, money spent on technology, the skills the
    force will need and demand as it is likely to change are planning for the future."""
    rep = _read(tmp_path, "PEEL 2018/19: An inspection of Wessex Constabulary\n\nSeptember 2019",
                "How efficiently does the force operate and how sustainable are its services?\n\n"
                "It has invested heavily in new ICT.\n\n"
                "It knows how demand is likely to change over the coming years.\n")
    got = {f.text.split()[1]: f.theme_key for f in rep.findings if f.section and f.section.startswith("How efficiently")}
    assert got == {"has": "planning_future", "knows": "planning_future"}


def test_a_news_release_takes_its_topics_in_turn(tmp_path):
    """A news release's headings are its topics one after another, as a letter's are:
    "Investigations" after "Managing offenders and suspects" starts investigating crime,
    not a part of managing offenders."""
    from extractor import Options, read_report

    path = tmp_path / "release.txt"
    path.write_text(
        "Harbury Police praised for its work with offenders\n\nNews release\n\n"
        "Synthetic test document: this is not a real news release, and the force it describes is fictional.\n\n"
        "Published 3 March 2025\n\n"
        "Inspectors have published their PEEL 2023–2025 report on Harbury Police.\n\n"
        "Managing offenders and suspects\n\n"
        "The force is outstanding at managing offenders and suspects.\n"
        "Its officers visit registered sex offenders on time.\n\n"
        "Investigations\n\n"
        "Too many investigations lack a plan, and supervisors seldom check them.\n"
        "Victims are not always told when their case is closed.\n", encoding="utf-8")
    report = read_report(path, Options())
    assert report.report_type == "press_release"
    themes = {f.text: f.theme_key for f in report.findings}
    assert themes["Its officers visit registered sex offenders on time."] == "managing_offenders"
    assert themes["Victims are not always told when their case is closed."] == "investigating_crime"


#: Four findings of a child protection inspection, all about protecting vulnerable people.
_CHILD_PROTECTION_FINDINGS = (
    "Officers ask about children living at every domestic abuse incident they attend.\n\n"
    "Referrals about children at risk of exploitation reach social care within a day.\n\n"
    "Children who go missing repeatedly are assessed after each episode.\n\n"
    "Strategy meetings about children at risk of harm are held promptly.\n\n")


def _thematic_themes(tmp_path, text: str) -> dict[str, str | None]:
    """The theme key of each finding of a plain-text report read as a thematic one."""
    from extractor import read_report
    from extractor.pipeline import Options

    p = tmp_path / "thematic.txt"
    p.write_text(text, encoding="utf-8")
    return {f.text: f.theme_key for f in read_report(p, Options(report_type="thematic")).findings}


def test_a_thematic_release_files_what_names_no_area_under_its_subject(tmp_path):
    """A child protection release is about protecting vulnerable people throughout: a lead-in
    ("Inspectors were disappointed to find:") that names no area takes the theme most of its
    themed findings share, as readers of real pages file it; its method section, and the
    lines before its first heading, keep none."""
    themes = _thematic_themes(
        tmp_path, "Synthetic test release: not a real inspection and not the inspectorate's words.\n\n"
                  "Child protection in Harbury: what inspectors found\n\nPublished March 2024\n\n"
                  "About this inspection\n\nWe returned to Harbury Police in January 2024.\n\n"
                  "Findings\n\n" + _CHILD_PROTECTION_FINDINGS.replace("Officers ask", "Officers now ask")
                  + "Inspectors were disappointed to find:\n\n"
                  "There is still a long way to go.\n")
    assert themes["Inspectors were disappointed to find:"] == "protecting_vulnerable"
    assert themes["We returned to Harbury Police in January 2024."] is None
    assert themes["Synthetic test release: not a real inspection and not the inspectorate's words."] is None


@pytest.mark.xfail(strict=True, reason="the theme model retrained on other writers' reports (December 2026) files it differently; the gold is unchanged")
def test_a_thematic_report_that_turns_between_areas_has_no_subject_to_fill_with(tmp_path):
    """Findings split evenly between two areas give no subject: what names no area keeps
    none, rather than taking whichever area came first. Neutral lines and a foreword keep
    none in any case."""
    themes = _thematic_themes(
        tmp_path, "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
                  "Stalking and harassment in Harbury: what inspectors found\n\nPublished May 2024\n\n"
                  "Foreword\n\nI am glad to present this report.\n\n"
                  "Findings\n\n"
                  "Detectives gather digital evidence from phones quickly in most stalking cases.\n\n"
                  "Investigations of harassment are supervised at every stage.\n\n"
                  "Charging decisions in stalking cases are made promptly.\n\n"
                  "Suspects are interviewed within days of a report.\n\n"
                  + _CHILD_PROTECTION_FINDINGS + "There is a long way to go.\n")
    assert themes["There is a long way to go."] is None
    assert themes["I am glad to present this report."] is None


def test_our_recommendations_ends_the_theme_of_the_topic_before_it():
    """A letter's last area ("Protecting vulnerable people") is no theme for what is listed
    under "Our recommendations" after it: that heading ends the area, as "Recommendations"
    does, and each item takes the theme its own words point to."""
    from extractor.records import Block, Sentence
    from extractor.understand.sections import place_sentences
    from extractor.understand.themes import builtin_taxonomies

    taxonomy = next(t for t in builtin_taxonomies() if t.id == "peel_2021_22")

    def sent(text: str, i: int) -> Sentence:
        return Sentence(text=text, page=1, section=None, kind="para", index=i)

    items = [(Block("Protecting vulnerable people", "heading", level=2), []),
             (Block("x", "para"), [sent("The force now reviews every report of a missing child within an hour.", 0)]),
             (Block("Our recommendations", "heading", level=2), []),
             (Block("y", "para"), [sent("We made one recommendation about call handling.", 1)])]
    placed = list(place_sentences(items, taxonomy))
    assert placed[0].theme is not None and placed[0].theme.key == "protecting_vulnerable"
    assert placed[1].theme is None and placed[1].section == "Our recommendations"


#: The last area of a PEEL 2021/22 report before a list of areas for improvement.
_LAST_AREA = ("Strategic planning, organisational management and value for money\n\n"
              "The force's financial plans are sound and its estate is well maintained.\n\n")


#: A list whose items are each about another area than the one before it.
_OTHER_AREAS_LIST = (
    "To improve further, the force should:\n\n"
    "• record the reasons victims give when they withdraw their support for an investigation;\n"
    "• make sure officers reach emergency and priority incidents within its published attendance times;\n"
    "• review how it uses release under investigation for suspects of domestic abuse;\n"
    "• check a sample of body-worn video of stop and search encounters every month.\n")


def test_the_reports_own_list_of_areas_for_improvement_is_themed_by_its_items(tmp_path):
    """Set after the last area, a report-wide "Areas for improvement" list looks, in plain
    text, like that area's own list; its items, each about another area, give it away."""
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Northmoor Police\n\nMarch 2022",
                _LAST_AREA + "Areas for improvement\n\n"
                + _OTHER_AREAS_LIST)
    items = {f.text.split()[0]: f.theme_key for f in rep.findings if f.kind == "bullet"}
    assert items["record"] in ("victim_service", "investigating_crime")  # readers differ
    assert items["make"] == "responding_to_public"
    assert items["check"] == "treating_public_fairly"
    assert "use_of_resources" not in items.values()


def test_the_reports_own_list_with_two_items_of_the_last_area_is_themed_by_its_items(tmp_path):
    """A PEEL 2015 effectiveness report closes with one list for all its questions: three
    points on investigation, three on vulnerability, two on the last question's organised
    crime. Two items of the last area's own do not make the list that area's, when two other
    areas have two items each or more and together twice as many."""
    rep = _read(
        tmp_path, "PEEL: Police effectiveness 2015\n\nAn inspection of Northmoor Police\n\nFebruary 2016",
        "How effective is the force at tackling serious and organised crime?\n\n"
        "The force requires improvement at tackling serious and organised crime.\n\n"
        "Areas for improvement\n\n"
        "The force should:\n\n"
        "• give every investigation to an officer trained for it and have a supervisor review it;\n"
        "• bring integrated offender management to every part of the county;\n"
        "• keep a reliable list of wanted suspects and trace them quickly;\n"
        "• find out whether its training on vulnerability has changed how officers work;\n"
        "• have specialist staff review every domestic abuse risk assessment;\n"
        "• raise the standard of safeguarding referrals in the rural districts;\n"
        "• draw on more sources of intelligence about organised crime groups;\n"
        "• tell neighbourhood officers which organised crime groups are active locally.\n")
    items = {f.text.split()[1]: f.theme_key for f in rep.findings if f.kind == "bullet"}
    assert items["every"] == "investigating_crime"
    assert items["specialist"] == "protecting_vulnerable"
    assert "serious_organised_crime" in (items["on"], items["neighbourhood"])


def test_an_areas_own_list_of_areas_for_improvement_keeps_its_theme(tmp_path):
    """The same heading after an area, with items about that area, is the area's own list."""
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Northmoor Police\n\nMarch 2022",
                _LAST_AREA + "Areas for improvement\n\n"
                "The force should:\n\n"
                "• show how it will pay for its extra officers once national funding ends;\n"
                "• set out how its savings plans will affect the service it gives;\n"
                "• make sure its workforce plan matches the skills it will need.\n")
    items = [f.theme_key for f in rep.findings if f.kind == "bullet"]
    assert items and set(items) == {"use_of_resources"}


def test_an_areas_own_list_between_areas_keeps_its_theme_whatever_its_items(tmp_path):
    """A list that another area's section follows is that area's own, in the order of the
    report, even where its items read like other areas': only the list after the last area
    can be the report's."""
    rep = _read(tmp_path, "PEEL 2021/22: An inspection of Northmoor Police\n\nMarch 2022",
                _LAST_AREA + "Areas for improvement\n\n"
                + _OTHER_AREAS_LIST + "\n"
                "Building, supporting and protecting the workforce\n\n"
                "The force looks after the wellbeing of its people well.\n")
    items = [f.theme_key for f in rep.findings if f.kind == "bullet"]
    assert len(items) == 4 and set(items) == {"use_of_resources"}


def test_a_releases_next_heading_that_names_no_area_ends_the_last_area(tmp_path):
    """In a news release, "Leadership, resources and fairness" after "Managing offenders"
    is the release's next topic, not a part of managing offenders: its sentences take the
    themes their content points to, and "What the inspector said" carries no area."""
    rep = _read(
        tmp_path, "Inspectorate finds Northmoor Police inadequate in four areas of policing\n\nNews release, 10 April 2025",
        "The police inspectorate has raised serious concerns about Northmoor Police.\n\n"
        "Managing offenders\n\n"
        "Northmoor Police is inadequate at managing offenders and suspects.\n\n"
        "Leadership, resources and fairness\n\n"
        "The force is inadequate for leadership and force management.\n\n"
        "Black people in the county were far more likely to be stopped and searched than white people.\n\n"
        "What the inspector said\n\n"
        "“I cannot overstate how much Northmoor Police needs to improve,” the inspector said.\n",
        kind="release",
    )
    got = {f.text.split()[0]: f.theme_key for f in rep.findings}
    assert got["Northmoor"] == "managing_offenders"
    assert got["The"] == "leadership" and got["Black"] == "treating_public_fairly"
    assert got["“I"] != "managing_offenders"


def test_a_letter_published_under_a_letter_information_panel_is_a_letter(tmp_path):
    """The inspectorate's monitoring letters are published as web pages with a "Letter
    information" panel (From, To, CC) and often no salutation ("Thank you for …"): such a
    page is a letter, so the grades it recalls from the inspection behind it are none of its
    own."""
    rep = _read(tmp_path, "Wessex Police: move to enhanced phase of monitoring\n\n6 December 2024",
                "Letter information\n\n"
                "From: His Majesty's Inspector of Constabulary\n\n"
                "To: Chief Constable, Wessex Police\n\n"
                "Our decision\n\n"
                "Thank you for meeting us last week to discuss the findings of our inspection.\n\n"
                "In that inspection we graded the force inadequate at responding to the public.\n\n"
                "The force has not yet shown that it answers emergency calls quickly enough.\n",
                kind="letter")
    assert rep.report_type == "cause_of_concern_letter"
    assert rep.grades == {}


@pytest.mark.parametrize("title, published, expected", [
    ("Wessex Police – national child protection inspection", "2016-02", "child_protection_inspection"),
    ("Wessex Police: national child protection inspection, post-inspection review", "2023-05",
     "child_protection_inspection"),
    ("Crime-recording accuracy in Wessex Police: 2018 inspection", "2018-09", "crime_data_integrity_reinspection"),
    # the programme's national summary, no force named: a thematic
    ("National child protection inspections: findings from the first year", "2016-03", "thematic"),
    ("PEEL: Police effectiveness 2016 – An inspection of Wessex Police", "2017-03", "peel_2014_2019"),
])
def test_report_type_names_what_the_report_is(tmp_path, title, published, expected):
    """A child protection inspection is themed under its year's PEEL areas but is no PEEL
    report; a crime data integrity report of 2016-2019 is a re-inspection however its
    title spells crime recording."""
    year, month = published.split("-")
    month_name = ("January February March April May June July August September October November "
                  "December").split()[int(month) - 1]
    rep = _read(tmp_path, f"{title}\n\n{month_name} {year}",
                "Summary\n\n"
                "The force has improved how it records reports of crime since our last inspection.\n\n"
                "Officers do not always speak to children on their own when they are at risk.\n")
    assert rep.report_type == expected


@pytest.mark.parametrize("title", [
    "Report on an unannounced visit to the custody suites of Wessex Police",
    "Report on an unannounced inspection visit to police custody suites in Wessex",
])
def test_a_visit_to_custody_suites_is_a_custody_inspection(title):
    """The joint custody reports are titled as inspection visits or as visits alone; a
    revisit of a custody cause of concern is a revisit, not a custody inspection."""
    from extractor.understand.family import detect_kind

    assert detect_kind(title, "", "", "2018-06") == "custody_inspection"
    assert detect_kind("Wessex Police: revisit of the cause of concern on custody", "", "", "2018-06") == "revisit_letter"


def test_a_force_named_after_the_programmes_plural_name_is_its_child_protection_inspection():
    """"National Child Protection Inspections: <force>" is that force's inspection when the
    force is known (its family is its year's PEEL); with no force, the plural is the summary."""
    from extractor.understand.family import report_type_of

    title = "National Child Protection Inspections: Wessex Police, 8–19 July 2019"
    assert report_type_of(None, "peel_2014_2019", title) == "child_protection_inspection"
    assert report_type_of(None, "thematic", title) == "thematic"
    assert report_type_of("revisit_letter", "peel_2021", title) == "revisit_letter"
