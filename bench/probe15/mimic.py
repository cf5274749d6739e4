"""A hand-written PDF writer for probe15 (producer m): content streams are written operator by
operator in the manner of Adobe InDesign and of Microsoft Word's "Save as PDF", and the file is
assembled with pikepdf (qpdf).  Fonts are cut down with fontTools' subsetter and shaped with
HarfBuzz (uharfbuzz) where the imitated producer kerns and forms ligatures.

Font kinds:
  Type1C      simple font, FontFile3 /Type1C (a CFF subset of an OpenType font), custom
              /Differences encoding with codes given in order of first use above 127, ligature
              glyphs (f_i, fi, ...) as codes of their own, ToUnicode; text shown with TJ arrays
              whose numbers are HarfBuzz's kerning (InDesign).
  CIDOT       Type 0, Identity-H, CIDFontType0 with FontFile3 /OpenType (the subset OpenType file
              with its glyph ids kept, CID = GID), W array, ToUnicode (InDesign, CID Type 0C).
  TrueType    simple TrueType subset, FontFile2, /WinAnsiEncoding, no ToUnicode (Word).
  Symbol      simple symbolic TrueType built here (one or two glyphs at U+F0xx in a (3,0) cmap),
              no /Encoding, ToUnicode mapping the byte to the private-use code point (Word's
              Symbol and Wingdings bullets).
"""
import io
import math
import random
from dataclasses import dataclass

import pikepdf
from fontTools import subset
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from layout import SHY, Line, Marker, Path, Rect, Seg, Text
from pikepdf import Array, Dictionary, Name, String


def tag6(seed):
    rnd = random.Random(seed)
    return "".join(rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))


def num(v, d=3):
    s = f"{v:.{d}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def lit(b):
    """PDF literal string for bytes b."""
    out = []
    for c in b:
        if c in b"()\\":
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append(f"\\{c:03o}")
    return "(" + "".join(out) + ")"


def utf16hex(s):
    return s.encode("utf-16-be").hex().upper()


def tounicode(pairs, two_byte):
    """A ToUnicode CMap stream body for [(code, text)]."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def", "1 begincodespacerange",
             "<0000> <FFFF>" if two_byte else "<00> <FF>", "endcodespacerange"]
    pairs = sorted(pairs)
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        for code, text in chunk:
            c = f"{code:04X}" if two_byte else f"{code:02X}"
            lines.append(f"<{c}> <{utf16hex(text)}>")
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


class PdfFont:
    """A font resource being filled while the content streams are written."""

    def __init__(self, lf, kind, res, seed):
        self.lf = lf                  # layout.Font (metrics, shaping)
        self.kind, self.res = kind, res
        self.tag = tag6(seed)
        self.codes = {}               # (gid, text) -> code           (Type1C)
        self.used = {}                # code -> text for ToUnicode
        self.next = 128
        if kind in ("Type1C", "CIDOT"):
            self.order = lf.tt.getGlyphOrder()
            self.hmtx = lf.tt["hmtx"].metrics

    # ----------------------------------------------------------------- encoding text
    def glyphs(self, text):
        """[(code bytes, gid, default advance (1/1000 em), shaped advance, text)]."""
        text = text.replace(SHY, "")
        up = self.lf.upem
        out = []
        if self.kind in ("Type1C", "CIDOT"):
            for gid, t, adv in self.lf.shaped(text):
                dflt = self.hmtx[self.order[gid]][0] * 1000 / up
                if self.kind == "CIDOT":
                    code = gid.to_bytes(2, "big")
                    self.used[gid] = t
                else:
                    key = (gid, t)
                    if key not in self.codes:
                        if len(t) == 1 and 32 <= ord(t) < 127:
                            c = ord(t)
                        else:
                            c = self.next
                            self.next += 1
                            assert c < 256, "too many glyphs for a simple font"
                        self.codes[key] = c
                        self.used[c] = t
                    code = bytes([self.codes[key]])
                out.append((code, gid, dflt, adv * 1000 / up, t))
        elif self.kind == "TrueType":
            for ch in text:
                b = ch.encode("cp1252")
                w = self.lf.widths.get(ord(ch), 500)
                self.used[b[0]] = ch
                out.append((b, None, w, w, ch))
        else:   # Symbol: the text is already the byte
            for ch in text:
                b = ch.encode("latin-1")
                w = self.lf.code_w[b[0]]
                self.used[b[0]] = chr(0xF000 + b[0])
                out.append((b, None, w, w, ch))
        return out

    # ----------------------------------------------------------------- font objects
    def build(self, pdf):
        if self.kind == "Type1C":
            return self._type1c(pdf)
        if self.kind == "CIDOT":
            return self._cidot(pdf)
        if self.kind == "TrueType":
            return self._truetype(pdf)
        return self._symbol(pdf)

    def _subset(self, gids=None, unicodes=None, retain=False, cff_only=False):
        tt = TTFont(self.lf.path, recalcTimestamp=False)
        opts = subset.Options()
        opts.glyph_names = True
        opts.notdef_outline = True
        opts.retain_gids = retain
        opts.layout_features = []
        opts.name_IDs = [0, 1, 2, 3, 4, 6]
        opts.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG", "kern"]
        sub = subset.Subsetter(opts)
        if gids is not None:
            sub.populate(gids=gids)
        else:
            sub.populate(unicodes=unicodes)
        sub.subset(tt)
        if cff_only:
            return tt["CFF "].compile(tt), tt
        buf = io.BytesIO()
        tt.save(buf)
        return buf.getvalue(), tt

    def _descriptor(self, pdf, name, tt, flags, extra):
        head, hhea = tt["head"], tt["hhea"]
        up = head.unitsPerEm
        k = 1000 / up
        os2 = tt["OS/2"] if "OS/2" in tt else None
        cap = getattr(os2, "sCapHeight", 0) or int(hhea.ascent * 0.7 / k * k)
        d = Dictionary(Type=Name.FontDescriptor, FontName=Name("/" + name), Flags=flags,
                       FontBBox=[int(head.xMin * k), int(head.yMin * k), int(head.xMax * k),
                                 int(head.yMax * k)],
                       ItalicAngle=int(tt["post"].italicAngle), Ascent=int(hhea.ascent * k),
                       Descent=int(hhea.descent * k), CapHeight=int(cap * k), StemV=80)
        for key, v in extra.items():
            d[key] = v
        return pdf.make_indirect(d)

    def _psname(self):
        return self.lf.tt["name"].getDebugName(6) or self.lf.key

    def _type1c(self, pdf):
        gids = sorted({0} | {g for (g, _t) in self.codes})
        cff, tt = self._subset(gids=gids, cff_only=True)
        name = f"{self.tag}+{self._psname()}"
        ff = pdf.make_stream(cff)
        ff.Subtype = Name.Type1C
        desc = self._descriptor(pdf, name, tt, 32 if "Sans" in name or "Heros" in name else 34,
                                {"/FontFile3": ff})
        by_code = {c: g for (g, _t), c in self.codes.items()}
        first, last = min(by_code), max(by_code)
        widths, diffs = [], []
        prev = None
        up = self.lf.upem
        for c in range(first, last + 1):
            g = by_code.get(c)
            widths.append(round(self.hmtx[self.order[g]][0] * 1000 / up) if g is not None else 0)
            if g is not None:
                if prev != c - 1:
                    diffs.append(c)
                diffs.append(Name("/" + self.order[g]))
                prev = c
        enc = Dictionary(Type=Name.Encoding, Differences=Array(diffs))
        tu = pdf.make_stream(tounicode(self.used.items(), False))
        return pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + name), FirstChar=first,
            LastChar=last, Widths=Array(widths), Encoding=enc, FontDescriptor=desc,
            ToUnicode=tu))

    def _cidot(self, pdf):
        gids = sorted({0} | set(self.used))
        data, tt = self._subset(gids=gids, retain=True)
        name = f"{self.tag}+{self._psname()}"
        ff = pdf.make_stream(data)
        ff.Subtype = Name.OpenType
        desc = self._descriptor(pdf, name, tt, 32, {"/FontFile3": ff})
        up = self.lf.upem
        w = []
        for g in gids:
            w += [g, Array([round(self.hmtx[self.order[g]][0] * 1000 / up)])]
        cid = pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.CIDFontType0, BaseFont=Name("/" + name),
            CIDSystemInfo=Dictionary(Registry=String("Adobe"), Ordering=String("Identity"),
                                     Supplement=0),
            FontDescriptor=desc, DW=1000, W=Array(w)))
        tu = pdf.make_stream(tounicode(self.used.items(), True))
        return pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.Type0, BaseFont=Name("/" + name),
            Encoding=Name("/Identity-H"), DescendantFonts=Array([cid]), ToUnicode=tu))

    def _truetype(self, pdf):
        chars = {ch for ch in self.used.values()}
        data, tt = self._subset(unicodes=sorted(ord(c) for c in chars))
        name = f"{self.tag}+{self._psname()}"
        ff = pdf.make_stream(data)
        ff.Length1 = len(data)
        desc = self._descriptor(pdf, name, tt, 32, {"/FontFile2": ff})
        widths = []
        for c in range(32, 256):
            ch = bytes([c]).decode("cp1252", errors="replace")
            widths.append(round(self.lf.widths.get(ord(ch), 0)) if c in self.used else 0)
        return pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.TrueType, BaseFont=Name("/" + name), FirstChar=32,
            LastChar=255, Widths=Array(widths), Encoding=Name.WinAnsiEncoding,
            FontDescriptor=desc))

    def _symbol(self, pdf):
        data = self.lf.data
        name = f"{self.tag}+{self.lf.psname}"
        ff = pdf.make_stream(data)
        ff.Length1 = len(data)
        tt = TTFont(io.BytesIO(data))
        desc = self._descriptor(pdf, name, tt, 4, {"/FontFile2": ff})
        first, last = min(self.used), max(self.used)
        widths = [round(self.lf.code_w.get(c, 0)) if c in self.used else 0
                  for c in range(first, last + 1)]
        tu = pdf.make_stream(tounicode(self.used.items(), False))
        return pdf.make_indirect(Dictionary(
            Type=Name.Font, Subtype=Name.TrueType, BaseFont=Name("/" + name), FirstChar=first,
            LastChar=last, Widths=Array(widths), FontDescriptor=desc, ToUnicode=tu))


class SymbolFont:
    """A tiny symbolic TrueType font made here, standing in for Word's Symbol or Wingdings: glyphs
    at U+F000+byte in a (3,0) cmap, so that the byte shown in the content stream selects them."""

    def __init__(self, key, psname, glyphs):
        """glyphs: {byte: (name, advance, draw(pen))}"""
        self.key, self.psname = key, psname
        self.upem = 1000
        self.widths = {}
        self.code_w = {b: adv for b, (_n, adv, _d) in glyphs.items()}
        fb = FontBuilder(1000, isTTF=True)
        order = [".notdef"] + [n for n, _a, _d in glyphs.values()]
        fb.setupGlyphOrder(order)
        fb.setupCharacterMap({0xF000 + b: n for b, (n, _a, _d) in glyphs.items()})
        pen = TTGlyphPen(None)
        pen.moveTo((50, 0))
        pen.lineTo((50, 700))
        pen.lineTo((450, 700))
        pen.lineTo((450, 0))
        pen.closePath()
        glyf = {".notdef": pen.glyph()}
        metrics = {".notdef": (500, 50)}
        for _b, (n, adv, draw) in glyphs.items():
            pen = TTGlyphPen(None)
            draw(pen)
            glyf[n] = pen.glyph()
            metrics[n] = (adv, 0)
        fb.setupGlyf(glyf)
        fb.setupHorizontalMetrics(metrics)
        fb.setupHorizontalHeader(ascent=800, descent=-200)
        fb.setupNameTable({"familyName": psname, "styleName": "Regular",
                           "psName": psname})
        fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
        fb.setupPost()
        for t in fb.font["cmap"].tables:
            if t.platformID == 3:
                t.platEncID = 0
        fb.font["cmap"].tables = [t for t in fb.font["cmap"].tables if t.platformID == 3]
        fb.font.recalcTimestamp = False
        fb.font["head"].created = fb.font["head"].modified = 3800000000   # fixed: 2024
        buf = io.BytesIO()
        fb.save(buf)
        self.data = buf.getvalue()

    def width(self, text, size):
        return sum(self.code_w.get(ord(c), 0) for c in text) * size / 1000


def circle_glyph(cx, cy, r):
    """A disc for a TrueType glyph: eight quadratic arcs."""
    on = [(round(cx + r * math.cos(math.pi * i / 4)), round(cy + r * math.sin(math.pi * i / 4)))
          for i in range(8)]
    ro = r / math.cos(math.pi / 8)
    off = [(round(cx + ro * math.cos(math.pi * (i + 0.5) / 4)),
            round(cy + ro * math.sin(math.pi * (i + 0.5) / 4))) for i in range(8)]

    def draw(pen):
        pen.moveTo(on[0])
        for i in range(8):
            pen.qCurveTo(off[i], on[(i + 1) % 8])
        pen.closePath()
    return draw


def square_glyph(x0, y0, s):
    def draw(pen):
        pen.moveTo((x0, y0))
        pen.lineTo((x0, y0 + s))
        pen.lineTo((x0 + s, y0 + s))
        pen.lineTo((x0 + s, y0))
        pen.closePath()
    return draw


def cmyk(rgb):
    r, g, b = rgb
    k = 1 - max(r, g, b)
    if k >= 0.999:
        return (0, 0, 0, 1)
    return ((1 - r - k) / (1 - k), (1 - g - k) / (1 - k), (1 - b - k) / (1 - k), k)


@dataclass
class Do:
    """Paint a Form XObject of the page (made by Writer.form_xobject) at this point."""
    name: str
    layer: str = "xobject"

    @property
    def draw(self):
        return f"q 1 0 0 1 0 0 cm /{self.name} Do Q"


# ------------------------------------------------------------------------------------ writer
class Writer:
    """Writes a layout.Doc.  style: "indesign" or "word"."""

    def __init__(self, doc, style, fonts, seed=1):
        self.doc, self.style = doc, style
        self.pdf = pikepdf.Pdf.new()
        self.fonts = {}               # layout Font key -> PdfFont
        for i, (lf, kind, res) in enumerate(fonts):
            self.fonts[lf.key] = PdfFont(lf, kind, res, seed * 100 + i)
        self.rnd = random.Random(seed)
        self.struct = []              # (order key, struct type, page index, mcid, para)
        self.xobjects = {}            # page index -> {name: stream}
        self.order = None             # callable(page, ops) -> ops in stream order
        self.pending_forms = []

    # ----------------------------------------------------------------- colours
    def fill(self, rgb):
        if self.style == "indesign":
            return " ".join(num(v) for v in cmyk(rgb)) + " k"
        r, g, b = rgb
        if r == g == b:
            return f"{num(r)} g"
        return f"{num(r)} {num(g)} {num(b)} rg"

    def stroke(self, rgb):
        if self.style == "indesign":
            return " ".join(num(v) for v in cmyk(rgb)) + " K"
        r, g, b = rgb
        if r == g == b:
            return f"{num(r)} G"
        return f"{num(r)} {num(g)} {num(b)} RG"

    # ----------------------------------------------------------------- text
    def tj(self, font, size, text, tw=0.0, noise=False):
        """A TJ array for text: kerning numbers from shaping, justification numbers at spaces
        when the font is two-byte (Tw does not apply there), Word's rounding noise."""
        pf = self.fonts[font.key]
        parts, cur = [], b""
        gl = pf.glyphs(text)
        two = pf.kind == "CIDOT"
        for i, (code, _gid, dflt, adv, t) in enumerate(gl):
            cur += code
            adj = dflt - adv
            if t == " " and two and tw:
                adj += tw / size * 1000
            if noise and i < len(gl) - 1 and self.rnd.random() < 0.22:
                adj += self.rnd.choice([-4, -3, -2, 2, 3, 5, 7])
            if abs(adj) > 0.05:
                parts.append(cur)
                parts.append(-adj)
                cur = b""
        if cur:
            parts.append(cur)
        out = []
        for p in parts:
            if isinstance(p, bytes):
                out.append(f"<{p.hex().upper()}>" if two else lit(p))
            else:
                out.append(num(p, 1))
        return "[" + "".join(out) + "]TJ"

    def runs(self, ln):
        """A line's text as runs [(Style, x, text)]: one run per style, spaces included."""
        runs = []
        for (x, pcs), nsp in zip(ln.words, ln.spaces, strict=True):
            base = next((st for st, _ in reversed(pcs) if st.rise == 0), pcs[0][0])
            for st, t in pcs:
                if runs and runs[-1][0] == st:
                    runs[-1][2] += t
                else:
                    runs.append([st, x, t])
                x += st.w(t)
            if nsp:
                if runs[-1][0] == base:
                    runs[-1][2] += " " * nsp
                else:
                    runs.append([base, x, " " * nsp])
        return runs

    def line_indesign(self, ln, out, state):
        for k, (st, x, t) in enumerate(self.runs(ln)):
            if k == len(self.runs(ln)) - 1:
                t = t.rstrip(" ")
            if not t:
                continue
            pf = self.fonts[st.font.key]
            if state.get("font") != (pf.res,):
                out.append(f"/{pf.res} 1 Tf")
                state["font"] = (pf.res,)
            if state.get("fill") != st.color:
                out.append(self.fill(st.color))
                state["fill"] = st.color
            y = ln.y + st.rise
            prev = state.get("pos")
            if prev and prev[0] == st.size and abs(prev[1] - x) < 0.01:
                out.append(f"0 {num((y - prev[2]) / st.size, 4)} TD")
            else:
                out.append(f"{num(st.size)} 0 0 {num(st.size)} {num(x, 4)} {num(y, 4)} Tm")
            state["pos"] = (st.size, x, y)
            tw = ln.tw if pf.kind != "CIDOT" else 0.0
            if state.get("tw", 0.0) != tw and st.rise == 0:
                out.append(f"{num(tw / st.size, 4)} Tw")
                state["tw"] = tw
            out.append(self.tj(st.font, st.size, t, tw=ln.tw if pf.kind == "CIDOT" else 0))

    def line_word(self, ln, out):
        runs = self.runs(ln)
        for k, (st, x, t) in enumerate(runs):
            if k == len(runs) - 1:
                t = t.rstrip(" ")
            if not t:
                continue
            pf = self.fonts[st.font.key]
            out.append("BT")
            out.append(f"/{pf.res} {num(st.size, 2)} Tf")
            out.append(f"1 0 0 1 {num(x, 3)} {num(ln.y + st.rise, 3)} Tm")
            out.append(self.fill(st.color))
            out.append("0 G")
            if ln.tw and st.rise == 0:
                out.append(self.tj_word(st, t, ln.tw))
            else:
                out.append(self.tj(st.font, st.size, t, noise=True))
            out.append("ET")

    def tj_word(self, st, t, tw):
        """Word's justified text: the space glyphs are followed by negative TJ numbers."""
        pf = self.fonts[st.font.key]
        parts, cur = [], b""
        gl = pf.glyphs(t)
        for i, (code, _g, _d, _a, ch) in enumerate(gl):
            cur += code
            adj = 0.0
            if ch == " ":
                adj = tw / st.size * 1000
            elif i < len(gl) - 1 and self.rnd.random() < 0.18:
                adj = -self.rnd.choice([-4, -3, -2, 2, 3, 5])
            if abs(adj) > 0.05:
                parts.append(lit(cur))
                parts.append(num(-adj, 1))
                cur = b""
        if cur:
            parts.append(lit(cur))
        return "[" + "".join(parts) + "]TJ"

    # ----------------------------------------------------------------- page content
    def mcid(self, page, kind, key, para=None):
        n = self.counters.setdefault(page.index, 0)
        self.counters[page.index] = n + 1
        self.struct.append((key, kind, page.index, n, para))
        return n

    def graphics(self, o, out):
        if isinstance(o, Rect):
            if o.fill:
                out.append(f"{self.fill(o.fill)} {num(o.x)} {num(o.y)} {num(o.w)} {num(o.h)} re f")
            if o.stroke:
                out.append(f"{self.stroke(o.stroke)} {num(o.lw)} w {num(o.x)} {num(o.y)} "
                           f"{num(o.w)} {num(o.h)} re S")
        elif isinstance(o, Seg):
            out.append(f"{self.stroke(o.color)} {num(o.lw)} w {num(o.x1)} {num(o.y1)} m "
                       f"{num(o.x2)} {num(o.y2)} l S")
        elif isinstance(o, Path):
            ops = []
            for pt in o.points:
                if pt[0] == "m":
                    ops.append(f"{num(pt[1])} {num(pt[2])} m")
                elif pt[0] == "l":
                    ops.append(f"{num(pt[1])} {num(pt[2])} l")
                else:
                    ops.append(" ".join(num(v) for v in pt[1:]) + " c")
            if o.close:
                ops.append("h")
            paint = "f" if o.fill else "S"
            col = self.fill(o.fill) if o.fill else self.stroke(o.stroke) + f" {num(o.lw)} w"
            out.append(col + " " + " ".join(ops) + " " + paint)
        elif isinstance(o, Marker):
            s = o.size
            if o.kind == "disc":
                out.append(self._circle(o.x + s / 2, o.y + s * 0.35, s / 2, self.fill(o.color),
                                        "f"))
            elif o.kind == "square":
                out.append(f"{self.fill(o.color)} {num(o.x)} {num(o.y + s * 0.1)} {num(s)} "
                           f"{num(s)} re f")
            elif o.kind == "circle":
                out.append(self._circle(o.x + s / 2, o.y + s * 0.35, s / 2,
                                        self.stroke(o.color) + " 0.6 w", "S"))

    @staticmethod
    def _circle(cx, cy, r, col, paint):
        k = 0.5523 * r
        pts = [(cx + r, cy + k, cx + k, cy + r, cx, cy + r),
               (cx - k, cy + r, cx - r, cy + k, cx - r, cy),
               (cx - r, cy - k, cx - k, cy - r, cx, cy - r),
               (cx + k, cy - r, cx + r, cy - k, cx + r, cy)]
        arcs = " ".join(" ".join(num(v) for v in p) + " c" for p in pts)
        return f"{col} {num(cx + r)} {num(cy)} m {arcs} {paint}"

    def text_block(self, page, ops, out, tagged=True):
        """Text ops of one paragraph (or one absolute text) in one marked-content sequence."""
        first = ops[0]
        art = first.layer in ("master", "art", "chart")
        kind = getattr(first, "tag", None) or "P"
        key = self.keys[id(first)]
        if art:
            if self.style == "word":
                sub = "Header" if first.y > self.doc.H / 2 else "Footer"
                out.append(f"/Artifact <</Attached [/{'Top' if sub == 'Header' else 'Bottom'}]"
                           f"/Type /Pagination /Subtype /{sub}>> BDC")
            else:
                out.append("/Artifact <</Type /Pagination>> BDC" if first.layer == "master"
                           else "/Artifact BMC")
        elif tagged:
            para = getattr(first, "para", None) if isinstance(first, Line) else None
            n = self.mcid(page, kind, key, para)
            out.append(f"/{kind} <</MCID {n} >>BDC" if self.style == "indesign"
                       else f"/{kind} <</MCID {n}>> BDC")
        if self.style == "indesign":
            out.append("BT")
            state = {}
            for o in ops:
                if isinstance(o, Line):
                    self.line_indesign(o, out, state)
                else:
                    st = o.style
                    fake = Line([(o.x, [(st, o.text)])], o.y, o.x, 0, 0, [0], [0])
                    self.line_indesign(fake, out, state)
            out.append("ET")
        else:
            for o in ops:
                if isinstance(o, Line):
                    self.line_word(o, out)
                else:
                    st = o.style
                    fake = Line([(o.x, [(st.but(rise=0), o.text)])], o.y + st.rise, o.x, 0, 0,
                                [0], [0])
                    self.line_word(fake, out)
        out.append("EMC")

    def page_stream(self, page, ops):
        out = []
        i = 0
        while i < len(ops):
            o = ops[i]
            if isinstance(o, Line | Text) or (isinstance(o, Marker) and o.kind == "text"):
                if isinstance(o, Marker):
                    o = Text(o.x, o.y, o.style, o.text, o.layer, "Lbl")
                    self.keys[id(o)] = self.keys[id(ops[i])]
                group = [o]
                j = i + 1
                if isinstance(o, Line):
                    while j < len(ops) and isinstance(ops[j], Line) and ops[j].para == o.para \
                            and ops[j].layer == o.layer and o.para:
                        group.append(ops[j])
                        j += 1
                self.text_block(page, group, out)
                i = j
            elif getattr(o, "layer", "") == "xobject":
                out.append(o.draw)
                i += 1
            else:
                art = []
                self.graphics(o, art)
                if art:
                    out.append("/Artifact BMC " + " ".join(art) + " EMC"
                               if self.style == "word" else "q " + " ".join(art) + " Q")
                i += 1
        return "\n".join(out).encode("latin-1")

    # ----------------------------------------------------------------- assembling
    def form_xobject(self, page, name, ops):
        """ops drawn into a Form XObject (InDesign: a placed PDF chart); returns the Do op to
        put into the page's ops where it is painted."""
        self.pending_forms.append((page.index, name, ops))
        return Do(name)

    def save(self, path, info, lang="en-GB"):
        pdf = self.pdf
        self.counters = {}
        self.keys = {}
        k = 0
        for pg in self.doc.pages:
            for o in pg.ops:
                self.keys[id(o)] = k
                k += 1
        for _pi, _name, fops in self.pending_forms:
            for o in fops:
                self.keys[id(o)] = k
                k += 1
        streams = []
        for pg in self.doc.pages:
            ops = self.order(pg, pg.ops) if self.order else pg.ops
            forms = [f for f in self.pending_forms if f[0] == pg.index]
            body = self.page_stream(pg, ops)
            xo = {}
            for _pi, name, fops in forms:
                fbody = self.page_stream(pg, fops)
                xo[name] = fbody
            streams.append((body, xo))
        font_objs = {key: pf.build(pdf) for key, pf in self.fonts.items() if pf.used}
        res_fonts = Dictionary({"/" + pf.res: font_objs[key] for key, pf in self.fonts.items()
                                if key in font_objs})
        pages = []
        for pg, (body, xo) in zip(self.doc.pages, streams, strict=True):
            res = Dictionary(Font=res_fonts, ProcSet=Array([Name.PDF, Name.Text]))
            if xo:
                xd = Dictionary()
                for name, fbody in xo.items():
                    fs = pdf.make_stream(fbody)
                    fs.Type = Name.XObject
                    fs.Subtype = Name.Form
                    fs.BBox = [0, 0, round(self.doc.W, 3), round(self.doc.H, 3)]
                    fs.Resources = Dictionary(Font=res_fonts)
                    xd["/" + name] = fs
                res.XObject = xd
            page = pikepdf.Page(Dictionary(
                Type=Name.Page, MediaBox=[0, 0, round(self.doc.W, 3), round(self.doc.H, 3)],
                Contents=pdf.make_stream(body), Resources=res, StructParents=pg.index))
            if self.style == "indesign":
                page.obj.TrimBox = [0, 0, round(self.doc.W, 3), round(self.doc.H, 3)]
                page.obj.BleedBox = [0, 0, round(self.doc.W, 3), round(self.doc.H, 3)]
            pdf.pages.append(page)
            pages.append(pdf.pages[-1].obj)
        self._structure(pages, lang)
        for key, v in info.items():
            pdf.docinfo["/" + key] = v
        pdf.save(path, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                 min_version="1.6" if self.style == "indesign" else "1.7")

    def _structure(self, pages, lang):
        """StructTreeRoot in reading order (the order the layout made the ops), with a
        ParentTree: the stream order of the pages is not the reading order."""
        pdf = self.pdf
        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        doc_el = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Document, P=root))
        kids = []
        parents = {}
        elems = {}
        for key, kind, pidx, mcid, para in sorted(self.struct):
            gk = ("para", para) if para else ("op", key)
            mcr = Dictionary(Type=Name.MCR, Pg=pages[pidx], MCID=mcid)
            if gk in elems:
                el = elems[gk]
                k = el.K
                if isinstance(k, pikepdf.Array):
                    k.append(mcr)
                else:
                    el.K = Array([k, mcr])
            else:
                el = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + kind),
                                                  P=doc_el, Pg=pages[pidx], K=mcr))
                elems[gk] = el
                kids.append(el)
            parents.setdefault(pidx, {})[mcid] = el
        doc_el.K = Array(kids)
        root.K = doc_el
        nums = []
        for pidx in range(len(pages)):
            arr = parents.get(pidx, {})
            nums += [pidx, pdf.make_indirect(Array([arr[i] for i in sorted(arr)]))]
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
        root.ParentTreeNextKey = len(pages)
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(lang)
