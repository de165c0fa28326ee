"""The print style and the poster reflow: the size model agrees with the layout engine."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from mapstudio.fileformat import load_project
from mapstudio.layout import DEFAULT_STYLE, BundledFontMeasurer, FontSpec, layout
from mapstudio.layout.reflow import SizeModel, best_column_width, count_lines
from mapstudio.layout.style import print_style
from mapstudio.layout.text import wrap_text
from mapstudio.model import JourneyMap, LaneKind, Project

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FILES = sorted((RESOURCES / "examples").glob("*.mapstudio")) + sorted(
    (RESOURCES / "templates").glob("*.mapstudio")
)
MAPS = [
    (f"{path.stem}/{m.title}", m, project)
    for path in FILES
    for project in [load_project(path).project]
    for m in project.maps
]
STYLES = {
    "screen": DEFAULT_STYLE,
    "wall": print_style(24.0),
    "wall titles": print_style(24.0, "titles"),
    "table everything": print_style(11.5, "everything"),
    "corridor": print_style(47.5),
}


@pytest.mark.parametrize("style_name", list(STYLES))
@pytest.mark.parametrize("name,journey_map,project", MAPS, ids=[m[0] for m in MAPS])
def test_the_size_model_matches_the_layout(
    name: str, journey_map: JourneyMap, project: Project, style_name: str
) -> None:
    style = STYLES[style_name]
    model = SizeModel(journey_map, project, style)
    for factor in (0.85, 1.0, 1.37, 2.5):
        width = style.column_width * factor
        laid_out = layout(journey_map, project, replace(style, column_width=width))
        assert model.size(width) == pytest.approx((laid_out.width, laid_out.height), abs=1e-6)


@pytest.mark.parametrize("name,journey_map,project", MAPS[:4], ids=[m[0] for m in MAPS[:4]])
def test_a_raised_cell_floor_gives_the_asked_height(
    name: str, journey_map: JourneyMap, project: Project
) -> None:
    style = STYLES["wall"]
    model = SizeModel(journey_map, project, style)
    width = style.column_width
    _w, height = model.size(width)
    for target in (height * 1.05, height * 1.6):
        floor = model.cell_floor_for(width, target)
        laid_out = layout(
            journey_map, project, replace(style, column_width=width, min_cell_height=floor)
        )
        assert laid_out.height == pytest.approx(target, rel=1e-9)


def test_the_search_makes_the_map_the_shape_of_the_area() -> None:
    _name, journey_map, project = MAPS[0]
    style = STYLES["wall"]
    model = SizeModel(journey_map, project, style)
    for area in ((3000.0, 3000.0), (2000.0, 3000.0)):
        width, scale = best_column_width(
            model, *area, 0.85 * style.column_width, 2.5 * style.column_width
        )
        w, h = model.size(width)
        assert scale == pytest.approx(min(area[0] / w, area[1] / h))
        # One side fills the area, the other nearly (text wraps a line at a time).
        assert min(w * scale / area[0], h * scale / area[1]) > 0.95


def test_count_lines_agrees_with_wrapping() -> None:
    measurer = BundledFontMeasurer()
    font = FontSpec("regular", 12)
    text = "Customer compares three sofas side by side\\nand a Supercalifragilistic word"
    text = text.replace("\\n", "\n")
    paragraphs = tuple(tuple(measurer.width(w, font) for w in p.split()) for p in text.split("\n"))
    space = measurer.width(" ", font)
    for width in (40.0, 80.0, 150.0, 400.0):
        assert count_lines(paragraphs, space, width) == len(wrap_text(text, font, width, measurer))
        assert count_lines(paragraphs, space, width, 2) == len(
            wrap_text(text, font, width, measurer, 2)
        )


def test_print_style_sizes_every_text_at_least_the_readable_size() -> None:
    style = print_style(24.0)
    assert style.card_title_size == 24.0
    sizes = [
        style.stage_header_size,
        style.band_name_size,
        style.band_role_size,
        style.lane_label_size,
        style.card_body_size,
        style.card_meta_size,
        style.guide_label_size,
        style.feeling_size,
    ]
    assert min(sizes) >= 24.0
    # Headers and persona names stay larger than card text, as on the canvas.
    assert style.stage_header_size > 24.0 and style.band_name_size > 24.0
    assert (style.show_card_body, style.show_card_meta) == (True, False)
    assert print_style(24.0, "titles").show_card_body is False
    assert print_style(24.0, "everything").show_card_meta is True
    assert DEFAULT_STYLE.show_card_body and DEFAULT_STYLE.show_card_meta


def test_titles_only_leaves_text_off_but_keeps_severity_dots() -> None:
    _name, journey_map, project = MAPS[0]
    laid_out = layout(journey_map, project, print_style(24.0, "titles"))
    cards = list(laid_out.cards.values())
    assert all(not c.body_lines and not c.meta_lines for c in cards)
    pains = [c for c in cards if c.kind is LaneKind.PAIN_POINTS and c.dots]
    assert pains and all(c.dots_rect is not None for c in pains)
    for card in pains:
        assert card.dots_rect is not None
        assert card.dots_rect.bottom <= card.rect.h  # inside the note


def test_titles_and_text_keep_kpi_figures() -> None:
    _name, journey_map, project = MAPS[0]
    laid_out = layout(journey_map, project, print_style(24.0, "text"))
    kpis = [c for c in laid_out.cards.values() if c.kind is LaneKind.KPIS]
    assert kpis and any(c.meta_lines for c in kpis)
    tagged = {c.id for c in journey_map.cards if c.tags}
    for card in laid_out.cards.values():
        assert not any(line.text.startswith("#") for line in card.meta_lines)
    assert tagged  # the example has tags; they are details, left off


def test_the_size_model_counts_card_pictures() -> None:
    """Pictures (wide, square, tall, and one whose asset is missing) change card heights
    with the column width: the model follows the engine there too."""
    from mapstudio.model import Asset

    _name, journey_map, project = MAPS[0]
    assets = dict(project.assets)
    cards = list(journey_map.cards)
    for i, (w, h) in enumerate(((800, 400), (600, 600), (300, 1000), (1000, 300))):
        asset = Asset.from_bytes(f"{w}x{h}".encode(), "image/png", w, h)
        assets[asset.id] = asset
        cards[i * 7] = cards[i * 7].model_copy(update={"image_asset_id": asset.id})
    cards[3] = cards[3].model_copy(update={"image_asset_id": "missing-asset"})
    journey_map = journey_map.model_copy(update={"cards": tuple(cards)})
    project = project.model_copy(update={"maps": (journey_map,), "assets": assets})
    for style in (DEFAULT_STYLE, STYLES["wall"]):
        model = SizeModel(journey_map, project, style)
        for factor in (0.85, 1.6, 2.5):
            width = style.column_width * factor
            laid_out = layout(journey_map, project, replace(style, column_width=width))
            assert model.size(width) == pytest.approx((laid_out.width, laid_out.height))


class _CountingMeasurer(BundledFontMeasurer):
    """Counts the words measured, to show what a long text costs."""

    def __init__(self) -> None:
        super().__init__()
        self.measured = 0

    def width(self, text: str, font: FontSpec) -> float:
        self.measured += 1
        return super().width(text, font)


def test_the_size_model_measures_only_the_lines_a_long_text_can_show() -> None:
    """Bodies of thousands of words (one paragraph, many paragraphs, blank lines) print
    a few lines: the model counts them exactly at every width, wider than its search
    goes too, while measuring only about what those lines hold."""
    _name, journey_map, project = MAPS[0]
    words = [f"w{'x' * (i % 11)}{i}" for i in range(3000)]
    bodies = [
        " ".join(words),
        "\n".join(" ".join(words[i : i + 7]) for i in range(0, 3000, 7)),
        "\n\n\n" + "\n".join(["", "", "a"] * 400),
        "short body",
    ]
    cards = list(journey_map.cards)
    for i in range(len(cards)):
        body = bodies[i % len(bodies)]
        title = " ".join(words[i : i + 60])
        cards[i] = cards[i].model_copy(update={"body": body, "title": title})
    journey_map = journey_map.model_copy(update={"cards": tuple(cards)})
    project = project.model_copy(update={"maps": (journey_map,)})
    style = STYLES["wall"]
    measurer = _CountingMeasurer()
    model = SizeModel(journey_map, project, style, measurer)
    for factor in (0.85, 1.37, 2.5, 4.0):
        width = style.column_width * factor
        laid_out = layout(journey_map, project, replace(style, column_width=width))
        assert model.size(width) == pytest.approx((laid_out.width, laid_out.height), abs=1e-6)
    # Every body holds 3,000 words (or 1,200 lines); the widest card shows a handful.
    long_bodies = sum(1 for card in cards if card.body != "short body")
    assert measurer.measured < long_bodies * 400


@pytest.mark.parametrize("name,journey_map,project", MAPS[:4], ids=[m[0] for m in MAPS[:4]])
def test_row_heights_kept_for_a_width_equal_those_measured_afresh(
    name: str, journey_map: JourneyMap, project: Project
) -> None:
    style = STYLES["wall"]
    model = SizeModel(journey_map, project, style)
    widths = [style.column_width * f for f in (2.5, 0.85, 1.6, 1.2, 1.37)]
    first = {width: model.size(width) for width in widths}
    kept = {width: model._heights(width) for width in widths}
    floors = {width: model.cell_floor_for(width, first[width][1] * 1.3) for width in widths}
    for width in widths:
        fresh = SizeModel(journey_map, project, style)
        assert kept[width] == fresh._heights(width)
        assert model._heights(width) is kept[width]  # asked again: not measured again
        assert first[width] == fresh.size(width)
        assert floors[width] == fresh.cell_floor_for(width, first[width][1] * 1.3)
