"""A whole small map made with the keyboard alone, through the X server: five named
stages, two personas and twenty cards, saved and read back from the file."""

from __future__ import annotations

from pathlib import Path

from driver import RealApp

from mapstudio.fileformat import load_project

STAGES = ["Notice", "Browse offers", "Compare", "Buy it", "Tell friends"]


def _focus_map(app: RealApp) -> None:
    """F6 goes round the panels; stop on the map."""
    for _ in range(4):
        if app.focus()["widget"] == "MapView":
            return
        app.input.key("F6")
        app.settle(0.2)
    assert app.focus()["widget"] == "MapView", app.focus()


def test_a_five_stage_two_persona_twenty_card_map_without_the_mouse(
    launch, real_home: Path
) -> None:
    app: RealApp = launch()
    app.input.key("ctrl+n")
    app.settle(0.5)
    _focus_map(app)

    # Stages: the first arrow puts the cursor on the first cell, Up reaches the stage
    # headers, Enter renames, Tab goes on to the next stage's name.
    app.input.key("Down")
    app.input.key("Up")
    app.settle()
    assert app.state()["selection"]["stages"], app.state()["selection"]
    app.input.key("Return")
    for index, name in enumerate(STAGES):
        app.wait_for(lambda: app.focus()["inline"], "the stage name field")
        app.input.type(name)
        app.input.key("Tab" if index < len(STAGES) - 1 else "Return")
    app.settle()
    assert [s["name"] for s in app.current_map()["stages"]] == STAGES

    # A second persona from the Map menu; its name is typed in the Personas panel.
    app.input.key("alt+m")
    app.settle(0.3)
    app.input.key("p")
    app.wait_for(lambda: app.focus()["widget"] == "CommitLineEdit", "the persona name field")
    app.input.key("ctrl+a")
    app.input.type("Sam Lee")
    app.input.key("Return")
    app.settle()
    project = app.project()
    assert [p["name"] for p in project["personas"]][-1] == "Sam Lee"
    assert len(app.current_map()["bands"]) == 2

    # Twenty cards: Tab walks the empty cells in reading order, Enter starts a card
    # there, Enter again keeps its title.
    _focus_map(app)
    titles = [f"Step {n} of the journey" for n in range(1, 21)]
    for title in titles:
        app.input.key("Tab")
        app.input.key("Return")
        app.wait_for(lambda: app.focus()["inline"], f"the field for {title}")
        app.input.type(title)
        app.input.key("Return")
        app.settle(0.15)
    app.settle()

    # Save with Ctrl+S: the dialog takes a typed path.
    target = real_home / "Documents" / "keyboard-map.mapstudio"
    app.input.key("ctrl+s")
    app.wait_for(lambda: app.state()["dialogs"], "the save dialog")
    app.settle(0.5)
    app.input.key("ctrl+a")
    app.input.type(str(target))
    app.input.key("Return")
    app.wait_for(target.exists, "the saved file", timeout=15)

    # Read back as the app reads a file, every field filled in.
    saved = load_project(target).project.model_dump(mode="json")
    journey_map = saved["maps"][0]
    assert [s["name"] for s in journey_map["stages"]] == STAGES
    personas = {p["id"]: p["name"] for p in saved["personas"]}
    assert sorted(personas[b] for b in journey_map["bands"]) == ["Persona 1", "Sam Lee"]
    cards = journey_map["cards"]
    assert sorted(c["title"] for c in cards) == sorted(titles)
    # Every card sits in a different cell of the map, each a real cell.
    cells = {(c["persona_id"], c["lane_id"], c["stage_id"]) for c in cards}
    assert len(cells) == 20
    stage_ids = {s["id"] for s in journey_map["stages"]}
    lane_ids = {lane["id"] for lane in journey_map["lanes"]}
    assert all(stage in stage_ids and lane in lane_ids for _, lane, stage in cells)
