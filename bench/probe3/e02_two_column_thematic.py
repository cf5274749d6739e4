"""e02: thematic inspection in two columns. Sans body, ragged right, no
hyphenation; a two-column frame chain across three pages so paragraphs cross
column and page breaks; round and en-dash bullets with tab hanging indents; a
shaded 'Case study' box spanning both columns; a bar chart drawn from rectangles
with title, axis labels, values, 'Figure 1:' caption and 'Source:' line; running
header and footer drawn as frames on each page; back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "Stop and search: a thematic inspection of two forces"
SANS, SANS_B, SANS_I = "DejaVu Sans Book", "DejaVu Sans Bold", "DejaVu Sans Oblique"


def build():
    d = Doc("e02_two_column_thematic", 5, TITLE, "Harrowdale Police",
            {"Teal": (0, 94, 103), "Aqua": (206, 232, 233), "Bar": (0, 140, 149), "Bar2": (120, 120, 120)})
    d.cs("body", SANS, 9)
    d.cs("bodyb", SANS_B, 9)
    d.markers(SANS, 9)
    d.cs("bul", SANS, 9, fillcolor="Teal")
    d.cs("h1", SANS_B, 15, fillcolor="Teal")
    d.cs("h2", SANS_B, 10.5, fillcolor="Ink")
    d.cs("boxh", SANS_B, 10, fillcolor="Teal")
    d.cs("box", SANS, 8.5)
    d.cs("furn", SANS, 7, fillcolor="Mid")
    d.cs("cap", SANS_B, 8, fillcolor="Ink")
    d.cs("src", SANS_I, 7, fillcolor="Mid")
    d.cs("axis", SANS, 6.5, fillcolor="Mid")
    d.cs("tab", SANS, 8)
    d.cs("big", SANS_B, 24, fillcolor="Teal")
    d.cs("cover", SANS_B, 26, fillcolor="White")
    d.cs("coversub", SANS, 12, fillcolor="White")
    d.cs("coversm", SANS, 8, fillcolor="White")
    d.cs("back", SANS, 7.5)
    ls = dict(linespacingmode=0, linespacing=12.5)
    d.ps("P", "body", alignment=0, gapafter=6, **ls)
    d.ps("BUL", "body", alignment=0, gapafter=3, leftmargin=mm(5), firstindent=-mm(5), tabs=[(mm(5), 0)], **ls)
    d.ps("H1", "h1", gold=False, gapbefore=4, gapafter=6)
    d.ps("H2", "h2", gold=False, gapbefore=4, gapafter=3)
    d.ps("BOXH", "boxh", gold=False, gapafter=4)
    d.ps("BOX", "box", alignment=0, gapafter=4, linespacingmode=0, linespacing=11.5)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("CAP", "cap", gold=False, gapafter=2)
    d.ps("SRC", "src", gold=False)
    d.ps("AX", "axis", gold=False)
    d.ps("AXT", "tab", gold=False)
    d.ps("BIG", "big", gold=False)
    d.ps("AXC", "axis", gold=False, alignment=1)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=31, gapafter=8)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False)
    d.ps("BACK", "back", gold=False, gapafter=5)

    # cover: top 60% teal, title in white
    d.page(1)
    d.rect(0, 0, 210, 180, "Teal")
    d.furn(18, 70, 174, 80, [("COVER", "Stop and search"),
                             ("COVERSUB", "A thematic inspection of Harrowdale Police and Fenmarch Constabulary"),
                             ("COVERSM", "February 2026")])
    d.notice(18, 190, 174, "FURN")

    for n in (2, 3, 4):
        d.page(n)
        d.furn(18, 8, 120, 5, [("FURN", TITLE)])
        d.furn(140, 8, 52, 5, [("FURNR", "Harrowdale and Fenmarch")])
        d.line(18, 13.5, 192, 13.5, "Teal", 0.4)
        d.line(18, 283, 192, 283, "Rule", 0.3)
        d.furn(18, 285, 174, 5, [("FURNR", f"{n}  |  Stop and search thematic inspection")])

    # page 2: two-column body
    d.page(2)
    f1 = d.frame(18, 20, 174, 122, cols=2, gap=7)
    d.rect(18, 150, 174, 34, "Aqua")
    for i, (num, lab) in enumerate([("420", "search records reviewed"), ("2", "forces inspected"),
                                    ("31", "officers interviewed"), ("9", "scrutiny meetings observed")]):
        d.furn(22 + i * 43, 154, 40, 14, [("BIG", num)])
        d.furn(22 + i * 43, 168, 40, 12, [("AX", lab)])
    # page 3: case study box across both columns at the top, body below
    d.page(3)
    box = d.frame(18, 20, 174, 42, fill="Aqua", pad=4)
    f2 = d.frame(18, 68, 174, 72, cols=2, gap=7)
    ty = 150
    d.furn(18, ty, 174, 6, [("CAP", "Table 1: Outcomes of the searches we reviewed")])
    d.line(18, ty + 7, 192, ty + 7, "Teal", 0.8)
    rows = [("Outcome", "Harrowdale", "Fenmarch"), ("Arrest", "18%", "11%"),
            ("Community resolution", "9%", "6%"), ("Drugs warning", "7%", "14%"),
            ("No further action", "66%", "69%")]
    for i, row in enumerate(rows):
        yy = ty + 8 + i * 7
        for j, cell in enumerate(row):
            d.furn(20 + [0, 90, 135][j], yy + 1, 45 if j else 85, 5.5, [("CAP" if i == 0 else "AXT", cell)])
        d.line(18, yy + 7, 192, yy + 7, "Rule", 0.3)
    d.furn(18, ty + 8 + len(rows) * 7 + 2, 174, 5, [("SRC", "Source: inspectorate review of 420 search records")])
    # page 4: body above, chart below
    d.page(4)
    f3 = d.frame(18, 20, 174, 130, cols=2, gap=7)
    d.link(f1, f2, f3)
    B = "<bul>•</bul>\t"
    D = "<bul>–</bul>\t"
    d.text(f1, [
        ("H1", "1. Introduction"),
        ("P", ["Stop and search is one of the most intrusive powers available to the police.",
               "When it is used fairly and on the basis of good grounds, it can help to detect crime and keep "
               "people safe.",
               "When it is used badly, it damages trust, particularly among young people and people from "
               "ethnic minority backgrounds."]),
        ("P", ["We inspected Harrowdale Police and Fenmarch Constabulary between June and September 2025.",
               "We chose these forces because their use of the power had risen sharply over two years, while "
               "the proportion of searches that found something had fallen."]),
        ("H1", "2. Grounds for searching"),
        ("P", ["We reviewed 420 search records, split evenly between the two forces.",
               "We assessed whether each record showed reasonable grounds for the search.",
               "In Harrowdale, 81 percent of records met this standard, which is broadly in line with what we "
               "have found elsewhere.",
               "In Fenmarch, the figure was only 63 percent, and many of the weaker records relied on a smell "
               "of cannabis alone."]),
        ("P", ["Officers in both forces told us that they had received little training on recording grounds "
               "since their initial course.",
               "Some officers were unsure whether information from an anonymous caller was enough to justify "
               "a search.",
               "Supervisors rarely challenged poorly recorded grounds, and in Fenmarch we found no evidence "
               "that records had been reviewed at all in three of the five areas we visited."]),
        ("H2", "What we found in the records"),
        ("P", "The most common weaknesses in the records we reviewed were:"),
        ("BUL", (B, ["Officers described the person rather than the behaviour that caused suspicion."])),
        ("BUL", (B, ["The record did not explain what the officer expected to find."])),
        ("BUL", (B, ["The outcome field was left blank or recorded as unknown."])),
        ("P", ["These weaknesses make it hard for the forces to show the public that searches are justified, "
               "and they limit the value of any scrutiny by community panels."]),
        ("H1", "3. Body-worn video"),
        ("P", ["Both forces require officers to switch on body-worn video before a search begins.",
               "Harrowdale achieved this in nearly nine out of ten of the searches we checked.",
               "Fenmarch could not tell us how often video was recorded, because the footage is not linked to "
               "the search record.",
               "This is a significant gap, because footage is one of the best ways of reviewing an officer’s "
               "conduct during an encounter."]),
        ("H1", "4. External scrutiny"),
        ("P", ["Each force has an independent scrutiny panel that watches a sample of footage every quarter.",
               "Panel members in Harrowdale told us that the force responds constructively to their feedback "
               "and explains what it has changed as a result.",
               "Panel members in Fenmarch were less positive."]),
        ("P", "They raised the following concerns with us:"),
        ("BUL", (D, ["The panel is shown footage chosen by the force rather than a random sample."])),
        ("BUL", (D, ["Meetings are often cancelled at short notice."])),
        ("BUL", (D, ["The panel has not been told what happened to its recommendations from last year."])),
        ("H1", "5. Conclusions"),
        ("P", ["Harrowdale Police has a sound approach to stop and search, although it needs to improve "
               "supervision in its response teams.",
               "Fenmarch Constabulary has more to do, and we have made two recommendations to help it.",
               "By September 2026, Fenmarch Constabulary should make sure that supervisors review every search "
               "record within one month and challenge weak grounds.",
               "By September 2026, Fenmarch Constabulary should link body-worn video footage to search records "
               "so that the use of video can be monitored."]),
    ])
    d.text(box, [("BOXH", "Case study: a youth-led review in Harrowdale"),
                 ("BOX", ["Harrowdale Police asked a group of sixteen young people to review anonymised search "
                          "footage with a neighbourhood inspector.",
                          "The group suggested changes to how officers introduce themselves and explain the "
                          "reason for a search.",
                          "The force added these changes to its refresher training, and complaints about searches "
                          "fell over the following six months.",
                          "We consider this to be promising practice that other forces could adopt."])])
    # chart
    cy = 170
    d.furn(18, cy, 174, 6, [("CAP", "Searches per 1,000 population, by month")])
    base, x0 = cy + 70, 34
    d.line(x0, cy + 10, x0, base, "Mid", 0.5)
    d.line(x0, base, 188, base, "Mid", 0.5)
    for v in [0, 1, 2, 3, 4]:
        yy = base - v * 14
        d.furn(22, yy - 2.5, 10, 5, [("AX", str(v))])
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    har = [1.8, 2.1, 2.4, 2.2, 2.6, 2.3]
    fen = [2.9, 3.2, 3.6, 3.8, 3.5, 3.9]
    for i, mth in enumerate(months):
        x = x0 + 6 + i * 25
        d.rect(x, base - har[i] * 14, 9, har[i] * 14, "Bar")
        d.rect(x + 10, base - fen[i] * 14, 9, fen[i] * 14, "Bar2")
        d.furn(x, base + 1, 19, 5, [("AXC", mth)])
    d.furn(18, cy + 30, 14, 20, [("AX", "Rate")])
    d.rect(140, cy + 8, 3, 3, "Bar")
    d.furn(144, cy + 7.5, 40, 5, [("AX", "Harrowdale")])
    d.rect(140, cy + 13, 3, 3, "Bar2")
    d.furn(144, cy + 12.5, 40, 5, [("AX", "Fenmarch")])
    d.furn(18, base + 8, 174, 6, [("CAP", "Figure 1: Monthly search rates in the two forces, April to September 2025")])
    d.furn(18, base + 14, 174, 6, [("SRC", "Source: force data returns to the inspectorate")])

    d.page(5)
    d.rect(0, 0, 210, 297, "Teal")
    d.furn(18, 230, 174, 50, [
        ("COVERSM", "© HMICFRS 2026 | ISBN: 000-0-0000-0000-0"),
        ("COVERSM", "Reuse of this text is permitted at no cost under the Open Government Licence. Ask the "
                    "probe office if another format would help you."),
        ("COVERSM", "www.example.org.uk/probe")])
    d.finish()


run(build)
