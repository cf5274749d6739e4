"""Page layout for the two probe28 producers that have no line breaker of their own
(coherentpdf and Origami): stacks common.py's blocks down A4 pages, breaks lines with the
URW base-35 AFM metrics (metric-compatible with the standard Times and Helvetica the PDFs
name), and returns drawing operations per page:

  {"t": "text", "x", "y", "font", "size", "s", "color", "tw", "group", "lead"}
  {"t": "rule", "x1", "y1", "x2", "y2", "w", "color"}
  {"t": "rect", "x", "y", "w", "h", "fill"}

"tw" is the word spacing of a justified line (0 if not justified); consecutive text
operations with the same "group" are the lines of one paragraph, "lead" apart.
Fonts: R I B (Times), H HI HB (Helvetica), SY (Symbol).
"""
import re

from common import NOTICE, pieces

AFM_DIR = "/usr/share/fonts/type1/urw-base35/"
AFM = {"R": "NimbusRoman-Regular", "I": "NimbusRoman-Italic", "B": "NimbusRoman-Bold",
       "H": "NimbusSans-Regular", "HI": "NimbusSans-Italic", "HB": "NimbusSans-Bold",
       "SY": "StandardSymbolsPS"}
SPECIAL = {"’": "quoteright", "‘": "quoteleft", "“": "quotedblleft", "”": "quotedblright",
           "–": "endash", "—": "emdash", "©": "copyright", "é": "eacute", "•": "bullet",
           "'": "quotesingle", "`": "grave", "\u00b7": "periodcentered"}
_W = {}


def _load(font):
    if font in _W:
        return _W[font]
    by_code, by_name = {}, {}
    with open(AFM_DIR + AFM[font] + ".afm", encoding="latin-1") as f:
        for line in f:
            m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
            if m:
                by_code[int(m.group(1))] = int(m.group(2))
                by_name[m.group(3)] = int(m.group(2))
    _W[font] = (by_code, by_name)
    return _W[font]


def width(s, font, size):
    by_code, by_name = _load(font)
    w = 0
    for ch in s:
        if ch in SPECIAL:
            w += by_name[SPECIAL[ch]]
        elif font == "SY":
            w += by_code.get(ord(ch), 500)
        else:
            w += by_code[ord(ch)]
    return w * size / 1000.0


NAVY = [0.08, 0.16, 0.38]
BLACK = [0, 0, 0]
GREY = [0.35, 0.35, 0.35]
WHITE = [1, 1, 1]


class Layout:
    def __init__(self, meta, style):
        self.meta, self.st = meta, style
        self.W, self.H = 595.0, 842.0
        self.L, self.R = 64.0, 64.0
        self.top, self.bottom = 760.0, 70.0
        self.pages, self.ops = [], None
        self.notes = []          # notes of the current page: (number, text)
        self.nnote = 0
        self.gid = 0
        self.running = []
        self.backcover = False
        self.new_page()

    # -- pages --------------------------------------------------------------------------
    def new_page(self):
        if self.ops is not None:
            self.finish_page()
        self.ops = []
        self.pages.append(self.ops)
        self.y = self.top

    def finish_page(self):
        n = len(self.pages)
        st = self.st
        if self.notes:
            fs = st["note_size"]
            lines = []
            for num, text in self.notes:
                lines.append((num, self.wrap(text, st["body"], fs, self.tw() - 12)))
            h = sum(len(wrapped) for _, wrapped in lines) * fs * 1.25
            y = self.bottom - 14 + h
            assert self.y > y + 16, f"notes collide with text on page {n}"
            self.ops.append(dict(t="rule", x1=self.L, y1=y + 6, x2=self.L + 120, y2=y + 6,
                                 w=0.5, color=BLACK))
            for num, ls in lines:
                y -= fs * 1.25
                self.text(self.L, y + fs * 0.35, str(num), st["body"], fs * 0.75, BLACK)
                g = self.group()
                for i, part in enumerate(ls):
                    self.text(self.L + 12, y - i * fs * 1.25, part, st["body"], fs, BLACK,
                              group=g, lead=fs * 1.25)
                y -= (len(ls) - 1) * fs * 1.25
            self.notes = []
        if self.backcover:
            return
        m = self.meta
        if m.get("header"):
            self.text(self.L, 800, m["header"], "H", 8, GREY)
            self.ops.append(dict(t="rule", x1=self.L, y1=794, x2=self.W - self.R, y2=794,
                                 w=0.4, color=GREY))
            self.running.append(("header", m["header"]))
        if m.get("footer"):
            self.text(self.L, 36, m["footer"], "H", 8, GREY)
            self.running.append(("footer", m["footer"]))
        num = str(n)
        self.text(self.W - self.R - width(num, "H", 9), 36, num, "H", 9, BLACK)
        self.running.append(("page-number", num))

    def done(self):
        self.finish_page()
        return self.pages

    # -- primitives ---------------------------------------------------------------------
    def tw(self):
        return self.W - self.L - self.R

    def group(self):
        self.gid += 1
        return self.gid

    def text(self, x, y, s, font, size, color, tw=0.0, group=0, lead=0):
        self.ops.append(dict(t="text", x=round(x, 2), y=round(y, 2), font=font, size=size,
                             s=s, color=color, tw=round(tw, 3), group=group, lead=lead))

    def wrap(self, s, font, size, w):
        words, lines, cur = s.split(), [], ""
        for wd in words:
            t = wd if not cur else cur + " " + wd
            if width(t, font, size) <= w or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = wd
        if cur:
            lines.append(cur)
        return lines

    def need(self, h):
        assert self.y - h > self.bottom + 4, f"page {len(self.pages)} overflows ({self.meta.get('title')})"

    # -- paragraphs with footnote calls -------------------------------------------------
    def para(self, sentences, x, w, font=None, size=None, justify=None, after=None):
        st = self.st
        font, size = font or st["body"], size or st["size"]
        justify = st["justify"] if justify is None else justify
        lead = size * st["lead"]
        # tokens: (word, call number or None)
        toks = []
        for s in sentences:
            for kind, val in pieces(s):
                if kind == "text":
                    toks += [[wd, None] for wd in val.split()]
                else:
                    self.nnote += 1
                    self.notes.append((self.nnote, val))
                    toks[-1][1] = self.nnote
        cs = size * 0.62

        def tokw(t):
            return width(t[0], font, size) + (width(str(t[1]), font, cs) if t[1] else 0)
        sp = width(" ", font, size)
        lines, cur, cw = [], [], 0.0
        for t in toks:
            tw_ = tokw(t)
            if cur and cw + sp + tw_ > w:
                lines.append(cur)
                cur, cw = [t], tw_
            else:
                cw = cw + sp + tw_ if cur else tw_
                cur.append(t)
        if cur:
            lines.append(cur)
        self.need(len(lines) * lead)
        g = self.group()
        for i, line in enumerate(lines):
            self.y -= lead
            last = i == len(lines) - 1
            has_call = any(t[1] for t in line)
            if not has_call:
                s = " ".join(t[0] for t in line)
                tws = 0.0
                if justify and not last and len(line) > 1:
                    tws = (w - width(s, font, size)) / (len(line) - 1)
                self.text(x, self.y, s, font, size, BLACK, tw=tws, group=g, lead=lead)
            else:
                # segments: text up to a call, the call raised and smaller, the rest
                xx, seg = x, []
                for t in line:
                    seg.append(t[0])
                    if t[1]:
                        s = " ".join(seg)
                        self.text(xx, self.y, s, font, size, BLACK)
                        xx += width(s, font, size)
                        c = str(t[1])
                        self.text(xx, self.y + size * 0.38, c, font, cs, BLACK)
                        xx += width(c, font, cs) + sp
                        seg = []
                if seg:
                    self.text(xx, self.y, " ".join(seg), font, size, BLACK)
                g = self.group()
        self.y -= after if after is not None else st["gap"]

    def lines(self, ls, x, w, font, size, color=BLACK, align="left", after=4, lead=1.25):
        for line in ls:
            for part in self.wrap(line, font, size, w):
                self.need(size * lead)
                self.y -= size * lead
                xx = x
                if align == "right":
                    xx = x + w - width(part, font, size)
                elif align == "centre":
                    xx = x + (w - width(part, font, size)) / 2
                self.text(xx, self.y, part, font, size, color)
        self.y -= after

    # -- blocks ---------------------------------------------------------------------------
    def blocks(self, blocks, x=None, w=None):
        st = self.st
        x = self.L if x is None else x
        w = self.tw() if w is None else w
        for b in blocks:
            k = b[0]
            if k == "kicker":
                self.lines([b[1]], x, w, "HB", 10.5, NAVY, after=6)
            elif k == "title":
                self.lines([b[1]], x, w, "HB", 20, NAVY, after=4, lead=1.2)
            elif k == "date":
                self.lines([b[1]], x, w, "H", 11, GREY, after=10)
            elif k == "notice":
                self.para([NOTICE], x, w, font=st["italic"], size=9, justify=False,
                          after=10)
            elif k == "h":
                size = 13.5 if b[1] == 1 else 11
                self.y -= 6 if b[1] == 1 else 2
                self.lines([b[2]], x, w, "HB", size, NAVY, after=3)
            elif k == "p":
                self.para(b[1], x, w)
            elif k == "bullets":
                if b[1]:
                    self.para([b[1]], x, w, after=3)
                for item in b[2]:
                    y0 = self.y
                    self.para([item], x + 16, w - 16, justify=False, after=3)
                    my = y0 - st["size"] * st["lead"]
                    mark = {"bullet": ("•", st["body"]), "dash": ("–", st["body"]),
                            "symbol": ("\u00b7", "SY")}[b[3]]
                    if mark[1] == "SY":
                        self.text(x + 4, my, "\xb7", "SY", st["size"], BLACK)
                    else:
                        self.text(x + 4, my, mark[0], mark[1], st["size"], BLACK)
                self.y -= st["gap"] - 3
            elif k == "numbered":
                for label, sents in b[1]:
                    y0 = self.y
                    self.para(sents, x + 30, w - 30)
                    self.text(x, y0 - st["size"] * st["lead"], label, "HB", st["size"],
                              NAVY)
            elif k == "table":
                self.table(b[1], b[2], x, w)
            elif k == "box":
                self.box(b[1], b[2], x, w)
            elif k == "cols":
                gap = 20
                cw = (w - gap) / 2
                y0 = self.y
                self.blocks(b[1], x, cw)
                y1 = self.y
                self.y = y0
                self.blocks(b[2], x + cw + gap, cw)
                self.y = min(y1, self.y)
                self.ops.append(dict(t="rule", x1=x + cw + gap / 2, y1=y0 - 2,
                                     x2=x + cw + gap / 2, y2=self.y + 6, w=0.4,
                                     color=GREY))
            elif k == "letterhead":
                self.lines(b[1][:1], x, w, "HB", 10.5, NAVY, align="right", after=0)
                self.lines(b[1][1:], x, w, "H", 8.5, GREY, align="right", after=6)
                self.ops.append(dict(t="rule", x1=x, y1=self.y, x2=x + w, y2=self.y,
                                     w=0.8, color=NAVY))
                self.y -= 14
            elif k == "address":
                self.lines(b[1], x, w, st["body"], st["size"], after=12)
            elif k == "line":
                if b[1] == "date":
                    self.lines([b[2]], x, w, st["body"], st["size"], align="right",
                               after=12)
                elif b[1] == "subject":
                    self.lines([b[2]], x, w, st["bold"], st["size"], after=8)
                else:
                    self.lines([b[2]], x, w, st["body"], st["size"], after=8)
            elif k == "signoff":
                self.lines(b[1][:1], x, w, st["body"], st["size"], after=22)
                self.lines(b[1][1:], x, w, st["body"], st["size"], after=6)
            elif k == "pagebreak":
                self.new_page()
            elif k == "backcover":
                self.backcover = True
                self.y = 260
                self.ops.append(dict(t="rule", x1=x, y1=self.y + 8, x2=x + w,
                                     y2=self.y + 8, w=1.2, color=NAVY))
                self.lines(b[1], x, w, "H", 9, BLACK, after=0, lead=1.6)
            else:
                raise ValueError(k)

    def table(self, head, rows, x, w):
        n = len(head)
        first = w * (0.62 if n == 2 else 0.46)
        widths = [first] + [(w - first) / (n - 1)] * (n - 1)
        pad, size = 4, self.st["size"] - 1
        self.y -= 2
        top = self.y
        for ri, row in enumerate([head] + rows):
            font = "HB" if ri == 0 else "H"
            cells = [self.wrap(c, font, size, cw - 2 * pad) for c, cw in zip(row, widths, strict=False)]
            h = max(len(c) for c in cells) * size * 1.25 + 2 * pad
            self.need(h)
            if ri == 0:
                self.ops.append(dict(t="rect", x=x, y=self.y - h, w=w, h=h, fill=NAVY))
            xx = x
            for c, cw in zip(cells, widths, strict=False):
                for li, line in enumerate(c):
                    self.text(xx + pad, self.y - pad - size * (0.95 + 1.25 * li), line,
                              font, size, WHITE if ri == 0 else BLACK)
                xx += cw
            self.y -= h
            self.ops.append(dict(t="rule", x1=x, y1=self.y, x2=x + w, y2=self.y, w=0.5,
                                 color=GREY))
        xx = x
        for cw in [0] + widths:
            xx += cw
            self.ops.append(dict(t="rule", x1=xx, y1=top, x2=xx, y2=self.y, w=0.5,
                                 color=GREY))
        self.y -= self.st["gap"] + 4

    def box(self, title, inner, x, w):
        idx = len(self.ops)
        self.y -= 4
        top = self.y
        self.y -= 6
        if title:
            self.lines([title], x + 12, w - 24, "HB", self.st["size"], NAVY, after=2)
        self.blocks(inner, x + 12, w - 24)
        self.y -= 0
        bottom = self.y
        self.ops.insert(idx, dict(t="rect", x=x, y=bottom, w=w, h=top - bottom,
                                  fill=[0.9, 0.93, 0.97]))
        self.ops.insert(idx + 1, dict(t="rect", x=x, y=bottom, w=3, h=top - bottom,
                                      fill=NAVY))
        self.y -= self.st["gap"] + 4


def layout(doc, style):
    lay = Layout(doc["meta"], style)
    lay.blocks(doc["blocks"])
    pages = lay.done()
    return pages, lay.running
