NAME = "d5_hmiprobation_wendham_pdu"
PUBLISHER = "HM Inspectorate of Probation"
PRODUCER = "chromium"
STYLE = "HM Inspectorate of Probation PDU inspection report"
ACCENT = "#1f4e79"
THBG = "#dde8f3"

BLOCKS = [
    ("meta", "HM Inspectorate of Probation"),
    ("title", "Inspection of probation services: Wendham Probation Delivery Unit"),
    ("subtitle", "Northern Marches region"),
    ("meta", "Fieldwork: 8 to 19 April 2024"),
    ("meta", "Lead inspector: Imran Chaudhry"),
    ("meta", "Report published: August 2024"),
    ("disc",),
    ("h", "Ratings"),
    ("table", "Wendham PDU", ["Standard", "Rating"], [
        ["Overall rating", "Requires improvement"],
        ["1.1 Leadership", "Good"],
        ["1.2 Staffing", "Inadequate"],
        ["1.3 Services", "Requires improvement"],
        ["2.1 Assessment", "Requires improvement"],
        ["2.2 Planning", "Inadequate"],
        ["2.3 Implementation and delivery", "Requires improvement"],
        ["2.4 Reviewing", "Inadequate"],
    ], (0, 1)),
    ("h", "Foreword"),
    ("p", "Wendham is the third PDU in the Northern Marches region that we have inspected this "
          "year. Wendham PDU supervises around 2,300 people on community sentences "
          "or released from custody on licence, across a largely rural area with two market towns."),
    ("p", "The head of the PDU and her senior team provide good, visible leadership. Staff told us that "
          "they felt listened to and that managers had been honest about the scale of the challenge. "
          "Partnership work with the police, the council and local health services was strong, and "
          "the integrated offender management scheme was an example of outstanding joint work."),
    ("p", "These strengths were undermined by a severe shortage of probation officers. Almost a third "
          "of practitioner posts were vacant, and some trainees were holding caseloads that were far "
          "too high. In those circumstances it is not surprising that the quality of casework was "
          "inadequate in too many of the cases we examined."),
    ("p", "The quality of risk of harm work remains our central concern. In over half of the cases we "
          "inspected, practitioners had not made good use of information from the police and "
          "children's services. Work to keep people safe is a core task of probation, and it must "
          "improve quickly."),
    ("lines", ["Martin Hale", "HM Chief Inspector of Probation"]),
    ("h", "Our standards and how we rate them"),
    ("p", "Our ratings for case supervision are driven by the proportion of inspected cases in which key "
          "questions were answered positively. Where the lowest score is 80% or more the standard is "
          "rated outstanding; from 65% to 79% it is rated good; from 50% to 64% it is rated requires "
          "improvement; and below 50% it is rated inadequate."),
    ("p", "Organisational standards are rated on the basis of evidence from documents, meetings and "
          "focus groups."),
    ("pb",),
    ("h", "Recommendations"),
    ("p", "The Wendham PDU should:"),
    ("ul", [
        "Make sure that every assessment considers information about domestic abuse and child safeguarding before an initial plan is agreed.",
        "Reduce caseloads for trainee probation officers so that their work can be good quality and properly supervised.",
        "Review cases at key points, including when risk changes, and record the outcome of each review.",
    ]),
    ("p", "The Northern Marches region should:"),
    ("ul", [
        "Take urgent action to recruit and retain qualified staff, since the current vacancy rate is unsustainable.",
        "Restore access to accredited programmes for people convicted of domestic abuse offences, where waiting lists are poor.",
    ]),
    ("h", "1. Organisational delivery"),
    ("h3", "1.1 Leadership"),
    ("p", "Leaders have a clear vision for the PDU that is understood by staff. They have developed "
          "good relationships with magistrates and with the local community safety partnership. The "
          "PDU's own quality assurance tools gave a realistic picture of practice, which is not "
          "always the case elsewhere."),
    ("h3", "1.2 Staffing"),
    ("p", "Workloads were unmanageable for many practitioners. Sickness absence was high, and a "
          "quarter of staff who responded to our survey said their supervision was poor. Newly "
          "qualified officers received good induction support, but this was not matched by "
          "protected caseloads."),
    ("h3", "1.3 Services"),
    ("p", "Analysis of the needs of people on probation was up to date. Commissioned rehabilitative "
          "services for accommodation and employment were in place, but referrals were low."),
    ("h", "2. Service delivery"),
    ("table", "Case inspection results: percentage of cases answered positively", ["Key question", "Desistance", "Public protection"], [
        ["Assessment", "61%", "48%"],
        ["Planning", "57%", "41%"],
        ["Implementation and delivery", "59%", "52%"],
        ["Reviewing", "46%", "39%"],
    ], None),
    ("h3", "2.1 Assessment"),
    ("p", "Practitioners engaged well with people on probation, and most assessments captured their "
          "views. Assessments of the risk posed to children were not good enough, and domestic abuse "
          "enquiries had been completed in only half of the relevant cases."),
    ("h3", "2.2 Planning"),
    ("p", "Plans were often written before assessments had been finished. Contingency planning was "
          "the weakest area, and in many cases it was absent altogether."),
    ("h3", "2.3 Implementation and delivery"),
    ("p", "Appointments were offered at the right frequency in most cases. Enforcement action was "
          "taken appropriately. We saw some excellent work with young adults, where practitioners "
          "used creative methods to keep people engaged."),
    ("h3", "2.4 Reviewing"),
    ("p", "Reviews were too infrequent and seldom involved other agencies. Where a review had been "
          "completed, it was usually of adequate quality."),
    ("h", "Context"),
    ("p", "Elsewhere in the region, Harrowby PDU was rated requires improvement in 2023 and Kestrel "
          "Vale PDU was rated inadequate. The unpaid work service, inspected separately, was judged "
          "good at the regional inspection."),
    ("p", "This inspection was conducted in line with the HM Inspectorate of Probation standards, "
          "which describe what good probation practice looks like."),
]
