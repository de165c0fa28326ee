"""The map view: zoom (Ctrl+wheel, pinch, keys), pan (space/middle drag, scrollbars), fit,
and the stage headers and lane labels frozen at its edges while the map scrolls.

Zoom and scroll are view state: they never touch the document or its history.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QToolTip,
    QWidget,
)

from mapstudio.ui.canvas.frozen import (
    Decor,
    Frozen,
    frozen,
    in_corner,
    paint_frozen,
    real_position,
)
from mapstudio.ui.canvas.items import HeaderItem, LaneLabelItem, StageHeaderItem

if TYPE_CHECKING:
    from mapstudio.ui.canvas.editor import CanvasEditor

# Dragging near an edge of the view scrolls it, faster the closer to the edge.
EDGE_PX = 32
EDGE_STEP_PX = 28
EDGE_TICK_MS = 30

MIN_ZOOM = 0.05
MAX_ZOOM = 8.0
ZOOM_STEP = 1.2


@dataclass(frozen=True)
class ViewPlace:
    """Where a view was on its map: its zoom and the positions of its scroll bars."""

    zoom: float
    scroll_x: int
    scroll_y: int


class MapView(QGraphicsView):
    """A QGraphicsView with the navigation a designer expects from a canvas app."""

    zoom_changed = Signal(float)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self._frozen_shown = False  # whether the last scroll left headers frozen
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._space_down = False
        self._forwarding_key = False
        self._edge_timer = QTimer(self)
        self._edge_timer.setInterval(EDGE_TICK_MS)
        self._edge_timer.timeout.connect(self._edge_tick)
        self._edge_step = QPoint()
        self._edge_again: Callable[[], object] | None = None
        self._pan_origin: QPointF | None = None
        self._press_shift = QPointF()  # see mousePressEvent
        self._fit_pending: QRectF | None = None
        self._editor: CanvasEditor | None = None
        # A page (Page Up/Down, a click in a scroll bar's trough) is shorter by the
        # frozen strips, which cover that much of the view (see _page_past_strips).
        self.verticalScrollBar().actionTriggered.connect(
            lambda action: self._page_past_strips(action, vertical=True)
        )
        self.horizontalScrollBar().actionTriggered.connect(
            lambda action: self._page_past_strips(action, vertical=False)
        )
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Map canvas")
        # Far out, the scene paints cards through one overview item (level of detail).
        self.zoom_changed.connect(self._follow_zoom)
        self._follow_zoom(self.zoom)

    @property
    def editor(self) -> CanvasEditor | None:
        """The gestures, selection and keys of the map on this view."""
        return self._editor

    @editor.setter
    def editor(self, editor: CanvasEditor | None) -> None:
        self._editor = editor
        if editor is not None:
            # The selected header's highlight shows on its frozen copy too.
            editor.selection.changed.connect(self.refresh_frozen)

    def _follow_zoom(self, zoom: float) -> None:
        set_zoom = getattr(self.scene(), "set_zoom", None)
        if set_zoom is not None:
            set_zoom(zoom)

    def setScene(self, scene: QGraphicsScene | None) -> None:
        super().setScene(scene)
        self._follow_zoom(self.zoom)

    # -- zoom ------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, zoom: float, anchor_under_mouse: bool = False) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        factor = zoom / self.zoom
        if abs(factor - 1.0) < 1e-9:
            return
        previous = self.transformationAnchor()
        if not anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(previous)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit_rect(self, rect: QRectF) -> None:
        if rect.isEmpty():
            return
        if not self.isVisible():
            # Before the first show the viewport has no real size yet: fit on resize.
            self._fit_pending = QRectF(rect)
            return
        margin = 24.0
        self.fitInView(
            rect.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        self.zoom_changed.emit(self.zoom)

    def fit_map(self) -> None:
        self.fit_rect(self.scene().itemsBoundingRect())

    def show_map_start(self, rect: QRectF) -> None:
        """The first view of a map: all of it when it fits legibly, otherwise its full
        width from the top (a tall map shrunk to fit the window is unreadable)."""
        if rect.isEmpty():
            return
        if not self.isVisible():
            self._fit_pending = QRectF(rect)
            return
        viewport = self.viewport().rect()
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        across = (viewport.width() - 32) / rect.width()
        if whole >= 0.6 * across:
            self.fit_rect(rect)
            return
        self.set_zoom(min(across, 1.0))
        self.centerOn(rect.center().x(), rect.top())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def place(self) -> ViewPlace:
        """The zoom and scroll position, to come back to later (`restore_place`)."""
        return ViewPlace(
            self.zoom, self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        )

    def restore_place(self, place: ViewPlace) -> None:
        """Show the map at the zoom and scroll position it had."""
        self._fit_pending = None  # a first fit still waiting would undo this
        self.set_zoom(place.zoom)
        self._scroll_to(place)
        # A new zoom shows or hides the scroll bars one turn of the event loop later;
        # the viewport then changes size and keeps its centre (the resize anchor),
        # which would shift the map by half a scroll bar: scroll again after that.
        QTimer.singleShot(0, self, lambda: self._scroll_to(place))

    def _scroll_to(self, place: ViewPlace) -> None:
        if abs(self.zoom - place.zoom) < 1e-9:
            self.horizontalScrollBar().setValue(place.scroll_x)
            self.verticalScrollBar().setValue(place.scroll_y)

    def fit_selection(self) -> None:
        items = self.scene().selectedItems()
        if not items:
            self.fit_map()
            return
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        self.fit_rect(rect.adjusted(-60, -60, 60, 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_pending is not None and self.isVisible():
            rect, self._fit_pending = self._fit_pending, None
            self.show_map_start(rect)

    # -- frozen headers (frozen.py) ---------------------------------------------------

    def frozen_headers(self) -> Frozen | None:
        """The stage header row and lane-label column as they are frozen now."""
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        return frozen(getattr(self.scene(), "map_layout", None), visible)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        state = self.frozen_headers()
        layout = getattr(self.scene(), "map_layout", None)
        if state is None or not state.active or layout is None:
            return
        exposed = QRectF(rect)
        # Most repaints (an edited card, a hover) lie clear of the strips: paint them only
        # where they are exposed, so a frame costs what it shows.
        if exposed.intersects(state.top_strip()) or exposed.intersects(state.left_strip()):
            painter.save()
            painter.setClipRect(exposed)
            paint_frozen(
                painter,
                layout,
                state,
                getattr(self.scene(), "pictures", None),
                exposed,
                self._decor(),
            )
            painter.restore()

    def _decor(self) -> Decor:
        """What the real headers show now, for their frozen copies."""
        scene = self.scene()
        marks = []
        if self.editor is not None:
            feedback = self.editor.feedback
            marks = [feedback.indicator] if feedback.indicator.scene() is scene else []
        return Decor(
            getattr(scene, "stage_items", {}),
            getattr(scene, "lane_items", {}),
            getattr(scene, "band_items", {}),
            marks,
        )

    def refresh_frozen(self) -> None:
        """Paint the frozen strips again: a highlight, a dragged header or a drop mark
        changed on the real headers, which are off screen while they are frozen."""
        state = self.frozen_headers()
        if state is None or not state.active:
            return
        for strip in (state.top_strip(), state.left_strip()):
            if not strip.isEmpty():
                area = self.mapFromScene(strip).boundingRect().adjusted(-4, -4, 4, 4)
                self.viewport().update(area)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        # The view scrolls by moving pixels; the frozen strips stay put, so repaint the
        # strips along the top and left edges (as wide as the headers are) while they
        # are frozen, and once more as they thaw. Scrolling up or left moves the strips'
        # old pixels down or right by the scroll: repaint that far too, or a copy of the
        # header row (label column) stays behind on the map at each step.
        layout = getattr(self.scene(), "map_layout", None)
        if layout is None or not layout.stage_headers:
            return
        state = self.frozen_headers()
        active = state is not None and state.active
        was_active, self._frozen_shown = self._frozen_shown, active
        if not (active or was_active):
            return
        zoom = self.zoom
        header = max(h.rect.bottom for h in layout.stage_headers) - layout.label_column.y
        viewport = self.viewport()
        viewport.update(0, 0, viewport.width(), int(header * zoom) + 4 + max(dy, 0))
        viewport.update(0, 0, int(layout.label_column.w * zoom) + 4 + max(dx, 0), viewport.height())

    def ensureVisible(  # type: ignore[override]
        self, target: QGraphicsItem | QRectF, xmargin: int = 50, ymargin: int = 50
    ) -> None:
        """Scroll `target` into view, `xmargin` / `ymargin` pixels clear of the edges, and
        as clear of the frozen row and column: a card the keyboard steps to, a card found
        or added, must not land under them (they are wider than any margin). A header
        whose frozen copy already shows is brought into view along the strip only."""
        rect = target.sceneBoundingRect() if isinstance(target, QGraphicsItem) else QRectF(target)
        across, down = self.horizontalScrollBar(), self.verticalScrollBar()
        kept_x, kept_y = across.value(), down.value()
        before = self.frozen_headers()
        super().ensureVisible(rect, xmargin, ymargin)
        if before is not None and isinstance(target, StageHeaderItem) and before.dy > 0:
            down.setValue(kept_y)  # its frozen copy is at the top of the view already
        if before is not None and isinstance(target, LaneLabelItem) and before.dx > 0:
            across.setValue(kept_x)  # its frozen copy is at the left of the view already
        if isinstance(target, HeaderItem):
            return
        state = self.frozen_headers()
        if state is None or not state.active:
            return
        zoom = self.zoom
        top, left = state.top_strip(), state.left_strip()
        if not top.isEmpty() and rect.top() < top.bottom() + ymargin / zoom:
            down.setValue(down.value() - round((top.bottom() - rect.top()) * zoom + ymargin))
        if not left.isEmpty() and rect.left() < left.right() + xmargin / zoom:
            across.setValue(across.value() - round((left.right() - rect.left()) * zoom + xmargin))

    def _page_past_strips(self, action: int, vertical: bool) -> None:
        """Make a page step as long as the part of the view the map shows: the frozen
        header row (label column) covers the top (left) of the view, so a whole view's
        height (width) scrolled a band of the map under it that was never on screen."""
        forward_page = int(QAbstractSlider.SliderAction.SliderPageStepAdd.value)
        back_page = int(QAbstractSlider.SliderAction.SliderPageStepSub.value)
        action = int(getattr(action, "value", action))  # an int from the signal
        state = self.frozen_headers()
        if action not in (forward_page, back_page) or state is None:
            return
        if vertical:
            bar = self.verticalScrollBar()
            covered = state.header.height() * self.zoom
        else:
            bar = self.horizontalScrollBar()
            covered = state.labels.width() * self.zoom
        # Called before the step is applied: set where it ends instead.
        step = max(bar.pageStep() - math.ceil(covered), bar.singleStep())
        bar.setSliderPosition(bar.value() + (step if action == forward_page else -step))

    def _on_corner(self, point: QPoint) -> bool:
        """Whether viewport `point` is on the blank corner of the frozen strips: paper
        over the map, where no press, drop, menu or tooltip reaches what lies under it."""
        return in_corner(self.frozen_headers(), self.mapToScene(point))

    def _frozen_tooltip(self, event: QHelpEvent) -> bool:
        """A tooltip asked for over a frozen strip: the real header's (or none), never
        that of a card or emotion point scrolled under the strip. False elsewhere."""
        state = self.frozen_headers()
        pos = self.mapToScene(event.pos())
        if state is None or not state.strip_at(pos):
            return False
        text = ""
        if not in_corner(state, pos):
            real = real_position(state, pos)
            header = next(
                (item for item in self.scene().items(real) if isinstance(item, HeaderItem)), None
            )
            text = header.toolTip() if header is not None else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def _scene_pos(self, event: QMouseEvent) -> QPointF:
        """Where a press lands on the map (on a frozen header: the real header)."""
        return real_position(self.frozen_headers(), self.mapToScene(event.position().toPoint()))

    # -- scrolling while dragging near an edge ----------------------------------------

    def follow_edge(
        self, pos: QPoint, again: Callable[[], object], axes: tuple[bool, bool] = (True, True)
    ) -> None:
        """While dragging at `pos` (viewport pixels): near an edge, keep scrolling that
        way (only along `axes`: across, down) and call `again` after each step, so what
        is dragged follows the map."""
        rect = self.viewport().rect()

        def speed(distance: int) -> int:
            if distance >= EDGE_PX:
                return 0
            return max(2, round(EDGE_STEP_PX * (EDGE_PX - max(distance, 0)) / EDGE_PX))

        dx = speed(rect.right() - pos.x()) - speed(pos.x() - rect.left()) if axes[0] else 0
        dy = speed(rect.bottom() - pos.y()) - speed(pos.y() - rect.top()) if axes[1] else 0
        self._edge_step = QPoint(dx, dy)
        self._edge_again = again
        if dx or dy:
            if not self._edge_timer.isActive():
                self._edge_timer.start()
        else:
            self.stop_following_edge()

    def stop_following_edge(self) -> None:
        self._edge_timer.stop()
        self._edge_again = None

    def _edge_tick(self) -> None:
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (hbar.value(), vbar.value())
        hbar.setValue(hbar.value() + self._edge_step.x())
        vbar.setValue(vbar.value() + self._edge_step.y())
        if (hbar.value(), vbar.value()) == before:
            self.stop_following_edge()  # the end of the map in that direction
        elif self._edge_again is not None:
            self._edge_again()
            self.refresh_frozen()

    # -- input -----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.set_zoom(self.zoom * (ZOOM_STEP**steps), anchor_under_mouse=True)
            event.accept()
            return
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and delta.x() == 0:
            # Shift turns the wheel sideways, as in design tools and browsers (Qt's own
            # scroll bar would take Shift as "a page down at a time").
            sideways = QWheelEvent(
                event.position(),
                event.globalPosition(),
                event.pixelDelta().transposed(),
                delta.transposed(),
                event.buttons(),
                event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier,
                event.phase(),
                event.inverted(),
                event.source(),
            )
            super().wheelEvent(sideways)
            event.setAccepted(sideways.isAccepted())
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QNativeGestureEvent) and (
            event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom * (1.0 + event.value()), anchor_under_mouse=True)
            return True
        if (
            event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
            and self._frozen_tooltip(event)
        ):
            return True
        return super().viewportEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab and Shift+Tab step through the map's cards and empty cells (the widget's
        # default would move the keyboard to the next panel: Ctrl+Tab still does that).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and self.editor is not None
        ):
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            if self.editor.step_reading_order(step):
                return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Arriving by keyboard on a map with nothing selected: show where keys go.
        by_keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        if self.editor is not None and event.reason() in by_keyboard:
            self.editor.ensure_cursor()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A drag whose window lost the keyboard (a dialog popped up, another window was
        # brought forward) may never see its release: it ends here, as Esc would end it.
        if self.editor is not None and self.editor.dragging:
            self.stop_following_edge()
            self.editor.cancel_gesture()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        inline = self.editor.inline_editor if self.editor is not None else None
        if inline is not None and inline.active:
            # The in-place field owns the keyboard while it is open; never the canvas. A
            # key the field did not use arrives here from it (its parent): swallow it.
            # A key that came to the canvas itself goes on to the field, once.
            event.accept()
            if not self._forwarding_key and not inline.editor.hasFocus():
                inline.take_keyboard()
                self._forwarding_key = True
                try:
                    QApplication.sendEvent(inline.editor, event)
                finally:
                    self._forwarding_key = False
            return
        if event.key() == Qt.Key.Key_Escape and self.editor is not None:
            # Mid-drag, Esc undoes the drag and nothing else: what was carried stays
            # selected, as it was before the press. Otherwise it clears the selection.
            dragging = self.editor.dragging
            self.editor.cancel_gesture()
            if not dragging:
                self.editor.clear_selection()
            self.refresh_frozen()
            event.accept()
            return
        if self.editor is not None and self.editor.key(Qt.Key(event.key()), event.modifiers()):
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A gesture is shifted only when its own press was on a frozen header (below).
        self._press_shift = QPointF()
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space_down and event.button() == Qt.MouseButton.LeftButton):
            self._pan_origin = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        if self._on_corner(event.position().toPoint()):
            # Inert, as a spreadsheet's blank corner: a card scrolled under it must not
            # be selected or dragged away unseen (nor a rubber band start on paper that
            # is not the map's).
            event.accept()
            return
        if self.editor is not None and event.button() == Qt.MouseButton.LeftButton:
            pos = self._scene_pos(event)
            if self.editor.press(pos, event.modifiers()):
                # A drag that began on a frozen header goes on at the real one: every
                # move and the release are shifted as the press was, so the pointer's
                # first pixel of travel is not the whole distance to the real header.
                self._press_shift = pos - self.mapToScene(event.position().toPoint())
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_origin is not None:
            delta = event.position() - self._pan_origin
            self._pan_origin = event.position()
            hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
            hbar.setValue(hbar.value() - round(delta.x()))
            vbar.setValue(vbar.value() - round(delta.y()))
            event.accept()
            return
        if self.editor is not None and self.editor.move(self._gesture_pos(event.position())):
            if self.editor.dragging:
                point = event.position()
                editor = self.editor
                self.follow_edge(
                    point.toPoint(),
                    lambda: editor.move(self._gesture_pos(point)),
                    editor.scroll_axes,
                )
            self.refresh_frozen()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.stop_following_edge()
        if self._pan_origin is not None:
            self._pan_origin = None
            if self._space_down:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        if (
            self.editor is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self.editor.release(self._gesture_pos(event.position()))
        ):
            self.refresh_frozen()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def _gesture_pos(self, point: QPointF) -> QPointF:
        """Where the pointer at viewport `point` is for the gesture the last press began
        (shifted as that press was, when it was on a frozen header)."""
        return self.mapToScene(point.toPoint()) + self._press_shift

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self._on_corner(event.position().toPoint()):
            event.accept()  # no card is written on or added under the blank corner
            return
        if (
            self.editor is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self.editor.double_click(self._scene_pos(event))
        ):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # -- drops from the palette, the personas dock and the file manager --------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # Take every drag the canvas understands from the moment it enters, wherever the
        # pointer is (over a lane label, say): a widget that ignores the enter event is
        # told nothing more of that drag, so it could never be dropped on a cell after.
        # Each move then says whether the spot under the pointer accepts it.
        mime = event.mimeData()
        if self.editor is None or not self.editor.understands(mime):
            event.ignore()  # other files (projects) go to the window, which opens them
            return
        event.acceptProposedAction()
        self.dragMoveEvent(event)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        point = event.position().toPoint()
        pos = self._drop_pos(point)
        if self._on_corner(point):
            # Nothing is dropped on the cell hidden under the blank corner; the map still
            # scrolls under a drag held there, as at any edge.
            self.follow_edge(point, lambda: None)
            if self.editor is not None:
                self.editor.drag_leave()
            event.ignore()
            self.refresh_frozen()
            return
        if self.editor is not None:
            # The drag's data lives as long as the drag; the view scrolls under a
            # pointer held near an edge and the drop marker follows.
            editor, mime = self.editor, event.mimeData()
            self.follow_edge(point, lambda: editor.drag_move(mime, self._drop_pos(point)))
        if self.editor is not None and self.editor.drag_move(event.mimeData(), pos):
            event.acceptProposedAction()
        else:
            # Not here (the platform shows its "no" cursor); later moves still come.
            event.ignore()
        self.refresh_frozen()  # the drop marks show on the frozen strips too

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.stop_following_edge()
        if self.editor is not None:
            self.editor.drag_leave()
        self.refresh_frozen()
        event.accept()

    def _drop_pos(self, point: QPoint) -> QPointF:
        """Where a drag at viewport `point` is over the map (a stage dragged onto the
        frozen header row goes between those stages)."""
        return real_position(self.frozen_headers(), self.mapToScene(point))

    def dropEvent(self, event: QDropEvent) -> None:
        self.stop_following_edge()
        pos = self._drop_pos(event.position().toPoint())
        if self._on_corner(event.position().toPoint()):
            if self.editor is not None:
                self.editor.drag_leave()
            event.ignore()
        elif self.editor is not None and self.editor.drop(event.mimeData(), pos):
            event.acceptProposedAction()
        else:
            event.ignore()
        self.refresh_frozen()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.editor is None or self._on_corner(event.pos()):
            return  # the blank corner offers nothing (not the menu of a card under it)
        menu = QMenu(self)
        # On a frozen header: the menu of the real header, as a left click selects it.
        pos = real_position(self.frozen_headers(), self.mapToScene(event.pos()))
        self.editor.context_menu(pos, menu)
        self.context_menu_requested(pos, menu)
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def context_menu_requested(self, pos: QPointF, menu: QMenu) -> None:
        """Hook for the window to add its own entries (lanes, maps) to the menu."""
