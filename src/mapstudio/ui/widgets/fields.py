"""Text fields of the docks' forms: one line, several lines, a number, tags.

They all follow one contract so the docks can treat them alike: the dock sets the value
shown with `set_value` (or `set_number`, `set_tags`) after every document change, and
the field emits one signal when the *user* finished an edit. A field the user is typing
in keeps the typed text when the document changes underneath it; Esc puts back the last
value the document had. Nothing here knows about commands or the model.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from mapstudio.ui.i18n import translate


def mixed_text() -> str:
    """What a field shows when the selected items disagree on its value."""
    return QCoreApplication.translate("Widgets", "— mixed —")


@contextmanager
def signals_blocked(*widgets: QWidget) -> Iterator[None]:
    """Set values programmatically without the widgets reporting them as user edits."""
    previous = [widget.blockSignals(True) for widget in widgets]
    try:
        yield
    finally:
        for widget, was in zip(widgets, previous, strict=True):
            widget.blockSignals(was)


class CommitLineEdit(QLineEdit):
    """A line edit that reports one `committed(text)` per edit session.

    The session ends on Return or focus-out (editingFinished); Esc reverts to the value
    the document last had. Emits nothing when the text did not change.
    """

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        # The text last reported: a second editingFinished for it (Return, then
        # focus-out) is not a second edit, and a refused edit is not retried unchanged.
        self._sent: str | None = None
        self._mixed = False
        self._placeholder = ""
        self.editingFinished.connect(self.commit)

    @property
    def value(self) -> str:
        """The value the document has (what Esc goes back to)."""
        return self._value

    def is_editing(self) -> bool:
        """True while the user is typing something the document does not have yet."""
        return self.hasFocus() and self.text() not in (self._value, self._sent)

    def set_value(self, text: str, *, mixed: bool = False, force: bool = False) -> None:
        """Show the document's value, unless the user is typing here (then only remember
        it for Esc). `force` overrides, for a new selection."""
        # "Typing" means differing from the value the document had until now.
        editing = self.is_editing()
        self._value = text
        self._sent = None
        self._mixed = mixed
        super().setPlaceholderText(mixed_text() if mixed else self._placeholder)
        if (force or not editing) and self.text() != text:
            with signals_blocked(self):
                self.setText(text)
                self.setCursorPosition(0)

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder = text
        if not self._mixed:
            super().setPlaceholderText(text)

    def revert(self) -> None:
        """Throw away what the user typed."""
        with signals_blocked(self):
            self.setText(self._value)

    def commit(self) -> None:
        """End the edit session: report the text if it differs from the document's."""
        text = self.text()
        if text not in (self._value, self._sent):
            # The document's value follows through set_value once the edit is applied;
            # if it is refused, Esc still goes back to what the document has.
            self._sent = text
            self.committed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() != self._value:
            self.revert()
            event.accept()
            return
        super().keyPressEvent(event)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field with the same contract as CommitLineEdit.

    Enter makes a new line; the session ends on focus-out or Ctrl+Enter; Esc reverts.
    Tab moves to the next field, as in a form.
    """

    committed = Signal(str)

    def __init__(self, rows: int = 3, max_rows: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = ""
        self._sent: str | None = None
        self._mixed = False
        self._placeholder = ""
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._min_rows = rows
        self._max_rows = max(rows, max_rows)
        self.textChanged.connect(self._fit)
        self._fit()

    def set_rows(self, rows: int, max_rows: int | None = None) -> None:
        """Show at least `rows` lines, growing with the text up to `max_rows` (then it
        scrolls), so short texts stay compact and longer ones are not cut off."""
        self._min_rows = rows
        self._max_rows = max(rows, max_rows or rows)
        self._fit()

    def _height_for(self, rows: int) -> int:
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom()
        return round(rows * line + 2 * self.document().documentMargin() + frame)

    def _fit(self) -> None:
        width = self.viewport().width() - 2 * round(self.document().documentMargin())
        rows = self._min_rows
        if width > 20 and self._max_rows > self._min_rows:
            bounds = self.fontMetrics().boundingRect(
                0, 0, width, 1_000_000, Qt.TextFlag.TextWordWrap, self.toPlainText() or " "
            )
            lines = math.ceil(bounds.height() / max(1, self.fontMetrics().lineSpacing()))
            rows = max(self._min_rows, min(self._max_rows, lines))
        height = self._height_for(rows)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @property
    def value(self) -> str:
        return self._value

    def text(self) -> str:
        return self.toPlainText()

    def is_editing(self) -> bool:
        return self.hasFocus() and self.toPlainText() not in (self._value, self._sent)

    def set_value(self, text: str, *, mixed: bool = False, force: bool = False) -> None:
        editing = self.is_editing()
        self._value = text
        self._sent = None
        self._mixed = mixed
        super().setPlaceholderText(mixed_text() if mixed else self._placeholder)
        if (force or not editing) and self.toPlainText() != text:
            with signals_blocked(self):
                self.setPlainText(text)
                self._fit()

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder = text
        if not self._mixed:
            super().setPlaceholderText(text)

    def revert(self) -> None:
        with signals_blocked(self):
            self.setPlainText(self._value)

    def commit(self) -> None:
        text = self.toPlainText()
        if text not in (self._value, self._sent):
            self._sent = text
            self.committed.emit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # A context menu or a popup taking focus is not the end of the edit.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.toPlainText() != self._value:
            self.revert()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            event.accept()
            return
        super().keyPressEvent(event)


def parse_number(text: str) -> float | None:
    """A number typed by a user (the locale's or a plain decimal point, a typographic
    minus, spaces as thousands separators); None for an empty field. ValueError when it
    is not a finite number."""
    cleaned = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    value, ok = QLocale().toDouble(cleaned)
    if not ok:
        try:
            value = float(cleaned.replace(",", "."))
        except ValueError:
            raise ValueError(text) from None
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def format_number(value: float | None) -> str:
    """A figure without a trailing ".0" or float noise (38.0 -> "38"); "" for None."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class NumberEdit(CommitLineEdit):
    """A line edit for an optional number (empty = no value).

    Emits `number_committed(value)` with a float or None; text that is not a number is
    kept for the user to fix, the frame turns red and `invalid(message)` says why.
    """

    number_committed = Signal(object)
    invalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._check)

    def set_number(self, value: float | None, *, mixed: bool = False, force: bool = False) -> None:
        """Show the document's number."""
        self.set_value(format_number(value), mixed=mixed, force=force)
        if not self.is_editing():
            self._mark(valid=True)

    def is_valid(self) -> bool:
        return not self.property("invalid")

    def commit(self) -> None:
        text = self.text()
        if text == self.value:
            self._mark(valid=True)
            return
        if text == self._sent:
            return
        try:
            number = parse_number(text)
        except ValueError:
            # Keep the text for the user to fix; the document keeps its value (Esc
            # brings it back) and the next Return or focus-out tries again.
            self._mark(valid=False)
            self.invalid.emit(
                translate("Widgets", "“{text}” is not a number.").format(text=text.strip())
            )
            return
        self._sent = text
        self._mark(valid=True)
        self.number_committed.emit(number)

    def revert(self) -> None:
        super().revert()
        self._mark(valid=True)

    def _check(self, text: str) -> None:
        try:
            parse_number(text)
        except ValueError:
            self._mark(valid=False)
        else:
            self._mark(valid=True)

    def _mark(self, *, valid: bool) -> None:
        if bool(self.property("invalid")) == (not valid):
            return
        self.setProperty("invalid", not valid)
        # Only the invalid state gets a style sheet, so the platform style stays in
        # charge of every other look.
        self.setStyleSheet("" if valid else "QLineEdit { border: 1.5px solid #C0392B; }")


# -- tags and lists --------------------------------------------------------------------


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "a, b, c": trimmed, without empties or repeats, in typed order."""
    seen: dict[str, None] = {}
    for part in text.replace(";", ",").split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in {t.casefold() for t in seen}:
            seen[tag] = None
    return tuple(seen)


def format_tags(tags: Sequence[str]) -> str:
    return ", ".join(tags)


def parse_lines(text: str) -> tuple[str, ...]:
    """One item per non-empty line, trimmed (goals, needs, frustrations)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def format_lines(items: Sequence[str]) -> str:
    return "\n".join(items)


class TagEdit(CommitLineEdit):
    """Tags as comma-separated text; emits `tags_committed(tuple)` after an edit."""

    tags_committed = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(translate("Widgets", "e.g. checkout, quick win"))
        self.committed.connect(self._on_committed)

    def set_tags(self, tags: Sequence[str], *, mixed: bool = False, force: bool = False) -> None:
        self.set_value(format_tags(tags), mixed=mixed, force=force)

    def _on_committed(self, text: str) -> None:
        tags = parse_tags(text)
        self.tags_committed.emit(tags)
