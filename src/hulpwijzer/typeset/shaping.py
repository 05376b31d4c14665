"""Shaping one run of one font with HarfBuzz, through ReportLab.

Shaping turns letters into the glyphs the font draws: Arabic joining forms, lam-alef
ligatures, kerning, mirrored brackets. The result is a ReportLab ``ShapedStr`` that a text
object's ``textOut`` draws as it is.
"""

from __future__ import annotations

from functools import cache, lru_cache

from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, shapeFragWord

from ..glyphs import ZW_JOINERS
from .fonts import is_rtl_script

# HarfBuzz features: None = the font's defaults (kern, liga, rlig, calt, init/medi/fina ...).
# ReportLab's own default adds ``dlig``, whose discretionary ligatures in Noto Sans Arabic go
# well beyond what the designer turns on by default.
_FEATURES: dict[str, bool] | None = None


@lru_cache(maxsize=8192)
def shape(text: str, font: str, rtl: bool) -> tuple[str, float]:
    """Shape one single-font run given in logical order.

    Returns the glyph string for ``textOut`` (a ReportLab ``ShapedStr``, glyphs in visual
    order) and its advance in 1/1000 of the font size.
    """
    s = _as_harfbuzz_reads_it(text, rtl)
    shaped = _harfbuzz(s, font) if s and _ttfonts.uharfbuzz is not None else None
    if shaped is None:
        word = shapeFragWord(
            [0, (ABag(fontName=font, fontSize=1000), s)], features=_FEATURES, force=True
        )
        shaped = word[1][1] if len(word) == 2 else None
    if not isinstance(shaped, ShapedStr):  # no HarfBuzz: plain string, nominal widths
        return s, pdfmetrics.stringWidth(s, font, 1000)
    if any(c in ZW_JOINERS for c in s):
        shaped = _without_joiners(shaped, s)
    return shaped, float(sum(d.x_advance for d in shaped.__shapeData__))


def _as_harfbuzz_reads_it(text: str, rtl: bool) -> str:
    """A right-to-left run without right-to-left letters, reversed and mirrored.

    HarfBuzz would guess left-to-right for e.g. "(" or " - "; other runs stay as they are.
    """
    if rtl and not any(is_rtl_script(c) for c in text):
        return "".join(MIRRORED.get(c, c) for c in reversed(text))
    return text


def _without_joiners(shaped: ShapedStr, s: str) -> ShapedStr:
    """The shaped string without the (empty) glyphs of ZWJ and ZWNJ: they are never drawn."""
    data = shaped.__shapeData__
    keep = [i for i, d in enumerate(data) if s[d.cluster] not in ZW_JOINERS]
    return ShapedStr("".join(shaped[i] for i in keep), shapeData=[data[i] for i in keep])


@cache
def _hb_font(font: str):
    return pdfmetrics.getFont(font).hbFont(1000)  # as shapeFragWord makes it, once per font


def _harfbuzz(s: str, font: str) -> ShapedStr | None:
    """What ``shapeFragWord(..., force=True)`` returns for one run in one font, made directly.

    ReportLab's function spends most of its time per glyph on bookkeeping for mixed-font
    words and for numbering unmapped glyphs (done once per font when the fonts are registered,
    see :mod:`.fonts`); the glyphs and their data are the same. None if a glyph has no code
    point (then ReportLab's function numbers it).
    """
    hb = _ttfonts.uharfbuzz
    face = pdfmetrics.getFont(font).face
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(s)
    buf.guess_segment_properties()
    hb.shape(_hb_font(font), buf, _FEATURES)
    to_chars, widths, scale = face.glyphToChar, face.charWidths, face._pdfScale
    unscaled = face.unitsPerEm == 1000  # then ReportLab's scale is the identity
    make = ShapeData._make
    chars: list[str] = []
    data: list[ShapeData] = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        codes = to_chars.get(info.codepoint)
        if not codes:
            return None
        uchar = codes[0]
        chars.append(chr(uchar))
        if unscaled:
            values = (info.cluster, pos.x_advance, pos.y_advance, pos.x_offset, pos.y_offset)
        else:
            values = (
                info.cluster,
                scale(pos.x_advance),
                scale(pos.y_advance),
                scale(pos.x_offset),
                scale(pos.y_offset),
            )
        data.append(make((*values, widths[uchar])))
    return ShapedStr("".join(chars), shapeData=data)
