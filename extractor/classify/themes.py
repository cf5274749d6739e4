"""Themes by content, for sentences that no theme heading covers.

Summaries, recommendation lists and verdicts sit outside theme sections, yet most
of their sentences are about one theme. The trained theme model and the
taxonomy's keywords place them; a sentence about the report as a whole keeps no
theme.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.classify.labels import default_model
from extractor.classify.model import NO_THEME, FrozenModel
from extractor.settings import (
    DEFAULT_CONTENT_THEME_PROB,
    DEFAULT_NONE_RATIO,
    DEFAULT_NONE_RATIO_LISTED,
)
from extractor.understand.sections import Placed
from extractor.understand.themes import Taxonomy, Theme, keyword_theme
from extractor.vocabulary import AFI_SECTION


def content_themes(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy | None,
                   model: FrozenModel | None = None) -> list[Theme | None]:
    """Theme by content for sentences in summaries, lists and recommendations."""
    out: list[Theme | None] = [None] * len(texts)
    if taxonomy is None:
        return out
    want = [i for i, p in enumerate(placed) if p.theme is None and p.summary_like]
    if not want:
        return out
    by_key = taxonomy.by_key()
    model = model or default_model()
    classes, proba = model.theme_proba([texts[i] for i in want])
    for row, i in enumerate(want):
        best_key: str | None = None
        best_p = 0.0
        # a recommendation or an area for improvement is always about something: a
        # list item there needs less evidence than a sentence of a summary
        listed = placed[i].sentence.kind == "bullet" or bool(AFI_SECTION.search(placed[i].section or ""))
        none_ratio = DEFAULT_NONE_RATIO_LISTED if listed else DEFAULT_NONE_RATIO
        if classes:
            themed = [(c, float(proba[row][j])) for j, c in enumerate(classes) if c in by_key]
            none_p = next((float(proba[row][j]) for j, c in enumerate(classes) if c == NO_THEME), 0.0)
            total = sum(p for _, p in themed) + none_p
            if themed and total > 0:
                c, p = max(themed, key=lambda x: x[1])
                # a sentence about the report as a whole stays without theme, unless one
                # theme is nearly as likely as "no theme"
                if p < none_p * none_ratio:
                    continue
                best_key, best_p = c, p / (p + none_p * none_ratio)
        kw_key, kw_conf = keyword_theme(texts[i], taxonomy)
        if kw_key is not None and (best_key is None or (kw_key == best_key)):
            best_p = max(best_p, kw_conf)
            best_key = best_key or kw_key
        if best_key and best_p >= DEFAULT_CONTENT_THEME_PROB:
            out[i] = by_key[best_key]
    return out
