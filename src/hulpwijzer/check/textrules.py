"""Rules for one text, shared by the checks of the Dutch source and of the translations.

What a text holds (numbers, phone numbers, web and e-mail addresses, placeholders), how it
ends, which characters in it do not belong, whether a value is a text at all, and whether an
address may be printed. The checks compare and report; the rules live here, once.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from ..glyphs import ZW_JOINERS  # between letters of e.g. Persian: not hidden
from ..model import Message
from ..phones import phone_info
from ..texts import char_name
from .messages import Place

PLACEHOLDER = re.compile(r"\{([^{}\s]*)\}")
URL_IN_TEXT = re.compile(
    r"https?://[^\s<>\"]+|www\.[^\s<>\"]+"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|info|be|de)(?:/[^\s<>\"]*)?(?![\w-])",
    re.IGNORECASE,
)
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NUMBER_RUN = re.compile(r"\+?[0-9]+(?:[ \u00a0\u202f-][0-9]+)*")
TRAILING = ".,;:!?)]}»”’'\""
END_MARKS = {
    ".": ".",
    "。": ".",
    "۔": ".",
    "।": ".",
    "!": "!",
    "！": "!",
    "?": "?",
    "؟": "?",
    "？": "?",
    ":": ":",
    "：": ":",
    "…": "…",
}
MARK_NAMES = {
    ".": "a full stop",
    "!": "'!'",
    "?": "a question mark",
    ":": "a colon",
    "…": "'…'",
    "": "no punctuation",
}
BIDI_CONTROLS = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}


# --- numbers and addresses in a text --------------------------------------------------------------


@dataclass
class Tokens:
    """Numbers and addresses in a text, each by its identity with the first written form."""

    items: dict[tuple[str, str], str] = field(default_factory=dict)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (written, display)


@cache
def tokens(text: str) -> Tokens:
    """Every e-mail address, web address, phone number and other number, in text order.

    Cached: the Dutch text is compared with every language. Callers only read the result.
    """
    out = Tokens()
    found: list[tuple[int, tuple[str, str], str]] = []

    def blank(match: re.Match) -> str:  # keep positions: replace by spaces of the same length
        return " " * len(match.group())

    rest = PLACEHOLDER.sub(blank, text)
    for match in EMAIL_IN_TEXT.finditer(rest):
        found.append((match.start(), ("e-mail address", match.group().lower()), match.group()))
    rest = EMAIL_IN_TEXT.sub(blank, rest)
    for match in URL_IN_TEXT.finditer(rest):
        url = match.group().rstrip(TRAILING)
        ident = re.sub(r"^https?://", "", url.lower()).removeprefix("www.").rstrip("/")
        found.append((match.start(), ("web address", ident), url))
    # digits 0-9 only: a number in other digits (١١٢, １１２) is not the Dutch number, and
    # check.qa names its digits; nothing is converted before comparing
    rest = URL_IN_TEXT.sub(blank, rest)
    for match in NUMBER_RUN.finditer(rest):
        groups = re.split(r"[ \u00a0\u202f-]", match.group())
        i = 0
        while i < len(groups):
            for j in range(len(groups), i, -1):
                written = " ".join(groups[i:j])
                digits = re.sub(r"[^0-9]", "", written)
                if len(digits) < 3 or not (
                    digits.startswith("0") or written.startswith("+") or len(digits) <= 6
                ):
                    continue
                info = phone_info(written)
                if not info.problem:
                    start, original = _original_span(rest, match, groups, i, j)
                    found.append((start, ("phone number", info.digits), info.display))
                    out.phones.append((original, info.display))
                    i = j
                    break
            else:
                value = str(int(groups[i].lstrip("+") or "0"))
                if value != "0":
                    start, _ = _original_span(rest, match, groups, i, i + 1)
                    found.append((start, ("number", value), groups[i]))
                i += 1
    for _, ident, written in sorted(found, key=lambda item: item[0]):
        out.items.setdefault(ident, written)
    return out


def _original_span(
    rest: str, match: re.Match, groups: list[str], i: int, j: int
) -> tuple[int, str]:
    """Position and exact characters of groups[i:j] in the text (with its own separators)."""
    start = match.start() + sum(len(g) + 1 for g in groups[:i])
    length = sum(len(g) for g in groups[i:j]) + (j - i - 1)
    return start, rest[start : start + length]


def phone_format(place: Place, found: Tokens) -> list[Message]:
    """Phone numbers in a text written otherwise than the cards print them."""
    return [
        place.warning(
            f"write the phone number {written} as on the cards: {display}",
            "The guide prints every number in one format, so readers recognise it.",
        )
        for written, display in found.phones
        if written != display and written.replace("\u00a0", " ") != display
    ]


# --- how a text ends, and what does not belong in it ----------------------------------------------


def end_mark(text: str, language: str) -> str:
    """The punctuation a text ends with, as a key of :data:`MARK_NAMES` ("" for none)."""
    stripped = text.rstrip().rstrip(")]}»”’'\"« ")
    if not stripped:
        return ""
    last = stripped[-1]
    if language == "el" and last == ";":
        return "?"
    if last == "." and stripped.endswith("..."):
        return "…"
    return END_MARKS.get(last, "")


def invisible(text: str) -> list[tuple[int, str]]:
    """(position, character) of control and invisible characters that do not belong."""
    if text.isprintable():  # no character of the categories below (C*, Zl, Zp): most texts
        return []
    found = []
    for i, ch in enumerate(text):
        if ch in "\n\t":
            continue
        category = unicodedata.category(ch)
        if category not in ("Cc", "Cf", "Co", "Cn", "Cs", "Zl", "Zp"):
            continue
        if ch in ZW_JOINERS and 0 < i < len(text) - 1:
            before, after = text[i - 1], text[i + 1]
            if (
                _is_letter(before)
                and _is_letter(after)
                and not (_is_latin(before) and _is_latin(after))
            ):
                continue
        found.append((i, ch))
    return found


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC", "GREEK"))


def value_problem(value: object) -> tuple[str, str] | None:
    """(what is wrong, what to do) when a translation value is not a usable text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "is empty", 'Write the text after the colon, in quotes: key: "…".'
    if isinstance(value, dict):
        return "is empty ({})", 'Write the text after the colon, in quotes: key: "…".'
    if isinstance(value, bool):
        return (
            f"is read as {'true' if value else 'false'}, not as a text",
            'Put the text in quotes, e.g. "yes" or "no".',
        )
    if isinstance(value, int | float):
        return "is a number, not a text", f'Put it in quotes: "{value}".'
    if isinstance(value, dt.date):
        return "is read as a date, not a text", f'Put it in quotes: "{value}".'
    if isinstance(value, list):
        return (
            "is a list (lines starting with '- '), not a text",
            'Write it as one text in quotes: key: "…".',
        )
    if not isinstance(value, str):
        return f"is {type(value).__name__}, not a text", 'Put the text in quotes: key: "…".'
    return None


def style_messages(place: Place, value: str) -> list[Message]:
    """Whitespace and invisible characters (every language, the Dutch included)."""
    out = []
    inner = value[:-1] if value.endswith("\n") and not value.endswith("\n\n") else value
    if inner != inner.strip():
        where = "starts" if inner[:1].isspace() else "ends"
        if inner[:1].isspace() and inner[-1:].isspace():
            where = "starts and ends"
        out.append(place.warning(f"{where} with a space", "Delete the space(s) inside the quotes."))
    body = inner.strip()
    doubled = re.search(r"\S( {2,})\S", body)
    if doubled:
        around = body[max(0, doubled.start() - 12) : doubled.end() + 12]
        out.append(
            place.warning(f'has a double space: "{around.strip()}"', "Use one space between words.")
        )
    if "\t" in body:
        out.append(place.warning("has a tab character", "Replace it with a space."))
    for position, ch in invisible(value)[:1]:
        before = value[max(0, position - 15) : position].strip()
        bidi = unicodedata.bidirectional(ch) in BIDI_CONTROLS or ch in "\u200e\u200f\u061c"
        hint = (
            "Delete it: the program sets the reading direction itself."
            if bidi
            else "Delete it: retype the words around it, or paste the text without formatting."
        )
        out.append(
            place.error(
                f'contains the invisible character {char_name(ch)} (after "{before}")', hint
            )
        )
    return out


# --- addresses ---------------------------------------------------------------------------------


def url_problem(url: str) -> tuple[str, str] | None:
    """(what is wrong, what to do) for a URL that may not be printed, else None."""
    hidden = next((ch for _, ch in invisible(url or "")), None)
    if hidden is not None:
        return (
            f"'{url}' contains the invisible character {char_name(hidden)}",
            "Delete it: copy the address again from the browser's address bar.",
        )
    if not url or any(ch.isspace() for ch in url):
        return f"'{url}' is not a web address: it contains a space", "Remove the spaces."
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return f"'{url}' is not a valid web address", "Copy the address from the browser."
    if parts.scheme == "http":
        return (
            f"'{url}' starts with http://; the guide only prints secure https:// addresses",
            "Check that the site opens with https:// and write that.",
        )
    if parts.scheme != "https":
        return (
            f"'{url}' is not a web address starting with https://",
            "Write the full address, like https://www.heerlen.nl/.",
        )
    labels = host.split(".")
    if (
        len(labels) < 2
        or not all(re.fullmatch(r"(?!-)[a-z0-9-]{1,63}(?<!-)", lab) for lab in labels[:-1])
        or not re.fullmatch(r"[a-z]{2,63}|xn--[a-z0-9-]+", labels[-1])
        or parts.username is not None
    ):
        return (
            f"'{url}' has no valid domain name",
            "Copy the address from the browser, like https://www.heerlen.nl/.",
        )
    return None
