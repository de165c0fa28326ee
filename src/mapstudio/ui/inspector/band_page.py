"""The inspector's page for persona bands: who the persona is and how much of the map
is theirs; the persona itself is edited in the Personas dock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from mapstudio.model import JourneyMap, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import avatar_pixmap
from mapstudio.ui.inspector.common import InspectorHost, InspectorPage, Target, described
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.labels import MutedLabel


class BandPage(InspectorPage):
    """A persona band: who it is; the persona itself is edited in the Personas dock."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.avatar = PlainLabel()
        self.avatar.setFixedSize(56, 56)
        self.name_label = PlainLabel()
        font = self.name_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.name_label.setFont(font)
        self.role_label = MutedLabel()
        who = QWidget()
        grid = QHBoxLayout(who)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setSpacing(12)
        grid.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.role_label)
        names.addStretch(1)
        grid.addLayout(names, 1)
        who.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.form.addRow(who)
        self.description = MutedLabel()
        self.form.addRow(self.description)
        self.stats = MutedLabel()
        self.form.addRow(self.stats)
        self.edit_button = QPushButton(translate("Inspector", "Edit in Personas panel"))
        described(
            self.edit_button,
            translate("Inspector", "Edit in Personas panel"),
            translate(
                "Inspector", "Name, role, goals, photo and colour are edited in the Personas panel"
            ),
        )
        self.form.addRow(self.edit_button)
        self.edit_button.clicked.connect(self._focus)

    def first_field(self) -> QWidget:
        return self.edit_button

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        personas = {p.id: p for p in project.personas}
        chosen = [personas[i] for i in target.ids if i in personas]
        if len(chosen) != 1:
            self.dock.set_header(
                None, translate("Inspector", "{n} persona bands").format(n=len(chosen)), ""
            )
            self.name_label.setText(", ".join(p.name for p in chosen))
            self.role_label.setText("")
            self.avatar.clear()
            self.description.setText("")
            self.stats.setText("")
            self.edit_button.setEnabled(False)
            return
        persona = chosen[0]
        photo = project.assets.get(persona.photo_asset_id or "")
        dpr = self.devicePixelRatioF() or 1.0
        self.avatar.setPixmap(
            avatar_pixmap(persona.name, persona.color, photo.data if photo else None, 56, dpr)
        )
        self.dock.set_header(None, persona.name, translate("Inspector", "Persona band"))
        self.name_label.setText(persona.name)
        self.role_label.setText(persona.role)
        self.description.setText(persona.description)
        self.form.setRowVisible(self.description, bool(persona.description))
        cards = sum(1 for c in journey_map.cards if c.persona_id == persona.id)
        points = sum(1 for p in journey_map.emotion_points if p.persona_id == persona.id)
        band = journey_map.bands.index(persona.id) + 1 if persona.id in journey_map.bands else 0
        self.stats.setText(
            translate(
                "Inspector", "Band {i} of {n} · {cards} cards · {points} emotion points"
            ).format(i=band, n=len(journey_map.bands), cards=cards, points=points)
        )
        self.edit_button.setEnabled(True)

    def _focus(self) -> None:
        if self.target.ids:
            self.dock.request_persona_focus(self.target.ids[0])
