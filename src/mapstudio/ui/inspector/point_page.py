"""The inspector's page for emotion points: the score on the map's scale, the feeling
word and the note; one point or several at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QSlider, QVBoxLayout, QWidget

from mapstudio.edit import Composite, UpdateEmotionPoint
from mapstudio.layout import face_for
from mapstudio.model import EmotionPoint, EmotionScale, JourneyMap, LaneKind, Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.icons import face_icon
from mapstudio.ui.inspector.common import (
    InspectorHost,
    InspectorPage,
    Target,
    common_value,
    described,
)
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.fields import (
    CommitLineEdit,
    CommitTextEdit,
    mixed_text,
    signals_blocked,
)
from mapstudio.ui.widgets.labels import MutedLabel


class PointPage(InspectorPage):
    """One or several emotion points: score on the map's scale, feeling word, note."""

    def __init__(self, dock: InspectorHost) -> None:
        super().__init__(dock)
        self.where = MutedLabel()
        self.form.addRow(self.where)
        self.section(translate("Inspector", "Emotion"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setPageStep(1)
        # Commit on release, not on every step the handle passes while dragged.
        self.slider.setTracking(False)
        self.score_face = PlainLabel()
        self.score_label = PlainLabel()
        score_row = QWidget()
        box = QVBoxLayout(score_row)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.slider)
        caption = QHBoxLayout()
        caption.setSpacing(6)
        caption.addWidget(self.score_face)
        caption.addWidget(self.score_label, 1)
        box.addLayout(caption)
        self.row(
            translate("Inspector", "Score"),
            score_row,
            translate("Inspector", "How the persona feels here, on the map's scale"),
        )
        described(
            self.slider,
            translate("Inspector", "Score"),
            translate("Inspector", "Arrow keys step through the scale"),
        )
        self.feeling_edit = CommitLineEdit()
        self.feeling_edit.setPlaceholderText(translate("Inspector", "e.g. anxious, relieved"))
        self.row(
            translate("Inspector", "Feeling"),
            self.feeling_edit,
            translate("Inspector", "One word, shown under the marker"),
        )
        self.note_edit = CommitTextEdit(rows=4)
        self.note_edit.setPlaceholderText(translate("Inspector", "Why they feel this way"))
        self.row(
            translate("Inspector", "Note"),
            self.note_edit,
            translate("Inspector", "Why the persona feels this way here"),
        )
        self._scale = EmotionScale()
        self._points: tuple[EmotionPoint, ...] = ()

        self.slider.sliderMoved.connect(self._preview)
        self.slider.valueChanged.connect(self._score_chosen)
        # With mixed scores a release on the value already shown is still a choice.
        self.slider.sliderReleased.connect(lambda: self._score_chosen(self.slider.sliderPosition()))
        self.feeling_edit.committed.connect(lambda text: self._update({"feeling": text.strip()}))
        self.note_edit.committed.connect(lambda text: self._update({"note": text}))

    def first_field(self) -> QWidget:
        return self.slider

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        wanted = set(target.ids)
        by_id = {p.id: p for p in journey_map.emotion_points if p.id in wanted}
        points = tuple(by_id[i] for i in target.ids)
        self._points = points
        scale = self._scale = journey_map.emotion_scale
        one = len(points) == 1
        if one:
            point = points[0]
            persona = next((p.name for p in project.personas if p.id == point.persona_id), "?")
            stage = next((s.name for s in journey_map.stages if s.id == point.stage_id), "?")
            where = f"{persona} · {stage}"
            self.dock.set_header(LaneKind.EMOTIONS, translate("Inspector", "Emotion point"), where)
        else:
            self.dock.set_header(
                LaneKind.EMOTIONS,
                translate("Inspector", "{n} emotion points").format(n=len(points)),
                "",
            )
        self.where.setText(
            translate("Inspector", "Changes here apply to all {n} selected points.").format(
                n=len(points)
            )
        )
        self.form.setRowVisible(self.where, not one)
        score, mixed = common_value([p.score for p in points])
        with signals_blocked(self.slider):
            self.slider.setRange(scale.min, scale.max)
            self.slider.setValue(scale.clamp(score) if score is not None else scale.clamp(0))
        self._show_score(None if mixed else score)
        feeling, mixed_feeling = common_value([p.feeling for p in points])
        self.feeling_edit.set_value(feeling or "", mixed=mixed_feeling, force=force)
        self.show_rows(one, self.note_edit)
        if one:
            self.note_edit.set_value(points[0].note, force=force)

    def _show_score(self, score: int | None) -> None:
        scale = self._scale
        if score is None:
            self.score_face.clear()
            self.score_label.setText(mixed_text())
            self.slider.setAccessibleDescription(mixed_text())
            return
        text = scale.step_text(score)
        self.score_face.setPixmap(
            face_icon(face_for(score, scale.min, scale.max)).pixmap(QSize(18, 18))
        )
        self.score_label.setText(text)
        self.slider.setAccessibleDescription(text)

    def _preview(self, position: int) -> None:
        self._show_score(position)

    def _score_chosen(self, score: int) -> None:
        self._show_score(score)
        self._update({"score": score})

    def _update(self, changes: dict[str, Any]) -> None:
        map_id = self.target.map_id
        commands = [UpdateEmotionPoint(map_id, point_id, changes) for point_id in self.target.ids]
        if len(commands) == 1:
            self.dock.execute(commands[0])
        else:
            label = translate("Inspector", "Edit {n} Emotion Points").format(n=len(commands))
            self.dock.execute(Composite(label, tuple(commands)))
