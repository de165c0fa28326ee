"""The Inspector dock: every property of the canvas selection, edited through commands.

One page per kind of selection (cards, emotion points, a stage, a lane, persona bands,
nothing = the map itself). A page never writes to the model: each finished edit becomes
one command run by `Document.execute`, so it is one undo step. After every document
change (an edit here, on the canvas, undo, redo) the page reloads its fields from the new
project, except a text field the user is typing in, which keeps the typed text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mapstudio.edit import (
    Command,
    CommandError,
    Composite,
    Document,
    DocumentChange,
    UpdateCard,
    UpdateCards,
    UpdateEmotionPoint,
    UpdateLane,
    UpdateMap,
    UpdateStage,
)
from mapstudio.layout import DEFAULT_STYLE, face_for
from mapstudio.model import (
    CHANNEL_TITLES,
    DEFAULT_SCALE_LABELS,
    LANE_KIND_TITLES,
    MAP_KIND_TITLES,
    Asset,
    Card,
    Channel,
    EmotionPoint,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    MapKind,
    Project,
)
from mapstudio.ui.i18n import QT_TRANSLATE_NOOP, translate
from mapstudio.ui.icons import avatar_pixmap, channel_icon, face_icon, kind_icon
from mapstudio.ui.images import (
    ImageError,
    describe_asset,
    image_asset_from_file,
    image_from_mime,
    set_card_picture,
)
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.selection import SelectionModel, SelectionState
from mapstudio.ui.widgets import (
    ColorButton,
    CommitLineEdit,
    CommitTextEdit,
    LevelPicker,
    MutedLabel,
    NumberEdit,
    SectionHeader,
    TagEdit,
    let_shrink,
    mixed_text,
    signals_blocked,
)

log = logging.getLogger(__name__)


# Lane-kind names for one card, as a heading ("Pain point", not the lane's "Pain points");
# marked for lupdate here and translated where shown.
KIND_SINGULAR: dict[LaneKind, str] = {
    LaneKind.ACTIONS: QT_TRANSLATE_NOOP("Inspector", "Action"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("Inspector", "Touchpoint"),
    LaneKind.THOUGHTS: QT_TRANSLATE_NOOP("Inspector", "Thought"),
    LaneKind.EMOTIONS: QT_TRANSLATE_NOOP("Inspector", "Emotion"),
    LaneKind.PAIN_POINTS: QT_TRANSLATE_NOOP("Inspector", "Pain point"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("Inspector", "Opportunity"),
    LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Inspector", "Backstage"),
    LaneKind.KPIS: QT_TRANSLATE_NOOP("Inspector", "KPI"),
    LaneKind.NOTES: QT_TRANSLATE_NOOP("Inspector", "Note"),
}

TargetKind = Literal["map", "cards", "points", "stages", "lanes", "bands", "mixed"]


@dataclass(frozen=True)
class Target:
    """What the inspector edits: a kind, the map and the ids that still exist."""

    kind: TargetKind
    map_id: str
    ids: tuple[str, ...] = ()


def signed(step: int) -> str:
    """A scale step as people write it: "+2", "0", "−2" (a real minus sign)."""
    if step > 0:
        return f"+{step}"
    if step < 0:
        return f"\u2212{-step}"
    return "0"


def score_text(scale: EmotionScale, score: int) -> str:
    """ "−2 · Very negative" """
    return f"{signed(score)} · {scale.label(score)}"


def resized_labels(scale: EmotionScale, new_min: int, new_max: int) -> tuple[str, ...]:
    """Labels for a scale with new bounds: the old ones where they still fit."""
    steps = new_max - new_min + 1
    if steps == len(scale.labels):
        return scale.labels  # a shifted scale (e.g. 1..5 for -2..2) keeps its words
    if steps == len(DEFAULT_SCALE_LABELS) and scale.labels == DEFAULT_SCALE_LABELS:
        return DEFAULT_SCALE_LABELS
    return tuple(
        scale.labels[step - scale.min] if scale.min <= step <= scale.max else signed(step)
        for step in range(new_min, new_max + 1)
    )


def _common(values: Sequence[Any]) -> tuple[Any, bool]:
    """The shared value and False, or (None, True) when the values disagree."""
    first = values[0] if values else None
    if all(value == first for value in values):
        return first, False
    return None, True


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setContentsMargins(14, 8, 14, 12)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(7)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _described(widget: QWidget, name: str, tip: str = "") -> QWidget:
    """Accessible name and tooltip in one place, so no field goes without them."""
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    return widget


# -- pages ------------------------------------------------------------------------------


class _Page(QWidget):
    """One form of the inspector; `load` fills it from the project for `target`."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__()
        self.dock = dock
        self.form = _form()
        self.setLayout(self.form)
        self.target = Target("map", "")

    # Building blocks ------------------------------------------------------------------

    def section(self, title: str) -> SectionHeader:
        header = SectionHeader(title)
        self.form.addRow(header)
        return header

    def row(self, label: str, widget: QWidget, tip: str = "") -> QWidget:
        _described(widget, label, tip)
        self.form.addRow(label, widget)
        return widget

    def show_rows(self, visible: bool, *widgets: QWidget) -> None:
        for widget in widgets:
            self.form.setRowVisible(widget, visible)

    def commit_widgets(self) -> list[CommitLineEdit | CommitTextEdit]:
        return [
            w for w in self.findChildren(QWidget) if isinstance(w, CommitLineEdit | CommitTextEdit)
        ]

    def flush(self) -> None:
        """Finish any edit in progress (before the target changes)."""
        for widget in self.commit_widgets():
            if widget.isVisibleTo(self):
                widget.commit()

    def first_field(self) -> QWidget | None:
        return None

    # To implement ---------------------------------------------------------------------

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        raise NotImplementedError


class _MapPage(_Page):
    """Nothing selected: the map's own properties and its emotion scale."""

    def __init__(self, dock: InspectorDock) -> None:
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
        _described(
            self.min_spin,
            translate("Inspector", "Lowest score"),
            translate("Inspector", "The lowest score of the emotion curve"),
        )
        _described(
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
        self.labels_form = _form()
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
                _described(
                    edit, translate("Inspector", "Label for {step}").format(step=signed(step))
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
                box.addWidget(PlainLabel(signed(step)))
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
        labels = resized_labels(self._scale, low, high)
        self._set_scale(low, high, labels)

    def _set_label(self, step: int, text: str) -> None:
        scale = self._scale
        labels = list(scale.labels)
        labels[step - scale.min] = text.strip() or signed(step)
        self._set_scale(scale.min, scale.max, tuple(labels))

    def _set_scale(self, low: int, high: int, labels: tuple[str, ...]) -> None:
        try:
            scale = EmotionScale(min=low, max=high, labels=labels)
        except ValueError as error:  # pydantic's ValidationError
            log.info("emotion scale refused: %s", error)
            self.dock.show_error(
                translate("Inspector", "The scale needs 2 to 11 steps, each with a label.")
            )
            return
        self._update({"emotion_scale": scale})


class _CardPage(_Page):
    """One or several cards: text, the kind's figures, colour, tags and evidence."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.where = MutedLabel()
        self.form.addRow(self.where)

        self.content_header = self.section(translate("Inspector", "Content"))
        self.title_edit = CommitLineEdit()
        self.title_edit.setPlaceholderText(translate("Inspector", "Short title"))
        self.row(
            translate("Inspector", "Title"),
            self.title_edit,
            translate("Inspector", "The card's headline (Enter to apply)"),
        )
        self.body_edit = CommitTextEdit(rows=4)
        self.body_edit.setPlaceholderText(translate("Inspector", "Details (Ctrl+Enter to apply)"))
        self.row(
            translate("Inspector", "Text"),
            self.body_edit,
            translate("Inspector", "More detail, on the card below the title"),
        )

        self.kind_header = self.section(translate("Inspector", "Details"))
        self.channel_combo = QComboBox()
        self.channel_combo.setPlaceholderText(mixed_text())
        self.channel_combo.setIconSize(QSize(18, 18))
        self.channel_combo.addItem(translate("Inspector", "No channel"), None)
        for channel in Channel:
            self.channel_combo.addItem(
                channel_icon(channel), translate("Inspector", CHANNEL_TITLES[channel]), channel
            )
        self.channel_combo.setMaxVisibleItems(len(Channel) + 1)
        self.row(
            translate("Inspector", "Channel"),
            self.channel_combo,
            translate("Inspector", "Where this touchpoint meets the customer"),
        )
        accent = DEFAULT_STYLE.kind_accent
        self.severity = LevelPicker(accent(LaneKind.PAIN_POINTS))
        self.row(
            translate("Inspector", "Severity"),
            self.severity,
            translate(
                "Inspector", "How badly it hurts: 1 (minor) to 5 (drop-off). Keys 1–5 set it."
            ),
        )
        self.impact = LevelPicker(accent(LaneKind.OPPORTUNITIES))
        self.row(
            translate("Inspector", "Impact"),
            self.impact,
            translate("Inspector", "How much it would help: 1 to 5"),
        )
        self.effort = LevelPicker(accent(LaneKind.BACKSTAGE))
        self.row(
            translate("Inspector", "Effort"),
            self.effort,
            translate("Inspector", "How hard it is to do: 1 to 5 (low effort = quick win)"),
        )
        self.value_edit = NumberEdit()
        self.value_edit.setPlaceholderText(translate("Inspector", "e.g. 2.4"))
        self.row(
            translate("Inspector", "Value"),
            self.value_edit,
            translate("Inspector", "The measured figure; leave empty if unknown"),
        )
        self.target_edit = NumberEdit()
        self.target_edit.setPlaceholderText(translate("Inspector", "e.g. 3.5"))
        self.row(
            translate("Inspector", "Target"),
            self.target_edit,
            translate("Inspector", "The figure to reach; leave empty if none"),
        )
        self.unit_edit = CommitLineEdit()
        self.unit_edit.setPlaceholderText(translate("Inspector", "e.g. %, s, NPS"))
        self.row(
            translate("Inspector", "Unit"),
            self.unit_edit,
            translate("Inspector", "Unit of value and target"),
        )

        self.notes_header = self.section(translate("Inspector", "Notes & evidence"))
        self.tags_edit = TagEdit()
        _described(
            self.tags_edit,
            translate("Inspector", "Tags"),
            translate("Inspector", "Comma-separated labels for grouping and search"),
        )
        self.tags_note = MutedLabel()
        tags_field = QWidget()
        tags_box = QVBoxLayout(tags_field)
        tags_box.setContentsMargins(0, 0, 0, 0)
        tags_box.setSpacing(3)
        tags_box.addWidget(self.tags_edit)
        tags_box.addWidget(self.tags_note)
        self.form.addRow(translate("Inspector", "Tags"), tags_field)
        self.evidence_edit = CommitLineEdit()
        self.evidence_edit.setPlaceholderText(translate("Inspector", "e.g. Survey Q3, n=412"))
        self.row(
            translate("Inspector", "Evidence"),
            self.evidence_edit,
            translate(
                "Inspector",
                "Where this comes from: a survey, interviews, analytics, support tickets",
            ),
        )

        self.section(translate("Inspector", "Appearance"))
        self.color_button = ColorButton(default_label=translate("Inspector", "Kind default"))
        self.row(
            translate("Inspector", "Colour"),
            self.color_button,
            translate("Inspector", "The sticky-note colour of the card"),
        )

        self.picture_info = PlainLabel()
        self.picture_info.setWordWrap(True)
        choose = QPushButton(translate("Inspector", "Choose…"))
        choose.setToolTip(translate("Inspector", "Embed a picture file (PNG or JPEG, scaled down)"))
        paste = QPushButton(translate("Inspector", "Paste"))
        paste.setToolTip(translate("Inspector", "Use the picture on the clipboard"))
        self.remove_picture = QPushButton(translate("Inspector", "Remove"))
        picture_buttons = QHBoxLayout()
        picture_buttons.setContentsMargins(0, 0, 0, 0)
        for button in (choose, paste, self.remove_picture):
            picture_buttons.addWidget(button)
        picture_row = QWidget()
        picture_box = QVBoxLayout(picture_row)
        picture_box.setContentsMargins(0, 0, 0, 0)
        picture_box.addWidget(self.picture_info)
        picture_box.addLayout(picture_buttons)
        self.picture_row = self.row(
            translate("Inspector", "Picture"),
            picture_row,
            translate("Inspector", "A picture on the card; you can also drop an image file on it"),
        )
        choose.clicked.connect(self._choose_picture)
        paste.clicked.connect(self._paste_picture)
        self.remove_picture.clicked.connect(lambda: self._set_picture(None))

        self._kinds: tuple[LaneKind, ...] = ()
        self._common_tags: tuple[str, ...] = ()
        self._cards: tuple[Card, ...] = ()

        self.title_edit.committed.connect(lambda text: self._update({"title": text}))
        self.body_edit.committed.connect(lambda text: self._update({"body": text}))
        self.channel_combo.activated.connect(self._channel_chosen)
        self.severity.level_chosen.connect(lambda level: self._update({"severity": level}))
        self.impact.level_chosen.connect(lambda level: self._update({"impact": level}))
        self.effort.level_chosen.connect(lambda level: self._update({"effort": level}))
        self.value_edit.number_committed.connect(lambda v: self._update({"value": v}))
        self.target_edit.number_committed.connect(lambda v: self._update({"target": v}))
        for edit in (self.value_edit, self.target_edit):
            edit.invalid.connect(self.dock.show_error)
        self.unit_edit.committed.connect(lambda text: self._update({"unit": text.strip()}))
        self.tags_edit.tags_committed.connect(self._tags_committed)
        self.evidence_edit.committed.connect(lambda text: self._update({"evidence": text}))
        self.color_button.color_chosen.connect(lambda color: self._update({"color": color}))

    def first_field(self) -> QWidget:
        return self.title_edit if self.title_edit.isVisibleTo(self) else self.color_button

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        wanted = set(target.ids)
        by_id = {card.id: card for card in journey_map.cards if card.id in wanted}
        cards = tuple(by_id[card_id] for card_id in target.ids)
        lanes = {lane.id: lane for lane in journey_map.lanes}
        kinds = tuple(lanes[c.lane_id].kind for c in cards if c.lane_id in lanes)
        self._cards = cards
        self._kinds = kinds
        one = len(cards) == 1
        kind = kinds[0] if kinds and all(k is kinds[0] for k in kinds) else None

        # Header and where the card sits.
        if one:
            card = cards[0]
            title = (
                translate("Inspector", KIND_SINGULAR[kind])
                if kind
                else translate("Inspector", "Card")
            )
            self.dock.set_header(kind, title, self._location(project, journey_map, card))
            self.where.setText("")
        else:
            kind_text = (
                translate("Inspector", LANE_KIND_TITLES[kind])
                if kind
                else translate("Inspector", "cards of several kinds")
            )
            self.dock.set_header(
                kind,
                translate("Inspector", "{n} cards").format(n=len(cards)),
                kind_text.capitalize(),
            )
            self.where.setText(
                translate("Inspector", "Changes here apply to all {n} selected cards.").format(
                    n=len(cards)
                )
            )

        self.form.setRowVisible(self.where, not one)
        # Text: one card only.
        self.show_rows(one, self.content_header, self.title_edit, self.body_edit)
        if one:
            self.title_edit.set_value(cards[0].title, force=force)
            self.body_edit.set_value(cards[0].body, force=force)

        # The kind's own fields, when every selected card is of that kind.
        touch = kind is LaneKind.TOUCHPOINTS
        pain = kind is LaneKind.PAIN_POINTS
        idea = kind is LaneKind.OPPORTUNITIES
        kpi = kind is LaneKind.KPIS and one
        self.show_rows(touch or pain or idea or kpi, self.kind_header)
        if kind is not None:
            self.kind_header.setText(translate("Inspector", KIND_SINGULAR[kind]).upper())
        self.show_rows(touch, self.channel_combo)
        self.show_rows(pain, self.severity)
        self.show_rows(idea, self.impact, self.effort)
        self.show_rows(kpi, self.value_edit, self.target_edit, self.unit_edit)
        if touch:
            channel, mixed = _common([c.channel for c in cards])
            with signals_blocked(self.channel_combo):
                index = -1 if mixed else self.channel_combo.findData(channel)
                self.channel_combo.setCurrentIndex(index)
        for picker, name in (
            (self.severity, "severity"),
            (self.impact, "impact"),
            (self.effort, "effort"),
        ):
            level, mixed = _common([getattr(c, name) for c in cards])
            picker.set_level(level, mixed=mixed)
        if kpi:
            card = cards[0]
            self.value_edit.set_number(card.value, force=force)
            self.target_edit.set_number(card.target, force=force)
            self.unit_edit.set_value(card.unit, force=force)

        # Tags: the ones all cards share; the rest are kept and listed below.
        common = [t for t in cards[0].tags if all(t in c.tags for c in cards[1:])]
        others = sorted({t for c in cards for t in c.tags} - set(common), key=str.casefold)
        self._common_tags = tuple(common)
        self.tags_edit.set_tags(common, mixed=bool(others) and not common, force=force)
        self.tags_note.setText(
            translate("Inspector", "Also on some: {tags}").format(tags=", ".join(others))
            if others
            else ""
        )
        self.tags_note.setVisible(bool(others))
        self.tags_edit.setToolTip(
            translate("Inspector", "Comma-separated labels for grouping and search")
            if one
            else translate(
                "Inspector",
                "Tags every selected card has. Tags you add or remove here change all of "
                "them; others stay.",
            )
        )

        evidence, mixed = _common([c.evidence for c in cards])
        self.evidence_edit.set_value(evidence or "", mixed=mixed, force=force)

        color, mixed = _common([c.color for c in cards])
        default = DEFAULT_STYLE.kind_fill(kind) if kind else "#FFFFFF"
        self.color_button.set_color(color, default=default, mixed=mixed)

        self.form.setRowVisible(self.picture_row, one)
        asset = project.assets.get(cards[0].image_asset_id or "") if one else None
        self.picture_info.setText(
            describe_asset(asset) if asset else translate("Inspector", "No picture")
        )
        self.remove_picture.setEnabled(asset is not None)

    def _choose_picture(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("Inspector", "Choose a picture"),
            "",
            translate("Inspector", "PNG and JPEG pictures (*.png *.jpg *.jpeg);;All files (*)"),
        )
        if name:
            try:
                self._set_picture(image_asset_from_file(Path(name)))
            except ImageError as error:
                self.dock.show_error(str(error))

    def _paste_picture(self) -> None:
        try:
            asset = image_from_mime(QGuiApplication.clipboard().mimeData())
        except ImageError as error:
            self.dock.show_error(str(error))
            return
        if asset is None:
            self.dock.show_error(translate("Inspector", "There is no picture on the clipboard."))
            return
        self._set_picture(asset)

    def _set_picture(self, asset: Asset | None) -> None:
        if len(self._cards) != 1:
            return
        try:
            set_card_picture(self.dock.document, self.target.map_id, self._cards[0], asset)
        except CommandError as error:
            self.dock.show_error(str(error))

    @staticmethod
    def _location(project: Project, journey_map: JourneyMap, card: Card) -> str:
        persona = next((p.name for p in project.personas if p.id == card.persona_id), None)
        lane = next((ln for ln in journey_map.lanes if ln.id == card.lane_id), None)
        stage = next((s.name for s in journey_map.stages if s.id == card.stage_id), "?")
        parts = [
            persona or translate("Inspector", "Shared"),
            (lane.title or translate("Inspector", LANE_KIND_TITLES[lane.kind])) if lane else "?",
            stage,
        ]
        return " · ".join(parts)

    def _update(self, changes: dict[str, Any]) -> None:
        ids = self.target.ids
        if len(ids) == 1:
            self.dock.execute(UpdateCard(self.target.map_id, ids[0], changes))
        else:
            self.dock.execute(UpdateCards(self.target.map_id, ids, changes))

    def _channel_chosen(self, index: int) -> None:
        if index >= 0:
            self._update({"channel": self.channel_combo.itemData(index)})

    def _tags_committed(self, tags: tuple[str, ...]) -> None:
        if len(self._cards) == 1:
            self._update({"tags": tags})
            return
        removed = set(self._common_tags) - set(tags)
        added = [t for t in tags if t not in self._common_tags]
        commands: list[Command] = []
        for card in self._cards:
            new = tuple(t for t in card.tags if t not in removed)
            new += tuple(t for t in added if t not in new)
            if new != card.tags:
                commands.append(UpdateCard(self.target.map_id, card.id, {"tags": new}))
        if commands:
            label = translate("Inspector", "Edit Tags of {n} Cards").format(n=len(self._cards))
            self.dock.execute(Composite(label, tuple(commands)))


class _PointPage(_Page):
    """One or several emotion points: score on the map's scale, feeling word, note."""

    def __init__(self, dock: InspectorDock) -> None:
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
        _described(
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
        score, mixed = _common([p.score for p in points])
        with signals_blocked(self.slider):
            self.slider.setRange(scale.min, scale.max)
            self.slider.setValue(scale.clamp(score) if score is not None else scale.clamp(0))
        self._show_score(None if mixed else score)
        feeling, mixed_feeling = _common([p.feeling for p in points])
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
        text = score_text(scale, score)
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


class _StagePage(_Page):
    """A stage (column): its name and description."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.info = MutedLabel()
        self.form.addRow(self.info)
        self.header = self.section(translate("Inspector", "Stage"))
        self.name_edit = CommitLineEdit()
        self.name_edit.setPlaceholderText(translate("Inspector", "e.g. Checkout"))
        self.row(
            translate("Inspector", "Name"),
            self.name_edit,
            translate("Inspector", "The stage's name, shown in the header row"),
        )
        self.description_edit = CommitTextEdit(rows=4)
        self.description_edit.setPlaceholderText(
            translate("Inspector", "What happens in this phase")
        )
        self.row(
            translate("Inspector", "Description"),
            self.description_edit,
            translate("Inspector", "A note about this phase"),
        )
        self.name_edit.committed.connect(lambda text: self._update({"name": text}))
        self.description_edit.committed.connect(lambda text: self._update({"description": text}))

    def first_field(self) -> QWidget:
        return self.name_edit

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        one = len(target.ids) == 1
        self.show_rows(one, self.header, self.name_edit, self.description_edit)
        if not one:
            self.dock.set_header(
                None, translate("Inspector", "{n} stages").format(n=len(target.ids)), ""
            )
            self.info.setText(translate("Inspector", "Select one stage to rename it."))
            return
        index, stage = next(
            (i, s) for i, s in enumerate(journey_map.stages) if s.id == target.ids[0]
        )
        count = sum(1 for c in journey_map.cards if c.stage_id == stage.id)
        detail = translate("Inspector", "Stage {i} of {n} · {cards} cards").format(
            i=index + 1, n=len(journey_map.stages), cards=count
        )
        self.dock.set_header(None, stage.name or translate("Inspector", "Stage"), detail)
        self.info.setText(detail)
        self.name_edit.set_value(stage.name, force=force)
        self.description_edit.set_value(stage.description, force=force)

    def _update(self, changes: dict[str, Any]) -> None:
        self.dock.execute(UpdateStage(self.target.map_id, self.target.ids[0], changes))


class _LanePage(_Page):
    """A lane (row): its title; kind and scope are shown, not edited."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.header = self.section(translate("Inspector", "Lane"))
        self.title_edit = CommitLineEdit()
        self.row(
            translate("Inspector", "Title"),
            self.title_edit,
            translate("Inspector", "The lane's label in the left column"),
        )
        self.kind_label = MutedLabel()
        self.row(
            translate("Inspector", "Kind"),
            self.kind_label,
            translate("Inspector", "What the lane holds; fixed once it has cards"),
        )
        self.scope_label = MutedLabel()
        self.row(translate("Inspector", "Shown"), self.scope_label)
        self.title_edit.committed.connect(self._rename)
        self._lane: Lane | None = None

    def first_field(self) -> QWidget:
        return self.title_edit

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        lane = next(ln for ln in journey_map.lanes if ln.id == target.ids[0])
        self._lane = lane
        kind_title = translate("Inspector", LANE_KIND_TITLES[lane.kind])
        self.dock.set_header(lane.kind, lane.title or kind_title, translate("Inspector", "Lane"))
        self.title_edit.setPlaceholderText(kind_title)
        self.title_edit.set_value(lane.title, force=force)
        self.kind_label.setText(kind_title)
        self.scope_label.setText(
            translate("Inspector", "In every persona band")
            if lane.scope is LaneScope.PERSONA
            else translate("Inspector", "Once, shared by all personas")
        )

    def _rename(self, text: str) -> None:
        self.dock.execute(UpdateLane(self.target.map_id, self.target.ids[0], {"title": text}))


class _BandPage(_Page):
    """A persona band: who it is; the persona itself is edited in the Personas dock."""

    def __init__(self, dock: InspectorDock) -> None:
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
        _described(
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


class _MixedPage(_Page):
    """Items of different kinds selected: nothing sensible to edit together."""

    def __init__(self, dock: InspectorDock) -> None:
        super().__init__(dock)
        self.info = MutedLabel(
            translate(
                "Inspector",
                "Items of different kinds are selected. Select cards only, or emotion points "
                "only, to edit them together.",
            )
        )
        self.form.addRow(self.info)

    def load(self, project: Project, journey_map: JourneyMap, target: Target, force: bool) -> None:
        self.target = target
        self.dock.set_header(
            None,
            translate("Inspector", "{n} items").format(n=len(target.ids)),
            translate("Inspector", "Mixed selection"),
        )


# -- the dock ---------------------------------------------------------------------------


class InspectorDock(QDockWidget):
    """Shows and edits the properties of what is selected on the canvas.

    `persona_focus_requested(persona_id)` is emitted when the user asks to edit a band's
    persona; the dock also raises a sibling dock named "personas" in the same window (if
    it has a `focus_persona(id)` method), so no wiring is needed for that.
    """

    persona_focus_requested = Signal(str)

    def __init__(
        self,
        document: Document,
        selection: SelectionModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Inspector", "Inspector"), parent)
        self.setObjectName("inspector")
        self.document = document
        self.selection = selection
        self._target: Target | None = None
        self._flushing = False

        body = QWidget(self)
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # Header: what is being inspected.
        header = QWidget(body)
        header.setObjectName("inspectorHeader")
        header.setStyleSheet(
            "#inspectorHeader { background: #F7F8FA; border-bottom: 1px solid #E1E4E8; }"
        )
        row = QHBoxLayout(header)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(10)
        self.header_icon = PlainLabel(parent=header)
        self.header_icon.setFixedSize(24, 24)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        self.header_title = PlainLabel(parent=header)
        font = self.header_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.header_title.setFont(font)
        self.header_title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # A title of 200 characters wraps (or is cut) in the dock's width instead of
        # widening the dock until the canvas is a sliver.
        let_shrink(self.header_title)
        self.header_detail = PlainLabel(parent=header)
        self.header_detail.setStyleSheet("QLabel { color: #5B6675; }")
        self.header_detail.setWordWrap(True)
        titles.addWidget(self.header_title)
        titles.addWidget(self.header_detail)
        row.addWidget(self.header_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(titles, 1)
        outer.addWidget(header)

        # Pages in a scroll area (a card's form is taller than a short dock).
        self.pages: dict[TargetKind, _Page] = {
            "map": _MapPage(self),
            "cards": _CardPage(self),
            "points": _PointPage(self),
            "stages": _StagePage(self),
            "lanes": _LanePage(self),
            "bands": _BandPage(self),
            "mixed": _MixedPage(self),
        }
        self.stack = QStackedWidget()
        # As tall as its page, never taller: spare height goes below the form, not
        # between its rows.
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        for page in self.pages.values():
            self.stack.addWidget(page)
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        holder_box.addWidget(self.stack)
        holder_box.addStretch(1)
        scroll = QScrollArea(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)

        # Status: why the last edit was refused, in plain words.
        self.status = PlainLabel(parent=body)
        self.status.setObjectName("inspectorStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(
            "#inspectorStatus { color: #8A1F11; background: #FDECEA;"
            " border-top: 1px solid #F5C6C0; padding: 8px 14px; }"
        )
        self.status.setAccessibleName(translate("Inspector", "Inspector messages"))
        self.status.hide()
        outer.addWidget(self.status)

        self.setWidget(body)
        self.setMinimumWidth(260)

        self._unsubscribe: Callable[[], None] = document.subscribe(self._on_document_changed)
        selection.changed.connect(self._on_selection_changed)
        self.refresh(force=True)

    # -- public --------------------------------------------------------------------------

    @property
    def target(self) -> Target | None:
        """What is shown now."""
        return self._target

    @property
    def page(self) -> _Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def dispose(self) -> None:
        """Stop listening to the document (call before dropping the dock)."""
        self._unsubscribe()

    def focus_first_field(self) -> None:
        """Put the keyboard in the first field of the current page (e.g. on Enter)."""
        self.show()
        self.raise_()
        widget = self.page.first_field()
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, force: bool = False) -> None:
        """Fill the fields from the current project for the current selection."""
        project = self.document.project
        target = self._resolve(project, self.selection.state)
        force = force or target != self._target
        journey_map = next(m for m in project.maps if m.id == target.map_id)
        page = self.pages[target.kind]
        if self.stack.currentWidget() is not page or self._target is None:
            # Let only the visible page decide the height, so the scroll area fits it
            # (a stack is otherwise as tall as its tallest page).
            for other in self.pages.values():
                other.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            self.stack.setCurrentWidget(page)
        self._target = target
        page.load(project, journey_map, target, force)

    def execute(self, command: Command) -> bool:
        """Run a command; a refusal shows up in the status line instead of raising."""
        try:
            self.document.execute(command)
        except CommandError as error:
            self.show_error(str(error))
            return False
        self.status.hide()
        return True

    def show_error(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def set_header(self, kind: LaneKind | None, title: str, detail: str) -> None:
        if kind is None:
            self.header_icon.clear()
        else:
            self.header_icon.setPixmap(kind_icon(kind).pixmap(QSize(24, 24)))
        self.header_icon.setVisible(kind is not None)
        self.header_title.setText(title)
        self.header_detail.setText(detail)
        self.header_detail.setVisible(bool(detail))

    def request_persona_focus(self, persona_id: str) -> None:
        self.persona_focus_requested.emit(persona_id)
        window = self.window()
        if window is self:
            return
        dock = window.findChild(QDockWidget, "personas")
        focus = getattr(dock, "focus_persona", None)
        if callable(focus):
            focus(persona_id)

    # -- reactions -----------------------------------------------------------------------

    def _on_document_changed(self, change: DocumentChange) -> None:
        if not isValid(self):  # the dock is gone but the document outlived it
            self._unsubscribe()
            return
        if self._flushing:
            return  # the selection handler refreshes right after its flush
        self.refresh(force=change.reason == "replace")

    def _on_selection_changed(self) -> None:
        # Finish a half-made edit on what was selected before the form switches over.
        self._flushing = True
        try:
            self.page.flush()
        finally:
            self._flushing = False
        self.status.hide()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    @staticmethod
    def _resolve(project: Project, state: SelectionState) -> Target:
        """The selection as it applies to this project: ids that no longer exist (after
        an undo or a delete) are dropped; nothing left means the map itself."""
        journey_map = next((m for m in project.maps if m.id == state.map_id), project.maps[0])
        found: list[tuple[TargetKind, tuple[str, ...]]] = []
        if state.card_ids:
            ids = {c.id for c in journey_map.cards}
            found.append(("cards", tuple(i for i in state.card_ids if i in ids)))
        if state.point_ids:
            ids = {p.id for p in journey_map.emotion_points}
            found.append(("points", tuple(i for i in state.point_ids if i in ids)))
        if state.stage_ids:
            ids = {s.id for s in journey_map.stages}
            found.append(("stages", tuple(i for i in state.stage_ids if i in ids)))
        if state.lane_ids:
            ids = {ln.id for ln in journey_map.lanes}
            found.append(("lanes", tuple(i for i in state.lane_ids if i in ids)))
        if state.persona_ids:
            ids = set(journey_map.bands)
            found.append(("bands", tuple(i for i in state.persona_ids if i in ids)))
        found = [(kind, ids) for kind, ids in found if ids]
        if not found:
            return Target("map", journey_map.id)
        if len(found) > 1:
            return Target("mixed", journey_map.id, tuple(i for _, ids in found for i in ids))
        kind, chosen = found[0]
        if kind == "lanes":
            chosen = chosen[:1]  # one lane at a time: only its title is editable
        return Target(kind, journey_map.id, chosen)
