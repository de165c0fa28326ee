"""Canvas gestures under a real mouse and keyboard (X server input, xcb platform); each
result is read back from the document."""

from __future__ import annotations

from typing import Any

from driver import RealApp, Rect
from test_palette_drags import reveal_cell


def _map(app: RealApp) -> dict[str, Any]:
    return app.current_map()


def _cell_of(card: dict[str, Any]) -> tuple[str | None, str, str]:
    return card["persona_id"], card["lane_id"], card["stage_id"]


def _visible_card(app: RealApp, kind: str, stage_index: int, band_index: int = 0) -> str:
    cell = app.cell(kind=kind, stage_index=stage_index, band_index=band_index)
    cards = [
        c["id"]
        for c in _map(app)["cards"]
        if _cell_of(c) == (cell["persona_id"], cell["lane_id"], cell["stage_id"])
    ]
    assert cards, f"no card in the {kind} cell of stage {stage_index}"
    return cards[0]


def test_drag_a_card_to_another_stage(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    target = app.cell(kind="actions", stage_index=2)
    start = Rect.of(app.canvas()["cards"][card_id]).center
    end = Rect.of(target["rect"])
    app.input.drag(start, (end.x + end.w // 2, end.y + end.h - 6))
    app.settle()
    card = app.card(card_id)
    assert card is not None
    assert _cell_of(card) == (target["persona_id"], target["lane_id"], target["stage_id"])
    assert app.state()["undo_label"] == "Move Card"


def _zoom_out_until(app: RealApp, visible: Any) -> None:
    """Ctrl+minus until `visible(canvas, viewport)` holds."""
    for _ in range(10):
        view = app.canvas()
        if visible(view, Rect.of(view["viewport"])):
            return
        app.input.key("ctrl+minus")
        app.settle(0.2)
    raise AssertionError("zooming out never showed what the test needs")


def _bottom(rect: Rect) -> int:
    return rect.y + rect.h


def test_drag_a_card_into_another_personas_band(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "thoughts", 1)

    def both_in_view(view: dict[str, Any], viewport: Rect) -> bool:
        other = Rect.of(app.cell(kind="thoughts", stage_index=1, band_index=1)["rect"])
        return _bottom(other) < _bottom(viewport) and Rect.of(view["cards"][card_id]).y > viewport.y

    _zoom_out_until(app, both_in_view)
    other = app.cell(kind="thoughts", stage_index=1, band_index=1)
    start = Rect.of(app.canvas()["cards"][card_id]).center
    end = Rect.of(other["rect"])
    app.input.drag(start, (end.x + end.w // 2, _bottom(end) - 4))
    app.settle()
    card = app.card(card_id)
    assert card is not None
    assert _cell_of(card) == (other["persona_id"], other["lane_id"], other["stage_id"])


def test_drag_an_emotion_point_up_raises_its_score(example_app: RealApp) -> None:
    app = example_app
    reveal_cell(app, "emotions", 2)
    points = _map(app)["emotion_points"]
    low = min(points, key=lambda p: p["score"])
    marker = Rect.of(app.canvas()["markers"][low["id"]])
    curve = Rect.of(app.canvas()["curves"][low["persona_id"]])
    app.input.drag(marker.center, (marker.center[0], curve.y + 8))
    app.settle()
    moved = next(p for p in _map(app)["emotion_points"] if p["id"] == low["id"])
    assert moved["score"] == _map(app)["emotion_scale"]["max"]
    assert moved["stage_id"] == low["stage_id"]
    # Straight up: its place along the stage is kept exactly, or compare and merge would
    # see a move nobody made.
    assert moved["offset"] == low["offset"]


def test_drag_a_stage_header_to_reorder(example_app: RealApp) -> None:
    app = example_app
    stages = [s["id"] for s in _map(app)["stages"]]
    headers = app.canvas()["stages"]
    first = Rect.of(headers[stages[0]])
    third = Rect.of(headers[stages[2]])
    app.input.drag(first.center, (third.x + third.w - 8, third.center[1]))
    app.settle()
    after = [s["id"] for s in _map(app)["stages"]]
    assert after[:3] == [stages[1], stages[2], stages[0]]
    assert sorted(after) == sorted(stages)


def test_drag_a_band_header_below_the_other_band(example_app: RealApp) -> None:
    app = example_app
    bands = _map(app)["bands"]

    def second_band_bottom(view: dict[str, Any]) -> int:
        lanes = [Rect.of(lane["rect"]) for lane in view["lanes"] if lane["persona_id"] == bands[1]]
        return max(_bottom(lane) for lane in lanes)

    _zoom_out_until(app, lambda view, viewport: second_band_bottom(view) < _bottom(viewport))
    view = app.canvas()
    first = Rect.of(view["bands"][bands[0]])
    app.input.drag((first.x + 60, first.center[1]), (first.x + 60, second_band_bottom(view) - 3))
    app.settle()
    assert _map(app)["bands"] == [bands[1], bands[0]]
    assert app.state()["undo_label"] == "Move Persona Band"


def test_rubber_band_then_delete_removes_exactly_those_cards(example_app: RealApp) -> None:
    app = example_app
    view = app.canvas()
    cell = app.cell(kind="actions", stage_index=1)
    rect = Rect.of(cell["rect"])
    inside = [
        c["id"]
        for c in _map(app)["cards"]
        if _cell_of(c) == (cell["persona_id"], cell["lane_id"], cell["stage_id"])
    ]
    assert inside
    # From the empty bottom of the cell up and across the whole cell: a rubber band.
    start = (rect.x + rect.w - 3, rect.y + rect.h - 3)
    app.input.drag(start, (rect.x + 3, rect.y + 3))
    app.settle()
    assert sorted(app.state()["selection"]["cards"]) == sorted(inside)
    app.input.key("Delete")
    app.settle()
    remaining = {c["id"] for c in _map(app)["cards"]}
    assert not remaining & set(inside)
    assert len(remaining) == len(view["cards"]) - len(inside)
    # Ctrl+Z brings them back; Ctrl+Shift+Z and Ctrl+Y both redo.
    app.input.key("ctrl+z")
    app.settle()
    assert set(inside) <= {c["id"] for c in _map(app)["cards"]}
    app.input.key("ctrl+shift+z")
    app.settle()
    assert not set(inside) & {c["id"] for c in _map(app)["cards"]}
    app.input.key("ctrl+z")
    app.settle()
    app.input.key("ctrl+y")
    app.settle()
    assert not set(inside) & {c["id"] for c in _map(app)["cards"]}


def test_copy_then_paste_into_another_cell(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    source = app.card(card_id)
    assert source is not None
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.input.key("ctrl+c")
    app.settle()
    assert app.state()["actions"]["act_paste"]
    # Click the empty bottom of another cell to make it the paste target.
    target = app.cell(kind="actions", stage_index=3)
    rect = Rect.of(target["rect"])
    app.input.click(rect.x + rect.w // 2, rect.y + rect.h - 4)
    app.input.key("ctrl+v")
    app.settle()
    pasted = [c for c in _map(app)["cards"] if c["title"] == source["title"] and c["id"] != card_id]
    assert len(pasted) == 1
    assert _cell_of(pasted[0]) == (target["persona_id"], target["lane_id"], target["stage_id"])


def test_cut_copy_delete_need_a_selection(example_app: RealApp) -> None:
    app = example_app
    app.input.key("Escape")
    app.settle()
    actions = app.state()["actions"]
    assert not actions["act_cut"] and not actions["act_copy"] and not actions["act_delete"]
    cards_before = len(_map(app)["cards"])
    app.input.key("Delete", "ctrl+x")
    app.settle()
    assert len(_map(app)["cards"]) == cards_before
    card_id = _visible_card(app, "actions", 0)
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.settle()
    actions = app.state()["actions"]
    assert actions["act_cut"] and actions["act_copy"] and actions["act_delete"]


def test_ctrl_wheel_zooms_and_space_drag_pans(example_app: RealApp) -> None:
    app = example_app
    viewport = Rect.of(app.canvas()["viewport"])
    before = app.canvas()["zoom"]
    app.input.wheel(*viewport.center, 2, modifier="ctrl")
    app.settle()
    zoomed = app.canvas()["zoom"]
    assert zoomed > before * 1.3
    app.input.wheel(*viewport.center, -2, modifier="ctrl")
    app.settle()
    assert abs(app.canvas()["zoom"] - before) < 0.01
    assert app.state()["undo_label"] is None  # zoom is view state, never history
    # Hold Space and drag: the map moves with the pointer.
    card_id = next(iter(app.canvas()["cards"]))
    x0, y0 = Rect.of(app.canvas()["cards"][card_id]).center
    app.input.xdo("mousemove", viewport.x + 300, viewport.y + 300, "sleep", 0.1, "keydown", "space")
    app.input.drag((viewport.x + 300, viewport.y + 300), (viewport.x + 300, viewport.y + 150))
    app.input.xdo("keyup", "space")
    app.settle()
    x1, y1 = Rect.of(app.canvas()["cards"][card_id]).center
    assert y1 < y0 - 100 and abs(x1 - x0) <= 2
    assert app.state()["undo_label"] is None


def test_arrows_walk_and_alt_arrows_move_a_card(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    start = app.card(card_id)
    assert start is not None
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.input.key("Right")
    app.settle()
    selected = app.state()["selection"]["cards"]
    assert len(selected) == 1 and selected[0] != card_id
    neighbour = app.card(selected[0])
    assert neighbour is not None and neighbour["lane_id"] == start["lane_id"]
    app.input.key("Left")
    app.settle()
    assert app.state()["selection"]["cards"] == [card_id]
    app.input.key("alt+Right")
    app.settle()
    moved = app.card(card_id)
    stages = [s["id"] for s in _map(app)["stages"]]
    assert moved is not None
    assert stages.index(moved["stage_id"]) == stages.index(start["stage_id"]) + 1
    assert app.state()["undo_label"] == "Move Card"


def test_home_and_end_walk_the_row_and_ctrl_the_map(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 1)
    start = app.card(card_id)
    assert start is not None
    stages = [s["id"] for s in _map(app)["stages"]]
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    for key, stage in (("End", stages[-1]), ("Home", stages[0])):
        app.input.key(key)
        app.settle()
        selected = app.state()["selection"]["cards"]
        assert len(selected) == 1, (key, selected)
        card = app.card(selected[0])
        assert card is not None
        assert (card["persona_id"], card["lane_id"], card["stage_id"]) == (
            start["persona_id"],
            start["lane_id"],
            stage,
        ), key
    # Ctrl+End then Ctrl+Home: the last and the first card of the map, and back in view.
    app.input.key("ctrl+End")
    app.settle()
    last = app.state()["selection"]["cards"]
    app.input.key("ctrl+Home")
    app.settle()
    first = app.state()["selection"]["cards"]
    assert len(last) == 1 and len(first) == 1 and last != first
    viewport = Rect.of(app.canvas()["viewport"])
    shown = Rect.of(app.canvas()["cards"][first[0]])
    assert viewport.x <= shown.center[0] <= viewport.x + viewport.w
    assert app.state()["undo_label"] in (None, "")  # walking changed nothing


def test_f2_edits_and_ctrl_enter_adds_below(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 1)
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.input.key("F2")
    app.wait_for(lambda: app.focus()["inline"], "the field after F2")
    app.input.type("Reads the returns policy")
    app.input.key("ctrl+Return")
    app.wait_for(
        lambda: (app.focus()["inline"] or {}).get("owner") not in (None, card_id),
        "the new card's field",
    )
    new_id = app.focus()["inline"]["owner"]
    app.input.type("Asks a friend")
    app.input.key("Return")
    app.settle()
    assert app.card(card_id)["title"] == "Reads the returns policy"
    new = app.card(new_id)
    assert new is not None and new["title"] == "Asks a friend"
    cell = sorted(
        (c for c in _map(app)["cards"] if _cell_of(c) == _cell_of(new)), key=lambda c: c["order"]
    )
    ids = [c["id"] for c in cell]
    assert ids.index(new_id) == ids.index(card_id) + 1


def test_select_all_duplicate_and_escape(example_app: RealApp) -> None:
    app = example_app
    total = len(_map(app)["cards"])
    card_id = _visible_card(app, "actions", 0)
    app.input.click(*Rect.of(app.canvas()["cards"][card_id]).center)
    app.input.key("ctrl+d")
    app.settle()
    assert len(_map(app)["cards"]) == total + 1
    app.input.key("ctrl+a")
    app.settle()
    assert len(app.state()["selection"]["cards"]) == total + 1
    app.input.key("Escape")
    app.settle()
    assert app.state()["selection"]["cards"] == []


def test_find_highlights_and_steps(example_app: RealApp) -> None:
    app = example_app
    app.input.key("ctrl+f")
    app.settle(0.3)
    app.input.type("sofa")
    app.input.key("Return")
    app.settle()
    first = app.state()["selection"]["cards"]
    app.input.key("F3")
    app.settle()
    second = app.state()["selection"]["cards"]
    assert first and second and first != second
    titles = {c["id"]: (c["title"] + c.get("body", "")).lower() for c in _map(app)["cards"]}
    assert "sofa" in titles[first[0]] and "sofa" in titles[second[0]]
    app.input.key("Escape")


def test_view_shortcuts_zoom_fit_and_actual_size(example_app: RealApp) -> None:
    app = example_app
    app.input.key("ctrl+1")
    app.settle()
    assert abs(app.canvas()["zoom"] - 1.0) < 0.01
    app.input.key("ctrl+plus")
    app.settle()
    assert app.canvas()["zoom"] > 1.1
    app.input.key("ctrl+0")
    app.settle()
    fitted = app.canvas()["zoom"]
    assert fitted < 1.0
    # Ctrl+Shift+M adds a map, shown in a new tab.
    maps = len(app.project()["maps"])
    app.input.key("ctrl+shift+m")
    app.settle()
    assert len(app.project()["maps"]) == maps + 1


def test_every_inspector_page_shows_its_main_field(example_app: RealApp) -> None:
    app = example_app
    view = app.canvas()
    targets = {
        "stage": Rect.of(next(iter(view["stages"].values()))).center,
        "card": Rect.of(next(iter(view["cards"].values()))).center,
        "lane": Rect.of(view["lanes"][0]["rect"]).at(0.5, 0.2),
        "band": Rect.of(next(iter(view["bands"].values()))).at(0.3, 0.5),
    }
    for what, point in targets.items():
        app.input.click(*point)
        app.settle(0.4)
        page = app.ask("inspector")
        main = [f for f in page["fields"] if f["name"] == page["first_field"]]
        if what == "band":
            continue  # its main control is a button, checked below
        assert main, (what, page)
        assert main[0]["visible_height"] == main[0]["height"], (what, page)


def test_undo_in_the_middle_of_a_drag_leaves_the_canvas_true_to_the_file(
    example_app: RealApp,
) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    first_target = Rect.of(app.cell(kind="actions", stage_index=1)["rect"])
    start = Rect.of(app.canvas()["cards"][card_id]).center
    app.input.drag(start, (first_target.center[0], first_target.y + first_target.h - 6))
    app.settle()
    moved = app.card(card_id)
    assert moved is not None
    # Press on the card, drag it part way, press Ctrl+Z while the button is down.
    here = Rect.of(app.canvas()["cards"][card_id]).center
    app.input.xdo("mousemove", *here, "sleep", 0.2, "mousedown", 1, "sleep", 0.2)
    for step in range(1, 11):
        app.input.xdo("mousemove", here[0] + step * 20, here[1] + step * 3, "sleep", 0.03)
    app.input.key("ctrl+z")
    app.input.xdo("mousemove", here[0] + 230, here[1] + 35, "sleep", 0.2, "mouseup", 1)
    app.settle(0.5)
    card = app.card(card_id)
    assert card is not None and card["stage_id"] != moved["stage_id"]  # the move was undone
    # Where the canvas draws the card is inside the cell the file says it is in.
    drawn = Rect.of(app.canvas()["cards"][card_id])
    cell = next(
        c
        for c in app.canvas()["cells"]
        if (c["persona_id"], c["lane_id"], c["stage_id"]) == _cell_of(card)
    )
    box = Rect.of(cell["rect"])
    assert box.x <= drawn.center[0] <= box.x + box.w and box.y <= drawn.center[1] <= box.y + box.h
    assert app.ask("item_positions_match")["mismatched"] == []


def test_holding_a_dragged_card_at_the_edge_scrolls_the_map(example_app: RealApp) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    start = Rect.of(app.canvas()["cards"][card_id]).center
    viewport = Rect.of(app.canvas()["viewport"])
    other = next(c for c in app.canvas()["cards"] if c != card_id)
    before_other = Rect.of(app.canvas()["cards"][other]).y
    edge = (start[0], viewport.y + viewport.h - 6)
    app.input.xdo("mousemove", *start, "sleep", 0.2, "mousedown", 1, "sleep", 0.2)
    for step in range(1, 16):
        y = start[1] + (edge[1] - start[1]) * step // 15
        app.input.xdo("mousemove", start[0], y, "sleep", 0.03)
    # Held still at the edge for a moment, then up out of the edge strip onto a cell.
    app.input.xdo("sleep", 0.6, "mousemove", edge[0], edge[1] - 120, "sleep", 0.3, "mouseup", 1)
    app.settle(0.5)
    # The map scrolled under the held pointer, and the card went where it was let go:
    # further down the map than any lane that was in view at the start.
    assert Rect.of(app.canvas()["cards"][other]).y < before_other - 200
    lanes = [lane["lane_id"] for lane in app.canvas()["lanes"]]
    moved = app.card(card_id)
    assert moved is not None and app.state()["undo_label"] == "Move Card"
    first_lane = lanes.index(next(c for c in app.canvas()["lanes"])["lane_id"])
    assert (moved["persona_id"], moved["lane_id"]) != (
        app.current_map()["bands"][0],
        lanes[first_lane],
    )


def test_escape_mid_drag_puts_the_card_back_and_keeps_it_selected(
    example_app: RealApp,
) -> None:
    app = example_app
    card_id = _visible_card(app, "actions", 0)
    before = app.card(card_id)
    here = Rect.of(app.canvas()["cards"][card_id]).center
    app.input.xdo("mousemove", *here, "sleep", 0.2, "mousedown", 1, "sleep", 0.2)
    for step in range(1, 11):
        app.input.xdo("mousemove", here[0] + step * 20, here[1] + step * 3, "sleep", 0.03)
    app.input.key("Escape")
    app.input.xdo("sleep", 0.2, "mouseup", 1)
    app.settle(0.5)
    # Only the drag is undone: the card where it was, still the selection.
    assert app.card(card_id) == before
    assert app.state()["selection"]["cards"] == [card_id]
    assert app.ask("item_positions_match")["mismatched"] == []
    app.input.key("Escape")  # with nothing carried, Esc clears the selection
    app.settle()
    assert app.state()["selection"]["cards"] == []
