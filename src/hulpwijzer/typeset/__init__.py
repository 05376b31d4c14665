"""Text direction, fonts, shaping and line breaking for every language, in one place.

ReportLab's ``Paragraph`` cannot lay out right-to-left text without ``rlbidi``, so all text of
the booklet (Latin and Arabic alike) goes through this module:

1. ``wrap`` breaks the *logical* text greedily at spaces, measuring shaped widths. Phone
   numbers, numbers with separators, URLs and e-mail addresses are atomic (see
   ``_PROTECTED_RE``); a word wider than the line is broken between characters.
2. Each line is laid out by ``_layout``: protected spans (and, in right-to-left paragraphs, runs
   of left-to-right letters) are *isolated*: each is replaced by one neutral placeholder
   (U+FFFC, bidi class ON, which is how the Unicode algorithm treats an isolate from outside)
   while embedding levels are computed with python-bidi's pure-Python steps, and then comes back
   as its own left-to-right unit. Runs are reordered into visual order by rule L2.
3. Each run gets one font (Arabic script and the neutrals of right-to-left runs:
   NotoSansArabic; everything else: NotoSans; a character the chosen font lacks falls back to
   the other) and is shaped by HarfBuzz through ReportLab in logical order, so Arabic joins,
   lam-alef ligatures and mirrored brackets come out right.
4. ``draw_line`` draws the runs left to right with a text object's ``textOut``.

Control and format characters (bidi marks, isolates, ZWSP, soft hyphen ...) are removed before
anything else and never drawn; ZWJ/ZWNJ are kept for shaping only (they steer Arabic joining)
and their glyphs are dropped from the output.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED
from reportlab.lib.abag import ABag
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr, TTFont, shapeFragWord

from .. import glyphs

__all__ = [
    "ARABIC_FONT",
    "FONT_DIR",
    "FONT_FILES",
    "LATIN_FONT",
    "Line",
    "Run",
    "clear_caches",
    "draw_line",
    "font_name",
    "measure",
    "missing_glyphs",
    "protected_spans",
    "register_fonts",
    "wrap",
]

FONT_DIR = glyphs.FONT_DIR
LATIN_FONT = "NotoSans"
ARABIC_FONT = "NotoSansArabic"
FONT_FILES: dict[str, str] = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold": "NotoSansArabic-Bold.ttf",
}

# HarfBuzz features: None = the font's defaults (kern, liga, rlig, calt, init/medi/fina ...).
# ReportLab's own default adds ``dlig``, whose discretionary ligatures in Noto Sans Arabic go
# well beyond what the designer turns on by default.
_FEATURES: dict[str, bool] | None = None

# --------------------------------------------------------------------------------------------
# Protected spans: the only regular expressions of the module.
# --------------------------------------------------------------------------------------------
_LATIN = r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_RTL_SCRIPTS = r"\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\U00010800-\U00010FFF\U0001E800-\U0001EFFF"
_MARKS = r"\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F"
_NUM_SPACE = r"[ \u00A0\u202F]"
_NUM_SEP = (
    rf"(?:{_NUM_SPACE}?[-\u2010-\u2013\u2212]{_NUM_SPACE}?"  # 09:00–17:00, 09:00 - 17:00
    rf"|{_NUM_SPACE}|[.,:/\u066B\u066C])"  # 0800 2000, 1.234,56, 12/05
)
_NUM_NEXT = r"(?=\d|\(\d{1,5}\))"  # a separator must be followed by more digits
# what may continue a number; no possessive "*+": early 3.11 releases (Debian's 3.11.2) get it wrong
_NUM_MORE = rf"\d|{_NUM_SEP}{_NUM_NEXT}|\(\d{{1,5}}\)(?={_NUM_SPACE}?\d)"
_NUMBER = (
    rf"(?<![\d{_LATIN}])"  # not glued to a Latin word ("A12", "1e" stay part of the word)
    r"(?:[€$£][ \u00A0]?)?\+?"
    rf"(?:\(\d{{1,5}}\){_NUM_SPACE}?)?\d"  # (020) 123 4567
    rf"(?:{_NUM_MORE})*(?!{_NUM_MORE})"  # +31 (0)20 ...; the longest run (never cut short)
    rf"(?:{_NUM_SPACE}?[%‰٪])?"
    rf"(?![{_LATIN}])"
)
_URL = r"(?:https?://|www\.)[^\s<>\"]+"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_DOMAIN = r"\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,24}\b(?:/\S*)?"
# Order matters: at one position the first alternative that matches wins.
_PROTECTED_RE = re.compile(rf"{_URL}|{_EMAIL}|{_DOMAIN}|{_NUMBER}")
# A run of left-to-right letters inside a right-to-left paragraph: from the first to the last
# LTR letter (digits glued to them included), spaces and punctuation in between, no RTL script.
_LTR_LETTER = rf"(?:(?![{_RTL_SCRIPTS}])[^\W\d_])"
_LTR_RUN_RE = re.compile(rf"\d*{_LTR_LETTER}(?:[^{_RTL_SCRIPTS}]*{_LTR_LETTER})?[{_MARKS}]*\d*")
_TRAILING_PUNCT = ".,;:!?'\"”’»…،؛؟"
_BRACKETS = {")": "(", "]": "["}
_OPENERS = {"(": ")", "[": "]"}

_PLACEHOLDER = "\ufffc"
_ZW_JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: kept for shaping, never drawn


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop trailing sentence punctuation and unbalanced closing brackets from a span."""
    while end > start:
        last = text[end - 1]
        if last in _TRAILING_PUNCT:
            end -= 1
        elif last in _BRACKETS:
            seg = text[start:end]
            if seg.count(_BRACKETS[last]) >= seg.count(last):
                break
            end -= 1
        else:
            break
    while start < end and text[start] in _OPENERS:
        seg, opener = text[start:end], text[start]
        if seg.count(opener) <= seg.count(_OPENERS[opener]):
            break
        start += 1
    return start, end


def protected_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of phone numbers, numbers with separators, URLs, e-mail addresses.

    These never break across lines and are laid out as left-to-right isolates.
    """
    spans = []
    for m in _PROTECTED_RE.finditer(text):
        s, e = _trim_span(text, *m.span())
        if e > s:
            spans.append((s, e))
    return spans


def _ltr_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of left-to-right letters within text[start:end] (a gap between protected spans)."""
    runs = []
    for m in _LTR_RUN_RE.finditer(text, start, end):
        s, e = m.span()
        # take a closing bracket that balances an opening one inside the run
        if (
            e < end
            and text[e] in _BRACKETS
            and text[s:e].count(_BRACKETS[text[e]]) > text[s:e].count(text[e])
        ):
            e += 1
        runs.append((s, e))
    return runs


def _isolate_spans(text: str, rtl: bool) -> list[tuple[int, int]]:
    """Spans laid out as left-to-right isolates: protected spans, plus LTR letter runs if rtl."""
    spans = protected_spans(text)
    if not rtl:
        return spans
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e in [*spans, (len(text), len(text))]:
        out.extend(_ltr_runs(text, pos, s))
        if e > s:
            out.append((s, e))
        pos = e
    return out


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------
_register_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the four bundled TrueType fonts with ReportLab (idempotent, thread-safe)."""
    if len(_coverage) == len(FONT_FILES):
        return
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
            if name not in _coverage:
                face = pdfmetrics.getFont(name).face
                _number_unmapped_glyphs(face)
                # private-use entries stand for unmapped glyphs (see above): leave them out
                cmap = face.charToGlyph
                _coverage[name] = frozenset(c for c in cmap if not 0xE000 <= c <= 0xF8FF)
        for family, bold in (
            ("NotoSans", "NotoSans-Bold"),
            ("NotoSansArabic", "NotoSansArabic-Bold"),
        ):
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


def font_name(bold: bool = False, arabic: bool = False) -> str:
    """Registered name of a bundled font."""
    return ("NotoSansArabic" if arabic else "NotoSans") + ("-Bold" if bold else "")


def _has(font: str, ch: str) -> bool:
    return ord(ch) in _coverage[font]


def _is_rtl_script(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _is_arabic_script(ch: str) -> bool:
    o = ord(ch)
    return (
        0x0600 <= o <= 0x06FF
        or 0x0750 <= o <= 0x077F
        or 0x0870 <= o <= 0x08FF
        or 0xFB50 <= o <= 0xFDFF
        or 0xFE70 <= o <= 0xFEFF
    )


@lru_cache(maxsize=8192)
def _choose_font(ch: str, rtl_context: bool, bold: bool, prev: str | None) -> str:
    """Font for one character; prev is the font of the preceding character (for marks)."""
    latin, arabic = font_name(bold, False), font_name(bold, True)
    if (
        prev is not None
        and (ch in _ZW_JOINERS or unicodedata.category(ch) in ("Mn", "Me", "Mc"))
        and (ch in _ZW_JOINERS or _has(prev, ch))
    ):
        return prev
    if _is_arabic_script(ch):
        return arabic
    if rtl_context and unicodedata.bidirectional(ch) != "L":
        first, second = arabic, latin
    else:
        first, second = latin, arabic
    if _has(first, ch) or not _has(second, ch):
        return first
    return second


# --------------------------------------------------------------------------------------------
# Shaping
# --------------------------------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _shape(text: str, font: str, rtl: bool) -> tuple[str, float]:
    """Shape one single-font run given in logical order.

    Returns the glyph string for ``textOut`` (a ReportLab ``ShapedStr``, glyphs in visual
    order) and its advance in 1/1000 of the font size.
    """
    s = text
    if rtl and not any(_is_rtl_script(c) for c in text):
        # HarfBuzz would guess left-to-right for e.g. "(" or " - ": reverse and mirror here.
        s = "".join(MIRRORED.get(c, c) for c in reversed(text))
    shaped = _harfbuzz(s, font) if s and _ttfonts.uharfbuzz is not None else None
    if shaped is None:
        word = shapeFragWord(
            [0, (ABag(fontName=font, fontSize=1000), s)], features=_FEATURES, force=True
        )
        shaped = word[1][1] if len(word) == 2 else None
    if not isinstance(shaped, ShapedStr):  # no HarfBuzz: plain string, nominal widths
        return s, pdfmetrics.stringWidth(s, font, 1000)
    data = shaped.__shapeData__
    if any(c in _ZW_JOINERS for c in s):
        keep = [i for i, d in enumerate(data) if s[d.cluster] not in _ZW_JOINERS]
        shaped = ShapedStr("".join(shaped[i] for i in keep), shapeData=[data[i] for i in keep])
        data = shaped.__shapeData__
    return shaped, float(sum(d.x_advance for d in data))


@cache
def _hb_font(font: str):
    return pdfmetrics.getFont(font).hbFont(1000)  # as shapeFragWord makes it, once per font


def _harfbuzz(s: str, font: str) -> ShapedStr | None:
    """What ``shapeFragWord(..., force=True)`` returns for one run in one font, made directly.

    ReportLab's function spends most of its time per glyph on bookkeeping for mixed-font
    words and for numbering unmapped glyphs (done once per font here, see
    :func:`_number_unmapped_glyphs`); the glyphs and their data are the same. None if a glyph
    has no code point (then ReportLab's function numbers it).
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


# --------------------------------------------------------------------------------------------
# Lines and runs
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Run:
    """A piece of one line in one font and one direction, ready to draw.

    ``text`` is logical (reading) order; ``shaped`` is what ``textOut`` draws (glyphs in visual
    order); ``start`` is the offset of ``text`` in ``Line.text``; ``rtl`` means the run reads
    right to left; ``isolate`` marks a phone number, URL, Latin name ... kept left to right.
    """

    text: str
    font: str
    size: float
    width: float
    rtl: bool
    shaped: str = ""
    start: int = 0
    isolate: bool = False


@dataclass(frozen=True)
class Line:
    """One laid-out line: ``runs`` in visual order (left to right), total ``width`` in points.

    ``rtl`` is the paragraph direction (for "start"/"end" alignment); ``text`` the line's
    logical text.
    """

    runs: tuple[Run, ...]
    width: float
    rtl: bool = False
    text: str = ""


def _clean(text: str) -> str:
    """Normalise line breaks and tabs; drop control/format characters except ZWJ/ZWNJ."""
    if text.isprintable() and not _VARIATION_SELECTOR_RE.search(text):
        return text  # no control, format or separator characters (but spaces): nothing to do
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = text.replace("\u2029", "\n").replace("\t", " ")
    out = []
    for ch in text:
        if ch == "\n" or ch in _ZW_JOINERS:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cc", "Cf") or _is_variation_selector(ch):
            continue
        else:
            out.append(ch)
    return "".join(out)


_VARIATION_SELECTOR_RE = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u034f]")


def _is_variation_selector(ch: str) -> bool:
    o = ord(ch)
    return 0xFE00 <= o <= 0xFE0F or 0xE0100 <= o <= 0xE01EF or o == 0x034F


def _resolve_levels(types: list[str], base: int) -> list[int]:
    """Embedding levels (rules W1-W7, N1-N2, I1-I2, L1) for a list of bidi classes."""
    storage = _bidi.get_empty_storage()
    storage["base_level"] = base
    storage["base_dir"] = "LR"[base]
    storage["chars"] = [{"ch": "", "level": base, "type": t, "orig": t} for t in types]
    _bidi.explicit_embed_and_overrides(storage)  # no explicit codes: sets up the level run
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels = [c["level"] for c in storage["chars"]]
    # L1: trailing whitespace takes the paragraph level
    for i in range(len(types) - 1, -1, -1):
        if types[i] != "WS":
            break
        levels[i] = base
    return levels


def _reorder(levels: list[int]) -> list[int]:
    """Rule L2: visual order (indices) of items with the given levels."""
    order = list(range(len(levels)))
    if not levels:
        return order
    odd = [lv for lv in levels if lv % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order


def _font_pieces(
    text: str, start: int, end: int, rtl_context: bool, bold: bool
) -> list[tuple[int, int, str]]:
    """Split text[start:end] into (start, end, font) pieces of one font each."""
    pieces: list[tuple[int, int, str]] = []
    prev: str | None = None
    for i in range(start, end):
        font = _choose_font(text[i], rtl_context, bold, prev)
        if pieces and pieces[-1][2] == font:
            pieces[-1] = (pieces[-1][0], i + 1, font)
        else:
            pieces.append((i, i + 1, font))
        prev = font
    return pieces


@lru_cache(maxsize=4096)
def _layout(text: str, size: float, bold: bool, rtl: bool) -> Line:
    """Lay out one line of clean logical text (no newlines) into visual-order runs."""
    register_fonts()
    # A right-to-left paragraph with no right-to-left letters at all (an organisation's name, an
    # address) reads left to right, as with dir="auto"; it keeps its right alignment (Line.rtl).
    line_rtl = rtl
    if _plain_latin(text, bold):
        return _layout_plain(text, size, bold, line_rtl)
    rtl = rtl and any(_is_rtl_script(c) for c in text)
    spans = _isolate_spans(text, rtl)
    # units: (start, end, is_isolate); bidi classes: a placeholder (ON) per isolate
    units: list[tuple[int, int, bool]] = []
    types: list[str] = []
    pos = 0
    for s, e in [*spans, (len(text), len(text))]:
        for i in range(pos, s):
            ch = text[i]
            units.append((i, i + 1, False))
            bidi_class = unicodedata.bidirectional(ch) or "ON"
            # joiners (and any other boundary neutral) go with their neighbour, never removed
            types.append("NSM" if ch in _ZW_JOINERS or bidi_class == "BN" else bidi_class)
        if e > s:
            units.append((s, e, True))
            types.append(unicodedata.bidirectional(_PLACEHOLDER))
        pos = e
    if rtl or _RTL_TYPES.intersection(types):
        levels = _resolve_levels(types, 1 if rtl else 0)
    else:  # left to right with no R, AL or AN: rules W1-I2 leave every level at 0
        levels = [0] * len(types)

    # items: ([(start, end, font, rtl)], level, isolate); chars merged per (level, font)
    items: list[tuple[list[tuple[int, int, str, bool]], int, bool]] = []
    prev_font: str | None = None
    for (s, e, iso), level in zip(units, levels, strict=True):
        if iso:
            pieces = [(a, b, f, False) for a, b, f in _font_pieces(text, s, e, False, bold)]
            items.append((pieces, level, True))
            prev_font = None
            continue
        font = _choose_font(text[s], level % 2 == 1, bold, prev_font)
        prev_font = font
        last = items[-1] if items else None
        if last and not last[2] and last[1] == level and last[0][-1][2] == font:
            a, _, f, r = last[0][-1]
            last[0][-1] = (a, e, f, r)
        else:
            items.append(([(s, e, font, level % 2 == 1)], level, False))

    # visual order; neighbouring left-to-right pieces of one font that are also neighbours in
    # the logical text are shaped together (kerning across them, fewer text operators)
    visual: list[tuple[int, int, str, bool, bool]] = []
    for idx in _reorder([lv for _, lv, _ in items]):
        pieces, _, iso = items[idx]
        for s, e, font, piece_rtl in pieces:
            if visual:
                ps, pe, pfont, prtl, piso = visual[-1]
                if not prtl and not piece_rtl and pfont == font and pe == s:
                    visual[-1] = (ps, e, font, False, piso and iso)
                    continue
            visual.append((s, e, font, piece_rtl, iso))

    runs: list[Run] = []
    for s, e, font, piece_rtl, iso in visual:
        shaped, advance = _shape(text[s:e], font, piece_rtl)
        runs.append(
            Run(
                text=text[s:e],
                font=font,
                size=size,
                width=advance * size / 1000.0,
                rtl=piece_rtl,
                shaped=shaped,
                start=s,
                isolate=iso,
            )
        )
    return Line(runs=tuple(runs), width=sum(r.width for r in runs), rtl=line_rtl, text=text)


_RTL_TYPES = frozenset(("R", "AL", "AN"))
_plain: dict[bool, frozenset[str]] = {}


def _plain_latin(text: str, bold: bool) -> bool:
    """True if every character of text is drawn from the Latin font and is not right to left.

    Such a line is one left-to-right run in one font (bidi levels are all 0, every character
    and every isolate chooses the Latin font, and the runs merge): :func:`_layout_plain`.
    """
    chars = _plain.get(bold)
    if chars is None:
        font = font_name(bold, False)
        chars = _plain[bold] = frozenset(
            chr(c)
            for c in _coverage[font]
            if not _is_arabic_script(chr(c)) and unicodedata.bidirectional(chr(c)) not in _RTL_TYPES
        )
    return chars.issuperset(text)


def _layout_plain(text: str, size: float, bold: bool, line_rtl: bool) -> Line:
    """:func:`_layout` of a line for which :func:`_plain_latin` holds, the short way."""
    if not text:
        return Line(runs=(), width=0, rtl=line_rtl, text=text)
    font = font_name(bold, False)
    shaped, advance = _shape(text, font, False)
    # the merged run is an isolate only if isolates (numbers, URLs ...) cover all of it
    isolate = sum(e - s for s, e in protected_spans(text)) == len(text)
    run = Run(text, font, size, advance * size / 1000.0, False, shaped, 0, isolate)
    return Line(runs=(run,), width=0 + run.width, rtl=line_rtl, text=text)


def measure(text: str, size: float, bold: bool = False, rtl: bool = False) -> float:
    """Width in points of text laid out on one line (of its widest line if it has newlines)."""
    paras = _clean(text).split("\n")
    return max(_layout(p.strip(" "), float(size), bold, rtl).width for p in paras)


def _clusters(text: str) -> list[str]:
    """Split text into base characters with their combining marks and joiners attached."""
    out: list[str] = []
    for ch in text:
        if out and (ch in _ZW_JOINERS or unicodedata.category(ch) in ("Mn", "Me", "Mc")):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _break_word(word: str, width: float, size: float, bold: bool, rtl: bool) -> list[Line]:
    """Break a word wider than the line between characters (at least one per line)."""
    lines = []
    rest = _clusters(word)
    while rest:
        lo, hi = 1, len(rest)  # largest n with width(rest[:n]) <= width; at least 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _layout("".join(rest[:mid]), size, bold, rtl).width <= width:
                lo = mid
            else:
                hi = mid - 1
        lines.append(_layout("".join(rest[:lo]), size, bold, rtl))
        rest = rest[lo:]
    return lines


def _wrap_paragraph(para: str, width: float, size: float, bold: bool, rtl: bool) -> list[Line]:
    para = para.strip(" ")
    whole = _layout(para, size, bold, rtl)
    if whole.width <= width:
        return [whole]
    # words: maximal stretches without a breakable space (spaces inside protected spans are not)
    protected = [False] * len(para)
    for s, e in protected_spans(para):
        protected[s:e] = [True] * (e - s)
    words: list[tuple[int, int]] = []
    i = 0
    while i < len(para):
        if para[i] == " " and not protected[i]:
            i += 1
            continue
        j = i
        while j < len(para) and not (para[j] == " " and not protected[j]):
            j += 1
        words.append((i, j))
        i = j

    space = pdfmetrics.stringWidth(" ", font_name(bold), size)
    word_w = [_layout(para[s:e], size, bold, rtl).width for s, e in words]

    lines: list[Line] = []
    i = 0
    while i < len(words):
        # estimate with word widths, then check (and correct) with the exact layout
        j, est = i, word_w[i]
        while j + 1 < len(words):
            nxt = est + (words[j + 1][0] - words[j][1]) * space + word_w[j + 1]
            if nxt > width:
                break
            j, est = j + 1, nxt
        line = _layout(para[words[i][0] : words[j][1]], size, bold, rtl)
        while line.width > width and j > i:
            j -= 1
            line = _layout(para[words[i][0] : words[j][1]], size, bold, rtl)
        while j + 1 < len(words):
            longer = _layout(para[words[i][0] : words[j + 1][1]], size, bold, rtl)
            if longer.width > width:
                break
            j, line = j + 1, longer
        if line.width > width:  # a single word wider than the line
            lines.extend(_break_word(line.text, width, size, bold, rtl))
        else:
            lines.append(line)
        i = j + 1
    return lines


def wrap(text: str, width: float, size: float, bold: bool = False, rtl: bool = False) -> list[Line]:
    """Break text into lines no wider than width (points), greedily, at spaces.

    "\\n" forces a break; an empty paragraph (and "") gives one empty line. Spaces at a break
    (and at the start and end of a paragraph) are dropped; protected spans never break; a word
    wider than the line is broken between characters. ``rtl`` is the paragraph direction.

    Results are remembered (lines are immutable): a flowable is wrapped several times per
    render, and the print and screen variants of a language wrap the same texts at the same
    widths. :func:`clear_caches` forgets them.
    """
    return list(_wrap(text, float(width), float(size), bool(bold), bool(rtl)))


@lru_cache(maxsize=32768)
def _wrap(text: str, width: float, size: float, bold: bool, rtl: bool) -> tuple[Line, ...]:
    register_fonts()
    lines: list[Line] = []
    for para in _clean(text).split("\n"):
        lines.extend(_wrap_paragraph(para, width, size, bold, rtl))
    return tuple(lines)


def clear_caches() -> None:
    """Forget remembered line layouts and shapes (e.g. between languages, to bound memory)."""
    _wrap.cache_clear()
    _layout.cache_clear()
    _shape.cache_clear()


def draw_line(canvas, line: Line, x: float, y: float, width: float, align: str) -> None:
    """Draw a line on a ReportLab canvas in the box [x, x + width] with baseline y.

    align: "left", "right", "center", "start" (right for rtl lines) or "end".
    """
    register_fonts()
    if align == "start":
        align = "right" if line.rtl else "left"
    elif align == "end":
        align = "left" if line.rtl else "right"
    if align == "left":
        cx = x
    elif align == "right":
        cx = x + width - line.width
    elif align == "center":
        cx = x + (width - line.width) / 2
    else:
        raise ValueError(f"unknown align {align!r}")
    if not line.runs:
        return
    t = canvas.beginText()
    for run in line.runs:
        t.setTextOrigin(cx, y)
        t.setFont(run.font, run.size)
        t.textOut(run.shaped)
        cx += run.width
    canvas.drawText(t)


def missing_glyphs(text: str) -> set[str]:
    """Characters of text that no bundled font can draw (in regular or bold).

    Control and format characters are not reported: they are never drawn.
    """
    register_fonts()
    missing = set()
    for ch in set(_clean(text)) - {"\n", " "} - _ZW_JOINERS:
        for bold in (False, True):
            if not (_has(font_name(bold, False), ch) or _has(font_name(bold, True), ch)):
                missing.add(ch)
    return missing
