"""Draw the guide's picture of reading distance: the example's poster on a wall.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_wall_picture.py [OUT.png]

Exports the bundled example's first map as `mapstudio export` does with no options,
renders that PDF with poppler's pdftoppm, and composes it with QPainter onto a drawn
scene: the poster on a wall with a reader in front of it; the same from the side, with
the 1.5 m and the sight lines; and a loupe on one card title with its cap height as the
PDF prints it. Everything is measured from the export's plan, nothing is a guess, so the
picture stays true when the print style changes. make_screenshots.py calls `draw()`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from mapstudio.export import build_options, export_pdf, plan_export
from mapstudio.export.reading import (
    DEFAULT_DISTANCE,
    DISTANCE_PRESETS,
    cap_ratio,
    needed_cap_height,
    print_text_size,
)
from mapstudio.export.units import MM
from mapstudio.fileformat import load_project
from mapstudio.resources import as_file, resource

ROOT = Path(__file__).resolve().parents[1]
WIDTH, HEIGHT = 1600, 900
METRE = 300.0  # pixels per metre in both views
FLOOR = 790.0  # y of the floor line
SPLIT = 880.0  # where the side view starts
GUTTER = 36.0  # white between the two views
EYE = 1.62  # metres above the floor
INK, MUTED, ACCENT = QColor("#1F2933"), QColor("#5B6675"), QColor("#2563EB")
WALL_TOP, WALL_BOTTOM = QColor("#F1EEE8"), QColor("#E6E0D6")
FLOOR_COLOUR, SKIRTING = QColor("#CDBFA8"), QColor("#FAF8F4")
PERSON = QColor("#3D4A5C")
LOUPE_DPI = 125


def _render(pdf: Path, dpi: float, crop: tuple[int, int, int, int] | None = None) -> QImage:
    """Page 1 of `pdf` at `dpi`, whole or cropped to (x, y, w, h) pixels."""
    if shutil.which("pdftoppm") is None:
        raise SystemExit("make_wall_picture: poppler's pdftoppm is needed")
    out = pdf.with_name(f"render-{dpi:g}")
    args = ["pdftoppm", "-r", f"{dpi:g}", "-f", "1", "-l", "1", "-singlefile", "-png"]
    if crop is not None:
        x, y, w, h = crop
        args += ["-x", str(x), "-y", str(y), "-W", str(w), "-H", str(h)]
    subprocess.run([*args, str(pdf), str(out)], check=True, timeout=300)
    image = QImage(str(out) + ".png")
    if image.isNull():
        raise SystemExit(f"make_wall_picture: could not read the render of {pdf}")
    return image


def _person_side(x: float) -> tuple[list[QPainterPath], QPainterPath]:
    """A standing reader 1.75 m tall seen from the side, facing left, feet at (x, FLOOR):
    the figure, and the near arm drawn over it in a lighter shade."""
    m = METRE

    def at(dx: float, height: float) -> QPointF:
        return QPointF(x + dx * m, FLOOR - height * m)

    # Parts drawn one by one: overlapping parts of one path could cancel out.
    head = QPainterPath()
    head.addEllipse(at(-0.005, 1.645), 0.092 * m, 0.112 * m)
    head.addEllipse(at(-0.092, 1.625), 0.018 * m, 0.024 * m)  # the nose
    neck = QPainterPath()
    neck.addRect(QRectF(at(-0.045, 1.56), at(0.035, 1.44)))
    figure = [head, neck]
    torso = QPainterPath(at(-0.07, 1.47))
    torso.quadTo(at(-0.125, 1.40), at(-0.11, 1.22))  # chest
    torso.quadTo(at(-0.095, 1.08), at(-0.11, 0.90))  # belly to hip
    torso.lineTo(at(0.10, 0.90))
    torso.quadTo(at(0.085, 1.10), at(0.095, 1.30))  # lower back
    torso.quadTo(at(0.10, 1.46), at(0.03, 1.48))  # shoulders
    torso.closeSubpath()
    figure.append(torso)
    for top_l, top_r, foot_l, foot_r in ((-0.10, 0.0, -0.075, -0.01), (-0.02, 0.085, 0.0, 0.065)):
        leg = QPainterPath(at(top_l, 0.94))  # the legs, one a little ahead
        leg.lineTo(at(top_r, 0.94))
        leg.lineTo(at(foot_r, 0.05))
        leg.lineTo(at(foot_l, 0.05))
        leg.closeSubpath()
        figure.append(leg)
    for left, right in ((-0.18, 0.0), (-0.09, 0.085)):  # the shoes
        shoe = QPainterPath()
        shoe.addRoundedRect(QRectF(at(left, 0.075), at(right, 0.0)), 0.03 * m, 0.03 * m)
        figure.append(shoe)
    arm = QPainterPath()
    arm.addRoundedRect(QRectF(at(-0.045, 1.45), at(0.045, 0.80)), 0.045 * m, 0.045 * m)
    turn = QTransform()
    shoulder = at(0.0, 1.42)
    turn.translate(shoulder.x(), shoulder.y())
    turn.rotate(6)  # the hand a little ahead of the hip
    turn.translate(-shoulder.x(), -shoulder.y())
    return figure, turn.map(arm)


def _person_back(x: float) -> QPainterPath:
    """A standing reader 1.75 m tall seen from behind, feet centred at (x, FLOOR)."""
    m = METRE
    path = QPainterPath()
    path.addEllipse(QPointF(x, FLOOR - 1.64 * m), 0.095 * m, 0.115 * m)
    torso = QPainterPath()
    torso.moveTo(x - 0.05 * m, FLOOR - 1.52 * m)
    torso.cubicTo(
        x - 0.20 * m,
        FLOOR - 1.49 * m,
        x - 0.23 * m,
        FLOOR - 1.44 * m,
        x - 0.23 * m,
        FLOOR - 1.30 * m,
    )
    torso.lineTo(x - 0.25 * m, FLOOR - 0.86 * m)  # left arm, down to the hand
    torso.quadTo(x - 0.21 * m, FLOOR - 0.80 * m, x - 0.18 * m, FLOOR - 0.86 * m)
    torso.lineTo(x - 0.17 * m, FLOOR - 1.12 * m)
    torso.lineTo(x - 0.15 * m, FLOOR - 0.90 * m)  # hip
    torso.lineTo(x - 0.13 * m, FLOOR - 0.02 * m)  # left leg
    torso.quadTo(x - 0.13 * m, FLOOR, x - 0.09 * m, FLOOR)
    torso.lineTo(x - 0.03 * m, FLOOR)
    torso.lineTo(x - 0.01 * m, FLOOR - 0.78 * m)  # between the legs
    torso.lineTo(x + 0.01 * m, FLOOR - 0.78 * m)
    torso.lineTo(x + 0.03 * m, FLOOR)
    torso.lineTo(x + 0.09 * m, FLOOR)
    torso.quadTo(x + 0.13 * m, FLOOR, x + 0.13 * m, FLOOR - 0.02 * m)
    torso.lineTo(x + 0.15 * m, FLOOR - 0.90 * m)
    torso.lineTo(x + 0.17 * m, FLOOR - 1.12 * m)
    torso.lineTo(x + 0.18 * m, FLOOR - 0.86 * m)
    torso.quadTo(x + 0.21 * m, FLOOR - 0.80 * m, x + 0.25 * m, FLOOR - 0.86 * m)
    torso.lineTo(x + 0.23 * m, FLOOR - 1.30 * m)
    torso.cubicTo(
        x + 0.23 * m,
        FLOOR - 1.44 * m,
        x + 0.20 * m,
        FLOOR - 1.49 * m,
        x + 0.05 * m,
        FLOOR - 1.52 * m,
    )
    torso.closeSubpath()
    path.addPath(torso)
    return path.simplified()


def _sentence(text: str) -> str:
    """'at a workshop table' -> 'At a workshop table'."""
    return text[:1].upper() + text[1:]


def _text(p: QPainter, rect: QRectF, text: str, size: float, colour: QColor, **kw: object) -> None:
    font = QFont("Noto Sans")
    font.setPixelSize(round(size))
    font.setWeight(QFont.Weight.Bold if kw.get("bold") else QFont.Weight.Normal)
    p.setFont(font)
    p.setPen(colour)
    flags = kw.get("align", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    p.drawText(rect, flags, text)  # type: ignore[arg-type]


def draw(out: Path) -> Path:
    """Write the picture to `out` and return it."""
    with as_file(resource("examples", "online-purchase.mapstudio")) as path:
        project = load_project(path).project
    journey_map = project.maps[0]
    options = build_options(page=None, map=journey_map.id)
    (plan,) = plan_export(project, options)
    work = Path(tempfile.mkdtemp(prefix="mapstudio-wall-"))
    try:
        pdf = work / "poster.pdf"
        export_pdf(project, pdf, options)
        poster_w_px = plan.trim_w / 72 * 0.0254 * METRE
        dpi = 4 * poster_w_px / (plan.trim_w / 72)  # rendered 4x larger, then smoothed
        poster = _render(pdf, dpi).scaledToWidth(
            round(poster_w_px), Qt.TransformationMode.SmoothTransformation
        )
        # The loupe: the first card's title as printed, at LOUPE_DPI.
        card_id = journey_map.cards[0].id
        box = plan.layout.cards[card_id]
        line = box.title_lines[0]
        size_pt = line.font.size * plan.scale
        cap_pt = size_pt * cap_ratio()
        base_x = plan.map_x + plan.scale * (box.rect.x + line.x)
        base_y = plan.map_y + plan.scale * (box.rect.y + line.y_baseline)
        px = LOUPE_DPI / 72
        crop_w, crop_h = 300, 300
        left = round((base_x - 17 * MM) * px)
        top = round((base_y - cap_pt / 2) * px - crop_h / 2)
        loupe = _render(pdf, LOUPE_DPI, (left, top, crop_w, crop_h))
        baseline_in_loupe = base_y * px - top
        cap_in_loupe = cap_pt * px
        card_on_poster = QPointF(
            base_x / plan.trim_w * poster_w_px, base_y / plan.trim_w * poster_w_px
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)

    # -- left: the wall, seen from the front ---------------------------------------
    wall = QLinearGradient(0, 0, 0, FLOOR)
    wall.setColorAt(0, WALL_TOP)
    wall.setColorAt(1, WALL_BOTTOM)
    front_w = SPLIT - GUTTER
    p.fillRect(QRectF(0, 0, front_w, FLOOR), QBrush(wall))
    p.fillRect(QRectF(0, FLOOR - 14, front_w, 14), SKIRTING)
    p.fillRect(QRectF(0, FLOOR - 15, front_w, 1), QColor("#D9D2C5"))
    p.fillRect(QRectF(0, FLOOR, front_w, HEIGHT - FLOOR), FLOOR_COLOUR)
    p.fillRect(QRectF(0, FLOOR, front_w, 2), QColor("#B9AA92"))
    poster_h_px = poster.height()
    centre = EYE - 0.05  # the poster's middle a little below the eyes
    px_left = 70.0
    px_top = FLOOR - centre * METRE - poster_h_px / 2
    for spread, alpha in ((10, 14), (6, 22), (3, 30)):  # a soft shadow on the wall
        p.fillRect(
            QRectF(
                px_left - spread / 2 + 4, px_top + 6, poster.width() + spread, poster_h_px + spread
            ),
            QColor(40, 30, 20, alpha),
        )
    p.drawImage(QPointF(px_left, px_top), poster)
    reader_x = px_left + poster.width() + 0.06 * METRE
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(PERSON.red(), PERSON.green(), PERSON.blue(), 235))
    p.drawPath(_person_back(reader_x))
    _text(
        p,
        QRectF(24, 16, front_w - 48, 28),
        f"The example on {plan.size_label}, read from {DEFAULT_DISTANCE:g} m",
        17,
        MUTED,
    )

    # The loupe on a card title, with a leader to where it is on the poster.
    radius = 118.0
    lc = QPointF(front_w - radius - 128, 205.0)
    target = QPointF(px_left, px_top) + card_on_poster
    p.setPen(QPen(ACCENT, 1.5))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawEllipse(target, 9, 9)
    direction = lc - target
    length = (direction.x() ** 2 + direction.y() ** 2) ** 0.5
    p.drawLine(target + direction * (9 / length), lc - direction * (radius / length))
    clip = QPainterPath()
    clip.addEllipse(lc, radius, radius)
    p.save()
    p.setClipPath(clip)
    p.fillRect(QRectF(lc.x() - radius, lc.y() - radius, 2 * radius, 2 * radius), QColor("#FFFFFF"))
    origin = QPointF(lc.x() - crop_w / 2, lc.y() - crop_h / 2)
    p.drawImage(origin, loupe)
    # The cap height, measured from the plan: baseline and the tops of the capitals.
    y_base = origin.y() + baseline_in_loupe
    y_cap = y_base - cap_in_loupe
    p.setPen(QPen(ACCENT, 1.2, Qt.PenStyle.DashLine))
    for y in (y_base, y_cap):
        p.drawLine(QPointF(lc.x() - radius, y), QPointF(lc.x() + radius, y))
    p.restore()
    p.setPen(QPen(QColor("#FFFFFF"), 6))
    p.drawEllipse(lc, radius, radius)
    p.setPen(QPen(ACCENT, 2))
    p.drawEllipse(lc, radius, radius)
    # The dimension beside the loupe.
    dx = lc.x() + radius + 16
    p.setPen(QPen(ACCENT, 2))
    p.drawLine(QPointF(dx, y_cap), QPointF(dx, y_base))
    for y in (y_cap, y_base):
        p.drawLine(QPointF(dx - 6, y), QPointF(dx + 6, y))
    cap_mm = cap_pt / MM
    label = QRectF(dx + 12, (y_cap + y_base) / 2 - 28, 100, 56)
    _text(p, label, f"{cap_mm:.1f} mm", 20, ACCENT, bold=True)
    _text(
        p,
        QRectF(lc.x() - 90, lc.y() + radius + 8, 180 + radius, 26),
        f"a card title, {size_pt:.0f} pt",
        15,
        MUTED,
    )

    # -- right: the same from the side --------------------------------------------
    side = SPLIT + 50.0
    p.fillRect(QRectF(SPLIT, 0, side - SPLIT, FLOOR), QBrush(wall))
    p.fillRect(QRectF(SPLIT, FLOOR, WIDTH - SPLIT, 2), QColor("#B9AA92"))
    p.fillRect(QRectF(side, px_top, 7, poster_h_px), QColor("#3A6EA5"))
    viewer = side + DEFAULT_DISTANCE * METRE
    p.setPen(Qt.PenStyle.NoPen)
    figure, arm = _person_side(viewer)
    p.setBrush(PERSON)
    for part in figure:
        p.drawPath(part)
    p.setBrush(QColor("#56657A"))
    p.drawPath(arm)
    eye = QPointF(viewer - 0.075 * METRE, FLOOR - EYE * METRE)
    p.setPen(QPen(ACCENT, 1.6, Qt.PenStyle.DashLine))
    for y in (px_top + 4, px_top + poster_h_px - 4):
        p.drawLine(eye, QPointF(side + 7, y))
    y = FLOOR + 42
    p.setPen(QPen(INK, 1.6))
    p.drawLine(QPointF(side, y), QPointF(viewer, y))
    for x in (side, viewer):
        p.drawLine(QPointF(x, y - 9), QPointF(x, y + 9))
    _text(
        p,
        QRectF(side, y + 8, viewer - side, 30),
        f"{DEFAULT_DISTANCE:g} m",
        20,
        INK,
        bold=True,
        align=Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
    )
    # The rule and its presets, in the open space above the sight lines.
    # The rule above the sight lines, its presets in the room below them.
    _text(p, QRectF(side + 30, 24, 660, 36), "Capitals at least distance ÷ 250", 26, INK, bold=True)
    tx, ty = side + 22, FLOOR - 196
    header = ("where people stand", "distance", "capitals", "type size")
    columns = (0, 172, 240, 310)
    for x, word in zip(columns, header, strict=True):
        _text(p, QRectF(tx + x, ty, 150, 22), word.upper(), 11, MUTED, bold=True)
    p.fillRect(QRectF(tx, ty + 24, 370, 1), QColor("#D5D9DE"))
    for i, (_word, where, metres) in enumerate(DISTANCE_PRESETS):
        chosen = metres == DEFAULT_DISTANCE
        colour = INK if chosen else MUTED
        cells = (
            _sentence(where.split(",")[-1].strip()),
            f"{metres:g} m",
            f"{needed_cap_height(metres):g} mm",
            f"{print_text_size(metres):g} pt",
        )
        for x, cell in zip(columns, cells, strict=True):
            _text(p, QRectF(tx + x, ty + 30 + 27 * i, 150, 26), cell, 15, colour, bold=chosen)
    _text(p, QRectF(tx, FLOOR - 32, 300, 24), "seen from the side", 14, MUTED)
    p.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG", 9):
        raise SystemExit(f"make_wall_picture: could not write {out}")
    return out


def main(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    out = Path(argv[0]) if argv else ROOT / "docs" / "images" / "print-reading-distance.png"
    app = QApplication.instance() or QApplication([])
    assert app is not None
    print(draw(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
