"""probe20 producer p: PDF::Reuse 0.39 (Debian libpdf-reuse-perl 0.39-3, Perl 5.36), a Perl module
with its own PDF writer that Perl web applications use for letters and reports (Debian also
packages its Catalyst view, libcatalyst-view-pdf-reuse-perl).  Its writer: PDF 1.4, the
standard 14 fonts never embedded and declared with /WinAnsiEncoding, one
``BT /Ftn size Tf x y Td (text) Tj ET`` per prText call, raw operators added with prAdd, no
document information dictionary at all, an /ID in the trailer (fixed here with prId).

The page layout is layout.py's, measured with PDF::Reuse's own width table
(``PDF::Reuse::Util``, dumped by perl below); this generator leaves each text run whole, as a
PDF::Reuse script does: a justified line is one prText with the word spacing set by a raw
``Tw`` before it (and reset after), a letter-spaced line one prText with a raw ``Tc``, a
footnote call its own smaller prText raised above the baseline.  ``reuse_render.pl`` reads the
display list as JSON and makes the PDF::Reuse calls.  Bullets are "•" (WinAnsi 0x95) from the
text font, or small squares drawn with a raw ``re f`` (no character in the text layer):
PDF::Reuse declares Symbol and ZapfDingbats with /WinAnsiEncoding, so their glyphs do not
render in poppler (found while choosing; not used).

  p01  accelerated cause-of-concern letter, 2 pages: letter-spaced letterhead, right-aligned
       address, reference and date, salutation, justified body (Tw), footnote call glued to a
       word, "•" bullets, "a)" list, sign-off, cc, page-2 header and page number.
  p02  PEEL 2017 effectiveness report, 2 pages: grade table, judgement headings ending in a
       grade, justified and hyphenated Times body, footnote calls after a full stop, drawn
       square bullets, an "Areas for improvement" box crossing the page break, running header
       and footer.
  p03  stop and search inspection, 3 pages: numbered paragraphs with the numbers in a margin,
       a findings table with two prose columns (both gold), a footnote call after a full stop,
       a paragraph crossing the page break, "(a)" recommendations, "N of M" footer that does
       not count the back cover, back cover.

Usage: python3 gen_reuse.py   (needs perl with PDF::Reuse and JSON::PP)
"""
import json
import os
import subprocess
import tempfile

from common import NOTICE, PDF_DIR, soft
from layout import Layout, Style, TableMetrics

HERE = os.path.dirname(os.path.abspath(__file__))
STD = {"tr": "Times-Roman", "tb": "Times-Bold", "ti": "Times-Italic", "hr": "Helvetica",
       "hb": "Helvetica-Bold", "ho": "Helvetica-Oblique"}
_WIDTHS = []


def widths():
    if not _WIDTHS:
        out = subprocess.run(["perl", "-MPDF::Reuse::Util", "-MJSON::PP", "-e",
                              "print encode_json(\\%PDF::Reuse::Util::font_widths)"],
                             capture_output=True, text=True, check=True).stdout
        _WIDTHS.append(json.loads(out))
    return _WIDTHS[0]


class PDoc(Layout):
    def __init__(self, name, doc_id, **kw):
        metrics = {k: TableMetrics(widths()[v]) for k, v in STD.items()}
        super().__init__(name, metrics, page=(595, 842), **kw)
        self.doc_id = doc_id

    def square(self, x, y, size=4.2, color="#000000"):
        """A bullet drawn as a filled square (no text), its centre at (x + size/2, y)."""
        self.rect(x, y - size / 2, size, size, fill=color)

    def render(self, tmp):
        pages = self.finish()
        out = os.path.join(PDF_DIR, self.name + ".pdf")
        spec = {"out": out, "id": self.doc_id, "compress": True, "fonts": STD,
                "pages": [{"size": [pg.w, pg.h], "ops": [_round(o) for o in pg.ops]}
                          for pg in pages]}
        path = os.path.join(tmp, self.name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(spec, f, ensure_ascii=False)
        # fixed hash order, so that PDF::Reuse numbers its font objects the same way each time
        env = dict(os.environ, PERL_HASH_SEED="0", PERL_PERTURB_KEYS="0")
        subprocess.run(["perl", os.path.join(HERE, "reuse_render.pl"), path], check=True,
                       env=env)
        print(f"{self.name}: {self.gold.write()} gold sentences, {len(pages)} pages")


def _round(o):
    o = {k: v for k, v in o.items() if k != "words"}
    for k in ("x", "y", "w", "h", "x1", "y1", "x2", "y2", "ws", "tc"):
        if k in o and o[k] is not None:
            o[k] = round(o[k], 3)
    return o


# ---------------------------------------------------------------------------------------------

def p01(tmp):
    d = PDoc("p01_letter_mardlow", "5e1f0a7c2b9d4e8fa1c3b5d7e9f20417",
             margins=(70, 60, 70, 70), note_style=Style("tr", 8, 10))
    grey = "#4a4a4a"
    body = Style("tr", 11, 14.5, align="justify")

    def header(lay, page, nb):
        if page.number >= 2:
            lay.text_at(70, 40, "Chief Constable Owen Tamblyn, Mardlow Police",
                        Style("ho", 8, 10, grey))
            lay.text_at(525, 40, "12 March 2025", Style("ho", 8, 10, grey), align="right")
        lay.text_at(297.5, 806, f"– {page.number} –", Style("tr", 9, 11, grey),
                    align="center")
    d.header = header

    def b(*s, **kw):
        d.p(*s, **{"style": body, "after": 7, **kw})

    # letterhead
    d.text_at(70, 78, "HMICFRS", Style("hb", 22, 26, "#23395d", tracking=7))
    d.text_at(70, 94, "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services",
              Style("hr", 8, 10, grey))
    addr = Style("hr", 8.5, 11, grey)
    for i, t in enumerate(("Synthetic House", "14 Example Row", "Ravensett RV1 2AB",
                           "Telephone: 0100 000 0007")):
        d.text_at(525, 62 + i * 11, t, addr, align="right")
    d.line(70, 114, 525, 114, "#23395d", 1)
    d.y = 124
    d.p(NOTICE, style=Style("ti", 10, 13), gold=False, after=12)
    y0 = d.y
    rec = Style("tr", 11, 14)
    for t in ("Chief Constable Owen Tamblyn", "Mardlow Police", "Police Headquarters",
              "Larchwick", "LK4 9ZZ"):
        d.p(t, style=rec, gold=False)
    d.text_at(525, y0 + 11.5, "Our reference: HMI/MDL/0325", Style("tr", 11, 14),
              align="right")
    d.text_at(525, y0 + 25.5, "12 March 2025", Style("tr", 11, 14), align="right")
    d.space(14)
    d.p("Dear Chief Constable,", style=rec, gold=False, after=9)
    d.p("PEEL 2023–25: accelerated cause of concern – protecting children at risk of "
        "exploitation", style=Style("tb", 11, 14.5), gold=False, after=8)
    b("I am writing to tell you about a cause of concern that we have identified during our "
      "inspection of Mardlow Police.",
      "We would normally publish our findings in our full report, but we consider that this "
      "matter needs your urgent attention.")
    b("Between 3 and 14 February 2025, we examined how the force protects children who are at "
      "risk of criminal and sexual exploitation.",
      "We reviewed 40 cases^[The cases were chosen at random from those recorded between July "
      "and December 2024.] and spoke to officers, staff and partner organisations.")
    b("We found that the force did not always recognise when a child was at risk.",
      "In 16 of the cases we reviewed, officers had dealt with a child who was missing or had "
      "been found with drugs, but they had not considered whether the child was being "
      "exploited.")
    b("We also found that:", after=3)
    for t in ("referrals to children’s social care were often made several days after the "
              "incident;",
              "the force’s exploitation team had a backlog of 57 cases that had not been "
              "assessed; and",
              "officers on response teams had not received training on child exploitation "
              "since 2021."):
        d.p(t, style=Style("tr", 11, 14.5), indent=18, label="•", label_x=5, after=3)
    d.space(5)
    b("We recognise that the force has taken some steps to improve.",
      "It has appointed a new detective superintendent to lead its work on child exploitation, "
      "and it has started to review the cases in the backlog.",
      "However, these changes are recent, and we could not see evidence that they had yet "
      "made children safer.")
    b("We also examined how the force works with schools and youth services.",
      "Staff in these organisations told us that they did not know whom to contact in the "
      "force when they were worried about a child.",
      "Information that they passed to the police was not always recorded, and in two cases "
      "it had not been shared with the officer investigating the child’s disappearance.")
    d.box_begin(fill="#eef1f6", stroke="#23395d", lw=0.8, pad=8, before=3)
    d.p("Cause of concern", style=Style("hb", 10.5, 14, "#23395d"), gold=False, after=2)
    d.p("Mardlow Police does not consistently identify and protect children who are at risk of "
        "exploitation.", style=Style("tr", 11, 14.5))
    d.box_end(after=9)
    b("To address this cause of concern, we recommend that, within three months, the force "
      "should:", after=3)
    for i, t in enumerate(("assess every case in the exploitation team’s backlog and make sure "
                           "that each child has a safety plan;",
                           "make sure that referrals to children’s social care are made on "
                           "the day of the incident; and",
                           "train all response officers to recognise the signs of child "
                           "exploitation.")):
        d.p(t, style=Style("tr", 11, 14.5), indent=20, label=f"{'abc'[i]})", label_x=2,
            after=3)
    d.space(5)
    b("We will revisit the force in June 2025 to assess its progress against these "
      "recommendations.",
      "Our findings will be included in our full PEEL report, which we expect to publish in the "
      "summer.")
    b("I am copying this letter to the police and crime commissioner, who will wish to "
      "satisfy himself that the force has the resources it needs to respond.",
      "We have also told the local safeguarding partnership about our findings.")
    b("I would be grateful if you could let me know by 31 March 2025 how the force intends to "
      "respond.",
      "My team will be happy to discuss any aspect of this letter with your officers.")
    d.p("Yours sincerely,", style=rec, gold=False, before=4, after=22, keep=70)
    d.p("Miriam Castellane", style=Style("ti", 13, 16), gold=False)
    d.p("His Majesty’s Inspector of Constabulary", style=rec, gold=False, after=14)
    d.p("cc: Police and Crime Commissioner for Mardlow", style=Style("tr", 9.5, 12, grey),
        gold=False)
    d.render(tmp)


def p02(tmp):
    navy = "#17365d"
    d = PDoc("p02_peel2017_greysholt", "0a4c7e19d3b2f6a85c1e0d9b7a3f6e21",
             margins=(64, 68, 64, 70), note_style=Style("tr", 8, 10))
    body = Style("tr", 11, 14, align="justify", hyphenate=True)
    h2 = Style("hb", 13, 17, navy)

    def header(lay, page, nb):
        if page.number >= 2:
            lay.text_at(64, 42, "Greysholt Constabulary: PEEL police effectiveness 2017",
                        Style("ho", 8, 10, "#555555"))
            lay.line(64, 48, 531, 48, "#555555", 0.4)
        lay.text_at(531, 808, f"Page {page.number}", Style("hr", 8, 10, "#555555"),
                    align="right")
    d.header = header

    def b(*s, **kw):
        d.p(*(soft(x) for x in s), **{"style": body, "after": 6, **kw})

    d.p("PEEL: Police effectiveness 2017", style=Style("hb", 12, 16, "#6d7f99"), gold=False)
    d.p("An inspection of Greysholt Constabulary", style=Style("hb", 22, 28, navy),
        gold=False, after=4)
    d.p("March 2018", style=Style("hr", 11, 14), gold=False, after=8)
    d.p(NOTICE, style=Style("ti", 11, 14), gold=False, after=12)
    d.heading("Overall judgement", h2, before=0)
    b("This inspection assessed how effective Greysholt Constabulary is at keeping people safe "
      "and reducing crime.",
      "We judged the force to be good overall, which is an improvement on last year.")
    rows = [["Preventing crime, tackling anti-social behaviour and keeping people safe",
             "Good"],
            ["Investigating crime and reducing re-offending", "Requires improvement"],
            ["Protecting those who are vulnerable from harm, and supporting victims", "Good"],
            ["Tackling serious and organised crime", "Good"],
            ["Specialist capabilities", "Ungraded"]]
    d.table([330, 137], rows, header=["Question", "Judgement"],
            cell_styles=lambda i, c: [Style("hr", 9.5, 12.5), Style("hb", 9.5, 12.5)],
            header_style=Style("hb", 9.5, 12.5, "#ffffff"), header_fill=navy, rule="#6d7f99",
            before=4, after=10)
    b("The force has made good progress since our last inspection.",
      "It has a detailed understanding of the threats its communities face, and it uses this "
      "understanding to plan its work.^[The force’s strategic assessment was last updated in "
      "August 2017.]")
    d.heading("Preventing crime, tackling anti-social behaviour and keeping people safe: good",
              h2)
    b("Greysholt Constabulary is good at preventing crime and anti-social behaviour.",
      "Neighbourhood officers are rarely taken away from their areas to cover other duties, "
      "and the public can contact them easily.",
      "The force evaluates its crime prevention work and shares what it has learned with its "
      "partners.")
    b("In Abbotsmere, the force worked with a housing association to reduce burglaries on an "
      "estate where many homes had poor locks.",
      "Officers visited every household, and the housing association fitted new doors to more "
      "than two hundred homes.")
    d.heading("Investigating crime and reducing re-offending: requires improvement", h2)
    b("The force requires improvement in the way it investigates crime.",
      "Too many investigations are allocated to officers who do not have the right skills, "
      "and supervisors do not always check the quality of their work.",
      "We found delays in the examination of mobile phones and computers, with some devices "
      "waiting more than six months.")
    b("The force does not always make sure that victims receive the service they are entitled "
      "to.^[The Code of Practice for Victims of Crime sets out the services that victims are "
      "entitled to receive.]",
      "Victims were not always told when their case had been closed, and some were not offered "
      "the chance to make a personal statement.")
    d.box_begin(fill="#f2f4f8", stroke=navy, lw=0.8, pad=8, before=3)
    d.p("Areas for improvement", style=Style("hb", 10.5, 14, navy), gold=False, after=3)
    for t in ("The force should make sure that investigations are allocated to officers with "
              "the right skills and are properly supervised.",
              "The force should reduce the time it takes to examine digital devices.",
              "The force should make sure that it complies with the Code of Practice for "
              "Victims of Crime."):
        d.p(soft(t), style=body, indent=18, after=3, label_x=4,
            label_draw=lambda lay, x, y: lay.square(x, y - 3.3, color=navy))
    d.box_end(after=9)
    d.heading("Protecting those who are vulnerable from harm: good", h2)
    b("The force is good at protecting vulnerable people from harm.",
      "It has a clear definition of vulnerability, and officers we spoke to understood it.",
      "Its response to domestic abuse has improved, and it now arrests more suspects at the "
      "scene than it did in 2016.")
    b("The force works well with other organisations to support victims.",
      "Its multi-agency safeguarding hub brings together police, health and council staff, and "
      "we found that decisions about the risk to children were made quickly.",
      "The force should, however, make sure that the hub has enough staff at weekends.")
    d.heading("Tackling serious and organised crime: good", h2)
    b("The force has a good understanding of the organised crime groups that operate in its "
      "area, and it disrupts their activity effectively.",
      "It uses a wide range of tactics, including:", after=3)
    for t in ("financial investigations to seize the assets of offenders;",
              "working with schools to deter young people from joining gangs; and",
              "sharing information with other forces in the region."):
        d.p(soft(t), style=body, indent=18, after=3, label_x=4,
            label_draw=lambda lay, x, y: lay.square(x, y - 3.3))
    d.space(4)
    b("We will continue to monitor the force’s progress through our regular contact with "
      "its senior officers.")
    d.render(tmp)


def p03(tmp):
    plum = "#4b2e5a"
    d = PDoc("p03_stopsearch_norcaster", "c03b8f2a6d1e49e7b5a2f80c9d14e6a3",
             margins=(66, 66, 62, 72), note_style=Style("hr", 7.5, 9.5))
    body = Style("hr", 10, 14)
    h = Style("hb", 12.5, 17, plum)

    def footer(lay, page, nb):
        lay.text_at(66, 806, "Stop and search in Norcaster", Style("hr", 8, 10, "#666666"))
        lay.text_at(533, 806, f"{page.number} of {nb - 1}", Style("hr", 8, 10, "#666666"),
                    align="right")
    d.footer = footer

    def para(num, *s, **kw):
        d.p(*s, **{"style": body, "indent": 36, "label": num,
                   "label_style": Style("hb", 10, 14, plum), "after": 6, **kw})

    d.rect(0, 0, 16, 842, fill=plum)
    d.p("Police powers: stop and search", style=Style("hb", 11, 15, plum), gold=False)
    d.p("How fairly and effectively does Norcaster Police use stop and search?",
        style=Style("hb", 20, 25), gold=False, after=4)
    d.p("November 2024", style=Style("hr", 10, 14, "#555555"), gold=False, after=8)
    d.p(NOTICE, style=Style("ho", 10, 14), gold=False, after=12)
    d.heading("1. About this inspection", h, before=0)
    para("1.1", "Stop and search is an important power, but it is also one of the most "
         "intrusive powers that the police have.",
         "If it is used unfairly, it can damage the trust between the police and the "
         "communities they serve.")
    para("1.2", "We inspected how Norcaster Police uses stop and search in September 2024.",
         "We reviewed the records of 300 searches, watched body-worn video footage of 60 of "
         "them and spoke to officers, supervisors and members of the public.")
    d.heading("2. Our main findings", h)
    para("2.1", "Most of the searches we reviewed were based on reasonable grounds, and "
         "officers generally treated the people they searched with respect.",
         "However, we found that the force does not understand why black people in its area "
         "are searched more often than white people.")
    para("2.2", "The table below sets out our main findings and the evidence we found for "
         "them.")
    rows = [
        ["Officers record reasonable grounds for most searches.",
         "Of the 300 records we reviewed, 271 set out reasonable grounds for the search."],
        ["Supervisors do not review enough searches.",
         "Only one in five records had been reviewed by a supervisor within a week."],
        ["The force does not analyse disproportionality.",
         "Black people were 4.1 times more likely than white people to be searched, and the "
         "force had not examined the reasons for this."],
        ["Body-worn video is used well.",
         "Officers had switched on their cameras in 57 of the 60 searches that we watched."],
        ["Community scrutiny is limited.",
         "The force’s scrutiny panel met only twice in the year and did not review any "
         "footage."],
    ]
    d.table([190, 277], rows, header=["Finding", "Evidence"],
            cell_styles=lambda i, c: [Style("hb", 9.5, 13), Style("hr", 9.5, 13)],
            header_style=Style("hb", 9.5, 13, "#ffffff"), header_fill=plum, rule="#9a87a6",
            gold_cols=(0, 1), before=2, after=10)
    d.heading("3. Fairness and legitimacy", h)
    para("3.1", "The force publishes data on its use of stop and search every month, and it "
         "has a clear policy on the use of the power.",
         "But it does not use this data to understand whether the power is being used fairly.")
    para("3.2", "Young people in Gorsemoor told us that they did not trust the police, and "
         "several said that they had been searched many times without anything being found.",
         "The force should do more to listen to the views of young people and to explain why "
         "searches are carried out.")
    para("3.3", "The force has started to train its officers in how to communicate during a "
         "search, and the officers we spoke to who had completed the course valued it.^[The "
         "course was developed with a national policing charity and lasts one day.]",
         "About a third of the force’s response officers have now been trained.",
         "We found that searches carried out by trained officers were more likely to be "
         "recorded fully and to include an explanation of the grounds.")
    d.heading("4. Recommendations", h)
    para("4.1", "By 31 May 2025, Norcaster Police should:", after=3)
    for i, t in enumerate(("analyse the reasons for disproportionality in its use of stop and "
                           "search and publish the results;",
                           "make sure that supervisors review at least half of all stop and "
                           "search records each month; and",
                           "give its scrutiny panel access to body-worn video footage.")):
        d.p(t, style=body, indent=54, label=f"({'abc'[i]})", label_x=36, after=3)
    d.space(4)
    para("4.2", "We will review the force’s progress against these recommendations as part of "
         "its next PEEL inspection.")
    d.back_cover()
    d.rect(0, 0, 595, 842, fill=plum)
    d.text_at(297.5, 400, "Synthetic inspectorate", Style("hb", 18, 22, "#ffffff"),
              align="center")
    d.text_at(297.5, 426, "© 2024 | Not a real publication", Style("hr", 10, 13, "#e6dcec"),
              align="center")
    d.render(tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe20_p_") as tmp:
        p01(tmp)
        p02(tmp)
        p03(tmp)


if __name__ == "__main__":
    main()
