"""Text the bundled font lacks, on paper: it wraps inside its card (measured with the
fallback font that prints it), reads back as the characters written (ToUnicode), and
nothing a card's glyphs do is printed outside the card (issue 12, finding 9).

PDFs are read back with poppler's pdftotext (word boxes) and pypdf (text).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from mapstudio.export import ExportOptions, build_options, export_pdf, plan_export
from mapstudio.export.fonts import FontRunner
from mapstudio.export.painter import Ink, PdfPainter
from mapstudio.layout import Rect, TextLine, layout
from mapstudio.layout.fonts import fallback_for
from mapstudio.model import Card, JourneyMap, Lane, LaneKind, LaneScope, Persona, Project, Stage

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")

ARROWS = "→" * 60  # one long "word" of a character Noto Sans lacks (DejaVu draws it)
SYMBOLS = "⇒ ∀x ★ ✓ ☺ " * 12  # words of such characters, to wrap at spaces
READ_BACK = "𐌀𐌁𐌂 ♠♣ ⊕⊗ ∑x"  # beyond the BMP, and in the BMP
TIFINAGH = "ⴰⴱⴳ ⴷⴻⴼ ⴳⴰⴱ ⴰⴷⴻ ⴼⴳⴰ"  # the oblique fallback lacks these: drawn upright


def _needs_fallbacks(text: str, style: str) -> None:
    for char in set(text) - {" ", "x"}:
        if fallback_for(char, style) is None:  # type: ignore[arg-type]
            pytest.skip(f"no fallback font on this machine draws {char!r}")


def _project() -> tuple[Project, dict[str, str]]:
    """One persona, two stages, a notes lane and a thoughts lane (italic bodies); the
    cards' ids by what they hold."""
    persona = Persona(name="Ana")
    first, second = Stage(name="Search"), Stage(name="Buy")
    notes = Lane(kind=LaneKind.NOTES, title="Notes", scope=LaneScope.SHARED)
    thoughts = Lane(kind=LaneKind.THOUGHTS, title="Thoughts", scope=LaneScope.PERSONA)
    cards = {
        "arrows": Card(lane_id=notes.id, stage_id=first.id, title=ARROWS, body=SYMBOLS),
        "read back": Card(lane_id=notes.id, stage_id=second.id, title="Read", body=READ_BACK),
        "quote": Card(lane_id=thoughts.id, stage_id=first.id, persona_id=persona.id, body=TIFINAGH),
    }
    journey = JourneyMap(
        title="Fallback text",
        stages=(first, second),
        lanes=(thoughts, notes),
        bands=(persona.id,),
        cards=tuple(cards.values()),
    )
    project = Project(title="Fonts", personas=(persona,), maps=(journey,))
    return project, {what: card.id for what, card in cards.items()}


def _options() -> ExportOptions:
    """A3 landscape with the card text, which these cards carry their characters in."""
    return build_options(page="A3", orientation="landscape", card_text="text")


def _laid_out_text(project: Project, card_id: str) -> str:
    """What the layout prints of a card (a title is cut to its line limit)."""
    (plan,) = plan_export(project, _options())
    box = plan.layout.cards[card_id]
    return "".join(line.text for line in (*box.title_lines, *box.body_lines))


def _export(project: Project, tmp_path: Path) -> tuple[Path, dict[str, Rect]]:
    """The PDF, and each card's rect on its page (points, y down from the top)."""
    options = _options()
    path = tmp_path / "fonts.pdf"
    export_pdf(project, path, options)
    (plan,) = plan_export(project, options)
    s = plan.scale
    boxes = {
        card_id: Rect(
            plan.map_x + s * b.rect.x, plan.map_y + s * b.rect.y, s * b.rect.w, s * b.rect.h
        )
        for card_id, b in plan.layout.cards.items()
    }
    return path, boxes


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def _words(pdf: Path) -> list[tuple[Rect, str]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        (Rect(float(x0), float(y0), float(x1) - float(x0), float(y1) - float(y0)), text)
        for x0, y0, x1, y1, text in _WORD.findall(out)
    ]


def _inside(word: Rect, box: Rect, slack: float = 0.5) -> bool:
    return (
        word.x >= box.x - slack
        and word.right <= box.right + slack
        and word.y >= box.y - slack
        and word.bottom <= box.bottom + slack
    )


def test_fallback_text_wraps_inside_its_card(tmp_path: Path) -> None:
    _needs_fallbacks(ARROWS + SYMBOLS, "bold")
    _needs_fallbacks(ARROWS + SYMBOLS, "regular")
    project, ids = _project()
    pdf, boxes = _export(project, tmp_path)
    card = boxes[ids["arrows"]]
    drawn_by_fallback = set("→⇒∀★✓☺")
    words = [(rect, text) for rect, text in _words(pdf) if set(text) & drawn_by_fallback]
    laid_out = _laid_out_text(project, ids["arrows"]).count("→")
    assert laid_out >= 20  # several lines of them, wrapped
    assert sum(text.count("→") for _, text in words) == laid_out, "every arrow is printed"
    outside = [(text, rect) for rect, text in words if not _inside(rect, card)]
    assert outside == [], f"card {card}"


def test_fallback_text_reads_back_as_written(tmp_path: Path) -> None:
    _needs_fallbacks(READ_BACK, "regular")
    _needs_fallbacks(TIFINAGH, "italic")
    project, _ids = _project()
    pdf, _boxes = _export(project, tmp_path)
    poppler = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pypdf = PdfReader(pdf).pages[0].extract_text()
    for text in (READ_BACK, TIFINAGH, "⇒ ∀x ★ ✓ ☺"):
        for word in text.split():
            assert word in poppler, (word, "pdftotext")
            assert word in pypdf, (word, "pypdf")
    assert "\ufffd" not in poppler and "\x00" not in poppler


def test_italic_text_a_fallback_lacks_in_italic_prints_upright_not_as_boxes(
    tmp_path: Path,
) -> None:
    _needs_fallbacks(TIFINAGH, "italic")
    runner = FontRunner()
    runs = runner.runs(TIFINAGH, "italic")
    assert runner.missing == set()
    assert {name for name, text in runs if text.strip()} == {
        name for name, _ in FontRunner().runs("ⴰ", "regular")
    }, "the regular face of the fallback"


def test_what_a_card_draws_beyond_its_edges_is_not_printed(tmp_path: Path) -> None:
    """The painter clips card text to the card: a line the layout placed outside it (as
    a glyph wider than its advance would reach) leaves no ink beyond the card."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs poppler's pdftoppm")
    project, ids = _project()
    journey = project.maps[0]
    map_layout = layout(journey, project)
    box = map_layout.cards[ids["read back"]]
    font = box.title_lines[0].font
    runaway = TextLine("WWWWWWWWWWWWWWWWWWWW", box.rect.w - 10, 8.0, font, "#000000", 400.0)
    cards = dict(map_layout.cards)
    cards[ids["read back"]] = replace(box, title_lines=(runaway,), body_lines=(), meta_lines=())
    map_layout = replace(map_layout, cards=cards)
    pdf = tmp_path / "clip.pdf"
    canvas = Canvas(str(pdf), pagesize=(map_layout.width, map_layout.height), bottomup=0)
    PdfPainter(canvas, Ink(grayscale=True), FontRunner()).draw_map(map_layout)
    canvas.showPage()
    canvas.save()
    subprocess.run(
        ["pdftoppm", "-r", "72", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    from PIL import Image

    (png,) = tmp_path.glob("page*.png")
    image = Image.open(png).convert("L")
    rect = box.rect
    # Just right of the card, down its height: the paper of the cell (or beyond the map).
    strip = image.crop(
        (
            round(rect.right + 3),
            round(rect.y + 2),
            min(image.width, round(rect.right + 60)),
            round(rect.bottom - 2),
        )
    )
    assert strip.width > 10
    assert strip.getextrema()[0] > 200, "no ink beside the card"
