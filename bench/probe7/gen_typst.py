"""Generate probe7 Typst documents t01..t05: writes typ/NAME.typ, pdf/NAME.pdf and NAME.gold.json.

Every body sentence is passed through the same helper that writes it into the Typst source (as a
Typst string literal, so no markup, smart-quote or dash conversion touches it) and records it in
the gold list, in reading order.  Needs the PyPI package `typst`.
"""
import os
import sys

import typst

from common import HERE, NOTICE, Gold, pieces

TYP = os.path.join(HERE, "typ")
PDF = os.path.join(HERE, "pdf")


def ts(s):
    """Typst string literal."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def lit(s):
    """Non-gold text as Typst markup (a string literal, inserted verbatim)."""
    return "#" + ts(s)


def inline(s):
    out = []
    for kind, t in pieces(s):
        out.append("#" + ts(t) if kind == "text" else "#footnote[#" + ts(t) + "]")
    return "".join(out)


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.out = []

    # -- markup that records gold ---------------------------------------------------------
    def s(self, *sents):
        """Inline markup for sentences (recorded as gold, in call order)."""
        self.gold.add(*sents)
        return " ".join(inline(x) for x in sents)

    def raw(self, text):
        self.out.append(text)

    def para(self, *sents):
        self.out.append(self.s(*sents) + "\n")

    def numpara(self, num, *sents):
        """Numbered paragraph with the number hanging in the left margin area."""
        self.out.append("#par(hanging-indent: 2.6em)[#box(width: 2.6em)[" + num + "]"
                        + self.s(*sents) + "]\n")

    def bullets(self, items, indent=""):
        """Markup list; an item is a sentence or (sentence, [sub-items])."""
        lines = []
        for it in items:
            if isinstance(it, tuple):
                lines.append(indent + "- " + self.s(it[0]))
                lines.append(self.bullets(it[1], indent + "  "))
            else:
                lines.append(indent + "- " + self.s(it))
        return "\n".join(lines)

    def heading(self, text, level=1, numbered=True):
        opt = "" if numbered else ", numbering: none"
        self.out.append(f"#heading(level: {level}{opt})[{lit(text)}]\n")

    def notice(self):
        self.out.append("#par(justify: false)[#text(hyphenate: false)[" + lit(NOTICE) + "]]\n")

    def build(self):
        src = "\n".join(self.out)
        os.makedirs(TYP, exist_ok=True)
        os.makedirs(PDF, exist_ok=True)
        tp = os.path.join(TYP, self.name + ".typ")
        with open(tp, "w", encoding="utf-8") as f:
            f.write(src)
        _, warnings = typst.compile_with_warnings(
            tp, output=os.path.join(PDF, self.name + ".pdf"), root=HERE,
            timestamp=1748736000)
        for w in warnings:
            print(f"{self.name}: typst warning: {w}", file=sys.stderr)
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences", file=sys.stderr)


def bar_chart(rows, unit, maxv, colour):
    """A hand-drawn horizontal bar chart: rows of (label, value)."""
    cells = []
    for label, v in rows:
        w = round(100 * v / maxv, 1)
        cells.append(f"[{lit(label)}], box(width: 100%, rect(width: {w}%, height: 9pt, fill: {colour})), [{lit(str(v) + unit)}]")
    return ("box(width: 100%, inset: (y: 6pt), grid(columns: (auto, 1fr, auto), "
            "column-gutter: 8pt, row-gutter: 6pt, align: horizon, " + ", ".join(cells) + "))")


BACK_COVER = [
    "© Synthetic Inspectorate 2025. Prepared as a test document only.",
    "You may re-use this document, excluding logos, free of charge in any format or medium under "
    "the terms of the Open Government Licence v3.0.",
    "Where we have identified any third-party copyright information, you will need to obtain "
    "permission from the copyright holders concerned.",
    "Enquiries about this document should be sent to the Test Data Team, 99 Example Row, "
    "Lindport LP1 2ZZ, or to contact@example.org.",
]


def back_cover(d, font_size="9pt"):
    body = "\n\n".join("#par(justify: false)[" + lit(x) + "]" for x in BACK_COVER)
    d.raw("#page(header: none, footer: none, columns: 1)[#set text(size: " + font_size + ")\n"
          "#v(1fr)\n#text(size: 13pt, weight: \"bold\")[" + lit("Synthetic Inspectorate") + "]\n\n"
          + body + "\n#v(2cm)]\n")


# =============================================================================================
def t01():
    d = Doc("t01_peel_holmbridge")
    title = "PEEL 2025: Police effectiveness, efficiency and legitimacy"
    force = "An inspection of Holmbridge Constabulary"
    d.raw(f"""#set document(title: {ts(title)})
#set page(paper: "a4", margin: (x: 2.5cm, top: 2.8cm, bottom: 2.6cm),
  header: context {{ if here().page() > 1 {{
    set text(size: 8.5pt, fill: luma(80))
    grid(columns: (1fr, auto), {ts("Holmbridge Constabulary: PEEL 2025")}, {ts("HMICFRS")})
    v(-6pt); line(length: 100%, stroke: 0.4pt + luma(120)) }} }},
  footer: context {{ if here().page() > 1 {{
    set text(size: 8.5pt)
    align(center)[Page #counter(page).display() of #counter(page).final().first()] }} }})
#set text(font: "Libertinus Serif", size: 11pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.6em, spacing: 1.05em)
#set heading(numbering: "1")
#show heading.where(level: 1): it => block(above: 1.6em, below: 0.9em, text(size: 15pt, fill: rgb("#1d3c6e"), it))
#show heading.where(level: 2): it => block(above: 1.2em, below: 0.7em, text(size: 12pt, style: "italic", it))
#show footnote.entry: set text(size: 8.5pt)
#set table(stroke: 0.5pt + luma(140), inset: 6pt)
""")
    # cover
    d.raw(f"""#v(3cm)
#text(size: 24pt, weight: "bold", fill: rgb("#1d3c6e"))[{lit(title)}]
#v(0.4cm)
#text(size: 16pt)[{lit(force)}]
#v(1cm)
""")
    d.notice()
    d.raw(f"""#v(1fr)
#text(size: 10pt)[{lit("June 2025")}]
#pagebreak()
#outline(title: [{lit("Contents")}], depth: 2, indent: auto)
#pagebreak()
""")
    d.heading("Introduction")
    d.numpara("1.1",
              "This report sets out our findings from the inspection of Holmbridge Constabulary that we carried out in the spring of 2025.",
              "We assessed how effective and efficient the force is, and how well it treats the public and its workforce.")
    d.numpara("1.2",
              "Our inspection drew on documents supplied by the force, a survey of its workforce and interviews with more than 140 officers, staff and partners.^[The workforce survey was open for three weeks and received 612 responses.]",
              "We also observed briefings, reviewed case files and listened to recorded calls to the force control room.")
    d.numpara("1.3",
              "Holmbridge Constabulary serves a largely rural county with two large towns and a population of about 780,000 people.",
              "Demand on the force has risen steadily since 2021, particularly for incidents involving people in mental health crisis.")
    d.heading("Summary of judgements")
    d.para("The table below sets out our graded judgements for the areas we inspected.")
    grades = [("Recording data about crime", "Good"),
              ("Engaging with and treating the public with fairness and respect", "Adequate"),
              ("Preventing crime and anti-social behaviour", "Good"),
              ("Responding to the public", "Requires improvement"),
              ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Requires improvement"),
              ("Managing offenders and suspects", "Good"),
              ("Leadership and force management", "Adequate")]
    cells = ", ".join(f"[{lit(a)}], [{lit(g)}]" for a, g in grades)
    d.raw(f"""#block(breakable: false, table(columns: (1fr, 4.2cm), fill: (x, y) => if y == 0 {{ rgb("#1d3c6e") }},
  table.header([#text(fill: white, weight: "bold")[{lit("Area")}]], [#text(fill: white, weight: "bold")[{lit("Grade")}]]),
  {cells}))
""")
    d.numpara("2.1",
              "We judge the force to be good at recording data about crime, preventing crime and managing offenders and suspects.",
              "However, it requires improvement in how it responds to the public and how it protects vulnerable people.")
    d.numpara("2.2",
              "The chief constable and her chief officer team have a clear understanding of the force’s strengths and the areas it needs to improve.",
              "They have started to address long-standing weaknesses in the control room, but the benefits are not yet visible to the public.")
    d.heading("Responding to the public")
    d.heading("Call handling", level=2, numbered=False)
    d.numpara("3.1",
              "The force answers most emergency calls within ten seconds, which is in line with the national standard.",
              "Its performance in answering non-emergency calls is much weaker.")
    d.numpara("3.2",
              "In the twelve months to March 2025, callers abandoned 27 per cent of calls to the 101 service before they were answered.^[Figures supplied by the force for the period 1 April 2024 to 31 March 2025.]",
              "Some callers told us they had given up and reported their concern online instead, while others had not reported it at all.")
    d.numpara("3.3",
              "Call handlers use a structured triage process to assess risk and vulnerability, and we found that they did this well in most of the calls we reviewed.",
              "But they did not always check the force’s records for previous incidents at the same address.")
    d.heading("Attending incidents", level=2, numbered=False)
    d.numpara("3.4",
              "The force does not attend enough priority incidents within its target time of one hour.",
              "Officers told us that shortages in response teams, especially at weekends, often meant they had to leave lower-priority jobs waiting for long periods.")
    d.numpara("3.5",
              "We are concerned that some victims of domestic abuse waited more than six hours for an officer to arrive.",
              "The force should make sure that it attends incidents promptly and that it updates callers when delays happen.")
    d.heading("Protecting vulnerable people")
    d.numpara("4.1",
              "Frontline officers generally recognise vulnerability and complete risk assessments when they attend domestic abuse incidents.",
              "The quality of these assessments is inconsistent, and supervisors do not always review them before the officer finishes their shift.")
    d.numpara("4.2",
              "The force’s multi-agency safeguarding hub brings together police, council and health staff in the same building.",
              "This arrangement helps partners to share information quickly, although a backlog of 340 referrals had built up at the time of our inspection.^[The backlog was measured on 14 March 2025 and included referrals awaiting a first review.]")
    d.numpara("4.3",
              "We found good examples of officers using domestic violence protection notices to give victims immediate respite.",
              "Nevertheless, the force makes less use of these powers^[Domestic violence protection notices and orders have been available to all forces in England and Wales since March 2014.] than most forces of a similar size.")
    d.heading("Leadership and force management")
    d.numpara("5.1",
              "The force has a realistic medium-term financial plan that takes account of the expected growth in demand.",
              "It has made savings of £9.2 million since 2021 without reducing the number of neighbourhood officers.")
    d.numpara("5.2",
              "Leaders are visible, and most of the workforce told us they feel able to challenge decisions.",
              "The force should do more to understand the wellbeing of staff in the control room, where sickness absence is high.")
    back_cover(d)
    d.build()


# =============================================================================================
def t02():
    d = Doc("t02_letter_ferncombe")
    d.raw(f"""#set page(paper: "a4", margin: (x: 2.4cm, top: 2.4cm, bottom: 2.4cm),
  footer: context {{ if here().page() > 1 {{ set text(size: 9pt); align(center)[– #counter(page).display() –] }} }},
  header: context {{ if here().page() > 1 {{ set text(size: 8.5pt, fill: luma(90)); align(right, {ts("Ferncombe Police: anti-social behaviour inspection")}) }} }})
#set text(font: "Liberation Sans", size: 10.5pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: false, leading: 0.65em, spacing: 1.1em)
""")
    # letterhead
    d.raw(f"""#grid(columns: (1fr, auto), align: (left + horizon, right + top),
  box(fill: rgb("#2b2b6b"), inset: 10pt, radius: 2pt)[#text(fill: white, weight: "bold", size: 12pt)[{lit("HM Inspectorate of")} \\ {lit("Constabulary and Fire &")} \\ {lit("Rescue Services")}]],
  text(size: 9pt)[{lit("4th Floor, 10 Quayside Walk")} \\ {lit("Lindport LP1 2ZZ")} \\ {lit("Direct line: 0300 000 0000")} \\ {lit("Email: letters@example.org")}])
#v(0.6cm)
""")
    d.notice()
    d.raw(f"""#v(0.3cm)
#align(right)[{lit("17 June 2025")}]
#v(0.2cm)
{lit("Chief Constable Andrew Pell")} \\
{lit("Ferncombe Police")} \\
{lit("Police Headquarters")} \\
{lit("Wyke Road")} \\
{lit("Ferncombe FC2 9QT")}
#v(0.4cm)
{lit("Dear Chief Constable,")}

#text(weight: "bold")[{lit("Inspection of Ferncombe Police’s response to anti-social behaviour")}]

""")
    d.para("I am writing to set out the findings of our recent inspection of how Ferncombe Police responds to anti-social behaviour.",
           "Our fieldwork took place over two weeks in February 2025 and included visits to all four of the force’s local policing areas.")
    d.para("I would like to thank you and your officers and staff for the help they gave us during the inspection.",
           "Everyone we met was open with us and keen to explain how their work could be improved.")
    d.para("Overall, we found that the force takes anti-social behaviour seriously and that neighbourhood teams know their communities well.",
           "However, the force does not record anti-social behaviour accurately, and this limits its ability to identify repeat victims.")
    d.para("I have set out one cause of concern and two areas for improvement in the enclosed findings.",
           "I would be grateful if you could let me know, within three months, how the force intends to respond to them.")
    d.raw(f"""{lit("Yours sincerely,")}
#v(0.9cm)
#text(style: "italic", size: 13pt)[{lit("R. Anand")}] \\
#text(weight: "bold")[{lit("Ruth Anand")}] \\
{lit("His Majesty’s Inspector of Constabulary")}
#pagebreak()
#set par(justify: true)
#text(size: 15pt, weight: "bold", fill: rgb("#2b2b6b"))[{lit("Annex: our findings")}]

""")
    d.para("This annex sets out our findings in more detail.",
           "It should be read with the letter, which summarises our conclusions.")
    sub = lambda t: f"#text(weight: \"bold\", fill: rgb(\"#2b2b6b\"))[{lit(t)}]\n"
    col = [sub("Understanding the problem"),
           d.s("The force has a clear definition of anti-social behaviour that matches the one used by its partners.",
               "Analysts produce a monthly profile for each local policing area, and neighbourhood inspectors use it to set priorities.",
               "We saw good use of this profile in Ashby Cross, where a rise in motorcycle nuisance led to a joint operation with the council."),
           sub("Recording and repeat victims"),
           d.s("Call handlers often closed anti-social behaviour incidents without recording whether the caller had reported similar problems before.",
               "In 38 of the 90 incidents we reviewed, the caller had contacted the force at least twice in the previous month.",
               "Because of this, the force cannot reliably identify people who are repeatedly targeted, some of whom are highly vulnerable."),
           "#colbreak()",
           "#block(fill: rgb(\"#fbe9e7\"), stroke: (left: 3pt + rgb(\"#b3261e\")), inset: 9pt, width: 100%)["
           + f"#text(weight: \"bold\", fill: rgb(\"#b3261e\"))[{lit('Cause of concern')}]\n\n"
           + d.s("The force does not identify repeat and vulnerable victims of anti-social behaviour consistently.",
                 "Within three months, the force should make sure that call handlers check for previous reports and record each victim’s vulnerability.")
           + "]",
           sub("Working with partners"),
           d.s("Neighbourhood teams have strong relationships with housing providers, youth services and parish councils.",
               "Partners told us that the force shares information promptly and attends problem-solving meetings reliably.",
               "The force uses community protection warnings and notices well, although it does not check whether they have changed behaviour.")]
    d.raw("#columns(2, gutter: 0.9cm)[\n" + "\n\n".join(col) + "\n]\n")
    d.raw(f"#v(0.4cm)\n#text(size: 12pt, weight: \"bold\", fill: rgb(\"#2b2b6b\"))[{lit('What victims told us')}]\n")
    d.para("We spoke to 22 people who had reported anti-social behaviour to the force in the past year.",
           "One resident described the effect of persistent noise and intimidation from a neighbouring property:")
    d.raw("#quote(block: true, attribution: [" + lit("Resident, Lindley ward") + "])[#set text(style: \"italic\")\n"
          + d.s("For months I felt as though nobody was listening.",
                "Once the neighbourhood sergeant took over, things changed within a fortnight, and I finally slept through the night.")
          + "]\n")
    d.para("Other victims were less positive, and several said they had never been told what action the force had taken.",
           "The force should make sure that officers keep victims informed about the progress of their reports.")
    d.build()


# =============================================================================================
def t03():
    d = Doc("t03_custody_wexmoor")
    title = "Report on an unannounced inspection visit to police custody suites in Wexmoor"
    d.raw(f"""#set page(paper: "a4", margin: (x: 2.2cm, top: 2.6cm, bottom: 2.4cm),
  header: context {{ if here().page() > 1 {{ set text(size: 8pt, fill: luma(70)); {ts("Wexmoor Constabulary custody inspection")} ; h(1fr); {ts("March 2025")} }} }},
  footer: context {{ set text(size: 8pt); h(1fr); [Page #counter(page).display()] }})
#set text(font: "DejaVu Sans", size: 9.5pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: false, leading: 0.7em, spacing: 1.2em)
#set list(marker: ([•], [–]), indent: 0.4em, body-indent: 0.7em)
#show heading: it => block(above: 1.4em, below: 0.8em, text(size: 12.5pt, fill: rgb("#00594f"), it))
#set table(stroke: 0.5pt + luma(150), inset: 6pt)
#block(fill: rgb("#00594f"), inset: 14pt, width: 100%)[#text(fill: white, size: 17pt, weight: "bold")[{lit(title)}]
#v(2pt)
#text(fill: white, size: 11pt)[{lit("Wexmoor Constabulary, 3 to 11 March 2025")}]]
#v(0.4cm)
""")
    d.notice()
    d.heading("Introduction", numbered=False)
    d.para("This report describes our unannounced inspection of police custody in Wexmoor Constabulary, carried out jointly with the prisons inspectorate.",
           "We visited the force’s three custody suites at Harlow Gate, Pennick and Stowford Bridge over eight days.",
           "We assessed custody provision against our published expectations, which are grouped into six areas.")
    d.heading("Our judgements", numbered=False)
    judg = [("Leadership, accountability and partnerships", "Partly met"),
            ("Pre-custody: first point of contact", "Met"),
            ("In the custody suite: booking in, individual needs and legal rights", "Partly met"),
            ("In the custody suite: physical conditions", "Not met"),
            ("Detainee care", "Met"),
            ("Release and transfer from custody", "Partly met")]
    d.raw("#terms(separator: [: ], " + ", ".join(
        f"terms.item([{lit(a)}], [{lit(j)}])" for a, j in judg) + ")\n")
    d.heading("Key findings", numbered=False)
    d.para("We found several strengths in the way the force manages custody, including:")
    d.raw(d.bullets([
        "a committed and well-trained team of custody sergeants and detention officers;",
        "good use of interpreting services for detainees who did not speak English;",
        "effective health care provision, with nurses present in every suite at all times; and",
        "respectful and decent treatment of children, who were kept out of cells wherever possible."]) + "\n")
    d.para("However, we also identified the following concerns:")
    d.raw(d.bullets([
        ("The physical condition of the Pennick suite was poor.",
         ["Several cells had ligature points that had been reported but not repaired.",
          "The shower area was dirty and lacked privacy screens."]),
        ("Use of force in custody was not always recorded or reviewed.",
         ["Officers did not complete a form in nine of the 20 incidents we examined."]),
        "Some detainees waited more than two hours to be booked in at busy times."]) + "\n")
    d.heading("Waiting times", numbered=False)
    d.para("Waiting times before booking in varied considerably between suites, as Figure 1 shows.",
           "The longest waits were at Harlow Gate, where a single booking-in desk served the busiest suite in the force.",
           "Detainees waiting in vans or holding rooms were not always monitored closely enough.")
    chart = bar_chart([("Harlow Gate", 2.4), ("Pennick", 1.3), ("Stowford Bridge", 0.9)], " hours", 3.0,
                      'rgb("#00594f")')
    d.raw("#figure(" + chart + ", caption: [" + lit("Average time from arrival to booking in, by suite, October 2024 to March 2025") + "])\n")
    d.heading("Detainee care", numbered=False)
    d.para("Staff were generally respectful and attentive to detainees’ needs.",
           "Food and drinks were offered regularly, and detainees could have a shower and a change of clothes.",
           "Detainees were not routinely told how to make a complaint about their treatment.")
    d.heading("Recommendations", numbered=False)
    d.raw("#[#set list(marker: [–])\n" + d.bullets([
        "The force should make sure that every use of force in custody is recorded and reviewed by a supervisor.",
        "The force should repair the ligature points in the Pennick suite as a matter of urgency.",
        "The force should monitor detainees who are waiting to be booked in and record the checks it makes."]) + "\n]\n")
    rows = [("Leadership, accountability and partnerships", "Partly met",
             "Governance is clear, but the custody management team does not analyse data on use of force or waiting times."),
            ("Pre-custody: first point of contact", "Met",
             "Officers considered alternatives to custody for most children and for people in mental health crisis."),
            ("Booking in, individual needs and legal rights", "Partly met",
             "Booking in was respectful, although privacy at the desks was limited by the open layout."),
            ("Physical conditions", "Not met",
             "The Pennick suite needs significant investment to remove ligature points and improve cleanliness."),
            ("Detainee care", "Met",
             "Health care was prompt and professional, and detainees had good access to mental health practitioners."),
            ("Release and transfer from custody", "Partly met",
             "Release planning was thorough for vulnerable detainees, but some were released late at night without transport.")]
    cells = ", ".join(f"[{lit(a)}], [{lit(j)}], [{d.s(c)}]" for a, j, c in rows)
    d.raw(f"""#page(flipped: true)[
#text(size: 12.5pt, weight: "bold", fill: rgb("#00594f"))[{lit("Appendix: summary of findings against our expectations")}]
#v(0.3cm)
#table(columns: (6.5cm, 3cm, 1fr), fill: (x, y) => if y == 0 {{ luma(225) }},
  table.header([*{lit("Expectation area")}*], [*{lit("Judgement")}*], [*{lit("Summary")}*]),
  {cells})
]
""")
    d.build()


# =============================================================================================
def t04():
    d = Doc("t04_missing_brackenfold")
    d.raw(f"""#set page(paper: "a4", margin: (x: 2.5cm, top: 2.7cm, bottom: 2.5cm),
  header: context {{ if here().page() > 1 {{ set text(size: 8.5pt); {ts("Brackenfold Police: revisit of missing children inspection")}; h(1fr); {ts("April 2025")}; v(-5pt); line(length: 100%, stroke: 0.3pt) }} }},
  footer: context {{ set text(size: 8.5pt); align(right)[#counter(page).display()] }})
#set text(font: "Liberation Serif", size: 11.5pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.6em, spacing: 1.1em)
#set heading(numbering: "1.")
#show heading: it => block(above: 1.5em, below: 0.8em, text(size: 13pt, it))
#show footnote.entry: set text(size: 9pt)
#set table(stroke: 0.5pt, inset: 5pt)
#text(size: 20pt, weight: "bold")[{lit("Revisit of Brackenfold Police’s response to missing children")}]
#v(0.3cm)
#text(size: 12pt)[{lit("A report on progress against our 2023 recommendations")}]
#v(0.5cm)
""")
    d.notice()
    num = lambda n: f"#text(weight: \"bold\")[{n}]#h(0.6em)"

    def np_(n, *s):
        d.raw(num(n) + d.s(*s) + "\n")

    d.heading("Background")
    np_("1.1", "In 2023 we inspected how Brackenfold Police protects children who go missing from home or care.",
        "We made seven recommendations and asked the force to publish an action plan within six weeks.")
    np_("1.2", "This report sets out what we found when we returned to the force in January 2025 to assess its progress.",
        "We reviewed 60 missing person cases and spoke to officers, staff and partner agencies.")
    d.heading("Summary")
    np_("2.1", "The force has made good progress against four of our recommendations and some progress against two.",
        "It has made no progress against the remaining recommendation, which concerns the way it shares information with children's social care.")
    left = (num("2.2") + d.s("Officers now complete a structured risk assessment for every report of a missing child.^[The assessment follows the national guidance on missing persons issued by the College of Policing.]",
                             "Supervisors reviewed these assessments promptly in almost all the cases we examined.")
            + "\n\n" + num("2.3") + d.s("The force has also created a small team that focuses on children who go missing repeatedly.",
                                        "This team knows the children well and works closely with care home staff to reduce the risk they face."))
    box = ("block(fill: luma(232), inset: 9pt, radius: 3pt, width: 100%)[#set par(justify: false)\n#set text(size: 10pt)\n"
           f"#text(weight: \"bold\")[{lit('Missing children in Brackenfold')}]\n\n"
           + d.s("The force received 2,140 reports of missing children in 2024.",
                 "Around 45 percent of these related to children living in residential care homes.",
                 "A small number of children went missing more than 20 times in the year.") + "]")
    d.raw("#grid(columns: (1fr, 5.3cm), column-gutter: 0.6cm, [" + left + "], " + box + ")\n")
    d.heading("Progress against recommendations")
    np_("3.1", "The table below summarises our assessment of the force's progress against each recommendation.",
        "We describe the most significant findings in the paragraphs that follow it.")
    recs = [("The force should make sure that every report of a missing child is risk assessed by a supervisor.",
             "Supervisors now review every assessment, usually within an hour.", "Good progress"),
            ("The force should carry out a return home interview, or make sure that one is carried out, for every child who is found.",
             "Return home interviews took place in 52 of the 60 cases we reviewed.", "Good progress"),
            ("The force should share information about missing children with children's social care within 24 hours.",
             "Information is still shared by email and is often delayed by several days.", "No progress"),
            ("The force should train all call handlers to recognise signs of child exploitation.",
             "Training has been delivered to 70 percent of call handlers, and the remainder are booked on courses.", "Some progress"),
            ("The force should make sure that intelligence gathered from missing children is recorded and analysed.",
             "Officers record intelligence consistently, and analysts now produce a weekly briefing.", "Good progress"),
            ("The force should review its use of the 'absent' category for children.",
             "The force has stopped using the category, in line with national guidance.", "Good progress"),
            ("The force should evaluate the effect of its partnership work on repeat missing episodes.",
             "An evaluation has been commissioned but is not yet complete.", "Some progress")]
    cells = ", ".join(f"[{lit('R' + str(i + 1))}], [{d.s(r)}], [{d.s(a)}], [{lit(p)}]" for i, (r, a, p) in enumerate(recs))
    d.raw(f"""#[#set par(justify: false)
#set text(size: 10.5pt)
#table(columns: (1.1cm, 1fr, 1fr, 2.3cm), fill: (x, y) => if y == 0 {{ luma(210) }},
  table.header([*{lit("No.")}*], [*{lit("Recommendation")}*], [*{lit("Our assessment")}*], [*{lit("Progress")}*]),
  {cells})]
""")
    np_("3.2", "The force's failure to improve information sharing with children's social care is a concern.",
        "Social workers told us that they sometimes learned that a child had been missing only when the child told them.^[We spoke to 11 social workers from two local authorities.]")
    np_("3.3", "We have therefore repeated this recommendation, and we will monitor the force's progress closely.")
    d.build()


# =============================================================================================
def t05():
    d = Doc("t05_crimedata_stanmere")
    title = "Crime data integrity: inspection of Stanmere Police"
    d.raw(f"""#set page(paper: "a4", columns: 2, margin: (x: 2.2cm, top: 2.6cm, bottom: 2.5cm),
  header: context {{ set text(size: 8pt); {ts(title)}; h(1fr); {ts("May 2025")} }},
  footer: context {{ set text(size: 8pt); align(center)[#counter(page).display()] }})
#set columns(gutter: 0.75cm)
#set text(font: "New Computer Modern", size: 11pt, lang: "en", region: "gb", hyphenate: true)
#set par(justify: true, leading: 0.55em, spacing: 0.9em, first-line-indent: 0em)
#set list(marker: [–])
#show heading: it => block(above: 1.2em, below: 0.6em, text(size: 11pt, weight: "bold", it))
#show footnote.entry: set text(size: 8pt)
#place(top, float: true, scope: "parent", clearance: 0.8cm)[
  #text(size: 20pt, weight: "bold")[{lit(title)}]
  #v(0.2cm)
  #text(size: 11pt)[{lit("Findings of our 2025 crime recording inspection")}]
  #v(0.2cm)
  #par(justify: false)[#text(hyphenate: false)[{lit(NOTICE)}]]
  #line(length: 100%, stroke: 0.6pt)
]
""")
    d.heading("Summary", numbered=False)
    d.para("We estimate that Stanmere Police records about 91 per cent of the crimes reported to it.",
           "This is an improvement on our previous inspection in 2021, when we found that the force recorded about 84 per cent.",
           "Even so, we estimate that more than 6,000 reported crimes go unrecorded each year.^[Our estimate has a confidence interval of plus or minus 2.1 percentage points.]")
    d.para("We found that the force records most crimes within 24 hours of a report, as the rules require.",
           "Overall, we judge the force’s crime recording to be good.")
    d.para("The force’s leaders have made crime recording a clear priority.",
           "A senior officer chairs a monthly board that reviews performance and tracks the actions agreed at previous meetings.")
    d.para("Figure 1 shows how the force’s recording accuracy has changed over four inspections.")
    chart = bar_chart([("2014", 76), ("2017", 81), ("2021", 84), ("2025", 91)], "%", 100, 'rgb("#6a1b4d")')
    d.raw("#place(bottom, float: true, scope: \"parent\", clearance: 0.6cm, figure(box(width: 70%, " + chart + "), caption: ["
          + lit("Estimated crime recording accuracy, Stanmere Police, 2014 to 2025") + "]))\n")
    d.heading("Violent crime", numbered=False)
    d.para("Most of the crimes the force fails to record are violent offences, particularly common assault and harassment.",
           "In many of these cases, the victim had reported more than one offence, but officers recorded only the most serious.",
           "This means that some victims do not receive the support to which they are entitled.")
    d.para("These missed crimes often involved:")
    d.raw(d.bullets(["domestic abuse incidents in which a second assault was disclosed later in the call;",
                     "reports from third parties, such as teachers or health workers; and",
                     "harassment that took place over several weeks."]) + "\n")
    d.heading("Rape and sexual offences", numbered=False)
    d.para("The force records reports of rape accurately and promptly.",
           "We found that it cancelled a small number of recorded rapes without enough evidence to show that no crime had taken place.")
    d.para("A crime registrar explained the challenge the force faces:")
    d.raw("#quote(block: true, attribution: [" + lit("Force crime registrar") + "])[#set text(size: 9.5pt)\n"
          + d.s("Officers are good at recording what is in front of them.",
                "What they miss is the second or third offence that comes out when a victim starts to trust them.")
          + "]\n")
    d.heading("Incidents closed without a crime record", numbered=False)
    d.para("We reviewed 120 incidents that the force had closed without recording a crime.",
           "In most of them, the decision was correct and clearly explained.",
           "In 17 cases, however, the incident log contained enough information to show that a crime should have been recorded.",
           "Supervisors had reviewed several of these logs but had not challenged the decision.")
    d.heading("People and skills", numbered=False)
    d.para("The force has trained all new officers in the national crime recording rules.",
           "Experienced officers have had less training, and some were unsure when a crime should be recorded.",
           "The force’s audit team is skilled and well respected, but it is too small to examine enough records each month.")
    d.heading("Recommendations", numbered=False)
    d.para("We recommend that, within three months, the force should:")
    d.raw(d.bullets(["make sure that officers record every crime disclosed during a call or visit;",
                     "provide refresher training on the crime recording rules for experienced officers; and",
                     "increase the capacity of its audit team."]) + "\n")
    d.para("We will assess the force’s progress at our next inspection.")
    back_cover(d)
    d.build()


if __name__ == "__main__":
    for fn in (t01, t02, t03, t04, t05):
        fn()
