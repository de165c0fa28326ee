"""Reading produced PDFs back: boxes, fonts, content streams (pypdf only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

MM = 72 / 25.4

STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}

COLOR_OPS = re.compile(rb"(?<![\w.])(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(rg|RG)(?![\w])")


def box(page: object, name: str) -> tuple[float, float, float, float]:
    """A page box as floats (x0, y0, x1, y1)."""
    value = page[f"/{name}"]  # type: ignore[index]
    return tuple(float(v) for v in value)  # type: ignore[return-value]


def size_mm(b: tuple[float, float, float, float]) -> tuple[float, float]:
    return (round((b[2] - b[0]) / MM, 1), round((b[3] - b[1]) / MM, 1))


def _resolve(obj: object) -> object:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def fonts(reader: PdfReader) -> Iterator[DictionaryObject]:
    """Every font dictionary used by any page or form XObject, recursively."""
    seen: set[int] = set()

    def walk(resources: object) -> Iterator[DictionaryObject]:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for font in (_resolve(resources.get("/Font")) or {}).values():  # type: ignore[union-attr]
            font = _resolve(font)
            if id(font) not in seen:
                seen.add(id(font))
                yield font  # type: ignore[misc]
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():  # type: ignore[union-attr]
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:  # type: ignore[union-attr]
                yield from walk(xobject["/Resources"])  # type: ignore[index]

    for page in reader.pages:
        yield from walk(page.get("/Resources"))


def content_streams(reader: PdfReader) -> Iterator[bytes]:
    """Decoded content of every page and every form XObject."""
    seen: set[int] = set()

    def walk(resources: object) -> Iterator[bytes]:
        resources = _resolve(resources)
        if not isinstance(resources, DictionaryObject):
            return
        for xobject in (_resolve(resources.get("/XObject")) or {}).values():  # type: ignore[union-attr]
            xobject = _resolve(xobject)
            if xobject.get("/Subtype") == "/Form" and id(xobject) not in seen:  # type: ignore[union-attr]
                seen.add(id(xobject))
                yield xobject.get_data()  # type: ignore[union-attr]
                if "/Resources" in xobject:  # type: ignore[operator]
                    yield from walk(xobject["/Resources"])  # type: ignore[index]

    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            yield contents.get_data()
        yield from walk(page.get("/Resources"))


def text(path: Path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


# -- text sizes on paper ------------------------------------------------------------------


class TextRun:
    """One string the PDF shows: its text, where (points, y up from the page's bottom)
    and how large on paper, read from the content stream."""

    def __init__(self, text: str, x: float, y: float, size: float, font: str, cap: float):
        self.text = text
        self.x = x
        self.y = y
        self.size = size  # points on paper: Tf size x text matrix x CTM
        self.font = font
        self.cap_mm = size * cap / 1000 / MM  # cap height on paper, in mm

    def __repr__(self) -> str:
        return f"TextRun({self.text!r}, {self.size:.2f} pt, {self.cap_mm:.2f} mm, {self.font})"


def _multiply(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    ]


def _to_unicode(font: DictionaryObject) -> dict[int, str]:
    """Single-byte codes to text from a font's /ToUnicode CMap (bfchar and bfrange)."""
    stream = _resolve(font.get("/ToUnicode"))
    if stream is None:
        return {}
    data = stream.get_data().decode("latin-1")  # type: ignore[union-attr]
    table: dict[int, str] = {}

    def chars(hex_text: str) -> str:
        units = bytes.fromhex(hex_text)
        return units.decode("utf-16-be") if len(units) >= 2 else chr(units[0])

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(code, 16)] = chars(uni)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for first, last, uni in re.findall(
            r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            start = ord(chars(uni))
            for i, code in enumerate(range(int(first, 16), int(last, 16) + 1)):
                table[code] = chr(start + i)
    return {k: ("" if v == "\x00" else v) for k, v in table.items()}


def text_runs(path: Path, page_index: int = 0) -> list[TextRun]:
    """Every non-blank string shown on one page (each Tj / TJ), with its size on paper.

    A small interpreter of the content stream: q/Q/cm keep the CTM, BT/Tf/Tm/Td/TL/T*
    the text state, and a string's size on paper is the Tf size times the vertical scale
    of the text matrix concatenated with the CTM (a map drawn at 80 % shows 80 % of its
    font sizes). Strings are decoded with the font's /ToUnicode; its cap height comes
    from the font's /FontDescriptor (/CapHeight, in glyph units).
    """
    reader = PdfReader(path)
    page = reader.pages[page_index]
    resources = _resolve(page.get("/Resources"))
    fonts_by_name = _resolve(resources.get("/Font")) or {}  # type: ignore[union-attr]
    decoded: dict[str, tuple[dict[int, str], str, float]] = {}
    runs: list[TextRun] = []
    identity = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    ctm = identity[:]
    stack: list[list[float]] = []
    tm = identity[:]
    line = identity[:]
    leading = 0.0
    font_name, font_size = "", 0.0

    def font_info(name: str) -> tuple[dict[int, str], str, float]:
        if name not in decoded:
            font = _resolve(fonts_by_name[name])  # type: ignore[index]
            descriptor = _resolve(font.get("/FontDescriptor"))  # type: ignore[union-attr]
            cap = float(descriptor.get("/CapHeight", 0)) if descriptor is not None else 0.0  # type: ignore[union-attr]
            decoded[name] = (_to_unicode(font), str(font.get("/BaseFont", "")), cap)  # type: ignore[arg-type, union-attr]
        return decoded[name]

    def show(raw: object) -> None:
        table, base, cap = font_info(font_name)
        data = raw if isinstance(raw, bytes) else bytes(str(raw), "latin-1")
        string = "".join(table.get(b, "") for b in data)
        if not string.strip():
            return
        matrix = _multiply(tm, ctm)
        scale = (matrix[2] ** 2 + matrix[3] ** 2) ** 0.5
        runs.append(TextRun(string.strip(), matrix[4], matrix[5], font_size * scale, base, cap))

    for operands, op in ContentStream(page.get_contents(), reader).operations:
        if op == b"q":
            stack.append(ctm[:])
        elif op == b"Q":
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _multiply([float(v) for v in operands], ctm)
        elif op == b"BT":
            tm, line = identity[:], identity[:]
        elif op == b"Tf":
            font_name, font_size = str(operands[0]), float(operands[1])
        elif op == b"TL":
            leading = float(operands[0])
        elif op == b"Tm":
            tm = [float(v) for v in operands]
            line = tm[:]
        elif op in (b"Td", b"TD"):
            line = _multiply([1.0, 0.0, 0.0, 1.0, float(operands[0]), float(operands[1])], line)
            tm = line[:]
            if op == b"TD":
                leading = -float(operands[1])
        elif op == b"T*":
            line = _multiply([1.0, 0.0, 0.0, 1.0, 0.0, -leading], line)
            tm = line[:]
        elif op in (b"Tj", b"'", b'"'):
            if op != b"Tj":
                line = _multiply([1.0, 0.0, 0.0, 1.0, 0.0, -leading], line)
                tm = line[:]
            show(operands[-1])
        elif op == b"TJ":
            for item in operands[0]:
                if not isinstance(item, (int, float)) and not hasattr(item, "as_numeric"):
                    show(item)
    return runs
