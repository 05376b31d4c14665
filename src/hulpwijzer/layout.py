"""Stage 3: turn the guide into a story of ReportLab flowables for one language.

Every flowable draws its text through :mod:`hulpwijzer.text`, which owns direction, fonts and
shaping; here we only decide what goes where. "start" means the side a line begins on: left in
Dutch, right in Arabic, so one layout serves both directions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
import qrcode
import qrcode.constants
from babel.dates import format_date, format_time, get_day_names
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from . import style, text
from .model import WEEKDAYS, Contact, Guide, OpeningHours, Phone

Link = str | None


# --- texts of one language ---------------------------------------------------------------------


@dataclass
class Texts:
    """The texts of one language, with the source language as fallback (for drafts)."""

    guide: Guide
    language: str
    fallback: bool = False

    @property
    def rtl(self) -> bool:
        return text.is_rtl(self.language)

    def has(self, key: str) -> bool:
        return self._value(key) is not None

    def __call__(self, key: str, **values: str) -> str:
        """The text of ``key`` with ``{name}`` placeholders filled in literally."""
        value = self._value(key)
        if value is None:
            raise KeyError(f"{self.language}: no text for {key}")
        for name, filling in values.items():
            value = value.replace("{" + name + "}", filling)
        return value

    def _value(self, key: str) -> str | None:
        for code in (self.language, self.guide.settings.source_language):
            entry = self.guide.translations[code].texts.get(key)
            if entry is not None and isinstance(entry.value, str) and entry.value.strip():
                return entry.value.strip()
            if not self.fallback:
                return None
        return None

    def date(self, day: dt.date) -> str:
        return format_date(day, "long", locale=self.language)

    def contact_name(self, contact: Contact) -> str:
        key = f"contacts.{contact.id}.name"
        return self(key) if self.has(key) else contact.name


# --- formatting of contact data ------------------------------------------------------------------


def display_phone(number: str) -> str:
    """The number in one national format ("0800 2000", "045 560 2595", "112")."""
    try:
        parsed = phonenumbers.parse(number, "NL")
    except phonenumbers.NumberParseException:
        return number
    if phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return number


def phone_link(number: str) -> str:
    """A ``tel:`` link: E.164 for ordinary numbers, the digits for short numbers."""
    digits = re.sub(r"\D", "", number)
    try:
        parsed = phonenumbers.parse(number, "NL")
        if phonenumbers.is_valid_number(parsed):
            return "tel:" + phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return "tel:" + digits


def display_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def format_hours(hours: tuple[OpeningHours, ...], language: str) -> list[str]:
    """One line per schedule entry: day or day range, then 24-hour times."""
    names = get_day_names("abbreviated", locale=language)
    lines = []
    for entry in hours:
        indices = sorted(WEEKDAYS.index(d) for d in entry.days)
        groups: list[list[int]] = []
        for i in indices:
            if groups and i == groups[-1][-1] + 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        days = ", ".join(
            names[g[0]] if len(g) == 1 else f"{names[g[0]]} – {names[g[-1]]}" for g in groups
        )
        times = f"{format_time(entry.opens, 'HH:mm', locale=language)}–" + (
            format_time(entry.closes, "HH:mm", locale=language)
        )
        lines.append(f"{days}  {times}")
    return lines


# --- flowables -----------------------------------------------------------------------------------


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
        if fits < 2 or fits >= len(self.lines) or len(self.lines) - fits < 2:
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
        if self.link:
            self.canv.linkURL(self.link, (0, 0, self.width, self.height), relative=1)


class _LinesBlock(TextBlock):
    """Part of a split :class:`TextBlock`: its lines are fixed."""

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

    def split(self, avail_width, avail_height):
        return []


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
    """One part of an :class:`InlineRow`: its own style, maybe its own link."""

    content: str
    tstyle: style.TextStyle
    link: Link = None


class InlineRow(Flowable):
    """Pieces of different sizes on one baseline, placed from the start side; a piece that
    does not fit moves to the next row (a phone number never breaks)."""

    GAP = 2.5 * style.mm

    def __init__(self, pieces: list[Piece], rtl: bool, space_after: float = 1.5 * style.mm):
        super().__init__()
        self.pieces, self.rtl, self.spaceAfter = pieces, rtl, space_after
        self.rows: list[list[tuple[Piece, text.Line, float]]] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        rows: list[list[tuple[Piece, text.Line, float]]] = [[]]
        x = 0.0
        for piece in self.pieces:
            lines = text.wrap(
                piece.content, avail_width, piece.tstyle.size, piece.tstyle.bold, self.rtl
            )
            for n, line in enumerate(lines):
                if rows[-1] and (n > 0 or x + line.width > avail_width):
                    rows.append([])
                    x = 0.0
                rows[-1].append((piece, line, x))
                x += line.width + self.GAP
        self.rows = [r for r in rows if r]
        self.height = sum(self._row_height(r) for r in self.rows)
        return self.width, self.height

    @staticmethod
    def _row_height(row) -> float:
        return max(piece.tstyle.line_height for piece, _, _ in row)

    def draw(self):
        canv = self.canv
        top = self.height
        canv.setFillColor(style.BLACK)
        for row in self.rows:
            height = self._row_height(row)
            biggest = max((p.tstyle for p, _, _ in row), key=lambda s: s.line_height)
            baseline = top - _ascent(biggest)
            for piece, line, x in row:
                left = self.width - x - line.width if self.rtl else x
                text.draw_line(canv, line, left, baseline, line.width, "left")
                if piece.link:
                    canv.linkURL(
                        piece.link,
                        (
                            left,
                            baseline - piece.tstyle.size * 0.3,
                            left + line.width,
                            baseline + piece.tstyle.size,
                        ),
                        relative=1,
                    )
            top -= height


class Box(Flowable):
    """Stacked flowables inside a frame: a contact card, a step, the emergency box."""

    def __init__(
        self,
        children: list[Flowable],
        border=style.RULE,
        border_width=style.CARD_BORDER,
        fill=None,
        padding=style.CARD_PADDING,
        space_after=style.CARD_GAP,
    ):
        super().__init__()
        self.children, self.border, self.border_width = children, border, border_width
        self.fill, self.padding, self.spaceAfter = fill, padding, space_after
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width, avail_height):
        inner = avail_width - 2 * self.padding
        self._sizes = [child.wrapOn(self.canv, inner, avail_height) for child in self.children]
        gaps = sum(child.getSpaceAfter() for child in self.children[:-1])
        self.width = avail_width
        self.height = sum(h for _, h in self._sizes) + gaps + 2 * self.padding
        return self.width, self.height

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
    """The QR code as vector rectangles, square, with a 4-module quiet zone."""

    def __init__(self, url: str, size: float = style.QR_SIZE):
        super().__init__()
        self.url, self.matrix = url, qr_matrix(url)
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, avail_width, avail_height):
        return self.width, self.height

    def draw(self):
        canv = self.canv
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


# --- the story -----------------------------------------------------------------------------------


def contact_card(contact: Contact, t: Texts) -> Box:
    """One contact as one flowable: name, what they do, phones, hours, address, web, e-mail."""
    rtl = t.rtl
    children: list[Flowable] = [TextBlock(t.contact_name(contact), style.CARD_NAME, rtl)]
    about = f"contacts.{contact.id}.about"
    if t.has(about):
        children.append(TextBlock(t(about), style.BODY, rtl))
    for phone in contact.phones:
        children.append(phone_row(phone, t))
    for i, line in enumerate(format_hours(contact.hours, t.language)):
        label = t("labels.hours") if i == 0 else ""
        children.append(InlineRow([Piece(label, style.SMALL), Piece(line, style.SMALL)], rtl, 0))
    if contact.address:
        a = contact.address
        children.append(
            InlineRow(
                [
                    Piece(t("labels.address"), style.SMALL),
                    Piece(f"{a.street}, {a.postcode} {a.city}", style.SMALL),
                ],
                rtl,
                0,
            )
        )
    if contact.website:
        children.append(
            InlineRow(
                [
                    Piece(t("labels.website"), style.SMALL),
                    Piece(display_url(contact.website), style.SMALL, contact.website),
                ],
                rtl,
                0,
            )
        )
    if contact.email:
        children.append(
            InlineRow(
                [
                    Piece(t("labels.email"), style.SMALL),
                    Piece(contact.email, style.SMALL, "mailto:" + contact.email),
                ],
                rtl,
                0,
            )
        )
    return Box(children)


def phone_row(
    phone: Phone, t: Texts, label: str | None = None, number_style=style.PHONE
) -> InlineRow:
    """Label (the kind, or a name), the number large and unbroken, then free / 24-7 notes."""
    notes = [
        t(key)
        for key, on in (("labels.free", phone.free), ("labels.always_open", phone.always_open))
        if on
    ]
    pieces = [
        Piece(label if label is not None else t(f"labels.{_label_key(phone.kind)}"), style.SMALL),
        Piece(display_phone(phone.number), number_style, phone_link(phone.number)),
    ]
    if notes:
        pieces.append(Piece(" · ".join(notes), style.SMALL))
    return InlineRow(pieces, t.rtl)


def _label_key(kind: str) -> str:
    return {"voice": "call", "whatsapp": "whatsapp", "text": "text"}[kind]


def emergency_box(t: Texts, key: str) -> Box:
    return Box(
        [TextBlock(t(key), style.EMERGENCY_TEXT, t.rtl)],
        border=style.EMERGENCY,
        border_width=2.5,
        space_after=6 * style.mm,
    )


def cover(guide: Guide, t: Texts) -> list[Flowable]:
    others = [code for code in guide.languages if code != t.language]
    story: list[Flowable] = [
        Spacer(1, 8 * style.mm),
        TextBlock(t("cover.title"), style.COVER_TITLE, t.rtl),
        TextBlock(t("cover.subtitle"), style.COVER_SUBTITLE, t.rtl),
        emergency_box(t, "cover.emergency"),
        QRCode(guide.settings.url_for(t.language)),
        Spacer(1, 2 * style.mm),
        TextBlock(t("cover.qr_caption"), style.SMALL, t.rtl, align="center"),
        Spacer(1, 5 * style.mm),
    ]
    if others:
        story.append(TextBlock(t("cover.other_languages"), style.SMALL, t.rtl, align="center"))
        for code in others:
            story.append(
                TextBlock(text.language_name(code), style.BODY, text.is_rtl(code), align="center")
            )
    story.append(PageBreak())
    return story


def start_page(guide: Guide, t: Texts) -> list[Flowable]:
    story: list[Flowable] = [
        TextBlock(t("start.title"), style.PAGE_TITLE, t.rtl),
        TextBlock(t("start.intro"), style.BODY, t.rtl),
    ]
    for step in guide.steps:
        children: list[Flowable] = [
            TextBlock(t(f"start.steps.{step.id}.title"), style.CARD_NAME, t.rtl),
            TextBlock(t(f"start.steps.{step.id}.text"), style.BODY, t.rtl),
        ]
        for cid in step.contact_ids:
            contact = guide.contacts[cid]
            if contact.phones:
                children.append(
                    phone_row(contact.phones[0], t, t.contact_name(contact), style.PHONE_IN_LIST)
                )
        story.append(Box(children, border=style.ACCENT, fill=style.TINT, space_after=3 * style.mm))
    story.append(emergency_box(t, "start.emergency"))
    story.append(PageBreak())
    return story


def sections(guide: Guide, t: Texts) -> list[Flowable]:
    story: list[Flowable] = []
    for section in guide.sections:
        cards = [contact_card(guide.contacts[cid], t) for cid in section.contact_ids]
        heading = [
            TextBlock(
                t(f"sections.{section.id}.title"), style.SECTION_TITLE, t.rtl, color=style.ACCENT
            ),
            TextBlock(t(f"sections.{section.id}.intro"), style.BODY, t.rtl),
        ]
        story.append(CondPageBreak(60 * style.mm))
        story.append(KeepTogether(heading + cards[:1]))
        story.extend(cards[1:])
    return story


def notes_page(t: Texts) -> list[Flowable]:
    return [PageBreak(), TextBlock(t("back.notes"), style.PAGE_TITLE, t.rtl), NoteLines()]


def back_page(guide: Guide, t: Texts) -> list[Flowable]:
    rows: list[Flowable] = []
    for cid in guide.emergency:
        contact = guide.contacts[cid]
        for phone in contact.phones[:1]:
            rows.append(phone_row(phone, t, label=t.contact_name(contact)))
    verified = [c.verified for c in guide.contacts.values() if c.verified]
    url = guide.settings.url_for(t.language)
    story: list[Flowable] = [
        PageBreak(),
        TextBlock(t("back.title"), style.PAGE_TITLE, t.rtl),
        Box(rows, border=style.EMERGENCY, border_width=2.5, space_after=8 * style.mm),
        TextBlock(t("back.online", url=display_url(url)), style.BODY, t.rtl, link=url),
        QRCode(url, 22 * style.mm),
        Spacer(1, 6 * style.mm),
        TextBlock(t("back.edition", date=t.date(guide.settings.edition)), style.BODY, t.rtl),
    ]
    if verified:
        story.append(TextBlock(t("back.verified", date=t.date(min(verified))), style.BODY, t.rtl))
    return story


class NotesPadding(Flowable):
    """Placed before the back page: adds the notes pages that make the page count a multiple
    of 4, supposing the back page takes ``back_pages`` pages; ``added`` says how many.

    It knows the page it is on when it is laid out, so one pass suffices: the renderer checks
    the count afterwards and renders again with a fixed number if the supposition was wrong.
    """

    _ZEROSIZE = True  # laid out even at the very bottom of a frame

    def __init__(self, t: Texts, back_pages: int = 1):
        super().__init__()
        self.t, self.back_pages = t, back_pages
        self.added: int | None = None
        self.width = self.height = 0

    def wrap(self, avail_width, avail_height):
        if self.added is None:
            self.added = -(self.canv.getPageNumber() + self.back_pages) % 4
            pages = [flowable for _ in range(self.added) for flowable in notes_page(self.t)]
            if pages:
                self._frame.add_generated_content(*pages)
        return 0, 0

    def drawOn(self, canvas, x, y, _sW=0):
        pass  # not even the empty save/translate/restore a flowable writes: no trace in the PDF


def story(guide: Guide, t: Texts, notes_pages: int | NotesPadding = 0) -> list[Flowable]:
    """The whole booklet for one language; ``notes_pages`` fill it to a multiple of 4.

    ``notes_pages`` is a number of pages, or a :class:`NotesPadding` that decides it.
    """
    parts: list[Flowable] = cover(guide, t) + start_page(guide, t) + sections(guide, t)
    if isinstance(notes_pages, NotesPadding):
        parts.append(notes_pages)
    else:
        for _ in range(notes_pages):
            parts += notes_page(t)
    return parts + back_page(guide, t)
