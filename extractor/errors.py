"""Typed errors: the library raises these, the CLI turns them into one-line messages.

Each class carries the exit status the ``hmic`` command uses for it, so the
mapping from error to exit code has one home:

====  =====================================================================
code  meaning
====  =====================================================================
0     all inputs read and all outputs written
1     some input could not be read (``SourceError``, reported per file while
      the batch goes on), or a model, corpus or output problem
2     usage error: bad option, no inputs, nothing to do (``UsageError``)
====  =====================================================================

Every error that concerns an input file carries the file, so a batch can report
``error: FILE: reason`` and carry on with the next file.
"""

from __future__ import annotations

import os


def printable(path: str | os.PathLike[str]) -> str:
    """A path as it can be printed and stored anywhere (UTF-8 text, JSON, CSV, HTML).

    File names are bytes on Linux: a name that is not UTF-8 arrives with "surrogate
    escapes", which no UTF-8 output can hold. Those bytes become ``\\xNN`` and
    control characters (a newline in a name) their escape, so a name is always one
    readable line.
    """
    out = []
    for ch in os.fspath(path):
        if "\udc80" <= ch <= "\udcff":
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        elif ch.isprintable():
            out.append(ch)
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    return "".join(out)


class HmicError(Exception):
    """Base class for every error hmic raises on purpose."""

    #: Exit status of the ``hmic`` command when this error ends it.
    exit_code = 1


class SourceError(HmicError):
    """A single input file could not be read; the batch goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        path = printable(path)
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def __reduce__(self) -> tuple[type[SourceError], tuple[str, str]]:
        # rebuilt in the parent when a worker process reports the error
        return (SourceError, (self.path, self.reason))


class ModelError(HmicError):
    """The classifier model is missing or does not match this version."""


class CorpusError(HmicError):
    """A labelled corpus (training, held-out or review file) cannot be used."""


class OutputError(HmicError):
    """An output file, folder or database cannot be written."""


class UsageError(HmicError):
    """The user asked for something that cannot be done (bad option, no inputs)."""

    exit_code = 2
