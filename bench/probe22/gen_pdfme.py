"""probe22 z documents: the Python ``pdfme`` package (aFelipeSP/pdfme on PyPI, not the npm
pdfme), version 0.4.12, which has its own PDF writer and its own layout engine.

Each document is a pdfme document dict (sections, running sections, content boxes with columns,
paragraphs with footnotes, lists, tables with fills) built from the same marked-up sentence
strings that go into the gold, and ``pdfme.document.PDFDocument`` breaks the lines, justifies
them (one ``Tj`` per line widened with ``Tw``), flows the pages and columns, numbers the
footnotes and prints them at the page foot.

pdfme 0.4.12 (the newest release that runs on Debian 12's Python 3.11; 0.5.0 needs Python 3.12)
writes the standard 14 fonts unembedded with ``/WinAnsiEncoding`` and encodes page content as
Latin-1, and its width tables are keyed by the Windows-1252 code read as Latin-1.  Its TrueType
loader is marked "not ready yet" and writes text a TrueType font cannot show, so only the
standard fonts are used.  To print "’", "“", "–" and "•" a pdfme user passes their
Windows-1252 codes (U+0092 for "’" and so on), which is what ``w()`` does; the gold keeps the
real characters.

pdfme writes no document information dictionary and a random ``/ID``; the script adds an
``/Info`` (Title, Author, Creator, no dates) and a fixed ``/ID`` to pdfme's trailer before
``output``, through pdfme's own ``PDFBase.add`` and ``trailer``.

Usage: python3 gen_pdfme.py   (writes pdf/zNN_*.pdf and zNN_*.gold.json)
"""
import hashlib
import os
import sys

from common import NOTICE, PDF_DIR, Gold, pieces
from pdfme.document import PDFDocument

NAVY = "#1b2a55"
TEAL = "#00666b"
TINT = "#e4eef0"


def w(s):
    """Unicode text as pdfme expects it for a WinAnsi standard font: each character replaced
    by its Windows-1252 code read as Latin-1 (so "’" becomes U+0092)."""
    return s.encode("cp1252").decode("latin-1")


class Doc:
    def __init__(self, name, title):
        self.name = name
        self.title = title
        self.gold = Gold(name)

    def runs(self, *sents, gold=True):
        """Sentences of one paragraph as pdfme's paragraph element list; a footnote
        ``^[...]`` becomes pdfme's ``{"footnote": ...}`` element at the call's place."""
        out = []
        for i, s in enumerate(sents):
            if gold:
                self.gold.add(s)
            if i:
                out.append(" ")
            for kind, txt in pieces(s):
                out.append(w(txt) if kind == "text" else {"footnote": w(txt)})
        return out

    def para(self, *sents, style=None, gold=True):
        el = {".": self.runs(*sents, gold=gold)}
        if style:
            el["style"] = style
        return el

    def build(self, document):
        d = PDFDocument(document)
        d.run()
        base = d.pdf.base
        info = base.add({"Title": self.title, "Author": "probe22",
                         "Creator": "probe22 gen_pdfme.py (pdfme 0.4.12)"})
        base.trailer["Info"] = info.id
        h = hashlib.md5(self.name.encode()).hexdigest().encode()
        base.trailer["ID"] = [b"<" + h + b">", b"<" + h + b">"]
        with open(os.path.join(PDF_DIR, self.name + ".pdf"), "wb") as f:
            d.output(f)
        n = self.gold.write()
        print(f"{self.name}: {n} gold")


def heading(text, size=13, color=NAVY):
    return {".": w(text), "style": {"b": 1, "s": size, "c": color, "text_align": "l"}}


def notice():
    return {".": w(NOTICE), "style": {"i": 1, "text_align": "l"}}


def bullet(el):
    el["style"] = {"list_text": w("\u2022 "), "list_indent": 14, "text_align": "l"}
    return el


def numbered(n, el):
    el["style"] = {"list_text": f"{n}.", "list_indent": 22}
    return el


def box(title, el, fill=TINT):
    """A one-cell table with a tinted fill: a side box."""
    return {"widths": [1], "style": {"cell_fill": fill, "border_color": TEAL,
                                      "border_width": 0.8, "cell_margin": 8},
            "table": [[{"style": {"cell_fill": fill}, "content": [
                {".": w(title), "style": {"b": 1, "c": TEAL}}, el]}]]}


def back_cover(lines):
    return {"style": {"margin": [600, 60, 60, 60]},
            "content": [{".": w(x), "style": {"s": 8, "text_align": "l"}} for x in lines]}


# ---------------------------------------------------------------- z01 thematic, Times
def z01():
    d = Doc("z01_thematic_corrington", "Neighbourhood policing in Corrington Police (synthetic)")
    band = {"widths": [1],
            "style": {"cell_fill": NAVY, "border_width": 0, "cell_margin": 14},
            "table": [[{"style": {"cell_fill": NAVY}, "content": [
                {".": "THEMATIC INSPECTION", "style": {"s": 9, "b": 1, "c": "#9fd3d6"}},
                {".": w("Policing the neighbourhoods of Corrington"),
                 "style": {"s": 22, "b": 1, "c": "white", "text_align": "l"}},
                {".": w("An inspection of neighbourhood policing in Corrington Police"),
                 "style": {"s": 12, "c": "white"}},
                {".": "June 2023", "style": {"s": 10, "c": "white"}}]}]]}
    summary = {"cols": {"count": 2, "gap": 18}, "content": [
        d.para("Local officers who know their streets are central to how far the public trusts "
               "the police.",
               "We inspected how well Corrington Police protects and supports its neighbourhood "
               "teams, and how well those teams solve local problems.",
               "We visited all four of the force\u2019s districts and spoke to more than 150 "
               "officers, staff and partners.^[We also surveyed 412 residents in Ellerdyke, "
               "Thursgarth and Marrowgate.]"),
        d.para("We found committed teams who know their areas well, but they are too often "
               "taken away from their neighbourhoods to cover other duties.",
               "In one district, officers told us they had spent more than half of their shifts "
               "on response work in the previous month.",
               "This has weakened the force\u2019s ability to prevent crime and to build trust "
               "with local people."),
    ]}
    body = [
        band, notice(), heading("Summary"), summary, heading("Main findings"),
        numbered(1, d.para("The force has a clear definition of the role of neighbourhood "
                           "officers, and it has published this to its workforce.",
                           "However, the definition is not always followed in practice.")),
        numbered(2, d.para("Neighbourhood teams hold regular meetings with residents, but these "
                           "meetings are often poorly attended.",
                           "Younger people and people from minority ethnic communities were "
                           "seldom present at the meetings we observed.")),
        numbered(3, d.para("The force uses a recognised problem-solving model, and we reviewed "
                           "40 of the plans that teams had produced.^[The plans were chosen at "
                           "random from those opened between January and December 2022.]",
                           "Most plans identified the problem clearly, but fewer than half "
                           "recorded whether the action taken had worked.")),
        box("A problem solved in Ellerdyke",
            d.para("Residents of an estate in Ellerdyke had complained for several years about "
                   "motorcycles being ridden dangerously on footpaths.",
                   "The neighbourhood team worked with the housing provider to install "
                   "barriers, and reports of nuisance riding fell sharply over the following "
                   "summer.", style={"text_align": "l"})),
        numbered(4, d.para("Abstraction of neighbourhood officers to other duties is the "
                           "greatest risk to the force\u2019s neighbourhood model.",
                           "The force does not record how often abstraction happens, so its "
                           "leaders cannot see the scale of the problem.")),
        numbered(5, d.para("Police community support officers are valued by the public, and "
                           "many have worked in the same area for over ten years.",
                           "Several told us they had not received any training in the last two "
                           "years.")),
        heading("Recommendations"),
        d.para("By March 2024, Corrington Police should:"),
        bullet(d.para("record every occasion on which a neighbourhood officer is taken away to "
                      "cover other work;")),
        bullet(d.para("set a limit on abstraction and report performance against it to its "
                      "chief officers;")),
        bullet(d.para("evaluate the results of its problem-solving plans; and")),
        bullet(d.para("provide regular training for police community support officers.")),
        heading("Conclusion"),
        d.para("Corrington Police has good foundations for neighbourhood policing.",
               "If the force protects the time of its neighbourhood teams, we are confident "
               "that they will be able to do much more for local people.",
               "Our next inspection of Corrington will check what has become of each "
               "recommendation."),
    ]
    document = {
        "style": {"page_size": "a4", "margin": [62, 64, 70, 64], "f": "Times", "s": 11,
                  "text_align": "j", "line_height": 1.3, "margin_bottom": 7},
        "running_sections": {
            "header": {"x": "left", "y": 30, "height": 20,
                       "style": {"s": 8, "f": "Helvetica", "c": TEAL, "text_align": "l"},
                       "content": [w("Corrington Police \u2013 neighbourhood policing thematic "
                                     "inspection")]},
            "footer": {"x": "left", "y": 800, "height": 20,
                       "style": {"s": 8, "f": "Helvetica", "text_align": "r"},
                       "content": [{".": ["Page ", {"var": "$page"}]}]},
        },
        "per_page": [{"pages": "0", "running_sections": {"exclude": ["header"]}}],
        "sections": [{"running_sections": ["header", "footer"], "content": body},
                     back_cover(["Synthetic probe22 document z01 (back cover)",
                                 "Corrington Police is a fictional force.",
                                 "Made with pdfme 0.4.12"])],
    }
    d.build(document)


# ---------------------------------------------------------------- z02 PEEL 2018/19, Helvetica
def z02():
    d = Doc("z02_peel_hessleby", "PEEL 2018/19 Hessleby Constabulary (synthetic)")

    def grade_table(head, rows):
        fills = [{"pos": "0;:", "color": NAVY}, {"pos": "2::2;:", "color": "#eef1f6"}]
        return {"widths": [3, 1.3], "style": {"border_color": "#8a94a8", "cell_margin": 5,
                                              "s": 10},
                "fills": fills,
                "table": [[{".": w(h), "style": {"b": 1, "c": "white"}} for h in head]]
                + [[w(a), {".": w(g), "style": {"b": 1}}] for a, g in rows]}

    body = [
        {".": "PEEL 2018/19", "style": {"s": 10, "b": 1, "c": TEAL}},
        {".": w("Police effectiveness, efficiency and legitimacy"),
         "style": {"s": 20, "b": 1, "c": NAVY, "text_align": "l"}},
        {".": w("An inspection of Hessleby Constabulary"), "style": {"s": 14}},
        {".": "May 2019", "style": {"s": 10, "margin_bottom": 12}},
        notice(),
        heading("Overall summary"),
        d.para("Hessleby Constabulary is one of the smallest forces in England and Wales, and "
               "it polices a largely coastal area with a high number of summer visitors.",
               "We have judged the force on each of its three pillars and on the questions "
               "beneath them."),
        grade_table(("Pillar", "Grade"), [("Effectiveness", "Good"),
                                          ("Efficiency", "Requires improvement"),
                                          ("Legitimacy", "Good")]),
        d.para("Overall, we consider the service the public receives from the force to be good, "
               "although its finances are under pressure."),
        heading("Effectiveness"),
        grade_table(("Question", "Grade"),
                    [("Preventing crime and tackling anti-social behaviour", "Good"),
                     ("Investigating crime", "Good"),
                     ("Protecting vulnerable people", "Requires improvement"),
                     ("Tackling serious and organised crime", "Good"),
                     ("Armed policing", "Ungraded")]),
        d.para("We judge the force\u2019s crime prevention work, including its response to "
               "anti-social behaviour, to be good.",
               "Its officers have a detailed understanding of the problems facing seasonal "
               "resorts, such as theft from beach huts and alcohol-related disorder.",
               "Investigations are generally of a good standard, and the force has cut the "
               "number of suspects who are circulated as wanted but not arrested."),
        d.para("However, its protection of vulnerable people requires improvement.",
               "Officers attending domestic abuse incidents did not always complete a risk "
               "assessment before leaving the scene.^[In 7 of the 25 domestic abuse cases we "
               "reviewed, no risk assessment had been completed at the scene.]",
               "Some high-risk cases waited up to four days before they were reviewed by the "
               "specialist team."),
        box("Areas for improvement", {"content": [
            bullet(d.para("Officers should complete a risk assessment at every domestic abuse "
                          "incident they attend, and the force should check that they do.")),
            bullet(d.para("The force should reduce the delay before high-risk domestic abuse "
                          "cases are reviewed by specialist staff."))]}),
        heading("Efficiency"),
        d.para("Hessleby Constabulary requires improvement in how efficiently it operates.",
               "The force has a good understanding of the demand it faces in the summer months, "
               "when its population almost doubles.",
               "Call handlers in the force control room are well trained, and the force answers "
               "most emergency calls within ten seconds."),
        d.para("Its plans for the future depend on savings that have not yet been identified.",
               "The force estimates that it will need to save \u00a34.2\u00a0million over the "
               "next three years, and it has so far found ways to save less than half of that "
               "sum.",
               "It has begun a review of its estate and expects to close two of its six front "
               "counters.",
               "We are concerned that the force has not assessed how these closures will affect "
               "people in its more remote villages."),
        heading("Legitimacy"),
        d.para("We found that the force treats both the public and its own workforce fairly, and "
               "we judge it good in both areas.",
               "It seeks the views of people who are less likely to trust the police, including "
               "young people and members of the travelling community.",
               "Its workforce told us that they are confident to report wrongdoing, and the "
               "force\u2019s counter-corruption unit is well resourced.",
               "The force has made progress since last year in making sure that its use of force "
               "data is accurate.^[The force\u2019s recording of use of force rose from 62 per "
               "cent of incidents to 88 per cent over the year.]"),
        heading("Leadership"),
        d.para("The chief officer team is visible and well regarded by the workforce.",
               "Leaders at every level understand their responsibility for setting an example of "
               "ethical behaviour.",
               "The force has developed a programme to identify and develop talented staff, "
               "which includes places for police staff as well as officers.",
               "We will monitor the force\u2019s financial planning closely over the coming "
               "year."),
    ]
    document = {
        "style": {"page_size": "a4", "margin": [64, 60, 70, 60], "f": "Helvetica", "s": 10,
                  "text_align": "j", "line_height": 1.35, "margin_bottom": 7},
        "running_sections": {
            "header": {"x": "left", "y": 32, "height": 20,
                       "style": {"s": 8, "c": NAVY, "text_align": "r"},
                       "content": [w("Hessleby Constabulary \u2013 PEEL 2018/19")]},
            "footer": {"x": "left", "y": 800, "height": 20,
                       "style": {"s": 8, "text_align": "c"},
                       "content": [{".": [{"var": "$page"}]}]},
        },
        "per_page": [{"pages": "0", "running_sections": {"exclude": ["header"]}}],
        "sections": [{"running_sections": ["header", "footer"], "content": body}],
    }
    d.build(document)


# ---------------------------------------------------------------- z03 revisit letter, Times
def z03():
    d = Doc("z03_letter_tolbridge", "Tolbridge Police revisit letter (synthetic)")
    letterhead = {"widths": [1.2, 1], "style": {"border_width": 0, "cell_margin": 2},
                  "borders": [{"pos": "h-1;:", "width": 1.2, "color": NAVY}],
                  "table": [[
                      {".": w("His Majesty\u2019s Inspectorate of Constabulary"),
                       "style": {"f": "Helvetica", "b": 1, "s": 13, "c": NAVY,
                                 "text_align": "l"}},
                      {".": w("Western Region \u2022 3 Culverstone Place \u2022 Ravenscar "
                              "RV4 8TJ"),
                       "style": {"f": "Helvetica", "s": 8, "text_align": "r"}}]]}
    addr = [{".": x, "style": {"text_align": "l", "margin_bottom": 0}} for x in (
        "Chief Constable Wilhelmina Crosthwaite", "Tolbridge Police", "Police Headquarters",
        "Wickenham Road", "Ravenscar RV1 2EW")]
    body = [
        letterhead, {".": "", "style": {"margin_bottom": 4}}, notice(),
        {".": "Our reference: TB/PEEL/0325", "style": {"text_align": "r", "margin_bottom": 0}},
        {".": "17 March 2025", "style": {"text_align": "r"}},
        *addr, {".": "", "style": {"margin_bottom": 4}},
        {".": "Dear Chief Constable,", "style": {"text_align": "l"}},
        {".": w("Revisit of the area for improvement on missing children: Tolbridge Police"),
         "style": {"b": 1, "text_align": "l"}},
        d.para("Thank you for welcoming our team to Tolbridge Police on 4 and 5 March 2025.",
               "We returned to the force to review the progress it has made on the area for "
               "improvement about missing children that we identified in our last PEEL "
               "inspection."),
        d.para("In that inspection, we found that the force did not always assess the risk to "
               "children who went missing from care homes.",
               "We also found that return interviews were often completed late or not at all."),
        d.para("On this visit, we reviewed 45 missing person records and spoke to officers, "
               "supervisors and staff from the local authority.",
               "The force has made good progress, and I congratulate the officers involved."),
        d.para("Every report of a missing child is now reviewed by a sergeant within an hour of "
               "being received.",
               "Risk assessments we examined were thorough and took account of each "
               "child\u2019s history.",
               "The force has agreed a new protocol with the county\u2019s children\u2019s "
               "homes, which sets out what staff should do before they report a child missing.",
               "Officers and care staff told us that the protocol has improved their working "
               "relationship.",
               "In the last six months, the number of children reported missing from care more "
               "than three times has fallen by a quarter."),
        d.para("We found the following improvements in the records we reviewed:"),
        *[bullet(d.para(s)) for s in (
            "a named officer was responsible for each missing child investigation;",
            "the police national database was checked in every high-risk case;",
            "information about where children had been found was shared with the local "
            "authority; and",
            "patterns of repeat missing episodes were identified and acted upon.")],
        d.para("However, return interviews are still not completed quickly enough."
               "^[The local authority carries out return interviews and shares the results "
               "with the force.]",
               "In 14 of the 45 records we reviewed, the interview took place more than three "
               "days after the child had returned.",
               "Some of the children we read about had been exploited while they were missing, "
               "and an early interview might have uncovered this sooner."),
        d.para("The force should continue to work with the local authority to reduce this "
               "delay.",
               "It may also wish to consider whether its own officers should carry out some "
               "interviews when the risk is high."),
        d.para("Overall, I consider that the force has addressed this area for improvement.",
               "Its work with missing children will be examined again during our next "
               "inspection."),
        d.para("I would be grateful if you could share this letter with the officers and staff "
               "who took part in our visit.",
               "The police and crime commissioner has been sent a copy."),
        {".": "Yours sincerely,", "style": {"text_align": "l", "margin_bottom": 26}},
        {".": "Ambrose Kettleby", "style": {"b": 1, "text_align": "l", "margin_bottom": 0}},
        {".": w("His Majesty\u2019s Inspector of Constabulary"), "style": {"text_align": "l"}},
    ]
    document = {
        "style": {"page_size": "a4", "margin": [56, 70, 64, 70], "f": "Times", "s": 11,
                  "text_align": "j", "line_height": 1.25, "margin_bottom": 8},
        "running_sections": {
            "header": {"x": "left", "y": 30, "height": 20,
                       "style": {"s": 9, "f": "Times", "i": 1, "text_align": "l"},
                       "content": [{".": [w("Tolbridge Police \u2013 revisit letter, page "),
                                          {"var": "$page"}]}]},
        },
        "per_page": [{"pages": "0", "running_sections": {"exclude": ["header"]}}],
        "sections": [{"running_sections": ["header"], "content": body}],
    }
    d.build(document)


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        # pdfme numbers some objects in the order it iterates a set (the order of the fonts
        # used, at least), so string hashing must be fixed for byte-identical rebuilds
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    os.makedirs(PDF_DIR, exist_ok=True)
    z01()
    z02()
    z03()
