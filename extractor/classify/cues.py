"""Cue features: the words that decide a finding's polarity in inspection prose.

A bag of n-grams misses structure that careful readers use: which side of
"although"/"however" a clause sits on, negation of praise or criticism, the
modal "should", hedges and grade words. These hand-written cues are appended to
the n-gram features and also drive the clause split used for mixed sentences.
"""

from __future__ import annotations

import re

import numpy as np

# The cue patterns expect lower-cased text (case-insensitive matching is 2-3 times
# slower); LEADING_CONTRAST, _SPLIT and _CONCESSIVE also run on original text.
CONTRAST = re.compile(
    r"\b(although|though|but|however|while|whilst|despite|yet|nevertheless|nonetheless|"
    r"albeit|even so|in spite of|notwithstanding|on the other hand|whereas)\b",
    0,
)
_CONCESSIVE = re.compile(r"^\s*(although|though|even though|while|whilst|despite|in spite of|albeit)\b", re.I)
_SPLIT = re.compile(
    r"(?:,|;|:|—|–)?\s*\b(?=(?:although|though|but|however|while|whilst|despite|yet|"
    r"nevertheless|nonetheless|albeit|whereas)\b)",
    re.I,
)
NEG = re.compile(r"\b(no|not|never|none|nor|lack|lacks|lacked|lacking|without|little|few|fails?|failed|unable|absence|insufficient|limited)\b|n't\b", 0)
POS = re.compile(
    r"\b(good|effective(?:ly)?|well|strong|outstanding|impressive|commend\w*|positive|"
    r"excellent|robust|clear|improved|improving|committed|thorough|appropriate(?:ly)?|"
    r"consistent(?:ly)?|innovative|promising|notable|proactive|pleased|encouraged|comprehensive|"
    r"high[- ]quality|timely|professional|effectively|successful(?:ly)?|embedded|well[- ]\w+)\b",
    0,
)
NEGATIVE = re.compile(
    r"\b(concern\w*|weak\w*|poor(?:ly)?|inadequate|inconsistent(?:ly)?|lack\w*|fail\w*|"
    r"backlog\w*|delay\w*|risk of|unacceptabl\w*|gaps?|shortfall\w*|insufficient\w*|"
    r"limited|worse|worrying|disappointing|ineffective|unclear|not always|room for improvement|"
    r"scope to|requires? improvement|should|needs? to|must|ought|recommend\w*|too (?:many|few|long|slow))\b",
    0,
)
MODAL = re.compile(r"\b(should|needs? to|must|ought to|is required to|we recommend|recommends?|recommendation)\b", 0)
HEDGE = re.compile(r"\b(generally|in most cases|mostly|largely|usually|often|sometimes|some|not always|in some cases|inconsistent\w*|variable|varied|mixed)\b", 0)
GRADE_POS = re.compile(r"\b(outstanding|good)\s+(?:at|in|service)\b|\bto be (?:outstanding|good)\b", 0)
GRADE_NEG = re.compile(r"\brequires? improvement\b|\binadequate\b", 0)
GRADE_ADEQ = re.compile(r"\badequate\b", 0)
CLAIM = re.compile(r"\b(told us|plans? to|intends? to|is planning|will be|aims? to|has committed to|is developing|is introducing|is considering|says?|stated|explained|hopes? to|expects? to)\b", 0)
NUMBER = re.compile(r"\d")
WE_FOUND = re.compile(r"\b(we found|hmic found|inspectors found|we saw|we were told|we were pleased|we are pleased|i am pleased|we are concerned|i am concerned|we were concerned)\b", 0)

#: A connective that opens a sentence points back at the previous sentence.
LEADING_CONTRAST = re.compile(
    r"^\s*(however|but|yet|nevertheless|nonetheless|despite this|even so|that said|in contrast|"
    r"conversely|on the other hand|by contrast|still)\b[,]?\s*",
    re.I,
)
NO_EVIDENCE = re.compile(
    r"\b(no|not any|none of the|not one of the|nothing to suggest|at no point|few|little)\s+"
    r"(evidence|cases?|instances?|examples?|sign|signs|indication|victims?|files?|records?|occasions?)\b",
    0,
)
BAD_CONTENT = re.compile(
    r"\b(delay\w*|fail\w*|not|without|pressure|backlog\w*|left|unable|lack\w*|poor\w*|"
    r"unnecessar\w*|excessive|wrongly|incorrect\w*|closed|released|at risk|missed|late|ignored|"
    r"deterred|discourag\w*|inappropriate\w*|bias\w*|unlawful\w*|abuse\w*)\b",
    0,
)

CUE_NAMES = (
    "contrast", "neg", "pos", "negative", "modal", "hedge", "grade_pos", "grade_neg",
    "grade_adeq", "claim", "number", "we_found", "neg_x_pos", "neg_x_negative",
    "contrast_x_pos", "contrast_x_negative", "clause_disagree", "len",
    "leading_contrast", "inner_contrast", "no_evidence_of_bad", "no_evidence_of_good",
)


def split_clauses(text: str) -> list[str]:
    """Split a sentence at contrast connectives; each part keeps its connective.

    A connective that opens the sentence ("However, …") contrasts with the previous
    sentence, so it does not split this one.
    """
    lead = LEADING_CONTRAST.match(text)
    head, body = (text[: lead.end()], text[lead.end():]) if lead else ("", text)
    parts = [p.strip(" ,;:") for p in _SPLIT.split(body) if p and p.strip(" ,;:")]
    if not parts:
        return [text]
    parts[0] = head + parts[0]
    out: list[str] = []
    for part in parts:
        # "Although X, Y": the concession ends at the first comma
        m = _CONCESSIVE.match(part)
        if m and "," in part[m.end():]:
            i = part.index(",", m.end())
            if len(part[:i].split()) >= 3 and len(part[i + 1:].split()) >= 3:
                out += [part[:i].strip(), part[i + 1:].strip()]
                continue
        out.append(part)
    return out


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


def _cues(text: str) -> list[float]:
    """Numeric cue features for one sentence (small counts, capped at 3)."""
    low = text.lower()
    contrast = len(CONTRAST.findall(low))
    neg = len(NEG.findall(low))
    pos = len(POS.findall(low))
    negative = len(NEGATIVE.findall(low))
    grade_neg = len(GRADE_NEG.findall(low))
    f = [
        contrast, neg, pos, negative,
        len(MODAL.findall(low)),
        len(HEDGE.findall(low)),
        len(GRADE_POS.findall(low)),
        grade_neg,
        len(GRADE_ADEQ.findall(low)) - grade_neg,
        len(CLAIM.findall(low)),
        min(len(NUMBER.findall(low)), 5) / 5,
        len(WE_FOUND.findall(low)),
    ]
    disagree = 0.0
    if contrast:
        pols = {_clause_polarity(c) for c in split_clauses(low)}
        disagree = 1.0 if (1 in pols and -1 in pols) else 0.0
    f += [
        min(neg, 1) * min(pos, 1),
        min(neg, 1) * min(negative, 1),
        min(contrast, 1) * min(pos, 1),
        min(contrast, 1) * min(negative, 1),
        disagree,
        min(len(low.split()), 60) / 60,
    ]
    lead = LEADING_CONTRAST.match(low)
    m = NO_EVIDENCE.search(low) if ("no " in low or "none" in low or "few" in low or "little" in low or "nothing" in low) else None
    bad_after = m is not None and bool(BAD_CONTENT.search(low, m.end()))
    f += [
        1.0 if lead else 0.0,
        min(len(CONTRAST.findall(low, lead.end())), 2) if lead else min(contrast, 2),
        1.0 if bad_after else 0.0,
        1.0 if (m and not bad_after) else 0.0,
    ]
    return [min(x, 3.0) for x in f]


def cue_matrix(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, len(CUE_NAMES)))
    return np.asarray([_cues(t) for t in texts], dtype=np.float64)
