"""Sentence recovery on documents written to probe the reader, printed five ways.

    python bench/producer_probe.py

``bench/probe/`` holds 11 synthetic report documents about fictional forces,
written (as HTML and as flat ODT) by a helper who had not seen hmic's reader, to
exercise what real government PDFs have: footnotes, numbered paragraphs, nested
bullets, tables with sentences in their cells, two columns with a pull quote, a
letter, a back cover, figures, a landscape page, side boxes, abbreviations and
quotations. Each is printed by Chromium (from HTML) and by LibreOffice four ways
(from HTML, HTML by way of .docx, flat ODT, and ODT by way of .docx), and read by
hmic. A body sentence counts as recovered only when a finding's text is the same,
whitespace aside; furniture is a finding that shares no text with any body
sentence. The reader was fixed against what these documents showed, so this is a
development set now, not an unseen one. Needs Debian's ``chromium`` and
``libreoffice-writer``; a missing producer is skipped.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PROBE = ROOT / "bench" / "probe"
ROUTES = ("chromium", "lo-html", "lo-html-docx", "lo-odt", "lo-odt-docx")


def _soffice(src: Path, fmt: str, out: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=300)
    return out / f"{src.stem}.{fmt.split(':')[0]}"


def render(name: str, route: str, tmp: Path) -> Path:
    """The document ``name`` printed by one route into ``tmp``."""
    out = tmp / route
    out.mkdir(exist_ok=True)
    html, odt = PROBE / f"{name}.html", PROBE / f"{name}.fodt"
    if route == "chromium":
        pdf = out / f"{name}.pdf"
        chromium = shutil.which("chromium") or shutil.which("chromium-browser") or "chromium"
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, timeout=300)
        return pdf
    src = html if route.startswith("lo-html") else odt
    if route.endswith("docx"):
        src = _soffice(src, "docx:MS Word 2007 XML", out)
    return _soffice(src, "pdf", out)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def score(found: list[str], body: list[str]) -> tuple[int, int]:
    """Body sentences found exactly, and findings that share no text with any of them."""
    got = [_ws(t) for t in found]
    want = {_ws(b) for b in body}
    recovered = len(want & set(got))
    furniture = 0
    for g in got:
        if g in want:
            continue
        near = any(difflib.SequenceMatcher(None, g, b).find_longest_match(0, len(g), 0, len(b)).size >= 25
                   or b in g or (len(g) > 12 and g in b) for b in want)
        furniture += not near
    return recovered, furniture


def main() -> int:
    from extractor import read_report

    expected = json.loads((PROBE / "expected.json").read_text(encoding="utf-8"))
    routes = [r for r in ROUTES if shutil.which("soffice" if r.startswith("lo") else "chromium")
              or (r == "chromium" and shutil.which("chromium-browser"))]
    totals = {r: [0, 0, 0] for r in routes}
    print("| document (body sentences) | " + " | ".join(routes) + " |")
    print("|---|" + "---|" * len(routes))
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        for name, exp in expected.items():
            cells = []
            for route in routes:
                report = read_report(render(name, route, tmp))
                rec, furn = score([f.text for f in report.findings], exp["body"])
                totals[route] = [totals[route][0] + rec, totals[route][1] + len(exp["body"]), totals[route][2] + furn]
                cells.append(f"{rec}/{len(exp['body'])}, f {furn}")
            print(f"| {name} ({len(exp['body'])}) | " + " | ".join(cells) + " |")
    print("| **all** | " + " | ".join(f"{a}/{b} ({a / max(b, 1):.1%}), f {f}" for a, b, f in totals.values()) + " |")
    print("\nf: findings that are furniture (no text shared with a body sentence).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
