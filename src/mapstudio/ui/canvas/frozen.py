"""Frozen headers: while a large map scrolls, the stage header row stays at the top of
the view and the lane-label column at its left, as in a spreadsheet.

They are interaction decoration, painted over the scene by the view (`MapView`) from
the same display lists as the real headers, at the real headers' x (for stages) or y
(for lanes); nothing moves in the scene or the layout. A press on a frozen header is
a press on the real one (`real_position`), so it selects, drags and renames as usual,
and the pointer resting on one shows the real header's tooltip; their blank corner is
inert (`in_corner`): nothing scrolled under it is pressed, dropped on or described.
Each copy also shows what its real header shows (`Decor`): the highlight of the
selected stage, lane or band, a header being dragged, and the drop marks of a drag
(the gap a stage would go to) where they cross the frozen strips.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

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

    def corner(self) -> QRectF:
        """The blank corner where the frozen row and column meet (empty unless both are
        frozen): paper over the map, so nothing under it may react to the pointer."""
        return self.top_strip().intersected(self.left_strip())

    def strip_at(self, pos: QPointF) -> bool:
        """Whether scene `pos` is on a frozen strip (or their corner)."""
        return self.top_strip().contains(pos) or self.left_strip().contains(pos)


@dataclass(frozen=True)
class Decor:
    """The scene's real header items (by the keys the scene files them under) and the
    marks of a running gesture: what the frozen copies show as the real ones do."""

    stages: Mapping[str, QGraphicsItem] = field(default_factory=dict)
    lanes: Mapping[tuple[str, str | None], QGraphicsItem] = field(default_factory=dict)
    bands: Mapping[str | None, QGraphicsItem] = field(default_factory=dict)
    marks: Sequence[QGraphicsItem] = ()


def _shift(item: QGraphicsItem | None, x: float, y: float) -> QPointF:
    """How far a header item stands from its place in the layout (a header being
    dragged follows the pointer; at rest this is zero)."""
    return QPointF() if item is None else item.scenePos() - QPointF(x, y)


def _highlight(painter: QPainter, item: QGraphicsItem | None, rect: QRectF) -> None:
    """The selection outline of a highlighted header, drawn around `rect`."""
    if item is None or not getattr(item, "highlighted", False):
        return
    painter.save()
    painter.translate(rect.topLeft())
    item.paint_highlight(painter, QRectF(0.0, 0.0, rect.width(), rect.height()))  # type: ignore[attr-defined]
    painter.restore()


def _paint_marks(
    painter: QPainter, marks: Sequence[QGraphicsItem], clip: QRectF, by: QPointF
) -> None:
    """The drop marks where they cross the real headers, moved `by` onto the strip."""
    option = QStyleOptionGraphicsItem()
    for mark in marks:
        if not mark.isVisible():
            continue
        painter.save()
        painter.setClipRect(clip, Qt.ClipOperation.IntersectClip)
        painter.translate(mark.scenePos() + by)
        mark.paint(painter, option, None)
        painter.restore()


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


def in_corner(state: Frozen | None, pos: QPointF) -> bool:
    """Whether scene `pos` is on the blank frozen corner, where nothing reacts."""
    return state is not None and state.corner().contains(pos)


def real_position(state: Frozen | None, pos: QPointF) -> QPointF:
    """Where a press at scene `pos` lands: on a frozen header, at the real header (on
    their corner, at `pos`: see `in_corner`, which the view checks first)."""
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
    decor: Decor | None = None,
) -> None:
    """Draw the frozen column, then the frozen row over it, then their corner; with
    `exposed`, only the headers and labels that reach into it. In the column, each
    band's header shows its persona (as much of it as the column holds), so a designer
    knows whose lanes are on screen. With `decor`, each copy shows its real header's
    highlight and drag, and the drop marks show on the strips."""
    decor = decor or Decor()
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
            item = decor.lanes.get((label.lane_id, label.persona_id))
            at = QPointF(rect.x + state.dx, rect.y) + _shift(item, rect.x, rect.y)
            draw_shapes(painter, lane_label_shapes(label), None, at.x(), at.y())
            _highlight(painter, item, QRectF(at.x(), at.y(), rect.w, rect.h))
        painter.save()
        painter.setClipRect(left, Qt.ClipOperation.IntersectClip)
        for band in layout.bands:
            header = band.header_rect
            if header.bottom < left_rows.top() or header.y > left_rows.bottom():
                continue
            item = decor.bands.get(band.persona_id)
            at = QPointF(header.x + state.dx, header.y) + _shift(item, header.x, header.y)
            painter.fillRect(
                QRectF(at.x(), at.y(), left.width(), header.h), qcolor(style.band_header_fill)
            )
            draw_shapes(painter, band_header_shapes(band), pictures, at.x(), at.y())
            _highlight(painter, item, QRectF(at.x(), at.y(), header.w, header.h))
        painter.restore()
        _paint_marks(painter, decor.marks, left, QPointF(state.dx, 0.0))
        painter.setPen(rule)
        painter.drawLine(left.topRight(), left.bottomRight())
    if not top_columns.isEmpty():
        painter.fillRect(top, fill)
        # A stage being dragged is drawn last, over the ones it passes.
        stages = sorted(
            layout.stage_headers,
            key=lambda stage: (
                not _shift(decor.stages.get(stage.stage_id), stage.rect.x, stage.rect.y).isNull()
            ),
        )
        for stage in stages:
            item = decor.stages.get(stage.stage_id)
            rect = stage.rect
            at = QPointF(rect.x, rect.y + state.dy) + _shift(item, rect.x, rect.y)
            if at.x() + rect.w < top_columns.left() or at.x() > top_columns.right():
                continue
            draw_shapes(painter, stage_header_shapes(stage), None, at.x(), at.y())
            _highlight(painter, item, QRectF(at.x(), at.y(), rect.w, rect.h))
        _paint_marks(painter, decor.marks, top, QPointF(0.0, state.dy))
        painter.setPen(rule)
        painter.drawLine(top.bottomLeft(), top.bottomRight())
    if not left.isEmpty() and not top.isEmpty():
        corner = QRectF(left.left(), top.top(), left.width(), top.height())
        painter.fillRect(corner, fill)
        painter.setPen(rule)
        painter.drawLine(corner.bottomLeft(), corner.bottomRight())
        painter.drawLine(corner.topRight(), corner.bottomRight())
    painter.setPen(Qt.PenStyle.NoPen)


__all__ = ["Decor", "Frozen", "frozen", "in_corner", "paint_frozen", "real_position"]
