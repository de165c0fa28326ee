"""Save As and Export refuse, in a message box, a path that is a pipe or a socket.

The atomic save renamed its temporary file over whatever had the chosen name, so a FIFO
or a socket (or, as root, a device) became a plain file. The window must say so in
plain words, lose nothing (the document stays open, changed and unsaved) and leave the
FIFO a FIFO. A reader is held open on the FIFO throughout, so a writer that opened it
would not block the test run (and what it wrote would be seen).
"""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from ui_support import DialogRecorder

from mapstudio.edit import UpdateCard
from mapstudio.fileformat.tempfiles import is_temp_name
from mapstudio.ui.export_dialog import ExportPdfDialog
from mapstudio.ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not hasattr(socket, "AF_UNIX"), reason="needs FIFOs and sockets"
)

REFUSAL = "is not a file mapstudio can write to: it is a pipe, a device or a socket."


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "w" / "Trip.mapstudio"
    path.parent.mkdir()
    os.mkfifo(path)
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    yield path
    try:
        assert os.read(reader, 1) == b"", "something was written into the FIFO"
    finally:
        os.close(reader)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _edit(window: MainWindow) -> None:
    journey_map = window.current_map
    card = journey_map.cards[0]
    window.document.execute(UpdateCard(journey_map.id, card.id, {"title": "Kept"}))


def test_save_as_onto_a_fifo_says_so_and_loses_nothing(
    example_window: MainWindow,
    fifo: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    window = example_window
    opened = window.document.path
    _edit(window)
    _choose(monkeypatch, fifo)
    assert not window.save_as()
    assert dialogs.texts[-1] == f"'{fifo.name}' {REFUSAL}"
    assert window.document.is_dirty and window.document.path == opened
    assert window.current_map.cards[0].title == "Kept"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(fifo.parent) == [fifo.name]


def test_save_as_onto_a_socket_says_so(
    example_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    window = example_window
    _edit(window)
    path = tmp_path / "S.mapstudio"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        _choose(monkeypatch, path)
        assert not window.save_as()
    assert dialogs.texts[-1] == f"'{path.name}' {REFUSAL}"
    assert window.document.is_dirty
    assert stat.S_ISSOCK(os.lstat(path).st_mode)


def test_pdf_export_onto_a_fifo_says_so(
    example_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: DialogRecorder,
) -> None:
    target = tmp_path / "poster.pdf"
    os.mkfifo(target)
    reader = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
    try:
        _choose(monkeypatch, target)
        monkeypatch.setattr(ExportPdfDialog, "exec", lambda dialog: dialog.export() or 1)
        example_window.act_export_pdf.trigger()
        assert os.read(reader, 1) == b""
    finally:
        os.close(reader)
    assert dialogs.texts[-1] == f"'poster.pdf' {REFUSAL}"
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [name for name in os.listdir(tmp_path) if is_temp_name(name)] == []
