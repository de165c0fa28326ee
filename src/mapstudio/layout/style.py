"""The look of a laid-out map: every dimension in points and every colour as "#RRGGBB".

Painters take colours and fonts from the `MapLayout` (which carries its style), never
from their own constants, so the canvas and the PDF cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Literal

from mapstudio.layout.fonts import FontSpec
from mapstudio.model import LaneKind

MM = 72 / 25.4  # points per millimetre
STICKY_NOTE = 76 * MM  # the common 76 mm (3 in) square workshop sticky note

# Soft, print-friendly sticky-note colours; each kind also has an icon, so colour is
# never the only signal (a greyscale print still tells them apart).
KIND_FILLS: tuple[tuple[LaneKind, str], ...] = (
    (LaneKind.ACTIONS, "#E3EEFB"),
    (LaneKind.TOUCHPOINTS, "#E3F4E8"),
    (LaneKind.THOUGHTS, "#F1E7FA"),
    (LaneKind.EMOTIONS, "#FFF6DB"),
    (LaneKind.PAIN_POINTS, "#FCE3DF"),
    (LaneKind.OPPORTUNITIES, "#FFF3BF"),
    (LaneKind.BACKSTAGE, "#ECEFF3"),
    (LaneKind.KPIS, "#DFF3F5"),
    (LaneKind.NOTES, "#FFF8E5"),
)
# Stronger shades of the same hues for the kind icons and lane-label icons.
KIND_ACCENTS: tuple[tuple[LaneKind, str], ...] = (
    (LaneKind.ACTIONS, "#3A6EA5"),
    (LaneKind.TOUCHPOINTS, "#2F8A55"),
    (LaneKind.THOUGHTS, "#7D4FA8"),
    (LaneKind.EMOTIONS, "#C98A12"),
    (LaneKind.PAIN_POINTS, "#C0392B"),
    (LaneKind.OPPORTUNITIES, "#B8860B"),
    (LaneKind.BACKSTAGE, "#5F6B7A"),
    (LaneKind.KPIS, "#21808D"),
    (LaneKind.NOTES, "#8C7A4F"),
)


@dataclass(frozen=True, slots=True)
class MapStyle:
    """Dimensions (points), colours ("#RRGGBB") and font sizes of a laid-out map."""

    # -- overall -------------------------------------------------------------------
    margin: float = 24.0  # white paper around the whole map
    paper_color: str = "#FFFFFF"
    rule_color: str = "#D5D9DE"  # cell borders and header rules
    rule_width: float = 0.75
    header_fill: str = "#F4F5F7"  # stage header row and lane-label column
    text_color: str = "#1F2933"
    muted_text_color: str = "#5B6675"
    # -- stage header row ----------------------------------------------------------
    stage_header_size: float = 14.0
    stage_header_padding: float = 10.0
    stage_header_min_height: float = 44.0
    stage_header_max_lines: int = 3
    # -- band header row -----------------------------------------------------------
    band_header_height: float = 44.0
    band_name_size: float = 13.0
    band_role_size: float = 9.0
    band_strip_width: float = 6.0  # persona colour strip at the left of the header
    band_padding: float = 8.0
    shared_band_color: str = "#7B8794"
    shared_band_title: str = "Shared"
    band_header_fill: str = "#FAFBFC"
    avatar_text_color: str = "#FFFFFF"  # a persona's initials on its colour
    # -- lane-label column ---------------------------------------------------------
    label_column_width: float = 150.0
    lane_label_size: float = 10.0
    lane_label_padding: float = 8.0
    lane_icon_size: float = 16.0
    lane_label_max_lines: int = 3
    # -- columns, cells and cards --------------------------------------------------
    column_width: float = 186.0  # card width 170 + 2 x cell padding
    cell_padding: float = 8.0
    card_gap: float = 8.0
    min_cell_height: float = 72.0  # one inch: clearly a cell even when empty
    card_padding: float = 8.0
    card_corner_radius: float = 6.0
    card_icon_size: float = 14.0
    card_icon_gap: float = 6.0  # between the kind icon and the title
    card_title_size: float = 10.5
    card_body_size: float = 9.0
    card_meta_size: float = 8.0
    # Every text on the map shows at most so many lines (the last one ends in "…"), so
    # drawing a box costs a bounded amount whatever its text; the full text is in the
    # inspector. Titles of a few words take one or two lines.
    card_title_max_lines: int = 3
    card_body_max_lines: int = 6
    card_meta_max_lines: int = 2
    card_text_gap: float = 4.0  # between title, body and meta blocks
    # A printed poster may leave card text off when it could not be read from where
    # people stand (see `print_style`); the canvas always shows everything.
    show_card_body: bool = True
    show_card_meta: bool = True  # channel, severity, impact/effort, KPI figures, tags
    card_border_color: str = "#C9CED6"
    card_border_width: float = 0.75
    # A soft shadow under each card, straight down; print flattens it onto the paper.
    card_shadow_offset: float = 1.5
    card_shadow_color: str = "#000000"
    card_shadow_alpha: float = 22 / 255
    # A card picture spans the card's inner width; its height follows the picture's
    # aspect ratio within these bounds (a tall photo must not turn a note into a poster).
    card_picture_max_ratio: float = 1.0  # of the inner width
    card_picture_min_height: float = 24.0
    severity_dot_diameter: float = 5.0
    severity_dot_gap: float = 2.5
    severity_dot_stroke: float = 0.75  # the outline of an empty dot
    picture_corner_ratio: float = 0.5  # a card picture's corners, of the card's radius
    # A card picture that cannot be read: a grey frame with a picture icon, the icon
    # this share of the frame's short side, and never larger than the maximum.
    picture_placeholder_fill: str = "#D5D9DE"
    picture_placeholder_ink: str = "#7B8794"
    picture_placeholder_icon_ratio: float = 0.8
    picture_placeholder_max_icon: float = 48.0
    kind_fills: tuple[tuple[LaneKind, str], ...] = KIND_FILLS
    kind_accents: tuple[tuple[LaneKind, str], ...] = KIND_ACCENTS
    # -- emotion lane --------------------------------------------------------------
    emotion_lane_height: float = 150.0
    emotion_padding: float = 18.0  # keeps markers and their words inside the lane
    marker_radius: float = 9.0
    curve_width: float = 2.5
    guide_color: str = "#E4E7EB"
    guide_width: float = 0.75
    guide_dash: tuple[float, ...] = (4.0, 2.0)  # dash and gap, in guide widths
    guide_label_size: float = 7.0
    feeling_size: float = 8.0
    marker_fill: str = "#FFFFFF"
    marker_ring_width: float = 1.5
    marker_face_inset: float = 1.0  # between the ring and the face inside it
    # -- workshop templates --------------------------------------------------------
    template_margin: float = 6 * MM  # room around a sticky note in an empty cell

    # Fonts, derived so that a variant style only needs to change sizes.
    @property
    def stage_header_font(self) -> FontSpec:
        """Stage names."""
        return FontSpec("bold", self.stage_header_size)

    @property
    def band_name_font(self) -> FontSpec:
        """Persona names in band headers."""
        return FontSpec("bold", self.band_name_size)

    @property
    def band_role_font(self) -> FontSpec:
        """Persona roles in band headers."""
        return FontSpec("regular", self.band_role_size)

    @property
    def lane_label_font(self) -> FontSpec:
        """Lane titles in the left column."""
        return FontSpec("bold", self.lane_label_size)

    @property
    def card_title_font(self) -> FontSpec:
        """Card titles."""
        return FontSpec("bold", self.card_title_size)

    @property
    def card_body_font(self) -> FontSpec:
        """Card bodies."""
        return FontSpec("regular", self.card_body_size)

    @property
    def quote_body_font(self) -> FontSpec:
        """Bodies of thought cards: italic, because they are quotes."""
        return FontSpec("italic", self.card_body_size)

    @property
    def card_meta_font(self) -> FontSpec:
        """Channel, severity, impact/effort, KPI figures and tags."""
        return FontSpec("regular", self.card_meta_size)

    @property
    def guide_label_font(self) -> FontSpec:
        """Emotion scale labels."""
        return FontSpec("regular", self.guide_label_size)

    @property
    def feeling_font(self) -> FontSpec:
        """Feeling words under emotion markers."""
        return FontSpec("italic", self.feeling_size)

    @property
    def template_cell_size(self) -> float:
        """The smallest side of an empty cell in a workshop template."""
        return STICKY_NOTE + 2 * self.template_margin

    def kind_fill(self, kind: LaneKind) -> str:
        """The sticky-note colour of a lane kind."""
        for k, color in self.kind_fills:
            if k is kind:
                return color
        return "#FFFFFF"

    def kind_accent(self, kind: LaneKind) -> str:
        """The icon colour of a lane kind."""
        for k, color in self.kind_accents:
            if k is kind:
                return color
        return self.muted_text_color


DEFAULT_STYLE = MapStyle()

# What a printed poster shows of each card: the title only; the title and the body;
# or everything, the small print (channel, severity, figures, tags) included.
CardText = Literal["titles", "text", "everything"]
CARD_TEXTS: tuple[CardText, ...] = ("titles", "text", "everything")

# How the lengths of the screen style grow in a print style whose text is k times the
# canvas's: what sits beside text and must stay in proportion with it (columns, icons,
# headers, markers) grows by k; white space and rules by the square root of k, since a
# poster read from afar needs large letters more than it needs wide gaps. Sticky-note
# sizes of templates stay physical (76 mm).
_WITH_TEXT = frozenset(
    {
        "band_header_height",
        "label_column_width",
        "column_width",
        "lane_icon_size",
        "card_icon_size",
        "severity_dot_diameter",
        "emotion_lane_height",
        "emotion_padding",
        "marker_radius",
    }
)
_WITH_ROOT = frozenset(
    {
        "margin",
        "rule_width",
        "stage_header_padding",
        "band_strip_width",
        "band_padding",
        "lane_label_padding",
        "cell_padding",
        "card_gap",
        "card_padding",
        "card_corner_radius",
        "card_icon_gap",
        "card_text_gap",
        "card_picture_min_height",
        "severity_dot_gap",
        "curve_width",
    }
)
_TEXT_SIZES = (
    "stage_header_size",
    "band_name_size",
    "band_role_size",
    "lane_label_size",
    "card_title_size",
    "card_body_size",
    "card_meta_size",
    "guide_label_size",
    "feeling_size",
)
# Line height of the bundled font per point of size (ascender + descender + gap).
_LINE_HEIGHT = 1.362


def print_style(
    text_size: float, card_text: CardText = "text", base: MapStyle = DEFAULT_STYLE
) -> MapStyle:
    """The style of a printed poster laid out in paper points (printed at 100 %).

    `text_size` is the smallest size (points) that reads from where people will stand.
    Card titles get exactly that size and every other text at least that size, while
    stage headers and persona names stay larger, as on the canvas. Lengths that go with
    text grow with it; white space grows less (see `_WITH_ROOT`), and an empty cell is
    as tall as a card with a one-line title. Card bodies and the small print are printed
    at the same readable size or left off, as `card_text` says.
    """
    if card_text not in CARD_TEXTS:
        raise ValueError(f"unknown card text choice {card_text!r}")
    k = max(1.0, text_size / base.card_title_size)
    root = k**0.5
    changes: dict[str, float | bool] = {}
    for f in fields(base):
        if f.name in _WITH_TEXT:
            changes[f.name] = getattr(base, f.name) * k
        elif f.name in _WITH_ROOT:
            changes[f.name] = getattr(base, f.name) * root
    for name in _TEXT_SIZES:
        changes[name] = round(max(getattr(base, name) * k, text_size), 2)
    header = float(changes["stage_header_size"])
    changes["stage_header_min_height"] = header * _LINE_HEIGHT + 2 * float(
        changes["stage_header_padding"]
    )
    card = 2 * float(changes["card_padding"]) + max(
        float(changes["card_icon_size"]), text_size * _LINE_HEIGHT
    )
    changes["min_cell_height"] = card + 2 * float(changes["cell_padding"])
    changes["show_card_body"] = card_text != "titles"
    changes["show_card_meta"] = card_text == "everything"
    # A poster prints what the designer wrote: titles and names are not cut short at the
    # screen's few lines (the limits still bound what a hostile file can cost).
    changes["card_title_max_lines"] = max(base.card_title_max_lines, 8)
    changes["stage_header_max_lines"] = max(base.stage_header_max_lines, 5)
    changes["lane_label_max_lines"] = max(base.lane_label_max_lines, 5)
    return replace(base, **changes)  # type: ignore[arg-type]


def template_style(base: MapStyle = DEFAULT_STYLE) -> MapStyle:
    """A style for blank workshop posters: cells that take a 76 mm sticky note with
    room to spare, and headers large enough to read from two metres away."""
    cell = base.template_cell_size
    return replace(
        base,
        column_width=max(base.column_width, cell),
        min_cell_height=max(base.min_cell_height, cell),
        stage_header_size=max(base.stage_header_size, 20.0),
        stage_header_min_height=max(base.stage_header_min_height, 56.0),
        lane_label_size=max(base.lane_label_size, 14.0),
        label_column_width=max(base.label_column_width, 180.0),
        band_name_size=max(base.band_name_size, 18.0),
        band_role_size=max(base.band_role_size, 12.0),
        band_header_height=max(base.band_header_height, 56.0),
        emotion_lane_height=max(base.emotion_lane_height, 200.0),
        guide_label_size=max(base.guide_label_size, 10.0),
    )


@dataclass(frozen=True, slots=True)
class CompareStyle:
    """The look of a comparison drawn over a map (see mapstudio.layout.marks).

    Every mark has an icon as well as a colour, and a removed card is also faded and
    outlined dashed, so the marks read in greyscale and for colour-blind readers. The
    colours are from the Okabe-Ito palette (told apart with every common colour-vision
    deficiency), darkened where a white icon sits on them.
    """

    added_color: str = "#007A5A"  # bluish green, icon "+"
    removed_color: str = "#C24E00"  # vermillion, icon "−"
    changed_color: str = "#A86B00"  # amber, icon "✎"
    moved_color: str = "#0067A5"  # blue, icon "→"
    icon_color: str = "#FFFFFF"  # the icon inside a badge
    badge_diameter: float = 16.0
    badge_icon_ratio: float = 0.7  # of the badge's diameter
    badge_gap: float = 3.0  # between two badges of one card
    badge_overhang: float = 5.0  # how far a badge sticks out past the card's corner
    badge_ring_width: float = 1.0  # a ring of the icon's colour round the badge
    outline_width: float = 2.0
    outline_gap: float = 2.5  # between the card's edge and its mark outline
    dash: tuple[float, float] = (4.0, 2.5)  # a removed card's outline, in outline widths
    ghost_fade: float = 0.65  # how far a removed card's colours go towards the paper
    # -- the other side's emotion curve and the difference per stage -----------------
    other_curve_dash: tuple[float, float] = (3.0, 2.0)  # in line widths
    other_curve_width_ratio: float = 0.8  # of the map's curve width
    delta_size: float = 9.0
    delta_padding: float = 3.0
    delta_fill: str = "#FFFFFF"
    delta_border: str = "#5B6675"
    delta_border_width: float = 0.75
    # -- the legend -------------------------------------------------------------------
    legend_title_size: float = 11.0
    legend_text_size: float = 9.5
    legend_padding: float = 10.0
    legend_row_gap: float = 6.0
    legend_entry_gap: float = 18.0  # between two entries of a row
    legend_icon_gap: float = 5.0  # between a badge and its word
    legend_sample_width: float = 28.0  # the curve samples
    legend_gap: float = 12.0  # between the legend and the map below it
    # Room after each text of the legend, as a share of its width: at small sizes a
    # screen's hinted font draws a few percent wider than the font's own advances.
    legend_text_slack: float = 0.08
    legend_fill: str = "#FFFFFF"
    legend_border: str = "#C9CED6"
    legend_border_width: float = 0.75
    legend_corner_radius: float = 6.0

    def color(self, kind: str) -> str:
        """The colour of a mark kind ("added", "removed", "changed", "moved")."""
        return {
            "added": self.added_color,
            "removed": self.removed_color,
            "changed": self.changed_color,
            "moved": self.moved_color,
        }.get(kind, self.changed_color)


DEFAULT_COMPARE_STYLE = CompareStyle()


@dataclass(frozen=True, slots=True)
class SheetStyle:
    """The look of what a poster prints besides its map (see mapstudio.layout.sheets):
    the paper and title band, crop marks and the slug line, the marks of tiled sheets
    (cut lines, names, glue strips) and the assembly guide with its sheet grid.

    Lengths are points on paper; a dash is in widths of its own line, as Qt's pens and
    the display list count it.
    """

    ink: str = "#1F2933"  # instructions and cut lines
    muted: str = "#5B6675"  # facts, and places of the grid left out
    accent: str = "#2563EB"  # sheet names, glue marks and the guide's grid
    ground: str = "#FFFFFF"  # under marks that sit on the poster: glue strips, name pills
    # A centred line of capitals has its baseline this share of its size below the
    # centre (half the bundled font's cap height).
    baseline_drop: float = 0.36
    # -- the poster around its map ---------------------------------------------------
    title_band: str = "#F1F3F6"  # the tinted band behind the title block
    title_rule_width: float = 0.75  # the rule under the band, in title block units
    crop_mark_color: str = "#000000"
    crop_mark_width: float = 0.25
    crop_mark_length: float = 6 * MM
    slug_size: float = 6.0  # the line naming the file, below the marks
    slug_baseline: float = 1.2 * MM  # above the media's lower edge
    # Photo markers and the poster's code: a quiet dark grey that reads like the map's
    # rules, not like ink blots, on a white quiet zone.
    photo_mark_ink: str = "#3A4350"
    # Neighbouring runs of dark cells overlap by a hair (at most this share of a cell),
    # so no white seam shows between them.
    photo_mark_seam: float = 0.05
    photo_mark_seam_share: float = 0.02
    # -- a tiled sheet ----------------------------------------------------------------
    cut_line_width: float = 0.5  # drawn wholly on the strip that is cut off
    sheet_name_size: float = 10.0
    sheet_note_size: float = 7.0
    gutter_baseline: float = 0.32  # of the gutter: the notes' baseline off the window
    sheet_name_gap: float = 6.0  # between the sheet's name and its facts
    cut_note_gap: float = 8.0  # kept free before the note at the right
    glue_band: float = 1.5 * MM  # white ground under the glue line, in the covered strip
    glue_line_width: float = 0.8
    glue_line_inset: float = 0.4  # the glue line's centre off the strip's edge
    glue_dash: tuple[float, float] = (3.75, 2.5)  # 3 pt dashes, 2 pt gaps
    glue_label_size: float = 7.0  # "R2-C4 goes on top", at most
    glue_label_share: float = 0.55  # of the strip's free width, at most
    glue_label_min: float = 3.5  # smaller than this, the label is left off
    glue_pill_width: float = 0.6
    glue_pill_radius: float = 3.0  # at most; a third of a narrow pill's width
    glue_pill_inset: float = 0.3
    glue_clear: float = 1.0  # between the pill and the white band, and the strip's edge
    glue_pad: float = 2.0  # inside the pill, round the arrow and the label
    arrow_share: float = 0.8  # of the strip's free width: the arrow's box
    arrow_min: float = 4.0
    arrow_max: float = 12.0
    arrow_largest: float = 15.0  # the arrow's box is never drawn larger than this
    arrow_half: float = 0.4  # half the arrow's length, of its box's short side
    arrow_head: float = 0.6  # the head's half width and length, of half the arrow
    arrow_shaft: float = 0.2  # the shaft's half width, of half the arrow
    # -- the assembly guide ------------------------------------------------------------
    guide_margin: float = 10 * MM  # at least; the printer's margin when larger
    guide_title_size: float = 15.0
    guide_title_baseline: float = 14.0  # below the margin
    guide_facts_size: float = 8.5
    guide_facts_top: float = 20.0  # below the margin
    guide_step_size: float = 8.0
    guide_line_height: float = 1.35  # of the size, from one baseline to the next
    guide_paragraph_gap: float = 0.4  # of the size, after a wrapped paragraph
    guide_gap: float = 8.0  # between the poster and the steps, the steps and the bar
    guide_area_gap: float = 6.0  # between the facts and the poster
    poster_frame: str = "#C9CED6"  # the poster's edge on the guide's white paper
    poster_frame_width: float = 0.5
    window_width: float = 0.75  # a printed sheet's window on the grid
    skipped_width: float = 0.5  # a place of the grid left out, dashed
    skipped_dash: tuple[float, float] = (4.0, 4.0)
    grid_label_min: float = 5.0
    grid_label_max: float = 14.0
    grid_label_row_share: float = 0.2  # of a window's height, at most
    grid_label_column_share: float = 0.16  # of a window's width, at most
    grid_pill_pad: float = 0.35  # beside the name, of its size
    grid_pill_height: float = 1.4  # of the name's size
    grid_pill_radius: float = 0.3  # of the name's size
    grid_pill_width: float = 0.75
    # -- the scale bar -------------------------------------------------------------------
    scale_bar_height: float = 26.0  # the room it takes, its note included
    scale_bar_length: float = 100 * MM
    scale_bar_step: float = 10 * MM  # a tick, and every other step filled
    scale_bar_thickness: float = 4.0
    scale_bar_foot: float = 2.0  # below the bar, within its room
    scale_bar_line: float = 0.5
    scale_bar_tick: float = 2.0
    scale_bar_long_tick: float = 4.0  # at 0, 50 and 100 mm
    scale_bar_note_size: float = 7.5
    scale_bar_note_gap: float = 7.0  # from the note's baseline to the bar


DEFAULT_SHEET_STYLE = SheetStyle()
