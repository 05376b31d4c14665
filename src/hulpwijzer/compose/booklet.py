"""Compose the guide of one language: which texts, which numbers, which labels, in which order.

Every decision about what the guide says is made here once, for every output: the first phone
of a contact in a list, the notes beside a number, the labels of a card, the languages named on
the cover (only the complete ones, which are the ones built), the dates of the edition and of
the last verification, a draft's notice. Reads no file.
"""

from __future__ import annotations

from .. import languages, links
from ..model import Contact, Guide, Phone
from ..model import Section as GuideSection
from ..phones import display_phone, phone_link
from ..pictograms import CARD_ICONS, available
from ..texts import complete_languages
from .blocks import (
    BackPage,
    Booklet,
    Card,
    Contents,
    ContentsEntry,
    Cover,
    Index,
    IndexEntry,
    InfoRow,
    LanguageName,
    Legend,
    Note,
    PhoneLine,
    Section,
    StartPage,
    Step,
    WebTexts,
)
from .collation import sort_key
from .draft import DRAFT_MARK
from .formatting import display_url, format_hours
from .texts import Texts

_LABEL_KEYS = {"voice": "labels.call", "whatsapp": "labels.whatsapp", "text": "labels.text"}
_ICON_KEYS = {"voice": "call", "whatsapp": "whatsapp", "text": "text"}  # pictograms.CARD_ICONS


def compose_booklet(guide: Guide, t: Texts) -> Booklet:
    """The booklet of ``t.language``; a draft (``t.fallback``) also says what it lacks."""
    edition = t("back.edition", date=t.date(guide.settings.edition))
    sections = tuple(_section(guide, t, section) for section in guide.sections)
    start = _start_page(guide, t)
    back = _back_page(guide, t, edition)
    return Booklet(
        language=t.language,
        rtl=t.rtl,
        cover=_cover(guide, t, edition),
        contents=_contents(t, sections),
        start=start,
        sections=sections,
        index=_index(t, sections),
        notes_title=t("back.notes"),
        back=back,
        draft_mark=DRAFT_MARK if t.fallback else None,
        web=WebTexts(
            t("web.skip"),
            t("web.download_screen"),
            t("web.download_print"),
            t("web.download_large_print"),
        ),
        legend=_legend(t, sections, start, back),
    )


def _legend(t: Texts, sections: tuple[Section, ...], start: StartPage, back: BackPage):
    """The card pictograms the booklet shows, in the order of ``CARD_ICONS``, with their labels
    (the same words as on the cards); None if it shows none."""
    phones = [p for s in sections for c in s.cards for p in c.phones]
    phones += [p for step in start.steps for p in step.phones] + list(back.emergency)
    used = {p.kind for p in phones} | {n.kind for p in phones for n in p.note_parts}
    used |= {row.kind for s in sections for c in s.cards for row in c.rows}
    items = tuple(Note(t(f"labels.{kind}"), kind) for kind in CARD_ICONS if kind in used)
    return Legend(t("legend.title"), items) if items else None


def online_url(guide: Guide, t: Texts) -> str | None:
    """The web address the guide of ``t.language`` may show and encode in its QR code: only
    once someone confirmed the web edition is online there (a marked draft shows it anyway)."""
    if guide.settings.online_url_confirmed or t.fallback:
        return guide.settings.url_for(t.language)
    return None


def phone_line(
    phone: Phone, t: Texts, label: str | None = None, hours: tuple[str, ...] = ()
) -> PhoneLine:
    """A number with its label (the kind of line, unless a name is given) and its notes: free,
    day and night, or else the ``hours`` it can be called (where no card beside it says so)."""
    notes = [
        Note(t(f"labels.{kind}"), kind)
        for kind, on in (("free", phone.free), ("always_open", phone.always_open))
        if on
    ]
    if not phone.always_open:
        notes += [Note(line) for line in hours]
    return PhoneLine(
        label=label if label is not None else t(_LABEL_KEYS[phone.kind]),
        number=display_phone(phone.number),
        link=links.safe_link(phone_link(phone.number)),
        note_parts=tuple(notes),
        kind=_ICON_KEYS[phone.kind],
    )


def card(contact: Contact, t: Texts) -> Card:
    """One contact: name, what they do, phones, opening hours, address, website, e-mail."""
    about = f"contacts.{contact.id}.about"
    rows = [
        InfoRow(t("labels.hours"), line, kind="hours") if i == 0 else InfoRow("", line)
        for i, line in enumerate(format_hours(contact.hours, t.language))
    ]
    if contact.address:
        a = contact.address
        address = f"{a.street}, {a.postcode} {a.city}"
        rows.append(InfoRow(t("labels.address"), address, kind="address"))
    if contact.website:
        rows.append(
            InfoRow(
                t("labels.website"),
                display_url(contact.website),
                links.safe_link(contact.website),
                kind="website",
            )
        )
    if contact.email:
        email = links.mailto(contact.email)
        rows.append(InfoRow(t("labels.email"), contact.email, email, kind="email"))
    return Card(
        contact_id=contact.id,
        name=t.contact_name(contact),
        about=t(about) if t.has(about) else None,
        phones=tuple(phone_line(phone, t) for phone in contact.phones),
        rows=tuple(rows),
    )


def _first_phones(guide: Guide, t: Texts, contact_ids: tuple[str, ...]) -> tuple[PhoneLine, ...]:
    """The first number of each contact, labelled with its name, with its opening hours when
    it is not open day and night (a reader of the back page must know when to call).

    An unknown id or a contact without phones is skipped: check reports the first, and the
    second has nothing to list.
    """
    found = (guide.contacts.get(cid) for cid in contact_ids)
    return tuple(
        phone_line(
            contact.phones[0],
            t,
            t.contact_name(contact),
            tuple(format_hours(contact.hours, t.language)),
        )
        for contact in found
        if contact and contact.phones
    )


def _cover(guide: Guide, t: Texts, edition: str) -> Cover:
    others = tuple(
        LanguageName(code, languages.own_name(code), languages.is_rtl(code))
        for code in complete_languages(guide)  # only these are built, so only these are named
        if code != t.language
    )
    return Cover(
        title=t("cover.title"),
        subtitle=t("cover.subtitle"),
        emergency=t("cover.emergency"),
        qr_url=links.qr_url(online_url(guide, t)),
        qr_caption=t("cover.qr_caption"),
        other_languages_title=t("cover.other_languages") if others else "",
        other_languages=others,
        edition=edition,
        themes=tuple(_pictogram(section) for section in guide.sections),
    )


def _start_page(guide: Guide, t: Texts) -> StartPage:
    steps = tuple(
        Step(
            id=step.id,
            title=t(f"start.steps.{step.id}.title"),
            text=t(f"start.steps.{step.id}.text"),
            phones=_first_phones(guide, t, step.contact_ids),
        )
        for step in guide.steps
    )
    return StartPage(t("start.title"), t("start.intro"), steps, t("start.emergency"))


def _section(guide: Guide, t: Texts, section: GuideSection) -> Section:
    known = [guide.contacts[c] for c in section.contact_ids if c in guide.contacts]
    return Section(
        id=section.id,
        title=t(f"sections.{section.id}.title"),
        intro=t(f"sections.{section.id}.intro"),
        question=t(f"sections.{section.id}.question"),
        cards=tuple(card(contact, t) for contact in known),
        icon=_pictogram(section),
    )


def _pictogram(section: GuideSection) -> str | None:
    """The section's pictogram; none for a name that is not bundled (``check`` reports it, as it
    reports an unknown contact, which is left out the same way)."""
    return section.icon if section.icon in available() else None


def _contents(t: Texts, sections: tuple[Section, ...]) -> Contents:
    """The contents by need: each section's question, in the guide's order."""
    entries = tuple(ContentsEntry(s.id, s.question, s.title) for s in sections)
    return Contents(t("contents.title"), t("contents.intro"), entries)


def _index(t: Texts, sections: tuple[Section, ...]) -> Index:
    """Every organisation with a card, once, in the alphabetical order of ``t.language``."""
    found: dict[str, tuple[str, list[str]]] = {}
    for section in sections:
        for c in section.cards:
            found.setdefault(c.contact_id, (c.name, []))[1].append(section.id)
    key = sort_key(t.language)
    entries = sorted(
        (IndexEntry(cid, name, tuple(ids)) for cid, (name, ids) in found.items()),
        key=lambda e: (key(e.name), e.contact_id),
    )
    return Index(t("index.title"), t("index.intro"), tuple(entries))


def _back_page(guide: Guide, t: Texts, edition: str) -> BackPage:
    # the oldest of the days each contact was last looked up (sources read or a person's check)
    verified = [c.looked_up for c in guide.contacts.values() if c.looked_up]
    url = online_url(guide, t)
    return BackPage(
        title=t("back.title"),
        emergency=_first_phones(guide, t, guide.emergency),
        online=t("back.online", url=display_url(url)) if url else "",
        online_link=links.safe_link(url),
        qr_url=links.qr_url(url),
        edition=edition,
        verified=t("back.verified", date=t.date(min(verified))) if verified else None,
        notice=t.notice if t.fallback else None,  # a draft says what it lacks
    )
