"""Build pdf/cNN_*.pdf and their gold with the Perl module PDF::Create (Debian
libpdf-create-perl 1.46), driven through pdfcreate_render.pl.

Each document is a list of drawing operations written as JSON to $PROBE23_WORK; the Perl script
hands every paragraph to PDF::Create's block_text(), which breaks and justifies the lines and
starts new pages by itself, and draws labels, rules, boxes, ruled tables, Symbol-font bullets,
footnotes, running headers and page numbers with the module's primitives.  The gold is written
from the same sentence strings.  Footnote calls stand after the last sentence of a paragraph.
Usage: python3 gen_pdfcreate.py [NAME ...]
"""
import json
import os
import subprocess
import sys

from common import FN, NOTICE, PDF_DIR, Gold, plain

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("PROBE23_WORK", "/tmp/probe23_work")

NAVY = [0, 46, 93]
GREY = [96, 96, 96]
RULE = [150, 150, 150]
TINT = [228, 236, 244]
PALE = [242, 242, 242]
WHITE = [255, 255, 255]
MAROON = [120, 20, 40]
# 2024-07-02 09:30:00 UTC, 2019-05-14 08:00:00 UTC, 2024-11-19 14:45:00 UTC
EPOCHS = {"c05": 1719912600, "c06": 1557820800, "c07": 1732027500}


class Doc:
    def __init__(self, name, fonts, body, size, title):
        self.name = name
        self.gold = Gold(name)
        self.body = body
        self.size = size
        self.ops = []
        self.notes = 0
        self.spec = {"fonts": fonts, "ops": self.ops, "note_font": body, "psf": 1.45,
                     "title": title, "author": "probe23",
                     "creator": "probe23 gen_pdfcreate.py (PDF::Create 1.46)",
                     "epoch": EPOCHS[name[:3]]}

    def op(self, t, **kw):
        kw["t"] = t
        self.ops.append(kw)
        return kw

    def text(self, sents, gold=True):
        notes, call, out = [], None, []
        for i, s in enumerate(sents):
            fns = FN.findall(s)
            if fns:
                assert i == len(sents) - 1 and s.endswith("]"), s
                self.notes += 1
                call = str(self.notes)
                notes.append([call, fns[0]])
            out.append(plain(s))
        if gold:
            self.gold.add(*sents)
        return " ".join(out), call, notes

    def para(self, sents, gold=True, **kw):
        text, call, notes = self.text(sents, gold)
        kw.setdefault("font", self.body)
        kw.setdefault("size", self.size)
        kw.setdefault("after", 6)
        o = self.op("para", text=text, **kw)
        if call:
            o["call"], o["notes"] = call, notes
        return o

    def label(self, text, font, size, **kw):
        return self.op("label", text=text, font=font, size=size, **kw)

    def item(self, sents, gold=True, **kw):
        text, call, _ = self.text(sents, gold)
        assert call is None
        kw.setdefault("font", self.body)
        kw.setdefault("size", self.size)
        return dict(t="para", text=text, **kw)

    def bullet(self, sents, sym, indent, **kw):
        text, call, notes = self.text(sents)
        kw.setdefault("font", self.body)
        kw.setdefault("size", self.size)
        kw.setdefault("after", 6)
        o = self.op("bullet", text=text, sym=sym, indent=indent, **kw)
        if call:
            o["call"], o["notes"] = call, notes
        return o

    def num(self, label, sents, indent=30, **kw):
        sym = {"font": kw.pop("label_font", self.body), "size": self.size, "char": label}
        return self.bullet(sents, sym, indent, **kw)

    def build(self):
        os.makedirs(WORK, exist_ok=True)
        self.spec["out"] = os.path.join(PDF_DIR, self.name + ".pdf")
        path = os.path.join(WORK, self.name + ".pc.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.spec, f, ensure_ascii=False, indent=1)
        env = dict(os.environ, TZ="UTC", PERL_HASH_SEED="0", PERL_PERTURB_KEYS="0")
        subprocess.run(["perl", os.path.join(HERE, "pdfcreate_render.pl"), path], check=True,
                       env=env)
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


SYM_BULLET = {"font": "sym", "size": 9, "char": "\u00b7"}


# ---------------------------------------------------------------------------------------------
def c05():
    fonts = {"body": "Times-Roman", "bold": "Times-Bold", "italic": "Times-Italic",
             "sans": "Helvetica", "sansb": "Helvetica-Bold", "sym": "Symbol"}
    d = Doc("c05_letter_pellworth", fonts, "body", 11,
            "Pellworth Police: revisit of areas for improvement (synthetic)")
    d.spec.update(margins=[68, 64, 68, 60], cont_top=770,
                  header={"font": "italic", "size": 9, "y": 48, "color": GREY,
                          "left": "Chief Constable Lucius Fairbrass, Pellworth Police",
                          "right": "2 July 2024"},
                  footer={"font": "body", "size": 9, "y": 36, "color": GREY,
                          "pattern": "Page %d of %d"})
    for t, f, s, a in [("His Majesty\u2019s Inspectorate of Constabulary", "sansb", 14, 0),
                       ("and Fire & Rescue Services", "sansb", 14, 4),
                       ("Hawksmead Court, 3 Rilsby Lane, Nantbury NB2 7LW", "sans", 8.5, 0),
                       ("probe23-letters@example.org", "sans", 8.5, 2)]:
        d.label(t, f, s, color=NAVY, align="r", after=a)
    d.op("rule", color=NAVY, width=1.2, after=22)
    d.label(NOTICE, "italic", 10.5, after=10)
    for t in ["Chief Constable Lucius Fairbrass", "Pellworth Police", "Force Headquarters",
              "Stourholt Way", "Ambleford AF4 2RE"]:
        d.label(t, "body", 11, step=13)
    d.label("Reference: PW/24/RSO", "body", 11, align="r", before=4, step=13)
    d.label("2 July 2024", "body", 11, align="r", after=14)
    d.label("Dear Chief Constable,", "body", 11, after=6)
    d.label("Pellworth Police: management of registered sex offenders", "bold", 11, after=6)

    d.para(["Our visit to Pellworth Police between 10 and 13 June 2024 went smoothly, thanks "
            "to your officers and staff.",
            "The purpose of the visit was to check what the force has done about the four "
            "areas for improvement we identified in 2022 in its management of registered sex "
            "offenders."])
    d.para(["In 2022 we found that too many home visits were overdue, that risk assessments "
            "were often out of date, and that the force did not apply for court orders as "
            "often as it could.",
            "We also found that the offender management team had no reliable way to check the "
            "quality of its own work.",
            "We said that the force should act on each of these findings."])
    d.para(["Before the visit we asked the force for data on its caseloads and overdue visits.",
            "We also spoke to representatives of the probation service and the local "
            "authority.",
            "During the visit we examined 38 offender records, observed two home visits and "
            "interviewed 21 officers and staff.^[We chose the records at random from the 612 "
            "registered sex offenders the force was managing on 1 June 2024.]"])
    d.label("What we found", "bold", 11, before=2, after=4, keep=60)
    d.para(["On three of the four areas, the force has moved forward convincingly.",
            "The number of overdue home visits has fallen from 117 in 2022 to 9, and none of "
            "those still outstanding concerns an offender assessed as posing a very high risk.",
            "Managers now receive a weekly list of visits that are due, and the list is "
            "discussed at the team\u2019s morning meeting.",
            "Risk assessments were up to date in 35 of the 38 records we examined."])
    d.para(["The force now applies for sexual harm prevention orders more often, and it has "
            "trained a small group of officers to prepare these applications.",
            "Magistrates granted every application the force made in the twelve months before "
            "our visit.",
            "In two cases the orders included conditions on internet use that officers were "
            "checking with specialist software.",
            "Officers said that the new arrangements had made applications quicker to "
            "prepare."])
    d.para(["However, we remain concerned about the quality assurance of the team\u2019s work, "
            "for these reasons:"], after=2)
    for s in ["The team still has no regular audit of the quality of its risk management "
              "plans.",
              "Supervisors sign off plans without recording why they agree with them.",
              "Only one of the team\u2019s five supervisors has completed the national training "
              "for the role.",
              "Officers told us that they seldom receive feedback on the quality of their "
              "work."]:
        d.bullet([s], SYM_BULLET, 18, after=0 if not s.startswith("Officers") else 6)
    d.para(["In our view, the fourth area for improvement is still open.",
            "This matters because poor plans can leave officers unaware of changes in the risk "
            "an offender poses.",
            "Your head of public protection accepted our findings and has set out a plan to "
            "introduce quarterly audits by the end of 2024."])
    d.para(["The commitment of the officers we met was evident throughout our visit.",
            "We will ask for an update on the audit plan in January 2025, and we will look at "
            "this area again during our next PEEL inspection.",
            "Pellworth’s police and crime commissioner also has a copy of this letter."],
           after=8)
    d.label("Yours sincerely,", "body", 11, after=26, keep=70)
    d.label("Marguerite Oddington", "bold", 11, step=13)
    d.label("His Majesty\u2019s Inspector of Constabulary", "body", 11)
    d.build()


# ---------------------------------------------------------------------------------------------
def c06():
    fonts = {"body": "Helvetica", "bold": "Helvetica-Bold", "italic": "Helvetica-Oblique",
             "sym": "Symbol"}
    d = Doc("c06_peel_ottermere", fonts, "body", 10,
            "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 - Ottermere "
            "Constabulary (synthetic)")
    d.spec.update(margins=[60, 60, 60, 58], cont_top=770,
                  header={"font": "body", "size": 8, "y": 40, "color": GREY, "rule": RULE,
                          "left": "PEEL: Police effectiveness, efficiency and legitimacy "
                                  "2018/19",
                          "right": "Ottermere Constabulary"},
                  footer={"font": "body", "size": 8, "y": 34, "color": GREY,
                          "pattern": "%d"})
    d.op("rect", fill=MAROON, x=0, y=800, w=595, h=42)
    d.op("space", h=18)
    d.label("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", "bold", 11,
            color=MAROON, after=6)
    d.label("An inspection of Ottermere Constabulary", "bold", 22, color=NAVY, after=4)
    d.label("May 2019", "body", 11, color=GREY, after=8)
    d.label(NOTICE, "italic", 9, after=10)

    d.label("Overall summary", "bold", 14, color=NAVY, after=2)
    d.para(["Ottermere Constabulary is one of the smaller forces in England and polices a "
            "largely rural county with a population of about 900,000.",
            "This report gives our judgements on the force’s effectiveness, efficiency and "
            "legitimacy, and the table below sets them out."], after=4)
    gfill = {"Good": [226, 239, 226], "Requires improvement": [250, 233, 214],
             "Outstanding": [214, 232, 246]}
    d.op("grid", widths=[345, 130], row_h=17, size=9, font="body", gfont="bold",
         hfont="bold", hfill=NAVY, hcolor=WHITE, rule=RULE, fills=gfill, after=10,
         header=["Pillar and question", "Judgement"],
         rows=[["Effectiveness", "Good"],
               ["  Preventing crime and tackling anti-social behaviour", "Good"],
               ["  Investigating crime", "Requires improvement"],
               ["  Protecting vulnerable people", "Good"],
               ["  Tackling serious and organised crime", "Good"],
               ["Efficiency", "Requires improvement"],
               ["  Meeting current demands and using resources", "Requires improvement"],
               ["  Planning for the future", "Requires improvement"],
               ["Legitimacy", "Good"],
               ["  Treating the public fairly", "Good"],
               ["  Ethical and lawful workforce behaviour", "Good"],
               ["  Treating the workforce fairly", "Outstanding"]])
    d.para(["In summary, the force provides a good service to the public, but it needs to plan "
            "better for the demand it will face in future."], after=6)

    d.label("Effectiveness: good", "bold", 13, color=NAVY, before=4, after=2, keep=60)
    d.para(["Crime prevention is a strength of the force, and its neighbourhood teams are well "
            "known in the communities they serve.",
            "Its approach to investigating crime requires improvement, because too many "
            "investigations are passed to officers who lack the training to handle them.",
            "In the cases we reviewed, evidence gathering at the scene was generally good, but "
            "later enquiries were often slow."])
    d.para(["Vulnerable people are protected well, and the force works closely with the two "
            "local authorities in its area.^[The force area covers Ottermere County Council "
            "and Keswold Borough Council.]"])
    d.para(["The force tackles serious and organised crime effectively, and it has disrupted "
            "several groups that supply drugs to the market towns of Corbeck and Nantbury.",
            "It understands the threat posed by county lines drug dealing and works with "
            "schools to warn children about exploitation.",
            "Specialist capabilities, such as armed policing, are well organised."])

    d.label("Efficiency: requires improvement", "bold", 13, color=NAVY, before=4, after=2,
            keep=60)
    d.para(["The force understands most of the demand it faces today, but it has a limited "
            "picture of demand that is hidden or likely to grow.",
            "It has made savings of \u00a314.6 million since 2011, mainly by reducing the "
            "number of police staff.",
            "Some of these reductions have left gaps in back-office functions, and officers now "
            "spend time on tasks that staff used to do.",
            "Its plans for the future are not ambitious enough, and they are not clearly "
            "linked to an assessment of future demand."])

    d.label("Legitimacy: good", "bold", 13, color=NAVY, before=4, after=2, keep=60)
    d.para(["People who deal with the force are, in general, treated fairly and with respect.",
            "Stop and search records were generally completed well, and the force publishes "
            "data on its use of the power every month.",
            "Officers and staff understand the Code of Ethics and told us they would feel able "
            "to challenge unprofessional behaviour.^[The Code of Ethics describes the "
            "behaviour expected of everyone who works in policing.]"])
    d.para(["The force uses its vetting procedures well, and it has no backlog of vetting "
            "applications.",
            "It has improved the way it deals with complaints, and most are now resolved "
            "within the target time.",
            "Its workforce survey showed that morale is higher than it was two years ago, "
            "although staff in the control room feel less valued than others.",
            "A well-developed wellbeing programme offers support to officers who have dealt "
            "with distressing incidents."])

    d.label("Areas for improvement", "bold", 13, color=NAVY, before=4, after=2, keep=80)
    d.para(["We found three things that the force needs to improve:"], after=2)
    for s in ["Investigations should go only to officers with the right skills and experience.",
              "The force should improve its understanding of demand that is hidden or likely "
              "to increase.",
              "Its savings plans should not leave important back-office work undone."]:
        d.bullet([s], SYM_BULLET, 16, after=0)
    d.para(["Our regular contact with the chief officers will let us follow the force\u2019s "
            "progress on these points."], before=8)
    d.build()


# ---------------------------------------------------------------------------------------------
def c07():
    fonts = {"body": "Times-Roman", "bold": "Times-Bold", "italic": "Times-Italic",
             "sans": "Helvetica", "sansb": "Helvetica-Bold", "sym": "Symbol"}
    d = Doc("c07_vetting_gildersby", fonts, "body", 11,
            "Gildersby Police: an inspection of vetting and counter-corruption (synthetic)")
    d.spec.update(margins=[64, 64, 64, 62], cont_top=768,
                  header={"font": "italic", "size": 9, "y": 46, "color": GREY, "rule": RULE,
                          "left": "Gildersby Police: vetting and counter-corruption",
                          "right": "November 2024"},
                  footer={"font": "body", "size": 9, "y": 38, "color": GREY,
                          "pattern": "Page %d of %d"})
    d.label("An inspection of vetting and counter-corruption", "sansb", 19, color=NAVY,
            step=24)
    d.label("in Gildersby Police", "sansb", 19, color=NAVY, after=6)
    d.label("Published November 2024", "sans", 10, color=GREY, after=4)
    d.op("rule", color=NAVY, width=2, after=16)
    d.label(NOTICE, "italic", 10.5, after=12)

    def head(t):
        d.label(t, "sansb", 12, color=NAVY, before=4, after=3, keep=70)

    def num(lab, sents, **kw):
        d.num(lab, sents, label_font="bold", **kw)

    head("1. Introduction")
    num("1.1", ["In 2024 we inspected how Gildersby Police vets its officers and staff and how "
                "it guards against corruption.",
                "The inspection formed part of a programme of visits to forces across England "
                "and Wales.",
                "This report sets out what we found."])
    num("1.2", ["We examined 150 vetting files, 40 counter-corruption intelligence reports and "
                "the records of 12 misconduct cases.",
                "We also interviewed 64 officers and staff, from constables to the deputy chief "
                "constable.^[Interviews took place at the force headquarters in Corbeck and at "
                "three local police stations.]"], after=4)
    d.op("box", fill=PALE, border=NAVY, border_width=0.8, pad=10, inset=28, size_hint=8,
         after=10, items=[
             {"t": "label", "text": "What is vetting?", "font": "sansb", "size": 10.5,
              "color": NAVY, "after": 2},
             d.item(["Vetting is the process by which a force checks whether a person is "
                     "suitable to work for it, using information held by the police and other "
                     "bodies."], size=10, after=4),
             d.item(["Officers and staff must be vetted before they join and then again at "
                     "set intervals."], size=10, after=4),
             d.item(["The level of vetting depends on the role, and on the information the "
                     "person will be able to see."], size=10),
         ])
    head("2. Vetting")
    num("2.1", ["The vetting unit is well led, and its staff are knowledgeable and committed.",
                "Almost all of the decisions we reviewed were reasonable and properly "
                "recorded."])
    num("2.2", ["However, the unit has a backlog of more than 400 renewals, and some officers "
                "in sensitive posts were working with lapsed clearance.",
                "The force had not assessed the risk this posed, and it had no plan to clear "
                "the backlog."])
    num("2.3", ["In a small number of cases the vetting unit granted clearance despite adverse "
                "information, without recording why the risk was acceptable.",
                "We were concerned that in two of these cases the applicant had previously "
                "been investigated for domestic abuse."])
    num("2.4", ["Checks on the financial position of officers in high-risk roles were "
                "completed, but a supervisor rarely reviewed the results."])
    head("3. Counter-corruption")
    num("3.1", ["The counter-corruption unit has a good understanding of the main corruption "
                "threats the force faces.",
                "It has made effective use of covert tactics, and it recently dismissed an "
                "officer who was passing information to a drug supplier."])
    num("3.2", ["Officers we spoke to knew how to report concerns about colleagues, and most "
                "said that they trusted the confidential reporting line.",
                "The force does not yet monitor all of its computer systems, so some misuse of "
                "police data may go undetected.^[The force told us that it expects to buy "
                "monitoring software for its remaining systems in 2025.]"])
    num("3.3", ["The unit treats officers who exploit their role to pursue sexual relationships "
                "as a serious corruption threat.",
                "It has worked with domestic abuse charities so that their staff know how to "
                "tell the force about officers who behave inappropriately towards victims.",
                "Two of these charities told us that the force had acted quickly on the "
                "concerns they raised.",
                "The unit now plans joint training sessions with the same charities for "
                "response officers."])
    num("3.4", ["Misconduct cases we examined were investigated thoroughly and were decided "
                "within a reasonable time."])
    head("4. Conclusions")
    num("4.1", ["Gildersby Police has a sound basis for its vetting and counter-corruption "
                "work, but the backlog of vetting renewals needs urgent attention.",
                "The force should clear the backlog and stop anyone working in a sensitive post "
                "without current clearance.",
                "It should also record its reasons whenever it grants clearance despite "
                "adverse information."])
    num("4.2", ["We will review the force\u2019s progress in twelve months."])

    d.spec["back"] = [
        {"t": "goto", "y": 300},
        {"t": "rule", "color": NAVY, "width": 1.5, "after": 18},
        {"t": "label", "text": "\u00a9 HMICFRS 2024", "font": "sansb", "size": 10,
         "color": NAVY, "after": 6},
        {"t": "label", "text": "This synthetic test document is published under an open "
                               "licence and may be reused without charge.",
         "font": "sans", "size": 8.5, "step": 11},
        {"t": "label", "text": "Any enquiries about it should be sent to the probe23 corpus, "
                               "Hawksmead Court, 3 Rilsby Lane, Nantbury NB2 7LW.",
         "font": "sans", "size": 8.5, "step": 11},
        {"t": "label", "text": "www.example.org/probe23", "font": "sans", "size": 8.5},
    ]
    d.build()


DOCS = {"c05_letter_pellworth": c05, "c06_peel_ottermere": c06,
        "c07_vetting_gildersby": c07}

if __name__ == "__main__":
    names = sys.argv[1:] or list(DOCS)
    os.makedirs(PDF_DIR, exist_ok=True)
    for n in names:
        DOCS[n]()
