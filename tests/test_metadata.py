"""Force, title, publication month and family: read from title and cover first."""
import pytest

from extractor import Options, read_report
from extractor.records import Block
from extractor.understand.family import detect_family
from extractor.understand.metadata import detect_force, detect_published, forces_in
from extractor.understand.themes import builtin_taxonomies


def test_gazetteer_has_the_43_territorial_forces():
    import json

    from extractor.resources import corpora_dir

    data = json.loads((corpora_dir() / "forces.json").read_text())
    assert sum(1 for f in data["forces"] if f["territorial"]) == 43


def test_short_forms_and_possessives():
    assert forces_in("Devon & Cornwall Police has improved.") == ["Devon and Cornwall Police"]
    assert forces_in("We found that GMP had a plan.") == ["Greater Manchester Police"]
    assert forces_in("the Met has a large team") == ["Metropolitan Police Service"]
    assert forces_in("the met office said") == []
    assert forces_in("The Met has improved.") == ["Metropolitan Police Service"]
    assert detect_force("Cleveland Police's approach to tackling domestic abuse", "", []) == "Cleveland Police"


def test_title_beats_forces_mentioned_in_passing():
    blocks = [Block("Essex Police and Kent Police were also visited.", "para")] * 5
    assert detect_force("PEEL 2021/22: An inspection of Gwent Police", "", blocks) == "Gwent Police"


def test_unknown_force_read_from_title_pattern():
    assert detect_force("PEEL 2023–25: An inspection of Wessex Constabulary", "", []) == "Wessex Constabulary"
    assert detect_force("Northmoor Police's approach to tackling domestic abuse", "", []) == "Northmoor Police"


def test_a_masthead_above_a_headline_opening_with_police_is_no_force():
    """A newspaper's name on the line above "Police praised for …" once became the force
    "Fen and Ouse Courier Police"; a name must sit on one line."""
    blocks = [Block("Inspectors said Kent Police answered calls too slowly.", "para")] * 3
    cover = "Marsh Valley Gazette\nPolice told to answer calls faster\n12 March 2024"
    assert detect_force("Police told to answer calls faster", cover, blocks) == "Kent Police"
    assert detect_force(None, "An inspection of\nNorthmoor Police", []) == "Northmoor Police"
    # a cover title wrapped before the name's last word still names the force (review)
    lancs = [Block("Lancashire Constabulary shared its custody suite.", "para")] * 3
    assert detect_force(None, "PEEL 2023\nAn inspection of the Isle of Man\nConstabulary\nMay 2024", lancs) == \
        "Isle of Man Constabulary"


def test_a_force_read_from_a_title_by_its_words_is_checked_against_the_text():
    """A title-case headline runs headline words into the name ("Watchdog Praises Wessex
    Police …"): such a name the text never repeats gives way to the ending of it that the
    text uses as a name of its own. A name the text never repeats otherwise stays as read,
    whatever known force the text names in passing (an independent review: a fictional
    force's report, and its grades, went to Kent Police)."""
    wessex = [Block("Inspectors said Wessex Police answered calls quickly.", "para")]
    assert detect_force("Northmoor Courier Watchdog Praises Wessex Police Response Times", "", wessex) == "Wessex Police"
    assert detect_force("An inspection of Northmoor Police", "", [Block("The force is good.", "para")]) == \
        "Northmoor Police"
    assert detect_force("An inspection of the effectiveness of Northmoor Police in 2017", "",
                        [Block("The force shares a helicopter with Kent Police.", "para")]) == "Northmoor Police"
    # the end of another force's name is no ending of this one
    assert detect_force("Avon Valley Police: PEEL 2017", "",
                        [Block("It works with Thames Valley Police on roads policing.", "para")]) == "Avon Valley Police"


def test_force_from_text_when_title_silent():
    blocks = [Block("Durham Constabulary has a clear plan.", "para")] * 3 + [Block("Unlike Cleveland Police, it …", "para")]
    assert detect_force("Domestic abuse inspection", "", blocks) == "Durham Constabulary"


def test_published_month_prefers_cover_date_over_republication():
    cover = "PEEL 2016\nPublished on 14 May 2019\nMarch 2017"
    assert detect_published(cover, []) == "2017-03"
    assert detect_published("2 March 2017", []) == "2017-03"
    assert detect_published("no date here", []) is None


def test_family_detection():
    taxes = builtin_taxonomies()
    assert detect_family("Kent Police's approach to tackling domestic abuse", ["Identifying victims"], 2014, taxes)[0] == "domestic_abuse_2014"
    assert detect_family("PEEL 2021/22: An inspection of Gwent Police", ["Investigating crime", "Protecting vulnerable people"], 2022, taxes)[1].id == "peel_2021_22"
    assert detect_family("PEEL: Police effectiveness 2016", ["How effective is the force at investigating crime and reducing re-offending?"], 2017, taxes)[1].id in ("peel_2016", "peel_2017")
    assert detect_family("Crime data integrity: Inspection of Kent Police", ["Leadership and governance"], 2014, taxes)[0] == "crime_data_integrity_2014"
    assert detect_family("The police response to stalking", ["Introduction", "Our findings"], 2024, taxes)[0] == "thematic"


def test_every_eval_report_gets_force_and_month(extracted):
    from conftest import SPEC_DIR, spec_paths
    from synth import load_spec

    for p in spec_paths():
        spec = load_spec(SPEC_DIR / p.name)
        for mode in ("text", "classic"):
            rep = extracted(p.stem, mode)
            assert rep.force == spec["force"], (p.stem, mode)
            assert rep.published == spec["published"], (p.stem, mode)


def test_markdown_report_metadata(tmp_path):
    p = tmp_path / "r.md"
    p.write_text("# Surrey Police's approach to tackling domestic abuse\n\nMarch 2014\n\n## Identifying victims\n\nCall handlers are well trained.\n")
    rep = read_report(p, Options())
    assert rep.force == "Surrey Police" and rep.published == "2014-03"
    assert rep.report_type == "domestic_abuse_2014"
    assert rep.findings[0].theme == "Identifying victims"


def test_a_renamed_force_keeps_one_name_across_the_years():
    """Hampshire Constabulary became Hampshire and Isle of Wight Constabulary in 2022:
    reports of both years are the same force, under today's name."""
    assert forces_in("In 2017 we found that Hampshire Constabulary had a plan.") == \
        ["Hampshire and Isle of Wight Constabulary"]
    assert detect_force("PEEL 2023–2025: An inspection of Hampshire and Isle of Wight Constabulary", "", []) == \
        "Hampshire and Isle of Wight Constabulary"


def test_a_news_release_headline_is_its_title_and_no_finding(tmp_path):
    """A release's headline runs longer than a heading; standing alone on the first line it
    is the title, and where it comes again it is a heading, not a finding."""
    headline = ("Wessex Constabulary praised for the way it protects children but told it must answer "
                "the calls of the public more quickly")
    src = tmp_path / "release.txt"
    src.write_text(f"{headline}\n\nSynthetic test report: not a real inspection report.\n\n3 March 2025\n\n"
                   f"{headline}\n\nWessex Constabulary protects children well, the inspectorate said today.\n\n"
                   "Its call handlers are too slow to answer the public, however.\n", encoding="utf-8")
    rep = read_report(src, Options())
    assert rep.title == headline
    assert headline not in [f.text for f in rep.findings]
    assert "Wessex Constabulary protects children well, the inspectorate said today." in [f.text for f in rep.findings]


@pytest.mark.parametrize("title, force", [
    ("Report on an unannounced inspection visit to police custody suites in Cumbria by HM Inspectorate of Prisons "
     "and HM Inspectorate of Constabulary", "Cumbria Constabulary"),
    ("Unannounced inspection of police custody suites in North Wales", "North Wales Police"),
    ("Policing in Dyfed-Powys: a joint review", "Dyfed-Powys Police"),
    ("Custody suites in England and Wales: a thematic review", None),
])
def test_a_title_that_names_the_force_area_names_the_force(title, force):
    """Custody reports name the area ("custody suites in Cumbria"), not the force; the one force
    whose name is that place is the report's. A place no force is named after gives none."""
    assert detect_force(title, "", []) == force


@pytest.mark.parametrize("title, force", [
    ("Cumbria force told to speed up its response to 999 calls", "Cumbria Constabulary"),
    ("Watchdog says West Midlands police must improve", "West Midlands Police"),
    ("Inspectors praise Dyfed-Powys officers for work with children", "Dyfed-Powys Police"),
    ("Merseyside PEEL 2014 – Efficiency: how well the force gives value for money", "Merseyside Police"),
    ("Devon and Cornwall: crime data integrity re-inspection 2018", "Devon and Cornwall Police"),
    ("North Wales - police custody inspection", "North Wales Police"),
    ("PEEL 2014 – Efficiency: an inspection", None),
    ("Police force told to improve, inspectors say", None),
    ("England and Wales forces must record crime better", None),
])
def test_a_headline_that_names_the_force_by_its_place_names_the_force(title, force):
    """A press headline calls the force by its area ("Cumbria force", "West Midlands
    police"): the one force whose name is that place is the article's."""
    assert detect_force(title, "", []) == force



def test_a_masthead_above_the_title_is_no_title(tmp_path):
    """A first page that is no cover (a notice of several sentences under the title) with
    the inspectorate's name in 14 pt above the title in 24 pt: the title is the larger."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from extractor import read_report

    path = tmp_path / "masthead.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(57, 770, "HMICFRS")
    c.setFont("Helvetica-Bold", 24)
    c.drawString(57, 700, "PEEL 2021/22: An inspection of Wessex Police")
    c.setFont("Helvetica", 14)
    c.drawString(57, 660, "March 2022")
    c.setFont("Helvetica", 10.5)
    y = 620
    for line in ("Synthetic test document written for a test. It is not a real report: it was written in",
                 "new words. None of it belongs to the inspectorate. Details are invented for texture.",
                 "The force answers most emergency calls quickly. Its investigations are well supervised."):
        c.drawString(57, y, line)
        y -= 14
    c.showPage()
    c.save()
    rep = read_report(path)
    assert rep.title == "PEEL 2021/22: An inspection of Wessex Police"
    assert rep.force == "Wessex Police"


def test_an_undated_documents_year_comes_from_what_it_reports_not_from_deadlines():
    """The latest full date of something done dates an undated letter; a deadline or a plan
    ("will complete … by April 2021", "by 31 March 2021") is still to come."""
    from extractor.understand.metadata import latest_dated_year

    opening = ("We returned to check the cause of concern in the report we published on 2 March 2019.\n"
               "The force has told us it will complete its safeguarding training by April 2021.\n"
               "It has agreed to review every open case by 31 March 2021")
    assert latest_dated_year(opening) == 2019
    assert latest_dated_year("Inspectors visited in May 2016 and again in November 2017.") == 2017
    # failing any full date, a year in running text counts (not a line of its own, not a figure)
    assert latest_dated_year("In 2016 we placed the force in Engage.\nOur 2017 inspection found progress.\n"
                             "It will report again by 2020.") == 2017
    assert latest_dated_year("2018") is None
    # a plan's or vision's name, a financial year, a time, a count or a year ahead is no date
    for text in ("In 2016 we placed the force in Engage. Its approach follows Policing Vision 2025.",
                 "In 2016 we placed the force in Engage. Its savings requirement for 2020/21 is £3.2m.",
                 "In 2016 we placed the force in Engage. The suites are busiest between 1930 and 2045.",
                 "In 2016 we placed the force in Engage. It received 2031 calls in one month.",
                 "In 2016 we placed the force in Engage. In 2099 it hopes to have new custody suites."):
        assert latest_dated_year(text) == 2016, text
    assert latest_dated_year("The force has 2,016 officers and a budget of £2019 million.") is None



def test_the_publication_date_beats_the_fieldwork_date_on_one_line():
    """A custody report's date line gives the visit first ("Fieldwork 8–17 May 2019;
    published 4 October 2019"): the report is dated by its publication."""
    from extractor.understand.metadata import detect_published

    assert detect_published("Harbury – inspection of police custody\nFieldwork 8–17 May 2019; published 4 October 2019",
                            []) == "2019-10"
    assert detect_published("Inspected in March 2021\nPublished July 2021", []) == "2021-07"
    assert detect_published("Report of 12 March 2024", []) == "2024-03"


def test_a_fieldwork_date_marked_after_it_in_brackets_is_not_the_publication_date():
    from extractor.understand.metadata import detect_published

    assert detect_published("March 2018 (fieldwork); published June 2018", []) == "2018-06"
    assert detect_published("Published 12 May 2019 after an inspection visit in January 2019", []) == "2019-05"
