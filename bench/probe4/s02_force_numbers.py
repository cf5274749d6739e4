"""s02: crime-data and neighbourhood report (Scribus): cover, a "force in numbers" strip,
ragged-right Charter body, two-column pages with full-width bar chart between linked frames,
a horizontal bar chart inside one column, captions and source lines, footnotes and an
imprint block on the last page."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib4 import NOTICE, Doc, run  # noqa: E402

BODY, BODYB = "Bitstream Charter Regular", "Bitstream Charter Bold"
SAN, SANB = "Liberation Sans Regular", "Liberation Sans Bold"
FORCE = "Moorcastle Constabulary"


def build():
    d = Doc("s02_force_numbers", 5, "Crime recording and neighbourhood policing: " + FORCE,
            {"Plum": (95, 35, 95), "Lilac": (236, 226, 240), "Bar": (150, 90, 150)})
    d.cs("body", BODY, 10)
    d.cs("bold", BODYB, 10)
    d.markers(BODY, 10)
    d.cs("h1", SANB, 14, fillcolor="Plum")
    d.cs("h2", SANB, 10.5, fillcolor="Plum")
    d.cs("cap", SANB, 8.5, fillcolor="Ink")
    d.cs("src", SAN, 7.5, fillcolor="Mid")
    d.cs("small", SAN, 7.5, fillcolor="Mid")
    d.cs("title", SANB, 26, fillcolor="Plum")
    d.cs("sub", SAN, 13, fillcolor="Ink")
    d.ps("Body", "body", alignment=0, linespacingmode=0, linespacing=13.5, gapafter=6)
    d.ps("H1", "h1", gold=False, gapbefore=4, gapafter=5)
    d.ps("H2", "h2", gold=False, gapbefore=3, gapafter=3)
    d.ps("Cap", "cap", gold=False, gapafter=2)
    d.ps("Src", "src", gold=False)
    d.ps("FN", "small", gold=False, linespacingmode=0, linespacing=9)
    d.ps("Title", "title", gold=False, linespacingmode=0, linespacing=31, gapafter=8)
    d.ps("Sub", "sub", gold=False, linespacingmode=0, linespacing=17, gapafter=4)

    d.page(1)
    d.rect(0, 0, 210, 14, "Plum")
    d.rect(0, 250, 210, 47, "Lilac")
    d.furn(20, 70, 170, 90, [("Title", "Crime recording and neighbourhood policing"),
                             ("Sub", "An inspection of " + FORCE), ("Sub", "March 2025")])
    d.furn(20, 258, 170, 20, [("Sub", NOTICE)])

    for p in range(2, 6):
        d.page(p)
        d.label(18, 8, 120, 6, FORCE + ": crime recording and neighbourhood policing", SAN, 7, "Mid")
        d.label(150, 8, 42, 6, f"Page {p} of 5", SAN, 7, "Mid", 2)
        d.rect(0, 290, 210, 7, "Plum")

    # 2: force in numbers strip + introduction
    d.page(2)
    d.furn(18, 20, 174, 10, [("H1", "Force in numbers")])
    tiles = [("312", "square miles policed"), ("486,000", "residents"), ("1,240", "police officers"),
             ("\u00a3141m", "net budget 2024/25"), ("58", "crimes per 1,000 people")]
    for i, (big, small) in enumerate(tiles):
        x = 18 + i * 35
        d.rect(x, 32, 33, 30, "Lilac")
        d.label(x + 1, 36, 31, 10, big, SANB, 15, "Plum", 1)
        d.label(x + 1, 49, 31, 10, small, SAN, 7.5, "Ink", 1)
    f = d.frame(18, 72, 174, 200)
    d.text(f, [
        ("H1", "Introduction"),
        ("Body", ["This report sets out our findings from an inspection of " + FORCE + " carried out in "
                  "January 2025.",
                  "We looked at how accurately the force records crime and how well its neighbourhood teams "
                  "prevent harm."]),
        ("Body", ["The force serves a largely rural area with two busy market towns and a coastal population that "
                  "grows sharply in the summer months.",
                  "Its budget for 2024/25 was set at a level that required savings of four per cent."]),
    ])

    # 3: two columns, chart across the page between linked frames
    d.page(3)
    a = d.frame(18, 20, 174, 92, cols=2, gap=8)
    d.bars(30, 130, 150, 52, [("2019", 81), ("2020", 84), ("2021", 86), ("2022", 88), ("2023", 90),
                              ("2024", 92), ("2025", 93)], SAN, "Bar")
    d.furn(18, 116, 174, 10, [("Cap", "Figure 1: Proportion of reported crimes that were recorded, by year (%)")])
    d.furn(18, 192, 174, 6, [("Src", "Source: inspection audit samples (invented figures)")])
    b = d.frame(18, 204, 174, 44, cols=2, gap=8)
    d.furn(18, 278, 174, 10, [("FN", "1 We reviewed 24 problem-solving plans across six neighbourhood areas.")])
    d.page(4)
    c = d.frame(18, 20, 174, 180, cols=2, gap=8)
    d.rect(104, 26, 88, 70, "White", flow=1)
    d.furn(104, 26, 88, 10, [("Cap", "Figure 2: Planned neighbourhood hours lost to other duties, by area (%)")])
    d.bars(104, 38, 86, 48, [("Northgate", 41), ("Saltmarsh", 28), ("Fellside", 19), ("Harbour", 33),
                             ("Upper Dale", 12)], SAN, "Bar", horizontal=True)
    d.furn(104, 88, 88, 6, [("Src", "Source: force duty records, 2024 (invented figures)")])
    d.furn(18, 278, 174, 10, [("FN", "2 The first monthly summary was published in November 2024.")])
    d.link(a, b, c)
    d.text(a, [
        ("H1", "Crime recording"),
        ("Body", ["We estimate that the force records about 93 per cent of the crimes reported to it.",
                  "This is an improvement on the rate we found in 2022, when it was considerably lower."]),
        ("Body", ["The force has created a small audit team that checks a sample of incidents every week.",
                  "Auditors give feedback directly to the officers who made the recording decision."]),
        ("Body", ["However, we found that crimes of harassment and malicious communications are still missed "
                  "too often.",
                  "In several cases, officers recorded only the most serious offence when a victim had reported "
                  "more than one."]),
        ("Body", ["Recording of violent crime has improved the most since our previous audit.",
                  "Officers told us that the new incident form prompts them to consider whether a crime should "
                  "be recorded.",
                  "Supervisors in the control room now review every incident closed without a crime record."]),
        ("H1", "Neighbourhood policing"),
        ("Body", ["Each of the force\u2019s eleven neighbourhood teams has a named inspector and a published set "
                  "of local priorities.",
                  "Teams use problem-solving plans to tackle persistent anti-social behaviour, and the best of "
                  "these plans were thorough and well evaluated.<fn>1</fn>"]),
        ("Body", ["Too often, though, neighbourhood officers are taken away from their areas to cover shortfalls "
                  "in response teams.",
                  "In one town, the team had lost more than forty per cent of its planned hours in the six months "
                  "before our visit."]),
        ("Body", ["Residents we met at two community meetings valued the officers they knew by name.",
                  "They were less confident that reports made online were read and acted on."]),
        ("Body", ["The force has started publishing a monthly summary of what its teams have done in response to "
                  "local concerns.",
                  "This is a positive step, but it is too early to judge its effect on public "
                  "confidence.<fnr>2</fnr>"]),
        ("H2", "Use of data"),
        ("Body", [FORCE + " has invested in a new analytical tool that brings together crime, incident and "
                  "intelligence records.",
                  "Analysts can now produce a profile of an area within hours rather than days.",
                  "We saw the tool used well to plan patrols around the night-time economy in the larger market "
                  "town.",
                  "The force should now make sure that neighbourhood sergeants are trained to use it themselves."]),
        ("H2", "Working with partners"),
        ("Body", ["The force has a long-standing agreement with the two district councils to share information "
                  "about anti-social behaviour.",
                  "Council officers and police staff work from the same office in the larger town on three days "
                  "each week."]),
        ("Body", ["This arrangement means that cases involving vulnerable tenants are discussed quickly.",
                  "We found fewer examples of joint work in the rural north of the county, where the two "
                  "organisations rarely meet.",
                  "Local councillors told us they would welcome more regular contact with their neighbourhood "
                  "inspector."]),
    ])

    d.page(5)
    f = d.frame(18, 20, 174, 150)
    d.text(f, [
        ("H1", "Areas for improvement"),
        ("Body", ["The force should make sure that all crimes reported by victims of harassment are recorded "
                  "correctly."]),
        ("Body", ["The force should protect the time its neighbourhood officers spend in their own areas."]),
        ("H1", "Conclusion"),
        ("Body", [FORCE + " has made real progress in recording crime accurately since our last inspection.",
                  "We will continue to monitor its neighbourhood policing through our regular engagement with "
                  "the force."]),
    ])
    d.line(18, 240, 192, 240, "Plum", 1)
    d.furn(18, 244, 174, 30, [("FN", "Published by the Fictional Inspectorate of Constabulary, 2025."),
                              ("FN", "This document was produced for software testing. All figures are invented."),
                              ("FN", "Contact: inspections@example.org")])
    d.finish()


run(build)
