"""The photo of a workshop-photo review: notes outlined and tagged, dragged, drawn.

`PhotoCanvas` shows one photo at a time, zoomable, with an outline (`NoteOutline`) and
a tag (`NoteTag`) for every note; it turns drags and drawn boxes into signals for the
review dialog. `cut_picture` cuts a drawn note out of the photo as the analysis does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from mapstudio.ui.i18n import translate
from mapstudio.ui.photo_review_model import Point, ReviewNote
from mapstudio.ui.plain import plain_tooltip

if TYPE_CHECKING:
    from mapstudio.photo import PhotoView


PICTURE_LONGEST = 480  # pixels: a drawn note's picture, as the analysis cuts them


def cut_picture(
    image: QImage, scale: float, outline: Sequence[Point], longest: int = PICTURE_LONGEST
) -> tuple[bytes, tuple[int, int]]:
    """The quad `outline` (photo pixels; `image` is the photo at `scale`) straightened
    into a PNG no longer than `longest` pixels, as the analysis cuts notes out."""
    quad = QPolygonF([QPointF(x * scale, y * scale) for x, y in outline])
    top = QLineLength.between(quad.at(0), quad.at(1))
    left = QLineLength.between(quad.at(0), quad.at(3))
    factor = min(1.0, longest / max(top, left, 1.0))
    w, h = max(8, round(top * factor)), max(8, round(left * factor))
    target = QPolygonF([QPointF(0, 0), QPointF(w, 0), QPointF(w, h), QPointF(0, h)])
    transform = QTransform()
    if not QTransform.quadToQuad(quad, target, transform):
        transform = QTransform.fromTranslate(-quad.at(0).x(), -quad.at(0).y())
    picture = QImage(w, h, QImage.Format.Format_RGB32)
    picture.fill(QColor("white"))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setTransform(transform)
    painter.drawImage(0, 0, image)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")  # type: ignore[call-overload]  # stub: bytes; takes str
    buffer.close()
    return bytes(data.data()), (w, h)


class QLineLength:
    """Distances between points (QLineF would do, but keeps a QLineF alive per call)."""

    @staticmethod
    def between(a: QPointF, b: QPointF) -> float:
        return float(((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5)


def short_label(label: str) -> str:
    """'Actions · Awareness' for 'Maya Okafor · Actions · Awareness': the tags on a
    photo stay short; the selected note's tag and the list say it in full."""
    parts = label.split(" · ")
    return " · ".join(parts[-2:]) if len(parts) > 2 else label


def box_outline(box: QRectF) -> tuple[Point, Point, Point, Point]:
    """A box drawn on a photo as a note's outline, clockwise from top-left."""
    box = box.normalized()
    return (
        (box.left(), box.top()),
        (box.right(), box.top()),
        (box.right(), box.bottom()),
        (box.left(), box.bottom()),
    )


# -- the photo view -------------------------------------------------------------------

ACCENT = QColor("#1565C0")  # a note that is fine
CHECK = QColor("#B45309")  # a note to check (also dashed and marked "?")
SELECTED = QColor("#7C3AED")
DROPPED = QColor("#6B7280")


class NoteOutline(QGraphicsPolygonItem):
    """A note's outline on a photo, with its number and cell in a tag above it."""

    def __init__(self, note_id: str, canvas: PhotoCanvas) -> None:
        super().__init__()
        self.note_id = note_id
        self.canvas = canvas
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.tag = NoteTag(self)
        self.tag.setParentItem(self)
        self.setZValue(1)

    def refresh(self, note: ReviewNote, points: list[Point], label: str, selected: bool) -> None:
        self.setPos(0, 0)
        self.setPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        if note.dropped:
            colour, style = DROPPED, Qt.PenStyle.DotLine
        elif note.uncertain:
            colour, style = CHECK, Qt.PenStyle.DashLine
        else:
            colour, style = ACCENT, Qt.PenStyle.SolidLine
        if selected:
            colour = SELECTED
        pen = QPen(colour, 4 if selected else 2.5, style)
        pen.setCosmetic(True)  # the same width on screen at any zoom
        self.setPen(pen)
        fill = QColor(colour)
        fill.setAlpha(60 if selected else 0)
        self.setBrush(QBrush(fill))
        self.setZValue(3 if selected else (1 if not note.dropped else 0))
        if note.dropped:
            text = translate("PhotoReview", "{number} · dropped").format(number=note.number)
        elif note.uncertain:
            text = translate("PhotoReview", "{number} ? check: {label}").format(
                number=note.number, label=label if selected else short_label(label)
            )
        else:
            text = f"{note.number} · {label if selected else short_label(label)}"
        top = min(points, key=lambda p: (p[1], p[0]))
        left = min(p[0] for p in points)
        self.tag.set_text(text, colour, note.uncertain and not note.dropped, selected)
        self.tag.setPos(left, top[1])
        self.setToolTip(plain_tooltip(text + (f"\n“{note.title}”" if note.title else "")))

    def mousePressEvent(self, event: Any) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.canvas.drawing:
            self.canvas.note_pressed(self.note_id, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        self.canvas.note_moved(event.scenePos())

    def mouseReleaseEvent(self, event: Any) -> None:
        self.canvas.note_released(event.scenePos())


class NoteTag(QGraphicsItem):
    """A small label box that stays the same size on screen at any zoom."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # A press on a tag goes to what is under it, not to the tag's note.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = ""
        self.colour = ACCENT
        self.dashed = False
        self.bold = False
        self.font = QFont()
        self.font.setPointSizeF(9)
        self._size = QSize(0, 0)

    def set_text(self, text: str, colour: QColor, dashed: bool, bold: bool) -> None:
        self.prepareGeometryChange()
        self.text, self.colour, self.dashed, self.bold = text, colour, dashed, bold
        self.font.setBold(bold)
        metrics = QFontMetricsF(self.font)
        self._size = QSize(round(metrics.horizontalAdvance(text) + 10), round(metrics.height() + 4))
        self.update()

    def boundingRect(self) -> QRectF:
        # Drawn just above the outline's top-left corner.
        return QRectF(0, -self._size.height() - 2, self._size.width(), self._size.height())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self.boundingRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.colour, 1.5, Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setFont(self.font)
        painter.setPen(QColor("#111827"))
        painter.drawText(rect.adjusted(5, 0, -5, 0), Qt.AlignmentFlag.AlignVCenter, self.text)


class PhotoCanvas(QGraphicsView):
    """One photo at a time, zoomable, with the notes outlined on it.

    Drag an outline to move its note; in drawing mode, drag a box round a missed note.
    The wheel and +/- zoom; dragging the empty photo pans.
    """

    notePressed = Signal(str)
    noteDragged = Signal(str, float, float)  # note id, dx, dy in photo pixels
    boxDrawn = Signal(QRectF)  # in photo pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.setAccessibleName(translate("PhotoReview", "Photo"))
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QColor("#374151"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.outlines: dict[str, NoteOutline] = {}
        self.scale_factor = 1.0  # shown pixels per photo pixel
        self.drawing = False
        self._press: tuple[str, QPointF] | None = None
        self._box_start: QPointF | None = None
        self._box_item: QGraphicsPolygonItem | None = None
        self._fitted = True  # the whole photo in view, until the user zooms

    # -- content

    def show_photo(self, image: QImage | None, view: PhotoView) -> None:
        for item in self.outlines.values():
            self.scene().removeItem(item)
        self.outlines.clear()
        if image is None or image.isNull():
            image = QImage(
                max(1, view.width // 8), max(1, view.height // 8), QImage.Format.Format_RGB32
            )
            image.fill(QColor("#9CA3AF"))
        # The scene is in the photo's own pixels, whatever size it was decoded at.
        self.scale_factor = image.width() / max(1, view.width)
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        self.pixmap_item.setScale(1 / self.scale_factor)
        self.scene().setSceneRect(QRectF(0, 0, view.width, view.height))
        self.fit()

    def outline_for(self, note_id: str) -> NoteOutline:
        item = self.outlines.get(note_id)
        if item is None:
            item = NoteOutline(note_id, self)
            self.scene().addItem(item)
            self.outlines[note_id] = item
        return item

    def forget(self, keep: set[str]) -> None:
        for note_id in list(self.outlines):
            if note_id not in keep:
                self.scene().removeItem(self.outlines.pop(note_id))

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11()
        fitted = min(
            self.viewport().width() / max(1.0, self.sceneRect().width()),
            self.viewport().height() / max(1.0, self.sceneRect().height()),
        )
        # Never smaller than the whole photo, never past 4 screen pixels a photo pixel.
        wanted = max(fitted * 0.9, min(4.0, current * factor))
        self.scale(wanted / current, wanted / current)
        self._fitted = False

    def show_note(self, note_id: str) -> None:
        item = self.outlines.get(note_id)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)

    def set_drawing(self, on: bool) -> None:
        self.drawing = on
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )

    # -- dragging an outline

    def note_pressed(self, note_id: str, at: QPointF) -> None:
        self._press = (note_id, at)
        self.notePressed.emit(note_id)

    def note_moved(self, at: QPointF) -> None:
        if self._press is None:
            return
        note_id, start = self._press
        item = self.outlines.get(note_id)
        if item is not None:
            item.setPos(at - start)  # only the item moves while the button is down

    def note_released(self, at: QPointF) -> None:
        if self._press is None:
            return
        note_id, start = self._press
        self._press = None
        delta = at - start
        # Under a few screen pixels it was a click, not a move.
        if (abs(delta.x()) + abs(delta.y())) * self.transform().m11() < 4:
            item = self.outlines.get(note_id)
            if item is not None:
                item.setPos(0, 0)
            return
        self.noteDragged.emit(note_id, delta.x(), delta.y())

    # -- drawing a box

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.drawing and event.button() == Qt.MouseButton.LeftButton:
            self._box_start = self.mapToScene(event.position().toPoint())
            self._box_item = QGraphicsPolygonItem()
            pen = QPen(SELECTED, 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._box_item.setPen(pen)
            self._box_item.setZValue(5)
            self.scene().addItem(self._box_item)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._box_start is not None and self._box_item is not None:
            end = self.mapToScene(event.position().toPoint())
            self._box_item.setPolygon(QPolygonF(QRectF(self._box_start, end).normalized()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._box_start is not None:
            end = self.mapToScene(event.position().toPoint())
            box = QRectF(self._box_start, end).normalized() & self.sceneRect()
            self._box_start = None
            if self._box_item is not None:
                self.scene().removeItem(self._box_item)
                self._box_item = None
            # A box is at least a few screen pixels wide: a click is not a note.
            if (
                box.width() * self.transform().m11() > 8
                and box.height() * self.transform().m11() > 8
            ):
                self.boxDrawn.emit(box)
            return
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif event.key() == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # -- for the real-input probe: where things are on screen

    def view_point(self, x: float, y: float) -> tuple[int, int]:
        """A photo pixel as a point on the screen."""
        point = self.viewport().mapToGlobal(self.mapFromScene(QPointF(x, y)))
        return point.x(), point.y()
