"""The compare PDF: a compared map with its marks and legend, then the changes per stage.

Page 1 is the shown map at 100 % (shrunk only beyond the largest page PDF viewers
open) with every mark the canvas draws - outlines, badges, ghosts of removed cards, the
other side's dashed emotion curve, the difference per stage - and the legend above it.
The marks are placed by the layout engine (`mapstudio.layout.marks`) and drawn here with
the same primitives the map painter uses. The following A4 pages list the changes per
stage as readable text, each line with the icon of its mark.

The export layer may not import `mapstudio.compare`, so the caller hands the sections
over as plain text: (heading, ((mark kind, words), ...)).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from mapstudio import __version__
from mapstudio.export.errors import ExportError
from mapstudio.export.fonts import FONT_NAMES, FontRunner, distinct_subset_tags, register_fonts
from mapstudio.export.painter import Ink, PdfPainter, _n, circle_path, rounded_rect_path
from mapstudio.export.pdf import _binary_streams, written_beside
from mapstudio.layout import FontSpec, Rect, TextLine, default_measurer, wrap_text
from mapstudio.layout.marks import (
    MARK_KINDS,
    CompareDrawing,
    CompareOverlay,
    CurveSample,
    MarkBadge,
    OtherCurve,
)
from mapstudio.layout.marks import (
    badge as mark_badge,
)
from mapstudio.model import Asset

log = logging.getLogger(__name__)

# The largest page Acrobat opens is 200 in (14,400 pt) a side.
MAX_PAGE = 14_400.0
MAP_MARGIN = 36.0
# The pages of changes: A4 portrait, text sizes that read at arm's length.
LIST_PAGE = (595.28, 841.89)
LIST_MARGIN = 56.0
TITLE_FONT = FontSpec("bold", 16.0)
SUBTITLE_FONT = FontSpec("regular", 10.0)
HEADING_FONT = FontSpec("bold", 12.5)
ENTRY_FONT = FontSpec("regular", 10.0)
FOOTER_FONT = FontSpec("regular", 8.0)
ENTRY_BADGE = 11.0  # diameter of the icon before each change
INK = "#1F2933"
MUTED = "#5B6675"
RULE = "#D5D9DE"

# (mark kind or "" for none, words)
Entry = tuple[str, str]
Section = tuple[str, Sequence[Entry]]


def export_compare_pdf(
    out_path: Path | str,
    drawing: CompareDrawing,
    sections: Sequence[Section],
    *,
    title: str,
    subtitle: str = "",
    sources: str = "",
    assets: Mapping[str, Asset] | None = None,
) -> int:
    """Write the comparison to `out_path` (atomically: the old file stays until the new
    one is complete). Returns the number of pages. Raises ExportError in plain words.

    `sources` names both sides (files, revisions, when saved): it goes under the title
    and at the foot of the map page, so a page printed alone still says what it compares."""
    out = Path(out_path)
    with written_beside(out) as temp, _binary_streams():
        pages = _Writer(temp, dict(assets or {})).write(drawing, sections, title, subtitle, sources)
    log.info("exported the comparison %s (%d pages)", out, pages)
    return pages


_ARROW = re.compile(r"[ \t]*→[ \t]*")


def printable(text: str) -> str:
    """The panel's words as the PDF writes them: its arrow ("'A' → 'B'") as the word
    "to", because the bundled font has no arrow and "->" reads as code, not a sentence.
    The same on every machine, whatever fonts it has."""
    return _ARROW.sub(" to ", text)


class _Writer:
    def __init__(self, path: Path, assets: dict[str, Asset]) -> None:
        register_fonts()
        self.canvas = Canvas(
            str(path),
            pagesize=(1, 1),
            bottomup=0,
            pageCompression=1,
            initialFontName=FONT_NAMES["regular"],
            initialFontSize=10,
        )
        self.painter = PdfPainter(self.canvas, Ink(False), FontRunner(), assets)
        self.measurer = default_measurer()
        self.pages = 0

    def write(
        self,
        drawing: CompareDrawing,
        sections: Sequence[Section],
        title: str,
        subtitle: str,
        sources: str = "",
    ) -> int:
        c = self.canvas
        c.setTitle(title)
        c.setAuthor("")
        c.setSubject(subtitle)
        c.setCreator(f"mapstudio {__version__}")
        c.setKeywords("customer journey map, comparison")
        self.painter.define_glyphs()
        self._map_page(drawing, sources)
        self._list_pages(sections, title, subtitle, sources)
        try:
            with distinct_subset_tags(f"{title}\0compare\0{self.pages}"):
                c.save()
        except OSError as exc:
            raise ExportError(f"Cannot write the PDF: {exc.strerror or exc}.") from exc
        return self.pages

    # -- page 1: the map with its marks --------------------------------------------------

    def _map_page(self, drawing: CompareDrawing, sources: str) -> None:
        bounds = drawing.bounds
        scale = min(1.0, (MAX_PAGE - 2 * MAP_MARGIN) / max(bounds.w, bounds.h))
        width = bounds.w * scale + 2 * MAP_MARGIN
        height = bounds.h * scale + 2 * MAP_MARGIN
        self.canvas.setPageSize((width, height))
        p = self.painter
        p.fill_rect(Rect(0, 0, width, height), drawing.layout.style.paper_color)
        p.code.append(
            f"q {scale:.6f} 0 0 {scale:.6f} "
            f"{_n(MAP_MARGIN - bounds.x * scale)} {_n(MAP_MARGIN - bounds.y * scale)} cm"
        )
        p.paper_scale = scale
        try:
            p.draw_map(drawing.layout)
            draw_overlay(p, drawing.overlay)
        finally:
            p.paper_scale = 1.0
        p.code.append("Q")
        if sources:
            words = printable(sources)
            ascent = self.measurer.ascent(FOOTER_FONT)
            line = TextLine(
                words,
                MAP_MARGIN,
                height - MAP_MARGIN / 2 - ascent / 2,
                FOOTER_FONT,
                MUTED,
                self.measurer.width(words, FOOTER_FONT),
            )
            p.text((((line,), 0.0, 0.0),))
        self._end_page()

    # -- the pages of changes ---------------------------------------------------------------

    def _list_pages(
        self, sections: Sequence[Section], title: str, subtitle: str, sources: str = ""
    ) -> None:
        width, height = LIST_PAGE
        text_width = width - 2 * LIST_MARGIN
        indent = ENTRY_BADGE + 6.0
        measurer = self.measurer
        lines: list[TextLine] = []
        badges: list[MarkBadge] = []
        y = LIST_MARGIN
        bottom = height - LIST_MARGIN
        page_started = False

        def start_page() -> None:
            nonlocal y, page_started, lines, badges
            self.canvas.setPageSize(LIST_PAGE)
            lines, badges = [], []
            y = LIST_MARGIN
            page_started = True

        def finish_page() -> None:
            nonlocal page_started
            footer = f"{printable(title)} · page {self.pages + 1}"
            lines.append(
                TextLine(
                    footer,
                    LIST_MARGIN,
                    height - LIST_MARGIN / 2,
                    FOOTER_FONT,
                    MUTED,
                    measurer.width(footer, FOOTER_FONT),
                )
            )
            for badge in badges:
                _badge(self.painter, badge)
            self.painter.text(((lines, 0.0, 0.0),))
            self._end_page()
            page_started = False

        def block(texts: Sequence[str], font: FontSpec, color: str, x: float) -> None:
            """Lines of one font from `y` on, starting a new page when they do not fit."""
            nonlocal y
            step = measurer.line_height(font)
            ascent = measurer.ascent(font)
            for text in texts:
                if y + step > bottom:
                    finish_page()
                    start_page()
                lines.append(TextLine(text, x, y + ascent, font, color, measurer.width(text, font)))
                y += step

        start_page()
        block(
            wrap_text(printable(title), TITLE_FONT, text_width, measurer),
            TITLE_FONT,
            INK,
            LIST_MARGIN,
        )
        if subtitle:
            y += 4.0
            block(
                wrap_text(printable(subtitle), SUBTITLE_FONT, text_width, measurer),
                SUBTITLE_FONT,
                MUTED,
                LIST_MARGIN,
            )
        if sources:
            y += 4.0
            block(
                wrap_text(printable(sources), SUBTITLE_FONT, text_width, measurer),
                SUBTITLE_FONT,
                MUTED,
                LIST_MARGIN,
            )
        if not sections:
            y += 12.0
            block(("No differences.",), ENTRY_FONT, INK, LIST_MARGIN)
        for heading, entries in sections:
            # A heading never ends a page alone: it needs room for one entry below it.
            needed = measurer.line_height(HEADING_FONT) + measurer.line_height(ENTRY_FONT) + 14.0
            if y + needed > bottom:
                finish_page()
                start_page()
            y += 14.0
            block(
                wrap_text(printable(heading), HEADING_FONT, text_width, measurer),
                HEADING_FONT,
                INK,
                LIST_MARGIN,
            )
            y += 3.0
            for kind, words in entries:
                wrapped = wrap_text(printable(words), ENTRY_FONT, text_width - indent, measurer)
                if not wrapped:
                    continue
                step = measurer.line_height(ENTRY_FONT)
                if y + step > bottom:
                    finish_page()
                    start_page()
                if kind in MARK_KINDS:
                    top = y + (step - ENTRY_BADGE) / 2
                    badges.append(
                        _entry_badge(kind, Rect(LIST_MARGIN, top, ENTRY_BADGE, ENTRY_BADGE))
                    )
                block(wrapped, ENTRY_FONT, INK, LIST_MARGIN + indent)
                y += 2.0
        if page_started:
            finish_page()

    def _end_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1


def _entry_badge(kind: str, rect: Rect) -> MarkBadge:
    return mark_badge(kind, rect)  # type: ignore[arg-type]


# -- the marks, drawn as the canvas draws them (mapstudio.ui.canvas.marks) -----------------


def draw_overlay(p: PdfPainter, overlay: CompareOverlay) -> None:
    """Every mark of `overlay` in map points (the caller places and scales the map)."""
    for curve in overlay.curves:
        _other_curve(p, curve)
    for delta in overlay.deltas:
        r = delta.rect
        p.code.append(
            f"{p.ink.fill(delta.fill)} {p.ink.stroke(delta.border)} 0.75 w "
            + rounded_rect_path(r.x, r.y, r.w, r.h, r.h / 2)
            + " B"
        )
    p.text(((d.line,), d.rect.x, d.rect.y) for d in overlay.deltas)
    for mark in overlay.cards.values():
        o = mark.outline
        p.code.append(
            f"q {p.ink.stroke(mark.color)} {_n(mark.width)} w {_dash(mark.dash, mark.width)} "
            + rounded_rect_path(o.x, o.y, o.w, o.h, mark.corner_radius)
            + " S Q"
        )
        for badge in mark.badges:
            _badge(p, badge)
    for point in overlay.points.values():
        r = point.ring
        p.code.append(
            f"q {p.ink.stroke(point.color)} {_n(point.width)} w "
            + circle_path(*r.center, r.w / 2)
            + " S Q"
        )
        for badge in point.badges:
            _badge(p, badge)
    legend = overlay.legend
    r = legend.rect
    p.code.append(
        f"{p.ink.fill(legend.fill)} {p.ink.stroke(legend.border)} 0.75 w "
        + rounded_rect_path(r.x, r.y, r.w, r.h, legend.corner_radius)
        + " B"
    )
    for badge in legend.badges:
        _badge(p, badge)
    for sample in legend.samples:
        _sample(p, sample)
    p.text(((legend.lines, r.x, r.y),))


def _dash(dash: tuple[float, float] | None, width: float) -> str:
    """A PDF dash array; the style gives dashes in line widths, as Qt's pens do."""
    if dash is None:
        return "[] 0 d"
    on, off = dash
    return f"[{_n(on * width)} {_n(off * width)}] 0 d"


def _badge(p: PdfPainter, badge: MarkBadge) -> None:
    r = badge.rect
    p.code.append(
        f"q {p.ink.fill(badge.color)} {p.ink.stroke(badge.icon_color)} 1 w "
        + circle_path(*r.center, r.w / 2)
        + " B Q"
    )
    p.glyph(badge.glyph, badge.icon_rect, badge.icon_color)


def _other_curve(p: PdfPainter, curve: OtherCurve) -> None:
    first = curve.segments[0].start
    parts = [f"{_n(first.x)} {_n(first.y)} m"]
    parts.extend(
        f"{_n(s.c1.x)} {_n(s.c1.y)} {_n(s.c2.x)} {_n(s.c2.y)} {_n(s.end.x)} {_n(s.end.y)} c"
        for s in curve.segments
    )
    p.code.append(
        f"q {p.ink.stroke(curve.color)} {_n(curve.width)} w 0 J {_dash(curve.dash, curve.width)} "
        + " ".join(parts)
        + " S Q"
    )


def _sample(p: PdfPainter, sample: CurveSample) -> None:
    p.code.append(
        f"q {p.ink.stroke(sample.color)} {_n(sample.width)} w 0 J "
        f"{_dash(sample.dash, sample.width)} "
        f"{_n(sample.start.x)} {_n(sample.start.y)} m {_n(sample.end.x)} {_n(sample.end.y)} l S Q"
    )


__all__ = ["draw_overlay", "export_compare_pdf", "printable"]
