"""Declared fields: a value of the right type, or a message with file, line and key."""

from __future__ import annotations

import datetime as dt

import pytest

from hulpwijzer.load import read_yaml
from hulpwijzer.load.fields import FieldReader, describe
from hulpwijzer.model import Located

TEXT = """\
contact:
  id: a
  count: "3"
  flag: true
  postcode: 0123
  extra: 1
  address:
    street: Kruisstraat 1
"""


@pytest.fixture
def reader(tmp_path) -> FieldReader:
    (tmp_path / "x.yaml").write_text(TEXT, encoding="utf-8")
    return FieldReader(read_yaml(tmp_path / "x.yaml", tmp_path))


def _messages(reader: FieldReader) -> list[str]:
    return [m.format() for m in reader.messages]


def test_a_field_of_the_right_type_is_handed_out(reader):
    data = reader.doc.data["contact"]
    assert reader.get(data, ("contact",), "id", str) == "a"
    assert reader.get(data, ("contact",), "flag", bool) is True
    assert reader.get(data, ("contact",), "missing", str, default="x") == "x"
    assert reader.messages == []


def test_a_number_where_text_belongs_keeps_its_written_form(reader):
    data = reader.doc.data["contact"]
    assert reader.get(data, ("contact",), "postcode", str) == "0123"


def test_a_missing_required_field_is_named_at_its_parent(reader):
    data = reader.doc.data["contact"]
    assert reader.get(data, ("contact",), "name", str, required=True) is None
    assert _messages(reader) == [
        "x.yaml:1  contact  'name' is missing\n    → Add a line 'name: …'."
    ]


def test_a_field_of_the_wrong_type_is_named_with_its_line(reader):
    data = reader.doc.data["contact"]
    assert reader.get(data, ("contact",), "count", int, default=0) == 0
    assert reader.get(data, ("contact",), "flag", int, default=1) == 1  # true is not a number
    assert _messages(reader) == [
        "x.yaml:3  contact.count  must be a whole number, not text ('3')",
        "x.yaml:4  contact.flag  must be a whole number, not true/false (True)",
    ]


def test_unknown_keys_are_named_with_the_known_ones(reader):
    allowed = {"id", "count", "flag", "postcode", "address"}
    reader.unknown_keys(reader.doc.data["contact"], ("contact",), allowed)
    assert _messages(reader) == [
        "x.yaml:6  contact.extra  unknown field 'extra'\n"
        "    → Known fields: address, count, flag, id, postcode."
    ]


def test_the_lines_below_a_path_are_relative_to_it(reader):
    assert reader.lines_below(("contact",)) == {
        "id": 2,
        "count": 3,
        "flag": 4,
        "postcode": 5,
        "extra": 6,
        "address": 7,
        "address.street": 8,
    }
    assert reader.lines_below(("contact", "address")) == {"street": 8}
    assert reader.lines_below(("nothing",)) == {}


def test_where_names_file_line_and_dotted_key(reader):
    assert reader.where(("contact", "address", "street")) == Located(
        "x.yaml", 8, "contact.address.street"
    )


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("x", "text ('x')"),
        (True, "true/false (True)"),
        ({"a": 1}, "a mapping"),
        ([1], "a list"),
        (5, "int 5"),
        (dt.date(2026, 1, 2), "date datetime.date(2026, 1, 2)"),
    ],
)
def test_a_wrong_value_is_described_in_words(value, said):
    assert describe(value) == said
