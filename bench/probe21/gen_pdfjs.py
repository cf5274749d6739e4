"""probe21 producer j: pdfjs 2.5.4 (npm ``pdfjs``, rkusa/pdfjs; not Mozilla's PDF.js), a
JavaScript library with its own PDF writer and its own layout engine that Node.js and browser
applications generate invoices, letters and reports with.  Its writer: PDF 1.6; TrueType and
OpenType fonts parsed with opentype.js 1.3.4, subset and re-embedded **as CFF** (CIDFontType0,
Identity-H, ToUnicode), under the font's own name with no subset tag; every line one
``BT … Tm … ET`` whose words are glyph-id strings in one ``TJ`` array **with no space glyphs**:
the gap between two words is a number in the array (the space's width, widened on justified
lines), so a reader has to infer spaces from kerning values; justified paragraphs justify their
last line too (pdfjs does that); the standard 14 fonts from AFM metrics, not embedded, WinAnsi;
Producer "pdfjs v2.5.4 (github.com/rkusa/pdfjs)"; a random /ID (fixed here through the
documented ``doc.info.id``); PDF 1.6 in the header.  opentype.js writes the clock's time into
each embedded font's head table, so node runs under faketime.

Unlike the s and h documents, layout here is pdfjs's: line breaking, justification, page
flow, cells and boxes (moved whole to the next page when they fit on one), tables whose header
row pdfjs repeats, headers, footers and page numbers.  gen_pdfjs.py describes each document as JSON blocks and
pdfjs_render.js makes the pdfjs calls.  pdfjs has no superscript and no footnotes: a footnote
call is a smaller run appended to the word on the same baseline, and the notes are endnotes
under "Notes" at the end (not gold).

  j01  revisit letter, 2 pages: "OFFICIAL" marking in the header and footer, letterhead,
       addresses and reference in a two-cell table, salutation, justified Caladea body (CFF),
       a footnote call, "•" bullets in a table column, "a)" list as a table, sign-off,
       endnote, "Page N of M".
  j02  custody inspection report, 2 pages: Carlito (CFF), numbered headings, paragraph
       numbers in a table column, findings table with a prose column (gold) whose header row
       is repeated on the next page, "Cause of concern" box, en-dash bullets, endnotes,
       running header, "Page N of M" footer.
  j03  PEEL 2018/19 report, 3 pages: standard Times and Helvetica (not embedded), grade
       table with coloured cells, judgement headings ending in a grade, justified body with
       a footnote call, an "Areas for improvement" box that splits over a page break with
       Symbol-font bullets, running header and page numbers on every page (the back cover
       included: pdfjs draws them on all pages), back cover.

Usage: python3 gen_pdfjs.py   (needs node with pdfjs 2.5.4 and opentype.js 1.3.4)
"""
import json
import os
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, Gold, pieces

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.environ.get("PROBE21_NODE", "/tmp/probe21_node")
CROS = "/usr/share/fonts/truetype/crosextra/"
CREATED = "2024-09-18T09:00:00Z"


class JDoc:
    """A pdfjs document under construction: blocks for pdfjs_render.js and the gold."""

    def __init__(self, name, fonts, doc, info, doc_id, call_size=6.5):
        self.name = name
        self.gold = Gold(name)
        self.spec = {"out": os.path.join(PDF_DIR, name + ".pdf"), "fonts": fonts, "doc": doc,
                     "info": info, "created": CREATED, "id": doc_id, "blocks": []}
        self.stack = [self.spec["blocks"]]
        self.notes = []
        self.call_size = call_size

    # containers ------------------------------------------------------------------------------
    def add(self, block):
        self.stack[-1].append(block)
        return block

    def cell(self, **o):
        """with d.cell(...): blocks added inside go into a pdfjs cell (a box)."""
        b = self.add({"k": "cell", "opts": o, "blocks": []})
        return _Ctx(self, b["blocks"])

    def table(self, widths, **o):
        o["widths"] = widths
        return self.add({"k": "table", "opts": o, "header": None, "rows": []})

    @staticmethod
    def header_row(tb, cells, **o):
        tb["header"] = {"opts": o, "cells": cells}

    @staticmethod
    def row(tb, cells, **o):
        tb["rows"].append({"opts": o, "cells": cells})

    def page_break(self):
        self.add({"k": "break"})

    # text ------------------------------------------------------------------------------------
    def runs(self, text, ropts=None):
        """pdfjs runs for marked-up text: calls become small appended runs."""
        out = []
        glue_next = False
        for kind, val in pieces(text):
            if kind == "fn":
                self.notes.append(val)
                o = dict(ropts or {})
                o["fontSize"] = self.call_size
                out.append({"s": str(len(self.notes)), "glue": True, "opts": o})
                glue_next = True
                continue
            if glue_next and not val.startswith(" "):
                out.append({"s": val, "glue": True, "opts": ropts or {}})
            else:
                out.append({"s": val.strip(), "glue": False, "opts": ropts or {}})
            glue_next = False
        return out

    def text(self, *sents, gold=True, **o):
        if gold:
            self.gold.add(*sents)
        return {"k": "text", "opts": o, "runs": self.runs(" ".join(sents))}

    def p(self, *sents, gold=True, after=6, **o):
        """A paragraph: a text block, then an empty cell of the given height as the space
        after it (a paragraph inside a cell would be kept together on one page: pdfjs moves
        a cell that does not fit to the next page whole)."""
        self.add(self.text(*sents, gold=gold, **o))
        if after:
            self.add({"k": "cell", "opts": {"minHeight": after}, "blocks": []})

    def render(self, tmp):
        path = os.path.join(tmp, self.name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.spec, f, ensure_ascii=False)
        env = dict(os.environ, NODE_PATH=os.path.join(NODE_DIR, "node_modules"), TZ="UTC")
        # opentype.js stamps the clock's time into the head table of each font it writes
        subprocess.run(["faketime", "-f", CREATED.replace("T", " ").rstrip("Z"), "node",
                        os.path.join(HERE, "pdfjs_render.js"), path], check=True, env=env,
                       stderr=subprocess.PIPE)
        print(f"{self.name}: {self.gold.write()} gold sentences")


class _Ctx:
    def __init__(self, d, blocks):
        self.d, self.blocks = d, blocks

    def __enter__(self):
        self.d.stack.append(self.blocks)
        return self

    def __exit__(self, *exc):
        self.d.stack.pop()


def cellblocks(d, *blocks, **o):
    return {"opts": o, "blocks": list(blocks)}


def endnotes(d, font, size, color):
    d.p("Notes", gold=False, after=3, font=font, fontSize=size + 1.5, color=color)
    for i, t in enumerate(d.notes):
        tb = d.table([14, None])
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {"fontSize": size},
                                  "runs": [{"s": str(i + 1), "glue": False, "opts": {}}]}),
                   cellblocks(d, {"k": "text", "opts": {"fontSize": size},
                                  "runs": [{"s": t, "glue": False, "opts": {}}]},
                              paddingBottom=2)])


# ---------------------------------------------------------------------------------------------

def j01(tmp):
    navy, red = "#1c3557", "#b0162b"
    d = JDoc("j01_letter_sedgebury",
             {"cr": CROS + "Caladea-Regular.ttf", "ci": CROS + "Caladea-Italic.ttf",
              "cb": CROS + "Caladea-Bold.ttf", "hb": "std:Helvetica-Bold",
              "hr": "std:Helvetica"},
             {"font": "cr", "fontSize": 11, "lineHeight": 1.3, "padding": 62,
              "paddingTop": 48, "paddingBottom": 48},
             {"title": "Revisit letter: Sedgebury Police", "author": "probe21",
              "creator": "probe21 gen_pdfjs.py"},
             "8c1d3e5f7a9b0c2d4e6f8a0b1c3d5e7f")
    mark = {"font": "hb", "fontSize": 9, "color": red, "textAlign": "center"}
    d.spec["header"] = {"blocks": [{"k": "cell", "opts": {"paddingBottom": 14}, "blocks": [
        {"k": "text", "opts": mark, "runs": [{"s": "OFFICIAL", "glue": False, "opts": {}}]}]}]}
    d.spec["footer"] = {"blocks": [{"k": "text", "opts": mark,
                                    "runs": [{"s": "OFFICIAL", "glue": False, "opts": {}}]}],
                        "pageNumber": {"format": "Page {cur} of {total}",
                                       "opts": {"font": "hr", "fontSize": 8,
                                                "textAlign": "right"}}}
    d.p("Synthetic Inspectorate of Constabulary", gold=False, after=2, font="hb",
        fontSize=17, color=navy)
    d.p("Synthetic House · 31 Example Row · Wrenfold WF3 1ZZ · 0100 000 0031", gold=False,
        after=14, font="hr", fontSize=8.5, color="#555555")
    d.p(NOTICE, gold=False, after=14, font="ci")
    tb = d.table([250, None])
    left = [{"k": "text", "opts": {}, "runs": [{"s": s, "glue": False, "opts": {}}]}
            for s in ("Chief Constable Anselm Ingleby", "Sedgebury Police",
                      "Police Headquarters", "Hallowmere Road", "Corvell CV9 9ZZ")]
    right = [{"k": "text", "opts": {"textAlign": "right"},
              "runs": [{"s": s, "glue": False, "opts": {}}]}
             for s in ("Our reference: SIC/SDB/0924", "18 September 2024")]
    d.row(tb, [cellblocks(d, *left), cellblocks(d, *right)])
    d.p("", gold=False, after=8)
    d.p("Dear Anselm,", gold=False, after=8)
    d.p("Revisit of Sedgebury Police: cause of concern about responding to calls for service",
        gold=False, after=8, font="cb")
    j = {"textAlign": "justify"}

    def b(*s, **kw):
        d.p(*s, **{"after": 7, **j, **kw})

    b("In our PEEL inspection report on Sedgebury Police, published in January 2024, we "
      "identified a cause of concern about the way the force responds to calls for service.",
      "We recommended that, within six months, the force should make improvements in three "
      "areas.")
    b("Between 8 and 12 July 2024, we revisited the force to assess its progress.",
      "We listened to 80 calls, examined the records of 120 incidents and spoke to call "
      "handlers, dispatchers and their supervisors.")
    b("I am pleased to tell you that the force has made good progress.",
      "It now answers 94 percent of emergency calls within ten seconds, compared with 71 "
      "percent at the time of our inspection.^[The figures for the time of our inspection "
      "cover the three months to September 2023.]",
      "Call handlers told us that they felt better supported, and that their new training had "
      "given them more confidence in dealing with difficult calls.")
    b("We found that:", after=3)
    for t in ("call handlers now use a structured process to assess the risk to every caller;",
              "supervisors in the control room review a sample of calls each day and give "
              "feedback to their staff; and",
              "the force has recruited 26 additional call handlers since January."):
        tb = d.table([22, None])
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {},
                                  "runs": [{"s": "•", "glue": False, "opts": {}}]},
                              paddingLeft=6),
                   cellblocks(d, d.text(t), paddingBottom=3)])
    d.p("", gold=False, after=4)
    b("The force has also improved the way it records its decisions.",
      "Dispatchers now record why an incident has been given a particular grade, and "
      "supervisors check these records.",
      "This helps the force to understand whether it is making the right decisions.")
    b("However, we still have some concerns.",
      "The force takes too long to attend incidents that it has graded as needing a response "
      "within one hour.",
      "In 19 of the 60 such incidents we examined, officers arrived more than three hours "
      "after the call.",
      "Victims in these cases were rarely told that there would be a delay.",
      "The force told us that it has too few response officers on duty at weekends to meet "
      "its targets.")
    b("We have therefore decided that the cause of concern should remain open, and that the "
      "force should now:", after=3)
    for i, t in enumerate(("make sure that it attends incidents within the timescales it has "
                           "set;",
                           "tell callers when officers will be delayed and explain what they "
                           "should do if the situation changes; and",
                           "monitor how long it takes to attend incidents of every grade, not "
                           "only emergencies.")):
        tb = d.table([22, None])
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {},
                                  "runs": [{"s": f"{'abc'[i]})", "glue": False, "opts": {}}]},
                              paddingLeft=2),
                   cellblocks(d, d.text(t, **j), paddingBottom=3)])
    d.p("", gold=False, after=4)
    b("We will revisit the force again in early 2025, and we will report on its progress in "
      "our next PEEL inspection.",
      "I am grateful to your officers and staff for their help during our revisit.",
      "I am copying this letter to the police and crime commissioner for Sedgebury.")
    d.p("Yours sincerely,", gold=False, after=20)
    d.p("Cordelia Rainsford", gold=False, after=2, font="ci", fontSize=14)
    d.p("His Majesty’s Inspector of Constabulary", gold=False, after=16)
    endnotes(d, "hb", 8, navy)
    d.render(tmp)


def j02(tmp):
    teal, grey = "#005a70", "#555555"
    d = JDoc("j02_custody_wyckmoor",
             {"cr": CROS + "Carlito-Regular.ttf", "cb": CROS + "Carlito-Bold.ttf",
              "ci": CROS + "Carlito-Italic.ttf"},
             {"font": "cr", "fontSize": 11, "lineHeight": 1.25, "padding": 60,
              "paddingTop": 44, "paddingBottom": 44},
             {"title": "Report on an unannounced inspection of police custody in Wyckmoor",
              "author": "probe21", "creator": "probe21 gen_pdfjs.py"},
             "2b4d6f8091a3c5e7f9b1d3f5a7c9e1b3")
    d.spec["header"] = {"blocks": [{"k": "cell", "opts": {"paddingBottom": 14}, "blocks": [
        {"k": "text", "opts": {"font": "ci", "fontSize": 8, "color": grey,
                               "textAlign": "right"},
         "runs": [{"s": "Police custody in Wyckmoor: report on an unannounced inspection",
                   "glue": False, "opts": {}}]}]}]}
    d.spec["footer"] = {"pageNumber": {"format": "Page {cur} of {total}",
                                       "opts": {"font": "cb", "fontSize": 8.5, "color": teal,
                                                "textAlign": "center"}}}
    d.p("Report on an unannounced inspection visit to police custody suites in Wyckmoor",
        gold=False, after=4, font="cb", fontSize=20, color=teal, lineHeight=1.1)
    d.p("Wyckmoor Constabulary · 13–24 May 2024", gold=False, after=8, fontSize=11,
        color=grey)
    d.p(NOTICE, gold=False, after=12, font="ci")
    h = {"font": "cb", "fontSize": 13, "color": teal}
    counter = {}

    def heading(t):
        d.p(t, gold=False, after=5, **h)

    def para(sec, *s, **kw):
        counter[sec] = counter.get(sec, 0) + 1
        tb = d.table([34, None])
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {"font": "cb", "color": teal},
                                  "runs": [{"s": f"{sec}.{counter[sec]}", "glue": False,
                                            "opts": {}}]}),
                   cellblocks(d, d.text(*s, **kw), paddingBottom=6)])

    heading("1. Introduction")
    para(1, "This report describes our findings following an unannounced inspection of police "
         "custody in Wyckmoor, carried out jointly with the prisons inspectorate.",
         "We visited the force’s two custody suites, in Ebberley and Corvell, in May 2024.")
    para(1, "We examined the records of 60 detainees and spoke to detainees, custody staff, "
         "healthcare staff and lawyers.",
         "We also observed how detainees were treated from their arrival until their "
         "release.^[Our expectations for police custody are published on the inspectorates’ "
         "websites.]")
    heading("2. Leadership, accountability and partnerships")
    para(2, "The force has a clear governance structure for custody, and a chief inspector is "
         "responsible for both suites.",
         "Leaders visit the suites regularly and know the main risks.")
    para(2, "However, the force does not collect enough data^[The national guidance on "
         "recording the use of force was updated in 2023.] to understand how it uses force on "
         "detainees.",
         "It could not tell us how many times handcuffs or leg restraints had been used in the "
         "previous year.")
    heading("3. Pre-custody: first point of contact")
    para(3, "Officers on the street generally made appropriate decisions to arrest.",
         "In some cases involving children, we found that officers had not considered "
         "alternatives to bringing them into custody.")
    heading("4. In the custody suite: booking in, individual needs and legal rights")
    para(4, "Custody staff were respectful and professional, and most detainees told us that "
         "they had been treated well.",
         "Booking in was thorough, but the booking-in desks in Ebberley did not give detainees "
         "enough privacy to discuss personal matters.")
    para(4, "The table below summarises what we found against some of our expectations.")
    rows = [("Detainees are told their rights",
             "Detainees were told their rights clearly, and written information was available "
             "in several languages.", "Met"),
            ("Risk assessments are completed",
             "Risk assessments were completed for every detainee, but some did not record the "
             "reasons for the level of observation chosen.", "Partly met"),
            ("Cells are clean and safe",
             "Several cells in Corvell contained ligature points that had been reported but "
             "not repaired.", "Not met"),
            ("Detainees receive timely healthcare",
             "Healthcare staff saw detainees promptly, and medication was given on time.",
             "Met"),
            ("Children are released quickly",
             "Children who had been charged waited an average of eleven hours for other "
             "accommodation to be found.", "Not met")]
    tb = d.table([130, None, 70], borderHorizontalWidth=0.5, borderColor="#9fbcc6",
                 fontSize=10)
    hdr = {"font": "cb", "color": "#ffffff", "fontSize": 10}
    d.header_row(tb, [cellblocks(d, {"k": "text", "opts": hdr,
                                     "runs": [{"s": s, "glue": False, "opts": {}}]},
                                 padding=4)
                      for s in ("Expectation", "What we found", "Judgement")],
                 backgroundColor=teal)
    for i, (e, f, j) in enumerate(rows):
        fill = {"backgroundColor": "#eaf2f4"} if i % 2 else {}
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {"fontSize": 10},
                                  "runs": [{"s": e, "glue": False, "opts": {}}]}, padding=4),
                   cellblocks(d, d.text(f, fontSize=10), padding=4),
                   cellblocks(d, {"k": "text", "opts": {"font": "cb", "fontSize": 10},
                                  "runs": [{"s": j, "glue": False, "opts": {}}]}, padding=4)],
              **fill)
    d.p("", gold=False, after=8)
    para(4, "Detainees had good access to legal advice, and lawyers told us that custody staff "
         "were helpful.",
         "Interpreters were usually available by telephone, but staff sometimes used other "
         "detainees or officers to interpret, which is not acceptable.")
    heading("5. Release and transfer from custody")
    para(5, "Release arrangements were generally safe.",
         "Staff considered the needs of vulnerable detainees before they left and gave them "
         "information about local support services.",
         "However, some detainees were released late at night without any way of getting "
         "home.")
    heading("6. Summary of findings")
    with d.cell(backgroundColor="#fbeaea", borderWidth=1, borderColor="#a31f24", padding=10):
        d.p("Cause of concern", gold=False, after=3, font="cb", color="#a31f24")
        d.p("Cells in the Corvell custody suite contained ligature points, which put detainees "
            "at risk of harm.", after=5)
        d.p("Recommendation", gold=False, after=3, font="cb", color="#a31f24")
        d.p("The force should remove all ligature points from its custody cells and check the "
            "cells regularly.", after=0)
    d.p("", gold=False, after=8)
    d.p("The force should also make sure that:", after=3)
    for t in ("booking-in desks give detainees enough privacy;",
              "interpreters are always used when a detainee does not speak English well; and",
              "children are not held in custody overnight unless there is no alternative."):
        tb = d.table([20, None])
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {},
                                  "runs": [{"s": "–", "glue": False, "opts": {}}]},
                              paddingLeft=5),
                   cellblocks(d, d.text(t), paddingBottom=3)])
    d.p("", gold=False, after=5)
    d.p("We will ask the force for an action plan within six weeks of publication.", after=14)
    endnotes(d, "cb", 8.5, teal)
    d.render(tmp)


def j03(tmp):
    navy, grey = "#243c6c", "#555555"
    d = JDoc("j03_peel2019_kestlemoor",
             {"tr": "std:Times-Roman", "ti": "std:Times-Italic", "tb": "std:Times-Bold",
              "hr": "std:Helvetica", "hb": "std:Helvetica-Bold", "sy": "std:Symbol"},
             {"font": "tr", "fontSize": 11.5, "lineHeight": 1.34, "padding": 64,
              "paddingTop": 48, "paddingBottom": 50},
             {"title": "PEEL 2018/19: An inspection of Kestlemoor Police", "author": "probe21",
              "creator": "probe21 gen_pdfjs.py"},
             "f0e1d2c3b4a5968778695a4b3c2d1e0f", call_size=7)
    d.spec["header"] = {"blocks": [{"k": "cell", "opts": {"paddingBottom": 14}, "blocks": [
        {"k": "text", "opts": {"font": "hr", "fontSize": 8, "color": grey},
         "runs": [{"s": "Kestlemoor Police: PEEL 2018/19", "glue": False, "opts": {}}]}]}]}
    d.spec["footer"] = {"pageNumber": {"format": "{cur}", "opts": {
        "font": "hb", "fontSize": 9, "color": navy, "textAlign": "center"}}}
    d.p("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", gold=False, after=4,
        font="hb", fontSize=12, color="#6b7fa8")
    d.p("An inspection of Kestlemoor Police", gold=False, after=4, font="hb", fontSize=24,
        color=navy)
    d.p("May 2019", gold=False, after=10, font="hr", fontSize=11, color=grey)
    d.p(NOTICE, gold=False, after=12, font="ti")
    h2 = {"font": "hb", "fontSize": 13.5, "color": navy}
    h3 = {"font": "hb", "fontSize": 11.5, "color": navy}
    j = {"textAlign": "justify"}

    def b(*s, **kw):
        d.p(*s, **{"after": 7, **j, **kw})

    grade_fill = {"Outstanding": "#1d6b3a", "Good": "#5b9a3c",
                  "Requires improvement": "#e5a11a", "Inadequate": "#b3262d"}
    tb = d.table([150, 150], borderWidth=0.8, borderColor="#ffffff")
    for pillar, g in (("Effectiveness", "Good"), ("Efficiency", "Requires improvement"),
                      ("Legitimacy", "Good")):
        d.row(tb, [cellblocks(d, {"k": "text", "opts": {"font": "hb", "fontSize": 10.5,
                                                        "color": "#ffffff"},
                                  "runs": [{"s": pillar, "glue": False, "opts": {}}]},
                              padding=6, backgroundColor=navy),
                   cellblocks(d, {"k": "text", "opts": {"font": "hb", "fontSize": 10.5,
                                                        "color": "#ffffff"},
                                  "runs": [{"s": g, "glue": False, "opts": {}}]},
                              padding=6, backgroundColor=grade_fill[g])])
    d.p("", gold=False, after=10)
    d.p("HM Inspector’s summary", gold=False, after=5, **h2)
    b("Kestlemoor Police deserves credit for how well it keeps its communities safe and "
      "brings crime down.",
      "The force is good at preventing crime and protecting vulnerable people, and it has "
      "improved the way it responds to calls from the public.")
    b("However, the force needs to improve how it investigates crime.",
      "Too many investigations are carried out by officers who have not been trained for the "
      "work, and the force has a backlog of cases waiting for a decision from the Crown "
      "Prosecution Service.^[At the time of our inspection, 212 cases were waiting for a "
      "charging decision.]")
    b("I am concerned that the force does not yet have a clear plan for how it will meet "
      "future demand.",
      "Its financial plans rely on savings that it has not yet identified, and its workforce "
      "plan does not say how it will recruit the specialist staff it needs.")
    b("The force treats the public fairly and its workforce with respect.",
      "I look forward to seeing how it builds on these strengths.")
    d.p("Effectiveness: good", gold=False, after=5, **h2)
    d.p("Preventing crime and tackling anti-social behaviour: good", gold=False, after=4, **h3)
    b("Neighbourhood officers in Kestlemoor spend most of their time in their communities.",
      "They use problem-solving methods well, and we saw good examples of work with councils "
      "in Brambleigh and Marlcote.",
      "The force evaluates what it does and shares what it has learned with other forces.")
    d.p("Investigating crime: requires improvement", gold=False, after=4, **h3)
    b("The quality of the force’s investigations varies.",
      "Serious cases are investigated well by detectives, but less serious crimes are often "
      "given to officers who have little experience.",
      "Victims are not always kept informed about the progress of their cases.")
    d.p("Protecting vulnerable people: good", gold=False, after=4, **h3)
    b("The force understands the nature and scale of vulnerability in its area.",
      "Officers identify vulnerable people well, and the force works effectively with partner "
      "organisations to protect them.",
      "Its response to missing children is particularly strong.")
    with d.cell(backgroundColor="#eef1f7", borderWidth=0.8, borderColor=navy, padding=10):
        d.p("Areas for improvement", gold=False, after=4, font="hb", fontSize=11, color=navy)
        for t in ("The force should make sure that investigations are allocated to officers "
                  "with the right skills.",
                  "The force should keep victims informed about the progress of their cases.",
                  "The force should develop a workforce plan that shows how it will recruit "
                  "and train the specialist staff it needs.",
                  "The force should identify the savings it needs to make to balance its "
                  "budget."):
            blk = d.text(t, **j)
            blk["runs"].insert(0, {"s": "•", "glue": False, "opts": {"font": "sy"}})
            d.add({"k": "cell", "opts": {"paddingBottom": 4}, "blocks": [blk]})
    d.p("", gold=False, after=10)
    d.p("Efficiency: requires improvement", gold=False, after=5, **h2)
    b("The force understands the demand for its services, but it has not used this "
      "understanding to plan its workforce.",
      "It has not yet identified how it will save £4.2 million by 2021.")
    d.p("Legitimacy: good", gold=False, after=5, **h2)
    b("People in Kestlemoor are dealt with fairly and respectfully by the force.",
      "Its officers use stop and search fairly, and the force publishes data that allows the "
      "public to hold it to account.",
      "Members of the workforce told us that they trust their leaders and feel able to "
      "challenge decisions.")
    b("We will continue to monitor the force’s progress in these areas.", after=14)
    endnotes(d, "hb", 8.5, navy)
    d.page_break()
    with d.cell(y=300, backgroundColor=navy, padding=24):
        for t in ("© Synthetic Inspectorate 2019",
                  "This synthetic publication may be reused free of charge for testing.",
                  "Synthetic House, 5 Example Row, Quarrendon QN4 4ZZ"):
            d.p(t, gold=False, after=6, font="hr", fontSize=9.5, color="#ffffff")
    d.render(tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe21_j_") as tmp:
        j01(tmp)
        j02(tmp)
        j03(tmp)


if __name__ == "__main__":
    main()
