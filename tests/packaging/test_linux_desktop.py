"""The Linux desktop integration files: .desktop entry, MIME type, icons, install script."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "mapstudio.desktop"
MIME_XML = LINUX / "mapstudio-mime.xml"
HICOLOR = LINUX / "icons" / "hicolor"
MIME_TYPE = "application/x-mapstudio+json"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
EXAMPLE = ROOT / "resources" / "examples" / "online-purchase.mapstudio"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_project_files() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "mapstudio"
    assert entry["Exec"].split() == ["mapstudio", "%f"]
    assert entry["Icon"] == "mapstudio"
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Terminal"] == "false"


def test_mime_type_names_the_extension_and_json() -> None:
    root = ET.parse(MIME_XML).getroot()
    types = root.findall("m:mime-type", NS)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    mime = types[0]
    assert [g.get("pattern") for g in mime.findall("m:glob", NS)] == ["*.mapstudio"]
    assert [s.get("type") for s in mime.findall("m:sub-class-of", NS)] == ["application/json"]
    assert mime.find("m:comment", NS) is not None


def test_mime_magic_matches_a_real_project_file() -> None:
    match = ET.parse(MIME_XML).getroot().find("m:mime-type/m:magic/m:match", NS)
    assert match is not None and match.get("type") == "string"
    start, end = (int(n) for n in match.get("offset", "0").split(":"))
    needle = match.get("value", "").encode()
    head = EXAMPLE.read_bytes()[: end + len(needle)]
    found = head.find(needle)
    assert start <= found <= end, (needle, head[:80])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icon_of_every_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / "mapstudio.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (size, size)


def test_scalable_icon_is_the_app_svg() -> None:
    svg = HICOLOR / "scalable" / "apps" / "mapstudio.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "mapstudio.svg").read_bytes()


def test_desktop_file_validate_passes() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (apt package desktop-file-utils)")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_desktop_file_validate_passes_when_installed(tmp_path: Path) -> None:
    install = shutil.which("desktop-file-install")
    validate = shutil.which("desktop-file-validate")
    if install is None or validate is None:
        pytest.skip("desktop-file-utils is not installed")
    target = tmp_path / "applications"
    subprocess.run(
        [install, "--dir", str(target), "--rebuild-mime-info-cache", str(DESKTOP)], check=True
    )
    installed = target / "mapstudio.desktop"
    result = subprocess.run([validate, str(installed)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{MIME_TYPE}=mapstudio.desktop;" in (target / "mimeinfo.cache").read_text()


def test_installed_mime_type_recognises_project_files(tmp_path: Path) -> None:
    """shared-mime-info, once installed, types a project file by name and by content."""
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database is not installed (apt package shared-mime-info)")
    packages = tmp_path / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    subprocess.run([tool, str(tmp_path / "share" / "mime")], check=True, capture_output=True)
    unnamed = tmp_path / "project-without-extension"
    unnamed.write_bytes(EXAMPLE.read_bytes())
    # Qt reads the freedesktop database from XDG_DATA_DIRS once per process: a child.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for p in sys.argv[1:]:\n"
        "    t = db.mimeTypeForFile(p)\n"
        "    print(t.name(), t.inherits('application/json'))\n"
    )
    env = dict(os.environ, XDG_DATA_DIRS=f"{tmp_path / 'share'}:/usr/share")
    out = subprocess.run(
        [sys.executable, "-c", script, str(EXAMPLE), str(unnamed)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split("\n")
    assert out[:2] == [f"{MIME_TYPE} True", f"{MIME_TYPE} True"]


def test_install_script_is_valid_shell() -> None:
    script = LINUX / "install.sh"
    assert os.access(script, os.X_OK)
    subprocess.run(["sh", "-n", str(script)], check=True)


def test_spec_builds_an_executable_named_mapstudio() -> None:
    spec = (ROOT / "packaging" / "mapstudio.spec").read_text(encoding="utf-8")
    compile(spec, "mapstudio.spec", "exec")
    assert 'name="mapstudio"' in spec
    for folder in ("fonts", "icons", "templates", "examples"):
        assert (ROOT / "resources" / folder).is_dir()
    assert "mapstudio.resources" in spec
