"""Find text in our data that shares a run of six or more words with a source document.

    python tools/copycheck.py [SOURCE_DIR ...]

Our corpus, sample reports and test reports are written by us: no run of six
consecutive words may come from a real report, the seed documents included.
Sources are every ``*.txt`` under the given folders (default: ``../shared/seeds``).
Prints each offending text and exits 1 if there is any. Used by
``tests/test_corpus.py``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

RUN = 6
ROOT = Path(__file__).resolve().parent.parent
#: Our own data: labelled sentences, sample report specs, test report specs, probe documents,
#: docs and tests.
OURS = ("corpora/sentences", "corpora/candidates", "corpora/heldout", "corpora/LABELLING.md", "corpora/README.md", "reports",
        "tests", "bench/probe", "bench/probe2", "bench/probe3", "bench/probe4", "bench/probe5", "bench/probe6", "bench/probe7",
        "bench/probe8",
        "bench/probe9",
        "bench/probe10",
        "bench/probe11",
        "bench/probe12",
        "bench/probe13",
        "bench/probe14",
        "bench/probe15",
        "bench/probe16",
        "bench/probe17",
        "bench/probe18",
        "bench/probe19",
        "bench/probe20",
        "bench/probe21",
        "bench/probe22",
        "bench/gradeprobe",
        "docs", "README.md")
#: Names of institutions and statutes are not prose: a run inside one is not a copy.
PROPER_NAMES = (
    "police and crime commissioner", "her majesty's inspectorate of constabulary",
    "his majesty's inspectorate of constabulary", "inspectorate of constabulary and fire and rescue services",
    "national crime recording standard", "home office counting rules", "code of practice for victims of crime",
    "multi agency risk assessment conference", "domestic abuse stalking and harassment",
    "police effectiveness efficiency and legitimacy",
    # the title of every 2014 domestic abuse force report: "<Force>'s approach to tackling domestic abuse"
    "approach to tackling domestic abuse",
)


def _names() -> tuple[str, ...]:
    """Proper names and the inspectorate's own question names (our taxonomies match them)."""
    names = set(PROPER_NAMES)
    for p in (ROOT / "corpora" / "taxonomies").glob("*.json"):
        for theme in json.loads(p.read_text(encoding="utf-8")).get("themes", []):
            names |= {" ".join(words_plain(n)) for n in [theme.get("name", ""), *theme.get("aliases", [])]}
    return tuple(sorted((n for n in names if n), key=len, reverse=True))


def words_plain(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'").replace("&", "and"))


def words(text: str) -> list[str]:
    """Words of a text, with each proper name folded into one token (a name is not a copy)."""
    joined = " " + " ".join(words_plain(text)) + " "
    for i, name in enumerate(NAMES):
        if f" {name} " in joined:
            joined = joined.replace(f" {name} ", f" name{i} ")
    return joined.split()


def runs(text: str) -> set[str]:
    w = words(text)
    return {" ".join(w[i:i + RUN]) for i in range(len(w) - RUN + 1)}


def _strings(obj: Any) -> Iterator[str]:
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def our_texts(root: Path = ROOT) -> Iterator[tuple[Path, str]]:
    """Every sentence or string we wrote, with the file it is in."""
    for d in OURS:
        top = root / d
        for p in [top] if top.is_file() else sorted(top.rglob("*")):
            if p.suffix in (".md", ".py", ".txt", ".html", ".fodt"):
                for line in p.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        yield p, line
            elif p.suffix == ".jsonl":
                for line in p.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        yield p, str(json.loads(line).get("text", ""))
            elif p.suffix == ".json":
                for s in _strings(json.loads(p.read_text(encoding="utf-8"))):
                    yield p, s


def copied(source_dirs: list[Path], root: Path = ROOT) -> list[tuple[Path, str, str]]:
    """(file, text, shared run) for every text sharing a six-word run with a source."""
    source: set[str] = set()
    for d in source_dirs:
        for f in d.rglob("*.txt"):
            source |= runs(f.read_text(encoding="utf-8", errors="replace"))
    out = []
    for path, text in our_texts(root):
        hit = runs(text) & source
        if hit:
            out.append((path, text, sorted(hit)[0]))
    return out


NAMES = _names()


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or [ROOT.parent / "shared" / "seeds"]
    found = copied(dirs)
    for path, text, run in found:
        print(f"{path.relative_to(ROOT)}: shares {run!r}: {text[:100]}")
    print(f"{len(found)} text(s) share a run of {RUN} words with {', '.join(map(str, dirs))}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
