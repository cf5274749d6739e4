"""Inspection themes: per-family taxonomies, heading matching and content fallback.

Each taxonomy file in ``corpora/taxonomies/`` describes one report family (and
for PEEL one year range): its themes with an ``id``, a cross-year ``key``, a
display ``name``, ``aliases`` (question wordings, short headings), ``keywords``
and a ``description``. Headings are matched tolerantly (case, punctuation,
numbering, question marks); sentences outside theme sections take the theme
their content points to, or none when that is unclear.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.errors import UsageError
from extractor.resources import corpora_dir
from extractor.settings import DEFAULT_HEADING_COMBINED, DEFAULT_HEADING_MATCH

#: Stems that name the force, not an area: a heading needs more than these to match by containment.
_SUBJECT_WORDS = frozenset({"forc", "force", "constabulary", "polic", "police"})
_STOP = frozenset("the a an and of to for in at is are does do how well what extent its it with from by on this that those who".split())


@dataclass(frozen=True)
class Theme:
    id: str
    key: str
    name: str
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    description: str
    #: Keys of graded areas reported inside this theme's section (the victim service
    #: assessment holds the crime recording findings): a sentence there that is plainly
    #: about one of them takes that theme.
    contains: tuple[str, ...] = ()
    #: False for an area the inspectorate reports on but never grades (the victim service
    #: assessment, armed policing, PEEL 2015's other inspections): no grade but "not
    #: graded" is read for it from a sentence.
    graded: bool = True
    #: The PEEL pillar (effectiveness, efficiency, legitimacy, leadership) the area was
    #: graded under in 2014–2019, or None: a sentence under a pillar's heading is about
    #: one of that pillar's areas.
    pillar: str | None = None
    #: True for a subject the inspectorate inspected on its own (PEEL 2015's other
    #: inspections: custody, honour-based violence, firearms licensing; 2014's police
    #: integrity and corruption): a report whose title names it is about it throughout
    #: (see :func:`inspection_theme`).
    inspection: bool = False


@dataclass(frozen=True)
class Taxonomy:
    id: str
    family: str
    name: str
    years: tuple[int, ...]
    title_cues: tuple[str, ...]
    heading_cues: tuple[str, ...]
    themes: tuple[Theme, ...]
    #: Whether reports of this family carry graded judgements (2014 domestic abuse and
    #: crime data integrity reports did not): no grade is read from their sentences.
    graded: bool = True
    #: The theme a whole report of this family is about (the crime data integrity
    #: inspections: crime recording), for its sentences that no narrower theme fits.
    subject: str | None = None

    def by_key(self) -> dict[str, Theme]:
        return {t.key: t for t in self.themes}


@lru_cache(maxsize=65536)
def normalise_heading(text: str) -> str:
    """Lower-case, drop numbering ("3.2", "1."), punctuation and repeated spaces."""
    t = text.lower().replace("&", " and ")
    t = re.sub(r"^\s*(?:section\s+)?\d+(?:\.\d+)*\.?\s*", "", t)
    t = re.sub(r"[’']s\b", "s", t)
    t = re.sub(r"[^\w\s-]", " ", t)
    # "anti-social", "anti social" and "antisocial" (likewise re-offending) are one word
    t = _PREFIXED.sub(r"\1", t)
    t = t.replace("-", " ")
    return re.sub(r"\s+", " ", t).strip()


_PREFIXED = re.compile(r"\b(anti|re|non|multi|counter|cross|inter)[- ](?=(?:social|offend|agency|corruption|ethnic|national)\w*)")


def _stem(word: str) -> str:
    """A crude stem, so that "fairly"/"fairness" and "treat"/"treatment" meet in headings.

    A final "e" goes too, so that "management" and "managing", "offence" and
    "offences", "service" and "services" meet; "organisational" meets
    "organisation", "uses" meets "use" and "planning" meets "plan".
    """
    if word.endswith("al") and len(word) >= 10:
        word = word[:-2]  # "organisational" → "organisation", then as below
    for suffix in ("fulness", "ness", "ments", "ment", "fully", "ful", "ingly", "ing", "edly", "ed", "ions", "ion",
                   "ly", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    else:
        if len(word) == 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]  # "uses" → "use"
    if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "slfz":
        word = word[:-1]  # "planning" → "plann" → "plan", "deterring" → "deter"
    return word[:-1] if word.endswith("e") and len(word) >= 5 else word


@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset[str]:
    """Stems of a heading's words that carry meaning (stop words dropped)."""
    return _content_words(text)


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in normalise_heading(text).split() if w not in _STOP)


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are each given once: a repeated key ("name" twice) keeps only
    its last value in Python, so a theme would silently show another name."""
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"key {key!r} given twice in one object")
        seen[key] = value
    return seen


def load_taxonomy(path: str | Path) -> Taxonomy:
    """Read one taxonomy file; a malformed file (a key given twice included) is a usage error
    naming the file."""
    p = Path(path)
    try:
        data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_keys)
        themes = tuple(
            Theme(
                id=t["id"], key=t.get("key") or t["id"], name=t["name"],
                aliases=tuple(t.get("aliases", [])), keywords=tuple(t.get("keywords", [])),
                description=t.get("description", ""), contains=tuple(t.get("contains", [])),
                graded=bool(t.get("graded", True)), pillar=t.get("pillar"),
                inspection=bool(t.get("inspection", False)),
            )
            for t in data["themes"]
        )
        det = data.get("detect", {})
        return Taxonomy(
            id=data["id"], family=data.get("family", data["id"]), name=data.get("name", data["id"]),
            years=tuple(data.get("years", [])), title_cues=tuple(det.get("title", [])),
            heading_cues=tuple(det.get("headings", [])), themes=themes,
            graded=bool(data.get("graded", True)), subject=data.get("subject"),
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(f"{p}: not a valid taxonomy file ({type(exc).__name__}: {exc})") from None


@lru_cache(maxsize=1)
def builtin_taxonomies() -> tuple[Taxonomy, ...]:
    return tuple(load_taxonomy(p) for p in sorted((corpora_dir() / "taxonomies").glob("*.json")))


def custody_theme(taxonomies: tuple[Taxonomy, ...], year: int | None = None) -> Theme | None:
    """The theme for police custody (PEEL 2015's inspection of it), from a taxonomy that
    has one, for a report of its years or earlier (or of no known year).

    Custody inspections of those years are filed under it whole, as readers of the
    framework did. Later frameworks have no custody area: readers of a 2017 or 2024
    custody inspection file each finding under that year's areas (vulnerable people in
    the cells, fair treatment at the desk, leadership of the suites), so the report's
    findings are themed by content like any other report's.
    """
    return next((t for tax in taxonomies for t in tax.themes
                 if t.key == "custody" and (year is None or not tax.years or year <= max(tax.years))),
                None)


def inspection_theme(title: str | None, taxonomies: tuple[Taxonomy, ...]) -> Theme | None:
    """The subject inspected on its own that the report's title names, or None.

    "Honour-based violence inspection 2015: findings for …" and "Targeting the risk:
    … firearms licensing …" are about that subject throughout, as custody inspections
    are about custody: readers file every finding under it, whatever else a sentence
    touches (domestic abuse, recording, training).
    """
    if not title:
        return None
    folded = normalise_heading(title)
    for tax in taxonomies:
        for theme in tax.themes:
            if theme.inspection and any(
                    re.search(rf"(?:^|\s){re.escape(normalise_heading(name))}(?:\s|$)", folded)
                    for name in (theme.name, *theme.aliases) if len(normalise_heading(name)) > 3):
                return theme
    return None


#: "Cause of concern: responding to the public", "Area of concern – investigating crime",
#: "4. Cause of concern: …": the heading of a letter's concern names its theme after the prefix.
CONCERN_HEADING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:accelerated\s+)?(?:causes?|areas?)\s+of\s+concern\b\W*"
    r"(?:(?:about|on|regarding|in)\b)?\W*", re.I)


def match_heading(heading: str, taxonomy: Taxonomy, threshold: float = DEFAULT_HEADING_MATCH) -> Theme | None:
    """The theme a heading names, tolerant of case, punctuation and question wording."""
    return _match_heading(CONCERN_HEADING.sub("", heading) or heading, taxonomy, threshold)


@lru_cache(maxsize=65536)
def _match_heading(heading: str, taxonomy: Taxonomy, threshold: float) -> Theme | None:
    score, theme = heading_match_score(heading, taxonomy)
    return theme if score >= threshold else None


@lru_cache(maxsize=65536)
def heading_match_score(heading: str, taxonomy: Taxonomy) -> tuple[float, Theme | None]:
    """The theme whose name or alias a heading is nearest, with the score (1.0: the same words)."""
    norm = normalise_heading(heading)
    if not norm:
        return 0.0, None
    words = _content_words(heading)
    best: tuple[float, Theme | None] = (0.0, None)
    for theme in taxonomy.themes:
        for alias in (theme.name, *theme.aliases):
            an = normalise_heading(alias)
            if norm == an:
                return 1.0, theme
            aw = _content_words(alias)
            if not aw or not words:
                continue
            inter = len(words & aw)
            score = inter / len(words | aw)
            # a short heading that is wholly contained in a longer question wording, and says
            # more than "the force" ("service the force" is not "… the force … its services")
            if inter == len(words) and len(words - _SUBJECT_WORDS) >= 2:
                score = max(score, 0.6 + 0.4 * inter / len(aw))
            if score > best[0]:
                best = (score, theme)
        if best[0] < DEFAULT_HEADING_COMBINED and _combines_own_names(words, theme):
            best = (DEFAULT_HEADING_COMBINED, theme)
    return best


@lru_cache(maxsize=4096)
def _own_words(theme: Theme) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    names = tuple(_content_words(a) for a in (theme.name, *theme.aliases))
    return frozenset().union(*names), names


def _combines_own_names(words: frozenset[str], theme: Theme) -> bool:
    """Whether a heading is one of the theme's short names with more of its own words.

    "Protecting vulnerable people and supporting victims" is the short name "Protecting
    vulnerable people" plus words of the long one ("… and supporting victims"): no one
    name holds all of it, yet every word is the area's own, so it names the area. A
    heading that brings a word of its own ("Investigating crimes involving vulnerable
    people") is a topic inside some area, not this one.
    """
    own, names = _own_words(theme)
    return (len(words - _SUBJECT_WORDS) >= 3 and words <= own
            and any(len(n) >= 2 and n < words for n in names))


def heading_score(headings: list[str], taxonomy: Taxonomy) -> int:
    return sum(1 for h in headings if match_heading(h, taxonomy) is not None)


@lru_cache(maxsize=128)
def keyword_patterns(taxonomy: Taxonomy, inflected: bool = False) -> tuple[tuple[Theme, re.Pattern[str]], ...]:
    """Each theme with keywords and one pattern for them (matched on lower-cased text).

    ``inflected`` also takes a keyword with a plain inflection ("investigate" in
    "investigates", "record" in "recorded"): the grade reader asks whether a clause
    names an area's work at all, not how strongly.
    """
    out = []
    for t in taxonomy.themes:
        kws = sorted({k.lower() for k in t.keywords}, key=len, reverse=True)
        # an acronym ("ROCU", "OCG") also counts in the plural ("ROCUs")
        plural = {k.lower() for k in t.keywords if k.isupper() and len(k) > 1}
        if kws:
            endings = ["(?:s|es|d|ed)?" if inflected else "s?" if k in plural else "" for k in kws]
            pat = re.compile(r"\b(" + "|".join(re.escape(k) + e for k, e in zip(kws, endings, strict=True)) + r")\b")
            out.append((t, pat))
    return tuple(out)


def keyword_theme(text: str, taxonomy: Taxonomy) -> tuple[str | None, float]:
    """Theme key by keyword hits (a fallback when no theme model is available)."""
    low = text.lower()
    scores: dict[str, float] = {}
    for theme, pat in keyword_patterns(taxonomy):
        s = sum(1.0 + 0.3 * k.count(" ") for k in set(pat.findall(low)))
        if s:
            scores[theme.key] = s
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda x: -x[1])
    top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return top[0], top[1] / (top[1] + second + 0.5)
