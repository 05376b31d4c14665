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

The room is derived from the layout (:mod:`hulpwijzer.outputs.pdf.style`), not written by hand:
the width of the box the text is drawn in, divided by the average width of a character at its
type size, gives the characters per line; the number of lines is what the design leaves for
the text.
The average character width is that of the Dutch texts in Noto Sans: 0.48 em regular and 0.51 em
bold (a test measures it again). Arabic letters are narrower on average (0.43 em), so for
Arabic the room is on the safe side. The room is a guide for the translator, not a hard limit:
the layout wraps every text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..load.states import NOTES_FILE, Notes, key_matches
from ..model import Guide, Message
from ..outputs.pdf import style

AVERAGE_EM = {False: 0.48, True: 0.51}  # average advance of a character, by bold
MM = 72 / 25.4


@dataclass(frozen=True)
class Room:
    """How much text fits the place of a key: ``lines`` of about ``per_line`` characters."""

    lines: int
    per_line: int
    size: float
    bold: bool
    width_mm: float

    @property
    def chars(self) -> int:
        return self.lines * self.per_line

    def describe(self) -> str:
        if self.lines == 1:
            amount = f"one line of about {self.per_line} characters"
        else:
            amount = f"{self.lines} lines of about {self.per_line} characters ({self.chars} in all)"
        weight = " bold" if self.bold else ""
        return f"Room: {amount}; {self.size:g} pt{weight}, {self.width_mm:.0f} mm wide."


def room(key: str, page_size: str = "A5") -> Room | None:
    """The room the layout leaves for ``key``, or None for a key the layout does not place."""
    place = style.place_of(key)
    if place is None:
        return None
    tstyle, width = place.tstyle, place.width_in(page_size)
    per_line = int(width / (tstyle.size * AVERAGE_EM[tstyle.bold]))
    return Room(place.lines, per_line, tstyle.size, tstyle.bold, width / MM)


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
