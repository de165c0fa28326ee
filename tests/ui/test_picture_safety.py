"""A picture from a stranger can do no harm (issue 12, findings 2 and 3).

Only PNG and JPEG are accepted, told by their bytes, never by their name: an SVG named
.png, whose <image> names another local picture, is refused on every path a picture
comes in by (the inspector's file chooser, a drop on a card or a band, a paste, the
persona photo), and the other picture's pixels never end up in the project. A FIFO (or
a folder) as a picture costs a message, never a frozen window: those gestures run in a
process of their own with a timeout, so a regression fails here instead of hanging.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_support import drop_mime

from mapstudio.edit import Document
from mapstudio.fileformat import load_project
from mapstudio.ui.images import ImageError, image_asset_from_file, image_from_mime
from mapstudio.ui.inspector import InspectorDock
from mapstudio.ui.inspector.card_page import CardPage
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.personas_dock import PersonasDock
from mapstudio.ui.selection import SelectionModel, SelectionState

GESTURES = Path(__file__).resolve().parent / "picture_gestures.py"
GESTURE_TIMEOUT = 120  # seconds: a window starting on a busy machine, never a hang
ONLY = "Only PNG and JPEG pictures can be used."
SECRET = QColor("#01C803")

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _svg_naming(target: Path) -> str:
    """An SVG whose only content is the picture at `target`, filling it."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="64" height="64">'
        f'<image x="0" y="0" width="64" height="64" href="{target}" xlink:href="{target}"/>'
        "</svg>"
    )


@pytest.fixture
def document(example_path: Path) -> Document:
    return Document(load_project(example_path).project)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A private picture elsewhere on the disk, in a colour nothing else has."""
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(SECRET)
    path = tmp_path / "private" / "passport.png"
    path.parent.mkdir()
    assert image.save(str(path))
    return path


@pytest.fixture
def disguised_svg(tmp_path: Path, secret: Path) -> Path:
    """An SVG named .png that pulls in the secret picture when rendered."""
    path = tmp_path / "holiday.png"
    path.write_text(_svg_naming(secret), encoding="utf-8")
    return path


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    os.mkfifo(path)
    return path


def _file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def _card_centre(window: MainWindow, card_id: str) -> QPointF:
    ml = window.scene.map_layout
    assert ml is not None
    rect = ml.cards[card_id].rect
    return QPointF(rect.x + rect.w / 2, rect.y + rect.h / 2)


def _no_secret_in(document: Document) -> None:
    """No embedded picture shows the secret picture's colour."""
    for asset in document.project.assets.values():
        image = QImage.fromData(QByteArray(asset.data), "PNG" if "png" in asset.mime else "JPG")
        colours = {image.pixelColor(x, y).name() for x in (5, 30) for y in (5, 30)}
        assert SECRET.name() not in colours


# -- an SVG named .png ----------------------------------------------------------------


def test_the_file_functions_refuse_an_svg_by_its_content(disguised_svg: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImageError, match=ONLY):
        image_asset_from_file(disguised_svg)


def test_an_svg_chosen_for_a_card_is_refused(
    qtbot, document: Document, disguised_svg: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    journey_map = document.project.maps[0]
    card = journey_map.cards[0]
    selection = SelectionModel()
    dock = InspectorDock(document, selection)
    qtbot.addWidget(dock)
    selection.set_state(SelectionState(map_id=journey_map.id, card_ids=(card.id,)))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(disguised_svg), ""))
    )
    before = document.project
    page = dock.findChild(CardPage)
    assert page is not None
    page._choose_picture()
    assert document.project is before
    assert ONLY in dock.status.text() and "holiday.png" in dock.status.text()
    _no_secret_in(document)


def test_an_svg_dropped_on_a_card_or_a_band_is_refused(
    example_window: MainWindow, disguised_svg: Path
) -> None:
    window = example_window
    messages: list[str] = []
    window.editor.message.connect(messages.append)
    before = window.document.project
    card = window.current_map.cards[0]
    assert not drop_mime(window.view, _file_mime(disguised_svg), _card_centre(window, card.id))
    ml = window.scene.map_layout
    assert ml is not None
    band = next(b for b in ml.bands if b.persona_id is not None).header_rect
    at = QPointF(band.x + band.w / 2, band.y + band.h / 2)
    assert not drop_mime(window.view, _file_mime(disguised_svg), at)
    assert window.document.project is before
    shown = [m for m in messages if m]  # an empty one clears the status bar
    assert shown and all(ONLY in m for m in shown)


def test_an_svg_pasted_onto_a_card_is_refused(
    example_window: MainWindow, disguised_svg: Path
) -> None:
    window = example_window
    messages: list[str] = []
    window.editor.message.connect(messages.append)
    card = window.current_map.cards[0]
    window.editor.select_only([window.scene.card_items[card.id]])
    before = window.document.project
    QGuiApplication.clipboard().setMimeData(_file_mime(disguised_svg))
    QApplication.processEvents()
    assert not window.editor.paste()
    assert window.document.project is before
    assert any(ONLY in m for m in messages)
    _no_secret_in(window.document)


def test_svg_data_offered_as_png_is_refused(qapp, secret: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setData("image/png", _svg_naming(secret).encode())
    mime.setData("image/svg+xml", _svg_naming(secret).encode())
    with pytest.raises(ImageError, match=ONLY):
        image_from_mime(mime)


def test_png_data_from_another_program_is_used(qapp) -> None:  # type: ignore[no-untyped-def]
    # Another program offers encoded bytes (here: PNG bytes under a JPEG name, and an
    # SVG beside them): the bytes decide, and the SVG is never looked at.
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3A6EA5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    mime = QMimeData()
    mime.setData("image/svg+xml", b"<svg/>")
    mime.setData("image/jpeg", data)
    asset = image_from_mime(mime)
    assert asset is not None and (asset.width, asset.height) == (40, 30)


def test_an_svg_as_persona_photo_is_refused(qtbot, document: Document, disguised_svg: Path) -> None:  # type: ignore[no-untyped-def]
    dock = PersonasDock(document, SelectionModel(), lambda: document.project.maps[0].id)
    qtbot.addWidget(dock)
    before = document.project
    persona = before.personas[0]
    assert not dock.set_photo_from_file(persona.id, disguised_svg)
    assert ONLY in dock.status.text()
    assert document.project is before
    dock.dispose()


def test_other_formats_are_refused_whatever_their_name(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    picture = Image.new("RGB", (20, 20), (18, 52, 86))
    for fmt, name in (("BMP", "a.png"), ("GIF", "b.jpg"), ("WEBP", "c.jpeg"), ("GIF", "d.gif")):
        path = tmp_path / name
        picture.save(path, fmt)
        with pytest.raises(ImageError, match=ONLY):
            image_asset_from_file(path)
    # A real PNG with no extension, or a misleading one, is a PNG.
    for name in ("scan", "scan.gif"):
        path = tmp_path / name
        picture.save(path, "PNG")
        assert image_asset_from_file(path).width == 20


# -- FIFOs and folders, in a process of their own ---------------------------------------


def _gesture(gesture: str, project: Path, picture: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(GESTURES), gesture, str(project), str(picture)],
        capture_output=True,
        text=True,
        timeout=GESTURE_TIMEOUT,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@needs_fifo
@pytest.mark.parametrize(
    "gesture",
    [
        "drop-card",
        "drop-band",
        "paste-card",
        "inspector-choose",
        "inspector-paste",
        "persona-photo",
    ],
)
def test_a_fifo_as_a_picture_costs_a_message(gesture: str, example_copy: Path, fifo: Path) -> None:
    report = _gesture(gesture, example_copy, fifo)
    assert not report["changed"]
    assert report["result"] in (False, None)
    assert any("photo.png" in m and "not a file" in m for m in report["messages"]), report


@needs_fifo
def test_an_svg_whose_image_is_a_fifo_is_refused_without_waiting(
    example_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "pipe"
    os.mkfifo(target)
    svg = tmp_path / "poster.png"
    svg.write_text(_svg_naming(target), encoding="utf-8")
    report = _gesture("drop-card", example_copy, svg)
    assert not report["changed"]
    assert any(ONLY in m for m in report["messages"]), report


def test_a_folder_as_a_picture_costs_a_message(example_copy: Path, tmp_path: Path) -> None:
    folder = tmp_path / "album.png"
    folder.mkdir()
    report = _gesture("inspector-choose", example_copy, folder)
    assert not report["changed"]
    assert any("album.png" in m and "not a file" in m for m in report["messages"]), report


def test_a_real_picture_still_goes_on_a_card(qapp, example_copy: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3A6EA5"))
    path = tmp_path / "shelf"  # no extension: the content says PNG
    assert image.save(str(path), "PNG")
    report = _gesture("drop-card", example_copy, path)
    assert report["result"] is True and report["changed"]
    assert report["assets_after"] == report["assets_before"] + 1


# -- persona photos in lists and the inspector ------------------------------------------


def test_persona_avatars_decode_small_and_only_png_or_jpeg(qapp, secret: Path) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui import icons

    big = QImage(4000, 3000, QImage.Format.Format_RGB32)
    big.fill(QColor("#3A6EA5"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert big.save(buffer, "PNG")
    buffer.close()
    decoded = icons._decoded(bytes(data.data()))
    assert max(decoded.width(), decoded.height()) <= icons.AVATAR_DECODE_SIDE
    # Bytes that are really SVG never reach an SVG renderer: initials instead.
    assert icons._decoded(_svg_naming(secret).encode()).isNull()
    assert not icons.avatar_pixmap("Maya", "#4C78A8", _svg_naming(secret).encode(), 40).isNull()
