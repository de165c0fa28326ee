"""What a review of detected notes changes, as plain functions on a `PhotoImport`:
move a note to another cell, drop a false one, add a missed one from a box drawn on a
photo, type a title. The review dialog keeps the current PhotoImport and replaces it
with each change; `decisions_from` then gives what to add (mapstudio.photo.cards).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from mapstudio.layout import Rect
from mapstudio.model import CellKey
from mapstudio.photo import vision
from mapstudio.photo.result import DetectedNote, PhotoError, PhotoImport, PhotoInput, Quad


def _note(found: PhotoImport, note_id: str) -> DetectedNote:
    for note in found.notes:
        if note.id == note_id:
            return note
    raise KeyError(note_id)


def _replace_note(found: PhotoImport, changed: DetectedNote) -> PhotoImport:
    return replace(found, notes=tuple(changed if n.id == changed.id else n for n in found.notes))


def move_note(found: PhotoImport, note_id: str, cell: CellKey) -> PhotoImport:
    """The note put into `cell` by the user: certain from now on."""
    note = _note(found, note_id)
    moved = replace(note, cell=cell, cell_label=found.cell_label(cell), confidence=1.0)
    return _replace_note(found, moved)


def drop_note(found: PhotoImport, note_id: str) -> PhotoImport:
    """The note left out (a false detection, or one the team did not want)."""
    _note(found, note_id)
    return replace(found, notes=tuple(n for n in found.notes if n.id != note_id))


def retitle_note(found: PhotoImport, note_id: str, title: str) -> PhotoImport:
    """The title the card will get (plain text, as typed)."""
    return _replace_note(found, replace(_note(found, note_id), text=title))


def add_box(found: PhotoImport, photo: PhotoInput, index: int, outline: Quad) -> PhotoImport:
    """A note the analysis missed, from a box the user drew on photo `index` (its four
    corners in the photo's pixels, clockwise from top-left): cut out of the photo,
    placed on the poster and given the cell under its middle."""
    view = found.photos[index]
    if view.homography is None:
        raise PhotoError(f"{view.name} is not placed on the poster; draw the box on another.")
    try:
        image = vision.decode(photo.data)
    except vision.ImageProblem as exc:
        raise PhotoError(f"{photo.name}: {exc}.") from exc
    quad = np.array(outline, dtype=np.float64).reshape(4, 2)
    poster = np.array([view.to_poster(float(x), float(y)) for x, y in quad])
    x0, y0 = poster.min(axis=0)
    x1, y1 = poster.max(axis=0)
    rect = Rect(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
    cell = found.cell_at(rect.center.x, rect.center.y)
    png, w, h = vision.cut_out(image, quad)
    number = 1 + sum(1 for n in found.notes if n.id.startswith("box-"))
    note = DetectedNote(
        id=f"box-{number}",
        photo=index,
        outline=tuple((float(x), float(y)) for x, y in quad),  # type: ignore[arg-type]
        poster_rect=rect,
        cell=cell,
        cell_label=found.cell_label(cell) if cell is not None else "outside the cells",
        order=sum(1 for n in found.notes if n.cell == cell and cell is not None),
        confidence=1.0,
        colour="",
        picture=png,
        picture_size=(w, h),
        seen_in=(index,),
    )
    return replace(found, notes=(*found.notes, note))
