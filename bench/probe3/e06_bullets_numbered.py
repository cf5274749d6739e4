"""e06: bullets in several glyph styles - private-use glyph in OpenSymbol,
Scribus's native paragraph-style bullet, a check mark, Standard Symbols bullet typed as its Symbol-encoding code (U+00B7),
nested en-dash sub-bullets - a bullet list running across a page break,
numbered paragraphs (2.1, 2.2 ...) with the number in a hanging indent, side
headings in a narrow left margin column, serif body justified without
hyphenation, running header and footer drawn per page, back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "Thornleigh Police: responding to the public and neighbourhood policing"
SERIF = "Nimbus Roman Regular"
GOTH, GOTH_B = "Liberation Sans Narrow Regular", "URW Gothic Demi"
PUA, SYM, DJ = "OpenSymbol Regular", "Standard Symbols PS Regular", "DejaVu Sans Book"


def build():
    d = Doc("e06_bullets_numbered", 4, TITLE, "Thornleigh Police",
            {"Char": (51, 51, 51), "Orange": (222, 102, 22), "Peach": (253, 236, 222)})
    d.cs("body", SERIF, 11)
    d.markers(SERIF, 11)
    d.cs("pua", PUA, 9, fillcolor="Orange")
    d.cs("sym", SYM, 10, fillcolor="Orange")
    d.cs("tick", DJ, 9, fillcolor="Orange")
    d.cs("num", GOTH_B, 10, fillcolor="Orange")
    d.cs("h1", GOTH_B, 18, fillcolor="Char")
    d.cs("side", GOTH_B, 10, fillcolor="Orange")
    d.cs("furn", GOTH, 7.5, fillcolor="Mid")
    d.cs("cover", GOTH_B, 30, fillcolor="White")
    d.cs("coversub", GOTH, 13, fillcolor="White")
    d.cs("coversm", GOTH, 8.5, fillcolor="White")
    d.cs("back", GOTH, 8, fillcolor="Char")
    ls = dict(linespacingmode=0, linespacing=14.5)
    d.ps("P", "body", alignment=3, gapafter=8, **ls)
    d.ps("NP", "body", alignment=3, gapafter=8, leftmargin=mm(11), firstindent=-mm(11), tabs=[(mm(11), 0)], **ls)
    d.ps("B1", "body", alignment=3, gapafter=4, leftmargin=mm(6), firstindent=-mm(6), tabs=[(mm(6), 0)], **ls)
    d.ps("B2", "body", alignment=3, gapafter=4, leftmargin=mm(12), firstindent=-mm(5), tabs=[(mm(12), 0)], **ls)
    d.ps("NB", "body", alignment=3, gapafter=4, leftmargin=mm(6), firstindent=-mm(6), bullet="\u2022", **ls)
    d.ps("H1", "h1", gold=False, gapafter=10)
    d.ps("SIDE", "side", gold=False, linespacingmode=0, linespacing=12)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=34, gapafter=8)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False, gapafter=4)
    d.ps("BACK", "back", gold=False, gapafter=5)

    d.page(1)
    d.rect(0, 0, 210, 297, "Char")
    d.rect(18, 100, 174, 2, "Orange")
    d.furn(18, 110, 174, 80, [("COVER", "Responding to the public and neighbourhood policing"),
                              ("COVERSUB", "Thornleigh Police"), ("COVERSM", "May 2026")])
    d.notice(18, 260, 174, "COVERSM")
    for n in (2, 3):
        d.page(n)
        d.furn(18, 10, 174, 5, [("FURNR", "Thornleigh Police | Responding to the public")])
        d.furn(18, 285, 174, 5, [("FURN", str(n))])
    d.page(2)
    d.furn(18, 22, 174, 12, [("H1", "2. Responding to the public")])
    d.furn(18, 40, 36, 30, [("SIDE", "Emergency and priority calls")])
    d.furn(18, 150, 36, 30, [("SIDE", "Non-emergency contact")])
    f1 = d.frame(60, 40, 132, 240)
    d.page(3)
    d.furn(18, 22, 36, 30, [("SIDE", "What the public told us")])
    f2 = d.frame(60, 22, 132, 258)
    d.link(f1, f2)
    N = "<num>%s</num>\t"
    P = "<pua>\ue00a</pua>\t"
    T = "<tick>\u2713</tick>\t"
    S = "<sym>\u00b7</sym>\t"
    E = "\u2013\t"
    d.text(f1, [
        ("NP", (N % "2.1", ["Thornleigh Police answers emergency calls promptly.",
                            "In the year to March 2026, it answered 94 percent of 999 calls within ten seconds, "
                            "which is better than the national standard."])),
        ("NP", (N % "2.2", ["The force attends most emergency incidents within its target times.",
                            "But in the rural north of the county, officers often travel long distances, and "
                            "the force does not always tell callers when there will be a delay."])),
        ("NP", (N % "2.3", ["We reviewed 80 incidents graded as requiring a priority response.",
                            "We found that:"])),
        ("B1", (P, ["Call handlers identified repeat callers in most cases."])),
        ("B1", (P, ["Risk was reassessed when attendance was delayed in only a third of cases."])),
        ("B1", (P, ["Callers were given crime prevention advice in nearly every case."])),
        ("NP", (N % "2.4", ["The force’s performance on non-emergency calls is poor.",
                            "Callers to the 101 number waited an average of nine minutes to be answered, and "
                            "almost a fifth of calls were abandoned.",
                            "The force has introduced an online reporting service, but it is not yet widely "
                            "used."])),
        ("NP", (N % "2.5", ["The force has started a programme to improve its contact centre.",
                            "It includes the following changes:"])),
        ("NB", ["More staff will be rostered at the busiest times of day."]),
        ("NB", ["Callers will be offered a call-back rather than waiting in a queue."]),
        ("NB", ["Supervisors will listen to a sample of calls each week and give feedback."]),
        ("NP", (N % "2.6", ["In our survey of the public, people gave mixed views about the force.",
                            "The main themes were:"])),
        ("B1", (S, ["Many respondents were positive about how officers treated them in person."])),
        ("B2", (E, ["Several said that officers had taken time to explain what would happen next."])),
        ("B2", (E, ["Some praised the help they received after a burglary."])),
        ("B1", (S, ["Respondents were less positive about how easy it was to contact the force."])),
        ("B2", (E, ["Several said they had given up trying to report antisocial behaviour by telephone."])),
        ("NP", (N % "2.7", ["We were pleased to see that the force publishes its call-handling performance "
                            "each month.",
                            "This helps the public and the police and crime commissioner to hold it to "
                            "account."])),
        ("NP", (N % "2.8", ["Neighbourhood policing in Thornleigh is well regarded by partner organisations.",
                            "Each neighbourhood team has a named sergeant and a published set of priorities, "
                            "agreed with residents at public meetings.",
                            "The force has protected the number of neighbourhood officers despite pressure "
                            "on its budget."])),
        ("NP", (N % "2.9", ["We found good examples of neighbourhood teams working with schools.",
                            "Officers in our focus groups told us about several successful schemes:"])),
        ("B1", (T, ["A weekly drop-in session at a secondary school has helped pupils report concerns about "
                    "exploitation."])),
        ("B1", (T, ["A cycle safety project has reduced bicycle theft near two colleges."])),
        ("NP", (N % "2.10", ["By December 2026, the force should reduce the time callers wait to be answered "
                             "on its non-emergency number and monitor how many calls are abandoned."])),
    ])
    d.fonts.update([PUA, SYM, DJ])

    d.page(4)
    d.rect(0, 0, 210, 297, "Peach")
    d.furn(18, 235, 174, 45, [
        ("BACK", "© HMICFRS 2026 – synthetic probe document"),
        ("BACK", "Licensed under the Open Government Licence v3.0. For other formats, or to comment on this "
                 "report, write to the inspectorate’s probe office."),
        ("BACK", "probe@example.org.uk | 0300 000 0003")])
    d.finish()


run(build)
