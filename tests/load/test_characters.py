"""Bytes and characters checked before YAML reads them: each refusal names line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from hulpwijzer.load.characters import (
    MAX_CONTACTS_BYTES,
    MAX_FILE_BYTES,
    MERGE_CONFLICT_HINT,
    Problem,
    check_bidi_outside_texts,
    check_characters,
    check_merge_conflict,
    check_size,
    decode,
    line_column,
    max_bytes_of,
)


def _problem(check, *args) -> Problem:
    with pytest.raises(Problem) as caught:
        check(*args)
    return caught.value


def test_line_and_column_count_line_breaks_as_pyyaml_does():
    text = "a\r\nbc\u2028d\re"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, text.index("c")) == (2, 2)
    assert line_column(text, text.index("d")) == (3, 1)
    assert line_column(text, text.index("e")) == (4, 1)


def test_a_merge_conflict_is_found_at_its_first_marker():
    raw = b"cover:\n  title: x\n<<<<<<< HEAD\n  title: y\n=======\n>>>>>>> other\n"
    problem = _problem(check_merge_conflict, raw)
    assert (problem.line, problem.text, problem.hint) == (
        3,
        "has a Git merge conflict",
        MERGE_CONFLICT_HINT,
    )


def test_conflict_markers_inside_a_line_are_text():
    check_merge_conflict(b"a: 'see <<<<<<< here'\n")


def test_utf8_is_read_and_its_byte_order_mark_dropped():
    assert decode("a: é\n".encode()) == "a: é\n"
    assert decode(b"\xef\xbb\xbfa: 1\n") == "a: 1\n"


@pytest.mark.parametrize(
    ("raw", "line", "column", "says"),
    [
        (b"\xff\xfea\x00", 1, None, "is saved as UTF-16, not as UTF-8"),
        (b"\xff\xfe\x00\x00a\x00\x00\x00", 1, None, "is saved as UTF-32, not as UTF-8"),
        ("a: 1\nb: é\n".encode("latin-1"), 2, 4, "is not UTF-8: the byte 0xe9"),
        (b"a: 1\nb: x\x00y and more text here to be sure\n", 2, 5, "contains a NUL byte"),
    ],
)
def test_what_is_not_utf8_text_is_refused_with_its_place(raw, line, column, says):
    problem = _problem(decode, raw)
    assert (problem.line, problem.column) == (line, column)
    assert says in problem.text


def test_a_file_is_refused_above_its_limit_sized_for_a_regional_guide():
    problem = _problem(check_size, b"x" * (MAX_FILE_BYTES + 1), MAX_FILE_BYTES)
    assert "the file is larger than 5,000,000 bytes" in problem.text
    check_size(b"x" * MAX_FILE_BYTES, MAX_FILE_BYTES)
    assert max_bytes_of(Path("content/contacts.yaml")) == MAX_CONTACTS_BYTES == 16_000_000
    assert max_bytes_of(Path("translations/tr.yaml")) == MAX_FILE_BYTES


def test_a_control_character_is_named_with_line_and_column():
    problem = _problem(check_characters, "a: 1\nb: x\x1by\n")
    assert (problem.line, problem.column) == (2, 5)
    assert "U+001B" in problem.text


def test_indentation_with_a_space_that_is_not_a_space_is_refused():
    problem = _problem(check_characters, "a:\n \u00a0b: 1\n")
    assert (problem.line, problem.column) == (2, 2)
    assert "U+00A0 NO-BREAK SPACE" in problem.text


def test_an_odd_space_inside_a_text_is_left_to_the_checks():
    check_characters("a: 'x\u00a0y'\n")


def test_a_direction_control_is_refused_outside_the_texts_only():
    text = "a: 'x\u202ey' # \u202e\n"
    inside = (text.index("'"), text.index("' ") + 1)  # the span of the text value
    problem = _problem(check_bidi_outside_texts, text, [inside])
    assert (problem.line, problem.column) == (1, 12)
    assert "outside a text" in problem.text
    check_bidi_outside_texts("a: 'x\u202ey'\n", [(3, 8)])


UK_TEXTS = (Path(__file__).resolve().parents[1] / "data" / "uk.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        (UK_TEXTS, "cp1251", "Cyrillic Windows-1251"),
        ('cover:\n  title: "Довідник Херлен"\n', "cp1251", "Cyrillic Windows-1251"),
        ('title: "دليل المساعدة في هيرلن"\n', "cp1256", "Arabic Windows-1256"),
        (
            'title: "Heerlen yardım rehberi: şimdi arayın, ücretsiz"\n',
            "cp1254",
            "Turkish Windows-1254",
        ),
        ('title: "Ważne numery telefonów, Łódź"\n', "cp1250", "Central European Windows-1250"),
        ('title: "Eén gids, één keer"\n', "cp1252", "Western European Windows-1252"),
    ],
)
def test_a_file_in_another_code_page_is_named_by_its_script(text, codec, name):
    problem = _problem(decode, text.encode(codec))
    assert f"(probably {name})" in problem.hint
    assert f"in {name} it would read" in problem.text
