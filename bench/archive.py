"""Archive scale: hmic run over many distinct report PDFs, again on the unchanged archive,
next to pdfplumber's plain extract_text over the same files in one process.

    python bench/archive.py [--jobs 2]
    python bench/archive.py --text 300     # distinct plain-text reports instead

The archive is every gold spec in tests/data/{reports,ood,ood2} rendered in the
three reportlab layouts (covers, contents, footnotes, grade tables): distinct
reports, not copies. Peak memory is the largest of hmic's processes.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: hmic runs per measurement (the median is reported)
RUNS = 3
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


def build(folder: Path, parts: int = 1) -> list[Path]:
    """Every gold spec in the three layouts; with ``parts`` above 1, each report also
    carries the sections of the next ``parts - 1`` specs, so reports are that many
    times longer (about 5 pages each at 1; real reports run to 20–60) and still distinct."""
    from synth import LAYOUTS, load_spec, render

    specs = [(p.stem, load_spec(p)) for d in ("reports", "ood", "ood2")
             for p in sorted((ROOT / "tests" / "data" / d).glob("*.json"))]
    out = []
    for i, (stem, spec) in enumerate(specs):
        if parts > 1:
            extra = [sec for k in range(1, parts) for sec in specs[(i + k) % len(specs)][1]["sections"]]
            spec = {**spec, "sections": [*spec["sections"], *extra]}
        for layout in LAYOUTS:
            out.append(render(spec, layout, folder, stem))
    return out


def build_text(folder: Path, n: int, per: int = 0) -> tuple[list[Path], int]:
    """``n`` distinct text reports: corpus sentences dealt out without repeats where
    the corpus allows, grouped under their themes, one territorial force each; with
    the number of sentences in each."""
    import json
    import random

    rows = [json.loads(line) for f in sorted((ROOT / "corpora" / "sentences").glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(7).shuffle(rows)
    forces = [f["name"] for f in json.loads((ROOT / "corpora" / "forces.json").read_text(encoding="utf-8"))["forces"]
              if f.get("territorial", True)][:43]
    per = per or max(30, len(rows) // n)
    out = []
    for i in range(n):
        chunk = [rows[(i * per + k) % len(rows)] for k in range(per)]
        by_theme: dict[str, list[str]] = {}
        for r in chunk:
            by_theme.setdefault(r.get("theme") or "summary", []).append(r["text"])
        force = forces[i % len(forces)]
        lines = [f"PEEL 2023–2025: An inspection of {force}", "",
                 "Synthetic benchmark report: generated text, not an inspectorate report.", "",
                 f"Published: {['March', 'June', 'October'][i % 3]} {2016 + i % 9}", ""]
        for theme, texts in by_theme.items():
            lines += [theme.replace("_", " ").capitalize(), "", " ".join(texts), ""]
        p = folder / f"bench-{i:04d}.txt"
        p.write_text("\n".join(lines), encoding="utf-8")
        out.append(p)
    return out, per


def _pages(pdfs: list[Path]) -> int:
    import pypdfium2

    total = 0
    for p in pdfs:
        doc = pypdfium2.PdfDocument(str(p))
        total += len(doc)
        doc.close()
    return total


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory of a command, with Python's bytecode cache on (as
    an installed package has it: pip compiles modules at install), so a run measures
    reading and writing, not recompiling hmic's sources."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - t
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--text", type=int, default=0, help="measure N distinct text reports instead of PDFs")
    ap.add_argument("--parts", type=int, default=1,
                    help="make each PDF report this many reports long (default 1: about 5 pages)")
    ap.add_argument("--sentences", type=int, default=0,
                    help="sentences per text report (default: the corpus shared out, at least 30)")
    args = ap.parse_args()
    if args.text:
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            (t / "archive").mkdir()
            _, per = build_text(t / "archive", args.text, args.sentences)
            w, m = timed([sys.executable, "-m", "extractor", "run", str(t / "archive"), "-o", str(t / "out"), "-q",
                          "--jobs", str(args.jobs)])
            size = (t / "out" / "digest.html").stat().st_size / 1e6
        print(f"hmic run on {args.text} distinct text reports ({per} sentences each"
              f"{'' if args.sentences else ', the corpus shared out'}), {args.jobs} workers, digest included: "
              f"{w:.1f} s, peak {m:.0f} MB (largest process); digest.html {size:.1f} MB")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "archive").mkdir()
        pdfs = build(t / "archive", args.parts)
        pages = _pages(pdfs)
        plumber = ("import sys, pdfplumber\n"
                   "for f in sys.argv[1:]:\n"
                   "    with pdfplumber.open(f) as d:\n"
                   "        [p.extract_text() for p in d.pages]\n")
        w_plumber, m_plumber = timed([sys.executable, "-c", plumber, *map(str, pdfs)])
        # hmic's runs take seconds, so one run's noise is a large share: the median of three
        # first runs (each into a new folder) and of three runs on the unchanged archive
        firsts = []
        for k in range(RUNS):
            hmic = [sys.executable, "-m", "extractor", "run", str(t / "archive"), "-o", str(t / f"out{k}"), "-q",
                    "--jobs", str(args.jobs)]
            firsts.append(timed(hmic))
        w_first, m_first = statistics.median(w for w, _ in firsts), max(m for _, m in firsts)
        w_again = statistics.median(timed(hmic)[0] for _ in range(RUNS))
    print(f"| what ({len(pdfs)} distinct report PDFs, {pages / len(pdfs):.0f} pages each on average) | seconds | "
          "peak memory (MB) |")
    print("|---|---|---|")
    print(f"| pdfplumber extract_text, one process | {w_plumber:.1f} | {m_plumber:.0f} |")
    print(f"| hmic run, {args.jobs} workers, digest included | {w_first:.1f} | {max(m_first, 0):.0f} |")
    print(f"| hmic run again on the unchanged archive | {w_again:.2f} | |")
    print(f"\nhmic run is {w_plumber / w_first:.1f}× pdfplumber's plain text; the second run takes "
          f"{100 * w_again / w_first:.1f}% of the first.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
