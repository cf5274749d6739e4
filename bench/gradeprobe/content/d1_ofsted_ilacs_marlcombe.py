NAME = "d1_ofsted_ilacs_marlcombe"
PUBLISHER = "Ofsted"
PRODUCER = "chromium"
STYLE = "Ofsted inspection of local authority children's services (ILACS)"
ACCENT = "#6a1b4d"
THBG = "#f1e4ec"

BLOCKS = [
    ("lines", ["Ofsted", "Agora House, 9 Fictional Row, Northampton NN0 0AA"]),
    ("title", "Marlcombe Borough Council"),
    ("subtitle", "Children's social care services: inspection report"),
    ("meta", "Inspection dates: 4 March 2024 to 15 March 2024"),
    ("meta", "Lead inspector: Rachel Tennant, His Majesty's Inspector"),
    ("meta", "Previous inspection: overall effectiveness judged inadequate (June 2019)"),
    ("disc",),
    ("table", None, ["Judgement", "Grade"], [
        ["The impact of leaders on social work practice with children and families", "Good"],
        ["The experiences and progress of children who need help and protection", "Requires improvement to be good"],
        ["The experiences and progress of children in care", "Requires improvement to be good"],
        ["The experiences and progress of care leavers", "Inadequate"],
        ["Overall effectiveness", "Requires improvement to be good"],
    ], (0, 1)),
    ("p", "Five years ago Ofsted found that children in Marlcombe were not being kept safe, and every area of "
          "the service was found inadequate. Since then the council has rebuilt its senior team, stabilised "
          "the workforce and invested in early help. Most children now receive a timely response when "
          "concerns are first raised about them. The pace of change has been slower for young people "
          "leaving care, and this group still waits too long for the help it is entitled to."),
    ("p", "The director of children's services, appointed in 2021, has a detailed and honest grasp of "
          "where practice is strong and where it is not. Elected members describe the relationship with "
          "officers as excellent, and they have protected the children's budget during a difficult "
          "financial year. The council's own self-assessment rates its practice as good across the board, "
          "which is more generous than the evidence seen by inspectors."),
    ("h", "What needs to improve?"),
    ("ul", [
        "The quality and timeliness of pathway plans for care leavers, which are too often poor.",
        "Access to suitable accommodation for young people aged 18 to 21.",
        "The consistency of management oversight in the assessment teams, where supervision records are not yet good enough.",
        "The use of data about children who go missing from care, so that patterns are acted on quickly.",
    ]),
    ("gh", "The experiences and progress of children who need help and protection: requires improvement to be good",
     "The experiences and progress of children who need help and protection", "Requires improvement to be good"),
    ("p", "Referrals to the front door are handled promptly by experienced social workers. Thresholds are "
          "mostly understood by partner agencies, although schools in the north of the borough told "
          "inspectors that advice from the duty team is sometimes slow to arrive. When children are at "
          "immediate risk, strategy discussions take place without delay and police attend consistently."),
    ("p", "Assessments vary in depth. The strongest capture the child's daily life in vivid detail and "
          "lead to well-targeted plans. Weaker assessments repeat information from earlier referrals and "
          "say little about what has changed. A small number of assessments seen by inspectors were of "
          "poor quality because they did not consider the impact of domestic abuse on younger siblings."),
    ("p", "Children subject to child protection plans are visited regularly, and most have good "
          "relationships with their social workers. Core group meetings are well attended. Plans do not "
          "always set out what parents must do and by when, and this makes it harder for families to "
          "understand what is expected of them."),
    ("p", "The disabled children's team provides an outstanding short-breaks service that families value "
          "highly. Work with children at risk of exploitation has improved since the multi-agency panel "
          "was relaunched last year."),
    ("pb",),
    ("gh", "The experiences and progress of children in care: requires improvement to be good",
     "The experiences and progress of children in care", "Requires improvement to be good"),
    ("p", "Decisions for children to come into care are timely and are informed by careful legal "
          "planning. Most children live with carers who know them well, and many live in good-quality "
          "foster homes close to their schools and friends. Foster carers who spoke to inspectors "
          "described the support from their supervising social workers as excellent."),
    ("p", "Too many children have experienced several changes of social worker, which undermines their "
          "trust. Life-story work is patchy. Permanence planning has improved, and the adoption service, "
          "delivered through the regional agency, continues to provide a good service, as its own recent "
          "inspection confirmed."),
    ("p", "The virtual school knows each child well. Attendance is improving, although children in care who sat "
          "GCSEs last summer achieved less well than their peers nationally."),
    ("gh", "The experiences and progress of care leavers: inadequate",
     "The experiences and progress of care leavers", "Inadequate"),
    ("p", "Care leavers do not receive the help they need to prepare for adult life. Personal advisers "
          "carry high caseloads and some young people had not seen their adviser for several months. "
          "Pathway plans are often out of date and do not reflect young people's wishes."),
    ("p", "Leaders recognised before the inspection that this service was not good enough, and a new "
          "operating model was agreed in January 2024. It is too early to see its impact. A few young "
          "people spoke warmly about their advisers and said the help with university applications was "
          "outstanding, but this was not the experience of most."),
    ("p", "Too many care leavers live in unsuitable accommodation, including bed and breakfast "
          "placements, and leaders do not have a reliable picture of how many are not in education, "
          "employment or training."),
    ("gh", "The impact of leaders on social work practice with children and families: good",
     "The impact of leaders on social work practice with children and families", "Good"),
    ("p", "Leaders have created a stable workforce, reducing the reliance on agency staff from a third "
          "of posts to fewer than one in ten. Caseloads in the assessment and safeguarding teams are "
          "manageable. Social workers told inspectors that they feel well supported and that managers "
          "are visible and approachable."),
    ("p", "Quality assurance is well established. Audits are moderated and lead to practical learning, "
          "although they sometimes rate practice as good when the child's experience has not improved. "
          "Leaders have been less successful in improving services for care leavers, where progress "
          "since the last inspection has been inadequate."),
    ("p", "Corporate parenting is taken seriously. The children in care council meets the lead member "
          "every term, and its suggestions have led to changes in how pocket money and leisure passes "
          "are provided."),
    ("h", "Information about this inspection"),
    ("p", "Inspectors evaluated the experiences and progress of children and care leavers, spoke to "
          "children, families, carers, staff and partners, and examined case records. Ofsted uses a "
          "four-point scale for each judgement: outstanding, good, requires improvement to be good, "
          "and inadequate."),
    ("p", "Anyone dissatisfied with how this inspection was conducted, or with this report, may make a complaint to Ofsted."),
]
