"""Frozen, typed records that flow between the stages.

Block → (section) → Sentence → Finding, each remembering the file and page it
came from, so every quote in a digest can be checked against its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LABELS = ("strength", "area_for_improvement", "mixed", "neutral")
GRADES = ("outstanding", "good", "adequate", "requires improvement", "inadequate", "not graded")

#: Report-level fields that every sentence record repeats (the output contract).
REPORT_FIELDS = ("source", "report_id", "force", "title", "published", "report_type")
#: Sentence-level fields of the output contract, in output order. Extend, never rename.
SENTENCE_FIELDS = (
    "page",
    "section",
    "theme",
    "text",
    "label",
    "confidence",
    "grade",
    # extensions (added after the v1 contract; never rename or drop)
    "theme_key",
    "index",
    "kind",
    "clause",
    "grade_area",
    "strength_clause",
    "area_clause",
)


@dataclass(frozen=True)
class Block:
    """A run of text the reader found: a heading, a paragraph, a bullet item or a table row."""

    text: str
    kind: str  # "heading" | "para" | "bullet" | "title" | "date" | "letter" (a letter's frame)
    page: int | None = None
    level: int = 1
    #: (character offset, page) where a paragraph continues on a later page.
    page_breaks: tuple[tuple[int, int], ...] = ()
    #: Font size of the block's text, where the reader knows it (PDF).
    size: float | None = None
    #: Text set apart from the flow (a side box the producer wrote out of order): its
    #: heading names its own section, and the text after it is back in the one it interrupted.
    aside: bool = False

    def page_at(self, offset: int) -> int | None:
        """The page on which the character at ``offset`` stands."""
        page = self.page
        for off, pg in self.page_breaks:
            if offset >= off:
                page = pg
        return page


@dataclass(frozen=True)
class GradeRow:
    """One row of a grade table: the area as printed and its grade."""

    area: str
    grade: str
    page: int | None = None
    #: The row as printed (area and grade cells), for provenance.
    text: str | None = None


@dataclass
class ParsedDocument:
    """What a reader hands on: blocks in reading order plus what it noticed on the way."""

    source: str
    report_id: str
    blocks: list[Block]
    cover_text: str = ""
    cover_lines: list[tuple[str, float]] = field(default_factory=list)
    grade_rows: list[GradeRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None
    dropped: list[tuple[int | None, str, str]] = field(default_factory=list)
    #: Reading-order decisions per page (columns, side boxes), for ``--debug-layout``.
    notes: list[tuple[int | None, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Sentence:
    """A sentence (or bullet item) with its place in the document."""

    text: str
    page: int | None
    section: str | None
    kind: str  # "para" | "bullet"
    index: int


@dataclass
class Finding:
    """One output record: a classified sentence with its provenance."""

    text: str
    page: int | None
    section: str | None
    theme: str | None
    theme_key: str | None
    label: str
    confidence: float
    grade: str | None
    index: int
    kind: str
    clause: str | None = None
    #: The area whose grade the sentence states (a graded area, a pillar or "Overall").
    grade_area: str | None = None
    #: A mixed sentence's clause that praises and clause that criticises (None when it
    #: does not split, and for other labels).
    strength_clause: str | None = None
    area_clause: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # every field is a plain value: no deep copy (dataclasses.asdict) is needed, and
        # writing a large archive's records calls this hundreds of thousands of times
        return {k: getattr(self, k) for k in SENTENCE_FIELDS}


@dataclass
class Report:
    """A report with its metadata, grades and findings."""

    source: str
    report_id: str
    force: str | None
    title: str | None
    published: str | None
    report_type: str
    findings: list[Finding]
    grades: dict[str, str] = field(default_factory=dict)
    grade_sources: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    publisher: str | None = None
    pages: int | None = None
    #: Other files with the same content (one report, read once; ``hmic run`` only).
    copies: list[str] = field(default_factory=list)

    def source_of(self, area: str) -> dict[str, Any] | None:
        """Where ``grades[area]`` comes from: its grade-table row, else the first sentence stating it."""
        grade = self.grades.get(area)
        cands = [s for s in self.grade_sources if s.get("theme") == area and s.get("grade") == grade]
        cands.sort(key=lambda s: s.get("source") != "table")
        return cands[0] if cands else None

    def header(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in REPORT_FIELDS}

    def records(self) -> list[dict[str, Any]]:
        """Flat sentence records (jsonl/csv), each carrying the report fields."""
        head = self.header()
        return [{**head, **f.to_dict()} for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        """Nested form (json): report fields, grades, and sentences without report fields."""
        return {
            **self.header(),
            "publisher": self.publisher,
            "pages": self.pages,
            "grades": dict(self.grades),
            "grade_sources": list(self.grade_sources),
            "warnings": list(self.warnings),
            "copies": list(self.copies),
            "sentences": [f.to_dict() for f in self.findings],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report from the nested ``json`` form (used by ``hmic digest``)."""
        findings = [
            Finding(
                text=s["text"],
                page=s.get("page"),
                section=s.get("section"),
                theme=s.get("theme"),
                theme_key=s.get("theme_key"),
                label=s["label"],
                confidence=float(s.get("confidence") or 0.0),
                grade=s.get("grade"),
                index=int(s.get("index") or i),
                kind=s.get("kind") or "para",
                clause=s.get("clause"),
                grade_area=s.get("grade_area"),
                strength_clause=s.get("strength_clause"),
                area_clause=s.get("area_clause"),
            )
            for i, s in enumerate(data.get("sentences", []))
        ]
        return cls(
            source=data["source"],
            report_id=data["report_id"],
            force=data.get("force"),
            title=data.get("title"),
            published=data.get("published"),
            report_type=data.get("report_type") or "unknown",
            findings=findings,
            grades=dict(data.get("grades") or {}),
            grade_sources=list(data.get("grade_sources") or []),
            warnings=list(data.get("warnings") or []),
            publisher=data.get("publisher"),
            pages=data.get("pages"),
            copies=[str(c) for c in data.get("copies") or [] if isinstance(c, str)],
        )
