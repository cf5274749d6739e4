"""Page flow for probe21's Spire.PDF and PDFHummus documents (gen_spire.py, gen_hummus.py).

Neither producer is used here through a paragraph engine of its own that could carry footnotes,
boxes and columns together, so this module breaks lines and flows pages the way a report
generator built on such a library must: greedy line breaking at spaces and soft hyphens with the
producer's own measurements (a ``measure(font, size, text)`` function that the generator passes
in), justified or ragged lines, footnote calls printed smaller and raised (``^[...]`` markup,
see common.py) with their notes set at the foot of the same page under a short rule, labels
for list items and paragraph numbers, boxes (split where a page break falls inside one), tables
whose header row is repeated after a page break, columns, a region narrowed beside a side box,
and running furniture added when the page count is known.

Coordinates are PDF points from the top-left corner of the page; a text op's ``y`` is its
baseline.  The result is a list of pages, each a list of drawing ops (dicts):

  {"t": "text", "x", "y", "font", "size", "color", "s", "ws", "jw", "tc", "sup", "base"}
      ``ws``: extra space per U+0020 (justification); ``jw``: set when the op is a whole
      justified line of that width (a producer may justify it by itself); ``tc``: extra space
      after each character (letter spacing); ``sup``: a footnote call, printed at ``size``
      and raised, ``base`` being the size of the text it belongs to.
  {"t": "rect", "x", "y", "w", "h", "fill", "stroke", "lw"}
  {"t": "line", "x1", "y1", "x2", "y2", "color", "lw"}
"""
from common import FN, SHY, Gold

CALL_SCALE = 0.62
CALL_RISE = 0.36


class Style:
    def __init__(self, font, size, leading=None, color="#000000", align="left", tracking=0.0,
                 hyphenate=False):
        self.font, self.size = font, size
        self.leading = leading if leading is not None else round(size * 1.3, 2)
        self.color, self.align, self.tracking, self.hyphenate = color, align, tracking, hyphenate

    def but(self, **kw):
        s = Style(self.font, self.size, self.leading, self.color, self.align, self.tracking,
                  self.hyphenate)
        for k, v in kw.items():
            setattr(s, k, v)
        return s


class Page:
    def __init__(self, number, back=False):
        self.number, self.back = number, back
        self.ops = []
        self.notes = []          # [(number, text)]
        self.note_h = 0.0


def words_of(text, call_no):
    """Split marked-up text into words; a word is a list of segments ('t', str) or
    ('c', number, note).  call_no is a one-element list holding the last call number used."""
    out, cur, pos = [], None, 0
    parts = []
    for m in FN.finditer(text):
        parts.append(("t", text[pos:m.start()]))
        parts.append(("c", m.group(1)))
        pos = m.end()
    parts.append(("t", text[pos:]))
    for kind, val in parts:
        if kind == "c":
            call_no[0] += 1
            if cur is None:
                cur = []
                out.append(cur)
            cur.append(("c", call_no[0], val))
            continue
        chunks = val.split(" ")
        for i, ch in enumerate(chunks):
            if i > 0:
                cur = None
            if ch:
                if cur is None:
                    cur = []
                    out.append(cur)
                cur.append(("t", ch))
    return out


class Flow:
    def __init__(self, name, measure, page=(595.0, 842.0), margins=(60, 60, 60, 60),
                 note_style=None, fn_rule=True):
        self.name = name
        self.measure = measure
        self.W, self.H = page
        self.mt, self.mr, self.mb, self.ml = margins
        self.note_style = note_style
        self.fn_rule = fn_rule
        self.gold = Gold(name)
        self.pages = [Page(1)]
        self.y = self.mt
        self.ncols, self.gap, self.col, self.col_top = 1, 0.0, 0, self.mt
        self.indent_l = self.indent_r = 0.0
        self.box = None
        self.narrow = []         # [(page number, y0, y1, x, w)]
        self.header = None       # callable(flow, page, npages): furniture after the content
        self.underlay = None     # callable(flow, page, npages): furniture before the content
        self.calls = [0]

    # -- geometry ----------------------------------------------------------------------------
    @property
    def page(self):
        return self.pages[-1]

    def text_w(self):
        return self.W - self.ml - self.mr

    def frame(self, y=None):
        y = self.y if y is None else y
        for pno, y0, y1, x, w in self.narrow:
            if pno == self.page.number and y0 <= y < y1 and self.ncols == 1:
                return x + self.indent_l, w - self.indent_l - self.indent_r
        cw = (self.text_w() - self.gap * (self.ncols - 1)) / self.ncols
        x = self.ml + self.col * (cw + self.gap)
        return x + self.indent_l, cw - self.indent_l - self.indent_r

    def bottom(self, extra_notes=()):
        h = self.page.note_h + self._notes_h(extra_notes, bool(self.page.notes))
        return self.H - self.mb - h

    def _notes_h(self, notes, have):
        if not notes or self.note_style is None:
            return 0.0
        st = self.note_style
        h = 0.0 if have else 10.0
        for _n, t in notes:
            h += len(self._break_plain(t, st, self.text_w() - 12)) * st.leading + 1.5
        return h

    def w(self, font, size, s):
        return self.measure(font, size, s) if s else 0.0

    # -- ops ---------------------------------------------------------------------------------
    def op_text(self, x, y, s, st, **kw):
        op = {"t": "text", "x": x, "y": y, "font": st.font, "size": st.size, "color": st.color,
              "s": s, "ws": 0.0, "jw": None, "tc": st.tracking, "sup": False, "base": st.size}
        op.update(kw)
        self.page.ops.append(op)
        return op

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5, at=None):
        op = {"t": "rect", "x": x, "y": y, "w": w, "h": h, "fill": fill, "stroke": stroke,
              "lw": lw}
        if at is None:
            self.page.ops.append(op)
        else:
            self.page.ops.insert(at, op)

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.5):
        self.page.ops.append({"t": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2,
                              "color": color, "lw": lw})

    def text_at(self, x, y, s, st, align="left"):
        w = self.w(st.font, st.size, s) + st.tracking * max(len(s) - 1, 0)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        return self.op_text(x, y, s, st)

    # -- page flow ---------------------------------------------------------------------------
    def new_page(self, back=False):
        self._box_split_out()
        self.pages.append(Page(len(self.pages) + 1, back))
        self.y = self.mt
        self.col, self.col_top = 0, self.mt
        self._box_split_in()

    def back_cover(self):
        self.ncols = 1
        self.new_page(back=True)

    def next_frame(self):
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    def columns(self, n, gap=18.0):
        self.ncols, self.gap, self.col, self.col_top = n, gap, 0, self.y

    def space(self, h):
        self.y += h

    # -- boxes -------------------------------------------------------------------------------
    def box_begin(self, fill=None, stroke=None, lw=0.6, pad=8.0, before=4.0):
        self.y += before
        if self.y + pad + 40 > self.bottom():
            self.next_frame()
        x, w = self.frame()
        self.box = {"fill": fill, "stroke": stroke, "lw": lw, "pad": pad, "x": x, "w": w,
                    "y0": self.y, "at": len(self.page.ops)}
        self.indent_l += pad
        self.indent_r += pad
        self.y += pad

    def _box_split_out(self):
        b = self.box
        if b is None:
            return
        self.rect(b["x"], b["y0"], b["w"], self.y + 2 - b["y0"], b["fill"], b["stroke"],
                  b["lw"], at=b["at"])

    def _box_split_in(self):
        b = self.box
        if b is None:
            return
        b["y0"], b["at"] = self.y, 0
        self.y += b["pad"]

    def box_end(self, after=8.0):
        b = self.box
        self.y += b["pad"] - 3
        self.rect(b["x"], b["y0"], b["w"], self.y - b["y0"], b["fill"], b["stroke"], b["lw"],
                  at=b["at"])
        self.indent_l -= b["pad"]
        self.indent_r -= b["pad"]
        self.box = None
        self.y += after

    # -- line breaking -----------------------------------------------------------------------
    def _seg_w(self, seg, st):
        if seg[0] == "t":
            s = seg[1].replace(SHY, "")
            return self.w(st.font, st.size, s) + st.tracking * len(s)
        return self.w(st.font, st.size * CALL_SCALE, str(seg[1]))

    def _word_w(self, word, st):
        return sum(self._seg_w(g, st) for g in word)

    def _split_word(self, word, st, room):
        """Largest head of word (split at a soft hyphen) that fits in room with a hyphen
        added: (head + [('t', '-')], tail) or None."""
        flat = []
        for gi, g in enumerate(word):
            if g[0] == "t":
                for ci, ch in enumerate(g[1]):
                    if ch == SHY:
                        flat.append((gi, ci))
        best = None
        hy_w = self.w(st.font, st.size, "-")
        for gi, ci in flat:
            head = word[:gi] + [("t", word[gi][1][:ci])]
            tail = [("t", word[gi][1][ci + 1:])] + word[gi + 1:]
            if self._word_w(head, st) + hy_w <= room:
                best = (head + [("t", "-")], tail)
        return best

    def _break_plain(self, text, st, width):
        """Lines (lists of words) of text without calls, for notes and table cells."""
        lines, cur, cw = [], [], 0.0
        sp = self.w(st.font, st.size, " ")
        for word in words_of(text, [0]):
            ww = self._word_w(word, st)
            if cur and cw + sp + ww > width:
                lines.append(cur)
                cur, cw = [], 0.0
            cw += (sp if cur else 0) + ww
            cur.append(word)
        if cur:
            lines.append(cur)
        return lines

    def _render_line(self, words, x, y, st, width, justify):
        """Ops for one line of words at baseline y from x."""
        runs, cur = [], []          # runs: [('t', str) | ('c', n)]
        for wi, word in enumerate(words):
            if wi:
                cur.append(" ")
            for g in word:
                if g[0] == "t":
                    cur.append(g[1].replace(SHY, ""))
                else:
                    if cur:
                        runs.append(("t", "".join(cur)))
                        cur = []
                    runs.append(("c", g[1]))
        if cur:
            runs.append(("t", "".join(cur)))
        nat = sum(self._word_w(w, st) for w in words) \
            + self.w(st.font, st.size, " ") * (len(words) - 1)
        spaces = len(words) - 1
        ws = (width - nat) / spaces if justify and spaces and width > nat else 0.0
        if st.align == "right":
            x += width - nat
        elif st.align == "center":
            x += (width - nat) / 2
        ops = []
        whole = len(runs) == 1 and runs[0][0] == "t"
        for kind, val in runs:
            if kind == "t":
                op = self.op_text(x, y, val, st, ws=ws)
                if whole and ws:
                    op["jw"] = width
                x += self.w(st.font, st.size, val) + st.tracking * len(val) \
                    + ws * val.count(" ")
            else:
                s = str(val)
                op = self.op_text(x + 0.3, y - st.size * CALL_RISE, s, st.but(
                    size=round(st.size * CALL_SCALE, 2)), sup=True, base=st.size)
                x += self.w(st.font, st.size * CALL_SCALE, s) + 0.3
            ops.append(op)
        return ops

    def p(self, *sents, style, gold=True, indent=0.0, first=0.0, label=None, label_x=0.0,
          label_style=None, label_draw=None, before=0.0, after=6.0, keep=0.0, right=0.0):
        """A paragraph of marked-up sentences.  label: text printed at label_x (from the
        frame's left edge) on the first line; label_draw(flow, x, baseline): a drawn label."""
        if gold:
            self.gold.add(*sents)
        st = style
        self.y += before
        if keep and self.y + keep > self.bottom():
            self.next_frame()
        words = words_of(" ".join(sents), self.calls)
        first_line = True
        while words:
            if self.y + st.leading > self.bottom():
                self.next_frame()
            fx, fw = self.frame()
            lead = indent + (first if first_line else 0.0)
            width = fw - lead - right
            line, cw = [], 0.0
            sp = self.w(st.font, st.size, " ")
            notes = []
            snap = words[:]
            while words:
                word = words[0]
                ww = self._word_w(word, st)
                need = cw + (sp if line else 0) + ww
                if not line or need <= width:
                    line.append(words.pop(0))
                    cw = need
                    continue
                if st.hyphenate:
                    sp_ok = self._split_word(word, st, width - cw - sp)
                    if sp_ok:
                        line.append(sp_ok[0])
                        words[0] = sp_ok[1]
                break
            for word in line:
                for g in word:
                    if g[0] == "c":
                        notes.append((g[1], g[2]))
            if notes and self.y + st.leading > self.bottom(notes):
                # the line and its notes do not fit together: move the line on
                words[:] = snap
                self.next_frame()
                continue
            base = self.y + st.size * 0.8 + (st.leading - st.size * 1.2) / 2
            last = not words
            justify = st.align == "justify" and not last
            self._render_line(line, fx + lead, base, st, width, justify)
            if first_line:
                lst = label_style or st
                if label is not None:
                    self.op_text(fx + label_x, base, label, lst)
                if label_draw is not None:
                    label_draw(self, fx + label_x, base)
            first_line = False
            if notes:
                self.page.note_h += self._notes_h(notes, bool(self.page.notes))
                self.page.notes.extend(notes)
            self.y += st.leading
        self.y += after

    def heading(self, text, style, before=10.0, after=4.0, keep=42.0):
        self.p(text, style=style, gold=False, before=before, after=after, keep=keep)

    # -- side region -------------------------------------------------------------------------
    def side_box(self, x, y, w, build, fill=None, stroke=None, lw=0.6, pad=8.0, gap=14.0):
        """Draw a box at (x, y) of width w whose content build(flow) adds (paragraphs with
        gold=True go into the gold at this point), and narrow the text beside it."""
        saved = (self.y, self.ml, self.mr, self.ncols, self.indent_l, self.indent_r)
        at = len(self.page.ops)
        self.ml, self.mr, self.ncols = x + pad, self.W - x - w + pad, 1
        self.indent_l = self.indent_r = 0.0
        self.y = y + pad
        build(self)
        y1 = self.y + pad - 4
        self.rect(x, y, w, y1 - y, fill, stroke, lw, at=at)
        (self.y, self.ml, self.mr, self.ncols, self.indent_l, self.indent_r) = saved
        fx = self.ml
        self.narrow.append((self.page.number, y - 14, y1 + 6, fx, x - gap - fx))
        return y1

    # -- tables ------------------------------------------------------------------------------
    def table(self, widths, rows, header=None, cell_styles=None, header_style=None,
              header_fill=None, zebra=None, rule="#808080", gold_cols=(), pad=4.0,
              before=4.0, after=8.0, row_fills=None):
        """rows: lists of cell strings.  cell_styles(i, c) -> Style for row i, column c."""
        self.y += before
        x0, _fw = self.frame()

        def cells_lines(cells, styles):
            return [self._break_plain(c, s, widths[ci] - 2 * pad)
                    for ci, (c, s) in enumerate(zip(cells, styles, strict=True))]

        def draw_row(cells, styles, fill):
            lines = cells_lines(cells, styles)
            h = max(len(ls) * s.leading for ls, s in zip(lines, styles, strict=True)) + 2 * pad
            if fill:
                self.rect(x0, self.y, sum(widths), h, fill=fill)
            x = x0
            for ci, (ls, s) in enumerate(zip(lines, styles, strict=True)):
                yy = self.y + pad
                for ln in ls:
                    base = yy + s.size * 0.8 + (s.leading - s.size * 1.2) / 2
                    self._render_line(ln, x + pad, base, s, widths[ci] - 2 * pad, False)
                    yy += s.leading
                x += widths[ci]
            self.y += h
            if rule:
                self.line(x0, self.y, x0 + sum(widths), self.y, rule, 0.5)

        def row_h(cells, styles):
            lines = cells_lines(cells, styles)
            return max(len(ls) * s.leading for ls, s in zip(lines, styles, strict=True)) + 2 * pad

        hs = [header_style] * len(widths) if header else None
        if header:
            if self.y + row_h(header, hs) + row_h(rows[0], cell_styles(0, rows[0])) \
                    > self.bottom():
                self.next_frame()
            draw_row(header, hs, header_fill)
        for i, cells in enumerate(rows):
            sts = cell_styles(i, cells)
            if self.y + row_h(cells, sts) > self.bottom():
                self.next_frame()
                x0, _fw = self.frame()
                if header:
                    draw_row(header, hs, header_fill)
            fill = None
            if row_fills:
                fill = row_fills(i)
            elif zebra and i % 2 == 1:
                fill = zebra
            draw_row(cells, sts, fill)
            for c in gold_cols:
                self.gold.add(cells[c])
        self.y += after

    # -- finishing ---------------------------------------------------------------------------
    def finish(self):
        if self.box:
            self._box_split_out()
        n = len(self.pages)
        for pg in self.pages:
            if pg.notes and self.note_style is not None:
                st = self.note_style
                y = self.H - self.mb - pg.note_h
                if self.fn_rule:
                    self.pages_op(pg, {"t": "line", "x1": self.ml, "y1": y + 3,
                                       "x2": self.ml + 110, "y2": y + 3, "color": "#000000",
                                       "lw": 0.5})
                y += 10
                for num, text in pg.notes:
                    base = y + st.size * 0.8 + (st.leading - st.size * 1.2) / 2
                    saved = self.pages
                    self.pages = [pg]
                    self.op_text(self.ml, base - st.size * 0.3, str(num),
                                 st.but(size=round(st.size * 0.75, 2)), sup=True,
                                 base=st.size)
                    for ln in self._break_plain(text, st, self.text_w() - 12):
                        base = y + st.size * 0.8 + (st.leading - st.size * 1.2) / 2
                        self._render_line(ln, self.ml + 12, base, st, 0, False)
                        y += st.leading
                    y += 1.5
                    self.pages = saved
            saved = self.pages
            self.pages = [pg]
            if self.underlay:
                mark = len(pg.ops)
                self.underlay(self, pg, n)
                extra = pg.ops[mark:]
                del pg.ops[mark:]
                pg.ops[:0] = extra
            if self.header:
                self.header(self, pg, n)
            self.pages = saved
        return self.pages

    @staticmethod
    def pages_op(pg, op):
        pg.ops.append(op)
