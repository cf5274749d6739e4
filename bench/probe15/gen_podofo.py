"""probe15 producer d: PoDoFo 0.9.8 (Debian `libpodofo-dev` 0.9.8+dfsg-3+b1), driven from C++.

PoDoFo is the C++ PDF library used by desktop tools and services (Scribus' PDF import, Calibre's
PDF output, many in-house report writers).  Each document is written here as a C++ program
(cpp/dNN_*.cpp) over cpp/probe15_podofo.h, a few thin wrappers over PdfPainter calls;
gen_podofo.py compiles it with g++ against -lpodofo and runs it.

The line breaks come from layout.py (greedy, with British English TeX hyphenation patterns and the
widths of the same font files); the programs then draw the text with PdfPainter, which writes
every DrawText as its own text object (BT, Tf, "100 Tz", "0 Tc", Td on three lines, Tj, ET) and
ignores the font's word spacing, so justified lines have to be placed word by word:

  d01  PEEL 2021/22 report.  Body in Carlito through CreateFontSubset (Type 0, CID TrueType
       subset, Identity-H, ToUnicode); **every word is its own text object** and no space glyph is
       written; justified and hyphenated; headings and furniture in the standard Helvetica fonts;
       cover, contents with dot leaders (drawn into the contents page last), running header and
       footer, five-point grade table, judgement headings, numbered paragraphs 1.-12., bullets
       "•" with a nested "–" level, Cause of concern box, footnotes, back cover.  Running heads,
       footers and footnote texts are painted in a second pass, which PoDoFo writes as a second
       content stream of the page.
  d02  vetting and counter-corruption inspection.  Embedded **Type 1** fonts (URW Nimbus Sans
       and Nimbus Roman .pfa files, FontFile, WinAnsiEncoding, no ToUnicode); two ragged-right
       columns, each line one DrawText with its spaces; numbered paragraphs in the columns; an
       "Area for improvement" side box in column 2; a horizontal bar chart; a table with prose
       cells; a sentence crossing the column break; page numbers "– N –".

The notice is set ragged right without soft hyphens.  Usage: python3 gen_podofo.py
"""
import os
import shutil
import subprocess
import sys

from common import HERE, NOTICE, Gold, c_bytes, hyphenate
from gen_haru import back_cover, contents
from layout import (
    MM,
    Doc,
    Font,
    Frame,
    Line,
    Marker,
    Path,
    PStyle,
    Rect,
    Seg,
    Style,
    Text,
    Writer,
    marker_shape,
    marker_text,
)

CPP_DIR = os.path.join(HERE, "cpp")
TMP = os.environ.get("PROBE15_TMP", "/tmp/probe15/build")
TT = "/usr/share/fonts/truetype"
URW = "/usr/share/fonts/type1/urw-base35"

GREY = (0.33, 0.33, 0.33)
WHITE = (1, 1, 1)


class PoDoFo:
    """Turns a layout.Doc into a C++ program over probe15_podofo.h."""

    def __init__(self, doc, title, date):
        self.doc, self.title, self.date = doc, title, date
        self.fonts = {}
        self.mode = "word"       # "word": a text object per word; "line": one per line
        self.second = ("master", "notes")   # layers painted in a second pass (stream)

    def font(self, f, init):
        self.fonts[f.key] = (f"F_{f.key}", init)

    @staticmethod
    def n(v):
        return f"{v:.3f}".rstrip("0").rstrip(".")

    def rgb(self, c):
        return ", ".join(self.n(v) for v in c)

    def tx(self, st, x, y, s):
        return (f"tx(p, {self.fonts[st.font.key][0]}, {self.n(st.size)}, {self.rgb(st.color)}, "
                f"{self.n(x)}, {self.n(y + st.rise)}, {c_bytes(s.encode('utf-8'))});")

    def op(self, o):
        n = self.n
        if isinstance(o, Text):
            return [self.tx(o.style, o.x, o.y, o.text)]
        if isinstance(o, Line):
            return self.line(o)
        if isinstance(o, Rect):
            out = []
            if o.fill:
                out.append(f"rect(p, {n(o.x)}, {n(o.y)}, {n(o.w)}, {n(o.h)}, {self.rgb(o.fill)});")
            if o.stroke:
                out.append(f"frame(p, {n(o.x)}, {n(o.y)}, {n(o.w)}, {n(o.h)}, "
                           f"{self.rgb(o.stroke)}, {n(o.lw)});")
            return out
        if isinstance(o, Seg):
            return [f"seg(p, {n(o.x1)}, {n(o.y1)}, {n(o.x2)}, {n(o.y2)}, {self.rgb(o.color)}, "
                    f"{n(o.lw)});"]
        if isinstance(o, Marker):
            s = o.size
            if o.kind == "text":
                return [self.tx(o.style, o.x, o.y, o.text)]
            if o.kind == "disc":
                return [f"disc(p, {n(o.x + s / 2)}, {n(o.y + s * 0.7)}, {n(s / 2)}, "
                        f"{self.rgb(o.color)});"]
            if o.kind == "circle":
                return [f"ring(p, {n(o.x + s / 2)}, {n(o.y + s * 0.7)}, {n(s / 2)}, "
                        f"{self.rgb(o.color)});"]
            if o.kind == "square":
                return [f"rect(p, {n(o.x)}, {n(o.y + s * 0.4)}, {n(s)}, {n(s)}, "
                        f"{self.rgb(o.color)});"]
        if isinstance(o, Path):
            out = []
            if o.stroke:
                out.append(f"p.SetStrokingColor({self.rgb(o.stroke)}); "
                           f"p.SetStrokeWidth({n(o.lw)});")
            if o.fill:
                out.append(f"p.SetColor({self.rgb(o.fill)});")
            for pt in o.points:
                if pt[0] == "m":
                    out.append(f"p.MoveTo({n(pt[1])}, {n(pt[2])});")
                elif pt[0] == "l":
                    out.append(f"p.LineTo({n(pt[1])}, {n(pt[2])});")
                else:
                    out.append("p.CubicBezierTo(" + ", ".join(n(v) for v in pt[1:]) + ");")
            if o.close:
                out.append("p.ClosePath();")
            out.append("p.Fill();" if o.fill else "p.Stroke();")
            return out
        raise TypeError(o)

    def line(self, ln):
        out = []
        if self.mode == "word" or ln.tw > 0.01:
            if self.mode == "word":
                for x, pcs in ln.words:
                    for st, t in pcs:
                        out.append(self.tx(st, x, ln.y, t))
                        x += st.w(t)
                return out
            # justified line in "line" mode: one text object, a Td per word
            x0 = ln.words[0][0]
            st0 = ln.words[0][1][0][0]
            out.append(f"tb(p, {self.fonts[st0.font.key][0]}, {self.n(st0.size)}, "
                       f"{self.rgb(st0.color)}, {self.n(x0)}, {self.n(ln.y)});")
            px = x0
            for i, (x, pcs) in enumerate(ln.words):
                if i:
                    out.append(f"tm(p, {self.n(x - px)});")
                    px = x
                out.append(f"ta(p, {c_bytes(''.join(t for _, t in pcs).encode('utf-8'))});")
            out.append("te(p);")
            return out
        # "line": consecutive runs of one style, spaces included, one DrawText each
        runs = []
        for (x, pcs), nsp in zip(ln.words, ln.spaces, strict=True):
            for k, (st, t) in enumerate(pcs):
                if k == len(pcs) - 1 and nsp and st.rise == 0:
                    t += " " * nsp
                if runs and runs[-1][0] == st:
                    runs[-1][2] += t
                else:
                    runs.append([st, x, t])
                x += st.w(t)
        for st, x, t in runs:
            out.append(self.tx(st, x, ln.y, t.rstrip(" ")))
        return out

    def write(self, name):
        code = ["// generated by gen_podofo.py", '#include "probe15_podofo.h"', "",
                "int main(int argc, char **argv)", "{", "    (void)argc;", "    try {",
                f"    doc_begin({c_bytes(self.title.encode('utf-8'))}, \"{self.date}\");"]
        for cname, init in self.fonts.values():
            code.append(f"    PdfFont *{cname} = {init};")
        code += ["    page_a4();"] * len(self.doc.pages)
        code.append("    PdfPainter p;")
        for pg in self.doc.pages:
            for second in (False, True):
                ops = [o for o in pg.ops if (getattr(o, "layer", "body") in self.second) == second]
                if not ops:
                    continue
                code.append(f"    // page {pg.index + 1}{', second pass' if second else ''}")
                code.append(f"    p.SetPage(doc->GetPage({pg.index}));")
                for o in ops:
                    code += ["    " + c for c in self.op(o)]
                code.append("    p.FinishPage();")
        code += ["    doc_save(argv[1]);", "    } catch (PdfError &e) {",
                 "        e.PrintErrorMsg();", "        return 1;", "    }", "    return 0;", "}",
                 ""]
        src = os.path.join(CPP_DIR, name + ".cpp")
        os.makedirs(CPP_DIR, exist_ok=True)
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(code))
        os.makedirs(TMP, exist_ok=True)
        exe = os.path.join(TMP, name)
        r = subprocess.run(["g++", "-O1", "-Wall", "-Wno-unused-variable", "-Wno-unused-function",
                            "-o", exe, src, "-lpodofo"], capture_output=True, text=True)
        if r.returncode or r.stderr.strip():
            sys.exit(f"g++ failed on {name}:\n{r.stderr[-4000:]}")
        out = os.path.join(HERE, "pdf", name + ".pdf")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        r = subprocess.run([exe, out], capture_output=True, text=True)
        if r.returncode or r.stderr.strip():
            sys.exit(f"{name} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")


def pfa(name):
    """PoDoFo picks the font format from the file name: copy URW's .t1 (PFA) files to .pfa."""
    os.makedirs(TMP, exist_ok=True)
    dst = os.path.join(TMP, name + ".pfa")
    shutil.copyfile(f"{URW}/{name}.t1", dst)
    return dst


# ---------------------------------------------------------------------------------------------
def d01():
    name = "d01_peel_dunwhistle"
    d = Doc(name)
    carl = Font("carl", f"{TT}/crosextra/Carlito-Regular.ttf")
    carlb = Font("carlb", f"{TT}/crosextra/Carlito-Bold.ttf")
    hv = Font("hv", f"{URW}/NimbusSans-Regular.afm")
    hb = Font("hb", f"{URW}/NimbusSans-Bold.afm")
    out = PoDoFo(d, "PEEL 2021/22: Dunwhistle Police", "D:20220915093000+01'00'")
    out.font(carl, f'font_subset("Carlito", "{carl.path}")')
    out.font(carlb, f'font_subset("Carlito-Bold", "{carlb.path}")')
    out.font(hv, 'font_base14("Helvetica")')
    out.font(hb, 'font_base14("Helvetica-Bold")')
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 24 * MM
    PURPLE = (0.29, 0.16, 0.42)
    body = PStyle(carl, 11, 14.5, "justify", after=7, bold=carlb)
    h1 = PStyle(hb, 16, 20, before=8, after=6, color=PURPLE)
    hj = PStyle(hb, 13, 16.5, before=10, after=5, color=PURPLE)
    num = body.but(left=10 * MM)
    ns = Style(carlb, 11)
    d.note_style = PStyle(carl, 8.5, 10.5, "left", after=2, left=6)
    d.note_area = (M, 22 * MM, W - 2 * M)

    cover = d.new_page()
    cover.add(Rect(0, H - 125 * MM, W, 125 * MM, fill=PURPLE))
    d.text(cover, M, H - 40 * MM, Style(hb, 14, WHITE), "PEEL 2021/22")
    d.text(cover, M, H - 52 * MM, Style(hv, 12.5, WHITE),
           "An inspection of police effectiveness, efficiency and legitimacy")
    d.text(cover, M, H - 90 * MM, Style(hb, 30, WHITE), "Dunwhistle Police")
    d.flow_on([Frame(cover, M, H - 140 * MM, 60 * MM, W - 2 * M)])
    w.para(PStyle(carlb, 11.5, 15, "left"), NOTICE, gold=False, hyph=False)
    d.text(cover, M, 36 * MM, Style(hv, 11), "Published 15 September 2022")
    toc_page = d.new_page()

    def template(doc, page):
        return [Frame(page, M, H - 28 * MM, 24 * MM, W - 2 * M)]
    d.template = template
    d.next_frame()

    w.heading("HM Inspector’s observations", h1, toc=1)
    w.para(body, "I am pleased with some aspects of the performance of Dunwhistle Police, but "
           "the force needs to improve in several areas if it is to provide a consistently good "
           "service.",
           "It is good at building relationships with its communities and at managing "
           "offenders, and it has a workforce that is committed to public service.",
           "However, too many investigations are delayed, and victims are not always told what "
           "is happening with their case.")
    w.heading("Our judgements", h1, toc=1)
    w.para(body, "Our inspection assessed how good Dunwhistle Police is in nine areas of "
           "policing.",
           "We made graded judgements in eight of these nine areas, as follows.")
    d.table([110 * MM, W - 2 * M - 110 * MM],
            [["Area of policing", "Grade"],
             ["Treatment of the public", "Good"],
             ["Preventing crime and anti-social behaviour", "Adequate"],
             ["Responding to the public", "Adequate"],
             ["Investigating crime", "Requires improvement"],
             ["Protecting vulnerable people", "Adequate"],
             ["Managing offenders and suspects", "Good"],
             ["Developing a positive workplace", "Good"],
             ["Good use of resources", "Adequate"]],
            PStyle(hv, 9.5, 12, after=0), PStyle(hb, 9.5, 12, after=0, color=WHITE),
            pad=4, head_fill=PURPLE, rule=(0.6, 0.55, 0.7))
    w.para(body, "We also inspected how effective the force is at providing a service to the "
           "victims of crime, which we do not grade.")

    w.heading("Investigating crime: requires improvement", hj, toc=2)
    w.numbered(1, num, ns, "The force does not always investigate crime effectively.",
               "In 29 of the 80 cases we reviewed, there had been unnecessary delays, and in 17 "
               "of them evidence had been lost as a result.")
    w.numbered(2, num, ns, "Investigators carry high workloads, and some told us that they had "
               "more than 30 open cases.",
               "Supervisors did not always set clear lines of enquiry at the start of an "
               "investigation.^[A line of enquiry is a task that may produce evidence, such as "
               "checking CCTV or tracing a witness.]")
    w.box("Cause of concern", PStyle(hb, 11, 14.5, after=3, color=(0.6, 0.1, 0.15)),
          ["The force is not making sure that all crimes are investigated promptly and "
           "effectively.",
           "Within six months, it should review the workloads of its investigators and make "
           "sure that every investigation has an effective plan that a supervisor checks "
           "regularly."],
          body.but(after=0), fill=(0.97, 0.93, 0.94), rule=(0.6, 0.1, 0.15))
    w.numbered(3, num, ns, "Victims were not always told whether a suspect had been arrested, "
               "charged or released.",
               "The force has introduced a new system to remind officers when they need to update "
               "a victim.")

    w.heading("Protecting vulnerable people: adequate", hj, toc=2)
    w.numbered(4, num, ns, "Call handlers identify vulnerable callers well.",
               "They use a structured set of questions to assess the risk to the caller and "
               "record the results accurately.")
    w.para(body.but(left=10 * MM, after=3), "When officers attended domestic abuse incidents, they "
           "generally:")
    bl = body.but(left=10 * MM + 11, align="left", after=2)
    nl = bl.but(left=10 * MM + 24)
    dot = marker_text(Style(carl, 11, PURPLE), "•")
    dash = marker_text(Style(carl, 11, PURPLE), "–")
    w.bullet(bl, "spoke to the victim away from the suspect;", dot, gap=11)
    w.bullet(bl, "recorded what they saw on body-worn cameras;", dot, gap=11)
    w.bullet(bl, "made referrals to specialist services, including:", dot, gap=11)
    w.bullet(nl, "independent domestic violence advisers;", dash, gap=11)
    w.bullet(nl.but(after=7), "the local refuge, when the victim needed somewhere safe to stay.",
             dash, gap=11)
    w.numbered(5, num, ns, "The force seeks domestic violence protection orders in suitable "
               "cases, but it rarely checks whether they are being complied with.")

    w.heading("Managing offenders and suspects: good", hj, toc=2)
    w.numbered(6, num, ns, "The force manages registered sex offenders well.",
               "Its offender managers^[Each offender manager was responsible for about 50 "
               "offenders at the time of our inspection.] visit offenders regularly and take "
               "prompt action when they breach their conditions.")
    w.numbered(7, num, ns, "Wanted suspects are pursued quickly, and the number of outstanding "
               "suspects has fallen by a third over the past year.")

    w.heading("Good use of resources: adequate", hj, toc=2)
    w.numbered(8, num, ns, "The force has a sound financial plan and is on course to make the "
               "savings it needs over the next three years.")
    w.numbered(9, num, ns, "It does not yet have a full understanding of the demand on its "
               "services, so it cannot be sure that officers are deployed where they are most "
               "needed.")
    w.numbered(10, num, ns, "The force is working with neighbouring forces to share some "
               "specialist functions.",
               "This has already reduced the cost of its firearms training.")
    w.heading("Developing a positive workplace: good", hj, toc=2)
    w.numbered(11, num, ns, "Officers and staff told us that the force cares about their "
               "well-being.",
               "Occupational health support is easy to reach, and waiting times for counselling "
               "are short.")
    w.numbered(12, num, ns, "The force is working hard to recruit a workforce that reflects its "
               "communities.")

    last_body = d.page.index
    back = d.new_page()
    back_cover(d, back, hv, hb, PURPLE, 2022)
    contents(d, toc_page, Style(hb, 22, PURPLE), Style(carl, 12), M, W - M, H - 40 * MM)
    for op in toc_page.ops:
        op.layer = "master"
    for pg in d.pages[1:last_body + 1]:
        d.text(pg, M, H - 15 * MM, Style(hv, 8.5, GREY), "PEEL 2021/22", layer="master")
        d.text(pg, W - M, H - 15 * MM, Style(hv, 8.5, GREY), "Dunwhistle Police",
               align="right", layer="master")
        pg.add(Seg(M, H - 17 * MM, W - M, H - 17 * MM, PURPLE, 0.5, layer="master"))
        d.text(pg, M, 12 * MM, Style(hv, 8.5, GREY), "HMICFRS", layer="master")
        d.text(pg, W - M, 12 * MM, Style(hv, 8.5, GREY),
               f"Page {pg.index + 1} of {len(d.pages)}", align="right", layer="master")
    d.draw_notes()
    out.write(name)
    return g.write()



# ---------------------------------------------------------------------------------------------
def d02():
    name = "d02_vetting_greywick"
    d = Doc(name)
    rom = Font("rom", f"{URW}/NimbusRoman-Regular.afm")
    romb = Font("romb", f"{URW}/NimbusRoman-Bold.afm")
    romi = Font("romi", f"{URW}/NimbusRoman-Italic.afm")
    sans = Font("sans", f"{URW}/NimbusSans-Regular.afm")
    sansb = Font("sansb", f"{URW}/NimbusSans-Bold.afm")
    out = PoDoFo(d, "Vetting, misconduct and counter-corruption: Greywick Constabulary",
                 "D:20231122100000Z")
    out.mode = "line"
    for f in (rom, romb, romi, sans, sansb):
        base = os.path.basename(f.path)[:-4]
        out.font(f, f'font_file("{base}", "{pfa(base)}")')
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 20 * MM
    GAP = 8 * MM
    CW = (W - 2 * M - GAP) / 2
    RED = (0.55, 0.12, 0.10)
    body = PStyle(rom, 10.5, 13, "left", after=5, bold=romb)
    sub = PStyle(sansb, 10.5, 13, before=6, after=3, color=RED)
    num = body.but(left=7 * MM)
    ns = Style(romb, 10.5)

    p1 = d.new_page()
    d.flow_on([Frame(p1, M, H - 22 * MM, 24 * MM, W - 2 * M)])
    w.para(PStyle(sansb, 22, 26, after=2, color=RED), "Vetting, misconduct and "
           "counter-corruption", gold=False, hyph=False)
    w.para(PStyle(sans, 13, 17, after=2), "An inspection of Greywick Constabulary", gold=False,
           hyph=False)
    w.para(PStyle(sans, 10, 14, after=10, color=GREY), "November 2023", gold=False, hyph=False)
    w.para(PStyle(romb, 10.5, 13.5, after=10), NOTICE, gold=False, hyph=False)
    w.para(PStyle(sansb, 12, 16, after=10), "Public confidence in the police depends on the "
           "integrity of the people who work for them.",
           "We examined how well Greywick Constabulary vets its workforce, deals with misconduct "
           "and protects itself from corruption.", hyph=False)
    top = d.y
    chart_top = 96 * MM

    def template(doc, page):
        return [Frame(page, M, H - 22 * MM, 24 * MM, CW),
                Frame(page, M + CW + GAP, H - 22 * MM, 24 * MM, CW)]
    d.template = template
    d.flow_on([Frame(p1, M, top, chart_top + 6, CW),
               Frame(p1, M + CW + GAP, top, chart_top + 6, CW)])

    d.heading("Summary", sub)
    w.numbered(1, num, ns, "The force has made progress since our last inspection, but it still "
               "has a backlog of vetting renewals.",
               "At the time of our inspection, 412 members of the workforce were working with "
               "vetting clearance that had expired.")
    w.numbered(2, num, ns, "The vetting unit is well led, and its decisions are generally sound "
               "and well recorded.",
               "But it does not have enough staff to keep up with demand, and the force has been "
               "slow to recruit more.")
    d.heading("Vetting", sub)
    w.numbered(3, num, ns, "We reviewed 60 vetting files.",
               "In 11 of them, the unit had granted clearance without resolving information that "
               "suggested a risk, such as unpaid debts or links to people involved in crime.")
    w.numbered(4, num, ns, "The force does not routinely check whether officers and staff have "
               "reported changes in their personal circumstances, such as a new partner or "
               "financial difficulties.")
    w.para(num.but(after=3), "Vetting officers told us that they would like more training in:")
    bl = num.but(left=7 * MM + 10, after=2)
    ring = marker_shape("circle", 4, RED)
    w.bullet(bl, "assessing financial information;", ring, gap=10)
    w.bullet(bl, "interviewing applicants about adverse information;", ring, gap=10)
    w.bullet(bl.but(after=6), "checking what applicants post on social media.", ring, gap=10)
    w.box("Area for improvement", PStyle(sansb, 10, 13, after=3, color=RED),
          ["The force should make sure that it renews vetting clearance before it expires, and "
           "that it records how it has managed any risks it has identified."],
          body.but(after=0, font=romi), fill=(0.96, 0.92, 0.90), frame=RED)
    d.heading("Counter-corruption", sub)
    w.numbered(5, num, ns, "The counter-corruption unit gathers intelligence from a wide range of "
               "sources, including confidential reports from colleagues.",
               "Its analysts assess each report promptly.",
               "However, the force’s software for monitoring the use of its computer systems is "
               "not working fully, so it cannot search for misuse as effectively as it should.")
    w.numbered(6, num, ns, "We were pleased to see that the unit treats abuse of position for a "
               "sexual purpose as serious corruption.",
               "It has a proactive team that looks for signs of this behaviour, and it has "
               "referred several cases to the independent body that oversees police complaints.")
    w.para(body.but(left=7 * MM), "The unit has good links with the regional organised crime "
           "unit and with neighbouring forces.")
    d.heading("Misconduct", sub)
    w.numbered(7, num, ns, "Professional standards investigators were experienced, and most "
               "misconduct cases were finalised within a reasonable time.",
               "Officers and staff told us that they had confidence in the fairness of the "
               "process.")
    w.numbered(8, num, ns, "The outcomes of misconduct hearings were published on the force’s "
               "website, as the regulations require.",
               "The force also shares the lessons it learns from these cases with its workforce "
               "through regular briefings.")
    p2 = d.pages[-1]
    top = d.y if d.frame.x == M else 24 * MM
    d.flow_on([Frame(p2, M, top - 6, 24 * MM, W - 2 * M)])
    d.heading("What we found", sub.but(size=12, leading=15))
    w.table([45 * MM, W - 2 * M - 45 * MM],
            [["Area", "What we found"],
             ["Vetting", "Clearance is not always renewed before it expires, and risks are not "
              "always resolved before it is granted."],
             ["Counter-corruption", "The unit is effective, but it cannot yet monitor all the "
              "force’s computer systems."],
             ["Misconduct", "Cases are dealt with fairly and in good time."]],
            body.but(after=0, size=10, leading=12.5), body.but(after=0, font=sansb, size=10,
                                                                leading=12.5, color=WHITE),
            [1], pad=4, head_fill=RED, rule=(0.6, 0.45, 0.45))
    w.para(body, "We will revisit the force within six months to check its progress on vetting.",
           "Our national report on vetting and misconduct will be published next year.")

    # horizontal bar chart at the foot of page 1
    bars = [("Recruitment vetting", 35), ("Management vetting", 118),
            ("Non-police personnel vetting", 259)]
    lab = Style(sans, 8.5)
    y = chart_top - 12
    x0 = M + 52 * MM
    for t, v in bars:
        d.text(p1, x0 - 4, y + 2, lab, t, align="right")
        p1.add(Rect(x0, y, v * 0.38 * MM, 10, fill=RED))
        d.text(p1, x0 + v * 0.38 * MM + 4, y + 2, lab, str(v))
        y -= 16
    p1.add(Seg(x0, chart_top - 2, x0, y + 12, GREY, 0.6))
    d.text(p1, M, y - 4, Style(romi, 9.5), "Figure 1: Vetting renewals outstanding, by level of "
           "clearance, September 2023")
    for pg in d.pages:
        d.text(pg, W - M, H - 13 * MM, Style(sans, 8, GREY), "Greywick Constabulary: vetting, "
               "misconduct and counter-corruption", align="right", layer="master")
        d.text(pg, W / 2, 12 * MM, Style(sans, 9), f"– {pg.index + 1} –", align="center",
               layer="master")
    out.write(name)
    return g.write()


if __name__ == "__main__":
    for fn in (d01, d02):
        print(fn.__name__, fn(), "gold sentences")
