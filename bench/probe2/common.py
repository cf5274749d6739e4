"""Shared layout helpers for the Scribus probe documents (run inside Scribus).

Each ``dNN_name.py`` builds one synthetic report with Scribus's scripter and
calls :func:`Doc.finish`, which exports ``pdf/dNN_name.pdf`` and writes
``dNN_name.gold.json``: the body sentences a reader should return, in reading
order (no headings, furniture, captions, footnote text or footnote markers).

Inline markup in paragraph text: ``<cs>text</cs>`` applies the character style
``cs`` (see ``CHAR_STYLES``); ``<fn>N</fn>`` is a superscript footnote marker
(printed, never part of the gold text). Paragraph text given as a list is a list
of sentences: joined with one space for the page, one gold entry each.
"""

from __future__ import annotations

import json
import os
import re

import scribus  # only available inside Scribus

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
LOG_DIR = os.environ.get("PROBE2_LOGS", "/tmp/probe2_logs")

SERIF = "Liberation Serif Regular"
SERIF_B = "Liberation Serif Bold"
SERIF_I = "Liberation Serif Italic"
SANS = "Liberation Sans Regular"
SANS_B = "Liberation Sans Bold"
SANS_N = "Liberation Sans Narrow Regular"
CHARTER = "Bitstream Charter Regular"
CHARTER_I = "Bitstream Charter Italic"
DING = "DejaVu Sans Book"          # dingbat bullets (U+27A2, U+2751, U+25AA)
PUA = "OpenSymbol Regular"         # private-use-area bullets (U+E00A ...)
MONO = "Liberation Mono Regular"

PT_PER_MM = 72 / 25.4
HEADINGS = {"H1", "H1SC", "H2", "BOXH", "TOC", "TOC2", "CAP"}


def mm(v):
    """Paragraph-style lengths (indents, tabs) are in points; convert from mm."""
    return v * PT_PER_MM


class Doc:
    def __init__(self, name, pages, title, force, body_font=SERIF, body_size=10.5, lead=13.5):
        self.name = name
        self.title = title
        self.force = force
        self.gold = []
        self.fonts = set()
        self.frames = 0
        os.makedirs(LOG_DIR, exist_ok=True)
        self.log = open(os.path.join(LOG_DIR, name + ".log"), "w")
        scribus.newDocument(scribus.PAPER_A4_MM, (20, 20, 20, 20), scribus.PORTRAIT, 1,
                            scribus.UNIT_MILLIMETERS, scribus.NOFACINGPAGES, scribus.FIRSTPAGELEFT, pages)
        scribus.setInfo("hmic probe", title, "Synthetic test document, not a real inspection report")
        for cname, rgb in {"Navy": (22, 43, 84), "Teal": (0, 110, 120), "Sand": (243, 233, 210),
                           "Mint": (222, 240, 236), "Grey": (90, 90, 90), "Light": (235, 235, 235),
                           "Amber": (230, 160, 30), "Red": (180, 40, 40), "Green": (40, 140, 70),
                           "Plum": (90, 40, 100), "Pale": (238, 232, 245)}.items():
            scribus.defineColorRGB(cname, *rgb)
        self.cs("body", body_font, body_size)
        self.cs("b", SERIF_B if body_font == SERIF else body_font, body_size)
        self.cs("i", SERIF_I if body_font == SERIF else body_font, body_size)
        self.cs("fn", body_font, body_size, features="superscript")
        self.cs("sc", body_font, body_size, features="smallcaps")
        self.cs("pua", PUA, body_size - 1)
        self.cs("ding", DING, body_size - 2, fillcolor="Teal")
        self.cs("dash", SANS, body_size)
        self.cs("mono", MONO, body_size - 1)
        self.cs("num", SANS_B, body_size - 0.5, fillcolor="Teal")
        self.cs("track", body_font, body_size, tracking=60)
        self.cs("h1", SANS_B, 20, fillcolor="Navy", tracking=80)
        self.cs("h1sc", SANS_B, 18, fillcolor="Navy", features="smallcaps", tracking=120)
        self.cs("h2", SANS_B, 13, fillcolor="Teal", tracking=40)
        self.cs("small", SANS, 7.5)
        self.cs("cap", SANS_B, 8.5, fillcolor="Grey")
        self.cs("furn", SANS, 8, fillcolor="Grey")
        self.cs("quote", CHARTER_I, 17, fillcolor="Teal")
        self.cs("box", SANS, 9.5)
        self.cs("boxb", SANS_B, 10.5, fillcolor="Navy")
        self.cs("toc", SANS, 11)
        self.cs("cover", SANS_B, 34, fillcolor="White")
        self.cs("coversub", SANS, 16, fillcolor="White")
        self.cs("coversmall", SANS, 9, fillcolor="White")
        ls = dict(linespacingmode=0, linespacing=lead)
        self.ps("P", alignment=3, gapafter=5, charstyle="body", **ls)
        self.ps("PL", alignment=0, gapafter=5, charstyle="body", **ls)
        self.ps("PD", alignment=3, gapafter=5, charstyle="body", hasdropcap=1, dropcaplines=3, **ls)
        self.ps("PT", alignment=3, gapafter=5, charstyle="track", **ls)
        self.ps("H1", alignment=0, gapbefore=4, gapafter=8, charstyle="h1")
        self.ps("H1SC", alignment=0, gapbefore=4, gapafter=8, charstyle="h1sc")
        self.ps("H2", alignment=0, gapbefore=6, gapafter=4, charstyle="h2")
        self.ps("B1", alignment=3, gapafter=3, leftmargin=mm(6), firstindent=-mm(6), charstyle="body",
                tabs=[(mm(6), 0)], **ls)
        self.ps("B2", alignment=3, gapafter=3, leftmargin=mm(12), firstindent=-mm(5), charstyle="body",
                tabs=[(mm(12), 0)], **ls)
        self.ps("N", alignment=3, gapafter=5, leftmargin=mm(11), firstindent=-mm(11), charstyle="body",
                tabs=[(mm(11), 0)], **ls)
        self.ps("TOC", alignment=0, gapafter=7, charstyle="toc", tabs=[(mm(168), 1, ".")])
        self.ps("TOC2", alignment=0, gapafter=7, leftmargin=mm(8), charstyle="toc", tabs=[(mm(160), 1, ".")])
        self.ps("FN", alignment=0, gapafter=1.5, leftmargin=mm(4), firstindent=-mm(4), charstyle="small",
                tabs=[(mm(4), 0)])
        self.ps("HDR", alignment=0, charstyle="furn")
        self.ps("HDRR", alignment=2, charstyle="furn")
        self.ps("CAP", alignment=0, charstyle="cap")
        self.ps("Q", alignment=1, linespacingmode=0, linespacing=21, charstyle="quote")
        self.ps("BOX", alignment=0, gapafter=4, charstyle="box", linespacingmode=0, linespacing=12)
        self.ps("BOXH", alignment=0, gapafter=5, charstyle="boxb")
        self.ps("BOXB", alignment=0, gapafter=3, leftmargin=mm(5), firstindent=-mm(5), charstyle="box",
                tabs=[(mm(5), 0)], linespacingmode=0, linespacing=12)
        self.ps("COVER", alignment=0, charstyle="cover", linespacingmode=0, linespacing=38)
        self.ps("COVERSUB", alignment=0, gapafter=6, charstyle="coversub")
        self.ps("COVERSMALL", alignment=0, charstyle="coversmall")
        self.ps("SMALL", alignment=0, gapafter=3, charstyle="small")

    # -- styles -------------------------------------------------------------------
    def cs(self, name, font, size, **kw):
        self.fonts.add(font)
        scribus.createCharStyle(name=name, font=font, fontsize=size, language="en_GB", **kw)

    def ps(self, name, **kw):
        scribus.createParagraphStyle(name=name, **kw)

    # -- frames -------------------------------------------------------------------
    def page(self, n):
        scribus.gotoPage(n)

    def rect(self, x, y, w, h, fill, line=None):
        r = scribus.createRect(x, y, w, h)
        scribus.setFillColor(fill, r)
        if line:
            scribus.setLineColor(line, r)
        else:
            scribus.setLineColor("None", r)
        return r

    def line(self, x1, y1, x2, y2, color="Grey", width=0.6):
        ln = scribus.createLine(x1, y1, x2, y2)
        scribus.setLineColor(color, ln)
        scribus.setLineWidth(width, ln)
        return ln

    def frame(self, x, y, w, h, cols=1, gap=6, fill=None, pad=0):
        self.frames += 1
        f = scribus.createText(x, y, w, h, f"{self.name}_f{self.frames}")
        if cols > 1:
            scribus.setColumns(cols, f)
            scribus.setColumnGap(gap, f)
        if fill:
            scribus.setFillColor(fill, f)
        if pad:
            scribus.setTextDistances(pad, pad, pad, pad, f)
        return f

    def text(self, f, paras, hyphen=False, gold=False):
        """Write paragraphs ``[(style, text or [sentences]), ...]`` into frame chain ``f``."""
        plain, spans, pstyles = [], [], []
        pos = 0
        for style, content in paras:
            sentences = content if isinstance(content, list) else [content]
            prefix = ""
            if isinstance(content, tuple):  # (printed prefix, [sentences])
                prefix, sentences = content
            raw = prefix + " ".join(sentences)
            s, sp = parse(raw)
            for a, b, c in sp:
                spans.append((pos + a, b, c))
            pstyles.append((pos, len(s), style))
            plain.append(s)
            pos += len(s) + 1
            if gold and style not in HEADINGS:
                for sent in sentences:
                    self.gold.append(gold_text(sent))
        scribus.setText("\n".join(plain), f)
        for start, n, style in pstyles:
            if n:
                scribus.selectText(start, n, f)
                scribus.setParagraphStyle(style, f)
        for start, n, style in spans:
            scribus.selectText(start, n, f)
            scribus.setCharacterStyle(style, f)
        scribus.selectText(0, 0, f)
        chain = [f]
        nxt = scribus.getNextLinkedFrame(f)
        while nxt:
            chain.append(nxt)
            nxt = scribus.getNextLinkedFrame(nxt)
        if hyphen:
            for c in chain:
                scribus.hyphenateText(c)
        scribus.layoutTextChain(f)
        if scribus.textOverflows(f):
            self.log.write(f"OVERFLOW in chain starting {f}\n")
        return f

    def body(self, f, paras, hyphen=True):
        return self.text(f, paras, hyphen=hyphen, gold=True)

    def chain(self, frames):
        for a, b in zip(frames, frames[1:], strict=False):
            scribus.linkTextFrames(a, b)
        return frames[0]

    def add_gold(self, sentences):
        self.gold.extend(gold_text(s) for s in sentences)

    # -- running header and footer drawn on each page (no master page) --------------
    def running(self, pages, left=None, right="Page {n}", top=True, bottom=True, start=1):
        for n in pages:
            self.page(n)
            if top:
                h = self.frame(20, 9, 170, 6)
                self.text(h, [("HDR", left or self.title)])
                self.line(20, 15.5, 190, 15.5, "Teal", 0.5)
            if bottom:
                ft = self.frame(20, 284, 170, 6)
                self.text(ft, [("HDRR", right.format(n=n - start + 1, force=self.force))])

    def master(self, name="Body", left=None):
        """Master page with running header and a 'Page N' footer (Scribus page-number field)."""
        scribus.createMasterPage(name)
        scribus.editMasterPage(name)
        h = scribus.createText(20, 9, 120, 6)
        scribus.setText(left or self.title, h)
        scribus.setFont(SANS, h)
        scribus.setFontSize(8, h)
        scribus.setTextColor("Grey", h)
        h2 = scribus.createText(140, 9, 50, 6)
        scribus.setText(self.force, h2)
        scribus.setFont(SANS_B, h2)
        scribus.setFontSize(8, h2)
        scribus.setTextColor("Teal", h2)
        scribus.setTextAlignment(scribus.ALIGN_RIGHT, h2)
        ln = scribus.createLine(20, 15.5, 190, 15.5)
        scribus.setLineColor("Teal", ln)
        ft = scribus.createText(20, 284, 170, 6)
        scribus.setText("Page " + chr(30), ft)
        scribus.setFont(SANS, ft)
        scribus.setFontSize(8, ft)
        scribus.setTextAlignment(scribus.ALIGN_CENTERED, ft)
        scribus.closeMasterPage()
        self.fonts.update([SANS, SANS_B])
        return name

    def synthetic_notice(self, x=20, y=272, w=170, white=False):
        f = self.frame(x, y, w, 10)
        self.text(f, [("COVERSMALL" if white else "SMALL",
                       "Synthetic test document: not a real inspection report. The force named here is fictional.")])
        return f

    def finish(self):
        path = os.path.join(PDF_DIR, self.name + ".pdf")
        pdf = scribus.PDFfile()
        pdf.fontEmbedding = 0
        pdf.fonts = []
        pdf.subsetList = sorted(self.fonts)
        pdf.compress = True
        pdf.version = 14
        pdf.file = path
        pdf.save()
        scribus.closeDoc()
        with open(os.path.join(HERE, self.name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(self.gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        self.log.write(f"sentences {len(self.gold)}\n")
        self.log.close()


TAG = re.compile(r"<(\w+)>(.*?)</\1>", re.S)


def parse(raw):
    """Plain text and (start, length, char style) spans from inline markup."""
    out, spans, pos = [], [], 0
    last = 0
    for m in TAG.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        inner = m.group(2)
        spans.append((pos, len(inner), m.group(1)))
        out.append(inner)
        pos += len(inner)
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def gold_text(sentence):
    s = re.sub(r"<fn>.*?</fn>", "", sentence)
    s = TAG.sub(lambda m: m.group(2), s)
    return re.sub(r"\s+", " ", s).strip()


def run(build):
    """Run ``build()`` and log any exception (Scribus swallows tracebacks)."""
    import traceback
    try:
        build()
    except Exception:
        os.makedirs(LOG_DIR, exist_ok=True)
        with open(os.path.join(LOG_DIR, "errors.log"), "a") as fh:
            fh.write(traceback.format_exc())
        try:
            scribus.closeDoc()
        except Exception:
            pass
