"""The Inspector dock edits the selection through commands: one undo step per edit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from mapstudio.edit import Document, UpdateCard
from mapstudio.fileformat import load_project
from mapstudio.model import Card, Channel, JourneyMap, LaneKind, MapKind, find_card
from mapstudio.ui.inspector import InspectorDock
from mapstudio.ui.personas_dock import PersonasDock
from mapstudio.ui.selection import SelectionModel, SelectionState
from mapstudio.ui.widgets import CARD_PALETTE, LevelPicker, mixed_text


@pytest.fixture
def document(example_path: Path) -> Document:
    return Document(load_project(example_path).project)


@pytest.fixture
def selection() -> SelectionModel:
    return SelectionModel()


@pytest.fixture
def inspector(
    qtbot: QtBot, document: Document, selection: SelectionModel
) -> Iterator[InspectorDock]:
    dock = InspectorDock(document, selection)
    qtbot.addWidget(dock)
    dock.resize(360, 800)
    dock.show()
    qtbot.waitExposed(dock)
    yield dock
    dock.dispose()


def current_map(document: Document) -> JourneyMap:
    return document.project.maps[0]


def cards_of(document: Document, kind: LaneKind) -> list[Card]:
    journey_map = current_map(document)
    lanes = {lane.id: lane.kind for lane in journey_map.lanes}
    return [card for card in journey_map.cards if lanes[card.lane_id] is kind]


def card(document: Document, card_id: str) -> Card:
    return find_card(current_map(document), card_id)


def select(selection: SelectionModel, document: Document, **ids: tuple[str, ...]) -> None:
    selection.set_state(SelectionState(map_id=current_map(document).id, **ids))


def type_and_enter(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace a line edit's text as a user would and press Return."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def click_dot(qtbot: QtBot, picker: LevelPicker, level: int) -> None:
    dots = picker.dots
    x = round(2 + (level - 1) * (dots.DIAMETER + dots.GAP) + dots.DIAMETER / 2)
    qtbot.mouseClick(dots, Qt.MouseButton.LeftButton, pos=QPoint(x, dots.height() // 2))


# -- one card ----------------------------------------------------------------------------


def test_editing_a_title_is_one_undo_step_and_undo_restores_it(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    page = inspector.pages["cards"]
    assert inspector.page is page
    assert page.title_edit.text() == pain.title
    steps = len(document.undo_labels)

    page.title_edit.setFocus()
    qtbot.keyClick(page.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.title_edit, "Prices feel fake")
    # Typing alone changes nothing: one command per edit session, not per keystroke.
    assert card(document, pain.id).title == pain.title
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Return)

    assert card(document, pain.id).title == "Prices feel fake"
    assert len(document.undo_labels) == steps + 1
    assert document.undo_label == "Rename Card"
    document.undo()
    assert card(document, pain.id).title == pain.title
    assert page.title_edit.text() == pain.title  # the field follows undo


def test_escape_reverts_the_field_and_changes_nothing(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    edit = inspector.pages["cards"].title_edit
    edit.setFocus()
    qtbot.keyClicks(edit, " (draft)")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == pain.title
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not document.can_undo


def test_body_commits_on_focus_out(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    page = inspector.pages["cards"]
    page.body_edit.setFocus()
    page.body_edit.selectAll()
    qtbot.keyClicks(page.body_edit, "Line one")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_Return)  # a new line, not a commit
    qtbot.keyClicks(page.body_edit, "Line two")
    assert card(document, pain.id).body == pain.body
    page.evidence_edit.setFocus()  # focus-out ends the edit
    page.body_edit.clearFocus()
    assert card(document, pain.id).body == "Line one\nLine two"
    assert len(document.undo_labels) == 1


def test_severity_picker_sets_the_severity(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = next(c for c in cards_of(document, LaneKind.PAIN_POINTS) if c.severity != 4)
    select(selection, document, card_ids=(pain.id,))
    page = inspector.pages["cards"]
    assert page.severity.isVisible() and not page.channel_combo.isVisible()
    click_dot(qtbot, page.severity, 4)
    assert card(document, pain.id).severity == 4
    assert "4" in page.severity.label.text()
    qtbot.keyClick(page.severity.dots, Qt.Key.Key_2)  # keys 1–5 set it too
    assert card(document, pain.id).severity == 2
    page.severity.clear_button.click()
    assert card(document, pain.id).severity is None
    assert len(document.undo_labels) == 3
    document.undo()
    assert card(document, pain.id).severity == 2
    assert page.severity.level() == 2


def test_channel_combo_sets_the_channel_of_a_touchpoint(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    touch = next(c for c in cards_of(document, LaneKind.TOUCHPOINTS) if c.channel != "email")
    select(selection, document, card_ids=(touch.id,))
    combo = inspector.pages["cards"].channel_combo
    assert combo.isVisible()
    assert not combo.itemIcon(combo.findData(Channel.EMAIL)).isNull()
    combo.setFocus()
    qtbot.keyClicks(combo, "Email")
    assert card(document, touch.id).channel is Channel.EMAIL
    assert document.undo_label == "Edit Card"


def test_kpi_figures_accept_numbers_and_empty_and_refuse_text(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    kpi = cards_of(document, LaneKind.KPIS)[0]
    select(selection, document, card_ids=(kpi.id,))
    page = inspector.pages["cards"]
    assert page.value_edit.isVisible() and page.unit_edit.isVisible()

    type_and_enter(qtbot, page.value_edit, "abc")
    assert card(document, kpi.id).value == kpi.value
    assert not document.can_undo
    assert inspector.status.isVisible() and "not a number" in inspector.status.text()
    assert page.value_edit.text() == "abc"  # kept for the user to fix

    type_and_enter(qtbot, page.value_edit, "3,5")
    assert card(document, kpi.id).value == 3.5
    assert not inspector.status.isVisible()
    type_and_enter(qtbot, page.target_edit, "")
    assert card(document, kpi.id).target is None
    type_and_enter(qtbot, page.unit_edit, "pts")
    assert card(document, kpi.id).unit == "pts"
    assert len(document.undo_labels) == 3


def test_tags_and_evidence(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    page = inspector.pages["cards"]
    type_and_enter(qtbot, page.tags_edit, "trust,  pricing , trust,")
    assert card(document, pain.id).tags == ("trust", "pricing")
    assert page.tags_edit.text() == "trust, pricing"  # shown as stored
    type_and_enter(qtbot, page.evidence_edit, "Survey Q3, n=412")
    assert card(document, pain.id).evidence == "Survey Q3, n=412"


def test_colour_from_the_palette_and_back_to_the_kind_default(
    inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    button = inspector.pages["cards"].color_button
    button.swatches[0].click()
    assert card(document, pain.id).color == CARD_PALETTE[0][0]
    button.default_action.trigger()
    assert card(document, pain.id).color is None


def test_a_refused_edit_shows_a_plain_message(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    edit = inspector.pages["cards"].title_edit
    edit.setFocus()
    edit.setText("x" * 500)  # longer than a title may be
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert card(document, pain.id).title == pain.title
    assert inspector.status.isVisible()
    assert "Traceback" not in inspector.status.text()
    assert inspector.status.text()
    assert edit.text() == "x" * 500  # kept, to shorten
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == pain.title
    assert not document.can_undo


def test_fields_follow_changes_made_elsewhere_but_keep_what_the_user_types(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    page = inspector.pages["cards"]
    map_id = current_map(document).id
    document.execute(UpdateCard(map_id, pain.id, {"title": "From the canvas"}))
    assert page.title_edit.text() == "From the canvas"

    inspector.activateWindow()
    page.title_edit.setFocus()
    qtbot.waitUntil(page.title_edit.hasFocus)
    qtbot.keyClick(page.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(page.title_edit, " and more")
    document.execute(UpdateCard(map_id, pain.id, {"body": "Changed elsewhere"}))
    assert page.title_edit.text() == "From the canvas and more"
    assert page.body_edit.toPlainText() == "Changed elsewhere"


def test_changing_the_selection_finishes_the_edit_on_the_previous_card(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    first, second = cards_of(document, LaneKind.PAIN_POINTS)[:2]
    select(selection, document, card_ids=(first.id,))
    page = inspector.pages["cards"]
    page.title_edit.setFocus()
    qtbot.keyClick(page.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.title_edit, "Half-typed")
    select(selection, document, card_ids=(second.id,))
    assert card(document, first.id).title == "Half-typed"
    assert card(document, second.id).title == second.title
    assert page.title_edit.text() == second.title


# -- several cards ----------------------------------------------------------------------


def test_several_cards_edit_together_in_one_step(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    pains = cards_of(document, LaneKind.PAIN_POINTS)[:3]
    ids = tuple(c.id for c in pains)
    assert len({c.severity for c in pains}) > 1
    select(selection, document, card_ids=ids)
    page = inspector.pages["cards"]
    assert not page.title_edit.isVisible()
    assert page.severity.isVisible()
    assert page.severity.label.text() == mixed_text()

    click_dot(qtbot, page.severity, 5)
    assert [card(document, i).severity for i in ids] == [5, 5, 5]
    assert document.undo_label == "Edit 3 Cards"
    page.color_button.swatches[3].click()
    assert {card(document, i).color for i in ids} == {CARD_PALETTE[3][0]}
    assert len(document.undo_labels) == 2
    document.undo()
    document.undo()
    assert [card(document, i).severity for i in ids] == [c.severity for c in pains]
    assert [card(document, i).color for i in ids] == [c.color for c in pains]


def test_tags_of_several_cards_are_added_and_removed_for_all(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    map_id = current_map(document).id
    a, b = cards_of(document, LaneKind.PAIN_POINTS)[:2]
    document.execute(UpdateCard(map_id, a.id, {"tags": ("shared", "only-a")}))
    document.execute(UpdateCard(map_id, b.id, {"tags": ("shared",)}))
    select(selection, document, card_ids=(a.id, b.id))
    page = inspector.pages["cards"]
    assert page.tags_edit.text() == "shared"
    assert "only-a" in page.tags_note.text()
    before = len(document.undo_labels)

    type_and_enter(qtbot, page.tags_edit, "new")
    assert card(document, a.id).tags == ("only-a", "new")
    assert card(document, b.id).tags == ("new",)
    assert len(document.undo_labels) == before + 1


def test_touchpoints_together_share_the_channel_combo(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    touches = cards_of(document, LaneKind.TOUCHPOINTS)[:4]
    select(selection, document, card_ids=tuple(c.id for c in touches))
    combo = inspector.pages["cards"].channel_combo
    assert combo.isVisible()
    combo.setFocus()
    qtbot.keyClicks(combo, "Phone")
    assert {card(document, c.id).channel for c in touches} == {Channel.PHONE}
    assert len(document.undo_labels) == 1


def test_cards_of_different_kinds_offer_only_common_fields(
    inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    ids = (cards_of(document, LaneKind.PAIN_POINTS)[0].id, cards_of(document, LaneKind.KPIS)[0].id)
    select(selection, document, card_ids=ids)
    page = inspector.pages["cards"]
    assert not page.severity.isVisible()
    assert not page.value_edit.isVisible()
    assert page.color_button.isVisible() and page.tags_edit.isVisible()


# -- emotion points, stages, lanes, bands ----------------------------------------------


def test_emotion_point_score_snaps_to_the_scale_with_its_label(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    point = next(p for p in current_map(document).emotion_points if p.score > -2)
    select(selection, document, point_ids=(point.id,))
    page = inspector.pages["points"]
    assert inspector.page is page
    page.slider.setFocus()
    qtbot.keyClick(page.slider, Qt.Key.Key_Home)
    moved = next(p for p in current_map(document).emotion_points if p.id == point.id)
    assert moved.score == -2
    assert page.score_label.text() == "\u22122 · Very negative"
    type_and_enter(qtbot, page.feeling_edit, "Furious")
    moved = next(p for p in current_map(document).emotion_points if p.id == point.id)
    assert moved.feeling == "Furious"
    assert len(document.undo_labels) == 2


def test_several_emotion_points_take_one_score_in_one_step(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    points = current_map(document).emotion_points[:3]
    select(selection, document, point_ids=tuple(p.id for p in points))
    page = inspector.pages["points"]
    assert not page.note_edit.isVisible()
    page.slider.setFocus()
    qtbot.keyClick(page.slider, Qt.Key.Key_End)
    ids = {p.id for p in points}
    scores = {p.score for p in current_map(document).emotion_points if p.id in ids}
    assert scores == {2}
    assert len(document.undo_labels) == 1


def test_stage_and_lane_rename(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    journey_map = current_map(document)
    stage = journey_map.stages[1]
    select(selection, document, stage_ids=(stage.id,))
    type_and_enter(qtbot, inspector.pages["stages"].name_edit, "Compare")
    assert current_map(document).stages[1].name == "Compare"
    assert document.undo_label == "Rename Stage"

    lane = journey_map.lanes[0]
    select(selection, document, lane_ids=(lane.id,))
    page = inspector.pages["lanes"]
    assert page.kind_label.text() == "Actions"
    type_and_enter(qtbot, page.title_edit, "Steps")
    assert current_map(document).lanes[0].title == "Steps"


def test_a_band_shows_its_persona_and_opens_it_in_the_personas_dock(
    qtbot: QtBot, document: Document, selection: SelectionModel
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    journey_map = current_map(document)
    inspector = InspectorDock(document, selection, window)
    personas = PersonasDock(document, selection, lambda: journey_map.id, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, personas)
    window.show()
    george = journey_map.bands[1]
    requested: list[str] = []
    inspector.persona_focus_requested.connect(requested.append)

    select(selection, document, persona_ids=(george,))
    page = inspector.pages["bands"]
    assert inspector.page is page
    assert page.name_label.text() == "George Whitfield"
    page.edit_button.click()
    assert requested == [george]
    assert personas.current_persona_id() == george
    inspector.dispose()
    personas.dispose()


def test_selected_items_that_vanish_leave_the_map_page(
    inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    from mapstudio.edit import DeleteCards

    pain = cards_of(document, LaneKind.PAIN_POINTS)[0]
    select(selection, document, card_ids=(pain.id,))
    document.execute(DeleteCards(current_map(document).id, (pain.id,)))
    assert inspector.page is inspector.pages["map"]
    document.undo()
    assert inspector.page is inspector.pages["cards"]


# -- the map ----------------------------------------------------------------------------


def test_map_properties_with_nothing_selected(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    select(selection, document)
    page = inspector.pages["map"]
    assert inspector.page is page
    type_and_enter(qtbot, page.title_edit, "As is")
    assert current_map(document).title == "As is"
    assert document.undo_label == "Rename Map"

    page.kind_combo.setFocus()
    qtbot.keyClicks(page.kind_combo, "Service")
    assert current_map(document).kind is MapKind.SERVICE_BLUEPRINT

    page.scenario_edit.setFocus()
    page.scenario_edit.selectAll()
    qtbot.keyClicks(page.scenario_edit, "Buying a sofa")
    qtbot.keyClick(page.scenario_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert current_map(document).scenario == "Buying a sofa"
    assert len(document.undo_labels) == 3


def test_the_emotion_scale_grows_with_labels_and_can_be_relabelled(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    select(selection, document)
    page = inspector.pages["map"]
    page.max_spin.setValue(3)
    scale = current_map(document).emotion_scale
    assert (scale.min, scale.max) == (-2, 3)
    assert scale.labels[:5] == ("Very negative", "Negative", "Neutral", "Positive", "Very positive")
    assert len(page.label_edits) == 6
    type_and_enter(qtbot, page.label_edits[0], "Ecstatic")  # the top step comes first
    assert current_map(document).emotion_scale.label(3) == "Ecstatic"
    document.undo()
    document.undo()
    assert current_map(document).emotion_scale.max == 2
    assert len(page.label_edits) == 5


def test_opportunity_impact_and_effort(
    qtbot: QtBot, inspector: InspectorDock, document: Document, selection: SelectionModel
) -> None:
    idea = cards_of(document, LaneKind.OPPORTUNITIES)[0]
    select(selection, document, card_ids=(idea.id,))
    page = inspector.pages["cards"]
    assert page.impact.isVisible() and page.effort.isVisible()
    assert not page.severity.isVisible()
    click_dot(qtbot, page.impact, 1)
    click_dot(qtbot, page.effort, 5)
    assert (card(document, idea.id).impact, card(document, idea.id).effort) == (1, 5)
    assert len(document.undo_labels) == 2


def test_the_dock_is_named_for_the_window_state(inspector: InspectorDock) -> None:
    assert inspector.objectName() == "inspector"
    assert inspector.windowTitle() == "Inspector"


def test_a_card_picture_is_embedded_downscaled_and_removed_in_undo_steps(
    qtbot, document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QFileDialog

    from mapstudio.ui.images import CARD_PICTURE_MAX_SIDE

    big = QImage(3200, 1200, QImage.Format.Format_RGB32)
    big.fill(QColor("#3A6EA5"))
    picture = tmp_path / "shelf.png"
    assert big.save(str(picture))
    journey_map = document.project.maps[0]
    card = journey_map.cards[0]
    selection = SelectionModel()
    dock = InspectorDock(document, selection)
    qtbot.addWidget(dock)
    selection.set_state(SelectionState(map_id=journey_map.id, card_ids=(card.id,)))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(picture), ""))
    )
    from mapstudio.ui.inspector.card_page import CardPage

    chooser = dock.findChild(CardPage)
    assert chooser is not None
    chooser._choose_picture()
    updated = next(c for c in document.project.maps[0].cards if c.id == card.id)
    asset = document.project.assets[updated.image_asset_id]
    assert max(asset.width, asset.height) == CARD_PICTURE_MAX_SIDE
    assert asset.mime == "image/jpeg" and asset.width == 1600 and asset.height == 600
    assert "1600 × 600 px" in chooser.picture_info.text()
    chooser._set_picture(None)
    cleared = next(c for c in document.project.maps[0].cards if c.id == card.id)
    assert cleared.image_asset_id is None and asset.id not in document.project.assets
    document.undo()
    assert document.project.assets[asset.id] == asset
