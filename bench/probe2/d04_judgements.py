"""d04: a judgement table drawn as separate frames and rules (area in one frame,
grade in a coloured frame), a Scribus table object whose cells hold sentences,
running header and footer drawn per page, a drop cap chapter opening."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import PT_PER_MM as PT
from common import Doc, run  # noqa: E402

# table sizes are set in points, whatever the document unit

TITLE = "PEEL 2025: an inspection of Carrick Moor Police"
FORCE = "Carrick Moor Police"

GRADES = [("Investigating crime", "Good", "Green"),
          ("Protecting vulnerable people", "Requires improvement", "Amber"),
          ("Responding to the public", "Adequate", "Teal"),
          ("Managing offenders and suspects", "Inadequate", "Red"),
          ("Preventing crime", "Outstanding", "Navy"),
          ("Building, supporting and protecting the workforce", "Good", "Green")]

CELLS = [("Responding to the public",
          "The force answers emergency calls quickly. It needs to reduce the number of abandoned "
          "non-emergency calls."),
         ("Protecting vulnerable people",
          "Officers recognise vulnerability well. Safeguarding referrals are sometimes delayed "
          "at weekends."),
         ("Managing offenders and suspects",
          "Too many wanted suspects are not actively pursued. The force does not manage its "
          "backlog of outstanding suspects effectively.")]


def build():
    d = Doc("d04_judgements", 3, TITLE, FORCE)
    d.running([1, 2, 3], right="Carrick Moor Police \u2013 page {n}")
    d.page(1)
    t = d.frame(20, 22, 170, 20)
    d.text(t, [("H1", "Our judgements")])
    d.synthetic_notice(20, 34, 170)
    intro = d.frame(20, 44, 170, 40)
    d.body(intro, [("P", ["Our inspection assessed how good Carrick Moor Police is in six areas of "
                          "policing.",
                          "We make a graded judgement in each of these areas, and we explain the "
                          "reasons for each judgement later in the report."])])
    y = 86
    d.line(20, y, 190, y, "Navy", 1)
    for area, grade, colour in GRADES:
        a = d.frame(20, y + 2, 110, 9)
        d.text(a, [("PL", area)])
        g = d.frame(135, y + 2, 55, 8, fill=colour, pad=1.5)
        d.text(g, [("HDR", grade)])
        scribus.setTextColor("White", g)
        y += 12
        d.line(20, y, 190, y, "Grey", 0.4)
    after = d.frame(20, y + 6, 170, 278 - y - 6)
    d.body(after, [
        ("PD", ["Carrick Moor Police is a small force serving a largely rural population.",
                "We found that it has improved how it investigates crime since our last inspection, "
                "and its investigations are now generally of a good standard.",
                "However, the force is not managing offenders and suspects well enough, and we have "
                "graded this area as inadequate."]),
        ("P", ["The force's leaders recognise the scale of the problem.",
               "They have set up a dedicated team to reduce the number of wanted suspects, but it is "
               "too early to judge whether this will succeed."]),
    ])
    d.page(2)
    h = d.frame(20, 22, 170, 14)
    d.text(h, [("H2", "Summary of findings by area")])
    tb = scribus.createTable(20, 38, 170, 90, len(CELLS) + 1, 2, "d04_table")
    scribus.resizeTableColumn(0, 55 * PT, tb)
    scribus.resizeTableColumn(1, 115 * PT, tb)
    scribus.resizeTableRow(0, 8 * PT, tb)
    scribus.setCellText(0, 0, "Area", tb)
    scribus.setCellText(0, 1, "What we found", tb)
    scribus.setCellFillColor(0, 0, "Light", tb)
    scribus.setCellFillColor(0, 1, "Light", tb)
    for r, (area, found) in enumerate(CELLS, start=1):
        scribus.setCellText(r, 0, area, tb)
        scribus.setCellText(r, 1, found, tb)
        scribus.resizeTableRow(r, 17 * PT, tb)
        d.add_gold([s.strip() + ("" if s.strip().endswith(".") else ".")
                    for s in found.split(". ") if s.strip()])
    body = d.frame(20, 112, 170, 120)
    d.page(3)
    body3 = d.frame(20, 22, 170, 120)
    d.chain([body, body3])
    d.body(body, [
        ("H2", "Managing offenders and suspects"),
        ("P", ["At the time of our inspection, the force had more than six hundred outstanding "
               "suspects, some of whom had been wanted for over a year.",
               "Many of these cases had no recent record of any attempt to trace the suspect.",
               "We were concerned to find that some of the outstanding suspects were wanted for "
               "serious violent or sexual offences."]),
        ("P", ["The force should make sure that every outstanding suspect is regularly reviewed by "
               "a supervisor and that proportionate efforts are made to find them.",
               "It should also make better use of national systems to circulate wanted people."]),
        ("H2", "Protecting vulnerable people"),
        ("P", ["Officers are good at recognising when someone is vulnerable.",
               "They complete risk assessments accurately, and referrals to partner agencies are "
               "usually made on the same day.",
               "However, at weekends the safeguarding team is thinly staffed, and some referrals "
               "wait until Monday before anyone reviews them."]),
        ("H2", "Investigating crime"),
        ("P", ["The force has invested in training its investigators, and the results are visible in "
               "the quality of its case files.",
               "Victims are kept informed in most cases, and their wishes are recorded when an "
               "investigation is closed.",
               "The force makes good use of out-of-court disposals, and a scrutiny panel reviews "
               "a sample of them every quarter."]),
        ("H2", "Preventing crime"),
        ("P", ["The force's approach to preventing crime is outstanding.",
               "Its analysts identify emerging problems early, and neighbourhood teams work with "
               "councils and businesses to tackle them before they escalate.",
               "We saw a persuasive evaluation of a scheme that reduced thefts from farms by "
               "marking equipment and sharing intelligence with rural businesses."]),
        ("H2", "Building, supporting and protecting the workforce"),
        ("P", ["Staff are positive about their leaders and feel listened to.",
               "The force has a good understanding of the skills of its workforce and plans "
               "training accordingly."]),
    ])
    d.finish()


run(build)
