"""Declared fields of a YAML document, read with a message for every one that is wrong.

``content/guide.yaml`` and ``content/contacts.yaml`` have fixed fields. :class:`FieldReader`
hands out a field only if it has the right type, and otherwise records a message with file,
line and key, so that all problems of a file are reported together.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Located, Message
from .reader import KeyPath, YamlDoc, dotted

_KIND_NAMES = {
    str: "text",
    int: "a whole number",
    bool: "true or false",
    list: "a list (lines starting with '- ')",
    dict: "a mapping (lines 'key: value')",
    dt.date: "a date (YYYY-MM-DD)",
}


class FieldReader:
    """Declared-field access to one YAML document, collecting precise problems."""

    def __init__(self, doc: YamlDoc):
        self.doc = doc
        self.messages: list[Message] = []
        self._below: dict[int, dict[KeyPath, dict[str, int]]] = {}

    def lines_below(self, path: KeyPath) -> dict[str, int]:
        """Line of every path under ``path``, relative to it (one pass over the file per depth)."""
        depth = len(path)
        if depth not in self._below:
            index: dict[KeyPath, dict[str, int]] = {}
            for key, line in self.doc.lines.items():
                if len(key) > depth:
                    index.setdefault(key[:depth], {})[dotted(key[depth:])] = line
            self._below[depth] = index
        return self._below[depth].get(path, {})

    def where(self, path: KeyPath) -> Located:
        """File, line and dotted key of ``path``, for the model's objects to keep."""
        return Located(self.doc.rel, self.doc.line(path), dotted(path))

    def label(self, path: KeyPath) -> str:
        """``path`` as a message names it: a list item that has an ``id`` by that id
        (``contacts.wijkagent.hours.0.days``, not ``contacts.29.hours.0.days``)."""
        parts, node = [], self.doc.data
        for part in path:
            item = None
            if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                item = node[part]
                ident = item.get("id") if isinstance(item, dict) else None
                parts.append(ident if isinstance(ident, str) and ident else part)
            else:
                if isinstance(node, dict):
                    item = node.get(part)
                parts.append(part)
            node = item
        return dotted(tuple(parts))

    def problem(self, path: KeyPath, text: str, hint: str = "") -> None:
        """Record an error at ``path``."""
        self.messages.append(
            Message("error", self.doc.rel, self.doc.line(path), self.label(path), text, hint)
        )

    def get(self, data: dict, path: KeyPath, key: str, kind, *, required=False, default=None):
        """``data[key]`` if it has type ``kind``; records a problem otherwise."""
        if key not in data or data[key] is None:
            if required:
                self.problem(path, f"'{key}' is missing", f"Add a line '{key}: …'.")
            return default
        value = data[key]
        if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
            return self.doc.raw.get(path + (key,), str(value))  # 0123 stays 0123
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.problem(
                path + (key,),
                f"must be {_KIND_NAMES.get(kind, kind.__name__)}, not {describe(value)}",
            )
            return default
        return value

    def unknown_keys(self, data: dict, path: KeyPath, allowed: set[str]) -> None:
        """Record every key of ``data`` that is not one of ``allowed``."""
        for key in data:
            if key not in allowed:
                self.problem(
                    path + (key,),
                    f"unknown field '{key}'",
                    "Known fields: " + ", ".join(sorted(allowed)) + ".",
                )

    def date(self, data: dict, path: KeyPath, key: str, what: str = "a date") -> dt.date | None:
        """``data[key]`` as a date (None if absent or wrong, with a message): a YAML date,
        never a date with a time of day, and for anything else the YYYY-MM-DD way to write it."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime):  # a subclass of date: "2026-11-24 10:30:00"
            self.problem(path + (key,), WITH_TIME.format(value=value))
            return None
        if not isinstance(value, dt.date):
            self.problem(path + (key,), f"must be {what} like 2026-11-24", date_hint(value))
            return None
        return value


def describe(value: object) -> str:
    """What a wrong value is, as a message names it: ``text ('x')``, ``a list``, ``int 5``."""
    for kind, name in ((bool, "true/false"), (dict, "a mapping"), (list, "a list"), (str, "text")):
        if isinstance(value, kind):
            return f"{name} ({value!r})" if kind in (str, bool) else name
    return f"{type(value).__name__} {value!r}"


WITH_TIME = "must be a date like 2026-11-24, without a time of day (not '{value}')"


def date_hint(value: object) -> str:
    """How to write ``value`` as a date: YYYY-MM-DD, with the date itself if it is one."""
    match = re.fullmatch(r"(\d{1,2})[-./](\d{1,2})[-./](\d{4})", str(value).strip())
    if match:
        day, month, year = (int(x) for x in match.groups())
        try:
            return f"Write the date as YYYY-MM-DD (year-month-day): {dt.date(year, month, day)}."
        except ValueError:
            pass
    return "Write the date as YYYY-MM-DD (year-month-day), e.g. 2026-11-24."
