"""``hulpwijzer new-contact``: start a contact in the three files it needs, in place.

The entry goes into ``content/contacts.yaml`` after the last contact of its (first) section,
in the current format: ``name``, the fields residents need as comments to fill in, an empty
``sources:`` with its fields as comments (a contact must name where its facts come from, so
``check`` stops at it until a source is written) and an ``unverified`` note, because nobody has
confirmed anything yet. Its id is added to the ``contacts`` of each chosen section of
``content/guide.yaml``, and ``contacts.<id>.about: ""`` to ``translations/nl.yaml``, nested after
the contact before it in the order of the sections. Everything else in the files stays byte for
byte; nothing is written unless all three edits succeed and read back as intended.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..load.content import CONTACT_ID
from ..load.reader import read_for_edit, relative_path
from ..model import Guide, HulpwijzerError
from ..publish import files
from .yamledit import YamlEditError, _last_end, add_text_after, quote, set_texts

CONTACTS_FILE = "content/contacts.yaml"
GUIDE_FILE = "content/guide.yaml"


class NewContactError(HulpwijzerError):
    """The contact cannot be added as asked; the message says why and what to do."""


@dataclass
class NewContact:
    """What ``new-contact`` wrote (or would write): the new files' texts and where it went."""

    id: str
    name: str
    sections: list[str]
    texts: dict[Path, str] = field(default_factory=dict)  # file → its new text
    lines: dict[str, int] = field(default_factory=dict)  # relative file → line of the new entry
    after: str | None = None  # the contact whose Dutch texts come before the new one's
    others: list[tuple[str, str, bool]] = field(default_factory=list)  # code, file, has `after`


def suggest_id(text: str) -> str:
    """A valid id made from ``text`` ("Wijkagent Heerlen" → "wijkagent-heerlen")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def plan(guide: Guide, contact_id: str, name: str, sections: list[str], today: dt.date):
    """The edits that add ``contact_id``; raises :class:`NewContactError` when it cannot be."""
    _refuse_bad_input(guide, contact_id, name, sections)
    new = NewContact(contact_id, name.strip(), list(dict.fromkeys(sections)))
    root = guide.root
    contacts_path, guide_path = root / CONTACTS_FILE, root / GUIDE_FILE
    nl = guide.source.path
    try:
        new.texts[contacts_path], new.lines[CONTACTS_FILE] = _add_entry(
            read_for_edit(contacts_path), guide, new, today
        )
        new.texts[guide_path], new.lines[GUIDE_FILE] = _add_to_sections(
            read_for_edit(guide_path), new
        )
        new.after = _contact_before(guide, new)
        key, old = f"contacts.{contact_id}.about", read_for_edit(nl)
        if new.after is None:
            new.texts[nl] = set_texts(old, {key: ""})
        else:
            new.texts[nl] = add_text_after(old, key, "", f"contacts.{new.after}")
    except YamlEditError as exc:
        raise NewContactError(f"could not add '{contact_id}' automatically: {exc}") from None
    nl_rel = relative_path(nl, root)
    new.lines[nl_rel] = _line_of_key(new.texts[nl], ("contacts", contact_id, "about"))
    for code, tr in guide.translations.items():
        if code != guide.settings.source_language:
            has_after = new.after is not None and f"contacts.{new.after}.about" in tr.texts
            new.others.append((code, relative_path(tr.path, root), has_after))
    return new


def write(new: NewContact) -> None:
    """Write the three files (each one at once, through :mod:`hulpwijzer.publish.files`)."""
    for path, text in new.texts.items():
        files.write_text(path, text, newline="")


def _refuse_bad_input(guide: Guide, contact_id: str, name: str, sections: list[str]) -> None:
    if not CONTACT_ID.match(contact_id):
        better = suggest_id(contact_id)
        raise NewContactError(
            f"'{contact_id}' cannot be an id: use lowercase letters, digits and '-' only"
            + (f" (for example '{better}')" if better else "")
        )
    if contact_id in guide.contacts:
        where = guide.contacts[contact_id].where
        line = where.line if where else 1
        raise NewContactError(
            f"'{contact_id}' exists already ({CONTACTS_FILE}:{line}); choose another id, or "
            "edit that entry"
        )
    dutch = guide.source.texts
    old = next((k for k in dutch if k.startswith(f"contacts.{contact_id}.")), None)
    if old is not None:
        raise NewContactError(
            f"{relative_path(guide.source.path, guide.root)}:{dutch[old].line} has a text "
            f"'{old}' left from an earlier contact; delete it first, or choose another id"
        )
    if not name.strip():
        raise NewContactError("--name is empty: give the name as the organisation writes it")
    known = [s.id for s in guide.sections]
    unknown = [s for s in sections if s not in known]
    if unknown or not sections:
        raise NewContactError(
            f"no section '{unknown[0] if unknown else ''}' in {GUIDE_FILE}; the sections are: "
            + ", ".join(known)
        )


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _compose(text: str) -> tuple[str, str, yaml.Node]:
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text[len(bom) :]
    return bom, body, yaml.compose(body, Loader=yaml.SafeLoader)


def _value(mapping: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(mapping, yaml.MappingNode):
        for k, v in mapping.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return v
    return None


def _scalar(node: yaml.Node | None) -> str | None:
    return node.value if isinstance(node, yaml.ScalarNode) else None


def _end_of_line(body: str, index: int) -> int:
    """The index of the line end after ``index`` (of the last character of a node)."""
    if index > 0 and body[index - 1] == "\n":
        index -= 1
        return index - 1 if body[index - 1 : index] == "\r" else index
    eol = body.find("\n", index)
    if eol == -1:
        return len(body)
    return eol - 1 if body[eol - 1 : eol] == "\r" else eol


def _entry_text(new: NewContact, indent: int, today: dt.date) -> list[str]:
    """The lines of the new entry: set fields, the others as comments to fill in."""
    name = new.name if _plain(new.name) else quote(new.name)
    body = [
        f"id: {new.id}",
        f"name: {name}",
        "# Fill in what residents need, each fact from a source listed under 'sources'.",
        "# Never invent a number. Every field: docs/content-format.md. Delete what is unused.",
        "# phones:",
        '#   - number: "…"               # as dialled in the Netherlands, e.g. "045 560 2595"',
        "#     kind: voice               # voice | whatsapp | text",
        "#     free: false               # true: free of charge (0800, 112, …)",
        "#     always_open: false        # true: 24 hours, 7 days",
        "# address:",
        "#   street: …",
        "#   postcode: …                 # e.g. 6411 BS",
        "#   city: Heerlen",
        "# hours:                        # 24-hour clock",
        "#   - days: [mon, tue, wed, thu, fri]   # or Dutch: ma di wo do vr za zo",
        '#     opens: "09:00"',
        '#     closes: "17:00"',
        "# website: https://…",
        "# email: …",
        "sources:                        # at least one; check and build stop until there is",
        "  # - url: https://…            # the page you read (or document: a file and its lines)",
        '  #   page_date: "no date shown"  # the date the page shows: 2026-03-12, 2026-03, 2026',
        f"  #   consulted: {today.isoformat()}     # the day you read it",
        '  #   says: "…"                 # what it confirms, quoted from the page',
        "unverified: >-",
        f"  New entry ({today.isoformat()}): nothing in it is confirmed yet. Confirm the name,",
        "  phone numbers, address, opening hours, website and e-mail with the organisation or",
        "  its own current site; then add 'verified' and 'verified_by' and delete this note.",
    ]
    pad = " " * indent
    return [pad[:-2] + "- " + body[0]] + [pad + line for line in body[1:]]


def _plain(text: str) -> bool:
    return bool(re.fullmatch(r"[A-Za-z0-9À-ɏ][A-Za-z0-9À-ɏ .,()'/&+-]*", text)) and ": " not in text


def _add_entry(text: str, guide: Guide, new: NewContact, today: dt.date) -> tuple[str, int]:
    """contacts.yaml with the new entry after the last one of its first section in the file."""
    bom, body, root = _compose(text)
    items = _value(root, "contacts")
    if not isinstance(items, yaml.SequenceNode) or items.flow_style or not items.value:
        raise YamlEditError(f"{CONTACTS_FILE}: 'contacts:' is not a list written in lines")
    first = next(s for s in guide.sections if s.id == new.sections[0])
    siblings = [item for item in items.value if _scalar(_value(item, "id")) in first.contact_ids]
    anchor = siblings[-1] if siblings else items.value[-1]
    indent = items.value[0].start_mark.column
    at = _end_of_line(body, _last_end(anchor))
    nl = _newline(body)
    lines = _entry_text(new, indent, today)
    block = nl + nl + nl.join(lines)
    result = body[:at] + block + body[at:]
    line = body.count("\n", 0, at) + 3
    data = yaml.safe_load(result)
    entry = next((c for c in data["contacts"] if c.get("id") == new.id), None)
    if entry is None or entry.get("name") != new.name or entry.get("sources") is not None:
        raise YamlEditError(f"{CONTACTS_FILE}: the new entry does not read back as written")
    return bom + result, line


def _add_to_sections(text: str, new: NewContact) -> tuple[str, int]:
    """guide.yaml with the id at the end of the ``contacts`` of each chosen section."""
    bom, body, root = _compose(text)
    sections = _value(root, "sections")
    if not isinstance(sections, yaml.SequenceNode):
        raise YamlEditError(f"{GUIDE_FILE}: 'sections:' is not a list")
    edits = []
    for item in sections.value:
        sid = _value(item, "id")
        if not isinstance(sid, yaml.ScalarNode) or sid.value not in new.sections:
            continue
        ids = _value(item, "contacts")
        if not isinstance(ids, yaml.SequenceNode):
            raise YamlEditError(
                f"{GUIDE_FILE} line {sid.start_mark.line + 1}: section '{sid.value}' has no "
                "'contacts:' list; add 'contacts: []' to it first"
            )
        if ids.flow_style:
            close = body.rindex("]", 0, ids.end_mark.index)
            edits.append((close, (", " if ids.value else "") + new.id))
        else:
            at = _end_of_line(body, ids.value[-1].end_mark.index)
            dash = " " * (ids.value[-1].start_mark.column - 2) + "- "
            edits.append((at, _newline(body) + dash + new.id))
    first_line = 0
    for at, insert in sorted(edits, reverse=True):
        body = body[:at] + insert + body[at:]
        first_line = body.count("\n", 0, at) + 1 + insert.startswith(("\n", "\r"))
    data = yaml.safe_load(body)
    for section in data["sections"]:
        if section["id"] in new.sections and section["contacts"][-1] != new.id:
            raise YamlEditError(f"{GUIDE_FILE}: section '{section['id']}' does not read back")
    return bom + body, first_line


def _contact_before(guide: Guide, new: NewContact) -> str | None:
    """The contact whose Dutch texts the new one's follow: the one before it in the order of
    the sections (with the new id at the end of its sections), that has Dutch texts."""
    order: list[str] = []
    for section in guide.sections:
        ids = list(section.contact_ids) + ([new.id] if section.id in new.sections else [])
        order += [c for c in ids if c not in order]
    written = {k.split(".")[1] for k in guide.source.texts if k.startswith("contacts.")}
    before = [c for c in order[: order.index(new.id)] if c in written]
    return before[-1] if before else None


def _line_of_key(text: str, path: tuple[str, ...]) -> int:
    node = yaml.compose(text.lstrip("\ufeff"), Loader=yaml.SafeLoader)
    for part in path[:-1]:
        node = _value(node, part)
    for k, _ in node.value:
        if k.value == path[-1]:
            return k.start_mark.line + 1
    return 0
