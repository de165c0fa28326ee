"""Small editing widgets shared by the inspector and the personas dock.

They all follow one contract so the docks can treat them alike: the dock sets the value
shown with `set_value` (or `set_color`, `set_level`) after every document change, and the
widget emits one signal when the *user* finished an edit. A text field that the user is
typing in keeps the typed text when the document changes underneath it; Esc puts back the
last value the document had. Nothing here knows about commands or the model.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QColorDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mapstudio.model import PERSONA_COLORS
from mapstudio.ui.i18n import QT_TRANSLATE_NOOP, translate
from mapstudio.ui.icons import swatch_icon
from mapstudio.ui.plain import PlainLabel


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


# -- text fields -----------------------------------------------------------------------


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


# -- section headers and read-only lines ------------------------------------------------


class SectionHeader(PlainLabel):
    """A small bold caption with a rule above it, separating groups of a form."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text.upper(), parent)
        font = self.font()
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        font.setLetterSpacing(font.SpacingType.PercentageSpacing, 108)
        self.setFont(font)
        self.setStyleSheet(
            "QLabel { color: #5B6675; border-top: 1px solid #E1E4E8;"
            " padding-top: 10px; margin-top: 6px; }"
        )
        self.setAccessibleName(text)
        # It may carry a persona's name of 200 characters: cut at the form's edge (one
        # line; a caption that wraps in a form row would take the height of its words).
        let_shrink(self, wrap=False)


def let_shrink(label: QLabel, *, wrap: bool = True) -> None:
    """Let a label of project text be cut at its layout's width (after wrapping, with
    `wrap`) rather than make its window or dock wider."""
    label.setWordWrap(wrap)
    label.setMinimumWidth(1)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class MutedLabel(PlainLabel):
    """Read-only, secondary information (where a card is, a lane's kind)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("QLabel { color: #5B6675; }")


# -- colours ---------------------------------------------------------------------------

# Soft sticky-note colours for cards: calm on screen, light enough for black text in print.
CARD_PALETTE: tuple[tuple[str, str], ...] = (
    ("#FFF3BF", QT_TRANSLATE_NOOP("Widgets", "Butter")),
    ("#FFE4C7", QT_TRANSLATE_NOOP("Widgets", "Peach")),
    ("#FCE3DF", QT_TRANSLATE_NOOP("Widgets", "Rose")),
    ("#F6E1EC", QT_TRANSLATE_NOOP("Widgets", "Blush")),
    ("#F1E7FA", QT_TRANSLATE_NOOP("Widgets", "Lilac")),
    ("#E3EEFB", QT_TRANSLATE_NOOP("Widgets", "Sky")),
    ("#DFF3F5", QT_TRANSLATE_NOOP("Widgets", "Aqua")),
    ("#E3F4E8", QT_TRANSLATE_NOOP("Widgets", "Mint")),
    ("#EEF3DC", QT_TRANSLATE_NOOP("Widgets", "Sage")),
    ("#ECEFF3", QT_TRANSLATE_NOOP("Widgets", "Fog")),
)

PERSONA_PALETTE: tuple[tuple[str, str], ...] = tuple(
    zip(
        PERSONA_COLORS,
        (
            QT_TRANSLATE_NOOP("Widgets", "Blue"),
            QT_TRANSLATE_NOOP("Widgets", "Brick"),
            QT_TRANSLATE_NOOP("Widgets", "Green"),
            QT_TRANSLATE_NOOP("Widgets", "Plum"),
            QT_TRANSLATE_NOOP("Widgets", "Ochre"),
            QT_TRANSLATE_NOOP("Widgets", "Teal"),
            QT_TRANSLATE_NOOP("Widgets", "Berry"),
            QT_TRANSLATE_NOOP("Widgets", "Olive"),
        ),
        strict=False,
    )
)


class ColorButton(QToolButton):
    """A swatch button whose menu offers a palette, optionally 'default', and 'custom'.

    Emits `color_chosen(color)` with "#RRGGBB", or None for the default colour.
    """

    color_chosen = Signal(object)

    def __init__(
        self,
        palette: Sequence[tuple[str, str]] = CARD_PALETTE,
        *,
        allow_default: bool = True,
        default_label: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._palette = tuple(palette)
        self._names = {color.upper(): name for color, name in self._palette}
        self._color: str | None = None
        self._default_color: str | None = None
        self._mixed = False
        self._default_label = default_label or translate("Widgets", "Default")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setIconSize(QSize(16, 16))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "QToolButton { text-align: left; padding: 3px 22px 3px 6px; }"
            "QToolButton::menu-indicator { subcontrol-origin: padding;"
            " subcontrol-position: center right; right: 6px; }"
        )
        menu = QMenu(self)
        self.default_action = menu.addAction(self._default_label)
        self.default_action.setVisible(allow_default)
        self.default_action.triggered.connect(lambda: self.choose(None))
        grid_host = QWidget(menu)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setSpacing(4)
        self.swatches: list[QToolButton] = []
        columns = 5
        for index, (color, name) in enumerate(self._palette):
            swatch = QToolButton(grid_host)
            swatch.setIcon(swatch_icon(color, 22))
            swatch.setIconSize(QSize(22, 22))
            swatch.setAutoRaise(True)
            swatch.setToolTip(translate("Widgets", name))
            swatch.setAccessibleName(translate("Widgets", name))
            swatch.clicked.connect(lambda _=False, c=color: self._pick_from_menu(c))
            grid.addWidget(swatch, index // columns, index % columns)
            self.swatches.append(swatch)
        grid_action = QWidgetAction(menu)
        grid_action.setDefaultWidget(grid_host)
        menu.addAction(grid_action)
        menu.addSeparator()
        custom = menu.addAction(translate("Widgets", "Custom colour…"))
        custom.triggered.connect(self._choose_custom)
        self.setMenu(menu)
        self._refresh()

    def color(self) -> str | None:
        return self._color

    def set_color(
        self, color: str | None, *, default: str | None = None, mixed: bool = False
    ) -> None:
        """Show the document's colour; `default` is what None looks like (a kind's fill)."""
        self._color = color
        self._default_color = default
        self._mixed = mixed
        self._refresh()

    def choose(self, color: str | None) -> None:
        """Pick a colour as the user would (None = default)."""
        self._color = color
        self._mixed = False
        self._refresh()
        self.color_chosen.emit(color)

    def _pick_from_menu(self, color: str) -> None:
        self.menu().hide()
        self.choose(color)

    def _choose_custom(self) -> None:
        initial = QColor(self._color or self._default_color or "#FFFFFF")
        chosen = QColorDialog.getColor(initial, self, translate("Widgets", "Choose a colour"))
        if chosen.isValid():
            self.choose(chosen.name().upper())

    def _refresh(self) -> None:
        if self._mixed:
            self.setIcon(swatch_icon("#FFFFFF"))
            self.setText(mixed_text())
        elif self._color is None:
            self.setIcon(swatch_icon(self._default_color))
            self.setText(self._default_label)
        else:
            self.setIcon(swatch_icon(self._color.upper()))
            name = self._names.get(self._color.upper())
            self.setText(translate("Widgets", name) if name else self._color.upper())


# -- levels 1..5 -----------------------------------------------------------------------

LEVEL_NAMES = (
    QT_TRANSLATE_NOOP("Widgets", "Very low"),
    QT_TRANSLATE_NOOP("Widgets", "Low"),
    QT_TRANSLATE_NOOP("Widgets", "Medium"),
    QT_TRANSLATE_NOOP("Widgets", "High"),
    QT_TRANSLATE_NOOP("Widgets", "Very high"),
)


class _Dots(QWidget):
    """Five clickable dots; the painted part of LevelPicker."""

    picked = Signal(int)
    cleared = Signal()

    DIAMETER = 13.0
    GAP = 5.0

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)
        self.level: int | None = None
        self.mixed = False
        self._hover: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        width = 5 * self.DIAMETER + 4 * self.GAP + 4
        self.setFixedSize(QSize(round(width), round(self.DIAMETER + 8)))

    def _dot_at(self, x: float) -> int | None:
        step = self.DIAMETER + self.GAP
        index = int((x - 2 + self.GAP / 2) // step)
        return index + 1 if 0 <= index < 5 else None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shown = self._hover or (None if self.mixed else self.level) or 0
        y = (self.height() - self.DIAMETER) / 2
        for i in range(5):
            x = 2 + i * (self.DIAMETER + self.GAP)
            rect = QRectF(x, y, self.DIAMETER, self.DIAMETER).adjusted(0.75, 0.75, -0.75, -0.75)
            filled = i < shown
            color = QColor(self.color)
            if self._hover is not None:
                color.setAlphaF(0.55)  # a preview, not the value
            painter.setPen(QPen(color if filled else QColor("#9AA3AE"), 1.4))
            painter.setBrush(color if filled else QColor("#FFFFFF"))
            painter.drawEllipse(rect)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().highlight().color(), 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hover = self._dot_at(event.position().x())
        if hover != self._hover:
            self._hover = hover
            self.update()

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            level = self._dot_at(event.position().x())
            if level is not None:
                self.picked.emit(level)
                return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.level or 0
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.picked.emit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.picked.emit(min(5, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus) and current > 1:
            self.picked.emit(current - 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_0):
            self.cleared.emit()
        else:
            super().keyPressEvent(event)


class LevelPicker(QWidget):
    """A 1..5 level (severity, impact, effort) as five dots and its name.

    Emits `level_chosen(level)` with 1..5, or None when the user clears it.
    """

    level_chosen = Signal(object)

    def __init__(
        self,
        color: str = "#C0392B",
        names: Sequence[str] = LEVEL_NAMES,
        *,
        allow_clear: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._names = tuple(names)
        self.dots = _Dots(color, self)
        self.label = PlainLabel(parent=self)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("Very high 5/5"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(translate("Widgets", "Clear"))
        self.clear_button.setAccessibleName(translate("Widgets", "Clear"))
        self.clear_button.setVisible(allow_clear)
        self._allow_clear = allow_clear
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.dots)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.dots.picked.connect(self._pick)
        self.dots.cleared.connect(self._clear)
        self.clear_button.clicked.connect(self._clear)
        self.setFocusProxy(self.dots)
        self.set_level(None)

    def level(self) -> int | None:
        return self.dots.level

    def set_level(self, level: int | None, *, mixed: bool = False) -> None:
        """Show the document's level (mixed: the selected items disagree)."""
        self.dots.level = level
        self.dots.mixed = mixed
        if mixed:
            text = mixed_text()
        elif level is None:
            text = translate("Widgets", "Not set")
        else:
            text = f"{level} · {translate('Widgets', self._names[level - 1])}"
        self.label.setText(text)
        self.label.setStyleSheet(
            "QLabel { color: #5B6675; }" if mixed or level is None else "QLabel { color: #1F2933; }"
        )
        self.dots.setAccessibleDescription(text)
        self.clear_button.setEnabled(self._allow_clear and (mixed or level is not None))
        self.dots.update()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.dots.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:
        super().setToolTip(text)
        self.dots.setToolTip(text)

    def pick(self, level: int | None) -> None:
        """Choose a level as the user would."""
        if level is None:
            self._clear()
        else:
            self._pick(level)

    def _pick(self, level: int) -> None:
        if level == self.dots.level and not self.dots.mixed:
            return
        self.set_level(level)
        self.level_chosen.emit(level)

    def _clear(self) -> None:
        if self.dots.level is None and not self.dots.mixed:
            return
        self.set_level(None)
        self.level_chosen.emit(None)


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


__all__ = [
    "CARD_PALETTE",
    "LEVEL_NAMES",
    "PERSONA_PALETTE",
    "ColorButton",
    "CommitLineEdit",
    "CommitTextEdit",
    "LevelPicker",
    "MutedLabel",
    "NumberEdit",
    "SectionHeader",
    "TagEdit",
    "format_lines",
    "format_number",
    "format_tags",
    "mixed_text",
    "parse_lines",
    "parse_number",
    "parse_tags",
    "signals_blocked",
]
