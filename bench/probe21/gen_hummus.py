"""probe21 producer h: PDFHummus (PDF-Writer 4.x, C++) through muhammara 6.0.6 (npm; its
Node.js binding, built from source here), a PDF library with its own writer that Node.js
applications create and stamp PDFs with (muhammara is the maintained successor of the
"hummus" package).  Its writer: PDF 1.4, fonts embedded as subsets with ToUnicode, a font whose
characters all fit WinAnsi written as a simple font with /WinAnsiEncoding (OpenType/CFF fonts
as Type 1C, TrueType as TrueType), one that needs more as CID Identity-H; literal strings;
no document information dictionary unless one is set; an /ID built from the clock (fixed
here by faketime).

Line breaking and page flow are flow.py's, measured with the fonts' advance widths (read with
fontTools; PDFHummus applies no kerning); hummus_render.js draws the ops.  A justified line is
one ``Tj`` widened by ``Tw``, a letter-spaced line one ``Tj`` in a ``Tc``, a footnote call its
own smaller ``Tj`` raised with ``Ts``.

  h01  crime data integrity inspection (2016, HMIC), 3 pages: letter-spaced kicker, TeX Gyre
       Pagella (OpenType CFF) justified with Tw, TeX Gyre Heros headings, footnote calls
       raised with Ts after a full stop and glued to a word, notes at the page foot, an audit
       table of figures (not gold), a sentence crossing a page break, a "Cause of concern" box
       with "(a)" recommendations, square bullets (U+25AA from OpenSymbol, a CID font),
       running header and footer, back cover.
  h02  domestic abuse inspection (2014, HMIC), 2 pages: TeX Gyre Heros Cn, ragged right and
       hyphenated, paragraph numbers in the margin, a side box beside the text on page 1,
       arrowhead bullets (U+27A2 from OpenSymbol), a footnote call glued to a word, header
       and footer.

Usage: python3 gen_hummus.py   (needs node with muhammara, fontTools, Pyphen and faketime)
"""
import json
import os
import subprocess
import sys
import tempfile

from common import NOTICE, PDF_DIR, soft
from flow import CALL_RISE, Flow, Style

HERE = os.path.dirname(os.path.abspath(__file__))
FAKETIME = "2024-03-15 09:30:00"
GYRE = "/usr/share/texmf/fonts/opentype/public/tex-gyre/"
OPENSYMBOL = "/usr/share/fonts/truetype/libreoffice/opens___.ttf"
NODE_DIR = os.environ.get("PROBE21_NODE", "/tmp/probe21_node")

FONTS = {
    "pr": GYRE + "texgyrepagella-regular.otf", "pi": GYRE + "texgyrepagella-italic.otf",
    "pb": GYRE + "texgyrepagella-bold.otf",
    "hr": GYRE + "texgyreheros-regular.otf", "hb": GYRE + "texgyreheros-bold.otf",
    "nr": GYRE + "texgyreheroscn-regular.otf", "nb": GYRE + "texgyreheroscn-bold.otf",
    "ni": GYRE + "texgyreheroscn-italic.otf",
    "os": OPENSYMBOL,
}
_WIDTHS = {}


def measure(font, size, text):
    if font not in _WIDTHS:
        from fontTools.ttLib import TTFont
        f = TTFont(FONTS[font])
        cmap, hmtx = f.getBestCmap(), f["hmtx"].metrics
        upm = f["head"].unitsPerEm
        _WIDTHS[font] = {c: hmtx[g][0] / upm for c, g in cmap.items()}
    w = _WIDTHS[font]
    return sum(w.get(ord(c), 0.5) for c in text) * size


def render(d, title, tmp):
    pages = d.finish()
    ops_pages = []
    for pg in pages:
        ops = []
        for o in pg.ops:
            o = dict(o)
            if o["t"] == "text" and o["sup"]:
                o["rise"] = round(o["base"] * CALL_RISE, 2)
            ops.append({k: (round(v, 3) if isinstance(v, float) else v) for k, v in o.items()})
        ops_pages.append({"size": [d.W, d.H], "ops": ops})
    used = sorted({o["font"] for p in ops_pages for o in p["ops"] if o["t"] == "text"})
    spec = {"out": os.path.join(PDF_DIR, d.name + ".pdf"),
            "info": {"title": title, "author": "probe21",
                     "creator": "probe21 hummus_render.js"},
            "created": "D:" + FAKETIME.replace("-", "").replace(" ", "").replace(":", "")
                       + "Z",
            "fonts": {k: FONTS[k] for k in used}, "pages": ops_pages}
    path = os.path.join(tmp, d.name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False)
    env = dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules"), TZ="UTC")
    subprocess.run(["faketime", "-f", FAKETIME, "node", os.path.join(HERE, "hummus_render.js"),
                    path], check=True, env=env)
    print(f"{d.name}: {d.gold.write()} gold sentences, {len(pages)} pages")


# ---------------------------------------------------------------------------------------------

def h01(tmp):
    plum, grey = "#5b2a4e", "#595959"
    d = Flow("h01_cdi_vennington", measure, margins=(66, 66, 70, 66),
             note_style=Style("pr", 8, 10))
    body = Style("pr", 10.5, 14.2, align="justify")
    h2 = Style("hb", 12.5, 16, plum)

    def furniture(lay, page, nb):
        if page.back:
            return
        if page.number >= 2:
            lay.text_at(66, 44, "Vennington Constabulary – Crime data integrity inspection 2016",
                        Style("hr", 8, 10, grey))
            lay.line(66, 50, 529, 50, plum, 0.5)
        lay.text_at(529, 810, str(page.number), Style("hb", 9, 11, plum), align="right")
    d.header = furniture

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 6.5, **kw})

    d.text_at(66, 74, "CRIME DATA INTEGRITY", Style("hb", 10, 12, plum, tracking=2.6))
    d.y = 86
    d.p("Vennington Constabulary: crime data integrity inspection 2016",
        style=Style("hb", 19, 23), gold=False, after=4)
    d.p("Published: 24 November 2016", style=Style("hr", 10, 13, grey), gold=False, after=8)
    d.p(NOTICE, style=Style("pi", 10.5, 14), gold=False, after=8)
    d.line(66, d.y, 529, d.y, plum, 1.2)
    d.y += 12
    d.heading("Summary", h2, before=0)
    b("HMIC found that Vennington Constabulary records about 89 percent of the crimes "
      "reported to it.",
      "This means that about 6 900 reports of crime each year are not recorded, and the "
      "victims of these crimes may not receive the service they need.")
    b("We found that the force’s leaders understand the importance of accurate crime "
      "recording.",
      "Since our 2014 visit the force has moved forward, yet more work is needed before "
      "every report of violent and sexual crime is recorded.^[HMIC’s 2014 "
      "inspection examined crime records from the twelve months to October 2013.]")
    b("The table below shows the results of our audit of the force’s crime records.",
      after=3)
    d.table([245, 110, 108],
            [["All crime (excluding fraud)", "89.1%", "± 2.9%"],
             ["Violence against the person", "83.4%", "± 4.6%"],
             ["Sexual offences", "91.0%", "± 3.8%"],
             ["Rape", "92.5%", "± 5.1%"]],
            header=["Crime type", "Recording rate", "Confidence interval"],
            cell_styles=lambda i, c: [Style("hr", 9, 11.5), Style("hb", 9, 11.5),
                                      Style("hr", 9, 11.5)],
            header_style=Style("hb", 9, 11.5, "#ffffff"), header_fill=plum, zebra="#f3ecf1",
            rule="#c9b3c3", pad=3.5, before=2, after=8)
    b("Although the force records most sexual offences correctly, it failed to record some "
      "reports of rape that had been passed to it by other organisations.")
    d.heading("Leadership and governance", h2)
    b("The chief constable has made it clear to the workforce that accurate crime recording "
      "is a priority.",
      "The force has a crime data integrity board, chaired by the deputy chief constable, "
      "which meets every two months.",
      "However, this message has not yet changed the way that all officers and staff record "
      "crime.",
      "In particular, officers on response teams told us that they were often too busy to "
      "complete crime records before the end of their shifts.")
    d.heading("Systems and processes", h2)
    b("Most reports of crime are recorded by staff in the force’s crime management "
      "unit^[The unit is based at Loxbridge police station and has 34 members of staff.] "
      "after officers have attended the incident.",
      "This arrangement works well when officers pass on all the information they have "
      "gathered.",
      "But we found that officers often failed to tell the unit about further crimes that "
      "victims had disclosed, such as threats made during a domestic incident.")
    b("The force uses a single computer system for incidents and crimes, which makes it "
      "easier for its auditors to compare the two.",
      "Crimes reported online are recorded by the same unit, and we found that these records "
      "were accurate in almost every case.")
    b("The force’s auditors check a sample of crime records every month, and their findings "
      "are reported to the crime data integrity board.",
      "We found that these audits are thorough, but that the force does not always act on "
      "what they find.")
    d.heading("People and skills", h2)
    b("Most officers and staff have received training in crime recording, and those we spoke "
      "to understood the national rules.",
      "Supervisors told us that they had not received the same training, and some did not "
      "know how to apply the rules to reports of harassment.",
      "The force has appointed a force crime registrar who is independent of operational "
      "pressures, as the rules require.",
      "However, the registrar has only one assistant and cannot carry out all the work "
      "expected of the role.")
    d.box_begin(fill="#f6eff4", stroke=plum, lw=0.9, pad=9, before=6)
    d.p("Cause of concern", style=Style("hb", 10.5, 14, plum), gold=False, after=3)
    d.p("Vennington Constabulary does not record all the reports of violent crime that it "
        "receives, and it does not always record crimes that victims disclose after their "
        "first report.", style=body, after=5)
    d.p("Recommendations", style=Style("hb", 10, 13, plum), gold=False, after=3)
    d.p("To address this cause of concern, we recommend that the force should immediately:",
        style=body, after=3)
    for i, t in enumerate(("make sure that officers record all the crimes disclosed to them "
                           "before the end of their shift;",
                           "make sure that the crime management unit asks officers about any "
                           "further crimes when a record is created; and",
                           "give the force crime registrar enough staff to carry out the role "
                           "effectively.")):
        d.p(t, style=body, indent=22, label=f"({'abc'[i]})", after=2.5)
    d.box_end(after=8)
    d.heading("Areas for improvement", h2)
    for t in ("The force should improve the way it records reports of crime made by other "
              "organisations, such as schools and hospitals.",
              "The force should make sure that its audits of crime records lead to "
              "improvements in practice."):
        d.p(t, style=body, indent=16, label="\u25aa", label_x=3,
            label_style=Style("os", 10.5, 14.2, plum), after=4)
    d.heading("Next steps", h2)
    b("HMIC will revisit the force within six months to assess its progress against these "
      "recommendations.",
      "We will publish the findings of that revisit in a short report.")
    d.back_cover()
    d.rect(0, 610, 595, 232, fill=plum)
    w = Style("hr", 9, 12.5, "#ffffff")
    for i, t in enumerate(("© Synthetic Inspectorate 2016",
                           "ISBN: 978-0-00-000000-0",
                           "This synthetic publication is free to reuse for testing only.",
                           "Synthetic House, 21 Example Row, Ebberley EB2 9ZZ")):
        d.text_at(66, 660 + i * 16, t, w)
    render(d, "Vennington Constabulary: crime data integrity inspection 2016", tmp)


def h02(tmp):
    green, grey = "#21553b", "#555555"
    d = Flow("h02_da_drayhurst", measure, margins=(64, 60, 68, 60),
             note_style=Style("nr", 8, 10))
    body = Style("nr", 10.5, 14, hyphenate=True)
    h2 = Style("nb", 12.5, 16, green)
    num = Style("nb", 10.5, 14, green)

    def furniture(lay, page, nb):
        lay.line(60, 798, 535, 798, green, 0.6)
        lay.text_at(60, 810, "Drayhurst Police’s approach to tackling domestic abuse",
                    Style("ni", 8, 10, grey))
        lay.text_at(535, 810, f"{page.number}", Style("nb", 8.5, 10, green), align="right")
        if page.number >= 2:
            lay.text_at(535, 44, "HMIC domestic abuse inspection 2014", Style("nr", 8, 10,
                                                                              grey),
                        align="right")
    d.header = furniture
    n = [0]

    def para(*s, **kw):
        n[0] += 1
        d.p(*(soft(x) for x in s), **{"style": body, "indent": 28, "label": str(n[0]),
                                      "label_style": num, "after": 7, **kw})

    d.text_at(60, 72, "Domestic abuse inspection 2014", Style("nb", 11, 14, green))
    d.y = 80
    d.p("Drayhurst Police’s approach to tackling domestic abuse",
        style=Style("nb", 21, 25), gold=False, after=4)
    d.p("March 2014", style=Style("nr", 10.5, 13, grey), gold=False, after=8)
    d.p(NOTICE, style=Style("ni", 10.5, 14), gold=False, after=12)
    top = d.y

    def box(lay):
        lay.p("Drayhurst in numbers", style=Style("nb", 10.5, 14, green), gold=False, after=4)
        for t in ("The force recorded 9 400 domestic abuse incidents in the year to August "
                  "2013.",
                  "Domestic abuse accounted for 8 percent of all the crime that the force "
                  "recorded.",
                  "About one in five victims had reported abuse to the force at least once "
                  "before."):
            lay.p(soft(t), style=Style("nr", 9.5, 12.5, hyphenate=True), after=5)

    # the side box stands beside the Summary; its sentences follow the Summary in the gold
    bx = 392
    gold_box = []
    saved_add = d.gold.add

    def hold(*s):
        gold_box.extend(s)
        return s
    d.gold.add = hold
    d.side_box(bx, top, 535 - bx, box, fill="#e8f1ec", stroke=green, lw=0.6, pad=8)
    d.gold.add = saved_add
    d.heading("Summary", h2, before=0)
    para("Domestic abuse causes serious harm to victims and their families, and it accounts "
         "for a large part of the work of the police.",
         "HMIC inspected how Drayhurst Police responds to domestic abuse in October 2013.")
    para("We found that the force has made tackling domestic abuse one of its priorities and "
         "that officers generally respond well when victims call for help.",
         "However, the force needs to improve the way it manages the risk to victims after "
         "the first response.")
    d.gold.add(*gold_box)
    d.heading("Identifying victims", h2)
    para("Call handlers in Drayhurst ask callers a set of questions to identify whether an "
         "incident involves domestic abuse.",
         "We found that these questions were asked in most of the calls we listened to.",
         "The force also checks its records for previous incidents at the same address, so "
         "that officers know the history before they arrive.")
    d.heading("Keeping victims safe", h2)
    para("Officers attend most domestic abuse incidents quickly, and they arrest suspects in "
         "about half of the cases where there is evidence of an offence.",
         "Victims we spoke to said that officers were kind and took their concerns seriously.",
         "But some victims told us that nobody had contacted them after the suspect was "
         "released.")
    d.heading("Management of risk", h2)
    para("Officers complete a risk assessment at every domestic abuse incident, and specialist "
         "staff review the assessments of victims at high risk.",
         "However, the force does not have enough specialist staff to review the assessments "
         "of victims at medium risk, and many of these are not reviewed at all.",
         "This means that the force may not recognise when the risk to a victim is "
         "increasing.")
    para("Multi-agency risk assessment conferences^[These meetings bring together the police "
         "and other organisations to agree how to protect the victims at the highest risk.] "
         "are held every two weeks in each part of the force area.",
         "We found that they were well attended and that agreed actions were followed up.")
    d.heading("Organisational effectiveness for keeping people safe", h2)
    para("The chief constable and the police and crime commissioner have both made it clear "
         "that domestic abuse is a priority.",
         "The force has trained all of its frontline officers in how to respond to domestic "
         "abuse, and this training was well received.",
         "However, the force does not analyse its performance in enough detail to understand "
         "whether victims are safer as a result of its work.")
    para("In order to improve, the force should:", after=3)
    for t in ("increase the number of specialist staff who review risk assessments;",
              "make sure that victims are contacted when a suspect is released from custody; "
              "and",
              "analyse its performance to understand the outcomes for victims."):
        d.p(soft(t), style=body, indent=44, label="\u27a2", label_x=29,
            label_style=Style("os", 9.5, 14, green), after=2.5)
    d.space(5)
    d.heading("Recommendations", h2)
    para("HMIC recommends that, within three months, the force develops an action plan to "
         "address these findings.",
         "The plan should set out how the force will review the risk assessments of victims "
         "at medium risk.")
    para("HMIC will monitor the force’s progress through its regular contact with senior "
         "officers.")
    render(d, "Drayhurst Police’s approach to tackling domestic abuse", tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe21_h_") as tmp:
        h01(tmp)
        h02(tmp)


if __name__ == "__main__":
    sys.exit(main())
