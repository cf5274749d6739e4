"""Character-level clean-up shared by the text and PDF readers.

Both readers normalise the same way so that a report read as text and as PDF
gives the same sentences: ligatures, odd quote marks (primes, low quotes) and
dashes, invisible characters, hyphenation at line ends and footnote markers glued
to words. Typographic quotes and apostrophes (‘ ’ “ ”) stay as the report prints
them, so that a quoted finding is the report's exact text; everything that
compares or analyses sentences folds them (``text_key``, ``model_text``).
"""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u00ad": None,  # soft hyphen
        "\x02": None,  # a soft hyphen some producers (fpdf2) write as this control code inside a word
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
        "\ufffe": "-",
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\t": " ",
    }
)

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_RE = re.compile(f"[{SUPERSCRIPTS}]+")
# "victims.9 The force" / "victims.9" at the end: digits glued after sentence punctuation.
_GLUED_AFTER_STOP = re.compile(r"(?<=[a-z\)][.;:,])(\d{1,3})(?=\s+[A-Z\"'(]|\s*$)")
# "picked up.[1] Call handlers", "examined.[12]": a web page's bracketed note reference (its
# digits may have been taken already as a raised mark, leaving "[]")
_BRACKET_REF = re.compile(r"(?<=\S)\[\d{0,3}\](?=[\s.,;:)]|$)")
_SPACES = re.compile(r"[ ]{2,}")
BULLET_CHARS = "•●▪■◦○‣∙·–—*-¬"
#: Every character class that report producers draw bullets with: the usual bullets,
#: geometric shapes (◼ ▪ ●), dingbats (❖ ➢ ✓), arrows, the miscellaneous symbols word
#: processors offer as bullets (♦ ★ ☑ ☞ ⚫), the private-use code points
#: that symbol fonts (Wingdings, Symbol) map their bullets to (U+F0B7, U+F06E, U+F02D …),
#: the Latin-1 sign a Wingdings arrow becomes when a converter sets it in a text font
#: (antiword: "¬", never the start of a line of prose),
#: and C1 control codes, which is what a bitmap (Type 3) bullet glyph with no Unicode
#: mapping comes out as (U+0088 from TeX's generated fonts).
_GLYPH_CODES = "\ue000-\uf8ff\x80-\x9f"  # private use and C1 controls: glyphs, never text
BULLET_CLASS = (
    re.escape(BULLET_CHARS)
    + "\u2043\u2219\u25a0-\u25ff\u2700-\u27bf\u2190-\u21ff\u2b9a-\u2bbf"
    + "\u2605\u2606\u2610-\u2612\u261b\u261e\u2660-\u2667\u26aa\u26ab" + _GLYPH_CODES
)
#: A lettered, roman or numbered list item's marker before an item that goes on in lower
#: case ("a. ask young people …", "(iv) record …", "2. give …"): no sentence starts that
#: way, so the marker is the list's, never the text's.
ENUM_ITEM = re.compile(r"^\s*(?:\(?(?:[a-z]|[ivx]{2,4}|\d{1,2})\)|(?:[a-z]|[ivx]{2,4}|\d{1,2})\.)\s+(?=[a-z‘“'\"])")
#: A bullet a text-mode formatter draws by striking "+" over "o" (nroff's bullet, as
#: mandoc and man pages print it): the two letters at one place, then the item.
OVERSTRUCK_BULLET = r"(?:\+o|o\+)\s+(?=\S)"
_BULLET_RE = re.compile(rf"^\s*(?:[{BULLET_CLASS}]\s*|o\s+(?=\S)|{OVERSTRUCK_BULLET}|\(?[a-z]\)\s+|\(?\d{{1,2}}[.)]\s+|\d{{1,3}}\.(?=[A-Z]))"
                        rf"|{ENUM_ITEM.pattern}")
#: Private-use code points (and C1 control codes) left inside a line are glyphs of a
#: symbol font or unmapped bitmaps, not text.
_PRIVATE_USE = re.compile(f"[{_GLYPH_CODES}]")


def _singletons() -> dict[int, str]:
    """Characters that Unicode treats as another single one (NFC): U+037E, the Greek
    question mark, is a semicolon; U+2000 is an en quad; U+212B the angstrom sign is Å."""
    table: dict[int, str] = {}
    for code in range(0x300, 0x10000):
        ch = chr(code)
        nfc = unicodedata.normalize("NFC", ch)
        if len(nfc) == 1 and nfc != ch:
            table[code] = nfc
    return table


_SINGLETONS = _singletons()


def canonical(text: str) -> str:
    """The line as Unicode says it reads, one character for one: some fonts map the
    semicolon to U+037E (PDFium's Liberation fonts), which looks the same but ends no
    list item for a rule that looks for ";". Character positions are kept."""
    return text.translate(_SINGLETONS)


def clean_chars(text: str) -> str:
    """Normalise characters without changing what the words say."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    if _PRIVATE_USE.search(text):
        text = _SPACES.sub(" ", _PRIVATE_USE.sub(" ", text))
    return text


def strip_footnote_markers(text: str) -> tuple[str, list[str]]:
    """Remove footnote markers glued to words; return the clean text and the markers.

    Superscript digits are always markers. Plain digits count only right after
    sentence punctuation and before the next sentence or the end of the block, where
    a real number cannot stand ("victims.9 The force").
    """
    markers: list[str] = []

    def _take(m: re.Match[str]) -> str:
        markers.append(m.group(0))
        return ""

    text = _SUPER_RE.sub(_take, text)
    text = _GLUED_AFTER_STOP.sub(_take, text)
    text = _BRACKET_REF.sub(_take, text)
    return text, markers


_LINE_END_HYPHEN = re.compile("[\u2011\ufffe]$")
#: Punctuation that closes what comes before it, then a space: a line never starts with it
#: in prose (".5 per cent", ".NET" and "..." are not it).
_CLOSING = re.compile(r"^(?!\.\.)[.,;:!?)\]]{1,2}(?:\s|$)")
_LINE_END_BREAK = re.compile("([A-Za-z]+)([-\u2010])$")


_DRAWN_SOFT_HYPHEN = re.compile("\u00ad(?=\\S)")


def drawn_hyphens(line: str) -> str:
    """A PDF line's soft hyphens inside the line, which were drawn, as hyphens.

    A PDF's text layer holds only what was drawn, and a soft hyphen is drawn only
    where it breaks a word at the line end; yet some desktop-publishing producers
    (Scribus) map their hyphen glyph to U+00AD, so "non\u00ademergency" inside a line
    is "non-emergency". One at the line end is left for :func:`join_lines`.
    """
    return _DRAWN_SOFT_HYPHEN.sub("-", line) if "\u00ad" in line else line


#: The end of a web address that a line broke: "https://www.justiceinspectorates." /
#: "gov.uk/…". Producers break long addresses after a dot, slash or hyphen (Word and
#: LibreOffice at their own break points, FOP and typesetters wherever a zero-width space
#: lets them); the address goes on with no space and keeps its hyphen.
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*[./\-_=&?#~]$")
#: A space the text layer holds inside an address, after one of its separators (a drawn
#: zero-width break), or before the full stop that ends the sentence after it.
_URL_GAP = re.compile(r"((?:https?://|\bwww)\S*?[./\-_=&?#~])\s+(?=[a-z0-9])")
_URL_STOP = re.compile(r"((?:https?://|www\.)\S*/)\s+(?=[.,;:](?:\s|$))")


def join_url_breaks(text: str) -> str:
    """``text`` with the spaces inside web addresses taken out (:data:`_URL_GAP`)."""
    if "http" not in text and "www." not in text:
        return text
    while True:
        joined = _URL_STOP.sub(r"\1", _URL_GAP.sub(r"\1", text))
        if joined == text:
            return text
        text = joined


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines into one paragraph, re-joining words hyphenated at line ends.

    A line ending in a hyphen after a lower-case letter, followed by a line starting
    with a lower-case letter, is a hyphenation break unless the first part is a
    common prefix that keeps its hyphen ("well-", "multi-", "anti-" …). A break the
    producer marks as one is read as such: a soft hyphen (U+00AD) always joins the
    word; Chromium draws its breaks at soft hyphens as U+2010 and real hyphens as
    "-", so there the word list alone decides ("re‐view" is "review").
    """
    out = ""
    for raw in lines:
        # a hyphen the reader marked at the line end (U+FFFE) is a hyphen
        line = _LINE_END_HYPHEN.sub("-", raw.strip())
        if not line:
            continue
        if not out:
            out = line
            continue
        m = _LINE_END_BREAK.search(out)
        if _URL_TAIL.search(out) and re.match(r"[a-z0-9]", line):
            out = out + line  # "…/publications/fennick-" "bay-police-…": one address
        elif out.endswith("\u00ad"):
            out = out[:-1] + line  # a soft hyphen shows only where it breaks a word: "Mac-" "Donald"
        elif repeats_hyphen(out, line):
            out = out + line[1:]  # "under-" "-recorded": the compound's hyphen, set again on the next line
        elif _CLOSING.match(line):
            # ". Supervisors …": a word processor broke the line after a raised footnote
            # mark ("promptly¹"), so the mark's sentence ends on the next line
            out = out + line
        elif m and line[:1].islower():
            stem, mark = m.group(1).lower(), m.group(2)
            nxt = re.match(r"[a-z]+", line)
            word = nxt.group(0) if nxt else None
            keep = (mark == "-" and _keeps_prefix(stem, line[:1], word)) or bool(word and _keeps_hyphen(stem, word))
            out = out[:-1] + ("-" if keep else "") + line
        elif out.endswith(("-", "\u2010", "–", "/")) and not out.endswith(" -"):
            out = out + line
        else:
            out = out + " " + line
    return join_url_breaks(_SPACES.sub(" ", out).strip())


_REPEATED_HYPHEN_BEFORE = re.compile(r"[A-Za-z]-$")
_REPEATED_HYPHEN_AFTER = re.compile(r"-[a-z]")


def repeats_hyphen(before: str, line: str) -> bool:
    """Does ``line`` open with the hyphen of a compound that ``before`` broke at ("under-" /
    "-recorded")? Some typesetters repeat a real hyphen at the start of the next line, so
    that it is not taken for hyphenation; such a line is no dash-bulleted item."""
    return _REPEATED_HYPHEN_BEFORE.search(before.rstrip()) is not None and _REPEATED_HYPHEN_AFTER.match(line) is not None


def _keeps_prefix(stem: str, first: str, word: str | None) -> bool:
    """Whether a prefix keeps its hyphen before the next line, which starts with ``first``
    and its word ``word``: "re-" only before a vowel ("re-offending", "re-examine"), as
    English writes it; "re-" "commendations" is one word broken at the line end. Nor does
    any prefix where the two parts make a known word ("in-" "spection", "ex-" "amined",
    "inter-" "views": reports write "interviews", and a word broken at a line end is far
    commoner than a compound no report spells without its hyphen).
    """
    if stem == "re":
        return first in "aeiou"
    if stem not in KEEP_HYPHEN_PREFIXES:
        return False
    if stem in _ALWAYS_HYPHENATED:
        return True  # "co-ordination", "anti-social": as British reports write them
    if word is None:
        return True
    from extractor.read.lexicon import lexicon

    return stem + word not in lexicon()


def _keeps_hyphen(left: str, right: str) -> bool:
    """A line-end hyphen between two known words that do not form a known word is real
    ("decision-making"); otherwise it is hyphenation ("supervi-sion")."""
    from extractor.read.lexicon import lexicon

    lex = lexicon()
    return (left + right) not in lex and left in lex and right in lex


#: Prefixes that keep their hyphen before any word (the others do so unless they and the
#: next line make a known word that the next line alone is not).
_ALWAYS_HYPHENATED = frozenset("anti non multi co cross self well semi".split())
KEEP_HYPHEN_PREFIXES = frozenset(
    "anti well multi non co cross self inter intra pre post re sub under over high low "
    "short long mid semi part full front back one two three four five six seven eight nine "
    "ten twelve year day month week out in on off up down first second third out-of-court "
    "ex vice sex e child e-".split()
)


def is_bullet(line: str) -> bool:
    """True for a line that starts a bullet or numbered list item (or a numbered paragraph:
    "10.Assessments are …" keeps its number out of the text)."""
    return bool(_BULLET_RE.match(line))


def strip_bullet(line: str) -> str:
    """Remove the bullet character or list number from the start of a line."""
    return _BULLET_RE.sub("", line, count=1).strip()
