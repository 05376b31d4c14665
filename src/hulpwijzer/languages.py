"""What CLDR (through Babel) says about a language: its names and its writing direction, and
whether the bundled fonts can print its script at all.

One place for every module (the layout, the checks, the translators' commands); light to import.
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from . import glyphs


@cache
def _locale(code: str) -> Locale:
    return Locale.parse(code.replace("-", "_"))


def is_rtl(code: str) -> bool:
    """Whether the language is written right to left."""
    return _locale(code).text_direction == "rtl"


def binding(code: str) -> str:
    """The side a booklet in ``code`` is bound on: "right" for a right-to-left language."""
    return "right" if is_rtl(code) else "left"


def own_name(code: str) -> str:
    """The language's name in itself, first letter capitalised: "العربية", "Türkçe", "Polski"."""
    locale = _locale(code)
    name = locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]


def english_name(code: str) -> str:
    """The language's English name ("Arabic"); an unknown code is shown as it is."""
    try:
        return _locale(code).english_name or code
    except (UnknownLocaleError, ValueError, TypeError):
        return code


def locale_strings(code: str) -> str:
    """What CLDR puts on the page for ``code``: its name, day names and month names."""
    from babel.dates import get_day_names, get_month_names

    parts = [own_name(code)]
    parts += get_day_names("abbreviated", locale=code).values()
    parts += get_month_names("wide", locale=code).values()
    return " ".join(parts)


@cache
def uncovered(code: str) -> frozenset[str]:
    """Characters of the language's own name, day and month names (CLDR) that no bundled font
    draws: not empty when the fonts do not cover its script (Chinese, Hindi ...).

    Such a language cannot be printed, whatever its texts say; ``build`` holds it back (and the
    covers do not name it) and builds the others.
    """
    try:
        return frozenset(glyphs.missing(locale_strings(code)))
    except (UnknownLocaleError, ValueError, TypeError):
        return frozenset()
