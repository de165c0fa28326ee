"""The one command runner of the window: a refused command changes nothing, raises
nothing, and its message is shown as plain text where the caller shows messages."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mapstudio.edit import CommandError, Document, UpdateProject
from mapstudio.model import Project, blank_project
from mapstudio.ui.commands import MessageStrip, run_command, run_steps
from mapstudio.ui.main_window import MainWindow

MARKUP = "<img src='/dev/zero'><b>Refused</b> &amp; \u201cquoted\u201d"


@dataclass(frozen=True)
class Refused:
    """A command that never applies, with a message that looks like markup."""

    label: str = "Refuse"

    def apply(self, project: Project) -> Project:
        raise CommandError(MARKUP)


@pytest.fixture
def document() -> Document:
    return Document(blank_project())


def test_a_refused_command_changes_nothing_and_says_why(
    document: Document, caplog: pytest.LogCaptureFixture
) -> None:
    before = document.project
    shown: list[str] = []
    with caplog.at_level(logging.INFO, logger="mapstudio.ui.commands"):
        assert run_command(document, Refused(), shown.append) is False
    assert shown == [MARKUP]
    assert document.project is before
    assert not document.can_undo
    assert "command refused" in caplog.text


def test_an_applied_command_is_one_undo_step_and_shows_nothing(document: Document) -> None:
    shown: list[str] = []
    assert run_command(document, UpdateProject({"title": "Renamed"}), shown.append)
    assert document.project.title == "Renamed"
    assert shown == []
    assert document.can_undo


def test_steps_refused_halfway_leave_the_project_as_it_was(document: Document) -> None:
    before = document.project
    shown: list[str] = []

    def steps() -> None:
        with document.transaction("Two steps"):
            document.execute(UpdateProject({"title": "Half done"}))
            document.execute(Refused())

    assert run_steps(steps, shown.append) is False
    assert shown == [MARKUP]
    assert document.project is before


def test_only_command_errors_are_taken_as_refusals(document: Document) -> None:
    # A programming error is not a refusal in plain words: it must not be swallowed.
    def broken() -> None:
        raise KeyError("bug")

    with pytest.raises(KeyError):
        run_steps(broken, lambda _: None)


def test_the_message_strip_shows_the_refusal_literally_and_hides_after_an_edit(
    qtbot: QtBot, document: Document
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    strip = MessageStrip("testStatus", "Messages", host)
    host.show()
    assert strip.isHidden()
    assert strip.run(document, Refused()) is False
    assert strip.isVisible()
    assert strip.textFormat() == Qt.TextFormat.PlainText
    assert strip.text() == MARKUP
    assert strip.run(document, UpdateProject({"title": "Fine"})) is True
    assert strip.isHidden()
    assert document.project.title == "Fine"


def test_the_window_and_the_canvas_show_a_refusal_in_the_status_bar(
    example_window: MainWindow,
) -> None:
    before = example_window.document.project
    bar = example_window.statusBar()
    assert example_window.run_command(Refused()) is False
    assert bar.currentMessage() == MARKUP
    bar.clearMessage()
    assert example_window.editor.run(Refused()) is False
    assert bar.currentMessage() == MARKUP
    assert example_window.document.project is before


def test_the_docks_show_a_refusal_in_their_message_strip(example_window: MainWindow) -> None:
    for dock in (example_window.inspector, example_window.personas):
        assert dock.execute(Refused()) is False
        assert dock.status.text() == MARKUP
        assert dock.status.textFormat() == Qt.TextFormat.PlainText
        assert not dock.status.isHidden()
