"""d06: numbered paragraphs (number in the margin followed by a tab, and section
numbers like 3.12 in a separate margin frame), footnotes with superscript markers
in the body and the note text in small type at the foot of the page, per-page
running header and footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Doc, run  # noqa: E402

TITLE = "Thornmere Vale Police: crime data integrity inspection"
FORCE = "Thornmere Vale Police"


def N(num, sentences):
    return ("N", (f"<num>{num}</num>\t", sentences))


def footnotes(d, y, notes):
    d.line(20, y, 70, y, "Grey", 0.5)
    f = d.frame(20, y + 1.5, 170, 278 - y - 1.5)
    d.text(f, [("FN", "{}\t{}".format(*n)) for n in notes])


def build():
    d = Doc("d06_numbered_footnotes", 3, TITLE, FORCE)
    d.running([1, 2, 3], left=FORCE, right="{n}")
    d.page(1)
    t = d.frame(20, 22, 170, 20)
    d.text(t, [("H1", "Crime data integrity")])
    d.synthetic_notice(20, 34, 170)
    f1 = d.frame(20, 44, 170, 112)
    footnotes(d, 248, [("1", "The national crime recording standard sets out when a crime must be recorded."),
                       ("2", "Figures are rounded to the nearest whole number.")])
    d.page(2)
    f2 = d.frame(20, 22, 170, 150)
    d.chain([f1, f2])
    d.body(f1, [
        ("H2", "1. Introduction"),
        N("1.", ["We inspected how accurately Thornmere Vale Police records crimes reported to it.",
                 "Accurate recording matters because it gives victims access to the services they "
                 "are entitled to<fn>1</fn>, and because it gives the force and the public a true "
                 "picture of crime."]),
        N("2.", ["We examined a sample of incidents reported between January and June, and we "
                 "interviewed officers, staff and senior leaders."]),
        N("3.", ["We estimate that the force records about ninety-two percent of reportable "
                 "crimes.<fn>2</fn>",
                 "This is an improvement on the eighty-five percent we found at our last "
                 "inspection."]),
        ("H2", "2. Violent crime"),
        N("4.", ["The force records most reports of violence correctly.",
                 "However, it under-records crimes of harassment and stalking, particularly when "
                 "they are reported alongside another offence."]),
        N("5.", ["In a number of cases we examined, a victim reported being followed and "
                 "threatened, but only the threat was recorded.",
                 "As a result, the pattern of behaviour was missed, and the victim was not offered "
                 "the support available to victims of stalking."]),
        N("6.", ["The force should make sure that its staff understand how to record stalking "
                 "and harassment correctly."]),
        ("H2", "3. Sexual offences"),
        N("7.", ["Sexual offences are recorded accurately and promptly.",
                 "The force's crime registrar reviews every decision to cancel a recorded sexual "
                 "offence, and we agreed with all the decisions we examined."]),
        N("8.", ["Reports of rape from third parties, such as health professionals, are recorded "
                 "in line with the rules.<fn>3</fn>"]),
        N("9.", ["Crimes disclosed during interviews with victims of other offences are not always "
                 "recorded.",
                 "Officers sometimes treat these disclosures as background information rather than "
                 "as new crimes."]),
    ])
    footnotes(d, 252, [("3", "A third-party report is one made by someone other than the victim or a witness.")])
    d.page(3)
    h = d.frame(20, 22, 170, 14)
    d.text(h, [("H2", "4. Leadership and governance")])
    y = 40
    for num, sentences, height in [
            ("4.10", ["The deputy chief constable chairs a monthly crime data meeting.",
                      "This meeting reviews audit results and tracks the actions agreed at earlier "
                      "meetings."], 22),
            ("4.11", ["The force's auditors are skilled and experienced, but there are too few of "
                      "them to audit all the crime types that carry the greatest risk.",
                      "Some audits planned for last year did not take place."], 24),
            ("4.12", ["The force should increase the capacity of its audit team so that it can "
                      "complete its audit plan."], 14),
            ("4.13", ["We were encouraged by the positive culture we found.",
                      "Officers told us that accurate recording is seen as part of good victim "
                      "care, not as a target to be met."], 22)]:
        nf = d.frame(20, y, 14, 8)
        d.text(nf, [("PL", f"<num>{num}</num>")])
        pf = d.frame(36, y, 154, height)
        d.body(pf, [("P", sentences)])
        y += height + 3
    end = d.frame(36, y + 4, 154, 60)
    d.body(end, [("P", ["Overall, the force has made real progress, and its recording is now generally "
                        "reliable.",
                        "We will return to the force in a year to check its progress.",
                        "We thank the force for its cooperation during our inspection."])])
    d.finish()


run(build)
