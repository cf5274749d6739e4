NAME = "d4_hmip_brackenmoor"
PUBLISHER = "HM Inspectorate of Prisons"
PRODUCER = "docx"
STYLE = "HM Inspectorate of Prisons full inspection report (healthy prison tests)"

BLOCKS = [
    ("meta", "HM Inspectorate of Prisons"),
    ("title", "HMP Brackenmoor: report of an unannounced inspection"),
    ("subtitle", "Fieldwork carried out from 3 to 14 June 2024"),
    ("disc",),
    ("h", "Healthy prison outcomes"),
    ("p", "We judge outcomes for prisoners against four healthy prison tests: safety, respect, "
          "purposeful activity and preparation for release. Each test is scored on a scale from 1 to 4."),
    ("table", "Table 1: Healthy prison test scores at this inspection", ["Healthy prison test", "Score", "Outcome"], [
        ["Safety", "2", "Not sufficiently good"],
        ["Respect", "3", "Reasonably good"],
        ["Purposeful activity", "1", "Poor"],
        ["Preparation for release", "3", "Reasonably good"],
    ], (0, 2)),
    ("h3", "How the scores are defined"),
    ("ul", [
        "4 – good: inspectors found no serious concerns, and most men were treated well.",
        "3 – reasonably good: some concerns were found, although they were unlikely to damage the well-being of most men.",
        "2 – not sufficiently good: shortcomings in provision were harming some men or placing them at risk.",
        "1 – poor: the well-being of men held was being seriously damaged.",
    ]),
    ("p", "At the last full inspection in 2021, outcomes were judged reasonably good for safety, not "
          "sufficiently good for respect, not sufficiently good for purposeful activity and good for "
          "preparation for release."),
    ("h", "Introduction by the Chief Inspector"),
    ("p", "HMP Brackenmoor is a category C training prison on the edge of the moors, holding about 780 "
          "adult men. Many of its prisoners are serving long sentences and have several years left "
          "to serve. This was a disappointing inspection in several respects."),
    ("p", "The prison had become less safe since we last visited. Assaults on staff had almost doubled, "
          "and the use of force had risen sharply. Much of the violence was linked to debt and the "
          "supply of illicit drugs, which the prison's security department had not yet got to grips "
          "with. In our survey, nearly half of prisoners said they had felt unsafe at some point."),
    ("p", "In contrast, relationships between staff and prisoners were good on most wings, and many "
          "officers knew the men in their care well. Cells on the older wings were cramped and poorly "
          "ventilated, but communal areas were clean. Healthcare was reasonably good, and the "
          "mental health team provided an excellent service to men in crisis."),
    ("p", "The regime was the prison's most serious failing. Men spent on average more than 21 hours a "
          "day locked in their cells, and only a third were allocated to full-time work or education. "
          "For a training prison this is a poor offer. Education, skills and work provision was "
          "inspected by Ofsted, which judged its overall effectiveness to be inadequate."),
    ("p", "Work to prepare men for release was more encouraging. Offender management staff had made "
          "good progress in reducing the backlog of sentence plans, and resettlement help for men "
          "approaching release was well organised."),
    ("p", "Of the recommendations we made at the last inspection, 11 had been achieved, 9 partially "
          "achieved and 14 were still outstanding."),
    ("lines", ["Charlotte Vane", "HM Chief Inspector of Prisons", "July 2024"]),
    ("pb",),
    ("h", "What needs to improve at HMP Brackenmoor"),
    ("p", "We identified five priority concerns, which leaders should address urgently."),
    ("ul", [
        "Levels of violence were too high, and leaders did not have a good understanding of what drove it.",
        "The supply of illicit drugs was undermining safety, and drug testing was not carried out as often as it should have been.",
        "Time out of cell was poor, and too many prisoners had no purposeful activity at all.",
        "Attendance at education and work was low, and the quality of teaching in some workshops was unsatisfactory.",
        "Men who had been assessed as at risk of self-harm did not always receive good-quality case management.",
    ]),
    ("h", "About HMP Brackenmoor"),
    ("meta", "Task of the prison: category C training prison for adult men"),
    ("meta", "Capacity (certified normal / operational): 702 / 790"),
    ("meta", "Men held during the inspection: 781"),
    ("meta", "Prison group: Pennine and Dales"),
    ("meta", "Healthcare commissioner and provider: NHS England; Moorland Health Partnership"),
    ("meta", "Last inspection: full inspection, March 2021 (safety judged reasonably good)"),
    ("h", "Section 3. Safety"),
    ("p", "Early days arrangements were reasonable. Reception was calm, and new arrivals were seen "
          "promptly by healthcare staff. However, first-night cells on the induction wing were "
          "dirty, and several lacked working call bells."),
    ("p", "The prison's violence reduction strategy was out of date. Incidents were investigated, but "
          "the quality of these investigations was inconsistent, and some were poor. Support for "
          "victims of violence was limited."),
    ("p", "The use of force had increased by 60% since 2021. Governance was weak: body-worn camera "
          "footage was missing for a fifth of incidents we reviewed."),
    ("h", "Section 4. Respect"),
    ("p", "Staff-prisoner relationships were good in most areas, and prisoners appreciated the "
          "peer-led information desk. Food was adequate, although portions at the evening meal were "
          "small. Complaints were answered on time, and replies were generally respectful."),
    ("h", "Section 5. Purposeful activity"),
    ("p", "Only 34% of prisoners were in full-time activity. The library was well stocked, but "
          "access was limited to one session a fortnight. The gym offered good facilities, yet many "
          "sessions were cancelled because of staff shortages."),
    ("h", "Section 6. Preparation for release"),
    ("p", "The offender management unit was well led. Public protection arrangements were sound, "
          "and contact with the probation service before release was good. The prison's work with "
          "families, delivered by a local charity, was an example of excellent practice."),
    ("p", "Crown copyright 2024. This report is published by HM Inspectorate of Prisons."),
]
