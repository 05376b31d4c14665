"""What the handouts for volunteers and partners say: the poster, the wallet cards and the
line that tells how to print the booklet at home.

The same decisions as the booklet's (:mod:`.booklet`): the emergency numbers are the back
page's (the first number of each contact of ``emergency`` in ``content/guide.yaml``, with its
opening hours when it is not open day and night), the help ladder is the start page's, a QR
code only when the web address is confirmed, and only the complete languages are shown. Reads
no file.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import languages, links
from ..model import Guide
from ..texts import complete_languages
from .blocks import Link, PhoneLine
from .booklet import compose_booklet, online_url
from .texts import Texts


@dataclass(frozen=True)
class LanguageBlock:
    """One language on the poster or on the card of every language, in its own script."""

    code: str
    name: str  # the language's name in itself: "العربية", "Türkçe"
    rtl: bool
    title: str  # "Hulp nodig?"
    emergency: str  # "Levensgevaar? Bel 112."
    heading: str  # "Belangrijke nummers"
    ladder: tuple[str, ...]  # the help ladder: one line per step
    qr_url: Link  # that language's web page; None while the address is not confirmed
    qr_caption: str


@dataclass(frozen=True)
class Handout:
    """The poster, or the card of every language: the numbers once, then each language."""

    question: str  # "Hulp nodig?", in the source language
    numbers: tuple[PhoneLine, ...]  # in the source language: the names are the services' own
    blocks: tuple[LanguageBlock, ...]
    title: str  # the guide's title in the source language
    qr_url: Link  # the language choice of the web edition; None while not confirmed
    edition: str


@dataclass(frozen=True)
class WalletCard:
    """The wallet card of one language: its numbers on the front, the QR code on the back."""

    language: str
    rtl: bool
    heading: str
    numbers: tuple[PhoneLine, ...]
    title: str
    emergency: str
    qr_url: Link
    qr_caption: str
    edition: str


def language_block(guide: Guide, t: Texts) -> LanguageBlock:
    """What the poster says in ``t.language``."""
    return LanguageBlock(
        code=t.language,
        name=languages.own_name(t.language),
        rtl=t.rtl,
        title=t("poster.title"),
        emergency=t("cover.emergency"),
        heading=t("back.title"),
        ladder=tuple(t(f"start.steps.{step.id}.title") for step in guide.steps),
        qr_url=links.qr_url(online_url(guide, t)),
        qr_caption=t("cover.qr_caption"),
    )


def compose_handout(guide: Guide) -> Handout:
    """The poster's (and the card of every language's) content: every complete language."""
    source = Texts(guide, guide.settings.source_language)
    booklet = compose_booklet(guide, source)
    site = guide.settings.online_url.get("default") if guide.settings.online_url_confirmed else None
    return Handout(
        question=source("poster.title"),
        numbers=booklet.back.emergency,
        blocks=tuple(
            language_block(guide, Texts(guide, code)) for code in complete_languages(guide)
        ),
        title=booklet.cover.title,
        qr_url=links.qr_url(site),
        edition=booklet.back.edition,
    )


def compose_card(guide: Guide, t: Texts) -> WalletCard:
    """The wallet card of ``t.language``."""
    booklet = compose_booklet(guide, t)
    return WalletCard(
        language=t.language,
        rtl=t.rtl,
        heading=booklet.back.title,
        numbers=booklet.back.emergency,
        title=booklet.cover.title,
        emergency=booklet.cover.emergency,
        qr_url=booklet.back.qr_url,
        qr_caption=booklet.cover.qr_caption,
        edition=booklet.back.edition,
    )


def home_print_note(t: Texts) -> str:
    """How to print the booklet at home and fold it, in ``t.language``."""
    return t("homeprint.how")
