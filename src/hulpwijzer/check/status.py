"""Where one language stands, key by key: missing, outdated (confirmed against an older Dutch
text), not confirmed yet (never confirmed), the same as the Dutch, reviewed.

A pure function of the guide and the lock and review state it is handed
(:mod:`hulpwijzer.load.states`), by the same rules as the other checks; the translators'
``status`` shows it, the build plan and a draft's back page use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import glyphs
from ..languages import english_name, locale_strings
from ..load import relative_path
from ..load.states import Lock, Reviews
from ..model import Guide
from ..texts import source_texts, text_hash, usable


@dataclass
class KeyState:
    key: str
    dutch: str
    text: str | None  # None: missing (or not a usable text)
    line: int  # in the translation file; 0 when missing
    optional: bool = False  # a contact name that a translation may leave out
    outdated: bool = False  # confirmed against an older Dutch text: the Dutch changed since
    not_confirmed: bool = False  # never confirmed: not known which Dutch text it was made from
    same: bool = False  # identical to the Dutch and not confirmed as meant to be
    reviewed: bool = False
    too_long: bool = (
        False  # longer than the room the layout leaves (set by the translators' status)
    )


@dataclass
class LanguageStatus:
    language: str
    is_source: bool
    file: str
    keys: list[KeyState] = field(default_factory=list)
    outdated: int = 0  # counted as ``check`` counts it
    not_confirmed: int = 0  # likewise
    uncovered: set[str] = field(default_factory=set)  # characters no bundled font can draw

    @property
    def required(self) -> list[KeyState]:
        return [k for k in self.keys if not k.optional]

    @property
    def total(self) -> int:
        return len(self.required)

    @property
    def translated(self) -> int:
        return sum(1 for k in self.required if k.text is not None)

    @property
    def missing(self) -> list[KeyState]:
        return [k for k in self.required if k.text is None]

    @property
    def reviewed(self) -> int:
        return sum(1 for k in self.required if k.reviewed)

    @property
    def not_reviewed(self) -> list[KeyState]:
        return [k for k in self.keys if k.text is not None and not k.reviewed]

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def name(self) -> str:
        return english_name(self.language)


def language_status(
    guide: Guide, code: str, lock: Lock | None, reviews: Reviews | None
) -> LanguageStatus:
    """Every key of ``code`` with its state, by the rules of ``hulpwijzer check``."""
    tr = guide.translations[code]
    source = code == guide.settings.source_language
    file = relative_path(tr.path, guide.root)
    status = LanguageStatus(code, source, file)
    sources = source_texts(guide)
    texts = tr.texts
    lock_on = lock is not None and lock.exists and not source
    confirmed_any = lock_on and bool(lock.languages.get(code))
    for key, src in sources.items():
        entry = texts.get(key)
        value = usable(entry.value) if entry is not None else None
        if src.optional and entry is None:
            continue
        state = KeyState(key, src.text, value, entry.line if entry else 0, src.optional)
        status.keys.append(state)
        if value is None:
            continue
        if source:
            continue
        state.reviewed = reviews is not None and reviews.is_reviewed(code, key, value)
        normal, dutch = " ".join(value.split()), " ".join(src.text.split())
        if normal == dutch and any(ch.isalpha() for ch in value):
            lock_entry = lock.entry(code, key) if lock is not None else None
            state.same = not (
                lock_entry and lock_entry.same and lock_entry.hash == text_hash(src.text)
            )
        if confirmed_any and not state.same:
            lock_entry = lock.entry(code, key)
            state.not_confirmed = lock_entry is None
            state.outdated = lock_entry is not None and lock_entry.hash != text_hash(src.text)
    if lock_on and not confirmed_any:
        for state in status.required:
            state.not_confirmed = state.text is not None
    status.outdated = sum(1 for k in status.keys if k.outdated)
    status.not_confirmed = sum(1 for k in status.keys if k.not_confirmed)
    shown = " ".join(k.text for k in status.keys if k.text) + " " + locale_strings(code)
    status.uncovered = glyphs.missing(shown)
    return status
