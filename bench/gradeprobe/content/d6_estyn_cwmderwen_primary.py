NAME = "d6_estyn_cwmderwen_primary"
PUBLISHER = "Estyn"
PRODUCER = "soffice-html"
STYLE = "Estyn school inspection report (Wales, 2017-2021 style judgements)"
ACCENT = "#00573f"
THBG = "#e2efe9"

BLOCKS = [
    ("title", "A report on Cwmderwen Primary School"),
    ("lines", ["Heol y Capel", "Cwmderwen", "Glynmawr", "CF99 4TR"]),
    ("meta", "Date of inspection: March 2024"),
    ("meta", "Published by Estyn, the education and training inspectorate for Wales"),
    ("disc",),
    ("h", "About Cwmderwen Primary School"),
    ("p", "Cwmderwen Primary School is maintained by Glynmawr County Borough Council. There are 214 "
          "pupils on roll, aged from 3 to 11, including 26 who attend the nursery part-time. Around "
          "22% of pupils are eligible for free school meals, which is slightly above the national "
          "average. Very few pupils speak Welsh at home."),
    ("p", "The headteacher took up her post in September 2021. The school was last inspected in "
          "November 2016, when its performance was judged good and its prospects for improvement "
          "were judged adequate."),
    ("h", "Summary"),
    ("p", "Cwmderwen is a caring and inclusive school in which pupils feel happy and safe. Pupils' "
          "behaviour is excellent, both in class and at play, and they show great respect for adults "
          "and visitors. Most pupils make good progress from their starting points, particularly in "
          "reading and oral skills. Teaching is generally effective, although teachers do not always "
          "give pupils enough opportunities to develop independence."),
    ("p", "Leaders have created a positive culture, but their processes for evaluating the school's "
          "work are not sharp enough. The governing body is supportive, but it does not yet challenge "
          "leaders rigorously on standards."),
    ("table", None, ["Inspection area", "Judgement"], [
        ["Standards", "Good"],
        ["Wellbeing and attitudes to learning", "Excellent"],
        ["Teaching and learning experiences", "Good"],
        ["Care, support and guidance", "Good"],
        ["Leadership and management", "Adequate and needs improvement"],
    ], (0, 1)),
    ("h", "Recommendations"),
    ("ul", [
        "R1 Strengthen self-evaluation so that leaders identify precisely what the school does well and what it needs to improve.",
        "R2 Give pupils more opportunities to use their numeracy skills in other subjects.",
        "R3 Improve pupils' spoken Welsh so that more of them reach a good standard by the end of Year 6.",
    ]),
    ("h", "What happens next"),
    ("p", "Leaders will now prepare a plan that responds to the recommendations, and Estyn will "
          "monitor how well it is carried out. Leaders should note that, where a school's leadership is judged "
          "adequate or unsatisfactory, Estyn may decide that the school needs a follow-up visit."),
    ("pb",),
    ("h", "Main findings"),
    ("gh2", "Inspection area 1: Standards", "Standards", "Good"),
    ("p", "On entry to the nursery, many pupils have language skills below those expected for their "
          "age. As they move through the school, most make strong progress. By Year 6, most pupils read "
          "fluently and with good expression, and they discuss books with enthusiasm."),
    ("p", "Pupils' writing develops steadily. Older pupils write well for a range of purposes, although "
          "a minority make too many spelling errors. Standards in mathematics are good overall, but "
          "pupils apply their numeracy skills in other subjects less successfully. Pupils' digital "
          "skills are excellent: Year 5 pupils had produced animated films about local history."),
    ("p", "Pupils' Welsh language skills are weaker. A few older pupils speak Welsh confidently, but "
          "most lack the vocabulary to extend their answers, and their standards are unsatisfactory "
          "in this respect."),
    ("gh2", "Inspection area 2: Wellbeing and attitudes to learning", "Wellbeing and attitudes to learning", "Excellent"),
    ("p", "Pupils are proud of their school. They are polite, friendly and supportive of each other. "
          "The school's eco-committee and digital leaders take their roles seriously and have led "
          "meaningful change, such as a whole-school scheme to reduce food waste. Attendance has "
          "improved over three years and is now good."),
    ("gh2", "Inspection area 3: Teaching and learning experiences", "Teaching and learning experiences", "Good"),
    ("p", "Teachers plan interesting activities that build well on pupils' prior learning. "
          "Relationships between staff and pupils are excellent. Teachers' questioning is generally "
          "effective, but in a few classes adults direct learning too closely. The outdoor learning "
          "programme in the foundation phase is a notable strength."),
    ("gh2", "Inspection area 4: Care, support and guidance", "Care, support and guidance", "Good"),
    ("p", "The school tracks pupils' progress carefully and provides well-targeted support for pupils "
          "with additional learning needs. Safeguarding procedures comply with statutory "
          "requirements. Links with parents are good, and the weekly family learning club is "
          "popular."),
    ("gh2", "Inspection area 5: Leadership and management", "Leadership and management", "Adequate and needs improvement"),
    ("p", "The headteacher has established a clear vision based on wellbeing and high expectations. "
          "Staff work well as a team. However, self-evaluation relies too heavily on data and does not "
          "focus closely enough on the quality of pupils' learning in lessons. As a result, leaders "
          "judged the school's standards to be excellent, which inspectors did not find."),
    ("p", "Governors are committed and visit regularly, but they rely too much on information from the "
          "headteacher. The school manages its budget well, and the pupil development grant is used "
          "to good effect."),
    ("h", "What the words excellent, good, adequate and unsatisfactory mean"),
    ("ul", [
        "Excellent – performance and practice that are consistently very strong and lead the way in the sector.",
        "Good – many strengths, with only minor aspects that could still be better.",
        "Adequate and needs improvement – strengths are greater than shortcomings, but some important aspects must get better.",
        "Unsatisfactory and needs urgent improvement – significant shortcomings are greater than strengths.",
    ]),
    ("p", "Publication date: 20 May 2024. This report is also available in Welsh."),
]
