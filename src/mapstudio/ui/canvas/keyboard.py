"""The canvas without a mouse: a keyboard cursor, arrows, Home/End, Tab, Alt+arrows,
Enter.

The cursor is the selected card's cell, or the cell last clicked or stepped to (shown
with the drop indicator when it is empty, so that Ctrl+Enter can add a card there).
Arrows and Tab move the selection through the map in reading order; Alt+arrows move
the selected cards, one command per key. Which rows, cells and stops there are comes
from the layout (`MapLayout.card_lane_rows`, `reading_stops`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from mapstudio.edit import Command, MoveCards
from mapstudio.layout import Hit
from mapstudio.model import CellKey, LaneKind, find_lane
from mapstudio.ui.canvas.items import qrect
from mapstudio.ui.i18n import translate

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor

# (persona, lane, stage, index of the card in the cell; 0 for an empty cell)
Cursor = tuple[str | None, str, str, int]

ARROWS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class KeyboardCursor:
    """The keyboard cursor of one canvas editor and the keys that move it."""

    def __init__(self, editor: CanvasEditor) -> None:
        self.editor = editor
        self.cell: Hit | None = None  # the cell last clicked or stepped to

    def remember(self, hit: Hit) -> None:
        """A cell (or card) was clicked: keys go on from there."""
        self.cell = hit

    def forget(self) -> None:
        """Forget the cursor cell (the map on screen changed)."""
        self.cell = None

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> bool:
        """Handle a key on the canvas; True when it was used."""
        editor = self.editor
        if key in ARROWS:
            dx, dy = ARROWS[key]
            if modifiers & Qt.KeyboardModifier.AltModifier:
                return self.move_selected_cards(dx, dy)
            return self.step_selection(dx, dy)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            # As in a sheet: along the row to its first or last stage; with Ctrl, the
            # first or last card (or empty cell) of the whole map.
            last = key == Qt.Key.Key_End
            if ctrl:
                stops = editor.layout().reading_stops()
                return bool(stops) and self._go_to_stop(len(stops) - 1 if last else 0)
            return self.step_to_row_end(last)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and ctrl:
            return self.add_card_at_cursor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            state = editor.selection.state
            if len(state.card_ids) == 1:
                editor.edit_card_text(state.card_ids[0], None)
                return True
            if len(state.stage_ids) == 1:
                editor.rename_stage(state.stage_ids[0])
                return True
            if state.is_empty:
                # Enter on an empty cell under the keyboard cursor starts a card there.
                return self.add_card_at_cursor()
        return False

    def cursor(self) -> Cursor | None:
        """Where the keyboard cursor is: the selected card's cell, or the last cell
        clicked (forgotten when that cell is gone)."""
        cells = self.editor.layout().cells
        cards = self.editor.selected_cards()
        if cards:
            card = cards[-1]
            cell = cells.get(CellKey(card.persona_id, card.lane_id, card.stage_id))
            if cell is not None and card.id in cell.card_ids:
                return card.persona_id, card.lane_id, card.stage_id, cell.card_ids.index(card.id)
        hit = self.cell
        # The remembered cell may be gone: another map, a folded band, a deleted stage.
        if hit is not None and hit.lane_id and hit.stage_id:
            cell = cells.get(CellKey(hit.persona_id, hit.lane_id, hit.stage_id))
            if cell is not None and cell.accepts_cards:
                return hit.persona_id, hit.lane_id, hit.stage_id, 0
        self.cell = None
        return None

    def ensure_cursor(self) -> bool:
        """With nothing selected and no cursor cell, put the cursor on the first cell,
        so that keys on an empty map have somewhere to go."""
        if self.cursor() is not None or not self.editor.selection.state.is_empty:
            return False
        cells = self.editor.layout().cells_in_reading_order()
        if not cells:
            return False
        first = cells[0]
        # Only the cursor: arriving on the canvas never changes the selection.
        self.cell = Hit("cell", first.persona_id, first.lane_id, first.stage_id, slot=0)
        self._show_cursor_cell()
        return True

    def _go_to_stop(self, index: int) -> bool:
        stops = self.editor.layout().reading_stops()
        if not 0 <= index < len(stops):
            return False
        stop = stops[index]
        if isinstance(stop, str):
            return self.editor.select_card(stop)
        self._go_to_empty_cell(stop)
        return True

    def _go_to_empty_cell(self, key: CellKey) -> None:
        # An empty cell becomes the cursor, so Ctrl+Enter can add a card there.
        self.cell = Hit("cell", key.persona_id, key.lane_id, key.stage_id, slot=0)
        self.editor.select_only([])
        self._show_cursor_cell()

    def step_reading_order(self, step: int) -> bool:
        """Tab (+1) and Shift+Tab (-1): the next card or empty cell in reading order."""
        layout = self.editor.layout()
        stops = layout.reading_stops()
        if not stops:
            return False
        cards = self.editor.selected_cards()
        if cards:
            here: str | CellKey | None = cards[-1].id if step > 0 else cards[0].id
        else:
            cursor = self.cursor()
            here = None if cursor is None else CellKey(cursor[0], cursor[1], cursor[2])
        if isinstance(here, CellKey) and here not in stops:
            # The cursor cell has cards now: go on from its last (or first) card.
            ids = layout.cells[here].card_ids
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
        editor = self.editor
        layout = editor.layout()
        stages = [c.stage_id for c in layout.columns]
        state = editor.selection.state
        if len(state.stage_ids) == 1 and state.stage_ids[0] in stages and not state.card_ids:
            return self._step_from_stage_header(stages, stages.index(state.stage_ids[0]), dx, dy)
        cursor = self.cursor()
        if cursor is None:
            return self._go_to_stop(0)
        persona_id, lane_id, stage_id, index = cursor
        rows = list(layout.card_lane_rows())
        row = rows.index((persona_id, lane_id))
        column = stages.index(stage_id)
        ids = layout.cells[CellKey(persona_id, lane_id, stage_id)].card_ids
        if dy and 0 <= index + dy < len(ids) and state.card_ids:
            return editor.select_card(ids[index + dy])
        row, column = row + dy, column + dx
        if row < 0 and 0 <= column < len(stages):
            return self._select_stage_header(stages[column])
        if 0 <= row < len(rows) and 0 <= column < len(stages):
            key = CellKey(*rows[row], stages[column])
            cell_ids = layout.cells[key].card_ids
            if cell_ids:
                return editor.select_card(cell_ids[-1] if dy < 0 else cell_ids[0])
            self._go_to_empty_cell(key)
            return True
        return False

    def step_to_row_end(self, last: bool) -> bool:
        """Home (first stage) and End (`last` stage) along the selection's row: the
        first card of that cell, or the empty cell as the cursor; on a stage header,
        the first or last header."""
        editor = self.editor
        layout = editor.layout()
        stages = [c.stage_id for c in layout.columns]
        if not stages:
            return False
        target = stages[-1] if last else stages[0]
        state = editor.selection.state
        if len(state.stage_ids) == 1 and state.stage_ids[0] in stages and not state.card_ids:
            return self._select_stage_header(target)
        cursor = self.cursor()
        if cursor is None:
            return self._go_to_stop(0)
        persona_id, lane_id, _stage_id, _index = cursor
        key = CellKey(persona_id, lane_id, target)
        ids = layout.cells[key].card_ids
        if ids:
            return editor.select_card(ids[0])
        self._go_to_empty_cell(key)
        return True

    def _select_stage_header(self, stage_id: str) -> bool:
        editor = self.editor
        item = editor.scene.stage_items.get(stage_id)
        if item is None:
            return False
        editor.hide_overlays()
        editor.select_only([item])
        for view in editor.scene.views():
            view.ensureVisible(item, 40, 40)
        editor.message.emit(
            translate("CanvasEditor", "Stage — Enter renames it, Down goes to its cells")
        )
        return True

    def _step_from_stage_header(self, stages: list[str], column: int, dx: int, dy: int) -> bool:
        if dx:
            if 0 <= column + dx < len(stages):
                return self._select_stage_header(stages[column + dx])
            return True
        if dy > 0:
            # Down: the first cell of that column that takes cards (or its first card).
            layout = self.editor.layout()
            for key in layout.cells_in_reading_order():
                if key.stage_id == stages[column]:
                    ids = layout.cells[key].card_ids
                    stop = ids[0] if ids else key
                    return self._go_to_stop(layout.reading_stops().index(stop))
        return True

    def _show_cursor_cell(self) -> None:
        hit = self.cell
        if hit is None or hit.lane_id is None or hit.stage_id is None:
            return
        editor = self.editor
        cell = editor.layout().cells.get(CellKey(hit.persona_id, hit.lane_id, hit.stage_id))
        if cell is not None:
            editor.feedback.ensure_shown()
            editor.feedback.area(cell.rect)
            for view in editor.scene.views():
                view.ensureVisible(qrect(cell.rect), 40, 40)
            editor.message.emit(
                translate("CanvasEditor", "Empty cell — Ctrl+Enter adds a card here")
            )

    def move_selected_cards(self, dx: int, dy: int) -> bool:
        """Alt+arrows: move the selected cards one slot up/down or one stage sideways."""
        editor = self.editor
        cards = editor.selected_cards()
        if not cards:
            return False
        first, last = cards[0], cards[-1]
        layout = editor.layout()
        key = CellKey(first.persona_id, first.lane_id, first.stage_id)
        ids = layout.cells[key].card_ids
        card_ids = tuple(c.id for c in cards)
        if dx == 0:
            if any((c.persona_id, c.lane_id, c.stage_id) != key for c in cards):
                return False
            start = ids.index(first.id)
            end = ids.index(last.id)
            if (dy < 0 and start == 0) or (dy > 0 and end == len(ids) - 1):
                return True  # already at the edge: nothing to do, but the key is used
            slot = start - 1 if dy < 0 else end + 2
            command: Command = MoveCards(editor.map_id, card_ids, *key, slot)
        else:
            stages = [c.stage_id for c in layout.columns]
            column = stages.index(first.stage_id) + dx
            if not 0 <= column < len(stages):
                return True
            command = MoveCards(
                editor.map_id, card_ids, first.persona_id, first.lane_id, stages[column], None
            )
        state = editor.selection.state
        if editor.run(command):
            editor.restore_selection(state)
        return True

    def add_card_at_cursor(self) -> bool:
        """Ctrl+Enter: a new card below the selected one, or in the cursor cell (the
        first cell of the map when there is no cursor yet)."""
        cursor = self.cursor()
        if cursor is None and self.ensure_cursor():
            cursor = self.cursor()
        if cursor is None:
            return False
        persona_id, lane_id, stage_id, index = cursor
        lane = find_lane(self.editor.current_map(), lane_id)
        if lane.kind is LaneKind.EMOTIONS:
            return False
        slot = index + 1 if self.editor.selected_cards() else None
        hit = Hit("cell", persona_id, lane_id, stage_id, slot=slot)
        return self.editor.add_card_in_cell(hit, edit=True) is not None


__all__ = ["ARROWS", "Cursor", "KeyboardCursor"]
