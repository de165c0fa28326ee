"""File ▸ Import Workshop Photos…: photos of the workshop wall, reviewed, then cards.

The photos are read and analysed (mapstudio.photo) on a worker thread behind a progress
dialog with Cancel. The review dialog then shows each photo with every note found
outlined and labelled with its cell; the designer moves notes to other cells (a combo of
the map's cells, or by dragging the outline on the photo), drops false ones, draws a box
round a missed note and types titles. Confirm makes one command (one undo step) through
the window; Cancel adds nothing.

`ReviewModel` holds the review's state without widgets, so tests (and the dialog) can
drive it directly; `PhotoReviewDialog` shows it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEventLoop,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStyleOptionGraphicsItem,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.layout import Rect
from mapstudio.model import CellKey
from mapstudio.ui.i18n import translate
from mapstudio.ui.plain import PlainLabel, message_box, no_mnemonic, plain_tooltip

if TYPE_CHECKING:
    from mapstudio.photo import DetectedNote, NoteDecision, PhotoImport, PhotoView
    from mapstudio.ui.main_window import MainWindow

# mapstudio.photo (OpenCV, numpy) loads when photos are imported, not when the window
# opens: start-up stays fast, and most sessions never read a photo.

log = logging.getLogger(__name__)

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"
PICTURE_LONGEST = 480  # pixels: a drawn note's picture, as the analysis cuts them
QUICK_JOB_MS = 250  # a job that ends sooner never shows its progress dialog
THUMB = 56  # the note list's thumbnails, in pixels


# -- the review's state, without widgets ------------------------------------------------


Point = tuple[float, float]


@dataclass
class ReviewNote:
    """One note as the review stands: where it is, its cell, its title, whether it counts.

    `outline` is in the pixels of photo `photo`; `shift` is how far the user dragged it,
    in poster points, so the note can be drawn on every photo that shows it.
    """

    id: str
    number: int  # shown on the photo and in the list, to tell notes apart
    photo: int
    outline: tuple[Point, Point, Point, Point]
    poster_rect: Rect
    cell: CellKey | None
    title: str
    picture: bytes
    picture_size: tuple[int, int]
    uncertain: bool  # flagged by the analysis; cleared once the user settles its cell
    confidence: float = 1.0
    seen_in: tuple[int, ...] = ()
    shift: Point = (0.0, 0.0)
    dropped: bool = False
    added: bool = False  # drawn by the user
    found_label: str = ""  # the analysis's words for where it was, when not in a cell

    @property
    def counts(self) -> bool:
        """Whether confirming adds a card for this note."""
        return not self.dropped and self.cell is not None


@dataclass
class ReviewModel:
    """The notes of a PhotoImport and what the user did to them."""

    found: PhotoImport
    notes: list[ReviewNote] = field(default_factory=list)

    @classmethod
    def of(cls, found: PhotoImport) -> ReviewModel:
        """Uncertain notes first (they need a look), then top to bottom on the poster."""
        ordered = sorted(
            found.notes,
            key=lambda n: (not n.uncertain, n.poster_rect.y, n.poster_rect.x),
        )
        model = cls(found)
        for number, note in enumerate(ordered, start=1):
            model.notes.append(_review_note(note, number))
        return model

    def note(self, note_id: str) -> ReviewNote:
        return next(n for n in self.notes if n.id == note_id)

    def photo(self, index: int) -> PhotoView:
        return self.found.photos[index]

    def label(self, note: ReviewNote) -> str:
        """Where the note goes, in words."""
        if note.cell is not None:
            return self.found.cell_label(note.cell)
        return note.found_label or translate("PhotoReview", "no cell: choose one")

    # -- what the user does ------------------------------------------------------------

    def move_to_cell(self, note_id: str, cell: CellKey | None) -> None:
        note = self.note(note_id)
        note.cell = cell
        note.uncertain = cell is None
        note.found_label = ""  # chosen by the user: label() says "no cell" when None

    def drag(self, note_id: str, photo: int, photo_dx: float, photo_dy: float) -> None:
        """The note's outline dragged by (dx, dy) pixels on `photo`: it moves on the
        poster by as much, and takes the cell under its new centre."""
        note = self.note(note_id)
        view = self.photo(photo)
        if view.homography is None:
            return
        cx, cy = self.centre_on(note, photo)
        old = view.to_poster(cx, cy)
        new = view.to_poster(cx + photo_dx, cy + photo_dy)
        dx, dy = new[0] - old[0], new[1] - old[1]
        note.shift = (note.shift[0] + dx, note.shift[1] + dy)
        r = note.poster_rect
        note.poster_rect = Rect(r.x + dx, r.y + dy, r.w, r.h)
        centre = note.poster_rect.center
        cell = self.found.cell_at(centre.x, centre.y)
        note.cell = cell
        note.uncertain = cell is None
        note.found_label = "" if cell is not None else translate("PhotoReview", "outside the cells")

    def set_dropped(self, note_id: str, dropped: bool) -> None:
        self.note(note_id).dropped = dropped

    def set_title(self, note_id: str, title: str) -> None:
        self.note(note_id).title = title

    def add(
        self,
        photo: int,
        outline: tuple[Point, Point, Point, Point],
        picture: bytes,
        picture_size: tuple[int, int],
    ) -> ReviewNote:
        """A note the user drew round on `photo`; its cell is the one under its centre."""
        view = self.photo(photo)
        corners = [view.to_poster(x, y) for x, y in outline]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        rect = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        cell = self.found.cell_at(rect.center.x, rect.center.y)
        number = max((n.number for n in self.notes), default=0) + 1
        note = ReviewNote(
            id=f"drawn-{number}",
            number=number,
            photo=photo,
            outline=outline,
            poster_rect=rect,
            cell=cell,
            title="",
            picture=picture,
            picture_size=picture_size,
            uncertain=cell is None,
            seen_in=(photo,),
            added=True,
            found_label="" if cell is not None else translate("PhotoReview", "outside the cells"),
        )
        self.notes.append(note)
        return note

    # -- reading it back ------------------------------------------------------------------

    def outline_on(self, note: ReviewNote, photo: int) -> list[Point] | None:
        """The note's corners in the pixels of `photo`, or None when that photo cannot
        show it (not placed on the poster)."""
        own = self.photo(note.photo)
        view = self.photo(photo)
        if view.homography is None or own.homography is None:
            return None
        if photo == note.photo and note.shift == (0.0, 0.0):
            return list(note.outline)
        points = []
        for x, y in note.outline:
            px, py = own.to_poster(x, y)
            points.append(view.to_photo(px + note.shift[0], py + note.shift[1]))
        return points

    def centre_on(self, note: ReviewNote, photo: int) -> Point:
        points = self.outline_on(note, photo) or list(note.outline)
        return (sum(p[0] for p in points) / 4, sum(p[1] for p in points) / 4)

    def shows(self, note: ReviewNote, photo: int) -> bool:
        """Whether the note is drawn on `photo`: its own photo, or one that saw it too,
        or (a note the user moved or drew) any photo its corners fall inside."""
        if photo == note.photo or photo in note.seen_in:
            return self.outline_on(note, photo) is not None
        points = self.outline_on(note, photo)
        view = self.photo(photo)
        return points is not None and all(
            0 <= x <= view.width and 0 <= y <= view.height for x, y in points
        )

    def decisions(self) -> list[NoteDecision]:
        """A card for every note that counts, top to bottom on the poster."""
        from mapstudio.photo import NoteDecision

        counting = [n for n in self.notes if n.counts]
        counting.sort(key=lambda n: (n.poster_rect.y, n.poster_rect.x))
        return [
            NoteDecision(n.cell, n.title.strip(), n.picture, n.picture_size)  # type: ignore[arg-type]
            for n in counting
        ]

    def summary(self) -> tuple[int, int, int]:
        """(cards to add, notes dropped, notes without a cell)."""
        cards = sum(1 for n in self.notes if n.counts)
        dropped = sum(1 for n in self.notes if n.dropped)
        homeless = sum(1 for n in self.notes if not n.dropped and n.cell is None)
        return cards, dropped, homeless


def _review_note(note: DetectedNote, number: int) -> ReviewNote:
    return ReviewNote(
        id=note.id,
        number=number,
        photo=note.photo,
        outline=note.outline,
        poster_rect=note.poster_rect,
        cell=note.cell,
        title=note.text.strip(),
        picture=note.picture,
        picture_size=note.picture_size,
        uncertain=note.uncertain,
        confidence=note.confidence,
        seen_in=note.seen_in or (note.photo,),
        found_label="" if note.cell is not None else note.cell_label,
    )


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
        # Whose tag keeps its words when tags would overlap: the selected note, then
        # the notes to check, then by number (PhotoCanvas.arrange_tags).
        self.rank: tuple[int, int] = (2, 0)
        self.tag_places = (QPointF(), QPointF())

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
        compact = str(note.number)
        if note.dropped:
            text = translate("PhotoReview", "{number} · dropped").format(number=note.number)
        elif note.uncertain:
            text = translate("PhotoReview", "{number} ? check: {label}").format(
                number=note.number, label=label if selected else short_label(label)
            )
            compact = f"{note.number} ?"
        else:
            text = f"{note.number} · {label if selected else short_label(label)}"
        checking = note.uncertain and not note.dropped
        self.rank = (0 if selected else 1 if checking else 2, note.number)
        top = min(points, key=lambda p: (p[1], p[0]))
        left = min(p[0] for p in points)
        self.tag.set_text(text, colour, note.uncertain and not note.dropped, selected, compact)
        bottom = max(p[1] for p in points)
        # Above the outline, or below it where tags above would cover one another.
        self.tag_places = (QPointF(left, top[1]), QPointF(left, bottom))
        self.tag.setPos(self.tag_places[0])
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
    """A small label box that stays the same size on screen at any zoom: the note's
    number and cell, or its number alone where the words would cover another tag."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        # A press on a tag goes to what is under it, not to the tag's note.
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.text = ""  # as shown
        self.full_text = ""
        self.compact_text = ""
        self.below = False  # under the outline's bottom edge, not above its top
        self.colour = ACCENT
        self.dashed = False
        self.bold = False
        self.font = QFont()
        self.font.setPointSizeF(9)
        self._size = QSize(0, 0)

    def set_text(
        self, text: str, colour: QColor, dashed: bool, bold: bool, compact: str = ""
    ) -> None:
        self.full_text, self.compact_text = text, compact or text
        self.colour, self.dashed, self.bold = colour, dashed, bold
        self.font.setBold(bold)
        self.show_compact(False)

    def size_for(self, text: str) -> QSize:
        metrics = QFontMetricsF(self.font)
        return QSize(round(metrics.horizontalAdvance(text) + 10), round(metrics.height() + 4))

    def rect_at(self, x: float, y: float, text: str, below: bool) -> QRectF:
        """Where the tag showing `text` lies when its anchor is at (x, y) on screen:
        above the anchor (the outline's top), or below it (the outline's bottom)."""
        size = self.size_for(text)
        top = y + 2 if below else y - size.height() - 2
        return QRectF(x, top, size.width(), size.height())

    def place(self, anchor: QPointF, compact: bool, below: bool) -> None:
        """Stand at `anchor` (in the outline's coordinates), above or below it."""
        self.setPos(anchor)
        if below != self.below:
            self.prepareGeometryChange()
            self.below = below
            self.update()
        self.show_compact(compact)

    def show_compact(self, compact: bool) -> None:
        """Show the number alone (True) or the number and the cell."""
        text = self.compact_text if compact else self.full_text
        if text == self.text and self._size == self.size_for(text):
            return
        self.prepareGeometryChange()
        self.text = text
        self._size = self.size_for(text)
        self.update()

    def boundingRect(self) -> QRectF:
        # Drawn just above the outline's top-left corner (or just below its bottom).
        top = 2 if self.below else -self._size.height() - 2
        return QRectF(0, top, self._size.width(), self._size.height())

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
        self.arrange_tags()

    def arrange_tags(self) -> None:
        """Tags that cover no other tag or note on screen: with their cell's words above the
        outline, else below it, else the note's number alone above or below it (zoom
        in, or select the note, to read its cell). The selected note has the first pick
        and always its words; then the notes to check."""
        placed: list[QRectF] = []
        notes = {
            note_id: self.mapFromScene(item.sceneBoundingRect()).boundingRect().toRectF()
            for note_id, item in self.outlines.items()
        }
        for outline in sorted(self.outlines.values(), key=lambda item: item.rank):
            tag = outline.tag
            # Nor does a tag cover another note's outline.
            others = [rect for note_id, rect in notes.items() if note_id != outline.note_id]
            above, under = (
                self.mapFromScene(outline.mapToScene(point)) for point in outline.tag_places
            )
            choices = [(False, False), (False, True), (True, False), (True, True)]
            if outline.rank[0] == 0:
                choices = choices[:1]
            chosen, rect = choices[-1], QRectF()
            for compact, below in choices:
                anchor = under if below else above
                text = tag.compact_text if compact else tag.full_text
                rect = tag.rect_at(anchor.x(), anchor.y(), text, below)
                covered = [*placed, *others]
                if not any(rect.intersects(other.adjusted(-2, -2, 2, 2)) for other in covered):
                    chosen = (compact, below)
                    break
            compact, below = chosen
            tag.place(outline.tag_places[1 if below else 0], compact, below)
            anchor = under if below else above
            placed.append(tag.rect_at(anchor.x(), anchor.y(), tag.text, below))

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
        self.arrange_tags()

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


# -- the dialog -------------------------------------------------------------------------


class PhotoReviewDialog(QDialog):
    """Every photo with its notes outlined, the list of notes, and what each becomes."""

    # Made by _build().
    canvas: PhotoCanvas
    list: QListWidget
    cell_combo: QComboBox

    def __init__(
        self,
        found: PhotoImport,
        images: Sequence[QImage | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoReviewDialog")
        self.setWindowTitle(translate("PhotoReview", "Review Workshop Photos"))
        self.model = ReviewModel.of(found)
        self.images = list(images)
        self.current_photo = -1
        self._syncing = False
        self._build()
        self.cell_keys: list[CellKey] = [key for key, _rect, _label in found.cells]
        for key, _rect, label in found.cells:
            self.cell_combo.addItem(label, key)
        self._fill_list()
        first = next((i for i, view in enumerate(found.photos) if view.homography is not None), 0)
        self.tabs.setCurrentIndex(first)
        self._show_photo(first)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_summary()
        self.resize(1280, 820)

    # -- building

    def _build(self) -> None:
        found = self.model.found
        outer = QVBoxLayout(self)
        intro = PlainLabel(
            translate(
                "PhotoReview",
                "{count} notes found on the poster of “{map}”. Check each note's cell and "
                "title; notes marked ? need a look. Drag an outline onto another cell, or "
                "choose the cell on the right.",
            ).format(count=len(found.notes), map=found.map_title)
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        if found.problems:
            problems = PlainLabel(
                translate("PhotoReview", "Left out: {problems}").format(
                    problems="\n".join(found.problems)
                )
            )
            problems.setObjectName("photoProblems")
            problems.setWordWrap(True)
            problems.setFrameShape(QFrame.Shape.StyledPanel)
            problems.setStyleSheet("QLabel { background: #FEF3C7; padding: 6px; }")
            outer.addWidget(problems)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setObjectName("photoTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for view in found.photos:
            index = self.tabs.addTab(no_mnemonic(view.name))
            if view.homography is None:
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(index, plain_tooltip(view.problem or ""))
        self.tabs.currentChanged.connect(self._show_photo)
        bar.addWidget(self.tabs, 1)
        self.draw_button = QToolButton()
        self.draw_button.setObjectName("drawNoteButton")
        self.draw_button.setText(translate("PhotoReview", "Draw Missed Note"))
        self.draw_button.setToolTip(
            translate("PhotoReview", "Then drag a box round a note the import missed (Ctrl+D)")
        )
        self.draw_button.setCheckable(True)
        self.draw_button.setShortcut(QKeySequence("Ctrl+D"))
        self.draw_button.toggled.connect(self._toggle_drawing)
        bar.addWidget(self.draw_button)
        fit = QToolButton()
        fit.setText(translate("PhotoReview", "Fit"))
        fit.setToolTip(translate("PhotoReview", "Show the whole photo (0)"))
        fit.clicked.connect(lambda: self.canvas.fit())
        bar.addWidget(fit)
        left_layout.addLayout(bar)
        self.canvas = PhotoCanvas()
        self.canvas.notePressed.connect(self._select_note)
        self.canvas.noteDragged.connect(self._note_dragged)
        self.canvas.boxDrawn.connect(self._box_drawn)
        left_layout.addWidget(self.canvas, 1)
        legend = PlainLabel(
            translate(
                "PhotoReview",
                "Solid outline: placed in its cell · dashed with ?: check it · dotted: "
                "dropped. Wheel or +/− zooms; drag the photo to pan.",
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("QLabel { color: #4B5563; }")
        left_layout.addWidget(legend)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(PlainLabel(translate("PhotoReview", "Notes (to check first)")))
        self.list = QListWidget()
        self.list.setObjectName("photoNotes")
        self.list.setAccessibleName(translate("PhotoReview", "Notes"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._row_changed)
        right_layout.addWidget(self.list, 1)

        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(detail)
        self.picture = PlainLabel()
        self.picture.setFixedHeight(140)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form.addRow(self.picture)
        self.state_label = PlainLabel()
        self.state_label.setObjectName("noteState")
        self.state_label.setWordWrap(True)
        form.addRow(self.state_label)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("noteTitle")
        self.title_edit.setAccessibleName(translate("PhotoReview", "Card title"))
        self.title_edit.setPlaceholderText(translate("PhotoReview", "Type what the note says"))
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.returnPressed.connect(self._next_note)
        form.addRow(translate("PhotoReview", "&Title:"), self.title_edit)
        self.cell_combo = QComboBox()
        self.cell_combo.setObjectName("noteCell")
        self.cell_combo.setAccessibleName(translate("PhotoReview", "Cell"))
        self.cell_combo.addItem(translate("PhotoReview", "(no cell: not added)"), None)
        self.cell_combo.activated.connect(self._cell_chosen)
        form.addRow(translate("PhotoReview", "&Cell:"), self.cell_combo)
        self.drop_button = QPushButton(translate("PhotoReview", "&Drop Note"))
        self.drop_button.setObjectName("dropNoteButton")
        self.drop_button.setToolTip(
            translate("PhotoReview", "Not a note, or not wanted: add no card for it (Delete)")
        )
        self.drop_button.setAutoDefault(False)
        self.drop_button.clicked.connect(self._toggle_drop)
        form.addRow(self.drop_button)
        right_layout.addWidget(detail)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 380])

        bottom = QHBoxLayout()
        self.summary = PlainLabel()
        self.summary.setObjectName("photoSummary")
        bottom.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            translate("PhotoReview", "Add Cards"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirmPhotoImport")
        self.confirm.setToolTip(translate("PhotoReview", "Add the cards in one step (Ctrl+Enter)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelPhotoImport")
        # Enter in a title goes on to the next note; the import is confirmed on purpose.
        for button in (self.confirm, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._confirm_if_any)
        # Delete acts on the list and the photo only: in the title field it deletes text.
        for widget in (self.list, self.canvas):
            shortcut = QShortcut(QKeySequence.StandardKey.Delete, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._toggle_drop)
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(lambda: self._step_photo(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(lambda: self._step_photo(-1))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.canvas)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape_canvas)
        self.setTabOrder(self.list, self.title_edit)
        self.setTabOrder(self.title_edit, self.cell_combo)
        self.setTabOrder(self.cell_combo, self.drop_button)
        self.setTabOrder(self.drop_button, self.canvas)

    def _confirm_if_any(self) -> None:
        if self.confirm.isEnabled():
            self.accept()

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a title goes on to the next note (the field's returnPressed); it must
        # not reach QDialog, whose button box would confirm the whole import. Ctrl+Enter
        # confirms on purpose (a shortcut).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the list

    def _fill_list(self) -> None:
        self.list.clear()
        for note in self.model.notes:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            image = QImage.fromData(note.picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(item)
            self._refresh_item(item, note)

    def _refresh_item(self, item: QListWidgetItem, note: ReviewNote) -> None:
        label = self.model.label(note)
        title = note.title or translate("PhotoReview", "(no title yet)")
        if note.dropped:
            head = translate("PhotoReview", "{number}. Dropped").format(number=note.number)
        elif note.uncertain:
            head = translate("PhotoReview", "{number}. ? Check: {label}").format(
                number=note.number, label=label
            )
        else:
            head = f"{note.number}. {label}"
        item.setText(f"{head}\n{title}")
        item.setToolTip(plain_tooltip(f"{head}\n{title}"))
        font = item.font()
        font.setStrikeOut(note.dropped)
        font.setItalic(note.dropped)
        item.setFont(font)

    def _item(self, note_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note_id:
                return item
        return None

    def current_note(self) -> ReviewNote | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.model.note(item.data(Qt.ItemDataRole.UserRole))

    @Slot(int)
    def _row_changed(self, _row: int) -> None:
        note = self.current_note()
        self._show_detail(note)
        if note is None:
            return
        if not self.model.shows(note, self.current_photo):
            photo = note.photo if self.model.photo(note.photo).homography is not None else None
            if photo is not None and photo != self.current_photo:
                self.tabs.setCurrentIndex(photo)
        self._refresh_outlines()
        self.canvas.show_note(note.id)

    def _select_note(self, note_id: str) -> None:
        item = self._item(note_id)
        if item is not None:
            self.list.setCurrentItem(item)

    def _next_note(self) -> None:
        row = self.list.currentRow()
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    # -- the detail panel

    def _show_detail(self, note: ReviewNote | None) -> None:
        self._syncing = True
        try:
            enabled = note is not None
            for widget in (self.title_edit, self.cell_combo, self.drop_button):
                widget.setEnabled(enabled)
            if note is None:
                self.picture.clear()
                self.state_label.setText("")
                self.title_edit.clear()
                return
            image = QImage.fromData(note.picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
            if not image.isNull():
                self.picture.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        200,
                        136,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self.state_label.setText(self._state_text(note))
            if self.title_edit.text() != note.title:
                self.title_edit.setText(note.title)
            self.cell_combo.setCurrentIndex(self._cell_index(note.cell))
            self.drop_button.setText(
                translate("PhotoReview", "&Keep Note")
                if note.dropped
                else translate("PhotoReview", "&Drop Note")
            )
        finally:
            self._syncing = False

    def _cell_index(self, cell: CellKey | None) -> int:
        # Not QComboBox.findData: it compares Python objects by identity, not value.
        if cell is None or cell not in self.cell_keys:
            return 0
        return self.cell_keys.index(cell) + 1

    def _state_text(self, note: ReviewNote) -> str:
        photo = self.model.photo(note.photo).name
        if note.dropped:
            return translate(
                "PhotoReview", "Note {number}: dropped, no card is added for it."
            ).format(number=note.number)
        if note.added:
            where = translate("PhotoReview", "Note {number}: drawn by you on {photo}.")
        else:
            where = translate("PhotoReview", "Note {number}: found on {photo}.")
        text = where.format(number=note.number, photo=photo)
        if note.cell is None and note.found_label:
            text += " " + translate(
                "PhotoReview", "It is {where}: choose its cell, or it is not added."
            ).format(where=note.found_label)
        elif note.cell is None:
            text += " " + translate(
                "PhotoReview", "It has no cell: choose one, or it is not added."
            )
        elif note.uncertain:
            text += " " + translate(
                "PhotoReview", "Not sure of its cell ({percent} % sure): please check."
            ).format(percent=round(100 * note.confidence))
        return text

    def _title_edited(self, text: str) -> None:
        note = self.current_note()
        if note is None or self._syncing:
            return
        self.model.set_title(note.id, text)
        self._note_changed(note, outlines=False)

    def _cell_chosen(self, index: int) -> None:
        note = self.current_note()
        if note is None or self._syncing:
            return
        cell = self.cell_keys[index - 1] if index > 0 else None
        self.model.move_to_cell(note.id, cell)
        self._note_changed(note)

    def _toggle_drop(self) -> None:
        note = self.current_note()
        if note is None:
            return
        self.model.set_dropped(note.id, not note.dropped)
        self._note_changed(note)

    def _note_changed(self, note: ReviewNote, outlines: bool = True) -> None:
        item = self._item(note.id)
        if item is not None:
            self._refresh_item(item, note)
        if note is self.current_note():
            self._show_detail(note)
        if outlines:
            self._refresh_outlines()
        self._update_summary()

    def _note_dragged(self, note_id: str, dx: float, dy: float) -> None:
        self.model.drag(note_id, self.current_photo, dx, dy)
        note = self.model.note(note_id)
        self._select_note(note_id)
        self._note_changed(note)

    def _box_drawn(self, box: QRectF) -> None:
        self.draw_button.setChecked(False)
        photo = self.current_photo
        image = self.images[photo] if 0 <= photo < len(self.images) else None
        outline = box_outline(box)
        if image is None or image.isNull():
            return
        picture, size = cut_picture(image, self.canvas.scale_factor, outline)
        note = self.model.add(photo, outline, picture, size)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        icon = QImage.fromData(picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
        item.setIcon(QIcon(QPixmap.fromImage(icon)))
        self.list.addItem(item)
        self._refresh_item(item, note)
        self.list.setCurrentItem(item)
        self._update_summary()
        self.title_edit.setFocus()

    def _toggle_drawing(self, on: bool) -> None:
        self.canvas.set_drawing(on)
        if on:
            self.canvas.setFocus()

    def _escape_canvas(self) -> None:
        if self.draw_button.isChecked():
            self.draw_button.setChecked(False)
        else:
            self.reject()

    # -- photos

    def _step_photo(self, step: int) -> None:
        count = self.tabs.count()
        index = self.tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.tabs.isTabEnabled(index):
                self.tabs.setCurrentIndex(index)
                return

    @Slot(int)
    def _show_photo(self, index: int) -> None:
        if index < 0 or index == self.current_photo:
            return
        self.current_photo = index
        view = self.model.photo(index)
        image = self.images[index] if index < len(self.images) else None
        self.canvas.show_photo(image, view)
        self._refresh_outlines()

    def _refresh_outlines(self) -> None:
        photo = self.current_photo
        if photo < 0:
            return
        current = self.current_note()
        shown: set[str] = set()
        for note in self.model.notes:
            if not self.model.shows(note, photo):
                continue
            points = self.model.outline_on(note, photo)
            if points is None:
                continue
            shown.add(note.id)
            item = self.canvas.outline_for(note.id)
            item.refresh(note, points, self.model.label(note), note is current)
        self.canvas.forget(shown)
        self.canvas.arrange_tags()

    def _update_summary(self) -> None:
        cards, dropped, homeless = self.model.summary()
        if cards == 1:
            parts = [translate("PhotoReview", "1 card will be added")]
        else:
            parts = [translate("PhotoReview", "{count} cards will be added").format(count=cards)]
        if dropped:
            parts.append(translate("PhotoReview", "{count} dropped").format(count=dropped))
        if homeless:
            parts.append(
                translate("PhotoReview", "{count} without a cell (not added)").format(
                    count=homeless
                )
            )
        self.summary.setText(" · ".join(parts))
        if cards == 1:
            self.confirm.setText(translate("PhotoReview", "Add 1 Card"))
        else:
            self.confirm.setText(translate("PhotoReview", "Add {count} Cards").format(count=cards))
        self.confirm.setEnabled(cards > 0)

    # -- for the real-input probe

    def probe(self) -> dict[str, Any]:
        """Where each note shown on the current photo is on the screen, and its cell."""
        notes = {}
        for note in self.model.notes:
            item = self.canvas.outlines.get(note.id)
            entry: dict[str, Any] = {
                "number": note.number,
                "cell": list(note.cell) if note.cell is not None else None,
                "title": note.title,
                "dropped": note.dropped,
                "uncertain": note.uncertain,
                "photo": note.photo,
            }
            if item is not None:
                cx, cy = self.model.centre_on(note, self.current_photo)
                entry["screen_centre"] = self.canvas.view_point(cx, cy)
            notes[note.id] = entry
        cells = {}
        view = self.model.photo(self.current_photo)
        if view.homography is not None:
            for key, rect, label in self.model.found.cells:
                x, y = view.to_photo(rect.center.x, rect.center.y)
                if 0 <= x <= view.width and 0 <= y <= view.height:
                    cells[label] = {
                        "key": list(key),
                        "screen_centre": self.canvas.view_point(x, y),
                    }
        return {"photo": self.current_photo, "notes": notes, "cells": cells}


# -- running it from the window ---------------------------------------------------------


@dataclass(frozen=True)
class Analysed:
    """What the worker hands back: the notes found and each photo to show."""

    found: PhotoImport
    images: tuple[QImage | None, ...]


class PhotoJob(QThread):
    """The photos read and analysed off the window's thread; `result` or `error` is read
    once it finished."""

    progressed = Signal(int)  # permille

    def __init__(self, project: Any, paths: Sequence[Path], parent: QObject) -> None:
        super().__init__(parent)
        self._project = project
        self._paths = list(paths)
        self._stop = threading.Event()
        self.result: Analysed | None = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the window's thread, which decides
            self.error = exc

    def _work(self) -> Analysed:
        from mapstudio.photo import PhotoCancelled, PhotoError, PhotoInput, analyse_photos
        from mapstudio.ui.images import ImageError, decode_picture, read_picture_path

        inputs = []
        for path in self._paths:
            if self._stop.is_set():
                raise PhotoCancelled(translate("PhotoReview", "The photo import was cancelled."))
            try:
                # Through the picture gate: regular files only, size and time capped.
                data = read_picture_path(path)
            except ImageError as error:
                raise PhotoError(str(error)) from None
            inputs.append(PhotoInput(path.name, data))

        def report(done: int, total: int) -> None:
            # Reading the photos is the first tenth; the analysis the rest.
            self.progressed.emit(100 + int(850 * done / max(1, total)))

        found = analyse_photos(
            self._project, None, inputs, progress=report, cancelled=self._stop.is_set
        )
        images: list[QImage | None] = []
        for photo, view in zip(inputs, found.photos, strict=True):
            if self._stop.is_set():
                raise PhotoCancelled(translate("PhotoReview", "The photo import was cancelled."))
            if view.homography is None:
                images.append(None)
                continue
            try:
                images.append(decode_picture(photo.data, name=photo.name))
            except ImageError:
                images.append(None)
        self.progressed.emit(1000)
        return Analysed(found, tuple(images))


class PhotoProgress(QProgressDialog):
    """The window-modal progress of reading photos, with Cancel."""

    def __init__(self, count: int, parent: QWidget) -> None:
        super().__init__("", translate("PhotoReview", "Cancel"), 0, 1000, parent)
        self.setLabel(PlainLabel(translate("PhotoReview", "Reading the photos of the wall…")))
        self.setWindowTitle(translate("PhotoReview", "Import Workshop Photos"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(2**31 - 1)  # shown by the caller when the job is slow
        self.finished_job = False

    @Slot(int)
    def show_progress(self, permille: int) -> None:
        if not self.finished_job:
            self.setValue(permille)


_busy: set[int] = set()


def analyse_in_background(window: MainWindow, paths: Sequence[Path]) -> Analysed | None:
    """Run the analysis behind a progress dialog; None when cancelled or refused (the
    reason is shown)."""
    from mapstudio.photo import PhotoCancelled, PhotoError

    if id(window) in _busy:
        window.statusBar().showMessage(
            translate("PhotoReview", "Photos are being imported already."), 5000
        )
        return None
    dialog = PhotoProgress(len(paths), window)
    job = PhotoJob(window.document.project, paths, window)
    job.progressed.connect(dialog.show_progress)
    dialog.canceled.connect(job.cancel)  # the Cancel button, or closing the dialog
    dialog.rejected.connect(job.cancel)  # Escape
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    _busy.add(id(window))
    try:
        job.start()
        if not job.wait(QUICK_JOB_MS):
            dialog.show()
            loop.exec()
            job.wait()
    finally:
        _busy.discard(id(window))
        dialog.finished_job = True
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
    error = job.error
    if isinstance(error, PhotoCancelled):
        window.statusBar().showMessage(
            translate("PhotoReview", "Photo import cancelled; nothing was changed."), 6000
        )
        return None
    if isinstance(error, PhotoError | OSError):
        log.info("photos refused: %s", error)
        message_box(
            QMessageBox.Icon.Warning,
            translate("PhotoReview", "Cannot import the photos"),
            translate("PhotoReview", "Nothing was added."),
            parent=window,
            informative=str(error),
        ).exec()
        return None
    if error is not None:
        raise error  # a bug: the application's crash handler reports it
    return job.result


def ask_photos(window: QWidget) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        window, translate("PhotoReview", "Import Workshop Photos"), str(Path.home()), PHOTO_FILTER
    )
    return [Path(name) for name in names]


def import_workshop_photos(window: MainWindow, paths: Sequence[Path] | None = None) -> bool:
    """File ▸ Import Workshop Photos…: choose photos, analyse, review, add in one step."""
    chosen = list(paths) if paths is not None else ask_photos(window)
    if not chosen:
        return False
    analysed = analyse_in_background(window, chosen)
    if analysed is None:
        return False
    review = PhotoReviewDialog(analysed.found, analysed.images, window)
    try:
        if review.exec() != QDialog.DialogCode.Accepted:
            window.statusBar().showMessage(
                translate("PhotoReview", "Photo import cancelled; nothing was added."), 6000
            )
            return False
        return add_reviewed(window, review.model, len(chosen))
    finally:
        review.deleteLater()


def add_reviewed(window: MainWindow, model: ReviewModel, photo_count: int) -> bool:
    """The reviewed notes as cards, one undo step, and a word in the status bar."""
    from mapstudio.photo import import_command

    decisions = model.decisions()
    if not decisions:
        window.statusBar().showMessage(translate("PhotoReview", "No cards were added."), 6000)
        return False
    if not window.run_command(import_command(model.found.map_id, decisions)):
        return False
    if window.current_map.id != model.found.map_id:
        window.select_map(model.found.map_id)
    window.statusBar().showMessage(added_message(len(decisions), photo_count), 10000)
    return True


def added_message(cards: int, photos: int) -> str:
    """'Added 14 cards from 2 photos', in plain English forms (and a translator's)."""
    if cards == 1 and photos == 1:
        return translate("PhotoReview", "Added 1 card from 1 photo")
    if cards == 1:
        return translate("PhotoReview", "Added 1 card from {photos} photos").format(photos=photos)
    if photos == 1:
        return translate("PhotoReview", "Added {cards} cards from 1 photo").format(cards=cards)
    return translate("PhotoReview", "Added {cards} cards from {photos} photos").format(
        cards=cards, photos=photos
    )


def add_menu_entry(window: MainWindow, menu: QMenu, before: QAction | None = None) -> QAction:
    """The File menu's entry (kept here, so the window needs one line for it)."""
    action = QAction(translate("PhotoReview", "Import &Workshop Photos…"), window)
    action.setObjectName("actImportWorkshopPhotos")
    tip = translate(
        "PhotoReview", "Read photos of a printed poster covered in sticky notes back into cards"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)

    def trigger() -> None:
        window.editor.commit_inline()
        import_workshop_photos(window)

    action.triggered.connect(trigger)
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    window.act_import_photos = action  # type: ignore[attr-defined]
    return action


__all__ = [
    "Analysed",
    "PhotoReviewDialog",
    "ReviewModel",
    "ReviewNote",
    "add_menu_entry",
    "add_reviewed",
    "import_workshop_photos",
]
