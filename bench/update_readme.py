"""Refresh the figures quoted in README.md from the commands that produce them.

    python bench/update_readme.py [--speed]

Replaces the blocks between <!-- evaluate -->, <!-- reports --> and (with
--speed, which takes a few minutes) <!-- speed --> markers with fresh output of
`hmic evaluate`, `bench/evaluate_reports.py` and `bench/speed.py`. A test checks
that the README's held-out figures match `hmic evaluate`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT).stdout.rstrip()


def replace(text: str, name: str, body: str) -> str:
    pat = re.compile(rf"<!-- {name} -->\n(?:.*?\n)?<!-- /{name} -->", re.S)  # an empty block too
    return pat.sub(lambda _: f"<!-- {name} -->\n{body}\n<!-- /{name} -->", text)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    evaluate = run("-m", "extractor", "evaluate")
    text = replace(text, "evaluate", "```\n" + evaluate + "\n```")
    # every out-of-distribution folder, and every real set the README has a figure for: a new
    # set is picked up once it is registered, with no list to keep here (real set 2's figure
    # is a quotation of its first measurement, left as written)
    oods = sorted((p.name for p in (ROOT / "tests" / "data").iterdir() if re.fullmatch(r"ood\d*", p.name)),
                  key=lambda n: int(n[3:] or 1))
    reals = sorted({r for r in re.findall(r"<!-- fig:(real\d*) -->", text) if r != "real2"},
                   key=lambda n: int(n[4:] or 1))
    figures = [("cv", "cross-validation"), ("heldout", "held-out"),
               *((o, "out-of-distribution" + (f" {o[3:]}" if o[3:] else "")) for o in oods),
               *((r, "real" + (f" {r[4:]}" if r[4:] else "")) for r in reals)]
    for name, fig in (("oodpool", "out-of-distribution pooled"), ("realpool", "real pooled")):
        m = re.search(rf"^  {fig} \(.*n=(\d+)\): macro-F1 ([0-9.]+)", evaluate, re.M)
        if m:
            text = re.sub(rf"<!-- fig:{name}n -->.*?<!-- /fig -->", f"<!-- fig:{name}n -->{int(m.group(1)):,}<!-- /fig -->", text)
            text = re.sub(rf"<!-- fig:{name} -->.*?<!-- /fig -->", f"<!-- fig:{name} -->{m.group(2)}<!-- /fig -->", text)
    for name, fig in figures:
        m = re.search(rf"^  {fig} \(.*macro-F1 ([0-9.]+)", evaluate, re.M)
        if m:
            text = re.sub(rf"<!-- fig:{name} -->.*?<!-- /fig -->", f"<!-- fig:{name} -->{m.group(1)}<!-- /fig -->", text)
    reports = run("bench/evaluate_reports.py") + "\n" + run("bench/chromium_layout.py")
    text = replace(text, "reports", "```\n" + reports + "\n```")
    for o in oods:
        out = run("bench/evaluate_reports.py", f"tests/data/{o}", "--modes=text,classic")
        text = replace(text, o, "```\n" + out + "\n```")
    text = replace(text, "producers", run("bench/producers.py"))
    if "--speed" in sys.argv:
        text = replace(text, "speed", run("bench/speed.py"))
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
