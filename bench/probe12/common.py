"""Shared helpers for the probe12 generators (iText 5 through Java, ConTeXt MkIV, LibreOffice
Draw/Impress from flat ODF).

Sentence markup: a sentence string is plain Unicode (curly quotes, en and em dashes, "£", U+00A0
for a tie or inside numbers such as "12 400", U+00AD soft hyphens where the generator wants to
allow a line-end hyphen).  It may carry footnotes as ``^[footnote text]`` at the point where the
call marker is printed (straight after the full stop, or glued to a word inside the sentence).
Each generator turns the same string into Java source (iText), ConTeXt source or ODF XML and adds
it to the gold, so the two cannot drift.  The gold text of a sentence is the string with every
``^[...]``, every soft hyphen and every U+200B ZERO WIDTH SPACE removed and its whitespace
normalised (U+2009 and U+00A0 become a plain space).
"""
import html
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
    """Gold form of a marked-up sentence: footnote calls, soft hyphens and zero-width spaces removed,
    whitespace normalised."""
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


class Notes:
    """Numbers footnotes in document order; render() turns a marked-up string into HTML with
    <sup> calls (the note texts are kept in self.items as (number, text))."""

    def __init__(self, cls="fn"):
        self.items = []
        self.cls = cls

    def render(self, s):
        out = []
        for kind, t in pieces(s):
            if kind == "text":
                out.append(html.escape(t, quote=False))
            else:
                self.items.append((len(self.items) + 1, t))
                n = len(self.items)
                out.append(f'<sup id="{self.cls}{n}">{n}</sup>')
        return "".join(out)


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


def breakable(url):
    """A URL with U+200B ZERO WIDTH SPACE after each "/", "-" and "." inside its path, so that a
    producer may break it across lines (the gold keeps the URL whole)."""
    head, _, rest = url.partition("//")
    out = []
    for ch in rest:
        out.append(ch)
        if ch in "/-.":
            out.append(ZWSP)
    return head + "//" + "".join(out)


def xml(s):
    """Escape text for XML (XSL-FO, ODF)."""
    return html.escape(s, quote=False)


def java(s):
    """A Java string literal for s (non-ASCII as \\uXXXX escapes)."""
    out = []
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\u%04x" % ord(ch))
    return '"' + "".join(out) + '"'


TEX_ESC = {"&": "\\&", "%": "\\%", "$": "\\$", "#": "\\#", "_": "\\_", "{": "\\{",
           "}": "\\}", "~": "\\lettertilde{}", "^": "\\letterhat{}", "\\": "\\letterbackslash{}",
           "\u00a0": "~", "\u00ad": "\\-", "\u200b": "\\allowbreak{}"}


def tex(s):
    """Escape plain text for ConTeXt (no-break space becomes a tie, soft hyphen a discretionary)."""
    return "".join(TEX_ESC.get(ch, ch) for ch in s)
