"""Watching the open file: changed on disk by someone else, or already open elsewhere.

`FileGuard` watches the open project file and says when another program changed it
(a colleague's version copied over it, a sync client). Our own saves are recognised
by the fingerprint (size, modification time, SHA-256) recorded right after them, so
they never trigger it. Atomic replacements (ours and other programs') give the path
a new inode, which drops it from QFileSystemWatcher; the guard also watches the
folder and adds the path back.

`ask_reload` and `ask_open_locked` are the two questions that go with it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from mapstudio.fileformat.locks import LockInfo
from mapstudio.ui.plain import message_box

log = logging.getLogger(__name__)

# Copying a file over ours comes as several events (truncate, writes, close); wait
# for them to settle before looking.
SETTLE_MS = 200


@dataclass(frozen=True)
class Fingerprint:
    """What a file's content was at one moment."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> Fingerprint | None:
        """The fingerprint of a regular file; None for anything else or on errors.

        Opened without waiting and checked once open: a FIFO put in place of the file
        would otherwise block the window until someone writes to it.
        """
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags)
        except OSError:
            return None
        try:
            with os.fdopen(fd, "rb") as stream:
                info = os.fstat(fd)
                if not stat.S_ISREG(info.st_mode):
                    return None
                digest = hashlib.sha256()
                while chunk := stream.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            return None
        return cls(info.st_size, info.st_mtime_ns, digest.hexdigest())


class FileGuard(QObject):
    """Emits `changed_on_disk(path)` when the watched file's content changes, except
    by our own saves.

    Use: `watch(path)` after opening or "save as"; `note_saved()` right after each
    successful save of ours (before returning to the event loop); `watch(None)` when
    the document closes or becomes untitled. One signal per distinct new content.
    """

    changed_on_disk = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_event)
        self._watcher.directoryChanged.connect(self._on_event)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.check)
        self._path: Path | None = None
        self._known: Fingerprint | None = None

    @property
    def path(self) -> Path | None:
        return self._path

    def watch(self, path: str | os.PathLike[str] | None) -> None:
        """Watch `path` (None stops watching); its current content counts as known."""
        self._unwatch_all()
        self._settle.stop()
        self._path = Path(path) if path is not None else None
        self._known = None
        if self._path is None:
            return
        self._known = Fingerprint.of(self._path)
        self._rewatch()

    def note_saved(self) -> None:
        """Record the file as we just wrote it, so the events of our save are ignored."""
        if self._path is not None:
            self._known = Fingerprint.of(self._path)
            self._rewatch()

    def check(self) -> None:
        """Look at the file now; emits `changed_on_disk` if its content is new to us."""
        if self._path is None:
            return
        self._rewatch()
        if not self._path.exists():
            return  # gone for now (deleted, or mid-replacement): wait for it to return
        known = self._known
        try:
            now = self._path.stat()
        except OSError:
            return
        if known is not None and (now.st_size, now.st_mtime_ns) == (known.size, known.mtime_ns):
            return  # unchanged, and no need to read it
        current = Fingerprint.of(self._path)
        if current is None:
            return
        self._known = current
        if known is not None and current.sha256 == known.sha256:
            return  # touched or rewritten with the same content
        log.info("%s changed on disk", self._path)
        self.changed_on_disk.emit(str(self._path))

    def _on_event(self, _changed: str) -> None:
        self._settle.start()

    def _rewatch(self) -> None:
        if self._path is None:
            return
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        folder = str(self._path.parent)
        if folder not in watched and os.path.isdir(folder):
            self._watcher.addPath(folder)
        if str(self._path) not in watched and self._path.exists():
            self._watcher.addPath(str(self._path))

    def _unwatch_all(self) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)


def ask_reload(parent: QWidget | None, path: str | os.PathLike[str], dirty: bool) -> bool:
    """Ask whether to reload a file another program changed; True means reload."""
    name = Path(path).name
    box = message_box(
        QMessageBox.Icon.Question,
        "File changed on disk",
        f"'{name}' was changed by another program.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText("Reload")
    box.button(QMessageBox.StandardButton.No).setText("Keep mine")
    if dirty:
        box.setInformativeText(
            "Reload it to see the other version; your unsaved changes here would be lost. "
            "Keep yours to go on working; saving will then replace the other version."
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
    else:
        box.setInformativeText("Reload it to see the other version, or keep the one you see.")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Yes


def ask_open_locked(
    parent: QWidget | None, path: str | os.PathLike[str], info: LockInfo
) -> Literal["read_only", "anyway", "cancel"]:
    """Ask what to do with a file that is open elsewhere."""
    name = Path(path).name
    # Who holds the lock is read from the lock file: data, shown as plain text.
    box = message_box(
        QMessageBox.Icon.Warning,
        "File already open",
        f"'{name}' is already open in mapstudio ({info.describe()}).",
        QMessageBox.StandardButton.Open
        | QMessageBox.StandardButton.Ignore
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.button(QMessageBox.StandardButton.Open).setText("Open read-only")
    box.button(QMessageBox.StandardButton.Ignore).setText("Open anyway")
    box.setInformativeText(
        "Open it read-only to look without changing it. If you open it anyway and both "
        "of you save, the last save replaces the other's changes."
    )
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    answer = QMessageBox.StandardButton(box.exec())
    if answer == QMessageBox.StandardButton.Open:
        return "read_only"
    if answer == QMessageBox.StandardButton.Ignore:
        return "anyway"
    return "cancel"
