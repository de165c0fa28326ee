"""Plain geometry in points: y grows downward, as in Qt (the PDF painter flips it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Point(NamedTuple):
    """A position in points."""

    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle: top-left corner (x, y), width w and height h."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """The x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """The y of the bottom edge."""
        return self.y + self.h

    @property
    def center(self) -> Point:
        """The middle of the rectangle."""
        return Point(self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        """Whether the point lies inside; half-open so tiled rects never share a point."""
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """Whether the two rectangles overlap with a positive area (touching is not)."""
        return (
            self.x < other.x + other.w
            and other.x < self.x + self.w
            and self.y < other.y + other.h
            and other.y < self.y + self.h
        )

    def translated(self, dx: float, dy: float) -> Rect:
        """The same rectangle moved by (dx, dy)."""
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def inset(self, d: float) -> Rect:
        """The rectangle shrunk by `d` on every side."""
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)
