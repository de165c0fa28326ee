"""A pseudo-translation shows which visible strings go through Qt's translation machinery.

The test runs the real pipeline: pyside6-lupdate extracts the strings from the sources,
every translation is set to "[[source]]", pyside6-lrelease compiles it, and
mapstudio.ui.i18n.install_translator loads the .qm. Any visible text without "[[" then
was not marked for translation (or was extracted under another context than the one it
is looked up in at run time, which is the same bug for a translator). Where the tools
are missing, a QTranslator that marks every lookup stands in: it checks that strings are
looked up, not that lupdate finds them.

The main window and the docks belong to other modules that are being wrapped step by
step: `KNOWN_UNMARKED` lists what is still plain. A string that is wrapped drops off the
list (remove it then); a new plain string fails the test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from mapstudio.ui.i18n import install_translator, remove_translators

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "mapstudio"
MARK = "[["

# Visible strings of the main window, menus and docks that are not marked yet. Empty:
# every string the check can see goes through Qt's translation; keep it that way.
KNOWN_UNMARKED: set[str] = set()


def _tool(name: str) -> str | None:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    return str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")


def pseudo_ts(source_ts: Path, out: Path) -> int:
    """Write `out`: `source_ts` with every translation set to "[[source]]"."""
    tree = ET.parse(source_ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = f"[[{source}]]"
        else:
            translation.text = f"[[{source}]]"
        count += 1
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return count


class MarkEverything(QTranslator):
    """Stand-in when lupdate/lrelease are missing: marks every string looked up."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[[{source}]]" if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(scope="module")
def pseudo_translation(
    qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """Install the pseudo-translation for the tests of this module; yields how."""
    lupdate, lrelease = _tool("lupdate"), _tool("lrelease")
    folder = tmp_path_factory.mktemp("pseudo")
    if lupdate and lrelease:
        sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
        extracted = folder / "extracted.ts"
        subprocess.run([lupdate, *sources, "-ts", str(extracted)], check=True, capture_output=True)
        assert pseudo_ts(extracted, folder / "mapstudio_de.ts") > 50
        subprocess.run(
            [lrelease, str(folder / "mapstudio_de.ts"), "-qm", str(folder / "mapstudio_de.qm")],
            check=True,
            capture_output=True,
        )
        translator = install_translator(qapp, QLocale("de_DE"), directory=folder)
        assert translator is not None, "install_translator did not load the .qm"
        how = "lupdate+lrelease"
    else:
        stand_in = MarkEverything(qapp)
        qapp.installTranslator(stand_in)
        how = "stand-in translator"
    yield how
    if how == "stand-in translator":
        qapp.removeTranslator(stand_in)
    remove_translators(qapp)


def _strip(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(widget: QWidget) -> dict[str, str]:
    """The texts a person sees in `widget` and its children: where -> text."""
    found: dict[str, str] = {}
    if widget.windowTitle():
        found[f"{type(widget).__name__} title"] = widget.windowTitle()
    standard = set()
    for box in widget.findChildren(QDialogButtonBox):
        # Qt translates its standard buttons (OK, Cancel) through its own catalogue.
        standard |= {id(box.button(b)) for b in box.standardButtons()}
    for label in widget.findChildren(QLabel):
        text = label.text()
        if text and label.isVisibleTo(widget):
            found[f"label {text[:30]}"] = text
    for button in widget.findChildren(QAbstractButton):
        if button.text() and id(button) not in standard and button.isVisibleTo(widget):
            found[f"button {button.text()}"] = button.text()
    for group in widget.findChildren(QGroupBox):
        if group.title():
            found[f"group {group.title()}"] = group.title()
    for tabs in widget.findChildren(QTabWidget):
        for index in range(tabs.count()):
            found[f"tab {tabs.tabText(index)}"] = tabs.tabText(index)
    return found


def unmarked(texts: dict[str, str]) -> set[str]:
    """The texts that show no pseudo-translation mark (numbers and symbols excepted)."""
    return {
        _strip(text)
        for text in texts.values()
        if MARK not in text and any(ch.isalpha() for ch in text)
    }


def menu_texts(menu: QMenu, path: str = "") -> dict[str, str]:
    found = {f"menu {path}{menu.title()}": menu.title()}
    for action in menu.actions():
        if action.isSeparator() or not action.text():
            continue
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.update(menu_texts(sub, f"{path}{_strip(menu.title())} ▸ "))
        else:
            found[f"action {path}{_strip(menu.title())} ▸ {action.text()}"] = action.text()
    return found


# -- the dialogs and widgets of this issue: every string marked ------------------------


def test_pseudo_translation_is_loaded(pseudo_translation: str) -> None:
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "[[Preferences]]"


def _check(widget: QWidget) -> None:
    texts = visible_texts(widget)
    assert texts, "nothing visible was found"
    assert unmarked(texts) == set(), f"unmarked in {type(widget).__name__}"


def test_about_dialog_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    _check(dialog)


def test_preferences_dialog_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    _check(dialog)
    combos = [dialog.paper_combo, dialog.units_combo, dialog.theme_combo]
    items = [c.itemText(i) for c in combos for i in range(c.count())]
    assert all(MARK in text for text in items), items


def test_crash_dialog_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.crash import CrashDialog

    dialog = CrashDialog(ValueError, ValueError("x"), "Traceback", Path("/tmp/mapstudio.log"))
    qtbot.addWidget(dialog)
    _check(dialog)


def test_shortcuts_and_guide_are_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.help import ShortcutsDialog, UserGuideDialog

    shortcuts = ShortcutsDialog(None)
    qtbot.addWidget(shortcuts)
    _check(shortcuts)
    headers = [
        shortcuts.table.horizontalHeaderItem(i).text() for i in range(shortcuts.table.columnCount())
    ]
    canvas = [
        shortcuts.canvas_table.item(r, 0).text() for r in range(shortcuts.canvas_table.rowCount())
    ]
    assert all(MARK in text for text in headers + canvas), headers + canvas
    guide = UserGuideDialog(None)
    qtbot.addWidget(guide)
    assert MARK in guide.windowTitle()


def test_first_run_hint_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.first_run import FirstRunHint

    host = QWidget()
    qtbot.addWidget(host)
    hint = FirstRunHint(host)
    _check(hint)


def test_help_menu_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.help import add_help_actions

    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    add_help_actions(window, menu)
    texts = {k: v for k, v in menu_texts(menu).items() if k.startswith("action")}
    assert len(texts) == 3
    assert unmarked(texts) == set()


# -- the main window: menus, actions, docks --------------------------------------------


def main_window_texts(window: QWidget) -> dict[str, str]:
    from PySide6.QtWidgets import QMainWindow

    assert isinstance(window, QMainWindow)
    texts: dict[str, str] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            # Filled when opened: recent files (names of files) and lane kinds.
            menu.aboutToShow.emit()
            texts.update(menu_texts(menu))
    for dock in window.findChildren(QDockWidget):
        texts[f"dock {dock.objectName() or type(dock).__name__}"] = dock.windowTitle()
        texts.update(visible_texts(dock))
    return texts


def test_main_window_menus_and_docks(pseudo_translation: str, qtbot, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(example_path)
    texts = main_window_texts(window)
    # What the user typed (map, persona and card names) is not for translation.
    data = {m.title for m in window.project.maps} | {p.name for p in window.project.personas}
    data |= {f"{p.name}\n{p.role}" for p in window.project.personas}
    data |= {p.name.upper() for p in window.project.personas}  # section headings
    # View ▸ <dock> entries repeat the dock titles, which the docks' check covers.
    dock_titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    menus = {
        k: v for k, v in texts.items() if k.startswith(("menu", "action")) and v not in dock_titles
    }
    assert len(menus) > 30
    # Every menu title and menu command is marked: no exceptions there.
    assert unmarked(menus) == set()
    texts = {k: v for k, v in texts.items() if _strip(v) not in data}
    plain = unmarked(texts)
    new = sorted(plain - KNOWN_UNMARKED)
    fixed = sorted(KNOWN_UNMARKED - plain)
    print(f"\nunmarked ({len(plain)}): {sorted(plain)}")
    assert not new, f"visible strings not marked for translation: {new}"
    assert not fixed, f"now marked, remove from KNOWN_UNMARKED: {fixed}"


def test_photo_review_dialog_is_marked(pseudo_translation: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mapstudio.photo import PhotoImport, PhotoView
    from mapstudio.ui.photo_review import PhotoReviewDialog

    identity = (1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0)
    found = PhotoImport(
        "map", "Map", (PhotoView(0, "wall.jpg", 400, 300, 4, identity),), (), ("a problem",)
    )
    dialog = PhotoReviewDialog(found, [None])
    qtbot.addWidget(dialog)
    texts = visible_texts(dialog)
    # The problem itself is data from the analysis; the words round it are marked.
    assert unmarked(texts) == set(), texts


def test_band_context_menu_is_marked(pseudo_translation: str, qtbot, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A band header's context menu, expanded and collapsed: every command is marked
    ("Expand Band" / "Collapse Band" were plain while the commands round them were not)."""
    from mapstudio.ui.canvas.context_menu import fill_context_menu
    from mapstudio.ui.canvas.items import BandHeaderItem
    from mapstudio.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.mark_clean())
    assert window.open_path(example_path)
    for collapsed in (False, True):
        header = next(
            i
            for i in window.scene.items()
            if isinstance(i, BandHeaderItem) and i.box.persona_id is not None
        )
        if header.box.collapsed != collapsed:
            window.toggle_band_collapsed(header.box.persona_id)
            header = next(
                i
                for i in window.scene.items()
                if isinstance(i, BandHeaderItem) and i.box.persona_id is not None
            )
        assert header.box.collapsed == collapsed
        menu = QMenu()
        assert fill_context_menu(window.editor, header.sceneBoundingRect().center(), menu)
        actions = menu_texts(menu)
        assert len(actions) > 5
        assert unmarked(actions) == set(), actions
