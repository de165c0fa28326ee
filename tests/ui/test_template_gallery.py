"""File > New from Template: the gallery lists every template with a picture and returns
the chosen project, with or without its example content."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mapstudio.model import integrity_problems
from mapstudio.templates import list_templates, load_template
from mapstudio.ui.template_gallery import (
    NAME_ROLE,
    TemplateGalleryDialog,
    template_thumbnail,
    wrap_lines,
)


@pytest.fixture
def gallery(qtbot) -> TemplateGalleryDialog:  # type: ignore[no-untyped-def]
    dialog = TemplateGalleryDialog()
    qtbot.addWidget(dialog)
    return dialog


def test_lists_every_template_in_order(gallery: TemplateGalleryDialog) -> None:
    assert gallery.template_names() == [info.name for info in list_templates()]
    assert gallery.selected_name() == "blank", "the blank map is preselected"
    item = gallery.list.item(1)
    info = list_templates()[1]
    assert item.text() == info.title
    assert item.toolTip() == info.sentence


@pytest.mark.parametrize("name", [info.name for info in list_templates()])
def test_every_thumbnail_shows_a_map(qapp, name: str) -> None:  # type: ignore[no-untyped-def]
    image = template_thumbnail(name)
    assert not image.isNull()
    assert image.width() > 0 and image.height() > 0
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert len(colours) > 20, "stage headers, lanes and cards, not an empty tile"
    assert template_thumbnail(name) is image, "cached"


def test_create_returns_the_chosen_template_with_its_content(
    gallery: TemplateGalleryDialog,
) -> None:
    gallery.select("saas-onboarding")
    gallery.create_button.click()
    assert gallery.result() == TemplateGalleryDialog.DialogCode.Accepted
    project = gallery.chosen()
    assert project is not None
    template = load_template("saas-onboarding")
    assert project.title == template.title
    assert integrity_problems(project) == []
    (journey_map,) = project.maps
    assert len(journey_map.cards) == len(template.maps[0].cards) > 0
    assert journey_map.id != template.maps[0].id, "a new project, not the template itself"


def test_without_example_content_keeps_the_structure(gallery: TemplateGalleryDialog) -> None:
    gallery.select("service-blueprint")
    gallery.without_content.setChecked(True)
    gallery.accept()
    project = gallery.chosen()
    assert project is not None
    (journey_map,) = project.maps
    (template_map,) = load_template("service-blueprint").maps
    assert journey_map.cards == () and journey_map.emotion_points == ()
    assert [s.name for s in journey_map.stages] == [s.name for s in template_map.stages]
    assert [ln.title for ln in journey_map.lanes] == [ln.title for ln in template_map.lanes]
    assert len(project.personas) == 1


def test_double_click_creates(gallery: TemplateGalleryDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    gallery.show()
    qtbot.waitExposed(gallery)
    item = gallery.list.item(3)
    centre = gallery.list.visualItemRect(item).center()
    viewport = gallery.list.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert gallery.selected_name() == item.data(NAME_ROLE)
    project = gallery.chosen()
    assert project is not None
    assert project.title == load_template(item.data(NAME_ROLE)).title


def test_cancel_chooses_nothing(gallery: TemplateGalleryDialog) -> None:
    gallery.select("b2b-buying")
    gallery.reject()
    assert gallery.chosen() is None


def test_unknown_names_cannot_be_selected(gallery: TemplateGalleryDialog) -> None:
    with pytest.raises(KeyError):
        gallery.select("kanban")


def test_the_gallery_paints(gallery: TemplateGalleryDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    gallery.show()
    qtbot.waitExposed(gallery)
    image = gallery.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 50


def test_sentences_wrap_without_cutting_a_line(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    metrics = QFontMetrics(QFont())
    text = "one two three four five six seven eight nine ten eleven twelve " * 4
    lines = wrap_lines(text, metrics, 120, max_lines=3)
    assert len(lines) == 3
    assert all(metrics.horizontalAdvance(line) <= 120 for line in lines)
    assert lines[-1].endswith("…")
    assert wrap_lines("short", metrics, 120) == ["short"]
