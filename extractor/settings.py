"""Tuning values with one home.

Layout thresholds are named ``DEFAULT_*`` and gathered in :class:`LayoutSettings`
so that the CLI, the tests and the benchmark all use the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

#: A line whose font is this much larger than the body text is a heading.
DEFAULT_HEADING_SIZE_RATIO = 1.12
#: Headings are short: longer lines are body text even when large or bold.
DEFAULT_HEADING_MAX_WORDS = 18
#: Fraction of page height at the top and bottom where running headers and footers live.
DEFAULT_MARGIN_BAND = 0.09
#: A margin line repeated on at least this share of pages is a running header or footer.
DEFAULT_REPEAT_SHARE = 0.3
#: Text smaller than body text by this ratio, in the bottom part of a page, is a footnote.
DEFAULT_FOOTNOTE_SIZE_RATIO = 0.9
#: A page with fewer characters than this in its text layer is treated as image-only.
DEFAULT_MIN_PAGE_CHARS = 20
#: Two lines further apart than this many line heights start a new paragraph.
DEFAULT_PARAGRAPH_GAP = 1.45
#: Below this confidence a sentence that looks like a finding is kept but flagged low.
DEFAULT_MIN_CONFIDENCE = 0.0


@dataclass(frozen=True)
class LayoutSettings:
    """Thresholds used when turning page lines into blocks."""

    heading_size_ratio: float = DEFAULT_HEADING_SIZE_RATIO
    heading_max_words: int = DEFAULT_HEADING_MAX_WORDS
    margin_band: float = DEFAULT_MARGIN_BAND
    repeat_share: float = DEFAULT_REPEAT_SHARE
    footnote_size_ratio: float = DEFAULT_FOOTNOTE_SIZE_RATIO
    min_page_chars: int = DEFAULT_MIN_PAGE_CHARS
    paragraph_gap: float = DEFAULT_PARAGRAPH_GAP
