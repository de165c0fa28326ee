"""The inspector's page for cards: text, the figures of the card's kind, tags and
evidence, colour and picture; one card or several at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from mapstudio.edit import Command, Composite, UpdateCard, UpdateCards
from mapstudio.layout import DEFAULT_STYLE
from mapstudio.model import (
    CHANNEL_TITLES,
    LANE_KIND_TITLES,
    Asset,
    Card,
    Channel,
    JourneyMap,
    LaneKind,
    Project,
)
from mapstudio.ui.i18n import QT_TRANSLATE_NOOP, translate
from mapstudio.ui.icons import channel_icon
from mapstudio.ui.images import (
    ImageError,
    describe_asset,
    image_asset_from_file,
    image_from_mime,
    set_card_picture,
)
from mapstudio.ui.inspector.common import (
    InspectorHost,
    InspectorPage,
    Target,
    common_value,
    described,
)
from mapstudio.ui.plain import PlainLabel
from mapstudio.ui.widgets.colors import ColorButton
from mapstudio.ui.widgets.fields import (
    CommitLineEdit,
    CommitTextEdit,
    NumberEdit,
    TagEdit,
    mixed_text,
    signals_blocked,
)
from mapstudio.ui.widgets.labels import MutedLabel
from mapstudio.ui.widgets.levels import LevelPicker

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


class CardPage(InspectorPage):
    """One or several cards: text, the kind's figures, colour, tags and evidence."""

    def __init__(self, dock: InspectorHost) -> None:
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
        described(
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
            channel, mixed = common_value([c.channel for c in cards])
            with signals_blocked(self.channel_combo):
                index = -1 if mixed else self.channel_combo.findData(channel)
                self.channel_combo.setCurrentIndex(index)
        for picker, name in (
            (self.severity, "severity"),
            (self.impact, "impact"),
            (self.effort, "effort"),
        ):
            level, mixed = common_value([getattr(c, name) for c in cards])
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

        evidence, mixed = common_value([c.evidence for c in cards])
        self.evidence_edit.set_value(evidence or "", mixed=mixed, force=force)

        color, mixed = common_value([c.color for c in cards])
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
        card = self._cards[0]
        self.dock.run_steps(
            lambda: set_card_picture(self.dock.document, self.target.map_id, card, asset)
        )

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
