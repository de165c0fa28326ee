"""Make the user guide's screenshots from the real app, and bundle the guide for Help.

    .venv/bin/python scripts/make_screenshots.py           # screenshots + bundle
    .venv/bin/python scripts/make_screenshots.py --bundle  # only copy the guide
    .venv/bin/python scripts/make_screenshots.py --photo-review  # only that picture

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
from collections.abc import Callable
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
    (DOCS / "working-with-colleagues.md", "working-with-colleagues.md"),
)
_IMAGE_LINK = re.compile(r"\]\((?:\.\./)?images/([\w.-]+\.png)\)")
_PAGE_LINKS = {
    "../printing.md": "printing.md",
    "../file-format.md": "file-format.md",
    "../spreadsheets.md": "spreadsheets.md",
    "../working-with-colleagues.md": "working-with-colleagues.md",
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


def _start_app() -> tuple[str, Callable[..., None]]:
    """The app, offscreen, with settings in a temporary folder; returns that folder and
    a function that lets layouts, deferred previews and repaints run."""
    state = tempfile.mkdtemp(prefix="mapstudio-shots-")
    os.environ["MAPSTUDIO_CONFIG_DIR"] = os.path.join(state, "config")
    os.environ["MAPSTUDIO_STATE_DIR"] = os.path.join(state, "state")
    os.environ["MAPSTUDIO_LOG_DIR"] = os.path.join(state, "log")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QLocale, QTimer

    from mapstudio.ui.app import create_application

    QLocale.setDefault(QLocale("en_GB"))  # A4 and mm in the pictures
    app = create_application([])

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        app.processEvents()

    IMAGES.mkdir(parents=True, exist_ok=True)
    return state, settle


def make_photo_review_screenshot() -> list[Path]:
    """Only guide-photo-review.png (it needs no window on the example)."""
    state, settle = _start_app()
    shot = _photo_review_shot(settle)
    shutil.rmtree(state, ignore_errors=True)
    return [shot] if shot is not None else []


def make_screenshots() -> list[Path]:
    state, settle = _start_app()
    from PySide6.QtWidgets import QApplication

    from mapstudio.resources import as_file, resource
    from mapstudio.ui.main_window import MainWindow

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

    window.palette_dock.show()
    out.append(_save(window.palette_dock.grab().toImage(), "guide-palette.png"))

    try:
        from mapstudio.ui.export_dialog import ExportPdfDialog
    except ImportError:
        ExportPdfDialog = None  # type: ignore[assignment,misc]
    if ExportPdfDialog is not None:
        dialog = ExportPdfDialog(window.project, window.current_map.id, None, window)
        # On A0 the example's titles do not read from the wall: the dialog lists what
        # fails and offers the size that passes.
        dialog.form.page_combo.setCurrentIndex(dialog.form.page_combo.findData("A0"))
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
    out.append(_compare_shot(window, settle))
    out.append(_merge_shot(window, settle))
    review = _photo_review_shot(settle)
    if review is not None:
        out.append(review)

    window.document.mark_clean()
    window.close()
    QApplication.processEvents()
    shutil.rmtree(state, ignore_errors=True)
    return out


def _compare_shot(window: object, settle: object) -> Path:
    """View ▸ Compare With… the future state: marks, legend and the Changes dock."""
    from mapstudio.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.select_map("current-map")
    compare = window.compare
    if not compare.compare_with_map("future-map"):
        raise SystemExit("make_screenshots: could not compare the example's maps")
    settle(300)  # type: ignore[operator]
    for _ in range(3):
        compare.step(1)
    compare.view.zoom_actual_size()
    legend = compare.legend_item
    assert legend is not None
    top_left = legend.sceneBoundingRect().topLeft()
    compare.view.horizontalScrollBar().setValue(compare.view.horizontalScrollBar().minimum())
    compare.view.centerOn(top_left.x() + compare.view.viewport().width() / 2 - 30, 0)
    compare.view.verticalScrollBar().setValue(compare.view.verticalScrollBar().minimum())
    settle(300)  # type: ignore[operator]
    shot = _save(window.grab().toImage(), "guide-compare.png")
    compare.stop()
    settle()  # type: ignore[operator]
    return shot


def _reading_picture() -> Path:
    """The example's poster on a wall, the reading distance and a card title's cap height
    (scripts/make_wall_picture.py)."""
    from PySide6.QtGui import QImage

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from make_wall_picture import draw

    with tempfile.TemporaryDirectory() as folder:
        path = draw(Path(folder) / "wall.png")
        return _save(QImage(str(path)), "print-reading-distance.png")


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


def _merge_shot(window: object, settle: object) -> Path:
    """The conflict dialog of File ▸ Merge a Copy…: the example and a colleague's copy,
    both changed from the same version; a card deleted here and edited there shown."""
    from mapstudio.compare import merge
    from mapstudio.edit import DeleteCards, UpdateCard
    from mapstudio.fileformat import load_project
    from mapstudio.model import Project
    from mapstudio.resources import as_file, resource
    from mapstudio.ui.merge_dialog import ConflictDialog

    with as_file(resource("examples", "online-purchase.mapstudio")) as example:
        base = load_project(example).project
    journey_map = base.maps[0]
    cards = {card.title: card.id for card in journey_map.cards}

    def edit(project: Project, name: str, **changes: object) -> Project:
        return UpdateCard(journey_map.id, cards[name], changes).apply(project)

    ours = edit(base, "Guest checkout", title="Guest checkout on every device")
    ours = DeleteCards(journey_map.id, (cards["Forced account creation"],)).apply(ours)
    ours = edit(ours, "Delivery cost not shown on the product page", severity=4)
    theirs = edit(base, "Guest checkout", title="Guest checkout & saved addresses")
    theirs = edit(
        theirs,
        "Forced account creation",
        title="Forced account creation before payment",
        severity=5,
    )
    theirs = edit(theirs, "Delivery cost not shown on the product page", severity=2)
    result = merge(base, ours, theirs)
    dialog = ConflictDialog(
        result.conflicts,
        result.choices,
        other_name="'journey-anna.mapstudio'",
        projects=(ours, theirs),
        parent=window,  # type: ignore[arg-type]
    )
    dialog.list.setCurrentRow(1)
    dialog.show()
    settle(300)  # type: ignore[operator]
    path = _save(dialog.grab().toImage(), "guide-merge-conflicts.png")
    dialog.close()
    return path


# The notes of the review's picture: (lane title, stage, what is written on the note),
# for the service blueprint "Broadband fault: report to repair". One note a cell, in
# cells that are not side by side, so each note's tag above it has room.
REVIEW_NOTES = (
    ("Customer actions", "Notice the fault", "Router lights blink"),
    ("Customer actions", "Diagnose", "Restarts router"),
    ("Frontstage", "Report", "Chat bot loops"),
    ("Frontstage", "Engineer visit", "Engineer late"),
    ("Pain points", "Report", "Waited 40 min"),
    ("Pain points", "Follow-up", "No text update"),
    ("Backstage staff", "Diagnose", "Line test fails"),
    ("Systems", "Notice the fault", "Outage map wrong"),
    ("Opportunities", "Engineer visit", "Book a slot"),
)
# A note stuck over the line between two cells: the review asks where it belongs.
STRADDLING_NOTE = ("Support team", "Report", "Call back?")


def _photo_review_shot(settle: object) -> Path | None:
    """The workshop photo review on two overlapping photos of a printed template.

    The photos come from the tests' generator of synthetic wall photos (a real poster
    export, with its photo marks, rendered by poppler's pdftoppm; notes stuck in its
    cells; seen by a tilted camera). The notes say what a workshop on the blueprint
    would write, and the titles in the list are what is written on each note (as a
    designer types them: there is no OCR engine here); one note straddles two cells,
    so the picture shows a note to check too.
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
    journey_map = project.maps[0]
    poster = synth.render_poster(project, "blueprint", 75, page="A1", template=True)
    rng = np.random.default_rng(11)
    lanes = {lane.title: lane.id for lane in journey_map.lanes}
    stages = {stage.name: stage.id for stage in journey_map.stages}
    cells = {(key.lane_id, key.stage_id): rect for key, rect in synth.card_cells(poster)}
    pixels = poster.pixels.copy()
    written: list[tuple[Rect, str]] = []
    colours = ("yellow", "pink", "green", "orange", "blue", "purple")
    for number, (lane, stage, text) in enumerate(REVIEW_NOTES):
        cell = cells[(lanes[lane], stages[stage])]
        side = min(0.62 * cell.w, 0.62 * cell.h, 60 * synth.MM)
        rect = Rect(cell.x + (cell.w - side) / 2, cell.y + (cell.h - side) / 2 + 3, side, side)
        colour = colours[number % len(colours)]
        synth.draw_note(pixels, rect, poster.px_per_pt, colour, rng, text)
        written.append((rect, text))
    lane, stage, text = STRADDLING_NOTE
    cell = cells[(lanes[lane], stages[stage])]
    side = min(0.62 * cell.w, 0.62 * cell.h, 60 * synth.MM)
    straddling = Rect(cell.right - side / 2, cell.y + (cell.h - side) / 2, side, side)
    synth.draw_note(pixels, straddling, poster.px_per_pt, "pink", rng, text)
    written.append((straddling, text))
    w, h = poster.plan.trim_w, poster.plan.trim_h
    photos = []
    for number, view in enumerate((Rect(0, 0, 0.62 * w, h), Rect(0.38 * w, 0, 0.62 * w, h))):
        shot = synth.Shot(view, 10 if number else -10, 5, 3, (2250, 3000))
        wall = synth.Wall(poster, pixels, ())
        photos.append(PhotoInput(f"wall-{number + 1}.jpg", synth.photograph(wall, shot, rng, 85)))
    found = analyse_photos(project, None, photos, ocr=False)
    dialog = PhotoReviewDialog(found, [decode_picture(p.data) for p in photos])

    def overlap(a: Rect, b: Rect) -> float:
        across = min(a.right, b.right) - max(a.x, b.x)
        down = min(a.bottom, b.bottom) - max(a.y, b.y)
        return max(0.0, across) * max(0.0, down)

    # Each found note gets the words written on the note it is (as the designer types
    # them in the review).
    by_id = {note.id: note for note in found.notes}
    for note in dialog.model.notes:
        seen = by_id.get(note.id)
        if seen is None:
            continue
        rect, text = max(written, key=lambda item: overlap(item[0], seen.poster_rect))
        if overlap(rect, seen.poster_rect) > 0:
            dialog.model.set_title(note.id, text)
    dialog._fill_list()
    dialog.resize(1280, 800)
    dialog.show()
    settle(400)  # type: ignore[operator]
    dialog.list.setCurrentRow(0)
    settle(300)  # type: ignore[operator]
    shot = _save(dialog.grab().toImage(), "guide-photo-review.png")
    # Closed without the "Discard the review?" question the typed titles would raise.
    dialog.done(0)
    return shot


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", action="store_true", help="only copy the guide")
    parser.add_argument(
        "--photo-review",
        action="store_true",
        help="only make guide-photo-review.png; do not bundle the guide",
    )
    args = parser.parse_args(argv)
    if args.photo_review:
        make_photo_review_screenshot()
        return 0
    if not args.bundle:
        make_screenshots()
    for path in bundle_guide():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
