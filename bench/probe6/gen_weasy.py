"""Write the three WeasyPrint sources (weasy/pNN_*.html) and their gold files.

Run with any python3; the PDFs are made by build.sh with the WeasyPrint venv.
Every body sentence goes through Doc, which records it for the gold in the order of the source.
"""
import os

from common import NOTE, NOTICE, esc, write_gold

CSS = """
@page { size: A4; margin: 24mm 20mm 24mm 20mm;
  @top-center { content: string(title); font: 8pt "DejaVu Sans"; color: #555; }
  @bottom-left { content: "%(left)s"; font: 8pt "DejaVu Sans"; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans"; }
}
@page :first { @top-center { content: none; } @bottom-left { content: none; } }
@page back { @top-center { content: none; } @bottom-right { content: none; } @bottom-left { content: none; } }
html { font: 10.5pt/1.45 %(font)s; color: #111; }
body { text-align: %(align)s; hyphens: %(hyph)s; }
h1 { string-set: title content(); font: bold 24pt/1.15 "DejaVu Sans"; color: %(accent)s; margin: 30mm 0 4mm; }
.subtitle { font: 14pt "DejaVu Sans"; color: #333; margin-bottom: 12mm; }
.notice { border: 1pt solid #999; padding: 3mm; font-size: 9.5pt; }
h2 { font: bold 14pt "DejaVu Sans"; color: %(accent)s; margin: 7mm 0 2mm; break-after: avoid; }
h3 { font: bold 11pt "DejaVu Sans"; margin: 4mm 0 1mm; break-after: avoid; }
.toc { list-style: none; padding: 0; margin-top: 8mm; }
.toc li { margin: 1.5mm 0; }
.toc a { color: #111; text-decoration: none; }
.toc a::after { content: leader('.') target-counter(attr(href url), page); }
.contents-title { font: bold 13pt "DejaVu Sans"; margin-top: 14mm; }
.body { break-before: page; }
.fn { float: footnote; font-size: 8pt; border-top: 0.5pt solid #777; padding-top: 1mm; text-align: left; hyphens: manual; }
::footnote-call { content: counter(footnote); vertical-align: super; font-size: 65%%; line-height: 0; }
::footnote-marker { content: counter(footnote) ". "; }
.box { float: %(boxside)s; width: 38%%; margin: 1mm %(boxmr)s 3mm %(boxml)s; padding: 3mm;
       background: %(boxbg)s; border-top: 3pt solid %(accent)s; font-size: 9.5pt; text-align: left; break-inside: avoid; }
.box h3 { margin-top: 0; }
.cols { columns: 2; column-gap: 8mm; column-rule: 0.5pt solid #bbb; }
.cols p { margin-top: 0; }
table { border-collapse: collapse; width: 100%%; margin: 3mm 0 4mm; font-size: 9.5pt; text-align: left; }
th { background: %(accent)s; color: white; padding: 1.5mm 2mm; text-align: left; }
td { border-bottom: 0.5pt solid #999; padding: 1.5mm 2mm; vertical-align: top; }
table.grades { width: 70%%; }
td.grade { font-weight: bold; }
tr { break-inside: avoid; }
.label { font: bold 10pt "DejaVu Sans"; color: %(accent)s; margin-bottom: 0; }
.back { page: back; break-before: page; font-size: 9pt; padding-top: 150mm; text-align: left; }
.back h2 { font-size: 12pt; }
"""


class Doc:
    def __init__(self, title, subtitle, lang='en-GB'):
        self.title, self.subtitle, self.lang = title, subtitle, lang
        self.parts, self.gold, self.toc = [], [], []

    def t(self, s):
        """sentence markup -> html"""
        return NOTE.sub(lambda m: '<span class="fn">%s</span>' % esc(m.group(2)), esc(s))

    def raw(self, h):
        self.parts.append(h)

    def h2(self, text):
        sid = 's%d' % (len(self.toc) + 1)
        self.toc.append((sid, text))
        self.parts.append('<h2 id="%s">%s</h2>' % (sid, esc(text)))

    def h3(self, text):
        self.parts.append('<h3>%s</h3>' % esc(text))

    def label(self, text):
        self.parts.append('<p class="label">%s</p>' % esc(text))

    def p(self, *sents):
        self.gold += sents
        self.parts.append('<p>%s</p>' % ' '.join(self.t(s) for s in sents))

    def box(self, heading, *sents):
        self.gold += sents
        self.parts.append('<aside class="box"><h3>%s</h3><p>%s</p></aside>'
                          % (esc(heading), ' '.join(self.t(s) for s in sents)))

    def lst(self, tag, items):
        self.gold += items
        self.parts.append('<%s>%s</%s>' % (tag, ''.join('<li>%s</li>' % self.t(i) for i in items), tag))

    def grades(self, rows):
        body = ''.join('<tr><td>%s</td><td class="grade">%s</td></tr>' % (esc(a), esc(g)) for a, g in rows)
        self.parts.append('<table class="grades"><thead><tr><th>Area</th><th>Grade</th></tr></thead>'
                          '<tbody>%s</tbody></table>' % body)

    def longtable(self, heads, rows):
        self.gold += [r[1] for r in rows]
        th = ''.join('<th>%s</th>' % esc(h) for h in heads)
        body = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td></tr>' % (esc(a), self.t(b), esc(c))
                       for a, b, c in rows)
        self.parts.append('<table class="long"><colgroup><col style="width:12%%"><col style="width:63%%">'
                          '<col style="width:25%%"></colgroup><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                          % (th, body))

    def back(self, force, year):
        self.parts.append(
            '<section class="back"><p>© HMICFRS %s</p>'
            '<p>This is a synthetic publication. You may reuse its text without charge in any format, '
            'as allowed by version 3 of the Open Government Licence.</p>'
            '<p>HMICFRS, Fictional House, 12 Example Row, Nowhere Town XX1 2YY</p>'
            '<h2>Interested in our work?</h2><p>You can sign up to receive our newsletter about %s and '
            'other fictional forces at www.example.invalid/newsletter.</p></section>' % (year, esc(force)))

    def write(self, name, style):
        toc = ''.join('<li><a href="#%s">%s</a></li>' % (i, esc(t)) for i, t in self.toc)
        html = ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
                '<style>%s</style></head><body>'
                '<h1>%s</h1><p class="subtitle">%s</p><p class="notice">%s</p>'
                '<p class="contents-title">Contents</p><ul class="toc">%s</ul>'
                '<div class="body">%s</div></body></html>'
                % (self.lang, esc(self.title), CSS % style, esc(self.title), esc(self.subtitle),
                   esc(NOTICE), toc, '\n'.join(self.parts)))
        os.makedirs('weasy', exist_ok=True)
        with open('weasy/%s.html' % name, 'w', encoding='utf-8') as f:
            f.write(html)
        write_gold('%s.gold.json' % name, self.gold)
        print(name, len(self.gold), 'gold sentences')


def p01():
    d = Doc('PEEL 2025–27: Ashcombe Vale Police', 'Police effectiveness, efficiency and legitimacy: an inspection of Ashcombe Vale Police')
    d.h2('Overall summary')
    d.p('We are pleased with some aspects of Ashcombe Vale Police’s performance, but the force has more to do before it gives a consistently good service to the communities of the vale.',
        'Since our last inspection in 2022, leaders have steadied the force’s finances and rebuilt its neighbourhood teams after a long period of reorganisation.')
    d.box('Ashcombe Vale at a glance',
          'The force polices a largely rural area of about 1,240 square miles, with three market towns and one cathedral city.',
          'It employed 2,315 officers on 31 March 2025, which was 6.4 per cent more than three years earlier.')
    d.p('We found that the force answers emergency calls quickly, with 91.2 per cent answered within ten seconds in the year to March 2025.',
        'However, callers to the non-emergency 101 number often wait too long, and about one in five abandon their call before it is answered.',
        'The force doesn’t always assess the risk to repeat callers, which means some vulnerable people are not identified at the first point of contact.^{Figures were supplied by the force and were checked against its own call-handling records; they have not been audited.}')
    d.p('Dr Helen Marsh-Okafor, the force’s head of analysis, has introduced a demand model that is well regarded by officers and partner organisations alike.',
        'It is a well-thought-out piece of work, and the force now needs to use it when deciding where to place its resources.')
    d.h2('Our judgements')
    d.p('Our inspection assessed how good the force is in seven areas of policing.')
    d.grades([('Preventing crime', 'Good'), ('Responding to the public', 'Requires improvement'),
              ('Investigating crime', 'Adequate'), ('Protecting vulnerable people', 'Adequate'),
              ('Managing offenders', 'Good'), ('Developing a positive workplace', 'Adequate'),
              ('Leadership and force management', 'Good')])
    d.p('We set out the strengths we saw alongside the areas for improvement, so that readers can see why each grade was given.')
    d.h2('Responding to the public')
    d.p('The force’s control room is staffed 24/7 by a mix of police officers and civilian call handlers.',
        'Call handlers use a structured risk-assessment tool, but in 14 of the 60 incidents we reviewed it had not been completed properly.^{We reviewed 60 incidents recorded between 1 October and 31 December 2024.}')
    d.p('The force should make sure that:')
    d.lst('ul', ['call handlers complete the risk assessment for every caller who may be vulnerable;',
                 'repeat callers are identified, and their history is considered before a response is decided; and',
                 'supervisors in the control room check the quality of risk assessments on each shift.'])
    d.label('Area for improvement')
    d.p('The force should reduce the time that callers wait for the 101 service to be answered.')
    d.h2('Investigating crime')
    d.raw('<div class="cols">')
    d.p('Investigations were generally well planned, and most were supervised at the right intervals.',
        'In 71 per cent of the cases we examined, officers had recorded a clear investigation plan at an early stage.',
        'Victims told us that officers kept them updated, although some said contact fell away once a suspect had been charged.')
    d.p('The force has trained 118 detective constables since 2023, which has helped to reduce vacancies in its criminal investigation department.',
        'Workloads remain high, e.g. some investigators in the north of the county carried more than 20 live cases at once.',
        'Supervisors told us that they do not always have time to review each case in detail.')
    d.raw('</div>')
    d.label('Areas for improvement')
    d.lst('ol', ['The force should make sure that victims’ needs are assessed and recorded at the start of every investigation.',
                 'The force should improve how it records decisions when a victim does not support further police action, so that each decision can be reviewed.'])
    d.h2('Progress against our previous recommendations')
    d.longtable(['No.', 'Recommendation', 'Progress'], [
        ('1', 'By March 2024, the force should review how it records crimes reported through its online portal.', 'Complete'),
        ('2', 'The force should make sure its officers understand when to use body-worn video at domestic abuse incidents.', 'Complete'),
        ('3', 'Within six months, the force should improve the way it shares information about missing children with local authorities.', 'Partly complete'),
        ('4', 'The force should introduce a clear process for reviewing unsolved serious sexual offences.', 'Complete'),
        ('5', 'The force should make sure that everyone who supervises investigations has received the relevant training.', 'Partly complete'),
        ('6', 'The force should reduce the backlog of digital devices waiting to be examined.', 'Not complete'),
        ('7', 'The force should give its neighbourhood officers better information about local problem-solving plans.', 'Complete'),
        ('8', 'The force should make sure that its vetting unit has enough staff to meet demand.', 'Partly complete'),
        ('9', 'The force should monitor how fairly stop and search powers are used, including the use of handcuffs during searches.', 'Complete'),
        ('10', 'The force should evaluate the well-being support it gives to officers who deal with traumatic incidents.', 'Partly complete'),
    ])
    d.p('Overall, we consider that the force has made reasonable progress, although the backlog of digital devices is still a matter for concern.')
    d.back('Ashcombe Vale Police', 2025)
    d.write('p01_peel_ashcombe', dict(left='PEEL 2025–27', font='"DejaVu Serif"', align='justify', hyph='auto',
                                       accent='#1d3b6b', boxside='right', boxml='5mm', boxmr='0', boxbg='#e8eef6'))


def p02():
    d = Doc("Calderbrook Constabulary: police custody inspection", "Report on an unannounced inspection visit to police custody suites in Calderbrook")
    d.h2('Introduction')
    d.p("This was an unannounced inspection of custody services in Calderbrook Constabulary, carried out jointly with HM Inspectorate of Prisons in January 2025.",
        "We visited the force's three custody suites at Northgate, Rillington and Boxall Street.")
    d.box('About custody in Calderbrook',
          "The three suites have 64 cells between them, and Northgate is open 24/7.",
          "In the year to September 2024, 11,906 people were brought into custody, of whom 389 were children.")
    d.p("Detainees were generally treated with respect, and custody staff showed patience with people who were distressed or unwell.",
        "However, we found weaknesses in the way the force oversees its use of force in custody.",
        "Managers couldn't tell us how often force had been used on detainees or whether it had been justified in each case.^{The force's own data for the period contained 212 use-of-force forms, but none had been reviewed.}")
    d.h2('Our assessment')
    d.p("We assessed custody provision against our published expectations, which are grouped under four headings.")
    d.grades([('Leadership, accountability and partnerships', 'Requires improvement'),
              ('Pre-custody: first point of contact', 'Good'),
              ('In the custody suite: booking in, individual needs and legal rights', 'Adequate'),
              ('Release and transfer from custody', 'Adequate')])
    d.h2('Cause of concern')
    d.label('Cause of concern')
    d.p("The force doesn't have an effective way of monitoring and scrutinising the use of force in custody.",
        "This means it can't be confident that force is always used lawfully, proportionately and only when necessary.")
    d.label('Recommendation')
    d.p("To address this cause of concern, within three months the force should:")
    d.lst('ul', ["record every use of force in custody on a single system;",
                 "make sure that supervisors review CCTV footage of a sample of incidents each month; and",
                 "report its findings to the custody governance board every quarter."])
    d.h2('Detainee care')
    d.raw('<div class="cols">')
    d.p("Cells were mostly clean, but graffiti had been left in several cells at Rillington for some weeks.",
        "Detainees were offered food and drink at regular intervals, and there was a good range of microwave meals to meet dietary and religious needs.",
        "Healthcare was provided by an external contractor and was available on site at all times.")
    d.p("Nurses responded promptly to requests, with a median wait of 19 minutes.^{Median calculated from 150 healthcare requests logged during the inspection week.}",
        "Not all detainees were offered a shower or a change of clothes, particularly those held for more than 24 hours.",
        "Custody staff had completed training in mental health awareness, and 87 percent were up to date with their first-aid refresher.")
    d.raw('</div>')
    d.label('Areas for improvement')
    d.lst('ol', ["The force should make sure that detainees held overnight are offered the chance to wash and to exercise in the open air.",
                 "The force should remove graffiti and potential ligature points from cells as soon as they are found.",
                 "The force should improve how it records the reasons for strip-searching a detainee."])
    d.h2('Expectations and findings')
    d.p("The table below shows a selection of our expectations and whether Calderbrook met them.")
    d.longtable(['No.', 'Expectation', 'Finding'], [
        ('E1', "Detainees are told about their rights in a way they understand.", 'Met'),
        ('E2', "Children are held in custody only as a last resort.", 'Partly met'),
        ('E3', "Interpreters are used whenever a detainee doesn't speak English well enough to follow what is happening.", 'Met'),
        ('E4', "The custody record shows a clear reason for every decision to keep a detainee in custody.", 'Met'),
        ('E5', "Detainees who are released are given information about where to find support.", 'Partly met'),
        ('E6', "Appropriate adults arrive within two hours of being requested.", 'Not met'),
        ('E7', "Staff check on intoxicated detainees at least every 30 minutes and rouse them when needed.", 'Met'),
        ('E8', "Detainees can consult a solicitor in private.", 'Met'),
        ('E9', "People who are vulnerable are taken home or to a safe place when they leave custody.", 'Partly met'),
        ('E10', "Detainees with mental ill health are assessed by a mental health professional without delay.", 'Met'),
        ('E11', "Property taken from detainees is recorded, stored securely and returned on release.", 'Met'),
        ('E12', "Women detainees are offered the chance to speak to a female member of staff.", 'Partly met'),
        ('E13', "Custody staff have enough time to complete handovers between shifts.", 'Not met'),
    ])
    d.p("We will return to Calderbrook within 12 months to check the progress that the force has made.")
    d.back('Calderbrook Constabulary', 2025)
    d.write('p02_custody_calderbrook', dict(left='Custody inspection No. 7', font='"Liberation Sans"', align='left', hyph='manual',
                                             accent='#6b1d3b', boxside='left', boxml='0', boxmr='5mm', boxbg='#f4e9ee'))


def p03():
    d = Doc('Marrowby and Tensford Police: the response to stalking', 'An inspection of how well Marrowby and Tensford Police identifies and investigates stalking and harassment')
    d.h2('About this inspection')
    d.p('We examined 90 case files that the force had recorded as stalking or harassment between April and September 2024.',
        'We also interviewed 42 officers and staff, held five focus groups and spoke to representatives from two local charities that support victims.',
        'Our fieldwork took place in the week beginning 3 February 2025.')
    d.h2('Summary of findings')
    d.raw('<div class="cols">')
    d.p('Marrowby and Tensford Police recognises stalking as a serious crime and has a well-led team of specialist advisers.',
        'Victims we spoke to praised the advisers, and one described the support she received as ‘the first time anyone took it seriously’.',
        'Frontline officers, however, don’t always identify stalking when it is first reported.')
    d.p('In 23 of the 90 cases, behaviour that met the definition of stalking had been recorded as harassment or as a malicious communications offence.',
        'Because of this, victims in those cases weren’t referred for specialist support, and protective orders weren’t considered.',
        'The force has begun to use stalking protection orders more often, with 37 applied for in 2024 compared with 9 in 2022.^{Stalking protection orders were introduced by the Stalking Protection Act 2019.}')
    d.raw('</div>')
    d.h2('Our judgements')
    d.p('Although this is a thematic inspection, we have graded the force in four areas so that progress can be tracked.')
    d.grades([('Identifying stalking at first contact', 'Requires improvement'), ('Safeguarding victims', 'Good'),
              ('Investigation standards', 'Adequate'), ('Use of protective orders', 'Good')])
    d.h2('Identifying stalking')
    d.p('Training for call handlers was delivered in 2023, but only 58 per cent of those currently in post had completed it.',
        'The force’s risk-assessment form includes questions about stalking, yet officers told us they often complete it after leaving the victim’s home.')
    d.p('Supervisors reviewed most cases within 24 hours, but their reviews seldom challenged how the crime had been classified.^{A supervisory review was present in 81 of the 90 files.}')
    d.p('We found that officers who had received the specialist training were more likely to:')
    d.lst('ul', ['ask the victim about the history of the behaviour;',
                 'check police systems for previous reports involving the same suspect; and',
                 'consider applying for a protective order at the outset.'])
    d.box('Case study No. 3',
          'A woman reported that a former partner had followed her to work on four occasions over a fortnight.',
          'The attending officer recognised the pattern, recorded the crime as stalking and referred her to an adviser the same day.',
          'An interim stalking protection order was granted within nine days.')
    d.p('This case shows what good practice looks like, and we would like to see it become the norm across the force.',
        'Officers in the Tensford district were less confident, and several told us they had never been shown how to apply for an order.')
    d.label('Recommendations')
    d.lst('ol', ['By 31 December 2025, the force should make sure that all call handlers and frontline officers complete training in identifying stalking.',
                 'The force should audit a sample of harassment crimes each month to check that stalking has not been missed.'])
    d.h2('Progress on national recommendations')
    d.p('In 2022 we made ten recommendations to all forces, and the table sets out what this force has done about each of them.')
    d.longtable(['No.', 'Recommendation', 'Status'], [
        ('1', 'Forces should appoint a single point of contact for stalking.', 'Achieved'),
        ('2', 'Forces should make sure victims are told about the role of independent stalking advocates.', 'Achieved'),
        ('3', 'Forces should record the outcome of every application for a protective order.', 'Partly achieved'),
        ('4', 'Forces should review how they deal with breaches of protective orders.', 'Partly achieved'),
        ('5', 'Forces should include stalking in their strategic assessment of threat and risk.', 'Achieved'),
        ('6', 'Forces should agree with prosecutors how evidence of a course of conduct will be presented at court.', 'Not achieved'),
        ('7', 'Forces should make sure that cases involving online stalking are investigated by staff with the right digital skills.', 'Partly achieved'),
        ('8', 'Forces should seek feedback from victims and use it to improve their service.', 'Not achieved'),
        ('9', 'Forces should make sure that call handlers can see earlier reports about a caller before they grade the response.', 'Partly achieved'),
        ('10', 'Forces should tell victims when a suspect is released from custody or from prison.', 'Achieved'),
    ])
    d.p('We have shared our findings with the force and with the office of the police and crime commissioner.')
    d.back('Marrowby and Tensford Police', 2025)
    d.write('p03_stalking_marrowby', dict(left='Stalking and harassment', font='"DejaVu Serif"', align='justify', hyph='auto',
                                           accent='#235b2e', boxside='right', boxml='5mm', boxmr='0', boxbg='#e9f3ea'))


if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    p01(); p02(); p03()
