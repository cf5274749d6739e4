"""probe16 producer j: pdfje 0.6.1 (PyPI), a declarative pure-Python PDF writer with Knuth-Plass
line breaking, kerning, hyphenation (through pyphen 0.18.1, en_GB patterns), column flow across
pages and TrueType embedding (through fontTools), driven from Python 3.11.

pdfje embeds each TrueType font as a Type 0 font (CIDFontType2, Identity-H) whose CIDs are
numbered in order of first use, with a ToUnicode CMap; each paragraph is one BT ... ET, lines
are moved by T*, and a line is one TJ array of hex strings in which kerning and the widening of
justified word spaces are written as numbers.  It writes no Info dictionary at all.

pdfje has paragraphs and rules but no lists, tables, boxes or footnotes, so this generator adds
three small blocks over its layout API: Gap (vertical space), Indented (a block laid out in a
narrower column, with a hanging marker -- a number or bullet -- set by pdfje in the gutter) and
Boxed (a paragraph in a shaded, ruled box inside the flow); fixed-position text (covers,
contents, tables, chart labels, boxes outside the flow) is laid out by pdfje into a rectangle by
FlowAt.  Footnote calls are the superscript characters of the font (¹ ² ³) and the notes are
endnotes in the flow.

  j01  roads policing thematic: title, notice and standfirst drawn on page 1 above two
       justified, hyphenated columns; page 2 has two columns above and two below a full-width
       "Case study" box drawn outside the flow, so the text flows around the box; "•" bullets;
       endnotes; a bar chart with labels on the last page; running head and page numbers.
  j02  PEEL 2023-25 report: cover, contents with dot leaders, grade table at the top of the
       first body page, numbered paragraphs with the numbers in the margin, run-in bold labels
       (one with a full stop, one without), "•" bullets and a lead-in, a "Cause of concern" box
       in the flow, running head and footer, back cover.

Usage: python3 gen_pdfje.py
"""
import hashlib
import logging
import os

import pdfje.atoms
import pyphen
from common import NOTICE, PDF_DIR, Gold, pieces
from fontTools.ttLib import TTFont
from pdfje import Column, Document, Page
from pdfje.common import XY
from pdfje.draw import Line, Rect, Text
from pdfje.fonts import TrueType
from pdfje.layout import Paragraph
from pdfje.layout.common import Block, ColumnFill, Shaped
from pdfje.layout.pages import AutoPage
from pdfje.page import Drawing
from pdfje.style import Span, Style

TT = "/usr/share/fonts/truetype/crosextra"
CALADEA = TrueType(f"{TT}/Caladea-Regular.ttf", f"{TT}/Caladea-Bold.ttf",
                   f"{TT}/Caladea-Italic.ttf", f"{TT}/Caladea-BoldItalic.ttf")
CARLITO = TrueType(f"{TT}/Carlito-Regular.ttf", f"{TT}/Carlito-Bold.ttf",
                   f"{TT}/Carlito-Italic.ttf", f"{TT}/Carlito-BoldItalic.ttf")
HYPH = pyphen.Pyphen(lang="en_GB", left=2, right=3)
logging.getLogger("fontTools").setLevel(logging.ERROR)
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
W, H = 595, 842


def sup(n):
    return "".join(SUP[int(c)] for c in str(n))


class Widths:
    """Advance widths from a font file, for dot leaders and right-aligned numbers."""

    def __init__(self, path):
        f = TTFont(path)
        self.cmap = f.getBestCmap()
        self.hmtx = f["hmtx"]
        self.upm = f["head"].unitsPerEm

    def __call__(self, s, size):
        return sum(self.hmtx[self.cmap[ord(c)]][0] for c in s) * size / self.upm


CARLITO_W = Widths(f"{TT}/Carlito-Regular.ttf")


def T(loc, content, style, align="left"):
    """pdfje's Text takes the top of the line box; this takes the baseline."""
    x, y = loc
    return Text((x, y + style.size), content, style | Style(line_spacing=1.0), align=align)


# ---------------------------------------------------------------------------------------------
# blocks added over pdfje's layout API

class Space(Shaped):
    def __init__(self, h):
        self.h = h

    def render(self, pos, width):
        return iter(())

    @property
    def height(self):
        return self.h


class Gap(Block):
    """Vertical space, dropped at the top of a column."""

    def __init__(self, h):
        self.h = h

    def into_columns(self, res, style, cs):
        col = next(cs)
        if col.blocks and self.h < col.height_free:
            col = col.add(Space(self.h))
        yield col


class NeedSpace(Block):
    """Move to the next column unless at least h points are left (keeps a heading with the
    lines after it)."""

    def __init__(self, h):
        self.h = h

    def into_columns(self, res, style, cs):
        col = next(cs)
        if col.blocks and col.height_free < self.h:
            nxt = next(cs)
            yield col
            col = nxt
        yield col


class FixedWidth(Shaped):
    def __init__(self, inner, width, dx=0.0):
        self.inner, self.w, self.dx = inner, width, dx

    def render(self, pos, width):
        return self.inner.render(XY(pos.x + self.dx, pos.y), self.w)

    @property
    def height(self):
        return self.inner.height


class Zero(Shaped):
    """A shape of no height drawn at the current cursor (a marker or a box background)."""

    def __init__(self, fn):
        self.fn = fn

    def render(self, pos, width):
        return self.fn(pos, width)

    @property
    def height(self):
        return 0


def shape_of(block, res, style, width):
    """pdfje's layout of a block into a lone column: the filled ColumnFill."""
    col = ColumnFill.new(Column(XY(0, 0), width, 2000))
    *_, last = block.into_columns(res, style, iter([col]))
    return last


class Indented(Block):
    """A block laid out in a column narrowed by left (and right); marker (a paragraph) is set
    in the gutter level with the block's first line."""

    def __init__(self, inner, left, right=0.0, marker=None, marker_width=None):
        self.inner, self.left, self.right = inner, left, right
        self.marker = marker
        self.marker_width = marker_width or left

    def into_columns(self, res, style, cs):
        keep = {}

        def narrow(c):
            nb = Column(XY(c.box.origin.x + self.left, c.box.origin.y),
                        c.box.width - self.left - self.right, c.box.height)
            keep[id(nb)] = (c, nb)
            return ColumnFill(nb, (), c.height_free)

        first = True
        for nc in self.inner.into_columns(res, style, map(narrow, cs)):
            c, nb = keep[id(nc.box)]
            blocks = [(loc, FixedWidth(s, nb.width)) for loc, s in nc.blocks]
            if first and blocks and self.marker is not None:
                filled = shape_of(self.marker, res, style, self.marker_width)
                mk = [s for _, s in filled.blocks]
                dx = -self.marker_width

                def draw(pos, width, mk=mk, dx=dx):
                    for s in mk:
                        yield from s.render(XY(pos.x + dx, pos.y), self.marker_width)
                loc0 = blocks[0][0]
                blocks.insert(0, (loc0, Zero(draw)))
            if blocks:
                first = False
            yield ColumnFill(c.box, (*c.blocks, *blocks), nc.height_free)


class Boxed(Block):
    """A paragraph inside a shaded box with a thick left rule, kept in the flow."""

    def __init__(self, inner, fill, rule, pad=7.0):
        self.inner, self.fill, self.rule, self.pad = inner, fill, rule, pad

    def into_columns(self, res, style, cs):
        pad = self.pad
        keep = {}

        def narrow(c):
            nb = Column(XY(c.box.origin.x + pad + 3, c.box.origin.y),
                        c.box.width - 2 * pad - 3, c.box.height)
            keep[id(nb)] = (c, nb)
            free = c.height_free - (pad if not c.blocks else pad + 6)
            return ColumnFill(nb, (), free)

        for nc in self.inner.into_columns(res, style, map(narrow, cs)):
            c, nb = keep[id(nc.box)]
            if not nc.blocks:
                yield c
                continue
            lead = 0 if not c.blocks else 6
            body = [(loc, FixedWidth(s, nb.width)) for loc, s in nc.blocks]
            top = body[0][0].y + pad
            bottom = nc.height_free + c.box.origin.y - pad
            x0, w0 = c.box.origin.x, c.box.width

            def draw(pos, width, top=top, bottom=bottom, x0=x0, w0=w0, fill=self.fill,
                     rule=self.rule):
                yield (b"q %g %g %g rg %g %g %g %g re f %g %g %g rg %g %g 3 %g re f Q\n"
                       % (*fill, x0, bottom, w0, top - bottom, *rule, x0, bottom,
                          top - bottom))
            gap = [(c.cursor(), Space(lead))] if lead else []
            blocks = (*c.blocks, *gap, (c.cursor(), Zero(draw)), *body)
            yield ColumnFill(c.box, blocks, nc.height_free - pad)


class FlowAt(Drawing):
    """Paragraphs laid out by pdfje into a fixed rectangle (top-left x, y, width), optionally
    on a shaded background of the given height."""

    def __init__(self, x, y, width, blocks, gap=4.0, fill=None, height=None, rule=None):
        self.x, self.y, self.width, self.blocks, self.gap = x, y, width, blocks, gap
        self.fill, self.height, self.rule = fill, height, rule

    def render(self, res, style):
        if self.fill is not None:
            yield (b"q %g %g %g rg %g %g %g %g re f Q\n"
                   % (*self.fill, self.x - 8, self.y - self.height + 8, self.width + 16,
                      self.height))
        if self.rule is not None:
            yield (b"q %g %g %g RG 1 w %g %g %g %g re S Q\n"
                   % (*self.rule, self.x - 8, self.y - self.height + 8, self.width + 16,
                      self.height))
        top = self.y
        for b in self.blocks:
            col = ColumnFill(Column(XY(self.x, top - 1000), self.width, 1000), (), 1000)
            *_, last = b.into_columns(res, style, iter([col]))
            yield from last
            top -= 1000 - last.height_free + self.gap


# ---------------------------------------------------------------------------------------------

class Doc:
    def __init__(self, name, body_style):
        self.name = name
        self.gold = Gold(name)
        self.notes = []
        self.body = body_style

    def text(self, sents):
        out = []
        for s in sents:
            for kind, t in pieces(s):
                if kind == "fn":
                    self.notes.append(t)
                    out.append(sup(len(self.notes)))
                else:
                    out.append(t)
            out.append(" ")
        return "".join(out).rstrip()

    def p(self, *sents, label=None, sep="", style=None, align="justify"):
        self.gold.add(*sents)
        content = [self.text(sents)]
        if label:
            content.insert(0, Span(label + sep + " ", Style(bold=True)))
        return Paragraph(content, style=style or Style.EMPTY, align=align)

    def num(self, n, *sents, label=None, sep="", left=24):
        return Indented(self.p(*sents, label=label, sep=sep), left,
                        marker=Paragraph(f"{n}.", Style(bold=True), align="left"))

    def bullets(self, items, left=16, mark="•", indent=0.0, align="left"):
        out = []
        for it in items:
            out.append(Indented(self.p(it, align=align), left + indent,
                                marker=Paragraph(mark, align="left"), marker_width=left))
            out.append(Gap(2))
        return out


def heading(text, size=11.5, color=(0.05, 0.30, 0.45), top=6):
    return [NeedSpace(70), Gap(top),
            Paragraph(Span(text, Style(font=CARLITO, bold=True, size=size, color=color)),
                      align="left"), Gap(2)]


def write(name, pages, style):
    # pdfje draws the trailer /ID from secrets.token_bytes; derive it from the name instead so
    # that rebuilds are byte-identical (fontTools takes the subsets' head.modified from
    # SOURCE_DATE_EPOCH, which build.sh sets)
    pdfje.atoms._generate_file_id = lambda: hashlib.md5(name.encode()).digest()
    os.makedirs(PDF_DIR, exist_ok=True)
    Document(pages, style=style).write(os.path.join(PDF_DIR, name + ".pdf"))


# ---------------------------------------------------------------------------------------------
# j01: roads policing thematic, two columns flowing round a box

BLUE = (0.05, 0.30, 0.45)
GREYC = (0.35, 0.35, 0.35)


BOX_AFTER = ("It should also stop using roads policing officers to cover gaps in response teams "
             "unless there is an operational emergency.")


def j01():
    body = Style(font=CALADEA, size=11.5, line_spacing=1.3, hyphens=HYPH)
    d = Doc("j01_roads_ivelmouth", body)
    small = Style(font=CARLITO, size=8, color=GREYC)
    stand = FlowAt(56, 640, W - 112, [d.p(
        "Roads policing makes a real difference to public safety, yet it is often the first "
        "area to lose officers when budgets are tight.",
        "This inspection examined how well Ivelmouth Police prevents death and serious injury "
        "on the roads and how it uses the roads to disrupt criminals.",
        style=Style(italic=True, size=12, line_spacing=1.3, hyphens=None), align="left")])
    flow = []
    flow += heading("Strategy and leadership", top=0)
    flow.append(d.p("The force has a roads policing strategy that it agreed with the local "
                    "road safety partnership in 2022.",
                    "Its priorities are the ‘fatal four’ offences: speeding, drink and drug "
                    "driving, not wearing a seat belt, and using a mobile phone while driving.",
                    "However, the strategy has no measurable targets, and the force could not "
                    "show us how it judges whether its activity has reduced casualties."))
    flow += heading("Resources")
    flow.append(d.p("The roads policing unit has 48 officers, 11 fewer than in 2019.",
                    "Officers are regularly taken away from roads policing to cover response "
                    "shifts, and this happened on 143 occasions in the six months before our "
                    "inspection.",
                    "Specialist collision investigators are well trained, but the unit relies "
                    "heavily on overtime to keep pace with demand."))
    flow += heading("Enforcement")
    flow.append(d.p("Enforcement against drink and drug driving is a strength.",
                    "The force runs a campaign every summer and every December, and it tests "
                    "almost every driver involved in a collision.",
                    "In 2023, officers carried out 9\u00a0412 roadside breath tests, and 6 per "
                    "cent of them were positive.^[Figures supplied by the force for the "
                    "calendar year.]"))
    flow.append(Gap(4))
    flow.append(d.p("Enforcement of mobile phone offences is much less consistent.",
                    "Most of the tickets issued in 2023 came from a single week of activity, and "
                    "some districts issued none at all."))
    case_sents = ("During a four-week operation in the autumn of 2023, officers used an "
                  "unmarked heavy goods vehicle to look down into the cabs of lorries and vans.",
                  "They stopped 212 drivers, 87 of whom had been using a hand-held phone.",
                  "The force has since made the operation part of its annual plan.")
    flow += heading("Collision investigation and victims")
    flow.append(d.p("Families of people killed on the roads are supported by trained family "
                    "liaison officers.",
                    "The families we spoke to valued this support, although two said that they "
                    "had waited too long to hear whether anyone would be charged.",
                    "The average time to complete a fatal collision file was 11 months, which "
                    "the force accepts is too long."))
    flow += heading("Using the roads to disrupt crime")
    flow.append(d.p("Officers make good use of automatic number plate recognition to target "
                    "criminals who travel through the county.",
                    "Analysts produce a weekly briefing which tells officers:"))
    flow.append(Gap(3))
    flow += d.bullets(["which vehicles are linked to organised crime groups;",
                       "where those vehicles have recently been seen; and",
                       "what action, if any, the investigating team wants taken."])
    flow.append(d.p("This is helping the force to disrupt county lines drug supply."))
    flow += heading("Working with partners")
    flow.append(d.p("The force shares collision data with the county council every month, and "
                    "the two organisations agree together where to place speed cameras.",
                    "Community Speedwatch groups are active in 34 villages, and the force "
                    "writes to every driver they report.",
                    "Partners told us that the force was a reliable and open member of the road "
                    "safety partnership."))
    flow += heading("Recommendations")
    flow.append(d.p("By March 2025, Ivelmouth Police should set measurable objectives for "
                    "roads policing and report its progress against them to the road safety "
                    "partnership.",
                    "It should also stop using roads policing officers to cover gaps in "
                    "response teams unless there is an operational emergency.",
                    "We will review the force’s progress in our next PEEL inspection."))
    flow.append(Gap(8))
    flow.append(Paragraph(Span("Notes", Style(font=CARLITO, bold=True, size=8.5)),
                          align="left"))
    case_box = d.p(*case_sents, style=Style(font=CARLITO, size=10, hyphens=None),
                   align="left")
    # the box stands between the top and the bottom columns of page 2; the sentence cut by it
    # (top right column to bottom left column) is read whole, then the box
    for s in case_sents:
        d.gold.items.remove(s)
    i = d.gold.items.index(BOX_AFTER)
    for k, s in enumerate(case_sents):
        d.gold.items.insert(i + 1 + k, s)
    for k, n in enumerate(d.notes, 1):
        flow.append(Paragraph(f"{k}. {n}", Style(font=CARLITO, size=8), align="left"))

    cw, gap, x1 = (W - 112 - 18) / 2, 18, 56

    def furniture(n):
        return [T((56, 800), "Roads policing: an inspection of Ivelmouth Police", small),
                Line((56, 795), (W - 56, 795), BLUE),
                T((W - 56, 40), str(n), Style(font=CARLITO, size=9, bold=True, color=BLUE),
                     align="right")]

    def template(n):
        if n == 1:
            return Page([Rect((0, 742), W, 100, fill=BLUE),
                         T((56, 800), "ROADS POLICING", Style(font=CARLITO, bold=True,
                                                                 size=10, color=(1, 1, 1))),
                         T((56, 770), "An inspection of Ivelmouth Police",
                              Style(font=CARLITO, bold=True, size=22, color=(1, 1, 1))),
                         T((56, 715), "Published 21 May 2024", Style(font=CARLITO,
                                                                       size=10, color=GREYC)),
                         T((56, 690), NOTICE, Style(font=CARLITO, size=9.5)),
                         stand,
                         T((W - 56, 40), "1", Style(font=CARLITO, size=9, bold=True,
                                                      color=BLUE), align="right")],
                        columns=[Column((x1, 60), cw, 490),
                                 Column((x1 + cw + gap, 60), cw, 490)])
        if n == 2:
            box = FlowAt(64, 706, W - 128, [
                Paragraph(Span("Case study: Operation Lantern", Style(font=CARLITO, bold=True,
                                                                      size=10.5, color=BLUE)),
                          align="left"), case_box],
                fill=(0.90, 0.94, 0.97), height=98)
            return Page([*furniture(n), box, *chart()],
                        columns=[Column((x1, 736), cw, 48),
                                 Column((x1 + cw + gap, 736), cw, 48),
                                 Column((x1, 290), cw, 310),
                                 Column((x1 + cw + gap, 290), cw, 310)])
        return Page([*furniture(n), *chart()],
                    columns=[Column((x1, 300), cw, 482), Column((x1 + cw + gap, 300), cw, 482)])

    write(d.name, [AutoPage(flow, template=template)], body)
    return d


def chart():
    data = [("2019", 301), ("2020", 248), ("2021", 276), ("2022", 263), ("2023", 229)]
    out = [T((56, 262), "Figure 1: People killed or seriously injured on Ivelmouth’s roads, "
                "2019 to 2023", Style(font=CARLITO, size=8.5, italic=True, color=GREYC))]
    left, base, bw, step, k = 90, 95, 40, 78, 0.45
    out.append(Line((left - 10, base), (left + 5 * step, base), GREYC))
    for i, (year, v) in enumerate(data):
        x = left + i * step
        out.append(Rect((x, base), bw, v * k, fill=BLUE))
        out.append(T((x + bw / 2, base + v * k + 4), str(v),
                        Style(font=CARLITO, size=8, bold=True), align="center"))
        out.append(T((x + bw / 2, base - 12), year, Style(font=CARLITO, size=8),
                        align="center"))
    return out


# ---------------------------------------------------------------------------------------------
# j02: PEEL 2023-25 report, single column with numbered paragraphs

GREEN = (0.10, 0.36, 0.25)


def j02():
    body = Style(font=CALADEA, size=10.5, line_spacing=1.3, hyphens=HYPH)
    d = Doc("j02_peel_stennerdale", body)
    flow = []
    flow += heading("HM Inspector’s observations", size=13, color=GREEN, top=0)
    flow.append(d.num(1, "Stennerdale Constabulary is a well-led force that understands the "
                      "communities it serves.",
                      "Its neighbourhood teams are visible and well regarded, and the force "
                      "has made good use of problem-solving to reduce burglary in rural areas."))
    flow.append(Gap(5))
    flow.append(d.num(2, "But its management of registered sex offenders must improve.",
                      "Some offender managers were responsible for more than 90 offenders, and "
                      "home visits were often overdue."))
    flow += heading("Preventing crime and anti-social behaviour: good", color=GREEN, top=9)
    flow.append(d.num(3, "The force has a strong commitment to neighbourhood policing.",
                      "It protects the time of its neighbourhood officers, who are rarely taken "
                      "away from their communities to answer calls elsewhere."))
    flow.append(Gap(5))
    flow.append(d.num(4, "Neighbourhood teams use a structured problem-solving approach, and "
                      "they evaluate the results of their work.",
                      "In one village, officers worked with the parish council and the fire "
                      "service to:"))
    flow.append(Gap(3))
    flow += d.bullets(["install lighting and cameras at a farm machinery store that had been "
                       "targeted repeatedly;",
                       "mark tools and quad bikes so that they could be traced if stolen; and",
                       "set up a messaging group to warn farmers about suspicious vehicles."],
                      indent=24)
    flow.append(d.num(5, "Thefts from farms in the area fell by almost half over the following "
                      "year."))
    flow += heading("Managing offenders and suspects: requires improvement", color=GREEN,
                    top=9)
    flow.append(d.num(6, "The force does not always manage the risk posed by registered sex "
                      "offenders effectively.",
                      "In 17 of the 45 cases we reviewed, the risk assessment had not been "
                      "updated within the expected timescale."))
    flow.append(Gap(5))
    flow.append(d.num(7, "The force has started to use digital monitoring software, but only "
                      "two officers^[Both officers also work in the force’s cybercrime team.] "
                      "are trained to examine the devices of offenders during home visits."))
    flow.append(Gap(6))
    red = (0.62, 0.13, 0.13)
    d.gold.add("The force is not managing the risk posed by registered sex offenders well "
               "enough, and this may be leaving the public at risk of harm.",
               "Within six months, Stennerdale Constabulary should reduce the caseloads of "
               "offender managers and make sure that every overdue home visit is completed.")
    title = Style(font=CARLITO, bold=True, color=red, size=10.5)
    flow.append(Boxed(Paragraph([
        Span("Cause of concern\n", title),
        d.gold.items[-2] + "\n",
        Span("Recommendation\n", Style(font=CARLITO, bold=True, size=10.5)),
        d.gold.items[-1]], style=Style(hyphens=None), align="left"),
        (0.98, 0.93, 0.92), red))
    flow += heading("Leadership and force management: good", color=GREEN, top=12)
    flow.append(d.num(8, "The chief officer team sets a clear direction, and officers and staff "
                      "at all levels could describe the force’s priorities.",
                      "Leaders hold regular ‘open door’ sessions in each district, and the staff "
                      "we spoke to valued them."))
    flow.append(Gap(5))
    flow.append(d.num(9, "The force has a realistic understanding of the demand it faces and "
                      "plans its workforce to meet it.",
                      "It has identified that 30 per cent of its detectives will be eligible to "
                      "retire within five years, and it has a plan to train replacements."))
    flow.append(Gap(5))
    flow.append(d.num(10, "Its financial plans are sound, although the force will need to save "
                      "£4.2 million by 2027 to balance its budget."))
    flow += heading("Building, supporting and protecting the workforce: adequate",
                    color=GREEN, top=9)
    flow.append(d.num(11, "The force offers a wide range of wellbeing services, but officers in "
                      "rural stations found them hard to reach.",
                      "Occupational health referrals took an average of five weeks.",
                      label="Wellbeing", sep="."))
    flow.append(Gap(5))
    flow.append(d.num(12, "Most officers had an up-to-date development review.",
                      "However, few had discussed their career aspirations with their "
                      "supervisor.", label="Professional development"))
    flow += heading("Next steps", color=GREEN, top=9)
    flow.append(d.p("We will monitor the force’s progress on the cause of concern through our "
                    "regular engagement with its leaders."))
    flow.append(Gap(10))
    flow.append(Paragraph(Span("Notes", Style(font=CARLITO, bold=True, size=8.5)),
                          align="left"))
    for k, n in enumerate(d.notes, 1):
        flow.append(Paragraph(f"{k}. {n}", Style(font=CARLITO, size=8), align="left"))

    small = Style(font=CARLITO, size=8, color=GREYC)

    def furniture(n):
        return [T((60, 806), "PEEL 2023–25  |  Stennerdale Constabulary", small),
                Line((60, 800), (W - 60, 800), GREEN),
                T((W / 2, 36), f"{n}", Style(font=CARLITO, size=9), align="center")]

    grades = [("Police powers and public treatment", "Good"),
              ("Preventing crime and anti-social behaviour", "Good"),
              ("Responding to the public", "Adequate"),
              ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Requires improvement"),
              ("Building, supporting and protecting the workforce", "Adequate"),
              ("Leadership and force management", "Good")]

    def grade_table(top):
        out = [T((60, top + 20), "Our judgements", Style(font=CARLITO, bold=True, size=13,
                                                             color=GREEN)),
               Rect((60, top - 16), W - 120, 16, fill=GREEN),
               T((66, top - 11), "Area of policing", Style(font=CARLITO, bold=True, size=9,
                                                              color=(1, 1, 1))),
               T((380, top - 11), "Grade", Style(font=CARLITO, bold=True, size=9,
                                                    color=(1, 1, 1)))]
        y = top - 16
        for area, g in grades:
            y -= 15
            out.append(T((66, y + 4.5), area, Style(font=CARLITO, size=9)))
            out.append(T((380, y + 4.5), g, Style(font=CARLITO, size=9, bold=True)))
            out.append(Line((60, y), (W - 60, y), (0.7, 0.7, 0.7)))
        return out, y

    def template(n):
        if n == 3:
            tbl, y = grade_table(760)
            return Page([*furniture(n), *tbl], columns=[Column((60, 56), W - 120, y - 74)])
        return Page(furniture(n), columns=[Column((60, 56), W - 120, 728)])

    cover = Page([Rect((0, 0), W, H, fill=(0.93, 0.96, 0.94)),
                  Rect((0, 560), W, 282, fill=GREEN),
                  T((60, 740), "PEEL 2023–25", Style(font=CARLITO, bold=True, size=34,
                                                        color=(1, 1, 1))),
                  T((60, 705), "Police effectiveness, efficiency and legitimacy",
                       Style(font=CARLITO, size=15, color=(1, 1, 1))),
                  T((60, 600), "An inspection of Stennerdale Constabulary",
                       Style(font=CARLITO, bold=True, size=20, color=(1, 1, 1))),
                  T((60, 500), NOTICE, Style(font=CARLITO, size=10)),
                  T((60, 470), "Published 30 January 2025", Style(font=CARLITO, size=11,
                                                                     color=GREYC))])
    toc = [("Our judgements", "3"), ("HM Inspector’s observations", "3"),
           ("Preventing crime and anti-social behaviour", "3"),
           ("Managing offenders and suspects", "3"),
           ("Leadership and force management", "3"),
           ("Building, supporting and protecting the workforce", "4"), ("Next steps", "4")]
    toc_draw = [*furniture(2), T((60, 740), "Contents", Style(font=CARLITO, bold=True,
                                                                 size=20, color=GREEN))]
    size, width = 11, W - 120
    for i, (t, pg) in enumerate(toc):
        y = 700 - i * 24
        used = CARLITO_W(t + " ", size) + CARLITO_W(" " + pg, size)
        dots = "." * int((width - used) / CARLITO_W(".", size))
        toc_draw.append(T((60, y), f"{t} {dots}", Style(font=CARLITO, size=size)))
        toc_draw.append(T((W - 60, y), pg, Style(font=CARLITO, size=size), align="right"))
    back = Page([Rect((0, 0), W, 200, fill=GREEN),
                 T((60, 150), "© 2025 HMICFRS (synthetic)", Style(font=CARLITO, size=9,
                                                                     color=(1, 1, 1))),
                 T((60, 134), "This test document may be copied and reused free of charge. "
                      "It is not an official publication.",
                      Style(font=CARLITO, size=9, color=(1, 1, 1))),
                 T((60, 118), "Contact: probe16@example.org", Style(font=CARLITO, size=9,
                                                                       color=(1, 1, 1)))])
    write(d.name, [cover, Page(toc_draw), AutoPage(flow, template=template), back], body)
    return d


def main():
    for f in (j01, j02):
        d = f()
        print(f"{d.name}: {d.gold.write()} gold")


if __name__ == "__main__":
    main()
