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

from mapstudio.fileformat.images import ImageProblem, read_image_header, sniff_mime
from mapstudio.layout.registration import CODE_NEIGHBOURS, MARKER_DICTIONARY

DETECT_LONG_SIDE = 4200  # markers are looked for on a copy at most this long
# Where the whole photo gives no code: patches round the markers beside and below it
# (registration.CODE_NEIGHBOURS), this many marker sides each way, enlarged this much
# (a blurred photo's code may read at one enlargement and not at another). Standing on
# the title band clear of its rule, the code's far corner is up to about 7 sides from
# the marker at the map's corner (8.4 over a map set lower on its paper); the patch
# leaves white round it, which the code's finder patterns need to be found.
NEAR_REACH = 10
NEAR_ENLARGED = (2.0, 3.0)
RECTIFIED_PX_PER_PT = 0.5  # resolution of the straightened poster the notes are found on
MIN_SATURATION = 80  # of 255: sticky notes are vivid; printed cards and paper are pale
# Pale notes (lavender, light blue) in shadow fall below that: a second pass takes
# patches from PALE_SATURATION whose median is at least PALE_MEDIAN, still above the
# palest printed card fill (the opportunity yellow, about 64).
PALE_SATURATION = 58
PALE_MEDIAN = 71
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


def decode(data: bytes) -> np.ndarray:
    """The photo as BGR pixels. Raises ImageProblem (plain words) when the bytes are not
    a PNG or JPEG, or claim more pixels than mapstudio opens: the size is read from the
    header before anything is decoded, so a small file cannot make a huge image."""
    mime = sniff_mime(data)
    if mime is None:
        raise ImageProblem("it is not a JPEG or PNG picture")
    read_image_header(data, mime)
    image = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    if image is None:
        raise ImageProblem("the picture is damaged")
    return image


_DETECTOR: cv2.aruco.ArucoDetector | None = None


def _detector() -> cv2.aruco.ArucoDetector:
    global _DETECTOR
    if _DETECTOR is None:
        dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, MARKER_DICTIONARY))
        params = cv2.aruco.DetectorParameters()
        # Markers are small in a photo of a whole wall: accept them down to ~12 pixels.
        params.minMarkerPerimeterRate = 0.01
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


def read_code(gray: np.ndarray, markers: dict[int, np.ndarray] | None = None) -> str:
    """The text of the QR code in the photo, or "" when none can be read.

    In a photo of a whole wall the code's modules are only a few pixels wide, seen at
    an angle: when the direct decoding fails, the code is located by its finder
    patterns, straightened and enlarged, and decoded again. When the whole photo gives
    nothing, the code is looked for enlarged round the poster's `markers` (found by
    find_markers): it stands beside the last marker of the row above the map."""
    detector = cv2.QRCodeDetector()
    scale = min(1.0, DETECT_LONG_SIDE / max(gray.shape))
    image = gray if scale == 1.0 else cv2.resize(gray, None, fx=scale, fy=scale)
    # The finder patterns are found at some sizes and missed at others.
    text = _find_and_decode(detector, image, (0.6, 1.0, 0.8))
    if not text and markers:
        text = _read_code_near(detector, gray, markers)
    if text:
        return text
    # OpenCV's second detector finds the finder patterns another way; slower, so last.
    try:
        text, _points, _straight = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    except cv2.error:
        text = ""
    return str(text or "")


def _find_and_decode(
    detector: cv2.QRCodeDetector, image: np.ndarray, factors: tuple[float, ...]
) -> str:
    """The code found in `image` at the first of these sizes that reads, or ""."""
    for factor in factors:
        sized = image if factor == 1.0 else cv2.resize(image, None, fx=factor, fy=factor)
        try:
            found, points = detector.detect(sized)
        except cv2.error:
            found, points = False, None
        if found and points is not None:
            text = _decode_straightened(detector, sized, points.reshape(4, 2))
            if not text:
                try:
                    text = detector.decode(sized, points)[0]
                except cv2.error:
                    text = ""
            if text:
                return str(text)
    return ""


def _read_code_near(
    detector: cv2.QRCodeDetector, gray: np.ndarray, markers: dict[int, np.ndarray]
) -> str:
    """The code looked for in an enlarged patch round the marker at the map's top-right
    corner, beside the code, else round the next of the right column
    (mapstudio.layout.registration.CODE_NEIGHBOURS).

    Enlarged, a code whose modules are under three pixels (an A1 poster seen whole and
    at a slant in a 7-megapixel photo) is found by its finder patterns again; a patch
    is cheap, the whole photo enlarged is not."""
    height, width = gray.shape[:2]
    for marker_id in CODE_NEIGHBOURS:
        quad = markers.get(marker_id)
        if quad is None:
            continue
        side = float(np.mean(np.linalg.norm(quad - np.roll(quad, 1, axis=0), axis=1)))
        cx, cy = quad.mean(axis=0)
        reach = NEAR_REACH * side
        x0, y0 = max(0, int(cx - reach)), max(0, int(cy - reach))
        x1, y1 = min(width, int(cx + reach)), min(height, int(cy + reach))
        if x1 - x0 < 8 or y1 - y0 < 8:
            continue
        for factor in NEAR_ENLARGED:
            patch = cv2.resize(
                gray[y0:y1, x0:x1], None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC
            )
            text = _find_and_decode(detector, patch, (1.0, 0.7))
            if text:
                return text
    return ""


def read_code_at(
    image: np.ndarray, matrix: np.ndarray, rect: tuple[float, float, float, float]
) -> str:
    """The code in `rect` (poster points) of a photo placed on the poster by `matrix`
    (photo -> poster), or "" when it is not wholly in view or cannot be read."""
    x, y, w, h = rect
    poster = np.array([[[x, y]], [[x + w, y]], [[x + w, y + h]], [[x, y + h]]], np.float64)
    quad = cv2.perspectiveTransform(poster, np.linalg.inv(matrix)).reshape(4, 2)
    height, width = image.shape[:2]
    if quad.min() < 0 or quad[:, 0].max() >= width or quad[:, 1].max() >= height:
        return ""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    # The rect includes the code's quiet zone; _decode_straightened wants the code itself.
    return _decode_straightened(cv2.QRCodeDetector(), gray, quad, pad=12)


def _decode_straightened(
    detector: cv2.QRCodeDetector, image: np.ndarray, quad: np.ndarray, pad: int = 40
) -> str:
    """Decode the code inside `quad` after straightening it, at two sizes, plain and
    sharpened (a phone photo's blur and JPEG soften modules of a few pixels)."""
    for side in (330, 420):
        border = round(pad * side / 330)
        target = np.array(
            [[border, border], [side - border, border], [side - border, side - border],
             [border, side - border]],
            np.float32,
        )  # fmt: skip
        matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), target)
        flat = cv2.warpPerspective(
            image, matrix, (side, side), flags=cv2.INTER_CUBIC, borderValue=255
        )
        soft = cv2.GaussianBlur(flat, (0, 0), 2.0)
        sharp = cv2.addWeighted(flat, 1.8, soft, -0.8, 0)
        _threshold, binary = cv2.threshold(sharp, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        for attempt in (flat, sharp, binary):
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


def note_blobs(
    flat: np.ndarray, covered: np.ndarray, to_pixels: np.ndarray, min_side: float, max_side: float
) -> list[Blob]:
    """The notes on a straightened poster: vivid ones first, then pale ones where no
    vivid one is."""
    blurred = cv2.GaussianBlur(flat, (5, 5), 0)
    hsv = cv2.cvtColor(blurred, cv2.COLOR_BGR2HSV)
    vivid = find_blobs(colour_masks(hsv, covered, MIN_SATURATION), to_pixels, min_side, max_side)
    pale = find_blobs(
        colour_masks(hsv, covered, PALE_SATURATION),
        to_pixels,
        min_side,
        max_side,
        saturation=hsv[:, :, 1],
        min_median=PALE_MEDIAN,
    )
    for blob in pale:
        if not any(box_overlap(blob.quad, other.quad) > 0.1 for other in vivid):
            vivid.append(blob)
    return vivid


def box_overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Intersection over union of two quads' bounding boxes (0 apart, 1 the same)."""
    ax0, ay0 = a.min(axis=0)
    ax1, ay1 = a.max(axis=0)
    bx0, by0 = b.min(axis=0)
    bx1, by1 = b.max(axis=0)
    w = min(ax1, bx1) - max(ax0, bx0)
    h = min(ay1, by1) - max(ay0, by0)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return float(inter / ((ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter))


def colour_masks(
    hsv: np.ndarray, covered: np.ndarray, min_saturation: int
) -> dict[str, np.ndarray]:
    """One mask per note colour of the straightened poster: vivid pixels of that hue."""
    hue, sat, val = cv2.split(hsv)
    # Saturation hardly changes when light falls off across a wall, so one threshold
    # holds in the bright and the shaded parts; glare (white) is closed over later.
    vivid = (sat >= min_saturation) & (val >= MIN_VALUE) & (covered > 0)
    masks: dict[str, np.ndarray] = {}
    bounds = [*HUE_STARTS, (181, "")]
    for (start, name), (end, _next) in itertools.pairwise(bounds):
        part = vivid & (hue >= start) & (hue < end)
        mask = masks.get(name)
        masks[name] = part if mask is None else (mask | part)
    return {name: (mask.astype(np.uint8) * 255) for name, mask in masks.items()}


def find_blobs(
    masks: dict[str, np.ndarray],
    to_pixels: np.ndarray,
    min_side: float,
    max_side: float,
    *,
    saturation: np.ndarray | None = None,
    min_median: int = 0,
) -> list[Blob]:
    """Note-sized, note-shaped patches of each colour, in poster points; with
    `saturation`, only those whose median saturation is at least `min_median`."""
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
            if saturation is not None:
                x, y, w, h = cv2.boundingRect(contour)
                inside = cleaned[y : y + h, x : x + w] > 0
                if np.median(saturation[y : y + h, x : x + w][inside]) < min_median:
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
