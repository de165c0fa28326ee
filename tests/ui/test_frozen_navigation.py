"""Navigating a map too large for the window: Shift+wheel goes sideways, and the
frozen header row shows what the real one shows (the selected stage's highlight, a
stage being dragged and the gap it would go to)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapstudio.ui.canvas.items import SELECTION_COLOR
from mapstudio.ui.canvas.view import MapView
from mapstudio.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _wheel(view: MapView, notches: int, modifiers: Qt.KeyboardModifier) -> None:
    """A mouse wheel turned `notches` notches towards the user over the view's middle."""
    at = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        at,
        QPointF(view.viewport().mapToGlobal(at.toPoint())),
        QPoint(),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def _zoomed_in_below_headers(window: MainWindow, zoom: float = 2.5) -> MapView:
    """The example map zoomed in, scrolled down and right so both strips are frozen."""
    view = window.view
    view.set_zoom(zoom)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum() // 2)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    QApplication.processEvents()
    state = view.frozen_headers()
    assert state is not None and state.dy > 0 and state.dx > 0
    return view


def test_shift_and_the_wheel_scroll_sideways(example_window: MainWindow) -> None:
    # As in every design tool and browser: Shift turns the wheel sideways. It used to
    # scroll down by whole pages instead, so a wide map could only be crossed with the
    # scroll bar.
    view = _zoomed_in_below_headers(example_window)
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    x, y = across.value(), down.value()
    _wheel(view, 2, Qt.KeyboardModifier.ShiftModifier)
    assert across.value() > x
    assert down.value() == y
    _wheel(view, -2, Qt.KeyboardModifier.ShiftModifier)
    assert across.value() == x
    assert down.value() == y


def _selection_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    """How many pixels of the rectangle are drawn in the selection colour."""
    wanted = QColor(SELECTION_COLOR)
    count = 0
    for y in range(max(top, 0), min(bottom, image.height())):
        for x in range(max(left, 0), min(right, image.width())):
            pixel = QColor(image.pixel(x, y))
            near = (
                abs(pixel.red() - wanted.red()) < 24
                and abs(pixel.green() - wanted.green()) < 24
                and abs(pixel.blue() - wanted.blue()) < 24
            )
            count += near
    return count


def _frozen_header_area(view: MapView, stage_id: str) -> tuple[int, int, int, int]:
    """The stage's frozen header on the viewport, in pixels: left, top, right, bottom."""
    state = view.frozen_headers()
    assert state is not None
    header = next(h for h in view.scene().map_layout.stage_headers if h.stage_id == stage_id)
    top_left = view.mapFromScene(QPointF(header.rect.x, header.rect.y + state.dy))
    bottom_right = view.mapFromScene(QPointF(header.rect.right, header.rect.bottom + state.dy))
    return top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y()


def test_the_selected_stage_is_highlighted_on_its_frozen_header(
    example_window: MainWindow,
) -> None:
    view = _zoomed_in_below_headers(example_window)
    layout = view.scene().map_layout
    state = view.frozen_headers()
    assert state is not None
    middle_x = view.mapToScene(view.viewport().rect().center()).x()
    stage = next(h for h in layout.stage_headers if h.rect.x <= middle_x <= h.rect.right)
    area = _frozen_header_area(view, stage.stage_id)
    before = _selection_pixels(view.viewport().grab().toImage(), *area)
    # A click on the frozen header selects the stage (the press lands on the real one).
    press_at = view.mapFromScene(QPointF(stage.rect.x + stage.rect.w / 2, state.top_strip().y()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=press_at + QPoint(0, 6))
    assert example_window.selection.state.stage_ids == (stage.stage_id,)
    QApplication.processEvents()
    after = _selection_pixels(view.viewport().grab().toImage(), *area)
    assert after > before + 40, (before, after)


def _mouse(view: MapView, kind: QEvent.Type, at: QPoint) -> None:
    """A left-button press, move (button held) or release at viewport `at`."""
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    event = QMouseEvent(
        kind,
        QPointF(at),
        QPointF(view.viewport().mapToGlobal(at)),
        LEFT,
        held,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def test_a_stage_dragged_along_the_frozen_row_shows_its_gap_there_and_stays_put(
    example_window: MainWindow,
) -> None:
    view = _zoomed_in_below_headers(example_window, 1.1)
    layout = view.scene().map_layout
    state = view.frozen_headers()
    assert state is not None
    middle_x = view.mapToScene(view.viewport().rect().center()).x()
    index, stage = next(
        (i, h) for i, h in enumerate(layout.stage_headers) if h.rect.x <= middle_x <= h.rect.right
    )
    target = layout.stage_headers[index + 1]
    row_y = state.top_strip().y() + 4 / view.zoom  # 4 px below the top of the view
    start = view.mapFromScene(QPointF(stage.rect.x + stage.rect.w / 2, row_y))
    end = view.mapFromScene(QPointF(target.rect.x + target.rect.w * 0.8, row_y))
    down = view.verticalScrollBar().value()
    _mouse(view, QEvent.Type.MouseButtonPress, start)
    for step in range(1, 7):
        _mouse(view, QEvent.Type.MouseMove, start + (end - start) * step / 6)
    assert view.editor.dragging
    # Held that close to the top of the view, a card would scroll the map down; a
    # stage moves only sideways, so the map stays where the designer is looking.
    view._edge_tick()
    assert view.verticalScrollBar().value() == down
    QApplication.processEvents()
    image = view.viewport().grab().toImage()
    gap = layout.stage_gap_line(layout.stage_insert_index(view.mapToScene(end).x()))
    assert gap is not None
    gap_x = view.mapFromScene(QPointF(gap[0].x, row_y)).x()
    header_bottom = _frozen_header_area(view, stage.stage_id)[3]
    # The gap's line crosses the frozen header row, as it crosses the real one.
    assert _selection_pixels(image, gap_x - 3, 8, gap_x + 4, header_bottom - 8) > 20
    _mouse(view, QEvent.Type.MouseButtonRelease, end)
    stages = [s.id for s in example_window.current_map.stages]
    assert stages.index(stage.stage_id) == index + 1
