"""The PDF guide of one language as a story of ReportLab flowables, drawn from its blocks.

What the guide says comes whole from :mod:`hulpwijzer.compose` (a :class:`Booklet`); here we
only decide how it looks and where it goes: type sizes, frames, spacing, page breaks. A contact
card is one flowable, moved to the next page whole.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ...compose.blocks import BackPage, Booklet, Card, Cover, Legend, PhoneLine, StartPage
from ...pictograms import CARD_ICONS
from . import style
from .cover import AtFoot, ThemeTile, ThemeTiles
from .flowables import (
    Box,
    InlineRow,
    LegendRow,
    NoteLines,
    NotesPadding,
    Piece,
    QRCode,
    TextBlock,
)
from .icons import Beside
from .tabs import SectionMark, Tab


def page_room(page_size: str) -> float:
    """Height of a page's text frame: a box up to this tall is never split."""
    return style.frame_size(page_size)[1]


def contact_card(card: Card, rtl: bool, page_size: str) -> Box:
    """One contact as one flowable: name, what they do, phones, then the labelled rows."""
    children: list[Flowable] = [TextBlock(card.name, style.CARD_NAME, rtl)]
    if card.about is not None:
        children.append(TextBlock(card.about, style.BODY, rtl))
    children += [phone_row(phone, rtl) for phone in card.phones]
    children += [
        InlineRow(
            [
                Piece(row.label, style.SMALL, icon=CARD_ICONS.get(row.kind)),
                Piece(row.value, style.SMALL, row.link),
            ],
            rtl,
            0,
        )
        for row in card.rows
    ]
    return Box(children, keep_within=page_room(page_size))


def phone_row(phone: PhoneLine, rtl: bool, number_style=style.PHONE) -> InlineRow:
    """Label, the number large and unbroken, then its notes (free, day and night), the kind of
    line and each of those notes with its pictogram; opening hours as one piece."""
    pieces = [
        Piece(phone.label, style.SMALL, icon=CARD_ICONS[phone.kind]),
        Piece(phone.number, number_style, phone.link),
    ]
    pieces += [
        Piece(note.text, style.SMALL, icon=CARD_ICONS[note.kind])
        for note in phone.note_parts
        if note.kind
    ]
    hours = " · ".join(note.text for note in phone.note_parts if not note.kind)
    if hours:
        pieces.append(Piece(hours, style.SMALL))
    return InlineRow(pieces, rtl)


def emergency_box(content: str, rtl: bool, page_size: str) -> Box:
    """The emergency text in a thick red frame (cover and start page)."""
    return Box(
        [TextBlock(content, style.EMERGENCY_TEXT, rtl)],
        border=style.EMERGENCY,
        border_width=2.5,
        space_after=6 * style.mm,
        keep_within=page_room(page_size),
    )


def cover(page: Cover, rtl: bool, page_size: str) -> list[Flowable]:
    """Title, the emergency text, the QR code, the other languages in their own script."""
    story: list[Flowable] = [
        Spacer(1, 8 * style.mm),
        TextBlock(page.title, style.COVER_TITLE, rtl),
        TextBlock(page.subtitle, style.COVER_SUBTITLE, rtl),
        emergency_box(page.emergency, rtl, page_size),
    ]
    if page.qr_url:  # none while the web address is not confirmed
        story += [
            QRCode(page.qr_url),
            Spacer(1, 2 * style.mm),
            TextBlock(page.qr_caption, style.SMALL, rtl, align="center"),
        ]
    story.append(Spacer(1, 6 * style.mm))
    if page.other_languages:
        story.append(TextBlock(page.other_languages_title, style.SMALL, rtl, align="center"))
        story += [
            TextBlock(other.name, style.SMALL, other.rtl, align="center")
            for other in page.other_languages
        ]
    edition = TextBlock(page.edition, style.SMALL, rtl, align="center")
    tabs = [Tab(i, len(page.themes), icon) for i, icon in enumerate(page.themes)]
    story += [
        Spacer(1, 6 * style.mm),
        AtFoot([ThemeTiles(tabs, rtl), edition] if tabs else [edition]),
    ]
    story.append(PageBreak())
    return story


def start_page(page: StartPage, rtl: bool, page_size: str) -> list[Flowable]:
    """The steps in tinted frames, with the numbers of their contacts, then the emergency."""
    story: list[Flowable] = [
        TextBlock(page.title, style.PAGE_TITLE, rtl),
        TextBlock(page.intro, style.BODY, rtl),
    ]
    for step in page.steps:
        children: list[Flowable] = [
            TextBlock(step.title, style.CARD_NAME, rtl),
            TextBlock(step.text, style.BODY, rtl),
        ]
        children += [phone_row(phone, rtl, style.PHONE_IN_LIST) for phone in step.phones]
        story.append(
            Box(
                children,
                style.ACCENT,
                fill=style.TINT,
                space_after=3 * style.mm,
                keep_within=page_room(page_size),
            )
        )
    story.append(emergency_box(page.emergency, rtl, page_size))
    story.append(PageBreak())
    return story


def legend(page: Legend | None, rtl: bool, page_size: str) -> list[Flowable]:
    """What the pictograms on the cards mean, in a box before the first section."""
    if page is None:
        return []
    items = [Piece(item.text, style.SMALL, icon=CARD_ICONS[item.kind]) for item in page.items]
    return [
        Box(
            [TextBlock(page.title, style.CARD_NAME, rtl), LegendRow(items, rtl, 0)],
            fill=style.TINT,
            border=style.ACCENT,
            space_after=5 * style.mm,
            keep_within=page_room(page_size),
        )
    ]


def sections(booklet: Booklet, page_size: str) -> list[Flowable]:
    """Each section's title and introduction, kept on a page with its first card."""
    rtl = booklet.rtl
    story: list[Flowable] = []
    count = len(booklet.sections)
    for index, section in enumerate(booklet.sections):
        cards = [contact_card(card, rtl, page_size) for card in section.cards]
        title: Flowable = TextBlock(section.title, style.SECTION_TITLE, rtl, color=style.ACCENT)
        tab = Tab(index, count, section.icon)
        if section.icon:  # the tile of its tab (and of the cover) beside its title
            title = Beside(ThemeTile(tab, style.ICON_HEADING), title, rtl)
        heading = [
            SectionMark(tab),  # its tab on each of its pages
            title,
            TextBlock(section.intro, style.BODY, rtl),
        ]
        story.append(CondPageBreak(60 * style.mm))
        story.append(KeepTogether(heading + cards[:1]))
        story.extend(cards[1:])
    story.append(SectionMark(None))  # no tab on the notes and the back page
    return story


def notes_page(booklet: Booklet) -> list[Flowable]:
    """A page of ruled lines for the reader's own notes."""
    return [PageBreak(), TextBlock(booklet.notes_title, style.PAGE_TITLE, booklet.rtl), NoteLines()]


def notes_padding(booklet: Booklet) -> NotesPadding:
    """The flowable that adds as many notes pages as make the page count a multiple of 4."""
    return NotesPadding(lambda: notes_page(booklet))


def back_page(page: BackPage, rtl: bool, page_size: str) -> list[Flowable]:
    """The emergency numbers, the online guide, the dates; a draft's notice in a red frame."""
    rows: list[Flowable] = [phone_row(phone, rtl) for phone in page.emergency]
    story: list[Flowable] = [
        PageBreak(),
        TextBlock(page.title, style.PAGE_TITLE, rtl),
        Box(rows, style.EMERGENCY, 2.5, space_after=8 * style.mm, keep_within=page_room(page_size)),
    ]
    if page.online:  # none while the web address is not confirmed
        story.append(TextBlock(page.online, style.BODY, rtl, link=page.online_link))
    if page.qr_url:
        story += [QRCode(page.qr_url, style.QR_SIZE_BACK), Spacer(1, 2 * style.mm)]  # + quiet zone
    story.append(TextBlock(page.edition, style.BODY, rtl))
    if page.verified is not None:
        story.append(TextBlock(page.verified, style.BODY, rtl))
    if page.notice is not None:  # a draft: English lines, so left to right
        notice = [TextBlock(line, style.SMALL, False) for line in page.notice]
        story += [Spacer(1, 4 * style.mm), Box(notice, border=style.EMERGENCY)]
    return story


def story(booklet: Booklet, page_size: str, notes_pages: int | NotesPadding = 0) -> list[Flowable]:
    """The whole booklet; ``notes_pages`` fill it to a multiple of 4.

    ``notes_pages`` is a number of pages, or a :class:`NotesPadding` that decides it.
    """
    rtl = booklet.rtl
    parts: list[Flowable] = (
        cover(booklet.cover, rtl, page_size)
        + start_page(booklet.start, rtl, page_size)
        + legend(booklet.legend, rtl, page_size)
        + sections(booklet, page_size)
    )
    if isinstance(notes_pages, NotesPadding):
        parts.append(notes_pages)
    else:
        for _ in range(notes_pages):
            parts += notes_page(booklet)
    return parts + back_page(booklet.back, rtl, page_size)
