"""Generate the pdfLaTeX half of probe8: tex/lNN_*.tex, pdf/lNN_*.pdf and lNN_*.gold.json.

Every body sentence is a Python string (see common.py for the markup).  The helpers below write
it into the LaTeX source and add it to the gold in the same call, in source order; the layouts
used here (no floats, side box after the text it stands beside in the source, multicols and
longtable inline) make source order the reading order.

pdflatex runs three times per file in a scratch directory ($PROBE8_TMP, default /tmp/probe8/build)
with SOURCE_DATE_EPOCH fixed, so rebuilds are byte-for-byte identical.
Usage: python3 gen_latex.py [lNN_name ...]
"""
import os
import shutil
import subprocess
import sys

from common import HERE, NOTICE, Gold, pieces

TMP = os.environ.get("PROBE8_TMP", "/tmp/probe8/build")
EPOCH = "1767225600"   # 2026-01-01 00:00:00 UTC

TEXMAP = {
    "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "£": r"\textsterling{}", "©": r"\textcopyright{}",
    "‘": "`", "’": "'", "“": "``", "”": "''",
    "–": "--", "—": "---", "\u2009": r"\,", "\u00a0": "~",
}


def esc(t):
    out = "".join(TEXMAP.get(c, c) for c in t)
    assert all(ord(c) < 128 for c in out), out
    return out


def tex(s):
    """LaTeX for one marked-up sentence (footnotes become \\footnote)."""
    out = []
    for kind, t in pieces(s):
        out.append(r"\footnote{%s}" % esc(t) if kind == "fn" else esc(t))
    return "".join(out)


class Doc:
    def __init__(self, name):
        self.name = name
        self.gold = Gold(name)
        self.parts = []

    def raw(self, s):
        self.parts.append(s)

    def text(self, *sents):
        """Gold sentences, returned as LaTeX (for cells, items, boxes)."""
        self.gold.add(*sents)
        return " ".join(tex(s) for s in sents)

    def p(self, *sents, prefix=""):
        """A body paragraph; prefix is printed before it (e.g. a paragraph number) and not gold."""
        self.raw(prefix + self.text(*sents) + "\n\n")

    def items(self, items, opts="", env="itemize"):
        """A list; each item is a sentence string or a list of sentence strings
        (several sentences in one numbered item), or ('nested', opts, [items])."""
        self.raw(r"\begin{%s}[%s]" % (env, opts) + "\n")
        for it in items:
            if isinstance(it, tuple) and it[0] == "nested":
                self.items(it[2], it[1], env)
                continue
            sents = [it] if isinstance(it, str) else it
            self.raw(r"\item " + self.text(*sents) + "\n")
        self.raw(r"\end{%s}" % env + "\n\n")

    def build(self):
        src = "".join(self.parts)
        texpath = os.path.join(HERE, "tex", self.name + ".tex")
        with open(texpath, "w", encoding="utf-8") as f:
            f.write(src)
        os.makedirs(TMP, exist_ok=True)
        env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, FORCE_SOURCE_DATE="1")
        for _ in range(3):
            r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error",
                                "-output-directory", TMP, texpath],
                               capture_output=True, text=True, env=env)
            if r.returncode != 0:
                sys.stderr.write(r.stdout[-3000:])
                raise SystemExit(f"pdflatex failed on {self.name}")
        shutil.copy(os.path.join(TMP, self.name + ".pdf"), os.path.join(HERE, "pdf", self.name + ".pdf"))
        n = self.gold.write()
        log = open(os.path.join(TMP, self.name + ".log"), encoding="latin-1").read()
        over = log.count("Overfull \\hbox")
        print(f"{self.name}: {n} gold sentences{', %d overfull boxes' % over if over else ''}")


def notice():
    """The notice as its own paragraph, never hyphenated (not gold)."""
    return ("{\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\emergencystretch=3em\n"
            + esc(NOTICE) + "\\par}\n\n")


DOCS = {}


def doc(fn):
    DOCS[fn.__name__] = fn
    return fn


# --------------------------------------------------------------------------------------------
@doc
def l01_peel_ravensmoor():
    d = Doc("l01_peel_ravensmoor")
    d.raw(r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[a4paper,textwidth=12.2cm,textheight=23cm,headheight=14pt,headsep=18pt]{geometry}
\usepackage{microtype}
\usepackage[table]{xcolor}
\usepackage{fancyhdr}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{tabularx,booktabs}
\usepackage[hidelinks,pdftitle={PEEL 2025: Ravensmoor Constabulary}]{hyperref}
\pdftrailerid{probe8-l01}
\definecolor{peel}{RGB}{0,70,110}
\titleformat{\section}{\Large\bfseries\color{peel}}{\thesection}{0.8em}{}
\titlespacing*{\section}{0pt}{14pt plus 4pt}{6pt}
\makeatletter
\renewcommand\l@section{\@dottedtocline{1}{0em}{1.8em}}
\makeatother
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small PEEL 2025: Ravensmoor Constabulary}
\fancyhead[R]{\small HMICFRS}
\fancyfoot[C]{\small Page \thepage}
\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0pt}
\newenvironment{numbered}{\begin{enumerate}[label=\thesection.\arabic*, leftmargin=2.8em,
  labelwidth=2.4em, labelsep=0.4em, align=left, itemsep=5pt, topsep=4pt]}{\end{enumerate}}
\begin{document}
\begin{titlepage}
\vspace*{3cm}
{\color{peel}\fontsize{30}{36}\selectfont\bfseries PEEL 2025\par}
\vspace{6pt}
{\Large Police effectiveness, efficiency and legitimacy\par}
\vspace{4pt}
{\Large An inspection of Ravensmoor Constabulary\par}
\vspace{2cm}
""")
    d.raw(notice())
    d.raw(r"""\vspace{1cm}
{\large March 2026\par}
\end{titlepage}
\setcounter{page}{2}
\tableofcontents
\thispagestyle{fancy}
\newpage
""")

    def section(title):
        d.raw("\\section{%s}\n" % esc(title))

    def numbered(paras):
        d.raw("\\begin{numbered}\n")
        for sents in paras:
            d.raw("\\item " + d.text(*sents) + "\n")
        d.raw("\\end{numbered}\n\n")

    section("Introduction")
    numbered([
        ["This report sets out what we found when we inspected Ravensmoor Constabulary in the "
         "autumn of 2025.",
         "We looked at how effectively and efficiently the force keeps people safe, and at how "
         "fairly it treats the public and its own officers and staff."],
        ["We reviewed 210 case files, held 38 focus groups and interviewed senior leaders, "
         "frontline officers and representatives of partner organisations.",
         "We also sat in the force control room on four shifts to see how calls were handled."],
        ["Ravensmoor is a mixed rural and coastal county of around 640\u2009000 people, with the "
         "port town of Hexley accounting for almost a third of recorded crime.",
         "Seasonal tourism more than doubles the population of some coastal wards between June "
         "and September."],
    ])
    section("Our judgements")
    numbered([["The table below shows the grades we have given the force in each area we "
               "inspected."]])
    rows = [("Recording data about crime", "Good"),
            ("Engaging with and treating the public with fairness and respect", "Adequate"),
            ("Preventing crime and anti-social behaviour", "Good"),
            ("Responding to the public", "Requires improvement"),
            ("Investigating crime", "Adequate"),
            ("Protecting vulnerable people", "Requires improvement"),
            ("Managing offenders and suspects", "Good"),
            ("Developing a positive workplace", "Adequate"),
            ("Good use of resources", "Inadequate")]
    d.raw("\\begin{center}\\small\\rowcolors{2}{peel!6}{white}\n"
          "\\begin{tabularx}{0.92\\textwidth}{@{}X l@{}}\n\\toprule\n"
          "\\rowcolor{peel}\\textcolor{white}{\\bfseries Area} & "
          "\\textcolor{white}{\\bfseries Grade}\\\\\n\\midrule\n")
    for a, g in rows:
        d.raw(f"{esc(a)} & {esc(g)}\\\\\n")
    d.raw("\\bottomrule\n\\end{tabularx}\n\\end{center}\n\n")
    numbered2 = [["We found that the force is effective at preventing crime, and that its "
                  "neighbourhood teams are well known and trusted in most communities.",
                  "But it needs to improve how quickly it responds to calls for service and how "
                  "well it identifies vulnerable victims at the first point of contact."]]
    d.raw("\\begin{enumerate}[label=\\thesection.\\arabic*, leftmargin=2.8em, labelwidth=2.4em, "
          "labelsep=0.4em, align=left, itemsep=5pt, topsep=4pt, start=2]\n")
    for sents in numbered2:
        d.raw("\\item " + d.text(*sents) + "\n")
    d.raw("\\end{enumerate}\n\n")

    section("Responding to the public")
    numbered([
        ["The force answers 999 calls promptly, and in the year to June 2025 it answered 91 per "
         "cent of them within ten seconds.",
         "Its handling of non-emergency calls is less effective."],
        ["Callers to the 101 number waited an average of 14 minutes, and one in five abandoned "
         "their call before it was answered.^[Figures supplied by Ravensmoor Constabulary for the "
         "twelve months to 30 June 2025.]",
         "Control room staff told us that they often felt they were ‘firefighting’ rather than "
         "giving callers the service they deserved."],
        ["Call handlers did not always use the structured risk assessment, and in 17 of the 60 "
         "calls we listened to they did not ask about previous incidents.",
         "The force should make sure that call handlers identify repeat and vulnerable callers "
         "on every occasion."],
        ["Response officers attended emergency incidents within the force’s target time in most "
         "cases.",
         "However, the force had no reliable way of telling callers when an officer would arrive "
         "for a lower-priority incident."],
    ])
    section("Protecting vulnerable people")
    numbered([
        ["The force has a well-trained public protection team, and we saw effective joint "
         "working with the two local authorities.",
         "Its multi-agency safeguarding hub deals with referrals quickly and makes sure that "
         "officers’ concerns are shared with social workers and health staff on the same day."],
        ["Frontline officers are confident in using domestic abuse risk assessments, but the "
         "quality of the information they record is inconsistent.",
         "In some files we found that officers had recorded the victim’s account in a single "
         "line, with no record of the children who lived at the address."],
        ["The force makes fewer applications for domestic violence protection orders^[A domestic "
         "violence protection order can stop a suspect from returning to a victim’s home for up "
         "to 28 days.] than other forces of a similar size, and it does not know why.",
         "It should find out whether officers lack the confidence or the time to apply for "
         "them."],
    ])
    section("Managing offenders and suspects")
    numbered([
        ["The force is good at pursuing suspects, and it has reduced the number of outstanding "
         "arrests from 412 to 186 in eighteen months.",
         "Its integrated offender management scheme is sufficiently resourced and works closely "
         "with the probation service."],
        ["Officers in the online child abuse team identified and safeguarded 63 children in the "
         "past year.",
         "The team’s caseload remains high, but supervisors review every case at least once a "
         "month\u2009—\u2009a practice we consider to be effective."],
        ["The force plans to save £4.6 million by 2028 by sharing back-office services with a "
         "neighbouring force."],
    ])
    d.raw(r"""\newpage
\thispagestyle{empty}
\vspace*{\fill}
{\small\raggedright
\textcopyright{} Synthetic test set 2026. This document was written to test software and
describes no real police force.\par\medskip
You may re-use this document free of charge, in any format or medium, under the terms of an
open licence.\par\medskip
Enquiries: probe8 test set, 7 Tannery Court, Lanbury. Email: probe8@example.invalid\par}
\end{document}
""")
    d.build()



# --------------------------------------------------------------------------------------------
@doc
def l02_letter_coldharrow():
    d = Doc("l02_letter_coldharrow")
    d.raw(r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{mathptmx}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[a4paper,left=2.5cm,right=2.5cm,top=2.2cm,bottom=2.5cm,headheight=14pt]{geometry}
\usepackage{microtype}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{enumitem}
\usepackage{pifont}
\usepackage{multicol}
\usepackage[most]{tcolorbox}
\usepackage[hidelinks,pdftitle={Cause of concern: Coldharrow and Wendle Police}]{hyperref}
\pdftrailerid{probe8-l02}
\definecolor{crest}{RGB}{40,30,90}
\definecolor{alert}{RGB}{170,30,40}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small Coldharrow and Wendle Police: cause of concern}
\fancyhead[R]{\small 14 January 2026}
\fancyfoot[C]{\small -- \thepage\ --}
\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{7pt}
\setlength{\columnsep}{8mm}
\begin{document}
\thispagestyle{empty}
\noindent\colorbox{crest}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{6pt}
\color{white}\Large\bfseries HM Inspectorate of Constabulary\\ and Fire \& Rescue Services
\vspace{6pt}}}

\hfill\begin{tabular}{@{}r@{}}\small Floor 4, 18 Wharfside Row\\ \small Lanbury LB1 4QT\\
\small Email: letters@inspectorate.invalid\end{tabular}

""")
    d.raw(notice())
    d.raw(r"""\hfill 14 January 2026

Chief Constable Amara Fenwick\\
Coldharrow and Wendle Police\\
Police Headquarters, Sandgate Road\\
Wendle WN3 8PL

Dear Chief Constable,

\textbf{Cause of concern: the investigation of rape and serious sexual offences}

""")
    d.p("I am writing to tell you about a cause of concern that we identified during our recent "
        "inspection of Coldharrow and Wendle Police.",
        "We carried out the fieldwork between 3 and 21 November 2025, and I am grateful to your "
        "officers and staff for the help they gave us.")
    d.p("During the inspection we examined how the force investigates reports of rape and other "
        "serious sexual offences.",
        "We found that too many investigations were delayed, poorly supervised or closed without "
        "the victim being told why.")
    d.p("In 41 of the 80 case files we reviewed, there had been no supervisory review for more "
        "than three months.",
        "Officers in the specialist team each carried between 22 and 30 investigations, far more "
        "than the force’s own guidance recommends.")
    d.p("Victims told us that they had waited many months for news of their case, and some said "
        "that they had withdrawn their support because they had lost confidence in the police."
        "^[We spoke to 19 victims, with the help of two independent sexual violence advisers.]")
    d.p("We recognise that the force has already taken some steps to improve, including "
        "recruiting eight additional detectives who will join the team in the spring.")
    d.raw("\\begin{tcolorbox}[enhanced, colback=alert!5, colframe=alert, boxrule=0.8pt, "
          "arc=0pt, left=8pt, right=8pt, fonttitle=\\bfseries, title={Cause of concern}]\n")
    d.raw(d.text("Coldharrow and Wendle Police does not investigate rape and serious sexual "
                 "offences effectively, and it does not keep victims informed about the progress "
                 "of their cases.",
                 "As a result, victims are being let down and offenders may not be brought to "
                 "justice.") + "\n\\end{tcolorbox}\n\n")
    d.p("To address this cause of concern, we recommend that within three months the force "
        "should:")
    d.items([
        "review every open rape investigation to make sure that it has an up-to-date plan and "
        "has been supervised;",
        "reduce the workload of officers in the specialist team so that it is in line with the "
        "force’s own guidance;",
        "make sure that victims are updated at least once every 28 days, as the victims’ code "
        "requires; and",
        "introduce a system that lets senior leaders see how long each investigation has been "
        "open.",
    ], opts=r"label=\textcolor{alert}{\ding{110}}, leftmargin=1.6em, itemsep=2pt, topsep=0pt")
    d.p("We will revisit the force in the summer of 2026 to assess its progress against these "
        "recommendations.",
        "I am copying this letter to the police and crime commissioner, who I know shares my "
        "concern.")
    d.raw(r"""Yours sincerely,

\vspace{1.2cm}
\textbf{Rosalind Achterberg}\\
His Majesty’s Inspector of Constabulary

\vspace{8pt}
\section*{\large Annex: summary of our findings}
\begin{multicols}{2}
""".replace("’", "'"))

    def sub(t):
        d.raw("\\textbf{%s}\\par\\nobreak\n" % esc(t))

    sub("Leadership")
    d.p("Chief officers have acknowledged the problem and have made rape investigation a force "
        "priority.")
    sub("Supervision")
    d.p("Detective sergeants in the rape investigation team supervise up to 14 officers each.",
        "Many of them told us that they had no time to review cases properly, and that they "
        "relied on officers to raise problems themselves.",
        "We found examples of investigations in which simple lines of enquiry, such as obtaining "
        "a suspect’s phone records, had not been followed for several months.")
    sub("Support for victims")
    d.p("The force has a good working relationship with the local sexual assault referral "
        "centre in Wendlecote.",
        "Independent sexual violence advisers described the officers they worked with as caring "
        "and committed.",
        "However, they also told us that victims often heard about decisions on their case from "
        "the advisers rather than from the police.")
    sub("Outcomes")
    d.p("In the year to September 2025, only 3.1 per cent of reported rapes in the force area "
        "resulted in a charge or summons^[Outcome figures supplied by the force; like everything "
        "in this document, they are invented.].",
        "This is lower than the rate for most forces in England and Wales.",
        "The force has recently set up a working group to understand the reasons for this, but "
        "it had not yet agreed an action plan when we inspected.")
    d.raw("\\end{multicols}\n\\end{document}\n")
    d.build()


# --------------------------------------------------------------------------------------------
@doc
def l03_crimedata_fellwick():
    d = Doc("l03_crimedata_fellwick")
    d.raw(r"""\documentclass[12pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{mathpazo}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[a4paper,textwidth=12.6cm,textheight=23cm,headheight=14pt]{geometry}
\usepackage{microtype}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{pifont}
\usepackage{multicol}
\usepackage{array,longtable,booktabs}
\usepackage[hidelinks,pdftitle={Crime data integrity inspection 2025: Fellwick Police}]{hyperref}
\pdftrailerid{probe8-l03}
\definecolor{cdi}{RGB}{0,105,100}
\titleformat{\section}{\large\bfseries\color{cdi}}{\thesection.}{0.5em}{}
\titlespacing*{\section}{0pt}{12pt plus 3pt}{5pt}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small\itshape Crime data integrity inspection 2025: Fellwick Police}
\fancyhead[R]{\small\itshape February 2026}
\fancyfoot[R]{\small\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\setlength{\columnsep}{7mm}
\newcommand{\np}[1]{\textbf{#1}\enspace}
\begin{document}
\thispagestyle{plain}
{\color{cdi}\LARGE\bfseries Crime data integrity inspection 2025\par}
\vspace{4pt}
{\Large Fellwick Police\par}
\vspace{10pt}
""")
    d.raw(notice())
    d.raw("{\\small February 2026\\par}\n\\vspace{6pt}\n")
    d.raw("\\section{Summary}\n")
    d.p("We estimate that Fellwick Police records 88.4 per cent of the crimes reported to it, "
        "which means that about 12\u2009400 crimes each year go unrecorded.",
        "This is an improvement on our last inspection in 2021, when we estimated the rate to be "
        "81.6 per cent.", prefix="\\np{1.1}")
    d.p("The force has made sufficient progress in recording violent crime, but it still fails "
        "to record many reports of behavioural crimes such as harassment and stalking.",
        "We found that officers often recorded only the most serious offence when a victim "
        "described several different crimes.", prefix="\\np{1.2}")
    d.raw("\\begin{multicols}{2}[\\section{Leadership and governance}]\n")
    d.p("The deputy chief constable leads the force’s work on crime recording and chairs a "
        "monthly board that scrutinises performance.",
        "The board receives detailed audit results, and its members challenge each other "
        "constructively.", prefix="\\np{2.1}")
    d.p("The force crime registrar^[The force crime registrar is responsible for making sure "
        "that the force follows the national crime recording rules.] is experienced and well "
        "respected, but her team of auditors has shrunk from six people to three since 2022.",
        "This has limited the number of audits the team can complete\u2009—\u2009in the first "
        "half of 2025 it audited only two of the eleven crime types in its plan.",
        prefix="\\np{2.2}")
    d.p("Officers and staff told us that the main obstacles to accurate recording were:",
        prefix="\\np{2.3}")
    d.items([
        "a lack of time at the end of shifts to complete crime reports;",
        "confusing guidance on when a crime should be recorded for a victim who does not want "
        "to support a prosecution;",
        "an outdated crime recording system that does not flag incidents which need a crime "
        "record; and",
        "too little feedback from supervisors when a crime had been recorded incorrectly.",
    ], opts=r"label=\textcolor{cdi}{\ding{228}}, leftmargin=1.4em, itemsep=1pt, topsep=0pt")
    d.p("We were pleased to find that the force had identified most of these problems itself.",
        "It has already begun to replace its crime recording system, and the new system is due "
        "to go live in April 2026.", prefix="\\np{2.4}")
    d.raw("\\end{multicols}\n\n\\section{Systems and processes}\n")
    d.p("Incidents reported to the control room are reviewed by a dedicated crime recording team "
        "before they are closed.",
        "This team corrected 1\u2009970 records in the six months before our inspection: a sign "
        "that the process works, but also that too many crimes are missed at first.",
        prefix="\\np{3.1}")
    d.p("Rape offences were recorded accurately in almost all the cases we examined."
        "^[We examined 94 reports of rape made to the force between 1 January and 30 June 2025.]",
        "However, the force did not always record additional crimes disclosed by rape victims "
        "during their interviews.", prefix="\\np{3.2}")
    d.p("Reports of crime made online are checked by the same team within 24 hours, and we found "
        "that this check was thorough.", prefix="\\np{3.3}")
    d.raw("\\section{Progress against our recommendations}\n")
    d.p("The table below lists the recommendations we made in 2021 and sets out our assessment "
        "of the progress the force has made against each of them.", prefix="\\np{4.1}")
    rows = [
        ("1", ["By June 2026, the force should make sure that officers record every crime "
               "disclosed by a victim, including behavioural crimes such as stalking and "
               "harassment."],
         ["The force has issued new guidance to officers.",
          "It is too early to tell whether this has changed practice."]),
        ("2", ["The force should restore its audit capacity so that it can audit every crime "
               "type at least once a year."],
         ["Two auditors have been recruited and will start in January 2026."]),
        ("3", ["The force should give officers timely feedback when a crime has been recorded "
               "incorrectly."],
         ["Supervisors now receive a weekly list of errors, but we found little evidence that "
          "they discuss them with the officers concerned."]),
        ("4", ["The force should make sure that its new crime recording system prompts officers "
               "to record a crime when an incident shows that one has taken place."],
         ["The force has included this requirement in its specification for the new system."]),
        ("5", ["The force should review how it records crimes reported by other agencies, such "
               "as schools and hospitals."],
         ["No progress has yet been made on this recommendation, and the force could not tell "
          "us when work would begin."]),
        ("6", ["The force should make sure that every officer who records crime has been trained "
               "in the national crime recording rules within the last three years."],
         ["Training records show that 71 per cent of officers have completed the course.",
          "The force expects the remainder to do so by the end of March 2026."]),
    ]
    head = ("\\toprule\n\\textbf{No.} & \\textbf{Recommendation} & \\textbf{Our assessment}"
            "\\\\\n\\midrule\n")
    d.raw("{\\small\n\\begin{longtable}{@{}>{\\raggedright}p{0.7cm}>{\\raggedright\\arraybackslash}"
          "p{5.5cm}>{\\raggedright\\arraybackslash}p{5.5cm}@{}}\n" + head + "\\endfirsthead\n"
          + head + "\\endhead\n\\midrule\\multicolumn{3}{r@{}}{\\footnotesize\\itshape "
          "Continued on next page}\\\\\n\\endfoot\n\\bottomrule\n\\endlastfoot\n")
    for no, rec, ass in rows:
        d.raw(no + " & " + d.text(*rec) + " & " + d.text(*ass) + "\\\\[3pt]\n")
    d.raw("\\end{longtable}\n}\n\\end{document}\n")
    d.build()



# --------------------------------------------------------------------------------------------
@doc
def l04_custody_harrowfield():
    d = Doc("l04_custody_harrowfield")
    d.raw(r"""\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[scaled=0.92]{helvet}
\renewcommand{\familydefault}{\sfdefault}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[a4paper,textwidth=14cm,textheight=24cm,headheight=14pt]{geometry}
\usepackage{microtype}
\usepackage{xcolor}
\usepackage{fancyhdr}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{amssymb}
\usepackage{tabularx,booktabs}
\usepackage{mdframed}
\usepackage[hidelinks,pdftitle={Police custody inspection: Harrowfield Police}]{hyperref}
\pdftrailerid{probe8-l04}
\definecolor{cust}{RGB}{90,40,110}
\titleformat{\section}{\large\bfseries\color{cust}}{\thesection}{0.7em}{}
\titlespacing*{\section}{0pt}{11pt plus 3pt}{4pt}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\footnotesize Police custody inspection: Harrowfield Police}
\fancyhead[R]{\footnotesize December 2025}
\fancyfoot[C]{\footnotesize Page \thepage}
\renewcommand{\headrulewidth}{0pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{6pt}
\begin{document}
\thispagestyle{fancy}
\noindent\colorbox{cust}{\parbox{\dimexpr\textwidth-2\fboxsep}{\vspace{8pt}
\color{white}{\Large\bfseries Report on an unannounced inspection visit to police custody suites
in Harrowfield\par}\vspace{4pt}
{\small Harrowfield Police\par}\vspace{6pt}}}

""")
    d.raw(notice())
    d.raw("{\\small December 2025\\par}\n")

    def section(t):
        d.raw("\\section{%s}\n" % esc(t))

    section("Introduction")
    d.p("This report describes our unannounced inspection of custody services provided by "
        "Harrowfield Police, which took place over two weeks in September 2025.",
        "We assessed the treatment and conditions of detainees against our published "
        "expectations for police custody.^[Our expectations describe the standards of treatment "
        "and conditions that we look for in every custody suite.]",
        "We examined 60 custody records in detail and spoke to 27 detainees during our visits.")
    section("Summary of findings")
    rows = [("Leadership, accountability and partnerships",
             "Leaders had a clear vision for custody, but they did not have enough staff to put "
             "it into practice."),
            ("Pre-custody: first point of contact",
             "Officers generally made good decisions about whether to bring people into "
             "custody."),
            ("In the custody suite: booking in, individual needs and legal rights",
             "Detainees were treated respectfully, although booking-in areas offered little "
             "privacy."),
            ("In the custody cell, safeguarding and health care",
             "Cells were clean, but observation of detainees at risk was sometimes missed or "
             "recorded late."),
            ("Release and transfer from custody",
             "Release planning was weak, and too few detainees were given information about "
             "support services.")]
    d.raw("\\begin{center}\\small\n\\begin{tabularx}{\\textwidth}"
          "{@{}>{\\raggedright\\arraybackslash\\bfseries}p{4.6cm}>{\\raggedright\\arraybackslash}X@{}}\n"
          "\\toprule\nInspection area & \\textbf{Summary}\\\\\n\\midrule\n")
    for a, summ in rows:
        d.raw(esc(a) + " & " + d.text(summ) + "\\\\\\addlinespace\n")
    d.raw("\\bottomrule\n\\end{tabularx}\n\\end{center}\n\n")
    section("Leadership, accountability and partnerships")
    d.raw("\\noindent\\begin{minipage}[t]{0.6\\textwidth}\n\\setlength{\\parskip}{6pt}\n")
    d.p("The force has a custody governance board that meets every quarter and is chaired by "
        "the assistant chief constable.",
        "The board looks at a wide range of data, including how long detainees are held and how "
        "often force is used.")
    d.p("However, staffing levels in both suites were too low at busy times, and sergeants "
        "often had to book in several detainees at once.",
        "Sergeants described the busiest shifts as “a conveyor belt”, and risk assessments "
        "were sometimes rushed.")
    d.raw("\\end{minipage}\\hfill\n\\begin{minipage}[t]{0.36\\textwidth}\n\\vspace{2pt}\n"
          "\\begin{mdframed}[backgroundcolor=cust!8, linecolor=cust, linewidth=1pt, "
          "topline=false, bottomline=false, rightline=false, innerleftmargin=7pt, "
          "innerrightmargin=6pt, innertopmargin=6pt, innerbottommargin=6pt]\n"
          "{\\bfseries\\color{cust} About Harrowfield custody\\par}\\vspace{3pt}\n"
          "\\small\n")
    d.p("Harrowfield has two custody suites, at Corbet Lane and at Mallowdene, with 34 cells "
        "between them.",
        "Both suites are open all day, every day, and together they held 8\u2009250 detainees "
        "in the year to August 2025.")
    d.raw("\\end{mdframed}\n\\end{minipage}\n\\par\\medskip\n\n")
    d.p("We identified the following areas for improvement:")
    d.items([
        "The force should make sure that there are enough custody staff on duty to meet demand "
        "at peak times.",
        "The force should improve the privacy of booking-in areas so that detainees can "
        "disclose sensitive information.",
        "The force should make sure that checks on detainees at risk are carried out and "
        "recorded at the required intervals.",
    ], opts=r"label=\textcolor{cust}{$\blacksquare$}, leftmargin=1.5em, itemsep=2pt, topsep=0pt")
    section("In the custody suite")
    d.p("Detainees with particular needs were generally well looked after:")
    d.items([
        "Interpreters were booked quickly, often by telephone within an hour of arrival.",
        "Women detainees were offered the chance to speak to a female member of staff.",
        "Detainees with mental health needs were seen promptly by the liaison and diversion "
        "team, which provided:",
        ("nested", r"label=\textendash, leftmargin=1.4em, itemsep=1pt, topsep=1pt",
         ["assessments in the suite within four hours on weekdays;",
          "follow-up support after release for those who agreed to it."]),
        "Detainees under 18 were usually held for 4–7 hours, which is shorter than in most "
        "forces we have inspected.",
    ], opts=r"label=\textbullet, leftmargin=1.5em, itemsep=2pt, topsep=0pt")
    d.raw("\\begin{quote}\\itshape\n")
    d.raw(d.text("They checked on me all night and brought me a blanket when I asked.",
                 "I didn’t feel like a criminal, even though I’d been arrested.") + "\n")
    d.raw("\\end{quote}\n\\vspace{-8pt}\\begin{flushright}\\small --- Detainee held at "
          "Mallowdene\\end{flushright}\n\n")
    section("In the custody cell, and release")
    d.p("We found that the use of force in custody was proportionate in the 24 incidents we "
        "reviewed on closed-circuit television.",
        "Strip-searches were authorised by an inspector and recorded fully, which is good "
        "practice.",
        "However, in 11 of the 60 records we examined, checks on detainees at risk were late by "
        "more than 15 minutes.")
    d.p("Planning for release was weak.",
        "Few detainees were asked how they would get home, and those released late at night "
        "were not offered help with transport.")
    d.raw("\\end{document}\n")
    d.build()


# --------------------------------------------------------------------------------------------
@doc
def l05_revisit_oakhurst():
    d = Doc("l05_revisit_oakhurst")
    # The letter class with its default Computer Modern (OT1) fonts and no glyphtounicode: the
    # plainest pdfLaTeX a letter writer would produce.
    d.raw(r"""\documentclass[11pt,a4paper]{letter}
\usepackage[a4paper,textwidth=13cm,textheight=23cm]{geometry}
\usepackage{microtype}
\usepackage{enumitem}
\usepackage{framed}
\usepackage[hidelinks,pdftitle={Revisit letter: Oakhurst Police}]{hyperref}
\pdftrailerid{probe8-l05}
\address{HM Inspectorate of Constabulary\\ and Fire \& Rescue Services\\ 7 Tannery Court\\
Lanbury LB2 9HD}
\signature{Gideon Marchbank\\ His Majesty's Inspector of Constabulary}
\date{19 January 2026}
\pagestyle{headings}
\begin{document}
\begin{letter}{Chief Constable Priya Halloran\\ Oakhurst Police\\ Force Headquarters\\ Mill Lane\\
Oakhurst OK4 2RT}
\opening{Dear Chief Constable,}
""")
    d.raw(notice())
    d.raw("\\textbf{Revisit: the force’s response to missing people}\n\n".replace("’", "'"))
    d.p("In March 2025 we wrote to you about a cause of concern in how Oakhurst Police responds "
        "to reports of missing people.",
        "This letter sets out what we found when we revisited the force between 8 and 12 "
        "December 2025 to assess its progress.")
    d.p("Since our original letter, the force has appointed a detective superintendent as its "
        "lead for missing people, and she reports directly to the deputy chief constable.",
        "She has made clear improvements in how the force learns from serious cases.")
    d.p("We made three recommendations in our original letter.",
        "For each one, we describe below the action the force has taken and our assessment of "
        "whether it has been enough.")
    d.items([
        ["The force has introduced a new risk assessment for missing people, and every control "
         "room supervisor has been trained to use it.",
         "Officers told us that the new assessment is quicker to complete than the previous "
         "form.",
         "In the 40 cases we reviewed, the initial risk grading was appropriate in 37.",
         "We consider that this recommendation has been met."],
        ["The force has created a missing persons coordination unit that reviews every open case "
         "at least twice a day.",
         "The unit is well led, but it is staffed only during office hours, so cases reported "
         "overnight can wait up to ten hours for review.",
         "This recommendation has been partly met."],
        ["The force agreed to make sure that every child who returns from being missing is "
         "offered a return interview within 72 hours.",
         "It has not yet achieved this: in the year to November 2025, only 58 per cent of "
         "return interviews took place on time.^[Return interviews are carried out by the local "
         "authority’s commissioned service; the force is responsible for the safe and well "
         "check.]",
         "This recommendation has not been met."],
    ], opts=r"label=\textbf{\arabic*.}, leftmargin=2em, labelwidth=1.4em, labelsep=0.6em, "
            r"align=left, itemsep=4pt", env="enumerate")
    d.raw("\\begin{framed}\n\\textbf{Our overall assessment}\\par\\smallskip\n")
    d.p("Oakhurst Police has made real progress since our original inspection, and children "
        "reported missing are now safer as a result.",
        "But the cause of concern has not been fully addressed, and we will continue to monitor "
        "the force’s work closely.")
    d.raw("\\end{framed}\n\n")
    d.p("During our revisit we also found some wider improvements:")
    d.items([
        "Neighbourhood officers now visit the five children’s homes in the force area every "
        "week.",
        "The force shares information about missing children with neighbouring forces through a "
        "secure weekly bulletin.",
        "Officers we spoke to understood the link between repeated missing episodes and "
        "criminal exploitation.",
    ], opts=r"label=\textbullet, leftmargin=1.5em, itemsep=1pt")
    d.p("We remain concerned about the timeliness of return interviews, which are the main way "
        "in which the force learns why a child went missing.",
        "Without them, officers may miss signs that the child is being exploited.")
    d.p("We will ask the force to provide an update on the remaining recommendations by 30 June "
        "2026.",
        "I would like to thank you and your officers for the open and constructive way in which "
        "they engaged with our revisit.")
    d.raw(r"""\closing{Yours sincerely,}
\cc{Police and crime commissioner for Oakhurst}
\encl{Summary of case file review}
\end{letter}
\end{document}
""")
    d.build()


if __name__ == "__main__":
    names = sys.argv[1:] or list(DOCS)
    for n in names:
        DOCS[n]()
