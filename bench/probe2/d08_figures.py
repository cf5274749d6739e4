"""d08: an image placeholder with a caption, a bar chart drawn as frames and rules
with axis labels and tick labels, a tracked standfirst, a drop cap, two columns
linked over pages, a footnote, a master-page header and footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import Doc, run  # noqa: E402

TITLE = "Greyhaven Police: roads policing inspection"
FORCE = "Greyhaven Police"


def chart(d, x, y, w, h):
    d.rect(x, y, w, h, "Light")
    tt = d.frame(x + 3, y + 2, w - 6, 6)
    d.text(tt, [("CAP", "Collisions causing serious injury, by year")])
    ox, oy = x + 16, y + h - 14
    d.line(ox, y + 12, ox, oy, "Grey", 0.6)
    d.line(ox, oy, x + w - 5, oy, "Grey", 0.6)
    for i, v in enumerate([0, 100, 200, 300]):
        ty = oy - i * (oy - y - 16) / 3
        tf = d.frame(x + 2, ty - 2.5, 12, 5)
        d.text(tf, [("HDRR", str(v))])
    bars = [("2021", 270), ("2022", 245), ("2023", 230), ("2024", 190)]
    bw = (x + w - 5 - ox) / len(bars)
    for i, (yr, v) in enumerate(bars):
        bh = v / 300 * (oy - y - 16)
        d.rect(ox + i * bw + 4, oy - bh, bw - 8, bh, "Teal")
        lf = d.frame(ox + i * bw, oy + 1, bw, 5)
        d.text(lf, [("HDR", yr)])
        scribus.setTextAlignment(scribus.ALIGN_CENTERED, lf)
    ax = d.frame(ox, oy + 6, x + w - 5 - ox, 5)
    d.text(ax, [("HDR", "Year")])
    scribus.setTextAlignment(scribus.ALIGN_CENTERED, ax)
    ay = d.frame(x + 1, y + 9, 30, 4)
    d.text(ay, [("HDR", "Collisions")])


def build():
    d = Doc("d08_figures", 3, TITLE, FORCE, lead=14)
    mp = d.master("Body", TITLE)
    for n in (1, 2, 3):
        scribus.applyMasterPage(mp, n)
    d.page(1)
    t = d.frame(20, 22, 170, 20)
    d.text(t, [("H1", "Roads policing")])
    d.synthetic_notice(20, 34, 170)
    sf = d.frame(20, 44, 170, 24)
    d.body(sf, [("PT", ["Greyhaven Police covers a busy network of trunk roads and motorways.",
                        "We inspected how well it uses enforcement, education and partnership work "
                        "to reduce death and serious injury on those roads."])], hyphen=False)
    d.rect(20, 72, 82, 60, "Mint")
    c1 = d.frame(20, 134, 82, 8)
    d.text(c1, [("CAP", "Photograph: a roads policing patrol (placeholder)")])
    chart(d, 108, 72, 82, 70)
    f1 = d.frame(20, 150, 170, 128, cols=2, gap=7)
    d.page(2)
    f2 = d.frame(20, 22, 170, 14, cols=2, gap=7)
    d.rect(20, 45, 170, 190, "Pale")
    c2 = d.frame(20, 242, 170, 8)
    d.text(c2, [("CAP", "Figure 2: Map of the trunk road network in the force area (placeholder)")])
    d.line(20, 262, 70, 262, "Grey", 0.5)
    fn = d.frame(20, 263.5, 170, 12)
    d.text(fn, [("FN", "1\tA fatal four offence is speeding, drink or drug driving, not wearing a seat "
                       "belt, or using a mobile phone while driving.")])
    d.page(3)
    f3 = d.frame(20, 22, 170, 100, cols=2, gap=7)
    d.chain([f1, f2, f3])
    d.body(f1, [
        ("H2", "Summary"),
        ("PD", ["Greyhaven Police has a clear strategy for roads policing, agreed with the local "
                "road safety partnership.",
                "The number of people killed or seriously injured on the roads in its area has "
                "fallen in each of the last four years.",
                "We found that the force's specialist roads policing unit is well led and "
                "well equipped."]),
        ("P", ["However, the unit has shrunk by a quarter since our last inspection, and it now "
               "spends much of its time responding to incidents rather than patrolling.",
               "As a result, proactive enforcement of the most dangerous driving offences has "
               "declined."]),
        ("H2", "Enforcement"),
        ("P", ["The force focuses its enforcement on the so-called fatal four offences.<fn>1</fn>",
               "Its safety camera partnership processes speeding offences efficiently, and "
               "offenders are offered education courses where appropriate.",
               "Enforcement of mobile phone offences relies heavily on a handful of officers "
               "using unmarked vehicles."]),
        ("P", ["Drink and drug driving operations are intelligence-led and well publicised.",
               "The force carries out more roadside drug tests per head of population than most "
               "forces we have inspected.",
               "Yet laboratory results for drug driving samples take several months to come back, "
               "and some prosecutions have failed because of the delay."]),
        ("H2", "Investigating serious collisions"),
        ("P", ["The force's collision investigation unit is accredited and its work is of a high "
               "standard.",
               "Family liaison officers are deployed to every fatal collision, and bereaved "
               "families told us they were treated with compassion.",
               "Investigations take too long, however, with some files taking more than a year "
               "to reach the prosecutor."]),
        ("H2", "Working with partners"),
        ("P", ["The road safety partnership brings together the force, the highways authority, "
               "the fire service and the councils.",
               "Its analysis of collision data is detailed and is used to decide where to place "
               "cameras and where to run education campaigns.",
               "Partners spoke highly of the force's contribution.",
               "Councils told us that officers attend partnership meetings reliably and come "
               "prepared with recent data.",
               "The partnership does not yet evaluate its campaigns systematically, so it cannot be "
               "sure which of them work."]),
        ("H2", "Recommendations"),
        ("P", ["Greyhaven Police should review the size and deployment of its roads policing unit "
               "so that it can carry out more proactive patrols.",
               "It should work with the laboratory provider to reduce the time taken to analyse "
               "drug driving samples.",
               "It should set and monitor timescales for completing serious collision "
               "investigations.",
               "We will assess progress on these recommendations at our next inspection."]),
    ])
    d.finish()


run(build)
