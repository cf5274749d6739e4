"""probe21 producer s: Free Spire.PDF for Python 10.12.0 (PyPI ``Spire.Pdf.Free``; the wheel
ships e-iceblue's .NET library compiled to a native shared object), a commercial PDF library
with its own writer that .NET, Java and Python business applications create reports with.  Its
writer: PDF 1.5, an XMP metadata stream, TrueType fonts embedded as subset CID fonts
(Identity-H, ToUnicode) whose resource names are GUIDs ("/a31095df-… 11.00 Tf"), the page
drawn in a flipped coordinate system, each DrawString one ``BT … ET`` that moves with ``Td`` and
``T*`` and shows text with ``Tj`` or ``'``; a justified line is one ``Tj`` per word with a
``Td`` between words (no space characters); the standard 14 fonts not embedded.

Line breaking and page flow are flow.py's, measured with Spire's own ``MeasureString``; drawing
is spire_backend.py's.  The script re-runs itself under faketime so that the dates Spire stamps
(CreationDate, ModDate, XMP) are fixed.

  s01  PEEL 2023-25 report, 4 pages: title band, grade table, judgement headings ending in a
       grade, justified body, footnote calls (Spire superscript) after a full stop and glued
       to a word, notes at the page foot, a paragraph crossing a page break, "Area for
       improvement" box, "•" bullets, "Innovative practice" box, running header, "Page N of
       3" footer, back cover.
  s02  joint thematic inspection, 2 pages: letter-spaced kicker (Tc), two justified and
       hyphenated columns, tinted box inside column 1, sentences crossing the column and page
       breaks, "(a)" recommendations, page-2 header, centred page numbers.
  s03  press release, 2 pages: standard Helvetica (not embedded), ragged right, embargo line,
       quotations with straight quotes, middle-dot ("·") bullets, "ENDS", notes to editors and a media-enquiries box (not
       gold), footer.

Usage: python3 gen_spire.py   (needs Spire.Pdf.Free, Pyphen and faketime)
"""
import os
import subprocess
import sys

from common import NOTICE, PDF_DIR, soft
from flow import Flow, Style

FAKETIME = "2024-10-09 08:15:00"
LIB2 = "/usr/share/fonts/truetype/liberation2/"
CARLITO = "/usr/share/fonts/truetype/crosextra/"


def _fonts():
    from spire_backend import SpireFonts
    return SpireFonts({
        "lr": LIB2 + "LiberationSerif-Regular.ttf", "li": LIB2 + "LiberationSerif-Italic.ttf",
        "lb": LIB2 + "LiberationSerif-Bold.ttf",
        "sr": LIB2 + "LiberationSans-Regular.ttf", "sb": LIB2 + "LiberationSans-Bold.ttf",
        "cr": CARLITO + "Carlito-Regular.ttf", "cb": CARLITO + "Carlito-Bold.ttf",
        "ci": CARLITO + "Carlito-Italic.ttf",
        "hr": ("Helvetica", "regular"), "hb": ("Helvetica", "bold"),
        "ho": ("Helvetica", "italic"),
    })


def render(d, fonts, title):
    from spire_backend import render as draw
    pages = d.finish()
    out = os.path.join(PDF_DIR, d.name + ".pdf")
    draw(pages, fonts, out, {"Title": title, "Author": "probe21",
                             "Creator": "probe21 gen_spire.py"})
    print(f"{d.name}: {d.gold.write()} gold sentences, {len(pages)} pages")


# ---------------------------------------------------------------------------------------------

def s01(fonts):
    navy, grey = "#1f2f55", "#555555"
    d = Flow("s01_peel_fellbridge", fonts.measure, margins=(62, 62, 66, 62),
             note_style=Style("lr", 8, 10))
    body = Style("lr", 11, 15.3, align="justify")
    h2 = Style("sb", 13, 17, navy)
    h3 = Style("sb", 11, 15, navy)

    def furniture(lay, page, nb):
        if page.back:
            return
        if page.number >= 2:
            lay.text_at(62, 40, "Fellbridge Police: PEEL 2023–25", Style("sr", 8, 10, grey))
            lay.text_at(533, 40, "Police effectiveness, efficiency and legitimacy",
                        Style("sr", 8, 10, grey), align="right")
            lay.line(62, 46, 533, 46, grey, 0.4)
        lay.text_at(533, 808, f"Page {page.number} of {nb - 1}", Style("sr", 8, 10, grey),
                    align="right")
    d.header = furniture

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 7, **kw})

    d.rect(0, 0, 595, 150, fill=navy)
    d.text_at(62, 48, "PEEL 2023–25", Style("sb", 11, 14, "#c9d3ea"))
    d.text_at(62, 70, "Police effectiveness, efficiency and legitimacy",
              Style("sr", 12, 15, "#ffffff"))
    d.text_at(62, 104, "An inspection of Fellbridge Police", Style("sb", 24, 28, "#ffffff"))
    d.text_at(62, 132, "Published: 9 October 2024", Style("sr", 10, 13, "#c9d3ea"))
    d.y = 166
    d.p(NOTICE, style=Style("li", 10.5, 14), gold=False, after=10)
    d.heading("Overall summary", h2, before=0)
    d.heading("Our judgements", h3, before=2)
    b("Our inspection assessed how good Fellbridge Police is in nine areas of policing.",
      "We make a graded judgement in each of the nine areas, as set out in the table below.")
    rows = [["Recording data about crime", "Good"],
            ["Engaging with and treating the public with fairness and respect", "Adequate"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Adequate"],
            ["Investigating crime", "Requires improvement"],
            ["Protecting vulnerable people", "Adequate"],
            ["Managing offenders and suspects", "Good"],
            ["Building, supporting and protecting the workforce", "Good"],
            ["Leadership and force management", "Adequate"]]
    d.table([320, 151], rows, header=["Area of policing", "Grade"],
            cell_styles=lambda i, c: [Style("sr", 9, 11.5), Style("sb", 9, 11.5)],
            header_style=Style("sb", 9, 11.5, "#ffffff"), header_fill=navy, zebra="#eef1f7",
            rule="#b8c0d6", pad=3.5, before=2, after=9)
    b("The chapters that follow give our findings on each area: what the force does well and "
      "what it has still to improve.")
    d.heading("HM Inspector’s observations", h3)
    b("Parts of Fellbridge Police’s work please me, but in several others the force has "
      "ground to make up.",
      "The force has a committed workforce and a clear understanding of the communities it "
      "serves.^[The force’s most recent assessment of demand was completed in March 2024.]")
    b("Since our last inspection, the force has reduced the time it takes to answer emergency "
      "calls.",
      "However, it still takes too long to attend incidents that are not emergencies, and some "
      "victims wait several days for an officer to visit them.",
      "The force should make sure that it keeps these victims informed about when officers "
      "will arrive.")
    b("I was also concerned to find that the force’s investigations are not always supervised "
      "well.",
      "In too many of the cases we reviewed, there was no record of a supervisor setting lines "
      "of enquiry or checking progress.")
    d.heading("Responding to the public: adequate", h2)
    b("Fellbridge Police answers most emergency calls quickly, and its call handlers are polite "
      "and professional.",
      "They use a structured process to assess the risk to callers, and they identified "
      "vulnerable callers in most of the cases we reviewed.",
      "The force’s online reporting service^[The service was launched in November 2023 and "
      "received 14 200 reports in its first six months.] is popular with the public, but "
      "reports made online are not always assessed for risk on the day they arrive.")
    d.box_begin(fill="#eef1f7", stroke=navy, lw=0.8, pad=8, before=2)
    d.p("Area for improvement", style=Style("sb", 10, 13, navy), gold=False, after=2)
    d.p("The force should make sure that it attends incidents within the timescales it has "
        "set, and that it tells victims when there will be a delay.", style=body, after=0)
    d.box_end(after=8)
    d.heading("Preventing crime and anti-social behaviour: good", h2)
    b("The force is good at preventing crime and anti-social behaviour.",
      "Its neighbourhood teams know their communities well, and they work with councils and "
      "housing providers to solve local problems.",
      "In Thistlecombe, officers and council staff reduced anti-social behaviour around the "
      "bus station by more than a third in six months.")
    d.heading("Investigating crime: requires improvement", h2)
    b("The force requires improvement in the way it investigates crime.",
      "Investigations are not always allocated to officers with the right skills, and too many "
      "are closed before all reasonable lines of enquiry have been followed.",
      "We found that more than four hundred digital devices were waiting to be examined.")
    b("To improve, the force should:", after=3)
    for t in ("make sure that supervisors review investigations regularly and record their "
              "instructions;",
              "reduce the time it takes to examine digital devices; and",
              "tell victims when it decides to close their case, and explain why."):
        d.p(t, style=body.but(align="left"), indent=18, label="•", label_x=5, after=2)
    d.space(5)
    d.heading("Protecting vulnerable people: adequate", h2)
    b("The force is adequate at protecting vulnerable people.",
      "Officers we spoke to understood how to identify vulnerability, and they completed risk "
      "assessments in most domestic abuse cases.",
      "The force works well with the partner organisations in its multi-agency safeguarding "
      "hub^[The hub is based in Dunstowe and covers the whole force area.] and shares "
      "information with them quickly.")
    d.box_begin(fill="#f4f7ec", stroke="#5c7a29", lw=0.8, pad=8, before=2)
    d.p("Innovative practice: helping older victims of fraud",
        style=Style("sb", 10, 13, "#3f5a17"), gold=False, after=2)
    d.p("The force has trained a team of volunteers to visit older people who have been "
        "victims of fraud.",
        "The volunteers help victims to protect their bank accounts and explain how to "
        "recognise scam telephone calls.",
        "In its first year, the scheme supported more than three hundred victims in Kelverton "
        "and the surrounding villages.", style=body, after=0)
    d.box_end(after=8)
    d.heading("Building, supporting and protecting the workforce: good", h2)
    b("The force understands the well-being needs of its workforce and has put effective "
      "support in place.",
      "Staff told us that they felt valued by their supervisors and that they could raise "
      "concerns without fear.")
    d.heading("Leadership and force management: adequate", h2)
    b("The chief officer team has a clear vision for the force, and it communicates this well "
      "to the workforce.",
      "The force should improve the way it plans for future demand, so that it has enough "
      "investigators with the right skills.",
      "We will continue to monitor the force’s progress.")
    d.back_cover()
    d.rect(0, 0, 595, 842, fill=navy)
    w = Style("sr", 9.5, 13, "#ffffff")
    for i, t in enumerate(("© Synthetic Inspectorate 2024",
                           "This synthetic publication may be reused free of charge for testing.",
                           "Synthetic House, 9 Example Row, Corvell CV1 0ZZ",
                           "example.org/synthetic-inspectorate")):
        d.text_at(62, 700 + i * 15, t, w)
    render(d, fonts, "PEEL 2023–25: An inspection of Fellbridge Police")


def s02(fonts):
    teal, grey = "#0e5a5e", "#555555"
    d = Flow("s02_thematic_ostermere", fonts.measure, margins=(60, 54, 62, 54),
             note_style=Style("lr", 7.5, 9.5))
    body = Style("lr", 11, 15, align="justify", hyphenate=True)
    h = Style("sb", 11.5, 15, teal)

    def furniture(lay, page, nb):
        if page.number >= 2:
            lay.text_at(54, 40, "The police response to stalking in Ostermere and Callowfield",
                        Style("ci", 8, 10, grey))
            lay.text_at(541, 40, "July 2024", Style("ci", 8, 10, grey), align="right")
        lay.text_at(297.5, 806, str(page.number), Style("sr", 8.5, 10, grey), align="center")
    d.header = furniture

    def b(*s, **kw):
        d.p(*(soft(x) for x in s), **{"style": body, "after": 5, **kw})

    d.text_at(54, 68, "JOINT THEMATIC INSPECTION", Style("sb", 10, 13, teal, tracking=3.2))
    d.y = 78
    d.p("An inspection of the police response to stalking in Ostermere and Callowfield",
        style=Style("sb", 20, 24), gold=False, after=4)
    d.p("July 2024", style=Style("sr", 10, 13, grey), gold=False, after=6)
    d.p(NOTICE, style=Style("li", 10, 13), gold=False, after=8)
    d.line(54, d.y, 541, d.y, teal, 1)
    d.y += 10
    d.columns(2, gap=20)
    d.heading("Summary", h, before=0)
    b("Stalking is a crime that causes fear and distress, and it can escalate to serious "
      "violence.",
      "We inspected how Ostermere Constabulary and Callowfield Police respond to reports of "
      "stalking and whether they protect victims effectively.")
    b("We found that both forces had improved the way they record stalking offences since our "
      "last inspection.",
      "However, officers in both forces did not always recognise patterns of behaviour that "
      "amount to stalking, and some reports were recorded as separate minor incidents.",
      "We make three recommendations, which both forces should act on.")
    d.box_begin(fill="#e3f0f0", pad=7, before=2)
    d.p("What victims told us", style=Style("sb", 9.5, 12.5, teal), gold=False, after=2)
    for t in ("Several victims said that they had reported the behaviour many times before "
              "anyone took it seriously.",
              "Others told us that the officer in charge of their case kept them well informed "
              "and helped them to feel safe.",
              "Most victims wanted the police to explain the protective orders that were "
              "available to them."):
        d.p(soft(t), style=Style("sr", 9.5, 12.5, hyphenate=True), after=3)
    d.box_end(after=6)
    d.heading("Background", h)
    b("In 2022, we found that many forces did not understand how serious stalking can be.",
      "Since then, both forces have appointed a senior officer to lead their work on stalking "
      "and have published local plans.")
    d.heading("Identifying stalking", h)
    b("Call handlers in Ostermere use a checklist to identify stalking, and we found that it "
      "helped them to ask the right questions.",
      "In Callowfield, call handlers relied on their own experience, which meant that the "
      "response to victims varied from one call to the next.")
    b("We reviewed 120 cases across the two forces.^[We reviewed 60 cases in each force, "
      "chosen at random from reports made between January and June 2024.]",
      "In 41 of them, the first officer to attend had not recognised that the behaviour was "
      "stalking.")
    d.heading("Investigating stalking", h)
    b("Most investigations were allocated to officers with the right level of experience.",
      "But in both forces we found cases in which evidence such as messages and call records "
      "had not been collected quickly enough.",
      "Supervisors did not always check that suspects had been interviewed promptly.")
    d.heading("Protecting victims", h)
    b("Stalking protection orders can prevent a suspect from contacting a victim, but both "
      "forces made little use of them.",
      "Ostermere Constabulary had applied for eleven orders in the year, while Callowfield "
      "Police had applied for three.",
      "Officers told us that the application process was complicated and that they had "
      "received no training on it.",
      "One officer said that she had never seen an order used in her area.")
    b("Ostermere Constabulary has a specialist stalking advocate who supports high-risk "
      "victims and helps officers to plan their investigations.",
      "Victims who had been supported by the advocate spoke highly of her work.",
      "Callowfield Police had no such arrangement, and its victims were less likely to "
      "receive specialist support.")
    d.heading("Working with other organisations", h)
    b("Both forces share information about stalking cases with local councils and victim "
      "support services.",
      "In Ostermere, a monthly meeting brings these organisations together to discuss the "
      "victims who are most at risk.",
      "Callowfield Police attends a similar meeting, but its representatives could not always "
      "tell us what had happened to the actions agreed at previous meetings.",
      "Staff from the victim support services told us that they valued the openness of both "
      "forces and wanted to work with them more closely.")
    d.heading("Recommendations", h)
    b("By 31 January 2025, both forces should:", after=3)
    for i, t in enumerate(("train all frontline officers to recognise patterns of stalking "
                           "behaviour;",
                           "make sure that call handlers use a structured set of questions "
                           "when a caller reports stalking; and",
                           "review how they apply for stalking protection orders and make "
                           "the process simpler for officers.")):
        d.p(soft(t), style=body, indent=20, label=f"({'abc'[i]})", after=3)
    d.space(3)
    b("We will ask both forces to tell us what they have done in response to these "
      "recommendations.",
      "Stalking often continues for many months, so a quick and informed police response can "
      "make a real difference to victims.")
    render(d, fonts, "An inspection of the police response to stalking in Ostermere and "
                     "Callowfield")


def s03(fonts):
    red, grey = "#a3192e", "#505050"
    d = Flow("s03_press_pellingham", fonts.measure, margins=(64, 70, 70, 70),
             note_style=None)
    body = Style("hr", 10.5, 15)
    # Spire writes the standard 14 fonts with only the low byte of each UTF-16 code unit
    # ("’" U+2019 becomes 0x19, "•" U+2022 becomes '"'), so this release keeps to Latin-1:
    # straight quotes and apostrophes, and a middle dot (U+00B7) for its bullets

    def furniture(lay, page, nb):
        lay.line(70, 796, 525, 796, grey, 0.4)
        lay.text_at(70, 808, "Synthetic Inspectorate press office", Style("hr", 8, 10, grey))
        lay.text_at(525, 808, f"Page {page.number} of {nb}", Style("hr", 8, 10, grey),
                    align="right")
    d.header = furniture

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 8, **kw})

    d.text_at(70, 80, "NEWS RELEASE", Style("hb", 26, 30, red))
    d.text_at(525, 66, "6 June 2024", Style("hr", 10, 12, grey), align="right")
    d.text_at(525, 80, "Press office: 0100 000 0006", Style("hr", 10, 12, grey), align="right")
    d.line(70, 92, 525, 92, red, 1.5)
    d.y = 104
    d.p("Embargoed until 00:01, Thursday 6 June 2024", style=Style("hb", 10, 13, red),
        gold=False, after=10)
    d.p("Pellingham Constabulary must improve how it investigates burglary, says inspectorate",
        style=Style("hb", 16, 20), gold=False, after=8)
    d.p(NOTICE, style=Style("ho", 10, 13), gold=False, after=12)
    b("Pellingham Constabulary needs to improve the way it investigates burglary and supports "
      "victims, according to a new report published today.")
    b("The inspectorate found that the force had closed more than half of its burglary "
      "investigations within a week, often without visiting the victim's home.",
      "In many of these cases, officers had not looked for forensic evidence or asked "
      "neighbours whether they had seen anything.")
    b("Inspectors also found that:", after=4)
    for t in ("victims were not always offered crime prevention advice after a burglary;",
              "the force did not use its intelligence about stolen property to identify repeat "
              "offenders;",
              "supervisors rarely checked whether investigations had been closed correctly; "
              "and",
              "some victims waited up to three days for an officer to visit."):
        d.p(t, style=body, indent=16, label="·", label_x=3, after=3)
    d.space(6)
    b("The inspection took place in March 2024 and examined 150 burglary investigations.",
      "Inspectors also interviewed more than sixty officers and staff, and they spoke to "
      "victims about their experiences.")
    b("The report found that the force's call handlers gave good advice to victims about "
      "preserving evidence.",
      "But officers often arrived too late for this advice to be useful.",
      "One victim told inspectors that she had not heard from the police for six weeks after "
      "reporting a burglary.")
    b("However, the report also highlights some positive work.",
      "In Yarnford, officers have worked with local businesses to mark valuable property, and "
      "burglaries in the town fell by a fifth last year.",
      "The force's burglary team, which was set up in 2022, has solved a number of serious "
      "cases.",
      "Inspectors found that its officers were skilled and committed, but the team was too "
      "small to deal with the force's demand.")
    quote = Style("ho", 10.5, 15)
    b('HM Inspector of Constabulary Ottoline Harcourt said: "Burglary is an invasive crime '
      'that can leave victims feeling unsafe in their own homes."', style=quote)
    b('"I am concerned that too many victims in Pellingham are not receiving the service they '
      'deserve, and that offenders are not being brought to justice," she said.', style=quote)
    b('"The force has accepted our findings and has already started to make changes, and I '
      'look forward to seeing the results."', style=quote)
    b("The inspectorate also looked at how the force uses data to understand burglary.",
      "It found that the force knew where burglaries happen, but that it did not use this "
      "knowledge to plan its patrols.")
    b("The inspectorate has made four recommendations to the force, including that it should "
      "review every burglary investigation that was closed within a week.",
      "It will revisit the force in spring 2025 to check its progress.",
      "The force's chief constable has said that he welcomes the report.")
    d.p("ENDS", style=Style("hb", 10.5, 15), gold=False, before=2, after=12)
    d.p("Notes to editors", style=Style("hb", 10, 14), gold=False, after=4, keep=80)
    small = Style("hr", 9, 12.5, grey)
    for i, t in enumerate(("This is a synthetic press release written for a test set; the "
                           "force and the people named in it are fictional.",
                           "The synthetic inspectorate assesses fictional police forces in "
                           "the public interest.",
                           "Interviews are not available for this release.")):
        d.p(t, style=small, gold=False, indent=16, label=f"{i + 1}.", after=3)
    d.box_begin(fill="#f6e8ea", stroke=red, lw=0.6, pad=7, before=8)
    d.p("Media enquiries: 0100 000 0006 (24 hours) · press@example.org",
        style=Style("hb", 9, 12, red), gold=False, after=0)
    d.box_end()
    render(d, fonts, "News release: Pellingham Constabulary")


def main():
    if os.environ.get("PROBE21_FAKETIME") != "1":
        env = dict(os.environ, PROBE21_FAKETIME="1", TZ="UTC")
        sys.exit(subprocess.run(["faketime", "-f", FAKETIME, sys.executable,
                                 os.path.abspath(__file__)], env=env).returncode)
    os.makedirs(PDF_DIR, exist_ok=True)
    fonts = _fonts()
    s01(fonts)
    s02(fonts)
    s03(fonts)


if __name__ == "__main__":
    main()
