"""probe31 generator 'y': jtypeset 0.2.0 (PyPI; a C++17 typesetting engine, "typeset", with
pybind11 bindings). Producer and Creator "typeset".

jtypeset is a Japanese-first typesetter (JLReq line breaking, kinsoku, ruby, vertical text)
that also sets Latin text: HarfBuzz shaping, its own line breaker (word wrapping for ``lang
= en``), justification, a flow layouter that paginates, running headers and footers with
``{page}``, footnotes placed at the foot of the column, tables with rules, lists, labelled
(numbered) paragraphs, tinted blocks and multi-column sections (which start a new page, so
the short two-column passage here is a borderless two-cell table). Its PDF writer embeds
OpenType CFF fonts as CIDFontType0C subsets with Identity-H encoding and a ToUnicode map.

This script builds a ``Flow`` straight from common.py's blocks (no Markdown step) and lets
the engine do all of the layout. Fonts: URW P052 (a Palatino clone) for the body, URW Nimbus
Sans for headings and running lines, DejaVu Sans as a fallback in the family list (the list
bullet "\u25aa" ends up drawn from a URW face; pdffonts lists no DejaVu subset). OpenType
ligatures are switched off ("-liga"), because with them on the engine's ToUnicode map has no
entry for the fi/fl ligature glyphs and "officers" extracts as "ofcers".
"""
import os

import jtypeset as ts

import common

FONTS = {
    "serif": "/usr/share/fonts/opentype/urw-base35/P052-Roman.otf",
    "serif-bold": "/usr/share/fonts/opentype/urw-base35/P052-Bold.otf",
    "sans": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf",
    "sans-bold": "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf",
    "symbols": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
}
SIZE = 10.5
NOLIGA = ["-liga", "-clig"]


def fontset():
    fs = ts.FontSet()
    for key, path in FONTS.items():
        if not fs.load_file(path, key):
            raise RuntimeError("font not loaded: " + path)
    return fs


def tstyle(fams, size):
    st = ts.TextStyle(fams, size)
    st.language = "en"
    st.features = NOLIGA
    return st


BODY = tstyle(["serif", "symbols"], SIZE)
SMALL = tstyle(["serif", "symbols"], SIZE * 0.92)
NOTE = tstyle(["serif", "symbols"], 8.0)
H1 = tstyle(["sans-bold"], 14.0)
H2 = tstyle(["sans-bold"], 11.5)
TITLE = tstyle(["sans-bold"], 22.0)
KICKER = tstyle(["sans"], 12.0)
SANS = tstyle(["sans"], 10.5)
SANSB = tstyle(["sans-bold"], 10.5)
RUN = tstyle(["sans"], 8.0)
CELL = tstyle(["sans"], 9.5)
CELLB = tstyle(["sans-bold"], 9.5)


def pstyle(align=ts.Align.JUSTIFY, lh=1.4):
    ps = ts.ParagraphStyle()
    ps.align = align
    ps.first_line_indent = 0.0
    ps.line_height = lh
    return ps


def bstyle(before=0.0, after=SIZE * 0.5, keep=False):
    bs = ts.BlockStyle()
    bs.space_before = before
    bs.space_after = after
    bs.keep_with_next = keep
    bs.orphans = 2
    bs.widows = 2
    return bs


def para(sentences, style=BODY, ps=None):
    """A paragraph of marked-up sentences; footnotes become the engine's own footnotes."""
    p = ts.Paragraph()
    p.style = ps or pstyle()
    first = True
    for s in sentences:
        if not first:
            p.add_run(" ", style)
        first = False
        for kind, v in common.pieces(s):
            if kind == "text":
                p.add_run(" ".join(v.split()) if v.strip() else v, style)
            else:
                p.add_footnote(ts.Paragraph(v, NOTE, pstyle(ts.Align.START, 1.25)),
                               ts.superscript_style(style))
    return p


class Builder:
    def __init__(self, meta):
        self.meta = meta
        self.flow = ts.Flow()

    def blocks(self, blocks):
        for b in blocks:
            self.block(b)

    def block(self, b):
        f = self.flow
        k = b[0]
        if k == "kicker":
            f.add_paragraph(ts.Paragraph(b[1], KICKER, pstyle(ts.Align.START)), bstyle(0, 4))
        elif k == "title":
            f.add_paragraph(ts.Paragraph(b[1], TITLE, pstyle(ts.Align.START, 1.2)),
                            bstyle(2, 6))
        elif k == "date":
            f.add_paragraph(ts.Paragraph(b[1], SANS, pstyle(ts.Align.START)), bstyle(0, 12))
        elif k == "notice":
            f.add_paragraph(ts.Paragraph(common.NOTICE, SMALL, pstyle(ts.Align.START)),
                            bstyle(0, 10))
        elif k == "h":
            st = H1 if b[1] == 1 else H2
            f.add_heading(ts.Paragraph(b[2], st, pstyle(ts.Align.START, 1.2)), b[1],
                          bstyle(SIZE * (1.2 if b[1] == 1 else 0.8), SIZE * 0.45, True), False)
        elif k == "p":
            f.add_paragraph(para(b[1]), bstyle())
        elif k == "bullets":
            if b[1]:
                f.add_paragraph(para([b[1]]), bstyle(0, SIZE * 0.25, True))
            lb = ts.ListBlock()
            lb.marker = ts.ListMarker.BULLET
            lb.bullet = "\u25aa"
            lb.label_width = SIZE * 1.6
            lb.item_gap = SIZE * 0.2
            lb.block.space_after = SIZE * 0.6
            lb.items = [para([x], ps=pstyle(ts.Align.START)) for x in b[2]]
            f.add_list(lb)
        elif k == "numbered":
            for label, sents in b[1]:
                f.add_labeled(ts.Paragraph(label, SANSB, pstyle(ts.Align.START)), para(sents),
                              SIZE * 3.0, 0.0, bstyle(0, SIZE * 0.5))
        elif k == "table":
            tb = ts.TableBlock()
            rows = []
            for i, r in enumerate([b[1]] + b[2]):
                row = ts.TableRow()
                row.header = i == 0
                cells = []
                for c in r:
                    cell = ts.TableCell()
                    cell.paras = [ts.Paragraph(c, CELLB if i == 0 else CELL,
                                               pstyle(ts.Align.START, 1.3))]
                    cells.append(cell)
                row.cells = cells
                rows.append(row)
            tb.rows = rows
            tb.columns = [ts.TableColumn(300.0, ts.Align.START),
                          ts.TableColumn(150.0, ts.Align.START)]
            bd = ts.TableBorders()
            bd.outer = 0.8
            bd.inner = 0.5
            bd.header_rule = 1.2
            tb.borders = bd
            tb.cell_padding = 4.0
            tb.align = ts.Align.START
            tb.block.space_before = SIZE * 0.3
            tb.block.space_after = SIZE * 0.8
            f.add_table(tb)
        elif k == "box":
            bs = bstyle(SIZE * 0.6, SIZE * 0.8)
            bs.background = ts.Color(226, 236, 228, 255)
            bs.padding = SIZE * 0.7
            bs.keep_together = True
            p = ts.Paragraph()
            p.style = pstyle()
            p.add_run(b[1], SANSB)
            p.add_run("\n", BODY)
            first = True
            for bb in b[2]:
                for s in bb[1]:
                    if not first:
                        p.add_run(" ", BODY)
                    first = False
                    p.add_run(common.plain(s), BODY)
            f.add_paragraph(p, bs)
        elif k == "cols":
            # Flow.add_section(2) starts a new page in jtypeset 0.2.0, so a short two-column
            # passage is a borderless two-cell table (as Word users make them)
            tb = ts.TableBlock()
            row = ts.TableRow()
            cells = []
            for col in (b[1], b[2]):
                cell = ts.TableCell()
                cell.paras = [para(bb[1]) for bb in col]
                cells.append(cell)
            row.cells = cells
            tb.rows = [row]
            tb.columns = [ts.TableColumn(222.0, ts.Align.START),
                          ts.TableColumn(222.0, ts.Align.START)]
            bd = ts.TableBorders()
            bd.outer = 0.0
            bd.inner = 0.0
            bd.header_rule = 0.0
            bd.horizontal = False
            bd.vertical = False
            tb.borders = bd
            tb.cell_padding = 5.0
            tb.align = ts.Align.START
            tb.block.space_after = SIZE * 0.6
            f.add_table(tb)
        elif k == "letterhead":
            for i, line in enumerate(b[1]):
                st = SANSB if i < len(b[1]) - 1 else SANS
                f.add_paragraph(ts.Paragraph(line, st, pstyle(ts.Align.END, 1.25)), bstyle(0, 0))
            f.add_rule(1.0, ts.Color(30, 70, 50, 255), bstyle(4, 14))
        elif k == "line":
            st = SANSB if b[1] == "subject" else BODY
            after = 12 if b[1] == "date" else 6
            f.add_paragraph(ts.Paragraph(b[2], st, pstyle(ts.Align.START)), bstyle(0, after))
        elif k in ("address", "signoff"):
            for i, line in enumerate(b[1]):
                after = 20 if (k == "signoff" and i == 0) else 0
                f.add_paragraph(ts.Paragraph(line, BODY, pstyle(ts.Align.START)),
                                bstyle(6 if (k == "signoff" and i == 0) else 0, after))
            f.add_spacer(10.0)
        elif k == "pagebreak":
            f.add_page_break()
        elif k == "backcover":
            f.add_spacer(380.0)
            bs = bstyle(0, 0)
            bs.background = ts.Color(196, 218, 202, 255)
            bs.padding = 16.0
            p = ts.Paragraph()
            p.style = pstyle(ts.Align.START, 1.6)
            for i, line in enumerate(b[1]):
                if i:
                    p.add_run("\n", RUN)
                p.add_run(line, tstyle(["sans"], 9.5))
            f.add_paragraph(p, bs)
        else:
            raise ValueError(k)


def sequence(meta):
    seq = ts.PageSequence()
    seq.master.size = ts.Size(595.276, 841.89)
    seq.master.writing_mode = ts.WritingMode.HORIZONTAL_TB
    seq.master.margin = ts.Margins(24 * ts.MM, 24 * ts.MM, 24 * ts.MM, 24 * ts.MM)
    seq.master.columns = 1
    if meta["header"]:
        seq.master.header = ts.RunningText(
            ts.Paragraph(meta["header"], RUN, pstyle(ts.Align.START)), 9 * ts.MM)
    foot = (meta["footer"] + "\t{page}") if meta["footer"] else "{page}"
    ps = pstyle(ts.Align.START)
    ps.tab_stops = [ts.TabStop(162 * ts.MM, ts.TabAlign.RIGHT)]
    seq.master.footer = ts.RunningText(ts.Paragraph(foot, RUN, ps), 11 * ts.MM)
    return seq


def build(name, d):
    meta = d["meta"]
    b = Builder(meta)
    b.blocks(d["blocks"])
    layouter = ts.FlowLayouter(fontset())
    pages = layouter.layout(b.flow, sequence(meta), balance_last_page=False)
    path = os.path.join(common.PDF_DIR, name + ".pdf")
    ok, warnings = ts.save_pdf(pages, path, meta["title"], "HMICFRS (synthetic, probe31)")
    if not ok or warnings:
        raise RuntimeError("%s: %s %s" % (name, ok, warnings))
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    if meta["footer"]:
        running.append(("footer", meta["footer"]))
    for n in range(1, len(pages) + 1):
        running.append(("page-number", str(n)))
    return common.write_gold(name, d["blocks"], running)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, d in common.docs_for("y").items():
        print(name, build(name, d), "gold sentences")


if __name__ == "__main__":
    main()
