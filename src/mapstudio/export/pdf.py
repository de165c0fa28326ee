"""`export_pdf`: journey maps as print-ready PDF posters, single-sheet or tiled.

Every page sets TrimBox (the finished size) and BleedBox (trim plus bleed); crop marks
grow the MediaBox around them. A tiled poster is drawn once as a Form XObject and
placed on the assembly guide and on every sheet, so a tiled export costs about as
much as one poster. The file is written to a temporary name and renamed at the end, so
a cancelled or failed export never leaves a partial PDF behind.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from mapstudio import __version__
from mapstudio.export.errors import ExportCancelled, ExportError
from mapstudio.export.fonts import FONT_NAMES, FontRunner, describe_characters, register_fonts
from mapstudio.export.options import ExportOptions
from mapstudio.export.painter import Ink, PdfPainter, _n, rounded_rect_path
from mapstudio.export.pictures import damaged_picture_warnings
from mapstudio.export.poster import (
    MARK_LENGTH,
    LayoutMemo,
    PosterPlan,
    describe_text_size,
    plan_export,
    reading_notes,
)
from mapstudio.export.reading import DEFAULT_DISTANCE
from mapstudio.export.tiling import Sheet, TilePlan
from mapstudio.export.units import MM, format_mm, format_size
from mapstudio.fileformat.tempfiles import after_writing, temp_prefix
from mapstudio.layout import FontSpec, Rect, TextLine, default_measurer
from mapstudio.model import Project

log = logging.getLogger(__name__)

# (done, total) -> keep going? Return False to cancel.
ProgressCallback = Callable[[int, int], bool]

ACCENT = "#2563EB"  # guide grid and sheet arrows: the app's selection blue
MUTED = "#5B6675"
INK = "#1F2933"
TITLE_BAND = "#F1F3F6"


@dataclass
class ExportReport:
    """What an export produced, for the CLI's summary line and the dialog."""

    path: Path
    pages: int
    maps: tuple[str, ...]
    sizes: tuple[str, ...]  # the poster size of each map
    scales: tuple[float, ...]
    smallest_text: float  # points on paper, over every map
    sheet: str | None = None  # tile sheet size
    sheets: int = 0  # tile sheets, assembly guides not counted
    warnings: list[str] = field(default_factory=list)
    distance: float = DEFAULT_DISTANCE  # metres the poster is read from

    def summary(self) -> str:
        """One line: pages, size, scale, smallest text on paper."""
        pages = f"{self.pages} page" + ("s" if self.pages != 1 else "")
        sizes = ", ".join(dict.fromkeys(self.sizes))
        scales = ", ".join(dict.fromkeys(f"{s * 100:.0f} %" for s in self.scales))
        head = f"{self.path.name}: {pages}, {sizes}, scale {scales}"
        if self.sheet:
            head += f", tiled on {self.sheets} {self.sheet} sheets"
        text, _small = describe_text_size(self.smallest_text, self.distance)
        return f"{head}, {text}"


def export_pdf(
    project: Project,
    out_path: Path | str,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    today: dt.date | None = None,
    layouts: LayoutMemo | None = None,
) -> ExportReport:
    """Write the selected map(s) of `project` to `out_path` as a PDF.

    `layouts` is a memo of layouts, as for `plan_export`, so a caller that has planned
    the poster already (the export dialog) does not lay the map out again.

    Raises ExportError (plain words) when the options cannot work or the file cannot
    be written, ExportCancelled when `progress` returns False.
    """
    out = Path(out_path)
    plans = plan_export(project, options, today=today, layouts=layouts)
    if not out.parent.is_dir():
        raise ExportError(f"The folder {out.parent} does not exist.")
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=temp_prefix(out.name), suffix=".part", dir=out.parent
        )
        os.close(handle)
    except OSError as exc:
        raise ExportError(f"Cannot write in {out.parent}: {exc.strerror or exc}.") from exc
    temp = Path(temp_name)
    try:
        with _binary_streams():
            writer = _Writer(project, options, plans, temp, progress)
            report = writer.write(out)
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    log.info("exported %s: %s", out, report.summary())
    after_writing(out.parent)  # what killed exports and saves left there
    return report


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams as binary, not ASCII85 text (reportlab's default).

    Every PDF producer writes binary streams; ASCII85 makes the file a quarter bigger
    and, without reportlab's C accelerator, cost a third of an A0 export in pure Python.
    reportlab reads this only from its global config, so it is set for the export and
    put back afterwards.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class _Writer:
    def __init__(
        self,
        project: Project,
        options: ExportOptions,
        plans: tuple[PosterPlan, ...],
        path: Path,
        progress: ProgressCallback | None,
    ) -> None:
        self.project = project
        self.options = options
        self.plans = plans
        self.progress = progress
        self.done = 0
        self.total = sum(
            len(p.layout.cards) + 20 + (5 * (len(p.tiles.sheets) + 1) if p.tiles else 5)
            for p in plans
        )
        register_fonts()
        self.runner = FontRunner()
        # Top-down like the layout; the initial font is ours, so no standard-14 font
        # (Helvetica) is ever referenced.
        self.canvas = Canvas(
            str(path),
            pagesize=(1, 1),
            bottomup=0,
            pageCompression=1,
            initialFontName=FONT_NAMES["regular"],
            initialFontSize=10,
        )
        self.painter = PdfPainter(self.canvas, Ink(options.grayscale), self.runner, project.assets)
        self.pages = 0
        self.measurer = default_measurer()

    # -- progress ----------------------------------------------------------------------

    def tick(self, amount: int) -> None:
        self.done += amount
        if self.progress is not None and not self.progress(min(self.done, self.total), self.total):
            raise ExportCancelled("The export was cancelled.")

    # -- the document ----------------------------------------------------------------

    def write(self, out: Path) -> ExportReport:
        c = self.canvas
        first = self.plans[0].journey_map
        c.setTitle(first.title if len(self.plans) == 1 else self.project.title)
        c.setAuthor("")
        c.setSubject(first.scenario if len(self.plans) == 1 else "Journey maps")
        c.setCreator(f"mapstudio {__version__}")
        c.setKeywords("customer journey map")
        self.painter.define_glyphs()
        self.tick(0)
        sheets = 0
        for index, plan in enumerate(self.plans):
            if plan.tiles is None:
                self._single(plan)
            else:
                sheets += self._tiled(plan, index)
        try:
            c.save()
        except OSError as exc:
            raise ExportError(f"Cannot write the PDF: {exc.strerror or exc}.") from exc
        warnings = self._warnings()
        return ExportReport(
            path=out,
            pages=self.pages,
            maps=tuple(p.journey_map.title for p in self.plans),
            sizes=tuple(p.size_label for p in self.plans),
            scales=tuple(p.scale for p in self.plans),
            smallest_text=min(p.smallest_text for p in self.plans),
            sheet=self.options.tile.name if self.options.tile else None,
            sheets=sheets,
            warnings=warnings,
            distance=self.options.distance,
        )

    def _warnings(self) -> list[str]:
        warnings = damaged_picture_warnings(
            self.project, (p.journey_map for p in self.plans), self.painter.damaged
        )
        if self.runner.missing:
            warnings.append(
                "These characters are in no available font and print as empty boxes: "
                + describe_characters(self.runner.missing)
                + "."
            )
        for plan in self.plans:
            if plan.lengthened:
                warnings.append(
                    f"“{plan.journey_map.title}” is taller than {plan.page.name} at full width: "
                    f"the poster is {format_size(plan.trim_w, plan.trim_h)} (for roll paper "
                    "or tiling)."
                )
            if plan.layout.template and plan.scale < 0.999:
                cell = plan.layout.style.template_cell_size * plan.scale
                note = cell - 2 * plan.layout.style.template_margin * plan.scale
                warnings.append(
                    f"“{plan.journey_map.title}” template at {plan.scale * 100:.0f} %: the empty "
                    f"cells take notes up to {note / MM:.0f} mm, not 76 mm. Print with fit "
                    "scale:100 on a larger page, or tile it."
                )
            warnings.extend(reading_notes(plan))
        return warnings

    def _end_page(self, media_w: float, media_h: float, trim: Rect, bleed: float) -> None:
        """Set the page boxes (PDF space: y up from the media's bottom-left) and finish."""
        c = self.canvas

        def box(rect: Rect) -> tuple[float, float, float, float]:
            return (rect.x, media_h - rect.bottom, rect.right, media_h - rect.y)

        c.setTrimBox(box(trim))
        c.setBleedBox(
            box(Rect(trim.x - bleed, trim.y - bleed, trim.w + 2 * bleed, trim.h + 2 * bleed))
        )
        c.showPage()
        self.pages += 1

    # -- a poster on one sheet ---------------------------------------------------------

    def _single(self, plan: PosterPlan) -> None:
        self.canvas.setPageSize((plan.media_w, plan.media_h))
        self._poster(plan)
        self._end_page(plan.media_w, plan.media_h, plan.trim_rect, plan.bleed)
        self.tick(5)

    def _poster(self, plan: PosterPlan) -> None:
        """The whole poster in media coordinates (y down from the media's top-left)."""
        p = self.painter
        style = plan.layout.style
        p.fill_rect(plan.bleed_rect, style.paper_color)
        p.fill_rect(plan.title_band, TITLE_BAND)
        band_bottom = plan.title_band.bottom
        p.code.append(
            f"{p.ink.stroke(style.rule_color)} {_n(0.75 * plan.title.unit)} w "
            f"{_n(plan.pad - plan.bleed)} {_n(band_bottom)} m "
            f"{_n(plan.pad + plan.trim_w + plan.bleed)} {_n(band_bottom)} l S"
        )
        p.draw_title_block(plan.title, plan.title_x, plan.title_y)
        self.tick(10)
        # Six decimals: the scale multiplies every length of the map (two would move the
        # text size on paper by up to half a percent, and a 5 % map by a tenth).
        p.code.append(
            f"q {plan.scale:.6f} 0 0 {plan.scale:.6f} {_n(plan.map_x)} {_n(plan.map_y)} cm"
        )
        p.paper_scale = plan.scale
        try:
            p.draw_map(plan.layout, self.tick)
        finally:
            p.paper_scale = 1.0
        p.code.append("Q")
        if plan.crop_marks:
            self._crop_marks(plan)
        self.tick(10)

    def _crop_marks(self, plan: PosterPlan) -> None:
        trim = plan.trim_rect
        off, length = plan.mark_offset, MARK_LENGTH
        ops = ["q 0 G 0.25 w 0 J"]
        for x in (trim.x, trim.right):
            for y, sign in ((trim.y, -1), (trim.bottom, 1)):
                # vertical mark above/below the corner, horizontal mark left/right of it
                ops.append(
                    f"{_n(x)} {_n(y + sign * off)} m {_n(x)} {_n(y + sign * (off + length))} l"
                )
        for y in (trim.y, trim.bottom):
            for x, sign in ((trim.x, -1), (trim.right, 1)):
                ops.append(
                    f"{_n(x + sign * off)} {_n(y)} m {_n(x + sign * (off + length))} {_n(y)} l"
                )
        ops.append("S Q")
        self.painter.code.extend(ops)
        slug = (
            f"{plan.journey_map.title} — trim {format_size(plan.trim_w, plan.trim_h)}"
            f" — bleed {format_mm(plan.bleed, 1)} — mapstudio {__version__}"
        )
        self.painter.text(
            [((self._line(slug, trim.x, plan.media_h - 1.2 * MM, "regular", 6, INK),), 0, 0)]
        )

    def _line(
        self, text: str, x: float, baseline: float, style: str, size: float, color: str
    ) -> TextLine:
        font = FontSpec(style, size)  # type: ignore[arg-type]
        return TextLine(text, x, baseline, font, color, self.measurer.width(text, font))

    # -- a tiled poster ----------------------------------------------------------------

    def _tiled(self, plan: PosterPlan, index: int) -> int:
        tiles = plan.tiles
        assert tiles is not None
        c = self.canvas
        name = f"mapstudio-poster-{index}"
        # The form's top-down preamble flips by the page height current at its
        # definition, so the page size must be the poster's media here.
        c.setPageSize((plan.media_w, plan.media_h))
        c.beginForm(name, 0, 0, plan.media_w, plan.media_h)
        self._poster(plan)
        c.endForm()
        self._guide(plan, tiles, name)
        for sheet in tiles.sheets:
            self._sheet(plan, tiles, sheet, name)
        return len(tiles.sheets)

    def _place_form(self, name: str, media_h: float, scale: float, x: float, y: float) -> None:
        """Draw the poster form with its media top-left at (x, y), scaled."""
        # The form's inside is y-up; map it into this top-down page.
        self.painter.code.append(
            f"q {_n(scale)} 0 0 {_n(-scale)} {_n(x)} {_n(y + scale * media_h)} cm"
        )
        self.canvas.doForm(name)
        self.painter.code.append("Q")

    def _guide(self, plan: PosterPlan, tiles: TilePlan, form: str) -> None:
        """Page 1 of a tile set: the poster small, with the sheet grid and labels."""
        c = self.canvas
        p = self.painter
        short, long = sorted((tiles.sheet_w, tiles.sheet_h))
        w, h = (long, short) if plan.media_w > plan.media_h else (short, long)
        c.setPageSize((w, h))
        m = max(tiles.margin, 10 * MM)
        title = plan.journey_map.title
        count = len(tiles.sheets)
        lines = [
            self._line(f"Assembly guide — {title}", m, m + 14, "bold", 15, INK),
            self._line(
                f"{tiles.rows} rows × {tiles.cols} columns = {count} {tiles.sheet_name} sheets · "
                f"poster {plan.size_label} · map at {plan.scale * 100:.0f} % · overlap "
                f"{format_mm(tiles.overlap)}",
                m,
                m + 30,
                "regular",
                8.5,
                MUTED,
            ),
        ]
        steps = [
            "1  Print every sheet at 100 % (“actual size”, not “fit to page”).",
            "2  Lay the sheets out like the grid above: rows A, B, … from the top, columns 1, 2, … "
            "from the left.",
            "3  Cut each sheet along its “cut” lines (left and top edges; column 1 and row A "
            "keep theirs).",
            "4  Lay each cut edge on the dashed glue line of the sheet to its left and above, "
            "covering the arrows, and tape it.",
        ]
        step_size = 8
        bottom = h - m
        for i, step in enumerate(reversed(steps)):
            lines.append(
                self._line(step, m, bottom - i * step_size * 1.5, "regular", step_size, INK)
            )
        area = Rect(m, m + 44, w - 2 * m, (bottom - len(steps) * step_size * 1.5) - (m + 44) - 8)
        # The grid usually overhangs the poster (sheets come in whole sizes): fit both.
        left, top = min(0.0, tiles.origin_x), min(0.0, tiles.origin_y)
        right = max(plan.media_w, tiles.origin_x + tiles.assembled_w)
        lower = max(plan.media_h, tiles.origin_y + tiles.assembled_h)
        g = min(area.w / (right - left), area.h / (lower - top))
        x = area.x + (area.w - g * (right - left)) / 2 - g * left
        y = area.y + (area.h - g * (lower - top)) / 2 - g * top
        # A thin frame shows the poster's edge on white paper.
        p.code.append(
            f"{p.ink.stroke('#C9CED6')} 0.5 w {_n(x)} {_n(y)} {_n(g * plan.media_w)} "
            f"{_n(g * plan.media_h)} re S"
        )
        self._place_form(form, plan.media_h, g, x, y)
        p.code.append(f"{p.ink.stroke(ACCENT)} 0.75 w")
        labels: list[TextLine] = []
        for sheet in tiles.sheets:
            win = sheet.window
            r = Rect(x + g * win.x, y + g * win.y, g * win.w, g * win.h)
            p.code.append(f"{_n(r.x)} {_n(r.y)} {_n(r.w)} {_n(r.h)} re S")
        size = max(6.0, min(16.0, g * tiles.step_y * 0.28, g * tiles.step_x * 0.22))
        for sheet in tiles.sheets:
            win = sheet.window
            # Centre the label in the part of the window that no neighbour covers and
            # that holds some poster.
            x1, y1 = max(win.x, 0.0), max(win.y, 0.0)
            x2 = min(win.x + tiles.step_x, plan.media_w)
            y2 = min(win.y + tiles.step_y, plan.media_h)
            cx = x + g * (x1 + x2) / 2
            cy = y + g * (y1 + y2) / 2
            font = FontSpec("bold", size)
            tw = self.measurer.width(sheet.label, font)
            pill = Rect(cx - tw / 2 - size * 0.35, cy - size * 0.7, tw + size * 0.7, size * 1.4)
            p.code.append(
                f"{p.ink.fill('#FFFFFF')} {p.ink.stroke(ACCENT)} 0.75 w "
                + _round_rect(pill, size * 0.3)
                + " B"
            )
            labels.append(TextLine(sheet.label, cx - tw / 2, cy + size * 0.36, font, ACCENT, tw))
        p.text([(lines, 0, 0), (labels, 0, 0)])
        self._end_page(w, h, Rect(0, 0, w, h), 0.0)
        self.tick(5)

    def _sheet(self, plan: PosterPlan, tiles: TilePlan, sheet: Sheet, form: str) -> None:
        c = self.canvas
        p = self.painter
        w, h = tiles.sheet_w, tiles.sheet_h
        c.setPageSize((w, h))
        content = tiles.content_rect
        win = sheet.window
        p.code.append(f"q {_n(content.x)} {_n(content.y)} {_n(content.w)} {_n(content.h)} re W n")
        self._place_form(form, plan.media_h, 1.0, content.x - win.x, content.y - win.y)
        p.code.append("Q")
        neighbours = tiles.neighbours(sheet)
        ov = tiles.overlap
        labels: list[TextLine] = []
        # Cut lines on the edges that go on top of a neighbour; glue lines where the
        # right and lower neighbours will lie, with arrows naming them (covered later).
        cut = f"q {p.ink.stroke(INK)} 0.4 w [4 2] 0 d"
        if "left" in neighbours:
            p.code.append(
                f"{cut} {_n(content.x)} {_n(content.y)} m "
                f"{_n(content.x)} {_n(content.bottom)} l S Q"
            )
            labels.append(self._line("cut", content.x + 3, content.y + 10, "regular", 6.5, INK))
        if "up" in neighbours:
            p.code.append(
                f"{cut} {_n(content.x)} {_n(content.y)} m {_n(content.right)} {_n(content.y)} l S Q"
            )
            labels.append(self._line("cut", content.x + 22, content.y + 8, "regular", 6.5, INK))
        glue = f"q {p.ink.stroke(ACCENT)} 0.6 w [2 2] 0 d"
        if "right" in neighbours:
            gx = content.right - ov
            p.code.append(f"{glue} {_n(gx)} {_n(content.y)} m {_n(gx)} {_n(content.bottom)} l S Q")
            self._arrow(Rect(gx, content.y + content.h / 2 - 14, ov, 28), "right")
            labels.append(
                self._centered(neighbours["right"], gx + ov / 2, content.y + content.h / 2 + 24)
            )
            labels.append(self._centered("glue", gx + ov / 2, content.y + content.h / 2 - 18))
        if "down" in neighbours:
            gy = content.bottom - ov
            p.code.append(f"{glue} {_n(content.x)} {_n(gy)} m {_n(content.right)} {_n(gy)} l S Q")
            self._arrow(Rect(content.x + content.w / 2 - 14, gy, 28, ov), "down")
            labels.append(
                self._centered(neighbours["down"], content.x + content.w / 2 + 26, gy + ov / 2 + 3)
            )
            labels.append(self._centered("glue", content.x + content.w / 2 - 28, gy + ov / 2 + 3))
        # Footer: position, title, neighbours.
        fy = content.bottom + tiles.footer * 0.72
        index = sheet.row * tiles.cols + sheet.col + 1
        around = "  ".join(
            f"{word} {neighbours[side]}"
            for side, word in (
                ("left", "left:"),
                ("right", "right:"),
                ("up", "above:"),
                ("down", "below:"),
            )
            if side in neighbours
        )
        label = self._line(sheet.label, content.x, fy, "bold", 11, ACCENT)
        tail = (
            f"{plan.journey_map.title} · sheet {index} of {len(tiles.sheets)} "
            f"(row {sheet.label.rstrip('0123456789')}, column {sheet.col + 1}) · {around}"
        )
        labels.append(label)
        labels.append(self._line(tail, content.x + label.width + 8, fy, "regular", 7, MUTED))
        p.text([(labels, 0, 0)])
        self._end_page(w, h, Rect(0, 0, w, h), 0.0)
        self.tick(5)

    def _centered(self, text: str, cx: float, baseline: float, size: float = 7) -> TextLine:
        font = FontSpec("bold", size)
        width = self.measurer.width(text, font)
        return TextLine(text, cx - width / 2, baseline, font, ACCENT, width)

    def _arrow(self, box: Rect, direction: str) -> None:
        """A filled arrow across `box`, pointing right or down, in the accent colour."""
        p = self.painter
        cx, cy = box.center
        if direction == "right":
            half = min(box.w * 0.4, 10)
            pts = [
                (cx - half, cy - 2),
                (cx + half - 6, cy - 2),
                (cx + half - 6, cy - 6),
                (cx + half, cy),
                (cx + half - 6, cy + 6),
                (cx + half - 6, cy + 2),
                (cx - half, cy + 2),
            ]
        else:
            half = min(box.h * 0.4, 10)
            pts = [
                (cx - 2, cy - half),
                (cx - 2, cy + half - 6),
                (cx - 6, cy + half - 6),
                (cx, cy + half),
                (cx + 6, cy + half - 6),
                (cx + 2, cy + half - 6),
                (cx + 2, cy - half),
            ]
        path = " ".join(
            f"{_n(px)} {_n(py)} {'m' if i == 0 else 'l'}" for i, (px, py) in enumerate(pts)
        )
        p.code.append(f"{p.ink.fill(ACCENT)} {path} h f")


def _round_rect(rect: Rect, r: float) -> str:
    return rounded_rect_path(rect.x, rect.y, rect.w, rect.h, r)


__all__ = ["ExportReport", "ProgressCallback", "export_pdf"]
