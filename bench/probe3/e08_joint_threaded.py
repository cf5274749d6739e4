"""e08: joint inspection; 'Our judgements' as coloured tiles (grade word large,
area label small); body threaded through separate column frames (two per page,
InDesign style) justified and hyphenated in a sans face, so paragraphs cross
column and page breaks; an image placeholder with text wrap and a caption; a
pull quote repeating a body sentence; an 'Areas for improvement' box with
arrow bullets at the foot of a column; small-caps lead-in; raised-digit
footnote markers; alternating left/right running headers; back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from lib3 import Doc, mm, run  # noqa: E402

TITLE = "Joint inspection of custody arrangements in Ashcombe and Vale Police"
SANS, SANS_B, SANS_I = "Liberation Sans Regular", "Liberation Sans Bold", "Liberation Sans Italic"
SERIF_I = "DejaVu Serif Italic"


def build():
    d = Doc("e08_joint_threaded", 5, TITLE, "Ashcombe and Vale Police",
            {"Indigo": (45, 35, 110), "Sky": (225, 230, 248), "Gold": (200, 150, 0), "Photo": (160, 170, 180),
             "TG": (0, 112, 60), "TA": (235, 170, 0), "TR": (215, 90, 20), "TI": (175, 20, 40)})
    d.cs("body", SANS, 9.5)
    d.cs("sc", SANS, 9.5, features="smallcaps")
    d.markers(SANS, 9.5)
    d.cs("h1", SANS_B, 15, fillcolor="Indigo")
    d.cs("h2", SANS_B, 10.5, fillcolor="Indigo")
    d.cs("pull", SERIF_I, 13, fillcolor="Indigo")
    d.cs("boxh", SANS_B, 10.5, fillcolor="Indigo")
    d.cs("box", SANS, 9)
    d.cs("arr", "DejaVu Sans Bold", 8, fillcolor="Gold")
    d.cs("cap", SANS_I, 7.5, fillcolor="Mid")
    d.cs("fn", SANS, 7)
    d.cs("furn", SANS, 7.5, fillcolor="Indigo", tracking=40)
    d.cs("tileg", SANS_B, 14, fillcolor="White")
    d.cs("tilel", SANS, 8.5, fillcolor="White")
    d.cs("cover", SANS_B, 27, fillcolor="White")
    d.cs("coversub", SANS, 12, fillcolor="White")
    d.cs("coversm", SANS, 8.5, fillcolor="White")
    ls = dict(linespacingmode=0, linespacing=12.5)
    d.ps("P", "body", alignment=3, gapafter=6, **ls)
    d.ps("H1", "h1", gold=False, gapbefore=4, gapafter=6)
    d.ps("H2", "h2", gold=False, gapbefore=4, gapafter=3)
    d.ps("PULL", "pull", gold=False, alignment=0, linespacingmode=0, linespacing=17)
    d.ps("BOXH", "boxh", gold=False, gapafter=4)
    d.ps("ARR", "box", alignment=0, gapafter=3, leftmargin=mm(5), firstindent=-mm(5), tabs=[(mm(5), 0)],
         linespacingmode=0, linespacing=11.5)
    d.ps("CAP", "cap", gold=False)
    d.ps("FN", "fn", gold=False, leftmargin=mm(3), firstindent=-mm(3), tabs=[(mm(3), 0)], gapafter=1)
    d.ps("FURN", "furn", gold=False)
    d.ps("FURNR", "furn", gold=False, alignment=2)
    d.ps("TILEG", "tileg", gold=False, gapafter=3)
    d.ps("TILEL", "tilel", gold=False, linespacingmode=0, linespacing=10)
    d.ps("COVER", "cover", gold=False, linespacingmode=0, linespacing=31, gapafter=8)
    d.ps("COVERSUB", "coversub", gold=False, gapafter=4)
    d.ps("COVERSM", "coversm", gold=False, gapafter=4)

    d.page(1)
    d.rect(0, 0, 210, 297, "Indigo")
    d.rect(0, 0, 210, 120, "Photo")
    d.furn(18, 135, 174, 90, [("COVER", "Custody services"),
                              ("COVERSUB", "A joint inspection of Ashcombe and Vale Police by two inspectorates"),
                              ("COVERSM", "January 2026")])
    d.notice(18, 262, 174, "COVERSM")
    for n in (2, 3, 4):
        d.page(n)
        if n % 2 == 0:
            d.furn(18, 9, 174, 5, [("FURN", "CUSTODY SERVICES IN ASHCOMBE AND VALE POLICE")])
            d.furn(18, 285, 174, 5, [("FURN", str(n))])
        else:
            d.furn(18, 9, 174, 5, [("FURNR", "JOINT INSPECTION 2026")])
            d.furn(18, 285, 174, 5, [("FURNR", str(n))])

    d.page(2)
    d.furn(18, 20, 174, 14, [("H1", "Our judgements")])
    tiles = [("Good", "TG", "Leadership and governance"), ("Adequate", "TA", "Pre-custody: first contact"),
             ("Requires improvement", "TR", "In the custody suite: booking in"),
             ("Inadequate", "TI", "Release and transfer from custody")]
    for i, (g, c, lab) in enumerate(tiles):
        x = 18 + (i % 2) * 88
        y = 36 + (i // 2) * 36
        d.rect(x, y, 86, 32, c)
        d.furn(x + 4, y + 4, 78, 12, [("TILEG", g)])
        d.furn(x + 4, y + 19, 78, 10, [("TILEL", lab)])
    intro = d.frame(18, 116, 174, 40, cols=2, gap=6)

    d.page(3)
    c1 = d.frame(18, 20, 84, 236)
    c2 = d.frame(108, 20, 84, 150)
    ph = d.rect(108, 20, 84, 50, "Photo")
    scribus.setTextFlowMode(ph, 1)
    cap = d.furn(108, 71, 84, 7, [("CAP", "A custody suite corridor (illustrative placeholder)")])
    scribus.setTextFlowMode(cap, 1)
    box = d.frame(108, 176, 84, 80, fill="Sky", pad=4)
    pq = d.frame(108, 110, 84, 30)
    d.text(pq, [("PULL", "“Detainees told us that staff treated them with dignity.”")], gold=False)
    scribus.setTextFlowMode(pq, 1)
    d.line(18, 262, 50, 262, "Indigo", 0.4)
    d.furn(18, 264, 174, 16, [("FN", "1\tThe national standards for custody, published by the College of Policing"),
                              ("FN", "2\tFrom a sample of 50 custody records opened between June and August 2025")])
    d.page(4)
    c3 = d.frame(18, 20, 84, 256)
    c4 = d.frame(108, 20, 84, 256)
    d.link(intro, c1, c2, c3, c4)
    R = "<rsd>%d</rsd>"
    A = "<arr>\u25b6</arr>\t"
    d.text(intro, [
        ("P", ["<sc>This was a joint inspection</sc> carried out with the prisons inspectorate.",
               "We looked at the whole of the custody process, from a person’s first contact with the police "
               "to their release or transfer to court.",
               "Ashcombe and Vale Police runs four custody suites, which together received just under 19,000 "
               "detainees in the year before our visit."]),
        ("P", ["Custody staff were generally respectful and professional.",
               "Detainees told us that staff treated them with dignity.",
               "The suites were clean, and the force had removed most of the ligature points we identified at "
               "our previous inspection."]),
        ("H1", "1. Leadership and governance"),
        ("P", ["Senior leaders have a clear vision for custody and hold regular meetings to review "
               "performance against national standards." + R % 1,
               "The force collects good data about the use of force in custody, and it uses this data to "
               "identify officers who may need further training.",
               "However, the governance arrangements don’t yet cover the health care provider, whose contract "
               "is managed separately by the police and crime commissioner."]),
        ("H1", "2. Booking in"),
        ("P", ["Booking-in procedures were thorough, but detainees often waited a long time to be seen.",
               "At busy times, detainees spent more than an hour in vans or holding rooms before their "
               "arrival was authorised, and their risk was not reassessed during that period." + R % 2,
               "Custody sergeants did not always record the reasons why detention was necessary.",
               "In some records, the justification was copied from the arresting officer’s account without any "
               "independent consideration."]),
        ("P", ["Risk assessments were completed for every detainee in our sample.",
               "They took account of information from police systems and from the detainee, and they were "
               "generally of a good standard.",
               "Detainees with mental health needs were identified quickly, and liaison and diversion staff "
               "were available in three of the four suites."]),
        ("H1", "3. Release and transfer"),
        ("P", ["Release planning was the weakest part of the custody process.",
               "Too many vulnerable detainees were released late at night without any check on how they would "
               "get home or who would support them.",
               "Pre-release risk assessments were often brief and did not refer to the risks identified at "
               "booking in.",
               "We also found that children charged and refused bail were rarely moved to local authority "
               "accommodation, and spent the night in a police cell instead."]),
        ("P", ["We have graded this area as inadequate.",
               "The force should act quickly to make sure that release is planned from the start of a "
               "detainee’s time in custody."]),
        ("H1", "4. Health care"),
        ("P", ["Health care in the suites is provided by a private company under a contract that started in "
               "2024.",
               "Nurses were present in the two largest suites at all times, and detainees in the smaller suites "
               "could usually see a nurse within an hour.",
               "Detainees who needed medication generally received it promptly, although the records of what "
               "had been given were sometimes incomplete.",
               "We saw one case in which a detainee’s own prescribed medication was not given for more than "
               "twelve hours because it could not be verified."]),
        ("P", ["Custody staff and health care staff worked well together.",
               "Nurses were routinely consulted about detainees at risk, and their advice was recorded on the "
               "custody record.",
               "However, there was no joint review of incidents in which detainees had been taken to hospital, "
               "so opportunities to learn lessons were missed."]),
        ("H1", "5. Conditions in the suites"),
        ("P", ["Cells were generally clean and free of graffiti, and bedding was replaced after every "
               "detainee.",
               "Detainees were offered a shower and a change of clothes if they were held overnight, which is "
               "good practice.",
               "But two of the suites had no facilities for detainees to take exercise in the open air, and "
               "some detainees were held for more than 24 hours without leaving their cell."]),
        ("P", ["Food and drink were offered regularly, and dietary needs were met.",
               "Detainees were given reading material on request, but few were told that it was available.",
               "The force should make sure that all detainees are told about their rights and entitlements in a "
               "way they can understand.",
               "We will return to the force within a year to check what progress it has made."]),
    ], hyphen=True)
    d.text(box, [("BOXH", "Areas for improvement"),
                 ("ARR", (A, ["The force should make sure that custody sergeants record an independent "
                              "justification for detention."])),
                 ("ARR", (A, ["The force should improve pre-release risk assessments for vulnerable "
                              "detainees."])),
                 ("ARR", (A, ["The force should work with local authorities to find accommodation for "
                              "children refused bail."]))])
    d.fonts.add("DejaVu Sans Bold")

    d.page(5)
    d.rect(0, 0, 210, 297, "Sky")
    d.furn(18, 235, 174, 45, [
        ("FN", "© HMICFRS and partner inspectorate 2026 (synthetic probe document)"),
        ("FN", "Licensed under the Open Government Licence v3.0. This document is also available in other "
               "formats on request from the probe office."),
        ("FN", "Telephone: 0300 000 0004 | Email: probe@example.org.uk")])
    d.finish()


run(build)
