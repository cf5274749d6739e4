"""Scribus scripter helpers for the probe4 desktop-publishing documents.

Run inside Scribus (``xvfb-run -a scribus -g -ns -py sNN_name.py``). Each script
builds one synthetic report about a fictional force and calls ``Doc.finish``,
which exports ``pdf/sNN_name.pdf`` and writes ``sNN_name.gold.json`` (the body
sentences a reader should return, in reading order).

Paragraphs are ``(style, content)``; content is one sentence (str), a list of
sentences, or ``(prefix, [sentences])`` where the printed prefix (bullet glyph,
paragraph number, tab) is not part of the gold. Inline ``<cs>text</cs>`` applies
character style ``cs``; the footnote-marker styles (``fn``, ``fnr``) are dropped
from the gold. Paragraph styles created with ``gold=False`` never add gold.
"""
from __future__ import annotations

import json
import os
import re
import traceback

import scribus

HERE = os.path.dirname(os.path.abspath(__file__))
LOGS = os.environ.get("PROBE4_LOGS", "/tmp/probe4_logs")
PT = 72 / 25.4
MARKERS = ("fn", "fnr")
NOTICE = ("Synthetic test document: this is not a real inspection report, and the force it describes is "
          "fictional.")
TAG = re.compile(r"<(\w+)>(.*?)</\1>", re.S)


def mm(v):
    return v * PT


def _strip(raw):
    """Printed text and (start, length, charstyle) spans."""
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


def gold_of(s):
    s = re.sub(r"<({})>.*?</\1>".format("|".join(MARKERS)), "", s)
    s = TAG.sub(lambda m: m.group(2), s)
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, name, pages, title, colours=None, margins=(18, 18, 18, 18)):
        self.name, self.title = name, title
        self.gold, self.fonts, self.nogold, self.k = [], set(), set(), 0
        os.makedirs(LOGS, exist_ok=True)
        self.log = open(os.path.join(LOGS, name + ".log"), "w")
        scribus.newDocument(scribus.PAPER_A4_MM, margins, scribus.PORTRAIT, 1, scribus.UNIT_MILLIMETERS,
                            scribus.NOFACINGPAGES, scribus.FIRSTPAGELEFT, pages)
        scribus.setInfo("probe4", title, "Synthetic test document, not a real inspection report")
        cols = {"Ink": (25, 25, 30), "Mid": (95, 95, 100), "Rule": (165, 165, 170), "Tint": (238, 238, 240),
                "White": (255, 255, 255)}
        cols.update(colours or {})
        for c, rgb in cols.items():
            scribus.defineColorRGB(c, *rgb)

    def cs(self, name, font, size, **kw):
        self.fonts.add(font)
        kw.setdefault("language", "en_GB")
        scribus.createCharStyle(name=name, font=font, fontsize=size, **kw)

    def ps(self, name, charstyle, gold=True, **kw):
        if not gold:
            self.nogold.add(name)
        scribus.createParagraphStyle(name=name, charstyle=charstyle, **kw)

    def markers(self, font, size):
        self.cs("fn", font, size, features="superscript")
        self.cs("fnr", font, round(size * 0.62, 1), baselineoffset=350)

    def page(self, n):
        scribus.gotoPage(n)

    def rect(self, x, y, w, h, fill, line="None", lw=0.5, flow=0):
        r = scribus.createRect(x, y, w, h)
        scribus.setFillColor(fill, r)
        scribus.setLineColor(line, r)
        if line != "None":
            scribus.setLineWidth(lw, r)
        if flow:
            scribus.setTextFlowMode(r, flow)
        return r

    def line(self, x1, y1, x2, y2, colour="Rule", w=0.5):
        ln = scribus.createLine(x1, y1, x2, y2)
        scribus.setLineColor(colour, ln)
        scribus.setLineWidth(w, ln)
        return ln

    def frame(self, x, y, w, h, cols=1, gap=5, fill=None, pad=0, flow=0):
        self.k += 1
        f = scribus.createText(x, y, w, h, f"{self.name}_t{self.k}")
        if cols > 1:
            scribus.setColumns(cols, f)
            scribus.setColumnGap(gap, f)
        if fill:
            scribus.setFillColor(fill, f)
        if pad:
            scribus.setTextDistances(pad, pad, pad, pad, f)
        if flow:
            scribus.setTextFlowMode(f, flow)
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
            s, sp = _strip(prefix + " ".join(sents))
            spans += [(pos + a, b, c) for a, b, c in sp]
            pst.append((pos, len(s), style))
            plain.append(s)
            pos += len(s) + 1
            if gold and style not in self.nogold:
                self.gold += [gold_of(x) for x in sents]
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

    def label(self, x, y, w, h, txt, font, size, colour="Mid", align=0):
        t = scribus.createText(x, y, w, h)
        scribus.setText(txt, t)
        scribus.setFont(font, t)
        scribus.setFontSize(size, t)
        scribus.setTextColor(colour, t)
        scribus.setTextAlignment(align, t)
        self.fonts.add(font)
        return t

    def bars(self, x, y, w, h, data, font, colour, caption=None, source=None, horizontal=False):
        """A bar chart drawn from rectangles, with value and category labels."""
        top = max(v for _, v in data)
        n = len(data)
        if horizontal:
            bh = h / n
            for i, (lab, v) in enumerate(data):
                yy = y + i * bh
                self.label(x, yy + bh * 0.2, 38, bh * 0.7, lab, font, 7, "Ink", 2)
                L = (w - 55) * v / top
                self.rect(x + 40, yy + bh * 0.15, L, bh * 0.7, colour)
                self.label(x + 42 + L, yy + bh * 0.2, 14, bh * 0.7, str(v), font, 7, "Ink")
        else:
            bw = w / n
            self.line(x, y + h, x + w, y + h, "Mid", 0.6)
            for i, (lab, v) in enumerate(data):
                H = (h - 8) * v / top
                xx = x + i * bw + bw * 0.2
                self.rect(xx, y + h - H, bw * 0.6, H, colour)
                self.label(xx - 2, y + h - H - 5, bw * 0.6 + 4, 4.5, str(v), font, 7, "Ink", 1)
                self.label(x + i * bw, y + h + 1, bw, 8, lab, font, 6.5, "Mid", 1)
        return y + h

    def finish(self):
        pdf = scribus.PDFfile()
        pdf.fontEmbedding = 0
        pdf.fonts = []
        pdf.subsetList = sorted(self.fonts)
        pdf.compress = True
        pdf.version = 15
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
