"""s04: custody inspection in three columns (Scribus): cover with key facts, three-column
ragged-right Bookman body threaded over two pages, a case-study box inside the middle column
that the text flows round, a pull quote across two columns, a chart in a column with caption
and source, footnotes with raised markers, alternate running headers, recommendations page
and back cover."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib4 import NOTICE, Doc, run  # noqa: E402

BODY, BODYI = "C059 Roman", "C059 Italic"
HEAD, HEADL = "URW Gothic Demi", "DejaVu Sans Book"
FORCE = "Tillingbourne Police"


def build():
    d = Doc("s04_three_column_custody", 5, "Police custody inspection: " + FORCE,
            {"Brick": (150, 50, 40), "Stone": (242, 236, 228), "Bar": (190, 110, 90)})
    d.cs("body", BODY, 9.8)
    d.cs("ital", BODYI, 9)
    d.markers(BODY, 9)
    d.cs("h1", HEAD, 12.5, fillcolor="Brick")
    d.cs("boxh", HEAD, 9.5, fillcolor="Brick")
    d.cs("boxt", BODYI, 8.6)
    d.cs("quote", HEAD, 15, fillcolor="Brick")
    d.cs("cap", HEAD, 8, fillcolor="Ink")
    d.cs("small", HEADL, 7, fillcolor="Mid")
    d.cs("title", HEAD, 28, fillcolor="Brick")
    d.cs("sub", HEADL, 13, fillcolor="Ink")
    d.ps("Body", "body", alignment=0, linespacingmode=0, linespacing=13, gapafter=5)
    d.ps("BoxT", "boxt", alignment=0, linespacingmode=0, linespacing=11, gapafter=3)
    d.ps("H1", "h1", gold=False, gapbefore=5, gapafter=4)
    d.ps("BoxH", "boxh", gold=False, gapafter=3)
    d.ps("Quote", "quote", gold=False, alignment=0, linespacingmode=0, linespacing=19)
    d.ps("Cap", "cap", gold=False, gapafter=2)
    d.ps("Small", "small", gold=False, linespacingmode=0, linespacing=8.5)
    d.ps("Title", "title", gold=False, linespacingmode=0, linespacing=32, gapafter=10)
    d.ps("Sub", "sub", gold=False, linespacingmode=0, linespacing=17, gapafter=4)

    d.page(1)
    d.rect(0, 0, 12, 297, "Brick")
    d.furn(25, 50, 165, 80, [("Title", "Report on an unannounced inspection of police custody"),
                             ("Sub", FORCE), ("Sub", "Fieldwork: May 2025")])
    for i, (big, small) in enumerate([("2", "custody suites"), ("4,870", "detainees a year"),
                                      ("13.6 hours", "average detention")]):
        d.label(25 + i * 56, 170, 52, 10, big, HEAD, 16, "Brick")
        d.label(25 + i * 56, 181, 52, 8, small, HEADL, 9, "Ink")
    d.furn(25, 250, 165, 20, [("Sub", NOTICE)])

    for p in (2, 3, 4):
        d.page(p)
        left = p % 2 == 0
        d.label(18, 9, 174, 5, (f"{p}   Custody inspection 2025") if left else
                (f"{FORCE}   {p}"), HEADL, 7.5, "Brick", 0 if left else 2)
        d.line(18, 15, 192, 15, "Brick", 0.3)

    d.page(2)
    a = d.frame(18, 20, 174, 165, cols=3, gap=5)
    box = d.frame(78, 100, 54, 72, fill="Stone", pad=3, flow=1)
    d.furn(18, 232, 174, 16, [("Small", "1 Calculated from 143 requests recorded in the custody system."),
                              ("Small", "2 Footage was reviewed with the force\u2019s consent.")])
    d.page(3)
    b = d.frame(18, 20, 174, 260, cols=3, gap=5)
    q = d.frame(18, 30, 115, 34, pad=2, flow=1)
    d.text(q, [("Quote", "\u201cCustody staff treated detainees with respect and patience.\u201d")], gold=False)
    d.rect(137, 150, 55, 62, "White", flow=1)
    d.furn(137, 150, 55, 10, [("Cap", "Figure 1: Average wait for an appropriate adult (hours)")])
    d.bars(142, 162, 45, 28, [("Ambridge Road", 2.6), ("Castle Mead", 4.3)], HEADL, "Bar")
    d.furn(137, 202, 55, 8, [("Small", "Source: custody records, January to April 2025")])
    d.link(a, b)
    d.text(a, [
        ("H1", "Introduction"),
        ("Body", ["This was an unannounced inspection of police custody in " + FORCE + ".",
                  "We visited the force\u2019s two custody suites, at Ambridge Road and Castle Mead, over five days "
                  "in May 2025."]),
        ("Body", ["Custody staff treated detainees with respect, and we saw many examples of patient and kind "
                  "behaviour.",
                  "However, the force lacked an effective way to check that custody was used only when necessary."]),
        ("H1", "Leadership"),
        ("Body", ["A chief inspector has overall responsibility for custody and chairs a monthly performance "
                  "meeting.",
                  "The meeting receives data on the number of detainees, the length of detention and the use of "
                  "force.",
                  "Leaders did not always act on what the data showed, and some concerns had been on the agenda "
                  "for more than a year."]),
        ("H1", "Before custody"),
        ("Body", ["Officers rarely considered alternatives to arrest for people whose behaviour was linked to "
                  "mental ill health.",
                  "In three cases we examined, a person was brought into custody when a health setting would have "
                  "been more suitable.",
                  "Sergeants authorised detention in every case we observed, and none was refused."]),
        ("H1", "In the custody suite"),
        ("Body", ["Risk assessments were generally thorough, and custody sergeants asked detainees about their "
                  "health and any medication.",
                  "Detainees with learning disabilities were not always given an appropriate adult quickly enough.",
                  "The average wait for an appropriate adult at Castle Mead was more than four hours.<fnr>1</fnr>"]),
        ("Body", ["Cells were clean, but several had graffiti scratched into the walls and ligature points that had "
                  "not been removed.",
                  "The force should make sure that cells are checked for ligature points at the start of every "
                  "shift."]),
        ("H1", "Use of force"),
        ("Body", ["Force was used on detainees in about one in ten cases, which is similar to other forces we have "
                  "inspected.",
                  "We reviewed footage of twenty incidents and found that most were proportionate.",
                  "In two incidents, the restraint continued for longer than was justified by the detainee\u2019s "
                  "behaviour.<fn>2</fn>"]),
        ("H1", "Healthcare"),
        ("Body", ["Healthcare professionals are present in both suites around the clock.",
                  "Detainees told us that they were seen quickly when they asked for help.",
                  "Records of the care given were detailed and stored securely."]),
        ("H1", "Release"),
        ("Body", ["Release arrangements were generally safe, and detainees were offered travel support where "
                  "needed.",
                  "The force did not collect information on whether vulnerable people had been referred to support "
                  "services after release."]),
        ("H1", "Rights and legal advice"),
        ("Body", ["Detainees were told of their rights promptly and given written notices in a language they "
                  "understood.",
                  "Interpreters were usually available by telephone within the hour.",
                  "Take-up of free legal advice was lower at Castle Mead than at Ambridge Road, and the force did "
                  "not know why.",
                  "Solicitors told us that consultation rooms at Castle Mead were too small and could be overheard "
                  "from the corridor."]),
        ("Body", ["Detainees under the age of eighteen were almost always held overnight when charged and refused "
                  "bail.",
                  "Local authority accommodation had been requested in only a handful of these cases."]),
    ], hyphen=True)
    d.text(box, [("BoxH", "Case study"),
                 ("BoxT", ["A woman in her sixties was arrested after a dispute with a neighbour.",
                           "The custody sergeant noticed signs of confusion and arranged for her to be seen by a "
                           "nurse within twenty minutes.",
                           "She was released into the care of her daughter with a referral to her doctor."])])
    d.page(4)
    r = d.frame(18, 22, 174, 90, fill="Stone", pad=6)
    d.text(r, [("H1", "Recommendations"),
               ("Body", ["By December 2025, " + FORCE + " should establish a way to monitor whether detention is "
                         "necessary and proportionate."]),
               ("Body", ["By March 2026, the force should reduce the time detainees wait for an appropriate adult."])])
    d.page(5)
    d.rect(0, 0, 210, 297, "Brick")
    d.furn(25, 250, 160, 30, [("Sub", "Fictional Inspectorate of Constabulary and Prisons"),
                              ("Sub", "Test material only: every name and figure is invented.")])
    d.finish()


run(build)
