"""Layout helpers for the probe3 documents (run inside Scribus's scripter).

Each ``eNN_name.py`` builds one synthetic report and calls ``Doc.finish``, which
exports ``pdf/eNN_name.pdf`` (fonts embedded as subsets) and writes
``eNN_name.gold.json``: the body sentences in reading order.

Paragraph content: a string (one sentence), a list of sentences, or a tuple
``(prefix, [sentences])`` whose printed prefix (bullet, number) is not gold.
Inline markup ``<st>text</st>`` applies character style ``st``; the footnote
marker styles ``sup`` and ``rsd`` are dropped from the gold text.
"""
from __future__ import annotations

import json
import os
import re
import traceback

import scribus

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.environ.get("PROBE3_LOGS", "/tmp/probe3_logs")
PT = 72 / 25.4           # points per mm (paragraph indents and tabs are in points)
MARKERS = {"sup", "rsd"}  # footnote marker styles, never gold
NOTICE = "Synthetic test document: this is not a real inspection report, and the force it describes is fictional."


def mm(v):
    return v * PT


TAG = re.compile(r"<(\w+)>(.*?)</\1>", re.S)


def parse(raw):
    out, spans, pos, last = [], [], 0, 0
    for m in TAG.finditer(raw):
        out.append(raw[last:m.start()])
        pos += m.start() - last
        spans.append((pos, len(m.group(2)), m.group(1)))
        out.append(m.group(2))
        pos += len(m.group(2))
        last = m.end()
    out.append(raw[last:])
    return "".join(out), spans


def gold_text(s):
    s = re.sub(r"<({})>.*?</\1>".format("|".join(MARKERS)), "", s)
    s = TAG.sub(lambda m: m.group(2), s)
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, name, pages, title, force, colours=None):
        self.name, self.title, self.force = name, title, force
        self.gold, self.fonts, self.n = [], set(), 0
        self.nogold = set()
        os.makedirs(LOGS, exist_ok=True)
        self.log = open(os.path.join(LOGS, name + ".log"), "w")
        scribus.newDocument(scribus.PAPER_A4_MM, (18, 18, 18, 18), scribus.PORTRAIT, 1,
                            scribus.UNIT_MILLIMETERS, scribus.NOFACINGPAGES, scribus.FIRSTPAGELEFT, pages)
        scribus.setInfo("probe3", title, "Synthetic test document, not a real inspection report")
        base = {"Ink": (30, 30, 30), "Mid": (100, 100, 100), "Rule": (170, 170, 170), "Tint": (236, 236, 236)}
        base.update(colours or {})
        for c, rgb in base.items():
            scribus.defineColorRGB(c, *rgb)

    # styles
    def cs(self, name, font, size, **kw):
        self.fonts.add(font)
        kw.setdefault("language", "en_GB")
        scribus.createCharStyle(name=name, font=font, fontsize=size, **kw)

    def ps(self, name, charstyle, gold=True, **kw):
        if not gold:
            self.nogold.add(name)
        scribus.createParagraphStyle(name=name, charstyle=charstyle, **kw)

    def markers(self, font, size):
        """Footnote markers: a true superscript (sup) and a smaller raised digit (rsd)."""
        self.cs("sup", font, size, features="superscript")
        self.cs("rsd", font, round(size * 0.6, 1), baselineoffset=330)

    # page furniture
    def page(self, n):
        scribus.gotoPage(n)

    def rect(self, x, y, w, h, fill, line="None", lw=0.5):
        r = scribus.createRect(x, y, w, h)
        scribus.setFillColor(fill, r)
        scribus.setLineColor(line, r)
        if line != "None":
            scribus.setLineWidth(lw, r)
        return r

    def line(self, x1, y1, x2, y2, colour="Rule", w=0.5):
        ln = scribus.createLine(x1, y1, x2, y2)
        scribus.setLineColor(colour, ln)
        scribus.setLineWidth(w, ln)
        return ln

    def frame(self, x, y, w, h, cols=1, gap=5, fill=None, pad=0):
        self.n += 1
        f = scribus.createText(x, y, w, h, f"{self.name}_t{self.n}")
        if cols > 1:
            scribus.setColumns(cols, f)
            scribus.setColumnGap(gap, f)
        if fill:
            scribus.setFillColor(fill, f)
        if pad:
            scribus.setTextDistances(pad, pad, pad, pad, f)
        return f

    def link(self, *frames):
        for a, b in zip(frames, frames[1:], strict=False):
            scribus.linkTextFrames(a, b)
        return frames[0]

    def text(self, f, paras, hyphen=False, gold=True):
        plain, spans, pst, pos = [], [], [], 0
        for style, content in paras:
            prefix = ""
            if isinstance(content, tuple):
                prefix, sents = content
            elif isinstance(content, list):
                sents = content
            else:
                sents = [content]
            s, sp = parse(prefix + " ".join(sents))
            spans += [(pos + a, b, c) for a, b, c in sp]
            pst.append((pos, len(s), style))
            plain.append(s)
            pos += len(s) + 1
            if gold and style not in self.nogold:
                self.gold += [gold_text(x) for x in sents]
        scribus.setText("\n".join(plain), f)
        for a, n, st in pst:
            if n:
                scribus.selectText(a, n, f)
                scribus.setParagraphStyle(st, f)
        for a, n, st in spans:
            scribus.selectText(a, n, f)
            scribus.setCharacterStyle(st, f)
        scribus.selectText(0, 0, f)
        chain, nx = [f], scribus.getNextLinkedFrame(f)
        while nx:
            chain.append(nx)
            nx = scribus.getNextLinkedFrame(nx)
        if hyphen:
            for c in chain:
                scribus.hyphenateText(c)
        scribus.layoutTextChain(f)
        if scribus.textOverflows(chain[-1]):
            self.log.write(f"OVERFLOW {f}\n")
        return f

    def furn(self, x, y, w, h, paras, **kw):
        f = self.frame(x, y, w, h, **kw)
        self.text(f, paras, gold=False)
        return f

    def notice(self, x, y, w, style):
        return self.furn(x, y, w, 12, [(style, NOTICE)])

    def master(self, name, draw):
        scribus.createMasterPage(name)
        scribus.editMasterPage(name)
        draw()
        scribus.closeMasterPage()
        return name

    def mtext(self, x, y, w, h, txt, font, size, colour="Mid", align=None):
        t = scribus.createText(x, y, w, h)
        scribus.setText(txt, t)
        scribus.setFont(font, t)
        scribus.setFontSize(size, t)
        scribus.setTextColor(colour, t)
        if align is not None:
            scribus.setTextAlignment(align, t)
        self.fonts.add(font)
        return t

    def apply_master(self, name, pages):
        for p in pages:
            scribus.applyMasterPage(name, p)

    def finish(self):
        pdf = scribus.PDFfile()
        pdf.fontEmbedding = 0
        pdf.fonts = []
        pdf.subsetList = sorted(self.fonts)
        pdf.compress = True
        pdf.version = 14
        pdf.file = os.path.join(HERE, "pdf", self.name + ".pdf")
        pdf.save()
        scribus.closeDoc()
        with open(os.path.join(HERE, self.name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(self.gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        self.log.write(f"sentences {len(self.gold)}\n")
        self.log.close()


def run(build):
    try:
        build()
    except Exception:
        os.makedirs(LOGS, exist_ok=True)
        with open(os.path.join(LOGS, "errors.log"), "a") as fh:
            fh.write(traceback.format_exc())
        try:
            scribus.closeDoc()
        except Exception:
            pass
