"""The page layout shared by probe20's three generators: line breaking, page and column flow,
footnotes at the page foot, boxes, tables and running headers/footers, written in Python the way
a report service written on top of a bare PDF library does it itself.  The result is a display
list per page (text runs, rectangles and lines at absolute positions, y measured down from the
top edge); each generator hands the list to its producer, which chooses how to print it (whole
lines, word by word, character by character, with or without ``Tw``/``Tc``).

Widths come from the metrics the producer itself uses: a TrueType font's ``hmtx`` advances (what
fcl-pdf and PDFium write into the font's ``/W`` array) or, for PDF::Reuse's standard 14 fonts,
PDF::Reuse's own width table (``PDF::Reuse::Util``), dumped by ``perl`` at build time.

Sentence markup is common.py's: ``^[note]`` for a footnote call, U+00AD for a possible break.
"""
import re
from dataclasses import dataclass, field

from common import FN, SHY, Gold, para

# ------------------------------------------------------------------------------------ metrics

class TTFMetrics:
    def __init__(self, path):
        from fontTools.ttLib import TTFont
        f = TTFont(path, lazy=True)
        self.path = path
        self.upm = f["head"].unitsPerEm
        self.cmap = f.getBestCmap()
        self.adv = {g: a for g, (a, _) in f["hmtx"].metrics.items()}
        f.close()

    def width(self, text, size):
        w = 0
        for ch in text:
            g = self.cmap.get(ord(ch))
            if g is None:
                raise ValueError(f"{self.path} has no glyph for {ch!r}")
            w += self.adv[g]
        return w * size / self.upm


class TableMetrics:
    """Widths per cp1252 byte in thousandths of the font size (PDF::Reuse's table)."""

    def __init__(self, widths):
        self.widths = widths

    def width(self, text, size):
        return sum(self.widths[b] for b in text.encode("cp1252")) * size / 1000


# ------------------------------------------------------------------------------------ styles

@dataclass(frozen=True)
class Style:
    font: str
    size: float
    lead: float
    color: str = "#000000"
    align: str = "left"          # left, right, center, justify
    tracking: float = 0.0        # extra space after every character (Tc)
    hyphenate: bool = False      # may break at soft hyphens (printing "-")
    call_size: float = 0.0       # size of footnote calls; 0: 62% of size


# ------------------------------------------------------------------------------------ pages

@dataclass
class Page:
    number: int
    w: float
    h: float
    ops: list = field(default_factory=list)
    notes: list = field(default_factory=list)      # (number, text)
    notes_h: float = 0.0
    furniture: bool = True                         # running header/footer drawn
    back: bool = False


class Layout:
    """One document.  Flow methods place content at the current position and move on."""

    def __init__(self, name, metrics, page=(595.28, 841.89), margins=(56, 60, 56, 64),
                 note_style=None, note_gap=10, note_indent=12, note_rule=60,
                 header_first=False):
        self.gold = Gold(name)
        self.name = name
        self.metrics = metrics
        self.pw, self.ph = page
        self.ml, self.mt, self.mr, self.mb = margins
        self.note_style = note_style
        self.note_gap = note_gap
        self.note_indent = note_indent
        self.note_rule = note_rule
        self.header_first = header_first
        self.pages = []
        self.cur = None          # the page finish() is drawing furniture on
        self.reserve_right = {}  # page number -> width kept free on the right for a side box
        self.fn_count = 0
        self.box = None
        self.header = None
        self.footer = None
        self.col_gap = 0
        self.ncols = 1
        self.new_page()

    # -------------------------------------------------------------- geometry helpers
    def width(self, text, font, size, tracking=0.0):
        return self.metrics[font].width(text, size) + tracking * len(text)

    @property
    def page(self):
        return self.cur or self.pages[-1]

    def text_w(self):
        return self.pw - self.ml - self.mr

    def col_frame(self):
        w = (self.text_w() - self.col_gap * (self.ncols - 1)) / self.ncols
        w -= self.reserve_right.get(self.page.number, 0)
        x = self.ml + self.col * (w + self.col_gap)
        if self.box:
            return x + self.box["pad"] + self.box["inset"], w - 2 * (self.box["pad"] + self.box["inset"])
        return x, w

    def bottom(self):
        return self.ph - self.mb - self.page.notes_h

    def new_page(self, size=None):
        w, h = size or ((self.pw, self.ph) if not self.pages else (self.page.w, self.page.h))
        self.pages.append(Page(len(self.pages) + 1, w, h))
        self.col = 0
        self.col_top = self.mt
        self.y = self.mt

    def space(self, h):
        self.y += h

    def columns(self, n, gap=18):
        """Start n columns at the current position (1 ends them)."""
        self.ncols, self.col_gap, self.col, self.col_top = n, gap, 0, self.y

    def next_frame(self):
        if self.box:
            self._box_close_segment()
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()
        if self.box:
            self._box_open_segment()

    def ensure(self, h):
        """Move to the next column/page unless h fits below the current position."""
        if self.y + h > self.bottom() + 0.01 and self.y > self.col_top + 0.5:
            self.next_frame()

    # -------------------------------------------------------------- ops
    def op(self, **kw):
        self.page.ops.append(kw)

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.5):
        self.op(op="rect", x=x, y=y, w=w, h=h, fill=fill, stroke=stroke, lw=lw)

    def line(self, x1, y1, x2, y2, color="#000000", lw=0.5):
        self.op(op="line", x1=x1, y1=y1, x2=x2, y2=y2, color=color, lw=lw)

    def text_at(self, x, y, text, style, align="left", page=None):
        """One line of text with its baseline at y (not gold)."""
        w = self.width(text, style.font, style.size, style.tracking)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        op = dict(op="text", x=x, y=y, s=text, font=style.font, size=style.size,
                  color=style.color, tc=style.tracking, ws=0.0, words=None)
        (page or self.page).ops.append(op)
        return w

    # -------------------------------------------------------------- line breaking
    def _words(self, text):
        """Words as lists of segments ('t', text-with-soft-hyphens) / ('fn', note text)."""
        notes = []

        def hold(m):
            notes.append(m.group(1))
            return f"\x01{len(notes) - 1}\x02"

        words = []
        for tok in FN.sub(hold, text).split(" "):
            if not tok:
                continue
            segs, pos = [], 0
            for m in re.finditer("\x01(\\d+)\x02", tok):
                if m.start() > pos:
                    segs.append(("t", tok[pos:m.start()]))
                segs.append(("fn", notes[int(m.group(1))]))
                pos = m.end()
            if pos < len(tok):
                segs.append(("t", tok[pos:]))
            words.append(segs)
        return words

    def _seg_w(self, seg, style):
        kind, s = seg
        if kind == "t":
            s = s.replace(SHY, "")
            return self.width(s, style.font, style.size, style.tracking)
        # the call's number is given when the line is placed; digits share one width
        return self.width("0", style.font, self._call_size(style)) * len(str(self.fn_count + 1))

    def _call_size(self, style):
        return style.call_size or round(style.size * 0.62)

    def _word_w(self, word, style):
        return sum(self._seg_w(s, style) for s in word)

    def _hyph_splits(self, word):
        """(head, tail) pairs at the word's soft hyphens, longest head first; the head gets a
        printed hyphen."""
        out = []
        for i, (kind, s) in enumerate(word):
            if kind != "t":
                continue
            for m in re.finditer(SHY, s):
                head = word[:i] + [("t", s[:m.start()] + "-")]
                tail = [("t", s[m.end():])] + word[i + 1:]
                out.append((head, tail))
        return out[::-1]

    def break_lines(self, text, style, width, first_width=None):
        """Greedy line breaking; returns lists of words."""
        sw = self.width(" ", style.font, style.size, style.tracking)
        queue = self._words(text)
        lines, cur, curw = [], [], 0.0
        while queue:
            avail = first_width if (first_width is not None and not lines) else width
            w = queue.pop(0)
            ww = self._word_w(w, style)
            need = ww if not cur else curw + sw + ww
            if need <= avail + 0.01:
                cur.append(w)
                curw = need
                continue
            if style.hyphenate:
                done = False
                for head, tail in self._hyph_splits(w):
                    hw = self._word_w(head, style)
                    if (curw + sw + hw if cur else hw) <= avail + 0.01:
                        cur.append(head)
                        lines.append(cur)
                        cur, curw = [], 0.0
                        queue.insert(0, tail)
                        done = True
                        break
                if done:
                    continue
            if not cur:
                cur, curw = [w], ww
                continue
            lines.append(cur)
            cur, curw = [], 0.0
            queue.insert(0, w)
        if cur:
            lines.append(cur)
        return lines

    def place_line(self, words, style, x0, avail, y_top, last, page=None):
        """Emit one line's runs with its top at y_top.  Returns the footnote numbers called."""
        page = page or self.page
        sw = self.width(" ", style.font, style.size, style.tracking)
        nat = sum(self._word_w(w, style) for w in words) + sw * (len(words) - 1)
        ws = 0.0
        x = x0
        if style.align == "justify" and not last and len(words) > 1:
            ws = (avail - nat) / (len(words) - 1)
        elif style.align == "right":
            x = x0 + avail - nat
        elif style.align == "center":
            x = x0 + (avail - nat) / 2
        base = y_top + (style.lead - style.size) / 2 + style.size * 0.8
        calls = []
        run = None

        def flush():
            nonlocal run
            if run and run["words"]:
                run["s"] = " ".join(t for _, t in run["words"])
                page.ops.append(run)
            run = None

        for i, word in enumerate(words):
            if i:
                x += sw + ws
            for j, (kind, s) in enumerate(word):
                if kind == "t":
                    s = s.replace(SHY, "")
                    if run is None:
                        run = dict(op="text", x=x, y=base, s="", font=style.font,
                                   size=style.size, color=style.color, tc=style.tracking,
                                   ws=ws, words=[])
                    if run["words"] and j > 0:
                        run["words"][-1] = (run["words"][-1][0], run["words"][-1][1] + s)
                    else:
                        run["words"].append((x, s))
                    x += self.width(s, style.font, style.size, style.tracking)
                else:
                    flush()
                    self.fn_count += 1
                    num = self.fn_count
                    cs = self._call_size(style)
                    page.ops.append(dict(op="text", x=x, y=base - style.size * 0.36,
                                         s=str(num), font=style.font, size=cs,
                                         color=style.color, tc=0.0, ws=0.0, words=None,
                                         call=True))
                    x += self.width(str(num), style.font, cs)
                    calls.append((num, s))
        flush()
        return calls

    # -------------------------------------------------------------- footnotes
    def _note_lines(self, num, text):
        ns = self.note_style
        return self.break_lines(text, ns, self.text_w() - self.note_indent)

    def _notes_height(self, calls, page):
        if not calls:
            return 0.0
        h = sum(len(self._note_lines(n, t)) * self.note_style.lead + 2 for n, t in calls)
        if not page.notes:
            h += self.note_gap
        return h

    def _add_notes(self, calls, page):
        if not calls:
            return
        page.notes_h += self._notes_height(calls, page)
        page.notes.extend(calls)

    def draw_notes(self, page):
        if not page.notes:
            return
        ns = self.note_style
        y = page.h - self.mb - page.notes_h + self.note_gap * 0.6
        page.ops.append(dict(op="line", x1=self.ml, y1=y - 3, x2=self.ml + self.note_rule,
                             y2=y - 3, color="#000000", lw=0.5))
        for num, text in page.notes:
            lines = self._note_lines(num, text)
            base = y + (ns.lead - ns.size) / 2 + ns.size * 0.8
            page.ops.append(dict(op="text", x=self.ml, y=base, s=str(num), font=ns.font,
                                 size=ns.size, color=ns.color, tc=0.0, ws=0.0, words=None))
            for k, words in enumerate(lines):
                self.place_line(words, ns, self.ml + self.note_indent,
                                self.text_w() - self.note_indent, y, k == len(lines) - 1,
                                page=page)
                y += ns.lead
            y += 2

    # -------------------------------------------------------------- paragraphs
    def p(self, *sents, style, gold=True, indent=0.0, first_indent=0.0, label=None,
          label_style=None, label_x=0.0, before=0.0, after=0.0, keep=0.0, shift=0.0,
          label_draw=None):
        """A paragraph of sentences (gold unless gold=False).  label: a bullet or number
        printed at label_x (from the frame's left) on the first line; label_draw(layout, x,
        baseline) instead draws a label that is not text.  keep: extra room
        (points) that must fit below the paragraph on the same page (keep with next)."""
        if gold:
            self.gold.add(*sents)
        text = para(sents)
        self.y += before
        x, w = self.col_frame()
        x += shift
        w -= shift
        lines = self.break_lines(text, style, w - indent, w - indent - first_indent)
        if keep:
            self.ensure(len(lines) * style.lead + keep)
        for k, words in enumerate(lines):
            x, w = self.col_frame()
            x += shift
            w -= shift
            xi = x + indent + (first_indent if k == 0 else 0)
            avail = w - indent - (first_indent if k == 0 else 0)
            # footnotes called in this line need room at the page foot
            calls = [(None, s) for word in words for kind, s in word if kind == "fn"]
            need_notes = self._notes_height(calls, self.page) if calls else 0.0
            if self.y + style.lead > self.bottom() - need_notes + 0.01 and \
                    self.y > self.col_top + 0.5:
                self.next_frame()
                x, w = self.col_frame()
                x += shift
                w -= shift
                xi = x + indent + (first_indent if k == 0 else 0)
            if k == 0 and label is not None:
                ls = label_style or style
                base = self.y + (style.lead - style.size) / 2 + style.size * 0.8
                self.text_at(x + label_x, base, label, ls)
            if k == 0 and label_draw is not None:
                base = self.y + (style.lead - style.size) / 2 + style.size * 0.8
                label_draw(self, x + label_x, base)
            got = self.place_line(words, style, xi, avail, self.y, k == len(lines) - 1)
            self._add_notes(got, self.page)
            self.y += style.lead
        self.y += after
        return lines

    def heading(self, text, style, before=6, after=3, keep=40, **kw):
        self.p(text, style=style, gold=False, before=before, after=after, keep=keep, **kw)

    # -------------------------------------------------------------- boxes
    def box_begin(self, fill=None, stroke=None, lw=0.8, pad=8, before=4, inset=0.0):
        self.y += before
        self.box = dict(fill=fill, stroke=stroke, lw=lw, pad=pad, inset=inset)
        self._box_open_segment()
        self.y += pad

    def _box_open_segment(self):
        b = self.box
        self.page.ops.append(None)
        b["seg"] = (self.page, len(self.page.ops) - 1, self.y, self.col)

    def _box_close_segment(self, end_y=None):
        b = self.box
        page, idx, y0, col = b["seg"]
        y1 = end_y if end_y is not None else self.y + 2
        w = (self.text_w() - self.col_gap * (self.ncols - 1)) / self.ncols
        x = self.ml + col * (w + self.col_gap) + b["inset"]
        page.ops[idx] = dict(op="rect", x=x, y=y0, w=w - 2 * b["inset"], h=y1 - y0,
                             fill=b["fill"], stroke=b["stroke"], lw=b["lw"])

    def box_end(self, after=6):
        self.y += self.box["pad"]
        self._box_close_segment(self.y)
        self.box = None
        self.y += after

    def side_box(self, x, y, w, items, fill=None, stroke=None, lw=0.8, pad=8):
        """A box at a fixed place on the current page (beside the flow, which must leave room
        for it with reserve_right).  items: (sentences, style, gold, after) tuples."""
        idx = len(self.page.ops)
        self.page.ops.append(None)
        yy = y + pad
        for sents, style, gold, after in items:
            if gold:
                self.gold.add(*sents)
            lines = self.break_lines(para(sents), style, w - 2 * pad)
            for k, words in enumerate(lines):
                self.place_line(words, style, x + pad, w - 2 * pad, yy, k == len(lines) - 1)
                yy += style.lead
            yy += after
        self.page.ops[idx] = dict(op="rect", x=x, y=y, w=w, h=yy + pad - y, fill=fill,
                                  stroke=stroke, lw=lw)
        return yy + pad

    # -------------------------------------------------------------- tables
    def table(self, widths, rows, header=None, cell_style=None, header_style=None, pad=4,
              header_fill=None, rule="#000000", lw=0.5, gold_cols=(), zebra=None,
              cell_styles=None, x=None, before=4, after=8):
        """rows: lists of cell strings.  Cells in gold_cols are added to the gold in reading
        order (row by row, left to right).  Rows are never split; the header row is repeated
        on every page the table reaches."""
        self.y += before
        x0 = self.ml if x is None else x
        total = sum(widths)

        def lines_of(text, style, w):
            return self.break_lines(text, style, w - 2 * pad)

        def row_h(cells, styles):
            return max(len(lines_of(c, s, w)) * s.lead for c, s, w in zip(cells, styles, widths, strict=True)) \
                + 2 * pad

        def draw_row(cells, styles, fill):
            h = row_h(cells, styles)
            y0 = self.y
            if fill:
                self.rect(x0, y0, total, h, fill=fill)
            xs = x0
            for c, s, w in zip(cells, styles, widths, strict=True):
                yy = y0 + pad
                ls = lines_of(c, s, w)
                for k, words in enumerate(ls):
                    self.place_line(words, s, xs + pad, w - 2 * pad, yy, k == len(ls) - 1)
                    yy += s.lead
                xs += w
            # rules: top, bottom, verticals
            self.line(x0, y0, x0 + total, y0, rule, lw)
            self.line(x0, y0 + h, x0 + total, y0 + h, rule, lw)
            xs = x0
            for w in [0] + list(widths):
                xs += w
                self.line(xs, y0, xs, y0 + h, rule, lw)
            self.y += h

        hstyles = [header_style] * len(widths)
        if header:
            self.ensure(row_h(header, hstyles) + 30)
            draw_row(header, hstyles, header_fill)
        for i, cells in enumerate(rows):
            styles = (cell_styles(i, cells) if cell_styles else [cell_style] * len(widths))
            h = row_h(cells, styles)
            if self.y + h > self.bottom() + 0.01:
                self.new_page()
                if header:
                    draw_row(header, hstyles, header_fill)
            for j in gold_cols:
                self.gold.add(cells[j])
            draw_row(cells, styles, zebra if (zebra and i % 2) else None)
        self.y += after

    # -------------------------------------------------------------- finishing
    def back_cover(self):
        self.new_page()
        self.page.furniture = False
        self.page.back = True

    def finish(self):
        """Draw footnotes and running headers/footers; returns the pages."""
        nb = len(self.pages)
        for page in self.pages:
            page.ops = [o for o in page.ops if o]
            self.draw_notes(page)
            if page.furniture:
                extra = []
                keep = page.ops
                page.ops = extra
                self.cur = page
                if self.header:
                    self.header(self, page, nb)
                if self.footer:
                    self.footer(self, page, nb)
                page.ops = extra + keep if self.header_first else keep + extra
                self.cur = None
        return self.pages


def make_bullet_font(out, mapping, family, src="/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
    """A small TrueType font whose private-use code points (keys of mapping) draw DejaVu Sans
    glyphs (values: the code points they are copied from), as Wingdings/Symbol bullets arrive
    in documents converted from Word.  Deterministic (fixed head dates)."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    font = TTFont(src, recalcTimestamp=False)
    cmap = font.getBestCmap()
    glyphs = [cmap[c] for c in mapping.values()]
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.notdef_outline = True
    opts.layout_features = []
    opts.drop_tables += ["FFTM"]
    sub = subset.Subsetter(opts)
    sub.populate(glyphs=glyphs + ["space"], unicodes=[0x20])
    sub.subset(font)
    for t in font["cmap"].tables:
        if t.isUnicode():
            t.cmap = {0x20: "space", **{pua: cmap[c] for pua, c in mapping.items()}}
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format == 4]
    for rec in font["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = family
        elif rec.nameID == 6:
            rec.string = family.replace(" ", "")
        elif rec.nameID == 3:
            rec.string = family + " probe20"
    font["head"].created = font["head"].modified = 3786000000   # fixed: 2023-12-20
    font["OS/2"].usFirstCharIndex = 0x20
    font["OS/2"].usLastCharIndex = max(mapping)
    font.save(out)
