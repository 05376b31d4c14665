"""Helpers that read real PDF output for the tests: text, per-character boxes, QR codes, streams."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp


def page_texts(pdf: Path | bytes) -> list[str]:
    """The extracted text of every page."""
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in doc]
    finally:
        doc.close()


def visual_lines(pdf: Path | bytes, page_index: int) -> list[str]:
    """Characters of one page grouped by baseline and read strictly left to right by position.

    Plain text extraction reorders right-to-left lines by heuristics; positions do not lie.
    """
    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page_index].get_textpage()
        chars = []
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if not char.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            chars.append((round(bottom), left, char))
    finally:
        doc.close()
    lines: dict[int, list[tuple[float, str]]] = {}
    for bottom, left, char in chars:
        key = next((b for b in lines if abs(b - bottom) <= 3), bottom)
        lines.setdefault(key, []).append((left, char))
    return ["".join(c for _, c in sorted(items)) for _, items in sorted(lines.items())]


def decode_qr_codes(pdf: Path | bytes, page_index: int, dpi: int = 150) -> list[str]:
    return [result.text for result in read_qr_codes(pdf, page_index, dpi)]


def read_qr_codes(pdf: Path | bytes, page_index: int, dpi: int = 150) -> list[zxingcpp.Barcode]:
    """The QR codes zxing-cpp finds on a page rendered at ``dpi`` (positions in pixels)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[page_index].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()
    return list(zxingcpp.read_barcodes(image))


def content_streams(pdf: bytes) -> list[bytes]:
    """Every decompressed stream of the file (page contents, fonts, ...)."""
    streams = []
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        data = match.group(1)
        try:
            streams.append(zlib.decompress(data))
        except zlib.error:
            streams.append(data)
    return streams


def page_boxes(pdf: Path | bytes) -> list[dict[str, tuple[float, ...]]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [
            {
                "media": page.get_mediabox(),
                "trim": page.get_trimbox(),
                "bleed": page.get_bleedbox(),
            }
            for page in doc
        ]
    finally:
        doc.close()


def undrawn_characters(pdf: Path | bytes, font_dir: Path) -> list[tuple[int, str, str]]:
    """(page, character, font) of every character drawn with a glyph its font does not have.

    The oracle is the font files' own character maps as fontTools reads them, not the program's:
    pdfium names the font of every character on the page (the embedded subset of a file in
    ``font_dir``) and the character it stands for. A character the font lacks would be drawn as
    .notdef, the empty box (pdfium reads such a code as a control character, also caught here).
    Private-use characters are glyphs that shaping chose (Arabic joining forms, ligatures): the
    program numbers them from the font's own glyphs, so they are not boxes.
    """
    import ctypes

    import pypdfium2.raw as pdfium_c
    from fontTools.ttLib import TTFont

    cmaps: dict[str, set[int]] = {}
    found = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for index, page in enumerate(doc):
            textpage = page.get_textpage()
            for i in range(textpage.count_chars()):
                char = textpage.get_text_range(i, 1)
                if char in (" ", "\r", "\n", "\u00a0") or 0xE000 <= ord(char[:1] or " ") <= 0xF8FF:
                    continue
                name = ctypes.create_string_buffer(256)
                pdfium_c.FPDFText_GetFontInfo(textpage.raw, i, name, 256, None)
                font = name.value.decode().split("+")[-1]
                if font not in cmaps:
                    path = font_dir / f"{font}.ttf"
                    cmaps[font] = set(TTFont(path).getBestCmap()) if path.exists() else set()
                if not char or ord(char) not in cmaps[font]:
                    found.append((index, char, font))
    finally:
        doc.close()
    return found


def sized_chars(pdf: Path | bytes, page_index: int) -> list[tuple[str, tuple[float, ...], float]]:
    """(character, tight box (left, bottom, right, top), font size in points) of every
    character drawn on a page, spaces left out, in the order of the page's text."""
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(pdf)
    try:
        textpage = doc[page_index].get_textpage()
        found = []
        for i in range(textpage.count_chars()):
            char = textpage.get_text_range(i, 1)
            if not char.strip():
                continue
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, i)
            found.append((char, textpage.get_charbox(i), round(size, 2)))
        return found
    finally:
        doc.close()


def page_count(pdf: Path | bytes) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()
