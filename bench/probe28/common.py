"""Shared content and helpers for the probe28 generators (@react-pdf/renderer, coherentpdf
(camlpdf) and Ruby Origami).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
Block kinds and file formats follow probe27's (and so probe26's) common.py.

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
# Document content.  meta: title (PDF Title), header, footer (running lines or ""), date
# (ISO, for PDF dates).
# ---------------------------------------------------------------------------------------

DOCS = {}

# ---- r: @react-pdf/renderer (npm) ---------------------------------------------------------

DOCS["r01_peel_wendlecross"] = dict(
    meta=dict(title="PEEL 2021/22: Wendlecross Constabulary",
              header="PEEL 2021/22 – Wendlecross Constabulary",
              footer="HMICFRS – police effectiveness, efficiency and legitimacy",
              date="2022-06-09"),
    blocks=[
        ("kicker", "PEEL 2021/22: Police effectiveness, efficiency and legitimacy"),
        ("title", "An inspection of Wendlecross Constabulary"),
        ("date", "June 2022"),
        ("notice",),
        ("h", 1, "Our judgements"),
        ("table", ["Area of policing", "Grade"], [
            ["Engaging with and treating the public fairly", "Good"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Requires improvement"],
            ["Investigating crime", "Adequate"],
            ["Protecting vulnerable people", "Adequate"],
            ["Good use of resources", "Inadequate"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Wendlecross Constabulary treats prevention as the business of every team, "
               "not only of its neighbourhood officers.",
               "Analysts map repeat locations each fortnight, and local inspectors are "
               "expected to show what they have done about the worst ten.^[The force "
               "calls this list the hotspot register; it is refreshed every second "
               "Monday.]"]),
        ("bullets", "Residents and partners described several pieces of work that had made "
                    "a difference:", [
            "mobile patrols near the ring road car parks after dark;",
            "a youth outreach worker who shares an office with the beat team in "
            "Stannerby;",
            "letters to landlords whose tenants had been warned about noise."], "bullet"),
        ("h", 1, "Responding to the public: requires improvement"),
        ("p", ["Too many emergency calls in Wendlecross are not answered within ten "
               "seconds.",
               "During our fieldwork, the control room had fourteen vacant call handler "
               "posts, and overtime was filling most of the gaps.^[Figures supplied by the "
               "force for the quarter ending March 2022.]",
               "Callers who rang the non-emergency number often abandoned the call before "
               "it was picked up."]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should make sure that it has enough trained staff in the control "
               "room to answer calls promptly at busy times."]),
        ("pagebreak",),
        ("h", 1, "Good use of resources: inadequate"),
        ("p", ["The force does not have a sound plan to balance its budget beyond next "
               "year.",
               "Its savings targets depend on selling two buildings that have not yet "
               "found buyers, and leaders could not explain what would happen if the "
               "sales fell through."]),
        ("box", "Cause of concern", [
            ("p", ["The force lacks a credible medium-term financial plan.",
                   "Within three months, it should produce one that sets out realistic "
                   "savings and the risks to services."])]),
        ("p", ["We will revisit the force in the autumn to review its progress."]),
    ])

DOCS["r02_thematic_elvermouth"] = dict(
    meta=dict(title="Neighbourhood policing in Elvermouth",
              header="Neighbourhood policing – Elvermouth Police",
              footer="HMICFRS thematic inspection 2023", date="2023-03-28"),
    blocks=[
        ("kicker", "Thematic inspection of neighbourhood policing"),
        ("title", "Known and trusted? Neighbourhood policing in Elvermouth Police"),
        ("date", "March 2023"),
        ("notice",),
        ("h", 1, "At a glance"),
        ("cols", [
            ("p", ["Elvermouth Police serves a port city and a ring of market towns.",
                   "Its neighbourhood teams were cut by a third between 2015 and 2019 "
                   "and are only now being rebuilt."]),
        ], [
            ("p", ["Most people we surveyed did not know the name of their local officer.",
                   "Those who did were far more likely to say they trusted the police."]),
        ]),
        ("h", 1, "1. Abstraction from neighbourhood duties"),
        ("numbered", [
            ("1.1", ["Neighbourhood officers in the city are moved to response work on "
                     "almost half of their shifts.",
                     "Inspectors told us that they had stopped planning long-term "
                     "problem-solving work because they could not rely on having the "
                     "staff.^[Duty records for six city teams, November 2022 to January "
                     "2023.]"]),
            ("1.2", ["In the market towns, abstraction is much lower, and the teams there "
                     "have built good links with parish councils."]),
            ("1.3", ["The force should record every abstraction and review the figures "
                     "at its monthly performance meeting."])]),
        ("box", "What one parish clerk said", [
            ("p", ["Our sergeant comes to every meeting and tells us plainly what the "
                   "team can and cannot do.",
                   "That honesty matters more to people here than a promise of extra "
                   "patrols."])]),
        ("h", 1, "2. Problem solving"),
        ("p", ["The force has trained about two hundred officers in a structured "
               "problem-solving method.",
               "However, few of the plans we read had been evaluated, so the force "
               "cannot tell which approaches work best."]),
        ("pagebreak",),
        ("backcover", [
            "© HMICFRS 2023",
            "You may re-use this document free of charge under the terms of the Open "
            "Government Licence.",
            "Where we have identified any third-party material, you will need permission "
            "from the owner.",
            "Contact us: HMICFRS, Pelham Yard, 40 Sorrel Street, Dunwick DW1 7QA",
            "www.example.org/hmicfrs-probe28"]),
    ])

DOCS["r03_letter_skelbury"] = dict(
    meta=dict(title="Letter to the Chief Constable of Skelbury Police", header="",
              footer="Skelbury Police – digital evidence revisit", date="2021-11-15"),
    blocks=[
        ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                        "Pelham Yard, 40 Sorrel Street, Dunwick DW1 7QA",
                        "Telephone: 0300 000 0000"]),
        ("line", "date", "15 November 2021"),
        ("address", ["Chief Constable Rowena Hartigan", "Skelbury Police",
                     "Force Headquarters", "Mill Causeway", "Skelbury SK9 3LT"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Digital forensic backlogs: findings from our revisit"),
        ("p", ["Thank you for the help your staff gave us when we returned to Skelbury in "
               "October.",
               "This letter summarises what we found and what I expect to happen next."]),
        ("p", ["When we last inspected, more than nine hundred phones and computers were "
               "waiting to be examined.",
               "That figure has fallen to just over four hundred, largely because the "
               "force now screens devices at the point of seizure.^[Backlog figures were "
               "taken from the digital forensic unit's tracker on 4 October 2021.]"]),
        ("bullets", "Two matters still concern me:", [
            "devices linked to child abuse cases can still wait several months for a full "
            "examination;",
            "officers are not always told when an examination has been finished."],
         "bullet"),
        ("p", ["I would be grateful for a written update on both points by the end of "
               "February.",
               "A copy of this letter goes to the police, fire and crime commissioner."]),
        ("signoff", ["Yours sincerely,", "Cuthbert Ellingham",
                     "HM Inspector of Constabulary"]),
    ])

# ---- c: coherentpdf 2.5.5 (npm; camlpdf compiled to JavaScript) ----------------------------

DOCS["c01_peel_harrowfold"] = dict(
    meta=dict(title="PEEL: Police effectiveness 2016 - Harrowfold Police",
              header="PEEL: Police effectiveness 2016 | Harrowfold Police",
              footer="HMIC | November 2016", date="2016-11-17"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness 2016"),
        ("title", "An inspection of Harrowfold Police"),
        ("date", "November 2016"),
        ("notice",),
        ("h", 1, "Overall judgement"),
        ("table", ["Question", "Grade"], [
            ["Preventing crime and tackling anti-social behaviour", "Good"],
            ["Investigating crime and reducing re-offending", "Requires improvement"],
            ["Protecting vulnerable people and supporting victims", "Requires improvement"],
            ["Tackling serious and organised crime", "Good"],
            ["Specialist capabilities", "Ungraded"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["HMIC found that Harrowfold Police understands the threats facing its "
               "communities and uses that understanding to set clear local priorities.",
               "Each of its eleven neighbourhood areas has a written profile that is "
               "updated every quarter.^[Profiles combine crime data with information from "
               "the fire service, the councils and housing providers.]"]),
        ("bullets", "The force makes good use of its partners, for instance:", [
            "a shared database of anti-social behaviour cases with the two district "
            "councils;",
            "regular visits with fire officers to elderly people living alone;",
            "a café in Lowther Green where young people can talk to officers informally."],
         "bullet"),
        ("h", 1, "Investigating crime: requires improvement"),
        ("p", ["The quality of investigations is inconsistent.",
               "In a third of the files we reviewed, there was no clear plan, and "
               "evidence such as house-to-house enquiries had not been gathered "
               "promptly.^[HMIC reviewed 60 files for burglary, assault and harassment "
               "offences.]",
               "Supervisors seldom recorded any review of the work being done."]),
        ("h", 2, "Areas for improvement"),
        ("bullets", None, [
            "The force should ensure that every investigation has a plan that is reviewed "
            "by a supervisor.",
            "The force should improve how it gathers evidence in the first hours after a "
            "crime is reported."], "dash"),
        ("pagebreak",),
        ("h", 1, "Protecting vulnerable people: requires improvement"),
        ("p", ["Call handlers identify vulnerable callers well, and officers attend "
               "urgent cases quickly.",
               "But the force takes too long to complete risk assessments for victims of "
               "domestic abuse, and some high-risk cases waited several days before a "
               "specialist reviewed them."]),
        ("box", "Cause of concern", [
            ("p", ["The force is not assessing the risk to domestic abuse victims quickly "
                   "enough.",
                   "HMIC recommends that within three months the force should clear the "
                   "backlog and set a target time for reviews."])]),
    ])

DOCS["c02_custody_marrowdene"] = dict(
    meta=dict(title="Police custody in Marrowdene Constabulary",
              header="Unannounced inspection of police custody | Marrowdene",
              footer="Joint inspection by HMICFRS and HMI Prisons", date="2019-09-05"),
    blocks=[
        ("kicker", "Report on an unannounced inspection visit to police custody suites"),
        ("title", "Marrowdene Constabulary"),
        ("date", "September 2019"),
        ("notice",),
        ("h", 1, "1. Strategy and governance"),
        ("numbered", [
            ("1.1", ["An assistant chief constable holds the lead for custody and chairs a "
                     "quarterly board with health partners.",
                     "The board receives data on detentions, but it seldom asks questions "
                     "about the treatment of children."]),
            ("1.2", ["Custody staff were experienced and spoke warmly about their "
                     "training.",
                     "Refresher courses on first aid had lapsed for about a fifth of "
                     "detention officers."]),
            ("1.3", ["The force should ensure that all custody staff complete refresher "
                     "training in first aid on time."])]),
        ("h", 1, "2. The suites"),
        ("cols", [
            ("p", ["The suite at Brenlow Cross opened in 2017 and has twenty-four cells.",
                   "It was clean and calm when we arrived late on a Friday evening."]),
        ], [
            ("p", ["The older suite at Tidewick has poor sight lines from the desk.",
                   "Staff could not see detainees waiting in the holding room."]),
        ]),
        ("box", "Good practice", [
            ("p", ["Detainees at Brenlow Cross are given a printed guide in plain language "
                   "that explains their rights and what will happen next.",
                   "Several detainees told us they found it reassuring."])]),
        ("h", 1, "3. Release and transfer"),
        ("numbered", [
            ("3.1", ["Staff planned releases carefully and checked that vulnerable "
                     "detainees had somewhere safe to go.",
                     "However, too many detainees who were due in court waited in cells "
                     "well after the escort vans should have arrived."])]),
    ])

DOCS["c03_letter_tollcastle"] = dict(
    meta=dict(title="Letter to the Chief Constable of Tollcastle Police", header="",
              footer="Tollcastle Police | call handling letter", date="2024-02-20"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary and Fire & Rescue "
                        "Services", "Aldgrave House, 7 Fettle Lane, Dunwick DW4 2NB"]),
        ("line", "date", "20 February 2024"),
        ("address", ["Chief Constable Desmond Oyelaran-Hythe", "Tollcastle Police",
                     "Headquarters", "Barrowgate", "Tollcastle TC1 5XE"]),
        ("notice",),
        ("line", "salutation", "Dear Desmond,"),
        ("line", "subject", "Crime recording in the Tollcastle control room"),
        ("p", ["I am writing after our visit to your control room in January, which "
               "formed part of our national work on crime recording.",
               "I want to set out what we saw while it is fresh."]),
        ("p", ["Call handlers were courteous and asked sensible questions about the risk "
               "to each caller.",
               "Yet when callers described a crime, it was not always recorded, "
               "particularly where the caller also reported a concern for someone's "
               "welfare.^[We listened to 85 recorded calls taken between 8 and 14 "
               "January 2024.]"]),
        ("bullets", "I would ask you to consider:", [
            "a short briefing for call handlers on when a crime must be recorded;",
            "a weekly sample of calls checked by the force crime registrar."], "bullet"),
        ("p", ["My team will return in the summer to see what progress has been made."]),
        ("signoff", ["Yours sincerely,", "Imogen Thackwray",
                     "HM Inspector of Constabulary"]),
    ])

# ---- o: Ruby Origami 2.1.0 (Debian ruby-origami) -----------------------------------------

DOCS["o01_peel_corringmoor"] = dict(
    meta=dict(title="PEEL 2018/19: Corringmoor Police",
              header="PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
              footer="Corringmoor Police", date="2019-04-30"),
    blocks=[
        ("kicker", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
        ("title", "Corringmoor Police"),
        ("date", "April 2019"),
        ("notice",),
        ("h", 1, "Force in context"),
        ("table", ["Pillar", "2017", "2018/19"], [
            ["Effectiveness", "Good", "Good"],
            ["Efficiency", "Requires improvement", "Good"],
            ["Legitimacy", "Good", "Good"],
            ["Leadership", "Ungraded", "Ungraded"]]),
        ("h", 1, "Preventing crime: good"),
        ("p", ["Corringmoor Police has a clear focus on stopping crime before it happens.",
               "Its problem-solving plans are practical and are shared with partner "
               "agencies at a monthly meeting in each district.^[The meeting is known "
               "locally as the district tasking group.]"]),
        ("bullets", "We saw strong examples of this work:", [
            "targeted patrols that reduced thefts from boats in the marina;",
            "a joint scheme with the council to close off an alleyway used for drug "
            "dealing;",
            "support for older people who had been deceived by doorstep traders."],
         "symbol"),
        ("h", 1, "Treating the workforce fairly: requires improvement"),
        ("p", ["Staff told us that promotion decisions were not always explained to "
               "them.",
               "The force has not analysed whether its selection processes treat "
               "applicants from different backgrounds equally.^[The force's own staff "
               "survey in 2018 raised the same point.]"]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should monitor its promotion processes and explain its "
               "decisions to unsuccessful candidates."]),
        ("box", "Innovative practice", [
            ("p", ["The force has trained a network of wellbeing volunteers who check "
                   "on colleagues after traumatic incidents.",
                   "Officers spoke highly of the support they had received."])]),
    ])

DOCS["o02_abuse_lydgrave"] = dict(
    meta=dict(title="Lydgrave Constabulary's approach to tackling domestic abuse",
              header="Lydgrave Constabulary's approach to tackling domestic abuse",
              footer="HMIC 2014", date="2014-03-27"),
    blocks=[
        ("kicker", "HMIC inspection of domestic abuse"),
        ("title", "Lydgrave Constabulary's approach to tackling domestic abuse"),
        ("date", "March 2014"),
        ("notice",),
        ("h", 1, "Identifying victims"),
        ("numbered", [
            ("1", ["Call takers in Lydgrave use a short set of questions to find out "
                   "whether a caller has been harmed before.",
                   "This helps them to spot repeat victims, even when the caller does not "
                   "mention earlier incidents."]),
            ("2", ["Officers attending incidents did not always record the views of "
                   "children in the household.^[HMIC examined 40 incident records from "
                   "the month before the inspection.]"])]),
        ("h", 1, "Keeping victims safe"),
        ("cols", [
            ("p", ["Specialist officers visit every high-risk victim within a day.",
                   "Victims we spoke to said these officers listened carefully."]),
        ], [
            ("p", ["Medium-risk victims receive far less attention.",
                   "Some were not contacted again after the first visit."]),
        ]),
        ("box", "A victim's view", [
            ("p", ["One woman told us that the officer who took her statement checked on "
                   "her every week until the trial.",
                   "She said this gave her the confidence to give evidence."])]),
        ("h", 1, "Recommendations"),
        ("numbered", [
            ("3", ["Within three months, the force should ensure that medium-risk victims "
                   "are offered support from a named officer."]),
            ("4", ["The force should train attending officers to record what children in "
                   "the household have seen and said."])]),
        ("pagebreak",),
        ("backcover", [
            "© HMIC 2014",
            "This publication is available under the terms of the Open Government "
            "Licence.",
            "To ask for a copy in another format, please write to the address below.",
            "HMIC, Quillon Chambers, 2 Thatcher's Row, Dunwick DW3 8HS",
            "www.example.org/hmic-probe28"]),
    ])

DOCS["o03_letter_pennistock"] = dict(
    meta=dict(title="Letter to the Police and Crime Commissioner for Pennistock",
              header="", footer="Pennistock: firearms licensing", date="2018-07-12"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary and Fire & Rescue "
                        "Services", "Quillon Chambers, 2 Thatcher's Row, Dunwick DW3 8HS",
                        "Email: probe28-letters@example.org"]),
        ("line", "date", "12 July 2018"),
        ("address", ["Mr Aurelio Fenwright", "Police and Crime Commissioner for "
                     "Pennistock", "Shirehall Chambers", "Pennistock PK2 6DU"]),
        ("notice",),
        ("line", "salutation", "Dear Mr Fenwright,"),
        ("line", "subject", "Firearms licensing in Pennistock Police"),
        ("p", ["You asked me to let you know the outcome of our recent visit to the "
               "force's firearms licensing team.",
               "I am glad to do so before our report is published."]),
        ("p", ["The team has reduced the time taken to renew a certificate from five "
               "months to about seven weeks.",
               "Even so, we found that home visits were sometimes carried out by staff "
               "who had not been trained to assess the risk to partners and children."]),
        ("bullets", "The chief constable has agreed to:", [
            "train every field enquiry officer before the end of the year;",
            "ask the domestic abuse unit to check each new application against its "
            "records."], "symbol"),
        ("p", ["I will write to you again when we have seen the results."]),
        ("signoff", ["Yours sincerely,", "Wilhelmina Strachan-Pole",
                     "HM Inspector of Constabulary"]),
    ])
