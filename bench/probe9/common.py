"""Shared helpers for the probe9 generators (AbiWord, cairo/Pango, LuaLaTeX).

Sentence markup: a sentence string is plain Unicode (curly quotes, en and em dashes, "£", U+2009
THIN SPACE inside numbers such as "12 400", U+00A0 for a tie).  It may carry footnotes as
``^[footnote text]`` at the point where the call marker is printed (straight after the full stop,
or glued to a word inside the sentence).  Each generator turns the same string into AbiWord XML, Pango
markup or LaTeX and adds it to the gold, so the two cannot drift.  The gold text of a sentence is the string
with every ``^[...]`` removed and its whitespace normalised (U+2009 and U+00A0 become a plain
space).
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
HERE = os.path.dirname(os.path.abspath(__file__))


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

    def write(self):
        path = os.path.join(HERE, self.name + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(self.items)


def sentences(*sents):
    """Join marked-up sentences into one paragraph string (single spaces)."""
    return " ".join(sents)


EPOCH = 1767225600   # 2026-01-01T00:00:00Z, for SOURCE_DATE_EPOCH
