"""The Dutch source: every text the guide needs is there, used, well formed, and easy Dutch.

Every translation is made from these texts, so a fault here spreads to every language. Easy
Dutch (B1) is judged by sentence and word length and the Flesch-Douma score, which the report
lists hardest first.
"""

from __future__ import annotations

import difflib
import re

from ..model import Guide, Message, Text
from ..texts import PLACEHOLDERS
from .inputs import Inputs
from .messages import CONTENT_CONTACTS, CONTENT_GUIDE, Place, insert_point, translation_file
from .report import LanguageStats, Readability, Report
from .textrules import (
    EMAIL_IN_TEXT,
    PLACEHOLDER,
    URL_IN_TEXT,
    phone_format,
    style_messages,
    tokens,
    value_problem,
)

MAX_SENTENCE_WORDS = 15  # easy Dutch (B1): a sentence of more words is reported
MAX_WORD_LETTERS = 20  # a longer word (part) is reported
MIN_SCORED_WORDS = 5  # texts (not titles or labels) of at least this many words get a score

LABELS = ("call", "free", "always_open", "hours", "address", "website", "email")
# only on the web edition
WEB_TEXTS = ("skip", "download_screen", "download_print", "download_large_print")
HANDOUT_TEXTS = ("poster.title", "homeprint.how")  # on the poster, on the home-print booklet
KIND_LABELS = {"whatsapp": "whatsapp", "text": "text"}  # labels needed only when a phone has it
WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
VOWEL_GROUP = re.compile(r"[aeiouyàáâèéêìíîòóôùúû]+|[äëïöü]", re.IGNORECASE)


def needed_keys(guide: Guide) -> list[str]:
    """The Dutch texts the guide prints, in the order it prints them."""
    keys = [
        "cover.title",
        "cover.subtitle",
        "cover.emergency",
        "cover.qr_caption",
        "cover.other_languages",
        "contents.title",
        "contents.intro",
        "start.title",
        "start.intro",
    ]
    for step in guide.steps:
        keys += [f"start.steps.{step.id}.title", f"start.steps.{step.id}.text"]
    keys += ["start.emergency", "legend.title"]
    for section in guide.sections:
        keys += [f"sections.{section.id}.{part}" for part in ("title", "intro", "question")]
    keys += ["index.title", "index.intro"]
    kinds = {p.kind for c in guide.contacts.values() for p in c.phones}
    keys += [f"labels.{label}" for label in LABELS[:1]]
    keys += [f"labels.{label}" for kind, label in KIND_LABELS.items() if kind in kinds]
    keys += [f"labels.{label}" for label in LABELS[1:]]
    keys += ["back.title", "back.edition", "back.verified", "back.online", "back.notes"]
    keys += [f"web.{name}" for name in WEB_TEXTS]
    keys += list(HANDOUT_TEXTS)
    return keys


class _Places:
    """The keys the guide has a place for, gathered once for all keys of the Dutch file."""

    def __init__(self, guide: Guide, needed: tuple[str, ...]):
        self.fixed = set(needed) | {f"labels.{label}" for label in KIND_LABELS.values()}
        self.steps = {s.id for s in guide.steps}
        self.sections = {s.id for s in guide.sections}
        self.contacts = set(guide.contacts)

    def unused_reason(self, key: str) -> str | None:
        """Why a key of the Dutch file is not used in the guide, or None when it is used."""
        if key in self.fixed:
            return None
        parts = key.split(".")
        if len(parts) == 4 and parts[:2] == ["start", "steps"] and parts[3] in ("title", "text"):
            if parts[2] in self.steps:
                return None
            return f"there is no step '{parts[2]}' in {CONTENT_GUIDE}"
        if (
            len(parts) == 3
            and parts[0] == "sections"
            and parts[2] in ("title", "intro", "question")
        ):
            if parts[1] in self.sections:
                return None
            return f"there is no section '{parts[1]}' in {CONTENT_GUIDE}"
        if len(parts) == 3 and parts[0] == "contacts" and parts[2] in ("about", "name"):
            if parts[1] in self.contacts:
                return None
            return f"there is no contact '{parts[1]}' in {CONTENT_CONTACTS}"
        return "the guide has no place for this key"


def check_source(inputs: Inputs, report: Report) -> list[Message]:
    """The Dutch file: missing and unused texts, placeholders, numbers, easy Dutch.

    Records the source language's row of the summary and the readability scores.
    """
    guide = inputs.guide
    code = guide.settings.source_language
    file = translation_file(guide, code)
    texts = guide.source.texts
    out = _missing(guide, file, inputs.needed, texts)
    places = _Places(guide, inputs.needed)
    missing = [k for k in inputs.needed if k not in texts]
    scores = []
    for key, text in texts.items():
        place = Place(file, text.line, key)
        problem = value_problem(text.value)
        if problem:
            out.append(place.error(*problem))
            continue
        value = str(text.value)
        reason = places.unused_reason(key)
        if reason:
            close = difflib.get_close_matches(key, missing, n=1)
            hint = f"Did you mean '{close[0]}'?" if close else "Delete it, or check the spelling."
            out.append(place.warning(f"not used: {reason}", hint))
        out += style_messages(place, value)
        out += _placeholders(place, value)
        out += _source_numbers(place, value)
        if not key.startswith("labels.") and not key.endswith((".name", ".title")):
            messages, score = _easy_dutch(place, value.strip())
            out += messages
            if score is not None:
                scores.append(score)
    report.readability = sorted(scores, key=lambda r: (r.score, r.line))
    present = [k for k in inputs.needed if k in texts and not value_problem(texts[k].value)]
    report.languages[code] = LanguageStats(
        code, is_source=True, keys=len(inputs.needed), translated=len(present)
    )
    return out


def _missing(
    guide: Guide, file: str, needed: tuple[str, ...], texts: dict[str, Text]
) -> list[Message]:
    """Texts the guide needs, and contacts without a text saying what they help with."""
    out = []
    for key in needed:
        if key not in texts:
            line, where = insert_point(list(needed), key, texts)
            out.append(Place(file, line, key).error("missing: the guide needs this text", where))
    for contact in guide.contacts.values():
        key = f"contacts.{contact.id}.about"
        if key not in texts:
            line, where = insert_point(_contact_order(guide, texts, key), key, texts)
            out.append(
                Place(file, line, key).warning(
                    f"missing: the card of '{contact.name}' has no text saying what they help with",
                    f"Write one or two easy sentences. {where}",
                )
            )
    return out


def _contact_order(guide: Guide, texts: dict[str, Text], key: str) -> list[str]:
    """The Dutch file's keys with ``key`` (a contact's missing text) where it belongs: after
    the texts of the contact before it in content/contacts.yaml."""
    order = [k for k in texts if k != key]
    ids = list(guide.contacts)
    mine = ids.index(key.split(".")[1])
    for earlier in reversed(ids[:mine]):
        theirs = [i for i, k in enumerate(order) if k.startswith(f"contacts.{earlier}.")]
        if theirs:
            return order[: theirs[-1] + 1] + [key] + order[theirs[-1] + 1 :]
    first = next((i for i, k in enumerate(order) if k.startswith("contacts.")), len(order))
    return order[:first] + [key] + order[first:]


def _placeholders(place: Place, value: str) -> list[Message]:
    """Only the placeholders the program fills in for this key, each of them, braces paired."""
    out = []
    found = set(PLACEHOLDER.findall(value))
    allowed = PLACEHOLDERS.get(place.key, set())
    for name in sorted(found - allowed):
        hint = (
            "Here the program fills in only " + ", ".join("{" + a + "}" for a in sorted(allowed))
            if allowed
            else "The program fills in nothing here: remove the braces."
        )
        out.append(place.error(f"unknown placeholder {{{name}}}", hint))
    for name in sorted(allowed - found):
        out.append(
            place.error(
                f"the placeholder {{{name}}} is missing",
                f"Put {{{name}}} where the program should fill it in.",
            )
        )
    rest = PLACEHOLDER.sub("", value)
    if "{" in rest or "}" in rest:
        out.append(
            place.error(
                "has a brace { or } without its partner",
                "Placeholders are written {name}: check the braces.",
            )
        )
    return out


def _source_numbers(place: Place, value: str) -> list[Message]:
    """Addresses in the Dutch text: https only; phone numbers written as on the cards."""
    out = []
    found = tokens(value)
    for (kind, _), written in found.items.items():
        if kind == "web address" and written.lower().startswith("http://"):
            out.append(
                place.error(
                    f"'{written}' starts with http://; the guide only prints https:// addresses",
                    "Check that the site opens with https:// and write that.",
                )
            )
    out += phone_format(place, found)
    return out


def _syllables(word: str) -> int:
    if not any(ch.isalpha() for ch in word):
        return 1
    return max(1, len(VOWEL_GROUP.findall(word)))


def _easy_dutch(place: Place, value: str) -> tuple[list[Message], Readability | None]:
    """Long sentences and long words, with the Flesch-Douma score of the text."""
    plain = URL_IN_TEXT.sub("url", EMAIL_IN_TEXT.sub("email", PLACEHOLDER.sub("x", value)))
    sentences = [s for s in re.split(r"(?<=[.!?…])\s+|\n+", plain) if WORD.search(s)]
    words = WORD.findall(plain)
    if not words or not sentences:
        return [], None
    syllables = sum(_syllables(w) for w in words)
    score = round(206.84 - 77 * syllables / len(words) - 0.93 * len(words) / len(sentences), 1)
    readability = None
    if len(words) >= MIN_SCORED_WORDS:  # a score of a few words says little
        readability = Readability(
            place.key, place.file, place.line, score, len(words), len(sentences)
        )
    out = []
    for sentence in sentences:
        count = len(WORD.findall(sentence))
        if count > MAX_SENTENCE_WORDS:
            start = " ".join(sentence.split()[:6])
            out.append(
                place.warning(
                    f'sentence of {count} words ("{start} …"); easy Dutch uses at most '
                    f"{MAX_SENTENCE_WORDS} (readability {score:g})",
                    "Split it into two shorter sentences.",
                )
            )
    long_words = []
    for word in words:
        for part in re.split(r"[-’']", word):
            if len(part) > MAX_WORD_LETTERS and part not in long_words and part.isalpha():
                long_words.append(part)
    if long_words:
        out.append(
            place.warning(
                f"long word{'s' if len(long_words) > 1 else ''}: {', '.join(long_words)} "
                f"(more than {MAX_WORD_LETTERS} letters; readability {score:g})",
                "Use a shorter word, or split the word with a hyphen or into more words.",
            )
        )
    return out, readability
