"""probe20 producer u: PDFium (the PDF library of Chromium and of Foxit's lineage), through its
public page-editing API (``fpdf_edit.h``: FPDF_CreateNewDocument, FPDFText_LoadFont,
FPDFPageObj_CreateTextObj, FPDFText_SetText, FPDFPageObj_CreateNewRect/Path,
FPDFPage_GenerateContent, FPDF_SaveAsCopy), called from Python through pypdfium2 5.15.2 (PyPI),
whose wheel ships PDFium 159.0.8149.0.  PDFium's own writer (CPDF_Creator) and content
generator: PDF 1.7, TrueType fonts embedded *whole* (no subset) as CIDFontType2 with
Identity-H and a ToUnicode map, every text object written as
``q … BT 1 0 0 1 x y Tm /FXFn size Tf 0 Tr [<hex>] TJ ET Q``, an /ExtGState per page, an
information dictionary with only "Creator: PDFium" and the CreationDate (which PDFium takes
from the clock: the generator re-runs itself under ``faketime``).  Chromium's "Print to PDF"
goes through Skia, not this writer.

The page layout is layout.py's; this generator decides how the runs become text objects, as an
application on PDFium's editing API must: one text object per ragged line (PDFium has no
word- or character-spacing setter), one per word on a justified line, one per character on a
letter-spaced line, a footnote call as its own smaller text object raised above the baseline.

  u01  PEEL 2021/22 report, 2 pages: letter-spaced kicker (one object per character), grade
       table with coloured grade cells, judgement headings ending in a grade, justified Caladea
       body (one object per word), footnote calls after a full stop and glued to a word,
       numbered areas for improvement, "Promising practice" box, a paragraph crossing the
       page break, running header and footer.
  u02  vetting and misconduct inspection, 3 pages: narrow sans body, ragged right with
       hyphenated line ends, a side box beside the text on page 1 ("At a glance", gold),
       private-use arrowhead bullets (U+F0D8, a Wingdings-like font), cause of concern and
       "(a)" recommendations, back cover.

Usage: python3 gen_pdfium.py   (needs pypdfium2 and faketime)
"""
import ctypes
import os
import subprocess
import sys
import tempfile

from common import NOTICE, PDF_DIR, soft
from layout import Layout, Style, TTFMetrics, make_bullet_font

HERE = os.path.dirname(os.path.abspath(__file__))
FAKETIME = "2023-06-20 09:30:00"
CALADEA = "/usr/share/fonts/truetype/crosextra/Caladea-{}.ttf"
LIB1 = "/usr/share/fonts/truetype/liberation/Liberation{}.ttf"
PUA_ARROW = "\uf0d8"


def _rgb(h):
    return int(h[1:3], 16), int(h[3:5], 16), int(h[5:7], 16)


class UDoc(Layout):
    def __init__(self, name, fonts, **kw):
        self.font_files = fonts
        super().__init__(name, {k: TTFMetrics(v) for k, v in fonts.items()}, **kw)

    def render(self):
        import pypdfium2 as pdfium
        import pypdfium2.raw as R
        pages = self.finish()
        doc = R.FPDF_CreateNewDocument()
        keep, fonts = [], {}
        for key, path in sorted(self.font_files.items()):
            data = open(path, "rb").read()
            buf = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
            keep.append(buf)
            fonts[key] = R.FPDFText_LoadFont(doc, buf, len(data), R.FPDF_FONT_TRUETYPE, True)
            assert fonts[key], path

        def wide(s):
            b = (s + "\0").encode("utf-16-le")
            cbuf = ctypes.create_string_buffer(b, len(b))
            keep.append(cbuf)
            return ctypes.cast(cbuf, ctypes.POINTER(R.FPDF_WCHAR))

        for n, pg in enumerate(pages):
            page = R.FPDFPage_New(doc, n, pg.w, pg.h)
            for o in pg.ops:
                if o["op"] == "text":
                    if o["tc"]:
                        pieces, x = [], o["x"]
                        for ch in o["s"]:
                            if ch != " ":
                                pieces.append((x, ch))
                            x += self.width(ch, o["font"], o["size"]) + o["tc"]
                    elif o["ws"] and o["words"]:
                        pieces = o["words"]
                    else:
                        pieces = [(o["x"], o["s"])]
                    for x, s in pieces:
                        obj = R.FPDFPageObj_CreateTextObj(doc, fonts[o["font"]], o["size"])
                        R.FPDFText_SetText(obj, wide(s))
                        R.FPDFPageObj_SetFillColor(obj, *_rgb(o["color"]), 255)
                        R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, round(x, 3),
                                                round(pg.h - o["y"], 3))
                        R.FPDFPage_InsertObject(page, obj)
                elif o["op"] == "rect":
                    obj = R.FPDFPageObj_CreateNewRect(o["x"], pg.h - o["y"] - o["h"], o["w"],
                                                      o["h"])
                    if o["fill"]:
                        R.FPDFPageObj_SetFillColor(obj, *_rgb(o["fill"]), 255)
                    if o["stroke"]:
                        R.FPDFPageObj_SetStrokeColor(obj, *_rgb(o["stroke"]), 255)
                        R.FPDFPageObj_SetStrokeWidth(obj, o["lw"])
                    R.FPDFPath_SetDrawMode(obj, R.FPDF_FILLMODE_WINDING if o["fill"] else 0,
                                           bool(o["stroke"]))
                    R.FPDFPage_InsertObject(page, obj)
                elif o["op"] == "line":
                    obj = R.FPDFPageObj_CreateNewPath(o["x1"], pg.h - o["y1"])
                    R.FPDFPath_LineTo(obj, o["x2"], pg.h - o["y2"])
                    R.FPDFPageObj_SetStrokeColor(obj, *_rgb(o["color"]), 255)
                    R.FPDFPageObj_SetStrokeWidth(obj, o["lw"])
                    R.FPDFPath_SetDrawMode(obj, 0, True)
                    R.FPDFPage_InsertObject(page, obj)
            assert R.FPDFPage_GenerateContent(page)
            R.FPDF_ClosePage(page)
        for f in fonts.values():
            R.FPDFFont_Close(f)
        out = os.path.join(PDF_DIR, self.name + ".pdf")
        pdfium.PdfDocument(doc).save(out)
        print(f"{self.name}: {self.gold.write()} gold sentences, {len(pages)} pages")


# ---------------------------------------------------------------------------------------------

GRADE_FILL = {"Outstanding": "#1b6e3a", "Good": "#5aa469", "Adequate": "#f2c14e",
              "Requires improvement": "#e8833a", "Inadequate": "#c0392b"}


def u01():
    teal = "#0b4f6c"
    fonts = {"r": CALADEA.format("Regular"), "b": CALADEA.format("Bold"),
             "i": CALADEA.format("Italic"), "s": LIB1.format("Sans-Regular"),
             "sb": LIB1.format("Sans-Bold")}
    d = UDoc("u01_peel_elverdon", fonts, margins=(60, 64, 60, 68),
             note_style=Style("r", 8, 10))
    body = Style("r", 12, 16.5, align="justify")
    h2 = Style("sb", 14, 19, teal)

    def header(lay, page, nb):
        if page.number >= 2:
            lay.text_at(60, 40, "PEEL 2021/22: Elverdon Police", Style("s", 8.5, 10, teal))
            lay.text_at(535, 40, "Police effectiveness, efficiency and legitimacy",
                        Style("s", 8.5, 10, "#666666"), align="right")
        lay.text_at(535, 808, f"{page.number}", Style("sb", 9, 11, teal), align="right")
    d.header = header

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 7, **kw})

    d.text_at(60, 78, "PEEL 2021/22", Style("sb", 11, 13, teal, tracking=3))
    d.y = 90
    d.p("Police effectiveness, efficiency and legitimacy", style=Style("s", 12, 16, "#444444"),
        gold=False, after=2)
    d.p("An inspection of Elverdon Police", style=Style("sb", 24, 30), gold=False, after=6)
    d.p("Published 20 June 2023", style=Style("s", 10, 14, "#444444"), gold=False, after=8)
    d.p(NOTICE, style=Style("i", 11, 15), gold=False, after=12)
    d.heading("Our judgements", h2, before=0)
    b("Our inspectors assessed how good Elverdon Police is in nine areas of policing.",
      "We make graded judgements in eight of these nine areas, as follows.")
    grades = [("Engaging with and treating the public with fairness and respect", "Good"),
              ("Preventing crime and anti-social behaviour", "Outstanding"),
              ("Responding to the public", "Inadequate"),
              ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Good"),
              ("Building, supporting and protecting the workforce", "Adequate"),
              ("Strategic planning, organisational management and value for money", "Good")]
    tx = 60
    d.ensure(len(grades) * 19 + 10)
    for area, g in grades:
        y = d.y
        d.rect(tx, y, 345, 18, fill="#eef3f6")
        d.rect(tx + 347, y, 128, 18, fill=GRADE_FILL[g])
        d.text_at(tx + 6, y + 12.5, area, Style("s", 9, 11))
        d.text_at(tx + 411, y + 12.5, g, Style("sb", 9, 11, "#ffffff" if g not in
                                                ("Adequate",) else "#000000"),
                  align="center")
        d.y += 20
    d.space(8)
    b("We also inspected how effective the force is at providing a service to the victims of "
      "crime, which we do not grade.")
    d.heading("HM Inspector’s summary", h2)
    b("I have concerns about how Elverdon Police responds to calls from the public.",
      "Too often, emergency calls were not answered quickly, and callers who needed help were "
      "left waiting for an officer to arrive.",
      "Some calls that should have been treated as emergencies were given a lower priority, "
      "which placed vulnerable people at risk.")
    b("The force is outstanding at preventing crime and anti-social behaviour.",
      "Its neighbourhood teams are well led and well resourced, and their work is valued by "
      "the communities they serve.^[More than 80 percent of residents who took part in the "
      "force’s survey said that they had confidence in their neighbourhood team.]")
    d.heading("Responding to the public: inadequate", h2)
    b("Elverdon Police is inadequate at responding to the public.",
      "In the six months before our inspection, the force answered only 58 percent of "
      "emergency calls within ten seconds.",
      "Its call handlers did not always use a structured process to assess the risk to "
      "callers, and repeat callers were not always identified.")
    b("The force does not attend incidents quickly enough.",
      "In 11 of the 45 incidents we reviewed, officers arrived later than the force’s own "
      "target, and in four of these the delay had not been explained to the caller.")
    d.p("Areas for improvement", style=Style("sb", 11.5, 15, teal), gold=False, before=2,
        after=3, keep=40)
    for i, t in enumerate(("The force should make sure that it answers emergency and "
                           "non-emergency calls within national standards.",
                           "The force should make sure that its call handlers use a "
                           "structured process to assess risk.",
                           "The force should make sure that it attends incidents within its "
                           "published target times.")):
        d.p(t, style=Style("r", 11.5, 15), indent=22, label=f"{i + 1}.", label_x=4,
            label_style=Style("sb", 10.5, 15, teal), after=3)
    d.space(6)
    d.heading("Investigating crime: requires improvement", h2)
    b("The force needs to improve how it investigates crime.",
      "Investigations were not always allocated promptly, and in some cases the force missed "
      "opportunities to gather evidence early on.",
      "Supervisors reviewed most investigations, but their reviews did not always set clear "
      "actions for the investigating officer.")
    b("The force has recently introduced a new system^[The system records the decisions that "
      "supervisors make and the actions they set.] for supervising investigations, and early "
      "results are encouraging.")
    d.heading("Preventing crime and anti-social behaviour: outstanding", h2)
    b("The force is outstanding at preventing crime.",
      "Its neighbourhood officers spend most of their time in their communities, and they "
      "use problem-solving methods to tackle the causes of crime.")
    d.box_begin(fill="#e6f1f5", stroke=None, pad=9, before=2)
    d.p("Promising practice", style=Style("sb", 11, 15, teal), gold=False, after=3)
    d.p("Neighbourhood officers in Corrister set up a scheme in which local businesses display "
        "a sign to show that they are a safe place for people who feel threatened.",
        "Staff in the businesses are trained to call the police and to look after the person "
        "until officers arrive.",
        "The scheme has since been extended to every town in the force area.",
        style=Style("r", 11, 14.5))
    d.box_end(after=8)
    b("We found that the force evaluates its prevention work carefully and stops activities "
      "that do not work.")
    d.heading("Protecting vulnerable people: adequate", h2)
    b("The force is adequate at protecting vulnerable people.",
      "Officers generally recognised vulnerability when they attended incidents, and they "
      "completed risk assessments for victims of domestic abuse.",
      "But the force does not always make referrals to partner organisations promptly, and "
      "some children who were at risk were not referred for several days.")
    d.heading("Managing offenders and suspects: good", h2)
    b("The force is good at managing offenders and suspects.",
      "It pursues wanted people effectively, and its teams that manage registered sex "
      "offenders do not have a backlog of visits.",
      "It makes good use of ancillary orders to restrict the activities of dangerous "
      "offenders.")
    d.render()


def u02(tmp):
    maroon = "#7a1f3d"
    fonts = {"n": LIB1.format("SansNarrow-Regular"), "nb": LIB1.format("SansNarrow-Bold"),
             "ni": LIB1.format("SansNarrow-Italic"), "cb": CALADEA.format("Bold"),
             "w": os.path.join(tmp, "ProbeWingdings.ttf")}
    d = UDoc("u02_vetting_quillingham", fonts, margins=(58, 62, 58, 66),
             note_style=Style("n", 8, 10))
    body = Style("n", 11.5, 15, hyphenate=True)
    h2 = Style("cb", 15, 20, maroon)

    def footer(lay, page, nb):
        lay.line(58, 790, 537, 790, maroon, 0.6)
        lay.text_at(58, 804, "Vetting, misconduct and misogyny: Quillingham Police",
                    Style("ni", 8.5, 10, "#555555"))
        lay.text_at(537, 804, f"Page {page.number} of {nb - 1}", Style("n", 8.5, 10, "#555555"),
                    align="right")
    d.footer = footer

    def b(*s, **kw):
        d.p(*(soft(x) for x in s), **{"style": body, "after": 7, **kw})

    d.p("An inspection of vetting, misconduct and misogyny", style=Style("cb", 13, 17, maroon),
        gold=False)
    d.p("Quillingham Police", style=Style("cb", 26, 32), gold=False, after=4)
    d.p("September 2023", style=Style("n", 11, 15, "#444444"), gold=False, after=8)
    d.p(NOTICE, style=Style("ni", 11, 15), gold=False, after=12)
    d.reserve_right[1] = 170
    side_y = d.y
    d.heading("Introduction", h2, before=0)
    b("In this inspection, we examined how effectively Quillingham Police vets its officers "
      "and staff, and how it deals with misconduct and with misogynistic and predatory "
      "behaviour.",
      "The inspection was part of a national programme that followed public concern about "
      "the standards of behaviour in the police service.")
    b("We reviewed 120 vetting files and 80 misconduct cases, and we held focus groups with "
      "more than 200 officers and staff.",
      "We also ran an anonymous survey, which was completed by a third of the workforce.")
    d.heading("Vetting", h2)
    b("The force’s vetting unit is well organised, and it has cleared the backlog of "
      "applications that it had in 2022.",
      "Vetting decisions were generally sound and well recorded.")
    b("However, we found cases in which applicants had been cleared despite information that "
      "should have prompted further enquiries.",
      "In six of the files we reviewed, the applicant had been linked to domestic abuse, but "
      "the vetting officer had not recorded how the risk had been assessed.",
      "The force does not routinely check whether officers who already hold vetting clearance "
      "have come to the attention of the police since it was granted.")
    side = [(["At a glance"], Style("nb", 11, 15, maroon), False, 3),
            (["The force has cleared its vetting backlog."], Style("n", 10, 13), True, 4),
            (["Some officers were cleared without enough scrutiny of the risks they posed."],
             Style("n", 10, 13), True, 4),
            (["Most misconduct cases were dealt with fairly and promptly."],
             Style("n", 10, 13), True, 4),
            (["Many female officers and staff told us that they would not report misogynistic "
              "behaviour."], Style("n", 10, 13), True, 0)]
    d.side_box(537 - 155, side_y, 155, side, fill="#f6eaee", stroke=None, pad=9)
    d.heading("Misconduct", h2)
    b("Most misconduct investigations were carried out thoroughly and within a reasonable "
      "time.",
      "The force’s professional standards department has enough investigators, and they "
      "understand the relevant regulations well.")
    b("We were concerned that the force does not always identify patterns of behaviour.",
      "Several officers had been the subject of more than one complaint from women, but each "
      "complaint had been dealt with separately, and no one had considered whether together "
      "they showed a pattern.")
    d.heading("Misogyny and predatory behaviour", h2)
    b("Many of the women we spoke to described sexist comments and behaviour that they had "
      "come to accept as part of working in the force.",
      "Few had reported it, because they did not believe that anything would be done or "
      "because they feared that reporting it would harm their careers.")
    b("The force has taken some positive steps.",
      "It has introduced an anonymous reporting line, and its senior leaders have spoken "
      "openly about the behaviour they expect.",
      "But the force does not yet know whether these measures are making a difference, and "
      "it should:", after=3)
    for t in ("analyse the reports made through its anonymous reporting line;",
              "make sure that supervisors know how to respond when behaviour is reported to "
              "them; and",
              "tell the workforce what action has been taken in response to reports."):
        d.p(soft(t), style=body, indent=24, label=PUA_ARROW, label_x=6,
            label_style=Style("w", 10, 15, maroon), after=3)
    d.space(6)
    d.box_begin(fill=None, stroke=maroon, lw=1.2, pad=9, before=2)
    d.p("Cause of concern", style=Style("nb", 12, 16, maroon), gold=False, after=3)
    d.p("Quillingham Police does not do enough to identify officers and staff who may pose a "
        "risk to women and girls.", style=Style("n", 11.5, 15), after=6)
    d.p("Recommendations", style=Style("nb", 11.5, 15, maroon), gold=False, after=3)
    d.p("By 31 March 2024, the force should:", style=Style("n", 11.5, 15), after=3)
    for i, t in enumerate(("check all officers and staff against its intelligence systems "
                           "at least once a year;",
                           "review the complaints made against each officer and member of "
                           "staff to identify patterns of behaviour; and",
                           "make sure that vetting officers record how they have assessed "
                           "the risk posed by applicants.")):
        d.p(t, style=Style("n", 11.5, 15), indent=26, label=f"({'abc'[i]})", label_x=2,
            after=3)
    d.box_end(after=10)
    b("We will monitor the force’s progress through our regular contact with it, and we will "
      "report on this progress in its next PEEL inspection.")
    d.back_cover()
    d.rect(0, 0, 595.28, 841.89, fill=maroon)
    d.text_at(297.6, 390, "Synthetic inspectorate", Style("cb", 20, 24, "#ffffff"),
              align="center")
    d.text_at(297.6, 416, "September 2023 | Test document, not a real publication",
              Style("n", 11, 14, "#f3dce4"), align="center")
    d.render()


def main():
    if os.environ.get("PROBE20_FAKETIME") != FAKETIME:
        env = dict(os.environ, PROBE20_FAKETIME=FAKETIME, TZ="UTC")
        sys.exit(subprocess.run(["faketime", "-f", FAKETIME, sys.executable,
                                 os.path.abspath(__file__)], env=env).returncode)
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe20_u_") as tmp:
        make_bullet_font(os.path.join(tmp, "ProbeWingdings.ttf"),
                         {0xF0A7: 0x25AA, 0xF0D8: 0x27A2}, "Probe Wingdings")
        u01()
        u02(tmp)


if __name__ == "__main__":
    main()
