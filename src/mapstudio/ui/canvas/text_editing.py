"""Typing on the map in place: a card's title or body, a stage's name, a lane's title.

One field at a time floats over what it edits (`InlineEditor`); what is typed becomes
one command when the field closes (Enter, Tab, a click elsewhere), and Esc leaves the
project as it was. Tab and Shift+Tab go on to the next card, stage or lane.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from mapstudio.edit import AddCard, UpdateCard, UpdateLane, UpdateStage
from mapstudio.layout import CardField, FontSpec, card_field_at, card_text_field
from mapstudio.model import find_lane
from mapstudio.ui.canvas.gestures.base import Labelled
from mapstudio.ui.canvas.inline_edit import After, InlineEditor
from mapstudio.ui.canvas.items import qrect

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor


class TextEditing:
    """The in-place field of one canvas editor, and what opens and closes it."""

    def __init__(self, editor: CanvasEditor) -> None:
        self.editor = editor
        self.inline: InlineEditor | None = None
        self.owner_id: str | None = None  # the card, stage or lane being edited

    def edit_card(
        self,
        card_id: str,
        pos: QPointF | None,
        field_name: CardField | None = None,
        added_by: Labelled | None = None,
    ) -> None:
        """Edit a card's title (or its body, when double-clicked below the title).

        `added_by`: the command that has just added this card. Its title then joins that
        step (one undo step adds the card with its title), and Esc takes the card away
        again, as long as nothing else changed the project in between."""
        editor = self.editor
        item = editor.scene.card_items.get(card_id)
        if item is None:
            return
        box = item.box
        card = next(c for c in editor.current_map().cards if c.id == card_id)
        style = editor.layout().style
        if field_name is None:
            field_name = "title" if pos is None else card_field_at(box, pos.y())
        font = style.card_title_font if field_name == "title" else style.card_body_font
        text = card.title if field_name == "title" else card.body
        map_id = editor.map_id
        document = editor.document
        fresh_project = document.project if added_by is not None else None

        def still_fresh() -> bool:
            return fresh_project is not None and document.project is fresh_project

        def commit(new_text: str, after: After) -> None:
            value = new_text.strip() if field_name == "title" else new_text.rstrip()
            if value != text and still_fresh() and added_by is not None:
                inner = added_by.command
                assert isinstance(inner, AddCard)
                titled = replace(inner, card=inner.card.model_copy(update={field_name: value}))
                document.undo()
                if editor.run(Labelled(titled, added_by.label)):
                    editor.select_card(card_id)  # selected again, as it was
            elif value != text:
                editor.run(UpdateCard(map_id, card_id, {field_name: value}))
            self._after_card_edit(card_id, after)

        def escape() -> None:
            if still_fresh():
                document.undo()  # Esc on a card just added: it was never wanted

        self._start(
            qrect(card_text_field(box, field_name, font.size)),
            text,
            font,
            commit,
            multiline=field_name == "body",
            owner_id=card_id,
            on_escape=escape,
        )

    def edit_new_card(self, added_by: Labelled) -> None:
        """Type the title of the card `added_by` has just added."""
        inner = added_by.command
        assert isinstance(inner, AddCard)
        if inner.card.id in self.editor.scene.card_items:
            self.edit_card(inner.card.id, None, "title", added_by=added_by)

    def _after_card_edit(self, card_id: str, after: After) -> None:
        """Tab, Shift+Tab and Ctrl+Enter in a card's editor: go on from that card."""
        editor = self.editor
        if after is After.NOTHING or card_id not in editor.scene.card_items:
            return
        if after is After.ADD_BELOW:
            editor.select_only([editor.scene.card_items[card_id]])
            editor.keys.add_card_at_cursor()
            return
        order = editor.layout().cards_in_reading_order()
        index = order.index(card_id) + (1 if after is After.NEXT else -1)
        if 0 <= index < len(order):
            editor.select_card(order[index])
            self.edit_card(order[index], None, "title")
        else:
            editor.select_card(card_id)

    def rename_stage(self, stage_id: str) -> None:
        """Type a stage's name over its header; Tab goes on to the next stage."""
        editor = self.editor
        item = editor.scene.stage_items.get(stage_id)
        if item is None:
            return
        stage = next(s for s in editor.current_map().stages if s.id == stage_id)
        map_id = editor.map_id

        def commit(text: str, after: After) -> None:
            name = " ".join(text.split())
            if name and name != stage.name:
                editor.run(UpdateStage(map_id, stage_id, {"name": name}))
            step = {After.NEXT: 1, After.PREVIOUS: -1}.get(after)
            stages = [s.id for s in editor.current_map().stages]
            if step and stage_id in stages and 0 <= stages.index(stage_id) + step < len(stages):
                following = stages[stages.index(stage_id) + step]
                editor.select_only([editor.scene.stage_items[following]])
                self.rename_stage(following)

        style = editor.layout().style
        self._start(
            qrect(item.box.rect).adjusted(4, 6, -4, -6),
            stage.name,
            style.stage_header_font,
            commit,
            multiline=False,
            owner_id=stage_id,
        )

    def rename_lane(self, lane_id: str, persona_id: str | None) -> None:
        """Type a lane's title over its label; Tab goes on to the next lane."""
        editor = self.editor
        item = editor.scene.lane_items.get((lane_id, persona_id))
        if item is None:
            return
        lane = find_lane(editor.current_map(), lane_id)
        map_id = editor.map_id

        def commit(text: str, after: After) -> None:
            title = " ".join(text.split())
            if title and title != lane.title:
                editor.run(UpdateLane(map_id, lane_id, {"title": title}))
            step = {After.NEXT: 1, After.PREVIOUS: -1}.get(after)
            labels = list(editor.scene.lane_items)
            key = (lane_id, persona_id)
            if step and key in labels and 0 <= labels.index(key) + step < len(labels):
                self.rename_lane(*labels[labels.index(key) + step])

        rect = qrect(item.box.rect)
        rect.setHeight(min(rect.height(), 40.0))
        self._start(
            rect.adjusted(4, 4, -4, 0),
            lane.title,
            editor.layout().style.lane_label_font,
            commit,
            multiline=False,
            owner_id=lane_id,
        )

    def _start(
        self,
        rect: QRectF,
        text: str,
        font: FontSpec,
        commit: Callable[[str, After], None],
        multiline: bool,
        owner_id: str | None = None,
        on_escape: Callable[[], None] | None = None,
    ) -> None:
        self.commit()
        views = self.editor.scene.views()
        if not views:
            return
        self.editor.hide_overlays()
        views[0].ensureVisible(rect, 40, 40)  # a card added out of sight comes into view
        self.inline = InlineEditor(
            views[0],
            rect,
            text,
            font,
            commit,
            multiline=multiline,
            on_finished=self._done,
            on_escape=on_escape,
        )
        self.owner_id = owner_id

    def commit(self) -> None:
        """Apply text still being typed in place."""
        if self.inline is not None and self.inline.active:
            self.inline.commit()

    def forget_stale(self) -> None:
        """Close the field without a change when what it edits no longer exists."""
        owner = self.owner_id
        if self.inline is None or not self.inline.active or owner is None:
            return
        journey_map = self.editor.current_map()
        alive = (
            {c.id for c in journey_map.cards}
            | {s.id for s in journey_map.stages}
            | {ln.id for ln in journey_map.lanes}
        )
        if owner not in alive:
            self.inline.cancel()

    def _done(self) -> None:
        self.inline = None


__all__ = ["TextEditing"]
