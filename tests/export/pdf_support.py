"""Reading produced PDFs back: boxes, fonts, content streams (pypdf only)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

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
