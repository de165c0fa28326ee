"""Frozen headers: while a large map scrolls, the stage header row stays at the top of
the view and the lane-label column at its left, as in a spreadsheet.

They are interaction decoration, painted over the scene by the view (`MapView`) from
the same display lists as the real headers, at the real headers' x (for stages) or y
(for lanes); nothing moves in the scene or the layout. A press on a frozen header is
a press on the real one (`real_position`), so it selects, drags and renames as usual.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from mapstudio.layout import MapLayout
from mapstudio.layout.display import band_header_shapes, lane_label_shapes, stage_header_shapes
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.drawing import draw_shapes
from mapstudio.ui.painting import qcolor


@dataclass(frozen=True)
class Frozen:
    """How far the header row and the label column are drawn from where they are
    (0: not frozen, in view where they are), in scene units."""

    dy: float  # the stage header row, moved down to the top of the view
    dx: float  # the lane-label column, moved right to the left of the view
    header: QRectF  # the header row where it is (across the map)
    labels: QRectF  # the label column where it is (header row included)

    @property
    def active(self) -> bool:
        return self.dy > 0 or self.dx > 0

    def top_strip(self) -> QRectF:
        """The frozen header row where it is drawn."""
        return self.header.translated(0, self.dy) if self.dy > 0 else QRectF()

    def left_strip(self) -> QRectF:
        """The frozen label column where it is drawn."""
        return self.labels.translated(self.dx, 0) if self.dx > 0 else QRectF()


def frozen(layout: MapLayout | None, visible: QRectF) -> Frozen | None:
    """Which headers are frozen for the part `visible` of the map; None when the map
    has no header row."""
    if layout is None or not layout.stage_headers:
        return None
    top = min(h.rect.y for h in layout.stage_headers)
    bottom = max(h.rect.bottom for h in layout.stage_headers)
    column = layout.label_column
    header = QRectF(column.x, top, layout.width - column.x, bottom - top)
    labels = QRectF(column.x, column.y, column.w, column.h)
    # Frozen only while the map itself is still on screen below / beside them.
    dy = visible.top() - top if top < visible.top() < labels.bottom() - header.height() else 0.0
    dx = visible.left() - column.x if column.x < visible.left() < layout.width - column.w else 0.0
    return Frozen(max(dy, 0.0), max(dx, 0.0), header, labels)


def real_position(state: Frozen | None, pos: QPointF) -> QPointF:
    """Where a press at scene `pos` lands: on a frozen header, at the real header."""
    if state is None:
        return pos
    if state.top_strip().contains(pos) and not state.left_strip().contains(pos):
        return QPointF(pos.x(), pos.y() - state.dy)
    if state.left_strip().contains(pos) and not state.top_strip().contains(pos):
        return QPointF(pos.x() - state.dx, pos.y())
    return pos


def paint_frozen(
    painter: QPainter,
    layout: MapLayout,
    state: Frozen,
    pictures: PictureCache | None = None,
    exposed: QRectF | None = None,
) -> None:
    """Draw the frozen column, then the frozen row over it, then their corner; with
    `exposed`, only the headers and labels that reach into it. In the column, each
    band's header shows its persona (as much of it as the column holds), so a designer
    knows whose lanes are on screen."""
    style = layout.style
    fill = qcolor(style.header_fill)
    rule = QPen(qcolor(style.rule_color), style.rule_width * 2)
    rule.setCosmetic(False)
    left, top = state.left_strip(), state.top_strip()
    if exposed is not None:
        # Only what is exposed: headers outside it are clipped away anyway.
        left_rows = left.intersected(exposed)
        top_columns = top.intersected(exposed)
    else:
        left_rows, top_columns = left, top
    if not left_rows.isEmpty():
        painter.fillRect(left, fill)
        for label in layout.lane_labels:
            rect = label.rect
            if rect.bottom < left_rows.top() or rect.y > left_rows.bottom():
                continue
            draw_shapes(painter, lane_label_shapes(label), None, rect.x + state.dx, rect.y)
        painter.save()
        painter.setClipRect(left, Qt.ClipOperation.IntersectClip)
        for band in layout.bands:
            header = band.header_rect
            if header.bottom < left_rows.top() or header.y > left_rows.bottom():
                continue
            x = header.x + state.dx
            painter.fillRect(
                QRectF(x, header.y, left.width(), header.h), qcolor(style.band_header_fill)
            )
            draw_shapes(painter, band_header_shapes(band), pictures, x, header.y)
        painter.restore()
        painter.setPen(rule)
        painter.drawLine(left.topRight(), left.bottomRight())
    if not top_columns.isEmpty():
        painter.fillRect(top, fill)
        for stage in layout.stage_headers:
            at = stage.rect
            if at.right < top_columns.left() or at.x > top_columns.right():
                continue
            draw_shapes(painter, stage_header_shapes(stage), None, at.x, at.y + state.dy)
        painter.setPen(rule)
        painter.drawLine(top.bottomLeft(), top.bottomRight())
    if not left.isEmpty() and not top.isEmpty():
        corner = QRectF(left.left(), top.top(), left.width(), top.height())
        painter.fillRect(corner, fill)
        painter.setPen(rule)
        painter.drawLine(corner.bottomLeft(), corner.bottomRight())
        painter.drawLine(corner.topRight(), corner.bottomRight())
    painter.setPen(Qt.PenStyle.NoPen)


__all__ = ["Frozen", "frozen", "paint_frozen", "real_position"]
