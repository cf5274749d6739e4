"""probe19 producer g: gofpdf 2.17.2 (Debian golang-github-jung-kurt-gofpdf-dev 2.17.2+ds-3,
built offline with Debian's Go 1.19 in GOPATH mode), the Go PDF library that Go web services use
to write reports.  It is a Go port of the PHP FPDF design, with its own PDF writer (PDF 1.3,
standard 14 fonts with WinAnsi/cp1252 or TrueType fonts embedded as CIDFontType2, Identity-H,
with a ToUnicode map, under gofpdf's own "utf8<family>" names).  This generator writes one JSON
description per document and runs ``gofpdf_render.go`` (compiled here with ``go build``), which
breaks lines, flows columns, places footnotes and draws everything through gofpdf's API; see that
file for what is gofpdf's and what is the program's.

  g01  2014 HMIC crime data integrity report: standard 14 fonts (Times-Roman body justified
       with Tw, Helvetica-Bold headings), navy title band, numbered section headings, footnotes
       at the page foot (one after a full stop, one glued to a word), ZapfDingbats bullets
       ("l" = ●), "(i)" lists under "Immediately, the force should:", header from page 2,
       "Page N of M" (gofpdf's {nb} alias).
  g02  rural crime thematic in two columns: Caladea body justified with gofpdf's UTF-8 TJ
       justification, soft-hyphen line breaks printing "-", Carlito headings, letter-spaced
       kicker (Tc), a tinted side box inside a column, sentences crossing the column and page
       breaks, lettered "(a)" recommendations.
  g03  custody inspection report with numbered paragraphs ("1.1" in the margin), Carlito,
       ragged right, en-dash bullets, "a." list, footnotes at the page foot, header and page
       numbers.

Usage: python3 gen_gofpdf.py   (needs Debian's golang-go and golang-github-jung-kurt-gofpdf-dev)
"""
import json
import os
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, Gold, para, soft

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2014-11-20T09:30:00Z"
BLACK = [0, 0, 0]


def font(family, size, style="", color=BLACK):
    return {"family": family, "style": style, "size": size, "color": color}


class Doc:
    def __init__(self, name, **setup):
        self.gold = Gold(name)
        self.blocks = []
        self.stack = [self.blocks]
        self.setup = setup

    def add(self, block):
        self.stack[-1].append(block)

    def p(self, *sents, gold=True, hyph=False, **kw):
        """A paragraph block; kw: font, lead, align, indent, label, lfont, labelx, before,
        after, keep, tc."""
        if gold:
            self.gold.add(*sents)
        text = para(sents)
        self.add(dict(t="p", text=soft(text) if hyph else text, **kw))

    def box(self, **kw):
        b = dict(t="box", blocks=[], **kw)
        self.add(b)
        self.stack.append(b["blocks"])

    def end(self):
        self.stack.pop()

    def render(self, exe, tmp):
        name = self.gold.name
        doc = dict(self.setup, out=os.path.join(PDF_DIR, name + ".pdf"), date=DATE,
                   blocks=self.blocks)
        path = os.path.join(tmp, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        subprocess.run([exe, path], check=True)
        print(f"{name}: {self.gold.write()} gold sentences")


def build(tmp):
    """Compile gofpdf_render.go against Debian's gofpdf sources (GOPATH mode, no network)."""
    exe = os.path.join(tmp, "gofpdf_render")
    env = dict(os.environ, GO111MODULE="off", GOPATH="/usr/share/gocode",
               GOCACHE=os.path.join(tmp, "gocache"), GOFLAGS="", CGO_ENABLED="0")
    subprocess.run(["go", "build", "-trimpath", "-o", exe, os.path.join(HERE,
                    "gofpdf_render.go")], check=True, env=env)
    return exe


# ---------------------------------------------------------------------------------------------

def g01(exe, tmp):
    navy = [16, 42, 84]
    body = font("Times", 11)
    head = font("Helvetica", 12.5, "B", navy)
    d = Doc("g01_cdi_dunmallow", w=210, h=297, ml=25, mr=25, mt=22, mb=22,
            info={"Title": "Crime data integrity: inspection of Dunmallow Police",
                  "Author": "probe19", "Creator": "probe19 gofpdf_render"},
            header={"from": 2, "left": "Crime data integrity: Dunmallow Police",
                    "right": "HMIC", "font": font("Helvetica", 8, "", [90, 90, 90]), "y": 11,
                    "rule": True},
            footer={"from": 1, "center": "Page {page} of {nb}",
                    "font": font("Helvetica", 8.5, "", [60, 60, 60]), "y": 282},
            notefont=font("Times", 8.5), notelead=3.6)
    d.add({"t": "rect", "rect": [0, 0, 210, 62], "fill": navy})
    white = [255, 255, 255]
    d.p("HMIC", gold=False, font=font("Helvetica", 11, "B", white), lead=6)
    d.p("Crime data integrity", gold=False, font=font("Helvetica", 24, "B", white), lead=11,
        before=4)
    d.p("Inspection of Dunmallow Police", gold=False, font=font("Helvetica", 15, "", white),
        lead=8)
    d.p("November 2014", gold=False, font=font("Helvetica", 10.5, "", white), lead=6, after=16)
    d.p(NOTICE, gold=False, font=font("Times", 11, "I"), lead=5.2, after=5)

    def para_(*s, **kw):
        d.p(*s, font=body, lead=5.4, align="J", after=2.6, hyph=True, **kw)

    def h(t):
        d.p(t, gold=False, font=head, lead=7, before=3, after=1, keep=True)

    def item(label, t, lf=None, indent=9):
        d.p(t, font=body, lead=5.4, align="J", indent=indent, label=label, labelx=2,
            lfont=lf, after=1.2, hyph=True)

    h("1. Introduction")
    para_("Accurate crime recording is essential if the police are to understand the demands "
          "they face and to provide a proper service to victims.",
          "HMIC was commissioned by the Home Secretary to carry out an inspection of the "
          "integrity of police-recorded crime data in every force in England and Wales.^[The "
          "inspection programme was announced in January 2014, and all 43 forces were "
          "inspected during that year.]",
          "This report sets out our findings for Dunmallow Police.")
    h("2. Leadership and governance")
    para_("The chief officer team has made clear to the workforce that crimes must be recorded "
          "accurately.",
          "However, we found that this message had not yet reached all parts of the force, and "
          "some officers still believed that performance targets mattered more.")
    para_("The force crime registrar^[The force crime registrar is responsible for making sure "
          "that the force complies with the national crime recording rules.] has too little "
          "authority to make sure that the rules are followed.",
          "The force had carried out only two audits of its crime recording in the previous "
          "year, and neither had looked at reports of rape.")
    h("3. Systems and processes")
    para_("We examined 135 records of incidents that should have been recorded as crimes.",
          "Of these, 104 had been recorded correctly, which means that about one crime in four "
          "was missed.",
          "We found particular weaknesses in the recording of:")
    zapf = font("ZapfDingbats", 6.5, "", navy)
    for t in ("violent crimes reported by people with mental health problems;",
              "sexual offences reported by third parties such as teachers and doctors; and",
              "crimes reported directly to specialist departments rather than to the control "
              "room."):
        item("l", t, zapf, indent=7)
    d.add({"t": "space", "h": 1.5})
    para_("We also examined 40 decisions to cancel a recorded crime, known as no-crime "
          "decisions, and found that 11 of them were wrong.",
          "In several of these cases the victim had not been told that the crime had been "
          "cancelled.")
    h("4. People and skills")
    para_("Most officers and staff we spoke to had received little training in the national "
          "crime recording standard since they joined the force.",
          "The force had recently begun a programme of training, but it was not due to finish "
          "until the end of 2015.",
          "Supervisors in the control room told us that they did not have time to check whether "
          "incidents had been closed correctly.")
    h("5. Recommendations")
    para_("Immediately, the force should:")
    for lab, t in (("(i)", "make sure that all reports of rape are recorded as crimes without "
                           "delay; and"),
                   ("(ii)", "tell every victim whose crime has been cancelled the reason for "
                            "that decision.")):
        item(lab, t, indent=11)
    d.add({"t": "space", "h": 1.5})
    para_("Within three months, the force should:")
    for lab, t in (("(i)", "give its force crime registrar the authority and resources to "
                           "oversee crime recording across the force;"),
                   ("(ii)", "put in place a plan of regular audits that covers every type of "
                            "crime; and"),
                   ("(iii)", "train all officers and staff who record crimes in the national "
                             "crime recording standard.")):
        item(lab, t, indent=11)
    d.add({"t": "space", "h": 1.5})
    para_("Within six months, the force should review how it records crimes that are reported "
          "to specialist departments.",
          "HMIC will monitor the force’s progress against these recommendations.")
    d.render(exe, tmp)


def g02(exe, tmp):
    green = [38, 84, 52]
    body = font("Caladea", 11)
    head = font("CarlitoB", 11.5, "", green)
    gut = 8
    colw = (210 - 18 - 18 - gut) / 2
    d = Doc("g02_thematic_whinstead", w=210, h=297, ml=18, mr=18, mt=20, mb=20,
            utf8=[["Caladea", "", "crosextra/Caladea-Regular.ttf"],
                  ["CaladeaI", "", "crosextra/Caladea-Italic.ttf"],
                  ["Carlito", "", "crosextra/Carlito-Regular.ttf"],
                  ["CarlitoB", "", "crosextra/Carlito-Bold.ttf"]],
            info={"Title": "Rural policing: a thematic inspection", "Author": "probe19",
                  "Creator": "probe19 gofpdf_render"},
            header={"from": 2, "left": "Rural policing: a thematic inspection",
                    "right": "Page {page}", "font": font("Carlito", 8.5, "", [80, 80, 80]),
                    "y": 10, "rule": True},
            footer={"from": 1, "center": "{page}", "font": font("Carlito", 9), "y": 284},
            notefont=font("Carlito", 8), notelead=3.4)
    d.p("THEMATIC INSPECTION", gold=False, font=font("CarlitoB", 9.5, "", green), lead=5,
        tc=0.9)
    d.p("Rural policing: how two forces tackle crime in the countryside", gold=False,
        font=font("CarlitoB", 21, "", green), lead=9.5, before=1)
    d.p("Findings from Whinstead Police and Corvenham Constabulary", gold=False,
        font=font("Carlito", 13), lead=7, after=2)
    d.p(NOTICE, gold=False, font=font("CaladeaI", 10.5), lead=5, after=2)
    d.add({"t": "rule", "line": 0.6, "border": green, "before": 1, "after": 5})
    d.add({"t": "columns", "cols": [{"x": 18, "w": colw}, {"x": 18 + colw + gut, "w": colw}]})

    def para_(*s):
        d.p(*s, font=body, lead=5.3, align="J", after=2.6, hyph=True)

    def h(t):
        d.p(t, gold=False, font=head, lead=6, before=1.5, after=0.8, keep=True)

    h("Summary")
    para_("Crime in rural areas is often hidden, and the people it affects can feel that the "
          "police are a long way away.",
          "We inspected two forces with large rural areas to find out how well they understand "
          "and respond to this kind of crime.")
    para_("Both forces have made rural crime a priority, but neither yet has a clear picture of "
          "how much of it there is.",
          "This is because crimes such as the theft of farm machinery or livestock are recorded "
          "in ways that make them hard to identify.",
          "Rural crime deserves the same attention as crime in towns and cities.")
    d.box(fill=[232, 240, 228], border=green, pad=2.5, before=1, after=3)
    d.p("What rural communities told us", gold=False, font=font("CarlitoB", 10.5, "", green),
        lead=5.2, after=0.8)
    for t in ("Many farmers said that they no longer report thefts because they do not expect "
              "the police to come.",
              "Others told us that they valued the rural crime officers they knew by name.",
              "Several people said that they wanted more information about what had happened "
              "after they made a report."):
        d.p(t, font=font("Carlito", 10), lead=4.5, after=1.5, hyph=True)
    d.end()
    h("Understanding rural crime")
    para_("Whinstead Police has introduced a marker on its crime recording system so that "
          "officers can show when an offence has a rural element.",
          "However, the marker was used in only about a third of the cases where it should have "
          "been.",
          "Officers told us that the marker was easy to miss on the recording screen.")
    para_("Corvenham Constabulary relies on a monthly report from its analysts, which draws on "
          "intelligence from farmers, gamekeepers and wildlife groups.",
          "We found this report to be thorough, but few officers outside the rural crime team "
          "had read it.",
          "Its analysts also map thefts against the roads that stolen vehicles and machinery are "
          "known to be moved along.")
    h("Responding to rural crime")
    para_("In both forces, the time officers take to reach incidents in remote areas is much "
          "longer than in towns.",
          "Whinstead Police has trained 40 officers as wildlife crime specialists, and they "
          "investigate offences such as hare coursing and the persecution of birds of prey.",
          "Corvenham Constabulary has a smaller team, but it works closely with neighbouring "
          "forces to disrupt organised groups that travel across county boundaries.")
    para_("We saw good examples of joint patrols with fire and rescue services and with water "
          "bailiffs.",
          "But we also found that call handlers in both forces were not always given the "
          "precise location information they needed to send officers to the right place.",
          "Some callers were asked for a postcode when the crime was taking place in a field "
          "several miles from the nearest building.")
    h("Preventing rural crime")
    para_("Whinstead Police has given farmers free marking kits so that stolen equipment can "
          "be traced back to its owner.",
          "Corvenham Constabulary runs a scheme in which volunteers report suspicious vehicles "
          "on country roads.",
          "Neither force has yet evaluated whether these schemes have reduced crime.")
    h("Working with communities")
    para_("Both forces use messaging services to tell rural residents about crime in their "
          "area.",
          "In Corvenham, more than 6,000 people have signed up to receive these messages.",
          "Residents told us that the messages were useful, but that they rarely heard about the "
          "outcome of an investigation.",
          "Some said that they would report more crime if they knew that it would make a "
          "difference.",
          "Both forces have begun to include outcomes in their messages, but only for the most "
          "serious offences.")
    h("Recommendations")
    para_("We recommend that, within twelve months, all forces with rural areas should:")
    for lab, t in (("(a)", "make sure that their crime recording systems can identify offences "
                           "with a rural element;"),
                   ("(b)", "give call handlers the tools to find precise locations in rural "
                           "areas; and"),
                   ("(c)", "tell victims of rural crime what has happened as a result of their "
                           "reports.")):
        d.p(t, font=body, lead=5.3, align="J", indent=7, label=lab, labelx=0, after=1.2,
            hyph=True)
    d.add({"t": "space", "h": 1.2})
    para_("We also recommend that the National Police Chiefs’ Council should review the "
          "guidance it gives to forces on tackling wildlife crime.",
          "We will look at the progress forces have made in our future PEEL inspections.")
    d.render(exe, tmp)


def g03(exe, tmp):
    plum = [92, 36, 88]
    body = font("Carlito", 11)
    d = Doc("g03_custody_teverock", w=210, h=297, ml=22, mr=22, mt=22, mb=20,
            utf8=[["Carlito", "", "crosextra/Carlito-Regular.ttf"],
                  ["CarlitoB", "", "crosextra/Carlito-Bold.ttf"],
                  ["CarlitoI", "", "crosextra/Carlito-Italic.ttf"]],
            info={"Title": "Report on an unannounced inspection visit to police custody "
                           "suites in Teverock", "Author": "probe19",
                  "Creator": "probe19 gofpdf_render"},
            header={"from": 2, "left": "Police custody suites in Teverock",
                    "right": "Unannounced inspection, 2024",
                    "font": font("CarlitoI", 9, "", [90, 90, 90]), "y": 11, "rule": True},
            footer={"from": 1, "right": "{page}", "font": font("Carlito", 9.5), "y": 283},
            notefont=font("Carlito", 8.5), notelead=3.6)
    d.p("Report on an unannounced inspection visit to police custody suites in Teverock",
        gold=False, font=font("CarlitoB", 19, "", plum), lead=8.5)
    d.p("by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services", gold=False,
        font=font("Carlito", 12), lead=6, before=2)
    d.p("8–12 April 2024", gold=False, font=font("Carlito", 11), lead=6, after=3)
    d.p(NOTICE, gold=False, font=font("CarlitoI", 11), lead=5.4, after=4)

    def h(t):
        d.p(t, gold=False, font=font("CarlitoB", 13, "", plum), lead=7, before=2, after=1,
            keep=True)

    def np_(num, *s):
        d.p(*s, font=body, lead=5.3, indent=13, label=num, labelx=0,
            lfont=font("CarlitoB", 11), after=2.6)

    def item(lab, t, indent=20, labelx=13):
        d.p(t, font=body, lead=5.3, indent=indent, label=lab, labelx=labelx, after=1.2)

    h("1. Introduction")
    np_("1.1", "This report describes our findings following an unannounced inspection of the "
        "three custody suites run by Teverock Police.",
        "The suites are at Oddingsby, Caddow and Teverock Central, and together they hold about "
        "11,000 detainees a year.")
    np_("1.2", "We assessed the force against our published expectations for police custody.^["
        "The expectations describe the standards of treatment and conditions that we expect "
        "the police to provide for detainees.]")
    h("2. Leadership and partnerships")
    np_("2.1", "The force has a clear governance structure for custody, and senior leaders take "
        "an active interest in the welfare of detainees.",
        "A chief inspector oversees all three suites and chairs a monthly meeting to review "
        "performance.")
    np_("2.2", "However, the force did not collect enough data to understand how well it was "
        "treating detainees.",
        "For example, it could not tell us how long children spent in custody or how many of "
        "them were held overnight.")
    np_("2.3", "Partnership work with health services was good, and detainees had prompt access "
        "to nurses and mental health practitioners.")
    h("3. Safety and dignity")
    np_("3.1", "Custody staff were respectful, and most detainees we spoke to said that they had "
        "been treated well.")
    np_("3.2", "We found weaknesses in the way the force managed risk, including:")
    for t in ("initial risk assessments that were sometimes completed in a public area where "
              "detainees could be overheard;",
              "care plans that did not always reflect the risks identified at booking in; and",
              "observation levels that were not always increased when a detainee’s behaviour "
              "changed."):
        item("–", t)
    d.add({"t": "space", "h": 1.5})
    np_("3.3", "Force was used on 74 detainees in the six months before our inspection.",
        "In the sample of incidents we reviewed, the force used was mostly proportionate, but "
        "the records^[Officers must record each use of force on the national use of force "
        "form.] did not always explain why it had been needed.")
    np_("3.4", "Cells at Caddow were clean, but two at Oddingsby had ligature points that had "
        "been reported several months earlier.",
        "The force told us that it had arranged for them to be removed, but it had not closed "
        "the cells in the meantime.")
    np_("3.5", "Detainees could shower and were offered reading materials, but few were offered "
        "the chance to exercise.")
    h("4. Release and transfer from custody")
    np_("4.1", "Most detainees were released safely, and staff checked that they had somewhere "
        "to go and a way of getting there.",
        "Pre-release risk assessments were generally good.")
    np_("4.2", "But children were still held overnight because the local authority could not "
        "provide alternative accommodation.",
        "In the year before our inspection, this happened to 23 children.")
    h("5. Cause of concern and recommendations")
    np_("5.1", "We identified one cause of concern, about the management of risk in the custody "
        "suites.")
    np_("5.2", "To address this cause of concern, the force should make sure that:")
    for lab, t in (("a.", "risk assessments are carried out in private;"),
                   ("b.", "care plans are updated whenever new risks are identified; and"),
                   ("c.", "observation levels are reviewed by a custody sergeant at every "
                          "change of shift.")):
        item(lab, t)
    d.add({"t": "space", "h": 1.5})
    np_("5.3", "We also identified four areas for improvement, and we will check the force’s "
        "progress on each of them when we next inspect.")
    d.render(exe, tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe19_gofpdf_") as tmp:
        exe = build(tmp)
        g01(exe, tmp)
        g02(exe, tmp)
        g03(exe, tmp)


if __name__ == "__main__":
    main()
