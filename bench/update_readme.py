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
    pat = re.compile(rf"<!-- {name} -->\n.*?\n<!-- /{name} -->", re.S)
    return pat.sub(lambda _: f"<!-- {name} -->\n{body}\n<!-- /{name} -->", text)


def main() -> int:
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    evaluate = run("-m", "extractor", "evaluate")
    text = replace(text, "evaluate", "```\n" + evaluate + "\n```")
    for name, fig in (("cv", "cross-validation"), ("heldout", "held-out"), ("ood", "out-of-distribution"),
                      ("ood2", "out-of-distribution 2"), ("ood3", "out-of-distribution 3"), ("ood4", "out-of-distribution 4"),
                      ("ood5", "out-of-distribution 5"), ("ood6", "out-of-distribution 6"),
                      ("ood7", "out-of-distribution 7"), ("real", "real"), ("real3", "real 3"), ("real4", "real 4"),
                      ("real5", "real 5"), ("real6", "real 6"), ("real7", "real 7"), ("real8", "real 8")):
        m = re.search(rf"^  {fig} \(.*macro-F1 ([0-9.]+)", evaluate, re.M)
        if m:
            text = re.sub(rf"<!-- fig:{name} -->.*?<!-- /fig -->", f"<!-- fig:{name} -->{m.group(1)}<!-- /fig -->", text)
    reports = run("bench/evaluate_reports.py") + "\n" + run("bench/chromium_layout.py")
    text = replace(text, "reports", "```\n" + reports + "\n```")
    ood = run("bench/evaluate_reports.py", "tests/data/ood", "--modes=text,classic")
    ood2 = run("bench/evaluate_reports.py", "tests/data/ood2", "--modes=text,classic")
    ood3 = run("bench/evaluate_reports.py", "tests/data/ood3", "--modes=text,classic")
    ood4 = run("bench/evaluate_reports.py", "tests/data/ood4", "--modes=text,classic")
    ood5 = run("bench/evaluate_reports.py", "tests/data/ood5", "--modes=text,classic")
    ood6 = run("bench/evaluate_reports.py", "tests/data/ood6", "--modes=text,classic")
    ood7 = run("bench/evaluate_reports.py", "tests/data/ood7", "--modes=text,classic")
    text = replace(text, "ood", "```\n" + ood + "\n```")
    text = replace(text, "ood2", "```\n" + ood2 + "\n```")
    text = replace(text, "ood3", "```\n" + ood3 + "\n```")
    text = replace(text, "ood4", "```\n" + ood4 + "\n```")
    text = replace(text, "ood5", "```\n" + ood5 + "\n```")
    text = replace(text, "ood6", "```\n" + ood6 + "\n```")
    text = replace(text, "ood7", "```\n" + ood7 + "\n```")
    text = replace(text, "producers", run("bench/producers.py"))
    if "--speed" in sys.argv:
        text = replace(text, "speed", run("bench/speed.py"))
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
