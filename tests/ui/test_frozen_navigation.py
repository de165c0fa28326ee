"""Navigating a map too large for the window: Shift+wheel goes sideways, and the
frozen header row shows what the real one shows (the selected stage's highlight, a
stage being dragged and the gap it would go to)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem, QToolTip

from mapstudio.ui.canvas.frozen import real_position
from mapstudio.ui.canvas.items import SELECTION_COLOR, CardItem, EmotionMarkerItem, HeaderItem
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


def _corner(view: MapView) -> QPoint:
    """The middle of the blank corner where the frozen row and column meet, in pixels."""
    state = view.frozen_headers()
    assert state is not None
    left, top = state.left_strip(), state.top_strip()
    return view.mapFromScene(QPointF(left.center().x(), top.center().y()))


def _hide_under(view: MapView, kind: type, at: QPoint) -> QGraphicsItem:
    """Scroll the map so that an item of `kind` (away from the real headers) lies under
    viewport pixel `at` (on a frozen strip); that item."""
    state = view.frozen_headers()
    assert state is not None
    far = [
        item
        for item in view.scene().items()
        if isinstance(item, kind)
        and item.isVisible()
        and item.sceneBoundingRect().x() > state.labels.right() + 200
        and item.sceneBoundingRect().y() > state.header.bottom() + 200
    ]
    assert far, f"the example map has no {kind.__name__} away from the headers"
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    for item in far:  # the first one the scroll bars can bring there
        centre = view.mapFromScene(item.sceneBoundingRect().center())
        across.setValue(across.value() + centre.x() - at.x())
        down.setValue(down.value() + centre.y() - at.y())
        QApplication.processEvents()
        if item in view.items(at):
            return item
    raise AssertionError(f"no {kind.__name__} could be scrolled under {at}")


def test_a_press_on_the_frozen_corner_grabs_nothing_hidden_under_it(
    example_window: MainWindow,
) -> None:
    # The corner is blank paper over the map: a card scrolled under it used to be
    # selected and dragged away by a press there, unseen.
    view = _zoomed_in_below_headers(example_window)
    corner = _corner(view)
    card = _hide_under(view, CardItem, corner)
    where = card.scenePos()
    _mouse(view, QEvent.Type.MouseButtonPress, corner)
    _mouse(view, QEvent.Type.MouseMove, corner + QPoint(60, 80))
    _mouse(view, QEvent.Type.MouseButtonRelease, corner + QPoint(60, 80))
    assert not example_window.selection.state.card_ids
    assert card.scenePos() == where
    assert not view.editor.dragging
    # Nor does a double-click there write on it (or add a card to the cell under it).
    cards = len(example_window.current_map.cards)
    QTest.mouseDClick(view.viewport(), LEFT, pos=corner)
    assert len(example_window.current_map.cards) == cards
    assert view.editor.inline_editor is None or not view.editor.inline_editor.active


def _tooltip_at(view: MapView, at: QPoint) -> str:
    """The tooltip the view shows for the pointer resting at viewport pixel `at`."""
    QToolTip.hideText()
    QApplication.processEvents()
    event = QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_the_frozen_label_column_shows_its_own_tooltip_not_the_hidden_items(
    example_window: MainWindow,
) -> None:
    # An emotion point scrolled under the frozen label column used to show its tooltip
    # ("Delighted (+2) - drag ...") over the lane label the designer is pointing at.
    view = _zoomed_in_below_headers(example_window)
    state = view.frozen_headers()
    assert state is not None
    column = view.mapFromScene(state.left_strip()).boundingRect()
    at = QPoint(column.center().x(), column.center().y())
    marker = _hide_under(view, EmotionMarkerItem, at)
    assert marker.toolTip()
    shown = _tooltip_at(view, at)
    assert shown != marker.toolTip()
    # What shows is the tooltip of the real header the pointer is on (its lane's).
    state = view.frozen_headers()
    assert state is not None
    real = real_position(state, view.mapToScene(at))
    header = next(i for i in view.scene().items(real) if isinstance(i, HeaderItem))
    assert shown == header.toolTip()


def test_the_frozen_corner_shows_no_tooltip_of_what_is_under_it(
    example_window: MainWindow,
) -> None:
    view = _zoomed_in_below_headers(example_window)
    corner = _corner(view)
    marker = _hide_under(view, EmotionMarkerItem, corner)
    assert marker.toolTip()
    assert _tooltip_at(view, corner) == ""


def _clear_of_the_strips(view: MapView, item: QGraphicsItem) -> bool:
    """Whether all of `item` shows, none of it under the frozen row or column."""
    state = view.frozen_headers()
    assert state is not None
    rect = item.sceneBoundingRect()
    return not rect.intersects(state.top_strip()) and not rect.intersects(state.left_strip())


def test_stepping_with_the_arrow_keys_never_hides_the_card_under_a_frozen_strip(
    example_window: MainWindow,
) -> None:
    # The keyboard brings the card it steps to into view 40 px from the edge, but the
    # frozen label column is wider than that (and the header row taller, zoomed in): a
    # card stepped to with Left or Up sat half under them, its outline and title hidden.
    view = _zoomed_in_below_headers(example_window, 2.0)
    layout = view.scene().map_layout
    state = view.frozen_headers()
    assert state is not None
    stages = [h.stage_id for h in layout.stage_headers]
    card = next(
        box
        for box in layout.cards.values()
        if stages.index(box.cell.stage_id) >= 2 and box.rect.y > state.header.bottom() + 400
    )
    assert view.editor.select_card(card.card_id)
    # Scroll the card to just right of the frozen column and just below the frozen row:
    # what Left and Up step to lies under them.
    across, down = view.horizontalScrollBar(), view.verticalScrollBar()
    column_px = round(state.labels.width() * view.zoom)
    row_px = round(state.header.height() * view.zoom)
    corner = view.mapFromScene(QPointF(card.rect.x, card.rect.y))
    across.setValue(across.value() + corner.x() - column_px - 4)
    down.setValue(down.value() + corner.y() - row_px - 4)
    QApplication.processEvents()
    for key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Left, Qt.Key.Key_Up):
        before = example_window.selection.state.card_ids
        QTest.keyClick(view, key)
        QApplication.processEvents()
        selected = example_window.selection.state.card_ids
        assert selected and selected != before, key
        item = view.scene().card_items[selected[0]]
        assert _clear_of_the_strips(view, item), (key, item.sceneBoundingRect())


def test_up_onto_the_frozen_header_row_selects_the_stage_where_the_designer_is(
    example_window: MainWindow,
) -> None:
    # From a card in the first row, Up selects its stage's header. Its frozen copy is
    # at the top of the view already: the map must not scroll back to show the real
    # one (on a long map the designer would lose their place).
    view = _zoomed_in_below_headers(example_window, 2.0)
    layout = view.scene().map_layout
    state = view.frozen_headers()
    assert state is not None
    first_row = min(box.rect.y for box in layout.cards.values())
    card = next(box for box in layout.cards.values() if box.rect.y == first_row)
    assert view.editor.select_card(card.card_id)
    # Scroll so the real header row is half above the view: its frozen copy shows at
    # the top, and the card below it.
    down = view.verticalScrollBar()
    half = view.mapFromScene(QPointF(0, state.header.top() + state.header.height() / 2))
    down.setValue(down.value() + half.y())
    QApplication.processEvents()
    assert view.frozen_headers().dy > 0
    at = down.value()
    QTest.keyClick(view, Qt.Key.Key_Up)
    QApplication.processEvents()
    assert example_window.selection.state.stage_ids == (card.cell.stage_id,)
    assert down.value() == at


def test_paging_skips_no_part_of_the_map_under_the_frozen_strips(
    example_window: MainWindow,
) -> None:
    # Page Down moved the map by the whole height of the view, but the top of the view
    # is covered by the frozen header row: the band of the map that scrolled under it
    # had never been on screen. Each page must start where the last one ended (and the
    # same across, under the frozen label column, for a click in the scroll bar's
    # trough).
    view = _zoomed_in_below_headers(example_window, 2.0)
    viewport = view.viewport().rect()

    def seen_from_y() -> float:
        state = view.frozen_headers()
        assert state is not None and state.dy > 0
        return state.top_strip().bottom()

    def seen_from_x() -> float:
        state = view.frozen_headers()
        assert state is not None and state.dx > 0
        return state.left_strip().right()

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 4)
    QApplication.processEvents()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown):
        bottom = view.mapToScene(QPoint(0, viewport.bottom())).y()
        QTest.keyClick(view, key)
        QApplication.processEvents()
        assert seen_from_y() <= bottom + 1, key
    top = seen_from_y()
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    QApplication.processEvents()
    assert view.mapToScene(QPoint(0, viewport.bottom())).y() >= top - 1
    across = view.horizontalScrollBar()
    across.setValue(across.maximum() // 4)
    QApplication.processEvents()
    right = view.mapToScene(QPoint(viewport.right(), 0)).x()
    across.triggerAction(across.SliderAction.SliderPageStepAdd)  # a click in the trough
    QApplication.processEvents()
    assert seen_from_x() <= right + 1
    left = seen_from_x()
    across.triggerAction(across.SliderAction.SliderPageStepSub)
    QApplication.processEvents()
    assert view.mapToScene(QPoint(viewport.right(), 0)).x() >= left - 1
