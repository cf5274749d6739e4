"""probe5 w01: PEEL-style report for a fictional force, written with python-docx plus XML edits
(footnotes part, numbering.xml list, framed text box, first-page letterhead, landscape section)
and converted to PDF with LibreOffice. Writes docx/w01_peel_docx.docx, pdf/w01_peel_docx.pdf and
w01_peel_docx.gold.json."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor
from docxlib import (
    HERE,
    Footnotes,
    add_decimal_numbering,
    add_field,
    convert,
    frame_paragraph,
    set_num,
    shade,
)

NAME = "w01_peel_docx"
NAVY = RGBColor(0x1F, 0x3A, 0x5F)
G = []  # gold sentences in reading order

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(6)
st.paragraph_format.line_spacing = 1.2
for s, size in (("Heading 1", 15), ("Heading 2", 12.5), ("Title", 24)):
    doc.styles[s].font.name = "Liberation Sans"
    doc.styles[s].font.size = Pt(size)
    doc.styles[s].font.color.rgb = NAVY

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2)
sec.different_first_page_header_footer = True
# letterhead on the first page only
fh = sec.first_page_header
p = fh.paragraphs[0]
r = p.add_run("HM Inspectorate of Constabulary and Fire & Rescue Services")
r.bold = True; r.font.size = Pt(13); r.font.color.rgb = NAVY
p2 = fh.add_paragraph("Inspection report · England and Wales")
p2.runs[0].font.size = Pt(9)
# running header and footer on the other pages
hp = sec.header.paragraphs[0]
hp.text = "PEEL 2025: Brindlemoor Constabulary"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].font.size = Pt(8.5)
for ftr in (sec.footer, sec.first_page_footer):
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")

notes = Footnotes(doc)
NUM = add_decimal_numbering(doc)


def para(sentences, style=None, num=False, gold=True, note=None):
    p = doc.add_paragraph(" ".join(sentences), style=style)
    if num:
        set_num(p, NUM)
    if note:
        notes.add(p, note)
    if gold:
        G.extend(sentences)
    return p


doc.add_paragraph("PEEL 2025: Police effectiveness, efficiency and legitimacy", style="Title")
t = doc.add_paragraph("An inspection of Brindlemoor Constabulary")
t.runs[0].font.size = Pt(15)
para(["Synthetic test document: this is not a real inspection report, and the force it describes is fictional."], gold=False)
para(["Published 3 December 2025"], gold=False).runs[0].italic = True

doc.add_heading("Overall summary", level=1)
# floating text box: a framed paragraph pair (w:framePr) that text wraps round
fb = doc.add_paragraph()
rr = fb.add_run("Brindlemoor in numbers"); rr.bold = True; rr.font.color.rgb = NAVY
frame_paragraph(fb)
FRAME = ["Brindlemoor has 1,180 police officers and 94 police community support officers.",
         "The force received 71,400 emergency calls in the year to March 2025."]
fb2 = para(FRAME, gold=False)  # gold: after the two paragraphs the box sits beside
frame_paragraph(fb2)
for q in (fb, fb2):
    q.paragraph_format.space_after = Pt(2)
    for rn in q.runs:
        rn.font.size = Pt(9.5)

para(["Brindlemoor Constabulary is a small force that serves about 560,000 people across a mix of market towns and upland villages.",
      "We found that it has improved in several areas since 2023, but it still has work to do."], num=True)
para(["The force is good at preventing crime and at building relationships with its communities.",
      "It is adequate at protecting vulnerable people.",
      "It requires improvement in how it manages its finances and plans for the future."], num=True,
     note="Our grades are explained in the PEEL assessment framework for 2025 to 2027.")
G.extend(FRAME)
doc.add_heading("Our judgements", level=1)
rows = [("Preventing crime", "Good", "Neighbourhood teams are visible and well known to residents."),
        ("Responding to the public", "Adequate", "Emergency calls are answered quickly, but 101 waits are long."),
        ("Protecting vulnerable people", "Adequate", "Risk assessments are thorough, but referrals are sometimes late."),
        ("Leadership and force management", "Requires improvement", "The force does not have a realistic plan to balance its budget.")]
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, h in zip(tbl.rows[0].cells, ("Area", "Grade", "Summary")):
    c.text = h; c.paragraphs[0].runs[0].bold = True; shade(c, "D9E2F3")
FILL = {"Good": "E2EFD9", "Adequate": "F2F2F2", "Requires improvement": "FBE4D5"}
for a, g, s in rows:
    cells = tbl.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = a, g, s
    shade(cells[1], FILL[g])
    G.append(s)
tbl.autofit = False
for col, w in zip(tbl.columns, (Cm(5), Cm(3.6), Cm(7.8))):
    col.width = w
for row in tbl.rows:
    for w, c in zip((Cm(5), Cm(3.6), Cm(7.8)), row.cells):
        c.width = w
        for pp in c.paragraphs:
            pp.paragraph_format.space_after = Pt(2)
            for rn in pp.runs:
                rn.font.size = Pt(10)
doc.add_paragraph()

doc.add_heading("Responding to the public", level=1)
para(["In the year to March 2025, the force answered 91 percent of 999 calls within ten seconds.",
      "Non-emergency callers waited an average of eight minutes, and 33 percent of 101 calls were abandoned."], num=True,
     note="Force data supplied in May 2025.")
para(["The force should reduce the time that people wait when they call 101."], num=True)

doc.add_heading("Protecting vulnerable people", level=1)
para(["Officers understand vulnerability and take suitable action to safeguard people at risk.",
      "They make good use of body-worn video, e.g. to record the scene at domestic abuse incidents."], num=True)
para(["However, referrals to partner agencies were sometimes sent late, and the force does not check whether anyone has acted on them."], num=True)
para(["The force should make sure that:"], num=True)
for b in ("referrals are submitted within 24 hours;", "supervisors check the quality of referrals; and",
          "it follows up referrals that have had no response."):
    para([b], style="List Bullet")

doc.add_heading("Leadership and force management", level=1)
para(["The force faces a budget gap of £6.2 million in 2026/27, and it has not yet decided how it will close it.",
      "Its workforce plan does not take account of the number of officers likely to retire in the next three years."], num=True)
h = doc.add_paragraph(); hr = h.add_run("Cause of concern"); hr.bold = True; hr.font.color.rgb = RGBColor(0xC0, 0, 0)
para(["The force does not have a realistic plan to balance its budget over the medium term."])
h = doc.add_paragraph(); hr = h.add_run("Recommendation"); hr.bold = True; hr.font.color.rgb = NAVY
para(["By 30 June 2026, the force should produce a financial plan that shows how it will balance its budget while protecting frontline services."])

# landscape section with a wide table
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = Cm(29.7), Cm(21)
ls.different_first_page_header_footer = False
doc.add_heading("Annex A: Call-handling performance", level=1)
para(["The table below shows how the force’s call-handling performance changed over the year to March 2025."])
wide = [("Measure", "Apr–Jun 2024", "Jul–Sep 2024", "Oct–Dec 2024", "Jan–Mar 2025", "England and Wales", "Comment"),
        ("999 calls answered in 10 seconds or less (%)", "89", "90", "92", "93", "88", "Performance improved in every quarter."),
        ("101 calls abandoned (%)", "30", "35", "36", "31", "19", "Abandonment remains well above the national average."),
        ("Average 101 wait (minutes)", "7.5", "8.9", "9.1", "6.8", "4.2", "Waits fell after new staff joined in January."),
        ("Emergency attendance within target (%)", "84", "82", "85", "86", "n/a", "Rural attendance is slower than urban attendance.")]
wt = doc.add_table(rows=0, cols=7)
wt.style = "Table Grid"
wt.autofit = False
for col, w in zip(wt.columns, (6, 2.6, 2.6, 2.6, 2.6, 2.8, 6.3)):
    col.width = Cm(w)
for i, row in enumerate(wide):
    cells = wt.add_row().cells
    for j, (c, v) in enumerate(zip(cells, row)):
        c.text = v
        c.width = [Cm(6), Cm(2.6), Cm(2.6), Cm(2.6), Cm(2.6), Cm(2.8), Cm(6.3)][j]
        for rn in c.paragraphs[0].runs:
            rn.font.size = Pt(9.5)
            rn.bold = i == 0
        if i == 0:
            shade(c, "D9E2F3")
    if i:
        G.append(row[-1])
doc.add_paragraph()
para(["We obtained these figures from the force, and we checked a sample of them against call recordings."])

notes.finish()
os.makedirs(os.path.join(HERE, "docx"), exist_ok=True)
path = os.path.join(HERE, "docx", NAME + ".docx")
doc.save(path)
convert(path, NAME, G)
