"""The poster's title block takes every colour of its look from the map's style, as the
map does: a style that changes a colour changes it in the block too."""

from __future__ import annotations

import dataclasses
import datetime as dt

from mapstudio.export.reading import poster_style
from mapstudio.export.titleblock import title_block
from mapstudio.layout import layout
from mapstudio.model import Project


def test_persona_initials_take_the_styles_colour(example: Project) -> None:
    """The initials on a persona's colour disc are the style's `avatar_text_color` in
    the title block's legend, as on the band headers (it was a white of its own)."""
    style = dataclasses.replace(poster_style(1.5, "titles"), avatar_text_color="#102030")
    journey_map = example.maps[0]
    map_layout = layout(journey_map, example, style)
    block = title_block(example, journey_map, map_layout, 2400.0, 1.0, today=dt.date(2026, 1, 2))
    initials = [a.initials for a in block.avatars if a.initials is not None]
    assert initials, "the example's personas have initials in the legend"
    assert {line.color for line in initials} == {"#102030"}
    # The same colour as the band headers' initials of the same layout.
    band_colors = {line.color for band in map_layout.bands for line in band.avatar_lines}
    assert band_colors == {"#102030"}
