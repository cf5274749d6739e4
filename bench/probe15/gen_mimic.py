"""probe15 producer m: a hand-written PDF writer (mimic.py, assembled with pikepdf 10.18.0 over
qpdf; fonts cut down with fontTools 4.68.0 and shaped with uharfbuzz 0.57.0) that writes its
content streams the way Adobe InDesign and Microsoft Word's "Save as PDF" do.

No earlier probe has InDesign- or Word-style text layers, and they are what real inspectorate
PDFs are made of.  The line breaks come from layout.py, as for the other producers; mimic.py then
writes the operators:

  m01  PEEL 2023-25 report, InDesign style.  TeX Gyre Heros as **Type 1C** subsets (FontFile3,
       custom /Differences encoding, ToUnicode), text shaped by HarfBuzz: **ligature glyphs**
       (f_f_i, f_i, f_l, ...) and **kerning as TJ numbers**; "1 Tf" with the size in the Tm, lines
       moved by TD, justification by Tw; colours in DeviceCMYK; tagged (MCID marked content, a
       structure tree in reading order).  Stream order is not reading order: the master-page
       running header and footer come first, and each page's "Area for improvement" box (a frame
       of its own) comes after all the body text of the page.  Cover, contents with spaced dot
       leaders, grade table, judgement headings, "•" bullets, footnotes, back cover.
  m02  thematic inspection, InDesign style.  TeX Gyre Pagella and Heros as **CID-keyed Type 0
       fonts with OpenType (CFF) font files** (FontFile3 /OpenType, Identity-H, CID = glyph id),
       so Tw cannot justify and the word spaces are widened by TJ numbers; two justified,
       hyphenated columns written **column 2 before column 1**; a pull quote; a bar chart placed
       as a **Form XObject** with its own labels; footnotes; sentences crossing the column and
       page breaks; back cover.
  m03  crime data inspection, Word style.  Carlito (standing in for Calibri) and Liberation Mono
       (for Courier New) as **TrueType subsets with WinAnsiEncoding** and no ToUnicode; every line
       its own BT ... ET with "1 0 0 1 x y Tm" and a TJ array with Word's small rounding numbers;
       justified by TJ numbers after the space glyphs; **Symbol-font bullets** (byte B7, which
       the ToUnicode map sends to **U+F0B7**), a second level of Courier "o" and a third of
       **Wingdings § (U+F0A7)**; two spaces after full stops; numbered paragraphs; footnotes
       glued to words; a table with prose cells; header and footer marked as pagination
       artifacts; tagged.

The notice is set ragged right without soft hyphens.  Usage: python3 gen_mimic.py
"""
import os

from common import HERE, NOTICE, Gold, hyphenate
from layout import MM, Doc, Font, Frame, PStyle, Rect, Seg, Style, Writer, marker_text
from mimic import SymbolFont, circle_glyph, square_glyph
from mimic import Writer as PdfWriter

GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre"
TT = "/usr/share/fonts/truetype"
WHITE = (1, 1, 1)
GREY = (0.35, 0.35, 0.35)


def back_cover(d, page, font, bold, colour, year):
    page.add(Rect(0, 0, d.W, d.H, fill=colour, layer="art"))
    y = 90 * MM
    for f, s, t in [(bold, 12, f"© HMICFRS {year} (synthetic test material)"),
                    (font, 9.5, "Made for testing software that reads inspection reports."),
                    (font, 9.5, "It may be copied and changed for that purpose without asking."),
                    (font, 9.5, "Everything in it, including the force, is invented."),
                    (bold, 9.5, "probe15 test set")]:
        d.text(page, 25 * MM, y, Style(f, s, WHITE), t, layer="art")
        y -= s * 1.8


def contents(d, page, title_st, st, x1, x2, y):
    """InDesign contents: tab leaders written as spaced dots."""
    d.text(page, x1, y, title_st, "Contents", tag="H")
    y -= 34
    for level, text, pidx in d.toc:
        xi = x1 + (12 if level > 1 else 0)
        num = str(pidx + 1)
        d.text(page, xi, y, st, text, tag="TOCI")
        a = xi + st.w(text) + 6
        b = x2 - st.w(num) - 6
        dw = st.w(" .")
        k = int((b - a) / dw)
        d.text(page, b - k * dw, y, st, " ." * k, layer="art")
        d.text(page, x2, y, st, num, align="right", tag="TOCI")
        y -= 21 if level == 1 else 18


# ---------------------------------------------------------------------------------------------
def m01():
    name = "m01_peel_caldermouth"
    d = Doc(name)
    hr = Font("hr", f"{GYRE}/texgyreheros-regular.otf", shape=True)
    hbd = Font("hbd", f"{GYRE}/texgyreheros-bold.otf", shape=True)
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 22 * MM
    BLUE = (0.0, 0.30, 0.45)
    body = PStyle(hr, 10, 14, "justify", after=7, bold=hbd)
    h1 = PStyle(hbd, 17, 21, before=6, after=8, color=BLUE)
    hj = PStyle(hbd, 13, 17, before=10, after=6, color=BLUE)
    d.note_style = PStyle(hr, 7.5, 9.5, "left", after=2, left=6)
    d.note_area = (M, 22 * MM, W - 2 * M)

    cover = d.new_page()
    cover.add(Rect(0, H * 0.45, W, H * 0.55, fill=BLUE, layer="art"))
    cover.add(Rect(M, H - 32 * MM, 30 * MM, 2.5, fill=WHITE, layer="art"))
    d.text(cover, M, H - 45 * MM, Style(hbd, 15, WHITE), "PEEL 2023–25", tag="H")
    d.text(cover, M, H - 56 * MM, Style(hr, 12, WHITE),
           "Police effectiveness, efficiency and legitimacy")
    d.text(cover, M, H - 100 * MM, Style(hbd, 28, WHITE), "An inspection of", tag="H")
    d.text(cover, M, H - 112 * MM, Style(hbd, 28, WHITE), "Caldermouth Police", tag="H")
    d.flow_on([Frame(cover, M, H * 0.45 - 14 * MM, 40 * MM, W - 2 * M)])
    w.para(PStyle(hbd, 10.5, 14, "left"), NOTICE, gold=False, hyph=False)
    d.text(cover, M, 30 * MM, Style(hr, 10), "Published 21 November 2024")
    toc_page = d.new_page()

    def template(doc, page):
        return [Frame(page, M, H - 26 * MM, 24 * MM, W - 2 * M)]
    d.template = template
    d.next_frame()

    w.heading("Overall summary", h1, toc=1)
    w.para(body, "Caldermouth Police serves a compact, mostly urban area with a population of "
           "about 790\u00a0000 people, including a large university and a busy port.",
           "We found that the force is effective at preventing crime and at managing "
           "offenders.",
           "It needs to improve how it records crime and how it supervises investigations.")
    d.table([100 * MM, W - 2 * M - 100 * MM],
            [["Area of policing", "Grade"],
             ["Recording data about crime", "Requires improvement"],
             ["Preventing crime", "Good"],
             ["Responding to the public", "Adequate"],
             ["Investigating crime", "Adequate"],
             ["Protecting vulnerable people", "Adequate"],
             ["Leadership and force management", "Good"]],
            PStyle(hr, 9.5, 12, after=0), PStyle(hbd, 9.5, 12, after=0, color=WHITE),
            pad=4.5, head_fill=BLUE, rule=(0.7, 0.75, 0.8), lw=0.4)
    w.para(body, "Our grades reflect what we found during our inspection in June and July 2024.")

    w.heading("Recording data about crime: requires improvement", hj, toc=2)
    w.para(body, "The force records about 87 per cent of the crimes reported to it.",
           "This is below the level we would expect, and the force has not made enough progress "
           "since our last audit.",
           "Reports of anti-social behaviour that should have been recorded as crimes, such as "
           "harassment, were often missed.")
    d.layer = "box"
    w.box("Area for improvement", PStyle(hbd, 10, 13, after=3, color=BLUE),
          ["The force should make sure that it records crimes accurately when they are "
           "reported, including crimes that are first reported as anti-social behaviour."],
          body.but(after=0), fill=(0.87, 0.93, 0.96))
    d.layer = "body"

    w.heading("Preventing crime: good", hj, toc=2)
    w.para(body, "Neighbourhood officers know their communities well and use problem-solving "
           "methods to tackle local issues.",
           "In one area, officers worked with the council and a housing association to reduce "
           "burglaries by improving lighting and door security.",
           "The force evaluates its crime prevention work and shares what it learns across its "
           "neighbourhood teams.")
    w.para(body.but(after=3), "The force’s prevention plan focuses on:")
    bl = body.but(left=5 * MM, align="left", after=2)
    dot = marker_text(Style(hr, 10, BLUE), "•")
    w.bullet(bl, "serious violence involving young people;", dot, gap=5 * MM)
    w.bullet(bl, "retail crime in the city centre;", dot, gap=5 * MM)
    w.bullet(bl.but(after=7), "fraud against older people, which has risen sharply.", dot,
             gap=5 * MM)

    w.heading("Responding to the public: adequate", hj, toc=2)
    w.para(body, "The force answers emergency calls quickly, and most callers are satisfied with "
           "the service they receive.",
           "But it takes too long to attend some incidents that need a prompt response.")

    w.heading("Investigating crime: adequate", hj, toc=2)
    w.para(body, "Most investigations are thorough, and the force achieves positive outcomes for "
           "victims in a similar proportion of cases to other forces.",
           "But supervisors do not always review investigations in line with the force’s "
           "policy,^[The policy requires a first review within 7 days and a further review "
           "every 28 days.] and some cases had not been reviewed for several months.")
    d.layer = "box"
    w.box("Area for improvement", PStyle(hbd, 10, 13, after=3, color=BLUE),
          ["The force should make sure that supervisors review investigations regularly and "
           "record the decisions they make."],
          body.but(after=0), fill=(0.87, 0.93, 0.96))
    d.layer = "body"
    w.para(body, "The force’s use of digital forensics has improved.",
           "Devices are now examined within four weeks on average, compared with twelve weeks at "
           "our last inspection.")

    w.heading("Protecting vulnerable people: adequate", hj, toc=2)
    w.para(body, "The force identifies vulnerable people well when they first contact it.",
           "Its officers are effective at safeguarding children who go missing from home, and "
           "they work well with the local authorities’ exploitation teams.")

    w.heading("Leadership and force management: good", hj, toc=2)
    w.para(body, "The chief constable and her team provide clear leadership.",
           "The workforce told us that senior leaders were visible and approachable, and that "
           "they felt their views were listened to.",
           "The force understands its demand well and uses this understanding to plan its "
           "workforce.")
    w.para(body, "We will monitor the force’s progress on the areas for improvement we have "
           "identified.^[We do this through our regular contact with the force and its police "
           "and crime commissioner.]")

    last = d.page.index
    back = d.new_page()
    back_cover(d, back, hr, hbd, BLUE, 2024)
    contents(d, toc_page, Style(hbd, 22, BLUE), Style(hr, 11), M, W - M, H - 40 * MM)
    for pg in d.pages[1:last + 1]:
        d.text(pg, M, H - 14 * MM, Style(hr, 8, GREY), "PEEL 2023–25  |  Caldermouth Police",
               layer="master")
        d.text(pg, W - M, 12 * MM, Style(hbd, 9, BLUE), str(pg.index + 1), align="right",
               layer="master")
    d.draw_notes()

    out = PdfWriter(d, "indesign", [(hr, "Type1C", "T1_0"), (hbd, "Type1C", "T1_1")], seed=11)
    rank = {"master": 0, "art": 0, "body": 1, "notes": 1, "box": 2}
    out.order = lambda page, ops: sorted(ops, key=lambda o: rank.get(o.layer, 1))
    out.save(os.path.join(HERE, "pdf", name + ".pdf"), {
        "Title": "PEEL 2023–25: Caldermouth Police",
        "Creator": "probe15 gen_mimic.py (InDesign-style text layer)",
        "Producer": "probe15 mimic.py with pikepdf 10.18.0",
        "CreationDate": "D:20241121093000Z"})
    return g.write()



# ---------------------------------------------------------------------------------------------
def m02():
    name = "m02_thematic_brantholme"
    d = Doc(name)
    pr = Font("pr", f"{GYRE}/texgyrepagella-regular.otf", shape=True)
    pb = Font("pb", f"{GYRE}/texgyrepagella-bold.otf", shape=True)
    pi = Font("pi", f"{GYRE}/texgyrepagella-italic.otf", shape=True)
    hr = Font("hr", f"{GYRE}/texgyreheros-regular.otf", shape=True)
    hbd = Font("hbd", f"{GYRE}/texgyreheros-bold.otf", shape=True)
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 18 * MM
    GAP = 6 * MM
    CW = (W - 2 * M - GAP) / 2
    GREEN = (0.12, 0.38, 0.25)
    body = PStyle(pr, 10.5, 13.6, "justify", after=5, bold=pb)
    sub = PStyle(hbd, 10.5, 13.5, before=7, after=3, color=GREEN)
    d.note_style = PStyle(pr, 8, 10, "left", after=2, left=5)
    d.note_area = (M, 18 * MM, W - 2 * M)

    p1 = d.new_page()
    p1.add(Rect(0, H - 9 * MM, W, 9 * MM, fill=GREEN, layer="art"))
    d.flow_on([Frame(p1, M, H - 18 * MM, 20 * MM, W - 2 * M)])
    w.para(PStyle(hbd, 9.5, 12, after=4, color=GREEN), "THEMATIC INSPECTION", gold=False,
           hyph=False)
    w.para(PStyle(hbd, 21, 25, after=3), "Tackling persistent anti-social behaviour",
           gold=False, hyph=False, tag="H")
    w.para(PStyle(hr, 12, 15, after=8), "An inspection of Brantholme Police, April 2025",
           gold=False, hyph=False)
    w.para(PStyle(pb, 10.5, 13.5, "left", after=8), NOTICE, gold=False, hyph=False)
    w.para(PStyle(pi, 12.5, 16, "left", after=10, color=GREEN),
           "Anti-social behaviour can make people’s lives a misery, particularly when it goes on "
           "for months or years.",
           "In this inspection, we examined how Brantholme Police works with councils and "
           "housing providers to tackle persistent anti-social behaviour.", hyph=False)
    col_top = d.y
    chart_top = 100 * MM

    def template(doc, page):
        return [Frame(page, M, H - 20 * MM, 20 * MM, CW),
                Frame(page, M + CW + GAP, H - 20 * MM, 20 * MM, CW)]
    d.template = template
    d.flow_on([Frame(p1, M, col_top, chart_top + 8, CW),
               Frame(p1, M + CW + GAP, col_top, chart_top + 8, CW)])

    d.heading("Understanding the problem", sub)
    w.para(body, "The force receives about 21\u00a0000 reports of anti-social behaviour each year.",
           "Most come from a small number of neighbourhoods, and many relate to the same people "
           "and places.",
           "Analysts produce a monthly profile for each neighbourhood, but frontline officers "
           "told us that they rarely saw it.")
    w.para(body, "Reports rose by 12 per cent last year, after two years of decline.")
    d.heading("Working with partners", sub)
    w.para(body, "In each district, the force holds a fortnightly meeting with the council and "
           "housing providers to discuss the most serious cases.",
           "These meetings were well attended, and partners told us that they valued them.",
           "However, actions agreed at the meetings were not always completed, and nobody "
           "checked whether they had been.")
    w.para(body, "Information sharing agreements were in place with all the main partners.")
    w.box("Case study", PStyle(hbd, 9.5, 12.5, after=3, color=GREEN),
          ["A family in Lowmarsh had reported noise and intimidation by neighbours more than 30 "
           "times over two years.",
           "Only after a new neighbourhood sergeant reviewed the history did the force and the "
           "council seek a court injunction, which stopped the behaviour within weeks."],
          body.but(after=0, font=pi, align="left"), fill=(0.90, 0.95, 0.91))
    d.heading("Supporting victims", sub)
    w.para(body, "Victims were not always asked about the effect the behaviour was having on "
           "them.",
           "The force’s risk assessment for anti-social behaviour was completed in fewer than "
           "half of the cases we examined.^[We examined 64 cases reported between October 2024 "
           "and March 2025.]",
           "As a result, some vulnerable victims were not identified, and they did not receive "
           "the support they needed.")
    w.para(body, "Victims who had used the case review process spoke highly of it.",
           "But few victims knew that the process existed, and the force did not publicise it.")
    d.heading("Using the powers available", sub)
    w.para(body, "Officers had a good understanding of the powers available to them, such as "
           "community protection notices and dispersal orders.",
           "The force used dispersal orders more often than most forces, and it did not always "
           "record why an order was needed.",
           "We found that some orders had been renewed repeatedly without any assessment of "
           "whether they were still necessary.")
    w.para(body, "Community protection notices were generally used well, and breaches were "
           "followed up.")
    d.heading("Conclusions", sub)
    w.para(body, "Brantholme Police is committed to tackling anti-social behaviour, and its "
           "partnership arrangements are sound.",
           "To improve further, it needs to focus on the needs of victims and to make sure that "
           "agreed actions are completed.")
    w.para(body.but(after=3), "We recommend that, within six months, the force should:")
    bl = body.but(left=4 * MM, align="left", after=2)
    dash = marker_text(Style(pb, 10.5, GREEN), "–")
    w.bullet(bl, "make sure that the risk to every victim is assessed and recorded;", dash,
             gap=4 * MM)
    w.bullet(bl, "check that actions agreed with partners are completed;", dash, gap=4 * MM)
    w.bullet(bl, "review how it authorises and renews dispersal orders.", dash, gap=4 * MM)

    p2 = d.pages[0]   # the chart goes below the columns of page 1
    back = d.new_page()
    back_cover(d, back, hr, hbd, GREEN, 2025)
    for pg in d.pages[:2]:
        d.text(pg, M, 10 * MM, Style(hr, 8, GREY), "Tackling persistent anti-social behaviour "
               "– Brantholme Police", layer="master")
        d.text(pg, W - M, 10 * MM, Style(hbd, 8, GREY), str(pg.index + 1), align="right",
               layer="master")
    d.draw_notes()

    # chart: a placed PDF (Form XObject) at the foot of page 2
    quarters = [("Q1", 5.9, 5.1), ("Q2", 6.4, 5.8), ("Q3", 4.8, 5.6), ("Q4", 4.2, 4.9)]
    chart = []
    lab = Style(hr, 8, GREY)
    base = chart_top - 50 * MM
    x = M + 14 * MM
    for q, a, b in quarters:
        chart.append(Rect(x, base, 9 * MM, a * 6 * MM, fill=(0.6, 0.75, 0.65), layer="chart"))
        chart.append(Rect(x + 9 * MM, base, 9 * MM, b * 6 * MM, fill=GREEN, layer="chart"))
        for xx, v in ((x, a), (x + 9 * MM, b)):
            chart.append(d.text(p2, xx + 4.5 * MM, base + v * 6 * MM + 3, lab,
                                f"{v:.1f}",
                                align="center", layer="chart"))
        chart.append(d.text(p2, x + 9 * MM, base - 10, lab, q, align="center", layer="chart"))
        x += 32 * MM
    chart.append(Seg(M + 10 * MM, base, x, base, GREY, 0.6, layer="chart"))
    chart.append(d.text(p2, W - M - 42 * MM, base + 40 * MM, lab, "2023/24", layer="chart"))
    chart.append(Rect(W - M - 48 * MM, base + 40 * MM, 4 * MM, 3 * MM, fill=(0.6, 0.75, 0.65),
                      layer="chart"))
    chart.append(d.text(p2, W - M - 42 * MM, base + 34 * MM, lab, "2024/25", layer="chart"))
    chart.append(Rect(W - M - 48 * MM, base + 34 * MM, 4 * MM, 3 * MM, fill=GREEN,
                      layer="chart"))
    chart.append(d.text(p2, M, base - 22, Style(pi, 9.5), "Figure 1: Reports of anti-social "
                        "behaviour to Brantholme Police, thousands, by quarter", layer="chart"))
    for o in chart:
        if o in p2.ops:
            p2.ops.remove(o)
    out = PdfWriter(d, "indesign", [(pr, "CIDOT", "C2_0"), (pb, "CIDOT", "C2_1"),
                                    (pi, "CIDOT", "C2_2"), (hr, "CIDOT", "C2_3"),
                                    (hbd, "CIDOT", "C2_4")], seed=22)
    p2.ops.append(out.form_xobject(p2, "Fm0", chart))
    p2 = None
    mid = M + CW + GAP / 2

    def order(page, ops):
        def key(o):
            if o.layer in ("master", "art"):
                return 0
            if o.layer in ("xobject", "notes"):
                return 4
            x = getattr(o, "x0", getattr(o, "x", getattr(o, "x1", 0)))
            y = getattr(o, "y", getattr(o, "y1", 0))
            if page.index == 0 and y > col_top:
                return 1
            return 2 if x > mid else 3
        return sorted(ops, key=key)
    out.order = order
    out.save(os.path.join(HERE, "pdf", name + ".pdf"), {
        "Title": "Tackling persistent anti-social behaviour: Brantholme Police",
        "Creator": "probe15 gen_mimic.py (InDesign-style text layer)",
        "Producer": "probe15 mimic.py with pikepdf 10.18.0",
        "CreationDate": "D:20250410120000Z"})
    return g.write()



# ---------------------------------------------------------------------------------------------
def m03():
    name = "m03_crimedata_harnstead"
    d = Doc(name, size=(595.32, 841.92))
    cal = Font("cal", f"{TT}/crosextra/Carlito-Regular.ttf")
    calb = Font("calb", f"{TT}/crosextra/Carlito-Bold.ttf")
    cour = Font("cour", f"{TT}/liberation2/LiberationMono-Regular.ttf")
    sym = SymbolFont("sym", "Symbol", {0xB7: ("bullet", 460, circle_glyph(230, 330, 150))})
    wing = SymbolFont("wing", "Wingdings", {0xA7: ("square", 600, square_glyph(110, 190, 330))})
    g = Gold(name)
    w = Writer(d, g, hyph=None, sep="  ")
    W, H = d.W, d.H
    M = 72.024
    BLUE = (0.18, 0.33, 0.59)
    body = PStyle(cal, 11, 13.42, "justify", after=8, bold=calb)
    h1 = PStyle(calb, 14, 17, before=10, after=6, color=BLUE)
    num = body.but(left=18)
    ns = Style(cal, 11)
    d.note_style = PStyle(cal, 9, 11, "left", after=1, left=0)
    d.note_area = (M, 60, W - 2 * M)
    d.note_gap = 10

    def template(doc, page):
        return [Frame(page, M, H - 72, 72, W - 2 * M)]
    d.template = template
    p1 = d.new_page()
    d.flow_on([Frame(p1, M, H - 72, 72, W - 2 * M)])
    w.para(PStyle(calb, 20, 24, "left", after=2, color=BLUE), "Crime data integrity inspection "
           "2025", gold=False, tag="H")
    w.para(PStyle(cal, 14, 18, "left", after=12), "Harnstead Constabulary", gold=False)
    w.para(PStyle(calb, 11, 13.42, "left", after=10), NOTICE, gold=False, hyph=False)

    w.heading("Introduction", h1)
    w.numbered(1, num, ns, "Victims of crime need to be confident that the police will record "
               "what they report.",
               "Accurate crime records also help forces to understand demand and to deploy their "
               "resources where they are needed most.")
    w.numbered(2, num, ns, "We examined whether Harnstead Constabulary records crime in line "
               "with the national standards^[The standards set out how and when a report of "
               "crime should be recorded.] that apply to all forces in England and Wales.")
    w.heading("Summary of findings", h1)
    w.numbered(3, num, ns, "We estimate that the force records 91.4 per cent of the crimes "
               "reported to it.",
               "This is an improvement on the 83.2 per cent we found at our last inspection in "
               "2021.")
    w.numbered(4, num, ns, "The force records most crimes of violence and sexual offences "
               "correctly.",
               "However, it does not always record crimes of stalking and harassment, and some "
               "reports of these crimes are closed as incidents.")
    w.numbered(5, num, ns, "Leaders have made crime recording a priority, and the force’s audit "
               "team checks a sample of incidents every day.")
    w.heading("What the force does well", h1)
    w.para(body.but(after=2), "We found that the force:")
    lv1 = body.but(left=36, align="left", after=2)
    lv2 = body.but(left=72, align="left", after=2)
    lv3 = body.but(left=108, align="left", after=2)
    b1 = marker_text(Style(sym, 11), "\u00b7")
    b2 = marker_text(Style(cour, 11), "o")
    b3 = marker_text(Style(wing, 11), "\u00a7")
    w.bullet(lv1, "has a well-trained central crime recording team;", b1, gap=18)
    w.bullet(lv1, "gives officers clear guidance on its intranet, including:", b1, gap=18)
    w.bullet(lv2, "a short guide to the recording rules;", b2, gap=18)
    w.bullet(lv2, "worked examples of common incidents;", b2, gap=18)
    w.bullet(lv1.but(after=8), "reviews the decisions of officers who cancel crime records.",
             b1, gap=18)
    w.heading("Where the force needs to improve", h1)
    w.numbered(6, num, ns, "Some officers do not understand that a crime should be recorded "
               "when a victim reports it, whether or not the victim wants the police to take "
               "action.",
               "In these cases, the force lost the chance to identify repeat victims.")
    w.numbered(7, num, ns, "The force’s recording of modern slavery offences is poor.",
               "In 6 of the 15 cases we examined, no crime had been recorded even though the "
               "victim had described being forced to work.^[A modern slavery crime must be "
               "recorded as soon as there is a reasonable belief that an offence has taken "
               "place.]")
    w.para(body.but(after=2), "The force should make sure that:")
    w.bullet(lv1, "officers record crimes at the time they are reported;", b1, gap=18)
    w.bullet(lv1, "its audit team regularly examines:", b1, gap=18)
    w.bullet(lv2, "reports of stalking and harassment;", b2, gap=18)
    w.bullet(lv3, "including those made online or through social media;", b3, gap=18)
    w.bullet(lv2.but(after=8), "reports of modern slavery.", b2, gap=18)
    w.para(body.but(after=6), "The table below shows our estimates for the main types of "
           "crime.", gold=True)
    w.table([150, 95, W - 2 * M - 245],
            [["Type of crime", "Recorded", "Comment"],
             ["Violent crime", "90.1%", "Most reports of assault were recorded correctly."],
             ["Sexual offences", "95.6%", "The force recorded almost every sexual offence "
              "reported to it."],
             ["Behavioural crime", "84.7%", "Stalking and harassment were often missed when "
              "they were reported alongside other crimes."]],
            PStyle(cal, 10, 12.2, after=0), PStyle(calb, 10, 12.2, after=0), [2], pad=5,
            rule=(0, 0, 0), lw=0.5)
    w.para(body, "We will continue to monitor the force’s crime recording through our regular "
           "inspections.")

    n = len(d.pages)
    for pg in d.pages:
        d.text(pg, W - M, H - 36, Style(cal, 9, GREY), "Harnstead Constabulary – crime data "
               "integrity inspection 2025", align="right", layer="master")
        d.text(pg, W / 2, 36, Style(cal, 9), f"{pg.index + 1} of {n}", align="center",
               layer="master")
    d.draw_notes(sep=(0, 0, 0))
    out = PdfWriter(d, "word", [(cal, "TrueType", "F1"), (calb, "TrueType", "F2"),
                                (cour, "TrueType", "F3"), (sym, "Symbol", "F4"),
                                (wing, "Symbol", "F5")], seed=33)
    out.save(os.path.join(HERE, "pdf", name + ".pdf"), {
        "Title": "Crime data integrity inspection 2025: Harnstead Constabulary",
        "Creator": "probe15 gen_mimic.py (Word-style text layer)",
        "Producer": "probe15 mimic.py with pikepdf 10.18.0",
        "CreationDate": "D:20250512101500+01'00'"})
    return g.write()


if __name__ == "__main__":
    for fn in (m01, m02, m03):
        print(fn.__name__, fn(), "gold sentences")
