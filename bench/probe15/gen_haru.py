"""probe15 producer h: libharu 2.3.0 (Debian `libhpdf-dev` 2.3.0+dfsg-1+b1), driven from C.

libharu ("Haru Free PDF Library") is the small C library behind many C, C++, Ruby and Lua report
writers.  Each document is written here as a C program (c/hNN_*.c) over c/probe15_haru.h, a few
thin wrappers over HPDF_Page_* calls; gen_haru.py compiles it with gcc against -lhpdf and runs it.

The line breaks come from layout.py (greedy, with British English TeX hyphenation patterns and the
widths of the same font files); the programs then draw every line with libharu:

  h01  PEEL 2023-25 report.  Body in Liberation Serif loaded with HPDF_LoadTTFontFromFile and the
       "CP1252" encoder (an embedded subset TrueType font with a /Differences encoding and no
       ToUnicode); headings and furniture in the standard Helvetica fonts; justified lines as one
       string with word spacing (HPDF_Page_SetWordSpace: Tw); ZapfDingbats bullets; cover,
       contents with dot leaders, running header and footer, grade table, numbered paragraphs,
       Area for improvement box, footnotes, back cover.
  h02  cause of concern revisit letter.  The body paragraphs are set by libharu itself with
       HPDF_Page_TextRect(HPDF_TALIGN_JUSTIFY), which breaks lines at spaces, justifies with
       character spacing (Tc) and writes each line with the ' operator; a paragraph that does not
       fit continues on the next page.  Two spaces after every full stop, as typed.
  h03  custody inspection.  Body in Carlito through libharu's "UTF-8" encoder (a Type 0 font,
       CID TrueType, whose CIDs are Unicode code points and whose ToUnicode CMap pdftotext calls
       invalid), every word placed by its own Td; two hyphenated columns flowing across a page,
       a bar chart, drawn square bullets, a table with prose cells, back cover.

The notice is set ragged right without soft hyphens.  Usage: python3 gen_haru.py
"""
import os
import subprocess
import sys

from common import HERE, NOTICE, Gold, c_bytes, hyphenate
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

C_DIR = os.path.join(HERE, "c")
TMP = os.environ.get("PROBE15_TMP", "/tmp/probe15/build")
TT = "/usr/share/fonts/truetype"
AFM = "/usr/share/fonts/type1/urw-base35"

NAVY = (0.10, 0.20, 0.38)
GREY = (0.33, 0.33, 0.33)
WHITE = (1, 1, 1)
BLACK = (0, 0, 0)


class Haru:
    """Turns a layout.Doc into a C program over probe15_haru.h."""

    def __init__(self, doc, title):
        self.doc, self.title = doc, title
        self.fonts = {}          # Font.key -> (C name, C init expression, encoding)
        self.mode = "tw"         # how laid-out lines are written: "tw" (one string, Tw) or "td"
        self.extra = []          # C code run after the pages are drawn (e.g. TextRect flows)
        self.pre = []
        self.funcs = []          # C functions written before main

    def font(self, f, init, enc):
        self.fonts[f.key] = (f"F_{f.key}", init, enc)

    def enc(self, f, s):
        name, init, enc = self.fonts[f.key]
        if enc == "utf8":
            return c_bytes(s.encode("utf-8"))
        if enc == "raw":
            return c_bytes(s.encode("latin-1"))
        return c_bytes(s.encode("cp1252"))

    @staticmethod
    def n(v):
        return f"{v:.3f}".rstrip("0").rstrip(".")

    def rgb(self, c):
        return ", ".join(self.n(v) for v in c)

    def op(self, p, o):
        n = self.n
        if isinstance(o, Text):
            st = o.style
            return [f"tx({p}, {self.fonts[st.font.key][0]}, {n(st.size)}, {self.rgb(st.color)}, "
                    f"{n(o.x)}, {n(o.y + st.rise)}, {self.enc(st.font, o.text)});"]
        if isinstance(o, Line):
            return self.line(p, o)
        if isinstance(o, Rect):
            out = []
            if o.fill:
                out.append(f"rect({p}, {n(o.x)}, {n(o.y)}, {n(o.w)}, {n(o.h)}, "
                           f"{self.rgb(o.fill)});")
            if o.stroke:
                out.append(f"frame({p}, {n(o.x)}, {n(o.y)}, {n(o.w)}, {n(o.h)}, "
                           f"{self.rgb(o.stroke)}, {n(o.lw)});")
            return out
        if isinstance(o, Seg):
            return [f"seg({p}, {n(o.x1)}, {n(o.y1)}, {n(o.x2)}, {n(o.y2)}, {self.rgb(o.color)}, "
                    f"{n(o.lw)});"]
        if isinstance(o, Marker):
            s = o.size
            if o.kind == "text":
                return self.op(p, Text(o.x, o.y, o.style, o.text))
            if o.kind == "disc":
                return [f"disc({p}, {n(o.x + s / 2)}, {n(o.y + s * 0.9)}, {n(s / 2)}, "
                        f"{self.rgb(o.color)});"]
            if o.kind == "circle":
                return [f"ring({p}, {n(o.x + s / 2)}, {n(o.y + s * 0.9)}, {n(s / 2)}, "
                        f"{self.rgb(o.color)});"]
            if o.kind == "square":
                return [f"rect({p}, {n(o.x)}, {n(o.y + s * 0.4)}, {n(s)}, {n(s)}, "
                        f"{self.rgb(o.color)});"]
            if o.kind == "dash":
                return [f"rect({p}, {n(o.x)}, {n(o.y + s * 0.9)}, {n(s)}, 0.8, "
                        f"{self.rgb(o.color)});"]
        if isinstance(o, Path):
            out = []
            if o.stroke:
                out.append(f"HPDF_Page_SetRGBStroke({p}, {self.rgb(o.stroke)}); "
                           f"HPDF_Page_SetLineWidth({p}, {n(o.lw)});")
            if o.fill:
                out.append(f"HPDF_Page_SetRGBFill({p}, {self.rgb(o.fill)});")
            for pt in o.points:
                if pt[0] == "m":
                    out.append(f"HPDF_Page_MoveTo({p}, {n(pt[1])}, {n(pt[2])});")
                elif pt[0] == "l":
                    out.append(f"HPDF_Page_LineTo({p}, {n(pt[1])}, {n(pt[2])});")
                else:
                    out.append(f"HPDF_Page_CurveTo({p}, " + ", ".join(n(v) for v in pt[1:]) + ");")
            if o.close:
                out.append(f"HPDF_Page_ClosePath({p});")
            out.append(f"HPDF_Page_Fill({p});" if o.fill else f"HPDF_Page_Stroke({p});")
            return out
        raise TypeError(o)

    def segments(self, ln):
        """[(x, [(Style, text)])] per word, with the spaces after each word in the base style."""
        out = []
        for (x, pcs), nsp, in zip(ln.words, ln.spaces, strict=True):
            seg = [list(p) for p in pcs]
            if nsp:
                base = next((st for st, _ in reversed(pcs) if st.rise == 0), pcs[0][0])
                if seg[-1][0] == base:
                    seg[-1][1] += " " * nsp
                else:
                    seg.append([base, " " * nsp])
            out.append((x, seg))
        return out

    def line(self, p, ln):
        n = self.n
        words = self.segments(ln)
        out = []
        cur = [None]

        def setstyle(st):
            if cur[0] != st:
                out.append(f"lf({p}, {self.fonts[st.font.key][0]}, {n(st.size)}, "
                           f"{self.rgb(st.color)}, {n(st.rise)});")
                cur[0] = st

        if self.mode == "tw":
            out.append(f"lb({p}, {n(words[0][0])}, {n(ln.y)}, {n(ln.tw)});")
            run_st, run = None, ""
            for _, seg in words:
                for st, t in seg:
                    if st == run_st:
                        run += t
                        continue
                    if run:
                        setstyle(run_st)
                        out.append(f"lt({p}, {self.enc(run_st.font, run)});")
                    run_st, run = st, t
            if run:
                setstyle(run_st)
                out.append(f"lt({p}, {self.enc(run_st.font, run.rstrip(' '))});")
        else:   # "td": every word moved to its place by its own Td, no space glyphs
            out.append(f"lb({p}, {n(words[0][0])}, {n(ln.y)}, 0);")
            px = words[0][0]
            for i, (x, seg) in enumerate(words):
                if i:
                    out.append(f"lm({p}, {n(x - px)});")
                    px = x
                for st, t in seg:
                    t = t.rstrip(" ")
                    if t:
                        setstyle(st)
                        out.append(f"lt({p}, {self.enc(st.font, t)});")
        out.append(f"le({p});")
        return out

    def write(self, name):
        code = ["/* generated by gen_haru.py */", '#include "probe15_haru.h"', ""]
        for cname, _, _ in self.fonts.values():
            code.append(f"static HPDF_Font {cname};")
        code += [""] + self.funcs + ["int main(int argc, char **argv)", "{",
                                     f"    doc_begin({c_bytes(self.title.encode('utf-8'))}, "
                                     f"\"probe15 gen_haru.py\");"]
        for cname, init, _ in self.fonts.values():
            code.append(f"    {cname} = {init};")
        for i in range(len(self.doc.pages)):
            code.append(f"    HPDF_Page P{i} = page_a4();")
        code += ["    " + c for c in self.pre]
        for pg in self.doc.pages:
            code.append(f"    /* page {pg.index + 1} */")
            for o in pg.ops:
                code += ["    " + c for c in self.op(f"P{pg.index}", o)]
        code += ["    " + c for c in self.extra]
        code += ["    (void)argc;", "    HPDF_SaveToFile(pdf, argv[1]);", "    HPDF_Free(pdf);",
                 "    return 0;", "}", ""]
        src = os.path.join(C_DIR, name + ".c")
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(code))
        os.makedirs(TMP, exist_ok=True)
        exe = os.path.join(TMP, name)
        r = subprocess.run(["gcc", "-O1", "-Wall", "-Wno-unused-variable",
                            "-Wno-unused-function", "-o", exe, src, "-lhpdf"],
                           capture_output=True, text=True)
        if r.returncode or r.stderr.strip():
            sys.exit(f"gcc failed on {name}:\n{r.stderr[-4000:]}")
        out = os.path.join(HERE, "pdf", name + ".pdf")
        os.makedirs(os.path.dirname(out), exist_ok=True)
        r = subprocess.run([exe, out], capture_output=True, text=True)
        if r.returncode or r.stderr.strip():
            sys.exit(f"{name} failed:\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}")


def afm(name):
    return f"{AFM}/{name}.afm"


def back_cover(doc, page, font, bold, colour, year=2025):
    """Back cover: licence and contact lines written for this probe (not gold)."""
    W = doc.W
    page.add(Rect(0, 0, W, 95 * MM, fill=colour))
    lines = [
        (bold, 11, f"© HMICFRS {year} (synthetic test material)"),
        (font, 9, "This document was made to test software that reads inspection reports."),
        (font, 9, "You may copy and adapt it for that purpose without asking us first."),
        (font, 9, "None of the people, places or figures in it are real."),
        (bold, 9, "Enquiries about this test set: probe15, bench folder of the hmic project"),
    ]
    y = 70 * MM
    for f, s, t in lines:
        doc.text(page, 22 * MM, y, Style(f, s, WHITE), t)
        y -= s * 1.7


def contents(doc, page, title_st, entry_st, x1, x2, y, dots=True):
    """A contents page drawn after the body: entries with dot leaders and page numbers."""
    doc.text(page, x1, y, title_st, "Contents")
    y -= 30
    for level, text, pidx in doc.toc:
        xi = x1 + (14 if level > 1 else 0)
        num = str(pidx + 1)
        doc.text(page, xi, y, entry_st, text)
        doc.text(page, x2, y, entry_st, num, align="right")
        if dots:
            a = xi + entry_st.w(text) + 4
            b = x2 - entry_st.w(num) - 4
            dw = entry_st.w(".")
            k = int((b - a) / dw)
            doc.text(page, b - k * dw, y, entry_st, "." * k)
        y -= 20 if level == 1 else 17


# ---------------------------------------------------------------------------------------------
def h01():
    name = "h01_peel_quillbrook"
    d = Doc(name)
    serif = Font("serif", f"{TT}/liberation2/LiberationSerif-Regular.ttf")
    serifb = Font("serifb", f"{TT}/liberation2/LiberationSerif-Bold.ttf")
    hv = Font("hv", afm("NimbusSans-Regular"))
    hb = Font("hb", afm("NimbusSans-Bold"))
    zapf = Font("zapf", afm("D050000L"))
    out = Haru(d, "PEEL 2023–25: Quillbrook Constabulary")
    out.font(serif, f'ttf("{serif.path}", "CP1252")', "cp1252")
    out.font(serifb, f'ttf("{serifb.path}", "CP1252")', "cp1252")
    out.font(hv, 'HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding")', "cp1252")
    out.font(hb, 'HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding")', "cp1252")
    out.font(zapf, 'HPDF_GetFont(pdf, "ZapfDingbats", NULL)', "raw")
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 25 * MM
    body = PStyle(serif, 10.5, 14, "justify", after=7, bold=serifb)
    h1 = PStyle(hb, 15, 19, before=10, after=6, color=NAVY)
    hj = PStyle(hb, 12.5, 16, before=10, after=5, color=NAVY)
    num = body.but(left=9 * MM)
    d.note_style = PStyle(serif, 8, 10, "left", after=2, left=6)
    d.note_area = (M, 22 * MM, W - 2 * M)

    cover = d.new_page()
    cover.add(Rect(0, H - 118 * MM, W, 118 * MM, fill=NAVY))
    d.text(cover, M, H - 45 * MM, Style(hb, 14, WHITE), "PEEL 2023–25")
    d.text(cover, M, H - 58 * MM, Style(hv, 13, WHITE),
           "Police effectiveness, efficiency and legitimacy")
    d.text(cover, M, H - 80 * MM, Style(hb, 26, WHITE), "An inspection of")
    d.text(cover, M, H - 92 * MM, Style(hb, 26, WHITE), "Quillbrook Constabulary")
    d.flow_on([Frame(cover, M, H - 135 * MM, 60 * MM, W - 2 * M)])
    w.para(PStyle(hb, 11, 15, "left"), NOTICE, gold=False, hyph=False)
    d.text(cover, M, 40 * MM, Style(hv, 11), "Published 3 June 2025")
    toc_page = d.new_page()

    def template(doc, page):
        return [Frame(page, M, H - 30 * MM, 24 * MM, W - 2 * M)]
    d.template = template
    d.next_frame()

    w.heading("Overall summary", h1, toc=1)
    w.para(body, "Quillbrook Constabulary polices a largely rural county of about 610\u00a0000 "
           "people, with two large market towns and a busy coastal resort that doubles its "
           "population in the summer.",
           "We have graded the force on how well it performs in seven areas of policing, and we "
           "set out below the reasons for those grades.",
           "The force has improved the way it responds to the public since our last inspection, "
           "but it needs to do more to make sure that investigations are properly supervised.")
    d.table([95 * MM, W - 2 * M - 95 * MM],
            [["Area of policing", "Grade"],
             ["Police powers and public treatment", "Good"],
             ["Preventing crime", "Adequate"],
             ["Responding to the public", "Requires improvement"],
             ["Investigating crime", "Adequate"],
             ["Protecting vulnerable people", "Adequate"],
             ["Managing offenders and suspects", "Good"],
             ["Leadership and force management", "Adequate"]],
            PStyle(hv, 9.5, 12, after=0), PStyle(hb, 9.5, 12, after=0, color=WHITE),
            pad=4, head_fill=NAVY, rule=(0.55, 0.6, 0.7))
    w.para(body, "We found that officers and staff were proud to work for the force and wanted "
           "to provide a good service to the public.")

    w.heading("Responding to the public: requires improvement", hj, toc=2)
    w.numbered(1, num, Style(serifb, 10.5),
               "The force answers most emergency calls promptly, but too many people who call "
               "the non-emergency number give up before they speak to anyone.",
               "In the three months before our inspection, 23 per cent of non-emergency calls "
               "were abandoned.^[Figures supplied by the force for January to March 2025.]")
    w.numbered(2, num, Style(serifb, 10.5),
               "When officers were sent to an incident, they usually arrived within the target "
               "time for emergencies.",
               "For lower-priority incidents, however, the force often failed to tell callers "
               "when to expect an officer.")
    w.box("Area for improvement", PStyle(hb, 10.5, 14, after=3, color=NAVY),
          ["The force should make sure that callers to its non-emergency number are answered "
           "promptly, and that those who are waiting are told how long the wait will be."],
          body.but(after=0), fill=(0.90, 0.93, 0.97), rule=NAVY)

    w.heading("Investigating crime: adequate", hj, toc=2)
    w.numbered(3, num, Style(serifb, 10.5),
               "Investigations are allocated to officers with the right skills, and most are "
               "completed to an acceptable standard.",
               "But supervisors do not always record their reviews, so it is hard to tell "
               "whether an investigation has been checked.")
    bul = body.but(left=9 * MM + 10, align="left", after=3)
    nest = bul.but(left=9 * MM + 24)
    w.para(body.but(left=9 * MM, after=3), "When we reviewed investigation files, we found that "
           "officers usually:")
    zs = Style(zapf, 8, NAVY)
    w.bullet(bul, "contacted the victim within a day of the crime being reported;",
             marker_text(zs, "n"), gap=11)
    w.bullet(bul, "gathered the evidence that was readily available, such as:",
             marker_text(zs, "n"), gap=11)
    w.bullet(nest, "footage from doorbell and dashboard cameras;", marker_text(zs, "m"), gap=10)
    w.bullet(nest, "statements from people who saw what happened;", marker_text(zs, "m"), gap=10)
    w.bullet(bul.but(after=7), "recorded the victim’s wishes about how the case should be "
             "resolved.", marker_text(zs, "n"), gap=11)
    w.numbered(4, num, Style(serifb, 10.5),
               "The force makes good use of out-of-court disposals for low-level offences.",
               "Its scrutiny panel^[The panel includes magistrates, victims’ representatives and "
               "members of the public.] reviews a sample of these cases every quarter and has "
               "found most of them to be appropriate.")

    w.heading("Protecting vulnerable people: adequate", hj, toc=2)
    w.numbered(5, num, Style(serifb, 10.5),
               "Officers recognise vulnerability well and complete risk assessments in almost "
               "all domestic abuse cases.",
               "The force’s multi-agency safeguarding hub shares information with partners "
               "quickly.")
    w.numbered(6, num, Style(serifb, 10.5),
               "However, the hub has a backlog of referrals about children, and some had waited "
               "more than a week to be reviewed.",
               "The force recognised this during our inspection and has moved extra staff into "
               "the hub.")

    w.heading("Police powers and public treatment: good", hj, toc=2)
    w.numbered(7, num, Style(serifb, 10.5),
               "Officers understand how to use stop and search powers fairly.",
               "Nearly all the records we examined showed reasonable grounds for the search.")
    w.numbered(8, num, Style(serifb, 10.5),
               "The force’s external scrutiny group examines body-worn video footage of the use "
               "of force, and the force has changed its training as a result of the group’s "
               "feedback.")

    w.heading("Leadership and force management: adequate", hj, toc=2)
    w.numbered(9, num, Style(serifb, 10.5),
               "The chief officer team has a clear plan for the force, and the workforce "
               "understands its priorities.",
               "The force’s understanding of the demand it faces is improving, but it does not "
               "yet know how much time officers spend on work that could be done by others.")
    w.numbered(10, num, Style(serifb, 10.5),
               "The force has balanced its budget for this year and has a realistic plan to "
               "make the savings it will need in the next two years.")

    last_body = d.page.index
    back = d.new_page()
    back_cover(d, back, hv, hb, NAVY)
    contents(d, toc_page, Style(hb, 22, NAVY), Style(serif, 11.5), M, W - M, H - 40 * MM)
    for pg in d.pages[1:last_body + 1]:
        d.text(pg, M, H - 16 * MM, Style(hv, 8.5, GREY), "PEEL 2023–25")
        d.text(pg, W - M, H - 16 * MM, Style(hv, 8.5, GREY), "Quillbrook Constabulary",
               align="right")
        pg.add(Seg(M, H - 18 * MM, W - M, H - 18 * MM, NAVY, 0.5))
        d.text(pg, M, 13 * MM, Style(hv, 8.5, GREY), "HMICFRS")
        d.text(pg, W - M, 13 * MM, Style(hv, 8.5, GREY),
               f"Page {pg.index + 1} of {len(d.pages)}", align="right")
    d.draw_notes()
    out.write(name)
    return g.write()



# ---------------------------------------------------------------------------------------------
def h02():
    name = "h02_letter_vennmoor"
    d = Doc(name)
    serif = Font("serif", f"{TT}/liberation2/LiberationSerif-Regular.ttf")
    serifb = Font("serifb", f"{TT}/liberation2/LiberationSerif-Bold.ttf")
    hv = Font("hv", afm("NimbusSans-Regular"))
    hb = Font("hb", afm("NimbusSans-Bold"))
    out = Haru(d, "Vennmoor Police: revisit of a cause of concern")
    out.font(serif, f'ttf("{serif.path}", "CP1252")', "cp1252")
    out.font(serifb, f'ttf("{serifb.path}", "CP1252")', "cp1252")
    out.font(hv, 'HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding")', "cp1252")
    out.font(hb, 'HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding")', "cp1252")
    g = Gold(name)
    W, H = d.W, d.H
    M = 25 * MM
    p1 = d.new_page()
    d.text(p1, M, H - 28 * MM, Style(hb, 24, NAVY), "HMICFRS")
    addr = ["Inspectorate office", "Ledger House", "14 Chantry Row", "Harbridge HB2 7QT",
            "Telephone 0300 555 0193"]
    y = H - 20 * MM
    for t in addr:
        d.text(p1, W - M, y, Style(hv, 8.5, GREY), t, align="right")
        y -= 11
    p1.add(Seg(M, H - 44 * MM, W - M, H - 44 * MM, NAVY, 0.8))
    d.flow_on([Frame(p1, M, H - 50 * MM, 30 * MM, W - 2 * M)])
    Writer(d, g).para(PStyle(hb, 10, 13.5, "left", after=10), NOTICE, gold=False, hyph=False)
    y = d.y - 6
    for t in ["Chief Constable Amrit Solway", "Vennmoor Police", "Police Headquarters",
              "Castle Lane", "Vennmoor VM1 4RD"]:
        d.text(p1, M, y, Style(serif, 11), t)
        y -= 13.5
    d.text(p1, W - M, y - 6, Style(serif, 11), "17 October 2024", align="right")
    y -= 34
    d.text(p1, M, y, Style(serif, 11), "Dear Chief Constable,")
    y -= 22
    d.text(p1, M, y, Style(serifb, 11),
           "Revisit of the cause of concern about the response to missing children")
    y -= 12

    # the body is set by libharu's own TextRect, page by page
    F, FB = out.fonts["serif"][0], out.fonts["hv"][0]
    out.funcs += [
        "static int npages = 1;",
        "static HPDF_Page letter_page(void)",
        "{",
        "    HPDF_Page p = page_a4();",
        "    npages++;",
        f"    tx(p, {FB}, 8.5, 0.33, 0.33, 0.33, {M:.2f}, {H - 16 * MM:.2f}, "
        f"\"Vennmoor Police: revisit of a cause of concern\");",
        "    char num[16];",
        "    snprintf(num, sizeof num, \"Page %d\", npages);",
        f"    tx(p, {FB}, 8.5, 0.33, 0.33, 0.33, {W - M - 26:.2f}, {H - 16 * MM:.2f}, num);",
        "    return p;",
        "}",
        "",
    ]
    ex = out.extra
    ex += ["cur = P0;", f"cur_y = {y:.2f};", f"frame_left = {M:.2f};",
           f"frame_right = {W - M:.2f};", f"frame_top = {H - 28 * MM:.2f};",
           f"frame_bottom = {22 * MM:.2f};", "next_page = letter_page;"]

    def para(*sents, after=8):
        ex.append(f"rect_para({F}, 11, 14.2, 0, HPDF_TALIGN_JUSTIFY, {after}, "
                  f"{out.enc(serif, '  '.join(sents))});")
        g.add(*sents)

    def item(mark, text, after=5):
        ex.append(f"rect_numbered({F}, 11, 14.2, 22, {after}, {out.enc(serif, mark)}, "
                  f"{out.enc(serif, text)});")
        g.add(text)

    para("In our inspection report published in March 2024, we identified a cause of concern "
         "about how Vennmoor Police responds when children are reported missing.",
         "We found that the first risk assessment was often completed without enough "
         "information, and that supervisors did not always review it when new information came "
         "to light.",
         "We also found that the force did not routinely share what it learned from return "
         "home interviews with children’s services.")
    para("We made three recommendations, which are repeated below.",
         "The deadlines for all three have now passed.", after=6)
    item("1.", "Within three months, the force should make sure that every report of a missing "
         "child is risk assessed using all the information available to the call handler and "
         "the attending officer.")
    item("2.", "Within three months, the force should make sure that a supervisor reviews the "
         "risk assessment whenever the circumstances of the case change.")
    item("3.", "Within six months, the force should agree with its partners how information from "
         "return home interviews is shared and used.", after=8)
    para("In September 2024, we revisited the force to assess its progress.",
         "During the revisit, we:", after=6)
    item("\u2022", "interviewed call handlers, officers, supervisors and the missing persons "
         "coordinator;")
    item("\u2022", "reviewed 40 reports of missing children from July and August 2024;")
    item("\u2022", "met representatives of the three local authorities in the force area.",
         after=8)
    para("The force has made good progress against the first recommendation.",
         "It has introduced a new risk assessment form, and call handlers now check national "
         "and local police systems before the form is completed.",
         "In the 40 cases we reviewed, the risk assessment was appropriate in 36, or 90 per "
         "cent.")
    para("Progress against the second recommendation has been slower.",
         "Supervisors reviewed the risk assessment in most high-risk cases, but in medium-risk "
         "cases they often did not record a review until the child had been found.",
         "The force told us that it plans to give supervisors more time for this work by "
         "reducing their other duties.")
    para("The force and its partners have agreed a new protocol for sharing information from "
         "return home interviews.",
         "The protocol came into effect in August 2024, so it is too early to judge its effect.",
         "We were encouraged, however, that the missing persons coordinator now reads every "
         "interview report and passes relevant intelligence to neighbourhood teams.")
    para("In view of the progress described above, we have concluded that the cause of concern "
         "has been partially addressed.",
         "We will continue to monitor the force’s work on the second and third recommendations "
         "through our regular contact with its leaders, and we will report on it in our next "
         "PEEL inspection.")
    para("I am copying this letter to the police and crime commissioner for Vennmoor.",
         "I would like to thank you, your officers and your staff for the help you gave us "
         "during the revisit.", after=10)
    # sign-off on whatever page the flow ended
    ex += [f"tx(cur, {F}, 11, 0, 0, 0, frame_left, cur_y - 12, \"Yours sincerely,\");",
           "HPDF_Page_SetRGBStroke(cur, 0.1, 0.15, 0.45);",
           "HPDF_Page_SetLineWidth(cur, 1.1);",
           "HPDF_Page_MoveTo(cur, frame_left + 4, cur_y - 44);",
           "HPDF_Page_CurveTo(cur, frame_left + 18, cur_y - 20, frame_left + 26, cur_y - 58, "
           "frame_left + 40, cur_y - 38);",
           "HPDF_Page_CurveTo(cur, frame_left + 52, cur_y - 22, frame_left + 60, cur_y - 52, "
           "frame_left + 86, cur_y - 36);",
           "HPDF_Page_Stroke(cur);",
           f"tx(cur, {F}, 11, 0, 0, 0, frame_left, cur_y - 72, \"Isobel Farrant\");",
           f"tx(cur, {F}, 11, 0, 0, 0, frame_left, cur_y - 85.5, "
           f"{out.enc(serif, 'His Majesty’s Inspector of Constabulary')});"]
    out.write(name)
    return g.write()


# ---------------------------------------------------------------------------------------------
def h03():
    name = "h03_custody_oxtarn"
    d = Doc(name)
    carl = Font("carl", f"{TT}/crosextra/Carlito-Regular.ttf")
    carlb = Font("carlb", f"{TT}/crosextra/Carlito-Bold.ttf")
    carli = Font("carli", f"{TT}/crosextra/Carlito-Italic.ttf")
    hv = Font("hv", afm("NimbusSans-Regular"))
    hb = Font("hb", afm("NimbusSans-Bold"))
    out = Haru(d, "Custody inspection: Oxtarn Constabulary")
    out.mode = "td"
    out.font(carl, f'ttf("{carl.path}", "UTF-8")', "utf8")
    out.font(carlb, f'ttf("{carlb.path}", "UTF-8")', "utf8")
    out.font(carli, f'ttf("{carli.path}", "UTF-8")', "utf8")
    out.font(hv, 'HPDF_GetFont(pdf, "Helvetica", "WinAnsiEncoding")', "cp1252")
    out.font(hb, 'HPDF_GetFont(pdf, "Helvetica-Bold", "WinAnsiEncoding")', "cp1252")
    g = Gold(name)
    w = Writer(d, g, hyph=hyphenate)
    W, H = d.W, d.H
    M = 18 * MM
    GAP = 7 * MM
    CW = (W - 2 * M - GAP) / 2
    TEAL = (0.0, 0.36, 0.40)
    body = PStyle(carl, 11, 14, "justify", after=5, bold=carlb)
    sub = PStyle(hb, 10.5, 13.5, before=6, after=2, color=TEAL)
    d.note_style = PStyle(carl, 8, 10, "left", after=2, left=5)
    d.note_area = (M, 20 * MM, W - 2 * M)

    p1 = d.new_page()
    p1.add(Rect(0, H - 12 * MM, W, 12 * MM, fill=TEAL))
    d.flow_on([Frame(p1, M, H - 20 * MM, 20 * MM, W - 2 * M)])
    w.para(PStyle(hb, 20, 24, "left", after=2, color=TEAL),
           "Report on an unannounced inspection of police custody", gold=False, hyph=False)
    w.para(PStyle(hv, 12, 16, "left", after=8), "Oxtarn Constabulary, 8 to 19 July 2024",
           gold=False, hyph=False)
    w.para(PStyle(carlb, 10.5, 13.5, "left", after=8), NOTICE, gold=False, hyph=False)
    w.para(body.but(size=11.5, leading=15, align="left"),
           "This report describes what we found when we inspected the three custody suites run "
           "by Oxtarn Constabulary.",
           "The inspection was carried out jointly with the prisons inspectorate and looked at "
           "the treatment and conditions of people held in custody.", hyph=False)
    chart_top = d.y - 4
    chart_base = chart_top - 40 * MM
    col_top = chart_base - 36

    def template(doc, page):
        return [Frame(page, M, H - 22 * MM, 118 * MM, CW),
                Frame(page, M + CW + GAP, H - 22 * MM, 118 * MM, CW)]
    d.template = template
    d.flow_on([Frame(p1, M, col_top, 22 * MM, CW), Frame(p1, M + CW + GAP, col_top, 22 * MM, CW)])

    d.heading("Leadership and accountability", sub)
    w.para(body, "The force has a clear governance structure for custody, led by a chief "
           "inspector who reports to the head of criminal justice.",
           "Custody managers meet every month to review performance, and the minutes showed that "
           "actions were followed up promptly.",
           "However, the force’s data on the use of force in custody was incomplete, so leaders "
           "could not be confident that force was always used proportionately.^[The force "
           "recorded the use of force in 61 per cent of the cases where CCTV showed it.]")
    w.para(body, "Staffing levels were adequate on most shifts, although detention officers were "
           "often moved to other duties at short notice.")
    d.heading("First point of contact", sub)
    w.para(body, "Officers told us that they considered alternatives to custody, particularly "
           "for children and vulnerable adults.",
           "Even so, 14 per cent of the detainees in the records we examined were children, and "
           "many of them had been arrested for offences that could have been dealt with by "
           "voluntary attendance.")
    d.heading("Booking in", sub)
    w.para(body, "Custody sergeants were polite and treated detainees with respect.",
           "The booking-in desks at the central suite were too close together, so detainees "
           "could overhear each other’s conversations.",
           "This discouraged some of them from disclosing medical or mental health needs.")
    w.para(body.but(after=3), "Risk assessments were thorough, and custody sergeants routinely "
           "asked detainees about:")
    bl = body.but(left=11, align="left", after=2)
    sq = marker_shape("square", 3.6, TEAL)
    w.bullet(bl, "their physical and mental health;", sq, gap=11)
    w.bullet(bl, "any thoughts of self-harm or suicide;", sq, gap=11)
    w.bullet(bl, "their use of alcohol and drugs;", sq, gap=11)
    w.bullet(bl.but(after=5), "whether they cared for children or for other adults.", sq, gap=11)
    d.heading("Rights and legal advice", sub)
    w.para(body, "Detainees were told about their rights promptly, and most were given a written "
           "notice in a language they understood.",
           "Interpreters were usually available by telephone, but detainees who were deaf waited "
           "too long for a sign language interpreter.")
    d.heading("Detainee care", sub)
    w.para(body, "Cells were generally clean, but several had graffiti and ligature points that "
           "had not been reported.",
           "Detainees were offered food and drink regularly, and the food was of a reasonable "
           "quality.",
           "Not all detainees were offered a shower, even when they had been held for more than "
           "24 hours.",
           "Clean blankets were provided, and spare clothing was available for those who needed "
           "it.")
    w.para(body, "Health care staff were available at all times, and the detainees we spoke to "
           "were positive about them.",
           "Detainees who needed medication were given it on time in all but one of the cases "
           "we checked.")
    d.heading("Release and transfer", sub)
    w.para(body, "Pre-release risk assessments were completed for most detainees, but they were "
           "often brief.",
           "Detainees who were released late at night were not always offered help to get home "
           "safely.")
    # full width below the columns of page 2
    p2 = d.pages[-1]
    top = d.y if d.frame.x == M else 118 * MM
    d.flow_on([Frame(p2, M, top - 8, 22 * MM, W - 2 * M)])
    d.heading("Our main findings", sub.but(size=12, leading=15))
    w.table([52 * MM, W - 2 * M - 52 * MM],
            [["Expectation", "What we found"],
             ["Detainees are held only when it is necessary.",
              "Too many children were brought into custody for minor offences."],
             ["Detainees are held in a safe and decent environment.",
              "Some cells had ligature points that staff had not identified or reported."],
             ["Detainees are released safely.",
              "Release plans did not always consider how detainees would get home."]],
            PStyle(carl, 10, 12.5, after=0), PStyle(carlb, 10, 12.5, after=0, color=WHITE),
            [1], pad=4, head_fill=TEAL, rule=(0.5, 0.6, 0.6))
    w.para(body.but(align="left"), "We will ask the force for an action plan within six weeks of "
           "the publication of this report.",
           "We will check its progress when we next inspect custody in Oxtarn.")
    last_body = d.page.index
    back = d.new_page()
    back_cover(d, back, hv, hb, TEAL)

    # bar chart on page 1, drawn after the body
    months = [("Jan", 412), ("Feb", 388), ("Mar", 455), ("Apr", 431), ("May", 476), ("Jun", 498)]
    x0, base = M + 22 * MM, chart_base
    p1.add(Seg(x0 - 4, base, W - M - 10 * MM, base, GREY, 0.6))
    bw = 14 * MM
    lab = Style(hv, 8, GREY)
    for i, (mo, v) in enumerate(months):
        bx = x0 + i * (bw + 8 * MM)
        h = v * 0.055 * MM
        p1.add(Rect(bx, base, bw, h, fill=TEAL))
        d.text(p1, bx + bw / 2, base + h + 3, lab, str(v), align="center")
        d.text(p1, bx + bw / 2, base - 10, lab, mo, align="center")
    d.text(p1, M, base - 22, Style(carli, 9.5), "Figure 1: Detainees held in Oxtarn custody "
           "suites each month, January to June 2024")
    for pg in d.pages[:last_body + 1]:
        d.text(pg, M, 12 * MM, Style(hv, 8, GREY), "Custody inspection: Oxtarn Constabulary")
        d.text(pg, W - M, 12 * MM, Style(hv, 8, GREY), str(pg.index + 1), align="right")
    d.draw_notes()
    out.write(name)
    return g.write()


if __name__ == "__main__":
    for fn in (h01, h02, h03):
        print(fn.__name__, fn(), "gold sentences")
