"""The texts of one language as the guide prints them: placeholders filled, dates in the
language's own format, the source language standing in where a draft misses a text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from .. import languages
from ..model import Contact, Guide
from ..texts import usable

# The locale whose date format a language's text follows, where it is not the language itself:
# the English texts are in British English ("24 November 2026", not "November 24, 2026").
DATE_LOCALES = {"en": "en_GB"}
# Languages whose month names differ by country (Arabic: "تشرين الثاني" in Syria and Iraq,
# "نوفمبر" in Egypt and the Gulf, "نونبر" in Morocco): their dates are written in figures,
# day/month/year, which every reader reads alike.
NUMERIC_DATES = {"ar": "dd/MM/yyyy"}


@dataclass
class Texts:
    """The texts of one language, with the source language as fallback (for drafts)."""

    guide: Guide
    language: str
    fallback: bool = False  # a draft: missing texts in the source language, or as [key]
    notice: tuple[str, ...] = ()  # a draft's lines about itself (:mod:`compose.draft`)

    @property
    def rtl(self) -> bool:
        return languages.is_rtl(self.language)

    def has(self, key: str) -> bool:
        return self._value(key) is not None

    def __call__(self, key: str, **values: str) -> str:
        """The text of ``key`` with ``{name}`` placeholders filled in literally.

        A draft (``fallback``) shows a missing text as ``[key]``; a real build has been checked
        for complete texts, so a missing one there is an error.
        """
        value = self._value(key)
        if value is None and self.fallback:
            return f"[{key}]"
        if value is None:
            raise KeyError(f"{self.language}: no text for {key}")
        for name, filling in values.items():
            value = value.replace("{" + name + "}", filling)
        return value

    def _value(self, key: str) -> str | None:
        for code in (self.language, self.guide.settings.source_language):
            entry = self.guide.translations[code].texts.get(key)
            if entry is not None and usable(entry.value):
                return entry.value.strip()
            if not self.fallback:
                return None
        return None

    def date(self, day: dt.date) -> str:
        """``day`` as the language writes it (:data:`DATE_LOCALES`, :data:`NUMERIC_DATES`)."""
        return format_date_for(day, self.language)

    def contact_name(self, contact: Contact) -> str:
        key = f"contacts.{contact.id}.name"
        return self(key) if self.has(key) else contact.name


def format_date_for(day: dt.date, language: str) -> str:
    """``day`` written for readers of ``language``: a long date in its own (or its chosen
    regional) format, or figures where the month names differ by country."""
    base = language.split("_")[0]
    pattern = NUMERIC_DATES.get(language) or NUMERIC_DATES.get(base)
    if pattern:
        return format_date(day, pattern, locale="en_GB")  # figures 0-9, never other digits
    return format_date(day, "long", locale=DATE_LOCALES.get(language, language))
