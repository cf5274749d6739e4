"""Writing outputs safely: atomically, never over an input, one line per problem.

A run that is killed, or a disk that fills up, must never leave a half-written
file where a complete one stood: every output is written to a temporary file in
the same folder and renamed over the old one only when complete. Every problem
with an output path becomes an :class:`~extractor.errors.OutputError` that names
the path and says why, which the CLI prints as one line.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from extractor.errors import OutputError, UsageError, printable

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "read-only file system",
    errno.ENOSPC: "disk full",
    errno.EDQUOT: "disk quota exceeded",
    errno.EFBIG: "file too large for this system's limit",
    errno.EISDIR: "is a folder",
    errno.ENOTDIR: "a parent of it is a file, not a folder",
    errno.ENAMETOOLONG: "name too long",
}


def reason(exc: OSError) -> str:
    """A short human reason for an OS error on a path."""
    return _REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)


display = printable


def ensure_folder(folder: Path) -> None:
    """Create an output folder (and its parents), or raise OutputError saying why not."""
    try:
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"{display(folder)}: is a file, not a folder")
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{display(folder)}: cannot create folder ({reason(exc)})") from None


def _default_file_mode() -> int:
    """0666 less the process umask: the mode ``open()`` gives a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _default_file_mode()


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open ``path`` for writing text; it appears, complete, only when the block ends."""
    if path.is_dir():
        raise OutputError(f"{display(path)}: is a folder")
    ensure_folder(path.parent if str(path.parent) else Path("."))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"{display(path)}: cannot write ({reason(exc)})") from None
    try:
        # mkstemp makes the file private (0600); an output is an ordinary file that the
        # user's umask governs, as if opened with open(), so others can read a shared digest
        os.chmod(tmp, _FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        _discard(tmp)
        raise OutputError(f"{display(path)}: cannot write ({reason(exc)})") from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass


def write_text(path: Path, text: str) -> None:
    """Write a whole text file atomically."""
    with atomic_writer(path) as fh:
        fh.write(text)


def refuse_overwriting_inputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """An output that is also an input would destroy the input: refuse it.

    Files are compared by device and inode (as :func:`os.path.samefile` does), so a
    link or another spelling of an input's path is caught; an output that does not
    exist yet cannot be an input. One ``stat`` per file: archives hold thousands.
    """
    ins = set()
    for p in inputs:
        try:
            st = p.stat()
        except OSError:
            continue
        ins.add((st.st_dev, st.st_ino))
    for out in outputs:
        try:
            st = out.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in ins:
            raise UsageError(f"{display(out)}: is also an input; choose another output")
