"""Rules for one text, in any language: value types, spaces, invisible characters."""

from __future__ import annotations

import pytest

from hulpwijzer.load import load_translation

from .damage import (
    TR,
    check,
    dutch,
    found,
    only,
    q,
    set_text,
)


@pytest.mark.parametrize(
    ("raw", "gist"),
    [
        ('""', "is empty"),
        ("", "is empty"),
        ("[Para, borç]", "is a list"),
        ("42", "is a number"),
        ("yes", "is read as true"),
        ("2026-01-01", "is read as a date"),
    ],
)
def test_empty_values_and_wrong_types(root, raw, gist):
    line = set_text(root, "tr", "sections.money.title", raw)
    m = only(check(root), TR, "sections.money.title", gist, "error")
    assert m.line == line and m.source_text == dutch("sections.money.title")


def test_leading_and_trailing_space(root):
    key = "sections.money.title"
    value = load_translation(root / TR, root).texts[key].value
    line = set_text(root, "tr", key, q(" " + value + " "))
    m = only(check(root), TR, key, "starts and ends with a space", "warning")
    assert m.line == line


def test_double_space(root):
    key = "sections.money.intro"
    value = load_translation(root / TR, root).texts[key].value
    first, rest = value.split(" ", 1)
    line = set_text(root, "tr", key, q(first + "  " + rest))
    m = only(check(root), TR, key, "has a double space", "warning")
    assert m.line == line


def test_zero_width_space_is_an_error(root):
    key = "sections.money.title"
    value = load_translation(root / TR, root).texts[key].value
    line = set_text(root, "tr", key, q(value[:3] + "\u200b" + value[3:]))
    m = only(check(root), TR, key, "U+200B ZERO WIDTH SPACE", "error")
    assert m.line == line


def test_bidi_control_character_is_an_error(root):
    key = "sections.money.title"
    value = load_translation(root / "translations/ar.yaml", root).texts[key].value
    line = set_text(root, "ar", key, q("\u200f" + value))
    m = only(check(root), "translations/ar.yaml", key, "U+200F RIGHT-TO-LEFT MARK", "error")
    assert m.line == line and "reading direction" in m.hint


def test_zero_width_non_joiner_between_arabic_letters_belongs(root):
    key = "sections.money.title"
    value = load_translation(root / "translations/ar.yaml", root).texts[key].value
    i = next(i for i in range(1, len(value)) if value[i - 1].isalpha() and value[i].isalpha())
    set_text(root, "ar", key, q(value[:i] + "\u200c" + value[i:]))
    assert not found(check(root), "translations/ar.yaml", key, "invisible")
