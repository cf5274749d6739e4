#!/usr/bin/env python3
"""Generate the gradeprobe documents from content/*.py.

For every document module content/NAME.py (which defines NAME, PUBLISHER,
PRODUCER and BLOCKS) this writes:
  NAME.txt        plain-text rendering
  NAME.html       HTML rendering (printed by Chromium, or by LibreOffice)
  NAME.docx       Word rendering (only when PRODUCER == "docx")
  NAME.gold.json  gold: publisher, grades_stated, grade_traps

Block types (tuples):
  ("title", text)            report title (h1)
  ("subtitle", text)         secondary title line
  ("meta", text)             metadata line (own paragraph)
  ("lines", [text, ...])     consecutive short lines (letterhead, address)
  ("disc",)                  the synthetic-document disclaimer paragraph
  ("h", text) / ("h3", text) ordinary heading
  ("gh", text, area, grade)  judgement heading, grade inside the heading
  ("gh2", text, area, grade) judgement heading, grade on the next line
  ("p", text)                paragraph
  ("ul", [text, ...])        bullet list
  ("jl", [(area, grade), ...])  judgements list, rendered "area: grade"
  ("table", caption, header, rows, gradecols)
        gradecols = (area_col, grade_col) for a formal judgement table,
        or None for any other table (its rows are ordinary lines)
  ("pb",)                    page break

Gold rules: formal grades come only from gh/gh2/jl/graded tables.
Every other sentence, line, heading, list item or table row that contains
a grade word is a trap, recorded with its exact text.
"""
import html
import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DISCLAIMER = ("Synthetic test document: this is not a real inspection report, "
              "and the organisation it describes is fictional.")
GRADE_RE = re.compile(
    r"\b(outstanding|good|adequate|inadequate|requires improvement|excellent|"
    r"poor|unsatisfactory|satisfactory)\b", re.I)
SENT_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[A-Z0-9'\"‘“(])")


def sentences(text):
    return [s.strip() for s in SENT_SPLIT.split(text) if s.strip()]


def row_line(cells):
    return " | ".join(cells)


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# ---------------------------------------------------------------- text
def render_txt(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k in ("title", "subtitle", "meta", "h", "h3", "p"):
            out.append(b[1])
        elif k == "disc":
            out.append(DISCLAIMER)
        elif k == "lines":
            out.append("\n".join(b[1]))
        elif k == "gh":
            out.append(b[1])
        elif k == "gh2":
            out.append(b[1])
            out.append(b[3])
        elif k == "ul":
            out.append("\n".join("• " + i for i in b[1]))
        elif k == "jl":
            out.append("\n".join(f"• {a}: {g}" for a, g in b[1]))
        elif k == "table":
            _, cap, header, rows, _gc = b
            lines = ([cap] if cap else []) + [row_line(header)] + [row_line(r) for r in rows]
            out.append("\n".join(lines))
        elif k == "pb":
            continue
        else:
            raise ValueError(k)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- html
CSS = """
@page { size: A4; margin: 20mm 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.38; color: #111; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; color: %(accent)s; }
.subtitle { font-size: 13pt; margin: 0 0 10pt 0; color: #333; }
h2 { break-after: avoid; page-break-after: avoid; font-size: 13.5pt; margin: 14pt 0 4pt 0; color: %(accent)s; }
h3 { break-after: avoid; page-break-after: avoid; font-size: 11.5pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 7pt 0; }
p.meta { margin: 0 0 2pt 0; }
p.disc { border: 1px solid #999; padding: 5pt; background: #f3f3f3; font-style: italic; margin: 8pt 0 10pt 0; }
p.gradeline { font-weight: bold; font-size: 11.5pt; margin-top: -2pt; }
div.lines p { margin: 0; }
div.lines { margin-bottom: 8pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 10pt 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border: 1px solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(thbg)s; }
ul { margin: 0 0 7pt 0; padding-left: 18pt; }
li { margin-bottom: 2pt; }
.pb { page-break-before: always; }
"""


def render_html(mod):
    e = html.escape
    body = []
    for b in mod.BLOCKS:
        k = b[0]
        if k == "title":
            body.append(f"<h1>{e(b[1])}</h1>")
        elif k == "subtitle":
            body.append(f'<p class="subtitle">{e(b[1])}</p>')
        elif k == "meta":
            body.append(f'<p class="meta">{e(b[1])}</p>')
        elif k == "disc":
            body.append(f'<p class="disc">{e(DISCLAIMER)}</p>')
        elif k == "lines":
            body.append('<div class="lines">' + "".join(f"<p>{e(x)}</p>" for x in b[1]) + "</div>")
        elif k == "h" or k == "gh":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif k == "h3":
            body.append(f"<h3>{e(b[1])}</h3>")
        elif k == "gh2":
            body.append(f"<h2>{e(b[1])}</h2>")
            body.append(f'<p class="gradeline">{e(b[3])}</p>')
        elif k == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif k == "ul":
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif k == "jl":
            body.append("<ul>" + "".join(f"<li><b>{e(a)}:</b> {e(g)}</li>" for a, g in b[1]) + "</ul>")
        elif k == "table":
            _, cap, header, rows, _gc = b
            t = ['<table border="1" cellpadding="4" cellspacing="0">']
            if cap:
                t.append(f"<caption>{e(cap)}</caption>")
            t.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in header) + "</tr>")
            for r in rows:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            body.append("".join(t))
        elif k == "pb":
            body.append('<div class="pb"></div>')
    css = CSS % {"accent": getattr(mod, "ACCENT", "#1d3557"),
                 "thbg": getattr(mod, "THBG", "#e6ecf2")}
    title = next(b[1] for b in mod.BLOCKS if b[0] == "title")
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            f"<title>{e(title)}</title><style>{css}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


# ---------------------------------------------------------------- docx
def render_docx(mod, path):
    from docx import Document
    from docx.shared import Mm, Pt

    d = Document()
    for s in d.sections:
        s.page_height, s.page_width = Mm(297), Mm(210)
        s.left_margin = s.right_margin = Mm(20)
        s.top_margin = s.bottom_margin = Mm(20)
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    pending_break = False

    def para(text, style=None, bold=False, italic=False, size=None, space_after=6):
        nonlocal pending_break
        p = d.add_paragraph(style=style)
        if pending_break:
            p.paragraph_format.page_break_before = True
            pending_break = False
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def heading(text, level):
        nonlocal pending_break
        h = d.add_heading(text, level=level)
        if pending_break:
            h.paragraph_format.page_break_before = True
            pending_break = False
        return h

    for b in mod.BLOCKS:
        k = b[0]
        if k == "title":
            heading(b[1], 0)
        elif k == "subtitle":
            para(b[1], size=13)
        elif k == "meta":
            para(b[1], space_after=1)
        elif k == "disc":
            para(DISCLAIMER, italic=True, space_after=10)
        elif k == "lines":
            for x in b[1]:
                para(x, space_after=0)
        elif k in ("h", "gh"):
            heading(b[1], 1)
        elif k == "h3":
            heading(b[1], 2)
        elif k == "gh2":
            heading(b[1], 1)
            para(b[3], bold=True, size=11.5)
        elif k == "p":
            para(b[1])
        elif k == "ul":
            for i in b[1]:
                para(i, style="List Bullet", space_after=2)
        elif k == "jl":
            for a, g in b[1]:
                p = d.add_paragraph(style="List Bullet")
                p.add_run(a + ":").bold = True
                p.add_run(" " + g)
        elif k == "table":
            _, cap, header, rows, _gc = b
            if cap:
                para(cap, bold=True, space_after=2)
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, c in enumerate(header):
                cell = t.rows[0].cells[j]
                cell.text = ""
                cell.paragraphs[0].add_run(c).bold = True
            for i, r in enumerate(rows, 1):
                for j, c in enumerate(r):
                    t.rows[i].cells[j].text = c
            d.add_paragraph().paragraph_format.space_after = Pt(2)
        elif k == "pb":
            pending_break = True
    d.save(path)


# ---------------------------------------------------------------- gold
def gold(mod):
    stated, traps = [], []
    seen = set()

    def add_stated(area, grade, where):
        key = (area, grade)
        if key not in seen:
            seen.add(key)
            stated.append({"area": area, "grade": grade, "where": where})

    def trap_check(text):
        if GRADE_RE.search(text):
            traps.append(text)

    for b in mod.BLOCKS:
        k = b[0]
        if k in ("title", "subtitle", "meta", "h", "h3"):
            trap_check(b[1])
        elif k == "lines":
            for x in b[1]:
                trap_check(x)
        elif k == "p":
            for s in sentences(b[1]):
                trap_check(s)
        elif k == "ul":
            for i in b[1]:
                for s in sentences(i):
                    trap_check(s)
        elif k == "gh":
            add_stated(b[2], b[3], "heading")
        elif k == "gh2":
            add_stated(b[2], b[3], "heading")
        elif k == "jl":
            for a, g in b[1]:
                add_stated(a, g, "judgement list")
        elif k == "table":
            _, cap, header, rows, gc = b
            if cap:
                trap_check(cap)
            trap_check(row_line(header))
            for r in rows:
                if gc:
                    add_stated(r[gc[0]], r[gc[1]], "table")
                else:
                    trap_check(row_line(r))
    return {"publisher": mod.PUBLISHER, "grades_stated": stated, "grade_traps": traps}


def main(names=None):
    mods = sorted((HERE / "content").glob("*.py"))
    for path in mods:
        mod = load(path)
        if names and mod.NAME not in names:
            continue
        txt = render_txt(mod.BLOCKS)
        (HERE / f"{mod.NAME}.txt").write_text(txt, encoding="utf-8")
        (HERE / f"{mod.NAME}.html").write_text(render_html(mod), encoding="utf-8")
        if mod.PRODUCER == "docx":
            render_docx(mod, HERE / f"{mod.NAME}.docx")
        g = gold(mod)
        for t in g["grade_traps"]:
            assert t in txt, (mod.NAME, t)
        (HERE / f"{mod.NAME}.gold.json").write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{mod.NAME}: producer={mod.PRODUCER} words={len(txt.split())} "
              f"stated={len(g['grades_stated'])} traps={len(g['grade_traps'])}")


if __name__ == "__main__":
    main(sys.argv[1:] or None)
