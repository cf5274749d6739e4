"""probe31 generator 'n': Majorsilence.Pdf (PyPI majorsilence-pdf 26.0.1, an AOT-compiled
.NET PDF library from the Majorsilence Reporting project, driven through ctypes).

Majorsilence.Pdf wraps text itself: ``draw_textbox`` breaks a string into lines that fit a
width and writes every line as its own ``BT /Fn s Tf x y Td (line) Tj ET`` inside ``q … Q``.
It draws tables (``PdfTable``: cell rectangles and one ``Tj`` per cell), rectangles and lines,
and writes standard Type 1 fonts (Times-Roman, Helvetica, ZapfDingbats) with WinAnsi encoding,
not embedded.  The page plan (where each box goes, when to start a new page) is this script's:
the library has no flow layout.  It does not report how many lines a box took, so the script
asks it: it draws the box on a scratch page with growing heights until the returned offset
says that the whole text fitted (the library's own line breaking decides the count).

Footnote calls are WinAnsi superscript digits glued to the word ("month.¹"); notes sit at the
foot of their page under a short rule.  List bullets are ZapfDingbats "l" (a filled circle in
the symbol font), so text extraction sees a letter "l".
"""
import os

from majorsilence_pdf.pdf_native import (PdfDocument, PdfStyle, PdfTable,
                                         load_bundled_library)

import common

LIB = load_bundled_library()
W, H = 595.28, 841.89
LM, RM = 70.0, 70.0
TW = W - LM - RM
TOP, BOTTOM = 86.0, 770.0
SUP = {1: "\u00b9", 2: "\u00b2", 3: "\u00b3"}
NAVY = (24, 44, 96)


def style(family, size, color=(0, 0, 0)):
    s = PdfStyle(LIB)
    s.set_font_family(family).set_size(size).set_color(*color)
    return s


BODY = 10.5
ST = {
    "body": style("Times-Roman", BODY),
    "note": style("Times-Roman", 8),
    "h1": style("Helvetica-Bold", 13.5, NAVY),
    "h2": style("Helvetica-Bold", 11.5, NAVY),
    "title": style("Helvetica-Bold", 21, NAVY),
    "kicker": style("Helvetica", 11.5, NAVY),
    "date": style("Helvetica", 10.5),
    "run": style("Helvetica", 8, (80, 80, 80)),
    "label": style("Helvetica-Bold", 10.5, NAVY),
    "dingbat": style("ZapfDingbats", 7),
    "lh": style("Helvetica", 9.5, NAVY),
    "lhb": style("Helvetica-Bold", 10.5, NAVY),
    "small": style("Times-Roman", 10),
    "back": style("Helvetica", 9.5),
}
SIZE = {"body": BODY, "note": 8, "h1": 13.5, "h2": 11.5, "title": 21, "kicker": 11.5,
        "date": 10.5, "label": 10.5, "lh": 9.5, "lhb": 10.5, "small": 10, "back": 9.5}

_scratch = PdfDocument(LIB)
_scratch_page = _scratch.add_page()


def box_lines(text, width, key):
    """Lines Majorsilence needs for ``text`` in a box ``width`` wide (its own breaking)."""
    size = SIZE[key]
    full = _scratch_page.draw_textbox(text, 0, 0, width, 10000, ST[key])
    n = 1
    while n < 60:
        h = (n - 1) * size * 1.2 + size + 0.5
        if _scratch_page.draw_textbox(text, 0, 0, width, h, ST[key]) >= full:
            return n
        n += 1
    raise RuntimeError("text too long: " + text[:40])


class Doc:
    def __init__(self, name, meta):
        self.name, self.meta = name, meta
        self.doc = PdfDocument(LIB)
        self.doc.set_title(meta["title"]).set_author("HMICFRS (synthetic, probe31)")
        self.doc.set_subject("Synthetic inspection report for text-extraction tests")
        self.doc.set_creator("probe31 gen_majorsilence.py")
        self.page = None
        self.pno = 0
        self.notes = []          # (number, text) waiting for the foot of this page
        self.nfn = 0
        self.running = []
        self.new_page()

    def new_page(self, bare=False):
        self.finish_page()
        self.page = self.doc.add_page(W, H)
        self.y = TOP if not bare else 120.0
        self.bare = bare
        if bare:
            return
        self.pno += 1
        hdr, ftr = self.meta["header"], self.meta["footer"]
        if hdr:
            self.page.draw_text(hdr, LM, 46, ST["run"])
            self.page.draw_line(LM, 52, W - RM, 52, 150, 150, 150, 0.5)
            self.running.append(("header", hdr))
        if ftr:
            self.page.draw_text(ftr, LM, 808, ST["run"])
            self.running.append(("footer", ftr))
        self.page.draw_text(str(self.pno), W - RM - 8, 808, ST["run"])
        self.running.append(("page-number", str(self.pno)))

    def finish_page(self):
        if self.page is None:
            return
        if self.notes:
            heights = [box_lines(SUP.get(n, str(n)) + " " + t, TW, "note") * 9.6 + 2
                       for n, t in self.notes]
            y = BOTTOM - sum(heights) + 4
            self.page.draw_line(LM, y - 6, LM + 120, y - 6, 0, 0, 0, 0.5)
            for (n, t), h in zip(self.notes, heights):
                self.textbox(SUP.get(n, str(n)) + " " + t, LM, y, TW, "note")
                y += h
            self.notes = []
        self.page.close()

    def textbox(self, text, x, y, w, key):
        n = box_lines(text, w, key)
        size = SIZE[key]
        h = (n - 1) * size * 1.2 + size + 1
        self.page.draw_textbox(text, x, y, w, h + 2, ST[key])
        return n * size * 1.2

    def need(self, h):
        if self.y + h > BOTTOM - 40:
            self.new_page()

    def sentence_text(self, sentences):
        out = []
        for s in sentences:
            txt = ""
            for kind, v in common.pieces(s):
                if kind == "text":
                    txt += v
                else:
                    self.nfn += 1
                    self.notes.append((self.nfn, v))
                    txt += SUP.get(self.nfn, str(self.nfn))
            out.append(" ".join(txt.split()))
        return " ".join(out)

    def para(self, sentences, x=None, w=None, key="body", gap=6):
        x = LM if x is None else x
        w = TW if w is None else w
        text = self.sentence_text(sentences)
        self.need(box_lines(text, w, key) * SIZE[key] * 1.2)
        self.y += self.textbox(text, x, self.y, w, key) + gap

    def block(self, b, x=None, w=None):
        k = b[0]
        x0 = LM if x is None else x
        w0 = TW if w is None else w
        if k == "kicker":
            self.y += self.textbox(b[1], x0, self.y, w0, "kicker") + 4
        elif k == "title":
            self.y += self.textbox(b[1], x0, self.y, w0, "title") + 6
        elif k == "date":
            self.y += self.textbox(b[1], x0, self.y, w0, "date") + 10
        elif k == "notice":
            self.para([common.NOTICE], key="small", gap=10)
        elif k == "h":
            key = "h1" if b[1] == 1 else "h2"
            self.need(60)
            self.y += 6
            self.y += self.textbox(b[2], x0, self.y, w0, key) + 4
        elif k == "p":
            self.para(b[1], x, w)
        elif k == "bullets":
            if b[1]:
                self.para([b[1]], x, w, gap=3)
            for item in b[2]:
                text = self.sentence_text([item])
                self.need(box_lines(text, w0 - 18, "body") * BODY * 1.2)
                self.page.draw_text("l", x0 + 4, self.y + BODY * 0.9, ST["dingbat"])
                self.y += self.textbox(text, x0 + 18, self.y, w0 - 18, "body") + 3
            self.y += 4
        elif k == "numbered":
            for label, sents in b[1]:
                text = self.sentence_text(sents)
                self.need(box_lines(text, w0 - 34, "body") * BODY * 1.2)
                self.page.draw_text(label, x0, self.y + BODY * 0.95, ST["label"])
                self.y += self.textbox(text, x0 + 34, self.y, w0 - 34, "body") + 6
        elif k == "table":
            widths = [TW * 0.68, TW * 0.32]
            rows = [b[1]] + b[2]
            self.need(20 * len(rows) + 10)
            t = PdfTable(LIB, widths)
            t.set_header_bg(214, 222, 238)
            t.set_border(24, 44, 96, 0.6)
            t.set_cell_padding(4)
            for r in rows:
                t.add_row(*r)
            self.page.draw_table(t, LM, self.y + 2)
            t.close()
            self.y += 20 * len(rows) + 14
        elif k == "box":
            inner = TW - 24
            texts = [self.sentence_text(bb[1]) for bb in b[2]]
            h = 12 + 18 + sum(box_lines(t, inner, "body") * BODY * 1.2 + 4 for t in texts) + 6
            self.need(h)
            self.page.draw_rect(LM, self.y, TW, h, fill_rgb=(232, 238, 247),
                                stroke_rgb=NAVY, stroke_width=0.8)
            self.page.draw_text(b[1], LM + 12, self.y + 18, ST["lhb"])
            yy = self.y + 26
            for t in texts:
                yy += self.textbox(t, LM + 12, yy, inner, "body") + 4
            self.y += h + 10
        elif k == "cols":
            gap = 20
            cw = (TW - gap) / 2
            y0 = self.y
            ends = []
            for i, col in enumerate((b[1], b[2])):
                self.y = y0
                for bb in col:
                    self.block(bb, LM + i * (cw + gap), cw)
                ends.append(self.y)
            self.y = max(ends) + 4
        elif k == "letterhead":
            for i, line in enumerate(b[1]):
                key = "lhb" if i < len(b[1]) - 1 else "lh"
                wdt = TW * 0.55
                self.textbox(line, W - RM - wdt, self.y, wdt, key)
                self.y += 13
            self.page.draw_line(LM, self.y + 4, W - RM, self.y + 4, 24, 44, 96, 1.0)
            self.y += 20
        elif k == "line":
            kind, text = b[1], b[2]
            if kind == "date":
                self.y += self.textbox(text, LM, self.y, TW, "body") + 8
            elif kind == "subject":
                self.y += self.textbox(text, LM, self.y, TW, "label") + 8
            else:
                self.y += self.textbox(text, LM, self.y, TW, "body") + 6
        elif k in ("address", "signoff"):
            if k == "signoff":
                self.y += 6
            for i, line in enumerate(b[1]):
                self.y += self.textbox(line, LM, self.y, TW, "body")
                if k == "signoff" and i == 0:
                    self.y += 22     # room for a signature
            self.y += 10
        elif k == "pagebreak":
            self.new_page()
        elif k == "backcover":
            self.new_page(bare=True)
            self.page.draw_rect(0, 0, W, H, fill_rgb=(24, 44, 96))
            self.page.draw_rect(LM - 12, 540, TW * 0.8 + 24, 150, fill_rgb=(255, 255, 255))
            y = 560.0
            for line in b[1]:
                y += self.textbox(line, LM, y, TW * 0.8, "back") + 6
        else:
            raise ValueError(k)

    def save(self):
        self.finish_page()
        self.page = None
        self.doc.save(os.path.join(common.PDF_DIR, self.name + ".pdf"))
        self.doc.close()


def build(name, d):
    doc = Doc(name, d["meta"])
    blocks = d["blocks"]
    for i, b in enumerate(blocks):
        if b[0] == "pagebreak" and i + 1 < len(blocks) and blocks[i + 1][0] == "backcover":
            continue          # the back cover opens its own page, with no running lines
        doc.block(b)
    doc.save()
    return common.write_gold(name, d["blocks"], doc.running)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, d in common.docs_for("n").items():
        print(name, build(name, d), "gold sentences")


if __name__ == "__main__":
    main()
