"""probe9 AbiWord documents (a01-a03): writes src/aNN_*.abw (AbiWord's native XML), converts each
with `abiword --to=pdf` (headless; AbiWord 3.0.5 renders through cairo) and writes aNN_*.gold.json
from the same sentence strings.  Needs only the standard library and the abiword binary."""
import os
import subprocess
from xml.sax.saxutils import escape

from common import EPOCH, HERE, NOTICE, Gold, pieces

BODY = "Liberation Serif"
SANS = "Liberation Sans"


def x(s):
    return escape(s)


class Doc:
    def __init__(self, name, font=BODY, size=11):
        self.name, self.font, self.size = name, font, size
        self.gold = Gold(name)
        self.out = []
        self.fn = 0
        self.lists = []

    # --- inline text -------------------------------------------------------------------------
    def inline(self, s, fnprops="text-position:superscript"):
        """AbiWord XML for a sentence string with ^[footnotes]."""
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(x(t))
            else:
                self.fn += 1
                i = self.fn
                out.append(f'<field type="footnote_ref" footnote-id="{i}" props="{fnprops}"/>'
                           f'<foot footnote-id="{i}"><p props="font-size:8.5pt; text-align:left; '
                           f'margin-bottom:0pt"><field type="footnote_anchor" footnote-id="{i}" '
                           f'props="{fnprops}"/> {x(t)}</p></foot>')
        return "".join(out)

    def pbr(self):
        if self.out[-1].endswith("</p>"):
            self.out[-1] = self.out[-1][:-4] + "<pbr/></p>"
        else:
            self.out.append('<p style="Normal"><pbr/></p>')
        self.out.append('<p style="Normal" props="margin-bottom:0pt; font-size:2pt"></p>')

    def raw(self, s):
        self.out.append(s)

    def para(self, sents, props="", gold=True, prefix="", pre_c=None):
        """A body paragraph of sentences; prefix (a paragraph number and tab) is not gold."""
        if isinstance(sents, str):
            sents = [sents]
        body = " ".join(self.inline(s) for s in sents)
        if prefix:
            body = f'<c props="font-weight:bold">{x(prefix)}</c>\t' + body
        self.out.append(f'<p style="Normal" props="{props}">{body}</p>')
        if gold:
            self.gold.add(*sents)

    def text(self, s, props="", cprops=""):
        """Furniture paragraph (title, heading, address line...): not gold."""
        c = f'<c props="{cprops}">{x(s)}</c>' if cprops else x(s)
        self.out.append(f'<p style="Normal" props="{props}">{c}</p>')

    def heading(self, s, size=14, color="1f3864", before="12pt"):
        self.text(s, f"margin-top:{before}; margin-bottom:6pt; text-align:left; keep-with-next:yes",
                  f"font-family:{SANS}; font-weight:bold; font-size:{size}pt; color:{color}")

    def notice(self):
        # Liberation fonts: AbiWord forms no fi ligature there, so the notice extracts verbatim
        self.text(NOTICE, "text-align:left; margin-top:6pt; margin-bottom:12pt",
                  f"font-style:italic; font-family:{BODY}")

    def new_list(self, style, parent=0):
        types = {"Bullet List": 5, "Dashed List": 6, "Square List": 7, "Triangle List": 8,
                 "Diamond List": 9, "Star List": 10, "Implies List": 11, "Tick List": 12,
                 "Box List": 13, "Hand List": 14, "Heart List": 15, "Numbered List": 0}
        lid = len(self.lists) + 1
        self.lists.append(f'<l id="{lid}" parentid="{parent}" type="{types[style]}" '
                          f'start-value="{1 if style == "Numbered List" else 0}" '
                          f'list-delim="{"%L." if style == "Numbered List" else "%L"}" '
                          f'list-decimal="{"." if style == "Numbered List" else "NULL"}"/>')
        return lid

    def item(self, lid, style, s, level=1, parent=0, gold=True):
        ml = 0.45 + 0.4 * (level - 1)
        self.out.append(
            f'<p style="Normal" level="{level}" listid="{lid}" parentid="{parent}" '
            f'props="list-style:{style}; margin-left:{ml:.2f}in; text-indent:-0.25in; '
            f'margin-bottom:3pt; text-align:left"><field type="list_label"/>\t{self.inline(s)}</p>')
        if gold:
            self.gold.add(s)

    def table(self, widths, rows, header=True, gold_cols=(), shade="d9e2f3", bold_cols=()):
        """rows of cell strings; cells in gold_cols (not in the header row) are gold sentences
        (one cell may hold several sentences, given as a list)."""
        cp = "/".join(f"{w}in" for w in widths) + "/"
        out = [f'<table props="table-column-props:{cp}; table-line-type:1; table-line-thickness:0.6pt; '
               f'left-color:404040; right-color:404040; top-color:404040; bot-color:404040">']
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                sents = cell if isinstance(cell, list) else [cell]
                bg = f"; background-color:{shade}" if header and r == 0 else ""
                bold = "font-weight:bold" if (header and r == 0) or c in bold_cols else ""
                txt = " ".join(self.inline(s) for s in sents)
                if bold:
                    txt = f'<c props="{bold}">{txt}</c>'
                out.append(f'<cell props="left-attach:{c}; right-attach:{c + 1}; top-attach:{r}; '
                           f'bot-attach:{r + 1}; cell-margin-left:0.06in; cell-margin-right:0.06in'
                           f'{bg}"><p style="Normal" props="text-align:left; margin-bottom:2pt">'
                           f'{txt}</p></cell>')
                if c in gold_cols and not (header and r == 0):
                    self.gold.add(*sents)
        out.append("</table>")
        self.out.append("".join(out))

    def write(self, sections_xml):
        styles = (f'<styles><s type="P" name="Normal" basedon="" followedby="Current Settings" '
                  f'props="font-family:{self.font}; font-size:{self.size}pt; margin-top:0pt; '
                  f'margin-bottom:6pt; text-align:justify; line-height:1.15; lang:en-GB; '
                  f'widows:2; orphans:2"/></styles>')
        doc = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" '
               'xml:space="preserve" version="3.0.5" fileformat="1.1" '
               'props="document-footnote-type:numeric; document-footnote-initial:1; '
               'document-footnote-restart-page:0; lang:en-GB; dom-dir:ltr">\n'
               f'<metadata><m key="dc.title">{x(self.name)}</m>'
               '<m key="dc.creator">probe9 generator</m></metadata>\n'
               + styles + "\n<lists>" + "".join(self.lists) + "</lists>\n"
               '<pagesize pagetype="A4" orientation="portrait" width="210.000000" '
               'height="297.000000" units="mm" page-scale="1.000000"/>\n'
               + sections_xml + "\n</abiword>\n")
        src = os.path.join(HERE, "src", self.name + ".abw")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        pdf = os.path.join(HERE, "pdf", self.name + ".pdf")
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), HOME=TMP)
        subprocess.run(["abiword", "--to=pdf", "-o", pdf, src], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")

    def take(self):
        s = "\n".join(self.out)
        self.out = []
        return s


TMP = os.environ.get("PROBE9_TMP", "/tmp/probe9/build")
MARG = ("page-margin-top:1.0in; page-margin-bottom:0.9in; page-margin-left:1.0in; "
        "page-margin-right:1.0in; page-margin-header:0.45in; page-margin-footer:0.4in")


def hf(id_, kind, inner, props="text-align:left"):
    return (f'<section id="{id_}" type="{kind}"><p style="Normal" props="{props}; '
            f'margin-bottom:0pt"><c props="font-family:{SANS}; font-size:8.5pt; color:404040">'
            f'{inner}</c></p></section>')


# ------------------------------------------------------------------------------------------------
def a01():
    d = Doc("a01_peel_brackenmoor")
    # cover
    d.text("", "margin-top:120pt")
    d.text("Brackenmoor Constabulary", "text-align:left; margin-bottom:8pt",
           f"font-family:{SANS}; font-size:28pt; font-weight:bold; color:1f3864")
    d.text("PEEL 2025: Police effectiveness, efficiency and legitimacy", "text-align:left",
           f"font-family:{SANS}; font-size:16pt; color:1f3864")
    d.text("An inspection of Brackenmoor Constabulary", "text-align:left; margin-bottom:30pt",
           f"font-family:{SANS}; font-size:12pt")
    d.notice()
    d.text("Published February 2026", "text-align:left", f"font-family:{SANS}")
    d.pbr()
    cover = d.take()
    # contents
    d.heading("Contents", 18, before="0pt")
    for t, pg in [("Overall summary", "3"), ("Our judgements", "3"), ("Investigating crime", "3"),
                  ("Protecting vulnerable people", "3"), ("Leadership and force management", "4"),
                  ("About this inspection", "4")]:
        d.text(f"{t}\t{pg}", "tabstops:6.2in/R1; text-align:left; margin-bottom:8pt",
               f"font-family:{SANS}; font-size:11pt")
    d.pbr()
    contents = d.take()
    # body
    d.heading("Overall summary", 16, before="0pt")
    d.para(["This report sets out our findings from the inspection of Brackenmoor Constabulary "
            "that we carried out in the summer of 2025.",
            "Brackenmoor is a largely rural county of about 712\u00a0000 people, and its two "
            "largest towns, Felsham and Orwick, account for more than half of all recorded crime."],
           prefix="1.1", props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.para(["The force has a clear plan for the next three years and a well-led senior team.",
            "But it needs to improve the way it investigates crime, and it must make sure that "
            "officers find and protect vulnerable people at the first opportunity."],
           prefix="1.2", props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.heading("Our judgements", 13)
    d.para("The table below sets out the grade we have given the force in each area.")
    d.table([3.6, 2.2], [["Area", "Grade"], ["Preventing crime and anti-social behaviour", "Good"],
                         ["Investigating crime", "Requires improvement"],
                         ["Protecting vulnerable people", "Adequate"],
                         ["Leadership and force management", "Good"]], bold_cols=())
    d.heading("Investigating crime: requires improvement", 14)
    d.para(["Over the past year the force has reorganised its investigation teams and moved "
            "42 detectives into a new central hub.",
            "This has brought some benefits, but we found that the quality of investigations is "
            "still too variable."], prefix="2.1",
           props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.para(["We examined 96 investigation files and found that 31 per cent of them had no "
            "investigation plan^[We reviewed files for crimes recorded between 1 January and "
            "30 April 2025.].",
            "In too many cases, officers had not identified obvious lines of enquiry, such as "
            "nearby doorbell cameras or the phones of witnesses."], prefix="2.2",
           props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.para("We found that supervisors:", prefix="2.3",
           props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    sq = d.new_list("Square List")
    im = d.new_list("Implies List", parent=sq)
    d.item(sq, "Square List", "did not always review new investigations within the force’s "
           "target of three days;")
    d.item(sq, "Square List", "rarely recorded the reasons for their decisions, in particular "
           "when they:")
    d.item(im, "Implies List", "closed a case without speaking to the victim;", level=2, parent=sq)
    d.item(im, "Implies List", "reallocated a case to a different team;", level=2, parent=sq)
    d.item(sq, "Square List", "had too many investigations of their own to give their teams "
           "effective support.")
    d.para(["The force spent £2.3 million on new digital forensic equipment last year, and the "
            "backlog of devices waiting to be examined fell from 640 to 155.",
            "This is a significant achievement, and officers told us that the change had made a "
            "real difference to their work."], prefix="2.4",
           props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.heading("Protecting vulnerable people: adequate", 14)
    d.para(["The force’s multi-agency safeguarding hub is well staffed, and it shares information "
            "with the three local authorities quickly.",
            "However, frontline officers did not always complete the risk assessment for victims "
            "of stalking, and in 9 of the 40 cases we looked at there was no assessment at all."],
           prefix="3.1", props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.para(["Neighbourhood officers in Orwick have built strong links with schools^[The "
            "Orwick schools programme started in September 2024.] and youth clubs, and this has "
            "helped them to identify children at risk of exploitation.",
            "The force should make sure that this good practice is shared across the county."],
           prefix="3.2", props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.heading("Leadership and force management: good", 14)
    d.para(["The chief officer team is visible, and the workforce told us that leaders listen "
            "and act on what they hear.",
            "The force has a realistic financial plan and expects to make savings of £4.1 million "
            "over the next two years without reducing the number of officers.",
            "It has also introduced a flexible working scheme that staff described as fair and "
            "sufficiently well explained."], prefix="4.1",
           props="margin-left:0.45in; text-indent:-0.45in; tabstops:0.45in/L0")
    d.heading("About this inspection", 13)
    d.para(["We carried out fieldwork over three weeks and spoke to more than 180 officers, "
            "staff and partners.",
            "We also surveyed the public and received 1\u00a0406 responses from people who live "
            "or work in Brackenmoor."])
    d.pbr()
    body = d.take()
    # back cover
    d.text("", "margin-top:430pt")
    for line in ["© Crown copyright 2026",
                 "This publication is licensed under the terms of the Open Government Licence "
                 "v3.0 except where otherwise stated.",
                 "Inspectorate of Constabulary (fictional address for this test), "
                 "14 Quayside Row, Lowfold LF2 8QT",
                 "Telephone: 0300 555 0147", "www.example.org/inspections"]:
        d.text(line, "text-align:left; margin-bottom:4pt", f"font-family:{SANS}; font-size:9pt")
    back = d.take()
    hdr = hf("h1", "header", "Brackenmoor Constabulary: PEEL 2025")
    ftr = ('<section id="f1" type="footer"><p style="Normal" props="text-align:right; '
           f'margin-bottom:0pt"><c props="font-family:{SANS}; font-size:8.5pt">Page '
           '<field type="page_number"/> of <field type="page_count"/></c></p></section>')
    xml = (f'<section props="{MARG}">\n{cover}\n</section>\n'
           f'<section header="h1" footer="f1" props="{MARG}">\n{contents}\n{body}\n</section>\n'
           f'<section props="{MARG}">\n{back}\n</section>\n{hdr}\n{ftr}')
    d.write(xml)


# ------------------------------------------------------------------------------------------------
def a02():
    d = Doc("a02_letter_thornmere", font=SANS, size=10.5)
    d.text("Inspectorate of Constabulary", "text-align:right; margin-bottom:0pt",
           f"font-family:{BODY}; font-size:18pt; font-weight:bold; color:5b2c6f")
    for line in ["Harbour House, 3 Millgate Wharf", "Selbourne SB1 4RW",
                 "Telephone: 0300 555 0182"]:
        d.text(line, "text-align:right; margin-bottom:0pt", "font-size:9pt; color:404040")
    d.text("", "margin-bottom:10pt")
    d.notice()
    d.text("12 January 2026", "text-align:right; margin-bottom:10pt")
    for line in ["Chief Constable Maren Ashdown", "Thornmere Police", "Police Headquarters",
                 "Castle Lane", "Thornmere TM3 9DX"]:
        d.text(line, "text-align:left; margin-bottom:0pt")
    d.text("", "margin-bottom:8pt")
    d.text("Dear Chief Constable,", "text-align:left; margin-bottom:8pt")
    d.text("Thornmere Police: revisit of custody provision, November 2025",
           "text-align:left; margin-bottom:8pt", "font-weight:bold")
    d.para(["In March 2025 we published our report on the inspection of police custody in "
            "Thornmere, which raised two causes of concern.",
            "I am writing to tell you what we found when we returned to the force’s three custody "
            "suites in November."])
    d.para(["Overall, I am pleased to report that the force has made good progress.",
            "Detainees are now seen by a healthcare professional far more quickly, and the "
            "average wait has fallen from 3 hours 10 minutes to 55 minutes^[Figures supplied by "
            "the force for the six months to October 2025.]."])
    d.para("The force has taken the following steps:")
    b = d.new_list("Box List")
    for s in ["it has appointed a custody inspector with sole responsibility for "
              "the quality of care;",
              "it has trained all custody sergeants in the use of the revised risk assessment;",
              "it has opened a new office at Kelby where detainees can speak privately to "
              "solicitors."]:
        d.item(b, "Box List", s)
    d.para(["The first cause of concern was about the use of force in custody.",
            "Officers now record every use of force, and a dedicated team reviews the footage "
            "from body-worn cameras each week.",
            "We found the records to be clear, and in most cases the force used was justified "
            "and proportionate."])
    d.para("The table below summarises our view of the progress made against each of our "
           "earlier recommendations.")
    d.table([0.45, 2.6, 3.0], [
        ["No.", "Recommendation", "Progress we found"],
        ["1", ["The force should make sure that detainees at risk of self-harm are observed at "
               "the level set by their risk assessment."],
         ["We saw observations carried out at the correct intervals in all the cases we "
          "checked.", "This recommendation has been met."]],
        ["2", ["The force should improve the way it plans the release of vulnerable detainees."],
         ["Release plans are now completed for most detainees, but they are often brief.",
          "Sergeants do not always arrange transport for those who live far from the suite."]],
        ["3", ["The force should reduce the number of children held in custody overnight."],
         ["The force has agreed a new protocol with the local authority, which has found two "
          "beds for children who are refused bail.",
          "It is too early to judge its effect."]],
    ], gold_cols=(1, 2), bold_cols=(0,))
    d.para(["The second cause of concern was about the cleanliness of the cells at Harlow "
            "Street.",
            "The suite has been refurbished and it is now clean and well maintained, although "
            "two cells still have toilets that are not screened from the camera."])
    d.para(["There is still work to do, and I have asked my team to return to Thornmere in the "
            "autumn of 2026 to check that progress has been sustained.",
            "I am grateful to you and your officers and staff for the way they supported this "
            "revisit."])
    d.text("Yours sincerely,", "text-align:left; margin-top:10pt; margin-bottom:26pt")
    for line in ["Helena Fairbrook", "Inspector of Constabulary"]:
        d.text(line, "text-align:left; margin-bottom:0pt", "font-weight:bold")
    body = d.take()
    blank_h = '<section id="h0" type="header-first"><p style="Normal"></p></section>'
    blank_f = '<section id="f0" type="footer-first"><p style="Normal"></p></section>'
    hdr = hf("h1", "header", "Thornmere Police custody revisit – 12 January 2026")
    ftr = ('<section id="f1" type="footer"><p style="Normal" props="text-align:center; '
           'margin-bottom:0pt"><c props="font-size:9pt"><field type="page_number"/></c></p>'
           '</section>')
    xml = (f'<section header="h1" footer="f1" header-first="h0" footer-first="f0" '
           f'props="{MARG}; page-margin-top:0.8in">\n{body}\n</section>\n'
           f'{blank_h}\n{blank_f}\n{hdr}\n{ftr}')
    d.write(xml)


# ------------------------------------------------------------------------------------------------
def a03():
    d = Doc("a03_thematic_stalking", font="DejaVu Serif", size=9.5)
    d.text("Closing the gap: how four forces respond to stalking",
           "text-align:left; margin-bottom:6pt",
           f"font-family:{SANS}; font-size:20pt; font-weight:bold; color:00594f")
    d.text("A thematic inspection of Ashgrove, Denholm, Marrick and Wendle", "text-align:left",
           f"font-family:{SANS}; font-size:12pt; color:00594f")
    d.notice()
    d.heading("Summary", 13, color="00594f", before="4pt")
    top = d.take()
    # two-column summary
    d.para(["Stalking causes lasting fear and distress, and victims often endure months of "
            "abuse before they report it.",
            "We inspected four forces to find out how well they recognise stalking and how "
            "effectively they protect victims."])
    d.para(["All four forces have made stalking a priority, and each has a named lead officer.",
            "But the service victims receive still depends too much on the individual officer "
            "who first attends."])
    d.para(["In Denholm, a specialist stalking clinic brings together police, probation and "
            "mental health staff every fortnight.",
            "Victims and advocates told us that the clinic had helped them feel believed and "
            "kept informed, and that officers were quicker to apply for protection orders as a "
            "result."])
    d.para(["In the other three forces, officers too often recorded stalking as harassment, "
            "which meant that victims were not referred to specialist support.",
            "In Marrick, we found that 14 of the 30 harassment cases we reviewed should have "
            "been recorded as stalking."])
    d.para(["Call handlers in Wendle have been given a short checklist of questions to ask "
            "when a caller describes repeated unwanted contact.",
            "This is a simple and effective idea that other forces could adopt at little cost."])
    d.para(["Few officers we spoke to understood how to gather evidence from social media "
            "accounts, and some told victims to close their accounts rather than keep the "
            "messages.",
            "This advice is well-meant but can leave the victim without the evidence needed to "
            "bring a charge."])
    d.para("Victims told us that three things mattered most to them:")
    dl = d.new_list("Diamond List")
    for s_ in ["being believed the first time they reported;",
               "having a single officer who knew their case;",
               "being told promptly when a suspect was released."]:
        d.item(dl, "Diamond List", s_)
    d.para(["Across the four forces, the number of stalking crimes recorded rose by 38 per "
            "cent^[Home Office recorded crime data for the years ending March 2024 and March "
            "2025.] in a single year.",
            "Most of this rise reflects better recording rather than more offending, and it should "
            "not be read as a sign of failure."])
    d.pbr()
    cols = d.take()
    d.heading("What we found in each force", 13, color="00594f")
    d.table([1.3, 4.9], [
        ["Force", "Summary of findings"],
        ["Ashgrove", ["The force has trained 600 officers in recognising stalking, but the "
                      "training was delivered online and few could recall it."]],
        ["Denholm", ["Victims are contacted by a specialist officer within two days of "
                     "reporting, and safety plans are reviewed every month."]],
        ["Marrick", ["Recording is poor, and the force does not routinely check whether "
                     "harassment reports show a pattern of fixated behaviour."]],
        ["Wendle", ["The force uses protection orders well, and it applied for 27 of them in the "
                    "year to March 2025, more than the other three forces combined."]],
    ], gold_cols=(1,), bold_cols=(0,), shade="d5ece8")
    d.heading("Recommendations", 13, color="00594f")
    d.para(["By the end of 2026, each force should review a sample of its harassment cases to "
            "find any that should have been recorded as stalking.",
            "Each force should also make sure that victims are given clear advice on keeping "
            "evidence."])
    # side box: a two-cell layout table (as Word users build one): the left cell holds two body
    # paragraphs, the shaded right cell the box; the box is read after the left cell
    left = ["Forces should work with their police and crime commissioners to fund independent "
            "stalking advocates, who victims told us were the single most useful source of "
            "support.",
            "We will check on progress against these recommendations in our next round of "
            "inspections."]
    left2 = ["Each force should publish its plan for meeting these recommendations within six "
             "months, so that victims and partners can see what will change."]
    box = ("Wendle’s control room flags every address linked to a stalking case, so that "
           "officers sent there know the history before they arrive.")
    d.raw('<table props="table-column-props:4.0in/2.2in/; table-line-type:0">'
          '<cell props="left-attach:0; right-attach:1; top-attach:0; bot-attach:1; '
          'left-style:none; right-style:none; top-style:none; bot-style:none; '
          'cell-margin-right:0.15in">'
          f'<p style="Normal">{d.inline(" ".join(left))}</p>'
          f'<p style="Normal">{d.inline(" ".join(left2))}</p></cell>'
          '<cell props="left-attach:1; right-attach:2; top-attach:0; bot-attach:1; '
          'background-color:e8f4f1; left-style:solid; right-style:solid; top-style:solid; '
          'bot-style:solid; cell-margin-left:0.08in; cell-margin-right:0.08in">'
          f'<p style="Normal" props="text-align:left; margin-bottom:3pt"><c props="font-family:'
          f'{SANS}; font-weight:bold; font-size:9pt">Promising practice</c></p>'
          f'<p style="Normal" props="text-align:left"><c props="font-size:8.5pt">{d.inline(box)}'
          '</c></p></cell></table>')
    d.gold.add(*left, *left2, box)
    d.pbr()
    rest = d.take()
    d.text("", "margin-top:420pt")
    for line in ["© Crown copyright 2026. Licensed under the Open Government Licence v3.0.",
                 "Any enquiries about this publication should be sent to the inspectorate at "
                 "Harbour House, 3 Millgate Wharf, Selbourne SB1 4RW.",
                 "Telephone: 0300 555 0182"]:
        d.text(line, "text-align:center; margin-bottom:4pt", f"font-family:{SANS}; font-size:8.5pt")
    back = d.take()
    hdr = hf("h1", "header", "Closing the gap: how four forces respond to stalking",
             "text-align:right")
    ftr = ('<section id="f1" type="footer"><p style="Normal" props="text-align:left; '
           'margin-bottom:0pt"><c props="font-size:9pt"><field type="page_number"/></c></p>'
           '</section>')
    xml = (f'<section header="h1" footer="f1" props="{MARG}">\n{top}\n</section>\n'
           f'<section header="h1" footer="f1" props="{MARG}; columns:2; column-gap:0.3in; '
           f'column-line:off">\n{cols}\n</section>\n'
           f'<section header="h1" footer="f1" props="{MARG}">\n{rest}\n</section>\n'
           f'<section props="{MARG}">\n{back}\n</section>\n{hdr}\n{ftr}')
    d.write(xml)


if __name__ == "__main__":
    os.makedirs(TMP, exist_ok=True)
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    a01()
    a02()
    a03()
