"""probe30 generator 'x': common.py blocks -> layout.py -> a 200 dpi bilevel page image
(Pillow, Liberation Sans, which has Helvetica's metrics) plus an hOCR file whose word boxes
are the exact positions of the drawn words -> ExactImage hocr2pdf 1.0.2 (Debian package
exactimage), which writes the PDF: the page image on top and, underneath it, a Helvetica
(WinAnsi, not embedded) text layer with every word positioned from its hOCR box.
This imitates a scanned letter or report that went through OCR, with an OCR that made no
mistakes: the text layer is exactly the gold.  List bullets, rules and tints are only in the
image.  hocr2pdf makes one page per image; every 'x' document is one page.
Also writes NAME.gold.json and NAME.furniture.json.
(hocr2pdf prints any text outside the page div, the <title> too, as text: the
title is left empty.)
Usage: python gen_hocr.py  (venv with Pillow; hocr2pdf on PATH)
"""
import html
import os
import subprocess
import tempfile

from PIL import Image, ImageDraw, ImageFont

import common
import layout

DPI = 200
S = DPI / 72.0
LIB = "/usr/share/fonts/truetype/liberation/"
# regular weight throughout: hocr2pdf sets every word in Helvetica, and the wider bold
# words left gaps that split headings apart in pdftotext
FONTS = {"R": "LiberationSans-Regular.ttf", "B": "LiberationSans-Regular.ttf",
         "I": "LiberationSans-Italic.ttf", "S": "LiberationSans-Regular.ttf",
         "SB": "LiberationSans-Regular.ttf"}
_cache = {}


def font(f, size):
    key = (f, round(size * S))
    if key not in _cache:
        _cache[key] = ImageFont.truetype(LIB + FONTS[f], key[1])
    return _cache[key]


def measure(f, size, text):
    return font(f, size).getlength(text) / S


def render(name, d, tmp):
    lay = layout.Layout(measure, d["meta"])
    lay.blocks(d["blocks"])
    pages = lay.finish()
    assert len(pages) == 1, (name, len(pages))
    items = pages[0]
    wpx, hpx = round(layout.W * S), round(layout.H * S)
    img = Image.new("L", (wpx, hpx), 255)
    dr = ImageDraw.Draw(img)
    lines = {}      # (group, baseline) -> [(x0, y0, x1, y1, word)]
    line_size = {}
    order = []
    for it in items:
        if it[0] == "rect":
            _, x, y, w, h, gray = it
            dr.rectangle([x * S, y * S, (x + w) * S, (y + h) * S], fill=round(gray * 255))
        elif it[0] == "rule":
            _, x1, y1, x2, y2, lw = it
            dr.line([x1 * S, y1 * S, x2 * S, y2 * S], fill=0, width=max(1, round(lw * S)))
        elif it[0] == "bullet":
            _, x, y, size, g = it
            r = size * 0.17 * S
            cx, cy = (x + 2) * S, (y - size * 0.33) * S
            dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=0)
        else:
            _, f, size, x, y, text, g, role = it
            text.encode("latin-1")          # hocr2pdf drops anything outside Latin-1
            fill = 255 if role == "table-head" else 0
            dr.text((x * S, y * S), text, font=font(f, size), fill=fill, anchor="ls")
            key = (g, round(y)) if role != "call" else None
            if role == "call":              # a call joins the line it is raised from
                near = [k for k in lines if k[0] == g]
                key = (min(near, key=lambda k: abs(k[1] - y)) if near
                       else (g, round(y + 3)))   # a note's number: the note's own line
            if key not in lines:
                lines[key] = []
                order.append((role, key))
            cur = x
            if role == "call":                  # a call's box is its line's box
                by, bsize = key[1], line_size.get(key, 8)   # before a note: 8 pt
            else:
                by, bsize = y, size
                line_size[key] = size
            for w in text.split(" "):
                wx1 = cur + measure(f, size, w)
                top = (by - bsize * 0.74) * S
                bot = (by + bsize * 0.22) * S
                lines[key].append((round(cur * S), round(top), round(wx1 * S), round(bot), w))
                cur = wx1 + measure(f, size, " ")
    # OCR output order: the running header first, then the page as laid out
    order.sort(key=lambda rk: 0 if rk[0] == "header" else 1)
    out = ['<html xmlns="http://www.w3.org/1999/xhtml"><head><title></title>'
           '<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>'
           '<meta name="ocr-system" content="probe30 gen_hocr.py"/></head><body>',
           '<div class="ocr_page" title="bbox 0 0 %d %d">' % (wpx, hpx)]
    def bbox(ws):
        return "bbox %d %d %d %d" % (min(w[0] for w in ws), min(w[1] for w in ws),
                                     max(w[2] for w in ws), max(w[3] for w in ws))
    groups = []                 # carea/par per paragraph (group), lines in order
    for _, key in order:
        if not groups or groups[-1][0] != key[0]:
            groups.append((key[0], []))
        groups[-1][1].append(lines[key])
    for gi, (_, glines) in enumerate(groups):
        allw = [w for ws in glines for w in ws]
        out.append('<div class="ocr_carea" id="block_%d" title="%s"><p class="ocr_par" '
                   'title="%s">' % (gi + 1, bbox(allw), bbox(allw)))
        for ws in glines:
            out.append('<span class="ocr_line" title="%s">%s</span>' % (bbox(ws), " ".join(
                '<span class="ocrx_word" title="bbox %d %d %d %d">%s</span>'
                % (a, b, c, e, html.escape(w, quote=False)) for a, b, c, e, w in ws)))
        out.append("</p></div>")
    out.append("</div></body></html>")
    png = os.path.join(tmp, name + ".png")
    img.convert("1").save(png, dpi=(DPI, DPI))      # Floyd-Steinberg: tints become dots
    hocr = os.path.join(tmp, name + ".hocr")
    with open(hocr, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    pdf = os.path.join(common.PDF_DIR, name + ".pdf")
    with open(hocr, "rb") as f:
        subprocess.run(["hocr2pdf", "-r", str(DPI), "-i", png, "-o", pdf], stdin=f,
                       check=True)
    n = common.write_gold(name, d["blocks"],
                          layout.running_furniture(d["meta"], pages, False))
    print("%s: %d pages, %d gold" % (name, len(pages), n))


def main():
    tmp = tempfile.mkdtemp(prefix="p30x")
    for name, d in common.docs_for("x").items():
        render(name, d, tmp)


if __name__ == "__main__":
    main()
