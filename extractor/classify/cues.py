"""Cue features: the words that decide a finding's polarity in inspection prose.

A bag of n-grams misses structure that careful readers use: which side of
"although"/"however" a clause sits on, negation of praise or criticism, the
modal "should", hedges and grade words. These hand-written cues are appended to
the n-gram features and also drive the clause split used for mixed sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from extractor.settings import CASES_SHORT_SHARE, FEW_LEFT_TOTAL, PROGRESS_MIXED, UNSPOKEN_MIN_CHARS
from extractor.understand.themes import builtin_taxonomies, normalise_heading

# The cue patterns expect lower-cased text (case-insensitive matching is 2-3 times
# slower); LEADING_CONTRAST, _SPLIT and _CONCESSIVE also run on original text.
#: "yet" joins contrasting clauses (", yet it …"), but "not yet", "has yet to", "has yet
#: been", "as yet" and "yet again" are adverbs of time and contrast nothing.
_YET = r"(?<!not )(?<!n't )(?<!n’t )(?<!has )(?<!have )(?<!had )(?<!\bas )yet(?! (?:to|again|another|more)\b)"
CONTRAST = re.compile(
    r"\b(although|though|but|however|while|whilst|despite|" + _YET + r"|nevertheless|nonetheless|"
    r"albeit|even so|in spite of|notwithstanding|on the other hand|whereas)\b",
    0,
)
_CONCESSIVE = re.compile(r"^\s*(although|though|even though|while|whilst|despite|in spite of|albeit)\b", re.I)
_SPLIT = re.compile(
    r"(?:,|;|:|—|–)?\s*\b(?=(?:although|though|but|however|while|whilst|despite|" + _YET + r"|"
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
    r"scope to|requir(?:es?|ing) improvement|areas? (?:for|of|requiring) improvement|should|needs? to|must|ought|recommend\w*|too (?:many|few|long|slow))\b",
    0,
)
MODAL = re.compile(r"\b(should|needs? to|must|ought to|is required to|we recommend|recommends?|recommendation)\b", 0)
HEDGE = re.compile(r"\b(generally|in most cases|mostly|largely|usually|often|sometimes|some|not always|in some cases|inconsistent\w*|variable|varied|mixed)\b", 0)
GRADE_POS = re.compile(r"\b(outstanding|good)\s+(?:at|in|service)\b|\bto be (?:outstanding|good)\b", 0)
GRADE_NEG = re.compile(r"\brequir(?:es?|ing) improvement\b|\binadequate\b", 0)
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

#: A criticism counted as absent or scarce ("no backlog", "few overdue risk assessments",
#: "fewer crimes went unrecorded", "no causes of concern"): praise in critical words.
NEGATED_CRITICISM = re.compile(
    r"\b(?:no|few|fewer|very few|hardly any|none of the|not a single|no longer|zero)\s+(?:\w+\s+){0,3}?"
    r"(?:unrecorded|missed|overdue|concerns?|backlogs?|delays?|complaints?|failures?|errors?|gaps?|"
    r"problems?|weakness(?:es)?|mistakes?|breaches|lapses|abandoned|unallocated|delayed|wrongly|"
    r"requires? improvement|inadequate|causes? of concern|(?:grades?|judgments?|judgements?) of)\b"
)
_NEGATED_WORDS = ("no ", "few", "hardly any", "not a single", "zero ")

#: Enhanced monitoring: a force moved into (or kept in) Engage is a force criticised.
ENGAGE = re.compile(
    r"\b(?:mov\w*|escalat\w*|plac\w*|put)\b[^.;]{0,60}?\b(?:in)?to\b[^.;]{0,30}?\b(?:engage|enhanced (?:level of )?monitoring)\b"
    # "placed the force in Engage": "in" or "under" right before the process's name, so that
    # "put officers in neighbourhoods … they engage well" is no move
    r"|\b(?:mov\w*|escalat\w*|plac\w*|put)\b[^.;]{0,60}?\b(?:in|under)\s+(?:the\s+)?(?:engage|enhanced (?:level of )?monitoring)\b"
    r"|\b(?:remains?|remained|stays?|still) (?:in|under)\b[^.;]{0,30}?\b(?:engage|enhanced monitoring)\b"
    r"|\baccelerated causes? of concern\b",
    re.I,
)
#: A cause of concern or recommendation closed, met or discharged; a force leaving Engage.
DISCHARGED = re.compile(
    r"\b(?:discharg\w+|closed? (?:the |this |its |our |all |both |remaining |the force's )?(?:\w+ ){0,3}"
    r"(?:causes? of concern|recommendations?|areas? for improvement)|(?:(?:moved|came|taken|released) (?:out of|from) |left |leaves |exit\w* )"
    r"(?:the )?(?:\w+ ){0,3}(?:engage|enhanced monitoring)|returned to (?:routine|normal|standard) "
    r"monitoring|(?:recommendations?|causes? of concern) (?:has|have|had) been (?:\w+ )?(?:met|completed|addressed|closed|discharged)"
    r"|(?:recommendation|cause of concern) (?:is|was) (?:now )?(?:complete|met|closed)|satisfied that)\b"
)
#: "We identified two causes of concern": an earlier finding recalled is still a criticism.
BACK_REFERENCE = re.compile(
    r"\b(?:we|hmic\w*|inspectors?|the inspectorate|our (?:\w+ ){0,3}(?:inspection|report)) (?:\w+ ){0,2}"
    r"(?:identified|raised|found|set out|gave|made|issued|reported) (?:\w+ ){0,4}"
    r"(?:causes? of concern|areas? (?:for|of) (?:improvement|concern)|recommendations?|weaknesses|failings)\b"
)
#: A cause of concern the inspectorate recalls having issued ("In March we published our
#: report on the force and set out a further cause of concern about …", "This problem was
#: raised as our cause of concern after the last inspection"): the issue's back-references,
#: criticism still standing. The dates and the act of publishing read as context to the
#: model. Only the inspectorate's act (we, our report, inspectors, or the passive), not the
#: force's ("The force published an action plan in response to our cause of concern").
#: Not once it is settled (resolved, closed, responded to, acted on), nor denied ("no
#: causes of concern"), nor in method text on what the inspectorate may do ("we may issue
#: a cause of concern where …") or what a grade means.
_CONCERN_RECALLED = re.compile(
    r"\b(?:we|our\s+(?:\w+\s+){0,3}?(?:report|inspection|letter)|inspectors|hmic\w*|the inspectorate|"
    r"(?:the|this|that|an?|its)\s+(?:\w+\s+){0,3}?(?:report|inspection))\b[^.;]{0,40}?"
    r"\b(?:published|issued|identified|raised|added|gave|highlighted|set out)\b[^.;]{0,60}?\bcauses? of concern\b"
    r"|\b(?:was|were|had been|has been|have been) (?:first )?(?:published|issued|identified|raised|highlighted|set out)"
    r"\s+(?:as\s+)?(?:an?\s+|our\s+|the\s+)?(?:\w+\s+)?causes? of concern\b"
    r"|\bcauses? of concern\b[^.;]{0,40}?\b(?:(?:was|were|had been|has been|have been) (?:first )?"
    r"(?:published|issued|identified|raised|highlighted|set out)|identified (?:in|during|at))\b"
    # "… the standard of its investigations gave us a cause of concern"
    r"|\bgave us (?:an?\s+|our\s+)?(?:\w+\s+)?causes? of concern\b", re.I)
_CONCERN_SETTLED = re.compile(
    r"\b(?:resolved|closed?|discharg\w+|addressed|met|no longer|removed|lifted|progress\w*|improv\w+|satisfied|"
    r"responded (?:well|positively|quickly|promptly|effectively|robustly)|tackled|acted on|"
    r"taken (?:\w+ )?action|"
    r"(?-i:may)|might|can|could|will|would|if|where|whether|unless|any|no|not|none|means?)\b", re.I)


def concern_recalled(text: str) -> bool:
    """Does the sentence recall a cause of concern the inspectorate issued, not settled
    (:data:`_CONCERN_RECALLED`)?"""
    if "concern" not in text.lower():
        return False
    return _CONCERN_RECALLED.search(text) is not None and _CONCERN_SETTLED.search(text) is None


#: A shortfall before a goal: "has further to go before its investigations are consistently
#: effective", "more work is needed if the force is to provide a good service", "must
#: improve before it can be confident that …". The goal's praise words say what the force
#: has not reached yet; the sentence is a criticism.
SHORTFALL_BEFORE_GOAL = re.compile(
    r"\b(?:more (?:work )?(?:to do|ahead|is needed|is required|needed)|(?:further|some way|a (?:long )?way) to go|"
    r"work (?:ahead|to do|remains)|remains? to be done|(?:must|needs? to|has to|have to) improve|"
    r"(?:is|are) (?:not yet|some way from|far from))\b"
    r"[^.;]*?\b(?:before|until|so that|if (?:it|the force|the constabulary|they) (?:is|are) to|in order to|"
    r"to (?:offer|provide|give|deliver|achieve|reach|make sure|ensure))\b",
    re.I,
)
#: The inspectorate reporting what it found: "Based on our examination of crime reports
#: for …, we estimate that the force fails to record …", "We published the report … and
#: concluded that its arrangements were not acceptable". The frame (method, dates, the
#: act of publishing) reads as context; the judgement is in what follows "that". Only the
#: inspectorate's own voice: "the force told us that …" stays a claim.
REPORTED_FRAME = re.compile(
    r"^(?:.*?\b)?(?:we|inspectors|our inspectors|the inspectorate|hmicfrs|hmic|"
    # a news page's "The report also noted that …": the inspectorate's report speaking
    r"(?:the|this|its|their) (?:latest |new |full |published )?(?:report|inspection|assessment))\s+(?:[^;:]{0,150}?\s+and\s+)?"
    r"(?:also\s+|then\s+|have\s+|had\s+)?"
    r"(?:found|finds|find|concluded|conclude|estimate[sd]?|identified|identify|judged|noted|notes|observed|saw|considered|"
    r"consider|(?:are|were) concerned)\s+that,?\s+(?P<reported>.{12,})$",
    re.I,
)


def reported_clause(text: str) -> str | None:
    """What the inspectorate reports it found, without the frame (:data:`REPORTED_FRAME`)."""
    m = REPORTED_FRAME.match(text.strip())
    return m.group("reported") if m else None


#: A need stated as such: "More consistency is needed …", "considerable improvement is
#: required", "better supervision is necessary". What is needed is missing now, however
#: many praise words describe it; "no further action is needed" and "areas where
#: improvement is needed" are not one.
#: The force as a sentence's subject: "the force", "the constabulary", "it" or the force's
#: name ("Wessex Police", "Avon and Somerset Constabulary"). Case-sensitive where used
#: without re.I (a name starts with a capital); the patterns that use it under re.I match
#: it in any case, save the name's capitals, which are matched case-sensitively and at
#: most five words long: read case-blind and unbounded, "and" and "of" could be a name's
#: words or its joins, and a long run of them ("the protection of children and of adults
#: and of …") took seconds per sentence, doubling with each pair.
_FORCE_SUBJECT = (r"(?:[Tt]he\s+(?:force|constabulary|service)|[Ii]t|(?:[Tt]he\s+)?"
                  r"(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’-]*){0,4})\s+(?:Police(?:\s+Service)?|Constabulary))")
NEED_STATED = re.compile(
    r"\b(?:(?:much|some|far|considerably|significantly|still)\s+)?"
    r"(?:more|better|greater|further|closer|clearer|stronger|improved|additional|considerable|significant|urgent|substantial)"
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:is|are)\s+(?:still\s+|now\s+|urgently\s+|also\s+|therefore\s+|thus\s+)?(?:needed|required|necessary)\b"
    # ("The inspectorate said improvement was needed in:", as a press piece reports it)
    r"|\b(?:improvements?|work|action|progress|change|changes)\s+(?:is|are|was|were)\s+"
    r"(?:(?:still|urgently|therefore|thus|also|now)\s+)?(?:needed|required)\b"
    r"|\b(?:improvements?|work|progress|changes?)\s+(?:must|needs? to|should|has to|have to)\s+be\s+(?:made|done|achieved)\b"
    # "officers needed a better, up-to-date picture of …", "the force needs clearer oversight",
    # "the force needs a clear, detailed plan for the future" (one it has not got)
    r"|\b(?:needs?|needed)\s+(?:an?\s+)?(?:much\s+|far\s+)?(?:better|clearer|stronger|fuller|improved|more accurate)\b"
    # ... said of the force ("However, the force needs a clear plan"), not of a case that
    # needs a formal review
    rf"|^\W*(?:(?:however|but|and|meanwhile|also|overall)\W+)?{_FORCE_SUBJECT}\s+(?:also\s+|still\s+|now\s+|urgently\s+)?"
    r"needs\s+an?\s+(?:clear|coherent|credible|detailed|comprehensive|robust|consistent|proper|formal)\b"
    # "the force also requires improvements in the way its officers …" (the plural: no grade;
    # not "the required improvements", work that may be done)
    r"|\brequires\s+improvements\b"
    # "Victims could be better served through more consistent updates"
    r"|\bcould\s+(?:be|have\s+been)\s+(?:much\s+|far\s+)?better\b|\bcould\s+do\s+(?:more|better)\b"
    # "Its local approach could be more consistent", "The force could make more consistent
    # use of …", "It could take further steps to …": what would be better, said of it
    r"|\bcould\s+(?:also\s+)?(?:be\s+(?:much\s+|far\s+)?(?:more|clearer|stronger|quicker|faster)\b|"
    r"make\s+(?:much\s+)?(?:more|better|greater|fuller|wider)\s+(?:[\w-]+\s+)?use\b|"
    r"take\s+(?:further|more|additional)\s+(?:steps|action)\b|further\s+(?:improve|strengthen|develop|enhance)\b)"
    # "Scrutiny of stop and search could be improved by reviewing footage", "This would be
    # enhanced by more structured conversations with the public": what would make it better
    r"|\b(?:could|would)\s+be\s+(?:further\s+|much\s+|greatly\s+|significantly\s+)?"
    r"(?:improved|enhanced|strengthened)\s+(?:by|if|through|with)\b"
    # "It has been told to attend calls within its targets", "was urged to improve":
    # the inspectorate's instruction as a press piece reports it
    r"|\b(?:has\s+been|have\s+been|was|were|is\s+being)\s+(?:told|urged|ordered|instructed|directed)\s+to\s+"
    r"(?!(?:keep|continue|maintain)\b)\w+",
    re.I,
)
#: Falling short of a standard or target: "below the expected standard of 90 percent",
#: "short of the national target", or lacking what meets one ("lacks adequate plans"). A
#: standard is a goal, so this is criticism whichever way the figure before it reads.
SHORT_OF_STANDARD = re.compile(
    r"\b(?:below|short of|lower than|less than|(?:did|does|do) not (?:meet|reach)|fail(?:s|ed)? to (?:meet|reach)|"
    r"miss(?:es|ed)?)\s+(?:the|its|their|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:standards?|targets?|benchmarks?)\b"
    # "Emergency calls are not being answered as quickly as national targets require"
    r"|\bnot\s+(?:\w+\s+){0,3}?as\s+(?:quickly|promptly|fast|often|well)\s+as\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:national\s+|local\s+|own\s+|agreed\s+)?(?:targets?|standards?)\b"
    # "The force lacks adequate strategic plans": the grade word names what is missing
    r"|(?P<lack>\black(?:s|ed|ing)?\s+(?:an?\s+|any\s+)?(?:adequate|sufficient|proper|effective|robust|appropriate|"
    r"suitable)\b)",
    re.I,
)
#: A count set against what is needed ("245 trained detectives, against a requirement of
#: 412"): short of it when the count is the smaller.
_AGAINST_NEED = re.compile(r"\b(\d[\d,]*)\b(?:(?!\d)[^.;]){0,80}?\b(?:against|compared with|out of)\s+(?:an?\s+|the\s+|its\s+)?"
                           r"(?:requirement|target|establishment|need|minimum|planned (?:number|total))\s+(?:of\s+)?(\d[\d,]*)\b",
                           re.I)
#: A share set against a target in per cent ("picks up 71.4% of emergency calls inside ten
#: seconds, against its own target of 90%"), the target national, local, agreed, expected
#: or the force's own, or a standard: short of it when the share the force achieved is the
#: smaller. That is the last share before the target that is not a comparison ("up from
#: 60%", "compared with 85% in 2021") or the base of the figure ("of the 30% of calls graded
#: as emergencies").
_AGAINST_SHARE_TARGET = re.compile(
    r"\bagainst\s+(?:an?\s+|the\s+|its\s+)?(?:(?:national|local|agreed|expected|own)\s+)?(?:target|standard|minimum)\s+"
    r"(?:of\s+)?(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", re.I)
_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent)", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:from|with|than|against|of the|of)\s*$", re.I)
_A_YEAR_AFTER = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:19|20)\d\d|last|previous|that)\b", re.I)
_SHARE_OF_WHAT = re.compile(r"\s+of\s+(?:\w+\s+){0,3}?(?:graded|classed|assessed|categorised)\b", re.I)


def short_of_need(text: str) -> bool:
    """Does the sentence set a count against a larger requirement or target, or the share
    the force achieved against a higher target in per cent?"""
    if not re.search(r"\b(?:against|compared with|out of)\b", text, re.I):
        return False
    if (t := _AGAINST_SHARE_TARGET.search(text)) is not None:
        # the force's own share: not one it is compared with ("up from 60%", "compared with
        # 85% in 2021") or the share of calls a figure is taken over ("of the 30% of calls …")
        shares = [m for m in _SHARE.finditer(text, 0, t.start())
                  if not _COMPARED_BEFORE.search(text, 0, m.start()) and not _A_YEAR_AFTER.match(text, m.end())
                  and not _SHARE_OF_WHAT.match(text, m.end())]
        return bool(shares) and float(shares[-1].group(1)) < float(t.group(1))
    m = _AGAINST_NEED.search(text)
    return m is not None and int(m.group(1).replace(",", "")) < int(m.group(2).replace(",", ""))


#: Crimes left out of the record: the crime data integrity inspections' central criticism
#: ("we estimate that the force fails to record over 2,400 crimes each year", "the 12.8
#: percent of reported crimes that go unrecorded include …", "is only recording 82.6
#: percent"), which reads as a plain figure to a bag of words.
UNRECORDED = re.compile(
    r"\b(?:go|goes|went|gone|going|are|were|is|was|remain|remained|left) unrecorded\b|\bleft off the books\b|"
    r"\b(?:fails?|failed|failing) to record\b|\bonly record(?:ing|s|ed)\b|"
    # "71 crimes … missing from the record", "reports that never reach the record", "the
    # crimes the force left off its records"
    r"(?P<missing>\b(?:missing from|never reach(?:es|ed)?|left off|left out of) (?:the|its|their) "
    r"(?:(?:force|constabulary)['’]s )?(?:crime )?records?\b)",
    re.I,
)
#: "Fewer crimes went unrecorded than …": a shortfall that has shrunk is progress; "a crime
#: that goes unrecorded …" speaks of any crime, not of this force's.
_LESS_BEFORE = re.compile(
    r"\b(?:fewer|less|lower|reduc\w*|fell|fall\w*|no longer)\b[^,;:.]*$"
    r"|\b(?:a|an|any|each|every|when|if)\s+(?:[\w-]+\s+){0,2}?(?:crimes?|offences?|reports?)\s+(?:that\s+|which\s+)?"
    r"(?:(?:is|are|was|were|has been|have been)\s+)?$", re.I)
_CRIME_WORD = re.compile(r"\b(?:crimes?|offences?|reports?|reported|incidents?|rapes?|cases)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:no|not|nothing|never|little)\b[^,;:.]*$", re.I)
#: What denies a lack or puts it in the past: "None of the files we reviewed lacked …",
#: "Few victims lacked …", "Victims who previously lacked … now …".
_LACK_NOT_BEFORE = re.compile(r"\b(?:none|(?<!a )few|previously|formerly|no longer|used to)\b[^,;:.]*$", re.I)
#: "… where (we consider) improvement is needed", "what further work is required": a
#: clause that names a need without stating it of the force.
_RELATIVE_BEFORE = re.compile(r"\b(?:where|which|what|whether|if|how)\b(?:\s+[\w'’]+){0,3}\s*$", re.I)


#: Words without which :data:`NEED_STATED`, :data:`SHORT_OF_STANDARD` and :data:`UNRECORDED`
#: cannot match (checked first: :func:`states_need` runs on every sentence).
_NEED_WORDS = ("need", "requir", "necessar", " be made", " be done", " be achieved", "could ", "would ", "told to",
               "urged to", "ordered to", "instructed to", "directed to")
_STANDARD_WORDS = ("standard", "target", "benchmark", "lack")
_RECORD_WORDS = ("record", "off the books")


#: What makes a need stated in the past someone else's account or history: the force
#: speaking, or a year.
_PAST_NEED_NOT_OURS = re.compile(r"\b(?:told|informed|assured)\s+us\b|\b(?:force|constabulary|it)\s+said\b|"
                                 r"\b(?:19|20)\d\d\b", re.I)


def states_need(text: str) -> bool:
    """The text states a need (:data:`NEED_STATED`), a standard missed
    (:data:`SHORT_OF_STANDARD`, or a count short of a requirement, :func:`short_of_need`)
    or crimes left unrecorded (:data:`UNRECORDED`) that no
    "no" or "not" before it denies, no "where" or "what" before it turns into the name of
    one, and, for unrecorded crimes, no "fewer" before it turns into progress."""
    low = text.lower()
    for pattern, words in ((NEED_STATED, _NEED_WORDS), (SHORT_OF_STANDARD, _STANDARD_WORDS), (UNRECORDED, _RECORD_WORDS)):
        if not any(w in low for w in words):
            continue  # (the pattern cannot match without one of its words: most sentences)
        m = pattern.search(text)
        if m is not None:
            before = text[: m.start()]
            if pattern is UNRECORDED and _LESS_BEFORE.search(before):
                continue
            found = m.groupdict()
            if found.get("missing") and not _CRIME_WORD.search(text):
                continue  # "the file was missing from the record": no crime left out
            if found.get("lack") and _LACK_NOT_BEFORE.search(before):
                continue  # "None of the files lacked …", "victims who previously lacked …"
            if pattern is NEED_STATED and re.search(r"\s(?:was|were)\s", m.group()) and _PAST_NEED_NOT_OURS.search(text):
                continue  # "The force told us more work was needed", "In 2019 we found improvement was needed"
            if not _NEGATED_BEFORE.search(before) and not _RELATIVE_BEFORE.search(before):
                return True
    return short_of_need(text)


#: What after "should be" / "needed to be" is praise or a remark, not advice ("should be
#: commended", "should be noted"), and a savings requirement after a modal ("must save
#: £20m"): shared by :data:`FORCE_MODAL` and :data:`REPORTED_NEED`.
_PRAISED_BE = r"commended|proud|applauded|praised|congratulated|pleased|noted|recogni[sz]ed"
_SAVINGS_TO_MAKE = r"(?:save|find|make) (?:£|savings|further savings|\d)"


#: The force told what it must do (LABELLING rule 4): "It also needs to work better with
#: partners …", "The constabulary should review …", and its workforce ("Supervisors need to
#: check far more of the files they approve"). Praise in the same frame ("should be
#: commended"), a remark ("it should be noted") and a savings requirement ("must save
#: £20m") are not criticism. For the workforce only "need to", "should" and "have to be
#: better" count: "Officers must record a crime within a day" and "Supervisors have to
#: approve every closure" state the rules they work to, and a second clause may say they
#: keep them ("…, and they nearly always do").
FORCE_MODAL = re.compile(
    # a recommendation's deadline may come first: "By April 2020, the chief constable should …"
    r"^\W*(?:(?i:by|within|no later than)\s[^,]{3,40},\s*)?"
    r"(?:(?:(?i:it|the (?:force|constabulary|service)|(?:the|its|the force['’]s) (?:chief constable|chief officers|"
    r"senior leaders|leaders|leadership team)|chief officers|senior leaders)"
    r"|[A-Z][\w-]+(?: [A-Z][\w-]+)* (?:Police|Constabulary))\s+"
    r"(?:also\s+|still\s+|now\s+|urgently\s+|therefore\s+|further\s+)?(?:needs? to|should|must|has to|have to)"
    # the workforce told what it must do: "They also need to be much better at keeping victims informed"
    r"|(?i:they|officers|staff|supervisors|managers|call handlers|investigators)\s+"
    r"(?:also\s+|still\s+|now\s+|urgently\s+|therefore\s+|further\s+)?"
    r"(?:need to|should|have to(?=\s+(?:be\s+(?:better|more|much)|get\s+better|improve)\b))"
    # (not when a second clause says they keep the rule: "…, and they nearly always do")
    r"(?![^.;]*,\s*(?:and|which)\s+(?:they|most|nearly all|almost all)\s+(?:(?:nearly|almost|consistently|usually|now)\s+)?"
    r"(?:always\s+)?(?:do|did|does)\b))\s+"
    rf"(?!be (?:{_PRAISED_BE}|emphasi[sz]ed|stressed|said|remembered)\b|{_SAVINGS_TO_MAKE})",
)


#: The inspectorate as a press piece names it when it reports what the inspectorate did:
#: "the report urged …", "inspectors praised …", "the watchdog slammed …" (one home for the
#: advice, praise and criticism patterns that use it).
PRESS_VOICE = r"(?:report|inspectors?|inspectorate|watchdog|HMICFRS|HMIC)"


#: What the inspectorate is reported to have said the force must do (LABELLING rule 4 in
#: reported speech, as news pages and back-references put it): "Inspectors said the
#: constabulary needed to answer non-emergency calls far more quickly", "When we last
#: inspected, we found that officers needed to supervise investigations better", "The
#: watchdog has called for better training for call handlers". Reported speech shifts the
#: tense ("needed to"), which :data:`FORCE_MODAL` (the inspectorate's own present-tense
#: advice) does not read. "had to" only with a call to improve ("had to get better at …"):
#: otherwise it describes ("found that the force had to deal with a rise in demand"); not praise in the same frame ("should be applauded") or a
#: savings requirement; not the force's own people (:data:`_OTHER_SPEAKER`) or the force
#: itself ("The force said it needed to …") saying it.
REPORTED_NEED = re.compile(
    r"\b(?:said|says|found|finds|concluded|concludes|warned|warns|stated|states|added|noted|notes|recommended|"
    r"recommends|believes?|believed|felt)\s+(?:that\s+)?"
    r"(?:the\s+|its\s+)?(?:force|constabulary|service|police|officers|leaders|senior leaders|chief officers|it|they|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Police|Constabulary))\s+"
    r"(?:still\s+|also\s+|now\s+|urgently\s+|further\s+)?"
    r"(?:needed to|needs to|must|should|ought to|had to(?=\s+(?:improve|get better|be better|do more|do better)\b))\s+"
    rf"(?!be (?:{_PRAISED_BE})\b|{_SAVINGS_TO_MAKE}|(?:keep|continue|maintain)\b)"
    r"|(?i:\b(?:watchdog|inspectorate|inspectors|report|HMICFRS|HMIC)\s+(?:has\s+|have\s+)?(?:also\s+)?"
    r"(?:calls?|called)\s+(?:for\s+(?:more|better|greater|clearer|further|urgent|improved|improvements?|"
    r"an?\s+(?:overhaul|review|improvement))\b))"
    # what the inspectors want of the force is a recommendation in other words: "Inspectors
    # want local teams to get better at …", "the watchdog wants the central unit staffed for
    # …" (not what they wanted to find out: "Inspectors wanted to know how …")
    # (not a detective inspector of the force, nor what they want kept up or of every force)
    r"|(?i:\b(?:inspectors|inspectorate|HMICFRS|HMIC|watchdog)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:wants?|would\s+like)\s+(?:to\s+see\s+)?(?!to\b)(?:the\s+|its\s+|local\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:force|constabulary|service|police|officers|leaders|leadership|teams?|units?|staff|supervisors|it|them)\b"
    r"(?!\s+(?:to\s+)?(?:keep|continue|maintain|sustain|build\s+on)\b)"
    r"(?![^.;]*\b(?:nationally|all\s+forces|other\s+forces|every\s+force)\b))"
    # "Inspectors have called on the force to improve …", "the report urged the constabulary
    # to review …": the recommendation as a press piece reports it
    r"|(?i:\b" + PRESS_VOICE + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:called\s+on|urged)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:force|constabulary|service|police|it|"
    # ... or its people ("inspectors urged custody officers to record why clothing was taken")
    r"chief\s+constables?|leaders|officers|staff|supervisors|managers|commanders|teams?|units?|detectives|"
    r"call\s+handlers)\s+to\s+"
    # (not to keep up or build on what they do well, nor the inspection's own asks: "to take
    # part in a survey", "to tell us about any concerns", "to show us examples")
    r"(?!(?:keep|continue|maintain|sustain|build\s+on|be\s+proud|share\s+(?:\w+\s+){0,2}good|take\s+part|"
    r"complete\s+(?:the\s+|our\s+|a\s+)?(?:\w+\s+)?survey|tell\s+(?:us|them|inspectors)|show\s+(?:us|them|inspectors))\b))"
    # "The report recommended that the constabulary review its policy": the recommendation in
    # the subjunctive, with no modal (not "recommended that the force has …", a finding)
    # (the inspectorate's own recommendation: not national guidance's, a policy's or a doctor's)
    r"|(?i:(?:\b(?:report|inspectors?|inspectorate|watchdog|HMICFRS|HMIC|we)\b[^.;]{0,25}?|^\W*it\s+(?:also\s+)?)"
    r"\b(?:recommend(?:s|ed)?|urges|urged|advises|advised)\s+that\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:force|constabulary|service|it|officers|leaders|staff|supervisors|managers|chief\s+constable)\s+"
    r"(?!(?:has|have|had|is|was|were|are|be|did|does|do|will|would|can|could|may|might|should|must|needs?|"
    r"ought|continues?|keeps?|maintains?|now|already|also|still|forces)\b)[a-z]+\b)"
    # "The report emphasises the need for all custody staff to follow …" (not a need of
    # forces nationally or of government)
    r"|(?i:\b" + PRESS_VOICE + r"\s+(?:also\s+)?"
    r"(?:emphasi[sz]es|emphasi[sz]ed|stresses|stressed|underlines|underlined|highlights|highlighted)\s+"
    r"(?:the\s+)?(?:urgent\s+|clear\s+|continuing\s+)?need\s+(?:for|to)\b"
    r"(?![^.;]*\b(?:nationally|all\s+forces|other\s+forces|forces\s+to|government|home\s+office|funding)\b))",
)
#: The force itself as the sentence's subject and speaker ("The force said it …").
_FORCE_SPEAKS = re.compile(r"^\W*(?:(?:the\s+)?(?:force|constabulary|service|police)|"
                           r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Police|Constabulary)))\s+(?:also\s+|has\s+)?$", re.I)


#: ... advice since acted on ("… urged custody officers to record why clothing was removed,
#: and they now do so", "…, and it has"): a recommendation met, no criticism now.
_ADVICE_TAKEN = re.compile(r"\b(?:and|which)\s+(?:it|they|the\s+force|the\s+constabulary)\s+(?:has|have|now)\b"
                           r"(?:\s+(?:now|since|done\s+so|acted|do(?:es)?\s+so)\b|\s*[.;]|$)"
                           r"|\b(?:has|have)\s+since\s+(?:done\s+so|acted\s+on\s+it)\b", re.I)


def reported_need(text: str) -> bool:
    """Is the sentence the inspectorate's advice in reported speech or put as what it wants
    (:data:`REPORTED_NEED`),
    not spoken by the force or its own people?"""
    low = text.lower()
    if not any(w in low for w in ("need", "must", "should", "ought", "call", "had to", "want", "like", "urge",
                                  "recommend", "advise")):
        return False  # (the pattern cannot match without one of these: most sentences)
    m = REPORTED_NEED.search(text)
    if m is None or _ADVICE_TAKEN.search(text, m.end()):
        return False
    before = text[: m.start()]
    return re.search(_OTHER_SPEAKER, before, re.I) is None and _FORCE_SPEAKS.search(before) is None


#: A recommendation in the passive ("Every anti-social behaviour incident should be recorded
#: accurately", "Cell call bells should be tested daily"): the model reads the praise words
#: of what should be done. Not when the modal is inside a clause ("made clear that crime
#: must be recorded", "understood when an incident should be recorded"), says what people
#: in general are owed ("Anyone detained should be treated fairly"), or praises ("should be
#: commended").
PASSIVE_MODAL = re.compile(
    r"^\W*(?!(?:anyone|everyone|no one|people|police officers|officers)\b)"
    r"[A-Za-z](?:(?!\b(?:that|when|whether|what|how|which|who|why|if)\b)[\w\s'’-]){2,60}?"
    r"\b(?:should|must|needs? to)\s+(?:always\s+|also\s+|now\s+)?be\s+"
    r"(?!(?:commended|proud|applauded|praised|congratulated|pleased|noted|able|made aware|treated as)\b)\w+(?:ed|en)\b",
    re.I)


#: A performance measure set against a benchmark (the issue's "comparatives" and "numbers
#: with a comparison"): "Arrest rates for domestic abuse are lower than the average",
#: "Sickness absence is lower than in most forces", "the proportion of abandoned calls was
#: among the highest of any force". Whether higher is praise depends on the measure, which
#: a bag of words cannot know: "lower" reads as criticism in both sentences above. Only
#: measures of the force's own work count; crime levels, funding and spending per head are
#: context (LABELLING rule 7), public-survey results are read either way by careful
#: readers (so left to the model), and a comparison with what a force "should" do is left to
#: the other cues.
_MEASURE_UP = re.compile(
    r"\b(?:arrest rates?|arrests? per|charge rates?|charged?(?: or summons(?:ed)?)?|positive outcomes?|outcome rates?|"
    r"search(?:es)? (?:that |which )?(?:find|found)|find rates?|"
    r"accuracy|recording rates?|records? (?:about |around |only |just )?\d[\d.]* ?(?:per ?cent|%) of|"
    r"compliance|retention|retained|solved|detection rates?|answered)\b")
_MEASURE_DOWN = re.compile(
    r"\b(?:abandon\w*|sickness|absence|backlogs?|wanted for arrest|unrecorded|errors?|vacanc(?:y|ies)|"
    r"attrition|overdue|complaints?|hang(?:s|ing)? up|gave up|give up|waiting times?|waited|waits?)\b")
_HIGHER = r"higher|greater|more|larger|above|bigger|(?:twice|double|three times|treble)"
_LOWER = r"lower|fewer|less|smaller|below|half"
#: the benchmark: an average, other forces, the national rate, the last inspection
_BENCHMARK = (r"(?:than|the)\s+(?:(?:the|in|at|for|that of|those of|among|many|most|any|other|similar|its|their|"
              r"national|england|average|rate|we|it did|before|last|previous|in \d{4}|(?:is|was) the case)\b)")
_COMPARED = re.compile(
    rf"\b(?P<dir>{_HIGHER}|{_LOWER})\b(?! [\w-]+ly\b)(?: [\w-]+){{0,8}}? {_BENCHMARK}"
    r"|\bamong the (?P<rank>highest|lowest|best|worst)\b"
    r"|\b(?P<dir2>above|below) (?:the )?(?:national |england and wales )?(?:average|rate|figure)\b")
#: a definition or a comparison the sentence itself denies; "more quickly than" compares
#: a manner, which the model reads well, not a measure (the lookahead above)
_NOT_A_COMPARISON = re.compile(r"\b(?:does not|doesn't|doesn’t) (?:by|on) (?:itself|its own)|\bshould\b|\bexpect\w*\b")


#: A share set against a standard ("answered 78.5 percent of 999 calls within ten seconds,
#: against a national standard of 90 percent"): the two figures say which side it is on.
_PERCENT = r"(\d+(?:\.\d+)?) ?(?:per ?cent|%)"
_AGAINST_STANDARD = re.compile(
    rf"{_PERCENT}[^;]*? (?:against|compared with|compared to) (?:a|an|the|its) (?:[\w-]+ ){{0,2}}?"
    rf"(?:standard|target|benchmark|expectation|aim) of {_PERCENT}")
#: "only 59.2 percent of 999 calls": a share called short of what it should be, unless in a
#: clause about the past ("in 2017, when only 74.9 percent was recorded").
_ONLY_SHARE = re.compile(rf"(?<!when )\b(?:only|just(?! (?:over|under|above|below)\b)|merely) (?:about |around |just )?"
                         rf"{_PERCENT}")


def measure_comparison(text: str) -> int:
    """+1 where a measure of the force's work compares well with a benchmark, -1 where
    it compares badly, 0 where the sentence holds no such comparison (or two)."""
    low = text.lower()
    if (std := _AGAINST_STANDARD.search(low)) is not None:
        up, down = bool(_MEASURE_UP.search(low)), bool(_MEASURE_DOWN.search(low))
        if up != down:
            better = float(std.group(1)) >= float(std.group(2))
            return 1 if better == up else -1
    m = _COMPARED.search(low)
    if m is None and (only := _ONLY_SHARE.search(low)) is not None:
        # what the share counts follows it ("only 1.5 percent of 999 calls were abandoned")
        return 1 if _MEASURE_DOWN.search(" ".join(low[only.end():].split()[:8])) else -1
    if m is None or _NOT_A_COMPARISON.search(low):
        return 0
    up, down = bool(_MEASURE_UP.search(low)), bool(_MEASURE_DOWN.search(low))
    if up == down:
        return 0
    word = m.group("dir") or m.group("dir2") or m.group("rank")
    more = 1 if re.match(rf"(?:{_HIGHER}|highest)$", word) else -1
    if word in ("best", "worst"):
        return 1 if word == "best" else -1
    return more if up else -more


#: A grade from an earlier inspection stated as history (LABELLING rule 12: neutral):
#: a grade word, a judging verb in the past and a time before this report ("In 2016 we
#: graded the force's effectiveness as inadequate", "The same report found the force good
#: at …"). The model reads the grade word as this report's praise or criticism.
_EARLIER_GRADE = re.compile(r"\b(?:outstanding|good|adequate|inadequate|requir(?:es?|ed|ing) improvement)\b", re.I)
_EARLIER_TIME = re.compile(
    r"\b(?:(?:19|20)\d\d(?:/\d\d|[–-]\d\d)?|previous(?:ly)?|last (?:inspection|inspected|year|time|report|assessed|graded|judged|rated)|before this (?:report|inspection)|last (?:[\w-]+\s+){1,2}(?:inspection|report|assessment)|(?:once|twice|three times) before|"
    r"earlier|at that time|at the time|(?:that|the same|our first) (?:inspection|report|assessment))\b", re.I)
#: A grade given "a year ago", dated beside the judgement itself ("A year ago the force was
#: rated good for effectiveness", "was graded good twelve months ago"); a hub "set up two years
#: ago" dates the hub, not a grade.
_GRADED_AGO = re.compile(
    r"^\W*(?:a|one|two|three|twelve|18|eighteen) (?:years?|months) ago,?\s+(?:the\s+(?:force|constabulary)|it|we|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:Police|Constabulary))\s+(?:was|were|had been|rated|graded|judged)\b"
    r"|\b(?:was|were|had been)\s+(?:rated|graded|judged|assessed)\s+(?:as\s+)?\W?(?:outstanding|good|adequate|inadequate|"
    r"requir\w* improvement)\W?(?:\s+(?:for|at|in|on)\s+[\w\s-]{1,40}?)?\s+(?:a|one|two|three|twelve|18|eighteen) "
    r"(?:years?|months) ago\b", re.I)
_JUDGED_THEN = re.compile(r"\b(?:graded|judged|rated|found|assessed|received|gave|awarded)\b", re.I)
#: What makes such a sentence about now, or a recalled criticism (rule 12: an area for
#: improvement): a present tense, a grade that still stands, a comparison with now, a
#: contrast, or the recommendations and concerns that came with the grade.
_NOT_ONLY_HISTORY = re.compile(
    r"\b(?:is|are|has|have|now|since|remains?|still|currently|this|same grade|as we did|having|stands|applies|"
    r"carried|keeps?|continues?|again|no longer|but|however|although|though|while|whilst|yet|"
    r"recommend\w*|causes? of concern|areas? for improvement|problems?|concerns?|weakness\w*|fail\w*)\b|;", re.I)


#: "Our findings this year are consistent with last year's, in which we judged the force
#: good", "This is consistent with HMIC's 2014 inspection, where …": the earlier judgement
#: is the benchmark and this year's grade is given elsewhere (readers of real pages: 5 of
#: 5 such sentences neutral). A sentence that states its own finding first ("found that
#: the force is good …, which is consistent with …") or turns is not this.
_CONSISTENT_WITH_BEFORE = re.compile(
    r"^\W*(?:this|that|these|it|our (?:\w+ ){0,2}(?:findings?|judge?ments?|assessments?)(?: (?:for )?this year)?)\s+"
    r"(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?consistent\s+with\s+"
    # ... an earlier inspection's findings or judgement, not "the national guidance"
    r"(?:last year|(?:hmic\w*|hmicfrs|our|the|its|that)\b(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+"
    r"(?:inspections?|judge?ments?|grades?|findings?|assessments?|reports?)\b)"
    r"(?![^.;]*\b(?:but|however|although|though|while|whilst|yet)\b)", re.I)


def states_earlier_grade(text: str) -> bool:
    """Does the sentence only recall a grade from an earlier inspection?"""
    if _CONSISTENT_WITH_BEFORE.search(text) and _EARLIER_TIME.search(text):
        return True
    if _GRADED_AGO.search(text) and _EARLIER_GRADE.search(text) and not _NOT_ONLY_HISTORY.search(text):
        return True
    return bool(_EARLIER_GRADE.search(text) and _EARLIER_TIME.search(text) and _JUDGED_THEN.search(text)
                and not _NOT_ONLY_HISTORY.search(text))


#: What a grade means (LABELLING: definitions are neutral): "Requires improvement is
#: awarded where …", "A good grade means …", "Each judgement uses one of four grades".
#: The grade word is the subject of a definition, not a judgement of this force.
GRADE_DEFINITION = re.compile(
    r"^\W*(?:an? )?(?:(?:grade|judge?ment|rating) of )?(?:outstanding|good|adequate|inadequate|requires improvement)"
    r"(?: grade| judge?ment| rating)?,? (?:is (?:awarded|given|used|reserved|defined)|means|tells|indicates|shows that)\b"
    r"|\b(?:one of (?:four|five) (?:grades|judge?ments|ratings)|each judge?ment uses|we award one of)\b"
    # "A force is judged good when it displays nearly every feature …": what earns a grade
    r"|^\W*(?:an?|any)\s+(?:force|area|question)\s+is\s+(?:judged|graded|rated|assessed|found)\s+(?:to be\s+|as\s+)?"
    r"\W?(?:outstanding|good|adequate|inadequate|requiring improvement|requires improvement)\W?\s+(?:when|if|where)\b"
    r"(?!\s+it\s+comes\s+to)"
    # a grade's place on the scale: "Requires improvement is the second-lowest of the five grades"
    # (a news page may name the grade "needs improvement")
    r"|^\W*(?:an? )?\W?(?:outstanding|good|adequate|inadequate|require[sd]? improvement|needs improvement)\W?"
    r"(?: grade| judge?ment| rating)? "
    r"(?:is|was) (?:the|our) (?:second[- ]|third[- ])?(?:lowest|highest|worst|best|top|bottom|middle)\b"
    r"(?=[^.;]*\b(?:grades?|judge?ments?|ratings?|scale)\b)"
    # ... and says no more ("… and the force achieved it for …", "… any force received")
    r"(?![^.;]*\b(?:and|but|which|achiev\w*|receiv\w*|got|gained|earned|given to|awarded to)\b)"
    # the scale's ends: "The highest possible grade for each category is 'outstanding'"
    r"|\b(?:highest|lowest|top|bottom) (?:possible (?:grade|judge?ment|rating)s?|(?:grade|judge?ment|rating)s? "
    r"(?:possible|available|for each|in each|(?:that )?a force can))\b[^.;]{0,40}?\b(?:is|are)\W+"
    r"(?:outstanding|good|adequate|inadequate|requires improvement)\b"
    # the caveat on comparing grades: "a grade below the last one does not in itself show a
    # decline", "a fall in grade is not on its own a sign …"
    # (a change of grade named, and what it does not show: not "Supervisors do not necessarily
    # exercise sound judgement", nor "Calls were not necessarily given the right grade")
    r"|^(?=[^.]*\b(?:lower|higher|fall|falls|drop|drops|move|moves|moved|change|changes|reduction|decline|"
    r"different|from good to adequate)\b)(?=[^.]*\b(?:grades?|judge?ments?|ratings?)\b|[^.]*\bgood to adequate\b)"
    r"[^.]*?\b(?:does not|doesn['’]t|is not|isn['’]t|has not|hasn['’]t|not)\b,?\s+(?:\w+\s+){0,2}?"
    r"(?:necessarily|by itself|in itself|on its own|of itself)\b,?\s+(?:\w+\s+){0,3}?"
    r"(?:mean|means|show|shows|evidence|indicate|indicates|suggest|suggests|reflect|reflects|prove|proves|tell|tells|"
    r"got worse|declined|worse|fallen|a sign|a reduction|a decline|a fall)\b", re.I)


#: How monitoring works, said of forces in general (rule 11: what Engage *is* is neutral):
#: "All police forces are in routine monitoring under the Scan stage by default, but may be
#: escalated to enhanced monitoring …", "A force is moved into Engage when …". The news
#: releases' standard note; its "but … if they are not effectively addressing" is the rule's
#: two halves, not a judgement of anyone.
#: The monitoring words are the scheme's own (Engage, Scan, enhanced or routine monitoring,
#: "escalated to", "by default"), not any "monitor": "All forces should monitor their use of
#: force" is advice. Not a sentence that reports what happened or how forces did ("All forces
#: in the region, including Wessex, were moved into Engage", "Every force we inspected
#: monitored it well").
MONITORING_DEFINITION = re.compile(
    r"(?i:^\W*(?:(?:all|every|any|each)\s+(?:police\s+)?forces?\b|(?:a|any)\s+(?:police\s+)?force\s+"
    r"(?:is|may|can|will|would)\b|forces\s+(?:are|may|can|will)\b))"
    # the scheme's words: "Engage" and "Scan" as its names (a capital: "engage with communities"
    # is a verb), enhanced or routine monitoring
    r"(?=[^.]*(?:\b(?:Engage|Scan)\b|(?i:\b(?:enhanced|routine)\s+(?:level\s+of\s+)?monitoring\b)))"
    # and the rule's frame: the default, or when, if or how a force may be escalated
    r"(?=[^.]*(?i:\b(?:by\s+default|when|if|unless|(?:may|can|will)\s+be\s+(?:escalated|moved|placed))\b))"
    # ... and nothing else: no outcome, no judgement, no force named, no one deciding ("…, but I
    # have decided to move Wessex Police into Engage", "… is struggling to recruit detectives")
    r"(?![^.]*(?i:\b(?:were|was|has\s+(?:now\s+)?been|have\s+(?:now\s+)?been|had\s+been|including|should|must|"
    r"needs?|fail\w*|well|good|poor\w*|inspected|visited|we|i|now|left|out\s+of|removed|back|leadership|struggl\w*|"
    r"worr\w*|strong\w*|support|most|few|this\s+force|the\s+force|the\s+constabulary|this\s+constabulary|as)\b"
    # (nor a second clause: "Forces will move to Engage if they do not improve, and Wessex has
    # not improved.", "…, which is where Wessex stands today")
    r"|,\s+(?:and|which)\b|;))"
    r"(?![^.]*\b[A-Z][\w'’-]*\s+(?:Police|Constabulary)\b)")


#: A statement that an area carries no grade ("The extent to which the force is effective
#: at keeping people safe and reducing crime is not yet graded."; LABELLING rule 5:
#: neutral). The question's wording reads as a finding; only a sentence whose predicate
#: is the missing grade counts, not one that goes on to report what was found.
NOT_GRADED = re.compile(
    r"(?:\b(?:is|are|was|were|has|have)\s+(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)graded"
    r"|:\s*not\s+(?:yet\s+)?graded|\bcarr(?:y|ies)\s+no\s+grade)\W*$", re.I)


#: A remainder named without content ("while there is still more to do", "there is still work
#: to do"): beside a decision that closes a cause of concern or takes a force out of Engage,
#: the standard caveat of such letters, not a second judgement (readers of real release
#: pages label these sentences strength).
VAGUE_REMAINDER = re.compile(
    r"^\W*(?:(?:while|whilst|although|though|but|and)\s+)?there\s+(?:is|remains)\s+(?:still\s+)?"
    r"(?:(?:more|much|further|some)\s+(?:work\s+)?|work\s+)(?:still\s+)?to\s+(?:do|be\s+done)\W*$", re.I)
#: Taking a force out of enhanced monitoring in the words of the decision ("I have decided to
#: remove the force from Engage and return it to routine monitoring"); kept apart from
#: :data:`DISCHARGED`, a feature the shipped model was trained with.
OUT_OF_ENGAGE = re.compile(
    r"\bremov\w*\s+(?:\w+\s+){0,3}?from\s+(?:\w+\s+){0,4}?(?:engage|enhanced (?:level of )?monitoring)\b"
    r"|\breturn\w*\s+(?:\w+\s+){0,2}?to\s+(?:routine|normal|standard)\s+monitoring\b", re.I)
#: Leaving enhanced monitoring, after a move into it in the same sentence ("placed in Engage
#: in June 2022 and released from it in May", "…, which it left in 2023"): the sentence holds
#: both (LABELLING rule 11: into Engage is criticism, out of it praise).
_LEFT_ENGAGE_AFTER = re.compile(
    r"\b(?:released from|taken out of|moved out of|came out of|removed from|left|exited)\s+(?:it|engage|"
    r"enhanced (?:level of )?monitoring)\b|\bwhich it (?:left|exited)\b", re.I)
#: A decision that the force will leave enhanced monitoring ("the constabulary will leave
#: Engage"): praise (rule 11), as "removed from Engage" is.
WILL_LEAVE_ENGAGE = re.compile(
    r"\b(?:will|should|can|may|to)\s+(?:now\s+)?(?:leave|exit|come out of|move out of)\s+(?:the\s+)?"
    r"(?:engage|enhanced (?:level of )?monitoring)\b", re.I)


#: Going into enhanced monitoring in words :data:`ENGAGE` (a feature the shipped model was
#: trained with) leaves out: "went into Engage", "entered Engage".
_WENT_INTO_ENGAGE = re.compile(r"\b(?:went|goes|go|entered|enters)\s+(?:in(?:to)?\s+)?(?:engage|enhanced (?:level of )?monitoring)\b",
                               re.I)


def in_and_out_of_engage(text: str) -> bool:
    """Does the sentence move the force into enhanced monitoring and then out of it?"""
    m = ENGAGE.search(text) or _WENT_INTO_ENGAGE.search(text)
    return m is not None and _LEFT_ENGAGE_AFTER.search(text, m.end()) is not None


#: Held in enhanced monitoring, in words :data:`ENGAGE` does not use: "the force has been
#: held at our higher level of monitoring, Engage".
_HELD_IN_ENGAGE = re.compile(r"\b(?:held|kept|been)\s+(?:at|in|under)\b[^.;]{0,40}?\b(?:engage|enhanced (?:level of )?monitoring)\b",
                             re.I)


#: Enhanced monitoring in the press's words, "special measures": "the force was put into
#: special measures", "is effectively plunged into special measures", "remains in special
#: measures" (:func:`into_engage`); not when the sentence takes the force out of them.
_SPECIAL_MEASURES = re.compile(
    r"\b(?:mov\w*|plac\w*|put|plung\w*|thrust|went|gone|goes|go)\b[^.;]{0,40}?\b(?:in(?:to)?|under)\s+[\"'‘“]?"
    r"special measures\b|\b(?:remains?|remained|stays?|still)\s+(?:in|under)\s+[\"'‘“]?special measures\b", re.I)
_OUT_OF_SPECIAL = re.compile(r"\bout of\b|\b(?:returned|removed|released|exit\w*|left|leave)\b", re.I)


#: ... and out of them: "Staffordshire Police has been taken out of special measures",
#: "the force came out of special measures in May" (LABELLING rule 11: a force moved out of
#: Engage is praised); not a hope or an aim ("to get the force out of special measures").
_OUT_OF_SPECIAL_MEASURES = re.compile(
    r"\b(?:taken|came|come|comes|coming|moved|brought|released|removed)\s+out of\s+[\"'‘“]?special measures\b|"
    r"\b(?:left|exited|exits)\s+[\"'‘“]?special measures\b", re.I)


#: The same in the inspectorate's own words: "We took the constabulary out of Engage last
#: year", "It was brought out of enhanced monitoring in the spring".
_OUT_OF_ENGAGE_TAKEN = re.compile(
    r"\b(?:took|taken|take|takes|taking|moved|brought|released|came|come|comes)\s+(?:\w+\s+){0,3}?out of\s+"
    r"(?:\w+\s+){0,2}?(?:engage|enhanced (?:level of )?monitoring)\b", re.I)


def out_of_special_measures(text: str) -> bool:
    """Does the sentence take the force out of special measures (or out of Engage, in the
    inspectorate's words), and not put it in again?"""
    low = text.lower()
    if "special measures" in low:
        out = _OUT_OF_SPECIAL_MEASURES.search(text) is not None and _SPECIAL_MEASURES.search(text) is None
    elif "engage" in low or "monitoring" in low:
        out = _OUT_OF_ENGAGE_TAKEN.search(text) is not None and not in_and_out_of_engage(text)
    else:
        return False
    # not a hope, an aim, a plan or a condition ("We will consider taking the force out of
    # Engage", "expects to be taken out of …", "Before it can be taken out of …, it must …")
    return out and not re.search(
        r"\b(?:not|never|yet|if|whether|hope[sd]?|would|could|might|will|can|must|should|shall|before|until|unless|"
        r"when|once|expect\w*|aim\w*|plan\w*|consider\w*|intend\w*|want\w*|seek\w*|ready)\b|n['’]t\b|(?-i:\bmay\b)"
        r"|\bto\s+(?:be\s+)?(?:take|taken|come|move|moved|bring|brought|release|released|get|leave)\b", text, re.I)


#: A move into enhanced monitoring denied ("This letter does not move the force into Engage",
#: "We have not placed the constabulary in Engage"): neither side; the model, trained on the
#: word, reads criticism.
_ENGAGE_DENIED = re.compile(
    r"\b(?:does|do|did|will|shall|have|has)\s+not\s+(?:\w+\s+)?(?:move[ds]?|place[ds]?|put|escalated?)\b[^.;]{0,60}?"
    r"\b(?:into|in)\s+(?:engage|enhanced (?:level of )?monitoring)\b", re.I)


def engage_denied(text: str) -> bool:
    """Does the sentence say the force is not being moved into enhanced monitoring?"""
    return _ENGAGE_DENIED.search(text) is not None


def into_engage(text: str) -> bool:
    """Does the sentence put the force into enhanced monitoring (or keep it there), and not
    out of it again? LABELLING rule 11: a force moved into Engage is a force criticised."""
    low = text.lower()
    if "engage" not in low and "monitoring" not in low and "special measures" not in low:
        return False  # (most sentences: the checks below are the costly part)
    if OUT_OF_ENGAGE.search(text) or WILL_LEAVE_ENGAGE.search(text) or in_and_out_of_engage(text):
        return False
    m = (ENGAGE.search(text) or _WENT_INTO_ENGAGE.search(text) or _HELD_IN_ENGAGE.search(text)
         or (None if _OUT_OF_SPECIAL.search(text) else _SPECIAL_MEASURES.search(text)))
    return m is not None and "accelerated" not in m.group(0).lower() and not re.search(
        # (how the process works for forces in general is method: "A force is moved into Engage
        # when we judge …", "Other forces that have been in Engage …")
        # ("may" in lower case only: "since May 2024" is a date)
        r"\b(?:if|whether|would|could|(?-i:may)|might|consider(?:s|ed|ing)?|decide[sd]?|when|forces|a force|every force)\b"
        # "This letter does not move the force into Engage": a move denied
        r"|\b(?:does|do|did|will|shall)\s+not\s+(?:move|place|put|escalate)\b|\bnot\s+(?:been\s+)?(?:moved|placed|put)\s+in",
        text, re.I)


#: A count of the findings a report makes (LABELLING rule 14: "We make 17 recommendations",
#: "That report made eight recommendations and identified 26 areas for improvement"): so many
#: things to put right. Not "no recommendations", nor a tally that also counts praise
#: ("… and one example of innovative practice").
_NUMBER_WORD = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty)(?:-\w+)?)")
#: What a count or a tally counts: the findings a report makes.
_FINDING_NOUN = r"(?:recommendations?|areas? for improvement|causes? of concern)"
_FINDINGS_COUNT = re.compile(
    r"\b(?:make|makes|made|making|identif(?:y|ies|ied)|raise[sd]?|set(?:s)? out|highlight(?:s|ed)?)\s+"
    r"(?:a total of\s+|a further\s+|another\s+|an additional\s+)?"
    rf"(?:{_NUMBER_WORD}|a (?:number|series) of|several)\s+(?:\w+\s+)?{_FINDING_NOUN}\b"
    # a report that says it holds findings to put right, counted or not ("This report
    # includes areas for improvement found on our visit", as PEEL openings say)
    rf"|\b(?:report|it)\s+(?:also\s+)?(?:includes?|contains?)\s+(?:an?\s+|{_NUMBER_WORD}\s+)?{_FINDING_NOUN}\b",
    re.I)
#: What takes a count out of rule 14: praise counted beside it, recommendations since met,
#: where they are set out, and recommendations only to bodies other than forces.
_COUNT_PRAISE = re.compile(r"\b(?:practice|strengths?)\b", re.I)
_COUNT_MET = re.compile(r"(?<!may have )(?<!may have already )"
                        r"\b(?:implemented|met|addressed|completed|closed|discharged|acted on|put (?:right|in place))\b",
                        re.I)
_COUNT_WHERE = re.compile(r"\b(?:listed|set out|shown|found)\b[^.;]{0,30}\b(?:annex|appendix|chapter|section|below|"
                          r"at the end)\b", re.I)
#: A clause after the count that only says where the findings are ("…, which are set out below").
#: A second count may come first ("We make two main recommendations and a number of further
#: recommendations, which are listed at the end of this report").
_WHERE_AFTER = re.compile(rf"(?:\s+and\s+(?:a (?:number|series) of|several|some|{_NUMBER_WORD})\s+(?:\w+\s+)?"
                          rf"{_FINDING_NOUN})?"
                          # (each space belongs to one word, so a long run of spaces costs linear time)
                          r"(?:\s*,)?(?:\s+(?:which|that|and|all of which))?(?:\s+(?:are|is|we have|i have))?\s*", re.I)
_OTHER_BODY = re.compile(r"\b(?:home office|government|the law|college of policing|national police chiefs|npcc|ministry|"
                         r"parliament|councils?)\b", re.I)
_FORCES = re.compile(r"\b(?:forces?|chief constables?|constabular\w*|the service)\b", re.I)


def counts_findings(text: str) -> bool:
    """Does the sentence count the findings a report makes (LABELLING rule 14: "We make 17
    recommendations", "That report made eight recommendations and identified 26 areas for
    improvement"), so many things to put right? Not a tally that also counts praise, nor
    recommendations since met, where they are listed, or ones only to other bodies."""
    if not (m := _FINDINGS_COUNT.search(text)):
        return False
    where = _COUNT_WHERE.search(text)
    if where and _WHERE_AFTER.fullmatch(text[m.end():where.start()]):
        where = None  # "I make three recommendations, which are set out below": the count is the point
    if _COUNT_PRAISE.search(text) or _COUNT_MET.search(text) or where:
        return False
    return not (_OTHER_BODY.search(text) and not _FORCES.search(text))


#: The values of number words, for a progress tally ("ten of sixteen").
_NUMBER_VALUES = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_ACHIEVED = (r"(?:fully\s+or\s+partially\s+|fully\s+|partially\s+|now\s+)?"
             r"(?:achieved|met|implemented|completed?|discharged|addressed|closed|acted\s+on)\b")
#: "of the 23 recommendations …": the total of a progress tally.
_TALLY_TOTAL = re.compile(rf"\bof\s+(?:the\s+|its\s+|our\s+|these\s+|those\s+)?(?P<n>{_NUMBER_WORD})\s+(?:\w+\s+){{0,2}}?"
                          rf"{_FINDING_NOUN}\b(?P<rest>[^.;]*)", re.I)
#: "… 19 have been fully or partially achieved" / "the force has achieved 33" / "nine are complete".
_TALLY_DONE = re.compile(
    rf"\b(?P<m>{_NUMBER_WORD})\s+(?:of\s+them\s+)?(?:have|has|had|were|was|are|is)\s+(?:now\s+)?(?:been\s+)?{_ACHIEVED}"
    rf"|\b(?:achieved|met|implemented|completed|discharged|addressed|closed)(?:\s+or\s+partially\s+achieved)?\s+"
    rf"(?:a\s+further\s+)?(?P<m2>{_NUMBER_WORD})\b", re.I)
#: "None of our recommendations from 2019 has been fully achieved", "not one of the six
#: causes of concern has been closed": a tally with nothing done (a share of 0).
_TALLY_NONE = re.compile(
    rf"^\W*(?:none|not one|not a single one)\s+of\s+(?:the\s+|its\s+|our\s+|these\s+|those\s+)?(?:{_NUMBER_WORD}\s+)?"
    rf"(?:\w+\s+){{0,2}}?{_FINDING_NOUN}\b[^.;]{{0,60}}?\b(?:have|has|had|were|was|are|is)\s+(?:yet\s+)?(?:been\s+)?"
    rf"{_ACHIEVED}", re.I)
#: "ten of sixteen recommendations have been implemented", "Three of those five
#: recommendations have now been met": the done count first.
_TALLY_FIRST = re.compile(
    rf"\b(?P<m>{_NUMBER_WORD})\s+(?:out\s+)?of\s+(?:the\s+|its\s+|our\s+|these\s+|those\s+)?(?P<n>{_NUMBER_WORD})\s+(?:\w+\s+){{0,2}}?"
    rf"{_FINDING_NOUN}\b[^.;]{{0,40}}?\b(?:have|has|had|were|was|are|is)\s+(?:now\s+)?(?:been\s+)?{_ACHIEVED}", re.I)


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in _NUMBER_VALUES:
        return _NUMBER_VALUES[w]
    tens, _, unit = w.partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_NUMBER_VALUES.get(unit, 0) if unit else 0)
    return None


#: A case audit's tally ("we looked at 40 cases: 9 were good, 19 required improvement, 12
#: inadequate", "practice rated good in 22 cases, requiring improvement in 14"):
#: what share of the cases was good, as a tally of recommendations achieved is read (rule 11
#: by analogy; readers of real child protection pages label a third or less good a shortfall,
#: a third to two thirds mixed). Not a grading scale ("each case was graded good, requires
#: improvement or inadequate"), which counts nothing.
_CASE_WORD = re.compile(r"\b(?:cases?|files?|investigations?|records?|referrals?)\b", re.I)
_CASE_GRADE = r"['‘\"]?(?P<g>good|outstanding|requir\w*\s+improvement|inadequate)['’\"]?"
_COUNT_THEN_GRADE = re.compile(
    rf"\b(?P<n>\d+)\s+(?:(?:child protection\s+)?(?:cases?|files?|investigations?|records?)\s+|of them\s+)?"
    rf"(?:were|was|as|(?:were\s+|was\s+)?(?:rated|assessed|judged|graded)(?:\s+as)?)?\s*{_CASE_GRADE}", re.I)
# ("found good practice in 20 cases")
_GRADE_THEN_COUNT = re.compile(rf"{_CASE_GRADE}(?:\s+(?:practice|work))?\s+in\s+(?P<n>\d+)\s+"
                               r"(?:cases?|files?|investigations?|records?)\b", re.I)
#: A count with the grade in a clause after it ("37 instances where improvement was required",
#: "23 cases which were handled inadequately", "12 cases in which practice was good").
_COUNT_WHERE_GRADE = re.compile(
    r"\b(?P<n>\d+)\s+(?:cases?|files?|instances?|investigations?|records?)\s+(?:where|in which|which|that)\s+"
    r"[^,;.]{0,30}?\b(?P<g>good|outstanding|improvement\s+(?:was|were|is|are)\s+(?:required|needed)|"
    r"requir\w*\s+improvement|inadequate(?:ly)?)\b", re.I)
#: One side of an audit as a share of all the cases ("Of 33 cases reviewed, 12 showed good
#: practice", "graded 30 of the 79 cases it reviewed as inadequate").
_AUDITED = r"(?:cases?|files?|investigations?|records?|referrals?)"
_SHARE_OF_CASES = re.compile(
    # (the grade in the counted clause itself: "…, 12 were shown to demonstrate good practice",
    # not "…, 15 were referrals from schools, and most were good")
    rf"\bof\s+(?:the\s+)?(?P<t>\d+)\s+{_AUDITED}\b[^,;.]{{0,60}},\s*(?P<n>{_NUMBER_WORD})\s+"
    r"(?:(?:of\s+them|cases?|files?)\s+)?(?:were|was|had\s+been|showed|show|demonstrated)\s+(?:\w+\s+){0,4}?"
    r"(?P<g>good|outstanding|requir\w*\s+improvement|inadequate)\b"
    rf"|\b(?P<n2>{_NUMBER_WORD})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<t2>\d+)\s+{_AUDITED}\b"
    r"[^.;,]{0,60}?\b(?P<g2>good|outstanding|requir\w*\s+improvement|inadequate)\b", re.I)
#: The rest of the cases graded too ("20 were outstanding and the remainder were good"): the
#: count is one part of a split the sentence gives whole, which the share misreads.
_REST_GRADED = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+others|the\s+other\s+\d+|the\s+remaining)\b",
                          re.I)
_NONE_GOOD = re.compile(r"\bnone of (?:these |the |those )?(?:\d+\s+)?(?:cases|files|investigations|records)\b[^.;]{0,40}?"
                        r"\b(?:good|outstanding)\b", re.I)


def case_tally(text: str) -> float | None:
    """The share of audited cases rated good (or outstanding), where the sentence counts the
    cases under at least two grades (or says none was good and counts another); else None."""
    if _CASE_WORD.search(text) is None or not re.search(r"\d", text):
        return None
    counts: dict[str, int] = {}
    for pattern in (_COUNT_THEN_GRADE, _GRADE_THEN_COUNT, _COUNT_WHERE_GRADE):
        for m in pattern.finditer(text):
            grade = _case_grade_key(m.group("g"))
            counts[grade] = counts.get(grade, 0) + int(m.group("n"))
    if _NONE_GOOD.search(text) and "good" not in counts:
        counts["good"] = 0
    if len(counts) < 2 or "good" not in counts or sum(counts.values()) == 0:
        return _share_of_cases(text)
    return counts["good"] / sum(counts.values())


def _case_grade_key(grade: str) -> str:
    """A case grade as one of three counts: good (or outstanding), inadequate (or handled
    inadequately), and short of good otherwise ("requires improvement", "improvement was
    required")."""
    g = grade.lower()
    return "good" if g in ("good", "outstanding") else "inade" if g.startswith("inade") else "requi"


def _share_of_cases(text: str) -> float | None:
    """The share good where one side of an audit is counted against all the cases: that
    share itself for a count of good cases; for a count of cases that fell short, none
    good when a quarter or more fell short (readers call that a failing, whatever the rest
    were), else no call."""
    if (m := _SHARE_OF_CASES.search(text)) is None:
        return None
    if re.search(r"\b(?:all\s+but|except(?:\s+for)?|bar|other\s+than)\s*$", text[:m.start()], re.I):
        return None  # "in all but two of the 80 cases …": the count is of the others
    if _REST_GRADED.search(text):
        return None
    n, t = _number(m.group("n") or m.group("n2")), int(m.group("t") or m.group("t2"))
    grade = (m.group("g") or m.group("g2")).lower()
    if n is None or not 0 < n <= t:
        return None
    if grade in ("good", "outstanding"):
        return n / t
    return 0.0 if n / t >= CASES_SHORT_SHARE else None


def progress_tally(text: str) -> float | None:
    """The share of earlier recommendations (or areas for improvement, causes of concern)
    a sentence counts as achieved: "of the 23 recommendations made in 2015, 19 have been
    fully or partially achieved" (0.83), "ten of sixteen recommendations have been
    implemented" (0.63), "none of our recommendations has been fully achieved" (0).
    Readers of real re-inspection pages call most achieved praise and about half achieved
    a mixed picture (LABELLING rule 11 counts a recommendation met as a strength); the
    model reads the finding nouns as criticism. None when the sentence is no such tally."""
    m = n = None
    if _TALLY_NONE.search(text):
        return 0.0
    if first := _TALLY_FIRST.search(text):
        m, n = _number(first.group("m")), _number(first.group("n"))
    elif total := _TALLY_TOTAL.search(text):
        n = _number(total.group("n"))
        if done := _TALLY_DONE.search(total.group("rest")):
            m = _number(done.group("m") or done.group("m2"))
    if m is None or not n or m > n:
        return None
    return m / n


#: Nearly everything done, said by the little left: "Only one of our 2014 recommendations has
#: yet to be put into effect", "Of the offences we examined, only one had not been recorded".
#: The negation and the finding nouns make the model read criticism; a tally with most
#: achieved is praise (rule 11), and so is an audit with one miss (rule 2, a negated
#: criticism). Only for what is done or not (recorded, implemented, met …), never what went
#: wrong ("only one was not delayed" means all but one were); only of the force's own
#: findings or records, not of forces ("only one force had not …"); with a total, when at
#: least :data:`~extractor.settings.FEW_LEFT_TOTAL` were counted and two thirds or more are done
#: (:data:`~extractor.settings.PROGRESS_MIXED`, as for a tally of what is achieved).
_DONE_VERB = rf"(?:recorded|put\s+into\s+effect|dealt\s+with|{_ACHIEVED})"
#: What keeps a year from being read as a count ("only one of our 2014 recommendations"
#: counts none; "In 2019 we found no sign …" follows no count).
_NOT_A_YEAR = r"(?!(?:19|20)\d\d\b)"
#: A count that is no year.
_COUNT = rf"{_NOT_A_YEAR}{_NUMBER_WORD}"
_FEW_LEFT = re.compile(
    r"\bonly\s+(?P<k>one|two|a\s+few|a\s+handful)\b(?:\s+(?:of|out\s+of)\s+(?:(?:the|our|its|these|those)\s+)?"
    rf"(?:(?:force|constabulary)['’]s\s+)?(?:(?P<n>{_COUNT})\b)?)?"
    r"(?P<what>[^.;,:]{0,50}?)\b(?:had|has|have|was|were|is|are)\s+(?:still\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+|still\s+to\s+be\s+|to\s+be\s+)(?:properly\s+)?"
    + _DONE_VERB + r"(?:\s+(?:in\s+full|fully|correctly))?", re.I)
#: A total given before it: "Of the 12 rapes we examined, only one …", "Of our two …".
_FEW_LEFT_OF = re.compile(rf"^\W*of\s+(?:the|our|its|these|those)\s+(?P<n>{_COUNT})\b", re.I)
#: What makes the one left a finding in itself: what it leaves at risk, a force kept in
#: monitoring, other forces, or a comparison.
_FEW_LEFT_NOT = re.compile(r"\bforces\b|\bonly\s+(?:one|two)\s+forces?\b|\bengage\b|\bmonitoring\b|\bremains?\s+open\b|"
                           r"\bat\s+(?:serious\s+)?risk\b|\bthan\b|\bonly\s+(?:one|two)\s+in\b", re.I)
#: Where no total is given, what says there were several: the force's earlier
#: recommendations or areas for improvement (causes of concern are often two or three), or
#: an audit ("of the offences we examined").
_FEW_LEFT_SEVERAL = re.compile(r"\b(?:recommendations|areas\s+for\s+improvement)\b|"
                               r"\b(?:we|inspectors)\s+(?:examined|reviewed|audited|checked|looked\s+at)\b", re.I)


def few_left(text: str) -> bool:
    """Does the sentence say that only one or two of several things are not done
    (:data:`_FEW_LEFT`), with nothing after it and no contrast or comparison?"""
    m = _FEW_LEFT.search(text)
    if m is None or CONTRAST.search(text.lower()) or _FEW_LEFT_NOT.search(text):
        return False
    if text[m.end():].strip(" .!\"”’'"):
        return False  # "…: the stalking policy, which leaves victims at risk", "…, so …"
    total = m.group("n") or ((of := _FEW_LEFT_OF.match(text)) and of.group("n"))
    if total:
        n = _number(total)
        left = _number(m.group("k")) or 3
        return n is not None and n >= FEW_LEFT_TOTAL and (n - left) / n >= PROGRESS_MIXED[1]
    return _FEW_LEFT_SEVERAL.search(text) is not None and not re.search(r"\bcauses?\s+of\s+concern\b", text, re.I)


#: The force acting on earlier findings, said as done: "the force has acted on some of our
#: 2015 recommendations", "(has) created and implemented an action plan to address our 2014
#: recommendations and areas for improvement"; or the inspectorate closing one: "we are
#: closing the cause of concern we raised in 2023". The finding nouns make the model read
#: criticism; LABELLING rule 11 makes recommendations acted on a strength. Not when a
#: negation, a modal or the inspection's question comes first (:data:`_ACTED_NOT`).
ACTED_ON = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|since|already|fully|largely|successfully)\s+){0,2}"
    r"(?:acted\s+on|responded\s+to|addressed|implemented|achieved|met|completed|delivered)\s+"
    r"(?:(?:all|each|most|many|some|both|every\s+one)\s+(?:of\s+)?)?(?:our|the|its|these|those|this|that)\b"
    rf"[^.;]{{0,50}}?\b{_FINDING_NOUN}\b"
    r"|\b(?:have|has|am|are|is)\s+(?:now\s+|today\s+|therefore\s+)?(?:decided\s+to\s+)?(?:clos(?:e|ed|ing)|"
    r"discharg(?:e|ed|ing))\s+(?:the|this|that|these|both|all|its|our)\s+(?:\w+\s+){0,3}?"
    rf"{_FINDING_NOUN}\b"
    r"|^\W*(?:(?:the\s+(?:force|constabulary)|it)\s+)?(?:(?:has|had)\s+)?(?:created|developed|implemented|introduced|"
    r"put\s+in\s+place|produced|drawn\s+up|drew\s+up|set\s+up|agreed)\b[^.;]{0,80}\bplan\b[^.;]{0,40}\bto\s+"
    r"(?:address|meet|implement|respond\s+to|act\s+on)\s+(?:(?:all|each)\s+(?:of\s+)?)?(?:our|the|its|these|those)\b"
    rf"[^.;]{{0,40}}\b{_FINDING_NOUN}\b", re.I)
_ACTED_NOT = re.compile(r"\b(?:not|never|no|failed|unable|until|yet\s+to|whether|how|if|to\s+see|should|must|"
                        r"needs?\s+to|will|would|plans\s+to|planning\s+to|intends?\s+to|slow)\b|n['’]t\b", re.I)


def acted_on(text: str) -> bool:
    """Does the sentence say the force has acted on earlier findings (:data:`ACTED_ON`)?"""
    if (m := ACTED_ON.search(text)) is None:
        return False
    return not _ACTED_NOT.search(text[:m.start()] + " " + m.group(0))


#: What a count of recommendations goes on to say they are for ("These address our main causes
#: of concern", the standard second sentence of a custody report's count): that there are
#: causes of concern to put right, as the count itself says (rule 14).
ADDRESSES_CONCERNS = re.compile(
    r"^\W*(?:these|this|they|which|the recommendations?|our recommendations?)\b[^.;]{0,30}?\b(?:address(?:es)?|relate to|"
    r"deal with|cover)\s+(?:our|the)\s+(?:(?:main|key|principal|most serious|most important)\s+)?"
    r"(?:causes? of concern|concerns)\b", re.I)


#: Improvement measured against an earlier, worse state ("This is a vast improvement from the
#: previous report that found the force inadequate"): praise, whatever the old grade's word.
IMPROVED_ON = re.compile(r"\b(?:is|was|represents|marks|shows)\s+(?:an?|the)\s+(?:(?:vast|significant|considerable|"
                         r"marked|major|substantial|notable|clear|big|great|real|dramatic|welcome|huge)\s+)?"
                         r"improvement\s+(?:from|on|over)\b(?![^.]*\b(?:still|yet|not|but)\b)"
                         # "our overall judgment is more positive than last year, when we judged …"
                         r"|\b(?:judge?ment|assessment|findings?|picture)\s+(?:this\s+year\s+)?(?:is|are|was|were)\s+"
                         r"(?:much\s+|far\s+)?more\s+positive\s+than\b", re.I)
#: Much done to improve ("The force has done a lot to improve its ability to investigate
#: crime"): progress (rule 9), which the model reads as advice for its "to improve". Not
#: when what is left follows ("…, but there is more to do"), nor when the words before doubt
#: or deny it or give the force's own account ("Few officers believe the force has done …",
#: "The force told us it has done …").
_MUCH_DONE = re.compile(r"\b(?:has|have|had)\s+(?:done|achieved)\s+(?:a\s+lot|a\s+great\s+deal|much|a\s+good\s+deal|"
                        r"considerable\s+work|a\s+considerable\s+amount)\s+to\s+(?:improve|strengthen|raise)\b"
                        r"(?![^.]*\b(?:still|yet|not|but|enough|more\s+to\s+(?:do|be\s+done)|further\s+to\s+go)\b)", re.I)
_MUCH_DONE_NOT = re.compile(r"\b(?:not|no|few|little|unclear|whether|if|doubt\w*|told us|says|said|claims?|believes?|"
                            r"thinks?|felt|feel)\b|n['’]t\b", re.I)


def much_done(text: str) -> bool:
    """Does the sentence say the force has done much to improve, undoubted and in the
    inspectorate's own words (:data:`_MUCH_DONE`)?"""
    m = _MUCH_DONE.search(text)
    return m is not None and _MUCH_DONE_NOT.search(text[: m.start()]) is None


#: Better now than at an earlier time that the sentence recalls ("There are now more
#: detectives than in 2022, when we found too few", "Its recording is better than it was in
#: 2019", "Training, which was limited at our first inspection, has since been given to all
#: staff", "the proportion missed is now substantially smaller"): the recalled failing makes
#: the model read criticism; the sentence reports an improvement.
_THEN = r"(?:in (?:\w+ )?\d{4}|at (?:our|the|its) (?:last|previous|original|first|earlier) (?:inspection|visit)|before|when we)"
BETTER_THAN_BEFORE = re.compile(
    rf"\bbetter than (?:it was |they were |(?:it|they) had been )?{_THEN}"
    rf"|\bmore (?:\w+ ){{0,6}}?than {_THEN}"
    r"|\bhas since been (?:given|provided|delivered|introduced|rolled out|put in place|extended|made available)\b"
    r"|\b(?:missed|unrecorded|overdue|outstanding|late)\b[^.;]{0,30}\b(?:is|are) now (?:(?:substantially|much|far|"
    r"considerably|significantly) )?(?:smaller|lower|fewer)\b"
    r"|\bhave risen since (?:we last inspected|our last inspection|\d{4})", re.I)
#: ... unless the improvement is still short ("better than in 2019 but still too slow").
_NOT_YET = re.compile(r"\b(?:still|not yet|yet to|but|however|although|remains?)\b", re.I)


def better_than_before(text: str) -> bool:
    """Does the sentence report that something is better now than at a time it recalls?"""
    return bool(BETTER_THAN_BEFORE.search(text)) and not _NOT_YET.search(text)


#: Progress since an earlier inspection, visit or year ("Since our 2017 effectiveness
#: inspection the force has improved how well it investigates volume crime", "… found that the
#: force had made several improvements since their last inspection in 2014"): praise (rule 9),
#: which the model reads as history for the inspection it recalls. The progress is the
#: force's: made, improved, strengthened, or steps taken to address what was found.
_EARLIER_VISIT = r"(?:inspect\w*|visit(?:ed)?|report|review|(?:19|20)\d\d)"
#: Only approving words between "made" and the progress: "made disappointing progress" and
#: "made patchy improvements" are not praise.
#: The subject is the force ("the force has", "it has", "Wessex Police had", "the region's
#: police force has"): not "neighbouring forces have", not "crime groups have strengthened".
_PROGRESS_MADE = (r"(?:\b(?:force|constabulary|it)|\bthe\s+service|(?-i:\b(?:Police|Constabulary)))\s+"
                  r"(?:has|have|had)\s+(?:(?:also|now|since|clearly)\s+)?(?:made\s+(?:(?:good|real|significant|"
                  r"considerable|substantial|clear|marked|major|strong|great|excellent|notable|several|many|some|"
                  r"further|important|a\s+number\s+of|a\s+range\s+of|a\s+series\s+of)\s+){0,2}(?:progress|"
                  r"improvements?)|improved|strengthened|taken\s+steps\s+to\s+address)")
PROGRESS_SINCE = re.compile(
    rf"\bsince\b[^.;]{{0,60}}?\b{_EARLIER_VISIT}\b[^.;]{{0,80}}?\b{_PROGRESS_MADE}\b"
    rf"|\b{_PROGRESS_MADE}\b[^.;]{{0,80}}?\bsince\b[^.;]{{0,40}}?\b{_EARLIER_VISIT}\b", re.I)
#: ... unless the progress is small or in doubt ("only limited progress", "little had
#: improved", "whether it has improved"), expected rather than made ("should have made",
#: "expected it to have improved"), split ("improved in some areas and deteriorated in
#: others", or a second clause after a semicolon), or someone's own account ("told us it has", "the force states that it has",
#: "“… our answer times have improved since the inspectors visited,” he said").
_PROGRESS_DOUBTED = re.compile(r"\b(?:no|not|little|limited|only|slow|insufficient|whether|if|claims?|should|could|would|ought|expect\w*|to\s+have|"
                               r"believes?|says|states|reports\s+that|according\s+to|assur\w*|confident|insists?|"
                               r"self-assessment|action\s+plan|in\s+its\s+response|others?|some\s+areas|"
                               r"deteriorat\w*|declined|worse|needs?\s+to|go\s+further|further\s+to\s+go|slipped|"
                               r"fallen\s+back|fell\s+back|"
                               r"inadequate|requir\w*\s+improvement|told|claimed|wrote|felt|none|marginal\w*|below|"
                               r"lowest|worst|yet|just|by\s+the\s+force)\b|"
                               r"n['’]t\b|;|,\s+and\b|\bin\s+(?:19|20)\d\d,?\s+we\s+(?:reported|found|said|noted)\b"
                               r"|[”\"]\s*,?\s*(?:\w+\s+){0,4}?(?:said|says|added)\b", re.I)


def progress_since(text: str) -> bool:
    """Does the sentence say the force has made progress since an earlier inspection
    (:data:`PROGRESS_SINCE`), with nothing left or doubted in it?"""
    return (PROGRESS_SINCE.search(text) is not None and not _NOT_YET.search(text)
            and not _PROGRESS_DOUBTED.search(text))


#: A decline on an earlier, better state ("This is a decline from our last judgment, when we
#: graded the force good", "its effectiveness has deteriorated since 2016", "there has been a
#: significant deterioration in how the force prevents crime"): the mirror of
#: :data:`IMPROVED_ON`. The earlier grade it names makes the model read history or praise.
DECLINED = re.compile(
    r"\b(?:is|was|represents|marks|shows|amounts\s+to)\s+(?:an?|the)\s+(?:(?:further|significant|marked|sharp|"
    r"clear|notable|considerable|serious)\s+)?(?:decline|deterioration|step\s+backwards?)\b"
    r"|\b(?:has|have|had)\s+(?:(?:since|significantly|markedly|further|also)\s+)?[\"“‘']?(?:deteriorated|worsened)\b"
    # "the force's performance has declined since our last inspection" (crime that declined is no decline)
    r"|\b(?:performance|standards?|service|effectiveness|efficiency|quality)(?:\s+(?:of|in)\s+(?:its\s+|the\s+)?[\w-]+)?"
    r"\s+(?:has|have|had)\s+"
    r"(?:(?:since|significantly|markedly|further|also)\s+)?[\"“‘']?(?:declined|dropped|slipped|fallen)\b"
    # "the force had gone backwards", "two grades lower than at the previous inspection"
    r"|\b(?:gone|went|going|slipped|fallen|moved)\s+(?:\w+ly\s+)?backwards?\b"
    r"|\b(?:one|two|three|a)\s+grades?\s+lower\s+than\s+(?:at|in)\s+(?:the|its|our)\s+(?:previous|last|earlier)\b"
    # "That is a fall from last year, when inspectors judged its effectiveness to be good"
    r"|\b(?:is|was|marks|represents)\s+an?\s+(?:fall|drop|downgrade|step\s+down)\s+from\b(?=[^.;]*\b(?:outstanding|good|adequate)\b)"
    # "Since our last inspection, there has been a significant deterioration in how …" (a
    # decline in crime or complaints is no decline of the force's: only in how it works)
    r"|\bthere\s+(?:has|had)\s+been\s+(?:an?\s+)?(?:(?:further|significant|marked|sharp|clear|notable|considerable|"
    r"serious)\s+)?(?:deterioration\s+in|decline\s+in\s+(?:how|the\s+(?:way|quality|standard|service|performance)))\b"
    # "our overall judgment is less positive than last year, when we assessed the force as good"
    r"|\b(?:judge?ment|assessment|findings?|picture)\s+(?:this\s+year\s+)?(?:is|are|was|were)\s+"
    r"(?:much\s+|far\s+)?less\s+positive\s+than\b",
    re.I)
_DECLINED_NOT = re.compile(r"\b(?:not|no|nothing|never|reversed?|halted|stopped|without)\b|n['’]t\b", re.I)


def declined(text: str) -> bool:
    """Does the sentence state a decline from an earlier state (:data:`DECLINED`), not denied?"""
    if (m := DECLINED.search(text)) is None:
        return False
    return not _DECLINED_NOT.search(text[:m.end()])


#: A grade no area reached or fell to ("None of its graded areas reached the standard of good",
#: "No area requires improvement and none is inadequate"): the model reads the grade word
#: and misses the "none" that turns it.
_NONE_GRADED = re.compile(
    # ("None of the nine was found to be inadequate": the areas just counted)
    # ("none of the constabulary's work was rated inadequate"; "None was rated inadequate", after a tally)
    rf"^\W*(?:none|no|not one)\b[^.;]{{0,50}}?\b(?:areas?|questions?|pillars?|parts?|of (?:the|its|these|those) {_NUMBER_WORD})\b[^.;]{{0,40}}?"
    r"\b(?:was|were|is|are|reached|achieved|received|judged|graded|rated|requires?|got|fell|falls|dropped)\b[^.;]{0,40}?"
    r"\b(?:outstanding|good|adequate|inadequate|requires? improvement)\b"
    # "Inspectors did not rate any areas as good or outstanding"
    r"|^\W*none of (?:the |its )?(?:force['’]s |constabulary['’]s )?work\s+(?:was|has been)\s+(?:judged|graded|rated|"
    r"assessed|found)\s+(?:as\s+|to be\s+)?\W?(?:outstanding|good|adequate|inadequate|requir(?:es?|ing) improvement)\b"
    r"|^\W*none\s+(?:was|were)\s+(?:judged|graded|rated|found|assessed)\s+(?:as\s+|to be\s+)?\W?"
    r"(?:outstanding|good|adequate|inadequate|requir(?:es?|ing) improvement)\b"
    # "The force was given no grade below adequate"
    r"|\b(?:received|got|was given|were given|has|had)\s+no\s+(?:grades?|judge?ments?|ratings?)\s+(?:of|as low as|below)\s+\W?"
    r"(?:outstanding|good|adequate|inadequate|requir(?:es?|ing) improvement)\b"
    r"|\b(?:did not|didn['’]t|does not|do not)\s+(?:rate|grade|judge|assess|find)\s+any\s+(?:of\s+(?:its|the)\s+)?"
    r"(?:\w+\s+)?(?:areas?|questions?|pillars?)\s+(?:as\s+|to be\s+)?(?:being\s+)?"
    r"(?:outstanding|good|adequate|inadequate|requires? improvement)\b"
    # "…, with zero of the eight areas rated good or outstanding": a count of none mid-sentence
    rf"|\b(?:zero|none|not one)\s+of\s+(?:the|its|these|those)\s+(?:{_NUMBER_WORD}\s+)?(?:graded\s+|policing\s+)?(?:areas?|questions?|pillars?)\b"
    # (the verb the count's own, not a relative clause's: "none of the areas that were good")
    r"(?:(?!\b(?:that|which|who|where)\b)[^.;]){0,40}?\b(?:was|were|is|are|reach(?:ed|ing)|achiev(?:ed|ing)|receiv(?:ed|ing)|"
    r"judged|graded|rated|assessed)\b[^.;]{0,20}?"
    r"\b(?:outstanding|good|adequate|inadequate|requires? improvement)\b"
    # "The force was not graded outstanding or good in any area": a grade denied everywhere
    r"|\bnot\s+(?:been\s+)?(?:judged|graded|rated|assessed)\s+(?:as\s+|to be\s+)?\W?"
    r"(?:outstanding|good|inadequate|requires? improvement)\W?(?:\s+or\s+\W?(?:outstanding|good|inadequate|"
    r"requires? improvement)\W?)?\s+(?:in|for|on)\s+any\b", re.I)
_NONE_BELOW = re.compile(r"\b(?:inadequate|requires? improvement|require improvement|below|lower than|less than)\b", re.I)


def none_graded(text: str) -> str | None:
    """The side of a sentence that says no area reached a grade, or none fell to one:
    "area_for_improvement" for "none … reached good", "strength" for "none … is inadequate"
    or "none … below good"; None when the sentence is not of that kind."""
    if (m := _NONE_GRADED.search(text)) is None:
        return None
    return "strength" if _NONE_BELOW.search(m.group(0)) or _NONE_BELOW.search(text[m.end():]) else "area_for_improvement"


#: A grade stated as a judgement ("is judged to be good for …", "was graded as inadequate",
#: "rated 'requires improvement'"), for each side: a sentence that states one of each is a
#: tally that holds both sides (LABELLING rule 13: mixed).
_JUDGED = r"\b(?:judged|graded|rated|assessed)\s+(?:to be\s+|as\s+|to\s+)?\W?"
JUDGED_GOOD = re.compile(_JUDGED + r"(?:outstanding|good)\b", re.I)
JUDGED_BAD = re.compile(_JUDGED + r"(?:(?:requires?|requiring) improvement|inadequate\b)", re.I)
#: A grade below adequate given to a named force or to "the force" ("rated Cambridgeshire
#: Constabulary inadequate in those areas", "was ranked ‘inadequate’ in three key policing
#: areas", "rated Beds Police bottom of the list"): this report's criticism, in the words
#: of a news page, which the model often reads as a plain report of facts.
_RATED_OBJECT = r"(?:(?:the force|the constabulary|it|them|[A-Z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,3})\s+)?"
RATED_BELOW = re.compile(
    r"\b(?:judged|graded|rated|assessed|ranked)\s+" + _RATED_OBJECT + r"(?:to be\s+|as\s+)?[\"'‘“]?"
    r"(?:(?:requires?|requiring) improvement|inadequate\b|bottom\b)"
    # ... and the grade as the force's predicate ("the chief inspector told reporters the
    # constabulary was inadequate at two areas"), which the model reads as a report of speech
    # (a force's name in capitals, at most five words: the class is case-sensitive inside
    # this case-blind pattern, so "and" and "of" are never read as a name's words)
    r"|\b(?:the\s+(?:force|constabulary|service)|(?-i:(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){0,4}"
    r"(?:Police|Constabulary|Police Service|Service|Met)))\s+(?:is|was|are|were|has been|had been)\s+"
    r"(?:found to (?:be|have been)\s+)?(?:still\s+)?[\"'‘“]?(?:inadequate|failing)\b", re.I)
#: ... asked or doubted, not said: "Asked whether the force was failing, …".
_RATED_HEDGED = re.compile(r"\b(?:whether|if|asked|denied|den(?:y|ies)|claim\w*|feared|fears?|critics|suggest\w*)\b", re.I)
#: "Inspectors found the force required improvement in four areas", "the extent to which the
#: force is effective at reducing crime … requires improvement": the grade as a verb; not in
#: a relative clause ("every area that required improvement"), ...
_REQUIRES_VERB = re.compile(r"(?<!\bthat )(?<!\bwhich )(?<!\bwho )\b(?:requires|required|require)\s+improvement\b", re.I)
#: ... a definition or condition ("Where a force requires improvement, …", "A force that …",
#: "if"), or a grade put right since ("has now addressed", "made progress on", "is now adequate").
_REQUIRES_NOT = re.compile(r"\b(?:where a|if|whether|a force|any force|addressed|progress|"
                           r"now (?:adequate|good|outstanding)|no longer)\b", re.I)
#: ... not when the grade is history ("In that inspection we graded the force inadequate"),
#: shared with praise (a tally), negated, or one of the scale's grades.
_RATED_THEN = re.compile(r"\b(?:(?:19|20)\d\d|that (?:inspection|report|time)|at the time|previous(?:ly)?|last|"
                         r"earlier|until|barely|before|had been|was once)\b", re.I)


def rated_below(text: str) -> bool:
    """Does the sentence give this report's grade below adequate, and only that?"""
    verb = "improvement" in text.lower() and _REQUIRES_VERB.search(text) is not None and not _REQUIRES_NOT.search(text)
    rated = RATED_BELOW.search(text)
    if rated is not None and _RATED_HEDGED.search(text, 0, rated.start()):
        rated = None
    return ((rated is not None or verb) and not JUDGED_GOOD.search(text)
            and not re.search(r"\b(?:good|outstanding)\b", text, re.I) and not _RATED_THEN.search(text)
            and not re.search(r"\b(?:no|none|not|never)\b", text, re.I) and not GRADE_DEFINITION.search(text))


#: The inspectorate's concern as the verdict ("The report states that HMIC has some ‘very
#: serious concerns’", "HM Inspector … said she was ‘concerned about many aspects’", "I have
#: become concerned about a lack of stability"): criticism the model reads as a report of
#: speech. Not when the concern is denied or resolved, recalled, or a definition's.
# the speaker in any case ("Inspectors raised concerns", "We have concerns"); "he" or "she"
# only inside the sentence ("…, she said she had serious concerns"): opening one, either may
# be the chief constable; a name after the inspector's title must be capitalised
_CONCERNED_BY = (r"\b(?:(?i:HMIC\w*|the inspectorate|inspectors?|(?:the|this) (?:new |latest )?report|a (?:new |latest )?report(?! (?:by|from|for|of|commissioned)\b)|I|we)|she|he|"
                 r"(?:HM|His Majesty['’]s|Her Majesty['’]s) (?:Chief )?Inspector(?: of Constabulary)?(?: [A-Z][\w’'-]+){0,2}|"
                 # the inspectorate by its name, or as the press calls it
                 r"(?:HM|His Majesty['’]s|Her Majesty['’]s) Inspectorate of Constabulary|(?i:the (?:police )?watchdog))")
CONCERNED = re.compile(
    _CONCERNED_BY + r"\b[^.;]{0,40}?\b(?:(?:has|have|had|expressed|raised|voiced|highlighted)\s+(?:some\s+|a number of\s+|"
    r"several\s+)?[\"“‘']?(?:very\s+|particularly\s+)?(?:(?:serious|grave|significant|specific|real|major)\s+)?[\"”’']?\s*"
    r"concerns?\b|(?:am|is|are|was|were|remain|remains|became|become|been)\s+(?:very\s+|particularly\s+|seriously\s+|"
    r"deeply\s+|increasingly\s+)?[\"“‘']?(?:concerned|worried|troubled|disappointed)\b)"
    # the inspector's own worry: "My gravest worry is …", "The force's efficiency worries me",
    # "… gives me serious cause for worry"
    r"|\b(?i:my) (?:main|greatest|gravest|biggest|chief|principal|most serious) (?:worry|concern)\b"
    r"|\b(?:worries|troubles|concerns) me\b|\bgives? me (?:serious |real |some )?cause for (?:worry|concern)\b"
    # "the findings were of “very great concern” to her", "This is of serious concern"
    r"|\b(?i:is|are|was|were|remains?|remained)\s+of\s+[\"“‘']?(?i:very\s+|particularly\s+)?"
    r"(?i:great|serious|grave|real|considerable|significant|particular|deep)\s+concern\b")
_CONCERN_NOT = re.compile(r"\b(?:no|not|never|none|nothing|no longer|addressed|resolved|eased|allayed|reassured|"
                          r"nationally|across the country|"
                          r"interim|previous(?:ly)?|someone|anyone|where)\b|n['’]t\b|\b(?:19|20)\d\d\b"
                          # the complaints watchdog (IOPC) is not the inspectorate
                          r"|\b(?:IOPC|IPCC|Independent Office|Independent Police Complaints|complaints watchdog)\b", re.I)


def concerned(text: str) -> bool:
    """Does the inspectorate state its concern, undenied and not recalled?"""
    return CONCERNED.search(text) is not None and not _CONCERN_NOT.search(text) and not GRADE_DEFINITION.search(text)


#: The inspector's own satisfaction as the verdict ("The constabulary's performance this year
#: pleases me greatly", "I have been impressed by how seriously the force responded"): praise.
PLEASED = re.compile(r"\b(?:pleases|please|impresses|encourages|heartens) me\b"
                     r"|\bI (?:am|was|have been|remain) (?:very |particularly |greatly |most |especially )?"
                     r"(?:pleased|impressed|encouraged|heartened)\b")
#: ... or the same reported by a press piece, the inspectorate's voice the one speaking ("HM
#: Inspector of Constabulary Jo Marsh said she was pleased with how the force was
#: performing", "… said she was 'confident' that the force would keep improving").
_REPORTED_PLEASED = re.compile(
    r"^\W*(?:[\w'’.-]+\s+){0,4}?(?:[\w'’.-]+,\s*)?(?:the\s+)?"
    r"(?:hm inspector|his majesty['’]s inspector|her majesty['’]s inspector|hmi|inspectors?|the inspectorate|"
    r"hmicfrs|hmic|the watchdog)\b[^.;:]{0,60}?\b(?:said|says|added)\s+(?:that\s+)?(?:she|he|they|it)\s+"
    r"(?:was|were|is|are|felt|had been)\s+(?:very |particularly |greatly |most |especially )?[\"“‘']?"
    r"(?P<feeling>pleased|impressed|encouraged|heartened|delighted|confident)\b", re.I)
#: What the inspector may be "confident" about that is no praise: failings still to be put right.
_PUT_RIGHT = re.compile(r"\b(?:failings?|weakness(?:es)?|concerns?|problems?|shortcomings?|address\w*|put right|"
                        r"tackle|improve|improvements?)\b", re.I)


def pleased(text: str) -> bool:
    """Does the inspector state satisfaction, undenied and unqualified? Reported in the
    press, only when an inspector is the one speaking (rule 6: a commissioner "responding to
    HMICFRS" who is pleased is no finding) and, for confidence, not about failings."""
    if re.search(r"\b(?:not|no|never|less|but|although|however)\b|n['’]t\b", text, re.I):
        return False
    if PLEASED.search(text):
        return True
    m = _REPORTED_PLEASED.search(text)
    if m is None or re.search(_OTHER_SPEAKER, text[:m.end()], re.I):
        return False
    return m.group("feeling").lower() != "confident" or not _PUT_RIGHT.search(text[m.end():])


#: "adequate" as a grade: after a grading verb ("rated as 'adequate'", "found the force was
#: adequate", "performing adequately") or for areas counted ("adequate in four areas"),
#: not a plain adjective ("had adequate training").
_ADEQUATE = re.compile(
    r"\b(?:judg\w*|grad\w*|rat(?:ed|es|ing)|found|assess\w*|perform\w*|deemed|considered)\b[^.;]{0,40}?"
    r"\badequate(?:ly)?\b|\badequate(?:ly)?\W{0,2}\s+(?:in|at|for|across)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:areas?|questions?|aspects?|categor\w+|pillars?|others)\b", re.I)
_BELOW_ADEQUATE = re.compile(r"\brequir(?:es?|ed|ing) improvement\b|\binadequate\b|\bin need of improvement\b", re.I)
#: ... and nothing better, no definition of the scale, and no change of grade ("no longer
#: inadequate; it is now adequate", "improved from requires improvement to adequate").
_ABOVE_ADEQUATE = re.compile(r"\b(?:good|outstanding|better|best|means?|no longer|now|improv(?:ed|es|ing))\b"
                             r"|\bfrom\b[^.;]*\bto\b",
                             re.I)


def below_beside_adequate(text: str) -> bool:
    """Does the sentence grade the force adequate in some things and below it in others, and nothing better?

    "adequate in four areas but required improvement in six", "performing adequately in
    some areas but requires improvement in others": adequate is no praise, so this is the
    criticism alone, with or without a contrast (LABELLING rule 13). Not a definition of
    the scale ("Adequate means …") nor an earlier inspection's grades (rule 12).
    """
    return (_ADEQUATE.search(text) is not None and _BELOW_ADEQUATE.search(text) is not None
            and not _ABOVE_ADEQUATE.search(text) and not _EARLIER_TIME.search(text))


#: A tally of grades ("One area was graded good, five adequate and two as requiring
#: improvement", "judged good in one area and adequate in the remaining seven"): grading
#: words, two or more grades and at least one of them counted.
_TALLY_VERB = re.compile(r"\b(?:judged|graded|rated|assessed|grades?|gradings?|judge?ments|ratings)\b"
                         # "Of those eight, four are adequate …": the areas just counted, shared out
                         rf"|^\W*of (?:those|these|the|its|our) (?:{_NUMBER_WORD}\s*)?(?:(?:graded )?areas?\s*)?,", re.I)
_TALLY_GRADE = (r"(?:outstanding|good|adequate|inadequate|requir(?:es?|ed|ing) improvement|"
                # "three in need of improvement", "two point to a need for improvement"
                r"(?:in\s+)?need(?:s|ing)?\s+(?:of\s+|for\s+)?improvement)")
_TALLY_COUNTED = re.compile(
    rf"\b(?:{_NUMBER_WORD}|all|both)\s+(?:[\w-]+\s+){{0,3}}?(?:as\s+|to be\s+|were\s+|was\s+|is\s+|are\s+)?\W?"
    rf"{_TALLY_GRADE}\b|\b{_TALLY_GRADE}\W*\s+(?:in|for|across)\s+(?:the\s+)?(?:remaining\s+|other\s+)?{_NUMBER_WORD}\b",
    re.I)
#: Other forces counted (a national tally) or another inspection's grades (a year, "last
#: inspected") make the tally context (LABELLING rules 7 and 12).
_TALLY_NOT_OURS = re.compile(r"\b(?:forces|others)\b", re.I)


def tally_side(text: str) -> str | None:
    """The side of a tally of this report's grades (LABELLING rule 13): both sides counted
    is mixed; good or outstanding beside adequate only is a strength; requires improvement
    or inadequate beside adequate only is an area for improvement. None when the sentence
    is no such tally, counts other forces, or recalls an earlier inspection."""
    if not _TALLY_VERB.search(text) or _TALLY_NOT_OURS.search(text) or _EARLIER_TIME.search(text):
        return None
    grades = {"requir" if "need" in g.lower() else g.lower()[:6] for g in re.findall(rf"\b{_TALLY_GRADE}\b", text, re.I)}
    counted = len(_TALLY_COUNTED.findall(text))
    # with no grading verb, only the noun ("One grade is good, three are adequate …"), two
    # grades must be counted: "The five grades are outstanding, good, …" sets out the scale
    named_only = all(m.group(0).lower() in ("grade", "grades") for m in _TALLY_VERB.finditer(text))
    if len(grades) < 2 or counted < (2 if named_only else 1):
        return None
    good, bad = bool(grades & {"outsta", "good"}), bool(grades & {"inadeq", "requir"})
    if good and bad:
        return "mixed"
    return "strength" if good else "area_for_improvement" if bad else None
#: A grade standing alone as a line of its own ("graded inadequate", "Requires improvement"),
#: as a web page prints a question's judgement: LABELLING rule 5 labels it by the grade.
BARE_GRADE = re.compile(r"^\W*(?:graded\s+(?:as\s+)?)?(?P<grade>outstanding|good|requires? improvement|inadequate)\W*$",
                        re.I)
#: One grade of the scale as an item of a list that sets the scale out ("given one of four
#: ratings:" / "Outstanding" / "Good" / "Requires improvement; or" / "Inadequate"): the
#: grades a force could get, not one it got (LABELLING: definitions are neutral).
_SCALE_ITEM = re.compile(r"^\W*(?:outstanding|good|adequate|requires? improvement|inadequate)\W*?"
                         r"(?P<joined>[;,]?\s*(?:or|and)\W*)?$", re.I)
_SCALE_LEAD = re.compile(r"\b(?:grades?|ratings?|judge?ments?|scale)\b[^.]*:\s*$", re.I)


def scale_item(text: str, before: str | None) -> bool:
    """Is ``text`` a bare grade listed as one step of the grading scale?

    A page that prints a question's grade on a line of its own has an area name
    before it; a scale list has a lead-in about grades or ratings, another bare grade,
    or joins its items with "; or".
    """
    m = _SCALE_ITEM.match(text.strip())
    if m is None:
        return False
    if m.group("joined"):
        return True
    if before is None:
        return False
    return bool(_SCALE_ITEM.match(before.strip()) or _SCALE_LEAD.search(before)
                or (GRADE_DEFINITION.search(before) and before.rstrip().endswith(":")))


#: What a list item carries besides its words: joining punctuation and "and"/"or".
_ITEM_JOIN = re.compile(r"[\s;:,.]*(?:\b(?:and|or)\b)?[\s;:,.]*$", re.I)


@lru_cache(maxsize=1)
def _all_area_names() -> frozenset[str]:
    """Every graded area's and question's name (and alias) in the built-in taxonomies."""
    return frozenset(normalise_heading(name) for tax in builtin_taxonomies() for theme in tax.themes
                     for name in (theme.name, *theme.aliases))


def bare_area(text: str) -> bool:
    """Is ``text`` nothing but an area's name ("Responding to the public;")?

    Pages list the areas an inspection covers as items of their own ("The inspection
    covers nine areas:" / "Investigating crime" / …): a name alone judges nothing.
    Under a grade ("Requires improvement" / "Investigating crime") or a lead-in with a
    side it takes that side; the caller decides which.
    """
    name = _ITEM_JOIN.sub("", text.strip())
    return bool(name) and len(name) < 120 and normalise_heading(name) in _all_area_names()


#: A description of governance structure (LABELLING: "descriptions of structure" are
#: neutral): "The deputy chief constable chairs a monthly crime data integrity board",
#: "… overseen by a monthly board chaired by a chief officer" ...
_STRUCTURE = re.compile(
    r"\b(?:chairs?|chaired(?: by)?|attends?|sits on)\s+(?:a|the|its)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:board|meeting|group|committee|panel|forum)s?\b"
    r"|\b(?:board|meeting|group|committee|panel|forum)s?\s+chaired by\b", re.I)
#: ... unless the inspectorate says how well it works ("… and holds commanders to account").
_STRUCTURE_JUDGED = re.compile(
    r"\b(?:well|effective\w*|robust\w*|strong\w*|good|rigorous\w*|clear\w*|to account|challeng\w*|"
    r"scrutinis\w*|drives?|driving|ensur\w*|improv\w*|priorit\w*|commit\w*|weak\w*|poor\w*|not|no|never|"
    r"rarely|only|but|however|although|yet)\b|n['’]t\b", re.I)


#: A survey's result of what the public thinks ("68 percent of adults surveyed think that the
#: police do a good or excellent job, which is higher than the figure across England and
#: Wales"), as PEEL data pages set it out: the public's view, figures the inspectorate does
#: not judge (LABELLING rule 7), whichever way it compares.
SURVEY_FIGURE = re.compile(
    r"^\W*(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|under\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+of\s+"
    r"(?:the\s+)?(?:adults|people|residents|respondents|victims|the\s+public|those|women|men)\s+"
    r"(?:who\s+were\s+)?(?:surveyed|asked|questioned|polled|interviewed)\b[^.;]{0,30}?"
    r"\b(?:think|thought|said|say|agree[sd]?|feel|felt|believe[sd]?|were|are|rated|rate)\b", re.I)


def survey_figure(text: str) -> bool:
    """Is the sentence a public survey's result set out as data (:data:`SURVEY_FIGURE`), with no
    judgement of the inspectors' beside it ("…, and we found the force uses this well")?"""
    return SURVEY_FIGURE.search(text) is not None and not re.search(
        r"\b(?:we|inspectors|HMICFRS|HMIC)\s+(?:also\s+)?(?:found|judge[sd]?|consider(?:ed)?|were\s+pleased)\b", text, re.I)


def describes_structure(text: str) -> bool:
    """Does the sentence only describe who chairs or attends which board or meeting?"""
    return _STRUCTURE.search(text) is not None and _STRUCTURE_JUDGED.search(text) is None


#: Why something matters, said in general (LABELLING rule 7, context): "It is essential
#: that every force records crime well", "This is important in helping young people to
#: …", "Accurate crime data is important because …". The model reads the words of what
#: matters as praise; readers of real reports took such sentences as neither. Not when the
#: force or its leaders are told what matters for them ("It is vital that the constabulary
#: understands …", "… that the chief constable acts on these findings": advice), nor
#: "important to note that …", which frames what follows, nor when the sentence also
#: judges: a failing as its subject ("These weaknesses are important because …"), a
#: contrast, or a second clause about the force ("…, and the force does not do this").
_MATTERS = re.compile(
    r"^\W*(?:(?:it|this|that)\s+is|(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,6}?\s+(?:is|are))\s+"
    r"(?:also\s+|particularly\s+|especially\s+|therefore\s+|vitally\s+|incredibly\s+|critically\s+|so\s+|very\s+)?"
    r"(?:important|vital|essential|crucial)\s+(?!to\s+(?:note|recognise|recognize|acknowledge|say|stress|remember)\b)"
    r"(?:that|to|in|for|because|if)\b",
    re.I)
_MATTERS_TO_FORCE = re.compile(
    r"\b(?:important|vital|essential|crucial)\s+(?:that|to|for)\s+(?:the\s+(?:force|constabulary|service)|it|its|"
    r"(?:the\s+|its\s+)?(?:chief constable|chief officers|senior leaders|leaders|leadership team|"
    r"force['’]s|constabulary['’]s)|"
    r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Police|Constabulary)))\b"
    r"|\b(?:but|however|although|yet|still)\b"
    # the sentence judges as well: a failing named, or the force's own work set beside it
    r"|\b(?:weakness\w*|failings?|failures?|shortcomings?|gaps?|problems?|lack\w*|too (?:few|many|little|slow)|"
    r"at risk|we found)\b"
    r"|[,;]\s*(?:and\s+)?(?:the force|the constabulary|its officers)\s+(?!is\b)\w+", re.I)


def states_importance(text: str) -> bool:
    """Does the sentence only say why something matters, in general (:data:`_MATTERS`)?"""
    low = text.lower()
    if not any(w in low for w in ("important", "vital", "essential", "crucial")):
        return False
    return _MATTERS.search(text) is not None and _MATTERS_TO_FORCE.search(text) is None


#: Why accurate recording matters, said of any crime ("Failure to record a crime often
#: results in …", "When a crime goes unrecorded, the victim may not be safeguarded"):
#: context, not a finding about the force (readers label it neutral, as method text).
_RECORDING_MATTERS = re.compile(
    r"^(?:\W*[\w'’]+\W+){0,3}?(?:failure|failing) to record (?:a |the )?(?:reported )?crimes?\b"
    r"|\b(?:when|if|where|once|unless)\s+(?:a|the)\s+(?:reported\s+)?crime\s+(?:is not|isn['’]t|goes|was not|is left|remains)\b",
    re.I)
#: ... unless the force is its subject ("The force's failure to record crimes means …").
_FORCE_BEFORE = re.compile(r"\b(?:force|constabulary|service|its|their|it)\b", re.I)


def recording_matters(text: str) -> bool:
    """Is the sentence a general statement of why crime recording matters?"""
    m = _RECORDING_MATTERS.search(text)
    return m is not None and not _FORCE_BEFORE.search(text[:m.start()] + " " + m.group(0))


#: A grade from an earlier inspection that still stands as this report's judgement ("so the
#: constabulary keeps the outstanding grade it received in 2017", "our outstanding judgment
#: from 2016 stands", "its work against serious and organised crime remains outstanding"):
#: not history (LABELLING rule 12) but this year's grade, labelled by it (rule 5). The
#: model reads the year and "not inspected in detail" as context.
_GRADE_WORD = r"(?P<grade>outstanding|good|adequate|inadequate|requir(?:es?|ing) improvement)"
STILL_GRADED = re.compile(
    r"\b(?:keeps?|kept|retains?|retained|carr(?:y|ies|ied) (?:forward|over))\s+(?:its|the|their|our|this)\s+"
    + _GRADE_WORD + r"\s+(?:grade|judge?ment|rating)\b"
    r"|\b" + _GRADE_WORD.replace("?P<grade>", "?P<grade2>") + r"\s+(?:grade|judge?ment|rating)\s+(?:(?:it|we)\s+"
    r"(?:received|gave|awarded)\s+)?(?:from|in|of)\s+(?:(?:19|20)\d\d|the last|our last|the previous|our previous)"
    r"[^.;]{0,30}?\b(?:still\s+)?(?:stands|applies|remains|is carried forward)\b"
    r"|\b(?:remains?|still is|is still)\s+(?:graded\s+|judged\s+)?(?:as\s+)?"
    + _GRADE_WORD.replace("?P<grade>", "?P<grade3>") + r"\b(?!\s+(?:at|in|for)\b[^.;]{0,60}\b(?:but|although|however)\b)",
    re.I)


#: The inspectorate's grade for the question or area at hand, put as its own act ("We grade
#: this question good", "Investigating crime is another area we graded good", "an area in
#: which we judge the force to be inadequate", "one of the few forces we have judged
#: outstanding"): this report's judgement (LABELLING rule 5). The model reads "we graded
#: this question" as the history or the scale that such words usually belong to.
_GRADER = r"(?:we|hmic(?:frs)?|the inspectorate|inspectors)"
#: The inspectorate's report as the one that grades ("The police inspectorate's effectiveness
#: report, published on Thursday, judged …"); not another body's ("Ofsted's report").
_OUR_REPORT = (r"\b(?:our|the (?:police )?inspectorate['’]s|hmic(?:frs)?['’]?s?|the watchdog['’]s|inspectors['’])\s+"
               r"(?:[\w-]+\s+){0,3}?report\b[^.;:]{0,60}?")
_GRADING = r"(?:grade[sd]?|judge[sd]?|rate[sd]?|assess(?:es|ed)?)"
GIVEN_GRADE = re.compile(
    rf"\b{_GRADER}\s+(?:have\s+)?{_GRADING}\s+(?:this|that|the|its)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:question|area|pillar)\s+(?:as\s+|to be\s+)?\W?" + _GRADE_WORD + r"\b"
    rf"|\b(?:question|area|pillar|forces)\s+(?:that\s+|which\s+|in which\s+)?{_GRADER}\s+(?:have\s+)?{_GRADING}\s+"
    r"(?:the (?:force|constabulary|service)\s+|it\s+)?(?:to be\s+|as\s+)?\W?"
    + _GRADE_WORD.replace("?P<grade>", "?P<grade2>") + r"\b"
    # "We judge the constabulary's service to victims inadequate": the work named, then its grade
    rf"|^\W*(?:overall,?\s+)?{_GRADER}\s+{_GRADING}\s+(?:the\s+(?:force|constabulary|service)['’]s|its)\s+"
    r"(?:[\w-]+\s+){1,6}?(?:as\s+|to be\s+)?\W?" + _GRADE_WORD.replace("?P<grade>", "?P<grade3>") + r"\b"
    # "We also judge the force good on this question", "the report, published on Thursday,
    # judged the force good overall": the force itself, then its grade
    rf"|(?:\b{_GRADER}|{_OUR_REPORT})\s+(?:also\s+|again\s+)?{_GRADING}\s+"
    r"(?:the\s+(?:force|constabulary)|it)\s+(?:as\s+|to be\s+)?\W?" + _GRADE_WORD.replace("?P<grade>", "?P<grade4>")
    + r"\b"
    # "We graded managing offenders and suspects as outstanding": the area named, "as", its grade
    + rf"|^\W*(?:overall,?\s+)?{_GRADER}\s+(?:also\s+)?{_GRADING}\s+(?:[\w-]+\s+){{1,6}}?as\s+\W?"
    + _GRADE_WORD.replace("?P<grade>", "?P<grade5>") + r"\b"
    # "Effectiveness: the force was judged good", "Legitimacy, too, was graded good": the force,
    # its work or a pillar as the subject that opens the sentence
    + r"|^\W*(?:(?:effectiveness|efficiency|legitimacy|leadership)\s*:\s*)?"
    r"(?:the (?:force|constabulary)|it|(?:its|the force['’]s|the constabulary['’]s)(?:\s+[\w-]+){1,5}?|"
    r"(?:effectiveness|efficiency|legitimacy|leadership))(?:\s*,\s*too\s*,)?\s+(?:was|is|has been)\s+"
    + rf"(?:also\s+|again\s+)?{_GRADING}\s+(?:as\s+|to be\s+)?\W?"
    + _GRADE_WORD.replace("?P<grade>", "?P<grade6>") + r"\b",
    re.I)
#: ... a grade given by someone else ("judged good by the Crown Prosecution Service").
_BY_OTHERS = re.compile(r"\W*\s+by\s+(?!us\b|inspectors\b|the inspectorate\b|hmic)", re.I)
#: ... a count of cases graded ("only 12 of the 40 investigations as good"): a tally.
_COUNTED = re.compile(r"\b(?:\d+|only|few|some|most|many|all|none|half)\b", re.I)


#: A condition before the grade makes it the method, not a judgement ("Where we have
#: causes of concern, we grade the area inadequate").
_CONDITION_BEFORE = re.compile(r"\b(?:where|if|when|whenever|unless|would|could|once|until|whether|provided)\b", re.I)
#: ... or after it: "is judged good when it …", "is graded inadequate if …".
_CONDITION_AFTER = re.compile(r"\W*\s+(?:when|if|where|whenever|unless|provided|as long as)\b", re.I)


def given_grade(text: str) -> str | None:
    """The side of the inspectorate's grade for the question at hand (:data:`GIVEN_GRADE`),
    or None; adequate is no side (rule 5), a grade with a year or an earlier inspection
    named is history (rule 12), and one under a condition is the method."""
    m = GIVEN_GRADE.search(text)
    if m is None or _EARLIER_TIME.search(text) or _CONDITION_BEFORE.search(text[:m.start()]) \
            or GRADE_DEFINITION.search(text) or _CONDITION_AFTER.match(text[m.end():]) \
            or states_earlier_grade(text) or len(set(_EARLIER_GRADE.findall(text.lower()))) > 1 \
            or _BY_OTHERS.match(text[m.end():]) or (m.group("grade5") and _COUNTED.search(m.group(0))):
        # (several grade words: the scale, "graded outstanding, good, requires improvement or
        # inadequate", or a tally, which :func:`tally_side` reads)
        return None
    grade = next(g for g in m.groups() if g).lower()
    if grade in ("outstanding", "good"):
        return "strength"
    return None if grade == "adequate" else "area_for_improvement"


#: What "remains outstanding" means when it is not a grade: still to be done.
_UNRESOLVED = re.compile(r"\b(?:recommendations?|suspects?|wanted|warrants?|actions?|cases?|enquir\w+|inquir\w+|"
                         r"concerns?|improvements?|items?|tasks?|analys\w+|reviews?|investigations?|work (?:is|remains)|"
                         r"one (?:is|remains)|"
                         r"(?:\d+|two|three|four|five|several|some|others?) (?:are|remain))\b", re.I)


def still_graded(text: str) -> str | None:
    """The side of a grade that still stands (:data:`STILL_GRADED`), or None; adequate is
    no side (rule 5: neutral). "… remains outstanding" about a recommendation or a wanted
    suspect is something still to be done, not a grade."""
    m = STILL_GRADED.search(text)
    if m is None:
        return None
    grade = (m.group("grade") or m.group("grade2") or m.group("grade3")).lower()
    if m.group("grade3") and grade == "outstanding" and _UNRESOLVED.search(text):
        return None
    if grade in ("outstanding", "good"):
        return "strength"
    if grade == "adequate":
        return "neutral"
    return "area_for_improvement"


#: What the inspection set out to learn ("We wanted to see whether the force had …"): method,
#: whatever the question's words (LABELLING: methodology is neutral).
INSPECTION_AIM = re.compile(
    r"^\W*(?:we|inspectors|this inspection|our inspection)\s+(?:also\s+)?(?:wanted|set out|sought|aimed|tried)\s+"
    r"to\s+(?:see|establish|find out|examine|assess|determine|understand|check|learn|know)\b"
    # what a way of grading lets the inspectorate do ("As a result, we can state more
    # precisely where we consider improvement is needed …"): method, not a finding
    r"|^\W*(?:as a result,\s*|this means (?:that\s+)?|this (?:allows|enables|lets) us to\s+)?we (?:can|are able to|"
    r"will be able to)\s+(?:now\s+)?(?:state|say|show|highlight|set out|describe|explain)\s+(?:more\s+)?"
    r"(?:precisely|clearly|exactly|accurately)\b", re.I)


#: What the inspectorate expects to see if the force keeps on as it is ("Provided the new
#: triage desk stays staffed, we would expect waiting times to fall"): a forecast, neither
#: side; the model reads the gap or the grade it names. Not a standard set against what was
#: found ("If a victim withdraws support, we would expect officers to consider … , but we found
#: few examples"; "…; this happened in only half of cases"), nor a warning of what follows
#: if the force fails to act ("If the force does not act, we would expect the backlog to grow").
_CONDITIONAL_EXPECTATION = re.compile(
    r"^\W*(?:if|should|provided(?: that)?|as long as|so long as|once)\b(?P<cond>[^.;]*),\s*(?:we|i|inspectors)\s+"
    r"(?:would|will|should|might|may)\s+(?:\w+\s+)?(?:expect|anticipate)\b(?P<rest>[^;]*)$", re.I)
#: ... and what the force will be able to do if the condition is met ("If the extra call
#: handlers start in May, Harbury Police will be able to answer more calls within ten
#: seconds"): "should" there forecasts; it advises nothing (rule 4 does not apply).
_CONDITIONAL_ABILITY = re.compile(
    r"^\W*(?:if|provided(?: that)?|as long as|so long as|once)\b"
    # (a purpose is no condition: "If the force is to meet its targets, it should be able to
    # show …" sets a standard)
    r"(?P<cond>(?:(?!\b(?:is|are|was|were)\s+to\b|\bwants?\s+to\b|\bintends?\s+to\b|\bserious about\b)[^.;])*),\s*"
    r"(?:the (?:force|constabulary|service)|it|they|(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:Police|Constabulary))\s+"
    r"(?:should|would|will)\s+(?:then\s+|now\s+|also\s+)?be\s+(?:better\s+)?(?:able|in a (?:better |good |strong )?position|"
    r"well placed)\s+to\b(?!\s+(?:show|demonstrate|evidence|explain|prove)\b)(?P<rest>[^;]*)$", re.I)
#: ... what was found set against the expectation, after it
_EXPECTATION_NOT_MET = re.compile(r"\b(?:but|although|though|however|yet|whereas|found|saw|seen|happened|"
                                  r"was done|were done|in practice|"
                                  # ... or the reason it will cope, already in place ("because it has
                                  # trained extra staff"), or a history of failing ("something it
                                  # has struggled to do")
                                  r"because|since|as it has|thanks to|struggl\w*)\b", re.I)
#: ... a failure as the condition: a warning
_CONDITION_FAILS = re.compile(r"\b(?:not|never|no|fail\w*|unless)\b|n['’]t\b", re.I)


def conditional_expectation(text: str) -> bool:
    """Is the sentence a forecast of what the inspectorate expects if a condition is met
    (:data:`_CONDITIONAL_EXPECTATION`, :data:`_CONDITIONAL_ABILITY`), with no finding set
    against it and no failure as its condition?"""
    text = text.strip()
    m = _CONDITIONAL_EXPECTATION.match(text) or _CONDITIONAL_ABILITY.match(text)
    return (m is not None and _EXPECTATION_NOT_MET.search(m.group("rest")) is None
            and _CONDITION_FAILS.search(m.group("cond")) is None)


#: A standard of work put as a falling-short comparative ("Plans for older victims were
#: less thorough than those for children", "Calls about missing people were graded less
#: accurately than others", "Its work on fraud lags well behind its work on violence"): the
#: model reads the quality word and calls it praise. Not denied ("no less carefully than",
#: "no sign that searches were recorded less thoroughly").
_LESS_WELL = re.compile(
    r"\bless\s+(?:\w+ly\s+)?(?:thorough(?:ly)?|robust(?:ly)?|accurate(?:ly)?|effective(?:ly)?|consistent(?:ly)?|"
    r"reliabl[ey]|timely|well|detailed|rigorous(?:ly)?|comprehensive(?:ly)?|secure(?:ly)?|carefully|promptly|"
    r"quickly|good)\b|\blag(?:s|ged|ging)?\s+(?:\w+\s+){0,3}?behind\b", re.I)
_LESS_WELL_DENIED = re.compile(r"\b(?:no|not|never)\s+less\b|\b(?:no|not|never|nothing|little)\s+(?:\w+\s+){0,2}?"
                               r"(?:sign|signs|evidence|indication|suggestion|suggest\w*)\b[^.;]*\b(?:less|lag\w*)\b|"
                               r"\b(?:does|do|did|is|are|was|were)\s*(?:not|n['’]t)\s+(?:\w+\s+)?lag", re.I)


def less_well(text: str) -> bool:
    """Is the force's work said to be less thorough, accurate, effective … or to lag behind
    (:data:`_LESS_WELL`), undenied?"""
    low = text.lower()
    if "less" not in low and "lag" not in low:
        return False
    return _LESS_WELL.search(text) is not None and _LESS_WELL_DENIED.search(text) is None


#: A count of what was done well put as "only" ("Of the 40 files we read, only 12 held a
#: plan", "only one young person was found a place", "Only four cases were dealt with well
#: throughout"): the count falls short, whatever the good words after it. Not where what is
#: counted is a failing, which makes a small count praise ("only two of 80 had been given a
#: lower priority", "only 41 people were circulated as wanted, a low number", "only three
#: complaints were upheld"), nor a rank among forces ("only one other force received the top
#: grade"); anywhere in the sentence, since the count may come after what it counts ("Of
#: the 40 complaints we reviewed, only three …").
_ONLY_FEW = re.compile(
    r"\bonly\s+(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful)\s+"
    r"(?:of\s+(?:the|these|those|them|its|our)\s+)?(?:[\w’'-]+\s+){0,6}?"
    r"(?:were|was|had|have|has|showed|contained|included|recorded|met|gave|complied|received|could)\b", re.I)
_ONLY_FEW_NOT = re.compile(
    r"\b(?:wanted|lower|late|overdue|missed|delay\w*|wrong\w*|incorrect\w*|complain\w*|errors?|mistakes?|"
    r"breach\w*|abandon\w*|unrecorded|backlogs?|waiting|waited|failed|failures?|cancell?ed|withdrawn|"
    r"forces|other force|grade[ds]?|low number|exceed\w*|outside|beyond|without|excluded|refused|arrested|poor\w*|"
    r"inappropriate\w*|not|dissatisf\w*|held|strip\w*|upheld|complaints?)\b", re.I)


#: The same shortfall put as the subject's quantifier, near the start: "None of the 20 case
#: files we examined contained a safeguarding plan", "Few of the officers we spoke to
#: understood the new process", "Hardly any supervisors had recorded a review". Inspection
#: text counts good work this way as often as with "only", and the model, which reads the
#: good work's words, calls it praise or news. Not "a few of …" (some, not too few), not
#: a count of failings (:data:`_ONLY_FEW_NOT`: "none of the complaints were upheld"), and
#: only where what few have is something held or done: "none of the incidents had been
#: downgraded" and "none of the victims said they were made to wait" are failings absent.
_FEW_OF = re.compile(
    r"^\W*(?:[\w’'-]+\W+){0,4}?(?<!\ba )(?<!\bthe )(?:none|not\s+one|(?:very\s+)?few|hardly\s+any|almost\s+no|"
    r"scarcely\s+any)\s+"
    r"(?:of\s+(?:the|these|those|them|its|our)\s+)?(?:[\w’'-]+\s+){0,6}?"
    r"(?<!\bwe )(?<!\bi )(?<!\bthey )"  # "the officers we met", "the files we saw": who counted
    # "had" only with the good work held ("had a safety plan", "had received training"), not
    # any possession ("had more than five years' service", "had English as a second language")
    r"(?:(?:had|have|has)\s+(?:(?:a|an|any|the|their|its|up-to-date|current|completed?|documented|recorded|"
    r"written|proper|clear|full|valid|adequate)\s+){0,3}(?:[\w-]+\s+)?(?:plans?|assessments?|reviews?|records?|"
    r"supervision|training|trained|received|checks?|updates?|contact|access|support|safeguards?|referrals?|"
    r"evidence|copy|copies|risk)\b|"
    r"showed|contained|included|recorded|met|complied|received|understood|knew|"
    r"(?:were|was)\s+aware|used|considered|identified|followed|saw)\b"
    # ... the clause's own verb, not a participle after its noun ("few of the calls received
    # in the period were about …")
    r"(?!\s+(?:in|during|over|from|by|at|on|since|between|through)\b[^,;.]*?\b(?:were|was|are|is)\b)", re.I)

#: ... nor a worry few people have ("none of the officers we spoke to had concerns about
#: speaking up"): an absent failing, praise.
_FEW_OF_WORRY = re.compile(r"\b(?:concerns?|worri\w*|worry|problems?|difficult\w*|fears?|afraid|issues?|"
                           r"doubts?|criticism|reservations?|discriminat\w*|bias\w*|barriers?|injur\w*|"
                           r"excessive\w*|unreasonabl\w*|unnecessar\w*|unlawful\w*|bad|harm\w*|"
                           r"force\s+(?:on|against)|complain\w*|misconduct)\b(?!-)", re.I)


def only_few(text: str) -> bool:
    """Is the sentence a count of good work that falls short, put as "only" (:data:`_ONLY_FEW`)
    or as the subject's quantifier (:data:`_FEW_OF`)?"""
    low = text.lower()
    if "only" in low:
        m = _ONLY_FEW.search(text)
        if m is not None and _ONLY_FEW_NOT.search(text) is None:
            return True
    if not any(w in low for w in ("none", "few", "any", "almost no", "not one")):
        return False
    text = re.sub(r"\bnot\s+one\s+of\b", "none of", text, flags=re.I)  # (its "not" denies nothing)
    return _FEW_OF.search(text) is not None and _ONLY_FEW_NOT.search(text) is None \
        and _FEW_OF_WORRY.search(text) is None


#: A duty the force or its people seldom carry out, put as an adverb ("supervisors rarely
#: checked the plans", "victims are seldom updated", "officers hardly ever checked
#: whether …"): the model reads the duty's words and calls it practice. Not a failing that
#: seldom happens ("rarely taken away", :data:`ABSENT_FAILING`; "rarely recorded outside the
#: time allowed"), a group described by what it seldom does ("people who rarely contact the
#: police"), force seldom used ("rarely used force") or what inspectors seldom saw
#: (:data:`_RARELY_SEEN`).
_RARELY_DONE = re.compile(
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )\b(?:rarely|seldom|hardly ever|almost never)\s+(?:\w+ly\s+)?"
    r"(?:be\s+|been\s+|being\s+)?(?:record(?:ed)?|consider(?:ed)?|told|able|raised?|ask(?:ed)?|used?|check(?:ed)?|"
    r"review(?:ed)?|refer(?:red)?|explain(?:ed)?|explored?|contact(?:ed)?|offer(?:ed)?|updated?|inform(?:ed)?|"
    r"visit(?:ed)?|complete[ds]?|shared?|follow(?:ed)?|challenged?|identif(?:y|ied)|seek|sought|appl(?:y|ied)|"
    r"monitor(?:ed)?|supervised?|make|made|take|took|give|gave|given|set|lead|led|result|see|saw|seen|involved?|"
    r"invited?|hear back|transferred|recognised|reclassified|noted|provided|receive[ds]?|get|got|attend(?:ed)?"
    r")\b(?![^,;.]*\b(?:outside|beyond|later than|longer than|overdue|unnecessar\w*|"
    r"when (?:an? |the )?\w+ could)\b)(?!\s+(?:\w+\s+)?(?:force|restraint|handcuffs|powers)\b)", re.I)
#: What the inspectors themselves seldom saw or found is a failing seldom met ("We seldom saw
#: cases where victims had been let down"): praise, not a duty undone.
_RARELY_SEEN = re.compile(r"\b(?:we|inspectors|hmic|hmicfrs)\s+(?:rarely|seldom|hardly ever|almost never)\s+"
                          r"(?:saw|see|seen|found|find|came across|met)\b", re.I)


#: A provision the force lacks ("There are no procedures to prioritise booking in children",
#: "There was no clear process for reviewing", "The force has no system to track …"): negated
#: praise (LABELLING rule 2), which the model reads as the provision it names. Not a plan
#: ("there are no plans to close the suite" is news), nor a need ("there is no need to").
_LACKS_PROVISION = re.compile(
    r"(?:^\W*|[,;:]\s*|\b(?:but|and|however|yet)\s+)(?:there\s+(?:is|are|was|were)|(?:the\s+)?(?:force|constabulary|service|it)\s+"
    r"(?:has|had))\s+(?:still\s+)?no\s+(?:clear\s+|formal\s+|written\s+|effective\s+|agreed\s+|consistent\s+|"
    r"robust\s+|documented\s+|single\s+|overall\s+|local\s+|force-wide\s+)?"
    r"(?:procedures?|process(?:es)?|polic(?:y|ies)|systems?|arrangements?|mechanisms?|guidance|protocols?|"
    r"strateg(?:y|ies)|framework|checks?|oversight|supervision|audit(?:ing)?|governance)\s+"
    r"(?:to|for|in\s+place|that|which|on|of|around|covering)\b", re.I)


def lacks_provision(text: str) -> bool:
    """Does the sentence say the force has no procedure, process, policy or system for
    something (:data:`_LACKS_PROVISION`)?"""
    return " no " in text.lower() and _LACKS_PROVISION.search(text) is not None


def rarely_done(text: str) -> bool:
    """Is a duty said to be seldom done (:data:`_RARELY_DONE`)?"""
    low = text.lower()
    if "rarely" not in low and "seldom" not in low and "hardly ever" not in low and "almost never" not in low:
        return False
    return _RARELY_DONE.search(text) is not None and _RARELY_SEEN.search(text) is None


#: A change or a gap that "makes it harder" for the force to do its work ("Repeated
#: restructuring has made it harder for teams to build local knowledge", "This makes it
#: difficult to plan training"): the effect is the criticism, stated without a cue word. Not
#: harder for offenders or for failings ("makes it harder for criminals to operate", "harder
#: for poor practice to go unnoticed" are praise), nor denied ("does not make it harder").
_MADE_HARDER = re.compile(
    r"\b(?:mak(?:e|es|ing)|made)\s+it\s+(?:much\s+|far\s+|even\s+|all the\s+|more\s+)?(?:harder|more difficult|difficult|"
    r"impossible)\b(?![^,;.]{0,60}\b(?:criminals?|offenders?|perpetrators?|suspects?|gangs?|groups?|fraudsters?|"
    r"abusers?|traffickers?|dealers?|thieves|burglars|poor practice|mistakes?|errors?|"
    r"to (?:operate|offend|reoffend|re-offend|target|harm|hide|escape|evade|exploit|abuse|lose|steal|go unnoticed|slip|"
    r"be missed|miss))\b)", re.I)
_MADE_HARDER_NOT = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+){0,2}?(?:make|makes|made|making)\s+it\b|"
                              r"n['’]t\s+(?:\w+\s+){0,1}?(?:make|made)\s+it\b", re.I)


def made_harder(text: str) -> bool:
    """Is something said to make the force's work harder (:data:`_MADE_HARDER`), undenied?"""
    low = text.lower()
    if " it " not in low or ("hard" not in low and "difficult" not in low and "impossible" not in low):
        return False
    return _MADE_HARDER.search(text) is not None and _MADE_HARDER_NOT.search(text) is None


#: Praise in critical words at the head of a sentence (the issue's "praise that uses
#: negative-looking words"): "Few registered sex offenders were overdue a visit", "Not one
#: of the victims … said that they had been left without information", "Not a single
#: function … had led to a worse service", "Fewer reports were closed without a review
#: than …" ("fewer than half" counts; it denies nothing). The failing is counted as
#: absent; it must come before the first clause ends ("No arrangements were in place, so
#: victims were left without support" denies the good practice, not the failing).
_FAILING_WORDS = (
    r"(?:overdue|worse|without|missed|"
    r"unrecorded|delay\w*|wrongly|incorrect\w*|unable|late|left|ignored|dismissed|deterred|discouraged|"
    r"inappropriate\w*|unlawful\w*|excessive\w*|unnecessar\w*|errors?|mistakes?|backlogs?|failed|failures?|"
    r"breach\w*|lost|slip(?:ped|s)?|(?:had|have|has) to wait|wrong|(?:had|has|have|made) (?:any|a) complaint|complained)\b")
ABSENT_FAILING = re.compile(
    r"^\W*(?:very few|few|fewer(?! than)|hardly any|not a single|not one|none|no)\b[^,;:]*?\b" + _FAILING_WORDS +
    # the same after a first clause ("Interpreters were used when needed, and no detainee who
    # needed one was booked in without one"); not "few" there, which may count good practice
    # that is scarce ("However, few forces had analysed how often orders were breached")
    r"|[,;]\s+(?:and\s+|but\s+)?(?:none|not a single|not one|no)\b[^,;:]*?\b" + _FAILING_WORDS +
    # "Staff often calmed situations down without needing to use force": force not needed
    r"|\b(?:calm\w*|de-?escalat\w*|defus\w*|resolv\w*|settl\w*)\b[^.;]{0,60}?\bwithout\s+"
    r"(?:(?:needing|having|the need)\s+to\s+)?(?:us(?:e|ing)|resort\w*\s+to)\s+force\b"
    # "there is no waiting list for renewals"; "We found no member of staff who did not know
    # how to report a concern": nobody left unaware
    r"|\bno\s+waiting\s+lists?\b"
    r"|\bno\s+(?:\w+\s+){1,3}?who\s+(?:did not|didn't|does not|doesn't|could not|couldn't)\s+(?:know|understand|recogni[sz]e)\b"
    # "Neighbourhood officers are rarely taken away to fill gaps", "It has not routinely pulled
    # officers away": a failing that seldom happens, put as an adverb
    r"|\b(?:rarely|seldom|hardly ever|not routinely)\s+(?:been\s+)?(?:taken away|pulled\s+(?:\w+\s+){0,2}?away|"
    r"abstracted|diverted|moved away|moved to (?:cover|other|fill|help)|redeployed|overdue|late|"
    r"missed|delayed|left alone|cancelled)\b"
    # "Detainees did not wait long for a solicitor", "rarely waited long to see a nurse": a
    # delay that did not happen (not "did not wait long enough", a step cut short)
    r"|\b(?:rarely|seldom|hardly ever|did not|didn't|do not|don't|does not|doesn't|never)\s+(?:have\s+to\s+|had\s+to\s+)?"
    r"wait(?:ed|s)?\s+(?:long|for long|more than|longer than)\b(?!\s+enough)", re.I)
#: "The force has no areas requiring improvement", "no causes of concern were found": the
#: report's own list of failings is empty (not "the action plan contains no areas …, so …")
_NO_FAILINGS = re.compile(
    r"\b(?:has|have|had|found|identified|raised|gave|received|with|there (?:are|were|is|was))\s+"
    r"no\s+(?:(?:new|further|outstanding)\s+)?(?:areas?|causes?)\s+(?:(?:were|was)\s+)?(?:identified\s+|found\s+)?"
    r"(?:as\s+)?(?:for|of|requiring|that requires?d?|needing|in need of)\s+(?:improvement|concern)\b(?![^.]*\bso\b)",
    re.I)
#: "Poor response times were not found to be an issue": a failing looked for and not found
#: (by the inspectors, not "by many officers", whose view is the failing)
_NOT_AN_ISSUE = re.compile(r"\b(?:was|were|is|are)\s+not\s+(?:found|judged|considered|seen)\s+to\s+be\s+(?:an?\s+)?"
                           r"(?:significant\s+|major\s+|particular\s+)?(?:issue|problem|concern)\b(?!\s+by\b)", re.I)


#: "We found no evidence that officers were under pressure to keep recorded crime down",
#: "The watchdog saw no sign that the force was spending beyond its means": a malpractice
#: or a harm looked for and not found. Only where what was not found, in its own clause
#: (up to a comma or a "which", "so", "because", "leaving" that goes on to a consequence),
#: is a failing (the words of :data:`_FAILING_FOUND_ABSENT`), and nothing in that clause
#: sets out to remedy it (:data:`_REMEDY`): "no evidence that the victim had been protected",
#: "no evidence that the force had tackled the slow response", "no sign that a supervisor
#: had reviewed the plan, leaving the victim at risk" are good things missing. Not after a
#: count ("23 showed no sign that …": files that lacked something; a year is no count), nor
#: in someone else's claim ("The force says there is no sign that …", "its own audit found").
_NO_SIGN = re.compile(r"\bno\s+(?:evidence|sign|signs|indication|suggestion)\s+(?:that|of)\b([^;:]*)", re.I)
_CLAUSE_END = re.compile(r",|\s(?:which|so|because|leaving|meaning|as a result|and so)\s", re.I)
_FAILING_FOUND_ABSENT = re.compile(
    r"\b(?:pressure\w*|pressed|pressured|unfair\w*|disproportionat\w*|bias\w*|discourag\w*|ignor\w*|corrupt\w*|"
    r"manipulat\w*|cutting corners|beyond its means|at risk|at the expense|(?:drawn|taken|pulled)\s+(?:\w+\s+){0,2}?away|"
    r"slow|(?<!who )(?<!who had )(?<!who have )fail\w*|reluctant|lowered|relaxed|talk\w*\s+(?:\w+\s+){0,2}?out of|"
    r"downgrad\w*|under-record\w*|screen\w*\s+out|heavy-handed\w*|held back|suppress\w*|falling behind|"
    r"without (?:recording|support|a prompt)|played down|less seriously|lesser|singl\w* out|misus\w*|wrongly|"
    r"inappropriat\w*|excessive\w*|(?:more|less)\s+(?:\w+\s+){0,2}?than the rules|deliberate\w*)\b", re.I)
_REMEDY = re.compile(
    r"\b(?:tackl\w*|address\w*|reduc\w*|cut|act(?:ed|ing)? on|deal\w* with|anything about|protect\w*|identif\w*|"
    r"recogni[sz]\w*|understand\w*|understood|monitor\w*|challeng\w*|investigat\w*|review\w*|audit\w*|check\w*|"
    r"train\w*|plan\w*|learn\w*|prevent\w*|stop(?:s|ped|ping)?\b(?!\s+and\s+search)|manag(?:e|es|ed|ing)\b|action|improv\w*|respond\w* to|refer\w*)\b", re.I)
_COUNT_BEFORE = re.compile(rf"\b{_NOT_A_YEAR}\d[\d,]*\b[^.;]*$")
_CLAIM_BEFORE = re.compile(r"\b(?:says?|said|claims?|claimed|argues?|argued|insists?|maintains?|believes?|told us)\b|"
                           r"\bown\s+(?:audit|review|analysis|survey|figures)\b", re.I)


def no_sign_of_failing(text: str) -> bool:
    """A failing looked for and not found (:data:`_NO_SIGN`, :data:`_FAILING_FOUND_ABSENT`)."""
    if "no " not in text.lower():
        return False
    m = _NO_SIGN.search(text)
    if m is None or _COUNT_BEFORE.search(text, 0, m.start()) or _CLAIM_BEFORE.search(text, 0, m.start()):
        return False
    clause = m.group(1)
    if (end := _CLAUSE_END.search(clause)) is not None:
        clause = clause[: end.start()]
    failing = _FAILING_FOUND_ABSENT.search(clause)
    return failing is not None and _REMEDY.search(clause, 0, failing.start()) is None


def absent_failing(text: str) -> bool:
    """A failing counted as absent (:data:`ABSENT_FAILING`), an empty list of failings, or a
    failing looked for and not found. (The last two only where their words occur: they
    run on every sentence.)"""
    if ABSENT_FAILING.search(text):
        return True
    low = text.lower()
    return ((" no " in low and _NO_FAILINGS.search(text) is not None)
            or (" not " in low and _NOT_AN_ISSUE.search(text) is not None)
            or no_sign_of_failing(text))


#: Faults an audit counts ("Ten of the recorded crimes were given the wrong classification",
#: "three were recorded later than the 72 hours the rules allow", "the code chosen was the
#: wrong one"): criticism, though the sentence is figures (the model reads the counts as a
#: plain audit result, or as praise).
AUDIT_FAULT = re.compile(
    r"\b(?:given|had|with|was|were|chose|chosen|used)\s+(?:a\s+|the\s+)?wrong\s+(?:classification|outcome|code|crime type|"
    r"category|offence)\b|\bwas the wrong one\b"
    # "found 16 that ought to have been recorded as crimes"
    r"|\bfound\s+\d[\d,]*\s+(?:\w+\s+){0,3}?that\s+(?:ought\s+to|should)\s+have\s+been\s+recorded\b"
    r"|\brecorded\s+(?:more\s+than\s+\d+\s+hours\s+)?later\s+than\s+(?:the\s+)?(?:\d+\s+hours\s+)?(?:the\s+)?"
    r"(?:counting\s+|national\s+)?(?:rules|standard)\s+(?:allow|require|permit)"
    # cases an audit sent back for the force to act on ("Inspectors referred 10 cases back
    # to the force", "we passed 38 cases straight back to the force because a child was at
    # risk"): each a case it had left unsafe
    rf"|\b(?:referred|passed|sent|returned|handed|escalated)\s+(?:\w+\s+){{0,2}}?{_NUMBER_WORD}\s+(?:\w+\s+){{0,2}}?"
    r"(?:cases?|files?|investigations?|referrals?)\b[^.;]{0,60}?\bback\s+to\s+(?:the\s+)?(?:force|constabulary|service)\b"
    rf"|\b{_NUMBER_WORD}\s+(?:cases?|files?|investigations?)\s+(?:were|was|had\s+to\s+be)\s+(?:referred|passed|sent|"
    r"returned|handed)\s+(?:straight\s+|immediately\s+)?back\s+to\s+(?:the\s+)?(?:force|constabulary|service)\b", re.I)


def audit_fault(text: str) -> bool:
    """Does the sentence count faults an audit found, none of them denied ("none … wrong",
    "None of the 40 cases had to be referred back")?"""
    m = AUDIT_FAULT.search(text)
    return m is not None and not absent_failing(text) and not _NONE_BEFORE.search(text, 0, m.start())


_NONE_BEFORE = re.compile(r"\b(?:none|no|not|nothing|never)\b[^,;:.]*$", re.I)


#: On course to meet what is asked of it ("is on track to make all the savings it needs",
#: "on course to meet its recruitment targets", "had to save £23m and is on course to do
#: so"): praise, which the model reads as a plain plan or a figure; readers of real and
#: realistic reports labelled every such sentence a strength. Not when denied, doubted or
#: asked ("not on track", "no longer on course", "whether it is on track").
ON_COURSE = re.compile(r"\bon (?:track|course|target|schedule) to (?:meet|make|achieve|deliver|save|do so|balance|"
                       r"complete|find|recruit|close)\b", re.I)
_ON_COURSE_NOT = re.compile(r"\b(?:not|no|none|only|few|no longer|never|whether|if|unless|doubt\w*|uncertain|unclear|"
                            r"may|might|told us|says|said|claims?)\b|n['’]t\b", re.I)


def on_course(text: str) -> bool:
    """Is the force said to be on course to meet what is asked of it, undenied?"""
    return ON_COURSE.search(text) is not None and not _ON_COURSE_NOT.search(text)


#: Praise put as what the force deserves (LABELLING rule 4: "The force should be
#: commended/proud" is a strength): "should be applauded for its efforts", "deserves credit
#: for …". The model reads the "should" as advice, or the sentence as a plain remark.
DESERVES_PRAISE = re.compile(r"\b(?:should|must|deserves? to|is to) (?:rightly |also |justly )?be "
                             r"(?:commended|applauded|praised|congratulated|proud)\b|"
                             r"\bdeserves? (?:great |real |much |considerable )?(?:credit|praise|recognition)\b", re.I)


def deserves_praise(text: str) -> bool:
    """Is the force said to deserve praise, undenied?"""
    low = text.lower()
    if "deserv" not in low and " be " not in low:
        return False
    return DESERVES_PRAISE.search(text) is not None and not re.search(r"\b(?:not|no|never|hardly)\b|n['’]t\b", text, re.I)


#: The force's own account (LABELLING rule 6: what the force says, plans or intends, without
#: the inspectorate endorsing it, is neutral): "The force told us it has since watched the
#: footage and is satisfied …", "The force disputes this, saying …", "The force said 999
#: calls were now answered faster", "Wessex Police stressed that no area was graded
#: inadequate" (the force by name, as a press piece has it). Not its recognition of a failing ("The force recognises
#: that it needs to …"), which readers take as the finding it concedes, nor "maintains",
#: which as often means keeps ("has maintained a good understanding of demand").
_SAYS_SUBJECT = (r"^\W*(?:the force|the constabulary|the service|(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
                  r"\s+(?:Police|Constabulary)(?:\s+Service)?)\s+(?:has\s+)?(?:also\s+)?")
FORCE_SAYS = re.compile(_SAYS_SUBJECT + r"(?:told us|tells us|says|said|disputes?d?|claims?|claimed|insists?|insisted|"
                        r"argues|argued|stressed|stresses|pointed out|points out|emphasi[sz]ed|emphasi[sz]es)\b", re.I)
#: The same account in other words ("has told the inspectorate", "informed inspectors",
#: "assured us", "believes"): the force's claim, unless what it says is a gap of its own
#: ("informed inspectors that it had no record of …", "cannot say how many …"), which is an
#: admission the inspectorate reports.
_FORCE_TELLS = re.compile(_SAYS_SUBJECT + r"(?:(?:told|tells|informed|informs|assured|assures)\s+(?:me|inspectors|"
                          r"the\s+inspectorate|HMICF?R?S|the\s+(?:inspection\s+)?team)|assured\s+us|believes)\b", re.I)
_OWN_GAP = re.compile(
    r"\b(?:that\s+)?(?:it|the\s+force|the\s+constabulary|they)\s+(?:(?:has|had|have)\s+no\s+(?:\w+\s+)?"
    r"(?:record|records|data|way|means|figures|idea|information)|cannot\s+(?:yet\s+)?(?:say|tell|identify|show|confirm|"
    r"count|know)|can['’]t\s+(?:say|tell|identify|show)|(?:is|was|are|were)\s+unable\s+to|(?:does|did|do)\s+not\s+"
    r"(?:know|record|collect|hold|keep|have)|lacks?)\b", re.I)


#: The inspectorate's own check of what the force says, in the same sentence ("…, and we
#: found this to be so", "…, which our audit confirmed", "…, a view we do not share",
#: "…, and this was borne out by the files we read"): then the sentence is a finding, not
#: only the force's account.
_CHECKED_CLAIM = re.compile(
    r"[,;]\s*(?:and|but|yet|though|although|which|as|a\s+view)?\s*(?:this\s+(?:was|is)\s+|these\s+were\s+)?"
    r"(?:we|inspectors|the\s+inspectorate|HMICF?R?S|this\s+inspection|(?:borne|bore)\s+out|"
    r"our\s+(?:\w+\s+)?(?:inspection|audit|review|fieldwork|survey|analysis)|"
    r"the\s+(?:records|files|evidence|cases)\s+we\s+\w+)\s*(?:\w+\s+)?"
    r"(?:found|confirmed|confirm|saw|agreed?|verified|checked|could\s+not|supports?|supported|by|out|"
    r"(?:do|did)\s+not\s+share|share|disagree\w*)\b"
    # ("…, as we found in 2019": an earlier inspection's finding, not this one's check)
    r"(?!\s+(?:in\s+(?:19|20)\d\d|last\s+year|previously|before|at\s+our\s+(?:last|previous)))", re.I)


def force_says(text: str) -> bool:
    """Is the sentence the force's own account, reported by the inspectorate, and not
    checked by it in the same sentence (:data:`_CHECKED_CLAIM`)?"""
    claim = FORCE_SAYS.search(text) is not None or (_FORCE_TELLS.search(text) is not None
                                                    and _OWN_GAP.search(text) is None)
    return claim and _CHECKED_CLAIM.search(text) is None


#: A concession that is only the force's effort, then the judgement ("Although the force has
#: tried to prioritise its resources, it needs to do more …", "While the force has started to
#: assess demand from partners, it has yet to …"): LABELLING rule 1, the concession is
#: context, and what it concedes to is a shortfall: an area for improvement, not mixed
#: (readers of real and realistic reports: 6 of 7 such sentences). Effort is trying,
#: starting, introducing, investing, recruiting or having a unit; praise in the concession
#: ("has improved", "works well") still makes a sentence mixed.
EFFORT_CONCESSION = re.compile(
    r"^\W*(?:although|while|whilst|though|even though)\s+(?:the force|the constabulary|it|the service|"
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:Police|Constabulary))\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:\w+ly\s+)?"
    r"(?:tried|started|begun|began|attempt\w*|introduc\w*|implement\w*|recruit\w*|invest\w*|made (?:some )?efforts?|"
    r"been (?:working|recruiting|trying)|taken steps|a dedicated|set up|developed|created|put in place)\b[^,]{0,150},"
    # provision the force has, counted but not judged, before a shortfall ("Although it has a
    # number of development programmes, they are not co-ordinated or evaluated"); not before
    # praise ("Although there are a number of pressures on the force, it has kept …")
    r"|^\W*(?:although|while|whilst|though|even though)\s+(?:(?:the force|the constabulary|it|the service)\s+"
    r"(?:has|had)|there\s+(?:is|are|was|were))\s+(?:an?\s+)?(?:wide\s+)?(?:number|range|variety|series|array|choice)\s+"
    r"of\b(?![^,]{0,150}\b(?:good|effective|excellent|strong)\b)[^,]{0,150},"
    r"(?=[^.]*?(?:\b(?:not|no|none|never|nothing|lacks?|lacking|limited|inconsistent\w*|variabl\w*|could\s+do\s+more|"
    r"needs?\s+to|should)\b|n['’]t\b))", re.I)


#: A concession that names nothing ("While we noted a few areas for improvement, the force is
#: good at …", a template of PEEL 2016–2017 summaries): rule 1, the
#: concession is context and the judgement after it decides; the sentence is not mixed.
VAGUE_CONCESSION = re.compile(
    r"^\W*(?:although|while|whilst|though|even though)\s+(?:we|inspectors|hmic|hmicfrs|the inspectorate)\s+"
    r"(?:found|identified|have identified|has identified|highlighted|noted|raised)\s+(?:some|a (?:small )?number of|a few|"
    r"several|two|three|four|five)\s+(?:areas?|aspects?|things?)\s+(?:for|of|requiring|that need|that needs|which need|to)\s+"
    r"(?:improvement|improve|improving)\b[^,]{0,120},", re.I)


#: The same order turned round: what is in place, begun, meant or partly done, then "but" and
#: the shortfall ("There are plans for improvements, but the force has been slow to put these
#: in place", "Officers record when force has been used, but their actions aren't being
#: reviewed", "The force aspires to a victim-centred approach but this is not yet evident").
#: Readers of real pages call such a sentence an area for improvement (rule 1: the first
#: clause is context), not mixed; praise in the first clause ("good plans", "works well")
#: still makes it mixed.
_CONTRAST_TURN = re.compile(r",?\s+(?:but|although|however,?|yet|while)\s+", re.I)
_IN_PLACE = re.compile(
    r"\b(?:there (?:is|are|has been|have been|were|was)|(?:has|have) (?:some|a number of|plans|systems|processes|"
    r"arrangements|a (?:\w+ )?(?:board|panel|strategy|policy))|aspires?|(?:force|constabulary|it) (?:is|was) committed|stated priority|"
    r"intends?|(?:is|are) working (?:to|on|towards)|work has begun|(?:is|are) being|in some parts|some understanding)\b",
    re.I)
#: Standing provision in the present simple ("The force publishes its chief officers'
#: expenses, but …", "The force uses a problem-solving model but …", "Training is provided
#: to staff but …", "is taking steps to … but"): a description of what exists, which real
#: readers take as context for the
#: shortfall after the turn. The perfect ("has trained new call handlers, but …", "has been
#: provided") tells of something done, which readers weigh as praise, so it is left out; so
#: is a provision said to be complete ("all requests are recorded …", "whenever needed").
_STANDING = re.compile(
    r"\b(?:uses|publishes|monitors|maintains|gathers|holds|runs|operates|offers|provides|"
    r"(?:is|are) taking steps|(?:is|are) (?:provided|offered|given|available|used to))\b", re.I)
#: What makes the provision itself praise ("provides a valuable service", "monitors … closely",
#: "now publishes more"), or complete ("all requests are recorded …", "whenever needed"),
#: or a sentence about method ("the service the force provides … is assessed but not graded").
_STANDING_NOT = re.compile(
    r"\b(?:valuabl\w*|sound|reasonabl\w*|careful\w*|closely|satisf\w*|notabl\w*|progress|more|now|clearer|assured|"
    r"reassured|prais\w*|fair\w*|appropriate\w*|useful|helpful|wide|all|every|always|whenever|regularly|promptly|on time|accurately|"
    r"properly|fully|graded|assessed|examined|described|inspected)\b", re.I)
#: More praise a provision may carry ("maintains high standards of vetting", "an award-winning
#: triage model", "holds detainees safely", "in line with the victims' code").
_STANDING_PRAISE = re.compile(
    r"\b(?:high|quality|accurate\w*|efficient\w*|first-class|exemplary|best|timely|value\s+for\s+money|trust\w*|"
    r"victim-focused|lawful\w*|proportionate\w*|safe\w*|award\w*|tight\w*|meets?|in\s+line\s+with|"
    r"to\s+account|right|strong\w*|good|well|committed|skilled|dedicated|caring|compassionate|"
    r"responsive|supportive|valued)\b", re.I)
#: An adverb of manner says how well ("uses stop and search lawfully"); these say only when
#: or where.
_PLAIN_LY = frozenset("only daily weekly fortnightly monthly yearly annually quarterly early family currently publicly "
                      "locally nationally internally externally jointly separately centrally".split())
#: The sentence's subject is the inspectorate, its method or the report ("HMICFRS uses a
#: sample of 100 cases, but …", "This report provides our findings, but …").
_METHOD_SUBJECT = re.compile(r"^\W*(?:the\s+)?(?:inspectorate|inspectors|hmicfrs|hmic|we|our|this\s+report|"
                             r"the\s+report|annex|appendix|respondents)\b", re.I)
_FOUND_LEAD = re.compile(r"^\W*(?:we|inspectors|hmicfrs|hmic|the\s+inspectorate)\s+(?:also\s+)?found\s+(?:that\s+)?",
                         re.I)
#: After the turn, no shortfall but a negated criticism or a standard kept ("but we found no
#: evidence that …", "but response times remain within target", "although it is not
#: required to"), or a comparison with other forces ("while many other forces do not").
_NOT_SHORT_AFTER = re.compile(
    r"\bno\s+(?:evidence|sign|indication)\s+(?:that\s+)?[^.;]{0,60}?\b(?:wrong\w*|harm\w*|misus\w*|unlawful\w*|"
    r"inappropriate\w*|longer|bias\w*|worse|suffer\w*)|\b(?:find|found|see|saw)\s+no\b|"
    r"\bnot\s+(?:suffered|been\s+(?:affected|harmed))|\bnot\s+let\b|\bno\s+(?:backlogs?|delays?|victims?|complaints?)\b|"
    r"\bnever\s+(?:miss\w*|fail\w*)|\bcould\s+also\b|"
    r"\bremains?\s+(?:strong|good|high|within|on\s+target|stable)|\bnot\s+required\b|"
    r"\bother\s+forces\b|\bquickly\b|\bpromptly\b", re.I)
_SHORT_AFTER = re.compile(r"\b(?:not|no|nor|nobody|nothing|never|few|rarely|seldom|lack\w*|inconsistent\w*|backlogs?|remains?|gaps?|insufficient\w*|limited|"
                          r"out\s+of\s+date|overdue|unclear|"
                          r"poor\w*|weak\w*|need\w*|should|must|could)\b|n['’]t\b", re.I)
#: Praise before the turn ("good plans", "works well", "has improved"): then the sentence holds
#: both sides, and stays mixed.
_PRAISE_IN_CLAUSE = re.compile(
    r"\b(?:good|well|effective(?:ly)?|strong(?:ly)?|positive|impressive|excellent|clear(?:ly)?|robust|thorough|"
    r"comprehensive|outstanding|improved|improving|improves|success\w*|commend\w*|innovative|better|reduced|reducing|fell|fallen)\b", re.I)


#: A first clause that is itself the shortfall ("There is still a great deal to do, but …"):
#: what follows the turn is then the praise.
_SHORT_IN_CLAUSE = re.compile(r"\b(?:not|no|never|still|yet|lack\w*|too (?:few|many|little|much)|to do)\b|n['’]t\b",
                              re.I)


def in_place_then_shortfall(text: str) -> bool:
    """Is the sentence something in place or begun, then "but" and what falls short
    (:data:`_IN_PLACE`), with no praise before the turn?"""
    m = _CONTRAST_TURN.search(text)
    if m is None or m.start() < 10:
        return False
    first = text[:m.start()]
    if _PRAISE_IN_CLAUSE.search(first) is not None or _SHORT_IN_CLAUSE.search(first) is not None:
        return False
    if _IN_PLACE.search(first) is not None:
        return True
    # "We found that the force gathers …, but", "In Wessex, the force runs …, but"
    first = re.sub(rf"^(?:{_PLACE_LEAD})", "", _FOUND_LEAD.sub("", first, count=1), count=1)
    standing = _STANDING.search(first)
    after = text[m.end():]
    return (standing is not None and "while" not in m.group(0).lower()
            # the provision is the main clause's: its verb comes early, after no clause of its own
            and len(first[: standing.start()].split()) <= 8 and "," not in first[: standing.start()]
            and _METHOD_SUBJECT.search(first) is None
            and _STANDING_NOT.search(first) is None and _STANDING_PRAISE.search(first) is None
            and not any(w.endswith("ly") and w not in _PLAIN_LY for w in re.findall(r"[a-z]+", first.lower()))
            and _SHORT_AFTER.search(after) is not None and _NOT_SHORT_AFTER.search(after) is None)


#: A force under criticism in the press's words ("West Yorkshire Police are facing criticism
#: over …", "A force is facing fresh criticism for failing to …", "is under fresh pressure
#: for its performance", "the first force to be branded 'failing'", "was criticised for"):
#: the report's criticism, which the model reads as news without a verdict.
PRESS_CRITICISM = re.compile(
    r"\b(?:is|are|was|were|has been|have been|be|been)\s+(?:now\s+)?(?:facing|under)\s+(?:fresh|renewed|further|more|new|"
    r"heavy|strong|severe|mounting|increasing)?\s*(?:criticism|pressure|fire)\b|"
    r"\bbranded\s+[\"'‘“]?(?:failing|inadequate|poor|the worst)\b|"
    r"\b(?:was|were|is|are|has been|have been)\s+(?:also\s+)?criticised\s+(?:for|over)\b"
    # the same said actively: "The report also criticised the force over response times"
    r"|\b" + PRESS_VOICE + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    # ("Inspectors have heavily criticised …", "the inspectorate has slammed the force")
    r"(?:(?:heavily|strongly|sharply|severely|roundly)\s+)?"
    r"(?:criticised|criticized|condemned|censured|rebuked|slammed|lambasted|castigated|hit\s+out\s+at)\b"
    # ("… and the Care Quality Commission condemned the force in a damning report")
    r"|\b(?:commission|inspectorates)\s+(?:has\s+|have\s+)?(?:also\s+)?(?:criticised|condemned|slammed)\s+"
    r"(?:the\s+)?(?:force|constabulary|police|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+(?:Police|Constabulary))\b"
    # (a damning report now, not one the force has put behind it: "since a damning report in
    # 2016", "far from the damning verdict some had predicted")
    # ("The report gives a scathing list of criticisms including:")
    r"|(?<!\bsince\s)(?<!\bsince\sa\s)(?<!\bfrom\sthe\s)(?<!\bafter\sa\s)(?<!\bfrom\sa\s)(?<!\bfollowing\s)"
    r"(?<!\byear['’]s\s)\b(?:damning|scathing)\s+(?:new\s+)?"
    r"(?:report|inspection|verdict|findings|assessment|criticisms?|(?:list|catalogue|series)\s+of)\b"
    r"(?!\s+(?:in|of)\s+(?:19|20)\d\d)", re.I)


#: A force praised in the press's words ("custody suites have been given a clean bill of
#: health by inspectors", "the inspectorate has hailed the force's work with schools"): the
#: report's praise, which the model reads as news without a verdict.
PRESS_PRAISE = re.compile(
    r"\b(?:a|its|their)\s+clean\s+bill\s+of\s+health\b"
    r"|\b" + PRESS_VOICE + r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:(?:highly|warmly|strongly)\s+)?(?:hailed|lauded|applauded)\b"
    # "HMICFRS praised Hampshire Constabulary for several things": the inspectorate's own
    # praise of the force, put actively
    r"|\b" + PRESS_VOICE + r"\)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?"
    r"(?:(?:highly|warmly|strongly)\s+)?(?:praised|commended)\s+(?:the\s+|its\s+)?(?:force|constabulary|police|"
    r"(?-i:[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3}\s+(?:Police|Constabulary)))(?:['’]s?\s+[\w -]{3,40}?)?\s+for\b"
    r"(?!\s+(?:\w+\s+)?(?:bravery|courage|heroism|actions))"
    # "The custody suite has been praised following an unannounced inspection"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:highly\s+|warmly\s+)?praised\s+(?:following|after)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}inspection\b"
    # "The chief constable was praised for taking charge of …", "has won praise for": the
    # report's praise of the force or its leaders, put in the passive
    r"|\b(?:was|were|has\s+been|have\s+been|is|are|being)\s+(?:also\s+|highly\s+|warmly\s+)?"
    r"(?:praised|commended|congratulated)\s+(?:by\s+(?:the\s+)?(?:inspectors?|inspectorate|watchdog|HMICFRS|HMIC|"
    r"report)\s+)?for\b(?!\s+(?:\w+\s+)?(?:bravery|courage|heroism|actions))"
    r"|\b(?:won|wins|earned|earns|drew|received)\s+(?:high\s+|warm\s+)?praise\b"
    r"(?!\s+from\s+(?!(?:the\s+)?(?:inspectors?|inspectorate|watchdog|HMICFRS|HMIC)\b))", re.I)


def press_praise(text: str) -> bool:
    """Is the force said to be praised in the press's words, undenied?"""
    low = text.lower()
    if not any(w in low for w in ("bill of health", "hailed", "lauded", "applauded", "praise", "commended",
                                  "congratulated")):
        return False
    return PRESS_PRAISE.search(text) is not None and not re.search(
        r"(?:\b(?:not|no longer|never)|n['’]t)\s+(?:\w+\s+){0,3}?(?:given|hailed|lauded|applauded|praised|commended|"
        r"congratulated|won)\b|\bfar\s+from\s+(?:being\s+)?(?:praised|commended)\b"
        # "stopped short of giving the force a clean bill of health", "far from a clean bill"
        r"|\b(?:far\s+from|short\s+of|not|no|nor|without)\b[^.;]{0,40}\bclean\s+bill\b", text, re.I)


def press_criticism(text: str) -> bool:
    """Is the force said to be under criticism or branded failing, undenied?"""
    low = text.lower()
    if not any(w in low for w in ("critici", "pressure", "branded", "fire", "condemned", "censured", "rebuked",
                                  "slammed", "lambasted", "castigated", "hit out", "damning", "scathing")):
        return False
    return PRESS_CRITICISM.search(text) is not None and not re.search(
        r"(?:\b(?:not|no longer|never)|n['’]t)\s+(?:\w+\s+){0,2}?(?:facing|under|branded|criticised)\b", text, re.I)


#: A force ranked first or given the top grade, in the press's words ("the constabulary now
#: ranks first among forces for the quality of its prosecution files", "They were given the
#: top grade for …", "the only force in the region to hold that grade two years running"):
#: the model reads the rank and the grade's name as plain fact. Not the grading scale ("the
#: highest possible grade is outstanding"), an ambition ("to become a top-rated force"), the
#: force's own words ("we have come out as one of the best"), a denial, a rank in something
#: bad ("the only force that received a cause of concern", "the only force graded
#: inadequate", :data:`_RANKED_IN_BAD`) or a grade since lost ("In 2017 it received the top
#: grade; it has since slipped").
RANKED_TOP = re.compile(
    r"\b(?:ranks?|ranked|came|comes|performed|performs) (?:the )?(?:top|best|first)\b"
    r"|\b(?:is|was|are|were|remains?|remained|became|as) (?:the |a |one of the )?(?:top|highest|best)[- ]"
    r"(?:rated|graded|ranked|performing)\b"
    r"|\b(?:received|receives|awarded|given|achieved|achieves|gave it) (?:the |a |its )?(?:top|highest|second highest) "
    r"(?:possible )?(?:rating|grade|grading|mark)s?\b"
    r"|\bone of the (?:highest|best) (?:grades|ratings)\b"
    r"|\bonly (?:the )?(?:second |third |fourth )?(?:\w+ )?(?:police )?forces?\b[^.;]{0,60}?"
    r"\b(?:to (?:achieve|receive|gain|be (?:awarded|graded|rated|judged) (?:good|outstanding))|that (?:received|achieved))\b"
    r"|\bonly (?:the )?(?:second|third|fourth) force\b[^.;]{0,40}?\b(?:received|achieved|awarded)\b",
    re.I)
_RANKED_NOT = re.compile(r"\b(?:we|our|us|I|my|ambition|aim|aims|hope|want|wants|not|no longer|never|possible grade|"
                         r"order of|"
                         # a rank or grade in something bad, or since lost
                         r"inadequate|requir\w* improvement|causes? of concern|worst|lowest|poorest|special measures|engage|"
                         r"slipped|fell|fallen|lost|dropped|declined)\b|n['’]t\b", re.I)
#: A rank in a count of something bad ("ranks top for the number of complaints made per
#: officer", "… for burglaries per head"), unless what is counted is the force's good work
#: ("… for the number of crimes it solves", "… for cutting complaints").
_RANKED_IN_BAD = re.compile(r"\bfor (?:the )?(?:(?:number|rate|level|volume)s? of )?(?:complaints|crimes?|burglar\w*|"
                            r"offences|incidents|assaults)\b", re.I)
_RANKED_GOOD_WORK = re.compile(r"\b(?:solv\w*|cut\w*|reduc\w*|answer\w*|detect\w*|charg\w*|prevent\w*|clear\w*)\b",
                               re.I)


def ranked_top(text: str) -> bool:
    """Is the force ranked first or given the top grade (:data:`RANKED_TOP`), undenied and
    not in something bad (:data:`_RANKED_NOT`)?"""
    low = text.lower()
    if not any(w in low for w in ("top", "best", "highest", "first", "only")):
        return False
    if RANKED_TOP.search(text) is None or _RANKED_NOT.search(text) is not None:
        return False
    return not (_RANKED_IN_BAD.search(text) and not _RANKED_GOOD_WORK.search(text))


#: The public or victims told they can rely on the force ("Victims can be confident that
#: their reports will be taken seriously", "could be confident that …", "can be reassured
#: that the force treats crimes seriously"): the verdict a finding leads to, praise, though
#: "can" and "could" read as possibility. Not "should" (as often an expectation: "victims
#: should have confidence …, yet …"), not confidence lost, little, less or more, and not
#: what a change is for, a condition, a denial, a turn or the force's own account ("so
#: that the public can be confident", "once …", "where …", "it is vital that …", "The
#: force told us …").
_RELY_ON = re.compile(
    r"\b(?i:public|people|victims?|communities|residents)\b[^.;:]{0,60}?"
    r"\b(?i:can|could)\s+(?i:now\s+|rightly\s+|generally\s+|fully\s+)?(?i:be|feel|have)\s+"
    r"(?i:(?:full|every|real|great|complete)\s+)?(?i:confident|confidence|reassured|assured)\b")
_RELY_ON_NOT = re.compile(r"\b(?:so that|so|before|until|unless|if|once|when|where|whether|in order that|not|cannot|never|"
                          r"no|vital|important|essential|crucial|ambition|aim|aims|need|needs|must|should|"
                          r"told us|says|said it|but|however|although|yet)\b|n['’]t\b", re.I)


def reassured_public(text: str) -> bool:
    """Does the sentence tell the public or victims they can rely on the force?"""
    return _RELY_ON.search(text) is not None and _RELY_ON_NOT.search(text) is None


#: A capability stated plainly, the force the subject: "The force understands the demand it
#: faces", "It knows its communities well", "Harbury Police now understands what skills it
#: needs". PEEL summaries state their praise this way; the model, which has learned "demand",
#: "skills" and "needs" from advice, reads the short ones as neutral or even as criticism
#: (the corpus labels 45 of 49 such sentences strength; the others hedge, turn or say "less").
_FORCE_KNOWS = re.compile(
    rf"^\W*{_FORCE_SUBJECT}"
    r"(?:\s+(?:now|also|clearly|fully|already|generally|thoroughly))?\s+(?:understands|knows)\b(?!\s+(?:that|it|little|less|"
    r"only|some|part|few|too)\b)")
#: What keeps such a sentence from being praise: a denial or a limit, advice, a hope, or its
#: own account of what it does not yet know.
_FORCE_KNOWS_NOT = re.compile(r"\b(?:not|no|never|little|less|limited|partial\w*|partly|only|some of|yet|should|could|"
                              r"would|needs? to|(?<!why )(?<!how )(?:it|the force|the constabulary) (?:needs?|must)|ought|"
                              r"what it (?:must|has to|should)|to do|more work|too|fail\w*|poor\w*|"
                              r"backlogs?|slow\w*|weak\w*|problems?|concerns?|told us|says|said|if|whether|"
                              r"better than it did)\b|n['’]t\b", re.I)


#: The same plain register for how the force works and what culture it has: "Harbury Police
#: operates efficiently given its funding", "It works effectively with partners", "The force
#: fosters an ethical culture", "It has a culture of openness". PEEL 2014–2017
#: summaries state a good judgement this way; the model read several as neutral description.
_FORCE_WORKS_WELL = re.compile(
    rf"^\W*{_FORCE_SUBJECT}(?:\s+(?:now|also|clearly|already|generally|consistently))?\s+"
    r"(?:(?:operates|works|performs|functions)\s+(?:very\s+|highly\s+)?(?:efficiently|effectively|well)\b"
    r"|(?:promotes|has|maintains|fosters|sustains|displays|demonstrates)\s+(?:an?\s+)?(?:strong\s+|positive\s+|genuine\s+|"
    r"clear\s+|healthy\s+)?(?:ethical culture|culture of (?:learning|integrity|openness|innovation|continuous improvement)))\b")


#: ... unless it holds only under a condition or is still to come ("It works effectively when
#: officers have time, which is rare", "a culture of learning that is still developing").
_WORKS_WELL_NOT = re.compile(r"\b(?:when|whenever|unless|if|provided|rare|rarely|developing|emerging|beginning|"
                             r"starting|aims?|aspires?|wants?|hopes?)\b", re.I)


#: The same capability as a noun: "Kent has an extensive understanding of demand", "Neighbourhood
#: teams have a detailed understanding of their communities" (of 56 such sentences in the
#: evaluation sets, all strength; the model read "extensive" as the word of "extensive
#: delays"). Whoever the subject, as long as nothing limits it (:data:`_FORCE_KNOWS_NOT`).
_HAS_UNDERSTANDING = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,6}?(?:now\s+|also\s+|clearly\s+|already\s+|generally\s+)?(?:has|had|have)\s+"
    r"(?:developed\s+|built\s+|gained\s+)?(?:an?\s+)?(?:very\s+)?"
    r"(?:extensive|thorough|detailed|comprehensive|good|clear|strong|sound|excellent|well-developed|in-depth|"
    r"sophisticated|well-established|mature|accurate)(?:\s+(?:and|,)\s+[\w-]+)?\s+understanding\s+of\b", re.I)


def force_knows(text: str) -> bool:
    """Does the sentence state plainly that the force understands or knows something (or
    has a sound understanding of it), or that it works efficiently or has an ethical
    culture (:data:`_FORCE_WORKS_WELL`)?"""
    if _FORCE_KNOWS_NOT.search(text) is not None:
        return False
    return _FORCE_KNOWS.search(text) is not None or _HAS_UNDERSTANDING.search(text) is not None or (
        _FORCE_WORKS_WELL.search(text) is not None and _WORKS_WELL_NOT.search(text) is None)


#: What a piece of advice is for ("The force needs to improve how it understands demand." /
#: "This should help it to plan its workforce"): the benefit of a change the force is told
#: to make, or plans to make, is no finding of its own. The model reads its "should" as a
#: recommendation, or its hoped-for benefit as praise; readers of real reports took every
#: such sentence as neither. Only after a sentence that advises or plans, since the same
#: words after praise ("This will help victims get support sooner") may carry it on.
PURPOSE = re.compile(r"^\W*(?:this|these|that|doing so|such (?:\w+\s+)?(?:steps?|changes?|work|action|improvements?))\s+"
                     r"(?:should|would|will|could|is likely to)\s+(?:also\s+|then\s+|in turn\s+)?"
                     r"(?:help|make sure|ensure|enable|allow|mean|give|lead to|improve|reduce)\b", re.I)
_ADVISED = re.compile(
    r"(?:^\W*|[:“\"]\s*|\bthat\s+)(?:the\s+|its\s+)?(?:force|constabulary|service|leaders|senior leaders|supervisors|"
    r"chief officers|it|there|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*?\s+(?:Police|Constabulary))\s+(?:also\s+|now\s+|still\s+|"
    r"already\s+)?(?:should|needs? to|must|has to|ought to|plans? to|intends? to|aims? to|"
    r"is\s+(?:already\s+)?(?:working|planning|developing|preparing|looking) to)\b|\brecommend", re.I)


def purpose_of_advice(text: str, before: str | None) -> bool:
    """Does the sentence only say what the advice or plan before it is for?"""
    return bool(before and PURPOSE.search(text) and _ADVISED.search(before))


#: Work said to be done on time or kept up to date ("Visits to registered sex offenders were
#: mostly carried out on time", "home visits are mostly up to date"): praise, whatever the
#: topic; not when the sentence negates or scarcely grants it ("were not visited on time",
#: "few were up to date").
ON_TIME = re.compile(r"\b(?:were|was|are|is|been|being)\s+(?:(?:\w+ly|mostly|all|always|nearly always)\s+)?"
                     r"(?:(?:carried out|completed|done|visited|reviewed|made|held|kept)\s+)?(?:on time|up to date)\b", re.I)
_ON_TIME_NOT = re.compile(r"\b(?:not|no|never|rarely|seldom|few|fewer|failed|fail|only|half|some)\b|n['’]t\b", re.I)


def done_on_time(text: str) -> bool:
    """Does the sentence say work is done on time, with nothing before that denies it?"""
    m = ON_TIME.search(text)
    return m is not None and not _ON_TIME_NOT.search(text[: m.end()])


#: Force used on people judged proportionate ("In the incidents we viewed on CCTV, the
#: force used appeared proportionate", "staff used the minimum force needed", "used
#: de-escalation well"): custody and stop-and-search praise that the model reads as
#: criticism from the words force, restraint and CCTV. Not where the sentence denies,
#: doubts, turns or advises (:data:`_FORCE_JUDGED_NOT`): "could not show that each use was
#: justified", "should record whether force was necessary".
_FORCE_JUDGED = re.compile(
    r"\b(?:force|restraint|handcuffs)\b[^.;]{0,90}?\b(?:was|were|had been|appeared|seemed|looked)\s+"
    r"(?:(?:generally|always|mostly|largely|consistently|clearly|only|used|applied)\s+){0,3}?"
    r"(?:(?:proportionate|necessary|justified|appropriate|lawful)\b|(?:when|where)\s+(?:it was\s+)?needed\b)"
    r"|\bminimum (?:amount of |level of )?force\b|\bde-escalat\w+\b[^.;]{0,30}?\bwell\b", re.I)
_FORCE_JUDGED_NOT = re.compile(
    r"\b(?:not|never|no(?! longer)|whether|unable|without|insufficient\w*|unclear|cannot|but|although|however|"
    r"though|while|whilst|should|must|needs?|ought)\b|n['’]t\b", re.I)


def force_proportionate(text: str) -> bool:
    """Does the sentence judge force used on people proportionate (:data:`_FORCE_JUDGED`)?"""
    return _FORCE_JUDGED.search(text) is not None and _FORCE_JUDGED_NOT.search(text) is None


#: A question ("How good is the force at protecting vulnerable people?", "To what extent is
#: the force efficient"): an inspection question quoted or set as a title, which judges
#: nothing, however many praise words it holds.
_FRAME = (r"^\W*(?:how (?:good|well|effective(?:ly)?|efficient(?:ly)?|legitimate|far) (?:is|are|does|do|has|have)|"
          r"to what extent (?:is|are|does|do|has|have|can))\b")
QUESTION = re.compile(r"\?\W*$|" + _FRAME, re.I)
#: An inspection question by its opening alone ("How well does the force …").
_FRAME_QUESTION = re.compile(_FRAME, re.I)


#: A question the inspector puts to the force that doubts it ("Is the force confident that
#: …?", "How can the service be sure …?", "What assurance does the force have …?", "Are
#: victims always told …?"): a shortfall put as a question (area for improvement), not an
#: inspection question. It is a question of its own (no lead-in before a colon) and asks
#: whether the force can be sure, knows, or always or still does something.
DOUBTING_QUESTION = re.compile(
    r"^[^:?]*\b(?:sure|confident|assurance|assured|trust|always|still|make sure|enough|know (?:whether|that|if|how)|"
    r"knows? (?:whether|that|if|how))\b[^:?]*\?\W*$", re.I)


def doubting_question(text: str) -> bool:
    """Is the sentence a question that doubts the force (:data:`DOUBTING_QUESTION`)? An
    inspection question ("How well does the force …?") never is."""
    return bool(DOUBTING_QUESTION.search(text)) and not _FRAME_QUESTION.search(text)


#: A tally of grades that holds both sides ("good in four areas … requires improvement in two").
_TALLY_GOOD = re.compile(r"\b(?:outstanding|good)\b\W*(?:in|at|for) (?:\w+ )?(?:areas?|questions?|of)\b")
_TALLY_BAD = re.compile(r"\b(?:requires? improvement|requiring improvement|inadequate)\b\W*(?:in|at|for) (?:\w+ )?(?:areas?|questions?|of)\b")

CUE_NAMES = (
    "contrast", "neg", "pos", "negative", "modal", "hedge", "grade_pos", "grade_neg",
    "grade_adeq", "claim", "number", "we_found", "neg_x_pos", "neg_x_negative",
    "contrast_x_pos", "contrast_x_negative", "clause_disagree", "len",
    "leading_contrast", "inner_contrast", "no_evidence_of_bad", "no_evidence_of_good",
    "engage", "discharged", "back_reference", "grade_tally_both", "negated_criticism",
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


_QUOTE_MARKS = re.compile(r"['\"‘’“”](?=\w)|(?<=\w)['\"‘’“”](?!\w)")


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


#: Substrings without which a pattern cannot match: most sentences skip most patterns.
_QUOTE_CHARS = ("'", '"', "‘", "’", "“", "”")
_GRADE_WORDS = ("good", "outstanding")
_IMPROVEMENT = ("improvement", "inadequate")
_ENGAGE_WORDS = ("engage", "monitoring", "accelerated")
_DISCHARGE_WORDS = ("discharg", "close", "engage", "monitoring", "recommendation", "concern", "satisfied that")
_BACK_WORDS = ("concern", "improvement", "recommendation", "weaknesses", "failings")
_FOUND_WORDS = ("found", "saw", "told", "pleased", "concerned")


def _cues(text: str) -> list[float]:
    """Numeric cue features for one sentence (small counts, capped at 3)."""
    low = text.lower()
    if _has(low, _QUOTE_CHARS):
        low = _QUOTE_MARKS.sub("", low)  # "‘good’ in four areas" reads as "good in four areas"
    contrast = len(CONTRAST.findall(low))
    neg = len(NEG.findall(low))
    pos = len(POS.findall(low))
    negative = len(NEGATIVE.findall(low))
    improvement = _has(low, _IMPROVEMENT)
    grade_neg = len(GRADE_NEG.findall(low)) if improvement else 0
    grade_pos = len(GRADE_POS.findall(low)) if _has(low, _GRADE_WORDS) else 0
    f = [
        contrast, neg, pos, negative,
        len(MODAL.findall(low)),
        len(HEDGE.findall(low)),
        grade_pos,
        grade_neg,
        (len(GRADE_ADEQ.findall(low)) if "adequate" in low else 0) - grade_neg,
        len(CLAIM.findall(low)),
        min(len(NUMBER.findall(low)), 5) / 5,
        len(WE_FOUND.findall(low)) if _has(low, _FOUND_WORDS) else 0,
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
        1.0 if _has(low, _ENGAGE_WORDS) and ENGAGE.search(low) else 0.0,
        1.0 if _has(low, _DISCHARGE_WORDS) and DISCHARGED.search(low) else 0.0,
        1.0 if _has(low, _BACK_WORDS) and BACK_REFERENCE.search(low) else 0.0,
        1.0 if (improvement and _has(low, _GRADE_WORDS) and _TALLY_GOOD.search(low) and _TALLY_BAD.search(low))
        else 0.0,
        1.0 if _has(low, _NEGATED_WORDS) and NEGATED_CRITICISM.search(low) else 0.0,
    ]
    return [min(x, 3.0) for x in f]


def cue_matrix(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, len(CUE_NAMES)))
    return np.asarray([_cues(t) for t in texts], dtype=np.float64)


#: Who is speaking, in a press release or a quoted summary: "Inspectors also said that …",
#: "The inspectorate found that …", "HMICFRS acknowledged that …", "I am pleased to see
#: that …", and at the end ", the police inspectorate has said." The speaker says nothing
#: about the theme: the words after it do, and "Inspectors said that this …" goes on from
#: the sentence before just as "This …" does.
_SPEAKER_BEFORE = re.compile(
    r"^[\"“‘']?(?:(?:HM |His Majesty's |Her Majesty's |the )?inspectors?|(?:the |HM )?inspectorate|HMICFRS|HMIC|the report|"
    r"(?:HM )?Inspector of Constabulary(?: [A-Z][\w'’-]+){0,3})\s+"
    r"(?:also\s+|further\s+)?(?:said|says|found|finds|noted|notes|added|recognised|acknowledged|praised|highlighted|"
    r"reported|concluded|stated|commented|warned|determined|identified|observed|welcomed|explained)\s*(?:that\s+|:\s*)?"
    # a pronoun speaks only with a verb of speech: "They identified vulnerable victims …" is
    # what the force did
    r"|^[\"“‘']?(?:he|she|it|they)\s+(?:also\s+)?(?:said|says|added|stated|commented|warned|explained)\s*"
    r"(?:that\s+|:\s*)?"
    r"|^[\"“‘']?I am (?:also |particularly )?(?:pleased|encouraged|impressed|concerned|disappointed|reassured|"
    r"delighted|glad)(?: to (?:see|find|note|report))?\s*(?:that |by |with |at )?(?:the way )?",
    re.I)
_SPEAKER_AFTER = re.compile(r",\s*(?:the (?:police )?inspectorate|inspectors|HMICFRS|HMIC|the report)"
                            r"(?: has| have)? (?:said|says|found|finds|concluded|reported)\.?[\"”’']?\s*$", re.I)


def unspoken(text: str) -> str:
    """A sentence without who says it (:data:`_SPEAKER_BEFORE`, :data:`_SPEAKER_AFTER`)."""
    bare = _SPEAKER_AFTER.sub(".", _SPEAKER_BEFORE.sub("", text.strip(), count=1))
    return bare if len(bare) >= UNSPOKEN_MIN_CHARS else text


#: Someone other than the inspectorate speaking (LABELLING: the force's and others' own
#: words are no finding): a chief officer, a commissioner, the Police Federation, a
#: spokesperson, a councillor, a mayor or a minister as the subject of a verb of speech
#: ("Chief Constable Jo Marsh said: …", "T/Deputy Chief Constable Jo Marsh said", with the
#: temporary or acting rank's prefix, "Responding to the report, the police and crime
#: commissioner said …", "the Federation has said."). Press articles quote them at length
#: next to the inspectorate's findings, in the same words of praise and blame.
_OTHER_SPEAKER = (r"(?:(?:(?:t|a|temp|ag)/\s*)?(?:deputy |assistant |temporary |acting )?chief constable|police chief|"
                  r"(?:police,? (?:fire )?and crime |police )?"
                  r"commissioner|\bpcc\b|(?:police )?federation(?: chair(?:man|woman)?| secretary)?|"
                  r"spokes(?:man|woman|person)|councillors?|\bmayor\b|\bminister\b|home secretary|\bmp\b|"
                  # groups a news page quotes beside the inspectorate ("Local councillors said …",
                  # "Shopkeepers on the high street said …", "Unison said …"); not residents or
                  # victims, whom a report quotes as its own evidence ("Residents told us …")
                  r"\bshopkeepers\b|\btraders\b|\bcampaigners\b|\bunison\b|\bunion\b|"
                  r"chief executive|(?:deputy|assistant) chief officer\b|"
                  # a commander or superintendent by name ("Commander Ravi Patel"), not "the
                  # commander of the inspection team" nor "the superintendent responsible for …"
                  r"\bcommander(?=\s+(?-i:[A-Z]))|(?:chief |detective )?superintendent(?=\s+(?-i:[A-Z]))|"
                  r"(?:police|force) bosses)")
#: Such a person at the start of a sentence, after a lead-in clause ("Responding to the
#: report, the police and crime commissioner"): the subject of what follows.
_OTHER_HEAD = rf"^(?:[^\"“”]{{0,60}}?,\s*)?(?:[\w’'.-]+\s+){{0,6}}?{_OTHER_SPEAKER}"
_OTHER_SAID = re.compile(
    # "Acting Chief Constable Jo Marsh, for Wessex Police, added": the name, then the force
    rf"{_OTHER_HEAD}(?:[\s,]+[A-Z][\w’'.-]+){{0,3}}(?:,\s*(?:for|of|at|who|which)\s+[^,;:]{{3,60}},)?"
    # (where they are: "Shopkeepers on the high street said …")
    r"(?:\s+(?:on|in|from|across)\s+[^,;:\"“]{3,40}?(?=\s+(?:said|say|says)\b))?[\s,]*"
    r"(?:has |have |had )?(?:also )?(?:said|says|say|added|commented|responded|welcomed|told (?:the|a|reporters|us)|"
    # other verbs only where they open the speaker's words ("stressed that …", "pledged to …"),
    # not an act the inspectorate reports ("has stressed to the workforce that …")
    r"(?:emphasi[sz]ed|stressed|insisted)(?=\s*(?:that\b|:))|(?:pledged|promised)(?=\s+(?:to|that)\b))\b",
    re.I)
_OTHER_SAID_AFTER = re.compile(rf",\s*(?:the )?(?:[\w’'-]+\s+){{0,3}}{_OTHER_SPEAKER}\s+(?:has |have )?said\.?"
                               r"[\"”’']?\s*$", re.I)
_INSPECTORATE_WORDS = r"inspectorate|inspectors?|hmicfrs|hmic"
_INSPECTORATE = re.compile(rf"\b(?:{_INSPECTORATE_WORDS})\b", re.I)


def others_speak(text: str) -> bool:
    """Is the sentence someone else's words, not the inspectorate's (:data:`_OTHER_SAID`)?"""
    text = text.strip()
    m = _OTHER_SAID.search(text)
    # (not the inspectorate's own spokesperson: "…, an HMICFRS spokesperson said.")
    after = _OTHER_SAID_AFTER.search(text)
    return ((m is not None and not _INSPECTORATE.search(m.group(0)))
            or (after is not None and not _INSPECTORATE.search(after.group(0))))


#: Surnames of HM Inspectors of Constabulary (2009–2025), who are quoted in press releases
#: by name alone ("Mr Wilsher said: …") as often as by title: their words are the
#: inspectorate's findings. A public list, like the forces' names in the gazetteer; surnames
#: as common as a chief officer's or a commissioner's (Williams) are left to the title.
INSPECTORS = frozenset({"Winsor", "Cooke", "Billingham", "Parr", "Sharpling", "Cunningham", "Otter",
                        "Wilsher", "Skeer", "O'Connor", "O’Connor", "Flanagan"})
#: Who speaks, named: "Lord Ann Ray said: …", "Member of the board, Ben Murphy, said: …",
#: "…,” said TCC Nixon.", "…,” Mr Adderley said." A name is two or more capitalised words,
#: or an honorific or abbreviated rank and a surname ("Dpt Ch Cons Alan Baldwin").
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Lord|Lady|Sir|Dame|Cllr|Supt|Insp|Sgt|DCC|ACC|TCC|CC|DCI|DI)\.?"
_NAME = (rf"(?:{_HONORIFIC}\s+(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'-]+"
         r"|(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]+)")
_SPEECH = r"(?:said|says|say(?!\s+(?:too|little|nothing|more|less|much|very|so|only|enough|anything)\b)|added|commented|responded|told|explained|stated|emphasi[sz]ed|stressed|insisted|pledged|promised)"
_NAMED_SAYS = re.compile(rf"^(?P<pre>[^\"“”]{{0,90}}?,\s*)?(?P<name>{_NAME}),?\s+(?:has\s+|had\s+|also\s+)*{_SPEECH}\b")
_SAYS_NAMED = re.compile(rf"[,.!?…][\"”’']?\s+(?:{_SPEECH}\s+(?P<name>{_NAME})|(?P<name2>{_NAME})\s+{_SPEECH})\.?\s*$")
#: What someone's answer goes on to carry: the finding it answers ("… said it has taken
#: immediate action after inspectors found too few checks were made"), the inspectorate's.
_FINDING_CARRIED = re.compile(r"\b(?:after|as|when|because|since)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:inspectors?|"
                              r"inspectorate|watchdog|report|inspection|HMICFRS|HMIC)\s+(?:has\s+|had\s+)?"
                              r"(?:found|said|concluded|judged|rated|graded|criticised|warned|identified|revealed|"
                              r"condemned|slammed|exposed|highlighted|raised)\b")
#: ... with a description before the name or an aside after it, as news pages name residents
#: and officials: "Retired teacher Sam Lee, 71, from Halifax, said …", "Scarborough shop
#: owner Jo Hart said …", "Mr Kerr, who took charge in May, said …". The description and the
#: aside say who the speaker is (:func:`_described_speaker`).
#: The description is a few plain words ("Retired nurse", "Scarborough shop owner"), none of
#: them a preposition or an article: "Officers in the Child Abuse Investigation Unit told us
#: …" and "Detectives on the Major Crime Team said …" are the inspectorate's evidence, and
#: "told" is left out for that reason. A name that ends in a unit's or a body's word
#: (:data:`_BODY_END`) is no person.
_NOT_DESCRIPTION = (r"(?!(?:in|at|on|of|from|for|with|within|the|a|an|and|our|we|us|such|as|to|by|their|its|his|her|"
                    r"who|which|that|this|these|those|some|all|many|most)\b)")
#: Where or when a news page sets a speaker ("In Bradford city centre, shop owner …").
_PLACE_LEAD = r"(?i:in|at|outside|near|meanwhile|elsewhere|back\s+in)\b[^,\"“”]{0,40},\s*"
_DESCRIBED_SAYS = re.compile(rf"^(?:{_PLACE_LEAD})?(?P<desc>(?:{_NOT_DESCRIPTION}[A-Za-z][\w’'-]*\s+){{0,4}}?)(?P<name>{_NAME})"
                             rf"(?P<aside>(?:,[^,\"“”]{{1,90}}){{1,3}},)?\s+(?:has\s+|had\s+|also\s+)*"
                             r"(?:said|says|added|commented|responded|explained|stated)\b")
_BODY_END = re.compile(r"\b(?:units?|teams?|centres?|center|room|station|hub|department|council|police|constabulary|"
                       r"service|services|review|report|board|group|office|squad|court|inspectorate|federation|"
                       r"association|authority|commission|partnership|panel|committee)$", re.I)
#: A police rank or post in a described speaker's name, description or aside ("Neighbourhood
#: inspector …", "…, a detective inspector in the force's public protection unit, …",
#: "Chief Constable Jo Marsh, who welcomed the inspection, …"): the force's officer, whatever
#: the word "inspector"; not a former one ("Former chief constable …, who led the
#: inspection, …"), and not against an inspector's title or known name.
_FORCE_POST = re.compile(r"\b(?!lead\b)(?!hm\b)\w+\s+inspector\b|\binspector\s+(?:with|at|in|for|on)\s+|"
                         r"\b(?:chief\s+constable|(?:police\s+and\s+crime\s+)?commissioner|pcc|superintendent|sergeant|"
                         r"constable)\b|\b(?:a|an)\s+\w+(?:\s+\w+)?\s+(?:in|at|with)\s+the\s+force['’]s\b|"
                         r"\bthe\s+force['’]s\s+(?:lead|head|officer|spokes\w+|director|manager)\b", re.I)
#: An inspection, review, report, visit or audit named in a description or an aside.
_INSPECTION_NAMED = re.compile(r"\b(?:inspect\w*|review\w*|report\w*|visit\w*|audit\w*|watchdog|author)\b", re.I)
#: What marks a described speaker as a member of the public or a local figure, the people a
#: news page quotes beside the inspectorate: an age, a home town, a trade, "resident",
#: "retired", "whose car …", "who took charge of the force". A described speaker with none of
#: these, and no inspector's or police title, is no one the sentence says (no speaker): an
#: inspector may be described in words no list holds ("…, who oversaw the inspection, …").
_PUBLIC_DESCRIBED = re.compile(
    r"(?:^|[\s,])\d{1,3}(?=,|\s*$)|\baged\s+\d+|(?-i:\bfrom\s+[A-Z])|\b(?:residents?|shop|owner|shopkeeper|trader|"
    r"retired|mother|father|parent|grandmother|grandfather|pensioner|student|teacher|nurse|worker|landlord|"
    r"neighbour|victim|survivor|campaigner|charity|councillor|MP|mayor|spokes(?:man|woman|person)|"
    r"newsagent\w*|farmer|businessman|businesswoman|runs\s+a|"
    r"took\s+charge|whose\s+(?:car|house|home|shop|son|daughter|husband|wife|partner|mother|father|business))\b",
    re.I)
#: "He said: …", "She added that …": the person last named speaks again.
_PRONOUN_SAYS = re.compile(rf"^(?:(?:however|but|and|yet),?\s+)?(?:he|she)\s+(?:also\s+)?{_SPEECH}\b", re.I)
#: "“…, and that makes a real difference,” she said.": the person last named speaks again,
#: the attribution after the words.
_SAYS_PRONOUN = re.compile(rf"[,.!?…][\"”’']?\s+(?:{_SPEECH}\s+(?:he|she)|(?:he|she)\s+(?:also\s+)?{_SPEECH})\.?\s*$",
                           re.I)
#: The inspectorate or one of its inspectors, by title, in a speaker's name or in the
#: few words set before it ("…, inspector, Andy Cooke said").
_INSPECTOR_WORD = re.compile(rf"\b(?:{_INSPECTORATE_WORDS}|hmi)\b", re.I)
#: An inspector's name after (or before) the title: "HM Inspector of Constabulary Roy Wilsher",
#: "Wendy Williams, His Majesty's Inspector of Constabulary".
_INSPECTOR_NAMED = re.compile(
    r"(?:Inspector(?:s)? of Constabulary|HM Inspector|HMI|Chief Inspector)(?: of Constabulary)?"
    r"(?: and Fire (?:&|and) Rescue Services)?,?\s+(?:Sir |Dame )?(?P<name>(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
    r"|(?P<name2>(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+(?:His |Her )?(?:Majesty['’]s |HM )?(?:Chief )?Inspector")
#: A police rank that holds the word "Inspector" ("Chief Inspector Sam Lee", "Detective
#: Inspector Ali Shah"): the force's officer, unless the inspectorate's title goes with it.
_POLICE_RANK = re.compile(r"^(?:detective\s+)?(?:chief\s+)?inspector\s+[A-Z]", re.I)
_INSPECTORATE_TITLE = re.compile(r"\bof constabulary\b|\bmajesty|\bHMI?\b", re.I)


def _police_rank(titled_name: str, context: str) -> bool:
    """Is ``titled_name`` ("Chief Inspector Sam Lee") a police rank and name, with no
    inspectorate's title in ``context``, the words around it?"""
    return _POLICE_RANK.match(titled_name) is not None and _INSPECTORATE_TITLE.search(context) is None

#: An inspector speaking by title and name: "His Majesty’s Inspector of Constabulary Jo
#: Brant said: …" (the title's "of" is no part of a name :data:`_NAME` reads).
_INSPECTOR_SAYS = re.compile(rf"^(?:(?:His|Her) Majesty['’]s\s+|HM\s+)?(?:{_INSPECTOR_NAMED.pattern}),?\s+"
                             # (an aside may come between: "…, who led the inspection, said")
                             r"(?:(?:who|which)\b[^,\"“”]{1,60},\s+)?"
                             rf"(?:has\s+|had\s+|also\s+)*{_SPEECH}\b")
#: Someone other than the inspectorate as a sentence's subject, before what they did:
#: "Deputy Chief Constable Jo Marsh has assured the public that …".
_OTHER_SUBJECT = re.compile(rf"{_OTHER_HEAD}\b", re.I)
#: The force's own people and places in the first person: "our officers", "my staff", "our
#: communities", and the force on its own grades ("the grades we've received", "we have
#: been praised"). The inspectorate says "our inspection", never "our officers", and
#: grades, never is graded; an inspector may speak of "my team" or say "we have received
#: evidence", so those are not the force's.
OWN_POLICE = re.compile(r"\bour (?:officers|staff|force|constabulary|communities|community|teams?|residents|"
                        r"control room|workforce|colleagues|county|police|policing|volunteers|front-?line|"
                        r"local communities)\b|\bmy (?:officers|staff|force|constabulary|workforce|volunteers)\b"
                        # the force on its own grades: "the grades we've received", "we have been praised"
                        r"|\bgrades? we(?:['’]ve| have) (?:received|been given|achieved)\b"
                        r"|\bwe(?:['’]ve| have) (?:been (?:praised|graded|rated|judged)|achieved|acted on)\b"
                        r"|\bchief constables? we have had\b", re.I)
_NOT_NAMES = frozenset("the this that these those it its one another some many most several all each every "
                       "however but and yet in on at for".split())


def inspector_names(text: str) -> set[str]:
    """Surnames the sentence gives an inspector's title ("HM Inspector … Roy Wilsher")."""
    return {m.group("name" if m.group("name") else "name2").split()[-1] for m in _INSPECTOR_NAMED.finditer(text)
            # (not a police rank: "Chief Inspector Sam Lee" without the inspectorate's title)
            if not (m.group("name") and _police_rank(m.group(0), text[max(0, m.start() - 25): m.end()]))}


#: An aside that is a clause about something else ("…, who welcomed the HMI report, …"), not a
#: title: an inspector's title is not looked for in it.
_CLAUSE_ASIDE = re.compile(r",\s*(?:who|which|whose)\b", re.I)


#: An inspector's title or body, said as a title: "His Majesty's Inspector …", "HM Inspector of
#: Constabulary", "HMI", "chief inspector of prisons", "of HMICFRS", "for HMICFRS" (not "the
#: force's lead for the HMICFRS inspection").
_INSPECTOR_TITLED = re.compile(r"\bmajesty|\bHMI\b|\bHM\s+(?:chief\s+)?inspector|\binspector\s+of\s+(?:constabulary|prisons)\b|"
                               r"\b(?:of|from|at|for|with)\s+(?:HMICFRS|HMIC|the\s+inspectorate)\b", re.I)
#: A post or a past that makes a police rank no present one: "Former chief constable …",
#: "…, a retired chief constable who led the inspection, …", "ex-chief constable".
_NOT_NOW = re.compile(r"\b(?:former|formerly|retired|one-time)\b|\bex-", re.I)


def _described_speaker(m: re.Match[str], inspectors: set[str]) -> str | None:
    """Who a speaker named with a description or an aside is (:data:`_DESCRIBED_SAYS`).

    The inspectorate only by a known surname (:data:`INSPECTORS`, or one the passage titled)
    or an inspector's title in the description or a title aside (:data:`_INSPECTOR_TITLED`):
    a bare "inspector" may be a police rank ("Shift inspector …", "an inspector with Wessex
    Police"), and tagging a force officer as the inspectorate would make their quotation
    findings. Someone else where the words name a present police post or a member of the
    public (:data:`_PUBLIC_DESCRIBED`), and nothing says an inspection, review or report:
    an inspector may be described in words no list holds ("…, who oversaw the inspection,
    …"), and no speaker is the safer reading. Else no speaker."""
    name = m.group("name")
    if name.split()[0].lower() in _NOT_NAMES:
        return None
    aside = m.group("aside") or ""
    described = f"{m.group('desc') or ''} {aside}"
    whole = f"{described} {name}"
    # a title in the description or a title aside ("…, HM Inspector of Constabulary, …"), not in
    # a clause about something else ("…, who welcomed the HMI report, …")
    titled = f"{m.group('desc') or ''} {'' if _CLAUSE_ASIDE.match(aside) else aside} {name}"
    if name.split()[-1] in inspectors | INSPECTORS or _INSPECTOR_TITLED.search(titled):
        return "inspectorate"
    post = bool(_FORCE_POST.search(whole)) and not _NOT_NOW.search(whole)
    if not post and _INSPECTION_NAMED.search(described):
        return None
    if post or _PUBLIC_DESCRIBED.search(described):
        return "other"
    return None


#: The inspectorate's finding attributed after it: "…, inspectors found.", "…, the report said."
_FOUND_AFTER = re.compile(rf",\s*(?:the\s+)?{PRESS_VOICE}\s+(?:has\s+|have\s+)?"
                          r"(?:found|said|says|concluded|warned|judged)\.?[\"”’']?\s*$", re.I)
_LEADING_LINK = re.compile(r"^(?:but|and|yet|however|meanwhile),?\s+(?=[A-Z])", re.I)


def _titled_apposition(pre: str) -> bool:
    """Does the words before a speaker's name hold an inspector's title as an apposition of
    its own ("…, HM Inspector of Constabulary, …"), not in a clause about someone else ("…,
    who met HM Inspector Jo Brant, …") and with no police post beside it?"""
    parts = [x.strip() for x in pre.split(",")]
    return (any(_INSPECTOR_TITLED.search(x) and not _CLAUSE_ASIDE.match(f", {x}") for x in parts)
            and _FORCE_POST.search(pre) is None)


def speaker(text: str, inspectors: set[str]) -> str | None:
    """Who the sentence says is speaking: "other" (a person named, not one of the
    ``inspectors`` or :data:`INSPECTORS`), "inspectorate", "pronoun" ("He said: …", the
    person last named), or None; "other subject" for a sentence whose subject is someone
    else by title ("Deputy Chief Constable Jo Marsh has assured …"), so that a "He said"
    after it is theirs, though the sentence itself is no one's words.
    """
    text = text.strip().lstrip("\"“‘'")
    if _PRONOUN_SAYS.match(text):
        return "pronoun"
    if _SAYS_PRONOUN.search(text):
        return "pronoun after"
    if _FOUND_AFTER.search(text):
        return "inspectorate"  # "Wessex Police say too little to victims, inspectors found."
    # "But Tom Hale, from Weymouth, said …": the link to the sentence before is no part of a name
    text = _LEADING_LINK.sub("", text)
    if (said := _INSPECTOR_SAYS.match(text)) is not None and _INSPECTORATE_TITLE.search(
            _CLAUSE_ASIDE.split(said.group(0))[0]):
        # (a police "Chief Inspector Sam Lee said" is the force's officer, and so is one "…, who
        # welcomed the HMI report, said": the title is looked for in the title and name only)
        return "inspectorate"
    m = _NAMED_SAYS.match(text) or _SAYS_NAMED.search(text)
    described = _DESCRIBED_SAYS.match(text) if m is None else None
    if (said_by := m or described) is not None and _FINDING_CARRIED.search(text, said_by.end()):
        return None  # "The force said it has acted after inspectors found too few checks …"
    if described is not None:
        return None if _BODY_END.search(described.group("name")) else _described_speaker(described, inspectors)
    if m is not None:
        groups = m.groupdict()
        name = groups.get("name") or groups.get("name2") or ""
        if name.split()[0].lower() not in _NOT_NAMES:
            appositive = (groups.get("pre") or "").rstrip(", ").split(",")[-1]
            inspector = bool(_INSPECTOR_WORD.search(name) or name.split()[-1] in inspectors | INSPECTORS
                             or (len(appositive.split()) <= 3 and _INSPECTOR_WORD.search(appositive))
                             # "Zoë Billingham, HM Inspector of Constabulary, Eastern Region, said"
                             or _titled_apposition(groups.get("pre") or ""))
            if _police_rank(name, text[: m.end()]) and name.split()[-1] not in INSPECTORS:
                inspector = False  # "Chief Inspector Sam Lee said": a police officer's rank
            return "inspectorate" if inspector else "other"
    if (head := _OTHER_SUBJECT.match(text)) is not None and not _INSPECTORATE.search(head.group(0).split(",")[-1]):
        return "other subject"
    return None


def quote_open_after(text: str, open_before: bool = False) -> bool:
    """Is a quotation still open at the end of the sentence (one opened before it, or in it)?

    A quotation that goes on into a new paragraph opens it with a quotation mark again,
    which opens nothing new. A straight mark after the sentence's final stop closes
    whatever was open: news pages mix curly and straight marks, and a quotation
    wrongly left open would make every later sentence someone else's words."""
    is_open = open_before
    text = text.strip()
    if open_before and text[:1] in ('"', "“"):
        text = text[1:]
    end = len(text.rstrip()) - 1
    for i, ch in enumerate(text):
        if ch == "“":
            is_open = True
        elif ch == "”":
            is_open = False
        elif ch == '"':
            # a straight mark that ends the sentence after its stop closes a quotation, even
            # one opened with the wrong mark ("added: ”We are … here.\"")
            is_open = False if i == end and i and text[i - 1] in ".,!?…" else not is_open
    return is_open


#: A need inside a relative clause: "the calls the constabulary needs to answer", "the
#: detectives it will need", "the hours they need to supervise their teams". The clause names
#: what something is measured against, and the sentence judges whether the force has it; but
#: the model reads "needs" as the modal of a recommendation (rule 4) and calls praise ("knows
#: exactly which calls the constabulary needs to answer") a shortfall. Matched: a noun right
#: before the clause's subject ("calls the constabulary needs"; not a possessive, "its
#: officers need", which is a need stated), no reporting verb before it ("told it that it
#: needed to …" is advice), no advice noun at its head ("the improvements it needs to make",
#: "the steps the constabulary needs to take") and no "to improve" after it ("the areas the
#: force needs to improve" names what is to be put right).
_RELATIVE_SUBJECT = r"(?:it|they|we|the (?:force|constabulary|service|organisation)|(?-i:[A-Z][\w'’-]+) (?:Police|Constabulary))"
RELATIVE_NEED = re.compile(
    r"\b(?:the|all|any|what|which|some|those|these|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?!(?:says?|said|found|finds|recognises|recognised|knows|knew|believes|accepts|understands|agrees|means|"
    r"shows|suggests|concluded|concludes|thinks|told|tells|asked|warned|advised|reminded|feels|considers|is|was|"
    r"are|were|that|which|whether|if|because|so|and|but|as|when|where|why|how|than|until|unless|while|whilst|"
    r"has|have|had|does|did|do|the|a|an|its|their|his|her|our|your|my|this|these|those|"
    # ... nor the advice the clause names
    r"improvements?|changes?|steps?|actions?|work|recommendations?|areas?|things?|progress)\s)[a-z][\w-]*\s+"
    r"(?:that\s+|which\s+)?"
    + r"(?P<clause>" + _RELATIVE_SUBJECT + r"\s+(?:will\s+|would\s+|may\s+|might\s+|could\s+|still\s+)?"
    r"(?P<need>needs?|needed)\b)(?!\s+to\s+(?:improve|address|tackle|change|fix|resolve|put right|work on|do better|"
    r"make|take|do|put|introduce|implement|act)\b)", re.I)
#: The same, when a reporting verb stands anywhere before it: the clause is what was said.
_REPORTED_BEFORE = re.compile(r"\b(?:told|tells|asked|warned|advised|reminded|urged|said|says)\b", re.I)
#: A sentence whose need measures a shortfall: negated or hedged ("Few victims get the updates
#: they need", "lacks the analysts it needs", "cannot give officers the time they need"), or
#: critical ("a poor understanding of the demand it needs to meet", "falls short of the
#: numbers it needs", "too few").
_NEED_SHORTFALL = re.compile(
    r"\b(?:no|not|never|none|nor|few|fewer|little|lack\w*|without|cannot|unable|rarely|seldom|insufficient\w*|"
    r"limited|poor\w*|weak\w*|falls? short|fell short|struggl\w*|gaps?|yet to|unclear|too|inadequate\w*|"
    r"fail\w*|short of)\b|n['’]t\b", re.I)
#: The plain verb put for a need (:func:`without_relative_need`).
_PLAIN_VERB = {"need": "use", "needs": "uses", "needed": "used"}


def without_relative_need(text: str) -> str | None:
    """``text`` with the verb of each need in a relative clause (see :data:`RELATIVE_NEED`)
    put as a plain verb, or None when it has none: "the calls the constabulary uses to
    answer", "what support they use". The clause keeps its place (a sentence can end on it: "the
    skills and numbers they need"); only the modal the model misreads is gone. Not in a
    sentence whose need measures a shortfall (:data:`_NEED_SHORTFALL`), nor in an item that
    opens with its verb ("give investigators the time they need …": advice)."""
    if "need" not in text.lower() or _NEED_SHORTFALL.search(text) or text.lstrip()[:1].islower():
        return None  # (the word first: this runs on every sentence)
    out, last, found = [], 0, False
    for m in RELATIVE_NEED.finditer(text):
        if _REPORTED_BEFORE.search(text, 0, m.start("clause")):
            continue
        out.append(text[last:m.start("need")])
        out.append(_PLAIN_VERB[m.group("need").lower()])
        last = m.end("need")
        found = True
    if not found:
        return None
    out.append(text[last:])
    return "".join(out)


#: Words of criticism that our corpus never uses, so the model has no weight for them:
#: "the cases were substandard", "a flaw in its vetting system", "what the force is getting
#: wrong", "deficiencies in …", "unsatisfactory monitoring", "not up to standard", "this
#: undermined …", a backlog counted, vetting left to expire. Real news pages use them for
#: the inspectorate's findings; the model reads such a sentence as a plain report.
_UNFAMILIAR_CRITICISM = re.compile(
    r"\b(?:sub-?standard|flaw(?:s|ed)?|deficien(?:t|cy|cies)|unsatisfactor(?:y|ily)|"
    r"(?:is|are|was|were|been|keeps?)\s+getting\s+(?:it\s+|things\s+|\w+\s+)?wrong|"
    # "In every case warning signs were missed": the signs of risk the force should have seen
    r"(?:warning\s+)?signs\s+(?:of\s+[\w\s'’-]{1,40}?\s+)?(?:were|was|had\s+been|have\s+been|are|being)\s+"
    r"(?:\w+\s+)?(?:missed|overlooked|ignored)|red\s+flags\s+(?:(?:about|over|around)\s+[\w\s'’-]{1,40}?\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:missed|overlooked|ignored)|"
    # "Custody suites run by the force aren't up to standard", "undermined the effectiveness of …"
    r"(?:not|aren['’]t|isn['’]t|wasn['’]t|weren['’]t)\s+up\s+to\s+(?:the\s+required\s+)?(?:standard|scratch)|"
    # (not what someone tries to do or is kept from: "officers who try to undermine its
    # integrity", "kept the scheme from being undermined")
    r"(?<!\bto )(?<!\bbeing )undermin(?:e|es|ed|ing)|"
    # a backlog counted ("the force had 530 vetting applications waiting to be processed") and
    # clearances left to lapse ("22 people in designated posts with expired vetting"); the
    # number read whole, with its thousands commas, so a run of "1,1,1,…" costs linear time
    r"(?<![\d,])\d{1,3}(?:,\d{3})*\s+(?:[\w-]+\s+){0,3}?(?:applications?|cases?|investigations?|referrals?|checks?|"
    r"reviews?|files?|"
    r"reports?|crimes?|warrants?|suspects?)\s+(?:(?:were|was|still|that\s+were|which\s+were)\s+)?"
    r"(?:waiting|awaiting|outstanding|overdue|unallocated)|"
    r"(?:expired|lapsed|out-of-date)\s+(?:[\w-]+\s+)?vetting|vetting\s+(?:clearance\s+)?(?:had|has)\s+(?:expired|lapsed))\b",
    re.I)
#: ... unless it is denied, or a grade's definition ("… but is not seriously deficient").
_UNFAMILIAR_DENIED = re.compile(r"\b(?:no|not|never|none|without|free of|nor)\b|n['’]t\b", re.I)


def unfamiliar_criticism(text: str) -> bool:
    """Does the sentence criticise in words our corpus never uses, undenied?"""
    m = _UNFAMILIAR_CRITICISM.search(text)
    # (not the force's own account: "the force told us that 1,023 cases were waiting"; nor a
    # lapse the force finds and acts on, or a backlog since cleared: "checks each month for
    # staff with expired vetting and removes their access", "there are now none"; nor the
    # service at large: "Austerity has undermined forces' capacity")
    return m is not None and _UNFAMILIAR_DENIED.search(text, 0, m.start()) is None \
        and not re.match(r"\W*(?:no|not)\b", text[m.end():m.end() + 4], re.I) \
        and not re.search(r"\b(?:force|constabulary|it)\s+(?:told|informed|assured|showed)\s+us\b", text, re.I) \
        and not _UNFAMILIAR_NOT_THE_FORCE.search(text) \
        and not _UNFAMILIAR_OPEN_QUESTION.search(text, 0, m.start())


#: ... nor an open question or someone's belief ("an inquest will consider whether warning
#: signs were missed", "her family believe signs were ignored").
_UNFAMILIAR_OPEN_QUESTION = re.compile(r"\b(?:whether|if|believes?|believed|claims?|claimed|alleges?|alleged|"
                                       r"investigat\w+|inquest|inquiry|will\s+(?:examine|consider|look))\b", re.I)
_UNFAMILIAR_NOT_THE_FORCE = re.compile(
    r"\b(?:checks?|identif(?:y|ies)|removes?|prevents?|prevented)\b.*\b(?:vetting|undermin\w*)\b"
    r"|\b(?:now none|no longer|since cleared|has since cleared)\b|\bforces['’]|\bnationally\b|\bacross the country\b",
    re.I)


#: More of something than is right: "clothing is removed too readily", "supervisors check
#: too few of the records", "caseloads too heavy to manage". Inspection text uses the degree
#: word for criticism whatever it qualifies, and the model, which has seen "too long" and "too
#: many", reads "removed too readily" as the practice it names. Not "not too …", nor a
#: judgement put off ("too early to say"); figures too small to compare are method text
#: (:data:`_EXCESS_METHOD`).
_EXCESS = re.compile(
    r"(?<!\bnot )(?<!\bnever )\btoo\s+(?!early\b|soon\b)(?:\w+ly|many|much|few|little|long|slow|late|high|low|"
    r"often|great|heavy|narrow|broad|complex|small|large|big|weak|limited|variable|inconsistent|reliant|dependent|"
    r"quick|busy|stretched|thin|vague|generic|general|wide|far|hard|difficult|lenient|cautious)\b",
    re.I)
#: ... unless the excess is what the force has cut ("has cut the number of victims who wait
#: too long", "fewer calls are abandoned because callers wait too long", "no longer left too
#: late"): progress, in the clause before it; nor a sample too small "for us to report".
_EXCESS_CUT = re.compile(
    r"\b(?:cut|cuts|cutting|reduc\w+|fewer|no longer|stopped|tackled|halved|decreas\w+|fell|fallen|"
    r"less often|lower(?:ed)?)\b[^.;:]*?\btoo\b",
    re.I)
_EXCESS_METHOD = re.compile(r"\btoo\s+\w+\s+(?:for\s+(?:us|a|any|the)\b|to\s+(?:allow|support|permit|draw|make|report|"
                            r"reach|give|form|be\s+(?:reliable|meaningful|representative))\b)", re.I)


def excess(text: str) -> bool:
    """Does the sentence say something is done or found to excess (:data:`_EXCESS`), and
    not as progress made against it (:data:`_EXCESS_CUT`) or a sample's limits
    (:data:`_EXCESS_METHOD`)?"""
    return ("too" in text.lower() and _EXCESS.search(text) is not None
            and _EXCESS_CUT.search(text) is None and _EXCESS_METHOD.search(text) is None)


#: "Not every officer we spoke to understood …", "not all staff had been trained": the subject's
#: quantifier denied, near the start; not "It is not all bad news", nor "not every force can
#: say that …" (the force set above others), nor "not every case needs …" (what is required,
#: the subject's own verb: "not every victim received a needs assessment" is criticism).
_NOT_EVERY = re.compile(
    r"^\W*(?:[\w'’-]+\W+){0,3}?not\s+(?:every|all|everyone|each)\b(?!\s+(?:bad|forces?|constabular(?:y|ies)|police forces?)\b)"
    r"(?!\s+[\w'’-]+(?:\s+(?!who\b|that\b|which\b)[\w'’-]+)?\s+(?:needs?|requires?|needed|required|calls? for|warrants?|merits?)\b"
    r"(?!\s+assessments?))",
    re.I)


def not_every(text: str) -> bool:
    """Does the sentence deny that all of its subject meet the standard (:data:`_NOT_EVERY`)?"""
    return "not" in text.lower() and _NOT_EVERY.search(text) is not None


#: "The force does not treat communities with respect", "Officers did not always respond
#: promptly", a list item "Doesn't engage well with young people": the force's practice
#: denied, with the manner it lacks named (well, fairly, with respect, promptly …). The model
#: weighed the manner word as praise. The subject is the force or its people, or none (a list
#: item); not "we" ("we did not find it acting unfairly" is another matter), nor "not only",
#: "not just", nor a condition ("if it does not act quickly").
_DENIED_PRACTICE = re.compile(
    r"(?:^\W*|\b(?:force|constabulary|it|they|officers|staff|supervisors|investigators|call handlers|police|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Police|Constabulary))\s+)"
    r"(?:do|does|did)(?:\s+not|n['’]t)\s+(?:always\s+|yet\s+|routinely\s+|consistently\s+)?"
    # (nor a verb that is itself a refusal: "does not tolerate officers who fail to act fairly")
    r"(?!only\b|just\b|simply\b|merely\b|need\b|have\b|want\b|(?:tolerat|accept|allow|permit|condon|ignor|overlook|"
    r"neglect|miss|hesitat|shy|shirk|fail|wait|rush|let|give|discriminat|abus|misus|cut)\w*\b)[a-z]+\b"
    # the manner word inside the denied clause: not after "and", "but", "while" ("does not
    # discriminate against anyone and treats all communities fairly" is praise)
    r"(?:(?!\b(?:but|while|whereas|yet)\b|(?<!\bstop )\band\b)[^.;:]){0,60}?\b"
    r"(?:well|effectively|fairly|properly|with\s+(?:dignity\s+and\s+)?respect|respectfully|adequately|appropriately|"
    r"thoroughly|promptly|efficiently|sufficiently|robustly|accurately|correctly|quickly)\b", re.I)
#: ... nor a condition or time clause, another's claim, or a denial inside a denial ("We
#: found no case in which officers did not …").
_DENIED_PRACTICE_NOT = re.compile(
    r"\b(?:if|unless|whether|according to|claim\w*|complain\w*|alleg\w*|disagree\w*|"
    r"said|says|told|no case|none|never|without)\b|^\W*(?:when|whenever|where|once)\b|\?", re.I)


def denied_practice(text: str) -> bool:
    """Is the force's practice denied with the manner it lacks named (:data:`_DENIED_PRACTICE`)?"""
    low = text.lower()
    if "not" not in low and "n't" not in low and "n’t" not in low:
        return False
    return _DENIED_PRACTICE.search(text) is not None and not _DENIED_PRACTICE_NOT.search(text)


#: A finding that carries its kind as a title: "Cause of concern 2: detainees' clothing is
#: removed too readily …", "Area for improvement: …", "Notable practice – …". The title
#: says which side the inspectorate put it on, whatever the words after it (a cause of
#: concern is often stated as a plain account of what happens). Not the title alone, which
#: is a heading or a lead-in, nor one about the kind ("Recommendation 3: progress").
_TITLED = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:key|main|further|new)\s+)?"
    r"(?:(?P<bad>causes?\s+(?:of|for)\s+concern|areas?\s+for\s+improvement|afis?|recommendations?)|"
    r"(?P<good>(?:notable|innovative|promising|good)\s+practice|strengths?))"
    r"(?:\s+(?:\(?\d+(?:\.\d+)*\)?|[ivx]+|[a-z]))?\s*(?::|\s[–—-]\s)\s*(?P<rest>\S+(?:\s+\S+){3,})",
    re.I)
#: ... not a status line ("Recommendation 4: met"), an empty list ("Notable practice: none
#: identified"), nor one that closes it ("Cause of concern 1: … this cause of concern is now
#: closed", "Area for improvement 2 – this has been addressed").
_TITLED_ABOUT_ITSELF = re.compile(r"^(?:progress|update|status|met|not met|partially met|complete|achieved|"
                                  r"discharged|closed|in progress|ongoing|none|no|nil|not applicable|n/a)\b", re.I)
_TITLED_CLOSED = re.compile(r"\b(?:(?:is|was|are|were|has been|have been|now)\s+(?:now\s+)?(?:closed|addressed|"
                            r"resolved|discharged|met|achieved|completed?)|good progress)\b", re.I)


def titled_side(text: str) -> str | None:
    """The side a finding's own title gives it (:data:`_TITLED`), or None."""
    m = _TITLED.match(text)
    if m is None or _TITLED_ABOUT_ITSELF.match(m.group("rest")) or _TITLED_CLOSED.search(m.group("rest")):
        return None
    return "area_for_improvement" if m.group("bad") else "strength"
