"""probe31 generator 'q': gopdfsuit's pure-Go HTML renderer "gowkhtmltopdf 1.4" (PyPI
pypdfsuit 7.0.1, which ships the Go library libgopdfsuit.so and calls ConvertHTMLToPDF).

gowkhtmltopdf is not wkhtmltopdf: it has no WebKit.  It parses HTML and CSS in Go, lays the
page out itself (line breaking, justification, tables, lists, CSS columns, fixed and absolute
positioning) and writes the PDF itself, embedding Liberation fonts as TrueType (WinAnsi) with a
second Identity-H CID copy for characters outside WinAnsi (list markers such as "\u25aa").
Producer "gowkhtmltopdf 1.4".

This script turns common.py's blocks into one XHTML page per document: the running header and
footer are ``position: fixed`` (repeated on every page by the renderer), each page's number is
a small right-aligned line at the end of that page's part (gowkhtmltopdf's absolute positions
did not map onto later pages predictably, and it has no page counter), and footnotes are collected per page part
and printed at the end of that part under a short rule.  Footnote calls are ``<sup>``.
"""
import html
import os

from pypdfsuit import HtmlToPDFRequest, convert_html_to_pdf

import common

CSS = """
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.35; color: #111; }
.hdr { position: fixed; top: 0; left: 0; font-family: 'Liberation Sans', sans-serif;
       font-size: 8pt; color: #555; border-bottom: 0.5pt solid #999; }
.ftr { position: fixed; bottom: 0; left: 0; font-family: 'Liberation Sans', sans-serif;
       font-size: 8pt; color: #555; }
.pno { text-align: right; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555;
       margin-top: 10pt; }
.gap { height: 16pt; }
.kicker { font-family: 'Liberation Sans', sans-serif; font-size: 12pt; color: #0b3d3a; margin: 0; }
.title { font-family: 'Liberation Sans', sans-serif; font-size: 22pt; font-weight: bold;
         color: #0b3d3a; margin: 4pt 0; }
.date { font-family: 'Liberation Sans', sans-serif; font-size: 11pt; margin: 0 0 10pt 0; }
.notice { font-size: 9.5pt; font-style: italic; margin-bottom: 10pt; }
h1 { font-family: 'Liberation Sans', sans-serif; font-size: 14pt; color: #0b3d3a; margin: 12pt 0 4pt 0; }
h2 { font-family: 'Liberation Sans', sans-serif; font-size: 11.5pt; color: #0b3d3a; margin: 10pt 0 3pt 0; }
p { text-align: justify; margin: 0 0 6pt 0; }
table.grades { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
table.grades th { background: #0b3d3a; color: #ffffff; font-family: 'Liberation Sans', sans-serif;
                  text-align: left; border: 0.75pt solid #0b3d3a; padding: 3pt 5pt; }
table.grades td { border: 0.75pt solid #0b3d3a; padding: 3pt 5pt; }
ul.square { list-style-type: square; margin: 0 0 6pt 0; }
ul.disc { list-style-type: disc; margin: 0 0 6pt 0; }
li { margin-bottom: 2pt; }
.box { background: #e4f0ee; border-left: 3pt solid #0b3d3a; padding: 6pt 8pt; margin: 8pt 0; }
.boxlabel { font-family: 'Liberation Sans', sans-serif; font-weight: bold; color: #0b3d3a; margin: 0 0 3pt 0; }
.cols { column-count: 2; column-gap: 16pt; margin-bottom: 6pt; }
table.num { border-collapse: collapse; width: 100%; }
table.num td { vertical-align: top; padding: 0 0 6pt 0; }
table.num td.lab { width: 28pt; font-family: 'Liberation Sans', sans-serif; font-weight: bold; color: #0b3d3a; }
.notes { font-size: 8pt; border-top: 0.5pt solid #000; width: 40%; margin-top: 14pt; padding-top: 2pt; }
.notes p { text-align: left; margin: 0 0 2pt 0; width: 250%; }
.lh { text-align: right; font-family: 'Liberation Sans', sans-serif; color: #0b3d3a; margin: 0; }
.lhb { text-align: right; font-family: 'Liberation Sans', sans-serif; font-weight: bold; color: #0b3d3a; margin: 0; }
.rule { border-bottom: 1pt solid #0b3d3a; margin: 4pt 0 14pt 0; }
.line { text-align: left; margin: 0 0 2pt 0; }
.subject { font-weight: bold; margin: 6pt 0 6pt 0; }
.back { background: #0b3d3a; color: #ffffff; padding: 18pt; margin-top: 420pt;
        font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; }
.back p { text-align: left; }
"""


def esc(s):
    return html.escape(s, quote=False)


class Doc:
    def __init__(self, name, meta):
        self.name, self.meta = name, meta
        self.out = []
        self.notes = []
        self.nfn = 0
        self.page = 1
        self.running = []

    def text(self, sentences):
        parts = []
        for s in sentences:
            t = ""
            for kind, v in common.pieces(s):
                if kind == "text":
                    t += esc(v)
                else:
                    self.nfn += 1
                    self.notes.append((self.nfn, v))
                    t += "<sup>%d</sup>" % self.nfn
            parts.append(" ".join(t.split()))
        return " ".join(parts)

    def flush_notes(self):
        if self.notes:
            self.out.append('<div class="notes">' + "".join(
                "<p><sup>%d</sup> %s</p>" % (n, esc(t)) for n, t in self.notes) + "</div>")
            self.notes = []

    def page_number(self, bare=False):
        if bare:
            return
        self.out.append('<p class="pno">%d</p>' % self.page)
        self.running.append(("page-number", str(self.page)))

    def blocks(self, blocks):
        for b in blocks:
            self.block(b)

    def block(self, b):
        k = b[0]
        o = self.out
        if k in ("kicker", "title", "date"):
            o.append('<p class="%s">%s</p>' % (k, esc(b[1])))
        elif k == "notice":
            o.append('<p class="notice">%s</p>' % esc(common.NOTICE))
        elif k == "h":
            o.append("<h%d>%s</h%d>" % (b[1], esc(b[2]), b[1]))
        elif k == "p":
            o.append("<p>%s</p>" % self.text(b[1]))
        elif k == "bullets":
            if b[1]:
                o.append("<p>%s</p>" % self.text([b[1]]))
            o.append('<ul class="%s">' % ("square" if b[3] == "square" else "disc")
                     + "".join("<li>%s</li>" % self.text([x]) for x in b[2]) + "</ul>")
        elif k == "numbered":
            o.append('<table class="num">' + "".join(
                '<tr><td class="lab">%s</td><td><p>%s</p></td></tr>' % (esc(lab), self.text(s))
                for lab, s in b[1]) + "</table>")
        elif k == "table":
            o.append('<table class="grades"><tr>' + "".join("<th>%s</th>" % esc(c) for c in b[1])
                     + "</tr>" + "".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r)
                                         + "</tr>" for r in b[2]) + "</table>")
        elif k == "box":
            o.append('<div class="box"><p class="boxlabel">%s</p>' % esc(b[1]))
            self.blocks(b[2])
            o.append("</div>")
        elif k == "cols":
            o.append('<div class="cols">')
            self.blocks(b[1])
            self.blocks(b[2])
            o.append("</div>")
        elif k == "letterhead":
            for i, line in enumerate(b[1]):
                cls = "lhb" if i < len(b[1]) - 1 else "lh"
                o.append('<p class="%s">%s</p>' % (cls, esc(line)))
            o.append('<div class="rule"></div>')
        elif k == "line":
            cls = "subject" if b[1] == "subject" else "line"
            o.append('<p class="%s">%s</p>' % (cls, esc(b[2])))
            if b[1] == "date":
                o.append("<p>&#160;</p>")
        elif k in ("address", "signoff"):
            if k == "signoff":
                o.append('<p class="line">%s</p><p>&#160;</p>' % esc(b[1][0]))
                lines = b[1][1:]
            else:
                lines = b[1]
            o.append("".join('<p class="line">%s</p>' % esc(x) for x in lines))
            o.append("<p>&#160;</p>")
        elif k == "pagebreak":
            self.flush_notes()
            self.page_number()
            self.page += 1
            o.append('<div style="page-break-before: always"></div>')
            if self.meta["header"]:
                o.append('<div class="gap"></div>')
        elif k == "backcover":
            o.append('<div class="back">' + "".join("<p>%s</p>" % esc(x) for x in b[1])
                     + "</div>")
        else:
            raise ValueError(k)

    def render(self, blocks):
        hdr, ftr = self.meta["header"], self.meta["footer"]
        self.blocks(blocks)
        self.flush_notes()
        last_is_back = blocks[-1][0] == "backcover"
        self.page_number(bare=last_is_back)
        if hdr:
            self.running.insert(0, ("header", hdr))
        if ftr:
            self.running.insert(0, ("footer", ftr))
        body = ""
        if hdr:
            body += '<div class="hdr">%s</div>' % esc(hdr)
        if ftr:
            body += '<div class="ftr">%s</div>' % esc(ftr)
        if hdr:
            body += '<div class="gap"></div>'
        body += "\n".join(self.out)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>%s</title>'
                '<style>%s</style></head><body>%s</body></html>'
                % (esc(self.meta["title"]), CSS, body))


def build(name, d):
    doc = Doc(name, d["meta"])
    page = doc.render(d["blocks"])
    req = HtmlToPDFRequest(html=page, page_size="A4", orientation="Portrait",
                           margin_top="22mm", margin_bottom="22mm",
                           margin_left="22mm", margin_right="22mm")
    pdf = convert_html_to_pdf(req)
    with open(os.path.join(common.PDF_DIR, name + ".pdf"), "wb") as f:
        f.write(pdf)
    return common.write_gold(name, d["blocks"], doc.running)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, d in common.docs_for("q").items():
        print(name, build(name, d), "gold sentences")


if __name__ == "__main__":
    main()
