"""python-docx helpers for the probe4 Word documents (wNN_name.py).

Each script writes ``/tmp/probe4_docx/<name>.docx`` with python-docx, converts it to
``pdf/<name>.pdf`` with LibreOffice (soffice --headless --convert-to pdf) and writes
``<name>.gold.json``: the body sentences in reading order. ``para`` takes a list of
sentences (joined with one space on the page); ``gold=False`` marks furniture.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.environ.get("PROBE4_DOCX", "/tmp/probe4_docx")
NOTICE = ("Synthetic test document: this is not a real inspection report, and the force it describes is "
          "fictional.")


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn("w:" + k), str(v))
    return e


class W:
    def __init__(self, name, font, size, justify=False, hyphenate=False):
        self.name, self.gold = name, []
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name, st.font.size = font, Pt(size)
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.paragraph_format.space_after = Pt(6)
        if justify:
            st.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        for h in ("Heading 1", "Heading 2", "Title"):
            self.doc.styles[h].font.name = font
        if hyphenate:
            self.doc.settings.element.append(el("w:autoHyphenation"))
        s = self.doc.sections[0]
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
        s.left_margin = s.right_margin = Cm(2.3)

    def para(self, sents, style=None, gold=True, container=None, size=None, bold=False, colour=None):
        c = container or self.doc
        p = c.add_paragraph(style=style)
        r = p.add_run(" ".join(sents) if isinstance(sents, list) else sents)
        if size:
            r.font.size = Pt(size)
        r.bold = bold or None
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if gold:
            self.gold += sents if isinstance(sents, list) else [sents]
        return p

    def runs(self, parts, style=None, container=None):
        """A paragraph from (text, kind) parts: kind 'g' gold sentence, 'sup' footnote marker,
        'pb' page break, 's' gold sentence preceded by a space."""
        p = (container or self.doc).add_paragraph(style=style)
        first = True
        for text, kind in parts:
            if kind == "pb":
                p.add_run().add_break(WD_BREAK.PAGE)
                continue
            if kind == "sup":
                p.add_run(text).font.superscript = True
                continue
            p.add_run(("" if first else " ") + text)
            first = False
            self.gold.append(text)
        return p

    def heading(self, text, level=1):
        return self.doc.add_heading(text, level)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    @staticmethod
    def field(paragraph, instr):
        paragraph._p.append(el("w:fldSimple", instr=instr))
        f = paragraph._p[-1]
        r = el("w:r")
        t = el("w:t")
        t.text = "1"
        r.append(t)
        f.append(r)

    def header_footer(self, section, head, foot_prefix="Page ", right=False):
        section.header.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        hp.text = head
        hp.runs[0].font.size = Pt(8)
        fp = section.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(foot_prefix).font.size = Pt(8)
        self.field(fp, "PAGE")

    @staticmethod
    def shade(cell_or_par, fill):
        props = cell_or_par._tc.get_or_add_tcPr() if hasattr(cell_or_par, "_tc") else cell_or_par._p.get_or_add_pPr()
        props.append(el("w:shd", val="clear", color="auto", fill=fill))

    @staticmethod
    def columns(section, n, space=708):
        sp = section._sectPr
        for c in sp.findall(qn("w:cols")):
            sp.remove(c)
        sp.append(el("w:cols", num=n, space=space))

    def finish(self):
        os.makedirs(TMP, exist_ok=True)
        docx = os.path.join(TMP, self.name + ".docx")
        self.doc.save(docx)
        out = os.path.join(HERE, "pdf")
        os.makedirs(out, exist_ok=True)
        prof = "file://" + os.path.join(TMP, "lo_profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", out, docx], check=True, capture_output=True, timeout=240)
        with open(os.path.join(HERE, self.name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(self.gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(self.name, "sentences", len(self.gold))


__all__ = ["W", "NOTICE", "Pt", "Cm", "WD_ALIGN_PARAGRAPH", "WD_BREAK", "el", "shutil"]
