"""Palette drags under a real mouse: every entry along the straight path a hand takes,
from the palette across the lane labels to its cell, then its title typed with spaces."""

from __future__ import annotations

from typing import Any

from driver import RealApp, Rect

# Every card entry of the palette and the lane kind it is dropped on.
CARD_ENTRIES = {
    "card:actions": "actions",
    "card:thoughts": "thoughts",
    "card:pain_points": "pain_points",
    "card:opportunities": "opportunities",
    "card:backstage": "backstage",
    "card:kpis": "kpis",
    "card:notes": "actions",  # a note goes into any card lane
}
CHANNELS = (
    "web",
    "app",
    "email",
    "phone",
    "store",
    "social",
    "chat",
    "ad",
    "mail",
    "event",
    "other",
)


def reveal_palette_entry(app: RealApp, key: str) -> Rect:
    """Scroll the palette with the wheel until the entry is in view; its rectangle."""
    for _ in range(30):
        palette = app.ask("palette")
        entry, box = Rect.of(palette["entries"][key]), Rect.of(palette["list"])
        if entry.y >= box.y and entry.y + entry.h <= box.y + box.h:
            return entry
        app.input.wheel(*box.center, 1 if entry.y < box.y else -1)
        app.settle(0.1)
    raise AssertionError(f"palette entry {key} never came into view")


def reveal_cell(app: RealApp, kind: str, stage_index: int) -> dict[str, Any]:
    """Scroll the canvas with the wheel until a cell of `kind` is wholly in view (its
    top, when it is taller than the view)."""
    for _ in range(40):
        cell = app.cell(kind=kind, stage_index=stage_index)
        rect, viewport = Rect.of(cell["rect"]), Rect.of(app.canvas()["viewport"])
        bottom = rect.y + min(rect.h, viewport.h - 80)
        if rect.y >= viewport.y and bottom <= viewport.y + viewport.h:
            return cell
        app.input.wheel(*viewport.center, 1 if rect.y < viewport.y else -1)
        app.settle(0.1)
    raise AssertionError(f"no {kind} cell came into view")


def drag_entry_to_cell(app: RealApp, key: str, kind: str, stage_index: int) -> dict[str, Any]:
    """Drag a palette entry to the bottom of a cell (as far down as is in view); the
    cell it aimed at."""
    cell = reveal_cell(app, kind, stage_index)
    start = reveal_palette_entry(app, key).center
    target = Rect.of(app.cell(kind=kind, stage_index=stage_index)["rect"])
    viewport = Rect.of(app.canvas()["viewport"])
    # Clear of the strip along the edge, where a held drag scrolls the map.
    y = min(target.y + target.h - 6, viewport.y + viewport.h - 40)
    app.input.drag(start, (target.x + target.w // 2, y))
    return cell


def _new_cards(app: RealApp, known: set[str]) -> list[dict[str, Any]]:
    return [c for c in app.current_map()["cards"] if c["id"] not in known]


def _drop_and_title(app: RealApp, key: str, kind: str, stage_index: int, title: str) -> None:
    known = {c["id"] for c in app.current_map()["cards"]}
    cell = drag_entry_to_cell(app, key, kind, stage_index)
    app.wait_for(lambda: app.focus()["inline"], f"the title field after dropping {key}")
    focus = app.focus()
    assert focus["inline"]["has_focus"], f"{key}: the keyboard stayed in {focus['widget']}"
    app.input.type(title)
    app.input.key("Return")
    app.settle()
    added = _new_cards(app, known)
    assert len(added) == 1, f"{key}: {len(added)} cards added"
    card = added[0]
    assert card["title"] == title, key
    assert (card["lane_id"], card["stage_id"], card["persona_id"]) == (
        cell["lane_id"],
        cell["stage_id"],
        cell["persona_id"],
    ), key


def test_every_card_entry_lands_in_its_cell_across_the_lane_labels(example_app: RealApp) -> None:
    app = example_app
    for index, (key, kind) in enumerate(CARD_ENTRIES.items()):
        _drop_and_title(app, key, kind, index % 3, f"Card from {key.split(':')[-1]} entry")


def test_every_touchpoint_channel_lands_with_its_channel(example_app: RealApp) -> None:
    app = example_app
    for index, channel in enumerate(CHANNELS):
        key = f"card:touchpoints:{channel}"
        _drop_and_title(app, key, "touchpoints", index % 4, f"Meets us by {channel}")
        newest = app.current_map()["cards"]
        assert any(
            c["title"] == f"Meets us by {channel}" and c["channel"] == channel for c in newest
        )


def test_a_stage_from_the_palette_lands_between_headers_and_is_named(example_app: RealApp) -> None:
    app = example_app
    stages = app.current_map()["stages"]
    headers = app.canvas()["stages"]
    second = Rect.of(headers[stages[1]["id"]])
    start = reveal_palette_entry(app, "stage").center
    # Just right of the boundary between the first and second stage.
    app.input.drag(start, (second.x + 6, second.y + second.h // 2))
    app.wait_for(lambda: app.focus()["inline"], "the new stage's name field")
    app.input.type("Compare offers")
    app.input.key("Return")
    app.settle()
    names = [s["name"] for s in app.current_map()["stages"]]
    assert names[:3] == [stages[0]["name"], "Compare offers", stages[1]["name"]]


def test_an_emotion_point_from_the_palette_lands_at_the_height_dropped(
    example_app: RealApp,
) -> None:
    app = example_app
    cell = reveal_cell(app, "emotions", 1)
    persona = cell["persona_id"]
    before = {p["id"] for p in app.current_map()["emotion_points"]}
    curve = Rect.of(app.canvas()["curves"][persona])
    rect = Rect.of(cell["rect"])
    start = reveal_palette_entry(app, "emotion").center
    # Near the top of the lane: the highest score of the scale.
    app.input.drag(start, (rect.x + rect.w // 3, curve.y + 6))
    app.settle(0.5)
    added = [p for p in app.current_map()["emotion_points"] if p["id"] not in before]
    assert len(added) == 1
    point = added[0]
    assert point["persona_id"] == persona and point["stage_id"] == cell["stage_id"]
    assert point["score"] == app.current_map()["emotion_scale"]["max"]


def test_a_drop_where_nothing_can_go_says_why_and_adds_nothing(example_app: RealApp) -> None:
    app = example_app
    before = app.current_map()
    stage_entry = reveal_palette_entry(app, "stage").center
    cell = Rect.of(app.cell(kind="actions", stage_index=1)["rect"])
    app.input.drag(stage_entry, cell.center)
    app.settle(0.5)
    after = app.current_map()
    assert after["stages"] == before["stages"] and after["cards"] == before["cards"]
    assert "stage headers" in app.state()["status"]
