"""The start-up dialog that offers back unsaved work after a crash, and its helper.

`RecoveryDialog` lists the orphaned recovery files of a `RecoveryStore` (which file,
where it was, when it last changed) with a Restore / Discard choice for each one.
`offer_recovery` runs the whole step: it shows the dialog only when there is
something to recover, discards what the designer discarded, and returns the restored
documents for the caller to open. `RestoreRecovered` is the command that puts a
restored project into a Document so that it counts as unsaved (and can be undone).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mapstudio.fileformat.errors import ProjectFileError
from mapstudio.fileformat.recovery import RecoveredDocument, RecoveryEntry, RecoveryStore
from mapstudio.model import Project
from mapstudio.ui.plain import PlainLabel, message_box

log = logging.getLogger(__name__)

Choice = Literal["restore", "discard"]


@dataclass(frozen=True)
class RestoreRecovered:
    """The command that replaces the open project with a restored one (undoable)."""

    project: Project

    @property
    def label(self) -> str:
        return "Restore Unsaved Changes"

    def apply(self, project: Project) -> Project:
        return self.project


def describe_when(moment: datetime | None, now: datetime | None = None) -> str:
    """When a change was made, in plain words: "today at 14:32", "yesterday at 9:05"."""
    if moment is None:
        return "at an unknown time"
    local = moment.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = f"{local.hour}:{local.minute:02d}"
    days = (today - local.date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    return f"on {local.day} {local:%B %Y} at {clock}"


def describe_where(entry: RecoveryEntry) -> str:
    """Where the document was saved: its folder, or that it never was."""
    if entry.original_path is None:
        return "never saved"
    return f"in {entry.original_path.parent}"


class RecoveryDialog(QDialog):
    """Lists unsaved documents found after a crash; each is restored or discarded.

    `exec()` returns Accepted when the designer pressed Continue; then `choices()`,
    `restore_entries()` and `discard_entries()` tell what they chose. "Decide later"
    rejects the dialog: nothing is restored or discarded and the files stay.
    """

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover unsaved work")
        self.setModal(True)
        self.entries = list(entries)
        self._groups: list[tuple[RecoveryEntry, QRadioButton, QRadioButton]] = []

        intro = PlainLabel(
            "mapstudio closed unexpectedly while these projects had unsaved changes. "
            "Restore them to keep working, or discard them."
            if len(self.entries) != 1
            else "mapstudio closed unexpectedly while this project had unsaved changes. "
            "Restore it to keep working, or discard it."
        )
        intro.setWordWrap(True)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for row, entry in enumerate(self.entries):
            name = PlainLabel(entry.display_name)
            bold = name.font()
            bold.setBold(True)
            name.setFont(bold)
            where = describe_where(entry)
            detail = PlainLabel(
                f"{where[:1].upper()}{where[1:]}; last changed {describe_when(entry.changed_at)}"
            )
            detail.setWordWrap(True)
            restore = QRadioButton("Restore")
            discard = QRadioButton("Discard")
            restore.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(restore)
            group.addButton(discard)
            restore.setAccessibleName(f"Restore {entry.display_name}")
            discard.setAccessibleName(f"Discard {entry.display_name}")
            grid.addWidget(name, row * 2, 0)
            grid.addWidget(restore, row * 2, 1)
            grid.addWidget(discard, row * 2, 2)
            grid.addWidget(detail, row * 2 + 1, 0, 1, 3)
            self._groups.append((entry, restore, discard))
        grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.restore_all_button = QPushButton("Restore all")
        self.discard_all_button = QPushButton("Discard all")
        self.restore_all_button.clicked.connect(lambda: self.set_all("restore"))
        self.discard_all_button.clicked.connect(lambda: self.set_all("discard"))
        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton("Continue", QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(
            "Decide later", QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.addButton(self.restore_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(560, min(480, 160 + 64 * len(self.entries)))

    def set_choice(self, entry: RecoveryEntry, choice: Choice) -> None:
        for candidate, restore, discard in self._groups:
            if candidate == entry:
                (restore if choice == "restore" else discard).setChecked(True)

    def set_all(self, choice: Choice) -> None:
        for entry, _, _ in self._groups:
            self.set_choice(entry, choice)

    def choices(self) -> dict[str, Choice]:
        """Session id -> "restore" or "discard", for every entry."""
        return {
            entry.session_id: "restore" if restore.isChecked() else "discard"
            for entry, restore, _ in self._groups
        }

    def restore_entries(self) -> list[RecoveryEntry]:
        return [entry for entry, restore, _ in self._groups if restore.isChecked()]

    def discard_entries(self) -> list[RecoveryEntry]:
        return [entry for entry, _, discard in self._groups if discard.isChecked()]


def offer_recovery(store: RecoveryStore, parent: QWidget | None = None) -> list[RecoveredDocument]:
    """At start-up: offer back orphaned unsaved work; returns what was restored.

    Shows nothing when there are no orphans. Discarded entries are deleted. Restored
    entries are adopted by `store` (this process now owns their files): open each in
    a window, put its project in with `RestoreRecovered`, and give the window's
    AutosaveController `session_id=recovered.entry.session_id`, so the recovery file
    stays until the designer saves or closes it. An entry that cannot be loaded is
    reported in a message box and kept on disk.
    """
    orphans = store.orphans()
    if not orphans:
        return []
    dialog = RecoveryDialog(orphans, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        log.info("recovery postponed for %d documents", len(orphans))
        return []
    for entry in dialog.discard_entries():
        log.info("discarding recovery %s (%s)", entry.session_id, entry.display_name)
        store.discard(entry)
    restored: list[RecoveredDocument] = []
    for entry in dialog.restore_entries():
        try:
            result = store.load(entry)
        except ProjectFileError as error:
            log.warning("could not restore %s: %s", entry.project_path, error)
            message_box(
                QMessageBox.Icon.Warning,
                "Cannot restore",
                f"The unsaved changes to {entry.display_name} could not be restored.",
                parent=parent,
                informative=error.message,
                detailed=f"{entry.project_path}\n{error.details}",
            ).exec()
            continue
        store.adopt(entry)
        restored.append(RecoveredDocument(entry, result))
    return restored
