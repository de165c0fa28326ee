"""The map scene: keeps one graphics item per laid-out box, updated by id.

After each change the scene receives the new MapLayout and touches only the items
whose boxes changed. The layout engine reuses box objects for cells that did not move or
change, so an identity check skips almost every item of a large map.

Card items sit in one (invisible) item per lane row. A row that only moved, because a
row above it grew or shrank, is moved as a whole: one `setPos` however many cards it
holds, and its cards keep their cached pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from mapstudio.layout import CardBox, EmotionMarker, MapLayout, MapStyle, RowBox
from mapstudio.model import Asset
from mapstudio.ui.canvas.items import (
    Z_CARD,
    BandHeaderItem,
    CardItem,
    EmotionCurveItem,
    EmotionMarkerItem,
    GridItem,
    LaneLabelItem,
    StageHeaderItem,
    place_at,
)
from mapstudio.ui.canvas.overview import OverviewItem
from mapstudio.ui.canvas.pictures import PictureCache

# Below this zoom a card is a few device pixels tall (about 20 px for a one-line card at
# 0.3): the scene draws every card as a plain rect in one overview item instead of
# asking each of thousands of card items to paint itself.
OVERVIEW_BELOW_ZOOM = 0.3

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_CLIPS = QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape
_EXTENDED_OPTION = QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption

RowKey = tuple[str | None, str]  # (persona id, or None in a shared lane; lane id)


class LaneRowItem(QGraphicsItem):
    """Holds the card items of one lane row at the row's top; draws nothing itself.

    Its shape is the row, and its cards are clipped to it: Qt then repaints a moved row
    as one rect instead of card by card. A row whose card is lifted (dragged) stops
    clipping until the card is put down, so the card can travel over other rows.
    """

    def __init__(self, key: RowKey, y: float, width: float, height: float) -> None:
        super().__init__()
        self.key = key
        self.row: RowBox | None = None  # the layout's row it was last placed for
        self.width = width
        self._rect = _row_rect(width, height)
        self.setFlag(_NO_CONTENTS, True)
        self.setFlag(_CLIPS, True)
        self.setZValue(Z_CARD)
        self.setPos(0.0, y)

    def set_size(self, width: float, height: float) -> None:
        self.width = width
        rect = _row_rect(width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, *args: object) -> None:
        pass

    def follow_lift(self) -> None:
        """Stack the row as high as its highest card: a card the editor lifts to drag it
        then travels above the cards of every other row, as it does above its own."""
        highest = max((child.zValue() for child in self.childItems()), default=Z_CARD)
        self.setZValue(max(Z_CARD, highest))
        self.setFlag(_CLIPS, highest <= Z_CARD)


def _row_rect(width: float, height: float) -> QRectF:
    # A few points over the row's edges: a card's selection outline and find halo stay
    # whole (cards sit a cell padding inside their row).
    return QRectF(0.0, -4.0, width, height + 8.0)


class CardItems(dict[str, CardItem]):
    """Card id -> card item.

    A card whose lane row moved as a whole keeps its item (moved with the row) and,
    until it is looked up here by id, the box of the layout it was last given: its
    rect's y may be that of an earlier layout. Looking a card up by id gives the item
    the current layout's box first, so what is read through this mapping is always
    current. The item's scene position is always right.
    """

    def __init__(self, scene: MapScene) -> None:
        super().__init__()
        self._scene = scene

    def __getitem__(self, card_id: str) -> CardItem:
        item = dict.__getitem__(self, card_id)
        self._scene.refresh_card_box(item)
        return item

    def get(self, card_id: str, default: Any = None) -> Any:
        item = dict.get(self, card_id)
        if item is None:
            return default
        self._scene.refresh_card_box(item)
        return item


@dataclass
class SyncStats:
    """What the last layout update did, for tests and the benchmark."""

    created: int = 0
    updated: int = 0
    removed: int = 0
    untouched: int = 0
    kinds: dict[str, int] = field(default_factory=dict)


class MapScene(QGraphicsScene):
    """A QGraphicsScene that mirrors a MapLayout, item by item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#E9EBEE"))
        self.map_layout: MapLayout | None = None
        self.grid: GridItem | None = None
        self.stage_items: dict[str, StageHeaderItem] = {}
        self.band_items: dict[str | None, BandHeaderItem] = {}
        self.lane_items: dict[tuple[str, str | None], LaneLabelItem] = {}
        self.card_items = CardItems(self)
        self.row_items: dict[RowKey, LaneRowItem] = {}
        # The top of its row each card item's box was made at (see CardItems).
        self._box_tops: dict[str, float] = {}
        self.curve_items: dict[str, EmotionCurveItem] = {}
        self.marker_items: dict[str, EmotionMarkerItem] = {}
        self.overview: OverviewItem | None = None
        self.detailed = True  # False: cards and markers drawn by the overview item
        self.in_view = False  # True once a MapView shows this scene (see set_zoom)
        self._style: MapStyle | None = None  # the style the card and lane items draw in
        self.pictures = PictureCache()  # card pictures and persona photos, decoded lazily
        self.last_sync = SyncStats()
        self.selectionChanged.connect(self._selection_changed)

    def set_assets(self, assets: Mapping[str, Asset]) -> None:
        """The project's embedded pictures, for the cards and bands that show them: call
        before `show_layout` whenever the project changes (it only keeps the reference;
        pictures are decoded when first painted)."""
        self.pictures.set_assets(assets)

    def show_layout(self, map_layout: MapLayout) -> SyncStats:
        """Bring the items in line with `map_layout`, creating, updating and removing."""
        stats = SyncStats()
        style = map_layout.style
        if self._style is not None and style is not self._style:
            for card in self.card_items.values():
                card.set_style(style)
            for curve in self.curve_items.values():
                curve.set_style(style)
        self._style = style
        previous = self.map_layout
        changes = map_layout.changes
        # Only the cards the layout reports as changed need a look when the scene shows
        # exactly the layout those changes are relative to.
        changed: frozenset[str] | None = (
            changes.cards
            if changes is not None and previous is not None and changes.previous() is previous
            else None
        )
        if self.grid is None:
            self.grid = GridItem(map_layout)
            # Without this Qt passes the grid's whole rect as the exposed one: every paint
            # then drew the whole map's grid, however little of it was on screen.
            self.grid.setFlag(_EXTENDED_OPTION, True)
            self.addItem(self.grid)
            stats.created += 1
        elif previous is not map_layout:
            self.grid.set_layout(map_layout)
            stats.updated += 1
        moved_rows = changes.moved_rows if changed is not None and changes is not None else ()
        if self.overview is None:
            self.overview = OverviewItem(map_layout, self.selectedItems)
            self.overview.setVisible(not self.detailed)
            self.addItem(self.overview)
        elif previous is not map_layout:
            # Rows that moved carry their cards with them: repaint the overview whole.
            self.overview.set_layout(map_layout, None if moved_rows else changed)
        self._sync(
            stats,
            self.stage_items,
            {h.stage_id: h for h in map_layout.stage_headers},
            StageHeaderItem,
        )
        self._sync(
            stats,
            self.band_items,
            {b.persona_id: b for b in map_layout.bands},
            lambda box: BandHeaderItem(box, self.pictures),
        )
        self._sync(
            stats,
            self.lane_items,
            {(lb.lane_id, lb.persona_id): lb for lb in map_layout.lane_labels},
            LaneLabelItem,
        )
        shown_rows = self._place_rows(map_layout)
        self.map_layout = map_layout  # card boxes are read from it from here on
        if changed is None:
            self._sync_cards(stats, map_layout.cards, map_layout.cards)
        else:
            self._sync_cards(stats, map_layout.cards, changed)
        self._drop_rows(shown_rows)
        self._sync(
            stats,
            self.curve_items,
            map_layout.curves,
            lambda box: EmotionCurveItem(box, style),
        )
        self._sync_markers(stats, map_layout, previous)
        margin = 48.0
        self.setSceneRect(
            QRectF(-margin, -margin, map_layout.width + 2 * margin, map_layout.height + 2 * margin)
        )
        self.last_sync = stats
        return stats

    def _sync(
        self,
        stats: SyncStats,
        items: dict[Any, Any],
        boxes: Mapping[Any, Any],
        create: Callable[[Any], QGraphicsItem],
    ) -> None:
        for key in [k for k in items if k not in boxes]:
            self.removeItem(items.pop(key))
            stats.removed += 1
        for key, box in boxes.items():
            item = items.get(key)
            if item is None:
                item = create(box)
                items[key] = item
                self.addItem(item)
                stats.created += 1
            elif item.box is box or item.box == box:
                # Headers and labels are rebuilt by every layout; equal ones need no repaint.
                stats.untouched += 1
            else:
                item.set_box(box)
                stats.updated += 1
                kind = type(item).__name__
                stats.kinds[kind] = stats.kinds.get(kind, 0) + 1

    # -- cards, by lane row ------------------------------------------------------------

    def _place_rows(self, map_layout: MapLayout) -> set[RowKey]:
        """Put every lane row's item at its row's top (creating it if new); the keys of
        the rows shown."""
        shown: set[RowKey] = set()
        rows = self.row_items
        width = map_layout.width
        for row in map_layout.rows:
            if row.kind != "lane" or row.lane_id is None:
                continue
            key = (row.persona_id, row.lane_id)
            shown.add(key)
            item = rows.get(key)
            if item is None:
                item = rows[key] = LaneRowItem(key, row.y, width, row.h)
                self.addItem(item)
            elif item.row is not row or item.width != width:
                item.set_size(width, row.h)
                if item.y() != row.y:
                    item.setPos(0.0, row.y)  # its cards come along
            item.row = row
        return shown

    def _drop_rows(self, shown: set[RowKey]) -> None:
        """Remove the items of rows no longer shown (their cards are gone already)."""
        for key in [k for k in self.row_items if k not in shown]:
            item = self.row_items.pop(key)
            self.removeItem(item)

    def _sync_cards(
        self, stats: SyncStats, boxes: Mapping[str, CardBox], keys: Iterable[str]
    ) -> None:
        """Create, update or remove the card items of `keys` (every card when the scene
        cannot tell what changed); cards not in `keys` are known unchanged or moved with
        their row."""
        items = self.card_items
        touched = 0
        if keys is boxes:  # every card: those no longer laid out go
            for key in [k for k in items if k not in boxes]:
                self._remove_card(key)
                stats.removed += 1
        for key in keys:
            item = dict.get(items, key)
            box = boxes.get(key)
            if box is None:
                if item is not None:
                    self._remove_card(key)
                    stats.removed += 1
                continue
            touched += 1
            row = self.row_items[(box.cell.persona_id, box.cell.lane_id)]
            if item is None:
                item = self._new_card(box, row)
                items[key] = item
                stats.created += 1
            elif item.box is box:
                stats.untouched += 1
            else:
                old_row = item.parentItem()
                if old_row is not row:
                    item.setParentItem(row)
                    if item.zValue() != Z_CARD:  # moved by undo while lifted: follow
                        row.follow_lift()
                        if isinstance(old_row, LaneRowItem):
                            old_row.follow_lift()
                if item.box == box:
                    place_at(item, box.rect.x, box.rect.y)
                    item.box = box
                    stats.untouched += 1
                else:
                    item.set_box(box)
                    stats.updated += 1
                    stats.kinds["CardItem"] = stats.kinds.get("CardItem", 0) + 1
            self._box_tops[key] = row.y()
        stats.untouched += len(boxes) - touched

    def _remove_card(self, card_id: str) -> None:
        item = dict.pop(self.card_items, card_id)
        self._box_tops.pop(card_id, None)
        self.removeItem(item)

    def refresh_card_box(self, item: CardItem) -> None:
        """Give a card item the current layout's box if its row moved since it took
        its box (see CardItems)."""
        row = item.parentItem()
        if row is None or self._box_tops.get(item.card_id) == row.y():
            return
        ml = self.map_layout
        box = ml.cards.get(item.card_id) if ml is not None else None
        if box is not None:
            item.box = box  # same look and size: only the rect's y differs
            self._box_tops[item.card_id] = row.y()

    def _new_card(self, box: CardBox, row: LaneRowItem) -> CardItem:
        assert self._style is not None  # show_layout sets it first
        item = CardItem(box, self._style, self.pictures)
        item.setParentItem(row)  # into the scene with its row
        place_at(item, box.rect.x, box.rect.y)
        if self.in_view:
            item.setCacheMode(_DEVICE_CACHE)
        if not self.detailed:
            item.setFlag(_NO_CONTENTS, True)
        return item

    def _new_marker(self, marker: Any, color: str, style: MapStyle) -> EmotionMarkerItem:
        item = EmotionMarkerItem(marker, color, style)
        if not self.detailed:
            item.setFlag(_NO_CONTENTS, True)
        return item

    # -- level of detail ---------------------------------------------------------------

    def set_zoom(self, zoom: float) -> None:
        """Follow the zoom of the view that shows this scene (MapView calls it as soon as
        it has the scene): far out, draw cards and markers through the overview.

        A scene shown in a view also caches each card's pixels per zoom level, so a card
        that scrolls or is pushed down by a row growing above it is blitted, not painted
        again in Python. A scene only rendered for export never caches: its SVG and PDF
        output must stay vector.
        """
        if not self.in_view:
            self.in_view = True
            for item in self.card_items.values():
                item.setCacheMode(_DEVICE_CACHE)
        self.set_detailed(zoom >= OVERVIEW_BELOW_ZOOM)

    def set_detailed(self, detailed: bool) -> None:
        """Paint every card and marker item (True) or the one overview item (False).

        The items stay in the scene either way (visible, selectable, hit-testable);
        only whether Qt asks them to paint changes.
        """
        if detailed == self.detailed:
            return
        self.detailed = detailed
        for items in (self.card_items, self.marker_items):
            for item in items.values():
                item.setFlag(_NO_CONTENTS, not detailed)
        if self.overview is not None:
            self.overview.setVisible(not detailed)
        self.update()

    def _selection_changed(self) -> None:
        if not self.detailed and self.overview is not None:
            self.overview.update()

    def _sync_markers(
        self, stats: SyncStats, map_layout: MapLayout, previous: MapLayout | None
    ) -> None:
        """Bring the emotion markers in line with `map_layout`'s curves; `previous`, the
        layout the items show, tells which curves are the very same (most of them)."""
        style = map_layout.style
        curves = map_layout.curves
        before = previous.curves if previous is not None else {}
        changed = [c for persona_id, c in curves.items() if before.get(persona_id) is not c]
        for persona_id, curve in curves.items():
            if before.get(persona_id) is curve:
                stats.untouched += len(curve.markers)
        wanted = {
            marker.point_id: (marker, curve.color) for curve in changed for marker in curve.markers
        }
        if previous is None:
            stale = [k for k in self.marker_items if k not in wanted]
        else:
            stale = [
                marker.point_id
                for persona_id, curve in before.items()
                if curves.get(persona_id) is not curve
                for marker in curve.markers
                if marker.point_id not in wanted
            ]
        for key in stale:
            item = self.marker_items.pop(key, None)
            if item is not None:
                self.removeItem(item)
                stats.removed += 1
        for point_id, (marker, color) in wanted.items():
            item = self.marker_items.get(point_id)
            if item is None:
                item = self._new_marker(marker, color, style)
                self.marker_items[point_id] = item
                self.addItem(item)
                stats.created += 1
            elif item.marker is marker and item.color == color and item.style is style:
                stats.untouched += 1
            elif _moved_only(item.marker, marker) and item.color == color and item.style is style:
                # Its lane moved: the same face and label one setPos away.
                item.marker = marker
                item.setPos(marker.rect.x, marker.rect.y)
                stats.untouched += 1
            else:
                item.set_marker(marker, color, style)
                stats.updated += 1

    def clear_map(self) -> None:
        """Remove the map's items (when the window switches to another map); overlays
        owned by the editor stay."""
        if self.grid is not None:
            self.removeItem(self.grid)
        self.grid = None
        if self.overview is not None:
            self.removeItem(self.overview)
        self.overview = None
        self.map_layout = None
        for items in (
            self.stage_items,
            self.band_items,
            self.lane_items,
            self.card_items,
            self.curve_items,
            self.marker_items,
            self.row_items,
        ):
            for item in items.values():
                self.removeItem(item)
            items.clear()
        self._box_tops.clear()

    def map_rect(self) -> QRectF:
        """The map's own area, without the margin around it."""
        if self.map_layout is None:
            return QRectF()
        return QRectF(0.0, 0.0, self.map_layout.width, self.map_layout.height)


def _moved_only(old: EmotionMarker, new: EmotionMarker) -> bool:
    """Whether a marker only moved up or down with its lane (its label moves along)."""
    return (
        old.point_id == new.point_id
        and old.x == new.x
        and old.rect.x == new.rect.x
        and old.rect.w == new.rect.w
        and old.rect.h == new.rect.h
        and old.score == new.score
        and old.feeling == new.feeling
        and old.face == new.face
        and old.lines == new.lines
    )
