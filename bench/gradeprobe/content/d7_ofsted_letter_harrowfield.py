NAME = "d7_ofsted_letter_harrowfield"
PUBLISHER = "Ofsted"
PRODUCER = "chromium"
STYLE = "Ofsted monitoring-visit letter to a local authority (no graded judgements)"
ACCENT = "#6a1b4d"
THBG = "#f1e4ec"

BLOCKS = [
    ("lines", ["Ofsted",
               "Clarendon Yard, 4 Example Street, Leeds LS0 0ZZ",
               "T 0300 000 0000",
               "www.gov.uk/ofsted"]),
    ("lines", ["19 September 2024",
               "Ms Abena Okafor",
               "Director of Children's Services",
               "Harrowfield Metropolitan Borough Council",
               "Civic Centre, Harrowfield HF1 2CC"]),
    ("title", "Monitoring visit to Harrowfield children's services, judged inadequate in 2022"),
    ("disc",),
    ("p", "Dear Ms Okafor,"),
    ("p", "I am writing to set out what inspectors found when they visited Harrowfield children's "
          "services on 3 and 4 September 2024. Harrowfield has now had four monitoring visits since "
          "Ofsted judged its services inadequate in October 2022. Lena Dobrowska and Tom Heathfield, "
          "both His Majesty's Inspectors, made this visit."),
    ("p", "Monitoring visits do not result in a new judgement. They report on the progress the local "
          "authority has made since the last inspection, and this letter should be read in that light."),
    ("h", "Areas covered by the visit"),
    ("p", "The visit looked at how well the local authority now protects children, concentrating on "
          "those with child protection plans and those whose families are in pre-proceedings."),
    ("p", "Inspectors followed the approach set out in Ofsted's framework for inspecting local "
          "authority children's services. They looked at case records, spoke to social workers and their managers, "
          "and met senior leaders."),
    ("h", "Headline findings"),
    ("p", "Since the inspection in 2022, senior leaders have made steady progress. Social workers now "
          "have smaller caseloads, and most children are seen regularly. Staff have good relationships "
          "with the children they work with, and many children know their social worker well and can "
          "say what the plan is for them."),
    ("p", "The quality of supervision requires improvement in places. In the east locality team, "
          "several supervision records simply listed actions without any reflection on the child's "
          "circumstances. Managers in the other localities provide good, regular oversight."),
    ("p", "Leaders have an accurate view of practice. The council's recent self-evaluation describes "
          "child protection work as adequate but not yet consistent, which matches what inspectors "
          "found."),
    ("h", "Findings and evaluation of progress"),
    ("p", "Child protection conferences are held on time, and conference chairs provide effective "
          "challenge. Written plans are clearer than at the previous visit, although some still "
          "contain too many actions for parents to follow. Inspectors saw some excellent direct work "
          "with younger children, using drawings and play to capture their views."),
    ("p", "The response to neglect has improved since the introduction of a new assessment tool. "
          "Social workers use it well to show parents where care has been poor and what needs to change. "
          "Pre-proceedings work is more purposeful, and the number of cases that drift without a "
          "decision has fallen."),
    ("p", "Some problems persist. For a small number of children, strategy discussions did not involve "
          "health professionals, and information about fathers was not gathered. Inspectors asked "
          "managers to review these cases, which they did promptly."),
    ("p", "Partners are positive about the changes. The designated nurse described communication from "
          "the front door as outstanding compared with two years ago. Police colleagues said that "
          "joint working had become much better, although they felt that feedback on referrals was "
          "still unsatisfactory."),
    ("pb",),
    ("h", "Workforce and leadership"),
    ("p", "The workforce is more stable than at any time since 2022. Newly qualified social workers "
          "told inspectors that they are well supported and that their caseloads are protected. The "
          "training programme is well regarded, and one practitioner called it the best she had "
          "experienced."),
    ("p", "Elected members and the chief executive continue to give high priority to children's "
          "services. The improvement board, chaired by an independent adviser, provides rigorous "
          "scrutiny. Its most recent report concluded that practice is moving towards good but has "
          "not yet reached it."),
    ("h", "Next steps"),
    ("p", "The local authority will be inspected again under the full framework within the next year. "
          "At that inspection, each area of practice will receive a graded judgement. A grade of good "
          "means that children are consistently helped and protected and that leaders know the impact "
          "of their work. If the council does not improve the consistency of practice, it may be "
          "judged inadequate again."),
    ("p", "Further monitoring visits will follow. Neighbouring Keldmoor Borough "
          "Council, which shares an emergency duty team with Harrowfield, was judged requires "
          "improvement to be good in 2023, and the joint service will be considered at both "
          "authorities' next inspections."),
    ("p", "A copy of this letter goes to the Department for Education."),
    ("p", "Yours sincerely"),
    ("lines", ["Lena Dobrowska", "His Majesty's Inspector"]),
]
