"""Grades read from other inspectorates' reports: none invented, the stated ones read.

    python bench/grade_probe.py [-v]

``bench/gradeprobe/`` holds 8 synthetic reports in the styles of other UK
inspectorates (Ofsted, CQC, the prisons and probation inspectorates, Estyn, a
monitoring letter, a joint inspection), written by a helper who had not seen
hmic's reader, each as text and as a PDF (Chromium or LibreOffice). Each
``NAME.gold.json`` lists the grades the report states formally (a judgements
table, a judgement heading or list) and the "traps": every other sentence,
line or heading with a grade word in it (praise, earlier grades, definitions,
conditionals, metadata lines, titles, other bodies' grades).

For each rendering it prints the stated grades read, and every grade hmic gives
that the report does not state (an invented grade, with the text it came from).
The issue's bar is no invented grade at all; reading the stated ones is
secondary for reports hmic was not built for.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import Options, read_report  # noqa: E402

FOLDER = ROOT / "bench" / "gradeprobe"


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _grade(text: str) -> str:
    """"Requires improvement to be good" is requires improvement; case and spacing aside."""
    g = _norm(text)
    return "requires improvement" if g.startswith("requires improvement") else g


def _same_area(ours: str, theirs: str) -> bool:
    a, b = _norm(ours), _norm(theirs)
    return a == b or (len(a) > 6 and a in b) or (len(b) > 6 and b in a)


def score(path: Path, gold: dict) -> tuple[int, int, list[str]]:
    """(stated grades, stated grades read, invented grades with their source)."""
    rep = read_report(path, Options())
    stated = [(g["area"], _grade(g["grade"])) for g in gold["grades_stated"]]
    read = sum(1 for area, grade in stated
               if any(_same_area(a, area) and _grade(g) == grade for a, g in rep.grades.items()))
    invented = []
    for area, grade in rep.grades.items():
        if any(_same_area(area, a) and _grade(grade) == g for a, g in stated):
            continue
        src = next((s for s in rep.grade_sources if s.get("area") == area or s.get("theme") == area), {})
        invented.append(f"{area} -> {grade}  [{src.get('source', '?')} p.{src.get('page')}: "
                        f"{(src.get('text') or '')[:110]}]")
    return len(stated), read, invented


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every invented grade")
    args = ap.parse_args()
    golds = sorted(FOLDER.glob("*.gold.json"))
    if not golds:
        print("error: bench/gradeprobe holds no gold files", file=sys.stderr)
        return 1
    print("| document | rendering | stated | read | invented |")
    print("|---|---|---|---|---|")
    totals = {"text": [0, 0, 0], "pdf": [0, 0, 0]}
    details = []
    for g in golds:
        name = g.name.removesuffix(".gold.json")
        gold = json.loads(g.read_text(encoding="utf-8"))
        for rendering, path in (("text", FOLDER / f"{name}.txt"), ("pdf", FOLDER / "pdf" / f"{name}.pdf")):
            n, r, inv = score(path, gold)
            t = totals[rendering]
            t[0], t[1], t[2] = t[0] + n, t[1] + r, t[2] + len(inv)
            print(f"| {name} | {rendering} | {n} | {r} | {len(inv)} |")
            details += [f"{name} ({rendering}): {x}" for x in inv]
    for rendering, (n, r, i) in totals.items():
        print(f"| **all** | {rendering} | {n} | {r} | {i} |")
    if args.verbose or details:
        print()
        for d in details:
            print(f"- INVENTED {d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
