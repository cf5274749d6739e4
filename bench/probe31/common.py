"""Shared content and helpers for the probe31 generators (Majorsilence.Pdf, gopdfsuit's
gowkhtmltopdf, jtypeset's "typeset" engine).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
Block kinds, helpers and file formats follow probe30's common.py (itself probe29's); the
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
# Bullet markers: "dingbat" (Majorsilence: ZapfDingbats "l", a filled circle drawn in the
# symbol font), "square" / "disc" (gowkhtmltopdf's list markers), "small-square" (jtypeset:
# the ListBlock bullet string "\u25aa").  Every force, place, person, address and figure
# below is invented for this probe.
# ---------------------------------------------------------------------------------------

DOCS = {}

# ---- n: Majorsilence.Pdf (.NET, AOT-compiled; word-wrapped text boxes, its own writer) ----

DOCS["n01_peel_quillerby"] = dict(
    meta=dict(title="PEEL 2023-2025: Quillerby Constabulary",
              header="PEEL 2023-2025 | Quillerby Constabulary",
              footer="HMICFRS - Police effectiveness, efficiency and legitimacy",
              date="2024-10-03"),
    blocks=[
        ("kicker", "PEEL 2023-2025: police effectiveness, efficiency and legitimacy"),
        ("title", "An inspection of Quillerby Constabulary"),
        ("date", "October 2024"),
        ("notice",),
        ("h", 1, "Our grades"),
        ("table", ["Area of policing", "Grade"], [
            ["Police powers and public treatment", "Adequate"],
            ["Preventing crime", "Good"],
            ["Responding to the public", "Inadequate"],
            ["Investigating crime", "Requires improvement"],
            ["Leadership and force management", "Adequate"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Quillerby Constabulary has put prevention at the centre of its local policing "
               "plan, and it shows.",
               "Each neighbourhood team keeps a short list of the streets and premises that "
               "draw repeated calls, and reviews it with the district council every "
               "month.^[The force has 27 neighbourhood teams across four districts.]",
               "We saw officers close several long-running problems at licensed premises "
               "by working with the licensing authority rather than by making arrests."]),
        ("bullets", "The approaches that impressed us most were:", [
            "a weekly surgery in the covered market, staffed by a sergeant and a housing "
            "officer;",
            "marked bicycles lent to rural volunteers who report fly-tipping and farm "
            "thefts;",
            "an early help referral for any child stopped twice in one term."], "dingbat"),
        ("pagebreak",),
        ("h", 1, "Responding to the public: inadequate"),
        ("p", ["The force does not answer emergency calls quickly enough.",
               "In the twelve months we examined, fewer than seven in ten 999 calls were "
               "answered within ten seconds.^[The national standard is 90 percent within "
               "ten seconds.]",
               "Once a call is answered, the assessment of risk is usually sound, but "
               "attendance at calls graded as urgent is often late."]),
        ("box", "Cause of concern", [
            ("p", ["Quillerby Constabulary is not meeting the needs of people who call it "
                   "in an emergency.",
                   "Within three months the force should draw up a plan to bring its "
                   "answering times in line with the national standard."])]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should record how long it takes to attend urgent calls in rural "
               "areas and should act on what those records show."]),
    ])

DOCS["n02_thematic_marrowdene"] = dict(
    meta=dict(title="Rural crime: Marrowdene Police",
              header="Rural crime | Marrowdene Police",
              footer="HMICFRS thematic inspection 2025", date="2025-03-12"),
    blocks=[
        ("kicker", "An inspection of the policing of rural and wildlife crime"),
        ("title", "Out of sight: rural crime in Marrowdene Police"),
        ("date", "March 2025"),
        ("notice",),
        ("h", 1, "Summary"),
        ("cols", [
            ("p", ["Marrowdene is a large county with long stretches of moorland and few "
                   "towns.",
                   "Farmers told us that thefts of quad bikes and fuel had become a "
                   "routine cost of doing business."]),
        ], [
            ("p", ["The force has a rural crime team of six officers, all of them trained "
                   "in wildlife law.",
                   "Response officers elsewhere in the county knew much less about the "
                   "offences they were sent to."]),
        ]),
        ("h", 1, "Our findings"),
        ("numbered", [
            ("3.1", ["Most reports of rural theft were recorded correctly and on the day "
                     "they were made.",
                     "Far fewer were investigated with any real energy once the victim had "
                     "been given a crime number."]),
            ("3.2", ["Officers rarely checked whether stolen machinery had been offered "
                     "for sale at auctions outside the county.^[The force could not tell "
                     "us how many auction checks were made in 2024.]"]),
            ("3.3", ["The force should give response officers a short guide to the most "
                     "common rural and wildlife offences."]),
        ]),
        ("box", "A farmer's view", [
            ("p", ["One farmer said he no longer reported missing diesel because nobody "
                   "ever came to look."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) HMICFRS 2025",
            "This synthetic document may be reused for testing under the Open Government Licence v3.0.",
            "Where third-party material appears, permission must be sought from its owner.",
            "Enquiries about this probe: probe31-fixtures@example.org",
            "www.example.org/probe31/marrowdene"]),
    ])

DOCS["n03_letter_pelthorne"] = dict(
    meta=dict(title="Letter to the Chief Constable of Pelthorne Police",
              header="", footer="HMICFRS - Pelthorne Police - vetting revisit",
              date="2024-05-21"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Lantern Yard, 4 Tanner's Row, Brackmoor BK3 9ZZ"]),
        ("line", "date", "21 May 2024"),
        ("address", ["Chief Constable Imogen Harcastle", "Pelthorne Police",
                     "Force Headquarters, Copse Lane", "Pelthorne PT6 1XX"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Revisit: vetting of new recruits"),
        ("p", ["Thank you for the help your vetting unit gave us when we returned in "
               "April.",
               "The backlog of renewals that we reported last year has fallen by more "
               "than half.^[At our first visit, 412 renewals were overdue; at the revisit "
               "the figure was 187.]"]),
        ("bullets", "Two points still need your attention:", [
            "adverse findings are not always shared with the professional standards "
            "department;",
            "nobody checks whether the conditions attached to a clearance are being "
            "met."], "dingbat"),
        ("p", ["I would welcome an update on both points by the end of July."]),
        ("signoff", ["Yours sincerely,", "Barnaby Tresilian",
                     "His Majesty's Inspector of Constabulary"]),
    ])

# ---- q: gopdfsuit's gowkhtmltopdf (pure-Go HTML/CSS layout and PDF writer) ---------------

DOCS["q01_peel_vennacott"] = dict(
    meta=dict(title="PEEL 2021/22: Vennacott Constabulary",
              header="PEEL 2021/22 - Vennacott Constabulary",
              footer="HMICFRS | PEEL assessment",
              date="2022-09-15"),
    blocks=[
        ("kicker", "PEEL 2021/22: an inspection of"),
        ("title", "Vennacott Constabulary"),
        ("date", "September 2022"),
        ("notice",),
        ("h", 1, "Our judgements"),
        ("table", ["Area of policing", "Grade"], [
            ["Engaging with and treating the public with fairness and respect", "Good"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Managing offenders and suspects", "Adequate"],
            ["Good use of resources", "Outstanding"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Vennacott Constabulary understands where crime and disorder are likely to "
               "happen and plans its patrols around that knowledge.",
               "Analysts send each district a weekly map of hot spots, and supervisors "
               "check that officers have visited them.^[The force began producing these "
               "maps in the spring of 2021.]",
               "Residents of the two estates we visited said they now see officers on "
               "foot most evenings."]),
        ("bullets", "The force works well with partners, for example by:", [
            "sharing youth diversion places with the county's sports trust;",
            "closing three problem premises through joint visits with trading standards;",
            "funding extra lighting on a towpath where several assaults took place."],
         "square"),
        ("pagebreak",),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["Officers recognise vulnerability well when they first attend an incident.",
               "However, the referrals they send to the safeguarding hub are often "
               "incomplete, which slows down the help that victims receive.^[We looked "
               "at 60 referrals; 23 lacked basic details about the victim.]"]),
        ("box", "Innovative practice", [
            ("p", ["A nurse now works alongside the control room on weekday evenings.",
                   "She advises call handlers on people in mental health crisis and has "
                   "reduced the number of detentions under the Mental Health Act."])]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that every safeguarding referral contains "
               "enough information for partners to act on it."]),
    ])

DOCS["q02_custody_hollinsby"] = dict(
    meta=dict(title="Custody inspection: Hollinsby Police",
              header="Report on an unannounced inspection of police custody",
              footer="Hollinsby Police | HMICFRS and HMI Prisons", date="2023-11-28"),
    blocks=[
        ("kicker", "Report on an unannounced inspection visit to police custody suites in"),
        ("title", "Hollinsby Police"),
        ("date", "November 2023"),
        ("notice",),
        ("h", 1, "Introduction"),
        ("cols", [
            ("p", ["Hollinsby Police runs two custody suites, at Fennick Street and at "
                   "Carrowgate.",
                   "Together they held just under nine thousand detainees in the year "
                   "before our visit."]),
        ], [
            ("p", ["We spent a week in the suites and watched detainees being booked in "
                   "and released.",
                   "We also examined the records of forty detentions chosen at random."]),
        ]),
        ("h", 1, "Leadership, accountability and partnerships"),
        ("numbered", [
            ("1.1", ["A chief inspector is responsible for both suites and visits each "
                     "of them several times a week.",
                     "Staff told us that they found her approachable and quick to deal "
                     "with problems."]),
            ("1.2", ["The force does not yet publish how often it uses force on "
                     "detainees.^[The force told us that a report to its ethics committee "
                     "is planned for spring 2024.]"]),
            ("1.3", ["Custody managers should review every use of force on a detainee "
                     "within a week of the incident."]),
        ]),
        ("box", "Good practice", [
            ("p", ["Detainees who are released at night are offered a taxi home if "
                   "they have no safe way of getting there."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) Crown copyright 2023 (synthetic)",
            "This fictional report may be reused for testing under the terms of the Open Government Licence.",
            "Any enquiries about this probe should go to the fixtures desk, Hollinsby HL1 0ZZ.",
            "www.example.org/probe31/hollinsby"]),
    ])

DOCS["q03_letter_tewksmoor"] = dict(
    meta=dict(title="Letter to the Police and Crime Commissioner for Tewksmoor",
              header="", footer="HMIC | Tewksmoor", date="2015-12-02"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "Orchard Chambers, 31 Weir Street, Callowfield CF8 2ZZ"]),
        ("line", "date", "2 December 2015"),
        ("address", ["Ms Henrietta Voss", "Police and Crime Commissioner for Tewksmoor",
                     "The Old Courthouse", "Tewksmoor TW4 7XX"]),
        ("notice",),
        ("line", "salutation", "Dear Ms Voss,"),
        ("line", "subject", "PEEL efficiency inspection: Tewksmoor Police"),
        ("p", ["I am pleased to send you our report on the efficiency of Tewksmoor "
               "Police, which will be published on 9 December.",
               "The force understands the demand it faces and has balanced its budget "
               "for the next two years.^[The force plans savings of 4.1 million pounds "
               "by March 2018.]"]),
        ("bullets", "I would draw your attention to two matters:", [
            "the force has not yet planned how it will replace its ageing command and "
            "control system;",
            "sickness absence among police staff remains higher than in similar forces."],
         "square"),
        ("p", ["My office will contact yours to arrange a meeting in the new year."]),
        ("signoff", ["Yours sincerely,", "Lucian Pargeter",
                     "HM Inspector of Constabulary"]),
    ])

# ---- y: jtypeset 0.2.0 ("typeset", a C++ typesetting engine with its own PDF writer) -----

DOCS["y01_peel_ravelstoke"] = dict(
    meta=dict(title="PEEL 2016: Ravelstoke Constabulary",
              header="PEEL: Police effectiveness 2016 | Ravelstoke Constabulary",
              footer="HMIC", date="2017-03-02"),
    blocks=[
        ("title", "PEEL: Police effectiveness 2016"),
        ("kicker", "An inspection of Ravelstoke Constabulary"),
        ("date", "March 2017"),
        ("notice",),
        ("h", 1, "Summary of judgements"),
        ("table", ["Question", "Judgement"], [
            ["Overall effectiveness", "Requires improvement"],
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime and reducing re-offending", "Requires improvement"],
            ["Protecting vulnerable people and supporting victims", "Inadequate"],
            ["Tackling serious and organised crime", "Good"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Ravelstoke Constabulary has protected its neighbourhood teams from the "
               "worst of its recent budget cuts.",
               "Local officers know their communities and use a range of tactics to deal "
               "with persistent nuisance.^[The force made 112 community protection "
               "notices in 2015/16.]"]),
        ("bullets", "Among the tactics we saw were:", [
            "dispersal orders around the seafront during the summer season;",
            "joint patrols with park rangers in the country parks;",
            "letters to the parents of young people found drinking in public."],
         "small-square"),
        ("h", 1, "Protecting vulnerable people: inadequate"),
        ("p", ["HMIC has serious concerns about the way the force responds to victims of "
               "domestic abuse.",
               "Too often, officers left an incident without completing a risk "
               "assessment, and supervisors did not notice.^[In 19 of the 50 cases we "
               "reviewed, no risk assessment had been completed.]",
               "As a result, some victims at high risk were not referred to the "
               "multi-agency conference that should have protected them."]),
        ("box", "Cause of concern", [
            ("p", ["The force does not identify and protect victims of domestic abuse "
                   "consistently.",
                   "It should immediately make sure that a risk assessment is completed "
                   "at every domestic abuse incident."])]),
    ])

DOCS["y02_briefing_saltmarden"] = dict(
    meta=dict(title="Crime data integrity: Saltmarden Police",
              header="Crime data integrity | Saltmarden Police",
              footer="HMIC 2014", date="2014-11-20"),
    blocks=[
        ("kicker", "Crime data integrity inspection 2014"),
        ("title", "Saltmarden Police"),
        ("date", "November 2014"),
        ("notice",),
        ("h", 1, "Background"),
        ("cols", [
            ("p", ["Saltmarden Police records about sixty thousand crimes a year.",
                   "Its crime recording is overseen by a small central team."]),
        ], [
            ("p", ["We read more than two hundred incident records during our visit.",
                   "We also spoke to call handlers, detectives and senior officers."]),
        ]),
        ("h", 1, "Systems and processes"),
        ("numbered", [
            ("1", ["Incidents reported by telephone were mostly recorded as crimes when "
                   "they should have been.",
                   "Reports that reached the force in other ways, for instance from "
                   "schools or hospitals, were often missed."]),
            ("2", ["The force had no reliable way of knowing how many reports of sexual "
                   "offences were never recorded.^[The force crime registrar had begun a "
                   "review of these reports in September 2014.]"]),
            ("3", ["Decisions to cancel crimes were usually made by the right person and "
                   "for the right reasons."]),
        ]),
        ("box", "Recommendation", [
            ("p", ["Within three months, the force should set up a process for recording "
                   "crimes reported to it by other organisations."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) HMIC 2014 (synthetic fixture)",
            "Published for test use only under the Open Government Licence v3.0.",
            "For enquiries about this document, write to the probe31 fixtures desk, Saltmarden SM9 0ZZ.",
            "www.example.org/probe31/saltmarden"]),
    ])

DOCS["y03_letter_ulverdine"] = dict(
    meta=dict(title="Letter to the Chief Constable of Ulverdine Constabulary",
              header="", footer="HMICFRS | Ulverdine Constabulary", date="2019-06-18"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Kingfisher House, 12 Mill Race, Sedgebury SG5 3ZZ"]),
        ("line", "date", "18 June 2019"),
        ("address", ["Chief Constable Oswin Fairweather", "Ulverdine Constabulary",
                     "Headquarters, Beacon Road", "Ulverdine UD2 8XX"]),
        ("notice",),
        ("line", "salutation", "Dear Oswin,"),
        ("line", "subject", "Counter-corruption: findings of our May visit"),
        ("p", ["I am grateful to you and your staff for the time you gave us during our "
               "visit in May.",
               "Your counter-corruption unit is well led, and its intelligence "
               "assessments are thorough.^[The unit produced 38 intelligence "
               "assessments in 2018.]"]),
        ("bullets", "There are, however, two things I would like you to consider:", [
            "the unit lacks the software it needs to monitor the force's computer "
            "systems;",
            "officers told us they were unsure how to report concerns about a "
            "colleague in confidence."], "small-square"),
        ("p", ["I shall ask my staff to review your progress when we next visit the "
               "force."]),
        ("signoff", ["Yours sincerely,", "Philippa Merriden",
                     "HM Inspector of Constabulary"]),
    ])
