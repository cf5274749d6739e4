"""probe22 y documents: GNU troff with the ms macros, written to PDF by groff's own PDF driver,
gropdf (``groff -Tpdf``), not by Ghostscript.

Each document is written as ms source (to a scratch folder, never into the repo) from the same
marked-up sentence strings that go into the gold, then run through
``groff -k -t -ms -mpdf -Tpdf -P-e`` (preconv for UTF-8 input, tbl for the grade table, the
URW base-35 Type 1 fonts embedded whole).  groff breaks and justifies the lines, hyphenates,
numbers and places the footnotes, balances nothing (ms two-column mode fills column 1 first)
and prints the running headers and footers.  gropdf stamps the clock's time as CreationDate and
ModDate, so groff runs under ``faketime`` with ``TZ=UTC``.

Usage: python3 gen_groff.py   (writes pdf/yNN_*.pdf and yNN_*.gold.json)
"""
import os
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, Gold, pieces

FAKETIME = "2024-11-05 10:20:00"
WORK = os.environ.get("PROBE22_WORK", os.path.join(tempfile.gettempdir(), "probe22_work"))


def esc(s):
    """Plain text to troff input: backslashes escaped, no line starting with a control
    character, U+00A0 as an unbreakable space."""
    s = s.replace("\\", "\\e").replace("\u00a0", "\\~")
    return s


def line(s):
    s = esc(s)
    return "\\&" + s if s[:1] in ".'" else s


class Doc:
    def __init__(self, name, title):
        self.name = name
        self.gold = Gold(name)
        self.src = [
            '.pdfinfo /Title ' + title,
            '.pdfinfo /Author probe22',
            '.pdfinfo /Subject synthetic test document, fictional force',
            '.pdfinfo /Keywords probe22 gen_groff.py',
        ]

    def raw(self, *lines):
        self.src.extend(lines)

    def sents(self, *sents, gold=True):
        """Sentences of one paragraph, one input line each; a footnote ``^[...]`` becomes an
        ms auto-numbered call (\\**) with its .FS/.FE block straight after the line."""
        for s in sents:
            if gold:
                self.gold.add(s)
            cur = ""
            for kind, txt in pieces(s):
                if kind == "text":
                    cur += esc(txt)
                else:
                    self.src.append(("\\&" if cur[:1] in ".'" else "") + cur.rstrip() + "\\**")
                    self.src.extend([".FS", line(txt), ".FE"])
                    cur = ""
            cur = cur.strip()
            if cur:
                self.src.append(("\\&" if cur[:1] in ".'" else "") + cur)

    def para(self, *sents, gold=True):
        self.raw(".PP")
        self.sents(*sents, gold=gold)

    def lp(self, *sents, gold=True):
        self.raw(".LP")
        self.sents(*sents, gold=gold)

    def heading(self, text, level=1):
        self.raw(f".SH {level}", line(text))

    def item(self, mark, s, indent="3n"):
        self.raw(f'.IP "{mark}" {indent}')
        self.sents(s)

    def notice(self):
        self.raw(".LP", ".hy 0", "\\fI" + esc(NOTICE) + "\\fP", ".hy 14")

    def build(self):
        os.makedirs(WORK, exist_ok=True)
        src = os.path.join(WORK, self.name + ".ms")
        with open(src, "w", encoding="utf-8") as f:
            f.write("\n".join(self.src) + "\n")
        out = os.path.join(PDF_DIR, self.name + ".pdf")
        env = dict(os.environ, TZ="UTC")
        with open(out, "wb") as f:
            subprocess.run(["faketime", "-f", FAKETIME, "groff", "-k", "-t", "-ms", "-mpdf",
                            "-Tpdf", "-P-e", "-P-pa4", "-dpaper=a4", src],
                           stdout=f, check=True, env=env)
        n = self.gold.write()
        print(f"{self.name}: {n} gold")


PREAMBLE = [
    ".nr PO 2.5c", ".nr LL 16c", ".nr HM 2.2c", ".nr FM 2.2c",
    ".nr PS 10.5", ".nr VS 13.5", ".nr PD 0.45v", ".nr PI 0",
    ".nr FPS 8.5", ".nr FVS 10.5",
    ".defcolor navy rgb 0.09 0.16 0.36",
    ".defcolor teal rgb 0.0 0.40 0.42",
    ".ds CH", ".ds LF", ".ds CF", ".ds RF",
]


def back_cover(d, lines):
    """Last page: running header and footer switched off, a few furniture lines (not gold)."""
    d.raw(".ds LH", ".ds CH", ".ds RH", ".bp", ".ds LF", ".ds CF", ".ds RF", ".sp 18c", ".LP",
          ".ad l", ".ps 9", ".vs 12")
    for x in lines:
        d.raw(line(x), ".br")


# ---------------------------------------------------------------- y01 PEEL, Helvetica
def y01():
    d = Doc("y01_peel_mellorby", "Mellorby Police PEEL 2023-25 (synthetic)")
    d.raw(*PREAMBLE, ".ds FAM H", ".fam H",
          ".ds LH \\s-1Mellorby Police \\[en] PEEL 2023\\[en]25\\s+1",
          ".ds RH \\s-1Police effectiveness, efficiency and legitimacy\\s+1",
          ".ds RF \\s-1Page %\\s+1",
          ".LP", ".ad l",
          "\\m[teal]\\s[11]\\fBPEEL 2023\\[en]25\\fP\\s0\\m[]", ".sp 1v",
          ".hy 0", ".vs 24p",
          "\\m[navy]\\s[20]\\fBPolice effectiveness, efficiency and legitimacy\\fP\\s0\\m[]",
          ".br", ".vs 13.5p", ".sp 0.4v",
          "\\s[14]An inspection of Mellorby Police\\s0", ".sp 0.3v",
          "\\s[10]Published 14 March 2025\\s0", ".br",
          "\\m[navy]\\D'l 16c 0'\\m[]", ".ad b")
    d.notice()
    d.heading("Overall summary")
    d.heading("Our judgements", 2)
    d.para("This inspection looked at how well Mellorby Police performs across nine areas of "
           "its work.",
           "The table below gives the grade we awarded in each of those areas.")
    grades = [("Police powers and public treatment", "Good"),
              ("Preventing crime", "Adequate"),
              ("Responding to the public", "Requires improvement"),
              ("Investigating crime", "Adequate"),
              ("Protecting vulnerable people", "Good"),
              ("Managing offenders", "Adequate"),
              ("Disrupting serious organised crime", "Adequate"),
              ("Developing a positive workplace", "Good"),
              ("Leadership and force management", "Adequate")]
    d.raw(".sp 0.5v", ".TS", "center box tab(|);", "lB | lB", "l | l.",
          "Area of policing|Grade", "=")
    for a, g in grades:
        d.raw(f"{a}|{g}")
    d.raw(".TE")
    d.para("Where we identify something the force must change, we describe it as an area for "
           "improvement or a cause of concern.")
    d.heading("HM Inspector\u2019s observations")
    d.para("Mellorby Police serves a mostly rural county with two fast-growing towns, Skelbrook "
           "and Orlingford.",
           "I am encouraged by the progress the force has made in the way officers use stop and "
           "search, which is now scrutinised closely by a panel of residents."
           "^[The panel meets every two months and reviews a random sample of body-worn video "
           "footage.]",
           "The force answers emergency calls promptly, but callers to its non-emergency number "
           "often abandon their call after waiting more than ten minutes.",
           "I have asked the chief constable to give this problem her personal attention.",
           "Elsewhere, the force\u2019s work to protect vulnerable people is a real strength, and "
           "its staff showed a clear sense of purpose.")
    d.heading("Responding to the public: requires improvement")
    d.para("We found the force\u2019s response to the public in need of improvement.",
           "In the first half of 2024, only 41 per cent of non-emergency calls were answered "
           "within the force\u2019s target of three minutes.",
           "Staff in the control room told us that sickness absence and vacant posts had left "
           "many shifts below their minimum strength.",
           "When incidents were graded, call handlers didn\u2019t always record why they had "
           "chosen a particular response time.")
    d.raw(".B1", ".RS", ".LP", "\\fBArea for improvement\\fP", ".br")
    d.lp("To get better at this, the force should:")
    sq = "\\f[ZD]\\N'110'\\fP"
    for s in ("reduce the time that callers to its non-emergency number wait before they speak "
              "to someone;",
              "make sure that call handlers record the reasons for each grading decision; and",
              "tell callers when an officer will not arrive within the time they were promised."):
        d.item(sq, s)
    d.raw(".RE", ".sp 0.3v", ".B2")
    d.heading("Investigating crime: adequate")
    d.para("We graded the force\u2019s investigations as adequate.",
           "Most investigations we examined were thorough, and victims were usually kept "
           "informed of progress.^[We examined 120 investigation files from the period April to "
           "September 2024.]",
           "However, the backlog of phones and computers awaiting examination in the digital "
           "forensics unit^[At the time of our inspection, 316 devices were waiting to be "
           "examined.] has grown over the past year.",
           "Some victims of burglary waited more than six months for their devices to be "
           "returned.")
    d.heading("Protecting vulnerable people: good")
    d.para("Mellorby Police protects vulnerable people well, and we graded this area as good.",
           "Its multi-agency safeguarding hub in Hatherwell shares information with "
           "children\u2019s services and health partners on the same day a referral arrives.",
           "We found that officers routinely used the domestic abuse disclosure scheme to warn "
           "people about a partner\u2019s history of violence.")
    d.raw(".B1", ".LP", "\\m[teal]\\fBPromising practice: the Lanmouth night bus scheme\\fP\\m[]")
    d.lp("The force has worked with a local bus company to train drivers to recognise young "
         "people who may be at risk of exploitation.",
         "Drivers on late-night routes can now call a dedicated officer, who decides whether a "
         "patrol should meet the bus.")
    d.raw(".sp 0.3v", ".B2")
    d.heading("Developing a positive workplace: good")
    d.para("The force understands the wellbeing needs of its workforce and has put in place a "
           "wide range of support.",
           "Staff told us that their supervisors listened to them and that they felt able to "
           "challenge decisions.",
           "The force has also reduced the number of student officers leaving before they "
           "finish their training.")
    d.heading("Leadership and force management: adequate")
    d.para("The chief officer team has a clear plan for the force, and it monitors performance "
           "against that plan every month.",
           "It should make sure that its plans for the control room are backed by realistic "
           "estimates of the demand the force will face.")
    back_cover(d, ["Synthetic probe22 document y01 (back cover)",
                   "Mellorby Police is a fictional force.",
                   "Typeset with GNU troff (ms macros) and gropdf"])
    d.build()


# ---------------------------------------------------------------- y02 revisit letter, Times
def y02():
    d = Doc("y02_letter_aldenshaw", "Aldenshaw Constabulary revisit letter (synthetic)")
    d.raw(*PREAMBLE, ".ds FAM T", ".fam T",
          ".ds LH \\s-1Aldenshaw Constabulary \\[en] revisit letter\\s+1",
          ".ds RH \\s-1Page %\\s+1",
          ".LP", ".ad r",
          "\\m[navy]\\s[13]\\fBOffice of His Majesty\\[cq]s Inspector of Constabulary\\fP\\s0"
          "\\m[]", ".br",
          "\\s[9]Northern Region \\(bv 4 Bramwick Walk \\(bv Dunholt DN4 7QA\\s0", ".br",
          ".ad l", "\\m[navy]\\D'l 16c 0'\\m[]", ".ad b")
    d.notice()
    d.raw(".LP", ".ad l", ".nf",
          "Our reference: AW/2024/117", "9 October 2024", "",
          "Chief Constable Barnaby Quillfeather", "Aldenshaw Constabulary",
          "Police Headquarters", "Gorsely Road", "Ilverton IL2 5PW",
          ".fi", ".ad b", ".LP", "Dear Chief Constable,",
          ".LP", "\\fBAldenshaw Constabulary: revisit of the cause of concern about crime "
          "recording\\fP")
    d.para("This letter sets out what our team found on returning to Aldenshaw Constabulary "
           "in September 2024.",
           "The purpose of our visit was to assess the progress the force has made since we "
           "reported a cause of concern about the way it records crime."
           "^[Our original report was published in January 2024.]")
    d.para("In that report, we said that the force failed to record around one in six of the "
           "crimes reported to it.",
           "We also found that reports of violence against the person were the most likely to "
           "go unrecorded.")
    d.raw(".LP", "\\fBWhat we found\\fP")
    d.para("The force has responded with energy and purpose, which I welcome.",
           "It has created a central crime recording team, which now checks every incident log "
           "that closes without a crime being recorded.",
           "The team has twelve members, and it reports directly to the assistant chief "
           "constable who leads on data quality.")
    d.para("We audited 300 incident records from July and August 2024, and we estimate that "
           "the force now records about 93 per cent of reported crime.",
           "This is a marked improvement, although it remains below the standard the public "
           "are entitled to expect.",
           "The improvement is greatest for reports of violent crime, where the force now "
           "records 91 per cent of offences compared with 71 per cent at our last inspection.")
    d.para("We found that the force had made the following changes:")
    for s in ("it has trained all of its call handlers and front-line supervisors in the "
              "national crime recording rules;",
              "it has rewritten its guidance for officers who attend reports of stalking and "
              "harassment;",
              "it publishes a monthly summary of its recording accuracy on its intranet; and",
              "it has appointed a force crime registrar with the authority to overturn "
              "decisions about whether a crime should be recorded."):
        d.item("\\(bu", s)
    d.raw(".LP", "\\fBWhat still needs to be done\\fP")
    d.para("Some problems remain.",
           "Crimes disclosed to officers during visits about other matters were still missed "
           "in about one case in ten.",
           "In several cases, a victim told an officer about an earlier assault, but no record "
           "of that assault was made.")
    d.para("We also found that crimes reported by other agencies, such as schools and "
           "hospitals, were sometimes closed without any record being made.",
           "The force told us that it plans to address this by giving partner agencies a "
           "dedicated reporting line.",
           "We will look at whether this has worked when we next visit.")
    d.para("The force should also record reports of behavioural crimes, such as controlling "
           "or coercive behaviour, as separate offences whenever the law requires it.")
    d.para("Our regional staff will keep checking on this work through their regular contact "
           "with your team.",
           "We do not intend to remove the cause of concern until we are satisfied that the "
           "improvement has been sustained for at least six months.")
    d.para("Your officers and staff were open and constructive throughout this revisit, and I "
           "am grateful to them.",
           "Mr Desmond Tallisker, the police and crime commissioner for Aldenshaw, will receive "
           "a copy of this letter, which we will also publish.")
    d.raw(".LP", "Yours sincerely,", ".sp 2.5v", ".nf", "\\fBPhilippa Hartgrove\\fP",
          "His Majesty\u2019s Inspector of Constabulary", ".fi")
    d.build()


# ---------------------------------------------------------------- y03 crime data integrity
def y03():
    d = Doc("y03_cdi_ravensfold", "Ravensfold Police crime data integrity inspection "
            "(synthetic)")
    d.raw(*PREAMBLE, ".ds FAM P", ".fam P", ".nr PS 10", ".nr VS 13",
          ".ds LH \\s-1\\fIRavensfold Police: crime data integrity inspection 2023\\fP\\s+1",
          ".ds RH \\s-1\\fB%\\fP\\s+1",
          ".ds CF \\s-1\\fIsynthetic test document\\fP\\s+1",
          ".LP", ".ad l",
          "\\s[11]\\m[teal]CRIME DATA INTEGRITY\\m[]\\s0", ".sp 1v",
          "\\s[24]\\fBRavensfold Police\\fP\\s0", ".sp 0.3v",
          "\\s[13]\\fICrime data integrity inspection 2023\\fP\\s0", ".sp 0.2v",
          "\\s[10]November 2023\\s0", ".br", "\\m[teal]\\D'l 16c 0'\\m[]", ".ad b")
    d.notice()
    d.heading("Summary")
    # two-column summary: a borderless tbl table of two text blocks side by side
    d.raw(".TS", "tab(@);", "lw(7.6c)fR lw(7.6c)fR.", "T{")
    d.sents("Our purpose was to test how accurately Ravensfold Police records the crimes that "
            "people report to it.",
            "Our audit puts the force\u2019s recording rate at 88.4 per cent of the crime "
            "reported to it, fraud aside.",
            "On that estimate, upwards of 11,000 crimes a year go unrecorded.")
    d.raw(".sp 0.5v")
    d.sents("The force has improved since our last inspection in 2019, when we estimated its "
            "accuracy at 79.2 per cent.",
            "Its recording of sexual offences is good, but its recording of violent crime still "
            "needs attention.")
    d.raw("T}@T{")
    d.sents("We judge the force\u2019s crime recording to be adequate.",
            "Our audit found that the force\u2019s crime management unit makes sound decisions "
            "on most of the reports it receives directly from victims.",
            "Problems arise mainly when officers at the scene of an incident learn of a further "
            "crime and do not pass it on.")
    d.raw(".sp 0.5v")
    d.sents("The force has accepted our findings and has already begun to act on them.")
    d.raw("T}", ".TE")
    d.heading("Leadership and culture")
    d.raw('.IP "1.1" 5n')
    d.sents("The deputy chief constable chairs a crime data integrity board that meets every "
            "quarter.",
            "Board members receive a detailed report showing recording accuracy for each crime "
            "type and each district.")
    d.raw('.IP "1.2" 5n')
    d.sents("Officers and staff we spoke to understood that accurate crime recording matters to "
            "victims.^[We held focus groups with 64 officers and staff in Morrowfield and "
            "Pennyhollow.]",
            "However, some response officers still believed that a crime need not be recorded "
            "if the victim did not want police action.")
    d.raw(".LP", ".B1", ".LP", "\\fBWhy accurate recording matters\\fP", ".br")
    d.sents("When a crime is not recorded, the victim may not be offered the support to which "
            "they are entitled.",
            "Unrecorded crimes are also unlikely to be investigated, so offenders may go on to "
            "harm others.")
    d.raw(".sp 0.3v", ".B2")
    d.heading("Systems and processes")
    d.raw('.IP "2.1" 5n')
    d.sents("Most crimes are recorded by a team of staff in the force\u2019s crime management "
            "unit, who take details directly from victims.",
            "This arrangement works well for crimes reported by telephone.")
    d.raw('.IP "2.2" 5n')
    d.sents("It works less well for crimes that officers discover while dealing with other "
            "incidents.",
            "We found 37 such crimes in our audit that had not been recorded, including nine "
            "cases of common assault.")
    d.raw('.IP "2.3" 5n')
    d.sents("The force\u2019s auditors check a sample of incidents each month, but the sample is "
            "too small to show reliable trends at district level.^[The monthly sample is 60 "
            "incidents for the whole force.]")
    d.heading("People and skills")
    d.raw('.IP "3.1" 5n')
    d.sents("All new officers receive training on the crime recording rules during their first "
            "year of service.",
            "Refresher training for experienced officers has been limited, and many we spoke to "
            "had last been trained more than five years ago.")
    d.raw('.IP "3.2" 5n')
    d.sents("The force crime registrar is experienced and well respected, but has only one "
            "assistant.")
    d.raw('.IP "3.3" 5n')
    d.sents("Supervisors review new crime reports within 24 hours, and we saw good examples of "
            "them correcting errors.")
    d.heading("Recommendations")
    d.lp("Within three months, the force should:")
    arrow = "\\f[ZD]\\N'228'\\fP"
    for s in ("make sure that officers record crimes they discover while attending other "
              "incidents;",
              "increase the size of its monthly audit sample so that it can measure accuracy "
              "for each district; and",
              "give experienced officers refresher training on the crime recording rules."):
        d.item(arrow, s)
    d.lp("Within twelve months we will look again at how far the force has acted on these "
         "recommendations.")
    back_cover(d, ["Synthetic probe22 document y03 (back cover)",
                   "Ravensfold Police is a fictional force.",
                   "Typeset with GNU troff (ms macros) and gropdf"])
    d.build()


if __name__ == "__main__":
    os.makedirs(PDF_DIR, exist_ok=True)
    y01()
    y02()
    y03()
