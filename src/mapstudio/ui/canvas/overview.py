"""The far-zoom overview of the canvas: every card and emotion marker of the map as
plain rects and circles, drawn in a few batched calls by one item.

Far out a card is a few device pixels, and thousands of card items painting one Python
call each cost far more than a frame; the scene (mapstudio.ui.canvas.scene) then
shows this item instead and keeps the card and marker items for selection and
hit-testing. Up close the items of mapstudio.ui.canvas.items paint their display lists.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
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
# The overview keeps its drawing of the whole map as pixels, one picture per scale, for
# the last few scales: a pan, or going back and forth between two zooms, copies pixels
# instead of drawing every card again (20,000 cards: 8 ms of rects and circles a frame,
# however little of the view a scroll exposes). A zoom to a new scale draws afresh.
KEPT_PICTURES = 2
# A larger picture (a map many screens wide at this zoom) is not kept: 16 MB each.
MAX_PICTURE_PIXELS = 4_000_000


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
        self._pictures: dict[tuple[float, float, float], QImage] = {}
        self.paints = 0  # for tests
        self.drawings = 0  # for tests: how often every card was drawn

    def set_layout(self, map_layout: MapLayout, changed: Iterable[str] | None = None) -> None:
        """Take a new layout; `changed` card ids (None: any card) say where to repaint."""
        old = self.map_layout
        if map_layout.width != old.width or map_layout.height != old.height:
            self.prepareGeometryChange()
        self.map_layout = map_layout
        self._fills = None
        self._markers = None
        self._pictures.clear()
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
        if not self._copy_picture(painter):
            scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
            self._draw(painter, scale)
        selected = [i for i in self._selected() if isinstance(i, CardItem | EmotionMarkerItem)]
        if selected:
            # The card and marker items do not paint here: outline the selection for them.
            pen = QPen(SELECTION_COLOR, 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for item in selected:
                painter.drawRect(item.sceneBoundingRect())

    def _copy_picture(self, painter: QPainter) -> bool:
        """Copy the kept picture of the map at the painter's scale (drawn first if this
        scale has none); False when the transform is not a plain scale or the picture
        would be too large to keep."""
        transform = painter.worldTransform()
        if transform.type().value > QTransform.TransformationType.TxScale.value:
            return False
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        sx, sy = transform.m11(), transform.m22()
        width = math.ceil(self.map_layout.width * sx * ratio)
        height = math.ceil(self.map_layout.height * sy * ratio)
        if sx <= 0 or sy <= 0 or width * height > MAX_PICTURE_PIXELS or not width * height:
            return False
        key = (sx, sy, ratio)
        picture = self._pictures.pop(key, None)
        if picture is None:
            picture = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            picture.fill(Qt.GlobalColor.transparent)
            inner = QPainter(picture)
            inner.scale(sx * ratio, sy * ratio)
            self._draw(inner, min(sx, sy))
            inner.end()
            picture.setDevicePixelRatio(ratio)
        self._pictures[key] = picture  # the most recent last
        while len(self._pictures) > KEPT_PICTURES:
            del self._pictures[next(iter(self._pictures))]
        # Pixel for pixel: at the device position of the map's corner, on whole pixels.
        corner = transform.map(QPointF(0.0, 0.0))
        painter.save()
        painter.resetTransform()
        painter.drawImage(
            QPointF(round(corner.x() * ratio) / ratio, round(corner.y() * ratio) / ratio),
            picture,
        )
        painter.restore()
        return True

    def _draw(self, painter: QPainter, scale: float) -> None:
        """Every card as a rect and every marker as a circle, at `scale` device pixels
        per scene unit."""
        self.drawings += 1
        style = self.map_layout.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
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
