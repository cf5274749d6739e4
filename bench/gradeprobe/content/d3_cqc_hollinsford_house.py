NAME = "d3_cqc_hollinsford_house"
PUBLISHER = "Care Quality Commission"
PRODUCER = "chromium"
STYLE = "CQC adult social care inspection report (care home)"
ACCENT = "#0b5e55"
THBG = "#e0f0ee"

BLOCKS = [
    ("lines", ["Care Quality Commission", "Inspection report"]),
    ("title", "Hollinsford House"),
    ("subtitle", "Brightwater Care Homes Limited"),
    ("meta", "14 Quarry Lane, Hollinsford, Wendham WD9 4QT"),
    ("meta", "Date of inspection visit: 22 and 23 May 2024"),
    ("meta", "Date of publication: 9 July 2024"),
    ("meta", "Tel: 01632 960418"),
    ("disc",),
    ("h", "Ratings"),
    ("gh", "Overall rating for this service: Requires improvement",
     "Overall rating for this service", "Requires improvement"),
    ("table", None, ["Key question", "Rating"], [
        ["Is the service safe?", "Requires improvement"],
        ["Is the service effective?", "Good"],
        ["Is the service caring?", "Good"],
        ["Is the service responsive?", "Good"],
        ["Is the service well-led?", "Inadequate"],
    ], (0, 1)),
    ("p", "Key to ratings: Outstanding, Good, Requires improvement, Inadequate."),
    ("h", "Summary of findings"),
    ("h3", "About the service"),
    ("p", "Hollinsford House is a residential care home providing personal care to up to 38 older "
          "people, some of whom live with dementia. At the time of our visit 31 people were living at "
          "the home. Accommodation is arranged over two floors, each with its own lounge and dining "
          "room."),
    ("h3", "People's experience of using this service and what we found"),
    ("p", "People and their relatives spoke highly of the care staff. One relative told us, \"The carers "
          "are excellent, they treat Mum like family.\" Another person said the food was good and that "
          "they were always offered a choice."),
    ("p", "Medicines were not always managed safely. Records for creams and 'as required' medicines "
          "were incomplete, and we found two occasions where a person had not received a prescribed "
          "dose. Risk assessments for people at risk of falls had not been reviewed after incidents."),
    ("p", "The provider's quality assurance systems had not identified these problems. The registered "
          "manager had left in February 2024 and the home had been without consistent leadership "
          "since then. Staff morale was good despite this, and staff told us they felt supported by "
          "the deputy manager."),
    ("p", "Staff asked people how they wanted their day to go and respected their decisions, "
          "including when people chose to stay in their rooms."),
    ("h3", "Rating at last inspection"),
    ("p", "When we last rated this home, in a report published on 3 May 2021, it was good."),
    ("h3", "Why we inspected"),
    ("p", "We received concerns about medicines management and staffing at night. As a result we "
          "undertook a comprehensive inspection covering all five key questions."),
    ("h3", "Enforcement"),
    ("p", "Two regulations were being breached, covering safe care and treatment and good governance. "
          "The final section of this report lists what the provider must now do."),
    ("h3", "Follow up"),
    ("p", "We have asked the provider to send us a written plan setting out how and when it will put "
          "these matters right. If the service does not improve, it could be rated "
          "inadequate overall at our next inspection and placed in special measures."),
    ("pb",),
    ("gh2", "Is the service safe?", "Is the service safe?", "Requires improvement"),
    ("p", "For this key question we checked whether people were kept free from abuse and from harm that could have been prevented."),
    ("p", "This key question was rated good when we last inspected the home."),
    ("h3", "Using medicines safely"),
    ("p", "Medicines administration records contained gaps, and stock counts did not match records for "
          "four people. Protocols for 'as required' medicines lacked detail about when to offer them."),
    ("h3", "Staffing and recruitment"),
    ("p", "There were enough staff during the day, but rotas showed that on six nights in April only two "
          "care staff were on duty. Recruitment checks were thorough, and references were obtained "
          "before staff started work."),
    ("gh2", "Is the service effective?", "Is the service effective?", "Good"),
    ("p", "Staff completed a thorough induction and told us the training was good. People's nutritional "
          "needs were met, and the cook knew each person's preferences. The service worked well with "
          "the local GP practice, which was itself rated outstanding by CQC in 2023."),
    ("gh2", "Is the service caring?", "Is the service caring?", "Good"),
    ("p", "We saw many kind and patient interactions. Staff knocked on doors before entering and "
          "spoke to people respectfully. Relatives said they were always made welcome."),
    ("gh2", "Is the service responsive?", "Is the service responsive?", "Good"),
    ("p", "Care plans were personalised and described people's life histories. The activities "
          "coordinator arranged a varied programme; one person described the weekly music sessions as "
          "outstanding. Complaints were recorded and answered promptly."),
    ("gh2", "Is the service well-led?", "Is the service well-led?", "Inadequate"),
    ("p", "For this key question we examined how managers and the provider ran the home, checked its "
          "quality and learned from mistakes."),
    ("p", "When we last visited, we had rated leadership at the home as good. The provider's audits had not been "
          "completed since January 2024, and the provider had not notified CQC of two serious injuries "
          "as the law requires. Oversight from the provider's regional team was poor."),
    ("p", "The nominated individual acknowledged the shortfalls and told us that an experienced "
          "manager from another Brightwater home, rated good at its last inspection, would be "
          "seconded to Hollinsford House."),
    ("h", "Requirement actions for the provider"),
    ("table", None, ["Regulated activity", "Regulation"], [
        ["Residential personal care", "Regulation 12 (Safe care and treatment)"],
        ["Residential personal care", "Regulation 17 (Good governance)"],
    ], None),
    ("p", "Our ratings use four levels. Outstanding means the service is doing exceptionally well. Good "
          "means it is meeting our expectations. Requires improvement means it falls short of where "
          "it ought to be. Inadequate means it is performing badly and we have taken action."),
]
