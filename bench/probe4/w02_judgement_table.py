"""w02: report with a Word judgements table (python-docx, LibreOffice PDF): header row, shaded
grade cells and a column of sentences; a shaded one-cell table used as a call-out; footnote-like
notes (superscript markers in the text, small notes typed at the foot of the page before a
page break); header and right-aligned PAGE footer; DejaVu Serif, left-aligned."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wlib4 import NOTICE, W  # noqa: E402

F = "Otterbury Constabulary"
w = W("w02_judgement_table", "DejaVu Serif", 10)
d = w.doc
w.header_footer(d.sections[0], F + " \u2013 inspection findings 2025", foot_prefix="", right=True)
w.para("Inspection of " + F, gold=False, size=22, bold=True, colour="1F3864")
w.para(NOTICE, gold=False)
w.heading("Our judgements", 1)
w.para(["The table below summarises our graded judgements and the main reason for each."])
rows = [("Preventing crime", "Good", "C6E0B4", "The force works closely with schools and youth services to divert "
         "children from crime."),
        ("Responding to the public", "Adequate", "FFE699", "Emergency calls are answered promptly, but too many "
         "non-emergency callers give up before they are answered."),
        ("Investigating crime", "Requires improvement", "F8CBAD", "Victims are not always updated on the progress "
         "of their case."),
        ("Protecting vulnerable people", "Good", "C6E0B4", "Officers identify vulnerability well at the first point "
         "of contact.")]
tb = d.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for c, txt in zip(tb.rows[0].cells, ("Area", "Grade", "Summary"), strict=False):
    c.text = txt
    c.paragraphs[0].runs[0].bold = True
    W.shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
for area, grade, fill, sent in rows:
    cells = tb.add_row().cells
    cells[0].text = area
    cells[1].text = grade
    W.shade(cells[1], fill)
    cells[2].text = sent
    w.gold.append(sent)
w.para("", gold=False)
w.heading("Preventing crime", 2)
w.runs([("The force has a clear strategy for preventing crime, and neighbourhood teams understand their part in "
         "it.", "g"),
        ("Its schools programme reached more than 9,000 pupils last year.", "g"), ("1", "sup"),
        ("Teachers we spoke to valued the sessions on online safety in particular.", "g")])
w.para(["The force evaluates most of its prevention work and stops projects that do not achieve their aims.",
        "This is an example of good practice that other forces could adopt."])
w.para("", gold=False)
w.para("__________", gold=False, size=8)
w.para("1 Figures supplied by the force for the 2024/25 school year.", gold=False, size=8)
w.page_break()
w.heading("Responding to the public", 2)
w.runs([("Emergency calls are answered quickly, and the force meets the national standard.", "g"),
        ("However, almost one in four non-emergency calls were abandoned in the first quarter of 2025.", "g"),
        ("2", "sup")])
w.para(["The force has recruited additional call handlers, who were still in training at the time of our visit.",
        "It expects the new staff to reduce waiting times by the autumn."])
co = d.add_table(rows=1, cols=1)
cell = co.rows[0].cells[0]
W.shade(cell, "DDEBF7")
cell.paragraphs[0].add_run("Area for improvement").bold = True
w.para(["The force should reduce the number of non-emergency calls that are abandoned before they are answered."],
       container=cell)
w.para("", gold=False)
w.heading("Investigating crime", 2)
w.para(["We found that investigations were generally allocated to officers with the right skills.",
        "But victims often told us that they had not heard from the investigating officer for several weeks.",
        "In the cases we reviewed, the force had agreed a contact plan with the victim in fewer than half."])
w.para(["Detective sergeants carry large workloads, and their reviews of cases were often brief.",
        "The force should make sure that supervisors record clear actions when they review an investigation."])
w.para("__________", gold=False, size=8)
w.para("2 Force call-handling data, January to March 2025.", gold=False, size=8)
w.page_break()
w.heading("Protecting vulnerable people", 2)
w.para(["Officers recognise vulnerability well and make appropriate referrals to partner agencies.",
        "The force\u2019s approach to missing children is thorough, and return interviews are completed promptly.",
        "We saw good examples of officers taking time to understand the wishes of older victims."])
co2 = d.add_table(rows=1, cols=1)
c2 = co2.rows[0].cells[0]
W.shade(c2, "FCE4D6")
c2.paragraphs[0].add_run("Recommendation").bold = True
w.para(["By June 2026, " + F + " should make sure that every victim has an agreed contact plan and that officers "
        "keep to it."], container=c2)
w.para("", gold=False)
w.para(["We will monitor the force\u2019s progress through our usual monitoring arrangements."])
w.finish()
