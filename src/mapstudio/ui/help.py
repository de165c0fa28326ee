"""Help ▸ User Guide and Help ▸ Keyboard Shortcuts.

The user guide is written in docs/user-guide/ and copied, with its screenshots, into the
bundled resources (resources/help/, by scripts/make_screenshots.py), because docs/ is not
in the wheel or the frozen app. `open_user_guide` shows that copy in a QTextBrowser,
which renders Markdown and follows links between the bundled pages offline.

`ShortcutsDialog` lists every action of a window that has a shortcut, read from the
actions themselves, so the list can never disagree with the keys that work; the canvas
keys that are not actions (arrows, Alt+arrows, F2, …) follow in a second table.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QImage,
    QKeySequence,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mapstudio.resources import as_file, resource
from mapstudio.ui.about import app_icon
from mapstudio.ui.i18n import translate

log = logging.getLogger(__name__)

GUIDE_FILE = "guide.md"


def _canvas_keys() -> list[tuple[str, str]]:
    """Keys the canvas handles itself (not QActions), as (what, key) rows."""
    return [
        (
            translate("ShortcutsDialog", "Move the selection to the next cell"),
            translate("ShortcutsDialog", "Arrow keys"),
        ),
        (
            translate("ShortcutsDialog", "To the first or last stage of the row"),
            translate("ShortcutsDialog", "Home / End"),
        ),
        (
            translate("ShortcutsDialog", "To the first or last card of the map"),
            translate("ShortcutsDialog", "Ctrl+Home / Ctrl+End"),
        ),
        (
            translate("ShortcutsDialog", "Move the selected card"),
            translate("ShortcutsDialog", "Alt+Arrow keys"),
        ),
        (translate("ShortcutsDialog", "Add a card in the selected cell"), "Ctrl+Enter"),
        (
            translate("ShortcutsDialog", "Edit the selected card's text"),
            translate("ShortcutsDialog", "F2 or Enter"),
        ),
        (
            translate("ShortcutsDialog", "Add the chosen Palette entry beside the selection"),
            translate("ShortcutsDialog", "Enter in the Palette"),
        ),
        (
            translate("ShortcutsDialog", "Step through cards and empty cells"),
            translate("ShortcutsDialog", "Tab / Shift+Tab"),
        ),
        (translate("ShortcutsDialog", "Finish editing (new line: Shift+Enter)"), "Enter"),
        (
            translate("ShortcutsDialog", "Finish and edit the next or previous title"),
            translate("ShortcutsDialog", "Tab / Shift+Tab"),
        ),
        (translate("ShortcutsDialog", "Cancel editing, clear the selection"), "Esc"),
        (translate("ShortcutsDialog", "Pan the map"), translate("ShortcutsDialog", "Space+drag")),
        (translate("ShortcutsDialog", "Zoom"), translate("ShortcutsDialog", "Ctrl+mouse wheel")),
    ]


def help_dir() -> Path | None:
    """The folder of the bundled guide, or None when this build has none."""
    node = resource("help")
    try:
        # The context keeps a real folder for installed and frozen apps alike (files are
        # never zipped there), so the path stays valid after the `with`.
        with as_file(node) as path:
            folder = Path(path)
    except (FileNotFoundError, TypeError):
        return None
    return folder if (folder / GUIDE_FILE).is_file() else None


class UserGuideDialog(QDialog):
    """The bundled user guide in a Markdown browser, with back/forward through its links."""

    def __init__(self, folder: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserGuideDialog")
        self.setWindowTitle(self.tr("mapstudio User Guide"))
        self.setWindowIcon(app_icon())
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._external)
        if folder is not None:
            self.browser.setSearchPaths([str(folder)])
            self.browser.setSource(
                QUrl.fromLocalFile(str(folder / GUIDE_FILE)),
                QTextDocument.ResourceType.MarkdownResource,
            )
        else:
            self.browser.setMarkdown(
                self.tr(
                    "# User guide\n\nThe user guide is not part of this build. It is in "
                    "the folder `docs/user-guide` of mapstudio's source."
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.browser, 1)
        box.addWidget(buttons)
        self.resize(900, 760)
        self.browser.sourceChanged.connect(lambda _url: self.fit_images())
        self.browser.viewport().installEventFilter(self)
        self.fit_images()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport's own resize, after the layout settled (the dialog's is too early).
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_images()
        return False

    def fit_images(self) -> None:
        """Shrink screenshots wider than the browser, so the text wraps to the window."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 24)
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                fragments += 1
                char_format = fragment.charFormat()
                if not char_format.isImageFormat():
                    continue
                image_format = char_format.toImageFormat()
                image = document.resource(
                    QTextDocument.ResourceType.ImageResource, QUrl(image_format.name())
                )
                if not isinstance(image, QImage | QPixmap) or image.isNull():
                    continue
                width = min(image.width(), room)
                if abs(image_format.width() - width) < 1:
                    continue
                image_format.setWidth(width)
                image_format.setHeight(image.height() * width / image.width())
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.setCharFormat(image_format)
            block = block.next()

    def _external(self, url: QUrl) -> None:
        # Links out of the guide (a web page) go to the system browser; the guide's own
        # pages and anchors stay in here.
        if url.scheme() in ("http", "https", "mailto"):
            self.browser.setSource(self.browser.source())
            QDesktopServices.openUrl(url)


_guide: UserGuideDialog | None = None


def open_user_guide(parent: QWidget | None = None) -> UserGuideDialog:
    """Help ▸ User Guide: show the guide (non-modal, one window reused)."""
    global _guide
    if _guide is None:
        _guide = UserGuideDialog(help_dir(), parent)
        _guide.destroyed.connect(_forget_guide)
        _guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _guide.show()
    _guide.raise_()
    _guide.activateWindow()
    return _guide


def _forget_guide() -> None:
    global _guide
    _guide = None


def plain_text(text: str) -> str:
    """An action's text as a person reads it: no '&' mnemonics ('&&' is a real '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_path(action: QAction) -> str:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu) and owner.title():
            return plain_text(owner.title())
    return ""


def window_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """(action, shortcut, menu) for every action of `window` with a shortcut, de-duplicated."""
    seen: set[int] = set()
    rows: list[tuple[str, str, str]] = []
    actions = list(window.actions()) + window.findChildren(QAction)
    for action in actions:
        if id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys:
            continue
        shortcut = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        rows.append((plain_text(action.text()).rstrip("…").strip(), shortcut, _menu_path(action)))
    return rows


def _table(rows: list[tuple[str, ...]], headers: list[str]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        table.horizontalHeader().setSectionResizeMode(
            column, QHeaderView.ResizeMode.ResizeToContents
        )
    return table


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: every shortcut of the window, with a filter box."""

    def __init__(self, window: QWidget | None) -> None:
        super().__init__(window)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.rows = window_shortcuts(window) if window is not None else []
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter"))
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = _table(
            list(self.rows), [self.tr("Command"), self.tr("Shortcut"), self.tr("Menu")]
        )
        self.table.setAccessibleName(self.tr("Menu shortcuts"))
        self.canvas_rows = _canvas_keys()
        self.canvas_table = _table(list(self.canvas_rows), [self.tr("On the map"), self.tr("Keys")])
        self.canvas_table.setAccessibleName(self.tr("Canvas keys"))
        self.filter_edit.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.filter_edit)
        box.addWidget(QLabel(self.tr("Menu commands")))
        box.addWidget(self.table, 3)
        box.addWidget(QLabel(self.tr("On the map")))
        box.addWidget(self.canvas_table, 2)
        box.addWidget(buttons)
        self.resize(620, 640)

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for table in (self.table, self.canvas_table):
            for row in range(table.rowCount()):
                items = (table.item(row, c) for c in range(table.columnCount()))
                cells = (item.text() for item in items if item is not None)
                table.setRowHidden(
                    row, bool(needle) and not any(needle in s.casefold() for s in cells)
                )


def show_shortcuts(window: QWidget) -> None:
    """Help ▸ Keyboard Shortcuts."""
    ShortcutsDialog(window).exec()


def add_help_actions(window: QWidget, menu: QMenu) -> list[QAction]:
    """Fill the Help menu: User Guide (F1), Keyboard Shortcuts, About mapstudio."""
    from mapstudio.ui.about import show_about

    guide = QAction(translate("HelpMenu", "mapstudio &User Guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.setStatusTip(translate("HelpMenu", "Read the user guide"))
    guide.triggered.connect(lambda _checked=False: open_user_guide(window))
    keys = QAction(translate("HelpMenu", "&Keyboard Shortcuts"), window)
    keys.setStatusTip(translate("HelpMenu", "List every keyboard shortcut"))
    keys.triggered.connect(lambda _checked=False: show_shortcuts(window))
    about = QAction(translate("HelpMenu", "&About mapstudio"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the app menu
    about.triggered.connect(lambda _checked=False: show_about(window))
    menu.addAction(guide)
    menu.addAction(keys)
    menu.addSeparator()
    menu.addAction(about)
    window.addAction(guide)  # F1 works with the menu closed
    return [guide, keys, about]


__all__ = [
    "ShortcutsDialog",
    "UserGuideDialog",
    "add_help_actions",
    "help_dir",
    "open_user_guide",
    "plain_text",
    "show_shortcuts",
    "window_shortcuts",
]
