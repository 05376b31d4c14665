"""Outdated translations: which Dutch text each translation was made from.

Translators edit plain YAML (``translations/<code>.yaml``), so the files themselves cannot say
whether a translation still matches its Dutch source. ``translations.lock`` (next to
``content/``, outside ``translations/`` so that Weblate and the loader see only language files)
records, per language and per key, a short hash of the Dutch text that the translation was last
confirmed against, and a table of those Dutch texts so that ``check`` can show what changed::

    languages:
      tr:
        sections.money.intro: 5d41402a
        labels.website: 9b2c11f0 same      # confirmed: meant to be identical to the Dutch
    sources:
      5d41402a: Heeft u geldzorgen? Wacht niet te lang. Vraag snel om hulp.

``hulpwijzer confirm <lang> [key ...]`` writes it; nobody edits it by hand. When the Dutch text
of a key changes, its hash no longer matches and ``check`` reports the translation as outdated in
every language until a translator has reviewed it and confirmed it again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from ..load.states import SAME, Entry, Lock
from ..model import Guide
from ..publish import files
from ..texts import source_texts, text_hash

__all__ = [
    "Confirmed",
    "confirm",
    "languages_to_confirm",
    "record",
    "write_lock",
]

HEADER = """\
# Which Dutch text every translation was made from: a short hash per language and key, and the
# Dutch texts of those hashes. Written by `hulpwijzer confirm`; do not edit by hand.
# See docs/translators.md.
"""


def write_lock(lock: Lock) -> None:
    """Write the lock file atomically, sorted, one line per key (small, mergeable diffs)."""
    used = {e.hash for entries in lock.languages.values() for e in entries.values()}
    data = {
        "languages": {
            code: {
                key: f"{e.hash} {SAME}" if e.same else e.hash for key, e in sorted(entries.items())
            }
            for code, entries in sorted(lock.languages.items())
            if entries
        },
        "sources": {h: t for h, t in sorted(lock.sources.items()) if h in used},
    }
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    path = lock.path
    files.write_text(path, HEADER + body)
    lock.exists = True


def record(lock: Lock, language: str, key: str, dutch: str, same: bool = False) -> None:
    """Record ``dutch`` as the text the translation of ``key`` was made from (``same``: meant
    to be identical to it). The caller writes the lock."""
    digest = text_hash(dutch)
    lock.languages.setdefault(language, {})[key] = Entry(digest, same)
    lock.sources[digest] = dutch


def languages_to_confirm(
    guide: Guide, language: str | None, every: bool, keys: list[str]
) -> tuple[list[str], str | None]:
    """The languages ``hulpwijzer confirm`` works on: the one named, or with ``every`` all but
    the source. Instead, the reason when there are none: no language or both, keys with
    ``every``, the source language, or a language without a file."""
    source = guide.settings.source_language
    if every == bool(language):
        return [], "name one language (hulpwijzer confirm tr), or use --all"
    if every and keys:
        return [], "with --all, name no keys"
    if every:
        return [code for code in guide.languages if code != source], None
    if language == source:
        return [], f"{source} is the source language; there is nothing to confirm"
    if language not in guide.translations:
        others = ", ".join(code for code in guide.languages if code != source)
        return [], f"no translations/{language}.yaml; languages: {others}"
    return [language], None


@dataclass
class Confirmed:
    """What :func:`confirm` did for one language."""

    language: str
    confirmed: list[str] = field(default_factory=list)  # keys recorded now
    changed: list[str] = field(default_factory=list)  # of those: were outdated or new
    same: list[str] = field(default_factory=list)  # identical to the Dutch: name them to confirm
    problems: list[str] = field(default_factory=list)  # named keys that cannot be confirmed

    def report(self, named: bool) -> str:
        """What was recorded, for the translator; ``named``: the keys were given one by one
        (then every changed key is listed, else only up to ten)."""
        changed = f" ({len(self.changed)} new or changed)" if self.changed else ""
        lines = [
            f"{self.language}: confirmed {len(self.confirmed)} text(s){changed} in "
            "translations.lock."
        ]
        if named or len(self.changed) <= 10:
            lines += [f"  {key}" for key in self.changed]
        if self.same:
            lines.append(
                f"  Not confirmed: {len(self.same)} text(s) the same as the Dutch. If they are "
                "meant to stay the same, name them:\n"
                f"  hulpwijzer confirm {self.language} " + " ".join(self.same)
            )
        return "\n".join(lines)


def confirm(guide: Guide, lock: Lock, language: str, keys: list[str] | None = None) -> Confirmed:
    """Record the current Dutch text as the source of the translations of ``keys``.

    Without ``keys``: every key that the language translates, except texts identical to the
    Dutch; those must be named one by one (confirming that, e.g., a name stays the same).
    Entries of keys that no longer exist are removed. The caller writes the lock.
    """
    sources = source_texts(guide)
    texts = guide.translations[language].texts
    entries = lock.languages.setdefault(language, {})
    for stale in [k for k in entries if k not in sources or k not in texts]:
        del entries[stale]
    result = Confirmed(language)
    named = keys is not None
    for key in keys if named else [k for k in sources if k in texts]:
        source = sources.get(key)
        if source is None:
            result.problems.append(f"{key}: the Dutch file has no such key")
            continue
        entry = texts.get(key)
        value = entry.value if entry is not None else None
        if isinstance(value, str) and value.strip():
            _confirm_text(lock, result, key, value, source.text, named)
        elif named:
            result.problems.append(f"{key}: no text in {language} yet; translate it first")
    return result


def _confirm_text(
    lock: Lock, result: Confirmed, key: str, value: str, dutch: str, named: bool
) -> None:
    """Confirm the translation ``value`` of ``key`` against ``dutch``; a text identical to the
    Dutch only when its key was named (or it was confirmed as identical before)."""
    digest = text_hash(dutch)
    same = " ".join(value.split()) == " ".join(dutch.split())
    old = lock.entry(result.language, key)
    if same and not named:
        if old is not None and old.same and old.hash == digest:
            result.confirmed.append(key)  # confirmed earlier as identical on purpose
        else:
            result.same.append(key)
        return
    if old is None or old.hash != digest:
        result.changed.append(key)
    record(lock, result.language, key, dutch, same)
    result.confirmed.append(key)
