"""The PDF guide of one language as a story of ReportLab flowables, drawn from its blocks.

What the guide says comes whole from :mod:`hulpwijzer.compose` (a :class:`Booklet`); here we
only decide how it looks and where it goes: type sizes, frames, spacing, page breaks. A contact
card is one flowable, moved to the next page whole.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from ...compose.blocks import (
    BackPage,
    Booklet,
    Card,
    Contents,
    Cover,
    Index,
    Legend,
    PhoneLine,
    StartPage,
)
from ...pictograms import CARD_ICONS
from . import style
from .cover import AtFoot, ThemeTile, ThemeTiles, draw_tile
from .finding import (
    ContentsLine,
    IndexColumns,
    IndexLine,
    MarkedBox,
    MarkedHeading,
    PageMarks,
    card_key,
    section_key,
)
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

Design = style.Design
BOOKLET = style.BOOKLET


def page_room(page_size: str, design: Design = BOOKLET) -> float:
    """Height of a page's text frame: a box up to this tall is never split."""
    return style.frame_size(page_size, design)[1]


def card_box(
    children: list[Flowable], page_size: str, design: Design, marks=None, key="", **kw
) -> Box:
    """A card's frame in ``design`` (marked for the index when ``marks`` is given)."""
    options = dict(
        padding=design.card_padding,
        border_width=design.card_border,
        keep_within=page_room(page_size, design),
    )
    options.update(kw)
    options.setdefault("space_after", design.card_gap)
    if marks is not None:
        return MarkedBox(children, marks, key, **options)
    return Box(children, **options)


def contact_card(
    card: Card, rtl: bool, page_size: str, design: Design = BOOKLET, marks=None, key=""
) -> Box:
    """One contact as one flowable: name, what they do, phones, then the labelled rows."""
    children: list[Flowable] = [TextBlock(card.name, design.card_name, rtl)]
    if card.about is not None:
        children.append(TextBlock(card.about, design.body, rtl))
    children += [phone_row(phone, rtl, design) for phone in card.phones]
    children += [
        InlineRow(
            [
                Piece(row.label, design.small, icon=CARD_ICONS.get(row.kind)),
                Piece(row.value, design.small, row.link),
            ],
            rtl,
            0,
        )
        for row in card.rows
    ]
    return card_box(children, page_size, design, marks, key)


def phone_row(
    phone: PhoneLine, rtl: bool, design: Design = BOOKLET, number_style=None
) -> InlineRow:
    """Label, the number large and unbroken, then its notes (free, day and night), the kind of
    line and each of those notes with its pictogram; opening hours as one piece."""
    pieces = [
        Piece(phone.label, design.small, icon=CARD_ICONS[phone.kind]),
        Piece(phone.number, number_style or design.phone, phone.link),
    ]
    pieces += [
        Piece(note.text, design.small, icon=CARD_ICONS[note.kind])
        for note in phone.note_parts
        if note.kind
    ]
    hours = " · ".join(note.text for note in phone.note_parts if not note.kind)
    if hours:
        pieces.append(Piece(hours, design.small))
    return InlineRow(pieces, rtl)


def emergency_box(content: str, rtl: bool, page_size: str, design: Design = BOOKLET) -> Box:
    """The emergency text in a thick red frame (cover and start page)."""
    return card_box(
        [TextBlock(content, design.emergency_text, rtl)],
        page_size,
        design,
        border=style.EMERGENCY,
        border_width=2.5,
        space_after=6 * style.mm,
    )


def cover(page: Cover, rtl: bool, page_size: str, design: Design = BOOKLET) -> list[Flowable]:
    """Title, the emergency text, the QR code, the other languages in their own script."""
    story: list[Flowable] = [
        Spacer(1, 8 * style.mm),
        TextBlock(page.title, design.cover_title, rtl),
        TextBlock(page.subtitle, design.cover_subtitle, rtl),
        emergency_box(page.emergency, rtl, page_size, design),
    ]
    if page.qr_url:  # none while the web address is not confirmed
        story += [
            QRCode(page.qr_url, design.qr_size),
            Spacer(1, 2 * style.mm),
            TextBlock(page.qr_caption, design.small, rtl, align="center"),
        ]
    story.append(Spacer(1, 6 * style.mm))
    if page.other_languages:
        story.append(TextBlock(page.other_languages_title, design.small, rtl, align="center"))
        story += [
            TextBlock(other.name, design.small, other.rtl, align="center")
            for other in page.other_languages
        ]
    edition = TextBlock(page.edition, design.small, rtl, align="center")
    tabs = [Tab(i, len(page.themes), icon) for i, icon in enumerate(page.themes)]
    cover_tile = style.grown(style.ICON_COVER, design.body, style.BOOKLET.body)
    story += [
        Spacer(1, 6 * style.mm),
        AtFoot([ThemeTiles(tabs, rtl, cover_tile), edition] if tabs else [edition]),
    ]
    story.append(PageBreak())
    return story


def contents_page(booklet: Booklet, marks: PageMarks, design: Design = BOOKLET) -> list[Flowable]:
    """The contents by need on the inside cover: each question, with its section's tile (the
    colour and pictogram of its tab), and the page of its section."""
    contents: Contents = booklet.contents
    rtl, count = booklet.rtl, len(booklet.sections)
    icons = {s.id: (i, s.icon) for i, s in enumerate(booklet.sections)}

    def pictogram(section_id: str):
        index, icon = icons[section_id]
        if not icon:
            return None
        tab = Tab(index, count, icon)
        return lambda canv, x, y, size: draw_tile(canv, tab, x, y, size)

    story: list[Flowable] = [
        TextBlock(contents.title, design.page_title, rtl),
        TextBlock(contents.intro, design.body, rtl),
    ]
    story += [
        ContentsLine(entry, rtl, design, marks, pictogram(entry.section_id))
        for entry in contents.entries
    ]
    story.append(PageBreak())
    return story


def start_page(
    page: StartPage, rtl: bool, page_size: str, design: Design = BOOKLET
) -> list[Flowable]:
    """The steps in tinted frames, with the numbers of their contacts, then the emergency."""
    story: list[Flowable] = [
        TextBlock(page.title, design.page_title, rtl),
        TextBlock(page.intro, design.body, rtl),
    ]
    for step in page.steps:
        children: list[Flowable] = [
            TextBlock(step.title, design.card_name, rtl),
            TextBlock(step.text, design.body, rtl),
        ]
        children += [phone_row(phone, rtl, design, design.phone_in_list) for phone in step.phones]
        story.append(
            card_box(
                children,
                page_size,
                design,
                border=style.ACCENT,
                fill=style.TINT,
                space_after=3 * style.mm,
            )
        )
    story.append(emergency_box(page.emergency, rtl, page_size, design))
    story.append(PageBreak())
    return story


def legend(
    page: Legend | None, rtl: bool, page_size: str, design: Design = BOOKLET
) -> list[Flowable]:
    """What the pictograms on the cards mean, in a box before the first section."""
    if page is None:
        return []
    items = [Piece(item.text, design.small, icon=CARD_ICONS[item.kind]) for item in page.items]
    return [
        card_box(
            [TextBlock(page.title, design.card_name, rtl), LegendRow(items, rtl, 0)],
            page_size,
            design,
            fill=style.TINT,
            border=style.ACCENT,
            space_after=5 * style.mm,
        )
    ]


def sections(
    booklet: Booklet, page_size: str, marks: PageMarks, design: Design = BOOKLET
) -> list[Flowable]:
    """Each section's title and introduction, kept on a page with its first card; headings
    and cards note their pages in ``marks`` for the contents and the index."""
    rtl = booklet.rtl
    story: list[Flowable] = []
    count = len(booklet.sections)
    for index, section in enumerate(booklet.sections):
        cards = [
            contact_card(card, rtl, page_size, design, marks, card_key(section.id, card.contact_id))
            for card in section.cards
        ]
        key = section_key(section.id)
        title: Flowable = MarkedHeading(
            section.title,
            design.section_title,
            rtl,
            marks,
            key,
            keep_within=page_room(page_size, design),
            color=style.ACCENT,
        )
        tab = Tab(index, count, section.icon)
        if section.icon:  # the tile of its tab (and of the cover) beside its title
            in_booklet = style.BOOKLET.section_title
            tile = style.grown(style.ICON_HEADING, design.section_title, in_booklet)
            title = Beside(ThemeTile(tab, tile), title, rtl)
        heading = [
            SectionMark(tab),  # its tab on each of its pages
            title,
            TextBlock(section.intro, design.body, rtl),
        ]
        story.append(CondPageBreak(60 * style.mm))
        story.append(KeepTogether(heading + cards[:1]))
        story.extend(cards[1:])
    story.append(SectionMark(None))  # no tab on the notes and the back page
    return story


def index_pages(
    index: Index, rtl: bool, marks: PageMarks, design: Design = BOOKLET
) -> list[Flowable]:
    """The organisations from A to Z, each with the page(s) of its card(s)."""
    story: list[Flowable] = [
        PageBreak(),
        TextBlock(index.title, design.page_title, rtl),
        TextBlock(index.intro, design.body, rtl),
    ]
    lines = [IndexLine(entry, rtl, design, marks) for entry in index.entries]
    return story + [IndexColumns(lines, rtl, design)]


def notes_page(booklet: Booklet, design: Design = BOOKLET) -> list[Flowable]:
    """A page of ruled lines for the reader's own notes."""
    title = TextBlock(booklet.notes_title, design.page_title, booklet.rtl)
    return [PageBreak(), title, NoteLines()]


def notes_padding(booklet: Booklet, design: Design = BOOKLET) -> NotesPadding:
    """The flowable that adds as many notes pages as make the page count a multiple of 4."""
    return NotesPadding(lambda: notes_page(booklet, design))


def back_page(
    page: BackPage, rtl: bool, page_size: str, design: Design = BOOKLET
) -> list[Flowable]:
    """The emergency numbers, the online guide, the dates; a draft's notice in a red frame."""
    rows: list[Flowable] = [phone_row(phone, rtl, design) for phone in page.emergency]
    story: list[Flowable] = [
        PageBreak(),
        TextBlock(page.title, design.page_title, rtl),
        card_box(
            rows,
            page_size,
            design,
            border=style.EMERGENCY,
            border_width=2.5,
            space_after=8 * style.mm,
        ),
    ]
    if page.online:  # none while the web address is not confirmed
        story.append(TextBlock(page.online, design.body, rtl, link=page.online_link))
    if page.qr_url:
        story += [QRCode(page.qr_url, design.qr_size_back), Spacer(1, 2 * style.mm)]
    story.append(TextBlock(page.edition, design.body, rtl))
    if page.verified is not None:
        story.append(TextBlock(page.verified, design.body, rtl))
    if page.notice is not None:  # a draft: English lines, so left to right
        notice = [TextBlock(line, design.small, False) for line in page.notice]
        story += [
            Spacer(1, 4 * style.mm),
            card_box(notice, page_size, design, border=style.EMERGENCY),
        ]
    return story


def story(
    booklet: Booklet,
    page_size: str,
    notes_pages: int | NotesPadding = 0,
    design: Design = BOOKLET,
    marks: PageMarks | None = None,
) -> list[Flowable]:
    """The whole booklet; ``notes_pages`` fill it to a multiple of 4.

    ``notes_pages`` is a number of pages, or a :class:`NotesPadding` that decides it.
    ``marks`` collects the pages of headings and cards while it is laid out (one per layout).
    """
    rtl = booklet.rtl
    marks = marks if marks is not None else PageMarks(rtl, design)
    parts: list[Flowable] = (
        cover(booklet.cover, rtl, page_size, design)
        + contents_page(booklet, marks, design)
        + start_page(booklet.start, rtl, page_size, design)
        + legend(booklet.legend, rtl, page_size, design)
        + sections(booklet, page_size, marks, design)
        + index_pages(booklet.index, rtl, marks, design)
    )
    if isinstance(notes_pages, NotesPadding):
        parts.append(notes_pages)
    else:
        for _ in range(notes_pages):
            parts += notes_page(booklet, design)
    return parts + back_page(booklet.back, rtl, page_size, design)
