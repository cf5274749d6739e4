"""probe32 generator 'i': ironpress 1.7.0 (PyPI ironpress, MIT), a Rust HTML/CSS to PDF
converter shipped as one compiled extension (ironpress.abi3.so).

ironpress has its own HTML parser and sanitiser, CSS cascade, layout (line breaking,
justification, tables, CSS columns, lists), paged media (@page margin boxes with
counter(page), named pages, ``float: footnote``) and its own PDF writer: none of the Rust
PDF writer crates (pdf-writer, lopdf, printpdf, krilla) is in its bill of materials.  It
embeds the system Liberation fonts as Identity-H CIDFontType2 subsets with ToUnicode, draws
list bullets as filled rectangles, adds bookmarks for the headings, and writes no document
information dictionary at all (no Producer, no Title).

This script turns common.py's blocks into one HTML string per document and converts it with
``ironpress.HtmlConverter``.  The running lines are CSS margin boxes, not the converter's
``header()``/``footer()`` helpers, so the back cover can drop them through a named page.
"""
import os

import ironpress

import common

CSS = """
@page { size: A4; margin: 25mm 22mm 25mm 22mm;
  @top-right { content: %(header)s; font-family: "Liberation Sans"; font-size: 8pt;
               color: #3d4f5c; }
  @bottom-left { content: %(footer)s; font-family: "Liberation Sans"; font-size: 8pt;
                 color: #3d4f5c; }
  @bottom-right { content: counter(page); font-family: "Liberation Sans"; font-size: 8pt;
                  color: #3d4f5c; }
}
@page back { @top-right { content: none; } @bottom-left { content: none; }
             @bottom-right { content: none; } }
body { font-family: "Liberation Serif"; font-size: 10.5pt; line-height: 1.4; color: #111; }
p { text-align: justify; margin: 0 0 6pt 0; }
.kicker { font-family: "Liberation Sans"; font-size: 12pt; color: #0d5c63; margin: 0;
          text-align: left; }
.title { font-family: "Liberation Sans"; font-size: 21pt; font-weight: bold; color: #0d5c63;
         margin: 4pt 0; text-align: left; }
.date { font-family: "Liberation Sans"; font-size: 11pt; margin: 0 0 10pt 0; text-align: left; }
.notice { font-size: 9.5pt; font-style: italic; margin-bottom: 12pt; text-align: left; }
h1 { font-family: "Liberation Sans"; font-size: 14pt; color: #0d5c63; margin: 14pt 0 5pt 0; }
h2 { font-family: "Liberation Sans"; font-size: 11.5pt; color: #0d5c63; margin: 10pt 0 3pt 0; }
.fn { float: footnote; font-size: 8pt; text-align: left; }
.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 7pt; }
.fn::footnote-marker { content: counter(footnote) " "; }
ul.square { list-style-type: square; margin: 0 0 6pt 0; padding-left: 22pt; }
ul.square li { margin-bottom: 2pt; text-align: left; }
table.grades { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt 0; }
table.grades th { background: #0d5c63; color: #ffffff; font-family: "Liberation Sans";
                  font-size: 9.5pt; text-align: left; border: 0.75pt solid #0d5c63;
                  padding: 4pt 6pt; }
table.grades td { border: 0.75pt solid #0d5c63; padding: 3pt 6pt; }
.box { background: #e3f1f2; border-left: 3pt solid #0d5c63; padding: 7pt 9pt; margin: 8pt 0; }
.box p { text-align: left; }
.boxlabel { font-family: "Liberation Sans"; font-weight: bold; color: #0d5c63;
            margin: 0 0 3pt 0; }
.cols { column-count: 2; column-gap: 18pt; margin-bottom: 6pt; }
.col2 { break-before: column; }
.np { padding-left: 30pt; text-indent: -30pt; }
.np .lab { display: inline-block; width: 30pt; text-indent: 0; font-family: "Liberation Sans";
           font-weight: bold; color: #0d5c63; }
.pb { page-break-before: always; }
.lhb, .lh { text-align: left; font-family: "Liberation Sans"; color: #0d5c63; margin: 0; }
.lhb { font-weight: bold; font-size: 11pt; }
.rule { border-bottom: 1.5pt solid #0d5c63; margin: 5pt 0 16pt 0; }
p.line { text-align: left; margin: 0 0 2pt 0; }
.addr { margin: 12pt 0 12pt 0; }
.subject { font-weight: bold; text-align: left; margin: 8pt 0 8pt 0; text-decoration: underline; }
.signoff { margin-top: 12pt; }
.sig { margin: 22pt 0 2pt 0; text-align: left; }
.back { page: back; page-break-before: always; }
.backpanel { margin-top: 420pt; padding: 20pt; background: #0d5c63; color: #ffffff;
             font-family: "Liberation Sans"; font-size: 9.5pt; }
.backpanel p { text-align: left; margin: 0 0 5pt 0; }
"""


def css_string(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"') if s else "none"


def build(name, d):
    meta, blocks = d["meta"], d["blocks"]
    body = common.Html(notes="float", numbered="hanging", bullet="square",
                       back_break=False).render(blocks)
    css = CSS % dict(header=css_string(meta["header"]), footer=css_string(meta["footer"]))
    page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/>'
            '<title>%s</title><style>%s</style></head><body>%s</body></html>'
            % (common.esc(meta["title"]), css, body))
    conv = ironpress.HtmlConverter()
    conv.page_size("A4")
    pdf = conv.convert(page)
    with open(os.path.join(common.PDF_DIR, name + ".pdf"), "wb") as f:
        f.write(pdf)
    pages = common.page_count(blocks)
    numbered = pages - (1 if blocks[-1][0] == "backcover" else 0)
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    running.append(("footer", meta["footer"]))
    running += [("page-number", str(i)) for i in range(1, numbered + 1)]
    return common.write_gold(name, blocks, running)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, d in common.docs_for("i").items():
        print(name, build(name, d), "gold sentences")


if __name__ == "__main__":
    main()
