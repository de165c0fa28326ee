"""Fixtures of the layout tests: a small map with every kind of card, and its layout."""

from __future__ import annotations

import pytest
from layout_maps import sample_project

from mapstudio.layout import BundledFontMeasurer, MapLayout, layout
from mapstudio.model import Project


@pytest.fixture(scope="session")
def measurer() -> BundledFontMeasurer:
    return BundledFontMeasurer()


@pytest.fixture()
def project() -> Project:
    return sample_project()


@pytest.fixture()
def laid_out(project: Project, measurer: BundledFontMeasurer) -> MapLayout:
    return layout(project.maps[0], project, measurer=measurer)
