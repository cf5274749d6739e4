"""Shared fixtures: gold report specs, rendered as text and as PDFs on demand.

PDFs are generated with reportlab at test time (never mocked), in each layout
that synth offers, and cached for the session.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from synth import load_spec, render

from extractor import Options, read_report

HERE = Path(__file__).resolve().parent
SPEC_DIR = HERE / "data" / "reports"
SAMPLE_SPEC_DIR = HERE.parent / "reports" / "source"
SHARED = HERE.parent.parent / "shared"
SEED_DA = SHARED / "seeds" / "004_30f1a011a2ac22a5.txt"


def spec_paths() -> list[Path]:
    return sorted(SPEC_DIR.glob("*.json"))


@pytest.fixture(scope="session")
def render_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rendered")


@pytest.fixture(scope="session")
def rendered(render_dir: Path):  # noqa: ANN201
    """Callable: (spec stem, mode) -> path of the rendered text or PDF (cached)."""
    cache: dict[tuple[str, str], Path] = {}

    def get(stem: str, mode: str) -> Path:
        key = (stem, mode)
        if key not in cache:
            cache[key] = render(load_spec(SPEC_DIR / f"{stem}.json"), mode, render_dir, stem)
        return cache[key]

    return get


@pytest.fixture(scope="session")
def extracted(rendered):  # noqa: ANN001, ANN201
    """Callable: (stem, mode, reader) -> Report (cached)."""
    cache: dict[tuple[str, str, str], object] = {}

    def get(stem: str, mode: str, reader: str = "pdfium"):  # noqa: ANN202
        key = (stem, mode, reader)
        if key not in cache:
            opts = Options(reader=reader)
            cache[key] = read_report(rendered(stem, mode), opts)
        return cache[key]

    return get


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        p = shutil.which(name)
        if p:
            return p
    return None


def require_in_ci(reason: str) -> None:
    """Skip locally, but fail in CI, where .ci/run installs what the test needs."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it; see .ci/run)")
    pytest.skip(reason)


def write_pdf(path: Path, objs: list[bytes]) -> Path:
    """A minimal PDF of the given numbered objects (1 0 obj …), with a cross-reference table.

    For hand-made broken or hostile PDFs: decompression bombs, broken page trees.
    """
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path


#: Test files whose tests mostly start processes: hmic commands (two seconds each, most of
#: it importing spaCy), worker pools, Chromium, LibreOffice, Datasette. They are nine
#: tenths of the quick suite's time. CI's main suite runs them; the oldest and newest
#: Pythons skip them (``-m "not processes"``) and still take hmic end to end through its
#: commands, its worker pool and its outputs in ``test_cli.py``.
PROCESS_FILES = frozenset({
    "test_architecture.py", "test_bad_inputs.py", "test_digest.py", "test_errors.py", "test_hostile.py",
    "test_pdf.py", "test_producers.py", "test_store.py", "test_workers.py",
})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.name in PROCESS_FILES:
            item.add_marker(pytest.mark.processes)
