"""End-to-end check on PDFs from another producer: HTML printed by headless Chromium.

    python bench/chromium_layout.py [SPEC_DIR]

Renders each gold spec as a plain HTML page (title, date, grade table, h2/h3
headings, paragraphs, lists), prints it to PDF with Chromium's own running
header and footer (date, title, URL, page x/y), reads it with hmic and scores it.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from scoring import score_report  # noqa: E402
from synth import load_spec, print_pdf_with_chromium  # noqa: E402

from extractor import Options, read_report  # noqa: E402
from extractor.training.train import finding_f1  # noqa: E402


def main(argv: list[str]) -> int:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        print("chromium not found (apt-get install chromium)")
        return 1
    spec_dir = Path(argv[0]) if argv else ROOT / "tests/data/reports"
    tmp = Path(tempfile.mkdtemp(prefix="hmic-chrome-"))
    pairs, gold, rec, tt, tr, fok, pok, n = [], 0, 0, 0, 0, 0, 0, 0
    for p in sorted(spec_dir.glob("*.json")):
        spec = load_spec(p)
        pdf = print_pdf_with_chromium(spec, tmp / f"{p.stem}.pdf", exe)
        opts = Options()
        rep = read_report(pdf, opts)
        sc = score_report(spec, rep)
        pairs += sc.label_pairs
        gold, rec, tt, tr = gold + sc.gold, rec + sc.recovered, tt + sc.theme_total, tr + sc.theme_right
        fok, pok, n = fok + sc.force_ok, pok + sc.published_ok, n + 1
        if "--verbose" in sys.argv:
            for x in sc.missing[:3] + sc.extra[:3]:
                print(f"  {p.stem}: {x[:100]}")
    s, a, m = finding_f1(pairs)
    print(f"chromium   recovered {rec}/{gold} ({rec / max(gold, 1):.1%})  strength F1 {s:.3f}  AFI F1 {a:.3f}  "
          f"macro {m:.3f}  theme {tr}/{tt} ({tr / max(tt, 1):.1%})  force {fok}/{n}  month {pok}/{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main([a for a in sys.argv[1:] if not a.startswith("--")]))
