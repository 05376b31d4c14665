"""YAML syntax errors in plain words: each kind of mistake named where it is, with what to do."""

from __future__ import annotations

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
    assert line == 4
    assert what == "YAML error: could not find expected ':'"
    assert hint == "Check the indentation: keys at one level start in the same column."


def test_what_no_explanation_fits_is_said_in_the_parsers_words():
    line, column, what, hint = _explained("- a\nb: 1\n")
    assert (line, column) == (2, 1)
    assert what == "YAML error: expected <block end>, but found '?'"
    assert hint == "Check the indentation: keys at one level start in the same column."
