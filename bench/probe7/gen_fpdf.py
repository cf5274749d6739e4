"""Generate probe7 fpdf2 documents f01..f03: writes pdf/NAME.pdf and NAME.gold.json.

The documents are laid out by hand, as a reporting program would: cell()/multi_cell() text,
text_columns() regions, drawn bullets and rules, fpdf2 tables, header()/footer() overrides with
page numbers, footnotes drawn by footer() at the foot of the page that carries the call.  Line-end
hyphenation comes from soft hyphens (U+00AD) that pyphen inserts into long words; fpdf2 prints a
hyphen only where it breaks a line there.  Every body sentence goes through a helper that both
draws it and records it (without soft hyphens or footnote calls) in the gold list.
Needs the PyPI packages `fpdf2` and `pyphen`, and the Liberation and DejaVu TTF fonts.
"""
import os
import re
import subprocess
import sys
from datetime import datetime, timezone

import pyphen
from fpdf import FPDF, FontFace

from common import HERE, NOTICE, Gold, pieces

PDF = os.path.join(HERE, "pdf")
SUP = {str(i): c for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
HY = pyphen.Pyphen(lang="en_GB")


def font_file(pattern):
    return subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True,
                          text=True, check=True).stdout.strip()


def hyph(s):
    """Insert soft hyphens into words of seven letters or more."""
    return re.sub(r"[A-Za-z]{7,}", lambda m: HY.inserted(m.group(0), hyphen="\u00ad"), s)


def sup(n):
    return "".join(SUP[c] for c in str(n))


class Report(FPDF):
    def __init__(self, name, family, body_size, head_left, head_right="", header_from=2,
                 page_label="Page {n} of {nb}", fn_style="raised", ttf=None):
        super().__init__(format="A4", unit="mm")
        self.name = name
        self.gold = Gold(name)
        self.head_left, self.head_right = head_left, head_right
        self.header_from = header_from
        self.page_label = page_label
        self.fn_style = fn_style
        self.fn_no = 0
        self.fn_pending = {}
        self.bare_pages = set()          # pages with no header/footer (cover, back cover)
        if ttf:
            for style, pattern in ttf.items():
                self.add_font(family, style, font_file(pattern))
        self.family = family
        self.body_size = body_size
        self.lh = body_size * 0.47       # line height in mm
        self.set_margins(25, 24, 25)
        self.set_auto_page_break(True, margin=33)
        self.set_title(name)
        self.set_creator("probe7 gen_fpdf.py (fpdf2)")
        self.set_creation_date(datetime(2025, 6, 1, tzinfo=timezone.utc))

    # -- page furniture -------------------------------------------------------------------
    def header(self):
        if self.page_no() < self.header_from or self.page_no() in self.bare_pages:
            return
        self.set_font(self.family, "", 8)
        self.set_text_color(90)
        self.set_xy(self.l_margin, 11)
        self.cell(self.epw, 5, self.head_left, align="L")
        if self.head_right:
            self.set_x(self.l_margin)
            self.cell(self.epw, 5, self.head_right, align="R")
        self.set_draw_color(150)
        self.set_line_width(0.2)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self):
        notes = self.fn_pending.pop(self.page_no(), [])
        if notes:
            y = self.h - 31
            self.set_draw_color(0)
            self.set_line_width(0.2)
            self.line(self.l_margin, y, self.l_margin + 45, y)
            self.set_xy(self.l_margin, y + 1.2)
            self.set_font(self.family, "", 7.5)
            for n, text in notes:
                self.set_x(self.l_margin)
                if self.fn_style == "raised":
                    self.char_vpos = "SUP"
                    self.write(3.4, str(n))
                    self.char_vpos = "LINE"
                    self.write(3.4, " " + text)
                else:
                    self.write(3.4, sup(n) + " " + text)
                self.ln(3.6)
        if self.page_no() in self.bare_pages or not self.page_label:
            return
        self.set_y(-14)
        self.set_font(self.family, "", 8.5)
        self.set_text_color(40)
        self.cell(0, 5, self.page_label.format(n=self.page_no(), nb="{nb}"), align="C")
        self.set_text_color(0)

    # -- helpers ----------------------------------------------------------------------------
    def F(self, style="", size=None):
        self.set_font(self.family, style, size or self.body_size)

    def need(self, mm):
        """Start a new page unless `mm` of vertical space is left."""
        if self.get_y() + mm > self.page_break_trigger:
            self.add_page()

    def plain_para(self, text, size=None, style="", gap=3, align="L", x=None, w=None):
        """Non-gold paragraph."""
        self.F(style, size)
        self.set_x(x if x is not None else self.l_margin)
        self.multi_cell(w or 0, (size or self.body_size) * 0.47, text, align=align,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def heading(self, text, size=13, colour=(29, 60, 110), toc_level=None, gap=2):
        self.need(22)
        self.ln(2)
        if toc_level is not None:
            self.start_section(text, level=toc_level)
        self.F("B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(gap)

    def para(self, *sents, number=None, hang=11, x=None, w=None, gap=3, align="J", size=None,
             style=""):
        """Gold paragraph.  Footnote calls: raised small digits (text region) or Unicode
        superscript digits glued to the text (multi_cell)."""
        self.gold.add(*sents)
        size = size or self.body_size
        lh = size * 0.47
        x0 = self.l_margin if x is None else x
        width = (self.w - self.r_margin - x0) if w is None else w
        self.need(2 * lh)
        notes = []
        if number:
            self.F("B", size)
            self.set_xy(x0, self.get_y())
            self.cell(hang, lh, number)
            x0 += hang
            width -= hang
        self.F(style, size)
        has_fn = any(k == "fn" for s in sents for k, _ in pieces(s))
        if has_fn and self.fn_style == "raised":
            y0 = self.get_y()
            with self.text_columns(text_align=align, l_margin=x0,
                                   r_margin=self.w - x0 - width, line_height=1.12) as cols:
                self.set_y(y0)
                with cols.paragraph(text_align=align, bottom_margin=0) as par:
                    for i, s in enumerate(sents):
                        for kind, t in pieces(s):
                            if kind == "text":
                                par.write(hyph(t))
                            else:
                                self.fn_no += 1
                                notes.append((self.fn_no, t))
                                self.char_vpos = "SUP"
                                par.write(str(self.fn_no))
                                self.char_vpos = "LINE"
                        if i < len(sents) - 1:
                            par.write(" ")
            self.set_x(self.l_margin)
        else:
            out = []
            for s in sents:
                seg = ""
                for kind, t in pieces(s):
                    if kind == "text":
                        seg += hyph(t)
                    else:
                        self.fn_no += 1
                        notes.append((self.fn_no, t))
                        seg += sup(self.fn_no)
                out.append(seg)
            self.set_x(x0)
            self.multi_cell(width, lh, " ".join(out), align=align, new_x="LMARGIN", new_y="NEXT")
        if notes:
            self.fn_pending.setdefault(self.page_no(), []).extend(notes)
        self.ln(gap)

    def bullets(self, items, marker="disc", level=0, size=None, gap=1.4, x=None, w=None):
        """Gold list items; an item is a sentence or (sentence, [sub-items]).  marker: 'disc'
        (drawn filled circle, no character in the text), or a character such as '•' or '–'
        (nested levels use '–')."""
        size = size or self.body_size
        lh = size * 0.47
        base = self.l_margin if x is None else x
        right = self.w - self.r_margin if w is None else base + w
        for it in items:
            text, subs = (it if isinstance(it, tuple) else (it, None))
            self.gold.add(text)
            self.need(2 * lh)
            xm = base + 3 + level * 7
            xt = xm + 5
            self.F("", size)
            y = self.get_y()
            if marker == "disc" and level == 0:
                r = 0.75
                self.set_fill_color(0)
                self.circle(x=xm + r, y=y + lh / 2, radius=r, style="F")   # x, y: centre
            else:
                ch = marker if level == 0 else "–"
                self.set_xy(xm, y)
                self.cell(4, lh, ch)
            self.set_xy(xt, y)
            self.multi_cell(right - xt, lh, hyph(text), align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(gap)
            if subs:
                self.bullets(subs, marker=marker, level=level + 1, size=size, gap=gap, x=x, w=w)
        if level == 0:
            self.ln(1.6)

    def notice(self, size=9.5):
        self.plain_para(NOTICE, size=size, gap=4)

    def back_cover(self, lines, title):
        self.bare_pages.add(self.page_no() + 1)
        self.add_page()
        self.set_y(self.h - 110)
        self.F("B", 13)
        self.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        for t in lines:
            self.plain_para(t, size=9, gap=2.5)

    def save(self):
        os.makedirs(PDF, exist_ok=True)
        self.output(os.path.join(PDF, self.name + ".pdf"))
        n = self.gold.write()
        print(f"{self.name}: {n} gold sentences", file=sys.stderr)


BACK = [
    "© Synthetic Inspectorate 2025. This is a generated test document.",
    "You may re-use it free of charge in any format or medium under the terms of the Open "
    "Government Licence v3.0.",
    "Any enquiries about this document should be sent to the Test Data Team, 99 Example Row, "
    "Lindport LP1 2ZZ, telephone 0300 000 0000, or contact@example.org.",
    "ISBN: 000-0-0000-0000-0",
]


# =============================================================================================
def f01():
    d = Report("f01_peel_marlowe", "Helvetica", 10.5,
               "PEEL: Police effectiveness 2016 - Marlowe Vale Police", "HMIC")
    d.set_auto_page_break(True, margin=36)
    d.add_page()
    d.bare_pages.add(1)
    d.set_y(70)
    d.set_font("Helvetica", "B", 24)
    d.set_text_color(0, 70, 127)
    d.multi_cell(0, 11, "PEEL: Police effectiveness 2016", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 16)
    d.multi_cell(0, 9, "An inspection of Marlowe Vale Police", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(12)
    d.notice(10)
    d.set_y(250)
    d.set_font("Helvetica", "", 10)
    d.cell(0, 5, "March 2017", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "(c) HMIC 2017 (synthetic)")

    def toc(pdf, outline):
        pdf.set_font("Helvetica", "B", 16)
        pdf.set_text_color(0, 70, 127)
        pdf.cell(0, 10, "Contents", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.ln(4)
        pdf.set_font("Helvetica", "", 11)
        for sec in outline:
            label = sec.name
            num = str(sec.page_number)
            lw = pdf.get_string_width(label)
            nw = pdf.get_string_width(num)
            dots = "." * int((pdf.epw - lw - nw - 4) / pdf.get_string_width("."))
            pdf.cell(lw + 1, 7, label)
            pdf.cell(pdf.epw - lw - nw - 2, 7, dots, align="R")
            pdf.cell(nw + 1, 7, num, align="R", new_x="LMARGIN", new_y="NEXT")

    d.add_page()
    d.insert_toc_placeholder(toc, pages=1, reset_page_indices=False)
    d.heading("1  Introduction", toc_level=0)
    d.para("As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HMIC assesses how well each force keeps people safe and reduces crime.",
           "This report sets out our findings for Marlowe Vale Police.", number="1.1")
    d.para("We judge the force to be good at keeping people safe and reducing crime.",
           "Our overall judgement is the same as last year.", number="1.2")
    d.heading("2  Overall judgements", toc_level=0)
    d.para("Our judgements for each question are shown in the table below.")
    grades = [("Area", "Judgement"),
              ("Preventing crime and tackling anti-social behaviour", "Good"),
              ("Investigating crime and reducing re-offending", "Requires improvement"),
              ("Protecting vulnerable people and supporting victims", "Good"),
              ("Tackling serious and organised crime", "Good"),
              ("Overall effectiveness", "Good")]
    d.set_font("Helvetica", "", 10)
    with d.table(col_widths=(110, 50), text_align=("LEFT", "LEFT"), line_height=6, padding=1.5,
                 headings_style=FontFace(emphasis="BOLD", color=255, fill_color=(0, 70, 127)),
                 borders_layout="HORIZONTAL_LINES") as t:
        for a, g in grades:
            row = t.row()
            row.cell(a)
            row.cell(g)
    d.ln(5)
    d.heading("3  Preventing crime and tackling anti-social behaviour", toc_level=0)
    d.para("Marlowe Vale Police has a good understanding of the threats and risks facing its communities.",
           "Neighbourhood teams use local profiles to decide where to focus their patrols.", number="3.1")
    d.para("The force works closely with partner organisations to tackle anti-social behaviour, and it evaluates what it does so that it can learn from success.^[The force's evaluation of its Safer Streets project was published in March 2016.]",
           number="3.2")
    d.para("We found that neighbourhood officers are often taken away from their normal duties to cover response shifts.",
           "This reduces the time they have to engage with the public and solve local problems.", number="3.3")
    d.para("The force uses a range of tactics to prevent re-offending by young people.", number="3.4")
    d.heading("4  Investigating crime and reducing re-offending", toc_level=0)
    d.para("The quality of investigations is too variable.",
           "In the files we reviewed, we found that:", number="4.1")
    d.bullets(["supervisors did not always set a clear plan for the investigation;",
               "evidence such as CCTV footage was not always gathered quickly enough; and",
               "victims were not always kept informed of progress."], x=d.l_margin + 11)
    d.para("The force has reduced the number of outstanding suspects, but 1,120 people were still wanted for arrest at the end of June 2016.^[Outstanding suspects include people circulated as wanted on the Police National Computer.]",
           "The force should make sure that it pursues these suspects promptly.", number="4.2")
    d.para("Its management of registered sex offenders^[Registered sex offenders are managed under multi-agency public protection arrangements (MAPPA).] is effective, and offender managers have manageable workloads.",
           number="4.3")
    d.heading("5  Protecting vulnerable people and supporting victims", toc_level=0)
    d.para("The force has made protecting vulnerable people one of its highest priorities.",
           "Officers understand how to identify vulnerability, and they take appropriate action to safeguard victims.", number="5.1")
    d.para("The force works well with mental health services, and a street triage team operates in the two largest towns every evening.",
           "As a result, fewer people are detained in police cells under the Mental Health Act than in previous years.", number="5.2")
    d.para("The force should:", number="5.3")
    d.bullets(["improve how it records the ethnicity of victims of domestic abuse;",
               "make sure that all officers receive training on stalking and harassment."], x=d.l_margin + 11)
    d.para("We will continue to monitor the force's progress.", number="5.4")
    d.back_cover(["(c) HMIC 2017 (synthetic test document)",
                  "You may re-use this information free of charge in any format or medium under the terms of the Open Government Licence v3.0.",
                  "Test Data Team, 99 Example Row, Lindport LP1 2ZZ. Email: contact@example.org"],
                 "HM Inspectorate of Constabulary (synthetic)")
    d.save()


# =============================================================================================
def f02():
    d = Report("f02_letter_aldwater", "DejaVuSerif", 10.5,
               "Aldwater Constabulary: vetting and counter-corruption inspection", "HMICFRS",
               page_label="Page {n}", fn_style="unicode",
               ttf={"": "DejaVu Serif", "B": "DejaVu Serif:bold", "I": "DejaVu Serif:italic"})
    d.add_font("LibSans", "", font_file("Liberation Sans"))
    d.add_font("LibSans", "B", font_file("Liberation Sans:bold"))
    d.add_page()
    # letterhead: dark band with crest and inspectorate name, address block at the right
    d.set_fill_color(35, 31, 82)
    d.rect(0, 0, d.w, 34, style="F")
    d.set_draw_color(255)
    d.set_line_width(0.6)
    d.circle(x=28, y=17, radius=10, style="D")   # x, y: centre
    d.set_text_color(255)
    d.set_font("LibSans", "B", 6)
    d.set_xy(19, 15.5)
    d.cell(18, 3, "HMICFRS", align="C")
    d.set_font("LibSans", "B", 12)
    d.set_xy(46, 9)
    d.multi_cell(95, 5.5, "HM Inspectorate of Constabulary and\nFire & Rescue Services",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_font("LibSans", "", 8)
    d.set_xy(140, 8)
    d.multi_cell(50, 4, "4th Floor, 10 Quayside Walk\nLindport LP1 2ZZ\nTel: 0300 000 0000\n"
                 "letters@example.org", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_draw_color(0)
    d.set_y(44)
    d.notice(9)
    d.F("", 10)
    d.cell(0, 5, "Our reference: VCC/2025/014", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "24 April 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    for line in ("Chief Constable Helen Marsh QPM", "Aldwater Constabulary", "Police Headquarters",
                 "Mill Lane", "Aldwater AW4 7RX"):
        d.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.F("", 10.5)
    d.cell(0, 5, "Dear Chief Constable,", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.F("B", 10.5)
    d.multi_cell(0, 5, "Vetting and counter-corruption inspection of Aldwater Constabulary",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Following our inspection of Aldwater Constabulary’s vetting and counter-corruption arrangements in March 2025, I am writing to tell you what we found.",
           "I am grateful to you and your team for the co-operation we received throughout the inspection.")
    d.para("The force has a well-led professional standards department, and its counter-corruption unit is staffed by experienced investigators.",
           "We were impressed by the unit’s work to identify officers who abuse their position for a sexual purpose.",
           "Its investigations are thorough and are completed in good time.")
    d.para("However, we have significant concerns about the force’s vetting arrangements.",
           "In particular, we found that:")
    d.bullets(["more than 300 officers and staff were working with expired vetting clearance;",
               "vetting decisions were not always recorded, so the reasons for them could not be checked; and",
               "the vetting unit did not have enough staff to deal with its workload."], marker="•")
    d.para("I have therefore identified a cause of concern and made two recommendations, which are set out in the table at the end of this letter.",
           "I would ask you to provide an update on the force’s progress within three months.")
    d.para("I am copying this letter to the police and crime commissioner for Aldwater.",
           "A copy will also be published on our website.")
    d.need(28)
    d.F("", 10.5)
    d.cell(0, 5, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.F("I", 16)
    d.cell(0, 8, "Michael Okafor", new_x="LMARGIN", new_y="NEXT")
    d.F("B", 10.5)
    d.cell(0, 5, "Michael Okafor", new_x="LMARGIN", new_y="NEXT")
    d.F("", 10.5)
    d.cell(0, 5, "His Majesty’s Inspector of Constabulary", new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.heading("Cause of concern and recommendations", colour=(35, 31, 82))
    rows = [("Cause of concern",
             "The force’s vetting arrangements do not make sure that only suitable people join and remain in the force."),
            ("Recommendation 1",
             "By 30 September 2025, the force should renew the vetting clearance of every officer and member of staff whose clearance has expired."),
            ("Recommendation 2",
             "By 30 September 2025, the force should record the rationale for every vetting decision, including decisions to grant clearance despite adverse information."),
            ("Area for improvement",
             "The force should make sure that its counter-corruption unit has access to monitoring software for all force devices.")]
    d.set_font("LibSans", "", 10.5)
    d.set_fill_color(255)
    with d.table(col_widths=(45, 115), cell_fill_mode="NONE", text_align=("LEFT", "JUSTIFY"), line_height=5.4, padding=2.2,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 235))) as t:
        r = t.row()
        r.cell("Type")
        r.cell("Finding or recommendation")
        for typ, sent in rows:
            d.gold.add(sent)
            r = t.row()
            r.cell(typ, style=FontFace(emphasis="BOLD"))
            r.cell(hyph(sent))
    d.ln(6)
    d.para("We will review the force’s progress against these recommendations during our next PEEL inspection.",
           "The force should also consider whether its vetting unit’s processes could be simplified.")
    # landscape annex with the force's action plan
    d.add_page(orientation="L")
    d.heading("Annex: force action plan as at March 2025", colour=(35, 31, 82))
    plan = [("V1", "Vetting backlog recovery", "Head of vetting", "Sep 2025",
             ["Temporary staff have been recruited to the vetting unit.",
              "The backlog had fallen to 214 cases by the end of April."]),
            ("V2", "Recording of vetting decisions", "Head of vetting", "Jun 2025",
             ["A new decision template has been introduced and is used for all new applications."]),
            ("V3", "Vetting unit establishment review", "Director of people", "Jul 2025",
             ["The review has started, and its findings will be reported to the chief officer group in July."]),
            ("C1", "Device monitoring software", "Head of ICT", "Dec 2025",
             ["The force has bought a licence for the software, but installation has been delayed until the autumn."]),
            ("C2", "Counter-corruption intelligence assessment", "Detective superintendent, professional standards", "Apr 2025",
             ["The assessment was completed on time and has been shared with the regional unit."]),
            ("C3", "Awareness campaign on abuse of position", "Head of corporate communications", "Ongoing",
             ["Every officer and member of staff has received a briefing, and posters have been displayed in all stations."])]
    d.set_font("LibSans", "", 9.5)
    d.set_fill_color(255)
    with d.table(col_widths=(14, 58, 52, 24, 99), cell_fill_mode="ROWS", cell_fill_color=(238, 238, 245), text_align="LEFT", line_height=5, padding=1.8,
                 headings_style=FontFace(emphasis="BOLD", color=255, fill_color=(35, 31, 82))) as t:
        r = t.row()
        for h in ("Ref", "Action", "Owner", "Due", "Progress update"):
            r.cell(h)
        for ref, act, own, due, upd in plan:
            d.gold.add(*upd)
            r = t.row()
            for c in (ref, act, own, due):
                r.cell(c)
            r.cell(hyph(" ".join(upd)))
    d.save()


# =============================================================================================
def f03():
    d = Report("f03_workforce_cressing", "LibSans", 10,
               "Cressing Constabulary: supporting the workforce", "June 2025", header_from=2,
               page_label="{n}", fn_style="unicode",
               ttf={"": "Liberation Sans", "B": "Liberation Sans:bold", "I": "Liberation Sans:italic"})
    d.set_margins(22, 24, 22)
    d.add_page()
    d.set_fill_color(0, 98, 105)
    d.rect(0, 0, d.w, 58, style="F")
    d.set_text_color(255)
    d.set_font("LibSans", "B", 21)
    d.set_xy(22, 18)
    d.multi_cell(166, 9.5, "How well does Cressing Constabulary support its workforce?",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_font("LibSans", "", 11)
    d.set_x(22)
    d.cell(0, 7, "A thematic inspection, June 2025")
    d.set_text_color(0)
    d.set_y(66)
    d.notice(9)
    d.heading("Summary", colour=(0, 98, 105), size=13)
    d.para("This inspection examined how well Cressing Constabulary looks after the wellbeing of its officers and staff.",
           "We found that the force has good intentions, but its support services are stretched and not always easy to reach.")
    d.heading("Wellbeing services", colour=(0, 98, 105), size=13)
    # side box at the right, beside two narrower paragraphs (drawn after them)
    y0 = d.get_y()
    boxw, gutter = 58, 7
    textw = d.epw - boxw - gutter
    d.para("The force’s occupational health unit provides counselling, physiotherapy and a trauma risk management service.",
           "Officers who had used these services spoke highly of them.", w=textw)
    d.para("But waiting times for counselling have risen to an average of nine weeks, and some officers had paid for private treatment instead.^[Average waiting time for the six months to February 2025, supplied by the force.]",
           w=textw)
    y1 = d.get_y()
    box = ["The force employs 2,410 police officers and 1,580 police staff.",
           "Around one in five officers has less than three years’ service.",
           "Sickness absence among officers rose by 12 per cent between 2022 and 2024."]
    bx = d.l_margin + textw + gutter
    d.set_font("LibSans", "", 9)
    inner = hyph(" ".join(box))
    h = d.multi_cell(boxw - 8, 4.3, inner, align="L", dry_run=True, output="HEIGHT")
    d.set_fill_color(224, 240, 240)
    d.set_draw_color(0, 98, 105)
    d.set_line_width(0.4)
    d.rect(bx, y0, boxw, h + 17, style="DF")
    d.set_xy(bx + 4, y0 + 4)
    d.set_font("LibSans", "B", 10)
    d.set_text_color(0, 98, 105)
    d.cell(boxw - 8, 5, "About the workforce")
    d.set_text_color(0)
    d.set_xy(bx + 4, y0 + 11)
    d.set_font("LibSans", "", 9)
    d.gold.add(*box)
    d.multi_cell(boxw - 8, 4.3, inner, align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y1, y0 + h + 17) + 4)
    d.set_draw_color(0)
    d.set_line_width(0.2)
    d.heading("What the workforce told us", colour=(0, 98, 105), size=13)
    cols_text = [
        ["We held focus groups with 96 officers and staff in six locations across the force.",
         "Many told us that they felt proud to work for Cressing Constabulary and valued the support of their immediate supervisors."],
        ["However, response officers described a heavy and relentless workload, with rest days often cancelled at short notice.",
         "Several said that they felt unable to take the breaks to which they were entitled."],
        ["Police staff in the control room reported similar pressures.",
         "They told us that they rarely had time to reflect on distressing calls before taking the next one."],
        ["Supervisors were generally aware of these pressures, but few had received training in how to recognise the signs of trauma."]]
    d.F("", 10)
    with d.text_columns(ncols=2, gutter=8, balance=True, text_align="J", line_height=1.15) as cols:
        for sents in cols_text:
            d.gold.add(*sents)
            with cols.paragraph(bottom_margin=2.5) as par:
                par.write(hyph(" ".join(sents)))
    d.ln(5)
    d.para("A response sergeant summed up the views of many:")
    quote = ["The support is there if you can find it, but nobody has the time to go looking.",
             "It needs to come to us."]
    d.need(24)
    yq = d.get_y()
    d.para(*quote, x=d.l_margin + 12, w=d.epw - 24, style="I", align="L", gap=1)
    d.set_fill_color(0, 98, 105)
    d.rect(d.l_margin + 7, yq, 1.2, d.get_y() - yq, style="F")
    d.F("", 9)
    d.set_x(d.l_margin + 12)
    d.cell(d.epw - 24, 5, "– Response sergeant, focus group", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("The number of rest days cancelled has grown in each of the last three years, as Figure 1 shows.")
    # figure: hand-drawn column chart with axis labels and a caption
    d.need(70)
    fx, fy, fh = d.l_margin + 12, d.get_y() + 4, 42
    data = [("2022/23", 3100), ("2023/24", 4350), ("2024/25", 5820)]
    d.set_draw_color(80)
    d.line(fx, fy + fh, fx + 120, fy + fh)
    d.line(fx, fy, fx, fy + fh)
    d.set_font("LibSans", "", 7.5)
    for v in (0, 2000, 4000, 6000):
        yy = fy + fh - fh * v / 6000
        d.set_xy(fx - 12, yy - 2)
        d.cell(10, 4, f"{v:,}", align="R")
    d.set_fill_color(0, 98, 105)
    for i, (lab, v) in enumerate(data):
        bh = fh * v / 6000
        bxx = fx + 12 + i * 36
        d.rect(bxx, fy + fh - bh, 20, bh, style="F")
        d.set_xy(bxx - 4, fy + fh + 1)
        d.cell(28, 4, lab, align="C")
        d.set_xy(bxx - 4, fy + fh - bh - 5)
        d.cell(28, 4, f"{v:,}", align="C")
    d.set_y(fy + fh + 8)
    d.set_font("LibSans", "B", 9)
    d.multi_cell(0, 4.5, "Figure 1: Rest days cancelled for officers in each financial year, 2022/23 to 2024/25",
                 align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LibSans", "", 8)
    d.cell(0, 4, "Source: Cressing Constabulary duty management system", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.heading("Areas for improvement", colour=(0, 98, 105), size=13)
    d.para("We found that the force should:")
    d.bullets([("reduce waiting times for its support services, including:",
                ["counselling for officers and staff who have attended traumatic incidents;",
                 "physiotherapy for those recovering from injuries on duty;"]),
               "make sure that rest days are cancelled only when it is unavoidable; and",
               "train supervisors to recognise the signs of trauma and to respond to them."], marker="•")
    d.para("We will revisit these areas at the force’s next PEEL inspection.")
    d.back_cover(BACK, "Synthetic Inspectorate")
    d.save()


if __name__ == "__main__":
    for fn in (f01, f02, f03):
        fn()
