"""The review dialog of File ▸ Import Workshop Photos…: photos, notes, their cells.

Each photo shows every note found, outlined and labelled with its cell; the designer
moves notes to other cells (a combo of the map's cells, or by dragging the outline on
the photo), drops false ones, draws a box round a missed note and types titles. The
state is the `ReviewModel`'s; the dialog shows it and changes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QIcon,
    QImage,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.model import CellKey
from mapstudio.ui.i18n import translate
from mapstudio.ui.photo_canvas import PhotoCanvas, box_outline, cut_picture
from mapstudio.ui.photo_review_model import ReviewModel, ReviewNote
from mapstudio.ui.plain import PlainLabel, message_box, no_mnemonic, plain_tooltip

if TYPE_CHECKING:
    from mapstudio.photo import PhotoImport


THUMB = 56  # the note list's thumbnails, in pixels


class PhotoReviewDialog(QDialog):
    """Every photo with its notes outlined, the list of notes, and what each becomes."""

    # Made by _build().
    canvas: PhotoCanvas
    list: QListWidget
    cell_combo: QComboBox

    def __init__(
        self,
        found: PhotoImport,
        images: Sequence[QImage | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoReviewDialog")
        self.setWindowTitle(translate("PhotoReview", "Review Workshop Photos"))
        self.model = ReviewModel.of(found)
        self.images = list(images)
        self.current_photo = -1
        self._syncing = False
        self._build()
        self.cell_keys: list[CellKey] = [key for key, _rect, _label in found.cells]
        for key, _rect, label in found.cells:
            self.cell_combo.addItem(label, key)
        self._fill_list()
        first = next((i for i, view in enumerate(found.photos) if view.homography is not None), 0)
        self.tabs.setCurrentIndex(first)
        self._show_photo(first)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_summary()
        self.resize(1280, 820)
        # The notes have the keyboard first: Up and Down go through them, Tab reaches
        # the title and the cell (not the photo tabs, which come first in the layout).
        self.list.setFocus()

    # -- building

    def _build(self) -> None:
        found = self.model.found
        outer = QVBoxLayout(self)
        intro = PlainLabel(
            translate(
                "PhotoReview",
                "{count} notes found on the poster of “{map}”. Check each note's cell and "
                "title; notes marked ? need a look. Drag an outline onto another cell, or "
                "choose the cell on the right.",
            ).format(count=len(found.notes), map=found.map_title)
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        if found.problems:
            problems = PlainLabel(
                translate("PhotoReview", "Left out: {problems}").format(
                    problems="\n\n".join(found.problems)  # a paragraph a photo
                )
            )
            problems.setObjectName("photoProblems")
            problems.setWordWrap(True)
            problems.setFrameShape(QFrame.Shape.StyledPanel)
            problems.setStyleSheet("QLabel { background: #FEF3C7; padding: 6px; }")
            outer.addWidget(problems)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.tabs = QTabBar()
        self.tabs.setObjectName("photoTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for view in found.photos:
            index = self.tabs.addTab(no_mnemonic(view.name))
            if view.homography is None:
                self.tabs.setTabEnabled(index, False)
                self.tabs.setTabToolTip(index, plain_tooltip(view.problem or ""))
        self.tabs.currentChanged.connect(self._show_photo)
        bar.addWidget(self.tabs, 1)
        self.draw_button = QToolButton()
        self.draw_button.setObjectName("drawNoteButton")
        self.draw_button.setText(translate("PhotoReview", "Draw Missed Note"))
        self.draw_button.setToolTip(
            translate("PhotoReview", "Then drag a box round a note the import missed (Ctrl+D)")
        )
        self.draw_button.setCheckable(True)
        self.draw_button.setShortcut(QKeySequence("Ctrl+D"))
        self.draw_button.toggled.connect(self._toggle_drawing)
        bar.addWidget(self.draw_button)
        fit = QToolButton()
        fit.setText(translate("PhotoReview", "Fit"))
        fit.setToolTip(translate("PhotoReview", "Show the whole photo (0)"))
        fit.clicked.connect(lambda: self.canvas.fit())
        bar.addWidget(fit)
        left_layout.addLayout(bar)
        self.canvas = PhotoCanvas()
        self.canvas.notePressed.connect(self._select_note)
        self.canvas.noteDragged.connect(self._note_dragged)
        self.canvas.boxDrawn.connect(self._box_drawn)
        left_layout.addWidget(self.canvas, 1)
        legend = PlainLabel(
            translate(
                "PhotoReview",
                "Solid outline: placed in its cell · dashed with ?: check it · dotted: "
                "dropped. Wheel or +/− zooms; drag the photo to pan.",
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("QLabel { color: #4B5563; }")
        left_layout.addWidget(legend)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(PlainLabel(translate("PhotoReview", "Notes (to check first)")))
        self.list = QListWidget()
        self.list.setObjectName("photoNotes")
        self.list.setAccessibleName(translate("PhotoReview", "Notes"))
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._row_changed)
        right_layout.addWidget(self.list, 1)

        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(detail)
        self.picture = PlainLabel()
        self.picture.setFixedHeight(140)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        form.addRow(self.picture)
        self.state_label = PlainLabel()
        self.state_label.setObjectName("noteState")
        self.state_label.setWordWrap(True)
        form.addRow(self.state_label)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("noteTitle")
        self.title_edit.setAccessibleName(translate("PhotoReview", "Card title"))
        self.title_edit.setPlaceholderText(translate("PhotoReview", "Type what the note says"))
        self.title_edit.textEdited.connect(self._title_edited)
        self.title_edit.returnPressed.connect(self._next_note)
        form.addRow(translate("PhotoReview", "&Title:"), self.title_edit)
        self.cell_combo = QComboBox()
        self.cell_combo.setObjectName("noteCell")
        self.cell_combo.setAccessibleName(translate("PhotoReview", "Cell"))
        self.cell_combo.addItem(translate("PhotoReview", "(no cell: not added)"), None)
        self.cell_combo.activated.connect(self._cell_chosen)
        form.addRow(translate("PhotoReview", "&Cell:"), self.cell_combo)
        self.drop_button = QPushButton(translate("PhotoReview", "&Drop Note"))
        self.drop_button.setObjectName("dropNoteButton")
        self.drop_button.setToolTip(
            translate("PhotoReview", "Not a note, or not wanted: add no card for it (Delete)")
        )
        self.drop_button.setAutoDefault(False)
        self.drop_button.clicked.connect(self._toggle_drop)
        form.addRow(self.drop_button)
        right_layout.addWidget(detail)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([880, 380])

        bottom = QHBoxLayout()
        self.summary = PlainLabel()
        self.summary.setObjectName("photoSummary")
        bottom.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox()
        self.confirm = self.buttons.addButton(
            translate("PhotoReview", "Add Cards"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setObjectName("confirmPhotoImport")
        self.confirm.setToolTip(translate("PhotoReview", "Add the cards in one step (Ctrl+Enter)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelPhotoImport")
        # Enter in a title goes on to the next note; the import is confirmed on purpose.
        for button in (self.confirm, cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._confirm_if_any)
        # Delete acts on the list and the photo only: in the title field it deletes text.
        for widget in (self.list, self.canvas):
            shortcut = QShortcut(QKeySequence.StandardKey.Delete, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._toggle_drop)
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(lambda: self._step_photo(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(lambda: self._step_photo(-1))
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.canvas)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape_canvas)
        self.setTabOrder(self.list, self.title_edit)
        self.setTabOrder(self.title_edit, self.cell_combo)
        self.setTabOrder(self.cell_combo, self.drop_button)
        self.setTabOrder(self.drop_button, self.canvas)

    def _confirm_if_any(self) -> None:
        if self.confirm.isEnabled():
            self.accept()

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: after the user changed notes
        (titles typed, cells chosen), only once they say to discard that work."""
        if self.model.changed and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = message_box(
            QMessageBox.Icon.Question,
            translate("PhotoReview", "Discard the review?"),
            translate("PhotoReview", "Discard the review of these photos?"),
            parent=self,
            informative=translate(
                "PhotoReview",
                "The titles you typed and the cells you chose are lost, and no card is added.",
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        discard = box.addButton(
            translate("PhotoReview", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(
            translate("PhotoReview", "Keep Reviewing"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def keyPressEvent(self, event: Any) -> None:
        # Enter in a title goes on to the next note (the field's returnPressed); it must
        # not reach QDialog, whose button box would confirm the whole import. Ctrl+Enter
        # confirms on purpose (a shortcut).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the list

    def _fill_list(self) -> None:
        self.list.clear()
        for note in self.model.notes:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            image = QImage.fromData(note.picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
            if not image.isNull():
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.list.addItem(item)
            self._refresh_item(item, note)

    def _refresh_item(self, item: QListWidgetItem, note: ReviewNote) -> None:
        label = self.model.label(note)
        title = note.title or translate("PhotoReview", "(no title yet)")
        if note.dropped:
            head = translate("PhotoReview", "{number}. Dropped").format(number=note.number)
        elif note.uncertain:
            head = translate("PhotoReview", "{number}. ? Check: {label}").format(
                number=note.number, label=label
            )
        else:
            head = f"{note.number}. {label}"
        item.setText(f"{head}\n{title}")
        item.setToolTip(plain_tooltip(f"{head}\n{title}"))
        font = item.font()
        font.setStrikeOut(note.dropped)
        font.setItalic(note.dropped)
        item.setFont(font)

    def _item(self, note_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == note_id:
                return item
        return None

    def current_note(self) -> ReviewNote | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.model.note(item.data(Qt.ItemDataRole.UserRole))

    @Slot(int)
    def _row_changed(self, _row: int) -> None:
        note = self.current_note()
        self._show_detail(note)
        if note is None:
            return
        if not self.model.shows(note, self.current_photo):
            photo = note.photo if self.model.photo(note.photo).homography is not None else None
            if photo is not None and photo != self.current_photo:
                self.tabs.setCurrentIndex(photo)
        self._refresh_outlines()
        self.canvas.show_note(note.id)

    def _select_note(self, note_id: str) -> None:
        item = self._item(note_id)
        if item is not None:
            self.list.setCurrentItem(item)

    def _next_note(self) -> None:
        row = self.list.currentRow()
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    # -- the detail panel

    def _show_detail(self, note: ReviewNote | None) -> None:
        self._syncing = True
        try:
            enabled = note is not None
            for widget in (self.title_edit, self.cell_combo, self.drop_button):
                widget.setEnabled(enabled)
            if note is None:
                self.picture.clear()
                self.state_label.setText("")
                self.title_edit.clear()
                return
            image = QImage.fromData(note.picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
            if not image.isNull():
                self.picture.setPixmap(
                    QPixmap.fromImage(image).scaled(
                        200,
                        136,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            self.state_label.setText(self._state_text(note))
            if self.title_edit.text() != note.title:
                self.title_edit.setText(note.title)
            self.cell_combo.setCurrentIndex(self._cell_index(note.cell))
            self.drop_button.setText(
                translate("PhotoReview", "&Keep Note")
                if note.dropped
                else translate("PhotoReview", "&Drop Note")
            )
        finally:
            self._syncing = False

    def _cell_index(self, cell: CellKey | None) -> int:
        # Not QComboBox.findData: it compares Python objects by identity, not value.
        if cell is None or cell not in self.cell_keys:
            return 0
        return self.cell_keys.index(cell) + 1

    def _state_text(self, note: ReviewNote) -> str:
        photo = self.model.photo(note.photo).name
        if note.dropped:
            return translate(
                "PhotoReview", "Note {number}: dropped, no card is added for it."
            ).format(number=note.number)
        if note.added:
            where = translate("PhotoReview", "Note {number}: drawn by you on {photo}.")
        else:
            where = translate("PhotoReview", "Note {number}: found on {photo}.")
        text = where.format(number=note.number, photo=photo)
        if note.cell is None and note.found_label:
            text += " " + translate(
                "PhotoReview", "It is {where}: choose its cell, or it is not added."
            ).format(where=note.found_label)
        elif note.cell is None:
            text += " " + translate(
                "PhotoReview", "It has no cell: choose one, or it is not added."
            )
        elif note.uncertain:
            text += " " + translate(
                "PhotoReview", "Not sure of its cell ({percent} % sure): please check."
            ).format(percent=round(100 * note.confidence))
        return text

    def _title_edited(self, text: str) -> None:
        note = self.current_note()
        if note is None or self._syncing:
            return
        self.model.set_title(note.id, text)
        self._note_changed(note, outlines=False)

    def _cell_chosen(self, index: int) -> None:
        note = self.current_note()
        if note is None or self._syncing:
            return
        cell = self.cell_keys[index - 1] if index > 0 else None
        self.model.move_to_cell(note.id, cell)
        self._note_changed(note)

    def _toggle_drop(self) -> None:
        note = self.current_note()
        if note is None:
            return
        self.model.set_dropped(note.id, not note.dropped)
        self._note_changed(note)

    def _note_changed(self, note: ReviewNote, outlines: bool = True) -> None:
        item = self._item(note.id)
        if item is not None:
            self._refresh_item(item, note)
        if note is self.current_note():
            self._show_detail(note)
        if outlines:
            self._refresh_outlines()
        self._update_summary()

    def _note_dragged(self, note_id: str, dx: float, dy: float) -> None:
        self.model.drag(note_id, self.current_photo, dx, dy)
        note = self.model.note(note_id)
        self._select_note(note_id)
        self._note_changed(note)

    def _box_drawn(self, box: QRectF) -> None:
        self.draw_button.setChecked(False)
        photo = self.current_photo
        image = self.images[photo] if 0 <= photo < len(self.images) else None
        outline = box_outline(box)
        if image is None or image.isNull():
            return
        picture, size = cut_picture(image, self.canvas.scale_factor, outline)
        note = self.model.add(photo, outline, picture, size)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, note.id)
        icon = QImage.fromData(picture, "PNG")  # type: ignore[arg-type]  # stub: bytes; takes str
        item.setIcon(QIcon(QPixmap.fromImage(icon)))
        self.list.addItem(item)
        self._refresh_item(item, note)
        self.list.setCurrentItem(item)
        self._update_summary()
        self.title_edit.setFocus()

    def _toggle_drawing(self, on: bool) -> None:
        self.canvas.set_drawing(on)
        if on:
            self.canvas.setFocus()

    def _escape_canvas(self) -> None:
        if self.draw_button.isChecked():
            self.draw_button.setChecked(False)
        else:
            self.reject()

    # -- photos

    def _step_photo(self, step: int) -> None:
        count = self.tabs.count()
        index = self.tabs.currentIndex()
        for _ in range(count):
            index = (index + step) % count
            if self.tabs.isTabEnabled(index):
                self.tabs.setCurrentIndex(index)
                return

    @Slot(int)
    def _show_photo(self, index: int) -> None:
        if index < 0 or index == self.current_photo:
            return
        self.current_photo = index
        view = self.model.photo(index)
        image = self.images[index] if index < len(self.images) else None
        self.canvas.show_photo(image, view)
        self._refresh_outlines()

    def _refresh_outlines(self) -> None:
        photo = self.current_photo
        if photo < 0:
            return
        current = self.current_note()
        shown: set[str] = set()
        for note in self.model.notes:
            if not self.model.shows(note, photo):
                continue
            points = self.model.outline_on(note, photo)
            if points is None:
                continue
            shown.add(note.id)
            item = self.canvas.outline_for(note.id)
            item.refresh(note, points, self.model.label(note), note is current)
        self.canvas.forget(shown)
        self.canvas.arrange_tags()

    def _update_summary(self) -> None:
        cards, dropped, homeless = self.model.summary()
        if cards == 1:
            parts = [translate("PhotoReview", "1 card will be added")]
        else:
            parts = [translate("PhotoReview", "{count} cards will be added").format(count=cards)]
        if dropped:
            parts.append(translate("PhotoReview", "{count} dropped").format(count=dropped))
        if homeless:
            parts.append(
                translate("PhotoReview", "{count} without a cell (not added)").format(
                    count=homeless
                )
            )
        self.summary.setText(" · ".join(parts))
        if cards == 1:
            self.confirm.setText(translate("PhotoReview", "Add 1 Card"))
        else:
            self.confirm.setText(translate("PhotoReview", "Add {count} Cards").format(count=cards))
        self.confirm.setEnabled(cards > 0)

    # -- for the real-input probe

    def probe(self) -> dict[str, Any]:
        """Where each note shown on the current photo is on the screen, and its cell."""
        notes = {}
        for note in self.model.notes:
            item = self.canvas.outlines.get(note.id)
            entry: dict[str, Any] = {
                "number": note.number,
                "cell": list(note.cell) if note.cell is not None else None,
                "title": note.title,
                "dropped": note.dropped,
                "uncertain": note.uncertain,
                "photo": note.photo,
            }
            if item is not None:
                cx, cy = self.model.centre_on(note, self.current_photo)
                entry["screen_centre"] = self.canvas.view_point(cx, cy)
            notes[note.id] = entry
        cells = {}
        view = self.model.photo(self.current_photo)
        if view.homography is not None:
            for key, rect, label in self.model.found.cells:
                x, y = view.to_photo(rect.center.x, rect.center.y)
                if 0 <= x <= view.width and 0 <= y <= view.height:
                    cells[label] = {
                        "key": list(key),
                        "screen_centre": self.canvas.view_point(x, y),
                    }
        return {"photo": self.current_photo, "notes": notes, "cells": cells}
