"""The typed content model that every stage shares, and the one exception hierarchy.

Loading (:mod:`hulpwijzer.load`) turns ``content/`` and ``translations/`` into these objects
once; the checks, the composition and the outputs only ever see these. Field names follow the
Open Referral HSDS where they fit (service, phone, schedule, assured date = ``verified``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

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


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    phones: tuple[Phone, ...] = ()
    address: Address | None = None
    hours: tuple[OpeningHours, ...] = ()
    website: str | None = None
    email: str | None = None
    source: str = ""
    verified: dt.date | None = None
    unverified: str | None = None
    where: Located | None = field(default=None, compare=False, repr=False)
    # line of every field inside the entry, by dotted path ("website", "phones.0.number",
    # "address.postcode", "hours.1"), for messages that point at one field
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Section:
    id: str
    contact_ids: tuple[str, ...]
    where: Located | None = field(default=None, compare=False, repr=False)


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
    online_url: dict[str, str] = field(default_factory=dict)
    max_verified_age_months: int = 12

    def url_for(self, language: str) -> str:
        """The https URL the QR code of ``language`` points to."""
        return self.online_url.get(language) or self.online_url["default"]


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

    @property
    def source(self) -> Translation:
        return self.translations[self.settings.source_language]

    @property
    def languages(self) -> list[str]:
        """Source language first, then the others alphabetically."""
        src = self.settings.source_language
        return [src] + sorted(code for code in self.translations if code != src)

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


# What never reaches a terminal as it is: control characters (C0 but line end and tab, DEL, C1;
# "\x1b[2J" clears the screen), the direction overrides and isolates, line and paragraph
# separators. A text from a file can hold them; a message shows their code instead.
_DIRECTION_AND_LINES = "\u2028\u2029\u202a-\u202e\u2066-\u2069"
_UNPRINTABLE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_DIRECTION_AND_LINES}]")
_UNPRINTABLE_LINES = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_DIRECTION_AND_LINES}]")


def printable(text: str, keep_lines: bool = True) -> str:
    """``text`` safe to show in a terminal: each control character as its code, ``\\u001b``
    (valid in JSON strings too). ``keep_lines``: line ends and tabs stay; else they are codes."""
    pattern = _UNPRINTABLE if keep_lines else _UNPRINTABLE_LINES
    return pattern.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
