"""Report metadata: force, title, publication month and report family.

Force names come from the gazetteer in ``corpora/forces.json`` (official names
and the short forms reports use: "Devon & Cornwall", "the Met", "GMP"). The title
and cover decide first; mentions in the text only break ties, because reports
name other forces in passing. A force the gazetteer does not know (for example
the fictional forces of the sample reports) is still read from a title such as
"An inspection of Wessex Constabulary".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from extractor.records import Block
from extractor.resources import corpora_dir
from extractor.vocabulary import MONTH_PATTERN, MONTHS

_DATE = re.compile(
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<month>" + MONTH_PATTERN + r")\s+(?P<year>(?:19|20)\d\d)",
    re.I,
)
_REPUB = re.compile(r"(published on|last updated|updated on|first published|page updated|accessed)", re.I)
#: Words that date the inspection's visit rather than the report ("Fieldwork 10–20 July 2017",
#: "Inspected in March 2019", "Inspection visit: …").
_FIELDWORK = re.compile(r"\b(?:fieldwork|field work|inspected|inspection visits?|visited|visits? (?:took place|"
                        r"ran|were made)|on[- ]site|unannounced)\b", re.I)
#: ... or marked in brackets right after the date ("April 2017 (fieldwork)").
_FIELDWORK_AFTER = re.compile(r"\s*\(\s*(?:fieldwork|field work|inspection|inspected|visit)", re.I)
_FORCE_SUFFIX = r"(?:Constabulary|Police(?: Service)?|Police Force)"
#: A force's name on one line, or wrapped before a "Police" or "Constabulary" that ends its
#: own line (a large cover title: "An inspection of the Isle of Man" / "Constabulary"); a
#: masthead above a headline that opens with "Police …" ("Fen and Ouse Courier" / "Police
#: praised for …") is no force.
_NAME_GAP = rf"(?:[ \t]+|[ \t]*\n[ \t]*(?={_FORCE_SUFFIX}[ \t]*(?:\n|$)))"
_TITLE_FORCE = re.compile(
    rf"\b((?:[A-Z][\w&'-]*{_NAME_GAP})(?:(?:and|&|of|the|[A-Z][\w&'-]*){_NAME_GAP}){{0,5}}?{_FORCE_SUFFIX})\b"
)


@dataclass(frozen=True)
class ForceEntry:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    territorial: bool
    #: The official name and every short form ("GMP", "the Met", "the constabulary" is generic).
    names: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def gazetteer() -> tuple[ForceEntry, ...]:
    data = json.loads((corpora_dir() / "forces.json").read_text(encoding="utf-8"))
    out = []
    for f in data["forces"]:
        names = [f["name"], *f["aliases"]]
        pats = []
        for n in sorted(names, key=len, reverse=True):
            esc = re.escape(n).replace(r"\ ", r"\s+").replace("and", "(?:and|&)")
            if n.startswith("the "):
                # "the Met"/"The Met": the article in any case, the name capitalised
                pats.append(re.compile(rf"\b(?i:the)\s+{re.escape(n[4:])}\b"))
            elif n.isupper():
                pats.append(re.compile(rf"\b{esc}\b"))  # acronyms: case matters
            else:
                pats.append(re.compile(rf"\b{esc}\b", re.I))
        out.append(ForceEntry(f["name"], tuple(pats), f["territorial"], tuple(names)))
    return tuple(out)


def forces_in(text: str) -> list[str]:
    """Official names of every gazetteer force mentioned in ``text``, in order of first mention."""
    found: list[tuple[int, str]] = []
    for f in gazetteer():
        best = None
        for p in f.patterns:
            m = p.search(text)
            if m and (best is None or m.start() < best):
                best = m.start()
        if best is not None:
            found.append((best, f.name))
    # "North Yorkshire Police" also matches nothing shorter, but "Hampshire" style
    # overlaps are resolved by preferring the longest name at the same position
    found.sort()
    return [n for _, n in found]


def detect_force(title: str | None, cover: str, blocks: list[Block]) -> str | None:
    """The force a report is about: title, then cover, then most-mentioned in the text."""
    for text in (title or "", cover):
        if not text:
            continue
        hits = forces_in(text)
        if hits:
            return _most_specific(hits, text)
        m = _TITLE_FORCE.search(text)
        if m and "HM " not in m.group(1):
            return _named_in_body(_clean_force(m.group(1)), blocks)
        if (place := _force_of_place(text)) is not None:
            return place
    counts: Counter[str] = Counter()
    for b in blocks[:400]:
        if b.kind in ("para", "bullet", "heading", "title", "letter"):  # a letter's addressee names it
            for name in forces_in(b.text):
                counts[name] += 1
    if counts:
        (name, n), *rest = counts.most_common(2) + [("", 0)]
        if n >= 2 and n >= 2 * rest[0][1]:
            return name
    return None


#: A title that names the force's area, not the force: "… police custody suites in Hampshire",
#: "Policing in Dyfed-Powys" (custody reports, joint inspections).
_IN_PLACE = re.compile(r"\b(?i:custody(?: suites)?|policing|the police|police forces?)\s+in\s+"
                       r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:and|&|of|the|[A-Z][\w'’-]*)){0,5})")
#: A headline that calls the force by its area: "Cumbria force told to …", "West Midlands
#: police must improve", "… praise Dyfed-Powys officers".
_PLACE_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})\s+(?:force|police|officers)\b")
#: A title that opens with the force's area before the inspection's name: "Merseyside PEEL
#: 2014 – Efficiency", "Kent: crime data integrity inspection", "Gwent – police custody".
_PLACE_LEAD = re.compile(r"^(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}?)"
                         r"(?:\s+PEEL\b|\s*[:–—]\s|\s+-\s)")
_SUFFIX_END = re.compile(rf"\s+{_FORCE_SUFFIX}$")


def place_of(name: str) -> str:
    """A force's name without "Police" or "Constabulary": the area it polices ("Wessex
    Constabulary" → "Wessex"); a name without either comes back as it is."""
    return _SUFFIX_END.sub("", name)


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Each territorial force's place names (from its name and every alias), lower-cased, to
    the force's official name."""
    return {place_of(n).lower(): f.name for f in gazetteer() if f.territorial for n in f.names}


def _force_of_place(title: str) -> str | None:
    """The one force whose name is the place a title names ("custody suites in Hampshire" →
    Hampshire Constabulary; a headline's "Cumbria force"; a title that opens with it,
    "Merseyside PEEL 2014 – Efficiency"), or None. The place is cut back
    word by word ("Hampshire by HM Inspectorate …", "Watchdog says West Midlands") until it
    is a force's name without "Police" or "Constabulary"."""
    if (m := _IN_PLACE.search(title)) is not None:
        words = m.group("place").split()
        for cut in range(len(words), 0, -1):
            name = _places().get(" ".join(words[:cut]).lower())
            if name is not None:
                return name
    if (m := _PLACE_LEAD.match(title)) is not None and (name := _places().get(m.group("place").lower())):
        return name
    for m in _PLACE_BEFORE.finditer(title):
        # the place is the last words before "force" ("Watchdog says West Midlands police")
        words = m.group("place").split()
        for cut in range(len(words)):
            name = _places().get(" ".join(words[cut:]).lower())
            if name is not None:
                return name
    return None


def _most_specific(hits: list[str], text: str) -> str:
    # prefer a force named in the possessive or after "inspection of"
    for h in hits:
        for f in gazetteer():
            if f.name != h:
                continue
            for p in f.patterns:
                m = p.search(text)
                if m and re.match(r"'s\b|’s\b", text[m.end():m.end() + 3]):
                    return h
    return hits[0]


def _named_in_body(name: str, blocks: list[Block]) -> str:
    """A force name read from a title by its capitalised words, checked against the text.

    The pattern cannot tell a title-case headline from a place: "Watchdog Praises Wessex
    Police …" reads as a force of four words. A force's name comes back in its report's
    text; when this one does not, the shortest ending of it that the text uses as a name
    of its own ("Wessex Police", not the end of "North Wessex Police") is the name. A name
    the text never repeats stays as read: nothing in the text says better (an independent
    review showed that taking a known force the text names once instead gave a fictional
    or unlisted force's report, and its grades, to a neighbour)."""
    joined = "\n".join(b.text for b in blocks[:400] if b.kind in ("para", "bullet", "letter"))
    words = name.split()
    for cut in range(len(words) - 1):  # the whole name first, then shorter endings
        ending = " ".join(words[cut:])
        if re.search(rf"(?<![\w-]){re.escape(ending)}(?![\w-])", joined) \
                and (cut == 0 or not re.search(rf"[A-Z][\w'’&-]*\s+{re.escape(ending)}", joined)):
            return ending
    return name


def _clean_force(name: str) -> str:
    name = re.sub(r"\s+", " ", name.strip())  # a name wrapped over two lines is one name
    name = re.sub(r"^(?:An inspection of|Inspection of|The)\s+", "", name)
    name = re.sub(r"'s$", "", name)
    return name


def detect_published(cover: str, blocks: list[Block]) -> str | None:
    """Publication month as ``YYYY-MM`` from the cover or date line.

    A later web re-publication date ("Published on …", "Last updated …") is used
    only when no other date is given.
    """
    candidates: list[tuple[int, str]] = []
    lines = cover.splitlines() + [b.text for b in blocks[:12] if b.kind in ("date", "title", "heading", "para", "letter") and len(b.text) < 80]
    for line in lines:
        for m in _DATE.finditer(line):
            ym = f"{int(m.group('year')):04d}-{MONTHS[m.group('month').lower()]:02d}"
            clause = re.split(r"[;|]", line[: m.start()])[-1]
            # "Fieldwork 10–20 July 2017; published 20 December 2017": when inspectors visited
            # is no publication date, wherever it stands on the line
            # ... or "April 2017 (fieldwork); published August 2017", the word after it in brackets
            visit = _FIELDWORK.search(clause) or _FIELDWORK_AFTER.match(line[m.end():m.end() + 30])
            rank = 2 if visit else 1 if _REPUB.search(line) else 0
            candidates.append((rank, ym))
            if rank != 2:
                break
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])  # stable: keeps document order within a rank
    return candidates[0][1]


def detect_title(blocks: list[Block], cover_lines: list[tuple[str, float]]) -> str | None:
    """The report title: the largest text on the cover, else the first title block, else the
    largest of the first headings."""
    if cover_lines:
        biggest = max(s for _, s in cover_lines)
        parts = [t for t, s in cover_lines if abs(s - biggest) < 0.6]
        title = " ".join(p.strip() for p in parts if p.strip())
        if title:
            return re.sub(r"\s+", " ", title)
    for b in blocks[:5]:
        if b.kind == "title":
            return b.text
    # no page was taken for a cover (a long notice under the title): of the first headings,
    # the one in the largest type, as on a cover ("HMICFRS" in 14 pt above the title in
    # 24 pt is a masthead); the first where the sizes are unknown (plain text)
    heads = [b for b in blocks[:5] if b.kind == "heading"]
    if heads:
        first_page = [b for b in heads if b.page == heads[0].page]
        return max(first_page, key=lambda b: b.size or 0.0).text
    return None


#: A title year that dates an earlier inspection the document looks back on ("revisit of
#: the 2015 findings", "Progress report on the 2015 PEEL inspection", "re-inspection
#: following Wessex Police's 2015 inspection"): a look-back word, then within a few words
#: a determiner or possessive right before the year. A bare "review 2016" is the
#: document's own year.
_TITLE_EARLIER = re.compile(r"\b(?:revisit\w*|review\w*|follow[- ]?up|following|progress|since|after|re-?inspection)\b"
                            r"(?:\s+\S+){0,4}?\s+(?:the|our|its|their|\S+['’]s)\s+$", re.I)
#: A cover line that is a year and nothing else (a letter dated "2016"): the document's year.
_YEAR_LINE = re.compile(r"^\s*((?:19|20)\d\d)\s*$", re.M)


def year_of(published: str | None, title: str | None, cover_text: str | None = None) -> int | None:
    """The year the document was published: its date, else the latest cover line that is a
    year alone, else a year in its title that is not an earlier inspection it looks back on.

    A revisit letter titled after "the 2015 findings" was written later: taking 2015 for
    its year made its recalled 2015 grade read as one it gives.
    """
    if published:
        return int(published[:4])
    lines = _YEAR_LINE.findall(cover_text or "")
    if lines:
        return max(int(y) for y in lines)  # published no earlier than any year it is dated by
    t = title or ""
    m = next((m for m in re.finditer(r"\b(20\d\d)\b", t) if not _TITLE_EARLIER.search(t[:m.start()])), None)
    return int(m.group(1)) if m else None


#: A sentence about what is still to come ("The force will complete its training by April
#: 2021", "plans to", "a deadline of …"): its dates tell nothing of when the document was
#: written.
_AHEAD = re.compile(r"\b(?:will|shall|plans?|planned|planning|intends?|expects?|aims?|deadline|due|should|must|"
                    r"needs? to|by the end of)\b", re.I)
#: "by 31 March 2021", "until June 2022": a date set as a limit.
_LIMIT_BEFORE = re.compile(r"\b(?:by|until|till|before|within|no later than)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")
#: A year in running text that dates something done: after "in", "since", "during" or an
#: inspection's own words ("In 2016 we placed the force in Engage", "our 2017 inspection",
#: "the 2017 PEEL assessment"); not a financial year ("2019/20"), a vision or programme
#: name ("Policing Vision 2025"), a time ("at 2045"), a count ("2031 calls"), a sum or a
#: telephone number.
_BARE_YEAR = re.compile(
    r"\b(?:in|since|during|our|its|their|the|of|from)\s+((?:19|20)\d\d)\b"
    r"(?![/–-]\d|\s*(?:hours|hrs|calls|officers|staff|people|crimes|incidents|cases)\b|[,.]\d)", re.I)


def latest_dated_year(text: str) -> int | None:
    """The year of the latest full date ("2 March 2017", "March 2017") ``text`` gives of
    something done, or None.

    A document with no date of its own (a letter whose only date line is a bare year,
    which is read as a page number) is no older than the dates of what it reports ("the
    report we published on 2 March 2017"): enough to tell which programme's areas its
    sentences use, though not a publication date to report. Dates of what is still to
    come (deadlines, plans, "will … by April 2021") are left out; a year alone ("in 2016
    we …", "our 2017 inspection") counts only where no full date is given, and only one
    that dates something done (see ``_BARE_YEAR``) and is not after the present year.
    """
    years: list[int] = []
    bare: list[int] = []
    for sentence in _SENTENCE_BREAK.split(text):
        if _AHEAD.search(sentence):
            continue
        years += [int(m.group("year")) for m in _DATE.finditer(sentence)
                  if not _LIMIT_BEFORE.search(sentence[:m.start()])]
        # failing a full date, a year alone ("In 2016 we placed the force in Engage")
        if len(sentence.split()) >= 3:
            bare += [int(m.group(1)) for m in _BARE_YEAR.finditer(sentence)
                     if not _LIMIT_BEFORE.search(sentence[:m.start()])]
    if years:
        return max(years)
    # no later than this year: a year ahead is a plan or a name, not a date of something done
    bare = [y for y in bare if y <= date.today().year]
    return max(bare) if bare else None
