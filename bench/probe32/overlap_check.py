"""Counts (only) the gold sentences of probe32 that share a run of six or more words with
reference texts: the seed texts in /work/shared/seeds and, if present, the real-report
excerpts a helper may have saved; other folders
may be given as arguments.  It prints numbers, never text, so running it does not show the
seed material.  The furniture files are checked too (footnotes, back covers, letter lines).

Usage: python3 overlap_check.py [DIR ...]
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 6
DEFAULT = ["/work/shared/seeds"]


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'", ""))


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main(argv):
    dirs = argv or DEFAULT
    ref = set()
    nfiles = 0
    for d in dirs:
        for p in sorted(glob.glob(os.path.join(d, "*"))):
            if os.path.isfile(p):
                nfiles += 1
                with open(p, encoding="utf-8", errors="replace") as f:
                    ref |= grams(words(f.read()))
    total = hits = fhits = ftotal = 0
    for p in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        with open(p, encoding="utf-8") as f:
            gold = json.load(f)
        n = sum(1 for s in gold if grams(words(s)) & ref)
        total += len(gold)
        hits += n
        fp = p[:-len(".gold.json")] + ".furniture.json"
        fn = 0
        if os.path.exists(fp):
            with open(fp, encoding="utf-8") as f:
                furn = [x["text"] for x in json.load(f)]
            fn = sum(1 for s in furn if grams(words(s)) & ref)
            ftotal += len(furn)
            fhits += fn
        name = os.path.basename(p)[:-len(".gold.json")]
        print(f"{name:<28} {n:2d} of {len(gold):2d} sentences share a {N}-word run "
              f"(furniture lines: {fn})")
    print(f"reference files: {nfiles}; gold sentences: {total}; sharing a {N}-word run: "
          f"{hits}; furniture lines: {ftotal}, sharing: {fhits}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
