"""YAML syntax errors in plain words: each kind of mistake named where it is, with what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hulpwijzer.load.explain import explain


def _explained(text: str) -> tuple[int, int | None, str, str]:
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        return explain(exc, text)
    raise AssertionError(f"{text!r} is valid YAML")


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        ('a: "x\nb: 1\n', 1, 4, "the quote opened here is not closed"),
        ("a: 1\nb: 'x\nc: 2\n", 2, 4, "the quote opened here is not closed"),
        ('a: "x" y\n', 1, 7, "there is more text after the closing quote"),
        ("a:\n  b: 1\n   c: 2\n", 3, 5, "this line is indented further than the line above"),
        ("a:\n  - b\n c: d\n", 3, 2, "the indentation of this line does not match"),
        ("a: b: c\n", 1, 5, 'this text contains ": " but is not in quotes'),
        ("a: “x: y”\n", 1, 6, 'this text contains ": " and its quotes are curly quotes'),
        ("\ta: 1\n", 1, 1, "a Tab is used here, where only spaces may be"),
        ("a: @x\n", 1, 4, "a text cannot start with '@' unless it is in quotes"),
        ('a: "\\q"\n', 1, 6, 'a backslash \\ in a text between "…" starts a code'),
        ("a: [1, 2\nb: 3\n", 1, 4, "a bracket [ or { opened here is not closed properly"),
        ("a: 1\n---\nb: 2\n", 2, 1, "a second document starts here ('---')"),
    ],
)
def test_each_kind_of_mistake_is_named_where_it_is(text, line, column, says):
    found_line, found_column, what, hint = _explained(text)
    assert (found_line, found_column) == (line, column)
    assert what.startswith(f"YAML error: {says}")
    assert hint


def test_an_unclosed_quote_says_how_to_close_it():
    hint = _explained('title: "Hulp\nsubtitle: x\n')[3]
    assert hint.startswith("Close the text with the same quote it starts with")


def test_a_quote_closed_on_a_later_line_is_not_blamed_for_an_error_after_it():
    # the quote on line 1 is closed on line 2; the error is the colon on line 3
    line, _, what, _ = _explained("a: 'x\n  y'\nb: c: d\n")
    assert (line, what) == (3, 'YAML error: this text contains ": " but is not in quotes')


def test_curly_quotes_are_named_as_such():
    assert _explained("- a\n“b”: 1\n")[3] == (
        'Put the text between straight quotes "…"; curly quotes “…” do not count.'
    )


def test_a_text_over_more_lines_without_quotes_is_explained():
    line, _, what, hint = _explained("a: 1\nb: 2\nc\n")
    assert line == 3  # the line of text, not the end of the file where YAML noticed it
    assert what == "YAML error: line 3 holds text without a key; YAML expects 'key: value' here"
    assert "delete line 3 as well, or put the key line back above them" in hint


def test_what_no_explanation_fits_is_said_in_the_parsers_words():
    line, column, what, hint = _explained("- a\nb: 1\n")
    assert (line, column) == (2, 1)
    assert what == "YAML error: expected <block end>, but found '?'"
    assert hint == "Check the indentation: keys at one level start in the same column."


REPO = Path(__file__).resolve().parents[2]
PAPILLON_NOTE = "    unverified: >-\n      No phone number or e-mail found"


def _contacts_without_the_unverified_line(reindent: bool) -> tuple[str, int]:
    """contacts.yaml with the line 'unverified: >-' of one entry deleted and its text left
    behind (as it was, or moved left to the keys' column); and the line of that text."""
    text = (REPO / "content" / "contacts.yaml").read_text(encoding="utf-8")
    start = text.index(PAPILLON_NOTE)
    line = text.count("\n", 0, start) + 1  # the text moves up to the deleted line
    end = text.index("\n\n", start)
    block = text[start:end].split("\n")[1:]
    if reindent:
        block = [b[2:] for b in block]
    return text[:start] + "\n".join(block) + text[end:], line


@pytest.mark.parametrize("reindent", [False, True])
def test_the_text_left_from_a_deleted_key_line_is_named_at_its_own_lines(reindent):
    text, line = _contacts_without_the_unverified_line(reindent)
    found, column, what, hint = _explained(text)
    last = line + 2  # the note has three lines
    assert found == line
    assert column == (5 if reindent else 7)
    assert what == (
        f"YAML error: lines {line}–{last} hold text without a key; YAML expects 'key: value' here"
    )
    assert f"(such as 'unverified: >-'), delete lines {line}–{last} as well" in hint
    assert "indentation" not in hint


def test_a_text_starting_with_a_placeholder_must_be_quoted():
    line, column, what, hint = _explained('back:\n  title: "x"\n  edition: {date} edition\n')
    assert (line, column) == (3, 12)
    assert what == "YAML error: a text that starts with { must be in quotes"
    assert hint.endswith('Put the whole text in quotes: edition: "{date} edition".')
