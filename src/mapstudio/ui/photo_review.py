"""File ▸ Import Workshop Photos…: photos of the workshop wall, reviewed, then cards.

The photos are read and analysed (mapstudio.photo) on a worker thread behind a progress
dialog with Cancel. The review dialog then shows each photo with every note found
outlined and labelled with its cell; the designer moves notes to other cells (a combo of
the map's cells, or by dragging the outline on the photo), drops false ones, draws a box
round a missed note and types titles. Confirm makes one command (one undo step) through
the window; Cancel adds nothing.

This module runs it from the window: the worker thread and its progress, the review,
the cards. The review's state without widgets is `photo_review_model.ReviewModel`,
the photo with its outlines `photo_canvas.PhotoCanvas`, and the dialog that shows both
`photo_review_dialog.PhotoReviewDialog`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEventLoop,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QImage,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from mapstudio.ui.file_controller import documents_folder
from mapstudio.ui.i18n import translate
from mapstudio.ui.photo_review_dialog import PhotoReviewDialog
from mapstudio.ui.photo_review_model import ReviewModel, ReviewNote
from mapstudio.ui.plain import PlainLabel, message_box
from mapstudio.ui.settings import remember_folder, remembered_folder

if TYPE_CHECKING:
    from mapstudio.photo import PhotoImport
    from mapstudio.ui.main_window import MainWindow

# mapstudio.photo (OpenCV, numpy) loads when photos are imported, not when the window
# opens: start-up stays fast, and most sessions never read a photo.

log = logging.getLogger(__name__)

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"
PHOTO_SETTINGS_GROUP = "photos"  # the photo dialog's remembered folder
QUICK_JOB_MS = 250  # a job that ends sooner never shows its progress dialog


@dataclass(frozen=True)
class Analysed:
    """What the worker hands back: the notes found and each photo to show."""

    found: PhotoImport
    images: tuple[QImage | None, ...]


class PhotoJob(QThread):
    """The photos read and analysed off the window's thread; `result` or `error` is read
    once it finished."""

    progressed = Signal(int)  # permille

    def __init__(self, project: Any, paths: Sequence[Path], parent: QObject) -> None:
        super().__init__(parent)
        self._project = project
        self._paths = list(paths)
        self._stop = threading.Event()
        self.result: Analysed | None = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed to the window's thread, which decides
            self.error = exc

    def _work(self) -> Analysed:
        from mapstudio.photo import PhotoCancelled, analyse_photos, read_photo
        from mapstudio.ui.images import ImageError, decode_picture

        inputs = []
        for path in self._paths:
            if self._stop.is_set():
                raise PhotoCancelled(translate("PhotoReview", "The photo import was cancelled."))
            # Through the picture gate (regular files only, size and time capped). A
            # file that cannot be read is left out with its reason, like a photo of
            # no poster: the others are still read.
            inputs.append(read_photo(path))

        def report(done: int, total: int) -> None:
            # Reading the photos is the first tenth; the analysis the rest.
            self.progressed.emit(100 + int(850 * done / max(1, total)))

        found = analyse_photos(
            self._project, None, inputs, progress=report, cancelled=self._stop.is_set
        )
        images: list[QImage | None] = []
        for photo, view in zip(inputs, found.photos, strict=True):
            if self._stop.is_set():
                raise PhotoCancelled(translate("PhotoReview", "The photo import was cancelled."))
            if view.homography is None:
                images.append(None)
                continue
            try:
                images.append(decode_picture(photo.data, name=photo.name))
            except ImageError:
                images.append(None)
        self.progressed.emit(1000)
        return Analysed(found, tuple(images))


class PhotoProgress(QProgressDialog):
    """The window-modal progress of reading photos, with Cancel."""

    def __init__(self, count: int, parent: QWidget) -> None:
        super().__init__("", translate("PhotoReview", "Cancel"), 0, 1000, parent)
        self.setLabel(PlainLabel(translate("PhotoReview", "Reading the photos of the wall…")))
        self.setWindowTitle(translate("PhotoReview", "Import Workshop Photos"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(2**31 - 1)  # shown by the caller when the job is slow
        self.finished_job = False

    @Slot(int)
    def show_progress(self, permille: int) -> None:
        if not self.finished_job:
            self.setValue(permille)


_busy: set[int] = set()


def analyse_in_background(window: MainWindow, paths: Sequence[Path]) -> Analysed | None:
    """Run the analysis behind a progress dialog; None when cancelled or refused (the
    reason is shown)."""
    from mapstudio.photo import PhotoCancelled, PhotoError

    if id(window) in _busy:
        window.statusBar().showMessage(
            translate("PhotoReview", "Photos are being imported already."), 5000
        )
        return None
    dialog = PhotoProgress(len(paths), window)
    job = PhotoJob(window.document.project, paths, window)
    job.progressed.connect(dialog.show_progress)
    dialog.canceled.connect(job.cancel)  # the Cancel button, or closing the dialog
    dialog.rejected.connect(job.cancel)  # Escape
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    _busy.add(id(window))
    try:
        job.start()
        if not job.wait(QUICK_JOB_MS):
            dialog.show()
            loop.exec()
            job.wait()
    finally:
        _busy.discard(id(window))
        dialog.finished_job = True
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
    error = job.error
    if isinstance(error, PhotoCancelled):
        window.statusBar().showMessage(
            translate("PhotoReview", "Photo import cancelled; nothing was changed."), 6000
        )
        return None
    if isinstance(error, PhotoError | OSError):
        log.info("photos refused: %s", error)
        message_box(
            QMessageBox.Icon.Warning,
            translate("PhotoReview", "Cannot import the photos"),
            translate("PhotoReview", "Nothing was added."),
            parent=window,
            informative=str(error),
        ).exec()
        return None
    if error is not None:
        raise error  # a bug: the application's crash handler reports it
    return job.result


def photo_folder(window: MainWindow) -> Path:
    """Where the photo dialog starts: the folder photos were last imported from, else
    the project's folder, else the documents folder."""
    remembered = remembered_folder(PHOTO_SETTINGS_GROUP)
    if remembered is not None:
        return remembered
    project_file = window.document.path
    if project_file is not None and project_file.parent.is_dir():
        return project_file.parent
    return documents_folder()


def ask_photos(window: MainWindow) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        translate("PhotoReview", "Import Workshop Photos"),
        str(photo_folder(window)),
        PHOTO_FILTER,
    )
    paths = [Path(name) for name in names]
    if paths:
        remember_folder(PHOTO_SETTINGS_GROUP, paths[0].parent)
    return paths


def import_workshop_photos(window: MainWindow, paths: Sequence[Path] | None = None) -> bool:
    """File ▸ Import Workshop Photos…: choose photos, analyse, review, add in one step."""
    chosen = list(paths) if paths is not None else ask_photos(window)
    if not chosen:
        return False
    analysed = analyse_in_background(window, chosen)
    if analysed is None:
        return False
    review = PhotoReviewDialog(analysed.found, analysed.images, window)
    try:
        if review.exec() != QDialog.DialogCode.Accepted:
            window.statusBar().showMessage(
                translate("PhotoReview", "Photo import cancelled; nothing was added."), 6000
            )
            return False
        # The photos the cards come from: not those left out (another poster, no
        # markers), which the review listed.
        read = sum(1 for view in analysed.found.photos if view.homography is not None)
        return add_reviewed(window, review.model, read)
    finally:
        review.deleteLater()


def add_reviewed(window: MainWindow, model: ReviewModel, photo_count: int) -> bool:
    """The reviewed notes as cards, one undo step, and a word in the status bar."""
    from mapstudio.photo import import_command

    decisions = model.decisions()
    if not decisions:
        window.statusBar().showMessage(translate("PhotoReview", "No cards were added."), 6000)
        return False
    if not window.run_command(import_command(model.found.map_id, decisions)):
        return False
    if window.current_map.id != model.found.map_id:
        window.select_map(model.found.map_id)
    window.statusBar().showMessage(added_message(len(decisions), photo_count), 10000)
    return True


def added_message(cards: int, photos: int) -> str:
    """'Added 14 cards from 2 photos', in plain English forms (and a translator's)."""
    if cards == 1 and photos == 1:
        return translate("PhotoReview", "Added 1 card from 1 photo")
    if cards == 1:
        return translate("PhotoReview", "Added 1 card from {photos} photos").format(photos=photos)
    if photos == 1:
        return translate("PhotoReview", "Added {cards} cards from 1 photo").format(cards=cards)
    return translate("PhotoReview", "Added {cards} cards from {photos} photos").format(
        cards=cards, photos=photos
    )


def add_menu_entry(window: MainWindow, menu: QMenu, before: QAction | None = None) -> QAction:
    """The File menu's entry (kept here, so the window needs one line for it)."""
    action = QAction(translate("PhotoReview", "Import &Workshop Photos…"), window)
    action.setObjectName("actImportWorkshopPhotos")
    tip = translate(
        "PhotoReview", "Read photos of a printed poster covered in sticky notes back into cards"
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)

    def trigger() -> None:
        window.editor.commit_inline()
        import_workshop_photos(window)

    action.triggered.connect(trigger)
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    window.act_import_photos = action  # type: ignore[attr-defined]
    return action


__all__ = [
    "Analysed",
    "PhotoReviewDialog",
    "ReviewModel",
    "ReviewNote",
    "add_menu_entry",
    "add_reviewed",
    "import_workshop_photos",
]
