"""Content in and out from the window: templates, spreadsheets, pictures for slides.

Each function is the body of one menu action of the main window; all changes to an
open project go through a command, so an import is one undo step.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.model import Project
from mapstudio.ui.i18n import translate

if TYPE_CHECKING:
    from mapstudio.export.sheets import ImportResult, SheetRow, Table
    from mapstudio.ui.main_window import MainWindow

# reportlab, openpyxl and the picture export load on first use, not at start-up: the
# window must open fast, and most sessions never export.

log = logging.getLogger(__name__)

SHEET_FILTER = "Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"
PICTURE_FILTER = "PNG picture (*.png);;SVG drawing (*.svg)"


def _tr(text: str) -> str:
    return translate("ContentActions", text)


@dataclass(frozen=True)
class MergeSheet:
    """The command that merges already-read spreadsheet rows into one map."""

    map_id: str
    rows: tuple[SheetRow, ...]
    table: Table | None
    label: str = "Merge Spreadsheet"

    def apply(self, project: Project) -> Project:
        from mapstudio.edit import CommandError
        from mapstudio.export.sheets import merge_rows
        from mapstudio.fileformat.gate import project_problem

        merged = merge_rows(project, self.map_id, self.rows, table=self.table).project
        # Through the gate like any import; the size of the file is checked on saving.
        problem = project_problem(merged)
        if problem:
            raise CommandError(f"The spreadsheet cannot be merged: {problem}.")
        return merged


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
    box = QMessageBox(
        QMessageBox.Icon.Information,
        _tr("Some rows were not imported"),
        _tr("{count} row(s) of {name} could not be used; everything else was imported.").format(
            count=len(result.problems), name=name
        ),
        parent=window,
    )
    box.setDetailedText("\n".join(lines))
    box.exec()


def _ask_sheet(window: MainWindow) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        window, _tr("Import spreadsheet"), str(Path.home()), SHEET_FILTER
    )
    return Path(name) if name else None


def _sheet_error(window: MainWindow, path: Path, error: Exception) -> None:
    log.info("cannot import %s: %s", path, error)
    QMessageBox(
        QMessageBox.Icon.Warning, _tr("Cannot import spreadsheet"), str(error), parent=window
    ).exec()


def import_sheet_as_project(window: MainWindow, path: Path | None = None) -> bool:
    """File ▸ Import Spreadsheet as New Project…"""
    if not window.confirm_discard():
        return False
    from mapstudio.export.sheets import SheetError, import_sheet

    path = path or _ask_sheet(window)
    if path is None:
        return False
    from mapstudio.fileformat.gate import ProjectLimitError, check_project

    try:
        result = import_sheet(path)
        # The gate every untrusted input passes: a project that could not be saved and
        # opened again is refused here, not when the designer first saves it.
        check_project(result.project)
    except (SheetError, OSError, ProjectLimitError) as error:
        _sheet_error(window, path, error)
        return False
    window.start_new_project(result.project)
    _report_import(window, result, path.name)
    return True


def merge_sheet_into_map(window: MainWindow, path: Path | None = None) -> bool:
    """File ▸ Merge Spreadsheet into This Map…: one undo step; stages, lanes and
    personas matched by name, missing ones created."""
    from mapstudio.export.sheets import SheetError, merge_rows, read_sheet

    path = path or _ask_sheet(window)
    if path is None:
        return False
    try:
        rows, table = read_sheet(path)
    except (SheetError, OSError) as error:
        _sheet_error(window, path, error)
        return False
    map_id = window.current_map.id
    result = merge_rows(window.document.project, map_id, rows, table=table)
    if not window.run_command(MergeSheet(map_id, tuple(rows), table)):
        return False
    _report_import(window, result, path.name)
    return True


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
        QMessageBox(
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
            export_svg(window.document.project, window.current_map.id, path, selection, **view)
        else:
            export_png(window.document.project, window.current_map.id, path, dpi, selection, **view)
    except (ExportError, OSError) as error:
        QMessageBox(
            QMessageBox.Icon.Warning, _tr("Cannot export"), str(error), parent=window
        ).exec()
        return False
    window.statusBar().showMessage(_tr("Saved {name}").format(name=path.name), 6000)
    return True


def copy_as_image(window: MainWindow) -> bool:
    """Edit ▸ Copy as Image: the selected cards, or the whole map, for a slide."""
    from mapstudio.export import ExportError
    from mapstudio.ui.image_export import copy_image_to_clipboard

    selection = window.selection.state.card_ids or None
    try:
        copy_image_to_clipboard(
            window.document.project, window.current_map.id, selection, **window.view_state()
        )
    except ExportError as error:
        window.statusBar().showMessage(str(error), 8000)
        return False
    what = _tr("the selection") if selection else _tr("the map")
    window.statusBar().showMessage(_tr("Copied {what} as a picture").format(what=what), 5000)
    return True
