"""Direct manipulation on the canvas: events in, one command per gesture out.

`CanvasEditor` is the dispatcher between the map view and the document. A left press
picks the gesture for what lies under the pointer (`ui/canvas/gestures`: move cards,
move an emotion point, move a stage, move a band), forwards the moves to it, runs the
command it gives on release through the document, and cancels it on Esc, on focus
loss and when the document changes under it. Drags from outside the canvas (palette,
personas dock, file manager) are a gesture too. The selection, double-clicks, the
clipboard and the context menu are handled here; typing in place lives in
`text_editing`, the keyboard cursor in `keyboard`. Drop targets and marks come from
the layout, so the canvas and the model agree on where things land.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsItem, QMenu

from mapstudio.edit import (
    AddCard,
    AddEmotionPoint,
    AddStage,
    Command,
    Document,
    cards_in_map_order,
)
from mapstudio.layout import CardField, Hit, MapLayout, Rect
from mapstudio.model import Card, EmotionPoint, JourneyMap, LaneKind, find_lane
from mapstudio.ui.canvas.context_menu import fill_context_menu
from mapstudio.ui.canvas.gestures import (
    DropGesture,
    Feedback,
    Gesture,
    GestureCanvas,
    Labelled,
    MoveBandGesture,
    MoveCardsGesture,
    MovePointGesture,
    MoveStageGesture,
    PictureTarget,
    understands,
    unlabelled,
)
from mapstudio.ui.canvas.inline_edit import InlineEditor
from mapstudio.ui.canvas.items import (
    BandHeaderItem,
    CardItem,
    EmotionMarkerItem,
    HeaderItem,
    LaneLabelItem,
    StageHeaderItem,
)
from mapstudio.ui.canvas.keyboard import KeyboardCursor
from mapstudio.ui.canvas.palette_entries import new_card
from mapstudio.ui.canvas.palette_insert import plan_entry
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.canvas.selection_actions import SelectionActions
from mapstudio.ui.canvas.text_editing import TextEditing
from mapstudio.ui.commands import run_command
from mapstudio.ui.selection import SelectionModel, SelectionState

_GRABBABLE = (CardItem, EmotionMarkerItem, StageHeaderItem, BandHeaderItem, LaneLabelItem)


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
        self.feedback = Feedback(scene, self.layout)
        self.canvas = GestureCanvas(self.layout, current_map, self.feedback, self.message.emit)
        self._gesture: Gesture | None = None  # the pointer gesture under way
        self._drop: DropGesture | None = None  # the drag from outside under way
        self._header: HeaderItem | None = None  # the highlighted header or label
        self.text = TextEditing(self)
        self.keys = KeyboardCursor(self)
        self.actions = SelectionActions(self)
        scene.selectionChanged.connect(self._publish_selection)

    # -- helpers -----------------------------------------------------------------------

    @property
    def map_id(self) -> str:
        return self.current_map().id

    def layout(self) -> MapLayout:
        """The layout on screen (the window's current one before the scene has any)."""
        return self.scene.map_layout or self.current_layout()

    def hide_overlays(self) -> None:
        """Take the drop marks and labels away."""
        self.feedback.hide()

    def run(self, command: Command) -> bool:
        """Execute a command; a refusal becomes a status-bar message, never an exception."""
        return run_command(self.document, command, self.message.emit)

    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The topmost item a designer can grab at `pos` (cards and markers first)."""
        for item in self.scene.items(pos):
            if isinstance(item, _GRABBABLE):
                return item
        return None

    # -- selection -----------------------------------------------------------------------

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
        return tuple(card.id for card in cards_in_map_order(self.current_map(), card_ids))

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

    def select_card(self, card_id: str) -> bool:
        """Select one card alone and scroll it into view; False when it is not shown."""
        item = self.scene.card_items.get(card_id)
        if item is None:
            return False
        self.hide_overlays()
        self.select_only([item])
        for view in self.scene.views():
            view.ensureVisible(item, 40, 40)
        return True

    def selected_cards(self) -> list[Card]:
        """The selected cards, in map order."""
        return cards_in_map_order(self.current_map(), self.selection.state.card_ids)

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

    # -- pointer gestures ----------------------------------------------------------------

    def press(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> bool:
        """A left press at scene `pos`; True when the editor takes the gesture."""
        self.text.commit()
        self.cancel_gesture()  # a press whose release never came (a grab went elsewhere)
        item = self.item_at(pos)
        hit = self.layout().hit_test(pos.x(), pos.y())
        if hit is not None and hit.kind in ("cell", "card"):
            self.keys.remember(hit)
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
        elif not item.isSelected() or isinstance(item, EmotionMarkerItem):
            self.select_only([item])  # an emotion point is dragged alone
        self._gesture = self._gesture_for(item, pos)
        return True

    def _gesture_for(self, item: QGraphicsItem, pos: QPointF) -> Gesture | None:
        """The gesture a press on `item` starts (None: a lane label is only selected)."""
        if isinstance(item, CardItem):
            return MoveCardsGesture.press(self.canvas, pos, item)
        if isinstance(item, EmotionMarkerItem):
            return MovePointGesture.press(self.canvas, pos, item)
        if isinstance(item, StageHeaderItem):
            return MoveStageGesture.press(self.canvas, pos, item)
        if isinstance(item, BandHeaderItem) and item.box.persona_id is not None:
            return MoveBandGesture.press(self.canvas, pos, item)
        return None

    def move(self, pos: QPointF) -> bool:
        """The pointer moved with the left button down; True when a gesture took it."""
        if self._gesture is None:
            return False
        self._gesture.move(pos)
        return True

    def release(self, pos: QPointF) -> bool:
        """The left button went up; the gesture's command (if any) runs as one step."""
        gesture, self._gesture = self._gesture, None
        if gesture is None:
            return False
        command = gesture.release(pos)
        if command is not None:
            state = self.selection.state
            if self.run(command):
                self.restore_selection(state)
        return True

    @property
    def dragging(self) -> bool:
        """Whether a card, marker or header is being dragged right now."""
        return self._gesture is not None and self._gesture.started

    @property
    def scroll_axes(self) -> tuple[bool, bool]:
        """Which ways the view may scroll under the drag running now (across, down)."""
        return self._gesture.scroll_axes if self._gesture is not None else (True, True)

    def cancel_gesture(self) -> None:
        """Esc, focus lost or the document changed while dragging: everything goes back
        where it was, and no command is made."""
        gesture, self._gesture = self._gesture, None
        if gesture is not None:
            gesture.cancel()

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
        hit = self.layout().hit_test(pos.x(), pos.y())
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
        command = Labelled(AddCard(self.map_id, card, hit.slot), label)
        if not self.run(command):
            return None
        if card.id in self.scene.card_items:
            self.select_only([self.scene.card_items[card.id]])
            if edit:
                self.text.edit_new_card(command)
        return card.id

    def add_emotion_point(self, persona_id: str, pos: QPointF) -> str | None:
        ml = self.layout()
        stage_id = ml.stage_at(pos.x())
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

    # -- drags from the palette, the personas dock and the file manager ------------------

    def understands(self, mime: QMimeData) -> bool:
        """Whether a drag carries something the canvas can take somewhere."""
        return understands(mime)

    def _drop_gesture(self, mime: QMimeData) -> DropGesture:
        if self._drop is None or self._drop.mime is not mime:
            self._drop = DropGesture(self.canvas, mime)
        return self._drop

    def drag_move(self, mime: QMimeData, pos: QPointF) -> bool:
        """Show where a drop would land; False (a "no" cursor, and the reason in the
        status bar) where it cannot."""
        return self._drop_gesture(mime).move(pos)

    def drag_leave(self) -> None:
        """The drag left the canvas: its marks go."""
        drop, self._drop = self._drop, None
        if drop is not None:
            drop.cancel()
        self.hide_overlays()

    def drop(self, mime: QMimeData, pos: QPointF) -> bool:
        """The drag was dropped at `pos`: run what it makes; True when it was taken."""
        gesture = self._drop_gesture(mime)
        self._drop = None
        command = gesture.release(pos)
        if command is None:
            target = gesture.picture_target(pos)
            return target is not None and self.drop_picture(mime, target)
        ok = self.run(command)
        if ok:
            self._follow_added(command)
        return ok

    def add_from_palette(self, key: str, visible: Rect | None) -> bool:
        """Enter on a palette entry: add it beside the selection (or in the first free
        cell of `visible`, the map on screen) with the command a drop makes, and go on
        as after a drop. False, with the reason in the status bar, when it cannot."""
        self.text.commit()
        self.cancel_gesture()
        plan = plan_entry(self, key, visible)
        if isinstance(plan, str):
            if plan:
                self.message.emit(plan)
            return False
        if not self.run(plan):
            return False
        # The keys go on on the map: the new card's title, Delete, Alt+arrows.
        for view in self.scene.views():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._follow_added(plan)
        return True

    def _follow_added(self, command: Command) -> None:
        """After a drop or Enter on the palette: select what was added and open a
        card's title or a stage's name for typing."""
        inner = unlabelled(command)
        if isinstance(inner, AddCard) and inner.card.id in self.scene.card_items:
            self.select_card(inner.card.id)
            # Open the title for typing once the drag has finished: until then the
            # drag's source (the palette) still holds the keyboard.
            added = command if isinstance(command, Labelled) else Labelled(inner, "Add Card")
            QTimer.singleShot(0, lambda: self.text.edit_new_card(added))
        elif isinstance(inner, AddStage):
            stage_id = inner.stage.id
            QTimer.singleShot(0, lambda: self.rename_stage(stage_id))
        elif isinstance(inner, AddEmotionPoint):
            marker = self.scene.marker_items.get(inner.point.id)
            if marker is not None:
                self.hide_overlays()
                self.select_only([marker])
                for view in self.scene.views():
                    view.ensureVisible(marker, 40, 40)

    # -- the Edit menu on the selection (selection_actions.py) ---------------------------

    def delete_selection(self) -> bool:
        """Delete the selected cards and emotion points (or stage), one undo step."""
        return self.actions.delete()

    def copy_selection(self) -> bool:
        """Copy the selected cards to the clipboard."""
        count = self.actions.copy()
        if count:
            self.message.emit(self.tr("Copied %n card(s)", "", count))
        return bool(count)

    def cut_selection(self) -> bool:
        """Copy the selected cards and delete them."""
        return self.actions.cut()

    def paste(self) -> bool:
        """Paste cards after the selected card or in the cursor cell (or a picture onto
        the one selected card)."""
        return self.actions.paste()

    def duplicate_selection(self) -> bool:
        """Copies of the selected cards below them."""
        return self.actions.duplicate()

    def drop_picture(self, mime: QMimeData, target: PictureTarget) -> bool:
        """Embed the picture in `mime` on a card or as a persona's photo, one undo step."""
        return self.actions.picture(mime, target)

    def select_all(self) -> None:
        self.select_only(list(self.scene.card_items.values()))

    # -- typing in place and the keyboard cursor (text_editing.py, keyboard.py) ---------

    def edit_card_text(
        self,
        card_id: str,
        pos: QPointF | None,
        field_name: str = "",
        added_by: Labelled | None = None,
    ) -> None:
        """Edit a card's title (or its body, when double-clicked below the title)."""
        field: CardField | None = None  # none given: the one under `pos`
        if field_name:
            field = "body" if field_name == "body" else "title"
        self.text.edit_card(card_id, pos, field, added_by)

    def rename_stage(self, stage_id: str) -> None:
        """Type a stage's name in place."""
        self.text.rename_stage(stage_id)

    def rename_lane(self, lane_id: str, persona_id: str | None) -> None:
        """Type a lane's title in place."""
        self.text.rename_lane(lane_id, persona_id)

    def commit_inline(self) -> None:
        """Apply text still being typed in place (before save, close, export, map switch)."""
        self.text.commit()

    @property
    def inline_editor(self) -> InlineEditor | None:
        """The in-place text field while one is open."""
        return self.text.inline

    @property
    def inline_owner(self) -> str | None:
        """The id of the card, stage or lane whose text is being typed in place."""
        return self.text.owner_id if self.text.inline is not None else None

    def forget_stale_state(self) -> None:
        """After the document changed: drop a gesture, an in-place edit or a keyboard
        cursor whose card, stage, lane or band no longer exists."""
        self.cancel_gesture()
        self.text.forget_stale()
        self.keys.cursor()  # forgets a remembered cell that is gone

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """Handle a key on the canvas; True when it was used."""
        return self.keys.key(key, modifiers)

    def step_reading_order(self, step: int) -> bool:
        """Tab (+1) and Shift+Tab (-1): the next card or empty cell in reading order."""
        return self.keys.step_reading_order(step)

    def ensure_cursor(self) -> bool:
        """Put the keyboard cursor on the first cell when it has nowhere to be."""
        return self.keys.ensure_cursor()

    def forget_cell(self) -> None:
        """Forget the keyboard cursor cell (the map on screen changed)."""
        self.keys.forget()

    def cursor_cell_key(self) -> list[str | None] | None:
        """(persona, lane, stage) of the keyboard cursor, for the status bar and tests."""
        cursor = self.keys.cursor()
        return None if cursor is None else [cursor[0], cursor[1], cursor[2]]

    def context_menu(self, pos: QPointF, menu: QMenu) -> bool:
        """Fill `menu` for what lies at `pos`; False when there is nothing to offer."""
        return fill_context_menu(self, pos, menu)


__all__ = ["CanvasEditor"]
