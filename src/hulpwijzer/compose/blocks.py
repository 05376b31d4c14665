"""The guide of one language as format-neutral blocks: what it says, not how it is drawn.

Every output (the PDFs today; a web page, a large-print edition or a poster later) draws these
blocks, so no output can say something the others do not. A block holds finished text: labels
translated, numbers and dates formatted, placeholders filled. A link in a block has passed
:mod:`hulpwijzer.links` (None where it may not be a link); the text beside it is printed as is.
Made by :func:`hulpwijzer.compose.booklet.compose_booklet`.
"""

from __future__ import annotations

from dataclasses import dataclass

Link = str | None


@dataclass(frozen=True)
class Note:
    """One note beside a number: its text and what it says (a pictogram's key in
    :data:`hulpwijzer.pictograms.CARD_ICONS`: "free", "always_open"; "" for opening hours)."""

    text: str
    kind: str = ""


@dataclass(frozen=True)
class PhoneLine:
    """A phone number to call: a label (the kind of line, or whose number it is), the number as
    printed (never broken over lines), its ``tel:`` link and notes such as "free · 24/7".

    ``kind`` is the kind of line as a pictogram's key: "call", "whatsapp" or "text".
    """

    label: str
    number: str
    link: Link
    note_parts: tuple[Note, ...] = ()
    kind: str = "call"

    @property
    def notes(self) -> str:
        """The notes as one text ("" when there is nothing to note)."""
        return " · ".join(note.text for note in self.note_parts)


@dataclass(frozen=True)
class InfoRow:
    """One labelled line of a contact card: opening hours, address, website, e-mail.

    Opening hours take a row per schedule line; only the first one carries the label.
    """

    label: str
    value: str
    link: Link = None
    # what the row is, as a pictogram's key: "hours", "address", "website", "email"; "" for the
    # further lines of the opening hours (no label, no pictogram)
    kind: str = ""


@dataclass(frozen=True)
class Card:
    """One contact as the reader sees it: read as a whole, never split by an output."""

    contact_id: str
    name: str
    about: str | None  # None: the contact has no description in this language
    phones: tuple[PhoneLine, ...]
    rows: tuple[InfoRow, ...]


@dataclass(frozen=True)
class Step:
    """One rung of the help ladder on the start page, with the first number of its contacts."""

    id: str
    title: str
    text: str
    phones: tuple[PhoneLine, ...]


@dataclass(frozen=True)
class LanguageName:
    """Another edition of the guide, named in its own language and script."""

    code: str
    name: str
    rtl: bool


@dataclass(frozen=True)
class Cover:
    """Title, the emergency text, the QR code to the online guide, the other languages."""

    title: str
    subtitle: str
    emergency: str
    # https only; None: no QR code and no caption (the address is not confirmed, or not https)
    qr_url: Link
    qr_caption: str
    other_languages_title: str  # "" when there are no other languages
    other_languages: tuple[LanguageName, ...]
    edition: str
    themes: tuple[str | None, ...] = ()  # each section's pictogram, in order (None: none)


@dataclass(frozen=True)
class Legend:
    """What the pictograms on the cards mean: a title and, for each kind the booklet uses, its
    label (``Note.kind`` is the pictogram's key in :data:`hulpwijzer.pictograms.CARD_ICONS`)."""

    title: str
    items: tuple[Note, ...]


@dataclass(frozen=True)
class StartPage:
    """The "where do I start?" page: an introduction, the steps, the emergency text."""

    title: str
    intro: str
    steps: tuple[Step, ...]
    emergency: str


@dataclass(frozen=True)
class Section:
    """A topic with its contacts, in the order of ``content/guide.yaml``."""

    id: str
    title: str
    intro: str
    question: str  # the reader's question it answers ("Geldzorgen?"), in the contents
    cards: tuple[Card, ...]
    icon: str | None = None  # the pictogram's name, from guide.yaml


@dataclass(frozen=True)
class ContentsEntry:
    """One line of the contents by need: the reader's question and the section it leads to.

    ``section_id`` finds the page of the section's heading (an output that has pages numbers
    it) and the theme's pictogram.
    """

    section_id: str
    question: str
    title: str


@dataclass(frozen=True)
class Contents:
    """The contents by need: the readers' questions, each leading to its section."""

    title: str
    intro: str
    entries: tuple[ContentsEntry, ...]


@dataclass(frozen=True)
class IndexEntry:
    """One organisation in the index: its name as the cards print it, and the sections whose
    cards show it (an organisation can help with several themes), in the guide's order."""

    contact_id: str
    name: str
    section_ids: tuple[str, ...]


@dataclass(frozen=True)
class Index:
    """The organisations of the guide, in the alphabetical order of the booklet's language."""

    title: str
    intro: str
    entries: tuple[IndexEntry, ...]


@dataclass(frozen=True)
class BackPage:
    """The emergency numbers, where the guide is online, its edition and last verification.

    ``notice`` is None unless the booklet is a draft; a draft's notice lines (possibly none)
    say what is missing and what is not reviewed. They are English, so left to right.
    """

    title: str
    emergency: tuple[PhoneLine, ...]
    online: str  # "" while the web address is not confirmed: then nothing is said about it
    online_link: Link
    qr_url: Link  # https only; None: no QR code
    edition: str
    verified: str | None  # "looked up on": None when no contact has a date
    notice: tuple[str, ...] | None


@dataclass(frozen=True)
class WebTexts:
    """What only an edition on screen says: the skip link to the content, and the links to the
    PDFs of the same guide (to read or print at home; for the print shop)."""

    skip: str
    download_screen: str
    download_print: str
    download_large_print: str


@dataclass(frozen=True)
class Booklet:
    """The whole guide in one language, in reading order; notes pages come before the back."""

    language: str
    rtl: bool
    cover: Cover
    contents: Contents
    start: StartPage
    sections: tuple[Section, ...]
    index: Index
    notes_title: str
    back: BackPage
    draft_mark: str | None  # the words on every page of a draft; None for a real edition
    web: WebTexts
    legend: Legend | None = None  # None: no card has a pictogram to explain
