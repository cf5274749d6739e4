"""Write the two Word sources (docx/wNN_*.docx) with python-docx plus XML, and their gold files.
Run with /tmp/venv/bin/python; build.sh converts the .docx to PDF with soffice."""
import os
import sys

import docxlib as X
from common import NOTICE, write_gold
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt, RGBColor
from PIL import Image, ImageDraw


def chart_png(path, bars):
    im = Image.new('RGB', (900, 360), (236, 240, 244))
    d = ImageDraw.Draw(im)
    for i, h in enumerate(bars):
        d.rectangle([80 + i * 150, 330 - h, 180 + i * 150, 330], fill=(60, 90, 140))
    d.line([60, 330, 860, 330], fill=(0, 0, 0), width=3)
    im.save(path)


def build(name, spec, odd_header, even_header, accent):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Liberation Sans'
    st.font.size = Pt(10.5)
    for s in ('Heading 1', 'Title'):
        doc.styles[s].font.color.rgb = RGBColor.from_string(accent)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.4)
    doc.settings.odd_and_even_pages_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = odd_header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ep = sec.even_page_header.paragraphs[0]
    ep.text = even_header
    ep.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for ft, al in ((sec.footer, WD_ALIGN_PARAGRAPH.RIGHT), (sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)):
        fp = ft.paragraphs[0]
        fp.alignment = al
        fp.add_run('Page ')
        X.field(fp, 'PAGE', '1')
    fn, en = X.Notes(doc, 'footnote'), X.Notes(doc, 'endnote')
    gold = []
    fig = 0
    for item in spec:
        kind = item[0]
        if kind == 'title':
            doc.add_paragraph(item[1], style='Title')
        elif kind == 'subtitle':
            doc.add_paragraph(item[1], style='Subtitle')
        elif kind == 'notice':
            p = doc.add_paragraph(NOTICE)
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(18)
        elif kind == 'toc':
            p = doc.add_paragraph()
            r = p.add_run('Contents')
            r.bold = True
            r.font.size = Pt(14)
            X.toc(doc, item[1])
        elif kind == 'pagebreak':
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'h1':
            doc.add_heading(item[1], level=1)
        elif kind == 'p':
            X.add_sentences(doc.add_paragraph(), item[1], fn, en)
            gold += item[1]
        elif kind == 'pbox':   # paragraph carrying a text box anchored at the right margin
            p = doc.add_paragraph()
            X.add_sentences(p, item[1], fn, en)
            X.text_box(p, item[2], item[3], height_cm=item[4])
            gold += item[1] + item[3]
        elif kind == 'label':
            r = doc.add_paragraph().add_run(item[1])
            r.bold = True
            r.font.color.rgb = RGBColor.from_string(accent)
        elif kind == 'bullets':
            for b in item[1]:
                X.add_sentences(doc.add_paragraph(style='List Bullet'), [b], fn, en)
            gold += item[1]
        elif kind == 'figure':
            fig += 1
            png = 'docx/%s_fig%d.png' % (name, fig)
            chart_png(png, item[2])
            doc.add_picture(png, width=Cm(13))
            X.caption(doc, 'Figure', fig, item[1])
        elif kind == 'cols':       # end the current section: following text is in 2 columns
            doc.add_section(WD_SECTION.CONTINUOUS)
        elif kind == 'endcols':    # end the two-column section, back to one column
            doc.add_section(WD_SECTION.CONTINUOUS)
            X.set_columns(doc.sections[-2], 2)
            X.set_columns(doc.sections[-1], 1)
        elif kind == 'table':
            heads, rows, gcol, widths = item[1], item[2], item[3], item[4]
            t = doc.add_table(rows=1, cols=len(heads))
            t.style = 'Table Grid'
            for c, h in zip(t.rows[0].cells, heads):
                c.text = ''
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                r.font.color.rgb = RGBColor(255, 255, 255)
                X.shade(c, accent)
            X.repeat_header(t.rows[0])
            for row in rows:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    if j == gcol:
                        X.add_sentences(cells[j].paragraphs[0], [v], fn, en)
                    else:
                        cells[j].text = v
                X.no_split(t.rows[-1], min_cm=1.7)
            X.grid(t, widths)
            gold += [r[gcol] for r in rows]
            doc.add_paragraph()
    fn.finish()
    en.finish()
    doc.save('docx/%s.docx' % name)
    write_gold('%s.gold.json' % name, gold)
    print(name, len(gold), 'gold sentences')


W01 = [
    ('title', 'Ravensmere Police: an inspection of workforce planning'),
    ('subtitle', 'Police efficiency: how well the force plans for the workforce it needs'),
    ('notice',),
    ('toc', [('1 Summary', 2), ('2 Our findings', 2), ('3 Recruitment and retention', 2), ('4 Action plan', 3)]),
    ('pagebreak',),
    ('h1', '1 Summary'),
    ('p', ['This inspection examined how well Ravensmere Police plans its workforce to meet current and future demand.',
           'We carried out fieldwork between 14 and 25 October 2024, and we interviewed 56 people, including the deputy chief constable and the head of human resources.^{A list of the roles we interviewed is available on request.}']),
    ('pbox', ['The force has a clear workforce plan that is linked to its financial strategy.',
              'Leaders review the plan every six months, and changes are agreed at the force’s strategic resourcing board.',
              'The board is chaired by the deputy chief constable and includes the force’s chief finance officer.'],
     'Ravensmere in figures',
     ['The force employs 3,120 officers and 1,870 police staff.',
      'About 14 percent of officers joined through the degree-holder entry programme.'], 3.6),
    ('p', ['However, we found that the plan relies on assumptions about officer leaving rates that are now out of date.',
           'In 2024, 7.9 percent of officers left the force, compared with the 5 percent assumed in the plan.~{Leaving rate calculated as leavers divided by average headcount over the year.}']),
    ('h1', '2 Our findings'),
    ('cols',),
    ('p', ['Workforce planning is led by a small team that has good analytical skills.',
           'The team uses demand data from the control room, the crime system and partner agencies.',
           'It has modelled the effect of the force’s new shift pattern on response times, which is good practice.']),
    ('p', ['Detective capacity remains a concern, and the force has 61 vacant investigator posts.',
           'Police staff investigators have filled some of the gaps, but they can’t take on every type of case.',
           'The force doesn’t yet know which skills it will need in five years’ time, e.g. for investigating online fraud.^{The force told us that a skills audit is planned for 2025.}']),
    ('endcols',),
    ('h1', '3 Recruitment and retention'),
    ('p', ['The force recruited 412 new officers in 2023/24 and met its recruitment target for the second year running.',
           'It has done well to increase the proportion of recruits from ethnic minority backgrounds, which rose to 9.3 percent.~{The ethnic minority population of the force area is 11.2 percent, according to the 2021 Census.}']),
    ('figure', 'Officer leavers by length of service, 2020 to 2024', [120, 160, 210, 260, 300]),
    ('label', 'Area for improvement'),
    ('p', ['The force should update the assumptions in its workforce plan so that they reflect current leaving rates.']),
    ('h1', '4 Action plan'),
    ('p', ['The force has produced an action plan in response to our findings, which is summarised below:']),
    ('table', ['No.', 'Action', 'Lead', 'Due'], [
        ('1', 'The force will review the leaving-rate assumptions used in its workforce plan.', 'Head of HR', 'March 2025'),
        ('2', 'A new exit interview process will be introduced for all officers who resign.', 'Head of HR', 'April 2025'),
        ('3', 'The force will create a detective development programme for constables with two years’ service.', 'Head of crime', 'June 2025'),
        ('4', 'Police staff investigators will be given additional training in handling complex cases.', 'Head of crime', 'June 2025'),
        ('5', 'The force will carry out a skills audit of its whole workforce.', 'Director of people', 'September 2025'),
        ('6', 'Requests for flexible working will be decided within four weeks.', 'Director of people', 'April 2025'),
        ('7', 'The force will publish its workforce plan on its intranet so that staff understand it.', 'Deputy chief constable', 'May 2025'),
        ('8', 'Managers will be trained to hold supportive conversations with officers who are thinking of leaving.', 'Head of HR', 'July 2025'),
        ('9', 'The force will introduce a scheme that makes it easier for former officers to rejoin.', 'Head of HR', 'October 2025'),
        ('10', 'Demand data will be refreshed every quarter and shared with the resourcing board.', 'Head of analysis', 'March 2025'),
        ('11', 'The force will evaluate its new shift pattern after 12 months.', 'Chief superintendent, operations', 'December 2025'),
        ('12', 'A mentoring scheme will be offered to all recruits from under-represented groups.', 'Diversity lead', 'June 2025'),
        ('13', 'The force will set targets for reducing the number of vacant investigator posts.', 'Head of crime', 'May 2025'),
        ('14', 'Progress against this plan will be reported to the police and crime commissioner every quarter.', 'Deputy chief constable', 'Ongoing'),
    ], 1, [1.2, 9.6, 3.8, 2.4]),
    ('p', ['We will review progress against this plan when we next inspect the force.']),
]

W02 = [
    ('title', 'Dunmarsh Constabulary: joint inspection of rape investigations'),
    ('subtitle', 'A joint inspection by HMICFRS and HM Crown Prosecution Service Inspectorate'),
    ('notice',),
    ('toc', [('Summary', 2), ('Investigation standards', 2), ('Working with the CPS', 2), ('Support for victims', 3), ('Case file review results', 3)]),
    ('pagebreak',),
    ('h1', 'Summary'),
    ('p', ["This joint inspection looked at how Dunmarsh Constabulary investigates reports of rape and how it works with the Crown Prosecution Service (CPS).",
           "We examined 50 case files and spoke to 12 victims, with the help of an independent sexual violence adviser (ISVA).^{Victims took part voluntarily and were offered support before and after the interviews.}"]),
    ('pbox', ["Since 2022, the force has taken part in the national programme to improve the investigation of rape and other serious sexual offences.",
              "As a result, it now has a specialist team of 38 investigators who deal only with these crimes.",
              "The team is led by a detective superintendent and has its own dedicated analyst."],
     'Charge rates',
     ["In 2024, 9.6 per cent of rape reports led to a charge, compared with 4.2 per cent in 2021.",
      "This is a real improvement, although most victims still don't see their case reach court."], 4.2),
    ('p', ["Victims told us that officers were kind and professional, but that investigations took too long.",
           "The median time from report to charge was 301 days.~{Median for cases charged in the year to 31 December 2024.}"]),
    ('h1', 'Investigation standards'),
    ('cols',),
    ('p', ["Most investigations were started promptly, and officers secured forensic evidence in nearly all cases where it was available.",
           "Investigators focused on the suspect's behaviour rather than on the credibility of the victim, which is the approach the national programme encourages.",
           "Requests for victims' counselling notes and mobile phone data were generally proportionate."]),
    ('p', ["In 7 of the 50 cases, however, the investigation had stalled for more than three months without any recorded activity.",
           "Supervisors hadn't noticed these delays, partly because the team's case management system doesn't show how long a case has been inactive.",
           "No. 3 team, based in Harwick, had the highest workloads and the most delays.^{No. 3 team covers the western half of the county.}"]),
    ('endcols',),
    ('h1', 'Working with the CPS'),
    ('p', ["Police and prosecutors meet monthly to discuss cases that are awaiting a charging decision.",
           "Early advice from the CPS was sought in 36 per cent of cases, which helped investigators to focus their enquiries.~{Early advice is available to investigators before a file is submitted for a charging decision.}"]),
    ('figure', 'Rape reports and charges, 2021 to 2024', [90, 140, 190, 240]),
    ('label', 'Recommendation'),
    ('p', ["Within six months, the force should make sure that supervisors review every rape investigation at least once a month and record their review."]),
    ('h1', 'Support for victims'),
    ('p', ["Victims told us that they valued:"]),
    ('bullets', ["being able to choose the gender of the officer who interviewed them;",
                 "regular updates from a named officer; and",
                 "being referred quickly to an ISVA."]),
    ('h1', 'Case file review results'),
    ('p', ["The table below shows what we found at each of the main stages of the investigations we reviewed."]),
    ('table', ['Stage', 'Finding', 'Cases'], [
        ('Initial report', "The first officer gave the victim clear information about what would happen next.", '44 of 50'),
        ('Early evidence', "Forensic opportunities were identified and acted on without delay.", '46 of 50'),
        ('Victim interview', "The video-recorded interview was planned and carried out by a trained officer.", '42 of 50'),
        ('Suspect', "The suspect was arrested or interviewed within a reasonable time.", '35 of 50'),
        ('Digital evidence', "Only the digital material relevant to the investigation was requested from the victim.", '39 of 50'),
        ('Third-party material', "Requests for third-party material were justified and recorded.", '37 of 50'),
        ('Supervision', "A supervisor reviewed the investigation at key decision points.", '29 of 50'),
        ("Victims' Code", "The victim was updated at least every 28 days.", '31 of 50'),
        ('ISVA', "The victim was offered referral to an ISVA.", '48 of 50'),
        ('CPS advice', "Early investigative advice was sought where the case was complex.", '18 of 50'),
        ('Charging', "The file submitted to the CPS met the national file standard.", '33 of 50'),
        ('Outcome', "The reason for any decision to take no further action was explained to the victim.", '27 of 50'),
    ], 1, [3.6, 10.4, 2.6]),
    ('p', ["We will publish a national report drawing on this and five other force inspections later in 2025."]),
]

if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    os.makedirs('docx', exist_ok=True)
    which = sys.argv[1:] or ['w01', 'w02']
    if 'w01' in which:
        build('w01_workforce_ravensmere', W01, 'Ravensmere Police: workforce planning', 'HMICFRS | Police efficiency 2025', '1D3B6B')
    if 'w02' in which:
        build('w02_rape_dunmarsh', W02, 'Dunmarsh Constabulary: rape investigations', 'Joint inspection | HMICFRS and HMCPSI', '7A2048')
