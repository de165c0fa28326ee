"""`mapstudio templates` and `mapstudio new`: the list, new files, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.cli.main import main
from mapstudio.fileformat import load_project
from mapstudio.model import integrity_problems
from mapstudio.templates import list_templates, template_names


def test_templates_prints_one_name_and_sentence_per_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    infos = list_templates()
    assert len(lines) == len(infos)
    for line, info in zip(lines, infos, strict=True):
        name, sentence = line.split(maxsplit=1)
        assert (name, sentence) == (info.name, info.sentence)


def test_new_writes_a_project_from_a_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "onboarding.mapstudio"
    assert main(["new", "--template", "saas-onboarding", "-o", str(path)]) == 0
    out = capsys.readouterr().out
    assert "created" in out and "saas-onboarding" in out and "50 example cards" in out
    result = load_project(path)
    assert result.warnings == ()
    assert integrity_problems(result.project) == []
    (journey_map,) = result.project.maps
    assert journey_map.cards and journey_map.emotion_points
    assert not journey_map.id.startswith("saas-onboarding"), "fresh ids"


def test_new_empty_keeps_the_structure_only(tmp_path: Path) -> None:
    path = tmp_path / "blueprint.mapstudio"
    assert main(["new", "-t", "service-blueprint", "--empty", "-o", str(path)]) == 0
    (journey_map,) = load_project(path).project.maps
    assert journey_map.cards == () and journey_map.emotion_points == ()
    assert {"Support team", "Systems"} <= {ln.title for ln in journey_map.lanes}


def test_new_defaults_to_the_blank_template(tmp_path: Path) -> None:
    path = tmp_path / "blank.mapstudio"
    assert main(["new", "-o", str(path)]) == 0
    (journey_map,) = load_project(path).project.maps
    assert len(journey_map.stages) == 5 and journey_map.cards == ()


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.mapstudio"
    path.write_text("precious", encoding="utf-8")
    assert main(["new", "-t", "b2b-buying", "-o", str(path)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "precious"
    assert main(["new", "-t", "b2b-buying", "-o", str(path), "--force"]) == 0
    assert load_project(path).project.title.startswith("B2B buying journey")


def test_new_with_an_unknown_template_lists_the_valid_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.mapstudio"
    assert main(["new", "-t", "kanban", "-o", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no template called 'kanban'" in err
    for name in template_names():
        assert name in err
    assert not path.exists()


def test_new_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-t", "blank"]) == 2
    assert "-o" in capsys.readouterr().err


def test_both_commands_are_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "templates" in out and "new" in out and "import" in out
