"""Shared helpers for the probe24 generators (Halibut, antiword, genpdf).

Sentence markup: a sentence is a plain Unicode string (curly quotes, en dashes, "£").  It may
carry a footnote as ``^[footnote text]`` at the point where the call is printed (straight after
the full stop, or glued to a word inside the sentence).  Each generator prints the same strings
it adds to the gold, so the two cannot drift.  The gold text of a sentence is the string with
every ``^[...]`` removed and its whitespace normalised.  Used by gen_halibut.py,
gen_antiword.py, gen_genpdf.py and check.py.
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "pdf")
WORK = os.environ.get("PROBE24_WORK", "/tmp/probe24_work")


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
        return sents

    def write(self):
        path = os.path.join(HERE, self.name + ".gold.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return len(self.items)


def workdir(sub):
    """A scratch folder under $PROBE24_WORK (never inside the repo)."""
    d = os.path.join(WORK, sub)
    os.makedirs(d, exist_ok=True)
    return d
