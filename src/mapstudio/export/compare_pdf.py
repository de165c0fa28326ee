"""The compare PDF: a compared map with its marks and legend, then the changes per stage.

Page 1 is the shown map at 100 % (shrunk only beyond the largest page PDF viewers
open) with every mark the canvas draws - outlines, badges, ghosts of removed cards, the
other side's dashed emotion curve, the difference per stage - and the legend above it.
The marks are placed by the layout engine (`mapstudio.layout.marks`) as display lists,
drawn here through the reportlab interpreter as the canvas draws them through Qt's. The
following A4 pages list the changes per stage as readable text, each line with the icon
of its mark.

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
from mapstudio.export.painter import Ink, PdfPainter, _n
from mapstudio.export.pdf import _binary_streams, written_beside
from mapstudio.fileformat.errors import write_failure_words
from mapstudio.layout import FontSpec, Rect, TextLine, default_measurer, wrap_text
from mapstudio.layout.display import TextRun
from mapstudio.layout.marks import (
    MARK_KINDS,
    CompareDrawing,
    CompareOverlay,
    MarkBadge,
    badge_shapes,
    overlay_layers,
)
from mapstudio.layout.marks import badge as mark_badge
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
        pages = _Writer(temp, dict(assets or {}), shown=out).write(
            drawing, sections, title, subtitle, sources
        )
    log.info("exported the comparison %s (%d pages)", out, pages)
    return pages


_ARROW = re.compile(r"[ \t]*→[ \t]*")


def printable(text: str) -> str:
    """The panel's words as the PDF writes them: its arrow ("'A' → 'B'") as the word
    "to", because the bundled font has no arrow and "->" reads as code, not a sentence.
    The same on every machine, whatever fonts it has."""
    return _ARROW.sub(" to ", text)


class _Writer:
    def __init__(self, path: Path, assets: dict[str, Asset], *, shown: Path) -> None:
        register_fonts()
        self.shown = shown  # the file the user named, for messages
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
            raise ExportError(write_failure_words(self.shown, exc)) from exc
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
            icons = [shape for b in badges for shape in badge_shapes(b)]
            self.painter.draw(((0.0, 0.0, (*icons, TextRun(tuple(lines)))),))
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
                    square = Rect(LIST_MARGIN, top, ENTRY_BADGE, ENTRY_BADGE)
                    badges.append(mark_badge(kind, square))
                block(wrapped, ENTRY_FONT, INK, LIST_MARGIN + indent)
                y += 2.0
        if page_started:
            finish_page()

    def _end_page(self) -> None:
        self.canvas.showPage()
        self.pages += 1


def draw_overlay(p: PdfPainter, overlay: CompareOverlay) -> None:
    """Every mark of `overlay` in map points (the caller places and scales the map): the
    layout's lists (mapstudio.layout.marks), which the canvas draws too."""
    for layer in overlay_layers(overlay):
        p.draw(((0.0, 0.0, layer),))


__all__ = ["draw_overlay", "export_compare_pdf", "printable"]
