"""The typed errors of the PDF export, in plain words the UI and the CLI show as they are."""

from __future__ import annotations


class ExportError(ValueError):
    """The export cannot be made as asked: an unknown size, an impossible combination of
    options, or a file that cannot be written. The message is meant for the user."""


class ExportCancelled(Exception):
    """The progress callback asked to stop; no file was written."""
