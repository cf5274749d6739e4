"""The ``hmic`` command: a thin Click layer over the library.

Each command parses options, calls one library function and turns library errors
into one-line messages. Data goes to stdout (or ``-o``), messages and progress to
stderr. Exit status (see :mod:`extractor.errors`): 0 all well, 1 if any input file
failed or a model, corpus or output problem stopped the command, 2 for usage
errors. No command prints a traceback for bad input or bad options.
"""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from extractor import __version__
from extractor.errors import HmicError, OutputError, SourceError, UsageError
from extractor.records import Report
from extractor.settings import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_INFLATED_BYTES,
    DEFAULT_MAX_TEXT_CHARS,
    DEFAULT_SECONDS_PER_FILE,
    DIGEST_CHILD_SECONDS,
    PDF_READERS,
)

if TYPE_CHECKING:
    from extractor.classify.model import FrozenModel
    from extractor.pipeline import Options, Outcome

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
#: Default for --max-file-mb (see extractor.settings.DEFAULT_MAX_FILE_BYTES).
DEFAULT_MAX_FILE_MB = DEFAULT_MAX_FILE_BYTES // (1024 * 1024)


class State:
    def __init__(self) -> None:
        self.failed = 0
        self.skipped = 0
        self.quiet = False

    def error(self, exc: SourceError) -> None:
        from extractor.publish.files import display

        self.failed += 1
        click.echo(f"error: {display(exc.path)}: {display(exc.reason)}", err=True)

    def warn(self, path: str, message: str) -> None:
        from extractor.publish.files import display

        if not self.quiet:
            click.echo(f"warning: {display(path)}: {display(message)}", err=True)


def quiet_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("-q", "--quiet", is_flag=True, help="No progress or warnings on stderr.")(f)


def model_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--model", "model_dir", type=click.Path(file_okay=False), default=None,
        help="Model folder written by 'hmic train --out' (default: the model shipped with hmic).",
    )(f)


def absolute_links_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--absolute-links", is_flag=True, default=False,
        help="Link quotes to report files by absolute path, so the digest still finds them when it is "
             "moved to another folder of this machine (default: relative to the digest).",
    )(f)


def reading_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that reads reports."""
    f = model_option(f)
    f = click.option(
        "--jobs", "-j", type=click.IntRange(1), default=None,
        help="Worker processes reading files (default: one per core). Output is the same for any value.",
    )(f)
    f = click.option(
        "--scheduler", default=None, metavar="ADDRESS",
        help="Read files on a Dask cluster (e.g. tcp://10.0.0.5:8786; needs the 'distributed' extra). "
             "Workers must see the files at the same paths.",
    )(f)
    f = click.option(
        "--max-file-mb", type=click.IntRange(1), default=DEFAULT_MAX_FILE_MB, show_default=True,
        help="Refuse input files larger than this (MB).",
    )(f)
    f = click.option(
        "--max-text-mb", type=click.IntRange(1), default=DEFAULT_MAX_TEXT_CHARS // 1_000_000, show_default=True,
        help="Refuse reports holding more text than this (millions of characters).",
    )(f)
    f = click.option(
        "--max-seconds", type=click.FloatRange(0), default=DEFAULT_SECONDS_PER_FILE, show_default=True,
        help="Give up on a file after this many seconds (0: no limit).",
    )(f)
    f = click.option(
        "--max-inflated-mb", type=click.IntRange(1), default=DEFAULT_MAX_INFLATED_BYTES // (1024 * 1024),
        show_default=True, help="Refuse PDFs whose compressed streams (images aside) inflate to more (MB).",
    )(f)
    f = click.option(
        "--taxonomy", "taxonomies", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="Extra taxonomy file (JSON, see corpora/README.md); may be repeated.",
    )(f)
    f = click.option(
        "--report-type", default=None,
        help="Override report family detection (e.g. peel_2021, domestic_abuse_2014).",
    )(f)
    f = click.option(
        "--reader", type=click.Choice(PDF_READERS), default="pdfium", show_default=True,
        help="PDF text reader: fast pypdfium2, or pdfplumber (reference).",
    )(f)
    return f


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="hmic")
def cli() -> None:
    """Extract, classify and compare findings from HMIC / HMICFRS inspection reports.

    \b
    Quick start:
        hmic run reports/ -o out/
    """


def _model(model_dir: str | None) -> FrozenModel | None:
    if not model_dir:
        return None  # the packaged model, loaded where a file is first classified
    from extractor.classify.model import FrozenModel

    return FrozenModel.load(model_dir)


def _options(reader: str, taxonomies: tuple[str, ...], report_type: str | None,
             model_dir: str | None = None, jobs: int | None = None, max_file_mb: int = 0,
             max_inflated_mb: int = 0, max_seconds: float = DEFAULT_SECONDS_PER_FILE,
             scheduler: str | None = None, max_text_mb: int = 0) -> Options:
    import os

    from extractor.pipeline import Options
    from extractor.understand.themes import builtin_taxonomies, load_taxonomy

    taxes = builtin_taxonomies() + tuple(load_taxonomy(p) for p in taxonomies)
    return Options(reader=reader, taxonomies=taxes, report_type=report_type, model=_model(model_dir),
                   model_dir=model_dir, jobs=jobs or os.cpu_count() or 1,
                   max_file_bytes=(max_file_mb or DEFAULT_MAX_FILE_MB) * 1024 * 1024,
                   max_inflated_bytes=(max_inflated_mb * 1024 * 1024) or DEFAULT_MAX_INFLATED_BYTES,
                   seconds_per_file=max_seconds, scheduler=scheduler,
                   max_text_chars=(max_text_mb * 1_000_000) or DEFAULT_MAX_TEXT_CHARS)


def _progress(items: list[Path], quiet: bool, label: str) -> Iterator[Path]:
    """A progress bar on a terminal: count, time left and the file being handed to be read."""
    show = not quiet and sys.stderr.isatty()
    if not show:
        yield from items
        return
    with click.progressbar(items, label=label, file=sys.stderr, show_pos=True, show_eta=True,
                           item_show_func=lambda p: p.name[-40:] if p is not None else None) as bar:
        yield from bar


def _extract(sources: Iterable[str], opts: Options, state: State, skip_ids: set[str] | None = None) -> list[Report]:
    """Run the library's batch extraction; print per-file errors and warnings; keep going."""
    from extractor.pipeline import extract

    paths = _scan(sources, state)
    return extract(_progress(paths, state.quiet, "Reading reports"), opts, skip_ids=skip_ids,
                   on_outcome=lambda o: _report_outcome(o, state)).reports


def _scan(sources: Iterable[str], state: State) -> list[Path]:
    """Report files in ``sources``; what was passed over in folders is a warning each."""
    from extractor.read.sources import scan_sources

    paths, notes = scan_sources(sources)
    state.skipped += len(notes)
    for where, why in notes:
        state.warn(where, why)
    if not paths:
        raise UsageError("no .pdf, .txt or .md reports found in the given sources")
    return paths


def _warm_digest() -> None:
    """Import the digest's modules and compile its templates (run in a thread while files are read)."""
    try:
        from extractor.publish.digest import warm

        warm()
    except Exception:  # noqa: BLE001 - warming is an optimisation; the real render reports any problem
        pass


def _render_digests(reports: list[Report], out: Path, title: str | None, absolute_links: bool) -> tuple[str, str]:
    """The HTML and Markdown digests, from one analysis of the reports."""
    from extractor.publish.digest import build_context, render_digest

    ctx = build_context(reports, base=out, title=title, absolute_links=absolute_links)
    return render_digest(reports, "html", context=ctx), render_digest(reports, "md", context=ctx)


def _render_in_child(reports: list[Report], out: Path, title: str | None, absolute_links: bool) -> Any:
    """Render the digests in a forked copy of this process, which sends them back through
    a pipe; None where processes are not forked (then the caller renders them itself).

    Only the parent writes files: a copy whose parent was killed finds the pipe closed
    and ends without writing anything. Forking only where it is the start method
    (Linux): on macOS a forked copy of a process with numerical libraries loaded is
    not safe.
    """
    import multiprocessing

    ctx = multiprocessing.get_context()
    if ctx.get_start_method() != "fork":
        return None
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_render_and_send, args=(send, reports, out, title, absolute_links), daemon=True)
    try:
        proc.start()
    except Exception:  # noqa: BLE001 - cannot fork (resources, or a warning made an error): render here
        recv.close()
        send.close()
        return None
    send.close()  # the copy holds the sending end; this process only receives
    return proc, recv


def _render_and_send(send: Any, reports: list[Report], out: Path, title: str | None, absolute_links: bool) -> None:
    import os

    try:
        for text in _render_digests(reports, out, title, absolute_links):
            send.send_bytes(text.encode("utf-8"))
        send.close()
    except BaseException:  # noqa: BLE001 - the parent renders again and reports any error
        os._exit(1)


def _received(child: Any) -> tuple[str, str] | None:
    """The digests the copy from ``_render_in_child`` rendered, or None if it failed or
    took longer than :data:`DIGEST_CHILD_SECONDS` (then the caller renders them)."""
    proc, recv = child
    texts: list[str] = []
    try:
        for _ in range(2):
            if not recv.poll(DIGEST_CHILD_SECONDS):
                break
            texts.append(recv.recv_bytes().decode("utf-8"))
    except (EOFError, OSError, UnicodeDecodeError):
        pass
    finally:
        recv.close()
        if len(texts) < 2 and proc.is_alive():
            proc.kill()
        proc.join()
    return (texts[0], texts[1]) if len(texts) == 2 else None


def _report_outcome(outcome: Outcome, state: State) -> None:
    """Print a file's error, or its warnings, as soon as it has been read."""
    if isinstance(outcome, SourceError):
        state.error(outcome)
        return
    for w in outcome.warnings:
        state.warn(outcome.source, w)
    if outcome.force is None and outcome.report_type not in ("thematic",):
        state.warn(outcome.source, "could not tell which force this report is about")


@contextmanager
def _open_out(path: str) -> Iterator[IO[str]]:
    """stdout for "-", else a file that appears only when complete (atomic rename)."""
    from extractor.publish.files import atomic_writer

    if path == "-":
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader stopped reading: main() ends quietly
        except OSError as exc:
            raise OutputError(f"cannot write to standard output ({exc.strerror or exc})") from None
        return
    with atomic_writer(Path(path)) as fh:
        yield fh


#: What ``hmic run`` writes into its output folder.
RUN_OUTPUTS = ("digest.html", "digest.md", "findings.jsonl", "findings.csv", "reports.json", "grades.csv",
               "findings.db", "metadata.json")


def _input_files(sources: Iterable[str]) -> list[Path]:
    from extractor.read.sources import iter_sources

    return list(iter_sources(sources))


def _finish(state: State) -> None:
    if state.failed:
        raise click.exceptions.Exit(1)


class CommandError(click.ClickException):
    """A library error on its way out of the CLI: one ``error:`` line, exit status 1."""

    exit_code = 1

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"error: {self.format_message()}", err=True)


class CommandUsageError(CommandError):
    """A :class:`~extractor.errors.UsageError` from the library: exit status 2."""

    exit_code = 2


def _guard(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into Click exceptions with the documented exit codes."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HmicError as exc:
            cls = CommandUsageError if exc.exit_code == CommandUsageError.exit_code else CommandError
            raise cls(str(exc)) from None

    return wrapper


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default=None,
              help="Output format (default: from the output file's extension, else jsonl).")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Also store the findings in this SQLite database (opens in Datasette).")
@click.option("--new-only", is_flag=True,
              help="With --db: skip files whose content is already in the database.")
@click.option("--debug-layout", is_flag=True, help="Show what the reader saw per page instead of findings.")
@reading_options
@quiet_option
@_guard
def extract(sources: tuple[str, ...], output: str, fmt: str | None, db: str | None,
            new_only: bool, debug_layout: bool, reader: str, taxonomies: tuple[str, ...],
            report_type: str | None, model_dir: str | None, jobs: int | None, max_file_mb: int, max_inflated_mb: int, max_seconds: float, scheduler: str | None, max_text_mb: int, quiet: bool) -> None:
    """Extract classified findings from report files or folders.

    SOURCES are .pdf, .txt or .md files, or folders of them.

    \b
    Examples:
        hmic extract report.pdf
        hmic extract reports/ -o findings.csv
        hmic extract archive/ -o findings.jsonl --db findings.db
        hmic extract archive/ -o new.jsonl --db findings.db --new-only
        hmic extract report.pdf --debug-layout
    """
    from extractor.publish.files import refuse_overwriting_inputs

    if output != "-":
        refuse_overwriting_inputs([Path(output)] + ([Path(db)] if db else []), _input_files(sources))
    state = State()
    state.quiet = quiet
    opts = _options(reader, taxonomies, report_type, model_dir, jobs, max_file_mb, max_inflated_mb, max_seconds, scheduler, max_text_mb)
    if debug_layout:
        from extractor.read.debug import describe_layout
        from extractor.read.sources import iter_sources

        with _open_out(output) as fh:
            for path in iter_sources(sources):
                try:
                    fh.write(describe_layout(path, opts.reader, opts.layout))
                except SourceError as exc:
                    state.error(exc)
        _finish(state)
        return
    if fmt is None:
        ext = Path(output).suffix.lower().lstrip(".")
        fmt = ext if ext in ("jsonl", "json", "csv") else "jsonl"
    skip: set[str] | None = None
    if new_only:
        if not db:
            raise UsageError("--new-only needs --db (the database that says what is already read)")
        from extractor.publish.store import close_store, connect, known_ids

        conn = connect(db)
        skip = known_ids(conn)
        close_store(conn)
    reports = _extract(sources, opts, state, skip_ids=skip)
    from extractor.publish.output import write_reports

    with _open_out(output) as fh:
        n = write_reports(reports, fh, fmt)
    if db:
        from extractor.publish.store import close_store, connect, save_reports

        conn = connect(db)
        save_reports(conn, reports)
        close_store(conn)
    if not quiet:
        click.echo(f"{len(reports)} report(s), {n} sentence(s), {state.failed} failed, {state.skipped} skipped",
                   err=True)
    _finish(state)


def _load_inputs(inputs: tuple[str, ...], opts: Any, state: State) -> list[Report]:
    """Reports from findings files (jsonl/json/csv) and from report files or folders."""
    from extractor.publish.output import read_findings

    reports: list[Report] = []
    raw: list[str] = []
    for item in inputs:
        p = Path(item)
        if p.is_file() and p.suffix.lower() in (".jsonl", ".json", ".csv"):
            try:
                reports.extend(read_findings(p, warn=state.warn))
            except SourceError as exc:
                state.error(exc)
        else:
            raw.append(item)
    if raw:
        reports.extend(_extract(raw, opts, state))
    return reports


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Digest file to write (- for stdout).")
@click.option("--format", "fmt", type=click.Choice(["html", "md"]), default=None,
              help="Digest format (default: from the output file's extension, else html).")
@click.option("--title", default=None, help="Title shown at the top of the digest.")
@absolute_links_option
@reading_options
@quiet_option
@_guard
def digest(inputs: tuple[str, ...], output: str, fmt: str | None, title: str | None, absolute_links: bool, reader: str,
           taxonomies: tuple[str, ...], report_type: str | None, model_dir: str | None, jobs: int | None, max_file_mb: int, max_inflated_mb: int, max_seconds: float, scheduler: str | None, max_text_mb: int, quiet: bool) -> None:
    """Write a cross-force comparison digest (HTML or Markdown).

    INPUTS are report files or folders, or findings written by 'hmic extract'.

    \b
    Examples:
        hmic digest reports/ -o digest.html
        hmic digest findings.jsonl -o digest.md
    """
    from extractor.publish.digest import render_digest
    from extractor.publish.files import refuse_overwriting_inputs

    if output != "-":
        refuse_overwriting_inputs([Path(output)], [Path(i) for i in inputs if Path(i).is_file()] + _input_files(
            [i for i in inputs if not Path(i).is_file()]))
    state = State()
    state.quiet = quiet
    reports = _load_inputs(inputs, _options(reader, taxonomies, report_type, model_dir, jobs, max_file_mb, max_inflated_mb, max_seconds, scheduler, max_text_mb), state)
    if not reports:
        _finish(state)  # every input failed: each has said why on its own line
        raise UsageError("no reports could be read, so there is nothing to digest")
    if fmt is None:
        fmt = "md" if output.lower().endswith((".md", ".markdown")) else "html"
    with _open_out(output) as fh:
        fh.write(render_digest(reports, fmt, title=title, base=None if output == "-" else Path(output).resolve().parent,
                               absolute_links=absolute_links))
    _finish(state)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--outdir", "--output", required=True, type=click.Path(file_okay=False),
              help="Folder for the digest, findings and database.")
@click.option("--title", default=None, help="Title shown at the top of the digest.")
@absolute_links_option
@reading_options
@quiet_option
@_guard
def run(sources: tuple[str, ...], outdir: str, title: str | None, absolute_links: bool, reader: str,
        taxonomies: tuple[str, ...], report_type: str | None, model_dir: str | None, jobs: int | None, max_file_mb: int, max_inflated_mb: int, max_seconds: float, scheduler: str | None, max_text_mb: int, quiet: bool) -> None:
    """Extract findings and write the digest in one go.

    \b
    Writes to OUTDIR:
        digest.html      self-contained comparison digest (open in a browser)
        digest.md        the same digest in Markdown
        findings.jsonl   one record per sentence
        findings.csv     the same as CSV
        reports.json     one object per report with grades and sentences
        grades.csv       every grade with its source: table or sentence, page, text
        findings.db      SQLite store (datasette findings.db --metadata metadata.json)
        metadata.json    Datasette titles, facets and the search box

    \b
    Example:
        hmic run reports/ -o out/
    """
    from extractor.pipeline import load_store, update_store
    from extractor.publish.files import (
        atomic_writer,
        ensure_folder,
        refuse_overwriting_inputs,
        write_text,
    )
    from extractor.publish.store import close_store, connect, datasette_metadata

    refuse_overwriting_inputs([Path(outdir) / n for n in RUN_OUTPUTS], _input_files(sources))
    state = State()
    state.quiet = quiet
    opts = _options(reader, taxonomies, report_type, model_dir, jobs, max_file_mb, max_inflated_mb, max_seconds, scheduler, max_text_mb)
    paths = _scan(sources, state)
    out = Path(outdir)
    ensure_folder(out)
    conn = connect(out / "findings.db")
    warmer: list[threading.Thread] = []

    def outcome(o: Outcome) -> None:
        _report_outcome(o, state)
        if not warmer:  # a file is being read, so the outputs will be rebuilt: get ready meanwhile
            warmer.append(threading.Thread(target=_warm_digest, daemon=True))
            warmer[0].start()

    try:
        update = update_store(_progress(paths, quiet, "Reading reports"), conn, opts,
                              on_outcome=outcome, load=False)
        for gone in update.removed:
            state.warn(gone, "file no longer exists; its report was removed from the store")
        for copy, original in update.copies:
            state.warn(copy, f"same content as {original}: one report, listed once")
        stamp = out / ".hmic-run.json"
        # The outputs depend only on the store's reports, the title and hmic itself.
        made = json.dumps({"reports": update.report_ids, "title": title, "version": __version__,
                           "absolute_links": absolute_links}, sort_keys=True)
        current = not update.changed and stamp.is_file() and stamp.read_text(encoding="utf-8") == made \
            and all((out / n).is_file() for n in RUN_OUTPUTS)
        reports = [] if current else load_store(conn)
    finally:
        close_store(conn)
    if current:
        if not quiet:
            click.echo(f"{len(update.report_ids)} report(s) in the store, none new, changed or gone; outputs in "
                       f"{out} are up to date", err=True)
        _finish(state)
        return
    for t in warmer:
        t.join()
    # imported only now: an up-to-date run needs neither (numpy, jinja2)
    from extractor.publish.output import write_grades, write_reports

    stamp.unlink(missing_ok=True)  # a run killed while writing must not leave a stamp saying "current"
    # the digests, the slowest outputs, are rendered by a second process while this one writes the rest
    child = _render_in_child(reports, out, title, absolute_links) if reports else None
    for name, fmt in (("findings.jsonl", "jsonl"), ("findings.csv", "csv"), ("reports.json", "json")):
        with atomic_writer(out / name) as fh:
            write_reports(reports, fh, fmt)
    with atomic_writer(out / "grades.csv") as fh:
        write_grades(reports, fh)
    write_text(out / "metadata.json", json.dumps(datasette_metadata(), indent=1) + "\n")
    if reports:
        # rendered here if the copy could not do it, so that any error is reported as usual
        html, md = (child and _received(child)) or _render_digests(reports, out, title, absolute_links)
        write_text(out / "digest.html", html)
        write_text(out / "digest.md", md)
    write_text(stamp, made)  # last: the outputs above are complete
    if not quiet:
        n = sum(len(r.findings) for r in reports)
        click.echo(f"{len(reports)} report(s) in the store ({update.read} read, {update.unchanged} unchanged, "
                   f"{len(update.removed)} removed), {n} sentence(s), {state.failed} failed, {state.skipped} skipped; "
                   f"wrote {out}/digest.html", err=True)
    _finish(state)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="Review sheet (CSV), or - for stdout.")
@click.option("--limit", type=click.IntRange(1), default=200, show_default=True,
              help="How many sentences to put in the sheet.")
@reading_options
@quiet_option
@_guard
def review(sources: tuple[str, ...], output: str, limit: int, reader: str, taxonomies: tuple[str, ...],
           report_type: str | None, model_dir: str | None, jobs: int | None, max_file_mb: int, max_inflated_mb: int, max_seconds: float, scheduler: str | None, max_text_mb: int, quiet: bool) -> None:
    """Write the sentences the model is least sure of, for you to label.

    The CSV has the sentence, the one before and after, its section, file and
    page, the model's label and an empty your_label column. Fill that column in
    (strength, area_for_improvement, mixed or neutral) and give the sheet to
    'hmic train --add' and 'hmic evaluate --on'.

    \b
    Example:
        hmic review archive/ -o review.csv
        hmic train --add review.csv --out my-model/
        hmic evaluate --model my-model/ --on review.csv
        hmic run archive/ -o out/ --model my-model/
    """
    from extractor.publish.review import write_review

    state = State()
    state.quiet = quiet
    reports = _extract(sources, _options(reader, taxonomies, report_type, model_dir, jobs, max_file_mb, max_inflated_mb, max_seconds, scheduler, max_text_mb), state)
    with _open_out(output) as fh:
        n = write_review(reports, fh, limit)
    if not quiet:
        click.echo(f"{n} sentence(s) to review from {len(reports)} report(s)", err=True)
    _finish(state)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option("--corpus", type=click.Path(file_okay=False, exists=True), default=None,
              help="Corpus folder (default: corpora/ of this source checkout).")
@click.option("--out", type=click.Path(file_okay=False), default=None,
              help="Where to write the model (default: the package's model folder; required with --add).")
@click.option("--add", "add", type=click.Path(exists=True, dir_okay=False), multiple=True,
              help="Review sheet labelled by you (from 'hmic review'); your labels win. May be repeated.")
@click.option("--cv", "cv_folds", type=click.IntRange(0, 20), default=0, show_default=True,
              help="Also cross-validate with this many folds and record the figure in the model.")
@quiet_option
@_guard
def train(corpus: str | None, out: str | None, add: tuple[str, ...], cv_folds: int, quiet: bool) -> None:
    """Train the sentence classifier from the labelled corpus (and your review sheets).

    \b
    Examples:
        hmic train --cv 5 && hmic evaluate
        hmic train --add review.csv --out my-model/
    """
    from extractor.training.train import train as do_train

    if add and not out:
        raise UsageError("--add needs --out (a folder for your model; the shipped model stays as it is)")
    model = do_train(Path(corpus) if corpus else None, Path(out) if out else None,
                     add=[Path(a) for a in add], cv_folds=cv_folds)
    if not quiet:
        extra = f", {model.meta_.get('user_labels')} of them yours" if add else ""
        click.echo(f"trained on {model.meta_.get('sentences')} sentences{extra}", err=True)


@cli.command(context_settings=CONTEXT_SETTINGS)
@model_option
@click.option("--heldout", type=click.Path(exists=True), multiple=True,
              help="Held-out JSONL file(s) (default: corpora/heldout/).")
@click.option("--on", "on", type=click.Path(exists=True, dir_okay=False), multiple=True,
              help="Score on a review sheet you labelled (from 'hmic review') instead.")
@_guard
def evaluate(model_dir: str | None, heldout: tuple[str, ...], on: tuple[str, ...]) -> None:
    """Print precision, recall and F1: held-out, out-of-distribution and real figures.

    The per-label table is for the held-out set (or --on / --heldout files). The
    summary names each figure for what it measures: cross-validation (recorded by
    'hmic train --cv'), held-out (our writing), out-of-distribution (reports written
    by someone who never saw the corpus) and real report text labelled blind, where
    those sets are present.

    \b
    Examples:
        hmic evaluate
        hmic evaluate --model my-model/ --on review.csv
    """
    from extractor.classify.labels import default_model
    from extractor.training.corpus import TRAINED_NOTE, evaluation_sets, read_review
    from extractor.training.train import evaluate as do_eval
    from extractor.training.train import format_scores, format_summary

    model = _model(model_dir) or default_model()
    if on:
        rows = [r for p in on for r in read_review(Path(p))]
        click.echo(format_scores(do_eval(model, rows=rows), name="your labelled"))
        return
    if heldout:
        click.echo(format_scores(do_eval(model, [Path(h) for h in heldout])))
        return
    sets = evaluation_sets()
    results = {name: (what, do_eval(model, rows=rows)) for name, (what, rows) in sets.items() if rows}
    # the figures a reader should quote: every set the model never saw, pooled sentence by sentence
    for prefix, label in (("out-of-distribution", "out-of-distribution pooled"), ("real", "real pooled")):
        chosen = [n for n, (what, rows) in sets.items() if n.startswith(prefix) and rows and TRAINED_NOTE not in what]
        if len(chosen) > 1:
            pooled = [r for n in chosen for r in sets[n][1]]
            results[label] = (f"the {len(chosen)} {prefix} sets above never trained on, {chosen[0]} to {chosen[-1]}, "
                              "pooled", do_eval(model, rows=pooled))
    click.echo(format_scores(results["held-out"][1]))
    click.echo(format_summary(model.meta_, results))


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("sentence")
@click.option("--section", default=None, help="Heading the sentence sits under, for context.")
@model_option
@_guard
def explain(sentence: str, section: str | None, model_dir: str | None) -> None:
    """Show the label, confidence and the words that pushed a sentence.

    \b
    Example:
        hmic explain "The force does not always update victims."
    """
    from extractor.classify.labels import classify, default_model

    model = _model(model_dir) or default_model()
    res = classify([sentence], sections=[section], model=model)[0]
    click.echo(f"label: {res.label}")
    click.echo(f"confidence: {res.confidence:.3f}")
    if res.clause:
        click.echo(f"clause: {res.clause}")
    click.echo("features (towards the model's label):")
    for _, name, weight in model.explain(sentence):
        click.echo(f"  {weight:+.3f}  {name}")


def main(argv: list[str] | None = None) -> None:
    """Console entry point: every error is one line on stderr with its exit code.

    Click's own usage errors (unknown option, missing argument, bad choice) are
    shortened to one ``error:`` line naming the command's help, and exit 2.
    """
    import signal

    if hasattr(signal, "SIGXFSZ"):
        # past a file-size limit, writing fails with EFBIG (one error line) instead of killing us
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        rv = cli.main(args=argv, prog_name="hmic", standalone_mode=False)
    except click.UsageError as exc:
        cmd = exc.ctx.command_path if exc.ctx is not None else "hmic"
        click.echo(f"error: {exc.format_message()} (see '{cmd} -h')", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("error: aborted", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)
    _exit_now(rv if isinstance(rv, int) else 0)


def _exit_now(code: int) -> None:
    """Exit without tearing down every object one by one.

    After a run the interpreter holds the spaCy pipeline, the model and every report
    read; freeing them object by object at exit took a fifth of a second, longer than
    writing the digest. Everything is written and closed by now: streams are flushed
    and the exit handlers run (child processes joined, temporary files removed), then
    the process ends; output that could not be written is an error, never a silent
    success. Under a profiler or tracer (``python -m cProfile``, coverage) the exit is
    the usual one, so that they can write what they measured.
    """
    import atexit
    import os

    if _measured():
        sys.exit(code)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pass  # the reader stopped reading ("| head"): not an error
    except (OSError, ValueError) as exc:
        code = code or 1  # the output could not be written (disk full): never a silent success
        try:
            sys.stderr.write(f"error: cannot write the output ({getattr(exc, 'strerror', None) or exc})\n")
        except (OSError, ValueError):
            pass
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    atexit._run_exitfuncs()
    os._exit(code)


def _measured() -> bool:
    """Whether a profiler, tracer or monitoring tool (coverage, cProfile, a debugger) is
    attached: they write what they measured at the usual exit."""
    if sys.getprofile() is not None or sys.gettrace() is not None:
        return True
    monitoring = getattr(sys, "monitoring", None)  # Python 3.12+: cProfile and coverage may use it
    return monitoring is not None and any(monitoring.get_tool(i) is not None for i in range(6))


if __name__ == "__main__":  # pragma: no cover
    main()
