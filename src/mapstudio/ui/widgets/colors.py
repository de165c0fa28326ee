"""Colour choice in the docks' forms: the card and persona palettes and ColorButton.

The dock shows the document's colour with `set_color`; the button emits
`color_chosen` once when the user picks one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QGridLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from mapstudio.model import PERSONA_COLORS
from mapstudio.ui.i18n import QT_TRANSLATE_NOOP, translate
from mapstudio.ui.icons import swatch_icon
from mapstudio.ui.widgets.fields import mixed_text

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
