"""The map scene: keeps one graphics item per laid-out box, updated by id.

After each change the scene receives the new MapLayout and touches only the items
whose boxes changed. The layout engine reuses box objects for cells that did not move or
change, so an identity check skips almost every item of a large map.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from mapstudio.layout import MapLayout
from mapstudio.ui.canvas.items import (
    BandHeaderItem,
    CardItem,
    EmotionCurveItem,
    EmotionMarkerItem,
    GridItem,
    LaneLabelItem,
    StageHeaderItem,
)


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
        self.last_sync = SyncStats()

    def show_layout(self, map_layout: MapLayout) -> SyncStats:
        """Bring the items in line with `map_layout`, creating, updating and removing."""
        stats = SyncStats()
        style = map_layout.style
        if self.grid is None:
            self.grid = GridItem(map_layout)
            self.addItem(self.grid)
            stats.created += 1
        elif self.map_layout is not map_layout:
            self.grid.set_layout(map_layout)
            stats.updated += 1
        self._sync(
            stats,
            self.stage_items,
            {h.stage_id: h for h in map_layout.stage_headers},
            StageHeaderItem,
        )
        self._sync(
            stats, self.band_items, {b.persona_id: b for b in map_layout.bands}, BandHeaderItem
        )
        self._sync(
            stats,
            self.lane_items,
            {(lb.lane_id, lb.persona_id): lb for lb in map_layout.lane_labels},
            LaneLabelItem,
        )
        self._sync(
            stats,
            self.card_items,
            map_layout.cards,
            lambda box: CardItem(box, style.card_border_color, style.text_color),
        )
        self._sync(
            stats,
            self.curve_items,
            map_layout.curves,
            lambda box: EmotionCurveItem(box, style.guide_color),
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
        boxes: Mapping[Hashable, Any],
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
                item = EmotionMarkerItem(marker, color, style.marker_fill)
                self.marker_items[point_id] = item
                self.addItem(item)
                stats.created += 1
            elif item.marker is marker:
                stats.untouched += 1
            else:
                item.set_marker(marker, color)
                stats.updated += 1

    def clear_map(self) -> None:
        """Remove the map's items (when the window switches to another map); overlays
        owned by the editor stay."""
        if self.grid is not None:
            self.removeItem(self.grid)
        self.grid = None
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
