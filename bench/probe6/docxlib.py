"""python-docx helpers that add what python-docx lacks, by XML: footnotes and endnotes parts,
complex fields (PAGE, TOC with cached entries, SEQ caption), w:tblHeader, section columns and a
DrawingML text box (wp:anchor + wps:txbx) anchored at the right margin."""
from xml.sax.saxutils import escape as xesc

from common import NOTE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def run_xml(text, rpr=''):
    return '<w:r %s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (NS, rpr, xesc(text))


class Notes:
    """Collects footnotes (kind='footnote') or endnotes (kind='endnote') and writes the part."""
    def __init__(self, doc, kind):
        self.doc, self.kind, self.items = doc, kind, []

    def ref(self, paragraph, text):
        self.items.append(text)
        nid = len(self.items)
        paragraph._p.append(parse_xml(
            '<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:%sReference w:id="%d"/></w:r>'
            % (NS, self.kind, nid)))

    def finish(self):
        k = self.kind
        body = ''.join(
            '<w:%s w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            '<w:sz w:val="16"/></w:rPr><w:%sRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
            '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:%s>' % (k, i + 1, k, xesc(t), k)
            for i, t in enumerate(self.items))
        xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:%ss %s>'
               '<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>'
               '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
               '%s</w:%ss>' % (k, NS, k, k, k, k, body, k))
        part = Part(PackURI('/word/%ss.xml' % k),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.%ss+xml' % k,
                    xml.encode('utf-8'), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES if k == 'footnote' else RT.ENDNOTES)


def add_sentences(paragraph, sents, fn, en):
    """Write sentences into a paragraph; ^{..} becomes a footnote, ~{..} an endnote."""
    for i, s in enumerate(sents):
        pos = 0
        text = s if i == 0 else ' ' + s
        for m in NOTE.finditer(text):
            paragraph.add_run(text[pos:m.start()])
            (fn if m.group(1) == '^' else en).ref(paragraph, m.group(2))
            pos = m.end()
        if text[pos:]:
            paragraph.add_run(text[pos:])


def field(paragraph, instr, cached):
    p = paragraph._p
    for x in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % NS,
              '<w:r %s><w:instrText xml:space="preserve"> %s </w:instrText></w:r>' % (NS, xesc(instr)),
              '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % NS,
              '<w:r %s><w:t>%s</w:t></w:r>' % (NS, xesc(cached)),
              '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % NS):
        p.append(parse_xml(x))


def toc(doc, entries, width_twips=9000):
    """TOC field whose result is cached entries [(text, page)], one paragraph each."""
    n = len(entries)
    for i, (text, page) in enumerate(entries):
        para = doc.add_paragraph()
        para._p.insert(0, parse_xml(
            '<w:pPr %s><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="%d"/></w:tabs><w:spacing w:after="60"/></w:pPr>'
            % (NS, width_twips)))
        if i == 0:
            for x in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % NS,
                      '<w:r %s><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>' % NS,
                      '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % NS):
                para._p.append(parse_xml(x))
        para._p.append(parse_xml(run_xml(text)))
        para._p.append(parse_xml('<w:r %s><w:tab/></w:r>' % NS))
        para._p.append(parse_xml(run_xml(str(page))))
        if i == n - 1:
            para._p.append(parse_xml('<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % NS))


def caption(doc, label, num, text):
    para = doc.add_paragraph(style='Caption')
    para.add_run(label + ' ')
    para._p.append(parse_xml('<w:fldSimple %s w:instr=" SEQ %s \\* ARABIC "><w:r><w:t>%d</w:t></w:r></w:fldSimple>'
                             % (NS, label, num)))
    para.add_run(': ' + text)
    return para


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % NS))


def no_split(row, min_cm=None):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:cantSplit %s/>' % NS))
    if min_cm:
        trPr.append(parse_xml('<w:trHeight %s w:val="%d" w:hRule="atLeast"/>' % (NS, int(min_cm * 567))))


def grid(table, widths_cm):
    """Set the table grid and cell widths (LibreOffice uses w:tblGrid)."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), widths_cm):
        gc.set(qn('w:w'), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = int(w * 360000)


def set_columns(section, num, space=567):
    sectPr = section._sectPr
    for c in sectPr.findall(qn('w:cols')):
        sectPr.remove(c)
    sectPr.append(parse_xml('<w:cols %s w:num="%d" w:space="%d"/>' % (NS, num, space)))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (NS, fill)))


def text_box(paragraph, heading, sents, width_cm=6.0, height_cm=5.0, fill='EAF1F8', line='1D3B6B', docpr=50):
    """Anchor a DrawingML text box at the right margin, top aligned with the paragraph; text wraps left."""
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    inner = ('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
             '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(heading))
    inner += ''.join('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                     '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(s) for s in sents)
    xml = ('<w:r %s><w:drawing><wp:anchor distT="0" distB="91440" distL="182880" distR="0" simplePos="0" '
           'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
           '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>'
           '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
           '<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln></wps:spPr>'
           '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" bIns="91440" anchor="t">'
           '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
           % (NS, cx, cy, docpr, docpr, cx, cy, fill, line, inner))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, parse_xml(xml))
