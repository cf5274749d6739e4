"""Render the p* documents of common.DOCS with pylopdf (PyPI, Rust core built on lopdf).

pylopdf breaks and justifies the lines itself (Page.insert_textbox); this script only stacks
blocks down the page.  It measures a block by drawing it first on a scratch page of a scratch
document (insert_textbox returns the unused height), then draws it for real, moving to a new
page when it would not fit above the footnotes.  Calls are WinAnsi superscript digits glued to
the word; notes go to the foot of the call's page under a short rule.
"""
import os
import sys

import common
import pylopdf

W, H = 595.0, 842.0
LM, RM, TOP, BOT = 62.0, 62.0, 70.0, 70.0
SUP = "¹²³⁴"
J, L = pylopdf.TEXT_ALIGN_JUSTIFY, pylopdf.TEXT_ALIGN_LEFT


def measure(text, width, size, font, align=L):
    d = pylopdf.open()
    p = d.new_page()
    left = p.insert_textbox((0, 0, width, 2000), text, fontsize=size, fontname=font,
                            align=align, lineheight=1.3)
    d.close()
    return 2000 - left


class Doc:
    def __init__(self, meta):
        self.meta, self.doc, self.page, self.pno = meta, pylopdf.open(), None, 0
        self.ncall = 0
        self.new_page()

    def new_page(self, furniture=True):
        self.page = self.doc.new_page(width=W, height=H)
        self.pno += 1
        self.y = TOP
        self.notes = []
        if furniture:
            if self.meta["header"]:
                self.page.insert_text((LM, 40), self.meta["header"], fontname="helv",
                                      fontsize=8.5, color=(0.25, 0.25, 0.45))
                self.page.draw_line((LM, 46), (W - RM, 46), color=(0.25, 0.25, 0.45),
                                    width=0.5)
            if self.meta["footer"]:
                self.page.insert_text((LM, H - 36), self.meta["footer"], fontname="helv",
                                      fontsize=8)
            num = str(self.pno)
            self.page.insert_text((W - RM - 6 * len(num), H - 36), num, fontname="hebo",
                                  fontsize=9)

    def foot_reserve(self):
        return sum(measure(n, W - LM - RM - 10, 8, "tiro") + 2 for n in self.notes) + \
            (10 if self.notes else 0)

    def room(self, h, new_notes=()):
        extra = sum(measure(n, W - LM - RM - 10, 8, "tiro") + 2 for n in new_notes)
        if new_notes and not self.notes:
            extra += 10
        if self.y + h > H - BOT - self.foot_reserve() - extra:
            self.flush_notes()
            self.new_page()

    def flush_notes(self):
        if not self.notes:
            return
        hs = [measure(n, W - LM - RM - 10, 8, "tiro") for n in self.notes]
        y = H - BOT + 8 - sum(h + 2 for h in hs)
        self.page.draw_line((LM, y - 5), (LM + 120, y - 5), width=0.5)
        for num, n, h in zip(self.notes_num, self.notes, hs, strict=False):
            self.page.insert_text((LM, y + 6), num, fontname="tiro", fontsize=8)
            self.page.insert_textbox((LM + 10, y, W - RM, y + h + 1), n, fontname="tiro",
                                     fontsize=8, lineheight=1.3)
            y += h + 2
        self.notes = []
        self.notes_num = []

    def text(self, s_list, x0=LM, x1=W - RM, size=10.5, font="tiro", align=J, gap=8):
        """Draw a paragraph made of marked-up sentences."""
        out, notes = [], []
        for s in s_list:
            for kind, t in common.pieces(s):
                if kind == "text":
                    out.append(t)
                else:
                    notes.append(t)
                    out.append(SUP[self.ncall + len(notes) - 1])
            out.append(" ")
        text = "".join(out).strip()
        h = measure(text, x1 - x0, size, font, align)
        self.room(h, notes)
        self.page.insert_textbox((x0, self.y, x1, self.y + h + 1), text, fontsize=size,
                                 fontname=font, align=align, lineheight=1.3)
        for n in notes:
            self.ncall += 1
            if not self.notes:
                self.notes_num = []
            self.notes.append(n)
            self.notes_num.append(str(self.ncall))
        self.y += h + gap
        return h

    def finish(self, path):
        self.flush_notes()
        self.doc.set_metadata({"title": self.meta["title"], "author": "probe27",
                               "creator": "probe27 gen_pylopdf.py (pylopdf 0.15.0)",
                               "producer": "pylopdf " + pylopdf.__version__})
        self.doc.save(path)


def render_blocks(d, blocks, x0=LM, x1=W - RM):
    for b in blocks:
        k = b[0]
        if k == "kicker":
            d.page.insert_text((x0, d.y + 10), b[1], fontname="hebo", fontsize=10,
                               color=(0.1, 0.45, 0.45))
            d.y += 20
        elif k == "title":
            h = measure(b[1], x1 - x0, 20, "hebo")
            d.page.insert_textbox((x0, d.y, x1, d.y + h + 1), b[1], fontname="hebo",
                                  fontsize=20, lineheight=1.3, color=(0.05, 0.1, 0.35))
            d.y += h + 4
        elif k == "date":
            d.page.insert_text((x0, d.y + 10), b[1], fontname="helv", fontsize=11)
            d.y += 26
        elif k == "notice":
            h = measure(common.NOTICE, x1 - x0, 9.5, "tiit")
            d.page.insert_textbox((x0, d.y, x1, d.y + h + 1), common.NOTICE, fontname="tiit",
                                  fontsize=9.5, lineheight=1.3)
            d.y += h + 12
        elif k == "h":
            size = 14 if b[1] == 1 else 11.5
            d.room(size * 5)
            d.y += 4
            h = measure(b[2], x1 - x0, size, "hebo")
            d.page.insert_textbox((x0, d.y, x1, d.y + h + 1), b[2], fontname="hebo",
                                  fontsize=size, lineheight=1.3, color=(0.05, 0.1, 0.35))
            d.y += h + 4
        elif k == "p":
            d.text(b[1], x0, x1)
        elif k == "bullets":
            if b[1]:
                d.text([b[1]], x0, x1, gap=4)
            for item in b[2]:
                d.room(14)
                d.page.insert_text((x0 + 6, d.y + 9), "l", fontname="zadb", fontsize=6,
                                   color=(0.05, 0.1, 0.35))
                d.text([item], x0 + 18, x1, align=L, gap=3)
            d.y += 5
        elif k == "numbered":
            for label, sents in b[1]:
                d.room(30)
                d.page.insert_text((x0, d.y + 10), label, fontname="hebo", fontsize=10)
                d.text(sents, x0 + 30, x1)
        elif k == "table":
            header, rows = b[1], b[2]
            ncol = len(header)
            widths = [(x1 - x0) * 0.68] + [(x1 - x0) * 0.32 / (ncol - 1)] * (ncol - 1)
            rh = 18
            d.room(rh * (len(rows) + 1) + 10)
            y = d.y
            for r, row in enumerate([header] + rows):
                x = x0
                if r == 0:
                    d.page.draw_rect((x0, y, x1, y + rh), color=(0.05, 0.1, 0.35),
                                     fill=(0.05, 0.1, 0.35), width=0.5)
                for c, cell in enumerate(row):
                    d.page.draw_rect((x, y, x + widths[c], y + rh), color=(0.3, 0.3, 0.3),
                                     width=0.6)
                    d.page.insert_text((x + 5, y + 12.5), cell,
                                       fontname="hebo" if r == 0 else "helv", fontsize=9.5,
                                       color=(1, 1, 1) if r == 0 else (0, 0, 0))
                    x += widths[c]
                y += rh
            d.y = y + 12
        elif k == "box":
            title, inner = b[1], b[2]
            sents = [s for blk in inner for s in blk[1]]
            text = " ".join(common.plain(s) for s in sents)
            h = measure(text, x1 - x0 - 70 - 24, 10, "helv", L) + 30
            d.room(h + 10)
            d.page.draw_rect((x0 + 70, d.y, x1, d.y + h), color=(0.1, 0.45, 0.45),
                             fill=(0.88, 0.95, 0.94), width=0.8)
            d.page.insert_text((x0 + 82, d.y + 16), title, fontname="hebo", fontsize=10,
                               color=(0.1, 0.45, 0.45))
            d.page.insert_textbox((x0 + 82, d.y + 22, x1 - 12, d.y + h), text,
                                  fontname="helv", fontsize=10, lineheight=1.3)
            d.y += h + 12
        elif k == "cols":
            mid = (x0 + x1) / 2
            y0 = d.y
            s1 = [s for blk in b[1] for s in blk[1]]
            s2 = [s for blk in b[2] for s in blk[1]]
            h1 = d.text(s1, x0, mid - 9, align=L, gap=0)
            d.y = y0
            h2 = d.text(s2, mid + 9, x1, align=L, gap=0)
            d.y = y0 + max(h1, h2) + 10
        elif k in ("letterhead",):
            y = d.y
            for i, line in enumerate(b[1]):
                font, size = ("hebo", 11) if i == 0 else ("helv", 9)
                tw = pylopdf.Font(font).text_length(line, size)
                d.page.insert_text((x1 - tw, y + 12), line, fontname=font, fontsize=size,
                                   color=(0.05, 0.1, 0.35))
                y += 14
            d.page.draw_line((x0, y + 4), (x1, y + 4), color=(0.05, 0.1, 0.35), width=1)
            d.y = y + 20
        elif k in ("address", "signoff"):
            for line in b[1]:
                d.page.insert_text((x0, d.y + 10), line, fontname="tiro", fontsize=10.5)
                d.y += 14
            d.y += 10
        elif k == "line":
            if b[1] == "date":
                tw = pylopdf.Font("tiro").text_length(b[2], 10.5)
                d.page.insert_text((x1 - tw, d.y + 10), b[2], fontname="tiro",
                                   fontsize=10.5)
            else:
                d.page.insert_text((x0, d.y + 10), b[2], fontsize=10.5,
                                   fontname="tibo" if b[1] == "subject" else "tiro")
            d.y += 22
        elif k == "pagebreak":
            d.flush_notes()
            d.new_page(furniture=False)
        elif k == "backcover":
            y = H - 300
            for line in b[1]:
                h = measure(line, 300, 9, "helv")
                d.page.insert_textbox((x0, y, x0 + 300, y + h + 1), line, fontname="helv",
                                      fontsize=9, lineheight=1.3)
                y += h + 8
        else:
            raise ValueError(k)


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    total = 0
    for name, doc in common.DOCS.items():
        if not name.startswith("p"):
            continue
        meta = doc["meta"]
        d = Doc(meta)
        render_blocks(d, doc["blocks"])
        pages = d.pno
        d.finish(os.path.join(common.PDF_DIR, name + ".pdf"))
        running = []
        if meta["header"]:
            running.append(("header", meta["header"]))
        if meta["footer"]:
            running.append(("footer", meta["footer"]))
        has_back = any(b[0] == "backcover" for b in doc["blocks"])
        for i in range(1, pages + 1 - has_back):
            running.append(("page-number", str(i)))
        n = common.write_gold(name, doc["blocks"], running)
        total += n
        print(f"{name}: {pages} pages, {n} gold sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
