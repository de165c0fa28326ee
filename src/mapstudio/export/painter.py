"""Drawing a MapLayout (and the title block) with reportlab: the PDF twin of the canvas.

The canvas runs top-down (reportlab's `bottomup=0`), so the layout's y-down points are
used as they are. Hot paths write PDF operators straight into the page stream: a
5,000-card map is tens of thousands of shapes, and reportlab's per-call bookkeeping
would dominate the export. Icons are Form XObjects defined once per glyph (they inherit
the current colour), text goes out in one text object per layer, and every colour goes
through `Ink`, which turns it into luminance grey for greyscale prints. Pictures are
decoded one at a time at the size they print (see mapstudio.export.pictures) and
embedded once per size step; a picture that cannot be read is drawn as a placeholder
and listed in `damaged`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from io import BytesIO

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export.fonts import FontRunner, TextEncoder
from mapstudio.export.pdfx import CmykConverter
from mapstudio.export.pictures import PRINT_DPI, PictureUnreadable, print_picture
from mapstudio.export.titleblock import TitleBlockLayout
from mapstudio.fileformat.images import decode_side
from mapstudio.layout import MapLayout, Rect, TextLine
from mapstudio.layout.glyphs import (
    CHANNEL_GLYPHS,
    FACE_GLYPHS,
    GLYPH_STROKE,
    KIND_GLYPHS,
    PICTURE_GLYPH,
    Circle,
    Close,
    CurveTo,
    Glyph,
    LineTo,
    MoveTo,
    RoundRect,
    card_glyph,
)
from mapstudio.model import Asset

log = logging.getLogger(__name__)

KAPPA = 0.5523  # Bézier handle length of a quarter circle, per unit radius
SHADOW = "#000000"
SHADOW_ALPHA = 22 / 255  # the canvas draws the card shadow in black at alpha 22
PLACEHOLDER_FILL = "#D5D9DE"  # an undecodable card picture, as on the canvas
PLACEHOLDER_INK = "#7B8794"
# Line widths of the map's drawing, in map points (the poster scales them).
CARD_OUTLINE = 0.75
GUIDE_LINE = 0.75  # the emotion lane's dashed scale lines
MARKER_RING = 1.5

Tick = Callable[[int], None]
# Text lines and the (dx, dy) they are drawn at.
TextBatch = tuple[Iterable[TextLine], float, float]
# Batches drawn inside a clip to a rect.
ClippedText = list[tuple[Rect, Sequence[TextBatch]]]


class _JpegReader(ImageReader):
    """An ImageReader for JPEG bytes that reportlab embeds as they are (DCTDecode):
    opened as JPEG by name, never by Pillow's guess of the format."""

    def _read_image(self, fp: BytesIO) -> object:
        from PIL import Image

        return Image.open(fp, formats=["JPEG"])


def _n(value: float) -> str:
    """A number for the content stream: two decimals are 1/3600 in, finer than any printer."""
    return f"{value:.2f}"


@cache
def _rgb(color: str) -> tuple[float, float, float]:
    value = color.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)
    except ValueError:
        log.warning("unreadable colour %r drawn black", color)
        return (0.0, 0.0, 0.0)


def luminance(color: str) -> float:
    """Rec. 601 luma of a "#RRGGBB" colour, 0..1 (what greyscale printers use)."""
    r, g, b = _rgb(color)
    return 0.299 * r + 0.587 * g + 0.114 * b


def blend(color: str, over: str, alpha: float) -> str:
    """`color` at `alpha` over `over`, as an opaque colour (no PDF transparency, which
    some print workflows flatten badly)."""
    r1, g1, b1 = _rgb(color)
    r2, g2, b2 = _rgb(over)
    mix = [round(255 * (a * alpha + b * (1 - alpha))) for a, b in ((r1, r2), (g1, g2), (b1, b2))]
    return "#{:02X}{:02X}{:02X}".format(*mix)


class Ink:
    """PDF colour operators for "#RRGGBB" colours: in RGB, as grey, or in CMYK inks.

    With `cmyk` (a print shop's PDF/X) greys and all text are black ink alone and other
    colours go through the output profile (mapstudio.export.pdfx); greyscale then means
    black ink alone for everything.
    """

    def __init__(self, grayscale: bool, cmyk: CmykConverter | None = None) -> None:
        self.grayscale = grayscale
        self.cmyk = cmyk
        self._fill: dict[str, str] = {}
        self._stroke: dict[str, str] = {}
        self._text: dict[str, str] = {}

    def fill(self, color: str) -> str:
        op = self._fill.get(color)
        if op is None:
            op = self._fill[color] = self._op(color, "g", "rg", "k")
        return op

    def stroke(self, color: str) -> str:
        op = self._stroke.get(color)
        if op is None:
            op = self._stroke[color] = self._op(color, "G", "RG", "K")
        return op

    def text(self, color: str) -> str:
        """The fill operator for text: in CMYK, black ink alone whatever its colour."""
        if self.cmyk is None:
            return self.fill(color)
        op = self._text.get(color)
        if op is None:
            op = self._text[color] = _cmyk_op(self.cmyk.black_only(color), "k")
        return op

    def _op(self, color: str, gray_op: str, rgb_op: str, cmyk_op: str) -> str:
        if self.cmyk is not None:
            if self.grayscale:
                return _cmyk_op(self.cmyk.black_only(color), cmyk_op)
            return _cmyk_op(self.cmyk.ink(color, line=cmyk_op == "K"), cmyk_op)
        if self.grayscale:
            return f"{_n(luminance(color))} {gray_op}"
        r, g, b = _rgb(color)
        return f"{_n(r)} {_n(g)} {_n(b)} {rgb_op}"


def _cmyk_op(inks: tuple[float, float, float, float], op: str) -> str:
    c, m, y, k = inks
    return f"{_n(c)} {_n(m)} {_n(y)} {_n(k)} {op}"


def rounded_rect_path(x: float, y: float, w: float, h: float, r: float) -> str:
    """Path operators of a rounded rectangle (r clamped to half the short side)."""
    # Numbers as _n writes them, formatted in place: two paths per card on large maps.
    r = max(0.0, min(r, w / 2, h / 2))
    if r == 0:
        return f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re"
    c = r * (1 - KAPPA)
    x2, y2 = x + w, y + h
    return (
        f"{x + r:.2f} {y:.2f} m {x2 - r:.2f} {y:.2f} l "
        f"{x2 - c:.2f} {y:.2f} {x2:.2f} {y + c:.2f} {x2:.2f} {y + r:.2f} c "
        f"{x2:.2f} {y2 - r:.2f} l "
        f"{x2:.2f} {y2 - c:.2f} {x2 - c:.2f} {y2:.2f} {x2 - r:.2f} {y2:.2f} c "
        f"{x + r:.2f} {y2:.2f} l "
        f"{x + c:.2f} {y2:.2f} {x:.2f} {y2 - c:.2f} {x:.2f} {y2 - r:.2f} c "
        f"{x:.2f} {y + r:.2f} l "
        f"{x:.2f} {y + c:.2f} {x + c:.2f} {y:.2f} {x + r:.2f} {y:.2f} c h"
    )


def circle_path(cx: float, cy: float, r: float) -> str:
    """Path operators of a circle as four Bézier quarters."""
    k = r * KAPPA
    return (
        f"{cx + r:.2f} {cy:.2f} m "
        f"{cx + r:.2f} {cy + k:.2f} {cx + k:.2f} {cy + r:.2f} {cx:.2f} {cy + r:.2f} c "
        f"{cx - k:.2f} {cy + r:.2f} {cx - r:.2f} {cy + k:.2f} {cx - r:.2f} {cy:.2f} c "
        f"{cx - r:.2f} {cy - k:.2f} {cx - k:.2f} {cy - r:.2f} {cx:.2f} {cy - r:.2f} c "
        f"{cx + k:.2f} {cy - r:.2f} {cx + r:.2f} {cy - k:.2f} {cx + r:.2f} {cy:.2f} c h"
    )


def _glyph_stream(glyph: Glyph) -> list[str]:
    """Operators of a glyph in its unit square, y down, without colour (inherited)."""
    stroke: list[str] = []
    fill: list[str] = []
    for op in glyph:
        match op:
            case MoveTo(x, y):
                stroke.append(f"{x:g} {y:g} m")
            case LineTo(x, y):
                stroke.append(f"{x:g} {y:g} l")
            case CurveTo(x1, y1, x2, y2, x, y):
                stroke.append(f"{x1:g} {y1:g} {x2:g} {y2:g} {x:g} {y:g} c")
            case Close():
                stroke.append("h")
            case Circle(cx, cy, r, filled):
                (fill if filled else stroke).append(circle_path(cx, cy, r))
            case RoundRect(x, y, w, h, r):
                stroke.append(rounded_rect_path(x, y, w, h, r))
    ops = [f"{GLYPH_STROKE:g} w 1 J 1 j"]
    if stroke:
        ops += [*stroke, "S"]
    if fill:
        ops += [*fill, "f"]
    return ops


ALL_GLYPHS: tuple[Glyph, ...] = tuple(
    dict.fromkeys([*KIND_GLYPHS.values(), *CHANNEL_GLYPHS.values(), *FACE_GLYPHS.values()])
)


def map_lines(ml: MapLayout) -> list[tuple[float, str]]:
    """The line widths `draw_map` strokes, in map points, each with what it draws."""
    found = [
        (ml.style.rule_width, "cell borders"),
    ]
    if ml.cards:
        found.append((CARD_OUTLINE, "card outlines"))
    icons = [card.icon_rect for card in ml.cards.values()]
    icons += [label.icon_rect for label in ml.lane_labels]
    for curve in ml.curves.values():
        if curve.guides:
            found.append((GUIDE_LINE, "emotion scale lines"))
        if curve.segments:
            found.append((curve.line_width, "emotion curves"))
        if curve.markers:
            found.append((MARKER_RING, "emotion markers"))
            icons += [marker.rect.inset(1.0) for marker in curve.markers]
    sides = [min(r.w, r.h) for r in icons if r.w > 0 and r.h > 0]
    if sides:
        found.append((GLYPH_STROKE * min(sides), "icons"))
    return found


class PdfPainter:
    """Draws layouts, title blocks and simple marks on a top-down reportlab canvas."""

    def __init__(
        self,
        canvas: Canvas,
        ink: Ink,
        runner: FontRunner,
        assets: dict[str, Asset] | None = None,
    ) -> None:
        self.canvas = canvas
        self.ink = ink
        self.runner = runner
        # Codes text for the embedded subsets a run at a time (see TextEncoder).
        self.encoder = TextEncoder(canvas._doc)
        self._font_ops: dict[tuple[str, int, float], str] = {}
        self.assets = assets or {}
        self._glyph_names: dict[int, str] = {}
        # (asset id, long side in pixels) -> the name of its embedded image: drawing a
        # picture again at that size places the same image, decoding nothing.
        self._embedded: dict[tuple[str, int], str] = {}
        self.damaged: dict[str, None] = {}  # assets drawn as placeholders, in order
        # The lowest resolution on paper (pixels per inch) at which each picture prints.
        self.picture_ppi: dict[str, float] = {}
        # Paper points per drawing unit: the map is drawn scaled, and a picture needs
        # pixels for its size on paper, not in map points.
        self.paper_scale = 1.0

    # -- set-up ------------------------------------------------------------------------

    def define_glyphs(self) -> None:
        """Define every icon as a Form XObject. Call while the page size is 1 × 1 pt, so
        the form's top-down preamble maps its unit square onto itself."""
        c = self.canvas
        for i, glyph in enumerate(ALL_GLYPHS):
            name = f"mapstudio-glyph-{i}"
            c.beginForm(name, -0.1, -0.1, 1.1, 1.1)
            c._code.extend(_glyph_stream(glyph))
            c.endForm()
            self._glyph_names[id(glyph)] = name

    # -- primitives ----------------------------------------------------------------

    @property
    def code(self) -> list[str]:
        # reportlab swaps this list while a form is being defined; never keep it.
        return self.canvas._code

    def fill_rect(self, rect: Rect, color: str) -> None:
        self.code.append(
            f"{self.ink.fill(color)} {_n(rect.x)} {_n(rect.y)} {_n(rect.w)} {_n(rect.h)} re f"
        )

    def glyph(self, glyph: Glyph, rect: Rect, color: str) -> None:
        """An icon centred in `rect` as a square, in `color`."""
        name = self._glyph_names.get(id(glyph))
        size = min(rect.w, rect.h)
        x = rect.x + (rect.w - size) / 2
        y = rect.y + (rect.h - size) / 2
        if name is None:
            # Not one of the shared icon tables (or glyphs not defined yet): draw inline,
            # in the page's own top-down space.
            self.code.append(
                f"q {self.ink.stroke(color)} {self.ink.fill(color)} "
                f"{_n(size)} 0 0 {_n(size)} {_n(x)} {_n(y)} cm"
            )
            self.code.extend(_glyph_stream(glyph))
            self.code.append("Q")
            return
        # The form's unit square is y-up inside; flip it into this top-down page.
        self.code.append(
            f"q {self.ink.stroke(color)} {self.ink.fill(color)} "
            f"{_n(size)} 0 0 {_n(-size)} {_n(x)} {_n(y + size)} cm"
        )
        self.canvas.doForm(name)
        self.code.append("Q")

    def text(self, batches: Iterable[tuple[Iterable[TextLine], float, float]]) -> None:
        """Text lines, each offset by its batch's (dx, dy), in one text object."""
        canvas = self.canvas
        runner = self.runner
        ink = self.ink
        t = canvas.beginText()
        code = t._code
        current_font: tuple[str, int, float] | None = None  # font, subset, size
        current_color = None
        any_text = False
        for lines, dx, dy in batches:
            for line in lines:
                if not line.text:
                    continue
                any_text = True
                if line.color != current_color:
                    code.append(ink.text(line.color))
                    current_color = line.color
                size = line.font.size
                # setTextOrigin's number formatting costs a third of the text time; this
                # is the same operator for the top-down canvas.
                code.append(f"1 0 0 -1 {line.x + dx:.2f} {line.y_baseline + dy:.2f} Tm")
                for name, run in runner.runs(line.text, line.font.style):
                    pieces = self.encoder.encode(name, run)
                    if pieces is None:  # not a subsetted font: reportlab writes it
                        t.setFont(name, size)
                        current_font = None
                        code.append(t._formatText(run))
                        continue
                    for subset, escaped in pieces:
                        if current_font != (name, subset, size):
                            current_font = (name, subset, size)
                            code.append(self._set_font(current_font))
                        code.append(f"({escaped}) Tj")
        if any_text:
            canvas.drawText(t)

    def _set_font(self, font: tuple[str, int, float]) -> str:
        """What reportlab's text object writes on a change of font subset or size."""
        op = self._font_ops.get(font)
        if op is None:
            name, subset, size = font
            op = self._font_ops[font] = (
                f"{self.encoder.subset_name(name, subset)} {fp_str(size)} Tf "
                f"{fp_str(size * 1.2)} TL"
            )
        return op

    def clipped_text(self, groups: Iterable[tuple[Rect, Sequence[TextBatch]]]) -> None:
        """Text batches in groups, each group inside a clip to its rect (a card, a
        header): whatever its glyphs draw beyond the rect is not printed. The layout
        measures every glyph with the font that prints it; the clip guards the rest
        (a glyph wider than the line, a tall stack of marks)."""
        code = self.code
        for rect, batches in groups:
            if not any(line.text for lines, _dx, _dy in batches for line in lines):
                continue
            code.append(f"q {_n(rect.x)} {_n(rect.y)} {_n(rect.w)} {_n(rect.h)} re W n")
            self.text(batches)
            code.append("Q")

    def image_circle(self, asset_id: str, rect: Rect) -> bool:
        """A persona photo clipped to the circle inscribed in `rect`; False when the asset
        is missing or unreadable (the caller draws initials instead)."""
        placed = self._placement(asset_id, rect)
        if placed is None:
            return False
        self.code.append("q " + circle_path(*rect.center, min(rect.w, rect.h) / 2) + " W n")
        self._place(*placed)
        self.code.append("Q")
        return True

    def image_in_rect(self, asset_id: str | None, rect: Rect, radius: float) -> None:
        """A card picture filling `rect` with rounded corners, cropped like the canvas
        does ("cover"); a grey placeholder with a picture icon when it cannot be read."""
        placed = self._placement(asset_id, rect) if asset_id is not None else None
        self.code.append("q " + rounded_rect_path(rect.x, rect.y, rect.w, rect.h, radius) + " W n")
        if placed is None:
            self.fill_rect(rect, PLACEHOLDER_FILL)
            side = min(rect.w, rect.h, 48.0) * 0.8
            cx, cy = rect.center
            self.glyph(
                PICTURE_GLYPH, Rect(cx - side / 2, cy - side / 2, side, side), PLACEHOLDER_INK
            )
        else:
            self._place(*placed)
        self.code.append("Q")

    def _placement(self, asset_id: str, rect: Rect) -> tuple[str, Rect] | None:
        """The embedded image for the asset covering `rect` (centred, aspect kept; the
        caller clips) and where it goes; None when the asset is missing or unreadable."""
        asset = self.assets.get(asset_id)
        if asset is None or asset_id in self.damaged:
            return None
        iw, ih = asset.width, asset.height
        scale = max(rect.w / iw, rect.h / ih)
        w, h = iw * scale, ih * scale
        box = Rect(rect.x + (rect.w - w) / 2, rect.y + (rect.h - h) / 2, w, h)
        inches = max(w, h) * self.paper_scale / 72.0
        if inches > 0:
            ppi = max(iw, ih) / inches
            self.picture_ppi[asset_id] = min(ppi, self.picture_ppi.get(asset_id, ppi))
        needed = inches * PRINT_DPI
        key = (asset_id, decode_side(needed, max(iw, ih)))
        name = self._embedded.get(key)
        if name is None:
            name = self._embed(asset, key[1])
            if name is None:
                return None
            self._embedded[key] = name
        return name, box

    def _embed(self, asset: Asset, long_side: int) -> str | None:
        """Decode the asset at `long_side` pixels, embed it and let the pixels go; the
        image's name, or None when it cannot be read (remembered in `damaged`)."""
        try:
            cmyk = self.ink.cmyk
            picture = print_picture(
                asset.data,
                long_side,
                self.ink.grayscale,
                convert=cmyk.picture if cmyk is not None else None,
            )
            if picture.jpeg is not None:
                reader: ImageReader = _JpegReader(BytesIO(picture.jpeg))
            else:
                reader = ImageReader(picture.image)
            found: dict[str, str | None] = {"name": None}
            # reportlab registers the image (named by a digest of its pixels, keeping only
            # the compressed stream) and draws it; only the registration is wanted; the
            # caller places it by name, so the drawing operators are taken back out.
            mark = len(self.code)
            self.canvas.drawImage(reader, 0, 0, 1, 1, extraReturn=found)
            del self.code[mark:]
        except PictureUnreadable as exc:
            log.warning("picture %s drawn as a placeholder: %s", asset.id, exc)
            self.damaged[asset.id] = None
            return None
        except Exception as exc:  # whatever reportlab meets, one picture costs one picture
            log.warning("picture %s drawn as a placeholder: %s", asset.id, exc, exc_info=True)
            self.damaged[asset.id] = None
            return None
        return found["name"]

    def _place(self, name: str, box: Rect) -> None:
        """The embedded image `name` filling `box`; images are bottom-up, so flip."""
        self.code.append(f"q {_n(box.w)} 0 0 {_n(-box.h)} {_n(box.x)} {_n(box.y + box.h)} cm")
        self.canvas.doForm(name)
        self.code.append("Q")

    # -- the map ---------------------------------------------------------------------

    def draw_map(self, ml: MapLayout, tick: Tick | None = None) -> None:
        """Everything the canvas shows for `ml`, in map points (the caller scales)."""
        self._grid(ml)
        glyphs: list[tuple[Glyph, Rect, str]] = []
        texts: list[TextBatch] = []
        clipped: ClippedText = []
        self._headers(ml, glyphs, texts, clipped)
        self._curves(ml, texts)
        self._cards(ml, glyphs, clipped, tick)
        self._markers(ml, glyphs, texts)
        for glyph, rect, color in glyphs:
            self.glyph(glyph, rect, color)
        self.text(texts)
        self.clipped_text(clipped)

    def _grid(self, ml: MapLayout) -> None:
        style = ml.style
        code = self.code
        self.fill_rect(Rect(0, 0, ml.width, ml.height), style.paper_color)
        self.fill_rect(ml.label_column, style.header_fill)
        fill = self.ink.fill(style.header_fill)
        code.append(fill)
        code.extend(
            f"{_n(h.rect.x)} {_n(h.rect.y)} {_n(h.rect.w)} {_n(h.rect.h)} re"
            for h in ml.stage_headers
        )
        code.append("f")
        for band in ml.bands:
            self.fill_rect(band.header_rect, style.band_header_fill)
        rects = [h.rect for h in ml.stage_headers]
        rects += [band.header_rect for band in ml.bands]
        # Projecting caps close the corners where two rules end, as a ruled rect would.
        code.append(f"{self.ink.stroke(style.rule_color)} {_n(style.rule_width)} w 0 j 2 J")
        code.extend(f"{_n(r.x)} {_n(r.y)} {_n(r.w)} {_n(r.h)} re" for r in rects)
        code.extend(_lane_rules(ml))
        code.append("S 0 J")

    def _headers(
        self,
        ml: MapLayout,
        glyphs: list[tuple[Glyph, Rect, str]],
        texts: list[TextBatch],
        clipped: ClippedText,
    ) -> None:
        for header in ml.stage_headers:
            clipped.append((header.rect, ((header.lines, header.rect.x, header.rect.y),)))
        for band in ml.bands:
            hx, hy = band.header_rect.x, band.header_rect.y
            self.fill_rect(band.strip_rect.translated(hx, hy), band.color)
            if band.avatar_rect is not None:
                avatar = band.avatar_rect.translated(hx, hy)
                photo = band.photo_asset_id is not None and self.image_circle(
                    band.photo_asset_id, avatar
                )
                if not photo:
                    self.code.append(
                        f"{self.ink.fill(band.color)} "
                        + circle_path(*avatar.center, avatar.w / 2)
                        + " f"
                    )
                    texts.append((band.avatar_lines, hx, hy))
            clipped.append((band.header_rect, ((band.lines, hx, hy),)))
        for label in ml.lane_labels:
            glyphs.append(
                (
                    KIND_GLYPHS[label.kind],
                    label.icon_rect.translated(label.rect.x, label.rect.y),
                    label.icon_color,
                )
            )
            clipped.append((label.rect, ((label.lines, label.rect.x, label.rect.y),)))

    def _curves(self, ml: MapLayout, texts: list[TextBatch]) -> None:
        code = self.code
        style = ml.style
        for curve in ml.curves.values():
            ox, oy = curve.rect.x, curve.rect.y
            # Qt's DashLine: dashes of 4 and gaps of 2 pen widths.
            code.append(f"{self.ink.stroke(style.guide_color)} {GUIDE_LINE:g} w [3 1.5] 0 d 0 J")
            for guide in curve.guides:
                code.append(f"{_n(ox)} {_n(guide.y)} m {_n(curve.rect.right)} {_n(guide.y)} l")
            code.append("S [] 0 d")
            texts.append((tuple(g.label for g in curve.guides), ox, oy))
            if curve.segments:
                first = curve.segments[0].start
                parts = [f"{_n(first.x)} {_n(first.y)} m"]
                parts.extend(
                    f"{_n(s.c1.x)} {_n(s.c1.y)} {_n(s.c2.x)} {_n(s.c2.y)} "
                    f"{_n(s.end.x)} {_n(s.end.y)} c"
                    for s in curve.segments
                )
                code.append(
                    f"{self.ink.stroke(curve.color)} {_n(curve.line_width)} w 1 J 1 j "
                    + " ".join(parts)
                    + " S 0 J 0 j"
                )

    def _cards(
        self,
        ml: MapLayout,
        glyphs: list[tuple[Glyph, Rect, str]],
        clipped: ClippedText,
        tick: Tick | None,
    ) -> None:
        style = ml.style
        code = self.code
        ink = self.ink
        shadow = ink.fill(blend(SHADOW, style.paper_color, SHADOW_ALPHA))
        border = ink.stroke(style.card_border_color)
        code.append(f"{CARD_OUTLINE:g} w")
        done = 0
        for card in ml.cards.values():
            r = card.rect
            code.append(shadow)
            code.append(rounded_rect_path(r.x, r.y + 1.5, r.w, r.h, card.corner_radius) + " f")
            code.append(f"{ink.fill(card.fill)} {border}")
            code.append(rounded_rect_path(r.x, r.y, r.w, r.h, card.corner_radius) + " B")
            glyphs.append(
                (
                    card_glyph(card.kind, card.channel),
                    card.icon_rect.translated(r.x, r.y),
                    card.icon_color,
                )
            )
            clipped.append(
                (
                    r,
                    (
                        (card.title_lines, r.x, r.y),
                        (card.body_lines, r.x, r.y),
                        (card.meta_lines, r.x, r.y),
                    ),
                )
            )
            if card.dots_rect is not None:
                self._dots(card.dots_rect.translated(r.x, r.y), card.dots, card.icon_color)
                code.append(f"{border} {CARD_OUTLINE:g} w")
            if card.image_rect is not None:
                # Inside q … Q: colours and line width come back as they were.
                self.image_in_rect(
                    card.image_asset_id,
                    card.image_rect.translated(r.x, r.y),
                    card.corner_radius / 2,
                )
            done += 1
            if tick is not None and done % 250 == 0:
                tick(250)
        if tick is not None and done % 250:
            tick(done % 250)

    def _dots(self, area: Rect, filled: int, color: str) -> None:
        """Five severity dots, `filled` of them solid: the count reads without colour."""
        d = area.h
        gap = (area.w - 5 * d) / 4 if area.w > 5 * d else 0.0
        code = self.code
        code.append(f"{self.ink.fill(color)} {self.ink.stroke(color)}")
        for i in range(5):
            cx = area.x + i * (d + gap) + d / 2
            code.append(circle_path(cx, area.y + d / 2, d / 2) + (" B" if i < filled else " S"))

    def _markers(
        self,
        ml: MapLayout,
        glyphs: list[tuple[Glyph, Rect, str]],
        texts: list[TextBatch],
    ) -> None:
        style = ml.style
        code = self.code
        for curve in ml.curves.values():
            for marker in curve.markers:
                rect = marker.rect
                code.append(
                    f"{self.ink.fill(style.marker_fill)} {self.ink.stroke(curve.color)} "
                    f"{MARKER_RING:g} w " + circle_path(*rect.center, rect.w / 2) + " B"
                )
                glyphs.append((FACE_GLYPHS[marker.face], rect.inset(1.0), curve.color))
                texts.append((marker.lines, rect.x, rect.y))

    # -- the title block ---------------------------------------------------------------

    def draw_title_block(self, block: TitleBlockLayout, x: float, y: float) -> None:
        code = self.code
        code.append(f"{self.ink.stroke(block.rule_color)} {_n(0.75 * block.unit)} w")
        for x1, y1, x2, y2 in block.separators:
            code.append(f"{_n(x + x1)} {_n(y + y1)} m {_n(x + x2)} {_n(y + y2)} l S")
        texts: list[tuple[Iterable[TextLine], float, float]] = [(block.lines, x, y)]
        for avatar in block.avatars:
            rect = avatar.rect.translated(x, y)
            photo = avatar.photo_asset_id is not None and self.image_circle(
                avatar.photo_asset_id, rect
            )
            if not photo:
                code.append(
                    f"{self.ink.fill(avatar.color)} " + circle_path(*rect.center, rect.w / 2) + " f"
                )
                if avatar.initials is not None:
                    texts.append(((avatar.initials,), x, y))
        for face in block.faces:
            rect = face.rect.translated(x, y)
            code.append(
                f"{self.ink.fill(block.marker_fill)} {self.ink.stroke(face.color)} "
                f"{_n(1.5 * block.unit)} w " + circle_path(*rect.center, rect.w / 2) + " B"
            )
            self.glyph(FACE_GLYPHS[face.face], rect.inset(1.0 * block.unit), face.color)
        self.text(texts)


__all__ = [
    "ALL_GLYPHS",
    "CARD_OUTLINE",
    "GUIDE_LINE",
    "MARKER_RING",
    "Ink",
    "PdfPainter",
    "blend",
    "circle_path",
    "luminance",
    "map_lines",
    "rounded_rect_path",
]


def _lane_rules(ml: MapLayout) -> Iterator[str]:
    """The rules around every lane label and cell, as lines rather than one rect per
    cell: a rule along each lane row's edges and down each column edge of a run of lane
    rows. So the cost is rows plus columns per band, not rows times columns, however many
    empty cells a map has; the strokes are those of the ruled rects."""
    xs, ys = ml.column_edges, ml.row_edges
    left, right = _n(xs[0]), _n(xs[-1])
    block_top: float | None = None
    block_bottom = 0.0
    for index, row in enumerate(ml.rows):
        if row.kind == "lane":
            top = ys[index]
            yield f"{left} {_n(top)} m {right} {_n(top)} l"
            if block_top is None:
                block_top = top
            block_bottom = ys[index + 1]
        elif block_top is not None:
            yield from _column_rules(xs, block_top, block_bottom)
            block_top = None
    if block_top is not None:
        yield from _column_rules(xs, block_top, block_bottom)


def _column_rules(xs: tuple[float, ...], top: float, bottom: float) -> Iterator[str]:
    """The bottom rule of a run of lane rows and a rule down each column edge."""
    yield f"{_n(xs[0])} {_n(bottom)} m {_n(xs[-1])} {_n(bottom)} l"
    t, b = _n(top), _n(bottom)
    for x in xs:
        x_text = _n(x)
        yield f"{x_text} {t} m {x_text} {b} l"
