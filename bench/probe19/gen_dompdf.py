"""probe19 producer d: dompdf 2.0.3 (Debian php-dompdf 2.0.3+dfsg-1+deb12u1, PHP 8.2), the PHP
HTML-to-PDF library that many web applications (case-management systems, council and police
portals built on PHP) use to print pages.  It has its own CSS 2.1 layout engine (line breaking at
spaces and soft hyphens, tables, floats, fixed and absolute positioning) and its own PDF writer
(``Cpdf``, descended from the R&OS pdf class), which embeds TrueType fonts as subset CIDFontType2
with Identity-H and a ToUnicode map.  The generator writes HTML and a small JSON configuration
and runs ``dompdf_render.php`` with the ``php`` command.

  d01  PEEL 2023–25 report: title block, grade table, "HM Inspector's observations", judgement
       headings ending in a grade, footnotes at the page foot (one after a full stop, one glued
       to a word), "Area for improvement" and "Innovative practice" boxes, a lettered list,
       bullets drawn from a private-use code point (U+F0B7, as Word's Symbol-font bullets are)
       in a font made for the purpose, running header from page 2, "Page N of M", back cover.
  d02  accelerated cause-of-concern letter: letter-spaced letterhead, right-hand address,
       salutation, justified text with soft hyphens, disc bullets (dompdf draws them as
       circles, not text), a bordered cause-of-concern box, lettered recommendations, a
       footnote glued to a word, sign-off, header on page 2.
  d03  recommendation register: A4 landscape, Carlito, a ruled table whose Recommendation and
       Progress update cells are prose, header row repeated on the next page, status cells.

Usage: python3 gen_dompdf.py   (needs ``php`` with Debian's php-dompdf, and fontTools)
"""
import hashlib
import html
import json
import os
import subprocess
import tempfile

from common import FN, NOTICE, PDF_DIR, Gold, para, soft
from fontTools import subset
from fontTools.ttLib import TTFont

DATE = "D:20250318093000Z"
HERE = os.path.dirname(os.path.abspath(__file__))
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LIB = "/usr/share/fonts/truetype/liberation2/Liberation"
CARLITO = "/usr/share/fonts/truetype/crosextra/Carlito-"
PUA_BULLET = "\uf0b7"


def make_symbol_font(path):
    """A two-glyph TrueType font, "Probe Symbol", whose bullet and small square sit at the
    private-use code points U+F0B7 and U+F0A7, where Word's Symbol and Wingdings bullets land
    when they are mapped to Unicode.  Glyphs taken from DejaVu Sans."""
    f = TTFont(DEJAVU, recalcTimestamp=False)
    opts = subset.Options()
    opts.name_IDs = ["*"]
    opts.layout_features = []
    opts.drop_tables += ["FFTM"]
    s = subset.Subsetter(opts)
    s.populate(unicodes=[0x20, 0x2022, 0x25AA])
    s.subset(f)
    for t in f["cmap"].tables:
        t.cmap = {{0x2022: 0xF0B7, 0x25AA: 0xF0A7}.get(u, u): g for u, g in t.cmap.items()}
    for rec in f["name"].names:
        if rec.nameID in (1, 4, 16):
            rec.string = "Probe Symbol"
        elif rec.nameID == 6:
            rec.string = "ProbeSymbol"
    f["head"].created = f["head"].modified = 3822000000
    f.save(path)


def esc(s):
    return html.escape(s, quote=False)


class Doc:
    def __init__(self, name, hyph=False):
        self.gold = Gold(name)
        self.hyph = hyph
        self.parts = []
        self.notes = {}

    def _inline(self, text):
        out, pos = [], 0
        for m in FN.finditer(text):
            out.append(esc(text[pos:m.start()]))
            n = len(self.notes) + 1
            self.notes[f"fn{n}"] = m.group(1)
            out.append(f'<sup class="fn" id="fn{n}">{n}</sup>')
            pos = m.end()
        out.append(esc(text[pos:]))
        return "".join(out)

    def raw(self, s):
        self.parts.append(s)

    def p(self, *sents, gold=True, cls=None, tag="p", hyph=None):
        """A paragraph (gold unless gold=False); soft hyphens in its long words if the document
        asks for them (self.hyph), or as hyph says."""
        if gold:
            self.gold.add(*sents)
        text = para(sents)
        if self.hyph if hyph is None else hyph:
            text = soft(text)
        c = f' class="{cls}"' if cls else ""
        self.parts.append(f"<{tag}{c}>{self._inline(text)}</{tag}>")

    def s(self, *sents):
        """Inline text (gold) returned for a cell or list item, not appended."""
        self.gold.add(*sents)
        text = para(sents)
        return self._inline(soft(text) if self.hyph else text)

    def render(self, css, cfg, tmp):
        name = self.gold.name
        src = os.path.join(tmp, name + ".html")
        body = "\n".join(self.parts)
        with open(src, "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
                    f"<title>{esc(cfg['info']['Title'])}</title><style>{css}</style></head>"
                    f"<body>\n{body}\n</body></html>\n")
        cfg = dict(cfg, date=DATE, notes=self.notes or None)
        cfg["fileid"] = hashlib.md5(name.encode()).hexdigest()
        cfgp = os.path.join(tmp, name + ".json")
        with open(cfgp, "w", encoding="utf-8") as f:
            json.dump(cfg, f, ensure_ascii=False)
        fonts = os.path.join(tmp, "fontcache")
        os.makedirs(fonts, exist_ok=True)
        out = os.path.join(PDF_DIR, name + ".pdf")
        r = subprocess.run(["php", os.path.join(HERE, "dompdf_render.php"), src, out, cfgp,
                            fonts], capture_output=True, text=True)
        if r.returncode != 0 or not os.path.exists(out):
            raise SystemExit(f"dompdf failed for {name}:\n{r.stdout}\n{r.stderr}")
        print(f"{name}: {self.gold.write()} gold sentences")


def face(family, path, weight="normal", style="normal"):
    return (f"@font-face {{ font-family: '{family}'; font-weight: {weight}; font-style: {style};"
            f" src: url('{path}'); }}\n")


LIBSANS = (face("Liberation Sans", LIB + "Sans-Regular.ttf")
           + face("Liberation Sans", LIB + "Sans-Bold.ttf", "bold")
           + face("Liberation Sans", LIB + "Sans-Italic.ttf", "normal", "italic"))
LIBSERIF = (face("Liberation Serif", LIB + "Serif-Regular.ttf")
            + face("Liberation Serif", LIB + "Serif-Bold.ttf", "bold")
            + face("Liberation Serif", LIB + "Serif-Italic.ttf", "normal", "italic"))
CARL = (face("Carlito", CARLITO + "Regular.ttf") + face("Carlito", CARLITO + "Bold.ttf", "bold")
        + face("Carlito", CARLITO + "Italic.ttf", "normal", "italic"))


def symfont(tmp):
    return face("Probe Symbol", os.path.join(tmp, "probesym.ttf"))


# ---------------------------------------------------------------------------------------------

def d01(tmp):
    d = Doc("d01_peel_sallowmere")
    css = LIBSANS + symfont(tmp) + """
@page { margin: 2.3cm 2.2cm 3.3cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 1.35; color: #111; }
.kicker { font-size: 11pt; font-weight: bold; color: #6a1b4d; margin: 0; }
h1 { font-size: 22pt; color: #6a1b4d; margin: 4pt 0 2pt 0; line-height: 1.1; }
.sub { font-size: 14pt; margin: 0 0 2pt 0; }
.date { font-size: 10pt; color: #444; margin: 0 0 10pt 0; }
.notice { font-style: italic; border: 1pt solid #6a1b4d; padding: 5pt; }
h2 { font-size: 15pt; color: #6a1b4d; margin: 14pt 0 4pt 0; }
h3 { font-size: 12pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 7pt 0; }
sup.fn { font-size: 6.5pt; vertical-align: super; }
table.grades { width: 100%; border-collapse: collapse; margin: 4pt 0 8pt 0; font-size: 8.5pt; }
table.grades th { color: #fff; padding: 3pt; text-align: left; font-weight: bold; }
table.grades td { border: 0.5pt solid #999; padding: 3pt; vertical-align: top; }
.box { border: 1pt solid #6a1b4d; background: #f5eef2; padding: 6pt 8pt 1pt 8pt;
       margin: 4pt 0 9pt 0; }
.box h4 { margin: 0 0 3pt 0; font-size: 10.5pt; color: #6a1b4d; }
ol.alpha { list-style-type: lower-alpha; margin: 0 0 7pt 0; padding-left: 22pt; }
ol.alpha li { margin-bottom: 2pt; }
p.bul { margin: 0 0 3pt 0; padding-left: 18pt; text-indent: -18pt; }
span.sym { font-family: 'Probe Symbol'; display: inline-block; width: 18pt; text-indent: 0; }
.back { page-break-before: always; padding-top: 15cm; font-size: 9pt; color: #333; }
"""
    d.raw('<p class="kicker">PEEL 2023–25</p>'
          "<h1>Police effectiveness, efficiency and legitimacy</h1>"
          '<p class="sub">An inspection of Sallowmere Police</p>'
          '<p class="date">Published 18 March 2025</p>')
    d.p(NOTICE, gold=False, cls="notice", hyph=False)
    d.raw("<h2>Overall summary</h2><h3>Our judgements</h3>")
    d.p("Our inspection assessed how good Sallowmere Police is in nine areas of policing.")
    cols = [("Outstanding", "#1b5e20"), ("Good", "#558b2f"), ("Adequate", "#9e9d24"),
            ("Requires improvement", "#ef6c00"), ("Inadequate", "#b71c1c")]
    cells = ["", "Protecting vulnerable people<br><br>Developing a positive workplace",
             "Preventing crime<br><br>Investigating crime<br><br>Managing offenders and "
             "suspects<br><br>Police powers and public treatment",
             "Responding to the public<br><br>Leadership and force management", ""]
    d.raw('<table class="grades"><tr>' + "".join(
        f'<th style="background:{c}; width:20%">{t}</th>' for t, c in cols) + "</tr><tr>"
        + "".join(f"<td>{c}</td>" for c in cells) + "</tr></table>")
    d.p("We set out our findings on the ninth area, the service the force gives to victims of "
        "crime, without a grade.")
    d.raw("<h3>HM Inspector’s observations</h3>")
    d.p("I am pleased with some aspects of the performance of Sallowmere Police, but the force "
        "needs to improve in several areas.")
    d.p("The force answers emergency calls quickly, and its officers usually arrive at "
        "incidents within the times it has set for them.^[The force aims to attend emergency "
        "incidents within 15 minutes in towns and 20 minutes in rural areas.]",
        "However, too many people who call the non-emergency number abandon their call before "
        "it is answered.")
    d.p("The force has a clear understanding of the demand it faces and has used it to plan "
        "its workforce for the next four years.",
        "I was impressed by the commitment of the officers and staff I met, many of whom told "
        "me that they felt supported by their supervisors.",
        "My priorities for Sallowmere Police are for it to make sure that investigations are "
        "well supervised and that victims are kept informed of their progress.")
    d.raw("<h2>Responding to the public: requires improvement</h2>")
    d.p("Sallowmere Police requires improvement in the way it responds to the public.")
    d.raw('<div class="box"><h4>Area for improvement</h4>')
    d.p("The force should reduce the number of non-emergency calls that are abandoned before "
        "they are answered.")
    d.raw("</div>")
    d.p("In the year to September 2024, the force answered 91 per cent of emergency calls "
        "within ten seconds.",
        "But it took an average of more than four minutes to answer non-emergency calls, and "
        "about one call in five was abandoned.",
        "The force has started to offer a call-back service^[Callers who choose this option "
        "are given a time slot and do not need to stay on the line.] and to promote online "
        "reporting, but these changes are too recent for us to judge their effect.")
    d.raw("<h2>Investigating crime: adequate</h2>")
    d.p("Sallowmere Police is adequate at investigating crime.",
        "We reviewed 80 investigations and found that most were effective and completed in a "
        "timely way.")
    d.p("In the cases that were not, we found that supervisors had not always:")
    d.raw('<ol class="alpha">' + "".join(f"<li>{d.s(t)}</li>" for t in (
        "set clear lines of enquiry at the start of the investigation;",
        "reviewed the investigation at regular intervals; or",
        "recorded why a victim had withdrawn their support for a prosecution.")) + "</ol>")
    d.p("The force makes good use of digital forensic evidence, and it has reduced the time it "
        "takes to examine seized devices from six months to eight weeks.")
    d.raw("<h2>Protecting vulnerable people: good</h2>")
    d.p("Sallowmere Police is good at protecting vulnerable people.",
        "Officers recognise vulnerability well, and they record the risks faced by victims of "
        "domestic abuse accurately.",
        "The force’s multi-agency safeguarding hub shares information with its partners "
        "promptly.")
    d.raw('<div class="box"><h4>Innovative practice</h4>')
    d.p("Sallowmere Police has worked with local schools to help staff recognise the signs of "
        "child criminal exploitation.",
        "Teachers we spoke to said that the training had led them to refer children to the "
        "force sooner.")
    d.raw("</div>")
    d.raw("<h2>Managing offenders and suspects: adequate</h2>")
    d.p("The force is adequate at managing offenders and suspects.",
        "Its integrated offender management team works closely with probation and health "
        "services to:")
    for t in ("help offenders find housing and employment;",
              "make sure that those with drug or alcohol problems get treatment; and",
              "share intelligence about offenders who are at risk of reoffending."):
        d.raw(f'<p class="bul"><span class="sym">{PUA_BULLET}</span>{d.s(t)}</p>')
    d.p("But the force has a backlog of 140 registered sex offenders whose risk assessments "
        "are overdue, which it must clear.")
    d.raw('<div class="back"><p><b>About this document</b></p><p>© HMICFRS 2025 (synthetic '
          "edition). This document may be copied and reused for testing.</p><p>Produced for "
          "probe19. Not a publication of any inspectorate.</p></div>")
    cfg = {"paper": "A4", "orientation": "portrait",
           "info": {"Title": "PEEL 2023–25: Sallowmere Police", "Author": "probe19",
                    "Creator": "probe19 gen_dompdf.py"},
           "header": [{"from": 2, "notlast": True, "x": 62, "y": 30,
                       "text": "PEEL 2023–25 | Sallowmere Police",
                       "font": "Liberation Sans", "size": 8, "rule": 12}],
           "footer": [{"from": 1, "notlast": True, "x": 62, "y": -40, "align": "right",
                       "text": "Page {PAGE_NUM} of {PAGE_COUNT}", "font": "Liberation Sans",
                       "size": 8}],
           "notecfg": {"font": "Liberation Sans", "size": 7.5, "x": 62, "width": 471,
                       "bottom": 58}}
    d.render(css, cfg, tmp)


def d02(tmp):
    d = Doc("d02_letter_ketterfold", hyph=True)
    css = LIBSERIF + LIBSANS + """
@page { margin: 2cm 2.6cm 3cm 2.6cm; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; line-height: 1.3; }
p { margin: 0 0 8pt 0; text-align: justify; }
.lh { font-family: 'Liberation Sans'; font-weight: bold; font-size: 20pt; letter-spacing: 7pt;
      color: #123d6a; margin: 0; }
.strap { font-family: 'Liberation Sans'; font-size: 8pt; color: #123d6a; margin: 0;
         letter-spacing: 0.6pt; }
.addr { font-family: 'Liberation Sans'; font-size: 8.5pt; text-align: right; }
hr { border: 0; border-top: 1.2pt solid #123d6a; margin: 4pt 0 10pt 0; }
.notice { font-style: italic; text-align: left; }
table.to { width: 100%; margin-bottom: 10pt; }
table.to td { vertical-align: top; font-size: 11pt; }
.subj { font-weight: bold; text-align: left; }
h3 { font-family: 'Liberation Sans'; font-size: 11.5pt; margin: 10pt 0 4pt 0; }
sup.fn { font-size: 7pt; vertical-align: super; }
ul { margin: 0 0 8pt 0; padding-left: 22pt; }
ol { list-style-type: lower-alpha; margin: 0 0 8pt 0; padding-left: 24pt; }
li { margin-bottom: 3pt; text-align: justify; }
.concern { border: 1.2pt solid #8a1c1c; padding: 6pt 9pt 0 9pt; margin: 4pt 0 10pt 0; }
.sig { font-style: italic; font-size: 15pt; margin: 4pt 0 2pt 0; }
.cc { font-size: 9pt; }
"""
    d.raw('<table style="width:100%"><tr><td style="width:58%; vertical-align:top">'
          '<p class="lh">HMICFRS</p><p class="strap">His Majesty’s Inspectorate of '
          "Constabulary and Fire &amp; Rescue Services (synthetic)</p></td>"
          '<td class="addr" style="width:42%; vertical-align:top">Synthetic House<br>'
          "4 Quarry Row<br>Pollardsey<br>PY1 3DX</td></tr></table><hr>")
    d.p(NOTICE, gold=False, cls="notice", hyph=False)
    d.raw('<table class="to"><tr><td style="width:60%">Corinna Westlake<br>Chief Constable'
          "<br>Ketterfold Constabulary<br>Ferris Road<br>Crickmere<br>CK7 2LN</td>"
          '<td style="width:40%; text-align:right">Reference: ACoC/24/07<br><br>'
          "14 November 2024</td></tr></table>")
    d.raw("<p>Dear Chief Constable,</p>")
    d.raw('<p class="subj">Accelerated cause of concern: the recording and investigation of '
          "stalking</p>")
    d.p("I am writing to tell you about a cause of concern that we identified during our PEEL "
        "inspection of Ketterfold Constabulary in October.",
        "We do not usually report our findings before we publish a force’s PEEL report.",
        "But the risk to victims that we found is serious enough for me to raise it with you "
        "now, and I am publishing this letter so that the public are aware of it.")
    d.raw("<h3>What we found</h3>")
    d.p("We reviewed 64 reports of harassment that had been made to the force in the previous "
        "six months.",
        "In 27 of them, the behaviour described by the victim was stalking, but the force had "
        "recorded and investigated it as harassment.",
        "In one case, a woman reported that her former partner had followed her to work on "
        "eleven occasions over three weeks.")
    d.p("This matters because the force did not then carry out a stalking risk assessment, and "
        "officers did not consider applying for a stalking protection order^[Stalking "
        "protection orders were introduced by the Stalking Protection Act 2019.] to keep the "
        "victim safe.",
        "In three of these cases, the suspect went on to commit further offences against the "
        "victim.")
    d.p("We also found that:")
    d.raw("<ul>" + "".join(f"<li>{d.s(t)}</li>" for t in (
        "victims were rarely referred to a specialist stalking advocacy service;",
        "supervisors seldom reviewed the decision to treat a report as harassment; and",
        "the force’s training on stalking had been completed by fewer than half of its "
        "frontline officers.")) + "</ul>")
    d.p("Officers we spoke to were committed to helping victims, but many of them told us that "
        "they were not confident in telling stalking apart from harassment.")
    d.raw('<div class="concern"><h3 style="margin-top:0">Cause of concern</h3>')
    d.p("Ketterfold Constabulary does not consistently identify stalking, which means that "
        "victims are not always properly protected.")
    d.raw("</div><h3>Recommendations</h3>")
    d.p("By 31 January 2025, the force should:")
    d.raw("<ol>" + "".join(f"<li>{d.s(t)}</li>" for t in (
        "review all reports of harassment made since 1 April 2024 to identify any that should "
        "have been recorded as stalking;",
        "make sure that a stalking risk assessment is completed for every victim of stalking; "
        "and",
        "provide training on stalking to all officers and staff who deal with the public."))
        + "</ol>")
    d.p("By 31 March 2025, the force should also make sure that its supervisors check the "
        "recording of every report of harassment and stalking.",
        "We will expect the force to show us how it has improved its understanding of stalking, "
        "not only that it has completed the training.")
    d.raw("<h3>Next steps</h3>")
    d.p("I recognise that the force has already begun to act on what we found.",
        "During our inspection it set up a working group led by an assistant chief constable, "
        "and it has started to review the cases that we identified.",
        "It has also told us that it will appoint a stalking coordinator in each of its three "
        "districts.",
        "We will monitor the force’s progress closely and will report on it in the spring.")
    d.p("I would like to thank you and your officers and staff for the constructive way in "
        "which they have worked with us during the inspection.",
        "I am sending a copy of this letter to the police and crime commissioner for "
        "Ketterfold.")
    d.raw('<p style="margin-top:12pt">Yours sincerely,</p><p class="sig">Austin Felgate</p>'
          '<p style="text-align:left"><b>Austin Felgate</b><br>His Majesty’s Inspector of '
          'Constabulary</p><p class="cc">cc: Tobias Renshaw, Police and Crime Commissioner for '
          "Ketterfold (synthetic)</p>")
    cfg = {"paper": "A4", "orientation": "portrait",
           "info": {"Title": "Accelerated cause of concern: Ketterfold Constabulary",
                    "Author": "probe19", "Creator": "probe19 gen_dompdf.py"},
           "header": [{"from": 2, "x": 74, "y": 28, "font": "Liberation Sans", "size": 8,
                       "text": "Ketterfold Constabulary: accelerated cause of concern"},
                      {"from": 2, "x": 74, "y": 28, "font": "Liberation Sans", "size": 8,
                       "align": "right", "text": "14 November 2024", "rule": 12}],
           "footer": [{"from": 1, "x": 74, "y": -42, "align": "center",
                       "text": "{PAGE_NUM}", "font": "Liberation Sans", "size": 9}],
           "notecfg": {"font": "Liberation Serif", "size": 8.5, "x": 74, "width": 447,
                       "bottom": 62}}
    d.render(css, cfg, tmp)


def d03(tmp):
    d = Doc("d03_register_ulverholt")
    css = CARL + """
@page { margin: 1.8cm 1.8cm 2.2cm 1.8cm; }
body { font-family: 'Carlito'; font-size: 10.5pt; line-height: 1.25; }
.kicker { font-size: 10pt; font-weight: bold; letter-spacing: 3pt; color: #0b5563;
          margin: 0; }
h1 { font-size: 19pt; color: #0b5563; margin: 3pt 0 2pt 0; }
.pos { margin: 0 0 6pt 0; color: #333; }
.notice { font-style: italic; margin: 0 0 6pt 0; }
p { margin: 0 0 6pt 0; }
table.reg { width: 100%; border-collapse: collapse; margin: 6pt 0 8pt 0; }
table.reg th { background: #0b5563; color: #fff; text-align: left; padding: 4pt;
               font-size: 10pt; border: 0.6pt solid #0b5563; }
table.reg td { border: 0.6pt solid #7a9ea4; padding: 4pt; vertical-align: top;
               font-size: 10pt; }
td.ref { font-weight: bold; }
td.st { font-weight: bold; }
td.closed { color: #1b5e20; } td.track { color: #8a6d00; } td.behind { color: #9b1c1c; }
"""
    d.raw('<p class="kicker">PROGRESS REGISTER</p><h1>Ulverholt Police: recommendations and '
          'areas for improvement</h1><p class="pos">Position at 30 June 2024</p>')
    d.p(NOTICE, gold=False, cls="notice", hyph=False)
    d.p("This register lists the recommendations and areas for improvement from our recent "
        "inspections of Ulverholt Police that remained open at the start of 2024.",
        "For each one, it gives the force’s own account of its progress and our assessment of "
        "whether the work is complete.",
        "We update the register every six months, and we will close an entry only when we have "
        "seen evidence that the issue has been resolved.")
    rows = [
        ("R1", "PEEL 2022 (AFI)",
         ["The force should improve how it supervises investigations so that they are "
          "completed in a timely way."], ("Closed", "closed"),
         ["A new supervision standard was introduced in March 2023.",
          "Our audit of 60 cases in May found that 54 had been reviewed within the required "
          "time."]),
        ("R2", "PEEL 2022 (AFI)",
         ["The force should make sure that it records equality data for people who are "
          "stopped and searched."], ("Open: on track", "track"),
         ["Recording rose from 61 per cent to 88 per cent over the year.",
          "The force expects to reach its target of 95 per cent by December."]),
        ("R3", "Custody 2021 (recommendation)",
         ["The force should make sure that detainees who are at risk are checked at the "
          "frequency their care plan requires."], ("Open: behind schedule", "behind"),
         ["Checks were still missed in 9 of the 40 custody records we examined.",
          "The force has bought electronic reminders for custody staff, which are being "
          "installed."]),
        ("R4", "Vetting 2023 (recommendation)",
         ["By 30 September 2023, the force should make sure that all its officers and staff "
          "hold vetting clearance at the level their role requires."], ("Closed", "closed"),
         ["The force cleared its backlog of 420 vetting applications in August 2023."]),
        ("R5", "Domestic abuse 2023 (AFI)",
         ["The force should make sure that officers use body-worn video at every domestic "
          "abuse incident they attend."], ("Open: on track", "track"),
         ["Use of body-worn video at these incidents has increased to 82 per cent.",
          "Supervisors now check footage as part of their daily review."]),
        ("R6", "PEEL 2022 (AFI)",
         ["The force should reduce the time it takes to answer non-emergency calls."],
         ("Open: behind schedule", "behind"),
         ["The average wait is now three minutes and ten seconds, compared with two minutes a "
          "year ago.",
          "The force has recruited 18 more call handlers, who will start work in September."]),
        ("R7", "Fraud 2023 (recommendation)",
         ["The force should make sure that every victim of fraud is given crime prevention "
          "advice."], ("Closed", "closed"),
         ["Advice is now sent to every victim by text message within two days."]),
        ("R8", "Digital forensics 2022 (AFI)",
         ["The force should reduce the backlog of mobile phones waiting to be examined."],
         ("Open: on track", "track"),
         ["The backlog has fallen from 610 devices to 240.",
          "The force has opened a second digital forensics laboratory in Caddow."]),
    ]
    body = []
    for ref, src, rec, (st, cls), prog in rows:
        rec_html = d.s(*rec)
        prog_html = d.s(*prog)
        body.append(f'<tr><td class="ref">{ref}</td><td>{esc(src)}</td><td>{rec_html}</td>'
                    f'<td class="st {cls}">{esc(st)}</td><td>{prog_html}</td></tr>')
    d.raw('<table class="reg"><thead><tr><th style="width:5%">Ref</th>'
          '<th style="width:13%">Source</th><th style="width:36%">Recommendation or area for '
          'improvement</th><th style="width:11%">Status</th><th style="width:35%">Progress '
          "update</th></tr></thead><tbody>" + "".join(body) + "</tbody></table>")
    d.p("Of the eight entries in this register, three are closed, three are on track and two "
        "are behind schedule.",
        "We will review the two entries that are behind schedule during our next PEEL "
        "inspection of the force.")
    cfg = {"paper": "A4", "orientation": "landscape",
           "info": {"Title": "Ulverholt Police: progress register", "Author": "probe19",
                    "Creator": "probe19 gen_dompdf.py"},
           "footer": [{"from": 1, "x": 51, "y": -38, "text": "Ulverholt Police: progress "
                       "register, June 2024", "font": "Carlito", "size": 8.5},
                      {"from": 1, "x": 51, "y": -38, "align": "right",
                       "text": "Page {PAGE_NUM} of {PAGE_COUNT}", "font": "Carlito",
                       "size": 8.5}]}
    d.render(css, cfg, tmp)


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe19_dompdf_") as tmp:
        make_symbol_font(os.path.join(tmp, "probesym.ttf"))
        d01(tmp)
        d02(tmp)
        d03(tmp)


if __name__ == "__main__":
    main()
