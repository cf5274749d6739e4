"""Render synthetic report specs (JSON) as plain text and as PDFs in several layouts.

Sample reports in ``reports/``, the test fixtures and the benchmark are all made
from specs that hold the gold truth for every sentence (label, theme, grade).
Rendering the same spec as text and as PDF lets tests check that both readers
recover the same sentences. PDF output needs reportlab (``pip install hmic[synth]``).

Layouts:
- ``classic``: cover page, contents page with dot leaders, running header with
  the title, page-number footer, bold headings, justified text, superscript
  footnote markers with footnote text at the page foot, a grade table.
- ``modern``: the same furniture in another style: numbered section headings,
  header on the right, "Page N of M"-style footer, bold headings at body size.
- ``twocolumn``: body text in two columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LAYOUTS = ("classic", "modern", "twocolumn")
#: Plain-text renderings: as written, hard-wrapped at 78 columns, and without blank lines.
TEXT_MODES = ("text", "text-wrapped", "text-compact")


def render(spec: dict[str, Any], mode: str, directory: str | Path, stem: str) -> Path:
    """Render ``spec`` in a text mode or PDF layout into ``directory``; return the file."""
    directory = Path(directory)
    if mode in TEXT_MODES:
        path = directory / f"{stem}-{mode}.txt"
        text = render_text(spec, wrap=78 if mode == "text-wrapped" else None, compact=mode == "text-compact")
        path.write_text(text, encoding="utf-8")
        return path
    return render_pdf(spec, directory / f"{stem}-{mode}.pdf", mode)


def load_spec(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def iter_gold(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every gold sentence of a spec in reading order, with its section heading."""
    for sec in spec["sections"]:
        for block in sec["blocks"]:
            if block["type"] == "para":
                for s in block["sentences"]:
                    yield {**s, "section": sec["heading"]}
            elif block["type"] == "bullets":
                for s in block["items"]:
                    yield {**s, "section": sec["heading"]}


def _footnotes(spec: dict[str, Any]) -> dict[str, str]:
    out: dict[str, str] = {}
    for sec in spec["sections"]:
        for block in sec["blocks"]:
            if block["type"] == "footnote":
                out[block["after"]] = block["text"]
    return out


def _grade_lines(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [(g["area"], g["grade"].capitalize()) for g in spec.get("grades") or []]


def render_text(spec: dict[str, Any], wrap: int | None = None, compact: bool = False) -> str:
    """Plain text: title, notice, date, then headings and paragraphs separated by blank lines.

    ``wrap`` hard-wraps paragraphs at that width (as e-mailed or OCR'd text is);
    ``compact`` drops the blank lines (as text copied from a web page often is).
    """
    text = _render_text(spec)
    if wrap:
        import textwrap

        text = "\n".join(
            textwrap.fill(line, wrap, subsequent_indent="  " if line.startswith("• ") else "")
            if len(line) > wrap else line
            for line in text.split("\n")
        )
    if compact:
        text = "\n".join(line for line in text.split("\n") if line.strip())
    return text


def _render_text(spec: dict[str, Any]) -> str:
    out: list[str] = [spec["title"], ""]
    if spec.get("synthetic_notice"):
        out += [spec["synthetic_notice"], ""]
    out += [spec["date_line"], ""]
    grades = _grade_lines(spec)
    if grades:
        out += ["Our judgements", ""]
        out += [f"{area}: {grade}" for area, grade in grades]
        out.append("")
    notes = _footnotes(spec)
    n = 0
    pending: list[str] = []
    for sec in spec["sections"]:
        out += [sec["heading"], ""]
        for block in sec["blocks"]:
            if block["type"] == "para":
                parts = []
                for s in block["sentences"]:
                    t = s["text"]
                    if t in notes:
                        n += 1
                        t = t + _superscript(n)
                        pending.append(f"{n} {notes[t[:-len(_superscript(n))]]}")
                    parts.append(t)
                out += [" ".join(parts), ""]
            elif block["type"] == "heading":
                out += [block["text"], ""]
            elif block["type"] == "bullets":
                out += [f"• {s['text']}" for s in block["items"]]
                out.append("")
    if pending:
        out += ["Notes", ""] + pending + [""]
    return "\n".join(out)


def _superscript(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_pdf(spec: dict[str, Any], path: str | Path, layout: str = "classic") -> Path:
    """Write the spec as a PDF with realistic page furniture; return the path."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (
        BaseDocTemplate,
        Flowable,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Spacer,
        Table,
        TableStyle,
    )

    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    path = Path(path)
    width, height = A4
    modern = layout == "modern"
    body_font = "Times-Roman" if layout == "classic" else "Helvetica"
    bold_font = "Times-Bold" if layout == "classic" else "Helvetica-Bold"
    body = ParagraphStyle("body", fontName=body_font, fontSize=10.5, leading=14,
                          alignment=TA_JUSTIFY, spaceAfter=8)
    h1 = ParagraphStyle("h1", fontName=bold_font, fontSize=10.5 if modern else 16,
                        leading=20, spaceBefore=10, spaceAfter=8, keepWithNext=True)
    h2 = ParagraphStyle("h2", fontName=bold_font, fontSize=10.5 if modern else 12.5,
                        leading=16, spaceBefore=6, spaceAfter=6, keepWithNext=True)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=18, bulletIndent=6, spaceAfter=4)
    foot = ParagraphStyle("foot", fontName=body_font, fontSize=7.5, leading=9)
    toc = ParagraphStyle("toc", fontName=body_font, fontSize=11, leading=18)
    notes = _footnotes(spec)
    footnote_state: dict[str, Any] = {"n": 0, "page": []}

    class FootnoteAnchor(Flowable):
        """Zero-size flowable that files a footnote for the page it lands on."""

        def __init__(self, n: int, text: str) -> None:
            super().__init__()
            self.n, self.text = n, text
            self.width = self.height = 0

        def draw(self) -> None:
            footnote_state["page"].append((self.n, self.text))

    title = spec["title"]
    header_text = f"{title} – {spec['date_line']}" if not modern else title

    def on_page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(body_font, 8)
        if modern:
            canv.drawRightString(width - 2 * cm, height - 1.3 * cm, header_text[:110])
            canv.drawString(2 * cm, 1.2 * cm, f"Page {doc.page}")
        else:
            canv.drawString(2 * cm, height - 1.3 * cm, header_text[:110])
            canv.drawCentredString(width / 2, 1.2 * cm, str(doc.page))
        canv.restoreState()

    def on_page_end(canv: Any, doc: Any) -> None:
        items = footnote_state["page"]
        footnote_state["page"] = []
        y = 2.0 * cm
        canv.saveState()
        if items:
            canv.setLineWidth(0.5)
            canv.line(2 * cm, 2.0 * cm + 0.95 * cm * len(items) + 0.3 * cm,
                      7 * cm, 2.0 * cm + 0.95 * cm * len(items) + 0.3 * cm)
        for n, text in reversed(items):
            p = Paragraph(f"<super>{n}</super> {_esc(text)}", foot)
            _, h = p.wrap(width - 4 * cm, 3 * cm)
            p.drawOn(canv, 2 * cm, y)
            y += max(h, 0.95 * cm)
        canv.restoreState()

    def on_cover(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1d3557"))
        canv.rect(0, height - 5 * cm, width, 5 * cm, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 14)
        canv.drawString(2 * cm, height - 2.5 * cm, spec.get("publisher") or "HMICFRS")
        canv.restoreState()

    frame_bottom = 4.5 * cm
    body_h = height - 2.3 * cm - frame_bottom
    if layout == "twocolumn":
        gap = 0.8 * cm
        col_w = (width - 4 * cm - gap) / 2
        frames = [Frame(2 * cm, frame_bottom, col_w, body_h, id="c1"),
                  Frame(2 * cm + col_w + gap, frame_bottom, col_w, body_h, id="c2")]
    else:
        frames = [Frame(2 * cm, frame_bottom, width - 4 * cm, body_h, id="body")]
    cover_frame = Frame(2 * cm, 3 * cm, width - 4 * cm, height - 9 * cm, id="cover")
    plain_frame = Frame(2 * cm, frame_bottom, width - 4 * cm, body_h, id="plain")
    doc = BaseDocTemplate(str(path), pagesize=A4, title=title,
                          author=spec.get("publisher") or "HMICFRS")
    doc.addPageTemplates([
        PageTemplate("cover", [cover_frame], onPage=on_cover),
        PageTemplate("plain", [plain_frame], onPage=on_page, onPageEnd=on_page_end),
        PageTemplate("body", frames, onPage=on_page, onPageEnd=on_page_end),
    ])
    story: list[Any] = [
        Spacer(1, 2 * cm),
        Paragraph(_esc(title), ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=24,
                                              leading=30)),
        Spacer(1, 1 * cm),
        Paragraph(_esc(spec["date_line"]), ParagraphStyle("d", fontName="Helvetica",
                                                          fontSize=14, leading=18)),
    ]
    if spec.get("synthetic_notice"):
        story += [Spacer(1, 1 * cm), Paragraph(_esc(spec["synthetic_notice"]), body)]
    story += [NextPageTemplate("plain"), PageBreak(),
              Paragraph("Contents", h1)]
    for i, sec in enumerate(spec["sections"]):
        label = f"{i + 1}. {sec['heading']}" if modern else sec["heading"]
        dots = "." * max(4, 90 - len(label))
        story.append(Paragraph(_esc(f"{label} {dots} {i + 3}"), toc))
    grades = _grade_lines(spec)
    story += [NextPageTemplate("body"), PageBreak()]
    if grades:
        story.append(Paragraph("Our judgements", h1))
        cell = ParagraphStyle("cell", parent=body, alignment=0, spaceAfter=0)
        data = [["Area", "Grade"]] + [[Paragraph(_esc(a), cell), Paragraph(_esc(g), cell)] for a, g in grades]
        avail = frames[0].width - 12
        t = Table(data, colWidths=[avail * 0.68, avail * 0.32])
        t.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, 0), bold_font),
            ("FONTNAME", (1, 1), (1, -1), body_font),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        story += [t, Spacer(1, 0.6 * cm)]
    pull = ParagraphStyle("pull", fontName="Helvetica-Oblique", fontSize=14, leading=18,
                          leftIndent=20, rightIndent=20, spaceBefore=6, spaceAfter=10,
                          textColor=colors.HexColor("#1d3557"))
    pulled = False
    for i, sec in enumerate(spec["sections"]):
        label = f"{i + 1}. {sec['heading']}" if modern else sec["heading"]
        story.append(Paragraph(_esc(label), h1))
        paras = [b for b in sec["blocks"] if b["type"] == "para"]
        if not pulled and not modern and len(paras) >= 2 and paras[0]["sentences"]:
            # a pull-quote repeating a sentence of the section, as magazine-style reports do
            story.append(Paragraph(_esc(f"“{paras[0]['sentences'][0]['text']}”"), pull))
            pulled = True
        for block in sec["blocks"]:
            if block["type"] == "para":
                parts, anchors = [], []
                for s in block["sentences"]:
                    t = _esc(s["text"])
                    if s["text"] in notes:
                        footnote_state["n"] += 1
                        n = footnote_state["n"]
                        t += f"<super>{n}</super>"
                        anchors.append(FootnoteAnchor(n, notes[s["text"]]))
                    parts.append(t)
                story.append(Paragraph(" ".join(parts), body))
                story.extend(anchors)
            elif block["type"] == "heading":
                story.append(Paragraph(_esc(block["text"]), h2))
            elif block["type"] == "bullets":
                for s in block["items"]:
                    story.append(Paragraph(_esc(s["text"]), bullet, bulletText="•"))
    doc.build(story)
    return path


def render_html(spec: dict[str, Any]) -> str:
    """A plain HTML page of the spec: title, date, grade table, h2/h3 headings, paragraphs, lists."""
    import html

    e = html.escape
    out = [f"<html><head><meta charset='utf-8'><title>{e(spec['title'])}</title>",
           "<style>body{font-family:serif;font-size:11pt} h1{font-size:20pt} h2{font-size:15pt}"
           " h3{font-size:12pt}</style></head><body>",
           f"<h1>{e(spec['title'])}</h1><p>{e(spec['date_line'])}</p>"]
    if spec.get("grades"):
        out.append("<h2>Our judgements</h2><table border=1>" + "".join(
            f"<tr><td>{e(g['area'])}</td><td>{g['grade'].capitalize()}</td></tr>" for g in spec["grades"]) + "</table>")
    for sec in spec["sections"]:
        out.append(f"<h2>{e(sec['heading'])}</h2>")
        for b in sec["blocks"]:
            if b["type"] == "para":
                out.append("<p>" + " ".join(e(s["text"]) for s in b["sentences"]) + "</p>")
            elif b["type"] == "heading":
                out.append(f"<h3>{e(b['text'])}</h3>")
            elif b["type"] == "bullets":
                out.append("<ul>" + "".join(f"<li>{e(s['text'])}</li>" for s in b["items"]) + "</ul>")
    return "".join(out) + "</body></html>"


def print_pdf_with_chromium(spec: dict[str, Any], path: str | Path, chromium: str) -> Path:
    """Print the HTML rendering to PDF with headless Chromium: another producer's PDF,
    with Chromium's own running header (date, title) and footer (URL, page x/y)."""
    import subprocess
    import tempfile

    path = Path(path)
    work = Path(tempfile.mkdtemp(prefix="hmic-html-"))
    page = work / (path.stem + ".html")
    page.write_text(render_html(spec), encoding="utf-8")
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", f"--user-data-dir={work / 'profile'}",
         f"--print-to-pdf={path}", page.as_uri()],
        capture_output=True, timeout=120, check=False,
    )
    return path
