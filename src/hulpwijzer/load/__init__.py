"""Stage 1: read ``content/`` and ``translations/`` into the typed model.

YAML is read with PyYAML's safe loader and stricter still: no anchors or aliases, no tags beyond
the standard ones, no duplicate keys. Every value keeps the line it came from, so that every
message can name file, line and key. Problems are collected and raised together as
:class:`InputError`; nothing is half-loaded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..model import (
    PHONE_KINDS,
    WEEKDAYS,
    Address,
    Contact,
    Guide,
    InputError,
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
from ..texts import char_name

MAX_FILE_BYTES = 1_000_000  # the largest file of the sample is under 20 kB
MAX_TEXT_CHARS = 5_000  # one text; a card holds a few hundred characters, a source note more
MAX_DEPTH = 24  # levels of nesting; the deepest real path (contacts.0.hours.0.days.0) has 6
STANDARD_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
Path_ = tuple  # a key path such as ("contacts", 3, "phones", 0, "number")

# Characters that change the reading direction of what follows ("Trojan Source"): never needed,
# since the program sets the direction itself. In a text, check reports them with the key; in a
# comment or a key, where no check looks, they are refused when the file is read.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Control characters: PyYAML refuses most of them with a bare offset; we name line and column.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
# Spaces that look like a space but are not one, as pasted from e-mails and web pages.
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
_ODD_SPACES += "\u200b\u202f\u205f\u3000\ufeff"
_INDENT = re.compile(f"[ \t{_ODD_SPACES}]*")
# Line breaks as PyYAML counts them, so that our line numbers match its marks.
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
_QUOTES = "“”„‟‘’‚‛«»"  # curly quotes from word processors: not YAML quotes


class _Problem(Exception):
    def __init__(self, line: int, text: str, hint: str = "", column: int | None = None):
        super().__init__(text)
        self.line, self.text, self.hint, self.column = line, text, hint, column


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases, anchors, non-standard tags and deep nesting.

    Only nodes are composed; nothing is ever constructed from a tag, so no ``!!python/...``
    object is made and no code runs. Refusing anchors also rules out "billion laughs" bombs.
    """

    _depth = 0

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
        if self._depth >= MAX_DEPTH:
            raise _Problem(
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
        lines: dict[Path_, int],
        raw: dict[Path_, str] | None = None,
    ):
        self.path, self.rel, self.data, self.lines = path, rel, data, lines
        self.raw = raw or {}

    def line(self, keypath: Path_) -> int:
        """Line of ``keypath``, or of its nearest parent that has one."""
        while keypath:
            if keypath in self.lines:
                return self.lines[keypath]
            keypath = keypath[:-1]
        return 1


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
            raw = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(
            [Message("error", rel, 0, "", f"cannot be read ({exc.strerror})")]
        ) from None
    text = ""
    try:
        _check_merge_conflict(raw)
        text = _decode(raw)
        _check_characters(text)
        fast = _compose_with_libyaml(text)
        if fast is not None:
            node = fast[0]
        else:
            loader = _StrictLoader(text)
            try:
                node = loader.get_single_node()
            finally:
                loader.dispose()
        reader = _NodeReader()
        data = reader.convert(node, ()) if node is not None else None
        _check_bidi_outside_texts(text, reader.spans)
    except _Problem as p:
        raise InputError(
            [Message("error", rel, p.line, "", p.text, p.hint, column=p.column)]
        ) from None
    except yaml.MarkedYAMLError as exc:
        line, column, what, hint = _explain(exc, text)
        raise InputError([Message("error", rel, line, "", what, hint, column=column)]) from None
    except yaml.YAMLError as exc:  # e.g. a ReaderError, which has an offset but no line
        position = getattr(exc, "position", None)
        line, column = _line_column(text, position) if position is not None else (0, None)
        what = f"YAML error: {getattr(exc, 'reason', None) or exc}"
        raise InputError([Message("error", rel, line, "", what, column=column)]) from None
    return YamlDoc(path, rel, data, reader.lines, reader.raw)


def _line_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting line breaks as PyYAML does."""
    line, start = 1, 0
    for match in _LINE_BREAK.finditer(text, 0, index):
        line, start = line + 1, match.end()
    return line, index - start + 1


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


MERGE_CONFLICT_HINT = (
    "Git could not merge two versions here: keep the lines you want from both sides, delete the "
    "lines <<<<<<<, ======= and >>>>>>>, then run 'hulpwijzer check' again."
)


def _check_merge_conflict(raw: bytes) -> None:
    conflict = re.search(rb"(?m)^<<<<<<< ", raw)
    if conflict:
        line = raw[: conflict.start()].count(b"\n") + 1
        raise _Problem(line, "has a Git merge conflict", MERGE_CONFLICT_HINT)


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise _Problem(
            0,
            f"the file is larger than {MAX_FILE_BYTES:,} bytes, the most that is accepted",
            "A guide's texts fit in far less; check that the right file was saved here.",
        )
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            raise _Problem(
                1,
                f"is saved as {name}, not as UTF-8",
                "Open the file in your editor and save it again with the encoding 'UTF-8'.",
            )
    if raw.startswith(b"\xef\xbb\xbf"):
        # a UTF-8 byte-order mark, as Windows editors write it: harmless, and accepted silently
        raw = raw[3:]
    if b"\x00" in raw:
        nul = raw.index(b"\x00")
        line = raw[:nul].count(b"\n") + 1
        column = nul - (raw.rfind(b"\n", 0, nul) + 1) + 1
        if raw.count(b"\x00") * 4 >= len(raw):  # every other byte: UTF-16 without a mark
            raise _Problem(
                line,
                "is saved as UTF-16, not as UTF-8 (it is full of NUL bytes)",
                "Open the file in your editor and save it again with the encoding 'UTF-8'.",
            )
        raise _Problem(
            line,
            "contains a NUL byte (an invisible character with code 0)",
            "The file is damaged or is not a text file. Delete the character (most editors "
            "show it as NUL or a box), or restore the file from version control.",
            column,
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = len(raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace"))
        byte = raw[exc.start]
        guess = bytes([byte]).decode("cp1252", "replace")
        seen = f" (in Windows-1252 or Latin-1 it would be '{guess}')" if guess.isprintable() else ""
        raise _Problem(
            line,
            f"is not UTF-8: the byte 0x{byte:02x} cannot be read{seen}",
            "The file was saved in another encoding (probably Windows-1252 or ISO-8859-1). "
            "Open it in your editor and save it again with the encoding 'UTF-8'.",
            column + 1,
        ) from None


def _check_characters(text: str) -> None:
    """Refuse control characters, and indentation with spaces that are not spaces."""
    control = _CONTROL.search(text)
    if control:
        line, column = _line_column(text, control.start())
        raise _Problem(
            line,
            f"contains the control character {char_name(control.group())}",
            "Delete it: it is invisible in most editors and came in with pasted text. "
            "Retype the words around it.",
            column,
        )
    line = 1
    start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        indent = _INDENT.match(text, start, end)
        odd = next((i for i in range(start, indent.end()) if text[i] in _ODD_SPACES), None)
        if odd is not None:
            raise _Problem(
                line,
                f"the line is indented with {char_name(text[odd])}, not with ordinary spaces",
                "Delete the indentation of this line and type it again with the space bar "
                "(this happens when text is pasted from an e-mail or a web page).",
                odd - start + 1,
            )
        if brk:
            line, start = line + 1, brk.end()


def _check_bidi_outside_texts(text: str, spans: list[tuple[int, int]]) -> None:
    """Direction controls in a comment, a key or between the values are refused."""
    if not any(ch in BIDI_CONTROLS for ch in text):
        return
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    for i, ch in enumerate(text):
        if ch not in BIDI_CONTROLS:
            continue
        k = bisect.bisect_right(starts, i) - 1
        if k >= 0 and spans[k][0] <= i < spans[k][1]:
            continue  # inside a text: check reports it with its key
        line, column = _line_column(text, i)
        raise _Problem(
            line,
            f"contains the direction control character {char_name(ch)} outside a text",
            "Delete it: it can make the file look different from what it says, and the "
            "program sets the reading direction itself.",
            column,
        )


def _explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int | None, str, str]:
    """(line, column, what is wrong, what to do) for a YAML syntax error, in plain words."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 0
    column = mark.column + 1 if mark else None
    problem, context = exc.problem or "", exc.context or ""
    what = f"YAML error: {problem or context or 'the file is not valid YAML'}"
    lines = _LINE_BREAK.split(text)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    curly = any(q in here for q in _QUOTES)
    straight = 'Put the text between straight quotes "…"; curly quotes “…” do not count.'

    unclosed = _unclosed_quote(lines, min(line, len(lines)), problem)
    if unclosed:
        qline, qcolumn = unclosed
        return (
            qline,
            qcolumn,
            "YAML error: the quote opened here is not closed",
            "Close the text with the same quote it starts with, at the end of the line. "
            'A " inside a "…" text must be written \\" (or use ‘…’ inside).',
        )
    state, qcol = _quote_state(here)
    if state == "trailing" and problem.startswith("expected <block end>"):
        return (
            line,
            qcol,
            "YAML error: there is more text after the closing quote",
            "A quote inside a text ends it. Put the whole text between the quotes, and use "
            '‘…’ or «…» inside it (or write \\" for a " inside "…").',
        )
    previous = next((x for x in reversed(lines[: max(line - 1, 0)]) if x.strip()), "")
    deeper = _indent_of(here) > _indent_of(previous) and not previous.rstrip().endswith(":")
    key_here = here.find(": ") == (column or 0) - 1  # the error is at this line's own key
    if "<block mapping start>" in problem or ("mapping values" in problem and key_here):
        if deeper:
            return (
                line,
                column,
                "YAML error: this line is indented further than the line above",
                "Give it the same indentation (spaces) as the other keys at its level.",
            )
        if "<block mapping start>" in problem:
            return (
                line,
                column,
                "YAML error: the indentation of this line does not match the lines above",
                "Keys at one level start in the same column: count the spaces at the start of "
                "the lines above.",
            )
    if "mapping values are not allowed" in problem:
        if curly:
            return (
                line,
                column,
                'YAML error: this text contains ": " and its quotes are curly quotes',
                straight,
            )
        return (
            line,
            column,
            'YAML error: this text contains ": " but is not in quotes',
            'A text that contains ": " must be put in quotes, e.g. key: "Open: 9:00".',
        )
    if "found character '\\t'" in problem:
        return (
            line,
            column,
            "YAML error: a Tab is used here, where only spaces may be",
            "Indent with spaces, not with the Tab key.",
        )
    if "cannot start any token" in problem:
        return (
            line,
            column,
            f"YAML error: a text cannot start with {problem.split()[2]} unless it is in quotes",
            'Put the text in quotes: key: "…".',
        )
    if "unknown escape character" in problem or "expected escape sequence" in problem:
        return (
            line,
            column,
            'YAML error: a backslash \\ in a text between "…" starts a code that does not exist',
            'In "…" a backslash \\ starts a code: write \\\\ for a backslash, or use single '
            "quotes '…'.",
        )
    if "flow" in context and exc.context_mark is not None:
        start = exc.context_mark
        return (
            start.line + 1,
            start.column + 1,
            "YAML error: a bracket [ or { opened here is not closed properly",
            "Check the brackets on this line: every [ needs a ] and every { a }, and "
            "items are separated by commas.",
        )
    if "found another document" in problem or "expected a single document" in context:
        return (
            line,
            column,
            "YAML error: a second document starts here ('---')",
            "A file holds one document: delete the line '---' and what follows, or merge it.",
        )
    if "expected <block end>" in problem or "could not find expected ':'" in problem:
        hint = "Check the indentation: keys at one level start in the same column."
        if curly:
            hint = straight
        elif here.strip() and ":" not in here:
            hint = 'Every line is key: "text"; a text that goes on over more lines needs quotes.'
        return line, column, what, hint
    if curly:
        return line, column, what, straight
    hint = "Compare the line with the lines around it: indentation, quotes and colons."
    return line, column, what, hint


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


_VALUE_START = re.compile(r"""\s*(?:-\s+)?(?:[^\s"'#:][^:#]*:\s+)?(["'])""")


def _quote_state(line: str) -> tuple[str, int | None]:
    """("unclosed"|"trailing"|"ok"|"none", column) for a value starting with a quote."""
    match = _VALUE_START.match(line)
    if not match:
        return "none", None
    quote, i = match.group(1), match.end()
    while i < len(line):
        ch = line[i]
        if quote == '"' and ch == "\\":
            i += 2
            continue
        if ch == quote:
            if quote == "'" and line[i + 1 : i + 2] == "'":
                i += 2
                continue
            rest = line[i + 1 :].strip()
            if rest and not rest.startswith("#"):
                return "trailing", i + 2
            return "ok", None
        i += 1
    return "unclosed", match.start(1) + 1


def _unclosed_quote(lines: list[str], error_line: int, problem: str) -> tuple[int, int] | None:
    """(line, column) of an opening quote that ran on to the error, if that is the cause."""
    for n in range(error_line, 0, -1):
        state, column = _quote_state(lines[n - 1])
        if state != "unclosed":
            continue
        quote = lines[n - 1][column - 1]
        rest = [lines[n - 1][column:]] + lines[n:]
        for offset, text in enumerate(rest):
            if quote in text:
                closes = n + offset
                break
        else:
            closes = None
        if closes is None or closes == error_line:
            return n, column
        return None
    return None


# YAML 1.1 reads a plain '=' or '<<' as these: here they are text (see _StrictLoader.resolve)
_PLAIN_SPECIALS = ("tag:yaml.org,2002:value", "tag:yaml.org,2002:merge")


class _NodeReader:
    """Turns composed nodes into plain data, recording lines, written numbers, text spans."""

    def __init__(self):
        self.lines: dict[Path_, int] = {}
        self.raw: dict[Path_, str] = {}
        self.spans: list[tuple[int, int]] = []  # character ranges of every text value

    def convert(self, node: yaml.Node, path: Path_) -> object:
        # The composer's limits again, so that they hold whichever composer made the nodes.
        if len(path) > MAX_DEPTH:
            raise _Problem(
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
            raise _Problem(
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
                    raise _Problem(
                        key_node.start_mark.line + 1,
                        f"the key '{key}' appears twice (first on line {first})",
                        "Keep one of the two and delete the other.",
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
            raise _Problem(
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
            raise _Problem(
                line,
                f"a key contains the invisible character {char_name(key[odd])}{after}",
                "Retype the key (the word before the colon) without copying it.",
                column,
            )
        return key

    def _scalar(self, node: yaml.ScalarNode, path: Path_) -> object:
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
            raise _Problem(line, what, hint, column) from None
        if isinstance(value, str):
            if any("\ud800" <= ch <= "\udfff" for ch in value):
                raise _Problem(
                    line,
                    "contains a \\u code that is not a character (a lone surrogate)",
                    "Delete the \\uD8xx–\\uDFxx code and type the character itself.",
                    column,
                )
            if len(value) > MAX_TEXT_CHARS:
                raise _Problem(
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


def relative_path(path: Path, root: Path) -> str:
    """``path`` as messages and the manifest name it: relative to the project, with "/"."""
    try:
        return Path(path).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


# --- translations -------------------------------------------------------------------------------

LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}(_[A-Z][a-z]{3})?(_[A-Z]{2})?$")


def load_translation(path: Path, root: Path) -> Translation:
    """Read one ``translations/<code>.yaml`` into flat dotted keys, in file order."""
    doc = read_yaml(path, root)
    if doc.data is None:
        raise InputError(
            [Message("error", doc.rel, 1, "", "is empty", "Copy the keys of the Dutch file here.")]
        )
    if not isinstance(doc.data, dict):
        raise InputError(
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
        self._below: dict[int, dict[Path_, dict[str, int]]] = {}

    def lines_below(self, path: Path_) -> dict[str, int]:
        """Line of every path under ``path``, relative to it (one pass over the file per depth)."""
        depth = len(path)
        if depth not in self._below:
            index: dict[Path_, dict[str, int]] = {}
            for key, line in self.doc.lines.items():
                if len(key) > depth:
                    index.setdefault(key[:depth], {})[_dotted(key[depth:])] = line
            self._below[depth] = index
        return self._below[depth].get(path, {})

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
            return self.doc.raw.get(path + (key,), str(value))  # 0123 stays 0123
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
        lines=r.lines_below(path),
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


def _in_range(r: _Reader, data: dict, key: str, default: int, low: int, high: int) -> int:
    value = r.get(data, (), key, int, default=default)
    if not low <= value <= high:
        r.problem((key,), f"must be a whole number from {low} to {high}, not {value}")
        return default
    return value


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
    for code, url in urls.items():
        if not isinstance(url, str):
            r.problem(("online_url", code), f"must be a web address, not {_describe(url)}")
    settings = Settings(
        edition=edition,
        page_size=page_size,
        max_pages=_in_range(r, data, "max_pages", 16, 4, 2000),
        source_language=r.get(data, (), "source_language", str, default="nl"),
        online_url={str(k): v for k, v in urls.items() if isinstance(v, str)},
        max_verified_age_months=_in_range(r, data, "max_verified_age_months", 12, 1, 240),
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


def _known_language(code: str) -> bool:
    """Whether Babel has data for ``code`` (day names, text direction, its own name)."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return False
    return True


def _misnamed_files(folder: Path, root: Path) -> list[Message]:
    """Language files that would be passed over unseen: tr.yml, tr.YAML, tr.yaml.txt."""
    out = []
    for path in sorted(folder.iterdir()):
        name = path.name
        lower = name.lower()
        if name.startswith(".") or name.endswith(".yaml") or not path.is_file():
            continue
        stem = None
        for ending in (".yaml.txt", ".yml.txt", ".yaml", ".yml"):
            if lower.endswith(ending):
                stem = name[: -len(ending)]
                break
        if stem is None:
            continue
        out.append(
            Message(
                "error",
                relative_path(path, root),
                0,
                "",
                "is not read: language files must end in '.yaml'",
                f"Rename it to {stem}.yaml (your system may hide the ending '.txt').",
            )
        )
    return out


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
        raise InputError(problems)

    docs = {}
    for name in ("guide.yaml", "contacts.yaml"):
        path = content / name
        if not path.is_file():
            problems.append(Message("error", f"content/{name}", 0, "", "file not found"))
            continue
        try:
            docs[name] = read_yaml(path, root)
        except InputError as exc:
            problems.extend(exc.messages)
    translations = {}
    problems += _misnamed_files(translations_dir, root)
    for path in sorted(translations_dir.glob("*.yaml")):
        if path.name.startswith("."):
            continue  # hidden files: editor locks, macOS '._' copies
        if not LANGUAGE_FILE.match(path.stem) or not _known_language(path.stem):
            problems.append(
                Message(
                    "error",
                    relative_path(path, root),
                    0,
                    "",
                    f"'{path.stem}' is not a language code",
                    "Name translation files after their language code (ISO 639), e.g. tr.yaml, "
                    "pl.yaml, pt_BR.yaml.",
                )
            )
            continue
        try:
            translations[path.stem] = load_translation(path, root)
        except InputError as exc:
            problems.extend(exc.messages)
    if problems:
        raise InputError(problems)

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
        raise InputError(problems)
    lines = {_dotted(k): line for k, line in guide_reader.doc.lines.items() if k}
    return Guide(root, settings, contacts, emergency, steps, sections, translations, lines)
