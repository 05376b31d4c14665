"""Editing a translation file in place: only the changed values, comments and order kept."""

from __future__ import annotations

import pytest
import yaml

from hulpwijzer.translators.yamledit import YamlEditError, quote, set_texts

SAMPLE = """\
# a comment
cover:
  title: "Oud"   # keep me
  empty:
  plain: platte tekst
  folded: >-
    een
    twee
  after: 'x'
labels:
  call: Bel
"""


def test_set_texts_changes_only_the_values():
    out = set_texts(
        SAMPLE,
        {
            "cover.title": 'Nieuw "x" {date}',
            "cover.empty": "E",
            "cover.folded": "F\nG",
            "labels.free": "gratis",
            "back.title": "T",
        },
    )
    assert out.splitlines()[:7] == [
        "# a comment",
        "cover:",
        '  title: "Nieuw \\"x\\" {date}"   # keep me',
        '  empty: "E"',
        "  plain: platte tekst",
        '  folded: "F\\nG"',
        "  after: 'x'",
    ]
    data = yaml.safe_load(out)
    assert data["labels"] == {"call": "Bel", "free": "gratis"} and data["back"] == {"title": "T"}
    assert set_texts(SAMPLE, {}) == SAMPLE
    with pytest.raises(YamlEditError):
        set_texts(SAMPLE, {"labels": "Bel"})
    with pytest.raises(YamlEditError):
        set_texts(SAMPLE, {"cover.title.sub": "x"})


def test_quote_escapes_what_yaml_cannot_hold_literally():
    for value in ("a\tb", "a\u2028b", "\u200fx", 'q"uote\\', "Türkçe العربية", "x\ny"):
        assert yaml.safe_load("k: " + quote(value))["k"] == value
    assert "\u2028" not in quote("a\u2028b")


def test_a_new_key_keeps_the_files_windows_line_ends():
    """A file saved on Windows (CRLF): an added key gets the same line ends, not a mix."""
    result = set_texts('a:\r\n  b: "x"\r\nc: "y"\r\n', {"a.z": "new"})
    assert result == 'a:\r\n  b: "x"\r\n  z: "new"\r\nc: "y"\r\n'
