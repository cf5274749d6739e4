"""probe14 producer b: borb 3.0.9 (PyPI `borb`, pure Python, with fontTools 4.68.0 for its
TrueType loader).

borb is an AGPL Python library that builds PDFs from layout elements (paragraphs of chunks,
lists, tables, shapes) placed by page layouts (`SingleColumnLayout`, `TwoColumnLayout`); it is
used in Python web services and invoice generators.  Each document is built here by calling borb
directly; the script for all three documents is this file (there is no separate source format).
borb never splits a paragraph: one that does not fit moves whole to the next column or page.
It does not hyphenate and forms no ligatures.  Running heads, footers, page numbers, footnote
texts and the contents page are painted after the layout, at absolute positions
(`LayoutElement.paint`), so they come after the body in each page's content stream.  borb's
anonymous usage statistics are switched off before anything is built (they need `requests`,
which the venv does not have, and would reach no network here anyway).

  b01  PEEL 2023–25 report, Caladea (TrueType, embedded whole) body, Helvetica-Bold (not
       embedded) headings, cover, contents with dot leaders, grade table, numbered paragraphs in
       a borderless table, ZapfDingbats bullets, footnotes, Area for improvement box, back cover
  b02  thematic report on stalking and harassment, letter-spaced standfirst (Tc), a bar chart of
       shapes with labels and a caption, a Cause of concern box, then a two-column page with
       justified text, then a recommendations table with prose cells
  b03  letter (revisit of vetting and counter-corruption), Helvetica throughout (standard 14, not
       embedded), right-aligned letterhead, ZapfDingbats bullets, a table with prose cells,
       page 2 running head, a drawn signature

The notice is set ragged right.  The gold is written from the same strings that go into the
documents.  Usage: python3 gen_borb.py  (needs borb and fontTools: run with the probe's venv, or
set BORB_PY to a Python that has them; build.sh does this).
"""
import os
import subprocess
import sys

from common import HERE, NOTICE, Gold, pieces

try:
    from borb.pdf import (
        PDF,
        Chunk,
        Document,
        FixedColumnWidthTable,
        HeterogeneousParagraph,
        HexColor,
        LayoutElement,
        Page,
        Paragraph,
        Shape,
        SingleColumnLayout,
        Space,
        TrueTypeFont,
        UnorderedList,
        UsageStatistics,
        X11Color,
    )
    from borb.pdf.page_layout.multi_column_layout import MultiColumnLayout
except ImportError:          # re-run under the venv that has borb
    py = os.environ.get("BORB_PY", "/tmp/probe14/venv/bin/python")
    if os.path.abspath(sys.executable) == os.path.abspath(py) or not os.path.exists(py):
        raise
    sys.exit(subprocess.call([py, os.path.abspath(__file__), *sys.argv[1:]]))

UsageStatistics._UsageStatistics__HAS_OPTED_IN = False   # no call home

FONTS = "/usr/share/fonts/truetype"
CAL = TrueTypeFont.from_file(f"{FONTS}/crosextra/Caladea-Regular.ttf")
CALB = TrueTypeFont.from_file(f"{FONTS}/crosextra/Caladea-Bold.ttf")
NAVY = HexColor("162C58")
TEAL = HexColor("1F5F6B")
RED = HexColor("96182A")
PALE = HexColor("E8EEF6")
GREY = HexColor("555555")
WHITE = X11Color.WHITE
BLACK = X11Color.BLACK
LEFT = LayoutElement.TextAlignment.LEFT
JUST = LayoutElement.TextAlignment.JUSTIFIED
RIGHT_H = LayoutElement.HorizontalAlignment.RIGHT
W, H = 595, 842


def rect(page, x, y, w, h, color):
    """A filled rectangle (a borb Shape) with its lower-left corner at (x, y)."""
    Shape([(0, 0), (w, 0), (w, h), (0, h)], fill_color=color, stroke_color=None,
          line_width=0).paint(available_space=(x, y, w, h), page=page)


def put(page, text, x, y, size=9, font="Helvetica", color=BLACK, width=None, align=LEFT,
        spacing=0.0):
    """One line (or a small block) of text painted at an absolute position; y is the top."""
    p = HeterogeneousParagraph([Chunk(text, font=font, font_size=size, font_color=color,
                                      character_spacing=spacing)],
                               text_alignment=align, multiplied_leading=1.2)
    w = width or 500
    _, h = p.get_size(available_space=(w, 1000))
    p.paint(available_space=(x, y - h, w, h), page=page)
    return h


def text_width(text, font, size):
    return Chunk(text, font=font, font_size=size).get_size(available_space=(10 ** 6, 10 ** 6))[0]


class Doc:
    def __init__(self, name, title, margins=(80, 62, 72, 62)):
        self.name = name
        self.gold = Gold(name)
        self.doc = Document()
        self.title = title
        self.margins = margins      # top, right, bottom, left
        self.notes = []             # (page index, number, text)
        self.headings = []          # (text, page number)
        self.layout = None

    # -- pages and layouts
    def new_page(self):
        p = Page(width_in_points=W, height_in_points=H)
        self.doc.append_page(p)
        return p

    def single(self, page):
        t, r, b, left = self.margins
        self.layout = SingleColumnLayout(page, margin_top=t, margin_right=r, margin_bottom=b,
                                         margin_left=left)

    def columns(self, page, top, bottom, gap=18):
        """Two columns between y = H - top and y = bottom (borb's MultiColumnLayout)."""
        _, r, _, left = self.margins
        self.layout = MultiColumnLayout(page, number_of_columns=2, inter_column_margin=gap,
                                        margin_top=top, margin_bottom=bottom, margin_left=left,
                                        margin_right=r)

    def page_no(self):
        return self.doc.get_number_of_pages()

    def add(self, el):
        self.layout.append_layout_element(el)

    # -- text
    def chunks(self, sents, font=CAL, size=10.5, color=BLACK, spacing=0.0):
        """Chunks for marked-up sentences: one chunk per run of text (borb splits it into words),
        a small chunk raised by its bottom padding for each footnote call."""
        out = []
        for kind, t in pieces(" ".join(sents)):
            if kind == "text":
                out.append(Chunk(t, font=font, font_size=size, font_color=color,
                                 character_spacing=spacing))
            else:
                n = len(self.notes) + 1
                self.notes.append([None, n, t])
                out.append(Chunk(str(n), font=font, font_size=size * 0.62, font_color=color,
                                 padding_bottom=int(size * 0.4)))
        return out

    def para(self, *sents, align=LEFT, size=10.5, font=CAL, mt=6, mb=6, gold=True, **kw):
        start = len(self.notes)
        p = HeterogeneousParagraph(self.chunks(sents, font, size, **kw), text_alignment=align,
                                   margin_top=mt, margin_bottom=mb, multiplied_leading=1.25)
        self.add(p)
        for n in self.notes[start:]:
            n[0] = self.page_no()
        if gold:
            self.gold.add(*sents)
        return p

    def heading(self, t, size=13, color=NAVY, font="Helvetica-Bold", mt=14, mb=6, toc=True):
        if toc:
            self.headings.append((t, None))
        p = HeterogeneousParagraph([Chunk(t, font=font, font_size=size, font_color=color)],
                                   margin_top=mt, margin_bottom=mb)
        self.add(p)
        if toc:
            self.headings[-1] = (t, self.page_no())

    def numbered(self, n, *sents, size=10.5):
        start = len(self.notes)
        t = FixedColumnWidthTable(number_of_rows=1, number_of_columns=2, column_widths=[1, 13],
                                  margin_top=5, margin_bottom=5)
        t.append_layout_element(Paragraph(f"{n}.", font=CAL, font_size=size))
        t.append_layout_element(HeterogeneousParagraph(self.chunks(sents, CAL, size),
                                                       multiplied_leading=1.25))
        t.no_borders()
        self.add(t)
        for note in self.notes[start:]:
            note[0] = self.page_no()
        self.gold.add(*sents)

    def bullets(self, lead, items, size=10.5):
        if lead:
            self.para(lead, size=size, mb=3)
        start = len(self.notes)
        ul = UnorderedList(margin_top=3, margin_bottom=6)
        for it in items:
            text, sub = (it, None) if isinstance(it, str) else it
            ul.append_layout_element(HeterogeneousParagraph(self.chunks([text], CAL, size),
                                                            multiplied_leading=1.25))
            self.gold.add(text)
            if sub:
                inner = UnorderedList()
                for s in sub:
                    inner.append_layout_element(HeterogeneousParagraph(
                        self.chunks([s], CAL, size), multiplied_leading=1.25))
                    self.gold.add(s)
                ul.append_layout_element(inner)
        self.add(ul)
        for note in self.notes[start:]:
            note[0] = self.page_no()

    def box(self, title, sents, color, size=10.5, fill=PALE):
        """A titled box: a one-column borderless table of two shaded cells with a thick left
        rule (the title cell is not gold)."""
        t = FixedColumnWidthTable(number_of_rows=2, number_of_columns=1, margin_top=10,
                                  margin_bottom=10)
        t.append_layout_element(Paragraph(title, font="Helvetica-Bold", font_size=size + 0.5,
                                          font_color=color, background_color=fill,
                                          border_color=color, border_width_left=4,
                                          padding_top=8, padding_left=12, padding_bottom=4))
        t.append_layout_element(HeterogeneousParagraph(
            self.chunks(sents, CAL, size), background_color=fill, border_color=color,
            border_width_left=4, padding_top=2, padding_left=12, padding_right=12,
            padding_bottom=10, multiplied_leading=1.25))
        t.no_borders()
        self.add(t)
        self.gold.add(*sents)

    # -- furniture painted after the layout
    def paint_notes(self, size=7.5, left=62, y=58):
        by_page = {}
        for pg, n, t in self.notes:
            by_page.setdefault(pg, []).append((n, t))
        for pg, items in by_page.items():
            page = self.doc.get_page(pg - 1)
            rect(page, left, y + 4, 120, 0.5, GREY)
            yy = y
            for n, t in items:
                hh = put(page, f"{n} {t}", left, yy, size=size, font=CAL, width=W - 2 * left)
                yy -= hh + 2

    def back_cover(self, page, font="Helvetica"):
        lines = ["© Crown copyright 2025 (synthetic test document).",
                 "You may reuse this publication free of charge under version 3.0 of the Open "
                 "Government Licence, unless a page says otherwise. The National Archives "
                 "publishes the licence text.",
                 "Material owned by third parties may be reused only with the permission of its "
                 "owners.",
                 "Copies of this document can be downloaded from the inspectorate website.",
                 "Questions about this document can be sent to enquiries@inspectorate.example"]
        y = 330
        for t in lines:
            y -= put(page, t, 62, y, size=8.5, font=font, width=W - 124) + 6
        rect(page, 62, y - 12, W - 124, 3, NAVY)

    def write(self):
        os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
        path = os.path.join(HERE, "pdf", self.name + ".pdf")
        PDF.write(what=self.doc, where_to=path)
        n = self.gold.write()
        print(f"{self.name}: {self.doc.get_number_of_pages()} pages, {n} gold sentences")


def cover(d, page, band, kicker, title, subtitle, published):
    rect(page, 0, H - 330, W, 330, band)
    put(page, kicker, 62, H - 110, size=14, font=CALB, color=WHITE)
    put(page, title, 62, H - 140, size=30, font="Helvetica-Bold", color=WHITE, width=470)
    put(page, subtitle, 62, H - 200, size=14, font="Helvetica", color=WHITE, width=440)
    put(page, NOTICE, 62, H - 380, size=11, font=CALB, width=440)
    put(page, published, 62, 110, size=11, font="Helvetica")


def contents(d, page, first=3, size=11):
    put(page, "Contents", 62, H - 90, size=22, font="Helvetica-Bold", color=NAVY)
    y = H - 140
    dot_w = text_width(".", CAL, size)
    right = W - 62
    for t, pg in d.headings:
        num = str(pg)
        tw = text_width(t, CAL, size)
        nw = text_width(num, CAL, size)
        put(page, t, 62, y, size=size, font=CAL)
        n = int((right - nw - 8 - (62 + tw + 6)) // dot_w)
        put(page, "." * n, 62 + tw + 6, y, size=size, font=CAL, width=n * dot_w + 4)
        put(page, num, right - nw, y, size=size, font=CAL, width=nw + 4)
        y -= 24


def running(d, pages, left, right, foot, total=None, color=GREY):
    n_pages = d.doc.get_number_of_pages()
    for pg in pages:
        page = d.doc.get_page(pg - 1)
        put(page, left, 62, H - 40, size=8.5, color=color)
        rw = text_width(right, "Helvetica", 8.5)
        put(page, right, W - 62 - rw, H - 40, size=8.5, color=color, width=rw + 4)
        rect(page, 62, H - 54, W - 124, 0.6, NAVY)
        put(page, foot, 62, 36, size=8.5, color=color)
        num = f"Page {pg} of {total or n_pages}" if total is not False else str(pg)
        nw = text_width(num, "Helvetica", 8.5)
        put(page, num, W - 62 - nw, 36, size=8.5, color=color, width=nw + 4)


# ---------------------------------------------------------------------------------------------
def b01():
    d = Doc("b01_peel_brackmoor", "PEEL 2023–25: Brackmoor Police")
    p1 = d.new_page()
    cover(d, p1, NAVY, "PEEL 2023–25", "Brackmoor Police",
          "Police effectiveness, efficiency and legitimacy: an inspection of Brackmoor Police",
          "Published 14 May 2025")
    p2 = d.new_page()                 # contents, painted at the end
    d.single(d.new_page())
    d.heading("Overall summary")
    d.para("Here we describe what we found when we inspected Brackmoor Police, a force "
           "that serves a mainly rural county with two large market towns and a busy stretch of "
           "motorway.",
           "We looked at how well the force answers the public, investigates crime, protects "
           "vulnerable people and manages offenders.")
    d.para("Each area we graded is listed in the table below with its grade.")
    rows = [("Area", "Grade"), ("Responding to the public", "Adequate"),
            ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Good"),
            ("Managing offenders and suspects", "Adequate"),
            ("Building, supporting and protecting the workforce", "Good")]
    t = FixedColumnWidthTable(number_of_rows=len(rows), number_of_columns=2,
                              column_widths=[5, 2], margin_top=6, margin_bottom=10)
    for i, (a, g) in enumerate(rows):
        for j, s in enumerate((a, g)):
            head = i == 0
            t.append_layout_element(Paragraph(
                s, font="Helvetica-Bold" if head or j else "Helvetica", font_size=10,
                font_color=NAVY if head else BLACK, padding_top=4, padding_bottom=4,
                padding_left=5))
    d.add(t)
    d.para("Since our last inspection, the chief constable has reorganised the force’s response "
           "teams and opened a new control room at Coldharrow.",
           "Leaders have a clear plan for improvement, but some of the changes are too recent "
           "for us to judge their effect.")

    d.heading("Responding to the public: adequate")
    d.numbered(1, "The force answers most emergency calls within the national target of ten "
               "seconds.",
               "Performance on non-emergency calls is weaker, and in the three months before our "
               "inspection about one caller in five gave up before the call was answered.")
    d.numbered(2, "Call handlers use a structured risk assessment to decide how quickly officers "
               "should attend.",
               "However, repeat callers were not always identified, so some victims were "
               "assessed as if they were contacting the force for the first time.")
    d.bullets("In the calls we listened to, call handlers generally:",
              ["gave callers clear advice about preserving evidence;",
               "asked whether children were present at the address;",
               ("checked force systems for:",
                ["previous incidents at the same address;",
                 "warning markers linked to the caller.^[A warning marker is a note on a "
                 "police system that alerts staff to a known risk.]"])])
    d.box("Area for improvement",
          ["Call handlers need to recognise repeat victims at the point when they first "
           "contact the police.",
           "It should also check that a risk assessment is completed for every call that needs "
           "one."], NAVY)

    d.heading("Investigating crime: requires improvement")
    d.numbered(3, "Too many investigations are not supervised effectively.",
               "In 19 of the 62 cases we reviewed, there was no record that a supervisor had set "
               "or checked the lines of enquiry.^[We reviewed 62 investigations closed between "
               "June and November 2024.]")
    d.numbered(4, "Investigators told us that their workloads had grown since the force reduced "
               "the number of detective constables in its volume crime teams.",
               "Some officers were managing more than 25 investigations at once.")
    d.numbered(5, "The force makes good use of its digital forensic hubs^[The hubs are at "
               "Coldharrow and Wexley police stations.] and victims rarely wait long for their "
               "mobile phones to be examined.")

    d.heading("Protecting vulnerable people: good")
    d.numbered(6, "Brackmoor Police knows who its most vulnerable residents are and where they "
               "live.",
               "Its safeguarding teams work closely with the two local authorities, and "
               "information is shared quickly when a child is thought to be at risk.")
    d.numbered(7, "Officers we spoke to understood how to recognise signs of exploitation.",
               "They gave us examples of cases where they had looked beyond the immediate "
               "incident and referred a young person for specialist support.")

    d.heading("Managing offenders and suspects: adequate")
    d.numbered(8, "Wanted suspects are usually arrested promptly.",
               "The force reviews outstanding suspects every day, and a named inspector is "
               "responsible for each of the most serious cases.")
    d.numbered(9, "The force manages registered sex offenders well, although some of their risk "
               "assessments were overdue.")

    d.heading("Building, supporting and protecting the workforce: good")
    d.numbered(10, "The force has invested in the well-being of its officers and staff.",
               "Most of those we spoke to felt valued and said they could raise concerns "
               "without fear of criticism.")
    body_last = d.page_no()
    back = d.new_page()
    d.back_cover(back)
    contents(d, p2)
    running(d, range(2, body_last + 1), "PEEL 2023-25", "Brackmoor Police", "HMICFRS")
    d.paint_notes()
    d.write()


# ---------------------------------------------------------------------------------------------
def b02():
    d = Doc("b02_thematic_eskdene", "Stalking and harassment: Eskdene Constabulary",
            margins=(78, 56, 70, 56))
    p1 = d.new_page()
    d.single(p1)
    d.add(HeterogeneousParagraph([Chunk("Stalking and harassment", font="Helvetica-Bold",
                                        font_size=22, font_color=TEAL)], margin_top=4,
                                 margin_bottom=4))
    d.add(HeterogeneousParagraph([Chunk("A thematic inspection of Eskdene Constabulary",
                                        font="Helvetica", font_size=13)], margin_top=4,
                                 margin_bottom=8))
    d.add(HeterogeneousParagraph([Chunk(NOTICE, font=CALB, font_size=10.5)], margin_top=6,
                                 margin_bottom=8))
    d.para("Stalking is a pattern of fixated and obsessive behaviour that can cause its victims "
           "lasting harm.",
           "We inspected how well Eskdene Constabulary recognises stalking, protects victims and "
           "brings offenders to justice.", size=11.5, spacing=0.06, font=CALB, color=TEAL,
           mt=8, mb=10)
    intro = d.para("Eskdene Constabulary received 1 214 reports of stalking or harassment in the "
                   "year to March 2025, a rise of almost a third on the year before.",
                   "Most of the increase was in reports of harassment by a former partner, and "
                   "more than half of the victims were women aged under 35.")
    # bar chart: a gap in the flow, painted at the end (shapes, value and quarter labels, caption)
    chart_top = intro.get_previous_paint_box()[1] - 8
    d.add(Space(size=(400, 172), margin_top=8, margin_bottom=8))
    d.para("The force has improved the way it records these crimes.",
           "In the records we examined, almost all reports of stalking had been recorded as "
           "stalking rather than as a less serious offence.",
           "Call handlers now ask a short set of questions that help them to spot stalking "
           "behaviour early.")
    d.box("Cause of concern",
          ["The force does not always assess the risk to stalking victims when they first report "
           "to the police, and too few victims are given safety advice at that stage.",
           "As a result, some victims who were at high risk did not receive the protection they "
           "needed."], RED, fill=HexColor("F6E8EA"))

    # page 2: two justified columns in the top part, then full width below them
    p2 = d.new_page()
    col_bottom = 476
    d.columns(p2, 78, col_bottom)

    def sub(t):
        d.heading(t, size=11, color=TEAL, mt=8, mb=3, toc=False)

    def cpara(*s):
        d.para(*s, align=JUST, size=10, mt=4, mb=5)

    sub("Recognising stalking")
    cpara("Call handlers and response officers were mostly confident in telling stalking apart "
          "from harassment.",
          "They were helped by a short guide that the force published in 2024, which sets out "
          "the behaviours that should prompt an officer to consider stalking.",
          "Officers in the rural north of the county were less familiar with the guide, and "
          "some had not heard of it.")
    cpara("The force has trained a network of 40 stalking advisers, who give advice to "
          "investigators and check the quality of risk assessments.",
          "This is a promising approach, but the advisers have no time set aside for the role.")
    sub("Protecting victims")
    cpara("The force makes good use of stalking protection orders.",
          "In the year to March 2025, it applied for 37 orders, and the courts granted all but "
          "two of them.",
          "Victims told us that the orders had made them feel safer, although several said they "
          "had waited weeks for an order to be served.")
    cpara("Too few victims were referred to the independent stalking advocacy service.",
          "Of the 60 cases we reviewed, only 21 showed that a referral had been offered.")
    sub("Investigating offences")
    cpara("Most investigations were thorough and were overseen by a supervisor.",
          "Investigators gathered digital evidence well, including messages and call records "
          "from victims’ phones.",
          "In some cases, however, the suspect was not arrested for several weeks, and victims "
          "were not told why.")
    cpara("The force’s outcomes for stalking offences have improved.",
          "The proportion of cases that resulted in a charge rose from 9 percent to 14 percent "
          "over two years.")

    # below the columns: recommendations table with prose cells, closing paragraph
    d.single(p2)
    d.layout = SingleColumnLayout(p2, margin_top=H - col_bottom + 10, margin_bottom=70,
                                  margin_left=56, margin_right=56)
    d.heading("Recommendations", size=13, color=TEAL, mt=4, mb=6, toc=False)
    d.para("We make two recommendations, which the force should act on within six months.",
           size=10.5, mt=4, mb=4)
    recs = [("1", "Every victim of stalking should have their risk assessed, and be given "
             "safety advice, at the time they first report to the police.",
             "Chief constable"),
            ("2", "The force should give its stalking advisers enough time to carry out the "
             "role, and should monitor how often victims are referred for advocacy.",
             "Chief constable")]
    t = FixedColumnWidthTable(number_of_rows=3, number_of_columns=3, column_widths=[1, 9, 3],
                              margin_top=6, margin_bottom=8)
    for s in ("No.", "Recommendation", "Owner"):
        t.append_layout_element(Paragraph(s, font="Helvetica-Bold", font_size=9.5,
                                          padding_top=4, padding_bottom=4, padding_left=5))
    for n, rec, own in recs:
        t.append_layout_element(Paragraph(n, font="Helvetica", font_size=9.5, padding_top=4,
                                          padding_left=5))
        t.append_layout_element(HeterogeneousParagraph(
            [Chunk(rec, font=CAL, font_size=10)], padding_top=4, padding_bottom=4,
            padding_left=5, padding_right=5, multiplied_leading=1.2))
        d.gold.add(rec)
        t.append_layout_element(Paragraph(own, font="Helvetica", font_size=9.5, padding_top=4,
                                          padding_left=5))
    d.add(t)
    d.para("We would like to thank the victims who spoke to us about their experiences.",
           "We will continue to monitor the force’s progress through our regular PEEL "
           "inspections.^[Our next PEEL inspection of Eskdene Constabulary is planned for "
           "2026.]", mt=4)
    body_last = d.page_no()
    d.back_cover(d.new_page())
    # the chart on page 1, painted now (after the page's body in the content stream)
    vals = [("Apr–Jun", 262), ("Jul–Sep", 301), ("Oct–Dec", 318), ("Jan–Mar", 333)]
    base = chart_top - 140
    for i, (lab, v) in enumerate(vals):
        x = 110 + i * 100
        hh = v * 0.33
        rect(p1, x, base, 44, hh, TEAL)
        put(p1, str(v), x + 12, base + hh + 12, size=8)
        put(p1, lab, x + 2, base - 3, size=8, font=CAL)
    rect(p1, 96, base, 400, 0.6, BLACK)
    put(p1, "Figure 1: Reports of stalking and harassment, by quarter, April 2024 to "
        "March 2025", 96, base - 17, size=8.5, font="Helvetica-Oblique", width=420)
    for pg in range(1, body_last + 1):
        page = d.doc.get_page(pg - 1)
        hdr = "Eskdene Constabulary · Stalking and harassment · October 2025"
        hw = text_width(hdr, "Helvetica-Oblique", 8)
        put(page, hdr, W - 56 - hw - 10, H - 38, size=8, font="Helvetica-Oblique", color=GREY,
            width=hw + 20)
        rect(page, 56, H - 50, W - 112, 0.5, TEAL)
        put(page, "HMICFRS thematic inspection", 56, 40, size=8, color=GREY)
        put(page, str(pg), W - 62, 40, size=8, color=GREY, width=20)
    d.paint_notes(left=56, y=56)
    d.write()


# ---------------------------------------------------------------------------------------------
def b03():
    d = Doc("b03_letter_fallowmere", "Fallowmere Police: vetting and counter-corruption revisit",
            margins=(60, 66, 70, 66))
    body = "Helvetica"
    p1 = d.new_page()
    d.single(p1)
    # letterhead, right-aligned: spaced "HMICFRS", then the office address
    d.add(HeterogeneousParagraph([Chunk("HMICFRS", font="Helvetica-Bold", font_size=20,
                                        font_color=NAVY, character_spacing=0.25)],
                                 horizontal_alignment=RIGHT_H, margin_top=2, margin_bottom=2))
    for line in ("Office of His Majesty's Inspector of Constabulary", "Tenter House",
                 "14 Quayside Row", "Lanchester LN4 7QD"):
        d.add(Paragraph(line, font=body, font_size=8.5, font_color=GREY,
                        horizontal_alignment=RIGHT_H, margin_top=1, margin_bottom=1))
    d.add(Paragraph(NOTICE, font="Helvetica-Bold", font_size=9.5, margin_top=14,
                    margin_bottom=8))
    for line in ("Chief Constable Anita Rowbury", "Fallowmere Police", "Police Headquarters",
                 "Moor Lane", "Fallowmere FW2 9HS"):
        d.add(Paragraph(line, font=body, font_size=10, margin_top=1, margin_bottom=1))
    d.add(Paragraph("3 November 2025", font=body, font_size=10, horizontal_alignment=RIGHT_H,
                    margin_top=10, margin_bottom=6))
    d.add(Paragraph("Dear Chief Constable,", font=body, font_size=10, margin_top=6,
                    margin_bottom=6))
    d.add(Paragraph("Fallowmere Police: revisit of vetting and counter-corruption",
                    font="Helvetica-Bold", font_size=10, margin_top=6, margin_bottom=6))

    def p(*s, **kw):
        d.para(*s, align=JUST, size=10, font=body, mt=5, mb=5, **kw)

    p("In our report published in February 2025, we identified a cause of concern about the "
      "way in which Fallowmere Police vets its officers and staff and protects itself against "
      "corruption.",
      "We went back to the force in September, and this letter gives the results.")
    p("The force has moved forward well since then.",
      "It has cleared the backlog of vetting renewals that we found last year, and it now checks "
      "that every member of the workforce holds the right level of clearance for their role.")
    p("Since our inspection, the force has:")
    ul = UnorderedList(margin_top=2, margin_bottom=6)
    items = ["recruited four additional vetting officers;",
             "introduced a monthly report to the chief officer team on the vetting workload;",
             "started to record the reasons for every decision to grant clearance where "
             "concerns had been raised;",
             "given line managers a dashboard that shows when each member of their team is due "
             "for renewal."]
    for it in items:
        ul.append_layout_element(HeterogeneousParagraph([Chunk(it, font=body, font_size=10)],
                                                        multiplied_leading=1.25))
        d.gold.add(it)
    d.add(ul)
    p("The force's counter-corruption unit now has the staff it needs to assess all the "
      "intelligence it receives.",
      "We examined 30 intelligence reports and found that each had been assessed within the "
      "timescale the force has set.")
    p("We also looked at how the force uses its software for monitoring the use of its IT "
      "systems.",
      "The software is now fully installed, and the unit has begun to use it to identify "
      "officers who may be abusing their position.")
    p("Supervisors have been given guidance on how to spot the warning signs that an officer may "
      "be forming an improper relationship with a member of the public.",
      "Those we spoke to knew how to report their concerns, and most said they would feel "
      "confident in doing so.")
    d.add(Paragraph("Our findings on each area are in the table below.", font=body, font_size=10,
                    margin_top=5, margin_bottom=5))
    d.gold.add("Our findings on each area are in the table below.")
    rows = [("Vetting renewals", "The backlog of 412 overdue renewals has been cleared, and "
             "renewals are now tracked each week."),
            ("Decision records", "Decisions to grant clearance despite concerns are now "
             "recorded, although a few records were brief."),
            ("Counter-corruption intelligence", "All the reports we examined had been assessed "
             "promptly and by a trained officer.")]
    t = FixedColumnWidthTable(number_of_rows=len(rows) + 1, number_of_columns=2,
                              column_widths=[2, 5], margin_top=6, margin_bottom=8)
    for s in ("Area", "What we found"):
        t.append_layout_element(Paragraph(s, font="Helvetica-Bold", font_size=9.5,
                                          background_color=PALE, padding_top=4,
                                          padding_bottom=4, padding_left=5))
    for a, f in rows:
        t.append_layout_element(Paragraph(a, font=body, font_size=9.5, padding_top=4,
                                          padding_left=5, padding_bottom=4))
        t.append_layout_element(Paragraph(f, font=body, font_size=9.5, padding_top=4,
                                          padding_left=5, padding_right=5, padding_bottom=4))
        d.gold.add(f)
    d.add(t)
    p("There is still more to do.",
      "Reasons for vetting decisions need to be written down in enough detail for someone to "
      "review them later.",
      "The force should also keep explaining to its workforce why vetting matters, because some "
      "staff we spoke to saw it only as a form to be completed.")
    p("Because of the progress the force has made, we have closed the cause of concern.",
      "We will continue to monitor this area through our usual contact with the force.")
    p("Your officers and staff made the revisit easy to arrange, and I am grateful to them.",
      "A copy of this letter goes to the Fallowmere police and crime commissioner.")
    d.add(Paragraph("Yours sincerely,", font=body, font_size=10, margin_top=10, margin_bottom=4))
    d.add(Paragraph(" ", font_size=10, padding_top=26, margin_top=2, margin_bottom=2))
    sig_page = d.doc.get_page(d.page_no() - 1)
    sig_y = d.layout.__dict__["_MultiColumnLayout__previous_element_bottom"]
    d.add(Paragraph("Jonathan Avery", font=body, font_size=10, margin_top=4, margin_bottom=1))
    d.add(Paragraph("His Majesty's Inspector of Constabulary", font=body, font_size=10,
                    margin_top=1, margin_bottom=1))
    # drawn signature: a zig-zag polyline
    pts = [(0, 6), (10, 22), (18, 4), (28, 24), (38, 8), (52, 20), (66, 10), (84, 18)]
    Shape(pts, stroke_color=NAVY, fill_color=None, line_width=1).paint(
        available_space=(66, sig_y + 4, 84, 24), page=sig_page)
    for pg in range(2, d.page_no() + 1):
        page = d.doc.get_page(pg - 1)
        put(page, "Fallowmere Police: vetting and counter-corruption revisit", 66, H - 34,
            size=8.5, color=GREY)
        put(page, str(pg), W - 76, H - 34, size=8.5, color=GREY, width=20)
    d.write()


if __name__ == "__main__":
    b01()
    b02()
    b03()
