"""Shared helpers for the probe25 generators (folio, oxidize-pdf, pdf_oxide).

A document is a list of blocks (tuples, see ``walk``).  Sentences are plain Unicode strings
(curly quotes, en dashes, "£"); a sentence may carry a footnote as ``^[note text]`` where the
call is printed (after the full stop, or glued to a word inside the sentence).  Each generator
renders the same blocks it hands to ``write_gold``, so the PDF and the gold cannot drift.

Gold (``NAME.gold.json``): the body sentences in reading order, as probe24's gold files are (a
JSON list of strings; footnote calls removed, whitespace normalised).  Furniture
(``NAME.furniture.json``): the lines a reader must NOT return as sentences (running headers
and footers, page numbers, footnote texts, titles, headings, table cells, letter furniture,
back-cover boilerplate), as a JSON list of {"kind", "text"} objects.

Block kinds:
  ("kicker"|"title"|"date", text)        title block (furniture)
  ("notice",)                             the synthetic-document notice (neither gold nor
                                          furniture: it is a sentence, but not the report's)
  ("h", level, text)                      heading (furniture, kind "heading")
  ("p", [sentence, ...])                  paragraph (gold)
  ("bullets", lead or None, [item, ...], marker)   lead-in and items (gold)
  ("numbered", [(label, [sentence, ...][, [sub-bullet, ...]]), ...])
                                          numbered paragraphs, an item optionally ending in
                                          bullets (labels: furniture)
  ("table", [header cells], [[cells], ...])        table (cells: furniture)
  ("box", title, [blocks])                box or side panel; its sentences are gold where the
                                          box stands
  ("cols", [blocks], [blocks])            two columns; gold is column 1, then column 2
  ("letterhead"|"address"|"signoff", [lines])      letter furniture
  ("line", kind, text)                    one furniture line (date, reference, salutation,
                                          subject, ...)
  ("pagebreak",)
  ("backcover", [lines])                  back cover (furniture)
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")


def plain(s):
    """Gold form of a marked-up sentence: footnote calls removed, whitespace normalised."""
    return " ".join(FN.sub("", s).split())


def pieces(s):
    """Split a marked-up sentence into [('text', str) | ('fn', str)] in order."""
    out, pos = [], 0
    for m in FN.finditer(s):
        if m.start() > pos:
            out.append(("text", s[pos:m.start()]))
        out.append(("fn", m.group(1)))
        pos = m.end()
    if pos < len(s):
        out.append(("text", s[pos:]))
    return out


def notes_of(blocks):
    """Footnote texts in order of their calls."""
    out = []

    def visit(s):
        out.extend(FN.findall(s))
    walk(blocks, sentence=visit)
    return out


def walk(blocks, sentence=None, furniture=None):
    """Visit the sentences (gold, in reading order) and furniture lines of ``blocks``."""
    def s_(x):
        if sentence:
            sentence(x)

    def f_(kind, x):
        if furniture:
            furniture(kind, x)

    for b in blocks:
        k = b[0]
        if k in ("kicker", "title", "date"):
            f_("title", b[1])
        elif k == "h":
            f_("heading", b[2])
        elif k == "p":
            for x in b[1]:
                s_(x)
        elif k == "bullets":
            if b[1]:
                s_(b[1])
            for x in b[2]:
                s_(x)
        elif k == "numbered":
            for item in b[1]:
                f_("label", item[0])
                for x in item[1]:
                    s_(x)
                for x in (item[2] if len(item) > 2 else ()):
                    s_(x)
        elif k == "table":
            for c in b[1]:
                f_("table", c)
            for row in b[2]:
                for c in row:
                    f_("table", c)
        elif k == "box":
            if b[1]:
                f_("heading", b[1])
            walk(b[2], sentence, furniture)
        elif k == "cols":
            walk(b[1], sentence, furniture)
            walk(b[2], sentence, furniture)
        elif k in ("letterhead", "address", "signoff", "backcover"):
            for x in b[1]:
                f_(k, x)
        elif k == "line":
            f_(b[1], b[2])
        elif k in ("notice", "pagebreak"):
            pass
        else:
            raise ValueError("unknown block " + k)


def write_gold(name, blocks, running=()):
    """Write NAME.gold.json and NAME.furniture.json; ``running`` is a list of (kind, text)
    for headers, footers and page numbers.  Returns the number of gold sentences."""
    gold, furn = [], []

    def add(s):
        g = plain(s)
        assert g and "^[" not in g and "]" not in g, g
        assert g not in gold, "duplicate gold sentence: " + g
        gold.append(g)

    def addf(kind, text):
        t = " ".join(text.split())
        if t and {"kind": kind, "text": t} not in furn:
            furn.append({"kind": kind, "text": t})

    walk(blocks, add, addf)
    for n in notes_of(blocks):
        addf("footnote", n)
    for kind, text in running:
        addf(kind, text)
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, name + ".furniture.json"), "w", encoding="utf-8") as f:
        json.dump(furn, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(gold)
