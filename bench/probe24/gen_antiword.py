"""probe24: the three `w` documents, written as Word 97 files and converted to PDF by antiword.

Each document is written here as RTF (Word layout: letterhead, headers and footers, justified
paragraphs with typed paragraph numbers, Word footnotes, bordered tables, Symbol and Wingdings
bullets, a bordered and shaded box, a two-column section, page breaks), LibreOffice Writer
(headless) saves it as a Word 97 `.doc`, and **antiword 0.37** (Debian `antiword` 0.37-16)
writes the PDF with `antiword -a a4 -m 8859-1.txt`: antiword reads the Word file, breaks and
justifies the lines itself and writes the PDF with its own code (standard Type 1 fonts, not
embedded).  LibreOffice only makes the input; the PDF is antiword's.  Scratch files go to
$PROBE24_WORK/antiword.  The gold is written from the same strings.

Note: Debian 12's security update antiword 0.37-16+deb12u1 stops every PDF and PostScript
conversion of these files with "More font entries than expected"; the set was made with
0.37-16 (see README).
"""
import os
import re
import subprocess
import sys

from common import NOTICE, PDF_DIR, Gold, pieces, workdir

NAVY = 1
TEAL = 2
GREY = 3
TINT = 4
COLORTBL = (r"{\colortbl;\red31\green56\blue100;\red0\green110\blue120;"
            r"\red90\green90\blue90;\red228\green236\blue244;}")
FONTTBL = (r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fswiss\fcharset0 Arial;}"
           r"{\f2\ftech\fcharset2 Symbol;}{\f3\fnil\fcharset2 Wingdings;}"
           r"{\f4\fswiss\fcharset0 Verdana;}}")


def rtf(template, **kw):
    """Fill the <name> slots of an RTF template (RTF is full of braces and backslashes)."""
    for k, v in kw.items():
        template = template.replace("<" + k + ">", str(v))
    assert not re.search(r"<[a-z]{1,3}>", template), template
    return template


def enc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
    return "".join(out)


class Doc:
    def __init__(self, name, body_font=0, size=22):
        self.name = name
        self.gold = Gold(name)
        self.bf = body_font
        self.size = size
        self.parts = []
        self.fn_size = 16

    def marked(self, s):
        """RTF for a marked-up sentence string (footnotes as Word footnotes)."""
        out = []
        for kind, txt in pieces(s):
            if kind == "text":
                out.append(enc(txt))
            else:
                out.append(rtf(r"{\super\chftn}{\*\footnote\pard\plain\ql\f<f>\fs<s>"
                               r"{\super\chftn} <t>}", f=self.bf, s=self.fn_size, t=enc(txt)))
        return "".join(out)

    def raw(self, rtf):
        self.parts.append(rtf)

    def line(self, text, font=1, size=20, bold=False, italic=False, color=0, align="l",
             sa=0, sb=0):
        """A paragraph that is not gold (letterhead, address, labels, furniture)."""
        self.parts.append(rtf(r"\pard\plain\q<al>\sb<sb>\sa<sa>\f<f>\fs<s><b><i>\cf<c> <t>\par",
                              al=align, sb=sb, sa=sa, f=font, s=size, b=r"\b" if bold else "",
                              i=r"\i" if italic else "", c=color, t=enc(text)))

    def notice(self, size=18):
        self.line(NOTICE, font=self.bf, size=size, italic=True, sa=160, sb=60)

    def heading(self, text, size=28, color=NAVY, sb=240, sa=100, font=1):
        self.parts.append(rtf(r"\pard\plain\keepn\ql\sb<sb>\sa<sa>\f<f>\fs<s>\b\cf<c> <t>\par",
                              sb=sb, sa=sa, f=font, s=size, c=color, t=enc(text)))

    def para(self, sents, label=None, sa=140, align="j", gold=True):
        if gold:
            self.gold.add(*sents)
        body = " ".join(self.marked(s) for s in sents)
        if label:
            self.parts.append(rtf(r"\pard\plain\q<al>\fi-567\li567\sa<sa>\tx567\f<f>\fs<s> "
                                  r"<l>\tab <t>\par", al=align, sa=sa, f=self.bf, s=self.size,
                                  l=enc(label), t=body))
        else:
            self.parts.append(rtf(r"\pard\plain\q<al>\sa<sa>\f<f>\fs<s> <t>\par",
                                  al=align, sa=sa, f=self.bf, s=self.size, t=body))

    def bullet(self, sent, font=2, char="b7", sa=80):
        self.gold.add(sent)
        self.parts.append(rtf(r"\pard\plain\ql\fi-357\li720\sa<sa>\tx720\f<f>\fs<s>"
                              r"{\f<bf>\'<ch>}\tab <t>\par", sa=sa, f=self.bf, s=self.size,
                              bf=font, ch=char, t=self.marked(sent)))

    def table(self, rows, widths, header_fill=NAVY, size=18):
        """A bordered table (not gold).  rows[0] is the header row."""
        brd = r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10"
        for i, row in enumerate(rows):
            cells = []
            x = 0
            defs = [r"\trowd\trgaph108\trleft0"]
            for w in widths:
                x += w
                defs.append(brd + (rf"\clcbpat{header_fill}" if i == 0 else "") + rf"\cellx{x}")
            for c in row:
                if i == 0:
                    cells.append(rtf(r"\pard\plain\intbl\ql\f1\fs<s>\b\cf0{\cf0 <t>}\cell",
                                     s=size, t=enc(c)))
                else:
                    cells.append(rtf(r"\pard\plain\intbl\ql\f1\fs<s> <t>\cell", s=size, t=enc(c)))
            self.parts.append("".join(defs) + "\n" + "".join(cells) + r"\row")
        self.parts.append(r"\pard\plain\sa120\fs12\par")

    def box(self, title, sents, size=None):
        """A bordered, shaded block of paragraphs (title not gold, sentences gold)."""
        self.gold.add(*sents)
        size = size or self.size - 2
        b = rf"\box\brdrs\brdrw15\brdrcf1\brsp100\cbpat{TINT}"
        self.parts.append(rtf(r"\pard\plain\ql\li300\ri300\sb120<b>\f1\fs<s>\b\cf1 <t>\par",
                              b=b, s=size, t=enc(title)))
        self.parts.append(rtf(r"\pard\plain\qj\li300\ri300\sa120<b>\f1\fs<s> <t>\par",
                              b=b, s=size, t=" ".join(self.marked(s) for s in sents)))

    def page(self):
        """A new section starting on a new page (antiword starts a new page at every section
        break; it does not act on a page break that LibreOffice stores as "page break before")."""
        self.parts.append(r"\sect\sectd\sbkpage")

    def write(self, info, header=None, footer=None, first_header=None, margins=1418):
        title, author, (yr, mo, dy, hr, mi) = info
        tim = rf"\yr{yr}\mo{mo}\dy{dy}\hr{hr}\min{mi}"
        head = [r"{\rtf1\ansi\ansicpg1252\deff0", FONTTBL, COLORTBL,
                rf"{{\info{{\title {enc(title)}}}{{\author {author}}}{{\creatim{tim}}}{{\revtim{tim}}}}}",
                rtf(r"\paperw11906\paperh16838\margl<m>\margr<m>\margt<m>\margb<m>\widowctrl",
                    m=margins)]
        if first_header is not None:
            head.append(rf"\titlepg{{\headerf\pard\plain\qr\f1\fs16 {enc(first_header)}\par}}")
        if header:
            head.append(rf"{{\header\pard\plain\qr\f1\fs16\cf3 {enc(header)}\par}}")
        if footer:
            head.append(rf"{{\footer\pard\plain\qc\f1\fs16 {enc(footer)}{{\field{{\*\fldinst PAGE}}{{\fldrslt 1}}}}\par}}")
        source = "\n".join(head + self.parts + ["}"])
        work = workdir("antiword")
        src = os.path.join(work, self.name + ".rtf")
        with open(src, "w", encoding="ascii") as f:
            f.write(source)
        profile = "file://" + os.path.join(work, "lo_profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--norestore", "--convert-to", "doc:MS Word 97", "--outdir", work, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        doc = os.path.join(work, self.name + ".doc")
        pdf = os.path.join(PDF_DIR, self.name + ".pdf")
        env = dict(os.environ, HOME=work, LC_ALL="C", LANG="C")
        with open(pdf, "wb") as out:
            r = subprocess.run(["antiword", "-a", "a4", "-m", "8859-1.txt", doc], stdout=out,
                               stderr=subprocess.PIPE, env=env)
        if r.returncode != 0:
            sys.exit("antiword failed on {}: {}".format(doc, r.stderr.decode("latin-1").strip()))
        return self.gold.write()


def w01():
    d = Doc("w01_letter_wexcombe")
    d.line("Synthetic Inspectorate of Constabulary", size=30, bold=True, color=NAVY, align="r")
    d.line("Northern Region", size=20, color=NAVY, align="r")
    d.line("Unit 4, Example Court, Lanchester LN9 4ZZ", size=16, color=GREY, align="r")
    d.line("Telephone 0000 000 0000   contact@synthetic-inspectorate.invalid", size=16,
           color=GREY, align="r", sa=200)
    d.notice()
    d.line("Chief Constable Marcus Veldon", font=0, size=22)
    d.line("Wexcombe Police", font=0, size=22)
    d.line("Police Headquarters, Ferry Lane", font=0, size=22)
    d.line("Wexcombe WX1 1AA", font=0, size=22, sa=200)
    d.line("Our reference: SIC/2024/117", font=0, size=22, align="r")
    d.line("14 November 2024", font=0, size=22, align="r", sa=240)
    d.line("Dear Chief Constable,", font=0, size=22, sa=200)
    d.line("Revisit of the cause of concern about digital forensic backlogs", font=0, size=22,
           bold=True, sa=200)
    d.para([
        "In our PEEL inspection of Wexcombe Police in 2023, we identified a cause of concern "
        "about the time the force was taking to examine seized digital devices.",
        "At that time, more than 1,400 devices were waiting for examination, and some had waited "
        "for over a year.^[Figures supplied by the force in March 2023.]",
    ], label="1.")
    d.para([
        "We recommended that the force should reduce the backlog and make sure that devices in "
        "the most serious cases are prioritised.",
        "This letter sets out what we found when we returned to the force in October 2024.",
    ], label="2.")
    d.para([
        "The force has made good progress.",
        "The number of devices waiting for examination has fallen to 310, and no device in a "
        "case involving a risk to a child has waited for more than 30 days.",
        "This is a substantial reduction, and it has been sustained for eight consecutive months.",
    ], label="3.")
    d.para([
        "The improvement has been achieved by recruiting six additional examiners, introducing a "
        "triage process at the point of seizure and installing self-service kiosks in three "
        "police stations.",
        "Officers told us that the kiosks allow them to download messages from a victim’s phone "
        "and return it the same day, which victims value.",
    ], label="4.")
    d.para(["We also found that:"], label="5.", sa=80)
    d.bullet("a senior officer now chairs a monthly meeting that reviews every case waiting "
             "longer than 90 days;")
    d.bullet("the quality assurance of kiosk downloads is carried out by a qualified examiner;")
    d.bullet("the force has obtained accreditation for its mobile phone examination work;")
    d.bullet("investigators receive a written update when their device request is delayed.",
             sa=140)
    d.para([
        "The improvement has been well led.",
        "The head of the digital forensics unit has a clear plan, and the staff we met understood "
        "their priorities.",
    ], label="6.")
    d.para([
        "We spoke to representatives of the local child protection partnership, who confirmed "
        "that delays in examining devices are no longer holding up their work.",
        "They described the force’s new triage approach as practical and well explained.",
    ], label="7.")
    d.para([
        "Some concerns remain.",
        "The force still has a backlog of computers and storage drives, and the turnaround time "
        "for those devices^[Measured from the date of the request to the date of the report.] "
        "is about four months.",
        "Demand is expected to grow, and the force’s plans to meet it depend on funding that has "
        "not yet been agreed.",
        "We also found that the force does not yet measure whether examinations are completed "
        "within the times it has set for each category of case.",
    ], label="8.")
    d.para([
        "We have concluded that the cause of concern has been addressed.",
        "We will continue to monitor the force’s progress through our routine engagement, and we "
        "will look again at digital forensics in the force’s next PEEL inspection.",
    ], label="9.")
    d.para([
        "A copy of this letter goes to Wexcombe’s police and crime commissioner, who may wish to "
        "publish it.",
    ], label="10.")
    d.line("Yours sincerely,", font=0, size=22, sb=120, sa=600)
    d.line("Isobel Quarrington", font=0, size=22, bold=True)
    d.line("HM Inspector of Constabulary (fictional)", font=0, size=22, sa=240)
    d.line("cc: Police and crime commissioner for Wexcombe", font=0, size=18)
    return d.write(("Revisit letter: Wexcombe Police", "probe24", (2024, 11, 14, 9, 12)),
                   header="Wexcombe Police – revisit letter, 14 November 2024", first_header="",
                   footer="Page ")


def w02():
    d = Doc("w02_peel_orrinsdale", body_font=1, size=21)
    d.line("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", size=22, bold=True,
           color=TEAL, sb=600)
    d.line("An inspection of Orrinsdale Constabulary", size=44, bold=True, color=NAVY, sb=120,
           sa=120)
    d.line("May 2019", size=24, color=GREY, sa=120)
    d.notice(size=18)
    d.heading("Overall judgements", size=28)
    d.para([
        "We inspected Orrinsdale Constabulary in the autumn of 2018.",
        "Our judgements for each pillar and question are shown in the table below, and the "
        "reasons for them are explained in the sections that follow.",
    ])
    d.table([
        ["Pillar or question", "Grade"],
        ["Effectiveness", "Good"],
        ["Preventing crime and tackling anti-social behaviour", "Good"],
        ["Investigating crime", "Good"],
        ["Protecting vulnerable people", "Requires improvement"],
        ["Tackling serious and organised crime", "Good"],
        ["Efficiency", "Requires improvement"],
        ["Meeting current demands and using resources", "Requires improvement"],
        ["Planning for the future", "Requires improvement"],
        ["Legitimacy", "Good"],
        ["Treating the public fairly", "Good"],
        ["Ethical and lawful workforce behaviour", "Good"],
        ["Treating the workforce fairly", "Good"],
    ], [6200, 2800])
    d.heading("HM Inspector’s summary", size=26)
    d.para([
        "Orrinsdale Constabulary is a small force that serves a largely rural population spread "
        "across two counties.",
        "I am satisfied with most aspects of its performance, although I have concerns about its "
        "efficiency and the way it protects vulnerable people.^[Grades are based on our "
        "2018/19 integrated PEEL assessment.]",
        "The force has a strong ethical culture, and its officers treat the public with fairness "
        "and respect.",
        "We will monitor the force’s progress in the areas that need improvement.",
    ])
    d.heading("Effectiveness: good", size=26, color=TEAL)
    d.para([
        "Partner organisations and the force work closely together to prevent crime and to "
        "tackle anti-social behaviour.",
        "Neighbourhood officers spend most of their time in their communities and are rarely "
        "taken away to cover other duties.",
        "Investigations are generally thorough, and victims receive a good service from the "
        "officers who deal with them.",
    ])
    d.para([
        "However, officers do not always recognise the signs of exploitation when they encounter "
        "young people who go missing.",
        "The force should improve how it records and shares information about children at risk "
        "of criminal exploitation.",
        "It has a good understanding of the organised crime groups operating in its area, and it "
        "disrupts them effectively.",
    ])
    d.para(["To improve its effectiveness, the force should:"], sa=80, align="l")
    d.bullet("make sure that missing children are assessed for signs of exploitation on every "
             "occasion;", font=3, char="a7")
    d.bullet("review how information about exploited children is passed to partner agencies;",
             font=3, char="a7")
    d.bullet("check that supervisors record their reviews of high-risk domestic abuse cases.",
             font=3, char="a7", sa=140)
    d.heading("Efficiency: requires improvement", size=26, color=TEAL)
    d.para([
        "The force has a limited understanding of the demand it faces, particularly demand that "
        "is hidden or less likely to be reported.",
        "It has not assessed the skills of its workforce in enough detail to plan for future "
        "needs.",
        "Some specialist teams are under strain because of vacancies that have not been filled "
        "for several months.",
        "Its financial plans rely on using reserves of £6.2 million over the next three years, "
        "which is not sustainable.^[Figure taken from the force’s medium-term financial plan, "
        "2019.]",
        "The force has begun a review of its operating model, but this was at an early stage "
        "when we inspected.",
    ])
    d.heading("Legitimacy: good", size=26, color=TEAL)
    d.para([
        "Officers and staff understand the code of ethics and apply it in their daily work.",
        "The force uses stop and search fairly, and an external panel scrutinises a sample of its "
        "records every quarter.",
        "Complaints are handled promptly, and complainants are kept informed.",
        "Staff told us that they felt able to challenge decisions without fear of being treated "
        "unfairly.",
        "The force’s vetting unit has cleared its backlog, and all officers now hold the correct "
        "level of clearance.",
    ])
    d.heading("Leadership", size=26)
    d.para([
        "The chief officer team is visible and well regarded by the workforce.",
        "Leaders have a realistic view of the force’s strengths and weaknesses and have begun to "
        "address the most pressing issues.",
    ])
    d.page()
    d.line("Synthetic Inspectorate of Constabulary", size=28, bold=True, color=NAVY, sb=4000)
    d.line("© Synthetic Inspectorate 2019. This synthetic document may be reused free of charge "
           "in any format or medium under the terms of an open licence.", size=18, sb=200)
    d.line("This is not an inspectorate publication. Contact: "
           "contact@synthetic-inspectorate.invalid", size=18, sb=100)
    d.line("ISBN: not assigned", size=18, sb=100)
    return d.write(("PEEL 2018/19: Orrinsdale Constabulary", "probe24", (2019, 5, 2, 14, 5)),
                   header="PEEL 2018/19 | Orrinsdale Constabulary", footer="")


def w03():
    d = Doc("w03_cdi_fennholt", body_font=4, size=20)
    d.fn_size = 15
    d.line("Crime data integrity", size=28, color=TEAL, sb=400)
    d.line("Inspection of Fennholt Police", size=40, bold=True, color=NAVY, sa=100)
    d.line("October 2014", size=22, color=GREY, sa=200)
    d.notice(size=17)
    # two-column summary in a section of its own
    d.raw(r"\sect\sectd\sbknone\cols2\colsx567")
    d.heading("Summary", size=26, sb=0)
    d.para([
        "We carried out this inspection to establish whether the crimes reported to Fennholt "
        "Police are recorded accurately.",
        "We found that the force recorded about 86 percent of the crimes that should have been "
        "recorded, which is an unacceptably low figure.",
    ])
    d.para([
        "This means that around one in seven crimes reported to the force is missing from its "
        "records.",
        "Some of the missing crimes were serious, including assaults and sexual offences.",
    ])
    d.raw(r"\column")
    d.para([
        "Senior leaders have taken the findings seriously and have already begun to make "
        "changes.",
        "A new crime registrar has been appointed, and an audit programme has been agreed.",
    ])
    d.para([
        "We found no evidence that officers had been put under pressure to avoid recording "
        "crimes.",
        "However, much more needs to be done before the public can have confidence in the "
        "force’s figures.",
    ])
    d.raw(r"\sect\sectd\sbknone\cols1")
    d.box("How we audited the records", [
        "We examined a sample of incident records and checked whether each incident that should "
        "have resulted in a crime being recorded had done so.",
        "We also examined decisions to cancel crimes and to use out-of-court disposals.",
    ])
    d.heading("Leadership and governance", size=24)
    d.para([
        "The chief constable has made clear that accurate recording is a priority for every "
        "officer and member of staff.",
        "This message has reached the frontline, and the officers we spoke to understood it.",
    ], label="1.1")
    d.para([
        "The force’s governance board meets monthly but receives little information about the "
        "accuracy of recording.^[The board’s terms of reference were revised in June 2014.]",
        "The force does not yet publish its own audit results, which would help to build public "
        "confidence.",
    ], label="1.2")
    d.heading("Systems and processes", size=24)
    d.para([
        "Most crimes are recorded by a central team after officers report the details by "
        "telephone.",
        "This arrangement works well in principle, but the team is often short-staffed at "
        "weekends.",
    ], label="2.1")
    d.para([
        "Decisions to cancel recorded crimes were correct in most of the cases we examined.",
        "In a small number, the reasons given did not meet the standard set by the national "
        "rules.",
    ], label="2.2")
    d.heading("People and skills", size=24)
    d.para([
        "Training in crime recording is provided to new officers but not to experienced officers "
        "or staff.",
        "Many of the people we met were unsure about the rules for recording crimes reported by "
        "third parties.",
    ], label="3.1")
    d.para([
        "Supervisors rarely check whether crimes have been recorded correctly.",
        "When they do, their checks are not recorded.",
    ], label="3.2")
    d.heading("Recommendations", size=24)
    d.para(["Within three months, Fennholt Police should:"], sa=80, align="l")
    d.bullet("put in place a plan to improve the accuracy of crime recording, with clear "
             "measures of progress;", font=3, char="d8")
    d.bullet("give refresher training on the crime recording rules to all officers and staff who "
             "record crimes;", font=3, char="d8")
    d.bullet("make sure that the central recording team has enough staff at all times.",
             font=3, char="d8", sa=140)
    d.heading("Next steps", size=24)
    d.para(["We will revisit the force in 2015 to assess its progress against these "
            "recommendations."])
    return d.write(("Crime data integrity: Fennholt Police", "probe24", (2014, 10, 21, 11, 40)),
                   header="Fennholt Police – Crime data integrity inspection 2014",
                   footer="Page ")


def main(names):
    os.makedirs(PDF_DIR, exist_ok=True)
    for fn in (w01, w02, w03):
        name = {"w01": "w01_letter_wexcombe", "w02": "w02_peel_orrinsdale",
                "w03": "w03_cdi_fennholt"}[fn.__name__]
        if names and name not in names:
            continue
        print(f"{name}: {fn()} gold sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
