"""probe24: the three `t` documents, typeset by Halibut 1.3 (Debian `halibut`; `halibut --pdf`).

Each document is written as Halibut source (`.but`, UTF-8) into $PROBE24_WORK/halibut and
Halibut is run on it: Halibut breaks and justifies the lines, numbers the chapters, sections
and numbered lists, draws the bullets, makes the title page and the contents page (with dot
leaders and page numbers), starts every chapter on a new page and numbers the pages.  Halibut
has no footnotes, colour, tables, boxes or running headers, so none are used here; the grade
list of t02 is a description list.  The script writes each document's gold (the body sentences
in reading order) from the same strings it puts in the source.
"""
import os
import subprocess
import sys

from common import NOTICE, PDF_DIR, Gold, workdir

# ops: ("title", s) ("notice",) ("pre", [sents]) ("copyright", s) ("U", title)
# ("C", key, title) ("H", key, title) ("A", key, title) ("p", [sents]) ("lead", s)
# ("b", s) ("n", s) ("dt", s) ("dd", s) ("x", s)  (x, dt, dd, title: not gold)
# ("quote", [sents])

DOCS = {}

DOCS["t01_thematic_quenbury"] = dict(
    cfg=[
        r"\cfg{paper-base-fonts}{Times-Roman}{Times-Italic}{Courier}",
        r"\cfg{paper-base-font-size}{11}",
        r"\cfg{paper-title-fonts}{Helvetica-Bold}",
        r"\cfg{paper-title-font-size}{22}",
        r"\cfg{paper-chapter-fonts}{Helvetica-Bold}",
        r"\cfg{paper-chapter-font-size}{17}",
        r"\cfg{paper-section-fonts}{0}{Helvetica-Bold}",
        r"\cfg{paper-section-font-size}{0}{12}",
        r"\cfg{paper-chapter-top-space}{36}",
        r"\cfg{paper-chapter-underline-thickness}{1}",
        r"\cfg{paper-bullet}{\u2022}{-}",
        r"\cfg{paper-left-margin}{72}",
        r"\cfg{paper-right-margin}{72}",
        r"\cfg{paper-pagenum-font-size}{10}",
    ],
    ops=[
        ("title", "Policing rural communities: an inspection of Quenbury Constabulary"),
        ("notice",),
        ("pre", [
            "This report sets out what we found when we examined how Quenbury Constabulary "
            "prevents, investigates and records crime in its rural areas.",
            "We carried out the fieldwork in the spring of 2024 and spoke to officers, staff, "
            "farmers, parish councillors and victims.",
        ]),
        ("copyright", "© Synthetic Inspectorate of Constabulary 2024. This synthetic "
                      "publication may be reused free of charge in any format or medium under "
                      "the terms of an open licence. Enquiries: contact@synthetic-inspectorate.invalid"),
        ("U", "Summary"),
        ("p", [
            "Rural crime is not a minor concern in Quenbury, where the theft of farm "
            "machinery, poaching and fly-tipping together account for a growing share of the "
            "force’s recorded offences.",
            "The force has a small rural crime team that is respected by the farming community "
            "and by other forces in the region.",
            "However, the team depends heavily on the enthusiasm of a few officers, and its work "
            "is not built into the force’s wider plans.",
            "Call handlers in the control room often did not recognise when a report came from "
            "an isolated farm or a vulnerable older resident.",
        ]),
        ("lead", "During the inspection we found three strengths that the force should build on:"),
        ("b", "the rural crime team knows its communities well and shares intelligence with "
              "neighbouring forces every week;"),
        ("b", "volunteers from the rural watch scheme have been trained to record vehicle "
              "registration numbers safely;"),
        ("b", "the force’s drone unit has been used to locate stolen plant machinery on two "
              "occasions this year."),
        ("p", [
            "Overall, we judged that the force understands the problem but has not yet given "
            "rural communities a consistent service.",
            "We have made four recommendations, which are set out at the end of this report.",
        ]),
        ("C", "intro", "Introduction"),
        ("p", [
            "We were asked to look at rural policing after several local councils raised "
            "concerns about response times in the north of the county.",
            "We reviewed 120 crime records, observed shifts in three rural neighbourhood teams "
            "and held focus groups with officers and staff.",
            "We also surveyed 412 residents of villages and hamlets across the force area.",
        ]),
        ("lead", "The inspection sought to answer three questions:"),
        ("n", "How well does the force understand crime in its rural areas?"),
        ("n", "How effectively does it respond to and investigate rural crime?"),
        ("n", "How well does it work with partner organisations and rural communities?"),
        ("C", "findings", "Findings"),
        ("H", "understanding", "Understanding rural crime"),
        ("p", [
            "The force’s analysts produce a quarterly rural crime profile, but few of the "
            "neighbourhood officers we met had read it.",
            "The profile relies on crimes that are flagged as rural, and we found that around a "
            "third of eligible records had not been flagged.",
            "As a result, the force is likely to underestimate the extent of the problem.",
        ]),
        ("H", "responding", "Responding to calls from rural areas"),
        ("p", [
            "Officers in rural teams cover large areas, and at night a single patrol car may be "
            "responsible for more than 200 square miles.",
            "In the records we examined, the average time taken to attend a priority incident in "
            "the north of the county was almost twice that in the towns.",
            "Some victims told us that they no longer report thefts because they do not expect "
            "anyone to come.",
            "This loss of confidence is a serious concern, because crime that goes unreported "
            "cannot be prevented or investigated.",
        ]),
        ("H", "partners", "Working with partners"),
        ("p", [
            "The force has good links with the farming unions, the national park authority and "
            "the county council’s trading standards service.",
            "Joint operations against hare coursing have led to several prosecutions and to the "
            "seizure of vehicles and dogs.",
            "However, information sharing with the environment agency about fly-tipping was "
            "informal and depended on personal contacts.",
        ]),
        ("C", "recs", "Recommendations"),
        ("lead", "By the end of March 2025, Quenbury Constabulary should:"),
        ("n", "make sure that every crime with a rural element is flagged correctly when it is "
              "recorded;"),
        ("n", "give call handlers guidance on identifying callers who live in isolated places "
              "and may be at greater risk;"),
        ("n", "include the rural crime team’s work in its force management statement and "
              "workforce plans;"),
        ("n", "agree a formal information-sharing arrangement with the environment agency."),
        ("A", "method", "Methodology"),
        ("p", [
            "Our findings are based on evidence gathered between March and May 2024.",
            "The crime records were selected at random from those recorded in the previous twelve "
            "months, and each was reviewed by two members of the inspection team.",
        ]),
    ],
)

DOCS["t02_peel_marlbeck"] = dict(
    cfg=[
        r"\cfg{paper-base-fonts}{Helvetica}{Helvetica-Oblique}{Courier}",
        r"\cfg{paper-base-font-size}{10}",
        r"\cfg{paper-base-leading}{3}",
        r"\cfg{paper-title-fonts}{Helvetica-Bold}",
        r"\cfg{paper-title-font-size}{24}",
        r"\cfg{paper-chapter-fonts}{Helvetica-Bold}",
        r"\cfg{paper-chapter-font-size}{18}",
        r"\cfg{paper-section-fonts}{0}{Helvetica-Bold}",
        r"\cfg{paper-section-font-size}{0}{12}",
        r"\cfg{paper-chapter-top-space}{24}",
        r"\cfg{paper-chapter-underline-thickness}{2}",
        r"\cfg{paper-bullet}{\u2013}{-}",
        r"\cfg{paper-left-margin}{64}",
        r"\cfg{paper-right-margin}{64}",
        r"\cfg{paper-top-margin}{60}",
        r"\cfg{chapter}{Part}",
        r"\cfg{paper-pagenum-font-size}{9}",
    ],
    ops=[
        ("title", "PEEL 2021/22: Police effectiveness, efficiency and legitimacy – "
                  "An inspection of Marlbeck Police"),
        ("notice",),
        ("pre", [
            "Marlbeck Police serves a population of about 950,000 people in a county of market "
            "towns, coastal resorts and one large port.",
            "We inspected the force in the autumn of 2021, using the graded judgements described "
            "in our PEEL assessment framework.",
        ]),
        ("copyright", "© Synthetic Inspectorate 2022. Synthetic material: not published by any "
                      "inspectorate. Reuse permitted under an open licence."),
        ("U", "Overall summary"),
        ("p", [
            "We have graded eight areas of Marlbeck Police’s work and made an ungraded assessment "
            "of how it treats victims.",
            "The force has improved in several areas since our last inspection, most notably in "
            "how it protects vulnerable people.",
            "Its response to the public, however, has not kept pace with rising demand.",
        ]),
        ("dt", "Preventing crime and anti-social behaviour"), ("dd", "Good"),
        ("dt", "Responding to the public"), ("dd", "Requires improvement"),
        ("dt", "Investigating crime"), ("dd", "Adequate"),
        ("dt", "Protecting vulnerable people"), ("dd", "Good"),
        ("dt", "Managing offenders and suspects"), ("dd", "Adequate"),
        ("dt", "Building, supporting and protecting the workforce"), ("dd", "Good"),
        ("dt", "Strategic planning, organisational management and value for money"),
        ("dd", "Adequate"),
        ("dt", "Recording data about crime"), ("dd", "Good"),
        ("p", ["We set out our reasons for each grade in the sections that follow."]),
        ("C", "judgements", "Our judgements"),
        ("H", "victims", "Providing a service to the victims of crime"),
        ("p", [
            "Most victims we heard from were satisfied with the way officers treated them at the "
            "first point of contact.",
            "Fewer were satisfied with how they were kept informed as their case progressed.",
        ]),
        ("H", "prevent", "Preventing crime and anti-social behaviour: good"),
        ("p", [
            "Neighbourhood teams use problem-solving plans that are well structured and "
            "regularly reviewed.",
            "A scheme in the port district reduced repeat calls about street drinking by almost "
            "half in a year.",
        ]),
        ("H", "respond", "Responding to the public: requires improvement"),
        ("p", [
            "The force does not answer enough emergency calls within ten seconds, and "
            "abandonment rates for non-emergency calls are high.",
            "Control room staff do not consistently use the structured triage tool to identify "
            "vulnerable callers.",
            "When officers are deployed, they generally arrive within the target times.",
        ]),
        ("lead", "We have identified two areas for improvement:"),
        ("b", "The force should make sure that it answers emergency and non-emergency calls "
              "promptly."),
        ("b", "The force should make sure that control room staff identify repeat and "
              "vulnerable callers at the first contact."),
        ("H", "investigate", "Investigating crime: adequate"),
        ("p", [
            "Investigations are usually allocated to officers with the right skills and are "
            "supervised properly.",
            "Too many cases are closed with an outcome showing that the victim does not support "
            "further action, and the reasons are not always recorded.",
            "The force has recently started an audit of these outcomes, which we welcome.",
        ]),
        ("H", "protect", "Protecting vulnerable people: good"),
        ("p", [
            "The force identifies vulnerability well and has invested in specialist training for "
            "frontline officers.",
            "Its multi-agency safeguarding arrangements are effective, and partners described "
            "the force as a reliable colleague.",
            "Officers make good use of protective orders in cases of domestic abuse.",
        ]),
        ("H", "offenders", "Managing offenders and suspects: adequate"),
        ("p", [
            "Wanted suspects are generally pursued promptly, but a backlog of outstanding arrest "
            "attempts has built up in the west of the county.",
            "Officers managing registered sex offenders have manageable workloads and complete "
            "risk assessments on time.",
        ]),
        ("H", "workforce", "Building, supporting and protecting the workforce: good"),
        ("p", [
            "The force has a clear wellbeing strategy, and the staff we met knew how to obtain "
            "occupational health support.",
            "Its approach to tackling discrimination in the workplace is open and well led.",
        ]),
        ("H", "strategic", "Strategic planning, organisational management and value for money: "
                           "adequate"),
        ("p", [
            "The force has a balanced budget for the next two years but has not yet identified "
            "all the savings it will need after that.",
            "Its plans for replacing its ageing command and control system are at an early "
            "stage.",
        ]),
        ("U", "About the data"),
        ("p", [
            "The figures in this report are taken from data that forces provided to us and from "
            "published national statistics.",
            "We have not audited every figure, and some may be revised after publication.",
        ]),
    ],
)

DOCS["t03_stopsearch_tarrowby"] = dict(
    cfg=[
        r"\cfg{paper-base-fonts}{Times-Roman}{Times-Italic}{Courier}",
        r"\cfg{paper-base-font-size}{12}",
        r"\cfg{paper-title-fonts}{Times-Bold}",
        r"\cfg{paper-title-font-size}{20}",
        r"\cfg{paper-chapter-fonts}{Times-Bold}",
        r"\cfg{paper-chapter-font-size}{16}",
        r"\cfg{paper-chapter-top-space}{30}",
        r"\cfg{paper-chapter-underline-thickness}{0.5}",
        r"\cfg{paper-bullet}{\u2022}{-}",
        r"\cfg{paper-quote-indent}{30}",
        r"\cfg{paper-left-margin}{80}",
        r"\cfg{paper-right-margin}{80}",
        r"\cfg{paper-bottom-margin}{96}",
    ],
    ops=[
        ("title", "Stop and search: an inspection of Tarrowby Constabulary"),
        ("notice",),
        ("pre", [
            "This inspection examined whether Tarrowby Constabulary uses stop and search powers "
            "fairly, lawfully and effectively.",
            "It also considered how well the force explains its use of the powers to the "
            "communities most affected by them.",
        ]),
        ("U", "Foreword"),
        ("p", [
            "Stop and search is an important power, but it is also one of the most intrusive "
            "that officers can use.",
            "When it is used badly, it can damage the trust between the police and the public "
            "on which policing by consent depends.",
            "I was pleased to find that most officers in Tarrowby understood this and took their "
            "responsibilities seriously.",
            "Many people in Tarrowby gave up their time to speak to us, and their views shaped "
            "this report.",
        ]),
        ("x", "Ronan Ashgrove, HM Inspector of Constabulary (fictional)"),
        ("C", "summary", "Summary of findings"),
        ("p", [
            "The force recorded 6,180 searches in the year to March 2024, a fall of 14 percent on "
            "the previous year.",
            "Drugs were the most common object of search, and about a quarter of searches led to "
            "a positive outcome.",
            "In the records we reviewed, officers usually recorded reasonable grounds that were "
            "clear and specific.",
            "However, people from black and mixed ethnic backgrounds were searched at a much "
            "higher rate than white people, and the force could not fully explain why.",
        ]),
        ("lead", "We found that:"),
        ("b", "supervisors check most search records within a week and challenge weak grounds;"),
        ("b", "body-worn video is switched on during nearly all searches, although the footage "
              "is rarely reviewed;"),
        ("b", "the force’s community scrutiny panel sees only a small sample of searches, chosen "
              "by the force itself."),
        ("quote", [
            "Several young people told us that officers explained why they were being searched, "
            "but few had been offered a copy of the record.",
            "Two said that they had been searched more than five times in a year without "
            "anything being found.",
        ]),
        ("C", "concern", "Cause of concern"),
        ("p", [
            "The force does not understand the reasons for the disproportionate use of stop and "
            "search on people from ethnic minority backgrounds.",
            "Until it does, it cannot reassure those communities that the powers are being used "
            "fairly.",
        ]),
        ("lead", "To address this cause of concern, Tarrowby Constabulary should, by the end of "
                 "2024:"),
        ("n", "analyse its search data to identify the factors that drive the differences in "
              "search rates;"),
        ("n", "publish the results of that analysis and the action it intends to take;"),
        ("n", "allow its community scrutiny panel to choose the records and video footage it "
              "examines."),
        ("C", "afi", "Areas for improvement"),
        ("n", "The force should review a sample of body-worn video footage of searches every "
              "month and use what it learns in training."),
        ("n", "The force should record the outcome of every search in a way that links it to the "
              "grounds given for it."),
        ("n", "The force should give officers refresher training on the use of handcuffs during "
              "searches."),
        ("A", "method", "Methodology"),
        ("p", [
            "We examined 250 search records chosen at random and watched 60 pieces of body-worn "
            "video footage.",
            "We also interviewed officers, supervisors and members of the community scrutiny "
            "panel.",
        ]),
        ("U", "Publication information"),
        ("x", "This document is synthetic and was made to test software; no inspectorate "
              "published it."),
        ("x", "© Synthetic Inspectorate 2024. You may reuse this information free of charge "
              "under the terms of an open licence. Enquiries: contact@synthetic-inspectorate.invalid"),
    ],
)


def esc(s):
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


def build(name, spec):
    gold = Gold(name)
    out = [r"\cfg{input-charset}{UTF-8}"] + spec["cfg"] + [""]
    for op in spec["ops"]:
        kind = op[0]
        if kind == "title":
            out.append(r"\title " + esc(op[1]))
        elif kind == "notice":
            out.append(r"\preamble \e{" + esc(NOTICE) + "}")
        elif kind == "pre":
            gold.add(*op[1])
            out.append(r"\preamble " + esc(" ".join(op[1])))
        elif kind == "copyright":
            out.append(r"\copyright " + esc(op[1]))
        elif kind == "U":
            out.append(r"\U " + esc(op[1]))
        elif kind in ("C", "H", "A"):
            out.append(f"\\{kind}{{{op[1]}}} {esc(op[2])}")
        elif kind == "p":
            gold.add(*op[1])
            out.append(esc(" ".join(op[1])))
        elif kind == "lead":
            gold.add(op[1])
            out.append(esc(op[1]))
        elif kind in ("b", "n"):
            gold.add(op[1])
            out.append(f"\\{kind} {esc(op[1])}")
        elif kind in ("dt", "dd"):
            out.append(f"\\{kind} {esc(op[1])}")
        elif kind == "x":
            out.append(esc(op[1]))
        elif kind == "quote":
            gold.add(*op[1])
            out.append(r"\quote{")
            out.append("")
            out.append(esc(" ".join(op[1])))
            out.append("")
            out.append("}")
        else:
            raise ValueError(kind)
        out.append("")
    src = os.path.join(workdir("halibut"), name + ".but")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    pdf = os.path.join(PDF_DIR, name + ".pdf")
    subprocess.run(["halibut", "--pdf=" + pdf, src], check=True)
    return gold.write()


def main(names):
    os.makedirs(PDF_DIR, exist_ok=True)
    for name, spec in DOCS.items():
        if names and name not in names:
            continue
        n = build(name, spec)
        print(f"{name}: {n} gold sentences")


if __name__ == "__main__":
    main(sys.argv[1:])
