"""Shared python-docx helpers for probe5 w01/w02: XML additions python-docx lacks
(footnotes part, numbering definitions, framed paragraphs, fields), and PDF conversion."""
import json
import os
import subprocess

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
HERE = os.path.dirname(os.path.abspath(__file__))


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def add(self, paragraph, text):
        n = len(self.notes) + 1
        self.notes.append(text)
        paragraph._p.append(parse_xml(
            f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'))

    def finish(self):
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                        f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(body) + '</w:footnotes>')
        part = Part(PackURI('/word/footnotes.xml'),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml',
                    xml.encode('utf-8'), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def add_decimal_numbering(doc, abstract_id=90, num_id=90, fmt="%1.", indent=567):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{fmt}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="{indent}"/></w:tabs>'
        f'<w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>')
    numbering.insert(0, absn)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


def set_num(paragraph, num_id, ilvl=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    # numPr goes after pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
    after = [qn(t) for t in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl")]
    idx = 0
    for i, ch in enumerate(pPr):
        if ch.tag in after:
            idx = i + 1
    pPr.insert(idx, numPr)


def frame_paragraph(paragraph, width_twips=3600, fill="EAF1F8", color="1F4E79"):
    pPr = paragraph._p.get_or_add_pPr()
    els = [parse_xml(f'<w:framePr {W} w:w="{width_twips}" w:hSpace="284" w:vSpace="113" w:wrap="around" '
                     f'w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'),
           parse_xml(f'<w:pBdr {W}><w:top w:val="single" w:sz="8" w:space="4" w:color="{color}"/>'
                     f'<w:left w:val="single" w:sz="8" w:space="4" w:color="{color}"/>'
                     f'<w:bottom w:val="single" w:sz="8" w:space="4" w:color="{color}"/>'
                     f'<w:right w:val="single" w:sz="8" w:space="4" w:color="{color}"/></w:pBdr>'),
           parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>')]
    idx = 1 if len(pPr) and pPr[0].tag == qn("w:pStyle") else 0
    for e in reversed(els):
        pPr.insert(idx, e)


def add_field(paragraph, instr):
    paragraph._p.append(parse_xml(f'<w:fldSimple {W} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def convert(docx_path, name, gold):
    outdir = os.path.join(HERE, "pdf")
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
