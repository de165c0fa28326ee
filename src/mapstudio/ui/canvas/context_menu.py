"""The canvas's context menu: what a right-click offers for what lies under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from mapstudio.edit import AddStage, DeleteStage, MoveBand, RemoveBand
from mapstudio.model import Stage, find_lane
from mapstudio.ui.canvas.items import (
    BandHeaderItem,
    CardItem,
    EmotionMarkerItem,
    LaneLabelItem,
    StageHeaderItem,
)
from mapstudio.ui.i18n import translate

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor


def fill_context_menu(editor: CanvasEditor, pos: QPointF, menu: QMenu) -> bool:
    """Fill `menu` for what lies at scene `pos` (selecting it first, as a click would);
    False when the canvas has nothing to offer there or the window adds more."""
    item = editor.item_at(pos)
    if item is not None and not item.isSelected():
        editor.select_only([item])
    map_id = editor.map_id
    if isinstance(item, CardItem):
        menu.addAction(
            translate("CanvasEditor", "Edit Text"),
            lambda: editor.edit_card_text(item.card_id, None),
        )
        menu.addSeparator()
        menu.addAction(
            translate("CanvasEditor", "Cut"), editor.cut_selection, QKeySequence.StandardKey.Cut
        )
        menu.addAction(
            translate("CanvasEditor", "Copy"), editor.copy_selection, QKeySequence.StandardKey.Copy
        )
        menu.addAction(
            translate("CanvasEditor", "Paste"), editor.paste, QKeySequence.StandardKey.Paste
        )
        menu.addAction(
            translate("CanvasEditor", "Duplicate"),
            editor.duplicate_selection,
            QKeySequence("Ctrl+D"),
        )
        menu.addSeparator()
        menu.addAction(
            translate("CanvasEditor", "Delete"),
            editor.delete_selection,
            QKeySequence.StandardKey.Delete,
        )
        return True
    if isinstance(item, EmotionMarkerItem):
        menu.addAction(translate("CanvasEditor", "Delete Emotion Point"), editor.delete_selection)
        return True
    if isinstance(item, StageHeaderItem):
        stage_id = item.box.stage_id
        index = [s.id for s in editor.current_map().stages].index(stage_id)
        menu.addAction(
            translate("CanvasEditor", "Rename Stage"), lambda: editor.rename_stage(stage_id)
        )
        menu.addAction(
            translate("CanvasEditor", "Insert Stage Before"), lambda: _insert_stage(editor, index)
        )
        menu.addAction(
            translate("CanvasEditor", "Insert Stage After"),
            lambda: _insert_stage(editor, index + 1),
        )
        menu.addSeparator()
        menu.addAction(
            translate("CanvasEditor", "Delete Stage"),
            lambda: editor.run(DeleteStage(map_id, stage_id)),
        )
        return True
    if isinstance(item, LaneLabelItem):
        lane_id, persona_id = item.box.lane_id, item.box.persona_id
        menu.addAction(
            translate("CanvasEditor", "Rename Lane"),
            lambda: editor.rename_lane(lane_id, persona_id),
        )
        return False  # the window adds the lane structure actions
    if isinstance(item, BandHeaderItem) and item.box.persona_id is not None:
        persona_id = item.box.persona_id
        bands = list(editor.current_map().bands)
        index = bands.index(persona_id)
        up = menu.addAction(
            translate("CanvasEditor", "Move Band Up"),
            lambda: editor.run(MoveBand(map_id, persona_id, index - 1)),
        )
        up.setEnabled(index > 0)
        down = menu.addAction(
            translate("CanvasEditor", "Move Band Down"),
            lambda: editor.run(MoveBand(map_id, persona_id, index + 1)),
        )
        down.setEnabled(index < len(bands) - 1)
        menu.addSeparator()
        fold = (
            translate("CanvasEditor", "Expand Band")
            if item.box.collapsed
            else translate("CanvasEditor", "Collapse Band")
        )
        menu.addAction(fold, lambda: editor.collapse_toggled.emit(persona_id))
        menu.addAction(
            translate("CanvasEditor", "Hide Band"), lambda: editor.hide_requested.emit(persona_id)
        )
        menu.addSeparator()
        menu.addAction(
            translate("CanvasEditor", "Edit Persona…"),
            lambda: editor.persona_activated.emit(persona_id),
        )
        menu.addAction(
            translate("CanvasEditor", "Remove from Map"),
            lambda: editor.run(RemoveBand(map_id, persona_id)),
        )
        return True
    hit = editor.layout().hit_test(pos.x(), pos.y())
    if hit is not None and hit.kind == "cell":
        lane = find_lane(editor.current_map(), hit.lane_id or "")
        menu.addAction(
            translate("CanvasEditor", "Add {lane} Card Here").format(
                lane=lane.title or translate("CanvasEditor", "a")
            ),
            lambda: editor.add_card_in_cell(hit, edit=True),
        )
        menu.addAction(
            translate("CanvasEditor", "Paste"), editor.paste, QKeySequence.StandardKey.Paste
        )
        editor.keys.remember(hit)
        return True
    return False


def _insert_stage(editor: CanvasEditor, index: int) -> None:
    """A new stage at `index`, its name open for typing."""
    stage = Stage(name="New stage")
    if editor.run(AddStage(editor.map_id, stage, index)):
        editor.rename_stage(stage.id)


__all__ = ["fill_context_menu"]
