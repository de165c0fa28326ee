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
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from mapstudio import __version__
from mapstudio.export.errors import ExportCancelled, ExportError
from mapstudio.export.fonts import (
    FONT_NAMES,
    FontRunner,
    describe_characters,
    distinct_subset_tags,
    register_fonts,
)
from mapstudio.export.options import ExportOptions
from mapstudio.export.painter import Ink, PdfPainter, _n, map_lines, rounded_rect_path
from mapstudio.export.pdfx import cmyk_converter, make_pdfx
from mapstudio.export.photomarks import MARK_COLOR, code_modules, dark_runs, marker_bits
from mapstudio.export.pictures import damaged_picture_warnings, low_resolution_warnings
from mapstudio.export.poster import (
    COMMAND_LINE,
    MARK_LENGTH,
    LayoutMemo,
    PosterPlan,
    Wording,
    describe_text_size,
    plan_export,
    reading_notes,
)
from mapstudio.export.reading import DEFAULT_DISTANCE
from mapstudio.export.tiling import Sheet, TilePlan, sheet_position
from mapstudio.export.units import MM, format_mm, format_size
from mapstudio.fileformat.save import collector_paused, copy_permissions, sync_folder
from mapstudio.fileformat.tempfiles import after_writing, temp_prefix
from mapstudio.layout import FontSpec, Rect, TextLine, default_measurer, wrap_text
from mapstudio.layout.fonts import TextMeasurer
from mapstudio.layout.registration import QUIET_ZONE
from mapstudio.model import Project

log = logging.getLogger(__name__)

# (done, total) -> keep going? Return False to cancel.
ProgressCallback = Callable[[int, int], bool]

ACCENT = "#2563EB"  # guide grid and sheet arrows: the app's selection blue
MUTED = "#5B6675"
INK = "#1F2933"
TITLE_BAND = "#F1F3F6"
CUT_LINE = 0.5  # points; drawn wholly outside the window, on the strip that is cut off
GLUE_BAND = 1.5 * MM  # white ground under the glue line, inside the covered strip
MIN_LINE = 0.25  # points: thinner lines break up or vanish on many printers


NO_BREAK_SPACE = "\u00a0"
# The spaces that join a number to its unit or a size's two sides: "108 %", "1189 × 1682 mm".
_UNIT_SPACE = re.compile(r"(?<=\d) (?=%|mm\b|cm\b|m\b|×)|(?<=×) (?=\d)")


def wrap_keeping_units(
    text: str, font: FontSpec, width: float, measurer: TextMeasurer
) -> list[str]:
    """The lines of `text` no wider than `width`, never breaking a number from its unit.

    The layout's wrap breaks at every space, no-break ones too (card text is the user's),
    so the guide's own sentences are wrapped here, at ordinary spaces only; the spaces
    it keeps become no-break spaces in the PDF.
    """
    lines: list[str] = []
    current = ""
    for token in _UNIT_SPACE.sub(NO_BREAK_SPACE, text).split(" "):
        if not token:
            continue
        joined = f"{current} {token}" if current else token
        if measurer.width(joined, font) <= width:
            current = joined
            continue
        if current:
            lines.append(current)
        if measurer.width(token, font) <= width:
            current = token
        else:  # wider than a line on its own: the layout's wrap splits it
            *whole, current = wrap_text(token, font, width, measurer) or ("",)
            lines += whole
    if current:
        lines.append(current)
    return lines


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
    sheets: int = 0  # tile sheets printed, assembly guides not counted
    skipped: int = 0  # places of the tile grids left out: no poster falls on them
    pdfx: bool = False  # written as PDF/X-4 in CMYK for a print shop
    warnings: list[str] = field(default_factory=list)
    distance: float = DEFAULT_DISTANCE  # metres the poster is read from

    def summary(self) -> str:
        """One line: pages, size, scale, smallest text on paper."""
        pages = f"{self.pages} page" + ("s" if self.pages != 1 else "")
        sizes = ", ".join(dict.fromkeys(self.sizes))
        scales = ", ".join(dict.fromkeys(f"{s * 100:.0f} %" for s in self.scales))
        head = f"{self.path.name}: {pages}, {sizes}, scale {scales}"
        if self.pdfx:
            head += ", PDF/X-4 in CMYK (FOGRA39)"
        if self.sheet:
            head += f", tiled on {self.sheets} {self.sheet} sheets"
            if self.skipped:
                head += f" ({self.skipped} blank left out)"
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
    wording: Wording = COMMAND_LINE,
) -> ExportReport:
    """Write the selected map(s) of `project` to `out_path` as a PDF.

    `layouts` is a memo of layouts, as for `plan_export`, so a caller that has planned
    the poster already (the export dialog) does not lay the map out again. The report's
    warnings name the choices they advise in `wording` (the dialog passes its own).

    Raises ExportError (plain words) when the options cannot work or the file cannot
    be written, ExportCancelled when `progress` returns False.
    """
    out = Path(out_path)
    # Laying out and writing a map make objects by the card and no reference cycles; the
    # collector walking the whole process meanwhile made a map four times as large take
    # five times as long (xlarge: 4.9 s of CPU paused, 6.6 s not).
    with collector_paused():
        plans = plan_export(project, options, today=today, layouts=layouts)
        with written_beside(out) as temp:
            with _binary_streams():
                writer = _Writer(project, options, plans, temp, progress, wording)
                report = writer.write(out)
            if options.pdfx:
                make_pdfx(temp, title=report.maps[0] if len(report.maps) == 1 else project.title)
    log.info("exported %s: %s", out, report.summary())
    return report


@contextmanager
def written_beside(out: Path) -> Iterator[Path]:
    """A temporary file in `out`'s folder to write a PDF into: put in place over `out`
    when the block ends (see _finish), removed when it raises, so a failed export leaves
    neither a half-written file nor the old one changed. A missing or read-only folder is
    an ExportError in plain words."""
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
        yield temp
        _finish(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    after_writing(out.parent)  # what killed exports and saves left there


def _finish(temp: Path, out: Path) -> None:
    """Put the written PDF in place: on the disk, readable as the user's files are
    (the mode of the file it replaces, else 0666 less the umask: a print server's hot
    folder running as another user must read it), then renamed over `out`."""
    try:
        with open(temp, "rb+") as stream:
            os.fsync(stream.fileno())
        copy_permissions(out, temp)
        os.replace(temp, out)
    except OSError as exc:
        raise ExportError(f"Cannot write {out.name}: {exc.strerror or exc}.") from exc
    sync_folder(out.parent)


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
        wording: Wording,
    ) -> None:
        self.project = project
        self.options = options
        self.wording = wording
        self.plans = plans
        self.progress = progress
        self.done = 0
        self.total = sum(
            len(p.layout.cards) + 20 + (5 * (len(p.tiles.printed) + 1) if p.tiles else 5)
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
        ink = Ink(options.grayscale, cmyk_converter() if options.pdfx else None)
        self.painter = PdfPainter(self.canvas, ink, self.runner, project.assets)
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
        if self.options.pdfx or any(p.tiles is not None for p in self.plans):
            # Tiles only fit together at 100 %, and a print shop prints at size: ask
            # viewers not to scale when printing.
            c.setViewerPreference("PrintScaling", "None")
        self.painter.define_glyphs()
        self.tick(0)
        sheets = 0
        for index, plan in enumerate(self.plans):
            if plan.tiles is None:
                self._single(plan)
            else:
                sheets += self._tiled(plan, index)
        try:
            with distinct_subset_tags(f"{self.project.title}\0{len(self.plans)}\0{self.pages}"):
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
            skipped=sum(len(p.tiles.skipped) for p in self.plans if p.tiles),
            pdfx=self.options.pdfx,
            warnings=warnings,
            distance=self.options.distance,
        )

    def _warnings(self) -> list[str]:
        maps = [p.journey_map for p in self.plans]
        warnings = damaged_picture_warnings(self.project, maps, self.painter.damaged)
        warnings += low_resolution_warnings(self.project, maps, self.painter.picture_ppi)
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
                    f"cells take notes up to {note / MM:.0f} mm, not 76 mm. Print at 100 % "
                    f"({self.wording.full_scale()}) on a larger page, or tile it."
                )
            warnings.extend(reading_notes(plan, self.wording))
            warnings += _hairline_warnings(plan)
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
        if plan.marks or plan.code_rect is not None:
            self._photo_marks(plan)
        if plan.crop_marks:
            self._crop_marks(plan)
        self.tick(10)

    def _photo_marks(self, plan: PosterPlan) -> None:
        """The registration markers round the map and the code in the title band, as
        runs of filled squares in a quiet grey on white (see mapstudio.export.photomarks)."""
        p = self.painter
        paper = plan.layout.style.paper_color
        ops = []
        for mark in plan.marks:
            # A white quiet zone: the markers above the map stand on the title band.
            p.fill_rect(mark.rect.inset(-(QUIET_ZONE - 1) / 2 * mark.rect.w), paper)
            bits = marker_bits(mark.id)
            ops += _square_ops(bits, mark.rect)
        if plan.code_rect is not None and plan.code_text:
            p.fill_rect(plan.code_rect, paper)
            ops += _square_ops(code_modules(plan.code_text), plan.code_rect)
        if ops:
            p.code.append(f"{p.ink.fill(MARK_COLOR)} " + " ".join(ops) + " f")

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
        for sheet in tiles.printed:
            self._sheet(plan, tiles, sheet, name)
        return len(tiles.printed)

    def _place_form(self, name: str, media_h: float, scale: float, x: float, y: float) -> None:
        """Draw the poster form with its media top-left at (x, y), scaled."""
        # The form's inside is y-up; map it into this top-down page.
        self.painter.code.append(
            f"q {_n(scale)} 0 0 {_n(-scale)} {_n(x)} {_n(y + scale * media_h)} cm"
        )
        self.canvas.doForm(name)
        self.painter.code.append("Q")

    def _wrapped(
        self, text: str, x: float, top: float, width: float, size: float, color: str
    ) -> tuple[list[TextLine], float]:
        """`text` wrapped to `width` from `top`; the lines and the y below them."""
        font = FontSpec("regular", size)
        lines = []
        y = top
        for line in wrap_keeping_units(text, font, width, self.measurer):
            y += size * 1.35
            lines.append(TextLine(line, x, y, font, color, self.measurer.width(line, font)))
        return lines, y + size * 0.4

    def _guide(self, plan: PosterPlan, tiles: TilePlan, form: str) -> None:
        """Page 1 of a tile set: the poster small with the sheet grid, how to assemble
        it, which places of the grid are not printed, and a 100 mm bar to check the
        printer's scale."""
        c = self.canvas
        p = self.painter
        short, long = sorted((tiles.sheet_w, tiles.sheet_h))
        w, h = (long, short) if plan.media_w > plan.media_h else (short, long)
        c.setPageSize((w, h))
        m = max(tiles.margin, 10 * MM)
        text_w = w - 2 * m
        title = plan.journey_map.title
        printed, skipped = tiles.printed, tiles.skipped
        lines = [self._line(f"Assembly guide — {title}", m, m + 14, "bold", 15, INK)]
        facts = (
            f"{len(printed)} {tiles.sheet_name} sheets in {tiles.rows} rows and {tiles.cols} "
            f"columns · taped poster {format_size(tiles.assembled_w, tiles.assembled_h)} "
            f"· from {plan.size_label} · map at {plan.scale * 100:.0f} % · overlap "
            f"{format_mm(tiles.overlap)}"
        )
        found, top = self._wrapped(facts, m, m + 20, text_w, 8.5, MUTED)
        lines += found
        first, last = printed[0].label, printed[-1].label
        steps = [
            "1  Print every sheet at 100 % (“actual size”, never “fit to page”), then "
            "measure the bar below: it must be exactly 100 mm long.",
            f"2  Lay the sheets out as in the grid above, {first} at the top left, "
            f"{last} at the bottom right. Each sheet's name is printed along its top edge: "
            "R2-C3 is row 2, column 3.",
            "3  Cut every sheet along its two cut lines, at the top and on the left: the "
            "strip with its name goes.",
            "4  Lay each sheet over its neighbours on the left and above, its cut edges on "
            "their dashed glue lines, covering the arrows, and tape it from behind.",
        ]
        if skipped:
            names = ", ".join(s.label for s in skipped)
            steps.append(
                f"Not printed, as nothing of the poster falls on them ({len(skipped)}): "
                f"{names}. Leave those places bare."
            )
        # The steps and the scale bar fill the page from the bottom up.
        bar_h = 26.0
        step_lines: list[TextLine] = []
        y = 0.0
        for step in steps:
            found, y = self._wrapped(step, m, y, text_w, 8, INK)
            step_lines += found
        bottom = h - m - bar_h - 8
        shift = bottom - y
        lines += [replace(line, y_baseline=line.y_baseline + shift) for line in step_lines]
        self._scale_bar(m, h - m - bar_h, bar_h)
        area = Rect(m, top + 6, text_w, (shift - 8) - (top + 6))
        # Fit the poster and the grid (which may overhang it) into the area.
        left, upper = min(0.0, tiles.origin_x), min(0.0, tiles.origin_y)
        right = max(plan.media_w, tiles.origin_x + tiles.assembled_w)
        lower = max(plan.media_h, tiles.origin_y + tiles.assembled_h)
        g = min(area.w / (right - left), area.h / (lower - upper))
        x = area.x + (area.w - g * (right - left)) / 2 - g * left
        y = area.y + (area.h - g * (lower - upper)) / 2 - g * upper
        # A thin frame shows the poster's edge on white paper.
        p.code.append(
            f"{p.ink.stroke('#C9CED6')} 0.5 w {_n(x)} {_n(y)} {_n(g * plan.media_w)} "
            f"{_n(g * plan.media_h)} re S"
        )
        self._place_form(form, plan.media_h, g, x, y)
        labels: list[TextLine] = []

        def on_guide(win: Rect) -> Rect:
            return Rect(x + g * win.x, y + g * win.y, g * win.w, g * win.h)

        if skipped:
            p.code.append(f"q {p.ink.stroke(MUTED)} 0.5 w [2 2] 0 d")
            p.code.extend(f"{_round_rect(on_guide(s.window), 0)} S" for s in skipped)
            p.code.append("Q")
        p.code.append(f"{p.ink.stroke(ACCENT)} 0.75 w")
        p.code.extend(f"{_round_rect(on_guide(s.window), 0)} S" for s in printed)
        size = max(5.0, min(14.0, g * tiles.step_y * 0.2, g * tiles.step_x * 0.16))
        for sheet in tiles.sheets:
            # Centre the label in the part of the window that shows once assembled and
            # that holds some poster.
            seen = tiles.visible_window(sheet) if sheet.printed else sheet.window
            x1, y1 = max(seen.x, 0.0), max(seen.y, 0.0)
            x2, y2 = min(seen.right, plan.media_w), min(seen.bottom, plan.media_h)
            cx, cy = x + g * (x1 + x2) / 2, y + g * (y1 + y2) / 2
            font = FontSpec("bold" if sheet.printed else "regular", size)
            tw = self.measurer.width(sheet.label, font)
            if sheet.printed:
                pill = Rect(cx - tw / 2 - size * 0.35, cy - size * 0.7, tw + size * 0.7, size * 1.4)
                p.code.append(
                    f"{p.ink.fill('#FFFFFF')} {p.ink.stroke(ACCENT)} 0.75 w "
                    + _round_rect(pill, size * 0.3)
                    + " B"
                )
            color = ACCENT if sheet.printed else MUTED
            labels.append(TextLine(sheet.label, cx - tw / 2, cy + size * 0.36, font, color, tw))
        p.text([(lines, 0, 0), (labels, 0, 0)])
        self._end_page(w, h, Rect(0, 0, w, h), 0.0)
        self.tick(5)

    def _scale_bar(self, x: float, y: float, height: float) -> None:
        """A bar exactly 100 mm long with a tick every 10 mm, to check the print scale."""
        p = self.painter
        length = 100 * MM
        bar = Rect(x, y + height - 6, length, 4)
        ops = [f"q {p.ink.fill(INK)} {p.ink.stroke(INK)} 0.5 w 0 J"]
        ops.extend(
            f"{_n(bar.x + i * 10 * MM)} {_n(bar.y)} {_n(10 * MM)} {_n(bar.h)} re f"
            for i in range(0, 10, 2)
        )
        ops.append(f"{_n(bar.x)} {_n(bar.y)} {_n(bar.w)} {_n(bar.h)} re S")
        for i in range(11):
            tx = bar.x + i * 10 * MM
            tick = 4 if i in (0, 5, 10) else 2
            ops.append(f"{_n(tx)} {_n(bar.y - tick)} m {_n(tx)} {_n(bar.y)} l S")
        ops.append("Q")
        p.code.extend(ops)
        note = "100 mm — if this bar is shorter or longer, print again at 100 % (actual size)"
        p.text([((self._line(note, x, bar.y - 7, "regular", 7.5, INK),), 0, 0)])

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
        self._cut_marks(plan, tiles, sheet)
        neighbours = tiles.neighbours(sheet)
        if "right" in neighbours:
            strip = Rect(content.right - tiles.overlap, content.y, tiles.overlap, content.h)
            self._glue_strip(strip, neighbours["right"], "right")
        if "down" in neighbours:
            strip = Rect(content.x, content.bottom - tiles.overlap, content.w, tiles.overlap)
            self._glue_strip(strip, neighbours["down"], "down")
        self._end_page(w, h, Rect(0, 0, w, h), 0.0)
        self.tick(5)

    def _cut_marks(self, plan: PosterPlan, tiles: TilePlan, sheet: Sheet) -> None:
        """The cut lines along the top and left edges of the window, drawn just outside
        it, and the sheet's name and neighbours in the top strip: all of it on the strip
        that is cut off."""
        p = self.painter
        content, printable = tiles.content_rect, tiles.printable_rect
        half = CUT_LINE / 2
        p.code.append(
            f"q {p.ink.stroke(INK)} {_n(CUT_LINE)} w 0 J "
            f"{_n(printable.x)} {_n(content.y - half)} m "
            f"{_n(content.right)} {_n(content.y - half)} l "
            f"{_n(content.x - half)} {_n(printable.y)} m "
            f"{_n(content.x - half)} {_n(content.bottom)} l S Q"
        )
        gutter = tiles.gutter
        baseline = content.y - gutter * 0.32
        around = self._around(tiles, sheet)
        name = self._line(sheet.label, content.x, baseline, "bold", 10, ACCENT)
        tail_x = content.x + name.width + 6
        cut_note = "cut along the lines at the top and on the left"
        cut_font = FontSpec("regular", 7)
        cut_w = self.measurer.width(cut_note, cut_font)
        facts = (
            f"{sheet_position(sheet.row, sheet.col)} · sheet {tiles.number(sheet)} of "
            f"{len(tiles.printed)}{around} · "
        )
        room = content.right - cut_w - 8 - tail_x
        title = self._fit_text(plan.journey_map.title, FontSpec("regular", 7), room, facts)
        tail = self._line(facts + title, tail_x, baseline, "regular", 7, MUTED)
        cut = self._line(cut_note, content.right - cut_w, baseline, "regular", 7, INK)
        lines = [name, tail, cut]
        # The left strip repeats the instruction, reading upwards along the cut line.
        along = "cut along this line"
        along_w = self.measurer.width(along, cut_font)
        left_base = content.x - gutter * 0.32
        p.text([(lines, 0, 0)])
        self._text_upwards(along, left_base, content.y + content.h / 2 + along_w / 2, 7, INK)

    def _around(self, tiles: TilePlan, sheet: Sheet) -> str:
        neighbours = tiles.neighbours(sheet)
        words = (("left", "left"), ("up", "above"), ("right", "right"), ("down", "below"))
        found = [f"{word} {neighbours[side]}" for side, word in words if side in neighbours]
        return (" · " + ", ".join(found)) if found else ""

    def _fit_text(self, text: str, font: FontSpec, room: float, before: str) -> str:
        """`text` shortened with "…" so that `before + text` fits `room` points."""
        used = self.measurer.width(before, font)
        if used + self.measurer.width(text, font) <= room:
            return text
        while text and used + self.measurer.width(text + "…", font) > room:
            text = text[:-1]
        return text + "…" if text else ""

    def _glue_strip(self, strip: Rect, neighbour: str, side: str) -> None:
        """Marks on a strip a neighbour will cover: a dashed glue line where its cut edge
        goes, and an arrow naming it, on a white ground. Everything stays inside the
        strip, so nothing of it shows once the neighbour is glued on."""
        p = self.painter
        band = min(GLUE_BAND, strip.w if side == "right" else strip.h)
        if side == "right":
            ground = Rect(strip.x, strip.y, band, strip.h)
            line = f"{_n(strip.x + 0.4)} {_n(strip.y)} m {_n(strip.x + 0.4)} {_n(strip.bottom)} l"
        else:
            ground = Rect(strip.x, strip.y, strip.w, band)
            line = f"{_n(strip.x)} {_n(strip.y + 0.4)} m {_n(strip.right)} {_n(strip.y + 0.4)} l"
        p.fill_rect(ground, "#FFFFFF")
        p.code.append(f"q {p.ink.stroke(ACCENT)} 0.8 w [3 2] 0 d {line} S Q")
        # The label: "glue under R2-C4", with an arrow towards that sheet.
        room = (strip.w if side == "right" else strip.h) - band - 1.0
        size = min(7.0, room * 0.55)
        text = f"{neighbour} goes on top"
        font = FontSpec("bold", size)
        tw = self.measurer.width(text, font) if size >= 3.5 else 0.0
        arrow = max(4.0, min(room * 0.8, 12.0))
        pad = 2.0
        long_side = tw + arrow + 3 * pad
        across = room - 1.0
        if side == "right":
            cx = strip.x + band + 1.0 + room / 2 - 0.5
            cy = strip.y + strip.h / 2
            pill = Rect(cx - across / 2, cy - long_side / 2, across, long_side)
        else:
            cx = strip.x + strip.w / 2
            cy = strip.y + band + 1.0 + room / 2 - 0.5
            pill = Rect(cx - long_side / 2, cy - across / 2, long_side, across)
        p.code.append(
            f"{p.ink.fill('#FFFFFF')} {p.ink.stroke(ACCENT)} 0.6 w "
            + _round_rect(pill.inset(0.3), min(3.0, across / 3))
            + " B"
        )
        if side == "right":
            self._arrow(Rect(pill.x, pill.y + pad, pill.w, arrow), "right")
            if tw:
                self._text_upwards(text, cx + size * 0.36, pill.bottom - pad, size, ACCENT, "bold")
        else:
            self._arrow(Rect(pill.x + pad, pill.y, arrow, pill.h), "down")
            if tw:
                label = TextLine(text, pill.x + 2 * pad + arrow, cy + size * 0.36, font, ACCENT, tw)
                p.text([((label,), 0, 0)])

    def _text_upwards(
        self, text: str, x: float, y: float, size: float, color: str, style: str = "regular"
    ) -> None:
        """`text` reading upwards from (x, y) (the baseline's start), glyph tops to the left."""
        t = self.canvas.beginText()
        code = t._code
        code.append(self.painter.ink.text(color))
        code.append(f"0 -1 -1 0 {_n(x)} {_n(y)} Tm")
        for name, run in self.runner.runs(text, style):  # type: ignore[arg-type]
            t.setFont(name, size)
            code.append(t._formatText(run))
        self.canvas.drawText(t)

    def _arrow(self, box: Rect, direction: str) -> None:
        """A filled arrow across `box`, pointing right or down, in the accent colour."""
        p = self.painter
        cx, cy = box.center
        half = min(box.w, box.h, 15.0) * 0.4
        head = half * 0.6
        shaft = half * 0.2
        if direction == "right":
            pts = [
                (cx - half, cy - shaft),
                (cx + half - head, cy - shaft),
                (cx + half - head, cy - head),
                (cx + half, cy),
                (cx + half - head, cy + head),
                (cx + half - head, cy + shaft),
                (cx - half, cy + shaft),
            ]
        else:
            pts = [
                (cx - shaft, cy - half),
                (cx - shaft, cy + half - head),
                (cx - head, cy + half - head),
                (cx, cy + half),
                (cx + head, cy + half - head),
                (cx + shaft, cy + half - head),
                (cx + shaft, cy - half),
            ]
        path = " ".join(
            f"{_n(px)} {_n(py)} {'m' if i == 0 else 'l'}" for i, (px, py) in enumerate(pts)
        )
        p.code.append(f"{p.ink.fill(ACCENT)} {path} h f")


def _hairline_warnings(plan: PosterPlan) -> list[str]:
    """A warning when lines of the map print thinner than a printer can show."""
    thin: dict[str, float] = {}
    for width, what in map_lines(plan.layout):
        on_paper = width * plan.scale
        if 0 < on_paper < MIN_LINE:
            thin[what] = min(on_paper, thin.get(what, on_paper))
    if not thin:
        return []
    thinnest = math.floor(min(thin.values()) * 100) / 100  # never "0.25" for 0.249
    return [
        f"“{plan.journey_map.title}”: some lines print only {thinnest:.2f} pt thin "
        f"({', '.join(thin)}); many printers drop lines under {MIN_LINE:g} pt. Choose a "
        "larger page, or tile it."
    ]


def _square_ops(cells: tuple[tuple[bool, ...], ...], rect: Rect) -> list[str]:
    """`re` operators for the dark cells of a square grid drawn into `rect`."""
    unit = rect.w / len(cells)
    # Neighbouring runs overlap by a hair so no white seam shows between them.
    seam = min(0.05, unit * 0.02)
    return [
        f"{_n(rect.x + col * unit)} {_n(rect.y + row * unit)} "
        f"{_n(length * unit + seam)} {_n(unit + seam)} re"
        for row, col, length in dark_runs(cells)
    ]


def _round_rect(rect: Rect, r: float) -> str:
    return rounded_rect_path(rect.x, rect.y, rect.w, rect.h, r)


__all__ = ["ExportReport", "ProgressCallback", "export_pdf"]
