"""The image work of reading a poster photo, with OpenCV: decode, find the markers and
the code, undo the perspective, find the sticky notes, cut them out.

Pure functions on numpy arrays; no knowledge of projects or maps beyond the marker
dictionary (mapstudio.layout.registration) and plain rectangles.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np

from mapstudio.layout.registration import MARKER_DICTIONARY

MAX_PHOTO_PIXELS = 60_000_000  # larger is not a phone photo; decoding it risks memory
DETECT_LONG_SIDE = 4200  # markers are looked for on a copy at most this long
RECTIFIED_PX_PER_PT = 0.5  # resolution of the straightened poster the notes are found on
MIN_SATURATION = 80  # of 255: sticky notes are vivid; printed cards and paper are pale
MIN_VALUE = 70  # darker than this is shadow or ink, whatever its hue
# OpenCV hue (0..180) from which each note colour starts; a hue belongs to the last
# start not above it. Pink wraps round to red.
HUE_STARTS = (
    (0, "pink"),
    (9, "orange"),
    (22, "yellow"),
    (38, "green"),
    (88, "blue"),
    (132, "purple"),
    (158, "pink"),
)


@dataclass(frozen=True)
class Blob:
    """A note-sized patch of one colour on the straightened poster, in poster points."""

    colour: str
    quad: np.ndarray  # 4x2 corners, clockwise from top-left
    area: float  # points²
    solidity: float  # area / area of its rotated bounding box


def decode(data: bytes) -> np.ndarray | None:
    """The photo as BGR pixels, or None when the bytes are not a picture OpenCV reads."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    # Look at the header's size before decoding the pixels.
    header = cv2.imdecode(buffer, cv2.IMREAD_REDUCED_GRAYSCALE_8)
    if header is None or header.size * 64 > MAX_PHOTO_PIXELS:
        return None
    image = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
    return image


_DETECTOR: cv2.aruco.ArucoDetector | None = None


def _detector() -> cv2.aruco.ArucoDetector:
    global _DETECTOR
    if _DETECTOR is None:
        dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, MARKER_DICTIONARY))
        params = cv2.aruco.DetectorParameters()
        # Markers are small in a photo of a whole wall: accept them down to ~12 pixels.
        params.minMarkerPerimeterRate = 0.01
        params.adaptiveThreshWinSizeMax = 53
        params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
        _DETECTOR = cv2.aruco.ArucoDetector(dictionary, params)
    return _DETECTOR


def find_markers(gray: np.ndarray) -> dict[int, np.ndarray]:
    """Marker id -> its four corners (photo pixels, TL TR BR BL as printed)."""
    scale = min(1.0, DETECT_LONG_SIDE / max(gray.shape))
    small = gray if scale == 1.0 else cv2.resize(gray, None, fx=scale, fy=scale)
    corners, ids, _rejected = _detector().detectMarkers(small)
    found: dict[int, np.ndarray] = {}
    if ids is None:
        return found
    for quad, marker_id in zip(corners, ids.ravel(), strict=True):
        found.setdefault(int(marker_id), quad.reshape(4, 2) / scale)
    return found


def read_code(gray: np.ndarray) -> str:
    """The text of the QR code in the photo, or "" when none can be read.

    In a photo of a whole wall the code's modules are only a few pixels wide, seen at
    an angle: when the direct decoding fails, the code is located by its finder
    patterns, straightened and enlarged, and decoded again."""
    detector = cv2.QRCodeDetector()
    scale = min(1.0, DETECT_LONG_SIDE / max(gray.shape))
    image = gray if scale == 1.0 else cv2.resize(gray, None, fx=scale, fy=scale)
    # The finder patterns are found at some sizes and missed at others.
    for factor in (0.6, 1.0, 0.8):
        sized = image if factor == 1.0 else cv2.resize(image, None, fx=factor, fy=factor)
        try:
            found, points = detector.detect(sized)
        except cv2.error:
            found, points = False, None
        if found and points is not None:
            text = _decode_straightened(detector, sized, points.reshape(4, 2))
            if text:
                return text
    # OpenCV's second detector finds the finder patterns another way; slower, so last.
    try:
        text, _points, _straight = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    except cv2.error:
        text = ""
    return str(text or "")


def _decode_straightened(detector: cv2.QRCodeDetector, image: np.ndarray, quad: np.ndarray) -> str:
    side = 330  # pixels of the straightened code, quiet zone round it included
    pad = 40
    target = np.array(
        [[pad, pad], [side - pad, pad], [side - pad, side - pad], [pad, side - pad]], np.float32
    )
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    flat = cv2.warpPerspective(image, matrix, (side, side), flags=cv2.INTER_CUBIC, borderValue=255)
    tries = [
        flat,
        cv2.adaptiveThreshold(flat, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 5),
        image,
    ]
    for attempt in tries:
        try:
            text, _points, _straight = detector.detectAndDecode(attempt)
        except cv2.error:
            text = ""
        if text:
            return str(text)
    return ""


def homography(
    found: dict[int, np.ndarray], known: dict[int, np.ndarray]
) -> tuple[np.ndarray | None, int, float]:
    """Photo -> poster homography from the markers whose poster corners are known:
    (matrix or None, markers used, mean error of the used corners in poster points)."""
    ids = [i for i in found if i in known]
    if len(ids) < 3:
        return None, len(ids), 0.0
    src = np.concatenate([found[i] for i in ids]).astype(np.float32)
    dst = np.concatenate([known[i] for i in ids]).astype(np.float32)
    side = float(np.linalg.norm(dst[1] - dst[0]))
    matrix, inliers = cv2.findHomography(src, dst, cv2.RANSAC, max(1.0, 0.25 * side))
    if matrix is None:
        return None, len(ids), 0.0
    used = int(inliers.sum()) // 4 if inliers is not None else len(ids)
    projected = cv2.perspectiveTransform(src.reshape(-1, 1, 2), matrix).reshape(-1, 2)
    error = float(np.linalg.norm(projected - dst, axis=1).mean())
    return matrix, used, error


def rectify(
    image: np.ndarray, matrix: np.ndarray, area: tuple[float, float, float, float]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The part `area` (x, y, w, h in poster points) of the poster as the photo shows
    it, straightened at RECTIFIED_PX_PER_PT: (pixels, mask of what the photo covers,
    the matrix from poster points to those pixels)."""
    x, y, w, h = area
    k = RECTIFIED_PX_PER_PT
    to_pixels = np.array([[k, 0, -x * k], [0, k, -y * k], [0, 0, 1]], dtype=np.float64)
    full = to_pixels @ matrix
    size = (max(1, round(w * k)), max(1, round(h * k)))
    # Shrink a large photo first: warping 12 MP to a poster a tenth of its size aliases.
    shrink = _shrink_for(image, full, size)
    if shrink < 1.0:
        image = cv2.resize(image, None, fx=shrink, fy=shrink, interpolation=cv2.INTER_AREA)
        full = full @ np.diag([1 / shrink, 1 / shrink, 1.0])
    flat = cv2.warpPerspective(image, full, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full(image.shape[:2], 255, np.uint8), full, size, flags=cv2.INTER_NEAREST
    )
    return flat, mask, to_pixels


def _shrink_for(image: np.ndarray, full: np.ndarray, size: tuple[int, int]) -> float:
    h, w = image.shape[:2]
    corners = np.array([[[0, 0]], [[w, 0]], [[w, h]], [[0, h]]], dtype=np.float32)
    out = cv2.perspectiveTransform(corners, full).reshape(-1, 2)
    covered = cv2.contourArea(out.astype(np.float32))
    if covered <= 0:
        return 1.0
    ratio = (covered / float(w * h)) ** 0.5
    return float(min(1.0, max(0.05, 2 * ratio)))


def colour_masks(flat: np.ndarray, covered: np.ndarray) -> dict[str, np.ndarray]:
    """One mask per note colour of the straightened poster: vivid pixels of that hue."""
    blurred = cv2.GaussianBlur(flat, (5, 5), 0)
    hsv = cv2.cvtColor(blurred, cv2.COLOR_BGR2HSV)
    hue, sat, val = cv2.split(hsv)
    # Saturation hardly changes when light falls off across a wall, so one threshold
    # holds in the bright and the shaded parts; glare (white) is closed over later.
    vivid = (sat >= MIN_SATURATION) & (val >= MIN_VALUE) & (covered > 0)
    masks: dict[str, np.ndarray] = {}
    bounds = [*HUE_STARTS, (181, "")]
    for (start, name), (end, _next) in itertools.pairwise(bounds):
        part = vivid & (hue >= start) & (hue < end)
        mask = masks.get(name)
        masks[name] = part if mask is None else (mask | part)
    return {name: (mask.astype(np.uint8) * 255) for name, mask in masks.items()}


def find_blobs(
    masks: dict[str, np.ndarray], to_pixels: np.ndarray, min_side: float, max_side: float
) -> list[Blob]:
    """Note-sized, note-shaped patches of each colour, in poster points."""
    k = to_pixels[0, 0]
    blobs: list[Blob] = []
    open_px = max(3, int(min_side * k * 0.18) | 1)
    opening = cv2.getStructuringElement(cv2.MORPH_RECT, (open_px, open_px))
    closing = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))
    for colour, mask in masks.items():
        if not mask.any():
            continue
        # Close holes (writing, glare), then open away thin lines and small marks.
        cleaned = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, closing)
        cleaned = cv2.morphologyEx(cleaned, cv2.MORPH_OPEN, opening)
        contours, _hierarchy = cv2.findContours(cleaned, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            area_px = cv2.contourArea(contour)
            if area_px < (min_side * k) ** 2:
                continue
            rect = cv2.minAreaRect(contour)
            (_cx, _cy), (rw, rh), _angle = rect
            if min(rw, rh) < min_side * k or max(rw, rh) > max_side * k:
                continue
            if max(rw, rh) > 2.2 * min(rw, rh):
                continue
            box = cv2.boxPoints(rect) / k
            box[:, 0] += -to_pixels[0, 2] / k
            box[:, 1] += -to_pixels[1, 2] / k
            blobs.append(
                Blob(colour, order_corners(box), area_px / k / k, area_px / max(1.0, rw * rh))
            )
    return blobs


def order_corners(points: np.ndarray) -> np.ndarray:
    """Four corners clockwise from the top-left (y down)."""
    pts = np.asarray(points, dtype=np.float64).reshape(4, 2)
    sums = pts.sum(axis=1)
    diffs = pts[:, 1] - pts[:, 0]
    return np.array(
        [pts[np.argmin(sums)], pts[np.argmin(diffs)], pts[np.argmax(sums)], pts[np.argmax(diffs)]]
    )


def cut_out(image: np.ndarray, quad: np.ndarray, longest: int = 480) -> tuple[bytes, int, int]:
    """The quad (photo pixels, clockwise from top-left) straightened into a PNG no longer
    than `longest` pixels: (bytes, width, height)."""
    top = float(np.linalg.norm(quad[1] - quad[0]))
    left = float(np.linalg.norm(quad[3] - quad[0]))
    scale = min(1.0, longest / max(top, left, 1.0))
    w = max(8, round(top * scale))
    h = max(8, round(left * scale))
    target = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
    picture = cv2.warpPerspective(image, matrix, (w, h), flags=cv2.INTER_AREA)
    ok, png = cv2.imencode(".png", picture)
    if not ok:
        raise ValueError("the note's picture could not be encoded")
    return png.tobytes(), w, h
