"""The map scene: keeps one graphics item per laid-out box, updated by id.

After each change the scene receives the new MapLayout and touches only the items
whose boxes changed. The layout engine reuses box objects for cells that did not move or
change, so an identity check skips almost every item of a large map.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from mapstudio.layout import MapLayout, MapStyle
from mapstudio.model import Asset
from mapstudio.ui.canvas.items import (
    BandHeaderItem,
    CardItem,
    EmotionCurveItem,
    EmotionMarkerItem,
    GridItem,
    LaneLabelItem,
    OverviewItem,
    StageHeaderItem,
)
from mapstudio.ui.canvas.pictures import PictureCache

# Below this zoom a card is a few device pixels tall (about 20 px for a one-line card at
# 0.3): the scene draws every card as a plain rect in one overview item instead of
# asking each of thousands of card items to paint itself.
OVERVIEW_BELOW_ZOOM = 0.3

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache


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
        self.card_items: dict[str, CardItem] = {}
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
            self.addItem(self.grid)
            stats.created += 1
        elif previous is not map_layout:
            self.grid.set_layout(map_layout)
            stats.updated += 1
        if self.overview is None:
            self.overview = OverviewItem(map_layout, self.selectedItems)
            self.overview.setVisible(not self.detailed)
            self.addItem(self.overview)
        elif previous is not map_layout:
            self.overview.set_layout(map_layout, changed)
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
        if changed is None:
            self._sync(stats, self.card_items, map_layout.cards, self._new_card)
        else:
            self._sync_changed(stats, self.card_items, map_layout.cards, changed, self._new_card)
        self._sync(
            stats,
            self.curve_items,
            map_layout.curves,
            lambda box: EmotionCurveItem(box, style),
        )
        self._sync_markers(stats, map_layout)
        self.map_layout = map_layout
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

    def _sync_changed(
        self,
        stats: SyncStats,
        items: dict[str, Any],
        boxes: Mapping[str, Any],
        changed: frozenset[str],
        create: Callable[[Any], QGraphicsItem],
    ) -> None:
        """`_sync` for the listed keys only; every other key's box is known unchanged."""
        touched = 0
        for key in changed:
            item = items.get(key)
            box = boxes.get(key)
            if box is None:
                if item is not None:
                    self.removeItem(items.pop(key))
                    stats.removed += 1
                continue
            touched += 1
            if item is None:
                item = create(box)
                items[key] = item
                self.addItem(item)
                stats.created += 1
            elif item.box is box:
                stats.untouched += 1
            else:
                item.set_box(box)
                stats.updated += 1
                kind = type(item).__name__
                stats.kinds[kind] = stats.kinds.get(kind, 0) + 1
        stats.untouched += len(boxes) - touched

    def _new_card(self, box: Any) -> CardItem:
        assert self._style is not None  # show_layout sets it first
        item = CardItem(box, self._style, self.pictures)
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

    def _sync_markers(self, stats: SyncStats, map_layout: MapLayout) -> None:
        style = map_layout.style
        wanted = {
            marker.point_id: (marker, curve.color)
            for curve in map_layout.curves.values()
            for marker in curve.markers
        }
        for key in [k for k in self.marker_items if k not in wanted]:
            self.removeItem(self.marker_items.pop(key))
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
        ):
            for item in items.values():
                self.removeItem(item)
            items.clear()

    def map_rect(self) -> QRectF:
        """The map's own area, without the margin around it."""
        if self.map_layout is None:
            return QRectF()
        return QRectF(0.0, 0.0, self.map_layout.width, self.map_layout.height)
