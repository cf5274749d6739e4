"""d01: full-bleed cover, contents with dot leaders, master-page header and footer,
two-column justified and hyphenated text linked across pages, drop cap, tracked headings."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scribus  # noqa: E402
from common import Doc, run  # noqa: E402

TITLE = "PEEL 2025: Police effectiveness, efficiency and legitimacy"
FORCE = "Corvane Police"


def build():
    d = Doc("d01_cover_columns", 4, TITLE, FORCE, lead=14.5)
    d.cs("body11", "Liberation Serif Regular", 11)
    # cover, full bleed
    d.page(1)
    d.rect(-3, -3, 216, 303, "Navy")
    d.rect(-3, 200, 216, 8, "Teal")
    t = d.frame(18, 55, 174, 90)
    d.text(t, [("COVER", "PEEL 2025"), ("COVER", "Police effectiveness, efficiency and legitimacy"),
               ("COVERSUB", "An inspection of " + FORCE)])
    s = d.frame(18, 215, 174, 20)
    d.text(s, [("COVERSUB", "Published March 2025")])
    d.synthetic_notice(18, 270, 174, white=True)
    # contents
    mp = d.master("Body", TITLE)
    for n in (2, 3, 4):
        scribus.applyMasterPage(mp, n)
    d.page(2)
    c = d.frame(20, 25, 170, 200)
    d.text(c, [("H1", "Contents"),
               ("TOC", "Overview\t3"), ("TOC", "Responding to the public\t3"),
               ("TOC2", "Emergency and priority calls\t3"), ("TOC2", "Non-emergency contact\t3"),
               ("TOC", "Investigating crime\t3"), ("TOC", "Protecting vulnerable people\t4"),
               ("TOC", "Managing offenders\t4"), ("TOC", "Building and developing the workforce\t4"),
               ("TOC", "About this report\t4")])
    # body: chapter head over a two-column chain on pages 3 and 4
    d.page(3)
    h = d.frame(20, 22, 170, 40)
    d.text(h, [("H1SC", "Overview"),
               ("PL", "This overview sets out what we found in our inspection of the force.")])
    # the single-sentence standfirst is body text
    d.add_gold(["This overview sets out what we found in our inspection of the force."])
    f3 = d.frame(20, 64, 170, 214, cols=2, gap=7)
    d.page(4)
    f4 = d.frame(20, 22, 170, 256, cols=2, gap=7)
    d.chain([f3, f4])
    d.body(f3, [
        ("PD", ["Corvane Police has made steady progress since our last inspection, but some of its "
                "improvements are recent and not yet embedded across every district.",
                "The chief constable has set out clear priorities, and officers and staff we spoke to "
                "understood them well.",
                "We found that the force's understanding of demand is comprehensive and grounded in "
                "reliable data."]),
        ("P", ["Call handlers are courteous and well trained.",
               "However, the force does not always assess the risk to callers in a structured way, "
               "which means that some vulnerable people wait longer than they should for an "
               "officer to attend."]),
        ("H2", "Responding to the public"),
        ("H2", "Emergency and priority calls"),
        ("P", ["The force answers nearly all emergency calls within ten seconds.",
               "Its attendance times for the most urgent incidents are better than those of most "
               "comparable forces.",
               "For priority incidents, attendance is less consistent, particularly at weekends "
               "and in the rural north of the county, where response officers cover very large "
               "areas with few colleagues nearby."]),
        ("H2", "Non-emergency contact"),
        ("P", ["The force abandons too many non-emergency calls.",
               "During our inspection, roughly one caller in five hung up before speaking to "
               "anyone, and the force could not tell us how many of those callers tried again.",
               "Online reporting is well used, but the acknowledgements it sends are impersonal "
               "and give no realistic idea of when someone will be in touch."]),
        ("H2", "Investigating crime"),
        ("P", ["Investigations are generally well planned and proportionate.",
               "Supervisors review most investigations promptly and record clear direction for "
               "the officer in the case.",
               "We were less assured about volume crime allocated to the neighbourhood teams, "
               "where reviews were often missing or were no more than a line confirming that the "
               "case remained open.",
               "The force should make sure that every investigation has a documented plan and "
               "that supervisors check it is being followed."]),
        ("P", ["Victims are not always updated as often as the victims' code requires.",
               "In several of the cases we examined, the victim had asked for weekly contact but "
               "had heard nothing for over a month."]),
        ("H2", "Protecting vulnerable people"),
        ("P", ["The force's multi-agency safeguarding hub is well organised and appropriately "
               "staffed.",
               "Partners told us that information sharing has become quicker and more reliable "
               "over the past two years.",
               "Officers identify vulnerability well at the first point of contact, and their "
               "risk assessments for domestic abuse are thorough and accurately recorded."]),
        ("P", ["However, the force's use of Clare's law disclosures is lower than we would expect, "
               "and applications take too long to process.",
               "Some applicants waited more than three months for a decision."]),
        ("H2", "Managing offenders"),
        ("P", ["The force manages registered sex offenders effectively.",
               "Its offender managers carry manageable caseloads, and home visits are "
               "risk-based and unannounced where appropriate.",
               "We found no backlog of overdue visits."]),
        ("H2", "Building and developing the workforce"),
        ("P", ["Workforce planning is thorough and looks several years ahead.",
               "Nonetheless, the force has too few detectives, and many of those it has are "
               "inexperienced.",
               "The constabulary should continue its programme to recruit and train investigators, "
               "and should monitor whether the new recruits stay with the force.",
               "Wellbeing support is valued by officers and staff, and occupational health referrals "
               "are dealt with quickly."]),
        ("H2", "About this report"),
        ("P", ["This report is one of a series of inspections of every police force in England "
               "and Wales.",
               "It should be read alongside the force's previous inspection reports."]),
    ])
    d.finish()


run(build)
