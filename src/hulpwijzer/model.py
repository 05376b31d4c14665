"""The typed content model that every stage shares, and the one exception hierarchy.

Loading (:mod:`hulpwijzer.load`) turns ``content/`` and ``translations/`` into these objects
once; the checks, the composition and the outputs only ever see these. Field names follow the
Open Referral HSDS where they fit (service, phone, schedule, assured date = ``verified``, with
the person who assured it, ``verified_by``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .terminal import printable

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PHONE_KINDS = ("voice", "whatsapp", "text")


@dataclass(frozen=True)
class Located:
    """Where a value came from, for messages: file (relative to the project), line, key."""

    file: str
    line: int
    key: str


@dataclass(frozen=True)
class Phone:
    number: str
    kind: str = "voice"
    free: bool = False
    always_open: bool = False
    where: Located | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Address:
    street: str
    postcode: str
    city: str


@dataclass(frozen=True)
class OpeningHours:
    """One schedule line: the same opening time on each of ``days``."""

    days: tuple[str, ...]
    opens: dt.time
    closes: dt.time
    where: Located | None = field(default=None, compare=False, repr=False)


NO_DATE_SHOWN = "no date shown"


@dataclass(frozen=True)
class FactSource:
    """One source of a contact's facts: where it is, the date it shows and when it was read.

    ``url`` (a web page) or ``document`` (a report or file, with the lines) says where.
    ``page_date`` is the last day the date the page shows can mean ("2019-09": 30 September
    2019), or None when the page shows no date; ``page_date_text`` is that date as written in
    the entry. ``consulted`` is the day someone read the page; ``says`` what it confirms.
    """

    url: str | None
    document: str | None
    page_date: dt.date | None
    page_date_text: str
    consulted: dt.date
    says: str = ""
    where: Located | None = field(default=None, compare=False, repr=False)

    @property
    def address(self) -> str:
        """The web address or the document, as the entry names it."""
        return self.url or self.document or ""


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phones: tuple[Phone, ...] = ()
    address: Address | None = None
    hours: tuple[OpeningHours, ...] = ()
    website: str | None = None
    email: str | None = None
    sources: tuple[FactSource, ...] = ()
    # a person's confirmation of the facts with the organisation or its own current site
    verified: dt.date | None = None
    verified_by: str | None = None
    unverified: str | None = None
    where: Located | None = field(default=None, compare=False, repr=False)
    # line of every field inside the entry, by dotted path ("website", "phones.0.number",
    # "address.postcode", "hours.1"), for messages that point at one field
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @property
    def newest_page_date(self) -> dt.date | None:
        """The newest date any of its sources shows (None: no source shows a date)."""
        return max((s.page_date for s in self.sources if s.page_date), default=None)

    @property
    def consulted(self) -> dt.date | None:
        """The last day one of its sources was read."""
        return max((s.consulted for s in self.sources), default=None)

    @property
    def looked_up(self) -> dt.date | None:
        """The last day its facts were looked up: a person's confirmation or a source read."""
        return max((d for d in (self.verified, self.consulted) if d), default=None)


@dataclass(frozen=True)
class Section:
    id: str
    contact_ids: tuple[str, ...]
    where: Located | None = field(default=None, compare=False, repr=False)
    icon: str | None = None  # a pictogram's name (pictograms.available()); None: no pictogram


@dataclass(frozen=True)
class Step:
    """One rung of the help ladder on the "where do I start?" page."""

    id: str
    contact_ids: tuple[str, ...]
    where: Located | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Settings:
    edition: dt.date
    page_size: str = "A5"
    max_pages: int = 16
    source_language: str = "nl"
    # "default": the address of the folder build/site/ is published in (ends with "/");
    # a language code: the full address of that language's page, if it is elsewhere
    online_url: dict[str, str] = field(default_factory=dict)
    max_verified_age_months: int = 12  # a person's confirmation older than this: a warning
    max_source_age_months: int = 24  # a contact whose newest source is older: a warning
    print_marks: bool = True  # crop marks and a slug line around the print pages
    # True only once someone has opened every language's address and seen its guide there:
    # until then the guides are built without QR codes (drafts excepted)
    online_url_confirmed: bool = False

    def url_for(self, language: str) -> str:
        """The address of the web edition of ``language``: the one set for the language, else
        ``<default><code>/`` (the page ``build/site/<code>/index.html`` once published)."""
        own = self.online_url.get(language)
        if own:
            return own
        return f"{self.online_url['default']}{language}/"


@dataclass(frozen=True)
class Text:
    """One translatable text with the place it was read from."""

    key: str
    value: object
    line: int


@dataclass
class Translation:
    """One ``translations/<code>.yaml``: flat dotted keys in file order."""

    language: str
    path: Path
    texts: dict[str, Text]

    def get(self, key: str) -> str:
        return str(self.texts[key].value)


GLOSSARY_RULES = ("keep", "keep-with-translation", "translate")


@dataclass(frozen=True)
class GlossaryRule:
    """What one language does with a Dutch term: keep it as it is, keep it with a translation
    in brackets (``words``: that translation), or translate it as one of ``words``."""

    kind: str  # one of GLOSSARY_RULES
    words: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class GlossaryTerm:
    """One Dutch term of ``content/glossary.yaml`` and its rule per language."""

    term: str
    forms: tuple[str, ...]  # the Dutch words that are this term (term, plural, compounds)
    note: str = ""
    rules: dict[str, GlossaryRule] = field(default_factory=dict)  # language -> rule
    default: GlossaryRule | None = None  # the rule of every language not in ``rules`` ("all")
    line: int = 0

    def rule(self, language: str) -> GlossaryRule | None:
        return self.rules.get(language) or self.rules.get(language.split("_")[0]) or self.default

    def keeps(self) -> bool:
        """Whether some language keeps the Dutch term itself (a name)."""
        rules = [*self.rules.values(), self.default]
        return any(r is not None and r.kind != "translate" for r in rules)


@dataclass(frozen=True)
class Glossary:
    """``content/glossary.yaml``: the Dutch terms every translation writes one agreed way."""

    file: str
    terms: tuple[GlossaryTerm, ...] = ()


@dataclass
class Guide:
    root: Path
    settings: Settings
    contacts: dict[str, Contact]
    emergency: tuple[str, ...]
    steps: tuple[Step, ...]
    sections: tuple[Section, ...]
    translations: dict[str, Translation]
    # line of every dotted path in content/guide.yaml ("online_url.default", "emergency.2")
    lines: dict[str, int] = field(default_factory=dict)
    glossary: Glossary | None = None  # content/glossary.yaml, if there is one

    @property
    def source(self) -> Translation:
        return self.translations[self.settings.source_language]

    @property
    def languages(self) -> list[str]:
        """Source language first, then the others alphabetically."""
        src = self.settings.source_language
        return [src] + sorted(code for code in self.translations if code != src)

    @property
    def printed_ids(self) -> set[str]:
        """The ids of the contacts the guide prints: emergency box, steps and sections."""
        ids = set(self.emergency)
        for group in self.steps + self.sections:
            ids.update(group.contact_ids)
        return ids

    def sections_of(self, contact_id: str) -> list[str]:
        return [s.id for s in self.sections if contact_id in s.contact_ids]


@dataclass(frozen=True)
class Message:
    """One finding for a person to act on: where, what is wrong, what to do."""

    level: str  # "error" | "warning"
    file: str
    line: int
    key: str
    text: str
    hint: str = ""
    source_text: str | None = None
    column: int | None = None

    def as_dict(self) -> dict:
        """The message as plain data, for ``--format json``."""
        return asdict(self)

    def format(self) -> str:
        """The message in one line (and its hint on the next); every control character of a
        value it quotes is shown as a code (``\\u001b``), never passed to the terminal."""
        place = f"{self.file}:{self.line}" if self.line else self.file
        if self.column:
            place += f":{self.column}"
        out = f"{place}  {self.key}  {self.text}" if self.key else f"{place}  {self.text}"
        if self.source_text is not None:
            out += f'; Dutch: "{shorten(self.source_text)}"'
        out = printable(out, keep_lines=False)
        if self.hint:
            out += f"\n    → {printable(self.hint, keep_lines=False)}"
        return out


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with "…", for messages."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class HulpwijzerError(Exception):
    """Base of every problem the program reports to a person as a message, not a traceback."""


class InputError(HulpwijzerError):
    """A problem in the user's files (or in what a command was asked to do with them).

    ``messages`` say where (file, line, key), what is wrong and what to do.
    """

    def __init__(self, messages: list[Message]):
        super().__init__("\n".join(m.format() for m in messages))
        self.messages = messages
