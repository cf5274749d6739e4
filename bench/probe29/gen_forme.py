"""probe29 generator for the `f` documents: Forme (PyPI formepdf 0.29.0, a Rust layout and
PDF engine shipped as WebAssembly, run in-process with wasmtime).

Forme does the layout (flexbox), line breaking, justification and PDF writing.  This script
only turns common.py's blocks into Forme's JSON document tree: one Forme page per part between
page breaks, a fixed header and footer ({{pageNumber}}), footnotes in a bordered view at the
foot of the part that calls them, bullets as flex rows, a ruled grade table, a tinted box,
and a two-column flex row.  Calls are small runs glued to the word (Forme has no
baseline shift for text runs: `verticalAlign` is for table cells only).
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from formepdf.templates import _map_style  # noqa: E402
from formepdf.wasm import render_pdf  # noqa: E402

NAVY = "#1d3557"
SERIF, SANS = "Times", "Helvetica"


def st(**kw):
    raw = {k: kw.pop(k) for k in list(kw) if k in ("verticalAlign",)}
    s = _map_style(kw)
    s.update(raw)
    return s


def text(content, runs=None, **style):
    kind = {"type": "Text", "content": content}
    if runs:
        kind["runs"] = runs
    return {"kind": kind, "style": st(**style), "children": []}


def view(children, **style):
    return {"kind": {"type": "View"}, "style": st(**style), "children": children}


def body_text(sentences, notes, size=10.5, align="justify", **style):
    """One paragraph; footnote calls become raised runs."""
    runs = []
    for i, s in enumerate(sentences):
        for kind, val in common.pieces(s):
            if kind == "text":
                runs.append({"content": val})
            else:
                notes.append(val)
                runs.append({"content": str(len(notes)),
                             "style": st(fontSize=6.5)})
        if i < len(sentences) - 1:
            runs.append({"content": " "})
    return text("", runs=runs, fontFamily=SERIF, fontSize=size, textAlign=align,
                lineHeight=1.3, **style)


class Builder:
    def __init__(self, meta):
        self.meta = meta
        self.notes = []          # all notes, numbered through the document
        self.page_notes = []     # notes called in the current part

    def blocks(self, blocks, width_class="main"):
        out = []
        for b in blocks:
            out.extend(self.block(b))
        return out

    def block(self, b):
        k = b[0]
        if k == "kicker":
            return [text(b[1], fontFamily=SANS, fontSize=10, color="#555555",
                         marginBottom=4)]
        if k == "title":
            return [text(b[1], fontFamily=SANS, fontSize=20, fontWeight=700, color=NAVY,
                         marginBottom=6, lineHeight=1.2)]
        if k == "date":
            return [text(b[1], fontFamily=SANS, fontSize=11, marginBottom=10)]
        if k == "notice":
            return [text(common.NOTICE, fontFamily=SERIF, fontSize=9.5, fontStyle="italic",
                         marginBottom=10)]
        if k == "h":
            size = 14 if b[1] == 1 else 11.5
            return [text(b[2], fontFamily=SANS, fontSize=size, fontWeight=700, color=NAVY,
                         marginTop=8, marginBottom=5)]
        if k == "p":
            return [self.para(b[1])]
        if k == "bullets":
            out = []
            if b[1]:
                out.append(self.para([b[1]], marginBottom=3))
            for item in b[2]:
                mark = "\u2022" if b[3] == "bullet" else "\u2013"
                out.append(view([
                    text(mark, fontFamily=SANS, fontSize=10.5, width=14),
                    view([self.para([item], align="left", marginBottom=0)], flex=1),
                ], flexDirection="row", marginBottom=3, marginLeft=10))
            out.append(view([], height=4))
            return out
        if k == "numbered":
            out = []
            for label, sents in b[1]:
                out.append(view([
                    text(label, fontFamily=SANS, fontSize=10, fontWeight=700, width=30),
                    view([self.para(sents, marginBottom=0)], flex=1),
                ], flexDirection="row", marginBottom=7))
            return out
        if k == "table":
            head, rows = b[1], b[2]
            cells = []
            for r, row in enumerate([head] + rows):
                rc = []
                for c, val in enumerate(row):
                    rc.append(view([text(val, fontFamily=SANS, fontSize=9.5,
                                         fontWeight=700 if r == 0 else 400,
                                         color="#ffffff" if r == 0 else "#000000")],
                                   flex=3 if c == 0 else 2, padding=4,
                                   borderRightWidth=0.75 if c == 0 else 0,
                                   borderColor="#444444"))
                cells.append(view(rc, flexDirection="row",
                                  backgroundColor=NAVY if r == 0 else "#ffffff",
                                  borderBottomWidth=0.75 if r < len(rows) else 0,
                                  borderColor="#444444"))
            return [view(cells, borderWidth=0.75, borderColor="#444444", marginBottom=10)]
        if k == "box":
            inner = [text(b[1], fontFamily=SANS, fontSize=10.5, fontWeight=700, color=NAVY,
                          marginBottom=4)] if b[1] else []
            inner += self.blocks(b[2])
            return [view(inner, backgroundColor="#e8eef6", borderLeftWidth=3,
                         borderColor=NAVY, padding=8, marginTop=4, marginBottom=10,
                         marginLeft=24)]
        if k == "cols":
            return [view([view(self.blocks(b[1]), flex=1),
                          view(self.blocks(b[2]), flex=1)],
                         flexDirection="row", gap=18, marginBottom=6)]
        if k in ("letterhead", "address", "signoff"):
            right = k == "letterhead"
            out = [text(x, fontFamily=SANS if right else SERIF,
                        fontSize=9.5 if right else 10.5,
                        fontWeight=700 if right and i == 0 else 400,
                        textAlign="right" if right else "left",
                        color=NAVY if right else "#000000")
                   for i, x in enumerate(b[1])]
            if right:
                out.append(view([], borderBottomWidth=1, borderColor=NAVY, marginTop=4,
                                marginBottom=12))
            else:
                out.append(view([], height=10))
            return out
        if k == "line":
            kind, val = b[1], b[2]
            if kind == "date":
                return [text(val, fontFamily=SERIF, fontSize=10.5, textAlign="right",
                             marginBottom=10)]
            if kind == "subject":
                return [text(val, fontFamily=SERIF, fontSize=10.5, fontWeight=700,
                             marginBottom=8)]
            return [text(val, fontFamily=SERIF, fontSize=10.5, marginBottom=8)]
        raise ValueError(k)

    def para(self, sentences, align="justify", marginBottom=8):
        return body_text(sentences, self.page_notes, align=align, marginBottom=marginBottom)

    def page(self, blocks, number, back=False):
        self.page_notes = self.notes  # numbering runs through the document
        start = len(self.notes)
        if back:
            kids = [view([], flexGrow=1)] + [
                text(x, fontFamily=SANS, fontSize=9, marginBottom=6, lineHeight=1.3)
                for x in blocks[0][1]]
            return {"kind": {"type": "Page", "config": {
                "size": "A4", "margin": {"top": 72, "right": 72, "bottom": 72, "left": 72},
                "wrap": False}}, "style": {}, "children": [view(kids, flexGrow=1)]}, []
        content = self.blocks(blocks)
        new = self.notes[start:]
        running = []
        fixed = []
        if self.meta["header"]:
            fixed.append({"kind": {"type": "Fixed", "position": "Header"}, "style": {},
                          "children": [text(self.meta["header"], fontFamily=SANS,
                                            fontSize=8, color="#555555",
                                            borderBottomWidth=0.5, borderColor="#999999",
                                            paddingBottom=3, marginBottom=14)]})
            running.append(("header", self.meta["header"]))
        fixed.append({"kind": {"type": "Fixed", "position": "Footer"}, "style": {},
                      "children": [view([
                          text(self.meta["footer"], fontFamily=SANS, fontSize=8,
                               color="#555555", flex=1),
                          text("{{pageNumber}}", fontFamily=SANS, fontSize=8)],
                          flexDirection="row", marginTop=10)]})
        running += [("footer", self.meta["footer"]), ("page-number", str(number))]
        kids = fixed[:1] + content
        if new:
            kids.append(view([], flexGrow=1))
            kids.append(view([view([], borderTopWidth=0.5, borderColor="#777777",
                                   width=150, marginBottom=3)] +
                             [text("", runs=[{"content": f"{start + i + 1}",
                                              "style": st(fontSize=6.5)},
                                             {"content": " " + n}],
                                   fontFamily=SERIF, fontSize=8.5, marginTop=2)
                              for i, n in enumerate(new)], marginBottom=30))
        kids += fixed[1:]
        return {"kind": {"type": "Page", "config": {
            "size": "A4", "margin": {"top": 56, "right": 64, "bottom": 56, "left": 64},
            "wrap": False}}, "style": {}, "children": kids}, running


def parts(blocks):
    cur, out = [], []
    for b in blocks:
        if b[0] == "pagebreak":
            out.append(cur)
            cur = []
        else:
            cur.append(b)
    out.append(cur)
    return out


def build(name, doc):
    bld = Builder(doc["meta"])
    pages, running = [], []
    for i, part in enumerate(parts(doc["blocks"])):
        back = part and part[0][0] == "backcover"
        pg, run = bld.page(part, i + 1, back=back)
        pages.append(pg)
        running += run
    tree = {"children": pages,
            "metadata": {"title": doc["meta"]["title"], "author": "probe29",
                         "subject": "Synthetic inspection report (probe29)", "lang": "en-GB"},
            "tagged": True}
    pdf = render_pdf(json.dumps(tree))
    with open(os.path.join(common.PDF_DIR, name + ".pdf"), "wb") as f:
        f.write(pdf)
    n = common.write_gold(name, doc["blocks"], running)
    print(f"{name}: {len(pages)} pages, {n} gold sentences")


if __name__ == "__main__":
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, doc in common.docs_for("f").items():
        build(name, doc)
