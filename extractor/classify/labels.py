"""Label sentences: the trained model plus the context a careful reader uses.

The model sees one sentence. Readers also use where it sits: an item under
"Areas for improvement" or "Recommendations" is a criticism even when it reads
as an instruction, "Innovative practice" describes a strength, and text that
every report of a family repeats (the boilerplate introduction) is context.
Clause-level checks make a sentence whose clauses disagree ``mixed`` and give
each finding the clause that states it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from extractor.classify.cues import (
    ADDRESSES_CONCERNS,
    BARE_GRADE,
    CONTRAST,
    DISCHARGED,
    EFFORT_CONCESSION,
    FORCE_MODAL,
    GRADE_DEFINITION,
    IMPROVED_ON,
    INSPECTION_AIM,
    JUDGED_BAD,
    JUDGED_GOOD,
    LEADING_CONTRAST,
    MODAL,
    MONITORING_DEFINITION,
    NOT_GRADED,
    OUT_OF_ENGAGE,
    OWN_POLICE,
    PASSIVE_MODAL,
    PRESS_VOICE,
    QUESTION,
    SHORTFALL_BEFORE_GOAL,
    VAGUE_CONCESSION,
    VAGUE_REMAINDER,
    WILL_LEAVE_ENGAGE,
    absent_failing,
    acted_on,
    audit_fault,
    bare_area,
    below_beside_adequate,
    better_than_before,
    case_tally,
    concern_recalled,
    concerned,
    conditional_expectation,
    counts_findings,
    declined,
    denied_practice,
    describes_structure,
    deserves_praise,
    done_on_time,
    doubting_question,
    engage_denied,
    excess,
    few_left,
    force_knows,
    force_proportionate,
    force_says,
    given_grade,
    in_and_out_of_engage,
    in_place_then_shortfall,
    inspector_names,
    into_engage,
    lacks_provision,
    less_well,
    made_harder,
    measure_comparison,
    much_done,
    none_graded,
    not_every,
    on_course,
    only_few,
    others_speak,
    out_of_special_measures,
    pleased,
    press_criticism,
    press_praise,
    progress_since,
    progress_tally,
    purpose_of_advice,
    quote_open_after,
    ranked_top,
    rarely_done,
    rated_below,
    reassured_public,
    recording_matters,
    reported_clause,
    reported_need,
    scale_item,
    speaker,
    split_clauses,
    states_earlier_grade,
    states_importance,
    states_need,
    still_graded,
    survey_figure,
    tally_side,
    titled_side,
    unfamiliar_criticism,
    unspoken,
    without_relative_need,
)
from extractor.classify.model import FrozenModel
from extractor.resources import data_dir
from extractor.settings import (
    DEFAULT_ABSENT_FAILING_WEIGHT,
    DEFAULT_ACTED_ON_WEIGHT,
    DEFAULT_AFI_SECTION_WEIGHT,
    DEFAULT_AUDIT_FAULT_WEIGHT,
    DEFAULT_BARE_GRADE_WEIGHT,
    DEFAULT_BELOW_ADEQUATE_WEIGHT,
    DEFAULT_CLAUSE_PROB,
    DEFAULT_CLOSED_SECTION_WEIGHT,
    DEFAULT_CLOSED_WEIGHT,
    DEFAULT_CONCERNED_WEIGHT,
    DEFAULT_CONTEXT_SECTION_WEIGHT,
    DEFAULT_CONTEXT_WEIGHT,
    DEFAULT_COUNT_WEIGHT,
    DEFAULT_DECLINED_WEIGHT,
    DEFAULT_DENIED_PRACTICE_WEIGHT,
    DEFAULT_DESERVES_WEIGHT,
    DEFAULT_DOUBT_WEIGHT,
    DEFAULT_EFFORT_CONCESSION_WEIGHT,
    DEFAULT_ENGAGE_WEIGHT,
    DEFAULT_EXCESS_WEIGHT,
    DEFAULT_FORCE_KNOWS_WEIGHT,
    DEFAULT_FORCE_PROPORTIONATE_WEIGHT,
    DEFAULT_FORCE_SAYS_WEIGHT,
    DEFAULT_GIVEN_GRADE_WEIGHT,
    DEFAULT_GOOD_SECTION_WEIGHT,
    DEFAULT_IMPROVED_ON_WEIGHT,
    DEFAULT_LEADIN_WEIGHT,
    DEFAULT_LESS_WELL_WEIGHT,
    DEFAULT_LIST_SIDE_WEIGHT,
    DEFAULT_MADE_HARDER_WEIGHT,
    DEFAULT_MEASURE_WEIGHT,
    DEFAULT_NONE_GRADED_WEIGHT,
    DEFAULT_ON_COURSE_WEIGHT,
    DEFAULT_ON_TIME_WEIGHT,
    DEFAULT_ONLY_FEW_WEIGHT,
    DEFAULT_OTHERS_SPEAK_WEIGHT,
    DEFAULT_PLEASED_WEIGHT,
    DEFAULT_PRESS_CRITICISM_WEIGHT,
    DEFAULT_PROGRESS_WEIGHT,
    DEFAULT_PURPOSE_WEIGHT,
    DEFAULT_RANKED_TOP_WEIGHT,
    DEFAULT_RARELY_DONE_WEIGHT,
    DEFAULT_RATED_BELOW_WEIGHT,
    DEFAULT_REASSURED_WEIGHT,
    DEFAULT_SHORTFALL_WEIGHT,
    DEFAULT_STILL_GRADED_WEIGHT,
    DEFAULT_TALLY_WEIGHT,
    DEFAULT_UNFAMILIAR_CRITICISM_WEIGHT,
    PROGRESS_MIXED,
    PRONOUN_REACH,
)
from extractor.vocabulary import (
    AFI_SECTION,
    CLOSED_SECTION,
    CONTEXT_SECTION,
    FINDING_NAMES,
    FINDINGS_DONE,
    GOOD_SECTION,
    NOT_YET_DONE,
    text_key,
)

#: A year in a sentence: a grade stated with one is an earlier inspection's.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

_MODEL: FrozenModel | None = None


class Scorer(Protocol):
    """What classification needs of a model: the trained or the shipped one."""

    @property
    def classes_(self) -> list[str]: ...

    def predict_proba(self, texts: list[str]) -> np.ndarray: ...


def default_model() -> FrozenModel:
    """The model shipped with the package (trained from corpora/ by ``hmic train``)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = FrozenModel.load(data_dir())
    return _MODEL


@dataclass
class Labelled:
    label: str
    confidence: float
    clause: str | None
    #: For a mixed sentence, its (strength clause, area-for-improvement clause), where
    #: the sentence splits into clauses.
    sides: tuple[str, str] | None = None
    #: Someone other than the inspectorate speaks: a chief constable's or a commissioner's
    #: words, or a sentence of their quotation. Their "We judge the force to be good at …"
    #: is a claim, never the inspectorate's grade.
    spoken: bool = False


#: Cues that put a sentence on one side, whatever words the model weighed, unless a contrast
#: inside the sentence turns it: (test, side, weight), applied in this order.
_SIDE_CUES: tuple[tuple[Callable[[str], bool], str, float], ...] = (
    # "Ten of the recorded crimes were given the wrong classification": faults counted
    (audit_fault, "area_for_improvement", DEFAULT_AUDIT_FAULT_WEIGHT),
    # "rated Cambridgeshire Constabulary inadequate in those areas": this report's grade
    (rated_below, "area_for_improvement", DEFAULT_RATED_BELOW_WEIGHT),
    # "The report states that HMIC has some ‘very serious concerns’"
    (concerned, "area_for_improvement", DEFAULT_CONCERNED_WEIGHT),
    # "The constabulary's performance this year pleases me greatly"
    (pleased, "strength", DEFAULT_PLEASED_WEIGHT),
    # "Registered sex offenders were visited on time": the topic leans to criticism
    (done_on_time, "strength", DEFAULT_ON_TIME_WEIGHT),
    # "In the incidents we viewed on CCTV, the force used appeared proportionate"
    (force_proportionate, "strength", DEFAULT_FORCE_PROPORTIONATE_WEIGHT),
    # "It had to save £23m and is on course to do so": a plan met, not a plain plan
    (on_course, "strength", DEFAULT_ON_COURSE_WEIGHT),
    # "The force told us it has since watched the footage and is satisfied": its own account
    (force_says, "neutral", DEFAULT_FORCE_SAYS_WEIGHT),
    # "He said the force should be applauded for its work": praise, not advice (rule 4)
    (deserves_praise, "strength", DEFAULT_DESERVES_WEIGHT),
    # "A force is facing fresh criticism for failing to …": the press's word for a criticism
    (press_criticism, "area_for_improvement", DEFAULT_PRESS_CRITICISM_WEIGHT),
    # "Its custody suites have been given a clean bill of health by inspectors"
    (press_praise, "strength", DEFAULT_PRESS_CRITICISM_WEIGHT),
    # "The constabulary now ranks first among forces for the quality of its prosecution files"
    (ranked_top, "strength", DEFAULT_RANKED_TOP_WEIGHT),
    # "Victims can be confident that their reports will be taken seriously"
    (reassured_public, "strength", DEFAULT_REASSURED_WEIGHT),
    # "The force understands the demands placed on it at present": a capability, praise
    (force_knows, "strength", DEFAULT_FORCE_KNOWS_WEIGHT),
    # "Officers hardly ever checked whether …": a duty
    # seldom done, which the model reads as the practice it names
    (rarely_done, "area_for_improvement", DEFAULT_RARELY_DONE_WEIGHT),
    # "There are no procedures to prioritise booking in children": a provision lacking
    (lacks_provision, "area_for_improvement", DEFAULT_RARELY_DONE_WEIGHT),
    # "Restructuring has made it harder to build local knowledge": the effect
    (made_harder, "area_for_improvement", DEFAULT_MADE_HARDER_WEIGHT),
    # "Calls about missing people were graded less accurately than others"
    (less_well, "area_for_improvement", DEFAULT_LESS_WELL_WEIGHT),
    # "Of the 40 files we read, only 12 held a plan"
    (only_few, "area_for_improvement", DEFAULT_ONLY_FEW_WEIGHT),
    # "Half the files we sampled were substandard": criticism in words the
    # corpus never uses
    (unfamiliar_criticism, "area_for_improvement", DEFAULT_UNFAMILIAR_CRITICISM_WEIGHT),
    # "Clothing is removed too readily", "Not every officer understood the new approach"
    (excess, "area_for_improvement", DEFAULT_EXCESS_WEIGHT),
    (not_every, "area_for_improvement", DEFAULT_EXCESS_WEIGHT),
    # "The force does not treat communities with respect": the manner word is no praise
    (denied_practice, "area_for_improvement", DEFAULT_DENIED_PRACTICE_WEIGHT),
)


def classify(
    texts: list[str],
    sections: list[str | None] | None = None,
    kinds: list[str] | None = None,
    model: Scorer | None = None,
    boilerplate: set[str] | None = None,
    prev: list[str | None] | None = None,
) -> list[Labelled]:
    """Label each sentence; ``sections``, ``kinds`` (para/bullet) and ``prev`` add context.

    ``prev`` is the sentence before each one in the report (None at the start of a
    passage). An item that follows a lead-in ending in a colon ("we identified two
    causes of concern, which were that the force:") takes the lead-in's side, as
    do the items after it, even when an item is a bare noun phrase.
    """
    model = model or default_model()
    if not texts:
        return []
    # runs of white space say nothing one space does not, and a run of thousands (a
    # hostile file's column gap) would cost the cue patterns quadratic time
    texts = [" ".join(t.split()) for t in texts]
    sections = [" ".join(s.split()) if s else s for s in sections] if sections else [None] * len(texts)
    kinds = kinds or ["para"] * len(texts)
    befores: list[str | None] = [" ".join(b.split()) if b else b for b in prev] if prev else [None] * len(texts)
    leadins = list_leadins(texts, befores, kinds, sections)
    # a lead-in set as a heading ("We recommend that, within three months, the force:")
    # heads the items under it like one in the text
    leadins = [lead or (sec if sec and sec.rstrip().endswith(":") and _is_item(text, kind) else None)
               for lead, sec, text, kind in zip(leadins, sections, texts, kinds, strict=True)]
    sides = [_leadin_side(lead) if lead else None for lead in leadins]
    # an item under a list of criticisms that says it has since been dealt with ("the vetting
    # backlog, which has now been cleared;") takes no side from the lead-in
    sides = [None if side is not None and lead is not None and LEADIN_CRITICISM.search(lead.strip())
             and FIXED_ITEM.search(text) else side for side, lead, text in zip(sides, leadins, texts, strict=True)]
    _sides_from_before(texts, befores, leadins, sides)
    proba = model.predict_proba(texts)
    # an item that goes on from its lead-in ("We found the force has:" / "invested in …;")
    # is read as the sentence the two make: without its subject the model sees no judgement
    joined = {i: f"{lead.rstrip().rstrip(':')} {text.strip()}" for i, (lead, text) in enumerate(zip(leadins, texts, strict=True))
              if lead and sides[i] is None and text.strip()[:1].islower()}
    if joined:
        proba[list(joined)] = model.predict_proba(list(joined.values()))
    classes = model.classes_
    idx = {c: i for i, c in enumerate(classes)}
    _weigh_reported(texts, proba, model, idx["neutral"])
    backs = [backward_only(text) for text in texts]
    # a closed concern with the standard "while there is still more to do" is one judgement
    caveats = [_closed_with_caveat(text) for text in texts]
    # "Although the force has tried to …, it needs to …": the effort conceded is context, and
    # what it concedes to is the shortfall (rule 1): not mixed
    efforts = [EFFORT_CONCESSION.match(text) is not None or in_place_then_shortfall(text) for text in texts]
    # "While we noted a few areas for improvement, the force is good at …": a concession that
    # names nothing is context (rule 1); the judgement after it decides, read on its own
    vague_ends = {i: m.end() for i, text in enumerate(texts) if (m := VAGUE_CONCESSION.match(text)) is not None}
    vagues = [i in vague_ends for i in range(len(texts))]
    # the text the model reads instead, scored in one call: after a vague concession, what
    # follows it; "leaders know which calls the constabulary needs to answer", the need in a
    # relative clause put as a plain verb (it measures what the force has, and recommends
    # nothing: the model reads it as rule 4)
    reread = {i: texts[i][end:].strip() for i, end in vague_ends.items()}
    reread.update({i: t for i, text in enumerate(texts)
                   if i not in reread and i not in joined and (t := without_relative_need(text)) is not None})
    if reread:
        proba[list(reread)] = model.predict_proba(list(reread.values()))
    # "adequate in four areas but requires improvement in six": adequate is no praise (rule 13)
    adequates = [below_beside_adequate(text) for text in texts]
    others = _others_words(texts, befores)
    adjusted: list[np.ndarray] = []
    for i, text in enumerate(texts):
        p = proba[i].copy()
        sec = sections[i] or ""
        if boilerplate and text_key(text) in boilerplate:
            p = np.zeros_like(p)
            p[idx["neutral"]] = 1.0
        elif (side := sides[i]) is not None:
            p = _boost(p, idx[side], DEFAULT_LIST_SIDE_WEIGHT)
        elif CLOSED_SECTION.search(sec):
            # "Recommendations we consider complete": each item is a finding closed (rule 11)
            p = _boost(p, idx["strength"], DEFAULT_CLOSED_SECTION_WEIGHT)
        elif AFI_SECTION.search(sec) and (kinds[i] == "bullet" or MODAL.search(text.lower())):
            p = _boost(p, idx["area_for_improvement"], DEFAULT_AFI_SECTION_WEIGHT)
        elif GOOD_SECTION.search(sec):
            p = _boost(p, idx["strength"], DEFAULT_GOOD_SECTION_WEIGHT)
        elif CONTEXT_SECTION.search(sec):
            p = _boost(p, idx["neutral"], DEFAULT_CONTEXT_SECTION_WEIGHT)
        doubt = doubting_question(text)
        if (states_earlier_grade(text) or GRADE_DEFINITION.search(text) or MONITORING_DEFINITION.search(text)
                or (QUESTION.search(text) and not doubt)
                or NOT_GRADED.search(text) or INSPECTION_AIM.search(text) or recording_matters(text)
                or conditional_expectation(text)
                or describes_structure(text) or states_importance(text) or survey_figure(text)):
            # "In 2016 we graded its effectiveness as inadequate", "Good means …", "How good is
            # the force at …?", "… is not yet graded", "We wanted to see whether …": history, a
            # definition (of a grade, or of how monitoring works), a question, a missing grade or
            # the inspection's aim, not a finding;
            # nor is "If the force keeps on as it is, we would expect …", a forecast, nor "68
            # percent of adults surveyed think …", the public's view set out as data
            p = _boost(p, idx["neutral"], DEFAULT_CONTEXT_WEIGHT)
        # a contrast that only points back ("However, I am concerned about …") turns nothing
        # inside this sentence: the cues that read its one side still apply
        turns = bool(CONTRAST.search(text.lower())) and not backs[i]
        if doubt:
            # "Can the force be sure that its checks would warn it …?": a shortfall put as a question
            p = _boost(p, idx["area_for_improvement"], DEFAULT_DOUBT_WEIGHT)
        for cue, side, weight in _SIDE_CUES:
            if not turns and cue(text):
                p = _boost(p, idx[side], weight)
        if absent_failing(text) and not turns:
            # "Few offenders were overdue a visit": the failing is counted as absent
            p = _boost(p, idx["strength"], DEFAULT_ABSENT_FAILING_WEIGHT)
        if not turns and (better := measure_comparison(text)):
            # "arrest rates are lower than the average": the measure says which way is better
            p = _boost(p, idx["strength" if better > 0 else "area_for_improvement"], DEFAULT_MEASURE_WEIGHT)
        back = backs[i]
        if (_wants(unspoken(text)) or reported_need(text)) and (back or not turns):
            # what the force has still to reach is no praise: "further to go before … effective"
            p = _boost(p, idx["area_for_improvement"], DEFAULT_SHORTFALL_WEIGHT)
        if not turns and (kept := still_graded(text)) is not None:
            # "so our outstanding judgment from 2016 stands": this year's grade, not history
            p = _boost(p, idx[kept], DEFAULT_STILL_GRADED_WEIGHT)
        if not turns and (given := given_grade(text)) is not None:
            # "We grade this question good": this report's grade, not the history or the
            # scale the model takes such words for
            p = _boost(p, idx[given], DEFAULT_GIVEN_GRADE_WEIGHT)
        if scale_item(text, befores[i]):
            # "Good" / "Requires improvement; or" set out under "given one of four ratings:"
            p = _boost(p, idx["neutral"], DEFAULT_CONTEXT_WEIGHT)
        elif (bare := BARE_GRADE.match(text)) is not None:
            # "graded inadequate" on a line of its own: the grade's side (rule 5)
            p = _boost(p, idx[_bare_grade_side(bare)], DEFAULT_BARE_GRADE_WEIGHT)
        elif sides[i] is None and not (AFI_SECTION.search(sec) or GOOD_SECTION.search(sec)
                                       or CLOSED_SECTION.search(sec)) and bare_area(text):
            # "Investigating crime" alone in a list of the areas inspected judges nothing;
            # under a grade listed before it ("Requires improvement" / "Investigating crime" /
            # "Responding to the public") it is an area given that grade (rule 5)
            # ... and under a grade set as the list's heading ("Requires improvement" /
            # "• Responding to the public") it takes that grade's side
            heading_grade = BARE_GRADE.match(sec)
            side = _bare_grade_side(heading_grade) if heading_grade else _area_list_side(texts, befores, i)
            p = _boost(p, idx[side], DEFAULT_BARE_GRADE_WEIGHT)
        if (cases := case_tally(text)) is not None:
            # "we looked at 40 cases: 9 were good, 19 required improvement, 12 inadequate": the
            # share rated good decides, as for a tally of recommendations achieved (rule 11)
            side = ("mixed" if PROGRESS_MIXED[0] < cases < PROGRESS_MIXED[1]
                    else "strength" if cases >= PROGRESS_MIXED[1] else "area_for_improvement")
            p = _boost(p, idx[side], DEFAULT_PROGRESS_WEIGHT)
        elif JUDGED_GOOD.search(text) and JUDGED_BAD.search(text) and not _YEAR.search(text):
            # "judged to be good for …; … judged to require improvement": a tally of both sides
            # (a grade with its year is history, rule 12, or one side of a change over time)
            p = _boost(p, idx["mixed"], DEFAULT_TALLY_WEIGHT)
        elif not turns and (tally := tally_side(text)) is not None:
            # "One area was graded good, five adequate and two as requiring improvement":
            # a tally of this report's grades takes the side of what it counts (rule 13)
            p = _boost(p, idx[tally], DEFAULT_TALLY_WEIGHT)
        elif adequates[i]:
            # "performing adequately in some areas but requires improvement in others": the
            # contrast sets no praise against the criticism
            p = _boost(p, idx["area_for_improvement"], DEFAULT_BELOW_ADEQUATE_WEIGHT)
        if in_and_out_of_engage(text):
            # "placed in Engage in June 2022 and released from it in May": both sides (rule 11)
            p = _boost(p, idx["mixed"], DEFAULT_ENGAGE_WEIGHT)
        elif WILL_LEAVE_ENGAGE.search(text) and not turns:
            # "the constabulary will leave Engage": the decision to end enhanced monitoring
            p = _boost(p, idx["strength"], DEFAULT_ENGAGE_WEIGHT)
        elif engage_denied(text):
            # "This letter does not move Humberside Police into Engage": no move, no side
            p = _boost(p, idx["neutral"], DEFAULT_ENGAGE_WEIGHT)
        elif into_engage(text) and not turns:
            # "We moved the force into Engage on 24 November 2023" (rule 11)
            p = _boost(p, idx["area_for_improvement"], DEFAULT_ENGAGE_WEIGHT)
        elif out_of_special_measures(text) and not turns:
            # "Staffordshire Police has been taken out of special measures" (rule 11)
            p = _boost(p, idx["strength"], DEFAULT_ENGAGE_WEIGHT)
        if (IMPROVED_ON.search(text) or better_than_before(text) or much_done(text)
                or progress_since(text)) and not turns:
            # "a vast improvement from the previous report that found it inadequate", "Since
            # our 2017 inspection the force has improved how it investigates crime"
            p = _boost(p, idx["strength"], DEFAULT_IMPROVED_ON_WEIGHT)
        if (share := progress_tally(text)) is not None:
            # "of the 23 recommendations …, 19 have been achieved": most done is praise, about
            # half a mixed picture, few a shortfall; a contrast inside makes it mixed
            side = ("mixed" if turns or PROGRESS_MIXED[0] < share < PROGRESS_MIXED[1]
                    else "strength" if share >= PROGRESS_MIXED[1] else "area_for_improvement")
            p = _boost(p, idx[side], DEFAULT_PROGRESS_WEIGHT)
        elif few_left(text):
            # "Only one of our 2014 recommendations has yet to be put into effect" (rule 11)
            p = _boost(p, idx["strength"], DEFAULT_PROGRESS_WEIGHT)
        elif acted_on(text) and not turns:
            # "the force has acted on some of our 2015 recommendations" (rule 11)
            p = _boost(p, idx["strength"], DEFAULT_ACTED_ON_WEIGHT)
        if not turns and (side_none := none_graded(text)) is not None:
            # "None of its graded areas reached the standard of good": the grade is negated
            p = _boost(p, idx[side_none], DEFAULT_NONE_GRADED_WEIGHT)
        if declined(text) and not turns:
            # "This is a decline from our last judgment, when we graded the force good"
            p = _boost(p, idx["area_for_improvement"], DEFAULT_DECLINED_WEIGHT)
        if (counts_findings(text) or ADDRESSES_CONCERNS.search(text) or concern_recalled(text)) and not turns:
            # "We make 17 recommendations": that many things to put right (rule 14); "These
            # address our main causes of concern": what they are for
            p = _boost(p, idx["area_for_improvement"], DEFAULT_COUNT_WEIGHT)
        if (titled := titled_side(text)) is not None:
            # "Cause of concern 2: detainees' clothing is removed too readily": the title is
            # the inspectorate's own side for what follows it
            p = _boost(p, idx[titled], DEFAULT_LEADIN_WEIGHT)
        if (announced := announced_side(text)) is not None and not turns:
            # "Specific problems included:": the list's side is the lead-in's own
            p = _boost(p, idx[announced], DEFAULT_LEADIN_WEIGHT)
        if not turns and purpose_of_advice(text, befores[i]):
            # "The force needs to improve how it understands demand." / "This should help it to
            # plan its workforce": what the advice is for, not a finding
            p = _boost(p, idx["neutral"], DEFAULT_PURPOSE_WEIGHT)
        if others[i]:
            # "Chief Constable Jo Marsh said: …" and the rest of her quotation: someone else's
            # words about the report, not the inspectorate's findings
            p = _boost(p, idx["neutral"], DEFAULT_OTHERS_SPEAK_WEIGHT)
        if caveats[i]:
            # the decision is the judgement; "while there is still more to do" names nothing
            p = _boost(p, idx["strength"], DEFAULT_CLOSED_WEIGHT)
        if efforts[i]:
            p = _boost(p, idx["area_for_improvement"], DEFAULT_EFFORT_CONCESSION_WEIGHT)
        if sides[i] is None and not turns and not _OWN_VERDICT.search(text) and (
                elaborated := _elaboration_side(text, adjusted[i - 1] if i and befores[i] == texts[i - 1] else None,
                                                classes)) is not None:
            # "These concerns relate to how the force …", "This included how it …": a sentence
            # that only spells out the findings before it takes their side (not one that turns
            # or carries its own verdict: "…, although sharing with schools is slow")
            p = _boost(p, idx[elaborated], DEFAULT_LIST_SIDE_WEIGHT)
        if back or caveats[i] or efforts[i] or adequates[i] or vagues[i]:
            # "However, …" or "…, however, …" contrasts with the previous sentence, and nothing
            # inside this one turns: it is not mixed, however sure the model is; nor is a closed
            # cause of concern with the standard caveat, nor adequate set against worse
            p[idx["mixed"]] = 0.0
        adjusted.append(p)
    s_i, a_i = idx["strength"], idx["area_for_improvement"]
    # clause-level probabilities, only where they can change the outcome: a sentence
    # labelled strength or area for improvement that splits at a contrast
    clause_lists: dict[int, list[str]] = {}
    for i, p in enumerate(adjusted):
        if int(p.argmax()) in (s_i, a_i):
            cl = (split_clauses(texts[i]) if not (backs[i] or caveats[i] or efforts[i] or adequates[i] or vagues[i])
                  else [texts[i]])
            if len(cl) > 1:
                clause_lists[i] = cl
    flat = [c for cl in clause_lists.values() for c in cl]
    flat_p = model.predict_proba(flat) if flat else np.zeros((0, len(classes)))
    for j, c in enumerate(flat):
        if _wants(c):
            flat_p[j] = _boost(flat_p[j], a_i, DEFAULT_SHORTFALL_WEIGHT)  # "…, it has further to go before …"
    out: list[Labelled] = []
    k = 0
    for i, text in enumerate(texts):
        p = adjusted[i]
        label = classes[int(p.argmax())]
        clause = None
        mixed_sides = None
        clauses = clause_lists.get(i)
        if clauses:
            cp = flat_p[k : k + len(clauses)]
            k += len(clauses)
            best_s = float(cp[:, s_i].max())
            best_a = float(cp[:, a_i].max())
            if best_s > DEFAULT_CLAUSE_PROB and best_a > DEFAULT_CLAUSE_PROB:
                label = "mixed"
                p[idx["mixed"]] = max(p[idx["mixed"]], min(best_s, best_a))
                mixed_sides = _pick_sides(clauses, cp, s_i, a_i)  # the clauses are scored already
            elif label == "strength":
                clause = clauses[int(cp[:, s_i].argmax())]
            elif label == "area_for_improvement":
                clause = clauses[int(cp[:, a_i].argmax())]
            if clause is not None and clause == text:
                clause = None
        conf = float(p[idx[label]] / p.sum()) if p.sum() > 0 else 0.0
        out.append(Labelled(label, round(conf, 4), clause, mixed_sides, spoken=others[i]))
    _find_sides(out, texts, model, s_i, a_i)
    return out


_WEAK_SPLIT = re.compile(r"\s*(?:;|,\s+(?=(?:and|so|which|while|with|as)\b)|\s[–—]\s)\s*")


def _find_sides(out: list[Labelled], texts: list[str], model: Scorer, s_i: int, a_i: int) -> None:
    """Give each mixed sentence the clause that praises and the clause that criticises.

    Contrast connectives split most mixed sentences; others hold their two sides
    either side of a semicolon, a dash or ", and"/", which". The clause most
    likely to be a strength and, of the others, the one most likely to be an area
    for improvement are the two sides; a sentence that does not split keeps none.
    """
    todo: dict[int, list[str]] = {}
    for i, lab in enumerate(out):
        if lab.label != "mixed" or lab.sides is not None:
            continue
        parts = split_clauses(texts[i])
        if len(parts) < 2:
            parts = [x.strip(" ,;") for x in _WEAK_SPLIT.split(texts[i]) if len(x.split()) >= 3]
        if len(parts) >= 2:
            todo[i] = parts
    if not todo:
        return
    flat = [c for parts in todo.values() for c in parts]
    proba = model.predict_proba(flat)
    k = 0
    for i, parts in todo.items():
        out[i].sides = _pick_sides(parts, proba[k: k + len(parts)], s_i, a_i)
        k += len(parts)


def _pick_sides(parts: list[str], cp: np.ndarray, s_i: int, a_i: int) -> tuple[str, str]:
    """The clause most likely a strength and, of the others, the one most likely an area
    for improvement (``cp``: the clauses' label probabilities)."""
    si = int(cp[:, s_i].argmax())
    ai = max((j for j in range(len(parts)) if j != si), key=lambda j: float(cp[j, a_i]))
    return parts[si], parts[ai]


#: A lead-in that announces praise: "The force is effective at:", "Strengths include:".
LEADIN_GOOD = re.compile(
    r"\b(strengths?|does well|do well|good at|effective at|outstanding at|good practice|good work|notable|innovative|"
    r"promising|prais\w*|commend\w*|made (?:good |real |significant )?progress|improvements? (?:made|include|in)|"
    r"areas? of progress|progress (?:highlighted|made|includ\w*)|"
    r"(?:following|these|several|many|some) (?:\w+ )?improvements|"
    r"has improved|have improved|pleased|satisfied|discharged|closed)\b",
    re.I,
)
#: A lead-in that announces criticism: causes of concern, areas for improvement, "should:",
#: "more remains to be done, in particular:".
LEADIN_AFI = re.compile(
    r"\b(areas? (?:for|of|requiring) improvement|causes? of concern|concern(?:s|ed|ing)?|recommend\w*|should|needs? to|"
    r"must|improve|weakness\w*|shortcomings?|problems?|fail\w*|risks?|gaps?|not|no longer|lack\w*|worr\w*|"
    r"disappoint\w*|inadequate|requires? improvement|(?:more|further) (?:work )?to (?:do|go)|work remains|"
    r"non-?compliance|(?:found|identified|raised|highlighted)\b[^:]{0,40}?\bissues)\b|n['’]t\b",
    re.I,
)
#: A lead-in that lists criticisms made of the force, in the few shapes that do only that:
#: "The criticisms of the force include:", "The criticisms the watchdog made of Wessex Police
#: include:", "The report gives a scathing list of criticisms including:", "Three specific
#: issues were identified at the time:", "The inspectors criticised the constabulary for:",
#: "Inspectors were critical of:". Lead-ins that report what was done about criticisms
#: ("Progress on the issues identified in 2021:", "Of the issues raised in our last report,
#: the force has completed work on:", "The criticisms of the force that have since been
#: addressed include:"), someone else's criticism ("The chief constable was critical of:",
#: "Criticisms of the force from the police and crime panel include:"), criticism rejected
#: ("The report cleared the force of criticisms including:") or of another body ("The report
#: criticised the Home Office for:") fit none of them.
_BY_INSPECTORS = rf"(?:the\s+)?{PRESS_VOICE}"
#: The force as the one criticised: "the force", "the constabulary", "it", or a force's name.
_THE_FORCE = (r"(?:the\s+force|the\s+constabulary|it|"
              r"(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}\s+(?:Police|Constabulary)))")
LEADIN_CRITICISM = re.compile(
    rf"^\W*(?:the\s+)?(?:main\s+|key\s+|specific\s+)?criticisms\s+(?:{_BY_INSPECTORS}\s+made\s+)?of\s+{_THE_FORCE}"
    rf"(?:\s+(?:made\s+)?by\s+{_BY_INSPECTORS}|\s+in\s+(?:the|our|its)\s+(?:\w+\s+)?report)?"
    r"\s+(?:include[sd]?|were|are)\s*:\s*$"
    rf"|^\W*{_BY_INSPECTORS}\s+(?:gives|gave|lists|listed|sets\s+out|set\s+out|contains|contained|makes|made)\b"
    r"[^:]{0,40}?\bcriticisms\s+(?:including|include[sd]?)\s*:\s*$"
    r"|^\W*(?:\w+\s+){0,3}issues\s+(?:were|was)\s+(?:identified|found|raised)"
    rf"(?:\s+at\s+the\s+time|\s+by\s+{_BY_INSPECTORS})?\s*:\s*$"
    rf"|^\W*{_BY_INSPECTORS}\s+(?:(?:was|were)\s+critical\s+of|found\s+fault\s+with|criticised\s+{_THE_FORCE}\s+for)"
    r"\s*:\s*$", re.I)
#: An item under such a lead-in that says the criticism has since been dealt with ("the
#: vetting backlog, which has now been cleared;"): not a criticism standing.
FIXED_ITEM = re.compile(r"\b(?:has|have)\s+(?:now\s+|since\s+)?been\s+(?:\w+\s+)?(?:cleared|resolved|fixed|addressed|"
                        r"refurbished|closed|met|dealt\s+with|remedied|replaced|put\s+right)\b|\bno\s+longer\b|"
                        r"\b(?:has|have)\s+(?:now\s+|since\s+)?(?:cleared|closed|resolved|addressed|fixed|remedied|"
                        r"put\s+right)\b|\b(?:is|are|was|were)\s+now\s+(?:good|outstanding|effective|strong|adequate)\b|"
                        r"\bwe\s+now\s+find\b|\bwhere\s+it\s+is\s+now\b", re.I)
#: "Before our next inspection, we expect the force to:": what it has still to do, even when
#: it names good work elsewhere ("… to adopt the good practice of other forces:"), unless it
#: is to keep up its own (:data:`_KEEP_UP_GOOD`: "We expect the force to build on these
#: strengths:").
_KEEP_UP_GOOD = re.compile(r"\b(?:build on|keep up|continue|maintain|sustain)\b[^:]*\b(?:these|its|this|the following|their)\s+"
                           r"(?:\w+\s+)?(?:strengths?|good work|good practice|progress|achievements?)\b", re.I)
LEADIN_EXPECT = re.compile(
    r"\b(?:expect|want|would like|ask)s?\s+(?:the\s+force|the\s+constabulary|it|chief officers|the\s+chief constable)\s+to\b",
    re.I)
_ITEM_END = re.compile(r"(?:;|;\s*(?:and|or)|,\s*(?:and|or))\s*$")


def _area_list_side(texts: list[str], befores: list[str | None], i: int) -> str:
    """The side of the bare area name at ``i``: the grade listed above it, else neutral.

    The list it stands in is the run of area names and bare grades around it, each
    item the sentence before the next. Where every name has its grade right after it
    ("Investigating crime" / "Requires improvement"), the grade's line is the
    judgement and the name is neutral; otherwise a grade heads the names below it
    ("Requires improvement" / "Responding to the public" / "Investigating crime").
    """
    def listed(j: int) -> bool:
        return bool(BARE_GRADE.match(texts[j]) or bare_area(texts[j]))

    start = i
    while start > 0 and befores[start] is not None and befores[start] == texts[start - 1] and listed(start - 1):
        start -= 1
    end = i
    while end + 1 < len(texts) and befores[end + 1] == texts[end] and listed(end + 1):
        end += 1
    grades = [bool(BARE_GRADE.match(texts[j])) for j in range(start, end + 1)]
    if not grades[0] and all(grades[k + 1] for k in range(0, len(grades) - 1) if not grades[k]) \
            and any(grades):
        return "neutral"
    for j in range(i - 1, start - 1, -1):
        if (grade := BARE_GRADE.match(texts[j])) is not None:
            return _bare_grade_side(grade)
    return "neutral"


def _bare_grade_side(bare: re.Match[str]) -> str:
    """The side of a bare grade (:data:`BARE_GRADE`, which has no "adequate"): rule 5."""
    return "strength" if bare.group("grade").lower() in ("outstanding", "good") else "area_for_improvement"


#: A lead-in that points back for what its list is ("They relate to:", "These are:").
_LEADIN_BACK = re.compile(r"^\W*(?:they|these|those|this|it|which)\b(?:\s+\S+){0,4}\s*:\s*$", re.I)
#: What the sentence before such a lead-in may say its list holds: findings of one side
#: ("The move rests on four causes of concern.", "We found several strengths."); not its
#: other words ("measures to reduce the risk", "has not yet published its plan").
_NAMES_CRITICISM = re.compile(r"\b(?:causes? of concern|areas? for improvement|concerns|weaknesses|failings|"
                              r"shortcomings|recommendations)\b", re.I)
_NAMES_PRAISE = re.compile(r"\b(?:strengths|(?:good|notable|innovative|promising) practice|does well|do well|"
                           r"positive findings)\b", re.I)


#: A sentence that only spells out the findings before it ("These concerns relate to how the
#: force responds to missing children", "This included how it investigates crime", "They
#: cover the way the force records crime"): it names the area, and the judgement is the one
#: before it.
_ELABORATES = re.compile(
    r"^\W*(?:this|these|those|they|it)\s+(?P<noun>(?:\w+\s+){0,2}?(?:concerns?|causes?\s+of\s+concern|failings|"
    r"weaknesses|shortcomings|areas?(?:\s+for\s+improvement)?|strengths|findings|problems|improvements)\s+)?"
    r"(?:also\s+)?(?:included?|includes|relates?\s+to|related\s+to|covers?|covered|were\s+about|are\s+about|"
    r"centred\s+on|centres?\s+on)\s+(?:how|the\s+way|whether)\b", re.I)


#: A verdict of the sentence's own, which an elaboration does not have.
_OWN_VERDICT = re.compile(r"\b(?:good|outstanding|inadequate|requires?\s+improvement|poor|well|slow|weak\w*|strong\w*)\b",
                          re.I)


def _elaboration_side(text: str, before: np.ndarray | None, classes: list[str]) -> str | None:
    """The side of a sentence that spells out the findings before it (:data:`_ELABORATES`):
    the side its own noun names ("These concerns …"), else the side the sentence before it
    was given, where that is one side; None for any other sentence."""
    if (m := _ELABORATES.match(text)) is None:
        return None
    noun = m.group("noun") or ""
    bad, good = bool(_NAMES_CRITICISM.search(noun) or re.search(r"\b(?:concern|problems)\b", noun, re.I)), \
        bool(_NAMES_PRAISE.search(noun) or re.search(r"\bimprovements\b", noun, re.I))
    if bad != good:
        return "area_for_improvement" if bad else "strength"
    if before is None:
        return None
    side = classes[int(before.argmax())]
    return side if side in ("strength", "area_for_improvement") else None


def _sides_from_before(texts: list[str], befores: list[str | None], leadins: list[str | None],
                       sides: list[str | None]) -> None:
    """A list whose lead-in points back ("The move rests on four causes of concern." /
    "They relate to:") takes the side of the findings the sentence before the lead-in names
    (into ``sides``); none where it names neither side or both."""
    for i, lead in enumerate(leadins):
        if lead is None or sides[i] is not None or not _LEADIN_BACK.match(lead):
            continue
        j = next((k for k in range(i - 1, -1, -1) if texts[k] == lead), None)
        before = befores[j] if j is not None else None
        if not before:
            continue
        bad, good = bool(_NAMES_CRITICISM.search(before)), bool(_NAMES_PRAISE.search(before))
        if bad != good:
            sides[i] = "area_for_improvement" if bad else "strength"


def _leadin_side(text: str, done: bool = True) -> str | None:
    """Which side a list lead-in ("… which were that the force:") puts its items on.

    ``done=False`` leaves out lists of findings dealt with (:data:`FINDINGS_DONE`): such a
    lead-in announces its items' side without being a finding itself.
    """
    if (done and FINDINGS_DONE.search(text) and not NOT_YET_DONE.search(text)
            and not LEADIN_AFI.search(FINDING_NAMES.sub(" ", text))):
        return "strength"
    if LEADIN_EXPECT.search(text):
        # what the force is expected to do is advice, unless it is to keep up its own good work
        return "strength" if _KEEP_UP_GOOD.search(text) else "area_for_improvement"
    if LEADIN_GOOD.search(text) and not LEADIN_AFI.search(text):
        return "strength"
    if LEADIN_AFI.search(text) or LEADIN_CRITICISM.search(text.strip()):
        return "area_for_improvement"
    if LEADIN_GOOD.search(text):
        return "strength"
    return None


#: A recommendation named as a thing ("Progress against this recommendation …:") says
#: nothing of the force by itself, unlike "we recommend" or "should".
_RECOMMENDATION_NOUN = re.compile(r"\brecommendations?\b", re.I)
#: ... and so does the name of the other kind of finding the inspectorate lists.
_AREA_NOUN = re.compile(r"\bareas? for improvement\b", re.I)


def announced_side(text: str) -> str | None:
    """The side a lead-in ending in a colon announces for its list, if any.

    "Specific problems included:" and "highlighted the following improvements:" say
    there are such findings, so they take that side themselves; a lead-in that only
    names recommendations ("… the team have provided the below update:") or names no
    side ("We found the force has:") does not.
    """
    t = text.strip()
    if not t.endswith(":"):
        return None
    bare = _AREA_NOUN.sub(" ", _RECOMMENDATION_NOUN.sub(" ", t))
    side = _leadin_side(bare, done=False)
    if side is None and _AREA_NOUN.search(t):
        # "The areas for improvement arising from this inspection are:" only names the list:
        # its items are criticism (they take the lead-in's side), the lead-in is none
        return "neutral"
    return side


def _is_item(text: str, kind: str) -> bool:
    """A list item: a bullet, a fragment that starts in lower case, or one that ends in ';'.
    A short sentence that ends in a colon ("However, inspectors were concerned to find:") is
    the lead-in of a list of its own, not an item of the list before."""
    t = text.strip()
    if kind != "bullet" and t.endswith(":") and not t[:1].islower():
        return False
    return kind == "bullet" or t[:1].islower() or bool(_ITEM_END.search(t)) or len(t.split()) <= 6


def _ends_list(section: str | None, after: str | None) -> bool:
    """Does the heading ``after`` (the section of the next sentence) close a list begun under ``section``?"""
    return bool(after and after != section and CONTEXT_SECTION.match(after))


def list_leadins(texts: list[str], prev: list[str | None], kinds: list[str],
                 sections: list[str | None] | None = None) -> list[str | None]:
    """For each list item, the lead-in ending in a colon that its list hangs from (or None).

    A list ends at a heading that starts context (notes, method, annexes): the bullets of
    a press release's "Notes to editors" do not hang from the "the force should:" of the
    section before, though the one follows the other in the text. Another sub-heading
    inside the list ("Within three months") does not end it.
    """
    out: list[str | None] = [None] * len(texts)
    for i, text in enumerate(texts):
        before = prev[i]
        if before is None or not _is_item(text, kinds[i]):
            continue
        if sections and i > 0 and before == texts[i - 1] and _ends_list(sections[i - 1], sections[i]):
            continue
        if before.rstrip().endswith(":"):
            out[i] = before
        elif i > 0 and before == texts[i - 1] and out[i - 1] is not None:
            out[i] = out[i - 1]  # the next item of the same list
    return out


#: A connective set off by commas ("The way crimes are allocated, however, is
#: unstructured.") or closing the sentence ("…, though.") points back at the
#: previous sentence, like one that opens it.
_PARENTHETICAL = re.compile(
    r",\s*(?:however|though|nonetheless|nevertheless|by contrast|in contrast|even so|that said|on the other hand)"
    r"\s*(?:,|[.!?]?\s*$)",
    re.I,
)


def backward_only(text: str) -> bool:
    """Does every contrast connective of ``text`` point back at the previous sentence?"""
    rest = text
    lead = LEADING_CONTRAST.match(rest)
    if lead:
        rest = rest[lead.end():]
    masked = _PARENTHETICAL.sub(",", rest)
    return (bool(lead) or masked != rest) and not CONTRAST.search(masked.lower())


def _weigh_reported(texts: list[str], proba: np.ndarray, model: Scorer, neutral: int) -> None:
    """Let what the inspectorate reports decide a sentence that frames it.

    A long frame ("Based on the findings of our examination of crime reports for the
    period …, we estimate that …") outweighs a short finding in a bag of words, and the
    model calls the sentence context. Where the reported clause on its own is a finding,
    it decides a sentence the model thought neutral and shares the decision otherwise;
    where it is neutral itself, the sentence keeps its own reading.
    """
    found = {i: c for i, t in enumerate(texts) if (c := reported_clause(t))}
    if not found:
        return
    q = model.predict_proba(list(found.values()))
    for row, i in enumerate(found):
        if int(q[row].argmax()) == neutral:
            continue
        proba[i] = q[row] if int(proba[i].argmax()) == neutral else (proba[i] + q[row]) / 2


#: Someone named by title who then speaks in the same sentence ("Ron Hogg, Police, Crime and
#: Victims' Commissioner for County Durham and Darlington said: “…"): their words.
_SAYS_QUOTE = re.compile(r"\b(?:said|says|added|commented|stated|responded)\s*[:,]?\s*[\"“]")
#: A quotation in the first person that speaks of the report or the inspectorate from
#: outside ("“I am pleased the report recognises our commitment …"): the force's or the
#: commissioner's words; the inspectorate says "our report", "this report".
_OF_THE_REPORT = re.compile(r"^(?=.*\b(?:I|we|our|us|we['’]ve)\b)(?=.*\b(?:the report|the inspectorate|HMICFRS|HMIC)\b)"
                            r"(?!.*\bour (?:report|inspection|inspectors)\b)"
                            # (but "…,” she said, after the inspectorate found the force needs to …"
                            # carries the finding)
                            r"(?!.*\b(?:inspectorate|inspectors|HMICFRS|HMIC|report) (?:found|said|says|concluded)\b)",
                            re.S)


def _others_words(texts: list[str], prev: list[str | None]) -> list[bool]:
    """Which sentences are someone else's words: a chief constable's, a commissioner's, the
    Police Federation's (:func:`others_speak`), anyone named as speaking who is not one of
    the inspectors the passage has named (:func:`speaker`), "He said: …" after such a
    person, a quotation in which the force speaks of "our officers", and the sentences of
    a quotation that such a sentence opens, up to the one that closes it; and the sentences
    of a quotation that opens with no speaker and closes with one ("“…." / "…,” she said.")."""
    out: list[bool] = []
    # the quotation still open after each sentence spoken by someone else
    open_after: dict[str, bool] = {}
    last: str | None = None  # who was last named as speaking in this passage
    last_gender: str | None = None  # ... and "he" or "she", where the passage says
    since: int = 0  # sentences since that speaker last spoke
    inspector_gender: str | None = None  # the sex of the inspector in view, where the passage says
    inspectors: set[str] = set()
    for i, (text, before) in enumerate(zip(texts, prev, strict=True)):
        if before is None or (i and before != texts[i - 1]):
            last, last_gender, since, inspector_gender, inspectors = None, None, 0, None, set()  # a new passage
        named = inspector_names(text)
        inspectors |= named
        inside = before is not None and open_after.get(before, False)
        if before is not None and before not in open_after and others_speak(before):
            inside = quote_open_after(before)
        who = speaker(text, inspectors)
        since += 1
        if who == "pronoun":
            who = last
        elif who == "pronoun after":
            # "“…,” she said.": the speaker of one of the two sentences before, unless the
            # pronoun is the other sex's, or the speaker's sex is unknown and the pronoun is
            # the inspector's in view; when unsure, the words stay the inspectorate's
            pronoun = _ATTRIBUTED_PRONOUN.search(text)
            said = (pronoun.group(1) or pronoun.group(2) or "").lower() if pronoun else ""
            fits = last_gender == said if last_gender else not (said and inspector_gender == said)
            who = last if last is not None and since <= PRONOUN_REACH and fits else None
            if who is not None and said:
                last_gender = said
        elif who is not None:
            last = "other" if who == "other subject" else who
            last_gender, since = _gender(text), 0
        elif named:
            # "HM Inspector Wendy Williams found that …": an inspector is now the one in view
            last, last_gender, since = "inspectorate", _gender(text), 0
        if named or who == "inspectorate":
            inspector_gender = _gender(text) or inspector_gender
        still_open = quote_open_after(text, inside)
        quoted = inside or still_open or text.lstrip()[:1] in ('"', "“")
        spoken = (others_speak(text) or who == "other" or inside
                  or (who == "other subject" and _SAYS_QUOTE.search(text) is not None)
                  or (quoted and (OWN_POLICE.search(text) is not None or _OF_THE_REPORT.search(text) is not None))
                  ) and who != "inspectorate"
        if who is None and not named and others_speak(text):
            last, last_gender, since = "other", _gender(text), 0  # "Commissioner Ann Ridley welcomed the report."
        elif spoken and last == "other":
            since = 0  # (a quotation of theirs going on)
        if spoken and _ATTRIBUTED_AFTER.search(text) and not _OPENS_QUOTE.search(text):
            # "“We have made changes." / "Our control room is fully staffed,” she said.": the
            # quotation began before, with no speaker; its earlier sentences are theirs too, if
            # the walk back reaches the sentence that opens it (else it is narration)
            j, walked = i - 1, []
            while j >= 0 and prev[j + 1] == texts[j] and not out[j] and _OPEN_QUOTE_ONLY.match(texts[j]):
                walked.append(j)
                if _OPENS_QUOTE.match(texts[j]):
                    for k in walked:
                        out[k] = True
                    break
                j -= 1
        if who == "inspectorate":
            # "Wendy Harlow, from HMICFRS, said …": her surname is an inspector's from now on
            inspectors |= {m.group("surname") for m in _NAMED_PERSON.finditer(text[:120])}
        out.append(spoken)
        open_after[text] = spoken and still_open
    return out


#: An attribution after the words that closes a quotation: "…,” she said.", "…,” said Ms Lee."
_ATTRIBUTED_AFTER = re.compile(r"[,.!?…][\"”’']\s+(?:[A-Z][\w'’.-]*\s+){0,4}?(?:he|she|they|[A-Z][\w'’-]+)?\s*"
                               r"(?:said|says|added|explained|continued)\b[^\"“”]{0,40}\.?\s*$|"
                               r"[,.!?…][\"”’']\s+(?:said|added)\s+[^\"“”]{2,60}\.?\s*$")
#: A sentence inside a quotation that has no closing mark of its own ("“We have made changes.",
#: "Officers now answer calls faster."), that may belong to a quotation closed later.
_OPEN_QUOTE_ONLY = re.compile(r"^\s*[\"“‘']?[^\"“”‘’]*$")
#: A quotation opened in the sentence, with double or single marks (British papers use both).
_OPENS_QUOTE = re.compile(r"^\s*[\"“‘']|[“‘]")
#: A person's name, first name and surname, as an inspector is named ("Wendy Harlow").
_NAMED_PERSON = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+(?P<surname>(?-i:[A-Z][a-z'’-]+))\b(?<!Police)(?<!Constabulary)(?<!Inspector)"
                           r"(?<!Majesty)(?<!Service)")
#: The pronoun of an attribution after the words ("“…,” she said.").
_ATTRIBUTED_PRONOUN = re.compile(r"\b(he|she)\s+(?:also\s+)?\w+\.?[\"”’']?\s*$|\b\w+\s+(he|she)\.?\s*$", re.I)


def _gender(text: str) -> str | None:
    """"he" or "she" for the person a sentence names as speaking, where it says: an honorific
    (Mr, Ms, Dame …) or "he" / "she" as a subject ("said he was …", "she had waited"); never
    "her" or "him", who may be a victim ("the complaint about her treatment")."""
    male = re.search(r"\b(?:Mr|Sir|Lord)\b|\b[Hh]e\s+(?!and\b|or\b)[a-z]+|\b(?:spokes|chair|business)man\b", text)
    female = re.search(r"\b(?:Mrs|Ms|Miss|Dame|Lady)\b|\b[Ss]he\s+(?!and\b|or\b)[a-z]+|\b(?:spokes|chair|business)woman\b",
                       text)
    if not (male or female) and not _SOMEONE_ELSE.search(text):
        # "…, said neighbourhood officers had cleared dealers off her street": with no one else
        # in the sentence, "her" or "his" is the speaker's
        male, female = re.search(r"\bhis\b", text), re.search(r"\bher\b", text)
    if male and not female:
        return "he"
    if female and not male:
        return "she"
    return None


#: Someone else a "her" or "his" may be: a victim, a detainee, a relative.
_SOMEONE_ELSE = re.compile(r"\b(?:victims?|complainants?|detainees?|suspects?|wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|"
                           r"mother|father|daughter|son|wife|husband|partner|sister|brother|officer|constable|resident)\b",
                           re.I)


def _closed_with_caveat(text: str) -> bool:
    """A decision that closes a concern or ends enhanced monitoring, whose only other clause
    is a remainder without content (:data:`VAGUE_REMAINDER`)."""
    if not (DISCHARGED.search(text.lower()) or OUT_OF_ENGAGE.search(text)):
        return False
    parts = split_clauses(text)
    return len(parts) > 1 and any(VAGUE_REMAINDER.match(p) for p in parts)


def _wants(text: str) -> bool:
    """The text says what the force still lacks: a shortfall before a goal, a need stated,
    a standard missed or what the force is told it must do."""
    return bool(SHORTFALL_BEFORE_GOAL.search(text) or FORCE_MODAL.search(text)
                or PASSIVE_MODAL.search(text)) or states_need(text)


def _boost(p: np.ndarray, j: int, weight: float) -> np.ndarray:
    q = p * (1 - weight)
    q[j] += weight
    return q
