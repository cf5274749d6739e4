"""Shared helpers for the probe15 generators (libharu through C, PoDoFo through C++, and the
hand-written writer in gen_mimic.py).

Sentence markup: a sentence string is plain Unicode (curly quotes, en and em dashes, "£", U+00A0
for a tie or inside numbers such as "12 400", U+00AD soft hyphens where the generator wants to
allow a line-end hyphen).  It may carry footnotes as ``^[footnote text]`` at the point where the
call marker is printed (straight after the full stop, or glued to a word inside the sentence).
Each generator lays the same string out with layout.py and turns it into C (libharu), C++
(PoDoFo) or PDF operators (gen_mimic.py), and adds it to the gold, so the two cannot drift.
The gold text of a sentence is
the string with every ``^[...]``, every soft hyphen and every U+200B ZERO WIDTH SPACE removed and
its whitespace normalised (U+2009 and U+00A0 become a plain space).
"""
import json
import os
import re

NOTICE = ("Synthetic test document: this is not a real inspection report, "
          "and the force it describes is fictional.")

FN = re.compile(r"\^\[([^\]]*)\]")
HERE = os.path.dirname(os.path.abspath(__file__))
SHY = "\u00ad"
ZWSP = "\u200b"


def plain(s):
    """Gold form of a marked-up sentence: footnote calls, soft hyphens and zero-width spaces
    removed, whitespace normalised."""
    return " ".join(FN.sub("", s).replace(SHY, "").replace(ZWSP, "").split())


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


def c_bytes(b):
    """A C string literal for the bytes b (printable ASCII as is, everything else as three-digit
    octal escapes, so that no escape can swallow the character after it)."""
    out = []
    for ch in b:
        if ch in b'"\\?':
            out.append("\\" + chr(ch))
        elif 32 <= ch < 127:
            out.append(chr(ch))
        else:
            out.append(f"\\{ch:03o}")
    return '"' + "".join(out) + '"'


_PATTERNS = None
HYPH_FILE = "/usr/share/texlive/texmf-dist/tex/generic/hyph-utf8/patterns/tex/hyph-en-gb.tex"


def _load_patterns():
    """Liang patterns and exceptions from the hyph-utf8 British English file
    (texlive-lang-english)."""
    global _PATTERNS
    if _PATTERNS is None:
        text = open(HYPH_FILE, encoding="utf-8").read()
        text = "\n".join(line.split("%", 1)[0] for line in text.splitlines())
        pats_src = text[text.index("\\patterns{") + 10:]
        pats_src, _, rest = pats_src.partition("}")
        pats = {}
        for p in pats_src.split():
            letters = "".join(ch for ch in p if not ch.isdigit())
            nums, digit = [], 0
            for ch in p:
                if ch.isdigit():
                    digit = int(ch)
                else:
                    nums.append(digit)
                    digit = 0
            nums.append(digit)
            pats[letters] = nums
        exc = {}
        if "\\hyphenation{" in rest:
            for w in rest[rest.index("\\hyphenation{") + 13:].partition("}")[0].split():
                exc[w.replace("-", "")] = w
        _PATTERNS = (pats, exc)
    return _PATTERNS


def hyphenate_word(word, left=2, right=3):
    """word with U+00AD at the points allowed by the British English TeX patterns."""
    pats, exc = _load_patterns()
    low = word.lower()
    if low in exc:
        out, i = [], 0
        for part in exc[low].split("-"):
            out.append(word[i:i + len(part)])
            i += len(part)
        return SHY.join(out)
    w = "." + low + "."
    points = [0] * (len(w) + 1)
    for i in range(len(w)):
        for j in range(i + 1, len(w) + 1):
            p = pats.get(w[i:j])
            if p:
                for k, v in enumerate(p):
                    points[i + k] = max(points[i + k], v)
    out = []
    for i, ch in enumerate(word):
        if i >= left and len(word) - i >= right and points[i + 1] % 2:
            out.append(SHY)
        out.append(ch)
    return "".join(out)


WORD = re.compile(r"[A-Za-z]{7,}")


def hyphenate(s):
    """Soft hyphens in every plain-letter word of seven letters or more (outside ^[...] notes,
    which are hyphenated too); words already carrying U+00AD or touching a hyphen, a digit or an
    apostrophe are left alone."""
    def fix(m):
        a, b = m.start(), m.end()
        before = s[a - 1] if a else " "
        after = s[b] if b < len(s) else " "
        if before in "-\u2011'’\u00ad/@." or after in "-\u2011'’\u00ad/@" or before.isalnum():
            return m.group(0)
        return hyphenate_word(m.group(0))
    return WORD.sub(fix, s)
