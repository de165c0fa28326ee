"""The poster's title block as a display list (mapstudio.layout.display), for the PDF
and the export dialog's preview alike.

The block's avatars and emotion faces are drawn by the same functions as the map's band
avatars and emotion markers, at the block's unit; their widths come from the style.
"""

from __future__ import annotations

from mapstudio.export.titleblock import TitleBlockLayout
from mapstudio.layout.display import (
    LineTo,
    MoveTo,
    PathShape,
    Shape,
    Shapes,
    TextRun,
    avatar,
    face_marker,
)
from mapstudio.layout.style import DEFAULT_STYLE, MapStyle


def title_block_shapes(block: TitleBlockLayout, style: MapStyle = DEFAULT_STYLE) -> Shapes:
    """The block's separators, persona avatars (photo or initials), legend faces and
    text, relative to the block's top-left corner. Widths are the screen style's, times
    the block's unit (the block is sized for the poster, not laid out in its style)."""
    unit = block.unit
    shapes: list[Shape] = []
    if block.separators:
        ops: list[MoveTo | LineTo] = []
        for x1, y1, x2, y2 in block.separators:
            ops += (MoveTo(x1, y1), LineTo(x2, y2))
        shapes.append(PathShape(tuple(ops), block.rule_color, style.rule_width * unit))
    for person in block.avatars:
        initials = (person.initials,) if person.initials is not None else ()
        shapes += avatar(person.rect, person.color, person.photo_asset_id, initials)
    for face in block.faces:
        shapes += face_marker(
            face.rect,
            face.face,
            face.color,
            block.marker_fill,
            style.marker_ring_width * unit,
            style.marker_face_inset * unit,
        )
    shapes.append(TextRun(block.lines))
    return tuple(shapes)
