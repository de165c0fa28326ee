"""The print-shop option, read back from the files: PDF/X-4 with a CMYK output intent,
text in black ink only, pictures in CMYK; RGB stays the default.

pikepdf inspects the structure (output intent, PDF/X keys, XMP); the content streams
are parsed for the colour in force at every text-showing operator; Ghostscript, where
installed, renders the ink separations through the output intent and shows that the
title's text adds no cyan, magenta or yellow.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.export.pdfx import profile_bytes
from mapstudio.model import Asset, Project

TODAY = dt.date(2025, 3, 14)
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
COLOUR_OPERATORS = {"g", "G", "rg", "RG", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"}


def _export(project: Project, path: Path, **kwargs: object) -> Path:
    export_pdf(project, path, build_options(**kwargs), today=TODAY)  # type: ignore[arg-type]
    return path


def _streams(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Every page and every form XObject (once), as objects `parse_content_stream` reads."""
    seen: set[tuple[int, int]] = set()

    def forms(resources: pikepdf.Object) -> Iterator[pikepdf.Object]:
        xobjects = resources.get("/XObject") if resources is not None else None
        if xobjects is None:
            return
        for _name, xobject in xobjects.items():
            if xobject.get("/Subtype") != "/Form" or xobject.objgen in seen:
                continue
            seen.add(xobject.objgen)
            yield xobject
            yield from forms(xobject.get("/Resources"))

    for page in pdf.pages:
        yield page.obj
        yield from forms(page.obj.get("/Resources"))


def _images(pdf: pikepdf.Pdf) -> list[pikepdf.Object]:
    return [
        obj
        for obj in pdf.objects
        if isinstance(obj, pikepdf.Stream) and obj.get("/Subtype") == "/Image"
    ]


def _text_colours(pdf: pikepdf.Pdf) -> list[tuple[str, tuple[float, ...]]]:
    """The fill colour (operator, operands) in force at every text-showing operator.

    Each content stream starts from the PDF default (black, DeviceGray); q and Q save
    and restore it. A form inherits its caller's colour, which in these files is always
    set again before any text.
    """
    found: list[tuple[str, tuple[float, ...]]] = []
    for stream in _streams(pdf):
        fill: tuple[str, tuple[float, ...]] = ("g", (0.0,))
        saved: list[tuple[str, tuple[float, ...]]] = []
        for operands, operator in pikepdf.parse_content_stream(stream):
            op = str(operator)
            if op == "q":
                saved.append(fill)
            elif op == "Q" and saved:
                fill = saved.pop()
            elif op in ("g", "rg", "k", "sc", "scn", "cs"):
                fill = (op, tuple(float(v) for v in operands if not isinstance(v, pikepdf.Name)))
            elif op in TEXT_SHOWING:
                found.append(fill)
    return found


def _colour_operators(pdf: pikepdf.Pdf) -> set[str]:
    return {
        str(operator)
        for stream in _streams(pdf)
        for _operands, operator in pikepdf.parse_content_stream(stream)
        if str(operator) in COLOUR_OPERATORS
    }


def test_the_print_shop_option_writes_pdf_x4_with_a_cmyk_output_intent(
    example: Project, tmp_path: Path
) -> None:
    out = _export(
        example, tmp_path / "shop.pdf", page="A1", bleed="3mm", crop_marks=True, pdfx=True
    )
    with pikepdf.open(out) as pdf:
        assert pdf.pdf_version >= "1.6"
        (intent,) = pdf.Root.OutputIntents
        assert intent.Type == "/OutputIntent"
        assert intent.S == "/GTS_PDFX"
        assert str(intent.OutputConditionIdentifier) == "FOGRA39"
        assert str(intent.RegistryName) == "http://www.color.org"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 4
        data = profile.read_bytes()
        assert data == profile_bytes()
        # An ICC output ("prtr") profile of CMYK data (ICC.1 header, bytes 12-19).
        assert data[12:16] == b"prtr" and data[16:20] == b"CMYK"
        assert str(pdf.docinfo["/GTS_PDFXVersion"]) == "PDF/X-4"
        assert pdf.docinfo["/Trapped"] == pikepdf.Name("/False")
        assert str(pdf.docinfo["/Title"]).strip()
        meta = pdf.open_metadata()
        assert meta["pdfxid:GTS_PDFXVersion"] == "PDF/X-4"
        assert meta.pdfx_status == "PDF/X-4"
        assert meta["pdf:Trapped"] == "False"
        assert meta["dc:title"] == str(pdf.docinfo["/Title"])
        assert meta["xmp:CreateDate"] and meta["xmp:ModifyDate"]
        assert meta["xmpMM:DocumentID"] and meta["xmpMM:VersionID"]
        assert pdf.Root.ViewerPreferences.PrintScaling == "/None"
        for page in pdf.pages:
            trim = [float(v) for v in page.obj.TrimBox]
            bleed = [float(v) for v in page.obj.BleedBox]
            media = [float(v) for v in page.obj.MediaBox]
            assert media[0] <= bleed[0] <= trim[0] and trim[2] <= bleed[2] <= media[2]
        # No colour left in RGB: every operator is CMYK (or the PDF default grey).
        assert not _colour_operators(pdf) & {"rg", "RG", "sc", "SC", "scn", "SCN", "cs", "CS"}
    # Fonts stay embedded (PDF/X forbids anything else).
    for row in (
        subprocess.run(
            ["pdffonts", str(out)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        if shutil.which("pdffonts")
        else []
    ):
        assert " yes yes " in row


def test_text_is_black_ink_only(example: Project, tmp_path: Path) -> None:
    out = _export(example, tmp_path / "shop.pdf", page="A3", tile="A4", pdfx=True)
    with pikepdf.open(out) as pdf:
        colours = _text_colours(pdf)
    assert len(colours) > 200
    for op, values in colours:
        assert op in ("k", "g"), (op, values)
        if op == "k":
            c, m, y, _k = values
            assert c == m == y == 0, values
    # The dark text colour is solid black, not a rich black of four inks.
    assert ("k", (0.0, 0.0, 0.0, 1.0)) in colours


def test_grey_lines_are_black_ink_only_and_colours_are_cmyk(
    example: Project, tmp_path: Path
) -> None:
    out = _export(example, tmp_path / "shop.pdf", page="A1", pdfx=True, map="Current state")
    strokes: list[tuple[float, ...]] = []
    fills: list[tuple[float, ...]] = []
    with pikepdf.open(out) as pdf:
        for stream in _streams(pdf):
            for operands, operator in pikepdf.parse_content_stream(stream):
                if str(operator) in ("K", "k"):
                    values = tuple(float(v) for v in operands)
                    (strokes if str(operator) == "K" else fills).append(values)
    # The cell borders (#D5D9DE) are a light black, and chromatic colours use C, M, Y.
    assert any(c == m == y == 0 and 0.05 < k < 0.3 for c, m, y, k in strokes)
    assert any(c > 0.3 for c, _m, _y, _k in strokes + fills)
    assert any(m > 0.3 for _c, m, _y, _k in strokes + fills)
    # Nothing anywhere is a rich black: dark areas of C, M and Y under a near-full K.
    for c, m, y, k in strokes + fills:
        assert not (k > 0.8 and c + m + y > 0.3), (c, m, y, k)


def _picture_project(project: Project) -> Project:
    png, jpeg = io.BytesIO(), io.BytesIO()
    Image.new("RGB", (600, 600), (200, 60, 40)).save(png, "PNG")
    Image.new("RGB", (640, 480), (40, 120, 200)).save(jpeg, "JPEG", quality=90)

    def asset(asset_id: str, mime: str, data: bytes, size: tuple[int, int]) -> Asset:
        return Asset(
            id=asset_id,
            mime=mime,
            data=data,
            width=size[0],
            height=size[1],
            sha256=hashlib.sha256(data).hexdigest(),
        )

    assets = {
        "photo": asset("photo", "image/png", png.getvalue(), (600, 600)),
        "shot": asset("shot", "image/jpeg", jpeg.getvalue(), (640, 480)),
    }
    personas = (project.personas[0].model_copy(update={"photo_asset_id": "photo"}),)
    journey_map = project.maps[0]
    card = journey_map.cards[0].model_copy(update={"image_asset_id": "shot"})
    changed = journey_map.model_copy(update={"cards": (card, *journey_map.cards[1:])})
    return project.model_copy(
        update={
            "assets": assets,
            "personas": personas + project.personas[1:],
            "maps": (changed,),
        }
    )


def test_pictures_are_converted_to_cmyk(example: Project, tmp_path: Path) -> None:
    project = _picture_project(example)
    rgb = _export(project, tmp_path / "office.pdf", page="A2")
    shop = _export(project, tmp_path / "shop.pdf", page="A2", pdfx=True)
    with pikepdf.open(rgb) as pdf:
        assert {str(i.ColorSpace) for i in _images(pdf)} == {"/DeviceRGB"}
    with pikepdf.open(shop) as pdf:
        images = _images(pdf)
        assert len(images) >= 2
        assert {str(i.ColorSpace) for i in images} == {"/DeviceCMYK"}
        # The red photo keeps its colour: magenta and yellow, little cyan.
        for image in images:
            picture = pikepdf.PdfImage(image).as_pil_image()
            assert picture.mode == "CMYK"
        reds = [
            pikepdf.PdfImage(i).as_pil_image().getpixel((5, 5))
            for i in images
            if "/DCTDecode" not in str(i.get("/Filter"))
        ]
        assert reds and all(m > 150 and y > 150 and c < 60 for c, m, y, _k in reds)


def test_rgb_stays_the_default(example: Project, tmp_path: Path) -> None:
    out = _export(example, tmp_path / "office.pdf", page="A2")
    with pikepdf.open(out) as pdf:
        assert "/OutputIntents" not in pdf.Root
        assert "/GTS_PDFXVersion" not in pdf.docinfo
        assert "rg" in _colour_operators(pdf)
        assert "k" not in _colour_operators(pdf)


def test_the_cli_writes_pdfx(example_path: Path, tmp_path: Path) -> None:
    from mapstudio.cli.export import run

    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "shop.pdf"
    assert run([str(example_path), "-o", str(target), "--page", "A2", "--pdfx"], out, err) == 0
    assert "PDF/X-4" in out.getvalue()
    assert PdfReader(target).trailer["/Root"]["/OutputIntents"]


@pytest.mark.skipif(shutil.which("gs") is None, reason="needs Ghostscript (gs)")
def test_ghostscript_prints_the_title_in_black_ink_alone(example: Project, tmp_path: Path) -> None:
    """Separations through the output intent: where the map title prints, the cyan,
    magenta and yellow plates get no ink beyond the title band's own tint."""
    options = build_options(page="A3", pdfx=True, map="Current state")
    plan = plan_export(example, options)[0]
    out = tmp_path / "shop.pdf"
    export_pdf(example, out, options, today=TODAY)
    dpi = 100
    subprocess.run(
        [
            "gs",
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-dPDFSTOPONERROR",
            "-dUsePDFX3Profile",
            "-sDEVICE=tiffsep",
            f"-r{dpi}",
            f"-sOutputFile={tmp_path / 'sep.tif'}",
            str(out),
        ],
        check=True,
        timeout=300,
        capture_output=True,
    )
    px = dpi / 72
    title = plan.title.lines[0]
    assert title.text == "Current state"
    box = (
        round((plan.title_x + title.x) * px),
        round((plan.title_y + title.y_baseline - title.font.size * 0.72) * px),
        round((plan.title_x + title.x + title.width) * px),
        round((plan.title_y + title.y_baseline) * px),
    )
    # Plates hold 255 where there is no ink; the band's tint is the background.
    background = (box[0], box[1] - 3, box[2], box[1] - 1)
    with Image.open(tmp_path / "sep(Black).tif") as black:
        assert black.crop(box).getextrema()[0] < 60  # the title is there, in black
    for ink in ("Cyan", "Magenta", "Yellow"):
        with Image.open(tmp_path / f"sep({ink}).tif") as plate:
            tint = plate.crop(background).getextrema()[0]
            most = plate.crop(box).getextrema()[0]
            assert most >= tint - 2, f"the title adds {ink.lower()} ink"
