"""e05: 'Force in numbers' page of large figures with short labels; two-column
justified and hyphenated serif body (DejaVu Serif) across two pages; footnote
markers set as smaller raised digits (manual baseline offset, not the
superscript feature) with notes at the page foot; a horizontal bar chart from
rectangles with a caption and source; a table of figures as a Scribus table
object with a caption; running header and footer on a master page; back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from lib3 import PT, Doc, mm, run  # noqa: E402

TITLE = "Saltmere Constabulary: PEEL assessment 2025"
SERIF, SERIF_B = "DejaVu Serif Book", "DejaVu Serif Bold"
SANS, SANS_B, SANS_C = "DejaVu Sans Condensed", "DejaVu Sans Condensed Bold", "DejaVu Sans Book"


def build():
    d = Doc("e05_force_numbers", 5, TITLE, "Saltmere Constabulary",
            {"Forest": (0, 84, 60), "Leaf": (120, 190, 80), "Mist": (232, 243, 236), "Stone": (150, 150, 140)})
    d.cs("body", SERIF, 9)
    d.markers(SERIF, 9)
    d.cs("h1", SANS_B, 16, fillcolor="Forest")
    d.cs("h2", SANS_B, 11, fillcolor="Forest")
    d.cs("big", SANS_B, 30, fillcolor="Forest")
    d.cs("lab", SANS, 8.5, fillcolor="Ink")
    d.cs("fn", SANS, 7, fillcolor="Ink")
    d.cs("furn", SANS, 7.5, fillcolor="Mid")
    d.cs("cap", SANS_B, 8.5)
    d.cs("src", SANS, 7, fillcolor="Mid")
    d.cs("ax", SANS, 7)
    d.cs("cover", SANS_B, 28, fillcolor="White")
    d.cs("coversub", SANS, 13, fillcolor="White")
    d.cs("coversm", SANS, 8.5, fillcolor="White")
    d.cs("back", SANS, 8)
    ls = dict(linespacingmode=0, linespacing=12)
    d.ps("P", "body", alignment=3, gapafter=0, firstindent=mm(4), **ls)
    d.ps("P0", "body", alignment=3, gapafter=0, **ls)
    d.ps("H1", "h1", gold=False, gapbefore=4, gapafter=6)
    d.ps("H2", "h2", gold=False, gapbefore=8, gapafter=3)
    d.ps("BIG", "big", gold=False)
    d.ps("LAB", "lab", gold=False, linespacingmode=0, linespacing=10)
    d.ps("FN", "fn", gold=False, leftmargin=mm(3.5), firstindent=-mm(3.5), tabs=[(mm(3.5), 0)], gapafter=1)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("CAP", "cap", gold=False, gapafter=2)
    d.ps("SRC", "src", gold=False)
    d.ps("AX", "ax", gold=False)
    d.ps("AXR", "ax", gold=False, alignment=2)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=32, gapafter=8)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False, gapafter=4)
    d.ps("BACK", "back", gold=False, gapafter=4)

    def m():
        d.mtext(18, 9, 120, 5, "Saltmere Constabulary", SANS_B, 8, "Forest")
        d.mtext(100, 9, 92, 5, "PEEL assessment 2025", SANS, 8, "Mid", scribus.ALIGN_RIGHT)
        d.mtext(18, 286, 174, 5, chr(30), SANS, 8, "Mid", scribus.ALIGN_RIGHT)
        d.line(18, 284, 192, 284, "Leaf", 1.2)
    d.master("Body", m)
    d.apply_master("Body", [2, 3, 4])

    d.page(1)
    d.rect(0, 0, 210, 297, "Forest")
    d.rect(0, 150, 210, 90, "Leaf")
    d.furn(20, 40, 170, 90, [("COVER", "PEEL assessment 2025"),
                             ("COVERSUB", "Saltmere Constabulary"),
                             ("COVERSM", "Police effectiveness, efficiency and legitimacy")])
    d.notice(20, 255, 170, "COVERSM")

    d.page(2)
    d.furn(18, 20, 174, 12, [("H1", "Force in numbers")])
    facts = [("£212m", "net revenue budget 2025/26"), ("1,940", "police officers"),
             ("97%", "of 999 calls answered within 10 seconds"), ("14 mins", "average urban response time"),
             ("62,300", "crimes recorded in the year"), ("6.1%", "charge or summons rate"),
             ("1 in 5", "officers with less than two years’ service"), ("4", "basic command units")]
    for i, (num, lab) in enumerate(facts):
        x = 18 + (i % 2) * 90
        y = 36 + (i // 2) * 38
        d.rect(x, y, 84, 34, "Mist")
        d.furn(x + 4, y + 3, 78, 14, [("BIG", num)])
        d.furn(x + 4, y + 19, 76, 12, [("LAB", lab)])
    intro = d.frame(18, 196, 174, 80)
    d.text(intro, [("H2", "About these figures"),
                   ("P0", ["The figures on this page give context for our findings and are not judgements in "
                           "themselves.",
                           "Saltmere Constabulary’s crime rate is close to the average for forces of its type, but "
                           "its charge rate is among the lowest in England and Wales."])])

    d.page(3)
    a = d.frame(18, 18, 174, 116, cols=2, gap=8)
    # chart under the columns
    cy = 150
    d.furn(18, cy, 174, 6, [("CAP", "Percentage of investigations with a supervisor review within 7 days")])
    teams = [("North", 78), ("South", 64), ("Coastal", 52), ("City centre", 81)]
    for i, (t, v) in enumerate(teams):
        yy = cy + 10 + i * 9
        d.furn(18, yy + 0.5, 28, 6, [("AXR", t)])
        d.rect(50, yy, v * 1.3, 6, "Forest")
        d.furn(52 + v * 1.3, yy + 0.5, 20, 6, [("AX", f"{v}%")])
    d.line(50, cy + 8, 50, cy + 47, "Stone", 0.5)
    d.furn(18, cy + 49, 174, 6, [("CAP", "Figure 3: Supervisor review of investigations by policing area")])
    d.furn(18, cy + 55, 174, 6, [("SRC", "Source: Saltmere Constabulary case file audit, July 2025")])
    d.line(18, 250, 60, 250, "Stone", 0.4)
    d.furn(18, 252, 174, 28, [
        ("FN", "4\tThe most similar group of forces, as defined by the Home Office"),
        ("FN", "5\tBased on crimes recorded between April 2024 and March 2025"),
        ("FN", "6\tA case file audit carried out by the force’s crime standards team")])
    d.page(4)
    b = d.frame(18, 18, 174, 120, cols=2, gap=8)
    d.line(18, 258, 60, 258, "Stone", 0.4)
    d.furn(18, 260, 174, 20, [("FN", "7\tCollege of Policing guidance on problem-solving, updated in 2024")])
    d.link(a, b)
    R = "<rsd>%d</rsd>"
    d.text(a, [
        ("H1", "Investigating crime"),
        ("P0", ["Saltmere Constabulary solves too few of the crimes reported to it.",
                "Its charge rate is lower than that of other forces in its most similar group" + R % 4 + ".",
                "The force understands why this is happening, and it has begun to address the main causes."]),
        ("P", ["We found that investigations were often allocated to officers without the right skills or "
               "experience.",
               "In the coastal area, response officers were carrying investigations of serious sexual offences "
               "because the specialist team was short of staff.",
               "Several of these officers told us that they felt out of their depth and did not know where to go "
               "for advice."]),
        ("P", ["Victims were not always kept informed about the progress of their case.",
               "Of the 120 investigations we reviewed, 41 did not contain a record of the victim being updated "
               "within the time set by the victims’ code" + R % 5 + ".",
               "Officers acknowledged that updates slipped when their workloads were high."]),
        ("H2", "Supervision"),
        ("P0", ["Supervision of investigations is inconsistent across the force.",
                "In the city centre, sergeants review new investigations quickly and set clear lines of enquiry.",
                "Elsewhere, reviews are often late and add little to the investigation plan" + R % 6 + ".",
                "The force should make sure that all supervisors have the time and training to review "
                "investigations effectively."]),
        ("H1", "Building the workforce"),
        ("P0", ["The force has recruited a large number of officers in a short period.",
                "New officers told us that they felt welcomed and well supported by their tutors.",
                "However, the force has too few experienced tutors, and some student officers have been tutored "
                "by constables with less than two years’ service themselves."]),
        ("P", ["The force has a good understanding of the well-being needs of its workforce.",
               "It carries out an annual survey and acts on the results, and its peer support network is "
               "valued by those who use it.",
               "We found that managers in the control room hold regular debriefs after distressing calls, which "
               "is good practice."]),
        ("H1", "Preventing crime"),
        ("P0", ["Neighbourhood teams in Saltmere know their communities well.",
                "We saw officers using problem-solving plans to tackle antisocial behaviour on two housing "
                "estates, and residents told us that things had improved.",
                "But neighbourhood officers are often taken away from their areas to cover shortages in "
                "response teams, which undermines this work" + R % 7 + ".",
                "In one area, officers had been abstracted on more than half of their shifts in the previous "
                "quarter."]),
        ("P", ["The force does not evaluate most of its crime prevention work.",
               "Without evaluation, it cannot tell which approaches are effective and which should be stopped.",
               "By April 2026, the force should introduce a proportionate way of evaluating its problem-solving "
               "plans and sharing what works across its teams."]),
    ], hyphen=True)
    d.page(4)
    ty = 146
    d.furn(18, ty, 174, 6, [("CAP", "Table 2: Recorded crime and outcomes, year ending March 2025")])
    data = [("Crime type", "Recorded", "Charged", "Rate"),
            ("Violence against the person", "24,180", "1,310", "5.4%"),
            ("Sexual offences", "3,420", "140", "4.1%"),
            ("Burglary", "4,960", "250", "5.0%"),
            ("Vehicle offences", "5,870", "170", "2.9%"),
            ("Drug offences", "2,110", "980", "46.4%")]
    tb = scribus.createTable(18, ty + 8, 174, len(data) * 8, len(data), 4, "e05_tab")
    scribus.resizeTableColumn(0, 84 * PT, tb)
    for c in (1, 2, 3):
        scribus.resizeTableColumn(c, 30 * PT, tb)
    for r, row in enumerate(data):
        scribus.resizeTableRow(r, 8 * PT, tb)
        for c, cell in enumerate(row):
            scribus.setCellText(r, c, cell, tb)
            if r == 0:
                scribus.setCellFillColor(r, c, "Mist", tb)
    d.furn(18, ty + 8 + len(data) * 8 + 3, 174, 6, [("SRC", "Source: Home Office police recorded crime data")])

    d.page(5)
    d.rect(0, 0, 210, 297, "Forest")
    d.furn(20, 235, 170, 45, [
        ("COVERSM", "© Crown copyright 2025 (synthetic probe document)"),
        ("COVERSM", "This document is available under the Open Government Licence. To request it in another "
                    "format, contact the inspectorate’s publications team."),
        ("COVERSM", "Email: probe@example.org.uk")])
    d.finish()


run(build)
