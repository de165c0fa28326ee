"""Content in and out from the window: templates, spreadsheets, PDF posters, pictures.

Each function is the body of one menu action of the main window; all changes to an
open project go through a command, so an import is one undo step. A spreadsheet is read
and turned into a project in a worker thread, behind a progress dialog with Cancel: a
large (or hostile) sheet takes seconds, and the window must keep answering meanwhile.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from mapstudio.edit import ApplyComputed
from mapstudio.ui.i18n import translate
from mapstudio.ui.plain import PlainLabel, message_box

if TYPE_CHECKING:
    from mapstudio.fileformat.sheet_common import ProgressCallback
    from mapstudio.fileformat.sheet_import import ImportResult
    from mapstudio.ui.main_window import MainWindow

# reportlab, openpyxl and the picture export load on first use, not at start-up: the
# window must open fast, and most sessions never export.

log = logging.getLogger(__name__)

SHEET_FILTER = "Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"
PICTURE_FILTER = "PNG picture (*.png);;SVG drawing (*.svg)"


def _tr(text: str) -> str:
    return translate("ContentActions", text)


def new_from_template(window: MainWindow) -> None:
    """File ▸ New from Template…: the gallery, then the chosen project, unsaved."""
    from mapstudio.ui.template_gallery import TemplateGalleryDialog

    if not window.confirm_discard():
        return
    dialog = TemplateGalleryDialog(window)
    if dialog.exec() and (project := dialog.chosen()) is not None:
        window.start_new_project(project)


def _report_import(window: MainWindow, result: ImportResult, name: str) -> None:
    """Tell the designer which rows were left out and why (the rest is in)."""
    window.statusBar().showMessage(
        _tr("Imported {cards} cards and {points} emotion points from {name}").format(
            cards=result.cards, points=result.emotion_points, name=name
        ),
        8000,
    )
    if not result.problems and not result.warnings:
        return
    lines = [f"row {p.row_number}: {p.message}" for p in result.problems]
    lines += list(result.warnings)
    message_box(
        QMessageBox.Icon.Information,
        _tr("Some rows were not imported"),
        _tr("{count} row(s) of {name} could not be used; everything else was imported.").format(
            count=len(result.problems), name=name
        ),
        parent=window,
        detailed="\n".join(lines),
    ).exec()


def _ask_sheet(window: MainWindow) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        window, _tr("Import spreadsheet"), str(Path.home()), SHEET_FILTER
    )
    return Path(name) if name else None


def _sheet_error(window: MainWindow, path: Path, error: Exception) -> None:
    log.info("cannot import %s: %s", path, error)
    message_box(
        QMessageBox.Icon.Warning, _tr("Cannot import spreadsheet"), str(error), parent=window
    ).exec()


class SheetJob(QThread):
    """One spreadsheet import running off the window's thread.

    `work` gets a progress callback (done, total) -> keep going; it returns False once
    Cancel was pressed, which makes the import raise ImportCancelled. The outcome
    (`result` or `error`) is read after the thread finished.
    """

    progressed = Signal(int)  # permille of the work done

    def __init__(self, work: Callable[[ProgressCallback], Any], parent: QObject) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        """Ask the import to stop at its next progress report."""
        self._cancelled.set()

    def _report(self, done: int, total: int) -> bool:
        self.progressed.emit(int(1000 * done / max(1, total)))
        return not self._cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self._report)
        except BaseException as exc:  # handed to the window's thread, which decides
            self.error = exc


class ImportProgress(QProgressDialog):
    """The window-modal progress dialog of a spreadsheet import, with Cancel."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__("", _tr("Cancel"), 0, 1000, parent)
        # The file's name is data: a plain label, set before the text.
        self.setLabel(PlainLabel(_tr("Reading {name}…").format(name=name)))
        self.setWindowTitle(_tr("Import spreadsheet"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        # Shown by the caller when the job is not quick, never by setValue on its own.
        self.setMinimumDuration(2**31 - 1)
        self.finished_job = False

    @Slot(int)
    def show_progress(self, permille: int) -> None:
        # Reports still queued when the job ended must not bring the dialog back.
        if not self.finished_job:
            self.setValue(permille)


# A job that ends within this time never shows its dialog (no flash for a small sheet);
# the window waits for it without taking input, so nothing can change meanwhile.
QUICK_IMPORT_MS = 250

# Windows with an import running: a second one waits its turn.
_BUSY: weakref.WeakSet[QObject] = weakref.WeakSet()


def _run_job(window: MainWindow, path: Path, work: Callable[[ProgressCallback], Any]) -> Any:
    """Run `work` in a SheetJob behind a window-modal progress dialog with Cancel; its
    result, or None when it was cancelled or failed (the reason is shown)."""
    from mapstudio.fileformat.sheet_common import ImportCancelled, SheetError

    if window in _BUSY:
        window.statusBar().showMessage(_tr("A spreadsheet is being imported already."), 5000)
        return None
    dialog = ImportProgress(path.name, window)
    job = SheetJob(work, window)
    job.progressed.connect(dialog.show_progress)
    dialog.canceled.connect(job.cancel)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    _BUSY.add(window)
    try:
        job.start()
        if not job.wait(QUICK_IMPORT_MS):
            dialog.show()
            loop.exec()
            job.wait()
    finally:
        _BUSY.discard(window)
        dialog.finished_job = True
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
    error = job.error
    if isinstance(error, ImportCancelled):
        log.info("import of %s cancelled", path)
        window.statusBar().showMessage(_tr("Import cancelled; nothing was changed."), 6000)
        return None
    if isinstance(error, SheetError | OSError):
        _sheet_error(window, path, error)
        return None
    if error is not None:
        raise error  # a bug: the application's crash handler reports it
    return job.result


def _share(progress: ProgressCallback, start: float, end: float) -> ProgressCallback:
    """A progress callback for one step of a job that is `start`..`end` of the whole."""

    def report(done: int, total: int) -> bool:
        return progress(int(1000 * (start + (end - start) * done / max(1, total))), 1000)

    return report


def import_sheet_as_project(window: MainWindow, path: Path | None = None) -> bool:
    """File ▸ Import Spreadsheet as New Project…"""
    if not window.confirm_discard():
        return False
    path = path or _ask_sheet(window)
    if path is None:
        return False
    chosen = path

    def work(progress: ProgressCallback) -> ImportResult:
        from mapstudio.fileformat.sheet_import import import_sheet

        return import_sheet(chosen, progress=progress)

    result = _run_job(window, path, work)
    if result is None:
        return False
    from mapstudio.fileformat.gate import ProjectLimitError, check_project

    try:
        # The gate every untrusted input passes: a project that could not be saved and
        # opened again is refused here, not when the designer first saves it.
        check_project(result.project)
    except ProjectLimitError as error:
        _sheet_error(window, path, error)
        return False
    window.start_new_project(result.project)
    _report_import(window, result, path.name)
    return True


def merge_sheet_into_map(window: MainWindow, path: Path | None = None) -> bool:
    """File ▸ Merge Spreadsheet into This Map…: one undo step; stages, lanes and
    personas matched by name, missing ones created."""
    path = path or _ask_sheet(window)
    if path is None:
        return False
    chosen = path
    base = window.document.project
    map_id = window.current_map.id

    def work(progress: ProgressCallback) -> ImportResult:
        from mapstudio.fileformat.gate import project_problem
        from mapstudio.fileformat.sheet_common import SheetError
        from mapstudio.fileformat.sheet_import import merge_rows
        from mapstudio.fileformat.sheets import read_sheet

        rows, table = read_sheet(chosen, progress=_share(progress, 0.0, 0.9))
        result = merge_rows(base, map_id, rows, table=table, progress=_share(progress, 0.9, 1.0))
        # Through the gate like any import; the size of the file is checked on saving.
        problem = project_problem(result.project)
        if problem:
            raise SheetError(f"The spreadsheet cannot be merged: {problem}.")
        return result

    result = _run_job(window, path, work)
    if result is None:
        return False
    # Merged once, on the worker: the command brings that result in as one undo step.
    if not window.run_command(ApplyComputed("Merge Spreadsheet", base, result.project)):
        return False
    _report_import(window, result, path.name)
    return True


def export_pdf(window: MainWindow) -> None:
    """File ▸ Export PDF…: the poster dialog for the current map."""
    from mapstudio.ui.export_dialog import ExportPdfDialog  # reportlab on first use

    window.editor.commit_inline()
    path = window.document.path
    suggested = (
        path.with_suffix(".pdf") if path else Path.home() / f"{window.current_map.title}.pdf"
    )
    dialog = ExportPdfDialog(window.document.project, window.current_map.id, suggested, window)
    dialog.exec()
    # The confirmation closed just before the dialog did; the window manager then gave
    # the keyboard to no window at all (a real X server with openbox), so the window's
    # shortcuts did nothing until a click. Ask for it back.
    window.activateWindow()
    report = getattr(dialog, "report", None)
    if report is not None:
        window.statusBar().showMessage(report.summary(), 8000)


def export_sheet_of_map(window: MainWindow, path: Path | None = None) -> bool:
    """File ▸ Export ▸ Spreadsheet…: the current map's cards and emotion points."""
    from mapstudio.export import ExportError
    from mapstudio.export.sheets import export_sheet

    if path is None:
        suggested = str(Path.home() / f"{window.current_map.title}.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            window, _tr("Export spreadsheet"), suggested, SHEET_FILTER
        )
        if not name:
            return False
        path = Path(name)
    if path.suffix.lower() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + ".xlsx")
    try:
        rows = export_sheet(window.document.project, path, [window.current_map.id])
    except (ExportError, OSError) as error:
        message_box(
            QMessageBox.Icon.Warning, _tr("Cannot export"), str(error), parent=window
        ).exec()
        return False
    window.statusBar().showMessage(
        _tr("Wrote {rows} rows to {name}").format(rows=rows, name=path.name), 6000
    )
    return True


def export_picture(window: MainWindow, path: Path | None = None, dpi: float = 150.0) -> bool:
    """File ▸ Export ▸ Picture…: PNG or SVG of the map, or of the selected cards."""
    from mapstudio.export import ExportError
    from mapstudio.ui.image_export import export_png, export_svg

    if path is None:
        suggested = str(Path.home() / f"{window.current_map.title}.png")
        name, _ = QFileDialog.getSaveFileName(
            window, _tr("Export picture"), suggested, PICTURE_FILTER
        )
        if not name:
            return False
        path = Path(name)
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_name(path.name + ".png")
    selection = window.selection.state.card_ids or None
    view = window.view_state()
    try:
        if path.suffix.lower() == ".svg":
            report = export_svg(
                window.document.project, window.current_map.id, path, selection, **view
            )
        else:
            report = export_png(
                window.document.project, window.current_map.id, path, dpi, selection, **view
            )
    except (ExportError, OSError) as error:
        message_box(
            QMessageBox.Icon.Warning, _tr("Cannot export"), str(error), parent=window
        ).exec()
        return False
    window.statusBar().showMessage(_tr("Saved {name}").format(name=path.name), 6000)
    if report.warnings:
        # Card titles are project text: shown as plain text, never as markup.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ContentActions", "Picture exported"),
            "",
            parent=window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        saved = translate("ContentActions", "Saved {name}.").format(name=path.name)
        box.setText("\n\n".join((saved, *report.warnings)))
        box.exec()
    return True


def copy_as_image(window: MainWindow) -> bool:
    """Edit ▸ Copy as Image: the selected cards, or the whole map, for a slide."""
    from mapstudio.export import ExportError
    from mapstudio.ui.image_export import copy_image_to_clipboard

    selection = window.selection.state.card_ids or None
    try:
        report = copy_image_to_clipboard(
            window.document.project,
            window.current_map.id,
            selection,
            collapsed=window.view_state()["collapsed"],
            hidden=window.view_state()["hidden"],
        )
    except ExportError as error:
        window.statusBar().showMessage(str(error), 8000)
        return False
    what = _tr("the selection") if selection else _tr("the map")
    message = _tr("Copied {what} as a picture").format(what=what)
    if report.warnings:
        message = " ".join((message + ".", *report.warnings))
    window.statusBar().showMessage(message, 10000 if report.warnings else 5000)
    return True
