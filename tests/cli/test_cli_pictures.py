"""`mapstudio export` of a project with a damaged picture: every format completes, and
the warning names the card (issue 12, finding 7: the colour PDF used to fail with a
message that blamed writing)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from mapstudio.cli.main import main
from mapstudio.fileformat import load_project, save_project
from mapstudio.model import Asset


@pytest.fixture
def damaged_project(example_path: Path, tmp_path: Path) -> tuple[Path, str]:
    """The example with a JPEG cut in half on its first card; the path and card title."""
    buffer = BytesIO()
    Image.effect_noise((320, 200), 60).convert("RGB").save(buffer, "JPEG")
    data = buffer.getvalue()
    asset = Asset.from_bytes(data[: len(data) // 2], "image/jpeg", 320, 200)
    project = load_project(example_path).project
    journey = project.maps[0]
    card = journey.cards[0]
    cards = (card.model_copy(update={"image_asset_id": asset.id}), *journey.cards[1:])
    project = project.model_copy(
        update={
            "maps": (journey.model_copy(update={"cards": cards}), *project.maps[1:]),
            "assets": {asset.id: asset},
        }
    )
    path = tmp_path / "damaged.mapstudio"
    save_project(project, path)
    return path, card.title


@pytest.mark.parametrize(
    ("name", "extra"),
    [
        ("colour.pdf", []),
        ("grey.pdf", ["--grayscale"]),
        ("map.png", ["--dpi", "72"]),
        ("map.svg", []),
    ],
)
def test_a_damaged_picture_is_a_warning_not_a_failure(
    capsys: pytest.CaptureFixture[str],
    damaged_project: tuple[Path, str],
    tmp_path: Path,
    name: str,
    extra: list[str],
) -> None:
    path, title = damaged_project
    out = tmp_path / name
    status = main(["export", str(path), "-o", str(out), "--map", "Current state", *extra])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert out.exists() and out.stat().st_size > 0
    warnings = [line for line in captured.err.splitlines() if "warning:" in line]
    assert any(title in w and "could not be read" in w for w in warnings), captured.err
    assert "cannot write" not in captured.err
