"""Themes on real report page text, and how far two careful readers agree on them.

    python bench/real_themes.py corpora/real/real2-labelled.jsonl [--second READER2.jsonl] [-v]
    python bench/real_themes.py --specs tests/data/ood3 tests/data/ood3/second-reader-themes.jsonl

Each real set (``corpora/real/*.jsonl``, git-ignored) holds runs of consecutive
sentences taken from public report pages, each with the theme a reader gave it
blind. A page becomes a small document (its headings and sentences, in order, with
the page's year) and goes through the same stages as a report (:func:`build_report`)
with the taxonomy of the family the reader recorded, so the figure measures theme
assignment, not family detection. A page is not a report: there is no grade table
and often no area heading above a sentence, which is why this figure is far below
the one on whole reports (``bench/evaluate_reports.py``).

``--second`` is the same sentences with themes given by a second reader who never
saw the first reader's (same order; only ``theme`` is read). Then the script also
prints how often the two readers agree, and how often hmic agrees with each: the
figure a tool can be held to is what careful readers reach between themselves.

``--specs DIR READER2.jsonl`` does the same for whole synthetic reports: the themes a
second reader gave the sentences of ``DIR``'s specs (each row ``doc``, ``text``,
``theme``) against the specs' own, where sections and the report around each
sentence were there to read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.pipeline import Options, build_report  # noqa: E402
from extractor.records import Block, ParsedDocument  # noqa: E402

#: The real sets' family names, as the ``report_type`` that picks the same taxonomy.
FAMILY_TYPE = {
    "peel2014_2019": "peel_2014_2019",
    "peel2021": "peel_2021",
    "da2014": "domestic_abuse_2014",
    "cdi2014": "crime_data_integrity",
    "thematic": "thematic",
}


#: A list item's number or letter ("4).", "2.", "(b)"): hmic keeps the item's text without
#: it, so a reader's sentence and hmic's finding are matched without it.
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d{1,2}[.)]+|\([a-z]\)|[a-z]\))\s+")


def _norm(text: str) -> str:
    return " ".join(_ENUMERATOR.sub("", text).lower().split())


def page_themes(rows: list[dict[str, Any]], opts: Options) -> list[str | None]:
    """hmic's theme key for each row of one page, in order (None where none or not found)."""
    first = rows[0]
    year = first.get("year")
    if first["family"] == "cdi2014" and isinstance(year, int) and year <= 2015:
        family = "crime_data_integrity_2014"
    else:
        family = FAMILY_TYPE.get(first["family"], first["family"])
    blocks: list[Block] = []
    last = None
    for r in rows:
        heading = r.get("heading")
        if heading and heading != last:
            blocks.append(Block(kind="heading", text=heading, page=1, level=2))
            last = heading
        blocks.append(Block(kind="bullet" if r.get("bullet") else "para", text=r["text"], page=1))
    doc = ParsedDocument(source=str(first.get("url")), report_id=str(first.get("page_seq")), blocks=blocks,
                         # the reader recorded only the year; a date line needs a month to be
                         # read as one (without it the year was lost and every 2014-19 page took
                         # the 2014 taxonomy), and mid-year stands for any month
                         cover_text=f"{first.get('heading') or ''}\nPublished June {year}")
    report = build_report(doc, Options(report_type=family, taxonomies=opts.taxonomies, model=opts.model))
    # a text said twice on a page ("graded inadequate" under two questions) is matched to
    # hmic's findings in order, not every time to the first
    by_text: dict[str, list[str | None]] = {}
    for f in report.findings:
        by_text.setdefault(_norm(f.text), []).append(f.theme_key)
    out: list[str | None] = []
    for r in rows:
        found = by_text.get(_norm(r["text"]))
        out.append((found.pop(0) if len(found) > 1 else found[0]) if found else None)
    return out


def tool_themes(rows: list[dict[str, Any]]) -> list[str | None]:
    """hmic's theme for every row, page by page (rows of a page are consecutive)."""
    opts = Options()
    pages: dict[Any, list[int]] = {}
    for i, r in enumerate(rows):
        pages.setdefault(r.get("url"), []).append(i)
    out: list[str | None] = [None] * len(rows)
    for idx in pages.values():
        for i, key in zip(idx, page_themes([rows[i] for i in idx], opts), strict=True):
            out[i] = key
    return out


def agreement(a: list[str | None], b: list[str | None]) -> tuple[int, int, int]:
    """(agree where ``a`` gives a theme, sentences ``a`` gives one, agree over all sentences)."""
    themed = [(x, y) for x, y in zip(a, b, strict=True) if x]
    return sum(x == y for x, y in themed), len(themed), sum(x == y for x, y in zip(a, b, strict=True))


def _line(name: str, a: list[str | None], b: list[str | None]) -> str:
    right, n, all_right = agreement(a, b)
    return (f"{name:32} {right}/{n} = {right / max(n, 1):.3f} of the sentences with a theme;"
            f"  {all_right / max(len(a), 1):.3f} of all {len(a)}")


def spec_agreement(spec_dir: Path, second: Path) -> str:
    """Two readers' themes for the sentences of a set of report specs."""
    from extractor.training.corpus import spec_rows

    gold = {_norm(r["text"]): r.get("theme") for r in spec_rows(spec_dir)}
    rows = [json.loads(line) for line in second.open(encoding="utf-8") if line.strip()]
    pairs = [(gold[_norm(r["text"])], r.get("theme")) for r in rows if _norm(r["text"]) in gold]
    return _line(f"reader 2 against {spec_dir.name}'s writer", [a for a, _ in pairs], [b for _, b in pairs])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--specs", action="store_true", help="FILES are a spec folder and a second reader's themes")
    ap.add_argument("--second", type=Path, help="the same sentences themed by a second reader")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement with reader 1")
    args = ap.parse_args(argv)
    if args.specs:
        if len(args.files) != 2:
            ap.error("--specs takes a spec folder and a second reader's file")
        print(spec_agreement(args.files[0], args.files[1]))
        return 0
    rows = [json.loads(line) for f in args.files for line in f.open(encoding="utf-8") if line.strip()]
    gold = [r.get("theme") for r in rows]
    got = tool_themes(rows)
    print(f"real page text: {len(rows)} sentences on {len({r.get('url') for r in rows})} pages")
    print(_line("hmic against reader 1", gold, got))
    if args.second:
        second = [json.loads(line).get("theme") for line in args.second.open(encoding="utf-8") if line.strip()]
        if len(second) != len(rows):
            print(f"error: {args.second}: {len(second)} rows, expected {len(rows)}", file=sys.stderr)
            return 2
        print(_line("reader 2 against reader 1", gold, second))
        print(_line("hmic against reader 2", second, got))
    errors = Counter((g, t) for g, t in zip(gold, got, strict=True) if g and g != t)
    for (want, have), n in errors.most_common(8):
        print(f"  {n:3}  reader 1 {want}, hmic {have}")
    if args.verbose:
        for r, t in zip(rows, got, strict=True):
            if r.get("theme") and r["theme"] != t:
                print(f"{r['theme']} <- {t} | {r.get('heading') or ''}"[:90], "|", r["text"][:120])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
