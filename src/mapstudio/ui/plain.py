"""Project text on screen as plain text, never as Qt rich text.

Text from a project file (names, titles, cards, labels) and file names are data from
whoever wrote the file. Qt guesses "rich text" from the first tag it sees in a label,
a message box or a tooltip, and rich text loads the pictures it names: an
`<img src=...>` in a map title would make Qt read any file, a FIFO or a network path
as soon as the text is shown. Everything here shows text exactly as written:

- `PlainLabel` is a QLabel that never interprets its text;
- `message_box` and `ask` build message boxes whose text, informative text and
  details are plain;
- `no_mnemonic` keeps an "&" in a tab or menu entry from becoming a shortcut;
- `plain_title` keeps a "[*]" in a window title from becoming the unsaved-changes mark;
- `plain_tooltip` turns text into a tooltip that shows it literally. Qt has no plain
  format for tooltips (it always guesses), so the text is escaped and wrapped in a
  paragraph: Qt then treats it as rich text whose only content is the escaped words.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


class PlainLabel(QLabel):
    """A label that shows its text literally: '<b>' stays the three characters."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The format is set before any text: a rich-text guess on the way would
        # already have loaded the pictures the text names.
        self.setTextFormat(PLAIN)
        if text:
            self.setText(text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally, line breaks kept; "" stays "" (no tip)."""
    if not text:
        return ""
    lines = html.escape(text, quote=False).split("\n")
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def rich_tooltip(*lines: str, bold_first: bool = True) -> str:
    """A tooltip of several lines of data, the first one bold; every line escaped."""
    escaped = [html.escape(line, quote=False) for line in lines if line]
    if not escaped:
        return ""
    if bold_first:
        escaped[0] = f"<b>{escaped[0]}</b>"
    return "<p>" + "<br>".join(escaped) + "</p>"


def no_mnemonic(text: str) -> str:
    """Text for a tab or menu entry that shows every "&" (Qt would take "R&D" as
    "RD" with a D shortcut)."""
    return text.replace("&", "&&")


def plain_title(text: str) -> str:
    """Text for a window title that shows every "[*]" (Qt takes "[*]" anywhere in a
    title for the unsaved-changes mark, and shows a doubled one as written)."""
    return text.replace("[*]", "[*][*]")


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    parent: QWidget | None = None,
    *,
    informative: str = "",
    detailed: str = "",
) -> QMessageBox:
    """A message box whose text, informative text and details are all plain text.

    The format is set before the text, so nothing is ever parsed as markup on the way.
    Window titles and button labels are never rich text in Qt; a "[*]" in the title
    is kept as written.
    """
    box = QMessageBox(parent)
    box.setTextFormat(PLAIN)
    box.setIcon(icon)
    box.setWindowTitle(plain_title(title))
    box.setStandardButtons(buttons)
    box.setText(text)
    if informative:
        # Qt creates the informative label on first use; make it, set it plain, and
        # only then give it the real text (not every Qt 6 applies setTextFormat to it).
        box.setInformativeText(" ")
        _keep_labels_plain(box)
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)  # a QTextEdit filled with setPlainText
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = (
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    ),
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox.StandardButton:
    """`QMessageBox.question` with the question shown as plain text."""
    box = message_box(QMessageBox.Icon.Question, title, text, buttons, parent)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return QMessageBox.StandardButton(box.exec())


def _keep_labels_plain(box: QMessageBox) -> None:
    """Every label of the box plain, whatever this Qt version does with the informative
    text (the icon label shows a pixmap either way)."""
    for label in box.findChildren(QLabel):
        label.setTextFormat(PLAIN)


__all__ = [
    "PLAIN",
    "PlainLabel",
    "ask",
    "message_box",
    "no_mnemonic",
    "plain_title",
    "plain_tooltip",
    "rich_tooltip",
]
