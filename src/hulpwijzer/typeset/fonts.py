"""The bundled fonts in ReportLab, and which of them draws each character.

The fonts are the ones :data:`hulpwijzer.glyphs.FONTS` lists (that table is the only one).
Registering them also numbers their unmapped glyphs once, so that a PDF's bytes depend on the
fonts alone. Arabic script goes to Noto Sans Arabic, everything else to Noto Sans; a character
the chosen font lacks falls back to the other.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import glyphs

LATIN_FONT = "NotoSans"
ARABIC_FONT = "NotoSansArabic"


def font_name(bold: bool = False, arabic: bool = False) -> str:
    """Registered name of a bundled font."""
    return (ARABIC_FONT if arabic else LATIN_FONT) + ("-Bold" if bold else "")


# registered name -> file of each bundled font, regular and bold of every family
FONT_PATHS: dict[str, Path] = {
    family + weight: glyphs.FONT_DIR / filename
    for family, files in glyphs.FONTS.items()
    for weight, filename in zip(("", "-Bold"), files, strict=True)
}

_register_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the bundled TrueType fonts with ReportLab (idempotent, thread-safe)."""
    if len(_coverage) == len(FONT_PATHS):
        return
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, path in FONT_PATHS.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            if name not in _coverage:
                face = pdfmetrics.getFont(name).face
                _number_unmapped_glyphs(face)
                # private-use entries stand for unmapped glyphs (see above), and glyph 0 is
                # .notdef, the empty box (ReportLab maps U+FFFF to it): leave them out
                _coverage[name] = frozenset(
                    c for c, gid in face.charToGlyph.items() if gid and not 0xE000 <= c <= 0xF8FF
                )
        for family in glyphs.FONTS:
            bold = family + "-Bold"
            addMapping(family, 0, 0, family)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, family)
            addMapping(family, 1, 1, bold)


def _number_unmapped_glyphs(face) -> None:
    """Give every glyph that no character maps to a private-use code point, in glyph order.

    Shaping yields such glyphs (ligatures, positional forms, mark combinations: hundreds in
    Noto Sans Arabic). ReportLab numbers them from U+E000 as HarfBuzz first returns them, with
    the advance of that first use, and the PDF records the numbers (ToUnicode) and advances
    (Widths). Left to that, a file's bytes would depend on what its process rendered before;
    numbered here, once per font, they depend on the font alone, so a parallel or incremental
    build writes the same bytes as a serial one.
    """
    code = 0xE000
    for gid in range(face.numGlyphs):
        if gid in face.glyphToChar:
            continue
        while code in face.charToGlyph:
            code += 1
        if code > 0xF8FF:  # the private use area is full (not with the bundled fonts)
            return
        face.charToGlyph[code] = gid
        face.glyphToChar[gid] = [code]
        face.charWidths[code] = face._pdfScale(face.hmetrics[gid][0])
        code += 1


def coverage(font: str) -> frozenset[int]:
    """Code points a registered bundled font draws, as ReportLab's font object maps them.

    This is what the renderer really has; :func:`hulpwijzer.glyphs.missing` reads the same
    fonts without ReportLab, and the tests hold the two to the same answer.
    """
    register_fonts()
    return _coverage[font]


def _has(font: str, ch: str) -> bool:
    return ord(ch) in _coverage[font]


def is_rtl_script(ch: str) -> bool:
    """True for a letter of a right-to-left script (bidi class R or AL)."""
    return unicodedata.bidirectional(ch) in ("R", "AL")


def is_arabic_script(ch: str) -> bool:
    """True for a character of the Arabic blocks, which only Noto Sans Arabic draws well."""
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x0870 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    )


def is_mark(ch: str) -> bool:
    """True for a combining mark or a joiner: it belongs with the character before it."""
    return ch in glyphs.ZW_JOINERS or unicodedata.category(ch) in ("Mn", "Me", "Mc")


@lru_cache(maxsize=8192)
def choose_font(ch: str, rtl_context: bool, bold: bool, prev: str | None) -> str:
    """Font for one character; prev is the font of the preceding character (for marks)."""
    latin, arabic = font_name(bold, False), font_name(bold, True)
    if prev is not None and is_mark(ch) and (ch in glyphs.ZW_JOINERS or _has(prev, ch)):
        return prev
    if is_arabic_script(ch):
        return arabic
    if rtl_context and unicodedata.bidirectional(ch) != "L":
        first, second = arabic, latin
    else:
        first, second = latin, arabic
    if _has(first, ch) or not _has(second, ch):
        return first
    return second
