"""Bidi embedding levels and visual order of the units of one line (Unicode bidi algorithm).

python-bidi's pure-Python steps resolve the levels; the line's isolates (phone numbers, URLs,
Latin names in Arabic ...) take part as one placeholder each, so they come back whole.
"""

from __future__ import annotations

import unicodedata

from bidi import algorithm as _bidi

from ..glyphs import ZW_JOINERS

RTL_TYPES = frozenset(("R", "AL", "AN"))
# U+FFFC stands for an isolate while levels are resolved: bidi class ON, which is how the
# algorithm treats an isolate from outside.
ISOLATE_CLASS = unicodedata.bidirectional("\ufffc")


def bidi_class(ch: str) -> str:
    """Bidi class of one character for level resolution."""
    bidi_class = unicodedata.bidirectional(ch) or "ON"
    # joiners (and any other boundary neutral) go with their neighbour, never removed
    return "NSM" if ch in ZW_JOINERS or bidi_class == "BN" else bidi_class


def levels(types: list[str], rtl: bool) -> list[int]:
    """Embedding levels of a line's units, given their bidi classes and the direction."""
    if rtl or RTL_TYPES.intersection(types):
        return _resolve_levels(types, 1 if rtl else 0)
    return [0] * len(types)  # left to right with no R, AL or AN: W1-I2 leave every level at 0


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


def reorder(levels: list[int]) -> list[int]:
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
