"""s01: PEEL-style force report (Scribus): full-bleed cover, contents, judgements table drawn
from ruled rows with shaded grade cells, two-column body threaded over two pages with a
statistic box that the text wraps round inside the left column, footnotes with superscript
and raised-digit markers, a three-column page with a pull quote, an areas-for-improvement
box, alternate left/right running headers and a back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib4 import NOTICE, Doc, mm, run  # noqa: E402

SER, SERB, SERI = "P052 Roman", "P052 Bold", "P052 Italic"
SAN, SANB = "Nimbus Sans Regular", "DejaVu Sans Bold"
FORCE = "Harwick Vale Police"


def build():
    d = Doc("s01_peel_annual", 7, "PEEL 2025: Harwick Vale Police",
            {"Deep": (20, 60, 95), "Sky": (215, 230, 242), "Gold": (235, 180, 40), "Amber": (240, 200, 120),
             "Green": (150, 205, 160)})
    d.cs("body", SER, 9.6)
    d.cs("bold", SERB, 9.6)
    d.cs("ital", SERI, 9.6)
    d.markers(SER, 9.6)
    d.cs("h1", SANB, 15, fillcolor="Deep")
    d.cs("h2", SANB, 11, fillcolor="Deep")
    d.cs("toc", SAN, 11, fillcolor="Ink")
    d.cs("small", SAN, 7.5, fillcolor="Mid")
    d.cs("quote", SERI, 13, fillcolor="Deep")
    d.cs("cover", SANB, 30, fillcolor="White")
    d.cs("coversub", SAN, 14, fillcolor="White")
    d.cs("boxh", SANB, 11, fillcolor="Deep")
    d.cs("boxt", SAN, 9.2)
    d.ps("Body", "body", alignment=3, linespacingmode=0, linespacing=12.6, gapafter=5)
    d.ps("Box", "boxt", alignment=0, linespacingmode=0, linespacing=12, gapafter=3, leftmargin=mm(4),
         firstindent=-mm(4))
    d.ps("H1", "h1", gold=False, gapbefore=6, gapafter=5)
    d.ps("H2", "h2", gold=False, gapbefore=4, gapafter=3)
    d.ps("BoxH", "boxh", gold=False, gapafter=4)
    d.ps("TOC", "toc", gold=False, linespacingmode=0, linespacing=22, tabs=[(mm(170), 1, ".")])
    d.ps("FN", "small", gold=False, linespacingmode=0, linespacing=9)
    d.ps("Quote", "quote", gold=False, alignment=1, linespacingmode=0, linespacing=16)
    d.ps("Cover", "cover", gold=False, linespacingmode=0, linespacing=36)
    d.ps("CoverSub", "coversub", gold=False, linespacingmode=0, linespacing=19, gapafter=6)

    # 1 cover
    d.page(1)
    d.rect(0, 0, 210, 297, "Deep")
    d.rect(0, 200, 210, 6, "Gold")
    d.furn(20, 60, 170, 60, [("Cover", "PEEL 2025"), ("Cover", "Police effectiveness, efficiency and legitimacy")])
    d.furn(20, 130, 170, 40, [("CoverSub", "An inspection of " + FORCE), ("CoverSub", "Published October 2025")])
    d.furn(20, 215, 170, 20, [("CoverSub", NOTICE)])

    def running(p):
        left = p % 2 == 0
        d.page(p)
        al = 0 if left else 2
        d.label(18, 8, 174, 6, "PEEL 2025  |  " + FORCE if left else "Police effectiveness, efficiency and legitimacy",
                SAN, 7.5, "Mid", al)
        d.line(18, 15, 192, 15, "Rule", 0.4)
        d.label(18, 284, 174, 6, str(p), SANB, 8, "Deep", al)

    for p in range(2, 7):
        running(p)

    # 2 contents
    d.page(2)
    d.furn(18, 25, 174, 120, [("H1", "Contents"),
                              ("TOC", "Our judgements\t3"), ("TOC", "Responding to the public\t4"),
                              ("TOC", "Investigating crime\t4"), ("TOC", "Protecting vulnerable people\t5"),
                              ("TOC", "Managing offenders\t6"), ("TOC", "Leadership and workforce\t6")])

    # 3 judgements
    d.page(3)
    d.furn(18, 22, 174, 12, [("H1", "Our judgements")])
    rows = [("Responding to the public", "Adequate", "Amber"), ("Investigating crime", "Requires improvement", "Gold"),
            ("Protecting vulnerable people", "Good", "Green"), ("Managing offenders", "Adequate", "Amber"),
            ("Leadership and force management", "Requires improvement", "Gold"),
            ("Building, supporting and protecting the workforce", "Good", "Green")]
    y = 38
    d.rect(18, y, 174, 8, "Deep")
    d.label(21, y + 1.8, 100, 5, "Area of policing", SANB, 9, "White")
    d.label(130, y + 1.8, 60, 5, "Grade", SANB, 9, "White")
    y += 8
    for area, grade, col in rows:
        d.label(21, y + 2.2, 105, 5, area, SAN, 9, "Ink")
        d.rect(128, y + 1, 64, 7, col)
        d.label(130, y + 2.2, 60, 5, grade, SANB, 9, "Ink")
        d.line(18, y + 9, 192, y + 9, "Rule", 0.4)
        y += 9
    f = d.frame(18, y + 8, 174, 100)
    d.text(f, [
        ("H2", "Overview"),
        ("Body", ["We inspected how well " + FORCE + " keeps people safe and reduces crime during the spring of 2025.",
                  "Our findings draw on case file reviews, interviews with officers and staff, and observations in "
                  "the force control room.",
                  "Overall, we found a force that has improved in several areas since our last inspection but "
                  "still has much to do."]),
        ("Body", ["The chief constable has set out clear priorities, and most of the workforce we spoke to "
                  "understood them.",
                  "However, the force does not yet have a reliable picture of demand in its neighbourhood teams."]),
    ], hyphen=True)

    # 4-5 two columns threaded, wrap box in left column of page 4
    d.page(4)
    a = d.frame(18, 22, 174, 128, cols=2, gap=7)
    d.rect(18, 120, 52, 38, "Sky", flow=1)
    d.label(21, 123, 46, 14, "91%", SANB, 26, "Deep", 1)
    d.label(21, 140, 46, 16, "of emergency calls answered within ten seconds", SAN, 8, "Ink", 1)
    d.furn(18, 262, 174, 18, [("FN", "<fn>1</fn> Force data for the twelve months to 31 March 2025."),
                              ("FN", "2 Based on our review of 60 crime files selected at random.")])
    d.line(18, 260, 60, 260, "Mid", 0.4)
    d.page(5)
    b = d.frame(18, 22, 174, 258, cols=2, gap=7)
    d.link(a, b)
    d.text(a, [
        ("H1", "Responding to the public"),
        ("Body", ["The force answers most emergency calls within the national target of ten seconds.",
                  "Non-emergency calls are a different matter, and in the twelve months to March 2025 almost a "
                  "third were abandoned before they were answered.<fnr>1</fnr>",
                  "Call handlers told us that staff shortages on evening shifts are the main reason for the delays."]),
        ("Body", ["Call handlers use a structured triage model to assess risk at first contact.",
                  "In the records we reviewed, they identified repeat victims in most cases, but they did not "
                  "always record the reasons for their grading decisions."]),
        ("Body", ["Response officers generally attend incidents within the times the force has set.",
                  "When attendance is delayed, supervisors contact the caller to explain why, although this is "
                  "not recorded consistently."]),
        ("H1", "Investigating crime"),
        ("H2", "Quality of investigations"),
        ("Body", ["The quality of investigations has not improved enough since 2023.",
                  "We found that a supervisor had reviewed the investigation plan in fewer than half of the cases "
                  "we examined.<fn>2</fn>",
                  "Too many investigations were closed without the victim being told the outcome."]),
        ("Body", ["Investigators carry high workloads, and some held more than twenty active cases at the time "
                  "of our visit.",
                  "Several detectives described feeling that they could only react to the most urgent tasks."]),
        ("H2", "Digital forensics"),
        ("Body", ["The force makes good use of digital forensic kiosks in its three main custody suites.",
                  "This has reduced the time taken to examine mobile telephones from several weeks to a few days "
                  "in straightforward cases."]),
        ("H1", "Protecting vulnerable people"),
        ("Body", [FORCE + " works well with partner agencies to protect children at risk of exploitation.",
                  "Its multi-agency safeguarding hub shares information promptly, and decisions are recorded "
                  "clearly."]),
        ("Body", ["Officers complete a risk assessment at every domestic abuse incident.",
                  "Nevertheless, we found that the force does not make full use of its powers to obtain domestic "
                  "violence protection orders.",
                  "Between April 2024 and March 2025 it applied for only eleven orders, far fewer than similar "
                  "forces."]),
        ("Body", ["The force has trained all frontline officers to recognise the signs of coercive control.",
                  "We saw this training reflected in the questions officers asked victims at the scene."]),
    ], hyphen=True)

    # 6 three columns with pull quote in the middle column
    d.page(6)
    c = d.frame(18, 22, 174, 84, cols=3, gap=6)
    q = d.frame(78.5, 38, 53, 46, pad=5, flow=1)
    d.line(82, 42, 128, 42, "Gold", 1.5)
    d.line(82, 80, 128, 80, "Gold", 1.5)
    d.text(c, [
        ("H1", "Managing offenders"),
        ("Body", ["The force manages registered sex offenders effectively, and visits take place on time.",
                  "Offender managers have manageable caseloads and receive regular specialist training."]),
        ("Body", ["Its integrated offender management scheme focuses on people who commit the most serious "
                  "acquisitive crime.",
                  "Partners from probation and housing attend the monthly meetings, which are well chaired."]),
        ("H1", "Leadership"),
        ("Body", ["Senior leaders are visible, and officers told us they feel able to challenge decisions.",
                  "The force has a realistic plan to balance its budget over the next three years.",
                  "However, it has not evaluated whether the changes it made to its shift pattern in 2024 have "
                  "achieved what it intended."]),
        ("H1", "Workforce"),
        ("Body", ["The wellbeing service is valued by the workforce and is easy to reach.",
                  "Managers hold regular conversations with their staff about performance and development.",
                  "Some student officers told us they had too little time to complete their academic study "
                  "during working hours."]),
    ], hyphen=True)
    d.text(q, [("Quote", "\u201cToo many investigations were closed without the victim being told the outcome.\u201d")],
           gold=False)
    box = d.frame(18, 118, 174, 62, fill="Sky", pad=5)
    d.text(box, [
        ("BoxH", "Areas for improvement and recommendation"),
        ("Box", ("\u2022\t", ["The force should make sure that supervisors review investigation plans and record "
                              "their direction."])),
        ("Box", ("\u2022\t", ["The force should improve how quickly it answers non-emergency calls."])),
        ("Box", ("\u2022\t", ["The force should evaluate the effect of its new shift pattern on demand and "
                              "wellbeing."])),
        ("Box", ("\u2022\t", ["By June 2026, " + FORCE + " should make sure that victims are told when their "
                              "investigation is closed and why."])),
    ])

    # 7 back cover
    d.page(7)
    d.rect(0, 0, 210, 297, "Deep")
    d.furn(20, 230, 170, 40, [("CoverSub", "Fictional Inspectorate of Constabulary"),
                              ("CoverSub", "\u00a9 2025. All names and figures in this document are invented."),
                              ("CoverSub", "www.example.org/inspections")])
    d.finish()


run(build)
