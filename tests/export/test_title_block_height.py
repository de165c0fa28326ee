"""An export weighs many pages by the room their title blocks leave and draws one: it asks
for the height alone (`title_block_height`), which must be exactly the height of the
block it then draws, whatever shrinking, wrapping or forcing the block went through."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from mapstudio.export.reading import poster_style
from mapstudio.export.titleblock import title_block, title_block_height
from mapstudio.layout import layout
from mapstudio.model import Persona, Project

TODAY = dt.date(2026, 11, 25)


def _crowded(example: Project) -> Project:
    """The example with many personas of long names and roles in its first map's bands,
    a long title and scenario: legends that push the title to shrink and wrap."""
    rng = random.Random(4)

    def words(count: int) -> str:  # at most 200 characters, as a name may be
        return " ".join(
            "".join(rng.choice("abcdefghij") for _ in range(rng.randint(1, 12)))
            for _ in range(count)
        )[:200]

    personas = tuple(
        Persona(name=words(rng.randint(1, 30)), role=words(rng.randint(0, 30)), color="#3366CC")
        for _ in range(20)
    )
    first = example.maps[0].model_copy(
        update={
            "bands": tuple(p.id for p in personas),
            "title": words(40),
            "scenario": words(60),
        }
    )
    return example.model_copy(
        update={"personas": example.personas + personas, "maps": (first, *example.maps[1:])}
    )


@pytest.mark.parametrize("crowded", [False, True])
def test_the_height_alone_is_the_height_of_the_block(example: Project, crowded: bool) -> None:
    project = _crowded(example) if crowded else example
    journey_map = project.maps[0]
    probe = layout(journey_map, project, poster_style(1.5, "titles"))
    checked = 0
    for width in (150.0, 400.0, 842.0, 1600.0, 3200.0):
        for unit in (0.7, 1.0, 2.2, 3.0):
            for min_unit in (0.0, 0.7, 1.4, 5.0):
                block = title_block(
                    project, journey_map, probe, width, unit, today=TODAY, min_unit=min_unit
                )
                height = title_block_height(
                    project, journey_map, probe, width, unit, today=TODAY, min_unit=min_unit
                )
                assert height == block.height, (width, unit, min_unit)
                checked += 1
    assert checked == 80
