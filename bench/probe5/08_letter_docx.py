"""probe5 w02: inspectorate letter to the chief constable of a fictional force, written with
python-docx plus XML edits (numbering.xml list, first-page letterhead, superscript note markers
with notes typed at the end of the annex) and converted to PDF with LibreOffice. Writes
docx/w02_letter_docx.docx, pdf/w02_letter_docx.pdf and w02_letter_docx.gold.json."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor
from docxlib import HERE, W, add_decimal_numbering, add_field, convert, set_num, shade

NAME = "w02_letter_docx"
TEAL = RGBColor(0x00, 0x5A, 0x5B)
G = []

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Liberation Serif"
st.font.size = Pt(12)
st.paragraph_format.space_after = Pt(8)
st.paragraph_format.line_spacing = 1.15

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.2)
sec.different_first_page_header_footer = True
lh = sec.first_page_header
p = lh.paragraphs[0]
r = p.add_run("HM Inspectorate of Constabulary and Fire & Rescue Services"); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = TEAL
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for line in ("Westgate House, 12 Riverside Walk, Birmingham B1 0AA", "Email: revisits@example.org.uk"):
    q = lh.add_paragraph(line); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT; q.runs[0].font.size = Pt(9)
# rule under the letterhead
lh.paragraphs[-1]._p.get_or_add_pPr().append(parse_xml(
    f'<w:pBdr {W}><w:bottom w:val="single" w:sz="12" w:space="4" w:color="005A5B"/></w:pBdr>'))
hp = sec.header.paragraphs[0]
hp.text = "Marlston Police: revisit of cause of concern on crime recording"
hp.runs[0].font.size = Pt(8.5); hp.runs[0].italic = True
for ftr in (sec.footer, sec.first_page_footer):
    add_field(ftr.paragraphs[0], "PAGE")
    ftr.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

NUM = add_decimal_numbering(doc, fmt="%1.", indent=510)
NOTES = []


def para(sentences, num=False, style=None, gold=True, marks=()):
    """marks: list of (sentence index, note text): a superscript number after that sentence."""
    p = doc.add_paragraph(style=style)
    for i, s in enumerate(sentences):
        p.add_run(("" if i == 0 else " ") + s)
        for j, note in marks:
            if j == i:
                NOTES.append(note)
                sup = p.add_run(str(len(NOTES)))
                sup.font.superscript = True
    if num:
        set_num(p, NUM)
    if gold:
        G.extend(sentences)
    return p


para(["Synthetic test document: this is not a real inspection report, and the force it describes is fictional."], gold=False).runs[0].font.size = Pt(10)
d = doc.add_paragraph("18 November 2025"); d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
addr = doc.add_paragraph()
for i, line in enumerate(("Chief Constable Daniel Whitcombe", "Marlston Police", "Police Headquarters", "Kingsway", "Marlston MR4 2PL")):
    if i:
        addr.add_run().add_break()
    addr.add_run(line)
doc.add_paragraph("Dear Chief Constable")
s = doc.add_paragraph(); sr = s.add_run("Revisit to assess progress against the cause of concern on crime recording"); sr.bold = True

para(["I am writing to set out the findings of our revisit to Marlston Police, which took place in October 2025.",
      "The purpose of the revisit was to assess the progress the force has made against the cause of concern we identified in our 2024 inspection of crime data integrity."], num=True)
para(["In that inspection, we found that the force recorded only 84 per cent of reported crimes, and that it failed to record an estimated 9,600 crimes each year."], num=True,
     marks=[(0, "Crime data integrity inspection of Marlston Police, published in May 2024.")])
para(["We are pleased to report that the force has made good progress.",
      "It has appointed a force crime registrar with the authority to challenge recording decisions, and it has trained all call handlers and response officers in the national crime recording standards.",
      "The registrar co-ordinates a network of crime recording champions in each district, and the crime recording desk now operates 24/7."], num=True,
     marks=[(1, "The Home Office Counting Rules for recorded crime and the National Crime Recording Standard.")])
para(["During the revisit we reviewed 250 incident records and found that the force now records 93 per cent of the crimes reported to it.",
      "Recording of violent crime has improved the most, with an accuracy rate of 91 per cent.",
      "The force's own audits now closely match our findings."], num=True)
para(["However, we found that some problems remain:"], num=True)
for b in ("crimes disclosed to partner agencies are still not always recorded;",
          "anti-social behaviour incidents are sometimes closed without a check on whether a crime has occurred; and",
          "some officers remain unsure how to record coercive and controlling behaviour."):
    para([b], style="List Bullet")
para(["We consider that the cause of concern has been addressed, and we will not carry out a further revisit.",
      "The force should still deal with the remaining problems, and it should report its progress to the police and crime commissioner.",
      "We will continue to monitor the force's performance through our routine engagement, and we will look at crime recording again during the next PEEL inspection."], num=True)
para(["I would like to thank you and your officers and staff for the help you gave us during the revisit.",
      "I am copying this letter to the police and crime commissioner for Marlston."], num=True)
doc.add_paragraph("Yours sincerely")
sig = doc.add_paragraph()
sig.paragraph_format.space_before = Pt(24)
sig.add_run("Dr Eleanor Vance").bold = True
sig.add_run().add_break()
sig.add_run("His Majesty's Inspector of Constabulary")

# annex on a new page
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
h = doc.add_heading("Annex A: Progress against our 2024 recommendations", level=1)
para(["The table below summarises the force's progress against each of the recommendations we made in 2024."])
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
tbl.autofit = False
for col, w in zip(tbl.columns, (Cm(2), Cm(10.5), Cm(3.5))):
    col.width = w
for c, t in zip(tbl.rows[0].cells, ("No.", "Recommendation", "Progress")):
    c.text = t; c.paragraphs[0].runs[0].bold = True; shade(c, "D5E8E8")
for n, rec, prog in (("1", "The force should make sure that crimes reported to it are recorded within 24 hours.", "Achieved"),
                     ("2", "The force should train its officers and staff in national crime recording standards.", "Achieved"),
                     ("3", "The force should audit crime recording decisions every month and act on what it finds.", "Partly achieved")):
    cells = tbl.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = n, rec, prog
    G.append(rec)
for row in tbl.rows:
    for w, c in zip((Cm(2), Cm(10.5), Cm(3.5)), row.cells):
        c.width = w
doc.add_paragraph()
doc.add_heading("How we carried out the revisit", level=2)
para(["We examined incident records from a four-week period in August 2025.",
      "We also interviewed the force crime registrar, the deputy chief constable and 18 officers and staff, and we observed a daily management meeting.",
      "We used the same audit method as in 2024 so that the two sets of results could be compared."],
     marks=[(0, "Records were selected at random from incidents closed between 4 and 31 August 2025.")])
para(["The force told us that better crime recording has also helped its work on re-offending and on the well-being of victims, e.g. by making referrals to support services more reliable."])

# notes typed at the end, under a rule (not real footnotes)
rule = doc.add_paragraph()
rule._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {W}><w:top w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr>'))
rule.paragraph_format.space_before = Pt(18)
rule.add_run("Notes").bold = True
for i, t in enumerate(NOTES, 1):
    q = doc.add_paragraph()
    q.paragraph_format.space_after = Pt(2)
    rn = q.add_run(f"{i}\t{t}")
    rn.font.size = Pt(9)

os.makedirs(os.path.join(HERE, "docx"), exist_ok=True)
path = os.path.join(HERE, "docx", NAME + ".docx")
doc.save(path)
convert(path, NAME, G)
