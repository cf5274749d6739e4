"""Shared content and helpers for the probe32 generators (Prince, ironpress, fullbleed).

All three producers are HTML/CSS engines with their own layout and their own PDF writer, so
besides the content this module has one HTML writer (``Html``) that the three generators
share; each generator adds its own stylesheet, page furniture and engine call.

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain strings; a
sentence may carry a footnote as ``^[note text]`` where the call is printed.  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.
Block kinds, helpers and file formats follow probe31's common.py (itself probe30's); the
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
import html
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
# HTML writer shared by the three generators.
# ---------------------------------------------------------------------------------------

def esc(s):
    return html.escape(s, quote=False)


class Html:
    """Turns blocks into an HTML body.

    notes="float": each note is a ``<span class="fn">`` at its call; the engine's CSS
    (``float: footnote``) moves it to the foot of the page and prints the call (Prince,
    ironpress).  notes="manual": the call is ``<sup>n</sup>`` and the notes are printed
    under a short rule at the end of each page part (fullbleed, which has no footnote
    float).  numbered="hanging": a label span inside a hanging paragraph; "table": a
    borderless two-cell table per numbered paragraph.  bullet: the class put on each
    ``<ul>`` (the generator's CSS draws the marker).
    """

    def __init__(self, notes="float", numbered="hanging", bullet="dingbat",
                 back_break=True):
        self.notes_mode, self.numbered, self.bullet = notes, numbered, bullet
        self.back_break = back_break
        self.out, self.pending, self.nfn = [], [], 0

    def text(self, sentences):
        parts = []
        for s in sentences:
            t = ""
            for kind, v in pieces(s):
                if kind == "text":
                    t += esc(v)
                elif self.notes_mode == "float":
                    t += '<span class="fn">%s</span>' % esc(v)
                else:
                    self.nfn += 1
                    self.pending.append((self.nfn, v))
                    t += "<sup>%d</sup>" % self.nfn
            parts.append(" ".join(t.split()))
        return " ".join(parts)

    def flush_notes(self):
        if self.pending:
            self.out.append('<div class="notes">' + "".join(
                '<p><sup>%d</sup> %s</p>' % (n, esc(t)) for n, t in self.pending) + "</div>")
            self.pending = []

    def blocks(self, blocks):
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            self.block(b, nxt)

    def block(self, b, nxt=None):
        k, o = b[0], self.out
        if k in ("kicker", "title", "date"):
            o.append('<p class="%s">%s</p>' % (k, esc(b[1])))
        elif k == "notice":
            o.append('<p class="notice">%s</p>' % esc(NOTICE))
        elif k == "h":
            o.append("<h%d>%s</h%d>" % (b[1], esc(b[2]), b[1]))
        elif k == "p":
            o.append("<p>%s</p>" % self.text(b[1]))
        elif k == "bullets":
            if b[1]:
                o.append('<p class="lead">%s</p>' % self.text([b[1]]))
            o.append('<ul class="%s">' % self.bullet
                     + "".join("<li>%s</li>" % self.text([x]) for x in b[2]) + "</ul>")
        elif k == "numbered":
            if self.numbered == "table":
                o.append('<table class="num">' + "".join(
                    '<tr><td class="lab">%s</td><td class="npt">%s</td></tr>'
                    % (esc(lab), self.text(s)) for lab, s in b[1]) + "</table>")
            else:
                for lab, s in b[1]:
                    o.append('<p class="np"><span class="lab">%s</span>%s</p>'
                             % (esc(lab), self.text(s)))
        elif k == "table":
            o.append('<table class="grades"><thead><tr>'
                     + "".join("<th>%s</th>" % esc(c) for c in b[1]) + "</tr></thead><tbody>"
                     + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>"
                               for r in b[2]) + "</tbody></table>")
        elif k == "box":
            o.append('<div class="box"><p class="boxlabel">%s</p>' % esc(b[1]))
            self.blocks(b[2])
            o.append("</div>")
        elif k == "cols":
            o.append('<div class="cols"><div class="col1">')
            self.blocks(b[1])
            o.append('</div><div class="col2">')
            self.blocks(b[2])
            o.append("</div></div>")
        elif k == "letterhead":
            for i, line in enumerate(b[1]):
                cls = "lhb" if i < len(b[1]) - 1 else "lh"
                o.append('<p class="%s">%s</p>' % (cls, esc(line)))
            o.append('<div class="rule"></div>')
        elif k == "line":
            o.append('<p class="%s">%s</p>' % ("subject" if b[1] == "subject" else "line",
                                              esc(b[2])))
        elif k == "address":
            o.append('<div class="addr">' + "".join('<p class="line">%s</p>' % esc(x)
                                                   for x in b[1]) + "</div>")
        elif k == "signoff":
            o.append('<div class="signoff"><p class="line">%s</p><p class="sig">%s</p>'
                     % (esc(b[1][0]), esc(b[1][1]))
                     + "".join('<p class="line">%s</p>' % esc(x) for x in b[1][2:]) + "</div>")
        elif k == "pagebreak":
            self.flush_notes()
            if not (nxt and nxt[0] == "backcover" and not self.back_break):
                o.append('<div class="pb"></div>')
        elif k == "backcover":
            o.append('<div class="back"><div class="backpanel">'
                     + "".join("<p>%s</p>" % esc(x) for x in b[1]) + "</div></div>")
        else:
            raise ValueError(k)

    def render(self, blocks):
        self.blocks(blocks)
        self.flush_notes()
        return "\n".join(self.out)


def page_count(blocks):
    """Pages the page plan asks for: one more than the page breaks."""
    return 1 + sum(1 for b in blocks if b[0] == "pagebreak")


# ---------------------------------------------------------------------------------------
# Document content.  meta: title (PDF Title), header, footer (running lines or ""), date.
# Bullet markers: "dingbat" (Prince: the URW Dingbats glyph for "n", a filled square drawn
# in a symbol font), "square" (ironpress: a list marker it draws as a filled rectangle),
# "bullet" (fullbleed: a WinAnsi "\u2022" put in front of each item by CSS).  Every force,
# place, person, address and figure below is invented for this probe.
# ---------------------------------------------------------------------------------------

DOCS = {}

# ---- a: Prince 17 (YesLogic; HTML/CSS paged media, its own layout and PDF writer) -------

DOCS["a01_peel_wendlecombe"] = dict(
    meta=dict(title="PEEL 2023-2025: Wendlecombe Constabulary",
              header="PEEL 2023-2025 | Wendlecombe Constabulary",
              footer="HMICFRS | Police effectiveness, efficiency and legitimacy",
              date="2025-02-11"),
    blocks=[
        ("kicker", "Police effectiveness, efficiency and legitimacy (PEEL) 2023-2025"),
        ("title", "Wendlecombe Constabulary: inspection findings"),
        ("date", "February 2025"),
        ("notice",),
        ("h", 1, "Summary of grades"),
        ("table", ["Area of policing", "Grade"], [
            ["Recording data about crime", "Good"],
            ["Treatment of the public", "Adequate"],
            ["Preventing crime", "Outstanding"],
            ["Responding to the public", "Requires improvement"],
            ["Investigating crime", "Inadequate"],
            ["Protecting vulnerable people", "Good"]]),
        ("h", 1, "Preventing crime: outstanding"),
        ("p", ["Wendlecombe Constabulary treats the prevention of harm as the first duty of "
               "every team, not only of its neighbourhood officers.",
               "Its problem-solving hub has trained more than four hundred staff to examine "
               "why an issue keeps recurring before they decide how to tackle it.^[The hub "
               "was set up in 2022 and is staffed by two sergeants and five analysts.]",
               "In the market towns we visited, shopkeepers and parish councillors could name "
               "their local officers and described them as easy to reach."]),
        ("bullets", "Examples of this work included:", [
            "a scheme that fits free window locks for older residents who have been burgled "
            "once;",
            "youth workers who join officers on Friday evening patrols in the harbour "
            "district;",
            "a shared register of empty farm buildings that are at risk of being used to "
            "store stolen goods."], "dingbat"),
        ("pagebreak",),
        ("h", 1, "Investigating crime: inadequate"),
        ("p", ["Too many investigations in Wendlecombe are allocated to officers who lack the "
               "experience or the time to progress them.",
               "In over a third of the files we examined, no meaningful enquiry had been made "
               "for more than a month.^[We reviewed 96 investigation files from across the "
               "force's three districts.]",
               "Victims were seldom told why their case had stalled, and some learned that it "
               "had been closed only when they rang to ask."]),
        ("box", "Cause of concern", [
            ("p", ["The force is not investigating crime to a consistent standard, and victims "
                   "are being let down as a result.",
                   "Within six months, it should make sure that each investigation is given to "
                   "someone with the skills and capacity to carry it out."])]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should improve the way supervisors review investigations, so that "
               "gaps are spotted and closed quickly."]),
    ])

DOCS["a02_thematic_corrimoor"] = dict(
    meta=dict(title="Stalking and harassment: Corrimoor Police",
              header="Stalking and harassment | Corrimoor Police",
              footer="HMICFRS thematic inspection 2024", date="2024-06-19"),
    blocks=[
        ("kicker", "A thematic inspection of the police response to stalking"),
        ("title", "Seen but not heard: stalking in Corrimoor"),
        ("date", "June 2024"),
        ("notice",),
        ("h", 1, "Introduction"),
        ("cols", [
            ("p", ["Corrimoor Police serves a mix of coastal resorts and quiet inland "
                   "villages.",
                   "Reports of stalking to the force have almost doubled over the last three "
                   "years."]),
        ], [
            ("p", ["We spoke to nineteen victims, most of whom had been followed or watched "
                   "for many months before they came forward.",
                   "Several told us they had worried that the police would think them "
                   "foolish."]),
        ]),
        ("h", 1, "What we found"),
        ("numbered", [
            ("2.1", ["Call handlers usually identified stalking correctly when a caller "
                     "described a pattern of unwanted contact.",
                     "Officers who attended afterwards were less confident, and some recorded "
                     "the behaviour as a single act of harassment."]),
            ("2.2", ["Only a handful of stalking protection orders had been sought by the "
                     "force.^[Corrimoor Police applied for four such orders in the year to "
                     "March 2024.]"]),
            ("2.3", ["The force should make sure that officers consider a protection order in "
                     "every case where the risk to the victim is high."]),
        ]),
        ("box", "In the victim's words", [
            ("p", ["One woman said that the officer who finally listened to her had given her "
                   "back the ability to sleep at night."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) HMICFRS 2024 (synthetic fixture)",
            "This test document may be copied and reused under the terms of the Open "
            "Government Licence v3.0.",
            "Any third-party content remains the property of its owner and needs that "
            "owner's consent before reuse.",
            "Questions about this fixture: probe32-fixtures@example.org",
            "www.example.org/probe32/corrimoor"]),
    ])

DOCS["a03_letter_fallowmere"] = dict(
    meta=dict(title="Letter to the Chief Constable of Fallowmere Police",
              header="", footer="HMICFRS | Fallowmere Police | Engage review",
              date="2023-11-08"),
    blocks=[
        ("letterhead", ["His Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Beacon Court, 9 Weaver's Walk, Thornhallow TH4 7ZZ"]),
        ("line", "date", "8 November 2023"),
        ("address", ["Chief Constable Cordelia Penhallow", "Fallowmere Police",
                     "Police Headquarters, Mill Lane", "Fallowmere FM3 2XX"]),
        ("notice",),
        ("line", "salutation", "Dear Chief Constable,"),
        ("line", "subject", "Enhanced monitoring: our review of October 2023"),
        ("p", ["Thank you for receiving my team so openly during our review last month.",
               "I am pleased to tell you that the force has addressed the cause of concern "
               "about its control room, and that it will now leave the Engage "
               "process.^[The cause of concern was raised in our report of January 2022.]"]),
        ("bullets", "Before our next inspection, I would ask you to keep a close watch on two "
                    "matters:", [
            "the time taken to call back members of the public who report non-urgent crimes "
            "online;",
            "the number of control room posts that are filled by staff still in training."],
         "dingbat"),
        ("p", ["I will write again once we have agreed the date of that inspection."]),
        ("signoff", ["Yours sincerely,", "Ambrose Kettleby",
                     "His Majesty's Inspector of Constabulary"]),
    ])

# ---- i: ironpress 1.7.0 (Rust HTML/CSS engine with its own layout and PDF writer) ---------

DOCS["i01_peel_brindlecote"] = dict(
    meta=dict(title="PEEL 2018/19: Brindlecote Constabulary",
              header="PEEL 2018/19 | Brindlecote Constabulary",
              footer="HMICFRS | PEEL assessment", date="2019-05-02"),
    blocks=[
        ("title", "PEEL assessment 2018/19"),
        ("kicker", "An inspection of Brindlecote Constabulary"),
        ("date", "May 2019"),
        ("notice",),
        ("h", 1, "Our judgements"),
        ("table", ["Pillar or question", "Judgement"], [
            ["Effectiveness", "Requires improvement"],
            ["Efficiency", "Good"],
            ["Legitimacy", "Good"],
            ["Protecting vulnerable people", "Inadequate"],
            ["Tackling serious and organised crime", "Good"]]),
        ("h", 1, "Efficiency: good"),
        ("p", ["Brindlecote Constabulary has a sound grasp of the demand it faces now and of "
               "how that demand is likely to change.",
               "It has moved officers from back-office roles into its busiest response teams "
               "without weakening its investigative capacity.^[Forty-one posts were moved "
               "between April 2017 and March 2019.]",
               "The force's financial plans are realistic and have been tested against several "
               "less favourable funding settlements."]),
        ("bullets", "We were impressed by the force's:", [
            "use of shift patterns that match the hours when calls are most frequent;",
            "joint fleet contract with the county's fire and rescue service;",
            "clear timetable for replacing its ageing crime recording system."], "square"),
        ("pagebreak",),
        ("h", 1, "Protecting vulnerable people: inadequate"),
        ("p", ["The force has not kept pace with the number of missing children reported to "
               "it.",
               "Officers sent to look for a missing child often had no access to what was "
               "known about earlier episodes.^[In 14 of the 30 missing episodes we reviewed, "
               "previous records were not checked.]",
               "We also found that return home interviews were frequently late, so the "
               "reasons a child had gone missing went unexplored."]),
        ("box", "Cause of concern", [
            ("p", ["Brindlecote Constabulary does not do enough to protect children who "
                   "repeatedly go missing.",
                   "It should work with the local authority to agree, within three months, how "
                   "information about each missing child will be gathered and shared."])]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should check that supervisors review every high-risk missing person "
               "report within an hour of it being made."]),
    ])

DOCS["i02_custody_skelderby"] = dict(
    meta=dict(title="Police custody: Skelderby Police",
              header="Custody suite inspection | Skelderby Police",
              footer="HMICFRS with HM Inspectorate of Prisons", date="2022-08-24"),
    blocks=[
        ("kicker", "Report on an unannounced inspection of police custody"),
        ("title", "Skelderby Police custody suites"),
        ("date", "August 2022"),
        ("notice",),
        ("h", 1, "Summary"),
        ("cols", [
            ("p", ["Skelderby Police runs two custody suites, one in the city centre and one "
                   "beside the ring road.",
                   "Between them they held just over eleven thousand detainees last year."]),
        ], [
            ("p", ["We visited both suites by day and by night over a single week.",
                   "We also read the records of sixty detainees chosen at random."]),
        ]),
        ("h", 1, "Treatment and conditions"),
        ("numbered", [
            ("4.1", ["Custody staff spoke to detainees calmly and explained their rights in "
                     "plain terms.",
                     "Cells in the older suite were dirty, and several had graffiti that nobody "
                     "had removed."]),
            ("4.2", ["The force could not show us how long children had been held before they "
                     "were moved to local authority accommodation.^[The force's custody system "
                     "did not record this information in a usable form.]"]),
            ("4.3", ["Detainees who asked to see a health professional were normally seen "
                     "within an hour."]),
        ]),
        ("box", "Good practice", [
            ("p", ["Every detainee was offered a leaflet in simple English and a short film "
                   "explaining what would happen to them in custody."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) HMICFRS 2022 (synthetic fixture)",
            "Published for testing only under the Open Government Licence v3.0.",
            "Please write to the probe32 fixtures desk, 3 Ropewalk Yard, Skelderby SK2 0ZZ.",
            "www.example.org/probe32/skelderby"]),
    ])

DOCS["i03_letter_wraxholme"] = dict(
    meta=dict(title="Letter to the Police and Crime Commissioner for Wraxholme",
              header="", footer="HMICFRS | Wraxholme | fraud revisit", date="2021-03-15"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Fernlea House, 22 Chandler Street, Oakenbridge OB7 1ZZ"]),
        ("line", "date", "15 March 2021"),
        ("address", ["Leopold Marchbanks", "Police and Crime Commissioner for Wraxholme",
                     "Office of the Commissioner, Castle Yard", "Wraxholme WX5 4XX"]),
        ("notice",),
        ("line", "salutation", "Dear Mr Marchbanks,"),
        ("line", "subject", "Revisit: the force's response to fraud"),
        ("p", ["I am writing to let you know the outcome of our return visit to Wraxholme "
               "Police in February.",
               "The force has made good progress since our first inspection and now has a "
               "clear plan for helping the victims of fraud.^[Our first inspection took place "
               "in the autumn of 2019.]"]),
        ("bullets", "Our revisit showed that the force had:", [
            "appointed a detective inspector to lead its work on fraud;",
            "begun to contact every vulnerable victim within two working days."], "square"),
        ("p", ["I have copied this letter to the chief constable."]),
        ("signoff", ["Yours sincerely,", "Winifred Stavely", "HM Inspector of Constabulary"]),
    ])

# ---- b: fullbleed 2.5.39 (Rust HTML/CSS engine; standard 14 fonts by default) -------------

DOCS["b01_peel_cresswold"] = dict(
    meta=dict(title="PEEL 2021/22: Cresswold Constabulary",
              header="PEEL 2021/22 | Cresswold Constabulary",
              footer="HMICFRS - PEEL 2021/22", date="2022-04-07"),
    blocks=[
        ("kicker", "Police effectiveness, efficiency and legitimacy 2021/22"),
        ("title", "Cresswold Constabulary"),
        ("date", "April 2022"),
        ("notice",),
        ("h", 1, "Grades at a glance"),
        ("table", ["Area", "Grade"], [
            ["Engaging with the public fairly", "Good"],
            ["Preventing crime", "Requires improvement"],
            ["Responding to the public", "Good"],
            ["Investigating crime", "Adequate"],
            ["Protecting vulnerable people", "Adequate"],
            ["Managing offenders", "Inadequate"]]),
        ("h", 1, "Responding to the public: good"),
        ("p", ["Cresswold Constabulary answers the great majority of its emergency calls "
               "promptly and assesses the risk to callers with care.",
               "Its control room uses a structured set of questions that helps call handlers "
               "spot repeat victims and people in crisis.^[The force introduced this question "
               "set in June 2021.]",
               "When demand rises sharply, a duty inspector can move officers between "
               "districts within minutes."]),
        ("bullets", "During our inspection, we saw call handlers:", [
            "stay on the line with a frightened caller until officers arrived;",
            "arrange a welfare visit for an elderly man who had called several times in one "
            "night;",
            "pass useful details about a suspect's car to patrols while the call was still in "
            "progress."], "bullet"),
        ("pagebreak",),
        ("h", 1, "Managing offenders: inadequate"),
        ("p", ["The force is not managing the risk posed by registered sex offenders well "
               "enough.",
               "Many of the visits that officers should have made to these offenders were "
               "overdue, some by several months.^[At the time of our inspection, 118 visits "
               "were overdue.]",
               "Risk assessments were often copied from one year to the next without being "
               "brought up to date."]),
        ("box", "Cause of concern", [
            ("p", ["Cresswold Constabulary cannot be confident that it knows the risk that "
                   "each registered sex offender poses.",
                   "It should clear the backlog of overdue visits and review the quality of its "
                   "risk assessments without delay."])]),
        ("h", 2, "Area for improvement"),
        ("p", ["The force should give its offender managers enough time and training to carry "
               "out their work properly."]),
    ])

DOCS["b02_thematic_ottermarsh"] = dict(
    meta=dict(title="Hate crime: Ottermarsh Police",
              header="Hate crime | Ottermarsh Police",
              footer="HMICFRS thematic review 2023", date="2023-09-28"),
    blocks=[
        ("kicker", "A review of how police forces deal with hate crime"),
        ("title", "Listening to communities: hate crime in Ottermarsh"),
        ("date", "September 2023"),
        ("notice",),
        ("h", 1, "Context"),
        ("cols", [
            ("p", ["Ottermarsh is a university city with a fast-growing and diverse "
                   "population.",
                   "Most hate crimes reported to the force involve abuse in the street or on "
                   "public transport."]),
        ], [
            ("p", ["We interviewed officers, community leaders and victim support workers.",
                   "We also examined forty recorded hate crimes from the previous six "
                   "months."]),
        ]),
        ("h", 1, "Findings"),
        ("numbered", [
            ("5.1", ["Officers nearly always flagged hate crimes correctly on the crime "
                     "recording system.",
                     "However, few victims were offered the enhanced support to which they "
                     "were entitled."]),
            ("5.2", ["Community leaders told us that the force's independent advisory group "
                     "had not met for over a year.^[The force said the group would meet again "
                     "in October 2023.]"]),
            ("5.3", ["The force should restore regular contact with the advisory group and act "
                     "on its advice."]),
        ]),
        ("box", "Promising practice", [
            ("p", ["A bus company and the force have trained drivers to record and report "
                   "abuse against passengers."])]),
        ("pagebreak",),
        ("backcover", [
            "(c) HMICFRS 2023 - synthetic test document",
            "Free to reuse for testing under the Open Government Licence v3.0.",
            "Third-party material is not covered and needs its owner's permission.",
            "Enquiries: probe32-fixtures@example.org",
            "www.example.org/probe32/ottermarsh"]),
    ])

DOCS["b03_letter_kinvarrow"] = dict(
    meta=dict(title="Letter to the Chief Constable of Kinvarrow Constabulary",
              header="", footer="HMICFRS | Kinvarrow Constabulary", date="2020-10-12"),
    blocks=[
        ("letterhead", ["Her Majesty's Inspectorate of Constabulary",
                        "and Fire & Rescue Services",
                        "Lockkeeper's House, 5 Canal Side, Haverleigh HV1 6ZZ"]),
        ("line", "date", "12 October 2020"),
        ("address", ["Chief Constable Cassius Orrell", "Kinvarrow Constabulary",
                     "Headquarters, Station Approach", "Kinvarrow KV9 3XX"]),
        ("notice",),
        ("line", "salutation", "Dear Cassius,"),
        ("line", "subject", "Policing during the pandemic: our visit in September"),
        ("p", ["Thank you for arranging our visit to Kinvarrow at a time of such pressure on "
               "the force.",
               "Your officers have enforced the emergency health regulations with sense and "
               "restraint.^[The force issued 212 fixed penalty notices under the regulations "
               "between March and August 2020.]"]),
        ("bullets", "I would, however, ask you to look again at:", [
            "how long detainees waited for a remote interview with a solicitor;",
            "the support offered to staff who have been shielding at home."], "bullet"),
        ("p", ["My team will be glad to discuss these points with your chief officers."]),
        ("signoff", ["Yours sincerely,", "Tabitha Quarrendon", "HM Inspector of Constabulary"]),
    ])
