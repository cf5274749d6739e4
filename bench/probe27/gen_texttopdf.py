"""Render the t* documents of common.DOCS with cups-filters' texttopdf filter.

Each document becomes a plain-text job (ASCII, form feed for a new page) that texttopdf
1.28.17 (the CUPS text-to-PDF filter, run directly as a filter, no spooler) lays out in Courier
at 12 characters per inch and 7 lines per inch, with its "prettyprint" header (job title,
date, page number) on every page; it writes the PDF with its own code.  texttopdf only cuts
over-long lines at the margin (in mid-word), so the paragraphs are word-wrapped here at 78
columns, inside the 84 the page holds.  Tables and the call-out box are typed with ASCII rules.
Run under faketime (TZ=UTC) so the printed date and CreationDate are the document's date.
"""
import os
import subprocess
import sys
import tempfile
import textwrap
import time

import common

WIDTH = 78
FILTER = "/usr/lib/cups/filter/texttopdf"
OPTIONS = ("prettyprint cpi=12 lpi=7 page-left=54 page-right=54 page-top=54 "
           "page-bottom=54")


def para(sents, indent="", first=None):
    text = " ".join(common.plain(s) for s in sents)
    return textwrap.wrap(text, WIDTH, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def with_calls(sents, calls):
    out = []
    for s in sents:
        t = ""
        for kind, x in common.pieces(s):
            if kind == "text":
                t += x
            else:
                calls.append(x)
                t += f"[{len(calls)}]"
        out.append(t)
    return out


def render(blocks):
    out, calls = [], []
    for b in blocks:
        k = b[0]
        if k == "kicker":
            out += [b[1]]
        elif k == "title":
            out += [b[1], "=" * len(b[1])]
        elif k == "date":
            out += [b[1], ""]
        elif k == "notice":
            out += para([common.NOTICE]) + [""]
        elif k == "h":
            out += [b[2], "-" * len(b[2]), ""]
        elif k == "p":
            out += para(with_calls(b[1], calls)) + [""]
        elif k == "bullets":
            if b[1]:
                out += para([b[1]]) + [""]
            mark = {"dash": "-", "star": "*"}[b[3]]
            for item in b[2]:
                out += para([item], "    ", f"  {mark} ")
            out += [""]
        elif k == "numbered":
            for label, sents in b[1]:
                out += para(with_calls(sents, calls), " " * 6, label.ljust(6)) + [""]
        elif k == "table":
            rows = [b[1]] + b[2]
            w = [max(len(r[i]) for r in rows) + 2 for i in range(len(b[1]))]
            rule = "+" + "+".join("-" * x for x in w) + "+"
            out.append(rule)
            for i, r in enumerate(rows):
                out.append("|" + "|".join((" " + c).ljust(x) for c, x in zip(r, w, strict=False)) + "|")
                if i == 0:
                    out.append(rule.replace("-", "="))
            out += [rule, ""]
        elif k == "box":
            sents = [s for blk in b[2] for s in blk[1]]
            rule = "    " + "*" * (WIDTH - 8)
            out += [rule, "    " + b[1], ""]
            out += textwrap.wrap(" ".join(common.plain(s) for s in sents), WIDTH - 8,
                                 initial_indent="    ", subsequent_indent="    ",
                                 break_on_hyphens=False)
            out += [rule, ""]
        elif k == "letterhead":
            out += [line.rjust(WIDTH) for line in b[1]] + ["_" * WIDTH, ""]
        elif k in ("address", "signoff"):
            out += list(b[1]) + [""]
        elif k == "line":
            if b[1] == "date":
                out += [b[2].rjust(WIDTH), ""]
            elif b[1] == "subject":
                out += [b[2], ""]
            else:
                out += [b[2], ""]
        elif k == "pagebreak":
            if calls:
                out += notes(calls)
                calls = []
            out.append("\f")
        elif k == "backcover":
            out += [""] * 40
            for line in b[1]:
                out += textwrap.wrap(line, WIDTH, break_on_hyphens=False)
        else:
            raise ValueError(k)
    if calls:
        out += notes(calls)
    return "\n".join(out).replace("\n\f\n", "\f") + "\n"


def fix(s):
    """texttopdf shows the ASCII apostrophe as the glyph quoteright."""
    return s.replace("'", "\u2019")


def notes(calls):
    out = ["NOTES", ""]
    for i, n in enumerate(calls, 1):
        out += textwrap.wrap(n, WIDTH, initial_indent=f"[{i}] ", subsequent_indent="    ")
    return out + [""]


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, doc in common.DOCS.items():
        if not name.startswith("t"):
            continue
        m = doc["meta"]
        text = render(doc["blocks"])
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                         encoding="ascii") as f:
            f.write(text)
        pdf = os.path.join(common.PDF_DIR, name + ".pdf")
        env = dict(os.environ, TZ="UTC", CONTENT_TYPE="text/plain")
        with open(pdf, "wb") as out:
            subprocess.run(["faketime", "-f", m["date"] + " 09:00:00", FILTER, "1",
                            "probe27", m["title"], "1", OPTIONS, f.name], stdout=out,
                           stderr=subprocess.DEVNULL, env=env, check=True)
        os.unlink(f.name)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        pages = int(info.split("Pages:")[1].split()[0])
        # the header prints the job's time in asctime() form
        stamp = time.asctime(time.strptime(m["date"] + " 09:00:00", "%Y-%m-%d %H:%M:%S"))
        running = [("header", m["title"]), ("header", stamp)]
        has_back = any(b[0] == "backcover" for b in doc["blocks"])
        running += [("page-number", str(i)) for i in range(1, pages + 1)]
        has_notes = "^[" in repr(doc["blocks"])
        if has_notes:
            running.insert(0, ("heading", "NOTES"))
        n = common.write_gold(name, doc["blocks"], running, fix=fix)
        print(f"{name}: {pages} pages{' (back cover numbered)' if has_back else ''}, "
              f"{n} gold sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
