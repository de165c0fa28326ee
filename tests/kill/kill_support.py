"""Shared pieces of the kill tests: a large project in two versions, and the helper runner.

The helpers in this folder run as separate processes (`python tests/kill/<helper>.py`),
so they import this module by path; it imports only mapstudio's core.
"""

from __future__ import annotations

from mapstudio.model import Card, LaneKind, LaneScope, Project, blank_project

# Fixed so that the same project always gives the same bytes.
SAVED_AT = "2026-03-01T09:30:00Z"


def large_project(cards: int, version: str) -> Project:
    """A project with about `cards` cards; `version` goes into every card title.

    The two versions of the same call share every id and differ in their text, as two
    saves of one document would.
    """
    project = blank_project(f"Large project {version}")
    project = project.model_copy(update={"id": "large-project"})
    journey_map = project.maps[0]
    persona_id = project.personas[0].id
    lanes = [
        lane
        for lane in journey_map.lanes
        if lane.kind is not LaneKind.EMOTIONS and lane.scope is LaneScope.PERSONA
    ]
    cells = [(lane, stage) for lane in lanes for stage in journey_map.stages]
    made: list[Card] = []
    for number in range(cards):
        lane, stage = cells[number % len(cells)]
        made.append(
            Card(
                id=f"card-{number:05d}",
                lane_id=lane.id,
                stage_id=stage.id,
                persona_id=persona_id,
                order=number // len(cells),
                title=f"Card {number} ({version})",
                body=f"What the persona does at step {number}, as written in version {version}.",
                tags=("kill-test", version),
            )
        )
    journey_map = journey_map.model_copy(update={"cards": tuple(made)})
    return project.model_copy(update={"maps": (journey_map,)})
