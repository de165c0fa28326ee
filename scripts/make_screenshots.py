"""Make the user guide's screenshots from the real app, and bundle the guide for Help.

    .venv/bin/python scripts/make_screenshots.py           # screenshots + bundle
    .venv/bin/python scripts/make_screenshots.py --bundle  # only copy the guide

Runs the app offscreen (mapstudio.ui.app.create_application, MainWindow), opens the
bundled example and grabs the window and its parts into docs/images/guide-*.png, so the
pictures in docs/user-guide/ always show the app as it is. Settings and recovery files go
to a temporary folder, so what the user saved (window layout, export choices) never
changes the pictures.

Then it copies the guide with the pages it links to (printing, file format) and their
images into resources/help/, flat, with image links rewritten; Help ▸ User Guide shows
that copy (docs/ itself is not in the wheel or the frozen app). A test checks the copy
is current.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDE_DIR = DOCS / "user-guide"
IMAGES = DOCS / "images"
HELP = ROOT / "resources" / "help"
MAX_BYTES = 400_000
# The guide and the pages it links to, as (source, name in resources/help).
BUNDLED_PAGES = (
    (GUIDE_DIR / "README.md", "guide.md"),
    (DOCS / "printing.md", "printing.md"),
    (DOCS / "file-format.md", "file-format.md"),
    (DOCS / "spreadsheets.md", "spreadsheets.md"),
)
_IMAGE_LINK = re.compile(r"\]\((?:\.\./)?images/([\w.-]+\.png)\)")
_PAGE_LINKS = {
    "../printing.md": "printing.md",
    "../file-format.md": "file-format.md",
    "../spreadsheets.md": "spreadsheets.md",
    "README.md": "guide.md",
    "../user-guide/README.md": "guide.md",
    "user-guide/README.md": "guide.md",
}


def bundled_text(source: Path) -> str:
    """A page as bundled: images and links point at the flat copies beside it."""
    text = source.read_text(encoding="utf-8")
    text = _IMAGE_LINK.sub(lambda m: f"]({m.group(1)})", text)
    for link, name in _PAGE_LINKS.items():
        text = text.replace(f"]({link})", f"]({name})").replace(f"]({link}#", f"]({name}#")
    return text


def bundled_files() -> dict[str, bytes]:
    """Every file of resources/help/ as it should be: name -> content."""
    files: dict[str, bytes] = {}
    for source, name in BUNDLED_PAGES:
        if not source.exists():
            continue
        text = bundled_text(source)
        files[name] = text.encode("utf-8")
        for image in _IMAGE_LINK.findall(source.read_text(encoding="utf-8")):
            if (IMAGES / image).exists():
                files[image] = (IMAGES / image).read_bytes()
    return files


def bundle_guide() -> list[Path]:
    """Write resources/help/ afresh from docs/."""
    if HELP.exists():
        shutil.rmtree(HELP)
    HELP.mkdir(parents=True)
    written = []
    for name, data in sorted(bundled_files().items()):
        (HELP / name).write_bytes(data)
        written.append(HELP / name)
    return written


# -- screenshots --------------------------------------------------------------------------


def _save(image: object, name: str) -> Path:
    """Save a QImage as docs/images/<name>, scaled down until it is under MAX_BYTES."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage)
    path = IMAGES / name
    # Full colour on purpose: a 256-colour palette shifts the card colours visibly.
    image.save(str(path), "PNG", 9)
    while path.stat().st_size > MAX_BYTES:
        image = image.scaledToWidth(
            int(image.width() * 0.85), Qt.TransformationMode.SmoothTransformation
        )
        image.save(str(path), "PNG", 9)
    size = path.stat().st_size // 1024
    print(f"{path.relative_to(ROOT)}  {image.width()}x{image.height()}  {size} KB")
    return path


def make_screenshots() -> list[Path]:
    state = tempfile.mkdtemp(prefix="mapstudio-shots-")
    os.environ["MAPSTUDIO_CONFIG_DIR"] = os.path.join(state, "config")
    os.environ["MAPSTUDIO_STATE_DIR"] = os.path.join(state, "state")
    os.environ["MAPSTUDIO_LOG_DIR"] = os.path.join(state, "log")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QLocale, QTimer
    from PySide6.QtWidgets import QApplication

    from mapstudio.resources import as_file, resource
    from mapstudio.ui.app import create_application
    from mapstudio.ui.main_window import MainWindow

    QLocale.setDefault(QLocale("en_GB"))  # A4 and mm in the pictures
    app = create_application([])

    def settle(ms: int = 150) -> None:
        # Let layouts, deferred previews and repaints run.
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()

    IMAGES.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    window = MainWindow()
    with as_file(resource("examples", "online-purchase.mapstudio")) as example:
        if not window.open_path(example):
            raise SystemExit("make_screenshots: could not open the example")
    window.resize(1440, 900)
    window.show()
    settle(300)
    window.view.fit_map()
    settle()
    out.append(_save(window.grab().toImage(), "guide-window.png"))

    window.view.zoom_actual_size()
    settle()
    out.append(_save(window.grab().toImage(), "guide-actual-size.png"))

    # A pain point selected: the inspector shows its fields.
    target = next(
        (card for card in window.current_map.cards if card.title.startswith("Surprise delivery")),
        window.current_map.cards[0],
    )
    item = window.scene.card_items[target.id]
    window.editor.select_only([item])
    window.view.centerOn(item)
    settle()
    out.append(_save(window.grab().toImage(), "guide-selection.png"))

    window.personas.show()
    window.personas.raise_()
    settle()
    out.append(_save(window.personas.grab().toImage(), "guide-personas.png"))

    window.palette.show()
    out.append(_save(window.palette.grab().toImage(), "guide-palette.png"))

    try:
        from mapstudio.ui.export_dialog import ExportPdfDialog
    except ImportError:
        ExportPdfDialog = None  # type: ignore[assignment,misc]
    if ExportPdfDialog is not None:
        dialog = ExportPdfDialog(window.project, window.current_map.id, None, window)
        # On A1 the example's text does not read from the wall: the dialog lists what
        # fails and offers the size that passes.
        dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("A1"))
        dialog.resize(1100, 820)
        dialog.show()
        settle(600)
        out.append(_save(dialog.grab().toImage(), "guide-export.png"))
        dialog.close()
        out.append(_reading_picture())

    from mapstudio.ui.help import ShortcutsDialog
    from mapstudio.ui.preferences import PreferencesDialog

    shortcuts = ShortcutsDialog(window)
    shortcuts.resize(620, 720)
    shortcuts.show()
    settle()
    out.append(_save(shortcuts.grab().toImage(), "guide-shortcuts.png"))
    shortcuts.close()

    prefs = PreferencesDialog(window)
    prefs.show()
    settle()
    out.append(_save(prefs.grab().toImage(), "guide-preferences.png"))
    prefs.close()

    out.append(_pictures_shot(window, settle))
    review = _photo_review_shot(settle)
    if review is not None:
        out.append(review)

    window.document.mark_clean()
    window.close()
    QApplication.processEvents()
    shutil.rmtree(state, ignore_errors=True)
    return out


def _reading_picture() -> Path:
    """A poster on a wall and the reading distance, drawn with Qt: the poster is the
    service blueprint template as the export lays it out (A0, read from 1.5 m)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

    from mapstudio.export import build_options, plan_export
    from mapstudio.fileformat import load_project
    from mapstudio.resources import as_file, resource
    from mapstudio.ui.export_dialog import PagePreview, render_map_image

    with as_file(resource("templates", "service-blueprint.mapstudio")) as path:
        project = load_project(path).project
    plan = plan_export(project, build_options(page=None))[0]
    preview = PagePreview()
    preview.show_plan(plan, render_map_image(plan.layout, 2400, project.assets))

    image = QImage(1600, 820, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    metre = 300.0  # pixels per metre in both panels
    floor = 740.0
    ink, muted, accent = QColor("#1F2933"), QColor("#5B6675"), QColor("#2563EB")

    def person(x: float, facing: float, colour: QColor) -> None:
        """A standing figure 1.75 m tall, feet at (x, floor), seen from the side."""
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        head = 0.23 * metre
        p.drawEllipse(QPointF(x + facing * 0.03 * metre, floor - 1.63 * metre), head / 2, head / 2)
        body = QPainterPath()
        body.addRoundedRect(
            QRectF(x - 0.15 * metre, floor - 1.48 * metre, 0.3 * metre, 0.68 * metre),
            0.1 * metre,
            0.1 * metre,
        )
        p.drawPath(body)
        p.drawRoundedRect(
            QRectF(x - 0.12 * metre, floor - 0.86 * metre, 0.24 * metre, 0.86 * metre),
            0.05 * metre,
            0.05 * metre,
        )

    # -- left: the poster on the wall, seen from the front ---------------------------
    p.fillRect(QRectF(0, 0, 760, floor), QColor("#EFEAE2"))
    p.fillRect(QRectF(0, floor, 760, 820 - floor), QColor("#C9B79C"))
    poster_w, poster_h = plan.media_w / 72 * 0.0254 * metre, plan.media_h / 72 * 0.0254 * metre
    left, top = (760 - poster_w) / 2, floor - 0.75 * metre - poster_h
    p.fillRect(QRectF(left + 4, top + 5, poster_w, poster_h), QColor(0, 0, 0, 40))
    p.save()
    p.translate(left, top)
    scale = poster_w / plan.media_w
    p.scale(scale, scale)
    preview._paint_poster(p, plan, scale)
    p.restore()
    person(600.0, -1.0, QColor(60, 72, 88, 215))
    p.setPen(muted)
    p.setFont(QFont("Noto Sans", 13))
    p.drawText(QRectF(20, 20, 720, 30), "An A0 poster of the service blueprint, at eye level")

    # -- right: the same from the side, with the distance and the rule ---------------
    wall = 880.0
    p.fillRect(QRectF(wall - 30, 0, 30, floor), QColor("#EFEAE2"))
    p.setPen(QPen(ink, 2))
    p.drawLine(QPointF(wall - 30, floor), QPointF(1580, floor))
    p.fillRect(QRectF(wall, top, 8, poster_h), QColor("#3A6EA5"))
    viewer = wall + 1.5 * metre
    person(viewer, -1.0, QColor("#5B6675"))
    p.setPen(muted)
    p.setFont(QFont("Noto Sans", 13))
    p.drawText(QRectF(wall + 20, floor - 40, 300, 30), "the same, from the side")
    eye = QPointF(viewer - 0.06 * metre, floor - 1.62 * metre)
    p.setPen(QPen(accent, 2, Qt.PenStyle.DashLine))
    for y in (top + 10, top + poster_h - 10):
        p.drawLine(eye, QPointF(wall + 8, y))
    p.setPen(QPen(ink, 2))
    y = floor + 30
    p.drawLine(QPointF(wall, y), QPointF(viewer, y))
    for x in (wall, viewer):
        p.drawLine(QPointF(x, y - 10), QPointF(x, y + 10))
    p.setFont(QFont("Noto Sans", 15, QFont.Weight.Bold))
    p.drawText(QRectF(wall, y + 10, viewer - wall, 30), Qt.AlignmentFlag.AlignCenter, "1.5 m")
    # The rule and its presets, above the sight lines.
    p.setPen(ink)
    p.setFont(QFont("Noto Sans", 20, QFont.Weight.Bold))
    p.drawText(QRectF(wall + 60, 12, 700, 40), "Capitals at least distance ÷ 250")
    p.setFont(QFont("Noto Sans", 13))
    rows = (
        ("at a workshop table", "0.7 m", "2.8 mm", "11.5 pt"),
        ("on the wall", "1.5 m", "6 mm", "24 pt"),
        ("across a corridor", "3 m", "12 mm", "47.5 pt"),
    )
    for i, (where, distance, cap, size) in enumerate(rows):
        p.setPen(ink if distance == "1.5 m" else muted)
        ty = 58 + 28 * i
        p.drawText(QRectF(wall + 60, ty, 260, 28), where)
        p.drawText(QRectF(wall + 330, ty, 90, 28), distance)
        p.drawText(QRectF(wall + 420, ty, 110, 28), cap)
        p.drawText(QRectF(wall + 530, ty, 120, 28), size)
    # A capital as the reader sees it, with its height.
    letter = QFont("Noto Sans", 72, QFont.Weight.Bold)
    p.setFont(letter)
    cap = QFontMetricsF(letter).capHeight()
    base = 560.0
    p.setPen(ink)
    p.drawText(QPointF(1400, base), "H")
    p.setPen(QPen(accent, 2))
    p.drawLine(QPointF(1500, base - cap), QPointF(1500, base))
    for yy in (base - cap, base):
        p.drawLine(QPointF(1492, yy), QPointF(1508, yy))
    p.setFont(QFont("Noto Sans", 13, QFont.Weight.Bold))
    p.drawText(QRectF(1514, base - cap / 2 - 14, 80, 28), Qt.AlignmentFlag.AlignVCenter, "6 mm")
    p.end()
    return _save(image, "print-reading-distance.png")


def _sketch(kind: str) -> object:
    """A small illustration drawn with Qt (no stock photos in the repository): a sofa
    for the product page, a van for delivery, a face for a persona photo."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPen

    image = QImage(640, 400 if kind != "face" else 640, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    sky = QLinearGradient(0, 0, 0, image.height())
    sky.setColorAt(0, QColor("#F3EFE7"))
    sky.setColorAt(1, QColor("#DCD3C3"))
    painter.fillRect(image.rect(), sky)
    painter.setPen(Qt.PenStyle.NoPen)
    if kind == "sofa":
        painter.setBrush(QColor("#3E6E8E"))
        painter.drawRoundedRect(QRectF(110, 120, 420, 150), 40, 40)
        painter.setBrush(QColor("#4F86A8"))
        painter.drawRoundedRect(QRectF(80, 200, 480, 110), 30, 30)
        painter.drawRoundedRect(QRectF(60, 170, 90, 150), 30, 30)
        painter.drawRoundedRect(QRectF(490, 170, 90, 150), 30, 30)
        painter.setBrush(QColor("#6B4F3A"))
        for x in (110, 510):
            painter.drawRect(QRectF(x, 310, 20, 40))
    elif kind == "van":
        painter.setBrush(QColor("#C8553D"))
        painter.drawRoundedRect(QRectF(70, 130, 360, 170), 18, 18)
        painter.drawRoundedRect(QRectF(420, 180, 150, 120), 24, 24)
        painter.setBrush(QColor("#BFD9EA"))
        painter.drawRoundedRect(QRectF(450, 195, 90, 50), 10, 10)
        painter.setBrush(QColor("#2B2B2B"))
        for x in (150, 470):
            painter.drawEllipse(QRectF(x, 270, 70, 70))
        painter.setPen(QPen(QColor("#FFFFFF"), 6))
        painter.drawLine(110, 215, 390, 215)
    else:
        painter.setBrush(QColor("#8C5A3C"))
        painter.drawEllipse(QRectF(170, 110, 300, 340))
        painter.setBrush(QColor("#2E2A28"))
        painter.drawChord(QRectF(150, 80, 340, 300), 0, 180 * 16)
        painter.setBrush(QColor("#3A6EA5"))
        painter.drawRoundedRect(QRectF(110, 470, 420, 260), 120, 120)
    painter.end()
    return image


def _pictures_shot(window: object, settle: object) -> Path:
    """Cards with pictures and a persona photo, at 100 %."""
    from mapstudio.ui.images import PHOTO_MAX_SIDE, image_asset, set_card_picture
    from mapstudio.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    journey_map = window.current_map
    # The first card of each title: the first persona's, shown at the top of the map.
    cards: dict[str, object] = {}
    for card in journey_map.cards:
        cards.setdefault(card.title, card)
    wanted = (("Product page on mobile", "sofa"), ("Dispatch email", "van"))
    for title, kind in wanted:
        card = cards.get(title)
        if card is not None:
            picture = image_asset(_sketch(kind))
            set_card_picture(window.document, journey_map.id, card, picture)  # type: ignore[arg-type]
    maya = window.document.project.personas[0]
    window.personas.set_photo(maya.id, image_asset(_sketch("face"), PHOTO_MAX_SIDE))
    window.editor.select_only([])
    window.view.zoom_actual_size()
    window.view.horizontalScrollBar().setValue(window.view.horizontalScrollBar().minimum())
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().minimum() + 40)
    settle(400)  # type: ignore[operator]
    return _save(window.grab().toImage(), "guide-pictures.png")


def _photo_review_shot(settle: object) -> Path | None:
    """The workshop photo review on two overlapping photos of a printed template.

    The photos come from the tests' generator of synthetic wall photos (a real poster
    export rendered by poppler's pdftoppm, notes stuck in its cells, seen by a tilted
    camera); one note straddles two cells, so the picture shows a note to check too.
    """
    if shutil.which("pdftoppm") is None:
        print("guide-photo-review.png skipped: poppler's pdftoppm is not installed")
        return None
    sys.path.insert(0, str(ROOT / "tests"))
    import numpy as np

    from mapstudio.fileformat import load_project
    from mapstudio.layout import Rect
    from mapstudio.photo import PhotoInput, analyse_photos
    from mapstudio.resources import as_file, resource
    from mapstudio.ui.images import decode_picture
    from mapstudio.ui.photo_review import PhotoReviewDialog
    from photo import synth  # type: ignore[import-not-found]

    with as_file(resource("templates", "service-blueprint.mapstudio")) as path:
        project = load_project(path).project
    poster = synth.render_poster(project, "blueprint", 75, page="A1", template=True)
    rng = np.random.default_rng(11)
    wall = synth.stick_notes(poster, rng, 10)
    # A pink note stuck over the line between two cells: the review asks about it.
    cells = synth.card_cells(poster)
    _key, cell = cells[len(cells) // 2]
    side = min(0.6 * cell.w, 0.6 * cell.h, 60 * synth.MM)
    straddling = Rect(cell.right - side / 2, cell.y + 0.3 * cell.h, side, side)
    synth._draw_note(wall.pixels, straddling, poster.px_per_pt, "pink", rng)
    w, h = poster.plan.trim_w, poster.plan.trim_h
    photos = []
    for number, view in enumerate((Rect(0, 0, 0.62 * w, h), Rect(0.38 * w, 0, 0.62 * w, h))):
        shot = synth.Shot(view, 10 if number else -10, 5, 3, (2250, 3000))
        photos.append(PhotoInput(f"wall-{number + 1}.jpg", synth.photograph(wall, shot, rng, 85)))
    found = analyse_photos(project, photos, ocr=False)
    dialog = PhotoReviewDialog(found, [decode_picture(p.data) for p in photos])
    # Titles as a designer types them (no OCR engine here).
    words = iter(("Router lights blink", "Waited 40 min", "Chat bot loops", "Engineer late"))
    for note in dialog.model.notes:
        if not note.uncertain:
            dialog.model.set_title(note.id, next(words, ""))
    dialog._fill_list()
    dialog.resize(1280, 800)
    dialog.show()
    settle(400)  # type: ignore[operator]
    dialog.list.setCurrentRow(0)
    settle(300)  # type: ignore[operator]
    shot = _save(dialog.grab().toImage(), "guide-photo-review.png")
    dialog.close()
    return shot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="only copy the guide")
    args = parser.parse_args(argv)
    if not args.bundle:
        make_screenshots()
    for path in bundle_guide():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
