"""Stage 1: read ``content/`` and ``translations/`` into the typed model.

YAML is read with PyYAML's safe loader and stricter still: no anchors or aliases, no tags beyond
the standard ones, no duplicate keys. Every value keeps the line it came from, so that every
message can name file, line and key. Problems are collected and raised together as
:class:`LoadError`; nothing is half-loaded.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import yaml

from .model import (
    PHONE_KINDS,
    WEEKDAYS,
    Address,
    Contact,
    Guide,
    Located,
    Message,
    OpeningHours,
    Phone,
    Section,
    Settings,
    Step,
    Text,
    Translation,
)

MAX_FILE_BYTES = 1_000_000
STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
Path_ = tuple  # a key path such as ("contacts", 3, "phones", 0, "number")


class LoadError(Exception):
    """The input cannot be loaded; ``messages`` says where and why."""

    def __init__(self, messages: list[Message]):
        super().__init__("\n".join(m.format() for m in messages))
        self.messages = messages


class _Problem(Exception):
    def __init__(self, line: int, text: str, hint: str = "", column: int | None = None):
        super().__init__(text)
        self.line, self.text, self.hint, self.column = line, text, hint, column


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, anchors and non-standard tags."""

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise _Problem(
                event.start_mark.line + 1,
                f"the alias '*{event.anchor}' is not allowed",
                "Write the text out in full; anchors (&) and aliases (*) are not used here.",
                event.start_mark.column + 1,
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise _Problem(
                event.start_mark.line + 1,
                f"the anchor '&{anchor}' is not allowed",
                "Remove the '&' name; anchors and aliases are not used here.",
                event.start_mark.column + 1,
            )
        return super().compose_node(parent, index)


class YamlDoc:
    """A parsed YAML file: plain Python data plus the line of every key path."""

    def __init__(self, path: Path, rel: str, data: object, lines: dict[Path_, int]):
        self.path, self.rel, self.data, self.lines = path, rel, data, lines

    def line(self, keypath: Path_) -> int:
        """Line of ``keypath``, or of its nearest parent that has one."""
        while keypath:
            if keypath in self.lines:
                return self.lines[keypath]
            keypath = keypath[:-1]
        return 1


def read_yaml(path: Path, root: Path) -> YamlDoc:
    """Parse one YAML file strictly, raising :class:`LoadError` with file and line."""
    rel = _relative(path, root)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(
            [Message("error", rel, 0, "", f"cannot be read ({exc.strerror})")]
        ) from None
    try:
        text = _decode(raw)
        fast = _compose_with_libyaml(text)
        if fast is not None:
            node = fast[0]
        else:
            loader = _StrictLoader(text)
            try:
                node = loader.get_single_node()
            finally:
                loader.dispose()
        lines: dict[Path_, int] = {}
        data = _to_python(node, (), lines) if node is not None else None
    except _Problem as p:
        raise LoadError(
            [Message("error", rel, p.line, "", p.text, p.hint, column=p.column)]
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = mark.column + 1 if mark else None
        what = exc.problem or exc.context or "is not valid YAML"
        raise LoadError(
            [
                Message(
                    "error",
                    rel,
                    line,
                    "",
                    f"YAML error: {what}",
                    _yaml_hint(exc, text),
                    column=column,
                )
            ]
        ) from None
    except yaml.YAMLError as exc:
        raise LoadError([Message("error", rel, 0, "", f"YAML error: {exc}")]) from None
    return YamlDoc(path, rel, data, lines)


_LIBYAML = yaml.CSafeLoader if getattr(yaml, "__with_libyaml__", False) else None


def _compose_with_libyaml(text: str) -> tuple[yaml.Node | None] | None:
    """The node tree by libyaml (C, some ten times faster), if nothing in the text is refused.

    Only a text that libyaml reads without complaint, with no anchor or alias and no character
    that PyYAML's reader refuses, is taken this way; for anything else (None) the strict
    pure-Python loader reads the text again and reports what is wrong in its own words. The
    nodes are PyYAML's, with the same marks, so the rest of the loading does not change.
    """
    if _LIBYAML is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return None
    try:
        for event in yaml.parse(text, Loader=_LIBYAML):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                return None
        return (yaml.compose(text, Loader=_LIBYAML),)
    except yaml.YAMLError:
        return None


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise _Problem(
            0,
            f"the file is {len(raw):,} bytes; at most {MAX_FILE_BYTES:,} are accepted",
            "A guide's texts fit in far less; check that the right file was saved here.",
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # a UTF-8 byte-order mark, as Windows editors write it: harmless
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise _Problem(line, "contains a NUL byte", "Save the file as UTF-8 text (not UTF-16).")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _Problem(
            line,
            f"is not UTF-8: byte 0x{raw[exc.start]:02x} cannot be read",
            "Save the file with the encoding 'UTF-8' in your editor.",
            column,
        ) from None
    return text


def _yaml_hint(exc: yaml.MarkedYAMLError, text: str) -> str:
    problem = exc.problem or ""
    if "mapping values are not allowed" in problem:
        return 'A text that contains ": " must be put in quotes, e.g. key: "Open: 9:00".'
    if "found character '\\t'" in problem:
        return "Indent with spaces, not with the Tab key."
    if "found unexpected end of stream" in problem or "while scanning a quoted scalar" in (
        exc.context or ""
    ):
        return "A quote was opened but not closed: check the quotes on this line."
    if "expected ',' or" in problem or "flow" in (exc.context or ""):
        return "A bracket [ or { was opened but not closed."
    return "Compare the line with the lines around it: indentation, quotes and colons."


def _to_python(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> object:
    lines.setdefault(path, node.start_mark.line + 1)
    if node.tag not in STANDARD_TAGS:
        raise _Problem(
            node.start_mark.line + 1,
            f"the tag '{node.tag}' is not allowed",
            "Remove the '!' tag; only plain text, numbers, lists and mappings are used here.",
            node.start_mark.column + 1,
        )
    if isinstance(node, yaml.MappingNode):
        result: dict[object, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Problem(key_node.start_mark.line + 1, "a key must be a plain word")
            key = key_node.value
            if key in result:
                first = lines[path + (key,)]
                raise _Problem(
                    key_node.start_mark.line + 1,
                    f"the key '{key}' appears twice (first on line {first})",
                    "Keep one of the two and delete the other.",
                    key_node.start_mark.column + 1,
                )
            lines[path + (key,)] = key_node.start_mark.line + 1
            result[key] = _to_python(value_node, path + (key,), lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, path + (i,), lines) for i, item in enumerate(node.value)]
    value = getattr(_SCALARS, _SCALAR_METHODS[node.tag])(node)
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
    return value


_SCALARS = yaml.SafeLoader("")
_SCALAR_METHODS = {
    "tag:yaml.org,2002:str": "construct_yaml_str",
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
    "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp",
}


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


# --- translations -------------------------------------------------------------------------------

LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$")


def load_translation(path: Path, root: Path) -> Translation:
    """Read one ``translations/<code>.yaml`` into flat dotted keys, in file order."""
    doc = read_yaml(path, root)
    if doc.data is None:
        raise LoadError(
            [Message("error", doc.rel, 1, "", "is empty", "Copy the keys of the Dutch file here.")]
        )
    if not isinstance(doc.data, dict):
        raise LoadError(
            [
                Message(
                    "error",
                    doc.rel,
                    1,
                    "",
                    "must be a mapping of keys to texts, not a list or text",
                )
            ]
        )
    texts = {key: Text(key, value, line) for key, value, line in _flatten(doc, doc.data, ())}
    return Translation(language=path.stem, path=path, texts=texts)


def _flatten(doc: YamlDoc, data: dict, path: Path_) -> Iterator[tuple[str, object, int]]:
    for key, value in data.items():
        keypath = path + (key,)
        if isinstance(value, dict) and value:
            yield from _flatten(doc, value, keypath)
        else:
            yield ".".join(str(k) for k in keypath), value, doc.line(keypath)


# --- content ------------------------------------------------------------------------------------


class _Reader:
    """Declared-field access to one YAML document, collecting precise problems."""

    def __init__(self, doc: YamlDoc):
        self.doc = doc
        self.messages: list[Message] = []

    def where(self, path: Path_) -> Located:
        return Located(self.doc.rel, self.doc.line(path), _dotted(path))

    def problem(self, path: Path_, text: str, hint: str = "") -> None:
        self.messages.append(
            Message("error", self.doc.rel, self.doc.line(path), _dotted(path), text, hint)
        )

    def get(self, data: dict, path: Path_, key: str, kind, *, required=False, default=None):
        """``data[key]`` if it has type ``kind``; records a problem otherwise."""
        if key not in data or data[key] is None:
            if required:
                self.problem(path, f"'{key}' is missing", f"Add a line '{key}: …'.")
            return default
        value = data[key]
        if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(
                path + (key,),
                f"must be {_KIND_NAMES.get(kind, kind.__name__)}, not {_describe(value)}",
            )
            return default
        return value

    def unknown_keys(self, data: dict, path: Path_, allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                self.problem(
                    path + (key,),
                    f"unknown field '{key}'",
                    "Known fields: " + ", ".join(sorted(allowed)) + ".",
                )


_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list (lines starting with '- ')",
    dict: "a mapping (lines 'key: value')",
    dt.date: "a date (YYYY-MM-DD)",
}


def _describe(value: object) -> str:
    for kind, name in ((bool, "true/false"), (dict, "a mapping"), (list, "a list"), (str, "text")):
        if isinstance(value, kind):
            return f"{name} ({value!r})" if kind in (str, bool) else name
    return f"{type(value).__name__} {value!r}"


def _dotted(path: Path_) -> str:
    return ".".join(str(p) for p in path)


TIME = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
CONTACT_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _parse_contact(r: _Reader, data: object, path: Path_) -> Contact | None:
    if not isinstance(data, dict):
        r.problem(path, f"each contact must be a mapping, not {_describe(data)}")
        return None
    r.unknown_keys(
        data,
        path,
        {
            "id",
            "name",
            "phones",
            "address",
            "hours",
            "website",
            "email",
            "source",
            "verified",
            "unverified",
        },
    )
    cid = r.get(data, path, "id", str, required=True)
    if cid is not None and not CONTACT_ID.match(cid):
        r.problem(path + ("id",), f"id '{cid}' may only hold a-z, 0-9 and '-'")
    phones = []
    for i, item in enumerate(r.get(data, path, "phones", list, default=[])):
        ppath = path + ("phones", i)
        if not isinstance(item, dict):
            r.problem(ppath, f"a phone must be a mapping with 'number', not {_describe(item)}")
            continue
        r.unknown_keys(item, ppath, {"number", "kind", "free", "always_open"})
        number = r.get(item, ppath, "number", str, required=True)
        kind = r.get(item, ppath, "kind", str, default="voice")
        if kind not in PHONE_KINDS:
            r.problem(
                ppath + ("kind",), f"kind '{kind}' is unknown", "Use: " + ", ".join(PHONE_KINDS)
            )
        if number is not None:
            phones.append(
                Phone(
                    number=number,
                    kind=kind,
                    free=r.get(item, ppath, "free", bool, default=False),
                    always_open=r.get(item, ppath, "always_open", bool, default=False),
                    where=r.where(ppath + ("number",)),
                )
            )
    address = None
    raw_address = r.get(data, path, "address", dict)
    if raw_address is not None:
        apath = path + ("address",)
        r.unknown_keys(raw_address, apath, {"street", "postcode", "city"})
        street = r.get(raw_address, apath, "street", str, required=True)
        postcode = r.get(raw_address, apath, "postcode", str, required=True)
        city = r.get(raw_address, apath, "city", str, required=True)
        if street and postcode and city:
            address = Address(street, postcode, city)
    hours = []
    for i, item in enumerate(r.get(data, path, "hours", list, default=[])):
        hpath = path + ("hours", i)
        parsed = _parse_hours(r, item, hpath)
        if parsed:
            hours.append(parsed)
    verified = data.get("verified")
    if verified is not None and not isinstance(verified, dt.date):
        r.problem(path + ("verified",), "must be a date like 2026-11-24")
        verified = None
    if cid is None:
        return None
    return Contact(
        id=cid,
        name=r.get(data, path, "name", str, required=True) or "",
        phones=tuple(phones),
        address=address,
        hours=tuple(hours),
        website=r.get(data, path, "website", str),
        email=r.get(data, path, "email", str),
        source=r.get(data, path, "source", str, required=True) or "",
        verified=verified,
        unverified=r.get(data, path, "unverified", str),
        where=r.where(path + ("id",)),
    )


def _parse_hours(r: _Reader, item: object, path: Path_) -> OpeningHours | None:
    if not isinstance(item, dict):
        r.problem(path, "opening hours must be a mapping with days, opens and closes")
        return None
    r.unknown_keys(item, path, {"days", "opens", "closes"})
    days = r.get(item, path, "days", list, required=True) or []
    bad = [d for d in days if d not in WEEKDAYS]
    if bad:
        r.problem(path + ("days",), f"unknown day {bad[0]!r}", "Use: " + " ".join(WEEKDAYS))
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


def _ids(r: _Reader, data: dict, path: Path_, key: str) -> tuple[str, ...]:
    values = r.get(data, path, key, list, default=[])
    good = []
    for i, value in enumerate(values):
        if isinstance(value, str):
            good.append(value)
        else:
            r.problem(path + (key, i), f"must be a contact id, not {_describe(value)}")
    return tuple(good)


def _parse_guide(
    r: _Reader,
) -> tuple[Settings, tuple[str, ...], tuple[Step, ...], tuple[Section, ...]]:
    data = r.doc.data
    if not isinstance(data, dict):
        r.problem((), "must be a mapping with edition, online_url, steps and sections")
        data = {}
    r.unknown_keys(
        data,
        (),
        {
            "edition",
            "page_size",
            "max_pages",
            "source_language",
            "online_url",
            "emergency",
            "steps",
            "sections",
            "max_verified_age_months",
        },
    )
    edition = data.get("edition")
    if not isinstance(edition, dt.date):
        r.problem(("edition",), "must be the edition date, like 2026-11-24")
        edition = dt.date(1970, 1, 1)
    urls = r.get(data, (), "online_url", dict, required=True, default={})
    if urls and "default" not in urls:
        r.problem(("online_url",), "needs a 'default' URL", "Add 'default: https://…'.")
    page_size = r.get(data, (), "page_size", str, default="A5")
    if page_size not in ("A5", "A4"):
        r.problem(("page_size",), f"page size '{page_size}' is not supported", "Use A5 or A4.")
    settings = Settings(
        edition=edition,
        page_size=page_size,
        max_pages=r.get(data, (), "max_pages", int, default=16),
        source_language=r.get(data, (), "source_language", str, default="nl"),
        online_url={str(k): str(v) for k, v in urls.items()},
        max_verified_age_months=r.get(data, (), "max_verified_age_months", int, default=12),
    )
    groups = {}
    for key, cls in (("steps", Step), ("sections", Section)):
        items = []
        for i, item in enumerate(r.get(data, (), key, list, required=True, default=[])):
            ipath = (key, i)
            if not isinstance(item, dict):
                r.problem(
                    ipath, f"must be a mapping with 'id' and 'contacts', not {_describe(item)}"
                )
                continue
            r.unknown_keys(item, ipath, {"id", "contacts"})
            gid = r.get(item, ipath, "id", str, required=True)
            if gid:
                items.append(cls(gid, _ids(r, item, ipath, "contacts"), where=r.where(ipath)))
        groups[key] = tuple(items)
    return settings, _ids(r, data, (), "emergency"), groups["steps"], groups["sections"]


def load_guide(root: Path) -> Guide:
    """Load ``root/content`` and ``root/translations`` into a :class:`Guide`."""
    root = Path(root)
    problems: list[Message] = []
    content, translations_dir = root / "content", root / "translations"
    for folder in (content, translations_dir):
        if not folder.is_dir():
            problems.append(
                Message(
                    "error",
                    folder.name + "/",
                    0,
                    "",
                    "folder not found",
                    f"Run hulpwijzer in the folder that holds content/ and translations/ "
                    f"(now: {root.resolve()}).",
                )
            )
    if problems:
        raise LoadError(problems)

    docs = {}
    for name in ("guide.yaml", "contacts.yaml"):
        path = content / name
        if not path.is_file():
            problems.append(Message("error", f"content/{name}", 0, "", "file not found"))
            continue
        try:
            docs[name] = read_yaml(path, root)
        except LoadError as exc:
            problems.extend(exc.messages)
    translations = {}
    for path in sorted(translations_dir.glob("*.yaml")):
        if not LANGUAGE_FILE.match(path.stem):
            problems.append(
                Message(
                    "error",
                    _relative(path, root),
                    0,
                    "",
                    f"'{path.stem}' is not a language code",
                    "Name translation files after their language code, e.g. tr.yaml, pt_BR.yaml.",
                )
            )
            continue
        try:
            translations[path.stem] = load_translation(path, root)
        except LoadError as exc:
            problems.extend(exc.messages)
    if problems:
        raise LoadError(problems)

    guide_reader, contacts_reader = _Reader(docs["guide.yaml"]), _Reader(docs["contacts.yaml"])
    settings, emergency, steps, sections = _parse_guide(guide_reader)
    contacts: dict[str, Contact] = {}
    raw = contacts_reader.doc.data
    items = raw.get("contacts") if isinstance(raw, dict) else None
    if not isinstance(items, list):
        contacts_reader.problem(("contacts",), "must hold a list 'contacts:' of entries")
        items = []
    for i, item in enumerate(items):
        contact = _parse_contact(contacts_reader, item, ("contacts", i))
        if contact is None:
            continue
        if contact.id in contacts:
            first = contacts[contact.id].where
            contacts_reader.problem(
                ("contacts", i, "id"),
                f"id '{contact.id}' is used twice (first on line {first.line})",
                "Give every contact its own id.",
            )
            continue
        contacts[contact.id] = contact
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
        raise LoadError(problems)
    return Guide(root, settings, contacts, emergency, steps, sections, translations)
