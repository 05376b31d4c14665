"""Which characters the bundled fonts can draw, without loading ReportLab.

``hulpwijzer check --no-layout`` must stay light, yet it reports every character that would be
printed as an empty box. This module reads the character map (``cmap``, formats 4 and 12) of the
bundled TrueType fonts directly. It is the one definition of "printable" (the checks, the
translators' status) and holds the one table of bundled fonts, which :mod:`hulpwijzer.typeset`
registers with ReportLab; the tests compare :func:`missing` with what ReportLab's font objects
can draw. It also names what is missing: the script of a character (Unicode's Scripts data,
through fontTools) and the font that would draw it (:func:`font_advice`).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from functools import cache
from pathlib import Path
from typing import NamedTuple

from fontTools import unicodedata as scripts_data

FONT_DIR = Path(__file__).parent / "fonts"


class Family(NamedTuple):
    """One bundled family: its two files in FONT_DIR and the scripts it is chosen for."""

    regular: str
    bold: str
    # ISO 15924 codes ("Arab"): a character of these scripts is drawn from this family. The
    # first family is the base: it draws every other character (Latin, Greek, Cyrillic, digits,
    # punctuation, symbols); a character the chosen family lacks falls back to another.
    scripts: tuple[str, ...]


# family -> its files and scripts; the family is also the font's name in ReportLab. A character
# is printable if one family has it in both weights. The files, their versions and where they
# come from: fonts/README.md. To cover a new script, add its static TTFs and one row here.
FONTS: dict[str, Family] = {
    "NotoSans": Family("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", ("Latn", "Grek", "Cyrl")),
    "NotoSansArabic": Family("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf", ("Arab",)),
    "NotoSansEthiopic": Family(
        "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf", ("Ethi",)
    ),
}
BASE_FAMILY = next(iter(FONTS))
ZW_JOINERS = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: they steer Arabic joining, never drawn
VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef\u034f]")


def invisible(ch: str) -> bool:
    """True for control and format characters and variation selectors: they are never drawn."""
    return unicodedata.category(ch) in ("Cc", "Cf") or VARIATION_SELECTORS.match(ch) is not None


@cache
def coverage(filename: str) -> frozenset[int]:
    """Code points that ``filename`` (in the fonts folder) maps to a real glyph."""
    data = (FONT_DIR / filename).read_bytes()
    (num_tables,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for i in range(num_tables):
        tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
        tables[tag] = (offset, length)
    cmap = tables[b"cmap"][0]
    _, count = struct.unpack_from(">HH", data, cmap)
    records = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        records[(platform, encoding)] = cmap + offset
    for key in ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3)):
        if key in records:
            return frozenset(_read_subtable(data, records[key]))
    raise ValueError(f"{filename}: no Unicode character map")


def _read_subtable(data: bytes, at: int) -> set[int]:
    """Code points a cmap subtable (at offset ``at``) maps to a glyph other than .notdef."""
    (fmt,) = struct.unpack_from(">H", data, at)
    if fmt == 12:
        return _read_format_12(data, at)
    if fmt == 4:
        return _read_format_4(data, at)
    raise ValueError(f"cmap format {fmt} is not read here")


def _read_format_12(data: bytes, at: int) -> set[int]:
    """Format 12: groups of consecutive code points and glyphs (all of Unicode)."""
    chars: set[int] = set()
    (groups,) = struct.unpack_from(">I", data, at + 12)
    for i in range(groups):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * i)
        chars.update(c for c in range(start, end + 1) if glyph + c - start)
    return chars


def _read_format_4(data: bytes, at: int) -> set[int]:
    """Format 4: segments of the Basic Multilingual Plane, by delta or by a glyph array."""
    (length,) = struct.unpack_from(">H", data, at + 2)
    (seg_x2,) = struct.unpack_from(">H", data, at + 6)
    segs = seg_x2 // 2
    ends = struct.unpack_from(f">{segs}H", data, at + 14)
    starts = struct.unpack_from(f">{segs}H", data, at + 16 + seg_x2)
    deltas = struct.unpack_from(f">{segs}h", data, at + 16 + 2 * seg_x2)
    range_at = at + 16 + 3 * seg_x2
    offsets = struct.unpack_from(f">{segs}H", data, range_at)
    chars: set[int] = set()
    for n in range(segs):
        for c in range(starts[n], ends[n] + 1):
            if offsets[n] == 0:
                glyph = (c + deltas[n]) & 0xFFFF
            else:
                where = range_at + 2 * n + offsets[n] + 2 * (c - starts[n])
                if where + 2 > at + length:
                    continue
                (glyph,) = struct.unpack_from(">H", data, where)
                if glyph:
                    glyph = (glyph + deltas[n]) & 0xFFFF
            if glyph:
                chars.add(c)
    return chars


def _drawn(text: str) -> set[str]:
    """The characters of ``text`` that would be drawn: no line breaks, spaces or invisibles."""
    return {ch for ch in set(text) - set("\n \u2028\u2029") if not invisible(ch)}


@cache
def _printable() -> frozenset[int]:
    """Code points some bundled family draws in regular and in bold."""
    regular = frozenset().union(*(coverage(row.regular) for row in FONTS.values()))
    bold = frozenset().union(*(coverage(row.bold) for row in FONTS.values()))
    return regular & bold


def missing(text: str) -> set[str]:
    """Characters of ``text`` that no bundled font draws in both regular and bold."""
    printable = _printable()
    return {ch for ch in _drawn(text) if ord(ch) not in printable}


@cache
def script_family(ch: str) -> str | None:
    """The family (not the base one) whose scripts ``ch`` belongs to, or None.

    Punctuation and marks shared by several scripts count for each of them (Unicode's script
    extensions): the Arabic comma "،" goes with Arabic, a Latin comma with nobody.
    """
    found = scripts_data.script_extension(ch)
    for family, row in FONTS.items():
        if family != BASE_FAMILY and found.intersection(row.scripts):
            return family
    return None


def script_names(chars: set[str] | str) -> list[str]:
    """English names of the scripts of ``chars`` ("Ethiopic", "Han"); "symbols" for emoji and
    other characters of no one script."""
    names = set()
    for ch in set(chars):
        code = scripts_data.script(ch)
        names.add("symbols" if code in ("Zyyy", "Zinh", "Zzzz") else scripts_data.script_name(code))
    return sorted(names)


# Noto families whose name is not "Noto Sans <script name>" (static TTFs of Google Fonts)
_NOTO_FOR = {
    "Han": "Noto Sans SC (Simplified Chinese) or Noto Sans TC (Traditional)",
    "Hiragana": "Noto Sans JP",
    "Katakana": "Noto Sans JP",
    "Hangul": "Noto Sans KR",
    "Bopomofo": "Noto Sans TC",
}
_LARGE = ("Han", "Hiragana", "Katakana", "Hangul", "Bopomofo")


def font_advice(chars: set[str] | str) -> str:
    """Which font would print the letters of ``chars``, and where it goes (work for a
    programmer); "" if they are only emoji and symbols, which no font of the guide is for."""
    names = [n for n in script_names(chars) if n != "symbols"]
    if not names:
        return ""
    fonts = sorted({_NOTO_FOR.get(n, f"Noto Sans {n}") for n in names})
    large = any(n in _LARGE for n in names)
    return (
        f"To print {' and '.join(names)} letters the guide needs a font for them (work for a "
        f"programmer): {' and '.join(fonts)}, regular and bold as static TTF files (SIL Open "
        "Font License), into src/hulpwijzer/fonts/ with their source in its README.md, and one "
        "row in FONTS in src/hulpwijzer/glyphs.py"
        + (" (CJK fonts are large: 10 MB or more per weight)" if large else "")
        + "; see docs/translators.md, 'Scripts and fonts'."
    )
