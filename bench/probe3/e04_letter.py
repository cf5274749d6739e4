"""e04: inspection letter. Letterhead with a coloured band and address block,
reference and date, addressee, 'Dear ...', sans body ragged right, numbered
recommendations with hanging numbers, sign-off, 'Page N of 3' headers drawn per
page; an enclosure page with bullets set in a symbol font's own encoding
(D050000L, Zapf Dingbats layout: ASCII codes that draw arrows and diamonds)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "Letter: revisit of Brackenshire Police crime recording"
SANS, SANS_B = "Liberation Sans Regular", "Liberation Sans Bold"
DING = "D050000L Regular"


def build():
    d = Doc("e04_letter", 3, TITLE, "Brackenshire Police", {"Navy": (18, 40, 76), "Ice": (226, 234, 244)})
    d.cs("body", SANS, 11)
    d.cs("bodyb", SANS_B, 11)
    d.markers(SANS, 11)
    d.cs("num", SANS_B, 11)
    d.cs("arrow", DING, 9, fillcolor="Navy")
    d.cs("dia", DING, 8, fillcolor="Navy")
    d.cs("lh", SANS_B, 15, fillcolor="White")
    d.cs("lhs", SANS, 8.5, fillcolor="White")
    d.cs("addr", SANS, 8.5, fillcolor="Navy")
    d.cs("meta", SANS, 10)
    d.cs("h2", SANS_B, 11.5, fillcolor="Navy")
    d.cs("furn", SANS, 8, fillcolor="Mid")
    d.cs("sig", "Z003 Medium Italic", 22, fillcolor="Navy")
    ls = dict(linespacingmode=0, linespacing=15)
    d.ps("P", "body", alignment=0, gapafter=9, **ls)
    d.ps("NUM", "body", alignment=0, gapafter=7, leftmargin=mm(9), firstindent=-mm(9), tabs=[(mm(9), 0)], **ls)
    d.ps("ARR", "body", alignment=0, gapafter=6, leftmargin=mm(7), firstindent=-mm(7), tabs=[(mm(7), 0)], **ls)
    d.ps("LH", "lh", gold=False, gapafter=2)
    d.ps("LHS", "lhs", gold=False)
    d.ps("ADDR", "addr", gold=False, alignment=2, linespacingmode=0, linespacing=11)
    d.ps("META", "meta", gold=False, linespacingmode=0, linespacing=13)
    d.ps("SAL", "body", gold=False, gapafter=9)
    d.ps("H2", "h2", gold=False, gapbefore=4, gapafter=6)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("SIG", "sig", gold=False)

    d.page(1)
    d.rect(0, 0, 210, 34, "Navy")
    d.furn(20, 10, 110, 20, [("LH", "HM Inspectorate of Constabulary"),
                             ("LHS", "and Fire & Rescue Services (synthetic probe)")])
    d.furn(130, 40, 62, 30, [("ADDR", "Probe House"), ("ADDR", "1 Example Street"),
                             ("ADDR", "Testtown TT1 1AA"), ("ADDR", "Direct line: 0300 000 0002")])
    d.notice(20, 37, 105, "FURN")
    d.furn(20, 52, 100, 40, [("META", "Chief Constable Amara Whitlock"), ("META", "Brackenshire Police"),
                             ("META", "Headquarters, Mill Lane"), ("META", "Brackenford BR2 9ZZ")])
    d.furn(20, 88, 100, 14, [("META", "Our reference: PR/2026/014"), ("META", "12 January 2026")])
    for n in (2, 3):
        d.page(n)
        d.furn(20, 10, 170, 6, [("FURN", "Brackenshire Police – crime recording revisit")])
        d.furn(20, 10, 172, 6, [("FURNR", f"Page {n} of 3")])
    d.page(1)
    f1 = d.frame(20, 106, 170, 173)
    d.page(2)
    f2 = d.frame(20, 22, 170, 256)
    d.link(f1, f2)
    N = "<num>%d.</num>\t"
    d.text(f1, [
        ("SAL", "Dear Chief Constable"),
        ("H2", "Revisit of crime recording in Brackenshire Police"),
        ("P", ["In our crime data integrity inspection of 2024, we found that Brackenshire Police was failing "
               "to record an unacceptable number of reported crimes.",
               "We graded the force as inadequate and made four recommendations.",
               "I am writing to set out what we found when we returned to the force in November 2025."]),
        ("P", ["I am pleased to tell you that the force has made substantial progress.",
               "We now estimate that it records about 93 percent of the crimes reported to it, compared with "
               "79 percent at our last inspection.",
               "The improvement is largest for violent crime, which was our main concern."]),
        ("P", ["The force has achieved this by creating a central team that checks every incident log for "
               "crimes that should have been recorded.",
               "Officers receive feedback when they miss a crime, and supervisors now discuss recording "
               "standards in their team briefings.",
               "Staff in the central team told us that the number of errors they find has fallen month by "
               "month."]),
        ("P", ["However, some problems remain.",
               "The force still fails to record some reports of stalking and harassment, particularly where the "
               "behaviour takes place online.",
               "It also continues to cancel a small number of rape reports without the additional verifiable "
               "information that the rules require."]),
        ("P", ["The force’s own audit results were consistent with ours, which gives us confidence in its "
               "figures.",
               "Leaders now receive a monthly report on recording accuracy for each district."]),
        ("P", "We have made three further recommendations:"),
        ("NUM", (N % 1, ["By July 2026, the force should make sure that officers recognise and record "
                         "stalking and harassment, including where it occurs online."])),
        ("NUM", (N % 2, ["By July 2026, the force should introduce an independent review of every cancelled "
                         "rape report before the cancellation is confirmed."])),
        ("NUM", (N % 3, ["By October 2026, the force should evaluate whether the central team can be reduced "
                         "in size without recording standards falling."])),
        ("P", ["I would like to thank you and your officers and staff for their help during this revisit.",
               "We will check the force’s progress against these recommendations as part of our next PEEL "
               "inspection.",
               "A summary of our findings is enclosed with this letter."]),
        ("SAL", "Yours sincerely"),
        ("SIG", "R. Penhallow"),
        ("SAL", "Rowan Penhallow"),
        ("FURN", "His Majesty’s Inspector of Constabulary (fictional)"),
    ])
    d.page(3)
    d.furn(20, 22, 170, 10, [("H2", "Enclosure: summary of findings")])
    enc = d.frame(20, 34, 170, 240)
    A = "<arrow>\u00d8</arrow>\t"
    Q = "<dia>u</dia>\t"
    d.text(enc, [
        ("P", "We found the following strengths:"),
        ("ARR", (A, ["The central team checks incident logs within 24 hours of the incident being closed."])),
        ("ARR", (A, ["Recording decisions are now made by trained staff rather than by attending officers."])),
        ("ARR", (A, ["The force’s own audits are accurate and are reported to the chief officer team."])),
        ("P", "We also found the following weaknesses:"),
        ("ARR", (Q, ["Online stalking is often recorded as a less serious communications offence."])),
        ("ARR", (Q, ["Some cancelled rape reports had no record of the victim being told."])),
    ])
    d.finish()


run(build)
