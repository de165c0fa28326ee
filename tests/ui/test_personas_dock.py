"""The Personas dock edits the persona library and the map's bands through commands."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from ui_support import DialogRecorder

from mapstudio.edit import AddBand, Document
from mapstudio.fileformat import load_project
from mapstudio.model import PERSONA_COLORS, JourneyMap, Persona, find_persona
from mapstudio.ui.icons import avatar_pixmap
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.personas_dock import PERSONA_MIME, PersonasDock, persona_mime_data
from mapstudio.ui.selection import SelectionModel, SelectionState

MAYA = "persona-maya"
GEORGE = "persona-george"


@pytest.fixture
def document(example_path: Path) -> Document:
    return Document(load_project(example_path).project)


@pytest.fixture
def selection() -> SelectionModel:
    return SelectionModel()


@pytest.fixture
def dock(qtbot: QtBot, document: Document, selection: SelectionModel) -> Iterator[PersonasDock]:
    map_id = document.project.maps[0].id
    widget = PersonasDock(document, selection, lambda: map_id)
    qtbot.addWidget(widget)
    widget.resize(340, 820)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.dispose()


def current_map(document: Document) -> JourneyMap:
    return document.project.maps[0]


def persona(document: Document, persona_id: str) -> Persona:
    return find_persona(document.project, persona_id)


def type_and_enter(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_list_shows_the_library_and_what_is_on_the_map(
    dock: PersonasDock, document: Document
) -> None:
    names = [dock.list.item(i).text() for i in range(dock.list.count())]
    assert names == [p.name for p in document.project.personas]
    assert all(dock.list.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(2))
    assert dock.current_persona_id() == MAYA
    assert dock.editor.name_edit.text() == "Maya Okafor"
    assert dock.band_button.text() == "Remove from map"


def test_the_list_shows_each_avatar_painted_at_the_size_it_is_shown(
    dock: PersonasDock, document: Document
) -> None:
    # Painted for the list's size, not scaled from another: initials stay crisp.
    size = dock.list.iconSize()
    for i, shown in enumerate(document.project.personas):
        icon = dock.list.item(i).icon()
        assert size in icon.availableSizes()
        drawn = icon.pixmap(size).toImage()
        expected = avatar_pixmap(shown.name, shown.color, None, size.width()).toImage()
        assert drawn.convertToFormat(expected.format()) == expected


def test_add_persona_takes_the_next_name_and_colour_in_one_step(
    qtbot: QtBot, dock: PersonasDock, document: Document
) -> None:
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    added = document.project.personas[-1]
    assert added.name == "Persona 3"
    used = {MAYA: persona(document, MAYA).color, GEORGE: persona(document, GEORGE).color}
    assert added.color == next(c for c in PERSONA_COLORS if c not in used.values())
    assert document.undo_labels == ("Add Persona",)
    assert dock.current_persona_id() == added.id
    assert dock.editor.name_edit.text() == "Persona 3"
    assert added.id not in current_map(document).bands  # the library, not the map
    document.undo()
    assert [p.id for p in document.project.personas] == [MAYA, GEORGE]
    assert dock.list.count() == 2


def test_edit_name_lists_and_colour(qtbot: QtBot, dock: PersonasDock, document: Document) -> None:
    dock.select_persona(GEORGE)
    editor = dock.editor
    type_and_enter(qtbot, editor.name_edit, "George W.")
    assert persona(document, GEORGE).name == "George W."
    assert document.undo_label == "Rename Persona"
    assert dock.list.item(1).text() == "George W."

    editor.goals_edit.setFocus()
    editor.goals_edit.selectAll()
    qtbot.keyClicks(editor.goals_edit, "Find a sofa")
    qtbot.keyClick(editor.goals_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.goals_edit, "  ")
    qtbot.keyClick(editor.goals_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.goals_edit, "Pay by invoice")
    editor.goals_edit.clearFocus()
    assert persona(document, GEORGE).goals == ("Find a sofa", "Pay by invoice")

    editor.color_button.swatches[5].click()
    assert persona(document, GEORGE).color == PERSONA_COLORS[5]
    assert len(document.undo_labels) == 3


def test_an_empty_name_is_refused(qtbot: QtBot, dock: PersonasDock, document: Document) -> None:
    type_and_enter(qtbot, dock.editor.name_edit, "   ")
    assert persona(document, MAYA).name == "Maya Okafor"
    assert dock.status.isVisible()
    assert dock.editor.name_edit.text() == "Maya Okafor"


def test_delete_asks_and_only_deletes_on_yes(
    qtbot: QtBot, dock: PersonasDock, document: Document, dialogs: DialogRecorder
) -> None:
    dock.select_persona(GEORGE)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert persona(document, GEORGE)
    assert "George Whitfield" in dialogs.texts[-1]
    assert "card" in dialogs.texts[-1]

    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert [p.id for p in document.project.personas] == [MAYA]
    assert all(GEORGE not in m.bands for m in document.project.maps)
    assert document.undo_labels == ("Delete Persona",)
    document.undo()
    assert GEORGE in current_map(document).bands


def test_add_to_map_and_remove_from_map(
    qtbot: QtBot, dock: PersonasDock, document: Document, dialogs: DialogRecorder
) -> None:
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    new_id = document.project.personas[-1].id
    assert dock.band_button.text() == "Add to map"
    qtbot.mouseClick(dock.band_button, Qt.MouseButton.LeftButton)
    assert current_map(document).bands[-1] == new_id
    assert document.undo_label == "Add Persona to Map"
    assert dock.band_button.text() == "Remove from map"

    # No cards on the map yet: removed without a question.
    asked = len(dialogs.texts)
    qtbot.mouseClick(dock.band_button, Qt.MouseButton.LeftButton)
    assert new_id not in current_map(document).bands
    assert len(dialogs.texts) == asked

    # Maya has cards: the dock asks first.
    dock.select_persona(MAYA)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    qtbot.mouseClick(dock.band_button, Qt.MouseButton.LeftButton)
    assert MAYA in current_map(document).bands
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dock.band_button, Qt.MouseButton.LeftButton)
    assert MAYA not in current_map(document).bands
    assert not any(c.persona_id == MAYA for c in current_map(document).cards)
    assert persona(document, MAYA)  # still in the library


def test_a_photo_is_embedded_downscaled_in_one_step(
    qtbot: QtBot,
    dock: PersonasDock,
    document: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = QImage(1600, 1200, QImage.Format.Format_RGB32)
    source.fill(QColor("#3A6EA5"))
    path = tmp_path / "maya.png"
    assert source.save(str(path), "PNG")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kw: (str(path), ""))
    )
    qtbot.mouseClick(dock.editor.photo_button, Qt.MouseButton.LeftButton)

    asset_id = persona(document, MAYA).photo_asset_id
    assert asset_id is not None
    asset = document.project.assets[asset_id]
    assert max(asset.width, asset.height) <= 512
    assert (asset.width, asset.height) == (512, 384)
    assert asset.mime in ("image/png", "image/jpeg")
    assert asset.sha256 == hashlib.sha256(asset.data).hexdigest()
    decoded = QImage.fromData(QByteArray(asset.data))
    assert (decoded.width(), decoded.height()) == (512, 384)
    assert document.undo_labels == ("Set Persona Photo",)
    assert dock.editor.remove_photo_button.isEnabled()

    document.undo()
    assert persona(document, MAYA).photo_asset_id is None
    assert document.project.assets == {}
    document.redo()

    qtbot.mouseClick(dock.editor.remove_photo_button, Qt.MouseButton.LeftButton)
    assert persona(document, MAYA).photo_asset_id is None
    assert document.project.assets == {}  # no image left behind unused
    assert document.undo_label == "Remove Persona Photo"


def test_a_file_that_is_not_an_image_is_refused_in_words(
    dock: PersonasDock, document: Document, tmp_path: Path
) -> None:
    path = tmp_path / "notes.png"
    path.write_text("not an image")
    assert not dock.set_photo_from_file(MAYA, path)
    assert dock.status.isVisible() and "notes.png" in dock.status.text()
    assert document.project.assets == {}
    assert not document.can_undo


def test_drag_data_and_double_click(qtbot: QtBot, dock: PersonasDock, document: Document) -> None:
    mime = persona_mime_data(persona(document, GEORGE))
    assert bytes(mime.data(PERSONA_MIME).data()).decode() == GEORGE
    assert dock.list.mimeTypes() == [PERSONA_MIME]
    assert dock.list.dragEnabled()

    rect = dock.list.visualItemRect(dock.list.item(1))
    with qtbot.waitSignal(dock.persona_activated) as signal:
        # A real double-click starts with a press: the view needs it to accept the second.
        qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [GEORGE]


def test_the_list_follows_undo_and_the_canvas_selection(
    dock: PersonasDock, document: Document, selection: SelectionModel
) -> None:
    map_id = current_map(document).id
    selection.set_state(SelectionState(map_id=map_id, persona_ids=(GEORGE,)))
    assert dock.current_persona_id() == GEORGE
    dock.remove_from_map(GEORGE)  # the dialogs fixture answers; Discard is not Yes
    assert GEORGE in current_map(document).bands
    document.execute(AddBand(map_id, dock.add_persona() or ""))
    assert dock.list.count() == 3
    document.undo()
    document.undo()
    assert dock.list.count() == 2


def test_the_dock_is_named_for_the_window_state(dock: PersonasDock) -> None:
    assert dock.objectName() == "personas"
    assert dock.windowTitle() == "Personas"


def test_mary_ann_smith_has_the_same_initials_in_the_dock_and_on_the_canvas(
    qtbot: QtBot, example_window: MainWindow
) -> None:
    """One initials rule (the model's): first and last name, "MS", in the Personas
    panel's avatar and on the canvas's band header, which the PDF shares."""
    dock = example_window.personas
    dock.focus_persona(MAYA)
    type_and_enter(qtbot, dock.editor.name_edit, "Mary Ann Smith")
    persona_now = persona(example_window.document, MAYA)
    assert persona_now.name == "Mary Ann Smith"
    color = persona_now.color

    def avatar(name: str) -> QImage:
        return avatar_pixmap(name, color, None, 64).toImage()

    # The dock draws the avatar of a name: the same picture as "MS", not as "MA".
    assert avatar("Mary Ann Smith") == avatar("Mary Smith")
    assert avatar("Mary Ann Smith") != avatar("Mary Ann")
    band = example_window.scene.band_items[MAYA]
    assert [line.text for line in band.box.avatar_lines] == ["MS"]
