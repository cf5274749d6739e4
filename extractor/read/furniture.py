"""Page furniture that is not the report's prose: back covers, licences, addresses.

Government report templates end with a back cover (copyright line, licence
text, "Interested in our work?", a postal address, telephone and email) and some
open with a details table. None of it is a finding, and kept as sentences it
clutters every count. Such blocks are recognised by what they say, whatever the
producer, and set aside as "furniture" (``--debug-layout`` lists them).
A letter's frame (letterhead and addresses above the salutation, the salutation,
the sign-off, signature and copy list) is no finding either; its blocks become
``letter`` blocks, kept for reading the force and date but never sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from extractor.records import Block, ParsedDocument
from extractor.settings import NOTES_END_STEP

_FURNITURE = re.compile(
    r"^\s*©|\bcrown copyright\b|\bcopyright\s+(?:©\s*)?(?:hmic|his|her|crown|\d{4})|open government licence|"
    r"\byou may re-?use this (?:information|document|publication|report)\b|\bfree of charge,? in any format or medium\b|"
    r"nationalarchives\.gov\.uk|\bISBN\b[\s:]*[\d-]{10,}|^\s*(?:enquiries|contact(?: us)?)\s*:\s*\S|"
    r"\bfollow us on\b|\binterested in our work\b|\bsign up (?:to|for) (?:our )?(?:newsletter|alerts)\b|"
    r"\bthis (?:document|report|publication) is (?:also )?available (?:at|on|from|in)\b|"
    r"\b(?:any |please send any )?enquiries (?:regarding|about) this (?:publication|report|document)\b|"
    r"\bthird[- ]party copyright information\b|"
    r"\bprinted on (?:recycled )?paper\b|\bdesigned by\b|\bcover (?:image|photograph)\b|\ball rights reserved\b|"
    r"^\s*(?:tel(?:ephone)?|phone|fax|email|e-mail|web(?:site)?)\s*[:.]\s*\S|"
    r"^\s*(?:our|your) ref(?:erence)?\s*[:.]|"
    # a note set as "[1] …", as converters print Word's footnotes and endnotes
    r"^\s*\[\d{1,3}\]\s+\S|"
    # a web page saved or printed as PDF: its cookie banner, links and feedback prompts
    r"\bcookies?\b|^\W*back to top\b|\b(?:is|was) this page (?:useful|helpful)\b|"
    r"\breport a problem with this page\b|\bwhat you think of this page\b|\btell us how we can improve\b|"
    r"^\W*print this page\b",
    re.I,
)
#: A heading over the report's notes: what follows it, to the next heading, is no finding.
NOTES_HEADING = re.compile(r"^(?:end\s*notes|foot\s*notes|notes|references|sources)$", re.I)
#: A UK postcode on a short line with an address word: a postal address.
# (the second form anchored at the start: unanchored, its leading ".*" is tried from every
# position, quadratic on a long line)
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|^.*\b(?:floor|house|street|square|road|place|london)\b.*\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
)
#: Furniture is short: a long paragraph that mentions copyright is prose.
MAX_FURNITURE_WORDS = 60
#: A postal address line is short: a longer block of a few "words" (a hostile run of digits
#: and commas) is not read as one.
_ADDRESS_MAX_CHARS = 300


#: A contact line that ends a short block, after its last sentence ("This is not a
#: publication of ours. Contact: enquiries@…"); an address inside prose ("report fraud by
#: email: …, and most get a reply") is no such line.
_CONTACT_EMAIL = re.compile(r"(?:^|[.!?]\s+)(?:contact(?: us)?|enquiries|e-?mail)\s*:\s*[\w.+-]+@[\w-]+\.[\w.]+\W*$", re.I)
#: Words a block may have for a contact address in it to make it furniture.
_CONTACT_MAX_WORDS = 20


def is_furniture(text: str) -> bool:
    """Is this block page furniture rather than report prose?"""
    words = len(text.split())
    if words > MAX_FURNITURE_WORDS:
        return False
    if _FURNITURE.search(text):
        return True
    if words <= _CONTACT_MAX_WORDS and _CONTACT_EMAIL.search(text):
        return True
    return words <= 14 and len(text) <= _ADDRESS_MAX_CHARS and bool(_ADDRESS.search(text)) \
        and not text.rstrip().endswith(".")


#: List numbers between a contents list's entries ("Overall summary 2. Responding to the public").
_ENTRY_NUMBER = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?(?=\s|$)")
#: Entries that make a list of headings a contents list, and the share that must be headings.
_CONTENTS_MIN_ENTRIES = 3
_CONTENTS_SHARE = 0.75


def _key(text: str) -> str:
    """A heading or entry without case, punctuation or its section number."""
    return re.sub(r"[^a-z0-9]+", " ", _ENTRY_NUMBER.sub(" ", text.lower())).strip()


def _contents_entries(blocks: list[Block]) -> set[int]:
    """Blocks that list the report's own later headings: a contents list without page
    numbers (a web page's, with its list numbers run in), whether the entries came as one
    block or one block each."""
    # a contents list names headings wherever it stands (a web page's "On this page" box may
    # be read after the section it lists)
    later: set[str] = {_key(b.text) for b in blocks if b.kind == "heading"}
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) >= _CONTENTS_MIN_ENTRIES:
            out.update(run)
        run.clear()

    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.kind == "heading":
            close()
            continue
        entries = [_key(e) for e in _ENTRY_NUMBER.split(b.text) if _key(e)]
        hits = sum(1 for e in entries if e in later)
        # items of a list of judgements ("… in five areas:" / "responding to the public;") name
        # later headings too, but end as list items do
        listed = ";" in b.text or b.text.rstrip().endswith((",", " and", " or"))
        if listed:
            close()
        elif len(entries) >= _CONTENTS_MIN_ENTRIES and hits >= _CONTENTS_SHARE * len(entries):
            close()
            out.add(i)
        elif len(entries) == 1 and hits == 1:
            run.append(i)
        else:
            close()
    close()
    return out


#: A licence and a contact in the publisher's own words ("This document is published under
#: an open licence and may be reused without charge. Any enquiries about it should be sent
#: to …"): back matter, but only on a page that is otherwise a back cover; in a report's
#: prose the same words can be findings ("community groups use the information, which is
#: published under an open licence"), so they are no furniture anywhere else.
_BACK_MATTER = re.compile(
    r"\b(?:document|report|publication)\b[^.]{0,40}\b(?:is (?:published|available|released) under (?:an|the) "
    r"(?:open|creative commons)\b|may be re-?used (?:free of|without) charge)|"
    r"\bany enquiries (?:about|regarding|concerning) (?:it|this|the (?:report|document|publication))\b"
    r"[^.]{0,40}\b(?:sent|addressed|directed|made)\s+to\b", re.I)


#: A back cover holds little: at most this many words besides its furniture, none in a
#: block longer than ``BACK_COVER_BLOCK_WORDS`` (a report's closing paragraph is longer).
BACK_COVER_MAX_WORDS = 100
BACK_COVER_BLOCK_WORDS = 25


def _back_cover(blocks: list[Block]) -> int | None:
    """The last page, when it is a back cover; else None.

    Every template's back cover has a copyright line or licence, but the rest of its
    wording (what the licence allows, where to write, a note that the text is made up)
    differs from one publisher and year to the next. Next to a line recognised as
    furniture, the page's other short lines are taken with it: the last page of a
    document of several, holding only short blocks, no heading of its own and no letter's
    sign-off.
    """
    last = blocks[-1].page if blocks else None
    if last is None or last <= 1:  # a text file has no pages
        return None
    on = [b for b in blocks if b.page == last]
    furniture = [is_furniture(b.text) or (len(b.text.split()) <= MAX_FURNITURE_WORDS and bool(_BACK_MATTER.search(b.text)))
                 for b in on]
    if not any(furniture):
        return None
    rest = [b for b, f in zip(on, furniture, strict=True) if not f]
    if any(b.kind == "heading" or len(b.text.split()) > BACK_COVER_BLOCK_WORDS or _SIGN_OFF.search(b.text)
           for b in rest):
        return None
    return last if sum(len(b.text.split()) for b in rest) <= BACK_COVER_MAX_WORDS else None


def usual_size(sized: Iterable[tuple[float, str]]) -> float | None:
    """The type size (to a tenth of a point) most of the text is set in, counted by
    characters; None when there is no text. The layout's body size for a document, a page's
    for drawn bullets and the paragraphs' for a notes label are all this."""
    weight: Counter[float] = Counter()
    for size, text in sized:
        weight[round(size, 1)] += len(text)
    return weight.most_common(1)[0][0] if weight else None


def body_size(blocks: list[Block]) -> float:
    """The type size most of the report's paragraphs are set in (0 where no block has a size)."""
    return usual_size((b.size, b.text) for b in blocks if b.kind in ("para", "bullet") and b.size) or 0.0


def drop_furniture(doc: ParsedDocument) -> None:
    """Set furniture blocks aside (kept in ``doc.dropped`` for the debug view)."""
    contents = _contents_entries(doc.blocks)
    doc.dropped.extend((doc.blocks[i].page, "contents", doc.blocks[i].text) for i in sorted(contents))
    doc.blocks = [b for i, b in enumerate(doc.blocks) if i not in contents]
    back = _back_cover(doc.blocks)
    if back is not None:
        doc.dropped.extend((b.page, "back cover", b.text) for b in doc.blocks if b.page == back)
        doc.blocks = [b for b in doc.blocks if b.page != back]
    kept: list[Block] = []
    notes = False
    # "Notes" set in the notes' small type, not as a heading of the report: the notes end
    # at the first block in larger type (the report goes on with no heading between)
    body = body_size(doc.blocks)
    small_notes: float | None = None
    for i, b in enumerate(doc.blocks):
        if b.kind == "heading":
            notes = bool(NOTES_HEADING.match(b.text.strip()))
            small_notes = b.size if notes and b.size and b.size < body else None
        elif notes and small_notes is not None and (b.size or 0) > small_notes + NOTES_END_STEP:
            notes = False
        if notes or (b.kind in ("para", "bullet", "heading") and is_furniture(b.text)):
            doc.dropped.append((b.page, "notes" if notes else "furniture", b.text))
            continue
        after = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if kept and _attribution(kept[-1], b, after):
            doc.dropped.append((b.page, "quote attribution", b.text))
            continue
        kept.append(b)
    doc.blocks = mark_letter_frame(kept)


#: What closes a quotation: a closing quotation mark, after the quote's own full stop or not.
_QUOTE_END = re.compile(r"[”\"’']\s*$")
#: A quotation's attribution: a few words naming who spoke, no sentence of its own.
_ATTRIBUTION_WORDS = 8


def _attribution(before: Block, b: Block, after: Block | None) -> bool:
    """Is ``b`` the line under a quotation that says who said it ("Response sergeant,
    focus group", "— Resident, Lindley ward")? A few words with no sentence end, straight
    after a paragraph: one that closes a quotation mark, or, where the quotation is set
    off by its indent alone and the attribution opens with a dash (read as a list of one
    item), any paragraph that introduces no list."""
    text = b.text.strip().lstrip("—–-― ").strip()
    # (a sentence end inside the closing mark ends a sentence: 'She added: "Too many victims
    # are let down."' is a quotation of its own, not the name of who spoke)
    if not (before.kind == "para" and 0 < len(text.split()) <= _ATTRIBUTION_WORDS and text[:1].isupper()
            and not text.rstrip("”\"’'").endswith((".", "!", "?", ":", ";", ","))):
        return False
    if b.kind == "para":
        return bool(_QUOTE_END.search(before.text))
    lone_item = after is None or after.kind != "bullet"
    return b.kind == "bullet" and lone_item and not before.text.rstrip().endswith(":")


#: The kind of the blocks of a letter's frame.
LETTER = "letter"
#: "Dear Chief Constable,", "Dear Mr Rennick,", "Dear Sarah," (what comes before it in the
#: same block is the letterhead run into it).
_SALUTATION = re.compile(
    r"^(?P<head>(?:.*\s)?Dear\s+(?:Chief\s+Constable|Commissioner|Sir\s+or\s+Madam|Sir|Madam|"
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof|Dame|Lord|Lady|Sir)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z]+)"
    r"(?:\s+[A-Z][\w'’-]+){0,2}\s*,)\s*(?P<rest>.*)$", re.S)
_SIGN_OFF = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<off>(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|"
                       r"best\s+wishes|with\s+best\s+wishes)\b.*)$", re.I | re.S)
_COPY_LIST = re.compile(r"^\s*(?:cc|copy(?:\s+to)?)\s*[:.]", re.I)
#: Lines of an address, a name or a title: short, and no sentence.
_FRAME_LINE_WORDS = 14
#: A letter's salutation comes within its first blocks.
_SALUTATION_WITHIN = 30


def is_salutation(text: str) -> bool:
    """Is ``text`` a letter's salutation and nothing else ("Dear Chief Constable,")? It ends
    its line though it ends no sentence: a bold subject line under it is a heading."""
    m = _SALUTATION.match(text.strip())
    return m is not None and not m.group("rest").strip() and m.group("head").lstrip().startswith("Dear")


def _frame_line(b: Block) -> bool:
    return b.kind in ("para", "bullet") and len(b.text.split()) <= _FRAME_LINE_WORDS \
        and not b.text.rstrip().endswith((".", "!", "?", ":", ";"))


#: A sentence ends in the block: a word, then its full stop and a space or the end
#: ("example.org" and "Dr." do not).
_SENTENCE_END = re.compile(r"[a-z]{3,}[.!?](?:\s|$)")


def _letterhead(b: Block) -> bool:
    """Above the salutation: a letterhead or an address, however many lines the reader
    ran together, holds no sentence."""
    return b.kind in ("para", "bullet") and len(b.text.split()) <= MAX_FURNITURE_WORDS \
        and not _SENTENCE_END.search(b.text)


def mark_letter_frame(blocks: list[Block]) -> list[Block]:
    """The blocks of a letter with its frame marked ``letter``; other documents as they are.

    Above the salutation, on its page, short lines that are no sentence are the
    letterhead, addresses and references; the salutation itself, run into the first
    sentence where the producer left no gap, is split from it. From the sign-off
    ("Yours sincerely,") on, short lines are the signature and titles, and a copy
    list ("cc: …") is frame wherever it stands after the salutation.
    """
    at = next((k for k, b in enumerate(blocks[:_SALUTATION_WITHIN])
               if b.kind in ("para", "bullet") and _SALUTATION.match(b.text)), None)
    if at is None:
        return blocks
    out: list[Block] = []
    page = blocks[at].page
    for b in blocks[:at]:
        out.append(replace(b, kind=LETTER) if b.page == page and _letterhead(b) else b)
    m = _SALUTATION.match(blocks[at].text)
    assert m is not None
    out.append(replace(blocks[at], text=m.group("head").strip(), kind=LETTER))
    if m.group("rest").strip():
        out.append(replace(blocks[at], text=m.group("rest").strip()))
    signed = False
    for b in blocks[at + 1:]:
        if b.kind in ("para", "bullet") and (signed and _frame_line(b) or _COPY_LIST.match(b.text)):
            out.append(replace(b, kind=LETTER))
            continue
        off = _SIGN_OFF.search(b.text) if b.kind == "para" and not signed else None
        if off is not None:
            signed = True
            before = b.text[: off.start()].strip()
            if before:
                out.append(replace(b, text=before))
            out.append(replace(b, text=off.group("off").strip(), kind=LETTER))
            continue
        if b.kind == "heading":
            signed = False  # a new part (an annex) after the letter
        out.append(b)
    return out
