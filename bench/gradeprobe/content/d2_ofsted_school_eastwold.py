NAME = "d2_ofsted_school_eastwold"
PUBLISHER = "Ofsted"
PRODUCER = "docx"
STYLE = "Ofsted school inspection report (section 5)"

BLOCKS = [
    ("title", "Eastwold Academy"),
    ("subtitle", "School inspection report"),
    ("meta", "Ofsted"),
    ("meta", "Inspection dates: 12 and 13 June 2024"),
    ("meta", "Unique reference number: 149872"),
    ("meta", "Local authority: Fenmoor"),
    ("meta", "Type of school: Secondary comprehensive with sixth form"),
    ("meta", "Previous inspection grade: Requires improvement"),
    ("meta", "Headteacher: Daniel Ashworth-Reyes"),
    ("disc",),
    ("table", "Key judgements", ["Judgement", "Grade"], [
        ["Overall effectiveness", "Good"],
        ["The quality of education", "Good"],
        ["Behaviour and attitudes", "Outstanding"],
        ["Personal development", "Outstanding"],
        ["Leadership and management", "Good"],
        ["Sixth-form provision", "Requires improvement"],
    ], (0, 1)),
    ("h", "What pupils experience at this school"),
    ("p", "Pupils at Eastwold Academy are proud of their school and speak about it with real warmth. "
          "They arrive punctually, move calmly between lessons and treat one another with kindness. "
          "Pupils say the food in the canteen is good value. Younger pupils say that older ones look out for them at lunchtime. Bullying is rare, and "
          "pupils are confident that staff will deal with it quickly when it happens."),
    ("p", "Staff expect a great deal of pupils, and pupils rise to meet those expectations. The range of "
          "clubs is impressive, from robotics to rowing on the estuary. Pupils told inspectors that the "
          "school's careers fair was excellent and helped them think about apprenticeships as well as "
          "university."),
    ("p", "Many parents who completed Ofsted Parent View said they would recommend the school, and a "
          "number described the pastoral care as outstanding. A minority felt that communication about "
          "homework could be better."),
    ("h", "Strengths and weaknesses of the school's work"),
    ("p", "Leaders have redesigned the curriculum since the last inspection, when it was too narrow in "
          "key stage 3. Subject leaders have identified the knowledge they want pupils to learn and the "
          "order in which it should be taught. In history, geography and modern languages this planning "
          "is particularly strong, and pupils remember what they have learned in earlier years."),
    ("p", "Teachers generally have good subject knowledge and explain new ideas clearly. They check "
          "pupils' understanding carefully in most lessons. In mathematics, however, some teachers move "
          "on before pupils have secured the basics, and a few pupils in Year 8 have gaps in their "
          "understanding of fractions and ratio."),
    ("p", "Pupils with special educational needs and/or disabilities are identified accurately. "
          "Teaching assistants know these pupils well and provide discreet help. Pupils who struggle "
          "with reading receive daily support, and most make rapid progress with it."),
    ("p", "Outcomes in the sixth form are weaker than in the rest of the school. Students' results in "
          "some A-level subjects were poor in 2023, and leaders have not yet made sure that teaching in "
          "Year 12 builds securely on GCSE courses. Attendance in the sixth form is lower than in the "
          "main school."),
    ("p", "The personal development programme is exceptionally well planned. Pupils learn about "
          "healthy relationships, online safety and managing money at an age-appropriate point. They "
          "take on responsibilities as prefects, peer mentors and members of the school council, which "
          "recently persuaded leaders to install water fountains in every corridor."),
    ("p", "Trustees and the local governing body know the school well and hold leaders firmly to "
          "account. Staff, including those early in their careers, say that leaders are considerate of "
          "their workload and well-being."),
    ("h", "Safeguarding"),
    ("p", "Safeguarding arrangements are effective. Staff are trained well and know how to "
          "report a concern. Safeguarding records are of excellent quality. Leaders work closely with external agencies and follow up referrals "
          "persistently."),
    ("pb",),
    ("h", "What does the school need to do to improve?"),
    ("p", "(Addressed to the school and its appropriate authority)"),
    ("ul", [
        "In mathematics in key stage 3, some teachers do not check that pupils have understood "
        "fundamental concepts before moving on. Leaders should make sure that teaching in mathematics "
        "is as good as it is in the school's strongest subjects.",
        "The sixth-form curriculum is not implemented consistently across subjects. Leaders should "
        "ensure that Year 12 courses build on what students learned at GCSE, so that students "
        "achieve outcomes that are at least good.",
        "Attendance in the sixth form is too low. Leaders should use the successful strategies from "
        "the main school to improve it.",
    ]),
    ("h", "How can I feed back my views?"),
    ("p", "Parents and carers may share their views of the school at any time through Ofsted Parent "
          "View, where they can also read the views of other families."),
    ("p", "The school inspection handbook explains how inspectors reach their judgements. Schools are judged on a four-point scale: outstanding, good, requires "
          "improvement and inadequate."),
    ("h", "Information about this school"),
    ("ul", [
        "Eastwold Academy is part of the Fenmoor Learning Trust, which runs six secondary schools.",
        "Two of the trust's other schools, Saltmarsh School and Priory Fields Academy, were judged "
        "outstanding at their most recent inspections.",
        "The school converted to become an academy in September 2020. When its predecessor school, "
        "Eastwold Community College, was last inspected, it was judged to be inadequate overall.",
        "The school uses two registered alternative providers for a small number of pupils.",
    ]),
    ("h", "Information about this inspection"),
    ("p", "Inspectors met the headteacher, senior leaders, the chief executive of the trust and members "
          "of the local governing body. Deep dives took place in English, mathematics, history, "
          "science and art, with lesson visits, scrutiny of exercise books and discussions with "
          "staff and pupils."),
    ("p", "Inspectors considered 214 responses to Ofsted Parent View and 68 responses to the staff "
          "survey. They also took account of the trust's own review from January 2024, which had "
          "rated the quality of education as outstanding. Almost all staff who responded said the school is well led, and most rated the "
          "support for their professional development as good or better."),
    ("h", "Inspection team"),
    ("lines", ["Helen Marchetti, lead inspector, His Majesty's Inspector",
               "Owain Pritchard, Ofsted Inspector",
               "Sadia Begum, Ofsted Inspector"]),
]
