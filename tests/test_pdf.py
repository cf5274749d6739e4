"""PDF reading on generated reports: furniture removed, headings, footnotes, layouts, errors."""

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import spec_paths
from scoring import norm
from synth import LAYOUTS, iter_gold, load_spec

from extractor import Options, read_document, read_report
from extractor.errors import SourceError
from extractor.read.layout import build_document
from extractor.read.pdf import pdfium_pages, pdfplumber_pages

STEMS = [p.stem for p in spec_paths()]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pdf_recovers_text_sentences(layout, extracted):
    total = got = 0
    for stem in STEMS:
        # the cover (title, date, synthetic notice) gives metadata, not sentences, in a PDF
        text_sents = {norm(f.text) for f in extracted(stem, "text").findings if f.section}
        pdf_sents = {norm(f.text) for f in extracted(stem, layout).findings}
        total += len(text_sents)
        got += len(text_sents & pdf_sents)
    assert got / total >= 0.98


@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_page_furniture_among_findings(layout, extracted):
    bad = []
    for stem in STEMS:
        rep = extracted(stem, layout)
        spec = load_spec(Path(__file__).parent / "data" / "reports" / f"{stem}.json")
        notes = [b["text"] for s in spec["sections"] for b in s["blocks"] if b["type"] == "footnote"]
        for f in rep.findings:
            t = f.text
            if spec["title"] in t or "...." in t or t.strip().isdigit() or any(norm(n) in norm(t) for n in notes):
                bad.append(t)
    assert bad == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_pages_and_sections_are_recorded(layout, extracted):
    rep = extracted("gmp-peel-2018-19", layout)
    pages = [f.page for f in rep.findings]
    assert all(isinstance(p, int) and p >= 3 for p in pages)  # cover and contents give none
    assert pages == sorted(pages)
    assert all(f.section for f in rep.findings)


@pytest.mark.exhaustive
def test_pdfium_and_pdfplumber_give_the_same_sentences(rendered):
    for stem in STEMS[:4]:
        for layout in LAYOUTS:
            path = rendered(stem, layout)
            a = read_document(path, "pdfium")
            b = read_document(path, "pdfplumber")
            ta = [x.text for x in a.blocks if x.kind in ("para", "bullet", "heading")]
            tb = [x.text for x in b.blocks if x.kind in ("para", "bullet", "heading")]
            assert ta == tb, (stem, layout)
            assert [(g.area, g.grade) for g in a.grade_rows] == [(g.area, g.grade) for g in b.grade_rows]


def test_headings_bold_body_size_numbered_and_wrapped(rendered):
    doc = read_document(rendered("lancashire-peel-effectiveness-2015", "modern"))
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    # modern layout: bold headings at body size, numbered
    assert any(h.startswith("6. How effective is the force at tackling serious and organised crime") for h in heads)
    doc = read_document(rendered("lancashire-peel-effectiveness-2015", "twocolumn"))
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    # a long question heading wraps over several lines in a column and is joined again
    assert any(h.startswith("How effective is the force at protecting from harm") and h.endswith("victims?") for h in heads)


def test_grade_table_read_as_rows_not_prose(extracted):
    for layout in LAYOUTS:
        rep = extracted("gwent-peel-2021-22", layout)
        assert not any(f.text.endswith(("Good", "Adequate", "Requires improvement")) for f in rep.findings)
        assert rep.grades.get("Investigating crime") is not None


def test_footnotes_dropped_and_recorded(rendered):
    doc = read_document(rendered("durham-da2014", "classic"))
    dropped = [t for _, why, t in doc.dropped if why == "footnote"]
    assert any("Figures were supplied" in t for t in dropped)
    assert not any("Figures were supplied" in b.text for b in doc.blocks)


def _image_only_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.setFillGray(0.5)
        c.rect(100, 100, 300, 300, fill=1)
        c.showPage()
    c.save()
    return path


def test_image_only_pdf_is_an_error(tmp_path):
    with pytest.raises(SourceError, match="no text layer"):
        read_document(_image_only_pdf(tmp_path / "scan.pdf"))


def test_partly_scanned_pdf_warns_with_pages(tmp_path, rendered):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "The force has improved its supervision of investigations.")
    c.showPage()
    c.rect(100, 100, 300, 300, fill=1)
    c.showPage()
    c.save()
    doc = read_document(p)
    assert doc.warnings and "pages 2" in doc.warnings[0] and "image-only" in doc.warnings[0]


def test_encrypted_and_corrupt_pdfs_get_reasons(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    enc = tmp_path / "locked.pdf"
    c = canvas.Canvas(str(enc), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(72, 700, "Hidden text.")
    c.save()
    with pytest.raises(SourceError, match="encrypted"):
        read_document(enc)
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer garbage")
    with pytest.raises(SourceError, match="PDF"):
        read_document(bad)


def test_memory_flat_reader_closes_pages(rendered):
    # the reader is a generator: pages come one at a time
    gen = pdfium_pages(rendered("kent-cdi2014", "classic"))
    first = next(gen)
    assert first.number == 1
    gen.close()
    assert sum(1 for _ in pdfplumber_pages(rendered("kent-cdi2014", "classic"))) >= 3


def test_build_document_drops_repeated_headers(rendered):
    doc = build_document("x", "y", pdfium_pages(rendered("kent-cdi2014", "classic")))
    whys = {why for _, why, _ in doc.dropped}
    assert {"header/footer", "contents", "cover"} <= whys
    assert "Crime data integrity: Inspection of Kent" in doc.cover_text


def test_gold_sentences_recovered_from_every_layout(extracted):
    for layout in LAYOUTS:
        gold = found = 0
        for stem in STEMS:
            spec = load_spec(Path(__file__).parent / "data" / "reports" / f"{stem}.json")
            got = {norm(f.text) for f in extracted(stem, layout).findings}
            for g in iter_gold(spec):
                gold += 1
                found += norm(g["text"]) in got
        assert found / gold >= 0.98, layout


def test_pull_quotes_do_not_duplicate_findings(extracted, rendered):
    for layout in ("classic", "twocolumn"):
        for stem in STEMS:
            texts = [norm(f.text) for f in extracted(stem, layout).findings]
            assert len(texts) == len(set(texts)), (stem, layout)
    doc = read_document(rendered("gmp-peel-2018-19", "classic"))
    assert any(why == "pull-quote" for _, why, _ in doc.dropped)


def test_split_words_are_rejoined(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "issue-split-words.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    t = c.beginText(72, 700)
    t.setCharSpace(2.5)
    t.textLine("The force is Inadequate at protecting vulnerable people.")
    c.drawText(t)
    c.drawString(72, 680, "Requires i")
    c.drawString(72 + c.stringWidth("Requires i", "Helvetica", 11) + 4, 680, "mprovement in how it investigates crime.")
    left = "The force has made good progress on the supervi"
    c.drawString(72, 660, left)
    c.drawString(72 + c.stringWidth(left, "Helvetica", 11) + 4, 660, "sion of cases.")
    c.save()
    text = " ".join(b.text for b in read_document(p).blocks)
    assert "Inadequate at protecting" in text
    assert "Requires improvement in how" in text
    assert "the supervision of cases" in text


def test_pdfs_printed_by_chromium(tmp_path):
    """Another producer: HTML printed by Chromium, with its own running header and footer."""
    from conftest import chromium_path, require_in_ci
    from scoring import score_report
    from synth import print_pdf_with_chromium

    exe = chromium_path()
    if exe is None:
        require_in_ci("headless Chromium is not installed (apt-get install chromium)")
    gold = rec = 0
    for stem in ("kent-cdi2014", "gwent-peel-2021-22", "stalking-thematic-2024"):
        spec = load_spec(Path(__file__).parent / "data" / "reports" / f"{stem}.json")
        pdf = print_pdf_with_chromium(spec, tmp_path / f"{stem}.pdf", exe)
        rep = read_report(pdf, Options())
        sc = score_report(spec, rep)
        gold, rec = gold + sc.gold, rec + sc.recovered
        assert sc.force_ok and sc.published_ok, stem
        assert not any(f.text.startswith("file:") or "/tmp/" in f.text for f in rep.findings)
        # no row of the (tightly ruled) grade table is left in the text, the first included
        gold_texts = {norm(g["text"]) for g in iter_gold(spec)}
        assert not sc.extra and all(norm(f.text) in gold_texts for f in rep.findings), \
            [f.text for f in rep.findings if norm(f.text) not in gold_texts]
    assert rec / gold >= 0.98


REPORTS = Path(__file__).resolve().parent.parent / "reports"


def _all_fixture_pdfs(rendered):
    pdfs = sorted(REPORTS.glob("*.pdf")) + sorted((Path(__file__).parent / "data" / "pdf").glob("*.pdf"))
    # every layout once, and the classic layout (grade tables on every report) for every spec
    pdfs += [rendered(p.stem, layout) for i, p in enumerate(spec_paths()) for layout in LAYOUTS
             if layout == "classic" or i == 0]
    return pdfs


def _cells_compared(rows, kerned: bool) -> list[list[str | None]]:
    """A table's cells as compared across readers: each cell's words in any order, or its
    letters where the producer parts words by kerning alone."""
    return [[("".join(sorted("".join((c or "").split()))) if kerned else " ".join(sorted((c or "").split())))
             or None for c in row] for row in rows]


@pytest.mark.exhaustive
def test_ruled_tables_from_pdfium_equal_pdfplumbers(rendered, tmp_path):
    """The fast table reader finds the tables pdfplumber finds, with the same cells and box,
    on every page of every fixture, from reportlab, Chromium and LibreOffice."""
    import pdfplumber
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from extractor.read.pdf import _tables_of
    from extractor.read.ruled import ruled_tables

    pdfs = _all_fixture_pdfs(rendered)
    html = tmp_path / "t.html"
    html.write_text(
        "<html><body><p>Synthetic test table.</p><table border='1' style='border-collapse:collapse'>"
        "<tr><th>Area</th><th>Grade</th></tr><tr><td>Investigating crime</td><td>Requires improvement</td></tr>"
        "<tr><td>Protecting vulnerable people, and supporting victims who need help</td><td>Good</td></tr>"
        "<tr><td colspan='2'>Leadership and force management: not graded</td></tr></table>"
        "<table style='border:2px solid #333'><tr><td style='border:1px solid #999;background:#eee'>Workforce</td>"
        "<td style='border:1px solid #999'>Adequate</td></tr></table></body></html>", encoding="utf-8")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        out = tmp_path / "chromium.pdf"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp_path / 'p'}", f"--print-to-pdf={out}", html.as_uri()],
                       capture_output=True, timeout=120)
        pdfs.append(out)
    tables = 0
    for f in pdfs:
        doc = pdfium.PdfDocument(str(f))
        with pdfplumber.open(str(f)) as pl:
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                # (as pdfplumber sees them: without carrying a shaded table's columns across its
                # unshaded rows, which pdfplumber does not do)
                mine = ruled_tables(raw, page.raw, tp.raw, page.get_size()[1], bridge=False)
                ref = _tables_of(pl.pages[i])
                tp.close()
                forms = any(raw.FPDFPageObj_GetType(raw.FPDFPage_GetObject(page.raw, k)) == raw.FPDF_PAGEOBJ_FORM
                            for k in range(raw.FPDFPage_CountObjects(page.raw)))
                page.close()
                if mine is None:
                    # only a page drawn with form XObjects (desktop publishing's master pages)
                    # goes to pdfplumber, as designed
                    assert forms, (f.name, i + 1)
                    continue
                assert len(mine) == len(ref), (f.name, i + 1)
                if f.name.endswith("-groff.pdf"):
                    # groff through Ghostscript places words by moving the pen: pdfplumber's
                    # text glues and splits them ("Par tlymet"), so only the tables' shape is
                    # compared here; the cells' words are checked against what was printed
                    assert [len(t.rows) for t in mine] == [len(t.rows) for t in ref], (f.name, i + 1)
                    cells = {c for t in mine for row in t.rows for c in row if c}
                    if "No." in cells:  # the table of recommendations and progress
                        assert {"Partly met", "Met"} <= cells, cells
                        assert any("the force should make sure that every domestic abuse" in " ".join(c.split())
                                   for c in cells), cells
                    tables += len(ref)
                    continue
                # LuaLaTeX parts words by kerning, with no space between them: pdfplumber glues
                # some ("Goodpractice"), so there a cell's letters are compared, not its words
                kerned = f.name.endswith("-lualatex.pdf")
                for m, r in zip(mine, ref, strict=True):
                    assert max(abs(a - b) for a, b in zip(m.bbox, r.bbox, strict=True)) < 1.0, (f.name, i + 1)
                    # a cell's words, in any order: a cell holding two blocks of text side by side
                    # (a web page's header bar) comes in either reader's order
                    assert _cells_compared(m.rows, kerned) == _cells_compared(r.rows, kerned), (f.name, i + 1)
                tables += len(ref)
        doc.close()
    assert tables >= 10


def test_chromium_classes_wrapped_title_graphic_list_items_one_row_table(tmp_path):
    """Classes of layout from Chromium's print: a title wrapped before "– An inspection of …"
    (a dash in heading type is not a bullet); list items drawn with graphic bullets and ended
    by ";" / "; and" (one item each, not one paragraph); a one-row grade table whose grade
    wraps ("Not" / "graded")."""
    from conftest import chromium_path, require_in_ci

    exe = chromium_path()
    if exe is None:
        require_in_ci("headless Chromium is not installed (apt-get install chromium)")
    html = tmp_path / "r.html"
    html.write_text(
        "<html><body style='font-family:sans-serif;width:640px'>"
        "<h1>PEEL 2023–2025: Police effectiveness, efficiency and legitimacy<br>– An inspection of Wessex Police</h1>"
        "<p>Synthetic test report: not a real inspection and not the inspectorate's words.</p><p>March 2024</p>"
        "<table border='1' style='border-collapse:collapse'><tr><td>How effective is the force at protecting "
        "those who are vulnerable from harm, and supporting victims?</td><td style='width:34px'>Not graded</td>"
        "</tr></table>"
        "<h2>Overall summary</h2><p>We judged the force on nine areas of policing. Three areas require improvement:</p>"
        "<ul><li>investigating crime;</li><li>protecting vulnerable people; and</li>"
        "<li>leadership and force management.</li></ul>"
        "<p>Officers told us they felt well supported by their supervisors.</p></body></html>",
        encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={tmp_path / 'p'}", f"--print-to-pdf={pdf}", html.as_uri()],
                   capture_output=True, timeout=120)
    rep = read_report(pdf, Options())
    assert rep.title == ("PEEL 2023–2025: Police effectiveness, efficiency and legitimacy – "
                         "An inspection of Wessex Police")
    items = [(f.text, f.kind) for f in rep.findings if f.text[:1].islower()]
    assert items == [("investigating crime;", "bullet"), ("protecting vulnerable people; and", "bullet"),
                     ("leadership and force management.", "bullet")]
    assert not any("graded" in f.text.lower() or "How effective" in f.text for f in rep.findings)
    grades = {(s["theme_key"], s["grade"], s["source"]) for s in rep.grade_sources}
    assert ("investigating_crime", "requires improvement", "list") in grades
    assert any(g == "not graded" and src == "table" for _, g, src in grades)


def test_a_lone_contents_entry_and_a_date_that_ends_a_list_item(tmp_path):
    """A short report's contents page with one dotted entry is not prose; "November 2022."
    wrapped from a list item ends the item, it is not the report's date line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "short.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    _, h = A4
    c.setFont("Helvetica-Bold", 22)
    c.drawString(60, h - 90, "Wessex Police praised for its neighbourhood work")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 120, "Synthetic test report: not a real inspection and not the inspectorate's words.")
    c.drawString(60, h - 140, "November 2022")
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 90, "Contents")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 120, "Wessex Police praised for its neighbourhood work " + "." * 40 + " 3")
    c.showPage()
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, h - 90, "Notes for editors")
    c.setFont("Helvetica", 11)
    c.drawString(60, h - 120, "\u2022 The report will be published on the inspectorate's website on Friday 25")
    c.drawString(72, h - 134, "November 2022.")
    c.drawString(60, h - 154, "\u2022 The force serves a population of about one million people.")
    c.showPage()
    c.save()
    rep = read_report(pdf, Options())
    texts = [f.text for f in rep.findings]
    assert "The report will be published on the inspectorate's website on Friday 25 November 2022." in texts
    assert not any("....." in t for t in texts)


def test_unpunctuated_groups_of_words_without_a_verb_are_labels_not_findings():
    """A chart's title and axes or a strip of key figures, read as a paragraph, is a label;
    an unpunctuated sentence (it has a verb) and a list item stay."""
    from extractor.read.layout import ParsedDocument, _drop_labels
    from extractor.records import Block
    from extractor.settings import LayoutSettings

    doc = ParsedDocument(source="x", report_id="x", blocks=[], pages=1)
    blocks = [Block("Collisions causing serious injury, by year", "para", 1),
              Block("2,300 calls a day 14% abandoned 6 control rooms", "para", 1),
              Block("This recommendation is complete", "para", 1),
              Block("Both forces search with cameras on. 87% of searches", "para", 1),
              Block("Timeliness of referrals to partner agencies", "bullet", 1),
              Block("The force answers most calls quickly.", "para", 1)]
    kept = [b.text for b in _drop_labels(blocks, LayoutSettings(), doc)]
    assert kept == ["This recommendation is complete", "Both forces search with cameras on. 87% of searches",
                    "Timeliness of referrals to partner agencies",
                    "The force answers most calls quickly."]
    assert [d[1] for d in doc.dropped] == ["label", "label"]


@pytest.mark.parametrize("text", [
    "Our audit looked at incident records from the six months before the inspection.¹",
    "Inspectors read files from the two years before the visit.²³",
    "Staff in the unit reviewed all sixty of the cancelled records.*",
])
def test_a_sentence_with_a_footnote_call_after_its_stop_is_no_label(text):
    """A producer that sets a footnote call as a superscript character ("….¹") leaves it
    after the full stop; a short sentence without an auxiliary verb ("looked at …") then
    seemed to end unpunctuated and was dropped as a chart label."""
    from extractor.read.layout import ParsedDocument, _drop_labels, ends_sentence
    from extractor.records import Block
    from extractor.settings import LayoutSettings

    doc = ParsedDocument(source="x", report_id="x", blocks=[], pages=1)
    kept = [b.text for b in _drop_labels([Block(text, "para", 1)], LayoutSettings(), doc)]
    assert kept == [text] and not doc.dropped
    assert ends_sentence(text) and not ends_sentence("Calls answered within ten seconds¹")


@pytest.mark.parametrize("after", [True, False], ids=["text-after-the-box", "box-ends-the-document"])
def test_a_side_box_set_into_a_sentence_does_not_split_it(after):
    """A box the reader puts between the two halves of a sentence: the sentence is read
    whole, before the box, and is kept when the box ends the document."""
    from extractor.read.layout import Line, _lines_to_blocks
    from extractor.settings import LayoutSettings

    lines = [Line("The force offers every victim an assessment of", 1, 50, 300, 100, 110, 10),
             Line("Case study: a bright idea", 1, 320, 500, 100, 110, 10, bold=True, aside=True),
             Line("Volunteers help at the front counter.", 1, 320, 500, 112, 122, 10, aside=True)]
    if after:
        lines.append(Line("their needs within a day.", 1, 50, 300, 112, 122, 10))
    blocks = _lines_to_blocks(lines, 10, LayoutSettings())
    first = "The force offers every victim an assessment of" + (" their needs within a day." if after else "")
    assert [b.text for b in blocks if not b.aside] == [first]
    assert blocks[0].text == first and blocks[-1].aside


def test_a_heading_that_goes_on_in_lower_case_is_one_heading_even_with_wide_leading():
    from extractor.read.layout import Line, _lines_to_blocks
    from extractor.settings import LayoutSettings

    lines = [Line("4. How efficiently do the systems and processes in the force support accurate", 4, 62, 500,
                  405, 415.7, 10.5, bold=True),
             Line("crime-recording?", 4, 62, 150, 425, 435.7, 10.5, bold=True),
             Line("The force's systems for recording crime require improvement.", 4, 62, 500, 450, 460.5, 10.5)]
    blocks = _lines_to_blocks(lines, 10.5, LayoutSettings())
    assert [(b.kind, b.text) for b in blocks][:1] == [
        ("heading", "4. How efficiently do the systems and processes in the force support accurate crime-recording?")]


def test_word_spaces_stop_being_checked_once_a_documents_first_pages_need_none():
    """A producer spaces words the same way on every page: after clean first pages the
    check (which doubles PDFium's reading time) is skipped; one moved space keeps it on."""
    from extractor.read.spacing import SpacingCheck
    from extractor.settings import SPACING_CHECK_LINES, SPACING_CHECK_PAGES

    clean = SpacingCheck()
    for _ in range(SPACING_CHECK_PAGES):
        for _ in range(SPACING_CHECK_LINES):
            clean.saw(False)
        clean.page_done()
    assert not clean.active
    moved = SpacingCheck()
    for page in range(SPACING_CHECK_PAGES + 2):
        for k in range(SPACING_CHECK_LINES):
            moved.saw(page == 0 and k == 0)
        moved.page_done()
    assert moved.active


def test_real_word_spaces_are_never_joined(tmp_path):
    """Two words the split-word lexicon could join ("hot spots", "case load") stay apart
    where the PDF draws a real space between them; a piece that is no word ("supervi
    sion") is still joined, whatever the gap."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "real-spaces.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "Patrols in hot spots cut crime, and each case load fell by a fifth.")
    left = "The force has improved its supervi"
    c.drawString(72, 680, left)
    c.drawString(72 + c.stringWidth(left, "Helvetica", 11) + 4, 680, "sion of cases.")
    c.save()
    text = " ".join(b.text for b in read_document(p).blocks)
    assert "in hot spots cut" in text and "each case load fell" in text
    assert "its supervision of cases" in text


def test_a_box_written_out_of_order_follows_both_columns_and_keeps_its_title(tmp_path):
    """A box drawn first in the content stream but printed under two columns is read after
    both columns, so a sentence running from one column into the next stays whole; a
    one-word box title written next to its box moves with it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "box-under-columns.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 430, "Summary")
    c.setFont("Helvetica", 10)
    box = ["The force must answer its non-emergency calls faster, because some",
           "callers give up before anyone speaks to them."]
    for k, line in enumerate(box):
        c.drawString(72, 414 - 13 * k, line)
    left = ["Emergency calls are answered quickly, and most", "callers are told when an officer will come.",
            "In the rural north, attendance is slower, and on"]
    right = ["some nights only two cars cover the whole area.", "Officers there wait a long time for help."]
    for k, line in enumerate(left):
        c.drawString(72, 700 - 13 * k, line)
    for k, line in enumerate(right):
        c.drawString(310, 700 - 13 * k, line)
    c.save()
    blocks = read_document(p).blocks
    text = " ".join(b.text for b in blocks)
    assert "attendance is slower, and on some nights only two cars" in text
    assert text.index("Officers there wait") < text.index("The force must answer")
    titles = [i for i, b in enumerate(blocks) if b.text == "Summary"]
    assert titles and blocks[titles[0] + 1].text.startswith("The force must answer")


def test_a_standfirst_in_larger_type_is_no_heading(tmp_path):
    """The first line of a standfirst set a little larger than the body goes on in lower
    case into a line where its sentence ends: text, not a heading over the rest."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "standfirst.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, 780, "Rural crime in Wessex")
    t = c.beginText(72, 740)
    t.setFont("Helvetica", 11)
    t.setCharSpace(1)  # letter-spaced, as a standfirst often is
    t.textLine("This inspection looked at how Wessex Police responds")
    t.textLine("to crime in its farming communities. We visited the force in May 2026.")
    c.drawText(t)
    c.setFont("Helvetica", 10)
    body = ["The force has a small rural crime team of one sergeant and five constables.",
            "Its officers know the farming community well and are trusted by it.",
            "The force does not yet know how much rural crime goes unreported."]
    for k, line in enumerate(body):
        c.drawString(72, 690 - 14 * k, line)
    c.save()
    blocks = read_document(p).blocks
    assert any(b.kind == "para" and b.text.startswith("This inspection looked at how Wessex Police responds to crime "
                                                       "in its farming communities.") for b in blocks)


@pytest.mark.parametrize("reader", [pdfium_pages, pdfplumber_pages])
def test_a_short_line_a_little_larger_than_the_body_between_sentences_is_a_heading(tmp_path, reader):
    """Headings set in another face at barely more than body size, in a font not named
    bold (11.5 pt sans over 11 pt serif), stand alone between a finished sentence and a
    new one: headings, never glued to the sentence after them. A line in that type that
    goes on a sentence is not one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "quiet_headings.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    y = 780.0
    lines = [("Helvetica", 11.5, "Summary"),
             ("Times-Roman", 11, "Wessex Police has a rural crime team of one sergeant and five"),
             ("Times-Roman", 11, "constables, and farmers told us they trust it."),
             ("Helvetica", 11.5, "Understanding rural crime"),
             ("Times-Roman", 11, "The force cannot yet tell how much rural crime goes unreported,"),
             ("Times-Roman", 11, "because such offences are not marked on its crime system."),
             ("Times-Roman", 11, "Its analysts rely on a monthly report that draws on intelligence."),
             ("Helvetica", 11.5, "Responding to calls from remote farms"),
             ("Times-Roman", 11, "Officers take far longer to reach incidents in remote areas.")]
    for k, (font, size, text) in enumerate(lines):
        if font == "Helvetica" and k:
            y -= 10
        c.setFont(font, size)
        c.drawString(72, y, text)
        y -= 15
    c.save()
    blocks = build_document(str(p), "quiet", reader(p)).blocks
    headings = [b.text for b in blocks if b.kind == "heading"]
    assert headings == ["Summary", "Understanding rural crime", "Responding to calls from remote farms"]
    paras = [b.text for b in blocks if b.kind == "para"]
    assert paras[0].startswith("Wessex Police has a rural crime team")
    assert any(t.startswith("Officers take far longer") for t in paras)


def test_a_box_title_a_little_larger_than_the_boxs_smaller_text_is_its_heading(tmp_path):
    """A side box sets its text smaller than the body's and its title barely larger than
    that, in a face not named bold: the title heads the box, never glued to its first
    sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "box_title.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    body = ["Wessex Police has a rural crime team of one sergeant and five constables, and",
            "farmers told us they trust it. The team covers the whole county from two bases.",
            "Its officers know the farming community well and are trusted by it."]
    for k, line in enumerate(body):
        c.drawString(72, 780 - 15 * k, line)
    c.setFillGray(0.9)
    c.rect(66, 640, 440, 80, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica", 10.5)
    c.drawString(72, 705, "What farmers told us")
    c.setFont("Helvetica", 10)
    c.drawString(72, 690, "Many farmers said that they no longer report thefts of equipment.")
    c.drawString(72, 676, "Others said that they valued the officers they knew by name.")
    c.setFont("Times-Roman", 11)
    c.drawString(72, 620, "The force does not yet know how much rural crime goes unreported.")
    c.save()
    blocks = read_document(p).blocks
    assert ("heading", "What farmers told us") in [(b.kind, b.text) for b in blocks]
    assert any(b.kind == "para" and b.text.startswith("Many farmers said") for b in blocks)


def test_a_bold_standfirst_that_wraps_through_a_comma_into_a_full_stop_is_no_heading(tmp_path):
    """A press release's standfirst in bold 12 pt over 11 pt text wraps over three lines,
    the second ending in a comma and the third in a full stop: one sentence, not a
    heading over the rest of it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "standfirst3.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 17)
    c.drawString(72, 780, "Wessex Police is better at tackling nuisance")
    c.setFont("Helvetica-Bold", 12)
    for k, line in enumerate(["Wessex Police has made good progress in the way it deals with",
                              "neighbour disputes, but it must do more for repeat callers,",
                              "according to a report published today."]):
        c.drawString(72, 740 - 17 * k, line)
    c.setFont("Helvetica", 11)
    body = ["The inspectorate found that the force now answers such reports more quickly.",
            "Neighbourhood officers know their areas well and use a wide range of powers.",
            "The force does not yet check whether repeat callers are satisfied."]
    for k, line in enumerate(body):
        c.drawString(72, 680 - 15 * k, line)
    c.save()
    blocks = read_document(p).blocks
    assert any(b.kind == "para" and b.text.startswith("Wessex Police has made good progress in the way it deals with "
                                                       "neighbour disputes") for b in blocks)


def test_a_bullet_drawn_twice_leaves_no_glyph_in_the_item(tmp_path):
    """A nested list whose first item gets the outer bullet as well ("• • previous
    incidents …", as borb draws it): both glyphs go, the item keeps only its words."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "double-bullet.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "Call handlers now check three things before they grade a call:")
    c.drawString(80, 704, "\u2022")
    c.drawString(92, 704, "\u2022")
    c.drawString(104, 704, "earlier calls from the same address;")
    c.drawString(92, 690, "\u2022")
    c.drawString(104, 690, "whether a child lives there; and")
    c.drawString(92, 676, "\u2022")
    c.drawString(104, 676, "any warning markers on the caller.")
    c.save()
    items = [b.text for b in read_document(p).blocks if b.kind == "bullet"]
    assert "earlier calls from the same address;" in items
    assert not any("\u2022" in t for t in items)


def test_a_grade_row_wrapped_after_its_colon_stays_one_item(tmp_path):
    """A judgement list in a narrow column: "• Leadership and force management:" wraps, and
    its grade ("adequate") stands on the next line under the item's hanging indent. It is
    the rest of the item, not the first item of a list the colon opens (nor a label)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "wrapped-row.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "\u2022")
    c.drawString(84, 720, "Investigating crime: good")
    c.drawString(72, 706, "\u2022")
    c.drawString(84, 706, "Leadership and force management:")
    c.drawString(84, 694, "adequate")
    c.drawString(72, 680, "\u2022")
    c.drawString(84, 680, "Responding to the public: requires")
    c.drawString(84, 668, "improvement")
    c.save()
    items = [b.text for b in read_document(p).blocks if b.kind == "bullet"]
    assert items == ["Investigating crime: good", "Leadership and force management: adequate",
                     "Responding to the public: requires improvement"]


def test_a_sentence_runs_on_past_a_small_header_that_only_the_second_page_has(tmp_path):
    """A two-page report whose running header (small italic type) is printed from page 2
    only: the sentence the first page broke off goes on after the header, which is no part
    of it (a header on one page is no repeated furniture, so its size tells it apart)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "header-from-page-two.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Both forces share what they know about stalking with councils and support services.")
    c.drawString(72, 158, "In Wessex a monthly meeting brings these groups together to talk about the victims")
    c.drawString(72, 144, "most at risk, and Mercia attends a similar meeting in its own area. Support workers")
    c.drawString(72, 130, "from the local charity told us")
    c.showPage()
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(72, 800, "Stalking in Wessex and Mercia June 2024")
    c.setFont("Helvetica", 11)
    c.drawString(72, 770, "that they valued how open both forces had been with them.")
    c.drawString(72, 740, "Both forces should now agree how they share risk assessments.")
    c.save()
    texts = [b.text for b in read_document(p).blocks if b.kind == "para"]
    assert "Support workers from the local charity told us that they valued how open both forces had been with them." \
        in " ".join(texts), texts
    assert not any("June 2024" in t for t in texts)


def test_a_note_in_small_type_between_a_sentences_halves_stands_after_it(tmp_path):
    """A producer that writes a footnote where its call is (groff's -ms, mid-page) leaves
    the note's text between the two halves of the sentence around it: the sentence goes
    on, and the note stands after it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "note-inside.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "We also spoke to the families of older victims. Many described the embarrassment their")
    c.setFont("Helvetica", 8)
    c.drawString(72, 745, "1 Fraud reports are passed to the force by a national centre.")
    c.setFont("Helvetica", 11)
    c.drawString(72, 730, "relatives felt after being defrauded, which often stopped them reporting again.")
    c.drawString(72, 700, "The force has started a scheme with local banks to spot such frauds early.")
    c.save()
    texts = [b.text for b in read_document(p).blocks if b.kind == "para"]
    assert ("We also spoke to the families of older victims. Many described the embarrassment their relatives felt "
            "after being defrauded, which often stopped them reporting again.") in texts, texts


def test_a_list_with_drawn_discs_and_a_narrow_indent_is_read_as_items(tmp_path):
    """A lead-in ending in a colon, then items set in by less than the usual list step,
    each beside a filled circle drawn as a shape (no bullet character), starting in lower
    case and ending ";": each item is one sentence, not the lead-in and the items run
    together (as a Java PDF library's letter drew it)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "drawn-discs.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(71, 720, "Since our last visit, we found that:")
    items = ["custody officers now record each detainee's needs on arrival;",
             "detainees are offered a shower and a change of clothes;",
             "every cell call bell was answered within two minutes; and",
             "the force has replaced the worn mattresses in all cells."]
    for k, item in enumerate(items):
        y = 704 - 16.2 * k
        c.circle(76.9, y + 3.5, 2, stroke=0, fill=1)
        c.drawString(87, y, item)
    c.drawString(71, 620, "Inspectors will return to the suite next year.")
    c.save()
    blocks = read_document(p).blocks
    texts = [b.text for b in blocks]
    assert "Since our last visit, we found that:" in texts
    assert [b.text for b in blocks if b.kind == "bullet"] == items


def test_an_item_with_a_drawn_square_bullet_after_a_page_break_is_an_item_of_its_own(tmp_path):
    """Bullets drawn as small filled squares (no glyph in the text layer), a list that goes
    on over a page break: the item at the top of the next page starts in lower case after
    one ended by ";" and is its own item, not the end of the one before (as a Rust PDF
    library drew it). A heading beside a larger decorative square stays a heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "drawn-squares.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 11)
    c.rect(64, 744, 8, 8, stroke=0, fill=1)
    c.drawString(78, 745, "Understanding demand")
    c.setFont("Helvetica", 10)
    c.drawString(64, 720, "The constabulary has made a start on understanding the demand it faces.")
    c.drawString(64, 700, "The constabulary should improve its understanding of demand by:")
    items = ["analysing calls that do not lead to an incident record;",
             "working with partner agencies to estimate demand that goes unreported;",
             "using that analysis to decide where officers are deployed."]
    for k, item in enumerate(items[:2]):
        y = 80 + 14 * (1 - k)
        c.rect(67, y + 1.5, 3.8, 3.8, stroke=0, fill=1)
        c.drawString(80, y, item)
    c.showPage()
    c.setFont("Helvetica", 10)
    c.rect(67, 761.5, 3.8, 3.8, stroke=0, fill=1)
    c.drawString(80, 760, items[2])
    c.drawString(64, 730, "We will check on its progress at our next inspection of the constabulary.")
    c.save()
    blocks = read_document(p).blocks
    assert [b.text for b in blocks if b.kind == "bullet"] == items
    assert [b.text for b in blocks if b.kind == "heading"] == ["Understanding demand"]
    # a bold heading in body type with a small square, and a chart legend in small type
    # beside its colour swatches: neither is a list
    q = tmp_path / "squares-not-bullets.pdf"
    c = canvas.Canvas(str(q), pagesize=A4)
    for k, name in enumerate(["Managing offenders", "Responding to the public"]):
        top = 760 - 200 * k
        c.setFont("Helvetica-Bold", 10)
        c.rect(64, top + 1.5, 5, 5, stroke=0, fill=1)
        c.drawString(74, top, name)
        c.setFont("Helvetica", 10)
        for j in range(4):
            c.drawString(64, top - 20 - 14 * j, f"The force has improved this area in several ways over the year, part {j + 1}.")
    c.setFont("Helvetica", 8)
    for j, label in enumerate(["Calls answered within 10 seconds", "Calls abandoned", "Repeat callers in 2023"]):
        c.setFillColorRGB(0.2 * j, 0.5, 0.8)
        c.rect(64, 300 - 12 * j, 4, 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(72, 299 - 12 * j, label)
    c.save()
    blocks = read_document(q).blocks
    assert not [b.text for b in blocks if b.kind == "bullet"]
    assert {"Managing offenders", "Responding to the public"} <= {b.text for b in blocks if b.kind == "heading"}


def test_notes_under_a_notes_label_in_their_own_small_type_are_set_aside(tmp_path):
    """A section's notes set after it in small type under "Notes" in the same small type
    (as an HTML-to-PDF engine lays out footnotes): the label is no heading of the report,
    but the numbered notes under it are notes, not findings; the text in body type that
    follows them, with no heading between, is the report again."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "small-notes.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(62, 760, "Investigating crime")
    c.setFont("Times-Roman", 10.5)
    c.drawString(62, 740, "Most cases go to officers with the right skills, and sergeants review them often.")
    c.drawString(62, 726, "Victims are not always told when an investigation is closed.")
    c.setFont("Times-Bold", 8)
    c.drawString(62, 700, "Notes")
    c.setFont("Times-Roman", 8)
    c.drawString(62, 688, "1. Wessex Police budget statement for 2024/25, as supplied to us in January 2025.")
    c.drawString(62, 678, "2. We reviewed 90 crime files closed between April and September 2024.")
    c.setFont("Times-Roman", 10.5)
    c.drawString(62, 650, "The force has since written to every victim whose case was closed without an update.")
    c.save()
    texts = [b.text for b in read_document(p).blocks]
    assert not any("90 crime files" in t or "budget statement" in t or t == "Notes" for t in texts)
    assert "The force has since written to every victim whose case was closed without an update." in texts
    assert "Victims are not always told when an investigation is closed." in " ".join(texts)
    # "Sources" in body type (a chart's or table's label) heads no notes: the text after it stays
    q = tmp_path / "body-sources.pdf"
    c = canvas.Canvas(str(q), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(62, 760, "Investigating crime")
    c.setFont("Times-Roman", 10.5)
    c.drawString(62, 740, "Most cases go to officers with the right skills, and sergeants review them often.")
    c.drawString(62, 716, "Sources")
    c.drawString(62, 692, "Victims are not always told when an investigation is closed.")
    c.drawString(62, 678, "The force has since written to every victim whose case was closed without an update.")
    c.save()
    joined = " ".join(b.text for b in read_document(q).blocks)
    assert "Victims are not always told when an investigation is closed." in joined
    assert "The force has since written to every victim whose case was closed without an update." in joined


def test_a_long_credit_line_ending_in_a_date_is_no_finding(tmp_path):
    """A cover's credit line, however long ("Joint inspection by HM Inspectorate of … and
    HM Inspectorate of Prisons, 3–14 June 2024"): no verb, no full stop and a date at
    its end make it the document's details, not a finding; a sentence ending in a date
    stays."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "credit-line.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(62, 760, "Report on an inspection of Wessex Police custody suites")
    c.setFont("Helvetica", 10)
    c.drawString(62, 730, "Joint inspection by HM Inspectorate of Constabulary and Fire & Rescue Services and "
                          "HM Inspectorate of Prisons,")
    c.drawString(62, 718, "3–14 June 2024")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(62, 690, "Summary")
    c.setFont("Helvetica", 10)
    c.drawString(62, 670, "Wessex Police holds people in two suites, one in the city and one by the ring road.")
    c.drawString(62, 656, "Detainees were treated with respect, and most cells were clean.")
    c.drawString(62, 642, "The force told us it would refurbish the oldest suite by March 2025.")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(62, 612, "Leadership")
    c.setFont("Helvetica", 10)
    c.drawString(62, 592, "A superintendent leads custody and reports each month to a chief officer.")
    c.drawString(62, 570, "Response times improved in every district. Average waits fell to 12 minutes by June 2024")
    c.save()
    texts = [b.text for b in read_document(p).blocks]
    assert "Summary" in texts
    assert not any(t.startswith("Joint inspection by") for t in texts)
    joined = " ".join(texts)
    assert "Response times improved in every district." in joined
    assert "Detainees were treated with respect, and most cells were clean." in joined
    assert "The force told us it would refurbish the oldest suite by March 2025." in joined


def test_list_items_set_in_by_less_than_an_em_under_a_lead_in(tmp_path):
    """Items drawn with open circles and set in by under an em (10 pt at 10.5 pt type) after
    a lead-in ending ":" are items of their own, not one sentence with the lead-in (as a
    C++ PDF library's two-column page drew them)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "narrow-indent.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 10.5)
    c.drawString(76.5, 720, "Trainee assessors said that they wanted more")
    c.drawString(76.5, 707, "guidance on:")
    items = ["reading credit reports;", "questioning applicants about old convictions;",
             "checking online profiles."]
    for k, item in enumerate(items):
        y = 691 - 15 * k
        c.circle(80, y + 3, 1.8, stroke=1, fill=0)
        c.drawString(86.5, y, item)
    c.drawString(76.5, 630, "The unit has since asked the college for a course.")
    c.save()
    blocks = read_document(p).blocks
    assert "Trainee assessors said that they wanted more guidance on:" in [b.text for b in blocks]
    assert [b.text for b in blocks if b.text in items] == items


def test_a_sentence_crossing_the_page_break_goes_on_past_chart_labels_drawn_after_it(tmp_path):
    """A chart drawn after the page's text: its small value and month labels come between
    the halves of a sentence that crosses the page break, and must not join it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "chart-after-text.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(72, 760, "Figures for the first half of the year are shown below.")
    body = ["Cell checks were recorded well. Detainees who asked for a doctor were seen",
            "within the hour in most of the cases we looked at, and all but two of them",
            "were offered a drink while they waited for"]
    for k, line in enumerate(body):
        c.drawString(72, 560 - 14 * k, line)
    c.setFont("Helvetica", 8)  # the chart, drawn last: values above bars, months below
    for k, (month, value) in enumerate([("Jan", "301"), ("Feb", "287"), ("Mar", "344")]):
        c.rect(90 + 60 * k, 620, 30, 60, stroke=0, fill=1)
        c.drawString(95 + 60 * k, 684, value)
        c.drawString(95 + 60 * k, 610, month)
    c.showPage()
    c.setFont("Times-Roman", 11)
    c.drawString(72, 760, "the assessment to finish. Release plans were thorough.")
    c.save()
    texts = [f.text for f in read_report(p, Options()).findings]
    assert ("within the hour in most of the cases we looked at, and all but two of them were offered a drink "
            "while they waited for the assessment to finish.") in " ".join(texts)
    assert not any(m in t for t in texts for m in ("Jan", "Mar", "301", "344"))


def test_a_ruled_table_rows_label_is_no_part_of_its_one_line_sentence(tmp_path):
    """Rows of a ruled "Area | What we found" table whose text fits on one line: the label
    cell is the row's heading, not the start of the sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "label-cells.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(57, 780, "We summarise what we found in each area below.")
    rows = [("Area", "What we found"), ("Vetting", "Clearances are renewed late in a third of cases."),
            ("Counter-corruption", "The unit is well staffed but lacks a monitoring tool."),
            ("Misconduct", "Hearings are held promptly and fairly.")]
    top = 760
    for k, (label, text) in enumerate(rows):
        y = top - 20 * k
        c.setFont("Times-Bold" if k == 0 else "Times-Roman", 10)
        c.drawString(61, y - 14, label)
        c.drawString(165, y - 14, text)
    for k in range(len(rows) + 1):
        c.line(57, top - 20 * k, 539, top - 20 * k)
    for x in (57, 160, 539):
        c.line(x, top, x, top - 20 * len(rows))
    c.save()
    texts = [f.text for f in read_report(p, Options()).findings]
    for _, text in rows[1:]:
        assert text in texts
    assert not any(t.startswith(("Counter-corruption", "Misconduct", "Vetting")) for t in texts)


def test_a_back_cover_in_unfamiliar_wording_is_furniture_but_a_short_last_page_of_prose_is_not(tmp_path):
    """The last page holding a copyright line and short lines of a licence the reader has
    never seen is a back cover; a last page with a closing paragraph and a copyright line
    is report text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    closing = ("We will return to the force within twelve months to see how far it has gone in putting "
               "these recommendations into practice, and we will publish what we find on our website so "
               "that the public can follow its progress.")

    def make(path: Path, back_cover: bool) -> Path:
        c = canvas.Canvas(str(path), pagesize=A4)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 760, "The force answers most emergency calls quickly.")
        c.showPage()
        c.setFont("Times-Roman", 10)
        if back_cover:
            for k, line in enumerate(["© Wessex Inspectorate 2025", "Anyone may reprint this booklet for teaching.",
                                      "Ask us before you translate it.", "Write to the records office in Dunmere."]):
                c.drawString(72, 300 - 14 * k, line)
        else:
            words, line, y = closing.split(), "", 760
            for w in words:
                if len(line) + len(w) > 80:
                    c.drawString(72, y, line)
                    line, y = "", y - 14
                line = f"{line} {w}".strip()
            c.drawString(72, y, line)
            c.drawString(72, 60, "© Wessex Inspectorate 2025")
        c.save()
        return path

    texts = [f.text for f in read_report(make(tmp_path / "back.pdf", True), Options()).findings]
    assert texts == ["The force answers most emergency calls quickly."]
    texts = [f.text for f in read_report(make(tmp_path / "closing.pdf", False), Options()).findings]
    assert closing in texts


@pytest.mark.parametrize("markers", [("a.", "b.", "c."), ("(a)", "(b)", "(c)"), ("1.", "2.", "3."),
                                     ("(i)", "(ii)", "(iii)"), ("i.", "ii.", "iii.")])
def test_lettered_and_numbered_items_after_a_lead_in_lose_their_markers(tmp_path, markers):
    """A lettered, numbered or roman list drawn as text ("a. review …", "(ii) train …")
    after a lead-in ending ":" is a list: the markers are not the items' words. The
    second item wraps onto a line set in under the item, and ends "; and" on a line of
    its own, as JavaScript and OCR producers leave it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "lettered.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "To put this right, the force should:")
    c.drawString(72, 702, f"{markers[0]} review every open case of stalking within one month;")
    c.drawString(72, 688, f"{markers[1]} train its control room staff to spot the signs of stalking when")
    c.drawString(90, 675, "a victim first calls;")
    c.drawString(90, 662, "and")
    c.drawString(72, 648, f"{markers[2]} report its progress to the police and crime panel each quarter.")
    c.drawString(72, 620, "We will return to check on this in the spring.")
    c.save()
    texts = [b.text for b in read_document(p).blocks]
    assert texts[-4:] == ["review every open case of stalking within one month;",
                          "train its control room staff to spot the signs of stalking when a victim first calls; and",
                          "report its progress to the police and crime panel each quarter.",
                          "We will return to check on this in the spring."], texts


def test_a_line_of_prose_that_starts_with_a_letter_and_full_stop_keeps_it(tmp_path):
    """Without a lead-in or a list item just before it, "a." at the start of a line is
    part of the sentence (a wrapped reference), not a marker."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "prose.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 720, "The force told us that its plan was agreed in appendix 4, part")
    c.drawString(72, 707, "a. and that the board had approved it in June.")
    c.save()
    texts = [b.text for b in read_document(p).blocks]
    assert any("part a. and that the board" in t for t in texts), texts


PROBE20 = Path(__file__).resolve().parent.parent / "bench" / "probe20" / "pdf"


def _probe20_text(name: str) -> list[tuple[str, str]]:
    """(kind, text) of each block hmic reads from one of probe20's PDFs (written by a helper
    who had not seen the reader, with fcl-pdf, PDF::Reuse and PDFium)."""
    return [(b.kind, " ".join(b.text.split())) for b in read_document(PROBE20 / f"{name}.pdf").blocks]


def test_a_semicolon_a_font_maps_to_the_greek_question_mark_still_ends_a_list_item():
    """PDFium's Liberation fonts map ";" to U+037E, which Unicode reads as a semicolon:
    the lettered recommendations "(a) …;" "(b) …; and" "(c) …" are three items."""
    blocks = _probe20_text("u02_vetting_quillingham")
    items = [t for k, t in blocks if k == "bullet"]
    assert any(t.startswith("check all officers and staff") and t.endswith("once a year;") for t in items)
    assert any(t.startswith("review the complaints made against each officer") for t in items)
    assert not any("(b)" in t or "\u037e" in t for _, t in blocks)


def test_a_ruled_tables_small_type_at_the_foot_of_a_page_is_no_footnote():
    """A three-column ruled table set in small type in the lower half of a page, above the
    page's real notes, keeps its prose cells; the notes under it are still notes."""
    blocks = _probe20_text("f03_custody_caverstow")
    text = " ".join(t for _, t in blocks)
    assert "Custody managers are visible and supportive, but they do not review the use of force." in text
    assert "Detainees see a nurse quickly, and medicines are managed safely." in text
    assert "We also reviewed the force’s custody data" not in text


def test_a_paragraphs_last_line_above_the_first_note_is_not_a_box_title():
    """The line just above a page's first note ("1 The force carried out …") ends a
    paragraph; the note is dropped and the sentence goes on across the page break."""
    blocks = _probe20_text("f01_peel_brantwick")
    paras = [t for k, t in blocks if k == "para"]
    assert any("where young people had been gathering, and reports of disorder in the area fell sharply." in t
               for t in paras)
    assert not any(t.startswith("1 The force carried out a public survey") or "4,000 residents" in t for t in paras)


def test_a_continuation_pages_own_header_two_body_sizes_above_the_text_is_furniture():
    """A two-page report repeats no header; page 2's small header, set about two body sizes
    above the text, is not glued into the sentence that crosses the page break."""
    paras = [t for k, t in _probe20_text("u01_peel_elverdon") if k == "para"]
    assert any(t.endswith("the delay had not been explained to the caller.") for t in paras)
    assert not any("Police effectiveness, efficiency and legitimacy" in t for t in paras)


def test_a_short_bold_sentence_that_labels_a_table_row_is_a_finding_not_a_heading():
    """A table whose first cell is a short sentence in bold ("Community scrutiny is
    limited.") before its detail: the sentence is the row's first finding; a bold label
    without a verb would still head the row."""
    blocks = _probe20_text("p03_stopsearch_norcaster")
    assert any(k == "para" and t.startswith("Community scrutiny is limited.") for k, t in blocks)
    assert not any(k == "heading" and t == "Community scrutiny is limited." for k, t in blocks)


def test_a_lettered_list_goes_on_past_a_letters_page_two_header():
    """A letter's page-2 header ("Chief Constable …, Force  date") read between item (a) on
    page 1 and item (b) on page 2 does not end the list: "b)" is a marker, not text."""
    items = [t for k, t in _probe20_text("p01_letter_mardlow") if k == "bullet"]
    assert any(t.startswith("make sure that referrals to children’s social care") for t in items)
    assert not any(t.startswith("b)") for _, t in _probe20_text("p01_letter_mardlow"))


PROBE22 = Path(__file__).resolve().parent.parent / "bench" / "probe22" / "pdf"


def _page_with_ruled_notes(path: Path, rule_width: float, gap: float) -> Path:
    """A page of body text whose notes, in body-size type, stand under a rule ``gap``
    points below the last line: the shape of pdfme's footnotes and Word's separator."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    body = ["The force answers most emergency calls quickly and sends the right officers.",
            "Supervisors check every high-risk domestic abuse case within a day."]
    y = 700.0
    for line in body:
        c.drawString(72, y, line)
        y -= 14
    y = 300.0
    for line in ["Officers told us that handovers between shifts are now better planned.",
                 "The force has not yet measured whether the new plan works."]:
        c.drawString(72, y, line)
        y -= 14
    rule_y = y + 14 - gap
    c.line(72, rule_y, 72 + rule_width, rule_y)
    c.drawString(72, rule_y - 14, "We sampled sixty case files from the last quarter of 2023.")
    c.showPage()
    c.save()
    return path


def test_body_size_notes_under_a_short_rule_are_footnotes(tmp_path):
    """Notes set at body size under a short rule at the text's left edge (pdfme's
    footnotes; Word's separator) are footnotes, whatever their size; a rule the width of
    the text, or one that touches the line above it (an underline), is no separator."""
    doc = read_document(_page_with_ruled_notes(tmp_path / "notes.pdf", rule_width=150, gap=12))
    assert any("sixty case files" in t for _, why, t in doc.dropped if why == "footnote")
    assert not any("sixty case files" in b.text for b in doc.blocks)
    for name, width, gap in (("wide.pdf", 460, 12), ("underline.pdf", 150, 2)):
        doc = read_document(_page_with_ruled_notes(tmp_path / name, rule_width=width, gap=gap))
        assert any("sixty case files" in b.text for b in doc.blocks), name
    # pdfme sets its notes at body size under such a rule (probe22, written blind to the reader)
    blocks = read_document(PROBE22 / "z02_peel_hessleby.pdf").blocks
    assert not any("In 7 of the 25 domestic abuse cases" in b.text for b in blocks)
    assert not any("recording of use of force rose from 62" in b.text for b in blocks)
    # the reference reader sees the same rule
    doc = read_document(tmp_path / "notes.pdf", reader="pdfplumber")
    assert not any("sixty case files" in b.text for b in doc.blocks)


def _zebra_table(path: Path) -> Path:
    """A table whose rows are told apart only by shading on every other row (each cell a
    filled rectangle, no rules but one under the header and one at the foot): the
    unshaded rows have no cell sides of their own."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 760, "Synthetic test document: this is not a real inspection report.")
    c.drawString(60, 740, "The table below sets out what we found against each of our expectations.")
    rows = [("Detainees know their rights", "Detainees were told their rights clearly and given leaflets.", "Met"),
            ("Cells are safe", "Two cells had ligature points that had not been removed.", "Not met"),
            ("Children leave quickly", "Children who had been charged waited nine hours for a bed.", "Not met"),
            ("Healthcare is timely", "Nurses saw detainees promptly and gave medicines on time.", "Met")]
    y = 720
    c.setLineWidth(0.5)
    c.line(60, y, 535, y)
    for x, head in ((66, "Expectation"), (196, "What we found"), (471, "Judgement")):
        c.drawString(x, y + 6, head)
    for i, (label, text, status) in enumerate(rows):
        if i % 2:
            c.setFillGray(0.92)
            for x0, x1 in ((60, 190), (190, 465), (465, 535)):
                c.rect(x0, y - 24, x1 - x0, 24, fill=1, stroke=0)
            c.setFillGray(0)
        for x, cell in ((66, label), (196, text), (471, status)):
            c.drawString(x, y - 16, cell)
        y -= 24
    c.line(60, y, 535, y)
    c.showPage()
    c.save()
    return path


def test_a_table_drawn_only_with_alternate_shading_keeps_its_rows_apart(tmp_path):
    """Shaded rows give the columns; an unshaded row between the rules is a row of the
    same table: its label is a heading, its text a sentence, its status no part of it."""
    blocks = [(b.kind, " ".join(b.text.split())) for b in read_document(_zebra_table(tmp_path / "zebra.pdf")).blocks]
    for label, text in (("Detainees know their rights", "Detainees were told their rights clearly and given leaflets."),
                        ("Children leave quickly", "Children who had been charged waited nine hours for a bed.")):
        assert (blocks.index(("heading", label)) + 1) == blocks.index(("para", text))
    assert not any(t.endswith((" Met", " Not met")) for _, t in blocks)


def test_a_table_drawn_inside_a_form_xobject_is_read_with_its_cells(tmp_path):
    """pdfjs and desktop-publishing masters draw tables inside form XObjects: their rules
    are read in the form's own space and placed on the page with its matrix, so the
    table's rows are parted as on any page (the form is drawn moved and scaled here)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, 780, "Synthetic test document: this is not a real inspection report.")
    c.beginForm("grid")
    c.setLineWidth(0.5)
    for y in (0, 30, 60, 90):
        c.line(0, y, 475, y)
    for x in (0, 130, 405, 475):
        c.line(x, 0, x, 90)
    c.endForm()
    c.saveState()
    c.translate(60, 600)
    c.doForm("grid")
    c.restoreState()
    rows = [("Expectation", "What we found", "Judgement"),
            ("Detainees know their rights", "Detainees were told their rights clearly and given leaflets.", "Met"),
            ("Cells are safe", "Two cells had ligature points that had not been removed.", "Not met")]
    for i, (a, b, g) in enumerate(rows):
        y = 600 + 90 - 30 * i - 19
        c.drawString(66, y, a)
        c.drawString(196, y, b)
        c.drawString(471, y, g)
    c.showPage()
    c.save()
    blocks = [(b.kind, " ".join(b.text.split())) for b in read_document(path).blocks]
    assert ("heading", "Detainees know their rights") in blocks
    assert ("para", "Detainees were told their rights clearly and given leaflets.") in blocks


def test_notes_a_producer_writes_before_the_text_are_still_footnotes(tmp_path):
    """rinohtype writes a page's footnotes into the content stream before its text: the
    notes are found where they stand (small type below all the text at the foot of the
    page), not by coming last."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "notes-first.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 8)
    c.drawString(72, 70, "1 Figures supplied by the force for the year ending March 2025.")
    c.setFont("Helvetica", 10.5)
    y = 760
    for line in ("Synthetic test document: this is not a real inspection report.",
                 "The force answers most emergency calls within ten seconds.",
                 "Supervisors review every high-risk case before the end of each shift."):
        c.drawString(72, y, line)
        y -= 15
    c.showPage()
    c.save()
    doc = read_document(path)
    assert any("Figures supplied by the force" in t for _, why, t in doc.dropped if why == "footnote")
    assert not any("Figures supplied" in b.text for b in doc.blocks)
    assert any("Supervisors review every high-risk case" in b.text for b in doc.blocks)


def test_a_note_under_a_numbered_paragraph_that_runs_on_is_a_note(tmp_path):
    """A numbered paragraph that runs on to the next page ("5. Officers recognise … when
    they attend") ends the page just above its notes: it is no box title over them, so the
    notes (their numbers lost as superscripts) are dropped and the sentence goes on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "runs-on.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    c.drawString(62, 780, "Synthetic test document: this is not a real inspection report.")
    y = 400
    for line in ("4. The force answers most emergency calls within ten seconds, and callers",
                 "are told when an officer will arrive.",
                 "5. Officers recognise vulnerability well when they attend"):
        c.drawString(62, y, line)
        y -= 15
    c.setFont("Helvetica", 7.5)
    c.drawString(62, y - 3, "The target is set by the force's own policy; it is not a national standard.")
    c.showPage()
    c.setFont("Helvetica", 10.5)
    c.drawString(62, 780, "incidents, and they refer children to social care quickly.")
    c.showPage()
    c.save()
    doc = read_document(path)
    assert any("The target is set" in t for _, why, t in doc.dropped if why == "footnote")
    assert any("when they attend incidents, and they refer children" in " ".join(b.text.split()) for b in doc.blocks)



def test_a_note_straight_under_the_text_of_a_page_that_ends_early_is_a_note(tmp_path):
    """A page that ends early (a section's last page) may carry its note right under its
    text, in the upper half of the page (gowkhtmltopdf): small type below all the body text
    that opens with the number the text calls ("… partners need.2") is the note, not a
    finding."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "early-note.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = 780
    for line in ("Synthetic test document: this is not a real inspection report.",
                 "Referrals to the safeguarding hub often lack the details partners need.2",
                 "Officers record the views of children at most domestic abuse incidents."):
        c.drawString(62, y, line)
        y -= 15
    c.setFont("Helvetica", 8)
    c.drawString(62, y - 12, "2 We read 45 referrals; 19 gave no date of birth for the child.")
    c.showPage()
    c.setFont("Helvetica", 10.5)
    c.drawString(62, 780, "The force has trained every call handler to spot coercive control.")
    c.showPage()
    c.save()
    doc = read_document(path)
    assert any("We read 45 referrals" in t for _, why, t in doc.dropped if why == "footnote")
    assert not any("We read 45 referrals" in b.text for b in doc.blocks)
    assert any("Officers record the views of children" in b.text for b in doc.blocks)


@pytest.mark.parametrize("lead, small", [
    (["We recommend that, by June 2025, the constabulary:"],
     ["1 reviews how it supervises harassment cases; and", "2 offers every victim a needs assessment."]),
    ([], ["1 in 5 callers told us nobody rang them back.", "Most said the call handler was courteous."]),
    ([], ["14 sergeants completed the new course, and all now use it.", "The rest will finish it by spring."]),
    (["The constabulary has three aims:"], ["1 Keeping children safe from harm.", "2 Catching offenders quickly."]),
])
def test_small_type_under_an_early_ending_page_that_no_call_names_stays_text(tmp_path, lead, small):
    """Small type straight under a page's text is taken as its notes only when the text calls
    the note by its number: small-type numbered recommendations under a lead-in, a count that
    opens a phrase ("1 in 5 callers"), a list in small type stay text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "small.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10.5)
    y = 780
    for line in ["Synthetic test document: this is not a real inspection report.",
                 "Leaders have improved how the constabulary answers emergency calls.", *lead]:
        c.drawString(62, y, line)
        y -= 15
    c.setFont("Helvetica", 8.5)
    y -= 6
    for line in small:
        c.drawString(62, y, line)
        y -= 11.5
    c.showPage()
    c.setFont("Helvetica", 10.5)
    c.drawString(62, 780, "The constabulary has trained every call handler to spot coercive control.")
    c.showPage()
    c.save()
    doc = read_document(path)
    assert not [t for _, why, t in doc.dropped if why == "footnote"]


def test_a_bold_subject_line_under_a_salutation_is_a_heading(tmp_path):
    """"Dear Oswin," ends its line though it ends no sentence: the bold subject line set
    close under it ("Vetting: what we found on our March visit") heads the letter's text,
    and is no finding run into its first sentence."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "subject-line.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for font, line in (("Helvetica", "Synthetic test document: this is not a real inspection report."),
                       ("Helvetica", "Dear Oswin,"),
                       ("Helvetica-Bold", "Vetting: what we found on our March visit"),
                       ("Helvetica", "Thank you for the help your staff gave our team during the visit."),
                       ("Helvetica", "Your vetting unit clears most applications within a month."),
                       ("Helvetica", "Yours sincerely,")):
        c.setFont(font, 10.5)
        c.drawString(62, y, line)
        y -= 20
    c.showPage()
    c.save()
    doc = read_document(path)
    assert any(b.kind == "heading" and b.text == "Vetting: what we found on our March visit" for b in doc.blocks)
    assert not any("March visit Thank you" in " ".join(b.text.split()) for b in doc.blocks)


def test_a_sentence_set_in_under_a_hanging_indent_goes_on_across_the_page():
    """Numbered paragraphs set with a hanging indent ("3.3" at the margin, the text set in):
    the one that breaks off at the foot of a page, above its notes, goes on at the top of
    the next under the same indent. In a document with drawn bullets that set-in line, read
    after a dropped running header, is taken for a list item (PDF::Create's output in
    probe23): a list item on a new page that starts in lower case is the sentence going on;
    on the same page it stays an item."""
    from extractor.read.layout import _append_or_go_on
    from extractor.records import Block

    para = Block("The unit has worked with two charities. It now plans shared training", "para", 1, 1, (), 11.0)
    rest = Block("sessions with the same charities for response officers.", "bullet", 2, 1, (), 11.0)
    out = [para]
    _append_or_go_on(out, rest, cut=True)
    assert [b.text for b in out] == ["The unit has worked with two charities. It now plans shared training "
                                     "sessions with the same charities for response officers."]
    assert out[0].page_breaks == ((len(para.text) + 1, 2),)
    same_page = Block("sessions with the same charities for response officers.", "bullet", 1, 1, (), 11.0)
    out = [para]
    _append_or_go_on(out, same_page, cut=True)
    assert len(out) == 2


def test_a_long_licence_and_contact_paragraph_on_the_last_page_is_back_matter(tmp_path):
    """A back cover whose licence and contact come as one paragraph in the publisher's own
    words ("This document is published under an open licence … Any enquiries about it should
    be sent to …") is back matter; the same words inside the report's prose are findings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "licence.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(72, 760, "Synthetic test document: this is not a real inspection report.")
    c.drawString(72, 740, "The force answers most emergency calls quickly.")
    c.drawString(72, 720, "Call handlers deal with any enquiries about it quickly and politely.")
    c.showPage()
    c.setFont("Times-Roman", 10)
    c.drawString(72, 320, "© Wessex Inspectorate 2025")
    for k, line in enumerate(("This synthetic test document is published under an open licence and may be",
                              "reused without charge. Any enquiries about it should be sent to the test set,",
                              "4 Mill Lane, Dunmere DN1 2AB. www.example.org/wessex")):
        c.drawString(72, 290 - 13 * k, line)
    c.save()
    texts = [f.text for f in read_report(path, Options()).findings]
    assert "Call handlers deal with any enquiries about it quickly and politely." in texts
    assert not any("open licence" in t or "Mill Lane" in t for t in texts), texts


def test_a_compound_hyphen_repeated_on_the_next_line_joins_it_and_starts_no_list(tmp_path):
    """Some typesetters (genpdf among them) repeat a compound's hyphen at the start of the
    next line ("under-" / "-recorded"), so that it is not taken for hyphenation: the line
    goes on with the sentence, which keeps one hyphen, and is no dash-bulleted item."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from extractor.read.normalize import join_lines

    assert join_lines(["thefts from shops are under-", "-reported across the county."]) == \
        "thefts from shops are under-reported across the county."
    p = tmp_path / "repeated-hyphen.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "The team found that assaults on shop staff in the town are often under-")
    c.drawString(72, 686, "-recorded, so the force cannot tell how often they happen.")
    c.drawString(72, 660, "Officers now visit the largest stores every week.")
    c.save()
    blocks = read_document(p).blocks
    text = " ".join(b.text for b in blocks)
    assert "are often under-recorded, so the force cannot tell" in text
    assert not any(b.kind == "bullet" for b in blocks)


def test_a_symbol_font_arrow_set_in_a_text_font_is_a_bullet(tmp_path):
    """antiword sets a Word list's Wingdings arrows in Times, where they show as "¬": each
    line is a list item, with no glyph left in its text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "latin1-arrow.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(72, 720, "To improve its recording of crime, the force should:")
    items = ["appoint a lead for the audit of incident records;",
             "train its call takers in the counting rules; and",
             "check that every rape report is recorded within a day."]
    for n, item in enumerate(items):
        c.drawString(72, 700 - 18 * n, "\u00ac")
        c.drawString(90, 700 - 18 * n, item)
    c.save()
    bullets = [b.text for b in read_document(p).blocks if b.kind == "bullet"]
    assert bullets == items


def test_a_grade_table_drawn_in_text_between_bars_is_read_as_a_table(tmp_path):
    """antiword prints a Word table as text between vertical bars ("|Investigating crime
    |Good |"): its rows are the report's grades, from a table, and neither its rows nor
    its header are findings; a barred row of prose beside them keeps its words."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "pipe-table.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(72, 740, "We set out our judgements for the constabulary below.")
    c.setFont("Courier", 9)
    rows = [("Area of policing", "Judgement"), ("Preventing crime", "Good"),
            ("Investigating crime", "Requires improvement"), ("Protecting vulnerable people", "Adequate"),
            # a row of prose, its cell wrapped into short lines: no grade row and no header
            ("What we found", "Officers do not"), ("", "always note the risk"), ("", "to children at the"),
            ("", "address.")]
    for n, (area, grade) in enumerate(rows):
        c.drawString(72, 716 - 12 * n, f"|{area:<32}|{grade:<24}|")
    c.setFont("Times-Roman", 11)
    c.drawString(72, 620, "Supervisors check most investigation plans within a day.")
    c.save()
    doc = read_document(p)
    assert [(g.area, g.grade) for g in doc.grade_rows] == [
        ("Preventing crime", "good"), ("Investigating crime", "requires improvement"),
        ("Protecting vulnerable people", "adequate")]
    assert not any("Judgement" in b.text or "Preventing crime" in b.text for b in doc.blocks)
    # a barred row of prose is no grade row or header: its words stay
    text = " ".join(b.text for b in doc.blocks)
    assert all(words in text for words in ("Officers do not", "always note the risk", "to children at the", "address."))


def _text_mode_pdf(path: Path) -> Path:
    """A page laid out the way text-to-PDF filters and manual-page formatters print one:
    Courier lines with rules, a box and a data table drawn in characters, headings
    underlined with dashes, bullets struck "+" over "o", and two columns written row by
    row (each row's halves on one baseline)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    _, h = A4
    y = h - 60

    def line(text: str, x: float = 60) -> None:
        nonlocal y
        c.drawString(x, y, text)
        y -= 13

    c.setFont("Courier", 10)
    for text in ("Synthetic test report: not a real inspection and not the inspectorate's words.", "",
                 "CRIME DATA INTEGRITY INSPECTION OF WESSEX POLICE", "============================================",
                 "March 2016", "",
                 "1. LEADERSHIP AND GOVERNANCE", "----------------------------", "",
                 "The deputy chief constable chairs a board that checks the accuracy of records.", "",
                 "+--------------------------+---------+---------+",
                 "| Audit sample             | Records | Correct |",
                 "+==========================+=========+=========+",
                 "| Incidents from calls     | 120     | 94      |",
                 "| Referrals from partners  | 35      | 21      |",
                 "+--------------------------+---------+---------+", "",
                 "+--------------------------------------------------------------------+",
                 "|What victims told us                                                |",
                 "|Most victims said the force kept them informed. A few said nobody   |",
                 "|told them when their crime was cancelled.                           |",
                 "+--------------------------------------------------------------------+", "",
                 "2. SYSTEMS AND PROCESSES", "------------------------", ""):
        line(text)
    for left, right in (("The control room records most crimes", "Crimes reported online wait too long"),
                        ("correctly and quickly. Its supervisors", "for a decision, and some are never"),
                        ("check a sample of records every week.", "recorded at all.")):
        c.drawString(60, y, left)
        c.drawString(330, y, right)
        y -= 13
    y -= 13
    line("The force should:")
    for item in ("train its response officers in the counting rules;", "audit referrals from partners each month."):
        c.drawString(72, y, "+")
        c.drawString(72, y, "o")
        c.drawString(90, y, item)
        y -= 13
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_a_text_mode_pdf_is_read_for_what_its_characters_draw(tmp_path, reader):
    """Text-mode producers draw rules, boxes and tables with characters: no dashes, bars
    or figures of a table become findings, a box's sentences are read without its sides
    or label, a heading underlined with dashes is a heading, "+" struck over "o" is a
    bullet, and two columns written row by row are read a column at a time."""
    rep = read_report(_text_mode_pdf(tmp_path / "textmode.pdf"), Options(reader=reader))
    texts = [f.text for f in rep.findings]
    assert not any(ch in t for t in texts for ch in "|+=") and not any("---" in t for t in texts)
    assert "Most victims said the force kept them informed." in texts
    assert "A few said nobody told them when their crime was cancelled." in texts
    assert not any("What victims told us" in t or "Audit sample" in t or "120" in t for t in texts)
    assert "The control room records most crimes correctly and quickly." in texts
    assert "Its supervisors check a sample of records every week." in texts
    assert "Crimes reported online wait too long for a decision, and some are never recorded at all." in texts
    sections = {f.section for f in rep.findings if f.text.startswith(("The control room", "Crimes reported"))}
    assert sections == {"2. SYSTEMS AND PROCESSES"} or sections == {"SYSTEMS AND PROCESSES"}
    items = [f.text for f in rep.findings if f.kind == "bullet"]
    assert items == ["train its response officers in the counting rules;", "audit referrals from partners each month."]


def test_a_title_with_a_question_in_it_is_a_title(tmp_path):
    """A thematic report's title may open with a question ("Known and trusted? Neighbourhood
    policing in …"), set large over two lines: a title, not a sentence of the report."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "question-title.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 760, "Seen and heard? Neighbourhood policing in")
    c.drawString(60, 734, "Wessex Police")
    c.setFont("Helvetica", 11)
    c.drawString(60, 700, "Synthetic test report: not a real inspection and not the inspectorate's words.")
    c.drawString(60, 680, "Most residents did not know the name of their local officer.")
    c.save()
    rep = read_report(p, Options())
    assert [f.text for f in rep.findings if "Seen and heard" in f.text or f.text == "Wessex Police"] == []
    assert "Most residents did not know the name of their local officer." in [f.text for f in rep.findings]


@pytest.mark.parametrize("reader", ["pdfium", "pdfplumber"])
def test_columns_written_by_rows_go_on_past_a_paragraph_break_on_one_side(tmp_path, reader):
    """Where one column of a row-by-row passage has a blank line (a paragraph break) while
    the other runs on, the passage is still read a column at a time."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    p = tmp_path / "rows.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Courier", 10)
    c.drawString(60, 780, "Synthetic test report: not a real inspection and not the inspectorate's words.")
    rows = [("Cells in the older suite were dirty and", "Risk assessments were thorough and"),
            ("the force had known of them since", "officers checked on detainees as"),
            ("the last inspection.", "their care plans said they should."),
            ("", "Staff knew each detainee by name"),
            ("Healthcare staff were on site at all", "and spoke to them with respect."),
            ("times during our visit.", "")]
    for n, (left, right) in enumerate(rows):
        c.drawString(60, 754 - 13 * n, left)
        c.drawString(330, 754 - 13 * n, right)
    c.save()
    texts = [f.text for f in read_report(p, Options(reader=reader)).findings]
    for sentence in ("Cells in the older suite were dirty and the force had known of them since the last inspection.",
                     "Healthcare staff were on site at all times during our visit.",
                     "Staff knew each detainee by name and spoke to them with respect."):
        assert sentence in texts


def test_double_spaced_lines_of_a_paragraph_stay_together_beside_tighter_bullets():
    """A letter set double-spaced (a step of about twice the type size) with its bullets set
    closer: the tighter step is the smallest, so the body's own leading has to be learned
    from the lines that break off mid-sentence; a line that starts with a capital ("Police.")
    then goes on too."""
    from extractor.read.layout import Line, _lines_to_blocks
    from extractor.settings import LayoutSettings

    step, size = 21.6, 10.5
    texts = ["This letter gives the results of our inspection of how crimes are recorded in Harbury",
             "Police. We think the force records roughly nine out of ten crimes that are reported",
             "to it. The force has made progress since our last visit:"]
    lines = [Line(t, 1, 72, 523, 300 + k * step, 300 + k * step + size, size) for k, t in enumerate(texts)]
    top = 300 + len(texts) * step + 6
    lines += [Line("• a team now checks reports of violent crime every day;", 1, 88, 400, top, top + size, size),
              Line("• officers are trained on the counting rules each year.", 1, 88, 400, top + 17.7,
                   top + 17.7 + size, size)]
    top += 17.7 + 28
    tail = ["Nonetheless, crimes against vulnerable adults were still being missed, and I have asked the",
            "chief constable to send me a plan within two months."]
    lines += [Line(t, 1, 72, 523 if k == 0 else 350, top + k * step, top + k * step + size, size)
              for k, t in enumerate(tail)]
    blocks = _lines_to_blocks(lines, size, LayoutSettings())
    assert blocks[0].text.startswith("This letter gives") and "Harbury Police. We think" in blocks[0].text
    assert blocks[0].text.endswith("since our last visit:")
    assert [b.kind for b in blocks[1:3]] == ["bullet", "bullet"]


def test_a_judgement_list_item_wrapped_before_its_grade_stays_one_item():
    """In a narrow column a list of judgements wraps ("• Managing offenders and suspects –" /
    "adequate"): the item is read whole, with its grade, as the same list is in plain text,
    not as the cells of a grade table whose text is dropped."""
    from extractor.read.layout import Line, _take_grade_rows
    from extractor.records import ParsedDocument
    from extractor.settings import LayoutSettings

    lines = [Line("• Preventing crime – good", 1, 320, 500, 100, 110, 10),
             Line("• Managing offenders and suspects –", 1, 320, 500, 112, 122, 10),
             Line("adequate", 1, 330, 380, 124, 134, 10),
             Line("• Leadership and force management –", 1, 320, 500, 136, 146, 10),
             Line("requires improvement", 1, 330, 420, 148, 158, 10)]
    doc = ParsedDocument(source="x.pdf", report_id="x", blocks=[])
    kept = [ln.text for ln in _take_grade_rows(lines, doc, LayoutSettings())]
    assert "• Managing offenders and suspects – adequate" in kept
    assert "• Leadership and force management – requires improvement" in kept
    assert not any(text in ("adequate", "requires improvement") for _, _, text in doc.dropped)


def test_short_lower_case_list_items_at_a_paragraphs_spacing_do_not_teach_it_as_leading():
    """Type set at one-and-a-half lines with space after each paragraph: list items in lower
    case (their markers drawn as graphics) stand one paragraph step apart. They are not a
    sentence wrapping, so the step between paragraphs is not learned as the body's leading
    and the paragraphs after the list stay apart."""
    from extractor.read.layout import Line, _lines_to_blocks
    from extractor.settings import LayoutSettings

    size, inner, outer = 11.0, 19.0, 27.0
    lines = [Line("The force has a clear plan for how supervisors should check the work of new", 1, 72, 523,
                  100, 111, size),
             Line("officers, and it covers:", 1, 72, 200, 100 + inner, 111 + inner, size)]
    top = 100 + inner + outer
    for item in ("weekly reviews of open investigations", "monthly checks of stop and search records",
                 "risk assessments of new officers"):
        lines.append(Line(item, 1, 90, 300, top, top + size, size))
        top += outer
    for para in ("Over the last year the force has trained every new sergeant in the plan.",
                 "Supervisors told us the checks take about an hour each week.",
                 "The force intends to review the plan in the spring."):
        lines.append(Line(para, 1, 72, 523 if len(para) > 60 else 400, top, top + size, size))
        top += outer
    texts = [b.text for b in _lines_to_blocks(lines, size, LayoutSettings())]
    assert "Over the last year the force has trained every new sergeant in the plan." in texts
    assert not any("new officers Over the last year" in t for t in texts)


def test_a_small_symbol_font_bullet_does_not_set_its_items_type_size():
    """pyHanko (probe 30) draws bullets as "l" in an embedded Zapf Dingbats clone, smaller than
    the item's type: the line's size is the item's, so an item near the foot of the page is
    not taken for a footnote."""
    path = Path(__file__).resolve().parent.parent / "bench" / "probe30" / "pdf" / "h01_peel_oxlowe.pdf"
    lines = [ln for ln in next(iter(pdfium_pages(path))).lines if ln.text.lstrip("• ").startswith("The force should")]
    assert len(lines) == 2
    assert all(ln.text.startswith("•") and ln.size > 9 for ln in lines)


def test_a_title_blocks_subtitle_ending_in_may_and_a_year_is_a_label():
    """"An inspection of Harbury Police May 2021" (a subtitle and its date read as one line):
    "May" before a year is the month, not a verb, so the line is a label, not a finding;
    "may" as a verb still keeps a line as prose."""
    from extractor.read.layout import ParsedDocument, _drop_labels
    from extractor.records import Block
    from extractor.settings import LayoutSettings

    doc = ParsedDocument(source="x", report_id="x", blocks=[], pages=1)
    blocks = [Block("An inspection of Harbury Police May 2021", "para", 1),
              Block("Officers may refer victims to the hub", "para", 1)]
    kept = [b.text for b in _drop_labels(blocks, LayoutSettings(), doc)]
    assert kept == ["Officers may refer victims to the hub"]
