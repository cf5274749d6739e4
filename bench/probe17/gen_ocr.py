"""probe17 producer o: a scanned paper document with an OCR text layer written by Tesseract 5.3.0
(Debian tesseract-ocr 5.3.0-2, English model tesseract-ocr-eng 1:4.1.0-2), driven from Python.

Archives hold many inspection letters and reports that were printed, signed, scanned and run
through OCR.  This generator makes such files: it sets each page as the paper original would
look (Pillow 13 with FreeType and Liberation fonts; justified text hyphenated with pyphen's en_GB
patterns where the original was typeset that way), "scans" it at 300 dpi (a small skew, noise,
blur, an uneven page tone, then bilevel or greyscale JPEG) and hands the page images to the
``tesseract`` command with its ``pdf`` output.  Tesseract writes every page as the scanned image
with an invisible text layer on top (text render mode 3, one Type 0 "GlyphLessFont" whose CIDs
are the Unicode values, ToUnicode), one ``Tz``-scaled TJ per recognised word, moved by ``Td``
with a small vertical drift that follows the skew of the scan; its reading order and line
grouping are Tesseract's own page segmentation.  What the OCR got wrong is its own: the gold is
the true text of the original, and ``check.py`` confirms that the text layer carries every gold
sentence.

The only change made to Tesseract's file is its /CreationDate, rewritten in place (same length)
to a fixed date so that rebuilds are byte-identical.

  o01  accelerated cause of concern letter (bilevel scan, G4): letterhead, right-hand address
       block, a rotated "RECEIVED" stamp in the margin, reference and date, recipient address,
       salutation, bold subject line, ragged-right body, "(a)" recommendations with hanging
       indents, a sentence crossing the page 1 -> 2 break, continuation header, signature.
  o02  extract of a 2016-style PEEL effectiveness report (greyscale JPEG scan): title block, an
       "Overall judgement" box, justified and hyphenated paragraphs, numbered paragraphs with the
       numbers in the margin, "•" bullets after a lead-in, a framed "Areas for improvement"
       box, a footnote at the page foot, running header and page numbers, and a two-column page.

Usage: python3 gen_ocr.py   (needs the ``tesseract`` command on PATH)
"""
import os
import re
import subprocess
import tempfile

import numpy as np
import pyphen
from common import NOTICE, PDF_DIR, Gold, pieces
from PIL import Image, ImageDraw, ImageFilter, ImageFont

DPI = 300
PAGE_W, PAGE_H = 595.0, 842.0          # points (A4, rounded as the scanner's page size)
LIB = "/usr/share/fonts/truetype/liberation2/"
HYPH = pyphen.Pyphen(lang="en_GB", left=3, right=3)
FIXED_DATE = b"D:20250101000000+00'00'"


def px(v):
    return int(round(v * DPI / 72.0))


class Fonts:
    def __init__(self):
        self.cache = {}

    def __call__(self, face, size):
        key = (face, size)
        if key not in self.cache:
            self.cache[key] = ImageFont.truetype(LIB + face + ".ttf", px(size))
        return self.cache[key]


FONT = Fonts()


class Sheet:
    """One paper page, drawn in points with the origin at the top left."""

    def __init__(self):
        self.img = Image.new("L", (px(PAGE_W), px(PAGE_H)), 255)
        self.draw = ImageDraw.Draw(self.img)

    def width(self, s, face, size):
        return self.draw.textlength(s, font=FONT(face, size)) * 72.0 / DPI

    def text(self, x, y, s, face, size, fill=0, anchor="ls"):
        self.draw.text((px(x), px(y)), s, font=FONT(face, size), fill=fill, anchor=anchor)

    def rule(self, x0, y0, x1, y1, w=0.8, fill=0):
        self.draw.line([(px(x0), px(y0)), (px(x1), px(y1))], fill=fill, width=max(1, px(w)))

    def frame(self, x0, y0, x1, y1, w=0.8, fill=None, outline=0):
        self.draw.rectangle([px(x0), px(y0), px(x1), px(y1)], fill=fill, outline=outline, width=max(1, px(w)))


# ---------------------------------------------------------------------------------------------
# paragraph setting (the paper original's layout)

def hyphen_split(word, room, sheet, face, size):
    """The longest hyphenated head of word (with its '-') that fits in room, and the tail."""
    m = re.match(r"^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$", word)
    if not m or len(m.group(2)) < 7:
        return None
    lead, core, trail = m.groups()
    for head, tail in HYPH.iterate(core):
        h = lead + head + "-"
        if sheet.width(h, face, size) <= room:
            return h, tail + trail
    return None


def set_lines(sheet, words, width, face, size, hyphenate):
    """Greedy line breaking; a word is a list of (text, kind) runs, kind 'text' or 'fn'."""
    space = sheet.width(" ", face, size)

    def wlen(w):
        return sum(sheet.width(t, face, size * (0.6 if k == "fn" else 1)) for t, k in w)

    lines, cur, cur_w = [], [], 0.0
    queue = list(words)
    while queue:
        w = queue.pop(0)
        need = wlen(w) + (space if cur else 0)
        if cur_w + need <= width:
            cur.append(w)
            cur_w += need
            continue
        if hyphenate and len(w) == 1 and w[0][1] == "text":
            room = width - cur_w - (space if cur else 0)
            split = hyphen_split(w[0][0], room, sheet, face, size)
            if split:
                cur.append([(split[0], "text")])
                lines.append(cur)
                cur, cur_w = [], 0.0
                queue.insert(0, [(split[1], "text")])
                continue
        lines.append(cur)
        cur, cur_w = [w], wlen(w)
    if cur:
        lines.append(cur)
    return lines


def words_of(sents):
    """Marked-up sentences -> words as run lists; a footnote call sticks to its word."""
    out = []
    for s in sents:
        for kind, t in pieces(s):
            if kind == "fn":
                out[-1].append((t, "fn"))
                continue
            for i, tok in enumerate(t.split(" ")):
                if tok == "":
                    continue
                if i == 0 and out and not t.startswith(" ") and out[-1][-1][1] == "fn":
                    out[-1].append((tok, "text"))
                else:
                    out.append([(tok.replace("\u00a0", " "), "text")])
    return out


class Writer:
    """A cursor on a sheet that sets paragraphs between two x positions."""

    def __init__(self, sheet, x0, x1, y, face, size, lead, justify=False, hyphenate=False):
        self.sheet, self.x0, self.x1, self.y = sheet, x0, x1, y
        self.face, self.size, self.lead = face, size, lead
        self.justify, self.hyphenate = justify, hyphenate
        self.bottom = None       # lowest baseline; a paragraph that reaches it is cut there
        self.notes = []          # footnote texts in call order (numbers are printed by the caller)

    def para(self, sents, indent=0.0, label=None, label_x=None, face=None, after=None, justify=None,
             lines_limit=None):
        face = face or self.face
        justify = self.justify if justify is None else justify
        sheet = self.sheet
        words = words_of(sents)
        width = self.x1 - self.x0 - indent
        lines = set_lines(sheet, words, width, face, self.size, self.hyphenate)
        if lines_limit is None and self.bottom is not None:
            lines_limit = max(0, int((self.bottom - self.y) // self.lead) + 1)
        if lines_limit is not None:
            lines, rest = lines[:lines_limit], lines[lines_limit:]
        else:
            rest = []
        if label:
            sheet.text(self.x0 + (label_x or 0), self.y, label, face, self.size)
        space = sheet.width(" ", face, self.size)
        for i, line in enumerate(lines):
            self._line(line, self.x0 + indent, width, face, space,
                       justify and (i < len(lines) - 1 or rest))
            self.y += self.lead
        self.y += self.lead * 0.5 if after is None else after
        return rest

    def _line(self, line, x, width, face, space, justify):
        sheet, size = self.sheet, self.size

        def run_w(t, k):
            return sheet.width(t, face, size * (0.6 if k == "fn" else 1))

        widths = [sum(run_w(t, k) for t, k in w) for w in line]
        gap = space
        if justify and len(line) > 1:
            gap = (width - sum(widths)) / (len(line) - 1)
        cx = x
        for w, ww in zip(line, widths, strict=True):
            rx = cx
            for t, k in w:
                if k == "fn":
                    self.notes.append(t)
                    sheet.text(rx, self.y - size * 0.38, str(len(self.notes)), face, size * 0.6)
                else:
                    sheet.text(rx, self.y, t, face, size)
                rx += run_w(t, k)
            cx += ww + gap

    def cont(self, lines, x, width, face=None):
        """Set lines left over from a paragraph that was cut at the foot of a page."""
        face = face or self.face
        space = self.sheet.width(" ", face, self.size)
        for i, line in enumerate(lines):
            self._line(line, x, width, face, space, self.justify and i < len(lines) - 1)
            self.y += self.lead
        self.y += self.lead * 0.5


# ---------------------------------------------------------------------------------------------
# scanning and OCR

def scan(sheet, seed, angle, mode):
    """Turn a clean page into a plausible scan: skew, blur, noise, page tone; bilevel or grey."""
    rng = np.random.default_rng(seed)
    noise = 9 if mode == "1" else 3.5
    img = sheet.img.filter(ImageFilter.GaussianBlur(0.7))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape
    tone = 236 + 10 * np.linspace(0, 1, w)[None, :] - 6 * np.linspace(0, 1, h)[:, None]
    a = a / 255.0 * tone + rng.normal(0, noise, a.shape)
    a[:, : px(8)] *= np.linspace(0.55, 1, px(8))[None, :]     # shadow of the binding edge
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if mode == "1":
        return out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def ocr(name, images, tmp):
    files = []
    for i, (img, mode) in enumerate(images, 1):
        if mode == "1":
            f = os.path.join(tmp, f"{name}-{i}.tif")
            img.save(f, compression="group4", dpi=(DPI, DPI))
        else:
            f = os.path.join(tmp, f"{name}-{i}.jpg")
            img.save(f, quality=40, dpi=(DPI, DPI), optimize=True)
        files.append(f)
    lst = os.path.join(tmp, name + ".txt")
    with open(lst, "w") as fh:
        fh.write("\n".join(files) + "\n")
    base = os.path.join(tmp, name)
    subprocess.run(["tesseract", lst, base, "-l", "eng", "--psm", "3", "--dpi", str(DPI), "pdf"],
                   check=True, capture_output=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})
    data = open(base + ".pdf", "rb").read()
    m = re.search(rb"/CreationDate \((D:[^)]*)\)", data)
    if m and len(m.group(1)) == len(FIXED_DATE):
        data = data[:m.start(1)] + FIXED_DATE + data[m.end(1):]
    with open(os.path.join(PDF_DIR, name + ".pdf"), "wb") as fh:
        fh.write(data)


# ---------------------------------------------------------------------------------------------
# o01: accelerated cause of concern letter, Ravenstowe Police

def o01(tmp):
    name = "o01_letter_ravenstowe"
    gold = Gold(name)
    serif, bold = "LiberationSerif-Regular", "LiberationSerif-Bold"
    L, R = 72.0, 523.0
    pages = []

    # ---- page 1
    s = Sheet()
    s.text(L, 84, "HMICFRS", bold, 22)
    s.text(L, 100, "Inspections of police forces in England and Wales", serif, 8.5)
    for i, t in enumerate(["Floor 3, Merchant House", "40 Quayside", "Hexworth HX1 2BD",
                           "Telephone 0300 555 0148"]):
        s.text(R, 70 + i * 11, t, serif, 8.5, anchor="rs")
    s.rule(L, 112, R, 112, 0.9)
    # received stamp, rotated, in the top margin
    st = Image.new("L", (px(120), px(40)), 255)
    sd = ImageDraw.Draw(st)
    sd.rectangle([2, 2, px(120) - 3, px(40) - 3], outline=90, width=px(1.6))
    sd.text((px(60), px(15)), "RECEIVED", font=FONT(bold, 11), fill=90, anchor="mm")
    sd.text((px(60), px(30)), "11 OCT 2024", font=FONT(bold, 9), fill=90, anchor="mm")
    st = st.rotate(9, expand=True, fillcolor=255)
    s.img.paste(st, (px(400), px(8)), st.point(lambda v: 255 if v < 200 else 0))
    s.text(L, 132, NOTICE, serif, 9)
    s.text(L, 160, "Our reference: RAV/ACC/2024/03", serif, 11)
    s.text(R, 160, "9 October 2024", serif, 11, anchor="rs")
    for i, t in enumerate(["Chief Constable Daniel Ferris", "Ravenstowe Police", "Police Headquarters",
                           "Saltmarsh Lane", "Greyhithe", "GH3 8TW"]):
        s.text(L, 190 + i * 14, t, serif, 11)
    s.text(L, 296, "Dear Chief Constable,", serif, 11.5)
    w = Writer(s, L, R, 322, serif, 11.5, 15.2)
    w.para(["Accelerated cause of concern: the investigation of online child sexual abuse"], face=bold)
    body = [
        ("p", ["I am writing to tell you about a serious concern that we identified during our inspection of Ravenstowe Police last month.",
               "We are raising it now, rather than waiting for our report, because we believe that children may be at risk."], {}),
        ("p", ["The force has a backlog of 212 referrals about people suspected of sharing indecent images of children.",
               "Some of these referrals are more than a year old, and in most of them no officer has yet visited the suspect."], {}),
        ("p", ["We examined 25 of the oldest referrals.",
               "In 11 of them, the suspect lived with children or had contact with them through work, yet no safeguarding checks had been carried out.",
               "We found no evidence that any child had come to harm as a result of these delays."], {}),
        ("p", ["Officers in the online child abuse team told us that they felt overwhelmed.",
               "They described a team that had lost experienced investigators and had not been given the training it needed to use new software."], {}),
        ("p", ["The force’s digital forensics unit takes an average of nine months to examine seized devices.",
               "During that time, suspects remain under investigation and are often not subject to any conditions."], {}),
        ("p", ["We also found that the force’s senior leaders did not receive regular information about the size or age of the backlog.",
               "The problem had not been discussed at the force’s performance board since February, and the national guidance on prioritising these referrals was not being followed."], {}),
        ("h", ["Cause of concern"], {}),
        ("p", ["Ravenstowe Police does not have enough capacity to investigate referrals about indecent images of children promptly, and this leaves children at risk of harm."], {}),
        ("h", ["Recommendations"], {}),
        ("p", ["Within one month, the force should:"], {"after": 3}),
        ("p", ["carry out a risk assessment of every referral in the backlog, starting with those in which the suspect is known to have contact with children;"], {"indent": 30, "label": "(a)", "label_x": 4, "after": 3}),
        ("p", ["complete safeguarding checks on every suspect who has contact with children, and record the outcome of each check on the referral; and"], {"indent": 30, "label": "(b)", "label_x": 4, "after": 3}),
        ("p", ["tell us how it will reduce the backlog and how long this will take."], {"indent": 30, "label": "(c)", "label_x": 4, "after": 8}),
        ("p", ["Within six months, the force should:"], {"after": 3}),
        ("p", ["make sure that the team has enough trained investigators for the demand it faces; and"], {"indent": 30, "label": "(d)", "label_x": 4, "after": 3}),
        ("p", ["introduce a system that allows supervisors to see the age and risk level of every referral."], {"indent": 30, "label": "(e)", "label_x": 4, "after": 8}),
        ("p", ["I recognise that the force has already taken some steps to address these problems, including the loan of six detectives from other teams.",
               "We will revisit the force in the new year to check its progress."], {}),
        ("p", ["I am sending a copy of this letter to the police and crime commissioner for Ravenstowe."], {}),
        ("p", ["Please contact me if you would like to discuss any of these matters."], {}),
    ]
    s2 = Sheet()
    s2.text(L, 58, "Chief Constable Daniel Ferris, 9 October 2024", serif, 9)
    s2.text(R, 58, "Page 2", serif, 9, anchor="rs")
    w2 = Writer(s2, L, R, 92, serif, 11.5, 15.2)
    w.bottom = 782
    cur = w
    for kind, sents, kw in body:
        if kind == "h":
            if cur is w and w.y + 3 * w.lead > w.bottom:
                cur = w2
            cur.para(sents, face=bold, after=4)
            continue
        gold.add(*sents)
        if cur is w and w.y > w.bottom:
            cur = w2
        rest = cur.para(sents, **kw)
        if rest:
            x = L + kw.get("indent", 0)
            w2.cont(rest, x, R - x)
            cur = w2
    assert cur is w2 and w2.y > 130, "o01: the body must run on to page 2"
    s.text(297.5, 806, "1", serif, 9, anchor="ms")
    pages.append((s, 11, -0.45))

    y = w2.y + 8
    s2.text(L, y, "Yours sincerely,", serif, 11.5)
    pts = [(0, 22), (6, 8), (11, 26), (17, 6), (24, 24), (30, 12), (38, 20), (47, 9), (55, 23),
           (66, 14), (78, 18), (92, 11)]
    s2.draw.line([(px(L + a), px(y + 12 + b)) for a, b in pts], fill=20, width=px(1.3))
    s2.text(L, y + 56, "Helen Strachan", bold, 11.5)
    s2.text(L, y + 71, "His Majesty’s Inspector of Constabulary", serif, 11.5)
    pages.append((s2, 12, 0.3))

    ocr(name, [(scan(sh, seed, ang, "1"), "1") for sh, seed, ang in pages], tmp)
    return name, gold.write()


# ---------------------------------------------------------------------------------------------
# o02: PEEL effectiveness 2016 extract, Thistleford Constabulary (grey scan, justified, hyphenated)

def o02(tmp):
    name = "o02_peel2016_thistleford"
    gold = Gold(name)
    sans, sbold = "LiberationSans-Regular", "LiberationSans-Bold"
    L, R = 70.0, 525.0
    pages = []
    header = "PEEL: Police effectiveness 2016, Thistleford Constabulary"

    # ---- page 1
    s = Sheet()
    s.text(L, 120, "PEEL: Police effectiveness 2016", sbold, 24)
    s.text(L, 148, "An inspection of Thistleford Constabulary", sans, 15)
    s.text(L, 170, "March 2017", sans, 11)
    s.rule(L, 184, R, 184, 1.2)
    s.text(L, 206, NOTICE, sans, 9.5)
    s.frame(L, 226, L + 230, 290, 1.0, fill=None)
    s.text(L + 12, 248, "Overall judgement", sbold, 11)
    s.text(L + 12, 274, "Requires improvement", sbold, 15)
    s.text(L, 326, "Summary", sbold, 15)
    w = Writer(s, L, R, 352, sans, 10.5, 15.0, justify=True, hyphenate=True)

    def G(*sents, **kw):
        gold.add(*sents)
        return w.para(list(sents), **kw)

    G("Thistleford Constabulary requires improvement in how well it keeps people safe and reduces crime, which is the same judgement that we gave it last year.",
      "We set out below our findings for each of the questions we asked.")
    G("The force is good at preventing crime and tackling anti-social behaviour.",
      "Its neighbourhood teams know their communities, and they use a wide range of powers to deal with nuisance and disorder.")
    G("It requires improvement in how it investigates crime and how it protects vulnerable people.",
      "Its work to tackle serious and organised crime is good, and it has made progress since 2015.")
    s.text(297.5, 806, "1", sans, 9, anchor="ms")
    pages.append((s, 21, 0.35))

    # ---- page 2
    s2 = Sheet()
    s2.text(L, 52, header, sans, 8.5)
    s2.rule(L, 58, R, 58, 0.6)
    s2.text(L, 92, "Investigating crime and reducing re-offending", sbold, 14)
    s2.text(L, 112, "Requires improvement", sbold, 11)
    w2 = Writer(s2, L, R, 140, sans, 10.5, 15.0, justify=True, hyphenate=True)

    def G2(*sents, **kw):
        gold.add(*sents)
        return w2.para(list(sents), **kw)

    num = {"indent": 30}
    G2("The force’s investigations are not consistently good.",
       "Officers often fail to secure evidence at the scene, and supervisors do not always check that the right enquiries have been made.",
       label="12.", **num)
    G2("The force has too few detectives.",
       "At the time of our inspection, 38 posts in its criminal investigation department were either vacant or filled by officers who had not finished their training.^[Figures provided by the force for 30 June 2016.]",
       label="13.", **num)
    G2("We found that the force:", label="14.", after=4, **num)
    for t in ["tracks wanted suspects well and arrests most of them quickly;",
              "uses bail less often than it did, but does not always check that released suspects keep to their conditions; and",
              "works well with the probation service to manage prolific offenders."]:
        G2(t, indent=46, label="•", label_x=32, after=4, justify=False)
    w2.y += 4
    G2("The force’s use of out-of-court disposals is appropriate, and victims are consulted before one is given.",
       label="15.", **num)
    # framed box
    top = w2.y + 2
    inner = Writer(s2, L + 14, R - 14, top + 24, sans, 10.5, 15.0, justify=True, hyphenate=True)
    s2.text(L + 14, top + 18, "Areas for improvement", sbold, 11)
    inner.y = top + 40
    for t in ["The force should improve the quality of its initial investigations.",
              "It should also make sure that it has enough trained detectives to meet demand."]:
        gold.add(t)
        inner.para([t], indent=14, label="•", label_x=0, after=4, justify=False)
    s2.frame(L, top, R, inner.y + 4, 1.0)
    s2.rule(L, 752, L + 120, 752, 0.6)
    for i, t in enumerate(w2.notes, 1):
        s2.text(L, 766, str(i), sans, 6)
        s2.text(L + 6, 770, t, sans, 8)
    s2.text(297.5, 806, "2", sans, 9, anchor="ms")
    pages.append((s2, 22, -0.3))

    # ---- page 3: two columns
    s3 = Sheet()
    s3.text(L, 52, header, sans, 8.5)
    s3.rule(L, 58, R, 58, 0.6)
    s3.text(L, 92, "Protecting vulnerable people and supporting victims", sbold, 14)
    s3.text(L, 112, "Requires improvement", sbold, 11)
    gutter = 26.0
    cw = (R - L - gutter) / 2
    c1 = Writer(s3, L, L + cw, 142, sans, 10.5, 14.5, justify=True, hyphenate=True)
    c2 = Writer(s3, L + cw + gutter, R, 142, sans, 10.5, 14.5, justify=True, hyphenate=True)
    paras = [
        ["Officers identify vulnerable people well when they first attend an incident.",
         "The force has trained all of its frontline officers in how to spot the signs of coercive control, and we saw this training being used."],
        ["The force’s response to missing people is a concern.",
         "Officers do not always carry out the searches that a risk assessment requires, and there is little analysis of why some people go missing repeatedly."],
        ["The force works closely with the three local authorities in its area.",
         "Its multi-agency safeguarding hub is well staffed, and decisions about children are made quickly."],
        ["Victims of domestic abuse receive a good initial service, but too many cases are closed because the victim does not support a prosecution.",
         "The force has started to use body-worn video more often, so that it can pursue cases without the victim’s evidence."],
        ["The force has too few specialist staff to review the cases of people who go missing often, and we will look at this again next year.",
         "Overall, the force needs to make faster progress in this area."],
    ]
    col, half = c1, 2
    for i, p in enumerate(paras):
        gold.add(*p)
        if i == half:
            # the third paragraph starts at the foot of column 1 and runs on into column 2
            rest = c1.para(p, lines_limit=2)
            c2.cont(rest, c2.x0, cw)
            col = c2
            continue
        col.para(p)
    s3.rule(L + cw + gutter / 2, 136, L + cw + gutter / 2, max(c1.y, c2.y) - 8, 0.5, fill=120)
    s3.text(297.5, 806, "3", sans, 9, anchor="ms")
    pages.append((s3, 23, 0.2))

    ocr(name, [(scan(sh, seed, ang, "L"), "L") for sh, seed, ang in pages], tmp)
    return name, gold.write()


def main():
    os.makedirs(PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe17_ocr_") as tmp:
        for f in (o01, o02):
            name, n = f(tmp)
            print(f"{name}: {n} gold")


if __name__ == "__main__":
    main()
