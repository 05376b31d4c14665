"""Terms and repeated sentences: every translation says one thing one way.

- A text whose Dutch has a term of ``content/glossary.yaml`` follows that term's rule for its
  language: keeps the Dutch word, keeps it with its translation in brackets, or uses the agreed
  translation. When it uses the word of *another* term instead (ar «إعانة», the word for
  "uitkering", where the Dutch says "toeslag"), the message says so: the glossary keeps the two
  apart.
- A Dutch sentence that appears in several texts ("Lukt het niet?") is translated the same way
  in each: a reader who meets two wordings wonders whether they mean different things.

Words are compared without case, accents and Arabic vowel marks, and as parts of words, so
Turkish and Arabic suffixes and prefixes do not hide them ("ödeneğe" has "ödene").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..model import Glossary, GlossaryRule, GlossaryTerm, Message
from ..texts import usable
from .inputs import Inputs
from .messages import Place, translation_file
from .report import Report

SENTENCE_END = re.compile(r"(?<=[.?!؟])\s+")


def check_glossary(inputs: Inputs, report: Report) -> list[Message]:
    """Every translation against the glossary, then its repeated sentences."""
    guide = inputs.guide
    out: list[Message] = []
    for code in guide.languages:
        if code == guide.settings.source_language:
            continue
        file = translation_file(guide, code)
        texts = guide.translations[code].texts
        for key, source in inputs.sources.items():
            text = texts.get(key)
            value = usable(text.value) if text is not None else None
            if value is None:
                continue
            place = Place(file, text.line, key, source.text)
            if guide.glossary is not None:
                out += term_messages(place, value, code, guide.glossary)
        out += repeated_sentences(inputs, code)
    return out


@cache
def fold(text: str) -> str:
    """``text`` for comparing words: lower case, Turkish İ as i, no accents or vowel marks."""
    text = text.replace("İ", "i")  # Python lower-cases İ to i + a combining dot
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _has_form(dutch: str, term: GlossaryTerm) -> bool:
    folded = fold(dutch)
    return any(fold(f) in folded and _word(fold(f)).search(folded) for f in term.forms)


@cache
def _word(folded_form: str) -> re.Pattern:
    """The form as a whole word (compiled once: a glossary has more forms than Python's cache
    of patterns holds)."""
    return re.compile(rf"(?<!\w){re.escape(folded_form)}(?!\w)")


def terms_in(glossary: Glossary, dutch: str) -> list[GlossaryTerm]:
    """The glossary's terms that a Dutch text uses."""
    return [term for term in glossary.terms if _has_form(dutch, term)]


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    folded = fold(text)
    return any(fold(word) in folded for word in words)


def describe(term: GlossaryTerm, rule: GlossaryRule) -> str:
    """The rule in words, for messages and XLIFF notes."""
    if rule.kind == "keep":
        return f'keep "{term.term}" as it is'
    if rule.kind == "keep-with-translation":
        return f'keep "{term.term}" and add "({rule.words[0]})"'
    return f'translate "{term.term}" as "{rule.words[0]}"'


def term_messages(place: Place, value: str, code: str, glossary: Glossary) -> list[Message]:
    """The glossary's rules for the terms of the Dutch text ``place.source_text``."""
    out = []
    present = terms_in(glossary, place.source_text)
    for term in present:
        rule = term.rule(code)
        if rule is None or _follows(value, term, rule):
            continue
        why = f" ({term.note})" if term.note else ""
        text = f'does not follow the glossary for "{term.term}": {describe(term, rule)}'
        other = _word_of_another_term(value, code, term, present, glossary)
        if other is not None:
            text += (
                f'; it has "{other[1]}", the glossary\'s word for "{other[0].term}", which '
                "the glossary keeps apart from it"
            )
        out.append(
            place.warning(
                text,
                f"Write it as the glossary says{why}. If the glossary is wrong for this text, "
                f"ask the coordinator to change {glossary.file}.",
            )
        )
    return out


def _follows(value: str, term: GlossaryTerm, rule: GlossaryRule) -> bool:
    if rule.kind == "translate":
        return _has_word(value, rule.words)
    kept = any(form in value for form in (term.term, *term.forms))
    return kept and (rule.kind == "keep" or _has_word(value, rule.words))


def _word_of_another_term(
    value: str, code: str, term: GlossaryTerm, present: list[GlossaryTerm], glossary: Glossary
) -> tuple[GlossaryTerm, str] | None:
    """(term, word) when ``value`` uses the translation of a term the Dutch does not have."""
    for other in glossary.terms:
        rule = other.rule(code)
        if other in present or rule is None or rule.kind != "translate":
            continue
        word = next((w for w in rule.words if fold(w) in fold(value)), None)
        if word is not None:
            return other, word
    return None


def repeated_sentences(inputs: Inputs, code: str) -> list[Message]:
    """A Dutch sentence found in several texts, translated in two ways."""
    guide = inputs.guide
    file = translation_file(guide, code)
    texts = guide.translations[code].texts
    seen: dict[str, tuple[str, str]] = {}  # Dutch sentence -> (key, its translation)
    out = []
    for key, source in inputs.sources.items():
        text = texts.get(key)
        value = usable(text.value) if text is not None else None
        if value is None:
            continue
        dutch = SENTENCE_END.split(source.text.strip())
        ours = SENTENCE_END.split(value.strip())
        if len(dutch) != len(ours) or len(dutch) < 2:
            continue  # sentences cannot be paired, or the text is one sentence
        for nl, translated in zip(dutch, ours, strict=True):
            first = seen.setdefault(nl, (key, translated))
            if first[1] != translated:
                out.append(
                    Place(file, text.line, key, source.text).warning(
                        f'translates the Dutch sentence "{nl}" as "{translated}", but '
                        f'{first[0]} as "{first[1]}"',
                        "Translate the same Dutch sentence the same way everywhere, so readers "
                        "do not wonder whether the two mean different things.",
                    )
                )
    return out
