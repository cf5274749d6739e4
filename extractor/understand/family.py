"""Which kind of report this is: its family (taxonomy) and its publisher.

The family decides which themes a report's headings map to, so it is read before
sentences are placed in sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from extractor.understand.themes import Taxonomy, Theme, heading_score

_GENERIC_CUES = {"peel", "police effectiveness", "police efficiency", "police legitimacy"}


def detect_family(title: str | None, headings: list[str], year: int | None, taxonomies: tuple[Taxonomy, ...]) -> tuple[str, Taxonomy | None]:
    """Report family and the taxonomy to use, from title, headings and year.

    The inspection year printed in a PEEL title ("PEEL 2016", "2021/22") decides
    between PEEL taxonomies; the publication year, often the next year, only
    breaks ties.
    """
    t = (title or "").lower()
    ty = re.search(r"\b(20\d\d)\b", t)
    title_year = int(ty.group(1)) if ty else None
    best: tuple[float, Taxonomy | None] = (0.0, None)
    for tax in taxonomies:
        score = float(heading_score(headings, tax))
        if any(c.lower() in t for c in tax.title_cues if len(c) > 4 and not c[:4].isdigit() and c.lower() not in _GENERIC_CUES):
            score += 3
        if tax.family.startswith("peel"):
            if "peel" in t or "police effectiveness" in t or "efficiency" in t or "legitimacy" in t:
                score += 2
            if title_year is not None and tax.years:
                score += 3 if tax.years[0] == title_year else (1 if title_year in tax.years else -2)
            elif year is not None and tax.years:
                score += 1.5 if year in tax.years else -1.5
        elif year is not None and tax.years and year not in tax.years and year - 1 not in tax.years:
            score -= 2
        if score > best[0]:
            best = (score, tax)
    if best[1] is None or best[0] < 2:
        return "thematic", None
    return best[1].family, best[1]


#: Report kinds that are about one force's PEEL inspection when no other family is named.
FORCE_KINDS = ("revisit_letter", "cause_of_concern_letter", "press_release", "recommendation_register")
#: Report kinds written as letters: their headings are the topics they take in turn.
LETTER_KINDS = ("revisit_letter", "cause_of_concern_letter")


def peel_taxonomy_for(year: int | None, taxonomies: tuple[Taxonomy, ...]) -> Taxonomy | None:
    """The PEEL taxonomy in force in ``year`` (the latest that covers it), or None."""
    if year is None:
        return None
    peel = [t for t in taxonomies if t.family.startswith("peel") and t.years and year in t.years]
    return max(peel, key=lambda t: t.years[0]) if peel else None


@lru_cache(maxsize=64)
def thematic_taxonomy(year: int | None, taxonomies: tuple[Taxonomy, ...]) -> Taxonomy | None:
    """The PEEL themes a national thematic report's findings are lined up with.

    A thematic report has headings of its own ("The response when officers
    arrive"); readers comparing forces and years want its findings next to the
    PEEL themes they are about: the areas of the PEEL taxonomy nearest the
    report's year, named as that year's reports name them. A question of
    another era is not offered: a 2022 report's findings on vetting belong under
    2021/22's workforce area, not under 2014-19's "ethical and lawful workforce
    behaviour" (the theme model's evidence for such a key is pooled into its
    counterpart, see ``COUNTERPARTS``). The taxonomy carries no grades: a
    thematic report grades no force.
    """
    peel = [t for t in taxonomies if t.family.startswith("peel") and t.years]
    if not peel:
        return None

    def distance(t: Taxonomy) -> tuple[int, int]:
        if year is None:
            return 0, -t.years[0]
        return (0 if year in t.years else min(abs(year - y) for y in t.years)), -t.years[0]

    nearest = min(peel, key=distance)
    themes: dict[str, Theme] = {}
    for theme in nearest.themes:
        themes.setdefault(theme.key, theme)  # PEEL 2015 names three questions under one key
    return Taxonomy(id="thematic_peel_themes", family="thematic", name="PEEL themes (thematic report)", years=(),
                    title_cues=(), heading_cues=(), themes=tuple(themes.values()), graded=False)


#: Talk of crime recording, and of PEEL, in a document's opening.
_RECORDING_TALK = re.compile(r"\bcrime[- ]recording\b|\bcrime data integrity\b|\brecord(?:s|ed|ing)? (?:\w+ ){0,2}crimes?\b|"
                             r"\bcrimes? (?:\w+ ){0,2}(?:recorded|unrecorded)\b|\brecording (?:rate|standards?|accuracy)\b", re.I)
#: ... and of the other policing a PEEL inspection covers.
_OTHER_TALK = re.compile(r"\b999\b|\bemergency calls?\b|\binvestigat\w+|\bstop and search\b|\banti-social\b|\boffenders?\b|"
                         r"\bpublic protection\b|\bneighbourhood\b|\bsafeguard\w*|\bvulnerab\w+|\bworkforce\b|\bprevent\w*|"
                         r"\brespond(?:s|ing)? to the public\b", re.I)
_PEEL_TALK = re.compile(r"\bPEEL\b|(?i:police effectiveness, efficiency and legitimacy)")


def recording_taxonomy(opening: str, year: int | None, taxonomies: tuple[Taxonomy, ...]) -> Taxonomy | None:
    """The crime data integrity taxonomy of ``year`` for a release or letter whose opening
    talks of the force's crime recording (three mentions or more, and at least twice as
    often as of the other policing PEEL covers: calls, investigations, safeguarding, …) and
    never of PEEL, in a year the programme ran; else None. (A PEEL letter with one cause of
    concern about recording talks of much else; from 2021 recording is a PEEL area.)

    Such a document's title often names neither programme ("Victims can trust the force to
    record their crimes, inspectors find"), and without this it was read against the PEEL
    areas of its year, where its sentences fall under investigating crime or protecting
    vulnerable people instead of the recording inspection's own parts.
    """
    recording = len(_RECORDING_TALK.findall(opening))
    if recording < 3 or recording < 2 * len(_OTHER_TALK.findall(opening)) or _PEEL_TALK.search(opening):
        return None
    # the programme ran in 2014 and from 2016 to 2020; from 2021 crime recording is a PEEL area
    return cdi_taxonomy(year, taxonomies, year_after=True)


def cdi_taxonomy(year: int | None, taxonomies: tuple[Taxonomy, ...], year_after: bool = False) -> Taxonomy | None:
    """The crime data integrity taxonomy whose programme ran in ``year`` (or, with
    ``year_after``, the year before: a release published after the inspection year), else None."""
    if year is None:
        return None
    cdi = [t for t in taxonomies if t.family.startswith("crime_data_integrity") and t.years
           and (year in t.years or (year_after and year - 1 in t.years))]
    return taxonomy_for_year(year, cdi) if cdi else None


def choose_taxonomy(title: str | None, headings: list[str], year: int | None,
                    taxonomies: tuple[Taxonomy, ...], report_type: str | None = None,
                    kind: str | None = None, force: str | None = None,
                    force_in_title: bool = False, opening: str = "") -> tuple[str, Taxonomy | None]:
    """Family and taxonomy, or the user's ``report_type`` and its best taxonomy.

    A letter, press release or recommendation register about one force that names
    no programme ("I am writing to close the cause of concern…") is about that
    force's PEEL inspection: it takes the PEEL taxonomy of its year, so its
    sentences line up with the force's reports by theme instead of taking the
    letter's own headings ("Background", "Our findings") as themes. So does a
    document whose title names the force it is about ("Metropolitan Police Service
    returned to routine monitoring"), which no national thematic report is. One whose
    opening is about the force's crime recording and names no PEEL inspection (a release
    on a crime data integrity report, "… inspectors find") takes that programme's
    taxonomy instead (:func:`recording_taxonomy`).
    """
    family, taxonomy = detect_family(title, headings, year, taxonomies)
    if taxonomy is None and kind == "crime_data_integrity_reinspection" and not report_type:
        # a page that names the re-inspection on its cover but whose headings are its own (a
        # news article with the grade in a table): the programme's areas, not its own headings
        taxonomy = cdi_taxonomy(year, taxonomies)
        if taxonomy is not None:
            family = taxonomy.family
    # (an inspection of a force's custody suites names the force, "… custody suites in
    # Cleveland Police", and is still a custody inspection, whose own sections are themed)
    about_force = not report_type and force and kind != "custody_inspection" and (kind in FORCE_KINDS or force_in_title)
    if about_force and (taxonomy is None or (taxonomy.family.startswith("peel") and not _PEEL_TALK.search(title or ""))):
        # (a PEEL taxonomy found only from the year and a heading such as "Leadership")
        recording = recording_taxonomy(opening, year, taxonomies)
        if recording is not None:
            family, taxonomy = recording.family, recording
    if taxonomy is None and about_force:
        peel = peel_taxonomy_for(year, taxonomies)
        if peel is not None:
            family, taxonomy = peel.family, peel
    if report_type:
        family = report_type
        cands = [t for t in taxonomies if t.family == family or t.id == family]
        if cands:
            _, taxonomy = detect_family(title, headings, year, tuple(cands))
            taxonomy = taxonomy or taxonomy_for_year(year, cands)
    return family, taxonomy


def taxonomy_for_year(year: int | None, taxonomies: Sequence[Taxonomy]) -> Taxonomy:
    """Of one family's taxonomies (at least one), the one a report published in ``year`` uses.

    With ``--report-type peel_2014_2019`` and nothing in the title or headings to tell
    the year's programme (a press release, a letter, a page of a report), the family's
    first taxonomy was taken whatever the year: a 2024 release had the 2021/22 area
    names and a 2018 page the 2014 questions. A report is mostly published the year
    after the programme it belongs to starts (PEEL 2017's reports came out in late 2017
    and 2018), so the programme that started the year before and still covers the year
    comes first, then the latest that covers it, then the nearest in time.
    """
    if year is None:
        return taxonomies[0]
    covering = [t for t in taxonomies if t.years and year in t.years]
    started_before = [t for t in covering if t.years[0] == year - 1]
    if started_before:
        return started_before[0]
    if covering:
        return max(covering, key=lambda t: t.years[0])
    dated = [t for t in taxonomies if t.years]
    if not dated:
        return taxonomies[0]
    return min(dated, key=lambda t: min(abs(year - y) for y in t.years))


#: The ``report_type`` of a report by another inspectorate (see ``OTHER_INSPECTORATES``).
OTHER_INSPECTORATE = "other_inspectorate"
#: The police inspectorate's names: HMIC, and HMICFRS from July 2017 (see :func:`_police_name`).
POLICE_INSPECTORATES = ("HMIC", "HMICFRS")
#: How :func:`detect_publisher` names HM Inspectorate of Prisons.
PRISONS = "HM Inspectorate of Prisons"
#: Other inspectorates whose reports may sit in the same archive, as they sign them.
OTHER_INSPECTORATES = (
    (re.compile(r"\bOfsted\b|Office for Standards in Education", re.I), "Ofsted"),
    (re.compile(r"HM Inspectorate of Prisons|HMI Prisons|\bHMIP\b", re.I), PRISONS),
    (re.compile(r"HM Inspectorate of Probation|HMI Probation", re.I), "HM Inspectorate of Probation"),
    (re.compile(r"Crown Prosecution Service Inspectorate|\bHMCPSI\b", re.I), "HMCPSI"),
    (re.compile(r"Care Quality Commission|\bCQC\b"), "Care Quality Commission"),
    (re.compile(r"\bEstyn\b|Inspectorate for Education and Training in Wales", re.I), "Estyn"),
    (re.compile(r"Care Inspectorate Wales|\bCIW\b"), "Care Inspectorate Wales"),
    (re.compile(r"HM Inspectorate of Constabulary in Scotland|\bHMICS\b"), "HMICS"),
)


#: Report kinds that are not a family's standard report, by what their title or opening says.
KINDS = (
    ("revisit_letter", re.compile(r"\brevisit (?:letter|of)\b|\bwe (?:have )?revisited\b|\bour revisit\b|"
                                  r"\bcause of concern (?:closed|revisit)|\bclos(?:ure|ing|ed) (?:of )?(?:the |a |our |its )?causes? of concern\b|\bprogress (?:letter|against (?:the|our) causes? of concern)", re.I)),
    # (an accelerated cause of concern is published on its own, as a letter or a short report)
    ("cause_of_concern_letter", re.compile(r"\b(?:accelerated )?causes? of concern\b.*\bletter\b|\bletter\b.*\bcauses? of concern\b|"
                                           r"\baccelerated causes? of concern\b|"
                                           r"\benhanced monitoring\b.*\bletter\b|\bengage\b.*\bletter\b", re.I | re.S)),
    ("recommendation_register", re.compile(r"\brecommendations? (?:register|tracker|log)\b|\bstatus of (?:this )?recommendation\b", re.I)),
    ("press_release", re.compile(r"\b(?:press|news) release\b|\bnotes to editors\b", re.I)),
    # the joint inspections of police custody (HM Inspectorate of Prisons with HMIC/HMICFRS):
    # "… inspection visit to police custody suites in …", "Inspection of custody suites in …",
    # "Report on an unannounced visit to the custody suites of …"
    ("custody_inspection", re.compile(r"\b(?:inspection|inspecting|review|visit)\b[^\n]{0,60}\bcustody\b"
                                      r"|\bcustody suites?\b[^\n]{0,60}\b(?:inspection|review)\b", re.I)),
)
#: A title that calls the document a revisit (letters and the 2017 revisit reports alike).
_REVISIT_TITLE = re.compile(r"\brevisit(?:ed|s)?\b", re.I)
#: A letter's salutation, or the first line of its body where a copy starts below it
_LETTER = re.compile(r"^\s*(?:Dear (?:Chief Constable|Commissioner|Mr|Ms|Mrs|Dr|Sir)\b|I am writing to (?:you|inform|confirm|update|let)\b)",
                     re.I | re.M)
_CDI_REINSPECTION = re.compile(r"\bcrime[ -](?:data integrity|recording)\b.*\b(?:re-?inspection|201[6-9]|2020)\b", re.I)


#: A heading only news releases have.
_RELEASE_HEADING = re.compile(r"^\s*notes? (?:to|for) editors\b", re.I)
#: The panel above a letter published as a web page (From, To, CC): the inspectorate's
#: monitoring letters open with it and often with no salutation ("Thank you for …").
_LETTER_PANEL = re.compile(r"^\s*letter (?:information|details)\s*:?\s*$", re.I)


def letter_panel(headings: Sequence[str]) -> bool:
    """Whether a heading is a published letter's information panel ("Letter information")."""
    return any(_LETTER_PANEL.match(h) for h in headings)


def detect_kind(title: str | None, cover: str, opening: str, published: str | None,
                headings: Sequence[str] = ()) -> str | None:
    """The report kind when it is not the family's standard report: a letter, a press
    release, a recommendation register or a crime data integrity re-inspection (2016–2019).

    A news release says so on its cover or ends with "Notes to editors", a heading
    only releases have (``headings``); a letter opens with a salutation, or, published as
    a web page, under a "Letter information" panel."""
    head = "\n".join(x for x in (title or "", cover) if x)
    for kind, pat in KINDS:
        if pat.search(head):
            return kind
    if any(_RELEASE_HEADING.match(h) for h in headings):
        return "press_release"
    if title and _REVISIT_TITLE.search(title):
        return "revisit_letter"  # a revisit published as a report ("… vulnerability revisit – Force")
    if _LETTER.search(opening) or letter_panel(headings):
        return "revisit_letter" if KINDS[0][1].search(opening) else "cause_of_concern_letter"
    if _CDI_REINSPECTION.search(head) or (re.search(r"\bcrime data integrity\b", head, re.I)
                                          and published is not None and "2016" <= published[:4] <= "2020"):
        return "crime_data_integrity_reinspection"
    return None


#: A national child protection inspection of one force, or its post-inspection review, by
#: its title ("… – national child protection inspection", "National Child Protection
#: Inspections: North Wales Police", "… post-inspection review"). Where no force is known,
#: the programme's plural name is its national summary, a thematic.
_CHILD_PROTECTION = re.compile(r"\bchild protection\b.*\b(?:inspections?|review)\b|\bpost-inspection review\b", re.I)
_PLURAL_PROGRAMME = re.compile(r"\binspections\b", re.I)
#: The 2016-2019 crime data integrity family (its reports are re-inspections of 2014's).
_CDI_LATER_FAMILY = "crime_data_integrity"


def report_type_of(kind: str | None, family: str, title: str | None) -> str:
    """The ``report_type`` a reader files the report under: its kind when it is no family's
    standard report, else its family. A national child protection inspection (or its
    post-inspection review) is named so, though its themes are its year's PEEL areas (or,
    the force unknown, a thematic report's); a 2016-2019 crime data integrity report is the
    re-inspection it is. Only the name changes here: what steers themes and grades is ``kind``."""
    if kind:
        return kind
    if family == _CDI_LATER_FAMILY:
        return "crime_data_integrity_reinspection"
    if title and _CHILD_PROTECTION.search(title) and (
            family.startswith("peel") or (family == "thematic" and not _PLURAL_PROGRAMME.search(title))):
        return "child_protection_inspection"
    return family


#: Programmes only the police inspectorate runs, named on a report's cover.
_POLICE_PROGRAMME = re.compile(r"\bPEEL\b|(?i:police effectiveness, efficiency and legitimacy|crime data integrity)")


def detect_publisher(cover: str, published: str | None, text: str = "", joint_custody: bool = False) -> str | None:
    """Who published the report, read from the document.

    The cover decides, by the first inspectorate it names (the masthead comes
    before any other mention): HMICFRS (from July 2017), HMIC (before), or another
    inspectorate (Ofsted, HM Inspectorate of Prisons, …) named as such. Without a
    name on the cover the opening pages decide the same way. A report that names only
    a programme the police inspectorate runs (PEEL, crime data integrity) on its cover is
    that inspectorate's, named by its date; a document that names no inspectorate and no
    such programme gets None rather than a guess. An inspection of police custody
    (``joint_custody``) that names both inspectorates is theirs jointly, whichever it
    names first.
    """
    # acronyms in capitals only: "hmic" in running text is this tool, not the inspectorate
    police = [(re.compile(r"\bHMICFRS\b|(?i:Inspectorate of Constabulary and Fire (?:&|and) Rescue)"), "HMICFRS"),
              (re.compile(r"\bHMIC\b|(?i:Inspectorate of Constabulary)"), "HMIC")]
    names = [*police, *OTHER_INSPECTORATES]
    if _POLICE_PROGRAMME.search(cover):
        # a PEEL or crime data integrity report is the police inspectorate's, whichever other
        # inspectorate it mentions first ("the Care Quality Commission also inspected custody")
        names = police
    for where in (cover, text):
        # the masthead comes first: the earliest name on the page is the publisher
        hits = [(m.start(), -len(m.group(0)), name) for pat, name in names for m in [pat.search(where)] if m]
        if hits:
            name = min(hits)[2]
            police_too = sorted(h for h in hits if h[2] in POLICE_INSPECTORATES)
            if joint_custody and police_too and any(h[2] == PRISONS for h in hits):
                return f"{PRISONS} and {_police_name(police_too[0][2], published)}"
            if name in POLICE_INSPECTORATES:
                return _police_name(name, published)
            if name == PRISONS and police_too:
                # police custody is inspected jointly, the prisons inspectorate named first
                # ("… by HM Inspectorate of Prisons and HM Inspectorate of Constabulary")
                return f"{PRISONS} and {_police_name(police_too[0][2], published)}"
            return name
    if _POLICE_PROGRAMME.search(cover) and published and published != "2017":
        return _police_name("HMICFRS", published)
    return None


def _police_name(name: str, published: str | None) -> str:
    """The police inspectorate's name when the report was published: it took on fire and
    rescue in July 2017, so the month decides (a year alone decides but for 2017); without
    a date, the name the document uses."""
    if not published or published == "2017":
        return name
    return "HMICFRS" if published >= "2017-07" else "HMIC"


def police_publisher(publisher: str | None) -> bool:
    """Whether the police inspectorate published the report, alone or jointly (custody
    inspections with HM Inspectorate of Prisons), or nothing names another inspectorate."""
    return publisher is None or publisher.split(" and ")[-1] in POLICE_INSPECTORATES
