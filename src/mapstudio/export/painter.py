"""The reportlab interpreter of the display list (mapstudio.layout.display): PDF.

The canvas runs top-down (reportlab's `bottomup=0`), so the layout's y-down points are
used as they are. What a map looks like is decided by the display list; this module only
writes each primitive as PDF operators, straight into the page stream: a 5,000-card map
is tens of thousands of shapes, and reportlab's per-call bookkeeping would dominate the
export. Colour, line width, cap, join and dash are written only when they change. Icons
are Form XObjects defined once per glyph (they inherit the current colour) and go out
after the shapes of their layer, text in one text object per layer (and one per clip),
and every colour goes through `Ink`, which turns it into luminance grey for greyscale
prints. PDF has no soft shadows here: a shadow's translucent colour is flattened onto its
backdrop. Pictures are decoded one at a time at the size they print (see
mapstudio.export.pictures) and embedded once per size step; a picture that cannot be
read is drawn as its fallback shapes and listed in `damaged`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO

from reportlab.lib.rl_accel import fp_str
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from mapstudio.export.fonts import FontRunner, TextEncoder
from mapstudio.export.pdfx import CmykConverter
from mapstudio.export.pictures import PRINT_DPI, PictureUnreadable, print_picture
from mapstudio.export.title_shapes import title_block_shapes
from mapstudio.export.titleblock import TitleBlockLayout
from mapstudio.fileformat.images import decode_side
from mapstudio.layout import MapLayout, Rect, TextLine
from mapstudio.layout.display import (
    CircleShape,
    GlyphShape,
    ImageShape,
    PathShape,
    Placed,
    RectShape,
    RoundedRectShape,
    Shadow,
    Shapes,
    TextRun,
    UpwardText,
    cover,
    glyph_square,
)
from mapstudio.layout.glyphs import (
    CHANNEL_GLYPHS,
    FACE_GLYPHS,
    GLYPH_CAP,
    GLYPH_JOIN,
    GLYPH_STROKE,
    KIND_GLYPHS,
    Circle,
    Close,
    CurveTo,
    Glyph,
    LineTo,
    MoveTo,
    RoundRect,
)
from mapstudio.model import Asset

log = logging.getLogger(__name__)

KAPPA = 0.5523  # Bézier handle length of a quarter circle, per unit radius
CAPS = {"flat": 0, "round": 1, "square": 2}
JOINS = {"miter": 0, "round": 1, "bevel": 2}
TICK_CARDS = 250  # cards between two progress ticks

Tick = Callable[[int], None]
# Text lines and the (dx, dy) they are drawn at.
TextBatch = tuple[Iterable[TextLine], float, float]


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
    ops = [f"{GLYPH_STROKE:g} w {CAPS[GLYPH_CAP]} J {JOINS[GLYPH_JOIN]} j"]
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
    style = ml.style
    found = [
        (style.rule_width, "cell borders"),
    ]
    if ml.cards:
        found.append((style.card_border_width, "card outlines"))
    icons = [card.icon_rect for card in ml.cards.values()]
    icons += [label.icon_rect for label in ml.lane_labels]
    for curve in ml.curves.values():
        if curve.guides:
            found.append((style.guide_width, "emotion scale lines"))
        if curve.segments:
            found.append((curve.line_width, "emotion curves"))
        if curve.markers:
            found.append((style.marker_ring_width, "emotion markers"))
            icons += [marker.rect.inset(style.marker_face_inset) for marker in curve.markers]
    sides = [min(r.w, r.h) for r in icons if r.w > 0 and r.h > 0]
    if sides:
        found.append((GLYPH_STROKE * min(sides), "icons"))
    return found


@dataclass
class _Layer:
    """What a layer puts off until all its shapes are down: icons, then text in one text
    object, then text clipped to boxes (one clip each). Rects are kept with the offset
    of their list, not moved: a large map has thousands of each."""

    glyphs: list[tuple[GlyphShape, float, float]] = field(default_factory=list)
    texts: list[TextBatch] = field(default_factory=list)
    clipped: list[tuple[Rect, float, float, Sequence[TextBatch]]] = field(default_factory=list)
    upward: list[TextBatch] = field(default_factory=list)  # each turned about its (dx, dy)


class PdfPainter:
    """Draws display lists (a map, a title block) on a top-down reportlab canvas."""

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
        self.damaged: dict[str, None] = {}  # assets drawn as their fallback, in order
        # The lowest resolution on paper (pixels per inch) at which each picture prints.
        self.picture_ppi: dict[str, float] = {}
        # Paper points per drawing unit: the map is drawn scaled, and a picture needs
        # pixels for its size on paper, not in map points.
        self.paper_scale = 1.0
        # The graphics state the stream has now (None: not known, write it).
        self._fill: str | None = None
        self._stroke: str | None = None
        self._width: float | None = None
        self._line: tuple[str, str, str] | None = None
        self._shadow_colors: dict[int, tuple[Shadow, str]] = {}

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

    @property
    def code(self) -> list[str]:
        # reportlab swaps this list while a form is being defined; never keep it.
        return self.canvas._code

    # -- display lists -----------------------------------------------------------------

    def draw(self, placed: Iterable[Placed]) -> None:
        """Display lists in order, each with its (0, 0) at its (x, y); the icons and text
        of them all on top, as one layer."""
        layer = _Layer()
        self._forget_state()
        for x, y, shapes in placed:
            self._shapes(shapes, x, y, layer)
        self._finish(layer)

    def draw_map(self, ml: MapLayout, tick: Tick | None = None) -> None:
        """Everything the canvas shows for `ml`, in map points (the caller scales)."""
        drawing = ml.drawing
        layer = _Layer()
        self._forget_state()
        for x, y, shapes in (
            (0.0, 0.0, drawing.grid),
            *drawing.headers,
            *drawing.curves,
        ):
            self._shapes(shapes, x, y, layer)
        done = 0
        for x, y, shapes in drawing.cards():
            self._shapes(shapes, x, y, layer)
            done += 1
            if tick is not None and done % TICK_CARDS == 0:
                tick(TICK_CARDS)
        if tick is not None and done % TICK_CARDS:
            tick(done % TICK_CARDS)
        for x, y, shapes in drawing.markers:
            self._shapes(shapes, x, y, layer)
        self._finish(layer)

    def draw_title_block(self, block: TitleBlockLayout, x: float, y: float) -> None:
        self.draw(((x, y, title_block_shapes(block)),))

    def _shapes(self, shapes: Shapes, ox: float, oy: float, layer: _Layer) -> None:
        code = self.code
        for shape in shapes:
            if isinstance(shape, RoundedRectShape):
                r = shape.rect
                path = rounded_rect_path(r.x + ox, r.y + oy, r.w, r.h, shape.radius)
                shadow = shape.shadow
                if shadow is not None:
                    # The same path, moved: inside q … Q, so colour and state come back.
                    code.append(
                        f"q 1 0 0 1 {shadow.dx:.2f} {shadow.dy:.2f} cm "
                        f"{self._shadow_fill(shadow)} {path} f Q"
                    )
                code.append(path + self._paint(shape.fill, shape.stroke, shape.width))
            elif isinstance(shape, TextRun):
                batch = (shape.lines, shape.dx + ox, shape.dy + oy)
                if shape.clip is None:
                    layer.texts.append(batch)
                else:
                    layer.clipped.append((shape.clip, ox, oy, (batch,)))
            elif isinstance(shape, GlyphShape):
                layer.glyphs.append((shape, ox, oy))
            elif isinstance(shape, CircleShape):
                op = self._paint(shape.fill, shape.stroke, shape.width)
                code.append(circle_path(shape.cx + ox, shape.cy + oy, shape.r) + op)
            elif isinstance(shape, RectShape):
                r = shape.rect
                op = self._paint(shape.fill, shape.stroke, shape.width)
                code.append(f"{r.x + ox:.2f} {r.y + oy:.2f} {r.w:.2f} {r.h:.2f} re{op}")
            elif isinstance(shape, PathShape):
                self._path(shape, ox, oy)
            elif isinstance(shape, ImageShape):
                self._image(shape, ox, oy, layer)
            elif isinstance(shape, UpwardText):
                layer.upward.append((shape.lines, shape.x + ox, shape.y + oy))

    def _paint(
        self, fill: str | None, stroke: str | None, width: float, line_style: bool = True
    ) -> str:
        """Set the fill and stroke colours and the line width (what changed); the
        operator that paints a path so. A shape's outline is solid, with flat caps and
        mitred corners, as Qt's pen draws it, whatever a path before it set (a path sets
        its own line style first and passes `line_style=False`)."""
        if fill is not None and fill != self._fill:
            self._fill = fill
            self.code.append(self.ink.fill(fill))
        if stroke is None:
            return " f" if fill is not None else " n"
        if line_style:
            self._line_style("0 J", "0 j", "[] 0 d")
        if stroke != self._stroke:
            self._stroke = stroke
            self.code.append(self.ink.stroke(stroke))
        if width != self._width:
            self._width = width
            self.code.append(f"{width:.2f} w")
        return " B" if fill is not None else " S"

    def _line_style(self, cap: str, join: str, dash: str) -> None:
        style = (cap, join, dash)
        if style != self._line:
            self._line = style
            self.code.append(f"{cap} {join} {dash}")

    def _forget_state(self) -> None:
        """The stream's graphics state is not known (someone else wrote to it): write
        every colour, width and line style again when next used."""
        self._fill = self._stroke = self._width = self._line = None

    def _shadow_fill(self, shadow: Shadow) -> str:
        """The fill operator of a shadow's colour flattened onto its backdrop (no PDF
        transparency, which some print workflows flatten badly). By identity: every card
        shares one shadow."""
        known = self._shadow_colors.get(id(shadow))
        if known is None or known[0] is not shadow:
            color = blend(shadow.color, shadow.backdrop, shadow.alpha)
            known = self._shadow_colors[id(shadow)] = (shadow, self.ink.fill(color))
        return known[1]

    def _path(self, shape: PathShape, ox: float, oy: float) -> None:
        if shape.stroke is not None:
            dash = "[] 0 d"
            if shape.dash:
                dash = "[" + " ".join(_n(d * shape.width) for d in shape.dash) + "] 0 d"
            self._line_style(f"{CAPS[shape.cap]} J", f"{JOINS[shape.join]} j", dash)
        op = self._paint(shape.fill, shape.stroke, shape.width, line_style=False)
        # A map's grid is one path of thousands of rules along a hundred column edges
        # and the rows' tops and bottoms: each number is formatted once.
        known: dict[float, str] = {}

        def number(value: float) -> str:
            text = f"{value:.2f}"
            if value:  # 0.0 and -0.0 are one key but two texts
                known[value] = text
            return text

        get = known.get
        parts: list[str] = []
        append = parts.append
        for o in shape.ops:
            if isinstance(o, (LineTo, MoveTo)):
                x, y = o.x + ox, o.y + oy
                letter = "l" if type(o) is LineTo else "m"
                append(f"{get(x) or number(x)} {get(y) or number(y)} {letter}")
            elif isinstance(o, CurveTo):
                append(
                    f"{o.x1 + ox:.2f} {o.y1 + oy:.2f} {o.x2 + ox:.2f} {o.y2 + oy:.2f} "
                    f"{o.x + ox:.2f} {o.y + oy:.2f} c"
                )
            else:
                append("h")
        self.code.append(" ".join(parts) + op)

    def _image(self, shape: ImageShape, ox: float, oy: float, layer: _Layer) -> None:
        frame = shape.rect.translated(ox, oy)
        placed = self._placement(shape.asset_id, frame)
        if placed is None:
            self._shapes(shape.fallback, ox, oy, layer)
            return
        if shape.radius is None:
            clip = circle_path(*frame.center, min(frame.w, frame.h) / 2)
        else:
            clip = rounded_rect_path(frame.x, frame.y, frame.w, frame.h, shape.radius)
        # Inside q … Q: the state after it is the state before it.
        self.code.append("q " + clip + " W n")
        self._place(*placed)
        self.code.append("Q")

    def _finish(self, layer: _Layer) -> None:
        for shape, ox, oy in layer.glyphs:
            r = shape.rect
            self._glyph(shape.glyph, r.x + ox, r.y + oy, r.w, shape.color)
        self.text(layer.texts)
        self._clipped_text(layer.clipped)
        self.text(layer.upward, upward=True)
        self._forget_state()  # text sets the fill colour

    # -- pieces that other pages draw -----------------------------------------------------

    def fill_rect(self, rect: Rect, color: str) -> None:
        self.code.append(
            f"{self.ink.fill(color)} {_n(rect.x)} {_n(rect.y)} {_n(rect.w)} {_n(rect.h)} re f"
        )
        self._forget_state()

    def glyph(self, glyph: Glyph, rect: Rect, color: str) -> None:
        """An icon centred in `rect` as a square, in `color`."""
        square = glyph_square(rect)
        self._glyph(glyph, square.x, square.y, square.w, color)

    def _glyph(self, glyph: Glyph, x: float, y: float, size: float, color: str) -> None:
        """An icon on the square of `size` at (x, y)."""
        name = self._glyph_names.get(id(glyph))
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
        # The form's unit square is y-up inside; flip it into this top-down page. The
        # numbers as _n writes them, formatted in place: one icon per card and marker.
        ink = self.ink
        self.code.append(
            f"q {ink.stroke(color)} {ink.fill(color)} "
            f"{size:.2f} 0 0 {-size:.2f} {x:.2f} {y + size:.2f} cm"
        )
        self.canvas.doForm(name)
        self.code.append("Q")

    def text(
        self, batches: Iterable[tuple[Iterable[TextLine], float, float]], upward: bool = False
    ) -> None:
        """Text lines, each offset by its batch's (dx, dy), in one text object; `upward`
        turns each batch a quarter turn anticlockwise about its (dx, dy) (UpwardText)."""
        canvas = self.canvas
        runner = self.runner
        ink = self.ink
        encode = self.encoder.encode
        primary = runner.names  # per style, the bundled font: all of printable ASCII
        # What canvas.beginText() starts with on this top-down canvas, and drawText
        # writes at the end; a reportlab text object (two per card: a third of the text
        # time) is made only for a font that reportlab must write itself.
        code = ["BT", "1 0 0 -1 0 0 Tm"]
        t: PDFTextObject | None = None
        # The font, subset and size set in the text object (no font: None).
        font_name: str | None = None
        font_subset = -1
        font_size = 0.0
        current_color = None
        any_text = False
        for lines, dx, dy in batches:
            for line in lines:
                text = line.text
                if not text:
                    continue
                any_text = True
                if line.color != current_color:
                    code.append(ink.text(line.color))
                    current_color = line.color
                font = line.font
                size = font.size
                # setTextOrigin's number formatting costs a third of the text time; this
                # is the same operator for the top-down canvas.
                if upward:
                    # Glyph tops to the left; the baseline runs up the page.
                    code.append(f"0 -1 -1 0 {dx + line.y_baseline:.2f} {dy - line.x:.2f} Tm")
                else:
                    code.append(f"1 0 0 -1 {line.x + dx:.2f} {line.y_baseline + dy:.2f} Tm")
                # An ASCII line is one run of the bundled font (as runner.runs says).
                runs = (
                    ((primary[font.style], text),)
                    if text.isascii()
                    else runner.runs(text, font.style)
                )
                for name, run in runs:
                    pieces = encode(name, run)
                    if pieces is None:  # not a subsetted font: reportlab writes it
                        if t is None:
                            t = canvas.beginText()
                            t._code = code  # its state is the canvas's, as at the start
                        t.setFont(name, size)
                        font_name = None
                        code.append(t._formatText(run))
                        continue
                    for subset, escaped in pieces:
                        if subset != font_subset or size != font_size or name != font_name:
                            font_name, font_subset, font_size = name, subset, size
                            code.append(self._set_font((name, subset, size)))
                        code.append(f"({escaped}) Tj")
        if any_text:
            code.append("ET")
            canvas._code.append(" ".join(code))
            self._forget_state()

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
        self._clipped_text((rect, 0.0, 0.0, batches) for rect, batches in groups)

    def _clipped_text(
        self, groups: Iterable[tuple[Rect, float, float, Sequence[TextBatch]]]
    ) -> None:
        """`clipped_text` with each rect moved by (dx, dy)."""
        code = self.code
        for rect, dx, dy, batches in groups:
            if not any(line.text for lines, _dx, _dy in batches for line in lines):
                continue
            code.append(f"q {rect.x + dx:.2f} {rect.y + dy:.2f} {rect.w:.2f} {rect.h:.2f} re W n")
            self.text(batches)
            code.append("Q")

    # -- pictures ------------------------------------------------------------------------

    def _placement(self, asset_id: str, frame: Rect) -> tuple[str, Rect] | None:
        """The embedded image for the asset covering `frame` and where it goes (the
        caller clips); None when the asset is missing or unreadable."""
        asset = self.assets.get(asset_id)
        if asset is None or asset_id in self.damaged:
            return None
        iw, ih = asset.width, asset.height
        box = cover(frame, iw, ih)
        inches = max(box.w, box.h) * self.paper_scale / 72.0
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


__all__ = [
    "ALL_GLYPHS",
    "Ink",
    "PdfPainter",
    "blend",
    "circle_path",
    "luminance",
    "map_lines",
    "rounded_rect_path",
]
