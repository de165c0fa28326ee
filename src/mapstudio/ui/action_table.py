"""The main window's actions and menus, as data.

`ACTIONS` names each action of the window once: its text, shortcut, tip, what it calls
and when it is enabled. `MENU_BAR` lays out the menus. `mapstudio.ui.window_actions`
builds both into QActions and QMenus; nothing in the window makes an action by hand.

A handler is named, not referenced, so the table reads as data and a test can check
every name (`window_actions.resolve` says how a name is found). Texts are marked with
QT_TRANSLATE_NOOP under the "MainWindow" context, the context they had as `self.tr`
calls in the window, so existing translations still match; they are translated when
the action is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

from mapstudio.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MainWindow"  # the translation context of every text below
Key = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | Callable[[], list[QKeySequence]]

# The states an action's `enabled_when` may name; the window works them out (see
# MainWindow.update_edit_actions) and `window_actions.apply_enabled` sets the actions from them.
CONDITIONS = frozenset(
    {
        "can_undo",  # the document has a step to undo
        "can_redo",
        "cards_selected",  # cards are selected on the editing canvas
        "anything_deletable",  # cards, emotion points or stages are selected
        "anything_selected",
        "pasteable",  # the clipboard holds cards (or a picture for the one selected card)
        "map_shown",  # the editing canvas is on screen (not the compare canvas)
        "writable",  # the file is not open read-only
    }
)


def redo_shortcuts() -> list[QKeySequence]:
    """The platform's Redo keys, plus Ctrl+Y where it is not a Mac: both Ctrl+Shift+Z
    and Ctrl+Y are what people press for Redo on Linux and Windows."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    if sys.platform != "darwin" and ctrl_y not in keys:
        keys.append(ctrl_y)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    if shift_z not in keys:
        keys.append(shift_z)
    return keys


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window."""

    id: str  # the key in window.action_by_id, and the window's attribute act_<id>
    text: str  # the menu text, marked for translation
    handler: str  # what it calls, found by `resolve`, with `args`
    shortcut: Shortcut | None = None  # a list of keys when a function gives them
    tip: str = ""  # status tip and tooltip, marked for translation
    args: tuple[object, ...] = ()
    # With a text command, the action acts on the text field that has the keyboard,
    # when there is one (Undo, Copy… in a text field).
    text_command: str | None = None
    # Any other action first finishes the text being typed on the map (so it lands as
    # its own undo step), unless it only changes the view or the keyboard focus.
    keeps_typing: bool = False
    enabled_when: str | None = None  # one of CONDITIONS; None: always enabled
    icon: str | None = None  # a theme icon name (none of the menus shows icons yet)
    role: QAction.MenuRole | None = None  # where macOS puts it (Preferences, About)


ACTIONS: tuple[ActionSpec, ...] = (
    # In the order the window made them by hand before: the Keyboard Shortcuts list
    # shows them in this order. The menus are laid out by MENU_BAR.
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("MainWindow", "&New"),
        "files.new_project",
        Key.New,
        QT_TRANSLATE_NOOP("MainWindow", "Start a new project"),
    ),
    ActionSpec(
        "new_example",
        QT_TRANSLATE_NOOP("MainWindow", "New from &Example"),
        "files.new_from_example",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Start from the bundled example map"),
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        "files.open_dialog",
        Key.Open,
        QT_TRANSLATE_NOOP("MainWindow", "Open a project file"),
    ),
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("MainWindow", "&Save"),
        "files.save",
        Key.Save,
        QT_TRANSLATE_NOOP("MainWindow", "Save the project"),
        enabled_when="writable",
    ),
    ActionSpec(
        "merge_copy",
        QT_TRANSLATE_NOOP("MainWindow", "&Merge a Copy…"),
        "merge_actions.merge_copy_dialog",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Bring in the changes of another copy of this project"),
    ),
    ActionSpec(
        "save_as",
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        "files.save_as",
        Key.SaveAs,
        QT_TRANSLATE_NOOP("MainWindow", "Save the project under a new name"),
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("MainWindow", "Export &PDF…"),
        "content_actions.export_pdf",
        Key.Print,
        QT_TRANSLATE_NOOP(
            "MainWindow", "Print-ready PDF poster, tiled sheets or a blank workshop template"
        ),
    ),
    ActionSpec(
        "new_template",
        QT_TRANSLATE_NOOP("MainWindow", "New from &Template…"),
        "content_actions.new_from_template",
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Start from a template: online purchase, SaaS onboarding, blueprint…"
        ),
    ),
    ActionSpec(
        "import_new",
        QT_TRANSLATE_NOOP("MainWindow", "Spreadsheet as &New Project…"),
        "content_actions.import_sheet_as_project",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Make a project from a CSV or XLSX sheet of cards"),
    ),
    ActionSpec(
        "import_merge",
        QT_TRANSLATE_NOOP("MainWindow", "&Merge Spreadsheet into This Map…"),
        "content_actions.merge_sheet_into_map",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Add a sheet's cards to this map, matching stages, lanes and personas"
        ),
    ),
    ActionSpec(
        "export_sheet",
        QT_TRANSLATE_NOOP("MainWindow", "&Spreadsheet (CSV, XLSX)…"),
        "content_actions.export_sheet_of_map",
        tip=QT_TRANSLATE_NOOP("MainWindow", "One row per card or emotion point of this map"),
    ),
    ActionSpec(
        "export_picture",
        QT_TRANSLATE_NOOP("MainWindow", "P&icture (PNG, SVG)…"),
        "content_actions.export_picture",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "The map, or the selected cards, as a picture for slides"
        ),
    ),
    ActionSpec(
        "copy_image",
        QT_TRANSLATE_NOOP("MainWindow", "Copy as &Image"),
        "content_actions.copy_as_image",
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP("MainWindow", "Copy the selection, or the whole map, as a picture"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        "close",
        Key.Quit,
        QT_TRANSLATE_NOOP("MainWindow", "Quit mapstudio"),
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        "document.undo",
        Key.Undo,
        text_command="undo",
        enabled_when="can_undo",
    ),
    ActionSpec(
        "redo",
        QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
        "document.redo",
        redo_shortcuts,
        text_command="redo",
        enabled_when="can_redo",
    ),
    ActionSpec(
        "cut",
        QT_TRANSLATE_NOOP("MainWindow", "Cu&t"),
        "editor.cut_selection",
        Key.Cut,
        QT_TRANSLATE_NOOP("MainWindow", "Cut the selected cards"),
        text_command="cut",
        enabled_when="cards_selected",
    ),
    ActionSpec(
        "copy",
        QT_TRANSLATE_NOOP("MainWindow", "&Copy"),
        "editor.copy_selection",
        Key.Copy,
        QT_TRANSLATE_NOOP("MainWindow", "Copy the selected cards"),
        text_command="copy",
        enabled_when="cards_selected",
    ),
    ActionSpec(
        "paste",
        QT_TRANSLATE_NOOP("MainWindow", "&Paste"),
        "editor.paste",
        Key.Paste,
        QT_TRANSLATE_NOOP("MainWindow", "Paste cards into the selected cell"),
        text_command="paste",
        enabled_when="pasteable",
    ),
    ActionSpec(
        "duplicate",
        QT_TRANSLATE_NOOP("MainWindow", "D&uplicate"),
        "editor.duplicate_selection",
        "Ctrl+D",
        QT_TRANSLATE_NOOP("MainWindow", "Duplicate the selected cards"),
        enabled_when="cards_selected",
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
        "editor.delete_selection",
        Key.Delete,
        QT_TRANSLATE_NOOP("MainWindow", "Delete the selection"),
        text_command="delete",
        enabled_when="anything_deletable",
    ),
    ActionSpec(
        "select_all",
        QT_TRANSLATE_NOOP("MainWindow", "Select &All Cards"),
        "editor.select_all",
        Key.SelectAll,
        QT_TRANSLATE_NOOP("MainWindow", "Select every card of the map"),
        text_command="select_all",
        enabled_when="map_shown",
    ),
    ActionSpec(
        "preferences",
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        "preferences.edit_preferences",
        Key.Preferences,
        QT_TRANSLATE_NOOP("MainWindow", "Paper size, units, autosave, emotion scale, theme"),
        role=QAction.MenuRole.PreferencesRole,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
        "find_bar.open_bar",
        Key.Find,
        QT_TRANSLATE_NOOP("MainWindow", "Find text in cards and personas"),
        keeps_typing=True,
    ),
    ActionSpec(
        "find_next",
        QT_TRANSLATE_NOOP("MainWindow", "Find &Next"),
        "finder.step",
        Key.FindNext,
        args=(1,),
        keeps_typing=True,
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("MainWindow", "Find Pre&vious"),
        "finder.step",
        Key.FindPrevious,
        args=(-1,),
        keeps_typing=True,
    ),
    # The zoom actions act on the canvas on screen (the compare canvas while comparing).
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
        "shown_view().zoom_in",
        Key.ZoomIn,
        keeps_typing=True,
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
        "shown_view().zoom_out",
        Key.ZoomOut,
        keeps_typing=True,
    ),
    ActionSpec(
        "zoom_fit",
        QT_TRANSLATE_NOOP("MainWindow", "&Fit Map"),
        "shown_view().fit_map",
        "Ctrl+0",
        QT_TRANSLATE_NOOP("MainWindow", "Show the whole map"),
        keeps_typing=True,
    ),
    ActionSpec(
        "zoom_selection",
        QT_TRANSLATE_NOOP("MainWindow", "Fit &Selection"),
        "shown_view().fit_selection",
        "Ctrl+2",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom to the selection"),
        keeps_typing=True,
        enabled_when="anything_selected",
    ),
    ActionSpec(
        "zoom_100",
        QT_TRANSLATE_NOOP("MainWindow", "&Actual Size"),
        "shown_view().zoom_actual_size",
        "Ctrl+1",
        QT_TRANSLATE_NOOP("MainWindow", "Show the map at 100 %"),
        keeps_typing=True,
    ),
    ActionSpec(
        "add_stage",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Stage"),
        "map_actions.add_stage",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Add a stage after the selected one (or at the end) and name it"
        ),
    ),
    ActionSpec(
        "add_persona_band",
        QT_TRANSLATE_NOOP("MainWindow", "Add &Persona Band"),
        "map_actions.add_persona_band",
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Add a new persona to the project and give it a band on this map"
        ),
    ),
    ActionSpec(
        "next_pane",
        QT_TRANSLATE_NOOP("MainWindow", "Next &Panel"),
        "focus_next_pane",
        "F6",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Move the keyboard to the map, the Inspector, the Personas panel or the Palette",
        ),
        args=(1,),
        keeps_typing=True,
    ),
    ActionSpec(
        "previous_pane",
        QT_TRANSLATE_NOOP("MainWindow", "Pre&vious Panel"),
        "focus_next_pane",
        "Shift+F6",
        args=(-1,),
        keeps_typing=True,
    ),
    ActionSpec(
        "show_hidden",
        QT_TRANSLATE_NOOP("MainWindow", "Show &Hidden Bands"),
        "show_hidden_bands",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Show every persona band again"),
    ),
    ActionSpec(
        "new_map",
        QT_TRANSLATE_NOOP("MainWindow", "&New Map"),
        "map_actions.new_map",
        "Ctrl+Shift+M",
        QT_TRANSLATE_NOOP("MainWindow", "Add a map with the classic stages"),
    ),
    ActionSpec(
        "rename_map", QT_TRANSLATE_NOOP("MainWindow", "&Rename Map…"), "map_actions.rename_map"
    ),
    ActionSpec(
        "future_map",
        QT_TRANSLATE_NOOP("MainWindow", "Duplicate as &Future State"),
        "map_actions.duplicate_as_future_state",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Copy this map as a future-state map linked to it"),
    ),
    ActionSpec(
        "delete_map", QT_TRANSLATE_NOOP("MainWindow", "&Delete Map"), "map_actions.delete_map"
    ),
)


SEPARATOR = "-"


@dataclass(frozen=True)
class Hook:
    """Menu entries another module adds: `handler` is called with the menu."""

    handler: str


@dataclass(frozen=True)
class MenuSpec:
    """A menu: action ids, SEPARATOR, submenus and hooks, top to bottom."""

    id: str  # the key in window.menus
    title: str  # marked for translation
    entries: tuple[str | MenuSpec | Hook, ...] = ()
    filled_by: str | None = None  # refilled each time it opens: handler called with the menu


MENU_BAR: tuple[MenuSpec, ...] = (
    MenuSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "new",
            "new_template",
            "new_example",
            "open",
            MenuSpec(
                "recent",
                QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"),
                filled_by="files.fill_recent_menu",
            ),
            "merge_copy",
            SEPARATOR,
            "save",
            "save_as",
            SEPARATOR,
            MenuSpec(
                "import", QT_TRANSLATE_NOOP("MainWindow", "&Import"), ("import_new", "import_merge")
            ),
            Hook("photo_review.add_menu_entry"),
            MenuSpec(
                "export",
                QT_TRANSLATE_NOOP("MainWindow", "&Export"),
                ("export_pdf", "export_sheet", "export_picture"),
            ),
            "export_pdf",
            SEPARATOR,
            "quit",
        ),
    ),
    MenuSpec(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        (
            *("undo", "redo", SEPARATOR),
            *("cut", "copy", "paste", "duplicate", "delete", "copy_image", SEPARATOR),
            *("select_all", SEPARATOR),
            *("find", "find_next", "find_previous", SEPARATOR),
            "preferences",
        ),
    ),
    MenuSpec(
        "map",
        QT_TRANSLATE_NOOP("MainWindow", "&Map"),
        (
            *("new_map", "rename_map", "future_map", "delete_map", SEPARATOR),
            *("add_stage", "add_persona_band"),
            MenuSpec(
                "lanes",
                QT_TRANSLATE_NOOP("MainWindow", "&Lanes"),
                filled_by="map_actions.fill_lanes_menu",
            ),
        ),
    ),
    # The docks add their show/hide entries at the end (MainWindow.add_dock).
    MenuSpec(
        "view",
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        (
            *("zoom_in", "zoom_out", "zoom_fit", "zoom_selection", "zoom_100", SEPARATOR),
            *("next_pane", "previous_pane", SEPARATOR),
            *("show_hidden", SEPARATOR),
        ),
    ),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help"), (Hook("help.add_help_actions"),)),
)
