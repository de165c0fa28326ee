"""Edit commands aimed at the text field that has the keyboard.

While a person types in a text field (the in-place field on the map, an Inspector or
Personas field, the find bar), Edit ▸ Undo, Redo, Cut, Copy, Paste, Delete and Select All
act on that field's text, as in every desktop app, whether chosen from the menu or by a
shortcut the field itself does not take (Ctrl+Y on Linux); never on the map underneath.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TextField = QLineEdit | QTextEdit | QPlainTextEdit
TEXT_COMMANDS = ("undo", "redo", "cut", "copy", "paste", "delete", "select_all")


def focused_text_field() -> TextField | None:
    """The editable text field with the keyboard focus, if there is one."""
    focus: QWidget | None = QApplication.focusWidget()
    if isinstance(focus, QLineEdit | QTextEdit | QPlainTextEdit) and not focus.isReadOnly():
        return focus
    return None


def run_on_text(field: TextField, command: str) -> None:
    """Do one of TEXT_COMMANDS on the field's text."""
    if command == "select_all":
        field.selectAll()
    elif command == "delete":
        if isinstance(field, QLineEdit):
            field.del_()
        else:
            cursor = field.textCursor()
            if cursor.hasSelection():
                cursor.removeSelectedText()
            else:
                cursor.deleteChar()
            field.setTextCursor(cursor)
    else:
        getattr(field, command)()
