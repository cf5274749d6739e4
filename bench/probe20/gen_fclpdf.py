"""probe20 producer f: Free Pascal's fcl-pdf (unit fpPDF of FPC 3.2.2, Debian fp-units-fcl
3.2.2+dfsg-20), the PDF writer Free Pascal and Lazarus applications use (FPReport's PDF export is
built on it).  Its own writer: PDF 1.3, CRLF line ends, TrueType fonts embedded as subset
CIDFontType2 with Identity-H and a ToUnicode map built from the text written, one
``BT x y TD <hex> Tj ET`` per WriteText call, the font set with ``Tf`` *outside* the text
object, integer font sizes only (``SetFont`` takes an Integer), "Producer: fpGUI Toolkit 1.4"
(fcl-pdf's default).

The page layout is layout.py's; this generator decides how the runs are written, as an
application using fcl-pdf would: a ragged or centred line is one WriteText call, a justified line
is written word by word (fcl-pdf has no word-spacing call), a letter-spaced line character by
character (nor a character-spacing call), a footnote call as its own smaller WriteText raised
above the baseline.  ``fclpdf_render.pas`` (compiled with ``fpc``) reads the display list as JSON
and makes the fcl-pdf calls.

  f01  PEEL 2023-25 report, 4 pages: band title block, grade table, judgement headings ending
       in a grade, footnote calls after a full stop and glued to a word with notes at the page
       foot, private-use bullets (U+F0A7 from a Wingdings-like font), lettered list, "Area for
       improvement" box, "Innovative practice" box crossing a page break, paragraphs crossing
       page breaks, running header and "Page N of M" footer, back cover.
  f02  joint thematic inspection, 2 pages, two justified columns written word by word,
       hyphenated line ends, letter-spaced kicker, tinted side box in column 1, sentences
       crossing the column break and the page break, "(a)" recommendations.
  f03  inspection of custody: findings table whose prose cells are gold (header row repeated
       on page 2), numbered paragraphs with the numbers in a margin, "Cause of concern" box,
       en-dash bullets, footnotes.

Usage: python3 gen_fclpdf.py   (needs fpc on PATH)
"""
import json
import os
import shutil
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, soft
from layout import Layout, Style, TTFMetrics, make_bullet_font

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = [2024, 5, 14, 9, 30]
CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-{}.ttf"
LIB2 = "/usr/share/fonts/truetype/liberation2/Liberation{}.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{}.ttf"
PUA_SQUARE = "\uf0a7"


class FDoc(Layout):
    def __init__(self, name, title, fonts, **kw):
        self.font_files = fonts
        metrics = {k: TTFMetrics(v) for k, v in fonts.items()}
        super().__init__(name, metrics, page=(595, 842), **kw)
        self.title = title

    def render(self, tmp, exe):
        pages = self.finish()
        fontdir = os.path.join(tmp, self.name)
        os.makedirs(fontdir, exist_ok=True)
        fonts = []
        for key, path in sorted(self.font_files.items()):
            base = os.path.basename(path)
            if not os.path.exists(os.path.join(fontdir, base)):
                shutil.copy(path, os.path.join(fontdir, base))
            fonts.append({"key": key, "file": base, "name": base[:-4].replace("-", "")})
        out_pages = []
        for pg in pages:
            ops = []
            for o in pg.ops:
                if o["op"] != "text":
                    ops.append(o)
                    continue
                assert float(o["size"]).is_integer(), (self.name, o["size"], o["s"])
                base = dict(op="text", font=o["font"], size=int(o["size"]), color=o["color"],
                            y=round(o["y"], 2))
                if o["tc"]:
                    x = o["x"]
                    for ch in o["s"]:
                        if ch != " ":
                            ops.append(dict(base, x=round(x, 2), s=ch))
                        x += self.width(ch, o["font"], o["size"]) + o["tc"]
                elif o["ws"] and o["words"]:
                    for x, w in o["words"]:
                        ops.append(dict(base, x=round(x, 2), s=w))
                else:
                    ops.append(dict(base, x=round(o["x"], 2), s=o["s"]))
            out_pages.append({"ops": ops})
        out = os.path.join(PDF_DIR, self.name + ".pdf")
        spec = {"out": out, "title": self.title, "author": "probe20",
                "creator": "probe20 fclpdf_render", "date": DATE, "fontdir": fontdir,
                "fonts": fonts, "pages": out_pages}
        path = os.path.join(tmp, self.name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False)
        subprocess.run([exe, path], check=True)
        print(f"{self.name}: {self.gold.write()} gold sentences, {len(pages)} pages")


# ---------------------------------------------------------------------------------------------

def f01(tmp, exe):
    navy, teal = "#1d3557", "#2a7f7a"
    fonts = {"r": CARLITO.format("Regular"), "b": CARLITO.format("Bold"),
             "i": CARLITO.format("Italic"), "w": os.path.join(tmp, "ProbeWingdings.ttf")}
    body = Style("r", 11, 15)
    d = FDoc("f01_peel_brantwick", "PEEL 2023-25: An inspection of Brantwick Police", fonts,
             margins=(62, 66, 62, 70), note_style=Style("r", 8, 10), header_first=True)
    h2 = Style("b", 15, 20, color=navy)
    h3 = Style("b", 13, 18, color=teal)

    def header(lay, page, nb):
        if page.number >= 2:
            lay.text_at(62, 40, "PEEL 2023–25 | Brantwick Police", Style("r", 9, 11, "#555555"))
            lay.line(62, 46, 533, 46, "#999999", 0.5)
    d.header = header

    def footer(lay, page, nb):
        lay.text_at(533, 806, f"Page {page.number} of {nb}", Style("r", 9, 11, "#555555"),
                    align="right")
    d.footer = footer

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 7, **kw})

    # title block on a band
    d.rect(0, 0, 595, 150, fill=navy)
    d.text_at(62, 58, "PEEL 2023–25", Style("b", 14, 16, "#a8dadc"))
    d.text_at(62, 84, "Police effectiveness, efficiency and legitimacy", Style("r", 12, 14,
                                                                              "#ffffff"))
    d.text_at(62, 118, "An inspection of Brantwick Police", Style("b", 24, 28, "#ffffff"))
    d.y = 168
    d.p("Published: 14 May 2024", style=Style("r", 11, 15, "#444444"), gold=False, after=6)
    d.p(NOTICE, style=Style("i", 11, 15), gold=False, after=12)
    d.heading("Overall summary", h2, before=0)
    d.heading("Our judgements", h3, before=2)
    b("Our inspectors assess how good forces are in several areas of policing, and we grade "
      "each area on a five-point scale.")
    grades = [("Preventing crime", "Good"), ("Responding to the public",
                                             "Requires improvement"),
              ("Investigating crime", "Adequate"), ("Protecting vulnerable people", "Good"),
              ("Managing offenders and suspects", "Adequate"),
              ("Building, supporting and protecting the workforce", "Good")]
    d.table([300, 171], [[a, g] for a, g in grades], header=["Area of policing", "Grade"],
            cell_styles=lambda i, cells: [Style("r", 10, 13), Style("b", 10, 13)],
            header_style=Style("b", 10, 13, "#ffffff"), header_fill=navy, rule="#7a8a99",
            before=2, after=8)
    b("We set out our detailed findings about things the force is doing well and where it "
      "should improve in the rest of this report.")
    d.heading("HM Inspector’s observations", h3, before=4)
    b("I am satisfied with some aspects of the performance of Brantwick Police, but there are "
      "areas where the force needs to improve.",
      "The force has a clear plan for neighbourhood policing, and the officers we met "
      "understood the problems that matter most to their communities.^[The force carried out "
      "a public survey in 2023, and more than 4,000 residents took part.]")
    b("The force should do more to make sure that it answers emergency calls quickly.",
      "Its call handlers told us that they often work without enough staff at the busiest "
      "times of the week, and many of them are new to the role.",
      "Senior leaders know this, and they have started to recruit more call handlers and to "
      "change how shifts are planned.",
      "It is too early to say whether these changes will be enough.")
    d.heading("Preventing crime and anti-social behaviour: good", h2, before=8)
    b("Brantwick Police is good at preventing crime and anti-social behaviour.",
      "Its neighbourhood teams work with councils, schools and housing providers to solve "
      "long-running problems, and they record this work well.")
    b("The force uses problem-solving plans to tackle repeat anti-social behaviour.",
      "In Stowmarsh, officers worked with the council to close an empty building where young "
      "people had been gathering, and reports of disorder in the area fell sharply.")
    d.heading("Responding to the public: requires improvement", h2, before=8)
    b("The force needs to improve how it responds to the public.",
      "In the twelve months to September 2023, it answered only 71 percent of emergency calls "
      "within ten seconds, which is below the national standard.")
    d.table([235, 118, 118], [["Emergency calls answered within 10 seconds", "71%", "90%"],
                              ["Non-emergency calls abandoned", "18%", "–"]],
            header=["Call handling, Oct 2022 to Sep 2023", "Force", "Standard"],
            cell_style=Style("r", 10, 13), header_style=Style("b", 10, 13), header_fill="#e6ecf2",
            rule="#7a8a99", before=0, after=10)
    b("When the force cannot attend an incident straight away, it offers an appointment "
      "service^[Appointments are offered at the force’s four front counters or by video "
      "call.] and most victims told us that they valued this.",
      "But call handlers did not always explain to callers what would happen next, or when.")
    d.box_begin(fill="#eef4f8", stroke=teal, lw=1, pad=9, before=4)
    d.p("Area for improvement", style=Style("b", 11, 15, teal), gold=False, after=3)
    d.p("The force should make sure that it answers emergency calls within national standards "
        "and that it tells callers what will happen next.", style=body)
    d.box_end(after=10)
    b("We examined a sample of calls and found that call handlers had not always:",
      after=3)
    for i, t in enumerate(("identified repeat victims, even when the force’s records showed "
                           "earlier calls from the same address;",
                           "asked callers about their vulnerability; or",
                           "given callers advice on keeping evidence safe.")):
        d.p(t, style=body, indent=26, label=f"{'abc'[i]})", label_x=8, after=3)
    d.space(5)
    d.heading("Investigating crime: adequate", h2, before=8)
    b("The force is adequate at investigating crime.",
      "Its investigations are generally well supervised, and most are completed within a "
      "reasonable time.")
    b("However, we found that the force did not always keep victims informed about the "
      "progress of their cases.",
      "In 14 of the 60 cases we reviewed, the victim had not been updated for more than a "
      "month.")
    d.heading("Protecting vulnerable people: good", h2, before=8)
    b("The force is good at protecting vulnerable people.",
      "It has improved how it responds to domestic abuse, and it makes good use of the powers "
      "available to it:", after=3)
    for t in ("domestic violence protection notices and orders;",
              "stalking protection orders; and",
              "the domestic violence disclosure scheme."):
        d.p(t, style=body, indent=26, label=PUA_SQUARE, label_style=Style("w", 10, 15),
            label_x=10, after=2)
    d.space(6)
    d.box_begin(fill="#f1f7ee", stroke=None, pad=9, before=4)
    d.p("Innovative practice", style=Style("b", 11, 15, "#3d6b35"), gold=False, after=3)
    d.p("The force has placed a specialist domestic abuse adviser in its control room during the "
        "evening and at weekends.",
        "The adviser listens to calls, gives call handlers advice on the risks that victims "
        "face and arranges support for victims on the same day.",
        "Victims we spoke to said that this early contact made them more willing to support a "
        "prosecution.", style=body)
    d.box_end(after=10)
    d.heading("Managing offenders and suspects: adequate", h2, before=8)
    b("The force manages registered sex offenders well, and its officers carry out visits on "
      "time.",
      "It should make sure that it arrests wanted suspects more quickly, as some had been "
      "circulated as wanted for several months without any further action.")
    d.back_cover()
    d.rect(0, 0, 595, 842, fill=navy)
    d.text_at(297, 380, "His Majesty’s Inspectorate of Constabulary", Style("b", 16, 20,
                                                                           "#ffffff"),
              align="center")
    d.text_at(297, 404, "and Fire & Rescue Services", Style("b", 16, 20, "#ffffff"),
              align="center")
    d.text_at(297, 440, "May 2024 | © Synthetic inspectorate 2024", Style("r", 11, 14,
                                                                          "#a8dadc"),
              align="center")
    d.text_at(297, 460, "This report is part of a synthetic test set.",
              Style("r", 11, 14, "#a8dadc"), align="center")
    d.render(tmp, exe)


def f02(tmp, exe):
    wine = "#6b2c3e"
    fonts = {"r": LIB2.format("Serif-Regular"), "i": LIB2.format("Serif-Italic"),
             "s": LIB2.format("Sans-Regular"), "sb": LIB2.format("Sans-Bold")}
    d = FDoc("f02_thematic_scarrowby", "Policing the night-time economy: a joint thematic "
             "inspection", fonts, margins=(50, 62, 50, 62), note_style=Style("r", 8, 10))
    body = Style("r", 11, 14.5, align="justify", hyphenate=True)
    h = Style("sb", 12, 16, color=wine)

    def header(lay, page, nb):
        if page.number >= 2:
            lay.text_at(50, 38, "Policing the night-time economy: a joint thematic inspection",
                        Style("s", 8, 10, "#666666"))
            lay.text_at(545, 38, "June 2024", Style("s", 8, 10, "#666666"), align="right")
        lay.text_at(297.5, 808, str(page.number), Style("s", 9, 11, "#666666"),
                    align="center")
    d.header = header

    def b(*s, **kw):
        d.p(*(soft(x) for x in s), **{"style": body, "after": 6, **kw})
        # (the gold is the plain text: Gold removes the soft hyphens)

    d.text_at(50, 70, "JOINT THEMATIC INSPECTION", Style("sb", 10, 12, wine, tracking=2.5))
    d.y = 82
    d.p("Policing the night-time economy: an inspection of Scarrowby Police and Lindenholme "
        "Constabulary", style=Style("sb", 20, 25), gold=False, after=6)
    d.p("June 2024", style=Style("s", 11, 14, "#444444"), gold=False, after=6)
    d.p(NOTICE, style=Style("i", 11, 14), gold=False, after=6)
    d.line(50, d.y, 545, d.y, wine, 1)
    d.y += 12
    d.columns(2, gap=20)
    d.heading("Summary", h, before=0)
    b("This inspection looked at how two neighbouring forces police town centres at night, "
      "when pubs, clubs and late-opening takeaways draw large crowds.",
      "We visited both forces over three weekends in February 2024 and went out on patrol "
      "with officers, licensing staff and street pastors.")
    b("We found that both forces understand the demand that the night-time economy creates, "
      "but neither has a clear plan for keeping vulnerable people safe once they leave licensed "
      "premises.")
    d.box_begin(fill="#f5e9ec", stroke=None, pad=8, before=26)
    d.p("What licensees told us", style=Style("sb", 10, 13, wine), gold=False, after=3)
    box = Style("s", 9, 12)
    for t in ("Most licensees said that they had a good working relationship with their local "
              "licensing officer.",
              "Several said that officers were slow to arrive when door staff had detained "
              "someone.",
              "Licensees in Lindenholme wanted more advice on spotting drink spiking."):
        d.p(t, style=box, after=3)
    d.box_end(after=8)
    d.heading("Understanding demand", h)
    b("Scarrowby Police has analysed incidents in its two largest towns over the past three "
      "years.",
      "It knows that most violent incidents happen between midnight and three in the morning "
      "on Fridays and Saturdays, and it plans its patrols around this.")
    b("Lindenholme Constabulary has carried out less analysis.",
      "Its officers told us that they relied on their own experience to decide where to "
      "patrol, and the force could not show us how it had matched its staffing to the "
      "pattern of incidents.")
    d.heading("Working with partners", h)
    b("Both forces work well with councils and with the operators of town-centre CCTV.",
      "In Scarrowby, control room staff watch the cameras alongside council operators on busy "
      "nights, which means that officers can be sent to trouble before it escalates.",
      "Street pastors and taxi marshals in both areas are well known to officers, and they "
      "pass on information about people who need help.")
    b("However, the forces do not always share information with licensing authorities about "
      "incidents linked to particular premises.",
      "This means that reviews of licences are sometimes delayed, or are based on incomplete "
      "information.")
    d.heading("Protecting vulnerable people", h)
    b("We were concerned about how the forces protect people who become vulnerable through "
      "drink or drugs.",
      "In both areas we saw intoxicated young women leaving venues alone late at night, and "
      "officers did not always stop to check that they had a safe way home.",
      "Neither force had trained its officers to recognise the signs that someone may be at "
      "risk of sexual assault.")
    b("Reports of drink spiking have risen in both forces since 2021.",
      "Scarrowby Police now offers testing kits to its officers, but Lindenholme Constabulary "
      "does not, and in several of the cases we reviewed no sample was taken until the "
      "following day.")
    d.heading("Using powers to keep people safe", h)
    b("Both forces make effective use of dispersal powers and of banning orders for people "
      "who are repeatedly violent in town centres.",
      "Scarrowby Police reviews each dispersal order after the weekend and publishes a "
      "summary for the local community.",
      "Lindenholme Constabulary keeps fewer records, and it could not tell us how many orders "
      "it had made in the previous year.")
    b("Officers in both forces wore body-worn video cameras, and most switched them on "
      "when they dealt with disorder.",
      "We were pleased to see that supervisors in Scarrowby regularly reviewed footage to "
      "check how officers had used force.",
      "Lindenholme Constabulary had no such arrangement, although it told us that it intends "
      "to introduce one later this year.")
    d.heading("Recommendations", h)
    b("By 31 December 2024, both forces should:", after=3)
    for i, t in enumerate(("train officers who patrol the night-time economy to recognise "
                           "and respond to vulnerability;",
                           "make sure that officers can take samples promptly when drink "
                           "spiking is reported; and",
                           "agree with licensing authorities how information about incidents "
                           "at licensed premises will be shared.")):
        d.p(soft(t), style=body, indent=24, label=f"({'abc'[i]})", label_x=0, after=3)
    d.space(4)
    b("In addition, Lindenholme Constabulary should analyse incidents in its town centres and "
      "use the results to plan its patrols.")
    b("We will ask both forces to report on their progress within twelve months.")
    d.render(tmp, exe)


def f03(tmp, exe):
    green = "#1f5f4a"
    fonts = {"r": DEJAVU.format(""), "b": DEJAVU.format("-Bold"),
             "i": DEJAVU.format("-Oblique")}
    d = FDoc("f03_custody_caverstow", "Report on an unannounced inspection of police custody: "
             "Caverstow Constabulary", fonts, margins=(60, 64, 56, 66),
             note_style=Style("r", 7, 9))
    body = Style("r", 10, 14)
    h = Style("b", 13, 17, color=green)

    def footer(lay, page, nb):
        lay.line(60, 792, 539, 792, "#999999", 0.5)
        lay.text_at(60, 806, "Police custody in Caverstow", Style("i", 8, 10, "#555555"))
        lay.text_at(539, 806, f"{page.number}", Style("r", 8, 10, "#555555"), align="right")
    d.footer = footer

    def para(num, *s, **kw):
        d.p(*s, **{"style": body, "indent": 34, "label": num, "label_style": Style("b", 10, 14),
                   "after": 6, **kw})

    d.p("Report on an unannounced inspection of police custody", style=Style("b", 19, 24,
                                                                             green),
        gold=False, after=2)
    d.p("Caverstow Constabulary", style=Style("b", 15, 20), gold=False, after=4)
    d.p("Inspection visit: 8 to 17 January 2024", style=Style("r", 10, 14, "#444444"),
        gold=False, after=8)
    d.p(NOTICE, style=Style("i", 10, 14), gold=False, after=10)
    d.heading("1. Introduction", h, before=0)
    para("1.1", "This report describes our findings from an unannounced inspection of custody "
         "in Caverstow Constabulary.",
         "The inspection was carried out jointly with the inspectorate of prisons, and it "
         "looked at the treatment and conditions of detainees in the force’s three custody "
         "suites.")
    para("1.2", "We looked at the records of 58 detainees, spoke to 31 detainees and observed "
         "their care over several days.^[We also reviewed the force’s custody data for the "
         "twelve months to December 2023.]",
         "We also spoke to custody staff, health care staff and independent custody visitors.")
    d.heading("2. Leadership and accountability", h)
    para("2.1", "The force has a clear structure for managing custody, and a chief inspector "
         "is responsible for all three suites.",
         "Custody sergeants told us that they felt supported by their managers.")
    para("2.2", "However, the force’s oversight of the use of force in custody is weak.",
         "Records^[The force records the use of force on a separate system from its custody "
         "records.] did not always explain why force had been used, and no one reviewed them "
         "regularly.")
    d.box_begin(fill=None, stroke="#b03a2e", lw=1.2, pad=9, before=2)
    d.p("Cause of concern", style=Style("b", 11, 15, "#b03a2e"), gold=False, after=3)
    d.p("The force cannot show that force used on detainees in custody is necessary and "
        "proportionate.", style=body, after=5)
    d.p("Recommendation", style=Style("b", 10, 14, "#b03a2e"), gold=False, after=2)
    d.p("Within six months, the force should make sure that every use of force in custody is "
        "recorded in full and reviewed by a manager.", style=body)
    d.box_end(after=8)
    d.heading("3. Summary of findings against our expectations", h)
    d.p("The table below summarises what we found against each of our main expectations.",
        style=body, after=4)
    rows = [
        ["Leadership", "Custody managers are visible and supportive, but they do not review "
         "the use of force.", "Partly met"],
        ["Pre-custody", "Officers consider alternatives to custody for children, and few "
         "children are held overnight.", "Met"],
        ["In the suite", "Booking-in is thorough, but the privacy of detainees at the desk "
         "is poor.", "Partly met"],
        ["Safeguarding", "Risk assessments are completed well and are reviewed at every shift "
         "change.", "Met"],
        ["Health care", "Detainees see a nurse quickly, and medicines are managed safely.",
         "Met"],
        ["Release", "Release plans do not always take account of where vulnerable detainees "
         "will go.", "Not met"],
        ["Detention", "Reviews of detention by inspectors are timely, but some are carried out "
         "by telephone when the detainee is asleep.", "Partly met"],
        ["Complaints", "Detainees are not told how to complain about their treatment while "
         "they are in custody.", "Not met"],
    ]
    d.table([110, 270, 99], rows, header=["Expectation", "What we found", "Judgement"],
            cell_styles=lambda i, c: [Style("b", 9, 12), Style("r", 9, 12),
                                      Style("r", 9, 12)],
            header_style=Style("b", 9, 12, "#ffffff"), header_fill=green, rule="#8aa39a",
            gold_cols=(1,), zebra="#eef4f1", before=2, after=10)
    d.heading("4. Individual rights and care", h)
    para("4.1", "Detainees were generally treated with respect, and we saw many examples of "
         "staff calming people who were distressed.",
         "Staff had a good understanding of the needs of detainees with mental ill health.")
    para("4.2", "Staff routinely checked on detainees who had been assessed as being at risk, "
         "and these checks were recorded accurately.",
         "However, the force did not always:", after=3)
    for t in ("make sure that detainees could have a shower or a hot meal when they had been "
              "held for more than a day;",
              "give detainees a copy of their rights in a language they understood; or",
              "tell appropriate adults promptly when a child had been detained."):
        d.p(t, style=body, indent=50, label="–", label_x=38, after=3)
    d.space(4)
    para("4.3", "Most detainees were offered a free telephone call, but the force’s interpreting "
         "service^[The force uses a national telephone interpreting contract.] was not always "
         "used when detainees spoke little English.",
         "In two cases, a relative had interpreted during the booking-in process.")
    d.heading("5. Next steps", h)
    para("5.1", "We will ask the force to send us an action plan within two months of the "
         "publication of this report.",
         "We will check its progress against the plan when we next inspect custody in "
         "Caverstow.")
    d.render(tmp, exe)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe20_f_") as tmp:
        exe = os.path.join(tmp, "fclpdf_render")
        subprocess.run(["fpc", "-O2", "-v0", f"-FE{tmp}", f"-FU{tmp}",
                        os.path.join(HERE, "fclpdf_render.pas")], check=True,
                       stdout=subprocess.DEVNULL)
        make_bullet_font(os.path.join(tmp, "ProbeWingdings.ttf"),
                         {0xF0A7: 0x25AA, 0xF0D8: 0x27A2}, "Probe Wingdings")
        f01(tmp, exe)
        f02(tmp, exe)
        f03(tmp, exe)


if __name__ == "__main__":
    main()
