"""probe12 producer v: LibreOffice Draw and Impress (7.4, Debian libreoffice-draw-nogui /
libreoffice-impress-nogui), headless `--convert-to pdf`, from flat ODF written here
(odf/vNN_*.fodg|.fodp).

Not Writer: every piece of text is a separately positioned text frame (draw:frame /
draw:text-box) placed by the generator at absolute coordinates, the way a desktop-publishing
page or a slide deck is built.  LibreOffice wraps the text inside each frame; nothing flows from
one frame to the next, so the generator decides which paragraphs go into which column.  Frames are
written in a deliberately non-reading order (z-order: furniture and call-outs first, then the right
column, then the left column, then the title), so the PDF content stream is not in reading order.

  v01  Draw: a three-page inspection summary leaflet, Carlito (ligatures on), two column frames per
       page, a call-out, a bar chart drawn from rectangles with label frames, a caption, back page
  v02  Impress: a five-slide briefing deck, 16:9, Liberation Sans, outline placeholders with
       nested bullets, two-frame slide, slide footers and numbers
The gold is written from the same strings that go into the ODF.
"""
import os
import re
import shutil
import subprocess

from common import HERE, NOTICE, Gold, xml

TMP = os.environ.get("PROBE12_TMP", "/tmp/probe12/build")
ODF = os.path.join(HERE, "odf")
NBSP = "\u00a0"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3"')


def styles(font, accent, scale=1.0):
    s = f"""<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'" style:font-family-generic="swiss"/>
 <style:font-face style:name="{font} NL" svg:font-family="'{font}:-liga'" style:font-family-generic="swiss"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none"/>
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="false" fo:color="#1a1a1a"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="frame" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="top"
   draw:auto-grow-height="true" fo:min-height="0.5cm" fo:padding-top="0cm" fo:padding-bottom="0cm"
   fo:padding-left="0cm" fo:padding-right="0cm" draw:textarea-horizontal-align="justify"/>
 </style:style>
 <style:style style:name="box" style:family="graphic">
  <style:graphic-properties draw:stroke="solid" svg:stroke-color="{accent}" svg:stroke-width="0.05cm"
   draw:fill="solid" draw:fill-color="#eef3f1" draw:textarea-vertical-align="top" draw:auto-grow-height="true"
   fo:padding-top="0.3cm" fo:padding-bottom="0.3cm" fo:padding-left="0.35cm" fo:padding-right="0.35cm"/>
 </style:style>
 <style:style style:name="band" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="{accent}"/>
 </style:style>
 <style:style style:name="bar2" style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#c8862c"/>
 </style:style>
 <style:style style:name="rule" style:family="graphic">
  <style:graphic-properties draw:stroke="solid" svg:stroke-color="#666666" svg:stroke-width="0.02cm"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.2cm" fo:line-height="125%" fo:text-align="start"/>
  <style:text-properties style:font-name="{font}" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Item" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm" fo:line-height="120%"/>
  <style:text-properties style:font-name="{font}" fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Notice" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="{font} NL" fo:font-size="10.5pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Head" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.15cm" fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="12.5pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:text-properties style:font-name="{font}" fo:font-size="24pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="8pt" fo:color="#444444"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph">
  <style:text-properties style:font-name="{font}" fo:font-size="8.5pt" fo:font-style="italic"/>
 </style:style>
 <style:style style:name="White" style:family="paragraph">
  <style:text-properties style:font-name="{font}" fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff"/>
 </style:style>
 <style:style style:name="Big" style:family="paragraph">
  <style:text-properties style:font-name="{font}" fo:font-size="34pt" fo:font-weight="bold" fo:color="{accent}"/>
 </style:style>
 <style:style style:name="T1" style:family="text"><style:text-properties style:font-name="{font}" fo:font-weight="bold"/></style:style>
 <text:list-style style:name="L1">
  <text:list-level-style-bullet text:level="1" text:bullet-char="●" text:bullet-relative-size="70%">
   <style:list-level-properties text:space-before="0.1cm" text:min-label-width="0.5cm"/>
   <style:text-properties fo:font-family="OpenSymbol" fo:color="{accent}"/>
  </text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="–">
   <style:list-level-properties text:space-before="0.7cm" text:min-label-width="0.45cm"/>
  </text:list-level-style-bullet>
 </text:list-style>
"""
    return re.sub(r'fo:font-size="([0-9.]+)pt"', lambda m: 'fo:font-size="%gpt"' % round(float(m.group(1)) * scale, 1), s)


class Page:
    def __init__(self):
        self.shapes = []

    def frame(self, x, y, w, paras, style="frame", h=0.5):
        """paras: list of (para_style, text) or ('list', items); text is XML-ready."""
        body = []
        for kind, t in paras:
            if kind == "list":
                body.append(list_xml(t))
            else:
                body.append(f'<text:p text:style-name="{kind}">{t}</text:p>')
        self.shapes.append(
            f'<draw:frame draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" svg:width="{w}cm" '
            f'svg:height="{h}cm"><draw:text-box>{"".join(body)}</draw:text-box></draw:frame>')

    def rect(self, x, y, w, h, style="band"):
        self.shapes.append(f'<draw:rect draw:style-name="{style}" svg:x="{x}cm" svg:y="{y}cm" '
                           f'svg:width="{w}cm" svg:height="{h}cm"/>')

    def line(self, x1, y1, x2, y2):
        self.shapes.append(f'<draw:line draw:style-name="rule" svg:x1="{x1}cm" svg:y1="{y1}cm" '
                           f'svg:x2="{x2}cm" svg:y2="{y2}cm"/>')


def list_xml(items):
    out = ['<text:list text:style-name="L1">']
    for it in items:
        if isinstance(it, list):
            out.append('<text:list-item><text:list>')
            for sub in it:
                out.append(f'<text:list-item><text:p text:style-name="Item">{xml(sub)}</text:p></text:list-item>')
            out.append('</text:list></text:list-item>')
        else:
            out.append(f'<text:list-item><text:p text:style-name="Item">{xml(it)}</text:p></text:list-item>')
    out.append('</text:list>')
    return "".join(out)


class Doc:
    def __init__(self, name, kind, font, accent, scale=1.0):
        self.name, self.kind, self.scale = name, kind, scale
        self.font, self.accent = font, accent
        self.gold = Gold(name)
        self.pages = []

    def para(self, *sents, style="Body"):
        """A gold paragraph: returns the frame paragraph tuple."""
        self.gold.add(*sents)
        return (style, xml(" ".join(sents)))

    def items(self, items):
        for it in items:
            if isinstance(it, list):
                self.gold.add(*it)
            else:
                self.gold.add(it)
        return ("list", items)

    def write(self, width, height, presentation=False):
        ext = "fodp" if presentation else "fodg"
        mime = ("application/vnd.oasis.opendocument.presentation" if presentation
                else "application/vnd.oasis.opendocument.graphics")
        body_tag = "office:presentation" if presentation else "office:drawing"
        pages = []
        for i, p in enumerate(self.pages):
            pages.append(f'<draw:page draw:name="page{i + 1}" draw:style-name="dp1" '
                         f'draw:master-page-name="Default">{"".join(p.shapes)}</draw:page>')
        doc = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
               f'office:mimetype="{mime}">\n'
               + styles(self.font, self.accent, self.scale)
               + f"""<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm"
 fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="{width}cm"
 fo:page-height="{height}cm" style:print-orientation="{'landscape' if width > height else 'portrait'}"/></style:page-layout>
 <style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties draw:background-size="full"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="dp1"/></office:master-styles>
<office:body><{body_tag}>
""" + "\n".join(pages) + f"\n</{body_tag}></office:body></office:document>\n")
        os.makedirs(ODF, exist_ok=True)
        src = os.path.join(ODF, f"{self.name}.{ext}")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        work = os.path.join(TMP, "lo")
        os.makedirs(work, exist_ok=True)
        filt = "pdf:impress_pdf_Export" if presentation else "pdf:draw_pdf_Export"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{TMP}/lo-profile", "--headless",
                        "--convert-to", filt, "--outdir", work, src], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(work, self.name + ".pdf"), os.path.join(HERE, "pdf", self.name + ".pdf"))
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


BACK = ["© Crown copyright 2026 (synthetic test document).",
        "This publication is licensed under the terms of the Open Government Licence v3.0 except "
        "where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-"
        "government-licence/version/3.",
        "This document is available at www.justiceinspectorates.gov.uk/hmicfrs",
        "Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk"]


def v01():
    d = Doc("v01_summary_wrenmoor", "draw", "Carlito", "#1d5c4d")
    L, R, W = 1.8, 11.1, 8.1       # column x positions and width (cm), A4 portrait
    # ---- page 1 ----
    p = Page()
    p.frame(1.8, 28.2, 17.4, [("Small", "Wrenmoor Coast Police · Public order and events inspection summary · Page 1")])
    p.line(1.8, 28.0, 19.2, 28.0)
    callout = [("Big", "87%"),
               ("Small", xml("of the events we sampled had a written policing plan agreed with the organiser"))]
    p.frame(R, 17.4, W, callout, style="box")
    right = [("Head", "Planning for major events")]
    p.rect(0, 0, 21.0, 2.2)
    p.frame(1.8, 0.7, 17.4, [("White", "HMICFRS · Inspection summary · June 2026")])
    left_paras = [("Head", "How the force prepares")]
    # reading order: intro, left column, right column, call-out (not gold)
    intro = d.para("This summary sets out the main findings of our inspection of how Wrenmoor "
                   "Coast Police polices protests, sporting fixtures and large public events.",
                   "The full report, with our evidence and recommendations, is published "
                   "separately.")
    left_paras.append(d.para("The force has a well-organised events planning team that works "
                             "closely with the local authority’s safety advisory group.",
                             "Planners start work on the largest events up to a year in advance, "
                             "and they share their plans with neighbouring forces that may be asked "
                             "to provide officers."))
    left_paras.append(d.para("We were impressed by the force’s use of debriefs.",
                             "After every significant event, commanders, planners and frontline "
                             "officers meet to discuss what went well and what should change, and "
                             "the lessons are recorded on a central database."))
    left_paras.append(d.para("However, the force’s public order commanders do not all have "
                             "recent operational experience.",
                             "Four of the eleven trained commanders had not commanded a live "
                             "event in the previous twelve months."))
    right.append(d.para("The summer air show is the force’s largest annual event, attracting "
                        "around 180" + NBSP + "000 visitors over three days."))
    right.append(d.para("We observed the planning for the 2025 show and found that risks were "
                        "identified early and that the plan was realistic."))
    right.append(d.para("During the show itself, officers told us that they had:"))
    right.append(d.items(["received a clear briefing that explained their role;",
                          "been given maps and radio channel details in advance;",
                          "known who to contact if a child was reported lost."]))
    p.frame(R, 7.2, W, right)
    p.frame(L, 7.2, W, left_paras)
    p.frame(1.8, 2.7, 17.4, [("Title", "Policing protests and public events"),
                             ("Notice", xml(NOTICE)), intro])
    d.pages.append(p)
    # ---- page 2 ----
    p = Page()
    p.frame(1.8, 28.2, 17.4, [("Small", "Wrenmoor Coast Police · Public order and events inspection summary · Page 2")])
    p.line(1.8, 28.0, 19.2, 28.0)
    box = [("Head", "What the force should do")]
    left2 = [("Head", "Protests")]
    left2.append(d.para("The force has policed a growing number of protests in the last two "
                        "years, most of them connected with the construction of an offshore "
                        "wind farm.",
                        "It has generally balanced the rights of protesters with the rights of "
                        "people who live and work nearby."))
    left2.append(d.para("Protest liaison officers were visible and approachable, and protesters "
                        "told us that they found them helpful.",
                        "But the force does not record why it imposes conditions on a protest in "
                        "enough detail to show that each condition was necessary and "
                        "proportionate."))
    left2.append(d.para("Officers’ understanding of recent changes to public order law was "
                        "variable.",
                        "Some officers we interviewed could not explain the powers available to "
                        "them, which could lead to unlawful arrests."))
    right2 = [("Head", "Mutual aid")]
    right2.append(d.para("The force both provides officers to other forces and receives help "
                         "from them.",
                         "Figure 1 shows the number of officer shifts it supplied through mutual "
                         "aid in each of the last four years."))
    right2.append(d.para("Supplying officers to other forces reduces the number available for "
                         "local policing, and the force does not fully assess this effect."))
    box.append(d.items(["Record the reasons for every condition imposed on a protest.",
                        "Give all public order officers refresher training on the law, "
                        "including:",
                        ["the powers introduced since 2022;",
                         "the thresholds for using them."],
                        "Make sure that each public order commander takes part in at least one "
                        "live event a year."]))
    # chart: bars (rectangles) and labels, drawn before the text frames
    vals = [("2022", 620), ("2023", 1480), ("2024", 910), ("2025", 1260)]
    base_y, x0 = 17.6, R + 0.6
    for k, (yr, v) in enumerate(vals):
        h = v / 1500 * 4.0
        p.rect(x0 + k * 1.9, base_y - h, 1.3, h, style="band" if k % 2 == 0 else "bar2")
        p.frame(x0 + k * 1.9 - 0.1, base_y + 0.1, 1.5, [("Small", yr)])
        p.frame(x0 + k * 1.9 - 0.1, base_y - h - 0.5, 1.5, [("Small", f"{v:,}")])
    p.line(R + 0.3, base_y, R + W, base_y)
    p.frame(R, base_y + 0.7, W, [("Caption", "Figure 1: Officer shifts supplied to other forces through mutual aid, 2022 to 2025")])
    p.frame(L, 19.8, 17.4, box, style="box")
    p.frame(R, 2.0, W, right2)
    p.frame(L, 2.0, W, left2)
    d.pages.append(p)
    # ---- page 3: back page ----
    p = Page()
    p.rect(0, 25.5, 21.0, 4.2)
    p.frame(1.8, 17.0, 17.4, [("Small", xml(s)) for s in BACK])
    d.pages.append(p)
    d.write(21.0, 29.7)


def v02():
    d = Doc("v02_briefing_drummock", "impress", "Liberation Sans", "#2b3f8c", scale=1.6)
    SW, SH = 28.0, 15.75

    def slide(n, title):
        p = Page()
        p.rect(0, 0, SW, 0.35)
        p.frame(1.2, 14.7, 16, [("Small", "OFFICIAL · HMICFRS briefing · Drummock Isles Constabulary")])
        p.frame(25.6, 14.7, 1.2, [("Small", str(n))])
        p.frame(1.2, 0.9, 25.6, [("Title", xml(title))])
        return p

    p = Page()
    p.rect(0, 0, SW, 5.2)
    p.frame(1.5, 1.2, 25, [("White", "HMICFRS · Briefing for the police, fire and crime panel")])
    p.frame(1.5, 2.3, 25, [("Title", "Drummock Isles Constabulary: workforce wellbeing inspection")])
    p.frame(1.5, 7.0, 24, [("Notice", xml(NOTICE)),
                           ("Body", "Key findings and next steps"), ("Body", "March 2026")])
    d.pages.append(p)

    p = slide(2, "What we found")
    p.frame(1.5, 3.0, 25, [d.para("The force has made wellbeing a clear priority, and its "
                                  "officers and staff know where to find help."),
                           d.items(["Occupational health referrals are now assessed within ten "
                                    "working days, compared with six weeks in 2024.",
                                    "Every supervisor has been trained to hold a wellbeing "
                                    "conversation, although the quality of these conversations "
                                    "varies.",
                                    "Officers on the outer islands feel less supported than "
                                    "those on the mainland:",
                                    ["they often work alone for long periods;",
                                     "they rarely meet a supervisor in person;",
                                     "they must travel by ferry to attend training."],
                                    "Sickness absence has fallen for three consecutive years.",
                                    "Long-term absence because of mental ill health has not "
                                    "fallen, and the force does not yet know why."])])
    d.pages.append(p)

    p = slide(3, "Strengths")
    p.frame(1.5, 3.0, 12, [d.para("We found several examples of good practice that other forces "
                                  "could learn from."),
                           d.items(["A peer support network of 40 trained volunteers is "
                                    "available around the clock.",
                                    "Staff in the control room have access to a quiet room and "
                                    "a structured debrief after distressing calls.",
                                    "The force monitors the overtime worked by each officer and "
                                    "intervenes when it becomes excessive."])])
    p.frame(15.0, 3.2, 11.5, [("Head", "In their words"),
                              ("Body", xml("“I know that if I ring the wellbeing team, someone "
                                           "will call me back the same day.”")),
                              ("Small", "Response officer, mainland division")], style="box")
    d.pages.append(p)

    p = slide(4, "Areas for improvement")
    p.frame(1.5, 3.0, 12, [("Head", "Supporting remote officers"),
                           d.para("The force should make sure that officers on the outer islands "
                                  "receive regular supervision and wellbeing support.",
                                  "It should consider using video calls and scheduled visits to "
                                  "achieve this."),
                           ("Head", "Understanding the workforce"),
                           d.para("The force’s staff survey had a response rate of only 31 per "
                                  "cent.",
                                  "Leaders should find out why so few people took part and act "
                                  "on the results.")])
    p.frame(14.5, 3.0, 12, [("Head", "Trauma risk"),
                            d.para("Officers who investigate child abuse images are screened for "
                                   "psychological harm every six months.",
                                   "Family liaison officers and collision investigators, who "
                                   "also see distressing material, are not.",
                                   "The force should extend screening to these roles.")])
    d.pages.append(p)

    p = slide(5, "Next steps")
    p.frame(1.5, 3.0, 25, [d.para("We will publish our full report on 14 April 2026.",
                                  "It will include the evidence behind each finding and the "
                                  "results of our survey of the workforce.",
                                  "The panel may wish to ask the commissioner how the force’s "
                                  "wellbeing plan will be funded after March 2027."),
                           d.items(["The chief constable has agreed to give the panel an update "
                                    "on the areas for improvement within six months.",
                                    "We will check the force’s progress at our next PEEL "
                                    "inspection."]),
                           ("Small", "Contact: inspection programme team, HMICFRS · "
                                     "contactus@hmicfrs.gov.uk")])
    d.pages.append(p)
    d.write(SW, SH, presentation=True)


def main():
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    v01()
    v02()


if __name__ == "__main__":
    main()
