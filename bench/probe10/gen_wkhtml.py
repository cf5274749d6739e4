"""probe10 h*: wkhtmltopdf 0.12.6 (Debian build, Qt WebKit on unpatched Qt 5.15.8).

The Debian build ignores --header-*/--footer-* ("not supported using unpatched qt"), so, as many
real pipelines on that build do, the HTML is paginated by hand: one fixed-size <div class="page">
per A4 sheet (wkhtmltopdf -s A4 -T 0 -B 0 -L 0 -R 0), each carrying its own
running header, footer with the page number, and footnote texts positioned at the page foot.
A sentence that crosses a page break is split by the generator between two page divs.
Writes build HTML to $PROBE10_TMP, pdf/h*.pdf and h*.gold.json from the same strings.
"""
import html
import os
import subprocess

from common import HERE, NOTICE, Gold, Notes

TMP = os.environ.get("PROBE10_TMP", "/tmp/probe10/build")
E = html.escape

CSS = """
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Serif'; font-size: 11.5pt; line-height: 1.35; color: #111; }
div.page { position: relative; width: 210mm; height: 296.8mm; overflow: hidden; page-break-after: always; }
div.page:last-child { page-break-after: auto; }
div.body { position: absolute; left: 22mm; right: 22mm; top: 24mm; }
div.hdr { position: absolute; left: 22mm; right: 22mm; top: 10mm; font-family: 'Liberation Sans'; font-size: 8pt; color: #444; border-bottom: 0.5pt solid #888; padding-bottom: 1mm; }
div.ftr { position: absolute; left: 22mm; right: 22mm; bottom: 9mm; font-family: 'Liberation Sans'; font-size: 8.5pt; text-align: center; color: #333; }
div.notes { position: absolute; left: 22mm; right: 22mm; bottom: 18mm; font-size: 8pt; border-top: 0.5pt solid #888; padding-top: 1mm; width: 60mm; }
div.notes p { width: 166mm; margin: 0 0 1mm 0; }
p { margin: 0 0 3mm 0; text-align: justify; }
p.cont { text-indent: 0; }
p.np { padding-left: 11mm; text-indent: -11mm; }
span.num { display: inline-block; width: 11mm; text-indent: 0; font-weight: bold; }
h1 { font-family: 'Liberation Sans'; font-size: 30pt; margin: 0 0 5mm 0; color: #0b4f3c; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #0b4f3c; margin: 5mm 0 2.5mm 0; font-variant: small-caps; letter-spacing: 0.6pt; }
sup { font-size: 7pt; line-height: 0; }
ul { margin: 0 0 3mm 0; padding-left: 0; list-style: none; }
ul li { padding-left: 7mm; text-indent: -5mm; margin-bottom: 1mm; }
ul ul { margin: 1mm 0 0 0; }
span.g { display: inline-block; width: 5mm; text-indent: 0; color: #0b4f3c; }
table.grid { border-collapse: collapse; width: 100%; margin: 1mm 0 4mm 0; }
table.grid td, table.grid th { border: 0.7pt solid #0b4f3c; padding: 1.5mm 2.5mm; font-family: 'Liberation Sans'; font-size: 9.5pt; text-align: left; vertical-align: top; }
table.grid th { background: #d7ebe4; }
table.toc { width: 100%; border-collapse: collapse; font-size: 12pt; }
table.toc td { padding: 1.5mm 0; white-space: nowrap; }
table.toc td.d { width: 100%; white-space: normal; color: #555; }
div.dl { height: 1.3em; overflow: hidden; }
table.toc td.n { text-align: right; padding-left: 2mm; }
table.cols { width: 100%; border-collapse: collapse; }
table.cols td { width: 50%; vertical-align: top; padding: 0; }
table.cols td.l { padding-right: 4mm; }
table.cols td.r { padding-left: 4mm; }
div.box { background: #eef5f2; border-left: 3pt solid #0b4f3c; padding: 2mm 3mm; margin: 1mm 0 3mm 0; font-family: 'Liberation Sans'; font-size: 9.5pt; }
div.box p.bt { font-weight: bold; margin-bottom: 1mm; }
div.pq { font-size: 15pt; font-style: italic; color: #0b4f3c; border-top: 1pt solid #0b4f3c; border-bottom: 1pt solid #0b4f3c; padding: 2mm 0; margin: 3mm 0; text-align: left; }
div.band { position: absolute; left: 0; right: 0; bottom: 0; height: 95mm; background: #0b4f3c; }
div.band p { color: white; font-family: 'Liberation Sans'; font-size: 9.5pt; text-align: left; margin: 0 0 2mm 22mm; }
"""


class Doc:
    def __init__(self, name, header, footer_fmt):
        self.name, self.header, self.footer_fmt = name, header, footer_fmt
        self.g, self.nt = Gold(name), Notes()
        self.pages = []        # list of (body_html, notes_from, notes_to, header?, footer?, extra)
        self.cur = []
        self.note_mark = 0

    R = property(lambda self: self.nt.render)

    def p(self, *sents, num=None, gold=True, cls=None, tail=None):
        """A paragraph; tail = (text kept on this page, rest for the next page) for the last
        sentence when it crosses the page break (the generator ends the page in between)."""
        if gold:
            self.g.add(*sents)
        lab = f'<span class="num">{num}</span>' if num else ""
        c = f' class="{cls}"' if cls else (' class="np"' if num else "")
        self.cur.append(f"<p{c}>{lab}" + " ".join(self.R(s) for s in sents) + "</p>")

    def raw(self, h):
        self.cur.append(h)

    def ul(self, items, glyph, subglyph=None):
        out = []
        for it, sub in items:
            self.g.add(it)
            s = ""
            if sub:
                self.g.add(*sub)
                s = "<ul>" + "".join(f'<li><span class="g">{subglyph}</span>{self.R(x)}</li>' for x in sub) + "</ul>"
            out.append(f'<li><span class="g">{glyph}</span>{self.R(it)}{s}</li>')
        self.cur.append("<ul>" + "".join(out) + "</ul>")

    def page(self, header=True, footer=True, extra=""):
        self.pages.append(("".join(self.cur), self.note_mark, len(self.nt.items), header, footer, extra))
        self.note_mark = len(self.nt.items)
        self.cur = []

    def build(self):
        total = len(self.pages)
        divs = []
        for i, (b, n0, n1, hd, ft, extra) in enumerate(self.pages):
            d = ['<div class="page">']
            if hd:
                d.append(f'<div class="hdr">{E(self.header)}</div>')
            d.append(f'<div class="body">{b}</div>')
            if n1 > n0:
                d.append('<div class="notes">' + "".join(
                    f"<p><sup>{n}</sup> {E(t)}</p>" for n, t in self.nt.items[n0:n1]) + "</div>")
            if ft:
                d.append(f'<div class="ftr">{E(self.footer_fmt.format(n=i + 1, total=total))}</div>')
            d.append(extra + "</div>")
            divs.append("".join(d))
        doc = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + E(self.name)
               + f"</title><style>{CSS}</style></head><body>" + "".join(divs) + "</body></html>")
        os.makedirs(TMP, exist_ok=True)
        src = os.path.join(TMP, self.name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        out = os.path.join(HERE, "pdf", self.name + ".pdf")
        xdg = os.path.join(TMP, "xdg")
        os.makedirs(xdg, mode=0o700, exist_ok=True)
        os.chmod(xdg, 0o700)
        subprocess.run(["wkhtmltopdf", "-q", "-s", "A4", "-T", "0", "-B", "0", "-L", "0", "-R", "0",
                        "--encoding", "utf-8", "--title", self.name,
                        src, out], check=True, env=dict(os.environ, XDG_RUNTIME_DIR=xdg))
        pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
        n = int([l for l in pages.splitlines() if l.startswith("Pages:")][0].split()[1])
        assert n == total, f"{self.name}: {n} pages printed, {total} page divs"
        return self.name, self.g.write(), total


NOTICE_P = f'<p style="font-family:\'Liberation Sans\';font-size:11pt;text-align:left">{E(NOTICE)}</p>'


def h01():
    d = Doc("h01_peel_merrowvale", "Merrowvale Constabulary — PEEL 2025–27", "Page {n} of {total}")
    # cover
    d.raw('<div style="height:60mm"></div><h1>PEEL 2025–27</h1>'
          '<p style="font-family:\'Liberation Sans\';font-size:16pt;text-align:left">An inspection of Merrowvale Constabulary</p>'
          '<div style="height:25mm"></div>' + NOTICE_P +
          '<div style="height:60mm"></div><p style="font-family:\'Liberation Sans\'">January 2026</p>')
    d.page(header=False, footer=False)
    # contents
    toc = [("1", "Overview", 3), ("2", "Investigating crime: requires improvement", 3),
           ("3", "Protecting vulnerable people: good", 4), ("4", "Managing offenders and suspects", 4),
           ("", "About this inspection", 4)]
    d.raw("<h2>Contents</h2><table class='toc'>" + "".join(
        f"<tr><td>{a}&#160;&#160;{E(t)}&#160;</td><td class='d'><div class='dl'>{'. ' * 120}</div></td><td class='n'>{n}</td></tr>"
        for a, t, n in toc) + "</table>")
    d.page()
    # page 3
    d.raw("<h2>1 Overview</h2>")
    d.p("Merrowvale Constabulary polices a large county of moorland, farms and small towns, "
        "with a population of about 640\u00a0000.",
        "We inspected the force in October 2025 and found that it has improved in several "
        "important areas since our last visit.", num="1.1")
    d.p("The force is well-led, and its officers and staff are proud to work for it.",
        "Its chief officers have been open about the force’s weaknesses and have started to "
        "deal with them.", num="1.2")
    d.p("The table below sets out our grades.", num="1.3")
    d.raw("<table class='grid'><tr><th>Area</th><th>Grade</th></tr>"
          "<tr><td>Responding to the public</td><td>Good</td></tr>"
          "<tr><td>Investigating crime</td><td>Requires improvement</td></tr>"
          "<tr><td>Protecting vulnerable people</td><td>Good</td></tr>"
          "<tr><td>Managing offenders and suspects</td><td>Adequate</td></tr></table>")
    d.raw("<h2>2 Investigating crime: requires improvement</h2>")
    d.p("The force has too few detectives, and 22 per cent of its detective posts were vacant "
        "at the time of our inspection^[Figures supplied by the force for 30 September 2025.].",
        "As a result, some serious investigations are allocated to uniformed officers who lack "
        "the necessary training.", num="2.1")
    d.p("In the 80 case files we reviewed, we found that:", num="2.2")
    d.ul([("victims were not always told when their case had been closed;", None),
          ("evidence from the scene was sometimes not recovered, most often when:",
           ["the victim did not support a prosecution;", "the offence was recorded late at night;"]),
          ("supervisors had reviewed only about half of the investigations.", None)], "■", "➢")
    d.p("The force has started a recruitment drive, and it expects to fill all of the vacant "
        "posts by the end of 2026.",
        "It has also bought new software that helps supervisors to see the workloads of "
        "their teams, which cost £1.2\u00a0million over "
        "<<BREAK>>", num="2.3", gold=False)
    # the last sentence of 2.3 crosses to page 4: built by hand below
    last = ("It has also bought new software that helps supervisors to see the workloads of "
            "their teams, which cost £1.2\u00a0million over three years.")
    d.g.add("The force has started a recruitment drive, and it expects to fill all of the vacant "
            "posts by the end of 2026.", last)
    d.cur[-1] = d.cur[-1].replace(" &lt;&lt;BREAK&gt;&gt;", "")
    d.page()
    d.raw("<p class='np' style='padding-left:11mm;text-indent:0'>three years.</p>")
    d.raw("<h2>3 Protecting vulnerable people: good</h2>")
    d.raw("<table class='cols'><tr><td class='l'>")
    d.p("Officers are good at recognising vulnerability, and they record their concerns in a "
        "way that partners can act on quickly.",
        "The force’s domestic abuse officers carry an average of 14 cases each, which is "
        "manageable.")
    d.p("The force’s anti-social behaviour team works closely with housing officers to protect "
        "tenants who are targeted by their neighbours.",
        "We found that this joint work had stopped several cases of harassment from "
        "escalating.")
    d.raw("</td><td class='r'>")
    pq = "Victims told us that officers had listened to them and had taken their fears seriously."
    d.p(pq, "Nearly all of the victims we spoke to said they would contact the force again.")
    d.raw(f"<div class='pq'>“{E(pq)}”</div>")
    d.raw("<div class='box'><p class='bt'>Innovative practice</p>")
    d.p("The force has placed a mental health nurse in its control room every evening.",
        "The nurse gives officers advice on how to help people in crisis, which has reduced "
        "the number of people taken to hospital by police.", cls="bx")
    d.raw("</div></td></tr></table>")
    d.raw("<h2>4 Managing offenders and suspects</h2>")
    d.p("The force arrests most wanted suspects quickly, but its management of registered "
        "sex offenders is under pressure.",
        "Some offender managers were responsible for more than 70 offenders each^[The "
        "national guidance suggests no more than 50.].", num="4.1")
    d.p("The force should review the workload of these officers as a priority.", num="4.2")
    d.raw("<h2>About this inspection</h2>")
    d.p("We interviewed 120 officers and staff and reviewed 200 case files.",
        "We also held focus groups with partners from the council, the probation service and "
        "local charities.")
    d.page()
    # back cover
    d.raw("")
    d.page(header=False, footer=False, extra=(
        "<div class='band'><div style='height:20mm'></div>"
        "<p>© HMICFRS 2026. This synthetic document is published under the Open Government Licence v3.0.</p>"
        "<p>His Majesty’s Inspectorate, Tallow Court, 5 Brindle Way, Sandrick SK3 8WD</p>"
        "<p>Telephone: 0300 555 0199</p><p>www.example.org/inspections</p></div>"))
    return d.build()


def h02():
    d = Doc("h02_letter_stonebridge", "Stonebridge Police: custody inspection — 3 February 2026",
            "{n}")
    d.raw("<div style='font-family:Liberation Sans;text-align:right;font-size:9pt;line-height:1.3;"
          "border-bottom:1pt solid #0b4f3c;padding-bottom:2mm'>"
          "<p style='text-align:right;font-size:12pt;font-weight:bold;margin:0'>His Majesty’s Inspectorate of Constabulary</p>"
          "<p style='text-align:right;margin:0'>Tallow Court, 5 Brindle Way</p>"
          "<p style='text-align:right;margin:0'>Sandrick SK3 8WD</p>"
          "<p style='text-align:right;margin:0'>Telephone 0300 555 0199</p></div>"
          "<div style='height:4mm'></div>" + NOTICE_P +
          "<div style='font-family:Liberation Sans;font-size:10.5pt;line-height:1.3'>"
          "<p style='margin:0'>Chief Constable Idris Fenwright</p><p style='margin:0'>Stonebridge Police</p>"
          "<p style='margin:0'>Canal Street</p><p style='margin:0'>Stonebridge ST9 2RA</p></div>"
          "<p style='text-align:right'>3 February 2026</p><p>Dear Chief Constable,</p>"
          "<p style='font-weight:bold'>Unannounced inspection of police custody in Stonebridge</p>")
    d.p("In January 2026 we carried out an unannounced inspection of the two custody suites "
        "in Stonebridge.",
        "This letter sets out our main findings, and a full report will follow in the spring.")
    d.p("Overall, detainees were treated with respect, and staff knew how to keep them safe.",
        "The suites were clean and well maintained, although the cells at Quayside were cold "
        "during our visit.")
    d.p("We were particularly impressed that custody staff:")
    d.ul([("checked on detainees who had drunk alcohol at least every half hour;", None),
          ("offered every detainee a shower and a change of clothing;", None),
          ("called an appropriate adult for every child within 40 minutes^[Measured from the "
           "time the child was booked in.];", None),
          ("explained detainees’ rights in plain language.", None)], "•")
    d.p("However, we found that too many children were still held overnight because the local "
        "authority could not offer them a bed.",
        "In the year to December 2025, 37 children were kept in custody after they had been "
        "charged.",
        "Some of them waited more than 12 hours before they were moved.")
    d.page(header=False, footer=False)
    d.p("The force should work with the local authority to make sure that a bed is available "
        "whenever a child is refused bail.")
    d.raw("<table class='grid'><tr><th>Area</th><th>What we found</th></tr><tr><td>Use of force</td><td>")
    d.p("Staff used force only when it was necessary.",
        "Each use of force was recorded, but supervisors did not always review the footage.")
    d.raw("</td></tr><tr><td>Health care</td><td>")
    d.p("Nurses were on site at all times and saw detainees promptly.",
        "Medicines were stored safely, and records were well kept.")
    d.raw("</td></tr><tr><td>Release</td><td>")
    d.p("Staff made sure that vulnerable detainees had a safe way to get home.",
        "Most were given the details of support services before they left.")
    d.raw("</td></tr></table>")
    d.p("We also found that records of detainees’ property were incomplete at Quayside.",
        "In 6 of the 25 records we checked, items such as phones or keys had not been listed.")
    d.p("Detention officers told us that they felt supported by their sergeants.",
        "They would, however, welcome more training in how to help detainees with autism.")
    d.p("We will publish our full report in May, and we will ask the force to send us an action "
        "plan within six weeks of its publication.",
        "I am copying this letter to the police and crime commissioner.")
    d.raw("<p style='margin-top:6mm'>Yours sincerely,</p><div style='height:8mm'></div>"
          "<p style='margin:0'>Rosalind Achterberg</p><p style='margin:0'>His Majesty’s Inspector of Constabulary</p>")
    d.page()
    return d.build()


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "pdf"), exist_ok=True)
    for fn in (h01, h02):
        print("%s: %d gold, %d pages" % fn())
