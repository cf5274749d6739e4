"""Draw flow.py's pages with Free Spire.PDF for Python (gen_spire.py uses this).

Every text op becomes one ``PdfCanvas.DrawString`` call, which is how an application on Spire
prints text: a whole justified line is drawn into a rectangle of the line's width with
``PdfTextAlignment.Justify`` (Spire then writes one ``Tj`` per word, moved with ``Td``); a
ragged run at a point; letter spacing through ``PdfStringFormat.CharacterSpacing`` (``Tc``);
extra word spacing through ``PdfStringFormat.WordSpacing``; a footnote call with
``PdfStringFormat.SubSuperScript = SuperScript`` at the size of the text it belongs to (Spire
makes it smaller and raises it); rectangles with ``DrawRectangle``, rules with ``DrawLine``.
Fonts are files loaded with ``PdfTrueTypeFont(path, size)`` (embedded subset CID TrueType,
Identity-H, ToUnicode), or the standard 14 through ``PdfFont`` (not embedded, WinAnsi).
Spire's DrawString places the top of the line box at the point given, so each baseline from
flow.py is moved up by the font's ascent (Spire's ``Height + Descent``).
"""
from spire.pdf import (
    PdfDocument,
    PdfFont,
    PdfFontFamily,
    PdfFontStyle,
    PdfMargins,
    PdfPageSize,
    PdfPen,
    PdfRGBColor,
    PdfSolidBrush,
    PdfStringFormat,
    PdfSubSuperScript,
    PdfTextAlignment,
    PdfTrueTypeFont,
)
from spire.pdf.common import Color, RectangleF

STD = {"Helvetica": PdfFontFamily.Helvetica, "Times": PdfFontFamily.TimesRoman}
STYLES = {"regular": PdfFontStyle.Regular, "bold": PdfFontStyle.Bold,
          "italic": PdfFontStyle.Italic}


class SpireFonts:
    """fonts: key -> path of a TrueType file, or ("Helvetica"|"Times", "regular"|"bold"|
    "italic") for a standard font."""

    def __init__(self, fonts):
        self.spec = fonts
        self.cache = {}

    def get(self, key, size):
        k = (key, round(size, 3))
        if k not in self.cache:
            spec = self.spec[key]
            if isinstance(spec, tuple):
                self.cache[k] = PdfFont(STD[spec[0]], float(size), STYLES[spec[1]])
            else:
                self.cache[k] = PdfTrueTypeFont(spec, float(size))
        return self.cache[k]

    def measure(self, key, size, text):
        return self.get(key, size).MeasureString(text).Width

    def ascent(self, key, size):
        f = self.get(key, size)
        return f.Height + f.Descent if f.Descent < 0 else f.Height - f.Descent


def _color(hexs):
    h = hexs.lstrip("#")
    return PdfRGBColor(Color.FromArgb(255, int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)))


def render(pages, fonts, out, info, page_size=(595.0, 842.0)):
    """Draw the pages into a new PdfDocument and save it to out."""
    doc = PdfDocument()
    brushes, pens = {}, {}

    def brush(c):
        if c not in brushes:
            brushes[c] = PdfSolidBrush(_color(c))
        return brushes[c]

    def pen(c, w):
        if (c, w) not in pens:
            pens[(c, w)] = PdfPen(_color(c), float(w))
        return pens[(c, w)]

    for pg in pages:
        page = doc.Pages.Add(PdfPageSize.A4(), PdfMargins(0.0))
        cv = page.Canvas
        for op in pg.ops:
            t = op["t"]
            if t == "rect":
                r = RectangleF(float(op["x"]), float(op["y"]), float(op["w"]), float(op["h"]))
                if op["fill"] and op["stroke"]:
                    cv.DrawRectangle(pen(op["stroke"], op["lw"]), brush(op["fill"]), r)
                elif op["fill"]:
                    cv.DrawRectangle(brush(op["fill"]), r)
                else:
                    cv.DrawRectangle(pen(op["stroke"], op["lw"]), r)
            elif t == "line":
                cv.DrawLine(pen(op["color"], op["lw"]), float(op["x1"]), float(op["y1"]),
                            float(op["x2"]), float(op["y2"]))
            else:
                fmt = PdfStringFormat()
                if op["sup"]:
                    f = fonts.get(op["font"], op["base"])
                    top = op["y"] + op["base"] * 0.36 - fonts.ascent(op["font"], op["base"])
                    fmt.SubSuperScript = PdfSubSuperScript.SuperScript
                    cv.DrawString(op["s"], f, brush(op["color"]), float(op["x"]), float(top),
                                  fmt)
                    continue
                f = fonts.get(op["font"], op["size"])
                top = op["y"] - fonts.ascent(op["font"], op["size"])
                if op["tc"]:
                    fmt.CharacterSpacing = float(op["tc"])
                if op["jw"]:
                    fmt.Alignment = PdfTextAlignment.Justify
                    r = RectangleF(float(op["x"]), float(top), float(op["jw"]),
                                   float(op["size"] * 1.6))
                    cv.DrawString(op["s"], f, brush(op["color"]), r, fmt)
                    continue
                if op["ws"]:
                    fmt.WordSpacing = float(op["ws"])
                cv.DrawString(op["s"], f, brush(op["color"]), float(op["x"]), float(top), fmt)
    di = doc.DocumentInformation
    for k, v in info.items():
        setattr(di, k, v)
    doc.SaveToFile(out)
    doc.Close()
