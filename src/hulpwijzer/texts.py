"""The translatable texts: what the source texts are, and when a text or a language is complete.

One definition of each idea, for every stage: the checks, the composition, the build plan and
the translators' commands all ask here.

- A *usable* text is a string with something in it besides white space.
- The *source texts* are the usable texts of the Dutch file (plus contact names that only
  ``contacts.yaml`` gives, which a translation may translate: *optional*).
- A language is *complete* when it has a usable text for every required (not optional) key.
- *Untranslated* keys (absent or empty) are unfinished work, not mistakes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from . import languages
from .model import Guide

HASH_LENGTH = 8

# Placeholders the program fills in; no other key may contain braces.
PLACEHOLDERS = {
    "back.edition": {"date"},
    "back.verified": {"date"},
    "back.online": {"url"},
}


def usable(value: object) -> str | None:
    """``value`` if it is a text with something in it, else None."""
    return value if isinstance(value, str) and value.strip() else None


def text_hash(text: str) -> str:
    """Short hash of a text; changes in spacing alone do not count as a change."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class Source:
    """The Dutch text that a translation key is translated from."""

    key: str
    text: str
    line: int  # line in the Dutch file; 0 when it comes from contacts.yaml
    optional: bool = False  # a translated contact name: may be left out of a translation


def source_texts(guide: Guide) -> dict[str, Source]:
    """Every translatable Dutch text, in the order of the Dutch file.

    A translation may also give ``contacts.<id>.name`` for a contact whose Dutch file has no such
    key: its source is then the name in ``contacts.yaml``.
    """
    out: dict[str, Source] = {}
    for key, entry in guide.source.texts.items():
        if usable(entry.value):
            out[key] = Source(key, entry.value.strip(), entry.line)
    for contact in guide.contacts.values():
        key = f"contacts.{contact.id}.name"
        if key not in guide.source.texts and contact.name.strip():
            out[key] = Source(key, contact.name.strip(), 0, optional=True)
    return out


def required_keys(guide: Guide) -> list[str]:
    """The keys every language must have a text for."""
    return [k for k, s in source_texts(guide).items() if not s.optional]


def missing_keys(guide: Guide, code: str, required: list[str] | None = None) -> list[str]:
    """Keys the language must have but has no usable text for (empty, not a text, absent);
    ``required``: :func:`required_keys`, when the caller has them already."""
    texts = guide.translations[code].texts
    keys = required_keys(guide) if required is None else required
    return [k for k in keys if k not in texts or usable(texts[k].value) is None]


def untranslated_keys(guide: Guide, code: str) -> set[str]:
    """Keys not translated yet (absent, empty or null): unfinished work, not a mistake."""
    texts = guide.translations[code].texts
    return {
        k
        for k in required_keys(guide)
        if k not in texts
        or (isinstance(texts[k].value, str) and not texts[k].value.strip())
        or texts[k].value is None
    }


def complete_languages(guide: Guide) -> list[str]:
    """Languages with every text, in a script the bundled fonts cover: the ones built for print
    (and named on the covers)."""
    required = required_keys(guide)  # once, not per language
    return [
        code
        for code in guide.languages
        if not missing_keys(guide, code, required) and not languages.uncovered(code)
    ]


def char_name(ch: str) -> str:
    """``U+200B ZERO WIDTH SPACE``: a character as messages name it."""
    name = unicodedata.name(ch, "")
    if name:
        return f"U+{ord(ch):04X} {name}"
    kind = "a control character" if unicodedata.category(ch) == "Cc" else "not a character"
    return f"U+{ord(ch):04X} ({kind})"
