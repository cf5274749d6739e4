"""probe25 `o` documents: pdf_oxide (Rust) through PyPI pdf_oxide 0.3.78.

pdf_oxide's fluent page builder (`DocumentBuilder` / `FluentPageBuilder`) lays the text out
itself: `paragraph()` breaks the lines and, when the page is full, carries the rest of the
paragraph on to a new page that the library adds by itself; `heading()`, `columns()` (a
balanced multi-column passage), `table()` and `footnote()` (the note at the page foot under
a rule) are the library's too.  (The builder does not keep the body clear of the notes it adds
at the foot: o01 starts a new page by hand, `pagebreak`, where its first draft ran the text
into the notes.)  The script only picks fonts and sizes, places the title
block and the letter furniture with `at()`/`text()`, and adds a little `space()` after tables (the
builder leaves the next line touching the table's last rule).  Bullets and paragraph numbers are
typed at the start of the paragraph ("• ", "– ", "2.1 "); footnote calls are the WinAnsi
superscript digits glued to the text.  pdf_oxide draws no running header or page number.
Writes pdf/oNN_*.pdf, oNN_*.gold.json and oNN_*.furniture.json.
"""
import pypdf
from common import NOTICE, PDF_DIR, pieces, write_gold
from pdf_oxide import Column, DocumentBuilder, Table

SUP = {1: "¹", 2: "²", 3: "³"}
W = 595.0


class Calls:
    def __init__(self):
        self.n = 0

    def text(self, sents):
        words, notes = [], []
        for s in sents:
            out = []
            for kind, t in pieces(s):
                if kind == "text":
                    out.append(t)
                else:
                    self.n += 1
                    out.append(SUP[self.n])
                    notes.append(f"{SUP[self.n]} {t}")
            words.append("".join(out))
        return " ".join(" ".join(words).split()), notes


def build(name, title, blocks, body, size, serif_italic):
    b = DocumentBuilder().title(title).author("probe25")
    pg = b.a4_page()
    calls = Calls()
    y = 780.0
    running = []

    def para(pg, sents, prefix="", font=None, sz=None):
        text, notes = calls.text(sents)
        pg = pg.font(font or body, sz or size).paragraph(prefix + text)
        for n in notes:
            pg = pg.footnote("", n)
            running.append(("footnote", n))
        return pg

    started = False
    for blk in blocks:
        k = blk[0]
        if k in ("kicker", "title", "date", "letterhead", "address", "line", "signoff") \
                and not started:
            lines = [blk[1]] if k in ("kicker", "title", "date") else (
                blk[1] if k != "line" else [blk[2]])
            font, sz, gap, right = {
                "kicker": ("Helvetica-Bold", 10, 16, False),
                "title": ("Helvetica-Bold", 18, 24, False),
                "date": ("Helvetica", 10, 20, False),
                "letterhead": ("Helvetica", 9, 12, True),
                "address": (body, size, size * 1.3, False),
                "line": (body, size, size * 1.6, blk[1] in ("date", "reference")),
                "signoff": (body, size, size * 1.3, False)}[k]
            for i, t in enumerate(lines):
                f = "Helvetica-Bold" if (k == "letterhead" and i == 0) or \
                    (k == "line" and blk[1] == "subject") else font
                s_ = 11 if k == "letterhead" and i == 0 else sz
                pg = pg.font(f, s_)
                x = W - 72 - pg.measure(t) if right else 72
                pg = pg.at(x, y).text(t)
                y -= gap
            y -= 6
            continue
        if k == "notice":
            pg = pg.at(72, y).font(serif_italic, size).paragraph(NOTICE)
            started = True
            continue
        if not started:
            pg = pg.at(72, y)
            started = True
        if k == "h":
            pg = pg.space(4).heading(blk[1], blk[2])
        elif k == "p":
            pg = para(pg, blk[1])
        elif k == "bullets":
            if blk[1]:
                pg = para(pg, [blk[1]])
            for it in blk[2]:
                pg = para(pg, [it], prefix=blk[3] + " ")
        elif k == "numbered":
            for item in blk[1]:
                pg = para(pg, item[1], prefix=item[0] + " ")
                for it in (item[2] if len(item) > 2 else ()):
                    pg = para(pg, [it], prefix="– ")
        elif k == "table":
            cols = [Column(h, w) for h, w in zip(blk[1], blk[3], strict=False)]
            # the header row is passed as the first row: with has_header=True the builder
            # prints the column titles twice
            pg = pg.font("Helvetica", 9).table(Table(cols, [blk[1]] + blk[2])).space(12)
        elif k == "cols":
            texts = []
            for side in (blk[1], blk[2]):
                for bb in side:
                    t, notes = calls.text(bb[1])
                    assert not notes
                    texts.append(t)
            pg = pg.font(body, size - 0.5).columns(2, 18, "\n\n".join(texts))
        elif k == "box":
            # a "box" is a heading-like run-in title and its paragraphs, set off by rules
            pg = pg.horizontal_rule().font("Helvetica-Bold", size).paragraph(blk[1])
            for bb in blk[2]:
                if bb[0] == "p":
                    pg = para(pg, bb[1])
                else:
                    if bb[1]:
                        pg = para(pg, [bb[1]])
                    for it in bb[2]:
                        pg = para(pg, [it], prefix=bb[3] + " ")
            pg = pg.horizontal_rule()
        elif k == "signoff":
            pg = pg.space(6)
            for t in blk[1]:
                pg = pg.font(body, size).paragraph(t)
        elif k == "line":
            pg = pg.font("Helvetica-Bold" if blk[1] == "subject" else body, size) \
                .paragraph(blk[2])
        elif k == "pagebreak":
            pg = pg.done().a4_page().at(72, 780)
        elif k == "backcover":
            pg = pg.done().a4_page().at(72, 300)
            for t in blk[1]:
                pg = pg.font("Helvetica", 9).paragraph(t)
        else:
            raise ValueError(k)
    path = f"{PDF_DIR}/{name}.pdf"
    pg.done().save(path)
    n = len(pypdf.PdfReader(path).pages)
    g = write_gold(name, blocks, running)
    print(f"{name:<28} pdf_oxide  {n} pages, {g} gold sentences")


# ---------------------------------------------------------------------------------------
O01 = [
    ("kicker", "PEEL 2021/22"),
    ("title", "Wyvernholm Constabulary"),
    ("date", "Police effectiveness, efficiency and legitimacy – published 9 August 2022"),
    ("notice",),
    ("h", 3, "Our judgements"),
    ("p", ["We graded Wyvernholm Constabulary in nine areas of its work and looked at the "
           "service it gives to victims, which we do not grade.",
           "Its grades are shown below."]),
    ("table", ["Area", "Grade"], [
        ["Preventing crime and anti-social behaviour", "Outstanding"],
        ["Treatment of the public", "Good"],
        ["Protecting vulnerable people", "Good"],
        ["Responding to the public", "Adequate"],
        ["Managing offenders and suspects", "Adequate"],
        ["Investigating crime", "Requires improvement"],
        ["Developing a positive workplace", "Adequate"],
        ["Good use of resources", "Adequate"],
        ["Disrupting serious organised crime", "Inadequate"]], [300, 150]),
    ("h", 3, "Providing a service to the victims of crime"),
    ("p", ["Victims who call Wyvernholm Constabulary are usually answered promptly, and "
           "officers reach emergencies within the times the force has set.",
           "Crimes are recorded accurately in almost all cases.^[Based on our audit of 150 "
           "incident records from the period 1 May to 31 October 2021.]",
           "Too often, though, investigations are closed without the victim being asked for "
           "their view."]),
    ("h", 3, "Preventing crime and anti-social behaviour: outstanding"),
    ("p", ["The force has made prevention the core of its neighbourhood policing, and every "
           "ward has a named officer who is known to residents.",
           "It uses careful analysis to pick the places and people at greatest risk, and it "
           "checks afterwards whether the work made a difference."]),
    ("h", 3, "Investigating crime: requires improvement"),
    ("p", ["Investigations are not always supervised well enough, and some files showed no "
           "plan for the next steps.",
           "Many detectives are newly qualified and lack the support of experienced "
           "colleagues."]),
    ("bullets", "The force should make improvements in three areas:", [
        "supervisors should set and record a clear plan for each investigation;",
        "victims should be asked for their view before a case is closed;",
        "newly qualified detectives should be paired with an experienced mentor."], "•"),
    ("pagebreak",),
    ("h", 3, "Disrupting serious organised crime: inadequate"),
    ("p", ["The force has too little understanding of the organised crime groups that "
           "operate in its area.",
           "Its intelligence picture relies mainly on information from regional partners, "
           "and local officers are rarely asked what they know.",
           "We have raised a cause of concern about this and will return within six months "
           "to see what has changed.^[Causes of concern are followed by one or more "
           "recommendations; ours is set out in full on our website.]"]),
    ("h", 3, "Good use of resources: adequate"),
    ("p", ["Wyvernholm has a balanced budget and a realistic plan for the next four years.",
           "Its estates strategy will close two old stations and open a shared base with the "
           "fire service in 2024."]),
    ("backcover", [
        "© HMICFRS 2022 (fictional publication for testing)",
        "Reuse of this text is permitted under the Open Government Licence, version 3.",
        "Please direct questions to the fictional address given below.",
        "Inspectorate Enquiries, 27 Chandler Street, Wyvernholm WV4 2RA"]),
]

O02 = [
    ("kicker", "Stop and search: a force inspection"),
    ("title", "Durnmoor Vale Police"),
    ("date", "Inspected in February 2023; published June 2023"),
    ("notice",),
    ("h", 3, "1. Summary"),
    ("cols", [
        ("p", ["Durnmoor Vale Police used stop and search about 4,100 times in 2022, a small "
               "rise on the year before.",
               "Most searches were for drugs, and most of those found nothing."]),
    ], [
        ("p", ["Officers we watched were courteous and explained the grounds for each search "
               "clearly.",
               "The written records, however, were often too brief to show that the grounds "
               "had been reasonable."]),
    ]),
    ("h", 3, "2. Recording the grounds"),
    ("numbered", [
        ("2.1", ["We read 180 search records from the second half of 2022.",
                 "In 31 of them the grounds written down were not strong enough to justify a "
                 "search.^[We judge the grounds against the test in Code A of the Police and "
                 "Criminal Evidence Act 1984.]"]),
        ("2.2", ["Sergeants are meant to review every record within a week, but in practice "
                 "only about half are reviewed at all.",
                 "Where a review did take place, it rarely led to feedback for the officer."]),
        ("2.3", ["The force has begun to use body-worn video footage in these reviews, which "
                 "is a welcome step.",
                 "So far, though, the footage has been watched for fewer than one search in "
                 "twenty."]),
    ]),
    ("h", 3, "3. Disproportionality"),
    ("numbered", [
        ("3.1", ["Black people in Durnmoor Vale were searched at almost five times the rate "
                 "of white people in 2022.",
                 "The force publishes these figures but has not done enough to understand "
                 "why the gap exists.",
                 "Its scrutiny panel, made up of local residents, meets every two months and "
                 "looks at a sample of footage each time, and members told us they wanted "
                 "the force to tell them what had changed as a result of their comments."]),
        ("3.2", ["Officers in the two largest towns accounted for most of the difference."]),
    ]),
    ("box", "What people told us", [
        ("p", ["Young people at a youth club in Tarnley said they were stopped so often that "
               "they no longer expected to be given a reason.",
               "Two parents told us that their sons had been searched on the way home from "
               "school on several occasions in one month.",
               "By contrast, older residents who had been searched after a burglary nearby "
               "said the officers had been polite and had apologised for the inconvenience."])]),
    ("h", 3, "4. Training and supervision"),
    ("numbered", [
        ("4.1", ["All officers had completed the national online course on stop and search, "
                 "but few could recall what it had taught them.",
                 "The force has no classroom training on the subject for officers after their "
                 "first year."]),
        ("4.2", ["Supervisors told us that they had too little time to watch footage, since "
                 "they also manage the daily response to calls.",
                 "A small team at headquarters now checks a random sample of searches each "
                 "week, and its findings are shared with every sergeant."]),
    ]),
    ("h", 3, "5. Recommendations"),
    ("bullets", "By the end of 2023 the force should:", [
        "make sure every search record is reviewed by a supervisor within seven days;",
        "give officers written feedback when their grounds fall short;",
        "publish an analysis of the reasons for the difference in search rates."], "–"),
]

O03 = [
    ("letterhead", ["HM Inspectorate of Constabulary and Fire & Rescue Services",
                    "Fictional Court, 40 Weaver Street, Ormbridge OR5 1JX",
                    "enquiries@example.invalid"]),
    ("line", "date", "7 March 2024"),
    ("address", ["Chief Constable Desmond Ferrier", "Kelsborough Police",
                 "Headquarters, Gull Lane", "Kelsborough KB2 6TR"]),
    ("notice",),
    ("line", "salutation", "Dear Chief Constable,"),
    ("line", "subject", "Our findings on the management of police vehicles"),
    ("p", ["Last autumn we looked at how Kelsborough Police manages its fleet of about 640 "
           "vehicles.",
           "This letter records what we found and the two areas that need your attention."]),
    ("p", ["The fleet team is small but well organised, and it knows the condition of every "
           "vehicle.",
           "Vehicles are serviced on time, and the proportion off the road for repair has "
           "fallen for three years running.^[Fleet availability reports for 2021 to 2023, "
           "supplied by the force.]"]),
    ("p", ["We did find that response vehicles in the north of the county are older than "
           "those elsewhere.",
           "Officers there told us that breakdowns had twice delayed their arrival at "
           "emergencies in the past year."]),
    ("bullets", "The two areas that need attention are:", [
        "replacing the oldest response vehicles in the north of the county;",
        "recording the cause of every delay in which a vehicle fault played a part."], "–"),
    ("p", ["Driver training is well organised, and every officer who drives on emergency calls "
           "holds the right qualification.",
           "Refresher courses, however, had fallen behind during 2022, and 38 officers were "
           "overdue for one when we visited.",
           "The training school has since added extra courses, and it expects to clear the "
           "backlog by the summer."]),
    ("p", ["Each vehicle carries a tracking unit that records its speed and location, which "
           "the force uses to check the driving of officers on emergency journeys.",
           "We found that these checks were thorough and that managers acted on what they "
           "showed."]),
    ("p", ["The force has also begun a trial of electric cars for neighbourhood officers in "
           "Kelsborough town centre.",
           "Early results suggest lower running costs, but too few charging points at the "
           "stations means that some cars sit unused for part of each shift."]),
    ("p", ["Pool cars used by detectives and staff are booked through an online system that "
           "works well.",
           "Some departments, though, keep cars that are used on fewer than one day in five, "
           "while others regularly borrow vehicles from response teams.",
           "A review of where each car is based could free several vehicles for the north of "
           "the county at little cost."]),
    ("p", ["We also looked at how damage to vehicles is reported and paid for.",
           "Minor damage was usually reported on the same shift, but the cost of repairs was "
           "not always charged to the department responsible, so managers had little reason "
           "to ask why it kept happening."]),
    ("p", ["Your head of fleet services accepted these points and has already drawn up a "
           "revised replacement plan.",
           "We will ask about progress during our next visit to the force.",
           "Thank you for the openness with which your staff dealt with our questions."]),
    ("signoff", ["Yours sincerely,", "Imelda Stavely",
                 "His Majesty’s Inspector of Constabulary (fictional)"]),
]


def main():
    build("o01_peel_wyvernholm", "PEEL 2021/22: Wyvernholm Constabulary", O01,
          "Times-Roman", 11, "Times-Italic")
    build("o02_stopsearch_durnmoor", "Stop and search: Durnmoor Vale Police", O02,
          "Helvetica", 10, "Helvetica-Oblique")
    build("o03_letter_kelsborough", "Kelsborough Police: letter on police vehicles", O03,
          "Times-Roman", 11.5, "Times-Italic")


if __name__ == "__main__":
    main()
