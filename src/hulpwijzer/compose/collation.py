"""Alphabetical order in each language's own way: CLDR collation through ICU.

Python's ``sorted`` orders by code point ("Ç" after "Z"), and the plain Unicode Collation
Algorithm (pyuca) knows no language: Turkish puts "ç" after "c", "ğ" after "g", "ı" before "i"
and "ö", "ş", "ü" after "o", "s", "u", and Arabic puts Arabic letters before Latin ones. ICU's
collators carry the tailorings of the Unicode CLDR for every language; ``pyicu-wheels`` is PyICU
(the long-standing binding) built as wheels with ICU included, so nothing has to be installed
beside it. Babel has no collation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

import icu


@lru_cache(maxsize=16)
def _collator(language: str) -> icu.Collator:
    return icu.Collator.createInstance(icu.Locale(language.replace("-", "_")))


def sort_key(language: str) -> Callable[[str], bytes]:
    """The key that sorts texts of ``language`` in its own alphabetical order."""
    return _collator(language).getSortKey


def collated(texts: Iterable[str], language: str) -> list[str]:
    """``texts`` in the alphabetical order of ``language``."""
    return sorted(texts, key=sort_key(language))
