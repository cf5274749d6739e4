"""Shared content and helpers for the probe26 generators (enscript+pstoedit, @libpdf/core,
FreeHEP VectorGraphics PDF driver).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
The helpers below ``walk`` follow probe25's common.py (same block kinds and file formats).

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

# ---- enscript + pstoedit -------------------------------------------------------------

DOCS["e01_peel_quellbridge"] = dict(
    meta=dict(title="PEEL: Police effectiveness 2016 - Quellbridge Constabulary",
              header="PEEL: Police effectiveness 2016 | Quellbridge Constabulary",
              footer="Crown copyright 2017 | HMIC", date="2017-03-02"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness 2016"),
        ("title", "An inspection of Quellbridge Constabulary"),
        ("date", "March 2017"),
        ("notice",),
        ("h", 1, "Overall judgement"),
        ("p", ["We judge Quellbridge Constabulary to be good at keeping people safe and "
               "reducing crime.",
               "The grades below were reached after fieldwork in the autumn of 2016, when "
               "inspectors spent nine days with officers and staff across the county.^[The "
               "fieldwork took place between 3 and 14 October 2016.]"]),
        ("table", ["Question", "Grade"], [
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime and reducing re-offending", "Requires improvement"],
            ["Protecting vulnerable people and supporting victims", "Good"],
            ["Tackling serious and organised crime", "Good"],
            ["Specialist capabilities", "Ungraded"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Neighbourhood teams in Quellbridge know the streets they cover and can "
               "name the handful of people who cause most of the trouble there.",
               "Each ward has a written problem profile, which officers update after every "
               "monthly residents' meeting."]),
        ("bullets", "Officers told us that three things helped them most:", [
            "protected time for patrol that is rarely taken away for other duties;",
            "a shared database of local problems that partners can read and add to;",
            "quick advice from the force's small crime prevention unit."], "dot"),
        ("p", ["However, the force does not yet check whether the schemes it funds have "
               "actually reduced harm.",
               "It should start recording the outcome of each scheme against the aim it set "
               "at the outset."]),
        ("box", "Case study: the Tannery Row footbridge", [
            ("p", ["Residents had complained for two years about young people gathering "
                   "on the footbridge late at night.",
                   "The ward team brought the council, a youth charity and the railway "
                   "operator together, and calls about the bridge fell by about half over "
                   "six months."])]),
        ("h", 1, "Investigating crime: requires improvement"),
        ("p", ["Too many investigations in Quellbridge are allocated to officers who "
               "already carry more cases than they can manage.",
               "In 14 of the 60 files we reviewed, no meaningful enquiry had been made for "
               "more than a month.^[The file review was carried out by a team of three "
               "inspectors using the standard review template.]",
               "Supervisors signed off these files without recording any direction."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that supervisors review open investigations "
               "at regular intervals and record clear instructions for the officer in "
               "the case."]),
    ])

DOCS["e02_domestic_skarnwick"] = dict(
    meta=dict(title="Domestic abuse: how Skarnwick Police responds",
              header="Skarnwick Police: tackling domestic abuse",
              footer="HMIC | March 2014", date="2014-03-27"),
    blocks=[
        ("kicker", "Inspection of domestic abuse"),
        ("title", "Domestic abuse: how Skarnwick Police responds"),
        ("date", "March 2014"),
        ("notice",),
        ("h", 1, "1. Identifying victims"),
        ("numbered", [
            ("1.1", ["Call handlers in Skarnwick ask a fixed set of questions when a "
                     "caller mentions violence at home.",
                     "We listened to twenty recorded calls, and in most of them the "
                     "questions were asked politely and fully."]),
            ("1.2", ["The force flags repeat victims on its command and control system, "
                     "so that the attending officer is told before arrival.^[The flag is "
                     "added after a second incident at the same address within a year.]"]),
            ("1.3", ["However, the flag is not always added when the victim moves to a "
                     "new address."])]),
        ("h", 1, "2. Keeping victims safe"),
        ("numbered", [
            ("2.1", ["Officers complete a risk assessment at every incident, but the "
                     "quality of the written answers varies a great deal.",
                     "Some forms we read contained single words where the victim's own "
                     "account should have been recorded."]),
            ("2.2", ["The force has too few specialist officers to review every medium "
                     "risk case within a day."]),
            ("2.3", ["Victims we spoke to praised the independent advisers, who kept in "
                     "touch with them by telephone throughout the case."])]),
        ("bullets", "The force should:", [
            "review the training given to frontline officers on recording the victim's "
            "account;",
            "increase the capacity of the safeguarding team so that medium risk cases are "
            "reviewed promptly;",
            "carry the repeat-victim flag over when a victim changes address."], "dash"),
        ("h", 1, "3. Organisational effectiveness"),
        ("numbered", [
            ("3.1", ["Senior leaders in Skarnwick describe domestic abuse as a priority, "
                     "and the chief constable chairs a quarterly review of performance.",
                     "This commitment is not yet matched by the resources given to the "
                     "units that do the work."]),
            ("3.2", ["We found little evidence that the force learns from domestic "
                     "homicide reviews in a structured way."])]),
    ])

DOCS["e03_letter_tolverby"] = dict(
    meta=dict(title="Letter to the Chief Constable of Tolverby Police",
              header="", footer="Tolverby Police: custody follow-up", date="2019-06-11"),
    blocks=[
        ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                        "Grey Friars House, 18 Quarry Lane, Nettleford NF4 2ZD",
                        "Telephone 0300 555 0199"]),
        ("line", "date", "11 June 2019"),
        ("address", ["Chief Constable Miriam Oakhanger", "Tolverby Police",
                     "Police Headquarters", "Sallow Road", "Tolverby TV9 3QX"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Revisit to Tolverby custody suites"),
        ("p", ["Thank you for the help your staff gave us during our return visit to the "
               "custody suites at Brackwater and Fenny Stoke last month.",
               "I am writing to set out what we found and what we expect the force to do "
               "next."]),
        ("p", ["When we inspected in 2017, we raised a cause of concern about the way "
               "detainees at risk of self-harm were observed.",
               "On this visit, we saw that observation levels were set and reviewed by "
               "sergeants, and that the reasons were written down."]),
        ("p", ["We also found that detainees now wait less time for a mental health "
               "assessment, although delays at night remain too long."]),
        ("bullets", "Two matters still need attention:", [
            "the handover between shifts is not always done at the cell door;",
            "records of the use of force in custody are incomplete."], "dot"),
        ("p", ["I would be grateful if you could tell me within three months how you "
               "intend to deal with these points.",
               "A copy of this letter goes to the police and crime commissioner."]),
        ("signoff", ["Yours sincerely,", "Rowan Elsdyke", "HM Inspector of Constabulary"]),
    ])

# ---- @libpdf/core ---------------------------------------------------------------------

DOCS["l01_peel_marnholt"] = dict(
    meta=dict(title="PEEL 2018/19: Marnholt Police", header="PEEL 2018/19 | Marnholt Police",
              footer="", date="2019-09-26"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        ("title", "An inspection of Marnholt Police"),
        ("date", "September 2019"),
        ("notice",),
        ("h", 1, "Our grades"),
        ("table", ["Pillar", "Grade"], [
            ["Effectiveness", "Good"],
            ["Efficiency", "Requires improvement"],
            ["Legitimacy", "Good"],
            ["Preventing crime", "Good"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Planning for the future", "Inadequate"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Marnholt Police puts real effort into stopping crime before it happens.",
               "Its neighbourhood officers hold regular street surgeries in the market "
               "towns, and residents said they valued the chance to raise problems face "
               "to face.^[Street surgeries are short open meetings held outdoors at a "
               "fixed place and time.]"]),
        ("bullets", "The force has:", [
            "a clear plan for each neighbourhood that is reviewed every quarter;",
            "trained problem-solving leads in all four districts;",
            "good links with housing providers in the larger estates."], "zapf"),
        ("box", "Promising practice", [
            ("p", ["The force pays a small team of volunteers to fit door chains for "
                   "older residents who have been targeted by rogue traders.",
                   "Officers refer people to the team directly from the scene."])]),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["The force responds well to the most serious cases, but it does not always "
               "see the risk when a missing child is reported for the second or third "
               "time.",
               "Debriefs after a child returns home were late in a third of the records we "
               "examined.^[We examined 45 records of children reported missing between "
               "January and June 2019.]",
               "Leaders know this and have started a review, but it had not finished when "
               "we visited."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that every child who returns from a missing "
               "episode is offered a timely interview by someone trained to do it."]),
        ("h", 1, "Planning for the future: inadequate"),
        ("p", ["We found no costed plan for how the force will meet demand beyond the "
               "current year.",
               "This is a serious gap for an organisation that expects its budget to "
               "shrink by £3.2 million over the next three years."]),
    ])

DOCS["l02_cdi_fenwarren"] = dict(
    meta=dict(title="Crime data integrity: Fenwarren Constabulary",
              header="Crime data integrity | Fenwarren Constabulary", footer="HMIC 2014",
              date="2014-08-14"),
    blocks=[
        ("kicker", "Crime data integrity"),
        ("title", "Inspection of Fenwarren Constabulary"),
        ("date", "August 2014"),
        ("notice",),
        ("h", 1, "Summary"),
        ("cols", [
            ("p", ["We examined how reliably Fenwarren Constabulary records the crimes "
                   "reported to it.",
                   "Our audit looked at incident records from the six months before the "
                   "inspection.^[The audit sample covered incidents logged between 1 "
                   "November 2013 and 30 April 2014.]"]),
            ("p", ["We found that the force recorded most reports of burglary and robbery "
                   "correctly and promptly."]),
        ], [
            ("p", ["The picture for violent and sexual offences was much weaker.",
                   "Several reports of assault were closed as incidents even though the "
                   "victim had described an injury."]),
            ("p", ["Staff in the crime management unit told us they felt under pressure "
                   "to keep the numbers down."]),
        ]),
        ("h", 1, "Leadership and governance"),
        ("p", ["The deputy chief constable leads on crime recording, and the force has "
               "a written policy that follows the national rules.",
               "However, the policy is rarely mentioned in briefings, and few officers we "
               "met had read it."]),
        ("h", 1, "Systems and processes"),
        ("p", ["Crimes can be recorded in two separate systems, and the records do not "
               "always match.",
               "The force registrar audits a small sample each month, but the results are "
               "not shared with the teams that made the errors."]),
        ("bullets", None, [
            "The force should publish the registrar's audit results to every supervisor.",
            "The force should merge its two recording systems or reconcile them daily."],
         "square"),
        ("h", 1, "People and skills"),
        ("p", ["Training in the recording rules is given to new officers only.",
               "Experienced staff have had no refresher training since 2011."]),
    ])

DOCS["l03_vetting_brisworth"] = dict(
    meta=dict(title="Vetting and counter-corruption: Brisworth Police",
              header="Vetting and counter-corruption | Brisworth Police", footer="",
              date="2023-02-09"),
    blocks=[
        ("kicker", "Vetting and counter-corruption"),
        ("title", "An inspection of Brisworth Police"),
        ("date", "February 2023"),
        ("notice",),
        ("h", 1, "Summary of findings"),
        ("p", ["Brisworth Police has made progress since our last inspection, but its "
               "vetting unit still struggles with the number of applications it receives.",
               "At the time of our visit, more than 300 renewals were overdue.^[The figure "
               "was supplied by the force and covers officers, staff and volunteers.]"]),
        ("p", ["We looked at 90 vetting files and found that decisions were usually "
               "sound.",
               "In a few cases, the reasons for granting clearance despite adverse "
               "information were not written down."]),
        ("h", 1, "Counter-corruption"),
        ("p", ["The counter-corruption unit receives good intelligence from staff, who "
               "said they trusted the confidential reporting line.",
               "The unit does not have enough analysts to assess it all quickly."]),
        ("bullets", "We recommend that, within six months, the force should:", [
            "clear the backlog of overdue vetting renewals;",
            "record the rationale for every clearance granted after adverse findings;",
            "give the counter-corruption unit the analytical capacity it needs."], "zapf"),
        ("h", 1, "Conclusion"),
        ("p", ["The force has the right intentions, and its leaders were open with us "
               "about the problems.",
               "We will return within a year to check on progress."]),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2023",
            "This publication is licensed under the terms of the Open Government Licence "
            "v3.0 except where otherwise stated.",
            "Any enquiries about this publication should be sent to us at the contact "
            "address below.",
            "HMICFRS, Pellow House, 4 Gantry Street, Nettleford NF1 8LQ",
            "www.example.org/hmicfrs-synthetic"]),
    ])

# ---- FreeHEP PDFGraphics2D ------------------------------------------------------------

DOCS["j01_peel_cradlemoor"] = dict(
    meta=dict(title="PEEL 2021/22: Cradlemoor Constabulary",
              header="PEEL 2021/22 - Cradlemoor Constabulary", footer="", date="2022-07-21"),
    blocks=[
        ("kicker", "PEEL 2021/22"),
        ("title", "Police effectiveness, efficiency and legitimacy"),
        ("title", "An inspection of Cradlemoor Constabulary"),
        ("date", "July 2022"),
        ("notice",),
        ("h", 1, "Our judgements"),
        ("table", ["Area", "Grade"], [
            ["Engaging with and treating the public with fairness and respect", "Good"],
            ["Preventing crime and anti-social behaviour", "Adequate"],
            ["Responding to the public", "Requires improvement"],
            ["Investigating crime", "Adequate"],
            ["Protecting vulnerable people", "Good"],
            ["Managing offenders and suspects", "Outstanding"]]),
        ("h", 1, "Responding to the public: requires improvement"),
        ("p", ["Cradlemoor Constabulary takes too long to answer non-emergency calls.",
               "In the month before our inspection, one caller in four gave up before the "
               "call was answered.^[Figures taken from the force's telephony reports for "
               "March 2022.]",
               "The force has recruited more call handlers, but many are still in "
               "training."]),
        ("p", ["When officers attend, they usually treat victims with care and explain "
               "what will happen next."]),
        ("h", 1, "Managing offenders and suspects: outstanding"),
        ("p", ["The force is very effective at managing registered sex offenders.",
               "Its managers visit high-risk offenders more often than national guidance "
               "requires, and they share what they learn with the probation service "
               "quickly.^[The force holds a joint briefing with probation every weekday "
               "morning.]"]),
        ("bullets", "We saw three features of this work that other forces could adopt:", [
            "a single list of wanted suspects, reviewed by an inspector each day;",
            "joint home visits with probation officers for the highest-risk cases;",
            "an early warning system that highlights missed appointments."], "bullet"),
        ("h", 1, "Investigating crime: adequate"),
        ("p", ["Most investigations are well planned and properly supervised.",
               "However, victims are not always told when their case is closed, and some "
               "learned the outcome only when they chased it themselves."]),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2022",
            "You may re-use this information free of charge under the Open Government "
            "Licence.",
            "For more information, contact the inspectorate's enquiries team.",
            "ISBN: 978-0-00-000000-0 (synthetic)"]),
    ])

DOCS["j02_custody_wyrlington"] = dict(
    meta=dict(title="Custody inspection: Wyrlington Police",
              header="Police custody | Wyrlington Police", footer="HMICFRS and HMI Prisons",
              date="2021-11-04"),
    blocks=[
        ("kicker", "Report on an unannounced visit to police custody"),
        ("title", "Wyrlington Police"),
        ("date", "4 to 15 October 2021"),
        ("notice",),
        ("h", 1, "Introduction"),
        ("p", ["This was a joint visit with the prisons inspectorate to the two custody "
               "suites run by Wyrlington Police.",
               "We spoke to detainees, staff and health professionals, and we examined "
               "forty custody records.^[Records were chosen at random from the three "
               "months before the visit.]"]),
        ("cols", [
            ("p", ["The main suite at Sallowby Cross has twenty-four cells and is generally "
                   "clean.",
                   "Staff were polite to detainees and explained their rights clearly."]),
        ], [
            ("p", ["The older suite at Mintley Quay is cramped and has poor ventilation.",
                   "The force plans to close it, but no date has been agreed."]),
        ]),
        ("h", 1, "Leadership, accountability and partnerships"),
        ("p", ["Custody has a dedicated chief inspector who knows the suites well and "
               "visits them often.",
               "Governance meetings take place, but the data presented at them is thin."]),
        ("box", "What detainees told us", [
            ("p", ["Several detainees said that they had waited hours for a drink or a "
                   "blanket.",
                   "Others told us that the nurse had seen them quickly and had been "
                   "kind."])]),
        ("h", 1, "Treatment and conditions"),
        ("p", ["Detention officers carry out cell checks on time, and rousing checks are "
               "done properly for those who are intoxicated.",
               "Children were held overnight on six occasions because the council could "
               "not provide a bed.^[The force recorded these cases as transfers that the "
               "council had refused.]"]),
        ("bullets", "Areas for improvement:", [
            "The force should improve the ventilation at Mintley Quay while the suite "
            "remains open.",
            "The force should analyse custody data so that leaders can see trends."],
         "bullet"),
    ])

DOCS["j03_letter_gantrey"] = dict(
    meta=dict(title="Letter to the Chief Constable of Gantrey Constabulary", header="",
              footer="Gantrey Constabulary: call handling review", date="2024-05-16"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary and Fire & Rescue "
                        "Services", "Cobble Yard, Ashlin Street, Lowmarsh LM2 7RE"]),
        ("line", "date", "16 May 2024"),
        ("address", ["Deputy Chief Constable Tobias Wrenfield", "Gantrey Constabulary",
                     "Kestrel Park", "Gantrey GY3 5PN"]),
        ("notice",),
        ("line", "salutation", "Dear Deputy Chief Constable,"),
        ("line", "subject", "Call handling: findings from our review"),
        ("p", ["In March, we looked again at how your control room answers and grades "
               "calls from the public.",
               "This letter sets out our findings, which I discussed with you at the end "
               "of the fieldwork."]),
        ("p", ["Emergency calls are answered quickly, and the force met the national "
               "target in every week we examined.",
               "Non-emergency calls are a different story."]),
        ("p", ["Callers to the non-emergency number often wait more than twenty minutes, "
               "and the online reporting service does not tell them what will happen to "
               "their report."]),
        ("bullets", "I ask the force to:", [
            "publish its non-emergency waiting times each month;",
            "add a clear acknowledgement to every online report."], "bullet"),
        ("p", ["We will follow this up during your next PEEL inspection.",
               "I am copying this letter to the police, fire and crime commissioner."]),
        ("signoff", ["Yours sincerely,", "Imogen Rastrick",
                     "His Majesty's Inspector of Constabulary"]),
    ])
