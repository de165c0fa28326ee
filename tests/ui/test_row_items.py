"""Card items live in one item per lane row: a row that only moved is moved as a whole.

When a card makes its row taller, every row below moves down. The scene moves each of
those rows' items once instead of every card in them, so the cards must still end up
exactly where the layout puts them, be found with their current boxes, and a dragged
card must still travel above the cards of other rows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest
from ui_support import send_mouse

from mapstudio.edit import AddCard, MoveCards
from mapstudio.layout import MapLayout
from mapstudio.model import Card
from mapstudio.ui.canvas.items import CardItem, lift
from mapstudio.ui.canvas.scene import LaneRowItem
from mapstudio.ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def _assert_items_where_the_layout_puts_them(window: MainWindow, ml: MapLayout) -> None:
    scene = window.scene
    assert set(scene.card_items) == set(ml.cards)
    for card_id, box in ml.cards.items():
        item = scene.card_items[card_id]
        # Within float rounding: the row's top plus the card's place in the row.
        assert (item.scenePos().x(), item.scenePos().y()) == pytest.approx(
            (box.rect.x, box.rect.y), abs=1e-6
        ), card_id
        assert item.box == box  # looked up by id: the current box, rect and all
        parent = item.parentItem()
        assert isinstance(parent, LaneRowItem)
        assert parent.key == (box.cell.persona_id, box.cell.lane_id)
    markers = {m.point_id: m for curve in ml.curves.values() for m in curve.markers}
    assert set(scene.marker_items) == set(markers)
    for point_id, marker in markers.items():
        item = scene.marker_items[point_id]
        assert item.marker == marker
        assert (item.scenePos().x(), item.scenePos().y()) == (marker.rect.x, marker.rect.y)


def _grow_top_row(window: MainWindow) -> tuple[MapLayout, MapLayout]:
    """Add cards to the first cell of the top lane row until that row grows."""
    before = window.scene.map_layout
    assert before is not None
    top = min(before.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    journey = window.current_map
    for n in range(12):
        card = Card(
            id=f"grow{n}",
            lane_id=top.cell.lane_id,
            stage_id=top.cell.stage_id,
            persona_id=top.cell.persona_id,
            title=f"Another note number {n}",
        )
        window.document.execute(AddCard(journey.id, card))
        after = window.scene.map_layout
        assert after is not None
        if after.height > before.height:
            return before, after
    raise AssertionError("the top row never grew")


def test_rows_below_a_grown_row_move_whole_and_their_cards_stay_in_place(
    example_window: MainWindow,
) -> None:
    window = example_window
    before, after = _grow_top_row(window)
    assert after.changes is not None and after.changes.moved_rows
    moved = {
        card_id
        for card_id, box in after.cards.items()
        if (box.cell.persona_id, box.cell.lane_id) in after.changes.moved_rows
    }
    assert moved, (after.changes.moved_rows, after.changes.cards)
    stats = window.scene.last_sync
    # Only the grown row's new card was touched; the moved rows' cards were not (their
    # rows' labels and curves were, one item each).
    assert stats.created == 1 and stats.kinds.get("CardItem", 0) == 0
    _assert_items_where_the_layout_puts_them(window, after)

    # And back: undo every step; the rows move up again.
    while window.document.can_undo:
        window.document.undo()
    final = window.scene.map_layout
    assert final is not None and final.height == before.height
    _assert_items_where_the_layout_puts_them(window, final)


def test_a_card_moved_to_another_row_changes_row_item(example_window: MainWindow) -> None:
    window = example_window
    ml = window.scene.map_layout
    assert ml is not None
    boxes = sorted(ml.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    first, last = boxes[0], boxes[-1]
    assert (first.cell.persona_id, first.cell.lane_id) != (last.cell.persona_id, last.cell.lane_id)
    window.document.execute(
        MoveCards(
            window.current_map.id,
            (first.card_id,),
            last.cell.persona_id,
            last.cell.lane_id,
            last.cell.stage_id,
        )
    )
    after = window.scene.map_layout
    assert after is not None
    _assert_items_where_the_layout_puts_them(window, after)


def test_a_dragged_card_travels_above_the_cards_of_lower_rows(example_window: MainWindow) -> None:
    window = example_window
    scene, editor = window.scene, window.editor
    ml = scene.map_layout
    assert ml is not None
    boxes = sorted(ml.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    top, bottom = boxes[0], boxes[-1]
    dragged = scene.card_items[top.card_id]
    editor.select_only([dragged])
    # What the editor does while a card travels: lift it, move it over another card.
    lift(dragged, 100)
    target = QPointF(bottom.rect.x + bottom.rect.w / 2, bottom.rect.y + bottom.rect.h / 2)
    dragged.setPos(dragged.pos() + target - QPointF(top.rect.x + 5, top.rect.y + 5))
    cards = [item for item in scene.items(target) if isinstance(item, CardItem)]
    assert cards[0] is dragged
    assert scene.card_items[bottom.card_id] in cards[1:]
    # Above the emotion markers too, as a lifted card always was.
    assert all(dragged.zValue() > m.zValue() for m in scene.marker_items.values())

    # Put down, its row is stacked with the others again.
    lift(dragged, -100)
    row = dragged.parentItem()
    assert isinstance(row, LaneRowItem)
    assert row.zValue() == scene.card_items[bottom.card_id].parentItem().zValue()
    cards = [item for item in scene.items(target) if isinstance(item, CardItem)]
    assert cards[0] is scene.card_items[bottom.card_id]


def test_a_card_dragged_with_the_mouse_travels_above_the_cards_of_lower_rows(
    example_window: MainWindow,
) -> None:
    """The drag gesture itself lifts the card's row (through items.lift), not only a
    test that calls lift: a gesture that set the z value alone would leave the card under
    the next row's cards."""
    window = example_window
    scene = window.scene
    ml = scene.map_layout
    assert ml is not None
    top = min(ml.cards.values(), key=lambda box: (box.rect.y, box.rect.x))
    # The first card of another row, below the dragged card's own row.
    below = min(
        (box for box in ml.cards.values() if box.cell.lane_id != top.cell.lane_id),
        key=lambda box: (box.rect.y, box.rect.x),
    )
    dragged, other = scene.card_items[top.card_id], scene.card_items[below.card_id]
    start = QPointF(*top.rect.center)
    target = QPointF(*below.rect.center)
    window.view.centerOn(start)
    send_mouse(window.view, QEvent.Type.MouseButtonPress, start)
    for step in range(1, 5):
        point = start + (target - start) * (step / 4)
        send_mouse(window.view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, LEFT)
    assert window.editor.dragging
    row, other_row = dragged.parentItem(), other.parentItem()
    assert isinstance(row, LaneRowItem) and row is not other_row
    assert row.zValue() > other_row.zValue()
    cards = [item for item in scene.items(target) if isinstance(item, CardItem)]
    assert cards[0] is dragged and other in cards[1:]

    QTest.keyClick(window.view, Qt.Key.Key_Escape)  # put back: stacked like the others
    assert not window.editor.dragging
    assert row.zValue() == other_row.zValue()
    send_mouse(window.view, QEvent.Type.MouseButtonRelease, target, LEFT, Qt.MouseButton.NoButton)
