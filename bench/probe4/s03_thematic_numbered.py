"""s03: thematic inspection across four fictional forces (Scribus): cover, one justified
hyphenated column of numbered paragraphs (hanging number, tab) threaded over two pages,
full-width recommendation boxes that the text flows round, alternate running headers,
centred folios, an annex and an imprint."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib4 import NOTICE, Doc, mm, run  # noqa: E402

SER, SERB = "Liberation Serif Regular", "Liberation Serif Bold"
SAN, SANB = "Liberation Sans Narrow Regular", "Liberation Sans Narrow Bold"
TITLE = "Staying safe: how forces respond to stalking"


def build():
    d = Doc("s03_thematic_numbered", 4, TITLE,
            {"Teal": (0, 100, 110), "Mint": (220, 240, 238), "Orange": (220, 110, 30)})
    d.cs("body", SER, 12)
    d.cs("num", SANB, 12, fillcolor="Teal")
    d.cs("h1", SANB, 18, fillcolor="Teal")
    d.cs("boxh", SANB, 11, fillcolor="Orange")
    d.cs("boxt", SER, 10.5, fillcolor="Ink")
    d.cs("small", SAN, 8, fillcolor="Mid")
    d.cs("title", SANB, 28, fillcolor="White")
    d.cs("sub", SAN, 14, fillcolor="White")
    d.ps("Para", "body", alignment=3, linespacingmode=0, linespacing=17, gapafter=8, leftmargin=mm(12),
         firstindent=-mm(12), tabs=[(mm(12), 0)])
    d.ps("Body", "body", alignment=3, linespacingmode=0, linespacing=14, gapafter=7)
    d.ps("BoxT", "boxt", alignment=0, linespacingmode=0, linespacing=14)
    d.ps("H1", "h1", gold=False, gapbefore=8, gapafter=8)
    d.ps("BoxH", "boxh", gold=False, gapafter=4)
    d.ps("Small", "small", gold=False, linespacingmode=0, linespacing=10)
    d.ps("Title", "title", gold=False, linespacingmode=0, linespacing=33, gapafter=10)
    d.ps("Sub", "sub", gold=False, linespacingmode=0, linespacing=18, gapafter=6)

    d.page(1)
    d.rect(0, 0, 210, 297, "Teal")
    d.furn(25, 90, 160, 80, [("Title", TITLE),
                             ("Sub", "A thematic inspection of Eskford Police, Brantham Constabulary, Ravensmere "
                                     "Police and Coldharbour Police"), ("Sub", "November 2025")])
    d.furn(25, 240, 160, 20, [("Sub", NOTICE)])

    for p in range(2, 4):
        d.page(p)
        left = p % 2 == 0
        d.label(25, 10, 160, 6, TITLE if left else "Thematic inspection 2025", SAN, 8, "Teal", 0 if left else 2)
        d.label(25, 282, 160, 6, f"\u2014 {p} \u2014", SAN, 8, "Mid", 1)


    def P(num, sents):
        return ("Para", (f"<num>{num}</num>\t", sents))

    frames = []
    for p in range(2, 4):
        d.page(p)
        frames.append(d.frame(25, 22, 160, 250))
    d.link(*frames)

    def recbox(page, y, h, title, sent):
        d.page(page)
        b = d.frame(25, y, 160, h, fill="Mint", pad=5, flow=1)
        scribus_line = d.line(25, y, 25, y + h, "Orange", 3)
        d.text(b, [("BoxH", title), ("BoxT", [sent])])
        return scribus_line

    d.text(frames[0], [
        ("H1", "1. Introduction"),
        P("1.1", ["Stalking is a pattern of fixated and obsessive behaviour that causes victims serious alarm and "
                  "distress.",
                  "It often escalates, and it is frequently present in cases that end in serious harm."]),
        P("1.2", ["In this inspection we examined how four forces respond when a victim first reports stalking.",
                  "The forces were Eskford Police, Brantham Constabulary, Ravensmere Police and Coldharbour "
                  "Police."]),
        P("1.3", ["We reviewed 160 case files, spoke to more than ninety officers and staff, and met "
                  "representatives of local advocacy services."]),
        P("1.4", ["We also listened to the experiences of twelve victims who volunteered to speak to us.",
                  "Their accounts have shaped many of the findings in this report."]),
        ("H1", "2. Identifying stalking"),
        P("2.1", ["Call handlers in all four forces had received some training on stalking, but its quality varied.",
                  "In Brantham Constabulary the training was a short online module that most staff had completed "
                  "in under twenty minutes."]),
        P("2.2", ["Too often, stalking was recorded as harassment because officers did not recognise the fixated "
                  "nature of the behaviour.",
                  "This matters because the wrong classification can mean that risk is underestimated."]),
        P("2.3", ["Eskford Police had introduced a screening question at first contact that prompted call handlers "
                  "to ask about repeated unwanted contact.",
                  "We found that this had improved the early identification of stalking in that force."]),
        P("2.4", ["In Ravensmere Police, a specialist adviser reviews every new harassment crime each morning.",
                  "The adviser changes the classification where the evidence points to stalking and tells the "
                  "investigating officer why."]),
        ("H1", "3. Protecting victims"),
        P("3.1", ["Stalking protection orders can place restrictions on a suspect before a criminal case is "
                  "concluded.",
                  "Their use was uneven across the four forces we inspected."]),
        P("3.2", ["Coldharbour Police had applied for twenty-three orders in the year before our fieldwork, "
                  "whereas Brantham Constabulary had applied for two.",
                  "Officers in Brantham told us they found the application process complicated and slow."]),
        P("3.3", ["Victims told us they valued being kept informed, even when there was little progress to report.",
                  "Some said that they had to chase officers for updates, which added to their anxiety."]),
        P("3.4", ["In the best cases, investigators worked closely with independent advocates to plan the "
                  "victim\u2019s safety.",
                  "We saw this approach work well in Eskford, where an advocate is based in the public protection "
                  "unit."]),
        P("3.5", ["Breaches of protective orders were not always treated as new offences.",
                  "In nine of the files we reviewed, a breach was dealt with by words of advice alone."]),
        ("H1", "4. Conclusion"),
        P("4.1", ["We found committed officers and staff in every force who wanted to do the right thing for "
                  "victims of stalking.",
                  "But good practice depended too much on individuals, and it was rarely shared between forces."]),
        P("4.2", ["We will return to these forces within eighteen months to assess their progress against our "
                  "recommendations."]),
        ("H1", "Annex A: About our data"),
        ("Body", ["Case files were selected at random from crimes recorded between January and June 2025."]),
    ], hyphen=True)
    recbox(2, 196, 40, "Recommendation 1",
           "By June 2026, chief constables should make sure that call handlers and frontline officers are trained "
           "to recognise the difference between stalking and harassment.")
    recbox(3, 130, 36, "Recommendation 2",
           "By March 2027, chief constables should review how their forces apply for stalking protection orders "
           "and remove unnecessary delays.")
    recbox(3, 226, 36, "Recommendation 3",
           "By March 2027, forces should treat every reported breach of a protective order as a new crime and "
           "investigate it.")
    d.page(4)
    d.rect(0, 0, 210, 297, "Teal")
    d.furn(25, 240, 160, 30, [("Sub", "Fictional Inspectorate of Constabulary"),
                              ("Sub", "This publication is a test fixture. No real force was inspected.")])
    d.finish()


run(build)
