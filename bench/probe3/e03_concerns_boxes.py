"""e03: summary of judgements as a Scribus table object with shaded grade cells;
'Causes of concern' and 'Areas for improvement' boxes with coloured backgrounds
holding numbered recommendations and square bullets; single full-width column,
ragged right, serif (C059), no hyphenation; numbered headings; a glossary annex
(term and definition frames) and an annex of body text; back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from lib3 import PT, Doc, mm, run  # noqa: E402

TITLE = "Kestrelford Police: inspection of vulnerability and public protection"
SERIF, SERIF_B, SERIF_I = "C059 Roman", "C059 Bold", "C059 Italic"
SANS, SANS_B = "Liberation Sans Regular", "Liberation Sans Bold"


def build():
    d = Doc("e03_concerns_boxes", 6, TITLE, "Kestrelford Police",
            {"Plum": (84, 38, 100), "Lilac": (239, 231, 243), "Rose": (250, 226, 226), "Crim": (160, 25, 45),
             "Sun": (255, 241, 204), "Ochre": (170, 110, 0), "GoodC": (200, 230, 201), "AdeqC": (255, 236, 179),
             "RIC": (255, 204, 170), "InadC": (244, 180, 180)})
    d.cs("body", SERIF, 10.5)
    d.cs("bodyi", SERIF_I, 10.5)
    d.markers(SERIF, 10.5)
    d.cs("h1", SANS_B, 16, fillcolor="Plum")
    d.cs("h2", SANS_B, 11, fillcolor="Plum")
    d.cs("boxhc", SANS_B, 12, fillcolor="Crim")
    d.cs("boxha", SANS_B, 12, fillcolor="Ochre")
    d.cs("box", SANS, 9.5)
    d.cs("boxl", SANS_B, 9.5, fillcolor="Crim")
    d.cs("num", SANS_B, 9.5, fillcolor="Crim")
    d.cs("sq", "DejaVu Sans Book", 7, fillcolor="Ochre")
    d.cs("furn", SANS, 7.5, fillcolor="Mid")
    d.cs("term", SANS_B, 9)
    d.cs("def", SANS, 9)
    d.cs("cover", SERIF_B, 30, fillcolor="White")
    d.cs("coversub", SANS, 13, fillcolor="White")
    d.cs("coversm", SANS, 8.5, fillcolor="White")
    d.cs("cell", SANS, 9.5)
    d.cs("cellb", SANS_B, 9.5)
    ls = dict(linespacingmode=0, linespacing=14)
    d.ps("P", "body", alignment=0, gapafter=7, **ls)
    d.ps("H1", "h1", gold=False, gapbefore=6, gapafter=7)
    d.ps("H2", "h2", gold=False, gapbefore=4, gapafter=4)
    d.ps("BHC", "boxhc", gold=False, gapafter=5)
    d.ps("BHA", "boxha", gold=False, gapafter=5)
    d.ps("BOX", "box", alignment=0, gapafter=5, linespacingmode=0, linespacing=12.5)
    d.ps("REC", "box", alignment=0, gapafter=5, leftmargin=mm(7), firstindent=-mm(7), tabs=[(mm(7), 0)],
         linespacingmode=0, linespacing=12.5)
    d.ps("SQ", "box", alignment=0, gapafter=4, leftmargin=mm(5), firstindent=-mm(5), tabs=[(mm(5), 0)],
         linespacingmode=0, linespacing=12.5)
    d.ps("BOXL", "boxl", gold=False, gapafter=4)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("TERM", "term", gold=False)
    d.ps("DEF", "def", gold=False, linespacingmode=0, linespacing=11.5)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=34, gapafter=8)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False, gapafter=4)

    def m():
        d.mtext(18, 9, 174, 5, TITLE, SANS, 7.5, "Plum")
        d.line(18, 14.5, 192, 14.5, "Plum", 0.4)
        d.mtext(18, 285, 174, 5, "Page " + chr(30), SANS, 7.5, "Mid", scribus.ALIGN_CENTERED)
    d.master("Body", m)
    d.apply_master("Body", [2, 3, 4, 5])

    d.page(1)
    d.rect(0, 0, 210, 297, "Plum")
    d.rect(18, 40, 4, 70, "White")
    d.furn(28, 40, 160, 90, [("COVER", "Vulnerability and public protection"),
                             ("COVERSUB", "An inspection of Kestrelford Police"),
                             ("COVERSM", "March 2026")])
    d.notice(28, 150, 160, "COVERSM")

    d.page(2)
    d.furn(18, 20, 174, 10, [("H1", "Summary of judgements")])
    intro = d.frame(18, 33, 174, 24)
    d.text(intro, [("P", ["We graded Kestrelford Police in five areas of its work to protect vulnerable people.",
                          "The grades are set out in the table below."])])
    areas = [("Identifying vulnerability at first contact", "Requires improvement", "RIC"),
             ("Safeguarding children at risk", "Adequate", "AdeqC"),
             ("Responding to domestic abuse", "Inadequate", "InadC"),
             ("Managing registered sex offenders", "Good", "GoodC"),
             ("Working with partner agencies", "Adequate", "AdeqC")]
    tb = scribus.createTable(18, 58, 174, 6 * 11, len(areas) + 1, 2, "e03_grades")
    scribus.resizeTableColumn(0, 114 * PT, tb)
    scribus.resizeTableColumn(1, 60 * PT, tb)
    for r in range(len(areas) + 1):
        scribus.resizeTableRow(r, 11 * PT, tb)
    scribus.setCellText(0, 0, "Area", tb)
    scribus.setCellText(0, 1, "Grade", tb)
    scribus.setCellFillColor(0, 0, "Lilac", tb)
    scribus.setCellFillColor(0, 1, "Lilac", tb)
    for r, (area, grade, col) in enumerate(areas, start=1):
        scribus.setCellText(r, 0, area, tb)
        scribus.setCellText(r, 1, grade, tb)
        scribus.setCellFillColor(r, 1, col, tb)
    d.fonts.add("Liberation Sans Regular")
    after = d.frame(18, 135, 174, 140)
    d.text(after, [("H2", "Overall"),
                   ("P", ["Kestrelford Police has not made enough progress since our last inspection in 2023.",
                          "We found that the force’s response to domestic abuse is inadequate, and we have "
                          "identified one cause of concern.",
                          "Many officers we spoke to were committed to helping victims, but they lacked the "
                          "training, supervision and time to do so consistently.",
                          "The force also needs to improve how it identifies vulnerability when the public first "
                          "contact it."])])

    d.page(3)
    d.furn(18, 20, 174, 10, [("H1", "Cause of concern and areas for improvement")])
    c = d.frame(18, 34, 174, 80, fill="Rose", pad=5)
    d.rect(18, 34, 2.5, 80, "Crim")
    N = "<num>%d.</num>\t"
    d.text(c, [("BHC", "Cause of concern"),
               ("BOX", ["The force does not respond quickly enough to incidents of domestic abuse, and too many "
                        "victims are left without safeguarding for long periods.",
                        "In a sample of 90 incidents, 27 were not attended within the force’s own target time."]),
               ("BOXL", "Recommendations"),
               ("REC", (N % 1, ["By June 2026, the force should review how domestic abuse incidents are "
                                "prioritised in its control room, so that risk rather than demand determines the "
                                "response."])),
               ("REC", (N % 2, ["By June 2026, the force should make sure that every high-risk victim is "
                                "contacted by a specialist officer within 24 hours."])),
               ("REC", (N % 3, ["By September 2026, the force should introduce a system to monitor delayed "
                                "attendance and report it to senior leaders every month."]))])
    a = d.frame(18, 124, 174, 56, fill="Sun", pad=5)
    d.rect(18, 124, 2.5, 56, "Ochre")
    S = "<sq>■</sq>\t"
    d.text(a, [("BHA", "Areas for improvement"),
               ("SQ", (S, ["The force should improve the quality of risk assessments completed by call handlers."])),
               ("SQ", (S, ["The force should make sure that officers record the voice of the child when they "
                           "attend domestic incidents."])),
               ("SQ", (S, ["The force should improve how it shares information about missing children with "
                           "local authorities."])),
               ("SQ", (S, ["The force should reduce the time taken to apply for domestic violence protection "
                           "orders."]))])
    d.fonts.add("DejaVu Sans Book")

    d.page(4)
    b = d.frame(18, 20, 174, 258)
    d.text(b, [
        ("H1", "1. Responding to domestic abuse"),
        ("P", ["Kestrelford Police receives about 14,000 reports of domestic abuse each year.",
               "We found that call handlers usually identify domestic abuse correctly, but they do not always "
               "ask the questions needed to assess risk.",
               "When the control room is busy, incidents graded as requiring a prompt response can wait many "
               "hours for an officer."]),
        ("P", ["Officers who attended were generally sympathetic and professional.",
               "However, the force’s records showed that body-worn video was used at only half of the incidents "
               "we reviewed, which limits the evidence available to support prosecutions."]),
        ("H1", "2. Safeguarding children"),
        ("P", ["The force works well with the three local safeguarding partnerships in its area.",
               "Strategy meetings are held promptly, and the police contribution to them is good.",
               "But officers don’t always record how children present or what they say at the scene of "
               "domestic incidents."]),
        ("H1", "3. Managing registered sex offenders"),
        ("P", ["The force manages registered sex offenders well.",
               "Its offender managers have manageable workloads, and home visits are carried out on time.",
               "We saw good use of digital tools to check devices for indecent images."]),
        ("H1", "4. Working with partner agencies"),
        ("P", ["Relationships with the local authorities are constructive at a senior level.",
               "Front-line staff from different agencies told us that they could easily contact the right "
               "police officer when they needed to.",
               "The force has agreed a joint plan with its partners to tackle the exploitation of children, "
               "and it is starting to show results.",
               "However, the force has not evaluated whether its referrals to partner agencies lead to better "
               "outcomes for the people involved."]),
    ])

    d.page(5)
    d.furn(18, 20, 174, 10, [("H1", "Annex A: Glossary")])
    gl = [("Control room", "the part of the force that receives calls and sends officers to incidents"),
          ("Domestic violence protection order", "a civil order that can stop a suspected perpetrator from "
                                                  "returning to a home for up to 28 days"),
          ("Strategy meeting", "a meeting of agencies held when there is cause to suspect a child is at risk "
                               "of significant harm"),
          ("Voice of the child", "the recorded views, feelings and behaviour of a child")]
    y = 34
    for term, dfn in gl:
        d.furn(18, y, 55, 14, [("TERM", term)])
        d.furn(75, y, 117, 14, [("DEF", dfn)])
        y += 16
        d.line(18, y - 2, 192, y - 2, "Rule", 0.3)
    d.furn(18, y + 6, 174, 10, [("H1", "Annex B: About the data")])
    ab = d.frame(18, y + 20, 174, 100)
    d.text(ab, [("P", ["The figures in this report were provided by the force and have not been audited by us.",
                       "Where we quote from case files, we have removed details that could identify victims."])])

    d.page(6)
    d.rect(0, 0, 210, 297, "Plum")
    d.furn(18, 240, 174, 40, [
        ("COVERSM", "© HMICFRS 2026"),
        ("COVERSM", "Released under the Open Government Licence v3.0. Material owned by others is excluded, "
                    "and its owners must be asked before it is reused."),
        ("COVERSM", "Telephone 0300 000 0001 | probe@example.org.uk")])
    d.finish()


run(build)
