"""Find the data that ships with hmic: corpora, taxonomies, templates and the model.

When installed, ``corpora/`` and ``templates/`` are the sub-packages
``extractor.corpora`` and ``extractor.templates`` (see ``setup.cfg``); in a source
checkout they sit beside ``extractor/``. Both layouts resolve here so the rest of
the code never cares.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _package_dir(package: str, fallback: Path) -> Path:
    try:
        p = Path(str(importlib.resources.files(package)))
        if p.is_dir():
            return p
    except (ModuleNotFoundError, TypeError):
        pass
    return fallback


def corpora_dir() -> Path:
    """Directory holding labelled sentences, taxonomies and the force gazetteer."""
    return _package_dir("extractor.corpora", _HERE.parent / "corpora")


def templates_dir() -> Path:
    """Directory holding the digest templates."""
    return _package_dir("extractor.templates", _HERE.parent / "templates")


def data_dir() -> Path:
    """Directory holding the trained model shipped with the package."""
    return _HERE / "data"
