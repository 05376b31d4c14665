"""The poster for places where residents wait or ask (the Buurtbus, waiting rooms, the library):
one A4 page in every complete language.

At the top "Hulp nodig?", the guide's title and the emergency numbers in a red frame (the
back page's numbers, with their notes and hours; the names are the services' own, in Dutch).
Below, one block per language, named in its own script: the question, the emergency text, the
help ladder one line per step and, once the web address is confirmed, a QR code to that
language's web page. A right-to-left block is set right to left with its code on the left.

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
from .render import RenderError
from .sheet import Sheet, geometry, qr_width
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
    """One variant of the poster."""
    width, height = style.POSTER_TRIM
    sheet = Sheet(
        guide,
        variant,
        geometry(width, height, variant == "poster", guide.settings.print_marks),
        f"{handout.question} {handout.title}",
        "mul",
        slug=f"|  poster, {len(handout.blocks)} languages  |  edition "
        f"{guide.settings.edition.isoformat()}  |  A4",
    )
    x0, y0, x1, y1 = sheet.place.trim_box
    canv = sheet.canv
    canv.setFillColor(style.ACCENT)
    bleed = sheet.bleed
    canv.rect(
        x0 - bleed, y1 - style.POSTER_BAND, width + 2 * bleed, style.POSTER_BAND + bleed, 0, 1
    )
    left, right = x0 + style.MARGIN, x1 - style.MARGIN
    top = y1 - style.POSTER_BAND - GAP
    top = sheet.write(handout.question, left, top, right - left, style.POSTER_TITLE, False)
    top = sheet.write(handout.title, left, top, right - left, style.POSTER_SUBTITLE, False)
    top = _numbers(sheet, handout, left, top, right - left)
    footer = y0 + style.MARGIN
    sheet.write(handout.edition, left, footer, right - left, style.FOOTER, False, align="center")
    _blocks(sheet, handout.blocks, left, top - GAP, right - left, top - GAP - footer - GAP)
    sheet.end_page()
    return sheet.finish()


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


def _layout(
    sheet: Sheet, blocks: tuple[LanguageBlock, ...], width: float, room: float
) -> tuple[int, list, list[float]]:
    """The largest type, then the fewest columns, at which every block fits in ``room``:
    (columns, the blocks' sizes, the rows' heights)."""
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
    raise RenderError(
        f"the poster has no room for {len(blocks)} languages on one A4 page. Shorten the "
        "texts start.steps.*.title (each step must fit on one line in half the page's "
        "width), poster.title and cover.emergency, or leave out a language."
    )


def _blocks(
    sheet: Sheet, blocks: tuple[LanguageBlock, ...], x: float, top: float, width: float, room: float
) -> None:
    """Every language's block, as large as they fit (:func:`_layout`), rows spread evenly."""
    columns, sizes, heights = _layout(sheet, blocks, width, room)
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
