"""probe18 producer r: rinohtype 0.5.6 (PyPI), the Python document processor, driven the way its
users drive it: a reStructuredText source, a template configuration (.rtt) and a style sheet
(.rts), rendered by rinohtype's own layout engine (line breaking, hyphenation from its bundled
en_US patterns, footnotes placed at the page foot, page and column chaining, table of contents
with tab leaders) and written by its own PDF backend.

The generator writes each document's .rst, .rtt and .rts to a temporary folder and renders them
through rinohtype's Python API (what the ``rinoh`` command does), with the PDF backend's clock
fixed so that rebuilds are byte-identical (rinohtype stamps CreationDate and ModDate and derives
the trailer /ID from the time).

  r01  PEEL 2023-25 report: title block, contents with dot
       leaders, grade table, judgement headings ending in a grade, footnotes after a full stop
       and glued to a word (notes at the page foot), lettered and roman lists after lead-ins,
       "Area for improvement" boxes, running header and "Page N of M" footer, back cover.
  r02  thematic inspection: two justified, hyphenated columns with a sidebar box, sentences
       crossing the column and page breaks, bullets after a lead-in, "(a)" recommendations.
  r03  2014-style crime data integrity report in the PDF standard fonts (Times, Helvetica, not
       embedded): numbered sections, "1." and "(i)" lists, a recommendations table with prose
       cells, footnotes, running header.

Usage: python3 gen_rinoh.py
"""
import datetime
import os
import re
import shutil
import tempfile

import rinoh.backend.pdf.cos as rinoh_cos
from common import NOTICE, PDF_DIR, Gold, para
from rinoh.frontend.rst import ReStructuredTextReader
from rinoh.template import TemplateConfigurationFile

FIXED = datetime.datetime(2025, 3, 4, 9, 30, 0, tzinfo=datetime.timezone.utc)


class _FixedClock(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return FIXED


rinoh_cos.datetime = _FixedClock          # CreationDate, ModDate and the /ID hash

FN = re.compile(r"\^\[([^\]]*)\]")


class Rst:
    """Builds a reStructuredText source and its gold together."""

    def __init__(self, name):
        self.gold = Gold(name)
        self.lines = []

    def _inline(self, text):
        notes = FN.findall(text)
        return FN.sub(r"\\ [#]_", text), notes

    def _emit_notes(self, notes, indent=""):
        for n in notes:
            self.lines += [indent + ".. [#] " + n, ""]

    def raw(self, *lines):
        self.lines += list(lines) + [""]

    def title(self, text, under="="):
        self.lines += [text, under * (len(text) + 2), ""]

    def cls(self, name):
        self.lines += [".. class:: " + name, ""]

    def p(self, *sents, gold=True, indent=""):
        if gold:
            self.gold.add(*sents)
        text, notes = self._inline(para(sents))
        self.lines += [indent + text, ""]
        self._emit_notes(notes, indent)

    def items(self, labels, sents, indent="", gold=True):
        """A list; labels: a list of markers ("a.", "(i)", "-") one per item."""
        all_notes = []
        for lab, s in zip(labels, sents, strict=False):
            if gold:
                self.gold.add(s)
            text, notes = self._inline(s)
            all_notes += notes
            self.lines.append(indent + lab + " " + text)
        self.lines.append("")
        self._emit_notes(all_notes, indent)

    def box(self, title, klass, body):
        """An admonition box; body is a list of ('p', [sents]) or ('items', labels, sents)."""
        self.lines += [".. admonition:: " + title, "   :class: " + klass, ""]
        for part in body:
            if part[0] == "p":
                self.p(*part[1], indent="   ")
            else:
                self.items(part[1], part[2], indent="   ")

    def sidebar(self, title, body):
        self.lines += [".. sidebar:: " + title, ""]
        for sents in body:
            self.p(*sents, indent="   ")

    def table(self, rows, widths, gold_cols=(), header=1, klass=None):
        self.lines += [".. list-table::", f"   :header-rows: {header}",
                       "   :widths: " + " ".join(str(w) for w in widths)]
        if klass:
            self.lines.append("   :class: " + klass)
        self.lines.append("")
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if r >= header and c in gold_cols:
                    self.gold.add(cell)
                self.lines.append(("   * - " if c == 0 else "     - ") + cell)
        self.lines.append("")

    def text(self):
        return "\n".join(self.lines) + "\n"


def render(name, rst, rtt, rts):
    tmp = tempfile.mkdtemp(prefix="probe18_rinoh_")
    try:
        for ext, body in ((".rst", rst.text()), (".rtt", rtt), (".rts", rts)):
            with open(os.path.join(tmp, name + ext), "w", encoding="utf-8") as f:
                f.write(body)
        config = TemplateConfigurationFile(os.path.join(tmp, name + ".rtt"))
        doctree = ReStructuredTextReader().parse(os.path.join(tmp, name + ".rst"))
        document = config.document(doctree)
        document.render(os.path.join(tmp, name))
        shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(PDF_DIR, name + ".pdf"))
    finally:
        shutil.rmtree(tmp)
    n = rst.gold.write()
    print(f"{name}: {n} gold sentences")


# ---------------------------------------------------------------------------------------------
# shared style sheet pieces

RTS_COMMON = """
[enumerated list]
margin_left=6pt
space_above=4pt
space_below=6pt
ordered=True
flowable_spacing=3pt
label_suffix='.'

[alpha list : List('enumerated', has_class='alpha')]
base=enumerated list
number_format=lowercase character
label_suffix='.'

[alphaparen list : List('enumerated', has_class='alphaparen')]
base=enumerated list
number_format=lowercase character
label_prefix='('
label_suffix=')'

[roman list : List('enumerated', has_class='roman')]
base=enumerated list
number_format=lowercase roman
label_suffix='.'

[romanparen list : List('enumerated', has_class='romanparen')]
base=enumerated list
number_format=lowercase roman
label_prefix='('
label_suffix=')'

[notice:Paragraph(has_class='notice')]
base=body
ligatures=False
hyphenate=False
font_slant=italic
text_align=left

[newpage section : +Section(has_class='newpage')]
page_break=any

[backcover section : +Section(has_class='backcover')]
page_break=any
"""


# ---------------------------------------------------------------------------------------------
# r01: PEEL 2023-25, Pellingford Police

def r01():
    name = "r01_peel_pellingford"
    d = Rst(name)
    d.title("Pellingford Police")
    d.raw("PEEL 2023–25: Police effectiveness, efficiency and legitimacy",
          "-" * 66)
    d.cls("notice")
    d.raw(NOTICE)
    d.title("Overall summary", "=")
    d.title("Our judgements", "-")
    d.p("Our inspection assessed how good Pellingford Police is in ten areas of policing.")
    d.table([["Area", "Grade"],
             ["Recording data about crime", "Good"],
             ["Preventing crime", "Adequate"],
             ["Responding to the public", "Requires improvement"],
             ["Investigating crime", "Adequate"],
             ["Protecting vulnerable people", "Good"],
             ["Managing offenders and suspects", "Requires improvement"],
             ["Building, supporting and protecting the workforce", "Good"],
             ["Leadership and force management", "Adequate"]], [70, 30], klass="grades")
    d.title("HM Inspector’s observations", "-")
    d.p("I am pleased with some aspects of the way Pellingford Police keeps people safe, but "
        "its response to emergency calls worries me.",
        "Over the past year the force has lost many of its experienced call handlers, and the "
        "new recruits are still learning the job.",
        "As a result, callers have waited too long for an answer, and some of them gave up "
        "before anyone spoke to them.^[Figures supplied by the force for the year ending 31 "
        "March 2025.]")
    d.p("The chief constable has a clear plan to put this right, and I will watch its progress "
        "closely.")

    d.cls("newpage")
    d.title("Responding to the public: requires improvement", "=")
    d.p("The force is too slow to answer emergency calls.",
        "In the year to March 2025 it answered 71 percent of 999 calls within ten seconds, "
        "against a national standard of 90 percent.")
    d.p("Call handlers we spoke to described a heavy workload and little time for "
        "training^[The force introduced a new training schedule in January 2025.] between "
        "shifts.",
        "When we listened to recorded calls, we found that handlers had not always:")
    d.cls("alpha")
    d.items(["a.", "b.", "c."],
            ["asked the caller whether anyone at the scene was vulnerable;",
             "given clear advice on keeping evidence safe until officers arrived; or",
             "recorded the reasons for the grade of response they chose."])
    d.box("Area for improvement", "afi",
          [("p", ["The force should make sure that it answers emergency calls promptly and "
                  "that call handlers assess the risk to every caller."])])
    d.title("Investigating crime: adequate", "=")
    d.p("Most investigations are allocated to officers with the right skills.",
        "Supervisors check the progress of cases regularly, and we saw good examples of "
        "detailed investigation plans.")
    d.p("However, the force does not always keep victims informed.",
        "In 14 of the 50 cases we examined, the victim had not been told of a significant "
        "development, such as an arrest or a decision to take no further action.")
    d.p("The force is developing a digital tool^[The tool is known locally as “Case "
        "Tracker”.] that will remind officers when an update is due.",
        "It is too soon to judge whether this will improve the service.")
    d.title("Protecting vulnerable people: good", "=")
    d.p("Pellingford Police identifies vulnerable people well and works closely with its "
        "partners to protect them.",
        "Its specialist teams have manageable workloads and are well supervised.")
    d.p("The force has taken three practical steps to protect victims of domestic abuse:")
    d.cls("roman")
    d.items(["i.", "ii.", "iii."],
            ["it reviews every high-risk case within one working day;",
             "it has trained neighbourhood officers to apply for protection orders; and",
             "it shares information about repeat perpetrators with local housing providers."])
    d.p("Victims who spoke to us said that officers treated them with kindness and took "
        "their concerns seriously.")
    d.box("Innovative practice", "afi",
          [("p", ["The force has placed a specialist adviser in its control room at weekends.",
                  "The adviser helps call handlers to identify the signs of coercive and "
                  "controlling behaviour."])])
    d.title("Managing offenders and suspects: requires improvement", "=")
    d.p("The force has a backlog of suspects who are wanted for questioning.",
        "Some of these suspects have been outstanding for more than six months, and the force "
        "could not tell us how many of them present a risk to the public.")
    d.box("Area for improvement", "afi",
          [("p", ["The force should review its outstanding suspects and prioritise those "
                  "who present the greatest risk."])])
    d.cls("backcover")
    d.title("About this document", "=")
    d.raw("This page is the back cover of a synthetic document made for software testing.",
          "",
          "It is not published by any inspectorate and may be copied freely.",
          "",
          "Document reference: PROBE18-R01.")
    rtt = """[TEMPLATE_CONFIGURATION]
name = r01
template = article
parts = contents
stylesheet = r01_peel_pellingford.rts
language = en

[VARIABLES]
paper_size = A4

[contents_page]
header_text = 'PEEL 2023–25\\tPellingford Police'
footer_text = '\\tPage {PAGE_NUMBER} of {NUMBER_OF_PAGES}'
top_margin = 2.4cm
bottom_margin = 2.2cm
left_margin = 2.2cm
right_margin = 2.2cm
"""
    rts = """[STYLESHEET]
name=probe18 r01
base=sphinx_article

[VARIABLES]
serif_typeface=Tex Gyre Heros
sans_typeface=Tex Gyre Heros
blue=#1f3864

[default:Paragraph]
font_size=10.5pt
line_spacing=fixed(14pt, leading(0))
text_align=left
hyphenate=False

[body]
space_above=7pt

[title page title]
font_size=24pt
text_align=left
font_color=#1f3864

[title page subtitle]
font_size=14pt
text_align=left

[abstract paragraph]
base=body
ligatures=False
font_weight=regular
font_slant=italic

[heading level 1]
number_format=None
font_size=15pt

[heading level 2]
number_format=None
font_size=12.5pt
space_above=14pt

[header_footer:Paragraph]
font_weight=regular
font_size=8.5pt
tab_stops=100% RIGHT

[table of contents section]
page_break=none

[toc level 1]
font_weight=regular
tab_stops=0.6cm, 100% RIGHT '. '

[toc level 2]
margin_left=0.6cm
tab_stops=0.6cm, 100% RIGHT '. '

[admonition]
border=0.5pt,#1f3864
background_color=#e9eef6
padding_left=8pt
padding_right=8pt
padding_top=4pt
""" + RTS_COMMON
    render(name, d, rtt, rts)


# ---------------------------------------------------------------------------------------------
# r02: thematic inspection in two columns (Quenmoor and two other forces)

def r02():
    name = "r02_rural_quenmoor"
    d = Rst(name)
    d.title("Policing in rural communities")
    d.raw("A thematic inspection of Quenmoor Constabulary, Oxlade Police and Wrayburgh Police",
          "-" * 84)
    d.cls("notice")
    d.raw(NOTICE)
    d.title("Summary", "=")
    d.p("People who live in the countryside told us that they rarely see a police officer, and "
        "many of them have stopped reporting crime because they expect nothing to happen.",
        "We inspected three forces with large rural areas to find out whether this belief is "
        "justified.")
    d.p("We found committed officers and staff who know their communities, but they are spread "
        "very thinly across enormous distances.",
        "In Quenmoor, a single patrol car can be responsible for an area of more than four "
        "hundred square miles during the night.")
    d.sidebar("Rural crime in numbers", [
        ["Farm machinery thefts reported to the three forces rose by a fifth over two years.",
         "Fewer than one in ten of these thefts led to a charge."]])
    d.p("Rural crime is often organised.",
        "Gangs travel long distances to steal tractors, quad bikes and livestock, and they "
        "exploit the long response times that they know rural forces face.")
    d.p("All three forces have set up dedicated rural crime teams.",
        "These teams are highly regarded by farmers and landowners, but they are small and are "
        "frequently taken away from their own work to cover shortages elsewhere.")
    d.title("Responding to rural victims", "=")
    d.p("We examined how each force prioritises calls from isolated places.",
        "None of the three forces takes account of the distance to the nearest help when it "
        "grades the urgency of a call.",
        "This means that an elderly victim on a remote farm may wait as long as a victim in a "
        "town centre, even though no neighbour or passer-by can come to their aid.")
    d.p("Victims we interviewed wanted three things from the police:")
    d.items(["-", "-", "-"],
            ["a realistic estimate of when an officer would arrive;",
             "advice on what to do while they waited; and",
             "a call back to tell them how the investigation was going."])
    d.p("The forces were not consistently providing any of these.",
        "Too often, victims told us, they were given a crime reference number and heard "
        "nothing more.")
    d.title("Working with partners", "=")
    d.p("Wrayburgh Police has built a strong network of volunteers through its rural watch "
        "scheme, which now has more than two thousand members who share information about "
        "suspicious vehicles.",
        "Oxlade Police has trained staff from the local wildlife trust to recognise and record "
        "evidence of poaching and hare coursing.")
    d.p("Quenmoor Constabulary has been slower to develop partnerships of this kind.",
        "Its officers told us that they had little time to attend community meetings because "
        "of the demands of response work.")
    d.title("Recommendations", "=")
    d.p("By the end of March 2026, chief constables of forces with large rural areas should:")
    d.cls("alphaparen")
    d.items(["(a)", "(b)", "(c)"],
            ["make sure that call grading takes account of a victim’s isolation;",
             "protect the time of their rural crime teams so that those teams can carry out "
             "their own work; and",
             "agree with partners how information about rural crime will be shared and used."])
    d.p("We will review progress against these recommendations in our next round of "
        "inspections.")
    rtt = """[TEMPLATE_CONFIGURATION]
name = r02
template = article
parts = contents
stylesheet = r02_rural_quenmoor.rts
language = en

[VARIABLES]
paper_size = A4

[contents_page]
columns = 2
column_spacing = 0.8cm
header_text = 'Policing in rural communities\\t'
footer_text = '\\t{PAGE_NUMBER}'
top_margin = 2.6cm
bottom_margin = 2.6cm
left_margin = 2.2cm
right_margin = 2.2cm
"""
    rts = """[STYLESHEET]
name=probe18 r02
base=sphinx_article

[VARIABLES]
blue=#4a2a6a

[default:Paragraph]
font_size=11pt
line_spacing=fixed(14.5pt, leading(0))
text_align=justify
hyphen_chars=3

[body]
space_above=6pt

[title page title]
font_size=22pt
text_align=left
font_color=#4a2a6a

[title page subtitle]
font_size=12pt
font_slant=italic
text_align=left

[abstract paragraph]
base=body
ligatures=False
font_weight=regular
font_slant=italic
hyphenate=False
text_align=left

[table of contents section]
hide=True

[heading level 1]
number_format=None
font_size=13pt
space_above=12pt
space_below=4pt

[header_footer:Paragraph]
font_weight=regular
font_size=8pt
tab_stops=100% RIGHT

[bulleted list item label]
font_color=#4a2a6a

[sidebar]
border=0.8pt,#4a2a6a
background_color=#efe8f5
padding_left=6pt
padding_right=6pt
padding_top=4pt
padding_bottom=6pt
space_above=8pt
space_below=4pt

[sidebar title]
base=body
font_weight=bold
font_color=#4a2a6a
text_align=left
""" + RTS_COMMON
    render(name, d, rtt, rts)


# ---------------------------------------------------------------------------------------------
# r03: 2014-style crime data integrity report, PDF standard fonts

def r03():
    name = "r03_cdi_ashworne"
    d = Rst(name)
    d.title("Crime recording: making the victim count")
    d.raw("Ashworne Police: crime data integrity inspection 2014", "-" * 56)
    d.cls("notice")
    d.raw(NOTICE)
    d.title("1. Introduction", "=")
    d.p("This report sets out what HMIC found when it inspected the way Ashworne Police records "
        "crime.",
        "Accurate recording matters because it tells victims that they have been believed and "
        "tells the force where to direct its resources.")
    d.p("We examined 1,240 incident records and checked whether each one that should have "
        "been recorded as a crime had been recorded correctly.^[The sample was drawn from "
        "incidents reported between 1 November 2012 and 31 October 2013.]")
    d.title("2. Leadership and governance", "=")
    d.p("The chief officer team has made clear that it wants crime to be recorded honestly.",
        "However, this message has not reached every part of the force.",
        "Some officers we met believed that their performance was still judged by the number "
        "of crimes recorded on their shift.")
    d.p("The force crime registrar is experienced and respected, but has only two auditors to "
        "help with the work.",
        "As a result, the force has carried out just three audits of crime recording in the "
        "past eighteen months.")
    d.title("3. Systems and processes", "=")
    d.p("Of the incidents we examined that should have been recorded as crimes, the force had "
        "recorded 79 percent.",
        "The most common reasons for crimes not being recorded were:")
    d.cls("roman")
    d.items(["i.", "ii.", "iii."],
            ["officers accepting a victim’s wish not to make a formal complaint, when the "
             "rules required a record to be made;",
             "reports of violence being recorded as incidents of disorder; and",
             "crimes reported by partner agencies being left on the incident log."])
    d.p("We also found that 12 of the 70 crimes the force had later cancelled had been "
        "cancelled wrongly.",
        "In four of these cases there was no record of any further enquiry before the "
        "decision was made.^[Cancellation is allowed only when additional verifiable "
        "information shows that no crime took place.]")
    d.title("4. People and skills", "=")
    d.p("Few officers had received any training in the national crime recording "
        "standard^[The standard is set by the Home Office and applies to all forces in England "
        "and Wales.] since joining the force.",
        "Staff in the crime management unit were knowledgeable, but they were often too busy "
        "to correct the errors they found.")
    d.p("The force has begun to use the results of its audits in supervisors’ reviews.",
        "Several sergeants told us that they now feel able to challenge a decision not to "
        "record a crime.",
        "We regard this as an encouraging start, although it is not yet consistent across "
        "the three divisions.")
    d.title("5. Recommendations", "=")
    d.p("HMIC recommends that Ashworne Police takes the following steps.")
    d.table([["No.", "Recommendation", "By"],
             ["1", "The force should give the force crime registrar enough auditors to check "
              "recording standards every month.", "3 months"],
             ["2", "The force should train every officer who records crime in the national "
              "standard.", "6 months"],
             ["3", "Supervisors should review every cancelled crime before the cancellation is "
              "confirmed.", "Immediately"]], [8, 72, 20], gold_cols=(1,))
    d.p("HMIC will revisit the force to check its progress.",
        "The force has told us that it accepts all three recommendations.")
    rtt = """[TEMPLATE_CONFIGURATION]
name = r03
template = article
parts = contents
stylesheet = r03_cdi_ashworne.rts
language = en

[VARIABLES]
paper_size = A4

[contents_page]
header_text = 'Crime data integrity: Ashworne Police\\tHMIC'
footer_text = '\\t{PAGE_NUMBER}'
top_margin = 2.5cm
bottom_margin = 2.5cm
left_margin = 2.5cm
right_margin = 2.5cm
"""
    rts = """[STYLESHEET]
name=probe18 r03
base=sphinx_article

[VARIABLES]
serif_typeface=Times
sans_typeface=Helvetica
mono_typeface=Courier
fallback_typeface=Times
blue=#003366

[default:Paragraph]
font_size=11pt
line_spacing=fixed(14pt, leading(0))
text_align=justify
hyphen_chars=3

[body]
space_above=7pt

[title page title]
font_size=20pt
text_align=left

[title page subtitle]
font_size=13pt
text_align=left

[abstract paragraph]
base=body
ligatures=False
font_weight=regular
font_slant=italic
hyphenate=False
text_align=left

[table of contents section]
hide=True

[heading level 1]
number_format=None
font_size=13pt

[header_footer:Paragraph]
font_weight=regular
font_size=9pt
tab_stops=100% RIGHT

[table body cell paragraph]
text_align=left
font_size=10pt
hyphenate=False
""" + RTS_COMMON
    render(name, d, rtt, rts)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    r01()
    r02()
    r03()


if __name__ == "__main__":
    main()
