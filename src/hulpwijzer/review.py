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
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import atomic
from .i18nlock import Lock, source_texts, text_hash
from .load import LoadError, read_written_file
from .model import Guide, Message

REVIEW_FILE = "translations.review"
HEADER = """\
# Which translations a native speaker has reviewed: per language and key, a short hash of the
# translated text as it was reviewed, who reviewed it and when. Written by `hulpwijzer review`
# (and by `hulpwijzer import-xliff` for texts an agency marked approved); do not edit by hand.
# A text that changed after its review counts as not reviewed. See docs/translators.md.
"""
_RESTORE = (
    "This file is written by 'hulpwijzer review'. Restore it with "
    "'git checkout translations.review', or delete it and review again."
)


@dataclass(frozen=True)
class Reviewed:
    hash: str  # text_hash of the translation as reviewed
    by: str
    date: str  # YYYY-MM-DD


@dataclass
class Reviews:
    root: Path
    languages: dict[str, dict[str, Reviewed]] = field(default_factory=dict)

    @property
    def path(self) -> Path:
        return Path(self.root) / REVIEW_FILE

    def is_reviewed(self, language: str, key: str, value: object) -> bool:
        """True when the current text ``value`` of ``key`` is the one that was reviewed."""
        entry = self.languages.get(language, {}).get(key)
        return entry is not None and isinstance(value, str) and entry.hash == text_hash(value)


class ReviewError(Exception):
    def __init__(self, messages: list[Message]):
        super().__init__("\n".join(m.format() for m in messages))
        self.messages = messages


def read_reviews(root: Path) -> Reviews:
    """Read ``root/translations.review``; a missing file means nothing is reviewed yet."""
    reviews = Reviews(Path(root))
    if not reviews.path.is_file():
        return reviews
    try:
        doc = read_written_file(reviews.path, root, _RESTORE)
    except LoadError as exc:
        raise ReviewError(exc.messages) from None
    data = doc.data if doc.data is not None else {}
    problems: list[Message] = []

    def bad(path: tuple, text: str) -> None:
        problems.append(Message("error", REVIEW_FILE, doc.line(path), "", text, _RESTORE))

    if not isinstance(data, dict) or set(data) - {"languages"}:
        bad((), "must hold one mapping 'languages:'")
        raise ReviewError(problems)
    languages = data.get("languages") or {}
    if not isinstance(languages, dict):
        bad(("languages",), "'languages' must be a mapping")
        raise ReviewError(problems)
    for code, keys in languages.items():
        if not isinstance(keys, dict):
            bad(("languages", code), f"'{code}' must be a mapping of keys")
            continue
        entries = {}
        for key, value in keys.items():
            if (
                not isinstance(value, dict)
                or set(value) != {"hash", "by", "date"}
                or not all(isinstance(v, str) for v in value.values())
            ):
                bad(("languages", code, key), f"'{key}' must be {{hash: …, by: …, date: …}}")
                continue
            entries[str(key)] = Reviewed(value["hash"], value["by"], value["date"])
        reviews.languages[str(code)] = entries
    if problems:
        raise ReviewError(problems)
    return reviews


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
    atomic.write_text(path, HEADER + body)


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
            (refused if keys else skipped).append(
                f"{key}: outdated or not confirmed; update it, run 'hulpwijzer confirm {code}', "
                "then review it"
            )
            continue
        chosen[key] = entry.value
    return chosen, refused, skipped
