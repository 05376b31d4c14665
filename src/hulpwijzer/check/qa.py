"""The checks of a localisation QA tool (Xbench, Verifika, Weblate's checks) on every text.

What a proofreader marks in red before a native speaker signs: punctuation of another script
(a Latin "?" in Arabic), digits of another numbering system, a doubled word, a space before a
full stop, a bracket or quotation mark without its partner, quotation marks or apostrophes of
another style than the rest of the file, and the Turkish rules for names (:mod:`.turkish`).
Every language is checked, the Dutch source included (it is copied into every translation).

Web and e-mail addresses and placeholders are taken out of a text first (:func:`masked`), with
the same patterns as the comparison of numbers and addresses (:mod:`.textrules`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from babel import Locale

from ..model import Message, Translation
from ..texts import usable
from .inputs import Inputs
from .messages import Place, translation_file
from .report import Report
from .textrules import EMAIL_IN_TEXT, PLACEHOLDER, URL_IN_TEXT
from .turkish import names_in, turkish_messages

HIDDEN = "\ue000"  # stands in for an address or placeholder: no letter, space or punctuation

# Latin punctuation and the Arabic-script mark that replaces it
ARABIC_MARKS = {"?": "؟", ",": "،", ";": "؛"}
ARABIC_SCRIPTS = {"Arab"}

# the zero of each numbering system of CLDR that a translator may type
ZEROS = {
    "latn": "0",
    "arab": "\u0660",
    "arabext": "\u06f0",
    "fullwide": "\uff10",
    "deva": "\u0966",
    "beng": "\u09e6",
    "thai": "\u0e50",
    "mymr": "\u1040",
    "tamldec": "\u0be6",
}
DIGIT_STYLE = "latn"  # the guide's style in every language: the digits of a phone keypad

SPACE_BEFORE = ".,;:!?؟،؛"
FRENCH_SPACED = ";:!?"  # French (and Breton) put a narrow no-break space before these
PAIRS = {"(": ")", "[": "]", "«": "»", "‹": "›", "“": "”", "„": "“”", "‘": "’", "‚": "‘’"}
CLOSERS = {")": "(", "]": "[", "»": "«", "›": "‹"}
CURLY_QUOTES = "“”„«»‘‚"
_ANY_QUOTE = re.compile("[\"'’" + CURLY_QUOTES + "]")
DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+\1(?![\w'’-])", re.IGNORECASE)
# doubled words that can be right: Dutch "dat dat", English "had had", "that that"
DOUBLED_OK = {"nl": {"dat", "die"}, "en": {"had", "that"}}


@dataclass(frozen=True)
class FileStyle:
    """How one file writes quotation marks and apostrophes: by the majority of its texts."""

    quotes: str  # "curly", "straight" or "" (no majority)
    apostrophe: str  # "’", "'" or ""


def check_qa(inputs: Inputs, report: Report) -> list[Message]:
    """Every text of every language through the rules of this module."""
    guide = inputs.guide
    out: list[Message] = []
    source_code = guide.settings.source_language
    names = names_in(
        [s.text for s in inputs.sources.values()]
        + [f"x {c.name}" for c in guide.contacts.values()],
        kept_terms(guide),
    )
    dutch_style = file_style(guide.source)
    for code in guide.languages:
        translation = guide.translations[code]
        file = translation_file(guide, code)
        style = file_style(translation, dutch_style)
        for key, text in translation.texts.items():
            value = usable(text.value)
            if value is None:
                continue
            source = inputs.sources.get(key)
            dutch = source.text if source is not None and code != source_code else None
            place = Place(file, text.line, key, dutch)
            out += text_messages(place, value, code, style)
            if code == "tr" or code.startswith("tr_"):
                dutch_text = source.text if source is not None else ""
                out += turkish_messages(place, masked(value), dutch_text, names)
    return out


def kept_terms(guide) -> tuple[str, ...]:
    """The Dutch terms the glossary keeps as they are in some language (names)."""
    glossary = getattr(guide, "glossary", None)
    return tuple(term.term for term in glossary.terms if term.keeps()) if glossary else ()


def masked(text: str) -> str:
    """``text`` with its placeholders, e-mail and web addresses replaced by :data:`HIDDEN`
    (same length, so positions still point into the original)."""

    def hide(match: re.Match) -> str:
        return HIDDEN * len(match.group())

    text = PLACEHOLDER.sub(hide, text)
    text = EMAIL_IN_TEXT.sub(hide, text)
    return URL_IN_TEXT.sub(hide, text)


def text_messages(place: Place, value: str, code: str, style: FileStyle) -> list[Message]:
    """The rules of this module for one text (not the Turkish ones)."""
    text = masked(value)
    out: list[Message] = []
    out += wrong_script_punctuation(place, text, code)
    out += foreign_digits(place, text, code)
    out += doubled_words(place, text, code)
    out += space_before_punctuation(place, text, code)
    out += unbalanced(place, text)
    out += quote_style(place, text, style)
    return out


def context(text: str, start: int, end: int, width: int = 12) -> str:
    """The characters around text[start:end], for a message."""
    return text[max(0, start - width) : end + width].replace(HIDDEN, "…").strip()


# --- the script of the punctuation -------------------------------------------------------------


@cache
def script(code: str) -> str:
    """The script CLDR expects for a language ("Arab", "Latn", "Cyrl"), from its likely
    subtags ("ar" -> "ar_Arab_EG")."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    normal = code.replace("-", "_")
    full = likely.get(normal) or likely.get(normal.split("_")[0]) or ""
    parts = full.split("_")
    return parts[1] if len(parts) > 2 else ""


def _is_arabic_letter(ch: str) -> bool:
    return unicodedata.category(ch).startswith("L") and "ARABIC" in unicodedata.name(ch, "")


def wrong_script_punctuation(place: Place, text: str, code: str) -> list[Message]:
    """A Latin ? , or ; after Arabic-script words: Arabic writes ؟ ، ؛."""
    if script(code) not in ARABIC_SCRIPTS:
        return []
    out = []
    for i, ch in enumerate(text):
        if ch not in ARABIC_MARKS:
            continue
        before = next((c for c in reversed(text[:i]) if c.isalpha()), "")
        if not _is_arabic_letter(before):
            continue  # after a Latin name or a number: "(Heerlen, Maanplein)"
        if ch == "," and i + 1 < len(text) and text[i + 1].isdigit():
            continue
        out.append(
            place.warning(
                f"has the Latin punctuation mark '{ch}' in Arabic text: "
                f'"{context(text, i, i + 1)}"',
                f"Use the Arabic mark '{ARABIC_MARKS[ch]}' instead of '{ch}' (on an Arabic "
                "keyboard it is the key of the same mark).",
            )
        )
    return out


# --- digits ------------------------------------------------------------------------------------


def numbering_system(ch: str) -> str:
    """The CLDR numbering system of a decimal digit ("latn", "arab", "fullwide", …)."""
    zero = chr(ord(ch) - unicodedata.decimal(ch))
    return next((name for name, z in ZEROS.items() if z == zero), unicodedata.name(zero, "?"))


@cache
def cldr_default_digits(code: str) -> str:
    """The numbering system CLDR names as the default for ``code`` ("latn" for ar, tr, nl)."""
    try:
        return Locale.parse(code.replace("-", "_")).default_numbering_system
    except (ValueError, TypeError):
        return DIGIT_STYLE


def foreign_digits(place: Place, text: str, code: str) -> list[Message]:
    """Digits of another numbering system than the guide's (0–9): Arabic-Indic ١١٢, full-width
    １１２. Never converted: a number must be written exactly as in the Dutch text."""
    found = [(i, ch) for i, ch in enumerate(text) if ch.isdecimal() and not "0" <= ch <= "9"]
    if not found:
        return []
    i, ch = found[0]
    run = re.match(r"\d+", text[i:]).group()
    latin = "".join(str(unicodedata.decimal(c)) for c in run)
    system = numbering_system(ch)
    default = cldr_default_digits(code)
    why = (
        "The guide writes every number with the digits 0–9, as on a phone's keypad and in the "
        "Dutch text, so a reader can dial it and compare it."
    )
    if default != DIGIT_STYLE:
        why += f" (CLDR's usual digits for this language are '{default}'; the guide keeps 0–9.)"
    return [
        place.error(
            f"has the number {run} in {unicodedata.name(ch).rsplit(' ', 2)[0].lower()}s "
            f"({system}), not in the digits 0–9",
            f"Write {latin}. {why}",
        )
    ]


# --- words and spaces --------------------------------------------------------------------------


def doubled_words(place: Place, text: str, code: str) -> list[Message]:
    """The same word twice in a row ("the the"), except where a language allows it."""
    allowed = DOUBLED_OK.get(code.split("_")[0], set())
    out = []
    for match in DOUBLED.finditer(text):
        word = match.group(1)
        if word.lower() in allowed:
            continue
        out.append(
            place.warning(
                f'has the word "{word}" twice in a row: "{context(text, *match.span())}"',
                "Delete one of them.",
            )
        )
    return out


def space_before_punctuation(place: Place, text: str, code: str) -> list[Message]:
    """A space before . , ; : ! ? (French: a narrow no-break space before ; : ! ? is right)."""
    french = code.split("_")[0] in ("fr", "br")
    for match in re.finditer(r"(\s+)([" + re.escape(SPACE_BEFORE) + "])", text):
        space, mark = match.group(1), match.group(2)
        start = match.start()
        if start == 0 or text[match.end() - 1 :].startswith("..."):
            continue  # a text that starts with a mark, or "..." standing for left-out words
        if french and mark in FRENCH_SPACED:
            if space in ("\u202f", "\u00a0"):
                continue
            return [
                place.warning(
                    f'has an ordinary space before "{mark}": "{context(text, *match.span())}"',
                    "French puts a narrow no-break space (U+202F) before ; : ! ? so the mark "
                    "never starts a line; or leave the space out.",
                )
            ]
        return [
            place.warning(
                f'has a space before "{mark}": "{context(text, *match.span())}"',
                f'Delete the space: the "{mark}" comes right after the word.',
            )
        ]
    return []


# --- brackets and quotation marks --------------------------------------------------------------


def unbalanced(place: Place, text: str) -> list[Message]:
    """A bracket or quotation mark opened and not closed, or closed and not opened."""
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch in PAIRS[stack[-1][0]]:
            stack.pop()
        elif ch in PAIRS:
            if ch in "‘‚" and _between_letters(text, i):
                continue
            stack.append((ch, i))
        elif ch in CLOSERS:
            return [_unbalanced(place, text, ch, i, f"'{CLOSERS[ch]}'")]
        elif ch == "”":
            return [_unbalanced(place, text, ch, i, "'“'")]
    if stack:
        ch, i = stack[0]
        return [
            place.warning(
                f"opens '{ch}' and does not close it: \"{context(text, i, i + 1)}\"",
                f"Add the closing '{PAIRS[ch][0]}' where the bracket or quotation ends, or "
                f"delete the '{ch}'.",
            )
        ]
    if text.count('"') % 2:
        i = text.rindex('"')
        return [_unbalanced(place, text, '"', i, "a second '\"'")]
    return []


def _unbalanced(place: Place, text: str, ch: str, i: int, opener: str) -> Message:
    return place.warning(
        f"closes '{ch}' that was never opened: \"{context(text, i, i + 1)}\"",
        f"Add the opening {opener} where it starts, or delete the '{ch}'.",
    )


def _between_letters(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _quote_kinds(text: str) -> tuple[int, int, list[tuple[int, str]]]:
    """(curly, straight) quotation marks that open a quotation, and in-word apostrophes."""
    if not _ANY_QUOTE.search(text):  # most texts: no mark to count
        return 0, 0, []
    curly = straight = 0
    apostrophes = []
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in "'’" and before.isalnum() and after.isalpha():
            apostrophes.append((i, ch))
        elif ch in CURLY_QUOTES and not before.isalnum():
            curly += 1
        elif ch == '"' or (ch == "'" and not before.isalnum() and after.isalnum()):
            straight += not before.isalnum()
    return curly, straight, apostrophes


def file_style(translation: Translation, fallback: FileStyle | None = None) -> FileStyle:
    """The quotation marks and apostrophes most of the file's texts use; where no kind has a
    majority, those of ``fallback`` (the Dutch file's)."""
    quotes: Counter[str] = Counter()
    apostrophes: Counter[str] = Counter()
    for text in translation.texts.values():
        value = usable(text.value)
        if value is None:
            continue
        curly, straight, marks = _quote_kinds(masked(value))
        quotes["curly"] += bool(curly)
        quotes["straight"] += bool(straight)
        for ch in {ch for _, ch in marks}:
            apostrophes[ch] += 1
    fallback = fallback or FileStyle("", "")
    return FileStyle(
        _majority(quotes) or fallback.quotes, _majority(apostrophes) or fallback.apostrophe
    )


def _majority(counts: Counter[str]) -> str:
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] == 0 or len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return ""
    return ranked[0][0]


def quote_style(place: Place, text: str, style: FileStyle) -> list[Message]:
    """Quotation marks or apostrophes of the other kind than the rest of the file."""
    curly, straight, marks = _quote_kinds(text)
    out = []
    if style.quotes == "curly" and straight:
        out.append(
            place.warning(
                'has straight quotation marks (") where the rest of the file uses curly ones '
                "(‘…’ or “…”)",
                "Use the same quotation marks as the other texts of this file.",
            )
        )
    elif style.quotes == "straight" and curly:
        out.append(
            place.warning(
                "has curly quotation marks (‘…’ or “…”, often added by a word processor) where "
                'the rest of the file uses straight ones (")',
                "Use the same quotation marks as the other texts of this file.",
            )
        )
    other = [(i, ch) for i, ch in marks if style.apostrophe and ch != style.apostrophe]
    if other:
        i, ch = other[0]
        out.append(
            place.warning(
                f"has the apostrophe '{ch}' in \"{context(text, i, i + 1, 8)}\" where the rest of "
                f"the file writes '{style.apostrophe}'",
                f"Write '{style.apostrophe}' like the other texts of this file.",
            )
        )
    return out
