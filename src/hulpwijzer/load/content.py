"""``content/guide.yaml``, ``content/contacts.yaml`` and the translations into a :class:`Guide`.

The whole project is read before anything is built: every problem of every file is collected
and raised together as :class:`InputError`, so that one run lists all that needs fixing and
nothing is half-loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from ..model import (
    PHONE_KINDS,
    WEEKDAYS,
    Address,
    Contact,
    Guide,
    InputError,
    Message,
    OpeningHours,
    Phone,
    Section,
    Settings,
    Step,
)
from .fields import FieldReader, date_hint, describe
from .glossary import read_glossary
from .reader import KeyPath, YamlDoc, dotted, read_yaml
from .sources import SOURCE_HINT, parse_source, parse_verified
from .translations import load_translations

# Days as staff type them: English or Dutch, short or in full; the model keeps WEEKDAYS.
DAY_NAMES = {
    name: day
    for day, names in zip(
        WEEKDAYS,
        (
            ("mon", "monday", "ma", "maandag"),
            ("tue", "tuesday", "di", "dinsdag"),
            ("wed", "wednesday", "wo", "woensdag"),
            ("thu", "thursday", "do", "donderdag"),
            ("fri", "friday", "vr", "vrijdag"),
            ("sat", "saturday", "za", "zaterdag"),
            ("sun", "sunday", "zo", "zondag"),
        ),
        strict=True,
    )
    for name in names
}
TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
CONTACT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_CONTACT_FIELDS = {
    "id",
    "name",
    "phones",
    "address",
    "hours",
    "website",
    "email",
    "sources",
    "verified",
    "verified_by",
    "unverified",
}

_GUIDE_FIELDS = {
    "edition",
    "page_size",
    "max_pages",
    "source_language",
    "online_url",
    "online_url_confirmed",
    "emergency",
    "steps",
    "sections",
    "max_verified_age_months",
    "max_source_age_months",
    "print_marks",
}


def load_guide(root: Path) -> Guide:
    """Load ``root/content`` and ``root/translations`` into a :class:`Guide`."""
    root = Path(root)
    content, translations_dir = root / "content", root / "translations"
    _check_folders(root, (content, translations_dir))
    docs, problems = _read_content_files(content, root)
    translations, translation_problems = load_translations(translations_dir, root)
    problems += translation_problems
    if problems:
        raise InputError(problems)

    guide_reader, contacts_reader = (
        FieldReader(docs["guide.yaml"]),
        FieldReader(docs["contacts.yaml"]),
    )
    settings, emergency, steps, sections = _parse_guide(guide_reader)
    contacts = _parse_contacts(contacts_reader)
    problems = guide_reader.messages + contacts_reader.messages
    if settings.source_language not in translations:
        problems.append(
            Message(
                "error",
                f"translations/{settings.source_language}.yaml",
                0,
                "",
                "the source language file is missing",
                "The guide is translated from this file; restore it from version control.",
            )
        )
    if problems:
        raise InputError(problems)
    lines = {dotted(k): line for k, line in guide_reader.doc.lines.items() if k}
    glossary = read_glossary(root)
    return Guide(
        root, settings, contacts, emergency, steps, sections, translations, lines, glossary
    )


def _check_folders(root: Path, folders: tuple[Path, ...]) -> None:
    problems = [
        Message(
            "error",
            folder.name + "/",
            0,
            "",
            "folder not found",
            f"Run hulpwijzer in the folder that holds content/ and translations/ "
            f"(now: {root.resolve()}).",
        )
        for folder in folders
        if not folder.is_dir()
    ]
    if problems:
        raise InputError(problems)


def _read_content_files(content: Path, root: Path) -> tuple[dict[str, YamlDoc], list[Message]]:
    docs, problems = {}, []
    for name in ("guide.yaml", "contacts.yaml"):
        path = content / name
        if not path.is_file():
            problems.append(Message("error", f"content/{name}", 0, "", "file not found"))
            continue
        try:
            docs[name] = read_yaml(path, root)
        except InputError as exc:
            problems.extend(exc.messages)
    return docs, problems


# --- contacts.yaml -------------------------------------------------------------------------------


def _parse_contacts(r: FieldReader) -> dict[str, Contact]:
    contacts: dict[str, Contact] = {}
    raw = r.doc.data
    items = raw.get("contacts") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        r.problem(("contacts",), "must hold a list 'contacts:' of entries")
        items = []
    for i, item in enumerate(items):
        contact = _parse_contact(r, item, ("contacts", i))
        if contact is None:
            continue
        if contact.id in contacts:
            first = contacts[contact.id].where
            r.problem(
                ("contacts", i, "id"),
                f"id '{contact.id}' is used twice (first on line {first.line})",
                "Give every contact its own id.",
            )
            continue
        contacts[contact.id] = contact
    return contacts


def _parse_contact(r: FieldReader, data: object, path: KeyPath) -> Contact | None:
    if not isinstance(data, dict):
        r.problem(path, f"each contact must be a mapping, not {describe(data)}")
        return None
    if "source" in data and "sources" not in data:
        r.problem(
            path + ("source",),
            "'source' is now 'sources': a list with the address, page date and reading date "
            "of every source",
            "Write each source as '- url: https://…' with 'page_date:' (the date the page shows, "
            "or \"no date shown\"), 'consulted:' (the day you read it) and 'says:' (what it "
            "confirms); see docs/content-format.md.",
        )
    else:
        r.unknown_keys(data, path, _CONTACT_FIELDS)
    cid = r.get(data, path, "id", str, required=True)
    if cid is not None and not CONTACT_ID.match(cid):
        r.problem(path + ("id",), f"id '{cid}' may only hold a-z, 0-9 and '-'")
    phones = _parse_each(r, data, path, "phones", _parse_phone)
    address = _parse_address(r, data, path)
    hours = _parse_each(r, data, path, "hours", _parse_hours)
    before = len(r.messages)
    sources = _parse_each(r, data, path, "sources", parse_source)
    if "sources" in data and not sources and len(r.messages) == before:
        r.problem(path + ("sources",), "lists no source", SOURCE_HINT)
    elif "sources" not in data and "source" not in data:
        r.problem(path, "'sources' is missing: where do its facts come from?", SOURCE_HINT)
    verified, verified_by = parse_verified(r, data, path)
    if cid is None:
        return None
    return Contact(
        id=cid,
        name=r.get(data, path, "name", str, required=True) or "",
        phones=phones,
        address=address,
        hours=hours,
        website=r.get(data, path, "website", str),
        email=r.get(data, path, "email", str),
        sources=sources,
        verified=verified,
        verified_by=verified_by,
        unverified=r.get(data, path, "unverified", str),
        where=r.where(path + ("id",)),
        lines=r.lines_below(path),
    )


def _parse_each(r: FieldReader, data: dict, path: KeyPath, key: str, parse) -> tuple:
    """``parse`` of every item in the list ``key``, leaving out the items it refused."""
    parsed = []
    for i, item in enumerate(r.get(data, path, key, list, default=[])):
        value = parse(r, item, path + (key, i))
        if value is not None:
            parsed.append(value)
    return tuple(parsed)


def _parse_phone(r: FieldReader, item: object, path: KeyPath) -> Phone | None:
    if not isinstance(item, dict):
        r.problem(path, f"a phone must be a mapping with 'number', not {describe(item)}")
        return None
    r.unknown_keys(item, path, {"number", "kind", "free", "always_open"})
    number = r.get(item, path, "number", str, required=True)
    kind = r.get(item, path, "kind", str, default="voice")
    if kind not in PHONE_KINDS:
        r.problem(path + ("kind",), f"kind '{kind}' is unknown", "Use: " + ", ".join(PHONE_KINDS))
    if number is None:
        return None
    return Phone(
        number=number,
        kind=kind,
        free=r.get(item, path, "free", bool, default=False),
        always_open=r.get(item, path, "always_open", bool, default=False),
        where=r.where(path + ("number",)),
    )


def _parse_address(r: FieldReader, data: dict, path: KeyPath) -> Address | None:
    raw = r.get(data, path, "address", dict)
    if raw is None:
        return None
    path = path + ("address",)
    r.unknown_keys(raw, path, {"street", "postcode", "city"})
    street = r.get(raw, path, "street", str, required=True)
    postcode = r.get(raw, path, "postcode", str, required=True)
    city = r.get(raw, path, "city", str, required=True)
    return Address(street, postcode, city) if street and postcode and city else None


def _parse_hours(r: FieldReader, item: object, path: KeyPath) -> OpeningHours | None:
    if not isinstance(item, dict):
        r.problem(path, "opening hours must be a mapping with days, opens and closes")
        return None
    r.unknown_keys(item, path, {"days", "opens", "closes"})
    written = r.get(item, path, "days", list, required=True) or []
    days = [DAY_NAMES.get(str(d).strip().lower().rstrip("."), d) for d in written]
    bad = [w for w, d in zip(written, days, strict=True) if d not in WEEKDAYS]
    if bad:
        r.problem(
            path + ("days",),
            f"unknown day {bad[0]!r}",
            "Use: " + " ".join(WEEKDAYS) + " (or in Dutch: ma di wo do vr za zo).",
        )
        return None
    times = []
    for key in ("opens", "closes"):
        value = item.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            # YAML 1.1 reads an unquoted 09:00 as a sexagesimal number (540)
            value = f"{value // 60:02d}:{value % 60:02d}"
        if not isinstance(value, str) or not TIME.match(value):
            r.problem(path + (key,), f"'{key}' must be a time like \"09:00\" (24-hour clock)")
            return None
        hour, minute = (int(x) for x in value.split(":"))
        times.append(dt.time(23, 59) if hour == 24 else dt.time(hour, minute))
    if not days:
        return None
    return OpeningHours(tuple(days), times[0], times[1], where=r.where(path))


# --- guide.yaml ----------------------------------------------------------------------------------


def _parse_guide(
    r: FieldReader,
) -> tuple[Settings, tuple[str, ...], tuple[Step, ...], tuple[Section, ...]]:
    data = r.doc.data
    if not isinstance(data, dict):
        r.problem((), "must be a mapping with edition, online_url, steps and sections")
        data = {}
    r.unknown_keys(data, (), _GUIDE_FIELDS)
    settings = _parse_settings(r, data)
    steps = _parse_groups(r, data, "steps", Step)
    sections = _parse_groups(r, data, "sections", Section)
    return settings, _ids(r, data, (), "emergency"), steps, sections


def _parse_settings(r: FieldReader, data: dict) -> Settings:
    edition = r.date(data, (), "edition", "the edition date,")
    if edition is None:
        if "edition" not in data:
            r.problem(("edition",), "must be the edition date, like 2026-11-24", date_hint(None))
        edition = dt.date(1970, 1, 1)
    urls = r.get(data, (), "online_url", dict, required=True, default={})
    if urls and "default" not in urls:
        r.problem(
            ("online_url",),
            "needs a 'default' address",
            "Add 'default: https://…/', the address of the folder where build/site/ is put online.",
        )
    page_size = r.get(data, (), "page_size", str, default="A5")
    if page_size not in ("A5", "A4"):
        r.problem(("page_size",), f"page size '{page_size}' is not supported", "Use A5 or A4.")
    for code, url in urls.items():
        if not isinstance(url, str):
            r.problem(("online_url", code), f"must be a web address, not {describe(url)}")
    return Settings(
        edition=edition,
        page_size=page_size,
        max_pages=_in_range(r, data, "max_pages", 16, 4, 10_000),  # 10,000 contacts: 3,340
        source_language=r.get(data, (), "source_language", str, default="nl"),
        online_url={str(k): v for k, v in urls.items() if isinstance(v, str)},
        max_verified_age_months=_in_range(r, data, "max_verified_age_months", 12, 1, 240),
        max_source_age_months=_in_range(r, data, "max_source_age_months", 24, 1, 240),
        print_marks=r.get(data, (), "print_marks", bool, default=True),
        online_url_confirmed=r.get(data, (), "online_url_confirmed", bool, default=False),
    )


def _parse_groups(r: FieldReader, data: dict, key: str, cls: type[Step] | type[Section]) -> tuple:
    """The steps or the sections: each an id and the ids of its contacts."""
    groups = []
    for i, item in enumerate(r.get(data, (), key, list, required=True, default=[])):
        path = (key, i)
        if not isinstance(item, dict):
            r.problem(path, f"must be a mapping with 'id' and 'contacts', not {describe(item)}")
            continue
        r.unknown_keys(item, path, {"id", "contacts"} | ({"icon"} if cls is Section else set()))
        gid = r.get(item, path, "id", str, required=True)
        if gid:
            group = cls(gid, _ids(r, item, path, "contacts"), where=r.where(path))
            if cls is Section:  # the pictogram's name; check says whether it exists
                group = replace(group, icon=r.get(item, path, "icon", str))
            groups.append(group)
    return tuple(groups)


def _ids(r: FieldReader, data: dict, path: KeyPath, key: str) -> tuple[str, ...]:
    values = r.get(data, path, key, list, default=[])
    good = []
    for i, value in enumerate(values):
        if isinstance(value, str):
            good.append(value)
        else:
            r.problem(path + (key, i), f"must be a contact id, not {describe(value)}")
    return tuple(good)


def _in_range(r: FieldReader, data: dict, key: str, default: int, low: int, high: int) -> int:
    value = r.get(data, (), key, int, default=default)
    if not low <= value <= high:
        r.problem((key,), f"must be a whole number from {low} to {high}, not {value}")
        return default
    return value
