"""probe30's own page layout for the 'h' (pyHanko) and 'x' (hocr2pdf) generators, which have
no line breaker of their own.  Greedy line breaking, ragged right, with the widths given by
the generator's own measuring function (HarfBuzz advances for pyHanko, Pillow advances of
Liberation Sans for the scanned pages).  Coordinates are points from the top-left corner.

Output: a list of pages, each a list of items
  ("run", font, size, x, y, text, group, role)   y is the baseline; group ties the lines of
                                                 one paragraph or box together
  ("bullet", x, y, size, group)                  a list marker
  ("rule", x1, y1, x2, y2, width)                a line
  ("rect", x, y, w, h, gray)                     a filled rectangle (gray 0..1)
"""
import common

W, H = 595.28, 841.89
ML, MR, MT, MB = 64, 64, 78, 80
CW = W - ML - MR
BODY = 10.5
LEAD = 14.0


class Layout:
    def __init__(self, measure, meta):
        self.m = measure
        self.meta = meta
        self.pages = []
        self.gid = 0
        self.note_no = 0
        self.new_page()

    # -- pages ---------------------------------------------------------------------------
    def new_page(self, running=True):
        if self.pages:
            self.finish_page()
        self.cur = []
        self.notes = []
        self.running = running
        self.pages.append(self.cur)
        self.y = MT

    def finish_page(self):
        y = H - MB + 4
        if self.notes:
            hgt = sum(len(self.wrap(t, "R", 8, CW - 10)) * 10 for _, t in self.notes) + 6
            y0 = H - MB - hgt
            self.cur.append(("rule", ML, y0, ML + 120, y0, 0.5))
            yy = y0 + 11
            for n, t in self.notes:
                g = self.group()
                self.cur.append(("run", "R", 5.5, ML, yy - 3, str(n), g, "call"))
                for ln in self.wrap(t, "R", 8, CW - 10):
                    self.cur.append(("run", "R", 8, ML + 7, yy, ln, g, "note"))
                    yy += 10
        if self.running:
            g = self.group()
            if self.meta["header"]:
                self.cur.append(("run", "S", 8, ML, MT - 34, self.meta["header"], g, "header"))
                self.cur.append(("rule", ML, MT - 30, W - MR, MT - 30, 0.5))
            no = str(len(self.pages))
            self.cur.append(("run", "S", 8, ML, H - MB + 40, self.meta["footer"], g,
                             "footer"))
            self.cur.append(("run", "S", 8, W - MR - self.m("S", 8, no), H - MB + 40, no,
                             g, "page-number"))
        self.page_numbers = getattr(self, "page_numbers", 0) + (1 if self.running else 0)

    def group(self):
        self.gid += 1
        return self.gid

    def room(self, h):
        notes_h = sum(len(self.wrap(t, "R", 8, CW - 10)) * 10 for _, t in self.notes)
        if self.y + h > H - MB - (notes_h + 10 if self.notes else 0):
            self.new_page()

    # -- text ----------------------------------------------------------------------------
    def wrap(self, text, font, size, width):
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if not cur or self.m(font, size, t) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    def tokens(self, sents):
        """Words of a paragraph; a word may carry a footnote call (its number)."""
        out = []
        for s in sents:
            for kind, t in common.pieces(s):
                if kind == "text":
                    for w in t.split():
                        out.append([w, None])
                else:
                    self.note_no += 1
                    out[-1][1] = (self.note_no, t)
        return out

    def para(self, sents, x=ML, width=CW, font="R", size=BODY, lead=LEAD, after=6,
             first_hook=None):
        toks = self.tokens(sents)
        lines, cur = [], []
        for tok in toks:
            trial = cur + [tok]
            if cur and self.line_width(trial, font, size) > width:
                lines.append(cur)
                cur = [tok]
            else:
                cur = trial
        if cur:
            lines.append(cur)
        g = self.group()
        for i, ln in enumerate(lines):
            self.room(lead)
            base = self.y + size
            if i == 0 and first_hook:
                first_hook(base)
            xx = x
            seg = []
            for w, call in ln:
                seg.append(w)
                if call:
                    t = " ".join(seg)
                    self.cur.append(("run", font, size, xx, base, t, g, "body"))
                    xx += self.m(font, size, t)
                    cs = str(call[0])
                    self.cur.append(("run", font, size * 0.6, xx + 0.5, base - size * 0.38,
                                     cs, g, "call"))
                    xx += self.m(font, size * 0.6, cs) + 0.5 + self.m(font, size, " ")
                    self.notes.append(call)
                    seg = []
            if seg:
                self.cur.append(("run", font, size, xx, base, " ".join(seg), g, "body"))
            self.y += lead
        self.y += after

    def line_width(self, toks, font, size):
        t = " ".join(w for w, _ in toks)
        extra = sum(self.m(font, size * 0.6, str(self.note_no + 1)) + 1 for _, c in toks if c)
        return self.m(font, size, t) + extra

    def lines(self, texts, font, size, lead, align="left", role="furniture", after=0,
              x=ML, width=CW):
        g = self.group()
        for t in texts:
            for ln in self.wrap(t, font, size, width):
                self.room(lead)
                xx = x if align == "left" else x + width - self.m(font, size, ln)
                self.cur.append(("run", font, size, xx, self.y + size, ln, g, role))
                self.y += lead
        self.y += after

    # -- blocks --------------------------------------------------------------------------
    def blocks(self, blocks, x=ML, width=CW):
        for b in blocks:
            k = b[0]
            if k == "kicker":
                self.lines([b[1]], "S", 10, 14, x=x, width=width, after=2)
            elif k == "title":
                self.lines([b[1]], "SB", 18, 22, x=x, width=width, after=4)
            elif k == "date":
                self.lines([b[1]], "S", 10, 14, x=x, width=width, after=6)
            elif k == "notice":
                y0, start = self.y, len(self.cur)
                self.y += 3
                self.lines([common.NOTICE], "I", 8.5, 11, x=x + 5, width=width - 10)
                self.cur.insert(start, ("rect", x, y0, width, self.y - y0 + 3, 0.93))
                self.y += 10
            elif k == "h":
                size = 13 if b[1] == 1 else 11
                self.room(size * 3)
                self.y += 6
                self.lines([b[2]], "SB", size, size + 4, x=x, width=width, after=4)
            elif k == "p":
                self.para(b[1], x, width)
            elif k == "bullets":
                if b[1]:
                    self.para([b[1]], x, width, after=3)
                for it in b[2]:
                    def hook(base, x=x):
                        self.cur.append(("bullet", x + 4, base, BODY, self.gid))
                    self.para([it], x + 16, width - 16, after=2, first_hook=hook)
                self.y += 4
            elif k == "numbered":
                for lab, sents in b[1]:
                    def hook(base, lab=lab, x=x):
                        self.cur.append(("run", "B", BODY, x, base, lab, self.group(),
                                         "label"))
                    self.para(sents, x + 26, width - 26, first_hook=hook)
            elif k == "table":
                self.table(b[1], b[2], x, width)
            elif k == "box":
                self.room(60)
                start = len(self.cur)
                y0 = self.y
                self.y += 6
                if b[1]:
                    self.lines([b[1]], "SB", 10, 14, x=x + 10, width=width - 20, after=2)
                self.blocks(b[2], x + 10, width - 20)
                self.cur.insert(start, ("rect", x, y0, width, self.y - y0, 0.9))
                self.cur.insert(start + 1, ("rect", x, y0, 3, self.y - y0, 0.25))
                self.y += 10
            elif k == "cols":
                y0 = self.y
                cw = (width - 18) / 2
                self.blocks(b[1], x, cw)
                y1 = self.y
                self.y = y0
                self.blocks(b[2], x + cw + 18, cw)
                self.y = max(y1, self.y)
            elif k == "letterhead":
                self.lines(b[1], "SB", 9, 12, align="right", x=x, width=width)
                self.cur.append(("rule", x, self.y + 3, x + width, self.y + 3, 0.75))
                self.y += 16
            elif k == "address":
                self.lines(b[1], "R", BODY, LEAD, x=x, width=width, after=10)
            elif k == "line":
                if b[1] == "date":
                    self.lines([b[2]], "R", BODY, LEAD, align="right", x=x, width=width,
                               after=10)
                elif b[1] == "subject":
                    self.lines([b[2]], "B", BODY, LEAD, x=x, width=width, after=6)
                else:
                    self.lines([b[2]], "R", BODY, LEAD, x=x, width=width, after=6)
            elif k == "signoff":
                self.y += 6
                self.lines(b[1][:1], "R", BODY, LEAD, x=x, width=width, after=22)
                self.lines(b[1][1:], "R", BODY, LEAD, x=x, width=width)
            elif k == "pagebreak":
                self.new_page()
            elif k == "backcover":
                if self.cur:
                    self.new_page(running=False)
                else:                   # right after a page break: this page is the cover
                    self.running = False
                self.y = H - MB - 120
                for t in b[1]:
                    self.lines([t], "S", 9, 12, x=x, width=width, after=4)
            else:
                raise ValueError(k)

    def table(self, head, rows, x, width):
        widths = [width * 0.68, width * 0.32]
        for ri, row in enumerate([head] + rows):
            font = "SB" if ri == 0 else "S"
            cells = [self.wrap(c, font, 9.5, w - 10) for c, w in zip(row, widths)]
            h = max(len(c) for c in cells) * 12 + 8
            self.room(h)
            y0 = self.y
            if ri == 0:
                self.cur.append(("rect", x, y0, width, h, 0.2))
            xx = x
            g = self.group()
            for c, w in zip(cells, widths):
                yy = y0 + 4 + 9.5
                for ln in c:
                    self.cur.append(("run", font, 9.5, xx + 5, yy, ln, g,
                                     "table-head" if ri == 0 else "table"))
                    yy += 12
                xx += w
            self.cur.append(("rule", x, y0, x + width, y0, 0.75))
            self.y += h
        yb = self.y
        self.cur.append(("rule", x, yb, x + width, yb, 0.75))
        y_top = yb - sum(max(len(self.wrap(c, "S", 9.5, w - 10)) for c, w in
                             zip(r, widths)) * 12 + 8 for r in [head] + rows)
        for xx in (x, x + widths[0], x + width):
            self.cur.append(("rule", xx, y_top, xx, yb, 0.75))
        self.y += 10

    def finish(self):
        self.finish_page()
        return self.pages


def running_furniture(meta, pages, has_back):
    run = []
    if meta["header"]:
        run.append(("header", meta["header"]))
    run.append(("footer", meta["footer"]))
    n = len(pages) - (1 if has_back else 0)
    run += [("page-number", str(i)) for i in range(1, n + 1)]
    return run
