"""Sentence recovery and furniture on PDFs from each producer, next to pdfplumber's plain text.

    python bench/producers.py [SPEC_DIR ...]

Each gold spec (default: tests/data/reports, ood, ood2, ood3, ood4, ood5, ood6) is made into a PDF
by three producers: reportlab (our classic layout: cover, contents, running
header, footnotes, grade table), headless Chromium printing the HTML rendering
(its own running header and footer), and LibreOffice converting the same HTML
(Writer's layout and fonts). For each producer the table gives:

- hmic: gold sentences recovered exactly, and furniture per 100 sentences (hmic
  sentences that are not gold sentences: headers, footers, page numbers, notices);
- pdfplumber: gold sentences found in ``extract_text`` (whitespace folded), the
  plain-text baseline hmic is compared with.

Furniture is not given for pdfplumber: plain text has no sentences to count.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from scoring import norm  # noqa: E402
from synth import iter_gold, load_spec, print_pdf_with_chromium, render_html, render_pdf  # noqa: E402

from extractor import Options, read_report  # noqa: E402


def libreoffice_pdf(spec: dict, path: Path, soffice: str) -> Path:
    """Convert the HTML rendering to PDF with LibreOffice Writer."""
    work = Path(tempfile.mkdtemp(prefix="hmic-lo-"))
    page = work / (path.stem + ".html")
    page.write_text(render_html(spec), encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(work), str(page)],
                   capture_output=True, timeout=180, check=False)
    out = work / (path.stem + ".pdf")
    if out.exists():
        shutil.move(str(out), path)
    return path


def plumber_text(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as doc:
        return " ".join(p.extract_text() or "" for p in doc.pages)


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [ROOT / "tests/data" / d for d in ("reports", "ood", "ood2", "ood3", "ood4", "ood5", "ood6")]
    specs = [(p.stem, load_spec(p)) for d in dirs for p in sorted(d.glob("*.json"))]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    tmp = Path(tempfile.mkdtemp(prefix="hmic-producers-"))
    makers = {"reportlab (classic)": lambda s, p: render_pdf(s, p, "classic")}
    if chromium:
        makers["Chromium print"] = lambda s, p: print_pdf_with_chromium(s, p, chromium)
    if soffice:
        makers["LibreOffice Writer"] = lambda s, p: libreoffice_pdf(s, p, soffice)
    print(f"| producer ({len(specs)} reports) | gold sentences | hmic recovered | hmic furniture per 100 "
          "sentences | pdfplumber text holds |")
    print("|---|---|---|---|---|")
    for name, make in makers.items():
        gold = rec = plumb = extra = total = 0
        for stem, spec in specs:
            pdf = make(spec, tmp / f"{stem}-{re.sub(r'[^a-z]+', '', name.lower())}.pdf")
            if not pdf.exists():
                continue
            want = [norm(g["text"]) for g in iter_gold(spec)]
            rep = read_report(pdf, Options())
            got = {norm(f.text) for f in rep.findings}
            text = norm(plumber_text(pdf))
            gold += len(want)
            rec += sum(w in got for w in want)
            plumb += sum(w in text for w in want)
            gold_set = set(want)
            extra += sum(1 for f in rep.findings if norm(f.text) not in gold_set)
            total += len(rep.findings)
        print(f"| {name} | {gold} | {rec / max(gold, 1):.1%} | {100 * extra / max(total, 1):.2f} | "
              f"{plumb / max(gold, 1):.1%} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
