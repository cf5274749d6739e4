"""Sentence recovery on an unseen set of desktop-publishing (Scribus) documents.

    python bench/dtp_probe3.py [-v] [eNN_name ...]

``bench/probe3/`` holds 8 synthetic report documents about fictional forces,
written and laid out after the reader had been tuned on ``bench/probe2``, by a
helper who had not read the reader's code or tests. They imitate an InDesign
government house style: full-bleed covers, "Our judgements" grade tables
(ruled rows with shaded grade cells, and a Scribus table object), one wide
column with a narrow margin for notes and pull-outs, two-column pages with
paragraphs running across column and page breaks, numbered headings, coloured
"Areas for improvement" / "Causes of concern" / "Case study" boxes,
recommendations, footnotes (true superscript markers and smaller raised
digits), bullets in several glyph styles (Unicode, a symbol font's own
encoding, private-use code points, Scribus's native list bullets), charts drawn
from rectangles with captions and source lines, tables of figures, a "Force in
numbers" page, a glossary, a letter and back covers. ``probe3/build.sh``
rebuilds the PDFs and gold sentences (needs scribus, xvfb and hyphen-en-gb).

Scoring is the same as ``bench/dtp_probe.py``: a gold sentence counts as
recovered only when a finding's text is the same, whitespace aside; furniture
is a finding sharing no substantial text with any gold sentence (per 100 gold
sentences; the synthetic-document notice on page 1 is not counted); duplicates
are findings repeating a gold sentence more often than the document has it.
Every missed gold sentence is listed with the closest finding; ``-v`` also lists
the furniture findings.
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
PROBE = ROOT / "bench" / "probe3"
# printed on page 1 of every probe3 document; a finding made of it is not counted as furniture
NOTICE = ("Synthetic test document: this is not a real inspection report, and the force it describes is "
          "fictional.")


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _hmic() -> list[str]:
    exe = shutil.which("hmic")
    return [exe] if exe else [sys.executable, "-m", "hmic"]


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


def score(found: list[str], gold: list[str]) -> dict:
    got = [_ws(t) for t in found]
    want = [_ws(b) for b in gold]
    have = Counter(got)
    need = Counter(want)
    recovered = sum(min(have[s], n) for s, n in need.items())
    duplicates = sum(max(0, have[s] - n) for s, n in need.items())
    furniture = [g for g in got if g not in need and not _near(g, want) and not _near(g, [NOTICE])]
    missed = [s for s in want if s not in have]
    return {"gold": len(want), "recovered": recovered, "duplicates": duplicates, "furniture": furniture,
            "missed": [(s, *closest(s, got)) for s in missed], "findings": len(got)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="also list furniture findings")
    ap.add_argument("names", nargs="*", help="only these documents (e.g. e01_peel_margin)")
    args = ap.parse_args()
    docs = sorted(p for p in (PROBE / "pdf").glob("e*.pdf") if not args.names or p.stem in args.names)
    if not docs:
        print("error: no PDFs in bench/probe3/pdf (run bench/probe3/build.sh)", file=sys.stderr)
        return 1
    rows = []
    tot = Counter()
    with tempfile.TemporaryDirectory() as t:
        for pdf in docs:
            gold = json.loads((PROBE / f"{pdf.stem}.gold.json").read_text(encoding="utf-8"))
            found, err = extract(pdf, Path(t) / f"{pdf.stem}.jsonl")
            s = score([f["text"] for f in found], gold)
            s["err"] = err
            for k in ("gold", "recovered", "duplicates", "findings"):
                tot[k] += s[k]
            tot["furniture"] += len(s["furniture"])
            rows.append((pdf.stem, s))
    print("| document | gold | recovered | furniture /100 | duplicates | findings |")
    print("|---|---|---|---|---|---|")
    for name, s in rows:
        print(f"| {name} | {s['gold']} | {s['recovered']} ({s['recovered'] / max(s['gold'], 1):.0%}) | "
              f"{100 * len(s['furniture']) / max(s['gold'], 1):.1f} ({len(s['furniture'])}) | "
              f"{s['duplicates']} | {s['findings']} |")
    print(f"| **all** | {tot['gold']} | {tot['recovered']} ({tot['recovered'] / max(tot['gold'], 1):.1%}) | "
          f"{100 * tot['furniture'] / max(tot['gold'], 1):.1f} ({tot['furniture']}) | {tot['duplicates']} | "
          f"{tot['findings']} |")
    for name, s in rows:
        if not (s["missed"] or (args.verbose and s["furniture"]) or s["err"]):
            continue
        print(f"\n## {name}")
        if s["err"]:
            print("stderr: " + s["err"].replace("\n", "\n        "))
        for sent, near, ratio in s["missed"]:
            print(f"- MISSED: {sent}\n  CLOSEST ({ratio:.2f}): {near}")
        if args.verbose:
            for f in s["furniture"]:
                print(f"- FURNITURE: {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
