"""probe32 generator 'a': Prince 17 (YesLogic), the bundled engine of PyPI prince-pdf
17.0.0.post2, run without a licence key (the non-commercial licence: Prince puts its logo
in the top-right corner of page 1 as a /Text annotation, not as page text).

Prince reads HTML and CSS paged media and does everything itself: line breaking and
justification, @page margin boxes (running header, footer, page counter), named pages,
CSS columns, tables, ``float: footnote`` (notes at the foot of the page with real calls),
and the PDF writer.  Fonts: URW C059 (body) and Nimbus Sans (headings and margin boxes),
found through fontconfig; the list bullet is the URW Dingbats glyph for "n" (a filled
square), loaded with @font-face, so the text layer carries a symbol-font "n" as Word's
Wingdings bullets do.  Producer "Prince 17 (www.princexml.com)".

This script turns common.py's blocks into one HTML file per document (kept in a temporary
folder) and calls the prince executable on it.
"""
import os
import subprocess
import tempfile

import prince_pdf

import common

DINGBATS = "/usr/share/fonts/opentype/urw-base35/D050000L.otf"

CSS = """
@font-face { font-family: "Probe Dingbats"; src: url("file://%(dingbats)s"); }
@page { size: A4; margin: 24mm 22mm 26mm 22mm;
  @top-left { content: %(header)s; font: 8pt "Nimbus Sans"; color: #4a4a4a;
              border-bottom: 0.5pt solid #8a8a8a; vertical-align: bottom; padding-bottom: 3pt; }
  @bottom-left { content: %(footer)s; font: 8pt "Nimbus Sans"; color: #4a4a4a; }
  @bottom-right { content: counter(page); font: 8pt "Nimbus Sans"; color: #4a4a4a; }
  @footnote { border-top: 0.5pt solid #000; padding-top: 3pt; margin-top: 8pt; }
}
@page back { margin: 0;
  @top-left { content: none; border: none; } @bottom-left { content: none; }
  @bottom-right { content: none; } }
body { font: 10.5pt/1.38 "C059", serif; color: #111; hyphens: none; }
p { text-align: justify; margin: 0 0 6pt 0; }
.kicker { font: 12pt "Nimbus Sans"; color: #5b2c6f; margin: 8pt 0 0 0; text-align: left; }
.title { font: bold 22pt/1.15 "Nimbus Sans"; color: #5b2c6f; margin: 4pt 0; text-align: left; }
.date { font: 11pt "Nimbus Sans"; margin: 0 0 10pt 0; text-align: left; }
.notice { font-size: 9.5pt; font-style: italic; margin-bottom: 12pt; text-align: left; }
h1 { font: bold 14pt "Nimbus Sans"; color: #5b2c6f; margin: 14pt 0 5pt 0; }
h2 { font: bold 11.5pt "Nimbus Sans"; color: #5b2c6f; margin: 10pt 0 3pt 0; }
.fn { float: footnote; font-size: 8pt; line-height: 1.25; text-align: left;
      footnote-style-position: inside; }
.fn::footnote-call { content: counter(footnote); vertical-align: super; font-size: 6.5pt;
                     line-height: none; }
.fn::footnote-marker { content: counter(footnote) " "; }
ul.dingbat { list-style: none; margin: 0 0 6pt 0; padding-left: 16pt; }
ul.dingbat li { margin-bottom: 2pt; text-align: left; }
ul.dingbat li::before { content: "n"; font-family: "Probe Dingbats"; font-size: 6.5pt;
                        color: #5b2c6f; display: inline-block; width: 12pt;
                        margin-left: -14pt; vertical-align: 1.5pt; }
table.grades { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt 0; }
table.grades th { background: #5b2c6f; color: #fff; font: bold 9.5pt "Nimbus Sans";
                  text-align: left; border: 0.75pt solid #5b2c6f; padding: 4pt 6pt; }
table.grades td { border: 0.75pt solid #5b2c6f; padding: 3pt 6pt; }
.box { float: right; width: 44%%; margin: 2pt 0 8pt 12pt; padding: 7pt 9pt;
       background: #f1e9f5; border-top: 2.5pt solid #5b2c6f; }
.box p { text-align: left; font-size: 9.5pt; }
.boxlabel { font: bold 10pt "Nimbus Sans"; color: #5b2c6f; margin-bottom: 3pt; }
.cols { columns: 2; column-gap: 16pt; column-rule: 0.5pt solid #b9a6c4; margin-bottom: 6pt; }
.col2 { break-before: column; }
.np { padding-left: 30pt; text-indent: -30pt; }
.np .lab { display: inline-block; width: 30pt; text-indent: 0; font: bold 10pt "Nimbus Sans";
           color: #5b2c6f; }
.pb { page-break-before: always; }
.lhb, .lh { text-align: right; font: 10pt "Nimbus Sans"; color: #5b2c6f; margin: 0; }
.lhb { font-weight: bold; }
.rule { border-bottom: 1pt solid #5b2c6f; margin: 5pt 0 16pt 0; }
p.line { text-align: left; margin: 0 0 2pt 0; }
.addr { margin: 12pt 0 12pt 0; }
.subject { font-weight: bold; text-align: left; margin: 8pt 0 8pt 0; }
.signoff { margin-top: 12pt; }
.sig { margin: 22pt 0 2pt 0; text-align: left; }
.back { page: back; }
.backpanel { margin: 500pt 0 0 0; padding: 22pt 62pt; background: #2e1a38; color: #fff;
             font: 9.5pt/1.45 "Nimbus Sans"; height: 230pt; }
.backpanel p { text-align: left; margin: 0 0 5pt 0; }
"""


def css_string(s):
    return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"') if s else "none"


def build(name, d, tmp):
    meta, blocks = d["meta"], d["blocks"]
    body = common.Html(notes="float", numbered="hanging", bullet="dingbat",
                       back_break=False).render(blocks)
    css = CSS % dict(dingbats=DINGBATS, header=css_string(meta["header"]),
                     footer=css_string(meta["footer"]))
    page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"/>'
            '<title>%s</title><meta name="author" content="HMICFRS (synthetic probe32 '
            'fixture)"/><style>%s</style></head><body>%s</body></html>'
            % (common.esc(meta["title"]), css, body))
    src = os.path.join(tmp, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page)
    out = os.path.join(common.PDF_DIR, name + ".pdf")
    exe = str(prince_pdf.executable())
    subprocess.run([exe, "--pdf-creator=probe32 gen_prince.py",
                    "--pdf-subject=Synthetic test document", src, "-o", out], check=True)
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
    with tempfile.TemporaryDirectory(prefix="p32_prince_") as tmp:
        for name, d in common.docs_for("a").items():
            print(name, build(name, d, tmp), "gold sentences")


if __name__ == "__main__":
    main()
