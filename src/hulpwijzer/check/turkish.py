"""Two rules of Turkish spelling that a non-Turkish keyboard or tool breaks.

- **A suffix on a name or a number takes an apostrophe** (Türk Dil Kurumu, "Kesme işareti"):
  "Heerlen'deki", "112'yi", not "Heerlendeki". Names are the words the Dutch text of the same key
  writes with a capital (they stay as they are in every language) and the terms the glossary
  keeps. Derivational suffixes (-li, -ci, -lik, -ce, -siz) take none: "Heerlenli" is right.
- **Dotted and dotless I**: Turkish has two letters, I/ı and İ/i. A word typed on another
  keyboard gets "I" where Turkish writes "İ" ("Internet" for "İnternet"), which a Turkish
  reader reads with the sound of ı. The rule: a word that starts with a capital dotless I whose
  next vowel is a front vowel (e, i, ö, ü) is reported. By vowel harmony, Turkish words whose
  first vowel is ı go on with back vowels (Işık, Irmak, Isparta are right and not reported);
  an "I" followed by a front vowel is nearly always a lost dot. Names kept from the Dutch
  ("Informatiepunt") are not Turkish words and are left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Message
from .messages import Place

LOWER = "a-zçğıöşüâîû"
NAME_WORD = re.compile(r"[A-Z][\w-]*[A-Za-z]|[A-Z]{2,}")
NUMBER_SUFFIX = re.compile(rf"(?<![\w'’])(\d+)([{LOWER}]+)(?![\w'’])")
DERIVATIONAL = (
    "li", "lı", "lu", "lü", "lik", "lık", "luk", "lük", "ci", "cı", "cu", "cü", "çi", "çı", "çu",
    "çü", "ce", "ca", "çe", "ça", "siz", "sız", "suz", "süz",
)  # fmt: skip
FRONT, BACK = "eiöü", "aıou"


def names_in(texts: list[str], kept: tuple[str, ...] = ()) -> frozenset[str]:
    """Names: the words that Dutch texts write with a capital where a sentence does not start
    (contact names, "Heerlen", "DigiD"), and the terms the glossary keeps."""
    found = set(kept)
    for text in texts:
        for match in NAME_WORD.finditer(text):
            before = text[: match.start()].rstrip(" ‘“\"'(")
            if len(match.group()) >= 3 and before and before[-1] not in ".?!:":
                found.add(match.group())
    return frozenset(term for term in found if term)


def turkish_messages(place: Place, text: str, dutch: str, names: frozenset[str]) -> list[Message]:
    """The apostrophe before suffixes and the dotted capital İ, for one Turkish text."""
    return suffix_apostrophes(place, text, names) + dotless_i(place, text, dutch)


def suffix_apostrophes(place: Place, text: str, names: frozenset[str]) -> list[Message]:
    """A case suffix written onto a name or a number without the apostrophe."""
    out = []
    for name in _names_at_word_starts(text, names):
        for match in _suffixed(name).finditer(text):
            suffix = match.group(1)
            if suffix.startswith(DERIVATIONAL):
                continue
            out.append(_missing(place, match.group(), name, suffix))
    for match in NUMBER_SUFFIX.finditer(text):
        out.append(_missing(place, match.group(), match.group(1), match.group(2)))
    return out[:1]


WORD_START = re.compile(r"(?<![\w'’])\w")
WORD = re.compile(r"[\w-]+")


def _names_at_word_starts(text: str, names: frozenset[str]) -> list[str]:
    """The names that begin a word of ``text`` (where a suffixed name would stand), longest
    first. Each word is looked up by its beginnings: with thousands of names, searching the
    text for every name costs far more (names × texts)."""
    found = set()
    for start in WORD_START.finditer(text):
        word = WORD.match(text, start.start()).group()
        found.update(word[:end] for end in range(1, len(word) + 1) if word[:end] in names)
    found.update(name for name in _not_words(names) if name in text)
    return sorted(found, key=lambda name: (-len(name), name))


@lru_cache(maxsize=16)
def _not_words(names: frozenset[str]) -> tuple[str, ...]:
    """The names that are not one word of letters, digits and hyphens (a glossary term of two
    words): these are searched in the text."""
    return tuple(name for name in names if not WORD.fullmatch(name))


@lru_cache(maxsize=4096)
def _suffixed(name: str) -> re.Pattern:
    """``name`` with a suffix written straight onto it (compiled once: there are hundreds of
    names, more than Python's cache of patterns holds)."""
    return re.compile(rf"(?<![\w'’]){re.escape(name)}([{LOWER}]+)(?![\w'’])")


def _missing(place: Place, written: str, name: str, suffix: str) -> Message:
    return place.warning(
        f'writes "{written}": a suffix on a name or a number takes an apostrophe',
        f"Write {name}'{suffix} (Turkish puts an apostrophe between a name or a number and its "
        "suffix).",
    )


def dotless_i(place: Place, text: str, dutch: str) -> list[Message]:
    """A word starting with dotless "I" whose next vowel is a front vowel: probably "İ"."""
    for match in re.finditer(rf"(?<![\w'’])I([{LOWER}]+)", text):
        word = match.group()
        if word in dutch:
            continue  # a name kept from the Dutch text
        vowel = next((ch for ch in match.group(1) if ch in FRONT + BACK), "")
        if vowel and vowel in FRONT:
            return [
                place.warning(
                    f'writes "{word}" with a dotless capital I (the capital of ı)',
                    f"Write İ{word[1:]}: in Turkish the capital of i is İ (with a dot). "
                    "On a non-Turkish keyboard, copy İ from here.",
                )
            ]
    return []
