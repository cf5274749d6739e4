"""probe25 `x` documents: oxidize-pdf (Rust) through PyPI oxidize-pdf 0.23.0 (core 5.5.0).

oxidize-pdf writes the PDF (its own writer: standard Type 1 fonts, one BT/ET per line, `Tw`
justification) and breaks every paragraph into lines itself (`Page.text_flow_at`, justified
or left-aligned, wrapping at the page's right margin).  The library has no page flow, so this
script stacks the blocks down the pages: it predicts how many lines `text_flow_at` will make
with the same greedy rule and the library's own `measure_text` (checked against the output
while the set was built), moves a block that does not fit to the next page, narrows the
right margin for columns, boxes and list items, and draws headers, footers, rules, boxes,
tables, bullets (“•” and “–” shown with `text_at`, or small filled squares drawn
as rectangles) and footnotes at the
page foot.  Footnote calls are the WinAnsi superscript digits "¹ ² ³" glued to the text.
Writes pdf/xNN_*.pdf, xNN_*.gold.json and xNN_*.furniture.json.
"""
import os
import shutil
import subprocess
import sys

from common import NOTICE, PDF_DIR, pieces, write_gold
from oxidize_pdf import Color, Document, Font, Margins, Page, TextAlign, measure_text

W, H = 595.0, 842.0
LEFT, RIGHT = 64.0, 64.0
TOP, BOTTOM = 770.0, 92.0
SUP = {1: "¹", 2: "²", 3: "³"}
NAVY = Color.rgb(0.11, 0.21, 0.34)
TEAL = Color.rgb(0.0, 0.44, 0.48)
GREY = Color.rgb(0.35, 0.35, 0.35)
BLACK = Color.rgb(0.1, 0.1, 0.1)
TINT = Color.rgb(0.91, 0.94, 0.97)
SAND = Color.rgb(0.95, 0.93, 0.89)


def lines_of(text, font, size, width):
    """The greedy rule text_flow_at uses (checked against its output)."""
    words, out, cur = text.split(), [], ""
    for w in words:
        t = cur + " " + w if cur else w
        if not cur or measure_text(t, font, size) <= width:
            cur = t
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out


class Writer:
    def __init__(self, name, title, header, style, date):
        self.name, self.header, self.st = name, header, style
        self.doc = Document()
        self.doc.set_title(title)
        self.doc.set_author("probe25")
        # oxidize-pdf stamps the clock's time unless told otherwise
        self.doc.set_creation_date(date)
        self.doc.set_modification_date(date)
        self.pages, self.page, self.y = [], None, TOP
        self.notes, self.page_notes, self.nfn = [], [], 0
        self.new_page()

    # -- pages ----------------------------------------------------------------------
    def new_page(self):
        if self.page is not None:
            self.finish_page()
        self.page = Page.a4()
        self.pages.append(self.page)
        self.y = TOP
        self.page_notes = []

    def finish_page(self):
        pg, n = self.page, len(self.pages)
        if self.st.get("no_running_on_last") and getattr(self, "back", False):
            pass
        else:
            pg.set_font(Font.HELVETICA, 8)
            pg.set_text_color(GREY)
            pg.text_at(LEFT, 806, self.header)
            pg.set_stroke_color(GREY)
            pg.set_line_width(0.4)
            pg.move_to(LEFT, 800)
            pg.line_to(W - RIGHT, 800)
            pg.stroke()
            label = f"Page {n}"
            pg.text_at(W - RIGHT - measure_text(label, Font.HELVETICA, 8), 50, label)
        if self.page_notes:
            y = 62 + sum(len(lines_of(t, Font.TIMES_ROMAN, 8, W - RIGHT - LEFT - 10))
                         for _, t in self.page_notes) * 9.6
            pg.set_stroke_color(BLACK)
            pg.set_line_width(0.5)
            pg.move_to(LEFT, y + 8)
            pg.line_to(LEFT + 120, y + 8)
            pg.stroke()
            pg.set_text_color(BLACK)
            for num, t in self.page_notes:
                pg.set_font(Font.TIMES_ROMAN, 8)
                pg.text_at(LEFT, y - 1, str(num))
                self.flow(LEFT + 10, y - 1, t, Font.TIMES_ROMAN, 8, W - RIGHT, TextAlign.LEFT)
                y -= len(lines_of(t, Font.TIMES_ROMAN, 8, W - RIGHT - LEFT - 10)) * 9.6

    def bottom(self):
        n = sum(len(lines_of(t, Font.TIMES_ROMAN, 8, W - RIGHT - LEFT - 10))
                for _, t in self.page_notes)
        return BOTTOM + (n * 9.6 + 14 if n else 0)

    def need(self, h):
        if self.y - h < self.bottom():
            self.new_page()

    # -- text -----------------------------------------------------------------------
    def flow(self, x, y, text, font, size, right_edge, align):
        pg = self.page
        pg.set_margins(Margins(72, W - right_edge, 72, x))
        pg.set_font(font, size)
        pg.text_flow_at(x, y, text, align)

    def marked(self, sents, commit=True):
        """Sentences joined, footnote calls as superscript digits glued to the text; with
        ``commit`` the calls are numbered for good and the notes returned."""
        n, words, notes = self.nfn, [], []
        for s in sents:
            out = []
            for kind, t in pieces(s):
                if kind == "text":
                    out.append(t)
                else:
                    n += 1
                    out.append(SUP[n])
                    notes.append((n, t))
            words.append("".join(out))
        if commit:
            self.nfn = n
        return " ".join(" ".join(words).split()), notes

    def para(self, sents, x=LEFT, right_edge=W - RIGHT, font=None, size=None, color=BLACK,
             align=TextAlign.JUSTIFIED, gap=None, place=True):
        font = font or self.st["font"]
        size = size or self.st["size"]
        text, notes = self.marked(sents)
        lead = size * 1.2
        n = len(lines_of(text, font, size, right_edge - x))
        h = n * lead
        if place:
            extra = sum(len(lines_of(t, Font.TIMES_ROMAN, 8, W - RIGHT - LEFT - 10))
                        for _, t in notes) * 9.6 + (14 if notes and not self.page_notes else 0)
            self.need(h + extra)
        self.page.set_text_color(color)
        self.flow(x, self.y - size, text, font, size, right_edge, align)
        self.page_notes.extend(notes)
        self.y -= h + (self.st["gap"] if gap is None else gap)
        return h

    def heading(self, text, level):
        size = {1: 19, 2: 13, 3: 11}[level]
        font = Font.HELVETICA_BOLD
        n = len(lines_of(text, font, size, W - RIGHT - LEFT))
        self.need(n * size * 1.2 + 40)
        self.y -= 8 if level > 1 else 0
        self.page.set_text_color(NAVY)
        self.flow(LEFT, self.y - size, text, font, size, W - RIGHT, TextAlign.LEFT)
        self.y -= n * size * 1.2 + 5

    def line(self, text, font, size, color, align="left", gap=4):
        self.need(size * 1.3)
        self.page.set_font(font, size)
        self.page.set_text_color(color)
        x = LEFT if align == "left" else W - RIGHT - measure_text(text, font, size)
        self.page.text_at(x, self.y - size, text)
        self.y -= size * 1.25 + gap

    def bullets(self, lead, items, marker, x=LEFT, right_edge=W - RIGHT):
        if lead:
            self.para([lead], x=x, right_edge=right_edge, align=TextAlign.LEFT, gap=3)
        size = self.st["size"]
        for it in items:
            text, _ = self.marked([it], commit=False)
            n = len(lines_of(text, self.st["font"], size, right_edge - x - 16))
            self.need(n * size * 1.2)
            self.page.set_text_color(NAVY)
            if marker == "square":
                # drawn, not a glyph: a small filled square
                self.page.set_fill_color(NAVY)
                self.page.draw_rect(x + 3, self.y - size + 1, size * 0.38, size * 0.38)
                self.page.fill()
            else:
                mchar = {"disc": "•", "dash": "–"}[marker]
                self.page.set_font(Font.HELVETICA, size)
                self.page.text_at(x + 3, self.y - size, mchar)
            self.para([it], x=x + 16, right_edge=right_edge, align=TextAlign.LEFT, gap=2,
                      place=False)
        self.y -= self.st["gap"] - 2

    def numbered(self, items):
        size = self.st["size"]
        for item in items:
            label, sents = item[0], item[1]
            text, _ = self.marked(sents, commit=False)
            n = len(lines_of(text, self.st["font"], size, W - RIGHT - LEFT - 30))
            self.need(n * size * 1.2)
            self.page.set_font(Font.HELVETICA_BOLD, size - 1)
            self.page.set_text_color(NAVY)
            self.page.text_at(LEFT, self.y - size, label)
            self.para(sents, x=LEFT + 30, place=False)
            if len(item) > 2:
                self.bullets(None, item[2], "dash", x=LEFT + 30)

    def table(self, head, rows, widths):
        size, pad, rh = 9, 4, 16
        self.need(rh * (len(rows) + 1) + 10)
        pg, x0 = self.page, LEFT
        for r, cells in enumerate([head] + rows):
            y = self.y - rh * (r + 1)
            if r == 0:
                pg.set_fill_color(NAVY)
                pg.draw_rect(x0, y, sum(widths), rh)
                pg.fill()
            elif r % 2 == 0:
                pg.set_fill_color(TINT)
                pg.draw_rect(x0, y, sum(widths), rh)
                pg.fill()
            x = x0
            for c, wd in zip(cells, widths, strict=False):
                pg.set_font(Font.HELVETICA_BOLD if r == 0 else Font.HELVETICA, size)
                pg.set_text_color(Color.rgb(1, 1, 1) if r == 0 else BLACK)
                pg.text_at(x + pad, y + 5, c)
                x += wd
        pg.set_stroke_color(GREY)
        pg.set_line_width(0.4)
        yb = self.y - rh * (len(rows) + 1)
        for r in range(len(rows) + 2):
            pg.move_to(x0, self.y - rh * r)
            pg.line_to(x0 + sum(widths), self.y - rh * r)
        x = x0
        for wd in [0] + widths:
            x += wd
            pg.move_to(x, self.y)
            pg.line_to(x, yb)
        pg.stroke()
        self.y = yb - 12

    def box(self, title, blocks, side=False):
        """A tinted box: full width, or a side panel indented from the left margin."""
        x0 = LEFT + (150 if side else 0)
        inner_l, inner_r = x0 + 9, W - RIGHT - 9
        size = self.st["size"]
        h = 10 + (size * 1.2 + 6 if title else 0)
        for b in blocks:
            if b[0] == "p":
                text, _ = self.marked(b[1], commit=False)
                h += len(lines_of(text, self.st["font"], size, inner_r - inner_l)) * size * 1.2
                h += self.st["gap"]
            elif b[0] == "bullets":
                if b[1]:
                    h += len(lines_of(b[1], self.st["font"], size, inner_r - inner_l)) \
                        * size * 1.2 + 3
                for it in b[2]:
                    h += len(lines_of(it, self.st["font"], size, inner_r - inner_l - 16)) \
                        * size * 1.2 + 2
                h += self.st["gap"] - 2
        self.need(h + 6)
        pg = self.page
        pg.set_fill_color(SAND if side else TINT)
        pg.draw_rect(x0, self.y - h, W - RIGHT - x0, h)
        pg.fill()
        pg.set_fill_color(TEAL if side else NAVY)
        pg.draw_rect(x0, self.y - h, 3, h)
        pg.fill()
        self.y -= 8
        if title:
            pg.set_font(Font.HELVETICA_BOLD, size)
            pg.set_text_color(NAVY)
            pg.text_at(inner_l, self.y - size, title)
            self.y -= size * 1.2 + 6
        for b in blocks:
            if b[0] == "p":
                self.para(b[1], x=inner_l, right_edge=inner_r, place=False)
            else:
                self.bullets(b[1], b[2], b[3], x=inner_l, right_edge=inner_r)
        self.y -= 10

    def columns(self, col1, col2):
        gap = 18
        cw = (W - LEFT - RIGHT - gap) / 2
        size = self.st["size"]

        def height(blocks):
            h = 0
            for b in blocks:
                text, _ = self.marked(b[1], commit=False)
                h += len(lines_of(text, self.st["font"], size, cw)) * size * 1.2 + self.st["gap"]
            return h
        h = max(height(col1), height(col2))
        self.need(h)
        y0 = self.y
        for blocks, x in ((col1, LEFT), (col2, LEFT + cw + gap)):
            self.y = y0
            for b in blocks:
                self.para(b[1], x=x, right_edge=x + cw, place=False)
        self.y = y0 - h - 4

    def save(self):
        self.finish_page()
        for pg in self.pages:
            self.doc.add_page(pg)
        path = f"{PDF_DIR}/{self.name}.pdf"
        self.doc.save(path)
        return len(self.pages)


def build(name, title, header, blocks, style, date, widths=None):
    wr = Writer(name, title, header, style, date)
    for b in blocks:
        k = b[0]
        if k == "kicker":
            wr.line(b[1], Font.HELVETICA_BOLD, 10, TEAL)
        elif k == "title":
            for t in b[1].split("\n"):
                wr.line(t, Font.HELVETICA_BOLD, 19, NAVY, gap=1)
            wr.y -= 4
        elif k == "date":
            wr.line(b[1], Font.HELVETICA, 10, GREY, gap=8)
        elif k == "notice":
            wr.para([NOTICE], font=Font.TIMES_ITALIC if "TIMES" in style["name"]
                    else Font.HELVETICA_OBLIQUE, align=TextAlign.LEFT, gap=10)
        elif k == "h":
            wr.heading(b[2], b[1])
        elif k == "p":
            wr.para(b[1])
        elif k == "bullets":
            wr.bullets(b[1], b[2], b[3])
        elif k == "numbered":
            wr.numbered(b[1])
        elif k == "table":
            wr.table(b[1], b[2], widths)
        elif k == "box":
            wr.box(b[1], b[2], side=len(b) > 3 and b[3] == "side")
        elif k == "cols":
            wr.columns(b[1], b[2])
        elif k == "pagebreak":
            wr.new_page()
        elif k == "backcover":
            wr.new_page()
            wr.y = 300
            for t in b[1]:
                wr.line(t, Font.HELVETICA, 9, NAVY, gap=5)
        else:
            raise ValueError(k)
    n = wr.save()
    running = [("header", header)] + [("page-number", f"Page {i}") for i in range(1, n + 1)]
    g = write_gold(name, blocks, running)
    print(f"{name:<28} oxidize    {n} pages, {g} gold sentences")


TIMES = {"name": "TIMES", "font": Font.TIMES_ROMAN, "size": 11, "gap": 7}
HELV = {"name": "HELV", "font": Font.HELVETICA, "size": 10, "gap": 7}


# ---------------------------------------------------------------------------------------
X01 = [
    ("kicker", "Crime data integrity inspection 2014"),
    ("title", "Tennacott Police: how well does\nthe force record crime?"),
    ("date", "October 2014"),
    ("notice",),
    ("h", 2, "Summary"),
    ("p", ["We wanted to know how far the public can trust the crime figures that Tennacott "
           "Police publishes.",
           "To find out, we looked at a sample of reports made to the force over a year and "
           "checked whether each one had been recorded as a crime when it should have been."]),
    ("p", ["Leaders in Tennacott say accurate recording matters, and most officers we met "
           "understood why.",
           "Yet we found that roughly one crime in eight that should have been recorded "
           "was missing from the figures.^[Our estimate is based on 214 incident records "
           "drawn at random from the twelve months to April 2014.]"]),
    ("box", "How we audited the records", [
        ("p", ["Auditors read each incident log and decided, on the facts it contained, "
               "whether a crime ought to have been recorded.",
               "Where the log was unclear, a second auditor reviewed it before a decision was "
               "made."])], "side"),
    ("h", 2, "1. Leadership and governance"),
    ("numbered", [
        ("1.1", ["The deputy chief constable chairs a board that oversees the quality of crime "
                 "data every quarter.",
                 "Minutes show that the board discusses audit results but seldom sets "
                 "actions with owners and deadlines."]),
        ("1.2", ["The force crime registrar is experienced and well respected, but has no "
                 "deputy to cover absences."]),
    ]),
    ("h", 2, "2. Systems and processes"),
    ("numbered", [
        ("2.1", ["Reports taken over the telephone are typed straight into the crime system, "
                 "which helps accuracy.",
                 "Reports taken by officers at the scene, by contrast, often sit in "
                 "notebooks for days before anyone enters them."]),
        ("2.2", ["When a crime record is cancelled, the decision should rest with a trained "
                 "decision maker^[Home Office Counting Rules for Recorded Crime, section "
                 "C.] who has seen fresh evidence.",
                 "In eleven of the 40 cancelled records we examined, that evidence was "
                 "absent."]),
    ]),
    ("h", 2, "3. People and skills"),
    ("numbered", [
        ("3.1", ["Most call handlers had received training on the counting rules, but many "
                 "response officers had not.",
                 "Some officers told us they did not record a crime when the victim did not "
                 "want the matter taken further."]),
    ]),
    ("h", 2, "Recommendations"),
    ("bullets", "Tennacott Police should take these steps by the end of January 2015:", [
        "give every response officer training on crime recording;",
        "make sure each cancelled crime is reviewed by a trained decision maker;",
        "set clear actions and deadlines at the crime data board."], "dash"),
]

X02 = [
    ("kicker", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19"),
    ("title", "An inspection of\nHollinsby Constabulary"),
    ("date", "Published 2 May 2019"),
    ("notice",),
    ("table", ["Pillar or question", "Grade"], [
        ["Effectiveness", "Good"],
        ["Preventing crime and tackling anti-social behaviour", "Good"],
        ["Investigating crime", "Requires improvement"],
        ["Protecting vulnerable people", "Good"],
        ["Tackling serious and organised crime", "Good"],
        ["Efficiency", "Requires improvement"],
        ["Meeting current demands and using resources", "Requires improvement"],
        ["Planning for the future", "Good"],
        ["Legitimacy", "Good"],
        ["Treating the public fairly", "Good"],
        ["Ethical and lawful workforce behaviour", "Good"],
        ["Treating the workforce fairly", "Good"]]),
    ("h", 2, "HM Inspector’s summary"),
    ("p", ["Hollinsby Constabulary serves a mix of market towns and former mining villages, "
           "and demand on its officers has grown steadily over the last three years.",
           "I am pleased with much of what we found, although the constabulary must do more "
           "to manage its resources well.^[Demand figures were supplied by the constabulary "
           "for the years 2015/16 to 2017/18.]"]),
    ("h", 2, "Effectiveness: good"),
    ("p", ["We found Hollinsby effective at cutting crime and protecting the public.",
           "Its neighbourhood officers know their communities and work well with councils to "
           "solve local problems.",
           "The quality of its investigations is less consistent, and too few suspects are "
           "dealt with quickly."]),
    ("p", ["Detectives in the public protection unit carry heavy caseloads, and some told us "
           "they had more than 30 open investigations each.",
           "Supervisors are aware of the pressure but have not yet found a way to spread the "
           "work more evenly."]),
    ("h", 2, "Efficiency: requires improvement"),
    ("p", ["Hollinsby does not yet fully understand the demand it faces, especially demand "
           "that is hidden or not reported.",
           "It plans to save £4.8 million^[Medium-term financial plan, 2018/19 to "
           "2020/21.] by 2021, but its plans do not show how the savings will be made "
           "without harming the service."]),
    ("bullets", "The constabulary should improve its understanding of demand by:", [
        "analysing calls that do not lead to an incident record;",
        "working with partner agencies to estimate demand that goes unreported;",
        "using that analysis to decide where officers are deployed."], "square"),
    ("h", 2, "Legitimacy: good"),
    ("p", ["Most officers and staff we met dealt with members of the public fairly and "
           "courteously.",
           "The constabulary has improved the way it checks the use of stop and search, and "
           "it now publishes the results each quarter."]),
    ("p", ["Its professional standards department deals promptly with complaints from the "
           "public.",
           "Staff surveys, though, suggest that some officers do not trust the fairness of "
           "the promotion process."]),
    ("h", 2, "Leadership"),
    ("p", ["The chief officer team is visible and well regarded by the workforce.",
           "Leaders encourage staff to suggest new ways of working, and several of those "
           "ideas are now in use across the force."]),
    ("backcover", [
        "© HMICFRS 2019 (fictional publication for testing)",
        "This material may be reused free of charge under the Open Government Licence.",
        "Write to the fictional address below with any questions about it.",
        "Inspectorate Enquiries, 4 Lantern Yard, Hollinsby HL3 8XE"]),
]

X03 = [
    ("kicker", "A thematic inspection"),
    ("title", "Doorstep crime against older people:\nthe response of Ravelstoke Police"),
    ("date", "November 2022"),
    ("notice",),
    ("h", 2, "Summary"),
    ("cols", [
        ("p", ["Rogue traders and bogus callers prey on older people who live alone, and the "
               "harm they cause goes well beyond the money taken.",
               "Many victims lose confidence and become afraid to answer their own front "
               "door."]),
        ("p", ["We looked at how Ravelstoke Police prevents these crimes and how it "
               "investigates them."]),
    ], [
        ("p", ["Officers who attended were kind and patient, and victims told us they felt "
               "listened to.",
               "However, reports were rarely linked together, so the same gang could target "
               "a dozen streets before anyone noticed a pattern.^[We reviewed 75 reports "
               "of doorstep crime made between January and June 2022.]"]),
    ]),
    ("h", 2, "Prevention"),
    ("p", ["The force has set up no-cold-calling zones in eight villages with help from "
           "trading standards.",
           "Residents in those zones reported fewer unwanted callers, and no doorstep crimes "
           "were recorded there in the six months we examined."]),
    ("box", "A case from Millgate", [
        ("p", ["An 84-year-old man paid £6,000 for roof repairs that were never carried out.",
               "A neighbourhood officer noticed that the same van had been seen near two "
               "other victims, and the traders were arrested within a week."])]),
    ("h", 2, "Investigation"),
    ("p", ["Doorstep crime was usually passed to local investigators who had many other "
           "cases and little specialist knowledge.",
           "Evidence such as doorbell footage was not always gathered quickly, and some was "
           "lost as a result."]),
    ("bullets", "The best investigations we saw had three things in common:", [
        "an officer visited the victim on the same day;",
        "bank staff were asked straight away to stop or trace payments;",
        "the victim was referred to a support service before the officer left."], "disc"),
    ("h", 2, "Supporting victims"),
    ("p", ["Every victim we spoke to had been offered a referral to a local charity that "
           "helps older people after a crime.",
           "Fewer than half had received a follow-up visit, and several said they would have "
           "welcomed one.",
           "Officers sometimes fitted door chains or spy holes themselves, using a small fund "
           "held by the neighbourhood team."]),
    ("h", 2, "Conclusion"),
    ("p", ["Ravelstoke Police treats victims of doorstep crime with compassion, and its "
           "prevention work is promising.",
           "Its investigations would be far stronger if reports were brought together and "
           "looked at as a whole."]),
    ("h", 2, "Recommendations"),
    ("numbered", [
        ("1", ["By June 2023, Ravelstoke Police should give one team clear responsibility for "
               "linking reports of doorstep crime."]),
        ("2", ["By the same date, the force should agree with trading standards how "
               "information about suspected rogue traders will be shared."]),
    ]),
]


DOCS = {
    "x01_cdi_tennacott": ("Tennacott Police: crime data integrity inspection 2014",
                          "Crime data integrity – Tennacott Police", X01, TIMES,
                          "2014-10-21T09:30:00Z", None),
    "x02_peel_hollinsby": ("PEEL 2018/19: Hollinsby Constabulary",
                           "PEEL 2018/19 – Hollinsby Constabulary", X02, HELV,
                           "2019-05-02T08:00:00Z", [330, 137]),
    "x03_thematic_ravelstoke": ("Doorstep crime against older people: Ravelstoke Police",
                                "Doorstep crime – Ravelstoke Police", X03, TIMES,
                                "2022-11-15T10:15:00Z", None),
}


def main(argv):
    if argv:
        for name in argv:
            title, header, blocks, style, date, widths = DOCS[name]
            build(name, title, header, blocks, style, date, widths)
        return
    # oxidize-pdf writes the clock's time as ModDate whatever it is told, so each document
    # is rendered in a child process under faketime (TZ=UTC) at its own date
    env = dict(os.environ, TZ="UTC")
    for name, spec in DOCS.items():
        cmd = [sys.executable, os.path.abspath(__file__), name]
        if shutil.which("faketime"):
            cmd = ["faketime", "-f", spec[4].replace("T", " ").rstrip("Z")] + cmd
        else:
            print("faketime not found: ModDate will be the clock's time", file=sys.stderr)
        subprocess.run(cmd, check=True, env=env)


if __name__ == "__main__":
    main(sys.argv[1:])
