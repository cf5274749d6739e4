"""Shared helpers for the probe23 generators (Syncfusion Essential JS 2 PDF, Ipe, PDF::Create).

Sentence markup: a sentence string is plain Unicode (curly quotes, en dashes, "£", U+00A0 for a
tie or inside numbers such as "1 150").  It may carry a footnote as ``^[footnote text]`` at the
point where the call is printed (straight after the full stop, or glued to a word inside the
sentence), and soft hyphens (U+00AD) where the line breaker may break a word at a line end.
Each generator prints the same strings it adds to the gold, so the two cannot drift.  The gold
text of a sentence is the string with every ``^[...]`` and every soft hyphen removed and its
whitespace normalised (U+00A0 becomes a plain space).  ``check.py`` and the three generators
(gen_syncfusion.py, gen_ipe.py, gen_pdfcreate.py) use this file.
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
SHY = "\u00ad"
HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")


def plain(s):
    """Gold form of a marked-up sentence: footnote calls and soft hyphens removed, whitespace
    normalised."""
    return " ".join(FN.sub("", s).replace(SHY, "").split())


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


class Gold:
    """Collects gold sentences in reading order."""

    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, *sents):
        for s in sents:
            g = plain(s)
            assert g, "empty gold sentence"
            assert "^[" not in g and "]" not in g, g
            assert g not in self.items, "duplicate gold sentence: " + g
            self.items.append(g)
        return sents

    def write(self):
        path = os.path.join(HERE, self.name + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(self.items)


_WORD = re.compile(r"[A-Za-z]{8,}")
_HYPHENATOR = []


def soft(s):
    """s with soft hyphens at the hyphenation points of its words of eight letters or more
    (Pyphen's en_GB patterns, at least three letters either side), never inside a footnote's
    text.  The line breakers may break a word at a soft hyphen and print a hyphen there; the
    gold never contains them."""
    if not _HYPHENATOR:
        import pyphen  # only the generators need it
        _HYPHENATOR.append(pyphen.Pyphen(lang="en_GB", left=3, right=3))
    hy = _HYPHENATOR[0]

    def word(m):
        return hy.inserted(m.group(), hyphen=SHY)

    out, pos = [], 0
    for m in FN.finditer(s):
        out.append(_WORD.sub(word, s[pos:m.start()]))
        out.append(m.group())
        pos = m.end()
    out.append(_WORD.sub(word, s[pos:]))
    return "".join(out)
