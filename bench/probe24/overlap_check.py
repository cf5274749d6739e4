"""Counts (only) the gold sentences of probe24 that share a run of six or more words with the
seed texts in /work/shared/seeds (or the folder given as the first argument).  It prints
numbers, never text, so running it does not show the seed material.

Usage: python3 overlap_check.py [SEED_DIR]
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
N = 6


def words(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'", ""))


def grams(ws):
    return {tuple(ws[i:i + N]) for i in range(len(ws) - N + 1)}


def main(argv):
    seed_dir = argv[0] if argv else "/work/shared/seeds"
    seed = set()
    files = sorted(glob.glob(os.path.join(seed_dir, "*")))
    for p in files:
        with open(p, encoding="utf-8", errors="replace") as f:
            seed |= grams(words(f.read()))
    total = hits = 0
    for p in sorted(glob.glob(os.path.join(HERE, "*.gold.json"))):
        with open(p, encoding="utf-8") as f:
            gold = json.load(f)
        n = sum(1 for s in gold if grams(words(s)) & seed)
        total += len(gold)
        hits += n
        name = os.path.basename(p)[:-len(".gold.json")]
        print(f"{name:<28} {n:2d} of {len(gold):2d} sentences share a {N}-word run")
    print(f"seed files: {len(files)}; gold sentences: {total}; sharing a {N}-word run: {hits}")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
