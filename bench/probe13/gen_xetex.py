"""probe13 producer e: XeLaTeX (Debian `texlive-xetex` 2022, XeTeX 0.999994, xdvipdfmx 20211117).

Each document is written here as LaTeX source (tex/eNN_*.tex) and typeset with `xelatex` three
times (contents page, "Page N of M" through lastpage).  XeTeX lays the text out with system
OpenType/TrueType fonts through fontspec (HarfBuzz shaping: "fi", "ffi" ligatures on by default),
British hyphenation (babel `british`), footnotes, multicol columns, tcolorbox boxes, tocloft dot
leaders, fancyhdr running heads and a TikZ chart; xdvipdfmx writes the PDF.  Bullets come from
pifont (URW Zapf Dingbats, a Type 1 font beside the OpenType text fonts).
The notice is set ragged right, without hyphenation and without ligatures.
The gold is written from the same strings that go into the source.

  e01  PEEL report, Carlito body, TeX Gyre Adventor headings, cover, contents, grade table
  e02  thematic inspection, TeX Gyre Bonum, letter-spaced standfirst, headings barely larger
       than the text, TikZ bar chart, two columns crossing a page break
  e03  letter, Liberation Sans, letter-spaced letterhead, table with prose cells, page-2 header
"""
import os
import shutil
import subprocess

from common import HERE, NOTICE, Gold, latex, pieces

TMP = os.path.join(os.environ.get("PROBE13_TMP", "/tmp/probe13/build"), "xetex")
TEX_DIR = os.path.join(HERE, "tex")
NB = "\u00a0"

PREAMBLE = r"""\documentclass[a4paper,%(size)s]{article}
\usepackage[british]{babel}
\usepackage{fontspec}
\usepackage[%(geometry)s]{geometry}
\usepackage[table]{xcolor}
\usepackage{fancyhdr,lastpage,enumitem,pifont,array,tabularx,multicol,titlesec}
\usepackage[most]{tcolorbox}
\usepackage{tikz}
\usepackage[titles]{tocloft}
\definecolor{navy}{RGB}{22,44,88}
\definecolor{pale}{RGB}{232,238,246}
\definecolor{concern}{RGB}{150,24,36}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0.6\baselineskip}
\setcounter{secnumdepth}{0}
\newcommand{\notice}{{\raggedright\hyphenpenalty=10000\exhyphenpenalty=10000
  \bfseries\addfontfeatures{Ligatures={NoCommon}}""" + latex(NOTICE) + r"""\par}}
"""

BACK = r"""\clearpage
\thispagestyle{empty}
\vspace*{\fill}
{\small
© Crown copyright 2026 (synthetic test document).

This publication is licensed under the terms of the Open Government Licence v3.0 except where
otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.

Where we have identified any third-party copyright information, you will need to obtain
permission from the copyright holders concerned.

This document is available at www.justiceinspectorates.gov.uk/hmicfrs

Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk
\par}
\vspace{6mm}
{\color{navy}\rule{\textwidth}{2pt}}
"""


class Src:
    def __init__(self, name, preamble, size="11pt", geometry="margin=25mm"):
        self.name = name
        self.gold = Gold(name)
        self.out = [PREAMBLE % {"size": size, "geometry": geometry}, preamble,
                    r"\begin{document}"]

    def raw(self, s):
        self.out.append(s)

    def inline(self, s):
        out = []
        for kind, t in pieces(s):
            out.append(latex(t) if kind == "text" else r"\footnote{" + latex(t) + "}")
        return "".join(out)

    def para(self, *sents, gold=True):
        self.out.append(" ".join(self.inline(s) for s in sents) + "\n")
        if gold:
            self.gold.add(*sents)

    def heading(self, text, level="section"):
        self.out.append(f"\\{level}{{{latex(text)}}}")

    def numbered(self, n, *sents):
        self.out.append(r"\begin{enumerate}[label=\arabic*.,start=" + str(n) + ",leftmargin=2.2em,"
                        r"topsep=0pt]" + "\n\\item " + " ".join(self.inline(s) for s in sents)
                        + "\n\\end{enumerate}")
        self.gold.add(*sents)

    def bullets(self, lead, items, label1, label2=r"\textendash"):
        """items: str or (str, [nested str])."""
        if lead:
            self.para(lead)
        out = [r"\begin{itemize}[label=" + label1 + ",leftmargin=1.6em,itemsep=1pt,topsep=0pt]"]
        for it in items:
            text, sub = (it, None) if isinstance(it, str) else it
            out.append(r"\item " + self.inline(text))
            self.gold.add(text)
            if sub:
                out.append(r"\begin{itemize}[label=" + label2
                           + ",leftmargin=1.4em,itemsep=0pt,topsep=1pt]")
                for s in sub:
                    out.append(r"\item " + self.inline(s))
                    self.gold.add(s)
                out.append(r"\end{itemize}")
        out.append(r"\end{itemize}")
        self.out.append("\n".join(out))

    def box(self, title, opts, *sents):
        self.out.append(r"\begin{tcolorbox}[" + opts + ",title={" + latex(title) + "}]\n"
                        + " ".join(self.inline(s) for s in sents) + "\n\\end{tcolorbox}")
        self.gold.add(*sents)

    def write(self):
        self.out.append(r"\end{document}")
        os.makedirs(TEX_DIR, exist_ok=True)
        path = os.path.join(TEX_DIR, self.name + ".tex")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(self.out) + "\n")
        work = os.path.join(TMP, self.name)
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        shutil.copy(path, work)
        for _ in range(3):
            r = subprocess.run(["xelatex", "-interaction=nonstopmode", "-halt-on-error",
                                self.name + ".tex"], cwd=work, capture_output=True, text=True)
            if r.returncode:
                raise SystemExit(f"xelatex failed on {self.name}:\n{r.stdout[-3000:]}")
        os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
        shutil.copy(os.path.join(work, self.name + ".pdf"),
                    os.path.join(HERE, "pdf", self.name + ".pdf"))
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


# ---------------------------------------------------------------------------------------------
def e01():
    d = Src("e01_peel_harrowfell", r"""
\setmainfont{Carlito}
\newfontfamily\headfont{TeX Gyre Adventor}
\titleformat{\section}{\headfont\bfseries\large\color{navy}}{}{0pt}{}
\titlespacing*{\section}{0pt}{1.2\baselineskip}{0.4\baselineskip}
\renewcommand{\cftsecleader}{\cftdotfill{\cftdotsep}}
\renewcommand{\cfttoctitlefont}{\headfont\bfseries\LARGE\color{navy}}
\renewcommand{\cftsecfont}{\normalfont}
\renewcommand{\cftsecpagefont}{\normalfont}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\headfont PEEL 2025–27}
\fancyhead[R]{\small\headfont Harrowfell Constabulary}
\fancyfoot[L]{\small HMICFRS}
\fancyfoot[R]{\small Page \thepage{} of \pageref{LastPage}}
\renewcommand{\headrulewidth}{0.4pt}
\tcbset{boxstyle/.style={enhanced,colback=pale,colframe=navy,boxrule=0pt,leftrule=3pt,
  sharp corners,fonttitle=\headfont\bfseries,coltitle=navy,colbacktitle=pale,
  attach title to upper={\par\smallskip},before skip=6pt,after skip=8pt}}
""", size="11pt", geometry="margin=25mm,top=30mm,bottom=28mm,headsep=8mm")
    d.raw(r"""\thispagestyle{empty}
\noindent\colorbox{navy}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{14mm}
{\color{white}\headfont\bfseries\Large PEEL 2025–27\par\vspace{6mm}
\Huge Police effectiveness, efficiency\\[2mm] and legitimacy\par\vspace{5mm}
\Large An inspection of Harrowfell Constabulary\par}\vspace{14mm}}}
\vspace{12mm}

\notice

\vspace*{\fill}
{\headfont\large Published 9 June 2026\par}
\clearpage
\tableofcontents
\clearpage""")
    d.heading("Overview")
    d.para("This report sets out what we found when we inspected Harrowfell Constabulary in the "
           "autumn of 2025.",
           f"Harrowfell is a largely upland county whose population of about 410{NB}000 rises "
           "sharply in the summer, when visitors fill its lakeside villages.",
           "We found a force with committed staff and sound finances, but it has not kept pace "
           "with the growth in online fraud and stalking.")
    d.para("The table below shows the grades we gave in each area of policing we inspected.")
    rows = [("Preventing crime and anti-social behaviour", "Good"),
            ("Responding to the public", "Adequate"),
            ("Investigating crime", "Requires improvement"),
            ("Protecting vulnerable people", "Adequate"),
            ("Managing offenders and suspects", "Good"),
            ("Good use of resources", "Good")]
    t = [r"{\renewcommand{\arraystretch}{1.35}",
         r"\begin{tabular}{|p{0.58\textwidth}|p{0.3\textwidth}|}\hline",
         r"\rowcolor{navy}\textcolor{white}{\headfont\bfseries Area of policing} & "
         r"\textcolor{white}{\headfont\bfseries Grade}\\\hline"]
    for a, g in rows:
        t.append(latex(a) + r" & \textbf{" + latex(g) + r"}\\\hline")
    t.append(r"\end{tabular}}")
    d.raw("\n".join(t))

    d.heading("Preventing crime and anti-social behaviour: good")
    d.numbered(1, "Harrowfell Constabulary is good at preventing crime and anti-social behaviour.",
               "Each of its nine neighbourhood teams has a named inspector and a published list "
               "of local priorities.")
    d.numbered(2, "The force’s problem-solving work is well established.^[The force uses the SARA "
               "model: scanning, analysis, response and assessment.]",
               "We reviewed 20 problem-solving plans and found that 16 had clear objectives and "
               "a date for review.")
    d.bullets("During our fieldwork, we saw officers:",
              ["working with farmers to mark and register quad bikes and trailers;",
               ("running joint patrols with park rangers at the busiest car parks, including:",
                ["the lower car park at Scarrow Bridge;", "the ferry landing at Mell Wyke;"]),
               "visiting every licensed premises in Kirkholme before the start of the holiday "
               "season."], r"\ding{108}", r"\ding{113}")
    d.para("The force should make sure that the results of this work are shared between teams, "
           "because good ideas are not always passed on.")

    d.heading("Investigating crime: requires improvement")
    d.numbered(3, "The force requires improvement at investigating crime.",
               "Too many investigations are given to officers who do not have the training or "
               "the time to progress them.")
    d.numbered(4, "In 31 of the 75 case files we examined, we found avoidable delays of more "
               "than a month.",
               "Supervisors had recorded a review in most of these files, but their reviews "
               "rarely set out what the investigator should do next.")
    d.numbered(5, "The force has recently reorganised its investigation hubs^[The hubs at "
               "Kirkholme and Thwaite Cross opened in June 2025.] and it is too early to say "
               "whether this will help.")
    d.box("Area for improvement", "boxstyle",
          "The force should make sure that supervisors give investigators clear and recorded "
          "direction.",
          "It should also check that this direction is followed.")

    d.heading("Protecting vulnerable people: adequate")
    d.numbered(6, "Call handlers in the force control room use a structured assessment to "
               "identify vulnerable callers.",
               "Officers we spoke to understood the risks posed by stalking, and most had "
               "completed recent training.")
    d.numbered(7, "However, the force does not always apply for stalking protection orders when "
               "it could.",
               "In the year to March 2025, it applied for only four such orders.")
    d.box("Cause of concern", "boxstyle,colframe=concern,coltitle=concern,colback=white,"
          "colbacktitle=white,boxrule=0.8pt,leftrule=0.8pt",
          "The force is not managing the growing number of stalking cases effectively.",
          "Within six months, the force should appoint a single lead for stalking and make sure "
          "that every high-risk case is reviewed by a specialist.")

    d.heading("Good use of resources: good")
    d.numbered(8, "The force has a balanced budget and a realistic plan for the next four years.",
               "It has used its reserves carefully, and its estate is in good repair.")
    d.raw(BACK)
    d.write()


def e02():
    d = Src("e02_thematic_glenmarrow", r"""
\setmainfont{TeX Gyre Bonum}
\titleformat{\section}{\bfseries\fontsize{10.6}{13}\selectfont}{}{0pt}{}
\titlespacing*{\section}{0pt}{0.7\baselineskip}{0.1\baselineskip}
\setlength{\columnsep}{7mm}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[R]{\footnotesize\itshape Glenmarrow Police · Rural and wildlife crime · March 2026}
\fancyfoot[L]{\footnotesize HMICFRS thematic inspection}
\fancyfoot[R]{\footnotesize \thepage}
\renewcommand{\headrulewidth}{0.3pt}
\tcbset{promise/.style={enhanced,colback=green!6,colframe=green!40!black,boxrule=0.6pt,
  sharp corners,fonttitle=\bfseries\small,coltitle=green!30!black,colbacktitle=green!6,
  attach title to upper={\par},fontupper=\small,before skip=4pt,after skip=6pt,
  left=4pt,right=4pt}}
""", size="10pt", geometry="margin=22mm,top=26mm,bottom=26mm")
    d.raw(r"""{\fontsize{22}{26}\selectfont\bfseries Rural and wildlife crime in Glenmarrow\par}
\vspace{2mm}
{\large An inspection of Glenmarrow Police\par}
\vspace{3mm}
\notice
\vspace{2mm}""")
    d.raw(r"{\addfontfeatures{LetterSpace=9}\large")
    d.para("This thematic inspection looked at how Glenmarrow Police responds to crime in its "
           "rural and coastal communities.",
           "We visited the force in February 2026 and spoke to more than 90 officers, staff, "
           "farmers, gamekeepers and local councillors.")
    d.raw(r"\par}")
    bars = [("Jan–Mar", 148), ("Apr–Jun", 211), ("Jul–Sep", 263), ("Oct–Dec", 187)]
    fig = [r"\begin{center}\begin{tikzpicture}[x=1mm,y=0.18mm]",
           r"\draw[gray] (0,0) -- (150,0);"]
    for i, (lab, v) in enumerate(bars):
        x = 12 + i * 36
        fig.append(rf"\fill[green!40!black] ({x},0) rectangle ({x + 22},{v});")
        fig.append(rf"\node[above,font=\small] at ({x + 11},{v}) {{{v}}};")
        fig.append(rf"\node[below,font=\small] at ({x + 11},0) {{{latex(lab)}}};")
    fig.append(r"\end{tikzpicture}\par\vspace{1mm}")
    fig.append(r"{\small\itshape Figure 1: Rural thefts recorded by Glenmarrow Police, by "
               r"quarter, 2025\par}\end{center}")
    d.raw("\n".join(fig))
    d.raw(r"\begin{multicols}{2}")
    d.heading("Understanding rural crime")
    d.para("The force has a small rural crime team of one sergeant and six constables, based at "
           "Drumlaw.",
           "Its officers are knowledgeable and respected, and farmers told us that they trust "
           "them.",
           f"But the team covers an area of more than 3{NB}000 square kilometres, and it cannot "
           "attend every incident itself.",
           "Response officers, who attend most rural calls, have had little training in the "
           "subject.")
    d.heading("Recording and analysis")
    d.para("The force does not yet have a reliable picture of rural crime.^[Rural crime is not a "
           "legal category; forces decide for themselves which offences to count.]",
           "Thefts of machinery, livestock and fuel are recorded under general categories, and "
           "only some are given the rural crime marker.",
           "When we checked a sample of 60 crime reports, the marker was missing from 22 of "
           "them.",
           "As a result, the analysts who prepare the monthly rural crime briefing are working "
           "from incomplete data.")
    d.heading("Wildlife crime")
    d.para("Wildlife crime is a priority for the force, and we found some dedicated and skilful "
           "investigators.",
           "Several officers have completed the national wildlife crime course, and the force "
           "works closely with the local bird conservation trust.",
           "However, the force sometimes struggles to secure evidence quickly at remote scenes, "
           "and some cases were closed before specialist advice had been sought.")
    d.box("Promising practice", "promise",
          f"The rural crime team runs a text alert service that now has more than 4{NB}100 "
          "subscribers.",
          "Farmers use it to report suspicious vehicles, and the team sends out warnings within "
          "an hour of a theft.")
    d.heading("Heritage crime")
    d.para("The force has also begun to tackle heritage crime, such as damage to ancient "
           "monuments and the theft of stone from historic walls.",
           "It has trained twelve officers as heritage crime champions.",
           "It is too soon to judge what effect this work has had on the number of "
           "offences.")
    d.heading("Working with partners")
    d.para("The force is an active member of the regional rural crime partnership.",
           "It shares intelligence with neighbouring forces about organised groups that steal "
           "from farms across force boundaries.",
           "Officers told us that these arrangements have helped them to recover stolen tractors "
           "from as far away as the ports on the east coast.")
    d.heading("What the force should do")
    d.bullets("By the end of 2026, the force should:",
              ["make sure that every rural crime is given the correct marker when it is "
               "recorded;",
               "train response officers in the basics of rural and wildlife crime;",
               "evaluate the text alert service so that it knows which of its messages lead to "
               "arrests."], r"\ding{117}")
    d.para("Overall, the force’s rural policing depends too heavily on the goodwill and "
           "experience of a few officers.",
           "We will return to Glenmarrow in 2027 to see what progress it has made.")
    d.raw(r"\end{multicols}")
    d.raw(BACK)
    d.write()


def e03():
    d = Src("e03_letter_ouseby", r"""
\setmainfont{Liberation Sans}
\newfontfamily\headfont{TeX Gyre Adventor}[LetterSpace=12]
\fancypagestyle{later}{\fancyhf{}
  \fancyhead[L]{\small Ouseby Constabulary – custody revisit}
  \fancyhead[R]{\small\thepage}
  \renewcommand{\headrulewidth}{0.4pt}}
\pagestyle{later}
""", size="10pt", geometry="margin=24mm,top=24mm,bottom=26mm")
    d.raw(r"""\thispagestyle{empty}
\begin{flushright}
{\headfont\large\color{navy} HMICFRS\par}
{\small His Majesty’s Inspectorate of Constabulary\\ and Fire \& Rescue Services\\
Tenter House, 9 Halliwell Row\\ Brackley Moor BM4 2QX\par}
\end{flushright}
{\color{navy}\rule{\textwidth}{0.8pt}}
\vspace{2mm}

\notice

\vspace{2mm}
Chief Constable Morwenna Threlkeld\\
Ouseby Constabulary\\
Police Headquarters, Castle Garth\\
Ouseby OU1 4RT

\begin{flushright}22 April 2026\end{flushright}

Dear Chief Constable,

\textbf{Revisit of custody arrangements at Ouseby Constabulary}
""")
    d.para("In March 2025, we published our inspection of custody services in Ouseby "
           "Constabulary.",
           "That report identified two causes of concern and made six recommendations.",
           "I am writing to tell you what we found when we returned to the force on 10 and 11 "
           "March 2026.")
    d.para("I am pleased to report that the force has made good progress in most areas.^[Our "
           "revisit looked only at the recommendations; it did not re-grade the force.]",
           "The force’s custody leadership is visible and well respected by staff.",
           "Custody staff now record the reasons for using force on detainees, and these "
           "records are reviewed every month by an inspector.")
    d.bullets("In particular, the force has:",
              ["replaced the cell call system at Brayford Street custody suite;",
               "arranged for health care professionals to be available in both suites at all "
               "times;",
               ("introduced a new process for checking detainees who have consumed alcohol or "
                "drugs, which includes:",
                ["rousing them at least every 30 minutes;",
                 "recording their response in the custody record;"]),
               "given every custody sergeant two days of refresher training."], r"\ding{228}")
    d.para("However, some problems remain.",
           "Children are still held overnight in custody because the local authority rarely "
           "provides secure accommodation.",
           "In the twelve months before our revisit, 38 children were detained overnight after "
           "being charged, and the authority found secure accommodation for only two of them.")
    d.para("The table below summarises our assessment of the main areas we looked at.")
    rows = [("Cell call system", "The new system was installed in September 2025, and staff "
             "test it at the start of each shift."),
            ("Staffing levels", "Detention officer vacancies have fallen from 14 to three since "
             "our inspection."),
            ("Children in custody", "The force has raised the matter with the local authority, "
             "but there has been little change.")]
    t = [r"{\renewcommand{\arraystretch}{1.3}",
         r"\begin{tabularx}{\textwidth}{|p{0.25\textwidth}|X|}\hline",
         r"\rowcolor{pale}\textbf{Area} & \textbf{What we found}\\\hline"]
    for a, f in rows:
        t.append(latex(a) + " & " + latex(f) + r"\\\hline")
        d.gold.add(f)
    t.append(r"\end{tabularx}}")
    d.raw("\n".join(t))
    d.para("I recognise that the force cannot solve this problem alone.",
           "I would be grateful if you would keep us informed of your discussions with the local "
           "authority and with the police and crime commissioner.",
           "The force should also continue to collect and publish data about the ethnicity and "
           "age of detainees.",
           "This will help it to understand whether any groups are treated differently.")
    d.para("We will continue to monitor the force’s progress through our regular monitoring "
           "arrangements.",
           "I am sending a copy of this letter to the police and crime commissioner and to the "
           "force’s custody lead.")
    d.raw(r"""Yours sincerely,

\begin{tikzpicture}[x=1mm,y=1mm,line width=0.7pt,navy]
\draw (0,2) .. controls (3,9) and (5,-3) .. (8,4) .. controls (10,8) and (12,0) .. (15,3)
  .. controls (18,6) and (20,1) .. (26,2);
\draw (4,-1) -- (24,0);
\end{tikzpicture}

Rhiannon Pelloe\\
His Majesty’s Inspector of Constabulary""")
    d.write()


if __name__ == "__main__":
    e01()
    e02()
    e03()
