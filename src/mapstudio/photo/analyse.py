"""`analyse_photos`: from photos of a workshop wall to the sticky notes in their cells.

Each photo: find the poster's markers and its code; the code names the project, the map
and the layout revision and lets mapstudio.export plan the very same poster again; the
markers' known places undo the perspective; the straightened poster is searched for
vivid note-coloured squares; each is given the cell it covers most and cut out of the
photo. Notes seen in several photos (overlapping shots, or one per tiled sheet) become
one. Runs without a window; the UI calls it on a worker thread with `progress` and
`cancelled`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np

from mapstudio.export.errors import ExportError
from mapstudio.export.photomarks import PosterCode, id_tag, parse_poster_code, plan_from_code
from mapstudio.export.poster import PosterPlan
from mapstudio.fileformat.images import (
    ImageProblem,
    ImageTooLarge,
    PictureFileProblem,
    PictureFileReason,
    read_picture_file,
    sniff_mime,
)
from mapstudio.layout import Rect
from mapstudio.layout.registration import layout_revision
from mapstudio.model import CellKey, JourneyMap, LaneKind, Project
from mapstudio.model.types import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE
from mapstudio.photo import ocr as ocr_engine
from mapstudio.photo import vision
from mapstudio.photo.result import (
    Cancelled,
    DetectedNote,
    PhotoCancelled,
    PhotoError,
    PhotoImport,
    PhotoInput,
    PhotoView,
    Progress,
)

log = logging.getLogger(__name__)

MM = 72 / 25.4
MIN_NOTE = 25 * MM  # the smallest sticky note looked for (on paper)
MAX_NOTE = 160 * MM
LINE_SPREAD = 0.2  # markers spread less than this across than along lie "in a line"
# Of the markers a photo shows, at least this share must agree with the poster's
# perspective for the photo to be of that poster (a good photo: all; another poster's
# photo: a few, by chance).
MARKERS_AGREE = 0.75
SAME_NOTE = 0.3  # overlap (intersection over union) from which two sightings are one note
MAX_PHOTO_BYTES = 64 * 1024 * 1024
# What a refused photo's message suggests instead: plenty to read the notes (the
# import's benchmark photo), and within every limit.
SMALLER_COPY = (
    "Save a smaller copy, such as 12 megapixels, from your photo app and import that: "
    "it is plenty to read the notes."
)
PhotoSource = PhotoInput | str | os.PathLike[str]


@dataclass
class _Seen:
    """What one photo holds before the poster is known."""

    index: int
    name: str
    image: np.ndarray | None
    markers: dict[int, np.ndarray]
    code: PosterCode | None
    problem: str | None = None
    gray: np.ndarray | None = None
    searched: bool = False  # the whole photo was searched for the code


@dataclass
class _Note:
    photo: int
    colour: str
    poster: np.ndarray  # 4x2 poster points
    cell: CellKey | None
    label: str
    confidence: float
    size_px: float  # its longest side in the photo: the sharper view wins
    picture: tuple[bytes, int, int]
    outline: np.ndarray  # 4x2 photo pixels
    seen_in: set[int]
    cut: bool = False  # the photo's edge cuts it: another photo may show it whole


def read_photo(path: str | os.PathLike[str]) -> PhotoInput:
    """The photo file's bytes; or no bytes and a plain reason (naming the photo and
    saying what to do) in `problem`. Read through the picture gate: never blocks on a
    FIFO or a dead network share."""
    name = Path(path).name
    try:
        return PhotoInput(name, read_picture_file(path, max_bytes=MAX_PHOTO_BYTES))
    except PictureFileProblem as exc:
        return PhotoInput(name, b"", _unreadable(name, exc))


def _unreadable(name: str, exc: PictureFileProblem) -> str:
    if exc.reason is PictureFileReason.TOO_LARGE:
        return (
            f"{name}: cannot be read: the file is larger than "
            f"{MAX_PHOTO_BYTES // 2**20} MB, far more than a photo of the wall needs. "
            + SMALLER_COPY
        )
    if exc.reason is PictureFileReason.NOT_A_FILE:
        return (
            f"{name}: cannot be read: it is not a file (a folder, a pipe or a device). "
            "Choose the photo files themselves."
        )
    if exc.reason is PictureFileReason.TOO_SLOW:
        return (
            f"{name}: cannot be read: the file did not arrive in time (is it on a network "
            "drive, or on a phone that went to sleep?). Copy it to this computer and "
            "import the copy."
        )
    why = f" ({exc.detail})" if exc.detail else ""
    return (
        f"{name}: cannot be read{why}. Check that the file is still there and that you "
        "may open it, or copy it to this computer and import the copy."
    )


def _not_decodable(photo: PhotoInput, exc: ImageProblem) -> str:
    """Why the photo's bytes are not a picture mapstudio reads, and what to do."""
    name = photo.name
    if isinstance(exc, ImageTooLarge):
        megapixels = exc.width * exc.height / 1e6
        return (
            f"{name}: this photo is {exc.width:,} × {exc.height:,} pixels "
            f"({megapixels:.0f} megapixels), more than mapstudio reads "
            f"({MAX_IMAGE_PIXELS // 1_000_000} megapixels, {MAX_IMAGE_SIDE:,} pixels a "
            "side). " + SMALLER_COPY
        )
    if sniff_mime(photo.data) is None:
        return (
            f"{name}: not a photo mapstudio can read: it is not a JPEG or PNG picture. "
            "Save the photo as a JPEG from your photo app or camera (HEIC photos too) and "
            "import that."
        )
    return (
        f"{name}: not a photo mapstudio can read: {exc} (the file is damaged, or was not "
        "copied whole). Copy the photo from the phone or camera again and import the "
        "new copy."
    )


def _read_input(source: PhotoSource) -> PhotoInput:
    """The photo to read: as given, or read from its file."""
    return source if isinstance(source, PhotoInput) else read_photo(source)


def paragraphs(problems: Sequence[str]) -> str:
    """Refusals of several photos as one text: a paragraph each, once each."""
    return "\n\n".join(dict.fromkeys(problems))


def analyse_photos(
    project: Project,
    map_id: str | None,
    photos: Sequence[PhotoSource],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    ocr: bool = True,
) -> PhotoImport:
    """Read `photos` of one printed poster of `project`: of the map `map_id`, or of the
    map the poster's code names when `map_id` is None.

    Returns every note found, each with its cell, confidence and picture; photos that
    could not be used are named in `problems`. Raises PhotoError (plain words) when no
    photo can be used, PhotoCancelled when `cancelled()` turns true.
    """
    if not photos:
        raise PhotoError("Choose at least one photo of the poster.")
    total = 2 * len(photos) + 1
    step = 0

    def check() -> None:
        if cancelled is not None and cancelled():
            raise PhotoCancelled("The photo import was cancelled.")

    def tick() -> None:
        nonlocal step
        check()
        step += 1
        if progress is not None:
            progress(min(step, total), total)

    seen = []
    for index, source in enumerate(photos):
        seen.append(_look(index, _read_input(source)))
        tick()
    _code, journey_map, plan, problems = _choose_poster(project, seen, map_id)
    known = {m.id: np.array(m.corners, dtype=np.float64) for m in plan.marks}
    cells = _cells(project, journey_map, plan)
    views: list[PhotoView] = []
    notes: list[_Note] = []
    for looked in seen:
        view, found = _read_notes(looked, known, plan, cells)
        if view.problem:
            problems.append(view.problem)
        views.append(view)
        notes += found
        looked.image = looked.gray = None  # a 12 MP photo is 50 MB decoded: let it go
        tick()
    merged = _merge(notes)
    detected = _finish(merged, ocr, check)
    tick()
    usable = [v for v in views if v.homography is not None]
    if not usable:
        raise PhotoError(paragraphs(problems) or "No photo could be read.")
    return PhotoImport(
        map_id=journey_map.id,
        map_title=journey_map.title,
        photos=tuple(views),
        notes=detected,
        problems=tuple(dict.fromkeys(problems)),
        cells=tuple((key, rect, label) for key, (rect, label, ok) in cells.items() if ok),
    )


def _look(index: int, photo: PhotoInput) -> _Seen:
    if photo.problem:
        return _Seen(index, photo.name, None, {}, None, photo.problem)
    try:
        image = vision.decode(photo.data)
    except ImageProblem as exc:
        return _Seen(index, photo.name, None, {}, None, _not_decodable(photo, exc))
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    markers = vision.find_markers(gray)
    if not markers:
        problem = (
            f"{photo.name}: no poster markers found. mapstudio reads photos of posters it "
            "printed with photo marks (the small grey squares round the map, printed "
            "unless the poster was exported without 'Markers to read workshop photos "
            "back'): take the photo in good light with at least three of them in view."
        )
        return _Seen(index, photo.name, image, {}, None, problem)
    return _Seen(index, photo.name, image, markers, None, gray=gray)


def _search_code(photo: _Seen) -> PosterCode | None:
    """The code read anywhere in the photo (slow: the first photos only)."""
    if not photo.searched and photo.gray is not None and photo.markers:
        photo.searched = True
        photo.code = parse_poster_code(vision.read_code(photo.gray, photo.markers))
    return photo.code


def _code_in_view(photo: _Seen, plan: PosterPlan, known: dict[int, np.ndarray]) -> None:
    """Read the code where the poster has it, once the photo is placed: fast and sure,
    and it tells a photo of another poster with the same grid apart."""
    if photo.searched or photo.image is None or plan.code_rect is None:
        return
    matrix, _used, _error = vision.homography(photo.markers, known)
    if matrix is None:
        return
    r = plan.code_rect
    photo.code = parse_poster_code(
        vision.read_code_at(photo.image, matrix, (r.x - plan.pad, r.y - plan.pad, r.w, r.h))
    )


def _choose_poster(
    project: Project, seen: list[_Seen], map_id: str | None
) -> tuple[PosterCode, JourneyMap, PosterPlan, list[str]]:
    """The poster the photos show, planned again; problems of photos of another one."""
    problems = [s.problem for s in seen if s.problem]
    wanted = None
    if map_id is not None:
        wanted = next((m for m in project.maps if m.id == map_id), None)
        if wanted is None:
            raise PhotoError(f"This project has no map with id “{map_id}”.")
    chosen: tuple[PosterCode, JourneyMap, PosterPlan] | None = None
    refusals: list[str] = []
    # First the poster: the first photo whose code can be read anywhere names it.
    for photo in seen:
        if photo.problem or _search_code(photo) is None:
            continue
        code = photo.code
        assert code is not None
        problem, found = _match(project, code, wanted)
        if found is None:
            photo.problem = f"{photo.name}: {problem}"
            refusals.append(photo.problem)
            continue
        try:
            plan = plan_from_code(project, found, code)
        except (ExportError, ValueError, ArithmeticError) as exc:
            # The code names this map, yet its export choices cannot be planned today.
            log.warning("cannot plan the poster of code %r: %s", code, exc)
            photo.problem = (
                f"{photo.name}: the poster's code names “{found.title}”, but its print "
                f"settings cannot be used today ({exc}). Import the photo into the copy "
                "of the project it was printed from, or print the map again."
            )
            refusals.append(photo.problem)
            continue
        if layout_revision(plan.layout) != code.revision:
            photo.problem = (
                f"{photo.name}: this poster shows an older layout of “{found.title}”: its "
                "stages, lanes or cards have changed since it was printed, so its cells "
                "no longer match. Print the map again for the next workshop, or import "
                "the photo into the copy of the project it was printed from."
            )
            refusals.append(photo.problem)
            continue
        chosen = (code, found, plan)
        break
    if chosen is None:
        if not refusals and not all(s.problem for s in seen):
            raise PhotoError(
                "None of the photos shows the poster's code (the square pattern above the "
                "map's top-right corner, below the emotion scale), so mapstudio cannot tell "
                "which map they show. Add a photo that shows it."
            )
        raise PhotoError(paragraphs([*problems, *refusals]))
    # Then every other photo: its code, where the poster has it, must be the same.
    code, found, plan = chosen
    known = {m.id: np.array(m.corners, dtype=np.float64) for m in plan.marks}
    for photo in seen:
        if photo.problem:
            continue
        _code_in_view(photo, plan, known)
        if photo.code is None and not _fits(photo, known):
            # Its markers are not where this poster has them: a photo of another
            # poster whose code is not where ours is, or not in view. Its own code,
            # where it shows one, says which poster it is.
            _search_code(photo)
            if photo.code is None or photo.code == code:
                photo.problem = (
                    f"{photo.name}: the markers in this photo are not where the poster of "
                    f"“{found.title}” has them: it shows another poster, or another print "
                    "of this map. Import each poster's photos on their own."
                )
                refusals.append(photo.problem)
                continue
        if photo.code is not None and photo.code != code:
            _problem, other = _match(project, photo.code, None)
            if photo.code.project != code.project:
                photo.problem = (
                    f"{photo.name}: this is a poster of another project, not of "
                    f"“{project.title}” like the first photo; it is left out. Import it "
                    "into the project it was printed from."
                )
            elif other is None or other.id == found.id:
                photo.problem = (
                    f"{photo.name}: this is another poster, or another print of "
                    f"“{found.title}”, than the first photo's; import each poster's "
                    "photos on their own."
                )
            else:
                photo.problem = (
                    f"{photo.name}: this is the poster of “{other.title}”, not of "
                    f"“{found.title}” like the first photo; import each poster's photos "
                    "on their own."
                )
            refusals.append(photo.problem)
    return (*chosen, list(dict.fromkeys([*problems, *refusals])))


def _fits(photo: _Seen, known: dict[int, np.ndarray]) -> bool:
    """Whether the photo's markers lie where the chosen poster has them: nearly all of
    them agree with one perspective. A poster of another size or map carries the same
    marker ids in other places, and only a few of them happen to agree."""
    matrix, used, _error = vision.homography(photo.markers, known)
    if matrix is None:
        return True  # too few markers to tell: the photo is refused for that instead
    matched = sum(1 for i in photo.markers if i in known)
    return used >= MARKERS_AGREE * matched


def _match(
    project: Project, code: PosterCode, wanted: JourneyMap | None
) -> tuple[str, JourneyMap | None]:
    if id_tag(project.id) != code.project:
        return (
            f"this is a poster of another project, not of “{project.title}”. Open the "
            "project it was printed from and import the photos there."
        ), None
    found = next((m for m in project.maps if id_tag(m.id) == code.map), None)
    if found is None:
        return (
            "this poster shows a map that is no longer in the project. Import the photos "
            "into a copy of the project that still has the map."
        ), None
    if wanted is not None and found.id != wanted.id:
        return (
            f"this is the poster of “{found.title}”, not of “{wanted.title}”. Import it "
            f"into “{found.title}” instead."
        ), None
    return "", found


def _cells(
    project: Project, journey_map: JourneyMap, plan: PosterPlan
) -> dict[CellKey, tuple[Rect, str, bool]]:
    """Every cell on the poster (points from the trim corner): rect, label, whether it
    takes cards."""
    personas = {p.id: p.name for p in project.personas}
    stages = {s.id: s.name for s in journey_map.stages}
    lanes = {lane.id: lane for lane in journey_map.lanes}
    s, ox, oy = plan.scale, plan.map_x - plan.pad, plan.map_y - plan.pad
    found: dict[CellKey, tuple[Rect, str, bool]] = {}
    for key in plan.layout.cells:
        box = plan.layout.cells[key]
        lane = lanes.get(key.lane_id)
        lane_name = (lane.title or lane.kind.value.replace("_", " ").capitalize()) if lane else ""
        parts = [
            personas.get(key.persona_id or "", "Shared"),
            lane_name,
            stages.get(key.stage_id, ""),
        ]
        rect = Rect(ox + box.rect.x * s, oy + box.rect.y * s, box.rect.w * s, box.rect.h * s)
        accepts = box.accepts_cards and (lane is None or lane.kind is not LaneKind.EMOTIONS)
        found[key] = (rect, " · ".join(p for p in parts if p), accepts)
    return found


def _read_notes(
    photo: _Seen,
    known: dict[int, np.ndarray],
    plan: PosterPlan,
    cells: dict[CellKey, tuple[Rect, str, bool]],
) -> tuple[PhotoView, list[_Note]]:
    image = photo.image
    height, width = image.shape[:2] if image is not None else (0, 0)
    view = PhotoView(photo.index, photo.name, width, height, len(photo.markers))
    if photo.problem or image is None:
        return replace(view, problem=photo.problem), []
    matrix, used, error = vision.homography(photo.markers, known)
    if matrix is None:
        problem = (
            f"{photo.name}: only {used} of the poster's markers are in view; at least three "
            "are needed to place the photo on the poster. Take the photo again from a "
            "little further back, with more of the poster's edge in it."
        )
        return replace(view, problem=problem), []
    view = replace(view, markers=used, homography=tuple(float(v) for v in matrix.ravel()))
    map_rect = Rect(plan.map_x - plan.pad, plan.map_y - plan.pad, plan.map_rect.w, plan.map_rect.h)
    flat, covered, to_pixels = vision.rectify(
        image, matrix, (map_rect.x, map_rect.y, map_rect.w, map_rect.h)
    )
    # A note cut by the photo's edge is left to a photo that shows it whole: it is
    # found only as far as it is clear of the edge, and marked as cut.
    frame = covered
    covered = cv2.erode(covered, np.ones((9, 9), np.uint8))
    blobs = vision.note_blobs(flat, covered, to_pixels, MIN_NOTE, MAX_NOTE)
    inverse = np.linalg.inv(matrix)
    placed_well = (1.0 if used >= 4 else 0.9) * max(0.5, 1.0 - max(0.0, error - 2.0) / 10)
    if _in_a_line(photo.markers, known):
        # Markers along one edge only pin the photo down along that edge; far from it a
        # note may be placed a cell off. Its notes go to the review.
        placed_well *= 0.5
    notes = []
    for blob in blobs:
        poster = blob.quad
        x0, y0 = poster.min(axis=0)
        x1, y1 = poster.max(axis=0)
        box = Rect(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        key, share = _best_cell(box, cells)
        outline = cv2.perspectiveTransform(poster.reshape(-1, 1, 2), inverse).reshape(4, 2)
        size_px = max(float(np.linalg.norm(outline[1] - outline[0])), 1.0)
        shape = min(1.0, blob.solidity / 0.85)
        if key is None:
            label, confidence = "outside the cells", 0.0
        else:
            _rect, label, accepts = cells[key]
            if not accepts:
                label, key = f"{label} (this lane takes no cards)", None
            confidence = share * shape * placed_well
        picture = vision.cut_out(image, outline)
        cut = _cut_by_edge(poster, frame, to_pixels)
        notes.append(
            _Note(
                photo.index,
                blob.colour,
                poster,
                key,
                label,
                confidence,
                size_px,
                picture,
                outline,
                {photo.index},
                cut,
            )
        )
    return view, notes


EDGE_REACH = 8  # pixels of the straightened poster: past the eroded edge, into the frame's


def _cut_by_edge(quad: np.ndarray, frame: np.ndarray, to_pixels: np.ndarray) -> bool:
    """Whether the photo's frame (`frame`: what the photo covers of the straightened
    poster) ends just outside the note found at `quad` (poster points): its corners and
    the middles of its sides, pushed EDGE_REACH pixels outwards, fall outside it."""
    k = to_pixels[0, 0]
    corners = quad * k + to_pixels[:2, 2]
    middles = (corners + np.roll(corners, -1, axis=0)) / 2
    centre = corners.mean(axis=0)
    height, width = frame.shape[:2]
    for point in np.concatenate([corners, middles]):
        away = point - centre
        x, y = point + away / max(1e-6, float(np.linalg.norm(away))) * EDGE_REACH
        if not (0 <= x < width and 0 <= y < height) or not frame[int(y), int(x)]:
            return True
    return False


def _in_a_line(found: dict[int, np.ndarray], known: dict[int, np.ndarray]) -> bool:
    """Whether the markers in view lie along one line of the poster (one column or one
    row), which leaves the perspective across that line poorly known."""
    points = np.concatenate([known[i] for i in found if i in known])
    spread = np.sqrt(np.maximum(np.linalg.eigvalsh(np.cov(points.T)), 0.0))
    return bool(spread[0] < LINE_SPREAD * spread[1])


def _best_cell(
    box: Rect, cells: dict[CellKey, tuple[Rect, str, bool]]
) -> tuple[CellKey | None, float]:
    """The cell the box covers most, and the share of the box inside it."""
    best, share = None, 0.0
    area = max(1e-6, box.w * box.h)
    for key, (rect, _label, _ok) in cells.items():
        if not rect.intersects(box):
            continue
        w = min(rect.right, box.right) - max(rect.x, box.x)
        h = min(rect.bottom, box.bottom) - max(rect.y, box.y)
        part = w * h / area
        if part > share:
            best, share = key, part
    return best, share


def _merge(notes: list[_Note]) -> list[_Note]:
    """One note per sticky note: sightings in several photos that overlap become one,
    kept from the photo that shows it best: whole rather than cut by the photo's edge,
    then surest of its cell, then largest."""
    ranked = sorted(notes, key=lambda n: (n.cut, -n.confidence, -n.size_px))
    kept: list[_Note] = []
    for note in ranked:
        twin = next(
            (
                k
                for k in kept
                if k.photo != note.photo and vision.box_overlap(k.poster, note.poster) > SAME_NOTE
            ),
            None,
        )
        if twin is None:
            kept.append(note)
        else:
            twin.seen_in |= note.seen_in
    return kept


def _reading_order(notes: list[_Note]) -> list[_Note]:
    """Top to bottom, and left to right within a row: notes whose middles are less than
    half a note apart in height stand side by side."""
    by_top = sorted(notes, key=lambda n: n.poster[:, 1].mean())
    rows: list[list[_Note]] = []
    for note in by_top:
        middle = note.poster[:, 1].mean()
        height = np.ptp(note.poster[:, 1])
        if rows and middle - rows[-1][0].poster[:, 1].mean() < 0.5 * height:
            rows[-1].append(note)
        else:
            rows.append([note])
    return [n for row in rows for n in sorted(row, key=lambda n: n.poster[:, 0].mean())]


def _finish(notes: list[_Note], ocr: bool, check: Callable[[], None]) -> tuple[DetectedNote, ...]:
    """Number the notes of each cell top to bottom and make the plain results."""
    order: dict[CellKey | None, int] = {}
    result = []
    reading = _reading_order(notes)
    use_ocr = ocr and ocr_engine.available()
    for number, note in enumerate(reading):
        place = order.get(note.cell, 0)
        order[note.cell] = place + 1
        x0, y0 = note.poster.min(axis=0)
        x1, y1 = note.poster.max(axis=0)
        png, w, h = note.picture
        check()  # recognising text takes a moment per note
        result.append(
            DetectedNote(
                id=f"note-{number + 1}",
                photo=note.photo,
                outline=tuple((float(x), float(y)) for x, y in note.outline),  # type: ignore[arg-type]
                poster_rect=Rect(float(x0), float(y0), float(x1 - x0), float(y1 - y0)),
                cell=note.cell,
                cell_label=note.label,
                order=place,
                confidence=round(float(note.confidence), 3),
                colour=note.colour,
                picture=png,
                picture_size=(w, h),
                seen_in=tuple(sorted(note.seen_in)),
                text=ocr_engine.recognise(png) if use_ocr else "",
            )
        )
    return tuple(result)
