"""Page furniture that is not the report's prose: back covers, licences, addresses.

Government report templates end with a back cover (copyright line, licence
text, "Interested in our work?", a postal address, telephone and email) and some
open with a details table. None of it is a finding, and kept as sentences it
clutters every count. Such blocks are recognised by what they say, whatever the
producer, and set aside as "furniture" (``--debug-layout`` lists them).
Salutations and sign-offs of letters stay: they are part of the letter, and the
classifier labels them neutral.
"""

from __future__ import annotations

import re

from extractor.records import Block, ParsedDocument

_FURNITURE = re.compile(
    r"^\s*©|\bcrown copyright\b|\bcopyright\s+(?:©\s*)?(?:hmic|his|her|crown|\d{4})|open government licence|"
    r"\byou may re-?use this information\b|nationalarchives\.gov\.uk|\bISBN\b[\s:]*[\d-]{10,}|"
    r"\bfollow us on\b|\binterested in our work\b|\bsign up (?:to|for) (?:our )?(?:newsletter|alerts)\b|"
    r"\bthis (?:document|report|publication) is (?:also )?available (?:at|on|from|in)\b|"
    r"\b(?:any|please send any) enquiries (?:regarding|about) this (?:publication|report)\b|"
    r"\bprinted on (?:recycled )?paper\b|\bdesigned by\b|\bcover (?:image|photograph)\b|\ball rights reserved\b|"
    r"^\s*(?:tel(?:ephone)?|phone|fax|email|e-mail|web(?:site)?)\s*[:.]\s*\S|"
    r"^\s*(?:our|your) ref(?:erence)?\s*[:.]",
    re.I,
)
#: A UK postcode on a short line with an address word: a postal address.
_ADDRESS = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b.*|.*\b(?:floor|house|street|square|road|place|london)\b.*\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"
)
#: Furniture is short: a long paragraph that mentions copyright is prose.
MAX_FURNITURE_WORDS = 60


def is_furniture(text: str) -> bool:
    """Is this block page furniture rather than report prose?"""
    if len(text.split()) > MAX_FURNITURE_WORDS:
        return False
    if _FURNITURE.search(text):
        return True
    return len(text.split()) <= 14 and bool(_ADDRESS.search(text)) and not text.rstrip().endswith(".")


def drop_furniture(doc: ParsedDocument) -> None:
    """Set furniture blocks aside (kept in ``doc.dropped`` for the debug view)."""
    kept: list[Block] = []
    for b in doc.blocks:
        if b.kind in ("para", "bullet", "heading") and is_furniture(b.text):
            doc.dropped.append((b.page, "furniture", b.text))
            continue
        kept.append(b)
    doc.blocks = kept
