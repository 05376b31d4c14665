"""The strict reader: plain data with the line of every value, and what it refuses."""

from __future__ import annotations

import pytest

from hulpwijzer.load import YamlDoc, load_guide, read_yaml, relative_path
from hulpwijzer.load.reader import dotted
from hulpwijzer.model import InputError

NL = "translations/nl.yaml"


def _read(tmp_path, text: str) -> YamlDoc:
    (tmp_path / "x.yaml").write_text(text, encoding="utf-8")
    return read_yaml(tmp_path / "x.yaml", tmp_path)


def _refusal(tmp_path, text: str) -> str:
    with pytest.raises(InputError) as caught:
        _read(tmp_path, text)
    [message] = caught.value.messages
    return message.format()


def test_a_bare_equals_sign_or_double_angle_is_text_not_a_special_value(tmp_path):
    (tmp_path / "x.yaml").write_text("a: =\nb: <<\n", encoding="utf-8")
    assert read_yaml(tmp_path / "x.yaml", tmp_path).data == {"a": "=", "b": "<<"}


def test_texts_are_normalised_to_nfc(sample_copy):
    nl = sample_copy / NL
    decomposed = "Cafe\u0301 Heerlen"  # e + combining acute, as some Mac editors write it
    text = nl.read_text(encoding="utf-8")
    nl.write_text(text.replace('"Hulpwijzer Heerlen"', f'"{decomposed}"'), encoding="utf-8")
    assert load_guide(sample_copy).source.get("cover.title") == "Caf\u00e9 Heerlen"


def test_the_reader_gives_the_line_of_nested_values(tmp_path):
    doc = _read(
        tmp_path,
        "# a comment\n"
        "contacts:\n"
        "  - id: a\n"
        "    phones:\n"
        "      - number: '112'\n"
        "\n"
        "      - number: '0900'\n"
        "        kind: voice\n",
    )
    assert doc.rel == "x.yaml"
    assert doc.data == {
        "contacts": [
            {"id": "a", "phones": [{"number": "112"}, {"number": "0900", "kind": "voice"}]}
        ]
    }
    assert doc.lines[("contacts",)] == 2
    assert doc.lines[("contacts", 0, "id")] == 3
    assert doc.lines[("contacts", 0, "phones", 0, "number")] == 5
    assert doc.lines[("contacts", 0, "phones", 1)] == 7
    assert doc.lines[("contacts", 0, "phones", 1, "kind")] == 8


def test_a_path_without_a_line_of_its_own_gets_its_parents_line(tmp_path):
    doc = _read(tmp_path, "a:\n  b: 1\n")
    assert doc.line(("a", "b", "c", 3)) == 2
    assert doc.line(("z",)) == 1
    assert doc.line(()) == 1


def test_numbers_keep_their_written_form_for_fields_that_are_text(tmp_path):
    doc = _read(tmp_path, "postcode: 0123\nsize: 1.50\nquoted: '0456'\n")
    assert doc.raw == {("postcode",): "0123", ("size",): "1.50"}
    assert doc.data["quoted"] == "0456"


def test_an_empty_file_is_no_data(tmp_path):
    assert _read(tmp_path, "# only a comment\n").data is None


def test_a_folder_in_place_of_a_file_is_refused(tmp_path):
    (tmp_path / "x.yaml").mkdir()
    with pytest.raises(InputError) as caught:
        read_yaml(tmp_path / "x.yaml", tmp_path)
    assert caught.value.messages[0].format().startswith("x.yaml  is not a plain file")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a: &x 1\n", "x.yaml:1:4  the anchor '&x' is not allowed"),
        ("a: 1\nb:\n  a: 2\n  a: 3\n", "x.yaml:4:3  the key 'a' appears twice (first on line 3)"),
        ("a: !!binary aGk=\n", "x.yaml:1:4  the tag 'tag:yaml.org,2002:binary' is not allowed"),
        ("[a, b]: 1\n", "x.yaml:1:1  a key must be a plain word"),
        ("a: 2026-13-01\n", "'2026-13-01' looks like a date, but there is no such date"),
        (f"a: '{'x' * 5001}'\n", "this text has 5,001 characters; at most 5,000 fit in a guide"),
        ("a: 1 # \u202e\n", "x.yaml:1:8  contains the direction control character U+202E"),
    ],
)
def test_what_the_reader_refuses_is_named_with_its_place(tmp_path, text, says):
    assert says in _refusal(tmp_path, text)


def test_a_direction_control_inside_a_text_is_left_to_the_checks(tmp_path):
    assert _read(tmp_path, "a: 'x\u202ey'\n").data == {"a": "x\u202ey"}


def test_relative_path_names_a_file_from_the_project_with_slashes(tmp_path):
    assert relative_path(tmp_path / "translations" / "tr.yaml", tmp_path) == "translations/tr.yaml"
    assert relative_path(tmp_path / "a" / ".." / "b.yaml", tmp_path) == "b.yaml"


def test_relative_path_of_a_file_outside_the_project_is_the_path_as_given(tmp_path):
    outside = tmp_path / "elsewhere" / "x.yaml"
    assert relative_path(outside, tmp_path / "project") == outside.as_posix()


def test_a_key_path_is_written_with_dots():
    assert dotted(("contacts", 3, "phones", 0, "number")) == "contacts.3.phones.0.number"
    assert dotted(()) == ""


def test_a_key_twice_after_an_empty_key_is_a_matter_of_indentation(tmp_path):
    text = (
        "contacts:\n"
        "  digid:\n"
        '    about: "Met DigiD logt u in."\n'
        "    wijkagent:\n"
        '    about: "De wijkagent kent uw buurt."\n'
    )
    assert _refusal(tmp_path, text) == (
        "x.yaml:5:5  the key 'about' appears twice (first on line 3)\n"
        "    → 'wijkagent:' on line 4 has nothing under it. If 'about' belongs to 'wijkagent', "
        "indent this line two spaces further than 'wijkagent:' (and put 'wijkagent:' in the "
        "column of the keys beside it in the Dutch file)."
    )


def test_a_key_simply_written_twice_keeps_the_plain_advice(tmp_path):
    assert _refusal(tmp_path, 'a: "x"\nb: "y"\na: "z"\n').endswith(
        "→ Keep one of the two and delete the other."
    )
