"""The far-zoom overview of the canvas: every card and emotion marker of the map as
plain rects and circles, drawn in a few batched calls by one item.

Far out a card is a few device pixels, and thousands of card items painting one Python
call each cost far more than a frame; the scene (mapstudio.ui.canvas.scene) then
shows this item instead and keeps the card and marker items for selection and
hit-testing. Up close the items of mapstudio.ui.canvas.items paint their display lists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.layout import MapLayout
from mapstudio.ui.canvas.items import (
    SELECTION_COLOR,
    Z_CARD,
    CardItem,
    EmotionMarkerItem,
    qrect,
)

# From this zoom on the overview outlines its cards (a 150 pt card is then 15 px wide).
OVERVIEW_BORDERS_FROM = 0.1


class OverviewItem(QGraphicsItem):
    """Every card and emotion marker of the map as plain shapes, in one paint.

    Far out a card is a few device pixels: painting 5,000 card items one Python call
    each costs far more than a frame. The scene then stops the card and marker items
    from painting (they stay in the scene, selectable and hit-testable) and shows this
    item instead, which draws the same rects from the MapLayout with a few batched calls.
    """

    def __init__(self, map_layout: MapLayout, selected: Callable[[], list[QGraphicsItem]]) -> None:
        super().__init__()
        self.setZValue(Z_CARD)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.map_layout = map_layout
        self._selected = selected
        self._fills: list[tuple[QColor, list[QRectF]]] | None = None
        self._markers: list[tuple[QColor, list[QRectF]]] | None = None
        self.paints = 0  # for tests

    def set_layout(self, map_layout: MapLayout, changed: Iterable[str] | None = None) -> None:
        """Take a new layout; `changed` card ids (None: any card) say where to repaint."""
        old = self.map_layout
        if map_layout.width != old.width or map_layout.height != old.height:
            self.prepareGeometryChange()
        self.map_layout = map_layout
        self._fills = None
        self._markers = None
        if not self.isVisible():
            return
        if changed is None:
            self.update()
            return
        for card_id in changed:
            for box in (old.cards.get(card_id), map_layout.cards.get(card_id)):
                if box is not None:
                    self.update(qrect(box.rect).adjusted(-2.0, -2.0, 2.0, 2.0))
        if old.curves != map_layout.curves:
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.map_layout.width, self.map_layout.height)

    def _card_groups(self) -> list[tuple[QColor, list[QRectF]]]:
        if self._fills is None:
            groups: dict[str, list[QRectF]] = {}
            for box in self.map_layout.cards.values():
                r = box.rect
                groups.setdefault(box.fill, []).append(QRectF(r.x, r.y, r.w, r.h))
            self._fills = [(QColor(fill), rects) for fill, rects in groups.items()]
        return self._fills

    def _marker_groups(self) -> list[tuple[QColor, list[QRectF]]]:
        if self._markers is None:
            self._markers = [
                (QColor(curve.color), [qrect(m.rect) for m in curve.markers])
                for curve in self.map_layout.curves.values()
            ]
        return self._markers

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.paints += 1
        style = self.map_layout.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if scale >= OVERVIEW_BORDERS_FROM:
            painter.setPen(QPen(QColor(style.card_border_color), 0))  # one device pixel
        else:
            # Cards a few pixels wide: a border would cover them, and it costs twice
            # as much to draw as the fills.
            painter.setPen(Qt.PenStyle.NoPen)
        for color, rects in self._card_groups():
            painter.setBrush(color)
            painter.drawRects(rects)
        fill = QColor(style.marker_fill)
        for color, rects in self._marker_groups():
            painter.setPen(QPen(color, 0))
            painter.setBrush(fill)
            for rect in rects:
                painter.drawEllipse(rect)
        selected = [i for i in self._selected() if isinstance(i, CardItem | EmotionMarkerItem)]
        if selected:
            # The card and marker items do not paint here: outline the selection for them.
            pen = QPen(SELECTION_COLOR, 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for item in selected:
                painter.drawRect(item.sceneBoundingRect())
