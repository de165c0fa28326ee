"""Edit ▸ Find on the window's map: the hits of the find bar's query, stepping through
them (F3 / Shift+F3), and the halo on the cards found."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapstudio.ui.find_bar import FindHit, find_in_map

if TYPE_CHECKING:
    from mapstudio.ui.main_window import MainWindow


class FindSession:
    """The find of one main window, driven by its find bar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.hits: list[FindHit] = []
        self.index = 0
        bar = window.find_bar
        bar.query_changed.connect(self.find)
        bar.step.connect(self.step)
        bar.closed.connect(self.closed)

    def find(self, query: str) -> None:
        window = self.window
        self.hits = find_in_map(window.document.project, window.current_map, query)
        self.index = 0
        found = {hit.id for hit in self.hits if hit.kind == "card"}
        for card_id, item in window.scene.card_items.items():
            item.set_found(card_id in found)
        self._show_hit()

    def step(self, direction: int) -> None:
        """The next (1) or previous (-1) hit; with none, the find bar opens."""
        if not self.hits:
            if not self.window.find_bar.isVisible():
                self.window.find_bar.open_bar()
            return
        self.index = (self.index + direction) % len(self.hits)
        self._show_hit()

    def _show_hit(self) -> None:
        window = self.window
        window.find_bar.show_count(self.index, len(self.hits))
        if not self.hits:
            return
        hit = self.hits[self.index]
        scene = window.scene
        item = scene.card_items.get(hit.id) if hit.kind == "card" else scene.band_items.get(hit.id)
        if item is not None:
            window.editor.select_only([item])
            window.view.ensureVisible(item, 80, 80)

    def closed(self) -> None:
        for item in self.window.scene.card_items.values():
            item.set_found(False)
        self.hits = []
        self.window.view.setFocus()
