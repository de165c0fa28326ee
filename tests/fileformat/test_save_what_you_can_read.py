"""Every project the model accepts saves to a file the loader opens.

A valid project of 100,000 cards with 250-character bodies used to save as 75.8 MiB
(indented, every default written) and was then refused as too large. Now the writer
leaves defaults out and puts one record per line, and the limits count per project; a
project at every count limit, with long texts, saves within the size limit and opens
again unchanged. (The depth and entry limits are worked out in test_gate.py; the
largest project of all is built and saved by benchmarks/run.py --largest.)
"""

from __future__ import annotations

import json
from pathlib import Path

from mapstudio.fileformat import DEFAULT_MAX_BYTES, dumps_project, load_project, save_project
from mapstudio.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    LaneScope,
    Persona,
    Project,
    Stage,
)
from mapstudio.model.types import (
    MAX_BANDS,
    MAX_CARDS,
    MAX_EMOTION_POINTS,
    MAX_LANES,
    MAX_MAPS,
    MAX_NAME,
    MAX_PERSONAS,
    MAX_STAGES,
)

BODY = ("The customer waits for the confirmation email, which arrives late. " * 4)[:250]
TITLE = ("Slow checkout on mobile " * 10)[:MAX_NAME]


def at_the_limits() -> Project:
    """Every count at its limit at once; cards with long titles and 250-character
    bodies, as in the report of the 75.8 MiB file."""
    personas = tuple(Persona(id=f"p{i}", name=TITLE) for i in range(MAX_PERSONAS))
    bands = tuple(p.id for p in personas[:MAX_BANDS])
    lanes = (
        *(
            Lane(id=f"l{i}", kind=LaneKind.EMOTIONS if i == 0 else LaneKind.ACTIONS, title=TITLE)
            for i in range(MAX_LANES - 1)
        ),
        Lane(id="shared", kind=LaneKind.BACKSTAGE, scope=LaneScope.SHARED, title=TITLE),
    )
    stages = tuple(Stage(id=f"s{i}", name=TITLE) for i in range(MAX_STAGES))
    maps = [
        JourneyMap(id=f"m{m}", title=TITLE, stages=stages, lanes=lanes, bands=bands)
        for m in range(MAX_MAPS)
    ]
    cards = tuple(
        Card(
            id=f"c{i}",
            lane_id=f"l{1 + i % (MAX_LANES - 2)}",
            stage_id=f"s{i % MAX_STAGES}",
            persona_id=bands[i % MAX_BANDS],
            order=i,
            title=TITLE,
            body=BODY,
            severity=3,
        )
        for i in range(MAX_CARDS)
    )
    points = tuple(
        EmotionPoint(id=f"e{i}", persona_id=bands[i % MAX_BANDS], stage_id=f"s{i % 7}")
        for i in range(MAX_EMOTION_POINTS)
    )
    maps[0] = maps[0].model_copy(update={"cards": cards, "emotion_points": points})
    return Project(id="big", title=TITLE, personas=personas, maps=tuple(maps))


def test_a_project_at_every_count_limit_saves_and_opens_unchanged(tmp_path: Path) -> None:
    project = at_the_limits()
    path = tmp_path / "Limits.mapstudio"
    save_project(project, path)
    assert path.stat().st_size < DEFAULT_MAX_BYTES / 4  # far from the loader's limit
    reopened = load_project(path)
    assert reopened.warnings == ()
    assert reopened.project == project


def test_defaults_are_left_out_and_filled_in_again(tmp_path: Path) -> None:
    card = Card(id="c", lane_id="l", stage_id="s", persona_id="p", title="Slow")
    lane = Lane(id="l", kind=LaneKind.ACTIONS)
    journey_map = JourneyMap(
        id="m", title="Map", stages=(Stage(id="s", name="Pay"),), lanes=(lane,), bands=("p",)
    ).model_copy(update={"cards": (card,)})
    project = Project(id="x", personas=(Persona(id="p", name="Ana"),), maps=(journey_map,))
    text = dumps_project(project, saved_at="2026-03-01T09:30:00Z")
    saved_card = json.loads(text)["project"]["maps"][0]["cards"][0]
    assert saved_card == {
        "id": "c",
        "lane_id": "l",
        "stage_id": "s",
        "persona_id": "p",
        "title": "Slow",
    }
    assert '"order"' not in text and '"body"' not in text and '"scope"' not in text
    path = tmp_path / "Defaults.mapstudio"
    path.write_text(text, encoding="utf-8")
    assert load_project(path).project == project


def test_one_record_per_line_and_unknown_fields_kept() -> None:
    card = Card(id="c", lane_id="l", stage_id="s", title="Slow", x_votes=[1, 2])
    journey_map = JourneyMap(
        id="m",
        title="Map",
        stages=(Stage(id="s", name="Pay"),),
        lanes=(Lane(id="l", kind=LaneKind.BACKSTAGE, scope=LaneScope.SHARED),),
    ).model_copy(update={"cards": (card, card.model_copy(update={"id": "d"}))})
    text = dumps_project(Project(id="x", maps=(journey_map,)), saved_at="2026-03-01T09:30:00Z")
    lines = text.splitlines()
    card_lines = [line for line in lines if line.lstrip().startswith('{"id": "c"')]
    record = '{"id": "c", "lane_id": "l", "stage_id": "s", "title": "Slow", "x_votes": [1, 2]}'
    assert card_lines == [" " * 10 + record + ","]
    assert lines[:2] == ["{", '  "format": "mapstudio",']
    assert text.endswith("}\n")
