"""d07: a letter (letterhead band, address block, date, salutation, body running
onto a second page, sign-off) and a full-bleed back cover with licence text,
contact details, an address and a copyright line."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Doc, run  # noqa: E402

TITLE = "Letter to the Chief Constable of Eskwyre Constabulary"
FORCE = "Eskwyre Constabulary"


def build():
    d = Doc("d07_letter_backcover", 3, TITLE, FORCE, body_font="Liberation Sans Regular", body_size=10.5,
            lead=14.5)
    d.running([1, 2], top=False, right="{n}")
    d.page(1)
    d.rect(-3, -3, 216, 38, "Plum")
    lh = d.frame(20, 10, 170, 22)
    d.text(lh, [("COVERSUB", "Office of the Inspectorate of Constabulary"),
                ("COVERSMALL", "4 Quayside Chambers, Lowmarket, LM2 7QT  |  01632 960 418")])
    d.synthetic_notice(20, 40, 170)
    addr = d.frame(20, 52, 90, 32)
    d.text(addr, [("PL", "Chief Constable Ruth Hollins"), ("PL", "Eskwyre Constabulary"),
                  ("PL", "Headquarters, Castle Lane"), ("PL", "Eskwyre EW4 1AB")])
    date = d.frame(130, 52, 60, 8)
    d.text(date, [("HDRR", "14 February 2025")])
    sal = d.frame(20, 90, 170, 14)
    d.text(sal, [("PL", "Dear Chief Constable,"),
                 ("H2", "Cause of concern: response to domestic abuse")])
    b1 = d.frame(20, 108, 170, 150)
    d.page(2)
    b2 = d.frame(20, 22, 170, 115)
    d.chain([b1, b2])
    d.body(b1, [
        ("PL", ["I am writing to tell you about a cause of concern that we identified during our "
                "recent inspection of Eskwyre Constabulary.",
                "We found that the force's response to domestic abuse is not consistently good "
                "enough to keep victims safe."]),
        ("PL", ["During our fieldwork, we reviewed sixty cases of domestic abuse reported to the "
                "force over the previous three months.",
                "In nineteen of these cases, officers took longer than the force's own target to "
                "attend, and in some of them the victim waited more than a day.",
                "Several of the victims who waited longest had been assessed as being at high risk "
                "of serious harm."]),
        ("PL", ["We also found that officers did not always complete a risk assessment at the scene.",
                "When they did, supervisors rarely checked the assessment before the officer "
                "went off duty.",
                "This meant that some high-risk victims were not referred to specialist support "
                "services for several days."]),
        ("PL", ["Arrest rates for domestic abuse offences have fallen over the past two years.",
                "Officers told us that they felt under pressure to release suspects quickly because "
                "custody suites were often full.",
                "We saw cases in which suspects were released without bail conditions, even though "
                "the victim had said that they feared further violence."]),
        ("PL", ["The force's domestic abuse specialists are experienced and committed.",
                "However, each of them is carrying more than forty cases, which is well above the "
                "number the force itself considers safe.",
                "Two of the specialists we interviewed told us they had not had a supervision "
                "session for several months."]),
        ("PL", ["The force does not make enough use of protective orders.",
                "In the cases we examined, orders were considered in fewer than one in four cases "
                "where they might have helped to protect the victim.",
                "Where orders were granted, breaches were not always recorded as new offences."]),
        ("PL", ["To address this cause of concern, the force should take the following steps within "
                "six months.",
                "It should make sure that calls about domestic abuse are graded and attended in "
                "line with the risk to the victim.",
                "It should make sure that every risk assessment is completed at the scene and "
                "reviewed by a supervisor on the same shift.",
                "It should review how it decides whether to arrest suspects and whether to apply "
                "bail conditions."]),
        ("PL", ["I recognise that the force has already begun to make changes, and I was pleased to "
                "hear about the new domestic abuse training that all response officers will receive "
                "this spring.",
                "My team will return in the summer to assess the progress that the force has made.",
                "I would be grateful if you could let me have a copy of your action plan by the end "
                "of next month.",
                "I am copying this letter to the police and crime commissioner for Eskwyre."]),
    ])
    d.page(2)
    so = d.frame(20, 142, 170, 50)
    d.text(so, [("PL", "Yours sincerely,"), ("PL", " "), ("PL", "<b>Daniel Achterberg</b>"),
                ("PL", "Inspector of Constabulary")])
    # back cover
    d.page(3)
    d.rect(-3, -3, 216, 303, "Plum")
    bc = d.frame(20, 170, 170, 100)
    d.text(bc, [("COVERSMALL", "\u00a9 Office of the Inspectorate of Constabulary 2025"),
                ("COVERSMALL", " "),
                ("COVERSMALL", "This publication is licensed under the terms of an open licence for "
                               "public sector information, except where otherwise stated."),
                ("COVERSMALL", "To view this licence, write to the Information Policy Team at the address below."),
                ("COVERSMALL", " "),
                ("COVERSMALL", "Where we have identified any third-party copyright information, you will "
                               "need to obtain permission from the copyright holders concerned."),
                ("COVERSMALL", " "),
                ("COVERSMALL", "Any enquiries about this publication should be sent to us at "
                               "contact@inspectorate.example"),
                ("COVERSMALL", "4 Quayside Chambers, Lowmarket, LM2 7QT"),
                ("COVERSMALL", "Telephone 01632 960 418"),
                ("COVERSMALL", " "),
                ("COVERSMALL", "ISBN 978-0-00-000000-0  |  Synthetic test document, not a real publication.")])
    d.finish()


run(build)
