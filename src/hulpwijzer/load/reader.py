"""The strict YAML reader: one file into plain data that knows the line of every value.

YAML is read with PyYAML's safe loader and stricter still: no anchors or aliases, no tags beyond
the standard ones, no duplicate keys, no deep nesting, no huge texts. Every value keeps the line
it came from, so that every message can name file, line and key. What is wrong is raised as
:class:`InputError` with file, line and column, explained in plain words.
"""

from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

import yaml

from ..model import InputError, Message
from ..texts import char_name
from .characters import (
    Problem,
    check_bidi_outside_texts,
    check_characters,
    check_merge_conflict,
    check_size,
    decode,
    line_column,
    max_bytes_of,
)
from .explain import explain

MAX_TEXT_CHARS = 5_000  # one text; a card holds a few hundred characters, a source note more
MAX_DEPTH = 24  # levels of nesting; the deepest real path (contacts.0.hours.0.days.0) has 6
STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
KeyPath = tuple  # a key path such as ("contacts", 3, "phones", 0, "number")


def dotted(path: KeyPath) -> str:
    """``("contacts", 3, "name")`` as messages and keys write it: ``contacts.3.name``."""
    return ".".join(str(p) for p in path)


def relative_path(path: Path, root: Path) -> str:
    """``path`` as messages and the manifest name it: relative to the project, with "/"."""
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symbolic link loop (3.11)
        try:
            return Path(os.path.abspath(path)).relative_to(os.path.abspath(root)).as_posix()
        except ValueError:
            return Path(path).as_posix()


class YamlDoc:
    """A parsed YAML file: plain Python data plus the line of every key path.

    ``raw`` keeps the written form of plain scalars read as numbers (``0123``, ``1e3``), so that
    a field that must be text gets exactly what was written.
    """

    def __init__(
        self,
        path: Path,
        rel: str,
        data: object,
        lines: dict[KeyPath, int],
        raw: dict[KeyPath, str] | None = None,
    ):
        self.path, self.rel, self.data, self.lines = path, rel, data, lines
        self.raw = raw or {}

    def line(self, keypath: KeyPath) -> int:
        """Line of ``keypath``, or of its nearest parent that has one."""
        while keypath:
            if keypath in self.lines:
                return self.lines[keypath]
            keypath = keypath[:-1]
        return 1


def read_for_edit(path: Path) -> str:
    """A file exactly as it is (byte-order mark and line ends included), for a command that
    edits it in place after :func:`read_yaml` has read it (so it is known to be UTF-8)."""
    return Path(path).read_bytes().decode("utf-8")


def read_yaml(path: Path, root: Path) -> YamlDoc:
    """Parse one YAML file strictly, raising :class:`InputError` with file and line."""
    rel = relative_path(path, root)
    if path.exists() and not path.is_file():  # a folder, a pipe, a device: never opened
        raise InputError(
            [
                Message(
                    "error",
                    rel,
                    0,
                    "",
                    "is not a plain file",
                    "Replace it with the text file it should be.",
                )
            ]
        )
    try:
        with path.open("rb") as f:  # never more than the limit: a huge file is not read whole
            raw = f.read(max_bytes_of(path) + 1)
    except OSError as exc:
        hint = (
            "It is a symbolic link that leads to itself: replace it with the file it should be."
            if exc.errno == errno.ELOOP
            else "Check that the file exists and that you may read it."
        )
        raise InputError(
            [Message("error", rel, 0, "", f"cannot be read ({exc.strerror})", hint)]
        ) from None
    return parse_yaml(raw, path, rel)


def parse_yaml(raw: bytes, path: Path, rel: str) -> YamlDoc:
    """Parse the bytes ``raw`` of the file ``path`` (``rel`` in messages) strictly, as
    :func:`read_yaml` does; for text that is about to be written (an XLIFF import)."""
    text = ""
    try:
        check_merge_conflict(raw)
        check_size(raw, max_bytes_of(path))
        text = decode(raw)
        check_characters(text)
        node = _compose(text)
        reader = _NodeReader()
        data = reader.convert(node, ()) if node is not None else None
        check_bidi_outside_texts(text, reader.spans)
    except Problem as p:
        raise InputError(
            [Message("error", rel, p.line, "", p.text, p.hint, column=p.column)]
        ) from None
    except yaml.MarkedYAMLError as exc:
        line, column, what, hint = explain(exc, text)
        raise InputError([Message("error", rel, line, "", what, hint, column=column)]) from None
    except yaml.YAMLError as exc:  # e.g. a ReaderError, which has an offset but no line
        position = getattr(exc, "position", None)
        line, column = line_column(text, position) if position is not None else (0, None)
        what = f"YAML error: {getattr(exc, 'reason', None) or exc}"
        raise InputError([Message("error", rel, line, "", what, column=column)]) from None
    return YamlDoc(path, rel, data, reader.lines, reader.raw)


def _compose(text: str) -> yaml.Node | None:
    """The node tree of ``text``: by libyaml when it may, else by the strict loader."""
    fast = _compose_with_libyaml(text)
    if fast is not None:
        return fast[0]
    loader = _StrictLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


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
        depth = 0
        for event in yaml.parse(text, Loader=_LIBYAML):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                return None
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:  # the strict loader stops it, before any recursion
                    return None
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
        return (yaml.compose(text, Loader=_LIBYAML),)
    except yaml.YAMLError:
        return None


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, anchors, non-standard tags and deep nesting.

    Only nodes are composed; nothing is ever constructed from a tag, so no ``!!python/...``
    object is made and no code runs. Refusing anchors also rules out "billion laughs" bombs.
    """

    _depth = 0

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise Problem(
                event.start_mark.line + 1,
                f"the alias '*{event.anchor}' is not allowed",
                "Write the text out in full; anchors (&) and aliases (*) are not used here.",
                event.start_mark.column + 1,
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise Problem(
                event.start_mark.line + 1,
                f"the anchor '&{anchor}' is not allowed",
                "Remove the '&' name; anchors and aliases are not used here.",
                event.start_mark.column + 1,
            )
        if self._depth >= MAX_DEPTH:
            raise Problem(
                event.start_mark.line + 1,
                f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
                "Compare the file with the Dutch file: keys are nested a few levels at most. "
                "Check the brackets [ ] and { } on this line.",
                event.start_mark.column + 1,
            )
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def resolve(self, kind, value, implicit):  # noqa: D102 - PyYAML hook
        tag = super().resolve(kind, value, implicit)
        # YAML 1.1 reads a bare '=' or '<<' as special values: here they are just text
        if tag in _PLAIN_SPECIALS:
            return "tag:yaml.org,2002:str"
        return tag


# YAML 1.1 reads a plain '=' or '<<' as these: here they are text (see _StrictLoader.resolve)
_PLAIN_SPECIALS = ("tag:yaml.org,2002:value", "tag:yaml.org,2002:merge")


class _NodeReader:
    """Turns composed nodes into plain data, recording lines, written numbers, text spans."""

    def __init__(self):
        self.lines: dict[KeyPath, int] = {}
        self.raw: dict[KeyPath, str] = {}
        self.spans: list[tuple[int, int]] = []  # character ranges of every text value

    def convert(self, node: yaml.Node, path: KeyPath) -> object:
        # The composer's limits again, so that they hold whichever composer made the nodes.
        if len(path) > MAX_DEPTH:
            raise Problem(
                node.start_mark.line + 1,
                f"lists and mappings are nested more than {MAX_DEPTH} levels deep",
                "Compare the file with the Dutch file: keys are nested a few levels at most.",
                node.start_mark.column + 1,
            )
        if node.tag in _PLAIN_SPECIALS and isinstance(node, yaml.ScalarNode) and not node.style:
            str_tag = "tag:yaml.org,2002:str"
            node = yaml.ScalarNode(str_tag, node.value, node.start_mark, node.end_mark)
        self.lines.setdefault(path, node.start_mark.line + 1)
        if node.tag not in STANDARD_TAGS:
            raise Problem(
                node.start_mark.line + 1,
                f"the tag '{node.tag}' is not allowed",
                "Remove the '!' tag; only plain text, numbers, lists and mappings are used here.",
                node.start_mark.column + 1,
            )
        if isinstance(node, yaml.MappingNode):
            result: dict[object, object] = {}
            for key_node, value_node in node.value:
                key = self._key(key_node)
                if key in result:
                    first = self.lines[path + (key,)]
                    raise Problem(
                        key_node.start_mark.line + 1,
                        f"the key '{key}' appears twice (first on line {first})",
                        _duplicate_hint(node, key_node, key),
                        key_node.start_mark.column + 1,
                    )
                self.lines[path + (key,)] = key_node.start_mark.line + 1
                result[key] = self.convert(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.convert(item, path + (i,)) for i, item in enumerate(node.value)]
        return self._scalar(node, path)

    def _key(self, node: yaml.Node) -> str:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        if not isinstance(node, yaml.ScalarNode):
            raise Problem(
                line,
                "a key must be a plain word",
                "Write key: value, with the key a plain word (no brackets before the colon).",
                column,
            )
        key = unicodedata.normalize("NFC", node.value)
        odd = next(
            (i for i, ch in enumerate(key) if unicodedata.category(ch)[0] in "CZ" and ch != " "),
            None,
        )
        if odd is not None:
            after = f" (after '{key[:odd]}')" if odd else " (at its start)"
            raise Problem(
                line,
                f"a key contains the invisible character {char_name(key[odd])}{after}",
                "Retype the key (the word before the colon) without copying it.",
                column,
            )
        return key

    def _scalar(self, node: yaml.ScalarNode, path: KeyPath) -> object:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        try:
            value = getattr(_SCALARS, _SCALAR_METHODS[node.tag])(node)
        except (ValueError, OverflowError):
            # e.g. 2026-02-30 (a date that does not exist), 0x_, a number of 5,000 digits
            if node.tag == "tag:yaml.org,2002:timestamp":
                what, hint = (
                    f"'{node.value}' looks like a date, but there is no such date",
                    "Correct the date (YYYY-MM-DD); if it is a text, put it in quotes.",
                )
            else:
                what, hint = (
                    f"'{_clip(node.value)}' looks like a number, but cannot be read as one",
                    "If it is a text, put it in quotes.",
                )
            raise Problem(line, what, hint, column) from None
        if isinstance(value, str):
            if any("\ud800" <= ch <= "\udfff" for ch in value):
                raise Problem(
                    line,
                    "contains a \\u code that is not a character (a lone surrogate)",
                    "Delete the \\uD8xx–\\uDFxx code and type the character itself.",
                    column,
                )
            if len(value) > MAX_TEXT_CHARS:
                raise Problem(
                    line,
                    f"this text has {len(value):,} characters; at most {MAX_TEXT_CHARS:,} fit "
                    "in a guide",
                    "Check that nothing was pasted here by mistake, and shorten the text.",
                    column,
                )
            value = unicodedata.normalize("NFC", value)
            self.spans.append((node.start_mark.index, node.end_mark.index))
        elif not node.style and isinstance(value, int | float) and not isinstance(value, bool):
            self.raw[path] = node.value
        return value


def _duplicate_hint(mapping: yaml.MappingNode, key_node: yaml.Node, key: str) -> str:
    """What to do about a key that appears twice in one mapping.

    Most often the second belongs to a new entry written just above it with nothing under it
    ('wijkagent:' then 'about:' at the same indentation): then the fix is indentation."""
    keys = [k for k, _ in mapping.value]
    index = next(i for i, k in enumerate(keys) if k is key_node)
    if index:
        before_key, before_value = mapping.value[index - 1]
        empty = isinstance(before_value, yaml.ScalarNode) and before_value.value == ""
        if empty and before_value.tag.endswith(":null"):
            return (
                f"'{before_key.value}:' on line {before_key.start_mark.line + 1} has nothing "
                f"under it. If '{key}' belongs to '{before_key.value}', indent this line two "
                f"spaces further than '{before_key.value}:' (and put '{before_key.value}:' in "
                "the column of the keys beside it in the Dutch file)."
            )
    return "Keep one of the two and delete the other."


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SCALARS = yaml.SafeLoader("")
_SCALAR_METHODS = {
    "tag:yaml.org,2002:str": "construct_yaml_str",
    "tag:yaml.org,2002:int": "construct_yaml_int",
    "tag:yaml.org,2002:float": "construct_yaml_float",
    "tag:yaml.org,2002:bool": "construct_yaml_bool",
    "tag:yaml.org,2002:null": "construct_yaml_null",
    "tag:yaml.org,2002:timestamp": "construct_yaml_timestamp",
}
