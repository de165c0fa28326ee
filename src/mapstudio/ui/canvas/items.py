"""Graphics items that paint the boxes of a MapLayout.

Each item sits at its box's top-left corner and draws its box's display list
(mapstudio.layout.display, relative to that corner) through the Qt interpreter
(mapstudio.ui.drawing): what the PDF prints. An item adds only the canvas's interaction
decoration: selection and hover outlines, the Find halo, the header highlight and a
band's collapse triangle. Items never hold document state: the scene hands them a new
box after every change and they repaint; a card that only moved keeps its list and its
cached pixels.
Far out, one item draws every card instead (mapstudio.ui.canvas.overview).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.layout import (
    BandBox,
    CardBox,
    EmotionCurveBox,
    EmotionMarker,
    LaneLabelBox,
    MapLayout,
    MapStyle,
    Rect,
    StageHeaderBox,
)
from mapstudio.layout.display import (
    Shapes,
    band_header_shapes,
    card_shapes,
    curve_shapes,
    lane_label_shapes,
    marker_shapes,
    stage_header_shapes,
)
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import draw_shapes
from mapstudio.ui.plain import plain_tooltip

# The canvas's interaction decoration (never printed, so not part of the map's style).
SELECTION_COLOR = QColor("#2563EB")
SELECTION_WIDTH = 2.0
HOVER_COLOR = QColor("#93B4F5")
HOVER_WIDTH = 1.25
FOUND_COLOR = QColor("#FACC15")
FOUND_MARGIN = 3.0  # how far the Find halo reaches beyond the card
FOLD_MARKER_COLOR = QColor("#5B6675")


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _local(rect: Rect) -> QRectF:
    """A box's own rect moved to the item's origin."""
    return QRectF(0.0, 0.0, rect.w, rect.h)


def place_at(item: QGraphicsItem, x: float, y: float) -> None:
    """Put `item`'s origin at scene point (x, y), inside whatever item holds it (the
    scene holds card items in one item per lane row, which it moves as a whole)."""
    parent = item.parentItem()
    if parent is None:
        item.setPos(x, y)
    else:
        item.setPos(x - parent.x(), y - parent.y())


# Stacking order: grid below headers and cells, cards above, the curve above the grid,
# markers on top so they stay grabbable where the curve crosses them.
Z_GRID, Z_HEADER, Z_CURVE, Z_CARD, Z_MARKER, Z_OVERLAY = 0, 1, 2, 3, 4, 10


class GridItem(QGraphicsItem):
    """The paper, header fills and cell rules of the whole map, as one cheap item.

    What it draws depends only on the row and column edges (and the style), so a new
    layout repaints it only where those moved; Qt clips a paint to the exposed part.
    """

    def __init__(self, map_layout: MapLayout) -> None:
        super().__init__()
        self.setZValue(Z_GRID)
        self.map_layout = map_layout
        # The grid's display list: that of an earlier layout while the rules are the
        # same (an edit that moves no row edge builds no new grid and no new path).
        self._grid: Shapes | None = None
        # The scene rect the last set_layout() marked for repaint (None: nothing), for tests.
        self.last_update: QRectF | None = None

    def set_layout(self, map_layout: MapLayout) -> None:
        old = self.map_layout
        self.map_layout = map_layout
        dirty = grid_dirty_rect(old, map_layout)
        self.last_update = dirty
        if dirty is None:
            return
        self._grid = None
        if map_layout.width != old.width or map_layout.height != old.height:
            self.prepareGeometryChange()
        self.update(dirty)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.map_layout.width, self.map_layout.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        exposed = option.exposedRect.intersected(self.boundingRect())
        if exposed.isEmpty():
            return
        painter.save()
        painter.setClipRect(exposed, Qt.ClipOperation.IntersectClip)
        if self._grid is None:
            self._grid = self.map_layout.drawing.grid
        draw_shapes(painter, self._grid)
        painter.restore()


def grid_dirty_rect(old: MapLayout, new: MapLayout) -> QRectF | None:
    """Where the grid of `new` differs from that of `old` (None: nowhere): from the
    first row edge that moved down to the bottom, or everywhere if the columns moved."""
    if old is new:
        return None
    whole = QRectF(0.0, 0.0, max(old.width, new.width), max(old.height, new.height))
    if old.style is not new.style or old.column_edges != new.column_edges:
        return whole
    if old.row_edges == new.row_edges and old.rows == new.rows:
        return None
    first = min(len(old.rows), len(new.rows))
    for i, (a, b) in enumerate(zip(old.rows, new.rows, strict=False)):
        if a != b:
            first = i
            break
    top = min(old.row_edges[first], new.row_edges[first])
    return QRectF(0.0, top, whole.width(), whole.height() - top)


class BoxItem(QGraphicsItem):
    """An item that sits at the top-left of its layout box and is exactly as large.

    `frame` names the rect of the box the item covers (a band header covers its
    `header_rect`, everything else its `rect`). The scene hands it a new box after a
    change; only a new size needs Qt to recompute the item's geometry.
    """

    frame_name = "rect"

    def __init__(self, box: Any, z: float) -> None:
        super().__init__()
        self.setZValue(z)
        self.box = box
        self._shapes: Shapes | None = None
        frame = self.frame
        self.setPos(frame.x, frame.y)

    def build(self) -> Shapes:
        """The box's display list (relative to the item)."""
        raise NotImplementedError

    @property
    def shapes(self) -> Shapes:
        if self._shapes is None:
            self._shapes = self.build()
        return self._shapes

    @property
    def frame(self) -> Rect:
        return getattr(self.box, self.frame_name)

    def set_box(self, box: Any) -> None:
        old = self.frame
        new = getattr(box, self.frame_name)
        if (new.w, new.h) != (old.w, old.h):
            self.prepareGeometryChange()
        self.box = box
        self._shapes = None
        self.setPos(new.x, new.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return _local(self.frame)


class HeaderItem(BoxItem):
    """Base of headers and labels: not rubber-band selectable, but can be highlighted
    as the one header the inspector shows."""

    highlighted = False

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint_highlight(self, painter: QPainter, rect: QRectF) -> None:
        if self.highlighted:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(SELECTION_COLOR, SELECTION_WIDTH))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 3, 3)


class StageHeaderItem(HeaderItem):
    """A stage column's header: the stage name in bold."""

    box: StageHeaderBox

    def __init__(self, box: StageHeaderBox) -> None:
        super().__init__(box, Z_HEADER)
        self.setToolTip("Stage — drag to reorder, double-click to rename")

    def build(self) -> Shapes:
        return stage_header_shapes(self.box)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes)
        self.paint_highlight(painter, self.boundingRect())


class BandHeaderItem(HeaderItem):
    """A persona band's header row: colour strip, avatar (photo or initials), name and role."""

    box: BandBox
    frame_name = "header_rect"

    def __init__(self, box: BandBox, pictures: PictureCache | None = None) -> None:
        super().__init__(box, Z_HEADER)
        self.pictures = pictures
        if box.persona_id is not None:
            self.setToolTip(
                "Persona band — drag to reorder, click the triangle to collapse,"
                " double-click to edit the persona"
            )

    def build(self) -> Shapes:
        return band_header_shapes(self.box)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes, self.pictures)
        if self.box.persona_id is not None:
            self._paint_fold_marker(painter)
        self.paint_highlight(painter, self.boundingRect())

    def _fold_rect(self) -> QRectF:
        h = self.box.header_rect.h
        return QRectF(self.box.header_rect.w - h + 8, 8, h - 16, h - 16)

    def fold_marker_contains(self, local: QPointF) -> bool:
        """Whether a point (item coordinates) is on the collapse/expand triangle."""
        return self.box.persona_id is not None and self._fold_rect().contains(local)

    def _paint_fold_marker(self, painter: QPainter) -> None:
        rect = self._fold_rect().adjusted(6, 6, -6, -6)
        path = QPainterPath()
        if self.box.collapsed:  # pointing right: there is more to unfold
            path.moveTo(rect.left() + rect.width() * 0.3, rect.top())
            path.lineTo(rect.right() - rect.width() * 0.2, rect.center().y())
            path.lineTo(rect.left() + rect.width() * 0.3, rect.bottom())
        else:  # pointing down: the band is open
            path.moveTo(rect.left(), rect.top() + rect.height() * 0.3)
            path.lineTo(rect.center().x(), rect.bottom() - rect.height() * 0.2)
            path.lineTo(rect.right(), rect.top() + rect.height() * 0.3)
        path.closeSubpath()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(FOLD_MARKER_COLOR)
        painter.drawPath(path)


class LaneLabelItem(HeaderItem):
    """A lane's label in the left column, with its kind icon."""

    box: LaneLabelBox

    def __init__(self, box: LaneLabelBox) -> None:
        super().__init__(box, Z_HEADER)
        self.setToolTip("Lane — double-click to rename, right-click for more")

    def build(self) -> Shapes:
        return lane_label_shapes(self.box)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes)
        self.paint_highlight(painter, self.boundingRect())


def lift(item: QGraphicsItem, by: float) -> None:
    """Raise (or lower) a carried item by `by`, and the lane row that holds a card with
    it (its follow_lift): a lifted card then travels above every other row's cards
    too. Said here rather than in the card's itemChange, which Qt would call into
    Python a dozen times for each of a large map's 10,000 cards as they are made."""
    item.setZValue(item.zValue() + by)
    follow_lift = getattr(item.parentItem(), "follow_lift", None)
    if follow_lift is not None:
        follow_lift()


class CardItem(QGraphicsItem):
    """A card: its display list (a rounded sticky note with its kind or channel icon),
    with the Find halo below and the selection or hover outline on top."""

    def __init__(self, box: CardBox, style: MapStyle, pictures: PictureCache | None = None) -> None:
        super().__init__()
        self.setZValue(Z_CARD)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.style = style
        self.box = box
        self._shapes: Shapes | None = None
        self.pictures = pictures  # the scene's decoded pictures (shared by every card)
        self._hover = False
        self._found = False
        # Qt asks for the bounding rect several times per move and per paint.
        self._bounds = _card_bounds(box)
        self.setPos(box.rect.x, box.rect.y)

    @property
    def card_id(self) -> str:
        return self.box.card_id

    @property
    def found(self) -> bool:
        return self._found

    @property
    def shapes(self) -> Shapes:
        """The card's display list, relative to the item (built on first paint)."""
        if self._shapes is None:
            self._shapes = card_shapes(self.box, self.style)
        return self._shapes

    def set_found(self, found: bool) -> None:
        """Mark the card as a Find match (a yellow halo that is not the selection)."""
        if found != self._found:
            self._found = found
            self.update()

    def set_box(self, box: CardBox) -> None:
        old = self.box
        if (box.rect.w, box.rect.h) != (old.rect.w, old.rect.h):
            self.prepareGeometryChange()
            self._bounds = _card_bounds(box)
        self.box = box
        place_at(self, box.rect.x, box.rect.y)
        if not _same_look(old, box):
            self._shapes = None
            self.update()  # a card that only moved keeps its list and its cached pixels

    def set_style(self, style: MapStyle) -> None:
        if style is not self.style:
            self.style = style
            self._shapes = None
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        radius = self.box.corner_radius
        path.addRoundedRect(_local(self.box.rect), radius, radius)
        return path

    def hoverEnterEvent(self, event: object) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event: object) -> None:
        self._hover = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = _local(self.box.rect)
        radius = self.box.corner_radius
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._found:
            m = FOUND_MARGIN
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FOUND_COLOR)
            painter.drawRoundedRect(rect.adjusted(-m, -m, m, m), radius + m - 1, radius + m - 1)
        draw_shapes(painter, self.shapes, self.pictures)
        if self.isSelected():
            outline = QPen(SELECTION_COLOR, SELECTION_WIDTH)
        elif self._hover:
            outline = QPen(HOVER_COLOR, HOVER_WIDTH)
        else:
            return
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)


def _card_bounds(box: CardBox) -> QRectF:
    # Room for the soft shadow below and the selection outline around.
    return _local(box.rect).adjusted(-3.0, -3.0, 3.0, 4.0)


def _same_look(a: CardBox, b: CardBox) -> bool:
    """Whether two boxes of a card paint the same pixels (wherever they are placed)."""
    return (
        a.rect.w == b.rect.w
        and a.rect.h == b.rect.h
        and a.title_lines == b.title_lines
        and a.body_lines == b.body_lines
        and a.meta_lines == b.meta_lines
        and a.fill == b.fill
        and a.kind is b.kind
        and a.channel is b.channel
        and a.icon_rect == b.icon_rect
        and a.icon_color == b.icon_color
        and a.dots == b.dots
        and a.dots_rect == b.dots_rect
        and a.corner_radius == b.corner_radius
        and a.image_rect == b.image_rect
        and a.image_asset_id == b.image_asset_id
    )


class EmotionCurveItem(BoxItem):
    """A persona's emotion lane: scale guides with labels and the smooth curve."""

    box: EmotionCurveBox

    def __init__(self, box: EmotionCurveBox, style: MapStyle) -> None:
        super().__init__(box, Z_CURVE)
        self.style = style

    def build(self) -> Shapes:
        return curve_shapes(self.box, self.style)

    def set_style(self, style: MapStyle) -> None:
        if style is not self.style:
            self.style = style
            self._shapes = None
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes)


class EmotionMarkerItem(QGraphicsItem):
    """A face on the emotion curve, with its feeling word; selectable (a selected
    marker's ring shows in the selection colour)."""

    def __init__(self, marker: EmotionMarker, color: str, style: MapStyle) -> None:
        super().__init__()
        self.setZValue(Z_MARKER)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.color = color
        self.style = style
        self.marker = marker
        self._shapes: Shapes | None = None
        self._bounds = _marker_bounds(marker)
        self.setPos(marker.rect.x, marker.rect.y)
        self._update_tooltip()

    @property
    def point_id(self) -> str:
        return self.marker.point_id

    @property
    def shapes(self) -> Shapes:
        if self._shapes is None:
            self._shapes = marker_shapes(self.marker, self.color, self.style)
        return self._shapes

    def _update_tooltip(self) -> None:
        feeling = self.marker.feeling or "Emotion"
        # The feeling word comes from the file: shown literally, never as markup.
        self.setToolTip(
            plain_tooltip(f"{feeling} ({self.marker.score:+d}) — drag up or down to change")
        )

    def set_marker(self, marker: EmotionMarker, color: str, style: MapStyle) -> None:
        self.prepareGeometryChange()
        self.marker = marker
        self._bounds = _marker_bounds(marker)
        self.color = color
        self.style = style
        self._shapes = None
        self.setPos(marker.rect.x, marker.rect.y)
        self._update_tooltip()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes)
        if self.isSelected():
            painter.setPen(QPen(SELECTION_COLOR, self.style.marker_ring_width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(_local(self.marker.rect))


def _marker_bounds(marker: EmotionMarker) -> QRectF:
    """The face and its feeling label (relative to the marker's rect)."""
    rect = _local(marker.rect).adjusted(-2.0, -2.0, 2.0, 2.0)
    for line in marker.lines:
        rect = rect.united(
            QRectF(line.x, line.y_baseline - line.font.size, line.width, line.font.size * 1.4)
        )
    return rect
