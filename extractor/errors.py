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


class HmicError(Exception):
    """Base class for every error hmic raises on purpose."""

    #: Exit status of the ``hmic`` command when this error ends it.
    exit_code = 1


class SourceError(HmicError):
    """A single input file could not be read; the batch goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(HmicError):
    """The classifier model is missing or does not match this version."""


class CorpusError(HmicError):
    """A labelled corpus (training, held-out or review file) cannot be used."""


class OutputError(HmicError):
    """An output file, folder or database cannot be written."""


class UsageError(HmicError):
    """The user asked for something that cannot be done (bad option, no inputs)."""

    exit_code = 2
