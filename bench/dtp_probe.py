"""Sentence recovery on documents written to probe the PDF reader (desktop publishing, Word).

    python bench/dtp_probe.py [--probe probe2|probe3|probe4|all] [-v] [name ...]

Five sets, each written by a helper who had not seen hmic's reader, every
sentence new and about fictional forces (``bench/<probe>/README.md`` or the
scripts say what each document exercises; ``<probe>/build.sh`` rebuilds the
committed PDFs and gold sentences, with Debian's scribus, xvfb and
hyphen-en-gb, and python-docx with LibreOffice for probe4's Word documents):

- ``probe2``: 8 Scribus documents (linked columns, hyphenation, boxes, tables,
  symbol bullets, raised marks, captions, small and drop caps, a letter);
- ``probe3``: 8 Scribus documents in a government house style (a judgements
  table, margin notes and pull-outs, key figures, a letter, a glossary);
- ``probe4``: 4 Scribus documents (``s*``) and 4 Word documents written with
  python-docx and converted by LibreOffice (``w*``), totals split by producer;
- ``probe5``: 4 report web pages printed by Chromium (``c*``), 2 LibreOffice Writer
  documents (``o*``) and 2 Word documents (``w*``);
- ``probe6``: 3 WeasyPrint documents (``p*``), 3 long report web pages printed by
  Chromium (``c*``) and 2 Word documents (``w*``).
- ``probe7`` to ``probe22``: further producers, each set's README says which (probe12:
  iText 5 ``i*``, ConTeXt ``n*``, and LibreOffice Draw and Impress ``v*``, text in
  frames of their own).

Each set was measured unseen first, then used to fix the reader, so all five
are development sets now (see the README for the unseen figures). Each PDF is
read with ``hmic extract FILE --format jsonl``. A gold sentence counts as
recovered only when a finding's text is the same, whitespace aside. Furniture is
a finding that shares no substantial text with any gold sentence (per 100 gold
sentences); the synthetic-document notice on page 1 is not counted. Duplicates
are findings that repeat a gold sentence more often than the document has it (a
pull quote read as body). Every missed gold sentence is listed with the closest
finding (difflib); ``-v`` also lists the furniture findings.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The notice printed on page 1 of each document from probe3 on.
NOTICE = "Synthetic test document: this is not a real inspection report, and the force it describes is fictional."
#: Each probe: its documents, and the notice printed on page 1 of each (a finding made of
#: it is not counted as furniture).
PROBES = {
    "probe2": ("d[0-9][0-9]_*.pdf",
               "Synthetic test document: not a real inspection report. The force named here is fictional."),
    "probe3": ("e[0-9][0-9]_*.pdf", NOTICE),
    "probe4": ("[sw][0-9][0-9]_*.pdf", NOTICE),
    "probe5": ("[cow][0-9][0-9]_*.pdf", NOTICE),
    "probe6": ("[pcw][0-9][0-9]_*.pdf", NOTICE),
    "probe7": ("[tf][0-9][0-9]_*.pdf", NOTICE),
    "probe8": ("[lg][0-9][0-9]_*.pdf", NOTICE),
    "probe9": ("[aku][0-9][0-9]_*.pdf", NOTICE),
    "probe10": ("[mhd][0-9][0-9]_*.pdf", NOTICE),
    "probe11": ("[fqx][0-9][0-9]_*.pdf", NOTICE),
    "probe12": ("[inv][0-9][0-9]_*.pdf", NOTICE),
    "probe13": ("[ejr][0-9][0-9]_*.pdf", NOTICE),
    "probe14": ("[bxp][0-9][0-9]_*.pdf", NOTICE),
    "probe15": ("[hdm][0-9][0-9]_*.pdf", NOTICE),
    "probe16": ("[fej][0-9][0-9]_*.pdf", NOTICE),
    "probe17": ("[kso][0-9][0-9]_*.pdf", NOTICE),
    "probe18": ("[rhm][0-9][0-9]_*.pdf", NOTICE),
    "probe19": ("[dgs][0-9][0-9]_*.pdf", NOTICE),
    "probe20": ("[fpu][0-9][0-9]_*.pdf", NOTICE),
    "probe21": ("[sjh][0-9][0-9]_*.pdf", NOTICE),
    "probe22": ("[yzv][0-9][0-9]_*.pdf", NOTICE),
    "probe23": ("[sic][0-9][0-9]_*.pdf", NOTICE),
    "probe24": ("[twg][0-9][0-9]_*.pdf", NOTICE),
    "probe25": ("[fxo][0-9][0-9]_*.pdf", NOTICE),
    "probe26": ("[elj][0-9][0-9]_*.pdf", NOTICE),
    "probe27": ("[pmt][0-9][0-9]_*.pdf", NOTICE),
    "probe28": ("[rco][0-9][0-9]_*.pdf", NOTICE),
    "probe29": ("[feg][0-9][0-9]_*.pdf", NOTICE),
    "probe30": ("[shx][0-9][0-9]_*.pdf", NOTICE),
    "probe31": ("[nqy][0-9][0-9]_*.pdf", NOTICE),
    "probe32": ("[aib][0-9][0-9]_*.pdf", NOTICE),
}
#: A document's producer, by the first letter of its name (the rest are laid out with Scribus).
PRODUCERS = {"w": "Word via LibreOffice", "c": "Chromium (web page)", "o": "LibreOffice Writer",
             "p": "WeasyPrint", "t": "Typst", "f": "fpdf2",
             "l": "pdfLaTeX", "g": "groff and Ghostscript",
             "a": "AbiWord", "k": "cairo and Pango", "u": "LuaLaTeX"}
#: Where a probe's first letters mean other producers than :data:`PRODUCERS` says.
PROBE_PRODUCERS = {"probe10": {"m": "MuPDF", "h": "wkhtmltopdf",
                               "d": "LibreOffice, pdftops and Ghostscript (distilled)"},
                   "probe11": {"f": "Apache FOP", "q": "Qt (QPdfWriter)",
                               "x": "LibreOffice, then qpdf, pdftocairo or Ghostscript (post-processed)"},
                   "probe12": {"i": "iText 5", "n": "ConTeXt (LuaTeX)", "v": "LibreOffice Draw and Impress"},
                   "probe13": {"e": "XeLaTeX (xdvipdfmx)", "j": "TCPDF (PHP)", "r": "Prawn (Ruby)"},
                   "probe14": {"b": "borb (Python)", "x": "Apache PDFBox (Java)", "p": "PDF::API2 (Perl)"},
                   "probe15": {"h": "libharu (C)", "d": "PoDoFo (C++)",
                               "m": "InDesign- and Word-style text layers (hand-written, pikepdf)"},
                   "probe16": {"f": "Firefox ESR print (cairo)", "e": "pdfme (Python)", "j": "pdfje (Python)"},
                   "probe17": {"k": "pdfmake (PDFKit, JavaScript)", "s": "jsPDF (JavaScript)",
                               "o": "Tesseract OCR text layer over a scanned page"},
                   "probe18": {"r": "rinohtype (Python)", "h": "HTMLDOC", "m": "matplotlib (PdfPages)"},
                   "probe19": {"d": "dompdf (PHP)", "g": "gofpdf (Go)", "s": "R (grDevices pdf)"},
                   "probe20": {"f": "Free Pascal fcl-pdf", "p": "PDF::Reuse (Perl)", "u": "PDFium (pypdfium2)"},
                   "probe21": {"s": "Free Spire.PDF (Python)", "j": "pdfjs (JavaScript)", "h": "PDFHummus (muhammara)"},
                   "probe22": {"y": "groff's own PDF driver (gropdf)", "z": "pdfme 0.4.12 (Python)",
                               "v": "PyX (TeX-set text, PyX's own writer)"},
                   "probe23": {"s": "Syncfusion Essential JS 2 PDF (JavaScript)", "i": "Ipe (pdfLaTeX text in form XObjects)",
                               "c": "PDF::Create (Perl)"},
                   "probe24": {"t": "Halibut", "w": "antiword (Word .doc)", "g": "genpdf (Rust, printpdf)"},
                   "probe25": {"f": "folio (Go, folio-pdf)", "x": "oxidize-pdf (Rust)", "o": "pdf_oxide (Rust)"},
                   "probe26": {"e": "enscript + pstoedit (PostScript)", "l": "@libpdf/core (TypeScript)",
                               "j": "FreeHEP (Java)"},
                   "probe27": {"p": "pylopdf (Rust lopdf)", "m": "mandoc -T pdf", "t": "cups-filters texttopdf"},
                   "probe28": {"r": "@react-pdf/renderer (pdfkit)", "c": "coherentpdf (cpdf)", "o": "Ruby Origami"},
                   "probe29": {"f": "Forme (formepdf, Rust/WebAssembly)", "e": "Emboss (emboss-pdf)", "g": "pdfcpu (Go/WebAssembly)"},
                   "probe30": {"s": "Flying Saucer R8 (iText 2.1.7)", "h": "pyHanko (HarfBuzz, Form XObjects)",
                               "x": "ExactImage hocr2pdf (OCR text layer)"},
                   "probe31": {"n": "Majorsilence.Pdf (ZapfDingbats bullets)", "q": "gowkhtmltopdf (word per Tj)",
                               "y": "jtypeset (glyph per Tj)"},
                   "probe32": {"a": "Prince 17 (kerning-split Tj, Dingbats bullets)",
                               "i": "ironpress (glyph per TJ element)",
                               "b": "fullbleed (standard 14 fonts, no ToUnicode)"}}


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _hmic() -> list[str]:
    exe = shutil.which("hmic")
    return [exe] if exe else [sys.executable, "-m", "extractor"]


def extract(pdf: Path, out: Path) -> tuple[list[dict], str]:
    """Findings hmic writes for one PDF, and its stderr."""
    proc = subprocess.run(_hmic() + ["extract", str(pdf), "--format", "jsonl", "-o", str(out), "-j", "1", "-q"],
                          capture_output=True, text=True, timeout=170, cwd=ROOT)
    rows = []
    if out.exists():
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows, proc.stderr.strip()


def _near(g: str, gold: list[str]) -> bool:
    for b in gold:
        if b in g or (len(g) > 12 and g in b):
            return True
        if difflib.SequenceMatcher(None, g, b, autojunk=False).find_longest_match(0, len(g), 0, len(b)).size >= 25:
            return True
    return False


def closest(sentence: str, found: list[str]) -> tuple[str, float]:
    best, ratio = "", 0.0
    for t in found:
        sm = difflib.SequenceMatcher(None, sentence, t, autojunk=False)
        if sm.real_quick_ratio() < ratio or sm.quick_ratio() < ratio:
            continue
        r = sm.ratio()
        if r > ratio:
            best, ratio = t, r
    return best, ratio


def score(found: list[str], gold: list[str], notice: str) -> dict:
    got = [_ws(t) for t in found]
    want = [_ws(b) for b in gold]
    have = Counter(got)
    need = Counter(want)
    recovered = sum(min(have[s], n) for s, n in need.items())
    duplicates = sum(max(0, have[s] - n) for s, n in need.items())
    furniture = [g for g in got if g not in need and not _near(g, want) and not _near(g, [notice])]
    missed = [s for s in want if s not in have]
    return {"gold": len(want), "recovered": recovered, "duplicates": duplicates, "furniture": furniture,
            "missed": [(s, *closest(s, got)) for s in missed], "findings": len(got)}


def _row(label: str, s: Counter | dict, bold: bool = False) -> str:
    fur = s["furniture"] if isinstance(s["furniture"], int) else len(s["furniture"])
    b = "**" if bold else ""
    share = f"{s['recovered'] / max(s['gold'], 1):.1%}" if bold else f"{s['recovered'] / max(s['gold'], 1):.0%}"
    return (f"| {b}{label}{b} | {s['gold']} | {s['recovered']} ({share}) | {100 * fur / max(s['gold'], 1):.1f} "
            f"({fur}) | {s['duplicates']} | {s['findings']} |")


def run_probe(name: str, only: list[str], verbose: bool) -> int:
    """Score one probe's documents and print its table and misses; 1 if it has no PDFs."""
    pattern, notice = PROBES[name]
    folder = ROOT / "bench" / name
    docs = sorted(p for p in (folder / "pdf").glob(pattern) if not only or p.stem in only)
    if not docs:
        print(f"error: no PDFs in bench/{name}/pdf (run bench/{name}/build.sh)", file=sys.stderr)
        return 1
    rows = []
    totals: dict[str, Counter] = {}
    with tempfile.TemporaryDirectory() as t:
        for pdf in docs:
            gold = json.loads((folder / f"{pdf.stem}.gold.json").read_text(encoding="utf-8"))
            found, err = extract(pdf, Path(t) / f"{pdf.stem}.jsonl")
            s = score([f["text"] for f in found], gold, notice)
            s["err"] = err
            producer = PROBE_PRODUCERS.get(name, {}).get(pdf.stem[0]) or PRODUCERS.get(pdf.stem[0], "Scribus")
            for group in ("all", producer):
                tot = totals.setdefault(group, Counter())
                for k in ("gold", "recovered", "duplicates", "findings"):
                    tot[k] += s[k]
                tot["furniture"] += len(s["furniture"])
            rows.append((pdf.stem, s))
    print(f"\n### {name}\n")
    print("| document | gold | recovered | furniture /100 | duplicates | findings |")
    print("|---|---|---|---|---|---|")
    for doc, s in rows:
        print(_row(doc, s))
    for group, tot in totals.items():
        if group != "all" and len(totals) > 2:
            print(_row(group, tot, bold=True))
    print(_row("all", totals["all"], bold=True))
    for doc, s in rows:
        if not (s["missed"] or (verbose and s["furniture"]) or s["err"]):
            continue
        print(f"\n## {doc}")
        if s["err"]:
            print("stderr: " + s["err"].replace("\n", "\n        "))
        for sent, near, ratio in s["missed"]:
            print(f"- MISSED: {sent}")
            if near:
                print(f"  CLOSEST ({ratio:.2f}): {near}")
        if verbose:
            for f in s["furniture"]:
                print(f"- FURNITURE: {f}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--probe", choices=[*PROBES, "all"], default="all", help="which set (default: all three)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list furniture findings")
    ap.add_argument("names", nargs="*", help="only these documents (e.g. d02_three_columns)")
    args = ap.parse_args()
    names = list(PROBES) if args.probe == "all" else [args.probe]
    return max(run_probe(n, args.names, args.verbose) for n in names)


if __name__ == "__main__":
    sys.exit(main())
