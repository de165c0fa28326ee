"""Running edit commands from the window, and showing why one was refused.

Every change to a project is a command run by `Document.execute`; a command that cannot
apply raises CommandError with a message in plain words and changes nothing. The canvas,
the docks and the menus all run their commands here: `run_command` for one command,
`run_steps` for a gesture that runs several in one transaction (a picture: add it, point
the card at it, drop the old one). A refusal is logged and its message handed to the
caller's place for messages: the status bar, or a dock's `MessageStrip`. The message may
quote a name from the file, so it is only ever shown as plain text (see `ui.plain`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mapstudio.edit import Command, CommandError, Document
from mapstudio.ui.plain import PlainLabel

log = logging.getLogger(__name__)

ShowMessage = Callable[[str], object]


def run_steps(steps: Callable[[], object], show_error: ShowMessage) -> bool:
    """Call `steps`, which executes commands on a document; True when they applied.

    A CommandError is not raised on: its message goes to `show_error` and the answer is
    False (a transaction inside `steps` has already put the project back)."""
    try:
        steps()
    except CommandError as error:
        log.info("command refused: %s", error)
        show_error(str(error))
        return False
    return True


def run_command(document: Document, command: Command, show_error: ShowMessage) -> bool:
    """Execute one command (one undo step); a refusal goes to `show_error`, and False."""
    return run_steps(lambda: document.execute(command), show_error)


class MessageStrip(PlainLabel):
    """The line at the foot of a dock that says, in plain text, why the last edit was
    refused; hidden until there is something to say, hidden again by the next edit
    that applies."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget) -> None:
        super().__init__(parent=parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet(
            f"#{object_name} {{ color: #8A1F11; background: #FDECEA;"
            " border-top: 1px solid #F5C6C0; padding: 8px 14px; }"
        )
        self.setAccessibleName(accessible_name)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def run(self, document: Document, command: Command) -> bool:
        """Execute a command; its refusal shows here instead of raising."""
        return self.run_steps(lambda: document.execute(command))

    def run_steps(self, steps: Callable[[], object]) -> bool:
        """Run steps that execute commands (see `run_steps`); a refusal shows here."""
        applied = run_steps(steps, self.show_message)
        if applied:
            self.hide()
        return applied
