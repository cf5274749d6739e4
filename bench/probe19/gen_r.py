"""probe19 producer s: R 4.2.2's grDevices pdf() device (Debian r-base-core 4.2.2.20221110-2),
driven through grid graphics, as in an analyst's report script.  The device is R's own PDF
writer (PDF 1.4, the standard Type 1 fonts unembedded and re-encoded to WinAnsi with a
Differences array, bullets from the Symbol font, kerned TJ strings).  The generator writes one R
script per document that sources ``r_render.R`` (the layout helpers: line breaking, word-by-word
justification, letter-spacing, footnotes at the page foot, boxes, a bar chart, a table) and runs
it with ``Rscript`` under ``faketime`` so that the CreationDate and ModDate the device writes
are fixed.

  s01  press release: navy masthead band with a letter-spaced "NEWS RELEASE" (one glyph per
       text object), embargo line, headline, a letter-spaced standfirst sentence (gold: its
       characters placed one by one, no space characters), quotes, Symbol-font bullets
       (byte 0xB7 in the Symbol font), centred "ENDS", numbered notes to editors, "Page N of
       M".  Like every R pdf() text, each "-" is printed with the /minus glyph (R's encoding
       files put /minus at code 45), so extractors give U+2212 in "anti−social".
  s02  2015 value for money profile commentary: Times body justified word by word (each word
       its own text object), Helvetica headings, a footnote call glued to a word with the note
       at the page foot, a tinted "Key points" box with Symbol bullets, a bar chart and a
       figures table (not gold), a paragraph crossing the page break, header from page 2.

Usage: python3 gen_r.py   (needs Rscript and faketime on PATH)
"""
import os
import subprocess
import tempfile

from common import FN, NOTICE, PDF_DIR, Gold, para

HERE = os.path.dirname(os.path.abspath(__file__))
FAKETIME = "2025-01-15 09:30:00"
CALL = "\u00a4"


class RCode(str):
    """R source passed through unquoted."""


# the Symbol font's bullet: byte 0xB7 (R 4.2 in a UTF-8 locale writes a fontface-5 string's
# bytes as they are, so a Unicode bullet would come out as three wrong Symbol glyphs)
SYMBOL_BULLET = RCode("SYM_BULLET")


def r(s):
    """An R string literal with every non-ASCII character as a \\u escape."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}")
    return '"' + "".join(out) + '"'


def rval(v):
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, RCode):
        return str(v)
    if isinstance(v, str):
        return r(v)
    if isinstance(v, dict):
        return "list(" + ", ".join(f"{k} = {rval(x)}" for k, x in v.items()) + ")"
    if isinstance(v, (list, tuple)):
        if any(isinstance(x, (list, tuple, dict)) for x in v):
            return "list(" + ", ".join(rval(x) for x in v) + ")"
        return "c(" + ", ".join(rval(x) for x in v) + ")"
    if v is None:
        return "NULL"
    return repr(v)


class Doc:
    def __init__(self, name, title):
        self.gold = Gold(name)
        self.title = title
        self.lines = []

    def call(self, fn, *args, **kw):
        a = [rval(x) for x in args] + [f"{k} = {rval(v)}" for k, v in kw.items()]
        self.lines.append(f"  {fn}({', '.join(a)})")

    def p(self, *sents, gold=True, **kw):
        if gold:
            self.gold.add(*sents)
        text = para(sents)
        notes = [m.group(1) for m in FN.finditer(text)]
        text = FN.sub(CALL, text)
        if notes:
            kw["notes"] = notes
        self.call("para", text, **kw)

    def render(self, tmp):
        name = self.gold.name
        out = os.path.join(PDF_DIR, name + ".pdf")
        script = os.path.join(tmp, name + ".R")
        with open(script, "w", encoding="ascii") as f:
            f.write(f"source({r(os.path.join(HERE, 'r_render.R'))})\n")
            f.write("doc <- function() {\n" + "\n".join(self.lines) + "\n}\n")
            f.write(f"invisible(render_doc({r(out)}, doc, {r(self.title)}))\n")
        env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8")
        subprocess.run(["faketime", "-f", FAKETIME, "Rscript", "--vanilla", script],
                       check=True, env=env)
        print(f"{name}: {self.gold.write()} gold sentences")


# ---------------------------------------------------------------------------------------------

def s01(tmp):
    navy = "#14305a"
    d = Doc("s01_press_mistlebury", "News release: Mistlebury Constabulary")
    d.call("begin_doc", ml=22, mr=22, mt=22, mb=22,
           footer={"from": 1, "left": "Mistlebury Constabulary: anti-social behaviour",
                   "right": "Page {page} of {nb}", "y": 286, "size": 8})
    # the masthead, drawn absolutely on page 1
    d.call("band", 0, 0, 210, 38, navy)
    d.call("label_at", "NEWS RELEASE", 22, 17, 20, 2, "white", tracking=2.2)
    d.call("label_at", "Synthetic inspectorate press office", 22, 26, 9.5, 1, "#c8d4e8")
    d.call("label_at", "15 January 2025", 160, 26, 9.5, 1, "#c8d4e8")
    d.call("space", 28)
    d.p(NOTICE, gold=False, size=10, face=3, lead=5, after=4)
    d.p("EMBARGOED UNTIL 00:01 ON WEDNESDAY 15 JANUARY 2025", gold=False, size=9.5, face=2,
        lead=5, after=3, tracking=0.35)
    d.p("Mistlebury Constabulary is better at tackling anti-social behaviour but must do more "
        "for repeat victims", gold=False, size=17, face=2, col=navy, lead=7.5, after=4)
    d.p("Mistlebury Constabulary has made good progress in the way it deals with anti-social "
        "behaviour, but it must do more to support repeat victims, according to a report "
        "published today.", size=12, face=2, lead=6, after=4, tracking=0.18)

    def body(*s, **kw):
        d.p(*s, **{"size": 11, "lead": 5.4, "after": 3, **kw})

    body("The inspectorate found that the force now responds more quickly to reports of "
         "anti-social behaviour and works well with the local council.",
         "Neighbourhood officers know their areas well and use a range of powers to tackle "
         "persistent problems.",
         "The force also makes good use of data to decide where to send its patrols.")
    body("However, inspectors found that the force did not always identify people who had "
         "reported anti-social behaviour many times.",
         "In one neighbourhood of Pollardsey, a family had made 19 reports in a year before "
         "anyone recognised that they were being targeted.",
         "The force has since reviewed the case and has apologised to the family.")
    body("Inspectors spoke to residents in three towns, and most said that they felt safe in "
         "their neighbourhood.")
    body("His Majesty’s Inspector of Constabulary Helena Audley said:")
    quote = dict(indent=8, face=3)
    body("“Anti-social behaviour can make people’s lives a misery, and it is often the most "
         "vulnerable who suffer most.",
         "Mistlebury Constabulary has worked hard to improve its response, and the public are "
         "starting to see the difference.",
         "But the force needs to make sure that it spots repeat victims quickly and gives them "
         "the support they need.”", **quote)
    body("Inspectors also found that the force:", after=1.5)
    for t in ("had trained all its neighbourhood officers in the use of community protection "
              "notices;",
              "did not routinely ask victims how the behaviour had affected them; and",
              "had no clear process for reviewing cases that were closed without a "
              "resolution."):
        d.p(t, size=11, lead=5.4, after=1.2, indent=7, label=SYMBOL_BULLET, label_face=5,
            label_x=1.5)
    d.call("space", 2)
    body("The report makes three recommendations, including that the force should introduce a "
         "way of flagging repeat victims on its systems within six months.",
         "Inspectors will revisit the force next year to assess its progress.")
    body("Ms Audley added:")
    body("“I was pleased to see the force working so closely with housing providers and youth "
         "services.",
         "That kind of partnership is essential if problems are to be solved for good.”",
         **quote)
    d.p("ENDS", gold=False, size=11, face=2, lead=6, align="center", before=2, after=4)
    d.p("Notes to editors", gold=False, size=12, face=2, col=navy, lead=6.5, after=1.5,
        keep=True)
    for i, t in enumerate((
            "This inspection was carried out in September 2024 as part of a programme looking "
            "at how forces tackle anti-social behaviour.",
            "Inspectors reviewed 120 reports of anti-social behaviour and interviewed 52 "
            "officers, staff and partners.",
            "Mistlebury Constabulary serves a population of about 640,000 people.",
            "The full report is published alongside this release.",
            "Anti-social behaviour is not in itself a crime, but it often involves offences "
            "such as criminal damage and harassment."), 1):
        d.p(t, size=10, lead=4.9, after=1.5, indent=7, label=f"{i}.", label_x=0)
    d.p("Media enquiries: a fictional press office, telephone 0100 000 0002 (not a real "
        "number).", gold=False, size=9, face=3, lead=4.8, before=3)
    d.render(tmp)


def s02(tmp):
    teal = "#0e5a5a"
    d = Doc("s02_vfm_hatherfold", "Value for money profile 2015: Hatherfold Police")
    d.call("begin_doc", ml=24, mr=24, mt=24, mb=22, note_size=8, note_lead=3.4,
           note_family="Times",
           header={"from": 2, "left": "Value for money profile 2015: Hatherfold Police",
                   "right": "HMIC", "y": 13, "size": 8, "rule": True},
           footer={"from": 1, "center": "Page {page} of {nb}", "y": 286, "size": 8.5})
    d.p("VALUE FOR MONEY PROFILE 2015", gold=False, size=10, face=2, col=teal, lead=5,
        tracking=0.5)
    d.p("Hatherfold Police: commentary on the value for money profile", gold=False, size=19,
        face=2, col=teal, lead=8.5, before=1)
    d.p("HMIC, October 2015", gold=False, size=11, lead=6, after=3)
    d.p(NOTICE, gold=False, size=10.5, face=3, lead=5, after=4, family="Times")

    def body(*s, **kw):
        d.p(*s, **{"size": 11, "lead": 5.2, "after": 2.8, "align": "justify",
                   "family": "Times", **kw})

    def h(t):
        d.p(t, gold=False, size=13, face=2, col=teal, lead=7, before=2, after=1, keep=True)

    body("This commentary accompanies the value for money profile for Hatherfold Police, which "
         "compares the force’s spending and workforce with those of other forces.",
         "The profile uses data that forces published in their annual accounts^[The data are "
         "for the financial year 2014/15 and are the forces’ own figures.] and returned to the "
         "Home Office.",
         "It is intended to help the force, its police and crime commissioner and the public "
         "to ask questions about how money is being spent.")
    body("A high or low figure is not in itself a sign of good or poor value.",
         "Differences between forces can reflect local circumstances, such as the size of the "
         "area that a force covers or the number of visitors it receives.")
    d.call("box_begin", fill="#e3eeee", border=teal, pad=3, before=1)
    d.p("Key points", gold=False, size=11.5, face=2, col=teal, lead=6, after=1)
    for t in ("Hatherfold Police spends less per head of population than the average for its "
              "most similar group of forces.",
              "It spends more than those forces on investigations and less on neighbourhood "
              "policing.",
              "Its workforce has fallen by 11 per cent since 2010, mostly among police staff.",
              "Its spending on support services such as finance and human resources is the "
              "highest in its group."):
        d.p(t, size=10.5, lead=5, after=1, indent=6, label=SYMBOL_BULLET, label_face=5,
            label_x=1, family="Times")
    d.call("box_end", after=4)
    h("Spending")
    body("In 2014/15 the force spent £162 million, which is £171 for each person living in the "
         "force area.",
         "The average for the most similar group was £184.")
    d.call("bar_chart", "Net revenue expenditure per head of population, 2014/15 (£)",
           ["Hatherfold Police", "Most similar group average", "England and Wales"],
           [171, 184, 189], [teal, "#8fb8b8", "#b9c9c9"], h=36)
    body("The force spends a higher proportion of its budget on investigations than any force "
         "in its group.",
         "This reflects a decision by the chief constable to move officers into teams that "
         "investigate child abuse and serious sexual offences.",
         "The force spends less on neighbourhood policing, and it has reduced the number of "
         "police community support officers from 212 to 140.",
         "Spending on the control room is close to the average for the group.")
    h("Workforce")
    body("Hatherfold Police employed 1,890 officers and staff in March 2015.",
         "Since 2010 the number of officers has fallen by 6 per cent, while the number of "
         "police staff has fallen by 19 per cent.",
         "The number of officers in neighbourhood teams has fallen faster than in any other "
         "part of the force.")
    body("Some of the work that police staff used to do is now done by officers, which may not "
         "be an efficient use of their time.",
         "The force told us that it plans to recruit 60 new police staff investigators over "
         "the next two years.",
         "It expects these investigators to take on work such as reviewing closed-circuit "
         "television footage and taking statements.")
    d.call("small_table", [["Workforce (full-time equivalent)", "March 2010", "March 2015",
                            "Change"],
                           ["Police officers", "1,064", "1,000", "-6%"],
                           ["Police staff", "890", "721", "-19%"],
                           ["PCSOs", "212", "140", "-34%"]], [70, 30, 30, 25])
    h("Questions the profile raises")
    body("The profile suggests some questions that the force and its police and crime "
         "commissioner may wish to consider:", after=1.5)
    for t in ("whether the move of officers into investigation has reduced the time taken to "
              "bring offenders to justice;",
              "how the reduction in neighbourhood staff has affected the force’s contact with "
              "local communities; and",
              "whether the force’s spending on support services can be reduced."):
        d.p(t, size=11, lead=5.2, after=1.2, indent=7, label=SYMBOL_BULLET, label_face=5,
            label_x=1.5, family="Times")
    d.call("space", 2)
    body("The answers to these questions will help to show whether the force is providing value "
         "for money.",
         "We will use the profile when we carry out our inspection of the force’s efficiency "
         "later this year.",
         "The figures in this commentary are rounded, so totals may not add up exactly.")
    d.render(tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe19_r_") as tmp:
        s01(tmp)
        s02(tmp)


if __name__ == "__main__":
    main()
