"""The conflict dialog of a merge, and the plain-words summary shown after it.

`ConflictDialog` lists the conflicts of a merge (or those a file written by
`mapstudio merge` still holds) one by one: on the left every conflict with the choice
made for it, on the right what each copy did and the two choices, "keep mine" and
"keep theirs", in words. The choice that loses nothing is preselected (a card deleted in
one copy and edited in the other comes back). Everything is keyboard operable: Up and
Down walk the list, Alt+M and Alt+T choose, Alt+N and Alt+P step, Enter merges.

Every text that comes from a project (titles, labels, values) is data: labels are
`PlainLabel`s, list entries and buttons never interpret markup, and an "&" in a title
never becomes a shortcut.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mapstudio.compare import (
    Conflict,
    DeletionConflict,
    FieldConflict,
    Kind,
    MergeSummary,
    OrderConflict,
    PresenceConflict,
    Side,
)
from mapstudio.compare.conflicts import field_words, show_value
from mapstudio.compare.records import CELL, IMAGE, PLACE
from mapstudio.model import Project
from mapstudio.ui.i18n import translate
from mapstudio.ui.plain import PlainLabel, no_mnemonic, plain_title, plain_tooltip

# Fields whose values are ids or coordinates: the choice names the copy, not the value.
_PLACE_FIELDS = {CELL, PLACE, IMAGE, "image_asset_id", "photo_asset_id", "future_state_of"}
# Records that hold others: deleting one deletes what is inside it.
_CONTAINERS = {Kind.PERSONA, Kind.MAP, Kind.STAGE, Kind.LANE, Kind.BAND}


def kind_words(kind: Kind) -> str:
    """A record kind as a noun for a sentence start: "Card", "Emotion point"."""
    words = {
        Kind.PROJECT: translate("ConflictDialog", "The project"),
        Kind.PERSONA: translate("ConflictDialog", "Persona"),
        Kind.ASSET: translate("ConflictDialog", "Image"),
        Kind.MAP: translate("ConflictDialog", "Map"),
        Kind.STAGE: translate("ConflictDialog", "Stage"),
        Kind.LANE: translate("ConflictDialog", "Lane"),
        Kind.BAND: translate("ConflictDialog", "Persona band"),
        Kind.CARD: translate("ConflictDialog", "Card"),
        Kind.POINT: translate("ConflictDialog", "Emotion point"),
    }
    return words[kind]


def record_words(conflict: Conflict) -> str:
    """The record of a conflict: "Card 'Pays'"; a label shortened and on one line."""
    if conflict.key.kind is Kind.PROJECT:
        return kind_words(Kind.PROJECT)
    label = (
        show_value(conflict.label) if conflict.label else translate("ConflictDialog", "(untitled)")
    )
    return f"{kind_words(conflict.key.kind)} {label}"


def conflict_what(conflict: Conflict, two_way: bool = False) -> str:
    """What happened to a conflict's record: "title changed in both copies". In a
    two-way merge nobody knows which copy changed it: "title differs between the copies"."""
    if isinstance(conflict, FieldConflict):
        what = (
            translate("ConflictDialog", "{field} differs between the copies")
            if two_way
            else translate("ConflictDialog", "{field} changed in both copies")
        ).format(field=field_words(conflict.field))
    elif isinstance(conflict, OrderConflict):
        what = (
            translate("ConflictDialog", "in a different place in each copy")
            if two_way
            else translate("ConflictDialog", "moved in both copies")
        )
    elif isinstance(conflict, DeletionConflict):
        what = (
            translate("ConflictDialog", "deleted in your copy, changed in theirs")
            if conflict.deleted_in is Side.OURS
            else translate("ConflictDialog", "deleted in their copy, changed in yours")
        )
    elif isinstance(conflict, PresenceConflict):
        what = (
            translate("ConflictDialog", "only in your copy")
            if conflict.only_in is Side.OURS
            else translate("ConflictDialog", "only in their copy")
        )
    else:
        what = translate("ConflictDialog", "changed in both copies")
    return what


def option_side(conflict: Conflict, option: str) -> Side:
    """Whose version an option keeps: "keep" a card they deleted keeps yours."""
    if isinstance(conflict, DeletionConflict):
        keeps_it = option == "keep"
        # Keeping it is what the copy that did not delete it has.
        return conflict.deleted_in.other if keeps_it else conflict.deleted_in
    if isinstance(conflict, PresenceConflict):
        return conflict.only_in if option == "keep" else conflict.only_in.other
    return Side.THEIRS if option == "theirs" else Side.OURS


def option_for_side(conflict: Conflict, side: Side) -> str:
    """The option of a conflict that keeps `side`'s version."""
    return next(o for o in conflict.options if option_side(conflict, o) is side)


def _place(after: str | None, label: str) -> str:
    if after is None:
        return translate("ConflictDialog", "first")
    return translate("ConflictDialog", "after {name}").format(name=show_value(label or after))


def option_text(conflict: Conflict, option: str) -> str:
    """The words of a choice, with "&mine" / "&theirs" as its keyboard shortcut; text
    from the file has its "&" doubled so it never becomes one."""
    side = option_side(conflict, option)
    keep = (
        translate("ConflictDialog", "Keep &mine")
        if side is Side.OURS
        else (translate("ConflictDialog", "Keep &theirs"))
    )
    if isinstance(conflict, FieldConflict):
        worded = conflict.ours_words if side is Side.OURS else conflict.theirs_words
        if worded:
            detail = worded
        elif conflict.field in _PLACE_FIELDS:
            detail = (
                translate("ConflictDialog", "as in your copy")
                if side is Side.OURS
                else translate("ConflictDialog", "as in their copy")
            )
        else:
            detail = show_value(conflict.ours if side is Side.OURS else conflict.theirs)
    elif isinstance(conflict, OrderConflict):
        if side is Side.OURS:
            detail = _place(conflict.ours_after, conflict.ours_after_label)
        else:
            detail = _place(conflict.theirs_after, conflict.theirs_after_label)
    elif isinstance(conflict, DeletionConflict):
        if option == "keep":
            detail = translate("ConflictDialog", "keep it, with the changes made to it")
        elif conflict.deleted_in is Side.OURS:  # you deleted it: mine leaves it so
            detail = (
                translate("ConflictDialog", "leave it deleted, with what is inside it")
                if conflict.key.kind in _CONTAINERS
                else translate("ConflictDialog", "leave it deleted")
            )
        else:
            detail = (
                translate("ConflictDialog", "delete it, with what is inside it")
                if conflict.key.kind in _CONTAINERS
                else translate("ConflictDialog", "delete it")
            )
    elif isinstance(conflict, PresenceConflict):
        if option == "keep":
            detail = translate("ConflictDialog", "keep it")
        else:
            detail = translate("ConflictDialog", "leave it out")
    else:
        detail = option
    return f"{keep}: {no_mnemonic(detail)}"


def where_words(conflict: Conflict, projects: Sequence[Project]) -> str:
    """Where a conflict is: "Map 'Online purchase', stage 'Decision'" (names from
    whichever copy still has them); "" for project-wide records."""
    map_title = stage_title = None
    for project in projects:
        for journey_map in project.maps:
            if journey_map.id != conflict.map_id:
                continue
            map_title = map_title or journey_map.title
            for stage in journey_map.stages:
                if stage.id == conflict.stage_id:
                    stage_title = stage_title or stage.name
    if map_title is None or conflict.key.kind is Kind.MAP:
        return ""
    text = translate("ConflictDialog", "On map {map}").format(map=show_value(map_title))
    if stage_title is not None and conflict.key.kind is not Kind.STAGE:
        text += translate("ConflictDialog", ", stage {stage}").format(stage=show_value(stage_title))
    return text


class ConflictDialog(QDialog):
    """The conflicts of a merge, resolved one by one; `choices()` after `exec()`.

    `chosen` holds the choice already made for each conflict (the merge's lossless
    defaults, or what a file's stored conflicts chose). With `can_defer`, a "Decide
    Later" button merges with those choices and keeps the conflicts in the project to
    resolve later; `deferred` tells whether it was pressed.
    """

    def __init__(
        self,
        conflicts: Sequence[Conflict],
        chosen: Mapping[str, str],
        *,
        other_name: str,
        projects: Sequence[Project] = (),
        two_way: bool = False,
        pending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflicts = list(conflicts)
        self._choices = {c.id: chosen.get(c.id, c.default) for c in self.conflicts}
        self._projects = list(projects)
        self.deferred = False
        count = len(self.conflicts)
        self.setWindowTitle(
            self.tr("Resolve merge conflicts")
            if pending
            else plain_title(self.tr("Merge {name}").format(name=other_name))
        )
        self.setModal(True)

        self._two_way = two_way
        heading = PlainLabel(
            self.tr("1 difference to choose from")
            if two_way and count == 1
            else self.tr("{count} differences to choose from").format(count=count)
            if two_way
            else self.tr("1 conflict to resolve")
            if count == 1
            else self.tr("{count} conflicts to resolve").format(count=count)
        )
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        if two_way:
            intro_text = self.tr(
                "mapstudio does not know where your copy and {name} started, so every "
                "difference is a choice. Each is set to keep what either copy has; change "
                "the ones you want otherwise."
            ).format(name=other_name)
        elif pending:
            intro_text = self.tr(
                "This file was merged with conflicts: both copies changed the same things. "
                "Each is set to the choice the merge made, which loses nothing; change the "
                "ones you want otherwise."
            )
        else:
            intro_text = self.tr(
                "Your copy and {name} both changed the same things: choose whose version "
                "to keep for each. Where one copy deleted what the other changed, it is "
                "kept unless you choose otherwise."
            ).format(name=other_name)
        intro = PlainLabel(intro_text)
        intro.setWordWrap(True)

        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setAccessibleName(self.tr("Differences") if two_way else self.tr("Conflicts"))
        self.list.setAlternatingRowColors(True)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for conflict in self.conflicts:
            item = QListWidgetItem()
            item.setToolTip(plain_tooltip(conflict.describe()))
            self.list.addItem(item)
            self._update_item(self.list.count() - 1)
        self.list.setMinimumWidth(300)
        self.list.currentRowChanged.connect(self._show)

        # The selected conflict: where, what happened, the two choices.
        self.position = PlainLabel()
        self.position.setObjectName("conflictPosition")
        self.where = PlainLabel()
        self.where.setWordWrap(True)
        self.description = PlainLabel()
        self.description.setObjectName("conflictDescription")
        self.description.setWordWrap(True)
        self.description.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        bold = self.description.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.description.setFont(bold)
        muted = self.position.palette()
        muted.setColor(self.position.foregroundRole(), muted.placeholderText().color())
        self.position.setPalette(muted)
        self.where.setPalette(muted)
        self.mine = QRadioButton()
        self.mine.setObjectName("keepMine")
        self.theirs = QRadioButton()
        self.theirs.setObjectName("keepTheirs")
        self.hint = PlainLabel()
        self.hint.setWordWrap(True)
        self.hint.setPalette(muted)
        self._group = QButtonGroup(self)
        self._group.addButton(self.mine)
        self._group.addButton(self.theirs)
        self.mine.toggled.connect(lambda on: self._choose(Side.OURS) if on else None)
        self.theirs.toggled.connect(lambda on: self._choose(Side.THEIRS) if on else None)

        self.previous_button = QPushButton(self.tr("&Previous"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.previous_button.setAutoDefault(False)
        self.next_button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.all_mine_button = QPushButton(self.tr("All Mine"))
        self.all_theirs_button = QPushButton(self.tr("All Theirs"))
        for button in (self.all_mine_button, self.all_theirs_button):
            button.setAutoDefault(False)
        if two_way:
            self.all_mine_button.setToolTip(self.tr("Keep your version in every difference"))
            self.all_theirs_button.setToolTip(self.tr("Keep their version in every difference"))
        else:
            self.all_mine_button.setToolTip(self.tr("Keep your version in every conflict"))
            self.all_theirs_button.setToolTip(self.tr("Keep their version in every conflict"))
        self.all_mine_button.clicked.connect(lambda: self.set_all(Side.OURS))
        self.all_theirs_button.clicked.connect(lambda: self.set_all(Side.THEIRS))

        detail = QFrame()
        detail.setObjectName("conflictDetail")
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_box = QVBoxLayout(detail)
        detail_box.setContentsMargins(16, 14, 16, 14)
        detail_box.setSpacing(8)
        detail_box.addWidget(self.position)
        detail_box.addWidget(self.description)
        detail_box.addWidget(self.where)
        detail_box.addSpacing(6)
        detail_box.addWidget(self.mine)
        detail_box.addWidget(self.theirs)
        detail_box.addWidget(self.hint)
        detail_box.addStretch(1)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        detail_box.addLayout(steps)

        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.list, 5)
        middle.addWidget(detail, 6)

        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            self.tr("Resolve") if pending else self.tr("Merge"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.accept_button.setDefault(True)
        self.later_button: QPushButton | None = None
        if not pending:
            self.later_button = buttons.addButton(
                self.tr("Decide Later"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.later_button.setAutoDefault(False)
            self.later_button.setToolTip(
                self.tr(
                    "Merge with these choices and keep the conflicts in the project, "
                    "to resolve them later"
                )
            )
            self.later_button.clicked.connect(self._defer)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        bulk = QHBoxLayout()
        bulk.addWidget(self.all_mine_button)
        bulk.addWidget(self.all_theirs_button)
        bulk.addStretch(1)
        bulk.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addLayout(bulk)
        self.resize(860, 440)
        if self.conflicts:
            self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choices ---------------------------------------------------------------------------

    def choices(self) -> dict[str, str]:
        """Conflict id -> the option chosen, for every conflict."""
        return dict(self._choices)

    def choose(self, index: int, side: Side) -> None:
        """Keep `side`'s version in conflict number `index`."""
        conflict = self.conflicts[index]
        self._choices[conflict.id] = option_for_side(conflict, side)
        self._update_item(index)
        if index == self.list.currentRow():
            self._show(index)

    def set_all(self, side: Side) -> None:
        for index in range(len(self.conflicts)):
            self.choose(index, side)

    def step(self, direction: int) -> None:
        row = self.list.currentRow() + direction
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _choose(self, side: Side) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts):
            conflict = self.conflicts[row]
            if option_side(conflict, self._choices[conflict.id]) is not side:
                self.choose(row, side)

    def _defer(self) -> None:
        self.deferred = True
        self.accept()

    # -- showing ---------------------------------------------------------------------------

    def _update_item(self, index: int) -> None:
        conflict = self.conflicts[index]
        side = option_side(conflict, self._choices[conflict.id])
        keeping = self.tr("keeping mine") if side is Side.OURS else self.tr("keeping theirs")
        item = self.list.item(index)
        # Two lines: the record, then what happened and the choice made.
        item.setText(
            f"{record_words(conflict)}\n{conflict_what(conflict, self._two_way)} · {keeping}"
        )

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self.conflicts):
            return
        conflict = self.conflicts[index]
        self.position.setText(
            (
                self.tr("Difference {number} of {count}")
                if self._two_way
                else self.tr("Conflict {number} of {count}")
            ).format(number=index + 1, count=len(self.conflicts))
        )
        self.description.setText(conflict.describe())
        where = where_words(conflict, self._projects)
        self.where.setText(where)
        self.where.setVisible(bool(where))
        chosen = option_side(conflict, self._choices[conflict.id])
        for button, side in ((self.mine, Side.OURS), (self.theirs, Side.THEIRS)):
            option = option_for_side(conflict, side)
            button.setText(option_text(conflict, option))
            button.setAccessibleName(button.text().replace("&", ""))
            button.blockSignals(True)
            button.setChecked(side is chosen)
            button.blockSignals(False)
        lossless = conflict.default
        if isinstance(conflict, DeletionConflict | PresenceConflict):
            whose = option_side(conflict, lossless)
            self.hint.setText(
                self.tr("Keeping it is recommended: nothing either of you did is lost.")
                if isinstance(conflict, DeletionConflict)
                else self.tr("Keeping it is recommended: nothing is lost.")
            )
            self.hint.setVisible(whose is not None)
        else:
            self.hint.hide()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.conflicts) - 1)


def summary_text(summary: MergeSummary, other_name: str, conflicts: int) -> tuple[str, str]:
    """The headline and the details of a merge's summary, e.g. "12 changes came in
    from 'anna.mapstudio': 3 cards added, 9 cards changed; 2 conflicts resolved."."""
    theirs = summary.theirs
    total = len(theirs.added) + len(theirs.changed) + len(theirs.removed) + len(theirs.moved)
    parts = []
    verbs = {
        "added": translate("ConflictDialog", "added"),
        "changed": translate("ConflictDialog", "changed"),
        "removed": translate("ConflictDialog", "removed"),
        "moved": translate("ConflictDialog", "moved"),
    }
    for verb, per_kind in theirs.counts().items():
        for kind, n in per_kind.items():
            parts.append(f"{_count(n, kind)} {verbs[verb]}")
    if total == 0:
        headline = translate("ConflictDialog", "Nothing new came in from {name}").format(
            name=other_name
        )
    elif total == 1:
        headline = translate("ConflictDialog", "1 change came in from {name}: {what}").format(
            name=other_name, what=", ".join(parts)
        )
    else:
        headline = translate(
            "ConflictDialog", "{count} changes came in from {name}: {what}"
        ).format(count=total, name=other_name, what=", ".join(parts))
    if conflicts == 1:
        headline += translate("ConflictDialog", "; 1 conflict resolved")
    elif conflicts:
        headline += translate("ConflictDialog", "; {count} conflicts resolved").format(
            count=conflicts
        )
    return headline + ".", "\n".join(summary.lines())


def _count(n: int, kind: str) -> str:
    singular = {
        "card": translate("ConflictDialog", "card"),
        "point": translate("ConflictDialog", "emotion point"),
        "asset": translate("ConflictDialog", "image"),
        "band": translate("ConflictDialog", "persona band"),
        "stage": translate("ConflictDialog", "stage"),
        "lane": translate("ConflictDialog", "lane"),
        "persona": translate("ConflictDialog", "persona"),
        "map": translate("ConflictDialog", "map"),
        "project": translate("ConflictDialog", "project setting"),
    }
    plural = {
        "card": translate("ConflictDialog", "cards"),
        "point": translate("ConflictDialog", "emotion points"),
        "asset": translate("ConflictDialog", "images"),
        "band": translate("ConflictDialog", "persona bands"),
        "stage": translate("ConflictDialog", "stages"),
        "lane": translate("ConflictDialog", "lanes"),
        "persona": translate("ConflictDialog", "personas"),
        "map": translate("ConflictDialog", "maps"),
        "project": translate("ConflictDialog", "project settings"),
    }
    noun = (singular if n == 1 else plural).get(kind, kind)
    return f"{n} {noun}"
