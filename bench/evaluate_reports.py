"""End-to-end scores on gold report specs, read as text and as PDFs in each layout.

    python bench/evaluate_reports.py [SPEC_DIR] [--verbose [--all-themes]] [--model=DIR] [--modes=text,classic]

SPEC_DIR defaults to tests/data/reports (synthetic reports naming real forces,
written separately from the training corpus). Prints, per rendering: sentence
recovery, strength / area-for-improvement F1, theme and grade accuracy, and
force and publication month right.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from scoring import score_report  # noqa: E402
from synth import LAYOUTS, TEXT_MODES, load_spec, render  # noqa: E402

from extractor import Options, read_report  # noqa: E402
from extractor.classify.model import FrozenModel  # noqa: E402
from extractor.training.train import finding_f1  # noqa: E402


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    flags = dict(a[2:].split("=", 1) for a in argv if a.startswith("--") and "=" in a)
    args = [a for a in argv if not a.startswith("--")]
    spec_dir = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "tests/data/reports"
    specs = [(p.stem, load_spec(p)) for p in sorted(spec_dir.glob("*.json"))]
    tmp = Path(tempfile.mkdtemp(prefix="hmic-eval-"))
    model = FrozenModel.load(flags["model"]) if "model" in flags else None
    opts = Options(model=model)
    modes = flags["modes"].split(",") if "modes" in flags else (*TEXT_MODES, *LAYOUTS)
    for mode in modes:
        pairs, gold, rec, tt, tr, gt, gr, fok, pok, extra = [], 0, 0, 0, 0, 0, 0, 0, 0, 0
        at, ar, aw, au, unasked = 0, 0, 0, 0, 0
        for stem, spec in specs:
            path = render(spec, mode, tmp, stem)
            rep = read_report(path, opts)
            sc = score_report(spec, rep)
            pairs += sc.label_pairs
            gold += sc.gold
            rec += sc.recovered
            tt += sc.theme_total
            tr += sc.theme_right
            gt += sc.grade_total
            gr += sc.grade_right
            fok += sc.force_ok
            pok += sc.published_ok
            extra += len(sc.extra)
            unasked += len(sc.sentence_grade_unasked)
            at, ar, aw, au = at + sc.areas_total, ar + sc.areas_right, aw + len(sc.areas_wrong), au + len(sc.areas_unlisted)
            if verbose:
                if not sc.force_ok or not sc.published_ok:
                    print(f"  {stem}: force {rep.force!r} (gold {spec.get('force')!r}), published {rep.published} (gold {spec.get('published')})")
                for m in sc.missing[:5]:
                    print(f"  {stem} missing: {m[:100]}")
                for e in sc.extra[:5]:
                    print(f"  {stem} extra: {e[:100]}")
                for e in sc.theme_errors[: None if "--all-themes" in argv else 6]:
                    print(f"  {stem} theme: got {e[1]} want {e[2]}: {e[0]}")
                for e in sc.grade_errors:
                    print(f"  {stem} grade: {e}")
                for key, got_grade, want in sc.areas_wrong:
                    print(f"  {stem} area grade WRONG: {key} got {got_grade} want {want}")
                for area, got_grade, text in sc.areas_unlisted:
                    print(f"  {stem} area grade not in the spec's table: {area} {got_grade}: {text[:90]}")
                for text, got, want in sc.sentence_grade_errors:
                    print(f"  {stem} sentence grade: got {got} want {want}: {text}")
                for text, got in sc.sentence_grade_unasked:
                    print(f"  {stem} sentence grade NOT IN GOLD: got {got}: {text}")
        s, a, m = finding_f1(pairs)
        print(
            f"{mode:<10} recovered {rec}/{gold} ({rec / max(gold, 1):.1%})  strength F1 {s:.3f}  "
            f"AFI F1 {a:.3f}  macro {m:.3f}  theme {tr}/{tt} ({tr / max(tt, 1):.1%})  "
            f"grades {gr}/{gt} (+{unasked} not in gold)  graded areas {ar}/{at} (wrong {aw}, not in spec {au})  force {fok}/{len(specs)}  month {pok}/{len(specs)}  extra findings {extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
