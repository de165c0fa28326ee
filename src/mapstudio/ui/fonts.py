"""The bundled font family in Qt, sized so that one point of layout is one scene unit.

The layout engine measures text with the bundled TTF's advances, without kerning or
hinting; these QFonts disable both so the canvas draws exactly what the layout measured
(and what the PDF prints).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from mapstudio.layout import FontSpec
from mapstudio.resources import FONT_FAMILY, FONT_FILES, font_bytes

_STYLE_FLAGS = {
    "regular": (False, False),
    "bold": (True, False),
    "italic": (False, True),
    "bold_italic": (True, True),
}


@cache
def register_bundled_fonts() -> str:
    """Load the bundled font files into Qt once; returns the family name to use."""
    families: set[str] = set()
    for style in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData(font_bytes(style))
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FONT_FAMILY if FONT_FAMILY in families or not families else sorted(families)[0]


@cache
def scene_font(spec: FontSpec, device_dpi: float) -> QFont:
    """A QFont whose em is `spec.size` device-independent units on a device of that DPI."""
    bold, italic = _STYLE_FLAGS[spec.style]
    font = QFont(register_bundled_fonts())
    # Qt converts point sizes with the device's DPI; scale so one em = spec.size units.
    font.setPointSizeF(spec.size * 72.0 / device_dpi)
    font.setBold(bold)
    font.setItalic(italic)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def ui_font(point_size: float, bold: bool = False) -> QFont:
    """The bundled family for widgets (palette, inspector), in ordinary points."""
    font = QFont(register_bundled_fonts())
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
