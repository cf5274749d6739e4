"""probe24: the three `g` documents, laid out and written by genpdf (Rust) through pygenpdf.

PyPI `pygenpdf` 0.1.18 builds the JSON that PyPI `pygenpdf_json` 0.1.18 (a compiled Rust
extension: genpdf-json 0.1.16 over numaelis-rckive-genpdf 0.4.7, a fork of the genpdf crate,
which writes through printpdf 0.7.0 and lopdf 0.31) turns into a PDF.  genpdf does the layout:
it breaks the lines of every paragraph, flows paragraphs, lists and tables down the pages,
splits them at page ends, numbers ordered lists, draws table rules, frames and backgrounds, and
prints the running header, the page number (from page 2) and the footer on every page.
TrueType fonts (Liberation, Caladea) are embedded whole.  genpdf has no superscript, so a
footnote call is a 6 pt digit on the baseline, and the notes are printed at the end of the
document (endnotes, not gold).  printpdf stamps the clock's time into the document information,
so each document is rendered in a child process under `faketime` with TZ=UTC.  The gold is
written from the same strings.
"""
import os
import subprocess
import sys

from common import NOTICE, PDF_DIR, Gold, pieces

LIB = "/usr/share/fonts/truetype/liberation"
CROS = "/usr/share/fonts/truetype/crosextra"
DATES = {
    "g01_peel_saltrigg": "2025-06-03 08:00:00",
    "g02_custody_harrowdene": "2024-12-11 10:30:00",
    "g03_letter_lydgarth": "2025-03-03 15:45:00",
}


def G():
    # imported late: only the child processes need the library
    from pygenpdf import genpdf
    return genpdf


class Doc:
    def __init__(self, name, size=10):
        self.g = G()
        self.name = name
        self.gold = Gold(name)
        self.doc = self.g.Document()
        self.size = size
        self.notes = []

    def S(self, size=None, bold=False, italic=False, color=None, family=None):
        g = self.g
        st = g.Style().with_font_size(size or self.size)
        if bold:
            st = st.bold()
        if italic:
            st = st.italic()
        if color:
            st = st.with_color(g.Color().rgb(*color))
        if family:
            st = st.with_font_family(family)
        return st

    def runs(self, sents, **kw):
        """A Paragraph of marked-up sentences; footnote calls become 6 pt digits."""
        g = self.g
        par = None
        text = " ".join(sents)
        for kind, txt in pieces(text):
            if kind == "text":
                ss = g.StyledString(txt, self.S(**kw))
            else:
                self.notes.append(txt)
                kw2 = dict(kw, size=6)
                ss = g.StyledString(str(len(self.notes)), self.S(**kw2))
            if par is None:
                par = g.Paragraph(ss)
            else:
                par.push(ss)
        return par

    def text(self, s, align=None, pad=None, **kw):
        """A paragraph that is not gold."""
        g = self.g
        p = g.Paragraph(g.StyledString(s, self.S(**kw)))
        if align:
            p = p.aligned(align)
        if pad:
            p = p.padded(g.Margins().trbl(*pad))
        return p

    def para(self, sents, pad=(0, 0, 2.5, 0), gold=True, **kw):
        g = self.g
        if gold:
            self.gold.add(*sents)
        p = self.runs(sents, **kw)
        if pad:
            p = p.padded(g.Margins().trbl(*pad))
        return p

    def push(self, el):
        self.doc.push(el)

    def endnotes(self, size=7):
        """The footnote texts, after a short rule at the end of the document (not gold)."""
        g = self.g
        if not self.notes:
            return
        lay = g.VerticalLayout()
        for i, n in enumerate(self.notes, 1):
            lay.push(self.text(f"{i}  {n}", size=size))
        lay.framed_trbl(g.LineStyle().with_thickness(0.3), True, False, False, False)
        self.push(g.Break(1))
        self.push(lay.padded(self.g.Margins().trbl(1, 0, 0, 0)))

    def write(self):
        path = os.path.join(PDF_DIR, self.name + ".pdf")
        self.doc.render_json_file(path)
        return self.gold.write()


NAVY = (31, 56, 100)
TEAL = (0, 110, 120)
GREY = (90, 90, 90)
BACK = (204, 230, 232)
TINT = (228, 236, 244)


def heading(d, text, grade=None, size=13, color=NAVY, top=4):
    g = d.g
    p = g.Paragraph(g.StyledString(text, d.S(size=size, bold=True, color=color)))
    if grade:
        p.push(g.StyledString(grade, d.S(size=size, bold=True, color=TEAL)))
    return p.padded(g.Margins().trbl(top, 0, 1.5, 0))


def g01():
    d = Doc("g01_peel_saltrigg", size=10)
    g = d.g
    doc = d.doc
    doc.set_title("PEEL 2023–25: An inspection of Saltrigg Police")
    doc.set_default_font(LIB, "LiberationSans")
    doc.set_margins(g.Margins().trbl(12, 20, 14, 20))
    doc.set_line_spacing(1.25)
    doc.set_head_page([d.text("PEEL 2023–25 | Saltrigg Police", align=g.Alignment.RIGHT,
                              size=8, italic=True, color=GREY)])
    doc.set_head_page_count(d.text("Page", align=g.Alignment.RIGHT, size=8, color=GREY))
    doc.set_footer_page([d.text("Synthetic Inspectorate of Constabulary – test material",
                                align=g.Alignment.CENTER, size=7, color=GREY)])
    band = g.VerticalLayout()
    band.push(d.text("PEEL 2023–25", size=11, bold=True, color=TEAL))
    band.push(d.text("Police effectiveness, efficiency and legitimacy: An inspection of "
                     "Saltrigg Police", size=19, bold=True, color=NAVY, pad=(2, 0, 2, 0)))
    band.push(d.text("Published 3 June 2025", size=10, color=GREY))
    # genpdf-json paints a frame's background after its content with blend mode Multiply,
    # so text in a filled frame must be darker than the fill (white text would vanish)
    d.push(g.FramedElement(band.padded(g.Margins().trbl(4, 5, 4, 5)),
                           g.LineStyle().with_thickness(1.5).with_color(g.Color().rgb(*NAVY)),
                           g.BackgroundStyle().with_color(g.Color().rgb(*TINT))))
    d.push(d.text(NOTICE, size=9, italic=True, pad=(3, 0, 3, 0)))
    d.push(heading(d, "Overall summary", size=16, top=2))
    d.push(heading(d, "Our judgements", size=12, color=TEAL, top=1))
    d.push(d.para([
        "Our inspection assessed how good Saltrigg Police is in nine areas of policing.",
        "We make graded judgements in eight of these areas, and we give the force an ungraded "
        "assessment of how well it serves victims.",
    ]))
    t = g.TableLayout([5, 2])
    t.set_cell_decorator(g.FrameCellDecorator(True, True, True))
    cell = g.Margins().trbl(1, 1.5, 1, 1.5)
    t.push_row([d.text("Area of policing", bold=True, pad=(1, 1.5, 1, 1.5), size=9),
                d.text("Grade", bold=True, pad=(1, 1.5, 1, 1.5), size=9)])
    for area, grade in [
        ("Police powers and public treatment", "Good"),
        ("Preventing and deterring crime and anti-social behaviour, and reducing "
         "vulnerability", "Adequate"),
        ("Responding to the public", "Inadequate"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Good"),
        ("Developing a positive workplace", "Adequate"),
        ("Leadership and force management", "Good"),
    ]:
        t.push_row([d.text(area, size=9).padded(cell), d.text(grade, size=9).padded(cell)])
    d.push(t.padded(g.Margins().trbl(1, 0, 3, 0)))
    d.push(d.para(["We set out our findings for each area in the rest of this report."]))
    d.push(heading(d, "HM Inspector’s observations"))
    d.push(d.para([
        "Some aspects of Saltrigg Police’s performance please me, but the force must get better "
        "at answering the public’s calls and at getting officers to them.",
        "Too many people calling the emergency number wait longer than they should, and the "
        "force does not always send officers to incidents as quickly as it aims to.^[Based on "
        "data the force provided for the year to 31 December 2024.]",
        "These delays can leave vulnerable people at risk.",
        "The chief constable has accepted our findings and has already increased the number of "
        "call handlers on duty at peak times.",
    ]))
    d.push(heading(d, "Police powers and public treatment: ", "good"))
    d.push(d.para([
        "Officers generally use force proportionately and record their reasons clearly.",
        "The force’s external scrutiny panel reviews body-worn video footage of stop and search "
        "and use of force every month, and its feedback is shared with officers.",
    ]))
    d.push(heading(d, "Responding to the public: ", "inadequate"))
    d.push(d.para([
        "In the year to December 2024, the force answered only 71 percent of emergency calls "
        "within ten seconds.",
        "Call handlers did not complete a risk assessment in about a third of the calls we "
        "reviewed.",
        "When officers attended incidents, they often arrived well after the times set by the "
        "force’s own policy, and victims were not told about the delay.",
    ]))
    box = g.VerticalLayout()
    box.push(d.text("Cause of concern", bold=True, size=10, color=NAVY, pad=(0, 0, 1.5, 0)))
    box.push(d.para([
        "Saltrigg Police does not answer emergency calls quickly enough, and it does not assess "
        "the risk to callers consistently.",
    ], size=9))
    box.push(d.para(["Within three months, the force should:"], size=9, pad=(0, 0, 1, 0)))
    ul = g.UnorderedList().with_bullet("■")
    for s in [
        "increase the number of call handlers available at times of peak demand;",
        "make sure that call handlers complete a structured risk assessment for every call that "
        "needs one;",
        "tell callers when an officer will be delayed and why.",
    ]:
        ul.push(d.para([s], size=9, pad=(0, 0, 0.5, 0)))
    box.push(ul)
    d.push(g.FramedElement(box.padded(g.Margins().trbl(3, 4, 3, 4)),
                           g.LineStyle().with_thickness(0.6).with_color(g.Color().rgb(*TEAL)),
                           g.BackgroundStyle().with_color(g.Color().rgb(*TINT))))
    d.push(heading(d, "Investigating crime: ", "requires improvement"))
    d.push(d.para([
        "Investigations are not always allocated to officers with the right skills, and some "
        "remained with response officers for several weeks.",
        "Supervisors did not record their reviews in over half of the cases we examined.",
        "The force’s digital forensics unit^[The unit was restructured in September 2024.] now "
        "completes most phone examinations within a month.",
        "Victims were usually kept informed, but their needs were not always assessed under the "
        "victims’ code.^[The Code of Practice for Victims of Crime in England and Wales.]",
    ]))
    d.push(heading(d, "Protecting vulnerable people: ", "adequate"))
    d.push(d.para([
        "The force understands the nature of vulnerability in its area and works well with "
        "safeguarding partners.",
        "Its use of domestic abuse protection notices is increasing, but some officers lacked "
        "confidence in applying for them.",
    ]))
    d.push(heading(d, "Managing offenders and suspects: ", "good"))
    d.push(d.para([
        "The force manages registered sex offenders well, and its officers complete risk "
        "assessments on time.",
        "Its integrated offender management scheme has reduced reoffending among the people it "
        "supervises.",
    ]))
    d.push(heading(d, "Developing a positive workplace: ", "adequate"))
    d.push(d.para([
        "Officers and staff told us that their wellbeing is taken seriously, but many said their "
        "workloads are too high.",
    ]))
    d.push(heading(d, "Leadership and force management: ", "good"))
    d.push(d.para([
        "The chief officer team has a clear vision for the force, and the workforce understands "
        "it.",
        "The force manages its finances well and has a realistic plan for future savings.",
    ]))
    d.endnotes()
    d.push(g.PageBreak())
    back = g.VerticalLayout()
    back.push(d.text("Synthetic Inspectorate of Constabulary", size=16, bold=True, color=NAVY,
                     pad=(0, 0, 3, 0)))
    back.push(d.text("© Synthetic Inspectorate 2025. This synthetic publication may be reused "
                     "free of charge in any format or medium under the terms of an open licence.",
                     size=9, pad=(0, 0, 2, 0)))
    back.push(d.text("It is test material and was not published by any inspectorate. Enquiries: "
                     "contact@synthetic-inspectorate.invalid", size=9))
    d.push(g.Break(30))
    d.push(g.FramedElement(back.padded(g.Margins().trbl(8, 6, 8, 6)),
                           g.LineStyle().with_thickness(0.1).with_color(g.Color().rgb(*TEAL)),
                           g.BackgroundStyle().with_color(g.Color().rgb(*BACK))))
    return d.write()


def g02():
    d = Doc("g02_custody_harrowdene", size=10)
    g = d.g
    doc = d.doc
    doc.set_title("Police custody inspection: Harrowdene Constabulary")
    doc.set_default_font(LIB, "LiberationSansNarrow")
    doc.set_margins(g.Margins().trbl(12, 18, 14, 18))
    doc.set_line_spacing(1.2)
    doc.set_head_page([d.text("Harrowdene Constabulary – police custody inspection 2024",
                              align=g.Alignment.LEFT, size=8, color=GREY)])
    doc.set_head_page_count(d.text("Page", align=g.Alignment.RIGHT, size=8, color=GREY))
    doc.set_footer_page([d.text("Synthetic Inspectorate of Constabulary and Synthetic "
                                "Inspectorate of Prisons", align=g.Alignment.CENTER, size=7,
                                color=GREY)])
    d.push(d.text("Report on an unannounced inspection visit to police custody suites in "
                  "Harrowdene", size=18, bold=True, color=NAVY, pad=(0, 0, 2, 0)))
    d.push(d.text("Harrowdene Constabulary", size=13, color=TEAL))
    d.push(d.text("Inspection dates: 9–20 September 2024", size=10, color=GREY, pad=(1, 0, 2, 0)))
    d.push(d.text(NOTICE, size=9, italic=True, pad=(1, 0, 3, 0)))
    d.push(heading(d, "Summary", size=14, top=1))
    c1 = g.VerticalLayout()
    c1.push(d.para([
        "Custody provision in Harrowdene consists of three suites with a total of 48 cells.",
        "Leadership of custody was strong, and managers had a good understanding of the risks "
        "faced by detainees.",
    ]))
    c1.push(d.para([
        "Staff treated detainees with respect, and most detainees we spoke to were positive "
        "about their care.",
        "Risk assessments on arrival were thorough, and the outcomes were recorded well.",
    ]))
    c2 = g.VerticalLayout()
    c2.push(d.para([
        "However, some detainees waited in vans outside the suites for more than an hour before "
        "they could be booked in.",
        "Health care was available at all times, but detainees in the two smaller suites often "
        "waited too long to see a nurse.",
    ]))
    c2.push(d.para([
        "Custody staff did not always record when they had used force, and managers could not "
        "show us that each incident had been reviewed.",
        "We have made eight recommendations and identified eleven areas for improvement.",
    ]))
    cols = g.TableLayout([1, 1])
    cols.push_row([c1.padded(g.Margins().trbl(1.5, 3, 0.5, 2)), c2.padded(g.Margins().trbl(1.5, 2, 0.5, 3))])
    d.push(cols)
    box = g.VerticalLayout()
    box.push(d.text("What detainees told us", bold=True, size=10, color=NAVY, pad=(0, 0, 1.5, 0)))
    box.push(d.para([
        "Most detainees said they had been given enough to eat and drink.",
        "Several complained that cells were cold at night and that blankets were thin.",
        "Only a few knew that they could ask to see the custody inspector.",
    ], size=9, italic=True))
    side = g.VerticalLayout()
    side.push(g.FramedElement(box.padded(g.Margins().trbl(3, 4, 2, 4)),
                              g.LineStyle().with_thickness(0.1).with_color(g.Color().rgb(*TINT)),
                              g.BackgroundStyle().with_color(g.Color().rgb(*TINT))))
    d.push(side.padded(g.Margins().trbl(2, 0, 2, 60)))
    d.push(heading(d, "Leadership, accountability and partnerships"))
    d.push(d.para([
        "A chief inspector is responsible for custody and reports to a superintendent who chairs "
        "a monthly performance meeting.",
        "Partnership work with the local mental health trust has improved, and no one detained "
        "under mental health legislation was brought into custody in the last year.",
        "Data on the use of custody were collected but not analysed to identify trends.",
    ]))
    d.push(heading(d, "Pre-custody: first point of contact"))
    d.push(d.para([
        "Officers considered alternatives to custody for children, and the number of children "
        "detained overnight had fallen.",
        "Delays in booking in were caused mainly by the layout of the main suite, which has only "
        "two booking desks.",
    ]))
    t = g.TableLayout([3, 1, 2])
    t.set_cell_decorator(g.FrameCellDecorator(True, True, True))
    cell = g.Margins().trbl(1, 1.5, 1, 1.5)
    for i, row in enumerate([("Suite", "Cells", "Detainees in 2023–24"),
                             ("Harrowdene Central", "24", "8,410"),
                             ("Millbrook", "14", "3,020"),
                             ("Eastgate", "10", "1,960")]):
        t.push_row([d.text(c, size=9, bold=(i == 0)).padded(cell) for c in row])
    d.push(t.padded(g.Margins().trbl(1, 30, 3, 30)))
    d.push(heading(d, "In the custody suite: treatment and conditions"))
    d.push(d.para([
        "Cells were generally clean, but graffiti had not been removed from several walls.",
        "Detainees’ rights were explained clearly, and interpreters were used when "
        "needed.^[Telephone interpreting is provided under a regional contract.]",
    ]))
    d.push(d.para(["We saw several examples of good practice:"], pad=(0, 0, 1, 0)))
    ul = g.UnorderedList().with_bullet("●")
    for s in [
        "detainees with a learning disability were offered an appropriate adult at an early "
        "stage;",
        "custody staff checked on vulnerable detainees more often than policy required;",
        "women were routinely asked whether they wanted to speak to a female officer.",
    ]:
        ul.push(d.para([s], pad=(0, 0, 0.5, 0)))
    d.push(ul.padded(g.Margins().trbl(0, 0, 2, 0)))
    d.push(heading(d, "In the custody suite: health care"))
    d.push(d.para([
        "Nurses were based in the main suite and visited the other suites when called.",
        "The clinical records we examined were of a good standard.",
        "Medication was not always stored securely in the smaller suites.^[Both suites have "
        "since been given lockable cabinets.]",
    ]))
    d.push(heading(d, "Release and transfer from custody"))
    d.push(d.para([
        "Pre-release risk assessments were completed for most detainees, and those at risk were "
        "given information about local support services.",
        "However, too many detainees remained in custody for several hours after a decision had "
        "been made to release them.",
    ]))
    d.endnotes()
    return d.write()


def g03():
    d = Doc("g03_letter_lydgarth", size=11)
    g = d.g
    doc = d.doc
    doc.set_title("Letter: retail crime in Lydgarth")
    doc.set_default_font(CROS, "Caladea")
    doc.add_font(LIB, "LiberationSans")
    doc.set_margins(g.Margins().trbl(14, 22, 16, 22))
    doc.set_line_spacing(1.2)
    doc.set_head_page([d.text("Our reference: SIC/2025/031", align=g.Alignment.RIGHT, size=8,
                              color=GREY)])
    doc.set_head_page_count(d.text("Page", align=g.Alignment.CENTER, size=8, color=GREY))
    sans = dict(family="LiberationSans")
    lh = g.VerticalLayout()
    lh.push(d.text("Synthetic Inspectorate of Constabulary", align=g.Alignment.RIGHT, size=15,
                   bold=True, color=NAVY, **sans))
    lh.push(d.text("Southern Office", align=g.Alignment.RIGHT, size=10, color=NAVY, **sans))
    lh.push(d.text("1 Sample Street, Lydgarth LG2 8XX", align=g.Alignment.RIGHT, size=8,
                   color=GREY, **sans))
    lh.push(d.text("contact@synthetic-inspectorate.invalid", align=g.Alignment.RIGHT, size=8,
                   color=GREY, **sans))
    d.push(lh)
    d.push(d.text(" ", size=4).framed_trbl(g.LineStyle().with_thickness(0.8).with_color(
        g.Color().rgb(*NAVY)), False, False, True, False))
    d.push(d.text(NOTICE, size=9, italic=True, pad=(3, 0, 4, 0)))
    for ln in ["Ms Helena Crayford QPM", "Chief Constable", "Lydgarth Police",
               "Police Headquarters, Castle Road", "Lydgarth LG1 1AA"]:
        d.push(d.text(ln))
    d.push(d.text("3 March 2025", align=g.Alignment.RIGHT, pad=(2, 0, 4, 0)))
    d.push(d.text("Dear Chief Constable,", pad=(0, 0, 3, 0)))
    d.push(d.text("Findings from our inspection of the police response to retail crime in "
                  "Lydgarth", bold=True, pad=(0, 0, 3, 0)))
    ol = g.OrderedList()
    items = [
        ["Your officers and staff were generous with their time during our inspection of the "
         "response to retail crime in January 2025.",
         "This letter summarises our findings, which we discussed with your deputy chief "
         "constable at the end of the fieldwork."],
        ["Shop theft recorded by the force has risen by 38 percent in two years, and much of it "
         "is committed by a small number of repeat offenders.",
         "Retailers told us that they had stopped reporting some thefts because they rarely "
         "received a response."],
        ["We found that the force has started to take the problem more seriously.",
         "A new business crime coordinator has built good relationships with the town centre "
         "retail partnership, and officers now attend more incidents in which a suspect has been "
         "detained by store staff.",
         "Officers in the town centre team know the main offenders and share information with "
         "the local drug and alcohol service."],
        "BULLETS",
        ["The force’s call handlers grade most reports of shop theft as low priority, even when "
         "staff have been threatened.",
         "In several cases we reviewed, a member of staff had been assaulted, but the incident "
         "had been recorded only as a theft.",
         "This means that violence against shop workers is under-recorded, and the force cannot "
         "see how often it happens."],
        ["We also examined a sample of 60 crime reports.",
         "In 22 of them, the investigation was closed without any contact with the store that "
         "had reported the theft.",
         "Supervisors had reviewed fewer than half of these closures."],
        ["We were encouraged by a pilot scheme in the north of the town, where neighbourhood "
         "officers visit shops each week and retailers can report thefts through an online "
         "form.",
         "Early results suggest that reporting has increased and that more suspects have been "
         "identified."],
        ["The force should improve the way it collects and reviews evidence provided by "
         "retailers, and it should make sure that repeat offenders are identified and managed.",
         "Your deputy chief constable accepted these findings and described the action the force "
         "is already taking.",
         "We will review your progress in the autumn."],
        ["I am sending a copy of this letter to the police and crime commissioner for "
         "Lydgarth."],
    ]
    for it in items:
        if it == "BULLETS":
            lay = g.VerticalLayout()
            lay.push(d.para(["However, we found weaknesses in three areas:"], pad=(0, 0, 1, 0)))
            ul = g.UnorderedList().with_bullet("–")
            for s in ["the force does not use the footage that retailers provide in a consistent "
                      "way;",
                      "investigations are often closed before all the available evidence has "
                      "been gathered;",
                      "repeat offenders are not routinely referred to drug treatment services."]:
                ul.push(d.para([s], pad=(0, 0, 0.5, 0)))
            lay.push(ul)
            ol.push(lay.padded(g.Margins().trbl(0, 0, 2.5, 0)))
        else:
            ol.push(d.para(it, pad=(0, 0, 3, 0)))
    d.push(ol)
    d.push(d.text("Yours sincerely,", pad=(3, 0, 12, 0)))
    d.push(d.text("Barnabas Whitlow", bold=True))
    d.push(d.text("HM Inspector of Constabulary (fictional)"))
    return d.write()


BUILDERS = {"g01_peel_saltrigg": g01, "g02_custody_harrowdene": g02,
            "g03_letter_lydgarth": g03}


def main(argv):
    if argv[:1] == ["--one"]:
        name = argv[1]
        print(f"{name}: {BUILDERS[name]()} gold sentences")
        return
    os.makedirs(PDF_DIR, exist_ok=True)
    for name in BUILDERS:
        if argv and name not in argv:
            continue
        env = dict(os.environ, TZ="UTC", PYTHONHASHSEED="0")
        r = subprocess.run(["faketime", "-f", DATES[name], sys.executable,
                            os.path.abspath(__file__), "--one", name], env=env,
                           capture_output=True, text=True)
        out = [ln for ln in r.stdout.splitlines() if "gold sentences" in ln]
        if r.returncode != 0 or not out:
            sys.exit(f"genpdf failed on {name}:\n{r.stdout}{r.stderr}")
        print(out[-1])


if __name__ == "__main__":
    main(sys.argv[1:])
