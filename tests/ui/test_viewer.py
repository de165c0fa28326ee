"""The main window shows a project's maps on the canvas, drawn from the layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from ui_support import DialogRecorder

from mapstudio.edit import UpdateCard
from mapstudio.fileformat import load_project
from mapstudio.layout import FontSpec, default_measurer, layout
from mapstudio.ui.fonts import scene_font
from mapstudio.ui.main_window import MainWindow


def test_every_card_of_the_map_has_an_item_where_the_layout_puts_it(
    example_window: MainWindow,
) -> None:
    journey_map = example_window.current_map
    expected = layout(journey_map, example_window.document.project)
    scene = example_window.scene
    assert set(scene.card_items) == {card.id for card in journey_map.cards}
    for card_id, box in expected.cards.items():
        item = scene.card_items[card_id]
        assert (item.scenePos().x(), item.scenePos().y()) == pytest.approx(
            (box.rect.x, box.rect.y), abs=1e-6
        )
    markers = {p.id for p in journey_map.emotion_points}
    assert set(scene.marker_items) == markers


def test_tabs_list_the_maps_and_switch_the_canvas(example_window: MainWindow) -> None:
    project = example_window.document.project
    tabs = example_window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [m.title for m in project.maps]
    tabs.setCurrentIndex(1)
    second = project.maps[1]
    assert example_window.current_map.id == second.id
    assert set(example_window.scene.card_items) == {c.id for c in second.cards}


def test_an_edit_updates_only_the_items_that_changed(example_window: MainWindow) -> None:
    journey_map = example_window.current_map
    # The last card of a cell in the bottom row: nothing below it can move.
    card = max(
        journey_map.cards, key=lambda c: example_window.scene.card_items[c.id].scenePos().y()
    )
    before = example_window.scene.card_items[card.id]
    example_window.document.execute(
        UpdateCard(journey_map.id, card.id, {"title": card.title + " (checked)"})
    )
    stats = example_window.scene.last_sync
    assert stats.created == 0 and stats.removed == 0
    # Nothing lies below the bottom row: only that row's label and cards can change.
    assert stats.kinds.get("StageHeaderItem", 0) == 0
    assert stats.kinds.get("BandHeaderItem", 0) <= 1  # the shared band may grow
    assert stats.kinds.get("CardItem", 0) <= 3
    assert stats.untouched > len(journey_map.cards) - 5
    item = example_window.scene.card_items[card.id]
    assert item is before
    assert any("(checked)" in line.text for line in item.box.title_lines + item.box.body_lines) or (
        item.box.title_lines[-1].text.endswith("…")
    )


def test_undo_in_the_menu_names_the_action(example_window: MainWindow) -> None:
    journey_map = example_window.current_map
    card = journey_map.cards[0]
    example_window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "New title"}))
    assert example_window.act_undo.isEnabled()
    assert example_window.act_undo.text() == "&Undo Rename Card"
    assert example_window.isWindowModified()
    example_window.document.undo()
    assert not example_window.isWindowModified()
    assert example_window.document.project.maps[0].cards[0].title == card.title


def test_the_canvas_renders_the_map_not_a_blank(example_window: MainWindow) -> None:
    scene = example_window.scene
    rect = scene.map_rect()
    image = QImage(int(rect.width() / 2), int(rect.height() / 2), QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    scene.render(painter, image.rect().toRectF(), rect)
    painter.end()
    step = 7
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    # Paper, rules, sticky-note fills, text: a drawn map has many distinct colours.
    assert len(colours) > 20
    white = QColor("#FFFFFF").rgb()
    assert white in colours


def test_damaged_file_is_refused_and_the_old_project_stays(
    example_window: MainWindow, tmp_path: Path, dialogs: DialogRecorder
) -> None:
    project = example_window.document.project
    bad = tmp_path / "broken.mapstudio"
    bad.write_text('{"format": "mapstudio", "version": 1, "project": ', encoding="utf-8")
    assert not example_window.open_path(bad)
    assert example_window.document.project is project
    assert len(dialogs.shown) == 1
    assert "damaged" in dialogs.texts[0] and "Traceback" not in dialogs.texts[0]
    assert "cut off" in dialogs.texts[0] or "ends too early" in dialogs.texts[0]


def test_qt_and_the_layout_measure_text_alike(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetricsF

    measurer = default_measurer()
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    dpi = float(image.logicalDpiY())
    for style in ("regular", "bold", "italic"):
        spec = FontSpec(style, 100.0)
        metrics = QFontMetricsF(scene_font(spec, dpi), image)
        for text in ("Checkout took far too long", "Ünïcödé — déjà vu", "KPI 38 % · NPS +12"):
            ours = measurer.width(text, spec)
            qt = metrics.horizontalAdvance(text)
            assert abs(qt - ours) / ours < 0.005, (style, text, qt, ours)


def test_saving_from_the_window_writes_the_project(
    example_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "copy.mapstudio"
    journey_map = example_window.current_map
    example_window.document.execute(
        UpdateCard(journey_map.id, journey_map.cards[0].id, {"title": "Saved from the window"})
    )
    assert example_window.files.save_to(target)
    assert not example_window.document.is_dirty
    reloaded = load_project(target).project
    assert reloaded == example_window.document.project
    assert reloaded.maps[0].cards[0].title == "Saved from the window"
