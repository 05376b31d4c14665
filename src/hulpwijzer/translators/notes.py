"""Context for translators: a note per key, and the room the layout leaves for each text.

Notes live in ``content/notes.yaml``, not in ``translations/``: the loader reads only
``content/guide.yaml`` and ``content/contacts.yaml`` by name, and everything in
``translations/`` is a language file (for the loader and for Weblate's file mask
``translations/*.yaml``), so the translation files stay plain YAML. The notes are written by the
people who write the Dutch source, next to the other content they describe::

    notes:
      cover.title: "Name of the booklet, large on the cover."
      contacts.*.about: "On a contact card, under the name: what they help with."

A ``*`` stands for one part of a key. A key gets every note whose pattern matches it (the
general ones first), then what the guide itself says about the key (the contact's name and
section), then its *room*.

The room (lines and characters) is computed in :mod:`hulpwijzer.outputs.pdf.room`, where the
layout check's hint uses the same figure, so that ``status --key`` and ``check`` agree.
"""

from __future__ import annotations

from ..load.states import NOTES_FILE, Notes, key_matches
from ..model import Guide, Message
from ..outputs.pdf.room import Room, room

__all__ = ["Room", "context", "note_text", "room", "unused_notes"]


def unused_notes(notes: Notes, keys: list[str]) -> list[Message]:
    """Notes whose key or pattern matches no key of the Dutch file (a typo, or a removed key)."""
    out = []
    for pattern, line in notes.lines.items():
        if not any(key_matches(pattern, key) for key in keys):
            out.append(
                Message(
                    "warning",
                    NOTES_FILE,
                    line,
                    pattern,
                    "matches no key of the Dutch file",
                    "Correct the key, or delete the note.",
                )
            )
    return out


def context(guide: Guide, key: str) -> list[str]:
    """What the guide itself says about where ``key`` appears (the contact, its sections)."""
    parts = key.split(".")
    out = []
    if len(parts) == 3 and parts[0] == "contacts" and parts[1] in guide.contacts:
        contact = guide.contacts[parts[1]]
        dutch = guide.source.texts
        titles = []
        for sid in guide.sections_of(contact.id):
            entry = dutch.get(f"sections.{sid}.title")
            titles.append(str(entry.value) if entry is not None else sid)
        where = f"Card of '{contact.name}'"
        if titles:
            where += " in " + ", ".join(f"'{t}'" for t in titles)
        out.append(where + ".")
    return out


def note_text(guide: Guide, notes: Notes, key: str, with_room: bool = True) -> str:
    """Everything a translator should know about ``key``, as one text."""
    parts = notes.for_key(key) + context(guide, key)
    if with_room:
        r = room(key, guide.settings.page_size)
        if r is not None:
            parts.append(r.describe())
    return " ".join(parts)
