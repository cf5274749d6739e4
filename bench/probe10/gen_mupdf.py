"""probe10 m*: MuPDF (PyMuPDF) documents.  Body HTML/CSS is laid out with pymupdf.Story into page
rectangles through a DocumentWriter; the generator then reopens the PDF and draws the running
headers, footers, footnote texts, contents page and covers on each page itself (insert_text /
insert_htmlbox), as a report pipeline built on MuPDF would.  Fonts are subset at the end.
Writes pdf/m*.pdf and m*.gold.json from the same strings.  Needs PyMuPDF (pip install pymupdf).
"""
import html
import os

import pymupdf
from common import HERE, NOTICE, Gold, Notes

GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre"
TMP = os.environ.get("PROBE10_TMP", "/tmp/probe10/build")
A4 = pymupdf.paper_rect("a4")          # 595 x 842
X0, X1 = 62, 533
E = html.escape

FONTS_CSS = """
@font-face {font-family: Pagella; src: url(texgyrepagella-regular.otf);}
@font-face {font-family: Pagella; font-weight: bold; src: url(texgyrepagella-bold.otf);}
@font-face {font-family: Pagella; font-style: italic; src: url(texgyrepagella-italic.otf);}
@font-face {font-family: Heros; src: url(texgyreheros-regular.otf);}
@font-face {font-family: Heros; font-weight: bold; src: url(texgyreheros-bold.otf);}
@font-face {font-family: Adventor; src: url(texgyreadventor-regular.otf);}
@font-face {font-family: Adventor; font-weight: bold; src: url(texgyreadventor-bold.otf);}
"""


def layout(name, parts, footnote_room=70):
    """parts: list of (html, css, rects_fn) laid out in sequence; rects_fn(i) gives the list of
    rectangles for the i-th page of that part (several rectangles = columns).  Returns a list of
    page records {'part': k, 'ids': {id: rect}}."""
    arch = pymupdf.Archive(GYRE)
    os.makedirs(TMP, exist_ok=True)
    raw = os.path.join(TMP, name + ".raw.pdf")
    w = pymupdf.DocumentWriter(raw)
    pages = []
    for k, (h, css, rects_fn) in enumerate(parts):
        st = pymupdf.Story(html=h, user_css=FONTS_CSS + css, archive=arch)
        more, i = 1, 0
        while more:
            dev = w.begin_page(A4)
            rec = {"part": k, "ids": {}}
            for r in rects_fn(i):
                if not more:
                    break
                more, _ = st.place(pymupdf.Rect(*r))
                st.element_positions(lambda p: rec["ids"].__setitem__(p.id, p.rect) if p.id else None, {})
                st.draw(dev)
            pages.append(rec)
            w.end_page()
            i += 1
    w.close()
    return raw, pages


def finish(doc, name):
    doc.subset_fonts()
    doc.set_metadata({"title": name, "author": "probe10", "creator": "probe10 gen_mupdf.py",
                      "producer": f"PyMuPDF {pymupdf.VersionBind} (MuPDF {pymupdf.VersionFitz})",
                      "creationDate": "D:20260101000000Z", "modDate": "D:20260101000000Z"})
    out = os.path.join(HERE, "pdf", name + ".pdf")
    doc.save(out, garbage=4, deflate=True, no_new_id=True)
    return out


def draw_notes(doc, pages, notes, part, y0=752, css_font="Pagella"):
    """Draw each footnote text at the foot of the page where its call was placed."""
    arch = pymupdf.Archive(GYRE)
    for pno, rec in enumerate(pages):
        here = [(n, t) for n, t in notes.items if f"fn{n}" in rec["ids"]]
        if not here:
            continue
        pg = doc[pno]
        pg.draw_line((X0, y0 - 4), (X0 + 140, y0 - 4), width=0.5)
        h = "".join(f"<p><sup>{n}</sup> {E(t)}</p>" for n, t in here)
        pg.insert_htmlbox(pymupdf.Rect(X0, y0, X1, y0 + 50), h, archive=arch,
                          css=FONTS_CSS + f"p{{font-family:{css_font};font-size:7.5pt;margin:0 0 2pt 0}}")


def notice_box(page, rect, fontfile, size):
    """The notice as its own paragraph, set with insert_textbox (simple wrapping at spaces, no
    shaping, so no ligature or hyphen can form in it)."""
    page.insert_font(fontname="ntc", fontfile=os.path.join(GYRE, fontfile))
    rc = page.insert_textbox(pymupdf.Rect(*rect), NOTICE, fontname="ntc", fontsize=size)
    assert rc >= 0, "notice does not fit"


def back_cover(doc, pno, lines, band=(0.12, 0.23, 0.42)):
    pg = doc[pno]
    pg.draw_rect(pymupdf.Rect(0, 560, 595, 842), color=None, fill=band)
    arch = pymupdf.Archive(GYRE)
    h = "".join(f"<p>{E(l)}</p>" for l in lines)
    pg.insert_htmlbox(pymupdf.Rect(X0, 600, X1, 820), h, archive=arch,
                      css=FONTS_CSS + "p{font-family:Heros;font-size:9pt;color:white;margin:0 0 6pt 0}")


# ---------------------------------------------------------------------------------------------
# m01: PEEL report, Larchfield Constabulary
# ---------------------------------------------------------------------------------------------
def m01():
    name = "m01_peel_larchfield"
    g, nt = Gold(name), Notes()
    R = nt.render
    body = []

    def para(num, *sents):
        g.add(*sents)
        lab = f'<span class="num">{num}</span>' if num else ""
        body.append(f'<p class="np">{lab}{" ".join(R(s) for s in sents)}</p>')

    def h2(t, ident=None):
        body.append(f'<h2{" id=" + chr(34) + ident + chr(34) if ident else ""}>{E(t)}</h2>')

    h2("1 Overview", "s1")
    para("1.1", "This report sets out what we found when we inspected Larchfield Constabulary in the autumn of 2025.",
         "Larchfield serves about 1\u00a0180\u00a0000 people across a mix of market towns, "
         "coastal vil\u00adlages and the city of Wendlebury.")
    para("1.2", "We found a well-led force with a clear sense of purpose, but one that still "
         "struggles to investigate crime to a consistent standard.",
         "Its work to tackle anti-social behaviour in Wendlebury city centre is among the "
         "most effective we have seen^[Based on our review of 60 neighbourhood problem-solving plans.].")
    para("1.3", "The table below shows the grade we have given the force in each area we inspected.")
    g_rows = [("Preventing crime and anti-social behaviour", "Good"),
              ("Responding to the public", "Adequate"),
              ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Adequate")]
    body.append('<table class="grades"><tr><th>Area</th><th>Grade</th></tr>'
                + "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in g_rows)
                + "</table>")
    h2("2 Investigating crime: requires improvement", "s2")
    para("2.1", "The force records most crimes correctly, yet too many investigations stall "
         "after the first few days.",
         "In 27 per cent of the files we reviewed, nobody had spoken to the victim again after "
         "the initial report.")
    para("2.2", "We found that investigating officers:")
    items = [("did not always record a plan, even for serious offences;", None),
             ("often waited weeks for digital devices to be examined;", None),
             ("were not clear when to seek advice from a detective, particularly where:",
              ["the suspect was a family member of the victim;",
               "the offence had taken place online."]),
             ("told us that their workloads had become unmanage\u00adable since the spring.", None)]
    lis = []
    for it, sub in items:
        g.add(it)
        s = ""
        if sub:
            g.add(*sub)
            s = '<ul class="sq">' + "".join(f"<li>{R(x)}</li>" for x in sub) + "</ul>"
        lis.append(f"<li>{R(it)}{s}</li>")
    body.append('<ul class="dot">' + "".join(lis) + "</ul>")
    para("2.3", "The force has committed £2.3\u00a0million to recruit 48 more detectives by "
         "March 2027, and 19 of them are already in post.",
         "This is encouraging, but it will be some time before the new officers are fully "
         "trained^[Trainee detectives take around 18 months to qualify.].")
    h2("3 Protecting vulnerable people: adequate", "s3")
    para("2.4", "Victims we spoke to were mostly positive about the officers who first "
         "attended, but several said that they had heard nothing for weeks afterwards.",
         "The force should make sure that victims are kept informed, as the Code of Practice "
         "for Victims of Crime requires.")
    para("3.1", "Call handlers identify vulnerable callers well, and they use a structured "
         "set of questions to assess the risk to them.",
         "However, the force does not always send an officer quickly enough when a caller is "
         "at risk of domestic abuse.")
    para("3.2", "Officers make good use of protective orders, and the number of domestic abuse "
         "protection notices issued rose by 41 per cent over the year.",
         "The force works closely with the three local authorities in its area, and its "
         "multi-agency hub now shares information within a day.")
    h2("4 Leadership and the workforce", "s4")
    para("4.1", "Leaders at every level are visible and approachable, and the officers we "
         "spoke to felt able to challenge decisions.",
         "The force has a realistic plan to balance its budget, which depends on savings of "
         "£3.4\u00a0million from its estate.",
         "It should make sure that its wellbeing services are offered to police staff as well "
         "as to officers.")
    para("4.2", "Sickness absence among officers fell from 4.9 per cent to 3.8 per cent "
         "during the year, which the force attributes to better occupational health support.")
    para("4.3", "We thank the officers, staff and partners of Larchfield Constabulary for their "
         "help during our inspection.")

    css = """
    body {font-family: Pagella; font-size: 10.5pt; line-height: 1.3; text-align: justify;}
    h2 {font-family: Heros; font-size: 12.5pt; font-weight: bold; color: #1f3b6b; margin: 12pt 0 5pt 0;}
    p.np {margin: 0 0 6pt 0;}
    span.num {font-weight: bold; margin-right: 8pt;}
    table.grades {border-collapse: collapse; margin: 4pt 0 10pt 0; width: 100%;}
    table.grades td, table.grades th {border: 0.6pt solid #1f3b6b; padding: 3pt 6pt; font-family: Heros; font-size: 9.5pt; text-align: left;}
    table.grades th {background-color: #dce4f0;}
    ul {margin: 0 0 6pt 0; padding-left: 20pt;}
    ul.dot {list-style-type: disc;}
    ul.sq {list-style-type: square; margin: 2pt 0 2pt 0;}
    li {margin-bottom: 2pt;}
    sup {font-size: 6.5pt;}
    """
    body_rects = lambda i: [(X0, 72, X1, 740)]
    full = lambda i: [(0, 0, 1, 1)]
    raw, pages = layout(name, [("".join(body), css, body_rects)])
    # assemble: cover, contents, body pages, back cover
    doc = pymupdf.open()
    doc.new_page(width=A4.width, height=A4.height)
    doc.new_page(width=A4.width, height=A4.height)
    src = pymupdf.open(raw)
    doc.insert_pdf(src)
    doc.new_page(width=A4.width, height=A4.height)
    total = len(doc)
    arch = pymupdf.Archive(GYRE)
    cover = doc[0]
    cover.draw_rect(pymupdf.Rect(0, 0, 595, 250), color=None, fill=(0.12, 0.23, 0.42))
    cover.insert_htmlbox(pymupdf.Rect(X0, 90, X1, 240),
                         "<h1>PEEL 2025</h1><p class='s'>Police effectiveness, efficiency and legitimacy</p>"
                         "<p class='s'>An inspection of Larchfield Constabulary</p>", archive=arch,
                         css=FONTS_CSS + "h1{font-family:Heros;font-size:30pt;color:white;margin:0 0 8pt 0}"
                         "p.s{font-family:Heros;font-size:14pt;color:white;margin:0 0 4pt 0}")
    notice_box(cover, (X0, 300, X1, 360), "texgyreheros-regular.otf", 11)
    cover.insert_htmlbox(pymupdf.Rect(X0, 700, X1, 740), "<p>December 2025</p>", archive=arch,
                         css=FONTS_CSS + "p{font-family:Heros;font-size:12pt}")
    # contents page with dot leaders
    con = doc[1]
    con.insert_htmlbox(pymupdf.Rect(X0, 70, X1, 110), "<h1>Contents</h1>", archive=arch,
                       css=FONTS_CSS + "h1{font-family:Heros;font-size:18pt;color:#1f3b6b}")
    font = pymupdf.Font(fontfile=os.path.join(GYRE, "texgyrepagella-regular.otf"))
    con.insert_font(fontname="pag", fontfile=os.path.join(GYRE, "texgyrepagella-regular.otf"))
    sec_page = {}
    for pno, rec in enumerate(pages):
        for sid in ("s1", "s2", "s3", "s4"):
            if sid in rec["ids"] and sid not in sec_page:
                sec_page[sid] = pno + 3
    entries = [("1 Overview", "s1"), ("2 Investigating crime: requires improvement", "s2"),
               ("3 Protecting vulnerable people: adequate", "s3"), ("4 Leadership and the workforce", "s4")]
    y = 140
    for t, sid in entries:
        num = str(sec_page[sid])
        wt = font.text_length(t + " ", 11)
        wn = font.text_length(" " + num, 11)
        dots = "." * int((X1 - X0 - wt - wn) / font.text_length(".", 11))
        con.insert_text((X0, y), t + " ", fontname="pag", fontsize=11)
        con.insert_text((X0 + wt, y), dots, fontname="pag", fontsize=11)
        con.insert_text((X1 - font.text_length(num, 11), y), num, fontname="pag", fontsize=11)
        y += 22
    # running header and footer on the body pages
    for pno in range(2, 2 + len(pages)):
        pg = doc[pno]
        pg.insert_font(fontname="pag", fontfile=os.path.join(GYRE, "texgyrepagella-regular.otf"))
        pg.insert_text((X0, 46), "Larchfield Constabulary: PEEL 2025", fontname="pag", fontsize=8.5)
        pg.draw_line((X0, 52), (X1, 52), width=0.4)
        foot = f"Page {pno + 1} of {total}"
        pg.insert_text((X1 - font.text_length(foot, 8.5), 812), foot, fontname="pag", fontsize=8.5)
    draw_notes(doc, [{"ids": {}}, {"ids": {}}] + pages + [{"ids": {}}], nt, 0)
    back_cover(doc, total - 1, ["© HMICFRS 2025 (synthetic test document)",
                                "This document is licensed under the terms of the Open Government Licence v3.0.",
                                "His Majesty’s Inspectorate, 14 Quarry Lane, Wendlebury WB2 7QT",
                                "Telephone: 0300 555 0142", "www.example.org/inspectorate"])
    finish(doc, name)
    return name, g.write(), total


# ---------------------------------------------------------------------------------------------
# m02: letter, Ashcombe Police
# ---------------------------------------------------------------------------------------------
def m02():
    name = "m02_letter_ashcombe"
    g, nt = Gold(name), Notes()
    R = nt.render
    b = []

    def p(*sents):
        g.add(*sents)
        b.append("<p>" + " ".join(R(s) for s in sents) + "</p>")

    head = ("<div class='addr'><p>Chief Constable Morwenna Tildesley</p><p>Ashcombe Police</p>"
            "<p>Police Headquarters</p><p>Fallowgate Road</p><p>Ashcombe AC4 9LP</p></div>"
            "<p class='date'>9 December 2025</p><p class='sal'>Dear Chief Constable,</p>"
            "<p class='subj'>Ashcombe Police: revisit of the force’s response to missing people</p>")
    p("In March 2025 we inspected how Ashcombe Police responds when people are reported missing, "
      "and we identified two causes of concern.",
      "I am writing to tell you what we found when we returned to the force in November.")
    p("I am pleased to say that the force has made good progress against both causes of concern.",
      "It has rewritten its missing person policy, and it has trained all of its control room "
      "supervisors to use the new risk assessment^[The assessment has five levels, from no "
      "apparent risk to very high risk.].")
    p("During our revisit we found that the force:")
    ticks = ["now reviews the risk to every missing child within an hour of the report;",
             "makes sure that a named inspector oversees each high-risk case;",
             "holds a return interview with most children within three days;",
             "shares what it learns from these interviews with children’s services."]
    g.add(*ticks)
    b.append("<div class='ticks'>" + "".join(f"<p><span class='g'>✓</span>{R(t)}</p>" for t in ticks) + "</div>")
    p("However, the force still does not routinely record why a person went missing.",
      "Without this information it cannot identify the places, people and circumstances that "
      "put people at risk.")
    p("The table below summarises the progress we found against each of the recommendations "
      "we made in March.")
    rows = [("1", ["The force should make sure that supervisors review every missing person "
                   "report promptly.",
                   "Supervisors now review 94 per cent of reports within the hour."]),
            ("2", ["The force should improve the quality of its risk assessments.",
                   "Assessments we examined were thorough, and officers explained their "
                   "reasoning clearly."]),
            ("3", ["The force should work with partners to reduce repeat missing episodes.",
                   "This work has started, but it is too early to judge its effect."])]
    trs = []
    for n, (rec, prog) in rows:
        g.add(rec, prog)
        trs.append(f"<tr><td class='n'>{n}</td><td>{R(rec)}</td><td>{R(prog)}</td></tr>")
    b.append("<table><tr><th>No.</th><th>Recommendation</th><th>Progress we found</th></tr>"
             + "".join(trs) + "</table>")
    p("The force has spent £640\u00a0000 on a new case management system for missing people, "
      "which went live in October.",
      "Officers told us it is easier to use than the old one, although some had not yet been "
      "shown how to attach documents.")
    p("We also looked again at how the control room handles calls about missing adults "
      "with dementia.",
      "Call handlers now ask whether the person has a Herbert Protocol form, and they pass "
      "the details to patrols straight away.",
      "This is a simple change that saves time in the first, most important hours of a search.")
    p("I would like to thank your officers and staff for their help and openness during our revisit.")
    p("We will continue to monitor the force’s progress through our regular contact with it.",
      "I am copying this letter to the police and crime commissioner for Ashcombe.")
    b.append("<p class='yours'>Yours sincerely,</p><p class='sig'>Eleanor Vashti</p>"
             "<p class='sig'>His Majesty’s Inspector of Constabulary</p>")
    css = """
    body {font-family: Heros; font-size: 10pt; line-height: 1.35;}
    p {margin: 0 0 7pt 0;}
    div.addr p {margin: 0;}
    p.date {margin-top: 10pt;}
    p.subj {font-weight: bold;}
    div.ticks p {margin: 0 0 3pt 18pt; text-indent: -14pt;}
    span.g {color: #2a7a2a; margin-right: 6pt;}
    table {border-collapse: collapse; margin: 4pt 0 9pt 0;}
    td, th {border: 0.5pt solid #555555; padding: 3pt 5pt; font-size: 9pt; vertical-align: top; text-align: left;}
    th {background-color: #e6e6e6;}
    td.n {width: 24pt;}
    p.yours {margin-top: 12pt;}
    p.sig {margin: 0;}
    sup {font-size: 6.5pt;}
    """
    first = (X0, 280, X1, 740)
    rects = lambda i: [(X0, 290, X1, 740)] if i == 0 else [(X0, 76, X1, 740)]
    raw, pages = layout(name, [(head + "".join(b), css, rects)])
    doc = pymupdf.open(raw)
    arch = pymupdf.Archive(GYRE)
    pg = doc[0]
    pg.insert_htmlbox(pymupdf.Rect(300, 40, X1, 160),
                      "<p class='o'>His Majesty’s Inspectorate of Constabulary</p>"
                      "<p>Ferris House</p><p>27 Lindqvist Street</p><p>Harlowby HB1 3NE</p>"
                      "<p>Telephone: 0300 555 0177</p>", archive=arch,
                      css=FONTS_CSS + "p{font-family:Adventor;font-size:8.5pt;text-align:right;margin:0}"
                      "p.o{font-weight:bold;font-size:10pt;margin-bottom:3pt}")
    pg.draw_line((X0, 168), (X1, 168), width=0.8, color=(0.3, 0.1, 0.4))
    notice_box(pg, (X0, 180, X1, 230), "texgyreheros-italic.otf", 9.5)
    # the body story begins with the address block (y 290); pages 2+ get header and bare number
    font = pymupdf.Font(fontfile=os.path.join(GYRE, "texgyreheros-regular.otf"))
    for pno in range(1, len(doc)):
        pg = doc[pno]
        pg.insert_font(fontname="her", fontfile=os.path.join(GYRE, "texgyreheros-regular.otf"))
        pg.insert_text((X0, 48), "Ashcombe Police – missing people revisit – 9 December 2025",
                       fontname="her", fontsize=8)
        n = str(pno + 1)
        pg.insert_text(((X0 + X1) / 2 - font.text_length(n, 9) / 2, 812), n, fontname="her", fontsize=9)
    draw_notes(doc, pages, nt, 0, css_font="Heros")
    finish(doc, name)
    return name, g.write(), len(doc)


# ---------------------------------------------------------------------------------------------
# m03: spotlight report with a two-column section, side box and pull quote, Corriebank Police
# ---------------------------------------------------------------------------------------------
def m03():
    name = "m03_spotlight_corriebank"
    g, nt = Gold(name), Notes()
    R = nt.render
    intro, cols = [], []

    def p(dst, *sents, cls=""):
        g.add(*sents)
        dst.append(f"<p{' class=' + chr(34) + cls + chr(34) if cls else ''}>" + " ".join(R(s) for s in sents) + "</p>")

    intro.append("<h1>Neighbourhood policing in Corriebank</h1>"
                 "<p class='sub'>A spotlight inspection of Corriebank Police</p>"
                 "<div id='ntc' class='ntc'>\u00a0</div>")
    p(intro, "This spotlight report looks at how well Corriebank Police understands and "
             "responds to the concerns of its communities.",
             "We visited all five of the force’s neighbourhood areas between September and "
             "November 2025.")
    cols.append("<h2>Summary</h2>")
    quote = "Residents told us that they knew their local officers by name and trusted them to act."
    p(cols, "Neighbourhood teams in Corriebank are stable, and most officers have worked in "
            "the same area for several years.",
            quote,
            "The force protects these teams from being pulled into response work, which is "
            "not the case in many forces.")
    cols.append(f"<div class='pq'>“{E(quote)}”</div>")
    cols.append("<h2>Preventing crime and anti-social behaviour: good</h2>")
    p(cols, "The force uses a structured approach to problem-solving, and we saw effective "
            "plans to tackle shop theft, off-road motorcycles and noise.",
            "The best plans we reviewed were those that:")
    arrows = [("set out clear and measurable aims;", None),
              ("were reviewed by a supervisor every month;", None),
              ("involved partners from the start, including:",
               ["housing providers and landlords;", "the community safety teams of both councils;",
                "local businesses and traders."]),
              ("were closed only when the problem had been solved.", None)]
    lis = []
    for it, sub in arrows:
        g.add(it)
        s = ""
        if sub:
            g.add(*sub)
            s = "".join(f"<p class='li2'>–\u2002{R(x)}</p>" for x in sub)
        lis.append(f"<p class='li'><span class='g'>➢</span>\u2002{R(it)}</p>{s}")
    cols.append("".join(lis))
    p(cols, "The force’s analysts produce a detailed profile of each neighbourhood every "
            "quarter^[Profiles combine crime, incident and partner data with the results of "
            "community surveys.].",
            "Neighbourhood inspectors use the profiles to decide their priorities, but the "
            "constables we spoke to had rarely seen them and did not know what they contained.")
    cols.append("<div class='box'><p class='bt'>Promising practice</p>")
    p(cols, "In Dunmarrow, officers and youth workers run a late-night football session three "
            "times a week.",
            "Reports of anti-social behaviour near the town’s bus station fell by a third in "
            "the six months after it began.", cls="bx")
    cols.append("</div>")
    cols.append("<h2>Engagement with communities</h2>")
    p(cols, "The force uses a wide range of methods to hear from the public, including street "
            "meetings, online surveys and a text-message service.",
            "However, it does not yet analyse the results in a way that shows whether the "
            "views of different groups are being heard.",
            "Younger people, and people from some minority ethnic communities, were less "
            "confident that the force would act on what they told it.")
    cols.append("<h2>Working with partners</h2>")
    p(cols, "Relationships between neighbourhood teams and the two district councils are "
            "strong, and joint patrols with council wardens take place every weekend.",
            "The force and its partners share a single database of problem locations, which "
            "avoids the duplication we found at our last inspection.",
            "Partners told us that neighbourhood sergeants were easy to reach and followed up "
            "on their promises.")
    p(cols, "Some partnership meetings, however, had become a place to exchange updates "
            "rather than to agree what each organisation would do next.",
            "The force should work with its partners to make these meetings more focused on "
            "action and results.")
    p(cols, "The force should make sure that its engagement reaches all of its communities, "
            "and it should tell the public what it has done in response.",
            "We will review its progress in our next inspection.")
    css = """
    body {font-family: Pagella; font-size: 10.8pt; line-height: 1.36;}
    h1 {font-family: Adventor; font-size: 22pt; font-weight: bold; color: #6b1f3b; margin: 0 0 4pt 0;}
    p.sub {font-family: Adventor; font-size: 12pt; margin: 0 0 10pt 0;}
    div.ntc {height: 30pt; margin: 0 0 8pt 0;}
    h2 {font-family: Adventor; font-size: 10.5pt; font-weight: bold; color: #6b1f3b; margin: 8pt 0 4pt 0; letter-spacing: 1pt;}
    p {margin: 0 0 6pt 0; text-align: justify;}
    p.li {margin: 0 0 2pt 14pt; text-indent: -12pt; text-align: left;}
    p.li2 {margin: 0 0 2pt 28pt; text-indent: -10pt; text-align: left;}
    span.g {color: #6b1f3b;}
    div.pq {font-family: Pagella; font-style: italic; font-size: 13pt; color: #6b1f3b; border-top: 1pt solid #6b1f3b; border-bottom: 1pt solid #6b1f3b; padding: 5pt 0; margin: 6pt 0 8pt 0; text-align: center;}
    div.box {background-color: #f1e6ea; border: 0.6pt solid #6b1f3b; padding: 5pt; margin: 4pt 0 8pt 0;}
    p.bt {font-family: Adventor; font-weight: bold; font-size: 9.5pt; margin: 0 0 3pt 0;}
    p.bx {font-family: Heros; font-size: 8.8pt; text-align: left;}
    sup {font-size: 6pt;}
    """
    W = (X1 - X0 - 18) / 2
    colrects = lambda top: [(X0, top, X0 + W, 748), (X0 + W + 18, top, X1, 748)]
    # intro is laid out once to measure its height, then the columns flow below it
    arch = pymupdf.Archive(GYRE)
    st = pymupdf.Story(html="".join(intro), user_css=FONTS_CSS + css, archive=arch)
    _, filled = st.place(pymupdf.Rect(X0, 60, X1, 748))
    top1 = pymupdf.Rect(filled).y1 + 10
    raw, pages = layout(name, [("".join(intro), css, lambda i: [(X0, 60, X1, 748)]),
                               ("".join(cols), css, lambda i: colrects(top1 if i == 0 else 70))])
    # the intro part wrote page 1 alone; merge: draw pages of part 1 onto page 1 and following
    src = pymupdf.open(raw)
    doc = pymupdf.open()
    npart1 = len(src) - 1
    for i in range(npart1):
        doc.new_page(width=A4.width, height=A4.height)
        if i == 0:
            doc[0].show_pdf_page(doc[0].rect, src, 0)
        doc[i].show_pdf_page(doc[i].rect, src, i + 1)
    doc.new_page(width=A4.width, height=A4.height)
    total = len(doc)
    font = pymupdf.Font(fontfile=os.path.join(GYRE, "texgyreheros-regular.otf"))
    for pno in range(total - 1):
        pg = doc[pno]
        pg.insert_font(fontname="her", fontfile=os.path.join(GYRE, "texgyreheros-regular.otf"))
        if pno > 0:
            pg.insert_text((X0, 46), "Neighbourhood policing in Corriebank", fontname="her", fontsize=8)
        f = f"Corriebank Police spotlight | {pno + 1}"
        pg.insert_text((X1 - font.text_length(f, 8), 812), f, fontname="her", fontsize=8)
    r = pymupdf.Rect(pages[0]["ids"]["ntc"])
    notice_box(doc[0], (X0, r.y0, X1, r.y0 + 34), "texgyreheros-regular.otf", 9.5)
    draw_notes(doc, pages[1:] + [{"ids": {}}], nt, 0)
    back_cover(doc, total - 1, ["© HMICFRS 2025 (synthetic test document)",
                                "You may re-use this information free of charge under the terms of the Open Government Licence.",
                                "Ferris House, 27 Lindqvist Street, Harlowby HB1 3NE",
                                "Telephone 0300 555 0177"], band=(0.42, 0.12, 0.23))
    finish(doc, name)
    return name, g.write(), total


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    for fn in (m01, m02, m03):
        print("%s: %d gold, %d pages" % fn()[:3] if False else "%s: %d gold, %d pages" % fn())
