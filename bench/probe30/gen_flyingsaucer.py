"""probe30 generator 's': common.py blocks -> XHTML + CSS -> Flying Saucer R8 (Debian
libcore-renderer-java) -> PDF written by iText 2.1.7 (Debian libitext-java).

Flying Saucer does the layout: CSS 2.1 block and table layout, floats, its own line breaking
and justification, CSS3 paged media (running header through position: running(), page
numbers through counter(page) in @page margin boxes, a named page for the back cover).
Footnote calls are <sup> (raised and smaller); the notes of each page part sit at the foot of
that part's page (an absolutely positioned block).  Also writes NAME.gold.json and
NAME.furniture.json from the same blocks.
Usage: python3 gen_flyingsaucer.py   (needs javac/java, core-renderer.jar and itext.jar)
"""
import html
import os
import subprocess
import tempfile

import common

CP = "/usr/share/java/core-renderer.jar:/usr/share/java/itext.jar"
HERE = common.HERE
E = html.escape

CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-left { content: element(hdr); }
  @bottom-left { content: element(ftr); }
  @bottom-right { content: counter(page); font-family: Helvetica, sans-serif; font-size: 8.5pt; }
}
@page back { @top-left { content: none; } @bottom-left { content: none; }
  @bottom-right { content: none; } }
#hdr { position: running(hdr); font-family: Helvetica, sans-serif; font-size: 8pt;
  color: #333; border-bottom: 0.5pt solid #777; padding-bottom: 2pt; width: 170mm; }
#ftr { position: running(ftr); font-family: Helvetica, sans-serif; font-size: 8pt; color: #333; }
body { font-family: "Times New Roman", Times, serif; font-size: 10.5pt; line-height: 1.3; }
p { margin: 0 0 6pt 0; text-align: justify; }
.kicker, .title, .date { text-align: left; }
.part { position: relative; height: 246mm; }
.back { page: back; page-break-before: always; }
.kicker { font-family: Helvetica, sans-serif; font-size: 10pt; color: #1d3f6e; margin: 0 0 4pt 0; }
.title { font-family: Helvetica, sans-serif; font-size: 20pt; font-weight: bold; color: #1d3f6e;
  margin: 0 0 4pt 0; line-height: 1.15; }
.date { font-family: Helvetica, sans-serif; font-size: 10pt; margin: 0 0 8pt 0; }
.notice { font-style: italic; font-size: 9pt; border: 0.5pt solid #999; padding: 3pt 5pt;
  text-align: left; }
h1 { font-family: Helvetica, sans-serif; font-size: 13pt; color: #1d3f6e; margin: 10pt 0 5pt 0; }
h2 { font-family: Helvetica, sans-serif; font-size: 11pt; margin: 8pt 0 4pt 0; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
ul.square { list-style-type: square; }
li { margin-bottom: 2pt; text-align: left; }
table.grades { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0;
  font-family: Helvetica, sans-serif; font-size: 9.5pt; }
table.grades th { background-color: #1d3f6e; color: white; text-align: left; padding: 3pt 5pt;
  border: 0.75pt solid #1d3f6e; }
table.grades td { border: 0.75pt solid #555; padding: 3pt 5pt; }
.box { background-color: #e8eef6; border-left: 3pt solid #1d3f6e; padding: 5pt 8pt;
  margin: 6pt 0 8pt 0; }
.boxlabel { font-family: Helvetica, sans-serif; font-weight: bold; font-size: 10pt;
  margin: 0 0 3pt 0; }
.cols { overflow: hidden; margin-bottom: 6pt; }
.col1 { float: left; width: 48%; }
.col2 { float: right; width: 48%; }
.clear { clear: both; }
table.num { width: 100%; border-collapse: collapse; }
table.num td { vertical-align: top; padding: 0; }
table.num td.lab { width: 24pt; font-weight: bold; }
.notes { position: absolute; bottom: 0; left: 0; width: 100%; font-size: 8pt;
  border-top: 0.5pt solid #555; padding-top: 2pt; }
.notes p { margin: 0 0 2pt 0; text-align: left; }
sup { font-size: 6.5pt; vertical-align: super; line-height: 0; }
.lh { text-align: right; font-family: Helvetica, sans-serif; font-size: 9pt; color: #1d3f6e;
  margin: 0; }
.lhrule { border-bottom: 0.75pt solid #1d3f6e; margin: 2pt 0 10pt 0; }
.ldate { text-align: right; margin: 0 0 10pt 0; }
.addr { margin: 0; text-align: left; }
.subject { font-weight: bold; margin: 6pt 0 6pt 0; }
.signoff { margin: 0; text-align: left; }
.bc { font-family: Helvetica, sans-serif; font-size: 9pt; text-align: left; margin: 0 0 5pt 0; }
.bcspace { height: 170mm; }
"""


class Renderer:
    def __init__(self):
        self.n = 0          # footnote number (running through the document)
        self.notes = []     # notes of the current part

    def sent(self, s):
        out = []
        for kind, t in common.pieces(s):
            if kind == "text":
                out.append(E(t))
            else:
                self.n += 1
                self.notes.append((self.n, t))
                out.append("<sup>%d</sup>" % self.n)
        return "".join(out)

    def para(self, sents, cls=None):
        c = ' class="%s"' % cls if cls else ""
        return "<p%s>%s</p>" % (c, " ".join(self.sent(s) for s in sents))

    def blocks(self, blocks):
        h = []
        for b in blocks:
            k = b[0]
            if k in ("kicker", "title", "date"):
                h.append('<p class="%s">%s</p>' % (k, E(b[1])))
            elif k == "notice":
                h.append('<p class="notice">%s</p>' % E(common.NOTICE))
            elif k == "h":
                h.append("<h%d>%s</h%d>" % (b[1], E(b[2]), b[1]))
            elif k == "p":
                h.append(self.para(b[1]))
            elif k == "bullets":
                if b[1]:
                    h.append(self.para([b[1]]))
                cls = ' class="square"' if b[3] == "square" else ""
                h.append("<ul%s>%s</ul>" % (cls, "".join(
                    "<li>%s</li>" % self.sent(x) for x in b[2])))
            elif k == "numbered":
                rows = "".join('<tr><td class="lab">%s</td><td>%s</td></tr>' % (
                    E(lab), self.para(s)) for lab, s in b[1])
                h.append('<table class="num">%s</table>' % rows)
            elif k == "table":
                head = "".join("<th>%s</th>" % E(c) for c in b[1])
                rows = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r)
                               for r in b[2])
                h.append('<table class="grades"><tr>%s</tr>%s</table>' % (head, rows))
            elif k == "box":
                inner = ('<p class="boxlabel">%s</p>' % E(b[1]) if b[1] else "")
                h.append('<div class="box">%s%s</div>' % (inner, self.blocks(b[2])))
            elif k == "cols":
                h.append('<div class="cols"><div class="col1">%s</div><div class="col2">%s'
                         '</div><div class="clear"></div></div>' % (
                             self.blocks(b[1]), self.blocks(b[2])))
            elif k == "letterhead":
                h.append("".join('<p class="lh">%s</p>' % E(x) for x in b[1]))
                h.append('<div class="lhrule"></div>')
            elif k == "address":
                h.append("".join('<p class="addr">%s</p>' % E(x) for x in b[1]))
                h.append('<div style="height: 10pt"></div>')
            elif k == "line":
                cls = {"date": "ldate", "subject": "subject"}.get(b[1], "addr")
                h.append('<p class="%s">%s</p>' % (cls, E(b[2])))
            elif k == "signoff":
                h.append('<div style="height: 8pt"></div>')
                h.append("".join('<p class="signoff">%s</p>' % E(x) for x in b[1]))
            else:
                raise ValueError(k)
        return "".join(h)

    def document(self, meta, blocks):
        parts, cur, back = [], [], None
        for b in blocks:
            if b[0] == "pagebreak":
                parts.append(cur)
                cur = []
            elif b[0] == "backcover":
                back = b[1]
            else:
                cur.append(b)
        if cur:
            parts.append(cur)
        body = []
        for i, part in enumerate(parts):
            self.notes = []
            inner = self.blocks(part)
            notes = ""
            if self.notes:
                notes = '<div class="notes">%s</div>' % "".join(
                    "<p><sup>%d</sup> %s</p>" % (n, E(t)) for n, t in self.notes)
            brk = ' style="page-break-before: always"' if i else ""
            body.append('<div class="part"%s>%s%s</div>' % (brk, inner, notes))
        if back:
            body.append('<div class="back"><div class="bcspace"></div>%s</div>' % "".join(
                '<p class="bc">%s</p>' % E(x) for x in back))
        run = ""
        if meta["header"]:
            run += '<div id="hdr">%s</div>' % E(meta["header"])
        run += '<div id="ftr">%s</div>' % E(meta["footer"])
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
                '<title>%s</title><meta name="author" content="probe30"/>'
                '<meta name="subject" content="Synthetic inspection report (test fixture)"/>'
                '<style type="text/css">%s</style></head><body>%s%s</body></html>' % (
                    E(meta["title"]), CSS, run, "".join(body)))


def main():
    tmp = tempfile.mkdtemp(prefix="p30fs")
    subprocess.run(["javac", "-d", tmp, "-cp", CP, os.path.join(HERE, "Render.java")],
                   check=True)
    for name, d in common.docs_for("s").items():
        x = Renderer().document(d["meta"], d["blocks"])
        src = os.path.join(tmp, name + ".xhtml")
        with open(src, "w", encoding="utf-8") as f:
            f.write(x)
        out = os.path.join(common.PDF_DIR, name + ".pdf")
        subprocess.run(["java", "-cp", CP + ":" + tmp, "Render", src, out], check=True)
        pages = int(subprocess.run(["pdfinfo", out], capture_output=True, text=True)
                    .stdout.split("Pages:")[1].split()[0])
        has_back = any(b[0] == "backcover" for b in d["blocks"])
        running = []
        if d["meta"]["header"]:
            running.append(("header", d["meta"]["header"]))
        running.append(("footer", d["meta"]["footer"]))
        numbered = pages - (1 if has_back else 0)
        running += [("page-number", str(i)) for i in range(1, numbered + 1)]
        n = common.write_gold(name, d["blocks"], running)
        print("%s: %d pages, %d gold" % (name, pages, n))


if __name__ == "__main__":
    main()
