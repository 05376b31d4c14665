"""The drawing pieces of the PDF guide: ReportLab flowables that know how, never what.

Every flowable draws its text through :mod:`hulpwijzer.typeset`, which owns direction, fonts and
shaping. "start" means the side a line begins on: left in Dutch, right in Arabic, so one layout
serves both directions. What the texts are is decided in :mod:`hulpwijzer.compose`; which
flowable shows which block, in :mod:`.story`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import qrcode
import qrcode.constants
from reportlab.platypus import Flowable

from ... import links
from ... import typeset as text
from ...compose.blocks import Link
from . import style
from .icons import draw_icon


class TextBlock(Flowable):
    """A paragraph of one style, in the language's direction, wrapped by :func:`text.wrap`."""

    def __init__(
        self,
        content: str,
        tstyle: style.TextStyle,
        rtl: bool,
        align: str = "start",
        color=style.BLACK,
        link: Link = None,
    ):
        super().__init__()
        self.content, self.tstyle, self.rtl, self.align = content, tstyle, rtl, align
        self.color, self.link = color, link
        self.spaceAfter = tstyle.space_after
        self.lines: list[text.Line] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.lines = text.wrap(
            self.content, avail_width, self.tstyle.size, self.tstyle.bold, self.rtl
        )
        self.height = len(self.lines) * self.tstyle.line_height
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        fits = int(avail_height // self.tstyle.line_height)
        if fits >= len(self.lines):
            return []
        if len(self.lines) - fits < 2:  # leave at least two lines for the next page
            fits = len(self.lines) - 2
        if fits < 2:  # and put at least two on this one
            return []
        return [_LinesBlock(self, self.lines[:fits], 0), _LinesBlock(self, self.lines[fits:])]

    def draw(self):
        draw_lines(
            self.canv,
            self.lines,
            self.tstyle,
            self.rtl,
            self.align,
            self.width,
            self.height,
            self.color,
        )
        link = links.safe_link(self.link)  # the gate again, whoever made the flowable
        if link:
            self.canv.linkURL(link, (0, 0, self.width, self.height), relative=1)


class _LinesBlock(TextBlock):
    """Part of a split :class:`TextBlock`: its lines are fixed (and may be split again)."""

    def __init__(self, parent: TextBlock, lines: list[text.Line], space_after: float | None = None):
        super().__init__(
            parent.content, parent.tstyle, parent.rtl, parent.align, parent.color, parent.link
        )
        self.fixed_lines = lines
        if space_after is not None:
            self.spaceAfter = space_after

    def wrap(self, avail_width, avail_height):
        self.width, self.lines = avail_width, self.fixed_lines
        self.height = len(self.lines) * self.tstyle.line_height
        return self.width, self.height


def draw_lines(
    canv,
    lines,
    tstyle: style.TextStyle,
    rtl: bool,
    align: str,
    width: float,
    top: float,
    color=style.BLACK,
) -> None:
    """Draw wrapped lines downwards from ``top`` (y of the first line's box top)."""
    canv.setFillColor(color)
    for i, line in enumerate(lines):
        baseline = top - i * tstyle.line_height - _ascent(tstyle)
        text.draw_line(canv, line, 0, baseline, width, _resolve(align, rtl))


def _ascent(tstyle: style.TextStyle) -> float:
    return tstyle.size * (tstyle.leading - 0.25)


def _resolve(align: str, rtl: bool) -> str:
    if align == "start":
        return "right" if rtl else "left"
    if align == "end":
        return "left" if rtl else "right"
    return align


@dataclass
class Piece:
    """One part of an :class:`InlineRow`: its own style, maybe its own link, maybe a pictogram
    (a name in :mod:`hulpwijzer.pictograms`) on its start side, kept on its first line."""

    content: str
    tstyle: style.TextStyle
    link: Link = None
    icon: str | None = None

    @property
    def lead(self) -> float:
        """The room its pictogram takes before the text (0 without one)."""
        return self.icon_size + style.ICON_GAP if self.icon and self.content else 0.0

    @property
    def icon_size(self) -> float:
        """Its pictogram's size: larger beside large print."""
        return style.grown(style.ICON_CARD, self.tstyle, style.BOOKLET.small)


class InlineRow(Flowable):
    """Pieces of different sizes on one baseline, placed from the start side; a piece that
    does not fit moves to the next row (a phone number never breaks)."""

    GAP = 2.5 * style.mm

    def __init__(self, pieces: list[Piece], rtl: bool, space_after: float = 1.5 * style.mm):
        super().__init__()
        self.pieces, self.rtl, self.spaceAfter = pieces, rtl, space_after
        # per row: (piece, line, x, lead): lead is the room of the piece's pictogram at x
        self.rows: list[list[tuple[Piece, text.Line, float, float]]] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        rows: list[list[tuple[Piece, text.Line, float, float]]] = [[]]
        x = 0.0
        for piece in self.pieces:
            lines = text.wrap(
                piece.content,
                avail_width - piece.lead,
                piece.tstyle.size,
                piece.tstyle.bold,
                self.rtl,
            )
            for n, line in enumerate(lines):
                lead = piece.lead if n == 0 else 0.0
                if rows[-1] and (n > 0 or x + lead + line.width > avail_width):
                    rows.append([])
                    x = 0.0
                rows[-1].append((piece, line, x, lead))
                x += lead + line.width + self.GAP
        self.rows = [r for r in rows if r]
        self.height = sum(self._row_height(r) for r in self.rows)
        return self.width, self.height

    @staticmethod
    def _row_height(row) -> float:
        return max(piece.tstyle.line_height for piece, *_ in row)

    def split(self, avail_width, avail_height):
        """Whole rows that fit, and the rest (only a very long text needs more than a page)."""
        self.wrap(avail_width, avail_height)
        used, count = 0.0, 0
        for row in self.rows:
            used += self._row_height(row)
            if used > avail_height:
                break
            count += 1
        if count == 0 or count == len(self.rows):
            return []
        return [_FixedRows(self, self.rows[:count], 0), _FixedRows(self, self.rows[count:])]

    def draw(self):
        canv = self.canv
        top = self.height
        canv.setFillColor(style.BLACK)
        for row in self.rows:
            height = self._row_height(row)
            biggest = max((p.tstyle for p, *_ in row), key=lambda s: s.line_height)
            baseline = top - _ascent(biggest)
            for piece, line, x, lead in row:
                if lead:  # the pictogram on the start side: left, or right in Arabic
                    size = piece.icon_size
                    icon_x = self.width - x - size if self.rtl else x
                    icon_y = baseline + 0.36 * piece.tstyle.size - size / 2
                    draw_icon(canv, piece.icon, icon_x, icon_y, size)
                    x += lead
                left = self.width - x - line.width if self.rtl else x
                text.draw_line(canv, line, left, baseline, line.width, "left")
                link = links.safe_link(piece.link)  # the gate again, whoever made the flowable
                if link:
                    canv.linkURL(
                        link,
                        (
                            left,
                            baseline - piece.tstyle.size * 0.3,
                            left + line.width,
                            baseline + piece.tstyle.size,
                        ),
                        relative=1,
                    )
            top -= height


class _FixedRows(InlineRow):
    """Part of a split :class:`InlineRow`: its rows are fixed (and may be split again)."""

    def __init__(self, parent: InlineRow, rows, space_after: float | None = None):
        super().__init__(parent.pieces, parent.rtl, parent.spaceAfter)
        self.fixed_rows = rows
        if space_after is not None:
            self.spaceAfter = space_after

    def wrap(self, avail_width, avail_height):
        self.width, self.rows = avail_width, self.fixed_rows
        self.height = sum(self._row_height(r) for r in self.rows)
        return self.width, self.height


class LegendRow(InlineRow):
    """The legend's pictograms with their words, wider apart than a card's pieces so that each
    word clearly belongs to the pictogram before it."""

    GAP = style.LEGEND_GAP


class Box(Flowable):
    """Stacked flowables inside a frame: a contact card, a step, the emergency box.

    A box moves to the next page whole; only one taller than ``keep_within`` (the height of a
    page's frame) is split, so that an over-long text is printed rather than refused.
    """

    def __init__(
        self,
        children: list[Flowable],
        border=style.RULE,
        border_width=style.CARD_BORDER,
        fill=None,
        padding=style.CARD_PADDING,
        space_after=style.CARD_GAP,
        keep_within: float = 0.0,
    ):
        super().__init__()
        self.children, self.border, self.border_width = children, border, border_width
        self.fill, self.padding, self.spaceAfter = fill, padding, space_after
        self.keep_within = keep_within
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        inner = avail_width - 2 * self.padding
        self._sizes = [child.wrap(inner, avail_height) for child in self.children]
        gaps = sum(child.getSpaceAfter() for child in self.children[:-1])
        self.width = avail_width
        self.height = sum(h for _, h in self._sizes) + gaps + 2 * self.padding
        return self.width, self.height

    def split(self, avail_width, avail_height):
        """Split a box taller than the room left: the children that fit (splitting the first
        that does not, if it can), and the rest in a second box of the same kind."""
        if self.wrap(avail_width, avail_height)[1] <= self.keep_within:
            return []  # fits on the next page: a card is read as one
        inner = avail_width - 2 * self.padding
        room = avail_height - 2 * self.padding
        taken: list[Flowable] = []
        rest = list(self.children)
        used = 0.0
        while rest:
            child = rest[0]
            _, height = child.wrap(inner, max(room - used, 0))
            if used + height <= room:
                taken.append(rest.pop(0))
                used += height + child.getSpaceAfter()
                continue
            parts = child.split(inner, room - used) if room - used > 0 else []
            if parts:
                taken.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not taken or not rest:
            return []
        return [self._like(taken, 0), self._like(rest, self.spaceAfter)]

    def _like(self, children: list[Flowable], space_after: float) -> Box:
        return Box(children, self.border, self.border_width, self.fill, self.padding, space_after)

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.border_width)
        canv.setStrokeColor(self.border)
        if self.fill is not None:
            canv.setFillColor(self.fill)
        filled = int(self.fill is not None)
        canv.roundRect(0, 0, self.width, self.height, 2 * style.mm, stroke=1, fill=filled)
        canv.restoreState()
        y = self.height - self.padding
        for child, (_, h) in zip(self.children, self._sizes, strict=True):
            y -= h
            child.drawOn(canv, self.padding, y)
            y -= child.getSpaceAfter()


@lru_cache(maxsize=64)
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the QR code of ``url``, quiet zone included (made once per URL)."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=style.QR_QUIET_ZONE
    )
    code.add_data(url)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QRCode(Flowable):
    """The QR code as vector rectangles, square: the code ``size`` wide (without its quiet
    zone), with a white quiet zone of :data:`style.QR_QUIET_ZONE` modules around it.

    Only an https address is encoded (:func:`links.qr_url`); for anything else or None
    (possible only in a draft, since check refuses it) an empty frame stands in its place.
    """

    def __init__(self, url: Link, size: float = style.QR_SIZE):
        super().__init__()
        self.url = links.qr_url(url)
        self.matrix = qr_matrix(self.url) if self.url else []
        modules = len(self.matrix)
        code = modules - 2 * style.QR_QUIET_ZONE
        self.width = self.height = size * modules / code if self.matrix else size
        self.hAlign = "CENTER"

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv = self.canv
        if not self.matrix:
            canv.setStrokeColor(style.RULE)
            canv.setLineWidth(0.5)
            canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
            return
        module = self.width / len(self.matrix)
        canv.setFillColor(style.WHITE)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(style.BLACK)
        path = canv.beginPath()
        for r, row in enumerate(self.matrix):
            y = self.height - (r + 1) * module
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rect(start * module, y, (c - start) * module, module)
                else:
                    c += 1
        canv.drawPath(path, stroke=0, fill=1)


class NoteLines(Flowable):
    """Ruled lines to write on, filling the rest of the page."""

    def wrap(self, avail_width, avail_height):
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def draw(self):
        canv = self.canv
        canv.setStrokeColor(style.RULE)
        canv.setLineWidth(0.5)
        y = self.height - 10 * style.mm
        while y > 0:
            canv.line(0, y, self.width, y)
            y -= 10 * style.mm


class NotesPadding(Flowable):
    """Placed before the back page: adds the notes pages that make the page count a multiple
    of 4, supposing the back page takes ``back_pages`` pages; ``added`` says how many.
    ``notes_page`` makes the flowables of one notes page.

    It knows the page it is on when it is laid out, so one pass suffices: the renderer checks
    the count afterwards and renders again with a fixed number if the supposition was wrong.
    """

    _ZEROSIZE = True  # laid out even at the very bottom of a frame

    def __init__(self, notes_page: Callable[[], list[Flowable]], back_pages: int = 1):
        super().__init__()
        self.notes_page, self.back_pages = notes_page, back_pages
        self.added: int | None = None
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        if self.added is None:
            self.added = -(self.canv.getPageNumber() + self.back_pages) % 4
            pages = [flowable for _ in range(self.added) for flowable in self.notes_page()]
            if pages:
                self._frame.add_generated_content(*pages)
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        pass  # not even the empty save/translate/restore a flowable writes: no trace in the PDF
