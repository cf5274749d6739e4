"""probe29 generator for the `e` documents: Emboss (PyPI emboss-pdf 1.3.1, a pure-Python
typesetter with its own Knuth-Plass line breaker, hyphenation, pagination and PDF writer,
PDF/UA tagged output).

Emboss does the layout: this script maps common.py's blocks onto Emboss elements (Heading,
Paragraph, BulletList, Table, Callout, Columns, Footnote, PageBreak) with the bundled Source
Serif 4 / Source Sans 3 fonts (embedded TrueType subsets).  Footnote calls are written as
"[n]" in the paragraph text, which Emboss turns into raised small marks; the notes go to the
page foot; fi/fl ligatures are switched off (see below).  Running header, footer and "{page}" are Emboss HeaderFooter slots.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from emboss import (BulletList, Callout, Columns, Document, Footnote,  # noqa: E402
                    HeaderFooter, Heading, PageBreak, PageSpec, Paragraph, Table, TextRun)
from emboss.bundled_fonts import register_bundled_fonts  # noqa: E402
from emboss.styles import Style  # noqa: E402
import emboss.typography.line_breaking as _lb  # noqa: E402
import emboss.writer as _wr  # noqa: E402

# Emboss 1.3.1 substitutes fi/fl/ff ligature glyphs in embedded fonts but writes no
# /ToUnicode entry for them, so "fictional" extracts as "ctional".  Ligatures are switched
# off here (one of two changes to Emboss's behaviour) so that the text layer says what the
# page shows.
_lb.available_ligatures = lambda metrics: ()
# Emboss prints the metadata title (and author) as a title block unless the first element is
# a heading with the same text; the title blocks here come from common.py, so that is off.
_wr.Renderer._prepend_title_block = staticmethod(lambda document, sheet, content: content)

SERIF, SANS = "emboss serif", "emboss sans"
BULLET = {"bullet": "\u2022", "dash": "\u2013"}   # bullet, en dash


class Builder:
    def __init__(self):
        self.count = 0
        self.els = []

    def para_runs(self, sentences):
        """Text with "[n]" calls, and the Footnote elements to add after it."""
        out, notes = [], []
        for s in sentences:
            t = ""
            for kind, val in common.pieces(s):
                if kind == "text":
                    t += val
                else:
                    self.count += 1
                    t += f"[{self.count}]"
                    notes.append(Footnote(content=val))
            out.append(t)
        return " ".join(out), notes

    def para(self, sentences, style=None):
        txt, notes = self.para_runs(sentences)
        return [Paragraph(content=[TextRun(text=txt, font_family=SERIF)],
                          style=style or Style(align="justify"))] + notes

    def blocks(self, blocks):
        out = []
        for b in blocks:
            out.extend(self.block(b))
        return out

    def block(self, b):
        k = b[0]
        if k == "title":
            return [Heading(b[1], level=1)]
        if k in ("kicker", "date"):
            return [Paragraph(content=[TextRun(text=b[1], font_family=SANS,
                                               bold=k == "kicker", font_size=12)],
                              style=Style(space_after=4))]
        if k == "notice":
            return [Paragraph(content=[TextRun(text=common.NOTICE, font_family=SERIF,
                                               italic=True, font_size=9.5)],
                              style=Style(space_before=6, space_after=10))]
        if k == "h":
            return [Heading(b[2], level=2 if b[1] == 1 else 3)]
        if k == "p":
            return self.para(b[1])
        if k == "bullets":
            out = self.para([b[1]], Style(align="left", space_after=2)) if b[1] else []
            items, notes = [], []
            for it in b[2]:
                t, n = self.para_runs([it])
                items.append(t)
                notes += n
            return out + [BulletList(items=items, bullet=BULLET[b[3]])] + notes
        if k == "numbered":
            out = []
            for label, sents in b[1]:
                txt, notes = self.para_runs(sents)
                out.append(Paragraph(content=[TextRun(text=label, font_family=SANS,
                                                      bold=True),
                                              TextRun(text="\u2003" + txt,
                                                      font_family=SERIF)],
                                     style=Style(align="justify")))
                out += notes
            return out
        if k == "table":
            return [Table(headers=b[1], rows=b[2])]
        if k == "box":
            txt, notes = self.para_runs([s for bb in b[2] for s in bb[1]])
            return [Callout(content=txt, title=b[1], variant="note", icon="")] + notes
        if k == "cols":
            return [Columns(columns=[self.blocks(b[1]), self.blocks(b[2])], gap=20)]
        if k == "letterhead":
            return [Paragraph(content=[TextRun(text=x, font_family=SANS, bold=i == 0,
                                               font_size=9.5, color="1d3557")],
                              style=Style(align="right", space_after=1,
                                          space_before=0))
                    for i, x in enumerate(b[1])]
        if k in ("address", "signoff"):
            n = len(b[1])
            return [Paragraph(content=[TextRun(text=x, font_family=SERIF)],
                              style=Style(align="left", space_after=10 if i == n - 1
                                          else 0, space_before=0))
                    for i, x in enumerate(b[1])]
        if k == "line":
            kind, val = b[1], b[2]
            return [Paragraph(content=[TextRun(text=val, font_family=SERIF,
                                               bold=kind == "subject")],
                              style=Style(align="right" if kind == "date" else "left",
                                          space_before=10 if kind == "date" else 0))]
        if k == "pagebreak":
            return [PageBreak()]
        if k == "backcover":
            return [Paragraph(content=[TextRun(text=x, font_family=SANS, font_size=9)],
                              style=Style(align="left", space_after=6))
                    for x in b[1]]
        raise ValueError(k)


def build(name, doc):
    meta = doc["meta"]
    bld = Builder()
    content = bld.blocks(doc["blocks"])
    first = content[0]
    title = first.text if isinstance(first, Heading) else meta["title"]
    d = Document(title=title, author="probe29", subject="Synthetic inspection report (probe29)",
                 language="en-GB", page=PageSpec.a4(),
                 header=HeaderFooter(left=meta["header"]) if meta["header"] else None,
                 footer=HeaderFooter(left=meta["footer"], right="{page}"),
                 page_numbers=False, content=content)
    register_bundled_fonts(d.fonts)
    pdf = d.render()
    path = os.path.join(common.PDF_DIR, name + ".pdf")
    with open(path, "wb") as f:
        f.write(pdf)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    running = []
    for i in range(pages):
        if meta["header"]:
            running.append(("header", meta["header"]))
        running += [("footer", meta["footer"]), ("page-number", str(i + 1))]
    n = common.write_gold(name, doc["blocks"], running)
    print(f"{name}: {pages} pages, {n} gold sentences")


if __name__ == "__main__":
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, doc in common.docs_for("e").items():
        build(name, doc)
