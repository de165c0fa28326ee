"""Direct manipulation on the canvas: gestures in, one command per gesture out.

While the mouse is down only graphics items move; on release the gesture becomes a
single command (DESIGN.md rule 3) and the scene redraws from the new layout. Drop targets
come from the layout's hit-testing, so the canvas and the model agree on where a card
lands.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QGraphicsItem, QMenu

from mapstudio.edit import (
    AddBand,
    AddCard,
    AddEmotionPoint,
    AddStage,
    Command,
    DeleteCards,
    DeleteEmotionPoints,
    DeleteStage,
    Document,
    DuplicateCards,
    MoveBand,
    MoveCards,
    MoveEmotionPoint,
    MoveStage,
    PasteCards,
    RemoveBand,
    UpdateCard,
    UpdateLane,
    UpdatePersona,
    UpdateStage,
)
from mapstudio.layout import CardBox, CellBox, Hit, MapLayout
from mapstudio.model import (
    LANE_KIND_TITLES,
    CellKey,
    EmotionPoint,
    JourneyMap,
    LaneKind,
    Project,
    Stage,
    find_lane,
)
from mapstudio.ui.canvas.clipboard import cards_to_mime, read_clipboard
from mapstudio.ui.canvas.inline_edit import After, InlineEditor
from mapstudio.ui.canvas.items import (
    BandHeaderItem,
    CardItem,
    EmotionMarkerItem,
    HeaderItem,
    LaneLabelItem,
    StageHeaderItem,
    qrect,
)
from mapstudio.ui.canvas.overlay import DropIndicator, FloatingLabel
from mapstudio.ui.canvas.palette_entries import (
    EMOTION_KEY,
    ENTRIES,
    PALETTE_MIME,
    PERSONA_MIME,
    STAGE_KEY,
    PaletteEntry,
    accepts,
    new_card,
)
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.commands import run_command, run_steps
from mapstudio.ui.images import (
    CARD_PICTURE_MAX_SIDE,
    PHOTO_MAX_SIDE,
    ImageError,
    attach_picture,
    has_picture,
    image_from_mime,
    set_card_picture,
)
from mapstudio.ui.selection import SelectionModel, SelectionState

log = logging.getLogger(__name__)

_GRABBABLE = (CardItem, EmotionMarkerItem, StageHeaderItem, BandHeaderItem, LaneLabelItem)


@dataclass
class _Gesture:
    """A press that may become a drag once the pointer travels far enough."""

    kind: str  # "cards" | "marker" | "stage" | "band"
    press: QPointF
    item: QGraphicsItem
    started: bool = False
    origins: dict[QGraphicsItem, QPointF] = field(default_factory=dict)

    def lift(self) -> None:
        """Raise the dragged items above everything while they travel."""
        for item in self.origins:
            item.setZValue(item.zValue() + _LIFT)

    def put_back(self) -> None:
        """Return the items to where they were; the next layout places them for real."""
        for item, origin in self.origins.items():
            item.setPos(origin)
            if self.started:
                item.setZValue(item.zValue() - _LIFT)


_LIFT = 100.0
# Sideways travel (scene units) a dragged emotion point ignores: an up-or-down drag by
# hand is never perfectly straight, and it must not move the point along the stage.
_SIDEWAYS_SLACK = 4.0


def _text_area(box: CardBox, rect: QRectF, field_name: str, size: float) -> QRectF:
    """Where a card's title (or text) is drawn, a little larger: the in-place field
    covers exactly that, so the card's icon and the rest of it stay in view."""
    lines = box.title_lines if field_name == "title" else box.body_lines
    if not lines:  # an empty text: one line where it would start
        anchor = box.title_lines[-1] if box.title_lines else None
        left = anchor.x if anchor is not None else rect.width() * 0.15
        top = (anchor.y_baseline + size * 0.6) if field_name == "body" and anchor else 4.0
        return QRectF(rect.x() + left - 4, rect.y() + top, rect.width() - left + 2, size * 1.5 + 6)
    left = lines[0].x
    top = lines[0].y_baseline - size * 1.1
    height = lines[-1].y_baseline - lines[0].y_baseline + size * 1.5
    return QRectF(rect.x() + left - 4, rect.y() + top - 3, rect.width() - left + 2, height + 6)


class CanvasEditor(QObject):
    """Turns mouse, keyboard and drops on the map view into commands on the document."""

    message = Signal(str)  # a plain-words hint for the status bar
    persona_activated = Signal(str)
    collapse_toggled = Signal(str)  # persona id: fold or unfold that band (view state)
    hide_requested = Signal(str)  # persona id: leave that band out of the view

    def __init__(
        self,
        scene: MapScene,
        document: Document,
        selection: SelectionModel,
        current_map: Callable[[], JourneyMap],
        current_layout: Callable[[], MapLayout],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.document = document
        self.selection = selection
        self.current_map = current_map
        self.current_layout = current_layout
        self.indicator = DropIndicator()
        self.label = FloatingLabel()
        self._gesture: _Gesture | None = None
        self._header: HeaderItem | None = None  # the highlighted header or label
        self._inline: InlineEditor | None = None
        self._inline_owner: str | None = None  # the card, stage or lane being edited
        self._last_cell: Hit | None = None
        scene.selectionChanged.connect(self._publish_selection)

    # -- helpers -----------------------------------------------------------------------

    @property
    def map_id(self) -> str:
        return self.current_map().id

    def _layout(self) -> MapLayout:
        return self.scene.map_layout or self.current_layout()

    def _ensure_overlays(self) -> None:
        for item in (self.indicator, self.label):
            if item.scene() is not self.scene:
                self.scene.addItem(item)

    def hide_overlays(self) -> None:
        self._ensure_overlays()
        self.indicator.hide()
        self.label.hide()

    def run(self, command: Command) -> bool:
        """Execute a command; a refusal becomes a status-bar message, never an exception."""
        return run_command(self.document, command, self.message.emit)

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The topmost item a designer can grab at `pos` (cards and markers first)."""
        for item in self.scene.items(pos):
            if isinstance(item, _GRABBABLE):
                return item
        return None

    def _publish_selection(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene goes first when a window is torn down
        cards: list[str] = []
        points: list[str] = []
        stages: list[str] = []
        lanes: list[str] = []
        personas: list[str] = []
        for item in self.scene.selectedItems():
            if isinstance(item, CardItem):
                cards.append(item.card_id)
            elif isinstance(item, EmotionMarkerItem):
                points.append(item.point_id)
        header = self._header
        if isinstance(header, StageHeaderItem):
            stages.append(header.box.stage_id)
        elif isinstance(header, LaneLabelItem):
            lanes.append(header.box.lane_id)
        elif isinstance(header, BandHeaderItem) and header.box.persona_id is not None:
            personas.append(header.box.persona_id)
        self.selection.set_state(
            SelectionState(
                map_id=self.map_id,
                card_ids=self._in_map_order(cards),
                point_ids=tuple(sorted(points)),
                stage_ids=tuple(stages),
                lane_ids=tuple(lanes),
                persona_ids=tuple(personas),
            )
        )

    def _in_map_order(self, card_ids: list[str]) -> tuple[str, ...]:
        wanted = set(card_ids)
        return tuple(card.id for card in self.current_map().cards if card.id in wanted)

    def select_only(self, items: list[QGraphicsItem]) -> None:
        """Make `items` the selection (a header or label is highlighted instead)."""
        self.scene.blockSignals(True)
        self.scene.clearSelection()
        self._set_header(None)
        for item in items:
            if isinstance(item, HeaderItem):
                self._set_header(item)
            else:
                item.setSelected(True)
        self.scene.blockSignals(False)
        self._publish_selection()

    def _set_header(self, item: HeaderItem | None) -> None:
        if self._header is not None and self._header is not item:
            self._header.set_highlighted(False)
        self._header = item
        if item is not None:
            item.set_highlighted(True)

    def clear_selection(self) -> None:
        self.select_only([])

    def restore_selection(self, state: SelectionState) -> None:
        """Select the items of `state` again after the scene was rebuilt."""
        items: list[QGraphicsItem] = []
        items += [self.scene.card_items[i] for i in state.card_ids if i in self.scene.card_items]
        items += [
            self.scene.marker_items[i] for i in state.point_ids if i in self.scene.marker_items
        ]
        items += [self.scene.stage_items[i] for i in state.stage_ids if i in self.scene.stage_items]
        items += [self.scene.band_items[i] for i in state.persona_ids if i in self.scene.band_items]
        self.select_only(items)

    # -- mouse -------------------------------------------------------------------------

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        """A left press at scene `pos`; True when the editor takes the gesture."""
        self._commit_inline()
        item = self.item_at(pos)
        hit = self._layout().hit_test(pos.x(), pos.y())
        if hit is not None and hit.kind in ("cell", "card"):
            self._last_cell = hit
        if item is None:
            if self._header is not None:
                self.select_only([])
            return False  # empty paper: the view starts a rubber band
        toggle = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if modifiers & toggle and not isinstance(item, HeaderItem):
            self._set_header(None)
            item.setSelected(not item.isSelected())
            return True
        if isinstance(item, BandHeaderItem) and item.fold_marker_contains(item.mapFromScene(pos)):
            if item.box.persona_id is not None:
                self.collapse_toggled.emit(item.box.persona_id)
            return True
        if isinstance(item, HeaderItem):
            if item is not self._header:
                self.select_only([item])
        elif not item.isSelected():
            self.select_only([item])
        if isinstance(item, CardItem):
            dragged = [i for i in self.scene.selectedItems() if isinstance(i, CardItem)]
            self._gesture = _Gesture("cards", pos, item, origins={i: i.pos() for i in dragged})
        elif isinstance(item, EmotionMarkerItem):
            self.select_only([item])
            self._gesture = _Gesture("marker", pos, item, origins={item: item.pos()})
        elif isinstance(item, StageHeaderItem):
            self._gesture = _Gesture("stage", pos, item, origins={item: item.pos()})
        elif isinstance(item, BandHeaderItem) and item.box.persona_id is not None:
            self._gesture = _Gesture("band", pos, item, origins={item: item.pos()})
        return True

    def move(self, pos: QPointF) -> bool:
        gesture = self._gesture
        if gesture is None:
            return False
        if not gesture.started:
            distance = (pos - gesture.press).manhattanLength()
            if distance < QApplication.startDragDistance():
                return True
            gesture.started = True
            gesture.lift()
        self._ensure_overlays()
        delta = pos - gesture.press
        if gesture.kind == "cards":
            for item, origin in gesture.origins.items():
                item.setPos(origin + delta)
            self._show_card_target(self._card_target(pos))
        elif gesture.kind == "marker":
            self._drag_marker(gesture, pos)
        elif gesture.kind == "stage":
            item = gesture.item
            item.setPos(gesture.origins[item] + QPointF(delta.x(), 0.0))
            self._show_stage_gap(self._layout().stage_insert_index(pos.x()))
        elif gesture.kind == "band":
            item = gesture.item
            item.setPos(gesture.origins[item] + QPointF(0.0, delta.y()))
            self._show_band_gap(self._layout().band_insert_index(pos.y()))
        return True

    def release(self, pos: QPointF) -> bool:
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return False
        self.hide_overlays()
        gesture.put_back()
        if not gesture.started:
            return True
        command = self._drop_command(gesture, pos)
        if command is not None:
            state = self.selection.state
            if self.run(command):
                self.restore_selection(state)
        return True

    @property
    def dragging(self) -> bool:
        """Whether a card, marker or header is being dragged right now."""
        return self._gesture is not None and self._gesture.started

    def cancel_gesture(self) -> None:
        """Esc while dragging: everything goes back where it was."""
        if self._gesture is None:
            return
        gesture, self._gesture = self._gesture, None
        gesture.put_back()
        self.hide_overlays()

    def _drop_command(self, gesture: _Gesture, pos: QPointF) -> Command | None:
        map_id = self.map_id
        if gesture.kind == "cards":
            target = self._card_target(pos)
            if target is None:
                self.message.emit(self.tr("Cards can only be dropped into a card lane."))
                return None
            card_ids = self._in_map_order(
                [i.card_id for i in gesture.origins if isinstance(i, CardItem)]
            )
            if not card_ids:
                return None
            return MoveCards(
                map_id,
                card_ids,
                target.persona_id,
                target.lane_id or "",
                target.stage_id or "",
                target.slot,
            )
        if gesture.kind == "marker":
            assert isinstance(gesture.item, EmotionMarkerItem)
            placed = self._marker_place(gesture, pos)
            if placed is None:
                return None
            stage_id, offset, score = placed
            return MoveEmotionPoint(map_id, gesture.item.point_id, stage_id, offset, score)
        if gesture.kind == "stage":
            assert isinstance(gesture.item, StageHeaderItem)
            stage_id = gesture.item.box.stage_id
            stages = [s.id for s in self.current_map().stages]
            if stage_id not in stages:
                return None  # removed while the mouse was down (undo, reload)
            old = stages.index(stage_id)
            gap = self._layout().stage_insert_index(pos.x())
            new = gap - 1 if gap > old else gap
            return None if new == old else MoveStage(map_id, stage_id, new)
        if gesture.kind == "band":
            assert isinstance(gesture.item, BandHeaderItem)
            persona_id = gesture.item.box.persona_id
            assert persona_id is not None
            bands = list(self.current_map().bands)
            if persona_id not in bands:
                return None
            old = bands.index(persona_id)
            gap = self._layout().band_insert_index(pos.y())
            new = gap - 1 if gap > old else gap
            return None if new == old else MoveBand(map_id, persona_id, new)
        return None

    # -- drop targets ------------------------------------------------------------------

    def _card_target(self, pos: QPointF) -> Hit | None:
        hit = self._layout().hit_test(pos.x(), pos.y())
        if hit is None or hit.kind not in ("card", "cell"):
            return None
        return hit

    def _show_card_target(self, hit: Hit | None) -> None:
        if hit is None or hit.lane_id is None or hit.stage_id is None:
            self.indicator.hide()
            return
        ml = self._layout()
        cell = ml.cells.get((hit.persona_id, hit.lane_id, hit.stage_id))  # type: ignore[call-overload]
        if cell is None:
            self.indicator.hide()
            return
        rect = qrect(cell.rect)
        slot = hit.slot or 0
        ids = cell.card_ids
        gap = ml.style.card_gap
        if not ids:
            y = rect.top() + ml.style.cell_padding / 2
        elif slot < len(ids):
            y = ml.cards[ids[slot]].rect.y - gap / 2
        else:
            y = ml.cards[ids[-1]].rect.bottom + gap / 2
        pad = ml.style.cell_padding
        self.indicator.show_target(
            rect, (QPointF(rect.left() + pad, y), QPointF(rect.right() - pad, y))
        )

    def _show_stage_gap(self, gap: int) -> None:
        ml = self._layout()
        columns = ml.columns
        if not columns:
            return
        x = columns[gap].x if gap < len(columns) else columns[-1].x + columns[-1].w
        self.indicator.show_target(QRectF(), (QPointF(x, 0.0), QPointF(x, ml.height)))

    def _show_band_gap(self, gap: int) -> None:
        ml = self._layout()
        bands = [b for b in ml.bands if b.persona_id is not None]
        if not bands:
            return
        y = bands[gap].rect.y if gap < len(bands) else bands[-1].rect.bottom
        self.indicator.show_target(QRectF(), (QPointF(0.0, y), QPointF(ml.width, y)))

    def _stage_at_x(self, x: float) -> str | None:
        columns = self._layout().columns
        if not columns:
            return None
        edges = [c.x for c in columns]
        index = max(0, min(len(columns) - 1, bisect_right(edges, x) - 1))
        return columns[index].stage_id

    def _marker_place(self, gesture: _Gesture, pos: QPointF) -> tuple[str, float, int] | None:
        """Where a dragged marker lands: its own centre moved by the pointer's travel.

        The pointer rarely grips a marker at its exact centre and is rounded to whole
        pixels, so reading the place from the pointer itself would nudge a point that was
        only dragged up or down. Sideways travel within a few pixels is hand wobble: the
        point keeps its stage and offset exactly, and only its score follows the pointer.
        """
        item = gesture.item
        assert isinstance(item, EmotionMarkerItem)
        ml = self._layout()
        point = self._point(item.point_id)
        if point is None or point.persona_id not in ml.curves:
            return None
        if all(column.stage_id != point.stage_id for column in ml.columns):
            return None  # its stage went while the mouse was down (undo, reload)
        curve = ml.curves[point.persona_id]
        delta = pos - gesture.press
        score = ml.score_at(point.persona_id, curve.y_of(point.score) + delta.y())
        if abs(delta.x()) <= _SIDEWAYS_SLACK:
            return point.stage_id, point.offset, score
        column = ml.column(point.stage_id)
        centre_x = column.x + point.offset * column.w + delta.x()
        stage_id = self._stage_at_x(centre_x)
        if stage_id is None:
            return None
        return stage_id, ml.offset_at(stage_id, centre_x), score

    def _point(self, point_id: str) -> EmotionPoint | None:
        for point in self.current_map().emotion_points:
            if point.id == point_id:
                return point
        return None

    def _persona_of_point(self, point_id: str) -> str | None:
        for point in self.current_map().emotion_points:
            if point.id == point_id:
                return point.persona_id
        return None

    def _drag_marker(self, gesture: _Gesture, pos: QPointF) -> None:
        item = gesture.item
        assert isinstance(item, EmotionMarkerItem)
        placed = self._marker_place(gesture, pos)
        if placed is None:
            return
        stage_id, offset, score = placed
        ml = self._layout()
        persona_id = self._persona_of_point(item.point_id)
        assert persona_id is not None
        curve = ml.curves[persona_id]
        column = ml.column(stage_id)
        x = column.x + offset * column.w
        y = curve.y_of(score)
        radius = item.marker.rect.w / 2
        item.setPos(x - radius, y - radius)  # snapped to the step under the pointer
        scale = self.current_map().emotion_scale
        self.label.show_text(scale.step_text(score), QPointF(x + radius + 4, y))

    # -- double-click: add or edit in place ---------------------------------------------

    def double_click(self, pos: QPointF) -> bool:
        item = self.item_at(pos)
        if isinstance(item, CardItem):
            self.edit_card_text(item.card_id, pos)
            return True
        if isinstance(item, StageHeaderItem):
            self.rename_stage(item.box.stage_id)
            return True
        if isinstance(item, LaneLabelItem):
            self.rename_lane(item.box.lane_id, item.box.persona_id)
            return True
        if isinstance(item, BandHeaderItem):
            if item.box.persona_id is not None:
                self.persona_activated.emit(item.box.persona_id)
            return True
        hit = self._layout().hit_test(pos.x(), pos.y())
        if hit is None:
            return False
        if hit.kind == "cell":
            self.add_card_in_cell(hit, edit=True)
            return True
        if hit.kind == "emotion" and hit.persona_id and hit.stage_id and not hit.point_id:
            self.add_emotion_point(hit.persona_id, pos)
            return True
        return False

    def add_card_in_cell(
        self, hit: Hit, edit: bool = False, kind: LaneKind | None = None, channel=None
    ) -> str | None:
        """Add a card of the lane's kind (or `kind`) at the hit's slot; returns its id."""
        assert hit.lane_id is not None and hit.stage_id is not None
        lane = find_lane(self.current_map(), hit.lane_id)
        card = new_card(kind or lane.kind, lane.id, hit.stage_id, hit.persona_id, channel)
        label = f"Add {card.title.removeprefix('New ').capitalize()}"
        command = _Labelled(AddCard(self.map_id, card, hit.slot), label)
        if not self.run(command):
            return None
        if card.id in self.scene.card_items:
            self.select_only([self.scene.card_items[card.id]])
            if edit:
                self._edit_new_card(command)
        return card.id

    def add_emotion_point(self, persona_id: str, pos: QPointF) -> str | None:
        ml = self._layout()
        stage_id = self._stage_at_x(pos.x())
        if stage_id is None or persona_id not in ml.curves:
            return None
        point = EmotionPoint(
            persona_id=persona_id,
            stage_id=stage_id,
            offset=ml.offset_at(stage_id, pos.x()),
            score=ml.score_at(persona_id, pos.y()),
        )
        if self.run(AddEmotionPoint(self.map_id, point)):
            item = self.scene.marker_items.get(point.id)
            if item is not None:
                self.select_only([item])
            return point.id
        return None

    def edit_card_text(
        self,
        card_id: str,
        pos: QPointF | None,
        field_name: str = "",
        added_by: _Labelled | None = None,
    ) -> None:
        """Edit a card's title (or its body, when double-clicked below the title).

        `added_by`: the command that has just added this card. Its title then joins that
        step (one undo step adds the card with its title), and Esc takes the card away
        again, as long as nothing else changed the project in between."""
        item = self.scene.card_items.get(card_id)
        if item is None:
            return
        box = item.box
        card = next(c for c in self.current_map().cards if c.id == card_id)
        style = self._layout().style
        rect = qrect(box.rect)
        if not field_name:
            field_name = "title"
            if pos is not None and box.title_lines and box.body_lines:
                last_title = box.title_lines[-1]
                if pos.y() - box.rect.y > last_title.y_baseline + 4:
                    field_name = "body"
        font = style.card_title_font if field_name == "title" else style.card_body_font
        text = card.title if field_name == "title" else card.body
        map_id = self.map_id
        edit_rect = _text_area(box, rect, field_name, font.size)

        fresh_project = self.document.project if added_by is not None else None

        def still_fresh() -> bool:
            return fresh_project is not None and self.document.project is fresh_project

        def commit(new_text: str, after: After) -> None:
            value = new_text.strip() if field_name == "title" else new_text.rstrip()
            if value != text and still_fresh() and added_by is not None:
                inner = added_by.command
                assert isinstance(inner, AddCard)
                titled = replace(inner, card=inner.card.model_copy(update={field_name: value}))
                self.document.undo()
                if self.run(_Labelled(titled, added_by.label)):
                    self._select_card(card_id)  # selected again, as it was
            elif value != text:
                self.run(UpdateCard(map_id, card_id, {field_name: value}))
            self._after_card_edit(card_id, after)

        def escape() -> None:
            if still_fresh():
                self.document.undo()  # Esc on a card just added: it was never wanted

        self._start_inline(
            edit_rect,
            text,
            font,
            commit,
            multiline=field_name == "body",
            owner_id=card_id,
            on_escape=escape,
        )

    def _after_card_edit(self, card_id: str, after: After) -> None:
        """Tab, Shift+Tab and Ctrl+Enter in a card's editor: go on from that card."""
        if after is After.NOTHING or card_id not in self.scene.card_items:
            return
        if after is After.ADD_BELOW:
            self.select_only([self.scene.card_items[card_id]])
            self.add_card_at_cursor()
            return
        order = self._layout().cards_in_reading_order()
        index = order.index(card_id) + (1 if after is After.NEXT else -1)
        if 0 <= index < len(order):
            self._select_card(order[index])
            self.edit_card_text(order[index], None, "title")
        else:
            self._select_card(card_id)

    def rename_stage(self, stage_id: str) -> None:
        item = self.scene.stage_items.get(stage_id)
        if item is None:
            return
        stage = next(s for s in self.current_map().stages if s.id == stage_id)
        map_id = self.map_id

        def commit(text: str, after: After) -> None:
            name = " ".join(text.split())
            if name and name != stage.name:
                self.run(UpdateStage(map_id, stage_id, {"name": name}))
            step = {After.NEXT: 1, After.PREVIOUS: -1}.get(after)
            stages = [s.id for s in self.current_map().stages]
            if step and stage_id in stages and 0 <= stages.index(stage_id) + step < len(stages):
                following = stages[stages.index(stage_id) + step]
                self.select_only([self.scene.stage_items[following]])
                self.rename_stage(following)

        style = self._layout().style
        self._start_inline(
            qrect(item.box.rect).adjusted(4, 6, -4, -6),
            stage.name,
            style.stage_header_font,
            commit,
            multiline=False,
            owner_id=stage_id,
        )

    def rename_lane(self, lane_id: str, persona_id: str | None) -> None:
        item = self.scene.lane_items.get((lane_id, persona_id))
        if item is None:
            return
        lane = find_lane(self.current_map(), lane_id)
        map_id = self.map_id

        def commit(text: str, after: After) -> None:
            title = " ".join(text.split())
            if title and title != lane.title:
                self.run(UpdateLane(map_id, lane_id, {"title": title}))
            step = {After.NEXT: 1, After.PREVIOUS: -1}.get(after)
            labels = list(self.scene.lane_items)
            key = (lane_id, persona_id)
            if step and key in labels and 0 <= labels.index(key) + step < len(labels):
                self.rename_lane(*labels[labels.index(key) + step])

        rect = qrect(item.box.rect)
        rect.setHeight(min(rect.height(), 40.0))
        self._start_inline(
            rect.adjusted(4, 4, -4, 0),
            lane.title,
            self._layout().style.lane_label_font,
            commit,
            multiline=False,
            owner_id=lane_id,
        )

    def _start_inline(
        self,
        rect: QRectF,
        text: str,
        font,
        commit: Callable[[str, After], None],
        multiline: bool,
        owner_id: str | None = None,
        on_escape: Callable[[], None] | None = None,
    ) -> None:
        self._commit_inline()
        views = self.scene.views()
        if not views:
            return
        self.hide_overlays()
        views[0].ensureVisible(rect, 40, 40)  # a card added out of sight comes into view
        self._inline = InlineEditor(
            views[0],
            rect,
            text,
            font,
            commit,
            multiline=multiline,
            on_finished=self._inline_done,
            on_escape=on_escape,
        )
        self._inline_owner = owner_id

    def forget_cell(self) -> None:
        """Forget the keyboard cursor cell (the map on screen changed)."""
        self._last_cell = None

    def commit_inline(self) -> None:
        """Apply text still being typed in place (before save, close, export, map switch)."""
        self._commit_inline()

    def forget_stale_state(self) -> None:
        """After the document changed: drop a gesture, an in-place edit or a keyboard
        cursor whose card, stage, lane or band no longer exists."""
        self.cancel_gesture()
        journey_map = self.current_map()
        owner = self._inline_owner
        if self._inline is not None and self._inline.active and owner is not None:
            alive = (
                {c.id for c in journey_map.cards}
                | {s.id for s in journey_map.stages}
                | {ln.id for ln in journey_map.lanes}
            )
            if owner not in alive:
                self._inline.cancel()
        self._cursor_cell()  # forgets a remembered cell that is gone

    def _inline_done(self) -> None:
        self._inline = None

    def _commit_inline(self) -> None:
        if self._inline is not None and self._inline.active:
            self._inline.commit()

    @property
    def inline_editor(self) -> InlineEditor | None:
        return self._inline

    def cursor_cell_key(self) -> list[str | None] | None:
        """(persona, lane, stage) of the keyboard cursor, for the status bar and tests."""
        cursor = self._cursor_cell()
        return None if cursor is None else [cursor[0], cursor[1], cursor[2]]

    # -- drops from the palette and the personas dock ------------------------------------

    def understands(self, mime: QMimeData) -> bool:
        """Whether a drag carries something the canvas can take somewhere."""
        return mime.hasFormat(PALETTE_MIME) or mime.hasFormat(PERSONA_MIME) or has_picture(mime)

    def drop_command(self, mime: QMimeData, pos: QPointF) -> Command | None:
        """What dropping `mime` at `pos` would do, or None where it cannot go."""
        plan = self._drop_plan(mime, pos)
        return None if isinstance(plan, str) else plan

    def _drop_plan(self, mime: QMimeData, pos: QPointF) -> Command | str:
        """The command a drop at `pos` makes, or in plain words why it cannot go there."""
        map_id = self.map_id
        ml = self._layout()
        if mime.hasFormat(PERSONA_MIME):
            dragged = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8", "replace")
            if dragged in self.current_map().bands:
                return self.tr("This persona already has a band on this map.")
            return AddBand(map_id, dragged, ml.band_insert_index(pos.y()))
        if not mime.hasFormat(PALETTE_MIME):
            return ""
        key = bytes(mime.data(PALETTE_MIME).data()).decode("utf-8", "replace")
        entry = ENTRIES.get(key)
        if entry is None:
            return ""
        hit = ml.hit_test(pos.x(), pos.y())
        if entry.key == STAGE_KEY:
            if hit is None or hit.kind != "stage_header":
                return self.tr("Drop a stage on the row of stage headers, between two stages.")
            index = ml.stage_insert_index(pos.x())
            return AddStage(map_id, Stage(name="New stage"), index)
        if entry.key == EMOTION_KEY:
            if hit is None or hit.kind != "emotion" or hit.persona_id is None:
                return self.tr(
                    "Drop an emotion point in a persona's Emotions lane, at the height "
                    "of the feeling."
                )
            stage_id = hit.stage_id or ""
            point = EmotionPoint(
                persona_id=hit.persona_id,
                stage_id=stage_id,
                offset=ml.offset_at(stage_id, pos.x()),
                score=ml.score_at(hit.persona_id, pos.y()),
            )
            return AddEmotionPoint(map_id, point)
        where = self.tr("Drop %1 in a cell of the map.").replace("%1", entry.title.lower())
        if hit is None or hit.stage_id is None:
            return where
        slot = hit.slot
        lane = (
            find_lane(self.current_map(), hit.lane_id)
            if hit.kind in ("cell", "card") and hit.lane_id is not None
            else None
        )
        if lane is None or not accepts(entry, lane.kind):
            # A card of another kind goes into the lane of its kind, in the same band
            # and stage, at the end of that cell.
            cell = self._cell_of_kind(entry, hit.persona_id, hit.stage_id)
            if cell is None:
                kind = entry.kind or LaneKind.NOTES
                return (
                    self.tr("This band has no %1 lane: Map ▸ Lanes adds one.").replace(
                        "%1", LANE_KIND_TITLES[kind]
                    )
                    if hit.kind in ("cell", "card", "emotion", "lane_label", "band_header")
                    else where
                )
            lane = find_lane(self.current_map(), cell.key.lane_id)
            persona_id, slot = cell.key.persona_id, None
        else:
            persona_id = hit.persona_id
        card = new_card(entry.kind or lane.kind, lane.id, hit.stage_id, persona_id, entry.channel)
        return _Labelled(AddCard(map_id, card, slot), f"Add {entry.title.split(' · ')[0]}")

    def _cell_of_kind(
        self, entry: PaletteEntry, persona_id: str | None, stage_id: str
    ) -> CellBox | None:
        """The cell of the entry's own lane kind in a band and stage, if the map has one."""
        if entry.kind is None or entry.kind is LaneKind.EMOTIONS:
            return None
        ml = self._layout()
        found = [
            ml.cells[key]
            for key in ml.cells_in_reading_order()
            if key.stage_id == stage_id and ml.cells[key].kind is entry.kind
        ]
        # The persona's own lane first; a shared lane of that kind otherwise.
        for wanted in (persona_id, None):
            for cell in found:
                if cell.key.persona_id == wanted:
                    return cell
        return None

    def picture_target(self, mime: QMimeData, pos: QPointF) -> tuple[str, str] | None:
        """Where a picture dropped at `pos` would go: ("card", card id) or ("persona",
        persona id) for a persona band's header; None elsewhere or for no picture."""
        if not has_picture(mime):
            return None
        hit = self._layout().hit_test(pos.x(), pos.y())
        if hit is None:
            return None
        if hit.kind == "card" and hit.card_id is not None:
            return "card", hit.card_id
        if hit.kind == "band_header" and hit.persona_id is not None:
            return "persona", hit.persona_id
        return None

    def _show_picture_target(self, target: tuple[str, str]) -> None:
        kind, target_id = target
        ml = self._layout()
        if kind == "card":
            rect = qrect(ml.cards[target_id].rect)
        else:
            band = next(b for b in ml.bands if b.persona_id == target_id)
            rect = qrect(band.header_rect)
        self.indicator.show_target(rect, None)

    def drop_picture(self, mime: QMimeData, target: tuple[str, str]) -> bool:
        """Embed the picture in `mime` on a card or as a persona's photo, one undo step.
        The image is decoded only here, never while the drag moves."""
        kind, target_id = target
        try:
            asset = image_from_mime(
                mime, CARD_PICTURE_MAX_SIDE if kind == "card" else PHOTO_MAX_SIDE
            )
            if asset is None:
                return False
            if kind == "card":
                card = next((c for c in self.current_map().cards if c.id == target_id), None)
                if card is None:
                    return False
                steps = partial(set_card_picture, self.document, self.map_id, card, asset)
            else:
                persona = next(
                    (p for p in self.document.project.personas if p.id == target_id), None
                )
                if persona is None:
                    return False
                steps = partial(
                    attach_picture,
                    self.document,
                    self.tr("Set Persona Photo"),
                    asset,
                    persona.photo_asset_id,
                    lambda asset_id: UpdatePersona(target_id, {"photo_asset_id": asset_id}),
                )
        except ImageError as error:
            log.info("picture refused: %s", error)
            self.message.emit(str(error))
            return False
        if not run_steps(steps, self.message.emit):
            return False
        if kind == "card" and target_id in self.scene.card_items:
            self.select_only([self.scene.card_items[target_id]])
        return True

    def drag_move(self, mime: QMimeData, pos: QPointF) -> bool:
        """Show where a drop would land; False (a "no" cursor, and the reason in the
        status bar) where it cannot."""
        self._ensure_overlays()
        plan = self._drop_plan(mime, pos)
        if isinstance(plan, str):
            target = self.picture_target(mime, pos)
            if target is not None:
                self._show_picture_target(target)
                return True
            self.hide_overlays()
            if plan:
                self.message.emit(plan)
            return False
        self.message.emit("")
        inner = plan.command if isinstance(plan, _Labelled) else plan
        ml = self._layout()
        if isinstance(inner, AddCard):
            card = inner.card
            end = len(ml.cells[CellKey(card.persona_id, card.lane_id, card.stage_id)].card_ids)
            slot = inner.slot if inner.slot is not None else end
            self._show_card_target(
                Hit("cell", card.persona_id, card.lane_id, card.stage_id, slot=slot)
            )
        elif isinstance(inner, AddStage):
            self._show_stage_gap(inner.index or 0)
        elif isinstance(inner, AddBand):
            self._show_band_gap(inner.index or 0)
        elif isinstance(inner, AddEmotionPoint):
            point = inner.point
            curve = ml.curves[point.persona_id]
            y = curve.y_of(point.score)
            column = ml.column(point.stage_id)
            self.indicator.show_target(
                QRectF(column.x, curve.rect.y, column.w, curve.rect.h),
                (QPointF(column.x + 6, y), QPointF(column.x + column.w - 6, y)),
            )
            scale = self.current_map().emotion_scale
            self.label.show_text(
                scale.label(point.score), QPointF(column.x + point.offset * column.w + 10, y)
            )
        return True

    def drop(self, mime: QMimeData, pos: QPointF) -> bool:
        self.hide_overlays()
        self.message.emit("")  # the hint shown while dragging is over
        command = self.drop_command(mime, pos)
        if command is None:
            target = self.picture_target(mime, pos)
            return target is not None and self.drop_picture(mime, target)
        ok = self.run(command)
        if ok:
            inner = command.command if isinstance(command, _Labelled) else command
            if isinstance(inner, AddCard) and inner.card.id in self.scene.card_items:
                self.select_only([self.scene.card_items[inner.card.id]])
                # Open the title for typing once the drag has finished: until then the
                # drag's source (the palette) still holds the keyboard.
                added = command if isinstance(command, _Labelled) else _Labelled(inner, "Add Card")
                QTimer.singleShot(0, lambda: self._edit_new_card(added))
            elif isinstance(inner, AddStage):
                stage_id = inner.stage.id
                QTimer.singleShot(0, lambda: self.rename_stage(stage_id))
        return ok

    def _edit_new_card(self, added_by: _Labelled) -> None:
        inner = added_by.command
        assert isinstance(inner, AddCard)
        if inner.card.id in self.scene.card_items:
            self.edit_card_text(inner.card.id, None, "title", added_by=added_by)

    # -- keyboard and clipboard -----------------------------------------------------------

    def delete_selection(self) -> bool:
        state = self.selection.state
        commands: list[Command] = []
        if state.card_ids:
            commands.append(DeleteCards(self.map_id, state.card_ids))
        if state.point_ids:
            commands.append(DeleteEmotionPoints(self.map_id, state.point_ids))
        if not commands and state.stage_ids:
            commands += [DeleteStage(self.map_id, s) for s in state.stage_ids]
        if not commands:
            return False
        label = commands[0].label if len(commands) == 1 else "Delete Selection"
        with self.document.transaction(label):
            for command in commands:
                if not self.run(command):
                    break
        self.select_only([])
        return True

    def copy_selection(self) -> bool:
        cards = self._selected_cards()
        if not cards:
            return False
        QGuiApplication.clipboard().setMimeData(cards_to_mime(cards, self.current_map()))
        self.message.emit(self.tr("Copied %n card(s)", "", len(cards)))
        return True

    def cut_selection(self) -> bool:
        if not self.copy_selection():
            return False
        state = self.selection.state
        self.run(_Labelled(DeleteCards(self.map_id, state.card_ids), "Cut"))
        return True

    def paste(self) -> bool:
        mime = QGuiApplication.clipboard().mimeData()
        pasted = read_clipboard(mime)
        cards = list(pasted.cards)
        if not cards:
            selected = self.selection.state.card_ids
            if len(selected) == 1 and has_picture(mime):
                # A picture pasted onto the one selected card becomes its picture.
                return self.drop_picture(mime, ("card", selected[0]))
            self.message.emit(
                pasted.refused or self.tr("There are no cards on the clipboard to paste.")
            )
            return False
        target = self._paste_target()
        if target is None:
            self.message.emit(self.tr("Click a cell first to choose where to paste."))
            return False
        persona_id, lane_id, stage_id, slot = target
        command = PasteCards(self.map_id, tuple(cards), persona_id, lane_id, stage_id, slot)
        if self.run(command):
            self.select_only(
                [
                    self.scene.card_items[i]
                    for i in command.new_card_ids
                    if i in self.scene.card_items
                ]
            )
            return True
        return False

    def duplicate_selection(self) -> bool:
        state = self.selection.state
        if not state.card_ids:
            return False
        command = DuplicateCards(self.map_id, state.card_ids)
        if self.run(command):
            self.select_only(
                [
                    self.scene.card_items[i]
                    for i in command.new_card_ids
                    if i in self.scene.card_items
                ]
            )
            return True
        return False

    def select_all(self) -> None:
        self.select_only(list(self.scene.card_items.values()))

    def _selected_cards(self) -> list:
        wanted = set(self.selection.state.card_ids)
        return [card for card in self.current_map().cards if card.id in wanted]

    def _paste_target(self) -> tuple[str | None, str, str, int | None] | None:
        selected = self._selected_cards()
        if selected:
            last = selected[-1]
            return last.persona_id, last.lane_id, last.stage_id, last.order + 1
        hit = self._last_cell
        if hit is not None and hit.lane_id and hit.stage_id:
            ml = self._layout()
            if (hit.persona_id, hit.lane_id, hit.stage_id) in ml.cells:
                return hit.persona_id, hit.lane_id, hit.stage_id, None
        for cell in self._layout().cells.values():
            if cell.accepts_cards:
                return cell.key.persona_id, cell.key.lane_id, cell.key.stage_id, None
        return None

    # -- keyboard: move the selection, move cards, add and edit ----------------------------

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """Handle a key on the canvas; True when it was used."""
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows:
            dx, dy = arrows[key]
            if modifiers & Qt.KeyboardModifier.AltModifier:
                return self.move_selected_cards(dx, dy)
            return self.step_selection(dx, dy)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            return self.add_card_at_cursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            state = self.selection.state
            if len(state.card_ids) == 1:
                self.edit_card_text(state.card_ids[0], None)
                return True
            if len(state.stage_ids) == 1:
                self.rename_stage(state.stage_ids[0])
                return True
            if state.is_empty:
                # Enter on an empty cell under the keyboard cursor starts a card there.
                return self.add_card_at_cursor()
        return False

    def _cursor_cell(self) -> tuple[str | None, str, str, int] | None:
        """(persona, lane, stage, slot) of the keyboard cursor: the selected card's cell,
        or the last cell clicked."""
        cells = self._layout().cells
        cards = self._selected_cards()
        if cards:
            card = cards[-1]
            cell = cells.get(CellKey(card.persona_id, card.lane_id, card.stage_id))
            if cell is not None and card.id in cell.card_ids:
                return card.persona_id, card.lane_id, card.stage_id, cell.card_ids.index(card.id)
        hit = self._last_cell
        # The remembered cell may be gone: another map, a folded band, a deleted stage.
        if hit is not None and hit.lane_id and hit.stage_id:
            cell = cells.get(CellKey(hit.persona_id, hit.lane_id, hit.stage_id))
            if cell is not None and cell.accepts_cards:
                return hit.persona_id, hit.lane_id, hit.stage_id, 0
        self._last_cell = None
        return None

    def ensure_cursor(self) -> bool:
        """With nothing selected and no cursor cell, put the cursor on the first cell,
        so that keys on an empty map have somewhere to go."""
        if self._cursor_cell() is not None or not self.selection.state.is_empty:
            return False
        cells = self._layout().cells_in_reading_order()
        if not cells:
            return False
        first = cells[0]
        # Only the cursor: arriving on the canvas never changes the selection.
        self._last_cell = Hit("cell", first.persona_id, first.lane_id, first.stage_id, slot=0)
        self._show_cursor_cell()
        return True

    def _reading_stops(self) -> list[str | CellKey]:
        """Where Tab stops: every card, and every cell without cards, in reading order."""
        ml = self._layout()
        stops: list[str | CellKey] = []
        for key in ml.cells_in_reading_order():
            ids = ml.cells[key].card_ids
            stops.extend(ids if ids else (key,))
        return stops

    def _go_to_stop(self, index: int) -> bool:
        stops = self._reading_stops()
        if not 0 <= index < len(stops):
            return False
        stop = stops[index]
        if isinstance(stop, str):
            return self._select_card(stop)
        self._last_cell = Hit("cell", stop.persona_id, stop.lane_id, stop.stage_id, slot=0)
        self.select_only([])
        self._show_cursor_cell()
        return True

    def step_reading_order(self, step: int) -> bool:
        """Tab (+1) and Shift+Tab (-1): the next card or empty cell in reading order."""
        stops = self._reading_stops()
        if not stops:
            return False
        cards = self._selected_cards()
        if cards:
            here: str | CellKey | None = cards[-1].id if step > 0 else cards[0].id
        else:
            cursor = self._cursor_cell()
            here = None if cursor is None else CellKey(cursor[0], cursor[1], cursor[2])
        if isinstance(here, CellKey) and here not in stops:
            # The cursor cell has cards now: go on from its last (or first) card.
            ids = self._layout().cells[here].card_ids
            here = ids[-1] if step > 0 else ids[0]
        if here is None or here not in stops:
            return self._go_to_stop(0 if step > 0 else len(stops) - 1)
        index = stops.index(here) + step
        if not 0 <= index < len(stops):
            return True  # at the first or last stop: stay, the key is used
        return self._go_to_stop(index)

    def step_selection(self, dx: int, dy: int) -> bool:
        """Select the neighbouring card (up/down in a cell, or the next cell's card);
        up from the first lane reaches the stage headers, which left and right walk."""
        ml = self._layout()
        stages = [c.stage_id for c in ml.columns]
        state = self.selection.state
        if len(state.stage_ids) == 1 and state.stage_ids[0] in stages and not state.card_ids:
            return self._step_from_stage_header(stages, stages.index(state.stage_ids[0]), dx, dy)
        cursor = self._cursor_cell()
        if cursor is None:
            return self._go_to_stop(0)
        persona_id, lane_id, stage_id, index = cursor
        rows = [
            (r.persona_id, r.lane_id)
            for r in ml.rows
            if r.kind == "lane" and r.lane_kind is not LaneKind.EMOTIONS
        ]
        row = rows.index((persona_id, lane_id))
        column = stages.index(stage_id)
        ids = ml.cells[(persona_id, lane_id, stage_id)].card_ids  # type: ignore[index]
        if dy and 0 <= index + dy < len(ids) and self.selection.state.card_ids:
            return self._select_card(ids[index + dy])
        row, column = row + dy, column + dx
        if row < 0 and 0 <= column < len(stages):
            return self._select_stage_header(stages[column])
        if 0 <= row < len(rows) and 0 <= column < len(stages):
            p, lane = rows[row]
            cell_ids = ml.cells[(p, lane, stages[column])].card_ids  # type: ignore[index]
            if cell_ids:
                return self._select_card(cell_ids[-1] if dy < 0 else cell_ids[0])
            # An empty cell becomes the cursor, so Ctrl+Enter can add a card there.
            self._last_cell = Hit("cell", p, lane, stages[column], slot=0)
            self.select_only([])
            self._show_cursor_cell()
            return True
        return False

    def _select_stage_header(self, stage_id: str) -> bool:
        item = self.scene.stage_items.get(stage_id)
        if item is None:
            return False
        self.hide_overlays()
        self.select_only([item])
        for view in self.scene.views():
            view.ensureVisible(item, 40, 40)
        self.message.emit(self.tr("Stage — Enter renames it, Down goes to its cells"))
        return True

    def _step_from_stage_header(self, stages: list[str], column: int, dx: int, dy: int) -> bool:
        if dx:
            if 0 <= column + dx < len(stages):
                return self._select_stage_header(stages[column + dx])
            return True
        if dy > 0:
            # Down: the first cell of that column that takes cards (or its first card).
            ml = self._layout()
            for key in ml.cells_in_reading_order():
                if key.stage_id == stages[column]:
                    ids = ml.cells[key].card_ids
                    return self._go_to_stop(self._reading_stops().index(ids[0] if ids else key))
        return True

    def _select_card(self, card_id: str) -> bool:
        item = self.scene.card_items.get(card_id)
        if item is None:
            return False
        self.hide_overlays()
        self.select_only([item])
        for view in self.scene.views():
            view.ensureVisible(item, 40, 40)
        return True

    def _show_cursor_cell(self) -> None:
        hit = self._last_cell
        if hit is None:
            return
        cell = self._layout().cells.get((hit.persona_id, hit.lane_id, hit.stage_id))  # type: ignore[call-overload]
        if cell is not None:
            self._ensure_overlays()
            self.indicator.show_target(qrect(cell.rect), None)
            for view in self.scene.views():
                view.ensureVisible(qrect(cell.rect), 40, 40)
            self.message.emit(self.tr("Empty cell — Ctrl+Enter adds a card here"))

    def move_selected_cards(self, dx: int, dy: int) -> bool:
        """Alt+arrows: move the selected cards one slot up/down or one stage sideways."""
        cards = self._selected_cards()
        if not cards:
            return False
        first, last = cards[0], cards[-1]
        ml = self._layout()
        key = (first.persona_id, first.lane_id, first.stage_id)
        ids = ml.cells[key].card_ids  # type: ignore[index]
        if dx == 0:
            if any((c.persona_id, c.lane_id, c.stage_id) != key for c in cards):
                return False
            start = ids.index(first.id)
            end = ids.index(last.id)
            if (dy < 0 and start == 0) or (dy > 0 and end == len(ids) - 1):
                return True  # already at the edge: nothing to do, but the key is used
            slot = start - 1 if dy < 0 else end + 2
            command: Command = MoveCards(self.map_id, tuple(c.id for c in cards), *key, slot)
        else:
            stages = [c.stage_id for c in ml.columns]
            column = stages.index(first.stage_id) + dx
            if not 0 <= column < len(stages):
                return True
            command = MoveCards(
                self.map_id,
                tuple(c.id for c in cards),
                first.persona_id,
                first.lane_id,
                stages[column],
                None,
            )
        state = self.selection.state
        if self.run(command):
            self.restore_selection(state)
        return True

    def add_card_at_cursor(self) -> bool:
        """Ctrl+Enter: a new card below the selected one, or in the cursor cell (the
        first cell of the map when there is no cursor yet)."""
        cursor = self._cursor_cell()
        if cursor is None and self.ensure_cursor():
            cursor = self._cursor_cell()
        if cursor is None:
            return False
        persona_id, lane_id, stage_id, index = cursor
        lane = find_lane(self.current_map(), lane_id)
        if lane.kind is LaneKind.EMOTIONS:
            return False
        slot = index + 1 if self._selected_cards() else None
        hit = Hit("cell", persona_id, lane_id, stage_id, slot=slot)
        return self.add_card_in_cell(hit, edit=True) is not None

    # -- context menus ---------------------------------------------------------------------

    def context_menu(self, pos: QPointF, menu: QMenu) -> bool:
        """Fill `menu` for what lies at `pos`; False when there is nothing to offer."""
        item = self.item_at(pos)
        if item is not None and not item.isSelected():
            self.select_only([item])
        map_id = self.map_id
        if isinstance(item, CardItem):
            menu.addAction(self.tr("Edit Text"), lambda: self.edit_card_text(item.card_id, None))
            menu.addSeparator()
            menu.addAction(self.tr("Cut"), self.cut_selection, QKeySequence.StandardKey.Cut)
            menu.addAction(self.tr("Copy"), self.copy_selection, QKeySequence.StandardKey.Copy)
            menu.addAction(self.tr("Paste"), self.paste, QKeySequence.StandardKey.Paste)
            menu.addAction(self.tr("Duplicate"), self.duplicate_selection, QKeySequence("Ctrl+D"))
            menu.addSeparator()
            menu.addAction(
                self.tr("Delete"), self.delete_selection, QKeySequence.StandardKey.Delete
            )
            return True
        if isinstance(item, EmotionMarkerItem):
            menu.addAction(self.tr("Delete Emotion Point"), self.delete_selection)
            return True
        if isinstance(item, StageHeaderItem):
            stage_id = item.box.stage_id
            index = [s.id for s in self.current_map().stages].index(stage_id)
            menu.addAction(self.tr("Rename Stage"), lambda: self.rename_stage(stage_id))
            menu.addAction(self.tr("Insert Stage Before"), lambda: self._insert_stage(index))
            menu.addAction(self.tr("Insert Stage After"), lambda: self._insert_stage(index + 1))
            menu.addSeparator()
            menu.addAction(self.tr("Delete Stage"), lambda: self.run(DeleteStage(map_id, stage_id)))
            return True
        if isinstance(item, LaneLabelItem):
            lane_id, persona_id = item.box.lane_id, item.box.persona_id
            menu.addAction(self.tr("Rename Lane"), lambda: self.rename_lane(lane_id, persona_id))
            return False  # the window adds the lane structure actions
        if isinstance(item, BandHeaderItem) and item.box.persona_id is not None:
            persona_id = item.box.persona_id
            bands = list(self.current_map().bands)
            index = bands.index(persona_id)
            up = menu.addAction(
                self.tr("Move Band Up"), lambda: self.run(MoveBand(map_id, persona_id, index - 1))
            )
            up.setEnabled(index > 0)
            down = menu.addAction(
                self.tr("Move Band Down"), lambda: self.run(MoveBand(map_id, persona_id, index + 1))
            )
            down.setEnabled(index < len(bands) - 1)
            menu.addSeparator()
            fold = "Expand Band" if item.box.collapsed else "Collapse Band"
            menu.addAction(fold, lambda: self.collapse_toggled.emit(persona_id))
            menu.addAction(self.tr("Hide Band"), lambda: self.hide_requested.emit(persona_id))
            menu.addSeparator()
            menu.addAction(
                self.tr("Edit Persona…"), lambda: self.persona_activated.emit(persona_id)
            )
            menu.addAction(
                self.tr("Remove from Map"), lambda: self.run(RemoveBand(map_id, persona_id))
            )
            return True
        hit = self._layout().hit_test(pos.x(), pos.y())
        if hit is not None and hit.kind == "cell":
            lane = find_lane(self.current_map(), hit.lane_id or "")
            menu.addAction(
                self.tr("Add {lane} Card Here").format(lane=lane.title or self.tr("a")),
                lambda: self.add_card_in_cell(hit, edit=True),
            )
            menu.addAction(self.tr("Paste"), self.paste, QKeySequence.StandardKey.Paste)
            self._last_cell = hit
            return True
        return False

    def _insert_stage(self, index: int) -> None:
        stage = Stage(name="New stage")
        if self.run(AddStage(self.map_id, stage, index)):
            self.rename_stage(stage.id)


@dataclass(frozen=True)
class _Labelled:
    """A command shown in the Undo menu under a designer's word for the gesture."""

    command: Command
    label: str

    def apply(self, project: Project) -> Project:
        return self.command.apply(project)


__all__ = ["CanvasEditor"]
