"""Laying out one line: its characters and isolates, in visual order, as shaped runs.

A line of logical text becomes runs left to right, each in one font and one direction, ready
for a text object's ``textOut``. Protected spans (and, in right-to-left paragraphs, runs of
left-to-right letters) are isolates: they take part in the bidi algorithm as one placeholder
each, then come back as their own left-to-right unit.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from . import bidi
from .bidi import ISOLATE_CLASS, bidi_class
from .fonts import (
    choose_font,
    coverage,
    font_name,
    has_script_font,
    is_rtl_script,
    register_fonts,
)
from .shaping import shape, shape_part
from .spans import isolate_spans


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font and one direction, ready to draw.

    ``text`` is logical (reading) order; ``shaped`` is what ``textOut`` draws (glyphs in visual
    order); ``start`` is the offset of ``text`` in ``Line.text``; ``rtl`` means the run reads
    right to left.
    """

    text: str
    font: str
    size: float
    width: float
    rtl: bool
    shaped: str = ""
    start: int = 0


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


class _Unit(NamedTuple):
    """One character, or one isolate (text[start:end]), as the bidi algorithm sees it."""

    start: int
    end: int
    isolate: bool


class _Piece(NamedTuple):
    """text[start:end] in one font and one direction: a run before shaping."""

    start: int
    end: int
    font: str
    rtl: bool


class _Item(NamedTuple):
    """Pieces that move together when the line is reordered: one isolate, or characters of one
    level and one font."""

    pieces: list[_Piece]
    level: int


@lru_cache(maxsize=4096)
def layout_line(text: str, size: float, bold: bool, rtl: bool) -> Line:
    """Lay out one line of clean logical text (no newlines) into visual-order runs.

    A right-to-left paragraph with no right-to-left letters at all (an organisation's name, an
    address) reads left to right, as with dir="auto"; it keeps its right alignment (Line.rtl).
    """
    register_fonts()
    if _plain_latin(text, bold):
        return _layout_plain(text, size, bold, rtl)
    rtl_letters = rtl and any(is_rtl_script(c) for c in text)
    units = _units(text, isolate_spans(text, rtl_letters))
    classes = [ISOLATE_CLASS if u.isolate else bidi_class(text[u.start]) for u in units]
    items = _items(text, units, bidi.levels(classes, rtl_letters), bold)
    runs = [_run(text, piece, size) for piece in _visual_order(items)]
    return Line(runs=tuple(runs), width=sum(r.width for r in runs), rtl=rtl, text=text)


def _units(text: str, isolates: list[tuple[int, int]]) -> list[_Unit]:
    """Every character outside the isolates as a unit of its own, and each isolate as one."""
    units: list[_Unit] = []
    pos = 0
    for s, e in [*isolates, (len(text), len(text))]:
        units.extend(_Unit(i, i + 1, False) for i in range(pos, s))
        if e > s:
            units.append(_Unit(s, e, True))
        pos = e
    return units


def _items(text: str, units: list[_Unit], levels: list[int], bold: bool) -> list[_Item]:
    """The units with their fonts; neighbouring characters of one level and one font merged."""
    items: list[_Item] = []
    merging: list | None = None  # [start, end, font, level] of the characters being merged
    prev_font: str | None = None
    for unit, level in zip(units, levels, strict=True):
        if unit.isolate:
            if merging:
                items.append(_merged(*merging))
                merging = None
            items.append(_Item(_isolate_pieces(text, unit, bold), level))
            prev_font = None
            continue
        font = choose_font(text[unit.start], level % 2 == 1, bold, prev_font)
        prev_font = font
        if merging and merging[3] == level and merging[2] == font:
            merging[1] = unit.end
        else:
            if merging:
                items.append(_merged(*merging))
            merging = [unit.start, unit.end, font, level]
    if merging:
        items.append(_merged(*merging))
    return items


def _merged(start: int, end: int, font: str, level: int) -> _Item:
    """Characters text[start:end] of one level and one font, as one item."""
    return _Item([_Piece(start, end, font, level % 2 == 1)], level)


def _isolate_pieces(text: str, unit: _Unit, bold: bool) -> list[_Piece]:
    """An isolate's characters, left to right, split where the font changes."""
    pieces: list[_Piece] = []
    prev: str | None = None
    for i in range(unit.start, unit.end):
        font = choose_font(text[i], False, bold, prev)
        if pieces and pieces[-1].font == font:
            pieces[-1] = pieces[-1]._replace(end=i + 1)
        else:
            pieces.append(_Piece(i, i + 1, font, False))
        prev = font
    return pieces


def _visual_order(items: list[_Item]) -> list[_Piece]:
    """The pieces left to right (rule L2).

    Neighbouring left-to-right pieces of one font that are also neighbours in the logical text
    are shaped together (kerning across them, fewer text operators).
    """
    visual: list[_Piece] = []
    for index in bidi.reorder([item.level for item in items]):
        for piece in items[index].pieces:
            if visual and _joinable(visual[-1], piece):
                visual[-1] = visual[-1]._replace(end=piece.end)
            else:
                visual.append(piece)
    return visual


def _joinable(left: _Piece, right: _Piece) -> bool:
    """True if two neighbouring pieces (in visual order) can be shaped as one."""
    return not left.rtl and not right.rtl and left.font == right.font and left.end == right.start


def _run(text: str, piece: _Piece, size: float) -> Run:
    """Shape one piece into a run."""
    shaped, advance = shape(text[piece.start : piece.end], piece.font, piece.rtl)
    return Run(
        text=text[piece.start : piece.end],
        font=piece.font,
        size=size,
        width=advance * size / 1000.0,
        rtl=piece.rtl,
        shaped=shaped,
        start=piece.start,
    )


_plain: dict[bool, frozenset[str]] = {}


def _plain_latin(text: str, bold: bool) -> bool:
    """True if every character of text is drawn from the Latin font and is not right to left.

    Such a line is one left-to-right run in one font (bidi levels are all 0, every character
    and every isolate chooses the Latin font, and the runs merge): :func:`_layout_plain`.
    """
    chars = _plain.get(bold)
    if chars is None:
        chars = _plain[bold] = frozenset(
            chr(c)
            for c in coverage(font_name(bold, False))
            if not has_script_font(chr(c))
            and unicodedata.bidirectional(chr(c)) not in bidi.RTL_TYPES
        )
    return chars.issuperset(text)


def _layout_plain(text: str, size: float, bold: bool, line_rtl: bool) -> Line:
    """:func:`layout_line` of a line for which :func:`_plain_latin` holds, the short way."""
    if not text:
        return Line(runs=(), width=0, rtl=line_rtl, text=text)
    font = font_name(bold, False)
    return _plain_line(text, font, size, line_rtl, *shape(text, font, False))


def layout_part(whole: Line, start: int, end: int, size: float, bold: bool) -> Line:
    """:func:`layout_line` of ``whole.text[start:end]`` (a line of the paragraph ``whole``):
    a plain line's glyphs are cut from the paragraph's where that is exact
    (:func:`shaping.shape_part`), instead of shaping the line again."""
    text = whole.text[start:end]
    if len(whole.runs) == 1 and text and _plain_latin(whole.text, bold):
        font = whole.runs[0].font
        part = shape_part(whole.text, font, start, end)
        if part is not None:
            return _plain_line(text, font, size, whole.rtl, *part)
    return layout_line(text, size, bold, whole.rtl)


def _plain_line(text: str, font: str, size: float, rtl: bool, shaped: str, advance: float):
    """One left-to-right run in one font: a line for which :func:`_plain_latin` holds."""
    run = Run(text, font, size, advance * size / 1000.0, False, shaped, 0)
    return Line(runs=(run,), width=run.width, rtl=rtl, text=text)
