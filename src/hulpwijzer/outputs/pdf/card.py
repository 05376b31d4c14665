"""The wallet card: 85 × 55 mm, front and back, for the print shop (PDF/X-1a, 3 mm bleed, crop
marks, like the booklet's print file).

Front: "Belangrijke nummers" and the back page's emergency numbers (112, the police, Veilig
Thuis, 113, the Kindertelefoon with its hours …), each number large on the side a line ends,
its name and notes where the line starts. Back: the guide's title, the emergency text and, once
the web address is confirmed, the QR code to the web edition with its caption, and the edition.

*card*: one per language, in its direction. *card-all*: one card of every complete language: each
language's heading on the front (in a grid, each in its own script and direction) above the
numbers with the services' own names, each emergency text on the back, and the code to the
language choice of the web edition.
"""

from __future__ import annotations

from ... import typeset as text
from ...compose.blocks import Link, PhoneLine
from ...compose.handouts import compose_card, compose_handout
from ...compose.texts import Texts
from ...model import Guide
from .. import Rendered
from . import style
from .render import Geometry, RenderError
from .sheet import Sheet, qr_width

Said = tuple[str, bool]  # a text and whether it is right to left
DESCENT = 0.3  # how far letters such as g and p reach below the baseline, as a part of the size


def render_variants(
    guide: Guide,
    language: str,
    variants: tuple[str, ...],
    draft: bool = False,
    notice: tuple[str, ...] = (),
) -> dict[str, Rendered]:
    """The ``card`` of ``language``, or the ``card-all`` of every language."""
    out = {}
    for variant in variants:
        if variant == "card-all":
            handout = compose_handout(guide)
            sheet = _sheet(guide, variant, language, handout.title, False)
            headings = [(block.heading, block.rtl) for block in handout.blocks]
            _front(sheet, headings, handout.numbers, False)
            emergency = [(block.emergency, block.rtl) for block in handout.blocks]
            _back(sheet, handout.title, emergency, handout.qr_url, None, handout.edition, False)
        else:
            card = compose_card(guide, Texts(guide, language, fallback=draft))
            sheet = _sheet(guide, variant, language, card.title, card.rtl)
            _front(sheet, [(card.heading, card.rtl)], card.numbers, card.rtl)
            emergency = [(card.emergency, card.rtl)]
            caption = card.qr_caption if card.qr_url else None
            _back(sheet, card.title, emergency, card.qr_url, caption, card.edition, card.rtl)
        out[variant] = sheet.finish()
    return out


def _sheet(guide: Guide, variant: str, language: str, title: str, rtl: bool) -> Sheet:
    """The card's canvas: the trim, bleed and marks; its title in the metadata and the slug."""
    width, height = style.CARD_TRIM
    edition = guide.settings.edition.isoformat()
    return Sheet(
        guide,
        variant,
        Geometry.sized(width, height, True, guide.settings.print_marks),
        title,
        language,
        rtl,
        slug=f"|  wallet card {language}  |  {edition}  |  {{page}}/2",
    )


def _front(sheet: Sheet, headings: list[Said], numbers: tuple[PhoneLine, ...], rtl: bool) -> None:
    """The headings (in a grid of two, or three for more than four languages) and the
    numbers."""
    x0, y0, x1, y1 = sheet.place.trim_box
    canv = sheet.canv
    bleed = sheet.place.bleed
    canv.setFillColor(style.ACCENT)
    band = style.CARD_BAND
    canv.rect(x0 - bleed, y1 - band, x1 - x0 + 2 * bleed, band + bleed, stroke=0, fill=1)
    left, right = x0 + style.CARD_SAFE, x1 - style.CARD_SAFE
    width = right - left
    top = y1 - style.CARD_SAFE
    columns = 1 if len(headings) == 1 else 2 if len(headings) <= 4 else 3
    tstyle = style.CARD_HEADING if columns == 1 else style.CARD_LABEL
    top = _grid(sheet, headings, left, top, width, columns, tstyle, style.ACCENT)
    top -= style.CARD_ROW_GAP
    for phone in numbers:
        top = _number(sheet, phone, left, top, width, rtl)
    if top + style.CARD_ROW_GAP - DESCENT * style.CARD_NOTE.size < y0 + style.CARD_SAFE:
        raise RenderError(
            f"the wallet card has no room for {len(numbers)} numbers with their names"
            + (f" under the headings of {len(headings)} languages" if len(headings) > 1 else "")
            + ": list fewer contacts under 'emergency' in content/guide.yaml, or shorten their "
            "names (and back.title)."
        )
    sheet.end_page()


def _grid(
    sheet: Sheet,
    texts: list[Said],
    x: float,
    top: float,
    width: float,
    columns: int,
    tstyle: style.TextStyle,
    colour,
) -> float:
    """``texts`` in rows of ``columns``, each in its own direction; the y below them."""
    cell = (width - style.CARD_COLUMN_GAP * (columns - 1)) / columns
    for first in range(0, len(texts), columns):
        below = top
        for column, (content, rtl) in enumerate(texts[first : first + columns]):
            left = x + column * (cell + style.CARD_COLUMN_GAP)
            below = min(below, sheet.write(content, left, top, cell, tstyle, rtl, colour))
        top = below
    return top


def _number(sheet: Sheet, phone: PhoneLine, x: float, top: float, width: float, rtl: bool) -> float:
    """One number: large where the line ends, its name and notes where it starts (on one
    line when they fit)."""
    number = sheet.lines(phone.number, width, style.CARD_NUMBER, False)[0]
    room = width - number.width - 2 * style.mm
    name_x = x + width - room if rtl else x
    together = f"{phone.label} · {phone.notes}" if phone.notes else phone.label
    if len(sheet.lines(together, room, style.CARD_LABEL, rtl)) == 1:  # name and notes: 1 line
        below = sheet.write(together, name_x, top, room, style.CARD_LABEL, rtl)
    else:
        below = sheet.write(phone.label, name_x, top, room, style.CARD_LABEL, rtl)
        below = sheet.write(phone.notes, name_x, below, room, style.CARD_NOTE, rtl)
    sheet.canv.setFillColor(style.BLACK)
    baseline = top - style.CARD_LABEL.size - (style.CARD_NUMBER.size - style.CARD_LABEL.size) / 2
    text.draw_line(sheet.canv, number, x, baseline, width, "left" if rtl else "right")
    return min(below, top - style.CARD_NUMBER.line_height) - style.CARD_ROW_GAP


def _back(
    sheet: Sheet,
    title: str,
    emergency: list[Said],
    qr_url: Link,
    caption: str | None,
    edition: str,
    rtl: bool,
) -> None:
    """The title, the emergency texts (two to a row for more than four languages), the QR
    code (with its caption) and the edition."""
    x0, y0, x1, y1 = sheet.place.trim_box
    left, right = x0 + style.CARD_SAFE, x1 - style.CARD_SAFE
    code = qr_width(qr_url, style.CARD_QR) if qr_url else 0.0
    width = right - left - (code + style.CARD_ROW_GAP if code else 0.0)
    text_x = left + code + style.CARD_ROW_GAP if code and rtl else left
    top = sheet.write(
        title, text_x, y1 - style.CARD_SAFE, width, style.CARD_TITLE, rtl, style.ACCENT
    )
    columns, tstyle = (1, style.CARD_EMERGENCY) if len(emergency) <= 4 else (2, style.CARD_SMALL)
    top = _grid(sheet, emergency, text_x, top, width, columns, tstyle, style.EMERGENCY)
    if caption:
        top = sheet.write(caption, text_x, top, width, style.CARD_LABEL, rtl)
    bottom = y0 + style.CARD_SAFE + (1 + DESCENT) * style.CARD_NOTE.size  # its top
    sheet.write(edition, text_x, bottom, width, style.CARD_NOTE, rtl)
    if top < bottom:
        raise RenderError(
            "the back of the wallet card has no room for its texts: shorten cover.emergency "
            "and cover.qr_caption."
        )
    if qr_url:
        code_x = left if rtl else right - code
        sheet.qr(qr_url, code_x, y0 + (y1 - y0 - code) / 2, style.CARD_QR)
    sheet.end_page()
