"""What a canvas gesture is, and what it may use.

A gesture is one press-drag-release of the pointer on something a designer grabbed:

    press  ->  move*  ->  release  (-> an edit command, or None)
                      ->  cancel   (Esc, the window lost the pointer, the map changed)

While the mouse is down a gesture moves only graphics items and draws its own marks
(`Feedback`); it never changes the document. On release it puts its items back and
says, as one command, what the drag meant; the dispatcher (`CanvasEditor`) runs that
command, and the scene then draws the items where the new layout puts them (DESIGN.md
rule 3). A press that never travels past the platform's drag distance is a click: its
release gives no command.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Self

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QGraphicsItem

from mapstudio.edit import Command
from mapstudio.layout import MapLayout
from mapstudio.model import JourneyMap, Project
from mapstudio.ui.canvas.gestures.feedback import Feedback
from mapstudio.ui.canvas.items import lift

# How far above everything else dragged items travel.
LIFT = 100.0


@dataclass(frozen=True)
class Labelled:
    """A command shown in the Undo menu under a designer's word for the gesture
    ("Add Pain point" rather than "Add Card")."""

    command: Command
    label: str

    def apply(self, project: Project) -> Project:
        return self.command.apply(project)


def unlabelled(command: Command) -> Command:
    """The command inside a `Labelled` one (or the command itself)."""
    return command.command if isinstance(command, Labelled) else command


@dataclass(frozen=True)
class GestureCanvas:
    """What a gesture may read and draw on: the layout and the map on screen (as they
    are at each event: an undo may change them while the mouse is down), the marks of
    its feedback, and the status bar for a plain-words reason (translated under the
    "CanvasEditor" context, where these strings have always been)."""

    layout: Callable[[], MapLayout]
    journey_map: Callable[[], JourneyMap]
    feedback: Feedback
    say: Callable[[str], None]


class Gesture(ABC):
    """A drag of items on the canvas, from press to release or cancel.

    Subclasses say what the drag does while it moves (`follow`) and what it means when
    it ends (`command_at`); starting, lifting, putting back and cancelling are the same
    for every gesture and live here.
    """

    # Which ways the view scrolls while the pointer is held near its edge (across,
    # down): a stage moves only sideways, so its drag along the frozen header row at
    # the top of the view must not scroll the map down under it.
    scroll_axes: tuple[bool, bool] = (True, True)

    def __init__(
        self,
        canvas: GestureCanvas,
        pos: QPointF,
        item: QGraphicsItem,
        carried: Iterable[QGraphicsItem],
    ) -> None:
        self.canvas = canvas
        self.start = QPointF(pos)
        self.item = item  # the item under the press
        self.started = False  # past the drag distance: a drag, no longer a click
        self.origins = {each: each.pos() for each in carried}

    @classmethod
    def press(cls, canvas: GestureCanvas, pos: QPointF, item: QGraphicsItem) -> Self:
        """A press on `item` at scene `pos`: the gesture carries that item alone."""
        return cls(canvas, pos, item, (item,))

    def move(self, pos: QPointF) -> None:
        """The pointer moved to `pos` with the button down."""
        if not self.started:
            if (pos - self.start).manhattanLength() < QApplication.startDragDistance():
                return
            self.started = True
            for item in self.origins:
                lift(item, LIFT)
        self.canvas.feedback.ensure_shown()
        self.follow(pos, pos - self.start)

    def release(self, pos: QPointF) -> Command | None:
        """The button went up at `pos`: the command the drag made, if any."""
        self._end()
        return self.command_at(pos) if self.started else None

    def cancel(self) -> None:
        """Everything goes back where it was; no command."""
        self._end()

    def _end(self) -> None:
        self.canvas.feedback.hide()
        # The next layout places the items for real; until then they stand where they
        # were, never where the drag left them.
        for item, origin in self.origins.items():
            item.setPos(origin)
            if self.started:
                lift(item, -LIFT)

    @abstractmethod
    def follow(self, pos: QPointF, travel: QPointF) -> None:
        """Move the carried items and the marks for the pointer at `pos`, `travel`
        away from the press."""

    @abstractmethod
    def command_at(self, pos: QPointF) -> Command | None:
        """What a drop at `pos` means; None where it changes nothing or cannot go."""


__all__ = ["LIFT", "Gesture", "GestureCanvas", "Labelled", "unlabelled"]
