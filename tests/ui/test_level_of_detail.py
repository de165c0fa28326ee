"""Level of detail and incremental repaint on the canvas: far out, cards are drawn by
one overview item; after an edit only the changed items and grid rows are repainted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from mapstudio.edit import MoveCards, UpdateCard
from mapstudio.ui.canvas.items import CardItem, GridItem
from mapstudio.ui.canvas.scene import OVERVIEW_BELOW_ZOOM, MapScene
from mapstudio.ui.main_window import MainWindow

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _paints(item: QGraphicsItem) -> bool:
    return not bool(item.flags() & NO_CONTENTS)


def _render(scene: MapScene, source: QRectF, width: int) -> QImage:
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, image.rect().toRectF(), source)
    painter.end()
    return image


def test_far_out_the_overview_draws_the_cards(example_window: MainWindow) -> None:
    view, scene = example_window.view, example_window.scene
    assert scene.overview is not None
    view.set_zoom(1.0)
    assert scene.detailed and not scene.overview.isVisible()
    assert all(_paints(item) for item in scene.card_items.values())

    view.set_zoom(OVERVIEW_BELOW_ZOOM / 2)
    assert not scene.detailed and scene.overview.isVisible()
    assert not any(_paints(item) for item in scene.card_items.values())
    assert not any(_paints(item) for item in scene.marker_items.values())
    # Still in the scene: visible, hit-testable, selectable.
    card = next(iter(scene.card_items.values()))
    assert card.isVisible()
    assert card in scene.items(card.sceneBoundingRect().center())

    # What is rendered where a card sits is that card's fill, drawn by the overview.
    paints = scene.overview.paints
    box = card.box
    image = _render(scene, QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h), 40)
    assert scene.overview.paints > paints
    centre = QColor(image.pixel(image.width() // 2, image.height() // 2))
    assert centre.name().upper() == QColor(box.fill).name().upper()

    view.set_zoom(1.0)
    assert scene.detailed and not scene.overview.isVisible()
    assert all(_paints(item) for item in scene.card_items.values())


def test_the_selection_survives_zooming_out_and_in(example_window: MainWindow) -> None:
    view, scene = example_window.view, example_window.scene
    card = next(iter(scene.card_items.values()))
    example_window.editor.select_only([card])
    view.set_zoom(OVERVIEW_BELOW_ZOOM / 2)
    assert card.isSelected()
    view.set_zoom(1.0)
    assert card.isSelected()


def test_cards_added_while_zoomed_out_do_not_paint_themselves(
    example_window: MainWindow,
) -> None:
    view, scene = example_window.view, example_window.scene
    view.set_zoom(OVERVIEW_BELOW_ZOOM / 2)
    journey_map = example_window.current_map
    card = journey_map.cards[0]
    target = next(s.id for s in journey_map.stages if s.id != card.stage_id)
    example_window.document.execute(
        MoveCards(journey_map.id, (card.id,), card.persona_id, card.lane_id, target)
    )
    example_window.document.undo()
    scene.clear_map()  # every item made afresh, still zoomed out
    scene.show_layout(example_window.current_layout())
    assert not scene.detailed
    assert scene.card_items and not any(_paints(i) for i in scene.card_items.values())
    view.set_zoom(1.0)
    assert all(_paints(i) for i in scene.card_items.values())


def test_a_retitle_touches_a_few_items_and_not_the_whole_grid(
    example_window: MainWindow,
) -> None:
    scene = example_window.scene
    journey_map = example_window.current_map
    # The last card of a cell in the bottom row: nothing below it can move.
    card = max(journey_map.cards, key=lambda c: scene.card_items[c.id].scenePos().y())
    example_window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "Short"}))
    stats = scene.last_sync
    assert stats.kinds.get("CardItem", 0) <= 3
    assert stats.untouched > len(journey_map.cards) - 5
    grid = scene.grid
    assert grid is not None and scene.map_layout is not None
    whole = QRectF(0.0, 0.0, scene.map_layout.width, scene.map_layout.height)
    # Either the rows kept their edges (no grid repaint at all) or only the part from
    # the changed row down is repainted.
    dirty = grid.last_update
    assert dirty is None or dirty.height() < whole.height()


def test_the_grid_repaints_only_from_the_first_row_that_moved(
    example_window: MainWindow,
) -> None:
    scene = example_window.scene
    journey_map = example_window.current_map
    layout_before = scene.map_layout
    assert layout_before is not None
    # A card in the bottom lane gets a long title: its row grows, the rows above stay.
    bottom = max(journey_map.cards, key=lambda c: scene.card_items[c.id].scenePos().y())
    updates: list[QRectF] = []
    grid = scene.grid
    assert isinstance(grid, GridItem)
    original = GridItem.update

    def record(self: GridItem, *args: object) -> None:
        updates.append(QRectF(args[0]) if args else QRectF(self.boundingRect()))
        original(self, *args)  # type: ignore[arg-type]

    GridItem.update = record  # type: ignore[method-assign]
    try:
        example_window.document.execute(
            UpdateCard(journey_map.id, bottom.id, {"title": "A far longer title " * 9})
        )
    finally:
        GridItem.update = original  # type: ignore[method-assign]
    layout_after = scene.map_layout
    assert layout_after is not None and layout_after.height > layout_before.height
    assert updates, "the grid must repaint where its rows moved"
    row_top = scene.card_items[bottom.id].scenePos().y()
    assert all(rect.top() > 0.5 * row_top for rect in updates)
    assert isinstance(scene.card_items[bottom.id], CardItem)


def test_only_a_scene_shown_in_a_view_caches_card_pixels(example_window: MainWindow) -> None:
    cache = QGraphicsItem.CacheMode.DeviceCoordinateCache
    shown = example_window.scene
    assert shown.in_view
    assert all(item.cacheMode() == cache for item in shown.card_items.values())
    # A scene rendered for export (SVG, PDF preview) must keep drawing vectors.
    offscreen = MapScene()
    offscreen.show_layout(example_window.current_layout())
    assert not offscreen.in_view
    assert all(
        item.cacheMode() == QGraphicsItem.CacheMode.NoCache
        for item in offscreen.card_items.values()
    )
    assert isinstance(next(iter(offscreen.card_items.values())), CardItem)


def test_a_paint_of_the_grid_is_told_only_the_part_on_screen(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt hands an item its whole rect as the exposed one unless it asks for the real
    one: the grid was then drawn for the whole map, clipped to the whole map."""
    from mapstudio.ui.canvas import items

    view, scene = example_window.view, example_window.scene
    ml = scene.map_layout
    assert isinstance(scene.grid, GridItem) and ml is not None
    view.set_zoom(2.0)
    view.centerOn(0.0, 0.0)
    clips: list[QRectF] = []
    original = items.draw_shapes

    def record(painter: QPainter, shapes: object, *args: object, **kwargs: object) -> None:
        if shapes is ml.drawing.grid:
            clips.append(painter.clipBoundingRect())
        original(painter, shapes, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(items, "draw_shapes", record)
    view.viewport().repaint()
    assert clips, "the grid must paint what is on screen"
    on_screen = view.mapToScene(view.viewport().rect()).boundingRect()
    for rect in clips:
        assert rect.height() <= on_screen.height() + 2
        assert rect.height() < ml.height / 2


def _overview_picture(overview: object, scale: float, direct: bool) -> QImage:
    image = QImage(700, 500, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.translate(13, 7)  # whole pixels: the copy lands on the same grid
    painter.scale(scale, scale)
    if direct:
        overview._draw(painter, scale)  # type: ignore[attr-defined]
    else:
        overview.paint(painter, None, None)  # type: ignore[attr-defined]
    painter.end()
    return image


def test_the_overview_copies_its_kept_picture_pixel_for_pixel(example_window: MainWindow) -> None:
    scene = example_window.scene
    example_window.view.set_zoom(OVERVIEW_BELOW_ZOOM / 2)
    overview = scene.overview
    assert overview is not None and scene.map_layout is not None
    scale = 650 / scene.map_layout.width
    drawn = _overview_picture(overview, scale, direct=True)
    before = overview.drawings
    copied = _overview_picture(overview, scale, direct=False)
    assert overview.drawings == before + 1  # drawn once into the kept picture
    assert copied == drawn
    # Panning (the same scale, another place) and coming back to it copy, not draw.
    again = _overview_picture(overview, scale, direct=False)
    other = _overview_picture(overview, scale * 1.2, direct=False)
    back = _overview_picture(overview, scale, direct=False)
    assert again == drawn and back == drawn and other != drawn
    assert overview.drawings == before + 2
    # A new layout draws afresh: the kept pictures show the old one.
    journey_map = example_window.current_map
    card = journey_map.cards[0]
    example_window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "New"}))
    _overview_picture(overview, scale, direct=False)
    assert overview.drawings == before + 3
