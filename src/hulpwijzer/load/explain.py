"""YAML syntax errors in plain words, for translators who are not programmers.

PyYAML says "mapping values are not allowed here" or "expected <block end>"; a translator needs
to hear that a text with ": " must be in quotes, or that a quote was never closed, and where.
Each kind of mistake has one small function that recognises it and says what to do; the first
that recognises the error explains it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import yaml

from .characters import LINE_BREAK

Explanation = tuple[int, int | None, str, str]  # line, column, what is wrong, what to do

_QUOTES = "“”„‟‘’‚‛«»"  # curly quotes from word processors: not YAML quotes
_STRAIGHT_QUOTES = 'Put the text between straight quotes "…"; curly quotes “…” do not count.'
# The start of a value that opens with a quote: "key: '", "- '", or a bare quote.
_VALUE_START = re.compile(r"""\s*(?:-\s+)?(?:[^\s"'#:][^:#]*:\s+)?(["'])""")


@dataclass(frozen=True)
class _Error:
    """A YAML syntax error with the lines around it: what every explanation looks at."""

    exc: yaml.MarkedYAMLError
    line: int  # 1-based; 0 when PyYAML gave no place
    column: int | None
    lines: list[str]

    @property
    def problem(self) -> str:
        return self.exc.problem or ""

    @property
    def context(self) -> str:
        return self.exc.context or ""

    @property
    def what(self) -> str:
        """PyYAML's own words, when no explanation fits better."""
        return f"YAML error: {self.problem or self.context or 'the file is not valid YAML'}"

    @property
    def here(self) -> str:
        """The line of the error."""
        return self.lines[self.line - 1] if 0 < self.line <= len(self.lines) else ""

    @property
    def curly(self) -> bool:
        """Whether the line of the error has curly quotes, which YAML does not see as quotes."""
        return any(q in self.here for q in _QUOTES)

    @property
    def deeper(self) -> bool:
        """Whether the line is indented further than the one above without being under a key."""
        previous = next((x for x in reversed(self.lines[: max(self.line - 1, 0)]) if x.strip()), "")
        return _indent_of(self.here) > _indent_of(previous) and not previous.rstrip().endswith(":")

    @property
    def at_own_key(self) -> bool:
        """Whether the error is at the colon of this line's own key."""
        return self.here.find(": ") == (self.column or 0) - 1


def explain(exc: yaml.MarkedYAMLError, text: str) -> Explanation:
    """(line, column, what is wrong, what to do) for a YAML syntax error, in plain words."""
    mark = exc.problem_mark or exc.context_mark
    error = _Error(
        exc,
        line=mark.line + 1 if mark else 0,
        column=mark.column + 1 if mark else None,
        lines=LINE_BREAK.split(text),
    )
    for explanation in _EXPLANATIONS:
        found = explanation(error)
        if found:
            return found
    hint = "Compare the line with the lines around it: indentation, quotes and colons."
    return error.line, error.column, error.what, hint


def _unclosed_quote(e: _Error) -> Explanation | None:
    found = _opening_quote_not_closed(e.lines, min(e.line, len(e.lines)))
    if not found:
        return None
    return (
        *found,
        "YAML error: the quote opened here is not closed",
        "Close the text with the same quote it starts with, at the end of the line. "
        'A " inside a "…" text must be written \\" (or use ‘…’ inside).',
    )


def _text_after_closing_quote(e: _Error) -> Explanation | None:
    state, column = _quote_state(e.here)
    if state != "trailing" or not e.problem.startswith("expected <block end>"):
        return None
    return (
        e.line,
        column,
        "YAML error: there is more text after the closing quote",
        "A quote inside a text ends it. Put the whole text between the quotes, and use "
        '‘…’ or «…» inside it (or write \\" for a " inside "…").',
    )


def _text_starts_with_brace(e: _Error) -> Explanation | None:
    match = _BRACE_VALUE.match(e.here)
    if not match or not any(
        words in e.problem for words in ("expected <block end>", "expected ',' or '}'")
    ):
        return None
    key = match.group(1).strip().rstrip(":")
    return (
        e.line,
        match.start(2) + 1,
        "YAML error: a text that starts with { must be in quotes",
        "YAML reads a { at the start as the beginning of a mapping. Put the whole text in "
        f'quotes: {key}: "{e.here[match.start(2) :].strip()}".',
    )


def _text_without_key(e: _Error) -> Explanation | None:
    """Lines of text with no 'key:' after a complete 'key: value' line: most often the text of
    a field whose first line (such as 'unverified: >-') was deleted."""
    if not any(
        words in e.problem
        for words in (
            "mapping values",
            "could not find expected ':'",
            "<block mapping start>",
            "expected <block end>",
        )
    ):
        return None
    n = min(e.line, len(e.lines))
    while n > 0 and _blank(e.lines[n - 1]):  # the error may be reported at the next key
        n -= 1
    if n == 0 or not _is_prose(e.lines[n - 1]):
        return None
    indent = _indent_of(e.lines[n - 1])  # the lines left behind share their indentation
    last = n
    while last < len(e.lines) and _is_prose(e.lines[last]):
        last += 1
    while n > 0 and _is_prose(e.lines[n - 1]) and _indent_of(e.lines[n - 1]) == indent:
        n -= 1
    first = n + 1
    if first > last or n == 0:
        return None
    above = e.lines[n - 1]
    key = _KEY_LINE.match(above)
    # the last line of a text indented further (a '>-' block above): these cannot continue it
    after_a_block = _is_prose(above) and _indent_of(above) > indent
    value = (key.group(2) or "").strip() if key else ""
    opens_text = not value or value[0] in "|>\"'[{"
    if opens_text and not after_a_block:
        return None  # the line above opens a text that may go on: not this mistake
    lines = f"line {first}" if first == last else f"lines {first}–{last}"
    hint = (
        f"If they are what is left of a field whose first line was deleted (such as "
        f"'unverified: >-'), delete {lines} as well, or put the key line back above them."
    )
    if not after_a_block:
        hint += (
            f" If they continue the value of '{key.group(1).strip()}' on line {n}, put that "
            f'whole value in quotes: {key.group(1).strip()}: "…".'
        )
    return (
        first,
        indent + 1,
        f"YAML error: {lines} {'holds' if first == last else 'hold'} text without a key; "
        "YAML expects 'key: value' here",
        hint,
    )


def _indented_further(e: _Error) -> Explanation | None:
    at_key = "<block mapping start>" in e.problem or (
        "mapping values" in e.problem and e.at_own_key
    )
    if not (at_key and e.deeper):
        return None
    return (
        e.line,
        e.column,
        "YAML error: this line is indented further than the line above",
        "Give it the same indentation (spaces) as the other keys at its level.",
    )


def _indentation_mismatch(e: _Error) -> Explanation | None:
    if "<block mapping start>" not in e.problem:
        return None
    return (
        e.line,
        e.column,
        "YAML error: the indentation of this line does not match the lines above",
        "Keys at one level start in the same column: count the spaces at the start of "
        "the lines above.",
    )


def _colon_in_text(e: _Error) -> Explanation | None:
    if "mapping values are not allowed" not in e.problem:
        return None
    if e.curly:
        what = 'YAML error: this text contains ": " and its quotes are curly quotes'
        return e.line, e.column, what, _STRAIGHT_QUOTES
    return (
        e.line,
        e.column,
        'YAML error: this text contains ": " but is not in quotes',
        'A text that contains ": " must be put in quotes, e.g. key: "Open: 9:00".',
    )


def _tab(e: _Error) -> Explanation | None:
    if "found character '\\t'" not in e.problem:
        return None
    return (
        e.line,
        e.column,
        "YAML error: a Tab is used here, where only spaces may be",
        "Indent with spaces, not with the Tab key.",
    )


def _text_starts_with_a_sign(e: _Error) -> Explanation | None:
    if "cannot start any token" not in e.problem:
        return None
    return (
        e.line,
        e.column,
        f"YAML error: a text cannot start with {e.problem.split()[2]} unless it is in quotes",
        'Put the text in quotes: key: "…".',
    )


def _unknown_escape(e: _Error) -> Explanation | None:
    if "unknown escape character" not in e.problem and "expected escape sequence" not in e.problem:
        return None
    return (
        e.line,
        e.column,
        'YAML error: a backslash \\ in a text between "…" starts a code that does not exist',
        'In "…" a backslash \\ starts a code: write \\\\ for a backslash, or use single '
        "quotes '…'.",
    )


def _unclosed_bracket(e: _Error) -> Explanation | None:
    start = e.exc.context_mark
    if "flow" not in e.context or start is None:
        return None
    return (
        start.line + 1,
        start.column + 1,
        "YAML error: a bracket [ or { opened here is not closed properly",
        "Check the brackets on this line: every [ needs a ] and every { a }, and "
        "items are separated by commas.",
    )


def _second_document(e: _Error) -> Explanation | None:
    if "found another document" not in e.problem and "expected a single document" not in e.context:
        return None
    return (
        e.line,
        e.column,
        "YAML error: a second document starts here ('---')",
        "A file holds one document: delete the line '---' and what follows, or merge it.",
    )


def _block_end(e: _Error) -> Explanation | None:
    if "expected <block end>" not in e.problem and "could not find expected ':'" not in e.problem:
        return None
    hint = "Check the indentation: keys at one level start in the same column."
    if e.curly:
        hint = _STRAIGHT_QUOTES
    elif e.here.strip() and ":" not in e.here:
        hint = 'Every line is key: "text"; a text that goes on over more lines needs quotes.'
    return e.line, e.column, e.what, hint


def _curly_quotes(e: _Error) -> Explanation | None:
    return (e.line, e.column, e.what, _STRAIGHT_QUOTES) if e.curly else None


# In this order: the first that recognises the error explains it.
_EXPLANATIONS: tuple[Callable[[_Error], Explanation | None], ...] = (
    _unclosed_quote,
    _text_after_closing_quote,
    _text_starts_with_brace,
    _text_without_key,
    _indented_further,
    _indentation_mismatch,
    _colon_in_text,
    _tab,
    _text_starts_with_a_sign,
    _unknown_escape,
    _unclosed_bracket,
    _second_document,
    _block_end,
    _curly_quotes,
)


# "key: {" or "- {": a value that YAML reads as a mapping in braces
_BRACE_VALUE = re.compile(r"""^(\s*(?:-\s+)?(?:[^\s"'#:{][^:#]*:)?)\s*(\{[^}]*\}\s*[^\s,}#].*)$""")
# "key: value" or "key:": a key is one word (or quoted), without spaces
_KEY_LINE = re.compile(r"""^\s*(?:-\s+)?((?:"[^"]*"|'[^']*'|[^\s#"'][^\s:]*)):(?:\s+(.*)|$)""")


def _blank(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _is_prose(line: str) -> bool:
    """A line of words that is not 'key: …', '- item' or a comment."""
    stripped = line.strip()
    if not stripped or stripped.startswith(("#", "- ", "-\t")) or stripped == "-":
        return False
    return not _KEY_LINE.match(line)


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


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


def _opening_quote_not_closed(lines: list[str], error_line: int) -> tuple[int, int] | None:
    """(line, column) of an opening quote that ran on to the error, if that is the cause."""
    for n in range(error_line, 0, -1):
        state, column = _quote_state(lines[n - 1])
        if state != "unclosed":
            continue
        quote = lines[n - 1][column - 1]
        rest = [lines[n - 1][column:]] + lines[n:]
        closes = next((n + offset for offset, text in enumerate(rest) if quote in text), None)
        if closes is None or closes == error_line:
            return n, column
        return None
    return None
