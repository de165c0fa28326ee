"""Project text and file names are shown as plain text everywhere (issue 12, finding 1).

A file from a stranger may hold `<img src=...>` in any name or title; shown as rich
text, Qt would open whatever it names (a FIFO hangs the window, /dev/zero eats the
memory). The first test walks every widget while the window shows such a project;
the second proves it with a FIFO, in a subprocess so a regression fails instead of
hanging the suite.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hostile_text import hostile_project, picture_markup
from plain_text_probe import exercise, show_all_tooltips
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMessageBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from mapstudio.model import Project
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.plain import (
    PlainLabel,
    ask,
    message_box,
    no_mnemonic,
    plain_title,
    plain_tooltip,
    rich_tooltip,
)

PROBE = Path(__file__).with_name("plain_text_probe.py")
MARK = "<img src="  # the start of every piece of markup the tests plant


def _describe(widget: QWidget) -> str:
    names = []
    while widget is not None:
        names.append(f"{type(widget).__name__}({widget.objectName()})")
        widget = widget.parentWidget()
    return " < ".join(names)


def rich_places(window: MainWindow) -> list[str]:
    """Every place on screen where planted markup would be rendered as rich text."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if (
            isinstance(widget, QLabel)
            and MARK in widget.text()
            and widget.textFormat() != Qt.TextFormat.PlainText
        ):
            found.append(f"label {_describe(widget)}: {widget.text()!r}")
        if MARK in widget.toolTip():
            found.append(f"tooltip of {_describe(widget)}: {widget.toolTip()!r}")
        if isinstance(widget, QTabBar):
            found += [
                f"tab tooltip {widget.tabToolTip(i)!r}"
                for i in range(widget.count())
                if MARK in widget.tabToolTip(i)
            ]
        if isinstance(widget, QListWidget):
            tips = [widget.item(row).toolTip() for row in range(widget.count())]
            found += [f"list tooltip {tip!r}" for tip in tips if MARK in tip]
    found += [
        f"canvas tooltip {item.toolTip()!r}"
        for item in window.scene.items()
        if MARK in item.toolTip()
    ]
    return found


def test_every_widget_shows_project_text_as_plain_text(
    qtbot: QtBot, tmp_path: Path, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Qt's own QMessageBox.question guesses the format of its text: emulate it, so a
    # question that still goes through it shows up below as a rich-text label.
    def question(parent, title, text, *args):  # type: ignore[no-untyped-def]
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        dialogs.shown.append(box)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    problems: dict[str, list[str]] = {}

    def step(name: str) -> None:
        QApplication.processEvents()
        if found := rich_places(window):
            problems[name] = found

    exercise(window, tmp_path, picture_markup(str(tmp_path / "missing.png")), step)
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
    # Every question and message of the probe was really asked: the damaged file, the
    # band, persona and map questions, the lock and reload questions, the two imports,
    # the merge summary, the unreadable copy, the drop question and the export error.
    assert len(dialogs.shown) == 12


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_markup_pointing_at_a_fifo_is_never_opened() -> None:
    # A short folder: the markup must fit in a tag (60 characters) to reach the tags.
    folder = Path(tempfile.mkdtemp(prefix="ms-", dir="/tmp"))
    try:
        os.mkfifo(folder / "f")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        try:
            done = subprocess.run(
                [sys.executable, str(PROBE), str(folder)],
                env=env,
                capture_output=True,
                text=True,
                timeout=240,
            )
        except subprocess.TimeoutExpired as hung:
            out = hung.stdout or b""
            text = out.decode() if isinstance(out, bytes) else out
            last = text.strip().splitlines()[-1:] or ["(nothing)"]
            pytest.fail(f"a widget opened the FIFO named in project text; hung after {last[0]}")
        assert done.returncode == 0, done.stderr[-3000:]
        assert "DONE" in done.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_helpers_show_text_literally(qtbot: QtBot, dialogs) -> None:  # type: ignore[no-untyped-def]
    label = PlainLabel("<b>bold</b>")
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "<b>bold</b>"

    tip = plain_tooltip("<b>a & b</b>\nsecond line")
    assert QtGui.Qt.mightBeRichText(tip)  # so Qt renders the escapes, not shows them
    assert "<b>" not in tip and "&lt;b&gt;a &amp; b&lt;/b&gt;" in tip and "<br>" in tip
    assert plain_tooltip("") == ""
    assert (
        rich_tooltip("<i>Maya</i>", "", "role") == "<p><b>&lt;i&gt;Maya&lt;/i&gt;</b><br>role</p>"
    )

    box = message_box(
        QMessageBox.Icon.Warning, "t", "<b>x</b>", informative="<i>y</i>", detailed="<u>z</u>"
    )
    labels = box.findChildren(QLabel)
    assert any(lb.text() == "<i>y</i>" for lb in labels)
    assert all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)
    # "[*]" in a title is Qt's unsaved-changes mark; in a file's name it is two letters.
    titled = message_box(QMessageBox.Icon.Warning, "'R[*]D.mapstudio'", "x")
    qtbot.addWidget(titled)
    titled.show()
    assert titled.windowHandle().title() == "'R[*]D.mapstudio'"
    assert plain_title("a[*]b") == "a[*][*]b"
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert ask(None, "t", "<b>sure?</b>") == QMessageBox.StandardButton.Yes
    assert dialogs.shown[-1].textFormat() == Qt.TextFormat.PlainText


def test_an_ampersand_in_a_map_title_stays_on_its_tab(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    project = hostile_project("R&D ")
    window.start_new_project(project)
    assert no_mnemonic("R&D") == "R&&D"
    # Qt shows "&&" as one "&" and takes no shortcut from it.
    assert window.tabs.tabText(0) == "R&&D " + project.maps[0].title[len("R&D ") :]


def test_show_all_tooltips_covers_the_canvas(qtbot: QtBot, tmp_path: Path) -> None:
    """The probe really reaches the canvas's tooltips (a probe that shows none proves
    nothing)."""
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    window.show()
    qtbot.waitExposed(window)
    window.start_new_project(hostile_project("x"))
    assert any(item.toolTip() for item in window.scene.items())
    show_all_tooltips(window)


def test_the_hostile_project_poisons_every_text(tmp_path: Path) -> None:
    project: Project = hostile_project(MARK)
    persona = project.personas[0]
    assert persona.name.startswith(MARK) and persona.role.startswith(MARK)
    assert all(goal.startswith(MARK) for goal in persona.goals)
    journey_map = project.maps[0]
    assert journey_map.title.startswith(MARK) and journey_map.scenario.startswith(MARK)
    assert all(label.startswith(MARK) for label in journey_map.emotion_scale.labels)
    assert all(tag.startswith(MARK) for card in journey_map.cards for tag in card.tags)
    assert all(p.feeling.startswith(MARK) for p in journey_map.emotion_points)
