"""Help ▸ About mapstudio: the version, what the app is, its licence and the font's licence.

The bundled Noto Sans is under the SIL Open Font License, which asks that the licence
travel with the font: the dialog shows resources/fonts/OFL.txt in full.
"""

from __future__ import annotations

import importlib.metadata
import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QByteArray, QRectF, Qt, qVersion
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mapstudio._version import __version__
from mapstudio.resources import resource

DESCRIPTION = "Offline desktop designer for customer journey maps, with print-ready PDF posters."


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icon(size: int) -> QImage:
    """The app icon rendered from the bundled SVG at `size` x `size` pixels."""
    renderer = QSvgRenderer(QByteArray(resource("icons", "mapstudio.svg").read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def app_icon() -> QIcon:
    """The app icon, rendered from the SVG at each common size so it is sharp everywhere.

    Rendering here (not QIcon("….svg")) needs no SVG icon-engine plugin, which a frozen
    app might lack.
    """
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    return icon


def app_licence() -> str:
    """The licence mapstudio is distributed under, as its package metadata declares it."""
    try:
        meta = importlib.metadata.metadata("mapstudio")
    except importlib.metadata.PackageNotFoundError:
        meta = None
    if meta is not None:
        for key in ("License-Expression", "License"):
            value = next(iter(meta.get_all(key) or []), None)
            if value and value.strip() and value.strip().upper() != "UNKNOWN":
                return value.strip()
        for classifier in meta.get_all("Classifier") or []:
            if classifier.startswith("License ::"):
                return classifier.split("::")[-1].strip()
    return ""


def font_licence_text() -> str:
    return resource("fonts", "OFL.txt").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """Version, description, licences, and a way into the user guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About mapstudio"))
        self.setWindowIcon(app_icon())

        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        logo.setAccessibleName(self.tr("mapstudio logo"))
        version = self.tr("Version {version}").format(version=__version__)
        self.title_label = QLabel(
            f"<h2 style='margin:0'>mapstudio</h2><p style='margin:0'>{version}</p>"
        )
        self.description_label = QLabel(
            self.tr(
                "Offline desktop designer for customer journey maps, with print-ready PDF posters."
            )
        )
        self.description_label.setWordWrap(True)
        licence = app_licence()
        self.licence_label = QLabel(
            self.tr("mapstudio is distributed under the {licence} licence.").format(licence=licence)
            if licence
            else self.tr("The licence of this build of mapstudio has not been declared yet.")
        )
        self.licence_label.setWordWrap(True)
        self.guide_label = QLabel(
            "<a href='guide'>{}</a> · <a href='shortcuts'>{}</a>".format(
                self.tr("User guide"), self.tr("Keyboard shortcuts")
            )
        )
        self.guide_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.guide_label.linkActivated.connect(self._open_link)
        self.versions_label = QLabel(
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=pyside_version, python=platform.python_version()
            )
        )
        self.versions_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        text_box = QVBoxLayout()
        for label in (
            self.title_label,
            self.description_label,
            self.licence_label,
            self.guide_label,
            self.versions_label,
        ):
            text_box.addWidget(label)
        text_box.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(text_box, 1)

        self.font_licence = QPlainTextEdit(font_licence_text())
        self.font_licence.setReadOnly(True)
        self.font_licence.setAccessibleName(self.tr("Noto Sans font licence"))
        font_page = QWidget()
        font_box = QVBoxLayout(font_page)
        font_intro = QLabel(
            self.tr(
                "mapstudio draws maps and posters with the bundled Noto Sans font, "
                "used under the SIL Open Font License 1.1:"
            )
        )
        font_intro.setWordWrap(True)
        font_box.addWidget(font_intro)
        font_box.addWidget(self.font_licence, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(font_page, self.tr("Font licence"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.guide_button = QPushButton(self.tr("User &Guide"))
        buttons.addButton(self.guide_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.guide_button.clicked.connect(lambda: self._open_link("guide"))
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addLayout(header)
        box.addWidget(self.tabs, 1)
        box.addWidget(buttons)
        self.resize(560, 520)

    def _open_link(self, link: str) -> None:
        # Imported here: help.py imports this module for the icon.
        from mapstudio.ui import help as guide

        if link == "shortcuts":
            window = self.parentWidget()
            guide.ShortcutsDialog(window.window() if window else None).exec()
        else:
            guide.open_user_guide(self.parentWidget())


def show_about(parent: QWidget | None = None) -> None:
    """Help ▸ About mapstudio."""
    AboutDialog(parent).exec()


__all__ = ["DESCRIPTION", "AboutDialog", "app_icon", "app_licence", "show_about"]
