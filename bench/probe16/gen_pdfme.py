"""probe16 producer e: pdfme 0.4.12 (PyPI), a pure-Python writer that lays documents out from a
JSON-like description (sections, running sections, paragraphs, lists, tables, multi-column
content boxes and footnotes), driven from Python 3.11.

pdfme 0.4.12 is the last release that runs on Python 3.11 (0.5.0 needs 3.12).  Its TrueType
support is unfinished (it writes one-byte strings to an Identity-H font), so these documents use
the standard 14 fonts it ships metrics for, which it declares with /WinAnsiEncoding; text is
passed to it transcoded to cp1252 (curly quotes, dashes and the bullet at 0x91-0x97), as a
program using it has to.  Symbol and ZapfDingbats are declared with /WinAnsiEncoding too (a
pdfme quirk kept as it is).  Justified lines use Tw; paragraphs are never hyphenated.

  e01  PEEL 2021/22 report: cover (band drawn into the content stream), contents page with dot
       leaders, running header and footer with page numbers, five-column grade table, judgement
       headings, numbered paragraphs (pdfme list_text), "•" bullets, footnotes (pdfme puts the
       calls as raised numbers and the notes at the page foot), an "Area for improvement" box and
       a "Cause of concern" box (one-cell tables, the second holding a list), back cover.
  e02  custody inspection: title band, intro, two justified columns of Times-Roman with
       Helvetica-Bold headings (a pdfme content box with cols), ZapfDingbats bullets declared
       WinAnsi, footnotes, then a full-width ruled table with prose cells and a closing paragraph.
  e03  stalking and harassment thematic: a two-column "Key findings" box, section-numbered
       paragraphs (2.1, 2.2, ...), a bar chart drawn into the page with labels placed by
       pdf.text, "–" bullets, numbered recommendations, footnotes.

Usage: python3 gen_pdfme.py
"""
import hashlib
import os

from common import NOTICE, PDF_DIR, Gold, pieces
from pdfme.document import PDFDocument


def w(s):
    """Text as pdfme's standard fonts need it: cp1252 bytes seen as Latin-1 characters."""
    return s.encode("cp1252").decode("latin-1")


NAVY = [0.09, 0.18, 0.35]
PURPLE = [0.33, 0.16, 0.42]
GREY = [0.35, 0.35, 0.35]
WHITE = [1, 1, 1]


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)

    def runs(self, sents):
        out = []
        for i, s in enumerate(sents):
            if i:
                out.append(" ")
            for kind, text in pieces(s):
                out.append({"footnote": w(text)} if kind == "fn" else w(text))
        return out

    def p(self, *sents, style=None, label=None):
        self.gold.add(*sents)
        el = {".": self.runs(sents)}
        if label:
            el["."][0] = {".": el["."][0], "label": label}
        if style:
            el["style"] = style
        return el

    def num(self, n, *sents, indent=22):
        return self.p(*sents, style={"list_text": f"{n}.", "list_indent": indent})

    def bullets(self, items, mark="\x95", indent=12, left=14, style=None, list_style=None):
        out = []
        for it in items:
            st = {"list_text": mark, "list_indent": indent, "margin_left": left,
                  "margin_bottom": 3}
            if list_style:
                st["list_style"] = list_style
            if style:
                st.update(style)
            out.append(self.p(it, style=st))
        return out


def head(text, size=13, color=NAVY, top=8, font=None):
    st = {"b": 1, "s": size, "c": color, "margin_top": top, "margin_bottom": 5,
          "text_align": "l"}
    if font:
        st["f"] = font
    return {".": w(text), "style": st}


def box(title, body, fill, rule):
    """A one-cell table with a coloured fill: title (not gold) and body elements, kept on one
    page."""
    cell = {"style": {"cell_fill": fill, "cell_margin": 8},
            "content": [{".": w(title), "style": {"b": 1, "c": rule, "margin_bottom": 4}},
                        *body]}
    # kept on one page as a pdfme "group": a table row that does not fit is otherwise drawn in
    # part on one page and then again in full on the next
    return {"group": [{"table": [[cell]], "widths": [1], "style": {"border_width": 0},
                       "borders": [{"pos": "v0;:", "width": 4, "color": rule}]}]}


def fill_first(page, ops):
    """Put raw drawing operators at the start of a page's content stream (under the text)."""
    stream = page.stream["__stream__"]
    items = list(stream.items())
    stream.clear()
    stream[-1] = ops.encode("latin-1")
    for k, v in items:
        stream[k] = v


def fixed_id(pdf, name):
    """pdfme makes the trailer /ID from uuid4; give it one derived from the name instead, so
    that rebuilds are byte-identical."""
    h = hashlib.md5(name.encode()).hexdigest().encode()
    pdf.base.trailer["ID"] = [b"<" + h + b">", b"<" + h + b">"]


def build(doc_dict, name, post=None):
    doc = PDFDocument(doc_dict)
    doc.run()
    if post:
        post(doc.pdf)
    fixed_id(doc.pdf, name)
    os.makedirs(PDF_DIR, exist_ok=True)
    with open(os.path.join(PDF_DIR, name + ".pdf"), "wb") as f:
        doc.output(f)


def leaders(title, page, width, size=11):
    """A contents line: title, dot leader filling the width, page number (Helvetica widths)."""
    from pdfme.fonts import helvetica
    tw = sum(helvetica[c] for c in w(title)) * size / 1000
    pw = sum(helvetica[c] for c in page) * size / 1000
    dot = helvetica["."] * size / 1000
    n = int((width - tw - pw - 8) / dot)
    return {".": w(title) + " " + "." * n + " " + page,
            "style": {"text_align": "l", "margin_bottom": 7, "s": size}}


# ---------------------------------------------------------------------------------------------

CONCERN = "Cotterhithe Police is not doing enough to protect victims of domestic abuse."
NINE = ("But the force could do more to use out-of-court resolutions, which can be a quicker way "
        "of giving victims a satisfactory outcome for less serious offences.")


def page_of(pdf, needle):
    """Index of the first page whose content stream holds needle."""
    for i, pg in enumerate(pdf.pages):
        if needle in b"".join(pg.stream["__stream__"].values()):
            return i
    raise KeyError(needle)


def e01():
    d = Doc("e01_peel_cotterhithe")
    body = []
    body.append(head("Our judgements", top=0))
    grades = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
    cols = [[], ["Building, supporting and protecting the workforce",
                 "Managing offenders and suspects"],
            ["Investigating crime", "Recording data about crime",
             "Preventing crime and anti-social behaviour",
             "Strategic planning, organisational management and value for money"],
            ["Responding to the public", "Treatment of the public"],
            ["Protecting vulnerable people"]]
    hdr = [{".b": g, "style": {"c": WHITE, "s": 8.5, "text_align": "c"}} for g in grades]
    cells = [{"content": [{".": w(a), "style": {"s": 8, "margin_bottom": 4, "text_align": "l"}}
                          for a in c] or [{".": " ", "style": {"s": 8}}]} for c in cols]
    body.append({"table": [hdr, cells], "widths": [1, 1, 1, 1, 1],
                 "style": {"border_color": GREY, "border_width": 0.5, "cell_margin": 4},
                 "fills": [{"pos": "0;:", "color": PURPLE}]})
    body.append(head("HM Inspector’s observations", top=12))
    body.append(d.num(1, "I have concerns about how Cotterhithe Police responds to calls from "
                      "the public and about how it protects vulnerable people.",
                      "The force has a committed workforce, but too many of its officers are "
                      "inexperienced and many supervisors are new to their role."))
    body.append(d.num(2, "The force has improved the way it records crime since our last "
                      "inspection.",
                      "It now records over 94 per cent of reported crime, and it records most "
                      "offences of violence correctly.^[Based on our audit of crime records "
                      "created between 1 December 2021 and 31 May 2022.]"))
    body.append(d.num(3, "However, the force is too slow to answer emergency calls, and it does "
                      "not always attend incidents within its target times.",
                      "When officers do attend, they generally assess risk well."))
    body.append(head("Responding to the public: requires improvement"))
    body.append(d.num(4, "The force needs to answer calls from the public more quickly.",
                      "In the twelve months to March 2022, it answered only 79 per cent of "
                      "emergency calls within ten seconds."))
    body.append(d.num(5, "Call handlers do not always use a structured approach to assess the "
                      "risk to callers.",
                      "In the calls we reviewed, call handlers did not:"))
    body.extend(d.bullets([
        "ask whether there were children in the household in 19 cases;",
        "check the force’s systems for previous incidents at the address in 23 cases; or",
        "give the caller advice on preserving evidence in 11 cases.",
    ], left=22))
    body.append(box("Area for improvement",
                    [d.p("The force should answer emergency and non-emergency calls "
                         "within its published target times.",
                         style={"margin_bottom": 0})],
                    [0.93, 0.91, 0.96], PURPLE))
    body.append(head("Protecting vulnerable people: inadequate"))
    body.append(d.num(6, "The force does not always identify vulnerable people at the first "
                      "point of contact.",
                      "We found that repeat victims of domestic abuse were not always flagged "
                      "on its systems, so call handlers were unaware of their history."))
    body.append(d.num(7, "Officers complete a risk assessment at every domestic abuse incident, "
                      "but supervisors do not check them well enough.",
                      "In 14 of the 40 cases we reviewed, the risk had been graded too low."))
    concern = [d.p("Cotterhithe Police is not doing enough to protect victims of domestic "
                   "abuse."),
               {".b": "Recommendation", "style": {"margin_bottom": 3}},
               d.p("Within three months, Cotterhithe Police should ensure that:"),
               *d.bullets(["risk assessments are reviewed by a supervisor before the officer "
                           "goes off duty;",
                           "repeat victims are flagged on its systems; and",
                           "safeguarding referrals are sent to partner organisations within 24 "
                           "hours."], left=4)]
    body.append(box("Cause of concern", concern, [0.98, 0.92, 0.91], [0.64, 0.15, 0.17]))
    body.append(head("Investigating crime: adequate"))
    body.append(d.num(8, "The force carries out thorough investigations in most cases.",
                      "Investigations are generally allocated to officers with the right "
                      "skills, and victims are kept informed of their progress."))
    body.append(d.num(9, "But the force could do more to use out-of-court resolutions, which "
                      "can be a quicker way of giving victims a satisfactory "
                      "outcome^[An out-of-court resolution deals with an offence without the "
                      "need for a court hearing.] for less serious offences."))
    body.append(head("Building, supporting and protecting the workforce: good"))
    body.append(d.num(10, "The force looks after the wellbeing of its workforce well.",
                      "It has trained 60 officers and staff as wellbeing champions, and it "
                      "offers counselling to anyone who has dealt with a traumatic incident."))
    body.append(d.num(11, "Leaders are visible and approachable, and the staff we spoke to felt "
                      "that they were listened to."))

    width = 595.28 - 2 * 62
    toc = [("Our judgements", "3"), ("HM Inspector’s observations", "3"),
           ("Responding to the public", "3"), ("Protecting vulnerable people", "3"),
           ("Investigating crime", "3"),
           ("Building, supporting and protecting the workforce", "4")]
    doc = {
        "style": {"page_size": "a4", "margin": [70, 62, 72, 62], "f": "Helvetica", "s": 10,
                  "text_align": "j", "line_height": 1.25, "margin_bottom": 7},
        "running_sections": {
            "header": {"x": "left", "y": 36, "height": 20,
                       "content": [{".": ["PEEL 2021/22 \x96 Cotterhithe Police"],
                                    "style": {"s": 8, "c": GREY, "text_align": "r"}}]},
            "footer": {"x": "left", "y": 790, "height": 20,
                       "content": [{".": ["Page ", {"var": "$page"}],
                                    "style": {"s": 8, "c": GREY, "text_align": "c"}}]},
        },
        "sections": [
            {"style": {"margin": [150, 62, 72, 62]}, "content": [
                {".": "PEEL 2021/22", "style": {"b": 1, "s": 30, "c": WHITE,
                                                "margin_bottom": 14}},
                {".": "Police effectiveness, efficiency and legitimacy",
                 "style": {"s": 14, "c": WHITE, "margin_bottom": 150}},
                {".": "An inspection of Cotterhithe Police",
                 "style": {"b": 1, "s": 20, "margin_bottom": 16}},
                {".": w(NOTICE), "style": {"s": 11, "text_align": "l", "margin_bottom": 30}},
                {".": "Published 4 August 2022", "style": {"s": 11, "c": GREY}},
            ]},
            {"style": {"margin": [90, 62, 72, 62]}, "running_sections": ["footer"], "content": [
                {".b": "Contents", "style": {"s": 20, "c": PURPLE, "margin_bottom": 18}},
                *[leaders(t, n, width) for t, n in toc],
            ]},
            {"running_sections": ["header", "footer"], "content": body},
            {"style": {"margin": [560, 62, 72, 62]}, "content": [
                {".": w("November 2022 | © HMICFRS 2022 (synthetic)"),
                 "style": {"s": 9, "c": GREY, "margin_bottom": 8}},
                {".": "You may reuse the text of this test document free of charge in any format "
                      "or medium. It describes a fictional police force and contains no real "
                      "inspection findings.", "style": {"s": 9, "c": GREY, "text_align": "l"}},
                {".": "Enquiries: probe16@example.org", "style": {"s": 9, "c": GREY}},
            ]},
        ],
    }

    def post(pdf):
        fill_first(pdf.pages[0], "q 0.33 0.16 0.42 rg 0 512 595.28 329.89 re f Q\n")
        last = pdf.pages[-1]
        fill_first(last, "q 0.33 0.16 0.42 rg 0 0 595.28 120 re f Q\n")
        # pdfme floats the "Cause of concern" group to the top of the next page and lets
        # paragraph 9 start above it, continuing below it: check that this is still so
        box, nine = page_of(pdf, b"is not doing enough"), page_of(pdf, b"could do more to use")
        tail = page_of(pdf, b"(a satisfactory outcome)")
        assert box == nine + 1 == tail, (box, nine, tail)

    build(doc, d.name, post)
    # gold in reading order: paragraph 9 is read whole, then the box above its last line
    box_items = d.gold.items[d.gold.items.index(CONCERN):][:5]
    for s in box_items:
        d.gold.items.remove(s)
    i = d.gold.items.index(NINE) + 1
    d.gold.items[i:i] = box_items
    return d


# ---------------------------------------------------------------------------------------------

def e02():
    d = Doc("e02_custody_yarrowby")
    hs = {"f": "Helvetica", "size": 10.5, "color": [0.0, 0.32, 0.34], "top": 6}
    intro = d.p("This inspection looked at the three custody suites in Yarrowby, which "
                "together hold about 11\u00a0000 detainees a year.",
                "We spent five days in the suites, observed the care of detainees and reviewed "
                "45 custody records in detail.",
                style={"s": 11.5, "i": 1, "line_height": 1.3, "margin_bottom": 12,
                       "text_align": "l"})
    c = []
    c.append(head("Leadership and partnerships", top=0, size=10.5,
                  color=hs["color"], font="Helvetica"))
    c.append(d.p("The force has a clear plan for custody, and senior leaders take a close "
                 "interest in the outcomes for detainees.",
                 "A custody governance board meets every quarter, although it has rarely looked "
                 "at data on the use of force.",
                 "The force’s custody policy was last updated in 2021 and did not reflect current "
                 "national guidance."))
    c.append(d.p("Custody managers told us that staffing had improved since the force "
                 "recruited 24 detention officers in 2022."))
    c.append(head("Before custody", size=10.5, color=hs["color"],
                  font="Helvetica"))
    c.append(d.p("Officers generally considered alternatives to custody, particularly for "
                 "children and for adults with mental health needs.",
                 "However, we saw two cases in which a child was brought into custody for a "
                 "low-level offence when a voluntary interview would have been enough."))
    c.append(head("Arrival and booking in", size=10.5, color=hs["color"], font="Helvetica"))
    c.append(d.p("Custody sergeants treated detainees respectfully, and most booking-in "
                 "conversations took place with enough privacy.",
                 "At the largest suite, the booking-in desks were close together, so detainees "
                 "could overhear each other’s answers to personal questions.^[The force told "
                 "us that screens would be fitted between the desks by the end of 2023.]",
                 "Detainees were told about their legal rights, but the written notice was not "
                 "available in an easy-read version."))
    c.append(head("Safety and use of force", size=10.5, color=hs["color"], font="Helvetica"))
    c.append(d.p("We found that staff generally:"))
    c.extend(d.bullets([
        "carried out thorough risk assessments when detainees arrived;",
        "checked on detainees at the frequency their risk level required;",
        "removed clothing from detainees only when there was a clear risk of self-harm.",
    ], indent=10, left=4))
    c.append(d.p("Force was used on 312 occasions in the year to June 2023, but the force could "
                 "not tell us how many of those incidents had been reviewed."))
    c.append(head("Cells and health care", size=10.5, color=hs["color"],
                  font="Helvetica"))
    c.append(d.p("The suites were clean, and cells were mostly free of ligature points.",
                 "Health care staff were available at all times, and detainees who needed "
                 "medication usually received it on time.",
                 "Mental health practitioners were based in the largest suite for only part of "
                 "the week, so detainees held at night often waited until the morning for an "
                 "assessment."))
    c.append(head("Release", size=10.5, color=hs["color"], font="Helvetica"))
    c.append(d.p("Pre-release risk assessments were completed in every record we examined.",
                 "But many of them were brief, and few recorded how the detainee would get home "
                 "safely.",
                 "Detainees who had been arrested for the first time were offered a referral "
                 "to a support service."))

    rows = [("Detainees are held only when necessary",
             "Alternatives were considered in most cases, but not always for children."),
            ("Risks are identified and managed",
             "Risk assessments on arrival were thorough, although pre-release plans were thin."),
            ("Health care needs are met",
             "Physical health care was good, but access to mental health support was limited "
             "at night."),
            ("Use of force is accountable",
             "Data on the use of force was incomplete and was not scrutinised by managers.")]
    table = [[{".b": "Expectation", "style": {"f": "Helvetica", "s": 9.5}},
              {".b": "What we found", "style": {"f": "Helvetica", "s": 9.5}}]]
    for exp, found in rows:
        table.append([{".": w(exp), "style": {"f": "Helvetica", "s": 9, "text_align": "l"}},
                      d.p(found, style={"text_align": "l"})])
    closing = d.p("We made four recommendations and identified nine areas for improvement, "
                  "which the force should address in its custody improvement plan.",
                  "We will follow up on them at our next inspection.")
    doc = {
        "style": {"page_size": "a4", "margin": [64, 56, 70, 56], "f": "Times", "s": 10.5,
                  "text_align": "j", "line_height": 1.2, "margin_bottom": 6},
        "running_sections": {
            "footer": {"x": "left", "y": 795, "height": 20,
                       "content": [{".": ["Custody inspection: Yarrowby Constabulary   |   ",
                                          {"var": "$page"}],
                                    "style": {"f": "Helvetica", "s": 7.5, "c": GREY,
                                              "text_align": "r"}}]},
        },
        "sections": [
            {"running_sections": ["footer"], "content": [
                {".": "JOINT INSPECTION OF POLICE CUSTODY",
                 "style": {"f": "Helvetica", "b": 1, "s": 9, "c": WHITE,
                           "margin_bottom": 40}},
                {".": "Unannounced inspection of police custody in Yarrowby Constabulary",
                 "style": {"f": "Helvetica", "b": 1, "s": 19, "text_align": "l",
                           "line_height": 1.15, "margin_bottom": 6}},
                {".": w("Inspection carried out 11–15 September 2023"),
                 "style": {"f": "Helvetica", "s": 10, "c": GREY, "margin_bottom": 8}},
                {".": w(NOTICE), "style": {"f": "Helvetica", "s": 9.5, "text_align": "l",
                                           "margin_bottom": 12}},
                intro,
                {"cols": {"count": 2, "gap": 18}, "content": c},
                {".b": "Summary against our expectations",
                 "style": {"f": "Helvetica", "s": 12, "c": hs["color"], "margin_top": 10,
                           "margin_bottom": 6}},
                {"table": table, "widths": [1.1, 2.4],
                 "style": {"border_width": 0.6, "border_color": GREY, "cell_margin": 5},
                 "fills": [{"pos": "0;:", "color": [0.86, 0.93, 0.93]}]},
                closing,
            ]},
        ],
    }

    def post(pdf):
        fill_first(pdf.pages[0], "q 0.0 0.32 0.34 rg 0 742 595.28 99.89 re f Q\n")

    build(doc, d.name, post)
    return d


# ---------------------------------------------------------------------------------------------

def e03():
    d = Doc("e03_stalking_gallowmere")
    rust = [0.55, 0.20, 0.05]
    key_l = [d.p("Gallowmere Police has improved how it records reports of stalking.",
                 style={"s": 9.5, "text_align": "l"}),
             d.p("Victims told us that officers took them seriously.",
                 style={"s": 9.5, "text_align": "l"})]
    key_r = [d.p("Too few stalking protection orders are sought.",
                 style={"s": 9.5, "text_align": "l"}),
             d.p("Supervisors do not review risk often enough.",
                 style={"s": 9.5, "text_align": "l"})]
    keybox = {"table": [[{"colspan": 2, ".b": "Key findings",
                          "style": {"c": rust, "s": 11}}, None],
                        [{"content": key_l}, {"content": key_r}]],
              "widths": [1, 1], "style": {"border_width": 0, "cell_fill": [0.99, 0.95, 0.90],
                                          "cell_margin": 7}}
    n = {"list_indent": 26}
    body = [keybox,
            head("1. Introduction", color=rust, size=12),
            d.p("Stalking is persistent, fixated behaviour that leaves its victims "
                "frightened and distressed.",
                "In this inspection we looked at how well Gallowmere Police recognises "
                "stalking and harassment, how it protects victims, and how it deals with the "
                "people responsible.",
                style={"list_text": "1.1", **n}),
            d.p("We examined 70 case files, interviewed 36 officers and staff, and spoke to 12 "
                "victims.", style={"list_text": "1.2", **n}),
            head("2. Recognising and recording stalking", color=rust, size=12),
            d.p("The force now records most reports of stalking as the correct offence.",
                "In 2020, many of these reports were recorded as harassment or as malicious "
                "communications, which meant that victims missed out on specialist "
                "support.^[Stalking was added to the list of offences that the force’s "
                "crime registrar audits every month in 2021.]",
                style={"list_text": "2.1", **n}),
            d.p("The number of stalking crimes recorded by the force has risen each year since "
                "2019, as figure 1 shows.", style={"list_text": "2.2", **n}),
            d.p("Call handlers have been given a short guide to the signs of stalking, and the "
                "ones we spoke to were confident in using it.",
                style={"list_text": "2.3", "margin_top": 132, **n}, label="figure1"),
            head("3. Protecting victims", color=rust, size=12),
            d.p("Victims we spoke to said that the officers who first dealt with them had "
                "listened carefully and believed what they were told.",
                "Several, however, said that they had not been given the name of an officer "
                "to contact when the behaviour continued.",
                style={"list_text": "3.1", **n}),
            d.p("Stalking protection orders can place restrictions on a suspect before a "
                "conviction.", "In the year to March 2024, the force applied for only seven.",
                style={"list_text": "3.2", **n}),
            d.p("When officers did use protective measures, they generally:",
                style={"list_text": "3.3", **n}),
            *d.bullets(["explained the conditions of the order to the victim;",
                        "recorded a plan for what to do if the order was breached;",
                        "told the victim when the suspect was released from custody."],
                       mark="\x96", indent=12, left=30),
            d.p("But in a third of the cases we reviewed, nobody had reassessed the risk after "
                "the suspect breached bail conditions.",
                "Supervisors told us that they did not have time to review every stalking case "
                "each month.", style={"list_text": "3.4", **n}),
            head("4. Recommendations", color=rust, size=12),
            d.p("By 31 December 2024, Gallowmere Police should:",
                style={"list_text": "4.1", **n}),
            d.p("make sure that every stalking victim is given a single point of contact;",
                style={"list_text": "(a)", "list_indent": 16, "margin_left": 30}),
            d.p("review its use of stalking protection orders and train supervisors to "
                "consider them in every suitable case; and",
                style={"list_text": "(b)", "list_indent": 16, "margin_left": 30}),
            d.p("introduce regular supervisory reviews of the risk to stalking victims.",
                style={"list_text": "(c)", "list_indent": 16, "margin_left": 30}),
            d.p("We will check the force’s progress against these recommendations in 2025.",
                style={"list_text": "4.2", **n}),
        ]
    doc = {
        "style": {"page_size": "a4", "margin": [66, 64, 70, 64], "f": "Helvetica", "s": 10,
                  "text_align": "j", "line_height": 1.3, "margin_bottom": 7},
        "running_sections": {
            "header": {"x": "left", "y": 34, "height": 20,
                       "content": [{".": ["Stalking and harassment: Gallowmere Police"],
                                    "style": {"s": 8, "c": GREY, "text_align": "l"}}]},
            "footer": {"x": "left", "y": 795, "height": 20,
                       "content": [{".": [{"var": "$page"}],
                                    "style": {"s": 9, "b": 1, "c": rust, "text_align": "r"}}]},
        },
        "per_page": [{"pages": "0", "running_sections": {"exclude": ["header"]}}],
        "sections": [
            {"running_sections": ["header", "footer"], "content": [
                {".": "Stalking and harassment",
                 "style": {"s": 24, "b": 1, "c": rust, "margin_bottom": 4}},
                {".": "An inspection of how Gallowmere Police responds to reports of stalking",
                 "style": {"s": 13, "c": GREY, "margin_bottom": 4}},
                {".": "Published 2 July 2024", "style": {"s": 9, "c": GREY,
                                                         "margin_bottom": 10}},
                {".": w(NOTICE), "style": {"s": 9, "text_align": "l", "margin_bottom": 12}},
                *body,
            ]},
        ],
    }

    doc_obj = PDFDocument(doc)
    doc_obj.run()
    draw_chart(doc_obj.pdf, "figure1", rust)
    fixed_id(doc_obj.pdf, d.name)
    os.makedirs(PDF_DIR, exist_ok=True)
    with open(os.path.join(PDF_DIR, d.name + ".pdf"), "wb") as f:
        doc_obj.output(f)
    return d


def draw_chart(pdf, label, color):
    """A bar chart drawn into the space reserved by the labelled spacer paragraph: bars and
    axis as path operators at the start of the page's stream, value, year and caption labels
    added with pdfme's own paragraph writer at fixed positions."""
    page_id, _, x0, ytop, _ = pdf.dests[label]
    ytop += 128
    index = next(i for i, pg in enumerate(pdf.pages) if pg.page.id == page_id)
    pg = pdf.pages[index]
    data = [("2019", 212), ("2020", 264), ("2021", 341), ("2022", 407), ("2023", 455)]
    left, base, bw, gap, scale = x0 + 60, ytop - 96, 36, 22, 0.18
    ops = ["q 0.55 0.20 0.05 rg"]
    for i, (_, v) in enumerate(data):
        ops.append(f"{left + i * (bw + gap):.2f} {base:.2f} {bw} {v * scale:.2f} re f")
    ops.append(f"0.3 g {left - 8:.2f} {base:.2f} {len(data) * (bw + gap) + 4:.2f} 0.6 re f Q")
    fill_first(pg, "\n".join(ops) + "\n")
    pdf.page_index = index
    for i, (year, v) in enumerate(data):
        x = left + i * (bw + gap)
        pdf._text({".": str(v), "style": {"s": 8, "b": 1, "text_align": "c"}}, width=bw, x=x,
                  y=pg.height - (base + v * scale + 11))
        pdf._text({".": year, "style": {"s": 8, "text_align": "c"}}, width=bw, x=x,
                  y=pg.height - base + 3)
    pdf._text({".": w("Figure 1: Stalking crimes recorded by Gallowmere Police, 2019–2023"),
               "style": {"s": 8, "i": 1, "c": GREY}}, width=300, x=left - 8,
              y=pg.height - base + 16)


def main():
    for f in (e01, e02, e03):
        d = f()
        print(f"{d.name}: {d.gold.write()} gold")


if __name__ == "__main__":
    main()
