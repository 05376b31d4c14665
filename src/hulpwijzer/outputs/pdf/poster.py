"""The poster for places where residents wait or ask (the Buurtbus, waiting rooms, the library):
one A4 page in every complete language.

At the top "Hulp nodig?", the guide's title and the emergency numbers in a red frame (the
back page's numbers, with their notes and hours; the names are the services' own, in Dutch).
Below, one block per language, named in its own script: the question, the emergency text, the
help ladder one line per step and, once the web address is confirmed, a QR code to that
language's web page under it. A right-to-left block is set right to left. When the languages do
not all fit on one A4 page (in type no smaller than 12 pt), they are spread evenly over as few
pages as hold them, each page a whole poster with the numbers.

*poster*: for the print shop (PDF/X-1a, 3 mm bleed, crop marks); *poster-screen*: the trim
only, the codes also links.
"""

from __future__ import annotations

from dataclasses import replace

from ...compose.handouts import Handout, LanguageBlock, compose_handout
from ...model import Guide
from .. import Rendered
from . import style
from .flowables import qr_matrix
from .render import Geometry, RenderError
from .sheet import Sheet, qr_width
from .style import TextStyle

GAP = style.POSTER_GAP


def render_variants(
    guide: Guide,
    language: str,
    variants: tuple[str, ...],
    draft: bool = False,
    notice: tuple[str, ...] = (),
) -> dict[str, Rendered]:
    """The poster ``variants`` (``poster``, ``poster-screen``); ``language`` is every language."""
    handout = compose_handout(guide)
    return {variant: poster(guide, handout, variant) for variant in variants}


def poster(guide: Guide, handout: Handout, variant: str) -> Rendered:
    """One variant of the poster: one A4 page, or one per group of languages when they do
    not all fit on one (each page a whole poster, the numbers on every page)."""
    width, height = style.POSTER_TRIM
    sheet = Sheet(
        guide,
        variant,
        Geometry.sized(width, height, variant == "poster", guide.settings.print_marks),
        f"{handout.question} {handout.title}",
        "mul",
        slug=f"|  poster, {len(handout.blocks)} languages  |  edition "
        f"{guide.settings.edition.isoformat()}  |  A4, page {{page}}",
    )
    x0, y0, x1, y1 = sheet.place.trim_box
    left, right = x0 + style.MARGIN, x1 - style.MARGIN
    footer = y0 + style.MARGIN
    top = _head(sheet, handout) - GAP  # the same on every page
    room = top - footer - GAP
    for pages in range(1, len(handout.blocks) + 1):  # as few pages as hold every language
        groups = _groups(handout.blocks, pages)
        layouts = [_layout(sheet, group, right - left, room) for group in groups]
        if None not in layouts:
            break
    else:
        raise RenderError(
            "the poster has no room for a language on a whole A4 page. Shorten the texts "
            "start.steps.*.title (each step must fit on one line in half the page's width), "
            "poster.title and cover.emergency."
        )
    for page, (group, layout) in enumerate(zip(groups, layouts, strict=True)):
        if page:
            _head(sheet, handout)
        sheet.write(
            handout.edition, left, footer, right - left, style.FOOTER, False, align="center"
        )
        _blocks(sheet, group, layout, left, top, right - left, room)
        sheet.end_page()
    return sheet.finish()


def _groups(blocks: tuple[LanguageBlock, ...], pages: int) -> list[tuple[LanguageBlock, ...]]:
    """``blocks`` over ``pages`` pages, as evenly as they go, in their order."""
    size = -(-len(blocks) // pages)
    return [blocks[i : i + size] for i in range(0, len(blocks), size)] or [()]


def _head(sheet: Sheet, handout: Handout) -> float:
    """The colour band, "Hulp nodig?", the guide's title and the numbers; the y below them."""
    x0, _, x1, y1 = sheet.place.trim_box
    canv = sheet.canv
    left, width = x0 + style.MARGIN, x1 - x0 - 2 * style.MARGIN
    canv.setFillColor(style.ACCENT)
    bleed, band = sheet.place.bleed, style.POSTER_BAND
    canv.rect(x0 - bleed, y1 - band, x1 - x0 + 2 * bleed, band + bleed, stroke=0, fill=1)
    top = y1 - band - GAP
    top = sheet.write(handout.question, left, top, width, style.POSTER_TITLE, False)
    top = sheet.write(handout.title, left, top, width, style.POSTER_SUBTITLE, False)
    return _numbers(sheet, handout, left, top, width)


def _numbers(sheet: Sheet, handout: Handout, x: float, top: float, width: float) -> float:
    """The emergency numbers in a red frame, two to a row; the y below the frame."""
    pad = style.CARD_PADDING
    cell = (width - 2 * pad - GAP) / 2
    cells = [
        [
            (phone.number, style.POSTER_NUMBER),
            (phone.label, style.POSTER_NAME),
            *([(phone.notes, style.POSTER_NOTE)] if phone.notes else []),
        ]
        for phone in handout.numbers
    ]
    heights = [sum(sheet.height_of(t, cell, s, False) for t, s in c) for c in cells]
    rows = [range(i, min(i + 2, len(cells))) for i in range(0, len(cells), 2)]
    row_heights = [max(heights[i] for i in row) for row in rows]
    box = sum(row_heights) + GAP * (len(rows) - 1) + 2 * pad
    canv = sheet.canv
    canv.saveState()
    canv.setStrokeColor(style.EMERGENCY)
    canv.setLineWidth(2.5)
    canv.roundRect(x, top - box, width, box, 2 * style.mm, stroke=1, fill=0)
    canv.restoreState()
    y = top - pad
    for row, row_height in zip(rows, row_heights, strict=True):
        for column, index in enumerate(row):
            y_cell = y
            for content, tstyle in cells[index]:
                left = x + pad + column * (cell + GAP)
                y_cell = sheet.write(content, left, y_cell, cell, tstyle, False)
        y -= row_height + GAP
    return top - box


def _block_size(
    sheet: Sheet, block: LanguageBlock, width: float, scale: float
) -> tuple[list, float] | None:
    """The lines of a language's block at ``scale`` and its height (with its QR code under
    them); None when the language's name or a step of the ladder takes more than one line, or
    the question or the emergency text more than two."""

    def sized(tstyle: TextStyle) -> TextStyle:
        return replace(tstyle, size=tstyle.size * scale)

    ladder = sized(style.POSTER_LADDER)
    items = [
        (block.name, sized(style.POSTER_LANGUAGE), style.ACCENT),
        (block.title, sized(style.POSTER_BLOCK_TITLE), style.BLACK),
        (block.emergency, sized(style.POSTER_EMERGENCY), style.EMERGENCY),
        *((step, ladder, style.BLACK) for step in block.ladder),
    ]
    most = [1] + [2, 2] + [1] * len(block.ladder)  # lines: the question, emergency text: 2
    if any(
        len(sheet.lines(t, width, s, block.rtl)) > n
        for (t, s, _), n in zip(items, most, strict=True)
    ):
        return None
    height = sum(sheet.height_of(t, width, s, block.rtl) for t, s, _ in items)
    if block.qr_url:
        code = qr_width(block.qr_url, style.POSTER_QR)
        caption = sheet.height_of(
            block.qr_caption, width - code - GAP, style.POSTER_NOTE, block.rtl
        )
        height += max(code, caption)
    return items, height


Layout = tuple[int, list, list[float]]  # columns, the blocks' lines and heights, rows' heights


def _layout(
    sheet: Sheet, blocks: tuple[LanguageBlock, ...], width: float, room: float
) -> Layout | None:
    """The largest type, then the fewest columns, at which every block fits in ``room``;
    None if they do not fit at all."""
    for scale in style.POSTER_SCALES:
        for columns in range(1, style.POSTER_COLUMNS + 1):
            column_width = (width - GAP * (columns - 1)) / columns
            sizes = [_block_size(sheet, block, column_width, scale) for block in blocks]
            if None in sizes:
                continue
            rows = [sizes[i : i + columns] for i in range(0, len(sizes), columns)]
            heights = [max(h for _, h in row) for row in rows]
            if sum(heights) + GAP * len(rows) <= room:
                return columns, sizes, heights
    return None


def _blocks(
    sheet: Sheet,
    blocks: tuple[LanguageBlock, ...],
    layout: Layout,
    x: float,
    top: float,
    width: float,
    room: float,
) -> None:
    """Every language's block, as large as they fit (:func:`_layout`), rows spread evenly."""
    columns, sizes, heights = layout
    column_width = (width - GAP * (columns - 1)) / columns
    spare = (room - sum(heights) - GAP * len(heights)) / max(len(heights), 1)
    y = top
    canv = sheet.canv
    for row_index, height in enumerate(heights):
        if row_index:
            canv.setStrokeColor(style.RULE)
            canv.setLineWidth(0.5)
            canv.line(x, y + (GAP + spare) / 2, x + width, y + (GAP + spare) / 2)
        first = row_index * columns
        for column, block in enumerate(blocks[first : first + columns]):
            items, _ = sizes[first + column]
            left = x + column * (column_width + GAP)
            _block(sheet, block, items, left, y, column_width)
        y -= height + GAP + spare


def _block(
    sheet: Sheet, block: LanguageBlock, items: list, x: float, top: float, width: float
) -> None:
    """One language, from the side it starts on; its QR code under it, the caption beside."""
    y = top
    for content, tstyle, colour in items:
        y = sheet.write(content, x, y, width, tstyle, block.rtl, colour)
    if block.qr_url:
        code = qr_width(block.qr_url, style.POSTER_QR)
        code_x, caption_x = (x + width - code, x) if block.rtl else (x, x + code + GAP)
        sheet.qr(block.qr_url, code_x, y - code, style.POSTER_QR)
        quiet = code * style.QR_QUIET_ZONE / len(qr_matrix(block.qr_url))
        caption_top = y - quiet  # level with the code itself, inside its quiet zone
        sheet.write(
            block.qr_caption,
            caption_x,
            caption_top,
            width - code - GAP,
            style.POSTER_NOTE,
            block.rtl,
        )
