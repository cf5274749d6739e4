"""Orchestration: files in, :class:`~extractor.records.Report` out.

The stages run in the order of the package layout: ``read`` (files → blocks),
``understand`` (sentences, sections, metadata, themes, grades), ``classify``
(labels, content themes, boilerplate), then ``publish`` writes outputs. This
module only calls them in that order; each decision lives in its stage.

:func:`extract_reports` walks sources lazily, one file at a time, and yields
either a report or a :class:`~extractor.errors.SourceError` for that file, so one
bad file never stops or loses the rest of a batch. :func:`extract` runs a whole
batch and applies the rules that need every report (boilerplate).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.errors import HmicError, SourceError, UsageError, printable
from extractor.read.furniture import LETTER
from extractor.read.sources import check_reader, iter_sources, read_document, report_id_of
from extractor.records import Block, Finding, ParsedDocument, Report
from extractor.settings import (
    DEFAULT_FOCUS_BOOST,
    DEFAULT_FOCUS_BOOST_SEVERAL,
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_INFLATED_BYTES,
    DEFAULT_MAX_TEXT_CHARS,
    DEFAULT_SCHEDULER_TIMEOUT,
    DEFAULT_SECONDS_PER_FILE,
    DEFAULT_WORKER_MEMORY_BYTES,
    DEFAULT_WORKER_MEMORY_HEADROOM,
    LayoutSettings,
)

if TYPE_CHECKING:
    from spacy.language import Language

    from extractor.classify.model import FrozenModel
    from extractor.understand.themes import Taxonomy


@dataclass
class Options:
    """What a run may vary; defaults are what ``hmic`` does."""

    reader: str = "pdfium"
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    taxonomies: tuple[Taxonomy, ...] = ()
    report_type: str | None = None  # override family detection
    nlp: Language | None = None
    model: FrozenModel | None = None
    #: Where ``model`` was loaded from, so worker processes can load the same model.
    model_dir: str | None = None
    #: Worker processes that read files; 0 reads them in this process. Output order and
    #: content do not depend on it; workers also keep a file that crashes its reader
    #: from taking the batch down (the CLI always uses at least one).
    jobs: int = 0
    #: Largest file hmic reads, in bytes; larger files get "too large" (raise to read them).
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    #: Most text a report may hold, in characters (about 3,000 pages); more is refused.
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    #: Most a PDF's compressed streams (other than images) may inflate to, in bytes.
    max_inflated_bytes: int = DEFAULT_MAX_INFLATED_BYTES
    #: Time a worker may spend on one file, in seconds (0: no limit).
    seconds_per_file: float = DEFAULT_SECONDS_PER_FILE
    #: Address space a worker may use, in bytes: a decompression bomb fails in its worker.
    worker_memory_bytes: int = DEFAULT_WORKER_MEMORY_BYTES
    #: A Dask scheduler to read files on ("tcp://host:8786"), instead of local workers.
    scheduler: str | None = None

    def __post_init__(self) -> None:
        check_reader(self.reader)
        if self.model is None and self.model_dir:
            from extractor.classify.model import FrozenModel

            self.model = FrozenModel.load(self.model_dir)

    def for_worker(self) -> Options:
        """The same options for a worker: without the spaCy pipeline, which each worker
        builds for itself; a user's model, already loaded, goes with them (pickled once
        per worker, never loaded again there)."""
        return replace(self, nlp=None, jobs=0, scheduler=None)


#: How many sentences back a quotation mark still makes a sentence part of someone's quotation
#: for grades: a quotation runs a few sentences; one never closed must not silence the rest.
QUOTE_REACH = 3


def build_report(doc: ParsedDocument, opts: Options, boilerplate: set[str] | None = None) -> Report:
    """Metadata, sections, themes, labels and grades for one parsed document."""
    # The stages are imported here, not with this module, so a run over an unchanged
    # archive (which only hashes files) starts fast.
    from extractor.understand.family import (
        LETTER_KINDS,
        OTHER_INSPECTORATE,
        choose_taxonomy,
        detect_kind,
        detect_publisher,
        letter_panel,
        police_publisher,
        report_type_of,
        thematic_taxonomy,
    )
    from extractor.understand.grades import (
        PILLARS,
        add_sentence_grade,
        grades_elsewhere,
        heading_list_grade,
        list_item_grade,
        list_leadin_grade,
        list_row_grade,
        sets_up_an_illustration,
        stated_grade,
        table_grades,
    )
    from extractor.understand.metadata import (
        detect_force,
        detect_published,
        detect_title,
        forces_in,
        latest_dated_year,
        year_of,
    )
    from extractor.understand.sections import place_sentences, title_pillar
    from extractor.understand.themes import (
        CONCERN_HEADING,
        builtin_taxonomies,
        custody_theme,
        inspection_theme,
    )
    from extractor.vocabulary import themeless_section

    taxonomies = opts.taxonomies or builtin_taxonomies()
    title = detect_title(doc.blocks, doc.cover_lines)
    doc.blocks = _title_repeats_as_headings(doc.blocks, title)
    published = detect_published(doc.cover_text, doc.blocks)
    force = detect_force(title, doc.cover_text, doc.blocks)
    # a grade table's rows name the report's graded areas: as telling of its family as headings
    headings = [b.text for b in doc.blocks if b.kind == "heading"] + [row.area for row in doc.grade_rows]
    # the first paragraphs and headings, read for the kind, the publisher and the family
    opening = _opening_text(doc)
    kind = detect_kind(title, doc.cover_text, opening, published, headings)
    if opts.report_type and kind not in LETTER_KINDS:
        # the user's family decides what the document is; a letter within it is still read
        # as a letter (its cause of concern runs through it, topics are taken in turn)
        kind = None
    report_year = year_of(published, title, doc.cover_text)
    # the year that picks the family's programme: the document's own, else no earlier than
    # the latest date its opening gives (an undated letter); never reported as published
    family_year = report_year or latest_dated_year(opening)
    # (a document dated by its year alone is named by that year, 2017 apart)
    publisher = detect_publisher(doc.cover_text, published or (str(report_year) if report_year else None), opening,
                                 joint_custody=kind == "custody_inspection")
    if not police_publisher(publisher) and not opts.report_type:
        # another inspectorate's report: no police family's areas, themes or grades apply
        # ("Leadership and management: Good" in a school's table is no PEEL area)
        family, taxonomy = OTHER_INSPECTORATE, None
    else:
        family, taxonomy = choose_taxonomy(title, headings, family_year, taxonomies, opts.report_type,
                                           kind=kind, force=force,
                                           force_in_title=bool(force and title and force in forces_in(title)),
                                           opening=opening)
    if kind == "custody_inspection" and taxonomy is not None and not taxonomy.family.startswith("peel"):
        kind = None  # a taxonomy of the user's own for custody reports names their themes
    # spaCy and the model's numpy are imported here, not with this module, so a run
    # with nothing to read starts fast
    from extractor.classify.labels import classify
    from extractor.classify.themes import (
        FOCUSED_KINDS,
        align_own_sections,
        content_themes,
        fill_with_dominant,
        focus_theme,
        several_concerns,
    )
    from extractor.understand.sentences import default_nlp, split_blocks

    # the one pillar a 2014-2017 pillar report is about: it places the report's sentences and
    # names a sentence's overall grade
    report_pillar = title_pillar(title) if taxonomy is not None else None
    placed = list(place_sentences(split_blocks(doc.blocks, opts.nlp or default_nlp()), taxonomy,
                                  report_pillar=report_pillar,
                                  # a letter or a news release takes its topics one by one
                                  topics_in_turn=kind in LETTER_KINDS or kind == "press_release"))
    texts = [p.sentence.text for p in placed]
    theme_taxonomy = taxonomy
    # PEEL 2015's custody theme for a custody inspection of its years, None for a later one
    custody = custody_theme(taxonomies, family_year) if kind == "custody_inspection" else None
    if taxonomy is None and police_publisher(publisher) and (
            kind is None or (kind == "custody_inspection" and custody is None)):
        # a national thematic report: its own sections are lined up with the PEEL themes
        theme_taxonomy = thematic_taxonomy(family_year, taxonomies)
        if theme_taxonomy is not None:
            placed = align_own_sections(texts, placed, theme_taxonomy, opts.model,
                                        custody=kind == "custody_inspection")
    labels = classify(
        texts,
        sections=[p.section for p in placed],
        kinds=[p.sentence.kind for p in placed],
        model=opts.model,
        boilerplate=boilerplate,
        prev=[None, *texts[:-1]],
    )
    focus = (focus_theme(title, headings, taxonomy, opts.model, opening=texts,
                         stated=[t for p, t in zip(placed, texts, strict=True)
                                 if p.section and CONCERN_HEADING.fullmatch(p.section)])
             if kind in FOCUSED_KINDS else None)
    boost = (DEFAULT_FOCUS_BOOST_SEVERAL if focus is not None and several_concerns(headings, taxonomy, texts, opts.model)
             else DEFAULT_FOCUS_BOOST)
    content = content_themes(texts, placed, theme_taxonomy, opts.model, focus=focus, force=force,
                             focus_boost=boost)
    # a report whose family is about one subject (crime recording) files what fits no
    # narrower theme under it: its introduction, method and overall judgement
    subject = taxonomy.by_key().get(taxonomy.subject) if taxonomy is not None and taxonomy.subject else None
    # an inspection of police custody of PEEL 2015's years (or earlier) is about custody
    # throughout, whatever else a sentence touches (health care, the use of force, children):
    # readers file it under custody, the theme PEEL 2015 gave its custody inspections; later
    # frameworks have no custody area, so a later custody report is themed by content under
    # that year's areas, its own sections lined up with them as a thematic report's are
    # (an inspection of one subject that PEEL 2015 also inspected on its own, named in the
    # title, is about that subject the same way: honour-based violence, firearms licensing;
    # a family the user chose with --report-type brings only its own themes, and a taxonomy
    # of the user's own names its own, as for custody reports above)
    if kind == "custody_inspection":
        inspected = custody
    elif taxonomy is not None and not taxonomy.family.startswith("peel"):
        inspected = None
    elif opts.report_type:
        inspected = inspection_theme(title, (taxonomy,) if taxonomy is not None else ())
    else:
        inspected = inspection_theme(title, taxonomies)
    findings: list[Finding] = []
    one_pillar = PILLARS.get(report_pillar or "")
    # a revisit or cause-of-concern letter follows up an inspection and grades nothing: the
    # grades it names (in sentences, lists or a table) are that inspection's, recalled; only
    # what it says is not graded stands. A letter by its frame ("Dear Chief Constable,") or
    # its title, not a report or release that only mentions one; a family the user gives
    # says what the document is
    letter = (kind in LETTER_KINDS and not opts.report_type
              and (any(b.kind == LETTER for b in doc.blocks) or bool(title and _LETTER_TITLE.search(title))
                   or letter_panel(headings)))
    rows = [r for r in doc.grade_rows if r.grade == "not graded"] if letter else doc.grade_rows
    grades, grade_sources, warnings = table_grades(rows, taxonomy, own_names=family == OTHER_INSPECTORATE)
    list_grade: str | None = None  # the grade a judgement list's lead-in gives its items
    leadin = ""
    lead_sentence: str | None = None  # the last sentence that is no list item
    lead_section: str | None = None  # ... and the section it stands in
    for i, (p, lab) in enumerate(zip(placed, labels, strict=True)):
        # a pronoun that opens a section ("Its response to the public requires improvement.")
        # stands for the force, not for the last sentence of the section before
        stated = stated_grade(p.sentence.text, force=force, taxonomy=taxonomy, section_theme=p.theme,
                              previous=texts[i - 1] if i and placed[i - 1].section == p.section else None,
                              year=report_year)
        source, quoted = "sentence", p.sentence.text
        if stated is None:
            stated = list_row_grade(p.sentence.text, p.sentence.kind, taxonomy)
            if stated is not None:
                source = "list"
                if (lead_sentence is not None and (lead_section == p.section or lead_sentence.rstrip().endswith(":"))
                        and grades_elsewhere(lead_sentence, force=force, taxonomy=taxonomy, year=report_year,
                                             heading=False)):
                    # "Other forces in the region received these grades:"; a sentence that only
                    # ended the section before (naming the year the force went into Engage) is
                    # no lead-in to a list under a heading of its own
                    stated = None
        if stated is None and (stated := heading_list_grade(p.section, p.sentence.text, p.sentence.kind,
                                                           taxonomy)) is not None:
            source, quoted = "list", f"{p.section}: {p.sentence.text}"
        if stated is None and list_grade and taxonomy is not None:
            stated = list_item_grade(p.sentence.text, p.sentence.kind, list_grade, taxonomy)
            if stated is not None:
                source, quoted = "list", f"{leadin} {p.sentence.text}"
        if stated is not None and (grades_elsewhere(p.section, force=force, taxonomy=taxonomy, year=report_year,
                                                    heading=True) or sets_up_an_illustration(lead_sentence)):
            stated = None  # under "Our 2019 judgements" or "Chief constable's foreword", or after
            # "The following scenario is fictional."
        if lab.spoken and any(q in t for t in texts[max(0, i - QUOTE_REACH):i + 1] for q in ('"', "“", "”")):
            stated = None  # a commissioner's "We judge the force to be good at …" in her quotation:
            # someone else's words state no grade of the inspectorate's (a quotation mark near
            # it: one left open pages before silences nothing, as an independent review showed)
        if stated is not None and letter and stated.grade != "not graded":
            stated = None  # "As a result, we judged its strategic planning … inadequate" in a
            # letter recalls the inspection it follows up (its "This revisit does not lead to a
            # new graded judgment" still says so)
        if p.sentence.kind != "bullet":
            lead_sentence, lead_section = p.sentence.text, p.section
        if source != "list" and not (list_grade and p.sentence.kind == "bullet"):
            # a sentence that is not an item of the current list ends it, and may open another
            list_grade = list_leadin_grade(p.sentence.text, force=force, taxonomy=taxonomy)
            leadin = p.sentence.text
        # a judgement names its area: outside a theme section, that is the sentence's theme;
        # one that judges a whole pillar or the force overall is about no one area
        if stated is not None and (p.theme is None or stated.area is not None):
            # "Managing offenders and suspects was rated adequate." under a news article's
            # crosshead about vulnerable people is about the area it grades
            theme = stated.area
        else:
            theme = p.theme or content[i] or subject
        if p.theme is not None and content[i] is not None:
            theme = content[i]  # a graded area reported inside a wider section (see Theme.contains)
        if inspected is not None and p.section and not themeless_section(p.section):
            theme = inspected
        if stated is not None and stated.name == "Overall" and one_pillar is not None:
            # "Overall, the constabulary is good." in a report on one pillar grades that pillar,
            # as its table's "Overall effectiveness judgment" row does: one grade, and a
            # warning where the two disagree
            stated = replace(stated, name=one_pillar)
        findings.append(
            Finding(
                text=p.sentence.text, page=p.sentence.page, section=p.section,
                theme=theme.name if theme else None, theme_key=theme.key if theme else None,
                label=lab.label, confidence=lab.confidence, grade=stated.grade if stated else None,
                index=p.sentence.index, kind=p.sentence.kind, clause=lab.clause,
                grade_area=stated.name if stated else None,
                strength_clause=lab.sides[0] if lab.sides else None,
                area_clause=lab.sides[1] if lab.sides else None,
            )
        )
        if stated:
            warnings += add_sentence_grade(grades, grade_sources, stated, quoted, p.sentence.page, source=source)
    if taxonomy is None and theme_taxonomy is not None:
        # a national or thematic inspection of one subject (child protection, stalking): what
        # no theme claims by its own words is about that subject, as its readers file it
        fill_with_dominant(findings, theme_taxonomy)
    return Report(
        source=doc.source, report_id=doc.report_id, force=force, title=title,
        published=published, report_type=family if opts.report_type else report_type_of(kind, family, title), findings=findings, grades=grades,
        grade_sources=grade_sources, warnings=[*doc.warnings, *warnings],
        publisher=publisher, pages=doc.pages,
    )


#: A title that names the document a letter ("North Yorkshire Police: PEEL cause of concern
#: letter", "Letter to the chief constable"): with no salutation read, the title says so;
#: not a release's headline that reports one ("Inspectorate publishes report and cause of
#: concern letter").
_LETTER_TITLE = re.compile(r"^(?!.*\b(?:news|press)\s+release\b)(?!.*\bpublish\w*\b).*\bletter\b", re.I)
#: A contents line's dot leaders and page number: "Overall summary ........ 3".
_LEADERS = re.compile(r"(?:\s*[.·…]{2,}\s*|\s+)\d{1,4}\s*$")


def _title_repeats_as_headings(blocks: list[Block], title: str | None) -> list[Block]:
    """The report's title where it comes again (as the first heading, or a contents line):
    a heading, not a finding, however long a news release's headline runs."""
    if not title:
        return blocks
    key = " ".join(title.split()).casefold()
    return [replace(b, kind="heading") if b.kind == "para"
            and " ".join(_LEADERS.sub("", b.text).split()).casefold() == key else b for b in blocks]


def _opening_text(doc: ParsedDocument, blocks: int = 60) -> str:
    """The first paragraphs and headings: where a report names who wrote it."""
    return "\n".join(b.text for b in doc.blocks[:blocks])


def read_report(path: str | Path, options: Options | None = None) -> Report:
    """Read one report file; raise :class:`SourceError` if it cannot be read.

    No batch-wide rules apply to a single file (see :func:`extract`).
    """
    opts = options or Options()
    return build_report(read_document(Path(path), opts.reader, opts.layout, opts.max_inflated_bytes), opts)


Outcome = Report | SourceError


def extract_reports(
    sources: Iterable[str | Path],
    options: Options | None = None,
    on_file: Callable[[Path], None] | None = None,
    skip_ids: set[str] | None = None,
) -> Iterator[Outcome]:
    """Yield a Report or a SourceError per file, in order, never stopping on a bad file.

    Files whose content hash is in ``skip_ids`` (already stored) are passed over,
    so re-runs over a growing archive only read new files. With ``options.jobs``
    above 1, files are read in worker processes (the order of results is the
    order of the files); a file that crashes or exhausts its worker becomes that
    file's error and the batch goes on. Boilerplate shared by several reports
    needs the whole batch: use :func:`extract`.
    """
    opts = options or Options()
    todo: list[Path] = []
    for path in iter_sources(sources):
        if on_file:
            on_file(path)
        try:
            if skip_ids and path.is_file() and report_id_of(path) in skip_ids:
                continue
        except OSError:
            pass
        if opts.jobs <= 0 and not opts.scheduler:
            yield read_one(path, opts)
        else:
            todo.append(path)
    if todo and opts.scheduler:
        yield from _on_cluster(todo, opts)
    elif todo:
        yield from _in_workers(todo, opts)


def read_one(path: Path, opts: Options) -> Outcome:
    """Read one file into a report, or the error that says why it could not be read."""
    import zipfile  # here, not with the module: a run over an unchanged archive reads no file

    try:
        size = path.stat().st_size if path.is_file() else 0
        if size > opts.max_file_bytes:
            return SourceError(str(path), f"too large ({size:,} bytes; the limit is {opts.max_file_bytes:,}, "
                                          "raise it with --max-file-mb)")
        if path.suffix.lower() != ".pdf" and size // 2 > opts.max_text_chars:
            # a text file holds at least half as many characters as bytes (UTF-8 or UTF-16):
            # refuse it before decoding megabytes of one line
            return SourceError(str(path), f"too large (at least {size // 2:,} characters of text; the limit "
                                          f"is {opts.max_text_chars:,}, raise it with --max-text-mb)")
        doc = read_document(path, opts.reader, opts.layout, opts.max_inflated_bytes)
        chars = sum(len(b.text) for b in doc.blocks)
        if chars > opts.max_text_chars:
            return SourceError(str(path), f"too large ({chars:,} characters of text; the limit is "
                                          f"{opts.max_text_chars:,}, raise it with --max-text-mb)")
        return build_report(doc, opts)
    except SourceError as exc:
        return exc
    except HmicError:
        raise
    except MemoryError:
        return SourceError(str(path), "too large to read within the memory limit")
    except RecursionError:
        return SourceError(str(path), "too deeply nested to read")
    except (zipfile.BadZipFile, OSError) as exc:
        return SourceError(str(path), f"cannot read file ({exc.__class__.__name__}: {exc})")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return SourceError(str(path), f"unexpected error while reading ({type(exc).__name__}: {exc})")


_WORKER_OPTIONS: Options | None = None
_WORKER_STARTED: Any = None


def _worker_init(opts: Options, memory_bytes: int, started: Any) -> None:
    """Each worker builds its own spaCy pipeline and model, then limits its own memory.

    The limit is the worker's size once loaded plus a fixed headroom (and never
    more than ``memory_bytes``): a decompression bomb or runaway file fails in
    its worker while every worker stays well under a gigabyte.
    """
    global _WORKER_OPTIONS, _WORKER_STARTED
    import faulthandler

    faulthandler.disable()  # a worker that aborts is reported as that file's error, not as a dump
    from extractor.classify.labels import default_model
    from extractor.understand.sentences import default_nlp

    if opts.model is None:
        default_model()
    default_nlp()
    try:
        import resource

        limit = min(memory_bytes, _address_space() + DEFAULT_WORKER_MEMORY_HEADROOM)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform, or a lower hard limit already applies
    _WORKER_OPTIONS = opts
    _WORKER_STARTED = started


def _preload(opts: Options) -> None:
    """Load spaCy and the model once, in this process, before the workers are forked.

    Forked workers inherit them (``_worker_init`` then finds them loaded), so the
    half-second import is paid once instead of once per worker, on a machine whose
    cores would otherwise all spend the start of a run importing the same modules;
    the pages are shared between workers until written. Only called when there is
    something to read: a run over an unchanged archive still imports neither.
    """
    from extractor.classify.labels import default_model
    from extractor.understand.sentences import default_nlp

    if opts.model is None:
        default_model()
    default_nlp()


def _address_space() -> int:
    """The process's address space now, in bytes (0 where the system does not say).

    A worker may grow by a fixed headroom beyond what it needs at start: with its
    libraries mapped that keeps it well under a gigabyte of memory, however many
    threads the numerical libraries reserved space for on this machine.
    """
    import os

    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


class _FileTimeout(BaseException):
    """Raised by the worker's alarm; not an Exception, so no reader's handler swallows it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _FileTimeout()


def _worker_read(i: int, path: Path) -> Outcome:
    import signal

    assert _WORKER_OPTIONS is not None
    if _WORKER_STARTED is not None:
        _WORKER_STARTED.put(i)  # so that a crash can be pinned on the files then in flight
    limit = _WORKER_OPTIONS.seconds_per_file
    if limit and hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return read_one(path, _WORKER_OPTIONS)
    except _FileTimeout:
        return SourceError(str(path), f"too slow to read (over {limit:g} seconds; raise --max-seconds)")
    finally:
        if limit and hasattr(signal, "setitimer"):
            signal.setitimer(signal.ITIMER_REAL, 0)


def _in_workers(paths: list[Path], opts: Options) -> Iterator[Outcome]:
    """Read files in worker processes; results come back in the order of ``paths``.

    A worker that dies (a PDF that aborts the reader, a decompression bomb that
    exhausts its memory) breaks the pool. Files that never started are read again
    by a fresh pool; the few that were in flight are read one at a time in a
    fresh single worker, so the file that crashes is named and every other file
    is still read.
    """
    import multiprocessing
    import queue as queue_mod
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    ctx = multiprocessing.get_context()
    if ctx.get_start_method() == "fork":
        _preload(opts)
    worker_opts = opts.for_worker()
    done: dict[int, Outcome] = {}
    next_out = 0

    def ready() -> Iterator[Outcome]:
        nonlocal next_out
        while next_out in done:
            yield done.pop(next_out)
            next_out += 1

    def run(indices: list[int], workers: int) -> Generator[Outcome, None, tuple[list[int], list[int]]]:
        """Read ``indices``, yielding outcomes in order as soon as they are ready (so
        each report is saved while the workers go on); return the files in flight at
        a crash and those never started."""
        started_q = ctx.Queue()
        broken: list[int] = []
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_worker_init,
                                   initargs=(worker_opts, opts.worker_memory_bytes, started_q))
        finished = False
        futures: dict[int, Any] = {}
        try:
            futures = {i: pool.submit(_worker_read, i, paths[i]) for i in indices}
            for i in indices:
                try:
                    done[i] = futures[i].result()
                except BrokenProcessPool:
                    broken.append(i)
                yield from ready()
            finished = True
        finally:
            if not finished:
                # stopped early (interrupted, or the caller failed): what has not started never will
                for fut in futures.values():
                    fut.cancel()
            pool.shutdown(wait=finished, cancel_futures=not finished)
        started: set[int] = set()
        while True:
            try:
                started.add(started_q.get(timeout=0.05))
            except (queue_mod.Empty, OSError, EOFError):
                break
        return [i for i in broken if i in started], [i for i in broken if i not in started]

    pending = list(range(len(paths)))
    while pending:
        in_flight, not_started = yield from run(pending, min(opts.jobs, len(pending)))
        for i in in_flight:
            # outcomes that become due while the crashed file is read again go out in order
            crashed, _ = yield from run([i], 1)
            if crashed or i not in done:
                done[i] = SourceError(str(paths[i]), "the reader crashed on this file (malformed, or too large "
                                                     "to read within the memory limit)")
        yield from ready()
        pending = not_started
    yield from ready()


def _on_cluster(paths: list[Path], opts: Options) -> Iterator[Outcome]:
    """Read files on a Dask cluster; results come back in the order of ``paths``.

    Each file is one task (``read_one``, as a local worker runs it), with a window
    of tasks in flight so the client's memory does not grow with the archive. A
    task that fails (a worker lost with its file) becomes that file's error and
    the batch goes on. Workers read the files by path, so they must see them at
    the same paths (a shared file system); the per-file time and memory limits of
    local workers are the cluster's to set.
    """
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--scheduler needs Dask's distributed package: pip install 'hmic[distributed]'") from None
    try:
        client = Client(opts.scheduler, timeout=DEFAULT_SCHEDULER_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {opts.scheduler} ({exc})") from None
    try:
        # the options (taxonomies, a user's model) go to each worker once, not with every file
        worker_opts = client.scatter(opts.for_worker(), broadcast=True)
        window = max(4, 4 * max(1, len(client.scheduler_info().get("workers", {}))))
        futures: dict[int, Any] = {}
        submitted = 0
        for i, path in enumerate(paths):
            while submitted < len(paths) and submitted < i + window:
                futures[submitted] = client.submit(read_one, paths[submitted], worker_opts, pure=False)
                submitted += 1
            fut = futures.pop(i)
            try:
                yield fut.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker loses one file, not the batch
                yield SourceError(str(path), f"failed on the cluster ({type(exc).__name__}: {exc})")
    finally:
        client.close()


@dataclass
class Batch:
    """The result of reading a batch: the reports, and one error per file that failed."""

    reports: list[Report] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    relabelled: int = 0


def extract(
    sources: Iterable[str | Path],
    options: Options | None = None,
    *,
    skip_ids: set[str] | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Batch:
    """Read every report in ``sources`` and apply the batch-wide rules.

    This is what ``hmic extract``, ``hmic run`` and ``hmic digest`` do: sentences
    that several reports of the batch share are relabelled as context
    (boilerplate). ``on_outcome`` sees each report or error as it arrives (the
    CLI prints errors and warnings from it).
    """
    batch = Batch()
    for outcome in extract_reports(sources, options, on_file=on_file, skip_ids=skip_ids):
        if on_outcome:
            on_outcome(outcome)
        if isinstance(outcome, SourceError):
            batch.errors.append(outcome)
        else:
            batch.reports.append(outcome)
    from extractor.classify.boilerplate import apply_boilerplate

    batch.relabelled = apply_boilerplate(batch.reports)
    return batch


def reading_fingerprint(opts: Options) -> str:
    """What decides how a file is read: hmic's version, the model, taxonomies and options.

    Stored with the rows, so a store made another way is read again rather than
    mixed with new rows.
    """
    import hashlib

    from extractor import __version__
    from extractor.resources import data_dir

    h = hashlib.sha256()
    h.update(f"{__version__}|{opts.reader}|{opts.report_type}|{opts.layout!r}".encode())
    model = Path(opts.model_dir) if opts.model_dir else data_dir()
    for name in ("model.json", "model.npz", "lexicon.txt"):
        f = model / name
        if f.is_file():
            h.update(f.read_bytes())
    for tax in opts.taxonomies:
        h.update(repr(tax).encode())
    return h.hexdigest()[:16]


@dataclass
class StoreUpdate:
    """What :func:`update_store` did: reports read, kept unchanged, removed, and errors."""

    read: int = 0
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    errors: list[SourceError] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    #: ``report_id`` of every stored report, sorted: what the outputs are built from.
    report_ids: list[str] = field(default_factory=list)
    #: Files newly found to hold a stored report's content: (file, the file already read).
    copies: list[tuple[str, str]] = field(default_factory=list)
    #: Gone files whose report stays (a copy of it took over, or it was a copy).
    relinked: int = 0

    @property
    def changed(self) -> bool:
        """Whether the store's reports differ from before this update."""
        return bool(self.read or self.removed or self.relinked)


def _read_into(todo: list[Path], conn: Any, opts: Options, update: StoreUpdate,
               on_outcome: Callable[[Outcome], None] | None) -> None:
    """Read ``todo`` (in workers) and save each report as soon as it is read."""
    from extractor.publish.store import save_report

    if not todo:
        return
    for outcome in extract_reports(todo, opts):
        if on_outcome:
            on_outcome(outcome)
        if isinstance(outcome, SourceError):
            update.errors.append(outcome)
        else:
            save_report(conn, outcome)
            update.read += 1


def update_store(
    paths: Iterable[Path],
    conn: Any,
    options: Options | None = None,
    *,
    on_outcome: Callable[[Outcome], None] | None = None,
    load: bool = True,
) -> StoreUpdate:
    """Bring the store up to date with ``paths`` and return every stored report.

    Files whose content the store already holds under the same name are not read
    again; new and changed files are read (in workers, see :class:`Options`) and
    each report is saved as soon as it is read, in one transaction, so a killed
    run resumes where it stopped; reports of files that no longer exist are
    removed. Batch rules (boilerplate) are then applied over the whole store.

    With ``load=False`` ``reports`` stays empty: the caller decides from
    ``changed`` and ``report_ids`` whether it needs :func:`load_store` (an
    unchanged archive then costs only hashing its files).
    """
    from extractor.publish.store import (
        add_copy,
        delete_sources,
        get_meta,
        set_meta,
        stored_sources,
    )

    opts = options or Options()
    previous = stored_sources(conn)
    update = StoreUpdate()
    made_by = reading_fingerprint(opts)
    # Rows made by another hmic, model or reading option are not mixed with new ones:
    # every file is read again.
    stored = previous if get_meta(conn, "made_by") == made_by else {}
    todo: list[Path] = []
    current: set[str] = set()
    holder = {rid: src for src, rid in stored.items()}  # a file the store knows for each content
    pending: list[tuple[Path, str, str, str]] = []  # (file, its name, content id, file with that content)
    for path in paths:
        name = printable(path)
        current.add(name)
        try:
            rid: str | None = report_id_of(path)
        except OSError:
            rid = None
        if rid is not None and stored.get(name) == rid:
            update.unchanged += 1
        elif rid is not None and holder.get(rid, name) != name:
            pending.append((path, name, rid, holder[rid]))  # a copy: the same report, read once
        else:
            todo.append(path)
            if rid is not None:
                holder[rid] = name
    _read_into(todo, conn, opts, update, on_outcome)
    held = set(stored_sources(conn).values())
    retry = []
    for path, name, rid, original in pending:
        if rid in held:
            add_copy(conn, name, rid)
            update.copies.append((name, original))
        else:
            retry.append(path)  # its twin could not be read: read this one itself
    _read_into(retry, conn, opts, update, on_outcome)
    # "\\x" marks a name that was not UTF-8: it cannot be looked up again, so it is kept
    gone = [src for src in previous if src not in current and "\\x" not in src and not Path(src).exists()]
    update.removed = delete_sources(conn, gone)
    update.relinked = len(gone) - len(update.removed)
    set_meta(conn, "made_by", made_by)
    update.report_ids = sorted(set(stored_sources(conn).values()))
    if load:
        update.reports = load_store(conn)
    return update


def load_store(conn: Any) -> list[Report]:
    """Every stored report, with the batch rules (boilerplate) applied over all of them."""
    from extractor.classify.boilerplate import apply_boilerplate
    from extractor.publish.store import load_reports, store_labels

    reports = load_reports(conn, model_labels=True)
    apply_boilerplate(reports)
    store_labels(conn, reports)
    return reports


__all__ = ["Batch", "Options", "Outcome", "StoreUpdate", "build_report", "extract", "extract_reports", "load_store",
           "read_report", "update_store"]
