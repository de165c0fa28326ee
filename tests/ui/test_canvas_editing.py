"""Editing the map with the mouse: real events through the view, asserted on the document.

Each gesture must become exactly one undo step, undo must restore the project exactly
and redo must bring the change back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from ui_support import double_click, drag, drop_mime

from mapstudio.layout import MapLayout
from mapstudio.model import Channel, JourneyMap, LaneKind, Project, cards_in_cell, curve_points
from mapstudio.ui.main_window import MainWindow


def _layout(window: MainWindow) -> MapLayout:
    assert window.scene.map_layout is not None
    return window.scene.map_layout


def _lane(journey_map: JourneyMap, kind: LaneKind) -> str:
    return next(lane.id for lane in journey_map.lanes if lane.kind is kind)


def _stage(journey_map: JourneyMap, name: str) -> str:
    return next(stage.id for stage in journey_map.stages if stage.name == name)


def _cell_bottom(window: MainWindow, persona: str | None, lane: str, stage: str) -> QPointF:
    """A point in the empty space at the bottom of a cell (below its last card)."""
    rect = _layout(window).cells[(persona, lane, stage)].rect  # type: ignore[index]
    return QPointF(rect.x + rect.w / 2, rect.bottom - 4)


def _undo_redo_round_trip(window: MainWindow, before: Project, after: Project) -> None:
    window.document.undo()
    assert window.document.project == before
    window.document.redo()
    assert window.document.project == after


def test_drag_a_card_to_another_persona_and_stage(example_window: MainWindow) -> None:
    window = example_window
    journey_map = window.current_map
    maya, george = journey_map.bands
    actions = _lane(journey_map, LaneKind.ACTIONS)
    awareness, decision = _stage(journey_map, "Awareness"), _stage(journey_map, "Decision")
    card = cards_in_cell(journey_map, actions, awareness, maya)[0]
    target_before = cards_in_cell(journey_map, actions, decision, george)
    before = window.document.project

    start = QPointF(*_layout(window).cards[card.id].rect.center)
    drag(window.view, start, _cell_bottom(window, george, actions, decision))

    after = window.document.project
    moved = next(c for c in after.maps[0].cards if c.id == card.id)
    assert (moved.persona_id, moved.lane_id, moved.stage_id) == (george, actions, decision)
    target_after = cards_in_cell(after.maps[0], actions, decision, george)
    assert [c.id for c in target_after] == [c.id for c in target_before] + [card.id]
    assert [c.order for c in target_after] == list(range(len(target_after)))
    assert window.document.undo_label == "Move Card"
    _undo_redo_round_trip(window, before, after)


def test_ctrl_click_selects_several_cards_and_they_move_together(
    example_window: MainWindow,
) -> None:
    window = example_window
    journey_map = window.current_map
    maya = journey_map.bands[0]
    pains = _lane(journey_map, LaneKind.PAIN_POINTS)
    decision, retention = _stage(journey_map, "Decision"), _stage(journey_map, "Retention")
    first, second = cards_in_cell(journey_map, pains, decision, maya)[:2]
    boxes = _layout(window).cards
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        window.view.mapFromScene(QPointF(*boxes[first.id].rect.center)),
    )
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        window.view.mapFromScene(QPointF(*boxes[second.id].rect.center)),
    )
    assert set(window.selection.state.card_ids) == {first.id, second.id}

    drag(
        window.view,
        QPointF(*boxes[first.id].rect.center),
        _cell_bottom(window, maya, pains, retention),
    )
    moved = cards_in_cell(window.current_map, pains, retention, maya)
    assert [c.id for c in moved][-2:] == [first.id, second.id]
    assert window.document.undo_label == "Move 2 Cards"


def test_drop_from_the_palette_creates_a_card_only_where_it_fits(
    example_window: MainWindow,
) -> None:
    window = example_window
    journey_map = window.current_map
    maya = journey_map.bands[0]
    pains = _lane(journey_map, LaneKind.PAIN_POINTS)
    actions = _lane(journey_map, LaneKind.ACTIONS)
    awareness = _stage(journey_map, "Awareness")
    list_widget = window.palette_dock.list
    keys = window.palette_dock.entry_keys()

    def mime(key: str):  # type: ignore[no-untyped-def]
        return list_widget.mimeData([list_widget.item(keys.index(key))])

    count = len(journey_map.cards)
    # A touchpoint dropped on the Actions lane goes into the Touchpoints lane of the same
    # persona and stage, as the guide says.
    touchpoints = _lane(journey_map, LaneKind.TOUCHPOINTS)
    assert drop_mime(
        window.view, mime("card:touchpoints:email"), _cell_bottom(window, maya, actions, awareness)
    )
    moved_in = cards_in_cell(window.current_map, touchpoints, awareness, maya)[-1]
    assert moved_in.title == "New touchpoint" and moved_in.channel == Channel.EMAIL
    assert len(window.current_map.cards) == count + 1
    window.document.undo()
    # A stage dropped on a cell is refused, with the reason in the status bar.
    assert not drop_mime(window.view, mime("stage"), _cell_bottom(window, maya, actions, awareness))
    assert "stage headers" in window.statusBar().currentMessage()
    assert len(window.current_map.cards) == count

    before = window.document.project
    accepted = drop_mime(
        window.view, mime("card:pain_points"), _cell_bottom(window, maya, pains, awareness)
    )
    assert accepted
    after = window.document.project
    cell = cards_in_cell(after.maps[0], pains, awareness, maya)
    new = cell[-1]
    assert new.severity == 3 and new.title == "New pain point"
    assert window.document.undo_label == "Add Pain point"
    # The new card's title is open for typing as soon as the drag is over.
    QTest.qWait(20)
    editor = window.editor.inline_editor
    assert editor is not None and editor.active
    editor.cancel()
    _undo_redo_round_trip(window, before, after)


def test_palette_stage_drop_inserts_a_stage_between_headers(example_window: MainWindow) -> None:
    window = example_window
    list_widget = window.palette_dock.list
    item = list_widget.item(window.palette_dock.entry_keys().index("stage"))
    columns = _layout(window).columns
    header_y = _layout(window).stage_headers[0].rect.center.y
    between = QPointF(columns[2].x + 4, header_y)  # just right of the 2nd/3rd boundary
    assert drop_mime(window.view, list_widget.mimeData([item]), between)
    names = [s.name for s in window.current_map.stages]
    assert names[:4] == ["Awareness", "Consideration", "New stage", "Decision"]
    QTest.qWait(20)
    if window.editor.inline_editor is not None:
        window.editor.inline_editor.cancel()


def test_drag_an_emotion_point_up_snaps_to_the_scale(example_window: MainWindow) -> None:
    window = example_window
    journey_map = window.current_map
    maya = journey_map.bands[0]
    low = min(curve_points(journey_map, maya), key=lambda p: p.score)
    assert low.score == -2
    curve = _layout(window).curves[maya]
    marker = next(m for m in curve.markers if m.point_id == low.id)
    before = window.document.project
    # A little off the +1 guide: the drop snaps to the nearest step.
    drag(window.view, QPointF(marker.x, marker.y), QPointF(marker.x, curve.y_of(1) + 3))
    after = window.document.project
    moved = next(p for p in after.maps[0].emotion_points if p.id == low.id)
    assert moved.score == 1
    assert moved.stage_id == low.stage_id
    assert window.document.undo_label == "Move Emotion Point"
    _undo_redo_round_trip(window, before, after)


def test_a_vertical_drag_of_an_emotion_point_keeps_its_place_in_the_stage(
    example_window: MainWindow,
) -> None:
    """Straight up or down changes only the score: the offset is kept exactly, even when
    the press is a few pixels off the marker's centre and pixels round the position."""
    window = example_window
    journey_map = window.current_map
    maya = journey_map.bands[0]
    curve = _layout(window).curves[maya]
    for grip in (QPointF(0.3, 0.4), QPointF(-3.0, 2.0), QPointF(2.6, -1.7)):
        journey_map = window.current_map
        point = min(curve_points(journey_map, maya), key=lambda p: p.score)
        curve = _layout(window).curves[maya]
        marker = next(m for m in curve.markers if m.point_id == point.id)
        start = QPointF(marker.x, marker.y) + grip
        target = point.score + 1
        drag(window.view, start, QPointF(start.x(), curve.y_of(target) + grip.y()))
        moved = next(p for p in window.current_map.emotion_points if p.id == point.id)
        assert moved.score == target
        assert moved.stage_id == point.stage_id
        assert moved.offset == point.offset  # exactly: a vertical drag is not "moved along"
        window.document.undo()
    # Sideways travel beyond hand wobble still moves the point along its stage.
    point = min(curve_points(window.current_map, maya), key=lambda p: p.score)
    column = _layout(window).column(point.stage_id)
    marker = next(m for m in curve.markers if m.point_id == point.id)
    start = QPointF(marker.x, marker.y)
    drag(window.view, start, start + QPointF(-0.1 * column.w, 0.0))
    moved = next(p for p in window.current_map.emotion_points if p.id == point.id)
    assert (moved.stage_id, moved.score) == (point.stage_id, point.score)
    assert abs(moved.offset - (point.offset - 0.1)) < 0.02


def test_drag_a_stage_header_reorders_the_stages(example_window: MainWindow) -> None:
    window = example_window
    ml = _layout(window)
    awareness = ml.stage_headers[0]
    retention = ml.column(_stage(window.current_map, "Retention"))
    before = window.document.project
    drag(
        window.view,
        QPointF(*awareness.rect.center),
        QPointF(retention.x + 10, awareness.rect.center.y),
    )
    names = [s.name for s in window.current_map.stages]
    assert names == ["Consideration", "Decision", "Awareness", "Retention", "Advocacy"]
    assert window.document.undo_label == "Move Stage"
    _undo_redo_round_trip(window, before, window.document.project)


def test_drag_a_band_header_reorders_the_personas(example_window: MainWindow) -> None:
    window = example_window
    maya, george = window.current_map.bands
    bands = {b.persona_id: b for b in _layout(window).bands}
    start = QPointF(bands[george].header_rect.x + 60, bands[george].header_rect.center.y)
    drag(window.view, start, QPointF(start.x(), bands[maya].rect.y + 5))
    assert window.current_map.bands == (george, maya)


def test_rubber_band_selects_cards_and_delete_removes_them(example_window: MainWindow) -> None:
    window = example_window
    journey_map = window.current_map
    maya = journey_map.bands[0]
    pains = _lane(journey_map, LaneKind.PAIN_POINTS)
    retention, advocacy = _stage(journey_map, "Retention"), _stage(journey_map, "Advocacy")
    ml = _layout(window)
    cells = [ml.cells[(maya, pains, s)] for s in (retention, advocacy)]  # type: ignore[index]
    inside = set(cells[0].card_ids) | set(cells[1].card_ids)
    assert inside
    # From the paper right of the map, leftwards over both cells.
    top = cells[0].rect.y + 2
    bottom = cells[0].rect.bottom - 2
    start = QPointF(ml.width - 4, top)
    drag(window.view, start, QPointF(cells[0].rect.x + 4, bottom))
    assert set(window.selection.state.card_ids) == inside

    before = window.document.project
    window.act_delete.trigger()
    after = window.document.project
    remaining = {c.id for c in after.maps[0].cards}
    assert not inside & remaining
    assert len(after.maps[0].cards) == len(journey_map.cards) - len(inside)
    assert window.document.undo_label == f"Delete {len(inside)} Cards"
    _undo_redo_round_trip(window, before, after)


def test_double_click_an_empty_cell_adds_a_card_and_edits_its_title(
    example_window: MainWindow,
) -> None:
    window = example_window
    journey_map = window.current_map
    george = journey_map.bands[1]
    thoughts = _lane(journey_map, LaneKind.THOUGHTS)
    advocacy = _stage(journey_map, "Advocacy")
    before_ids = {c.id for c in cards_in_cell(journey_map, thoughts, advocacy, george)}
    double_click(window.view, _cell_bottom(window, george, thoughts, advocacy))
    editor = window.editor.inline_editor
    assert editor is not None and editor.active
    editor.editor.selectAll()
    QTest.keyClicks(editor.editor, "Will they deliver on time?")
    QTest.keyClick(editor.editor, Qt.Key.Key_Return)
    cell = cards_in_cell(window.current_map, thoughts, advocacy, george)
    added = [c for c in cell if c.id not in before_ids]
    assert len(added) == 1
    assert added[0].title == "Will they deliver on time?"
    assert added[0].persona_id == george


def test_escape_cancels_an_in_place_edit(example_window: MainWindow) -> None:
    window = example_window
    card = window.current_map.cards[0]
    window.editor.edit_card_text(card.id, None)
    editor = window.editor.inline_editor
    assert editor is not None
    QTest.keyClicks(editor.editor, "Something else")
    QTest.keyClick(editor.editor, Qt.Key.Key_Escape)
    assert window.current_map.cards[0].title == card.title
    assert not window.document.can_undo


def test_copy_paste_into_another_map_and_duplicate(example_window: MainWindow) -> None:
    window = example_window
    journey_map = window.current_map
    card = journey_map.cards[0]
    window.editor.select_only([window.scene.card_items[card.id]])
    assert window.editor.copy_selection()
    assert card.title in QGuiApplication.clipboard().text()

    window.tabs.setCurrentIndex(1)
    future = window.current_map
    target = next(c for c in future.cards if c.lane_id != card.lane_id)
    window.editor.select_only([window.scene.card_items[target.id]])
    assert window.editor.paste()
    pasted = [c for c in window.current_map.cards if c.title == card.title and c.id != card.id]
    assert pasted and pasted[0].lane_id == target.lane_id
    assert window.document.undo_label == "Paste Card"

    window.editor.select_only([window.scene.card_items[pasted[0].id]])
    assert window.editor.duplicate_selection()
    copies = [c for c in window.current_map.cards if c.title == card.title]
    assert len(copies) == 2


def test_edits_then_save_and_reopen_give_the_same_project(
    example_window: MainWindow, tmp_path: Path
) -> None:
    window = example_window
    journey_map = window.current_map
    maya, george = journey_map.bands
    actions = _lane(journey_map, LaneKind.ACTIONS)
    card = cards_in_cell(journey_map, actions, _stage(journey_map, "Awareness"), maya)[0]
    drag(
        window.view,
        QPointF(*_layout(window).cards[card.id].rect.center),
        _cell_bottom(window, george, actions, _stage(journey_map, "Advocacy")),
    )
    target = tmp_path / "edited.mapstudio"
    assert window.files.save_to(target)
    window.files.forget_file()  # as if it was closed: the file is free to open again
    reopened = MainWindow()
    try:
        assert reopened.open_path(target)
        assert reopened.document.project == window.document.project
    finally:
        reopened.document.mark_clean()
        reopened.close()


def test_find_highlights_matches_and_steps_through_them(example_window: MainWindow) -> None:
    window = example_window
    window.act_find.trigger()
    assert window.find_bar.isVisible()
    QTest.keyClicks(window.find_bar.edit, "checkout")
    matches = [
        c.id
        for c in window.current_map.cards
        if "checkout" in f"{c.title} {c.body} {' '.join(c.tags)} {c.evidence}".casefold()
    ]
    assert matches
    found = {i for i, item in window.scene.card_items.items() if item.found}
    assert found == set(matches)
    first = window.selection.state.card_ids
    QTest.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.selection.state.card_ids != first
    assert window.find_bar.count.text() == f"2 of {len(matches)}"


def test_collapse_and_hide_bands_are_view_state_only(example_window: MainWindow) -> None:
    window = example_window
    maya = window.current_map.bands[0]
    band = next(b for b in _layout(window).bands if b.persona_id == maya)
    item = window.scene.band_items[maya]
    fold = item.mapToScene(item._fold_rect().center())
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        window.view.mapFromScene(fold),
    )
    folded = next(b for b in _layout(window).bands if b.persona_id == maya)
    assert folded.collapsed and folded.rect.h < band.rect.h
    assert not any(
        card.persona_id == maya
        for card in window.current_map.cards
        if card.id in window.scene.card_items
    )
    assert not window.document.is_dirty and not window.document.can_undo
    window.hide_band(maya)
    assert maya not in {b.persona_id for b in _layout(window).bands}
    window.show_hidden_bands()
    assert maya in {b.persona_id for b in _layout(window).bands}


def test_keyboard_moves_the_selection_and_the_cards(example_window: MainWindow) -> None:
    window = example_window
    view = window.view
    journey_map = window.current_map
    maya = journey_map.bands[0]
    actions = _lane(journey_map, LaneKind.ACTIONS)
    decision = _stage(journey_map, "Decision")
    cell = cards_in_cell(journey_map, actions, decision, maya)
    assert len(cell) >= 2
    window.editor.select_only([window.scene.card_items[cell[0].id]])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert window.selection.state.card_ids == (cell[1].id,)
    # Alt+Up moves the selected card one slot up: it swaps with the first.
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    moved = cards_in_cell(window.current_map, actions, decision, maya)
    assert [c.id for c in moved[:2]] == [cell[1].id, cell[0].id]
    assert window.selection.state.card_ids == (cell[1].id,)
    # Alt+Right moves it to the next stage, same lane and persona.
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    card = next(c for c in window.current_map.cards if c.id == cell[1].id)
    assert card.stage_id == _stage(journey_map, "Retention") and card.lane_id == actions
    # Ctrl+Enter adds a card right below it and opens its title for typing.
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor.inline_editor
    assert editor is not None and editor.active
    QTest.keyClicks(editor.editor, "Checks the delivery slot")
    QTest.keyClick(editor.editor, Qt.Key.Key_Return)
    retention = cards_in_cell(window.current_map, actions, card.stage_id, maya)
    position = [c.id for c in retention].index(card.id)
    assert retention[position + 1].title == "Checks the delivery slot"


def test_a_persona_dropped_on_the_canvas_becomes_a_band(example_window: MainWindow) -> None:
    from mapstudio.ui.personas_dock import persona_mime_data

    window = example_window
    new_id = window.personas.add_persona()
    assert new_id is not None
    persona = next(p for p in window.document.project.personas if p.id == new_id)
    maya, george = window.current_map.bands
    bands = {b.persona_id: b for b in _layout(window).bands}
    between = QPointF(300.0, bands[george].rect.y + 2)
    assert drop_mime(window.view, persona_mime_data(persona), between)
    assert window.current_map.bands == (maya, new_id, george)
    assert window.document.undo_label == "Add Persona to Map"
    # Already on the map: a second drop is refused.
    assert not drop_mime(window.view, persona_mime_data(persona), between)


def test_a_clicked_lane_label_is_selected_and_drawn_highlighted(
    example_window: MainWindow,
) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter

    from mapstudio.ui.canvas.items import SELECTION_COLOR

    window = example_window
    label = next(iter(window.scene.lane_items.values()))
    center = label.mapToScene(label.boundingRect().center())
    QTest.mouseClick(
        window.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        window.view.mapFromScene(center),
    )
    assert window.selection.state.lane_ids == (label.box.lane_id,)
    rect = label.boundingRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    label.paint(painter, None)  # type: ignore[arg-type]
    painter.end()
    edge = [image.pixelColor(x, 1) for x in range(4, image.width() - 4)]
    assert any(abs(c.blue() - SELECTION_COLOR.blue()) < 40 and c.red() < 120 for c in edge)


def test_home_and_end_go_along_the_row_and_with_ctrl_to_the_map_ends(
    example_window: MainWindow,
) -> None:
    window = example_window
    view = window.view
    journey_map = window.current_map
    maya = journey_map.bands[0]
    actions = _lane(journey_map, LaneKind.ACTIONS)
    decision = _stage(journey_map, "Decision")
    first_stage, last_stage = journey_map.stages[0].id, journey_map.stages[-1].id
    cell = cards_in_cell(journey_map, actions, decision, maya)
    window.editor.select_only([window.scene.card_items[cell[0].id]])
    view.setFocus()

    def selected_cell() -> tuple[str | None, str, str]:
        (card_id,) = window.selection.state.card_ids
        card = next(c for c in window.current_map.cards if c.id == card_id)
        return card.persona_id, card.lane_id, card.stage_id

    # Home and End: the same persona's Actions lane, at its first and last stage.
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert selected_cell() == (maya, actions, first_stage)
    QTest.keyClick(view, Qt.Key.Key_End)
    assert selected_cell() == (maya, actions, last_stage)
    # Ctrl+Home and Ctrl+End: the first and last card in reading order (Tab's order).
    stops = _layout(window).reading_stops()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.state.card_ids == (stops[0],)
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.selection.state.card_ids == (stops[-1],)
    assert not window.document.is_dirty  # walking changes nothing
