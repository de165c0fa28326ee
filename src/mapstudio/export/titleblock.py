"""The poster's title block, laid out in points like a map (pure geometry, y down).

Left to right: the map title, scenario, project and kind, the print date and version;
the persona legend (colour, avatar, name, role); the emotion scale legend (face, number
and label of every step). Sizes follow a `unit` that grows with the paper, so an A0
poster gets a heading readable across a room and an A4 print stays modest. Text is kept
as `TextLine`s and icons as rects, so the PDF painter and the dialog's Qt preview draw
it with the same code they use for the map.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass, field

from mapstudio import __version__
from mapstudio.layout import (
    FaceKind,
    FontSpec,
    MapLayout,
    Rect,
    TextLine,
    TextMeasurer,
    default_measurer,
    face_for,
    wrap_text,
)
from mapstudio.model import MAP_KIND_TITLES, JourneyMap, Persona, Project, persona_initials

PERSONA_ROWS = 3  # persona legend entries per column
# The title and scenario wrap, never cut: these caps only stop a pasted essay from
# taking the whole poster (the scenario is a sentence or two).
TITLE_LINES = 3
SCENARIO_LINES = 8
# The project, the map's kind and "blank workshop template": the last words say what the
# sheet is, so they wrap with the rest rather than being cut after two lines.
META_LINES = 4


@dataclass(frozen=True, slots=True)
class LegendAvatar:
    """A persona's colour circle (or photo) with initials; `rect` relative to the block."""

    rect: Rect
    color: str
    photo_asset_id: str | None
    initials: TextLine | None


@dataclass(frozen=True, slots=True)
class LegendFace:
    """A face of the emotion scale legend, drawn like a marker on the curve."""

    rect: Rect
    face: FaceKind
    color: str


@dataclass(frozen=True, slots=True)
class TitleBlockLayout:
    """Everything in the title block, relative to its top-left corner."""

    width: float
    height: float
    unit: float
    lines: tuple[TextLine, ...]
    avatars: tuple[LegendAvatar, ...]
    faces: tuple[LegendFace, ...]
    separators: tuple[tuple[float, float, float, float], ...]  # x1, y1, x2, y2
    rule_color: str
    marker_fill: str
    # The width of the title section (title, scenario, meta and print lines) and the
    # bottom of the legends right of it: the poster puts its photo code below them.
    title_width: float = 0.0
    legend_height: float = 0.0
    # The widest line of the title section: at any title width from this up to
    # `title_width` its lines wrap exactly as they do here (breaking is greedy).
    title_extent: float = 0.0


# A poster's title block is built for every page and orientation an export weighs (a
# dozen per map, 25 maps in a project) and its texts are mostly the same each time: the
# persona legend is the project's, and a title wraps alike in alike room. So the lines
# of a block of text and their widths, a map's legend personas and the width of their
# longest name, are kept per measurer; bounded, as long sessions of the export dialog
# build many.
_MAX_MEMO = 20_000


@dataclass
class _Memo:
    # (text, font, max width, max lines) -> the lines and their widths
    blocks: dict[tuple[str, FontSpec, float, int], tuple[tuple[str, float], ...]] = field(
        default_factory=dict
    )
    # By the identities of a project's persona list and a map's bands (both kept in the
    # value, so that the identities cannot be reused while the entry lives): the map's
    # legend personas, and the widest of their names and roles by fonts.
    personas: dict[tuple[int, int], tuple[object, object, list[Persona]]] = field(
        default_factory=dict
    )
    widest: dict[tuple[int, int, FontSpec, FontSpec], tuple[object, object, float]] = field(
        default_factory=dict
    )

    def full(self) -> bool:
        return len(self.blocks) + len(self.personas) + len(self.widest) > _MAX_MEMO


_MEMOS: weakref.WeakKeyDictionary[TextMeasurer, _Memo] = weakref.WeakKeyDictionary()


def _memo_of(measurer: TextMeasurer) -> _Memo:
    try:
        memo = _MEMOS.get(measurer)
        if memo is None or memo.full():
            memo = _MEMOS[measurer] = _Memo()
    except TypeError:  # a measurer that takes no weak reference: no memo
        return _Memo()
    return memo


def _legend_personas(memo: _Memo, project: Project, journey_map: JourneyMap) -> list[Persona]:
    """The personas of the map's bands that the project has, in order, once each."""
    library, bands = project.personas, journey_map.bands
    known = memo.personas.get((id(library), id(bands)))
    if known is not None and known[0] is library and known[1] is bands:
        return known[2]
    by_id = {p.id: p for p in library}
    personas = [by_id[pid] for pid in dict.fromkeys(bands) if pid in by_id]
    memo.personas[(id(library), id(bands))] = (library, bands, personas)
    return personas


class _Builder:
    def __init__(self, measurer: TextMeasurer, unit: float, measure: bool = False) -> None:
        self.measurer = measurer
        self.unit = unit
        self.measure = measure  # only the y of each block is wanted, not its lines
        self.lines: list[TextLine] = []
        self.memo = _memo_of(measurer)
        self.extent = 0.0  # the widest line laid out so far

    def font(self, style: str, size: float) -> FontSpec:
        return FontSpec(style, round(size * self.unit, 2))  # type: ignore[arg-type]

    def width(self, text: str, font: FontSpec) -> float:
        return self.measurer.width(text, font)

    def block(
        self,
        text: str,
        font: FontSpec,
        color: str,
        x: float,
        top: float,
        max_width: float,
        max_lines: int,
        center_width: float | None = None,
    ) -> float:
        """Wrapped lines from `top`; returns the y below them."""
        ascent = self.measurer.ascent(font)
        height = self.measurer.line_height(font)
        key = (text, font, max_width, max_lines)
        blocks = self.memo.blocks
        measured = blocks.get(key)
        if measured is None:
            wrapped = wrap_text(text, font, max_width, self.measurer, max_lines)
            measured = blocks[key] = tuple((line, self.width(line, font)) for line in wrapped)
        self.extent = max([self.extent, *(w for _line, w in measured)])
        y = top
        if self.measure:
            for _line in measured:
                y += height  # the same sums as below
            return y
        for line, w in measured:
            lx = x + (center_width - w) / 2 if center_width is not None else x
            self.lines.append(TextLine(line, lx, y + ascent, font, color, w))
            y += height
        return y


def _widest(
    b: _Builder,
    project: Project,
    journey_map: JourneyMap,
    personas: list[Persona],
    name_font: FontSpec,
    role_font: FontSpec,
) -> float:
    """The width of the widest name or role of the legend's personas."""
    library, bands = project.personas, journey_map.bands
    key = (id(library), id(bands), name_font, role_font)
    known = b.memo.widest.get(key)
    if known is not None and known[0] is library and known[1] is bands:
        return known[2]
    widest = max(max(b.width(p.name, name_font), b.width(p.role, role_font)) for p in personas)
    b.memo.widest[key] = (library, bands, widest)
    return widest


def title_block(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    width: float,
    unit: float,
    *,
    today: dt.date | None = None,
    measurer: TextMeasurer | None = None,
    min_unit: float = 0.0,
) -> TitleBlockLayout:
    """The title block for a poster whose printable width is `width` points.

    When the legends need more room than a third of the width leaves for the title,
    everything shrinks together rather than overlapping, down to `min_unit` (the unit
    whose text still reads from where people stand); there the title wraps in the room
    the legends leave.
    """
    return _settle(project, journey_map, map_layout, width, unit, today, measurer, min_unit)


def title_block_height(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    width: float,
    unit: float,
    *,
    today: dt.date | None = None,
    measurer: TextMeasurer | None = None,
    min_unit: float = 0.0,
) -> float:
    """The height of `title_block` with the same arguments, without making its lines:
    an export weighs a dozen pages per map by the room their title blocks leave, and
    draws one."""
    return measure_title_block(
        project, journey_map, map_layout, width, unit, today=today, measurer=measurer,
        min_unit=min_unit,
    ).height  # fmt: skip


def measure_title_block(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    width: float,
    unit: float,
    *,
    today: dt.date | None = None,
    measurer: TextMeasurer | None = None,
    min_unit: float = 0.0,
) -> TitleBlockLayout:
    """`title_block` with the same arguments, its sizes only (height, unit, the title's
    width and widest line, the legends' height) and none of its lines or icons."""
    return _settle(
        project, journey_map, map_layout, width, unit, today, measurer, min_unit, measure=True
    )


def _settle(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    width: float,
    unit: float,
    today: dt.date | None,
    measurer: TextMeasurer | None,
    min_unit: float,
    measure: bool = False,
) -> TitleBlockLayout:
    """The block at the largest unit (from `unit` down to `min_unit`) whose title gets
    its room; with `measure`, only its height is worked out (see `_build`)."""
    measurer = measurer or default_measurer()
    for _ in range(6):
        block = _build(
            project, journey_map, map_layout, width, unit, today, measurer, measure=measure
        )
        if block is not None:
            return block
        if unit <= min_unit:
            break
        unit = max(unit * 0.8, min_unit)
    block = _build(
        project, journey_map, map_layout, width, unit, today, measurer, force=True, measure=measure
    )
    assert block is not None  # forced
    return block


def _build(
    project: Project,
    journey_map: JourneyMap,
    map_layout: MapLayout,
    width: float,
    unit: float,
    today: dt.date | None,
    measurer: TextMeasurer,
    force: bool = False,
    measure: bool = False,
) -> TitleBlockLayout | None:
    """The block at `unit`, or None when the title would not get its room (unless
    `force`). With `measure`, only its height is worked out: no lines, avatars or
    faces are made, and none of them changes the height."""
    style = map_layout.style
    b = _Builder(measurer, unit, measure)
    u = unit
    gap = 16 * u
    text, muted = style.text_color, style.muted_text_color
    heading = b.font("bold", 7.5)

    # -- right-hand legends first: their natural widths decide the title's room -------
    sections: list[tuple[float, float, list[TextLine], list, list]] = []
    personas = _legend_personas(b.memo, project, journey_map)
    if personas:
        name_font, role_font = b.font("bold", 9.5), b.font("regular", 8)
        side = 18 * u
        text_w = min(170 * u, _widest(b, project, journey_map, personas, name_font, role_font))
        col_w = side + 6 * u + text_w
        cols = -(-len(personas) // PERSONA_ROWS)
        sections.append((cols * col_w + (cols - 1) * 12 * u, col_w, [], [], []))
    scale = journey_map.emotion_scale
    steps = list(range(scale.min, scale.max + 1))
    label_font = b.font("regular", 7)
    slot = max(30 * u, min(64 * u, max(b.width(scale.label(s), label_font) for s in steps)))
    emotion_w = len(steps) * slot + (len(steps) - 1) * 4 * u

    right_w = sum(s[0] for s in sections) + emotion_w + gap * (len(sections) + 1)
    title_w = width - right_w
    if title_w < max(0.34 * width, 120 * u) and not force:
        return None
    title_w = max(title_w, 60 * u)

    # -- title section --------------------------------------------------------------
    y = b.block(journey_map.title, b.font("bold", 24), text, 0, 0, title_w, TITLE_LINES)
    y += 2 * u
    if journey_map.scenario.strip():
        scenario_font = b.font("regular", 10)
        y = b.block(journey_map.scenario, scenario_font, text, 0, y, title_w, SCENARIO_LINES)
        y += 2 * u
    kind = MAP_KIND_TITLES.get(journey_map.kind, str(journey_map.kind))
    meta = f"{project.title} · {kind}"
    if map_layout.template:
        meta += " · blank workshop template"
    y = b.block(meta, b.font("regular", 9), muted, 0, y, title_w, META_LINES)
    y += 3 * u
    date = (today or dt.date.today()).isoformat()
    y = b.block(
        f"Printed {date} · mapstudio {__version__}", b.font("regular", 7.5), muted, 0, y, title_w, 1
    )
    height = y
    title_extent = b.extent

    avatars: list[LegendAvatar] = []
    faces: list[LegendFace] = []
    separators: list[tuple[float, float, float, float]] = []
    x = title_w + gap
    persona_bottom = 0.0
    if personas:
        section_w, col_w, *_ = sections[0]
        separators.append((x - gap / 2, 0.0, x - gap / 2, 0.0))
        top = b.block("PERSONAS", heading, muted, x, 0, section_w, 1) + 4 * u
        name_font, role_font = b.font("bold", 9.5), b.font("regular", 8)
        side = 18 * u
        row_h = 24 * u
        for i, persona in enumerate(() if b.measure else personas):
            col, row = divmod(i, PERSONA_ROWS)
            ex = x + col * (col_w + 12 * u)
            ey = top + row * row_h
            circle = Rect(ex, ey, side, side)
            letters = persona_initials(persona.name)
            initials = None
            if letters:
                font = FontSpec("bold", round(side * 0.4, 2))
                w = b.width(letters, font)
                baseline = ey + side / 2 + 0.71 * font.size / 2
                initials = TextLine(
                    letters, ex + (side - w) / 2, baseline, font, style.avatar_text_color, w
                )
            avatars.append(LegendAvatar(circle, persona.color, persona.photo_asset_id, initials))
            tx = ex + side + 6 * u
            after = b.block(persona.name, name_font, text, tx, ey - 1 * u, col_w - side - 6 * u, 1)
            b.block(persona.role, role_font, muted, tx, after - 1 * u, col_w - side - 6 * u, 1)
        persona_bottom = top + min(len(personas), PERSONA_ROWS) * row_h
        height = max(height, persona_bottom)
        x += section_w + gap

    separators.append((x - gap / 2, 0.0, x - gap / 2, 0.0))
    top = b.block("EMOTION SCALE", heading, muted, x, 0, emotion_w, 1) + 4 * u
    face_side = 16 * u
    number_font = b.font("bold", 8)
    bottom = top
    for i, step in enumerate(steps):
        sx = x + i * (slot + 4 * u)
        faces.append(
            LegendFace(
                Rect(sx + (slot - face_side) / 2, top, face_side, face_side),
                face_for(step, scale.min, scale.max),
                text,
            )
        )
        number = f"{step:+d}".replace("-", "−") if scale.min < 0 and step != 0 else str(step)
        y = b.block(number, number_font, text, sx, top + face_side + 2 * u, slot, 1, slot)
        y = b.block(scale.label(step), label_font, muted, sx, y, slot, 2, slot)
        bottom = max(bottom, y)
    height = max(height, bottom)
    legend_height = max(bottom, persona_bottom)

    # Separators run the full height of the block.
    separators = [(x1, 0.0, x2, height) for x1, _y1, x2, _y2 in separators]
    return TitleBlockLayout(
        width=width,
        height=height,
        unit=unit,
        lines=tuple(b.lines),
        avatars=tuple(avatars),
        faces=tuple(faces),
        separators=tuple(separators),
        rule_color=style.rule_color,
        marker_fill=style.marker_fill,
        title_width=title_w,
        legend_height=legend_height,
        title_extent=title_extent,
    )


__all__ = [
    "LegendAvatar",
    "LegendFace",
    "TitleBlockLayout",
    "measure_title_block",
    "title_block",
    "title_block_height",
]
