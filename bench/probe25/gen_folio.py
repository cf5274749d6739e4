"""probe25 `f` documents: folio (Go) through PyPI folio-pdf 0.2.0.

Each document is written as HTML with a small style sheet and handed to folio's own HTML/CSS
layout engine (`Document.add_html`), which breaks and justifies the lines, flows the pages,
sets the lists, tables, floats and columns, and writes the PDF; the running header and the
"Page N of M" footer are folio's `header_text` / `footer_text`.  Folio has no footnotes, so the
calls are <sup> digits and the notes are printed as endnotes under "Notes".
Writes pdf/fNN_*.pdf, fNN_*.gold.json and fNN_*.furniture.json.
"""
import html

import pypdf
from common import NOTICE, PDF_DIR, notes_of, pieces, write_gold
from folio_pdf import Document, Font
from folio_pdf.enums import Alignment, PageSize, StandardPDFFont

CSS = """<style>
body { font-family: %(body)s; font-size: %(size)s; color: #1a1a1a; }
p { text-align: justify; margin: 0 0 7pt 0; line-height: 1.3; }
p.notice { font-style: italic; text-align: left; margin: 4pt 0 12pt 0; }
.kicker { font-family: Helvetica; font-size: 10pt; color: #00707a; font-weight: bold;
  margin: 0 0 4pt 0; }
.title { font-family: Helvetica; font-size: 19pt; color: #1d3557; font-weight: bold;
  margin: 0 0 6pt 0; text-align: left; }
.date { font-family: Helvetica; font-size: 10pt; color: #555555; margin: 0 0 6pt 0; }
h2 { font-family: Helvetica; font-size: 13pt; color: #1d3557; margin: 12pt 0 5pt 0; }
h3 { font-family: Helvetica; font-size: 11pt; color: #1d3557; margin: 9pt 0 4pt 0; }
.box { background: #e9eff6; border-left: 3pt solid #1d3557; padding: 7pt; margin: 8pt 0; }
.side { float: right; width: 42%%; background: #f1ede4; padding: 7pt; margin: 0 0 6pt 10pt; }
.box h3, .side h3 { margin-top: 0; }
.cols { column-count: 2; column-gap: 18pt; }
table { border-collapse: collapse; margin: 6pt 0 10pt 0; width: 100%%; }
th { background: #1d3557; color: #ffffff; font-family: Helvetica; font-size: 9.5pt;
  text-align: left; padding: 3pt 5pt; border: 0.5pt solid #1d3557; }
td { font-family: Helvetica; font-size: 9.5pt; padding: 3pt 5pt; border: 0.5pt solid #8a9bb0; }
ul.square { list-style-type: square; }
ul.disc { list-style-type: disc; }
ul.dash { list-style-type: circle; }
li { margin: 0 0 3pt 0; text-align: left; line-height: 1.3; }
.lh { text-align: right; font-family: Helvetica; color: #1d3557; font-size: 9.5pt;
  margin: 0 0 14pt 0; }
.lh b { font-size: 12pt; }
.addr { text-align: left; margin: 0 0 10pt 0; line-height: 1.3; }
.right { text-align: right; margin: 0 0 8pt 0; }
.subject { font-weight: bold; margin: 8pt 0 8pt 0; }
.notes { font-size: 8pt; color: #333333; margin: 14pt 0 0 0; }
.notes p { text-align: left; margin: 0 0 2pt 0; }
.pb { page-break-before: always; }
.back { font-family: Helvetica; font-size: 9pt; color: #1d3557; margin: 300pt 0 0 0; }
.back p { text-align: left; }
</style>"""

E = html.escape


class Calls:
    """Numbers footnote calls in document order."""

    def __init__(self):
        self.n = 0

    def sent(self, s):
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(E(t))
            else:
                self.n += 1
                out.append(f"<sup>{self.n}</sup>")
        return "".join(out)


def render(blocks, calls):
    out = []
    for b in blocks:
        k = b[0]
        if k == "kicker":
            out.append(f'<p class="kicker">{E(b[1])}</p>')
        elif k == "title":
            out.append(f'<p class="title">{E(b[1])}</p>')
        elif k == "date":
            out.append(f'<p class="date">{E(b[1])}</p>')
        elif k == "notice":
            out.append(f'<p class="notice">{E(NOTICE)}</p>')
        elif k == "h":
            out.append(f"<h{b[1]}>{E(b[2])}</h{b[1]}>")
        elif k == "p":
            out.append("<p>{}</p>".format(" ".join(calls.sent(s) for s in b[1])))
        elif k == "bullets":
            if b[1]:
                out.append(f"<p>{calls.sent(b[1])}</p>")
            out.append('<ul class="{}">{}</ul>'.format(
                b[3], "".join(f"<li>{calls.sent(x)}</li>" for x in b[2])))
        elif k == "numbered":
            items = []
            for item in b[1]:
                sub = ""
                if len(item) > 2:
                    sub = '<ul class="dash">{}</ul>'.format("".join(
                        f"<li>{calls.sent(x)}</li>" for x in item[2]))
                items.append("<li><p>{}</p>{}</li>".format(
                    " ".join(calls.sent(s) for s in item[1]), sub))
            out.append("<ol>{}</ol>".format("".join(items)))
        elif k == "table":
            rows = ["<tr>{}</tr>".format("".join(f"<th>{E(c)}</th>" for c in b[1]))]
            rows += ["<tr>{}</tr>".format("".join(f"<td>{E(c)}</td>" for c in r)) for r in b[2]]
            out.append("<table>{}</table>".format("".join(rows)))
        elif k == "box":
            cls = "side" if b[3:] and b[3] == "side" else "box"
            out.append('<div class="{}">{}{}</div>'.format(
                cls, f"<h3>{E(b[1])}</h3>" if b[1] else "", render(b[2], calls)))
        elif k == "cols":
            out.append(f'<div class="cols">{render(b[1], calls)}{render(b[2], calls)}</div>')
        elif k == "letterhead":
            out.append('<div class="lh"><b>{}</b><br/>{}</div>'.format(
                E(b[1][0]), "<br/>".join(E(x) for x in b[1][1:])))
        elif k == "address":
            out.append('<p class="addr">{}</p>'.format("<br/>".join(E(x) for x in b[1])))
        elif k == "signoff":
            out.append('<p class="addr">{}</p>'.format("<br/>".join(E(x) for x in b[1])))
        elif k == "line":
            cls = {"date": "right", "reference": "right", "subject": "subject"}.get(b[1], "addr")
            out.append(f'<p class="{cls}">{E(b[2])}</p>')
        elif k == "pagebreak":
            out.append('<div class="pb"></div>')
        elif k == "backcover":
            out.append('<div class="pb back">{}</div>'.format("".join(
                f"<p>{E(x)}</p>" for x in b[1])))
        else:
            raise ValueError(k)
    return "".join(out)


def build(name, title, blocks, header, body="Times", size="10.5pt"):
    calls = Calls()
    main = [b for b in blocks if b[0] != "backcover"]
    back = [b for b in blocks if b[0] == "backcover"]
    parts = [CSS % {"body": body, "size": size}, render(main, calls)]
    notes = notes_of(blocks)
    if notes:
        parts.append('<div class="notes"><p><b>Notes</b></p>{}</div>'.format("".join(
            f"<p>{i + 1}. {E(n)}</p>" for i, n in enumerate(notes))))
    parts.append(render(back, calls))
    doc = Document.new_with_size(PageSize.A4)
    doc.title(title)
    doc.author("probe25")
    doc.margins(64, 62, 62, 62)
    doc.header_text(header, Font(StandardPDFFont.HELVETICA), 8, Alignment.RIGHT)
    doc.footer_text("Page {page} of {pages}", Font(StandardPDFFont.HELVETICA), 8,
                    Alignment.CENTER)
    doc.add_html("".join(parts))
    path = f"{PDF_DIR}/{name}.pdf"
    doc.save(path)
    n = len(pypdf.PdfReader(path).pages)
    running = [("header", header)] + [("page-number", f"Page {i} of {n}")
                                       for i in range(1, n + 1)]
    running += [("footnote", "Notes")] if notes else []
    g = write_gold(name, blocks, running)
    print(f"{name:<28} folio      {n} pages, {g} gold sentences")


# ---------------------------------------------------------------------------------------
F01 = [
    ("kicker", "PEEL 2023–25"),
    ("title", "Police effectiveness, efficiency and legitimacy: "
              "an inspection of Brackenmoor Constabulary"),
    ("date", "Published 14 May 2025"),
    ("notice",),
    ("h", 2, "Overall summary"),
    ("p", ["Our inspection looked at nine areas of policing in Brackenmoor, and this report "
           "gives the grade we awarded in each of them.",
           "The table below sets those grades out, starting with the strongest."]),
    ("table", ["Area of policing", "Grade"], [
        ["Protecting vulnerable people", "Good"],
        ["Leadership and force management", "Good"],
        ["Preventing crime", "Good"],
        ["Police powers and public treatment", "Adequate"],
        ["Investigating crime", "Adequate"],
        ["Managing offenders", "Adequate"],
        ["Developing a positive workplace", "Adequate"],
        ["Responding to the public", "Requires improvement"],
        ["Good use of resources", "Requires improvement"]]),
    ("h", 2, "HM Inspector’s observations"),
    ("p", ["Brackenmoor is mostly farmland and moor with two crowded port towns on its coast, "
           "so officers often drive a long way to reach the people who call them.",
           "The constabulary has kept every one of its neighbourhood teams in place while its "
           "running costs have climbed.^[Brackenmoor Constabulary budget statement for "
           "2024/25, as supplied to us in January 2025.]",
           "Even so, the way it deals with calls from the public at the busiest hours of the "
           "day worries me."]),
    ("p", ["Senior leaders know where the weak points lie, and they have started work on "
           "most of them.",
           "I will follow closely whether the new call-handling rota delivers the gains the "
           "constabulary is counting on."]),
    ("h", 2, "Responding to the public: requires improvement"),
    ("p", ["Too many people who ring the non-emergency number hang up before a call handler "
           "picks up.",
           "Over the twelve months to March 2024 close to a quarter of those calls were "
           "abandoned, a far higher share than in forces of a similar size.",
           "When the caller is vulnerable, handlers do not reliably use a structured method "
           "to weigh up the risk."]),
    ("box", "Area for improvement", [
        ("bullets", "Brackenmoor Constabulary needs to change how it manages non-emergency "
                    "calls, so that:", [
            "fewer callers give up before their call is answered;",
            "vulnerable callers are recognised early, with a recognised risk tool;",
            "people who hang up are rung back whenever there is cause for concern."],
         "square")]),
    ("h", 2, "Investigating crime: adequate"),
    ("p", ["Most cases go to officers who hold the right skills, and sergeants look over "
           "them at regular intervals.",
           "Victims, however, are not always told when an investigation is closed, and some "
           "wait for weeks^[We reviewed 90 crime files closed between April and September "
           "2024.] to learn the result."]),
    ("h", 2, "Protecting vulnerable people: good"),
    ("p", ["The constabulary works hand in hand with district councils and the health board "
           "to shield children from criminal exploitation.",
           "A small specialist team reviews each episode in which a child goes missing "
           "within one working day of their return."]),
    ("h", 2, "Leadership and force management: good"),
    ("p", ["The chief officer team has a clear three-year plan and explains it well to "
           "officers and staff.",
           "People we met said they could question a decision without any fear of unfair "
           "treatment afterwards."]),
    ("backcover", [
        "© HMICFRS 2025 (fictional publication for testing)",
        "You may reuse this text free of charge under the Open Government Licence, version 3.",
        "Questions about this document should be sent to the fictional address below.",
        "Inspectorate Enquiries, 9 Harrow Wharf, Brackenmoor BM1 4QT"]),
]

F02 = [
    ("kicker", "Report on an unannounced inspection visit to police custody suites"),
    ("title", "Quillingham Police custody 2024"),
    ("date", "Joint inspection by HM Inspectorate of Constabulary and Fire & Rescue Services "
             "and HM Inspectorate of Prisons, 3–14 June 2024"),
    ("notice",),
    ("h", 2, "Summary"),
    ("cols", [
        ("p", ["Quillingham Police holds people in two suites, one in the city centre and one "
               "beside the ring road, with 41 cells between them.",
               "Leaders took custody seriously and met every week to go through the risks "
               "facing detainees.",
               "Staff were polite and patient, and most detainees we spoke to felt they had "
               "been treated fairly."]),
    ], [
        ("p", ["Booking in was slow at the city suite, where detainees sometimes sat in a "
               "van for over an hour.",
               "Nurses were on hand at all hours, though detainees in the ring road suite "
               "waited longer to be seen.",
               "We made six recommendations and found nine other areas that need attention."]),
    ]),
    ("h", 2, "Leadership and accountability"),
    ("box", "What detainees told us", [
        ("p", ["Most detainees said the food and drink on offer had been enough.",
               "Several said the cells felt cold overnight and that the blankets were thin.",
               "Only a handful knew they could ask to speak to the duty inspector."])],
     "side"),
    ("p", ["A superintendent leads custody and reports each month to an assistant chief "
           "constable.",
           "Managers gathered plenty of data on the use of custody, but nobody analysed it to "
           "look for patterns.^[Custody performance packs for January to May 2024.]",
           "Officers thought carefully about alternatives to custody for children, and fewer "
           "children were held overnight than two years earlier."]),
    ("h", 2, "The suites"),
    ("table", ["Suite", "Cells", "Booking desks", "Detainees in 2023"], [
        ["Quillingham Central", "26", "3", "8,412"],
        ["Ring Road", "15", "2", "4,977"]]),
    ("p", ["Cells were mostly clean, although graffiti had been left on the walls of several.",
           "Rights and entitlements were explained clearly, and staff used interpreters when a "
           "detainee needed one."]),
    ("bullets", "We noted some good practice:", [
        "detainees with a learning disability were offered an appropriate adult straight "
        "away;",
        "staff checked on drunk detainees more often than the policy asked of them;",
        "women were asked on arrival whether they wished to speak to a female officer."],
     "disc"),
    ("h", 2, "Release and transfer"),
    ("p", ["Pre-release risk assessments were carried out for almost everyone, and those at "
           "risk left with details of local support.",
           "Too many detainees, however, stayed in a cell for hours after the decision to "
           "release them had been made.^[Based on 60 custody records sampled for May 2024.]"]),
]

F03 = [
    ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                    "Fictional House, 12 Tanner Row, Ebbersley EB2 7LN",
                    "Telephone 0000 000 0000"]),
    ("notice",),
    ("address", ["Chief Constable Philippa Marchbank", "Sedgemere Constabulary",
                 "Police Headquarters", "Ferris Lane", "Sedgemere SG9 3HD"]),
    ("line", "date", "18 September 2024"),
    ("line", "salutation", "Dear Chief Constable,"),
    ("line", "subject", "Revisit: the recording of anti-social behaviour incidents"),
    ("numbered", [
        ("1.", ["Your officers and staff made our return visit to Sedgemere in August "
                "straightforward, and we are grateful to them.",
                "This letter sets out what we found about the recording of anti-social "
                "behaviour."]),
        ("2.", ["In our 2023 inspection we reported that call handlers often closed "
                "anti-social behaviour incidents without noting whether a crime had also been "
                "committed.",
                "We asked the constabulary to put this right."]),
        ("3.", ["On our return we examined 120 incident records created between March and "
                "June 2024.",
                "In 97 of them the handler had recorded a clear decision about whether a crime "
                "had occurred, compared with 58 of 120 in 2023."]),
        ("4.", ["The improvement owes much to three changes the constabulary has made:"], [
            "a short prompt now appears on screen before an incident can be closed;",
            "supervisors audit a sample of closed incidents each week;",
            "every call handler has completed a refresher course on crime recording."]),
        ("5.", ["Some gaps remain.",
                "Where a report involved a vulnerable victim, handlers still did not always "
                "record the risk assessment they had carried out."]),
        ("6.", ["We also found that repeat callers were not always linked to their earlier "
                "reports, so patterns of harassment could be missed."]),
        ("7.", ["We are satisfied that the constabulary has made good progress.",
                "We will look again at the two remaining gaps during our next PEEL "
                "inspection."]),
        ("8.", ["Your force control room manager asked whether the on-screen prompt could be "
                "extended to calls about noise nuisance.",
                "We think that would be worthwhile, since a third of the incidents we examined "
                "began as noise complaints.",
                "Several of those later turned into reports of harassment or criminal damage, "
                "and the first record rarely mentioned the earlier contact."]),
        ("9.", ["The police and crime commissioner for Sedgemere asked to see our findings, "
                "so he will receive this letter as well.",
                "Please let my office know if any of the figures above differ from your own "
                "records."]),
    ]),
    ("signoff", ["Yours sincerely,", "Rowena Blakesley",
                 "His Majesty’s Inspector of Constabulary (fictional)"]),
]


def main():
    build("f01_peel_brackenmoor", "PEEL 2023–25: Brackenmoor Constabulary", F01,
          "Brackenmoor Constabulary – PEEL 2023–25", body="Times")
    build("f02_custody_quillingham", "Quillingham Police custody inspection 2024", F02,
          "Quillingham Police – police custody inspection", body="Helvetica", size="9.5pt")
    build("f03_letter_sedgemere", "Sedgemere Constabulary revisit letter", F03,
          "Our reference: REV/2024/117", body="Times", size="11pt")


if __name__ == "__main__":
    main()
