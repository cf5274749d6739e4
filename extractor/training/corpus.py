"""Labelled corpora: where they are and how they are read.

Training reads ``corpora/sentences/*.jsonl``; evaluation reads the independent
held-out set ``corpora/heldout/*.jsonl``. Reading needs no scikit-learn, so
``hmic evaluate`` works without the training extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from extractor.errors import CorpusError
from extractor.records import LABELS
from extractor.resources import corpora_dir
from extractor.vocabulary import JsonLinesError, read_jsonl


def default_corpus() -> Path:
    """The labelled corpus of a source checkout.

    The wheel ships only what runs (taxonomies, gazetteer), not the labelled
    sentences, so training and evaluation look for ``corpora/`` beside the package
    (a source checkout or an editable install) or in the current folder.
    """
    for cand in (corpora_dir(), Path.cwd() / "corpora"):
        if (cand / "sentences").is_dir():
            return cand
    raise CorpusError(
        "no labelled corpus found: run from a source checkout of hmic, or pass --corpus DIR"
    )


def training_files(corpus: Path | None = None) -> list[Path]:
    """Training batches of a corpus folder (default: :func:`default_corpus`)."""
    return sorted(((corpus or default_corpus()) / "sentences").glob("*.jsonl"))


def heldout_files(corpus: Path | None = None) -> list[Path]:
    """The held-out set of a corpus folder (default: :func:`default_corpus`)."""
    return sorted(((corpus or default_corpus()) / "heldout").glob("*.jsonl"))


def load_corpus(paths: list[Path]) -> list[dict[str, Any]]:
    """Read labelled JSONL files; skip lines with an unknown label rather than guess."""
    rows: list[dict[str, Any]] = []
    for p in paths:
        try:
            for _, row in read_jsonl(p):
                if row.get("label") in LABELS and row.get("text"):
                    rows.append(row)
        except JsonLinesError as exc:
            raise CorpusError(str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CorpusError(f"{p}: cannot read ({type(exc).__name__})") from None
    return rows
