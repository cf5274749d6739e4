"""e01: PEEL-style report. Full-bleed cover, 'Our judgements' table drawn as ruled
rows with shaded grade cells, one wide justified hyphenated serif column with a
narrow right margin holding notes and a pull-out, numbered headings, superscript
footnote markers with notes at the page foot, body running across a page break,
master-page running header and footer, back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "PEEL 2025–27: Police effectiveness, efficiency and legitimacy"
FORCE = "Wexmoor Constabulary"
SERIF, SERIF_B, SERIF_I = "P052 Roman", "P052 Bold", "P052 Italic"
SANS, SANS_B = "Nimbus Sans Regular", "DejaVu Sans Bold"


def build():
    d = Doc("e01_peel_margin", 5, TITLE, FORCE,
            {"Deep": (0, 48, 87), "Cyan": (0, 133, 160), "Good": (0, 122, 61), "Adeq": (254, 203, 0),
             "RI": (232, 119, 34), "Inad": (200, 16, 46), "Pale": (229, 241, 246)})
    d.cs("body", SERIF, 10)
    d.cs("bodyb", SERIF_B, 10)
    d.cs("bodyi", SERIF_I, 10)
    d.markers(SERIF, 10)
    d.cs("h1", SANS_B, 17, fillcolor="Deep")
    d.cs("h2", SANS_B, 11.5, fillcolor="Cyan")
    d.cs("note", SANS, 7.5, fillcolor="Mid")
    d.cs("noteb", SANS_B, 7.5, fillcolor="Deep")
    d.cs("pull", SERIF_I, 12, fillcolor="Cyan")
    d.cs("fn", SANS, 7)
    d.cs("cover", SANS_B, 30, fillcolor="White")
    d.cs("coversub", SANS, 14, fillcolor="White")
    d.cs("coversm", SANS, 8.5, fillcolor="White")
    d.cs("grade", SANS_B, 9)
    d.cs("area", SANS, 9.5)
    d.cs("th", SANS_B, 9.5, fillcolor="White")
    d.cs("back", SANS, 8)
    ls = dict(linespacingmode=0, linespacing=13)
    d.ps("P", "body", alignment=3, gapafter=6, **ls)
    d.ps("H1", "h1", gold=False, gapbefore=2, gapafter=8)
    d.ps("H2", "h2", gold=False, gapbefore=6, gapafter=4)
    d.ps("NOTE", "note", gold=False, gapafter=4, linespacingmode=0, linespacing=9.5)
    d.ps("NOTEH", "noteb", gold=False, gapafter=2)
    d.ps("PULL", "pull", gold=False, linespacingmode=0, linespacing=15)
    d.ps("FN", "fn", gold=False, leftmargin=mm(4), firstindent=-mm(4), tabs=[(mm(4), 0)], gapafter=1.5)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=34, gapafter=10)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False)
    d.ps("GRADE", "grade", gold=False, alignment=1)
    d.ps("AREA", "area", gold=False)
    d.ps("TH", "th", gold=False)
    d.ps("BACK", "back", gold=False, gapafter=5, linespacingmode=0, linespacing=10.5)

    def m():
        d.mtext(18, 8, 130, 5, TITLE + " – " + FORCE, SANS, 7.5)
        d.line(18, 14, 192, 14, "Cyan", 0.7)
        d.mtext(150, 285, 42, 5, chr(30), SANS_B, 8, "Deep", scribus.ALIGN_RIGHT)
    d.master("Body", m)
    d.apply_master("Body", [2, 3, 4])

    # cover
    d.page(1)
    d.rect(0, 0, 210, 297, "Deep")
    d.rect(0, 200, 210, 8, "Cyan")
    d.furn(20, 60, 170, 90, [("COVER", "PEEL 2025–27"),
                              ("COVERSUB", "Police effectiveness, efficiency and legitimacy"),
                              ("COVERSUB", "An inspection of Wexmoor Constabulary")])
    d.notice(20, 250, 170, "COVERSM")
    d.furn(20, 265, 170, 8, [("COVERSM", "Published 14 October 2025")])

    # judgements page
    d.page(2)
    d.furn(18, 20, 174, 12, [("H1", "Our judgements")])
    intro = d.frame(18, 34, 174, 30)
    d.text(intro, [("P", ["Our inspection assessed how good Wexmoor Constabulary is in nine areas of policing.",
                          "We make graded judgements in eight of these areas, and the table below sets them out."])],
           hyphen=True)
    rows = [("Police powers and public treatment", "Good", "Good"),
            ("Preventing crime", "Adequate", "Adeq"),
            ("Responding to the public", "Requires improvement", "RI"),
            ("Investigating crime", "Adequate", "Adeq"),
            ("Protecting vulnerable people", "Requires improvement", "RI"),
            ("Managing offenders and suspects", "Good", "Good"),
            ("Supporting and protecting the workforce", "Adequate", "Adeq"),
            ("Leadership and force management", "Inadequate", "Inad")]
    y = 62
    d.rect(18, y, 174, 8, "Deep")
    d.furn(21, y + 1.8, 100, 6, [("TH", "Area of policing")])
    d.furn(135, y + 1.8, 55, 6, [("TH", "Grade")])
    y += 8
    for i, (area, grade, col) in enumerate(rows):
        if i % 2:
            d.rect(18, y, 174, 10, "Pale")
        d.furn(21, y + 2.5, 110, 6, [("AREA", area)])
        d.rect(135, y + 1.5, 55, 7, col)
        d.furn(135, y + 2.6, 55, 6, [("GRADE", grade)])
        y += 10
        d.line(18, y, 192, y, "Rule", 0.4)
    summ = d.frame(18, y + 8, 174, 270 - y - 8)
    d.text(summ, [("H2", "Summary"),
                  ("P", ["Wexmoor Constabulary serves a mixed urban and coastal area with a growing population.",
                         "We were pleased to find that officers treat people fairly and respectfully, and that the "
                         "force uses its powers well.",
                         "However, the force is too slow to attend some incidents, and it doesn't always identify "
                         "vulnerability at the first point of contact."]),
                  ("P", ["Our greatest concern is leadership and force management.",
                         "The force has no clear plan for how it will balance its budget over the next three years, "
                         "and its senior team has not agreed which services it will protect."])], hyphen=True)

    # body, pages 3-4, wide column x 18-140, margin 146-192
    d.page(3)
    b1 = d.frame(18, 20, 122, 222)
    d.furn(146, 40, 46, 40, [("NOTEH", "Note"),
                             ("NOTE", "Figures in this section are for the year to 31 March 2025 unless stated")])
    d.furn(146, 150, 46, 50, [("PULL", "“Supervisors now review most investigations within seven days.”")])
    d.line(18, 252, 70, 252, "Mid", 0.4)
    d.furn(18, 254, 122, 26, [("FN", "1\tHome Office, Police workforce statistics, year ending March 2025"),
                              ("FN", "2\tAs recorded in the force’s own performance framework")])
    d.page(4)
    b2 = d.frame(18, 20, 122, 222)
    d.furn(146, 60, 46, 40, [("NOTEH", "Related reading"),
                             ("NOTE", "Our thematic report on victim contact, published in 2024")])
    d.line(18, 252, 70, 252, "Mid", 0.4)
    d.furn(18, 254, 122, 26, [("FN", "3\tThe code of practice for victims of crime in England and Wales")])
    d.link(b1, b2)
    d.text(b1, [
        ("H1", "1. Introduction"),
        ("P", ["Wexmoor Constabulary employs about 2,300 officers and 1,400 staff.<sup>1</sup>",
               "Since our last inspection the force has recruited 310 new officers, and nearly a quarter of its "
               "constables now have less than three years of service.",
               "This inexperience affects how well some investigations are carried out."]),
        ("H1", "2. Investigating crime"),
        ("H2", "Supervision of investigations"),
        ("P", ["We found that supervisors review most investigations promptly.",
               "Supervisors now review most investigations within seven days.",
               "In the files we examined, supervisors gave clear direction and set realistic deadlines for "
               "investigating officers.",
               "But the quality of supervision in the neighbourhood teams was less consistent, and some "
               "low-level cases were closed without a documented rationale."]),
        ("P", ["The force met its own target for finalising investigations in only four of the last twelve "
               "months.<sup>2</sup>",
               "Officers told us that their workloads had become unmanageable during the summer, when demand "
               "rises sharply in the coastal towns.",
               "The force has introduced a triage desk to allocate crimes according to risk and complexity, "
               "and early results are encouraging."]),
        ("H2", "Keeping victims informed"),
        ("P", ["The force doesn't always record whether victims want to support a prosecution.",
               "In 19 of the 64 cases we reviewed, there was no record of the victim’s wishes, and in several "
               "of these the investigation was closed without the victim being told.",
               "Victims are entitled to regular updates under the victims’ code.<sup>3</sup>",
               "The force should make sure that officers understand this duty and that supervisors check it "
               "has been met before an investigation is finalised."]),
        ("H1", "3. Protecting vulnerable people"),
        ("P", ["Call handlers use a structured risk assessment for every call, but they do not always apply it "
               "correctly.",
               "We listened to calls in which repeat victims of domestic abuse were not identified as such, "
               "even though the information was available on force systems.",
               "As a result, some calls were given a lower priority than they should have been."]),
        ("P", ["The multi-agency safeguarding hub works well, and partner organisations spoke positively "
               "about their relationship with the force.",
               "Referrals are shared quickly, and decisions are recorded clearly.",
               "However, the hub has a backlog of 240 lower-risk referrals that have not been reviewed, and "
               "the force could not tell us how long the oldest of these had been waiting."]),
        ("H1", "4. Leadership and force management"),
        ("P", ["The force’s medium-term financial plan relies on savings that have not yet been identified.",
               "Senior leaders told us they intend to review the structure of local policing, but no decisions "
               "had been made at the time of our inspection.",
               "We are concerned that the absence of a clear plan is leading to short-term decisions, such as "
               "holding police staff posts vacant for long periods.",
               "By June 2026, the force should produce a realistic plan that sets out how it will meet its "
               "financial gap while maintaining its core services."]),
        ("P", ["The force has made good progress in improving its workforce’s well-being.",
               "Officers and staff told us they value the occupational health service, which now offers "
               "appointments within five working days.",
               "We will keep checking the force’s progress as part of our routine monitoring."]),
    ], hyphen=True)

    # back cover
    d.page(5)
    d.rect(0, 0, 210, 297, "Pale")
    d.furn(20, 200, 170, 80, [
        ("BACK", "October 2025 | © HMICFRS 2025"),
        ("BACK", "Unless a page says otherwise, you may reuse this text under version 3 of the Open "
                 "Government Licence; the licence itself is published online by the National Archives."),
        ("BACK", "Questions about this probe document can go to the probe office by email, or call "
                 "0300 000 0000."),
        ("BACK", "www.example.org.uk/probe"),
    ])
    d.finish()


run(build)
