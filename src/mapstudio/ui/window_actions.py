"""Builds the main window's actions and menus from their table (`action_table`).

`build_actions` makes a QAction of each ActionSpec, `build_menus` the menu bar of
MENU_BAR; `apply_enabled` enables the actions from the states the window works out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu

from mapstudio.ui import content_actions, help, map_actions, merge_actions, photo_review
from mapstudio.ui import preferences as preferences_module
from mapstudio.ui.action_table import (
    ACTIONS,
    CONTEXT,
    MENU_BAR,
    SEPARATOR,
    ActionSpec,
    Hook,
    MenuSpec,
)
from mapstudio.ui.i18n import translate
from mapstudio.ui.text_commands import focused_text_field, run_on_text

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow

# Modules whose functions act for a window: a handler "content_actions.export_picture"
# calls content_actions.export_picture(window).
HANDLER_MODULES: dict[str, ModuleType] = {
    "content_actions": content_actions,
    "help": help,
    "map_actions": map_actions,
    "merge_actions": merge_actions,
    "photo_review": photo_review,
    "preferences": preferences_module,
}


def resolve(window: MainWindow, name: str) -> Callable[..., Any]:
    """What a handler name stands for. "content_actions.export_picture" is a function of
    one of HANDLER_MODULES, given the window first; any other name is a path of
    attributes from the window ("files.save", "editor.paste"), where "name()" calls a
    method on the way ("shown_view().zoom_in" zooms whichever canvas is on screen)."""
    head, _, rest = name.partition(".")
    module = HANDLER_MODULES.get(head)
    if module is not None:
        return partial(getattr(module, rest), window)
    target: Any = window
    for part in name.split("."):
        target = getattr(target, part.removesuffix("()"))
        if part.endswith("()"):
            target = target()
    return target  # Any: a method found by name


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """A QAction for each of ACTIONS, owned by the window (so its shortcut works where
    no menu shows it) and kept as the window's attribute act_<id>."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(translate(CONTEXT, spec.text), window)
        if callable(spec.shortcut):
            action.setShortcuts(spec.shortcut())
        elif spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        if spec.tip:
            tip = translate(CONTEXT, spec.tip)
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if spec.icon is not None:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if spec.role is not None:
            action.setMenuRole(spec.role)
        action.triggered.connect(partial(_trigger, window, spec))
        window.addAction(action)
        setattr(window, f"act_{spec.id}", action)
        actions[spec.id] = action
    return actions


def _trigger(window: MainWindow, spec: ActionSpec, _checked: bool = False) -> None:
    field = focused_text_field()
    if spec.text_command is not None and field is not None:
        run_on_text(field, spec.text_command)
        return
    if spec.text_command is None and not spec.keeps_typing:
        window.editor.commit_inline()
    resolve(window, spec.handler)(*spec.args)


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    """The menu bar of MENU_BAR, with the actions of `window.action_by_id`; returns every
    menu and submenu by id."""
    menus: dict[str, QMenu] = {}
    bar = window.menuBar()
    for spec in MENU_BAR:
        _fill_menu(window, bar.addMenu(translate(CONTEXT, spec.title)), spec, menus)
    return menus


def _fill_menu(window: MainWindow, menu: QMenu, spec: MenuSpec, menus: dict[str, QMenu]) -> None:
    menus[spec.id] = menu
    if spec.filled_by is not None:
        filler = spec.filled_by
        menu.aboutToShow.connect(lambda: resolve(window, filler)(menu))
    for entry in spec.entries:
        if isinstance(entry, MenuSpec):
            _fill_menu(window, menu.addMenu(translate(CONTEXT, entry.title)), entry, menus)
        elif isinstance(entry, Hook):
            resolve(window, entry.handler)(menu)
        elif entry == SEPARATOR:
            menu.addSeparator()
        else:
            menu.addAction(window.action_by_id[entry])


def apply_enabled(window: MainWindow, conditions: Mapping[str, bool]) -> None:
    """Enable each action whose `enabled_when` is among `conditions` as it says; the
    others keep their state."""
    for spec in ACTIONS:
        if spec.enabled_when is not None and spec.enabled_when in conditions:
            window.action_by_id[spec.id].setEnabled(conditions[spec.enabled_when])


def enable_text_commands(window: MainWindow) -> None:
    """A text field has the keyboard: the actions with a text command act on its text,
    which changes with every key, so they stay enabled (a shortcut of a disabled action
    would do nothing at all)."""
    for spec in ACTIONS:
        if spec.text_command is not None:
            window.action_by_id[spec.id].setEnabled(True)


__all__ = [
    "HANDLER_MODULES",
    "apply_enabled",
    "build_actions",
    "build_menus",
    "enable_text_commands",
    "resolve",
]
