"""The inspector's page for nothing selected: the map's own properties and its
emotion scale (range and one label per step)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget

from mapstudio.edit import UpdateMap
from mapstudio.layout import face_for
from mapstudio.model import MAP_KIND_TITLES, EmotionScale, JourneyMap, MapKind, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import face_icon
from mapstudio.ui.inspector.common import (
    InspectorHost,
    InspectorPage,
    Target,
    described,
    form_layout,
)
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.fields import CommitLineEdit, CommitTextEdit, signals_blocked
from mapstudio.ui.widgets.labels import MutedLabel

log = logging.getLogger(__name__)


class MapPage(InspectorPage):
    """Nothing selected: the map's own properties and its emotion scale."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.section(translate("Inspector", "Map"))
        self.title_edit = CommitLineEdit()
        self.title_edit.setPlaceholderText(translate("Inspector", "Name of this map"))
        self.row(
            translate("Inspector", "Title"),
            self.title_edit,
            translate("Inspector", "The map's name, shown on its tab and poster"),
        )
        self.scenario_edit = CommitTextEdit(rows=3)
        self.scenario_edit.setPlaceholderText(
            translate("Inspector", "What journey does this map follow?")
        )
        self.row(
            translate("Inspector", "Scenario"),
            self.scenario_edit,
            translate(
                "Inspector", "The situation the personas are in, e.g. 'Buying a sofa online'"
            ),
        )
        self.kind_combo = QComboBox()
        for kind in MapKind:
            self.kind_combo.addItem(translate("Inspector", MAP_KIND_TITLES[kind]), kind)
        self.row(
            translate("Inspector", "Kind"),
            self.kind_combo,
            translate("Inspector", "Current state (as is) or future state (to be)"),
        )
        self.future_label = MutedLabel()
        self.form.addRow(self.future_label)

        self.section(translate("Inspector", "Emotion scale"))
        self.min_spin = QSpinBox()
        self.max_spin = QSpinBox()
        for spin in (self.min_spin, self.max_spin):
            # One command per finished value, not per digit typed.
            spin.setKeyboardTracking(False)
            spin.setRange(-100, 100)
        described(
            self.min_spin,
            translate("Inspector", "Lowest score"),
            translate("Inspector", "The lowest score of the emotion curve"),
        )
        described(
            self.max_spin,
            translate("Inspector", "Highest score"),
            translate("Inspector", "The highest score of the emotion curve"),
        )
        bounds = QWidget()
        bounds_box = QHBoxLayout(bounds)
        bounds_box.setContentsMargins(0, 0, 0, 0)
        bounds_box.setSpacing(6)
        bounds_box.addWidget(self.min_spin, 1)
        bounds_box.addWidget(PlainLabel(translate("Inspector", "to")))
        bounds_box.addWidget(self.max_spin, 1)
        self.form.addRow(translate("Inspector", "Range"), bounds)
        self.labels_host = QWidget()
        self.labels_form = form_layout()
        self.labels_form.setContentsMargins(0, 0, 0, 0)
        self.labels_host.setLayout(self.labels_form)
        self.form.addRow(translate("Inspector", "Labels"), self.labels_host)
        self.label_edits: list[CommitLineEdit] = []

        self.title_edit.committed.connect(lambda text: self._update({"title": text}))
        self.scenario_edit.committed.connect(lambda text: self._update({"scenario": text}))
        self.kind_combo.activated.connect(
            lambda i: self._update({"kind": self.kind_combo.itemData(i)})
        )
        self.min_spin.valueChanged.connect(lambda _: self._set_bounds())
        self.max_spin.valueChanged.connect(lambda _: self._set_bounds())
        self._scale = EmotionScale()

    def first_field(self) -> QWidget:
        return self.title_edit

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        self.dock.set_header(
            None,
            journey_map.title or translate("Inspector", "Untitled map"),
            translate("Inspector", "Map"),
        )
        self.title_edit.set_value(journey_map.title, force=force)
        self.scenario_edit.set_value(journey_map.scenario, force=force)
        with signals_blocked(self.kind_combo, self.min_spin, self.max_spin):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(journey_map.kind))
            scale = journey_map.emotion_scale
            self.min_spin.setRange(max(-100, scale.max - 10), scale.max - 1)
            self.max_spin.setRange(scale.min + 1, min(100, scale.min + 10))
            self.min_spin.setValue(scale.min)
            self.max_spin.setValue(scale.max)
        source = next((m for m in project.maps if m.id == journey_map.future_state_of), None)
        self.future_label.setText(
            translate("Inspector", "Future state of “{title}”").format(title=source.title)
            if source
            else ""
        )
        self.form.setRowVisible(self.future_label, source is not None)
        self._load_labels(journey_map.emotion_scale, force)

    def _load_labels(self, scale: EmotionScale, force: bool) -> None:
        steps = list(range(scale.max, scale.min - 1, -1))  # top of the curve first
        bounds_changed = (self._scale.min, self._scale.max) != (scale.min, scale.max)
        if len(self.label_edits) != len(steps) or bounds_changed or force:
            if any(edit.is_editing() for edit in self.label_edits) and not force:
                self._scale = scale
                return
            while self.labels_form.rowCount():
                self.labels_form.removeRow(0)
            self.label_edits = []
            for step in steps:
                edit = CommitLineEdit()
                edit.committed.connect(lambda text, s=step: self._set_label(s, text))
                described(
                    edit, translate("Inspector", "Label for {step}").format(step=scale.number(step))
                )
                face = PlainLabel()
                face.setPixmap(
                    face_icon(face_for(step, scale.min, scale.max)).pixmap(QSize(16, 16))
                )
                caption = QWidget()
                box = QHBoxLayout(caption)
                box.setContentsMargins(0, 0, 0, 0)
                box.setSpacing(4)
                box.addWidget(face)
                box.addWidget(PlainLabel(scale.number(step)))
                self.labels_form.addRow(caption, edit)
                self.label_edits.append(edit)
        self._scale = scale
        for edit, step in zip(self.label_edits, steps, strict=True):
            edit.set_value(scale.label(step), force=force)

    def _update(self, changes: dict[str, Any]) -> None:
        self.dock.execute(UpdateMap(self.target.map_id, changes))

    def _set_bounds(self) -> None:
        low, high = self.min_spin.value(), self.max_spin.value()
        if high <= low:
            self.dock.show_error(
                translate("Inspector", "The highest score must be above the lowest.")
            )
            return
        self._set_scale(lambda: self._scale.resized(low, high))

    def _set_label(self, step: int, text: str) -> None:
        self._set_scale(lambda: self._scale.relabelled(step, text))

    def _set_scale(self, new_scale: Callable[[], EmotionScale]) -> None:
        try:
            scale = new_scale()
        except ValueError as error:  # pydantic's ValidationError
            log.info("emotion scale refused: %s", error)
            self.dock.show_error(
                translate("Inspector", "The scale needs 2 to 11 steps, each with a label.")
            )
            return
        self._update({"emotion_scale": scale})
