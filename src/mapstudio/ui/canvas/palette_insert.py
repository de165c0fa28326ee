"""Enter on a palette entry: the entry added without a drag.

It goes where a drop beside what is selected would put it: a card below the selected
card (or into the lane of its kind in that card's band and stage), into the keyboard
cursor's cell, or else into the first free cell on screen; a stage after the selected
stage (or the selected card's); an emotion point on the selected card's persona and
stage. The command is the one a drop makes (`gestures.drop`), and what follows is the
drop's too (the editor selects the new thing and opens a card's title or a stage's name).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapstudio.edit import AddEmotionPoint, Command
from mapstudio.layout import MapLayout, Rect
from mapstudio.layout.boxes import CellBox
from mapstudio.model import LANE_KIND_TITLES, CellKey, EmotionPoint, LaneKind, find_lane
from mapstudio.ui.canvas.gestures.drop import card_command, stage_command
from mapstudio.ui.canvas.palette_entries import (
    EMOTION_KEY,
    ENTRIES,
    STAGE_KEY,
    PaletteEntry,
    accepts,
)
from mapstudio.ui.i18n import translate

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor

# (persona, lane or None, stage, slot or None): where the selection is on the map.
Anchor = tuple[str | None, str | None, str, int | None]

# Where a new emotion point goes along its stage, first the middle, avoiding the
# offsets the persona's points in that stage already have.
_OFFSETS = (0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.875)


def plan_entry(editor: CanvasEditor, key: str, visible: Rect | None) -> Command | str:
    """The command Enter on the palette entry `key` makes, or in plain words why it
    cannot be added (empty for an unknown entry). `visible`: the map on screen."""
    entry = ENTRIES.get(key)
    if entry is None:
        return ""
    anchor = _anchor(editor)
    if entry.key == STAGE_KEY:
        return _stage_plan(editor, anchor)
    if entry.key == EMOTION_KEY:
        return _emotion_plan(editor, anchor, visible)
    return _card_plan(editor, entry, anchor, visible)


def _anchor(editor: CanvasEditor) -> Anchor | None:
    """Where the selection (or else the keyboard cursor) is."""
    cards = editor.selected_cards()
    layout = editor.layout()
    if cards:
        card = cards[-1]
        cursor = editor.keys.cursor()
        slot = cursor[3] + 1 if cursor is not None else None
        return card.persona_id, card.lane_id, card.stage_id, slot
    state = editor.selection.state
    journey_map = editor.current_map()
    if state.point_ids:
        point = next((p for p in journey_map.emotion_points if p.id == state.point_ids[-1]), None)
        if point is not None:
            return point.persona_id, None, point.stage_id, None
    if state.stage_ids and state.stage_ids[-1] in {c.stage_id for c in layout.columns}:
        return None, None, state.stage_ids[-1], None
    cursor = editor.keys.cursor()
    if cursor is not None:
        return cursor[0], cursor[1], cursor[2], None
    return None


def _stage_plan(editor: CanvasEditor, anchor: Anchor | None) -> Command:
    ids = [stage.id for stage in editor.current_map().stages]
    index = ids.index(anchor[2]) + 1 if anchor is not None and anchor[2] in ids else len(ids)
    return stage_command(editor.map_id, index)


def _card_plan(
    editor: CanvasEditor, entry: PaletteEntry, anchor: Anchor | None, visible: Rect | None
) -> Command | str:
    layout = editor.layout()
    journey_map = editor.current_map()
    kind = entry.kind or LaneKind.NOTES
    cell: CellBox | None
    slot: int | None = None
    if anchor is not None and (anchor[1] is not None or anchor[0] is not None):
        persona_id, lane_id, stage_id, anchor_slot = anchor
        lane = find_lane(journey_map, lane_id) if lane_id is not None else None
        if lane is not None and accepts(entry, lane.kind):
            cell, slot = layout.cells.get(CellKey(persona_id, lane.id, stage_id)), anchor_slot
        else:
            cell = _cell_in_band(layout, entry, persona_id, stage_id)
        if cell is None:
            return translate(
                "CanvasEditor", "This band has no %1 lane: Map ▸ Lanes adds one."
            ).replace("%1", LANE_KIND_TITLES[kind])
    else:
        in_stage = anchor[2] if anchor is not None else None  # a selected stage
        cell = _first_free_cell(layout, entry, visible, in_stage)
        if cell is None:
            return translate(
                "CanvasEditor", "This map has no %1 lane: Map ▸ Lanes adds one."
            ).replace("%1", LANE_KIND_TITLES[kind])
    lane = find_lane(journey_map, cell.key.lane_id)
    return card_command(journey_map.id, entry, lane, cell.key.stage_id, cell.key.persona_id, slot)


def _cell_in_band(
    layout: MapLayout, entry: PaletteEntry, persona_id: str | None, stage_id: str
) -> CellBox | None:
    """The cell of the entry's kind in a band and stage (as a drop on another lane of
    that band finds it); for a note, the band's first lane that takes cards."""
    if entry.kind is not None and entry.kind is not LaneKind.NOTES:
        return layout.cell_of_kind(entry.kind, persona_id, stage_id)
    for key in layout.cells_in_reading_order():
        if key.stage_id == stage_id and key.persona_id == persona_id:
            return layout.cells[key]
    return None


def _first_free_cell(
    layout: MapLayout, entry: PaletteEntry, visible: Rect | None, stage_id: str | None
) -> CellBox | None:
    """The first empty cell for the entry on screen (in a stage, when given), else the
    first such cell with cards on screen, else the first anywhere."""
    cells = [
        layout.cells[key]
        for key in layout.cells_in_reading_order()
        if accepts(entry, layout.cells[key].kind) and stage_id in (None, key.stage_id)
    ]
    on_screen = [c for c in cells if visible is None or c.rect.intersects(visible)]
    for group in (on_screen, cells):
        empty = [c for c in group if not c.card_ids]
        if empty or group:
            return (empty or group)[0]
    return None


def _emotion_plan(
    editor: CanvasEditor, anchor: Anchor | None, visible: Rect | None
) -> Command | str:
    layout = editor.layout()
    journey_map = editor.current_map()
    curves = layout.curves
    if not curves:
        return translate("CanvasEditor", "This map has no %1 lane: Map ▸ Lanes adds one.").replace(
            "%1", LANE_KIND_TITLES[LaneKind.EMOTIONS]
        )
    persona_id = anchor[0] if anchor is not None else None
    if persona_id not in curves:
        shown = [pid for pid, c in curves.items() if visible is None or c.rect.intersects(visible)]
        persona_id = (shown or list(curves))[0]
    assert persona_id is not None
    stages = [c.stage_id for c in layout.columns]
    stage_id = anchor[2] if anchor is not None and anchor[2] in stages else None
    if stage_id is None:
        shown_stages = [
            c.stage_id
            for c in layout.columns
            if visible is None or (c.x < visible.right and c.x + c.w > visible.x)
        ]
        stage_id = (shown_stages or stages)[0]
    taken = [
        p.offset
        for p in journey_map.emotion_points
        if p.persona_id == persona_id and p.stage_id == stage_id
    ]
    offset = next((o for o in _OFFSETS if all(abs(o - t) > 0.06 for t in taken)), 0.5)
    scale = journey_map.emotion_scale
    point = EmotionPoint(
        persona_id=persona_id,
        stage_id=stage_id,
        offset=offset,
        score=scale.clamp((scale.min + scale.max) / 2),
    )
    return AddEmotionPoint(journey_map.id, point)


__all__ = ["plan_entry"]
