"""GUI test set-up: the application with mapstudio's identity and a window on the example."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_support import DialogRecorder

from mapstudio.ui.app import create_application, release_offscreen_clipboard
from mapstudio.ui.main_window import MainWindow


@pytest.fixture(scope="session")
def qapp() -> Iterator[QApplication]:
    """pytest-qt's application, created with mapstudio's names and bundled fonts."""
    app = create_application([])
    yield app
    # Qt's offscreen platform crashes at exit while the clipboard holds mime data.
    release_offscreen_clipboard()


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    """Records every message box the window shows and answers it with `answer`."""
    recorder = DialogRecorder()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: recorder.exec(box))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(recorder.question))
    return recorder


def close_without_prompt(window: MainWindow) -> None:
    window.document.mark_clean()


@pytest.fixture
def example_copy(example_path: Path, tmp_path: Path) -> Path:
    """A private copy of the example: windows lock the files they open."""
    copy = tmp_path / example_path.name
    shutil.copyfile(example_path, copy)
    return copy


@pytest.fixture
def example_window(qtbot, example_copy: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    example_path = example_copy
    window = MainWindow()
    # pytest-qt closes widgets before fixtures finish: mark clean first so no prompt.
    qtbot.addWidget(window, before_close_func=close_without_prompt)
    assert window.open_path(example_path)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
