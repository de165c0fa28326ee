"""File ▸ Import Workshop Photos…: the review dialog and its model, offscreen.

Two overlapping synthetic photos of the service-blueprint template (a real export, with
notes stuck in its cells; tests/photo/synth.py) are analysed once; each test reviews
them: a note moved to another cell (combo and drag), one dropped, a missed one drawn,
titles typed; confirming adds the cards in their cells in one undo step, Cancel adds
nothing, photos of no poster get a plain message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtWidgets import QDialog, QPushButton
from ui_support import send_mouse

from mapstudio.layout import Rect
from mapstudio.model import CellKey, Project
from mapstudio.resources import as_file, resource
from mapstudio.ui.images import decode_picture
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.photo_review import (
    PhotoReviewDialog,
    ReviewModel,
    add_reviewed,
    import_workshop_photos,
)

synth = pytest.importorskip("photo.synth")  # tests/photo: the synthetic wall photos


@dataclass(frozen=True)
class Walls:
    project: Project
    paths: tuple[Path, Path]
    truth: tuple  # the notes as stuck, with their true cells
    found: object  # the PhotoImport of both photos


@pytest.fixture(scope="module")
def walls(tmp_path_factory: pytest.TempPathFactory) -> Walls:
    if not synth.pdftoppm_available():
        pytest.skip("poppler's pdftoppm is not installed")
    from mapstudio.fileformat import load_project
    from mapstudio.photo import analyse_photos

    with as_file(resource("templates", "service-blueprint.mapstudio")) as path:
        project = load_project(path).project
    poster = synth.render_poster(project, "blueprint", 75, page="A1", template=True)
    rng = np.random.default_rng(11)
    wall = synth.stick_notes(poster, rng, 10)
    w, h = poster.plan.trim_w, poster.plan.trim_h
    folder = tmp_path_factory.mktemp("wall")
    paths = []
    # Two overlapping halves, as a designer photographs a wide wall.
    for number, view in enumerate((Rect(0, 0, 0.62 * w, h), Rect(0.38 * w, 0, 0.62 * w, h))):
        shot = synth.Shot(view, 10 if number else -10, 5, 3, (2250, 3000))
        path = folder / f"wall-{number + 1}.jpg"
        path.write_bytes(synth.photograph(wall, shot, rng, 85))
        paths.append(path)
    found = analyse_photos(project, None, paths, ocr=False)
    assert len(found.notes) == len(wall.notes)  # the core's job; checked here as a premise
    return Walls(project, (paths[0], paths[1]), wall.notes, found)


@pytest.fixture
def window(qtbot, walls: Walls) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    window.start_new_project(walls.project)
    window.resize(1300, 850)
    window.show()
    qtbot.waitExposed(window)
    yield window


def _dialog(qtbot, walls: Walls, parent: MainWindow | None = None) -> PhotoReviewDialog:  # type: ignore[no-untyped-def]
    images = [decode_picture(p.read_bytes()) for p in walls.paths]
    dialog = PhotoReviewDialog(walls.found, images, parent)  # type: ignore[arg-type]
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _other_cell(found, cell: CellKey) -> CellKey:  # type: ignore[no-untyped-def]
    return next(key for key, _rect, _label in found.cells if key != cell)


def _cards(window: MainWindow) -> list:
    return list(window.current_map.cards)


# -- the model ------------------------------------------------------------------------


def test_the_model_turns_moves_drops_drawings_and_titles_into_decisions(walls: Walls) -> None:
    found = walls.found
    model = ReviewModel.of(found)  # type: ignore[arg-type]
    assert [n.id for n in model.notes if n.uncertain] == [
        n.id for n in model.notes[: len([m for m in model.notes if m.uncertain])]
    ], "uncertain notes come first"
    moved, dropped, titled = model.notes[0], model.notes[1], model.notes[2]
    target = _other_cell(found, moved.cell)
    model.move_to_cell(moved.id, target)
    model.set_dropped(dropped.id, True)
    model.set_title(titled.id, "  Slow checkout ")
    # A missed note drawn as a box round an empty spot of a cell on the first photo.
    view = found.photos[0]
    key, rect, _label = next(
        (k, r, lab)
        for k, r, lab in found.cells
        if all(
            0 < c < lim
            for c, lim in zip(view.to_photo(r.x, r.y), (view.width, view.height), strict=True)
        )
        and all(
            0 < c < lim
            for c, lim in zip(
                view.to_photo(r.right, r.bottom), (view.width, view.height), strict=True
            )
        )
    )
    cx, cy = view.to_photo(rect.center.x, rect.center.y)
    drawn = model.add(
        0,
        ((cx - 30, cy - 30), (cx + 30, cy - 30), (cx + 30, cy + 30), (cx - 30, cy + 30)),
        b"\x89PNG",
        (8, 8),
    )
    assert drawn.cell == key and drawn.added and not drawn.uncertain

    decisions = model.decisions()
    assert len(decisions) == len(found.notes)  # one dropped, one drawn
    by_picture = {d.picture: d for d in decisions}
    assert by_picture[moved.picture].cell == target
    assert dropped.picture not in by_picture
    assert by_picture[titled.picture].title == "Slow checkout"
    assert by_picture[b"\x89PNG"].cell == key
    assert model.summary() == (len(found.notes), 1, 0)


def test_dragging_a_note_on_the_photo_gives_it_the_cell_under_it(walls: Walls) -> None:
    found = walls.found
    model = ReviewModel.of(found)  # type: ignore[arg-type]
    note = model.notes[0]
    view = found.photos[note.photo]
    target = _other_cell(found, note.cell)
    rect = next(r for k, r, _ in found.cells if k == target)
    # Drag its centre, on its photo, onto the centre of the other cell.
    cx, cy = model.centre_on(note, note.photo)
    tx, ty = view.to_photo(rect.center.x, rect.center.y)
    model.drag(note.id, note.photo, tx - cx, ty - cy)
    assert note.cell == target and not note.uncertain
    assert found.cell_at(note.poster_rect.center.x, note.poster_rect.center.y) == target
    # Dragged off the poster: no cell, so no card, and the review says so.
    model.drag(note.id, note.photo, -view.width, 0)
    assert note.cell is None and note.uncertain
    assert all(d.picture != note.picture for d in model.decisions())


# -- the dialog -----------------------------------------------------------------------


def test_the_dialog_outlines_every_note_and_lists_it_with_its_cell(qtbot, walls: Walls) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, walls)
    found = walls.found
    assert dialog.list.count() == len(found.notes)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    for note in found.notes:
        assert any(found.cell_label(note.cell) in text for text in texts)
    # Every note is outlined on one photo or the other, labelled with its number.
    outlined: set[str] = set()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        outlined |= set(dialog.canvas.outlines)
        for outline in dialog.canvas.outlines.values():
            assert outline.tag.text.split(" ")[0].isdigit()
    assert outlined == {n.id for n in found.notes}


def test_an_uncertain_note_is_dashed_and_marked_not_only_coloured(qtbot, walls: Walls) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, walls)
    note = dialog.model.notes[3]
    dialog.list.setCurrentRow(1)  # another note is selected: this one is drawn plainly
    dialog.model.move_to_cell(note.id, None)
    dialog._note_changed(note)
    item = dialog.canvas.outlines.get(note.id)
    if item is None:
        dialog.tabs.setCurrentIndex(1 - dialog.current_photo)
        item = dialog.canvas.outlines[note.id]
    assert item.pen().style() == Qt.PenStyle.DashLine
    assert "?" in item.tag.text
    assert "?" in dialog._item(note.id).text()


def test_keyboard_review_then_confirm_adds_the_cards_in_one_undo_step(
    qtbot, walls: Walls, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    found = walls.found
    before = len(_cards(window))
    dialog = _dialog(qtbot, walls, window)
    dialog.list.setFocus()
    # First note: move it with the cell combo, by keyboard.
    dialog.list.setCurrentRow(0)
    first = dialog.current_note()
    assert first is not None
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)
    assert dialog.title_edit.hasFocus()
    qtbot.keyClicks(dialog.title_edit, "Lost password")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
    assert dialog.cell_combo.hasFocus()
    old_index = dialog.cell_combo.currentIndex()
    qtbot.keyClick(dialog.cell_combo, Qt.Key.Key_Down)
    moved_to = dialog.cell_combo.itemData(dialog.cell_combo.currentIndex())
    assert dialog.cell_combo.currentIndex() != old_index
    assert first.cell == moved_to
    # Enter in a title goes on to the next note's title (it never confirms the dialog).
    qtbot.keyClick(dialog.cell_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.title_edit.hasFocus()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.list.currentRow() == 1
    assert dialog.title_edit.hasFocus()
    # Ctrl+Page Down shows the other photo.
    shown = dialog.current_photo
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.current_photo == 1 - shown
    # Second note: Delete in the list drops it.
    second = dialog.current_note()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert second is not None and second.dropped
    assert "Dropped" in dialog.list.item(1).text()
    assert dialog.isVisible(), "Delete dropped a note, it did not close the dialog"
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted

    assert add_reviewed(window, dialog.model, 2)
    cards = _cards(window)
    assert len(cards) == before + len(found.notes) - 1
    new = cards[before:]
    titled = next(c for c in new if c.title == "Lost password")
    assert (titled.persona_id, titled.lane_id, titled.stage_id) == moved_to
    assert all(c.image_asset_id in window.document.project.assets for c in new)
    assert window.statusBar().currentMessage() == f"Added {len(new)} cards from 2 photos"
    window.document.undo()
    assert len(_cards(window)) == before
    window.document.redo()
    assert len(_cards(window)) == before + len(new)


def test_drag_an_outline_and_draw_a_missed_note_with_the_mouse(qtbot, walls: Walls) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, walls)
    found = walls.found
    canvas = dialog.canvas
    photo = dialog.current_photo
    view = found.photos[photo]
    note_id = next(iter(canvas.outlines))
    note = dialog.model.note(note_id)
    target = _other_cell(found, note.cell)
    rect = next(r for k, r, _ in found.cells if k == target)
    start = QPointF(*dialog.model.centre_on(note, photo))
    end = QPointF(*view.to_photo(rect.center.x, rect.center.y))
    # The outline is under the pointer: it takes the press, follows, and lands.
    send_mouse(canvas, QEvent.Type.MouseButtonPress, start)
    send_mouse(canvas, QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.NoButton)
    send_mouse(canvas, QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)
    assert note.cell == target
    assert dialog.current_note() is note
    assert dialog.cell_combo.itemData(dialog.cell_combo.currentIndex()) == target

    # Draw Missed Note, then a box round the middle of a cell.
    count = dialog.list.count()
    other = next(
        r
        for k, r, _ in found.cells
        if k != target
        and k != note.cell
        and 0 < view.to_photo(r.center.x, r.center.y)[0] < view.width
    )
    cx, cy = view.to_photo(other.center.x, other.center.y)
    dialog.draw_button.setChecked(True)
    send_mouse(canvas, QEvent.Type.MouseButtonPress, QPointF(cx - 40, cy - 40))
    send_mouse(canvas, QEvent.Type.MouseMove, QPointF(cx + 40, cy + 40), Qt.MouseButton.NoButton)
    send_mouse(
        canvas,
        QEvent.Type.MouseButtonRelease,
        QPointF(cx + 40, cy + 40),
        buttons=Qt.MouseButton.NoButton,
    )
    assert dialog.list.count() == count + 1
    drawn = dialog.current_note()
    assert drawn is not None and drawn.added
    assert drawn.cell == found.cell_at(other.center.x, other.center.y)
    assert drawn.picture.startswith(b"\x89PNG")
    assert not dialog.draw_button.isChecked()  # one box, then back to moving
    assert dialog.title_edit.hasFocus()  # ready for its title


def _when_review_shows(window: MainWindow, act) -> list[PhotoReviewDialog]:  # type: ignore[no-untyped-def]
    """Run `act` on the review dialog once its modal loop shows it."""
    seen: list[PhotoReviewDialog] = []
    deadline = [400]  # polls (20 s); a test that never shows the review stops polling

    def poll() -> None:
        try:
            shown = [w for w in window.findChildren(PhotoReviewDialog) if w.isVisible()]
        except RuntimeError:  # the window is gone: its test is over
            return
        if shown:
            seen.append(shown[0])
            act(shown[0])
        elif deadline[0] > 0 and window.isVisible():
            deadline[0] -= 1
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def test_import_through_the_menu_action_and_cancel_adds_nothing(
    qtbot, walls: Walls, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import mapstudio.ui.photo_review as review

    monkeypatch.setattr(review, "ask_photos", lambda parent: list(walls.paths))
    before = window.document.project
    seen = _when_review_shows(window, lambda dialog: dialog.reject())
    window.act_import_photos.trigger()  # type: ignore[attr-defined]
    assert seen, "the review dialog was not shown"
    assert window.document.project is before
    assert "nothing was added" in window.statusBar().currentMessage()

    seen = _when_review_shows(window, lambda dialog: dialog.accept())
    window.act_import_photos.trigger()  # type: ignore[attr-defined]
    assert seen
    assert window.document.undo_label == "Import Workshop Photos"
    assert len(_cards(window)) == len(before.maps[0].cards) + len(walls.found.notes)
    window.document.undo()
    assert window.document.project == before


def test_a_photo_of_no_poster_gets_a_plain_message_and_adds_nothing(
    qtbot, window: MainWindow, tmp_path: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    photo = tmp_path / "holiday.png"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#88AACC"))
    assert image.save(str(photo))
    before = window.document.project
    assert not import_workshop_photos(window, [photo])
    assert window.document.project is before
    assert dialogs.texts == ["Nothing was added."]
    box = dialogs.shown[0]
    assert "no poster markers found" in box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText


FIFO_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QMessageBox
from mapstudio.ui.app import create_application
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.photo_review import import_workshop_photos

app = create_application([])
shown = []
QMessageBox.exec = lambda box: shown.append(box.informativeText()) or 0
window = MainWindow()
before = window.document.project
added = import_workshop_photos(window, [Path(sys.argv[1])])
print(added, window.document.project is before, repr(shown))
window.document.mark_clean()
"""


def test_a_fifo_chosen_as_a_photo_is_refused_without_hanging(tmp_path: Path) -> None:
    """A FIFO never blocks the import: the photos pass the picture gate (regular files,
    a size and a time cap). Run in a child process with a timeout, so a regression
    fails here instead of hanging the suite."""
    import os
    import subprocess
    import sys

    fifo = tmp_path / "wall.jpg"
    os.mkfifo(fifo)
    script = tmp_path / "fifo_import.py"
    script.write_text(FIFO_SCRIPT)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(script), str(fifo)],
        capture_output=True,
        text=True,
        timeout=90,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    added, unchanged, shown = done.stdout.strip().split(" ", 2)
    assert (added, unchanged) == ("False", "True")
    assert "wall.jpg" in shown and "not a file" in shown


def test_cancel_in_the_progress_dialog_stops_the_analysis_and_adds_nothing(
    qtbot, walls: Walls, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.photo_review import PhotoProgress

    before = window.document.project
    pressed: list[bool] = []

    def press_cancel() -> None:
        shown = [w for w in window.findChildren(PhotoProgress) if w.isVisible()]
        if shown:
            pressed.append(True)
            button = next(b for b in shown[0].findChildren(QPushButton) if b.text() == "Cancel")
            button.click()
        else:
            QTimer.singleShot(20, press_cancel)

    QTimer.singleShot(20, press_cancel)
    # Were Cancel ignored, the review would open: it is closed at once (a failure here,
    # not a test that waits for ever).
    reviewed = _when_review_shows(window, lambda dialog: dialog.reject())
    assert not import_workshop_photos(window, list(walls.paths))
    assert pressed, "the progress dialog was not shown"
    assert reviewed == [], "the analysis went on after Cancel"
    assert window.document.project is before
    assert window.statusBar().currentMessage() == "Photo import cancelled; nothing was changed."


def _tag_rects(dialog: PhotoReviewDialog) -> dict[str, object]:
    """Each shown tag's box on the screen (viewport pixels)."""
    canvas = dialog.canvas
    to_screen = canvas.viewportTransform()
    return {
        note_id: item.tag.deviceTransform(to_screen).mapRect(item.tag.boundingRect())
        for note_id, item in canvas.outlines.items()
    }


def test_tags_never_cover_one_another_or_another_note(qtbot, walls: Walls) -> None:  # type: ignore[no-untyped-def]
    """With the whole photo in view the notes of neighbouring cells are close on screen:
    a tag whose words would cover another tag or note stands below its note, or shows
    the note's number alone (the selected note always shows its cell). Zoomed in, the
    words come back."""
    dialog = _dialog(qtbot, walls)
    dialog.resize(820, 560)  # a small window: the photo is small on screen
    dialog.canvas.fit()
    qtbot.wait(50)
    canvas = dialog.canvas
    # Two notes side by side, as in neighbouring cells: their tags' words would overlap.
    photo = dialog.current_photo
    current = dialog.current_note()
    shown = [n for n in dialog.model.notes if n.id in canvas.outlines and n is not current]
    first, second = shown[0], shown[1]
    a = dialog.model.outline_on(first, photo)
    b = dialog.model.outline_on(second, photo)
    assert a is not None and b is not None
    width = max(p[0] for p in a) - min(p[0] for p in a)
    dialog.model.drag(
        second.id,
        photo,
        min(p[0] for p in a) + 1.3 * width - min(p[0] for p in b),
        min(p[1] for p in a) - min(p[1] for p in b),
    )
    dialog._refresh_outlines()
    rects = _tag_rects(dialog)
    assert len(rects) >= 4
    notes = {
        note_id: canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()
        for note_id, item in canvas.outlines.items()
    }
    ids = list(rects)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            assert not rects[a].intersects(rects[b]), (a, b)
    compacted = [item for item in canvas.outlines.values() if item.tag.text != item.tag.full_text]
    for note_id, rect in rects.items():
        tag = canvas.outlines[note_id].tag
        if tag.text == tag.full_text:  # a tag with its words covers no other note
            assert not any(rect.intersects(notes[o]) for o in notes if o != note_id), note_id
    current = dialog.current_note()
    if current is not None and current.id in canvas.outlines:
        tag = canvas.outlines[current.id].tag
        assert tag.text == tag.full_text
    for item in compacted:
        assert item.tag.text.split(" ")[0].isdigit()
    # Zoomed in on a crowded note (as far as the canvas goes), its words come back.
    if compacted:
        for _ in range(4):
            canvas.zoom_by(8.0)
        canvas.centerOn(compacted[0])
        canvas.arrange_tags()
        assert compacted[0].tag.text == compacted[0].tag.full_text


def test_the_model_knows_whether_the_user_changed_anything(walls: Walls) -> None:
    """What decides whether closing the review asks before throwing work away."""
    for change in (
        lambda m, n: m.set_title(n.id, "Typed"),
        lambda m, n: m.move_to_cell(n.id, None),
        lambda m, n: m.set_dropped(n.id, True),
    ):
        model = ReviewModel.of(walls.found)  # type: ignore[arg-type]
        assert not model.changed
        change(model, model.notes[0])
        assert model.changed


def test_the_status_counts_the_photos_read_not_those_left_out(
    qtbot, walls: Walls, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import cv2

    import mapstudio.ui.photo_review as review

    holiday = tmp_path / "holiday.jpg"
    noise = np.random.default_rng(2).integers(0, 255, (600, 800, 3), dtype=np.uint8)
    holiday.write_bytes(cv2.imencode(".jpg", noise)[1].tobytes())
    monkeypatch.setattr(review, "ask_photos", lambda parent: [*walls.paths, holiday])
    seen = _when_review_shows(window, lambda dialog: dialog.accept())
    window.act_import_photos.trigger()  # type: ignore[attr-defined]
    assert seen
    added = len(walls.found.notes)
    assert window.statusBar().currentMessage() == f"Added {added} cards from 2 photos"


def test_a_photo_file_that_cannot_be_read_is_left_out_not_the_whole_import(
    qtbot, walls: Walls, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A missing file among good photos once refused them all; now it is left out with
    its reason (what to do), in a paragraph of its own, and the good photos are read."""
    from PySide6.QtWidgets import QLabel

    gone = tmp_path / "IMG_0099.jpg"  # moved away after it was chosen
    folder = tmp_path / "IMG_0100.jpg"
    folder.mkdir()
    left_out: list[str] = []

    def read_then_cancel(dialog: PhotoReviewDialog) -> None:
        label = dialog.findChild(QLabel, "photoProblems")
        left_out.append(label.text() if label is not None else "")
        dialog.reject()

    seen = _when_review_shows(window, read_then_cancel)
    assert not import_workshop_photos(window, [*walls.paths, gone, folder])
    assert seen, "the good photos were not reviewed"
    text = left_out[0]
    assert text.startswith("Left out: ")
    first, second = text.removeprefix("Left out: ").split("\n\n")
    assert first.startswith("IMG_0099.jpg: cannot be read") and "Check that the file" in first
    assert second.startswith("IMG_0100.jpg: cannot be read") and "not a file" in second


def test_several_refused_photos_read_as_paragraphs_in_the_message(
    qtbot, window: MainWindow, tmp_path: Path, dialogs
) -> None:  # type: ignore[no-untyped-def]
    huge = tmp_path / "IMG_2001.jpg"
    data = bytearray(synth_jpeg())
    frame = data.index(b"\xff\xc0")
    data[frame + 5 : frame + 9] = (9_000).to_bytes(2, "big") + (12_000).to_bytes(2, "big")
    huge.write_bytes(bytes(data))
    notes = tmp_path / "notes.jpg"
    notes.write_text("not a photo")
    assert not import_workshop_photos(window, [huge, notes])
    paragraphs = dialogs.shown[0].informativeText().split("\n\n")
    assert [p.split(":")[0] for p in paragraphs] == ["IMG_2001.jpg", "notes.jpg"]
    assert "Save a smaller copy, such as 12 megapixels" in paragraphs[0]


def synth_jpeg() -> bytes:
    import cv2

    noise = np.random.default_rng(4).integers(0, 255, (60, 80, 3), dtype=np.uint8)
    return cv2.imencode(".jpg", noise)[1].tobytes()
