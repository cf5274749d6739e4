"""d05: bullet lists whose bullets are glyphs from a symbol font (OpenSymbol
private-use U+E00A) and a dingbat font (U+27A2, U+25AA), set in their own
font, hanging indents made with tabs, nested bullets (en dash, Courier 'o'),
two-column layout, master-page header and footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import Doc, run  # noqa: E402

TITLE = "Ashgrove Police: vetting and counter-corruption inspection"
FORCE = "Ashgrove Police"
PUA = "<pua>\ue00a</pua>\t"
ARROW = "<ding>\u27a2</ding>\t"
SQUARE = "<ding>\u25aa</ding>\t"
DASH = "<dash>\u2013</dash>\t"
OH = "<mono>o</mono>\t"


def build():
    d = Doc("d05_bullets", 3, TITLE, FORCE, body_font="Bitstream Charter Regular", body_size=10, lead=13.5)
    mp = d.master("Body", TITLE)
    for n in (1, 2, 3):
        scribus.applyMasterPage(mp, n)
    d.page(1)
    t = d.frame(20, 22, 170, 30)
    d.text(t, [("H1", "Vetting and counter-corruption")])
    d.synthetic_notice(20, 36, 170)
    f1 = d.frame(20, 48, 170, 125)
    d.rect(20, 180, 170, 95, "Pale")
    cap = d.frame(20, 276, 170, 6)
    d.text(cap, [("CAP", "Figure 1: The vetting process (placeholder)")])
    d.page(2)
    f2 = d.frame(20, 22, 170, 58, cols=2, gap=8)
    d.page(3)
    f3 = d.frame(20, 22, 170, 120)
    d.chain([f1, f2, f3])
    d.body(f1, [
        ("P", ["This inspection examined how well Ashgrove Police vets its workforce and how it "
               "prevents and detects corruption.",
               "We found a mixed picture, with good practice in some areas and significant "
               "weaknesses in others."]),
        ("H2", "What the force does well"),
        ("B1", (PUA, ["The force vets all new recruits before they start work."])),
        ("B1", (PUA, ["Its vetting unit has cleared the backlog of renewals that we reported on in "
                      "our last inspection."])),
        ("B1", (PUA, ["The counter-corruption unit has a clear intelligence assessment that "
                      "identifies the main threats the force faces.",
                      "This assessment is updated every six months."])),
        ("B1", (PUA, ["Officers and staff know how to report concerns about colleagues, and most "
                      "told us they would feel confident doing so."])),
        ("H2", "Where the force needs to improve"),
        ("B1", (ARROW, ["The force does not routinely monitor its computer systems for misuse."])),
        ("B2", (DASH, ["Only a small proportion of searches on the intelligence system are audited."])),
        ("B2", (DASH, ["Audits that are carried out are not always followed up."])),
        ("B1", (ARROW, ["The force has not assessed whether its vetting decisions affect some groups "
                        "more than others."])),
        ("B2", (OH, ["It does not record the ethnicity of applicants who fail vetting."])),
        ("B2", (OH, ["It has not compared rejection rates for men and women."])),
        ("B1", (ARROW, ["Some staff in sensitive posts do not hold the enhanced level of vetting that "
                        "their role requires."])),
        ("H2", "Abuse of position for a sexual purpose"),
        ("P", ["The force treats abuse of position for a sexual purpose as serious corruption.",
               "It has made this clear to its workforce through briefings and posters, and the "
               "officers we spoke to understood the message."]),
        ("P", ["The counter-corruption unit works closely with domestic abuse charities.",
               "We found the following."]),
        ("B1", (SQUARE, ["Charities know how to pass concerns about officers to the unit."])),
        ("B1", (SQUARE, ["The unit gives charities feedback on what happens to the information they "
                         "provide."])),
        ("B1", (SQUARE, ["No formal agreement governs this information sharing, which leaves it "
                         "dependent on individual relationships."])),
        ("H2", "Recommendations"),
        ("P", ["By the end of next year, Ashgrove Police should do the following."]),
        ("B1", (PUA, ["It should introduce software that monitors all its information systems for "
                      "misuse."])),
        ("B1", (PUA, ["It should analyse its vetting decisions to find out whether they are "
                      "disproportionate."])),
        ("B1", (PUA, ["It should make sure that every post requiring enhanced vetting is identified "
                      "and that the post holder is vetted to that level."])),
        ("P", ["We will review the force's progress against these recommendations as part of our "
               "next inspection.",
               "The force has welcomed our findings and has already begun work on the first of "
               "them.",
               "We are grateful to the officers and staff of Ashgrove Police for their help during "
               "our inspection."]),
    ])
    d.finish()


run(build)
