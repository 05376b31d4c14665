"""Review state: which translations a native speaker has read and approved.

``translations.review`` (next to ``translations.lock``, outside ``translations/`` so that the
language files stay plain YAML for Weblate) records per language and key a short hash of the
translated text as it was reviewed, who reviewed it and on which day::

    languages:
      tr:
        cover.title: {by: Ayşe Yılmaz, date: '2026-11-30', hash: 1a2b3c4d}

``hulpwijzer review <lang> [key ...] --by NAME`` writes it; nobody edits it by hand. When the
translation of a key changes, its hash no longer matches and the key counts as not reviewed
until it is reviewed again. The Dutch source has no review state: it is the original. The
sample English, Arabic and Turkish texts start as not reviewed (no file).
"""

from __future__ import annotations

import datetime as dt

import yaml

from ..load.states import Lock, Reviewed, Reviews
from ..model import Guide
from ..publish import files
from ..texts import source_texts, text_hash

__all__ = ["mark", "reviewable", "write_reviews"]

HEADER = """\
# Which translations a native speaker has reviewed: per language and key, a short hash of the
# translated text as it was reviewed, who reviewed it and when. Written by `hulpwijzer review`
# (and by `hulpwijzer import-xliff` for texts an agency marked approved); do not edit by hand.
# A text that changed after its review counts as not reviewed. See docs/translators.md.
"""


def write_reviews(reviews: Reviews) -> None:
    """Write the file atomically, sorted, one line per key (small, mergeable diffs)."""
    data = {
        "languages": {
            code: {
                key: {"hash": r.hash, "by": r.by, "date": r.date}
                for key, r in sorted(entries.items())
            }
            for code, entries in sorted(reviews.languages.items())
            if entries
        }
    }
    body = yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=None
    )
    path = reviews.path
    files.write_text(path, HEADER + body)


def mark(
    reviews: Reviews, language: str, texts: dict[str, str], by: str, today: dt.date | None = None
) -> list[str]:
    """Record ``texts`` (key -> text as reviewed) as reviewed by ``by``; return the keys that
    were not reviewed in this form before. A key reviewed earlier in the same form keeps its
    first reviewer and date."""
    day = (today or dt.date.today()).isoformat()
    entries = reviews.languages.setdefault(language, {})
    new = []
    for key, value in texts.items():
        digest = text_hash(value)
        old = entries.get(key)
        if old is not None and old.hash == digest:
            continue
        entries[key] = Reviewed(digest, by, day)
        new.append(key)
    return new


def reviewable(
    guide: Guide, code: str, keys: list[str] | None, lock: Lock | None
) -> tuple[dict[str, str], list[str], list[str]]:
    """What ``hulpwijzer review`` may record: (key -> text, refused, skipped).

    Named ``keys`` that cannot be reviewed are refused; without keys, every translated text
    that is up to date with the Dutch is chosen and the others are skipped.
    """
    sources = source_texts(guide)
    texts = guide.translations[code].texts
    chosen, refused, skipped = {}, [], []
    for key in keys or [k for k in sources if k in texts]:
        source = sources.get(key)
        entry = texts.get(key)
        if source is None:
            refused.append(f"{key}: the Dutch file has no such key")
            continue
        if entry is None or not isinstance(entry.value, str) or not entry.value.strip():
            if keys:
                refused.append(f"{key}: no text in {code} yet")
            continue
        lock_entry = lock.entry(code, key) if lock is not None and lock.exists else None
        if (
            lock is not None
            and lock.exists
            and (lock_entry is None or lock_entry.hash != text_hash(source.text))
        ):
            state = "not confirmed yet" if lock_entry is None else "outdated"
            (refused if keys else skipped).append(
                f"{key}: {state}; update it, run 'hulpwijzer confirm {code}', then review it"
            )
            continue
        chosen[key] = entry.value
    return chosen, refused, skipped
