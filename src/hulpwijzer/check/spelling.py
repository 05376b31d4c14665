"""Spelling: the words of every text that the language's Hunspell dictionary does not know.

Asked for with ``hulpwijzer check --spelling``: the dictionaries are loaded by
:func:`hulpwijzer.load.spelling.load_spelling` and handed in (``inputs.spelling``); without them
this check does nothing. One warning per text, naming its unknown words.

Not looked up (they are right although no dictionary knows them): the words of contact names,
the glossary's Dutch terms (kept, or in brackets beside their translation), web and e-mail
addresses and placeholders (:func:`.qa.masked`), numbers, words in another script than the
language's (a Latin name in an Arabic text), and the words of ``content/words.yaml``. A suffix
after an apostrophe on such a name ("Heerlen'de") or on a number ("112'yi") is accepted.
"""

from __future__ import annotations

import re
import time
import unicodedata
from functools import cache

from fontTools import unicodedata as ucd

from ..load.spelling import DICTIONARY_DIR, WORDS_FILE, Spelling
from ..model import Guide, Message
from ..texts import usable
from .inputs import Inputs
from .messages import Place, translation_file
from .qa import masked, script
from .report import Report

APOSTROPHES = "'’"
JOINERS = APOSTROPHES + "-"  # inside a word: "auto's", "e-mail", "Heerlen'de"
MAX_SUGGESTIONS = 3  # per word
# seconds per language spent on suggestions: spylls takes 0.1-2 s for most words and up to 10 s
# for a long Dutch compound, so a file full of unknown words would otherwise take minutes. Past
# it, a message names the word without suggestions (the findings never depend on it).
SUGGESTION_SECONDS = 10.0


def check_spelling(inputs: Inputs, report: Report) -> list[Message]:
    """The check of :func:`spelling_messages`, or nothing when no dictionaries were handed in."""
    spelling = inputs.spelling
    if spelling is None:
        return []
    for code, why in spelling.missing.items():
        report.not_checked.append(f"the spelling of {code}: {why}")
    return spelling_messages(inputs.guide, spelling)


def spelling_messages(guide: Guide, spelling: Spelling) -> list[Message]:
    """One warning per text that has words the dictionary of its language does not know."""
    out: list[Message] = []
    known = name_words(guide) | glossary_words(guide)
    for code, speller in spelling.spellers.items():
        if code not in guide.translations:
            continue
        translation = guide.translations[code]
        file = translation_file(guide, code)
        seen: dict[str, bool] = {}
        ideas: dict[str, list[str]] = {}
        until = time.monotonic() + SUGGESTION_SECONDS

        def suggest(word: str, speller=speller, ideas=ideas, until=until) -> list[str]:
            if word not in ideas and time.monotonic() < until:
                ideas[word] = suggestions(speller, word)
            return ideas.get(word, [])

        def right(word: str, code: str = code, speller=speller, seen=seen) -> bool:
            if word not in seen:
                seen[word] = speller.lookup(word) or spelling.words.accepts(code, word)
            return seen[word]

        for key, text in translation.texts.items():
            value = usable(text.value)
            if value is None:
                continue
            unknown = unknown_words(masked(value), code, right, known)
            if unknown:
                out.append(_message(Place(file, text.line, key), code, unknown, suggest))
    return out


def unknown_words(text: str, code: str, right, known: frozenset[str]) -> list[str]:
    """The words of ``text`` that are neither ``right`` nor in ``known``, in order, once each."""
    wanted = script(code) or "Latn"
    out: list[str] = []
    for start, word in words(text):
        if _suffix_of_number(text, start):
            continue  # Turkish "112'yi": the suffix of a number or an address
        if word in out or _other_script(word, wanted) or _is_known(word, known, right):
            continue
        out.append(word)
    return out


def words(text: str) -> list[tuple[int, str]]:
    """(start, word) of every word of ``text``: letters with their combining marks (Arabic
    vowel signs, shadda, tanwin), joined by an apostrophe or hyphen between letters."""
    out = []
    start = None
    for i, ch in enumerate(text + " "):
        if _in_word(ch) or (
            start is not None
            and ch in JOINERS
            and i + 1 < len(text)
            and unicodedata.category(text[i + 1]).startswith("L")
        ):
            if start is None:
                start = i if unicodedata.category(ch).startswith("L") else None
            continue
        if start is not None:
            out.append((start, text[start:i]))
        start = None
    return out


def _in_word(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LM"


def _suffix_of_number(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in APOSTROPHES and not text[start - 2].isalpha()


def _other_script(word: str, wanted: str) -> bool:
    return ucd.script(word[0]) != wanted


def _is_known(word: str, known: frozenset[str], right) -> bool:
    """A word, or each part of it between hyphens, is known; a name keeps its suffix after an
    apostrophe (Turkish "Heerlen'de", English "UWV's")."""
    if word in known or right(word) or right(word.replace("’", "'")):
        return True
    if "-" in word:
        return all(_is_known(part, known, right) for part in word.split("-"))
    for mark in APOSTROPHES:
        if mark in word:
            stem = word.split(mark)[0]
            return stem in known or right(stem) and stem[:1].isupper()
    return False


def name_words(guide: Guide) -> frozenset[str]:
    """The words of every contact's name: a name is right as the organisation writes it."""
    return frozenset(w for c in guide.contacts.values() for w in _words(c.name))


def glossary_words(guide: Guide) -> frozenset[str]:
    """The words of the glossary's Dutch terms: kept as they are, or shown in brackets beside
    their translation ("devlet yardımları (toeslagen)"), which residents meet on Dutch letters.
    Whether a language may keep or must translate a term is the glossary check's to judge."""
    glossary = guide.glossary
    if glossary is None:
        return frozenset()
    out: set[str] = set()
    for term in glossary.terms:
        for form in (term.term, *term.forms):
            out.update(_words(form))
    return frozenset(out)


@cache
def _words(text: str) -> tuple[str, ...]:
    found = [word for _, word in words(text)]
    return tuple(found) + tuple(part for w in found for part in re.split(r"[-'’]", w))


def _message(place: Place, code: str, unknown: list[str], suggest) -> Message:
    listed = ", ".join(f'"{w}"' for w in unknown)
    advice = []
    for word in unknown:
        ideas = suggest(word)
        if ideas:
            advice.append(f'"{word}": perhaps ' + " or ".join(f'"{s}"' for s in ideas))
    hint = (" ".join(a + "." for a in advice) + " " if advice else "") + (
        f"If a word is right (a name, a new word), add it to {WORDS_FILE} under '{code}:' "
        f"(or 'all:'). The dictionary may lack it: see {DICTIONARY_DIR}/ in docs/translators.md."
    )
    word = "word" if len(unknown) == 1 else "words"
    return place.warning(f"has {word} the {code} dictionary does not know: {listed}", hint)


def suggestions(speller, word: str) -> list[str]:
    """The dictionary's first few suggestions for ``word`` (none when it cannot suggest)."""
    try:
        ideas = speller.suggest(word)
        out = []
        for idea in ideas:
            if (
                idea != word
                and idea not in out
                and not idea.startswith("-")
                and not idea.endswith("-")
            ):
                out.append(idea)
            if len(out) == MAX_SUGGESTIONS:
                break
        return out
    except Exception:  # a suggestion is a help, never a reason for the check to fail
        return []
