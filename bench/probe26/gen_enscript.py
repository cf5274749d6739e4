"""probe26 'e' files: GNU enscript 1.6.5.90 lays the text out (word wrap, page breaks,
running header from a fancy-header file) as PostScript, and pstoedit 3.78's own PDF driver
(`-f pdf`) writes the PDF (Ghostscript is only pstoedit's PostScript interpreter; the PDF
objects are pstoedit's).  Paragraphs are single input lines that enscript wraps itself;
fonts, shading and page breaks are enscript's ^@ escapes (the escape character is NUL).
Both tools run under faketime (TZ=UTC) at the document's date."""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

E = "\0"
BODY = "Times-Roman11"
NOTE = "Times-Roman7"


def esc_font(f):
    return E + "font{" + f + "}"


def sentence_text(s, notes):
    out = []
    for kind, t in common.pieces(s):
        if kind == "text":
            out.append(t)
        else:
            notes.append(t)
            out.append(esc_font(NOTE) + str(len(notes)) + esc_font(BODY))
    return "".join(out)


def render_blocks(blocks, notes, lines):
    for b in blocks:
        k = b[0]
        if k == "kicker":
            lines += [esc_font("Helvetica10") + b[1] + esc_font(BODY)]
        elif k == "title":
            lines += [esc_font("Helvetica-Bold18") + b[1] + esc_font(BODY)]
        elif k == "date":
            lines += [esc_font("Helvetica10") + b[1] + esc_font(BODY), ""]
        elif k == "notice":
            lines += [esc_font("Times-Italic11") + common.NOTICE + esc_font(BODY), ""]
        elif k == "h":
            f = "Helvetica-Bold14" if b[1] == 1 else "Helvetica-Bold11"
            lines += [esc_font(f) + b[2] + esc_font(BODY), ""]
        elif k == "p":
            lines += [" ".join(sentence_text(s, notes) for s in b[1]), ""]
        elif k == "bullets":
            if b[1]:
                lines += [sentence_text(b[1], notes)]
            mark = {"dot": "\xb7", "dash": "-"}[b[3]]
            for it in b[2]:
                lines += ["   " + esc_font("Times-Bold11") + mark + esc_font(BODY) + "  "
                          + sentence_text(it, notes)]
            lines += [""]
        elif k == "numbered":
            for label, sents in b[1]:
                lines += [esc_font("Times-Bold11") + label + esc_font(BODY) + "   "
                          + " ".join(sentence_text(s, notes) for s in sents), ""]
        elif k == "table":
            w0 = max(len(r[0]) for r in [b[1]] + b[2]) + 2
            lines += [esc_font("Courier-Bold9") + E + "shade{0.85}"
                      + b[1][0].ljust(w0) + "| " + b[1][1] + E + "shade{1.0}"]
            for r in b[2]:
                lines += [esc_font("Courier9") + r[0].ljust(w0) + "| " + r[1]]
            lines += [esc_font(BODY), ""]
        elif k == "box":
            lines += [E + "shade{0.9}" + esc_font("Helvetica-Bold10") + b[1]
                      + esc_font(BODY)]
            sub = []
            render_blocks(b[2], notes, sub)
            lines += [x for x in sub if x] + [E + "shade{1.0}", ""]
        elif k in ("letterhead",):
            lines += [esc_font("Helvetica-Bold10") + b[1][0]]
            lines += [esc_font("Helvetica9") + x for x in b[1][1:]]
            lines += [esc_font(BODY), ""]
        elif k in ("address",):
            lines += list(b[1]) + [""]
        elif k == "signoff":
            lines += [b[1][0], "", ""] + list(b[1][1:]) + [""]
        elif k == "line":
            if b[1] == "subject":
                lines += [esc_font("Times-Bold11") + b[2] + esc_font(BODY), ""]
            elif b[1] == "date":
                lines += [b[2], ""]
            else:
                lines += [b[2], ""]
        elif k == "pagebreak":
            lines += [E + "newpage{}"]
        else:
            raise ValueError(k)


HDR = r"""% probe26 fancy header for enscript
% -- code follows this line --
%HeaderHeight: 30
%FooterHeight: 26
%Format: pagestr	$%
/do_header {
  gsave
    /Helvetica findfont 8 scalefont setfont
    HEADER_CODE
    d_header_x d_footer_y 6 add moveto (FOOTER) show
    d_header_x d_header_w add (Page ) stringwidth pop pagestr stringwidth pop add sub
      d_footer_y 6 add moveto (Page ) show pagestr show
  grestore
} def
"""
HEADER_CODE = (r"d_header_x d_header_y 12 add moveto (HEADER) show "
               r"0.5 setlinewidth d_header_x d_header_y 8 add moveto d_header_w 0 rlineto "
               r"stroke")


def ps_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def build(stem, doc, work):
    meta, blocks = doc["meta"], doc["blocks"]
    notes, lines = [], []
    render_blocks(blocks, notes, lines)
    if notes:
        lines += [esc_font("Helvetica-Bold11") + "Notes" + esc_font(NOTE), ""]
        for i, n in enumerate(notes, 1):
            lines += [esc_font("Times-Roman9") + str(i) + "  " + n]
    text = "\n".join(lines) + "\n"
    home = os.path.join(work, "home")
    os.makedirs(os.path.join(home, ".enscript"), exist_ok=True)
    hdr = HDR.replace("HEADER_CODE", HEADER_CODE.replace("HEADER", ps_str(meta["header"]))
                      if meta["header"] else "")
    hdr = hdr.replace("(FOOTER)", "(" + ps_str(meta["footer"]) + ")")
    with open(os.path.join(home, ".enscript", "probe26.hdr"), "w") as f:
        f.write(hdr)
    src = os.path.join(work, stem + ".txt")
    with open(src, "w", encoding="latin-1") as f:
        f.write(text)
    ps = os.path.join(work, stem + ".ps")
    pdf = os.path.join(common.PDF_DIR, stem + ".pdf")
    env = dict(os.environ, HOME=home, TZ="UTC", LC_ALL="C")
    when = meta["date"] + " 09:30:00"
    subprocess.run(["faketime", when, "enscript", "-q", "-e", "--word-wrap", "-M", "A4",
                    "-f", BODY, "--fancy-header=probe26", "--margins=64:64:30:30",
                    "-t", meta["title"], "-o", ps, src], check=True, env=env)
    subprocess.run(["faketime", when, "pstoedit", "-q", "-f", "pdf", ps, pdf], check=True,
                   env=env, stderr=subprocess.DEVNULL)
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", out).group(1))
    running = []
    if meta["header"]:
        running.append(("header", meta["header"]))
    if meta["footer"]:
        running.append(("footer", meta["footer"]))
    running += [("page-number", f"Page {i}") for i in range(1, pages + 1)]
    # enscript's fonts print the ASCII apostrophe as the glyph quoteright, so the text layer
    # (and so the gold) has a right single quotation mark where the input had "'"
    n = common.write_gold(stem, blocks, running, fix=lambda t: t.replace("'", "\u2019"))
    print(f"{stem}: {pages} pages, {n} gold sentences")


def main():
    os.makedirs(common.PDF_DIR, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="probe26_enscript_") as work:
        for stem, doc in common.DOCS.items():
            if stem.startswith("e"):
                build(stem, doc, work)


if __name__ == "__main__":
    main()
