"""Build pdf/iNN_*.pdf and their gold with Ipe 7.2.26 (Debian package ipe; ipetoipe -pdf).

Each document is written as an Ipe XML file (in $PROBE23_WORK) whose text objects are LaTeX
minipages; ipetoipe runs pdfLaTeX on them (so TeX breaks, justifies and hyphenates the lines)
and then writes the PDF itself, with every text object as a Form XObject and the Ipe source kept
in the file, as when a document is saved from the Ipe editor.  Blocks are stacked down the page
by this script, which first measures them: a first ipetoipe run sets every block on a page of its
own, and the height of each block is read from its XObject's /BBox (with pypdf).  Ipe numbers
the pages itself (the style sheet's page number style) in i04 and i06.  The gold is written from
the same sentence strings.
Usage: python3 gen_ipe.py [NAME ...]
"""
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

from common import FN, NOTICE, PDF_DIR, Gold

WORK = os.environ.get("PROBE23_WORK", "/tmp/probe23_work")
IPE_WORK = os.path.join(WORK, "ipe")
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1700000000", FORCE_SOURCE_DATE="1")

PAGE_W, PAGE_H = 595, 842

TEX_SPECIAL = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
               "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
               "\\": r"\textbackslash{}", "\u00a0": "~"}


def tex(s):
    return "".join(TEX_SPECIAL.get(c, c) for c in s)


class Doc:
    def __init__(self, name, preamble, colors, info, numbering=None):
        self.name = name
        self.gold = Gold(name)
        self.preamble = preamble
        self.colors = colors
        self.info = info
        self.numbering = numbering
        self.blocks = []
        self.notes = 0
        self.base = r"\fontsize{10.5}{14}\selectfont "
        self.para_after = 6

    # ---- text -------------------------------------------------------------------------------
    def sent(self, s, gold=True):
        """LaTeX for one marked-up sentence; footnotes become numbered calls (the note texts
        are collected for the foot of the page)."""
        out, notes, pos = [], [], 0
        for m in FN.finditer(s):
            out.append(tex(s[pos:m.start()]))
            self.notes += 1
            out.append(r"\textsuperscript{" + str(self.notes) + "}")
            notes.append((self.notes, m.group(1)))
            pos = m.end()
        out.append(tex(s[pos:]))
        if gold:
            self.gold.add(s)
        return "".join(out), notes

    def sents(self, ss, gold=True):
        parts, notes = [], []
        for s in ss:
            t, n = self.sent(s, gold)
            parts.append(t)
            notes += n
        return " ".join(parts), notes

    # ---- blocks -----------------------------------------------------------------------------
    def add(self, kind, **kw):
        kw["kind"] = kind
        kw.setdefault("notes", [])
        kw.setdefault("after", 6)
        self.blocks.append(kw)
        return kw

    def text(self, latex, x=56, w=483, **kw):
        return self.add("text", latex=self.base + latex, x=x, w=w, **kw)

    def para(self, ss, pre="", gold=True, **kw):
        kw.setdefault("after", self.para_after)
        t, notes = self.sents(ss, gold)
        return self.text(pre + t, notes=notes, **kw)

    def label(self, latex, **kw):
        kw.setdefault("after", 2)
        return self.text(latex, **kw)

    def heading(self, latex, **kw):
        kw.setdefault("after", 4)
        kw.setdefault("before", 6)
        return self.text(latex, keep=True, **kw)

    # ---- measuring and layout -----------------------------------------------------------------
    def minipages(self):
        for b in self.blocks:
            if b["kind"] == "text":
                yield b, "latex", b["w"]
            elif b["kind"] == "box":
                yield b, "latex", b["w"] - 2 * b["pad"] - b.get("bar", 0)
            elif b["kind"] == "cols":
                for i in range(len(b["cols"])):
                    yield b, i, b["colw"]
            for i in range(len(b["notes"])):
                yield b, ("note", i), 465

    def note_latex(self, n, t):
        return (r"\footnotesize\hangindent=10pt\hangafter=1\noindent"
                r"\makebox[10pt][l]{\textsuperscript{" + str(n) + "}}" + tex(t))

    def get_latex(self, b, key):
        if key == "latex":
            return b["latex"]
        if isinstance(key, int):
            return b["cols"][key]
        n, t = b["notes"][key[1]]
        return self.note_latex(n, t)

    def xml(self, pages, extra_style=""):
        colors = "".join(f'<color name="{k}" value="{v}"/>\n' for k, v in self.colors.items())
        num = ""
        if self.numbering:
            num = self.numbering + "\n"
        info = " ".join(f'{k}="{escape(v)}"' for k, v in self.info.items())
        if self.numbering:
            info += ' numberpages="yes"'
        out = ['<?xml version="1.0"?>\n<!DOCTYPE ipe SYSTEM "ipe.dtd">\n'
               '<ipe version="70218" creator="Ipe 7.2.26">\n',
               f"<info {info}/>\n",
               f"<preamble>{escape(self.preamble)}</preamble>\n",
               '<ipestyle name="probe23">\n'
               f'<layout paper="{PAGE_W} {PAGE_H}" origin="0 0" frame="{PAGE_W} {PAGE_H}" '
               'crop="no"/>\n', colors, num,
               '<textsize name="small" value="\\small"/>\n'
               '<textsize name="footnote" value="\\footnotesize"/>\n',
               extra_style, "</ipestyle>\n"]
        for objs in pages:
            out.append('<page>\n<layer name="alpha"/>\n<view layers="alpha" active="alpha"/>\n')
            out.extend(objs)
            out.append("</page>\n")
        out.append("</ipe>\n")
        return "".join(out)

    @staticmethod
    def mp(x, y, w, latex, color="black"):
        return (f'<text layer="alpha" transformations="translations" pos="{x:.2f} {y:.2f}" '
                f'stroke="{color}" type="minipage" width="{w:.2f}" valign="top">'
                f"{escape(latex)}</text>\n")

    @staticmethod
    def rect(x, y, w, h, fill=None, stroke=None, pen=None):
        attrs = ""
        if stroke:
            attrs += f' stroke="{stroke}"'
        if fill:
            attrs += f' fill="{fill}"'
        if pen:
            attrs += f' pen="{pen}"'
        return (f'<path layer="alpha"{attrs}>\n{x:.2f} {y:.2f} m\n{x + w:.2f} {y:.2f} l\n'
                f"{x + w:.2f} {y + h:.2f} l\n{x:.2f} {y + h:.2f} l\nh\n</path>\n")

    @staticmethod
    def line(x1, y1, x2, y2, stroke="black", pen="0.5"):
        return (f'<path layer="alpha" stroke="{stroke}" pen="{pen}">\n{x1:.2f} {y1:.2f} m\n'
                f"{x2:.2f} {y2:.2f} l\n</path>\n")

    def run_ipe(self, xml, base, export):
        os.makedirs(IPE_WORK, exist_ok=True)
        src = os.path.join(IPE_WORK, base + ".ipe")
        with open(src, "w", encoding="utf-8") as f:
            f.write(xml)
        out = os.path.join(IPE_WORK, base + ".pdf")
        args = ["ipetoipe", "-pdf"] + (["-export"] if export else []) + [src, out]
        r = subprocess.run(args, env=ENV, cwd=IPE_WORK, capture_output=True, text=True)
        if r.returncode != 0 or not os.path.exists(out):
            sys.stderr.write(r.stdout + r.stderr)
            raise SystemExit(f"ipetoipe failed for {base}")
        return out

    def measure(self):
        import pypdf
        items = list(self.minipages())
        pages = [[self.mp(0, 800, w, self.get_latex(b, k))] for b, k, w in items]
        numbering, self.numbering = self.numbering, None
        pdf = self.run_ipe(self.xml(pages), self.name + ".measure", export=True)
        self.numbering = numbering
        r = pypdf.PdfReader(pdf)
        for (b, k, _), pg in zip(items, r.pages, strict=True):
            # Ipe gives every page the same resource dictionary, listing all the document's
            # XObjects; the one a page draws is named in its content stream.
            used = re.findall(rb"/(Fm\d+) Do", pg.get_contents().get_data())
            assert len(used) == 1, used
            xo = pg["/Resources"]["/XObject"]["/" + used[0].decode()].get_object()
            b.setdefault("h", {})[k] = float(xo["/BBox"][3]) - 1

    def height(self, b):
        if b["kind"] == "text":
            return b["h"]["latex"]
        if b["kind"] == "box":
            return b["h"]["latex"] + 2 * b["pad"]
        if b["kind"] == "cols":
            return max(b["h"][i] for i in range(len(b["cols"])))
        if b["kind"] in ("space", "rule"):
            return b.get("hgt", 0)
        return 0

    def note_height(self, b):
        return sum(b["h"][("note", i)] + 2 for i in range(len(b["notes"])))

    def layout(self, top1, top, bottom, header=None, footer=None, back=None):
        """Stack the blocks down the pages.  Returns the pages' object lists."""
        pages, objs = [], []
        y = top1
        notes_here = []      # (block) whose notes go at the foot of this page
        reserve = 0.0

        def finish():
            nonlocal objs
            if notes_here:
                ny = bottom + reserve
                objs.append(self.line(56, ny - 3, 176, ny - 3, "grey", "0.4"))
                ny -= 6
                for nb in notes_here:
                    for i, _ in enumerate(nb["notes"]):
                        objs.append(self.mp(56, ny, 465, self.get_latex(nb, ("note", i))))
                        ny -= nb["h"][("note", i)] + 2
            pages.append(objs)
            objs = []

        i = 0
        blocks = self.blocks
        while i < len(blocks):
            b = blocks[i]
            if b["kind"] == "newpage":
                finish()
                notes_here, reserve, y = [], 0.0, top
                i += 1
                continue
            y -= b.get("before", 0)
            h = self.height(b)
            need = h
            nh = self.note_height(b) + (10 if b["notes"] and not notes_here else 0)
            if b.get("keep") and i + 1 < len(blocks):
                nb = blocks[i + 1]
                need += b["after"] + nb.get("before", 0) + min(self.height(nb), 40)
            if y - need < bottom + reserve + nh and y < top - 1:
                finish()
                notes_here, reserve = [], 0.0
                y = top
                nh = self.note_height(b) + (10 if b["notes"] else 0)
            if b["notes"]:
                notes_here.append(b)
                reserve += nh
            kind = b["kind"]
            if kind == "text":
                objs.append(self.mp(b["x"], y, b["w"], b["latex"], b.get("color", "black")))
            elif kind == "box":
                objs.append(self.rect(b["x"], y - h, b["w"], h, b.get("fill"), b.get("stroke"),
                                      b.get("pen")))
                if b.get("bar"):
                    objs.append(self.rect(b["x"], y - h, b["bar"] - 3, h, b["barcolor"]))
                objs.append(self.mp(b["x"] + b["pad"] + b.get("bar", 0), y - b["pad"],
                                    b["w"] - 2 * b["pad"] - b.get("bar", 0), b["latex"]))
            elif kind == "cols":
                for k, lt in enumerate(b["cols"]):
                    objs.append(self.mp(b["x"] + k * (b["colw"] + b["gap"]), y, b["colw"], lt))
                xm = b["x"] + b["colw"] + b["gap"] / 2
                objs.append(self.line(xm, y, xm, y - h, "grey", "0.4"))
            elif kind == "rule":
                objs.append(self.line(b["x"], y, b["x"] + b["w"], y, b["color"], b["pen"]))
            elif kind == "raw":
                objs.extend(b["objs"])
            y -= h + b["after"]
            i += 1
        finish()
        for n, objs in enumerate(pages):
            if header and n > 0:
                objs.extend(header(n))
            if footer:
                objs.extend(footer(n, len(pages)))
        if back:
            pages.append(back)
        return pages

    def layout_all(self, **kw):
        self.measure()
        return self.layout(**kw)

    def build(self, pages, extra_style=""):
        pdf = self.run_ipe(self.xml(pages, extra_style), self.name, export=False)
        os.makedirs(PDF_DIR, exist_ok=True)
        os.replace(pdf, os.path.join(PDF_DIR, self.name + ".pdf"))
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


def lst(items, label, left=16, sep=5, itemsep=3):
    """A LaTeX list with one label for every item (bullets) or given labels."""
    body = "".join(r"\item[" + (lab if lab is not None else label) + "] " + t
                   for lab, t in items)
    return (rf"\begin{{list}}{{}}{{\setlength{{\leftmargin}}{{{left}pt}}"
            rf"\setlength{{\labelwidth}}{{{left - sep}pt}}\setlength{{\labelsep}}{{{sep}pt}}"
            rf"\setlength{{\itemsep}}{{{itemsep}pt}}\setlength{{\topsep}}{{0pt}}"
            r"\setlength{\parsep}{0pt}\setlength{\partopsep}{0pt}"
            r"\renewcommand{\makelabel}[1]{#1\hfil}}" + body + r"\end{list}")


NOTICE_TEX = (r"\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000\textit{" + tex(NOTICE)
              + "}")


def band(doc, kicker, title, sub, color="navy", h=104):
    """A full-width coloured title band at the top of page 1 (not gold)."""
    return doc.add("raw", after=0, objs=[
        Doc.rect(0, PAGE_H - h, PAGE_W, h, color),
        Doc.mp(56, PAGE_H - 26, 483, r"\small\textsc{" + tex(kicker) + "}", "white"),
        Doc.mp(56, PAGE_H - 44, 483, r"\LARGE\bfseries " + tex(title), "white"),
        Doc.mp(56, PAGE_H - 76, 483, r"\normalsize " + tex(sub), "white"),
    ])


# ---------------------------------------------------------------------------------------------
def i04():
    pre = (r"\usepackage[T1]{fontenc}\usepackage{tgpagella}\usepackage{pifont}"
           r"\usepackage[british]{babel}")
    d = Doc("i04_cdi_lindholt", pre,
            {"navy": "0.05 0.2 0.4", "grey": "0.45", "tint": "0.9 0.93 0.97",
             "teal": "0 0.42 0.45"},
            {"title": "Lindholt Constabulary: crime data integrity inspection 2024 (synthetic)",
             "author": "probe23", "subject": "Synthetic crime data integrity report",
             "keywords": "probe23, synthetic, crime data integrity",
             "created": "D:20240916083000", "modified": "D:20240916083000"},
            numbering=('<pagenumberstyle pos="297.5 34" color="grey" size="small" '
                       'halign="center">Page \\arabic{ipePage} of \\arabic{ipePages}'
                       "</pagenumberstyle>"))
    band(d, "Crime data integrity inspection 2024", "Lindholt Constabulary",
         "An inspection of how accurately the force records crime, September 2024")
    d.text(NOTICE_TEX, before=0, after=10)
    d.blocks[-1]["top_gap"] = 0
    d.heading(r"\Large\bfseries\color{navy}Summary")
    cols = [
        ["Lindholt Constabulary now records an estimated 91.7 per cent of reported crime, up "
         "from 84.2 per cent in our 2019 estimate.",
         "This leaves about 7,400 crimes unrecorded each year, against roughly 15,000 when we "
         "last inspected.",
         "The force now records violent crime more accurately, but it still misses some "
         "reports of harassment and stalking."],
        ["Leaders have given crime recording a high priority, and the improvement owes much to "
         "their commitment.",
         "Staff in the crime management unit understand the national crime recording rules "
         "well.",
         "However, the force cancels some crimes without enough evidence, and the unit’s own "
         "audits do not check these decisions."],
    ]
    lat = []
    for c in cols:
        parts = [d.sent(s)[0] for s in c]
        lat.append(r"\fontsize{10}{13}\selectfont " + r"\par\smallskip ".join(parts))
    d.add("cols", x=56, colw=231, gap=21, cols=lat, after=10)

    def num(label, ss):
        t, notes = d.sents(ss)
        d.text(lst([(r"\textbf{" + label + "}", t)], None, left=30, sep=6), notes=notes)

    d.heading(r"\large\bfseries\color{navy}1. Leadership and governance")
    num("1.1", ["The deputy chief constable chairs a monthly board that oversees crime "
                "recording, and its minutes show that agreed actions are followed up.",
                "Every district commander receives a weekly report on recording accuracy in "
                "their area."])
    num("1.2", ["Senior leaders have made clear to the workforce that accurate recording "
                "matters, and the officers we spoke to^[We held focus groups with 48 officers "
                "and staff in Holmsworth, Tarrenby and Lidcote.] understood why.",
                "The force crime registrar has the authority and the resources the role "
                "needs."])
    box_s = [d.sent(s)[0] for s in [
        "We examine a sample of incident records and decide, for each one, whether a crime "
        "should have been recorded.",
        "We then compare our decisions with what the force actually recorded.",
        "The result is an estimate with a margin of error, which for Lindholt is plus or minus "
        "2.1 percentage points."]]
    d.add("box", x=90, w=415, pad=9, fill="tint", stroke="navy", pen="0.6", before=4,
          after=10, latex=r"\fontsize{10}{13}\selectfont\textbf{\color{navy}How we estimate recording accuracy}"
          r"\par\smallskip " + " ".join(box_s))
    d.heading(r"\large\bfseries\color{navy}2. Systems and processes")
    num("2.1", ["Most crimes reported by telephone are now recorded by trained staff at the "
                "point of first contact.",
                "This has reduced the number of reports that are lost while officers are "
                "deployed."])
    num("2.2", ["Reports of crime made online are checked within a day, and we found few "
                "errors in how they were recorded.",
                "Anti-social behaviour incidents are reviewed each morning, and crimes hidden "
                "within them are usually found."])
    num("2.3", ["The force still struggles with crimes disclosed during other incidents, such "
                "as a domestic abuse call in which the victim mentions an earlier assault.",
                "In these cases the additional crime was recorded in only about two thirds of "
                "the records we examined.^[We examined 212 incident records for this part of "
                "the inspection.]"])
    d.heading(r"\large\bfseries\color{navy}3. People and skills")
    num("3.1", ["All call handlers and most response officers have completed training on the "
                "crime recording rules.",
                "Some newer detectives told us they were unsure when a crime could be "
                "cancelled, and the force has not yet trained them."])
    num("3.2", ["The crime management unit is well staffed, and its backlog of records "
                "awaiting review has fallen sharply this year.",
                "Its staff told us they feel valued and well supported by their managers."])
    d.heading(r"\large\bfseries\color{navy}Recommendations")
    d.para(["We make two recommendations."], pre=r"\normalsize ", after=3)
    items = []
    for s in ["The force should, within three months, start recording every crime disclosed "
              "during another incident.",
              "Detectives should be trained in the rules on cancelling crimes within six "
              "months, and cancellation decisions should be included in the force’s audits."]:
        items.append((None, d.sent(s)[0]))
    d.text(lst(items, r"\color{teal}\ding{226}", left=18, sep=6), after=8)
    d.para(["We will check the force’s progress against these recommendations when we next "
            "inspect it."])

    def header(n):
        return [Doc.mp(56, PAGE_H - 30, 483, r"\small\itshape Lindholt Constabulary: crime "
                       r"data integrity inspection 2024", "grey"),
                Doc.line(56, PAGE_H - 44, 539, PAGE_H - 44, "grey", "0.4")]
    pages = d.layout_all(top1=PAGE_H - 120, top=PAGE_H - 58, bottom=58, header=header)
    d.build(pages)


# ---------------------------------------------------------------------------------------------
def i05():
    pre = (r"\usepackage[T1]{fontenc}\usepackage{tgheros}\renewcommand{\familydefault}"
           r"{\sfdefault}\usepackage{pifont}\usepackage{colortbl}\usepackage[british]{babel}")
    d = Doc("i05_peel_brindlecombe", pre,
            {"navy": "0.08 0.16 0.36", "grey": "0.45", "teal": "0 0.45 0.48",
             "tint": "0.91 0.95 0.95"},
            {"title": "PEEL 2021/22: an inspection of Brindlecombe Police (synthetic)",
             "author": "probe23", "subject": "Synthetic PEEL inspection report",
             "keywords": "probe23, synthetic, PEEL",
             "created": "D:20220315110000", "modified": "D:20220315110000"})
    d.base = r"\fontsize{10}{13.5}\selectfont "
    band(d, "PEEL 2021/22", "Brindlecombe Police",
         "Police effectiveness, efficiency and legitimacy: an inspection of Brindlecombe "
         "Police, March 2022", color="teal")
    d.text(NOTICE_TEX, after=10)
    d.heading(r"\Large\bfseries\color{navy}Overall summary")
    d.para(["This report sets out our findings from the PEEL inspection of Brindlecombe Police "
            "carried out in the autumn of 2021.",
            "The force performs well in most of the areas we inspected, but the way it "
            "investigates crime needs to improve.",
            "The grades we gave the force are shown in the table below."], after=8)
    grades = [("Engaging with and treating the public with fairness and respect", "Good"),
              ("Preventing crime and anti-social behaviour", "Outstanding"),
              ("Responding to the public", "Adequate"),
              ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Adequate"),
              ("Managing offenders and suspects", "Good"),
              ("Building, supporting and protecting the workforce", "Good"),
              ("Strategic planning, organisational management and value for money",
               "Adequate"),
              ("Providing a service to the victims of crime", "Not graded")]
    fills = {"Outstanding": "0.78 0.9 0.8", "Good": "0.88 0.95 0.88",
             "Adequate": "0.97 0.94 0.82", "Requires improvement": "0.98 0.86 0.76",
             "Not graded": "0.93 0.93 0.93"}
    rows = "".join(tex(a) + r" & \cellcolor[rgb]{" + fills[g] + r"}\textbf{" + g
                   + r"}\\\hline " for a, g in grades)
    d.text(r"\small\renewcommand{\arraystretch}{1.35}"
           r"\begin{tabular}{|p{330pt}|p{120pt}|}\hline "
           r"\rowcolor[rgb]{0.08 0.16 0.36}\textcolor{white}{\textbf{Area of policing}} & "
           r"\textcolor{white}{\textbf{Grade}}\\\hline " + rows + r"\end{tabular}", after=10)

    def judged(area, grade, ss, **kw):
        g = (": " + r"\mbox{\color{teal}" + grade + "}") if grade else ""
        d.heading(r"\large\bfseries\color{navy}" + tex(area) + g)
        d.para(ss, **kw)

    judged("Providing a service to the victims of crime", None,
           ["We audited 120 crime reports to see how well the force treats victims from the "
            "first call to the end of the investigation.",
            "Most victims received a prompt and appropriate response, and crimes were generally "
            "recorded correctly.",
            "However, victims’ views were often not recorded when an investigation was "
            "closed."])
    judged("Engaging with and treating the public with fairness and respect", "good",
           ["The force knows what matters to its communities, and it asks for their views in "
            "several different ways.",
            "Its use of stop and search is scrutinised by an independent panel that includes "
            "young people from Drewcombe and Bexwick."])
    judged("Preventing crime and anti-social behaviour", "outstanding",
           ["Preventing crime is at the heart of the force’s approach, and its neighbourhood "
            "teams work with partners to solve local problems.",
            "In Carwood, a joint project with the housing association reduced reports of "
            "anti-social behaviour by more than a third in a year.^[Figures supplied by the "
            "force and checked against its incident records.]"])
    judged("Responding to the public", "adequate",
           ["Calls to the emergency number are answered quickly, but waiting times for the "
            "non-emergency line rose sharply during 2021.",
            "The force does not always send officers to incidents within the times it has set, "
            "particularly in rural areas."])
    judged("Investigating crime", "requires improvement",
           ["Too many investigations are not supervised effectively, and some lack a clear "
            "plan.",
            "We found cases in which obvious lines of enquiry, such as checking CCTV or "
            "speaking to witnesses, had not been followed.",
            "Supervisors should review investigations regularly and record each review."])
    judged("Protecting vulnerable people", "adequate",
           ["The force identifies vulnerable people well at first contact, and its risk "
            "assessments for domestic abuse are generally sound.",
            "Its use of powers such as domestic violence protection orders^[These civil orders "
            "can stop a suspected abuser from contacting the victim for up to 28 days.] has "
            "increased, but the orders are not always monitored once they are in place."])
    judged("Managing offenders and suspects", "good",
           ["Wanted suspects are arrested promptly, and the force has a clear process for "
            "prioritising them.",
            "Its management of registered sex offenders is effective, and there is no backlog "
            "of home visits."])
    judged("Building, supporting and protecting the workforce", "good",
           ["The force has worked hard to improve the wellbeing of its workforce, and the "
            "officers and staff we met recognised this.",
            "Its leadership development programmes are well regarded."])
    judged("Strategic planning, organisational management and value for money", "adequate",
           ["The force has a reasonable understanding of current demand, but its financial "
            "plans rely on savings that have not yet been identified.",
            "It has invested in new technology, although some officers told us that they had "
            "not been trained to use it."])
    items = [(None, d.sent(s)[0]) for s in [
        "The force should improve the supervision of investigations.",
        "Victims’ views should be recorded whenever an investigation is closed.",
        "It should monitor compliance with protective orders once they are granted."]]
    d.add("box", x=56, w=483, pad=10, fill="tint", bar=6, barcolor="teal", before=6,
          after=10, latex=d.base + r"\textbf{\color{navy}Areas for improvement}\par\smallskip "
          + lst(items, r"\color{teal}\ding{108}", left=16, sep=6))
    d.para(["Our routine monitoring of the force will track these areas for improvement."])

    def header(n):
        return [Doc.mp(56, PAGE_H - 30, 483, r"\footnotesize PEEL 2021/22 \textbar\ "
                       r"Brindlecombe Police", "grey"),
                Doc.line(56, PAGE_H - 42, 539, PAGE_H - 42, "teal", "0.6")]

    def footer(n, total):
        return [Doc.mp(56, 44, 483, r"\footnotesize\hfill Page " + str(n + 1), "grey")]

    back = [Doc.rect(0, 0, PAGE_W, 260, "teal"),
            Doc.mp(56, 200, 483, r"\bfseries\large\color{white}\copyright\ HMICFRS 2022"),
            Doc.mp(56, 176, 400, r"\footnotesize\color{white} This synthetic test document "
                   r"may be reused under the terms of an open licence. Enquiries about it "
                   r"should go to the probe23 corpus, Lidcote House, 7 Swanbeck Row, Roxholme "
                   r"RX2 9FD."),
            Doc.mp(56, 130, 400, r"\footnotesize\color{white} www.example.org/probe23")]
    pages = d.layout_all(top1=PAGE_H - 120, top=PAGE_H - 58, bottom=62, header=header,
                         footer=footer, back=back)
    d.build(pages)


# ---------------------------------------------------------------------------------------------
def i06():
    pre = (r"\usepackage[T1]{fontenc}\usepackage{bookman}\usepackage[british]{babel}")
    d = Doc("i06_letter_cressbeck", pre,
            {"navy": "0.1 0.15 0.35", "grey": "0.4"},
            {"title": "Cressbeck Constabulary: review of the response to missing people "
                      "(synthetic letter)",
             "author": "probe23", "subject": "Synthetic letter",
             "created": "D:20230221093000", "modified": "D:20230221093000"},
            numbering=('<pagenumberstyle pos="539 40" color="grey" size="small" '
                       'halign="right">Page \\arabic{ipePage} of \\arabic{ipePages}'
                       "</pagenumberstyle>"))
    d.base = r"\fontsize{10.5}{14}\selectfont "
    d.para_after = 9
    d.text(r"\raggedleft\color{navy}\bfseries\large His Majesty’s Inspectorate of Constabulary"
           r"\\ and Fire \& Rescue Services\par\mdseries\footnotesize\color{grey} "
           r"Lidcote House, 7 Swanbeck Row, Roxholme RX2 9FD\\ probe23-letters@example.org",
           after=4)
    d.add("rule", x=56, w=483, color="navy", pen="1", after=14)
    d.text(NOTICE_TEX, after=12)
    d.text(r"\raggedright Chief Constable Rosalind Thackwray\\ Cressbeck Constabulary\\ "
           r"Headquarters\\ Embleby Road\\ Roxholme RX5 8JA", after=6)
    d.text(r"\raggedleft Our reference: CR/MP/23/02\\ 21 February 2023", after=12)
    d.text(r"Dear Chief Constable,", after=8)
    d.text(r"\textbf{Cressbeck Constabulary: findings from our review of the response to "
           r"missing people}", after=8)
    d.para(["This letter sets out the findings of the review we carried out in January 2023 "
            "into how Cressbeck Constabulary responds when people are reported missing.",
            "We looked at 70 cases, 45 of which involved children, and we spoke to officers, "
            "call handlers and staff from two local authorities.",
            "We also reviewed the force’s policies and the minutes of its missing persons "
            "steering group."])
    d.para(["The force handles most missing person reports well.",
            "Call handlers ask sensible questions and grade the risk appropriately in most "
            "cases, and officers usually start searching promptly.",
            "In the cases we reviewed, the first risk assessment was completed within an hour "
            "in all but four.",
            "Supervisors review the level of risk regularly, and their decisions are recorded "
            "clearly."])
    d.para(["We were particularly impressed by the force’s work with children’s homes in "
            "Swanbeck.^[The force has a named officer for each of the eleven children’s homes "
            "in the Swanbeck area.]",
            "Staff in these homes told us that officers know the children well and that this "
            "helps them find children quickly.",
            "This approach has helped to reduce the number of missing episodes from these "
            "homes by about a quarter."])
    d.para(["The force has also made good use of technology.",
            "It now shares photographs of missing people with partner agencies through a "
            "secure system, and it can publish appeals on social media within minutes when the "
            "risk is high.",
            "Officers told us that the force’s search advisers give them valuable support in "
            "complex cases."])
    d.heading(r"\bfseries Areas where the force could do better", before=2, after=4)
    d.para(["We found some areas where the force could improve."], after=3)
    items = [(None, d.sent(s)[0]) for s in [
        "Return home interviews do not always happen, and when they do, the force rarely "
        "receives what was learned in them.",
        "Officers do not always ask whether a child who has gone missing is being exploited.",
        "The force’s records do not make it easy to identify people who go missing repeatedly.",
        "Some call handlers were unaware of the force’s procedure for people who go missing "
        "from hospital."]]
    d.text(lst(items, r"\textbullet", left=16, sep=6, itemsep=2), after=8)
    d.para(["We discussed these findings with your assistant chief constable, who has agreed "
            "to review the force’s procedures.",
            "She has asked her team to report back to her by the end of April 2023.",
            "We were encouraged by the speed with which the force began work on the first of "
            "these issues."])
    d.para(["We do not intend to publish a separate report on this review.",
            "However, we will refer to our findings in the next PEEL report for Cressbeck "
            "Constabulary, and we may share anonymised examples of good practice with other "
            "forces.",
            "We recognise that this work depends on the support of partner agencies as well as "
            "the force."])
    d.para(["The officers and staff who helped us deserve my thanks, and I would be grateful "
            "if you would pass them on.",
            "The police, fire and crime commissioner for Cressbeck is receiving this letter "
            "too."], after=12)
    d.text(r"Yours sincerely,\par\vspace{26pt}\textbf{Tobias Wrenshaw}\\ His Majesty’s "
           r"Inspector of Constabulary", keep=True)

    def header(n):
        return [Doc.mp(56, PAGE_H - 34, 483, r"\footnotesize\itshape Chief Constable Rosalind "
                       r"Thackwray \hfill 21 February 2023", "grey")]
    pages = d.layout_all(top1=PAGE_H - 50, top=PAGE_H - 62, bottom=66, header=header)
    d.build(pages)


DOCS = {"i04_cdi_lindholt": i04, "i05_peel_brindlecombe": i05, "i06_letter_cressbeck": i06}

if __name__ == "__main__":
    names = sys.argv[1:] or list(DOCS)
    for n in names:
        DOCS[n]()
