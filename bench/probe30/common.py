"""Shared content and helpers for the probe30 generators (Flying Saucer + iText 2.1.7,
pyHanko, ExactImage hocr2pdf).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
Block kinds, helpers and file formats follow probe29's common.py (itself probe28's); the
content is new.

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
# Bullet markers: "disc" / "square" (Flying Saucer's drawn list markers), "dingbat" (pyHanko:
# the letter "l" in URW's D050000L, a ZapfDingbats clone: a filled circle that extracts as
# "l"), "scan" (hocr2pdf: the bullet is only in the page image, not in the text layer).
# Every force, place, person, address and figure below is invented for this probe.
# ---------------------------------------------------------------------------------------

DOCS = {}

# ---- s: Flying Saucer R8 (XHTML + CSS layout) writing through iText 2.1.7 -------------

DOCS["s01_peel_brackenwyke"] = dict(
    meta=dict(title="PEEL 2021/22: Brackenwyke Constabulary",
              header="PEEL 2021/22 - Brackenwyke Constabulary",
              footer="HMICFRS | Police effectiveness, efficiency and legitimacy",
              date="2022-06-09"),
    blocks=[
        ("kicker", "PEEL 2021/22: police effectiveness, efficiency and legitimacy"),
        ("title", "An inspection of Brackenwyke Constabulary"),
        ("date", "June 2022"),
        ("notice",),
        ("h", 1, "Our judgements"),
        ("table", ["Area of policing", "Grade"], [
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Requires improvement"],
            ["Investigating crime", "Adequate"],
            ["Protecting vulnerable people", "Adequate"],
            ["Good use of resources", "Good"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Brackenwyke Constabulary gives its neighbourhood officers time to work on "
               "the problems that matter most to local people.",
               "In each ward we visited, the officers could name the handful of addresses "
               "that generated most of their calls.^[The force has 31 neighbourhood "
               "wards, each with a named sergeant.]",
               "Partners in housing and education said the force shared information "
               "with them quickly and without fuss."]),
        ("bullets", "Examples of effective prevention included:", [
            "late-evening patrols near the bus interchange after a rise in robberies;",
            "a rota of volunteers who check on elderly people targeted by doorstep "
            "fraudsters;",
            "school visits that explain the risks of carrying knives."], "disc"),
        ("pagebreak",),
        ("h", 1, "Responding to the public: requires improvement"),
        ("p", ["Too many people who ring the non-emergency number give up before their "
               "call is answered.",
               "During the winter months the average wait was longer than eleven "
               "minutes.^[Figures supplied by the force for November 2021 to February "
               "2022.]",
               "Call handlers were polite and thorough, but they did not always record "
               "whether the caller was vulnerable."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should reduce the time it takes to answer non-emergency calls "
               "and should check how often callers abandon them."]),
        ("box", "Promising practice", [
            ("p", ["The control room has a small team that rings back people who hung "
                   "up before speaking to anyone.",
                   "In its first three months the team found several callers who needed "
                   "urgent help."])]),
    ])

DOCS["s02_thematic_wendholt"] = dict(
    meta=dict(title="Missing children: Wendholt Police",
              header="Missing children | Wendholt Police",
              footer="HMICFRS thematic inspection 2024", date="2024-02-20"),
    blocks=[
        ("kicker", "An inspection of how the police respond to missing children"),
        ("title", "Found and forgotten? Missing children in Wendholt Police"),
        ("date", "February 2024"),
        ("notice",),
        ("h", 1, "At a glance"),
        ("cols", [
            ("p", ["Wendholt Police receives about forty reports of missing children "
                   "every week.",
                   "Most of the children return within a day, but some go missing again "
                   "and again."]),
        ], [
            ("p", ["Carers in children's homes told us that officers were usually quick "
                   "to respond.",
                   "Fewer were confident that anyone asked the children why they had "
                   "left."]),
        ]),
        ("h", 1, "What we found"),
        ("numbered", [
            ("2.1", ["Officers completed a risk assessment for nearly every missing "
                     "child we looked at.",
                     "However, the assessments seldom drew on what had happened the "
                     "previous times the child went missing."]),
            ("2.2", ["Return interviews were offered to most children, but fewer than "
                     "half took place within three days.^[Return interviews are carried "
                     "out by the county council's youth service, not by the police.]"]),
            ("2.3", ["The force should make sure that information from return "
                     "interviews reaches the officers who deal with the next report."]),
        ]),
        ("box", "A carer's account", [
            ("p", ["One carer said she had reported the same girl missing eleven times "
                   "in a month."])]),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2024",
            "All text in this synthetic document is published under the Open Government Licence v3.0 for test use.",
            "To view the licence, write to the probe30 fixtures desk, Wendholt WH2 0ZZ.",
            "Questions about this publication: probe30@example.org",
            "www.example.org/probe30/wendholt"]),
    ])

DOCS["s03_letter_caddenford"] = dict(
    meta=dict(title="Letter to the Chief Constable of Caddenford Police",
              header="", footer="HMICFRS - Caddenford Police - custody revisit",
              date="2023-03-15"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Ferrier Court, 18 Lockgate Street, Marlowick MK7 2ZZ"]),
        ("line", "date", "15 March 2023"),
        ("address", ["Chief Constable Helena Ashcombe", "Caddenford Police",
                     "Police Headquarters, Sallow Road", "Caddenford CD4 8XX"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Custody revisit, Caddenford Police"),
        ("p", ["I am writing to let you know what we found when we returned to your "
               "custody suites in February.",
               "Detainees are now seen by a nurse much sooner than at our last "
               "visit.^[The median wait fell from four hours to just under ninety "
               "minutes.]"]),
        ("bullets", "We still have concerns about the following:", [
            "strip searches of children are not always authorised by an inspector;",
            "cell checks at night are sometimes recorded before they have happened."],
         "square"),
        ("p", ["Please let me know by the end of April what action you are taking on "
               "these two points.",
               "I am sending a copy of this letter to your police and crime "
               "commissioner."]),
        ("signoff", ["Yours sincerely,", "Gideon Farrant",
                     "His Majesty's Inspector of Constabulary"]),
    ])

# ---- h: pyHanko (its own writer; text shaped by HarfBuzz into CID fonts, in XObjects) --

DOCS["h01_peel_oxlowe"] = dict(
    meta=dict(title="PEEL 2018/19: Oxlowe Police",
              header="PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
              footer="Oxlowe Police", date="2019-05-02"),
    blocks=[
        ("title", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        ("kicker", "An inspection of Oxlowe Police"),
        ("date", "May 2019"),
        ("notice",),
        ("h", 1, "Summary of judgements"),
        ("table", ["Pillar or question", "Judgement"], [
            ["Effectiveness", "Good"],
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Efficiency", "Good"],
            ["Legitimacy", "Outstanding"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Oxlowe Police has kept its commitment to local policing even as demand "
               "on its response teams has grown.",
               "Officers use a simple problem-solving model, and their supervisors "
               "review the results with them every quarter.^[The force calls this "
               "model SOLVE; it was adopted in 2017.]"]),
        ("bullets", "People we spoke to valued:", [
            "evening surgeries in the market towns;",
            "the officers who follow up reports of anti-social behaviour in person;",
            "regular updates on social media about local priorities."], "dingbat"),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["The force has improved its initial response to domestic abuse, but "
               "follow-up work is uneven.",
               "In a third of the cases we reviewed, no one had considered applying for "
               "a protection order.^[We reviewed 54 cases dealt with between August "
               "and November 2018.]"]),
        ("box", "Cause of concern", [
            ("p", ["Oxlowe Police does not always take the steps available to it to "
                   "protect victims of domestic abuse from further harm."])]),
        ("h", 2, "Areas for improvement"),
        ("bullets", None, [
            "The force should make better use of protection orders.",
            "The force should check that safeguarding referrals are acted on within "
            "agreed times."], "dingbat"),
    ])

DOCS["h02_custody_sarnbridge"] = dict(
    meta=dict(title="Police custody in Sarnbridge Constabulary",
              header="Report on an unannounced inspection of police custody",
              footer="Sarnbridge Constabulary | September 2022", date="2022-09-27"),
    blocks=[
        ("kicker", "Report on an unannounced inspection visit to police custody suites"),
        ("title", "Sarnbridge Constabulary"),
        ("date", "September 2022"),
        ("notice",),
        ("h", 1, "Introduction"),
        ("numbered", [
            ("1.1", ["This inspection looked at the treatment and conditions of people "
                     "held in the force's two custody suites.",
                     "We visited both suites over five days and nights."]),
            ("1.2", ["Sarnbridge Constabulary held about 7,200 people in custody in the "
                     "year before our visit.^[Force data for the year to June 2022.]"]),
        ]),
        ("h", 1, "Leadership and accountability"),
        ("cols", [
            ("p", ["Custody managers were visible and knew their staff well.",
                   "Staff said they felt able to raise concerns."]),
        ], [
            ("p", ["The custody governance meeting did not look at data on the use of "
                   "force.",
                   "As a result, leaders could not tell whether force was used fairly."]),
        ]),
        ("numbered", [
            ("1.3", ["The force should collect and examine data on the use of force in "
                     "custody, including by ethnicity and age."]),
        ]),
        ("box", "Good practice", [
            ("p", ["Detainees were offered a short written guide to their rights in "
                   "plain language and in eleven other languages."])]),
        ("pagebreak",),
        ("backcover", [
            "© Crown copyright 2022",
            "This synthetic report may be reproduced free of charge for testing only.",
            "Correspondence to: probe30 fixtures, Sarnbridge SB1 1ZZ",
            "www.example.org/probe30/sarnbridge"]),
    ])

DOCS["h03_letter_moorgarth"] = dict(
    meta=dict(title="Letter to the Police and Crime Commissioner for Moorgarth",
              header="", footer="HMIC - Moorgarth Police", date="2016-11-08"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "Quadrant House, 2 Mercer Way, Holbury HB3 5ZZ"]),
        ("line", "date", "8 November 2016"),
        ("address", ["Mr Clement Arbuthnot", "Police and Crime Commissioner for Moorgarth",
                     "Shire Hall", "Moorgarth MG1 3XX"]),
        ("notice",),
        ("line", "salutation", "Dear Mr Arbuthnot,"),
        ("line", "subject", "Legitimacy inspection: Moorgarth Police"),
        ("p", ["I enclose our report on the legitimacy of Moorgarth Police, which we "
               "will publish next week.",
               "The force treats the people it serves with fairness and respect, and "
               "its complaints are handled promptly.^[The force resolved 82 percent of "
               "complaints within its own target of 40 working days.]"]),
        ("bullets", "There are two areas in which I expect to see progress:", [
            "the force should tell the public how it uses stop and search;",
            "it should make sure that all officers receive training on unconscious "
            "bias."], "dingbat"),
        ("p", ["I would be happy to discuss the report with you before it is "
               "published."]),
        ("signoff", ["Yours sincerely,", "Theodora Penhallow",
                     "HM Inspector of Constabulary"]),
    ])

# ---- x: ExactImage hocr2pdf (a page image with the text layer underneath) ---------------
# Latin-1 text only: hocr2pdf drops characters outside it.

DOCS["x01_peel_farrowdale"] = dict(
    meta=dict(title="PEEL 2015: Farrowdale Constabulary",
              header="PEEL: Police effectiveness 2015 - Farrowdale Constabulary",
              footer="HMIC", date="2016-02-18"),
    blocks=[
        ("title", "PEEL: Police effectiveness 2015"),
        ("kicker", "An inspection of Farrowdale Constabulary"),
        ("date", "February 2016"),
        ("notice",),
        ("table", ["Question", "Judgement"], [
            ["Preventing crime and keeping people safe", "Good"],
            ["Investigating crime and managing offenders", "Good"],
            ["Protecting those who are vulnerable", "Inadequate"],
            ["Tackling serious and organised crime", "Requires improvement"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Farrowdale Constabulary works closely with councils and health services "
               "to stop crime before it happens.",
               "Its neighbourhood teams were well known in the villages we "
               "visited.^[HMIC visited eight neighbourhood areas in October 2015.]"]),
        ("bullets", "The force has:", [
            "set up joint teams with two district councils;",
            "reduced repeat calls from the ten busiest addresses."], "scan"),
        ("h", 1, "Protecting those who are vulnerable: inadequate"),
        ("p", ["HMIC is seriously concerned about how the force deals with missing and "
               "absent children.",
               "Several children classed as absent had in fact been at risk of "
               "exploitation for weeks."]),
        ("box", "Recommendation", [
            ("p", ["Within three months, the force should review every child currently "
                   "classed as absent."])]),
    ])

DOCS["x02_briefing_ennerby"] = dict(
    meta=dict(title="Crime recording in Ennerby Police",
              header="Crime data integrity - Ennerby Police",
              footer="HMIC 2014", date="2014-11-18"),
    blocks=[
        ("kicker", "Crime data integrity inspection 2014"),
        ("title", "Ennerby Police"),
        ("date", "November 2014"),
        ("notice",),
        ("h", 1, "Leadership and governance"),
        ("numbered", [
            ("1", ["The chief officer team has made clear that accurate crime recording "
                   "matters.",
                   "That message had not reached all the officers we met on the "
                   "front line."]),
            ("2", ["The force crime registrar is experienced but has too little time to "
                   "audit records.^[The registrar also manages the force's data "
                   "protection team.]"]),
        ]),
        ("h", 1, "Systems and processes"),
        ("numbered", [
            ("3", ["Of the reports of violence we examined, one in five had not been "
                   "recorded as a crime when it should have been."]),
        ]),
        ("box", "Recommendation", [
            ("p", ["Within six months, Ennerby Police should give its crime registrar "
                   "enough staff to audit records every month."])]),
    ])

DOCS["x03_letter_hobbeck"] = dict(
    meta=dict(title="Letter to the Chief Constable of Hobbeck Constabulary",
              header="", footer="HMIC", date="2013-07-04"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "Whitlow House, 9 Canal Side, Pencastle PC2 4ZZ"]),
        ("line", "date", "4 July 2013"),
        ("address", ["Chief Constable Ambrose Keddle", "Hobbeck Constabulary",
                     "Kingsmead", "Hobbeck HK5 6XX"]),
        ("notice",),
        ("line", "salutation", "Dear Ambrose,"),
        ("line", "subject", "Follow-up visit on the handling of property"),
        ("p", ["Thank you for arranging our visit to the property stores on 20 June.",
               "Your staff have made real progress in clearing the items that were held "
               "without good reason.^[About 3,400 items were disposed of between "
               "January and May 2013.]"]),
        ("bullets", "Two matters remain outstanding:", [
            "cash seized from suspects is still counted by one person alone;",
            "the store at Ellbridge has no working alarm."], "scan"),
        ("p", ["I would be grateful for a reply by the end of August."]),
        ("signoff", ["Yours sincerely,", "Rupert Calloway",
                     "HM Inspector of Constabulary"]),
    ])
