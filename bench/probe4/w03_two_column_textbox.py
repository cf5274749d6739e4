"""w03: Word report with a two-column section between one-column sections (python-docx,
LibreOffice PDF), a framed paragraph (w:framePr, a Word text box) holding a call-out that
the text wraps round, Heading 2 headings, List Bullet paragraphs, a page break inside a
paragraph, justified Liberation Serif 12 and a PAGE footer."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx.enum.section import WD_SECTION  # noqa: E402
from wlib4 import NOTICE, W, el  # noqa: E402

F = "Wrexley Police"
w = W("w03_two_column_textbox", "Liberation Serif", 12, justify=True)
d = w.doc
w.header_footer(d.sections[0], "Serious and organised crime inspection: " + F)
w.para("Serious and organised crime: an inspection of " + F, gold=False, size=20, bold=True)
w.para(NOTICE, gold=False)
w.page_break()
w.heading("Introduction", 2)
w.para(["This inspection examined how " + F + " tackles serious and organised crime.",
        "We focused on drug supply networks, the exploitation of young people and the laundering of criminal "
        "money."])
w.para(["The force polices a mixed area of small cities and farmland crossed by two major roads.",
        "Its location makes it attractive to groups that move drugs between larger conurbations."])
sec = d.add_section(WD_SECTION.CONTINUOUS)
W.columns(sec, 2)
w.heading("Understanding the threat", 2)
box = w.para(["Organised crime groups mapped by the force: 31"], gold=False, bold=True)
ppr = box._p.get_or_add_pPr()
ppr.insert(0, el("w:framePr", w=3200, hSpace=180, vSpace=120, wrap="around", vAnchor="text", hAnchor="margin",
                 xAlign="right", y=200))
W.shade(box, "E2EFDA")
w.para(["The force has a good understanding of the organised crime groups that operate in its area.",
        "Analysts produce a detailed profile of each group, and the profiles are reviewed every three months.",
        "Local partners contribute information, although housing providers told us they rarely received "
        "anything back."])
w.para(["The force has identified thirty-one organised crime groups, most of which are involved in the supply of "
        "drugs.",
        "It does not yet understand the scale of labour exploitation in the farming and food processing sectors."])
w.heading("Pursuing offenders", 2)
w.para(["Each group is assigned to a lead officer who is responsible for a plan to disrupt its activity.",
        "The plans we reviewed were detailed and made good use of the full range of powers available.",
        "Officers used civil orders, financial investigation and immigration enforcement alongside criminal "
        "prosecution."])
w.runs([("The force seized cash and assets worth more than two million pounds in the last financial year.", "g"),
        ("Financial investigators are in high demand, and some cases waited several months before one was "
         "available.", "g"),
        ("", "pb"),
        ("The force has funded two additional posts to reduce this backlog.", "g")])
w.heading("Protecting young people", 2)
w.para(["Officers and partners work well together to identify children who are being exploited to carry drugs.",
        "We saw a prompt and caring response to a fourteen-year-old boy found a long way from home."])
for s in ["Referrals to the national mechanism for victims of modern slavery are made consistently.",
          "Children found carrying drugs are treated first as potential victims.",
          "Return interviews are carried out by a trusted adult rather than a police officer."]:
    w.para(s, style="List Bullet")
sec3 = d.add_section(WD_SECTION.CONTINUOUS)
W.columns(sec3, 1)
w.heading("Areas for improvement", 2)
w.para(["The force should develop its understanding of labour exploitation in the rural economy.",
        "The force should make sure that partners receive feedback when they share information."])
w.heading("Recommendation", 2)
w.para(["By September 2026, " + F + " should make sure that financial investigators are available for every "
        "investigation into an organised crime group."])
w.heading("Leadership and governance", 2)
w.para(["A detective chief superintendent leads the force\u2019s response and reports to the deputy chief "
        "constable each month.",
        "Performance information is presented clearly, and leaders use it to move resources to where the threat "
        "is greatest.",
        "However, the force has not assessed whether its neighbourhood teams have the skills to gather "
        "intelligence on organised crime.",
        "We will follow up this point with the force during our regular monitoring."])
w.finish()
