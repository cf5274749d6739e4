"""Write the reports of the first thirty out-of-distribution sets as a training batch.

    python tools/writers_batch.py

Thirty writers who never saw our corpus wrote those reports from public facts, in the
inspectorate's registers and report kinds, and labelled every sentence by
``corpora/LABELLING.md``. Our own batches taught the model our writing; theirs teach it
other people's. The sets to take are ``TRAINED_OOD_SETS`` in
``extractor/training/corpus.py``; the batch is rewritten from their specs, so a
correction to a spec reaches the model at the next ``hmic train``, and a test checks
that the committed batch is what this script writes. Later sets are never trained on:
they stay out-of-distribution.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.training.corpus import TRAINED_OOD_SETS, heldout_files, load_corpus, spec_rows  # noqa: E402
from extractor.understand.metadata import gazetteer, place_of  # noqa: E402

BATCH = "train-zz-writers"
OUT = ROOT / "corpora" / "sentences" / f"{BATCH}.jsonl"


#: Fictional forces the writers' real ones are renamed to, one per report: each report
#: praises or criticises one real force, and the model should learn the praise and the
#: criticism, not which force drew them ("Cleveland" is no area for improvement).
FICTIONAL = ("Greyhaven Constabulary", "Hollinshire Constabulary", "Gorsemoor Police", "Westmarch Police",
             "Avonmere Police", "Saltmere Police", "Pykeham Police", "Kestrow Police", "Brackwater Police",
             "Mellorby Constabulary", "Tolbridge Police", "Stanfold Constabulary")
#: Any other force a report names (a neighbour, a comparison).
OTHER = "Northmoor Police"


def _renamer() -> list[tuple[re.Pattern[str], int, str]]:
    """Every name, short form and area of a known force, longest first, as (pattern, kind,
    official name): kind 0 a name ("Essex Police", "GMP"), 1 an area alone ("Essex")."""
    names: dict[str, tuple[str, int]] = {}
    for f in gazetteer():
        for n in f.names:
            names.setdefault(n, (f.name, 0))
            if f.territorial and (area := place_of(n)) != n and len(area) > 3:
                names.setdefault(area, (f.name, 1))
    out = []
    for n in sorted(names, key=len, reverse=True):
        out.append((re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])"), names[n][1], names[n][0]))
    return out


def fictional(text: str, force: str, renamer: list[tuple[re.Pattern[str], int, str]]) -> str:
    """``text`` with the report's force (and any other known force) renamed to fictional ones."""
    own = FICTIONAL[sum(map(ord, force)) % len(FICTIONAL)]
    for pat, kind, official in renamer:
        name = own if official == force else OTHER
        text = pat.sub(place_of(name) if kind else name, text)
    return text


def corpus_family(spec_family: str) -> str:
    """The corpus's coarse family for a spec's taxonomy stem ("peel2017" → "peel2014_2019")."""
    if (spec_family.startswith("peel20") and spec_family[4:8] < "2021") or spec_family == "peel2014_2019":
        return "peel2014_2019"
    if spec_family.startswith("peel"):
        return "peel2021"
    if spec_family.startswith("cdi"):
        return "cdi2014"
    if spec_family == "da2014":
        return "da2014"
    return "thematic"


def rows(root: Path = ROOT) -> list[dict[str, Any]]:
    """Every sentence of the sets' specs, in reading order, one passage per report; not
    those the held-out set also has (a stock judgement line), which stays independent."""
    out: list[dict[str, Any]] = []
    seen: set[str] = {r["text"] for r in load_corpus(heldout_files(root / "corpora"))}
    renamer = _renamer()
    official = {n.lower(): f.name for f in gazetteer() for n in f.names}
    for folder in TRAINED_OOD_SETS:
        specs = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                 for p in (root / "tests" / "data" / folder).glob("*.json")}
        for r in spec_rows(root / "tests" / "data" / folder):
            spec = specs[r["spec"]]
            force = official.get(str(spec.get("force", "")).lower(), str(spec.get("force", "")))
            text = fictional(" ".join(r["text"].split()), force, renamer)
            if text in seen:  # a boilerplate line two reports share: once
                continue
            seen.add(text)
            out.append({"text": text, "label": r["label"], "family": corpus_family(spec["family"]),
                        "theme": r["theme"], "case": "writers", "batch": BATCH, "kind": spec.get("kind"),
                        "heading": fictional(r["section"], force, renamer), "passage": spec["id"],
                        "bullet": r["bullet"]})
    return out


def render(batch: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in batch)


def main() -> int:
    batch = rows()
    OUT.write_text(render(batch), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(batch)} sentences from {len(TRAINED_OOD_SETS)} sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
