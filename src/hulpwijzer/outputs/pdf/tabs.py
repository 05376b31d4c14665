"""Colour tabs on the outer edge: where each theme starts, seen on the closed booklet's edge.

Every section has a slot on the outer edge (the text frame's height shared among the sections,
in their order) and a colour (:data:`style.TAB_COLOURS`); each page of the section shows the
tab there, with the section's pictogram. A page on which a section begins also shows the tab of
the one it follows. The outer edge is the right on odd pages of a booklet bound on the left,
and the left on odd pages of one bound on the right (Arabic), as :mod:`.proof` lays them out.

How a page knows its sections: :class:`SectionMark` is a zero-size flowable placed before each
section's heading (and one without a section after the last), which records itself on the
canvas as the page is drawn; :func:`draw_tabs` runs when the page ends (ReportLab runs a page
template's ``onPage`` before the page's flowables, ``onPageEnd`` after them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from . import style
from .icons import draw_icon

_STATE = "_hulpwijzer_tabs"  # the canvas attribute holding a document's TabState


@dataclass(frozen=True)
class Tab:
    """A section's tab: its place among ``count`` sections, its colour and pictogram."""

    index: int
    count: int
    icon: str | None

    @property
    def colour(self):
        return style.TAB_COLOURS[self.index % len(style.TAB_COLOURS)]


@dataclass
class TabState:
    """The sections of the page being drawn: the one the last page ended in (unless a section
    begins at the very top of this page), then those marked on it."""

    carried: Tab | None = None
    marked: list[Tab | None] = field(default_factory=list)
    at_top: bool = False  # the first mark of this page stands at the top of its frame

    def page_tabs(self) -> list[Tab]:
        """The tabs of this page; then starts the next page with the section this one ends in."""
        tabs = [*([] if self.at_top else [self.carried]), *self.marked]
        if self.marked:
            self.carried = self.marked[-1]
        self.marked, self.at_top = [], False
        return list(dict.fromkeys(tab for tab in tabs if tab is not None))


def tab_state(canv) -> TabState:
    """The tabs' state of the document drawn on ``canv`` (made on first use)."""
    if not hasattr(canv, _STATE):
        setattr(canv, _STATE, TabState())
    return getattr(canv, _STATE)


class SectionMark(Flowable):
    """Zero size, draws nothing: tells the page it is on that ``tab``'s section begins there
    (None: no section from here on, the notes and the back page)."""

    _ZEROSIZE = True  # laid out even at the very bottom of a frame

    def __init__(self, tab: Tab | None):
        super().__init__()
        self.tab = tab
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        state = tab_state(canvas)  # nothing written into the PDF
        frame = getattr(self, "_frame", None)  # ReportLab's frame sets it as it adds us
        if not state.marked and frame is not None:
            state.at_top = y >= frame._y2 - frame._topPadding - 0.01
        state.marked.append(self.tab)


def outer_edge_is_right(page: int, rtl: bool) -> bool:
    """True when the outer edge of ``page`` (from 1) is its right edge.

    Bound on the left, odd pages lie right of the spine; bound on the right, left of it.
    """
    return (page % 2 == 1) != rtl


def slot(tab: Tab, trim_box: tuple[float, float, float, float]) -> tuple[float, float]:
    """Bottom and top of ``tab``'s slot: the frame's height shared among the sections."""
    _, y0, _, y1 = trim_box
    top, bottom = y1 - style.MARGIN, y0 + style.MARGIN + style.FOOTER_HEIGHT
    step = (top - bottom) / tab.count
    high = top - tab.index * step
    return high - step + style.TAB_GAP / 2, high - style.TAB_GAP / 2


def draw_tabs(canv, page: int, rtl: bool, trim_box, bleed: float) -> None:
    """Draw the tabs of the page that ends now, ``bleed`` beyond its outer trim edge."""
    x0, _, x1, _ = trim_box
    right = outer_edge_is_right(page, rtl)
    for tab in tab_state(canv).page_tabs():
        low, high = slot(tab, trim_box)
        left = x1 - style.TAB_DEPTH if right else x0 - bleed
        canv.saveState()
        canv.setFillColor(tab.colour)
        canv.rect(left, low, style.TAB_DEPTH + bleed, high - low, stroke=0, fill=1)
        canv.restoreState()
        if tab.icon:
            size = min(style.TAB_ICON, high - low - style.TAB_GAP, style.TAB_DEPTH)
            inner = x1 - style.TAB_DEPTH if right else x0
            x = inner + (style.TAB_DEPTH - size) / 2
            draw_icon(canv, tab.icon, x, (low + high - size) / 2, size, icon_colour(tab.colour))


def luminance(colour) -> float:
    """WCAG relative luminance of a CMYK colour, converted naively to sRGB.

    R = (1 − C)(1 − K), likewise G from M and B from Y: no press profile. Real ink on paper is
    duller than this, so the tab colours keep a margin above :data:`style.MIN_CONTRAST`.
    """

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    c, m, y, k = colour.cyan, colour.magenta, colour.yellow, colour.black
    r, g, b = ((1 - ink) * (1 - k) for ink in (c, m, y))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def contrast(a, b) -> float:
    """WCAG contrast ratio of two CMYK colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def icon_colour(background):
    """White or black, whichever contrasts more with ``background``."""
    return max((style.WHITE, style.BLACK), key=lambda ink: contrast(ink, background))
