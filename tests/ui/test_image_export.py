"""Pictures for slides: PNG at a dpi, SVG in points with text, selections, limits."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from mapstudio.export import ExportError
from mapstudio.fileformat import load_project
from mapstudio.layout import layout
from mapstudio.model import Project
from mapstudio.ui import image_export
from mapstudio.ui.image_export import (
    copy_image_to_clipboard,
    export_png,
    export_svg,
    largest_dpi,
    source_rect,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def project(example_path: Path) -> Project:
    return load_project(example_path).project


def _colours(image: QImage, step: int = 7) -> set[int]:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


@pytest.mark.parametrize("dpi", [72, 150])
def test_png_has_the_size_of_the_map_at_the_dpi(
    qapp, project: Project, tmp_path: Path, dpi: int
) -> None:  # type: ignore[no-untyped-def]
    journey_map = project.maps[0]
    map_layout = layout(journey_map, project)
    path = tmp_path / "map.png"
    report = export_png(project, journey_map.id, path, dpi=dpi)
    image = QImage(str(path))
    assert not image.isNull()
    expected = (round(map_layout.width * dpi / 72), round(map_layout.height * dpi / 72))
    assert (image.width(), image.height()) == expected
    assert (report.width, report.height) == expected
    assert round(image.dotsPerMeterX() * 0.0254) == dpi, "the dpi travels with the file"


def test_png_is_a_real_map_on_white_paper(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "map.png"
    export_png(project, project.maps[0].id, path, dpi=96)
    image = QImage(str(path))
    assert len(_colours(image)) > 100, "cards, curves and text, not a blank sheet"
    white = 0xFFFFFFFF
    assert image.pixel(image.width() - 2, image.height() - 2) == white, "white paper"
    assert image.pixel(image.width() // 2, 2) != 0xFFE9EBEE, "no grey canvas desk"


def test_a_selection_renders_only_around_its_cards(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journey_map = project.maps[0]
    chosen = [journey_map.cards[0].id, journey_map.cards[2].id]
    map_layout = layout(journey_map, project)
    rects = [map_layout.cards[i].rect for i in chosen]
    path = tmp_path / "selection.png"
    report = export_png(project, journey_map.id, path, dpi=144, selection=set(chosen))
    region = source_rect(map_layout, set(chosen))
    left = min(r.x for r in rects) - image_export.SELECTION_MARGIN
    right = max(r.x + r.w for r in rects) + image_export.SELECTION_MARGIN
    assert region.left() == pytest.approx(max(left, 0.0))
    assert region.right() == pytest.approx(min(right, map_layout.width))
    assert (report.width, report.height) == (round(region.width() * 2), round(region.height() * 2))
    whole = layout(journey_map, project)
    assert report.width < whole.width * 2 and report.height < whole.height * 2
    assert len(_colours(QImage(str(path)), 3)) > 20


def test_a_selection_of_nothing_on_the_map_is_refused(
    qapp, project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match="None of the selected cards"):
        export_png(project, project.maps[0].id, tmp_path / "x.png", selection={"nope"})
    assert not (tmp_path / "x.png").exists()


def test_huge_pictures_are_refused_with_the_dpi_that_fits(
    qapp, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(image_export, "MAX_SIDE_PX", 2_000)
    journey_map = project.maps[0]
    fits = largest_dpi(source_rect(layout(journey_map, project), None))
    with pytest.raises(ExportError) as caught:
        export_png(project, journey_map.id, tmp_path / "big.png", dpi=300)
    assert f"Choose {fits} dpi or less" in str(caught.value)
    assert not (tmp_path / "big.png").exists()
    export_png(project, journey_map.id, tmp_path / "fits.png", dpi=fits)
    image = QImage(str(tmp_path / "fits.png"))
    assert max(image.width(), image.height()) <= 2_000


def test_unknown_map_and_silly_dpi_are_refused(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match="not in the project"):
        export_png(project, "nope", tmp_path / "x.png")
    with pytest.raises(ExportError, match="dpi"):
        export_png(project, project.maps[0].id, tmp_path / "x.png", dpi=0)


def test_svg_is_sized_in_points_with_the_card_titles_as_text(
    qapp, project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    journey_map = project.maps[0]
    map_layout = layout(journey_map, project)
    path = tmp_path / "map.svg"
    report = export_svg(project, journey_map.id, path)
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    width, height = root.get("width", ""), root.get("height", "")
    assert width.endswith("pt") and height.endswith("pt")
    assert float(width[:-2]) == pytest.approx(map_layout.width, abs=1e-3)
    assert float(height[:-2]) == pytest.approx(map_layout.height, abs=1e-3)
    box = [float(v) for v in root.get("viewBox", "").split()]
    assert box == pytest.approx([0, 0, map_layout.width, map_layout.height], abs=1e-3)
    assert root.findtext(f"{SVG}title") == journey_map.title
    assert project.title in (root.findtext(f"{SVG}desc") or "")
    texts = {"".join(t.itertext()) for t in root.iter(f"{SVG}text")}
    for card_box in list(map_layout.cards.values())[:25]:
        for line in card_box.title_lines:
            assert line.text in texts, line.text
    assert report.path == path and report.dpi is None


def test_svg_of_a_selection_has_its_size(qapp, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    journey_map = project.maps[0]
    card = journey_map.cards[5]
    path = tmp_path / "one.svg"
    export_svg(project, journey_map.id, path, selection={card.id})
    root = ET.parse(path).getroot()
    region = source_rect(layout(journey_map, project), {card.id})
    assert float(root.get("width", "0pt")[:-2]) == pytest.approx(region.width(), abs=1e-3)
    texts = {"".join(t.itertext()) for t in root.iter(f"{SVG}text")}
    assert any(card.title.startswith(t) for t in texts if t)


def test_copy_puts_a_picture_on_the_clipboard(qapp, project: Project) -> None:  # type: ignore[no-untyped-def]
    journey_map = project.maps[0]
    report = copy_image_to_clipboard(project, journey_map.id, {journey_map.cards[0].id}, dpi=96)
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert (image.width(), image.height()) == (report.width, report.height)


def test_the_canvas_fold_triangle_is_not_in_pictures(
    qapp, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.canvas.items import BandHeaderItem

    calls: list[object] = []
    # raising=True: if the canvas renames the method, this test says so.
    monkeypatch.setattr(BandHeaderItem, "_paint_fold_marker", lambda self, p: calls.append(p))
    export_png(project, project.maps[0].id, tmp_path / "map.png", dpi=36)
    export_svg(project, project.maps[0].id, tmp_path / "map.svg")
    assert calls == []


def test_pictures_for_slides_draw_the_map_not_the_canvas(
    qapp, project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """PNG, SVG and the clipboard draw the map's display list: no canvas scene, so no
    canvas control (collapse triangles, selection) can reach a slide, and nothing has to
    be switched off on its items first (the export used to hide the triangle by setting
    a flag on each band item)."""
    from mapstudio.ui.canvas import scene

    def no_scene(*args: object) -> None:
        raise AssertionError("a picture for slides made a canvas scene")

    monkeypatch.setattr(scene.MapScene, "__init__", no_scene)
    map_id = project.maps[0].id
    export_png(project, map_id, tmp_path / "map.png", dpi=36)
    export_svg(project, map_id, tmp_path / "map.svg")
    copy_image_to_clipboard(project, map_id, dpi=36)
    image = QImage(str(tmp_path / "map.png"))
    assert len(_colours(image)) > 20  # the map, not a blank page
