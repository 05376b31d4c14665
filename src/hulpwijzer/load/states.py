"""Read the translators' state files: ``translations.lock``, ``translations.review`` and
``content/notes.yaml``, into data classes the later stages are handed.

Only :mod:`hulpwijzer.load` reads files; the checks, the composition of a draft and the
translators' commands receive these objects. Writing them is the translators' workflow
(:mod:`hulpwijzer.translators`).

- ``translations.lock``: per language and key, a short hash of the Dutch text the translation
  was last confirmed against (``hulpwijzer confirm``), and a table of those Dutch texts.
- ``translations.review``: per language and key, a short hash of the translated text as a native
  speaker reviewed it, who and when (``hulpwijzer review``).
- ``content/notes.yaml``: a note for translators per key pattern (``*`` for one part of a key).
"""

from __future__ import annotations

import dataclasses
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path

from ..model import InputError, Message
from ..texts import text_hash
from .characters import MERGE_CONFLICT_HINT
from .reader import read_yaml

LOCK_FILE = "translations.lock"
REVIEW_FILE = "translations.review"
NOTES_FILE = "content/notes.yaml"
SAME = "same"  # a lock entry confirmed as meant to be the same as the Dutch text
LOCK_RESTORE = (
    "This file is written by 'hulpwijzer confirm'. Restore it with "
    "'git checkout translations.lock', or delete it and confirm every language again."
)
REVIEW_RESTORE = (
    "This file is written by 'hulpwijzer review'. Restore it with "
    "'git checkout translations.review', or delete it and review again."
)


def read_written_file(path: Path, root: Path, restore_hint: str):
    """Read a file the program writes itself (``translations.lock``, ``translations.review``).

    Damage gets ``restore_hint`` (how to restore the file); a merge conflict keeps its own.
    """
    try:
        return read_yaml(path, root)
    except InputError as exc:
        raise InputError(
            [
                m if m.hint == MERGE_CONFLICT_HINT else dataclasses.replace(m, hint=restore_hint)
                for m in exc.messages
            ]
        ) from None


# --- translations.lock ----------------------------------------------------------------------------


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


class _StateFile:
    """A state file being read: its document, and the problems found (each with the file's
    restore hint)."""

    def __init__(self, path: Path, root: Path, name: str, restore: str):
        self.doc = read_written_file(path, root, restore)
        self.data = self.doc.data if self.doc.data is not None else {}
        self.name, self.restore = name, restore
        self.problems: list[Message] = []

    def bad(self, path: tuple, text: str) -> None:
        self.problems.append(
            Message("error", self.name, self.doc.line(path), "", text, self.restore)
        )

    def per_language(self, languages: dict, parse, what: str, shape: str) -> dict[str, dict]:
        """``languages:`` as {code: {key: entry}}; ``parse(value, line)`` gives an entry, or
        None for a value that is not ``shape``."""
        out: dict[str, dict] = {}
        for code, keys in languages.items():
            if not isinstance(keys, dict):
                self.bad(("languages", code), f"'{code}' must be a mapping of {what}")
                continue
            entries = {}
            for key, value in keys.items():
                entry = parse(value, self.doc.line(("languages", code, key)))
                if entry is None:
                    self.bad(("languages", code, key), f"'{key}' must be {shape}")
                    continue
                entries[str(key)] = entry
            out[str(code)] = entries
        return out

    def done(self) -> None:
        """Raise the problems found, if any."""
        if self.problems:
            raise InputError(self.problems)


def _lock_entry(value: object, line: int) -> Entry | None:
    parts = str(value).split() if isinstance(value, str) else []
    if not parts or len(parts) > 2 or (len(parts) == 2 and parts[1] != SAME):
        return None
    return Entry(parts[0], len(parts) == 2, line)


def read_lock(root: Path) -> Lock:
    """Read ``root/translations.lock``; a missing file gives an empty lock (``exists`` False)."""
    lock = Lock(Path(root))
    if not lock.path.is_file():
        return lock
    file = _StateFile(lock.path, root, LOCK_FILE, LOCK_RESTORE)
    data = file.data
    if not isinstance(data, dict):
        file.bad((), "must hold 'languages:' and 'sources:'")
        file.done()
    for name in data:
        if name not in ("languages", "sources"):
            file.bad((name,), f"unknown part '{name}'")
    languages, sources = data.get("languages") or {}, data.get("sources") or {}
    for part, value in (("languages", languages), ("sources", sources)):
        if not isinstance(value, dict):
            file.bad((part,), f"'{part}' must be a mapping")
    if isinstance(languages, dict):
        lock.languages = file.per_language(
            languages, _lock_entry, "keys to hashes", "a hash like 1a2b3c4d"
        )
    if isinstance(sources, dict):
        lock.sources = {str(h): t for h, t in sources.items() if isinstance(t, str)}
    file.done()
    lock.exists = True
    return lock


# --- translations.review --------------------------------------------------------------------------


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


def _reviewed(value: object, line: int) -> Reviewed | None:
    if (
        not isinstance(value, dict)
        or set(value) != {"hash", "by", "date"}
        or not all(isinstance(v, str) for v in value.values())
    ):
        return None
    return Reviewed(value["hash"], value["by"], value["date"])


def read_reviews(root: Path) -> Reviews:
    """Read ``root/translations.review``; a missing file means nothing is reviewed yet."""
    reviews = Reviews(Path(root))
    if not reviews.path.is_file():
        return reviews
    file = _StateFile(reviews.path, root, REVIEW_FILE, REVIEW_RESTORE)
    data = file.data
    if not isinstance(data, dict) or set(data) - {"languages"}:
        file.bad((), "must hold one mapping 'languages:'")
        file.done()
    languages = data.get("languages") or {}
    if not isinstance(languages, dict):
        file.bad(("languages",), "'languages' must be a mapping")
        file.done()
    reviews.languages = file.per_language(languages, _reviewed, "keys", "{hash: …, by: …, date: …}")
    file.done()
    return reviews


@dataclass
class States:
    """The lock and the review state of a project, with the problems met reading them.

    ``lock`` or ``reviews`` is None when its file cannot be read (``problems`` say why); a
    command that only reports (``status``, a draft) still works then.
    """

    lock: Lock | None
    reviews: Reviews | None
    problems: list[Message] = field(default_factory=list)


def read_states(root: Path) -> States:
    """Read ``translations.lock`` and ``translations.review``, collecting their problems."""
    problems: list[Message] = []
    try:
        lock = read_lock(root)
    except InputError as exc:
        problems += exc.messages
        lock = None
    try:
        reviews = read_reviews(root)
    except InputError as exc:
        problems += exc.messages
        reviews = None
    return States(lock, reviews, problems)


# --- content/notes.yaml ---------------------------------------------------------------------------


@dataclass
class Notes:
    """The notes of ``content/notes.yaml``: pattern -> text, in file order."""

    patterns: dict[str, str]
    lines: dict[str, int]
    exists: bool = False

    def for_key(self, key: str) -> list[str]:
        """The written notes for ``key``: general patterns first, the exact key last."""
        found = [
            (pattern.count("*"), i, text)
            for i, (pattern, text) in enumerate(self.patterns.items())
            if key_matches(pattern, key)
        ]
        return [text for _, _, text in sorted(found, key=lambda item: (-item[0], item[1]))]


def key_matches(pattern: str, key: str) -> bool:
    """Whether a notes pattern (``*`` for one part, shell wildcards inside a part) fits ``key``."""
    parts, keys = pattern.split("."), key.split(".")
    if len(parts) != len(keys):
        return False
    return all(p == "*" or fnmatch.fnmatchcase(k, p) for p, k in zip(parts, keys, strict=True))


def read_notes(root: Path) -> Notes:
    """Read ``content/notes.yaml``; a missing file gives no notes."""
    path = Path(root) / NOTES_FILE
    if not path.is_file():
        return Notes({}, {})
    doc = read_yaml(path, root)
    data = doc.data if doc.data is not None else {}
    problems = []
    if not isinstance(data, dict) or set(data) - {"notes"}:
        problems.append(
            Message("error", NOTES_FILE, 1, "", "must hold one mapping 'notes:' of keys to notes")
        )
        raise InputError(problems)
    raw = data.get("notes") or {}
    if not isinstance(raw, dict):
        raise InputError(
            [Message("error", NOTES_FILE, doc.line(("notes",)), "", "'notes' must be a mapping")]
        )
    patterns: dict[str, str] = {}
    lines: dict[str, int] = {}
    for key, value in raw.items():
        line = doc.line(("notes", key))
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Message("error", NOTES_FILE, line, str(key), "must be a text", 'Write: key: "…".')
            )
            continue
        patterns[str(key)] = " ".join(value.split())
        lines[str(key)] = line
    if problems:
        raise InputError(problems)
    return Notes(patterns, lines, exists=True)
