"""The main window's action table: every action reachable, every name real, no key twice.

The actions and menus are data (`mapstudio.ui.action_table`) built by
`mapstudio.ui.window_actions`; these tests walk the table, so an action added without
a menu, a handler name with a typo, a state nobody works out or a shortcut taken twice
fails here rather than in a designer's hands.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mapstudio.ui import window_actions
from mapstudio.ui.action_table import (
    ACTIONS,
    CONDITIONS,
    MENU_BAR,
    SEPARATOR,
    Hook,
    MenuSpec,
)
from mapstudio.ui.main_window import MainWindow
from mapstudio.ui.window_actions import resolve


def _menus(specs: tuple[MenuSpec, ...]) -> Iterator[MenuSpec]:
    for spec in specs:
        yield spec
        yield from _menus(tuple(e for e in spec.entries if isinstance(e, MenuSpec)))


def _action_ids_in_menus() -> list[str]:
    return [
        entry
        for menu in _menus(MENU_BAR)
        for entry in menu.entries
        if isinstance(entry, str) and entry != SEPARATOR
    ]


def test_action_ids_are_unique_and_every_action_is_in_a_menu() -> None:
    ids = [spec.id for spec in ACTIONS]
    assert len(ids) == len(set(ids))
    in_menus = _action_ids_in_menus()
    assert set(ids) - set(in_menus) == set(), "actions no menu shows"
    assert set(in_menus) - set(ids) == set(), "menu entries that are no action"
    menu_ids = [menu.id for menu in _menus(MENU_BAR)]
    assert len(menu_ids) == len(set(menu_ids))


def test_every_action_has_a_text_and_names_a_known_state() -> None:
    for spec in ACTIONS:
        assert spec.text.strip(), spec.id
        assert spec.enabled_when is None or spec.enabled_when in CONDITIONS, spec.id


def test_every_handler_names_something_the_window_can_call(example_window: MainWindow) -> None:
    names = [spec.handler for spec in ACTIONS]
    names += [menu.filled_by for menu in _menus(MENU_BAR) if menu.filled_by is not None]
    names += [
        entry.handler
        for menu in _menus(MENU_BAR)
        for entry in menu.entries
        if isinstance(entry, Hook)
    ]
    for name in names:
        assert callable(resolve(example_window, name)), name


def test_the_window_works_out_every_state_an_action_waits_for(
    example_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A condition that no code sets would leave its actions stuck as they started."""
    worked_out: set[str] = set()
    real = window_actions.apply_enabled

    def recording(window: MainWindow, conditions: Mapping[str, bool]) -> None:
        worked_out.update(conditions)
        real(window, conditions)

    monkeypatch.setattr("mapstudio.ui.main_window.apply_enabled", recording)
    example_window.update_edit_actions()
    example_window._update_undo_actions()
    example_window.files.set_read_only(False)
    assert worked_out == CONDITIONS


def test_every_shortcut_belongs_to_one_action(example_window: MainWindow) -> None:
    """Two actions on one key: Qt runs neither ("ambiguous shortcut")."""
    owners: dict[str, list[str]] = defaultdict(list)
    actions = {id(a): a for a in [*example_window.actions(), *example_window.findChildren(QAction)]}
    for action in actions.values():
        for key in action.shortcuts():
            if not key.isEmpty():
                owners[key.toString(QKeySequence.SequenceFormat.PortableText)].append(action.text())
    assert owners["Ctrl+S"] == ["&Save"]  # the walk sees the table's actions
    assert owners["F8"] == ["Ne&xt Change"]  # and those other modules add
    shared = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert shared == {}


def _entries(menu: QMenu) -> list[object]:
    return [
        SEPARATOR if action.isSeparator() else action.menu() or action for action in menu.actions()
    ]


def test_the_menus_are_laid_out_as_the_table_says(example_window: MainWindow) -> None:
    """Each built menu holds the table's entries in the table's order; hooks and the
    docks' show/hide entries add theirs where the table leaves room."""
    built = example_window.menus
    table_actions = set(example_window.action_by_id.values())
    bar = [action.menu() for action in example_window.menuBar().actions()]
    assert bar == [built[spec.id] for spec in MENU_BAR]
    for spec in _menus(MENU_BAR):
        expected = [
            built[entry.id]
            if isinstance(entry, MenuSpec)
            else entry
            if entry == SEPARATOR
            else example_window.action_by_id[entry]
            for entry in spec.entries
            if not isinstance(entry, Hook)
        ]
        actual = [
            entry
            for entry in _entries(built[spec.id])
            if entry == SEPARATOR or entry in table_actions or isinstance(entry, QMenu)
        ]
        if any(isinstance(entry, Hook) for entry in spec.entries):
            # A hook's entries may bring their own separators.
            expected = [entry for entry in expected if entry != SEPARATOR]
            actual = [entry for entry in actual if entry != SEPARATOR]
        if spec.id == "view":  # Compare With… adds a separator of its own below
            actual = actual[: len(expected)]
        assert actual == expected, spec.id


def test_each_action_is_also_the_windows_act_attribute(example_window: MainWindow) -> None:
    for spec in ACTIONS:
        action = example_window.action_by_id[spec.id]
        assert getattr(example_window, f"act_{spec.id}") is action
        assert action.parent() is example_window
        assert action in example_window.actions()  # its shortcut works with menus closed
