"""Build the real-producer PDF fixtures in tests/data/pdf/ (output committed).

    python tools/build_fixtures.py [NAME ...]   # all fixtures, or only these (expected.json: all)

Each fixture is written once as HTML and printed to PDF by two producers that
real reports come from: LibreOffice (HTML → .docx → PDF, as a Word document is
exported; Debian's libreoffice-writer) and headless Chromium (Debian's
chromium); the ``dtp-*`` fixtures are desktop-publishing output, laid out by
Scribus from the scripts in ``bench/probe2`` (Debian's scribus, xvfb and
hyphen-en-gb; without them the PDFs committed there are copied). Their layouts differ from our reportlab fixtures in the ways real
government PDFs do: symbol-font bullets as private-use code points, numbered
paragraphs, judgement headings, back-cover furniture, letterheads.
``expected.json`` holds what a reader must get from every producer.
All text is synthetic and about fictional forces.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "pdf"
BENCH = ROOT / "bench"
NOTICE = "Synthetic test document written for the hmic test suite; the force is fictional."

FIXTURES = {
    "bullets-judgements": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Fenwick Constabulary</h1>
<p>{NOTICE}</p><p>March 2025</p>
<h2>Investigating crime: Good</h2>
<p>The constabulary investigates most crimes well. Supervisors review cases promptly and record clear plans.</p>
<h3>Areas for improvement</h3>
<ul><li>The constabulary should make sure victims are updated within the agreed time.</li>
<li>Timeliness of referrals to partner agencies.</li></ul>
<h2>Protecting vulnerable people: Requires improvement</h2>
<p>10.Assessments of risk are completed late in a minority of cases.</p>
<p>About 40 per cent of the case load is held by trainee investigators.</p>
<h2>About this report</h2>
<p>© HMICFRS 2025</p>
<p>You may re-use this information free of charge under the terms of the Open Government Licence.</p>
<p>Interested in our work? Follow us on social media.</p>
<p>Telephone: 020 7000 0000</p>""",
        "sentences": [
            "The constabulary investigates most crimes well.",
            "Supervisors review cases promptly and record clear plans.",
            "The constabulary should make sure victims are updated within the agreed time.",
            "Timeliness of referrals to partner agencies.",
            "Assessments of risk are completed late in a minority of cases.",
            "About 40 per cent of the case load is held by trainee investigators.",
        ],
        "bullets": ["Timeliness of referrals to partner agencies."],
        "grades": {"investigating_crime": "good", "protecting_vulnerable": "requires improvement"},
        "absent": ["Open Government Licence", "Interested in our work", "020 7000", "© HMICFRS"],
    },
    "judgement-list-rows": {
        "html": f"""<h1>PEEL 2021/22: An inspection of Fenwick Constabulary</h1>
<p>{NOTICE}</p><p>June 2022</p>
<h2>Our judgements</h2>
<p>We graded the constabulary in four of the areas we inspected this time.</p>
<ul><li>Preventing crime and anti-social behaviour: good.</li>
<li>Engaging with and treating the public with fairness and respect: good.</li>
<li>Building, supporting and protecting the workforce: adequate.</li>
<li>Strategic planning, organisational management and value for money: requires improvement.</li></ul>
<p>Call handlers answered most emergency calls within ten seconds.</p>""",
        "sentences": [
            "We graded the constabulary in four of the areas we inspected this time.",
            "Preventing crime and anti-social behaviour: good.",
            "Engaging with and treating the public with fairness and respect: good.",
            "Building, supporting and protecting the workforce: adequate.",
            "Strategic planning, organisational management and value for money: requires improvement.",
            "Call handlers answered most emergency calls within ten seconds.",
        ],
        "bullets": ["Preventing crime and anti-social behaviour: good."],
        # the items are a list, read as findings with their grades, never as table rows
        "grades": {},
        "absent": [],
    },
    "letter": {
        "html": f"""<p>HM Inspectorate of Constabulary and Fire &amp; Rescue Services</p>
<p>10 Example Square, London SW1A 1AA</p>
<p>{NOTICE}</p><p>14 May 2024</p>
<p>Dear Chief Constable,</p>
<h2>Revisit of the cause of concern about call handling</h2>
<p>In our 2023 inspection we identified a cause of concern about how Marsh Vale Police handles calls from the public.</p>
<p>We are satisfied that the force has made enough progress for us to close the cause of concern.</p>
<p>Call handlers now assess risk on almost every call, and supervisors check their decisions.</p>
<p>Yours sincerely,</p><p>A. Inspector</p>""",
        "sentences": [
            "In our 2023 inspection we identified a cause of concern about how Marsh Vale Police handles calls from the public.",
            "We are satisfied that the force has made enough progress for us to close the cause of concern.",
            "Call handlers now assess risk on almost every call, and supervisors check their decisions.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["SW1A 1AA", "Dear Chief Constable", "Yours sincerely", "A. Inspector", "HM Inspectorate of Constabulary"],
    },
    "side-box": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Brackley Vale Police</h1>
<p>{NOTICE}</p><p>June 2025</p>
<h2>Preventing crime and anti-social behaviour</h2>
<div style="float:right;width:38%;margin:0 0 8px 14px;padding:8px;border:1px solid #557;background:#e8ecf6">
<p><b>Case study</b></p>
<p>Officers and a housing trust gated an alley that drew disorder at night.</p></div>
<p>The force gives neighbourhood policing a clear priority. Its officers know the people and places that cause most harm in their areas, and they work with councils to solve long-running problems. Supervisors protect neighbourhood officers from being sent to other duties, so most of their time is spent on patrol and problem solving. The force checks whether its schemes work before it spends more on them.</p>
<p>The force should record the outcome of every problem-solving plan. At present, many plans are closed without any note of what changed.</p>""",
        "sentences": [
            "Officers and a housing trust gated an alley that drew disorder at night.",
            "The force gives neighbourhood policing a clear priority.",
            "Its officers know the people and places that cause most harm in their areas, and they work with councils "
            "to solve long-running problems.",
            "Supervisors protect neighbourhood officers from being sent to other duties, so most of their time is "
            "spent on patrol and problem solving.",
            "The force checks whether its schemes work before it spends more on them.",
            "The force should record the outcome of every problem-solving plan.",
            "At present, many plans are closed without any note of what changed.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        # the box never breaks into the text beside it, and the text after it is still in its section
        "in_order": [["The force gives neighbourhood policing a clear priority.",
                      "The force checks whether its schemes work before it spends more on them.",
                      "The force should record the outcome of every problem-solving plan.",
                      "At present, many plans are closed without any note of what changed."],
                     ["The force gives neighbourhood policing a clear priority.",
                      "Officers and a housing trust gated an alley that drew disorder at night."]],
        "sections": {"The force should record the outcome of every problem-solving plan.":
                     "Preventing crime and anti-social behaviour"},
    },
    "two-column": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Kesterton Constabulary</h1>
<p>{NOTICE}</p><p>July 2025</p>
<h2>HM Inspector's summary</h2>
<div style="column-count:2;column-gap:28px">
<p>I am pleased with the way Kesterton Constabulary answers calls from the public. It answers most emergency calls within ten seconds, and call handlers assess the risk to each caller carefully.</p>
<p>The constabulary has improved how it investigates crime since our last inspection. Investigators have manageable workloads, and supervisors check that each case has a plan.</p>
<p>But the constabulary needs to do more to protect vulnerable people. Officers do not always complete a risk assessment when they attend a report of domestic abuse.</p>
<p>The constabulary also needs to make better use of its data. Its leaders cannot yet see how demand is changing from month to month.</p>
<p>I will monitor the constabulary's progress on these matters through our usual contact with the chief constable.</p>
</div>""",
        "sentences": [
            "I am pleased with the way Kesterton Constabulary answers calls from the public.",
            "It answers most emergency calls within ten seconds, and call handlers assess the risk to each caller "
            "carefully.",
            "The constabulary has improved how it investigates crime since our last inspection.",
            "Investigators have manageable workloads, and supervisors check that each case has a plan.",
            "But the constabulary needs to do more to protect vulnerable people.",
            "Officers do not always complete a risk assessment when they attend a report of domestic abuse.",
            "The constabulary also needs to make better use of its data.",
            "Its leaders cannot yet see how demand is changing from month to month.",
            "I will monitor the constabulary's progress on these matters through our usual contact with the chief "
            "constable.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        # the second column is read after the first, as paragraphs (not as indented list items)
        "in_order": [["I am pleased with the way Kesterton Constabulary answers calls from the public.",
                      "Investigators have manageable workloads, and supervisors check that each case has a plan.",
                      "But the constabulary needs to do more to protect vulnerable people.",
                      "I will monitor the constabulary's progress on these matters through our usual contact with "
                      "the chief constable."]],
        "no_bullets": True,
    },
    "left-box": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Brackley Vale Police</h1>
<p>{NOTICE}</p><p>June 2025</p>
<h2>Preventing crime and anti-social behaviour</h2>
<div style="float:left;width:38%;margin:0 14px 8px 0;padding:8px;border:1px solid #557;background:#e8ecf6">
<p><b>Case study</b></p><p>Officers and a housing trust gated an alley that drew disorder at night.</p></div>
<p>The force gives neighbourhood policing a clear priority. Its officers know the people and places that cause most harm in their areas, and they work with councils to solve long-running problems. Supervisors protect neighbourhood officers from being sent to other duties, so most of their time is spent on patrol and problem solving.</p>
<p>The force should record the outcome of every problem-solving plan. At present, many plans are closed without any note of what changed.</p>""",
        "sentences": [
            "Officers and a housing trust gated an alley that drew disorder at night.",
            "The force gives neighbourhood policing a clear priority.",
            "The force should record the outcome of every problem-solving plan.",
            "At present, many plans are closed without any note of what changed.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        # text beside a box on its left is not indented list items, and stays in its section
        "no_bullets": True,
        "sections": {"The force gives neighbourhood policing a clear priority.":
                     "Preventing crime and anti-social behaviour",
                     "The force should record the outcome of every problem-solving plan.":
                     "Preventing crime and anti-social behaviour"},
    },
    "details-table": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Brackley Vale Police</h1>
<p>{NOTICE}</p><p>June 2025</p>
<h2>About this inspection</h2><p>We inspected the force in the spring of 2025.</p>
<table style="width:100%"><tr><td style="width:35%">Force</td><td>Brackley Vale Police</td></tr>
<tr><td>Inspection dates</td><td>3 to 7 March 2025</td></tr>
<tr><td>Previous inspection</td><td>The force was last inspected in 2022.</td></tr></table>
<h2>Preventing crime</h2>
<p>The force gives neighbourhood policing a clear priority. The force checks whether its schemes work before it spends more on them.</p>""",
        "sentences": [
            "We inspected the force in the spring of 2025.",
            "The force gives neighbourhood policing a clear priority.",
            "The force checks whether its schemes work before it spends more on them.",
        ],
        "bullets": [],
        "grades": {},
        # a details table is facts about the inspection, not findings: its rows never run
        # together into a "sentence"
        "absent": ["Brackley Vale Police", "3 to 7 March 2025", "last inspected"],
        # a table written row by row is read row by row: its cells stay in their section
        "in_order": [["We inspected the force in the spring of 2025.",
                      "The force gives neighbourhood policing a clear priority."]],
        "sections": {"We inspected the force in the spring of 2025.": "About this inspection"},
    },
    "late-header": {
        "html": f"""<div style="position:relative">
<div style="position:absolute;top:0;right:0;font-size:9pt">Brackley Vale Police: PEEL 2025</div>
<h1>PEEL 2023–25: An inspection of Brackley Vale Police</h1>
<p>{NOTICE}</p><p>June 2025</p>
<h2>Preventing crime</h2>
<p>The force gives neighbourhood policing a clear priority. Its officers know the people and places that cause most harm in their areas.</p>
<h2>Responding to the public</h2>
<p>The force answers emergency calls quickly. It takes too long to answer non-emergency calls, and many callers give up.</p>
<h2>Investigating crime</h2>
<p>Investigations are not always well supervised.</p></div>""",
        "sentences": [
            "The force gives neighbourhood policing a clear priority.",
            "The force answers emergency calls quickly.",
            "Investigations are not always well supervised.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        # a header placed by position and written last moves to the top, not the text below it
        "in_order": [["The force gives neighbourhood policing a clear priority.",
                      "The force answers emergency calls quickly.",
                      "Investigations are not always well supervised."]],
        "sections": {"The force gives neighbourhood policing a clear priority.": "Preventing crime",
                     "The force answers emergency calls quickly.": "Responding to the public"},
    },
    # a word-processor document as Word users write them: running header, page-number
    # footer, footnotes in smaller type at the foot of each page, their marks raised after a
    # word (LibreOffice breaks the line after the mark, so "." starts the next line).
    # Written as flat ODT, since HTML has no footnotes; LibreOffice only.
    "word-footnotes": {
        "producers": ["libreoffice"],
        "fodt": "".join(
            f"""<text:p text:style-name="{'Break' if n else 'Heading'}">{area}</text:p>
<text:p text:style-name="Standard">The constabulary deals with most {what} promptly<text:note text:id="n{2 * n + 1}" text:note-class="footnote"><text:note-citation>{2 * n + 1}</text:note-citation><text:note-body><text:p text:style-name="Footnote">{notes[0]}</text:p></text:note-body></text:note>. {who} review the plan for each case within a week, and victims are told who is dealing with their report. The constabulary took part in the 2024 national audit of crime files<text:note text:id="n{2 * n + 2}" text:note-class="footnote"><text:note-citation>{2 * n + 2}</text:note-citation><text:note-body><text:p text:style-name="Footnote">{notes[1]}</text:p></text:note-body></text:note> and most of {its} files met the standard.</text:p>
<text:p text:style-name="Standard">In {k} of the {of} files we reviewed, the reason for closing the case was missing.</text:p>"""
            for n, (area, what, who, its, k, of, notes) in enumerate([
                ("Investigating crime", "burglaries", "Supervisors", "its", 12, 60,
                 ("Figures supplied by the constabulary for the year to March 2025.",
                  "The audit covered a sample of files from every force in England and Wales.")),
                ("Protecting vulnerable people", "reports of stalking", "Sergeants", "the stalking", 9, 45,
                 ("Stalking reports rose by a fifth over the same period.",
                  "Our own review of thirty stalking cases, carried out in May 2025.")),
                ("Responding to the public", "calls about disorder", "Inspectors", "the disorder", 7, 50,
                 ("Calls logged as disorder between April and June 2025.",
                  "The sample excluded calls transferred from other forces.")),
            ])),
        "sentences": [
            "The constabulary deals with most burglaries promptly.",
            "Sergeants review the plan for each case within a week, and victims are told who is dealing with "
            "their report.",
            "The constabulary took part in the 2024 national audit of crime files and most of the disorder "
            "files met the standard.",
            "In 7 of the 50 files we reviewed, the reason for closing the case was missing.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["Figures supplied", "The audit covered", "Stalking reports rose", "Our own review",
                   "Calls logged", "The sample excluded", "Page 2", "Harrowby Constabulary: PEEL"],
        "sections": {"In 9 of the 45 files we reviewed, the reason for closing the case was missing.":
                     "Protecting vulnerable people",
                     "The constabulary deals with most burglaries promptly.": "Investigating crime"},
    },
    # Word's bullets: a symbol-font dot at the first level, Courier New "o" at the second
    "word-nested-bullets": {
        "producers": ["libreoffice"],
        "fodt": """<text:p text:style-name="Heading">Protecting vulnerable people</text:p>
<text:p text:style-name="Standard">We found several things the force does well.</text:p>
<text:list text:style-name="Bullets">
<text:list-item><text:p text:style-name="Standard">Call handlers ask every caller a set of questions about risk.</text:p>
<text:list><text:list-item><text:p text:style-name="Standard">They record the answers on the incident log.</text:p>\
</text:list-item>
<text:list-item><text:p text:style-name="Standard">Supervisors check a sample of logs every week.</text:p></text:list-item>\
</text:list></text:list-item>
<text:list-item><text:p text:style-name="Standard">The force shares information with the council every day.</text:p>\
</text:list-item>
</text:list>
<text:p text:style-name="Standard">The force should now check that the questions are asked in every call.</text:p>""",
        "sentences": ["We found several things the force does well.",
                      "The force should now check that the questions are asked in every call."],
        "bullets": ["Call handlers ask every caller a set of questions about risk.",
                    "They record the answers on the incident log.",
                    "Supervisors check a sample of logs every week.",
                    "The force shares information with the council every day."],
        "grades": {},
        "absent": [],
    },
    # footnote marks raised in smaller type inside a sentence and after its full stop: PDFium
    # breaks the line at each, so the sentence comes in pieces side by side. Chromium only:
    # LibreOffice does not place the notes at the foot of the page from HTML (its real
    # footnotes are in word-footnotes).
    "superscript-marks": {
        "producers": ["chromium"],
        "html": f"""<h1>PEEL 2023–25: An inspection of Pellworth Constabulary</h1>
<p>{NOTICE}</p><p>November 2025</p>
<h2>Investigating crime</h2>
<p>We reviewed 80 investigations and found that 52 of them had been supervised well.<sup>1</sup> Officers told us that the guidance on the Victims' Code<sup>2</sup> is not always easy to follow, and supervisors said the same about the national standard<sup>3,4</sup> for case files.</p>
<p>The constabulary should make sure that victims are told when a case is closed.</p>
<div style="position:absolute;top:880px;font-size:8pt"><p>1 The sample covered cases closed in the first half of
2025.<br>2 The code sets out what victims are entitled to.<br>3 Published by the College of Policing.<br>4 Revised
in 2024.</p></div>""",
        "sentences": [
            "We reviewed 80 investigations and found that 52 of them had been supervised well.",
            "Officers told us that the guidance on the Victims' Code is not always easy to follow, and supervisors "
            "said the same about the national standard for case files.",
            "The constabulary should make sure that victims are told when a case is closed.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["The sample covered", "Published by the College"],
    },
    # a letter typed in a word processor with no space between its lines: the letterhead,
    # the addressee, the date and the salutation run into the first sentence
    "word-letter": {
        "producers": ["libreoffice"],
        "fodt": """<text:p text:style-name="Standard">His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue \
Services<text:line-break/>4 Example Court, Farhaven FH1 2AB<text:line-break/>Email: letters@example.org\
<text:line-break/><text:line-break/>Chief Constable Rhiannon Vale<text:line-break/>Tarnbury Constabulary\
<text:line-break/>3 May 2025<text:line-break/><text:line-break/>Dear Chief Constable,<text:line-break/>In 2024 we \
found a cause of concern about how the constabulary supervises investigations. We have now revisited it and \
found that every open case has a supervisor's review on file.</text:p>
<text:p text:style-name="Standard">I have decided to close the cause of concern.</text:p>
<text:p text:style-name="Standard">Yours sincerely,<text:line-break/>Jo Example<text:line-break/>His Majesty's \
Inspector of Constabulary</text:p>
<text:p text:style-name="Standard">cc: the police and crime commissioner for Tarnbury</text:p>""",
        "sentences": [
            "In 2024 we found a cause of concern about how the constabulary supervises investigations.",
            "We have now revisited it and found that every open case has a supervisor's review on file.",
            "I have decided to close the cause of concern.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["Dear Chief Constable", "Yours sincerely", "Jo Example", "Farhaven", "cc:",
                   "Chief Constable Rhiannon Vale"],
    },
    # a box floated beside a paragraph that wraps round it and runs full width below it;
    # the box's bold title is in the box's smaller type, over its text
    "box-title-wrap": {
        "producers": ["chromium"],
        "html": f"""<h1>PEEL 2023–25: An inspection of Corvell Police</h1>
<p>{NOTICE}</p><p>December 2025</p>
<h2>Preventing crime and anti-social behaviour</h2>
<div style="float:right;width:42%;margin:0 0 8px 14px;padding:6px;background:#eef;font-size:0.85em">
<p style="margin:0"><b>Case study: Operation Kestrel</b></p>
<p style="margin:0">Operation Kestrel set out to stop thefts of tools from vans on new housing estates. Officers marked tools with the owners' postcodes and ran late patrols where thefts had clustered. Thefts fell by half in six months.</p></div>
<p>Corvell Police is good at preventing crime. Its neighbourhood teams know the people they serve and solve problems with the district councils, housing providers and schools. They choose their tactics from the evidence of what works and check the results afterwards. Officers told us they had time for this work because they are rarely moved to cover response shifts. The force should now share what its teams learn, so that a tactic that works in one district is tried in the others. It has begun to record problem-solving plans in one system, which will make this easier.</p>""",
        "sentences": [
            "Operation Kestrel set out to stop thefts of tools from vans on new housing estates.",
            "Thefts fell by half in six months.",
            "Corvell Police is good at preventing crime.",
            "It has begun to record problem-solving plans in one system, which will make this easier.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        "sections": {"Operation Kestrel set out to stop thefts of tools from vans on new housing estates.":
                     "Case study: Operation Kestrel",
                     "Corvell Police is good at preventing crime.": "Preventing crime and anti-social behaviour",
                     "It has begun to record problem-solving plans in one system, which will make this easier.":
                     "Preventing crime and anti-social behaviour"},
    },
    # a table with the area in its first column and sentences in the cells beside it:
    # Chromium sets each label in the middle of its row, written before the text that
    # starts higher up beside it. (LibreOffice writes a one-line label and the first
    # line of its text as one line with a narrow gap, which is still read as one: no
    # fixture for it yet.)
    "table-row-labels": {
        "producers": ["chromium"],
        "html": f"""<h1>PEEL 2023–25: An inspection of Dunmere Police</h1>
<p>{NOTICE}</p><p>January 2026</p>
<h2>Summary of findings</h2>
<table style="width:100%;border-collapse:collapse" border="1">
<tr><th style="width:40%">Area</th><th>What we found</th></tr>
<tr><td>Responding to the public</td><td>The force answers most emergency calls within ten seconds. Call handlers ask each caller about risk and write the answers on the log before an officer is sent.</td></tr>
<tr><td>Investigating crime</td><td>Investigators in the burglary team hold too many cases at once. Some files were not reviewed by a supervisor for more than a month after they were opened.</td></tr>
</table>
<p>We will look at these areas again in our next inspection.</p>""",
        "sentences": [
            "The force answers most emergency calls within ten seconds.",
            "Call handlers ask each caller about risk and write the answers on the log before an officer is sent.",
            "Investigators in the burglary team hold too many cases at once.",
            "Some files were not reviewed by a supervisor for more than a month after they were opened.",
            "We will look at these areas again in our next inspection.",
        ],
        "bullets": [],
        "grades": {},
        "absent": ["Responding to the public The force", "Investigating crime Investigators"],
        "sections": {"The force answers most emergency calls within ten seconds.": "Responding to the public",
                     "Investigators in the burglary team hold too many cases at once.": "Investigating crime"},
    },
    # justified text in a narrow column, broken at soft hyphens (Chromium draws the break
    # as U+2010) and at the hyphens of compound words, which must stay
    "soft-hyphens": {
        "html": f"""<h1>PEEL 2023–25: An inspection of Marlcombe Police</h1>
<p>{NOTICE}</p><p>October 2025</p>
<h2>Investigating crime</h2>
<div style="width:170px;text-align:justify">
<p>The po&shy;lice force in&shy;ves&shy;ti&shy;gates burglaries thor&shy;ough&shy;ly, and its super&shy;visors re&shy;view every in&shy;ves&shy;ti&shy;ga&shy;tion plan with&shy;in a week. Its long-term approach to anti-social behaviour is well-founded and evidence-based, and the co-ordination with housing officers is close. Around 30 per cent of the case load is held by newly qualified detec&shy;tives in the safe&shy;guarding unit.</p>
</div>""",
        "sentences": [
            "The police force investigates burglaries thoroughly, and its supervisors review every investigation "
            "plan within a week.",
            "Its long-term approach to anti-social behaviour is well-founded and evidence-based, and the "
            "co-ordination with housing officers is close.",
            "Around 30 per cent of the case load is held by newly qualified detectives in the safeguarding unit.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
    },
    # desktop-publishing frames are written in the order they were made, not the order they
    # are read: here the right-hand column is written before the left-hand one (two frames
    # placed by position; Chromium paints them in source order, the right-hand one first).
    # Only Chromium: a word processor has no such layout and writes the text in source order.
    "columns-reversed": {
        "producers": ["chromium"],
        "html": f"""<h1>PEEL 2023–25: An inspection of Harrowby Constabulary</h1>
<p>{NOTICE}</p><p>September 2025</p>
<h2>Summary of findings</h2>
<div style="position:relative;height:330px">
<div style="position:absolute;left:52%;width:48%;top:0">
<p>The constabulary has cut the time victims wait for an officer to arrive at a burglary. Most victims now see an officer on the day they call.</p>
<p>Its investigators still carry too many cases at once. Some files sit for weeks before anyone reviews them, and victims are not told why.</p>
<p>The constabulary should set a limit on the number of cases each investigator holds.</p>
</div>
<div style="position:absolute;left:0;width:48%;top:0">
<p>Harrowby Constabulary answers emergency calls quickly and sends the right people to them. Call handlers ask every caller about risk and record the answers.</p>
<p>Neighbourhood teams know the places where disorder keeps returning. They work with the district council to close the alleys that draw it at night.</p>
<p>Supervisors in the control room review the calls that were not answered within the target time.</p>
</div>
</div>
<p>We will return to Harrowby Constabulary next year to see how far these changes have gone.</p>""",
        "sentences": [
            "Harrowby Constabulary answers emergency calls quickly and sends the right people to them.",
            "Call handlers ask every caller about risk and record the answers.",
            "Neighbourhood teams know the places where disorder keeps returning.",
            "They work with the district council to close the alleys that draw it at night.",
            "Supervisors in the control room review the calls that were not answered within the target time.",
            "The constabulary has cut the time victims wait for an officer to arrive at a burglary.",
            "Most victims now see an officer on the day they call.",
            "Its investigators still carry too many cases at once.",
            "Some files sit for weeks before anyone reviews them, and victims are not told why.",
            "The constabulary should set a limit on the number of cases each investigator holds.",
            "We will return to Harrowby Constabulary next year to see how far these changes have gone.",
        ],
        "bullets": [],
        "grades": {},
        "absent": [],
        # read as it stands on the page: the left-hand column, then the right, then the text below
        "in_order": [["Harrowby Constabulary answers emergency calls quickly and sends the right people to them.",
                      "Supervisors in the control room review the calls that were not answered within the target "
                      "time.",
                      "The constabulary has cut the time victims wait for an officer to arrive at a burglary.",
                      "The constabulary should set a limit on the number of cases each investigator holds.",
                      "We will return to Harrowby Constabulary next year to see how far these changes have gone."]],
    },
    # desktop publishing: Scribus documents of bench/probe2 and probe3 (each written by a
    # helper who had not seen the reader), one fixture per class of layout they showed
    "dtp-hyphens": {
        # Scribus maps its hyphen glyph to U+00AD: drawn inside a line, it is a hyphen
        "producers": ["scribus"], "probe": "probe2/d01_cover_columns",
        "sentences": [
            "The force abandons too many non-emergency calls.",
            "The force's multi-agency safeguarding hub is well organised and appropriately staffed.",
            "Its offender managers carry manageable caseloads, and home visits are risk-based and unannounced "
            "where appropriate.",
            # its drop cap is set at "10.5 Tf" scaled fivefold by the text matrix: the line
            # it starts keeps the body's size, and is no heading
            "Corvane Police has made steady progress since our last inspection, but some of its improvements "
            "are recent and not yet embedded across every district.",
        ],
        "bullets": [], "grades": {}, "absent": ["nonemergency", "multiagency"],
    },
    "dtp-raised-marks": {
        # footnote marks raised by scaling the glyph, in the text's own type size
        "producers": ["scribus"], "probe": "probe2/d06_numbered_footnotes",
        "sentences": [
            "Accurate recording matters because it gives victims access to the services they are entitled to, "
            "and because it gives the force and the public a true picture of crime.",
            "This is an improvement on the eighty-five percent we found at our last inspection.",
        ],
        "bullets": [], "grades": {}, "absent": ["entitled to1", "2 This is"],
    },
    "dtp-box-and-caption": {
        # a pull quote set into a sentence across two columns; a figure caption at the foot of
        # a page between a sentence and its end on the next page
        "producers": ["scribus"], "probe": "probe2/d02_three_columns",
        "sentences": [
            "Independent interviews were offered in most cases, but fewer than half of the children took them "
            "up, and the findings were not always shared with the force.",
            "To build on this, it needs to improve how supervisors oversee investigations and how it records and "
            "shares what it learns when a person comes home.",
        ],
        "bullets": [], "grades": {}, "absent": ["Figure 1:", "4,100 missing person reports"],
    },
    "dtp-figures": {
        "producers": ["scribus"], "probe": "probe2/d08_figures",
        "sentences": [
            "Its safety camera partnership processes speeding offences efficiently, and offenders are offered "
            "education courses where appropriate.",
        ],
        "bullets": [], "grades": {}, "absent": ["Photograph:", "Year Collisions", "injury, by year"],
    },
    "dtp-table-sentences": {
        # a table whose text cells are set larger than the body: sentences, not headings
        "producers": ["scribus"], "probe": "probe2/d04_judgements",
        "sentences": [
            "Officers recognise vulnerability well.",
            "Safeguarding referrals are sometimes delayed at weekends.",
            "The force does not manage its backlog of outstanding suspects effectively.",
        ],
        "bullets": [],
        "grades": {"investigating_crime": "good", "protecting_vulnerable": "requires improvement",
                   "responding_to_public": "adequate", "managing_offenders": "inadequate",
                   "preventing_crime": "outstanding", "workforce": "good"},
        "absent": [],
    },
    "dtp-symbol-font-bullets": {
        # bullets set in a dingbat font by its own codes ("Ø", "u"), in a letter
        "producers": ["scribus"], "probe": "probe3/e04_letter",
        "sentences": [],
        "bullets": ["The central team checks incident logs within 24 hours of the incident being closed.",
                    "Online stalking is often recorded as a less serious communications offence."],
        "grades": {}, "absent": ["Ø ", "u Online"],
    },
    "dtp-key-facts": {
        # a panel of key figures just below a paragraph: the figures are labels, the prose stays
        "producers": ["scribus"], "probe": "probe3/e02_two_column_thematic",
        "sentences": ["Both forces require officers to switch on body-worn video before a search begins."],
        "bullets": [], "grades": {}, "absent": [],
    },
    "dtp-margin-notes": {
        # a note and a pull-out in the right margin, at the foot of a page whose last sentence
        # goes on over the page
        "producers": ["scribus"], "probe": "probe3/e01_peel_margin",
        "sentences": ["The force’s medium-term financial plan relies on savings that have not yet been identified."],
        "bullets": [],
        # the document's own judgements table
        "grades": {"treating_public_fairly": "good", "preventing_crime": "adequate",
                   "responding_to_public": "requires improvement", "investigating_crime": "adequate",
                   "protecting_vulnerable": "requires improvement", "managing_offenders": "good",
                   "workforce": "adequate", "leadership": "inadequate"},
        "absent": ["not yet Note"],
    },
    "dtp-side-headings": {
        # headings set in a left margin column beside numbered paragraphs
        "producers": ["scribus"], "probe": "probe3/e06_bullets_numbered",
        "sentences": ["Thornleigh Police answers emergency calls promptly."],
        "bullets": [], "grades": {}, "absent": ["Non-emergency contact 2.1"],
    },
    "dtp-box-tab-bullets": {
        # bullets followed by a tab in a box of areas for improvement: a list, not a table
        "producers": ["scribus"], "probe": "probe4/s01_peel_annual",
        "sentences": [],
        "bullets": ["The force should improve how quickly it answers non-emergency calls.",
                    "By June 2026, Harwick Vale Police should make sure that victims are told when their "
                    "investigation is closed and why."],
        # the document's own judgements table
        "grades": {"responding_to_public": "adequate", "investigating_crime": "requires improvement",
                   "protecting_vulnerable": "good", "managing_offenders": "adequate",
                   "leadership": "requires improvement", "workforce": "good"},
        "absent": [],
    },
    "dtp-ragged-hyphens": {
        # ragged-right columns hyphenated with a plain "-" after what looks like a prefix
        "producers": ["scribus"], "probe": "probe4/s04_three_column_custody",
        "sentences": ["This was an unannounced inspection of police custody in Tillingbourne Police.",
                      "In three cases we examined, a person was brought into custody when a health setting "
                      "would have been more suitable.",
                      "Detainees under the age of eighteen were almost always held overnight when charged and "
                      "refused bail."],
        "bullets": [], "grades": {}, "absent": ["in-spection", "ex-amined", "eight-een"],
    },
    "word-judgement-summaries": {
        # Word: a judgements table whose rows give the area, its grade and a summary
        "producers": ["word"], "probe": "probe4/w02_judgement_table",
        "sentences": ["The force works closely with schools and youth services to divert children from crime.",
                      "Victims are not always updated on the progress of their case.",
                      "Officers identify vulnerability well at the first point of contact."],
        "bullets": [],
        "grades": {"preventing_crime": "good", "responding_to_public": "adequate",
                   "investigating_crime": "requires improvement", "protecting_vulnerable": "good"},
        "absent": ["Preventing crime Good", "Investigating crime Requires improvement"],
    },
    "dtp-recommendation-boxes": {
        # boxes of recommendations in small type in the lower half of a page: one with text
        # below it, one at the very foot under its own title; neither is a footnote
        "producers": ["scribus"], "probe": "probe4/s03_thematic_numbered",
        "sentences": ["By June 2026, chief constables should make sure that call handlers and frontline officers "
                      "are trained to recognise the difference between stalking and harassment.",
                      "By March 2027, forces should treat every reported breach of a protective order as a new "
                      "crime and investigate it."],
        "bullets": [], "grades": {}, "absent": [],
    },
    "dtp-bullets": {
        # bullets in a private-use symbol font and in dingbats, with hanging indents made by tabs
        "producers": ["scribus"], "probe": "probe2/d05_bullets",
        "sentences": ["We found a mixed picture, with good practice in some areas and significant weaknesses "
                      "in others."],
        "bullets": ["The force vets all new recruits before they start work.",
                    "Only a small proportion of searches on the intelligence system are audited.",
                    "Charities know how to pass concerns about officers to the unit."],
        "grades": {}, "absent": [],
    },
    # probe5's documents (bench/probe5/build.sh makes them; their PDFs are copied here)
    "fpdf-quote-attribution": {
        # fpdf2 (probe7): testimony set off by a bar, then "— Response sergeant, focus group"
        "producers": ["fpdf2"], "probe_pdf": "probe7/f03_workforce_cressing",
        "sentences": ["The support is there if you can find it, but nobody has the time to go looking."],
        "bullets": ["counselling for officers and staff who have attended traumatic incidents;"],
        "grades": {},
        "absent": ["Response sergeant, focus group", "third-party copyright information"],
    },
    "fpdf-action-plan-table": {
        # fpdf2 (probe7): Ref | Action | Owner | Due | Progress, the progress cell set higher
        # than the row's label cells: the labels are the table's, the progress a sentence
        "producers": ["fpdf2"], "probe_pdf": "probe7/f02_letter_aldwater",
        "sentences": ["Temporary staff have been recruited to the vetting unit.",
                      "The force has bought a licence for the software, but installation has been delayed "
                      "until the autumn."],
        "bullets": ["more than 300 officers and staff were working with expired vetting clearance;"],
        "grades": {},
        "absent": ["V1 Vetting backlog recovery", "Head of vetting Sep 2025"],
    },
    "typst-judgement-summary-table": {
        # Typst (probe7): Expectation area | Judgement | Summary, the summary wrapping in its
        # own column: the area is the row's heading, the judgement no part of the sentence
        "producers": ["typst"], "probe_pdf": "probe7/t03_custody_wexmoor",
        "sentences": ["Officers considered alternatives to custody for most children and for people in mental "
                      "health crisis.",
                      "Health care was prompt and professional, and detainees had good access to mental health "
                      "practitioners."],
        "bullets": ["good use of interpreting services for detainees who did not speak English;"],
        "grades": {},
        "absent": ["Met Officers considered", "Met Health care"],
    },
    "cairo-size-in-text-matrix": {
        # cairo with Pango (probe9): every run set at "1 Tf" with the size in the text matrix,
        # letters placed at whole points; text frames drawn out of reading order
        "producers": ["cairo"], "probe_pdf": "probe9/k03_spotlight_ferncombe",
        "sentences": ["The force uses a problem-solving approach to tackle the causes of crime and anti-social "
                      "behaviour.",
                      "Officers are too often taken away from their neighbourhoods to cover shortages on response "
                      "teams.",
                      "We will publish a full report on the force’s performance later in 2026."],
        "bullets": ["housing providers and the local authority;"],
        # as the document's grade table prints them
        "grades": {"preventing_crime": "good", "responding_to_public": "adequate",
                   "treating_public_fairly": "outstanding"},
        "absent": ["T he ", "com m unit", " i n the", "per form ance"],
    },
    "cairo-pull-quote-between-columns": {
        # cairo with Pango (probe9): a pull-quote drawn between the foot of the left column
        # and the top of the right one, where a sentence runs on
        "producers": ["cairo"], "probe_pdf": "probe9/k01_peel_kestrelvale",
        "sentences": ["The force has invested £2.3 million in a new crime management system, and supervisors can "
                      "now see at a glance which investigations are overdue for review."],
        "bullets": ["did not always check the force’s records for previous incidents at the address;"],
        # as the document's grade table prints them
        "grades": {"responding_to_public": "adequate", "investigating_crime": "requires improvement",
                   "protecting_vulnerable": "good"},
        "absent": ["review. This is a promising"],
    },
    "cairo-letter-page-two-header": {
        # cairo with Pango (probe9): a letter whose second page alone has a running header,
        # its title and "Page 2 of 2" apart, where a sentence hyphenated across the pages goes on
        "producers": ["cairo"], "probe_pdf": "probe9/k02_letter_pellmoor",
        "sentences": ["The force should review how it grades this intelligence and make sure that supervisors are "
                      "told when one of their team is the subject of a report."],
        "bullets": [],
        "grades": {},
        "absent": ["Page 2 of 2", "Pellmoor Constabulary —"],
    },
    "abiword-size-in-text-matrix": {
        # AbiWord (probe9), drawn through cairo: the same "1 Tf" runs, in a letter
        "producers": ["abiword"], "probe_pdf": "probe9/a02_letter_thornmere",
        "sentences": ["Overall, I am pleased to report that the force has made good progress.",
                      "The first cause of concern was about the use of force in custody.",
                      "It is too early to judge its effect."],
        "bullets": ["it has trained all custody sergeants in the use of the revised risk assessment;"],
        "grades": {},
        "absent": ["Dear ", "Yours sincerely"],
    },
    "abiword-numbered-paragraphs-marks": {
        # AbiWord (probe9): paragraph numbers hanging apart from their text, which the reader
        # takes as cells; the footnote mark in smaller type inside such a line goes from them too
        "producers": ["abiword"], "probe_pdf": "probe9/a01_peel_brackenmoor",
        "sentences": ["Neighbourhood officers in Orwick have built strong links with schools and youth clubs, and "
                      "this has helped them to identify children at risk of exploitation."],
        "bullets": [],
        # as the document's grade table prints them
        "grades": {"preventing_crime": "good", "investigating_crime": "requires improvement",
                   "protecting_vulnerable": "adequate", "leadership": "good"},
        "absent": ["schools2", "3.2 Neighbourhood"],
    },
    "abiword-findings-table-not-details": {
        # AbiWord (probe9): a two-column table "Force | Summary of findings" whose summaries
        # run as prose: a table of findings to read, not a details table to drop; and ♦ bullets
        "producers": ["abiword"], "probe_pdf": "probe9/a03_thematic_stalking",
        "sentences": ["The force has trained 600 officers in recognising stalking, but the training was delivered "
                      "online and few could recall it."],
        "bullets": ["having a single officer who knew their case;"],
        "grades": {},
        "absent": ["Ashgrove The force"],
    },
    "distilled-generated-letters": {
        # LibreOffice through pdftops and Ghostscript (probe10): lines that PDFium starts with
        # letters of its own making (generated, size 1), which had set the line's type size
        "producers": ["distilled"], "probe_pdf": "probe10/d01_peel_glenharrow",
        "sentences": ["The force is efficient and well-led, and it has made real improvements to the way it answers "
                      "emergency calls."],
        "bullets": ["train all new sergeants in the supervision of investigations;"],
        # as the document's grade table prints them
        "grades": {"responding_to_public": "good", "investigating_crime": "requires improvement",
                   "preventing_crime": "adequate"},
        "absent": ["p e riods", "a t hospitals"],
    },
    "wkhtmltopdf-contents-numbers-apart": {
        # wkhtmltopdf (probe10): a contents page whose spaced dot leaders end the line, the
        # page numbers standing in a column of their own
        "producers": ["wkhtmltopdf"], "probe_pdf": "probe10/h01_peel_merrowvale",
        "sentences": ["The force is well-led, and its officers and staff are proud to work for it."],
        "bullets": [],
        # as the document's grade table prints them
        "grades": {"responding_to_public": "good", "investigating_crime": "requires improvement",
                   "protecting_vulnerable": "good", "managing_offenders": "adequate"},
        "absent": [". . . . ."],
    },
    "post-processed-url-breaks": {
        # LibreOffice output re-rendered through pdftocairo (probe11): the text layer holds a
        # space after every break point of a web address, and the address breaks at a hyphen
        "producers": ["postprocessed"], "probe_pdf": "probe11/x02_letter_fennickbay",
        "sentences": ["You can read our original report at https://www.justiceinspectorates.gov.uk/hmicfrs/"
                      "publications/fennick-bay-police-hate-crime-follow-up-inspection-2026/.",
                      "Community leaders told us that officers now attend their meetings regularly and follow up "
                      "on the concerns they raise."],
        "bullets": [],
        "grades": {},
        "absent": ["www. justiceinspectorates", "fennick- bay"],
    },
    "qt-margin-label-and-joined-lines": {
        # Qt's QPdfWriter (probe11): a label turned up the left margin; a paragraph's last
        # line written together with the next paragraph's first, a baseline apart; body text
        # set one-and-a-half spaced beside single-spaced bullets
        "producers": ["qt"], "probe_pdf": "probe11/q02_letter_penhallow",
        "sentences": ["Thank you for welcoming our team to Penhallow during the week of 9 February.",
                      "When we inspected the force in 2024, we found that stalking was often recorded as a lesser "
                      "offence, and that victims were rarely given protection orders.",
                      "During our visit we also looked at how the force deals with breaches of protection orders."],
        "bullets": ["has applied for 47 stalking protection orders in the last year, compared with six the year "
                    "before."],
        "grades": {},
        "absent": ["SENSITIVE", "REVISITLETTER"],
    },
    "fop-findings-table-without-verb": {
        # Apache FOP (probe11): a two-column table "Area for improvement | What we found" whose
        # finding's first line holds no auxiliary verb; a table of findings, not of details
        "producers": ["fop"], "probe_pdf": "probe11/f01_peel_harlowmere",
        "sentences": ["The force now audits a sample of crime reports every week, and its recording accuracy has "
                      "risen to 94 per cent."],
        "bullets": [],
        # as the document's grade table prints them
        "grades": {"crime_recording": "good", "responding_to_public": "good", "investigating_crime": "adequate",
                   "protecting_vulnerable": "requires improvement", "managing_offenders": "adequate",
                   "workforce": "good"},
        "absent": [],
    },
    "ghostscript-notes-run-over": {
        # LibreOffice output re-distilled by Ghostscript (probe11): the last notes stand alone at
        # the top of the final page, in note type, numbered on from the page before
        "producers": ["postprocessed"], "probe_pdf": "probe11/x03_spotlight_thornabymarsh",
        "sentences": ["This is one of a series of short reports on neighbourhood policing that we are publishing "
                      "during 2026."],
        "bullets": [],
        "grades": {},
        "absent": ["off-road bikes in this area fell from 112", "Closure orders made under"],
    },
    "qt-drawn-bullets-nested": {
        # Qt's QPdfWriter (probe11): list markers drawn as shapes, not written, so only the
        # indents show where an item and its nested list begin and end
        "producers": ["qt"], "probe_pdf": "probe11/q01_peel_tollemarsh",
        "sentences": ["did not always have the skills to examine the devices an offender owned, including:",
                      "smartphones and tablets;", "games consoles that can connect to the internet.",
                      "had received no refresher training for three years."],
        "bullets": [],
        # as the document's grade table prints them
        "grades": {"treating_public_fairly": "adequate", "preventing_crime": "good", "responding_to_public": "good",
                   "investigating_crime": "adequate", "managing_offenders": "requires improvement",
                   "workforce": "good"},
        "absent": ["including: smartphones", "internet. had received"],
    },
    "fop-key-figure-callout": {
        # Apache FOP (probe11): "62%" set large beside a caption that reads like a sentence
        "producers": ["fop"], "probe_pdf": "probe11/f03_spotlight_orrinsford",
        "sentences": ["We wanted to find out whether farmers, gamekeepers and village residents get the same service "
                      "from the police as people in the towns.",
                      "The force has a rural crime team of nine officers and two police staff, based at Hollins Cross."],
        "bullets": [],
        "grades": {},
        "absent": ["of the farmers who answered our survey", "past two years"],
    },
    "itext-letter-page-two-header": {
        # iText 5 (probe12): a two-page letter's page 2 header, small and alone at the top and
        # drawn after the page's text, repeated on no other page; a sentence crosses the page
        "producers": ["itext"], "probe_pdf": "probe12/i02_letter_kestreven",
        "sentences": ["The force has also published clear guidance on the declaration of business interests and "
                      "associations."],
        "bullets": [],
        "grades": {},
        "absent": ["counter-corruption revisit"],
    },
    "context-letter-page-two-header": {
        # ConTeXt (probe12): the same class from another producer: "Force · subject · date"
        # at the top of page 2 only, with no spaces in the text layer
        "producers": ["context"], "probe_pdf": "probe12/n03_letter_selvanby",
        "sentences": ["I would be grateful if you could write to me by 31 July 2026 to set out how the force "
                      "intends to reduce the time taken to complete fatal collision investigations."],
        "bullets": [],
        "grades": {},
        "absent": ["road safety revisit"],
    },
    "itext-numbered-table-row": {
        # iText 5 (probe12): a table "No. | Recommendation | Our assessment" whose one-line row
        # holds its number, its label and a whole sentence
        "producers": ["itext"], "probe_pdf": "probe12/i02_letter_kestreven",
        "sentences": ["The force has fully met this recommendation."],
        "bullets": [],
        "grades": {},
        "absent": ["Vetting backlog The force"],
    },
    "context-box-title-smaller-than-text": {
        # ConTeXt (probe12): a shaded "Key finding" box whose bold title is set a point smaller
        # than the text under it
        "producers": ["context"], "probe_pdf": "probe12/n02_thematic_tarrowby",
        "sentences": ["Repeated episodes of going missing can be a sign that a child is being exploited, and they "
                      "should increase, not reduce, the assessed level of risk."],
        "bullets": [],
        "grades": {},
        "absent": ["Key finding Repeated"],
    },
    "draw-key-figure-caption": {
        # LibreOffice Draw (probe12): "87%" and its caption "of the events we sampled had a
        # written policing plan …" in frames of their own, the caption unpunctuated
        "producers": ["draw"], "probe_pdf": "probe12/v01_summary_wrenmoor",
        "sentences": ["During the show itself, officers told us that they had:"],
        "bullets": ["known who to contact if a child was reported lost."],
        "grades": {},
        "absent": ["of the events we sampled had a written policing plan"],
    },
    "fop-url-line-break": {
        # Apache FOP (probe11): a web address broken after a dot at the line end
        "producers": ["fop"], "probe_pdf": "probe11/f02_letter_quenby",
        "sentences": ["Our full findings, with the evidence we gathered, are published at https://www."
                      "justiceinspectorates.gov.uk/hmicfrs/publications/quenby-police-custody-follow-up-2026/."],
        "bullets": [],
        "grades": {},
        "absent": ["justiceinspectorates. gov"],
    },
    "lualatex-row-labels-in-one-run": {
        # LuaLaTeX (probe9): a booktabs table whose rows are "label | text", each row written
        # as one run with its column gap a kern, so PDFium sees one box; the text's second
        # line, starting where its cell starts, shows the gap
        "producers": ["lualatex"], "probe_pdf": "probe9/u02_letter_oakmere",
        "sentences": ["The force now checks its records for previous calls from the same number, but the check is "
                      "manual and not always done.",
                      "Call handlers ring back callers whose response has been delayed, and we saw this done well "
                      "in most of the calls we reviewed."],
        "bullets": [],
        "grades": {},
        "absent": ["Repeat callers The force", "Call-backs Call handlers"],
    },
    "groff-label-column": {
        # groff -ms through Ghostscript (probe8): a force-name column beside findings that
        # wrap in their own column
        "producers": ["groff"], "probe_pdf": "probe8/g03_thematic_fraud",
        "sentences": ["Merrowdown Police made good use of volunteers but had too few investigators to pursue "
                      "offenders."],
        "bullets": [],
        "grades": {},
        "absent": ["Merrowdown Police Merrowdown Police", "Aldbrook Police Aldbrook Police"],
    },
    "latex-page-number-footer": {
        # pdfLaTeX (probe8): "Page N" set well above the margin band TeX leaves, under the
        # footnotes; a sentence whose first word ends a page; a back cover
        "producers": ["latex"], "probe_pdf": "probe8/l01_peel_ravensmoor",
        "sentences": ["Control room staff told us that they often felt they were ‘firefighting’ rather than giving "
                      "callers the service they deserved."],
        "bullets": [],
        # as the document's grade table prints them
        "grades": {"crime_recording": "good", "treating_public_fairly": "adequate", "preventing_crime": "good",
                   "responding_to_public": "requires improvement", "investigating_crime": "adequate",
                   "protecting_vulnerable": "requires improvement", "managing_offenders": "good",
                   "workforce": "adequate", "use_of_resources": "inadequate"},
        "absent": ["Page 3", "Page 4", "Figures supplied by Ravensmoor", "free of charge", "Enquiries"],
    },
    "latex-bold-row-labels": {
        # pdfLaTeX (probe8): a table without rules whose row labels are bold, beside the
        # text (a long label wraps; a short one shares the text's first line as a run-in)
        "producers": ["latex"], "probe_pdf": "probe8/l04_custody_harrowfield",
        "sentences": ["Officers generally made good decisions about whether to bring people into custody.",
                      "Detainees were treated respectfully, although booking-in areas offered little privacy.",
                      "Cells were clean, but observation of detainees at risk was sometimes missed or recorded late."],
        "bullets": [], "grades": {},
        "absent": ["first point of contact Officers", "legal rights Detainees", "health care Cells"],
        "sections": {"Officers generally made good decisions about whether to bring people into custody.":
                     "Pre-custody: first point of contact",
                     "Detainees were treated respectfully, although booking-in areas offered little privacy.":
                     "In the custody suite: booking in, individual needs and legal rights"},
    },
    "latex-bitmap-bullets": {
        # pdfLaTeX (probe8): bullets drawn from a generated bitmap (Type 3) font, which the
        # text layer gives as a C1 control code
        "producers": ["latex"], "probe_pdf": "probe8/l05_revisit_oakhurst",
        "sentences": [],
        "bullets": ["Neighbourhood officers now visit the five children’s homes in the force area every week.",
                    "The force shares information about missing children with neighbouring forces through a "
                    "secure weekly bulletin."],
        "grades": {}, "absent": [],
    },
    "groff-pen-moved-spaces": {
        # groff -ms through Ghostscript (probe8): justified lines whose word spaces are pen
        # moves with no space character ("wewrote"), and spaces whose advance the next
        # letter takes back ("retur ned")
        "producers": ["groff"], "probe_pdf": "probe8/g02_revisit_calderwick",
        "sentences": ["In September 2024 we wrote to you to set out a cause of concern about how Calderwick "
                      "Constabulary safeguards victims of domestic abuse.",
                      "We returned to the force in October 2025 to find out what progress it had made.",
                      "One woman, who had reported abuse several times over five years, described her most recent "
                      "contact with the police:",
                      "appointed four domestic abuse coordinators, one for each district;"],
        "bullets": [], "grades": {}, "absent": ["wewrote", "retur ned"],
    },
    "typst-hyphenated-prefix": {
        # Typst (probe7): "inter-" / "views" broken at a line end, back cover licence text
        "producers": ["typst"], "probe_pdf": "probe7/t01_peel_holmbridge",
        "sentences": ["Our inspection drew on documents supplied by the force, a survey of its workforce and "
                      "interviews with more than 140 officers, staff and partners."],
        "bullets": [],
        "grades": {"crime_recording": "good", "treating_public_fairly": "adequate", "preventing_crime": "good",
                   "responding_to_public": "requires improvement", "investigating_crime": "adequate",
                   "protecting_vulnerable": "requires improvement", "managing_offenders": "good",
                   "leadership": "adequate"},
        "absent": ["third-party copyright information", "Enquiries about this document"],
    },
    "web-page-saved": {
        # a report page printed from a browser: cookie banner, contents list, numbered
        # paragraphs painted after the headings, "[1]" note links, "Back to top", footnotes list
        "producers": ["chromium"], "probe_pdf": "probe5/c01_peel_web",
        "sentences": ["The force should make sure that:",
                      "Performance on 101 calls was weaker still, and the typical caller waited over six minutes "
                      "before a call handler picked up.",
                      "Call handlers use a structured risk assessment, but they do not always write down why they "
                      "have chosen a particular grade of response."],
        "bullets": ["call handlers record the reasons for each grading decision;"],
        "grades": {"Police legitimacy": "good", "preventing_crime": "adequate", "responding_to_public": "requires improvement",
                   "investigating_crime": "good", "protecting_vulnerable": "good", "managing_offenders": "adequate",
                   "workforce": "adequate", "leadership": "adequate", "serious_organised_crime": "good"},
        "absent": ["cookies", "Back to top", "Is this page useful", "Overall summary 2", "File review carried out",
                   "[]"],
        "sections": {"In the year to March 2025, the force answered 81 per cent of 999 calls within ten seconds, "
                     "which falls short of the national standard of 90 per cent.":
                     "The force needs to answer emergency and non-emergency calls more quickly"},
    },
    "web-page-lists": {
        # square bullets painted by position after their items' text, an "and" wrapped onto a
        # line of its own, a paragraph number in a span of its own
        "producers": ["chromium"], "probe_pdf": "probe5/c02_custody_sidebar",
        "sentences": ["A contracted provider delivered health care 24/7, and nurses were based in both of the "
                      "main suites."],
        "bullets": ["look at CCTV footage of a sample of incidents each month; and",
                    "report what it finds to the custody governance board."],
        "grades": {}, "absent": ["Introduction 2", "cookies", "Was this page helpful"],
    },
    "web-page-square-bullets": {
        "producers": ["chromium"], "probe_pdf": "probe5/c03_vetting_web",
        # and a judgements table whose summary column wraps, beside a grade that wraps too
        "sentences": ["The force should:", "The force understands its main corruption risks.",
                      "It needs to act on intelligence more quickly.",
                      "The unit makes sound decisions, but renewals are running late."],
        "bullets": ["assign every corruption intelligence report to an investigator within seven days;",
                    "extend the monitoring of its IT systems to all devices; and",
                    "make sure that its counter-corruption unit has enough trained staff."],
        "grades": {"Vetting": "requires improvement", "Counter-corruption": "adequate",
                   "Misconduct handling": "good", "Standards of behaviour": "good"},
        "absent": ["cookies", "Back to top", "Files were chosen at random"],
    },
    "writer-contents-then-text": {
        # a contents list with the report's first section below it on the same page, set with
        # a line spacing taller than the lines' own height
        "producers": ["libreoffice"], "probe_pdf": "probe5/o02_child_protection_writer",
        "sentences": ["This report sets out the findings of our inspection of child protection work in "
                      "Calderbrook Police, which took place in February 2025.",
                      "Calderbrook is a mainly urban force area with a population of 1.1 million, of whom roughly "
                      "250,000 are children."],
        "bullets": [], "grades": {}, "absent": ["Summary of findings....", "Initial response"],
    },
    "writer-drop-cap-and-table-note": {
        # a drop cap beside a paragraph's first two lines; a grade table grouped by pillar
        # in its first column, with a note across its width in its last row
        "producers": ["libreoffice"], "probe_pdf": "probe5/o01_peel_writer",
        "sentences": ["Fenmarsh Constabulary has made steady progress since our last inspection, and we found a "
                      "force that knows its communities well.",
                      "It polices a largely rural county of about 720,000 people, with two cities and a long "
                      "stretch of coastline.",
                      "The grades in this table reflect what we found at the time of our fieldwork in spring 2025."],
        "bullets": ["some victims went without an update for several weeks at a time;"],
        "grades": {"preventing_crime": "good", "responding_to_public": "adequate",
                   "investigating_crime": "requires improvement", "leadership": "adequate", "workforce": "good",
                   "Police legitimacy": "good"},
        "absent": ["Fcounty"],
    },
    "word-figures-table": {
        # a landscape table of quarterly figures whose last column comments on each row
        "producers": ["word"], "probe_pdf": "probe5/w01_peel_docx",
        "sentences": ["Performance improved in every quarter.", "Waits fell after new staff joined in January.",
                      "Rural attendance is slower than urban attendance."],
        "bullets": ["supervisors check the quality of referrals; and"],
        "grades": {"preventing_crime": "good", "responding_to_public": "adequate",
                   "protecting_vulnerable": "adequate", "leadership": "requires improvement"},
        "absent": ["89 90 92", "Measure Apr", "101 calls abandoned (%)"],
    },
    # probe6's documents (bench/probe6/build.sh; WeasyPrint's need its own venv, see its README)
    "web-page-judgements-table": {
        # an unruled "Area | Grade | Summary" table in narrow columns, and a list whose
        # markers are graphics at the text's own margin after a bold lead-in
        "producers": ["chromium"], "probe_pdf": "probe6/c01_peel_kellingford",
        "sentences": ["Neighbourhood teams understand local problems and use a wide range of tactics to solve them.",
                      "Too many calls to the 101 service are abandoned, and attendance at priority incidents is "
                      "often slow.",
                      "To improve, the force should make sure that:"],
        "bullets": ["supervisors record their reviews on the crime system; and"],
        "grades": {"preventing_crime": "good", "responding_to_public": "requires improvement",
                   "investigating_crime": "adequate", "protecting_vulnerable": "good", "workforce": "adequate"},
        "absent": ["Good Neighbourhood teams", "Overview 2."],
    },
    "weasyprint-markers-after-list": {
        # WeasyPrint writes a list's bullet glyphs after all of its items
        "producers": ["weasyprint"], "probe_pdf": "probe6/p01_peel_ashcombe",
        "sentences": [],
        "bullets": ["repeat callers are identified, and their history is considered before a response is decided; "
                    "and", "supervisors in the control room check the quality of risk assessments on each shift."],
        "grades": {"preventing_crime": "good", "responding_to_public": "requires improvement",
                   "investigating_crime": "adequate", "protecting_vulnerable": "adequate",
                   "managing_offenders": "good", "workforce": "adequate", "leadership": "good"},
        # and a table of earlier recommendations: its header and status cells are no findings
        "absent": ["Recommendation Progress", "Complete 1."],
    },
    "weasyprint-coded-standards": {
        # a table of expectations: a code, the expectation, and whether it was met
        "producers": ["weasyprint"], "probe_pdf": "probe6/p02_custody_calderbrook",
        "sentences": ["Detainees are told about their rights in a way they understand.",
                      "Children are held in custody only as a last resort."],
        "bullets": ["record every use of force in custody on a single system;"],
        "grades": {"Leadership, accountability and partnerships": "requires improvement",
                   "Pre-custody: first point of contact": "good",
                   "In the custody suite: booking in, individual needs and legal rights": "adequate",
                   "Release and transfer from custody": "adequate"},
        "absent": ["E1 ", "E2 ", "Partly met"],
    },
    "word-endnotes-checklist": {
        # Word endnotes marked in small roman numerals; a checklist table of label, sentence
        # and count
        "producers": ["word"], "probe_pdf": "probe6/w02_rape_dunmarsh",
        "sentences": ["The median time from report to charge was 301 days.",
                      "Early advice from the CPS was sought in 36 per cent of cases, which helped investigators "
                      "to focus their enquiries.",
                      "The victim was offered referral to an ISVA."],
        "bullets": ["regular updates from a named officer; and"],
        "grades": {}, "absent": ["days.i", "48 of 50"],
    },
    "word-numbered-list": {
        # Word's numbered list: the number and a tab before each item
        "producers": ["word"], "probe_pdf": "probe5/w02_letter_docx",
        "sentences": ["The force should make sure that crimes reported to it are recorded within 24 hours.",
                      "The force should train its officers and staff in national crime recording standards."],
        "bullets": [], "grades": {}, "absent": ["Dear Chief Constable"],
    },
}


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" \
office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" \
fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:style>
 <style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/>\
<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Heading" style:family="paragraph"><style:text-properties fo:font-size="14pt" \
fo:font-weight="bold"/></style:style>
 <style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="18pt" \
fo:font-weight="bold"/></style:style>
 <style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="9pt"/></style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char=""><style:list-level-properties \
text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" \
fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/></style:list-level-properties><style:text-properties \
style:font-name="Symbol" fo:font-family="Symbol"/></text:list-level-style-bullet>
  <text:list-level-style-bullet text:level="2" text:bullet-char="o"><style:list-level-properties \
text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" \
fo:text-indent="-0.6cm" fo:margin-left="2.4cm"/></style:list-level-properties><style:text-properties \
style:font-name="Courier New" fo:font-family="'Courier New'"/></text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" \
fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style/>\
<style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Standard">Harrowby Constabulary: PEEL 2023–25</text:p></style:header>
  <style:footer><text:p text:style-name="Standard">Page <text:page-number text:select-page="current">1</text:page-number>\
</text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">PEEL 2023–25: An inspection of Harrowby Constabulary</text:p>
<text:p text:style-name="Standard">{notice}</text:p>
<text:p text:style-name="Standard">September 2025</text:p>
{body}
</office:text></office:body></office:document>
"""


def producers() -> dict[str, list[str]]:
    found = {}
    if shutil.which("soffice"):
        found["libreoffice"] = ["soffice"]
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            found["chromium"] = [name]
            break
    if shutil.which("scribus") and shutil.which("xvfb-run"):
        found["scribus"] = ["xvfb-run", "-a", "scribus", "-g", "-ns", "-py"]
    if shutil.which("soffice") and importlib.util.find_spec("docx") is not None:
        found["word"] = [sys.executable]
    return found


def build(only: set[str] | None = None) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    expected = {}
    found = producers()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for name, fx in FIXTURES.items():
            expected[name] = {k: v for k, v in fx.items()
                              if k not in ("html", "fodt", "producers", "probe", "probe_pdf")}
            if only and name not in only:
                continue
            if "probe_pdf" in fx:
                # a bench probe's PDF, as its build script made it
                shutil.copy(BENCH / f"{fx['probe_pdf'].replace('/', '/pdf/')}.pdf",
                            OUT / f"{name}-{fx['producers'][0]}.pdf")
                continue
            if "probe" in fx:
                # made by a script of a bench probe (its PDF is committed there too): laid out
                # by Scribus, or written with python-docx and converted by LibreOffice
                script = BENCH / f"{fx['probe']}.py"
                producer = fx["producers"][0]
                if producer in found:
                    subprocess.run([*found[producer], str(script)], cwd=script.parent, capture_output=True,
                                   timeout=300)
                shutil.copy(script.parent / "pdf" / f"{script.stem}.pdf", OUT / f"{name}-{producer}.pdf")
                continue
            if "fodt" in fx:
                if "libreoffice" in found:
                    (t / f"{name}.fodt").write_text(FODT.format(notice=NOTICE, body=fx["fodt"]), encoding="utf-8")
                    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                    str(t / f"{name}.fodt")], check=True, capture_output=True, timeout=180)
                    shutil.copy(t / f"{name}.pdf", OUT / f"{name}-libreoffice.pdf")
                continue
            html = t / f"{name}.html"
            html.write_text(f"<html><head><meta charset='utf-8'><title>{name}</title></head><body>{fx['html']}"
                            "</body></html>", encoding="utf-8")
            makers = fx.get("producers", ["libreoffice", "chromium"])
            if "libreoffice" in found and "libreoffice" in makers:
                subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp,
                                str(html)], check=True, capture_output=True, timeout=180)
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp,
                                str(t / f"{name}.docx")], check=True, capture_output=True, timeout=180)
                shutil.copy(t / f"{name}.pdf", OUT / f"{name}-libreoffice.pdf")
            if "chromium" in found and "chromium" in makers:
                subprocess.run([*found["chromium"], "--headless", "--no-sandbox", "--disable-gpu",
                                "--no-pdf-header-footer", f"--print-to-pdf={OUT / (name + '-chromium.pdf')}",
                                html.as_uri()], check=True, capture_output=True, timeout=180)
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("built", sorted(p.name for p in OUT.glob("*.pdf")))


if __name__ == "__main__":
    build(set(sys.argv[1:]) or None)
