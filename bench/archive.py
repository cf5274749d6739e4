"""Archive scale: hmic run over many distinct report PDFs, again on the unchanged archive,
next to pdfplumber's plain extract_text over the same files in one process.

    python bench/archive.py [--jobs 2]

The archive is every gold spec in tests/data/{reports,ood,ood2} rendered in the
three reportlab layouts (covers, contents, footnotes, grade tables): distinct
reports, not copies. Peak memory is the largest of hmic's processes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))


def build(folder: Path) -> list[Path]:
    from synth import LAYOUTS, load_spec, render

    out = []
    for d in ("reports", "ood", "ood2"):
        for p in sorted((ROOT / "tests" / "data" / d).glob("*.json")):
            spec = load_spec(p)
            for layout in LAYOUTS:
                out.append(render(spec, layout, folder, p.stem))
    return out


def timed(cmd: list[str]) -> tuple[float, float]:
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    wall = time.perf_counter() - t
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "archive").mkdir()
        pdfs = build(t / "archive")
        plumber = ("import sys, pdfplumber\n"
                   "for f in sys.argv[1:]:\n"
                   "    with pdfplumber.open(f) as d:\n"
                   "        [p.extract_text() for p in d.pages]\n")
        w_plumber, m_plumber = timed([sys.executable, "-c", plumber, *map(str, pdfs)])
        hmic = [sys.executable, "-m", "extractor", "run", str(t / "archive"), "-o", str(t / "out"), "-q",
                "--jobs", str(args.jobs)]
        w_first, m_first = timed(hmic)
        w_again, _ = timed(hmic)
    print(f"| what ({len(pdfs)} distinct report PDFs) | seconds | peak memory (MB) |")
    print("|---|---|---|")
    print(f"| pdfplumber extract_text, one process | {w_plumber:.1f} | {m_plumber:.0f} |")
    print(f"| hmic run, {args.jobs} workers, digest included | {w_first:.1f} | {max(m_first, 0):.0f} |")
    print(f"| hmic run again on the unchanged archive | {w_again:.1f} | |")
    print(f"\nhmic run is {w_plumber / w_first:.1f}× pdfplumber's plain text; the second run takes "
          f"{100 * w_again / w_first:.0f}% of the first.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
