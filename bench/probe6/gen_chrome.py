"""Write the three Chromium sources (web/cNN_*.html) and their gold files.

Web-publication style: site bar, sticky "On this page" sidebar, key facts strip, numbered paragraphs
as <ol> items (continued with start=), <details> sections (open ones are gold, closed ones print
only their summary and are not gold), judgements table (area | grade | sentence), pull quotes that
repeat body text (not gold), figure placeholder with caption and alt text, footnotes with ↩ links.
"""
import os

from common import NOTE, NOTICE, esc, write_gold

SVG = ("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='600' height='220'>"
       "<rect width='600' height='220' fill='%23dde3ea'/><rect x='60' y='120' width='60' height='80' fill='%2378909c'/>"
       "<rect x='170' y='80' width='60' height='120' fill='%2378909c'/><rect x='280' y='50' width='60' height='150' fill='%2378909c'/>"
       "<rect x='390' y='95' width='60' height='105' fill='%2378909c'/></svg>")

CSS = """
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font: %(size)s/1.5 %(font)s; color: #0b0c0c; }
.site { background: #0b0c0c; color: #fff; padding: 10px 24px; display: flex; gap: 28px; align-items: baseline; }
.site .brand { font-weight: bold; font-size: 18px; }
.site nav a { color: #fff; margin-right: 16px; font-size: 14px; text-decoration: none; }
.crumbs { font-size: 13px; padding: 8px 24px; color: #505a5f; }
.layout { display: grid; grid-template-columns: 230px 1fr; gap: 32px; padding: 0 24px; }
.otp { position: sticky; top: 0; align-self: start; font-size: 14px; border-top: 4px solid %(accent)s; padding-top: 8px; }
.otp h2 { font-size: 16px; margin: 0 0 6px; }
.otp ol { padding-left: 18px; margin: 0; }
.otp a { color: %(accent)s; }
.meta { color: #505a5f; font-size: 14px; margin: 12px 0 0; }
h1 { font-size: 30px; line-height: 1.2; margin: 6px 0 12px; }
.notice { border-left: 6px solid #b1b4b6; padding: 6px 12px; background: #f3f2f1; }
h2 { font-size: 22px; margin: 26px 0 8px; color: %(accent)s; }
.keyfacts { display: flex; gap: 12px; margin: 16px 0; }
.keyfacts div { flex: 1; background: %(accent)s; color: #fff; padding: 10px; }
.keyfacts .num { display: block; font-size: 30px; font-weight: bold; }
.keyfacts .lab { font-size: 13px; }
ol.paras { padding-left: 34px; }
ol.paras > li { margin-bottom: 10px; padding-left: 6px; }
ol.paras > li::marker { font-weight: bold; }
details { border-left: 4px solid #b1b4b6; padding: 4px 12px; margin: 12px 0; }
summary { font-weight: bold; color: %(accent)s; cursor: pointer; }
table.judge { border-collapse: collapse; width: 100%%; font-size: 14px; }
table.judge th, table.judge td { border-bottom: 1px solid #b1b4b6; padding: 6px 8px; text-align: left; vertical-align: top; }
table.judge td.g { font-weight: bold; white-space: nowrap; }
blockquote.pull { margin: 18px 0; padding: 6px 18px; border-left: 6px solid %(accent)s; font-size: 20px; font-style: italic; color: #333; }
figure { margin: 16px 0; }
figure img { width: 100%%; height: auto; display: block; }
figcaption { font-size: 13px; color: #505a5f; margin-top: 4px; }
.lead { font-weight: bold; }
sup a { text-decoration: none; }
.footnotes { font-size: 13px; border-top: 1px solid #b1b4b6; margin-top: 24px; }
.footnotes h2 { font-size: 16px; color: #0b0c0c; }
footer { margin-top: 24px; padding: 14px 24px; background: #f3f2f1; font-size: 13px; }
@media print { %(print)s }
"""
HIDE_NAV = ".site nav, .crumbs, .otp { display: none; } .layout { display: block; } details { break-inside: avoid; }"
KEEP_NAV = "details { break-inside: avoid; } tr { break-inside: avoid; }"


class Doc:
    def __init__(self, title, date, facts):
        self.title, self.date, self.facts = title, date, facts
        self.parts, self.gold, self.otp, self.notes = [], [], [], []
        self.para_no = 1

    def t(self, s):
        def note(m):
            self.notes.append(m.group(2))
            n = len(self.notes)
            return '<sup><a href="#fn-%d" id="fnref-%d" aria-label="footnote %d">[%d]</a></sup>' % (n, n, n, n)
        return NOTE.sub(note, esc(s))

    def h2(self, text):
        sid = 'section-%d' % (len(self.otp) + 1)
        self.otp.append((sid, text))
        self.parts.append('<h2 id="%s">%s</h2>' % (sid, esc(text)))

    def raw(self, h):
        self.parts.append(h)

    def p(self, *sents, cls=None, gold=True):
        if gold:
            self.gold += sents
        self.parts.append('<p%s>%s</p>' % (' class="%s"' % cls if cls else '', ' '.join(self.t(s) for s in sents)))

    def paras(self, *items):
        """numbered paragraphs: each item is a tuple of sentences"""
        lis = []
        for it in items:
            self.gold += it
            lis.append('<li>%s</li>' % ' '.join(self.t(s) for s in it))
        self.parts.append('<ol class="paras" start="%d">%s</ol>' % (self.para_no, ''.join(lis)))
        self.para_no += len(items)

    def bullets(self, items, tag='ul', gold=True):
        if gold:
            self.gold += items
        self.parts.append('<%s>%s</%s>' % (tag, ''.join('<li>%s</li>' % self.t(i) for i in items), tag))

    def details(self, summary, sents, open_):
        if open_:
            self.gold += sents
        self.parts.append('<details%s><summary>%s</summary><p>%s</p></details>'
                          % (' open' if open_ else '', esc(summary), ' '.join(esc(s) for s in sents)))

    def judge(self, rows):
        self.gold += [r[2] for r in rows]
        body = ''.join('<tr><td>%s</td><td class="g">%s</td><td>%s</td></tr>' % (esc(a), esc(g), self.t(s))
                       for a, g, s in rows)
        self.parts.append('<table class="judge"><thead><tr><th scope="col">Area</th><th scope="col">Grade</th>'
                          '<th scope="col">Summary</th></tr></thead><tbody>%s</tbody></table>' % body)

    def pull(self, s):
        assert any(s == g for g in self.gold), 'pull quote must repeat body text'
        self.parts.append('<blockquote class="pull"><p>“%s”</p></blockquote>' % esc(s))

    def figure(self, alt, caption):
        self.parts.append('<figure><img src="%s" alt="%s"><figcaption>%s</figcaption></figure>'
                          % (SVG, esc(alt), esc(caption)))

    def write(self, name, style):
        otp = ''.join('<li><a href="#%s">%s</a></li>' % (i, esc(t)) for i, t in self.otp)
        facts = ''.join('<div><span class="num">%s</span><span class="lab">%s</span></div>' % (esc(n), esc(l))
                        for n, l in self.facts)
        notes = ''.join('<li id="fn-%d">%s <a href="#fnref-%d" aria-label="Back to content">↩</a></li>'
                        % (i + 1, esc(n), i + 1) for i, n in enumerate(self.notes))
        html = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>'
                '<header class="site"><span class="brand">HMICFRS</span><nav><a href="#">Home</a><a href="#">Our work</a>'
                '<a href="#">Publications</a><a href="#">Police forces</a><a href="#">Search</a></nav></header>'
                '<div class="crumbs">Home › Publications › %s</div>'
                '<div class="layout"><nav class="otp" aria-label="On this page"><h2>On this page</h2><ol>%s</ol></nav><main>'
                '<p class="meta">Published %s</p><h1>%s</h1><p class="notice">%s</p><div class="keyfacts">%s</div>%s'
                '<section class="footnotes"><h2>Footnotes</h2><ol>%s</ol></section></main></div>'
                '<footer>All content is available under the Open Government Licence v3.0, except where otherwise stated. '
                '© Crown copyright (fictional example)</footer></body></html>'
                % (esc(self.title), CSS % style, esc(self.title), otp, esc(self.date), esc(self.title), esc(NOTICE),
                   facts, '\n'.join(self.parts), notes))
        os.makedirs('web', exist_ok=True)
        with open('web/%s.html' % name, 'w', encoding='utf-8') as f:
            f.write(html)
        write_gold('%s.gold.json' % name, self.gold)
        print(name, len(self.gold), 'gold sentences')


def c01():
    d = Doc('PEEL 2025: Kellingford Constabulary inspection report', '18 March 2025',
            [('88%', 'of 999 calls answered within 10 seconds'), ('1,964', 'police officers'),
             ('4.1', 'days: average wait for a crime to be allocated'), ('3 of 8', 'areas graded good')])
    d.h2('Overview')
    d.paras(('We have concluded that Kellingford Constabulary’s performance is mixed: it is good at preventing crime but needs to improve how it responds to the public and how it supports victims through the criminal justice process.',
             'The chief constable, who took up post in 2023, has set out a clear plan and officers told us they understand what is expected of them.'),
            ('The force has invested heavily in neighbourhood policing, and its teams work well with councils, schools and housing providers.',
             'For example, a problem-solving project in the Eastgate estate cut reports of anti-social behaviour by 34 per cent in a year.^{Force data for the 12 months to 30 September 2024, compared with the previous 12 months.}'),
            ('This report should be read alongside our national thematic reports, which give wider context on several of the issues we discuss.',))
    d.pull('The force has invested heavily in neighbourhood policing, and its teams work well with councils, schools and housing providers.')
    d.h2('Our judgements')
    d.p('The table summarises our graded judgements for each area we inspected.')
    d.judge([('Preventing crime', 'Good', 'Neighbourhood teams understand local problems and use a wide range of tactics to solve them.'),
             ('Responding to the public', 'Requires improvement', 'Too many calls to the 101 service are abandoned, and attendance at priority incidents is often slow.'),
             ('Investigating crime', 'Adequate', 'Most investigations are thorough, but supervision is inconsistent across the force area.'),
             ('Protecting vulnerable people', 'Good', 'The force identifies vulnerability well and makes timely referrals to partner agencies.'),
             ('Building and supporting the workforce', 'Adequate', 'Officers feel valued, although many new recruits lack experienced tutors.')])
    d.h2('Responding to the public')
    d.paras(('In the year to September 2024, the force took an average of 22 minutes to attend incidents graded as a priority, against its own target of 15 minutes.',
             'Response officers told us that they are often held at hospitals while waiting for people in mental health crisis to be assessed, which reduces the number of officers available.'),
            ('The force has recently introduced a call-back service for people who report non-urgent matters, and early feedback is positive.',
             'It should evaluate this service before extending it to the rest of the force area.'))
    d.figure('Bar chart showing average attendance times for priority incidents in four districts, ranging from 16 to 29 minutes.',
             'Figure 1: Average attendance time for priority incidents by district, year to September 2024')
    d.details('Area for improvement: attendance at priority incidents',
              ['The force should make sure that it attends priority incidents within the times it has set itself.',
               'It should also keep callers informed when there is a delay.'], True)
    d.h2('Investigating crime')
    d.paras(('We reviewed 120 investigations and found that 94 had been carried out to an appropriate standard.',
             'Where investigations fell short, the most common reason was that officers had not pursued all the reasonable lines of enquiry, such as house-to-house visits or CCTV.'),
            ('Victim satisfaction remains lower than in similar forces, and victims told us they weren’t always told about the outcome of their case.',
             'The force has appointed a victim care coordinator in each district to address this.'))
    d.p('To improve, the force should make sure that:', cls='lead')
    d.bullets(['investigations are allocated to officers with the right skills and experience;',
               'supervisors record their reviews on the crime system; and',
               'victims are offered a needs assessment under the Victims’ Code.'])
    d.details('How we carried out this inspection',
              ['We visited the force in October 2024 and interviewed senior leaders.',
               'We held focus groups with officers and staff of all ranks and grades.'], False)
    d.h2('Leadership and workforce')
    d.paras(('Leaders are visible and approachable, and the force’s staff survey shows that 72 per cent of the workforce feel proud to work for it.',
             'However, the force has a high proportion of student officers, and in some teams more than half the officers have less than two years’ service.'),
            ('The force should make sure it has enough trained tutors and sergeants to support its new officers.',),
            ('The force’s well-being service is well used, and officers who had been assaulted on duty said they received prompt support.',
             'Its occupational health unit has a waiting list of six weeks, which the force should reduce.'))
    d.details('Annex A: data sources', ['We used data supplied by the force and published Home Office statistics.',
                                         'Some figures have been rounded.'], False)
    d.write('c01_peel_kellingford', dict(size='16px', font='"Liberation Sans", Arial, sans-serif', accent='#1d70b8', print=KEEP_NAV))


def c02():
    d = Doc("An inspection of how Thornleigh Police manages registered sex offenders", '2 April 2025',
            [('1,412', 'registered sex offenders living in the area'), ('27', 'offender managers'),
             ('62 percent', 'of home visits completed on time'), ('9', 'recommendations')])
    d.h2('Summary')
    d.paras(("We found that Thornleigh Police doesn't have enough offender managers to keep up with the number of registered sex offenders it is responsible for.",
             "On average each offender manager supervised 52 people, which is well above the level the force itself considers safe."),
            ("Risk assessments were out of date in 31 of the 80 cases we reviewed.",
             "In several cases, a change in a person's circumstances, such as a new relationship with someone who has children, hadn't led to a fresh assessment."),
            ("Despite these problems, we saw examples of dedicated work by individual officers, who often went beyond what was asked of them.",))
    d.pull("Risk assessments were out of date in 31 of the 80 cases we reviewed.")
    d.h2('Our judgements')
    d.judge([('Risk assessment', 'Inadequate', "Assessments are often late and don't reflect the latest information about the offender."),
             ('Home visits', 'Requires improvement', "Visits are carried out, but too many are announced in advance without a clear reason."),
             ('Working with partners', 'Good', "The force works closely with probation and children's services in multi-agency meetings."),
             ('Use of orders', 'Adequate', "Sexual harm prevention orders are sought in suitable cases but breaches are not always pursued.")])
    d.h2('Causes of concern')
    d.details('Cause of concern 1: workloads in offender management', [
        "Offender managers in Thornleigh carry workloads that are too high for them to manage risk effectively.",
        "The force should, within six months, carry out a review of staffing in its offender management unit and put in place a plan to reduce caseloads."], True)
    d.details('Cause of concern 2: out-of-date risk assessments', [
        "The force doesn't make sure that risk assessments are reviewed when circumstances change.",
        "It should introduce a system that alerts offender managers when new information is recorded about the people they supervise."], True)
    d.h2('Managing risk')
    d.paras(("The force uses the national risk-assessment tool, and most offender managers have been trained to use it.",
             "Only 62 percent of scheduled home visits were completed on time in 2024, and unannounced visits were rare.^{Figures from the force's offender management system, January to December 2024.}"),
            ("Dr Amrit Chandel, the force's digital forensics lead, showed us how officers can now examine devices during a home visit.",
             "This is a promising approach, and it has already helped the force to identify breaches of prevention orders."))
    d.figure("Photograph placeholder: an offender manager's desk with a laptop and case files.",
             "Figure 1: Offender managers use a dedicated case management system")
    d.p("The force should make sure that home visits:", cls='lead')
    d.bullets(["are planned according to the level of risk;",
               "include unannounced visits where this is justified; and",
               "are recorded promptly, with the reasons for any decisions."])
    d.h2('Working with other agencies')
    d.paras(("Relationships with the probation service are strong, and joint visits take place regularly.",
             "Information about offenders who move into the area from elsewhere isn't always shared quickly, however, and in one case it took 11 weeks for records to arrive."),
            ("The force should agree with neighbouring forces a standard timescale for transferring the records of offenders who move between areas.",),
            ("The force is a committed member of the local multi-agency public protection arrangements (MAPPA).",
             "Its representatives attend meetings consistently and come prepared with up-to-date information."))
    d.details('Methodology', ["We reviewed 80 case files selected at random.",
                              "We also interviewed 19 offender managers and their supervisors."], False)
    d.details('Glossary of terms', ["A sexual harm prevention order is a civil order made by a court.",
                                    "It places restrictions on what a person may do."], False)
    d.h2('Recommendations')
    d.bullets(["By 30 September 2025, the force should make sure that every registered sex offender has an up-to-date risk assessment.",
               "The force should review how it decides whether a home visit should be announced.",
               "The force should monitor the timeliness of home visits and report its performance to the chief officer team each month.",
               "The force should make sure that its offender managers have access to regular clinical supervision."], tag='ol')
    d.write('c02_offenders_thornleigh', dict(size='15px', font='"DejaVu Sans", sans-serif', accent='#4c2c92', print=HIDE_NAV))


def c03():
    d = Doc("Oakhallow Constabulary: neighbourhood policing and anti-social behaviour", '9 May 2025',
            [('46', 'neighbourhood teams'), ('12.7 per cent', 'fall in anti-social behaviour reports'),
             ('24/7', 'online reporting'), ('5', 'areas for improvement')])
    d.h2('Introduction')
    d.paras(("This report sets out what we found when we inspected how Oakhallow Constabulary tackles anti-social behaviour through its neighbourhood teams.",
             "We carried out our fieldwork in November 2024 and visited each of the force's four local policing areas."),
            ("Anti-social behaviour is the issue that residents of Oakhallow raise most often in community meetings.",
             "It ranges from noisy neighbours and nuisance vehicles to intimidation that can make people afraid to leave their homes."),
            ("Our findings are based on interviews, focus groups, a survey of 214 officers and staff, and a review of force documents.",
             "We also met representatives of two residents' associations."))
    d.h2('Key findings')
    d.judge([('Understanding communities', 'Good', "Neighbourhood officers know their areas well and use local data to set priorities."),
             ('Problem solving', 'Adequate', "The force uses a recognised problem-solving model, but plans are rarely evaluated."),
             ('Supporting victims', 'Requires improvement', "Repeat victims are not always identified, so some don't get the support they need."),
             ('Working with partners', 'Good', "Joint work with the council's community safety team is well established and effective.")])
    d.h2('Neighbourhood teams')
    d.paras(("Each neighbourhood team is led by a sergeant and includes police constables and police community support officers (PCSOs).",
             "Teams were at 91 per cent of their intended strength at the time of our inspection, which is better than in many forces."),
            ("Neighbourhood officers are still taken away from their areas too often to cover gaps in response teams.",
             "In one district, PCSOs told us they had spent almost a third of their shifts on duties outside their neighbourhood in the previous month."))
    d.pull("Neighbourhood officers are still taken away from their areas too often to cover gaps in response teams.")
    d.figure("Map placeholder showing Oakhallow's four local policing areas shaded by the rate of anti-social behaviour.",
             "Figure 1: Anti-social behaviour incidents per 1,000 residents, by local policing area")
    d.details("Area for improvement: protecting neighbourhood time", [
        "The force should reduce the number of times neighbourhood officers are moved to cover other duties.",
        "It should monitor how much of their time is spent in their own areas."], True)
    d.h2('Problem solving')
    d.paras(("We looked at 30 problem-solving plans and found that most were well researched, with a clear description of the problem and its causes.",
             "Fewer than a third, however, had been reviewed to see whether the actions taken had worked."),
            ("The force has a small problem-solving hub that gives advice to teams, and officers spoke highly of it.",
             "Its staff have also produced a library of tactics that have worked elsewhere, e.g. designing out crime in alleyways and car parks.^{The library is hosted on the force intranet and was last updated in September 2024.}"),
            ("The force should evaluate its problem-solving plans and share what it learns across all neighbourhood teams.",))
    d.p("Good problem-solving plans in Oakhallow typically:", cls='lead')
    d.bullets(["involve the local council and housing providers from the start;",
               "set out what success would look like; and",
               "include a date for a formal review."])
    d.details("Case study: the Millbrook underpass", [
        "Residents reported groups gathering in an underpass at night.",
        "The team worked with the council to improve lighting and the reports stopped."], False)
    d.h2('Supporting victims')
    d.paras(("Call handlers use a set of questions to identify people who are repeatedly targeted, but they don't always ask them.",
             "In 8 of the 25 calls we listened to, the caller had reported similar behaviour before and this wasn't picked up."),
            ("The force should make sure that repeat and vulnerable victims of anti-social behaviour are identified at first contact and offered appropriate support.",),
            ("Victims who were identified as vulnerable received good support from a dedicated caseworker.",
             "One victim told us that the caseworker had helped her to move to a safer home."))
    d.details("About the data in this report", ["The data was supplied by the force.",
                                                 "It has not been audited."], False)
    d.write('c03_asb_oakhallow', dict(size='16px', font='"Liberation Serif", Georgia, serif', accent='#00703c', print=KEEP_NAV))


if __name__ == '__main__':
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    c01(); c02(); c03()
