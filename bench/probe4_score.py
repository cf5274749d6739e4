"""Sentence recovery on an unseen probe of Scribus (DTP) and Word-via-LibreOffice documents.

    python bench/probe4_score.py [-v] [name ...]

``bench/probe4/`` holds 8 synthetic report documents about fictional forces, written by a
helper who had not read the reader's code or tests: four laid out with Scribus
(``sNN_*``: covers, contents, judgement grids, two- and three-column pages with boxes the
text flows round, pull quotes, charts with captions and source lines, a force-in-numbers
strip, footnotes, numbered paragraphs, recommendation boxes, back covers) and four written
as .docx with python-docx and converted by LibreOffice (``wNN_*``: Word heading styles,
bullet and number lists, a judgements table with shaded cells, one-cell call-out tables, a
framed text box, a two-column section, header/footer PAGE fields, page breaks inside
paragraphs, a letter). ``probe4/build.sh`` rebuilds PDFs and gold.

Scoring follows ``bench/dtp_probe3.py``: a gold sentence counts only when a finding's text
is identical, whitespace aside; furniture is a finding sharing no substantial text with
any gold sentence (per 100 gold; the page-1 synthetic notice is ignored); duplicates are
findings repeating a gold sentence more often than the document has it. Totals are split
by producer. Every miss is listed with the closest finding; ``-v`` lists furniture.
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
PROBE = ROOT / "bench" / "probe4"
# printed on page 1 of every probe4 document; a finding made of it is not counted as furniture
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
    ap.add_argument("names", nargs="*", help="only these documents (e.g. s01_peel_annual)")
    args = ap.parse_args()
    docs = sorted(p for p in (PROBE / "pdf").glob("[sw][0-9][0-9]_*.pdf") if not args.names or p.stem in args.names)
    if not docs:
        print("error: no PDFs in bench/probe4/pdf (run bench/probe4/build.sh)", file=sys.stderr)
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
    for tag, label in (("s", "Scribus"), ("w", "Word via LibreOffice")):
        sub = [s for n, s in rows if n.startswith(tag)]
        if not sub:
            continue
        g = sum(s["gold"] for s in sub)
        r = sum(s["recovered"] for s in sub)
        fu = sum(len(s["furniture"]) for s in sub)
        du = sum(s["duplicates"] for s in sub)
        fi = sum(s["findings"] for s in sub)
        print(f"| **{label}** | {g} | {r} ({r / max(g, 1):.1%}) | {100 * fu / max(g, 1):.1f} ({fu}) | {du} | {fi} |")
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
