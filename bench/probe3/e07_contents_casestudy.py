"""e07: contents page with dot leaders and right-aligned page numbers; summary
of judgements drawn as coloured grade dots beside grade words; one wide column
with a narrow LEFT margin holding notes; a shaded 'Case study' box interrupting
the column (the paragraph continues in a frame below the box); superscript
footnote markers with notes at the page foot; an annex of methodology text;
master-page header and footer; back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "An inspection of how Ravensholt Constabulary tackles serious violence"
SERIF, SERIF_I = "Liberation Serif Regular", "Liberation Serif Italic"
SANS, SANS_B = "Liberation Sans Narrow Regular", "Liberation Sans Narrow Bold"


def build():
    d = Doc("e07_contents_casestudy", 7, TITLE, "Ravensholt Constabulary",
            {"Wine": (122, 20, 56), "Blush": (247, 232, 237), "G1": (0, 120, 60), "G2": (245, 180, 0),
             "G3": (230, 100, 20), "G4": (190, 20, 30)})
    d.cs("body", SERIF, 11.5)
    d.cs("bodyi", SERIF_I, 11.5)
    d.markers(SERIF, 11.5)
    d.cs("h1", SANS_B, 20, fillcolor="Wine")
    d.cs("h2", SANS_B, 13, fillcolor="Wine")
    d.cs("note", SANS, 8.5, fillcolor="Wine")
    d.cs("boxh", SANS_B, 12, fillcolor="Wine")
    d.cs("box", SANS, 10.5)
    d.cs("toc", SANS, 12)
    d.cs("grade", SANS_B, 11)
    d.cs("area", SANS, 11.5)
    d.cs("fn", SANS, 8)
    d.cs("cover", SANS_B, 32, fillcolor="White")
    d.cs("coversub", SANS, 15, fillcolor="White")
    d.cs("coversm", SANS, 9.5, fillcolor="White")
    d.cs("back", SANS, 9)
    ls = dict(linespacingmode=0, linespacing=15)
    d.ps("P", "body", alignment=0, gapafter=9, **ls)
    d.ps("H1", "h1", gold=False, gapafter=10)
    d.ps("H2", "h2", gold=False, gapbefore=6, gapafter=5)
    d.ps("NOTE", "note", gold=False, alignment=2, linespacingmode=0, linespacing=10.5)
    d.ps("BOXH", "boxh", gold=False, gapafter=5)
    d.ps("BOX", "box", alignment=0, gapafter=5, linespacingmode=0, linespacing=13)
    d.ps("TOC", "toc", gold=False, gapafter=9, tabs=[(mm(170), 1, ".")])
    d.ps("TOC2", "toc", gold=False, gapafter=9, leftmargin=mm(8), tabs=[(mm(162), 1, ".")])
    d.ps("GRADE", "grade", gold=False)
    d.ps("AREA", "area", gold=False)
    d.ps("FN", "fn", gold=False, leftmargin=mm(4), firstindent=-mm(4), tabs=[(mm(4), 0)], gapafter=2)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=36, gapafter=10)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=5)
    d.ps("COVERSM", "coversm", gold=False, gapafter=4)
    d.ps("BACK", "back", gold=False, gapafter=6)

    def m():
        d.mtext(18, 8, 174, 5, TITLE, SANS, 8.5, "Wine")
        d.mtext(18, 285, 174, 5, chr(30), SANS_B, 9, "Wine", scribus.ALIGN_RIGHT)
        d.line(18, 283, 192, 283, "Wine", 0.4)
    d.master("Body", m)
    d.apply_master("Body", [2, 3, 4, 5, 6])

    d.page(1)
    d.rect(0, 0, 210, 297, "Wine")
    d.furn(18, 90, 174, 100, [("COVER", "Tackling serious violence"),
                              ("COVERSUB", "An inspection of Ravensholt Constabulary"),
                              ("COVERSM", "November 2025")])
    d.notice(18, 200, 174, "COVERSM")

    d.page(2)
    d.furn(18, 20, 174, 14, [("H1", "Contents")])
    d.furn(18, 38, 174, 150, [("TOC", "Summary of judgements\t3"), ("TOC", "1. Understanding violence\t4"),
                              ("TOC2", "Case study: the harbour district\t4"),
                              ("TOC", "2. Working with partners\t4"), ("TOC", "3. Supporting victims\t5"), ("TOC", "Annex A: Methodology\t6")])

    d.page(3)
    d.furn(18, 20, 174, 14, [("H1", "Summary of judgements")])
    grades = [("Understanding serious violence", "Good", "G1"), ("Working with partners", "Adequate", "G2"),
              ("Use of enforcement powers", "Requires improvement", "G3"),
              ("Support for victims", "Inadequate", "G4")]
    y = 40
    for area, grade, col in grades:
        d.line(18, y, 192, y, "Rule", 0.4)
        d.furn(18, y + 3, 110, 8, [("AREA", area)])
        e = scribus.createEllipse(132, y + 3.2, 5, 5)
        scribus.setFillColor(col, e)
        scribus.setLineColor("None", e)
        d.furn(140, y + 3, 52, 8, [("GRADE", grade)])
        y += 12
    d.line(18, y, 192, y, "Rule", 0.4)
    s = d.frame(18, y + 10, 174, 270 - y - 10)
    d.text(s, [("P", ["Ravensholt Constabulary has a good understanding of serious violence in its area.",
                      "It has worked with its partners to produce a detailed analysis of where and when violence "
                      "happens, and who is most at risk.",
                      "But the force’s support for victims of violence is inadequate, and too many victims "
                      "withdraw from investigations because they do not feel supported."])])

    d.page(4)
    d.furn(56, 20, 136, 14, [("H1", "1. Understanding violence")])
    a1 = d.frame(56, 36, 136, 92)
    d.furn(18, 40, 32, 30, [("NOTE", "The serious violence duty came into force in January 2023")])
    box = d.frame(56, 132, 136, 70, fill="Blush", pad=5)
    a2 = d.frame(56, 206, 136, 60)
    d.line(56, 268, 100, 268, "Wine", 0.4)
    d.furn(56, 270, 136, 12, [("FN", "1\tA statutory duty placed on specified authorities, including the police"),
                              ("FN", "2\tThe local violence reduction partnership’s annual strategic assessment")])
    d.page(5)
    a3 = d.frame(56, 20, 136, 240)
    d.furn(18, 60, 32, 30, [("NOTE", "See Annex A for how we selected cases")])
    d.line(56, 264, 100, 264, "Wine", 0.4)
    d.furn(56, 266, 136, 16, [("FN", "3\tWithdrawal rates are for investigations finalised between April and September 2025")])
    d.link(a1, a2, a3)
    d.text(a1, [
        ("P", ["Ravensholt is a port city with a large night-time economy.",
               "Most serious violence in the force area happens in two districts, and a small number of "
               "people account for a large share of both victims and offenders.",
               "The force and its partners now meet every week to share information about the people at "
               "greatest risk, as the serious violence duty requires.<sup>1</sup>"]),
        ("P", ["The force’s analysts have mapped incidents of violence against hospital admissions data.",
               "This shows that about a third of injuries treated in the emergency department had never been "
               "reported to the police, which the force is now using to target its patrols more precisely.",
               "We consider this to be a thorough and well-used piece of analysis."]),
        ("H2", "2. Working with partners"),
        ("P", ["Partnership working is generally effective, although some arrangements are still new.",
               "Partners told us that information sharing has improved since the partnership’s annual "
               "assessment was published.<sup>2</sup>",
               "The youth offending service and the force jointly manage young people at risk of carrying "
               "knives, and this work is well coordinated."]),
        ("P", ["However, the force does not always tell partners what has happened after a referral.",
               "Several school leaders told us that they had shared concerns about pupils but heard nothing "
               "further from the police.",
               "This risks undermining the confidence partners have in the arrangements."]),
        ("P", ["The force should improve how it provides feedback to partner organisations after they share "
               "information about people at risk of violence.",
               "We will review the force’s progress in our next inspection."]),
        ("H2", "3. Supporting victims"),
        ("P", ["Victims of serious violence in Ravensholt are often young men who are reluctant to engage with "
               "the police.",
               "Almost half of the victims in the cases we reviewed withdrew their support for a prosecution "
               "before a charging decision was made.<sup>3</sup>",
               "In most of these cases, there was no record of any attempt to understand why the victim had "
               "withdrawn or to offer further support."]),
        ("P", ["The force has no dedicated service for victims of violence who are not eligible for "
               "specialist support.",
               "Officers told us that they did not know what services were available, and some said they "
               "relied on their own contacts in the voluntary sector.",
               "The force has recently commissioned a review of victim support, but it had not reported at the "
               "time of our inspection."]),
        ("P", ["We found that the force rarely considers prosecuting without the victim’s support, even when "
               "other evidence such as footage or forensic results is available.",
               "By May 2026, the force should make sure that investigators consider evidence-led prosecutions "
               "in all cases of serious violence where a victim withdraws their support."]),
    ])
    d.text(box, [("BOXH", "Case study: the harbour district"),
                 ("BOX", ["In the harbour district, licensed premises, taxi marshals and street pastors share "
                          "a radio network with the force’s control room.",
                          "When trouble starts, door staff can alert officers within seconds.",
                          "Assaults in the district fell by a fifth in the year after the network was set up, "
                          "while they rose slightly elsewhere in the city."])])

    d.page(6)
    d.furn(18, 20, 174, 14, [("H1", "Annex A: Methodology")])
    an = d.frame(18, 38, 174, 120)
    d.text(an, [("P", ["We carried out fieldwork in Ravensholt during September 2025.",
                       "We interviewed senior leaders, held focus groups with officers and staff, and spoke to "
                       "representatives of eleven partner organisations.",
                       "We also reviewed 60 investigations of serious violence, selected at random from those "
                       "finalised in the previous six months."])])
    d.page(7)
    d.rect(0, 0, 210, 297, "Wine")
    d.furn(18, 240, 174, 45, [
        ("COVERSM", "© HMICFRS 2025 | Synthetic probe document"),
        ("COVERSM", "Text reusable under the Open Government Licence, version 3."),
        ("COVERSM", "Enquiries: probe@example.org.uk")])
    d.finish()


run(build)
