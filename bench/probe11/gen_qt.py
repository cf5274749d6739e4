"""probe11 producer q: Qt 6's own PDF engine (QPdfWriter) through PySide6.

Run with QT_QPA_PLATFORM=offscreen.  The body of each document is a QTextDocument (Qt's rich-text
HTML subset) laid out at the writer's resolution with setPageSize(), so Qt itself decides where
pages break (a table's <thead> row is repeated by Qt on the next page); the generator then paints
each page: the document slice for that page, plus covers, running headers (alternating on odd and
even pages, with mirrored margins), footers, the contents page with dot leaders (page numbers
taken from the layout), a letterhead, a rotated margin label and a drawn signature.  Qt draws list
bullets (disc, circle, square) as vector shapes, not glyphs.  Endnote calls are <sup> digits; the
note texts are a "Notes" list at the end of the flow.
"""
import os
import sys

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QGuiApplication,
                           QPageSize, QPainter, QPainterPath, QPdfWriter, QPen, QTextDocument,
                           QTextOption)

from common import HERE, NOTICE, Gold, Notes, sentences

DPI = 300
MM = DPI / 25.4
PAGE_W, PAGE_H = 210 * MM, 297 * MM
PDF_DIR = os.path.join(HERE, "pdf")


def px(pt):
    """A CSS length in CSS pixels (Qt scales px as 1/96 inch to the paint device)."""
    return f"{pt * 96 / 72:.0f}px"


class Writer:
    def __init__(self, name, title):
        self.path = os.path.join(PDF_DIR, name + ".pdf")
        self.w = QPdfWriter(self.path)
        self.w.setPageSize(QPageSize(QPageSize.A4))
        self.w.setResolution(DPI)
        self.w.setPageMargins(QMarginsF(0, 0, 0, 0))
        self.w.setTitle(title)
        self.w.setCreator("probe11 gen_qt.py (PySide6)")
        self.p = QPainter(self.w)
        self.pages = 0

    def page(self):
        if self.pages:
            self.w.newPage()
        self.pages += 1

    def font(self, family, pt, bold=False, italic=False, spacing=None, liga=False):
        f = QFont(family)
        if not liga:
            f.setFeature(QFont.Tag("liga"), 0)
        f.setPointSizeF(pt)
        f.setBold(bold)
        f.setItalic(italic)
        if spacing:
            f.setLetterSpacing(QFont.AbsoluteSpacing, spacing)
        return f

    def text(self, x, y, w, h, s, family, pt, bold=False, color="#000000", align=Qt.AlignLeft,
             italic=False, spacing=None):
        """Draw s (wrapped, ragged) in a box given in mm."""
        self.p.save()
        self.p.setFont(self.font(family, pt, bold, italic, spacing))
        self.p.setPen(QColor(color))
        self.p.drawText(QRectF(x * MM, y * MM, w * MM, h * MM),
                        int(align) | int(Qt.TextWordWrap) | int(Qt.AlignTop), s)
        self.p.restore()

    def rect(self, x, y, w, h, color):
        self.p.fillRect(QRectF(x * MM, y * MM, w * MM, h * MM), QColor(color))

    def line(self, x1, y1, x2, y2, color="#000000", width=0.3):
        self.p.save()
        self.p.setPen(QPen(QColor(color), width * MM))
        self.p.drawLine(QPointF(x1 * MM, y1 * MM), QPointF(x2 * MM, y2 * MM))
        self.p.restore()

    def finish(self, pages):
        self.p.end()
        assert self.pages == pages, f"{self.path}: {self.pages} pages, expected {pages}"


class Flow:
    """A QTextDocument paginated by Qt at the writer's resolution."""

    def __init__(self, writer, html, width_mm, height_mm, family, pt, wrap_anywhere=False):
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(writer.w)
        # default font with the OpenType "liga" feature off: Carlito's ti/tt/ft ligatures have
        # no Unicode equivalent and Qt's ToUnicode maps them to the first letter only
        self.doc.setDefaultFont(writer.font(family, pt, liga=False))
        self.doc.setDocumentMargin(0)
        self.doc.setIndentWidth(6 * MM)
        if wrap_anywhere:
            opt = QTextOption()
            opt.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
            self.doc.setDefaultTextOption(opt)
        self.doc.setHtml(html)
        self.w, self.h = width_mm * MM, height_mm * MM
        self.doc.setPageSize(QSizeF(self.w, self.h))
        self.writer = writer
        self.unsplit()

    def unsplit(self):
        """Qt paints a page by drawing every block that meets the page and clipping (as
        QTextDocument::print does), so a paragraph split by a page break would leave its clipped
        lines as invisible text on both pages.  Push such paragraphs to the next page instead."""
        from PySide6.QtGui import QTextBlockFormat, QTextCursor
        for _ in range(20):
            layout = self.doc.documentLayout()
            b = self.doc.begin()
            moved = False
            while b.isValid():
                r = layout.blockBoundingRect(b)
                cur = QTextCursor(b)
                if (b.text().strip() and cur.currentTable() is None
                        and int(r.top() // self.h) != int((r.bottom() - 1) // self.h)):
                    fmt = QTextBlockFormat()
                    fmt.setPageBreakPolicy(QTextBlockFormat.PageBreak_AlwaysBefore)
                    cur.mergeBlockFormat(fmt)
                    moved = True
                    break
                b = b.next()
            if not moved:
                return
        raise RuntimeError("could not stop paragraphs splitting across pages")

    def count(self):
        return self.doc.pageCount()

    def page_of(self, text):
        """0-based flow page of the first block whose text starts with text."""
        b = self.doc.begin()
        while b.isValid():
            if b.text().startswith(text):
                return int(self.doc.documentLayout().blockBoundingRect(b).top() // self.h)
            b = b.next()
        raise KeyError(text)

    def draw(self, i, x_mm, y_mm):
        p = self.writer.p
        p.save()
        p.translate(x_mm * MM, y_mm * MM - i * self.h)
        clip = QRectF(0, i * self.h, self.w, self.h)
        p.setClipRect(clip)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.clip = clip
        self.doc.documentLayout().draw(p, ctx)
        p.restore()


class Html:
    """Builds the QTextDocument HTML and the gold from the same strings."""

    def __init__(self, name):
        self.gold = Gold(name)
        self.notes = Notes()
        self.parts = []
        self.pstyle = ""

    def p(self, *sents, style=""):
        self.gold.add(*sents)
        style = style or self.pstyle
        self.parts.append(f'<p style="{style}">{self.notes.render(sentences(*sents))}</p>')

    def raw(self, s):
        self.parts.append(s)

    def li(self, s):
        self.gold.add(s)
        return self.notes.render(s)

    def html(self, css):
        return f"<html><head><style>{css}</style></head><body>{''.join(self.parts)}</body></html>"


# --------------------------------------------------------------------------------------------
# q01: PEEL report, Tollemarsh Constabulary.  Carlito; painted cover, contents page with dot
# leaders, body flowed by Qt on odd/even pages, endnotes, painted back cover.
# --------------------------------------------------------------------------------------------

def q01():
    name = "q01_peel_tollemarsh"
    w = Writer(name, "Tollemarsh Constabulary: PEEL 2025–27")
    d = Html(name)
    navy, teal = "#123b4a", "#1f7a74"
    css = (f"body {{ font-size: 11pt; }} "
           f"p {{ margin-top: 0px; margin-bottom: 7pt; line-height: 125%; }} "
           f"h2 {{ font-size: 15pt; color: {navy}; margin-top: 10pt; margin-bottom: 5pt; }} "
           f"h3 {{ font-size: 12.5pt; color: {teal}; margin-top: 8pt; margin-bottom: 4pt; }} "
           f"li {{ margin-bottom: 3pt; }} td {{ padding: 4px; }}")
    n = [0]

    def num(*sents):
        """A numbered paragraph: an <ol> of one item whose start continues the count."""
        n[0] += 1
        d.gold.add(*sents)
        d.raw(f'<ol start="{n[0]}" style="margin-left: 0px; -qt-list-indent: 1;">'
              f'<li style="margin-bottom: 7pt; line-height: 125%;">{d.notes.render(sentences(*sents))}</li></ol>')

    d.raw("<h2>Overview</h2>")
    num("This is our PEEL assessment of Tollemarsh Constabulary, based on fieldwork that we carried out in June 2025.",
        "Tollemarsh serves some 1\u00a0040\u00a0000 people, most of whom live in the twin cities of Hexley and Pardon Vale.")
    num("Overall, the force’s performance has improved since our last inspection.",
        "It is good at responding to the public, but it needs to get better at managing registered sex offenders.^[Registered sex offenders are people who must notify the police of their details under the Sexual Offences Act 2003.]")
    d.raw("<h2>Grades</h2>")
    d.p("Our grades for each area of policing that we inspected are set out below.")
    rows = [("Engaging with and treating the public with fairness and respect", "Adequate"),
            ("Preventing crime and anti-social behaviour", "Good"),
            ("Responding to the public", "Good"),
            ("Investigating crime", "Adequate"),
            ("Managing offenders and suspects", "Requires improvement"),
            ("Building, supporting and protecting the workforce", "Good")]
    d.raw('<table width="100%" border="1" cellspacing="0" cellpadding="5" '
          'style="border-collapse: collapse; border-color: #7a8a90; margin-bottom: 8pt;">'
          f'<thead><tr style="background-color: #d7e6ea;"><th align="left">Area of policing</th>'
          f'<th align="left" width="32%">Grade</th></tr></thead>'
          + "".join(f"<tr><td>{a}</td><td><b>{g}</b></td></tr>" for a, g in rows) + "</table>")
    d.raw("<h3>Responding to the public: good</h3>")
    num("The force answers 93 per cent of emergency calls within ten seconds, which is better than the national standard.",
        "Call handlers are well trained, and they use a structured triage tool to decide how quickly an officer must attend.")
    num("The force has improved its response to the public by:")
    d.raw('<ul type="disc" style="margin-left: 0px; -qt-list-indent: 2;">'
          f'<li>{d.li("opening a second control room at Pardon Vale, so that calls can be answered from either site;")}</li>'
          f'<li>{d.li("giving response officers tablets that show the history of the address they are going to;")}</li>'
          f'<li>{d.li("publishing its attendance times on its website every month.")}</li></ul>')
    box = ["The control room now has a mental health nurse on duty every evening from 6pm until 2am.",
           "The nurse can speak to callers in crisis and advise officers at the scene, and this has cut the number of people detained under the Mental Health Act by 19 per cent."]
    d.gold.add(*box)
    d.raw('<table width="100%" cellspacing="0" cellpadding="8" border="0" '
          'style="background-color: #e3f1ef; margin-top: 4pt; margin-bottom: 10pt;"><tr><td>'
          f'<p style="font-weight: bold; color: {teal}; margin-bottom: 4pt;">Innovative practice</p>'
          + "".join(f'<p style="margin-bottom: 4pt;">{d.notes.render(s)}</p>' for s in box)
          + "</td></tr></table>")
    d.raw("<h3>Managing offenders and suspects: requires improvement</h3>")
    num("The force manages 1\u00a0120 registered sex offenders, and each of its offender managers supervises far more cases than national guidance recommends.",
        "We found visits that were overdue, risk assessments that had not been reviewed for more than a year, and little use of unannounced checks.")
    num("We were particularly concerned that offender managers:")
    d.raw('<ul type="disc" style="margin-left: 0px; -qt-list-indent: 2;">'
          f'<li>{d.li("were not told when an offender they supervised was arrested in another force area;")}</li>'
          f'<li>{d.li("did not always have the skills to examine the devices an offender owned, including:")}'
          '<ul type="circle">'
          f'<li>{d.li("smartphones and tablets;")}</li>'
          f'<li>{d.li("games consoles that can connect to the internet.")}</li></ul></li>'
          f'<li>{d.li("had received no refresher training for three years.")}</li></ul>')
    num("The force should review the workload of its offender managers and make sure that all overdue visits are completed within three months.")
    d.raw("<h3>Building, supporting and protecting the workforce: good</h3>")
    num("The force’s wellbeing offer is well-led and well used.",
        "Staff told us that they could see a counsellor within a week, and that their supervisors took their wellbeing seriously.^[The force’s staff survey had a response rate of 64 per cent in 2025.]",
        "Sickness absence among police staff fell from 5.1 per cent to 4.2 per cent over two years.")
    num("Leaders hold regular open sessions at every station, and the officers we met felt that they were listened to.",
        "However, some police staff in the control room told us that changes to their shifts had been made without asking them.")
    num("We thank the chief officer team and everyone at Tollemarsh Constabulary who helped us with this inspection.")
    d.raw('<h2>Notes</h2><ol style="font-size: 9pt;">'
          + "".join(f'<li style="margin-bottom: 2pt;">{t}</li>' for _, t in d.notes.items) + "</ol>")

    flow = Flow(w, d.html(css), 150, 240, "Carlito", 11)
    nflow = flow.count()
    assert nflow == 2, f"q01 body is {nflow} pages"
    first_body = 3

    # page 1: cover
    w.page()
    w.rect(0, 0, 210, 297, "#ffffff")
    w.rect(0, 0, 210, 110, navy)
    w.rect(0, 110, 210, 4, teal)
    w.text(22, 24, 160, 10, "HMICFRS", "Carlito", 12, bold=True, color="#ffffff", spacing=4)
    w.text(22, 55, 170, 20, "PEEL 2025–27", "Carlito", 34, bold=True, color="#ffffff")
    w.text(22, 78, 170, 20, "Police effectiveness, efficiency and legitimacy", "Carlito", 16, color="#cfe3e8")
    w.text(22, 135, 170, 30, "An inspection of Tollemarsh Constabulary", "Carlito", 24, bold=True, color=navy)
    w.text(22, 170, 150, 20, NOTICE, "Carlito", 11)
    w.text(22, 262, 100, 10, "November 2025", "Carlito", 12, color=navy)

    # page 2: contents with dot leaders (drawn), page numbers from the layout
    w.page()
    w.text(30, 30, 150, 15, "Contents", "Carlito", 22, bold=True, color=navy)
    entries = [("Overview", "Overview"), ("Grades", "Grades"),
               ("Responding to the public", "Responding to the public: good"),
               ("Managing offenders and suspects", "Managing offenders and suspects: requires"),
               ("Building, supporting and protecting the workforce", "Building, supporting and protecting"),
               ("Notes", "Notes")]
    f = w.font("Carlito", 12)
    w.p.setFont(f)
    w.p.setPen(QColor("#000000"))
    fm = w.p.fontMetrics()
    y = 55
    x0, x1 = 30 * MM, 180 * MM
    for label, key in entries:
        pg = str(first_body + flow.page_of(key))
        base = y * MM
        w.p.drawText(QPointF(x0, base), label)
        wn = fm.horizontalAdvance(pg)
        w.p.drawText(QPointF(x1 - wn, base), pg)
        start = x0 + fm.horizontalAdvance(label) + 2 * MM
        dot_w = fm.horizontalAdvance(". ")
        k = int((x1 - wn - 2 * MM - start) // dot_w)
        w.p.drawText(QPointF(x1 - wn - 2 * MM - k * dot_w, base), ". " * k)
        y += 10
    w.text(100, 280, 10, 8, "2", "Carlito", 10, align=Qt.AlignHCenter)

    # pages 3-4: body; odd pages: inner (left) margin 34 mm, even pages: inner (right) margin 34 mm
    for i in range(nflow):
        w.page()
        pno = first_body + i
        odd = pno % 2 == 1
        x = 34 if odd else 26
        if odd:
            w.text(x, 12, 150, 8, "Tollemarsh Constabulary · PEEL 2025–27", "Carlito", 9,
                   color=navy, align=Qt.AlignRight)
        else:
            w.text(x, 12, 150, 8, "HMICFRS · Police effectiveness, efficiency and legitimacy", "Carlito", 9,
                   color=navy, align=Qt.AlignLeft)
        w.line(x, 18, x + 150, 18, navy, 0.25)
        flow.draw(i, x, 26)
        w.line(x, 272, x + 150, 272, "#9aa9ae", 0.2)
        w.text(x, 275, 150, 8, f"Page {pno}", "Carlito", 9,
               align=Qt.AlignRight if odd else Qt.AlignLeft)

    # page 5: back cover
    w.page()
    w.rect(0, 200, 210, 97, navy)
    for k, s in enumerate(["© HMICFRS 2025",
                           "Published under the Open Government Licence v3.0.",
                           "HMICFRS, Brewer’s Yard, 12 Canal Street, Hexley HX3 4TD",
                           "www.justiceinspectorates.gov.uk/hmicfrs"]):
        w.text(22, 215 + 8 * k, 170, 8, s, "Carlito", 10, color="#ffffff")
    w.finish(5)
    return d.gold.write()


# --------------------------------------------------------------------------------------------
# q02: letter, Penhallow Police.  DejaVu Sans; painted letterhead with a drawn crest, a vertical
# (rotated) margin label, the letter flowed by Qt with a long URL broken anywhere, a table with
# prose cells, page 2 header and bare page number, drawn signature.
# --------------------------------------------------------------------------------------------

def q02():
    name = "q02_letter_penhallow"
    w = Writer(name, "Letter to the Chief Constable of Penhallow Police")
    d = Html(name)
    plum = "#4b2a5e"
    d.pstyle = f"margin-bottom: {px(8)}; line-height: 140%;"
    css = ("body { font-size: 10.5pt; } "
           "p { margin-top: 0px; margin-bottom: 8pt; line-height: 130%; } li { margin-bottom: 3pt; } ")
    d.raw(f'<p style="margin-bottom: {px(10)}; font-size: 8.5pt;">{NOTICE}</p>')
    d.raw('<p style="margin-bottom: 0px;">Chief Constable Rhodri Penmarric<br/>Penhallow Police<br/>'
          'Headquarters, Tregarrow Lane<br/>Penhallow<br/>PH7 2WE</p>')
    d.raw(f'<p align="right" style="margin-top: {px(8)}; margin-bottom: {px(12)};">3 March 2026</p>')
    d.raw(f'<p style="margin-bottom: {px(8)};">Dear Chief Constable,</p>')
    d.raw(f'<p style="margin-bottom: {px(8)}; font-weight: bold; color: {plum};">Revisit of the response to stalking and harassment</p>')
    d.p("Thank you for welcoming our team to Penhallow during the week of 9 February.",
        "This letter sets out what we found when we revisited the force to check its progress on stalking and harassment.")
    d.p("When we inspected the force in 2024, we found that stalking was often recorded as a lesser offence, and that victims were rarely given protection orders.",
        "We made three recommendations, and we asked the force to report its progress to us every six months.")
    d.p("We found that the force now:", style=f"margin-bottom: {px(3)};")
    d.raw(f'<ul type="square" style="margin-left: 0px; margin-bottom: {px(8)};">'
          f'<li>{d.li("has a stalking clinic, where officers, probation staff and a specialist advocate review every high-risk case together;")}</li>'
          f'<li>{d.li("checks every harassment report within a day to see whether it should be recorded as stalking;")}</li>'
          f'<li>{d.li("has applied for 47 stalking protection orders in the last year, compared with six the year before.")}</li></ul>')
    d.p("During our visit we also looked at how the force deals with breaches of protection orders.",
        "Officers arrested suspects quickly when an order was breached, and most cases were passed to the Crown Prosecution Service within a week.")
    d.p("We also spoke to nine victims of stalking, all of whom said that they felt safer than they had a year ago.",
        "Two of them told us that their officer had called them every week until the suspect was charged.")
    d.p("The table below sets out our findings against each recommendation.")
    recs = [("1", "Recording", ["Crime recording is now accurate in most cases.",
                                "Of the 80 reports we reviewed, 74 had been recorded correctly."]),
            ("2", "Protection orders", ["The force has made good progress.",
                                        "Officers understand when an order is needed, and lawyers from the force’s legal team help them to prepare applications."]),
            ("3", "Victim support", ["Progress has been slower.",
                                     "Victims still wait up to five weeks to be contacted by an advocate, because the service is funded for only two posts."])]
    rows = []
    for num_, name_, sents in recs:
        d.gold.add(*sents)
        rows.append(f'<tr><td>{num_}</td><td><b>{name_}</b></td><td>{" ".join(d.notes.render(s) for s in sents)}</td></tr>')
    d.raw('<table width="100%" border="1" cellspacing="0" cellpadding="5" '
          'style="border-collapse: collapse; border-color: #8c7a99; margin-bottom: 30px;">'
          '<thead><tr style="background-color: #e6dcec;"><th align="left" width="8%">No.</th>'
          '<th align="left" width="30%">Recommendation</th><th align="left">What we found</th></tr></thead>'
          + "".join(rows) + "</table>")
    d.p("We were encouraged by the commitment of the officers we met, many of whom had volunteered to join the stalking clinic.",
        "But we were told that there is no plan to keep the clinic going when its grant ends in September.",
        "The force should decide how it will fund this work in the future.")
    url = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/penhallow-police-stalking-and-harassment-revisit-2026/"
    s_url = f"Our report on the original inspection can be found at {url}."
    d.gold.add(s_url)
    d.raw(f'<p style="{d.pstyle}">Our report on the original inspection can be found at <a href="{url}" style="color: #1f4fa0;">{url}</a>.</p>')
    d.p("We will return in the autumn to see how the force has responded to this letter.",
        "In the meantime, please let me know if you would like to discuss any of our findings.")
    d.raw(f'<p style="margin-top: {px(6)}; margin-bottom: {px(36)};">Yours sincerely,</p>')
    d.raw('<p style="margin-bottom: 0px;"><b>Tobias Ancell-Ward</b><br/>HM Inspector of Constabulary</p>')

    # the flow starts below the letterhead on page 1 and below the running header on page 2; both
    # pages give it the same height (page 2 simply has a deeper bottom margin)
    flow = Flow(w, d.html(css), 148, 215, "DejaVu Sans", 10.5, wrap_anywhere=True)
    nflow = flow.count()
    assert nflow == 2, f"q02 is {nflow} pages"
    for i in range(nflow):
        w.page()
        if i == 0:
            # crest: drawn shapes
            w.p.save()
            w.p.setPen(QPen(QColor(plum), 0.6 * MM))
            w.p.setBrush(QColor("#efe7f3"))
            path = QPainterPath()
            path.moveTo(34 * MM, 18 * MM)
            path.lineTo(46 * MM, 18 * MM)
            path.lineTo(46 * MM, 30 * MM)
            path.quadTo(46 * MM, 38 * MM, 40 * MM, 41 * MM)
            path.quadTo(34 * MM, 38 * MM, 34 * MM, 30 * MM)
            path.closeSubpath()
            w.p.drawPath(path)
            w.p.restore()
            w.text(52, 18, 130, 8, "HM Inspectorate of Constabulary", "DejaVu Sans", 13, bold=True, color=plum)
            w.text(52, 26, 130, 8, "and Fire & Rescue Services", "DejaVu Sans", 11, color=plum)
            w.text(112, 36, 70, 14, "Brewer’s Yard, 12 Canal Street\nHexley HX3 4TD\n0300 555 0142",
                   "DejaVu Sans", 7.5, align=Qt.AlignRight)
            w.line(34, 52, 182, 52, plum, 0.4)
            # rotated margin label in the left margin, reading bottom to top
            w.p.save()
            w.p.translate(16 * MM, 250 * MM)
            w.p.rotate(-90)
            w.p.setFont(w.font("DejaVu Sans", 7, spacing=1.5 * DPI / 72))
            w.p.setPen(QColor("#8a8a8a"))
            w.p.drawText(QPointF(0, 0), "OFFICIAL-SENSITIVE · REVISIT LETTER · PH/2026/031")
            w.p.restore()
        else:
            w.text(34, 12, 148, 8, "Penhallow Police · stalking and harassment revisit · 3 March 2026",
                   "DejaVu Sans", 7.5, color=plum)
            w.text(100, 282, 10, 8, str(i + 1), "DejaVu Sans", 8.5, align=Qt.AlignHCenter)
        flow.draw(i, 34, 58 if i == 0 else 24)
        if i == nflow - 1:
            # find the signature block's position and draw a signature above the name
            b = flow.doc.begin()
            while b.isValid() and not b.text().startswith("Tobias"):
                b = b.next()
            top = flow.doc.documentLayout().blockBoundingRect(b).top() - i * flow.h
            y = (24 * MM + top) - 5 * MM
            w.p.save()
            w.p.setPen(QPen(QColor("#1b2b6b"), 0.35 * MM))
            sig = QPainterPath()
            sig.moveTo(36 * MM, y)
            for k in range(6):
                sig.cubicTo((38 + 6 * k) * MM, y - 6 * MM, (40 + 6 * k) * MM, y + 3 * MM, (42 + 6 * k) * MM, y - 1 * MM)
            w.p.drawPath(sig)
            w.p.restore()
    w.finish(2)
    return d.gold.write()


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for fn in (q01, q02):
        n = fn()
        print(f"{fn.__name__}: {n} gold sentences")
    del app


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
