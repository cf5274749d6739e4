"""The end-to-end library API: files in, :class:`~extractor.records.Report` out.

``extract_reports`` walks sources lazily, one file at a time, and yields either a
report or a :class:`~extractor.errors.SourceError` for that file, so one bad file
never stops or loses the rest of a batch.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from extractor.classify import boilerplate_key, classify
from extractor.errors import HmicError, SourceError
from extractor.frozen import FrozenModel
from extractor.grades import grade_in_sentence
from extractor.layout import build_document
from extractor.metadata import (
    detect_force,
    detect_published,
    detect_title,
    year_of,
)
from extractor.model_consts import NO_THEME
from extractor.pdf import READERS
from extractor.records import Block, Finding, ParsedDocument, Report
from extractor.sections import place_sentences
from extractor.sentences import default_nlp, split_blocks
from extractor.settings import LayoutSettings
from extractor.text import read_text_file, text_to_blocks
from extractor.themes import (
    DEFAULT_CONTENT_THEME_PROB,
    Taxonomy,
    builtin_taxonomies,
    heading_score,
    keyword_theme,
    match_heading,
)

#: A theme must reach this share of the "no theme" probability to be assigned by content.
DEFAULT_NONE_RATIO = 0.5

SUPPORTED = (".pdf", ".txt", ".md", ".markdown", ".text")


@dataclass
class Options:
    """What a run may vary; defaults are what ``hmic`` does."""

    reader: str = "pdfium"
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    taxonomies: tuple[Taxonomy, ...] = ()
    report_type: str | None = None  # override family detection
    nlp: Language | None = None
    model: FrozenModel | None = None


def iter_sources(sources: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (recursively, sorted) into report files.

    Unknown extensions named directly are passed on so the caller reports them;
    inside folders they are skipped quietly (folders hold other files too).
    """
    for src in sources:
        p = Path(src)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUPPORTED and not f.name.startswith("."):
                    yield f
        else:
            yield p


def report_id_of(path: Path) -> str:
    """Content hash: the same report under another name is the same report."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


def read_document(path: Path, options: Options | None = None) -> ParsedDocument:
    """Read one file into blocks, raising :class:`SourceError` with a reason on failure."""
    opts = options or Options()
    if not path.exists():
        raise SourceError(str(path), "no such file")
    if path.is_dir():
        raise SourceError(str(path), "is a folder with no reports")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise SourceError(str(path), f"unsupported file type '{suffix or path.name}' (use .pdf, .txt or .md)")
    if path.stat().st_size == 0:
        raise SourceError(str(path), "file is empty")
    rid = report_id_of(path)
    if suffix == ".pdf":
        with open(path, "rb") as fh:
            head = fh.read(1024)
        if b"%PDF" not in head:
            raise SourceError(str(path), "not a valid PDF (no PDF header)")
        reader = READERS[opts.reader]
        doc = build_document(str(path), rid, reader(path), opts.layout)
        if not doc.blocks and not doc.cover_text:
            raise SourceError(str(path), "no text layer (scanned or image-only PDF; OCR is not supported)")
        return doc
    text = read_text_file(path)
    blocks = text_to_blocks(text, markdown=suffix in (".md", ".markdown"))
    if not any(b.kind in ("para", "bullet") for b in blocks):
        raise SourceError(str(path), "no report text found")
    doc = ParsedDocument(str(path), rid, blocks)
    doc.cover_text = "\n".join(b.text for b in blocks[:6] if b.kind in ("title", "date", "heading"))
    _take_text_grade_rows(doc)
    return doc


def _take_text_grade_rows(doc: ParsedDocument) -> None:
    """In text reports, grade tables are lines such as "Investigating crime: Good"."""
    from extractor.grades import parse_grade_row
    from extractor.records import GradeRow

    kept: list[Block] = []
    for b in doc.blocks:
        if b.kind in ("para", "heading", "bullet") and "\n" not in b.text:
            row = parse_grade_row(b.text) if len(b.text) < 200 else None
            if row is not None and (b.kind != "para" or not re.search(r"[.!?]\s", b.text)):
                doc.grade_rows.append(GradeRow(row[0], row[1], b.page))
                continue
        kept.append(b)
    doc.blocks = kept


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


def build_report(doc: ParsedDocument, opts: Options, boilerplate: set[str] | None = None) -> Report:
    """Metadata, sections, themes, labels and grades for one parsed document."""
    taxonomies = opts.taxonomies or builtin_taxonomies()
    title = detect_title(doc.blocks, doc.cover_lines)
    published = detect_published(doc.cover_text, doc.blocks)
    force = detect_force(title, doc.cover_text, doc.blocks)
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    family, taxonomy = detect_family(title, headings, year_of(published, title), taxonomies)
    if opts.report_type:
        family = opts.report_type
        cands = [t for t in taxonomies if t.family == family or t.id == family]
        if cands:
            _, taxonomy = detect_family(title, headings, year_of(published, title), tuple(cands))
            taxonomy = taxonomy or cands[0]
    placed = list(place_sentences(split_blocks(doc.blocks, opts.nlp or default_nlp()), taxonomy))
    texts = [p.sentence.text for p in placed]
    labels = classify(
        texts,
        sections=[p.section for p in placed],
        kinds=[p.sentence.kind for p in placed],
        model=opts.model,
        boilerplate=boilerplate,
    )
    content = _content_themes(texts, placed, taxonomy, opts)
    findings: list[Finding] = []
    grade_sources: list[dict] = []
    grades: dict[str, str] = {}
    for row in doc.grade_rows:
        t = match_heading(row.area, taxonomy) if taxonomy else None
        name = t.name if t else row.area
        grades[name] = row.grade
        grade_sources.append({"area": row.area, "theme": name, "theme_key": t.key if t else None,
                              "grade": row.grade, "page": row.page, "source": "table"})
    for i, (p, lab) in enumerate(zip(placed, labels, strict=True)):
        theme = p.theme or content[i]
        grade = grade_in_sentence(p.sentence.text)
        findings.append(
            Finding(
                text=p.sentence.text, page=p.sentence.page, section=p.section,
                theme=theme.name if theme else None, theme_key=theme.key if theme else None,
                label=lab.label, confidence=lab.confidence, grade=grade,
                index=p.sentence.index, kind=p.sentence.kind, clause=lab.clause,
            )
        )
        if grade:
            area = _judged_area(p.sentence.text, taxonomy) or theme
            name = area.name if area else "Overall"
            if name not in grades or name == "Overall" and grades.get(name) is None:
                grades[name] = grade
            grade_sources.append({"area": name, "theme": name, "theme_key": area.key if area else None,
                                  "grade": grade, "page": p.sentence.page, "source": "sentence",
                                  "text": p.sentence.text})
    return Report(
        source=doc.source, report_id=doc.report_id, force=force, title=title,
        published=published, report_type=family, findings=findings, grades=grades,
        grade_sources=grade_sources, warnings=list(doc.warnings),
        publisher=_publisher(doc.cover_text, published), pages=doc.pages,
    )


def _judged_area(text: str, taxonomy: Taxonomy | None):  # noqa: ANN202
    """The theme a judgement sentence names ("… good at investigating crime")."""
    if taxonomy is None:
        return None
    m = re.search(r"\b(?:at|in|for|on)\s+(?:how (?:it|well it) |the way it )?([a-z][^.;,]{3,90})", text, re.I)
    if not m:
        return None
    tail = m.group(1)
    for cut in range(len(tail.split()), 0, -1):
        cand = " ".join(tail.split()[:cut])
        t = match_heading(cand, taxonomy, threshold=0.6)
        if t is not None:
            return t
    return None


def _content_themes(texts, placed, taxonomy, opts):  # noqa: ANN001, ANN202
    """Theme by content for sentences in summaries, lists and recommendations."""
    out = [None] * len(texts)
    if taxonomy is None:
        return out
    want = [i for i, p in enumerate(placed) if p.theme is None and p.summary_like]
    if not want:
        return out
    by_key = taxonomy.by_key()
    from extractor.classify import default_model

    model = opts.model or default_model()
    classes, proba = model.theme_proba([texts[i] for i in want])
    for row, i in enumerate(want):
        best_key, best_p = None, 0.0
        if classes:
            themed = [(c, proba[row][j]) for j, c in enumerate(classes) if c in by_key]
            none_p = next((proba[row][j] for j, c in enumerate(classes) if c == NO_THEME), 0.0)
            total = sum(p for _, p in themed) + none_p
            if themed and total > 0:
                c, p = max(themed, key=lambda x: x[1])
                # a sentence about the report as a whole stays without theme, unless one
                # theme is nearly as likely as "no theme"
                if p < none_p * DEFAULT_NONE_RATIO:
                    continue
                best_key, best_p = c, p / (p + none_p * DEFAULT_NONE_RATIO)
        kw_key, kw_conf = keyword_theme(texts[i], taxonomy)
        if kw_key is not None and (best_key is None or (kw_key == best_key)):
            best_p = max(best_p, kw_conf)
            best_key = best_key or kw_key
        if best_key and best_p >= DEFAULT_CONTENT_THEME_PROB:
            out[i] = by_key[best_key]
    return out


def _publisher(cover: str, published: str | None) -> str:
    if re.search(r"HMICFRS|Fire (?:&|and) Rescue", cover):
        return "HMICFRS"
    if re.search(r"\bHMIC\b|Inspectorate of Constabulary", cover):
        return "HMIC"
    return "HMICFRS" if published and published >= "2017-07" else "HMIC"


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
    several reports is handled afterwards by :func:`apply_boilerplate`.
    """
    opts = options or Options()
    paths = list(iter_sources(sources))
    for path in paths:
        if on_file:
            on_file(path)
        try:
            if skip_ids and path.is_file() and report_id_of(path) in skip_ids:
                continue
            doc = read_document(path, opts)
            yield build_report(doc, opts)
        except SourceError as exc:
            yield exc
        except HmicError:
            raise
        except (zipfile.BadZipFile, OSError) as exc:
            yield SourceError(str(path), f"cannot read file ({exc.__class__.__name__}: {exc})")
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
            yield SourceError(str(path), f"unexpected error while reading ({type(exc).__name__}: {exc})")


def boilerplate_keys(reports: list[Report], min_reports: int = 3) -> set[str]:
    """Sentences that occur in at least ``min_reports`` different reports."""
    from collections import Counter

    c: Counter[str] = Counter()
    for r in reports:
        c.update({boilerplate_key(f.text) for f in r.findings})
    return {k for k, n in c.items() if n >= min_reports}


def apply_boilerplate(reports: list[Report], min_reports: int = 3) -> int:
    """Relabel sentences that recur across reports of a batch as context (``neutral``).

    Every report of a family shares its introduction; counting it as findings would
    credit each force with the same "strengths". Returns how many were relabelled.
    """
    keys = boilerplate_keys(reports, min_reports)
    n = 0
    for r in reports:
        for f in r.findings:
            if f.label != "neutral" and boilerplate_key(f.text) in keys and len(f.text.split()) >= 8:
                f.label, f.clause = "neutral", None
                n += 1
    return n
