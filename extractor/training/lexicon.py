"""Build the split-word lexicon from the training corpus (run by ``hmic train``).

The reader re-joins "supervi sion" only when the joined form is a word it knows;
those words come from our training sentences, taxonomies and gazetteer. The
held-out and evaluation sets are never read here, so evaluation measures the
reader on words it was not built from.
"""

from __future__ import annotations

from pathlib import Path

from extractor.read.lexicon import EXTRA_WORDS, LEXICON_FILE, reference_words, words_of
from extractor.vocabulary import read_jsonl


def build_lexicon(training_files: list[Path], out_dir: Path) -> int:
    """Write ``lexicon.txt`` into ``out_dir``; return the number of words."""
    words = reference_words() | set(EXTRA_WORDS)
    for p in training_files:
        for _, row in read_jsonl(p):
            words |= words_of(str(row.get("text", "")))
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = out_dir / (LEXICON_FILE + ".tmp")
    tmp.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    tmp.replace(out_dir / LEXICON_FILE)
    return len(words)
