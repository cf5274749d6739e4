"""Plain-text and Markdown reading: headings, bullets, dates, notes, hyphenation."""

import pytest

from extractor.read.normalize import clean_chars, join_lines, strip_footnote_markers
from extractor.read.text import looks_like_heading, text_to_blocks

SAMPLE = """Wessex Constabulary's approach to tackling domestic abuse

March 2014

Executive summary

The force has a clear plan. It is not always
followed by neighbourhood offi-
cers.

Areas for improvement

• The force should improve the supervision
  of investigations.
• Officers should record risk consistently.

How effective is the force at tackling serious and organised crime, including its arrangements for fulfilling its national policing responsibilities?

Page 4 of 12

Notes

¹ Source: force data, not verified.
"""


def kinds(blocks):
    return [(b.kind, b.text) for b in blocks]


def test_title_date_headings_paragraphs_and_bullets():
    blocks = text_to_blocks(SAMPLE)
    k = kinds(blocks)
    assert k[0] == ("title", "Wessex Constabulary's approach to tackling domestic abuse")
    assert ("date", "March 2014") in k
    assert ("heading", "Executive summary") in k
    assert ("heading", "Areas for improvement") in k
    assert ("para", "The force has a clear plan. It is not always followed by neighbourhood officers.") in k
    bullets = [t for kind, t in k if kind == "bullet"]
    assert bullets == [
        "The force should improve the supervision of investigations.",
        "Officers should record risk consistently.",
    ]


def test_long_question_heading_page_numbers_and_notes_are_not_text():
    k = kinds(text_to_blocks(SAMPLE))
    assert any(kind == "heading" and t.startswith("How effective is the force at tackling") for kind, t in k)
    assert not any("Page 4" in t for _, t in k)
    assert not any("Source: force data" in t for _, t in k)


def test_markdown_headings_and_emphasis():
    md = "# PEEL 2021/22: An inspection of Wessex Constabulary\n\n## Investigating crime\n\nThe force is **good** at this.\n\n- Item one is here.\n"
    k = kinds(text_to_blocks(md, markdown=True))
    assert k[0][0] == "title"
    assert ("heading", "Investigating crime") in k
    assert ("para", "The force is good at this.") in k
    assert ("bullet", "Item one is here.") in k


def test_heading_shape():
    assert looks_like_heading("Keeping victims safe")
    assert looks_like_heading("3.2 Investigating crime")
    assert not looks_like_heading("The force is good.")
    assert not looks_like_heading("officers were not aware of it")
    # a short quotation closed with a curly mark is a sentence, not a heading
    assert not looks_like_heading("He said: “Victims deserve better than this.”")
    assert not looks_like_heading("She added: ‘We will act on every point.’")
    # ... and so is a finding set after a colon, whoever is named before it
    assert not looks_like_heading('The report found: "Calls were left unanswered at busy times."')
    assert not looks_like_heading("HMI Jo Brant: “Too many victims are let down by this force.”")
    # ... but a label of a closed list before a quotation still heads
    assert looks_like_heading("Case study: “I finally felt believed.”")
    assert looks_like_heading("Chapter 3: “Nobody listened.”")


def test_a_headline_that_ends_in_a_quotation_is_still_the_title():
    blocks = text_to_blocks("Wessex Police told: “Victims deserve a better service.”\n\n"
                            "The inspectorate has published its report on Wessex Police.\n")
    assert (blocks[0].kind, blocks[0].text) == ("title", "Wessex Police told: “Victims deserve a better service.”")


def test_a_short_quotation_after_another_is_kept_not_taken_for_its_attribution(tmp_path):
    """'She added: "…"' under a paragraph that closes a quotation is a quotation of its own:
    its sentence ends inside the closing mark. It was set aside as the line naming who
    spoke, and its sentence was lost."""
    from extractor.read.sources import read_document

    path = tmp_path / "coverage.txt"
    path.write_text("Wessex Police: coverage of an inspection\n\nReaction\n\n"
                    'The lead inspector said: "The force answers too few calls on time."\n\n'
                    'She added: "Too many callers give up."\n\n'
                    "He said: “Victims deserve better than this.”\n", encoding="utf-8")
    doc = read_document(path)
    paras = [b.text for b in doc.blocks if b.kind == "para"]
    assert 'She added: "Too many callers give up."' in paras
    assert "He said: “Victims deserve better than this.”" in paras
    assert not [t for _, why, t in doc.dropped if why == "quote attribution"]


def test_hyphenation_and_prefixes():
    assert join_lines(["the supervi-", "sion of cases"]) == "the supervision of cases"
    assert join_lines(["a well-", "being plan"]) == "a well-being plan"
    assert join_lines(["anti-", "social behaviour"]) == "anti-social behaviour"
    # "re-" keeps its hyphen only before a vowel, as English writes it
    assert join_lines(["to reduce re-", "offending"]) == "to reduce re-offending"
    assert join_lines(["three re\ufffe", "commendations"]) == "three recommendations"
    # a prefix that makes a known word with a line end that is none is a word broken in two
    assert join_lines(["an unannounced in-", "spection"]) == "an unannounced inspection"
    assert join_lines(["we ex-", "amined 40 files"]) == "we examined 40 files"
    assert join_lines(["its long-", "term plan"]) == "its long-term plan"
    # even where the line end is a word too: "interviews", "undertaken" are words reports use
    assert join_lines(["staff and inter\ufffe", "views with partners"]) == "staff and interviews with partners"
    assert join_lines(["the work it has under-", "taken"]) == "the work it has undertaken"
    # a compound no report writes as one word keeps its hyphen
    assert join_lines(["an inter-", "agency meeting"]) == "an inter-agency meeting"


def test_line_end_breaks_the_producer_marks():
    # a soft hyphen shows only where it breaks a word
    assert join_lines(["the con\u00ad", "stabulary acts"]) == "the constabulary acts"
    # Chromium draws a break at a soft hyphen as U+2010: the word list decides, not the prefix
    assert join_lines(["it re\u2010", "views plans"]) == "it reviews plans"
    assert join_lines(["inves\u2010", "tigates"]) == "investigates"
    assert join_lines(["a well\u2010", "led force"]) == "a well-led force"
    # the reader's own mark for a hyphen at the line end (U+FFFE) is a hyphen
    assert join_lines(["the co\ufffe", "ordination"]) == "the co-ordination"
    assert join_lines(["its long\ufffe", "term plan"]) == "its long-term plan"


def test_a_soft_hyphen_drawn_inside_a_pdf_line_is_a_hyphen():
    """Scribus maps its hyphen glyph to U+00AD: inside a line of a PDF's text it was
    drawn, so it is a hyphen; at the line end it is still a break."""
    from extractor.read.normalize import drawn_hyphens

    assert drawn_hyphens("too many non\u00ademergency calls") == "too many non-emergency calls"
    assert join_lines([drawn_hyphens("the con\u00ad"), "stabulary"]) == "the constabulary"
    # a line broken after a raised footnote mark: its full stop starts the next line
    assert join_lines(["cases promptly", ". Supervisors review them"]) == "cases promptly. Supervisors review them"
    assert join_lines(["the audit", ", which ended in May"]) == "the audit, which ended in May"
    # … but not a decimal, a name or an ellipsis; a soft hyphen joins before a capital too
    assert join_lines(["it fell by", ".5 per cent"]) == "it fell by .5 per cent"
    assert join_lines(["it uses", ".NET tools"]) == "it uses .NET tools"
    assert join_lines(["it said", "...that"]) == "it said ...that"
    assert join_lines(["Mac\u00ad", "Donald"]) == "MacDonald"


def test_character_normalisation_and_footnote_markers():
    # ligatures and odd marks are folded; the report's own quotes and apostrophes stay, so a
    # quoted finding is its exact text (comparisons fold them: text_key)
    assert clean_chars("\ufb01nding \u201cgood\u201d \u2019 \u201egood\u201d \u2032") == \
        "finding \u201cgood\u201d \u2019 \"good\u201d '"
    from extractor.vocabulary import text_key

    assert text_key("the force\u2019s \u201cgood\u201d work") == text_key("the force's \"good\" work")
    text, marks = strip_footnote_markers("It works with partners.⁹ The force is good.")
    assert text == "It works with partners. The force is good." and marks == ["⁹"]
    text, marks = strip_footnote_markers("Risk is reviewed.12 Officers know this.")
    assert text == "Risk is reviewed. Officers know this." and marks == ["12"]
    # a real number after a full stop inside a sentence stays
    assert strip_footnote_markers("In 2014. 12 officers left.")[0] == "In 2014. 12 officers left."


def test_headings_inside_blocks_without_blank_lines():
    text = (
        "Identifying victims\n"
        "Call handlers are well trained and look up earlier contacts whenever a call is\n"
        "received. Supervision is good.\n"
        "Keeping victims safe\n"
        "Officers attend quickly and gather evidence at the scene of most incidents\n"
        "that we examined.\n"
        "Areas for improvement\n"
        "• The force should review risk more often.\n"
        "Management of risk\n"
        "Risk is well managed.\n"
    )
    k = kinds(text_to_blocks(text))
    heads = [t for kind, t in k if kind in ("heading", "title")]
    assert heads == ["Identifying victims", "Keeping victims safe", "Areas for improvement", "Management of risk"]
    paras = [t for kind, t in k if kind == "para"]
    assert paras[0].endswith("Supervision is good.") and paras[1].endswith("that we examined.")
    # one long line per paragraph (an HTML copy saved as text)
    flat = "Our findings\nThe force is good at this. It is clear.\nInvestigating crime\nThe force is slow to act.\n"
    heads = [t for kind, t in kinds(text_to_blocks(flat)) if kind in ("heading", "title")]
    assert heads == ["Our findings", "Investigating crime"]


def test_wrapped_and_compact_text_read_like_the_original(extracted):
    """Hard-wrapped text (78 columns) and text without blank lines give the same findings."""
    from conftest import spec_paths
    from scoring import score_report
    from synth import load_spec

    for mode in ("text-wrapped", "text-compact"):
        gold = rec = tt = tr = 0
        for p in spec_paths():
            sc = score_report(load_spec(p), extracted(p.stem, mode))
            gold, rec = gold + sc.gold, rec + sc.recovered
            tt, tr = tt + sc.theme_total, tr + sc.theme_right
            assert sc.force_ok and sc.published_ok, (p.stem, mode)
        assert rec / gold >= 0.98 and tr / tt >= 0.95, mode


@pytest.mark.parametrize("text, furniture", [
    ("You may re-use this document free of charge, in any format or medium, under the terms of an open licence.", True),
    ("This publication may be used free of charge in any format or medium.", True),
    ("Enquiries: Wessex test set, 4 Mill Lane, Anytown.", True),
    ("Contact: the press office.", True),
    ("The force may re-use the space for a new custody suite.", False),
    ("Enquiries from the public about stop and search have doubled.", False),
    # (a licence in the publisher's own words is back matter only on a back cover: see
    # test_pdf's back-cover tests) ... and as prose it is a finding
    ("This information is published under an open licence, and community groups use it to scrutinise the force.",
     False),
    ("Call handlers were trained to deal with any enquiries about it, and victims found the tool easy to use.", False),
    # a contact address anywhere in a short block, and a note set as "[1] …" by a converter
    ("Not a publication of any inspectorate. Contact: help@example-inspectorate.invalid", True),
    ("[3] Figures from the constabulary's own performance system, March 2023.", True),
    ("Victims can now email the team, and contact by phone is answered within a day.", False),
    ("The force has cut its call backlog [3] by half since the spring.", False),
    ("The force has set up a mailbox for fraud victims (email: fraudhelp@example.invalid), and victims get a reply "
     "within a day.", False),
    ("Victims can now report fraud by email: fraud@example.invalid, and most get a reply within a day.", False),
])
def test_back_cover_licence_and_enquiries_are_furniture(text, furniture):
    from extractor.read.furniture import is_furniture

    assert is_furniture(text) is furniture


@pytest.mark.parametrize("glyph", ["•", "\uf0b7", "\uf06e", "◼", "▪", "❖", "➢", "✓", "♦", "★", "☑", "☞", "⚫", "¬",
                                   "+o", "o+"])
def test_every_class_of_bullet_glyph_is_a_bullet_and_is_stripped(glyph):
    """Bullets come in the glyphs each producer offers: symbol fonts' private-use codes,
    geometric shapes, dingbats and the miscellaneous symbols (♦ from a word processor's
    bullet menu), "¬", a Wingdings arrow a converter set in a text font, and "+" struck
    over "o", the bullet of text-mode formatters (manual pages)."""
    from extractor.read.normalize import is_bullet, strip_bullet

    line = f"{glyph} having a single officer who knew their case;"
    assert is_bullet(line)
    assert strip_bullet(line) == "having a single officer who knew their case;"


@pytest.mark.parametrize("line, item", [
    ("a. offer every victim a named contact;", "offer every victim a named contact;"),
    ("ii. review its use of bail; and", "review its use of bail; and"),
    ("(iv) record the reasons for each decision.", "record the reasons for each decision."),
    ("3. make sure that supervisors check the plan.", "make sure that supervisors check the plan."),
])
def test_lettered_roman_and_numbered_items_are_items(line, item):
    """A list item's letter, roman numeral or number before a lower-case word is the
    list's marker: no sentence starts "a. offer" or "ii. review"."""
    from extractor.read.normalize import is_bullet, strip_bullet

    assert is_bullet(line) and strip_bullet(line) == item


@pytest.mark.parametrize("line", ["I. The force has improved.", "a. The", "e.g. the control room", "i.e. most of them"])
def test_initials_and_abbreviations_are_not_list_markers(line):
    from extractor.read.normalize import is_bullet

    assert not is_bullet(line)


@pytest.mark.parametrize("lines, joined", [
    (["It is published at https://www.example-inspectorate.", "gov.uk/reports/ashdown-police-"
      "custody-", "revisit-2026/.", "We will return."],
     "It is published at https://www.example-inspectorate.gov.uk/reports/ashdown-police-custody-revisit-2026/. "
     "We will return."),
    (["See www. example-inspectorate. gov. uk/ reports/ ashdown- police/ ."],
     "See www.example-inspectorate.gov.uk/reports/ashdown-police/."),
    (["The force was well-", "led and its officers were multi-", "skilled."],
     "The force was well-led and its officers were multi-skilled."),
])
def test_a_web_address_broken_at_a_line_end_or_by_drawn_breaks_is_one_address(lines, joined):
    """Producers break long addresses after a dot, slash or hyphen; the address goes on with
    no space and keeps its hyphens, where prose would re-join a broken word."""
    from extractor.read.normalize import join_lines

    assert join_lines(lines) == joined


#: A plain-text report with a table, a box and a heading drawn in characters.
_DRAWN = """Synthetic test report: not a real inspection and not the inspectorate's words.

Investigating crime
-------------------

The force investigates most crimes well.

+-------------------------+---------+---------+
| Audit sample            | Records | Correct |
+=========================+=========+=========+
| Incidents from calls    | 120     | 94      |
+-------------------------+---------+---------+
Accuracy was lowest for referrals from other agencies.

\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510
\u2502 Case study                                 \u2502
\u2502 An officer visited the victim the same day \u2502
\u2502 and arranged a new lock for her door.      \u2502
\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518
The force should tell every victim when a case is closed.

| Area                | Grade |
|---------------------|-------|
| Investigating crime | Good  |
| Preventing crime    | Adequate |
"""


def test_rules_boxes_and_tables_drawn_in_characters_in_plain_text():
    """A rule parts paragraphs (even with no blank line), a box's text loses its bars and
    its label and stands apart from the text after it, a data table goes, and a grade
    table drawn with bars keeps its rows for the grade reader."""
    blocks = text_to_blocks(_DRAWN)
    texts = [b.text for b in blocks]
    prose = [t for t in texts if t not in ("Investigating crime | Good", "Preventing crime | Adequate")]
    assert not any(ch in t for t in prose for ch in "|+=\u2502\u2500") and not any("---" in t for t in texts)
    assert ("heading", "Investigating crime") in [(b.kind, b.text) for b in blocks]
    assert "Accuracy was lowest for referrals from other agencies." in texts
    assert "An officer visited the victim the same day and arranged a new lock for her door." in texts
    assert "The force should tell every victim when a case is closed." in texts
    assert not any("Case study" in t or "Audit sample" in t or "120" in t for t in texts)
    assert "Investigating crime | Good" in texts and "Preventing crime | Adequate" in texts


@pytest.mark.parametrize("text, rule", [
    ("+-----+------+", True), ("=======", True), ("\u2514\u2500\u2500\u2500\u2518", True), ("  ---  ", True),
    ("* * *", False), ("- the force should act;", False), ("2014-15", False), ("|  120 |  94 |", False),
])
def test_what_a_rule_drawn_in_characters_is(text, rule):
    from extractor.read.drawn import is_rule

    assert is_rule(text) is rule


def test_tables_and_boxes_drawn_in_characters_keep_what_they_say():
    """A Markdown table's header and separator go and its prose cells are items; a grid
    table's cells wrapped over lines are joined again; a table of short judgements keeps
    each row as one item; a table of figures goes even with a grade word in a column (no
    grades from it); a narrow box's first words are no label; a box headed "Areas for
    improvement" keeps that heading over its items."""
    from extractor.read.text import take_text_grade_rows
    from extractor.records import ParsedDocument

    text = (
        "| Recommendation | Progress |\n|---|---|\n"
        "| The force should improve how it records crime. | The force has trained all its call handlers. |\n\n"
        "+---------------------------+---------------------------+\n"
        "| The force should make sure | Every call handler has    |\n"
        "| that calls are answered.   | had training since May.   |\n"
        "+---------------------------+---------------------------+\n\n"
        "| Area | Judgement |\n|---|---|\n| Call handling | Too slow |\n| Custody | Safe and decent |\n\n"
        "| Crime | Rate | Grade |\n|---|---|---|\n| Burglary | 96% | Good |\n| Violence | 81% | Inadequate |\n\n"
        "+--------------------------------------+\n"
        "| Most victims we spoke to said the    |\n"
        "| force kept them well informed.       |\n"
        "+--------------------------------------+\n\n"
        "+--------------------------------------------------------------+\n"
        "| Areas for improvement                                        |\n"
        "| * the quality of supervision of volume crime investigations  |\n"
        "+--------------------------------------------------------------+\n"
    )
    blocks = text_to_blocks(text)
    got = [(b.kind, b.text) for b in blocks]
    assert ("bullet", "The force should improve how it records crime.") in got
    assert ("bullet", "The force has trained all its call handlers.") in got
    assert ("bullet", "The force should make sure that calls are answered.") in got
    assert ("bullet", "Every call handler has had training since May.") in got
    assert ("bullet", "Call handling: Too slow") in got and ("bullet", "Custody: Safe and decent") in got
    assert ("para", "Most victims we spoke to said the force kept them well informed.") in got
    heading = got.index(("heading", "Areas for improvement"))
    assert got[heading + 1] == ("bullet", "the quality of supervision of volume crime investigations")
    assert not any(t in ("Recommendation | Progress", "Area: Judgement") or "---" in t or "96%" in t for _, t in got)
    doc = ParsedDocument(source="t.txt", report_id="t", blocks=blocks)
    take_text_grade_rows(doc)
    assert doc.grade_rows == []
