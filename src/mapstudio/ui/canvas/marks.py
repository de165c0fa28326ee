"""Graphics items that draw the marks of a comparison (mapstudio.layout.marks) on a canvas.

The layout engine placed every outline, badge, curve and label and turned each into a
display list; these items draw those lists through the Qt interpreter
(mapstudio.ui.drawing), as the compare PDF draws them through reportlab's. They sit
above the cards, take no mouse buttons (a click goes to the card below) and hold no
state but their mark.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.layout import Rect
from mapstudio.layout.display import Shapes
from mapstudio.layout.marks import (
    CardMark,
    DeltaLabel,
    LegendBox,
    OtherCurve,
    PointMark,
    card_mark_shapes,
    delta_shapes,
    legend_shapes,
    other_curve_shapes,
    point_mark_shapes,
)
from mapstudio.ui.canvas.items import Z_MARKER, qrect
from mapstudio.ui.drawing import draw_shapes
from mapstudio.ui.i18n import translate

# Above the cards and markers, below the editor's overlays.
Z_MARKS = Z_MARKER + 1


def mark_words(kind: str) -> str:
    """The name of a mark, as the legend says it."""
    words = {
        "added": translate("CompareMarks", "Added"),
        "removed": translate("CompareMarks", "Removed: only the other side has this card"),
        "changed": translate("CompareMarks", "Changed"),
        "moved": translate("CompareMarks", "Moved"),
    }
    return words.get(kind, kind)


class _MarkItem(QGraphicsItem):
    """An overlay item that draws its mark's display list, in scene coordinates (it
    stays at the origin)."""

    def __init__(self, bounds: Rect, shapes: Shapes) -> None:
        super().__init__()
        self.setZValue(Z_MARKS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self._bounds = qrect(bounds)
        self.shapes = shapes

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        draw_shapes(painter, self.shapes)


class CardMarkItem(_MarkItem):
    """The outline and badges of one marked card."""

    def __init__(self, mark: CardMark) -> None:
        super().__init__(mark.bounds, card_mark_shapes(mark))
        self.mark = mark
        self.setToolTip(", ".join(mark_words(kind) for kind in mark.kinds))

    @property
    def card_id(self) -> str:
        return self.mark.card_id

    @property
    def kind(self) -> str:
        """The strongest mark: "added", "removed", "changed" or "moved"."""
        return self.mark.kind


class PointMarkItem(_MarkItem):
    """The ring and badges of one marked emotion marker."""

    def __init__(self, mark: PointMark) -> None:
        super().__init__(mark.bounds, point_mark_shapes(mark))
        self.mark = mark

    @property
    def point_id(self) -> str:
        return self.mark.point_id

    @property
    def kind(self) -> str:
        return self.mark.kind


class OtherCurveItem(_MarkItem):
    """The other side's emotion curve of one persona, dashed."""

    def __init__(self, curve: OtherCurve) -> None:
        super().__init__(curve.bounds, other_curve_shapes(curve))
        self.setZValue(Z_MARKS - 0.5)  # under the badges, over the shown curve
        self.curve = curve

    @property
    def persona_id(self) -> str:
        return self.curve.persona_id


class DeltaItem(_MarkItem):
    """ "+1" under a stage's column of a persona's emotion lane."""

    def __init__(self, label: DeltaLabel) -> None:
        super().__init__(label.rect.inset(-label.border_width), delta_shapes(label))
        self.label = label

    @property
    def text(self) -> str:
        return self.label.line.text


class LegendItem(_MarkItem):
    """The legend above the map."""

    def __init__(self, legend: LegendBox) -> None:
        super().__init__(legend.rect.inset(-2 * legend.border_width), legend_shapes(legend))
        self.legend = legend

    @property
    def words(self) -> list[str]:
        return [line.text for line in self.legend.lines]


__all__ = [
    "Z_MARKS",
    "CardMarkItem",
    "DeltaItem",
    "LegendItem",
    "OtherCurveItem",
    "PointMarkItem",
]
