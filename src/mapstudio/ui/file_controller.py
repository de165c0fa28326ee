"""The window's files: new, open, save, save as, recent files, reload, locks, drops.

One `FileController` per main window. It holds what the window knows about its file —
the lock that tells another mapstudio the file is open here, the watch for changes on
disk, the autosave of unsaved work, the revisions kept for merging copies — and asks
the designer the questions that come with files (unsaved changes, a file open
elsewhere, a file changed on disk). The window's menus call it through the action table
(`mapstudio.ui.window_actions`).

Its strings keep the "MainWindow" translation context they had when this code lived in
the window, so existing translations still match.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from mapstudio.edit import Document
from mapstudio.fileformat import (
    FILE_EXTENSION,
    ProjectFileError,
    load_project,
    loads_project,
    save_project,
)
from mapstudio.fileformat.envelope import Lineage
from mapstudio.fileformat.load import LoadResult
from mapstudio.fileformat.locks import Lock, LockedBy, acquire
from mapstudio.fileformat.recovery import RecoveryStore
from mapstudio.model import Project, blank_project
from mapstudio.resources import is_bundled, resource
from mapstudio.ui import merge_actions
from mapstudio.ui.autosave import AutosaveController
from mapstudio.ui.file_guard import FileGuard, ask_open_locked, ask_reload
from mapstudio.ui.first_run import close_first_run_hint, show_first_run_hint
from mapstudio.ui.i18n import translate
from mapstudio.ui.lineage import BackgroundRevisions
from mapstudio.ui.plain import ask, message_box, no_mnemonic, plain_tooltip
from mapstudio.ui.preferences import load_preferences
from mapstudio.ui.settings import clear_recent, recent_files, remember_recent

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FILE_FILTER = f"mapstudio projects (*{FILE_EXTENSION});;All files (*)"


class FileController:
    """The file of one main window and everything done with it."""

    def __init__(
        self,
        window: MainWindow,
        document: Document,
        *,
        store: RecoveryStore | None = None,
        session_id: str | None = None,
    ) -> None:
        self.window = window
        self.document = document
        # No Save over the file while it is open in another window, or while it holds
        # more than this version shows (see `read_only`).
        self.open_elsewhere = False
        self.beyond_limits = False
        self.showing_example = False  # the bundled example, opened unsaved
        self.lock: Lock | None = None
        self.guard = FileGuard(window)
        self.guard.changed_on_disk.connect(self.reload_changed)
        # The revisions this window saved or opened, so a copy that comes back finds
        # its common ancestor (File > Merge a Copy...).
        self.revisions = BackgroundRevisions()
        # Autosave runs for windows of the running app; tests build windows without it.
        self.autosave: AutosaveController | None = None
        if store is not None:
            self.autosave = AutosaveController(document, store, window, session_id=session_id)
            self.autosave.failed.connect(lambda text: window.statusBar().showMessage(text, 8000))

    # -- new and open --------------------------------------------------------------------

    def new_project(self) -> None:
        if self.confirm_discard():
            self.forget_file()
            self.document.replace_project(blank_project(), None)

    def new_from_example(self) -> None:
        if not self.confirm_discard():
            return
        data = resource("examples", "online-purchase.mapstudio").read_bytes()
        self.forget_file()
        self.document.replace_project(loads_project(data).project, None)
        self.showing_example = True
        if self.window.isVisible():
            show_first_run_hint(self.window)

    def start_new_project(self, project: Project) -> None:
        """Show `project` as a new, unsaved document (templates, imports)."""
        self.forget_file()
        self.document.replace_project(project, None)

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        start = str(self.document.path.parent) if self.document.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("MainWindow", "Open project"), start, FILE_FILTER
        )
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        """Load a project file, telling the user in plain words what went wrong or was
        repaired."""
        window = self.window
        try:
            result = load_project(path)
        except ProjectFileError as error:
            log.warning("could not open %s: %s", path, error)
            message_box(
                QMessageBox.Icon.Warning,
                translate("MainWindow", "Cannot open project"),
                str(error),
                parent=window,
                informative=translate("MainWindow", "File: {path}").format(path=path),
                detailed=_details(error, path),
            ).exec()
            return False
        if not self.take_lock(path):
            return False
        self.showing_example = False
        close_first_run_hint(self.window)
        self.document.replace_project(result.project, path, parents=result.lineage.heads)
        self.revisions.remember_loaded(result)
        self.guard.watch(path)
        self.set_beyond_limits(bool(result.beyond_limits))
        window.update_title()
        remember_recent(path, limit=load_preferences().recent_limit)
        if result.beyond_limits:
            self.tell_beyond_limits(path, result)
        elif result.warnings:
            message_box(
                QMessageBox.Icon.Information,
                translate("MainWindow", "Project repaired"),
                translate(
                    "MainWindow",
                    "'{name}' had {count} problem(s) that were repaired. "
                    "Save to keep the repaired version.",
                ).format(name=path.name, count=len(result.warnings)),
                parent=window,
                detailed="\n".join(result.warnings),
            ).exec()
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        """File ▸ Open Recent, filled each time it opens."""
        menu.clear()
        paths = recent_files()
        for path in paths:
            action = menu.addAction(no_mnemonic(path.name))
            action.setToolTip(plain_tooltip(str(path)))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        if not paths:
            menu.addAction(translate("MainWindow", "No recent projects")).setEnabled(False)
            return
        menu.addSeparator()
        menu.addAction(translate("MainWindow", "Clear Menu"), clear_recent)

    def open_recent(self, path: Path) -> None:
        if self.confirm_discard():
            self.open_path(path)

    # -- locks and the file on disk ------------------------------------------------------

    def take_lock(self, path: Path) -> bool:
        """Lock `path` for this window, asking what to do when it is open elsewhere."""
        if (
            self.lock is not None
            and self.lock.held
            and os.path.realpath(self.lock.path) == os.path.realpath(path)
        ):
            return True  # reopening our own file (Open Recent, a drop): the lock is ours
        result = acquire(path)
        mode = "locked"
        if isinstance(result, LockedBy):
            mode = ask_open_locked(self.window, path, result.info)
            if mode == "cancel":
                return False
        self.release_lock()
        self.lock = result if isinstance(result, Lock) else None
        self.set_read_only(mode == "read_only")
        if isinstance(result, Lock) and not result.held and result.problem:
            # Opened unprotected: say so, without stopping the designer.
            self.window.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "Opened without a lock: {why}. Another mapstudio would not see that "
                    "this file is open here.",
                ).format(why=result.problem),
                15000,
            )
        return True

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def forget_file(self) -> None:
        """The window no longer shows a file: no lock, no watch, writable again."""
        self.showing_example = False
        close_first_run_hint(self.window)
        self.release_lock()
        self.guard.watch(None)
        self.open_elsewhere = False
        self.set_beyond_limits(False)

    @property
    def read_only(self) -> bool:
        """Look, export, Save As — but no Save over the window's file."""
        return self.open_elsewhere or self.beyond_limits

    def read_only_why(self) -> str:
        """Why a Save over the file is refused, in the designer's words."""
        if self.beyond_limits:
            return translate(
                "MainWindow",
                "This file holds more than mapstudio shows; saving over it would lose the "
                "rest. Use Save As to keep what is shown as a new project.",
            )
        return translate(
            "MainWindow", "This file is open elsewhere; use Save As to keep your version."
        )

    def set_read_only(self, read_only: bool) -> None:
        """Whether the file is open in another window (opened read-only there)."""
        self.open_elsewhere = read_only
        self._show_writable()

    def set_beyond_limits(self, beyond: bool) -> None:
        """Whether the file holds more than the model's limits (a file of a version that
        held more): what was left out stays in it only if nothing is saved over it."""
        self.beyond_limits = beyond
        self._show_writable()

    def _show_writable(self) -> None:
        self.window.set_conditions({"writable": not self.read_only})
        self.window.update_title()

    def tell_beyond_limits(self, path: Path, result: LoadResult) -> None:
        """Say that `path` opened read-only because it holds more than is shown."""
        message_box(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Opened read-only"),
            translate(
                "MainWindow",
                "'{name}' holds more than this version of mapstudio shows, so part of it "
                "is left out here: {first} It is open read-only: saving over it would lose "
                "what is left out.",
            ).format(name=path.name, first=result.beyond_limits[0]),
            parent=self.window,
            informative=translate(
                "MainWindow",
                "The file itself keeps everything. To work on what is shown, use Save As "
                "to save it as a new project.",
            ),
            detailed="\n".join(result.warnings),
        ).exec()

    def reload_changed(self, path: str) -> None:
        """The file changed on disk: reload it when the designer agrees."""
        window = self.window
        if not ask_reload(window, path, self.document.is_dirty):
            return
        try:
            result = load_project(Path(path))
        except ProjectFileError as error:
            window.statusBar().showMessage(str(error), 8000)
            return
        self.document.replace_project(result.project, Path(path), parents=result.lineage.heads)
        self.revisions.remember_loaded(result)
        # What the file holds now decides: a version that holds more makes the window
        # read-only, one within the limits writable again (unless open elsewhere).
        self.set_beyond_limits(bool(result.beyond_limits))
        window.statusBar().showMessage(
            translate("MainWindow", "Reloaded {name}").format(name=Path(path).name), 5000
        )
        if result.beyond_limits:
            self.tell_beyond_limits(Path(path), result)

    # -- save ----------------------------------------------------------------------------

    def save(self) -> bool:
        self.window.editor.commit_inline()  # what is being typed belongs in the file
        if self.document.path is None or is_bundled(self.document.path) or self.read_only:
            # Never over the app's own example or template, nor over a file this window
            # may not write (asked on closing with changes: Save means Save As there).
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        self.window.editor.commit_inline()
        path = self.document.path
        if path is None or is_bundled(path):
            # A new project, or an example or template from the install folder: start
            # in the user's documents, named after the project (made safe as a name).
            start = str(
                documents_folder() / f"{safe_file_stem(self.document.project.title)}"
                f"{FILE_EXTENSION}"
            )
        else:
            start = str(path)
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "Save project as"), start, FILE_FILTER
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != FILE_EXTENSION:
            path = path.with_name(path.name + FILE_EXTENSION)
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Write the project to `path`, which becomes the window's file."""
        window = self.window
        if self.read_only and _same_file(path, self.document.path):
            window.statusBar().showMessage(self.read_only_why(), 8000)
            return False
        project, parents = self.document.project, self.document.parent_revisions
        try:
            revision = save_project(project, path, parents=parents)
        except ProjectFileError as error:
            log.warning("could not save %s: %s", path, error)
            message_box(
                QMessageBox.Icon.Critical,
                translate("MainWindow", "Could not save"),
                str(error),
                parent=window,
                informative=translate(
                    "MainWindow", "Your changes are still open here; nothing was lost."
                ),
                detailed=_details(error, path),
            ).exec()
            return False
        if path == self.document.path:
            self.guard.note_saved()
        else:
            self.release_lock()
            locked = acquire(path)
            self.lock = locked if isinstance(locked, Lock) else None
            # A new file of what is shown: this window's, and within the limits.
            self.open_elsewhere = False
            self.set_beyond_limits(False)
            self.guard.watch(path)
            self.guard.note_saved()
        self.document.path = path
        self.document.mark_clean(revision=revision)
        self.revisions.remember(Lineage(revision, parents, saved_at=time.time()), project)
        remember_recent(path, limit=load_preferences().recent_limit)
        window.update_title()
        window.statusBar().showMessage(
            translate("MainWindow", "Saved {name}").format(name=path.name), 4000
        )
        return True

    # -- questions, drops and closing ----------------------------------------------------

    def confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when it is fine to drop the current project."""
        self.window.editor.commit_inline()  # typed text counts as a change to ask about
        if not self.document.is_dirty:
            return True
        name = (
            self.document.path.name
            if self.document.path
            else translate("MainWindow", "this project")
        )
        answer = ask(
            self.window,
            translate("MainWindow", "Unsaved changes"),
            translate("MainWindow", "Do you want to save the changes to {name}?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def drag_enter(self, event: QDragEnterEvent) -> None:
        """A drag over the window: taken when it carries a project file."""
        if any(url.toLocalFile().endswith(FILE_EXTENSION) for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event: QDropEvent) -> None:
        """A project file dropped on the window."""
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix == FILE_EXTENSION:
                event.acceptProposedAction()
                # A second project on an open one: merge it, open it beside, or not.
                # Deferred, so the drag source is not kept waiting while we ask.
                QTimer.singleShot(0, lambda p=path: merge_actions.dropped_project(self.window, p))
                return
        event.ignore()

    def close(self) -> None:
        """The window closes (after `confirm_discard`): the unsaved-work copy, the lock
        and the watch go; the last save's revision is written, for later merges."""
        if self.autosave is not None:
            self.autosave.close()
        self.forget_file()
        self.revisions.flush(timeout=10)


def _details(error: ProjectFileError, path: Path) -> str:
    """The "Show Details" text of a file error: what kind of problem, where, and why."""
    lines = [f"{type(error).__name__}: {error.message}", f"File: {path}"]
    if error.details:
        lines += ["", error.details]
    return "\n".join(lines)


def documents_folder() -> Path:
    """The user's documents folder (their home folder if the system names none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def safe_file_stem(title: str) -> str:
    """A project title as a file name: no folders, no hidden files, no odd characters."""
    kept = "".join(c if c.isalnum() or c in " -_.,()" else " " for c in title)
    stem = " ".join(kept.split()).strip(" .")[:80]
    return stem or "Untitled project"


def _same_file(path: Path, other: Path | None) -> bool:
    """Whether `path` names the file `other` names, through links and case-insensitive
    names too (a folder reached by a link is the same folder)."""
    if other is None:
        return False
    try:
        return path == other or os.path.samefile(path, other)
    except OSError:  # either is missing: then the names must agree
        return os.path.realpath(path) == os.path.realpath(other)
