"""d03: a coloured side box beside a narrowed body column, a call-out box that
overlaps two columns with the text wrapping round it, a pull quote in the margin
repeating a body sentence, a small-caps lead-in after a drop cap, master pages."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import Doc, run  # noqa: E402

TITLE = "Fenwold Constabulary: neighbourhood policing inspection"
FORCE = "Fenwold Constabulary"


def build():
    d = Doc("d03_sidebox", 3, TITLE, FORCE, lead=14)
    mp = d.master("Body", TITLE)
    for n in (1, 2, 3):
        scribus.applyMasterPage(mp, n)
    d.page(1)
    t = d.frame(20, 22, 170, 30)
    d.text(t, [("H1", "Neighbourhood policing in Fenwold")])
    d.synthetic_notice(20, 36, 170)
    body1 = d.frame(20, 48, 105, 228)
    d.body(body1, [
        ("PD", ["<sc>We found that</sc> neighbourhood teams in Fenwold know their communities well "
                "and are trusted by them.",
                "Officers and police community support officers attend parish meetings, visit "
                "schools and run regular drop-in sessions in libraries and supermarkets."]),
        ("P", ["The force introduced a new neighbourhood model eighteen months ago.",
               "Under it, each ward has a named officer, and each team has a sergeant who is "
               "responsible for a small number of wards.",
               "Most people we spoke to in the community could name their local officer."]),
        ("P", ["However, neighbourhood officers are too often taken away from their wards to cover "
               "gaps in response teams.",
               "In the three months before our inspection, almost a third of neighbourhood shifts "
               "were spent on response duties.",
               "This undermines the problem-solving work that the new model was designed to support."]),
        ("H2", "Problem solving"),
        ("P", ["The force has trained most of its neighbourhood staff in a recognised "
               "problem-solving method.",
               "We saw some good examples of its use, including a long-running project to reduce "
               "antisocial behaviour around a town-centre bus station.",
               "But problem-solving plans are not consistently recorded, and few are evaluated once "
               "they are closed."]),
    ])
    box = d.frame(130, 48, 60, 150, fill="Sand", pad=4)
    scribus.setLineColor("Amber", box)
    d.body(box, [
        ("BOXH", "Case study: Millbrook estate"),
        ("BOX", ["Residents of the Millbrook estate reported repeated damage to parked cars.",
                 "The ward officer arranged a walkabout with residents and the housing provider, and "
                 "the provider agreed to improve the lighting on two footpaths.",
                 "Reports of damage fell sharply over the following six months."]),
        ("BOXB", ("<pua>\ue00a</pua>\t", ["Residents now receive a monthly update by text message."])),
        ("BOXB", ("<pua>\ue00a</pua>\t", ["The approach has since been copied in two other wards."])),
    ], hyphen=False)
    d.page(2)
    body2 = d.frame(20, 22, 170, 140, cols=2, gap=7)
    callout = d.frame(62, 80, 86, 45, fill="Mint", pad=4)
    scribus.setTextFlowMode(callout, 1)
    d.text(callout, [("BOXH", "What the public told us")])
    d.page(3)
    body3 = d.frame(20, 22, 120, 180)
    d.chain([body2, body3])
    d.body(body2, [
        ("H2", "Engaging with communities"),
        ("P", ["The force uses a wide range of methods to find out what matters to local people.",
               "These include online surveys, street briefings and a network of community "
               "messaging volunteers who pass on information in several languages.",
               "The results are discussed at monthly ward panels, where residents help to set "
               "local priorities."]),
        ("P", ["We were pleased to see that the force publishes the priorities agreed at each panel "
               "and reports back on what it has done about them.",
               "This helps to build confidence that raising an issue with the police leads to "
               "action.",
               "Yet the force does less to reach people who do not attend meetings, such as young "
               "people and those who work shifts."]),
        ("H2", "Preventing crime"),
        ("P", ["Crime prevention advice is generally good, and the force's designing out crime "
               "officers are well regarded by planners.",
               "However, there is no force-wide approach to identifying repeat victims of "
               "neighbourhood crime and offering them extra protection.",
               "Some teams do this well, while others rely on the victim contacting the police "
               "again.",
               "The constabulary should make sure that repeat victims are identified and "
               "supported consistently in every area."]),
        ("H2", "Supervision and workload"),
        ("P", ["Neighbourhood sergeants are responsible for too many staff.",
               "Several of those we spoke to supervised more than fifteen officers and police "
               "community support officers, spread across large rural areas.",
               "They told us that they rarely had time to accompany their teams on patrol or to "
               "review the quality of their work.",
               "The force should review the span of control of its neighbourhood sergeants and "
               "make sure that they have the time to supervise effectively."]),
        ("P", ["Despite these pressures, morale in the neighbourhood teams was good.",
               "Officers were proud of their work and felt that their local knowledge was valued."]),
        ("H2", "Next steps"),
        ("P", ["We have made three recommendations and identified two further areas for improvement.",
               "The force has told us that it will publish an action plan within three months.",
               "We will monitor progress through our regular contact with the force, and will "
               "return to examine neighbourhood policing again in our next inspection.",
               "In the meantime, the police and crime commissioner will receive a copy of this "
               "report and is expected to respond publicly within eight weeks."]),
    ])
    d.body(callout, [("BOX", ["Most residents said they felt safe walking in their area after dark.",
                              "A smaller number said they had seen their local officer in the past "
                              "month."])], hyphen=False)
    # re-add the heading that d.body replaced
    scribus.insertText("What the public told us\n", 0, callout)
    scribus.selectText(0, 23, callout)
    scribus.setParagraphStyle("BOXH", callout)
    scribus.selectText(0, 0, callout)
    q = d.frame(146, 30, 44, 120)
    d.text(q, [("Q", "\u201cNeighbourhood sergeants are responsible for too many staff.\u201d")])
    d.line(146, 28, 190, 28, "Teal", 1.5)
    d.finish()


run(build)
