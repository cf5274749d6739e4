"""Render the m* documents of common.DOCS with mandoc's own PDF output (mandoc -T pdf).

Each document is written as a man(7) page (.TH, .SH/.SS, .PP, .IP, tbl tables between .TS
and .TE) and formatted by mandoc 1.14.6, which fills and breaks the lines itself (proportional
Times metrics), draws tbl boxes with "+", "-" and "|" characters, overstrikes "+" and "o" for
the \\(bu bullet, prints the .TH header and footer on every page, and writes the PDF with its
own back end.  Footnote calls are digits glued to the sentence end; the notes are endnotes
under a "Notes" section.  mandoc prints the ASCII apostrophe as a right single quote, so the
gold has "’" where common.py has "'".
"""
import os
import subprocess
import sys
import tempfile

import common


def esc(s):
    s = s.replace("\\", "\\e")
    return s


def nb(s):
    """Unbreakable spaces: mandoc's PDF tbl otherwise wraps short cells."""
    return esc(s).replace(" ", "\\~")


def sent_lines(sents, calls):
    out = []
    for s in sents:
        line = ""
        for kind, t in common.pieces(s):
            if kind == "text":
                line += t
            else:
                calls.append(t)
                line += str(len(calls))
        out.append(esc(line.strip()))
    return "\n".join(out)


def tbl_text(sents, calls):
    return "T{\n" + sent_lines(sents, calls) + "\nT}"


def blocks_to_man(blocks, calls):
    out = []
    for b in blocks:
        k = b[0]
        if k == "kicker":
            out += [".PP", "\\fB" + esc(b[1]) + "\\fP"]
        elif k == "title":
            out += [".PP", "\\fB" + esc(b[1]) + "\\fP"]
        elif k == "date":
            out += [".br", esc(b[1])]
        elif k == "notice":
            out += [".PP", "\\fI" + common.NOTICE + "\\fP"]
        elif k == "h":
            out += [(".SH " if b[1] == 1 else ".SS ") + '"' + esc(b[2]) + '"']
        elif k == "p":
            out += [".PP", sent_lines(b[1], calls)]
        elif k == "bullets":
            if b[1]:
                out += [".PP", sent_lines([b[1]], calls)]
            mark = "\\(bu" if b[3] == "bullet" else "\\-"
            for item in b[2]:
                out += [".IP " + mark + " 4", sent_lines([item], calls)]
            out += [".PP"] if False else []
        elif k == "numbered":
            for label, sents in b[1]:
                out += [".IP \\fB" + label + "\\fP 6", sent_lines(sents, calls)]
        elif k == "table":
            out += [".TS", "allbox tab(|);", " ".join("lb" for _ in b[1]),
                    " ".join(["lw(44n)"] + ["lw(24n)"] * (len(b[1]) - 1)) + "."]
            out.append("|".join(nb(c) for c in b[1]))
            for row in b[2]:
                out.append("|".join(nb(c) for c in row))
            out.append(".TE")
        elif k == "box":
            sents = [s for blk in b[2] for s in blk[1]]
            out += [".TS", "box tab(|);", "lw(60n).", "T{\n\\fB" + nb(b[1]) + "\\fP\nT}",
                    tbl_text(sents, calls), ".TE"]
        elif k == "cols":
            s1 = [s for blk in b[1] for s in blk[1]]
            s2 = [s for blk in b[2] for s in blk[1]]
            out += [".TS", "tab(|);", "lw(30n) lw(6n) lw(30n).",
                    tbl_text(s1, calls) + "| |" + tbl_text(s2, calls), ".TE"]
        elif k in ("letterhead", "address", "signoff"):
            out.append(".PP")
            for i, line in enumerate(b[1]):
                if i:
                    out.append(".br")
                bold = k == "letterhead" and i == 0
                out.append(("\\fB" + esc(line) + "\\fP") if bold else esc(line))
        elif k == "line":
            t = esc(b[2])
            if b[1] == "subject":
                t = "\\fB" + t + "\\fP"
            out += [".PP", t]
        else:
            raise ValueError(k)
    return out


def fix(s):
    return s.replace("'", "\u2019")


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    for name, doc in common.DOCS.items():
        if not name.startswith("m"):
            continue
        m = doc["meta"]
        calls = []
        lines = ['.TH {} {} "{}" "{}" "{}"'.format(m["title"], m["section"], m["mdate"],
                                                m["source"], m["manual"])]
        lines += blocks_to_man(doc["blocks"], calls)
        if calls:
            lines += ['.SH "Notes"']
            for i, n in enumerate(calls, 1):
                lines += [f".IP {i}. 4", esc(n)]
        # mandoc -T pdf dropped the last line of m03's sign-off; an empty paragraph after
        # the text keeps every line
        lines += [".PP", "\\&"]
        src = "\n".join(lines) + "\n"
        with tempfile.NamedTemporaryFile("w", suffix=".7", delete=False) as f:
            f.write(src)
        pdf = os.path.join(common.PDF_DIR, name + ".pdf")
        with open(pdf, "wb") as out:
            subprocess.run(["mandoc", "-man", "-T", "pdf", "-O", "paper=a4", f.name],
                           stdout=out, check=True)
        os.unlink(f.name)
        tag = "{}({})".format(m["title"], m["section"])
        running = [("header", tag), ("header", m["manual"]), ("footer", m["source"]),
                   ("footer", m["mdate"])]
        if calls:
            running.insert(0, ("heading", "Notes"))
        n = common.write_gold(name, doc["blocks"], running, fix=fix)
        print(f"{name}: {n} gold sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
