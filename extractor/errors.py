"""Typed errors: the library raises these, the CLI turns them into one-line messages.

Every error that concerns an input file carries the file, so a batch can report
``error: FILE: reason`` and carry on with the next file.
"""

from __future__ import annotations


class HmicError(Exception):
    """Base class for every error hmic raises on purpose."""


class SourceError(HmicError):
    """A single input file could not be read; the batch goes on without it."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ModelError(HmicError):
    """The classifier model is missing or does not match this version."""


class UsageError(HmicError):
    """The user asked for something that cannot be done (bad option, no inputs)."""
