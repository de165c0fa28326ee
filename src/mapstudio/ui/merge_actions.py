"""File ▸ Merge a Copy…, a project file dropped on an open one, and conflicts a file
still holds: the window's side of `mapstudio.compare`.

A merge loads the other copy through the ordinary loader (and its plain error
messages), looks for the common ancestor in the window's `RevisionStore` (three-way) or
merges two-way when there is none, lets the designer resolve the conflicts in the
`ConflictDialog`, applies the result as ONE undo step (`ApplyMerge`) and says what came
in. A file written by `mapstudio merge` with conflicts shows a bar over the map until
they are resolved.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
)
from shiboken6 import isValid

from mapstudio.compare import (
    ApplyMerge,
    MergeError,
    ResolvePendingConflicts,
    merge,
    pending_conflicts,
)
from mapstudio.edit import DocumentChange
from mapstudio.fileformat import FILE_EXTENSION, ProjectFileError, load_project
from mapstudio.ui.i18n import translate
from mapstudio.ui.merge_dialog import ConflictDialog, summary_text
from mapstudio.ui.plain import PlainLabel, message_box

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow

log = logging.getLogger(__name__)

FILE_FILTER = f"mapstudio projects (*{FILE_EXTENSION});;All files (*)"

# Windows opened for a dropped project ("Open in a New Window"), kept alive here.
_extra_windows: list[MainWindow] = []


def merge_copy_dialog(window: MainWindow) -> bool:
    """File ▸ Merge a Copy…: choose the other copy, then merge it."""
    window.editor.commit_inline()
    path = window.document.path
    start = str(path.parent) if path is not None else ""
    name, _ = QFileDialog.getOpenFileName(
        window, translate("MergeCopy", "Merge a copy of this project"), start, FILE_FILTER
    )
    return merge_copy(window, Path(name)) if name else False


def merge_copy(window: MainWindow, path: Path) -> bool:
    """Merge the project file at `path` into the window's document; True when merged."""
    window.editor.commit_inline()
    try:
        other = load_project(path)
    except ProjectFileError as error:
        log.warning("could not read the copy %s: %s", path, error)
        message_box(
            QMessageBox.Icon.Warning,
            translate("MergeCopy", "Cannot merge this copy"),
            str(error),
            parent=window,
            informative=translate("MergeCopy", "File: {path}").format(path=path),
        ).exec()
        return False
    name = f"'{path.name}'"
    if other.beyond_limits:
        # Merging only what this version keeps would lose the rest of their work
        # without a trace: their maps past the limit would look like nothing.
        message_box(
            QMessageBox.Icon.Warning,
            translate("MergeCopy", "Cannot merge this copy"),
            translate(
                "MergeCopy",
                "{name} holds more than this version of mapstudio shows: {first} Merging "
                "it would leave that part of their work out.",
            ).format(name=name, first=other.beyond_limits[0]),
            parent=window,
            informative=translate(
                "MergeCopy", "Your project is unchanged. Open the copy on its own to see it."
            ),
            detailed="\n".join(other.beyond_limits),
        ).exec()
        return False
    document = window.document
    window.files.revisions.remember_loaded(other)
    base = window.files.revisions.find_base(document.parent_revisions, other.lineage)
    ours = document.project
    try:
        result = merge(base.project if base is not None else None, ours, other.project)
    except MergeError as error:
        log.warning("merge of %s failed: %s", path, error)
        message_box(
            QMessageBox.Icon.Warning,
            translate("MergeCopy", "Cannot merge this copy"),
            str(error),
            parent=window,
            informative=translate("MergeCopy", "Your project is unchanged."),
        ).exec()
        return False
    log.info(
        "merging %s (%s, %d conflicts)",
        path,
        "two-way" if result.two_way else f"base {base.revision if base else '-'}",
        len(result.conflicts),
    )
    if not result.conflicts and result.project == ours:
        message_box(
            QMessageBox.Icon.Information,
            translate("MergeCopy", "Nothing to merge"),
            translate(
                "MergeCopy", "{name} holds no changes that your project does not have."
            ).format(name=name),
            parent=window,
        ).exec()
        return False
    keep_conflicts = False
    if result.conflicts:
        dialog = ConflictDialog(
            result.conflicts,
            result.choices,
            other_name=name,
            projects=(ours, other.project),
            two_way=result.two_way,
            parent=window,
        )
        accepted = dialog.exec() == ConflictDialog.DialogCode.Accepted
        choices, keep_conflicts = dialog.choices(), dialog.deferred
        dialog.deleteLater()  # one dialog per merge, not one more each time
        if not accepted:
            return False
        result = result.with_choices(choices)
    command = ApplyMerge.from_result(
        result,
        theirs_revision=other.lineage.revision,
        keep_conflicts=keep_conflicts,
        label="Merge Copy",
    )
    if not window.run_command(command):
        return False
    resolved = 0 if keep_conflicts else len(result.conflicts)
    headline, details = summary_text(result.summary, name, resolved)
    if keep_conflicts:
        details += "\n" + translate(
            "MergeCopy", "The conflicts stay listed over the map until you resolve them."
        )
    window.statusBar().showMessage(headline, 15000)
    box = message_box(
        QMessageBox.Icon.Information,
        translate("MergeCopy", "Copy merged"),
        headline,
        parent=window,
        informative=details
        + "\n\n"
        + translate("MergeCopy", "Edit ▸ Undo takes the whole merge back."),
    )
    box.setObjectName("mergeSummary")
    box.exec()
    return True


# -- a project file dropped on the window ----------------------------------------------


def dropped_project(window: MainWindow, path: Path) -> None:
    """A project file dropped on the window: opened when the window holds nothing worth
    keeping or shows that very file; else merge it, open it beside, or nothing."""
    current = window.document.path
    same_file = current is not None and _same_file(current, path)
    blank = current is None and not window.document.is_dirty and not window.files.showing_example
    if same_file or blank:
        if window.confirm_discard():
            window.open_path(path)
        return
    box = message_box(
        QMessageBox.Icon.Question,
        translate("MergeCopy", "Another project file"),
        translate("MergeCopy", "What should happen with {name}?").format(name=f"'{path.name}'"),
        QMessageBox.StandardButton.NoButton,
        window,
        informative=translate(
            "MergeCopy",
            "Merge it to bring its changes into the project open here, or open it in a "
            "window of its own.",
        ),
    )
    merge_button = box.addButton(
        translate("MergeCopy", "Merge into This Map"), QMessageBox.ButtonRole.AcceptRole
    )
    open_button = box.addButton(
        translate("MergeCopy", "Open in a New Window"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(merge_button)
    box.exec()
    if box.clickedButton() is merge_button:
        merge_copy(window, path)
    elif box.clickedButton() is open_button:
        open_in_new_window(window, path)


def open_in_new_window(window: MainWindow, path: Path) -> MainWindow | None:
    """Open `path` in a window of its own, autosaved like the first one."""
    from mapstudio.ui.main_window import MainWindow

    store = window.files.autosave.store if window.files.autosave is not None else None
    other = MainWindow(store=store)
    other.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if not other.open_path(path):
        other.close()
        return None
    _extra_windows.append(other)
    other.destroyed.connect(lambda _=None, w=other: _forget_window(w))
    other.show()
    other.raise_()
    other.activateWindow()
    return other


def _forget_window(window: MainWindow) -> None:
    if window in _extra_windows:
        _extra_windows.remove(window)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


# -- conflicts a file still holds --------------------------------------------------------


class PendingConflictsBar(QFrame):
    """ "This file has 3 merge conflicts to resolve — Resolve…", over the map while the
    project holds conflicts written by `mapstudio merge` (or a merge decided later)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("pendingConflictsBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.toolTipBase().color())
        palette.setColor(self.foregroundRole(), palette.toolTipText().color())
        self.setPalette(palette)
        self._window = window
        self.label = PlainLabel()
        self.resolve_button = QPushButton(translate("MergeCopy", "Resolve…"))
        self.resolve_button.setObjectName("resolveConflicts")
        self.resolve_button.clicked.connect(lambda: resolve_pending(window))
        box = QHBoxLayout(self)
        box.setContentsMargins(10, 4, 10, 4)
        box.addWidget(self.label, 1)
        box.addWidget(self.resolve_button)
        self.hide()
        self._unsubscribe = window.document.subscribe(self._on_change)
        self.refresh()

    def _on_change(self, change: DocumentChange) -> None:
        if not isValid(self):
            return
        if change.reason in ("clean", "history"):
            return
        self.refresh()

    def refresh(self) -> None:
        count = len(pending_conflicts(self._window.document.project))
        if count == 0:
            self.hide()
            return
        self.label.setText(
            translate("MergeCopy", "This file has 1 merge conflict to resolve.")
            if count == 1
            else translate("MergeCopy", "This file has {count} merge conflicts to resolve.").format(
                count=count
            )
        )
        self.show()

    def dispose(self) -> None:
        self._unsubscribe()


def install_pending_bar(window: MainWindow) -> PendingConflictsBar:
    """Put the conflicts bar over the map (under the tabs and the find bar)."""
    bar = PendingConflictsBar(window)
    layout = window.central_layout()
    layout.insertWidget(layout.indexOf(window.view), bar)
    return bar


def resolve_pending(window: MainWindow) -> bool:
    """The conflicts the project holds, in the conflict dialog; resolved as one undo step."""
    window.editor.commit_inline()
    pending = pending_conflicts(window.document.project)
    if not pending:
        return False
    name = window.document.path.name if window.document.path else ""
    dialog = ConflictDialog(
        [p.conflict for p in pending],
        {p.conflict.id: p.chosen for p in pending},
        other_name=f"'{name}'",
        projects=(window.document.project,),
        pending=True,
        parent=window,
    )
    accepted = dialog.exec() == ConflictDialog.DialogCode.Accepted
    choices = dialog.choices()
    dialog.deleteLater()
    if not accepted:
        return False
    if not window.run_command(ResolvePendingConflicts(choices)):
        return False
    count = len(pending)
    window.statusBar().showMessage(
        translate("MergeCopy", "1 conflict resolved.")
        if count == 1
        else translate("MergeCopy", "{count} conflicts resolved.").format(count=count),
        8000,
    )
    return True
