"""Starting points for new work: the classic stages and lanes, a blank project."""

from __future__ import annotations

from mapstudio.model.entities import JourneyMap, Lane, Persona, Project, Stage
from mapstudio.model.personas import PERSONA_COLORS
from mapstudio.model.types import LANE_KIND_SCOPES, LANE_KIND_TITLES, LaneKind, MapKind

CLASSIC_STAGES = ("Awareness", "Consideration", "Decision", "Retention", "Advocacy")

DEFAULT_LANE_KINDS = (
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.EMOTIONS,
    LaneKind.PAIN_POINTS,
    LaneKind.OPPORTUNITIES,
    LaneKind.BACKSTAGE,
    LaneKind.KPIS,
)


def default_lane(kind: LaneKind) -> Lane:
    """A lane of `kind` with its usual title and scope."""
    return Lane(kind=kind, scope=LANE_KIND_SCOPES[kind][0], title=LANE_KIND_TITLES[kind])


def blank_map(title: str = "Customer journey", personas: tuple[Persona, ...] = ()) -> JourneyMap:
    """A current-state map with the classic stages, the usual lanes and no cards."""
    return JourneyMap(
        title=title,
        kind=MapKind.CURRENT_STATE,
        stages=tuple(Stage(name=name) for name in CLASSIC_STAGES),
        lanes=tuple(default_lane(kind) for kind in DEFAULT_LANE_KINDS),
        bands=tuple(p.id for p in personas),
    )


def blank_project(title: str = "Untitled project") -> Project:
    """A new project: one persona, one map with the classic stages and lanes."""
    persona = Persona(name="Persona 1", role="Customer", color=PERSONA_COLORS[0])
    return Project(title=title, personas=(persona,), maps=(blank_map(personas=(persona,)),))
