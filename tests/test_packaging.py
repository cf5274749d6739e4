"""The installed package carries its data; the layout and docs stay in step."""

import os
import re
from pathlib import Path

import pytest

import extractor
from extractor.cli import cli
from extractor.resources import corpora_dir, data_dir, templates_dir

ROOT = Path(__file__).resolve().parent.parent


def test_data_ships_with_the_package():
    assert (corpora_dir() / "forces.json").is_file()
    assert len(list((corpora_dir() / "taxonomies").glob("*.json"))) >= 8
    assert (templates_dir() / "digest.html").is_file() and (templates_dir() / "digest.md").is_file()
    assert (data_dir() / "model.json").is_file() and (data_dir() / "model.npz").is_file()


@pytest.mark.skipif(not os.environ.get("HMIC_EXPECT_INSTALLED"), reason="only meaningful in CI's fresh venv")
def test_tests_run_against_the_installed_package():
    pkg = Path(extractor.__file__).resolve()
    assert "site-packages" in str(pkg), pkg
    assert (pkg.parent / "corpora" / "forces.json").is_file()


def test_readme_documents_every_command_and_the_contract():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"hmic {name}" in readme, name
    for field in ("source", "report_id", "force", "title", "published", "report_type", "page",
                  "section", "theme", "text", "label", "confidence", "grade"):
        assert f"`{field}`" in readme, field
    assert "pip install '.[test]' && pytest" in readme


def test_readme_evaluation_figures_match_hmic_evaluate():
    from extractor.training.train import evaluate

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    s = evaluate()
    m = re.search(r"macro-F1 over the two:\s+([0-9.]+)", readme)
    assert m, "README quotes the hmic evaluate output"
    assert abs(float(m.group(1)) - s.macro_f1) < 0.0015


def test_sample_reports_are_marked_synthetic():
    reports = ROOT / "reports"
    for p in sorted(reports.glob("*.txt")):
        head = p.read_text(encoding="utf-8")[:600].lower()
        assert "synthetic" in head, p.name
    import pypdfium2 as pdfium

    for p in sorted(reports.glob("*.pdf")):
        doc = pdfium.PdfDocument(str(p))
        first = doc[0].get_textpage().get_text_range().lower()
        doc.close()
        assert "synthetic" in first, p.name
