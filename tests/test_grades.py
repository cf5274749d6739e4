"""Grades: table rows and judgement sentences, both scales, split words."""

from pathlib import Path

import pytest

from extractor.read.grade_rows import normalise_grade, parse_grade_row
from extractor.understand.grades import stated_grade
from extractor.understand.themes import builtin_taxonomies


@pytest.mark.parametrize("line,expected", [
    ("Investigating crime Requires improvement", ("Investigating crime", "requires improvement")),
    ("Protecting vulnerable people: Good", ("Protecting vulnerable people", "good")),
    ("Investigating crime   Inadeq uate", ("Investigating crime", "inadequate")),
    ("Good use of resources Adequate", ("Good use of resources", "adequate")),
    ("Specialist capabilities Not graded", ("Specialist capabilities", "not graded")),
    ("Protecting from harm those who are vulnerable, and supporting victims Requires improvement",
     ("Protecting from harm those who are vulnerable, and supporting victims", "requires improvement")),
])
def test_grade_rows(line, expected):
    assert parse_grade_row(line) == expected


@pytest.mark.parametrize("line", [
    "The force is good.", "Area Grade", "force's work with partners on a shared control centre is a good",
    "Supervision of investigations is good", "The force has been good",
])
def test_prose_is_not_a_grade_row(line):
    assert parse_grade_row(line) is None


def _taxonomy(tax_id: str):
    return next(t for t in builtin_taxonomies() if t.id == tax_id)


@pytest.mark.parametrize("text,grade,area", [
    ("We judge Wessex Constabulary to be good at investigating crime.", "good", "investigating_crime"),
    ("Wessex Police is inadequate at investigating crime.", "inadequate", "investigating_crime"),
    ("The force requires improvement in how it protects vulnerable people.", "requires improvement",
     "protecting_vulnerable"),
    ("The force is adequate at recording data about crime.", "adequate", "crime_recording"),
    ("The constabulary's recording of crime data is good.", "good", "crime_recording"),
    ("Our grade for managing offenders and suspects is inadequate.", "inadequate", "managing_offenders"),
    ("We judged that the force's response to the public requires improvement.", "requires improvement",
     "responding_to_public"),
    ("Investigating crime is an area where the constabulary requires improvement.", "requires improvement",
     "investigating_crime"),
    # "also", fronted areas, "another area", and an area named in full as the subject
    ("Its recording of data about crime is also good.", "good", "crime_recording"),
    ("In protecting vulnerable people, it is inadequate.", "inadequate", "protecting_vulnerable"),
    ("Managing offenders and suspects is another area where the force is good.", "good", "managing_offenders"),
    ("Investigating crime is a further area we judged adequate.", "adequate", "investigating_crime"),
    ("Treatment of the public is the one area that requires improvement.", "requires improvement",
     "treating_public_fairly"),
    ("Recording data about crime is adequate.", "adequate", "crime_recording"),
    ("We also judged it inadequate at investigating crime.", "inadequate", "investigating_crime"),
])
def test_judgement_sentences_name_the_graded_area(text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22"), section_theme=None)
    if grade is None:
        assert sg is None
    else:
        assert sg is not None and (sg.grade, sg.area.key if sg.area else None) == (grade, area)


@pytest.mark.parametrize("text", [
    # the grading scale, method and tallies describe grading, they grade nothing
    "Forces are graded as outstanding, good, adequate, requires improvement or inadequate.",
    "A force graded good shows most of the characteristics we expect.",
    "The force was graded good in four areas, adequate in two and requires improvement in one.",
    # sub-topics that are not graded areas
    "The force is good at recording modern slavery offences.",
    "The force is good at managing registered sex offenders online.",
    # other years and inspections
    "In 2015 we graded it as requires improvement.",
    "In our last inspection we graded this area good.",
    "This is a decline from its previous judgement of good.",
    # a judgement that goes on to criticise, conditionals and claims
    "The force is good at investigating crime, but needs to do more to support victims.",
    "If the force continues on this path, it would be good at preventing crime.",
    "The force told us it is outstanding at responding to the public.",
    # other organisations and plain description
    "The Crown Prosecution Service is good at charging decisions.",
    "Good systems exist for checking a caller's history.",
    "The quality of investigations was good in most of the files we reviewed.",
    # an overall grade needs the word: a grade with no graded object is not one
    "The force is good.",
    # a sub-topic as the subject is not a graded area, however close its words
    "Investigation quality is good.",
    "The recording of crime data about stalking is inadequate.",
    "Crime prevention in the north of the county is good.",
    # "in this area" with no section to name the area
    "The force is good in this area.",
])
def test_no_grade_is_invented(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22")) is None


@pytest.mark.parametrize("force,text,area", [
    ("Greater Manchester Police", "GMP is outstanding at protecting vulnerable people.", "protecting_vulnerable"),
    ("Metropolitan Police Service", "The Met is good at managing offenders and suspects.", "managing_offenders"),
    ("Metropolitan Police Service", "The MPS is good at managing offenders and suspects.", "managing_offenders"),
    ("Devon and Cornwall Police", "Devon & Cornwall Police is good at investigating crime.", "investigating_crime"),
])
def test_every_name_of_the_force_is_its_subject(force, text, area):
    sg = stated_grade(text, force=force, taxonomy=_taxonomy("peel_2021_22"))
    assert sg is not None and sg.area is not None and sg.area.key == area
    # ... and no other force's name is
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22")) is None


def test_overall_and_pillars_only_when_stated():
    tax = _taxonomy("peel_2016")
    sg = stated_grade("Overall, the force is good.", force=None, taxonomy=tax)
    assert sg is not None and (sg.name, sg.grade) == ("Overall", "good")
    sg = stated_grade("HMIC judges Lancashire Constabulary to be good at keeping people safe and reducing crime.",
                      force="Lancashire Constabulary", taxonomy=tax)
    assert sg is not None and (sg.name, sg.grade) == ("Effectiveness", "good")
    sg = stated_grade("We judged this area good.", force=None, taxonomy=tax, section_theme=tax.themes[0])
    assert sg is not None and sg.area == tax.themes[0]
    # "adequate" came with the five-point scale in 2021: a 2016 report never gives it
    assert stated_grade("We judged this area adequate.", force=None, taxonomy=tax, section_theme=tax.themes[0]) is None
    # PEEL from 2021 gives no overall grade
    assert stated_grade("Overall, the force is good.", force=None, taxonomy=_taxonomy("peel_2023_25")) is None
    sg = stated_grade("This area is not graded.", force=None, taxonomy=tax, section_theme=tax.themes[4])
    assert sg is not None and (sg.grade, sg.area) == ("not graded", tax.themes[4])


@pytest.mark.parametrize("tax_id,text,grade,area", [
    # the object in other word forms: "management of", "work to", a place after the subject
    ("peel_2023_25", "Wessex Constabulary's management of offenders and suspects is good.", "good", "managing_offenders"),
    ("peel_2023_25", "The constabulary's work to investigate crime is inadequate.", "inadequate", "investigating_crime"),
    ("peel_2023_25", "We judged the force's approach to protecting vulnerable people to be adequate.", "adequate",
     "protecting_vulnerable"),
    ("peel_2023_25", "Leadership and force management in Wessex are adequate.", "adequate", "leadership"),
    ("peel_2016", "Crime prevention and the tackling of anti-social behaviour in Wessex require improvement.",
     "requires improvement", "preventing_crime"),
    # nearly every word of the object from one area's names
    ("peel_2023_25", "Wessex Constabulary is good at using its powers fairly and treating the public with respect.",
     "good", "treating_public_fairly"),
    # inspectors as the judge, with a reason after the grade; "was another area"
    ("peel_2021_22", "Inspectors judged its response to the public adequate, noting shorter waits for 999 calls.",
     "adequate", "responding_to_public"),
    ("peel_2021_22", "Investigating crime was another area where the force was good.", "good", "investigating_crime"),
    # an area whose name holds a grade word is not a second grade
    ("peel_2023_25", "It was judged adequate for good use of resources.", "adequate", "use_of_resources"),
    # grades carried forward from an earlier inspection are this report's grades
    ("peel_2018_19", "As we did not re-inspect this question, the grade of good we gave in 2017 for investigating "
     "crime still applies.", "good", "investigating_crime"),
    ("peel_2018_19", "The force keeps the outstanding grade it was given in 2017 for planning for the future.",
     "outstanding", "planning_future"),
    ("peel_2018_19", "We did not look at this question again this year; the force's work to tackle serious and "
     "organised crime remains good.", "good", "serious_organised_crime"),
    ("peel_2018_19", "Its planning for the future remains good, a judgment carried over from 2017.", "good",
     "planning_future"),
    # a force's own people are its workforce
    ("peel_2018_19", "Its fair treatment of its own people is good.", "good", "workforce"),
    ("peel_2018_19", "Wessex Constabulary is good at making sure its staff behave ethically and lawfully.", "good",
     "ethical_behaviour"),
    # "we found the force good at …", "once again", "with" inside an area's own name
    ("peel_2018_19", "We found the force inadequate at investigating crime.", "inadequate", "investigating_crime"),
    ("peel_2018_19", "The constabulary's planning for the future is once again good.", "good", "planning_future"),
    ("peel_2021_22", "The force is adequate at engaging with the public and treating people fairly.", "adequate",
     "treating_public_fairly"),
    # an area no other area's name is as near
    ("peel_2017", "Wessex Constabulary requires improvement in how fairly it treats its workforce.",
     "requires improvement", "workforce"),
    # "…, and we grade this as …" outside the area's section: what the force does is the area
    ("peel_2023_25", "It manages offenders and suspects well, and we grade this as good.", "good",
     "managing_offenders"),
    ("peel_2023_25", "Wessex Constabulary protects vulnerable people effectively, and we judge this to be good.",
     "good", "protecting_vulnerable"),
])
def test_more_judgement_shapes(tax_id, text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id))
    assert sg is not None and (sg.grade, sg.area.key if sg.area else None) == (grade, area), text


@pytest.mark.parametrize("text,name", [
    ("The extent to which the force is efficient at keeping people safe and reducing crime is good.", "Efficiency"),
    ("The extent to which the constabulary is legitimate at keeping people safe and reducing crime is good.",
     "Legitimacy"),
    ("The extent to which the force is effective at keeping people safe and reducing crime is good.", "Effectiveness"),
    ("The extent to which the force treats the public and its workforce legitimately is good.", "Legitimacy"),
    ("Overall, the force is good at keeping the public safe and cutting crime.", "Effectiveness"),
    ("The way it treats the public and its own staff is good.", "Legitimacy"),
    ("Wessex Constabulary is good in how effectively it cuts crime and keeps communities safe.", "Effectiveness"),
])
def test_pillar_questions_grade_the_pillar(text, name):
    """PEEL 2015–2017 pages state each pillar's grade in its question's words; the
    adjective names the pillar even where the rest of the wording is another's."""
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2016"))
    assert sg is not None and (sg.name, sg.grade, sg.area) == (name, "good", None)


@pytest.mark.parametrize("tax_id,text", [
    # "fair treatment" is as near the workforce's area as the public's: no area is named
    ("peel_2018_19", "Its fair treatment is good."),
    # a sub-topic brings words of its own
    ("peel_2023_25", "The force is good at using body-worn video when it stops and searches people."),
    # "the service … the force" is not "how … the force … its services"
    ("peel_2018_19", "HMIC judged the service the force gives victims of stalking to be good."),
    # the questions' grades, not the pillar's
    ("peel_2016", "All three legitimacy questions were graded good."),
    # history that does not say the grade still stands
    ("peel_2018_19", "In 2017 we judged the force good at investigating crime; it remains keen to improve."),
    ("peel_2018_19", "The force remains committed to planning for the future, which we graded good in 2016."),
    # "this" is what the force does only when that is wholly a graded area, and the force's
    ("peel_2023_25", "It works closely with its partners, and we grade this as good."),
    ("peel_2023_25", "It manages registered sex offenders well, and we grade this as good."),
    ("peel_2023_25", "It investigates crime involving modern slavery well, and we grade this as good."),
    ("peel_2023_25", "It tells us it investigates crime well, and we grade this as good."),
    ("peel_2023_25", "Northmoor Police manages offenders and suspects well, and we grade this as good."),
])
def test_no_grade_from_near_misses(tax_id, text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id)) is None


@pytest.mark.parametrize("text", [
    "This area carries no grade.", "This assessment is not graded.", "HMIC does not grade this question.",
])
def test_not_graded_in_other_words(text):
    tax = _taxonomy("peel_2023_25")
    section = next(t for t in tax.themes if t.key == "victim_service")
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section)
    assert sg is not None and (sg.grade, sg.area) == ("not graded", section)


@pytest.mark.parametrize("text", [
    "We also reviewed how the force looks after victims of crime, which we do not grade.",
    "Our assessment of the service given to victims does not receive a grade.",
    "We looked too at how it treats victims of crime, an area that carries no grade.",
    "We do not grade this area; it follows what happens to a sample of reported crimes.",
])
def test_the_ungraded_area_named_by_its_words_is_not_graded(text):
    """The victim service assessment is described, not named, in most such sentences; it
    is the one area of these years that is never graded, so no other reading is possible."""
    tax = _taxonomy("peel_2021_22")
    section = next(t for t in tax.themes if t.key == "victim_service")
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section)
    assert sg is not None and (sg.grade, sg.area) == ("not graded", section)


@pytest.mark.parametrize("text", [
    "Investigating crime is not graded separately in this report.",
    "We do not grade how the force investigates crime against victims of fraud on its own.",
    "Victims of crime told us that they do not receive a grade of service they expect.",
])
def test_no_not_graded_for_a_graded_area_or_without_a_no_grade_statement(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22")) is None


@pytest.mark.parametrize("tax_id,text", [
    # another force, place or unit after the area
    ("peel_2021_22", "Investigating crime in Mercia is good."),
    ("peel_2023_25", "Leadership in Northern Division is good."),
    ("peel_2021_22", "Investigating crime in most forces requires improvement."),
    ("peel_2017", "The leadership of Mercia Police is outstanding."),
    # negated, hedged or past judgements
    ("peel_2021_22", "We judged investigating crime not yet good."),
    ("peel_2021_22", "We judged investigating crime not to be good."),
    ("peel_2021_22", "Inspectors judged investigating crime nearly good."),
    ("peel_2021_22", "We judged investigating crime broadly good."),
    ("peel_2021_22", "We judged its response to the public once outstanding."),
    # another body's work, or a part of the area
    ("peel_2021_22", "Inspectors judged the council's work to protect vulnerable people good."),
    ("peel_2021_22", "We judged the force's IT for investigating crime inadequate."),
    ("peel_2021_22", "We judged the force's training in investigating crime good."),
    ("peel_2021_22", "Its management of sex offenders is good."),
    ("peel_2021_22", "The force is good at investigating crime involving modern slavery."),
    ("peel_2021_22", "Its work to protect its workforce from assault is good."),
    ("peel_2021_22", "The force's goal is that its work to protect vulnerable people is outstanding."),
    # carried-forward grades that no longer apply, or are another's
    ("peel_2018_19", "The grade of good we gave in 2017 for investigating crime no longer applies."),
    ("peel_2018_19", "The grade of good we gave Mercia Police in 2017 for investigating crime still applies."),
    ("peel_2018_19", "Mercia Police keeps the good grade it received in 2017 for investigating crime."),
    ("peel_2018_19", "Protecting vulnerable people remains good, a judgement we made of Mercia Police in 2017."),
    # pillar words with a narrower object, or pillars where none are graded
    ("peel_2017", "The force's legitimacy in stop and search is good."),
    ("peel_2017", "The force's efficiency at planning for the future is good."),
    ("peel_2017", "Effectiveness of neighbourhood policing is good."),
    ("peel_2017", "The force is good at keeping people safe and reducing crime in rural areas."),
    ("peel_2017", "The extent to which the force is efficient at planning for the future is good."),
    ("peel_2023_25", "The force's effectiveness is good."),
    ("peel_2021_22", "Keeping people safe and reducing crime is good."),
])
def test_no_grade_from_what_a_reviewer_tried(tax_id, text):
    """Sentences an independent review wrote to make the reader invent or misplace grades."""
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id), section_theme=None)
    assert sg is None, (text, sg)


@pytest.mark.parametrize("tax_id,section,text", [
    # whose view, a condition, a hedge or a comparison anywhere in the sentence
    ("peel_2021_22", None, "The force is outstanding at protecting vulnerable people, according to the chief constable."),
    ("peel_2021_22", None, "The force is good at investigating crime, says the police and crime commissioner."),
    ("peel_2023_25", None, "The force requires improvement in investigating crime, according to its own review."),
    ("peel_2021_22", None, "The force is good at investigating crime, if it keeps its current number of detectives."),
    ("peel_2021_22", None, "The force is good at investigating crime, on paper."),
    ("peel_2021_22", None, "The force is good at investigating crime?"),
    ("peel_2021_22", None, "The force is as good at investigating crime as it was two years ago."),
    ("peel_2021_22", None, "The force was good at investigating crime when we first inspected it."),
    # a narrower topic after the area's words
    ("peel_2021_22", None, "The force is good at investigating crime where the victim is a business."),
    ("peel_2021_22", None, "The force is good at investigating crime which involves drugs."),
    ("peel_2021_22", None, "The force is outstanding at responding to the public when calls come through 999."),
    ("peel_2021_22", None, "The force is good at investigating crime in the force's rural north."),
    ("peel_2021_22", None, "The force is good at investigating crime and fraud against older people in care homes."),
    # "overall" that is not the whole judgement; "good for" that is suitability
    ("peel_2021_22", None, "It is good that overall crime has fallen in the county."),
    ("peel_2016", None, "Overall, it is good news for the people of the county."),
    ("peel_2021_22", None, "It is adequate for investigating crime, but not for managing offenders."),
    # another inspectorate judging; areas that are never graded
    ("peel_2021_22", None, "His Majesty's Inspectorate of Probation judges the force to be good at managing offenders and suspects."),
    ("peel_2023_25", None, "We judged the victim service assessment good."),
    ("peel_2018_19", None, "The force's armed policing is good."),
    ("peel_2023_25", "victim_service", "We judged this area good."),
    # "this area" in another's setting; a carried judgement naming another area
    ("peel_2023_25", "investigating_crime", "For Mercia, we judged this area good."),
    ("peel_2023_25", "investigating_crime", "The force has a new crime bureau, which we judged outstanding."),
    ("peel_2023_25", "investigating_crime", "The council leads the safeguarding board, and we graded it good in this area."),
    ("peel_2023_25", "investigating_crime", "This area is graded good in most forces."),
    ("peel_2023_25", "protecting_vulnerable", "Our requires improvement judgement for investigating crime still stands."),
    # "not graded" for a part of an area, or with a qualification
    ("peel_2023_25", None, "Leadership is not graded as a pillar."),
    ("peel_2021_22", None, "Investigating crime is not graded separately in Mercia."),
])
def test_no_grade_from_what_a_second_reviewer_tried(tax_id, section, text):
    """A second independent review: whole-sentence doubts, narrowing clauses, ungraded areas."""
    tax = _taxonomy(tax_id)
    st = next(t for t in tax.themes if t.key == section) if section else None
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=st)
    assert sg is None, (text, sg)


def test_it_after_a_sentence_about_another_body_is_not_the_force():
    tax = _taxonomy("peel_2023_25")
    text = "It is outstanding at protecting vulnerable people."
    for previous in ("Wessex County Council runs the multi-agency safeguarding hub for the county.",
                     "Mercia Police shares a public protection unit with the force."):
        assert stated_grade(text, force="Wessex Constabulary", taxonomy=tax, previous=previous) is None
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax,
                      previous="Wessex Constabulary has changed a great deal since 2021.")
    assert sg is not None and sg.area.key == "protecting_vulnerable"


def test_ungraded_areas_take_only_not_graded():
    tax = _taxonomy("peel_2023_25")
    vsa = next(t for t in tax.themes if t.key == "victim_service")
    assert not vsa.graded
    sg = stated_grade("This area is not graded.", force="Wessex Constabulary", taxonomy=tax, section_theme=vsa)
    assert sg is not None and (sg.grade, sg.area) == ("not graded", vsa)


@pytest.mark.parametrize("tax_id,section,previous,text", [
    # anything after the area's words that is not a reason or the inspectorate's own note
    ("peel_2023_25", None, None, "Wessex Constabulary is outstanding at protecting vulnerable people, the chief constable wrote."),
    ("peel_2023_25", None, None, "The force is good at investigating crime, as long as demand stays low."),
    ("peel_2023_25", None, None, "The force was good at investigating crime, two years ago."),
    ("peel_2023_25", None, None, "The force is outstanding at protecting vulnerable people; so its commissioner maintains."),
    ("peel_2023_25", None, None, "The force is good at investigating crime (the force's own view)."),
    ("peel_2018_19", None, None, "It is good at preventing crime and tackling anti-social behaviour, the survey of residents shows."),
    # "it", "the constabulary" or an area as subject after a sentence about someone else
    ("peel_2023_25", None, "Mercia Police runs the region's major crime team.", "We judged it good at investigating crime."),
    ("peel_2023_25", None, "The fire and rescue service shares the force's control room.", "It is good at responding to the public."),
    ("peel_2023_25", None, "Northmoor Constabulary shares a control room with the force.",
     "The constabulary is good at responding to the public."),
    ("peel_2016", None, "Northmoor is a smaller force to the east.", "Its efficiency is outstanding."),
    # another force's carried grade; bare "this"; grades the family does not have
    ("peel_2018_19", None, None, "The grade of good we gave Northmoor in 2017 for investigating crime still applies."),
    ("peel_2023_25", "investigating_crime", None, "Officers use body-worn video routinely, and we judged this good."),
    ("peel_2017", None, None, "The force is adequate at investigating crime."),
    ("peel_2021_22", None, None, "In summary, the constabulary is adequate."),
])
def test_no_grade_from_what_a_third_reviewer_tried(tax_id, section, previous, text):
    """A third independent review: closed endings, whose "it", family rules."""
    tax = _taxonomy(tax_id)
    st = next(t for t in tax.themes if t.key == section) if section else None
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=st, previous=previous)
    assert sg is None, (text, sg)


def test_pillar_questions_in_a_grade_table_grade_the_pillar():
    """2018/19 tables print the pillars as questions: a pillar's grade, not one of its areas'."""
    from extractor.records import GradeRow
    from extractor.understand.grades import table_grades

    rows = [GradeRow(area="How effectively does the force reduce crime and keep people safe?", grade="good", page=3),
            GradeRow(area="How legitimately does the force treat the public and its workforce?", grade="outstanding",
                     page=3)]
    grades, _, _ = table_grades(rows, _taxonomy("peel_2018_19"))
    assert grades == {"Effectiveness": "good", "Legitimacy": "outstanding"}


def test_each_pillars_overall_judgment_row_grades_that_pillar_not_the_force_overall():
    """A 2018/19 table with a row "Overall effectiveness judgment" for each pillar: three
    pillar grades, and no overall grade, which such a report never states (the rows once
    collapsed into one invented "Overall" with a warning that the tables disagreed)."""
    from extractor.records import GradeRow
    from extractor.understand.grades import table_grades

    rows = [GradeRow(area="Overall effectiveness judgement", grade="requires improvement", page=2),
            GradeRow(area="Investigating crime", grade="requires improvement", page=2),
            GradeRow(area="Overall efficiency grade", grade="good", page=2),
            GradeRow(area="Overall legitimacy judgment", grade="outstanding", page=2)]
    grades, sources, warnings = table_grades(rows, _taxonomy("peel_2018_19"))
    assert grades == {"Effectiveness": "requires improvement", "Investigating crime": "requires improvement",
                      "Efficiency": "good", "Legitimacy": "outstanding"}
    assert not warnings and "Overall" not in {s["theme"] for s in sources}


def test_leadership_is_the_graded_area_where_there_is_one():
    sg = stated_grade("Wessex Constabulary's leadership is judged to be good.", force="Wessex Constabulary",
                      taxonomy=_taxonomy("peel_2018_19"))
    assert sg is not None and (sg.grade, sg.area.key) == ("good", "leadership")


def test_the_reports_own_year_is_not_history():
    """"In 2024, we judged …" in a 2024 report, or "in our 2023–25 PEEL inspection", is this
    report's judgement; another year still is history."""
    tax = _taxonomy("peel_2023_25")
    for text in ("In 2024, we judged the force to be good at investigating crime.",
                 "We graded the force good at investigating crime in our 2023–25 PEEL inspection."):
        sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, year=2024)
        assert sg is not None and (sg.grade, sg.area.key) == ("good", "investigating_crime"), text
    for text, year in (("In 2023 we judged the force good at investigating crime.", 2024),
                       ("In our 2021/22 inspection we graded the force inadequate at investigating crime.", 2024),
                       ("In 2024, we judged the force to be good at investigating crime.", 2025)):
        assert stated_grade(text, force="Wessex Constabulary", taxonomy=tax, year=year) is None, text


def test_the_force_judged_in_this_area_takes_the_section():
    tax = _taxonomy("peel_2023_25")
    section = next(t for t in tax.themes if t.key == "investigating_crime")
    sg = stated_grade("We judged the force to be good in this area.", force="Wessex Constabulary", taxonomy=tax,
                      section_theme=section)
    assert sg is not None and (sg.grade, sg.area) == ("good", section)
    # "that area" may be a place: "The force is good in that area."
    assert stated_grade("The force is good in that area.", force="Wessex Constabulary", taxonomy=tax,
                        section_theme=section) is None


def test_a_report_of_near_misses_has_no_grades(tmp_path):
    """Read end to end, a report whose every grade word belongs to something else grades nothing."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text(
        "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
        "PEEL 2021/22: An inspection of Wessex Constabulary\n\nMarch 2022\n\n"
        "Overview\n\n"
        "Investigating crime in Mercia is good, and the two forces share a major crime team.\n\n"
        "We judged investigating crime not yet good, although the force has plans to improve it.\n\n"
        "Inspectors judged the council's work to protect vulnerable people good.\n\n"
        "The force's goal is that its work to protect vulnerable people is outstanding by 2025.\n",
        encoding="utf-8",
    )
    rep = read_report(p)
    assert rep.grades == {} and rep.grade_sources == []


def test_ungraded_families_get_no_sentence_grades():
    tax = _taxonomy("domestic_abuse_2014")
    assert stated_grade("HMIC found that the force is good at keeping victims safe.", force=None, taxonomy=tax) is None


def test_a_table_in_an_ungraded_family_gives_only_not_graded():
    """2014 domestic abuse reports were not graded: a row that reads as a grade is prose and
    gives none, but a table saying an area was "not graded" is what the report states."""
    from extractor.records import GradeRow
    from extractor.understand.grades import table_grades

    tax = _taxonomy("domestic_abuse_2014")
    rows = [GradeRow(area="Keeping victims safe", grade="not graded", page=2),
            GradeRow(area="Management of risk", grade="good", page=2)]
    grades, sources, _ = table_grades(rows, tax)
    assert grades == {"Keeping victims safe": "not graded"}
    assert [(s["area"], s["grade"], s["source"]) for s in sources] == [
        ("Keeping victims safe", "not graded", "table")]


def test_split_grade_words():
    assert normalise_grade("Requires i mprovement") == "requires improvement"
    assert normalise_grade("Inadeq uate") == "inadequate"
    assert normalise_grade("Requires im provement") == "requires improvement"


def test_eval_reports_grades(extracted):
    from conftest import spec_paths
    from scoring import score_report
    from synth import load_spec

    right = total = 0
    for p in spec_paths():
        for mode in ("text", "classic", "modern"):
            sc = score_report(load_spec(p), extracted(p.stem, mode))
            right += sc.grade_right
            total += sc.grade_total
    assert right / total >= 0.95


def test_grades_in_this_area_and_trailing_judgements_take_the_section():
    tax = _taxonomy("peel_2023_25")
    section = next(t for t in tax.themes if t.key == "managing_offenders")
    for text in ("Wessex Constabulary is good in this area.",
                 "It supervises its offender managers closely, and we graded it good in this area.",
                 "It keeps track of wanted suspects closely, and we grade this as good.",
                 "The constabulary manages sex offenders well, and this question is graded good."):
        sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section)
        assert sg is not None and (sg.grade, sg.area) == ("good", section), text


@pytest.mark.parametrize("leadin,grade", [
    ("The force requires improvement in:", "requires improvement"),
    ("Wessex Constabulary is good at the following:", "good"),
    ("Four areas require improvement:", "requires improvement"),
    ("It is adequate in the remaining three:", "adequate"),
    ("We judged the constabulary to be inadequate in two areas:", "inadequate"),
    # not judgement lists of this force
    ("Forces are graded in the following areas:", None),
    ("In 2019 the force required improvement in:", None),
    ("The force aims to be outstanding in:", None),
    ("The force requires improvement in how it answers calls.", None),
])
def test_judgement_list_leadins(leadin, grade):
    from extractor.understand.grades import list_leadin_grade

    assert list_leadin_grade(leadin, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22")) == grade


def test_items_of_a_judgement_list_take_its_grade_in_a_report(tmp_path):
    """A text report whose grades are a lead-in and a list of areas gets each area's grade."""
    from extractor import read_report

    report = tmp_path / "wessex.txt"
    report.write_text(
        "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
        "PEEL 2021/22: An inspection of Wessex Constabulary\n\nMarch 2022\n\n"
        "Overall summary\n\n"
        "We assessed the constabulary in nine graded areas of policing.\n\n"
        "The constabulary requires improvement in three areas:\n\n"
        "\u2022 investigating crime;\n\u2022 protecting vulnerable people; and\n"
        "\u2022 managing offenders and suspects.\n\n"
        "It is good at:\n\n\u2022 treatment of the public.\n\n"
        "Officers on the new response model told us they felt better supported.\n\n"
        "\u2022 Supervisors check every file before it is closed.\n",
        encoding="utf-8",
    )
    rep = read_report(report)
    by_key = {s["theme_key"]: s["grade"] for s in rep.grade_sources}
    assert by_key == {
        "investigating_crime": "requires improvement",
        "protecting_vulnerable": "requires improvement",
        "managing_offenders": "requires improvement",
        "treating_public_fairly": "good",
    }
    # the source quotes the lead-in with the item, so the grade can be checked where it stands
    items = {s["theme_key"]: s["text"] for s in rep.grade_sources}
    assert items["investigating_crime"] == "The constabulary requires improvement in three areas: investigating crime;"
    assert all(s["source"] == "list" for s in rep.grade_sources)


_LIST_ROWS_SPEC = {
    "id": "wessex-judgement-list-rows",
    "synthetic_notice": "Synthetic test report written for the hmic tests; not a real inspection and not the "
                        "inspectorate's words.",
    "force": "Wessex Constabulary", "family": "peel2021", "kind": "peel_report", "year": 2022,
    "title": "PEEL 2021/22: An inspection of Wessex Constabulary", "publisher": "HMICFRS",
    "published": "2022-05", "date_line": "May 2022", "grades": [],
    "sections": [{"heading": "Overall summary", "level": 1, "theme": None, "blocks": [
        {"type": "para", "sentences": [
            {"text": "We graded the constabulary in four of the areas we looked at this time.",
             "label": "neutral", "theme": None, "grade": None}]},
        {"type": "bullets", "items": [
            {"text": "Preventing crime and anti-social behaviour: good.", "label": "strength",
             "theme": "preventing_crime", "grade": "good"},
            {"text": "Engaging with and treating the public with fairness and respect: good.", "label": "strength",
             "theme": "treating_public_fairly", "grade": "good"},
            {"text": "Building, supporting and protecting the workforce: adequate.", "label": "neutral",
             "theme": "workforce", "grade": "adequate"},
            {"text": "Strategic planning, organisational management and value for money: requires improvement.",
             "label": "area_for_improvement", "theme": "use_of_resources", "grade": "requires improvement"}]},
        {"type": "para", "sentences": [
            {"text": "Call handlers in the control room answered most emergency calls within ten seconds.",
             "label": "strength", "theme": None, "grade": None}]}]}],
}


@pytest.mark.parametrize("mode", ["text", "classic", "twocolumn"])
def test_a_bulleted_judgement_list_of_rows_gives_findings_and_list_grades(tmp_path, mode):
    """"• Preventing crime and anti-social behaviour: good." is an item of the report (a
    finding, in text as in PDF) and the grade of the area it names; an item wrapped in a
    narrow column ("… anti-social" / "behaviour: good.") is one item, never a table row
    whose area is the wrapped tail ("behaviour")."""
    from synth import render

    from extractor import read_report

    rep = read_report(render(_LIST_ROWS_SPEC, mode, tmp_path, "wessex"))
    texts = {" ".join(f.text.split()) for f in rep.findings}
    items = [i["text"] for i in _LIST_ROWS_SPEC["sections"][0]["blocks"][1]["items"]]
    assert set(items) <= texts
    got = {(s["theme_key"], s["grade"], s["source"]) for s in rep.grade_sources}
    assert got == {("preventing_crime", "good", "list"), ("treating_public_fairly", "good", "list"),
                   ("workforce", "adequate", "list"), ("use_of_resources", "requires improvement", "list")}
    by_text = {" ".join(f.text.split()): f for f in rep.findings}
    assert by_text[items[0]].grade == "good" and by_text[items[0]].theme_key == "preventing_crime"


@pytest.mark.parametrize("text,grade,area", [
    ("Inspectors also found that the force was good at preventing crime and anti-social behaviour.", "good",
     "preventing_crime"),
    ("But HMICFRS said the force requires improvement in how it investigates crime.", "requires improvement",
     "investigating_crime"),
    ("According to the inspectorate, the force's crime recording is outstanding.", "outstanding", "crime_recording"),
    ("HM Inspector Rowan Ashby said the constabulary is good at protecting vulnerable people.", "good",
     "protecting_vulnerable"),
    # someone else's word is a claim, whatever it says
    ("The chief constable said the force is good at protecting vulnerable people.", None, None),
    ("The police and crime commissioner said that the force is outstanding at preventing crime.", None, None),
    ("The force said it is good at responding to the public.", None, None),
    # the inspectorate reporting a condition, another year or another force is no grade either
    ("HMICFRS said the force would be good at preventing crime if it kept its neighbourhood teams.", None, None),
    ("Inspectors said the force was good at preventing crime in 2019.", None, None),
    ("Inspectors said Northmoor Police is good at preventing crime.", None, None),
    ("Inspectors found that partners were good at sharing information.", None, None),
])
def test_a_judgement_reported_in_the_inspectorates_name_is_its_judgement(text, grade, area):
    """Press releases report the inspectorate's judgements ("HMICFRS said …"); only the
    inspectorate's voice is stripped, so a claim by the force or its commissioner stays one."""
    got = stated_grade(text, force="Wessex Police", taxonomy=_taxonomy("peel_2023_25"), section_theme=None,
                       previous=None, year=2024)
    assert (got.grade, got.area.key if got.area else None) == (grade, area) if grade else got is None


_REVIEW = Path(__file__).resolve().parent / "data" / "grade_review"


@pytest.mark.parametrize("doc", sorted(p.name for p in _REVIEW.glob("d*.txt")))
def test_no_grade_is_invented_from_a_reviewers_traps(doc):
    """Documents a reviewer wrote to make hmic state grades the text does not give (other
    years, other voices, examples, qualified list rows, other inspectorates inside a PEEL
    report): every grade hmic reads is one an item of the document states for this report."""
    import json

    from extractor import read_report

    items = json.loads((_REVIEW / "expected.json").read_text(encoding="utf-8"))[doc]
    allowed = {(area, grade) for it in items for area, grade in (it["expected"] or {}).items()}
    rep = read_report(_REVIEW / doc)
    got = {(s["theme"], s["grade"]) for s in rep.grade_sources}
    assert got <= allowed, got - allowed


def test_a_judgement_list_under_another_years_heading_gives_no_grade(tmp_path):
    """A lead-in and its items ("The force is good at:" / "preventing crime;") under "Our
    2019 judgements" are that year's grades, whichever way the list is written."""
    from extractor import read_report

    p = tmp_path / "northmoor.txt"
    p.write_text(
        "Synthetic test report: not a real inspection.\n\nPEEL 2023–25: An inspection of Northmoor Police\n\n"
        "June 2024\n\nOur 2019 judgements\n\nThe force is good at:\n\n"
        "• preventing crime;\n• investigating crime.\n\nIts other grades were:\n\n"
        "• Protecting vulnerable people: requires improvement.\n\n"
        "Overall summary\n\nThe force has a clear plan for its control room.\n",
        encoding="utf-8",
    )
    assert read_report(p).grade_sources == []


def test_the_three_graded_effectiveness_questions_of_2014_keep_a_grade_each(tmp_path):
    """PEEL 2014 graded reducing crime, investigating offending and tackling anti-social
    behaviour separately: an outstanding for anti-social behaviour is no conflict with a
    good for reducing crime, and neither is lost."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text(
        "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
        "PEEL Assessment 2014: Wessex Constabulary\n\nNovember 2014\n\n"
        "Summary\n\n"
        "Wessex Constabulary is good at reducing crime and preventing offending.\n\n"
        "It is good at investigating offending.\n\n"
        "The force is outstanding at tackling anti-social behaviour.\n",
        encoding="utf-8",
    )
    rep = read_report(p)
    keys = {s["theme_key"]: s["grade"] for s in rep.grade_sources}
    assert keys == {"preventing_crime": "good", "investigating_crime": "good", "tackling_asb": "outstanding"}
    assert rep.grades["Tackling anti-social behaviour"] == "outstanding"
    assert rep.grades["Reducing crime and preventing offending"] == "good"
    assert not rep.warnings


def test_keeping_the_public_safe_is_no_grade_kept_from_before():
    """"… how effectively it keeps the public safe and reduces crime" is the effectiveness
    pillar judged now; "keeps the outstanding grade it received in 2016" is history."""
    tax = _taxonomy("peel_2015")
    now = stated_grade("Wessex Police requires improvement in how effectively it keeps the public safe and "
                       "reduces crime.", force="Wessex Police", taxonomy=tax, section_theme=None)
    assert now is not None and now.grade == "requires improvement" and now.name == "Effectiveness"
    before = stated_grade("The force keeps the outstanding grade it received in 2014 for its legitimacy.",
                          force="Wessex Police", taxonomy=tax, section_theme=None, year=2016)
    assert before is None or before.grade == "outstanding"  # carried forward, never a new judgement


def test_a_pillar_named_before_the_judgement_is_only_its_lead_in():
    """"On effectiveness, the force is good at …": the pillar in front says which part of
    the report the judgement belongs to; the area is what the force is good at."""
    sg = stated_grade("On effectiveness, the force is good at reducing crime and preventing offending.",
                      force="Wessex Police", taxonomy=_taxonomy("peel_2014"), section_theme=None)
    assert sg is not None and sg.grade == "good" and sg.area is not None and sg.area.key == "preventing_crime"


def test_its_officers_and_staff_are_its_workforce():
    """"good at making sure that its officers and staff act ethically and lawfully" names
    the ethical behaviour question in other words; "its officers and staff are well
    trained" names no graded area."""
    from extractor.understand.grades import named_area

    tax = _taxonomy("peel_2016")
    area = named_area("making sure that its officers and staff act ethically and lawfully", tax)
    assert area is not None and area.key == "ethical_behaviour"
    assert named_area("ensuring its officers and staff are well trained", tax) is None


def test_a_pronoun_that_opens_a_section_stands_for_the_force(tmp_path):
    """"Its response to the public requires improvement." opening its area's section is the
    force's grade; the last sentence of the section before, about a scheme, is not its subject.
    The same sentence inside a section, after a sentence about a partner, stays unread."""
    from extractor import read_report

    report = tmp_path / "wessex.txt"
    report.write_text(
        "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
        "PEEL 2023–2025: An inspection of Wessex Constabulary\n\nMay 2025\n\n"
        "Preventing crime\n\n"
        "A summer plan for the Portmere seafront brings together the council and licensees, and it has cut "
        "late-night assaults.\n\n"
        "Responding to the public\n\n"
        "Its response to the public requires improvement.\n\n"
        "Protecting vulnerable people\n\n"
        "The local authority's children's services team has a new director.\n\n"
        "Its work with schools is good.\n",
        encoding="utf-8",
    )
    rep = read_report(report)
    by_key = {s["theme_key"]: s["grade"] for s in rep.grade_sources if s["source"] == "sentence"}
    assert by_key == {"responding_to_public": "requires improvement"}


@pytest.mark.parametrize("heading, elsewhere", [
    ("Wessex Constabulary good at protecting vulnerable people but must improve its response to calls", False),
    ("PEEL 2023–2025: An inspection of Wessex Constabulary", False),
    ("Chief constable's response", True),
    ("The force's response to our report", True),
    ("PEEL 2021–2022: An inspection of Wessex Constabulary", True),
])
def test_which_headings_put_grades_under_someone_else(heading, elsewhere):
    """A release's headline about the force's response to calls is the force's own section,
    and so is one naming this report's inspection period in full ("2023–2025"); the chief
    constable's response and an earlier period are not."""
    from extractor.understand.grades import grades_elsewhere

    assert grades_elsewhere(heading, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"), year=2025,
                            heading=True) is elsewhere


def test_a_judgement_list_may_say_graded_and_name_the_forces_own_area(tmp_path):
    """"Managing offenders and suspects: graded requires improvement." is a judgement
    list's row; its lead-in naming the force's own area ("policing in Wessex") is no
    other force's list. A lead-in naming another force still is."""
    from extractor import read_report

    body = ("Our judgments\n\n"
            "Our inspection looked at two areas of policing in Wessex, and we graded both of them.\n\n"
            "• Investigating crime: graded adequate.\n\n"
            "• Managing offenders and suspects: graded requires improvement.\n")
    p = tmp_path / "wessex.txt"
    p.write_text("Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
                 "PEEL 2023–25: An inspection of Wessex Police\n\nMarch 2025\n\n" + body, encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Investigating crime": "adequate", "Managing offenders and suspects": "requires improvement"}
    assert all(s["source"] == "list" and s["text"] for s in rep.grade_sources)
    other = tmp_path / "mercia.txt"
    other.write_text(p.read_text(encoding="utf-8").replace("policing in Wessex", "policing in Mercia"), encoding="utf-8")
    assert read_report(other).grades == {}


def test_a_lead_in_that_grades_the_force_lets_each_item_state_its_own_grade(tmp_path):
    """"Inspectors rated the force:" gives no grade; each item does ("good at managing
    offenders and suspects;", "as requiring improvement in investigating crime."). An item
    with no grade of its own, or a lead-in that grades no one, gives none."""
    from extractor import read_report

    body = ("Wessex Police improves\n\n"
            "Inspectors rated the force:\n\n"
            "• good at managing offenders and suspects;\n\n"
            "• adequate at responding to the public; and\n\n"
            "• as requiring improvement in investigating crime.\n\n"
            "Officers told us about their work:\n\n"
            "• good at investigating crime, they said.\n")
    p = tmp_path / "wessex.txt"
    p.write_text("Synthetic test release: not a real news release and not the inspectorate's words.\n\n"
                 "PEEL 2023–25: Wessex Police\n\nMay 2025\n\n" + body, encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Managing offenders and suspects": "good", "Responding to the public": "adequate",
                          "Investigating crime": "requires improvement"}
    assert {f.text: f.grade for f in rep.findings}["good at managing offenders and suspects;"] == "good"
    assert all(s["source"] == "list" and "Inspectors rated the force:" in s["text"] for s in rep.grade_sources)


def test_areas_listed_under_a_grade_set_as_their_heading_take_that_grade(tmp_path):
    """A news page prints the force's grades as headings, each over the areas given it
    ("Requires improvement" / "• Responding to the public"). An item that is a finding,
    not an area's name, takes no grade from the heading above it."""
    from extractor import read_report

    body = ("The inspectorate graded the force in nine areas.\n\n"
            "Good\n\n• Preventing crime\n\n"
            "Requires improvement\n\n• Responding to the public\n\n• Investigating crime\n\n"
            "Good\n\n• Officers in the control room investigate some burglaries well.\n")
    p = tmp_path / "wessex.txt"
    p.write_text("Synthetic test article: not a real news story and not the inspectorate's words.\n\n"
                 "PEEL 2023–25: Wessex Police graded\n\nAugust 2024\n\n" + body, encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Preventing crime": "good", "Responding to the public": "requires improvement",
                          "Investigating crime": "requires improvement"}
    assert all(s["source"] == "list" and s["text"].endswith(s["area"]) for s in rep.grade_sources)


def test_a_grade_list_under_its_own_heading_is_not_the_year_the_section_before_named(tmp_path):
    """A press article tells the force's history ("… put into enhanced monitoring in June
    2022 …"), then lists this report's grades under a heading of their own: each row is a
    sentence that states its area's grade, not another year's list."""
    from extractor import read_report

    body = ("Wessex Police leaves special measures\n\n"
            "The force was put into enhanced monitoring in June 2022 and left it this spring.\n\n"
            "How the force was graded\n\n"
            "• Investigating crime: adequate\n\n"
            "• Managing offenders and suspects: good\n")
    p = tmp_path / "wessex.txt"
    p.write_text("Synthetic test article: not a real news story and not the inspectorate's words.\n\n"
                 "PEEL 2023–25: Wessex Police graded\n\nAugust 2024\n\n" + body, encoding="utf-8")
    rep = read_report(p)
    got = {f.text: f.grade for f in rep.findings if f.text.startswith(("Investigating", "Managing"))}
    assert got == {"Investigating crime: adequate": "adequate", "Managing offenders and suspects: good": "good"}


@pytest.mark.parametrize("text,grade,area", [
    # "to an adequate standard": the grade as the standard the force works to
    ("Wessex Constabulary responds to the public to a good standard.", "good", "responding_to_public"),
    ("The force manages offenders and suspects to an inadequate standard.", "inadequate", "managing_offenders"),
    # "We found <area> to be <grade>", the area named in full
    ("We found crime prevention and anti-social behaviour in Wessex to be adequate.", "adequate", "preventing_crime"),
    # a fronted area, then "requires improvement"
    ("In how it investigates crime, the constabulary requires improvement.", "requires improvement",
     "investigating_crime"),
    # the force's place name as its owner: "Wessex's management of …"
    ("Wessex's management of offenders and suspects is good.", "good", "managing_offenders"),
])
def test_grades_stated_as_a_standard_a_finding_or_a_place(text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == (grade, area), text


@pytest.mark.parametrize("text,grade", [
    ("Our judgement in this area is adequate.", "adequate"),
    ("Our grade for this area is inadequate.", "inadequate"),
    ("The way it treats people is fair, and we grade it good.", "good"),
    ("Its work here has improved, and we have graded it outstanding.", "outstanding"),
])
def test_this_areas_grade_in_other_words_takes_the_section(text, grade):
    tax = _taxonomy("peel_2023_25")
    section = next(t for t in tax.themes if t.key == "treating_public_fairly")
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section)
    assert sg is not None and (sg.grade, sg.area) == (grade, section), text


@pytest.mark.parametrize("text", [
    # a standard, a finding or "we grade it" that is not a graded area's judgement
    "The force keeps its custody suites to a good standard.",
    "Wessex Constabulary records stop and search encounters to a good standard.",
    "We found the quality of its case files to be good.",
    "We found most of the investigations we reviewed to be good.",
    "The council's new hub is well run, and we grade it good.",
    "Our judgement in this area is based on the files we reviewed.",
])
def test_no_grade_from_standards_findings_or_other_subjects(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25")) is None, text
    tax = _taxonomy("peel_2023_25")
    section = next(t for t in tax.themes if t.key == "treating_public_fairly")
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section) is None, text


@pytest.mark.parametrize("tax_id,text,grade,area", [
    # a grade the force earns or receives for an area
    ("peel_2023_25", "Wessex Constabulary earns a good grade for its crime prevention.", "good", "preventing_crime"),
    ("peel_2023_25", "The force received a rating of 'adequate' in investigating crime.", "adequate",
     "investigating_crime"),
    # the force as a workplace or an employer: the graded area about its workforce
    ("peel_2023_25", "Wessex Constabulary requires improvement as a workplace.", "requires improvement", "workforce"),
    ("peel_2021_22", "As an employer, the constabulary is good.", "good", "workforce"),
    # a press paraphrase that counts the areas off
    ("peel_2023_25", "Responding to the public was another area graded as requiring improvement.",
     "requires improvement", "responding_to_public"),
    ("peel_2023_25", "Managing offenders and suspects was the third area where the force was told it requires "
     "improvement.", "requires improvement", "managing_offenders"),
    # the overall judgement of a crime data integrity inspection, by the name those reports use
    ("crime_data_integrity_2016_2019", "We judge Wessex Constabulary's crime-recording arrangements to be inadequate.",
     "inadequate", "crime_recording"),
])
def test_grades_earned_as_a_workplace_or_counted_off(tax_id, text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == (grade, area), text


@pytest.mark.parametrize("text,grade", [
    ("HMIC's judgment on this question is that the constabulary is outstanding.", "outstanding"),
    ("On this question, HMIC judges the constabulary to be good.", "good"),
    ("This part of our inspection of Wessex carries no grade.", "not graded"),
    ("We do not grade this overall area.", "not graded"),
])
def test_this_questions_judgement_takes_the_section(text, grade):
    tax = _taxonomy("peel_2015")
    section = next(t for t in tax.themes if t.key == "investigating_crime")
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=tax, section_theme=section)
    assert sg is not None and (sg.grade, sg.area) == (grade, section), text


@pytest.mark.parametrize("text", [
    # a grade for something the force is not: another body, a sub-topic, an employer's scheme
    "The council earns a good grade for its crime prevention.",
    "Wessex Constabulary earns a good grade for its custody suites.",
    "The force is good as a partner to the council.",
    "Its training scheme was another area graded as requiring improvement.",
])
def test_no_grade_from_earned_grades_of_others_or_sub_topics(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25")) is None, text


@pytest.mark.parametrize("tax_id,text,grade,area", [
    # the force named after the grade
    ("peel_2021_22", "Investigating crime is adequate in Wessex Constabulary.", "adequate", "investigating_crime"),
    # the inspectorate named after the judgement it gave
    ("peel_2021_22", "The force is good at preventing crime and anti-social behaviour, the inspectorate said.",
     "good", "preventing_crime"),
    ("peel_2023_25", "Wessex Constabulary requires improvement in how it investigates crime, according to the "
     "report.", "requires improvement", "investigating_crime"),
    # an area of the list counted off with its grade first
    ("peel_2021_22", "The third area requiring improvement is strategic planning, organisational management and "
     "value for money.", "requires improvement", "use_of_resources"),
    ("peel_2021_22", "Another area graded good was managing offenders and suspects.", "good", "managing_offenders"),
    # a pillar "of its policing"
    ("peel_2016", "Wessex Constabulary is graded good for the efficiency of its policing.", "good", None),
    # the inspectorate's judgement inside an area's clause, and "we found its … to be …"
    ("peel_2021_22", "Investigating crime is an area in which we judge the force to be adequate.", "adequate",
     "investigating_crime"),
    ("peel_2023_25", "We found the constabulary's response to the public to be inadequate.", "inadequate",
     "responding_to_public"),
])
def test_grades_with_the_force_or_the_inspectorate_named_last(tax_id, text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id), year=2022)
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == (grade, area), text


@pytest.mark.parametrize("text", [
    # someone else's words about the force, another force, an earlier HMIC report
    "Investigating crime is good, the chief constable said.",
    "The force is good at preventing crime, the police and crime commissioner said.",
    "Responding to the public is adequate in Northmoor Police.",
    "The force is good at preventing crime, HMIC said.",
])
def test_no_grade_from_others_words_other_forces_or_earlier_reports_named_last(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2021_22"), year=2022) is None, text


@pytest.mark.parametrize("text", [
    "The service the force gives to victims of crime is assessed but not graded.",
    "We also examined the service victims receive, for which we give no grade.",
    "We report on the service given to victims of crime without grading it.",
    "The inspectorate also assesses how well the force serves victims of crime, but does not grade it.",
    "We also assessed how well the force serves victims of crime; this area is not graded.",
])
def test_the_victim_service_said_to_carry_no_grade_in_other_words_is_not_graded(text):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"), year=2024)
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == ("not graded", "victim_service"), text


@pytest.mark.parametrize("text", [
    # a graded area said to carry no grade is a change of method, never this report's judgement
    "Investigating crime is assessed but not graded separately this year.",
    "We report on the way it investigates crime against victims of fraud without grading it.",
])
def test_no_not_graded_for_a_graded_area_in_other_words(text):
    assert stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"), year=2024) is None, text


def test_a_response_times_heading_is_policing_not_someone_elses_response(tmp_path):
    """"Calls and response times" is a section about the force's work: a judgement under it
    is the report's (a "response" heading is another voice only when it is someone's reply)."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text(
        "Wessex Constabulary: PEEL 2023–25 inspection\n\nSynthetic test document.\n\nPublished May 2025\n\n"
        "Calls and response times\n\n"
        "Responding to the public was another area graded as requiring improvement. "
        "Too many emergency calls were answered late.\n",
        encoding="utf-8")
    assert read_report(p).grades.get("Responding to the public") == "requires improvement"


@pytest.mark.parametrize("tax_id,text,grade,area", [
    # a participle giving the reason
    ("peel_2023_25", "We found the force good at preventing crime, singling out its commitment to neighbourhood "
     "policing.", "good", "preventing_crime"),
    # "one of the two areas where …"
    ("peel_2023_25", "Investigating crime was one of the two areas where the force was told it requires improvement.",
     "requires improvement", "investigating_crime"),
    # "judged to require improvement in …"
    ("peel_2023_25", "The force was also judged to require improvement in the way it builds, supports and protects "
     "its workforce.", "requires improvement", "workforce"),
    # the area as a clause: "How the force … is adequate"
    ("peel_2023_25", "How the force uses its powers and treats the public is adequate.", "adequate",
     "treating_public_fairly"),
])
def test_grades_found_by_the_report_or_named_by_a_clause(tax_id, text, grade, area):
    sg = stated_grade(text, force="Wessex Constabulary", taxonomy=_taxonomy(tax_id))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == (grade, area), text


def test_a_report_named_as_finding_is_not_this_reports_judgement():
    """"The same report found the force good at …": in a letter or an article the report
    may be an earlier one, so no grade is read from it."""
    assert stated_grade("The same report found the force good at preventing crime.", force="Wessex Constabulary",
                        taxonomy=_taxonomy("peel_2023_25")) is None


def test_a_pillar_and_an_overall_judgement_in_other_words():
    sg = stated_grade("HMIC judges the legitimacy of Wessex Constabulary to be good.", force="Wessex Constabulary",
                      taxonomy=_taxonomy("peel_2016"))
    assert sg is not None and (sg.grade, sg.name) == ("good", "Legitimacy")
    sg = stated_grade("The overall judgment therefore remains good.", force="Wessex Constabulary",
                      taxonomy=_taxonomy("crime_data_integrity_2016_2019"))
    assert sg is not None and (sg.grade, sg.name) == ("good", "Overall")
    # PEEL from 2021 has no overall grade, however a sentence puts it
    assert stated_grade("The overall judgment therefore remains good.", force="Wessex Constabulary",
                        taxonomy=_taxonomy("peel_2023_25")) is None


def test_the_pillar_with_its_question_and_a_grade_now_reached_are_stated_grades():
    """"We judge the effectiveness of X at keeping people safe and reducing crime to be good"
    names the pillar with the question it answers; "X now requires improvement in how it
    records crime" is this report's grade, "now" marking the change from the last one."""
    sg = stated_grade("We judge the effectiveness of Wessex Constabulary at keeping people safe and reducing crime "
                      "to be good.", force="Wessex Constabulary", taxonomy=_taxonomy("peel_2016"))
    assert sg is not None and (sg.grade, sg.name) == ("good", "Effectiveness")
    sg = stated_grade("Wessex Constabulary now requires improvement in how it records crime.", force="Wessex Constabulary",
                      taxonomy=_taxonomy("crime_data_integrity_2016_2019"))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == ("requires improvement", "crime_recording")
    assert stated_grade("Wessex Constabulary now requires improvement in how it records crime, its commissioner says.",
                        force="Wessex Constabulary", taxonomy=_taxonomy("crime_data_integrity_2016_2019")) is None


def test_an_area_that_is_not_something_we_grade_is_not_graded():
    sg = stated_grade("We also looked at the service victims get, which is not something we grade.",
                      force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == ("not graded", "victim_service")


def test_not_making_a_graded_judgement_is_not_graded():
    sg = stated_grade("We do not make a graded judgment about the victim service assessment.",
                      force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == ("not graded", "victim_service")


def test_neighbourhood_policing_is_not_a_neighbouring_force():
    """"neighbour…" marks a comparison with a neighbouring force; "neighbourhood" is policing."""
    sg = stated_grade("The force is good at preventing crime, and its neighbourhood teams know their areas well.",
                      force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25"))
    assert sg is not None and (sg.grade, sg.area and sg.area.key) == ("good", "preventing_crime")
    assert stated_grade("Like its neighbouring force, the force is good at preventing crime.",
                        force="Wessex Constabulary", taxonomy=_taxonomy("peel_2023_25")) is None


def test_an_addendum_with_its_own_date_is_part_of_the_report(tmp_path):
    """"Addendum (February 2017)" in a report published in 2016 adds to this report; its
    judgements are the report's, not another year's."""
    from extractor import read_report

    p = tmp_path / "wessex-cdi.txt"
    p.write_text(
        "Wessex Constabulary: Crime data integrity inspection 2016\n\nSynthetic test document.\n\n"
        "Published August 2016\n\nAddendum (February 2017)\n\n"
        "The systems and processes that support accurate crime recording require improvement.\n",
        encoding="utf-8")
    assert read_report(p).grades.get("Systems and processes") == "requires improvement"


@pytest.mark.parametrize("text, pillar", [
    ("the way it keeps people safe and reduces crime", "Effectiveness"),
    ("the way the force keeps people safe and reduces crime", "Effectiveness"),
    ("the way it treats the public and its workforce", "Legitimacy"),
    ("the way it investigates crime", None),
])
def test_a_pillar_named_as_the_way_the_force_works_is_that_pillar(text, pillar):
    """"The way it keeps people safe and reduces crime" names the effectiveness pillar as much
    as "keeping people safe and reducing crime"; the leading "the" was taken off before the
    phrase was matched, so "way it …" matched nothing. An area's activity stays no pillar."""
    from extractor.understand.grades import pillar_named

    assert pillar_named(text) == pillar


def test_a_judgement_of_the_way_the_force_keeps_people_safe_grades_the_pillar(tmp_path):
    from extractor import read_report

    p = tmp_path / "r.txt"
    p.write_text("PEEL: Police effectiveness 2017\nAn inspection of Wessex Police\n\nMarch 2018\n\n"
                 "Synthetic test document: not a real inspection report.\n\nSummary\n\n"
                 "We judge the way the force keeps people safe and reduces crime to be good.\n", encoding="utf-8")
    assert read_report(p).grades == {"Effectiveness": "good"}


def test_the_way_the_force_does_an_area_requires_improvement_is_its_grade():
    """"The way the force responds to the public requires improvement": the area named as
    the way the force works, then the grade as a verb (no "is"), as the possessive form
    ("Its response to the public requires improvement") already was; a turn after it
    leaves it alone."""
    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2023_25")
    got = stated_grade("The way the force responds to the public requires improvement.", force="Wessex Police",
                       taxonomy=peel, year=2024)
    assert got is not None and (got.grade, got.area.key if got.area else None) == \
        ("requires improvement", "responding_to_public")
    assert stated_grade("The way the force responds to the public requires improvement, but it is getting better.",
                        force="Wessex Police", taxonomy=peel, year=2024) is None


@pytest.mark.parametrize("text, grade, key", [
    ("On reducing crime and preventing offending, we judge the force to be good.", "good", "preventing_crime"),
    ("On investigating offending, we judge the constabulary to require improvement.", "requires improvement",
     "investigating_crime"),
    ("On balance, we judge the force to be good.", None, None),
])
def test_an_area_put_first_then_the_judgement_is_that_areas_grade(text, grade, key):
    """"On reducing crime and preventing offending, we judge the force to be good": the area
    put first, then the inspectorate's judgement of the force; a lead that names no graded
    area ("On balance, …") gives none."""
    peel = next(t for t in builtin_taxonomies() if t.id == "peel_2014")
    got = stated_grade(text, force="Wessex Police", taxonomy=peel, year=2014)
    assert (got.grade, got.area.key if got.area else None) == (grade, key) if grade else got is None


def test_peel_2014_efficiency_question_is_the_pillar_not_one_of_its_areas(tmp_path):
    """"To what extent is the force efficient?" is the 2014 efficiency pillar's question, over
    its sub-questions: its grade is the pillar's, and the sub-question on an affordable way
    of policing keeps its own grade for the use of resources (the question had been read as
    the use of resources, and the pillar's grade overwrote that area's). "Efficiency
    (overall)" in a table is the same pillar, not an area of its own."""
    from extractor import read_report

    p = tmp_path / "fernmoor.txt"
    p.write_text(
        "PEEL: Police efficiency 2014 – Fernmoor Constabulary\n\n"
        "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
        "November 2014\n\n"
        "Overall judgment\n\n"
        "Question   Judgment\n"
        "To what extent is the force efficient?   Outstanding\n"
        "To what extent is the force taking steps to ensure a secure financial position for the short and long "
        "term?   Outstanding\n"
        "To what extent has the force got an affordable way of providing policing?   Good\n\n"
        "The constabulary has planned its savings with great care.\n", encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Efficiency": "outstanding", "Planning for the future": "outstanding",
                          "Use of resources": "good"}
    q = tmp_path / "fernmoor2.txt"
    q.write_text(p.read_text(encoding="utf-8").replace("To what extent is the force efficient?   Outstanding",
                                                       "Efficiency (overall)   Outstanding"), encoding="utf-8")
    assert read_report(q).grades == rep.grades


def test_a_crime_data_integrity_reports_overall_grade_is_its_crime_recording_grade(tmp_path):
    """A crime data integrity report is about one subject: "Overall judgment on crime
    recording: Good" is the crime-recording grade, named so a reader can set it beside
    other forces' (it had been an area called "Overall"). Where a row grades crime
    recording by its own question, "Overall" stays a row of its own."""
    from extractor import read_report

    head = ("Crime data integrity: inspection of Fernmoor Constabulary\n\n"
            "Synthetic test report: not a real inspection and not the inspectorate's words.\n\n"
            "August 2018\n\n"
            "Our judgments\n\n"
            "Area   Judgment\n")
    tail = ("How efficiently do the systems and processes in the force support accurate crime-recording?   Good\n\n"
            "The force records most of the crimes reported to it.\n")
    p = tmp_path / "fernmoor.txt"
    p.write_text(head + "Overall judgment on crime recording   Good\n" + tail, encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Crime recording": "good", "Systems and processes": "good"}
    assert {s["theme_key"] for s in rep.grade_sources if s["source"] == "table"} == {"crime_recording",
                                                                                     "systems_processes"}
    q = tmp_path / "fernmoor2.txt"
    q.write_text(head + "How effective is the force at recording reported crime?   Requires improvement\n"
                 "Overall   Requires improvement\n" + tail, encoding="utf-8")
    assert read_report(q).grades == {"Crime recording": "requires improvement", "Overall": "requires improvement",
                                     "Systems and processes": "good"}


@pytest.mark.parametrize("date_line", ["2016", ""])
def test_a_letter_titled_after_the_findings_it_revisits_gives_no_grade_of_that_year(tmp_path, date_line):
    """A revisit letter is titled after the earlier inspection it looks back on ("revisit
    of the 2015 findings") and dated by a year alone, or not at all. The title's year is
    not the letter's: read as its own, the recalled 2015 grade became a grade the letter
    gives, which the inspectorate never stated in it."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text("Wessex Police: revisit of the 2015 findings on vulnerability\n\n"
                 "Synthetic test letter: not a real letter and not the inspectorate's words.\n\n"
                 + (f"{date_line}\n\n" if date_line else "")
                 + "Why we came back\n\n"
                 "In our 2015 effectiveness inspection we graded the force inadequate at protecting those who are "
                 "vulnerable from harm and supporting victims.\n\n"
                 "A revisit looks only at progress against those findings; it does not change the grade.\n",
                 encoding="utf-8")
    assert read_report(p).grades == {}


def test_a_cause_of_concern_letter_recalls_grades_and_gives_none(tmp_path):
    """A cause-of-concern or revisit letter follows up an inspection; it grades nothing.
    "As a result, we judged its planning … inadequate" names no year and no earlier report,
    but it is the inspection's grade, recalled: every writer of our letters left such
    sentences out of the grade table. What the letter says is not graded is still read."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text("Wessex Police: PEEL cause of concern letter\n\n"
                 "Synthetic test letter: not a real letter and not the inspectorate's words.\n\n"
                 "12 March 2024\n\n"
                 "Dear Chief Constable,\n\n"
                 "Background\n\n"
                 "During our inspection we found that the force had no reliable plan for its future workforce.\n\n"
                 "As a result, we judged its strategic planning, organisational management and value for money to be "
                 "inadequate.\n\n"
                 "Cause of concern\n\n"
                 "The force does not know whether it has the people it will need in two years' time.\n\n"
                 "This letter does not lead to a new graded judgment on leadership.\n",
                 encoding="utf-8")
    report = read_report(p)
    assert report.report_type == "cause_of_concern_letter"
    assert "inadequate" not in report.grades.values()
    assert not any(f.grade == "inadequate" for f in report.findings)


_JUDGED = ("Summary\n\n"
           "We judge Wessex Police to be good at investigating crime.\n\n"
           "The force requires improvement in how it responds to the public.\n\n")


@pytest.mark.parametrize("text", [
    # a PEEL report whose early headings speak of causes of concern and a letter
    "PEEL 2023–25: An inspection of Wessex Police\n\n14 May 2024\n\nSynthetic test report.\n\n"
    "Closure of causes of concern\n\nOur judgments\n\n" + _JUDGED,
    "PEEL 2023–25: An inspection of Wessex Police\n\n14 May 2024\n\nSynthetic test report.\n\n"
    "Engage\n\nOur letter to the chief constable\n\n" + _JUDGED,
    # a release whose headline reports a letter
    "News release: Inspectorate publishes PEEL report and cause of concern letter for Wessex Police\n\n"
    "14 May 2024\n\nSynthetic test release.\n\n" + _JUDGED + "Notes to editors\n\nThe inspectorate assesses forces.\n",
])
def test_a_report_that_only_mentions_a_letter_keeps_its_grades(tmp_path, text):
    """An independent review: documents taken for letters by a heading or a headline lost
    every grade to the letter rule. A letter is known by its frame ("Dear Chief
    Constable,") or a title that names it; a report or release keeps its judgements."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text(text, encoding="utf-8")
    assert read_report(p).grades.get("Investigating crime") == "good"


def test_a_letters_table_of_recalled_grades_gives_none(tmp_path):
    """Grades a letter sets out as rows recall the inspection, as its sentences do."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text("Wessex Police: cause of concern letter\n\n12 March 2024\n\n"
                 "Synthetic test letter: not a real letter.\n\nDear Chief Constable,\n\n"
                 "Background\n\nThis letter follows our PEEL inspection. The force's grades were:\n\n"
                 "Investigating crime: Inadequate\n\nResponding to the public: Requires improvement\n\n"
                 "Cause of concern\n\nThe force does not know whether victims are safe.\n", encoding="utf-8")
    assert read_report(p).grades == {}


@pytest.mark.parametrize(("title", "cover", "year"), [
    ("Wessex Police: revisit of the 2015 findings on vulnerability", "", None),
    ("Wessex Police: revisit of the 2015 findings on vulnerability", "Title\n2016\n", 2016),
    ("PEEL: Police effectiveness 2016 – Wessex Police", "", 2016),
    ("Progress since the 2019 inspection of Wessex Police", "", None),
    ("Revisit of Wessex Police's 2015 vulnerability findings", "", None),
    ("Progress report on the 2015 PEEL effectiveness inspection of Wessex Police", "", None),
    ("Wessex Police: re-inspection following the 2015 effectiveness inspection", "", None),
    ("Crime data integrity: review 2016", "", 2016),
    ("Custody services progress 2019", "", 2019),
    ("Crime recording", "Crime recording\n2014\n2016\n", 2016),
])
def test_the_year_of_a_document_without_a_date(title, cover, year):
    """Without a date, a cover line that is a year alone dates a document; a title year
    dates it only where it is not an earlier inspection the document looks back on."""
    from extractor.understand.metadata import year_of

    assert year_of(None, title, cover) == year


@pytest.mark.parametrize(("text", "grade", "area"), [
    ("Investigating crime was judged to require improvement.", "requires improvement", "investigating_crime"),
    ("The area judged inadequate this time is responding to the public.", "inadequate", "responding_to_public"),
    ("The only area graded outstanding was managing offenders and suspects.", "outstanding", "managing_offenders"),
    ("The good grade was for preventing crime.", "good", "preventing_crime"),
    ("Wessex Police was rated good for police powers and public treatment, with inspectors praising its "
     "training on the use of force.", "good", "treating_public_fairly"),
])
def test_a_press_articles_ways_of_stating_a_grade(text, grade, area):
    """News articles state grades with the area or the grade as the subject ("Investigating
    crime was judged to require improvement", "The area judged inadequate this time is …",
    "The good grade was for …") and give the inspectors' reason after a comma: each is the
    inspectorate's judgement of the article's force in the area named."""
    sg = stated_grade(text, force="Wessex Police", taxonomy=_taxonomy("peel_2023_25"), year=2024)
    assert sg is not None and (sg.grade, sg.area.key if sg.area else None) == (grade, area), text


@pytest.mark.parametrize("text", [
    "The area judged inadequate in 2021 was responding to the public.",
    "The good grade was for Mercia Police's work on preventing crime.",
    "The outstanding grade was for recording crime, an area where the force was found wanting two years ago.",
    "The area judged inadequate this time is one the force had planned to fix.",
    "The good grade was for a neighbouring force.",
])
def test_no_grade_from_a_grade_subject_that_is_another_years_or_anothers(text):
    """The same shapes about another year, another force or no graded area give no grade:
    where a sentence looks back, the grade it names may be an earlier one."""
    assert stated_grade(text, force="Wessex Police", taxonomy=_taxonomy("peel_2023_25"), year=2024) is None


@pytest.mark.parametrize(("previous", "text"), [
    ("In its 2019 inspection, Wessex Police was rated inadequate in two areas.", "The good grade was for preventing crime."),
    ("Neighbouring forces fared better.", "The good grade was for preventing crime."),
    ("Other forces in the region were inspected too.", "The area judged inadequate this time is responding to the public."),
    (None, "Wessex Police was rated good for police powers and public treatment, with inspectors praising the work, "
           "though only in the north."),
    (None, "Wessex Police was rated good for police powers and public treatment, with inspectors finding the work "
           "was good only in the north."),
])
def test_a_grade_that_points_back_or_is_narrowed_after_its_reason_is_no_grade(previous, text):
    """"The good grade was for …" points back to the sentence before: after one about an
    earlier inspection or other forces, the grade is theirs. A reason that narrows the
    grade ("…, with inspectors praising the work, though only in the north") makes it no
    grade of the area."""
    assert stated_grade(text, force="Wessex Police", taxonomy=_taxonomy("peel_2023_25"), previous=previous,
                        year=2024) is None


@pytest.mark.parametrize("line", [
    "at ensuring the workforce behaves ethically and lawfully; requires improvement",
    "December 2016: legitimacy requires improvement, down from good in 2015; good",
    "Crime recording, good",
])
def test_a_wrapped_line_of_prose_is_not_a_grade_row(line):
    """A paragraph hard-wrapped at a fixed width can leave lines that end in a grade word: a
    row's area is a label, which does not end in a clause's comma or semicolon."""
    assert parse_grade_row(line) is None


@pytest.mark.parametrize("line,expected", [
    ("vulnerable people?   Requires improvement", ("vulnerable people?", "requires improvement")),
    ("engaging with and treating the public with fairness and respect – good",
     ("engaging with and treating the public with fairness and respect", "good")),
])
def test_a_row_may_start_lower_case(line, expected):
    """A table cell's wrapped second line, and the items of a judgement list in a letter or a
    news piece, start lower case: they are rows all the same."""
    assert parse_grade_row(line) == expected


def test_a_wrapped_paragraph_that_lists_grades_gives_none_and_the_table_wins(tmp_path):
    """Read end to end: a hard-wrapped paragraph whose lines end in grade words (two of them,
    as a table would have) gives no table grade, and the report's own table is read whole."""
    from extractor import read_report

    p = tmp_path / "wessex.txt"
    p.write_text(
        "PEEL: Police legitimacy 2016 – An inspection of Wessex Constabulary\n\n"
        "Synthetic test report, not a real inspection: it follows public facts about another\n"
        "force (published in December 2016: legitimacy requires improvement, down from good;\n"
        "good at ensuring the workforce behaves ethically and lawfully; requires improvement\n"
        "at treating the workforce with fairness and respect; good\n"
        "at treating the public with fairness and respect; inadequate\n"
        "in the eyes of some partners), and every finding is invented.\n\n"
        "December 2016\n\n"
        "Our judgements\n\n"
        "Legitimacy: Requires improvement\n"
        "How well does the force ensure that its workforce behaves ethically and lawfully?: Good\n"
        "To what extent does the force treat its workforce with fairness and respect?: Requires improvement\n\n"
        "Summary\n\n"
        "The force vets its staff thoroughly and its leaders set clear standards of behaviour.\n",
        encoding="utf-8",
    )
    rep = read_report(p)
    rows = [g for g in rep.grade_sources if g["source"] == "table"]
    assert sorted((g["theme_key"] or "", g["grade"]) for g in rows) == [
        ("", "requires improvement"), ("ethical_behaviour", "good"), ("workforce", "requires improvement")]


def test_an_overall_sentence_in_a_one_pillar_report_grades_that_pillar_and_meets_its_table_row(tmp_path):
    """"Overall, the constabulary is good." in an effectiveness report is the pillar's grade,
    as the table's "Overall effectiveness judgement" row is: one grade, and a warning where
    they disagree (an independent review found both kept, side by side, once the row was
    named for its pillar)."""
    from extractor import read_report

    p = tmp_path / "r.txt"
    p.write_text("PEEL: Police effectiveness 2016 – An inspection of Wessex Police\n\n"
                 "Synthetic test document: not a real inspection report.\n\nMarch 2017\n\n"
                 "Overall effectiveness judgement: Requires improvement\n\nSummary\n\n"
                 "Overall, the constabulary is good.\n\n"
                 "Wessex Police must get better at investigating burglary.\n", encoding="utf-8")
    rep = read_report(p)
    assert rep.grades == {"Effectiveness": "requires improvement"}
    assert any("Effectiveness" in w for w in rep.warnings)


#: The opening of a fictional news article on a PEEL 2017 effectiveness report, for the
#: tests of quoted words below.
_ARTICLE_OPENING = (
    "Inspectors say Wessex Police must do better\n\n"
    "Synthetic test document: a fictional news article about a fictional force.\n\n"
    "Published 3 March 2017\n\n"
    "Wessex Police has been told by HMIC that it requires improvement in its PEEL effectiveness inspection.\n\n"
)


def test_a_grade_inside_someone_elses_quotation_is_not_the_inspectorates(tmp_path):
    """A commissioner's "We judge the force to be good at investigating crime." in the middle
    of her quotation is her claim: the report stated no such grade (the sentence was labelled
    someone else's words, yet its grade went into the report's grades). The inspectorate's
    own judgement in the same article, and one its inspector speaks, still count."""
    from extractor import read_report

    p = tmp_path / "article.txt"
    p.write_text(
        _ARTICLE_OPENING +
        'Commissioner Jane Smith said: "I do not accept every part of the report. '
        "We judge the force to be good at investigating crime. "
        'Residents can see the results for themselves."\n\n'
        'Chief Constable Tom Brown added: "We have listened. '
        'The force is outstanding at protecting vulnerable people."\n\n'
        "HM Inspector Wendy Marsh said: \"We judged the force to be good at preventing crime.\"\n\n"
        "HMIC judged the force to be inadequate at tackling serious and organised crime.\n",
        encoding="utf-8")
    from extractor.pipeline import Options

    rep = read_report(p, Options(report_type="peel_2014_2019"))
    areas = {s["theme_key"]: s["grade"] for s in rep.grade_sources}
    assert areas == {"preventing_crime": "good", "serious_organised_crime": "inadequate"}


def test_a_table_row_that_calls_its_area_grade_the_overall_judgement_grades_that_area():
    """"Crime recording: overall judgment | Inadequate" in a crime data integrity report's
    table is the crime recording grade (it was kept under its printed name, with no theme,
    beside the same grade from the text); "Overall judgement: Effectiveness" is the pillar's
    row, not an overall grade of the force."""
    from extractor.records import GradeRow
    from extractor.understand.grades import table_grades

    taxes = {t.id: t for t in builtin_taxonomies()}
    grades, sources, _ = table_grades([GradeRow("Crime recording: overall judgment", "inadequate", 2)],
                                      taxes["crime_data_integrity_2016_2019"])
    assert grades == {"Crime recording": "inadequate"}
    assert sources[0]["theme_key"] == "crime_recording" and sources[0]["area"] == "Crime recording: overall judgment"
    grades, _, _ = table_grades([GradeRow("Overall judgement – crime recording", "good", 2)],
                                taxes["crime_data_integrity_2016_2019"])
    assert grades == {"Crime recording": "good"}
    # an overall grade of someone or something this report does not grade (a review)
    grades, _, _ = table_grades([GradeRow("Northmoor Police: overall judgement", "inadequate", 2),
                                 GradeRow("England and Wales: overall", "good", 2)],
                                taxes["crime_data_integrity_2016_2019"])
    assert grades == {}
    # the same row as plain text prints it, read by the text reader's row parser
    assert parse_grade_row("Crime recording: overall judgment: Inadequate") == \
        ("Crime recording: overall judgment", "inadequate")
    assert parse_grade_row("Protecting vulnerable people: never good") is None
    grades, _, _ = table_grades([GradeRow("Overall judgement: Effectiveness", "good", 1),
                                 GradeRow("Preventing crime (overall)", "requires improvement", 1)], taxes["peel_2016"])
    assert grades == {"Effectiveness": "good",
                      "Preventing crime, tackling anti-social behaviour and keeping people safe": "requires improvement"}


def test_a_quotation_left_open_does_not_silence_the_grades_after_it(tmp_path):
    """A commissioner's quotation that never closes made every later sentence someone
    else's words, and the inspectorate's own grade far below it was lost (an independent
    review)."""
    from extractor import read_report
    from extractor.pipeline import Options

    p = tmp_path / "article.txt"
    p.write_text(
        _ARTICLE_OPENING +
        "Commissioner Jane Smith said: \u201cI do not accept every part of the report. We will respond in full.\n\n"
        "The report looked at how the force keeps people safe.\n\n"
        "It found that officers do not always record the risks victims face.\n\n"
        "Call handlers were often too busy to check the history of a caller.\n\n"
        "HMIC judged the force to be inadequate at tackling serious and organised crime.\n",
        encoding="utf-8")
    rep = read_report(p, Options(report_type="peel_2014_2019"))
    assert {s["theme_key"]: s["grade"] for s in rep.grade_sources} == {"serious_organised_crime": "inadequate"}
