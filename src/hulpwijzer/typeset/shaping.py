"""Shaping one run of one font with HarfBuzz, through ReportLab.

Shaping turns letters into the glyphs the font draws: Arabic joining forms, lam-alef
ligatures, kerning, mirrored brackets. The result is a ReportLab ``ShapedStr`` that a text
object's ``textOut`` draws as it is.
"""

from __future__ import annotations

from bisect import bisect_left
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


def shape(text: str, font: str, rtl: bool) -> tuple[str, float]:
    """Shape one single-font run given in logical order.

    Returns the glyph string for ``textOut`` (a ReportLab ``ShapedStr``, glyphs in visual
    order) and its advance in 1/1000 of the font size.
    """
    shaped, advance, _ = _shape(text, font, rtl)
    return shaped, advance


@lru_cache(maxsize=8192)
def _shape(text: str, font: str, rtl: bool) -> tuple[str, float, dict[int, int]]:
    """:func:`shape`, and where its glyphs may be cut (:func:`_cuts`, for :func:`shape_part`)."""
    s = _as_harfbuzz_reads_it(text, rtl)
    shaped, cuts = _harfbuzz(s, font) if s and _ttfonts.uharfbuzz is not None else (None, None)
    if shaped is None:
        word = shapeFragWord(
            [0, (ABag(fontName=font, fontSize=1000), s)], features=_FEATURES, force=True
        )
        shaped = word[1][1] if len(word) == 2 else None
    if not isinstance(shaped, ShapedStr):  # no HarfBuzz: plain string, nominal widths
        return s, pdfmetrics.stringWidth(s, font, 1000), {}
    if any(c in ZW_JOINERS for c in s):
        shaped, cuts = _without_joiners(shaped, s), None
    advance = float(sum(d.x_advance for d in shaped.__shapeData__))
    return shaped, advance, cuts if cuts is not None and not rtl else {}


def shape_part(text: str, font: str, start: int, end: int) -> tuple[str, float] | None:
    """What :func:`shape` gives for ``text[start:end]`` left to right, cut from the shaping of
    the whole ``text`` (a paragraph, of which this is a line) without shaping it again.

    None where cutting is not exact, and the part must be shaped: where HarfBuzz marks a cut
    unsafe to break (a kerning pair or a ligature across it), and where HarfBuzz would guess
    another script for the part than for the whole (its lookups may differ): HarfBuzz
    guarantees that glyphs cut at safe places are the glyphs of the parts shaped alone.
    """
    shaped, _, cuts = _shape(text, font, False)
    if start not in cuts or (end != len(text) and end not in cuts):
        return None
    part = text[start:end]
    if _guessed_script(part) != _guessed_script(text) or _guessed_script(text) is None:
        return None
    data = shaped.__shapeData__
    first, last = cuts[start], cuts[end] if end != len(text) else len(data)
    kept = data[first:last]
    if start:  # each glyph's cluster counts from the start of the part
        new = tuple.__new__
        kept = [new(ShapeData, (d[0] - start, d[1], d[2], d[3], d[4], d[5])) for d in kept]
    return ShapedStr(shaped[first:last], shapeData=kept), float(sum(d[1] for d in kept))


def _guessed_script(text: str) -> str | None:
    """The script HarfBuzz guesses for ``text`` from its first character that has a script of
    its own, if that is "Latin"; None if it may guess another or none (then :func:`shape_part`
    does not cut). Below U+0250 only letters have a script, all Latin but the micro sign."""
    for c in text:
        if c >= "\u0250":
            return None
        if c.isalpha():
            return "Latin" if c != "\xb5" else None
    return None


def clear_shapes() -> None:
    """Forget the remembered shapes."""
    _shape.cache_clear()


def _as_harfbuzz_reads_it(text: str, rtl: bool) -> str:
    """A right-to-left run without right-to-left letters, reversed and mirrored.

    HarfBuzz would guess left-to-right for e.g. "(" or " - "; other runs stay as they are.
    """
    if read_reversed(text, rtl):
        return "".join(MIRRORED.get(c, c) for c in reversed(text))
    return text


def read_reversed(text: str, rtl: bool) -> bool:
    """True if a run is shaped from its last character to its first (a right-to-left run
    without right-to-left letters): its glyphs' clusters count from the end."""
    return rtl and not any(is_rtl_script(c) for c in text)


def _without_joiners(shaped: ShapedStr, s: str) -> ShapedStr:
    """The shaped string without the (empty) glyphs of ZWJ and ZWNJ: they are never drawn."""
    data = shaped.__shapeData__
    keep = [i for i, d in enumerate(data) if s[d.cluster] not in ZW_JOINERS]
    return ShapedStr("".join(shaped[i] for i in keep), shapeData=[data[i] for i in keep])


@cache
def _hb_font(font: str):
    return pdfmetrics.getFont(font).hbFont(1000)  # as shapeFragWord makes it, once per font


def _harfbuzz(s: str, font: str) -> tuple[ShapedStr | None, dict[int, int] | None]:
    """What ``shapeFragWord(..., force=True)`` returns for one run in one font, made directly.

    ReportLab's function spends most of its time per glyph on bookkeeping for mixed-font
    words and for numbering unmapped glyphs (done once per font when the fonts are registered,
    see :mod:`.fonts`); the glyphs and their data are the same. None if a glyph has no code
    point (then ReportLab's function numbers it). With it, the characters where a left-to-right
    run's glyphs may be cut: where a glyph begins that HarfBuzz does not mark unsafe to break.
    """
    hb = _ttfonts.uharfbuzz
    face = pdfmetrics.getFont(font).face
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(s)
    buf.guess_segment_properties()
    hb.shape(_hb_font(font), buf, _FEATURES)
    infos, positions = buf.glyph_infos, buf.glyph_positions
    glyph = _glyphs(font).get
    found = [glyph(info.codepoint) for info in infos]
    if None in found:
        return None, None
    new = tuple.__new__  # ShapeData(...) without the named tuple's own constructor: per glyph
    if face.unitsPerEm == 1000:  # then ReportLab's scale is the identity
        data = [
            new(ShapeData, (i.cluster, p.x_advance, p.y_advance, p.x_offset, p.y_offset, g[1]))
            for i, p, g in zip(infos, positions, found, strict=True)
        ]
    else:
        scale = face._pdfScale
        data = [
            new(
                ShapeData,
                (
                    i.cluster,
                    scale(p.x_advance),
                    scale(p.y_advance),
                    scale(p.x_offset),
                    scale(p.y_offset),
                    g[1],
                ),
            )
            for i, p, g in zip(infos, positions, found, strict=True)
        ]
    return ShapedStr("".join([g[0] for g in found]), shapeData=data), _cuts(s, data, infos)


def _cuts(s: str, data: list, infos: list) -> dict[int, int]:
    """The word boundaries of ``s`` (next to a space, where lines break) at which a glyph
    begins that HarfBuzz does not mark unsafe to break, each with that glyph's index: where
    the glyphs may be cut."""
    unsafe = _ttfonts.uharfbuzz.GlyphFlags.UNSAFE_TO_BREAK
    clusters = [d[0] for d in data]
    spaces = [i for i, c in enumerate(s) if c == " "]
    cuts = {}
    for at in {0, *spaces, *(i + 1 for i in spaces)}:
        glyph = bisect_left(clusters, at)
        if glyph < len(clusters) and clusters[glyph] == at and not infos[glyph].flags & unsafe:
            cuts[at] = glyph
    return cuts


@cache
def _glyphs(font: str) -> dict[int, tuple[str, int]]:
    """Glyph id -> (the character ReportLab draws it as, its width) in ``font``, once per font
    (every glyph has a character once the fonts are registered, see :mod:`.fonts`)."""
    face = pdfmetrics.getFont(font).face
    widths = face.charWidths
    return {
        gid: (chr(codes[0]), widths[codes[0]])
        for gid, codes in face.glyphToChar.items()
        if codes and codes[0] in widths
    }
