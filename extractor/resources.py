"""Find the data that ships with hmic: corpora, taxonomies, templates and the model.

When installed, ``corpora/`` and ``templates/`` are installed inside the package
as ``extractor/corpora`` and ``extractor/templates`` (see ``package_dir`` in
``setup.cfg``); in a source checkout they sit beside ``extractor/``. Both
layouts resolve here so the rest of the code never cares.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _locate(name: str) -> Path:
    inside = _HERE / name
    return inside if inside.is_dir() else _HERE.parent / name


def corpora_dir() -> Path:
    """Directory holding labelled sentences, taxonomies and the force gazetteer."""
    return _locate("corpora")


def templates_dir() -> Path:
    """Directory holding the digest templates."""
    return _locate("templates")


def data_dir() -> Path:
    """Directory holding the trained model shipped with the package."""
    return _HERE / "data"
