"""probe22 v documents: PyX 0.18 (the Python graphics package), which typesets text through
LaTeX (DVI) but writes the PDF itself: its own writer, its own Type 1 font embedding and
subsetting (fonts found through pdftex.map), no pdfTeX, dvipdfmx or Ghostscript in the path.

Each block (heading, paragraph, numbered paragraph, list, box, column) is one PyX ``text``
object typeset by LaTeX in a ``parbox`` of the block's width, so LaTeX breaks, justifies and
hyphenates the lines; this script stacks the blocks down the page, moves a block that does not
fit to the next page, prints the footnotes at the foot of the page that carries their call
(calls are ``\\textsuperscript``), draws boxes, rules and the title band with PyX paths, and
adds the running header and footer.  A paragraph never splits over a page.

PyX hands LaTeX ASCII only, so ``tex()`` turns "’", "“", "–", "£" and U+00A0 into LaTeX input;
the gold keeps the real characters.  PyX takes CreationDate from SOURCE_DATE_EPOCH, and
the script re-runs itself with PYTHONHASHSEED=0 (PyX's glyph order in each font's /Encoding
follows a set's iteration order).

Usage: python3 gen_pyx.py   (writes pdf/vNN_*.pdf and vNN_*.gold.json)
"""
import os
import sys

from common import NOTICE, PDF_DIR, Gold, pieces
from pyx import canvas, color, document, path, style, text, trafo

SOURCE_DATE_EPOCH = "1718872200"   # 2024-06-20 08:30 UTC
W, H = 21.0, 29.7                  # A4 in cm
LEFT, RIGHT, TOP, BOTTOM = 2.4, 2.4, 2.6, 2.6
BODY = W - LEFT - RIGHT
GAP = 0.28                         # cm between blocks
NAVY = color.rgb(0.10, 0.17, 0.36)
TEAL = color.rgb(0.0, 0.40, 0.42)
TINT = color.rgb(0.90, 0.94, 0.95)

TEX = [("\\", "\\textbackslash{}"), ("%", "\\%"), ("&", "\\&"), ("#", "\\#"), ("$", "\\$"),
       ("_", "\\_"), ("{", "\\{"), ("}", "\\}"), ("\u2019", "'"), ("\u2018", "`"),
       ("\u201c", "``"), ("\u201d", "''"), ("\u2013", "--"), ("\u00a3", "\\pounds{}"),
       ("\u00a0", "~")]


def tex(s):
    for a, b in TEX:
        s = s.replace(a, b)
    s.encode("ascii")
    return s


class Doc:
    def __init__(self, name, title, preamble, header):
        self.name = name
        self.title = title
        self.header = header
        self.gold = Gold(name)
        text.set(text.LatexEngine)
        text.preamble(r"\usepackage[T1]{fontenc}\usepackage{pifont}" + preamble
                      + r"\setlength{\parindent}{0pt}\setlength{\emergencystretch}{1em}")
        self.pages = []
        self.fnum = 0
        self.new_page()

    # -- page handling
    def new_page(self):
        self.c = canvas.canvas()
        self.y = H - TOP
        self.notes = []           # footnote texts on this page
        self.pages.append({"canvas": self.c, "notes": self.notes})

    def notes_height(self, notes):
        if not notes:
            return 0
        return sum(self.tbox(n, BODY, r"\footnotesize").bbox().height() for n in notes) + 0.5

    def tbox(self, body, width, size=""):
        return text.text(0, 0, size + " " + body,
                         [text.parbox(width), text.valign.top])

    def place(self, t, x, need=None, notes=(), draw=True):
        """Put a typeset block at the current y (new page first if it does not fit); with
        draw=False only reserve its room (the caller draws it)."""
        h = t.bbox().height()
        need = h if need is None else need
        room = self.y - BOTTOM - self.notes_height(self.notes + list(notes))
        if need > room and self.y < H - TOP - 0.01:
            self.new_page()
        if draw:
            self.c.insert(t, [trafo.translate(x, self.y)])
        self.notes.extend(notes)
        top = self.y
        self.y -= h + GAP
        return top, h

    # -- sentence markup
    def marked(self, *sents, gold=True):
        """LaTeX for sentences of one paragraph, and their footnote texts."""
        out, notes = [], []
        for s in sents:
            if gold:
                self.gold.add(s)
            cur = ""
            for kind, txt in pieces(s):
                if kind == "text":
                    cur += tex(txt)
                else:
                    self.fnum += 1
                    cur += r"\textsuperscript{" + str(self.fnum) + "}"
                    notes.append(r"\textsuperscript{" + str(self.fnum) + r"}\," + tex(txt))
            out.append(cur.strip())
        return " ".join(out), notes

    # -- blocks
    def para(self, *sents, width=BODY, x=LEFT, pre="", gold=True):
        body, notes = self.marked(*sents, gold=gold)
        return self.place(self.tbox(pre + body, width), x, notes=notes)

    def heading(self, s, size=r"\large", col="0.10,0.17,0.36"):
        t = self.tbox(r"\color[rgb]{" + col + "}" + size + r"\bfseries " + tex(s), BODY)
        # keep a heading with 1.8 cm of what follows
        self.place(t, LEFT, need=t.bbox().height() + 1.8)

    def numbered(self, label, *sents):
        body, notes = self.marked(*sents)
        t = self.tbox(r"\hangindent=2.2em\hangafter=1\makebox[2.2em][l]{\bfseries "
                      + tex(label) + "}" + body, BODY)
        self.place(t, LEFT, notes=notes)

    def items(self, mark, sents, indent=1.6):
        for s in sents:
            body, notes = self.marked(s)
            t = self.tbox(r"\raggedright " + body, BODY - indent)
            top, h = self.place(t, LEFT + indent, notes=notes)
            self.c.insert(self.tbox(mark, indent), [trafo.translate(LEFT + 0.5, top)])

    def boxed(self, title, sents, fill=TINT, edge=TEAL):
        body, notes = self.marked(*sents)
        t = self.tbox(r"{\bfseries\color[rgb]{0,0.40,0.42}" + tex(title) + r"}\par\smallskip "
                      + body, BODY - 1.0)
        h = t.bbox().height()
        self.y -= 0.15
        top, h = self.place(t, LEFT + 0.5, need=h + 0.8, notes=notes, draw=False)
        box = path.rect(LEFT, top - h - 0.35, BODY, h + 0.7)
        self.c.fill(box, [fill])
        self.c.stroke(box, [edge, style.linewidth(0.03)])
        self.c.insert(t, [trafo.translate(LEFT + 0.5, top)])   # drawn over the fill
        self.y -= 0.35

    def columns(self, left, right, gap=0.8):
        """Two columns side by side: left and right are lists of paragraphs (lists of
        sentences); the gold has column 1, then column 2."""
        cw = (BODY - gap) / 2
        tops = self.y
        heights, notes_all = [], []
        for ci, col in enumerate((left, right)):
            paras = []
            for sents in col:
                body, notes = self.marked(*sents)
                paras.append(body)
                notes_all.extend(notes)
            t = self.tbox(r"\par\medskip ".join(paras), cw)
            self.c.insert(t, [trafo.translate(LEFT + ci * (cw + gap), tops)])
            heights.append(t.bbox().height())
        self.c.stroke(path.line(LEFT + cw + gap / 2, tops, LEFT + cw + gap / 2,
                                tops - max(heights)), [color.gray(0.6)])
        self.notes.extend(notes_all)
        self.y = tops - max(heights) - GAP

    def table(self, head, rows, widths):
        """A grade table drawn with PyX: header row on navy, zebra rows, rules; not gold."""
        x0 = LEFT + (BODY - sum(widths)) / 2
        cells = []
        for r, row in enumerate([head] + rows):
            ts = [self.tbox((r"\color{white}\bfseries " if r == 0 else "") + tex(v), wd - 0.3)
                  for v, wd in zip(row, widths, strict=True)]
            cells.append((ts, max(t.bbox().height() for t in ts) + 0.25))
        if sum(h for _, h in cells) > self.y - BOTTOM - self.notes_height(self.notes):
            self.new_page()
        y = self.y
        for r, (ts, h) in enumerate(cells):
            if r % 2 == 0:
                self.c.fill(path.rect(x0, y - h, sum(widths), h),
                            [NAVY if r == 0 else color.rgb(0.93, 0.95, 0.97)])
            x = x0
            for t, wd in zip(ts, widths, strict=True):
                self.c.insert(t, [trafo.translate(x + 0.15, y - 0.12)])
                x += wd
            y -= h
            self.c.stroke(path.line(x0, y, x0 + sum(widths), y),
                          [color.gray(0.55), style.linewidth(0.01)])
        self.y = y - GAP - 0.1

    def graded(self, s, grade, tint):
        """A heading with its grade in a coloured tag at the right margin (not gold)."""
        t = self.tbox(r"\color[rgb]{0.10,0.17,0.36}\large\bfseries " + tex(s), BODY - 4.5)
        top, h = self.place(t, LEFT, need=t.bbox().height() + 1.8)
        g = text.text(W - RIGHT - 0.2, top - 0.12, r"\small\bfseries " + tex(grade),
                      [text.halign.right, text.valign.top])
        bb = g.bbox()
        self.c.fill(path.rect(W - RIGHT - bb.width() - 0.4, top - bb.height() - 0.24,
                              bb.width() + 0.4, bb.height() + 0.24), [tint])
        self.c.insert(g)

    def vspace(self, cm):
        self.y -= cm

    def notice(self):
        self.place(self.tbox(r"\itshape\raggedright\hyphenpenalty=10000 " + tex(NOTICE), BODY),
                   LEFT)

    # -- output
    def finish(self, back_cover_lines=None):
        n_body = len(self.pages)
        for i, pg in enumerate(self.pages):
            c = pg["canvas"]
            if pg["notes"]:
                y = BOTTOM + self.notes_height(pg["notes"]) - 0.2
                c.stroke(path.line(LEFT, y, LEFT + 4, y), [style.linewidth(0.015)])
                y -= 0.2
                for n in pg["notes"]:
                    t = self.tbox(r"\footnotesize " + n, BODY)
                    c.insert(t, [trafo.translate(LEFT, y)])
                    y -= t.bbox().height() + 0.05
            if i:
                c.text(LEFT, H - 1.5, r"\footnotesize\color[rgb]{0,0.40,0.42}" + self.header)
                c.stroke(path.line(LEFT, H - 1.7, W - RIGHT, H - 1.7),
                         [TEAL, style.linewidth(0.02)])
            c.text(W - RIGHT, 1.4, rf"\footnotesize Page {i + 1} of {n_body}",
                   [text.halign.right])
        canvases = [pg["canvas"] for pg in self.pages]
        if back_cover_lines:
            c = canvas.canvas()
            c.fill(path.rect(0, 0, W, 5), [NAVY])
            y = 3.6
            for x in back_cover_lines:
                c.text(LEFT, y, r"\footnotesize\color{white}" + tex(x))
                y -= 0.5
            canvases.append(c)
        doc = document.document([document.page(c, paperformat=document.paperformat.A4,
                                               fittosize=0, centered=0)
                                 for c in canvases])
        os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
        doc.writePDFfile(os.path.join(PDF_DIR, self.name + ".pdf"), title=self.title,
                         author="probe22", subject="synthetic test document, fictional force",
                         keywords="probe22 gen_pyx.py")
        n = self.gold.write()
        print(f"{self.name}: {n} gold")


# ---------------------------------------------------------------- v03 cause of concern letter
def v03():
    d = Doc("v03_concern_welbourne", "Welbourne Police cause of concern letter (synthetic)",
            r"\usepackage{lmodern}\usepackage{xcolor}",
            r"Welbourne Police -- cause of concern letter")
    c = d.c
    c.text(W - RIGHT, H - 2.0, r"\color[rgb]{0.10,0.17,0.36}\Large\bfseries His Majesty's "
           r"Inspectorate of Constabulary", [text.halign.right])
    c.text(W - RIGHT, H - 2.6, r"\small Eastern Region \textbullet\ 12 Harbour Gate "
           r"\textbullet\ Ashbury AB7 3LQ", [text.halign.right])
    c.stroke(path.line(LEFT, H - 2.9, W - RIGHT, H - 2.9), [NAVY, style.linewidth(0.04)])
    d.y = H - 3.4
    d.notice()
    d.place(d.tbox(r"\raggedright 21 February 2025\par\medskip Ms Honoria Baskerfield\\ Chief "
                   r"Constable\\ Welbourne Police\\ Police Headquarters, Mill Cross\\ "
                   r"Ashbury AB2 9DN", 9), LEFT)
    d.place(d.tbox("Dear Chief Constable,", BODY), LEFT)
    d.place(d.tbox(r"\bfseries Cause of concern: the management of registered sex offenders in "
                   r"Welbourne Police", BODY), LEFT)
    d.para("This letter sets out a cause of concern we have found in the way Welbourne Police "
           "manages registered sex offenders.",
           "We found this during our inspection of the force in January 2025, and I consider it "
           "serious enough to raise with you before our full report is published.")
    d.para("At the time of our visit, 186 registered sex offenders in the county were overdue "
           "a home visit.^[Visits are overdue when they have not taken place within the "
           "interval set by the offender\u2019s risk level.]",
           "Of these, 23 had been assessed as posing a high or very high risk of serious harm.",
           "In eleven cases, no visit had been made for more than a year.")
    d.para("The force\u2019s offender management unit has fourteen vacant posts, and some "
           "officers each manage more than ninety offenders.",
           "Officers told us that they had stopped carrying out unannounced visits because "
           "they did not have time.",
           "The force told us that it has been unable to recruit experienced detectives to the "
           "unit for more than two years.")
    d.para("We also found that risk assessments were not updated when new information came to "
           "light.",
           "In one case, an offender\u2019s new relationship with a woman who had young "
           "children was not recorded for five months.",
           "Supervisors reviewed fewer than a third of the risk management plans we examined.")
    d.boxed("Cause of concern",
            ["Welbourne Police does not manage the risk posed by registered sex offenders "
             "effectively, and this leaves the public, and children in particular, at risk of "
             "harm."], fill=color.rgb(0.98, 0.93, 0.90), edge=color.rgb(0.65, 0.16, 0.12))
    d.heading("Recommendations", size=r"\normalsize")
    d.para("To address this cause of concern, we recommend that within three months the force "
           "should:")
    for lab, s in (("(a)", "visit every high-risk offender whose visit is overdue, and review "
                           "their risk assessment;"),
                   ("(b)", "produce a plan to fill the vacant posts in its offender management "
                           "unit; and"),
                   ("(c)", "introduce a system that alerts supervisors when a visit becomes "
                           "overdue.")):
        d.numbered(lab, s)
    d.para("I recognise that the force has already taken some action since we raised these "
           "concerns at the end of our fieldwork.",
           "In particular, it has moved six detectives into the offender management unit on a "
           "temporary basis.",
           "This is a welcome first step, but it will not be enough on its own.")
    d.para("I am also concerned that the force\u2019s senior leaders were not aware of the size "
           "of the backlog until our inspection team brought it to their attention.",
           "Good governance should have identified this problem much earlier.")
    d.para("Our team will go back to Welbourne within six months to check what has changed.",
           "Our full report on the force will be published in the spring, and it will include "
           "the findings set out in this letter.")
    d.para("The police and crime commissioner for Welbourne will also receive this letter, and "
           "it will appear on our website.",
           "If any of the points it raises would benefit from a conversation, my office can "
           "arrange one.")
    d.place(d.tbox(r"Yours sincerely,\par\vspace{1.2cm}{\bfseries Cornelius Ashbury}\\ "
                   r"His Majesty's Inspector of Constabulary", BODY), LEFT)
    d.finish()


# ---------------------------------------------------------------- v04 custody inspection
def v04():
    d = Doc("v04_custody_stanfold", "Police custody in Stanfold Constabulary (synthetic)",
            r"\usepackage[scaled]{helvet}\renewcommand\familydefault{\sfdefault}"
            r"\usepackage{xcolor}",
            r"Stanfold Constabulary -- police custody inspection 2024")
    c = d.c
    c.fill(path.rect(0, H - 6.2, W, 6.2), [NAVY])
    c.text(LEFT, H - 1.8, r"\color[rgb]{0.62,0.83,0.84}\small\bfseries POLICE CUSTODY")
    c.text(LEFT, H - 2.5, r"\color{white}\parbox[t]{16cm}{\raggedright\LARGE\bfseries Report on "
           r"an inspection visit to police custody in Stanfold Constabulary}")
    c.text(LEFT, H - 5.0, r"\color{white}\normalsize 8--19 April 2024")
    d.y = H - 6.8
    d.notice()
    d.heading("Summary")
    d.columns(
        [["We inspected the force\u2019s three custody suites, at Harbour Gate, Mill Cross and "
          "Tanyard Lane, over two weeks in April 2024.",
          "Custody staff were respectful and caring, and most detainees we spoke to said they "
          "had been treated well.",
          "However, we found weaknesses in the way the force oversees the use of force in "
          "custody."]],
        [["Detainees with mental ill health sometimes waited too long for an assessment.",
          "Since our last inspection, the force has made good progress on four of the seven "
          "recommendations we made.^[That inspection took place in 2019.]",
          "We have made two new recommendations and identified nine areas for improvement."]])
    d.heading("Leadership, accountability and partnerships")
    d.numbered("2.1", "The force has a clear structure for managing custody, led by a chief "
               "inspector who reports to an assistant chief constable.",
               "A custody user group meets every two months and includes representatives from "
               "health services and the youth offending team.")
    d.numbered("2.2", "The force could not tell us how often force was used on detainees, "
               "because its records were incomplete.",
               "We looked at 30 incidents recorded on CCTV, and in eight of them no record of "
               "the use of force had been made.")
    d.boxed("Detainees\u2019 views",
            ["We spoke to 42 detainees during our visit.",
             "Most said that staff had explained their rights clearly, but several said they "
             "had been cold at night and had not been offered a blanket."])
    d.heading("Individual needs and treatment")
    d.numbered("3.1", "Staff were alert to the needs of detainees who might be vulnerable, "
               "including children and people with learning disabilities.",
               "Children were rarely held overnight, and the force worked well with the local "
               "authority to find alternative accommodation.")
    d.numbered("3.2", "Detainees who were intoxicated were checked and roused at the intervals "
               "set out in their care plans.",
               "Cell call bells were answered promptly during our visit.")
    d.heading("Health care")
    d.numbered("4.1", "Health care is provided by a private contractor, and nurses are based in "
               "each suite around the clock.",
               "Detainees who needed an assessment under the Mental Health Act waited on "
               "average eleven hours for one to be completed.^[The longest wait we found was 26 "
               "hours.]",
               "This is far too long for people who are often distressed.")
    d.heading("Recommendations")
    d.items(r"\color[rgb]{0,0.40,0.42}\ding{228}",
            ["Every use of force in custody should be recorded, and a senior officer should "
             "review each record.",
             "The force and its health partners should reduce the time that detainees wait for "
             "a mental health assessment."])
    d.heading("Conclusion")
    d.para("Overall, custody in Stanfold is provided safely and with respect for the people "
           "held.",
           "The force now needs to improve its oversight of the use of force and to work with "
           "partners to reduce the delays faced by people in mental health crisis.")
    d.para("We will publish a full account of our findings, including the areas for "
           "improvement, later this year.",
           "Staff in all three suites gave our team every help during the visit, for which we "
           "are grateful.")
    d.finish(["Synthetic probe22 document v04 (back cover)",
              "Stanfold Constabulary is a fictional force.", "Made with PyX 0.18 and LaTeX"])


# ---------------------------------------------------------------- v05 PEEL 2021/22, Charter
def v05():
    d = Doc("v05_peel_brackwater", "PEEL 2021/22 Brackwater Constabulary (synthetic)",
            r"\usepackage{charter}\usepackage{xcolor}",
            r"Brackwater Constabulary -- PEEL 2021/22")
    c = d.c
    c.fill(path.rect(LEFT, H - 6.1, 0.22, 3.8), [TEAL])
    c.text(LEFT + 0.6, H - 2.7, r"\color[rgb]{0,0.40,0.42}\small\bfseries PEEL 2021/22")
    c.text(LEFT + 0.6, H - 3.5, r"\color[rgb]{0.10,0.17,0.36}\huge\bfseries Police "
           r"effectiveness, efficiency")
    c.text(LEFT + 0.6, H - 4.4, r"\color[rgb]{0.10,0.17,0.36}\huge\bfseries and legitimacy")
    c.text(LEFT + 0.6, H - 5.3, r"\large An inspection of Brackwater Constabulary")
    c.text(LEFT + 0.6, H - 5.9, r"\small February 2022")
    d.y = H - 6.6
    d.notice()
    d.heading("Overall summary")
    d.para("Our team spent eight weeks with Brackwater Constabulary at the end of 2021.",
           "The grades below show how well we consider the force performs in each area we "
           "assessed.")
    d.table(("Area of policing", "Grade"),
            [("Recording data about crime", "Good"),
             ("Treatment of the public", "Good"),
             ("Preventing crime and anti-social behaviour", "Adequate"),
             ("Responding to the public", "Inadequate"),
             ("Investigating crime", "Requires improvement"),
             ("Protecting vulnerable people", "Good"),
             ("Managing offenders and suspects", "Adequate"),
             ("Disrupting serious organised crime", "Outstanding"),
             ("Building, supporting and protecting the workforce", "Adequate"),
             ("Strategic planning, organisational management and value for money",
              "Adequate")], [11.0, 4.2])
    d.para("We did not grade the force\u2019s service to victims of crime, but our findings on "
           "it appear in the relevant sections.")
    d.heading("Summary of findings")
    d.para("Brackwater Constabulary is a well-led force that has improved in several important "
           "areas since our last inspection.",
           "It records crime accurately, and it treats the public with fairness and respect.",
           "Its work to disrupt serious and organised crime is outstanding, and we saw several "
           "examples of organised crime groups being dismantled.^[One operation led to the "
           "conviction of 17 people for supplying drugs in Culverstone and the surrounding "
           "villages.]")
    d.para("Its response to the public, however, we judge to be inadequate.",
           "Too many emergency calls are not answered within ten seconds, and the force does "
           "not always attend incidents quickly enough to keep people safe.")
    d.graded("Responding to the public", "Inadequate", color.rgb(0.96, 0.78, 0.74))
    d.para("In the twelve months before our inspection, the force answered only 74 per cent of "
           "emergency calls within ten seconds.",
           "We found that callers who were at risk of harm sometimes waited more than an hour "
           "for an officer to arrive.",
           "The force does not have enough trained call handlers, and it has struggled to "
           "retain those it recruits.")
    d.boxed("Cause of concern",
            ["Brackwater Constabulary does not answer and attend calls for service quickly "
             "enough, and this puts vulnerable people at risk.",
             "Within three months, the force should review its control room staffing and put "
             "in place a plan to answer calls promptly."],
            fill=color.rgb(0.98, 0.93, 0.90), edge=color.rgb(0.65, 0.16, 0.12))
    d.graded("Disrupting serious organised crime", "Outstanding", color.rgb(0.74, 0.88, 0.80))
    d.para("The force has a detailed understanding of the organised crime groups operating in "
           "its area.",
           "It uses every available power to disrupt them, including civil orders and the "
           "seizure of criminal assets.",
           "Its work with schools to steer children away from county lines drug dealing is "
           "particularly strong.")
    d.graded("Protecting vulnerable people", "Good", color.rgb(0.80, 0.90, 0.86))
    d.para("Officers identify vulnerability well, and the force\u2019s safeguarding referrals "
           "are of a high quality.",
           "The force makes good use of domestic violence protection orders to keep victims "
           "safe.")
    d.heading("Areas for improvement", size=r"\normalsize")
    d.items(r"\color[rgb]{0,0.40,0.42}\ding{110}",
            ["The force should shorten the time that callers to its non-emergency line wait "
             "for an answer.",
             "The force should improve the quality of its supervision of officers who "
             "investigate crime.",
             "Victims should always be told when the force closes their case."],
            indent=1.0)
    d.graded("Strategic planning, organisational management and value for money", "Adequate",
             color.rgb(0.88, 0.90, 0.94))
    d.para("The force has a balanced budget and a realistic plan for the next four years.",
           "It should do more to understand whether its investment in new technology has saved "
           "officers time.")
    d.heading("Conclusion", size=r"\normalsize")
    d.para("I am confident that the force\u2019s leaders understand what needs to be done.",
           "We will monitor its progress on the cause of concern closely.")
    d.finish(["Synthetic probe22 document v05 (back cover)",
              "Brackwater Constabulary is a fictional force.", "Made with PyX 0.18 and LaTeX"])


if __name__ == "__main__":
    if os.environ.get("PYTHONHASHSEED") != "0":
        # PyX orders the glyphs of each font's custom /Encoding by iterating a set of glyph
        # names, so string hashing must be fixed for byte-identical rebuilds
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable] + sys.argv)
    os.makedirs(PDF_DIR, exist_ok=True)
    v03()
    v04()
    v05()
