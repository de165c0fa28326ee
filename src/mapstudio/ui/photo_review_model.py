"""The state of a workshop-photo review, without widgets.

`ReviewModel` holds the notes the analysis found (`mapstudio.photo`) and what the
designer did to them — moved to another cell, dropped, drawn round, titled — so tests
and the review dialog (`photo_review_dialog`) can drive it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mapstudio.layout import Rect
from mapstudio.model import CellKey
from mapstudio.ui.i18n import translate

if TYPE_CHECKING:
    from mapstudio.photo import DetectedNote, NoteDecision, PhotoImport, PhotoView

Point = tuple[float, float]


@dataclass
class ReviewNote:
    """One note as the review stands: where it is, its cell, its title, whether it counts.

    `outline` is in the pixels of photo `photo`; `shift` is how far the user dragged it,
    in poster points, so the note can be drawn on every photo that shows it.
    """

    id: str
    number: int  # shown on the photo and in the list, to tell notes apart
    photo: int
    outline: tuple[Point, Point, Point, Point]
    poster_rect: Rect
    cell: CellKey | None
    title: str
    picture: bytes
    picture_size: tuple[int, int]
    uncertain: bool  # flagged by the analysis; cleared once the user settles its cell
    confidence: float = 1.0
    seen_in: tuple[int, ...] = ()
    shift: Point = (0.0, 0.0)
    dropped: bool = False
    added: bool = False  # drawn by the user
    found_label: str = ""  # the analysis's words for where it was, when not in a cell

    @property
    def counts(self) -> bool:
        """Whether confirming adds a card for this note."""
        return not self.dropped and self.cell is not None


@dataclass
class ReviewModel:
    """The notes of a PhotoImport and what the user did to them."""

    found: PhotoImport
    notes: list[ReviewNote] = field(default_factory=list)
    changed: bool = False  # the user moved, dropped, drew or titled a note

    @classmethod
    def of(cls, found: PhotoImport) -> ReviewModel:
        """Uncertain notes first (they need a look), then top to bottom on the poster."""
        ordered = sorted(
            found.notes,
            key=lambda n: (not n.uncertain, n.poster_rect.y, n.poster_rect.x),
        )
        model = cls(found)
        for number, note in enumerate(ordered, start=1):
            model.notes.append(_review_note(note, number))
        return model

    def note(self, note_id: str) -> ReviewNote:
        return next(n for n in self.notes if n.id == note_id)

    def photo(self, index: int) -> PhotoView:
        return self.found.photos[index]

    def label(self, note: ReviewNote) -> str:
        """Where the note goes, in words."""
        if note.cell is not None:
            return self.found.cell_label(note.cell)
        return note.found_label or translate("PhotoReview", "no cell: choose one")

    # -- what the user does ------------------------------------------------------------

    def move_to_cell(self, note_id: str, cell: CellKey | None) -> None:
        note = self.note(note_id)
        self.changed = True
        note.cell = cell
        note.uncertain = cell is None
        note.found_label = ""  # chosen by the user: label() says "no cell" when None

    def drag(self, note_id: str, photo: int, photo_dx: float, photo_dy: float) -> None:
        """The note's outline dragged by (dx, dy) pixels on `photo`: it moves on the
        poster by as much, and takes the cell under its new centre."""
        note = self.note(note_id)
        view = self.photo(photo)
        if view.homography is None:
            return
        self.changed = True
        cx, cy = self.centre_on(note, photo)
        old = view.to_poster(cx, cy)
        new = view.to_poster(cx + photo_dx, cy + photo_dy)
        dx, dy = new[0] - old[0], new[1] - old[1]
        note.shift = (note.shift[0] + dx, note.shift[1] + dy)
        r = note.poster_rect
        note.poster_rect = Rect(r.x + dx, r.y + dy, r.w, r.h)
        centre = note.poster_rect.center
        cell = self.found.cell_at(centre.x, centre.y)
        note.cell = cell
        note.uncertain = cell is None
        note.found_label = "" if cell is not None else translate("PhotoReview", "outside the cells")

    def set_dropped(self, note_id: str, dropped: bool) -> None:
        self.note(note_id).dropped = dropped
        self.changed = True

    def set_title(self, note_id: str, title: str) -> None:
        self.note(note_id).title = title
        self.changed = True

    def add(
        self,
        photo: int,
        outline: tuple[Point, Point, Point, Point],
        picture: bytes,
        picture_size: tuple[int, int],
    ) -> ReviewNote:
        """A note the user drew round on `photo`; its cell is the one under its centre."""
        view = self.photo(photo)
        corners = [view.to_poster(x, y) for x, y in outline]
        xs = [p[0] for p in corners]
        ys = [p[1] for p in corners]
        rect = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        cell = self.found.cell_at(rect.center.x, rect.center.y)
        number = max((n.number for n in self.notes), default=0) + 1
        note = ReviewNote(
            id=f"drawn-{number}",
            number=number,
            photo=photo,
            outline=outline,
            poster_rect=rect,
            cell=cell,
            title="",
            picture=picture,
            picture_size=picture_size,
            uncertain=cell is None,
            seen_in=(photo,),
            added=True,
            found_label="" if cell is not None else translate("PhotoReview", "outside the cells"),
        )
        self.notes.append(note)
        self.changed = True
        return note

    # -- reading it back ------------------------------------------------------------------

    def outline_on(self, note: ReviewNote, photo: int) -> list[Point] | None:
        """The note's corners in the pixels of `photo`, or None when that photo cannot
        show it (not placed on the poster)."""
        own = self.photo(note.photo)
        view = self.photo(photo)
        if view.homography is None or own.homography is None:
            return None
        if photo == note.photo and note.shift == (0.0, 0.0):
            return list(note.outline)
        points = []
        for x, y in note.outline:
            px, py = own.to_poster(x, y)
            points.append(view.to_photo(px + note.shift[0], py + note.shift[1]))
        return points

    def centre_on(self, note: ReviewNote, photo: int) -> Point:
        points = self.outline_on(note, photo) or list(note.outline)
        return (sum(p[0] for p in points) / 4, sum(p[1] for p in points) / 4)

    def shows(self, note: ReviewNote, photo: int) -> bool:
        """Whether the note is drawn on `photo`: its own photo, or one that saw it too,
        or (a note the user moved or drew) any photo its corners fall inside."""
        if photo == note.photo or photo in note.seen_in:
            return self.outline_on(note, photo) is not None
        points = self.outline_on(note, photo)
        view = self.photo(photo)
        return points is not None and all(
            0 <= x <= view.width and 0 <= y <= view.height for x, y in points
        )

    def decisions(self) -> list[NoteDecision]:
        """A card for every note that counts, top to bottom on the poster."""
        from mapstudio.photo import NoteDecision

        counting = [n for n in self.notes if n.counts]
        counting.sort(key=lambda n: (n.poster_rect.y, n.poster_rect.x))
        return [
            NoteDecision(n.cell, n.title.strip(), n.picture, n.picture_size)  # type: ignore[arg-type]
            for n in counting
        ]

    def summary(self) -> tuple[int, int, int]:
        """(cards to add, notes dropped, notes without a cell)."""
        cards = sum(1 for n in self.notes if n.counts)
        dropped = sum(1 for n in self.notes if n.dropped)
        homeless = sum(1 for n in self.notes if not n.dropped and n.cell is None)
        return cards, dropped, homeless


def _review_note(note: DetectedNote, number: int) -> ReviewNote:
    return ReviewNote(
        id=note.id,
        number=number,
        photo=note.photo,
        outline=note.outline,
        poster_rect=note.poster_rect,
        cell=note.cell,
        title=note.text.strip(),
        picture=note.picture,
        picture_size=note.picture_size,
        uncertain=note.uncertain,
        confidence=note.confidence,
        seen_in=note.seen_in or (note.photo,),
        found_label="" if note.cell is not None else note.cell_label,
    )
