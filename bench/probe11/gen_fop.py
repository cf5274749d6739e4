"""probe11 producer f: Apache FOP 2.8 (Debian `fop`) from XSL-FO written here.

Writes fo/fNN_*.fo, runs `fop -c fo/fop.xconf -fo ... -pdf pdf/fNN_*.pdf` and writes fNN_*.gold.json
from the same strings.  FOP does the pagination itself: fo:footnote (note text at the page foot),
fo:table-header (repeated on each page a table continues on), odd/even page masters (mirrored
margins, alternating running headers), fo:leader dot leaders with fo:page-number-citation in the
contents, region-body column-count="2" with span="all" blocks, reference-orientation="90" in a
side region for a vertical margin label.
"""
import os
import subprocess

from common import HERE, NOTICE, Gold, breakable, pieces, sentences, xml

FO_DIR = os.path.join(HERE, "fo")
PDF_DIR = os.path.join(HERE, "pdf")

XCONF = """<?xml version="1.0"?>
<fop version="1.0">
  <renderers>
    <renderer mime="application/pdf">
      <fonts>
        <directory>/usr/share/fonts/truetype/liberation2</directory>
        <directory>/usr/share/fonts/truetype/crosextra</directory>
      </fonts>
    </renderer>
  </renderers>
</fop>
"""


class Doc:
    """Renders marked-up sentences into FO inline content; footnotes as fo:footnote (mode 'foot')
    or as superscript calls collected for an end-of-document notes list (mode 'end')."""

    def __init__(self, name, mode="foot", note_font="Liberation Serif"):
        self.gold = Gold(name)
        self.mode = mode
        self.notes = []
        self.note_font = note_font

    def inline(self, s):
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(xml(t))
                continue
            self.notes.append(t)
            n = len(self.notes)
            call = f'<fo:inline baseline-shift="super" font-size="62%">{n}</fo:inline>'
            if self.mode == "end":
                out.append(call)
            else:
                out.append(
                    f'<fo:footnote>{call}<fo:footnote-body><fo:block font-family="{self.note_font}" '
                    f'font-size="7.5pt" line-height="1.2" start-indent="0" end-indent="0" '
                    f'text-indent="0" text-align="left" space-after="1pt">'
                    f'<fo:inline baseline-shift="super" font-size="62%">{n}</fo:inline> {xml(t)}'
                    f'</fo:block></fo:footnote-body></fo:footnote>')
        return "".join(out)

    def para(self, *sents, attrs=""):
        """A body paragraph: gold, one entry per sentence."""
        self.gold.add(*sents)
        return f'<fo:block {attrs}>{self.inline(sentences(*sents))}</fo:block>'

    def text(self, s, attrs=""):
        """Not gold (headings, notice, furniture)."""
        return f'<fo:block {attrs}>{xml(s)}</fo:block>'


def fo_doc(masters, seqs):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" xml:lang="en-GB">\n'
            f'<fo:layout-master-set>{masters}</fo:layout-master-set>\n{seqs}\n</fo:root>\n')


def build(name, fo, pages):
    fo_path = os.path.join(FO_DIR, name + ".fo")
    with open(fo_path, "w", encoding="utf-8") as f:
        f.write(fo)
    pdf = os.path.join(PDF_DIR, name + ".pdf")
    r = subprocess.run(["fop", "-q", "-c", os.path.join(FO_DIR, "fop.xconf"), "-fo", fo_path,
                        "-pdf", pdf], capture_output=True, text=True)
    if r.returncode != 0 or not os.path.exists(pdf):
        raise SystemExit(f"fop failed for {name}:\n{r.stdout}\n{r.stderr}")
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    n = int(next(l.split()[-1] for l in out.splitlines() if l.startswith("Pages:")))
    assert n == pages, f"{name}: {n} pages, expected {pages}"


def bullets(items, label, label_font, indent="0mm", body_font=None, doc=None):
    """A list-block; items are (sentence, sublist-or-None); every item is gold."""
    rows = []
    for s, sub in items:
        doc.gold.add(s)
        inner = f'<fo:block>{doc.inline(s)}</fo:block>'
        if sub:
            inner += sub()
        rows.append(
            '<fo:list-item space-before="2pt"><fo:list-item-label end-indent="label-end()">'
            f'<fo:block font-family="{label_font}" font-size="8pt" padding-before="1.5pt">{label}'
            '</fo:block></fo:list-item-label><fo:list-item-body start-indent="body-start()">'
            f'{inner}</fo:list-item-body></fo:list-item>')
    return (f'<fo:list-block provisional-distance-between-starts="5.5mm" '
            f'provisional-label-separation="2mm" start-indent="{indent}" space-before="2pt" '
            f'space-after="4pt">{"".join(rows)}</fo:list-block>')


# --------------------------------------------------------------------------------------------
# f01: PEEL report, Harlowmere Constabulary.  Cover, contents with dot leaders, body on odd/even
# masters with mirrored margins and alternating headers, back cover.
# --------------------------------------------------------------------------------------------

def f01():
    d = Doc("f01_peel_harlowmere")
    serif, sans = "Liberation Serif", "Liberation Sans"
    masters = f"""
<fo:simple-page-master master-name="cover" page-width="210mm" page-height="297mm" margin="0mm">
  <fo:region-body margin="0mm"/></fo:simple-page-master>
<fo:simple-page-master master-name="plain" page-width="210mm" page-height="297mm"
   margin-top="22mm" margin-bottom="18mm" margin-left="28mm" margin-right="20mm">
  <fo:region-body margin-bottom="12mm"/><fo:region-after region-name="plain-after" extent="10mm"/>
</fo:simple-page-master>
<fo:simple-page-master master-name="odd" page-width="210mm" page-height="297mm"
   margin-top="12mm" margin-bottom="12mm" margin-left="30mm" margin-right="18mm">
  <fo:region-body margin-top="16mm" margin-bottom="14mm"/>
  <fo:region-before region-name="odd-before" extent="12mm"/>
  <fo:region-after region-name="odd-after" extent="10mm"/></fo:simple-page-master>
<fo:simple-page-master master-name="even" page-width="210mm" page-height="297mm"
   margin-top="12mm" margin-bottom="12mm" margin-left="18mm" margin-right="30mm">
  <fo:region-body margin-top="16mm" margin-bottom="14mm"/>
  <fo:region-before region-name="even-before" extent="12mm"/>
  <fo:region-after region-name="even-after" extent="10mm"/></fo:simple-page-master>
<fo:page-sequence-master master-name="body">
  <fo:repeatable-page-master-alternatives>
    <fo:conditional-page-master-reference master-reference="odd" odd-or-even="odd"/>
    <fo:conditional-page-master-reference master-reference="even" odd-or-even="even"/>
  </fo:repeatable-page-master-alternatives></fo:page-sequence-master>
"""
    cover = f"""
<fo:page-sequence master-reference="cover" force-page-count="no-force">
 <fo:flow flow-name="xsl-region-body" font-family="{sans}">
  <fo:block-container height="92mm" background-color="#1d3557" padding-top="22mm"><fo:block start-indent="24mm" end-indent="24mm">
   <fo:block color="white" font-size="11pt" letter-spacing="1.5pt">HMICFRS</fo:block>
   <fo:block color="white" font-size="30pt" font-weight="bold" space-before="18mm">PEEL 2025–27</fo:block>
   <fo:block color="#cfe0f5" font-size="14pt" space-before="4mm">Police effectiveness, efficiency and legitimacy</fo:block>
  </fo:block></fo:block-container>
  <fo:block-container><fo:block start-indent="24mm" end-indent="24mm">
   <fo:block font-size="22pt" font-weight="bold" space-before="20mm" color="#1d3557">An inspection of Harlowmere Constabulary</fo:block>
   <fo:block font-family="{serif}" font-size="11pt" space-before="14mm" text-align="left" hyphenate="false">{xml(NOTICE)}</fo:block>
   <fo:block font-size="11pt" space-before="40mm">December 2025</fo:block>
  </fo:block></fo:block-container>
 </fo:flow></fo:page-sequence>"""

    toc_rows = [("1", "Overview of findings", "s1"), ("2", "Grades", "s2"),
                ("3", "Investigating crime", "s3"),
                ("4", "Progress against earlier areas for improvement", "s4"),
                ("5", "Protecting vulnerable people", "s5"),
                ("", "About this report", "s6")]
    toc = "".join(
        f'<fo:block text-align-last="justify" space-before="5pt" font-size="11pt">'
        f'{n}{"  " if n else ""}{xml(t)} <fo:leader leader-pattern="dots" leader-pattern-width="4pt"/> '
        f'<fo:page-number-citation ref-id="{r}"/></fo:block>' for n, t, r in toc_rows)
    contents = f"""
<fo:page-sequence master-reference="plain" initial-page-number="2" font-family="{sans}">
 <fo:static-content flow-name="plain-after"><fo:block font-size="8.5pt" text-align="center"><fo:page-number/></fo:block></fo:static-content>
 <fo:flow flow-name="xsl-region-body">
  <fo:block font-size="20pt" font-weight="bold" color="#1d3557" space-after="10mm">Contents</fo:block>
  {toc}
 </fo:flow></fo:page-sequence>"""

    H = f'font-family="{sans}" font-weight="bold" color="#1d3557" keep-with-next.within-page="always"'
    P = 'space-after="5pt" text-align="justify"'

    def h(text, rid):
        return (f'<fo:block id="{rid}" {H} font-size="14pt" space-before="9pt" space-after="5pt">'
                f'{xml(text)}</fo:block>')

    def num(n, *sents):
        d.gold.add(*sents)
        return ('<fo:list-block provisional-distance-between-starts="9mm" space-after="5pt">'
                '<fo:list-item><fo:list-item-label end-indent="label-end()">'
                f'<fo:block font-weight="bold">{n}</fo:block></fo:list-item-label>'
                f'<fo:list-item-body start-indent="body-start()"><fo:block text-align="justify">'
                f'{d.inline(sentences(*sents))}</fo:block></fo:list-item-body></fo:list-item>'
                '</fo:list-block>')

    B = []
    B.append(h("1  Overview of findings", "s1"))
    B.append(num("1.1",
                 "This report sets out our findings from the inspection of Harlowmere Constabulary that we carried out in September and October 2025.",
                 "Harlowmere polices a population of about 860\u00a0000 people, spread between the port city of Ellanby and a large rural hinterland."))
    B.append(num("1.2",
                 "We found a well-led force whose leaders know its strengths and weaknesses and are honest about both.",
                 "The force has made real progress in answering emergency calls, but its investigations are too often slow and poorly supervised.^[In this report, supervision means a recorded review of the investigation plan by a sergeant or an inspector.]"))
    B.append(num("1.3",
                 "Its partnership work to reduce anti-social behaviour on the Ellanby seafront deserves to be copied by other forces."))
    B.append(h("2  Grades", "s2"))
    B.append(d.para("The table below sets out the grades we have given Harlowmere Constabulary in each area of policing.", attrs=P))
    grades = [("Recording data about crime", "Good"), ("Responding to the public", "Good"),
              ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Requires improvement"),
              ("Managing offenders and suspects", "Adequate"),
              ("Building, supporting and protecting the workforce", "Good")]
    cell = 'border="0.6pt solid #555555" padding="3pt 5pt"'
    rows = "".join(f'<fo:table-row><fo:table-cell {cell}><fo:block>{xml(a)}</fo:block></fo:table-cell>'
                   f'<fo:table-cell {cell}><fo:block font-weight="bold">{xml(g)}</fo:block></fo:table-cell></fo:table-row>'
                   for a, g in grades)
    B.append(f"""<fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-family="{sans}" font-size="9.5pt" space-after="6pt">
 <fo:table-column column-width="70%"/><fo:table-column column-width="30%"/>
 <fo:table-header background-color="#dbe4f0"><fo:table-row>
  <fo:table-cell {cell}><fo:block font-weight="bold">Area of policing</fo:block></fo:table-cell>
  <fo:table-cell {cell}><fo:block font-weight="bold">Grade</fo:block></fo:table-cell></fo:table-row></fo:table-header>
 <fo:table-body>{rows}</fo:table-body></fo:table>""")

    B.append(h("3  Investigating crime: adequate", "s3"))
    B.append(num("3.1",
                 "Investigations are allocated to the right teams, and most victims are told who is dealing with their case.",
                 "In 31 per cent of the cases we reviewed, however, there was no record that a supervisor had checked the investigation plan."))
    lead = "We found that investigators:"
    B.append(num("3.2", lead))
    sub = lambda: bullets([("a case involved several victims in different districts;", None),
                           ("the suspect had left the country.", None)],
                          "\u25a0", "ZapfDingbats", indent="14.5mm", doc=d)
    B.append(bullets([("were carrying an average of 17 live cases each, well above the force’s own limit;", None),
                      ("did not always seize footage from doorbell and dashboard cameras quickly enough;", None),
                      ("had little access to specialist advice, especially when:", sub),
                      ("were positive about the case file training introduced in the summer.", None)],
                     "\u2022", "Symbol", indent="9mm", doc=d))
    B.append(num("3.3",
                 "The force has set aside £1.6\u00a0million^[The figure includes maintenance and licences for three years.] to replace its ageing digital forensics equipment.",
                 "It expects the new equipment to halve the waiting time for phone downloads by the end of 2026."))

    B.append(h("4  Progress against earlier areas for improvement", "s4"))
    B.append(d.para("The table below shows what we found when we reviewed the areas for improvement from our last inspection of the force.", attrs=P))
    prog = [("Crime recording",
             ["The force now audits a sample of crime reports every week, and its recording accuracy has risen to 94 per cent.",
              "We consider this area for improvement to be met."]),
            ("Call handling",
             ["Average waiting times for non-emergency calls have fallen from eleven minutes to four.",
              "The force has recruited 22 more call handlers and has changed its shift pattern to match demand in the evenings."]),
            ("Missing children",
             ["The force has written a new policy for missing children, but staff told us that they had not been trained in it.",
              "This area for improvement has not yet been met."]),
            ("Officer wellbeing",
             ["Every officer now has an annual wellbeing conversation with a supervisor.",
              "Officers we spoke to valued these conversations, although some said that they were too often rushed."])]
    prow = []
    for area, sents in prog:
        d.gold.add(*sents)
        body = "".join(f'<fo:block space-after="3pt">{d.inline(s)}</fo:block>' for s in sents)
        prow.append(f'<fo:table-row><fo:table-cell {cell}><fo:block font-weight="bold">{xml(area)}</fo:block></fo:table-cell>'
                    f'<fo:table-cell {cell}>{body}</fo:table-cell></fo:table-row>')
    B.append(f"""<fo:table table-layout="fixed" width="100%" border-collapse="collapse" font-size="10pt" space-after="6pt" orphans="1" widows="1">
 <fo:table-column column-width="28%"/><fo:table-column column-width="72%"/>
 <fo:table-header background-color="#dbe4f0" font-family="{sans}"><fo:table-row>
  <fo:table-cell {cell}><fo:block font-weight="bold">Area for improvement</fo:block></fo:table-cell>
  <fo:table-cell {cell}><fo:block font-weight="bold">What we found</fo:block></fo:table-cell></fo:table-row></fo:table-header>
 <fo:table-body>{"".join(prow)}</fo:table-body></fo:table>""")
    B.append(h("5  Protecting vulnerable people: requires improvement", "s5"))
    B.append(num("5.1",
                 "Control room staff recognise vulnerability well and record it accurately on the incident log.",
                 "But the force’s response to missing children is inconsistent, and return interviews are often late or are not carried out at all."))
    B.append(num("5.2",
                 "The force should make sure that every child reported missing is offered a return interview within 72 hours, as its own policy requires.",
                 "The force works well with the Ellanby safeguarding partnership, and joint visits to children at risk of exploitation have doubled.^[Joint visits rose from 118 in 2023/24 to 241 in 2024/25.]"))

    B.append(h("About this report", "s6"))
    B.append(d.para("We inspected the force under section 54 of the Police Act 1996, using the PEEL assessment framework for 2025–27.",
                    "We are grateful to the officers, staff and partners of Harlowmere Constabulary for their help during our inspection.", attrs=P))

    title_l = "HMICFRS: PEEL assessment 2025–27"
    title_r = "Harlowmere Constabulary"
    body = f"""
<fo:page-sequence master-reference="body" initial-page-number="3" font-family="{serif}" font-size="10pt" line-height="1.28" hyphenate="false">
 <fo:static-content flow-name="odd-before"><fo:block font-family="{sans}" font-size="8.5pt" text-align="right" color="#1d3557" border-bottom="0.5pt solid #1d3557" padding-bottom="2pt">{xml(title_r)}</fo:block></fo:static-content>
 <fo:static-content flow-name="even-before"><fo:block font-family="{sans}" font-size="8.5pt" text-align="left" color="#1d3557" border-bottom="0.5pt solid #1d3557" padding-bottom="2pt">{xml(title_l)}</fo:block></fo:static-content>
 <fo:static-content flow-name="odd-after"><fo:block font-family="{sans}" font-size="9pt" text-align="right"><fo:page-number/></fo:block></fo:static-content>
 <fo:static-content flow-name="even-after"><fo:block font-family="{sans}" font-size="9pt" text-align="left"><fo:page-number/></fo:block></fo:static-content>
 <fo:static-content flow-name="xsl-footnote-separator"><fo:block><fo:leader leader-pattern="rule" leader-length="40mm" rule-thickness="0.5pt"/></fo:block></fo:static-content>
 <fo:flow flow-name="xsl-region-body">{"".join(B)}</fo:flow></fo:page-sequence>"""

    back = f"""
<fo:page-sequence master-reference="cover" font-family="{sans}">
 <fo:flow flow-name="xsl-region-body">
  <fo:block-container absolute-position="absolute" top="200mm" left="0mm" width="210mm" height="97mm" background-color="#1d3557" padding-top="14mm"><fo:block start-indent="24mm" end-indent="24mm">
   <fo:block color="white" font-size="9pt" line-height="1.5">© HMICFRS 2025</fo:block>
   <fo:block color="white" font-size="9pt" line-height="1.5" space-before="3mm">You may re-use this information (excluding logos) free of charge in any format or medium, under the terms of the Open Government Licence.</fo:block>
   <fo:block color="white" font-size="9pt" line-height="1.5" space-before="3mm">Any enquiries should be sent to us at Tamsin House, 40 Quayside Walk, Ellanby EL2 9QX.</fo:block>
   <fo:block color="white" font-size="9pt" line-height="1.5" space-before="3mm">www.justiceinspectorates.gov.uk/hmicfrs</fo:block>
  </fo:block></fo:block-container>
  <fo:block> </fo:block>
 </fo:flow></fo:page-sequence>"""
    build(d.gold.name, fo_doc(masters, cover + contents + body + back), 5)
    return d.gold.write()


# --------------------------------------------------------------------------------------------
# f02: letter, Quenby Police.  Base-14 Times/Helvetica (not embedded), Symbol bullets,
# letterhead in the first page's region-before, vertical label in region-start, URL broken
# across lines, footnote, page 2 header and bare page number.
# --------------------------------------------------------------------------------------------

def f02():
    d = Doc("f02_letter_quenby", note_font="Times")
    masters = """
<fo:simple-page-master master-name="first" page-width="210mm" page-height="297mm"
   margin-top="10mm" margin-bottom="12mm" margin-left="12mm" margin-right="20mm">
  <fo:region-body margin-top="36mm" margin-bottom="12mm" margin-left="18mm"/>
  <fo:region-before region-name="lh" extent="32mm"/>
  <fo:region-start region-name="label" extent="12mm" reference-orientation="90"/>
</fo:simple-page-master>
<fo:simple-page-master master-name="rest" page-width="210mm" page-height="297mm"
   margin-top="12mm" margin-bottom="12mm" margin-left="30mm" margin-right="20mm">
  <fo:region-body margin-top="14mm" margin-bottom="14mm"/>
  <fo:region-before region-name="rest-before" extent="10mm"/>
  <fo:region-after region-name="rest-after" extent="10mm"/>
</fo:simple-page-master>
<fo:page-sequence-master master-name="letter">
  <fo:single-page-master-reference master-reference="first"/>
  <fo:repeatable-page-master-reference master-reference="rest"/>
</fo:page-sequence-master>"""
    P = 'space-after="8pt"'
    B = []
    B.append(f'<fo:block font-family="Helvetica" font-size="9pt" space-after="10pt" hyphenate="false" text-align="left">{xml(NOTICE)}</fo:block>')
    for line in ["Chief Constable Amara Oduya", "Quenby Police", "Police Headquarters", "Dunmore Road",
                 "Quenby", "QY4 7HT"]:
        B.append(f'<fo:block font-family="Helvetica" font-size="10pt">{xml(line)}</fo:block>')
    B.append('<fo:block font-family="Helvetica" font-size="10pt" text-align="right" space-before="8pt" space-after="12pt">14 January 2026</fo:block>')
    B.append(f'<fo:block {P}>Dear Chief Constable,</fo:block>')
    B.append(f'<fo:block {P} font-weight="bold" font-family="Helvetica">Custody follow-up inspection of Quenby Police</fo:block>')
    B.append(d.para("I am writing to tell you what we found when we returned to the custody suites at Quenby and Marlcombe in November 2025.",
                    "We last inspected custody in your force in the spring of 2024, when we made five recommendations and identified eight areas for improvement.", attrs=P))
    B.append(d.para("I am pleased to say that the force has made good progress against most of them.",
                    "Detainees are now seen by a healthcare professional within an average of 38 minutes^[Measured from the time of arrival at the custody desk, across 212 detentions in October 2025.] of their arrival, compared with nearly two hours at our last visit.",
                    "Custody staff were polite and patient, and they took time to explain detainees’ rights in plain language.", attrs=P))
    B.append(d.para("During our visit we saw that the force had:", attrs='space-after="2pt"'))
    B.append(bullets([("refurbished twelve cells to remove ligature points;", None),
                      ("given every custody sergeant a refresher course on the use of force;", None),
                      ("started to record the ethnicity of every detainee who has force used against them;", None),
                      ("agreed with the local authority how children charged overnight will be found a bed.", None)],
                     "\u2022", "Symbol", indent="4mm", doc=d))
    B.append(d.para("Some problems remain.",
                    "Too many people are still kept in custody for more than 24 hours while they wait to be interviewed, and the reasons are not always recorded.",
                    "In a sample of 60 records, we found eleven detentions of over a day with no note explaining the delay.", attrs=P))
    B.append(d.para("The force has still not fully met our recommendation about the supervision of strip searches.",
                    "Inspectors now review each search, but the reviews we read were brief and did not question whether the search had been necessary.",
                    "The force should put this right before our next visit.", attrs=P))
    B.append(d.para("We were also concerned that the Marlcombe suite was short of staff on three of the six nights we were there.",
                    "On one of those nights, a single detention officer was responsible for 14 detainees.",
                    "Your custody lead told us that recruitment is under way, and we would be grateful for an update by the end of March.", attrs=P))
    url = "https://www.justiceinspectorates.gov.uk/hmicfrs/publications/quenby-police-custody-follow-up-2026/"
    s_url = f"Our full findings, with the evidence we gathered, are published at {url}."
    d.gold.add(s_url)
    disp = f"Our full findings, with the evidence we gathered, are published at "
    B.append(f'<fo:block {P}>{xml(disp)}<fo:basic-link external-destination="url({url})" color="#1a4f9c" text-decoration="underline">{xml(breakable(url))}</fo:basic-link>.'
             f' {d.inline("A copy of this letter has also been sent to the police and crime commissioner.")}</fo:block>')
    d.gold.add("A copy of this letter has also been sent to the police and crime commissioner.")
    B.append(d.para("We will publish this letter on our website four weeks after the date above.",
                    "If you would like to discuss any of our findings before then, my staff officer will be happy to arrange a meeting.", attrs=P))
    B.append(d.para("Thank you to you and your officers for the open way in which they worked with us.",
                    "I look forward to seeing further progress when we return later this year.", attrs=P))
    B.append('<fo:block space-before="6pt" keep-with-next.within-page="always">Yours sincerely,</fo:block>')
    B.append('<fo:block space-before="16pt" font-weight="bold" keep-with-next.within-page="always">Harriet Wolstenholme</fo:block>')
    B.append('<fo:block>HM Inspector of Constabulary</fo:block>')

    seq = f"""
<fo:page-sequence master-reference="letter" font-family="Times" font-size="11pt" line-height="1.3" text-align="left" hyphenate="false">
 <fo:static-content flow-name="lh">
  <fo:block font-family="Helvetica" font-weight="bold" font-size="13pt" text-align="right" color="#3b1f5e">HM Inspectorate of Constabulary</fo:block>
  <fo:block font-family="Helvetica" font-size="13pt" text-align="right" color="#3b1f5e">and Fire &amp; Rescue Services</fo:block>
  <fo:block font-family="Helvetica" font-size="8pt" text-align="right" space-before="2mm">Tamsin House · 40 Quayside Walk · Ellanby EL2 9QX</fo:block>
  <fo:block font-family="Helvetica" font-size="8pt" text-align="right" border-bottom="0.8pt solid #3b1f5e" padding-bottom="2mm">Telephone 0300 555 0199 · custody.inspection@hmicfrs.example</fo:block>
 </fo:static-content>
 <fo:static-content flow-name="label">
  <fo:block font-family="Helvetica" font-size="8pt" color="#777777" letter-spacing="1pt" text-align="center" space-before="4mm">OFFICIAL · CUSTODY INSPECTION PROGRAMME · REF QP/2026/014</fo:block>
 </fo:static-content>
 <fo:static-content flow-name="rest-before"><fo:block font-family="Helvetica" font-size="8.5pt" color="#3b1f5e">Quenby Police – custody follow-up – 14 January 2026</fo:block></fo:static-content>
 <fo:static-content flow-name="rest-after"><fo:block font-family="Helvetica" font-size="9pt" text-align="center"><fo:page-number/></fo:block></fo:static-content>
 <fo:static-content flow-name="xsl-footnote-separator"><fo:block><fo:leader leader-pattern="rule" leader-length="35mm" rule-thickness="0.4pt"/></fo:block></fo:static-content>
 <fo:flow flow-name="xsl-region-body">{"".join(B)}</fo:flow></fo:page-sequence>"""
    build(d.gold.name, fo_doc(masters, seq), 2)
    return d.gold.write()


# --------------------------------------------------------------------------------------------
# f03: rural crime spotlight, Orrinsford Police.  Carlito/Caladea; title, notice, intro and a
# big-number call-out spanning both columns, then a two-column flow (region-body
# column-count="2") with a pull quote, a "Promising practice" box, bullets (ZapfDingbats), and
# endnotes collected at the end (spanning both columns); back cover.
# --------------------------------------------------------------------------------------------

def f03():
    d = Doc("f03_spotlight_orrinsford", mode="end")
    sans, serif = "Carlito", "Caladea"
    masters = """
<fo:simple-page-master master-name="cols" page-width="210mm" page-height="297mm"
   margin-top="12mm" margin-bottom="12mm" margin-left="18mm" margin-right="18mm">
  <fo:region-body margin-top="14mm" margin-bottom="14mm" column-count="2" column-gap="8mm"/>
  <fo:region-before region-name="hd" extent="10mm"/>
  <fo:region-after region-name="ft" extent="10mm"/>
</fo:simple-page-master>
<fo:simple-page-master master-name="back" page-width="210mm" page-height="297mm" margin="0mm">
  <fo:region-body/></fo:simple-page-master>"""
    P = 'space-after="6pt"'
    HD = f'font-family="{serif}" font-weight="bold" font-size="12.5pt" color="#6a2c14" space-before="8pt" space-after="4pt" keep-with-next.within-page="always"'
    B = []
    B.append(f'<fo:block span="all" font-family="{serif}" font-size="24pt" font-weight="bold" color="#6a2c14">Rural crime in Orrinsford</fo:block>')
    B.append(f'<fo:block span="all" font-size="13pt" color="#6a2c14" space-after="6pt">A spotlight report on how Orrinsford Police protects farming and village communities</fo:block>')
    B.append(f'<fo:block span="all" font-size="10pt" space-after="8pt" hyphenate="false" text-align="left">{xml(NOTICE)}</fo:block>')
    intro = ["Orrinsford is one of the most rural force areas in England, with more sheep than people in two of its five districts.",
             "We wanted to find out whether farmers, gamekeepers and village residents get the same service from the police as people in the towns."]
    d.gold.add(*intro)
    B.append(f'<fo:block span="all" font-size="11pt" {P}>{d.inline(sentences(*intro))}</fo:block>')
    B.append(f"""<fo:block span="all" space-after="8pt"><fo:table table-layout="fixed" width="100%">
 <fo:table-column column-width="45mm"/><fo:table-column column-width="proportional-column-width(1)"/>
 <fo:table-body><fo:table-row>
  <fo:table-cell background-color="#f3e3d3" padding="3mm" display-align="center"><fo:block font-family="{serif}" font-size="44pt" font-weight="bold" color="#6a2c14" text-align="center">62%</fo:block></fo:table-cell>
  <fo:table-cell background-color="#f3e3d3" padding="3mm" display-align="center"><fo:block font-size="11pt" color="#6a2c14">of the farmers who answered our survey had been a victim of crime in the past two years</fo:block></fo:table-cell>
 </fo:table-row></fo:table-body></fo:table></fo:block>""")
    B.append(f'<fo:block {HD}>How the force understands rural crime</fo:block>')
    B.append(d.para("The force has a rural crime team of nine officers and two police staff, based at Hollins Cross.",
                    "Most of its work involves thefts of machinery, livestock worrying and the poaching of deer.",
                    "Farmers we met praised the team, but many told us that they had never seen a local officer.", attrs=P))
    B.append(d.para("Until last year the force could not say how much crime took place in rural areas, because its systems did not record where a farm or field was.",
                    "It now tags every crime with a rural flag, and its analysts produce a monthly report for the rural crime team.^[The rural flag is applied automatically to any location outside the boundaries of the county’s 14 largest towns.]", attrs=P))
    B.append(f'<fo:block {HD}>What the force is doing well</fo:block>')
    B.append(d.para("The force works closely with the farming unions, the national park authority and the county’s two largest estates.",
                    "Residents told us that they trusted the rural crime team because its officers understood farming.", attrs=P))
    B.append(f'<fo:block font-family="{serif}" font-style="italic" font-size="14pt" line-height="1.25" color="#6a2c14" '
             f'border-top="1.2pt solid #6a2c14" border-bottom="1.2pt solid #6a2c14" padding="4pt 0pt" space-before="4pt" space-after="8pt">'
             f'“Residents told us that they trusted the rural crime team because its officers understood farming.”</fo:block>')
    B.append(d.para("We found that the team:", attrs='space-after="1pt"'))
    B.append(bullets([("shares a weekly alert with more than 1,400 subscribers by text message;", None),
                      ("marks quad bikes and trailers with forensic paint at farm shows;", None),
                      ("runs joint patrols with gamekeepers during the lambing season.", None)],
                     "\u2714", "ZapfDingbats", indent="2mm", doc=d))
    box = ["The force has given 30 farmers radios that link them directly to the rural crime team during the harvest.",
           "When a farmer sees a suspicious vehicle, the team can send an officer and alert neighbouring farms within minutes.",
           "Thefts of fuel from farms in the pilot area fell by half in the first year.^[Figures supplied by the force for August 2024 to July 2025.]"]
    d.gold.add(*box)
    B.append(f'<fo:block-container background-color="#eef2e6" border="0.8pt solid #51662b" padding="4pt 5pt" space-before="4pt" space-after="8pt">'
             f'<fo:block font-family="{serif}" font-weight="bold" color="#51662b" space-after="3pt">Promising practice</fo:block>'
             + "".join(f'<fo:block space-after="3pt" font-size="10pt">{d.inline(s)}</fo:block>' for s in box)
             + '</fo:block-container>')
    B.append(f'<fo:block {HD}>Where the force needs to improve</fo:block>')
    B.append(d.para("Calls from rural areas wait longer for an officer to attend than calls from the towns.",
                    "In the most remote district, the average wait for an urgent call was 26 minutes, against a target of 20.",
                    "The force knows this, and it has moved two response cars to a new base at Stellbeck.", attrs=P))
    B.append(d.para("Call handlers do not always understand rural crime.",
                    "Several farmers told us that their reports of sheep worrying had been treated as a civil matter, when in fact they were crimes.^[Livestock worrying by a dog is an offence under the Dogs (Protection of Livestock) Act 1953.]",
                    "The force should give its call handlers training on rural and wildlife crime.", attrs=P))
    B.append(d.para("Village residents were more concerned about speeding and anti-social behaviour than about farm crime.",
                    "Neighbourhood officers are spread thinly, and some parish councils told us that they had not seen their local officer for more than a year.", attrs=P))
    B.append(f'<fo:block {HD}>Wildlife and heritage crime</fo:block>')
    B.append(d.para("The force has two trained wildlife crime officers, but both also work full time on response teams.",
                    "They told us that they could give wildlife crime only a few hours each month, usually in their own time.",
                    "Reports of hare coursing rose by a third last winter, and most of them were not investigated beyond the first call.", attrs=P))
    B.append(d.para("The force has signed an agreement with the county’s heritage bodies to protect its standing stones and chapels from metal detecting and theft.",
                    "It is too soon to tell whether this will make a difference.", attrs=P))
    B.append(f'<fo:block {HD}>Conclusion</fo:block>')
    B.append(d.para("Orrinsford Police has made a good start in taking rural crime seriously.",
                    "It now needs to make sure that the whole force, and not only one specialist team, serves rural communities well.", attrs=P))
    notes = "".join(f'<fo:list-item space-after="2pt"><fo:list-item-label end-indent="label-end()"><fo:block>{i}</fo:block></fo:list-item-label>'
                    f'<fo:list-item-body start-indent="body-start()"><fo:block>{xml(t)}</fo:block></fo:list-item-body></fo:list-item>'
                    for i, t in enumerate(d.notes, 1))
    B.append(f'<fo:block span="all" space-before="10pt" border-top="0.6pt solid #6a2c14" padding-top="3pt">'
             f'<fo:block font-family="{serif}" font-weight="bold" font-size="10.5pt" space-after="3pt">Notes</fo:block>'
             f'<fo:list-block font-size="8.5pt" provisional-distance-between-starts="5mm">{notes}</fo:list-block></fo:block>')
    seq = f"""
<fo:page-sequence master-reference="cols" font-family="{sans}" font-size="10.5pt" line-height="1.3" text-align="left" hyphenate="false">
 <fo:static-content flow-name="hd"><fo:block font-size="8.5pt" color="#6a2c14" text-align="right">Orrinsford Police · Rural crime spotlight · February 2026</fo:block></fo:static-content>
 <fo:static-content flow-name="ft"><fo:block font-size="8.5pt" text-align="left">Spotlight report <fo:page-number/> of <fo:page-number-citation ref-id="last"/></fo:block></fo:static-content>
 <fo:flow flow-name="xsl-region-body">{"".join(B)}<fo:block id="last"/></fo:flow></fo:page-sequence>
<fo:page-sequence master-reference="back" font-family="{sans}">
 <fo:flow flow-name="xsl-region-body">
  <fo:block-container absolute-position="absolute" top="230mm" left="0mm" width="210mm" height="67mm" background-color="#6a2c14" padding-top="12mm"><fo:block start-indent="20mm">
   <fo:block color="white" font-size="9pt">© HMICFRS 2026 · Open Government Licence v3.0</fo:block>
   <fo:block color="white" font-size="9pt" space-before="2mm">HMICFRS, Tamsin House, 40 Quayside Walk, Ellanby EL2 9QX</fo:block>
  </fo:block></fo:block-container><fo:block> </fo:block>
 </fo:flow></fo:page-sequence>"""
    build(d.gold.name, fo_doc(masters, seq), 3)
    return d.gold.write()


def main():
    os.makedirs(FO_DIR, exist_ok=True)
    os.makedirs(PDF_DIR, exist_ok=True)
    with open(os.path.join(FO_DIR, "fop.xconf"), "w") as f:
        f.write(XCONF)
    for fn in (f01, f02, f03):
        n = fn()
        print(f"{fn.__name__}: {n} gold sentences")


if __name__ == "__main__":
    main()
