#!/usr/bin/env python3
"""Report every run of >= N consecutive words shared between the documents and a reference text.
Usage: copycheck.py REFS.txt [N=6]
Runs made only of official names/labels listed in ALLOW are reported separately."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
N = int(sys.argv[2]) if len(sys.argv) > 2 else 6
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower().replace("\u2019", "'").replace("'", ""))
ref = tok(Path(sys.argv[1]).read_text())
grams = {tuple(ref[i:i+N]) for i in range(len(ref) - N + 1)}
ALLOW = ["his majestys inspectorate of constabulary and fire rescue services", "hm inspectorate of constabulary and fire rescue services",
         "the experiences and progress of children who need help and protection",
         "the experiences and progress of children in care",
         "the experiences and progress of care leavers",
         "the impact of leaders on social work practice with children and families"]
for f in sorted(HERE.glob("*.txt")):
    w = tok(f.read_text())
    hits = sorted({" ".join(w[i:i+N]) for i in range(len(w) - N + 1) if tuple(w[i:i+N]) in grams})
    real = [h for h in hits if not any(h in a for a in ALLOW)]
    print(f"{f.name}: {len(real)} shared {N}-word runs" + (f" (+{len(hits)-len(real)} in official labels)" if len(hits) > len(real) else ""))
    for h in real:
        print("   ", h)
