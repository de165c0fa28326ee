"""What the spreadsheet import modules share: their typed errors, progress reporting,
and the text of a cell cut short when read.

A sheet is read in a worker thread of the window (or in the CLI's only thread); the
caller follows the work through a `ProgressCallback`, as with the PDF export, and stops
it by returning False, which ends the work with `ImportCancelled` and changes nothing.
No Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable

# (done, total) -> keep going? Called now and then from the thread doing the work.
ProgressCallback = Callable[[int, int], bool]


class CutText(str):
    """A cell's text that reading cut short (cells are kept to a limit, so a huge cell
    costs no memory), remembering how many characters the cell really has, so that a
    message can say how long the cell is rather than how much of it was kept."""

    length: int

    def __new__(cls, text: str, length: int) -> CutText:
        cut = super().__new__(cls, text)
        cut.length = length
        return cut


def real_length(text: str) -> int:
    """How many characters the cell `text` came from has, cut or not."""
    return text.length if isinstance(text, CutText) else len(text)


# Steps of the overall progress reported to a callback.
PROGRESS_STEPS = 1000
# Ask the callback at least this often (seconds) even when the figure did not move, so
# that Cancel is answered quickly during a long stretch of one step.
_ASK_EVERY = 0.1


class SheetError(ValueError):
    """The sheet as a whole cannot be imported (not a sheet, too large, no known columns);
    the message is meant for the user."""


class SheetLimitError(SheetError):
    """The sheet passes one of the limits on untrusted input (rows, columns, cells, shared
    strings, styles, part sizes). `limit` names the limit in plain words ("rows"); the
    message says the figure and the limit."""

    def __init__(self, message: str, limit: str) -> None:
        super().__init__(message)
        self.limit = limit


class UnsafeSheetError(SheetError):
    """The workbook holds something a spreadsheet never needs and an attacker does: a
    document type declaration (entities, external references)."""


class ImportCancelled(Exception):
    """The progress callback asked to stop; nothing was imported."""


class Progress:
    """Turns fractions of the work into calls of a ProgressCallback and raises
    ImportCancelled when the callback says stop.

    The work is cut into spans (`span(start, end)`, as fractions of the whole); `update`
    reports how far the current span has come. Without a callback it does nothing.
    """

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._start = 0.0
        self._end = 1.0
        self._reported = -1
        self._asked = 0.0

    @property
    def active(self) -> bool:
        """Whether anybody listens (callers skip their bookkeeping when not)."""
        return self._callback is not None

    def span(self, start: float, end: float) -> None:
        """The next updates move the overall progress from `start` to `end`."""
        self._start, self._end = start, end
        self.update(0.0)

    def update(self, fraction: float) -> None:
        """The current span is `fraction` (0..1) done; raises ImportCancelled on request."""
        if self._callback is None:
            return
        fraction = min(1.0, max(0.0, fraction))
        done = int(PROGRESS_STEPS * (self._start + (self._end - self._start) * fraction))
        now = time.monotonic()
        if done == self._reported and now - self._asked < _ASK_EVERY:
            return
        self._reported, self._asked = done, now
        if not self._callback(done, PROGRESS_STEPS):
            raise ImportCancelled("The import was cancelled.")

    def finish(self) -> None:
        """All the work is done."""
        self.span(1.0, 1.0)


__all__ = [
    "PROGRESS_STEPS",
    "ImportCancelled",
    "Progress",
    "ProgressCallback",
    "SheetError",
    "SheetLimitError",
    "UnsafeSheetError",
]
