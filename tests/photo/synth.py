"""Synthetic photos of a workshop wall, made from real poster exports.

A poster is exported to PDF by mapstudio and rendered to pixels with poppler's
pdftoppm; sticky notes of several colours with printed and handwriting-like text are
stuck into its cells; then a "camera" looks at it: perspective up to 30°, rotation,
uneven light with a shadow and a glare spot, blur, sensor noise and JPEG, whole or
partly framed. Every note's true cell is kept, to score the import against.
"""

from __future__ import annotations

import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.export.poster import PosterPlan
from mapstudio.layout import Rect
from mapstudio.model import CellKey, LaneKind, Project

MM = 72 / 25.4
NOTE_COLOURS = {  # BGR of common sticky-note colours
    "yellow": (90, 238, 255),
    "pink": (190, 120, 255),
    "orange": (50, 165, 255),
    "green": (110, 225, 145),
    "blue": (245, 195, 95),
    "purple": (220, 140, 185),
}
WORDS = (
    "Slow checkout",
    "Call centre?",
    "Too many emails",
    "Love the app",
    "Where is my order",
    "Wait 3 days",
    "Price unclear",
    "Chat bot fails",
    "Great staff",
    "Lost password",
)
WALL = (170, 185, 196)  # a plaster wall round the poster (BGR)


def pdftoppm_available() -> bool:
    return shutil.which("pdftoppm") is not None


@dataclass(frozen=True)
class Poster:
    """A rendered poster and its plan (positions in points from the trim corner)."""

    name: str
    plan: PosterPlan
    pixels: np.ndarray  # BGR
    px_per_pt: float
    project: Project


@dataclass(frozen=True)
class TrueNote:
    colour: str
    rect: Rect  # on the poster, points from the trim corner (before its small tilt)
    cell: CellKey


@dataclass(frozen=True)
class Wall:
    poster: Poster
    pixels: np.ndarray
    notes: tuple[TrueNote, ...]


def render_poster(project: Project, name: str, dpi: float, **options: object) -> Poster:
    """Export `project` as mapstudio does and render its first page at `dpi`."""
    opts = build_options(**options)  # type: ignore[arg-type]
    plan = plan_export(project, opts)[0]
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "poster.pdf"
        export_pdf(project, pdf, opts)
        out = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-r", f"{dpi:g}", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, out],
            check=True,
            timeout=120,
        )
        pixels = cv2.imread(str(out.with_suffix(".png")), cv2.IMREAD_COLOR)
    assert pixels is not None
    return Poster(name, plan, pixels, dpi / 72, project)


def card_cells(poster: Poster) -> list[tuple[CellKey, Rect]]:
    """The cells that take cards, in points from the trim corner."""
    plan = poster.plan
    s, ox, oy = plan.scale, plan.map_x - plan.pad, plan.map_y - plan.pad
    lanes = {lane.id: lane for lane in plan.journey_map.lanes}
    cells = []
    for key in plan.layout.cells:
        box = plan.layout.cells[key]
        lane = lanes[key.lane_id]
        if not box.accepts_cards or lane.kind is LaneKind.EMOTIONS:
            continue
        r = box.rect
        cells.append((key, Rect(ox + r.x * s, oy + r.y * s, r.w * s, r.h * s)))
    return cells


def stick_notes(
    poster: Poster, rng: np.random.Generator, count: int, largest: float = 76 * MM
) -> Wall:
    """The poster with about `count` notes stuck into random cells (one to four a cell,
    side by side and in rows), each tilted a little and written on; notes at most
    `largest` wide."""
    image = poster.pixels.copy()
    k = poster.px_per_pt
    cells = card_cells(poster)
    notes: list[TrueNote] = []
    order = rng.permutation(len(cells))
    colours = list(NOTE_COLOURS)
    for index in order:
        if len(notes) >= count:
            break
        key, cell = cells[int(index)]
        side = min(largest, 0.62 * cell.w, 0.62 * cell.h)
        if side < 32 * MM:
            continue
        gap = 8 * MM
        down = max(1, int((cell.h - 6 * MM + gap) // (side + gap)))
        across = max(1, int((cell.w - 6 * MM + gap) // (side + gap)))
        stack = min(int(rng.integers(1, 5)), down * across)
        # Side by side when the cell is wide enough, then in rows.
        across = min(across, stack)
        rows = (stack + across - 1) // across
        for n in range(stack):
            if len(notes) >= count:
                break
            col, row = n % across, n // across
            slack_x = cell.w - across * side - (across - 1) * gap
            slack_y = cell.h - rows * side - (rows - 1) * gap
            x = cell.x + max(3 * MM, slack_x / 2) + col * (side + gap)
            y = cell.y + max(3 * MM, slack_y / 2) + row * (side + gap)
            x += float(rng.uniform(-2, 2)) * MM
            y += float(rng.uniform(-2, 2)) * MM
            colour = colours[int(rng.integers(len(colours)))]
            rect = Rect(x, y, side, side)
            draw_note(image, rect, k, colour, rng)
            notes.append(TrueNote(colour, rect, key))
    return Wall(poster, image, tuple(notes))


def draw_note(
    image: np.ndarray,
    rect: Rect,
    k: float,
    colour: str,
    rng: np.random.Generator,
    text: str | None = None,
) -> None:
    """Stick a note of `colour` on `image` at `rect` (poster points; `k` pixels a point),
    written with `text`, or with words picked from WORDS."""
    side = max(8, round(rect.w * k))
    note = np.zeros((side, side, 3), np.uint8)
    base = np.array(NOTE_COLOURS[colour], np.float64) + rng.normal(0, 6, 3)
    note[:] = np.clip(base, 0, 255).astype(np.uint8)
    # The sticky strip along the top is a shade darker, as on real notes.
    note[: side // 6] = np.clip(note[: side // 6].astype(int) - 12, 0, 255).astype(np.uint8)
    handwriting = bool(rng.integers(2))
    font = cv2.FONT_HERSHEY_SCRIPT_SIMPLEX if handwriting else cv2.FONT_HERSHEY_SIMPLEX
    words = (WORDS[int(rng.integers(len(WORDS)))] if text is None else text).split()
    scale = side / 190
    y = side // 3
    for word in words:
        cv2.putText(note, word, (side // 10, y), font, scale, (40, 40, 50), max(1, side // 70))
        y += side // 4
    angle = float(rng.uniform(-6, 6))
    # Work in a window round the note: its tilt and its shadow stay inside it.
    cx, cy = (rect.x + rect.w / 2) * k, (rect.y + rect.h / 2) * k
    half = int(side * 0.75) + 6
    h, w = image.shape[:2]
    x0, y0 = max(0, int(cx) - half), max(0, int(cy) - half)
    x1, y1 = min(w, int(cx) + half), min(h, int(cy) + half)
    window = image[y0:y1, x0:x1]
    matrix = cv2.getRotationMatrix2D((side / 2, side / 2), angle, 1.0)
    matrix[0, 2] += cx - x0 - side / 2
    matrix[1, 2] += cy - y0 - side / 2
    size = (x1 - x0, y1 - y0)
    warped = cv2.warpAffine(note, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpAffine(np.full((side, side), 255, np.uint8), matrix, size)
    # A soft shadow down and to the right of the note.
    shadow = cv2.GaussianBlur(np.roll(mask, (3, 3), axis=(0, 1)), (9, 9), 0)
    shade = 1.0 - 0.25 * (shadow.astype(np.float32) / 255)
    window[:] = np.clip(window.astype(np.float32) * shade[..., None], 0, 255).astype(np.uint8)
    inside = mask > 127
    window[inside] = warped[inside]


@dataclass(frozen=True)
class Shot:
    """How the camera sees the wall."""

    view: Rect  # the part of the poster in frame, points from the trim corner
    yaw: float  # degrees
    pitch: float
    roll: float
    size: tuple[int, int] = (3000, 2250)


def random_shot(poster: Poster, rng: np.random.Generator, partial: bool) -> Shot:
    plan = poster.plan
    full = Rect(0, 0, plan.trim_w, plan.trim_h)
    if partial:
        # About two thirds of the poster: a corner or a side, always with one of the
        # marker columns in view.
        fw, fh = rng.uniform(0.6, 0.75) * full.w, rng.uniform(0.6, 0.75) * full.h
        x = 0.0 if rng.integers(2) else full.w - fw
        y = 0.0 if rng.integers(2) else full.h - fh
        view = Rect(x, y, fw, fh)
    else:
        view = full
    tilt = 30.0
    yaw = float(rng.uniform(-tilt, tilt))
    pitch = float(rng.uniform(-tilt, tilt) * 0.6)
    roll = float(rng.uniform(-12, 12))
    portrait = view.h > view.w
    size = (2250, 3000) if portrait else (3000, 2250)
    return Shot(view, yaw, pitch, roll, size)


def camera(shot: Shot) -> np.ndarray:
    """The homography from poster points to the photo's pixels for `shot`."""
    v = shot.view
    corners = np.array(
        [[v.x, v.y], [v.right, v.y], [v.right, v.bottom], [v.x, v.bottom]], np.float64
    )
    centred = corners - [v.x + v.w / 2, v.y + v.h / 2]
    yaw, pitch, roll = (math.radians(a) for a in (shot.yaw, shot.pitch, shot.roll))
    ry = np.array(
        [[math.cos(yaw), 0, math.sin(yaw)], [0, 1, 0], [-math.sin(yaw), 0, math.cos(yaw)]]
    )
    rx = np.array(
        [[1, 0, 0], [0, math.cos(pitch), -math.sin(pitch)], [0, math.sin(pitch), math.cos(pitch)]]
    )
    rz = np.array(
        [[math.cos(roll), -math.sin(roll), 0], [math.sin(roll), math.cos(roll), 0], [0, 0, 1]]
    )
    rotation = rz @ rx @ ry
    distance = 1.6 * max(v.w, v.h)
    points = []
    for x, y in centred:
        p = rotation @ np.array([x, y, 0.0]) + [0, 0, distance]
        points.append([p[0] / p[2], p[1] / p[2]])
    projected = np.array(points)
    # Fit what is in view into the frame with a small border.
    w, h = shot.size
    lo, hi = projected.min(axis=0), projected.max(axis=0)
    scale = 0.92 * min(w / (hi[0] - lo[0]), h / (hi[1] - lo[1]))
    offset = np.array([w, h]) / 2 - scale * (lo + hi) / 2
    target = projected * scale + offset
    return cv2.getPerspectiveTransform(corners.astype(np.float32), target.astype(np.float32))


def photograph(wall: Wall, shot: Shot, rng: np.random.Generator, quality: int = 80) -> bytes:
    """A JPEG of the wall as the camera sees it, with uneven light, blur and noise."""
    k = wall.poster.px_per_pt
    to_photo = camera(shot) @ np.diag([1 / k, 1 / k, 1.0])
    w, h = shot.size
    photo = cv2.warpPerspective(
        wall.pixels, to_photo, (w, h), flags=cv2.INTER_LINEAR, borderValue=WALL
    )
    # Light falling off across the wall, a soft shadow and a glare spot: smooth fields,
    # so they are made at an eighth of the size and enlarged.
    sw, sh = w // 8, h // 8
    ys, xs = np.mgrid[0:sh, 0:sw].astype(np.float32) * 8
    angle = rng.uniform(0, 2 * math.pi)
    ramp = (xs * math.cos(angle) + ys * math.sin(angle)) / max(w, h)
    light = 1.05 - rng.uniform(0.25, 0.45) * (ramp - ramp.min()) / max(1e-6, np.ptp(ramp))
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    shadow = np.exp(-(((xs - cx) / (0.25 * w)) ** 2 + ((ys - cy) / (0.2 * h)) ** 2))
    light *= 1.0 - 0.3 * shadow
    gx, gy = rng.uniform(0, w), rng.uniform(0, h)
    glare = 70 * np.exp(-(((xs - gx) / (0.05 * w)) ** 2 + ((ys - gy) / (0.05 * h)) ** 2))
    light = cv2.resize(light.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    glare = cv2.resize(glare.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    lit = photo.astype(np.float32)
    lit *= light[..., None]
    lit += glare[..., None]
    # Sensor noise: a random tile repeated over the frame is noise enough, and cheap.
    tile = rng.normal(0, 3, (256, 256, 3)).astype(np.float32)
    reps = (h // 256 + 1, w // 256 + 1, 1)
    lit += np.tile(tile, reps)[:h, :w]
    np.clip(lit, 0, 255, out=lit)
    photo = lit.astype(np.uint8)
    sigma = float(rng.uniform(0.5, 1.3))
    photo = cv2.GaussianBlur(photo, (0, 0), sigma)
    ok, jpeg = cv2.imencode(".jpg", photo, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return jpeg.tobytes()
