"""Themes by content, for sentences that no theme heading covers.

Summaries, recommendation lists and verdicts sit outside theme sections, yet most
of their sentences are about one theme. The trained theme model and the
taxonomy's keywords place them; a sentence about the report as a whole keeps no
theme.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from extractor.classify.cues import unspoken
from extractor.classify.labels import default_model
from extractor.classify.model import NO_THEME, FrozenModel
from extractor.records import Finding
from extractor.settings import (
    DEFAULT_CARRY_BOOST,
    DEFAULT_CONTENT_THEME_PROB,
    DEFAULT_FOCUS_BOOST,
    DEFAULT_FOCUS_BOOST_SEVERAL,
    DEFAULT_FOCUS_PLAIN_OTHER,
    DEFAULT_KEYWORD_OVERRULE_FLOOR,
    DEFAULT_NONE_RATIO,
    DEFAULT_NONE_RATIO_LISTED,
    DEFAULT_RUN_OWN_BOOST,
    DEFAULT_RUN_SWITCH,
    DOMINANT_THEME_MIN,
    DOMINANT_THEME_OF_ALL,
    DOMINANT_THEME_SHARE,
    REPORT_WIDE_LIST_MIN,
    THEMATIC_SECTION_SHARE,
)
from extractor.understand.grades import as_the_force, named_area, pillar_named
from extractor.understand.sections import Placed
from extractor.understand.themes import (
    CONCERN_HEADING,
    Taxonomy,
    Theme,
    content_words,
    keyword_patterns,
    keyword_theme,
    match_heading,
    normalise_heading,
)
from extractor.vocabulary import AFI_SECTION, themeless_section

#: Report kinds about one cause of concern: the concern's theme runs through them.
FOCUSED_KINDS = ("revisit_letter", "cause_of_concern_letter")


#: "… the cause of concern about registered sex offenders …": what a letter's concern is about.
_CONCERN_ABOUT = re.compile(
    r"\b(?:causes? of concern|(?:first|second|third|other) concern)\b[^.;:]{0,40}?\b(?:about|regarding|relating to|"
    r"related to|concerning|"
    r"in relation to|into|on)\s+(?P<what>[^.;:]{5,160})", re.I)
#: How many of a letter's first sentences may name its concern.
_OPENING = 6


def focus_theme(title: str | None, headings: Sequence[str], taxonomy: Taxonomy | None,
                model: FrozenModel | None = None, opening: Sequence[str] = (),
                stated: Sequence[str] = ()) -> Theme | None:
    """The theme a letter about one cause of concern is about, or None.

    Its title usually names it ("… revisit: cause of concern on the service to
    victims"); otherwise the heading that states the concern does ("Cause of
    concern: responding to the public"), or one of its first sentences
    (``opening``: "we have closed the cause of concern about registered sex offenders"),
    or the first sentence under a heading that names no topic ("Cause of concern" /
    ``stated``: "The constabulary isn't managing the risks posed by …").
    """
    if taxonomy is None:
        return None
    candidates = _concern_candidates(headings, opening) + list(stated[:1])
    for text in candidates:
        theme = match_heading(text, taxonomy)
        if theme is not None:
            return theme
    model = model or default_model()
    for text in [t for t in (title,) if t] + candidates:
        theme = _said_theme(text, taxonomy, model)
        if theme is not None:
            return theme
    return None


def _said_theme(text: str, taxonomy: Taxonomy, model: FrozenModel) -> Theme | None:
    """The theme the theme model or the keywords give a concern's wording, if sure enough."""
    by_key = taxonomy.by_key()
    classes, proba = native_proba(*model.theme_proba([text]), by_key)
    if classes:
        p, c = max((float(proba[0][j]), c) for j, c in enumerate(classes))
        if c in by_key and p >= DEFAULT_CONTENT_THEME_PROB:
            return by_key[c]
    key, conf = keyword_theme(text, taxonomy)
    if key is not None and conf >= DEFAULT_CONTENT_THEME_PROB:
        return by_key[key]
    return None


def _concern_candidates(headings: Sequence[str], opening: Sequence[str]) -> list[str]:
    """What a letter's concern headings and first sentences say its concerns are about."""
    candidates = [t for t in (CONCERN_HEADING.sub("", h) for h in headings if CONCERN_HEADING.match(h)) if t]
    # ... and a heading that names it in words ("The second cause of concern, on vetting")
    candidates += [m.group("what") for h in headings if not CONCERN_HEADING.match(h) and (m := _CONCERN_ABOUT.search(h))]
    return candidates + [m.group("what") for text in opening[:_OPENING] if (m := _CONCERN_ABOUT.search(text))]


def several_concerns(headings: Sequence[str], taxonomy: Taxonomy | None, opening: Sequence[str] = (),
                     model: FrozenModel | None = None) -> bool:
    """Do a letter's concern headings or first sentences name concerns in more than one theme?

    A letter that revisits two causes of concern ("… about the 101 service", "… about
    supervising investigations") moves between them sentence by sentence: the first
    concern named is a weaker guide to the rest than in a letter about one concern.
    """
    if taxonomy is None:
        return False
    model = model or default_model()
    keys = {theme.key for text in _concern_candidates(headings, opening)
            if (theme := match_heading(text, taxonomy) or _said_theme(text, taxonomy, model)) is not None}
    return len(keys) > 1


def content_themes(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy | None,
                   model: FrozenModel | None = None, focus: Theme | None = None,
                   force: str | None = None, focus_boost: float = DEFAULT_FOCUS_BOOST) -> list[Theme | None]:
    """Theme by content for sentences in summaries, lists and recommendations.

    ``focus`` (see :func:`focus_theme`) is the theme a letter is about: ``focus_boost``
    times likelier for each of its sentences, which readers take to be about the concern
    unless they clearly turn to something else.
    """
    out: list[Theme | None] = [None] * len(texts)
    if taxonomy is None:
        return out
    texts = [unspoken(t) for t in texts]
    by_key = taxonomy.by_key()
    model = model or default_model()
    _contained(texts, placed, by_key, model, out)
    _report_wide_lists(texts, placed, taxonomy, model, force, out)
    want = [i for i, p in enumerate(placed) if p.theme is None and p.summary_like]
    if want:
        _by_content(texts, placed, taxonomy, model, want, focus, focus_boost, force, out)
    _aspects(texts, placed, taxonomy, out)
    return out


#: Sections of a thematic report about the report itself, not its subject's findings: its
#: context and method (:func:`~extractor.vocabulary.themeless_section`) and these.
_ABOUT_THE_REPORT = re.compile(
    r"^\W*(?:\d[\d.]*\s*)?(?:foreword|preface|background|acknowledge?ments?|contents|next steps|what we did|"
    r"how we (?:did|carried out|conducted)|method|summary of (?:our )?method|about (?:this|the|us)|list of)\b", re.I)


def fill_with_dominant(findings: list[Finding], taxonomy: Taxonomy) -> None:
    """Give the report's dominant theme to its findings left without one (in place).

    A thematic inspection is about one subject: in a child protection inspection "There is
    a long way to go" or "Not one of the audited cases was good" names no area, and readers
    of real pages file them under the subject all the same. The subject is the theme that
    more than half the themed findings share (:data:`~extractor.settings.DOMINANT_THEME_SHARE`,
    at least :data:`~extractor.settings.DOMINANT_THEME_MIN` of them) and that also holds
    :data:`~extractor.settings.DOMINANT_THEME_OF_ALL` of all the findings that could take
    it; a report that moves between areas has none, and keeps its gaps. Context,
    method and front matter keep none, as do lines before the first heading (a cover's
    notices) and neutral findings (what the report is, when it was published: readers of
    real pages mostly leave those without a theme).
    """
    open_ = [f for f in findings if f.section and not themeless_section(f.section)
             and not _ABOUT_THE_REPORT.search(f.section)]
    counts = Counter(f.theme_key for f in open_ if f.theme_key)
    if not counts:
        return
    key, n = counts.most_common(1)[0]
    theme = taxonomy.by_key().get(key)
    if theme is None or n < DOMINANT_THEME_MIN or n <= DOMINANT_THEME_SHARE * sum(counts.values()) \
            or n < DOMINANT_THEME_OF_ALL * len(open_):
        return
    for f in open_:
        if f.theme_key is None and f.label != "neutral":
            f.theme_key, f.theme = theme.key, theme.name


def _by_content(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy, model: FrozenModel,
                want: list[int], focus: Theme | None, focus_boost: float, force: str | None,
                out: list[Theme | None]) -> None:
    """The theme model's and the keywords' theme for each sentence in ``want`` (into ``out``)."""
    by_key = taxonomy.by_key()
    classes, proba = native_proba(*model.theme_proba([texts[i] for i in want]), by_key)
    runs: dict[int, dict[str, float]] = {}
    for row, i in enumerate(want):
        named = _named_theme(as_the_force(texts[i], force), taxonomy)
        if named is not None:
            out[i] = named  # "…, most notably in protecting vulnerable people": the area it names
            continue
        best_key: str | None = None
        best_p = 0.0
        pillar_keys = _pillar_keys(taxonomy, placed[i].pillar)
        allowed = pillar_keys or by_key
        # a recommendation, an area for improvement or a sentence under a pillar's heading
        # is always about something: it needs less evidence than a sentence of a summary
        listed = (placed[i].sentence.kind == "bullet" or bool(AFI_SECTION.search(placed[i].section or ""))
                  or bool(pillar_keys))
        none_ratio = DEFAULT_NONE_RATIO_LISTED if listed else DEFAULT_NONE_RATIO
        carried = _carried(texts, placed, out, i)
        kw_key, kw_conf = keyword_theme(texts[i], taxonomy)
        if classes:
            # a sentence the theme model puts plainly under another area ("response officers
            # arrived within the target time") keeps the milder boost: the letter has turned
            # to something else for a moment
            boost = focus_boost
            if focus is not None and max((float(proba[row][j]) for j, c in enumerate(classes)
                                          if c in allowed and c != focus.key), default=0.0) >= DEFAULT_FOCUS_PLAIN_OTHER:
                boost = min(focus_boost, DEFAULT_FOCUS_BOOST_SEVERAL)
            themed = [(c, float(proba[row][j]) * (boost if focus and c == focus.key else 1.0)
                       * (DEFAULT_CARRY_BOOST if carried and c == carried.key else 1.0))
                      for j, c in enumerate(classes) if c in allowed]
            none_p = next((float(proba[row][j]) for j, c in enumerate(classes) if c == NO_THEME), 0.0)
            total = sum(p for _, p in themed) + none_p
            if themed and total > 0:
                c, p = max(themed, key=lambda x: x[1])
                # a sentence about the report as a whole stays without theme, unless one
                # theme is nearly as likely as "no theme", or the area's own distinctive words
                # ("101", "control room") name the theme the model puts first
                if p < none_p * none_ratio and not _keyword_overrules(texts[i], c, p, kw_key, bool(pillar_keys)):
                    continue
                best_key, best_p = c, p / (p + none_p * none_ratio)
        if kw_key is not None and kw_key in allowed and (best_key is None or (kw_key == best_key)):
            best_p = max(best_p, kw_conf)
            best_key = best_key or kw_key
        if best_key and best_p >= DEFAULT_CONTENT_THEME_PROB:
            out[i] = by_key[_narrowed(texts[i], best_key, by_key)]
            if classes and pillar_keys:
                runs.setdefault(i, {c: float(proba[row][j]) for j, c in enumerate(classes) if c in allowed})
    _smooth_runs(texts, placed, want, runs, by_key, out)


def _smooth_runs(texts: Sequence[str], placed: Sequence[Placed], want: list[int],
                 runs: dict[int, dict[str, float]], by_key: dict[str, Theme], out: list[Theme | None]) -> None:
    """Under a pillar's heading, the themes of consecutive themed sentences decided together.

    A pillar's summary ("How legitimate is the force …", with no question's heading
    under it) takes its questions one at a time: readers file a run of sentences under
    one question, and a sentence that says "officers" or "plans" in the middle of a run
    about fair treatment of the public stays with its run. Decided one by one, such a
    sentence follows its own strongest word. Here each run of themed sentences in one
    pillar section takes the sequence of themes that best explains the theme model's
    probabilities (each sentence's own choice, keywords and all, counted
    :data:`~extractor.settings.DEFAULT_RUN_OWN_BOOST` times), where every change of theme
    between neighbours costs a factor :data:`~extractor.settings.DEFAULT_RUN_SWITCH`
    (a Viterbi path). Sentences left without theme keep none and do not break a run;
    a sentence that names its area (``runs`` has no entry for it) keeps that area and
    anchors the path. Outside a pillar's heading (overall summaries, which turn from
    one area to the next sentence by sentence) nothing changes.
    """
    groups: list[list[int]] = []
    for i in want:
        if out[i] is None or placed[i].pillar is None:
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and (placed[last].section, placed[last].pillar) == (placed[i].section, placed[i].pillar):
            groups[-1].append(i)
        else:
            groups.append([i])
    switch = math.log(DEFAULT_RUN_SWITCH)
    for group in groups:
        if len(group) < 2 or not any(i in runs for i in group):
            continue
        emit = [_run_emission(runs.get(i), _key(out[i])) for i in group]
        keys = sorted({k for e in emit for k in e})
        score = {k: emit[0].get(k, _NEVER) for k in keys}
        back: list[dict[str, str]] = []
        for e in emit[1:]:
            step: dict[str, float] = {}
            came: dict[str, str] = {}
            # staying is free; the best theme to switch from pays ``switch`` once
            best = max(keys, key=score.__getitem__)
            for k in keys:
                prev = k if score[k] >= score[best] + switch else best
                step[k] = score[prev] + (0.0 if prev == k else switch) + e.get(k, _NEVER)
                came[k] = prev
            score = step
            back.append(came)
        key = max(keys, key=score.__getitem__)
        path = [key]
        for came in reversed(back):
            key = came[key]
            path.append(key)
        for i, k in zip(group, reversed(path), strict=True):
            if i in runs and k in by_key:
                out[i] = by_key[_narrowed(texts[i], k, by_key)]


#: Log-probability of a theme a sentence cannot take (:func:`_run_emission`).
_NEVER = -50.0


def _key(theme: Theme | None) -> str:
    """The key of a sentence's theme, which a run's sentences all have (:func:`_smooth_runs`)."""
    assert theme is not None
    return theme.key


def _run_emission(proba: dict[str, float] | None, own: str) -> dict[str, float]:
    """Log-probabilities of each theme for one sentence of a run (see :func:`_smooth_runs`):
    the theme model's, with the sentence's own choice ``own`` counted
    :data:`~extractor.settings.DEFAULT_RUN_OWN_BOOST` times; a sentence that names its area
    (``proba`` None) can only take that area."""
    if proba is None:
        return {own: 0.0}
    weights = dict(proba)
    weights[own] = (weights.get(own) or max(proba.values(), default=0.0) or 1.0) * DEFAULT_RUN_OWN_BOOST
    total = sum(weights.values())
    return {k: math.log(w / total) if w > 0 else _NEVER for k, w in weights.items()}


def _keyword_overrules(text: str, key: str, p: float, kw_key: str | None, in_pillar: bool) -> bool:
    """May the keywords give ``key`` (the theme model's first, at ``p``) to a sentence the model
    would leave without theme? Only when they name that theme too, and, outside a pillar's
    heading (under "How legitimately does the force treat …" every sentence is about one of
    its areas), when the model leans to it at least a little
    (:data:`DEFAULT_KEYWORD_OVERRULE_FLOOR`): a thank-you to "the chief constable" names a
    leadership keyword but is about no area."""
    return kw_key == key and (in_pillar or p >= DEFAULT_KEYWORD_OVERRULE_FLOOR)


#: Money and people for the years ahead ("it must save £20m by 2020", "its financial and
#: workforce plans meet future needs", "a secure financial position"): in PEEL's efficiency
#: questions up to 2018/19 this is planning for the future, a question of its own, while
#: the theme model, trained on every family, gives most talk of savings and budgets to the
#: use of resources. Not when the sentence is about present use ("value for money",
#: "spending per head", "meets current demand").
_AHEAD = re.compile(
    r"\b(?:future|medium[- ]term|long(?:er)?[- ]term|reserves|savings?|must save|has to save|had to save|spending review|"
    r"financial (?:position|plans?|challenges?|planning)|workforce (?:plans?|planning)|investment plans?|"
    r"sustainab\w+|affordab\w+|balanced? (?:the|its) budget|funding gap|budget gap|years? ahead|"
    r"next (?:two|three|four|five|few) years|"
    # what it is building for: investment in technology, the skills it will need, what the
    # public will expect, demand as it is likely to change
    r"invest(?:s|ed|ing|ment)? (?:\w+ ){0,2}?in (?:\w+ ){0,2}?(?:(?-i:IT)|ict|technology|digital|mobile|systems?)|"
    r"skills (?:it|the force|the constabulary) (?:will )?needs?|(?:what|how) the public (?:want|wants|expects?)|"
    r"likely to change|plans? to (?:recruit|introduce|invest|increase|expand))\b", re.I)
_NOW = re.compile(r"\b(?:current(?:ly)? demand|meet(?:s|ing)? (?:its |current )?demand|match(?:es|ing)? (?:its )?resources|"
                  r"value for money|per head|productiv\w+|deploy\w*|spends? (?:less|more)|spending per|"
                  r"(?:good|better|best|effective|full) use of|collaborat\w+|joint working|contracts?|current and future)\b", re.I)
#: Conduct and integrity ("its vetting procedures", "the risk of corruption", "a strong
#: ethical culture", "challenge unethical behaviour"): in PEEL's legitimacy questions up to
#: 2018/19 this is the ethical and lawful behaviour of the workforce, a question apart from
#: how fairly the force treats its workforce; from 2021 the two are one area ("workforce"),
#: so the theme model gives much talk of vetting to the workforce.
_ETHICAL = re.compile(r"\b(?:vett(?:ed|ing)|(?:anti-|counter-)?corrupt\w*|unethical(?:ly)?|ethic(?:s|al|ally)|integrity|"
                      r"misconduct|professional standards|abuse (?:of )?(?:their |its |his |her )?(?:position|power|authority))\b",
                      re.I)
#: Anti-social behaviour as the subject ("Rates of anti-social behaviour are high", "alert
#: to local anti-social behaviour issues"): in PEEL 2014 a question of its own, apart from
#: reducing crime, while every later year (and so the theme model) puts it with preventing
#: crime. Not when the sentence is about preventing crime as well.
_ASB = re.compile(r"\banti-?social behaviour\b", re.I)
_CRIME_TOO = re.compile(r"\b(?:prevent\w*|reduc\w*|cut\w*)\s+(?:\w+\s+){0,2}?crime|crime prevention|crime (?:levels|rates?)\b",
                        re.I)
#: A theme the model gives, and narrower questions some taxonomies keep apart from it: each
#: with the words that name it (and words that keep the sentence with the broader theme).
_NARROWER: dict[str, tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]] = {
    "use_of_resources": (("planning_future", _AHEAD, _NOW),),
    "workforce": (("ethical_behaviour", _ETHICAL, None),),
    "preventing_crime": (("tackling_asb", _ASB, _CRIME_TOO),),
}


def _narrowed(text: str, key: str, by_key: dict[str, Theme]) -> str:
    """``key``, or a narrower question of the taxonomy that the sentence names
    (:data:`_NARROWER`): planning for the future for money and people in the years ahead
    (:data:`_AHEAD`), ethical behaviour for vetting and corruption (:data:`_ETHICAL`),
    anti-social behaviour in 2014 (:data:`_ASB`), where the taxonomy has that question apart."""
    for narrower, names, keeps in _NARROWER.get(key, ()):
        if narrower in by_key and names.search(text) and not (keeps and keeps.search(text)):
            return narrower
    return key


def _aspects(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy, out: list[Theme | None]) -> None:
    """In a family about one subject, the part of it a sentence names (into ``out``).

    A crime data integrity inspection grades one subject, crime recording, and
    reports on it under three parts: leadership and governance, systems and
    processes, people and skills. The theme model, trained on every family, sees
    "crime recording" in nearly every sentence of such a report and gives the
    subject; readers file a sentence about the action plan, the audit team or the
    training under its part. Where the sentence names the work of exactly one part
    (that theme's keywords, see :func:`keyword_theme`) and would otherwise take the
    subject or no theme, it takes that part.
    """
    by_key = taxonomy.by_key()
    subject = by_key.get(taxonomy.subject) if taxonomy.subject else None
    if subject is None:
        return
    for i, p in enumerate(placed):
        if p.theme not in (None, subject) or out[i] not in (None, subject):
            continue
        low = texts[i].lower()
        hits = {theme.key: len(set(pat.findall(low))) for theme, pat in keyword_patterns(taxonomy, inflected=True)
                if theme.key != subject.key}
        top = max(hits.values(), default=0)
        parts = [k for k, n in hits.items() if n == top]
        if top and len(parts) == 1:
            out[i] = by_key[parts[0]]


#: A sentence that goes on from the one before: a pronoun subject or a linking word.
_GOES_ON = re.compile(r"^(?:it|its|this|these|that|those|they|their|such|however|but|also|in addition|as a result|"
                      r"consequently|so|yet|nonetheless|nevertheless|despite this|even so)\b", re.I)


def _carried(texts: Sequence[str], placed: Sequence[Placed], out: list[Theme | None], i: int) -> Theme | None:
    """The theme of the sentence before, when this one goes on from it in the same section
    (see :data:`~extractor.settings.DEFAULT_CARRY_BOOST`)."""
    if i == 0 or placed[i - 1].section != placed[i].section or not _GOES_ON.match(texts[i].strip()):
        return None
    return out[i - 1] or placed[i - 1].theme


#: A theme of another family that a sentence would take there, and the theme it takes
#: in families without it: the theme model learnt every family's themes, so a sentence
#: about the audit of crime records in a PEEL report gives much of its probability to
#: the crime data integrity inspections' "systems and processes". Pooled into the
#: report's own counterpart, that evidence counts instead of being thrown away.
COUNTERPARTS: dict[str, tuple[str, ...]] = {
    "systems_processes": ("crime_recording",),
    "people_skills": ("crime_recording",),
    "leadership_governance": ("crime_recording",),
    "understanding_demand": ("use_of_resources",),
    "planning_future": ("use_of_resources",),
    "ethical_behaviour": ("workforce",),
    "managing_offenders": ("investigating_crime",),
}


def native_proba(classes: Sequence[str], proba: np.ndarray, by_key: dict[str, Theme]) -> tuple[list[str], np.ndarray]:
    """The theme model's probabilities over one taxonomy's keys and "no theme" only.

    A key of another family goes to its counterpart here (:data:`COUNTERPARTS`) where
    the taxonomy has it and no theme of that key itself; the rest is dropped, and each
    row is renormalised, so the figures compare across families.
    """
    keep = [c for c in classes if c in by_key or c == NO_THEME]
    col = {c: j for j, c in enumerate(keep)}
    out = np.zeros((proba.shape[0], len(keep)))
    for j, c in enumerate(classes):
        target = c if c in col else next((t for t in COUNTERPARTS.get(c, ()) if t in col), None)
        if target is not None:
            out[:, col[target]] += proba[:, j]
    total = out.sum(axis=1, keepdims=True)
    total[total == 0] = 1.0
    return keep, out / total


@lru_cache(maxsize=256)
def _pillar_keys(taxonomy: Taxonomy, pillar: str | None) -> frozenset[str]:
    """Keys a sentence under ``pillar``'s heading may take: that pillar's areas and areas
    graded under no pillar; empty (no narrowing) when the taxonomy has no such pillar."""
    if pillar is None or not any(t.pillar == pillar for t in taxonomy.themes):
        return frozenset()
    return frozenset(t.key for t in taxonomy.themes if t.pillar in (pillar, None))


#: A custody part heading about detainees, not about the staff ("Safety and wellbeing of
#: staff" is the workforce's).
_NOT_STAFF = r"(?!.*\b(?:staff|workforce|officers|employees|personnel)\b)"
#: The sections of a joint custody inspection report (HM Inspectorate of Prisons'
#: "Expectations for police custody", the headings its reports use since 2017), and the
#: PEEL area each is about: booking in, individual needs and legal rights are how detainees
#: are treated (fairness and respect), and so are the cell section's parts on respect, the
#: use of force and detainee care; what happens before custody, in the cell (its safety and
#: safeguarding), in health care and on release is the care of vulnerable people.
#: Leadership, accountability and partnerships is left to the sentences' vote: readers
#: split it between leadership and the use of resources. A part heading counts only when it
#: is about detainees, not staff (:data:`_NOT_STAFF`). ``docs/themes.md`` gives the pages
#: these were checked on.
CUSTODY_SECTIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bbooking[- ]?in\b|\breception processes\b|\bindividual needs\b|\b(?:legal|individual) rights\b|"
                r"\btreatment and conditions\b", re.I), "treating_public_fairly"),
    # the cell section's own parts on how detainees are treated: respect, force used on them
    # and their day-to-day care (food, washing, clothing); PEEL puts the use of force under
    # fair treatment
    (re.compile(r"^\W*(?:[\d.]+\s+)?(?:safety\W+)?(?:respect|use of force|detainee care)\b" + _NOT_STAFF, re.I),
     "treating_public_fairly"),
    (re.compile(r"\bpre-custody\b|\bfirst point of contact\b|\bbefore custody\b|\bcustody cell\b|"
                r"\bhealth ?care\b|\brelease and transfer\b|^\W*(?:[\d.]+\s+)?(?:safety|safeguarding|physical environment)\b"
                + _NOT_STAFF,
                re.I), "protecting_vulnerable"),
    # the expectations' first section: the force's leadership area where its taxonomy has
    # one (2014-2019, 2023-25), else the 2021/22 area for management and value for money
    (_CUSTODY_LEADERSHIP := re.compile(r"^\W*(?:section\s+\d+\W+)?(?:leadership|strategy)\b", re.I), "leadership"),
    (_CUSTODY_LEADERSHIP, "use_of_resources"),
)


def custody_section_theme(heading: str, taxonomy: Taxonomy) -> Theme | None:
    """The PEEL area of a custody inspection report's own section (:data:`CUSTODY_SECTIONS`)."""
    by_key = taxonomy.by_key()
    return next((by_key[key] for pattern, key in CUSTODY_SECTIONS if pattern.search(heading) and key in by_key), None)


def align_own_sections(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy,
                       model: FrozenModel | None = None, custody: bool = False) -> list[Placed]:
    """A thematic report's own sections, each given the PEEL theme it is about.

    In a custody inspection (``custody``) the expectations' sections take their area
    (:func:`custody_section_theme`). A section whose heading names a theme takes it; otherwise its sentences vote
    with the theme model's probabilities, and a theme that gathers at least
    :data:`THEMATIC_SECTION_SHARE` of the themed probability wins. A section no
    theme wins is treated like a summary: each sentence then takes a theme by
    content (:func:`content_themes`) or none. The heading stays the ``section``.
    """
    model = model or default_model()
    by_key = taxonomy.by_key()
    groups: dict[str, list[int]] = {}
    for i, p in enumerate(placed):
        if p.theme is not None:
            groups.setdefault(p.theme.key, []).append(i)
    chosen: dict[str, Theme | None] = {}
    for key, idx in groups.items():
        own = placed[idx[0]].theme
        assert own is not None
        named = ((custody_section_theme(own.name, taxonomy) if custody else None)
                 or match_heading(own.name, taxonomy) or _lead_word_theme(own.name, taxonomy))
        if named is not None:
            chosen[key] = named
            continue
        classes, proba = native_proba(*model.theme_proba([texts[i] for i in idx]), by_key)
        mass = {c: float(proba[:, j].sum()) for j, c in enumerate(classes) if c in by_key}
        total = sum(mass.values())
        best = max(mass, key=lambda c: mass[c], default=None)
        chosen[key] = by_key[best] if best and total > 0 and mass[best] / total >= THEMATIC_SECTION_SHARE else None
    out = []
    for p in placed:
        if p.theme is None:
            out.append(p)
            continue
        theme = chosen[p.theme.key]
        out.append(Placed(sentence=p.sentence, section=p.section, theme=theme, summary_like=theme is None,
                          pillar=p.pillar))
    return out


def _lead_word_theme(heading: str, taxonomy: Taxonomy) -> Theme | None:
    """The one theme whose name begins the way a heading does ("Investigating crimes against
    …" → Investigating crime): the heading's first content word in the theme's names, most
    words shared, no tie. A heading's topic words ("mental health") say less than its lead.

    The lead must be the activity the name begins with ("Investigating …", "Protecting
    …"), or the heading must hold a whole name ("Leadership and training") or share
    two of its words: one shared noun ("Risk assessment and safeguarding" and
    "targeting the risk") says nothing.
    """
    words = [w for w in (_stem_words(heading)) if w]
    if not words:
        return None
    gerund = normalise_heading(heading).split()[0].endswith("ing")  # words is not empty: nor is the heading
    scored: dict[str, tuple[int, Theme]] = {}
    for theme in taxonomy.themes:
        for alias in (theme.name, *theme.aliases):
            aw = content_words(alias)
            lead = _stem_words(alias)[:1]
            if words[0] in aw:
                n = len(set(words) & aw)
                if not (n >= 2 or aw <= set(words) or (gerund and lead == words[:1])):
                    continue
                if n > scored.get(theme.key, (0, theme))[0]:
                    scored[theme.key] = (n, theme)
    ranked = sorted(scored.values(), key=lambda x: -x[0])
    if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _stem_words(text: str) -> list[str]:
    """A heading's content stems in order (:func:`content_words` keeps no order)."""
    return [w for raw in normalise_heading(text).split() for w in content_words(raw)]


def _contained(texts: Sequence[str], placed: Sequence[Placed], by_key: dict[str, Theme], model: FrozenModel,
               out: list[Theme | None]) -> None:
    """In a section whose theme holds graded areas of its own (``Theme.contains``), give a
    sentence plainly about one of them that area's theme (in ``out``)."""
    inner = [i for i, p in enumerate(placed) if p.theme is not None and p.theme.contains]
    if not inner:
        return
    classes, proba = native_proba(*model.theme_proba([texts[i] for i in inner]), by_key)
    if not classes:
        return
    col = {c: j for j, c in enumerate(classes)}
    for row, i in enumerate(inner):
        parent = placed[i].theme
        assert parent is not None
        own = float(proba[row][col[parent.key]]) if parent.key in col else 0.0
        best = max(((float(proba[row][col[k]]), k) for k in parent.contains if k in col and k in by_key),
                   default=(0.0, ""))
        if best[0] >= DEFAULT_CONTENT_THEME_PROB and best[0] > own:
            out[i] = by_key[best[1]]


#: A list heading that keeps the theme it follows when it is that area's own list
#: (:data:`~extractor.vocabulary.KEEP_SECTION`), and may be the report's list of all of them.
_FINDINGS_LIST = re.compile(r"^\W*(?:\d[\d.]*\s*)?(?:areas? for improvement|causes? of concern|recommendations?)\b",
                            re.I)


def _report_wide_lists(texts: Sequence[str], placed: Sequence[Placed], taxonomy: Taxonomy, model: FrozenModel,
                       force: str | None, out: list[Theme | None]) -> None:
    """Theme by content the items of a report-wide list that follows the last area's section.

    "Areas for improvement" under an area's heading are that area's, and keep its theme;
    in plain text a heading carries no level, so the report's own list of areas for
    improvement, set after its last area, looks the same. Only a list that no area's
    section follows can be the report's own, and then its items give it away: each is
    about another area ("record why victims withdraw support", "reach priority incidents on
    time", "check body-worn video of stop and search"). Where at most a third of a list's
    sentences (:data:`~extractor.settings.REPORT_WIDE_LIST_MIN` or more) are about the
    theme it would keep, and the rest point to at least two other areas (three, where any
    is about the area kept), each sentence takes the theme its content points to, as in a
    summary.
    """
    by_key = taxonomy.by_key()
    listed = [_FINDINGS_LIST.match(p.section or "") is not None for p in placed]
    # the last sentence under an area's own section: a list before it is that area's
    last_area = max((i for i, p in enumerate(placed) if p.theme is not None and not listed[i]), default=-1)
    groups: list[list[int]] = []
    for i, p in enumerate(placed):
        if p.theme is None or out[i] is not None or not listed[i]:
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and last == i - 1 and (placed[last].section, placed[last].theme) == (p.section, p.theme):
            groups[-1].append(i)
        else:
            groups.append([i])
    for group in groups:
        if len(group) < REPORT_WIDE_LIST_MIN or group[-1] < last_area:
            continue  # an area's section comes after it: the list is one area's, between areas
        classes, proba = native_proba(*model.theme_proba([texts[i] for i in group]), by_key)
        if not classes:
            continue
        parent = _key(placed[group[0]].theme)
        tops = [(classes[j], float(row[j])) for row, j in zip(proba, proba.argmax(axis=1), strict=True)]
        themed = [(k, p) for k, p in tops if k != NO_THEME]
        agree = sum(k == parent for k, _ in themed)
        others = Counter(k for k, p in themed if k != parent and p >= DEFAULT_CONTENT_THEME_PROB)
        # (with one item of the area's own, it takes three others to tell: an area's list may
        # touch two neighbours, as offender managers' welfare touches the workforce; or two
        # others with two items each at least, together twice the area's own: "three points on
        # investigation, three on vulnerability, two on organised crime" is the report's list)
        told = len(others) >= (2 if agree == 0 else 3) or (
            sum(c >= 2 for c in others.values()) >= 2 and sum(others.values()) >= 2 * agree)
        if 3 * agree > len(group) or not told:
            continue
        mine: list[Theme | None] = [None] * len(texts)
        _by_content(texts, placed, taxonomy, model, group, None, 1.0, force, mine)
        for i in group:
            if mine[i] is not None:
                out[i] = mine[i]


_NOT_WORD = re.compile(r"[^a-z0-9]+")


#: A two-word name that says what the force does ("investigating crime", "managing
#: offenders"): as plain a sign of the area as a longer name.
_ACTIVITY_NAME = re.compile(r"^\w+ing \w+$")


@lru_cache(maxsize=64)
def _area_names(taxonomy: Taxonomy) -> tuple[tuple[Theme, tuple[str, ...]], ...]:
    """Each theme with its names and aliases of three words or more, or of two that name
    an activity, normalised once."""
    out = []
    for theme in taxonomy.themes:
        names = (_NOT_WORD.sub(" ", n.lower()).strip() for n in (theme.name, *theme.aliases))
        out.append((theme, tuple(f" {n} " for n in names if len(n.split()) >= 3 or _ACTIVITY_NAME.match(n))))
    return tuple(out)


#: "how the force protects vulnerable people", "how well it responds to the public", "the
#: way the force answers calls": an area named by what the force does, up to the next clause
#: (a relative clause, "… the public who contact it", starts one).
_HOW_IT = re.compile(r"\b(?:how (?:well |effectively )?|the way )(?:the force|the constabulary|it) \w+s\b"
                     r"(?:(?!\s(?:who|whom|whose|which|that|when|where|because)\b)[^,;.:])*", re.I)


#: "the service (that) the force gives to victims": the area "service to victims", with
#: the force's part left out.
_GIVES = re.compile(r"\b(?:that |which )?(?:the force|the constabulary|it|they) (?:gives|provides|offers|delivers) (?=to\b)")


#: "how it responds to members of the public" names the area "responding to the public".
_MEMBERS_OF = re.compile(r"\bmembers of the public\b", re.I)


#: A judgement "at" or "in" what the force does: "is good at investigating crime and
#: protecting vulnerable people", "outstanding in its understanding of demand".
#: The words that judge what the force does "at" or "in" something (shared with where the
#: next judgement begins, :data:`_NEXT_ACTIVITY`).
_JUDGEMENT = r"(?:good|outstanding|adequate|effective|inadequate|poor|strong|weak|requires? improvement)"
_JUDGED_AT = re.compile(rf"\b(?:{_JUDGEMENT}|rated as \W?\w+\W?|judged to be \w+)\s+(?:at|in)\s+"
                        r"(?P<area>[^,;.:]+)", re.I)
#: Where one named activity ends and the next begins: "investigating crime | and protecting …".
_NEXT_ACTIVITY = re.compile(rf",|\s+and\s+(?=(?:at|in)\s|\w+ing\b|(?:also\s+)?{_JUDGEMENT}\s+(?:at|in)\s)", re.I)
#: Where one activity the force does ends and the next begins: "investigates crime | and protects …".
_NEXT_VERB = re.compile(r"\s+and\s+(?:\w+ly\s+)?(?=\w+s\b)", re.I)
#: "the way it", "how effectively the force": the lead before the activity a phrase names.
_ACTIVITY_LEAD = re.compile(r"^(?:the way|how(?: \w+ly| well)?) (?:it|the force|the constabulary) ", re.I)
#: The effectiveness pillar's words inside a longer phrase ("… keeps people safe and reduces
#: crime in a legitimate way").
_KEEPS_SAFE = re.compile(r"\bkeep\w* (?:the )?(?:people|public|communities) safe\b", re.I)
#: Where a judgement turns: "good at preventing crime | – but needs to improve …".
_TURN = re.compile(r"\s+[-–—]\s+|\s+but\b|\s+although\b|\s+while\b", re.I)


def _pillar(activity: str) -> bool:
    """Whether "the way it treats the public and its workforce" (or the like) is a PEEL pillar."""
    # ("keeps people safe and reduces crime in a legitimate way": still the pillar's words)
    return bool(pillar_named(_ACTIVITY_LEAD.sub("", activity)) or _KEEPS_SAFE.search(activity))


#: An area named as a noun rather than an activity: "its treatment of the public", "the
#: management of registered sex offenders", "the investigation of crime", "its response to
#: the public". Each is turned into the activity the area names carry ("treating the public
#: with fairness and respect", …) before names are looked for. ("Crime prevention" is left
#: alone: as often the subject of advice to victims as the area.)
_NOUN_ACTIVITY = (
    (re.compile(r"\b(?:the |its )?(?:fair )?treatment of (?:the )?(?:public|people)\b", re.I),
     "treating the public with fairness and respect"),
    (re.compile(r"\b(?:the |its )?management of (?:registered sex |violent |dangerous )?offenders\b", re.I),
     "managing offenders"),
    (re.compile(r"\b(?:the |its )?(?:investigation of crimes?|crime investigations?)\b", re.I), "investigating crime"),
    # "its responses to the public", "in its ability to respond to the public"; not "public"
    # as an adjective ("respond to public order incidents", "to the public inquiry")
    (re.compile(r"\b(?:the |its )?(?:responses? to (?:the )?|(?:ability to )?respond(?:s|ed)? to the )public\b"
                r"(?!['’]s|\s+(?:order|disorder|protection|inquiry|inquiries|consultation|sector|health|complaints?|"
                r"concerns?|interest|accounts?|meetings?|events?|safety|spending|purse|bodies|body|services?)\b)", re.I),
     "responding to the public"),
    (re.compile(r"\b(?:the |its )?(?:protection|safeguarding) of vulnerable people\b", re.I), "protecting vulnerable people"),
)


def _as_activity(text: str) -> str:
    """The text with areas named as nouns put as the activities area names say (see
    :data:`_NOUN_ACTIVITY`)."""
    for pat, activity in _NOUN_ACTIVITY:
        text = pat.sub(activity, text)
    return text


def _named_theme(text: str, taxonomy: Taxonomy) -> Theme | None:
    """The area of the taxonomy a sentence names first, or None.

    Summaries name the areas they judge ("my main concern is how it responds to the
    public" aside, "areas in which it must do better, most notably protecting
    vulnerable people"); a sentence that names an area is about it. Names of two
    words or fewer are too common to count on their own. An area is also named by
    what the force does ("needs to improve how it records crime", "is good at
    investigating crime"), read as the grade reader reads "good at …"
    (:func:`named_area`). A sentence that names two areas ("good at preventing crime
    and at tackling serious and organised crime") is filed by readers under the one
    it names first.
    """
    text = _MEMBERS_OF.sub("the public", text)
    text = _as_activity(text)
    low = " " + _NOT_WORD.sub(" ", _GIVES.sub("", text.lower())) + " "
    hits: dict[str, tuple[int, Theme]] = {}

    def hit(theme: Theme | None, pos: int) -> None:
        if theme is not None and pos >= 0 and pos < hits.get(theme.key, (len(low), theme))[0]:
            hits[theme.key] = (pos, theme)

    def at(phrase: str) -> int:
        return low.find(" " + _NOT_WORD.sub(" ", phrase.lower()).strip() + " ")

    for theme, names in _area_names(taxonomy):
        for n in names:
            hit(theme, low.find(n))
    for m in _HOW_IT.finditer(text):
        # "how it investigates crime and responds to the public": the first activity named;
        # "how it investigates and reports crime": the two verbs share the object
        whole = re.split(r"\s+and how\b", m.group(0))[0]
        first = _NEXT_VERB.split(whole, maxsplit=1)[0] if not _pillar(whole) else whole
        hit(named_area(first, taxonomy) or named_area(whole, taxonomy), at(m.group(0)))
    for m in _JUDGED_AT.finditer(text):
        # "good at preventing and deterring crime – but needs to …": the judgement ends at the turn
        whole = _TURN.split(m.group("area"), maxsplit=1)[0]
        if _pillar(whole):
            continue  # "good at keeping people safe and reducing crime": a pillar, no one area
        first = _NEXT_ACTIVITY.split(whole, maxsplit=1)[0]
        hit(named_area(first, taxonomy) or named_area(whole, taxonomy), at(first))
    for m in _UNDERSTANDS_DEMAND.finditer(text):
        # "a good understanding of current and future demand": the efficiency question on
        # demand, where the taxonomy has one ("Understanding demand", 2015–2017); future
        # demand alone is planning for the future
        if "future" not in m.group(0).lower() or "current" in m.group(0).lower():
            hit(match_heading("Understanding demand", taxonomy, threshold=1.0), at(m.group(0)))
    return min(hits.values(), key=lambda x: x[0])[1] if hits else None


#: "understanding of demand", "understands the demand it faces", "its understanding of the
#: current and likely future demands on its services".
_UNDERSTANDS_DEMAND = re.compile(
    r"\bunderstand(?:ing|s)?\s+(?:of\s+)?(?:both\s+)?(?:the\s+|its\s+)?(?:(?:current|likely|future|hidden|existing|"
    r"public|public['’]s)\s+(?:and\s+)?)*demands?\b", re.I)
