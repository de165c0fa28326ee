"""Card pictures on the canvas and in pictures for slides; image files dropped or pasted
onto cards and persona bands (one undo step each)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication
from ui_support import drop_mime

from mapstudio.fileformat import load_project
from mapstudio.layout import CardBox, MapLayout, layout
from mapstudio.model import Asset, Project
from mapstudio.ui.canvas.pictures import PictureCache
from mapstudio.ui.canvas.scene import MapScene
from mapstudio.ui.image_export import render_image
from mapstudio.ui.images import image_asset
from mapstudio.ui.main_window import MainWindow

PICTURE_COLOR = QColor("#D23C28")


def _solid(width: int = 320, height: int = 200, color: QColor = PICTURE_COLOR) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(color)
    return image


def _with_picture(project: Project, asset: Asset, card_index: int = 0) -> tuple[Project, str]:
    journey = project.maps[0]
    card_id = journey.cards[card_index].id
    cards = tuple(
        c.model_copy(update={"image_asset_id": asset.id}) if c.id == card_id else c
        for c in journey.cards
    )
    journey = journey.model_copy(update={"cards": cards})
    assets = {**project.assets, asset.id: asset}
    return project.model_copy(update={"maps": (journey, *project.maps[1:]), "assets": assets}), (
        card_id
    )


def _render(scene: MapScene, map_layout: MapLayout, scale: float = 2.0) -> QImage:
    image = QImage(
        round(map_layout.width * scale),
        round(map_layout.height * scale),
        QImage.Format.Format_RGB32,
    )
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    scene.render(
        painter,
        QRectF(0, 0, image.width(), image.height()),
        QRectF(0, 0, map_layout.width, map_layout.height),
    )
    painter.end()
    return image


def _centre_of_picture(box: CardBox, scale: float) -> tuple[int, int]:
    assert box.image_rect is not None
    cx = box.rect.x + box.image_rect.x + box.image_rect.w / 2
    cy = box.rect.y + box.image_rect.y + box.image_rect.h / 2
    return round(cx * scale), round(cy * scale)


def _close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _card_center(window: MainWindow, card_id: str) -> QPointF:
    assert window.scene.map_layout is not None
    rect = window.scene.map_layout.cards[card_id].rect
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


@pytest.fixture
def example(example_path: Path) -> Project:
    return load_project(example_path).project


@pytest.fixture
def picture_file(tmp_path: Path) -> Path:
    path = tmp_path / "shelf.png"
    assert _solid(640, 400).save(str(path))
    return path


# -- painting -------------------------------------------------------------------------


def test_a_card_picture_is_painted_in_its_rect(qapp, example: Project) -> None:  # type: ignore[no-untyped-def]
    project, card_id = _with_picture(example, image_asset(_solid()))
    map_layout = layout(project.maps[0], project)
    scene = MapScene()
    scene.set_assets(project.assets)
    scene.show_layout(map_layout)
    image = _render(scene, map_layout)
    box = map_layout.cards[card_id]
    assert _close(image.pixelColor(*_centre_of_picture(box, 2.0)), PICTURE_COLOR)
    # Decoded once, however often it is painted.
    _render(scene, map_layout)
    assert scene.pictures.decoded == 1
    # Above the picture, the card's own fill.
    x, _ = _centre_of_picture(box, 2.0)
    above = round((box.rect.y + box.image_rect.y - 2) * 2.0)  # type: ignore[union-attr]
    assert not _close(image.pixelColor(x, above), PICTURE_COLOR)


def test_a_damaged_picture_paints_a_placeholder(qapp, example: Project) -> None:  # type: ignore[no-untyped-def]
    broken = Asset.from_bytes(b"\x89PNG not an image", "image/png", 300, 200)
    project, card_id = _with_picture(example, broken)
    map_layout = layout(project.maps[0], project)
    scene = MapScene()
    scene.set_assets(project.assets)
    scene.show_layout(map_layout)
    image = _render(scene, map_layout)  # must not raise
    box = map_layout.cards[card_id]
    assert box.image_rect is not None
    # The grey placeholder fill, left of the centred glyph.
    x = round((box.rect.x + box.image_rect.x + 6) * 2.0)
    y = round((box.rect.y + box.image_rect.y + box.image_rect.h / 2) * 2.0)
    assert _close(image.pixelColor(x, y), QColor("#D5D9DE"))


def test_pictures_for_slides_show_card_pictures(qapp, example: Project) -> None:  # type: ignore[no-untyped-def]
    project, card_id = _with_picture(example, image_asset(_solid()))
    image = render_image(project, project.maps[0].id, dpi=144)
    box = layout(project.maps[0], project).cards[card_id]
    assert _close(image.pixelColor(*_centre_of_picture(box, 2.0)), PICTURE_COLOR)


# -- drops and paste ----------------------------------------------------------------------


def test_an_image_file_dropped_on_a_card_becomes_its_picture(
    example_window: MainWindow, picture_file: Path
) -> None:
    window = example_window
    card = window.current_map.cards[0]
    before = window.document.project
    height = window.scene.map_layout.cards[card.id].rect.h  # type: ignore[union-attr]

    assert drop_mime(window.view, _file_mime(picture_file), _card_center(window, card.id))

    after = window.document.project
    updated = next(c for c in after.maps[0].cards if c.id == card.id)
    assert updated.image_asset_id is not None
    asset = after.assets[updated.image_asset_id]
    assert (asset.width, asset.height) == (640, 400)
    assert window.document.undo_label == "Set Card Picture"
    # The canvas shows it: the card grew by its picture, and the card is selected.
    box = window.scene.map_layout.cards[card.id]  # type: ignore[union-attr]
    assert box.image_rect is not None and box.rect.h > height
    assert window.selection.state.card_ids == (card.id,)
    window.document.undo()
    assert window.document.project == before
    window.document.redo()
    assert window.document.project == after


def test_an_image_file_dropped_on_a_band_header_becomes_the_persona_photo(
    example_window: MainWindow, picture_file: Path
) -> None:
    window = example_window
    ml = window.scene.map_layout
    assert ml is not None
    band = next(b for b in ml.bands if b.persona_id is not None)
    header = band.header_rect
    before = window.document.project
    at = QPointF(header.x + header.w / 2, header.y + header.h / 2)

    assert drop_mime(window.view, _file_mime(picture_file), at)

    persona = next(p for p in window.document.project.personas if p.id == band.persona_id)
    assert persona.photo_asset_id in window.document.project.assets
    window.document.undo()
    assert window.document.project == before


def test_an_image_dropped_on_empty_paper_is_refused(
    example_window: MainWindow, picture_file: Path
) -> None:
    window = example_window
    ml = window.scene.map_layout
    assert ml is not None
    before = window.document.project
    # The lane-label column and the shared band's header take no picture.
    label = ml.lane_labels[0].rect
    shared = next(b for b in ml.bands if b.persona_id is None).header_rect
    for at in (
        QPointF(label.x + 4, label.y + 4),
        QPointF(shared.x + shared.w / 2, shared.y + shared.h / 2),
        QPointF(ml.width + 20, ml.height + 20),
    ):
        assert not drop_mime(window.view, _file_mime(picture_file), at)
    # Not an image file: refused on a card too.
    text_file = picture_file.with_suffix(".txt")
    text_file.write_text("hello")
    card = window.current_map.cards[0]
    assert not drop_mime(window.view, _file_mime(text_file), _card_center(window, card.id))
    assert window.document.project is before


def test_image_data_dropped_on_a_card_becomes_its_picture(example_window: MainWindow) -> None:
    window = example_window
    card = window.current_map.cards[1]
    mime = QMimeData()
    mime.setImageData(_solid(200, 200))
    assert drop_mime(window.view, mime, _card_center(window, card.id))
    updated = next(c for c in window.current_map.cards if c.id == card.id)
    assert updated.image_asset_id in window.document.project.assets


def test_a_project_file_dragged_over_the_canvas_goes_to_the_window(
    example_window: MainWindow, example_copy: Path, picture_file: Path
) -> None:
    window = example_window
    mime = _file_mime(example_copy)
    local = window.view.mapFromScene(_card_center(window, window.current_map.cards[0].id))
    enter = QDragEnterEvent(
        local,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.view.dragEnterEvent(enter)
    assert not enter.isAccepted()  # the view leaves project files alone …
    window.dragEnterEvent(enter)
    assert enter.isAccepted()  # … and the window takes them
    # An image file is the view's to place, wherever it enters. (The event does not own
    # its mime data: keep a reference.)
    image_mime = _file_mime(picture_file)
    image_enter = QDragEnterEvent(
        local,
        Qt.DropAction.CopyAction,
        image_mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    image_enter.ignore()
    window.view.dragEnterEvent(image_enter)
    assert image_enter.isAccepted()


def test_paste_an_image_onto_the_selected_card(example_window: MainWindow) -> None:
    window = example_window
    card = window.current_map.cards[2]
    window.editor.select_only([window.scene.card_items[card.id]])
    mime = QMimeData()
    mime.setImageData(_solid(120, 90))
    QGuiApplication.clipboard().setMimeData(mime)
    QApplication.processEvents()
    before = window.document.project

    assert window.editor.paste()

    updated = next(c for c in window.current_map.cards if c.id == card.id)
    assert updated.image_asset_id in window.document.project.assets
    assert len(window.current_map.cards) == len(before.maps[0].cards)  # no card pasted
    window.document.undo()
    assert window.document.project == before


# -- hostile pictures (issue 12) ----------------------------------------------------------


def _damaged_jpeg() -> Asset:
    """A JPEG whose header is sound and whose pixel data stops half-way."""
    buffer = BytesIO()
    Image.effect_noise((320, 200), 60).convert("RGB").save(buffer, "JPEG")
    data = buffer.getvalue()
    return Asset.from_bytes(data[: len(data) // 2], "image/jpeg", 320, 200)


def _png_asset(width: int, height: int) -> Asset:
    buffer = BytesIO()
    Image.new("RGB", (width, height), (210, 60, 40)).save(buffer, "PNG")
    return Asset.from_bytes(buffer.getvalue(), "image/png", width, height)


def test_pictures_for_slides_name_the_card_of_a_damaged_picture(
    qapp, example: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.image_export import export_png, export_svg

    project, card_id = _with_picture(example, _damaged_jpeg())
    good, _ = _with_picture(project, image_asset(_solid()), card_index=1)
    title = next(c.title for c in good.maps[0].cards if c.id == card_id)
    for report in (
        export_png(good, good.maps[0].id, tmp_path / "map.png", dpi=72),
        export_svg(good, good.maps[0].id, tmp_path / "map.svg"),
    ):
        assert report.path is not None and report.path.exists()
        assert len(report.warnings) == 1 and title in report.warnings[0]
    # The good picture is in the SVG, embedded at print resolution.
    assert b"<image" in (tmp_path / "map.svg").read_bytes()


def test_the_window_names_the_card_of_a_damaged_picture(
    qtbot, example: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.fileformat import save_project

    project, card_id = _with_picture(example, _damaged_jpeg())
    path = tmp_path / "damaged.mapstudio"
    save_project(project, path)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(path)
    map_layout = window.scene.map_layout
    assert map_layout is not None
    _render(window.scene, map_layout, 1.0)  # paints every card: no exception
    title = next(c.title for c in window.current_map.cards if c.id == card_id)
    qtbot.waitUntil(lambda: title in window.statusBar().currentMessage(), timeout=5000)
    assert "cannot be read" in window.statusBar().currentMessage()


def test_pictures_are_decoded_at_the_size_they_are_shown(qapp, example: Project) -> None:  # type: ignore[no-untyped-def]
    big = _png_asset(4000, 2500)
    project, _ = _with_picture(example, big)
    map_layout = layout(project.maps[0], project)
    scene = MapScene()
    scene.set_assets(project.assets)
    scene.show_layout(map_layout)
    _render(scene, map_layout, 1.0)
    small = scene.pictures.image(big.id, 1)  # whatever is cached serves a smaller need
    assert small is not None and max(small.width(), small.height()) < 1000
    assert scene.pictures.decoded == 1
    # Zoomed in far, the picture is decoded again with more pixels, never beyond its own.
    _render(scene, map_layout, 16.0)
    sharp = scene.pictures.image(big.id, 1)
    assert sharp is not None and max(sharp.width(), sharp.height()) > 1000
    assert max(sharp.width(), sharp.height()) <= 4000
    assert scene.pictures.decoded == 2


def test_the_picture_cache_keeps_within_its_budget(qapp) -> None:  # type: ignore[no-untyped-def]
    assets = {}
    for shade in range(6):  # different pixels: the same ones would be one asset
        buffer = BytesIO()
        Image.new("RGB", (1000, 1000), (shade * 40, 60, 40)).save(buffer, "PNG")
        asset = Asset.from_bytes(buffer.getvalue(), "image/png", 1000, 1000)
        assets[asset.id] = asset
    cache = PictureCache(budget_bytes=3 * 1000 * 1000 * 4)
    cache.set_assets(assets)
    for asset_id in assets:
        assert cache.image(asset_id) is not None
        assert cache.bytes <= cache.budget_bytes
    # The most recently painted stay; the oldest were let go and decode again on demand.
    last = list(assets)[-1]
    decoded = cache.decoded
    assert cache.image(last) is not None and cache.decoded == decoded
    assert cache.image(next(iter(assets))) is not None and cache.decoded == decoded + 1
