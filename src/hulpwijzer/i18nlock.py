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

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import atomic
from .load import LoadError, read_written_file
from .model import Guide, Message

LOCK_FILE = "translations.lock"
HASH_LENGTH = 8
SAME = "same"
HEADER = """\
# Which Dutch text every translation was made from: a short hash per language and key, and the
# Dutch texts of those hashes. Written by `hulpwijzer confirm`; do not edit by hand.
# See docs/translators.md.
"""


def text_hash(text: str) -> str:
    """Short hash of a Dutch text; changes in spacing alone do not count as a change."""
    normal = " ".join(text.split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class Source:
    """The Dutch text that a translation key is translated from."""

    key: str
    text: str
    line: int  # line in the Dutch file; 0 when it comes from contacts.yaml
    optional: bool = False  # a translated contact name: may be left out of a translation


def source_texts(guide: Guide) -> dict[str, Source]:
    """Every translatable Dutch text, in the order of the Dutch file.

    A translation may also give ``contacts.<id>.name`` for a contact whose Dutch file has no such
    key: its source is then the name in ``contacts.yaml``.
    """
    out: dict[str, Source] = {}
    for key, entry in guide.source.texts.items():
        if isinstance(entry.value, str) and entry.value.strip():
            out[key] = Source(key, entry.value.strip(), entry.line)
    for contact in guide.contacts.values():
        key = f"contacts.{contact.id}.name"
        if key not in guide.source.texts and contact.name.strip():
            out[key] = Source(key, contact.name.strip(), 0, optional=True)
    return out


@dataclass(frozen=True)
class Entry:
    hash: str
    same: bool = False  # confirmed as meant to be the same as the Dutch text
    line: int = 0


@dataclass
class Lock:
    root: Path
    exists: bool = False
    languages: dict[str, dict[str, Entry]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # hash -> Dutch text

    @property
    def path(self) -> Path:
        return Path(self.root) / LOCK_FILE

    def entry(self, language: str, key: str) -> Entry | None:
        return self.languages.get(language, {}).get(key)


class LockError(Exception):
    def __init__(self, messages: list[Message]):
        super().__init__("\n".join(m.format() for m in messages))
        self.messages = messages


_RESTORE = (
    "This file is written by 'hulpwijzer confirm'. Restore it with "
    "'git checkout translations.lock', or delete it and confirm every language again."
)


def read_lock(root: Path) -> Lock:
    """Read ``root/translations.lock``; a missing file gives an empty lock (``exists`` False)."""
    lock = Lock(Path(root))
    if not lock.path.is_file():
        return lock
    try:
        doc = read_written_file(lock.path, root, _RESTORE)
    except LoadError as exc:
        raise LockError(exc.messages) from None
    data = doc.data if doc.data is not None else {}
    problems: list[Message] = []

    def bad(path: tuple, text: str) -> None:
        problems.append(Message("error", LOCK_FILE, doc.line(path), "", text, _RESTORE))

    if not isinstance(data, dict):
        bad((), "must hold 'languages:' and 'sources:'")
        raise LockError(problems)
    for name in data:
        if name not in ("languages", "sources"):
            bad((name,), f"unknown part '{name}'")
    languages = data.get("languages") or {}
    sources = data.get("sources") or {}
    if not isinstance(languages, dict):
        bad(("languages",), "'languages' must be a mapping")
        languages = {}
    if not isinstance(sources, dict):
        bad(("sources",), "'sources' must be a mapping")
        sources = {}
    for code, keys in languages.items():
        if not isinstance(keys, dict):
            bad(("languages", code), f"'{code}' must be a mapping of keys to hashes")
            continue
        entries: dict[str, Entry] = {}
        for key, value in keys.items():
            parts = str(value).split() if isinstance(value, str) else []
            if not parts or len(parts) > 2 or (len(parts) == 2 and parts[1] != SAME):
                bad(("languages", code, key), f"'{key}' must be a hash like 1a2b3c4d")
                continue
            line = doc.line(("languages", code, key))
            entries[str(key)] = Entry(parts[0], len(parts) == 2, line)
        lock.languages[str(code)] = entries
    for digest, text in sources.items():
        if isinstance(text, str):
            lock.sources[str(digest)] = text
    if problems:
        raise LockError(problems)
    lock.exists = True
    return lock


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
    atomic.write_text(path, HEADER + body)
    lock.exists = True


@dataclass
class Confirmed:
    """What :func:`confirm` did for one language."""

    language: str
    confirmed: list[str] = field(default_factory=list)  # keys recorded now
    changed: list[str] = field(default_factory=list)  # of those: were outdated or new
    same: list[str] = field(default_factory=list)  # identical to the Dutch: name them to confirm
    problems: list[str] = field(default_factory=list)  # named keys that cannot be confirmed


def confirm(guide: Guide, lock: Lock, language: str, keys: list[str] | None = None) -> Confirmed:
    """Record the current Dutch text as the source of the translations of ``keys``.

    Without ``keys``: every key that the language translates, except texts identical to the
    Dutch; those must be named one by one (confirming that, e.g., a name stays the same).
    Entries of keys that no longer exist are removed. The caller writes the lock.
    """
    sources = source_texts(guide)
    texts = guide.translations[language].texts
    entries = lock.languages.setdefault(language, {})
    result = Confirmed(language)
    for stale in [k for k in entries if k not in sources or k not in texts]:
        del entries[stale]
    named = keys is not None
    for key in keys if named else [k for k in sources if k in texts]:
        source = sources.get(key)
        if source is None:
            result.problems.append(f"{key}: the Dutch file has no such key")
            continue
        entry = texts.get(key)
        value = entry.value if entry is not None else None
        if not isinstance(value, str) or not value.strip():
            if named:
                result.problems.append(f"{key}: no text in {language} yet; translate it first")
            continue
        digest = text_hash(source.text)
        same = " ".join(value.split()) == " ".join(source.text.split())
        old = entries.get(key)
        if same and not named:
            if old is not None and old.same and old.hash == digest:
                result.confirmed.append(key)  # confirmed earlier as identical on purpose
            else:
                result.same.append(key)
            continue
        if old is None or old.hash != digest:
            result.changed.append(key)
        entries[key] = Entry(digest, same)
        lock.sources[digest] = source.text
        result.confirmed.append(key)
    return result
