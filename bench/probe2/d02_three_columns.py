"""d02: three narrow justified columns linked across three pages with hyphenation,
running header and footer drawn on every page, a tracked standfirst, and a pull
quote overlapping two columns that the body text wraps around."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import Doc, run  # noqa: E402

TITLE = "An inspection of how Lindale Bay Police responds to missing people"
FORCE = "Lindale Bay Police"


def build():
    d = Doc("d02_three_columns", 3, TITLE, FORCE, body_size=10.5, lead=14)
    d.running([1, 2, 3], left=TITLE + "  |  " + FORCE, right="Page {n}")
    d.page(1)
    t = d.frame(20, 22, 170, 40)
    d.text(t, [("H1", "Missing people: how well does"), ("H1", "Lindale Bay Police respond?")])
    d.synthetic_notice(20, 60, 170)
    s = d.frame(20, 70, 170, 32)
    d.body(s, [("PT", ["We inspected how the force finds people who go missing, how it assesses the risk "
                       "they face, and how it works with other agencies to stop them going missing again.",
                       "Overall, we found a committed workforce let down by inconsistent supervision."])],
           hyphen=False)
    d.line(20, 104, 190, 104, "Teal", 1.2)
    d.rect(20, 108, 170, 36, "Pale")
    kf = d.frame(24, 110, 162, 32)
    d.text(kf, [("BOXH", "Key facts"), ("BOX", "4,100 missing person reports in 2024\t61% about children\t3 district coordinators")])
    f1 = d.frame(20, 150, 170, 128, cols=3, gap=5)
    d.page(2)
    f2 = d.frame(20, 22, 170, 100, cols=3, gap=5)
    d.rect(20, 140, 170, 110, "Light")
    cap = d.frame(20, 252, 170, 12)
    d.text(cap, [("CAP", "Figure 1: Volunteer search teams at work on the coastal path (placeholder image)")])
    d.page(3)
    f3 = d.frame(20, 22, 170, 256, cols=3, gap=5)
    d.chain([f1, f2, f3])
    # pull quote on page 2 straddling the first two columns; the body wraps around it
    d.page(2)
    q = d.frame(32, 45, 100, 40, fill="Mint", pad=3)
    d.text(q, [("Q", "\u201cThe force does not always review the risk to a missing child when new "
                     "information comes in.\u201d")])
    scribus.setTextFlowMode(q, 1)
    d.body(f1, [
        ("H2", "Summary"),
        ("P", ["Lindale Bay Police receives around four thousand reports of missing people each year, "
               "more than half of them about children.",
               "Many of these children go missing repeatedly, often from the same children's homes.",
               "A small number of adults with dementia also account for a large share of reports.",
               "The force has a dedicated missing persons coordinator in each of its three districts, "
               "and partners value their knowledge and persistence."]),
        ("P", ["We found that call handlers ask the right questions when a person is first reported "
               "missing.",
               "They record the answers in a structured form, and an initial risk grade is agreed with "
               "the duty inspector in almost every case.",
               "However, once an investigation is under way, the risk is not reviewed often enough."]),
        ("H2", "Assessing and reviewing risk"),
        ("P", ["The force does not always review the risk to a missing child when new information "
               "comes in.",
               "In one case we examined, a fourteen-year-old girl was seen getting into a car with an "
               "older man, but the risk grade stayed at medium for a further nine hours.",
               "Supervisors told us that they are often managing several incidents at once and cannot "
               "give each missing person investigation the attention it needs.",
               "The force should make sure that the risk to every missing person is reviewed at least "
               "once during each shift, and whenever significant information is received."]),
        ("P", ["The force rarely uses the no apparent risk category, and when it does, it applies "
               "it appropriately.",
               "This is a positive finding that reflects a cautious and child-centred approach."]),
        ("H2", "Searching for missing people"),
        ("P", ["Search planning for high-risk cases is thorough.",
               "Trained search advisers are available at all hours, and the force makes good use of "
               "its drone unit and of volunteer search and rescue teams in the coastal areas.",
               "Officers we spoke to knew how to request these resources out of hours.",
               "For lower-risk cases, searches are less structured, and officers sometimes repeat "
               "enquiries that colleagues on an earlier shift have already completed."]),
        ("P", ["Records of what has been searched, and by whom, are kept in too many places.",
               "Some are on the command and control system, some on the investigation log, and some "
               "only in officers' notebooks.",
               "The constabulary should bring these records together so that each new shift can see "
               "at a glance what has already been done."]),
        ("H2", "Return home interviews"),
        ("P", ["When a child returns, officers carry out a prevention interview, and the local "
               "authority offers an independent return home interview.",
               "We found that the police interviews were often brief and focused on whether the child "
               "had come to harm, rather than on why they had gone missing.",
               "Independent interviews were offered in most cases, but fewer than half of the "
               "children took them up, and the findings were not always shared with the force."]),
        ("H2", "Working with partners"),
        ("P", ["The force has good relationships with the two local authorities in its area.",
               "Monthly meetings review every child who has gone missing three or more times in the "
               "previous quarter, and the actions agreed are recorded and followed up.",
               "Partners told us that the police are well represented at these meetings and that "
               "officers contribute constructively.",
               "Nevertheless, information about children placed in the force area by other local "
               "authorities is patchy, and the force is not always told when such a child arrives."]),
        ("H2", "Conclusion"),
        ("P", ["The force has the foundations of an effective response to missing people.",
               "Its staff are dedicated and its partnerships are strong.",
               "To build on this, it needs to improve how supervisors oversee investigations and "
               "how it records and shares what it learns when a person comes home.",
               "We will revisit the force within a year to check its progress against the "
               "recommendations in this report.",
               "The force has accepted our findings and has already begun to act on some of them.",
               "Until then, the force should publish a short quarterly update on its progress, "
               "so that the public and partners can see what has changed."]),
    ])
    d.finish()


run(build)
