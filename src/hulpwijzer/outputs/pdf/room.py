"""The room the layout leaves for a text, in lines and characters: one definition for the
translators' notes and ``status --key`` and for the layout check's hint (``check``, ``build``).

The room is derived from the layout (:data:`.style.PLACES`), not written by hand: the width of
the box the text is drawn in, divided by the average width of a character at its type size,
gives the characters per line; the number of lines is what the design leaves for the text.
The average character width is that of the Dutch texts in Noto Sans: 0.48 em regular and 0.51 em
bold (a test measures it again). Arabic letters are narrower on average (0.43 em), so for Arabic
the room is on the safe side. The room is a guide for the translator, not a hard limit: the
layout wraps every text, and the layout check judges the real lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import style

AVERAGE_EM = {False: 0.48, True: 0.51}  # average advance of a character, by bold


@dataclass(frozen=True)
class Room:
    """How much text fits the place of a key: ``lines`` of about ``per_line`` characters."""

    lines: int
    per_line: int
    size: float
    bold: bool
    width_mm: float

    @property
    def chars(self) -> int:
        return self.lines * self.per_line

    def describe(self) -> str:
        if self.lines == 1:
            amount = f"one line of about {self.per_line} characters"
        else:
            amount = f"{self.lines} lines of about {self.per_line} characters ({self.chars} in all)"
        weight = " bold" if self.bold else ""
        return f"Room: {amount}; {self.size:g} pt{weight}, {self.width_mm:.0f} mm wide."


def room(key: str, page_size: str = "A5", design: style.Design = style.BOOKLET) -> Room | None:
    """The room the layout leaves for ``key`` (in ``design``), or None for a key the layout
    does not place."""
    place = style.place_of(key)
    if place is None:
        return None
    tstyle, width = place.tstyle_in(design), place.width_in(page_size, design)
    per_line = int(width / (tstyle.size * AVERAGE_EM[tstyle.bold]))
    return Room(place.lines, per_line, tstyle.size, tstyle.bold, width / style.mm)


def length(text: str) -> int:
    """The characters of ``text`` as they are counted against a room (without outer spaces)."""
    return len(text.strip())
