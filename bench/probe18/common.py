"""Shared helpers for the probe18 generators (rinohtype, HTMLDOC and matplotlib).

Sentence markup: a sentence string is plain Unicode (curly quotes, en dashes, "£", U+00A0 for a
tie or inside numbers such as "1 150").  It may carry a footnote as ``^[footnote text]`` at the
point where the call is printed (straight after the full stop, or glued to a word inside the
sentence).  Each generator prints the same strings it adds to the gold, so the two cannot drift.
The gold text of a sentence is the string with every ``^[...]`` removed and its whitespace
normalised (U+00A0 becomes a plain space).  ``check.py`` and the three generators
(gen_rinoh.py, gen_htmldoc.py, gen_mpl.py) use this file.
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


def para(sents):
    """The printed text of a paragraph given as a list of marked-up sentences."""
    return " ".join(sents)


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
