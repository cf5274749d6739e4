"""probe11 producer x: post-processed PDFs.

Each document is flat ODF written here (fodt/xNN_*.fodt), exported by LibreOffice Writer headless
(`soffice --headless --convert-to pdf`), then rewritten the way publishing teams do:

  x01  soffice -> qpdf --object-streams=generate --linearize, AES-256 encryption with an owner
       password only (no user password; printing and extraction allowed)
  x02  soffice -> poppler `pdftocairo -pdf` (re-rendered through cairo) -> qpdf --linearize
  x03  soffice -> Ghostscript pdfwrite -dPDFSETTINGS=/ebook -> qpdf AES-128 encryption with an
       owner password only (printing and extraction allowed)

The gold is written from the same strings that go into the ODF.
"""
import os
import shutil
import subprocess

from common import HERE, NOTICE, Gold, breakable, pieces, sentences, xml

TMP = os.environ.get("PROBE11_TMP", "/tmp/probe11/build")
FODT = os.path.join(HERE, "fodt")
PDF_DIR = os.path.join(HERE, "pdf")
OWNER_PW = "probe11-owner"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

FONTS = """<office:font-face-decls>
 <style:font-face style:name="Caladea" svg:font-family="Caladea" style:font-family-generic="roman"/>
 <style:font-face style:name="Caladea NL" svg:font-family="'Caladea:-liga'" style:font-family-generic="roman"/>
 <style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss"/>
 <style:font-face style:name="Carlito NL" svg:font-family="'Carlito:-liga'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="Liberation Sans NL" svg:font-family="'Liberation Sans:-liga'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Serif" svg:font-family="'DejaVu Serif'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Serif NL" svg:font-family="'DejaVu Serif:-liga'" style:font-family-generic="roman"/>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 <style:font-face style:name="DejaVu Sans NL" svg:font-family="'DejaVu Sans:-liga'" style:font-family-generic="swiss"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
</office:font-face-decls>"""


def common_styles(body_font, head_font, size, accent, liga=True):
    """Named paragraph/text styles shared by the three documents.  liga=False uses the
    ":-liga" font variants throughout (LibreOffice 7.4 writes DejaVu's ff/fi/ffi ligature glyphs
    with a ToUnicode entry in the CJK range, which would make the text unrecoverable)."""
    default_font = body_font if liga else body_font + " NL"
    return f"""
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="{default_font}" fo:font-size="{size}" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.22cm" fo:line-height="125%" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="BodyLeft" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="Lead" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.08cm"/>
 </style:style>
 <style:style style:name="ListPara" style:family="paragraph" style:parent-style-name="Body">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/>
 </style:style>
 <style:style style:name="Notice" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:text-align="start"/>
  <style:text-properties style:font-name="{body_font} NL" fo:font-size="10pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="{head_font}" fo:font-size="15pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="{head_font}" fo:font-size="12.5pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Endnote" style:family="paragraph" style:parent-style-name="Footnote"/>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="{head_font}" fo:font-size="8.5pt" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="HeaderR" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.5pt solid {accent}" fo:padding-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="HeaderL" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="start" fo:border-bottom="0.5pt solid {accent}" fo:padding-bottom="0.1cm"/>
 </style:style>
 <style:style style:name="FooterR" style:family="paragraph" style:parent-style-name="Header">
  <style:paragraph-properties fo:text-align="end"/><style:text-properties fo:color="#000000" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="FooterL" style:family="paragraph" style:parent-style-name="FooterR">
  <style:paragraph-properties fo:text-align="start"/>
 </style:style>
 <style:style style:name="FooterC" style:family="paragraph" style:parent-style-name="FooterR">
  <style:paragraph-properties fo:text-align="center"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.08cm" fo:text-align="start"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties style:font-name="{head_font}" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Link" style:family="text"><style:text-properties fo:color="#1a4f9c" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
 <style:style style:name="Bullet" style:family="text"><style:text-properties style:font-name="OpenSymbol"/></style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 <text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0"/>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:style-name="Bullet" text:bullet-char="●">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.45cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
   <style:text-properties fo:font-size="70%"/>
  </text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:style-name="Bullet" text:bullet-char="–">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.2cm" fo:text-indent="-0.45cm" fo:margin-left="1.2cm"/>
   </style:list-level-properties>
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Numbers">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.9cm" fo:margin-left="0.9cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>"""


class Odt:
    """Builds ODF body XML and gold from the same marked-up sentences."""

    def __init__(self, name, note_class="footnote"):
        self.gold = Gold(name)
        self.note_class = note_class
        self.n = 0
        self.num = 0
        self.body = []

    def inline(self, s):
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(xml(t))
            else:
                self.n += 1
                out.append(f'<text:note text:id="n{self.n}" text:note-class="{self.note_class}">'
                           f'<text:note-citation>{self.n}</text:note-citation><text:note-body>'
                           f'<text:p text:style-name="{"Footnote" if self.note_class == "footnote" else "Endnote"}">{xml(t)}</text:p>'
                           f'</text:note-body></text:note>')
        return "".join(out)

    def p(self, *sents, style="Body"):
        self.gold.add(*sents)
        self.body.append(f'<text:p text:style-name="{style}">{self.inline(sentences(*sents))}</text:p>')

    def raw(self, s):
        self.body.append(s)

    def h(self, text, level=1, bookmark=None):
        bm = f'<text:bookmark text:name="{bookmark}"/>' if bookmark else ""
        self.body.append(f'<text:h text:style-name="Heading {level}" text:outline-level="{level}">{bm}{xml(text)}</text:h>')

    def bullets(self, items, style="ListPara"):
        """items: (sentence, [subsentences]) pairs; all gold, in order."""
        out = ['<text:list text:style-name="Bullets">']
        for s, sub in items:
            self.gold.add(s)
            out.append(f'<text:list-item><text:p text:style-name="{style}">{self.inline(s)}</text:p>')
            if sub:
                out.append('<text:list>')
                for t in sub:
                    self.gold.add(t)
                    out.append(f'<text:list-item><text:p text:style-name="{style}">{self.inline(t)}</text:p></text:list-item>')
                out.append('</text:list>')
            out.append('</text:list-item>')
        out.append('</text:list>')
        self.body.append("".join(out))

    def numbered(self, *sents, first=False):
        """A numbered paragraph (a one-item Writer list whose start value continues the count)."""
        self.gold.add(*sents)
        self.num = 1 if first else self.num + 1
        self.body.append(f'<text:list text:style-name="Numbers"><text:list-item text:start-value="{self.num}">'
                         f'<text:p text:style-name="Body">{self.inline(sentences(*sents))}</text:p>'
                         f'</text:list-item></text:list>')


def document(fonts, styles, auto, masters, body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS}>\n{fonts}\n'
            f'<office:styles>{styles}</office:styles>\n'
            f'<office:automatic-styles>{auto}</office:automatic-styles>\n'
            f'<office:master-styles>{masters}</office:master-styles>\n'
            f'<office:body><office:text>{body}</office:text></office:body></office:document>\n')


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode not in (0, 3):   # qpdf exits 3 for warnings
        raise SystemExit(f"{cmd[0]} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")


def soffice(name, fodt_text):
    path = os.path.join(FODT, name + ".fodt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(fodt_text)
    out = os.path.join(TMP, "lo")
    os.makedirs(out, exist_ok=True)
    profile = "file://" + os.path.join(TMP, "lo-profile")
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", out, path])
    pdf = os.path.join(out, name + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))


def table(name, widths, header, rows, repeat=True, border="0.5pt solid #555555", head_bg="#dde6ee"):
    """ODF table XML; header and rows are lists of cell XML (already paragraph-wrapped)."""
    cols = "".join(f'<table:table-column table:style-name="{name}.C{i}"/>' for i in range(len(widths)))
    def row(cells, style):
        return ("<table:table-row>" + "".join(
            f'<table:table-cell table:style-name="{style}" office:value-type="string">{c}</table:table-cell>'
            for c in cells) + "</table:table-row>")
    head = row(header, f"{name}.H")
    if repeat:
        head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    return (f'<table:table table:name="{name}" table:style-name="{name}">{cols}{head}'
            + "".join(row(r, f"{name}.A") for r in rows) + "</table:table>")


def table_styles(name, widths_cm, border="0.5pt solid #555555", head_bg="#dde6ee"):
    total = sum(widths_cm)
    s = [f'<style:style style:name="{name}" style:family="table"><style:table-properties '
         f'style:width="{total}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>']
    for i, w in enumerate(widths_cm):
        s.append(f'<style:style style:name="{name}.C{i}" style:family="table-column">'
                 f'<style:table-column-properties style:column-width="{w}cm"/></style:style>')
    for suffix, bg in (("H", head_bg), ("A", "transparent")):
        s.append(f'<style:style style:name="{name}.{suffix}" style:family="table-cell"><style:table-cell-properties '
                 f'fo:padding="0.1cm" fo:border="{border}" fo:background-color="{bg}"/></style:style>')
    return "".join(s)


# --------------------------------------------------------------------------------------------
# x01: PEEL report, Wychcombe Constabulary (Caladea body, Carlito headings).  Cover page
# (own master, no header/footer), contents with a dotted tab leader and page references,
# mirrored page layout with different left/right headers and footers, numbered paragraphs,
# grade table, judgement headings, OpenSymbol bullets with a nested list, footnotes, a
# two-column section, back cover.  Post-processing: qpdf object streams + linearize + AES-256
# owner-password encryption.
# --------------------------------------------------------------------------------------------

def x01():
    name = "x01_peel_wychcombe"
    d = Odt(name)
    accent = "#5b2333"
    styles = common_styles("Caladea", "Carlito", "10.5pt", accent) + f"""
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="3cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name="Carlito" fo:font-size="30pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="2cm"/>
  <style:text-properties style:font-name="Carlito" fo:font-size="16pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Toc" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.25cm">
   <style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="Carlito" fo:font-size="11.5pt"/>
 </style:style>
 <style:style style:name="Back" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="Carlito" fo:font-size="9pt" fo:color="#333333"/>
 </style:style>
"""
    auto = f"""
 <style:page-layout style:name="pmCover"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm" fo:border-left="0.9cm solid {accent}" fo:padding-left="1cm"/></style:page-layout>
 <style:page-layout style:name="pmBody" style:page-usage="mirrored">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="3cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmPlain"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2.5cm"/></style:page-layout>
 <style:style style:name="P_cover" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Cover">
  <style:text-properties style:font-name="Carlito" fo:font-size="12pt" fo:letter-spacing="0.1cm" fo:color="{accent}"/></style:style>
 <style:style style:name="P_toc" style:family="paragraph" style:parent-style-name="Heading 1" style:master-page-name="Plain"/>
 <style:style style:name="P_body" style:family="paragraph" style:parent-style-name="Heading 1" style:master-page-name="BodyMP"/>
 <style:style style:name="P_back" style:family="paragraph" style:parent-style-name="Back" style:master-page-name="Plain">
  <style:paragraph-properties fo:margin-top="18cm"/></style:style>
 <style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
 {table_styles("Grades", [10.5, 5.5], head_bg="#efe3e6")}
"""
    masters = f"""
 <style:master-page style:name="Cover" style:page-layout-name="pmCover"/>
 <style:master-page style:name="Plain" style:page-layout-name="pmPlain"/>
 <style:master-page style:name="BodyMP" style:page-layout-name="pmBody">
  <style:header><text:p text:style-name="HeaderR">Wychcombe Constabulary – PEEL 2025–27</text:p></style:header>
  <style:header-left><text:p text:style-name="HeaderL">PEEL: police effectiveness, efficiency and legitimacy</text:p></style:header-left>
  <style:footer><text:p text:style-name="FooterR"><text:page-number text:select-page="current">3</text:page-number></text:p></style:footer>
  <style:footer-left><text:p text:style-name="FooterL"><text:page-number text:select-page="current">4</text:page-number></text:p></style:footer-left>
 </style:master-page>"""
    # cover
    d.raw('<text:p text:style-name="P_cover">HMICFRS</text:p>')
    d.raw('<text:p text:style-name="Title">PEEL 2025–27</text:p>')
    d.raw('<text:p text:style-name="Subtitle">Police effectiveness, efficiency and legitimacy: an inspection of Wychcombe Constabulary</text:p>')
    d.raw(f'<text:p text:style-name="Notice">{xml(NOTICE)}</text:p>')
    d.raw('<text:p text:style-name="Back">January 2026</text:p>')
    # contents
    d.raw('<text:p text:style-name="P_toc">Contents</text:p>')
    toc = [("Overview", "b1"), ("Grades", "b2"), ("Responding to the public", "b3"),
           ("Protecting vulnerable people", "b4"), ("Building, supporting and protecting the workforce", "b5")]
    for label, bm in toc:
        d.raw(f'<text:p text:style-name="Toc">{xml(label)}<text:tab/>'
              f'<text:bookmark-ref text:reference-format="page" text:ref-name="{bm}">3</text:bookmark-ref></text:p>')
    # body
    d.raw('<text:p text:style-name="P_body"><text:bookmark text:name="b1"/>Overview</text:p>')
    d.numbered("This report sets out what we found when we inspected Wychcombe Constabulary in the autumn of 2025.",
               "The force polices about 720\u00a0000 people, from the cathedral city of Sallowby to the moorland villages in the west.", first=True)
    d.numbered("We found a force that is well-led and has a strong sense of its own values.",
               "It responds well to calls for help, but its work to protect vulnerable people is not yet good enough.^[Our judgement is based on 96 case files, 14 focus groups and interviews with 38 partner organisations.]")
    d.numbered("The chief constable has made tackling violence against women and girls a priority, and this is understood across the force.")
    d.h("Grades", 1, "b2")
    d.p("The table below shows the grade we have given the force in each area we inspected.")
    grades = [("Engaging with and treating the public with fairness and respect", "Good"),
              ("Preventing crime and anti-social behaviour", "Good"),
              ("Responding to the public", "Good"),
              ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Requires improvement"),
              ("Building, supporting and protecting the workforce", "Adequate")]
    d.raw(table("Grades", [10.5, 5.5], ['<text:p text:style-name="CellHead">Area of policing</text:p>',
                                       '<text:p text:style-name="CellHead">Grade</text:p>'],
                [[f'<text:p text:style-name="Cell">{xml(a)}</text:p>',
                  f'<text:p text:style-name="Cell"><text:span text:style-name="Strong">{xml(g)}</text:span></text:p>']
                 for a, g in grades]))
    d.h("Responding to the public: good", 1, "b3")
    d.numbered("The force answers emergency calls quickly, and it usually sends officers within its target times.",
               "In the year to September 2025, 91 per cent of emergency calls were answered within ten seconds.")
    d.numbered("Call handlers assess risk carefully, and they use a set of questions that the force has recently revised to identify repeat victims.")
    d.h("Protecting vulnerable people: requires improvement", 1, "b4")
    d.numbered("The force does not always recognise when a child is at risk of exploitation.",
               "Officers we spoke to were unsure how to share concerns with partner agencies outside office hours.")
    d.numbered("We found that the force’s child protection teams:")
    d.bullets([("carry heavy workloads, with some investigators dealing with more than 20 cases;", []),
               ("do not always hold strategy discussions with children’s social care within the agreed time;", []),
               ("have not been trained to deal with online abuse, in particular:",
                ["the sharing of indecent images between children;",
                 "grooming on gaming platforms."])])
    d.numbered("The force should make sure that officers can share safeguarding concerns with partners at any time of the day or night.")
    d.h("Building, supporting and protecting the workforce: adequate", 1, "b5")
    d.raw('<text:section text:style-name="Sect2" text:name="TwoCol">')
    d.p("The force has an effective occupational health unit, and most officers told us that they could get help when they needed it.",
        "Its wellbeing dogs scheme, which brings trained dogs to stations after traumatic incidents, is popular with staff.",
        "However, the force has 46 fewer detectives than it needs, and it has struggled to recruit staff to its digital forensics unit.^[The force’s establishment is 310 detectives; 264 were in post in September 2025.]")
    d.p("Many police staff told us that they did not feel valued in the same way as officers.",
        "Some said that they had not had a performance review for two years.",
        "The force should make sure that every member of police staff has a regular review with a supervisor.",
        "We will look at the force’s progress in this area at our next inspection.")
    d.raw('</text:section>')
    d.p("We are grateful to everyone at Wychcombe Constabulary who helped us during the inspection.")
    # back cover
    d.raw('<text:p text:style-name="P_back">© HMICFRS 2026</text:p>')
    d.raw('<text:p text:style-name="Back">This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.</text:p>')
    d.raw('<text:p text:style-name="Back">HMICFRS, Maltings House, 5 Friary Lane, Sallowby SL1 6PQ</text:p>')
    d.raw('<text:p text:style-name="Back">www.justiceinspectorates.gov.uk/hmicfrs</text:p>')

    src = soffice(name, document(FONTS, styles, auto, masters, "".join(d.body)))
    out = os.path.join(PDF_DIR, name + ".pdf")
    run(["qpdf", "--object-streams=generate", "--linearize", "--encrypt", "", OWNER_PW, "256",
         "--print=full", "--extract=y", "--modify=none", "--", src, out])
    n = pages(out)
    assert n == 5, f"{name}: {n} pages"
    return d.gold.write()


# --------------------------------------------------------------------------------------------
# x02: letter, Fennick Bay Police (Liberation Sans).  First-page letterhead in its own master's
# header, a rotated margin label (page-anchored frame, text rotated 90°), recipient address,
# date, salutation, subject, bullets, a footnote, a table with prose cells and a repeated
# header row across the page break, a long URL, page 2 header and bare page number, sign-off.
# Post-processing: pdftocairo -pdf, then qpdf --linearize.
# --------------------------------------------------------------------------------------------

def x02():
    name = "x02_letter_fennickbay"
    d = Odt(name)
    accent = "#0f4c5c"
    styles = common_styles("Liberation Sans", "Liberation Sans", "10.5pt", accent) + f"""
 <style:style style:name="LH1" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
 <style:style style:name="LH2" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:border-bottom="0.8pt solid {accent}" fo:padding-bottom="0.15cm"/>
  <style:text-properties fo:font-size="8pt" fo:color="#333333"/></style:style>
 <style:style style:name="Addr" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="Date" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end" fo:margin-top="0.3cm" fo:margin-bottom="0.5cm"/></style:style>
 <style:style style:name="Subject" style:family="paragraph" style:parent-style-name="Body">
  <style:text-properties fo:font-weight="bold" fo:color="{accent}"/></style:style>
 <style:style style:name="Vert" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="7.5pt" fo:color="#808080" fo:letter-spacing="0.05cm"/></style:style>
 <style:style style:name="SignOff" style:family="paragraph" style:parent-style-name="BodyLeft">
  <style:paragraph-properties fo:keep-with-next="always"/></style:style>
 <style:style style:name="Rot" style:family="text"><style:text-properties style:text-rotation-angle="90" style:text-rotation-scale="line-height"/></style:style>
"""
    auto = f"""
 <style:page-layout style:name="pmFirst">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="2.2cm" fo:margin-bottom="0.6cm"/></style:header-style>
 </style:page-layout>
 <style:page-layout style:name="pmRest">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="3cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="P_first" style:family="paragraph" style:parent-style-name="Notice" style:master-page-name="First"/>
 <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="center" draw:textarea-vertical-align="middle" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:padding="0cm"/></style:style>
 {table_styles("Recs", [4.3, 11.5], head_bg="#dcebee")}
"""
    masters = f"""
 <style:master-page style:name="First" style:page-layout-name="pmFirst" style:next-style-name="Rest">
  <style:header><text:p text:style-name="LH1">HM Inspectorate of Constabulary and Fire &amp; Rescue Services</text:p>
  <text:p text:style-name="LH2">Maltings House · 5 Friary Lane · Sallowby SL1 6PQ · 0300 555 0117</text:p></style:header>
 </style:master-page>
 <style:master-page style:name="Rest" style:page-layout-name="pmRest">
  <style:header><text:p text:style-name="HeaderL">Fennick Bay Police – hate crime follow-up – 26 January 2026</text:p></style:header>
  <style:footer><text:p text:style-name="FooterC"><text:page-number text:select-page="current">2</text:page-number></text:p></style:footer>
 </style:master-page>"""
    # vertical margin label: a rectangle shape (no fill, no line) holding text, rotated 90°
    # (reads bottom to top), anchored to the notice paragraph but placed on the page
    frame = ('<draw:custom-shape draw:style-name="gr1" draw:name="Label" text:anchor-type="paragraph" '
             'draw:z-index="0" svg:width="14cm" svg:height="0.7cm" '
             'draw:transform="rotate (1.5707963267949) translate (1.2cm 23cm)">'
             '<text:p text:style-name="Vert">OFFICIAL · HATE CRIME FOLLOW-UP · FB/26/007</text:p>'
             '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" '
             'draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 Z N"/></draw:custom-shape>')
    # the label shape is anchored to the notice paragraph but placed relative to the page
    d.raw(f'<text:p text:style-name="P_first">{frame}{xml(NOTICE)}</text:p>')
    for line in ["Chief Constable Imogen Trelawny", "Fennick Bay Police", "Harbour Road", "Fennick Bay", "FB2 8LN"]:
        d.raw(f'<text:p text:style-name="Addr">{xml(line)}</text:p>')
    d.raw('<text:p text:style-name="Date">26 January 2026</text:p>')
    d.raw('<text:p text:style-name="BodyLeft">Dear Chief Constable,</text:p>')
    d.raw('<text:p text:style-name="Subject">Hate crime follow-up inspection</text:p>')
    d.p("In December 2025 we returned to Fennick Bay Police to see what progress the force had made since our hate crime inspection of 2024.",
        "This letter summarises what we found.", style="BodyLeft")
    d.p("The force has worked hard to rebuild trust with communities that had lost confidence in it.",
        "Community leaders told us that officers now attend their meetings regularly and follow up on the concerns they raise.^[We met representatives of 11 community groups during the fieldwork.]", style="BodyLeft")
    d.p("Since our last visit, the force has:", style="Lead")
    d.bullets([("appointed a hate crime co-ordinator in each of its three districts;", []),
               ("introduced an online reporting form in six languages;", []),
               ("trained all its call handlers to recognise hate incidents.", [])])
    d.p("The table below sets out our assessment of each of the recommendations we made in 2024.", style="BodyLeft")
    recs = [("Recording hate crime", ["The force now records hate crime accurately in almost all cases.",
                                      "Of the 50 reports we examined, 48 had been correctly flagged as hate crimes."]),
            ("Supporting victims", ["Victims are now referred to the local support service within two days.",
                                    "However, the service told us that it receives too little information from the force to contact victims promptly."]),
            ("Investigating online abuse", ["This recommendation has not been met.",
                                            "Investigators still lack the training and equipment to trace offenders who use anonymous social media accounts."]),
            ("Learning from complaints", ["The force reviews every complaint about its handling of hate crime.",
                                          "It has changed its guidance on repeat victims as a result, which is encouraging."])]
    rows = []
    for area, sents in recs:
        d.gold.add(*sents)
        rows.append([f'<text:p text:style-name="Cell"><text:span text:style-name="Strong">{xml(area)}</text:span></text:p>',
                     "".join(f'<text:p text:style-name="Cell">{d.inline(s)}</text:p>' for s in sents)])
    d.raw(table("Recs", [4.3, 11.5], ['<text:p text:style-name="CellHead">Recommendation</text:p>',
                                     '<text:p text:style-name="CellHead">Our assessment</text:p>'], rows))
    d.p("We also examined how the force monitors community tension.",
        "Analysts now produce a weekly assessment, which is shared with the council and with faith leaders.",
        "This helped the force to prepare well for a large protest in Fennick Bay town centre in October.", style="BodyLeft")
    d.p("I would like the force to give priority to the investigation of online abuse.",
        "Many of the victims we spoke to had been targeted online, and several said that they had stopped reporting it because nothing happened.", style="BodyLeft")
    url = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/fennick-bay-police-hate-crime-follow-up-inspection-2026/"
    s_url = f"You can read our original report at {url}."
    d.gold.add(s_url)
    d.raw(f'<text:p text:style-name="BodyLeft">You can read our original report at '
          f'<text:a xlink:type="simple" xlink:href="{xml(url)}"><text:span text:style-name="Link">{xml(breakable(url))}</text:span></text:a>.</text:p>')
    d.p("Thank you for the help your officers and staff gave us.",
        "We will continue to monitor the force’s progress through our regular engagement.", style="BodyLeft")
    d.raw('<text:p text:style-name="SignOff">Yours sincerely,</text:p>')
    d.raw('<text:p text:style-name="SignOff"/><text:p text:style-name="SignOff"/>')
    d.raw('<text:p text:style-name="BodyLeft"><text:span text:style-name="Strong">Marcus Oyelaran-Reid</text:span><text:line-break/>HM Inspector of Constabulary</text:p>')
    src = soffice(name, document(FONTS, styles, auto, masters, "".join(d.body)))
    cairo = os.path.join(TMP, name + ".cairo.pdf")
    run(["pdftocairo", "-pdf", src, cairo])
    out = os.path.join(PDF_DIR, name + ".pdf")
    run(["qpdf", "--linearize", cairo, out])
    n = pages(out)
    assert n == 2, f"{name}: {n} pages"
    return d.gold.write()


# --------------------------------------------------------------------------------------------
# x03: spotlight on neighbourhood policing, Thornaby Marsh Police (DejaVu Serif body,
# DejaVu Sans headings).  Title, notice, big-number call-out (table with a 40pt figure and a
# caption), a two-column section with a pull quote and a "Promising practice" box (bordered,
# shaded paragraphs), OpenSymbol bullets, endnotes on Writer's endnote page.  Post-processing:
# Ghostscript pdfwrite /ebook, then qpdf AES-128 owner-password encryption.
# --------------------------------------------------------------------------------------------

def x03():
    name = "x03_spotlight_thornabymarsh"
    d = Odt(name, note_class="endnote")
    accent = "#2d4a1e"
    styles = common_styles("DejaVu Serif", "DejaVu Sans NL", "9.5pt", accent, liga=False) + f"""
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-size="21pt" fo:font-weight="bold" fo:color="{accent}"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-size="12pt" fo:color="#555555"/></style:style>
 <style:style style:name="Big" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-size="40pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-size="11pt" fo:color="{accent}"/></style:style>
 <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.35cm" fo:border-top="1.5pt solid {accent}" fo:border-bottom="1.5pt solid {accent}" fo:padding="0.2cm"/>
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-size="12pt" fo:font-style="italic" fo:color="{accent}"/></style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:background-color="#e7efe0" fo:border="0.8pt solid {accent}" fo:padding="0.15cm" fo:margin-top="0.2cm" style:join-border="true" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="DejaVu Sans NL" fo:font-weight="bold" fo:color="{accent}"/></style:style>
 <style:style style:name="Box" style:family="paragraph" style:parent-style-name="BoxTitle">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:keep-with-next="auto"/>
  <style:text-properties style:font-name="DejaVu Serif NL" fo:font-weight="normal" fo:color="#000000" fo:font-size="9pt"/></style:style>
 <style:style style:name="BoxLast" style:family="paragraph" style:parent-style-name="Box">
  <style:paragraph-properties fo:margin-bottom="0.35cm"/></style:style>
"""
    auto = f"""
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="P_start" style:family="paragraph" style:parent-style-name="Title" style:master-page-name="Spot"/>
 <style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">
  <style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties></style:style>
 <style:style style:name="Info" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/></style:style>
 <style:style style:name="Info.C0" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Info.C1" style:family="table-column"><style:table-column-properties style:column-width="12.5cm"/></style:style>
 <style:style style:name="Info.A" style:family="table-cell"><style:table-cell-properties fo:background-color="{accent}" fo:padding="0.2cm" style:vertical-align="middle" fo:border="none"/></style:style>
 <style:style style:name="Info.B" style:family="table-cell"><style:table-cell-properties fo:background-color="#e7efe0" fo:padding="0.3cm" style:vertical-align="middle" fo:border="none"/></style:style>
"""
    masters = """
 <style:master-page style:name="Spot" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="HeaderR">Thornaby Marsh Police · Neighbourhood policing spotlight</text:p></style:header>
  <style:footer><text:p text:style-name="FooterL">HMICFRS spotlight report · page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
 </style:master-page>"""
    d.raw('<text:p text:style-name="P_start">Neighbourhood policing in Thornaby Marsh</text:p>')
    d.raw('<text:p text:style-name="Subtitle">A spotlight on how Thornaby Marsh Police works with its communities</text:p>')
    d.raw(f'<text:p text:style-name="Notice">{xml(NOTICE)}</text:p>')
    d.p("Thornaby Marsh Police reorganised its neighbourhood teams in 2024, moving 60 officers from response duties into 18 new neighbourhood areas.",
        "We visited the force in November 2025 to find out what difference the change had made.")
    d.raw('<table:table table:name="Info" table:style-name="Info"><table:table-column table:style-name="Info.C0"/>'
          '<table:table-column table:style-name="Info.C1"/><table:table-row>'
          '<table:table-cell table:style-name="Info.A" office:value-type="string"><text:p text:style-name="Big">48%</text:p></table:table-cell>'
          '<table:table-cell table:style-name="Info.B" office:value-type="string"><text:p text:style-name="Caption">'
          'of residents in the new neighbourhood areas could name their local officer, up from 17 per cent</text:p></table:table-cell>'
          '</table:table-row></table:table>')
    d.raw('<text:section text:style-name="Sect2" text:name="Cols">')
    d.h("What has improved", 2)
    d.p("Neighbourhood officers now spend most of their time in their areas, rather than being taken away to answer emergency calls.",
        "They know the people who cause most harm in their communities and work with housing officers to deal with them.")
    d.p("Residents told us that they now see officers on foot in places where they had not seen them for years.")
    d.raw('<text:p text:style-name="Quote">“Residents told us that they now see officers on foot in places where they had not seen them for years.”</text:p>')
    d.p("The teams use problem-solving methods well.",
        "In one area, officers worked with the council and a local school to stop a group of young people riding off-road bikes through a park.^[The force reported that complaints about off-road bikes in this area fell from 112 to 31 in a year.]")
    d.p("We found that the best teams:", style="Lead")
    d.bullets([("hold a monthly street meeting in a different part of their area;", []),
               ("publish what they have done about the problems residents raised;", []),
               ("ask young people, through their schools, what worries them most.", [])])
    d.raw('<text:p text:style-name="BoxTitle">Promising practice</text:p>')
    box = ["The Marshgate team has set up a ‘knock and talk’ scheme, visiting every home on two estates over six months.",
           "Officers recorded more than 900 conversations, and the information they gathered led to the closure of two drug dealing addresses.^[Closure orders made under the Anti-social Behaviour, Crime and Policing Act 2014.]"]
    d.gold.add(*box)
    d.raw(f'<text:p text:style-name="Box">{d.inline(box[0])}</text:p>'
          f'<text:p text:style-name="BoxLast">{d.inline(box[1])}</text:p>')
    d.h("What still needs to change", 2)
    d.p("Neighbourhood officers are still too often moved to cover gaps in response teams at weekends.",
        "In October 2025, officers in the busiest areas lost almost a quarter of their shifts in this way.")
    d.p("The force does not yet know whether its new model reduces crime.",
        "It measures how many meetings officers attend and how many patrols they carry out, but not what those activities achieve.",
        "The force should develop measures that show whether neighbourhood policing is making communities safer.^[The force told us it plans to publish a neighbourhood performance framework in April 2026.]")
    d.p("Only a third of neighbourhood officers had been trained in the problem-solving model that the force adopted in 2024.",
        "Supervisors told us that they had too little time to review their teams’ problem-solving plans.",
        "The force should make sure that all neighbourhood officers and their supervisors are trained by the end of 2026.")
    d.p("Police community support officers told us that they felt left out of the changes.",
        "Several said that they had learned about the new areas from social media rather than from their managers.")
    d.h("Conclusion", 2)
    d.p("The force’s investment in neighbourhood policing is beginning to pay off, and residents have noticed the difference.",
        "To keep this confidence, it will need to protect neighbourhood officers from being drawn back into response work.")
    d.raw('</text:section>')
    d.h("About this spotlight", 2)
    d.p("This is one of a series of short reports on neighbourhood policing that we are publishing during 2026.",
        "We spoke to 64 officers and staff, 11 partner organisations and more than 100 residents.")
    src = soffice(name, document(FONTS, styles, auto, masters, "".join(d.body)))
    gsout = os.path.join(TMP, name + ".gs.pdf")
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook",
         "-dCompatibilityLevel=1.6", f"-sOutputFile={gsout}", src])
    out = os.path.join(PDF_DIR, name + ".pdf")
    run(["qpdf", "--encrypt", "", OWNER_PW, "128", "--use-aes=y", "--print=full", "--extract=y", "--modify=none",
         "--", gsout, out])
    n = pages(out)
    assert n == 3, f"{name}: {n} pages"
    return d.gold.write()


def main():
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(FODT, exist_ok=True)
    os.makedirs(PDF_DIR, exist_ok=True)
    for fn in (x01, x02, x03):
        n = fn()
        print(f"{fn.__name__}: {n} gold sentences")


if __name__ == "__main__":
    main()
