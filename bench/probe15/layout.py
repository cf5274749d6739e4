"""A small page-layout engine shared by the probe15 generators.

The generators describe a document (frames, columns, paragraphs, headings, bullets, numbered
paragraphs, boxes, ruled tables, footnotes, absolute text and shapes); this module breaks the
paragraphs into lines with the widths of the real font files (fontTools for TrueType and OpenType,
the URW AFM files for the standard 14 fonts, HarfBuzz when a producer kerns and forms ligatures)
and records every page as a list of drawing operations.  Each generator then turns those
operations into calls of its own producer (libharu from C, PoDoFo from C++, or PDF operators
written by hand), so that the line breaks are the same however the text layer is written.

Text is Unicode.  U+00AD marks where a word may be hyphenated (the engine prints "-" there when it
breaks the word at a line end; a SHY that is not used disappears).  Two spaces after a full stop
are kept as two spaces.  A footnote call is a run of its own, raised and smaller.
"""
import logging
import re
from dataclasses import dataclass, field

from fontTools import agl
from fontTools.ttLib import TTFont

logging.getLogger("fontTools").setLevel(logging.ERROR)

SHY = "\u00ad"
A4 = (595.276, 841.89)
MM = 72 / 25.4


# ------------------------------------------------------------------------------------ fonts
class Font:
    """Widths of one font, in 1/1000 em.  path: a .ttf/.otf file or an .afm file."""

    def __init__(self, key, path, shape=False, features=None):
        self.key, self.path, self.shape = key, path, shape
        self.features = features or {"kern": True, "liga": True}
        self.widths, self.code_widths = {}, {}
        self._cache = {}
        if path.endswith(".afm"):
            self._afm(path)
            self.upem = 1000
        else:
            tt = TTFont(path)
            self.tt = tt
            self.upem = tt["head"].unitsPerEm
            hmtx = tt["hmtx"].metrics
            self.cmap = tt.getBestCmap()
            self.gadv = {g: hmtx[g][0] for g in hmtx}
            self.widths = {u: hmtx[g][0] * 1000 / self.upem for u, g in self.cmap.items()}
            if shape:
                import uharfbuzz as hb
                self._hb = hb
                self.hbfont = hb.Font(hb.Face(hb.Blob.from_file_path(path)))

    def _afm(self, path):
        for line in open(path, encoding="latin-1"):
            if not line.startswith("C "):
                continue
            parts = dict(p.strip().split(" ", 1) for p in line.split(";") if p.strip())
            code, wx, name = int(parts["C"]), float(parts["WX"]), parts.get("N", "")
            if code >= 0:
                self.code_widths[code] = wx
            u = agl.toUnicode(name)
            if len(u) == 1 and ord(u) not in self.widths:
                self.widths[ord(u)] = wx
        if 0xA0 not in self.widths and 0x20 in self.widths:
            self.widths[0xA0] = self.widths[0x20]
        if 0xAD not in self.widths and 0x2D in self.widths:
            self.widths[0xAD] = self.widths[0x2D]

    def shaped(self, text):
        """HarfBuzz glyphs of text: list of (gid, cluster text, x_advance in font units)."""
        hb = self._hb
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        hb.shape(self.hbfont, buf, self.features)
        infos, poss = buf.glyph_infos, buf.glyph_positions
        clusters = [i.cluster for i in infos]
        out = []
        for info, pos in zip(infos, poss, strict=True):
            start = info.cluster
            later = [c for c in clusters if c > start]
            end = min(later) if later else len(text)
            out.append((info.codepoint, text[start:end], pos.x_advance))
        return out

    def width(self, text, size):
        text = text.replace(SHY, "")
        if not text:
            return 0.0
        key = text
        w = self._cache.get(key)
        if w is None:
            if self.shape:
                w = sum(a for _, _, a in self.shaped(text)) * 1000 / self.upem
            else:
                w = sum(self.widths.get(ord(c), self.widths.get(0x3F, 500)) for c in text)
            self._cache[key] = w
        return w * size / 1000


@dataclass(frozen=True)
class Style:
    font: Font
    size: float
    color: tuple = (0, 0, 0)
    rise: float = 0.0

    def w(self, text):
        return self.font.width(text, self.size)

    def but(self, **kw):
        d = dict(font=self.font, size=self.size, color=self.color, rise=self.rise)
        d.update(kw)
        return Style(**d)


@dataclass
class PStyle:
    """Paragraph style."""
    font: Font
    size: float
    leading: float
    align: str = "left"          # left, justify, right, center
    before: float = 0.0
    after: float = 6.0
    left: float = 0.0            # left indent of every line
    right: float = 0.0
    first: float = 0.0           # extra indent of the first line
    color: tuple = (0, 0, 0)
    bold: Font = None            # font for **bold** runs
    italic: Font = None

    def but(self, **kw):
        d = dict(self.__dict__)
        d.update(kw)
        return PStyle(**d)

    @property
    def style(self):
        return Style(self.font, self.size, self.color)


# ------------------------------------------------------------------------------------ lines
@dataclass
class Word:
    pieces: list                 # [(Style, text)]; text may hold SHY
    spaces: int = 1              # spaces after the word (0 at the end)
    space_style: Style = None

    def width(self):
        return sum(st.w(t) for st, t in self.pieces)


@dataclass
class Line:
    words: list                  # [(x, [(Style, text)])], text without SHY; a broken word ends "-"
    y: float
    x0: float
    avail: float
    natural: float
    spaces: list                 # spaces after each word (0 after the last)
    space_w: list                # natural width of one space after each word
    tw: float = 0.0              # extra width given to every space character (justification)
    hyphen: bool = False
    last: bool = False
    layer: str = "body"
    tag: str = "P"               # structure type for producers that tag (P, LI, TD, Note, H)
    para: int = 0                # paragraph serial number (for producers that tag)

    def text(self):
        out = []
        for (_x, pcs), n in zip(self.words, self.spaces, strict=True):
            out.append("".join(t for _, t in pcs) + " " * n)
        return "".join(out)


def tokenize(runs):
    """runs: [(Style, text)] -> [Word]; spaces separate words (U+00A0 does not)."""
    words, cur = [], []
    last_style = runs[0][0] if runs else None
    for st, text in runs:
        parts = re.split(r"( +)", text)
        for p in parts:
            if not p:
                continue
            if p.startswith(" "):
                if cur:
                    words.append(Word(cur, len(p), last_style))
                    cur = []
                elif words:
                    words[-1].spaces += len(p)
            else:
                cur.append((st, p))
                if st.rise == 0:
                    last_style = st
    if cur:
        words.append(Word(cur, 0, last_style))
    if words:
        words[-1].spaces = 0
    return words


def split_word(word, k):
    """Split a word at its k-th soft hyphen: (head pieces + '-', tail pieces)."""
    n = 0
    head, tail = [], []
    done = False
    for st, t in word.pieces:
        if done:
            tail.append((st, t))
            continue
        idx = -1
        for i, ch in enumerate(t):
            if ch == SHY:
                if n == k:
                    idx = i
                    break
                n += 1
        if idx < 0:
            head.append((st, t))
        else:
            head.append((st, t[:idx] + "-"))
            if t[idx + 1:]:
                tail.append((st, t[idx + 1:]))
            done = True
    return head, tail


class Breaker:
    """Greedy line breaking of one paragraph, width by width."""

    def __init__(self, words, hyphenate=True):
        self.words = list(words)
        self.i = 0
        self.hyph = hyphenate

    def done(self):
        return self.i >= len(self.words)

    def next(self, width):
        line, w = [], 0.0
        hyphen = False
        while self.i < len(self.words):
            wd = self.words[self.i]
            ww = wd.width()
            gap = 0.0
            if line:
                prev = line[-1]
                gap = prev.space_style.w(" ") * prev.spaces if prev.space_style else 0
            if w + gap + ww <= width + 0.01:
                line.append(wd)
                w += gap + ww
                self.i += 1
                continue
            best = None
            if self.hyph:
                for k in range(self._hyph_options(wd)):
                    head, tail = split_word(wd, k)
                    hw = sum(st.w(t) for st, t in head)
                    if w + gap + hw <= width + 0.01:
                        best = (head, tail)
            if best:
                head, tail = best
                line.append(Word(head, 0, wd.space_style))
                self.words[self.i] = Word(tail, wd.spaces, wd.space_style)
                hyphen = True
            elif not line:
                line.append(wd)
                self.i += 1
            break
        if line and not hyphen:
            line[-1] = Word(line[-1].pieces, 0, line[-1].space_style)
        return line, hyphen

    @staticmethod
    def _hyph_options(wd):
        return sum(t.count(SHY) for st, t in wd.pieces if st.rise == 0)


def clean(pieces):
    return [(st, t.replace(SHY, "")) for st, t in pieces]


def make_line(words, x0, y, avail, align, last, hyphen):
    spaces = [w.spaces for w in words]
    spaces[-1] = 0
    sw = [w.space_style.w(" ") if w.space_style else 0 for w in words]
    natural = sum(w.width() for w in words) + sum(n * s for n, s in zip(spaces, sw, strict=True))
    tw = 0.0
    nsp = sum(spaces)
    if align == "justify" and not last and nsp:
        tw = max(0.0, (avail - natural) / nsp)
    if align == "right":
        x = x0 + avail - natural
    elif align == "center":
        x = x0 + (avail - natural) / 2
    else:
        x = x0
    placed = []
    for wd, n, s in zip(words, spaces, sw, strict=True):
        placed.append((x, clean(wd.pieces)))
        x += wd.width() + n * (s + tw)
    return Line(placed, y, x0, avail, natural, spaces, sw, tw, hyphen, last)


# ------------------------------------------------------------------------------------ ops
@dataclass
class Text:
    x: float
    y: float
    style: Style
    text: str
    layer: str = "body"
    tag: str = None


@dataclass
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: tuple = None
    stroke: tuple = None
    lw: float = 0.5
    layer: str = "body"


@dataclass
class Seg:
    x1: float
    y1: float
    x2: float
    y2: float
    color: tuple = (0, 0, 0)
    lw: float = 0.5
    layer: str = "body"


@dataclass
class Path:
    """points: [(op, x, y, ...)] with op 'm', 'l' or 'c' (c: x1 y1 x2 y2 x3 y3)."""
    points: list
    fill: tuple = None
    stroke: tuple = None
    lw: float = 1.0
    close: bool = False
    layer: str = "body"


@dataclass
class Marker:
    """A list bullet: kind 'text' (style, text) or a shape 'disc', 'square', 'circle', 'dash'."""
    kind: str
    x: float
    y: float
    size: float
    color: tuple = (0, 0, 0)
    style: Style = None
    text: str = ""
    layer: str = "body"


@dataclass
class Page:
    index: int
    ops: list = field(default_factory=list)
    notes: list = field(default_factory=list)     # [(number, runs)]
    notes_h: float = 0.0

    def add(self, op):
        self.ops.append(op)
        return op


# ------------------------------------------------------------------------------------ doc
@dataclass
class Frame:
    page: Page
    x: float
    top: float
    bottom: float
    w: float


class Doc:
    def __init__(self, name, size=A4):
        self.name = name
        self.W, self.H = size
        self.pages = []
        self.frames = []          # frames still to fill on the current page(s)
        self.frame = None
        self.y = 0.0
        self.template = None      # callable(doc, page) -> [frames]
        self.toc = []             # (level, text, page index)
        self.nfn = 0
        self.note_style = None    # PStyle of footnote texts
        self.note_area = None     # (x, bottom, width)
        self.note_gap = 8.0
        self.layer = "body"
        self.npara = 0
        self.on_note = None

    # pages and frames
    def new_page(self):
        p = Page(len(self.pages))
        self.pages.append(p)
        return p

    def flow_on(self, frames):
        """frames: [Frame]; the flow continues in the first of them."""
        self.frames = list(frames)
        self.frame = self.frames.pop(0)
        self.y = self.frame.top

    def next_frame(self):
        if not self.frames:
            page = self.new_page()
            self.frames = self.template(self, page)
        self.frame = self.frames.pop(0)
        self.y = self.frame.top

    @property
    def page(self):
        return self.frame.page

    def room(self):
        return self.y - (self.frame.bottom + self.page.notes_h)

    def space(self, h):
        self.y -= h

    def ensure(self, h):
        if self.room() < h:
            self.next_frame()

    # runs
    def runs(self, text, st, fn_style=None, hyphenate_fn=None):
        """Marked-up text (^[note] footnotes, **bold**, _italic_ not used) -> runs."""
        from common import pieces
        out = []
        for kind, t in pieces(text):
            if kind == "text":
                if hyphenate_fn:
                    t = hyphenate_fn(t)
                out.extend(self._bold(t, st))
            else:
                self.nfn += 1
                fs = fn_style or st.but(size=st.size * 0.6, rise=st.size * 0.35)
                out.append((fs, str(self.nfn)))
                self.pending_notes.append((self.nfn, t))
        return out

    def _bold(self, t, st):
        out = []
        for i, part in enumerate(t.split("**")):
            if part:
                out.append((st.but(font=self.bold_font) if i % 2 else st, part))
        return out

    bold_font = None
    pending_notes = []

    # paragraphs
    def para(self, text, ps, fn_style=None, hyphenate_fn=None, keep=1, marker=None, tag="P",
             first_line_x=None):
        """Lay out one paragraph in the flow.  text: marked-up string or runs.  marker: callable
        (page, x, baseline) drawing a bullet or number at the first line.  Returns the lines."""
        self.npara += 1
        self.bold_font = ps.bold
        self.pending_notes = []
        runs = text if isinstance(text, list) else self.runs(text, ps.style, fn_style,
                                                             hyphenate_fn)
        notes = list(self.pending_notes)
        words = tokenize(runs)
        br = Breaker(words, hyphenate=True)
        self.y -= ps.before
        lines = []
        first = True
        while not br.done():
            x0 = self.frame.x + ps.left + (ps.first if first else 0)
            avail = self.frame.w - ps.left - ps.right - (ps.first if first else 0)
            save = (br.i, list(br.words))
            wl, hyphen = br.next(avail)
            nums = [int(t) for wd in wl for st, t in wd.pieces if st.rise > 0 and t.isdigit()]
            extra = sum(self.note_height(n, t) for n, t in notes if n in nums)
            need = ps.leading + extra + (ps.leading * (keep - 1) if first else 0)
            if self.room() < need and self.y < self.frame.top - 0.01:
                self.next_frame()
                br.i, br.words = save
                continue
            for n, t in notes:
                if n in nums:
                    self.page.notes.append((n, t))
                    self.page.notes_h += self.note_height(n, t)
            base = self.y - ps.leading * 0.78
            ln = make_line(wl, x0, base, avail, ps.align, br.done(), hyphen)
            ln.layer, ln.tag, ln.para = self.layer, tag, self.npara
            if first and marker:
                marker(self.page, self.frame.x + ps.left, base)
            self.page.add(ln)
            lines.append(ln)
            first = False
            self.y -= ps.leading
        self.y -= ps.after
        return lines

    def note_height(self, n, t):
        ns = self.note_style
        words = tokenize([(ns.style, f"{n} " + t)])
        br = Breaker(words)
        k = 0
        while not br.done():
            br.next(self.note_area[2] - ns.left)
            k += 1
        first = 0 if self.page.notes else self.note_gap
        return k * ns.leading + ns.after + first

    def draw_notes(self, number=lambda n: str(n), sep=(0.3, 0.3, 0.3)):
        """Footnote texts at the foot of each page whose lines carry calls."""
        ns = self.note_style
        x, bottom, width = self.note_area
        for page in self.pages:
            if not page.notes:
                continue
            y = bottom + page.notes_h - self.note_gap
            page.add(Seg(x, y + self.note_gap * 0.6, x + 40 * MM, y + self.note_gap * 0.6, sep,
                         0.5, layer="notes"))
            for n, t in page.notes:
                runs = [(ns.style.but(size=ns.size * 0.75, rise=ns.size * 0.3), number(n)),
                        (ns.style, " " + t)]
                words = tokenize(runs)
                br = Breaker(words)
                first = True
                while not br.done():
                    wl, hy = br.next(width - ns.left)
                    ln = make_line(wl, x + (0 if first else ns.left), y - ns.leading * 0.78,
                                   width - ns.left, ns.align, br.done(), hy)
                    ln.layer, ln.tag = "notes", "Note"
                    page.add(ln)
                    y -= ns.leading
                    first = False
                y -= ns.after

    def heading(self, text, ps, toc=None, keep=3, tag="H"):
        self.ensure(ps.before + ps.leading * keep)
        if toc is not None:
            self.toc.append((toc, text, self.page.index))
        return self.para(text, ps, keep=1, tag=tag)

    # absolute text
    def text(self, page, x, y, st, s, align="left", layer=None, tag=None):
        w = st.w(s)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        return page.add(Text(x, y, st, s, layer or self.layer, tag))

    # blocks measured before they are drawn
    def measure(self, text, ps, width, fn_style=None, hyphenate_fn=None):
        """Lines of a paragraph set in width, at y=0 downwards (not added to any page)."""
        self.npara += 1
        self.bold_font = ps.bold
        self.pending_notes = []
        runs = text if isinstance(text, list) else self.runs(text, ps.style, fn_style,
                                                             hyphenate_fn)
        br = Breaker(tokenize(runs))
        y, out, first = -ps.before, [], True
        while not br.done():
            x0 = ps.left + (ps.first if first else 0)
            avail = width - ps.left - ps.right - (ps.first if first else 0)
            wl, hy = br.next(avail)
            ln = make_line(wl, x0, y - ps.leading * 0.78, avail, ps.align, br.done(), hy)
            ln.para = self.npara
            out.append(ln)
            y -= ps.leading
            first = False
        return out, -(y - ps.after)

    def place(self, lines, page, dx, dy, layer=None, tag="P"):
        for ln in lines:
            ln.words = [(x + dx, p) for x, p in ln.words]
            ln.x0 += dx
            ln.y += dy
            ln.layer = layer or self.layer
            ln.tag = tag
            page.add(ln)

    def box(self, parts, width=None, pad=8.0, fill=None, rule=None, rule_w=3.0, frame=None,
            layer=None, tag="P", after=8.0):
        """A shaded box in the flow.  parts: [(text, PStyle, tag)] laid out in the box width."""
        width = width or self.frame.w
        blocks, h = [], pad
        for text, ps, tg in parts:
            lines, bh = self.measure(text, ps, width - 2 * pad - (rule_w if rule else 0))
            blocks.append((lines, h, tg))
            h += bh
        h += pad - parts[-1][1].after
        self.ensure(h)
        page, x, top = self.page, self.frame.x, self.y
        lay = layer or self.layer
        page.add(Rect(x, top - h, width, h, fill=fill, stroke=frame, lw=0.6, layer=lay))
        if rule:
            page.add(Rect(x, top - h, rule_w, h, fill=rule, layer=lay))
        for lines, off, tg in blocks:
            self.place(lines, page, x + pad + (rule_w if rule else 0), top - off, lay, tg)
        self.y = top - h - after
        return page, top, h

    def table(self, colw, rows, ps, head_ps=None, pad=4.0, rule=(0.4, 0.4, 0.4), lw=0.5,
              head_fill=None, layer=None, after=8.0, tags=None):
        """A ruled table in the flow; rows: [[text]], the first row a header when head_ps."""
        lay = layer or self.layer
        x0 = self.frame.x
        tw = sum(colw)
        for r, row in enumerate(rows):
            st = head_ps if (r == 0 and head_ps) else ps
            cells, h = [], 0
            for c, text in enumerate(row):
                lines, ch = self.measure(text, st, colw[c] - 2 * pad)
                cells.append(lines)
                h = max(h, ch - st.after)
            h += 2 * pad
            self.ensure(h)
            page, top = self.page, self.y
            if r == 0 and head_fill:
                page.add(Rect(x0, top - h, tw, h, fill=head_fill, layer=lay))
            x = x0
            for c, lines in enumerate(cells):
                tg = "TH" if (r == 0 and head_ps) else (tags[c] if tags else "TD")
                self.place(lines, page, x + pad, top - pad, lay, tg)
                x += colw[c]
            page.add(Seg(x0, top, x0 + tw, top, rule, lw, layer=lay))
            page.add(Seg(x0, top - h, x0 + tw, top - h, rule, lw, layer=lay))
            x = x0
            for c in range(len(colw) + 1):
                page.add(Seg(x, top, x, top - h, rule, lw, layer=lay))
                if c < len(colw):
                    x += colw[c]
            self.y = top - h
        self.y -= after


# ------------------------------------------------------------------------------------ writer
class Writer:
    """A Doc and its gold together: every gold sentence is laid out from the same string."""

    def __init__(self, doc, gold, hyph=None, sep=" "):
        self.doc, self.gold = doc, gold
        self.hyph = hyph            # callable adding soft hyphens, or None
        self.sep = sep              # what joins the sentences of a paragraph ("  ": two spaces)

    def _join(self, sents, sep):
        return (self.sep if sep is None else sep).join(sents)

    def para(self, ps, *sents, gold=True, hyph=True, tag="P", keep=1, sep=None, marker=None):
        text = self._join(sents, sep)
        lines = self.doc.para(text, ps, hyphenate_fn=self.hyph if hyph else None, keep=keep,
                              tag=tag, marker=marker)
        if gold:
            self.gold.add(*sents)
        return lines

    def heading(self, text, ps, toc=None, keep=3):
        return self.doc.heading(text, ps, toc=toc, keep=keep)

    def numbered(self, n, ps, num_style, *sents, num_fmt="{}.", sep=None):
        fmt = num_fmt.format(n)
        x_num = -ps.left

        def mark(page, x, y):
            page.add(Text(x + x_num, y, num_style, fmt, self.doc.layer, "Lbl"))
        return self.para(ps, *sents, marker=mark, sep=sep)

    def bullet(self, ps, text, mark, gap=12.0, tag="LI"):
        """mark: callable(page, x, y) drawing the bullet gap points left of the text."""
        return self.para(ps, text, tag=tag, marker=lambda page, x, y: mark(page, x - gap, y))

    def box(self, title, title_ps, sents, ps, gold=True, **kw):
        parts = []
        if title:
            parts.append((title, title_ps, "H"))
        text = self._join(sents, None)
        if self.hyph:
            text = self.hyph(text)
        parts.append((text, ps, "P"))
        if gold:
            self.gold.add(*sents)
        return self.doc.box(parts, **kw)

    def table(self, colw, rows, ps, head_ps, gold_cols, **kw):
        self.doc.table(colw, rows, ps, head_ps, **kw)
        for row in rows[1:] if head_ps else rows:
            for c in gold_cols:
                self.gold.add(row[c])


def marker_text(style, s, layer="body"):
    return lambda page, x, y: page.add(Marker("text", x, y, style.size, style.color, style, s,
                                              layer))


def marker_shape(kind, size, color=(0, 0, 0), layer="body"):
    return lambda page, x, y: page.add(Marker(kind, x, y, size, color, layer=layer))
