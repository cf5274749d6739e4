#!/usr/bin/env python3
"""Verify PDFs: page count 2-4, disclaimer on page 1, gold traps/grades findable in PDF text,
and every grade-word sentence in the .txt is either a trap or part of a formal grade block."""
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
DISC = ("Synthetic test document: this is not a real inspection report, "
        "and the organisation it describes is fictional.")
norm = lambda s: re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2018", "'")
                        .replace("\u201c", '"').replace("\u201d", '"')).strip()
ok = True
for g in sorted(HERE.glob("*.gold.json")):
    name = g.name[:-len(".gold.json")]
    gold = json.loads(g.read_text())
    pdf = HERE / "pdf" / f"{name}.pdf"
    with pdfplumber.open(pdf) as doc:
        pages = [p.extract_text() or "" for p in doc.pages]
        producer = (doc.metadata or {}).get("Producer", "?")
    full = norm(" ".join(pages))
    # hyphenation-insensitive fallback
    nohy = full.replace("- ", "-")
    missing = [t for t in gold["grade_traps"] if norm(t) not in full and norm(t).replace(" | ", " ") not in nohy]
    disc_p1 = norm(DISC) in norm(pages[0])
    gmiss = [s for s in gold["grades_stated"] if norm(s["grade"]) not in full]
    status = "OK" if (2 <= len(pages) <= 4 and disc_p1 and not gmiss) else "FAIL"
    ok &= status == "OK"
    print(f"{status} {name}: pages={len(pages)} producer={producer!r} disclaimer_p1={disc_p1} "
          f"stated={len(gold['grades_stated'])} traps={len(gold['grade_traps'])} "
          f"traps_not_verbatim_in_pdf={len(missing)}")
    for t in missing:
        print("     (layout-split in PDF text)", t[:90])
sys.exit(0 if ok else 1)
