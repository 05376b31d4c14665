"""Each translation compared with the Dutch: complete, faithful in what it may not change, current.

A translation may word things its own way, but its numbers, addresses and placeholders must be
those of the Dutch text, and it must follow changes to the Dutch (``translations.lock`` records
which Dutch text each translation was confirmed against).
"""

from __future__ import annotations

import difflib

from ..load.states import LOCK_FILE, Lock
from ..model import Message, Text, shorten
from ..texts import Source, text_hash
from .inputs import Inputs
from .messages import Place, insert_point, translation_file
from .report import LanguageStats, Report
from .textrules import (
    MARK_NAMES,
    PLACEHOLDER,
    end_mark,
    phone_format,
    style_messages,
    tokens,
    value_problem,
)

SAME_TEXT = "same as the Dutch text"
# what a translation may never change, whoever writes it (an XLIFF import refuses these)
CONSISTENCY = ("placeholders differ", "has a brace", "numbers or addresses differ")


def check_lock(inputs: Inputs, report: Report) -> list[Message]:
    """A lock that was looked for but is not there: outdated texts cannot be recognised."""
    if inputs.lock is None or inputs.lock.exists:
        return []
    return [
        Place(LOCK_FILE, 0).warning(
            "not found: outdated translations cannot be recognised",
            "When every translation has been reviewed, run 'hulpwijzer confirm --all'.",
        )
    ]


def check_translations(inputs: Inputs, report: Report) -> list[Message]:
    """Every language but the Dutch; records each one's row of the summary."""
    out: list[Message] = []
    for code in inputs.guide.languages:
        if code != inputs.guide.settings.source_language:
            found, report.languages[code] = _check_translation(inputs, code)
            out += found
    return out


def _check_translation(inputs: Inputs, code: str) -> tuple[list[Message], LanguageStats]:
    """One language, key by key in the order of the Dutch file, then its extra keys."""
    file = translation_file(inputs.guide, code)
    texts = inputs.guide.translations[code].texts
    lock, order = inputs.lock, list(inputs.sources)
    stats = LanguageStats(code)
    out: list[Message] = []
    lock_on = lock is not None and lock.exists
    confirmed_any = lock is not None and bool(lock.languages.get(code))
    for key, source in inputs.sources.items():
        if not source.optional:
            stats.keys += 1
        if key not in texts:
            if not source.optional:
                out.append(_missing(file, order, texts, source))
            continue
        text = texts[key]
        place = Place(file, text.line, key, source.text)
        problem = value_problem(text.value)
        if problem:
            out.append(place.error(*problem))
            continue
        if not source.optional:
            stats.translated += 1
        compared = _compare(code, place, str(text.value), lock)
        out += compared
        same = any(m.text.startswith(SAME_TEXT) for m in compared)
        if lock_on and confirmed_any and not same:
            message = _outdated(code, place, lock)
            if message is not None:
                if message.text.startswith(NOT_CONFIRMED):
                    stats.not_confirmed += 1
                else:
                    stats.outdated += 1
                out.append(message)
    if lock_on and not confirmed_any and stats.translated:
        stats.not_confirmed = stats.translated
        out.append(
            Place(file, 1).warning(
                f"{NOT_CONFIRMED}: no translation of '{code}' has been confirmed, so changes "
                f"to the Dutch texts cannot be followed ({stats.translated} texts not confirmed)",
                f"When the translation has been reviewed, run: hulpwijzer confirm {code}",
            )
        )
    return out + _extra_keys(file, texts, inputs.sources), stats


def _missing(file: str, order: list[str], texts: dict[str, Text], source: Source) -> Message:
    """A required key the translation lacks, placed where it would go."""
    line, where = insert_point(order, source.key, texts)
    return Place(file, line, source.key, source.text).error(
        "missing", f"Translate the Dutch text. {where}"
    )


def _extra_keys(file: str, texts: dict[str, Text], sources: dict[str, Source]) -> list[Message]:
    """Keys the Dutch file does not have (never printed), with a guess at a misspelling."""
    out = []
    missing = [k for k in sources if k not in texts]
    for key, text in texts.items():
        if key in sources:
            continue
        close = difflib.get_close_matches(key, missing, n=1)
        if close:
            hint = f"Is this '{close[0]}'? Correct the spelling of the key."
        else:
            hint = "Delete it; only keys of the Dutch file are printed."
        out.append(Place(file, text.line, key).warning("not in the Dutch file", hint))
    return out


def _compare(code: str, place: Place, value: str, lock: Lock | None) -> list[Message]:
    """A translation against its Dutch text (``place.source_text``)."""
    dutch, key = place.source_text, place.key
    out = []
    if " ".join(value.split()) == " ".join(dutch.split()) and any(ch.isalpha() for ch in value):
        entry = lock.entry(code, key) if lock is not None else None
        if not (entry and entry.same and entry.hash == text_hash(dutch)):
            out.append(
                place.warning(
                    SAME_TEXT + ": probably not translated",
                    f"Translate it. If it must stay the same (a name, 'WhatsApp'), confirm that "
                    f"with: hulpwijzer confirm {code} {key}",
                )
            )
    out += _placeholders(place, value)
    mine, origin = tokens(value), tokens(dutch)
    lost = [w for ident, w in origin.items.items() if ident not in mine.items]
    added = [w for ident, w in mine.items.items() if ident not in origin.items]
    if lost or added:
        parts = []
        if lost:
            parts.append("missing " + ", ".join(lost))
        if added:
            parts.append("not in the Dutch text " + ", ".join(added))
        out.append(
            place.error(
                "numbers or addresses differ from the Dutch text: " + "; ".join(parts),
                "Copy phone numbers, other numbers, web and e-mail addresses exactly from the "
                "Dutch text; translate only the words around them.",
            )
        )
    else:
        out += phone_format(place, mine)
    out += style_messages(place, value)
    ours_mark, dutch_mark = end_mark(value, code), end_mark(dutch, "nl")
    if ours_mark != dutch_mark:
        out.append(
            place.warning(
                f"ends with {MARK_NAMES[ours_mark]}, the Dutch text with {MARK_NAMES[dutch_mark]}",
                "End it like the Dutch text: a question stays a question, a title gets no full "
                "stop.",
            )
        )
    return out


def _placeholders(place: Place, value: str) -> list[Message]:
    """The placeholders of the Dutch text, exactly, with every brace paired."""
    ours, theirs = set(PLACEHOLDER.findall(value)), set(PLACEHOLDER.findall(place.source_text))
    if ours != theirs:
        parts = []
        if theirs - ours:
            parts.append("missing " + ", ".join("{" + p + "}" for p in sorted(theirs - ours)))
        if ours - theirs:
            parts.append(
                "not in the Dutch text " + ", ".join("{" + p + "}" for p in sorted(ours - theirs))
            )
        return [
            place.error(
                "placeholders differ from the Dutch text: " + "; ".join(parts),
                "Copy the placeholders in braces exactly as in the Dutch text; do not translate "
                "the word inside the braces.",
            )
        ]
    if "{" in PLACEHOLDER.sub("", value) or "}" in PLACEHOLDER.sub("", value):
        return [
            place.error(
                "has a brace { or } without its partner",
                "Copy the placeholders in braces exactly as in the Dutch text.",
            )
        ]
    return []


def consistency_errors(code: str, key: str, value: str, dutch: str) -> list[Message]:
    """The errors of the checks above about placeholders, numbers, web and e-mail addresses:
    ``value`` as a translation of ``dutch`` would print a different number or address, or lose
    a placeholder. Used by importers (``hulpwijzer import-xliff``) to refuse such a text."""
    found = _compare(code, Place("", 0, key, dutch), value, None)
    return [m for m in found if m.level == "error" and m.text.startswith(CONSISTENCY)]


NOT_CONFIRMED = "not confirmed yet"  # never confirmed (status: "not confirmed")
OUTDATED = "outdated"  # confirmed against an older Dutch text (status: "outdated")


def _outdated(code: str, place: Place, lock: Lock) -> Message | None:
    """A translation never confirmed (NOT_CONFIRMED), or confirmed against another Dutch text
    than today's (OUTDATED): the two states of ``hulpwijzer status``."""
    entry = lock.entry(code, place.key)
    confirm = f"hulpwijzer confirm {code} {place.key}"
    if entry is None:
        return place.warning(
            f"{NOT_CONFIRMED}: it is not recorded which Dutch text this was translated from",
            f"Check it against the Dutch text, then run: {confirm}",
        )
    if entry.hash == text_hash(place.source_text):
        return None
    old = lock.sources.get(entry.hash)
    was = f' (it was translated from: "{shorten(old)}")' if old else ""
    return place.warning(
        f"{OUTDATED}: the Dutch text has changed since this was translated{was}",
        f"Compare it with the new Dutch text, update the translation if needed, then run: "
        f"{confirm}",
    )
