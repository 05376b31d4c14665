"""Finding help in the PDF: the contents by need and the index of organisations, with the
page numbers of the real layout.

Where a section heading and a contact card land is only known as the pages are drawn. Each
heading and card is a flowable that records its page in :class:`PageMarks` when it is drawn.
The index comes after every card, so it prints the recorded pages as it is drawn. The contents
come before the sections: each of their page numbers is a small PDF form, drawn in the contents
and written when its heading is drawn (as "page 3 of 12" footers are made). A page number always
takes the same room (:func:`style.page_ref_width`: as many digits as ``max_pages`` has), so the
numbers never move the layout and one pass gives the right numbers: no second layout. What
cannot be numbered (a form never written, a number wider than its room) stops the build with
:class:`PageRefError`.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from ... import typeset as text
from ...compose.blocks import ContentsEntry, IndexEntry
from ...model import HulpwijzerError
from . import style
from .flowables import Box, TextBlock, _ascent

__all__ = [
    "ContentsLine",
    "IndexColumns",
    "IndexLine",
    "MarkedBox",
    "MarkedHeading",
    "PageMarks",
    "PageRefError",
    "card_key",
    "section_key",
]

# Draws a theme's pictogram in a square: (canvas, x, y of its lower corner, size). The contents
# leave room for it at the start of each question when one is given (see ContentsLine).
Pictogram = Callable[[object, float, float, float], None]


class PageRefError(HulpwijzerError):
    """A page number of the contents or the index cannot be printed right."""


# between the pages of one organisation: "8, 11"; in Arabic "8، 11", which reads from the right,
# so it is drawn (left to right) as "11 ،8"
SEPARATOR = {False: ", ", True: " \u060c"}
# The most lines of a name the index shows. A draft may hold any name, and an entry must fit on
# a page; a longer name ends with "…" after these lines. (The check stops a build in which a name
# takes more than 4 lines of the index: see outputs/pdf/fit.py.)
INDEX_NAME_MOST_LINES = 12


def page_list(pages: list[int], rtl: bool) -> str:
    """The pages of an index entry as drawn from left to right: the first page at the start
    side of the reader's direction."""
    return SEPARATOR[rtl].join(str(p) for p in (reversed(pages) if rtl else pages))


def section_key(section_id: str) -> str:
    return f"section-{section_id}"


def card_key(section_id: str, contact_id: str) -> str:
    return f"card-{section_id}-{contact_id}"


class PageMarks:
    """The pages on which the marked flowables of one layout were drawn, and the contents'
    page-number forms: those used (drawn in the contents) and those written."""

    def __init__(self, rtl: bool, design: style.Design):
        self.rtl, self.design = rtl, design
        self.pages: dict[str, list[int]] = {}
        self.forms_used: set[str] = set()
        self.forms_written: set[str] = set()

    def first_page(self, key: str) -> int:
        """The first page ``key`` was drawn on; :class:`PageRefError` if it was not drawn."""
        if key not in self.pages:
            raise PageRefError(f"'{key}' was not printed before the index that refers to it")
        return min(self.pages[key])

    def note(self, canv, key: str) -> int:
        """Note the page ``key`` is drawn on (a card split over two pages notes both)."""
        page = canv.getPageNumber()
        self.pages.setdefault(key, []).append(page)
        return page

    def heading(self, canv, key: str) -> None:
        """Note the page of the heading ``key`` and make it the target of the contents' link."""
        self.record(canv, key)
        canv.bookmarkPage(key)

    def record(self, canv, key: str) -> None:
        """Note the page ``key`` is drawn on; write its page-number form the first time."""
        page = self.note(canv, key)
        if key in self.forms_written:
            return
        self.forms_written.add(key)
        ref = self.design.page_ref
        width, height = style.page_ref_width(self.design), ref.line_height
        canv.beginForm(form_name(key), 0, 0, width, height)
        canv.setFillColor(style.BLACK)
        draw_number(
            canv, page, ref, 0, height - _ascent(ref), width, "left" if self.rtl else "right"
        )
        canv.endForm()

    def unwritten(self) -> set[str]:
        """Forms the contents draw that no heading wrote: their numbers would be missing."""
        return self.forms_used - self.forms_written


def form_name(key: str) -> str:
    return f"pageref-{key}"


def draw_number(canv, page: int, tstyle: style.TextStyle, x, baseline, width, align) -> None:
    """A page number in its room; :class:`PageRefError` if it does not fit there."""
    line = text.wrap(str(page), 1000, tstyle.size, tstyle.bold)[0]
    if line.width > width:
        raise PageRefError(f"page {page} is wider than the room the contents leave for it")
    text.draw_line(canv, line, x, baseline, width, align)


class MarkedHeading(TextBlock):
    """A section heading that records its page (and is the target of the contents' links)."""

    def __init__(
        self,
        content: str,
        tstyle,
        rtl: bool,
        marks: PageMarks,
        key: str,
        keep_within: float = float("inf"),
        **kw,
    ):
        super().__init__(content, tstyle, rtl, **kw)
        self.marks, self.key, self.keep_within = marks, key, keep_within

    def split(self, avail_width, avail_height):
        """Never split, so that its page is the page of its first line; only a heading taller
        than ``keep_within`` (a page: a draft's runaway title) is split, its page recorded
        where its first part is drawn."""
        if self.wrap(avail_width, avail_height)[1] <= self.keep_within:
            return []
        parts = super().split(avail_width, avail_height)
        return [_PageMark(self.marks, self.key), *parts] if parts else []

    def draw(self):
        self.marks.heading(self.canv, self.key)
        super().draw()


class _PageMark(Flowable):
    """Nothing to see: records the page of ``key`` where it is drawn."""

    def __init__(self, marks: PageMarks, key: str):
        super().__init__()
        self.marks, self.key = marks, key

    def wrap(self, avail_width, avail_height):
        return 0, 0

    def draw(self):
        self.marks.heading(self.canv, self.key)


class MarkedBox(Box):
    """A contact card that records the page(s) it is drawn on, for the index."""

    def __init__(self, children, marks: PageMarks, key: str, **kw):
        super().__init__(children, **kw)
        self.marks, self.key = marks, key

    def _like(self, children, space_after):
        part = super()._like(children, space_after)
        return MarkedBox(
            part.children,
            self.marks,
            self.key,
            border=part.border,
            border_width=part.border_width,
            fill=part.fill,
            padding=part.padding,
            space_after=part.spaceAfter,
        )

    def draw(self):
        self.marks.note(self.canv, self.key)
        super().draw()


def _leader(canv, x0: float, x1: float, baseline: float, design: style.Design) -> None:
    """Dots from the end of a text to its page number, so the eye finds the number."""
    if x1 - x0 < 4 * style.mm:
        return
    dot = design.page_ref.size * style.LEADER_DOT
    canv.saveState()
    canv.setStrokeColor(style.BLACK)
    canv.setLineWidth(dot)
    canv.setLineCap(1)
    canv.setDash(0.01, 3 * dot)
    canv.line(x0, baseline, x1, baseline)
    canv.restoreState()


class _Entry(Flowable):
    """A text at the start side and page numbers in a fixed room at the end side, joined by a
    dotted leader on the first line; a thin rule under the entry."""

    def __init__(self, rtl: bool, design: style.Design, refs: int):
        super().__init__()
        self.rtl, self.design = rtl, design
        ref = design.page_ref  # the separator with its space (measure drops outer spaces)
        gap = text.measure(f"0{SEPARATOR[rtl]}0", ref.size, ref.bold) - text.measure(
            "00", ref.size, ref.bold
        )
        self.ref_width = refs * style.page_ref_width(design) + (refs - 1) * gap
        self.spaceAfter = design.entry_gap
        self.blocks: list[tuple[list[text.Line], style.TextStyle]] = []

    def texts(self) -> list[tuple[str, style.TextStyle]]:
        raise NotImplementedError

    def wrap(self, avail_width, avail_height):
        if self.blocks and avail_width == self.width:  # the height does not depend on the room
            return self.width, self.height
        self.width = avail_width
        inner = avail_width - self.ref_width - self.design.entry_gap - self.icon_room()
        self.blocks = [(self.lines_of(content, inner, ts), ts) for content, ts in self.texts()]
        self.height = sum(len(lines) * ts.line_height for lines, ts in self.blocks)
        self.height += self.design.entry_gap / 2
        return self.width, self.height

    def lines_of(self, content: str, width: float, ts: style.TextStyle) -> list[text.Line]:
        """The lines of one of :meth:`texts` in the room ``width`` wide."""
        return text.wrap(content, width, ts.size, ts.bold, self.rtl)

    def icon_room(self) -> float:
        return 0.0

    def draw(self):
        canv = self.canv
        start = self.icon_room()
        top = self.height
        first_baseline = None
        canv.setFillColor(style.BLACK)
        for lines, ts in self.blocks:
            for line in lines:
                baseline = top - _ascent(ts)
                left = self.width - start - line.width if self.rtl else start
                text.draw_line(canv, line, left, baseline, line.width, "left")
                if first_baseline is None:
                    first_baseline = baseline
                    end = left if self.rtl else left + line.width
                    ref_edge = self.ref_width if self.rtl else self.width - self.ref_width
                    gap = self.design.entry_gap
                    if self.rtl:
                        _leader(canv, ref_edge + gap, end - gap, baseline, self.design)
                    else:
                        _leader(canv, end + gap, ref_edge - gap, baseline, self.design)
                top -= ts.line_height
        self.draw_refs(first_baseline or 0.0)
        canv.saveState()
        canv.setStrokeColor(style.RULE)
        canv.setLineWidth(style.RULE_WIDTH)
        canv.line(0, 0, self.width, 0)
        canv.restoreState()

    def draw_refs(self, baseline: float) -> None:
        raise NotImplementedError

    def ref_left(self) -> float:
        """The left edge of the page numbers' room: the end side of the line."""
        return 0.0 if self.rtl else self.width - self.ref_width


class ContentsLine(_Entry):
    """A question of the contents, the section's title under it, and the page of its heading.

    The page number is the form its heading writes (:meth:`PageMarks.record`); on screen the
    entry links to the heading. ``pictogram``, when given, draws the theme's pictogram in a
    square at the start of the question.
    """

    def __init__(
        self,
        entry: ContentsEntry,
        rtl: bool,
        design: style.Design,
        marks: PageMarks,
        pictogram: Pictogram | None = None,
    ):
        super().__init__(rtl, design, 1)
        self.entry, self.marks, self.pictogram = entry, marks, pictogram
        self.key = section_key(entry.section_id)

    def texts(self):
        return [
            (self.entry.question, self.design.contents_question),
            (self.entry.title, self.design.contents_section),
        ]

    def icon_room(self) -> float:
        if self.pictogram is None:
            return 0.0
        return self.design.contents_question.line_height + self.design.entry_gap

    def draw(self):
        super().draw()
        if self.pictogram is not None:
            size = self.design.contents_question.line_height
            x = self.width - size if self.rtl else 0.0
            self.pictogram(self.canv, x, self.height - size, size)
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1)

    def draw_refs(self, baseline: float) -> None:
        ref = self.design.page_ref
        self.marks.forms_used.add(self.key)
        canv = self.canv
        canv.saveState()
        canv.translate(self.ref_left(), baseline - (ref.line_height - _ascent(ref)))
        canv.doForm(form_name(self.key))
        canv.restoreState()


class IndexLine(_Entry):
    """An organisation of the index and the page(s) of its card(s), as they were drawn."""

    def __init__(self, entry: IndexEntry, rtl: bool, design: style.Design, marks: PageMarks):
        super().__init__(rtl, design, len(entry.section_ids))
        self.entry, self.marks = entry, marks

    def texts(self):
        return [(self.entry.name, self.design.index_name)]

    def lines_of(self, content, width, ts):
        """The name's lines, at most :data:`INDEX_NAME_MOST_LINES`: a longer name is cut after
        the last word that fits there, and ends with "…"."""
        lines = super().lines_of(content, width, ts)
        words = " ".join(line.text for line in lines[:INDEX_NAME_MOST_LINES]).split(" ")
        while len(lines) > INDEX_NAME_MOST_LINES and len(words) > 1:
            words.pop()
            lines = super().lines_of(" ".join(words) + "…", width, ts)
        return lines[:INDEX_NAME_MOST_LINES]

    def draw_refs(self, baseline: float) -> None:
        if self.marks.unwritten():  # every heading was drawn before the index
            missing = ", ".join(sorted(self.marks.unwritten()))
            raise PageRefError(f"the contents refer to sections that were not printed: {missing}")
        pages = sorted(
            {
                self.marks.first_page(card_key(s, self.entry.contact_id))
                for s in self.entry.section_ids
            }
        )
        ref = self.design.page_ref
        numbers = page_list(pages, self.rtl)
        line = text.wrap(numbers, 1000, ref.size, ref.bold)[0]
        if line.width > self.ref_width:
            raise PageRefError(f"pages {numbers} are wider than the room the index leaves")
        self.canv.setFillColor(style.BLACK)
        align = "left" if self.rtl else "right"
        text.draw_line(self.canv, line, self.ref_left(), baseline, self.ref_width, align)


class IndexColumns(Flowable):
    """Index entries in ``design.index_columns`` columns, read down each column, the first
    column on the start side (right in Arabic). Split between pages between two entries; the
    last page's columns are balanced."""

    def __init__(self, lines: list[IndexLine], rtl: bool, design: style.Design):
        super().__init__()
        self.lines, self.rtl, self.design = lines, rtl, design
        self.columns: list[list[tuple[IndexLine, float]]] = []

    def _column_width(self, avail_width: float) -> float:
        n = self.design.index_columns
        return (avail_width - (n - 1) * self.design.column_gap) / n

    def _fill(self, width: float, cap: float) -> list[list[tuple[IndexLine, float]]]:
        """The entries that fit, column by column, each column ``width`` wide and at most ``cap``
        high. Only the entries up to the first that does not fit are measured (an entry keeps its
        measure): a page of the index costs its own entries, not all the entries after it."""
        columns: list[list[tuple[IndexLine, float]]] = [[]]
        used = 0.0
        for line in self.lines:
            height = line.wrap(width, cap)[1]
            # an entry with the gap after it (the part's height counts it: see _height)
            if columns[-1] and used + height + line.getSpaceAfter() > cap:
                if len(columns) == self.design.index_columns:
                    break
                columns.append([])
                used = 0.0
            if height + line.getSpaceAfter() > cap:
                break
            columns[-1].append((line, height))
            used += height + line.getSpaceAfter()
        return columns

    def _placed(self, columns) -> int:
        return sum(len(c) for c in columns)

    def _balanced(self, width: float, cap: float):
        """The lowest columns that still hold every entry (all fit within ``cap``)."""
        low, high = 0.0, cap
        for _ in range(20):
            middle = (low + high) / 2
            if self._placed(self._fill(width, middle)) == len(self.lines):
                high = middle
            else:
                low = middle
        return self._fill(width, high)

    @staticmethod
    def _height(columns) -> float:
        """The tallest column: its entries, each with the gap after it, as :meth:`_fill`
        counts them."""
        return max(
            (sum(h + line.getSpaceAfter() for line, h in c) for c in columns if c), default=0.0
        )

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        width = self._column_width(avail_width)
        if self._placed(self._fill(width, avail_height)) < len(self.lines):
            self.height = avail_height + 1  # more than the room: the frame splits it
            return self.width, self.height
        self.columns = self._balanced(width, avail_height)
        self.height = self._height(self.columns)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        placed = self._placed(self._fill(self._column_width(avail_width), avail_height))
        if placed == 0 or placed == len(self.lines):
            return []
        return [
            IndexColumns(self.lines[:placed], self.rtl, self.design),
            IndexColumns(self.lines[placed:], self.rtl, self.design),
        ]

    def draw(self):
        width = self._column_width(self.width)
        for i, column in enumerate(self.columns):
            offset = i * (width + self.design.column_gap)
            x = self.width - offset - width if self.rtl else offset
            top = self.height
            for line, height in column:
                line.wrap(width, height)
                line.drawOn(self.canv, x, top - height)
                top -= height + line.getSpaceAfter()
