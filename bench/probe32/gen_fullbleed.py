"""probe32 generator 'b': fullbleed 2.5.39 (PyPI fullbleed, MIT), a Rust HTML/CSS "print
document" engine shipped as one compiled extension (_fullbleed.abi3.so) with its own
layout, paginator and PDF writer.

With no font files registered, fullbleed sets text in the PDF standard 14 fonts
(Times-Roman, Times-Bold, Helvetica, Helvetica-Bold), not embedded, WinAnsi, using the
Adobe AFM metrics it carries.  It writes every word as its own ``BT /Fn s Tf x y Td (word)
Tj ET`` with no space characters, supports @page margin boxes with counter(page), CSS
columns, tables and ::before content, but not ``float: footnote`` (the note is dropped) nor
named pages.  Its document information dictionary holds only the Title: no Producer.

This script turns common.py's blocks into one HTML string per document and renders it
with ``fullbleed.PdfEngine.render_pdf``.  Notes are printed by the script under a short
rule at the end of each page part (the calls are ``<sup>``, which fullbleed prints at text
size on the baseline); the bullet is a WinAnsi "\u2022", a CSS string marker (``list-style-type: "\u2022  "``).  Body text
is ragged right.
"""
import os

import fullbleed

import common

CSS = """
@page { size: A4; margin: 24mm 22mm 24mm 22mm;
  @top-left { content: %(header)s; font-family: sans-serif; font-size: 8pt; color: #444444; }
  @bottom-left { content: %(footer)s; font-family: sans-serif; font-size: 8pt; color: #444444; }
  @bottom-right { content: counter(page); font-family: sans-serif; font-size: 8pt;
                  color: #444444; }
}
body { font-family: serif; font-size: 11pt; line-height: 1.35; color: #111111; }
p { text-align: left; margin: 0 0 6pt 0; }
.kicker { font-family: sans-serif; font-size: 12pt; color: #1f4e79; margin: 8pt 0 0 0; }
.title { font-family: sans-serif; font-size: 22pt; font-weight: bold; color: #1f4e79;
         margin: 4pt 0 4pt 0; line-height: 1.15; }
.date { font-family: sans-serif; font-size: 11pt; margin: 0 0 10pt 0; }
.notice { font-size: 9.5pt; margin-bottom: 12pt; color: #333333; }
h1 { font-family: sans-serif; font-size: 14pt; font-weight: bold; color: #1f4e79;
     margin: 14pt 0 5pt 0; }
h2 { font-family: sans-serif; font-size: 11.5pt; font-weight: bold; color: #1f4e79;
     margin: 10pt 0 3pt 0; }
ul.bullet { list-style-type: "\\2022  "; margin: 0 0 6pt 0; padding-left: 22pt; }
ul.bullet li { margin-bottom: 2pt; }
table.grades { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt 0; }
table.grades th { background: #1f4e79; color: #ffffff; font-family: sans-serif; font-size: 10pt;
                  font-weight: bold; text-align: left; border: 0.75pt solid #1f4e79;
                  padding: 4pt 6pt; }
table.grades td { border: 0.75pt solid #1f4e79; padding: 3pt 6pt; }
.box { border: 1pt solid #1f4e79; background: #eaf1f8; padding: 7pt 9pt; margin: 8pt 0 8pt 0; }
.boxlabel { font-family: sans-serif; font-weight: bold; color: #1f4e79; margin: 0 0 3pt 0; }
.cols { column-count: 2; column-gap: 18pt; margin-bottom: 6pt; }
.col2 { break-before: column; }
table.num { border-collapse: collapse; width: 100%%; }
table.num td { vertical-align: top; padding: 0 0 6pt 0; }
table.num td.lab { width: 30pt; font-family: sans-serif; font-weight: bold; color: #1f4e79; }
.notes { border-top: 0.5pt solid #000000; margin-top: 16pt; padding-top: 3pt; width: 45%%; }
.notes p { font-size: 8pt; margin: 0 0 2pt 0; }
.pb { page-break-before: always; }
.lhb, .lh { text-align: right; font-family: sans-serif; color: #1f4e79; margin: 0; }
.lhb { font-weight: bold; }
.rule { border-bottom: 1pt solid #1f4e79; margin: 5pt 0 16pt 0; }
p.line { margin: 0 0 2pt 0; }
.addr { margin: 12pt 0 12pt 0; }
.subject { font-weight: bold; margin: 8pt 0 8pt 0; }
.signoff { margin-top: 12pt; }
.sig { margin: 22pt 0 2pt 0; }
.back { page-break-before: always; }
.backpanel { margin-top: 430pt; padding: 18pt; background: #1f4e79; color: #ffffff;
             font-family: sans-serif; font-size: 9.5pt; }
.backpanel p { margin: 0 0 5pt 0; }
"""


def css_string(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"') if s else "none"


def build(name, d):
    meta, blocks = d["meta"], d["blocks"]
    body = common.Html(notes="manual", numbered="table", bullet="bullet",
                       back_break=False).render(blocks)
    css = CSS % dict(header=css_string(meta["header"]), footer=css_string(meta["footer"]))
    page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/>'
            '<title>%s</title><style>%s</style></head><body>%s</body></html>'
            % (common.esc(meta["title"]), css, body))
    engine = fullbleed.PdfEngine(page_width="210mm", page_height="297mm",
                                 document_lang="en-GB", document_title=meta["title"])
    pdf = engine.render_pdf(page, "")
    with open(os.path.join(common.PDF_DIR, name + ".pdf"), "wb") as f:
        f.write(pdf)
    pages = common.page_count(blocks)   # the back cover keeps its number here
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    running.append(("footer", meta["footer"]))
    running += [("page-number", str(i)) for i in range(1, pages + 1)]
    return common.write_gold(name, blocks, running)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, d in common.docs_for("b").items():
        print(name, build(name, d), "gold sentences")


if __name__ == "__main__":
    main()
