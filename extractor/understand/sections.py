"""Sections: which heading each sentence sits under, and the theme that follows.

A theme heading sets the theme; sub-headings inside it ("Areas for improvement",
"Cause of concern", topic headings) keep it; headings that open non-theme parts of
a report (introduction, summary, recommendations at the end) clear it. Font
levels, where a PDF gives them, decide when a heading is a sub-heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extractor.records import Block, Sentence
from extractor.understand.themes import Taxonomy, Theme, match_heading, normalise_heading
from extractor.vocabulary import (
    CAUSE_SECTION,
    CONTEXT_SECTION,
    KEEP_SECTION,
    RESET_SECTION,
)


@dataclass(frozen=True)
class Placed:
    """A sentence with the heading it sits under and the theme that heading gives."""

    sentence: Sentence
    section: str | None
    theme: Theme | None
    summary_like: bool


def _own_heading_theme(text: str, level: int, current_level: int) -> Theme | None:
    """Reports of no known family (national thematics) take their own headings as themes.

    Only headings that open a part of the report count: not introductions,
    summaries or recommendations, and not sub-headings below the current theme.
    """
    if RESET_SECTION.match(text) or KEEP_SECTION.match(text) or (current_level and level > current_level):
        return None
    name = re.sub(r"^\s*\d+(?:\.\d+)*\.?\s*", "", text).strip().rstrip("?:")
    if not name or len(name.split()) > 14:
        return None
    key = "own:" + normalise_heading(name).replace(" ", "_")
    return Theme(id=key, key=key, name=name, aliases=(), keywords=(), description="")


def place_sentences(
    items: Iterable[tuple[Block, list[Sentence]]], taxonomy: Taxonomy | None
) -> Iterator[Placed]:
    section: str | None = None
    theme: Theme | None = None
    theme_level = 0
    after_cause = False
    saved: tuple[str | None, Theme | None, int, bool] | None = None  # the place a side box interrupted
    for block, sents in items:
        if block.aside and block.kind == "heading" and saved is None:
            saved = (section, theme, theme_level, after_cause)
        elif not block.aside and saved is not None:
            section, theme, theme_level, after_cause = saved  # back from the box to the text it sits in
            saved = None
        if block.kind == "heading":
            text = block.text
            t = match_heading(text, taxonomy) if taxonomy else _own_heading_theme(text, block.level, theme_level)
            if t is not None:
                # "Cause of concern: responding to the public" names its theme, and the
                # recommendations under it keep that theme as under a plain cause of concern
                theme, theme_level, after_cause = t, block.level, bool(CAUSE_SECTION.search(text))
            elif KEEP_SECTION.match(text):
                after_cause = bool(CAUSE_SECTION.search(text))
            elif re.match(r"^recommendations?\b", text, re.I) and after_cause:
                pass
            elif RESET_SECTION.match(text) or (theme is not None and block.level < theme_level):
                theme, theme_level, after_cause = None, 0, False
            # any other heading: a topic sub-heading inside the current theme
            section = text
            continue
        for s in sents:
            yield Placed(
                sentence=s,
                section=section,
                theme=theme,
                summary_like=theme is None and not (section and CONTEXT_SECTION.search(section)),
            )
