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

import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from extractor.classify.boilerplate import apply_boilerplate
from extractor.classify.labels import classify
from extractor.classify.model import FrozenModel
from extractor.classify.themes import content_themes
from extractor.errors import HmicError, SourceError
from extractor.read.sources import check_reader, iter_sources, read_document, report_id_of
from extractor.records import Finding, ParsedDocument, Report
from extractor.settings import LayoutSettings
from extractor.understand.family import choose_taxonomy, detect_kind, detect_publisher
from extractor.understand.grades import add_sentence_grade, stated_grade, table_grades
from extractor.understand.metadata import detect_force, detect_published, detect_title, year_of
from extractor.understand.sections import place_sentences
from extractor.understand.sentences import default_nlp, split_blocks
from extractor.understand.themes import Taxonomy, builtin_taxonomies


@dataclass
class Options:
    """What a run may vary; defaults are what ``hmic`` does."""

    reader: str = "pdfium"
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    taxonomies: tuple[Taxonomy, ...] = ()
    report_type: str | None = None  # override family detection
    nlp: Language | None = None
    model: FrozenModel | None = None

    def __post_init__(self) -> None:
        check_reader(self.reader)


def build_report(doc: ParsedDocument, opts: Options, boilerplate: set[str] | None = None) -> Report:
    """Metadata, sections, themes, labels and grades for one parsed document."""
    taxonomies = opts.taxonomies or builtin_taxonomies()
    title = detect_title(doc.blocks, doc.cover_lines)
    published = detect_published(doc.cover_text, doc.blocks)
    force = detect_force(title, doc.cover_text, doc.blocks)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    family, taxonomy = choose_taxonomy(title, headings, year_of(published, title), taxonomies, opts.report_type)
    kind = None if opts.report_type else detect_kind(title, doc.cover_text, _opening_text(doc), published)
    placed = list(place_sentences(split_blocks(doc.blocks, opts.nlp or default_nlp()), taxonomy))
    texts = [p.sentence.text for p in placed]
    labels = classify(
        texts,
        sections=[p.section for p in placed],
        kinds=[p.sentence.kind for p in placed],
        model=opts.model,
        boilerplate=boilerplate,
        prev=[None, *texts[:-1]],
    )
    content = content_themes(texts, placed, taxonomy, opts.model)
    findings: list[Finding] = []
    grades, grade_sources, warnings = table_grades(doc.grade_rows, taxonomy)
    for i, (p, lab) in enumerate(zip(placed, labels, strict=True)):
        theme = p.theme or content[i]
        stated = stated_grade(p.sentence.text, force=force, taxonomy=taxonomy, section_theme=p.theme)
        findings.append(
            Finding(
                text=p.sentence.text, page=p.sentence.page, section=p.section,
                theme=theme.name if theme else None, theme_key=theme.key if theme else None,
                label=lab.label, confidence=lab.confidence, grade=stated.grade if stated else None,
                index=p.sentence.index, kind=p.sentence.kind, clause=lab.clause,
                grade_area=stated.name if stated else None,
            )
        )
        if stated:
            warnings += add_sentence_grade(grades, grade_sources, stated, p.sentence.text, p.sentence.page)
    return Report(
        source=doc.source, report_id=doc.report_id, force=force, title=title,
        published=published, report_type=kind or family, findings=findings, grades=grades,
        grade_sources=grade_sources, warnings=[*doc.warnings, *warnings],
        publisher=detect_publisher(doc.cover_text, published, _opening_text(doc)), pages=doc.pages,
    )


def _opening_text(doc: ParsedDocument, blocks: int = 60) -> str:
    """The first paragraphs and headings: where a report names who wrote it."""
    return "\n".join(b.text for b in doc.blocks[:blocks])


def read_report(path: str | Path, options: Options | None = None) -> Report:
    """Read one report file; raise :class:`SourceError` if it cannot be read.

    No batch-wide rules apply to a single file (see :func:`extract`).
    """
    opts = options or Options()
    return build_report(read_document(Path(path), opts.reader, opts.layout), opts)


Outcome = Report | SourceError


def extract_reports(
    sources: Iterable[str | Path],
    options: Options | None = None,
    on_file: Callable[[Path], None] | None = None,
    skip_ids: set[str] | None = None,
) -> Iterator[Outcome]:
    """Yield a Report or a SourceError per file, in order, never stopping on a bad file.

    Files whose content hash is in ``skip_ids`` (already stored) are passed over,
    so re-runs over a growing archive only read new files. Boilerplate shared by
    several reports needs the whole batch: use :func:`extract`, or call
    :func:`~extractor.classify.boilerplate.apply_boilerplate` on the reports.
    """
    opts = options or Options()
    for path in iter_sources(sources):
        if on_file:
            on_file(path)
        try:
            if skip_ids and path.is_file() and report_id_of(path) in skip_ids:
                continue
            doc = read_document(path, opts.reader, opts.layout)
            yield build_report(doc, opts)
        except SourceError as exc:
            yield exc
        except HmicError:
            raise
        except (zipfile.BadZipFile, OSError) as exc:
            yield SourceError(str(path), f"cannot read file ({exc.__class__.__name__}: {exc})")
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            yield SourceError(str(path), f"unexpected error while reading ({type(exc).__name__}: {exc})")


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
    batch.relabelled = apply_boilerplate(batch.reports)
    return batch


__all__ = ["Batch", "Options", "Outcome", "build_report", "extract", "extract_reports", "read_report"]
