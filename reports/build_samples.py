"""Render the synthetic sample reports in reports/source/ as text and PDF.

Run from the repository root (needs reportlab: pip install '.[synth]'):

    python reports/build_samples.py

The outputs are committed so that the quick start needs no reportlab. Which
specs become PDFs, and in which layout, is fixed below so re-runs are stable.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from synth import load_spec, render_pdf, render_text  # noqa: E402

HERE = Path(__file__).resolve().parent
PDF_LAYOUTS = {
    "wessex-peel-2016": "classic",
    "wessex-peel-2023": "modern",
    "northmoor-da-2014": "twocolumn",
    "severnside-peel-2021": "modern",
}


def main() -> None:
    for src in sorted((HERE / "source").glob("*.json")):
        spec = load_spec(src)
        stem = src.stem
        if stem in PDF_LAYOUTS:
            render_pdf(spec, HERE / f"{stem}.pdf", PDF_LAYOUTS[stem])
            print(f"wrote reports/{stem}.pdf ({PDF_LAYOUTS[stem]})")
        else:
            (HERE / f"{stem}.txt").write_text(render_text(spec), encoding="utf-8")
            print(f"wrote reports/{stem}.txt")


if __name__ == "__main__":
    main()
