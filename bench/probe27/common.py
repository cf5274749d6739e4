"""Shared content and helpers for the probe27 generators (pylopdf, mandoc -T pdf, cups-filters
texttopdf).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
The helpers below ``walk`` follow probe26's common.py (same block kinds and file formats).

Block kinds:
  ("kicker"|"title"|"date", text)        title block (furniture)
  ("notice",)                             the synthetic-document notice (not gold)
  ("h", level, text)                      heading (furniture, kind "heading")
  ("p", [sentence, ...])                  paragraph (gold)
  ("bullets", lead or None, [item, ...], marker)   lead-in and items (gold)
  ("numbered", [(label, [sentence, ...]), ...])     numbered paragraphs (labels: furniture)
  ("table", [header cells], [[cells], ...])        table (cells: furniture)
  ("box", title, [blocks])                box or call-out; its sentences are gold where it stands
  ("cols", [blocks], [blocks])            two columns; gold is column 1, then column 2
  ("letterhead"|"address"|"signoff", [lines])      letter furniture
  ("line", kind, text)                    one furniture line (date, salutation, subject, ...)
  ("pagebreak",)
  ("backcover", [lines])                  back cover (furniture)

Every force, place, person, address and figure is invented.
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")


def plain(s):
    """Gold form of a marked-up sentence: footnote calls removed, whitespace normalised."""
    return " ".join(FN.sub("", s).split())


def pieces(s):
    """Split a marked-up sentence into [('text', str) | ('fn', str)] in order."""
    out, pos = [], 0
    for m in FN.finditer(s):
        if m.start() > pos:
            out.append(("text", s[pos:m.start()]))
        out.append(("fn", m.group(1)))
        pos = m.end()
    if pos < len(s):
        out.append(("text", s[pos:]))
    return out


def notes_of(blocks):
    """Footnote texts in order of their calls."""
    out = []

    def visit(s):
        out.extend(FN.findall(s))
    walk(blocks, sentence=visit)
    return out


def walk(blocks, sentence=None, furniture=None):
    """Visit the sentences (gold, in reading order) and furniture lines of ``blocks``."""
    def s_(x):
        if sentence:
            sentence(x)

    def f_(kind, x):
        if furniture:
            furniture(kind, x)

    for b in blocks:
        k = b[0]
        if k in ("kicker", "title", "date"):
            f_("title", b[1])
        elif k == "h":
            f_("heading", b[2])
        elif k == "p":
            for x in b[1]:
                s_(x)
        elif k == "bullets":
            if b[1]:
                s_(b[1])
            for x in b[2]:
                s_(x)
        elif k == "numbered":
            for item in b[1]:
                f_("label", item[0])
                for x in item[1]:
                    s_(x)
                for x in (item[2] if len(item) > 2 else ()):
                    s_(x)
        elif k == "table":
            for c in b[1]:
                f_("table", c)
            for row in b[2]:
                for c in row:
                    f_("table", c)
        elif k == "box":
            if b[1]:
                f_("heading", b[1])
            walk(b[2], sentence, furniture)
        elif k == "cols":
            walk(b[1], sentence, furniture)
            walk(b[2], sentence, furniture)
        elif k in ("letterhead", "address", "signoff", "backcover"):
            for x in b[1]:
                f_(k, x)
        elif k == "line":
            f_(b[1], b[2])
        elif k in ("notice", "pagebreak"):
            pass
        else:
            raise ValueError("unknown block " + k)


def write_gold(name, blocks, running=(), fix=None):
    """Write NAME.gold.json and NAME.furniture.json; ``running`` is a list of (kind, text)
    for headers, footers and page numbers.  Returns the number of gold sentences."""
    gold, furn = [], []

    def add(s):
        g = plain(s)
        if fix:
            g = fix(g)
        assert g and "^[" not in g and "]" not in g, g
        assert g not in gold, "duplicate gold sentence: " + g
        gold.append(g)

    def addf(kind, text):
        t = " ".join(text.split())
        if fix:
            t = fix(t)
        if t and {"kind": kind, "text": t} not in furn:
            furn.append({"kind": kind, "text": t})

    walk(blocks, add, addf)
    for n in notes_of(blocks):
        addf("footnote", n)
    for kind, text in running:
        addf(kind, text)
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, name + ".furniture.json"), "w", encoding="utf-8") as f:
        json.dump(furn, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(gold)


# ---------------------------------------------------------------------------------------
# Document content.  Each entry: stem -> dict(meta, blocks).  meta: header (running header
# text), footer (running footer text or ""), date (ISO, used for the PDF dates), title.
# ---------------------------------------------------------------------------------------


DOCS = {}

# ---- pylopdf (PyPI, Rust core on lopdf) -------------------------------------------------

DOCS["p01_peel_harlowmere"] = dict(
    meta=dict(title="PEEL 2018/19: Harlowmere Constabulary",
              header="PEEL 2018/19 | Harlowmere Constabulary",
              footer="HMICFRS | Harlowmere Constabulary", date="2019-05-14"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        ("title", "An inspection of Harlowmere Constabulary"),
        ("date", "May 2019"),
        ("notice",),
        ("h", 1, "Our grades"),
        ("table", ["Pillar or question", "Grade"], [
            ["Effectiveness", "Good"],
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime", "Requires improvement"],
            ["Protecting vulnerable people", "Good"],
            ["Efficiency", "Good"],
            ["Legitimacy", "Requires improvement"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Harlowmere Constabulary gives its neighbourhood teams the time and the data "
               "they need to tackle local problems early.",
               "Every beat has a named officer, and residents in the three coastal towns "
               "could tell us who that officer was.^[We asked 120 residents at four "
               "drop-in sessions held during the fieldwork.]"]),
        ("bullets", "We were impressed by three pieces of work:", [
            "a weekly meeting at which analysts and beat officers agree the streets to "
            "patrol;",
            "a scheme that lends alarms to shop owners who have been threatened;",
            "joint patrols with the harbour authority on summer weekends."], "zapf"),
        ("box", "Promising practice: the Saltgate evening hub", [
            ("p", ["Officers opened a hub in a disused ferry office where young people can "
                   "meet staff from the council and the fire service.",
                   "Reports of criminal damage in the area dropped sharply in the first "
                   "season."])]),
        ("h", 1, "Investigating crime: requires improvement"),
        ("p", ["The force does not always give investigations to staff with the right "
               "skills.",
               "In nineteen of the 70 cases we looked at, an officer with no detective "
               "training was handling a complex fraud or a serious assault.^[Case files "
               "were selected at random from crimes recorded between October and "
               "December 2018.]",
               "Supervisors rarely recorded why a case had been allocated in this way."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should review how it allocates investigations so that complex "
               "cases reach officers who are trained and have capacity to deal with them."]),
        ("h", 1, "Legitimacy: requires improvement"),
        ("p", ["Most officers we met understood the code of ethics and could describe how "
               "it shaped their decisions.",
               "Yet the force has been slow to act on complaints about the behaviour of a "
               "small number of staff, and some complainants waited more than a year for "
               "an answer."]),
    ])

DOCS["p02_thematic_ketterby"] = dict(
    meta=dict(title="Rural crime: an inspection of Ketterby Police",
              header="Rural crime | Ketterby Police", footer="HMICFRS 2022",
              date="2022-02-08"),
    blocks=[
        ("kicker", "Thematic inspection"),
        ("title", "Fields and farmyards: how Ketterby Police tackles rural crime"),
        ("date", "February 2022"),
        ("notice",),
        ("h", 1, "Summary"),
        ("cols", [
            ("p", ["Ketterby Police covers a large upland area with few towns and long "
                   "distances between villages.",
                   "Thefts of machinery, fuel and livestock cost local farms a great deal "
                   "each year."]),
        ], [
            ("p", ["The force has a small rural crime team of six officers and a sergeant.",
                   "Farmers we spoke to valued the team but said it was hard to reach "
                   "outside office hours."]),
        ]),
        ("h", 1, "How the force understands rural crime"),
        ("numbered", [
            ("1.1", ["Analysts produce a monthly summary of rural offences, but it counts "
                     "only the crimes that officers have tagged as rural.^[A crime is "
                     "tagged as rural when the officer ticks a box on the crime "
                     "report.]",
                     "Many thefts from farm buildings are not tagged, so the true scale "
                     "is hidden."]),
            ("1.2", ["The force has not asked farmers or landowners how much crime goes "
                     "unreported."]),
            ("1.3", ["We recommend that the force improves the tagging of rural crime "
                     "within six months and checks its accuracy by audit."])]),
        ("h", 1, "Working with rural communities"),
        ("p", ["Officers run a farm watch messaging scheme with more than two thousand "
               "members.",
               "Members receive alerts about suspicious vehicles within minutes of a "
               "report."]),
        ("bullets", None, [
            "Some members told us the alerts had helped them recover stolen quad bikes.",
            "Others said they seldom heard what happened after they passed on "
            "information."], "zapf"),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2022",
            "This document may be reproduced free of charge in any format under the "
            "Open Government Licence, unless stated otherwise.",
            "Please send questions about this report to the inspectorate's correspondence "
            "unit.",
            "HMICFRS, Wrenfold Court, 9 Copper Row, Ambercombe AB3 6TJ",
            "www.example.org/hmicfrs-probe27"]),
    ])

DOCS["p03_letter_oswinford"] = dict(
    meta=dict(title="Letter to the Chief Constable of Oswinford Police", header="",
              footer="Oswinford Police: stop and search follow-up", date="2020-10-22",
              notes_at_foot=True),
    blocks=[
        ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                        "Lanyard House, 31 Pinchbeck Road, Ambercombe AB1 4WQ",
                        "Email: probe27-letters@example.org"]),
        ("line", "date", "22 October 2020"),
        ("address", ["Chief Constable Harriet Velloway", "Oswinford Police",
                     "Force Headquarters", "Tanyard Lane", "Oswinford OW6 2HD"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Stop and search: our revisit in September"),
        ("p", ["Earlier this year we told you that officers in Oswinford were not "
               "recording the grounds for many of their searches.",
               "Last month two of my staff returned to see what had changed."]),
        ("p", ["They read 150 search records and found clear grounds in all but "
               "eleven.^[The records covered searches made between June and August "
               "2020.]",
               "This is a marked improvement, and I am grateful to the officers and "
               "supervisors who made it happen."]),
        ("bullets", "Some concerns remain:", [
            "body-worn video was switched on for only half of the searches we checked;",
            "the scrutiny panel still sees too few records of searches of children."],
         "zapf"),
        ("p", ["Please let me know by the end of January how the force intends to address "
               "these two points.",
               "I will share this letter with the police and crime commissioner."]),
        ("signoff", ["Yours sincerely,", "Gideon Marlowe-Pike",
                     "HM Inspector of Constabulary"]),
    ])

# ---- mandoc -T pdf ---------------------------------------------------------------------

DOCS["m01_peel_brindlecombe"] = dict(
    meta=dict(title="BRINDLECOMBE", section="7", mdate="November 2016", source="HMIC",
              manual="PEEL: Police effectiveness 2016", date="2016-11-03"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness 2016"),
        ("title", "An inspection of Brindlecombe Police"),
        ("notice",),
        ("h", 1, "Summary of grades"),
        ("table", ["Question", "Grade"], [
            ["Preventing crime", "Good"],
            ["Investigating crime", "Good"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Serious and organised crime", "Good"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Brindlecombe Police has kept a strong local presence in its villages "
               "despite reductions in its budget.",
               "Neighbourhood officers spend most of each shift in the areas they serve, "
               "and they are seldom taken away to cover response duties."]),
        ("bullets", "The force works well with partners, for example:", [
            "it shares a problem-solving office with the district council;",
            "housing officers join the monthly tasking meeting;",
            "school liaison officers deliver lessons on online safety."], "bullet"),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["The force recognises vulnerability well at the first point of contact.",
               "However, it does not have enough trained staff to carry out follow-up "
               "visits to victims of stalking within the timescales it has set.^[The force aims "
               "to revisit every stalking victim within two working days.]",
               "As a result, some victims waited over a week before anyone contacted "
               "them again."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that it has enough trained staff to safeguard "
               "stalking victims promptly."]),
    ])

DOCS["m02_custody_yarrowdale"] = dict(
    meta=dict(title="YARROWDALE", section="7", mdate="September 2023",
              source="HMICFRS and HMI Prisons", manual="Police custody inspection",
              date="2023-09-19"),
    blocks=[
        ("kicker", "Report on an unannounced inspection of police custody"),
        ("title", "Yarrowdale Constabulary"),
        ("notice",),
        ("h", 1, "1. Leadership and partnerships"),
        ("numbered", [
            ("1.1", ["A superintendent leads custody services, supported by two "
                     "inspectors who share a duty rota.",
                     "They have a clear plan to replace the ageing cell call system."]),
            ("1.2", ["Partnership work with the mental health trust is strong.",
                     "A liaison nurse is present at the central suite for sixteen hours "
                     "each day."]),
            ("1.3", ["The force could not tell us how many children had been detained "
                     "overnight in the last year."])]),
        ("h", 1, "2. Conditions in the suites"),
        ("cols", [
            ("p", ["The central suite at Gorsley Bridge is bright and well kept.",
                   "Its cells were clean when we visited."]),
        ], [
            ("p", ["The suite at Hobb's Quay is old and cramped.",
                   "Graffiti had been left on several cell walls for weeks."]),
        ]),
        ("box", "What detainees told us", [
            ("p", ["Most detainees said staff had treated them with respect.",
                   "A few told us they had not been offered a shower before going to "
                   "court."])]),
        ("h", 1, "3. Areas for improvement"),
        ("numbered", [
            ("3.1", ["The force should collect and analyse data on children held "
                     "overnight."]),
            ("3.2", ["The force should remove graffiti from cells promptly and keep the "
                     "older suite in a decent state of repair."])]),
    ])

DOCS["m03_letter_penmarrow"] = dict(
    meta=dict(title="PENMARROW", section="7", mdate="June 2021", source="HMICFRS",
              manual="Correspondence", date="2021-06-07"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary and Fire & Rescue "
                        "Services", "Corbel House, 5 Stannary Walk, Ambercombe AB2 9LU"]),
        ("line", "date", "7 June 2021"),
        ("address", ["Chief Constable Anselm Treguddick", "Penmarrow Police",
                     "Headquarters", "Quarry Hill", "Penmarrow PW4 8RF"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Vetting of new recruits"),
        ("p", ["In April we examined how Penmarrow Police vets the people it recruits as "
               "officers and staff.",
               "I am writing to tell you what we found before our national report is "
               "published."]),
        ("p", ["Your vetting unit has cleared a large backlog since the autumn, and it now "
               "processes most applications within four weeks.",
               "We were pleased to see that every decision we sampled had been recorded "
               "with reasons."]),
        ("p", ["We were less assured about the checks made when an officer transfers from "
               "another force.",
               "In three of the twelve transfer files we read, the previous force's "
               "records had not been obtained."]),
        ("bullets", "I would ask you to:", [
            "confirm that transferee checks are now complete for everyone who joined "
            "since 2019;",
            "tell me how the unit will keep pace when recruitment rises next year."],
         "bullet"),
        ("signoff", ["Yours sincerely,", "Petronella Askwith",
                     "HM Inspector of Constabulary"]),
    ])

# ---- cups-filters texttopdf ------------------------------------------------------------

DOCS["t01_letter_corvisham"] = dict(
    meta=dict(title="corvisham-letter.txt", date="2015-04-16"),
    blocks=[
        ("letterhead", ["HER MAJESTY'S INSPECTORATE OF CONSTABULARY",
                        "Mossgate House, 12 Tern Street, Ambercombe AB5 1PX"]),
        ("line", "date", "16 April 2015"),
        ("address", ["Chief Constable Lionel Fairbrass", "Corvisham Police",
                     "Police Headquarters", "Wherry Road", "Corvisham CV2 7NN"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "RESPONSE TO EMERGENCY CALLS IN THE EASTERN DISTRICT"),
        ("p", ["Thank you for meeting me on 2 April to discuss how quickly officers in "
               "Corvisham reach emergency calls.",
               "As promised, I now set out the main points of our review in writing."]),
        ("p", ["Officers in the western district reached most emergency calls in urban "
               "areas within the force's target of fifteen minutes.",
               "In the eastern district, the average was closer to twenty-two minutes, "
               "and it was longer still at weekends."]),
        ("p", ["Control room staff told us that they often had no patrol free to send "
               "because officers were guarding prisoners at hospital.",
               "We think this problem deserves urgent attention from your senior team."]),
        ("bullets", "In particular, the force should:", [
            "review how many officers are assigned to the eastern district at night;",
            "agree with the hospital trust a quicker way to hand over detained patients."],
         "dash"),
        ("p", ["I would welcome an update from you by the end of June."]),
        ("signoff", ["Yours sincerely,", "Ottoline Brackenbury",
                     "HM Inspector of Constabulary"]),
    ])

DOCS["t02_cdi_ludwellvale"] = dict(
    meta=dict(title="ludwell-cdi.txt", date="2014-08-28"),
    blocks=[
        ("kicker", "CRIME DATA INTEGRITY INSPECTION 2014"),
        ("title", "LUDWELL VALE CONSTABULARY"),
        ("date", "August 2014"),
        ("notice",),
        ("h", 1, "1. LEADERSHIP AND GOVERNANCE"),
        ("numbered", [
            ("1.1", ["The deputy chief constable chairs a crime recording board that meets "
                     "every two months.",
                     "Minutes show that the board discusses performance figures more often "
                     "than the accuracy of the records behind them."]),
            ("1.2", ["Staff at all levels told us they felt no pressure to record crimes "
                     "in a particular way."])]),
        ("h", 1, "2. SYSTEMS AND PROCESSES"),
        ("table", ["Audit sample", "Records", "Correct"], [
            ["Incidents from calls", "120", "94"],
            ["Reports made online", "40", "29"],
            ["Referrals from partners", "35", "21"]]),
        ("numbered", [
            ("2.1", ["Accuracy was lowest for reports passed to the force by other "
                     "agencies, such as schools and social services.",
                     "In several cases a crime disclosed in a referral was never "
                     "recorded at all."]),
            ("2.2", ["Decisions to cancel a recorded crime were usually made by the right "
                     "person and supported by evidence."])]),
        ("h", 1, "3. PEOPLE AND SKILLS"),
        ("numbered", [
            ("3.1", ["Most call handlers have had training in the national counting "
                     "rules, but few response officers have.",
                     "Officers we spoke to were unsure when a report of harassment should "
                     "be recorded as a crime."])]),
        ("bullets", "Recommendations:", [
            "Within three months, the force should train its response officers in the "
            "counting rules.",
            "Within six months, the force should audit referrals from partner agencies "
            "each quarter."], "dash"),
    ])

DOCS["t03_vetting_thistlebury"] = dict(
    meta=dict(title="thistlebury-cc.txt", date="2024-01-25"),
    blocks=[
        ("kicker", "COUNTER-CORRUPTION AND VETTING"),
        ("title", "An inspection of Thistlebury Police"),
        ("date", "January 2024"),
        ("notice",),
        ("h", 1, "OVERVIEW"),
        ("p", ["Thistlebury Police has a small but capable counter-corruption unit.",
               "Its investigators are experienced and know how to gather intelligence "
               "discreetly."]),
        ("p", ["The unit cannot monitor the force's computer systems as well as it should, "
               "because the software it needs has not been bought.",
               "This leaves the force less able to spot staff who misuse police data."]),
        ("box", "CASE STUDY: A LEAK FROM THE CONTROL ROOM", [
            ("p", ["A member of staff passed details of a planned raid to a relative.",
                   "The unit identified the source within a week and the employee was "
                   "dismissed."])]),
        ("h", 1, "VETTING"),
        ("p", ["Every new recruit we checked had been vetted to the correct level before "
               "starting work.",
               "But the force does not review vetting when an officer's circumstances "
               "change, such as after a new relationship or debt."]),
        ("bullets", "Areas for improvement:", [
            "The force should buy and use software to monitor its computer systems.",
            "The force should ask staff each year to declare changes in their personal "
            "circumstances."], "star"),
        ("pagebreak",),
        ("backcover", [
            "(c) HMICFRS 2024",
            "This publication is licensed under the Open Government Licence v3.0 unless "
            "stated otherwise.",
            "Enquiries: HMICFRS, Mossgate House, 12 Tern Street, Ambercombe AB5 1PX",
            "www.example.org/hmicfrs-probe27"]),
    ])
