"""The canvas gestures one by one (ui/canvas/gestures): press, move, release, cancel.

Each gesture gives its command on release without running it (the dispatcher runs it);
a press that never travels is a click and gives none; cancel (Esc, focus lost, a drag
leaving the canvas) puts everything back and leaves the document as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsItem
from ui_support import send_mouse

from mapstudio.edit import MoveBand, MoveCards, MoveEmotionPoint, MoveStage
from mapstudio.layout import MapLayout
from mapstudio.model import curve_points
from mapstudio.ui.canvas.gestures import (
    LIFT,
    Gesture,
    MoveBandGesture,
    MoveCardsGesture,
    MovePointGesture,
    MoveStageGesture,
)
from mapstudio.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _layout(window: MainWindow) -> MapLayout:
    assert window.scene.map_layout is not None
    return window.scene.map_layout


def _first_card_and_another_stage(window: MainWindow) -> tuple[str, QPointF, QPointF]:
    """A card's id, its centre, and the centre of the same cell one stage to the right."""
    ml = _layout(window)
    card = ml.cards[window.current_map.cards[0].id]
    stages = [c.stage_id for c in ml.columns]
    persona, lane, stage = card.cell
    other = ml.cells[(persona, lane, stages[stages.index(stage) + 1])]  # type: ignore[index]
    return card.card_id, QPointF(*card.rect.center), QPointF(*other.rect.center)


def _press_and_travel(window: MainWindow, start: QPointF, end: QPointF) -> None:
    send_mouse(window.view, QEvent.Type.MouseButtonPress, start)
    for step in range(1, 5):
        point = start + (end - start) * (step / 4)
        send_mouse(window.view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, LEFT)


def _release(window: MainWindow, at: QPointF) -> None:
    send_mouse(window.view, QEvent.Type.MouseButtonRelease, at, LEFT, Qt.MouseButton.NoButton)


def test_escape_mid_drag_puts_the_cards_back_and_makes_no_step(
    example_window: MainWindow,
) -> None:
    window = example_window
    card_id, start, end = _first_card_and_another_stage(window)
    item = window.scene.card_items[card_id]
    origin, z = item.pos(), item.zValue()
    before = window.document.project
    _press_and_travel(window, start, end)
    assert window.editor.dragging and item.pos() != origin
    assert item.zValue() == z + LIFT  # lifted above everything while it travels
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not window.editor.dragging
    assert (item.pos(), item.zValue()) == (origin, z)
    # Only the drag is undone: the card stays selected, as before the press.
    assert item.isSelected()
    _release(window, end)
    assert window.document.project is before
    # A second Esc, with nothing carried, clears the selection.
    QTest.keyClick(window.view, Qt.Key.Key_Escape)
    assert not item.isSelected()


def test_losing_the_keyboard_mid_drag_cancels_it(example_window: MainWindow) -> None:
    """A dialog or another window taking focus mid-drag may swallow the release: the
    drag ends then and there, the card back in its place, nothing changed."""
    window = example_window
    card_id, start, end = _first_card_and_another_stage(window)
    item = window.scene.card_items[card_id]
    origin = item.pos()
    before = window.document.project
    _press_and_travel(window, start, end)
    assert window.editor.dragging
    QApplication.sendEvent(
        window.view, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    )
    assert not window.editor.dragging
    assert item.pos() == origin
    assert not window.editor.feedback.indicator.isVisible()
    _release(window, end)  # the release that comes late changes nothing
    assert window.document.project is before


def test_a_press_that_does_not_travel_is_a_click_on_every_grabbable_thing(
    example_window: MainWindow,
) -> None:
    window = example_window
    ml = _layout(window)
    maya = window.current_map.bands[0]
    marker = ml.curves[maya].markers[0]
    band = next(b for b in ml.bands if b.persona_id == maya)
    places = [
        QPointF(*ml.cards[window.current_map.cards[0].id].rect.center),
        QPointF(marker.x, marker.y),
        QPointF(*ml.stage_headers[1].rect.center),
        QPointF(band.header_rect.x + 60, band.header_rect.center.y),
    ]
    before = window.document.project
    wobble = QPointF(1.0, 0.0)  # well under the platform's drag distance
    for place in places:
        _press_and_travel(window, place, place + wobble)
        assert not window.editor.dragging
        _release(window, place + wobble)
    assert window.document.project is before


def _canvas_gesture(window: MainWindow, kind: type[Gesture], item: QGraphicsItem, at: QPointF):  # type: ignore[no-untyped-def]
    return kind.press(window.editor.canvas, at, item)


def test_each_gesture_gives_its_command_on_release_without_running_it(
    example_window: MainWindow,
) -> None:
    window = example_window
    ml = _layout(window)
    journey_map = window.current_map
    before = window.document.project

    # Cards: the selected ones travel together.
    card_id, start, end = _first_card_and_another_stage(window)
    window.editor.select_only([window.scene.card_items[card_id]])
    cards = _canvas_gesture(window, MoveCardsGesture, window.scene.card_items[card_id], start)
    cards.move(end)
    command = cards.release(end)
    assert isinstance(command, MoveCards) and command.card_ids == (card_id,)
    assert command.stage_id != journey_map.cards[0].stage_id

    # A stage header dropped past the third column.
    first_header = window.scene.stage_items[journey_map.stages[0].id]
    header_at = QPointF(*ml.stage_headers[0].rect.center)
    third = ml.columns[2]
    header_origin = first_header.pos()
    stage = _canvas_gesture(window, MoveStageGesture, first_header, header_at)
    target = QPointF(third.x + third.w * 0.75, header_at.y() + 30.0)
    stage.move(target)
    assert stage.started
    travel = first_header.pos() - header_origin
    assert (travel.x(), travel.y()) == (target.x() - header_at.x(), 0.0)  # sideways only
    assert stage.release(target) == MoveStage(journey_map.id, journey_map.stages[0].id, 2)

    # The first persona band dropped below the second.
    maya, george = journey_map.bands
    bands = {b.persona_id: b for b in ml.bands}
    band_at = QPointF(bands[maya].header_rect.x + 60, bands[maya].header_rect.center.y)
    band = _canvas_gesture(window, MoveBandGesture, window.scene.band_items[maya], band_at)
    below = QPointF(band_at.x(), bands[george].rect.bottom - 2)
    band.move(below)
    assert band.release(below) == MoveBand(journey_map.id, maya, 1)

    # An emotion point dragged one step up keeps its stage and offset.
    point = min(curve_points(journey_map, maya), key=lambda p: p.score)
    curve = ml.curves[maya]
    marker = next(m for m in curve.markers if m.point_id == point.id)
    at = QPointF(marker.x, marker.y)
    drag = _canvas_gesture(window, MovePointGesture, window.scene.marker_items[point.id], at)
    up = QPointF(marker.x, curve.y_of(point.score + 1))
    drag.move(up)
    assert drag.release(up) == MoveEmotionPoint(
        journey_map.id, point.id, point.stage_id, point.offset, point.score + 1
    )

    assert window.document.project is before  # none of them ran its command


def test_a_cancelled_gesture_gives_no_command_and_puts_its_item_back(
    example_window: MainWindow,
) -> None:
    window = example_window
    ml = _layout(window)
    header = window.scene.stage_items[window.current_map.stages[0].id]
    origin, z = header.pos(), header.zValue()
    at = QPointF(*ml.stage_headers[0].rect.center)
    stage = _canvas_gesture(window, MoveStageGesture, header, at)
    stage.move(at + QPointF(200.0, 0.0))
    assert header.pos() != origin and window.editor.feedback.indicator.isVisible()
    stage.cancel()
    assert (header.pos(), header.zValue()) == (origin, z)
    assert not window.editor.feedback.indicator.isVisible()


def test_a_drag_leaving_the_canvas_takes_its_marks_away(example_window: MainWindow) -> None:
    window = example_window
    list_widget = window.palette_dock.list
    keys = window.palette_dock.entry_keys()
    mime = list_widget.mimeData([list_widget.item(keys.index("card:pain_points"))])
    cell = next(c for c in _layout(window).cells.values() if c.accepts_cards)
    assert window.editor.drag_move(mime, QPointF(*cell.rect.center))
    assert window.editor.feedback.indicator.isVisible()
    window.editor.drag_leave()
    assert not window.editor.feedback.indicator.isVisible()
