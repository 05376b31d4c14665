"""The bundled fonts in ReportLab, and which of them draws each character.

The fonts are the ones :data:`hulpwijzer.glyphs.FONTS` lists (that table is the only one).
Registering them also numbers their unmapped glyphs once, so that a PDF's bytes depend on the
fonts alone. A character of a script a family is made for goes to that family (Arabic script to
Noto Sans Arabic, Ethiopic to Noto Sans Ethiopic), everything else to the base family, Noto Sans
(the neutrals of a right-to-left run first to Noto Sans Arabic); a character the chosen font
lacks falls back to a family that has it.
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

LATIN_FONT = glyphs.BASE_FAMILY
ARABIC_FONT = "NotoSansArabic"  # also draws the neutrals (spaces, punctuation) of RTL runs


def font_name(bold: bool = False, arabic: bool = False, family: str | None = None) -> str:
    """Registered name of a bundled font: ``family`` (default: Noto Sans, or Noto Sans Arabic
    if ``arabic``) in the weight asked for."""
    return (family or (ARABIC_FONT if arabic else LATIN_FONT)) + ("-Bold" if bold else "")


# registered name -> file of each bundled font, regular and bold of every family
FONT_PATHS: dict[str, Path] = {
    family + weight: glyphs.FONT_DIR / filename
    for family, row in glyphs.FONTS.items()
    for weight, filename in (("", row.regular), ("-Bold", row.bold))
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


def has_script_font(ch: str) -> bool:
    """True if a family other than the base one is made for the character's script."""
    return glyphs.script_family(ch) is not None


def is_mark(ch: str) -> bool:
    """True for a combining mark or a joiner: it belongs with the character before it."""
    return ch in glyphs.ZW_JOINERS or unicodedata.category(ch) in ("Mn", "Me", "Mc")


@lru_cache(maxsize=8192)
def choose_font(ch: str, rtl_context: bool, bold: bool, prev: str | None) -> str:
    """Font for one character; prev is the font of the preceding character (for marks)."""
    latin, arabic = font_name(bold, False), font_name(bold, True)
    if prev is not None and is_mark(ch) and (ch in glyphs.ZW_JOINERS or _has(prev, ch)):
        return prev
    family = glyphs.script_family(ch)
    if family is not None:
        first = font_name(bold, family=family)
    elif rtl_context and unicodedata.bidirectional(ch) != "L":
        first = arabic
    else:
        first = latin
    if _has(first, ch):
        return first
    for other in (latin, arabic, *(font_name(bold, family=f) for f in glyphs.FONTS)):
        if _has(other, ch):
            return other
    return first
