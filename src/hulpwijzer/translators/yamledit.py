"""Change texts in a translation file in place, keeping everything else byte for byte.

An import (XLIFF) must not reformat a file that translators edit by hand or that Weblate
writes: comments, quoting, order and blank lines stay as they are. Only the characters of each
changed value are replaced (found through the positions PyYAML records for every node), by a
double-quoted YAML string. A key that the file lacks is added at the end of its parent mapping.
The result is parsed again and compared with what was asked before it is returned.
"""

from __future__ import annotations

import json
import unicodedata

import yaml

from ..model import HulpwijzerError


class YamlEditError(HulpwijzerError):
    """The file has a shape this editor does not change automatically; the message says where."""


def quote(value: str) -> str:
    """A YAML double-quoted scalar of ``value`` (JSON escapes, which YAML reads too)."""
    out = []
    for ch in json.dumps(value, ensure_ascii=False)[1:-1]:
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn") or ch == "\ufeff":
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(part: str) -> str:
    plain = part.replace("-", "").replace("_", "")
    return part if plain.isascii() and plain.isalnum() else quote(part)


def _walk(root: yaml.Node, parts: list[str]):
    """(mapping node that holds the deepest existing part, its key node, value node, depth)."""
    node, key_node, holder = root, None, root
    for depth, part in enumerate(parts):
        if not isinstance(node, yaml.MappingNode):
            return holder, key_node, node, depth
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == part:
                holder, key_node, node = node, k, v
                break
        else:
            return node, None, None, depth
    return holder, key_node, node, len(parts)


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _replacement(text: str, key_node, value_node, new: str) -> tuple[int, int, str]:
    """(start, end, replacement) for the value of an existing key."""
    if not isinstance(value_node, yaml.ScalarNode):
        line = _line_of(text, key_node.start_mark.index)
        raise YamlEditError(
            f"line {line}: '{key_node.value}' holds a mapping or list, not a text; "
            "correct it by hand first"
        )
    start, end = value_node.start_mark.index, value_node.end_mark.index
    if value_node.tag.endswith(":null") and value_node.value == "":
        # an empty value ("key:"): its mark may point at the next line; write after the colon
        colon = text.index(":", key_node.end_mark.index)
        return colon + 1, colon + 1, " " + new
    segment = text[start:end]
    trailing = segment[len(segment.rstrip()) :]  # a block scalar ends with its line breaks
    return start, end, new + trailing


def _last_end(node: yaml.Node) -> int:
    while isinstance(node, yaml.MappingNode | yaml.SequenceNode) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    return node.end_mark.index


def set_texts(text: str, changes: dict[str, str]) -> str:
    """``text`` (a translation file) with the values of the dotted keys in ``changes`` set."""
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    root = yaml.compose(body, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode):
        raise YamlEditError("the file is not a mapping of keys to texts")
    edits, missing = [], []
    for key, value in changes.items():
        parts = key.split(".")
        _, key_node, value_node, depth = _walk(root, parts)
        if depth == len(parts):
            edits.append(_replacement(body, key_node, value_node, quote(value)))
        elif value_node is not None and not isinstance(value_node, yaml.MappingNode):
            line = _line_of(body, value_node.start_mark.index)
            raise YamlEditError(
                f"line {line}: '{'.'.join(parts[:depth])}' is a text, but '{key}' needs it to "
                "hold keys; correct it by hand first"
            )
        else:
            missing.append(key)
    for start, end, new in sorted(edits, reverse=True):
        body = body[:start] + new + body[end:]
    for key in missing:  # one at a time: each insertion moves what follows
        body = _insert(body, key, changes[key])
    result = ("\ufeff" if bom else "") + body
    _verify(result, changes)
    return result


def _insert(body: str, key: str, value: str) -> str:
    root = yaml.compose(body, Loader=yaml.SafeLoader)
    parts = key.split(".")
    holder, _, _, depth = _walk(root, parts)
    if depth < len(parts) and depth > 0:
        _, _, holder, _ = _walk(root, parts[:depth])
    if not isinstance(holder, yaml.MappingNode) or holder.flow_style or not holder.value:
        raise YamlEditError(f"cannot add '{key}': its parent is empty or written in braces {{}}")
    indent = holder.value[0][0].start_mark.column
    lines = [" " * (indent + 2 * i) + _key(p) + ":" for i, p in enumerate(parts[depth:-1])]
    lines.append(
        " " * (indent + 2 * (len(parts) - depth - 1)) + f"{_key(parts[-1])}: {quote(value)}"
    )
    return _put_lines(body, _last_end(holder), lines)


def _flatten(data: object, prefix: str = "") -> dict[str, object]:
    out: dict[str, object] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            path = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, dict) and v:
                out.update(_flatten(v, path))
            else:
                out[path] = v
    return out


def _verify(result: str, changes: dict[str, str]) -> None:
    flat = _flatten(yaml.safe_load(result.lstrip("\ufeff")))
    wrong = [k for k, v in changes.items() if flat.get(k) != v]
    if wrong:
        raise YamlEditError(f"the edited file does not read back as expected at {wrong[0]}")


def add_text_after(text: str, key: str, value: str, after: str) -> str:
    """``text`` (a translation file) with the new dotted ``key`` set to ``value``, nested right
    after the existing key ``after``, a sibling of one of ``key``'s parents (e.g. the new
    ``contacts.wijkagent.about`` after ``contacts.veilig-thuis``), in that key's indentation."""
    bom = text.startswith("\ufeff")
    body = text[1:] if bom else text
    parts, before = key.split("."), after.split(".")
    if parts[: len(before) - 1] != before[:-1] or len(parts) < len(before):
        raise YamlEditError(f"'{after}' is not beside a parent of '{key}'")
    root = yaml.compose(body, Loader=yaml.SafeLoader)
    holder, key_node, node, depth = _walk(root, before)
    if depth != len(before) or key_node is None or holder.flow_style:
        raise YamlEditError(f"cannot add '{key}' after '{after}': no such key written in lines")
    indent = key_node.start_mark.column
    step = 2
    if isinstance(node, yaml.MappingNode) and node.value and not node.flow_style:
        step = node.value[0][0].start_mark.column - indent
    rest = parts[len(before) - 1 :]
    lines = [" " * (indent + step * i) + _key(p) + ":" for i, p in enumerate(rest[:-1])]
    lines.append(" " * (indent + step * (len(rest) - 1)) + f"{_key(rest[-1])}: {quote(value)}")
    result = ("\ufeff" if bom else "") + _put_lines(body, _last_end(node), lines)
    _verify(result, {key: value})
    return result


def _put_lines(body: str, end: int, lines: list[str]) -> str:
    """``lines`` inserted on lines of their own after the line in which ``end`` falls, with the
    file's own line ends."""
    newline = "\r\n" if "\r\n" in body else "\n"
    block = newline.join(lines)
    if end > 0 and body[end - 1] == "\n":  # after a block scalar: at the start of a line
        return body[:end] + block + newline + body[end:]
    eol = body.find("\n", end)
    if eol == -1:
        return body + newline + block + newline
    if body[eol - 1 : eol] == "\r":
        eol -= 1
    return body[:eol] + newline + block + body[eol:]
