"""Cue features: the words that decide a finding's polarity in inspection prose.

A bag of n-grams misses structure that careful readers use: which side of
"although"/"however" a clause sits on, negation of praise or criticism, the
modal "should", hedges and grade words. These hand-written cues are appended to
the n-gram features and also drive the clause split used for mixed sentences.
"""

from __future__ import annotations

import re

import numpy as np

CONTRAST = re.compile(
    r"\b(although|though|but|however|while|whilst|despite|yet|nevertheless|nonetheless|"
    r"albeit|even so|in spite of|notwithstanding|on the other hand|whereas)\b",
    re.I,
)
_SPLIT = re.compile(
    r"(?:,|;|:|—|–)?\s*\b(?=(?:although|though|but|however|while|whilst|despite|yet|"
    r"nevertheless|nonetheless|albeit|whereas)\b)",
    re.I,
)
NEG = re.compile(r"\b(no|not|never|none|nor|lack|lacks|lacked|lacking|without|little|few|fails?|failed|unable|absence|insufficient|limited)\b|n't\b", re.I)
POS = re.compile(
    r"\b(good|effective(?:ly)?|well|strong|outstanding|impressive|commend\w*|positive|"
    r"excellent|robust|clear|improved|improving|committed|thorough|appropriate(?:ly)?|"
    r"consistent(?:ly)?|innovative|promising|notable|proactive|pleased|encouraged|comprehensive|"
    r"high[- ]quality|timely|professional|effectively|successful(?:ly)?|embedded|well[- ]\w+)\b",
    re.I,
)
NEGATIVE = re.compile(
    r"\b(concern\w*|weak\w*|poor(?:ly)?|inadequate|inconsistent(?:ly)?|lack\w*|fail\w*|"
    r"backlog\w*|delay\w*|risk of|unacceptabl\w*|gaps?|shortfall\w*|insufficient\w*|"
    r"limited|worse|worrying|disappointing|ineffective|unclear|not always|room for improvement|"
    r"scope to|requires? improvement|should|needs? to|must|ought|recommend\w*|too (?:many|few|long|slow))\b",
    re.I,
)
MODAL = re.compile(r"\b(should|needs? to|must|ought to|is required to|we recommend|recommends?|recommendation)\b", re.I)
HEDGE = re.compile(r"\b(generally|in most cases|mostly|largely|usually|often|sometimes|some|not always|in some cases|inconsistent\w*|variable|varied|mixed)\b", re.I)
GRADE_POS = re.compile(r"\b(outstanding|good)\s+(?:at|in|service)\b|\bto be (?:outstanding|good)\b", re.I)
GRADE_NEG = re.compile(r"\brequires? improvement\b|\binadequate\b", re.I)
GRADE_ADEQ = re.compile(r"\badequate\b", re.I)
CLAIM = re.compile(r"\b(told us|plans? to|intends? to|is planning|will be|aims? to|has committed to|is developing|is introducing|is considering|says?|stated|explained|hopes? to|expects? to)\b", re.I)
NUMBER = re.compile(r"\d")
WE_FOUND = re.compile(r"\b(we found|hmic found|inspectors found|we saw|we were told|we were pleased|we are pleased|i am pleased|we are concerned|i am concerned|we were concerned)\b", re.I)

CUE_NAMES = (
    "contrast", "neg", "pos", "negative", "modal", "hedge", "grade_pos", "grade_neg",
    "grade_adeq", "claim", "number", "we_found", "neg_x_pos", "neg_x_negative",
    "contrast_x_pos", "contrast_x_negative", "clause_disagree", "len",
)


def split_clauses(text: str) -> list[str]:
    """Split a sentence at contrast connectives; each part keeps its connective."""
    parts = [p.strip(" ,;:") for p in _SPLIT.split(text) if p and p.strip(" ,;:")]
    return parts or [text]


def _clause_polarity(clause: str) -> int:
    """Rough polarity of one clause: +1 praise, -1 criticism, 0 neither."""
    pos = len(POS.findall(clause))
    neg = len(NEGATIVE.findall(clause))
    negated = len(NEG.findall(clause))
    if negated and pos and not neg:
        return -1
    if pos > neg:
        return 1
    if neg > pos:
        return -1
    return 0


def cue_vector(text: str) -> np.ndarray:
    """Numeric cue features for one sentence (small counts, capped)."""
    f = [
        len(CONTRAST.findall(text)),
        len(NEG.findall(text)),
        len(POS.findall(text)),
        len(NEGATIVE.findall(text)),
        len(MODAL.findall(text)),
        len(HEDGE.findall(text)),
        len(GRADE_POS.findall(text)),
        len(GRADE_NEG.findall(text)),
        len(GRADE_ADEQ.findall(text)) - len(GRADE_NEG.findall(text)),
        len(CLAIM.findall(text)),
        min(len(NUMBER.findall(text)), 5) / 5,
        len(WE_FOUND.findall(text)),
    ]
    neg, pos, negative, contrast = f[1], f[2], f[3], f[0]
    clauses = split_clauses(text)
    pols = {_clause_polarity(c) for c in clauses}
    f += [
        min(neg, 1) * min(pos, 1),
        min(neg, 1) * min(negative, 1),
        min(contrast, 1) * min(pos, 1),
        min(contrast, 1) * min(negative, 1),
        1.0 if (1 in pols and -1 in pols) else 0.0,
        min(len(text.split()), 60) / 60,
    ]
    return np.minimum(np.asarray(f, dtype=np.float64), 3.0)


def cue_matrix(texts: list[str]) -> np.ndarray:
    return np.vstack([cue_vector(t) for t in texts]) if texts else np.zeros((0, len(CUE_NAMES)))
