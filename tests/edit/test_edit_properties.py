"""Property test: any sequence of valid commands keeps the project sound, and undoing it
all restores the exact start project while redoing it all gives the exact end project.

Commands are drawn from the current state (existing ids), so the sequence explores moves
between bands, shared lanes, deleted stages, removed personas, copied maps and so on.
"""

from __future__ import annotations

from collections.abc import Callable

from edit_support import PNG, assert_sound, sample_project
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mapstudio.edit import (
    AddAsset,
    AddBand,
    AddCard,
    AddEmotionPoint,
    AddLane,
    AddMap,
    AddPersona,
    AddStage,
    Command,
    Composite,
    DeleteCards,
    DeleteEmotionPoints,
    DeleteLane,
    DeleteMap,
    DeletePersona,
    DeleteStage,
    Document,
    DuplicateCards,
    DuplicateMapAsFutureState,
    MoveBand,
    MoveCards,
    MoveEmotionPoint,
    MoveLane,
    MoveMap,
    MoveStage,
    PasteCards,
    RemoveAsset,
    RemoveBand,
    UpdateCard,
    UpdateCards,
    UpdateEmotionPoint,
    UpdateLane,
    UpdateMap,
    UpdatePersona,
    UpdateProject,
    UpdateStage,
)
from mapstudio.model import (
    LANE_KIND_SCOPES,
    Asset,
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Persona,
    Project,
    Stage,
    blank_map,
    cell_accepts_cards,
)

Draw = Callable[..., object]

TITLES = st.text(max_size=12)
SLOTS = st.none() | st.integers(min_value=-1, max_value=6)
INDEXES = st.integers(min_value=-1, max_value=8)
COLORS = st.sampled_from(["#3A6EA5", "#C8553D", "#000000", "#ffffff"])
SCALES = st.sampled_from(
    [
        {"min": -2, "max": 2, "labels": ["--", "-", "0", "+", "++"]},
        {"min": 1, "max": 5, "labels": ["1", "2", "3", "4", "5"]},
        {"min": 0, "max": 1, "labels": ["bad", "good"]},
    ]
)
CARD_CHANGES = st.fixed_dictionaries(
    {},
    optional={
        "title": TITLES,
        "body": st.text(max_size=30),
        "severity": st.none() | st.integers(1, 5),
        "tags": st.lists(st.text(min_size=1, max_size=5), max_size=3),
        "color": st.none() | COLORS,
        "value": st.none() | st.floats(-1e6, 1e6),
    },
)


def _pick_map(
    draw: Draw, project: Project, need: Callable[[JourneyMap], bool]
) -> JourneyMap | None:
    maps = [m for m in project.maps if need(m)]
    return draw(st.sampled_from(maps)) if maps else None


def _cell(draw: Draw, journey_map: JourneyMap) -> tuple[str | None, str, str] | None:
    """A valid target cell of the map, or None when it has none."""
    lanes = [
        lane
        for lane in journey_map.lanes
        if cell_accepts_cards(lane) and (lane.scope is LaneScope.SHARED or journey_map.bands)
    ]
    if not lanes or not journey_map.stages:
        return None
    lane = draw(st.sampled_from(lanes))
    stage = draw(st.sampled_from(journey_map.stages))
    # The persona is drawn for shared lanes too: the command must drop it there.
    persona = draw(st.sampled_from(journey_map.bands)) if journey_map.bands else None
    return (persona, lane.id, stage.id)


def _some(draw: Draw, ids: list[str]) -> tuple[str, ...]:
    return tuple(draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True)))


def _card_command(draw: Draw, project: Project) -> Command | None:
    m = _pick_map(draw, project, lambda m: True)
    assert m is not None
    kind = draw(st.sampled_from(["add", "move", "update", "updates", "delete", "dup", "paste"]))
    card_ids = [c.id for c in m.cards]
    if kind == "add":
        target = _cell(draw, m)
        if target is None:
            return None
        persona, lane, stage = target
        card = Card(lane_id=lane, stage_id=stage, persona_id=persona, title=draw(TITLES))
        return AddCard(m.id, card, draw(SLOTS))
    if kind == "paste":
        target = _cell(draw, m)
        sources = [c for other in project.maps for c in other.cards]
        if target is None or not sources:
            return None
        cards = draw(st.lists(st.sampled_from(sources), min_size=1, max_size=3))
        return PasteCards(m.id, tuple(cards), *target, slot=draw(SLOTS))
    if not card_ids:
        return None
    if kind == "move":
        target = _cell(draw, m)
        if target is None:
            return None
        return MoveCards(m.id, _some(draw, card_ids), *target, slot=draw(SLOTS))
    if kind == "update":
        return UpdateCard(m.id, draw(st.sampled_from(card_ids)), draw(CARD_CHANGES))
    if kind == "updates":
        return UpdateCards(m.id, _some(draw, card_ids), draw(CARD_CHANGES))
    if kind == "delete":
        return DeleteCards(m.id, _some(draw, card_ids))
    return DuplicateCards(m.id, _some(draw, card_ids))


def _point_command(draw: Draw, project: Project) -> Command | None:
    m = _pick_map(draw, project, lambda m: bool(m.stages and m.bands))
    if m is None:
        return None
    stage = draw(st.sampled_from(m.stages)).id
    point_ids = [p.id for p in m.emotion_points]
    kind = draw(st.sampled_from(["add", "move", "update", "delete"]))
    if kind == "add" or not point_ids:
        persona = draw(st.sampled_from(m.bands))
        point = EmotionPoint(
            persona_id=persona,
            stage_id=stage,
            offset=draw(st.floats(0, 1)),
            score=draw(st.integers(-5, 5)),
        )
        return AddEmotionPoint(m.id, point)
    point_id = draw(st.sampled_from(point_ids))
    if kind == "move":
        offset = draw(st.floats(-1, 2))
        return MoveEmotionPoint(m.id, point_id, stage, offset, draw(st.floats(-10, 10)))
    if kind == "update":
        changes = draw(
            st.fixed_dictionaries(
                {}, optional={"feeling": TITLES, "note": TITLES, "score": st.integers(-9, 9)}
            )
        )
        return UpdateEmotionPoint(m.id, point_id, changes)
    return DeleteEmotionPoints(m.id, _some(draw, point_ids))


def _grid_command(draw: Draw, project: Project) -> Command | None:
    m = _pick_map(draw, project, lambda m: True)
    assert m is not None
    kind = draw(st.sampled_from(["stage", "lane", "band"]))
    action = draw(st.sampled_from(["add", "update", "move", "delete"]))
    if kind == "stage":
        if action == "add" or not m.stages:
            return AddStage(m.id, Stage(name=draw(TITLES)), draw(st.none() | INDEXES))
        stage = draw(st.sampled_from(m.stages)).id
        if action == "update":
            return UpdateStage(m.id, stage, {"name": draw(TITLES)})
        if action == "move":
            return MoveStage(m.id, stage, draw(INDEXES))
        return DeleteStage(m.id, stage)
    if kind == "lane":
        if action == "add" or not m.lanes:
            lane_kind = draw(st.sampled_from(list(LaneKind)))
            scope = draw(st.sampled_from(LANE_KIND_SCOPES[lane_kind]))
            lane = Lane(kind=lane_kind, scope=scope, title=draw(TITLES))
            return AddLane(m.id, lane, draw(st.none() | INDEXES))
        lane_id = draw(st.sampled_from(m.lanes)).id
        if action == "update":
            return UpdateLane(m.id, lane_id, {"title": draw(TITLES)})
        if action == "move":
            return MoveLane(m.id, lane_id, draw(INDEXES))
        return DeleteLane(m.id, lane_id)
    hidden = [p.id for p in project.personas if p.id not in m.bands]
    if action in ("add", "update") or not m.bands:
        if not hidden:
            return None
        return AddBand(m.id, draw(st.sampled_from(hidden)), draw(st.none() | INDEXES))
    persona = draw(st.sampled_from(m.bands))
    if action == "move":
        return MoveBand(m.id, persona, draw(INDEXES))
    return RemoveBand(m.id, persona)


def _library_command(draw: Draw, project: Project) -> Command | None:
    kind = draw(
        st.sampled_from(
            [
                "add_persona",
                "update_persona",
                "delete_persona",
                "add_map",
                "update_map",
                "move_map",
                "delete_map",
                "future",
                "project",
                "add_asset",
                "remove_asset",
                "composite",
            ]
        )
    )
    personas = [p.id for p in project.personas]
    maps = [m.id for m in project.maps]
    if kind == "add_persona":
        return AddPersona(Persona(name=draw(TITLES), color=draw(COLORS)), draw(st.none() | INDEXES))
    if kind == "update_persona" and personas:
        changes: dict[str, object] = {
            "name": draw(TITLES),
            "goals": draw(st.lists(TITLES, max_size=2)),
        }
        if project.assets and draw(st.booleans()):
            changes["photo_asset_id"] = draw(st.sampled_from(sorted(project.assets)))
        return UpdatePersona(draw(st.sampled_from(personas)), changes)
    if kind == "delete_persona" and personas:
        return DeletePersona(draw(st.sampled_from(personas)))
    if kind == "add_map":
        shown = (
            draw(st.lists(st.sampled_from(project.personas), unique=True, max_size=2))
            if personas
            else []
        )
        return AddMap(blank_map(draw(TITLES), personas=tuple(shown)), draw(st.none() | INDEXES))
    if kind == "update_map":
        changes = {"title": draw(TITLES)}
        if draw(st.booleans()):
            changes["emotion_scale"] = draw(SCALES)
        return UpdateMap(draw(st.sampled_from(maps)), changes)
    if kind == "move_map":
        return MoveMap(draw(st.sampled_from(maps)), draw(INDEXES))
    if kind == "delete_map" and len(maps) > 1:
        return DeleteMap(draw(st.sampled_from(maps)))
    if kind == "future" and len(maps) < 6:
        return DuplicateMapAsFutureState(draw(st.sampled_from(maps)), draw(st.none() | TITLES))
    if kind == "project":
        return UpdateProject({"title": draw(TITLES)})
    if kind == "add_asset":
        data = PNG + draw(st.binary(max_size=8))
        return AddAsset(Asset.from_bytes(data, "image/png", 1, 1))
    if kind == "remove_asset" and project.assets:
        return RemoveAsset(draw(st.sampled_from(sorted(project.assets))))
    if kind == "composite":
        first = _card_command(draw, project)
        if first is None:
            return None
        second = _card_command(draw, first.apply(project))
        steps = (first,) if second is None else (first, second)
        return Composite("Two Steps", steps)
    return None


GENERATORS = (_card_command, _card_command, _point_command, _grid_command, _library_command)


def _command(draw: Draw, project: Project) -> Command:
    while True:
        generator = draw(st.sampled_from(GENERATORS))
        command = generator(draw, project)
        if command is not None:
            event(type(command).__name__)  # shown by --hypothesis-show-statistics
            return command


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_random_commands_undo_and_redo_exactly(data: st.DataObject) -> None:
    start = sample_project()
    document = Document(start)
    states = [start]  # the project after each undo step
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        if data.draw(st.integers(0, 5), label="gesture") == 0:
            # A gesture: a few commands as one transaction.
            with document.transaction("Gesture"):
                for _ in range(data.draw(st.integers(1, 3))):
                    document.execute(_command(data.draw, document.project))
                    assert_sound(document.project)
        else:
            document.execute(_command(data.draw, document.project))
        assert_sound(document.project)
        if document.project is not states[-1]:
            states.append(document.project)
        assert len(document.undo_labels) == len(states) - 1
    end = document.project

    for expected in reversed(states[:-1]):
        document.undo()
        assert document.project is expected
    assert not document.can_undo
    assert document.project == start and not document.is_dirty

    for expected in states[1:]:
        document.redo()
        assert document.project is expected
    assert not document.can_redo
    assert document.project == end
