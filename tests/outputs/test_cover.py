"""The cover of the built guides: the themes as tiles in their tabs' colours, in the order of the
sections from the reading-start side, below the QR code that still reads."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest

from hulpwijzer.outputs.pdf import style

from ..pdfcheck import decode_qr_codes
from .test_tabs import near

EDITION = "2026-11-24"


def tile_sequences(pdf_path) -> list[list[int]]:
    """Per pixel row of the cover: the tab colours met from left to right (each run once)."""
    doc = pdfium.PdfDocument(pdf_path)
    try:
        image = doc[0].render(scale=100 / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    rows = []
    for y in range(image.height // 2, image.height):
        seen: list[int] = []
        for x in range(image.width):
            pixel = image.getpixel((x, y))
            if pixel == (255, 255, 255):
                continue
            match = next((i for i, c in enumerate(style.TAB_COLOURS) if near(pixel, c, 6)), None)
            if match is not None and (not seen or seen[-1] != match):
                seen.append(match)
        rows.append(seen)
    return rows


@pytest.mark.parametrize("lang", ["nl", "ar", "en", "tr"])
def test_cover_shows_every_theme_in_order_and_its_qr_code(built_site, lang):
    path = built_site / "print" / f"hulpwijzer-{lang}-{EDITION}.pdf"
    order = list(range(len(style.TAB_COLOURS)))
    expected = order[::-1] if lang == "ar" else order  # Arabic starts on the right
    assert expected in tile_sequences(path), lang
    assert decode_qr_codes(path, 0) == [f"https://www.heerlen.nl/hulpwijzer/{lang}/"]
