"""File ▸ Import Workshop Photos… opens its file dialog where a designer keeps the
photos: the folder photos were last imported from, else the project's own folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

import mapstudio.ui.photo_review as review
from mapstudio.fileformat import save_project
from mapstudio.model import blank_project
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.settings import app_settings


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = app_settings()
    settings.remove(review.PHOTO_SETTINGS_GROUP)  # no folder from another test
    settings.sync()
    project_file = tmp_path / "projects" / "workshop.mapstudio"
    project_file.parent.mkdir()
    save_project(blank_project(), project_file)
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(project_file)
    yield window


class Picker:
    """Stands in for the file dialog: records where it opened, answers `answer`."""

    def __init__(self) -> None:
        self.opened_in: list[str] = []
        self.answer: list[str] = []

    def __call__(self, _parent: object, _title: str, folder: str, _filter: str) -> tuple:
        self.opened_in.append(folder)
        return list(self.answer), ""


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch) -> Picker:
    chosen = Picker()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(chosen))
    return chosen


def test_the_photo_dialog_starts_in_the_projects_folder_then_where_photos_came_from(
    window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    assert review.ask_photos(window) == []
    assert Path(picker.opened_in[-1]) == tmp_path / "projects"

    camera = tmp_path / "camera roll"
    camera.mkdir()
    photos = [camera / "IMG_0001.jpg", camera / "IMG_0002.jpg"]
    picker.answer = [str(p) for p in photos]
    assert review.ask_photos(window) == photos
    # Next time it opens where the photos came from (a setting: it outlives the window).
    picker.answer = []
    review.ask_photos(window)
    assert Path(picker.opened_in[-1]) == camera


def test_a_photo_folder_that_is_gone_falls_back_to_the_projects_folder(
    window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    card = tmp_path / "SD card" / "DCIM"
    card.mkdir(parents=True)
    picker.answer = [str(card / "wall.jpg")]
    review.ask_photos(window)
    card.rmdir()  # the card was taken out
    picker.answer = []
    review.ask_photos(window)
    assert Path(picker.opened_in[-1]) == tmp_path / "projects"


def test_cancelling_the_dialog_forgets_nothing(
    window: MainWindow, picker: Picker, tmp_path: Path
) -> None:
    camera = tmp_path / "camera"
    camera.mkdir()
    picker.answer = [str(camera / "wall.jpg")]
    review.ask_photos(window)
    picker.answer = []
    review.ask_photos(window)  # cancelled
    review.ask_photos(window)
    assert Path(picker.opened_in[-1]) == camera
