"""The cover's own pieces: the themes as coloured tiles, and a foot set on the page's bottom.

The tiles repeat the colour tabs of the sections (:mod:`.tabs`) with their pictograms, in the
order of the sections from the start side, so the cover shows what is inside and the reader
finds the same colour on the booklet's edge.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from . import style
from .icons import draw_icon
from .tabs import Tab, icon_colour


class ThemeTiles(Flowable):
    """A square per section in its tab's colour with its pictogram: rows of tiles as wide as
    the frame allows, centred, first section on the start side (right in Arabic)."""

    def __init__(self, tabs: list[Tab], rtl: bool, size: float = style.ICON_COVER):
        super().__init__()
        self.tabs, self.rtl, self.size = tabs, rtl, size
        self.spaceAfter = style.COVER_TILES_SPACE
        self.per_row = 1

    def wrap(self, avail_width, avail_height):
        step = self.size + style.COVER_TILE_GAP
        self.per_row = max(1, int((avail_width + style.COVER_TILE_GAP) // step))
        rows = -(-len(self.tabs) // self.per_row)
        self.width = avail_width
        self.height = rows * self.size + max(rows - 1, 0) * style.COVER_TILE_GAP
        return self.width, self.height

    def draw(self):
        step = self.size + style.COVER_TILE_GAP
        for n, tab in enumerate(self.tabs):
            row, col = divmod(n, self.per_row)
            in_row = min(self.per_row, len(self.tabs) - row * self.per_row)
            left = (self.width - (in_row * step - style.COVER_TILE_GAP)) / 2
            x = left + col * step
            if self.rtl:
                x = self.width - x - self.size
            y = self.height - (row + 1) * self.size - row * style.COVER_TILE_GAP
            draw_tile(self.canv, tab, x, y, self.size)


def draw_tile(canv, tab: Tab, x: float, y: float, size: float) -> None:
    """One theme's tile: a rounded square in its tab's colour, its pictogram in white or black."""
    canv.saveState()
    canv.setFillColor(tab.colour)
    canv.roundRect(x, y, size, size, style.COVER_TILE_RADIUS, stroke=0, fill=1)
    canv.restoreState()
    if tab.icon:
        icon = size * style.COVER_TILE_ICON
        inset = (size - icon) / 2
        draw_icon(canv, tab.icon, x + inset, y + inset, icon, icon_colour(tab.colour))


class ThemeTile(Flowable):
    """One theme's tile as a flowable, ``size`` square (for a contents line: the same colour and
    pictogram as the section's tab)."""

    def __init__(self, tab: Tab, size: float = style.ICON_HEADING):
        super().__init__()
        self.tab, self.size = tab, size
        self.width = self.height = size

    def wrap(self, avail_width, avail_height):
        return self.size, self.size

    def draw(self):
        draw_tile(self.canv, self.tab, 0, 0, self.size)


class AtFoot(Flowable):
    """Flowables stacked as usual, but drawn at the bottom of the frame (the cover's foot).

    Its height is theirs, so a page that is too full is still found (the layout check adds it
    up like any other flowable); only where it is drawn moves down.
    """

    def __init__(self, children: list[Flowable]):
        super().__init__()
        self.children = children
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        self._sizes = [child.wrap(avail_width, avail_height) for child in self.children]
        gaps = sum(child.getSpaceAfter() for child in self.children[:-1])
        self.width, self.height = avail_width, sum(h for _, h in self._sizes) + gaps
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        frame = getattr(self, "_frame", None)  # ReportLab's frame sets it as it adds us
        super().drawOn(canvas, x, frame._y1p if frame is not None else y, _sW)

    def draw(self):
        top = self.height
        for child, (_, h) in zip(self.children, self._sizes, strict=True):
            top -= h
            child.drawOn(self.canv, 0, top)
            top -= child.getSpaceAfter()
