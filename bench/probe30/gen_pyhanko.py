"""probe30 generator 'h': common.py blocks -> layout.py -> PDF written by pyHanko 0.38.0
(PyPI; its own PDF writer, pyhanko.pdf_utils).

Text goes through pyHanko's OpenType font engine (GlyphAccumulator: HarfBuzz shaping via
uharfbuzz, fontTools subsetting) into Type0/CID fonts with Identity-H glyph codes and
pyHanko's ToUnicode CMap; every shaped run is a TJ array of glyph ids (with HarfBuzz's kerning
as numbers) wrapped by pyHanko in a /Span <</ActualText (...)>> BDC ... EMC.  Every paragraph,
list item, box, table row and note is a Form XObject drawn with Do; the running header,
footer and page number are in the page content itself.  Fonts: URW P052 (Palatino clone,
CFF) for body, URW Nimbus Sans for headings and furniture, URW D050000L (a ZapfDingbats
clone) for the list bullets, written as the letter "l" (so they extract as "l").
Also writes NAME.gold.json and NAME.furniture.json.
Usage: python gen_pyhanko.py  (venv with pyhanko, uharfbuzz, fonttools)
"""
import logging
import os

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter, init_xobject_dictionary

import common
import layout

URW = "/usr/share/fonts/opentype/urw-base35/"
FONTS = {"R": "P052-Roman.otf", "B": "P052-Bold.otf", "I": "P052-Italic.otf",
         "S": "NimbusSans-Regular.otf", "SB": "NimbusSans-Bold.otf", "D": "D050000L.otf"}


class Fonts:
    def __init__(self, writer):
        self.eng = {k: GlyphAccumulatorFactory(URW + f, font_size=10,
                                               create_objstream_if_needed=False)
                    .create_font_engine(writer) for k, f in FONTS.items()}
        self.names = {k: "/F%d" % (i + 1) for i, k in enumerate(FONTS)}
        self.cache = {}
        for e in self.eng.values():   # every font gets a glyph: pyHanko cannot embed empty
            e.shape("l", with_actual_text=False)

    def measure(self, font, size, text):
        key = (font, text)
        if key not in self.cache:
            self.cache[key] = self.eng[font].shape(text, with_actual_text=False).x_advance
        return self.cache[key] * size

    def resources(self):
        return generic.DictionaryObject({pdf_name("/Font"): generic.DictionaryObject(
            {pdf_name(self.names[k]): e.as_resource() for k, e in self.eng.items()})})


def run_ops(fonts, font, size, x, y, text, white=False):
    ops = fonts.eng[font].shape(text).graphics_ops
    col = b"1 g " if white else b"0 g "
    return col + b"BT %s %g Tf 1 0 0 1 %.2f %.2f Tm %s ET" % (
        fonts.names[font].encode(), size, x, layout.H - y, ops)


def build(name, d):
    w = PdfFileWriter(stream_xrefs=False)
    fonts = Fonts(w)
    lay = layout.Layout(fonts.measure, d["meta"])
    lay.blocks(d["blocks"])
    pages = lay.finish()
    res_fonts = fonts.resources()
    for items in pages:
        page_ops, groups, order = [], {}, []
        for it in items:
            if it[0] == "rect":
                _, x, y, wd, ht, gray = it
                page_ops.append(b"q %g g %.2f %.2f %.2f %.2f re f Q" % (
                    gray, x, layout.H - y - ht, wd, ht))
            elif it[0] == "rule":
                _, x1, y1, x2, y2, lw = it
                page_ops.append(b"q %g w 0 G %.2f %.2f m %.2f %.2f l S Q" % (
                    lw, x1, layout.H - y1, x2, layout.H - y2))
            elif it[0] == "bullet":
                _, x, y, size, g = it
                op = run_ops(fonts, "D", size * 0.55, x, y - size * 0.08, "l")
                groups.setdefault(g, []).append(op)
                if g not in order:
                    order.append(g)
                    page_ops.append(("X", g))
            else:
                _, font, size, x, y, text, g, role = it
                op = run_ops(fonts, font, size, x, y, text, white=(role == "table-head"))
                if role in ("header", "footer", "page-number"):
                    page_ops.append(op)
                    continue
                groups.setdefault(g, []).append(op)
                if g not in order:
                    order.append(g)
                    page_ops.append(("X", g))
        xres = generic.DictionaryObject()
        out = []
        for op in page_ops:
            if isinstance(op, tuple):
                g = op[1]
                xo = init_xobject_dictionary(command_stream=b"\n".join(groups[g]),
                                             box_width=layout.W, box_height=layout.H,
                                             resources=res_fonts)
                xname = "/Fm%d" % g
                xres[pdf_name(xname)] = w.add_object(xo)
                out.append(b"q %s Do Q" % xname.encode())
            else:
                out.append(op)
        content = w.add_object(generic.StreamObject(stream_data=b"\n".join(out)))
        res = generic.DictionaryObject({
            pdf_name("/Font"): res_fonts["/Font"], pdf_name("/XObject"): xres})
        w.insert_page(PageObject(contents=content, media_box=[0, 0, layout.W, layout.H],
                                 resources=res))
    for e in fonts.eng.values():
        e.prepare_write()
    meta = w.document_meta
    meta.title = d["meta"]["title"]
    meta.author = "probe30"
    meta.subject = "Synthetic inspection report (test fixture)"
    meta.creator = "probe30 gen_pyhanko.py"
    with open(os.path.join(common.PDF_DIR, name + ".pdf"), "wb") as f:
        w.write(f)
    has_back = any(b[0] == "backcover" for b in d["blocks"])
    n = common.write_gold(name, d["blocks"],
                          layout.running_furniture(d["meta"], pages, has_back))
    print("%s: %d pages, %d gold" % (name, len(pages), n))


def main():
    logging.disable(logging.WARNING)   # "No ROS metadata. Assuming identity." per CFF font
    for name, d in common.docs_for("h").items():
        build(name, d)


if __name__ == "__main__":
    main()
