"""What the Edit menu does to the canvas selection: delete, cut, copy, paste, duplicate,
and a picture dropped or pasted onto a card or a persona band.

Each action is one undo step and says in the status bar why it did nothing.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from mapstudio.edit import (
    Command,
    DeleteCards,
    DeleteEmotionPoints,
    DeleteStage,
    DuplicateCards,
    PasteCards,
    UpdatePersona,
)
from mapstudio.ui.canvas.clipboard import cards_to_mime, read_clipboard
from mapstudio.ui.canvas.gestures import Labelled, PictureTarget
from mapstudio.ui.commands import run_steps
from mapstudio.ui.i18n import translate
from mapstudio.ui.images import (
    CARD_PICTURE_MAX_SIDE,
    PHOTO_MAX_SIDE,
    ImageError,
    attach_picture,
    has_picture,
    image_from_mime,
    set_card_picture,
)

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor

log = logging.getLogger(__name__)


class SelectionActions:
    """The Edit menu's actions on one canvas editor's selection."""

    def __init__(self, editor: CanvasEditor) -> None:
        self.editor = editor

    def picture(self, mime: QMimeData, target: PictureTarget) -> bool:
        """Embed the picture in `mime` on a card or as a persona's photo, one undo step.
        The image is decoded only here, never while the drag moves."""
        editor = self.editor
        kind, target_id = target
        try:
            asset = image_from_mime(
                mime, CARD_PICTURE_MAX_SIDE if kind == "card" else PHOTO_MAX_SIDE
            )
            if asset is None:
                return False
            if kind == "card":
                card = next((c for c in editor.current_map().cards if c.id == target_id), None)
                if card is None:
                    return False
                steps = partial(set_card_picture, editor.document, editor.map_id, card, asset)
            else:
                persona = next(
                    (p for p in editor.document.project.personas if p.id == target_id), None
                )
                if persona is None:
                    return False
                steps = partial(
                    attach_picture,
                    editor.document,
                    translate("CanvasEditor", "Set Persona Photo"),
                    asset,
                    persona.photo_asset_id,
                    lambda asset_id: UpdatePersona(target_id, {"photo_asset_id": asset_id}),
                )
        except ImageError as error:
            log.info("picture refused: %s", error)
            editor.message.emit(str(error))
            return False
        if not run_steps(steps, editor.message.emit):
            return False
        if kind == "card" and target_id in editor.scene.card_items:
            editor.select_only([editor.scene.card_items[target_id]])
        return True

    def delete(self) -> bool:
        editor = self.editor
        state = editor.selection.state
        commands: list[Command] = []
        if state.card_ids:
            commands.append(DeleteCards(editor.map_id, state.card_ids))
        if state.point_ids:
            commands.append(DeleteEmotionPoints(editor.map_id, state.point_ids))
        if not commands and state.stage_ids:
            commands += [DeleteStage(editor.map_id, s) for s in state.stage_ids]
        if not commands:
            return False
        label = commands[0].label if len(commands) == 1 else "Delete Selection"
        with editor.document.transaction(label):
            for command in commands:
                if not editor.run(command):
                    break
        editor.select_only([])
        return True

    def copy(self) -> int:
        """Put the selected cards on the clipboard; how many (the editor says so, in
        its own words: lupdate reads a plural only from `tr`)."""
        editor = self.editor
        cards = editor.selected_cards()
        if cards:
            QGuiApplication.clipboard().setMimeData(cards_to_mime(cards, editor.current_map()))
        return len(cards)

    def cut(self) -> bool:
        editor = self.editor
        if not editor.copy_selection():
            return False
        state = editor.selection.state
        editor.run(Labelled(DeleteCards(editor.map_id, state.card_ids), "Cut"))
        return True

    def paste(self) -> bool:
        editor = self.editor
        mime = QGuiApplication.clipboard().mimeData()
        pasted = read_clipboard(mime)
        cards = list(pasted.cards)
        if not cards:
            selected = editor.selection.state.card_ids
            if len(selected) == 1 and has_picture(mime):
                # A picture pasted onto the one selected card becomes its picture.
                return self.picture(mime, ("card", selected[0]))
            editor.message.emit(
                pasted.refused
                or translate("CanvasEditor", "There are no cards on the clipboard to paste.")
            )
            return False
        target = self._paste_target()
        if target is None:
            editor.message.emit(
                translate("CanvasEditor", "Click a cell first to choose where to paste.")
            )
            return False
        persona_id, lane_id, stage_id, slot = target
        command = PasteCards(editor.map_id, tuple(cards), persona_id, lane_id, stage_id, slot)
        if editor.run(command):
            editor.select_only(
                [
                    editor.scene.card_items[i]
                    for i in command.new_card_ids
                    if i in editor.scene.card_items
                ]
            )
            return True
        return False

    def duplicate(self) -> bool:
        editor = self.editor
        state = editor.selection.state
        if not state.card_ids:
            return False
        command = DuplicateCards(editor.map_id, state.card_ids)
        if editor.run(command):
            editor.select_only(
                [
                    editor.scene.card_items[i]
                    for i in command.new_card_ids
                    if i in editor.scene.card_items
                ]
            )
            return True
        return False

    def _paste_target(self) -> tuple[str | None, str, str, int | None] | None:
        editor = self.editor
        selected = editor.selected_cards()
        if selected:
            last = selected[-1]
            return last.persona_id, last.lane_id, last.stage_id, last.order + 1
        hit = editor.keys.cell
        if hit is not None and hit.lane_id and hit.stage_id:
            ml = editor.layout()
            if (hit.persona_id, hit.lane_id, hit.stage_id) in ml.cells:
                return hit.persona_id, hit.lane_id, hit.stage_id, None
        for cell in editor.layout().cells.values():
            if cell.accepts_cards:
                return cell.key.persona_id, cell.key.lane_id, cell.key.stage_id, None
        return None


__all__ = ["SelectionActions"]
