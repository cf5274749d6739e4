"""The package layout is the architecture: stages import only stages below them.

Stages in data-flow order: base modules (errors, records, settings, resources,
vocabulary) < read < understand < classify < publish < pipeline (and the public
API in ``extractor/__init__``) < cli and training. Extraction never imports
scikit-learn or reportlab; nothing at run time imports the training package.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import extractor

PKG = Path(extractor.__file__).resolve().parent
REPORTS = Path(__file__).resolve().parent.parent / "reports"

RANK = {
    "errors": 0, "records": 0, "settings": 0, "resources": 0, "vocabulary": 0,
    "read": 1, "understand": 2, "classify": 3, "publish": 4,
    "pipeline": 5, "__init__": 5, "cli": 6, "training": 6, "__main__": 7,
}


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> dict[str, Path]:
    out = {}
    for p in PKG.rglob("*.py"):
        rel = p.relative_to(PKG.parent).with_suffix("")
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__") if name != "extractor.__init__" else "extractor.__init__"] = p
    return out


def _imports(path: Path) -> set[str]:
    """Every ``extractor.*`` module imported anywhere in the file (also inside functions)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("extractor"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("extractor")}
    return found


def test_every_module_has_a_stage():
    for name in _modules():
        assert _stage(name) in RANK, f"{name}: add its stage to the layout (and to RANK)"


def test_no_stage_imports_a_later_stage():
    problems = []
    for name, path in _modules().items():
        mine = RANK[_stage(name)]
        for imp in _imports(path):
            if imp == "extractor":
                continue  # only __version__
            theirs = RANK[_stage(imp)]
            if theirs > mine:
                problems.append(f"{name} imports {imp}")
    assert not problems, problems


def test_runtime_never_imports_training_code():
    for name, path in _modules().items():
        if _stage(name) in ("training", "cli"):
            continue
        assert not any(_stage(i) == "training" for i in _imports(path)), name


def _imported_after(steps: str, packages: tuple[str, ...]) -> list[str]:
    """The listed top-level packages imported by a fresh interpreter that runs ``steps``."""
    code = (
        "import sys, extractor\n"
        f"b = extractor.extract([{str(REPORTS)!r}])\n"
        "assert b.reports and not b.errors\n"
        f"{steps}\n"
        f"print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in {packages!r})))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [m for m in proc.stdout.strip().split(",") if m]


def test_extraction_imports_neither_scikit_learn_nor_reportlab():
    bad = _imported_after("pass", ("sklearn", "reportlab", "scipy"))
    assert bad == [], f"extraction imported: {bad}"


def test_the_digest_does_not_import_scikit_learn():
    """scikit-learn costs about a second to import: the digest (every hmic run) does without it."""
    bad = _imported_after("assert 'Recurring issues' in extractor.render_digest(b.reports, 'html')",
                          ("sklearn", "reportlab"))
    assert bad == [], f"the digest imported: {bad}"


def test_public_api_names_resolve():
    for name in extractor.__all__:
        assert getattr(extractor, name) is not None, name
    assert set(extractor.__all__) == {"__version__", *extractor._API}
