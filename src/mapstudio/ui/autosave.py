"""Autosave: keeps a recovery copy of an open document with unsaved changes.

`AutosaveController` listens to a `Document`. After a change it waits for a quiet
moment (`delay_ms`, about a second) but never longer than `max_wait_ms` since the first
unsaved change, so a designer who edits without pause still has a recent copy. Then it
hands the current project, an immutable value, to a worker thread that writes it to
the `RecoveryStore` (mapstudio.fileformat.recovery); the UI thread never waits for the
disk. Writes are coalesced: at most one runs at a time and only the newest snapshot
waits behind it. When the document becomes clean again (saved, loaded, undone back to
the save point) or is closed, the recovery file is removed.

With the defaults a kill loses at most `max_wait_ms` plus one write of edits, within
the two seconds the design allows.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from mapstudio.edit import Document, DocumentChange
from mapstudio.fileformat.errors import ProjectFileError
from mapstudio.fileformat.recovery import RecoveryStore, new_session_id
from mapstudio.model import Project

log = logging.getLogger(__name__)

# The copy is written on a worker thread from an immutable project, so the UI thread
# only hands over a reference: the delay can be short. It still grows with the cost of a
# write (serializing holds Python's lock), so typing on a large map stays smooth.
DEFAULT_DELAY_MS = 50
DEFAULT_MAX_WAIT_MS = 600
WRITE_COST_FACTOR = 4  # wait at least this many times the last write's duration


@dataclass(frozen=True)
class _Write:
    project: Project
    original_path: Path | None
    changed_at: datetime
    parents: tuple[str, ...] = ()  # the document's lineage, kept in the recovery copy


class _Remove:
    """The request to remove the session's recovery files."""


_REMOVE = _Remove()


class _Writer:
    """One worker thread writing the newest request; older pending requests are dropped."""

    def __init__(self, store: RecoveryStore, session_id: str, controller: AutosaveController):
        self._store = store
        self._session_id = session_id
        self._controller = controller
        self._cond = threading.Condition()
        self._pending: _Write | _Remove | None = None
        self.last_write_s = 0.0  # how long the newest recovery copy took to write
        self._busy = False
        self._stopping = False
        self._thread = threading.Thread(
            target=self._run, name=f"mapstudio-autosave-{session_id}", daemon=True
        )
        self._thread.start()

    def submit(self, request: _Write | _Remove) -> None:
        with self._cond:
            # The newest wins: a newer snapshot supersedes an older one, and a removal
            # supersedes a write that has not started.
            self._pending = request
            self._cond.notify_all()

    def wait_idle(self, timeout: float | None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self._pending is None and not self._busy, timeout)

    def stop(self, timeout: float | None) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._stopping)
                request = self._pending
                if request is None:  # stopping and nothing left to do
                    return
                self._pending = None
                self._busy = True
            try:
                self._handle(request)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _handle(self, request: _Write | _Remove) -> None:
        try:
            if isinstance(request, _Write):
                started = time.monotonic()
                path = self._store.write(
                    self._session_id,
                    request.project,
                    request.original_path,
                    changed_at=request.changed_at,
                    parents=request.parents,
                )
                self.last_write_s = time.monotonic() - started
                self._controller.written.emit(str(path))
            else:
                self._store.remove(self._session_id)
                self._controller.removed.emit()
        except ProjectFileError as exc:
            log.warning("autosave failed: %s (%s)", exc.message, exc.details)
            self._controller.failed.emit(exc.message)
        except Exception:
            # The worker must survive anything: a dead worker would silently end autosave.
            log.exception("autosave failed unexpectedly")
            self._controller.failed.emit("The recovery copy could not be written.")


class AutosaveController(QObject):
    """Writes a recovery copy of `document` after changes; removes it when clean.

    Signals (delivered on the UI thread):
    - `written(str)`: a recovery file was written (its path);
    - `removed()`: the recovery files were removed;
    - `failed(str)`: a write failed, with a plain message for the status bar.

    Call `flush()` to write pending changes now and wait (tests, before a risky
    operation) and `close()` when the document's window closes.
    """

    written = Signal(str)
    removed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        document: Document,
        store: RecoveryStore,
        parent: QObject | None = None,
        delay_ms: int = DEFAULT_DELAY_MS,
        *,
        max_wait_ms: int | None = None,
        session_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.store = store
        self.delay_ms = delay_ms
        self.max_wait_ms = max(
            delay_ms, max_wait_ms if max_wait_ms is not None else DEFAULT_MAX_WAIT_MS
        )
        self.session_id = session_id or new_session_id()
        self._first_unsaved: float | None = None  # monotonic time of the oldest unwritten change
        self._last_change = datetime.now(UTC)
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._write_now)
        self._writer = _Writer(store, self.session_id, self)
        self._unsubscribe = document.subscribe(self._on_change)

    @property
    def pending(self) -> bool:
        """Whether changes wait for the timer (not yet handed to the writer)."""
        return self._timer.isActive()

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Write any pending change now and wait until the writer is idle.

        Returns False if the writer did not finish within `timeout` seconds.
        """
        if self._timer.isActive():
            self._timer.stop()
            self._write_now()
        return self._writer.wait_idle(timeout)

    def close(self, timeout: float | None = 10.0) -> None:
        """Stop autosaving and remove the recovery files (the document closes normally)."""
        if self._closed:
            return
        self._closed = True
        self._unsubscribe()
        self._timer.stop()
        self._writer.submit(_REMOVE)
        self._writer.wait_idle(timeout)
        self._writer.stop(timeout)

    def abandon(self, timeout: float | None = 10.0) -> None:
        """Stop autosaving but keep the recovery files (e.g. quitting while a save failed,
        so the next start offers them back)."""
        if self._closed:
            return
        self.flush(timeout)
        self._closed = True
        self._unsubscribe()
        self._writer.stop(timeout)

    # -- internals ---------------------------------------------------------------------

    def _on_change(self, change: DocumentChange) -> None:
        if self._closed or change.reason == "history":
            return  # the project itself did not change
        if change.reason in ("clean", "replace") or not self.document.is_dirty:
            # Saved, freshly loaded or undone back to the save point: nothing to recover.
            self._timer.stop()
            self._first_unsaved = None
            self._writer.submit(_REMOVE)
            return
        now = time.monotonic()
        self._last_change = datetime.now(UTC)
        if self._first_unsaved is None:
            self._first_unsaved = now
        # Debounce, but bounded: a stream of edits must not postpone the copy forever.
        waited_ms = (now - self._first_unsaved) * 1000
        cost_ms = int(self._writer.last_write_s * 1000 * WRITE_COST_FACTOR)
        delay_ms, max_wait_ms = max(self.delay_ms, cost_ms), max(self.max_wait_ms, cost_ms)
        interval = max(0, min(delay_ms, int(max_wait_ms - waited_ms)))
        self._timer.start(interval)

    def _write_now(self) -> None:
        self._first_unsaved = None
        if self._closed or not self.document.is_dirty:
            return
        document = self.document
        self._writer.submit(
            _Write(document.project, document.path, self._last_change, document.parent_revisions)
        )
