"""probe10 d*: a Distiller-like route.  The generator writes flat ODF text documents (fodt/*.fodt),
LibreOffice Writer 7.4 (headless) lays them out and exports PDF, poppler's pdftops turns that PDF
into PostScript level 3, and Ghostscript's ps2pdf (pdfwrite) distils the PostScript back into the
final PDF, as print-shop and Acrobat Distiller workflows do.  (LibreOffice headless could not print
to a PostScript file here: --print-to-file needs a configured printer, and none exists, so the
route is soffice --convert-to pdf -> pdftops -> ps2pdf.)
Writes pdf/d*.pdf and d*.gold.json from the same strings.
"""
import html
import os
import subprocess

from common import HERE, NOTICE, Gold, pieces

TMP = os.environ.get("PROBE10_TMP", "/tmp/probe10/build")
E = lambda s: html.escape(s, quote=False)

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="BodyFont" svg:font-family="'{body}'"/>
 <style:font-face style:name="HeadFont" svg:font-family="'{head}'"/>
 <style:font-face style:name="NoLiga" svg:font-family="'{head}:-liga'"/>
 <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.2cm"/>
  <style:text-properties style:font-name="BodyFont" fo:font-size="{size}" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.22cm" fo:line-height="118%"/>
  <style:text-properties fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:style>
 <style:style style:name="Plain" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0cm"/>
  <style:text-properties fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Notice" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm"/>
  <style:text-properties style:font-name="NoLiga" fo:font-size="10.5pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="13pt" fo:font-weight="bold" fo:color="#5a2d82" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="5cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="26pt" fo:font-weight="bold" fo:color="#5a2d82" fo:letter-spacing="0.06cm"/>
 </style:style>
 <style:style style:name="Sub" style:family="paragraph">
  <style:text-properties style:font-name="HeadFont" fo:font-size="14pt" fo:font-variant="small-caps"/>
 </style:style>
 <style:style style:name="Numbered" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1.1cm" fo:text-indent="-1.1cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Toc" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.25cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="11.5pt"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.1cm"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Quote" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm" fo:margin-bottom="0.3cm" fo:padding="0.2cm" fo:border-top="1pt solid #5a2d82" fo:border-bottom="1pt solid #5a2d82" fo:border-left="none" fo:border-right="none"/>
  <style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:color="#5a2d82"/>
 </style:style>
 <style:style style:name="Box" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:background-color="#ece4f3" fo:padding="0.2cm" fo:border="0.6pt solid #5a2d82" fo:margin-left="0.8cm" fo:margin-right="0.8cm" style:join-border="true"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="9.5pt"/>
 </style:style>
 <style:style style:name="BoxTitle" style:family="paragraph" style:parent-style-name="Box">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties fo:border-bottom="0.5pt solid #808080" fo:padding-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="HeadFont" fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="{footalign}"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="8.5pt"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Back" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.15cm"/>
  <style:text-properties style:font-name="HeadFont" fo:font-size="9pt"/>
 </style:style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="PFirst" style:family="paragraph" style:parent-style-name="{firststyle}" style:master-page-name="First"/>
 <style:style style:name="PBody" style:family="paragraph" style:parent-style-name="H1" style:master-page-name="Standard">
  <style:paragraph-properties style:page-number="auto" fo:break-before="page"/>
 </style:style>
 <style:style style:name="PBreak" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="PBack" style:family="paragraph" style:parent-style-name="Back" style:master-page-name="Last">
  <style:paragraph-properties fo:margin-top="18cm"/>
 </style:style>
 <style:style style:name="Sect2" style:family="section">
  <style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.7cm"/></style:section-properties>
 </style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.6pt solid #5a2d82"/></style:style>
 <style:style style:name="THead" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.6pt solid #5a2d82" fo:background-color="#ddd0ea"/></style:style>
 <style:style style:name="Sup" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 {lists}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{footer}</text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="First" style:page-layout-name="pm1" style:next-style-name="{after_first}"/>
 <style:master-page style:name="Last" style:page-layout-name="pm1"/>
</office:master-styles>
<office:body><office:text>
"""

LIST = """<text:list-style style:name="{name}">{levels}</text:list-style>"""
LEVEL = """<text:list-level-style-bullet text:level="{lv}" text:bullet-char="{ch}">
 <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
  <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="{pos}cm" fo:text-indent="-0.6cm" fo:margin-left="{pos}cm"/>
 </style:list-level-properties>
 <style:text-properties style:font-name="{font}"/>
</text:list-level-style-bullet>"""


def list_style(name, glyphs):
    """glyphs: [(char, font-name)] per level."""
    return LIST.format(name=name, levels="".join(
        LEVEL.format(lv=i + 1, ch=ch, pos=0.6 * (i + 1) + 0.1, font=f) for i, (ch, f) in enumerate(glyphs)))


class Doc:
    def __init__(self, name, **fmt):
        self.name, self.fmt = name, fmt
        self.g = Gold(name)
        self.out = []

    def x(self, s):
        """Marked-up sentence to ODF inline XML (footnotes become text:note)."""
        r = []
        for kind, t in pieces(s):
            if kind == "text":
                r.append(E(t))
            else:
                r.append('<text:note text:note-class="footnote"><text:note-body>'
                         f'<text:p text:style-name="Footnote">{E(t)}</text:p></text:note-body></text:note>')
        return "".join(r)

    def raw(self, s):
        self.out.append(s)

    def h(self, t, style="H1"):
        self.out.append(f'<text:p text:style-name="{style}">{E(t)}</text:p>')

    def p(self, *sents, num=None, style=None, gold=True):
        if gold:
            self.g.add(*sents)
        st = style or ("Numbered" if num else "Standard")
        lab = f'<text:span text:style-name="Bold">{num}</text:span><text:tab/>' if num else ""
        self.out.append(f'<text:p text:style-name="{st}">{lab}' + " ".join(self.x(s) for s in sents) + "</text:p>")

    def ul(self, items, lst):
        def one(items, level):
            r = [f'<text:list text:style-name="{lst}">']
            for it, sub in items:
                self.g.add(it)
                r.append(f'<text:list-item><text:p text:style-name="Plain">{self.x(it)}</text:p>')
                if sub:
                    r.append(one([(s, None) for s in sub], level + 1))
                r.append("</text:list-item>")
            r.append("</text:list>")
            return "".join(r)
        self.out.append(one(items, 1))
        self.out.append('<text:p text:style-name="Plain"/>')

    def table(self, head, rows, prose_cols):
        """rows: list of cell lists; a cell in prose_cols is a list of sentences (gold)."""
        n = len(head)
        r = [f'<table:table table:name="T{len(self.out)}" table:style-name="Tbl">'
             f'<table:table-column table:number-columns-repeated="{n}"/>']
        r.append("<table:table-header-rows><table:table-row>" + "".join(
            f'<table:table-cell table:style-name="THead" office:value-type="string"><text:p text:style-name="Cell">'
            f'<text:span text:style-name="Bold">{E(h)}</text:span></text:p></table:table-cell>' for h in head)
            + "</table:table-row></table:table-header-rows>")
        for row in rows:
            r.append("<table:table-row>")
            for j, c in enumerate(row):
                if j in prose_cols:
                    self.g.add(*c)
                    txt = " ".join(self.x(s) for s in c)
                else:
                    txt = E(c)
                r.append(f'<table:table-cell table:style-name="TCell" office:value-type="string">'
                         f'<text:p text:style-name="Cell">{txt}</text:p></table:table-cell>')
            r.append("</table:table-row>")
        r.append("</table:table>")
        self.out.append("".join(r))

    def build(self):
        os.makedirs(TMP, exist_ok=True)
        fodt_dir = os.path.join(HERE, "fodt")
        os.makedirs(fodt_dir, exist_ok=True)
        src = os.path.join(fodt_dir, self.name + ".fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(HEAD.format(**self.fmt) + "\n".join(self.out) + "\n</office:text></office:body></office:document>\n")
        work = os.path.join(TMP, "lo")
        os.makedirs(work, exist_ok=True)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{TMP}/lo-profile",
                        "--convert-to", "pdf", "--outdir", work, src], check=True,
                       capture_output=True)
        lo_pdf = os.path.join(work, self.name + ".pdf")
        ps = os.path.join(work, self.name + ".ps")
        subprocess.run(["pdftops", "-level3", lo_pdf, ps], check=True)
        out = os.path.join(HERE, "pdf", self.name + ".pdf")
        subprocess.run(["ps2pdf", "-dPDFSETTINGS=/printer", "-dEmbedAllFonts=true", ps, out], check=True)
        info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        pages = int([l for l in info.splitlines() if l.startswith("Pages:")][0].split()[1])
        return self.name, self.g.write(), pages


def d01():
    d = Doc("d01_peel_glenharrow", body="TeX Gyre Pagella", head="TeX Gyre Heros", size="10.5pt",
            footalign="end", firststyle="Title", after_first="Standard",
            header="Glenharrow Constabulary: PEEL 2025<text:tab/>HMICFRS",
            footer="Page <text:page-number text:select-page=\"current\"/> of <text:page-count/>",
            lists=list_style("L1", [("\u2714", "OpenSymbol"), ("\u25aa", "OpenSymbol")]) +
            list_style("L2", [("\u27a2", "OpenSymbol"), ("\u2013", "BodyFont")]))
    d.raw('<text:p text:style-name="PFirst">PEEL 2025</text:p>')
    d.h("An inspection of Glenharrow Constabulary", "Sub")
    d.raw(f'<text:p text:style-name="Notice">{E(NOTICE)}</text:p>')
    d.h("February 2026", "Sub")
    d.raw('<text:p text:style-name="PBreak">Contents</text:p>')
    for t, n in [("1 Summary", 3), ("2 Investigating crime: requires improvement", 3),
                 ("3 Responding to the public: good", 3), ("4 Our approach", 3)]:
        d.raw(f'<text:p text:style-name="Toc">{E(t)}<text:tab/>{n}</text:p>')
    d.raw('<text:p text:style-name="PBreak">1 Summary</text:p>')
    d.p("Glenharrow Constabulary serves a population of around 930\u00a0000 people in a "
        "county of two cities and a long, sparsely populated coastline.",
        "This report sets out what we found when we inspected the force in November 2025.", num="1.1")
    d.p("The force is efficient and well-led, and it has made real improvements to the way it "
        "answers emergency calls.",
        "However, we are concerned about the quality of its investigations, which has not "
        "improved since our last inspection.", num="1.2")
    d.table(["Area", "Grade"], [["Responding to the public", "Good"],
                                ["Investigating crime", "Requires improvement"],
                                ["Preventing crime and anti-social behaviour", "Adequate"]], set())
    d.h("2 Investigating crime: requires improvement")
    d.p("The force investigates about 58\u00a0000 crimes a year, and its detectives carry some "
        "of the highest workloads we have seen^[An average of 19 live investigations per "
        "detective constable in October 2025.].",
        "We reviewed 75 investigations and found that 34 per cent had not been supervised "
        "effectively.", num="2.1")
    d.p("The force has identified the causes of the problem, and it has a plan to:", num="2.2")
    d.ul([("train all new sergeants in the supervision of investigations;", None),
          ("move 30 officers from back-office roles into investigation teams;", None),
          ("introduce a new system for allocating crimes that takes account of:",
           ["the complexity of the case;", "the experience of each investigator."]),
          ("publish monthly figures on the time taken to charge suspects.", None)], "L1")
    d.p("These are sensible steps, but they will take time to have an effect.",
        "The force expects the plan to cost 2.3\u00a0million pounds over two years, which it has "
        "set aside from its reserves.", num="2.3")
    d.h("3 Responding to the public: good")
    d.raw('<text:section text:style-name="Sect2" text:name="Cols">')
    d.p("The force answers 94 per cent of emergency calls within ten seconds, which is better "
        "than the national target.",
        "Call handlers are well trained, and they use a structured approach to identify "
        "vulnerable callers and repeat victims.")
    d.p("In the calls we listened to, staff were courteous, patient and clear about what would "
        "happen next.",
        "When officers could not attend quickly, control room staff usually called the victim "
        "back to explain the delay and give crime prevention advice^[The force calls this its "
        "\u2018keep in touch\u2019 standard.].")
    d.p("The force has introduced a new online reporting service, which now receives about a "
        "fifth of all non-emergency reports.",
        "It should make sure that reports made online are assessed as thoroughly as those "
        "made by telephone.")
    d.p("Response officers told us that they often spend long periods waiting at hospitals "
        "with people in mental health crisis.",
        "The force is working with the local health trust to reduce these delays.")
    d.raw("</text:section>")
    d.h("4 Our approach")
    d.p("We interviewed chief officers and held focus groups with more than 150 officers and "
        "staff.",
        "We are grateful for the co-operation we received throughout the inspection.")
    d.raw('<text:p text:style-name="PBack">© HMICFRS 2026 (synthetic test document)</text:p>'
          '<text:p text:style-name="Back">You may re-use this information free of charge under the Open Government Licence v3.0.</text:p>'
          '<text:p text:style-name="Back">His Majesty’s Inspectorate, Calloway House, 8 Tinsmith Row, Glenharrow GH5 2PX</text:p>'
          '<text:p text:style-name="Back">Telephone: 0300 555 0131</text:p>')
    return d.build()


def d02():
    d = Doc("d02_letter_wealdmoor", body="TeX Gyre Termes", head="TeX Gyre Heros", size="11pt",
            footalign="center", firststyle="Plain", after_first="Standard",
            header="Wealdmoor Police – child protection re-inspection – 20 January 2026",
            footer="<text:page-number text:select-page=\"current\"/>",
            lists=list_style("L1", [("\u27a2", "OpenSymbol"), ("\u2022", "OpenSymbol")]))
    d.raw('<text:p text:style-name="PFirst"><text:span text:style-name="Bold">His Majesty’s Inspectorate of Constabulary</text:span></text:p>')
    for l in ["Calloway House", "8 Tinsmith Row", "Glenharrow GH5 2PX", "Telephone: 0300 555 0131"]:
        d.raw(f'<text:p text:style-name="Plain">{E(l)}</text:p>')
    d.raw(f'<text:p text:style-name="Notice">{E(NOTICE)}</text:p>')
    for l in ["Chief Constable Annika Borrowdale", "Wealdmoor Police", "Headquarters, Beacon Lane", "Wealdmoor WM7 4JS"]:
        d.raw(f'<text:p text:style-name="Plain">{E(l)}</text:p>')
    d.raw('<text:p text:style-name="Plain"/><text:p text:style-name="Plain">20 January 2026</text:p><text:p text:style-name="Plain"/>')
    d.raw('<text:p text:style-name="Standard">Dear Chief Constable,</text:p>')
    d.raw('<text:p text:style-name="Standard"><text:span text:style-name="Bold">Re-inspection of child protection arrangements in Wealdmoor</text:span></text:p>')
    d.p("Thank you for the help your officers and staff gave us during our re-inspection in "
        "December.",
        "This letter tells you what we found and what we expect the force to do next.")
    d.p("When we first inspected the force, we found that children at risk were not always "
        "identified when officers attended incidents at their homes.",
        "We are pleased to report that this has changed considerably.")
    d.p("In the 60 cases we examined during the re-inspection, officers had:")
    d.ul([("spoken to the child directly in most cases where it was safe to do so;", None),
          ("recorded what the child’s home looked like and how the child behaved;", None),
          ("made a referral to children’s services promptly, usually within a day^[In 52 of the "
           "60 cases.];", None),
          ("checked force systems for previous incidents involving the family.", None)], "L1")
    d.p("The force’s child protection units are now properly staffed, and supervisors review "
        "every new case within 24 hours.",
        "Staff told us that their workloads had become more manageable since the force "
        "recruited 16 additional investigators.")
    d.p("Officers now receive a short briefing on child protection at the start of every "
        "shift, and the ones we met valued it.",
        "The briefings are prepared by the force’s safeguarding lead and change every week.")
    d.p("Some problems remain.",
        "Officers did not always tell the child’s school when an incident had taken place, even "
        "though the force has an agreement with the local authority to do this.",
        "We also found that strategy meetings were sometimes delayed because a police "
        "representative was not available.")
    d.p("The table below sets out our assessment of progress against the recommendations in "
        "our original report.")
    d.table(["Recommendation", "Our assessment"],
            [["Identify children at risk", ["Good progress has been made.",
                                            "Officers are now confident about what to look for."]],
              ["Refer cases promptly", ["Most referrals are made on time.",
                                        "A small number were delayed by IT problems."]],
              ["Attend strategy meetings", ["Progress has been limited.",
                                            "The force should review its rota for these meetings."]]],
            {1})
    d.p("We will return to the force in the summer to check on the remaining issues.",
        "I am sending a copy of this letter to the police and crime commissioner.")
    d.raw('<text:p text:style-name="Standard">Yours sincerely,</text:p><text:p text:style-name="Plain"/>'
          '<text:p text:style-name="Plain">Tobias Marchetti</text:p>'
          '<text:p text:style-name="Plain">His Majesty’s Inspector of Constabulary</text:p>')
    return d.build()


def d03():
    d = Doc("d03_thematic_fenwick", body="TeX Gyre Schola", head="TeX Gyre Adventor", size="11pt",
            footalign="end", firststyle="H1", after_first="Standard",
            header="Fenwick Police: road safety thematic",
            footer="Fenwick Police road safety review <text:page-number text:select-page=\"current\"/>",
            lists=list_style("L1", [("\u25a0", "OpenSymbol"), ("\u2013", "BodyFont")]))
    d.raw('<text:p text:style-name="PFirst">Safer roads in Fenwick</text:p>')
    d.h("A thematic review of roads policing by Fenwick Police", "Sub")
    d.raw(f'<text:p text:style-name="Notice">{E(NOTICE)}</text:p>')
    d.h("Introduction")
    d.p("Fenwick is a busy county crossed by two motorways and a network of narrow rural "
        "roads.",
        "In 2024, 41 people were killed and 386 seriously injured on its roads, a rise of "
        "nine per cent on the previous year.")
    d.p("This review looks at how effectively Fenwick Police uses its roads policing officers "
        "to reduce deaths and serious injuries.",
        "We found a committed and knowledgeable team, but one that is too small for the "
        "demands placed on it.")
    quote = "Officers told us that they spent more time guarding the scenes of collisions than preventing them."
    d.h("What we found")
    d.p("The roads policing unit has 48 officers, 11 fewer than five years ago.",
        quote,
        "Specialist collision investigators are available at all hours, and their work is of "
        "a high standard.")
    d.raw(f'<text:p text:style-name="Quote">\u201c{E(quote)}\u201d</text:p>')
    d.p("The force’s analysis of collision data is thorough, and it has identified the twenty "
        "routes with the highest risk.",
        "However, the unit’s patrols are not planned around this analysis, and officers "
        "decide for themselves where to patrol.")
    d.raw('<text:p text:style-name="BoxTitle">Effective practice</text:p>')
    d.p("The force runs a course for drivers aged 17 to 24 who have been stopped for minor "
        "offences.",
        "Fewer than five per cent of those who complete it are stopped again within a year.",
        style="Box")
    d.p("We found that the force’s approach to enforcement is effective in several respects, "
        "because it:")
    d.ul([("targets the offences that cause most harm, such as speeding and drink-driving;", None),
          ("uses mobile cameras on the routes where collisions are most common;", None),
          ("shares intelligence with neighbouring forces about:",
           ["vehicles used to commit crime;", "drivers who are disqualified but still driving."]),
          ("publicises the results of its operations on social media.", None)], "L1")
    d.p("Unmarked vehicles are used well on the motorways, but there are too few of them to "
        "cover the whole county.",
        "The force should increase the number of patrols on rural roads, where more than half "
        "of all deaths occur.")
    d.p("The force works closely with the council’s road safety team, and together they "
        "decide where to build new crossings and reduce speed limits.",
        "Local people are invited to report concerns about dangerous roads through the "
        "council’s website.")
    d.p("Roads policing officers are also often sent to incidents that have nothing to do with "
        "the roads, such as burglaries in progress.",
        "This helps the force to answer emergency calls, but it leaves the roads without "
        "specialist patrols for long periods.",
        "The force does not record how often this happens, so it cannot weigh the cost.")
    d.h("Conclusion")
    d.p("Fenwick Police has a clear understanding of the risks on its roads, but it does not yet "
        "have the resources to tackle them consistently.",
        "We recommend that it reviews the size of its roads policing unit by the end of "
        "2026.")
    return d.build()


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    for fn in (d01, d02, d03):
        print("%s: %d gold, %d pages" % fn())
