"""probe16 producer f: Firefox ESR 153.8.0 (Debian `firefox-esr` 153.8.0esr-1~deb12u1), printing
HTML to PDF headless, driven through Marionette with marionette_driver 3.7.1 (PyPI).

Firefox lays the pages out with Gecko (its own line breaking, CSS multi-column fragmentation and
hyphenation dictionaries) and writes the PDF through the copy of cairo it bundles (the file says
"Producer: cairo 1.18.4", "Creator: Mozilla Firefox 153.8.0").  The print is started from
Marionette's chrome context with a print settings object of our own, so that Firefox's own
print headers and footers ("&T", "&PT", "&P") can be switched on; WebDriver's print command
blanks them.

  f01  PEEL 2023-25 report as a web page printed from the browser: site banner, breadcrumb,
       "On this page" links, grade table, judgement headings, disc bullets (drawn by Gecko, not
       text) with a nested level of "–" string markers, footnote calls as <sup>, an "Area for
       improvement" box and an "Innovative practice" box, references list, site footer; ragged
       right; Firefox's header (page title, a fixed date string) and footer (address, "N of M").
  f02  vetting, misconduct and counter-corruption inspection designed for print: a cover page,
       then a two-column, justified, hyphenated body (hyphens: auto, lang en-GB) interrupted by a
       "Cause of concern" box spanning both columns; run-in bold labels with and without a full
       stop; "■" markers from ::marker; a running footer (position: fixed, so on every page) and
       Firefox's page number; a ruled summary table with prose cells after the columns.
  f03  cause of concern revisit letter: letterhead with a right-hand address block, date,
       recipient, salutation, subject, numbered recommendations and bullets after lead-ins, an
       SVG signature; Firefox's page number in the footer.

The generator writes html/fNN_*.html and the gold from the same strings, then prints every page
with one Firefox session.  Usage: python3 gen_firefox.py
"""
import base64
import gc
import html
import os

from common import HERE, NOTICE, PDF_DIR, Gold, pieces

HTML_DIR = os.path.join(HERE, "html")
FIREFOX = os.environ.get("FIREFOX", "/usr/bin/firefox-esr")
GECKO_LOG = os.environ.get("GECKO_LOG", "/tmp/probe16-gecko.log")


class Page:
    """Collects the HTML body of one document and its gold, numbering footnote calls."""

    def __init__(self, name):
        self.gold = Gold(name)
        self.name = name
        self.body = []
        self.notes = []

    def s(self, sent):
        out = []
        for kind, text in pieces(sent):
            if kind == "text":
                out.append(html.escape(text, quote=False))
            else:
                self.notes.append(text)
                n = len(self.notes)
                out.append(f'<sup class="fn"><a href="#fn{n}" id="r{n}">{n}</a></sup>')
        return "".join(out)

    def raw(self, h):
        self.body.append(h)

    def p(self, *sents, cls=None, label=None, sep=""):
        """A gold paragraph; label is a run-in bold label (not gold) printed before it,
        followed by sep ("." or "") and a space."""
        self.gold.add(*sents)
        c = f' class="{cls}"' if cls else ""
        lab = f"<strong>{html.escape(label)}{sep}</strong> " if label else ""
        self.body.append(f"<p{c}>{lab}" + " ".join(self.s(x) for x in sents) + "</p>")

    def items(self, items, tag="ul", cls=None):
        """A list; an item is a sentence or (sentence, [nested items])."""
        c = f' class="{cls}"' if cls else ""
        out = [f"<{tag}{c}>"]
        for it in items:
            if isinstance(it, tuple):
                self.gold.add(it[0])
                out.append(f"<li>{self.s(it[0])}")
                out.append(self._nested(it[1]))
                out.append("</li>")
            else:
                self.gold.add(it)
                out.append(f"<li>{self.s(it)}</li>")
        out.append(f"</{tag}>")
        self.body.append("".join(out))

    def _nested(self, items):
        out = ['<ul class="dash">']
        for it in items:
            self.gold.add(it)
            out.append(f"<li>{self.s(it)}</li>")
        out.append("</ul>")
        return "".join(out)

    def notes_html(self, heading="References"):
        out = [f'<h2 id="references">{heading}</h2><ol class="notes">']
        for i, n in enumerate(self.notes, 1):
            out.append(f'<li id="fn{i}">{html.escape(n)} <a href="#r{i}">Back to text</a></li>')
        out.append("</ol>")
        return "".join(out)

    def write(self, title, css, lang="en-GB"):
        os.makedirs(HTML_DIR, exist_ok=True)
        path = os.path.join(HTML_DIR, self.name + ".html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
                    f"<title>{html.escape(title)}</title>\n<style>\n{css}\n</style>\n</head>\n"
                    "<body>\n" + "\n".join(self.body) + "\n</body>\n</html>\n")
        return path


# ---------------------------------------------------------------------------------------------
# f01: PEEL report as a web page printed from Firefox

CSS_F01 = """
body { font-family: "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.45;
       color: #0b0c0c; margin: 0; }
.banner { background: #1d3a5f; color: #fff; padding: 10px 16px; display: flex;
          justify-content: space-between; align-items: baseline; }
.banner .logo { font-weight: bold; font-size: 20pt; letter-spacing: 1px; }
.banner nav a { color: #fff; margin-left: 18px; font-size: 10pt; text-decoration: none; }
.crumbs { font-size: 9pt; color: #505a5f; margin: 10px 16px 0; }
main { margin: 0 16px; }
h1 { font-size: 21pt; line-height: 1.2; margin: 14px 0 6px; }
.meta { font-size: 9.5pt; color: #505a5f; border-bottom: 1px solid #b1b4b6; padding-bottom: 8px; }
.notice { font-weight: bold; border: 1px solid #d4351c; padding: 6px 10px; }
.onpage { background: #f3f2f1; padding: 6px 14px; font-size: 10pt; }
.onpage h2 { font-size: 11pt; margin: 4px 0; }
.onpage ul { margin: 0; padding-left: 18px; list-style: none; }
.onpage li::before { content: "– "; }
.onpage a { color: #1d70b8; }
h2 { font-size: 15pt; margin: 20px 0 6px; break-after: avoid; }
table.grades { border-collapse: collapse; width: 100%; font-size: 10pt; }
table.grades th, table.grades td { border-bottom: 1px solid #b1b4b6; text-align: left;
  padding: 4px 6px; }
table.grades th { background: #1d3a5f; color: #fff; }
td.g-ri { color: #a3330f; font-weight: bold; } td.g-ad { color: #6b5a00; font-weight: bold; }
td.g-go { color: #00703c; font-weight: bold; }
ul.disc { list-style-type: disc; padding-left: 26px; }
ul.dash { list-style-type: "–  "; padding-left: 22px; }
li { margin: 3px 0; }
sup.fn { font-size: 7.5pt; line-height: 0; }
sup.fn a { color: #1d70b8; text-decoration: none; }
.box { border-left: 6px solid #1d70b8; background: #eef4fa; padding: 2px 14px;
       margin: 12px 0; break-inside: avoid; }
.box h3 { font-size: 11.5pt; margin: 8px 0 2px; }
.box.practice { border-left-color: #00703c; background: #eef7f1; }
ol.notes { font-size: 9pt; padding-left: 22px; }
ol.notes a { color: #1d70b8; font-size: 8pt; }
footer { margin: 24px 16px 0; border-top: 4px solid #1d3a5f; font-size: 8.5pt; color: #505a5f;
         padding-top: 6px; }
"""


def f01():
    d = Page("f01_peel_sallowford")
    d.raw('<div class="banner"><span class="logo">HMICFRS</span><nav><a href="#">Home</a>'
          '<a href="#">Publications</a><a href="#">Our work</a><a href="#">About us</a></nav></div>')
    d.raw('<div class="crumbs">Home › Publications › PEEL 2023–25: Sallowford Constabulary</div>')
    d.raw("<main>")
    d.raw("<h1>PEEL 2023–25: an inspection of Sallowford Constabulary</h1>")
    d.raw('<p class="meta">Published on: 12 March 2025 · Police force: Sallowford Constabulary · '
          "Inspection type: PEEL</p>")
    d.raw(f'<p class="notice">{NOTICE}</p>')
    d.raw('<div class="onpage"><h2>On this page</h2><ul>'
          + "".join(f'<li><a href="#">{t}</a></li>' for t in (
              "About this report", "Our judgements", "HM Inspector’s observations",
              "Providing a service to victims of crime", "Investigating crime",
              "Protecting vulnerable people", "Police powers and public treatment",
              "Next steps", "References")) + "</ul></div>")
    d.raw("<h2>About this report</h2>")
    d.p("Our PEEL inspections judge the performance of each police force across a range of "
        "policing areas.",
        "Each area except one receives a grade, and the sections below explain why we reached "
        "each grade.")
    d.raw("<h2>Our judgements</h2>")
    rows = [("Recording data about crime", "Adequate", "ad"),
            ("Police powers and public treatment", "Good", "go"),
            ("Preventing and deterring crime and anti-social behaviour", "Adequate", "ad"),
            ("Responding to the public", "Requires improvement", "ri"),
            ("Investigating crime", "Requires improvement", "ri"),
            ("Protecting vulnerable people", "Adequate", "ad"),
            ("Managing offenders and suspects", "Good", "go"),
            ("Building, supporting and protecting the workforce", "Adequate", "ad"),
            ("Leadership and force management", "Adequate", "ad")]
    d.raw('<table class="grades"><thead><tr><th>Area of policing</th><th>Grade</th></tr></thead>'
          "<tbody>" + "".join(f'<tr><td>{a}</td><td class="g-{c}">{g}</td></tr>'
                              for a, g, c in rows) + "</tbody></table>")
    d.raw("<h2>HM Inspector’s observations</h2>")
    d.p("Sallowford Constabulary does many things well, but the way it answers calls and "
        "investigates crime has fallen behind what the public should be able to expect.",
        "The force met its target for answering emergency calls in only seven of the twelve "
        "months before our inspection.^[The target is to answer 90 per cent of emergency calls "
        "within ten seconds.]")
    d.p("Officers told us that their workloads had grown since the force closed two of its five "
        "custody suites, and we saw the effect of this in the investigations we reviewed.",
        "I was encouraged by how firmly the chief officer team has taken hold of these problems, "
        "and I will be watching the force’s progress closely.")
    d.raw("<h2>Providing a service to victims of crime</h2>")
    d.p("We reviewed 90 crime reports to see whether the force was giving victims a good "
        "service.",
        "In most cases, the victim was told who was investigating their crime and how to get in "
        "touch with them.",
        "However, the force did not always record whether it had offered victims a needs "
        "assessment under the Code of Practice for Victims of Crime.")
    d.raw("<h2>Investigating crime: requires improvement</h2>")
    d.p("The force doesn’t carry out effective investigations often enough.",
        "In the investigations we reviewed, we found that officers often:")
    d.items([
        "took too long to make the first visit to the scene or to the victim;",
        "missed chances to gather evidence, such as house-to-house enquiries and footage from "
        "doorbell cameras;",
        ("did not record an investigation plan, in particular when:",
         ["a case was passed from a response team to a local investigation team; or",
          "the suspect had not been identified within the first week;"]),
        "closed investigations without recording the victim’s views.",
    ], cls="disc")
    d.p("Supervision was also inconsistent.",
        "Only 41 of the 68 investigations we looked at had been reviewed by a supervisor at "
        "least once, and some of those reviews were no more than a single line.")
    d.raw('<div class="box"><h3>Area for improvement</h3>')
    d.p("The force should ensure that supervisors review investigations regularly and record "
        "clear directions for the officers carrying them out.")
    d.raw("</div>")
    d.raw("<h2>Protecting vulnerable people: adequate</h2>")
    d.p("The force knows a good deal about the kinds of vulnerability found in Sallowford "
        "and how common each of them is.",
        "Its multi-agency safeguarding hub works well, and the partners we spoke to valued the "
        "speed at which police shared information with them.")
    d.p("Every referral about a child at risk of exploitation is now discussed at a daily "
        "partnership meeting, and cases assessed as high-risk go to a review board^[The board is "
        "chaired by a detective superintendent and includes children’s services and health "
        "representatives.] within four weeks.",
        "But officers do not always use the powers available to them to protect victims of "
        "domestic abuse.",
        "In the year to March 2024, the force applied for 38 domestic violence protection "
        "orders, a rate well below that of most similar forces.")
    d.raw("<h2>Police powers and public treatment: good</h2>")
    d.p("Officers use stop and search fairly, and the force is open with the public about how "
        "the power is used.",
        "Its external scrutiny panel reviews a sample of body-worn video footage every month, "
        "and the force publishes the panel’s findings on its website.")
    d.raw('<div class="box practice"><h3>Innovative practice</h3>')
    d.p("The force has trained 140 young people as ‘community observers’ who sit alongside panel "
        "members and give their own view of the encounters they watch.",
        "Officers told us that the observers’ comments had changed how they explain the reasons "
        "for a search.")
    d.raw("</div>")
    d.raw("<h2>Next steps</h2>")
    d.p("We will keep track of the force’s progress through our regular contact with its "
        "leaders.",
        "Our next PEEL inspection will assess how far the force has dealt with the areas for "
        "improvement in this report.")
    d.raw(d.notes_html())
    d.raw("</main>")
    d.raw("<footer><p>Back to top</p><p>Unless we say otherwise, you may reuse the words on "
          "this page free of charge under an open licence, provided you name us as the source. "
          "This page belongs to a synthetic test set.</p><p>© 2025 HMICFRS (synthetic)</p>"
          "</footer>")
    path = d.write("PEEL 2023–25: Sallowford Constabulary – HMICFRS", CSS_F01)
    settings = dict(margin=(1.6, 1.3, 1.6, 1.3), header=("&T", "", "14/03/2025, 10:42"),
                    footer=("https://www.example.org/hmicfrs/peel-2023-25/sallowford/", "",
                            "&PT"))
    return d, path, settings


# ---------------------------------------------------------------------------------------------
# f02: vetting, misconduct and counter-corruption inspection, designed for print

CSS_F02 = """
body { font-family: "TeX Gyre Pagella", serif; font-size: 10pt; line-height: 1.38; margin: 0;
       color: #1a1a1a; }
.cover { height: 247mm; position: relative; break-after: page; }
.cover .band { background: #0f5257; color: #fff; padding: 26mm 14mm 16mm; }
.cover .kicker { font-family: "TeX Gyre Heros", sans-serif; font-size: 11pt;
                 text-transform: uppercase; letter-spacing: 1.5px; margin: 0 0 8mm; }
.cover h1 { font-family: "TeX Gyre Heros", sans-serif; font-size: 27pt; line-height: 1.15;
            margin: 0; }
.cover .date { font-family: "TeX Gyre Heros", sans-serif; margin: 10mm 0 0; font-size: 12pt; }
.cover .notice { margin: 12mm 14mm 0; font-size: 11pt; font-variant-ligatures: none; }
.runfoot { position: fixed; bottom: -9mm; left: 0; right: 0; font-family: "TeX Gyre Heros",
           sans-serif; font-size: 7.5pt; color: #0f5257; border-top: 0.6pt solid #0f5257;
           padding-top: 2pt; }
.stand { font-style: italic; font-size: 12pt; line-height: 1.35; margin: 0 0 5mm; }
.cols { columns: 2; column-gap: 7mm; text-align: justify; hyphens: auto; }
.cols p { margin: 0 0 2.2mm; }
h2 { font-family: "TeX Gyre Heros", sans-serif; font-size: 11pt; color: #0f5257;
     margin: 3mm 0 1.5mm; break-after: avoid; }
ul.sq { list-style: none; padding-left: 5mm; margin: 0 0 2.2mm; }
ul.sq li::marker { content: "■  "; color: #0f5257; font-size: 8pt; }
ul.sq li { list-style: inside; text-indent: -4.2mm; margin: 0 0 1mm; }
sup.fn { font-size: 6.5pt; line-height: 0; }
sup.fn a { color: inherit; text-decoration: none; }
.concern { column-span: all; border: 1.2pt solid #a4262c; background: #fbefef;
           padding: 1mm 5mm 2mm; margin: 2mm 0 4mm; text-align: left; hyphens: manual; }
.concern h3 { font-family: "TeX Gyre Heros", sans-serif; font-size: 10.5pt; color: #a4262c;
              margin: 2mm 0 1mm; }
.concern h4 { font-family: "TeX Gyre Heros", sans-serif; font-size: 9.5pt; margin: 2mm 0 0.5mm; }
.concern ul { margin: 0; padding-left: 6mm; list-style-type: "–  "; }
h2.wide { margin-top: 5mm; }
table.sum { border-collapse: collapse; width: 100%; font-size: 9.5pt; break-inside: avoid; }
table.sum th, table.sum td { border: 0.6pt solid #6b6b6b; padding: 1.2mm 2mm; text-align: left;
                             vertical-align: top; }
table.sum th { font-family: "TeX Gyre Heros", sans-serif; background: #dcebec; }
table.sum td.area { font-family: "TeX Gyre Heros", sans-serif; font-weight: bold; width: 30%; }
ol.notes { font-size: 7.5pt; padding-left: 5mm; margin-top: 5mm; border-top: 0.4pt solid #999;
           padding-top: 1mm; }
"""


def f02():
    d = Page("f02_vetting_kestermoor")
    d.raw('<div class="runfoot">Kestermoor Police: an inspection of vetting, misconduct and '
          "counter-corruption</div>")
    d.raw('<div class="cover"><div class="band"><p class="kicker">Vetting, misconduct and '
          "counter-corruption</p><h1>An inspection of Kestermoor Police</h1>"
          '<p class="date">Published 9 October 2024</p></div>'
          f'<p class="notice">{NOTICE}</p></div>')
    d.p("This report sets out what we found when we inspected how Kestermoor Police vets its "
        "workforce, deals with misconduct and tackles corruption.",
        "We found a force that has made real progress on vetting but that still struggles to "
        "identify officers and staff who abuse their position.", cls="stand")
    d.raw('<div class="cols">')
    d.raw("<h2>Vetting</h2>")
    d.p("Every new recruit now receives full vetting clearance before joining, and the force no "
        "longer lets anyone start work while checks are still under way.",
        "The vetting unit had also reviewed every case in which an applicant with a previous "
        "conviction had been accepted.", label="Recruitment", sep=".")
    d.p("The force has cleared a backlog of more than 600 vetting renewals since the start of "
        "2023.",
        "Even so, 112 officers and staff were still working with expired clearance when we "
        "inspected, and 19 of them held posts that required the higher level of vetting.",
        label="Renewals", sep=".")
    d.p("In the 60 vetting files we reviewed, the vetting unit had usually:")
    d.items([
        "checked the applicant’s financial position and any adverse information held by other "
        "forces;",
        "recorded its reasons when it decided to grant clearance despite a concern;",
        "set conditions, such as regular reviews, where the level of risk justified them.",
    ], cls="sq")
    d.p("But it rarely told the applicant’s future line manager about those conditions, so "
        "nobody was in a position to monitor them.")
    d.raw('<div class="concern"><h3>Cause of concern</h3>')
    d.p("Kestermoor Police does not make enough use of the information it holds to find officers "
        "and staff who may be abusing their position for a sexual purpose.")
    d.raw("<h4>Recommendation</h4>")
    d.p("Kestermoor Police should, within six months:")
    d.items([
        "make sure that its counter-corruption unit can monitor all of the force’s IT systems; "
        "and",
        "assess every piece of intelligence about abuse of position, and act on it, within seven "
        "days.",
    ], cls="dash")
    d.raw("</div>")
    d.raw("<h2>Misconduct</h2>")
    d.p("The professional standards department investigated most complaints and conduct matters "
        "thoroughly.",
        "However, it took an average of 287 days to finalise a misconduct case, and officers "
        "under investigation told us they had received little support during that time.",
        label="Investigations", sep=".")
    d.p("The force publishes the outcomes of misconduct hearings^[Hearings are held in public "
        "unless the chair decides otherwise.] on its website, but it has not yet told the "
        "workforce what it has learned from them.")
    d.raw("<h2>Tackling corruption</h2>")
    d.p("The unit has grown from six to eleven investigators since our last inspection, and it "
        "now has its own analyst.",
        "It assesses intelligence promptly, and in the cases we examined it had taken "
        "appropriate action to protect the public.", label="Counter-corruption unit")
    d.p("The force can only monitor part of its own systems.",
        "The software it bought in 2022 covers the crime recording system and email, but not the "
        "command and control system or the force’s mobile devices.^[The force expects to extend "
        "monitoring to mobile devices during 2025.]", label="Monitoring of IT systems")
    d.p("Most of the officers and staff we spoke to knew how to report a concern about a "
        "colleague, and they trusted the confidential reporting line.",
        "A few said that they would still hesitate before reporting a supervisor.",
        label="Reporting concerns", sep=".")
    d.raw("<h2>Conclusion</h2>")
    d.p("We will revisit Kestermoor Police in 2025 to assess its progress against the cause of "
        "concern.",
        "In the meantime, we have asked the force to send us a plan setting out how it intends "
        "to respond.")
    d.raw("</div>")
    d.raw('<h2 class="wide">Summary of findings</h2>')
    rows = [("Vetting", "Clearance is granted promptly, but conditions are not passed on to "
             "line managers."),
            ("Misconduct", "Cases are investigated thoroughly but take too long to finalise."),
            ("Counter-corruption", "The unit is well resourced, although its monitoring of IT "
             "systems is incomplete.")]
    out = ['<table class="sum"><thead><tr><th>Area</th><th>What we found</th></tr></thead><tbody>']
    for area, found in rows:
        d.gold.add(found)
        out.append(f'<tr><td class="area">{area}</td><td>{d.s(found)}</td></tr>')
    out.append("</tbody></table>")
    d.raw("".join(out))
    d.raw('<ol class="notes">' + "".join(f"<li>{html.escape(n)}</li>" for n in d.notes)
          + "</ol>")
    path = d.write("Kestermoor Police: vetting, misconduct and counter-corruption", CSS_F02)
    settings = dict(margin=(2.0, 1.9, 2.3, 1.9), header=("", "", ""), footer=("", "", "&P"))
    return d, path, settings


# ---------------------------------------------------------------------------------------------
# f03: cause of concern revisit letter

CSS_F03 = """
body { font-family: "Caladea", serif; font-size: 11.5pt; line-height: 1.4; margin: 0; }
.head { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #3b2e58;
        padding-bottom: 4mm; margin-bottom: 6mm; }
.head .org { font-family: "Carlito", sans-serif; color: #3b2e58; }
.head .org b { font-size: 24pt; display: block; letter-spacing: 1px; }
.head .org span { font-size: 9pt; }
.head address { font-family: "Carlito", sans-serif; font-style: normal; font-size: 9pt;
                text-align: right; line-height: 1.3; }
.notice { font-size: 10pt; font-variant-ligatures: none; }
.to { margin: 6mm 0 0; line-height: 1.25; }
.date { text-align: right; margin: 0 0 6mm; }
.subject { font-weight: bold; margin: 5mm 0; }
p { margin: 0 0 3.2mm; }
h2 { font-size: 11.5pt; font-weight: bold; font-style: italic; margin: 5mm 0 2mm; }
ol, ul { margin: 0 0 3.2mm; padding-left: 9mm; }
ol { list-style-type: lower-alpha; }
ul { list-style-type: "•   "; }
li { margin: 0 0 1.2mm; padding-left: 1mm; }
.sign { margin-top: 6mm; }
.sign svg { display: block; margin: 2mm 0 1mm; }
"""

SIGNATURE = ('<svg width="150" height="42" viewBox="0 0 150 42"><path d="M4 30 C 14 6, 22 6, 24 '
             '24 S 34 40, 42 18 S 56 4, 60 26 C 63 36, 70 34, 76 20 S 90 10, 96 28 C 100 36, 112 '
             '30, 120 16 S 136 14, 146 22" fill="none" stroke="#1b1b4b" stroke-width="1.6"/>'
             "</svg>")


def f03():
    d = Page("f03_letter_wrenhallow")
    d.raw('<div class="head"><div class="org"><b>HMICFRS</b><span>Inspecting policing in the '
          "public interest</span></div><address>Floor 3, Harbour House<br>22 Quay Street<br>"
          "Morrowgate MG2 7PL<br>Email: enquiries@example.org</address></div>")
    d.raw(f'<p class="notice">{NOTICE}</p>')
    d.raw('<p class="to">Chief Constable Alun Brereton<br>Wrenhallow Police<br>Police '
          "Headquarters<br>Castle Lane<br>Wrenhallow WH1 3AA</p>")
    d.raw('<p class="date">18 February 2025</p>')
    d.raw("<p>Dear Chief Constable,</p>")
    d.raw('<p class="subject">Wrenhallow Police: revisit of the cause of concern about call '
          "handling</p>")
    d.p("In our PEEL report on Wrenhallow Police, published in June 2024, we raised a cause of "
        "concern about how quickly the force answers calls from the public.",
        "Too many callers to the non-emergency number gave up before their call was answered, "
        "and some emergency calls waited more than a minute.")
    d.p("We recommended that the force should, within six months:")
    d.items([
        "reduce the time it takes to answer emergency and non-emergency calls;",
        "make sure that callers who are vulnerable are identified and given priority; and",
        "improve the way it monitors demand in the control room, so that it can plan staffing "
        "to meet it.",
    ], tag="ol")
    d.p("We revisited the force in January 2025 to assess its progress.",
        "During the revisit, we:")
    d.items([
        "spoke to call handlers, dispatchers and their supervisors;",
        "listened to 120 recorded calls from October and November 2024; and",
        "examined the force’s performance data for the previous twelve months.",
    ])
    d.p("We also met the leadership team of the force control room.")
    d.raw("<h2>Our findings</h2>")
    d.p("The force has made good progress.",
        "In December 2024, it answered 93 per cent of emergency calls within ten seconds, "
        "compared with 71 per cent in the same month a year earlier.",
        "The average wait for a non-emergency call fell from 14 minutes to just under five "
        "minutes over the same period.",
        "These improvements are largely the result of a new shift pattern and the recruitment "
        "of 38 additional call handlers.")
    d.p("Call handlers now use a structured set of questions to identify vulnerability at the "
        "start of every call they answer.",
        "In the calls we listened to, they identified vulnerable callers in all but four cases, "
        "and they gave those callers appropriate advice.",
        "Supervisors now review a sample of calls each week, and they give call handlers "
        "feedback on how they identified risk.")
    d.p("The force’s understanding of demand has also improved, although it still relies on "
        "spreadsheets that only a few members of staff know how to use.",
        "We were told that a new planning tool would be in place by the summer.",
        "Abandoned calls are still more common at weekends, when the control room is at its "
        "busiest.")
    d.raw("<h2>Conclusion</h2>")
    d.p("Taking all of this into account, we are satisfied that the force has addressed the "
        "cause of concern.",
        "We will keep watching its call handling through our routine engagement, and we "
        "will look at it again during our next PEEL inspection.")
    d.p("I have sent a copy of this letter to the police, fire and crime commissioner.",
        "Thank you for the cooperation that you and your staff showed us throughout the "
        "revisit.")
    d.raw(f'<div class="sign"><p>Yours sincerely,</p>{SIGNATURE}<p>Rosalind Achterberg<br>'
          "His Majesty’s Inspector of Constabulary</p></div>")
    path = d.write("Letter to the Chief Constable of Wrenhallow Police", CSS_F03)
    settings = dict(margin=(2.2, 2.4, 2.2, 2.4), header=("", "", ""), footer=("", "&P", ""))
    return d, path, settings


# ---------------------------------------------------------------------------------------------

PRINT_JS = """
const done = arguments[arguments.length - 1];
const [mt, mr, mb, ml, hl, hc, hr, fl, fc, fr, out] = arguments;
const {print} = ChromeUtils.importESModule("chrome://remote/content/shared/PDF.sys.mjs");
const s = print.addDefaultSettings({background: true, shrinkToFit: false,
    page: {width: 21.0, height: 29.7},
    margin: {top: mt, right: mr, bottom: mb, left: ml}});
const ps = print.getPrintSettings(s);
ps.headerStrLeft = hl; ps.headerStrCenter = hc; ps.headerStrRight = hr;
ps.footerStrLeft = fl; ps.footerStrCenter = fc; ps.footerStrRight = fr;
ps.edgeTop = 0.25; ps.edgeBottom = 0.25; ps.edgeLeft = 0.3; ps.edgeRight = 0.3;
ps.title = ""; ps.docURL = "";
const bc = gBrowser.selectedBrowser.browsingContext;
print.printToBinaryString(bc, ps).then(b => done(btoa(b)), e => done("ERROR " + e));
"""


def main():
    from marionette_driver.marionette import Marionette

    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    docs = [f01(), f02(), f03()]
    os.makedirs(PDF_DIR, exist_ok=True)
    m = Marionette(host="127.0.0.1", port=int(os.environ.get("MARIONETTE_PORT", "2828")),
                   bin=FIREFOX, headless=True, gecko_log=GECKO_LOG,
                   prefs={"print.print_headerleft": "", "print.print_footerright": ""})
    try:
        m.start_session()
        for d, path, st in docs:
            m.set_context("content")
            m.navigate("file://" + path)
            m.set_context("chrome")
            mt, mr, mb, ml = st["margin"]
            args = [mt, mr, mb, ml, *st["header"], *st["footer"], ""]
            r = m.execute_async_script(PRINT_JS, script_args=args, script_timeout=120000)
            if r.startswith("ERROR"):
                raise SystemExit(f"{d.name}: {r}")
            with open(os.path.join(PDF_DIR, d.name + ".pdf"), "wb") as f:
                f.write(base64.b64decode(r))
            print(f"{d.name}: {d.gold.write()} gold")
    finally:
        m.delete_session()
        m.cleanup()
        del m
        gc.collect()    # let mozprofile remove its profile now, not at interpreter exit


if __name__ == "__main__":
    main()
