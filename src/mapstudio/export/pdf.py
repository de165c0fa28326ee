"""`export_pdf`: journey maps as print-ready PDF posters, single-sheet or tiled.

Every page sets TrimBox (the finished size) and BleedBox (trim plus bleed); crop marks
grow the MediaBox around them. A tiled poster is drawn once as a Form XObject and
placed on the assembly guide and on every sheet, so a tiled export costs about as
much as one poster. The file is written to a temporary name and renamed at the end, so
a cancelled or failed export never leaves a partial PDF behind.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import os
import threading
import zlib
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from mapstudio import __version__
from mapstudio._runtime import collector_paused
from mapstudio.export.errors import ExportCancelled, ExportError
from mapstudio.export.fonts import (
    FONT_NAMES,
    FontRunner,
    describe_characters,
    distinct_subset_tags,
    register_fonts,
)
from mapstudio.export.options import ExportOptions
from mapstudio.export.painter import Ink, PdfPainter, _n, map_lines
from mapstudio.export.pdfx import cmyk_converter, make_pdfx
from mapstudio.export.photomarks import code_modules
from mapstudio.export.pictures import damaged_picture_warnings, low_resolution_warnings
from mapstudio.export.poster import (
    COMMAND_LINE,
    LayoutMemo,
    PosterPlan,
    Wording,
    describe_text_size,
    plan_export,
    reading_notes,
)
from mapstudio.export.printmarks import guide_text, poster_shapes, sheet_text
from mapstudio.export.reading import DEFAULT_DISTANCE
from mapstudio.export.units import MM, format_mm, format_size
from mapstudio.fileformat.errors import ProjectFileError, write_failure_words
from mapstudio.fileformat.save import copy_permissions, sync_folder
from mapstudio.fileformat.tempfiles import after_writing, temp_beside
from mapstudio.layout import Rect
from mapstudio.layout.registration import smallest_mark_margin
from mapstudio.layout.sheets import assembly_guide, sheet_marks
from mapstudio.layout.tiles import Sheet, TilePlan
from mapstudio.model import Project

log = logging.getLogger(__name__)

# (done, total) -> keep going? Return False to cancel.
ProgressCallback = Callable[[int, int], bool]

MIN_LINE = 0.25  # points: thinner lines break up or vanish on many printers


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
                title = report.maps[0] if len(report.maps) == 1 else project.title
                make_pdfx(temp, title=title, shown=out)
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
        # Refuses a folder, a pipe, a device or a socket at `out`, as every writer does.
        handle, temp = temp_beside(out, ".part")
    except ProjectFileError as exc:
        raise ExportError(str(exc)) from exc
    os.close(handle)
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
        raise ExportError(write_failure_words(out, exc)) from exc
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


# zlib's level for the streams of a PDF. reportlab compresses at zlib's default (6):
# a second of the largest project's export for its 35 MB of page content. Level 5 takes
# 0.6 s for 0.1 % more bytes (0.6 % on a 5,000-card map, 0.2 % on the example); level
# 4 half a second for 2 % more; level 1 a quarter of a second for 11 % more.
FLATE_LEVEL = 5
_FLATE = threading.Lock()


def _flate(data: str | bytes, level: int) -> bytes:
    """reportlab's FlateDecode filter at `level` (text is compressed as UTF-8, as there)."""
    return zlib.compress(data.encode("utf8") if isinstance(data, str) else data, level)


class _WorkAhead:
    """Work done on a second thread while the pages are drawn: the photo codes of the
    posters still to come, and the compression of each finished page for the save.

    zlib and OpenCV's code encoder let go of Python's lock while they work, so on a
    machine with two cores this costs no time of its own (for the largest project,
    half a second of compressing its 35 MB of page content and a third of a second of
    encoding 50 codes). Pages are matched to their compressed bytes by the very text
    object reportlab keeps for the page, so anything else (fonts, pictures, forms) and
    any page not compressed ahead is compressed by the save itself, as before.
    """

    def __init__(self, level: int) -> None:
        self.level = level
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pdf-ahead")
        self._ahead: dict[int, tuple[str, Future[bytes]]] = {}

    def encode_codes(self, plans: tuple[PosterPlan, ...]) -> None:
        """Encode the photo codes of `plans` (kept by `code_modules`), in their order."""
        for plan in plans:
            if plan.code_rect is not None and plan.code_text:
                self._pool.submit(code_modules, plan.code_text)

    def page_finished(self, stream: object) -> None:
        """Start compressing a page's content (reportlab's `PDFPage.stream`)."""
        if isinstance(stream, str) and stream:
            self._ahead[id(stream)] = (stream, self._pool.submit(_flate, stream, self.level))

    def encode(self, data: str | bytes) -> bytes:
        """The filter's `encode` for the save: compressed ahead when it is a page's."""
        ahead = self._ahead.pop(id(data), None)
        if ahead is not None and ahead[0] is data:
            return ahead[1].result()
        return _flate(data, self.level)

    def close(self) -> None:
        """Drop whatever was not used (a cancelled or failed export) and end the thread."""
        for _stream, future in self._ahead.values():
            future.cancel()
        self._ahead.clear()
        self._pool.shutdown(wait=True)


@contextmanager
def _flate_level(level: int, ahead: _WorkAhead | None = None) -> Iterator[None]:
    """While a document is saved, compress its streams at `level` (taking the pages
    `ahead` compressed). reportlab's filter is one module-level object that
    takes no level, so its `encode` is swapped for the save (one save at a time) and put
    back afterwards."""
    flate = pdfdoc.PDFZCompress
    with _FLATE:
        if ahead is not None and ahead.level == level:
            flate.encode = ahead.encode
        else:
            flate.encode = functools.partial(_flate, level=level)
        try:
            yield
        finally:
            del flate.encode


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
        self.ahead: _WorkAhead | None = None  # while the pages are written

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
        self.ahead = _WorkAhead(FLATE_LEVEL)
        # The first poster's code is wanted at once; the others' by the time their
        # pages are drawn.
        self.ahead.encode_codes(self.plans[1:])
        try:
            for index, plan in enumerate(self.plans):
                if plan.tiles is None:
                    self._single(plan)
                else:
                    sheets += self._tiled(plan, index)
            with (
                distinct_subset_tags(f"{self.project.title}\0{len(self.plans)}\0{self.pages}"),
                _flate_level(FLATE_LEVEL, self.ahead),
            ):
                c.save()
        except OSError as exc:
            raise ExportError(write_failure_words(out, exc)) from exc
        finally:
            self.ahead.close()
            self.ahead = None
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
            if self.options.photo_marks and not plan.marks:
                warnings.append(
                    f"“{plan.journey_map.title}”: a margin of "
                    f"{format_mm(self.options.poster_margin or 0.0, 1)} leaves no room for the "
                    "photo markers, so photos of this poster cannot be read back. Choose a "
                    f"margin of at least {math.ceil(smallest_mark_margin() / MM)} mm."
                )
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
        if self.ahead is not None:
            # reportlab keeps the finished page, its content joined into one text.
            self.ahead.page_finished(c._doc.Pages.pages[-1].stream)

    # -- a poster on one sheet ---------------------------------------------------------

    def _single(self, plan: PosterPlan) -> None:
        self.canvas.setPageSize((plan.media_w, plan.media_h))
        self._poster(plan)
        self._end_page(plan.media_w, plan.media_h, plan.trim_rect, plan.bleed)
        self.tick(5)

    def _poster(self, plan: PosterPlan) -> None:
        """The whole poster in media coordinates (y down from the media's top-left)."""
        p = self.painter
        own = poster_shapes(plan)
        p.draw(((0.0, 0.0, own.ground),))
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
        p.draw(((0.0, 0.0, own.photo), (0.0, 0.0, own.marks)))
        self.tick(10)

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

    def _guide(self, plan: PosterPlan, tiles: TilePlan, form: str) -> None:
        """Page 1 of a tile set: the poster small with the sheet grid, how to assemble
        it, which places of the grid are not printed, and a 100 mm bar to check the
        printer's scale (mapstudio.layout.sheets lays it out)."""
        page = assembly_guide(tiles, plan.media_w, plan.media_h, guide_text(plan, tiles))
        self.canvas.setPageSize((page.width, page.height))
        self.painter.draw(((0.0, 0.0, page.shapes),))
        self._place_form(form, plan.media_h, page.poster_scale, page.poster_x, page.poster_y)
        self.painter.draw(((0.0, 0.0, page.grid),))
        self._end_page(page.width, page.height, Rect(0, 0, page.width, page.height), 0.0)
        self.tick(5)

    def _sheet(self, plan: PosterPlan, tiles: TilePlan, sheet: Sheet, form: str) -> None:
        p = self.painter
        w, h = tiles.sheet_w, tiles.sheet_h
        self.canvas.setPageSize((w, h))
        content = tiles.content_rect
        win = sheet.window
        p.code.append(f"q {_n(content.x)} {_n(content.y)} {_n(content.w)} {_n(content.h)} re W n")
        self._place_form(form, plan.media_h, 1.0, content.x - win.x, content.y - win.y)
        p.code.append("Q")
        p.draw(((0.0, 0.0, sheet_marks(tiles, sheet, sheet_text(plan, tiles, sheet))),))
        self._end_page(w, h, Rect(0, 0, w, h), 0.0)
        self.tick(5)


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


__all__ = ["ExportReport", "ProgressCallback", "export_pdf"]
