"""w04: inspection letter to a chief constable (python-docx, LibreOffice PDF): letterhead in
the first-page header, sender address block right-aligned, date, recipient address,
salutation, numbered paragraphs (List Number), a bulleted list, a page break inside a
paragraph, sign-off with name and title, and a continuation-page header with a PAGE field.
Nimbus Roman 12, left-aligned."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from wlib4 import NOTICE, WD_ALIGN_PARAGRAPH, Pt, W  # noqa: E402

F = "Fenmoor Police"
w = W("w04_letter", "Nimbus Roman", 12)
d = w.doc
s = d.sections[0]
s.different_first_page_header_footer = True
fh = s.first_page_header.paragraphs[0]
fh.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fh.add_run("FICTIONAL INSPECTORATE OF CONSTABULARY")
r.bold, r.font.size = True, Pt(16)
fh2 = s.first_page_header.add_paragraph("4 Harbour Row, Lindport LP1 2XX  |  inspections@example.org")
fh2.alignment = WD_ALIGN_PARAGRAPH.CENTER
w.header_footer(s, "Letter to the Chief Constable of " + F, foot_prefix="Page ")
w.para(NOTICE, gold=False, size=9)
for line in ("Rosalind Achebe", "His Majesty\u2019s Inspector of Constabulary", "", "14 August 2025"):
    p = w.para(line, gold=False)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)
for line in ("Chief Constable Martin Ossett", F + " Headquarters", "Kingsway", "Fenmoor FM3 9XX"):
    w.para(line, gold=False).paragraph_format.space_after = Pt(0)
w.para("", gold=False)
w.para("Dear Chief Constable,", gold=False)
p = w.para("Inspection of how " + F + " manages its vetting procedures", gold=False, bold=True)
w.para(["I am writing to tell you about the findings of our recent inspection of vetting in " + F + ".",
        "I am grateful to you and your staff for the help we received during the inspection."], style="List Number")
w.para(["Our inspection took place in July 2025 and included a review of 150 vetting files.",
        "We also interviewed staff in the vetting unit and in the professional standards department."],
       style="List Number")
w.para(["Overall, we found that the force has made good progress since our national report on vetting was "
        "published.",
        "All officers and staff now hold the correct level of clearance for their role."], style="List Number")
w.para(["There remain some weaknesses that the force should address:"], style="List Number")
for t in ["Decisions to grant clearance despite adverse information were not always fully explained.",
          "The force did not routinely check whether vetting decisions differed by ethnicity or sex.",
          "Aftercare reviews for staff in sensitive posts were overdue in a small number of cases."]:
    w.para(t, style="List Bullet")
w.runs([("The vetting unit is well led, and its manager has a clear plan to improve the quality of decision "
         "records.", "g"),
        ("Staff told us that they felt supported and that their workloads were manageable.", "g"),
        ("", "pb"),
        ("The unit has cleared a large backlog of renewals in the past year.", "g")], style="List Number")
w.para(["I am concerned, however, that the force does not yet monitor whether its vetting decisions affect some "
        "groups more than others.",
        "This information is important if the force is to be confident that its processes are fair."],
       style="List Number")
w.para(["By January 2026, the force should introduce regular monitoring of vetting decisions by protected "
        "characteristic and act on what it finds."], style="List Number")
w.para(["I have sent a copy of this letter to the police and crime commissioner.",
        "We will publish it on our website alongside letters to other forces.",
        "Please let me know if you would like to discuss any of the points I have raised."], style="List Number")
w.para("Yours sincerely,", gold=False)
w.para("", gold=False)
w.para("Rosalind Achebe", gold=False, bold=True)
w.para("His Majesty\u2019s Inspector of Constabulary (fictional)", gold=False)
w.page_break()
w.heading("Annex: summary of findings", 2)
w.para(["The vetting unit completed 96 per cent of new applications within its target time.",
        "Files contained the required checks against police and partner databases.",
        "In eleven files, the reason for granting clearance after a concern was raised was recorded in a single "
        "line."])
w.para(["The force has a policy for reviewing clearance when an officer is under investigation.",
        "We found that it had been applied correctly in every relevant case we examined."])
w.para(["The vetting manager attends the monthly counter-corruption meeting.",
        "This helps to make sure that intelligence about staff is considered when clearance is renewed."])
w.finish()
