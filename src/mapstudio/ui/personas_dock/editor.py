"""The editor panel of the Personas dock: every field of one persona, each finished
edit one UpdatePersona; the photo through the dock (one undo step with its asset)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mapstudio.edit import Command, UpdatePersona
from mapstudio.model import Persona, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import avatar_pixmap
from mapstudio.ui.images import PHOTO_MAX_SIDE
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.colors import PERSONA_PALETTE, ColorButton
from mapstudio.ui.widgets.fields import CommitLineEdit, CommitTextEdit, format_lines, parse_lines
from mapstudio.ui.widgets.labels import SectionHeader


class EditorHost(Protocol):
    """What the editor asks of its dock."""

    def persona(self, persona_id: str | None) -> Persona | None: ...

    def execute(self, command: Command) -> bool: ...

    def show_error(self, message: str) -> None: ...

    def set_photo_from_file(self, persona_id: str, path: Path) -> bool: ...

    def remove_photo(self, persona_id: str) -> bool: ...


class PersonaEditor(QWidget):
    """Every field of one persona; each finished edit is one UpdatePersona."""

    def __init__(self, dock: EditorHost) -> None:
        super().__init__()
        self._dock = dock
        self.persona_id: str | None = None
        form = QFormLayout(self)
        form.setContentsMargins(14, 6, 14, 12)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(7)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        # Photo row: the avatar and its two buttons.
        self.avatar = PlainLabel()
        self.avatar.setFixedSize(64, 64)
        self.avatar.setAccessibleName(translate("PersonasDock", "Avatar"))
        self.photo_button = QPushButton(translate("PersonasDock", "Choose photo…"))
        self.photo_button.setToolTip(
            translate(
                "PersonasDock", "Embed a picture in the project (scaled to at most {n} px)"
            ).format(n=PHOTO_MAX_SIDE)
        )
        self.remove_photo_button = QPushButton(translate("PersonasDock", "Remove photo"))
        self.remove_photo_button.setToolTip(
            translate("PersonasDock", "Show the initials instead of a photo")
        )
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        photo_row = QWidget()
        # Fixed height: the buttons' stretch must not make the row soak up free space.
        photo_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        photo_box = QHBoxLayout(photo_row)
        photo_box.setContentsMargins(0, 4, 0, 4)
        photo_box.setSpacing(12)
        photo_box.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        photo_box.addLayout(buttons, 1)
        form.addRow(photo_row)

        self.name_edit = CommitLineEdit()
        self.name_edit.setPlaceholderText(translate("PersonasDock", "e.g. Maya Okafor"))
        self.role_edit = CommitLineEdit()
        self.role_edit.setPlaceholderText(translate("PersonasDock", "e.g. First-time buyer, 34"))
        self.color_button = ColorButton(PERSONA_PALETTE, allow_default=False)
        self.description_edit = CommitTextEdit(rows=3)
        self.description_edit.setPlaceholderText(
            translate("PersonasDock", "Who they are, in a sentence or two")
        )
        self.quote_edit = CommitTextEdit(rows=2)
        self.quote_edit.setPlaceholderText(translate("PersonasDock", "Something they would say"))
        self.goals_edit = CommitTextEdit(rows=3)
        self.needs_edit = CommitTextEdit(rows=3)
        self.frustrations_edit = CommitTextEdit(rows=3)
        for edit in (self.goals_edit, self.needs_edit, self.frustrations_edit):
            edit.setPlaceholderText(translate("PersonasDock", "One per line"))

        def row(label: str, widget: QWidget, tip: str) -> None:
            widget.setAccessibleName(label)
            widget.setToolTip(tip)
            form.addRow(label, widget)

        row(
            translate("PersonasDock", "Name"),
            self.name_edit,
            translate("PersonasDock", "The persona's name, shown in its band header"),
        )
        row(
            translate("PersonasDock", "Role"),
            self.role_edit,
            translate("PersonasDock", "A short description under the name"),
        )
        row(
            translate("PersonasDock", "Colour"),
            self.color_button,
            translate("PersonasDock", "The accent of the band and the emotion curve"),
        )
        row(
            translate("PersonasDock", "About"),
            self.description_edit,
            translate("PersonasDock", "A short description of the persona"),
        )
        row(
            translate("PersonasDock", "Quote"),
            self.quote_edit,
            translate("PersonasDock", "A typical thing this persona says"),
        )
        form.addRow(SectionHeader(translate("PersonasDock", "Goals, needs, frustrations")))
        row(
            translate("PersonasDock", "Goals"),
            self.goals_edit,
            translate("PersonasDock", "What they want to achieve; one per line"),
        )
        row(
            translate("PersonasDock", "Needs"),
            self.needs_edit,
            translate("PersonasDock", "What they need along the way; one per line"),
        )
        row(
            translate("PersonasDock", "Frustrations"),
            self.frustrations_edit,
            translate("PersonasDock", "What gets in their way; one per line"),
        )

        self.name_edit.committed.connect(self._rename)
        self.role_edit.committed.connect(lambda t: self._update({"role": t.strip()}))
        self.color_button.color_chosen.connect(lambda c: self._update({"color": c}) if c else None)
        self.description_edit.committed.connect(lambda t: self._update({"description": t}))
        self.quote_edit.committed.connect(lambda t: self._update({"quote": t}))
        self.goals_edit.committed.connect(lambda t: self._update({"goals": parse_lines(t)}))
        self.needs_edit.committed.connect(lambda t: self._update({"needs": parse_lines(t)}))
        self.frustrations_edit.committed.connect(
            lambda t: self._update({"frustrations": parse_lines(t)})
        )
        self.photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button.clicked.connect(
            lambda: self.persona_id and self._dock.remove_photo(self.persona_id)
        )

    def commit_widgets(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            self.name_edit,
            self.role_edit,
            self.description_edit,
            self.quote_edit,
            self.goals_edit,
            self.needs_edit,
            self.frustrations_edit,
        ]

    def flush(self) -> None:
        for widget in self.commit_widgets():
            widget.commit()

    def load(self, project: Project, persona: Persona | None, force: bool) -> None:
        self.persona_id = persona.id if persona else None
        self.setEnabled(persona is not None)
        if persona is None:
            for widget in self.commit_widgets():
                widget.set_value("", force=True)
            self.avatar.clear()
            return
        photo = project.assets.get(persona.photo_asset_id or "")
        dpr = self.devicePixelRatioF() or 1.0
        self.avatar.setPixmap(
            avatar_pixmap(persona.name, persona.color, photo.data if photo else None, 64, dpr)
        )
        self.remove_photo_button.setEnabled(photo is not None)
        self.name_edit.set_value(persona.name, force=force)
        self.role_edit.set_value(persona.role, force=force)
        self.color_button.set_color(persona.color)
        self.description_edit.set_value(persona.description, force=force)
        self.quote_edit.set_value(persona.quote, force=force)
        self.goals_edit.set_value(format_lines(persona.goals), force=force)
        self.needs_edit.set_value(format_lines(persona.needs), force=force)
        self.frustrations_edit.set_value(format_lines(persona.frustrations), force=force)

    def _update(self, changes: dict[str, Any]) -> None:
        if self.persona_id is not None:
            self._dock.execute(UpdatePersona(self.persona_id, changes))

    def _rename(self, text: str) -> None:
        name = text.strip()
        if not name:
            self._dock.show_error(translate("PersonasDock", "A persona needs a name."))
            current = self._dock.persona(self.persona_id)
            self.name_edit.set_value(current.name if current else "", force=True)
            return
        self._update({"name": name})

    def _choose_photo(self) -> None:
        if self.persona_id is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("PersonasDock", "Choose a photo"),
            "",
            translate("PersonasDock", "PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self._dock.set_photo_from_file(self.persona_id, Path(path))
