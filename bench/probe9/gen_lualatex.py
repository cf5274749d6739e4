"""probe9 LuaLaTeX documents (u01-u02): writes tex/uNN_*.tex, compiles each with lualatex (fontspec,
OpenType TeX Gyre fonts) three times (contents, LastPage) and writes uNN_*.gold.json from the same
strings.  Needs only the standard library and TeX Live's lualatex."""
import os
import shutil
import subprocess

from common import EPOCH, HERE, NOTICE, Gold, pieces

TMP = os.path.join(os.environ.get("PROBE9_TMP", "/tmp/probe9/build"), "tex")


def esc(s):
    out = []
    for ch in s:
        out.append({"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
                    "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}", "\\": r"\textbackslash{}",
                    "\u2009": r"\,", "\u00a0": "~"}.get(ch, ch))
    return "".join(out)


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.parts = []

    def tx(self, s):
        """LaTeX for a sentence string with ^[footnotes]."""
        return "".join(esc(t) if k == "text" else r"\footnote{" + esc(t) + "}"
                       for k, t in pieces(s))

    def raw(self, s):
        self.parts.append(s)

    def para(self, sents, pre="", post="\n\n", gold=True):
        if isinstance(sents, str):
            sents = [sents]
        self.parts.append(pre + " ".join(self.tx(s) for s in sents) + post)
        if gold:
            self.gold.add(*sents)

    def build(self, preamble):
        src = preamble + "\\begin{document}\n" + "".join(self.parts) + "\\end{document}\n"
        os.makedirs(TMP, exist_ok=True)
        with open(os.path.join(HERE, "tex", self.name + ".tex"), "w", encoding="utf-8") as f:
            f.write(src)
        shutil.copy(os.path.join(HERE, "tex", self.name + ".tex"), TMP)
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), FORCE_SOURCE_DATE="1")
        for _ in range(3):
            r = subprocess.run(["lualatex", "-interaction=nonstopmode", "-halt-on-error",
                                self.name + ".tex"], cwd=TMP, env=env, capture_output=True,
                               text=True)
            if r.returncode:
                print(r.stdout[-3000:])
                raise SystemExit(f"lualatex failed on {self.name}")
        shutil.copy(os.path.join(TMP, self.name + ".pdf"), os.path.join(HERE, "pdf"))
        print(f"{self.name}: {self.gold.write()} gold sentences")


COMMON = r"""\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\setsansfont{TeX Gyre Heros}
\newfontfamily\symfont{DejaVu Sans}
\usepackage[margin=2.4cm,headheight=14pt]{geometry}
\usepackage[dvipsnames]{xcolor}
\usepackage{fancyhdr,lastpage,enumitem,titlesec,tabularx,booktabs,multicol,lettrine,tcolorbox}
\usepackage[titles]{tocloft}
\usepackage{hyperref}
\hypersetup{hidelinks,pdfcreator={probe9 gen_lualatex.py},pdfproducer={LuaTeX}}
\pdfvariable suppressoptionalinfo 1023
\pdfvariable trailerid {[<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>]}
\definecolor{ink}{HTML}{1F3A5F}
\titleformat{\section}{\sffamily\Large\bfseries\color{ink}}{\thesection}{0.8em}{}
\titleformat{\subsection}{\sffamily\large\bfseries\color{ink}}{}{0em}{}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt plus 1pt}
\renewcommand{\cftsecleader}{\cftdotfill{\cftdotsep}}
\newcommand{\notice}[1]{{\hyphenpenalty=10000\exhyphenpenalty=10000\raggedright\itshape #1\par}}
"""


def u01():
    d = Doc("u01_peel_harrowdale")
    pre = COMMON + r"""
\newcounter{np}
\newcommand{\np}{\refstepcounter{np}\par\noindent\hangindent=2.2em\hangafter=1\makebox[2.2em][l]{\textbf{\thenp.}}}
\setlist[itemize,1]{label={\symfont\color{ink}\char"25AA},leftmargin=2.2em}
\setlist[itemize,2]{label={\symfont\char"25E6},leftmargin=1.6em}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\sffamily\small Harrowdale Constabulary: PEEL 2025}
\fancyhead[R]{\sffamily\small\color{ink}HMICFRS}
\fancyfoot[C]{\sffamily\small Page \thepage\ of \pageref*{LastPage}}
"""
    d.raw(r"""\begin{titlepage}\sffamily
\vspace*{4cm}{\Huge\bfseries\color{ink} Harrowdale Constabulary\par}\vspace{0.6cm}
{\Large PEEL 2025: Police effectiveness, efficiency and legitimacy\par}\vspace{1.5cm}
""" + r"\notice{" + NOTICE + r"""}
\vspace{1cm}{\large Published April 2026\par}
\end{titlepage}
\tableofcontents\thispagestyle{fancy}\clearpage
""")
    d.raw("\\section{Overall summary}\n")
    d.para(["Harrowdale Constabulary polices a long coastal county with a population of "
            "around 590\u2009000, and its main city, Portwell, has the highest crime rate in "
            "the region.",
            "We inspected the force in September and October 2025 and spoke to officers, staff "
            "and partners in every district."],
           pre="\\lettrine[lines=3,findent=2pt,nindent=0pt]{\\color{ink}H}{arrowdale} ",
           gold=False)
    d.gold.add("Harrowdale Constabulary polices a long coastal county with a population of "
               "around 590 000, and its main city, Portwell, has the highest crime rate in the "
               "region.",
               "We inspected the force in September and October 2025 and spoke to officers, "
               "staff and partners in every district.")
    d.parts[-1] = d.parts[-1].replace("Harrowdale Constabulary polices", " Constabulary polices", 1)
    d.para(["The force has made real progress since our last inspection, and it is now good at "
            "preventing crime and tackling anti-social behaviour.",
            "It is, however, still too slow to investigate crime, and its officers do not "
            "always recognise when a victim is vulnerable."])
    d.raw(r"""\begin{center}\begin{tabularx}{0.85\textwidth}{Xl}\toprule
\sffamily\bfseries Area & \sffamily\bfseries Grade\\\midrule
Preventing crime and anti-social behaviour & Good\\
Investigating crime & Requires improvement\\
Protecting vulnerable people & Adequate\\
Good use of resources & Good\\\bottomrule\end{tabularx}\end{center}
""")
    d.raw("\\section{Investigating crime: requires improvement}\n")
    d.para(["The force has too few detectives, and 38 per cent of its investigator posts were "
            "vacant or filled by trainees at the time of our inspection.",
            "As a result, many serious cases are investigated by uniformed officers with little "
            "experience."], pre="\\np ")
    d.raw(r"""\begin{tcolorbox}[colback=ink!6,colframe=ink,boxrule=0pt,leftrule=3pt,arc=0pt,
fontupper=\Large\itshape\color{ink},left=8pt]
“The force has made real progress since our last inspection, and it is now good at preventing crime and tackling anti-social behaviour.”
\end{tcolorbox}
""")
    d.para(["We reviewed 80 investigations and found that supervisors had set a clear plan in "
            "only half of them^[The case file review covered crimes recorded between 1 March "
            "and 31 May 2025.].",
            "Victims were often left without an update for weeks, and some told us that they "
            "had given up on the police."], pre="\\np ")
    d.para("In the cases we examined, officers did not always:", pre="\\np ")
    d.raw("\\begin{itemize}\n")
    for s in ["secure evidence such as footage from shops and buses before it was deleted;",
              "arrest suspects promptly, particularly in cases of domestic abuse;",
              "consider the needs of victims, for example by:"]:
        d.para(s, pre="\\item ", post="\n")
    d.raw("\\begin{itemize}\n")
    for s in ["offering a referral to victim support services;",
              "explaining what would happen next and when."]:
        d.para(s, pre="\\item ", post="\n")
    d.raw("\\end{itemize}\n\\end{itemize}\n")
    d.para(["The force has spent £1.8\u00a0million on a new digital forensics unit, and the "
            "waiting time for phone examinations has fallen from five months to six weeks.",
            "This is a good example of well-targeted investment."], pre="\\np ")
    d.raw("\\section{Protecting vulnerable people: adequate}\n")
    d.para(["Officers who respond to domestic abuse incidents complete a risk assessment in "
            "almost every case, and the quality of these assessments has improved.",
            "But the force does not effectively identify victims of repeat anti-social "
            "behaviour, some of whom are elderly or disabled and have suffered for years."],
           pre="\\np ")
    d.para(["The force’s officers and staff in the safeguarding hub are knowledgeable, and "
            "they work well with the two local authorities.",
            "Its flagship scheme, which offers a specialist officer to every child who "
            "reports sexual abuse, is effective and should be maintained."], pre="\\np ")
    d.raw("\\section{Good use of resources: good}\n")
    d.para(["The force understands the demand it faces, and it has moved officers from "
            "quieter rural areas to Portwell, where calls for service have risen by a fifth "
            "since 2022.",
            "It has a balanced budget for the next two years and a credible plan to find the "
            "further savings it will need after that."], pre="\\np ")
    d.para(["The force has also replaced its ageing fleet of vehicles with more efficient "
            "models, which it expects to save £310\u2009000 a year in fuel.",
            "We found that leaders routinely check whether the benefits of each investment "
            "have been achieved.",
            "Staff told us that the new shift pattern is fairer and gives them more time with "
            "their families."], pre="\\np ")
    d.raw(r"""\clearpage\thispagestyle{empty}\sffamily\small\vspace*{\fill}
\textcopyright{} Crown copyright 2026\par
This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated.\par
Inspectorate of Constabulary, 5 Tanner’s Walk, Greyford GF9 3RB\par
Telephone 0300 555 0166\par
""")
    d.build(pre)


def u02():
    d = Doc("u02_letter_oakmere")
    pre = COMMON.replace("TeX Gyre Pagella", "TeX Gyre Termes") + r"""
\setlist[itemize,1]{label={\symfont\color{BrickRed}\char"25CF},leftmargin=1.6em}
\setlist[itemize,2]{label={\symfont\char"2013},leftmargin=1.4em}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\small\itshape Oakmere Police: response to call-handling review}
\fancyfoot[R]{\small\thepage}
\fancypagestyle{first}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}}
"""
    d.raw(r"""\thispagestyle{first}
\colorbox{ink}{\parbox{\dimexpr\textwidth-2\fboxsep}{\color{white}\sffamily\bfseries\Large
Inspectorate of Constabulary\hfill{\normalsize\mdseries 18 Wharf Row, Tollbridge TB1 2QE}}}
\par\vspace{6pt}
""" + r"\notice{" + NOTICE + r"""}
\vspace{6pt}
\begin{flushright}9 March 2026\end{flushright}
Chief Constable Adaeze Porter\\Oakmere Police\\Station Road\\Oakmere OK7 4JD

\vspace{8pt}Dear Chief Constable,

\textbf{Oakmere Police: review of call handling and initial response}

""")
    d.para(["Thank you for the help your force gave us during our review of call handling in "
            "January.",
            "I am writing to set out our main findings, which we will also publish on our "
            "website."])
    d.para(["Your control room staff work hard under considerable pressure, and callers we "
            "contacted afterwards were mostly satisfied with how they had been treated.",
            "The force answered 93 per cent of emergency calls within ten seconds in the "
            "quarter to December 2025^[Oakmere Police performance data, October to December "
            "2025.], which is better than the national average."])
    d.para("We identified three areas where the force should improve:")
    d.raw("\\begin{itemize}\n")
    for s in ["the way it assesses the risk to callers who ring back about the same incident;",
              "the time it takes to attend incidents graded as requiring a planned response;",
              "the information it gives callers about when an officer will arrive."]:
        d.para(s, pre="\\item ", post="\n")
    d.raw("\\end{itemize}\n")
    d.para(["We were concerned to find that the force had no effective way of flagging calls "
            "from people who had called several times in a short period.",
            "In one case a woman called four times in two hours before an officer was sent to "
            "her home."])
    d.para(["I would be grateful for an update on your plans by the end of June.",
            "A summary of what we found in each part of the control room is attached."])
    d.raw(r"""
Yours sincerely,\par\vspace{22pt}
\textbf{Rosalind Achterberg}\\Inspector of Constabulary

\clearpage
\section*{Annex: findings in detail}
\begin{multicols}{2}
""")
    d.para(["Call handlers in Oakmere use a structured set of questions to assess the risk "
            "to each caller.",
            "We found that they asked these questions well, but that they did not always "
            "record the answers in enough detail for the dispatcher to understand the risk.",
            "Dispatchers, in turn, sometimes changed the grade of a call without recording "
            "why."])
    d.raw(r"""\begin{tcolorbox}[colback=BrickRed!6,colframe=BrickRed,boxrule=0.6pt,arc=0pt,
title={\sffamily\bfseries Good practice},fonttitle=\small,fontupper=\small]
""")
    d.para(["The control room has a mental health nurse on duty every evening.",
            "She gives advice to officers at the scene and has helped to reduce the number of "
            "people detained under the Mental Health Act."], post="\n")
    d.raw("\\end{tcolorbox}\n")
    d.para(["The force has reduced its backlog of incidents waiting for a planned "
            "response, but it still took an average of 41 hours to attend them.",
            "Some victims of burglary told us that they had waited in for an officer who "
            "never arrived, and that no-one had called to explain the delay."])
    d.para(["Supervisors in the control room review a sample of calls every month, and they "
            "give feedback to each call handler.",
            "This is good practice, although the reviews focus more on the speed of the call "
            "than on the quality of the risk assessment.",
            "The force should broaden the reviews so that they also look at whether the "
            "caller’s vulnerability was identified."])
    d.para(["The force has begun to send text messages to callers with an estimated arrival "
            "time, and early feedback from the public has been positive.",
            "It should extend this service to all incidents graded as requiring a planned "
            "response."])
    d.raw("\\end{multicols}\n")
    d.raw(r"""\subsection*{Progress against earlier recommendations}
\begin{tabularx}{\textwidth}{@{}p{2.6cm}X@{}}\toprule
\sffamily\bfseries Recommendation & \sffamily\bfseries What we found\\\midrule
""")
    rows = [("Repeat callers", ["The force now checks its records for previous calls from the "
                                "same number, but the check is manual and not always done."]),
            ("Call-backs", ["Call handlers ring back callers whose response has been delayed, "
                            "and we saw this done well in most of the calls we reviewed."])]
    for i, (a, sents) in enumerate(rows):
        d.raw(esc(a) + " & " + " ".join(d.tx(s) for s in sents)
              + ("\\\\\\midrule\n" if i < len(rows) - 1 else "\\\\\\bottomrule\n"))
        d.gold.add(*sents)
    d.raw("\\end{tabularx}\n")
    d.build(pre)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "tex"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    u01()
    u02()
