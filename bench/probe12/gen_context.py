"""probe12 producer n: ConTeXt MkIV (Debian `context` 2021.03.05, LuaTeX 1.15 backend).

Each document is written here as ConTeXt source (tex/nNN_*.tex) and typeset with
`context --batchmode` (ConTeXt runs as many passes as the contents list and page references
need).  ConTeXt does all the layout: paragraph breaking with UK hyphenation patterns (justified
text, so words are hyphenated at line ends), OpenType ligatures (fi, fl, ff, ffi) and kerning,
footnotes, columns, tables, the contents page with dot leaders and the MetaPost figure.
The notice is set ragged right, without hyphenation and without ligatures.
The gold is written from the same strings that go into the source.

  n01  PEEL report, TeX Gyre Pagella / Heros
  n02  thematic inspection, TeX Gyre Termes, two-column pages, MetaPost bar chart
  n03  letter, TeX Gyre Heros (sans), ragged right but hyphenated
"""
import os
import shutil
import subprocess

from common import HERE, NOTICE, Gold, pieces, tex

TMP = os.environ.get("PROBE12_TMP", "/tmp/probe12/build")
TEX_DIR = os.path.join(HERE, "tex")
NBSP = "\u00a0"

PREAMBLE = r"""\mainlanguage[uk]
\setuppapersize[A4]
\setuplayout[topspace=12mm,header=10mm,headerdistance=6mm,height=middle,footer=10mm,
  footerdistance=6mm,backspace=25mm,width=middle]
\definecolor[accent][r=0.08,g=0.30,b=0.33]
\definecolor[pale][r=0.90,g=0.94,b=0.94]
\definefontfeature[noligs][default][liga=no]
\setupinteraction[state=start,color=,contrastcolor=]
\setuppagenumbering[location=]
\setupwhitespace[medium]
\setupindenting[no]
\setuptolerance[tolerant]
\setupheader[style={\tfx},color=darkgray]
\setupfooter[style={\tfx},color=darkgray]
\setuphead[chapter][number=no,page=no,style={\ssbf\tfb},color=accent,before={\blank[big]},after={\blank[medium]}]
\setuphead[section][number=no,style={\ssbf\tfa},color=accent,before={\blank[medium]},after={\blank[small]}]
\setuplist[chapter][alternative=c,style=bold]
\setuplist[section][alternative=c,margin=1.5em]
\setupcombinedlist[content][list={chapter,section}]
\setupnotation[footnote][bodystyle=\tfxx]
\setupitemize[each][indentnext=no]
\define\notice{{\addff{noligs}\startalignment[flushleft,nothyphenated]\bf """ + tex(NOTICE) + r"""\par\stopalignment}}
"""

BACK = r"""\startstandardmakeup[headerstate=empty,footerstate=empty,align=flushleft]
\vfill
{\tfx\setupwhitespace[medium]
© Crown copyright 2026 (synthetic test document).

This publication is licensed under the terms of the Open Government Licence v3.0 except where
otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.

Where we have identified any third-party copyright information, you will need to obtain permission
from the copyright holders concerned.

This document is available at www.justiceinspectorates.gov.uk/hmicfrs

Any enquiries about this publication should be sent to us at contactus@hmicfrs.gov.uk
\par}
\blank[big]
\blackrule[width=\textwidth,height=2pt,color=accent]
\stopstandardmakeup
"""


class Src:
    def __init__(self, name, preamble):
        self.name = name
        self.gold = Gold(name)
        self.out = [PREAMBLE, preamble, r"\starttext"]

    def raw(self, s):
        self.out.append(s)

    def inline(self, s):
        out = []
        for kind, t in pieces(s):
            out.append(tex(t) if kind == "text" else r"\footnote{" + tex(t) + "}")
        return "".join(out)

    def p(self, *sents):
        self.out.append(" ".join(self.inline(s) for s in sents) + "\n")
        self.gold.add(*sents)

    def items(self, items, kind="1", opts=""):
        """items: str (level 1) or list (a nested list under the previous item)."""
        self.out.append(r"\startitemize[" + kind + ",packed]" + opts)
        for it in items:
            if isinstance(it, list):
                self.items(it, kind="2")
            else:
                self.out.append(r"\item " + self.inline(it))
                self.gold.add(it)
        self.out.append(r"\stopitemize")

    def num(self, n, *sents):
        self.out.append(r"\startitemize[n][start=%d,width=2em,stopper=.]" % n)
        self.out.append(r"\item " + " ".join(self.inline(s) for s in sents))
        self.out.append(r"\stopitemize")
        self.gold.add(*sents)

    def build(self):
        self.out.append(r"\stoptext")
        os.makedirs(TEX_DIR, exist_ok=True)
        path = os.path.join(TEX_DIR, self.name + ".tex")
        with open(path, "w", encoding="utf-8") as f:
            f.write("% " + self.name + ": written by gen_context.py (probe12)\n")
            f.write("\n".join(self.out) + "\n")
        work = os.path.join(TMP, "context")
        os.makedirs(work, exist_ok=True)
        shutil.copy(path, work)
        r = subprocess.run(["context", "--batchmode", "--nonstopmode", self.name + ".tex"], cwd=work,
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout[-3000:])
            raise SystemExit(f"context failed for {self.name}")
        shutil.copy(os.path.join(work, self.name + ".pdf"), os.path.join(HERE, "pdf", self.name + ".pdf"))
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


def table(header, rows, widths):
    """A ruled ConTeXt natural table; header row shaded. Cells are TeX-ready strings."""
    out = [r"\bTABLE[split=repeat,option=stretch]",
           r"\setupTABLE[frame=on,framecolor=darkgray,rulethickness=0.4pt,offset=4pt,align={flushleft,verytolerant}]",
           r"\setupTABLE[r][1][background=color,backgroundcolor=accent,color=white,style=\ssbf]"]
    for k, w in enumerate(widths):
        out.append(r"\setupTABLE[c][%d][width=%s]" % (k + 1, w))
    out.append(r"\bTABLEhead \bTR " + " ".join(r"\bTH " + h + r" \eTH" for h in header) + r" \eTR \eTABLEhead")
    out.append(r"\bTABLEbody")
    for r in rows:
        out.append(r"\bTR " + " ".join(r"\bTD " + c + r" \eTD" for c in r) + r" \eTR")
    out.append(r"\eTABLEbody \eTABLE")
    return "\n".join(out)


def n01():
    d = Src("n01_peel_eskerdowns", r"""\setupbodyfont[pagella,10.5pt]
\setupheadertexts[{PEEL 2025–27: Esker Downs Police}][{\ifnum\realpageno=2 \else Police effectiveness, efficiency and legitimacy\fi}]
\setupbackgrounds[header][text][bottomframe=on,framecolor=accent]
\setupfootertexts[][{\pagenumber}]
""")
    d.raw(r"""\startstandardmakeup[headerstate=empty,footerstate=empty,align=flushleft]
\blackrule[width=\textwidth,height=4pt,color=accent]
\blank[big]
{\ss\tfb\color[accent]{PEEL 2025–27}}
\blank[big]
{\ss\bf\tfd Police effectiveness, efficiency and legitimacy\par}
\blank[medium]
{\ss\tfc An inspection of Esker Downs Police\par}
\blank[3*big]
\notice
\vfill
{\tfa Published 2 June 2026}
\stopstandardmakeup
\setuppagenumber[number=2]
\title{Contents}
\placecontent
\page""")
    d.raw(r"\chapter{Overall summary}")
    d.p("We are satisfied with some aspects of the performance of Esker Downs Police, but there "
        "are areas in which the force needs to improve.",
        "Its officers and staff are committed, and the public we spoke to were generally "
        "confident that the force would help them if they needed it.",
        "The force’s financial position is difficult, however, and some of its plans for making "
        "efficiency savings have not yet been fulfilled.")
    d.raw(r"\section{Grades for each area}")
    d.p("The following table sets out the grade we have given to the force in each area of "
        "policing that we inspected.")
    d.raw(table(["Area of policing", "Grade"], [
        ["Recording data about crime", "Good"],
        ["Preventing crime and anti-social behaviour", "Good"],
        ["Responding to the public", "Requires improvement"],
        ["Investigating crime", "Adequate"],
        ["Protecting vulnerable people", "Adequate"],
        ["Good use of resources", "Inadequate"]], ["0.68\\textwidth", "0.32\\textwidth"]))
    d.raw(r"\chapter{Preventing crime and anti-social behaviour: good}")
    d.num(1, "The force is good at preventing crime and anti-social behaviour.",
          "Its prevention strategy sets out clear priorities, and officers at every level "
          "understood them.^[The strategy was refreshed in January 2025 after consultation with "
          "the five district councils.]")
    d.num(2, "Neighbourhood officers identified the particular problems affecting their "
          "communities and worked with partner organisations to find long-term solutions.",
          "In one estate, officers, youth workers and a housing association reduced reports of "
          "anti-social behaviour by almost half in a year.")
    d.p("The force’s approach to problem-solving includes:")
    d.items(["a named officer for every problem-solving plan;",
             "regular reviews of each plan by a trained supervisor, who checks:",
             ["that the plan is still needed;",
              "what difference it has made;"],
             "a shared library of successful plans that officers can adapt."])
    d.raw(r"\chapter{Responding to the public: requires improvement}")
    d.num(3, "Esker Downs Police needs to improve how it answers emergency and non-emergency "
          "calls.",
          "During our inspection, too many non-emergency callers abandoned their call before it "
          "was answered.")
    d.num(4, "The force told us that it intends to introduce an online reporting service and a "
          "call-back system.",
          "These had not been implemented at the time of our fieldwork, so we could not assess "
          "their effect.^[We will review progress through our regular monitoring of the force.]")
    d.raw(r"""\startframedtext[width=\textwidth,frame=off,leftframe=on,rulethickness=3pt,framecolor=accent,background=color,backgroundcolor=pale,offset=8pt]
{\ss\bf Area for improvement}\par""")
    d.p("The force should make sure that it answers non-emergency calls promptly, and that "
        "callers who are vulnerable are identified and prioritised.")
    d.raw(r"\stopframedtext")
    d.raw(r"\chapter{Investigating crime: adequate}")
    d.num(5, "The force generally carries out thorough investigations that are proportionate to "
          "the offence.",
          "Officers we spoke to understood the importance of gathering evidence quickly, and we "
          "saw efficient use of house-to-house enquiries and CCTV.")
    d.num(6, "But the force does not always consider whether the suspect could be arrested "
          "sooner, and some suspects who were wanted for offences against vulnerable victims "
          "remained at large for weeks.",
          "The force should monitor these cases more closely.")
    d.raw(r"\chapter{Good use of resources: inadequate}")
    d.num(7, "The force does not have a sufficiently detailed understanding of the demand for its "
          "services, and its workforce plan is not based on reliable information.",
          "It has overspent its budget in each of the last three years and has used its reserves "
          "to cover the difference.")
    d.num(8, "We have concerns about the force’s ability to balance its budget in future "
          "years.",
          "It has identified savings of £3.1" + NBSP + "million, but its own forecasts show a "
          "shortfall of more than twice that amount by 2028.")
    d.raw(r"""\startframedtext[width=\textwidth,frame=on,rulethickness=1pt,framecolor=darkred,offset=8pt]
{\ss\bf Cause of concern}\par""")
    d.p("Esker Downs Police does not have a realistic plan to balance its budget.",
        "Within six months, the force should work with the police and crime commissioner to "
        "agree a financial plan that is based on a full understanding of demand.")
    d.raw(r"\stopframedtext")
    d.raw(BACK)
    d.build()


def n02():
    d = Src("n02_thematic_tarrowby", r"""\setupbodyfont[termes,10pt]
\setupheadertexts[][{Tarrowby Constabulary · Missing children thematic inspection}]
\setupbackgrounds[header][text][bottomframe=on,framecolor=accent]
\setupfootertexts[{HMICFRS thematic report}][{Page \pagenumber}]
\setupcaptions[figure][style=\tfx\it,headstyle=\tfx\bf]
\setupcolumns[distance=7mm]
""")
    d.raw(r"""{\ss\bf\tfc\color[accent]{How Tarrowby Constabulary responds when children go missing}\par}
\blank[medium]
{\ss\tfa A thematic inspection\par}
\blank[medium]
\notice
\blank[medium]""")
    d.p("Every year thousands of children are reported missing to the police, and some of them "
        "are at serious risk of exploitation.",
        "This thematic inspection examined how effectively Tarrowby Constabulary finds missing "
        "children, safeguards them when they return and works with other organisations to stop "
        "them going missing again.")
    d.raw(r"\startcolumns[n=2,balance=yes]")
    d.raw(r"\section{The initial response}")
    d.p("Call handlers in the force control room generally ask the right questions when a child "
        "is reported missing.",
        "They record the child’s circumstances carefully, and they usually find out whether the "
        "child has gone missing before.")
    d.p("Officers who attend are expected to search the child’s home and speak to family "
        "members, friends and carers.",
        "In most of the cases we reviewed, this happened promptly and was properly "
        "documented.^[We reviewed 64 missing child cases from the period October to December "
        "2025.]")
    d.p("However, the force’s risk assessments were sometimes inconsistent.",
        "Children who had been missing several times were occasionally classified as low risk "
        "simply because they had always returned before.")
    d.raw(r"""\startframedtext[width=\hsize,frame=off,background=color,backgroundcolor=pale,offset=6pt]
{\ss\bf Key finding}\par""")
    d.p("Repeated episodes of going missing can be a sign that a child is being exploited, and "
        "they should increase, not reduce, the assessed level of risk.")
    d.raw(r"\stopframedtext")
    d.raw(r"\section{Return home interviews}")
    d.p("When a missing child is found, the local authority should offer an independent return "
        "home interview within 72 hours.",
        "These interviews often reveal where the child has been and who they have been with.")
    d.p("We found that the information from return home interviews was not always shared with "
        "the police.",
        "In the sample we examined, the force received the interview record in fewer than half "
        "of the cases in which an interview took place.")
    d.raw(r"\stopcolumns")
    d.raw(r"""\placefigure[here][fig:episodes]{Missing episodes reported to Tarrowby Constabulary, by quarter, 2025}
{\startMPcode
  numeric w; w := 28mm;
  numeric v[]; v1 := 412; v2 := 455; v3 := 398; v4 := 471;
  string q[]; q1 := "Jan–Mar"; q2 := "Apr–Jun"; q3 := "Jul–Sep"; q4 := "Oct–Dec";
  for i = 1 upto 4:
    fill unitsquare xscaled (w - 6mm) yscaled (v[i] * 0.08mm) shifted ((i - 1) * w, 0)
      withcolor (0.08, 0.30, 0.33);
    label.bot(textext(q[i]), ((i - 1) * w + (w - 6mm) / 2, -1mm));
    label.top(textext(decimal v[i]), ((i - 1) * w + (w - 6mm) / 2, v[i] * 0.08mm + 1mm));
  endfor;
  draw (-2mm, 0) -- (4 * w, 0) withpen pencircle scaled 0.4pt;
\stopMPcode}""")
    d.raw(r"\startcolumns[n=2,balance=yes]")
    d.raw(r"\section{Working with partners}")
    d.p("Figure 1 shows that the number of missing episodes has changed little over the year.",
        "Most episodes involve a small number of children, many of whom live in children’s "
        "homes in the east of the county.")
    d.p("The force has appointed a missing persons co-ordinator who meets the managers of these "
        "homes every month.",
        "This has improved relationships and has led to some useful joint work.")
    d.p("We were told about a child who had been reported missing eleven times in two months.",
        "After a joint meeting, the home changed its staffing at weekends and the police "
        "disrupted an adult who had been contacting the child, and the episodes stopped.")
    d.raw(r"\section{Children placed from outside the county}")
    d.p("About a third of the children living in the county’s children’s homes have been placed "
        "there by local authorities elsewhere in the country.",
        "The force is not always told when these children arrive, and officers sometimes learn "
        "of a placement only when the child is first reported missing.")
    d.p("This makes it harder for the force to assess risk quickly.",
        "The placing authority often holds important information about the child’s history, "
        "including previous exploitation, but officers told us that it could take days to obtain "
        "it.")
    d.p("We welcome the force’s efforts to agree a notification protocol with the children’s "
        "homes.",
        "It should now seek the support of the placing authorities, through the regional "
        "safeguarding partnership, so that the protocol applies to every child placed in "
        "the county.")
    d.raw(r"\section{Recommendations}")
    d.p("By the end of 2026, the force should:")
    d.items(["review its missing persons risk assessment so that repeat episodes are given "
             "proper weight;",
             "agree with the local authority how return home interview records will be shared "
             "within five days;",
             "evaluate the work of the missing persons co-ordinator and decide whether the role "
             "should be extended."])
    d.raw(r"\stopcolumns")
    d.raw(BACK)
    d.build()


def n03():
    d = Src("n03_letter_selvanby", r"""\setupbodyfont[heros,10.5pt]
\setupalign[flushleft]
\setupheadertexts[{\ifnum\realpageno=1 \else Selvanby Police · road safety revisit · 14 May 2026\fi}][]
\setupfootertexts[][{\ifnum\realpageno=1 \else\pagenumber\fi}]
""")
    d.raw(r"""\startlinealignment[right]{\bf\tfb\color[accent]{His Majesty’s Inspectorate of Constabulary}}\stoplinealignment
\startlinealignment[right]{\tfx Marram House · 11 Tollgate Yard · Wenlow WN4 0ZZ · 0300 000 0000}\stoplinealignment
\blackrule[width=\textwidth,height=0.6pt,color=accent]
\blank[medium]
\notice
\blank[small]
Chief Constable Owain Draycott-Lusk\crlf Selvanby Police\crlf Police Headquarters, Kilnfield Road\crlf Selvanby SV2 7XX
\blank[small]
\startlinealignment[right]14 May 2026\stoplinealignment
\blank[small]
Dear Chief Constable,
\blank[small]
{\bf Revisit: roads policing and collision investigation in Selvanby Police}
\blank[small]""")
    d.p("I am writing to let you know the outcome of our revisit to Selvanby Police in April "
        "2026, which followed up the recommendations in our 2025 report on roads policing.",
        "We examined documents, interviewed officers and staff, and reviewed a sample of "
        "collision investigation files.")
    d.p("The force has made good progress in some respects.",
        "It has published a roads policing strategy that is aligned with the regional road "
        "safety partnership, and it now has a single chief officer who is accountable for "
        "roads policing.",
        "Officers in the collision investigation unit told us that they feel better supported "
        "than they did a year ago.")
    d.p("In particular, the force has:")
    d.items(["recruited six additional forensic collision investigators, although three of them "
             "are still completing their accreditation;",
             "introduced a family liaison officer rota so that bereaved families are contacted "
             "within a day;",
             "started to analyse collision data to identify the routes on which enforcement would "
             "have the greatest effect."])
    d.p("But we remain concerned about the time it takes to complete fatal collision "
        "investigations.",
        "The average investigation now takes fourteen months, which is longer than at our "
        "previous inspection.^[Average for investigations completed between April 2025 and "
        "March 2026, as reported by the force.]",
        "Families told us that the long wait for an outcome added significantly to their "
        "distress.")
    d.p("The force also acknowledged that its evidential breath-testing equipment is old and "
        "frequently unavailable.",
        "On two occasions during our revisit, drivers suspected of drink-driving had to be "
        "taken to a neighbouring force’s custody suite to be tested.",
        "Replacement equipment has been ordered, and the force expects it to be installed by "
        "September.")
    d.p("We also looked at how the force deals with reports of dangerous driving made by members "
        "of the public.",
        "Drivers and cyclists can now upload camera footage through the force’s website, and the "
        "force received more than 2" + NBSP + "300 submissions last year.",
        "Around a fifth of these led to a warning letter, a course or a prosecution.")
    d.p("The force has not yet reviewed whether it has enough staff to process this footage "
        "within the legal time limits.",
        "We found a backlog of 190 submissions, some of which had been waiting for more than a "
        "month.",
        "If they are not dealt with in time, no further action can be taken against the drivers "
        "concerned.")
    d.p("I would be grateful if you could write to me by 31 July 2026 to set out how the force "
        "intends to reduce the time taken to complete fatal collision investigations.",
        "We will take your response into account when we plan our next inspection of the force.",
        "Please also tell us whether the new breath-testing equipment has been installed.")
    d.p("This letter will be published on our website, and a copy has been sent to the police, "
        "fire and crime commissioner.",
        "I would like to thank your officers and staff for their co-operation and for the "
        "candid way in which they discussed the challenges they face.")
    d.raw(r"""\blank[medium]
Yours sincerely,
\blank[small]
\startMPcode
  draw (0,0) .. (4mm,6mm) .. (8mm,-1mm) .. (13mm,5mm) .. (18mm,0) .. (26mm,4mm) .. (34mm,1mm)
    withpen pencircle scaled 0.8pt withcolor (0.1,0.1,0.4);
\stopMPcode
\blank[small]
{\bf Imogen Tresillian-Ward}\crlf His Majesty’s Inspector of Constabulary""")
    d.build()


def main():
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    n01()
    n02()
    n03()


if __name__ == "__main__":
    main()
