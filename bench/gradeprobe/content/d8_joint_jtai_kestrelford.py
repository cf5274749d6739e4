NAME = "d8_joint_jtai_kestrelford"
PUBLISHER = ("Ofsted, Care Quality Commission, HM Inspectorate of Constabulary and Fire & Rescue "
             "Services, HM Inspectorate of Probation")
PRODUCER = "docx"
STYLE = "Joint targeted area inspection letter (Ofsted, CQC, HMICFRS, HMI Probation) with no graded judgements"

BLOCKS = [
    ("lines", ["Ofsted",
               "Care Quality Commission",
               "HM Inspectorate of Constabulary and Fire & Rescue Services",
               "HM Inspectorate of Probation"]),
    ("title", "Kestrelford: joint targeted area inspection – how agencies work together to protect children at risk of exploitation"),
    ("meta", "Inspection dates: 10 to 14 June 2024"),
    ("meta", "Date of publication: 2 September 2024"),
    ("disc",),
    ("lines", ["Mr Gareth Lowe, Director of Children's Services, Kestrelford County Council",
               "Dr Priya Nair, Chief Nurse, Kestrelford and Ashby Integrated Care Board",
               "Chief Constable Helen Strand, Kestrelford Constabulary",
               "Ms Joanne Reid, Head of Kestrelford Youth Justice Service"]),
    ("p", "Between 10 and 14 June 2024, four inspectorates examined how agencies in Kestrelford "
          "work together to identify and protect children who are being, or may be, criminally or "
          "sexually exploited. This letter reports what they found. Four inspectorates took part: Ofsted; the Care Quality "
          "Commission; HM Inspectorate of Constabulary and Fire & Rescue Services; and HM "
          "Inspectorate of Probation."),
    ("p", "Joint targeted area inspections do not award grades. This letter describes strengths and "
          "areas for improvement; it does not rate any agency as inadequate, requires improvement, "
          "good or outstanding."),
    ("h", "Headline findings"),
    ("p", "The safeguarding partners in Kestrelford share a clear commitment to protecting children "
          "from exploitation. The multi-agency child exploitation hub, opened in 2022, brings together "
          "police officers, social workers, youth justice staff and a specialist nurse. Information is "
          "shared quickly, and the hub's daily meeting is an example of excellent practice."),
    ("p", "Children who are identified as being at risk receive a prompt response, and most are "
          "helped by practitioners who persist in building trust with them. However, the response "
          "to children who go missing from home is not good enough, and return home interviews are "
          "often late or not offered at all."),
    ("h", "What needs to improve?"),
    ("ul", [
        "The timeliness and quality of return home interviews for children who go missing.",
        "The recording of the voice of the child in police exploitation risk assessments, which is sometimes poor.",
        "Access to child and adolescent mental health services for children who have been exploited.",
        "The partnership's use of data, which is not yet good enough to show whether children are safer.",
    ]),
    ("h", "Strengths and good practice"),
    ("ul", [
        "Police officers in the exploitation team have good knowledge of local risks and of the children who are most vulnerable.",
        "Youth justice practitioners build strong relationships with children, and their direct work is of high quality.",
        "Schools make timely referrals, and designated safeguarding leads say the advice they receive is excellent.",
        "The specialist nurse in the hub ensures that children's health needs are considered from the outset.",
    ]),
    ("pb",),
    ("h", "Main findings"),
    ("h3", "The police response"),
    ("p", "Kestrelford Constabulary has invested in a dedicated child exploitation team, and "
          "investigations led by this team are thorough. Officers identify children at risk through "
          "intelligence, and disruption tactics against adults who exploit children are used well. "
          "In neighbourhood policing teams, however, awareness of exploitation is more variable, and "
          "some officers still describe children as making choices about their own abuse."),
    ("p", "The force's own audit found that the quality of risk assessments was adequate in most "
          "cases. Inspectors agreed with this view but found that a minority contained poor "
          "analysis of the child's wider circumstances."),
    ("h3", "Children's social care"),
    ("p", "Social workers know their children well and understand the risks they face. Plans are "
          "regularly reviewed, and managers provide good oversight of complex cases. Caseloads in the "
          "adolescent service are manageable."),
    ("h3", "Health services"),
    ("p", "Emergency department staff use a screening tool to identify young people at risk, and this "
          "has led to good-quality referrals. School nurses are not always invited to strategy "
          "meetings, and their knowledge of children is therefore underused. Waiting times for "
          "specialist mental health support remain unsatisfactory."),
    ("h3", "Youth justice and probation"),
    ("p", "The youth justice service recognises exploitation as a reason for offending and presents "
          "this information to courts. Transition arrangements for young people who move to adult "
          "probation services at 18 are inconsistent; in one case the handover was poor and the "
          "young person was not seen for six weeks."),
    ("h3", "Leadership and the safeguarding partnership"),
    ("p", "Leaders from all agencies are visible and committed. The safeguarding partnership has a "
          "sound strategy, but it relies too much on activity measures rather than on evidence of "
          "impact. Partners describe relationships with one another as outstanding, and this "
          "goodwill has helped them to respond quickly to emerging threats."),
    ("h", "Context: the most recent single-agency inspections"),
    ("p", "The table below is provided for information only. It shows the outcomes of earlier "
          "inspections carried out separately by each inspectorate, and it is not part of the "
          "findings of this joint inspection."),
    ("table", "Previous single-agency outcomes (for information only)", ["Agency and inspection", "Outcome"], [
        ["Kestrelford County Council children's services (Ofsted ILACS, 2022)", "Good"],
        ["Kestrelford Constabulary, PEEL: protecting vulnerable people (HMICFRS, 2023)", "Adequate"],
        ["Kestrelford Constabulary, PEEL: preventing crime and anti-social behaviour (HMICFRS, 2023)", "Requires improvement"],
        ["Kestrelford Youth Justice Service (HMI Probation, 2021)", "Requires improvement"],
        ["Kestrelford Community Health NHS Trust (CQC, 2022)", "Good"],
    ], None),
    ("h", "Next steps"),
    ("p", "Within 70 working days of receiving this letter, the local authority must send Ofsted a "
          "plan, agreed with the other partners, explaining how it will act on these findings. Inspectors will not revisit to check progress, but the findings will "
          "inform each inspectorate's future work in Kestrelford."),
    ("p", "Yours sincerely"),
    ("table", None, ["Inspectorate", "Signatory"], [
        ["Ofsted", "Yvonne Hartley, Director, Social Care Policy"],
        ["Care Quality Commission", "Ade Okonkwo, Deputy Chief Inspector"],
        ["HM Inspectorate of Constabulary and Fire & Rescue Services", "Roy Fenwick, His Majesty's Inspector of Constabulary"],
        ["HM Inspectorate of Probation", "Sarah Lister, Deputy Chief Inspector"],
    ], None),
]
