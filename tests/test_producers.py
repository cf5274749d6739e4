"""PDFs from the producers real reports come from (LibreOffice from .docx, Chromium's
print), built by tools/build_fixtures.py and committed: every class of layout the
reader must handle, checked against the expectations written with them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from extractor import read_report

PDF = Path(__file__).resolve().parent / "data" / "pdf"
EXPECTED = json.loads((PDF / "expected.json").read_text(encoding="utf-8"))
GLYPHS = re.compile("[\ue000-\uf8ff\u25a0-\u25ff\u2700-\u27bf\u2660-\u2667•●▪■★☑]")


@pytest.mark.parametrize("pdf", sorted(PDF.glob("*.pdf")), ids=lambda p: p.stem)
def test_real_producer_layouts(pdf):
    want = EXPECTED[pdf.stem.rsplit("-", 1)[0]]
    rep = read_report(pdf)
    texts = [f.text for f in rep.findings]
    for s in want["sentences"]:
        assert s in texts, (s, texts)
    for f in rep.findings:
        assert not GLYPHS.search(f.text), f.text  # no bullet glyph left in a sentence
        assert not re.match(r"^\d{1,3}\.", f.text), f.text  # no paragraph number glued on
    for b in want["bullets"]:
        assert any(f.text == b and f.kind == "bullet" for f in rep.findings), b
    for a in want["absent"]:
        assert not any(a in t for t in texts), a  # furniture is not a finding
    # an area outside the report's taxonomy is named as printed
    table = {s["theme_key"] or s["area"]: s["grade"] for s in rep.grade_sources if s["source"] == "table"}
    assert table == want["grades"]
    for seq in want.get("in_order", []):
        at = [texts.index(x) for x in seq]
        assert at == sorted(at), seq  # read in this order (columns, boxes)
    for text, section in want.get("sections", {}).items():
        assert next(f.section for f in rep.findings if f.text == text) == section, text
    if want.get("no_bullets"):
        assert not [f.text for f in rep.findings if f.kind == "bullet"]
    sections = {f.section for f in rep.findings}
    assert not any(s and re.search(r":\s*(good|requires improvement)$", s, re.I) for s in sections)


def test_debug_layout_shows_how_side_by_side_areas_were_read():
    from extractor.read.debug import describe_layout

    box = describe_layout(PDF / "side-box-chromium.pdf")
    assert "[reading order]" in box and "side box" in box
    assert "[reading order]" not in describe_layout(PDF / "letter-chromium.pdf")


def test_columns_written_out_of_order_are_read_left_then_right():
    """Chromium writes the right-hand frame first; the reader goes by where the text stands,
    and a two-column page written in order is left as written."""
    from extractor.read.debug import describe_layout

    assert "two columns written out of order" in describe_layout(PDF / "columns-reversed-chromium.pdf")
    for pdf in ("two-column-chromium.pdf", "two-column-libreoffice.pdf", "side-box-chromium.pdf"):
        assert "two columns" not in describe_layout(PDF / pdf), pdf
