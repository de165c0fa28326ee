"""Drags that come from outside the canvas: palette entries, personas, pictures."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF

from mapstudio.edit import AddBand, AddCard, AddEmotionPoint, AddStage, Command
from mapstudio.layout import Hit
from mapstudio.model import (
    LANE_KIND_TITLES,
    CellKey,
    EmotionPoint,
    Lane,
    LaneKind,
    Stage,
    find_lane,
)
from mapstudio.ui.canvas.gestures.base import GestureCanvas, Labelled, unlabelled
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
from mapstudio.ui.i18n import translate
from mapstudio.ui.images import has_picture

# Where a dropped picture goes: ("card", card id) or ("persona", persona id).
PictureTarget = tuple[str, str]


def understands(mime: QMimeData) -> bool:
    """Whether a drag carries something the canvas can take somewhere."""
    return mime.hasFormat(PALETTE_MIME) or mime.hasFormat(PERSONA_MIME) or has_picture(mime)


def card_command(
    map_id: str,
    entry: PaletteEntry,
    lane: Lane,
    stage_id: str,
    persona_id: str | None,
    slot: int | None,
) -> Command:
    """The command that adds a palette entry's card to a cell at `slot` (None: at the
    bottom), named in the Undo menu after the entry ("Add Pain point")."""
    card = new_card(entry.kind or lane.kind, lane.id, stage_id, persona_id, entry.channel)
    return Labelled(AddCard(map_id, card, slot), f"Add {entry.title.split(' · ')[0]}")


def stage_command(map_id: str, index: int) -> Command:
    """The command that inserts the palette's new stage at `index`."""
    return AddStage(map_id, Stage(name="New stage"), index)


class DropGesture:
    """A drag from the palette (a card, a stage, an emotion point), from the personas
    dock (a band) or from the file manager (a picture), over the canvas.

    The same steps as a gesture on the canvas, with the drag's data fixed from the
    start: enter (construction) -> move (True where a drop is welcome, with a mark of
    where it lands; False with the reason in the status bar) -> release (the command
    the drop makes, or None) | cancel (the drag left the canvas). A picture is not a
    command of its own (it is decoded and embedded only on release), so the
    dispatcher asks `picture_target` where one goes.
    """

    def __init__(self, canvas: GestureCanvas, mime: QMimeData) -> None:
        self.canvas = canvas
        self.mime = mime

    def move(self, pos: QPointF) -> bool:
        """Show where a drop at `pos` would land; False where it cannot."""
        feedback = self.canvas.feedback
        feedback.ensure_shown()
        plan = self.plan(pos)
        if isinstance(plan, str):
            target = self.picture_target(pos)
            if target is not None:
                self._show_picture_target(target)
                return True
            feedback.hide()
            if plan:
                self.canvas.say(plan)
            return False
        self.canvas.say("")
        inner = unlabelled(plan)
        layout = self.canvas.layout()
        if isinstance(inner, AddCard):
            card = inner.card
            key = CellKey(card.persona_id, card.lane_id, card.stage_id)
            end = len(layout.cells[key].card_ids)
            feedback.card_slot(key, inner.slot if inner.slot is not None else end)
        elif isinstance(inner, AddStage):
            feedback.stage_gap(inner.index or 0)
        elif isinstance(inner, AddBand):
            feedback.band_gap(inner.index or 0)
        elif isinstance(inner, AddEmotionPoint):
            point = inner.point
            rect = layout.emotion_cell_rect(point.persona_id, point.stage_id)
            x, y = layout.point_centre(point.persona_id, point.stage_id, point.offset, point.score)
            feedback.area(rect, (QPointF(rect.x + 6, y), QPointF(rect.right - 6, y)))
            scale = self.canvas.journey_map().emotion_scale
            feedback.text(scale.label(point.score), QPointF(x + 10, y))
        return True

    def release(self, pos: QPointF) -> Command | None:
        """Dropped at `pos`: the command it makes, or None (nothing, or a picture)."""
        self.cancel()
        self.canvas.say("")  # the hint shown while dragging is over
        plan = self.plan(pos)
        return None if isinstance(plan, str) else plan

    def cancel(self) -> None:
        """The drag left the canvas (or was given up): no marks."""
        self.canvas.feedback.hide()

    def plan(self, pos: QPointF) -> Command | str:
        """The command a drop at `pos` makes, or in plain words why it cannot go there
        (empty when there is nothing to say, e.g. for a picture)."""
        journey_map = self.canvas.journey_map()
        map_id = journey_map.id
        layout = self.canvas.layout()
        mime = self.mime
        if mime.hasFormat(PERSONA_MIME):
            dragged = bytes(mime.data(PERSONA_MIME).data()).decode("utf-8", "replace")
            if dragged in journey_map.bands:
                return translate("CanvasEditor", "This persona already has a band on this map.")
            return AddBand(map_id, dragged, layout.band_insert_index(pos.y()))
        if not mime.hasFormat(PALETTE_MIME):
            return ""
        key = bytes(mime.data(PALETTE_MIME).data()).decode("utf-8", "replace")
        entry = ENTRIES.get(key)
        if entry is None:
            return ""
        hit = layout.hit_test(pos.x(), pos.y())
        if entry.key == STAGE_KEY:
            if hit is None or hit.kind != "stage_header":
                return translate(
                    "CanvasEditor", "Drop a stage on the row of stage headers, between two stages."
                )
            return stage_command(map_id, layout.stage_insert_index(pos.x()))
        if entry.key == EMOTION_KEY:
            return self._emotion_plan(hit, pos)
        where = translate("CanvasEditor", "Drop %1 in a cell of the map.").replace(
            "%1", entry.title.lower()
        )
        if hit is None or hit.stage_id is None:
            return where
        slot = hit.slot
        lane = (
            find_lane(journey_map, hit.lane_id)
            if hit.kind in ("cell", "card") and hit.lane_id is not None
            else None
        )
        if lane is None or not accepts(entry, lane.kind):
            # A card of another kind goes into the lane of its kind, in the same band
            # and stage, at the end of that cell.
            cell = (
                layout.cell_of_kind(entry.kind, hit.persona_id, hit.stage_id)
                if entry.kind is not None and entry.kind is not LaneKind.EMOTIONS
                else None
            )
            if cell is None:
                kind = entry.kind or LaneKind.NOTES
                return (
                    translate(
                        "CanvasEditor", "This band has no %1 lane: Map ▸ Lanes adds one."
                    ).replace("%1", LANE_KIND_TITLES[kind])
                    if hit.kind in ("cell", "card", "emotion", "lane_label", "band_header")
                    else where
                )
            lane = find_lane(journey_map, cell.key.lane_id)
            persona_id, slot = cell.key.persona_id, None
        else:
            persona_id = hit.persona_id
        return card_command(map_id, entry, lane, hit.stage_id, persona_id, slot)

    def _emotion_plan(self, hit: Hit | None, pos: QPointF) -> Command | str:
        if hit is None or hit.kind != "emotion" or hit.persona_id is None:
            return translate(
                "CanvasEditor",
                "Drop an emotion point in a persona's Emotions lane, at the height of the feeling.",
            )
        layout = self.canvas.layout()
        stage_id = hit.stage_id or ""
        point = EmotionPoint(
            persona_id=hit.persona_id,
            stage_id=stage_id,
            offset=layout.offset_at(stage_id, pos.x()),
            score=layout.score_at(hit.persona_id, pos.y()),
        )
        return AddEmotionPoint(self.canvas.journey_map().id, point)

    def picture_target(self, pos: QPointF) -> PictureTarget | None:
        """Where a picture dropped at `pos` would go: a card, or a persona band's header
        (the persona's photo); None elsewhere or when the drag holds no picture."""
        if not has_picture(self.mime):
            return None
        hit = self.canvas.layout().hit_test(pos.x(), pos.y())
        if hit is None:
            return None
        if hit.kind == "card" and hit.card_id is not None:
            return "card", hit.card_id
        if hit.kind == "band_header" and hit.persona_id is not None:
            return "persona", hit.persona_id
        return None

    def _show_picture_target(self, target: PictureTarget) -> None:
        kind, target_id = target
        layout = self.canvas.layout()
        if kind == "card":
            self.canvas.feedback.area(layout.cards[target_id].rect)
        else:
            band = next(b for b in layout.bands if b.persona_id == target_id)
            self.canvas.feedback.area(band.header_rect)


__all__ = ["DropGesture", "PictureTarget", "card_command", "stage_command", "understands"]
