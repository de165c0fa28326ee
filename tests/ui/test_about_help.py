"""About, the user guide, the shortcut list and the first-run hint."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QMenu

from mapstudio._version import __version__
from mapstudio.resources import resource
from mapstudio.ui.about import AboutDialog, app_icon, render_icon
from mapstudio.ui.first_run import (
    FirstRunHint,
    hint_wanted,
    is_first_run,
    show_first_run_hint,
)
from mapstudio.ui.help import (
    ShortcutsDialog,
    UserGuideDialog,
    add_help_actions,
    help_dir,
    open_user_guide,
    plain_text,
    window_shortcuts,
)
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.settings import app_settings

ROOT = Path(__file__).resolve().parents[2]


def _load_screenshot_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_screenshots", ROOT / "scripts" / "make_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_screenshots"] = module
    spec.loader.exec_module(module)
    return module


# -- about ------------------------------------------------------------------------------


def test_about_shows_version_description_and_the_font_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.title_label.text()
    assert "journey maps" in dialog.description_label.text()
    assert dialog.licence_label.text()
    ofl = resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert dialog.font_licence.toPlainText() == ofl
    assert "SIL OPEN FONT LICENSE" in dialog.font_licence.toPlainText()
    assert dialog.font_licence.isReadOnly()
    assert not dialog.windowIcon().isNull()


def test_app_icon_is_rendered_from_the_svg(qapp) -> None:  # type: ignore[no-untyped-def]
    image = render_icon(64)
    assert (image.width(), image.height()) == (64, 64)
    assert image.pixelColor(32, 32).alpha() > 0  # drawn, not blank
    assert image.pixelColor(0, 0).alpha() < 255  # rounded corners stay transparent
    assert {s.width() for s in app_icon().availableSizes()} >= {16, 32, 256}


# -- user guide -------------------------------------------------------------------------


def test_the_bundled_guide_is_the_current_docs() -> None:
    """resources/help is what scripts/make_screenshots.py --bundle makes from docs/.

    The guide and its screenshots must be current. The pages it links to (printing, file
    format) belong to other modules' docs and change often: they must be there, and are
    refreshed by the same command before a release (packaging/README.md).
    """
    script = _load_screenshot_script()
    expected = script.bundled_files()
    folder = help_dir()
    assert folder is not None
    actual = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    guide_files = ["guide.md"] + [name for name in expected if name.startswith("guide-")]
    missing = sorted({*guide_files, "printing.md", "file-format.md"} - set(actual))
    assert not missing, f"missing {missing}: run scripts/make_screenshots.py --bundle"
    stale = [name for name in guide_files if actual[name] != expected[name]]
    assert not stale, f"stale copies {stale}: run scripts/make_screenshots.py --bundle"


def test_guide_images_and_links_resolve_in_the_bundle() -> None:
    folder = help_dir()
    assert folder is not None
    guide = (folder / "guide.md").read_text(encoding="utf-8")
    for needed in (
        "## Getting started",
        "## Building a map",
        "## Personas",
        "## Printing",
        "## Sharing files",
        "## Keyboard shortcuts",
        "## The file format",
    ):
        assert needed in guide
    images = re.findall(r"\]\(([\w.-]+\.png)\)", guide)
    assert len(images) >= 5
    for image in images:
        assert (folder / image).is_file(), image
    assert "](printing.md)" in guide and "](file-format.md)" in guide
    for image in (ROOT / "docs" / "images").glob("guide-*.png"):
        assert image.stat().st_size < 400_000, image.name


def test_user_guide_dialog_renders_the_markdown_with_its_pictures(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = UserGuideDialog(help_dir())
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "mapstudio user guide" in text
    assert "Keyboard shortcuts" in text
    document = dialog.browser.document()
    picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("guide-window.png"))
    assert picture is not None and not picture.isNull()
    # A link to another bundled page opens it in the same browser.
    dialog.browser.setSource(QUrl("printing.md"), QTextDocument.ResourceType.MarkdownResource)
    assert "Printing journey maps" in dialog.browser.toPlainText()


def test_open_user_guide_reuses_one_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = open_user_guide()
    qtbot.addWidget(first)
    assert first.isVisible()
    assert open_user_guide() is first
    first.close()


# -- shortcuts --------------------------------------------------------------------------


def test_plain_text_drops_mnemonics() -> None:
    assert plain_text("Save &As…") == "Save As…"
    assert plain_text("Rock && Roll") == "Rock & Roll"


def test_shortcuts_dialog_lists_every_action_with_a_shortcut(example_window: MainWindow) -> None:
    expected = {
        plain_text(a.text()).rstrip("…").strip()
        for a in example_window.findChildren(type(example_window.act_save))
        if not a.shortcut().isEmpty() and a.text()
    }
    dialog = ShortcutsDialog(example_window)
    listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert expected <= listed
    rows = {name: (keys, menu) for name, keys, menu in window_shortcuts(example_window)}
    save_keys = example_window.act_save.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Save"] == (save_keys, "File")
    assert "&" not in "".join(listed)
    canvas = {dialog.canvas_table.item(r, 1).text() for r in range(dialog.canvas_table.rowCount())}
    assert {"Ctrl+Enter", "Alt+Arrow keys", "F2 or Enter"} <= canvas
    dialog.filter_edit.setText("paste")
    visible = [
        dialog.table.item(r, 0).text()
        for r in range(dialog.table.rowCount())
        if not dialog.table.isRowHidden(r)
    ]
    assert visible == ["Paste"]
    dialog.close()


def test_help_actions_fill_the_help_menu(example_window: MainWindow) -> None:
    menu = QMenu("&Help", example_window)
    guide, _keys, about = add_help_actions(example_window, menu)
    assert [plain_text(a.text()) for a in menu.actions() if a.text()] == [
        "mapstudio User Guide",
        "Keyboard Shortcuts",
        "About mapstudio",
    ]
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert about.menuRole() == about.MenuRole.AboutRole


# -- first run --------------------------------------------------------------------------


@pytest.fixture
def fresh_start(qapp: QApplication):  # type: ignore[no-untyped-def]
    settings = app_settings()
    for key in ("app/first_run_done", "hints/first_run_hint_hidden"):
        settings.remove(key)
    settings.sync()
    yield
    for key in ("app/first_run_done", "hints/first_run_hint_hidden"):
        settings.remove(key)
    settings.sync()


def test_first_run_shows_a_dismissible_non_modal_hint(fresh_start, example_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert is_first_run()
    hint = show_first_run_hint(example_window)
    assert isinstance(hint, FirstRunHint)
    assert not is_first_run()
    assert hint.isVisible() and not hint.isModal()
    assert "This is an example map" in hint.message.text()
    assert "double-click a cell" in hint.message.text()
    # It lies over the central area, inside the window, without taking layout space.
    assert hint.parentWidget() is example_window.centralWidget()
    assert example_window.centralWidget().rect().contains(hint.geometry())
    assert QApplication.activeModalWidget() is None
    hint.close_button.click()
    qtbot.waitUntil(lambda: not example_window.findChildren(FirstRunHint))
    assert hint_wanted()  # closed, but may show again (e.g. File ▸ New from Example)


def test_the_hint_about_the_example_goes_when_a_file_is_opened(
    fresh_start, example_window, example_copy, qtbot
) -> None:  # type: ignore[no-untyped-def]
    hint = show_first_run_hint(example_window)
    assert hint is not None and hint.isVisible()
    assert example_window.open_path(example_copy)
    qtbot.waitUntil(lambda: not example_window.findChildren(FirstRunHint))
    assert hint_wanted()  # not "don't show again": it may show for the example later


def test_dont_show_again_is_remembered(fresh_start, example_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    hint = show_first_run_hint(example_window)
    assert hint is not None
    hint.dont_show.setChecked(True)
    qtbot.keyClick(hint, Qt.Key.Key_Escape)
    assert not hint_wanted()
    assert show_first_run_hint(example_window) is None
