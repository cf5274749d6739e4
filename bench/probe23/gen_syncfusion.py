"""Build pdf/sNN_*.pdf and their gold with Syncfusion's Essential JS 2 PDF library
(npm @syncfusion/ej2-pdf-export 34.2.8), driven through sf_render.js under Node.

Each document is a list of drawing operations written as JSON to $PROBE23_WORK; sf_render.js maps
them onto the library, which breaks, aligns and paginates the text, draws the tables (PdfGrid)
and the footer with its automatic page fields, and writes the PDF.  The gold is written from the
same sentence strings.  Footnote calls stand after the last sentence of a paragraph (the library
reports where the last line of a text element ends, not where a word inside it is).
Usage: python3 gen_syncfusion.py [NAME ...]
"""
import json
import os
import subprocess
import sys

from common import FN, NOTICE, PDF_DIR, Gold, plain

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.environ.get("PROBE23_WORK", "/tmp/probe23_work")
NODE_DIR = os.path.join(WORK, "node")
LIB2 = "/usr/share/fonts/truetype/liberation2/"
CARLITO = "/usr/share/fonts/truetype/crosextra/"

NAVY = [0, 46, 93]
TEAL = [0, 112, 120]
GREY = [90, 90, 90]
RULE = [170, 170, 170]
TINT = [232, 240, 246]
WHITE = [255, 255, 255]
RED = [170, 30, 40]


class Doc:
    """Collects the renderer's operations and the gold for one document."""

    def __init__(self, name, fonts, body="body"):
        self.name = name
        self.gold = Gold(name)
        self.fonts = fonts
        self.body = body
        self.ops = []
        self.notes = 0
        self.spec = {"fonts": fonts, "ops": self.ops, "call_font": "call", "note_font": "note"}

    def op(self, t, **kw):
        kw["t"] = t
        self.ops.append(kw)
        return kw

    def text(self, sents, gold=True):
        """Join marked-up sentences into one paragraph string; a footnote is allowed only on
        the last sentence.  Returns (text, call, notes)."""
        notes, call = [], None
        out = []
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

    def para(self, sents, font=None, gold=True, **kw):
        text, call, notes = self.text(sents, gold)
        o = self.op("para", text=text, font=font or self.body, **kw)
        if call:
            o["call"] = call
            o["notes"] = notes
        return o

    def label(self, text, font, **kw):
        return self.op("para", text=text, font=font, **kw)

    def bullet(self, sents, sym, indent=16, **kw):
        text, call, notes = self.text(sents)
        o = self.op("bullet", text=text, font=self.body, sym=sym, indent=indent, **kw)
        if call:
            o["call"], o["notes"] = call, notes
        return o

    def num(self, label, sents, indent=28, **kw):
        text, call, notes = self.text(sents)
        o = self.op("num", label=label, text=text, font=self.body, indent=indent, **kw)
        if call:
            o["call"], o["notes"] = call, notes
        return o

    def item(self, sents, font=None, gold=True, **kw):
        """A paragraph inside a box or a column (no footnotes there)."""
        text, call, _ = self.text(sents, gold)
        assert call is None
        kw.setdefault("after", 4)
        return dict(t="para", text=text, font=font or self.body, **kw)

    def build(self):
        os.makedirs(WORK, exist_ok=True)
        self.spec["out"] = os.path.join(PDF_DIR, self.name + ".pdf")
        self.spec["seed"] = sum(ord(c) * (i + 1) for i, c in enumerate(self.name))
        path = os.path.join(WORK, self.name + ".sf.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.spec, f, ensure_ascii=False, indent=1)
        env = dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules"), TZ="UTC")
        subprocess.run(["node", os.path.join(HERE, "sf_render.js"), path], check=True, env=env)
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences")


def col(rgb):
    return list(rgb)


ZAPF_SQUARE = {"font": "zapf", "char": "n", "color": col(TEAL), "dy": 2.2}


# ---------------------------------------------------------------------------------------------
def s05():
    fonts = {
        "body": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 10},
        "bold": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 10},
        "italic": {"ttf": LIB2 + "LiberationSans-Italic.ttf", "size": 10},
        "h1": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 15},
        "h2": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 12},
        "kicker": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 11},
        "title": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 26},
        "sub": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 14},
        "small": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 8},
        "note": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 8},
        "call": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 6},
        "zapf": {"std": "ZapfDingbats", "size": 7},
        "cell": {"ttf": LIB2 + "LiberationSans-Regular.ttf", "size": 9.5},
        "cellb": {"ttf": LIB2 + "LiberationSans-Bold.ttf", "size": 9.5},
    }
    d = Doc("s05_peel_caskerby", fonts)
    d.spec.update(margins=[56, 30, 56, 36], cont_top=0,
                  footer={"height": 26, "font": "small", "pattern": "Page {0} of {1}",
                          "align": "right", "y": 8, "rule": col(RULE), "color": col(GREY),
                          "left": "Published March 2025"},
                  top={"font": "small", "color": col(GREY), "rule": col(RULE), "height": 24,
                       "left": "Caskerby Constabulary: PEEL 2023–25",
                       "right": "Police effectiveness, efficiency and legitimacy"})
    d.label("PEEL 2023–25", "kicker", color=col(TEAL), after=6)
    d.label("Caskerby Constabulary", "title", color=col(NAVY), after=4)
    d.label("Police effectiveness, efficiency and legitimacy", "sub", color=col(NAVY), after=4)
    d.label("An inspection of Caskerby Constabulary, published March 2025", "body",
            color=col(GREY), after=8)
    d.op("rule", color=col(TEAL), width=1.5, after=8)
    d.label(NOTICE, "italic", after=12)

    d.label("Overall summary", "h1", color=col(NAVY), after=6, keep=60)
    d.para(["Caskerby Constabulary polices a mixed area of coastal towns and farmland around "
            "the city of Ambleford, where more than half of its recorded crime takes place.",
            "For this inspection we graded the force in nine areas of policing, and the table "
            "below shows those grades."], after=8)
    grades = [
        ("Police powers and public treatment", "Adequate"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", "Good"),
        ("Managing offenders", "Adequate"),
        ("Developing a positive workplace", "Good"),
        ("Leadership and force management", "Adequate"),
        ("Recording data about crime", "Good"),
    ]
    d.op("grid", widths=[330, 153], header=["Area of policing", "Grade"],
         rows=[list(r) for r in grades], font="cell", hfont="cellb", grade_font="cellb",
         hfill=col(NAVY), hcolor=col(WHITE), zebra=col([242, 244, 247]), border=col(RULE),
         pad=[5, 5, 3, 3], after=8, keep=200,
         cell_colors={"Requires improvement": col(RED), "Good": col(TEAL)})
    d.para(["We also looked at the service the force gives to victims of crime, which we "
            "describe but do not grade."], after=10)

    d.label("HM Inspector’s observations", "h2", color=col(NAVY), after=5, keep=60)
    d.para(["I am encouraged that the force has held on to most of the improvements it made "
            "over the past three years, even though its budget has been under strain.^[Caskerby "
            "Police and Crime Commissioner, medium-term financial plan 2024/25 to 2027/28.]"],
           after=6)
    d.para(["Officers and staff spoke openly to us about the pressures on them, and many "
            "take obvious pride in their work.",
            "Even so, too many non-emergency callers still wait a long time, and some hang up "
            "before a call handler answers.",
            "Chief officers recognise the problem and have a credible plan, but it is too early "
            "to say whether the plan will succeed."], after=10)

    d.label("Responding to the public: requires improvement", "h2", color=col(NAVY), after=5,
            keep=70)
    d.para(["Emergency calls are answered quickly, and officers generally arrive at urgent "
            "incidents within the times the force has set itself.",
            "Non-emergency calls are a different matter: in the year to June 2024, more than "
            "one caller in five abandoned the call before it was answered.",
            "Once a caller gets through, handlers do not always complete the structured risk "
            "assessment, so some repeat victims go unrecognised."], after=8)
    d.op("box", fill=col(TINT), bar=col(TEAL), pad=9, inset=0, after=10, items=[
        d.item(["Area for improvement"], font="bold", gold=False, color=col(NAVY), after=5),
        dict(d.item(["The force should cut the time that people calling the non-emergency "
                     "number wait before they speak to a call handler."]),
             bullet=ZAPF_SQUARE, indent=14),
        dict(d.item(["Handlers should also complete a structured risk assessment whenever a "
                     "caller reports a crime against a vulnerable person."]),
             bullet=ZAPF_SQUARE, indent=14),
    ])

    d.label("Investigating crime: adequate", "h2", color=col(NAVY), after=5, keep=70)
    d.para(["Most of the investigations we examined had gone to a team with suitable skills, "
            "and supervisors reviewed them at sensible intervals.",
            "The force has put money into its digital forensics unit, which now examines most "
            "seized mobile phones within a month.^[The unit was formed in 2022 from two smaller "
            "teams based at Stourholt and Rilsby.]"], after=6)
    d.para(["Investigators said this has cut the time needed to charge suspects in fraud and "
            "child sexual abuse cases.",
            "However, victims were not always told when their case had been closed, and in a "
            "few files the victim’s wishes had not been written down."], after=10)

    d.label("Protecting vulnerable people: good", "h2", color=col(NAVY), after=5, keep=70)
    d.para(["The force has a sound grasp of the nature and extent of domestic abuse in "
            "Caskerby, and it uses that knowledge when it plans its work.",
            "Workloads in the public protection unit are manageable, and the safeguarding plans "
            "we read were of a high standard.",
            "Partner agencies were warm in their praise of the force’s part in the "
            "multi-agency safeguarding hub in Ambleford."], after=8)
    d.op("box", fill=col(WHITE), border=col(TEAL), border_width=1, pad=9, inset=0, after=10,
         items=[
             d.item(["Promising practice: a joint team for children who go missing"],
                    font="bold", gold=False, color=col(TEAL), after=5),
             d.item(["With the county council, the force has set up a joint team that visits "
                     "every child reported missing three times or more in a month."]),
             d.item(["Early figures suggest that repeat missing episodes have become less "
                     "frequent since the team began work in 2023."]),
         ])

    d.label("Developing a positive workplace: good", "h2", color=col(NAVY), after=5, keep=70)
    d.para(["The force offers a clear package of wellbeing support, and the officers we met "
            "knew where to turn after a traumatic incident.",
            "Sickness absence among police staff has fallen for the second year running."],
           after=10)

    d.label("Leadership and force management: adequate", "h2", color=col(NAVY), after=5,
            keep=70)
    d.para(["The chief officer team works well together and takes a realistic view of what "
            "the force does well and what it does badly.",
            "The force does not yet fully understand the demand it will face over the next "
            "five years, and this holds back its workforce planning.",
            "We will follow its progress through our routine contact with the force."])

    d.spec["back"] = [
        {"t": "space", "h": 520},
        {"t": "rule", "color": col(NAVY), "width": 2, "after": 10},
        {"t": "para", "text": "© HMICFRS 2025", "font": "bold", "color": col(NAVY), "after": 6},
        {"t": "para", "font": "small", "color": col(GREY), "after": 6,
         "text": "This synthetic document may be reused free of charge in any format or medium "
                 "under the terms of an open licence. Where third-party material is named, "
                 "permission must be sought from the copyright holders concerned."},
        {"t": "para", "font": "small", "color": col(GREY), "after": 6,
         "text": "Enquiries about this probe document: probe23 test corpus, Fenbury House, "
                 "12 Corbeck Street, Keswold KW1 4PX."},
        {"t": "para", "font": "small", "color": col(GREY),
         "text": "www.example.org/probe23   ISBN 000-0-00000-000-0"},
    ]
    d.build()


# ---------------------------------------------------------------------------------------------
def s06():
    C = CARLITO
    fonts = {
        "body": {"ttf": C + "Carlito-Regular.ttf", "size": 11},
        "bold": {"ttf": C + "Carlito-Bold.ttf", "size": 11},
        "italic": {"ttf": C + "Carlito-Italic.ttf", "size": 11},
        "lh1": {"ttf": C + "Carlito-Bold.ttf", "size": 13},
        "lh2": {"ttf": C + "Carlito-Regular.ttf", "size": 9},
        "small": {"ttf": C + "Carlito-Regular.ttf", "size": 8.5},
        "note": {"ttf": C + "Carlito-Regular.ttf", "size": 8.5},
        "call": {"ttf": C + "Carlito-Regular.ttf", "size": 6.5},
    }
    d = Doc("s06_letter_wendermoor", fonts)
    d.spec.update(margins=[62, 40, 62, 34], cont_top=30, no_split=True,
                  footer={"height": 22, "font": "small", "pattern": "Page {0} of {1}",
                          "align": "center", "y": 6, "color": col(GREY)},
                  header={"font": "small", "color": col(GREY),
                          "left": "Chief Constable Imogen Stallworthy, Wendermoor Police",
                          "right": "14 October 2024"})
    for t, f, c, a in [
            ("His Majesty’s Inspectorate of Constabulary", "lh1", NAVY, 1),
            ("and Fire & Rescue Services", "lh1", NAVY, 4),
            ("Fenbury House, 12 Corbeck Street, Keswold KW1 4PX", "lh2", GREY, 1),
            ("Telephone 0000 000 0000   Email probe23@example.org", "lh2", GREY, 6)]:
        d.label(t, f, color=col(c), align="right", after=a)
    d.op("rule", color=col(NAVY), width=1, after=10)
    d.label(NOTICE, "italic", after=12)
    for t in ["Chief Constable Imogen Stallworthy", "Wendermoor Police", "Police Headquarters",
              "Nantbury Road", "Farrowdale FD3 9QT"]:
        d.label(t, "body", after=0)
    d.label("Our reference: HMI/2024/WND/07", "body", align="right", before=4, after=0)
    d.label("14 October 2024", "body", align="right", after=14)
    d.label("Dear Chief Constable,", "body", after=10)
    d.label("Wendermoor Police: revisit of the cause of concern about rape and serious sexual "
            "offence investigations", "bold", after=10)

    d.num("1.", ["In our PEEL inspection of Wendermoor Police in 2023, we raised a cause of "
                 "concern about the way the force investigates rape and other serious sexual "
                 "offences.",
                 "We recommended that the force strengthen the supervision of these "
                 "investigations, and the support it gives to victims, within six months."],
          after=8)
    d.num("2.", ["This letter sets out what we found when we went back to the force in "
                 "September 2024.",
                 "During the revisit we reviewed 60 case files, interviewed senior leaders and "
                 "held focus groups with investigators, supervisors and independent sexual "
                 "violence advisers.^[Independent sexual violence advisers are specialists, "
                 "usually employed by charities, who support victims through the criminal "
                 "justice process.]"], after=10)
    d.label("What the force has done", "bold", color=col(NAVY), after=6, keep=60)
    d.num("3.", ["The force has made clear progress since our inspection.",
                 "It has created a dedicated team of detectives for rape investigations, and a "
                 "detective sergeant now reviews every new case within 24 hours.",
                 "The team is led by a detective chief inspector who reports directly to the "
                 "head of crime.",
                 "In almost all of the files we examined, the first supervisory review set out "
                 "sensible lines of enquiry."], after=8)
    d.num("4.", ["Victims are now offered a referral to an independent adviser at the first "
                 "contact, and the force records whether the offer was taken up.",
                 "In one case we reviewed, the victim had been offered support three times in "
                 "the first week, and her adviser attended every interview.",
                 "The advisers we spoke to said that communication with investigators has "
                 "improved, although it still depends too much on individual officers."],
          after=8)
    d.num("5.", ["The force has agreed with the Crown Prosecution Service how and when "
                 "investigators should ask for early advice.",
                 "Prosecutors told us that the files they receive are better prepared than they "
                 "were a year ago.",
                 "The force now meets prosecutors every month to review cases that are at risk "
                 "of delay.",
                 "Fewer cases now end because the victim withdraws support, which suggests that "
                 "victims have more confidence in the process."], after=10)
    d.label("What still needs attention", "bold", color=col(NAVY), after=6, keep=60)
    d.num("6.", ["Some problems remain.",
                 "In a quarter of the files there was a gap of more than a month between "
                 "supervisory reviews, and in these cases the investigation usually lost "
                 "momentum.",
                 "Some supervisors had not yet completed the force’s training on investigating "
                 "sexual offences.",
                 "Workloads in the new team are high, and several detectives told us that they "
                 "each carry more than 20 live investigations.^[The force’s own guidance "
                 "suggests no more than 12 live rape investigations for each detective.]"],
          after=8)
    d.num("7.", ["The force’s own audit of victim contact found that agreed updates were "
                 "missed in about one case in six.",
                 "Leaders know this and have introduced a weekly performance meeting, but it "
                 "had been running for only a few weeks when we visited.",
                 "We found no evidence that the meeting had yet changed how victims are kept "
                 "informed."], after=10)
    d.label("Our conclusion", "bold", color=col(NAVY), after=6, keep=60)
    d.num("8.", ["Taken together, the evidence satisfies us that the cause of concern has been "
                 "dealt with, and we have closed it.",
                 "Our decision reflects the changes in supervision, in the support for victims "
                 "and in the leadership of the work.",
                 "We will keep watching the areas that still need work through our normal "
                 "monitoring of the force, and we will report on them in our next PEEL "
                 "inspection."], after=8)
    d.num("9.", ["Your officers made the revisit easy to carry out, and I thank them and you "
                 "for that.",
                 "The police and crime commissioner for Wendermoor will receive a copy of this "
                 "letter."], after=16)
    d.label("Yours sincerely,", "body", after=26, keep=90)
    d.label("Everard Pimblett", "bold", after=1)
    d.label("His Majesty’s Inspector of Constabulary", "body", after=12)
    d.label("cc: Police and Crime Commissioner for Wendermoor", "small", color=col(GREY))
    d.build()


# ---------------------------------------------------------------------------------------------
def s07():
    fonts = {
        "body": {"std": "Helvetica", "size": 9.5},
        "bold": {"std": "Helvetica", "style": "bold", "size": 9.5},
        "italic": {"std": "Helvetica", "style": "italic", "size": 9.5},
        "h1": {"std": "Helvetica", "style": "bold", "size": 13},
        "h2": {"std": "Helvetica", "style": "bold", "size": 10.5},
        "title": {"std": "Helvetica", "style": "bold", "size": 20},
        "sub": {"std": "Helvetica", "size": 12},
        "small": {"std": "Helvetica", "size": 7.5},
        "note": {"std": "Helvetica", "size": 7.5},
        "call": {"std": "Helvetica", "size": 6},
        "zapf": {"std": "ZapfDingbats", "size": 6.5},
        "cell": {"std": "Helvetica", "size": 8.5},
        "cellb": {"std": "Helvetica", "style": "bold", "size": 8.5},
    }
    d = Doc("s07_custody_harlingmoor", fonts)
    d.spec.update(margins=[54, 30, 54, 36], cont_top=0,
                  footer={"height": 22, "font": "small", "pattern": "Page {0} of {1}",
                          "align": "center", "y": 6, "color": col(GREY)},
                  top={"font": "small", "color": col(GREY), "rule": col(RULE), "height": 22,
                       "left": "Harlingmoor Police: police custody inspection",
                       "right": "HM Inspectorate of Constabulary and HM Inspectorate of "
                                "Prisons"})
    j = "justify"
    d.op("rect", fill=col(NAVY), x=0, w=487, h=6, after=0)
    d.op("space", h=36)
    d.label("Report on an unannounced inspection visit to police custody suites", "title",
            color=col(NAVY), after=4)
    d.label("Harlingmoor Police", "sub", color=col(NAVY), after=2)
    d.label("Inspection visit: 4 to 8 March 2024", "body", color=col(GREY), after=10)
    d.label(NOTICE, "italic", after=12)
    d.label("Summary", "h1", color=col(NAVY), after=6)
    d.op("cols", gap=20, rule=col(RULE), after=12, cols=[
        [d.item(align=j, sents=["We inspected the three custody suites run by Harlingmoor Police, at "
                 "Hawksmead, Ketterby and Farrowdale, which between them hold about 11,000 "
                 "detainees a year."], after=5),
         d.item(align=j, sents=["This was our first inspection of custody in the force since 2019, when we "
                 "found that detainees were generally treated well but that governance was "
                 "weak."], after=5),
         d.item(align=j, sents=["Most of the staff we saw were calm, polite and attentive to the needs of "
                 "detainees."])],
        [d.item(align=j, sents=["The force has since set up a custody management board, chaired by a chief "
                 "superintendent, which meets every month."], after=5),
         d.item(align=j, sents=["However, the board does not yet receive reliable data on the use of force in "
                 "custody or on how long detainees wait to be released."], after=5),
         d.item(align=j, sents=["Overall, we found a service that keeps most detainees safe but needs firmer "
                 "oversight."])],
    ])
    d.label("Leadership, accountability and partnerships", "h2", color=col(NAVY), after=5,
            keep=60)
    d.para(["Custody is managed centrally by a chief inspector, with a sergeant in charge of "
            "each suite on every shift.",
            "Staffing levels were adequate during our visit, but rotas rely heavily on overtime "
            "and on officers borrowed from response teams.",
            "Partnership work with the local health trust is strong, and a nurse or paramedic "
            "was on duty in each suite around the clock."], after=8)
    d.op("box", fill=col(TINT), border=col(NAVY), border_width=0.75, pad=8, inset=40, after=10,
         items=[
             d.item(["What detainees told us"], font="bold", gold=False, color=col(NAVY),
                    after=4),
             d.item(align=j, sents=["Of the 23 detainees we spoke to, most said that staff had treated them "
                     "with respect."], after=3),
             d.item(align=j, sents=["Several complained that the cells were cold at night and that the "
                     "blankets were thin."], after=3),
             d.item(align=j, sents=["Two women told us they had not been offered the chance to speak to a "
                     "female member of staff."]),
         ])
    d.label("Pre-custody: first point of contact", "h2", color=col(NAVY), after=5, keep=60)
    d.para(["Response officers we observed made sound decisions about whether to arrest, and "
            "they considered alternatives when the suspect was a child.",
            "Even so, in 2023 the force held 14 children overnight after they had been charged, "
            "and in none of these cases did the local authority provide other accommodation.",
            "Officers brought people in mental health crisis into custody only as a last "
            "resort."], after=8)
    d.label("In the custody suite: booking in, individual needs and legal rights", "h2",
            color=col(NAVY), after=5, keep=60)
    d.para(["We reviewed 40 custody records in detail.",
            "Booking-in was thorough and unhurried, and risk assessments were generally sound.",
            "Custody sergeants explained detainees' rights clearly, although they seldom "
            "checked that the detainee had understood.",
            "Interpreters were available by telephone, but the equipment at Ketterby did not "
            "work during our visit."], after=8)
    d.op("grid", widths=[130, 70, 130, 157],
         header=["Suite", "Cells", "Detainees in 2023", "CCTV covers toilet areas"],
         rows=[["Hawksmead", "32", "5,420", "Obscured"],
               ["Ketterby", "18", "3,310", "Obscured"],
               ["Farrowdale", "14", "2,270", "Not obscured"]],
         font="cell", hfont="cellb", hfill=col(TINT), hcolor=col(NAVY), zebra=None,
         border=col(GREY), pad=[4, 4, 3, 3], after=8, keep=90)
    d.para(["Cell cleanliness varied, and we found graffiti in several cells at Farrowdale that "
            "nobody had reported.",
            "Cells at Hawksmead had been repainted since our last visit, and every call bell "
            "worked when we tested it.",
            "At Ketterby, two cells had been out of use for several months while the force "
            "waited for repairs to the ventilation.",
            "Mattresses and pillows were clean, but several had torn covers that should have "
            "been replaced.",
            "Strip searches were recorded properly, but the reasons given for them were often "
            "brief."], after=8)
    d.label("Release and transfer from custody", "h2", color=col(NAVY), after=5, keep=60)
    d.para(["Pre-release risk assessments were mostly completed, and detainees at risk were "
            "given contact details for support services.",
            "Delays in transfers to court were rare.",
            "We saw one detainee released late at night without any check on how he would get "
            "home.^[Custody staff told us that taxis are usually arranged for detainees released "
            "after midnight.]"], after=8)
    d.label("Areas for improvement", "h2", color=col(NAVY), after=5, keep=80)
    dot = {"font": "zapf", "char": "l", "color": col(NAVY), "dy": 2.3}
    d.bullet(["The custody management board should receive accurate data on the use of force."],
             dot, indent=14, after=4)
    d.bullet(["It should work with local authorities so that children who are charged and "
              "refused bail can be moved to suitable accommodation."], dot, indent=14, after=8)
    d.para(["We will return to check on progress against these findings."])
    d.build()


DOCS = {"s05_peel_caskerby": s05, "s06_letter_wendermoor": s06, "s07_custody_harlingmoor": s07}

if __name__ == "__main__":
    names = sys.argv[1:] or list(DOCS)
    os.makedirs(PDF_DIR, exist_ok=True)
    for n in names:
        DOCS[n]()
