"""One definition of the translatable texts (hulpwijzer.texts): a usable text, the source texts
with the optional contact names, missing versus untranslated keys, and the complete languages."""

from __future__ import annotations

import pytest

from hulpwijzer.load import load_guide
from hulpwijzer.texts import (
    complete_languages,
    missing_keys,
    required_keys,
    source_texts,
    text_hash,
    untranslated_keys,
    usable,
)

from .project import REPO, copy_project, fill

GUIDE = load_guide(REPO)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Bel 112.", "Bel 112."), (" x ", " x "), ("", None), (" \n\t", None), (None, None)],
)
def test_a_usable_text_is_a_string_with_something_in_it(value, expected):
    assert usable(value) == expected


@pytest.mark.parametrize("value", [12, 1.5, True, ["Bel"], {"a": "b"}])
def test_a_value_that_is_not_a_string_is_not_usable(value):
    assert usable(value) is None


def test_the_text_hash_ignores_spacing_only():
    assert text_hash("Bel  112.\n") == text_hash("Bel 112.") and len(text_hash("x")) == 8
    assert text_hash("Bel 113.") != text_hash("Bel 112.")


def test_source_texts_are_the_usable_dutch_texts_in_the_dutch_order():
    sources = source_texts(GUIDE)
    dutch = [key for key, entry in GUIDE.source.texts.items() if usable(entry.value)]
    assert [key for key, s in sources.items() if not s.optional] == dutch
    title = sources["cover.title"]
    assert (title.text, title.optional) == ("Hulpwijzer Heerlen", False)
    assert title.line == GUIDE.source.texts["cover.title"].line > 0


def test_a_contact_name_only_contacts_yaml_gives_is_an_optional_source():
    sources = source_texts(GUIDE)
    key = "contacts.veilig-thuis.name"  # no such key in nl.yaml: the name of contacts.yaml
    assert key not in GUIDE.source.texts
    name = sources[key]
    assert (name.text, name.line, name.optional) == (GUIDE.contacts["veilig-thuis"].name, 0, True)
    assert key not in required_keys(GUIDE)
    # a name the Dutch file gives is an ordinary, required source text
    assert not sources["contacts.alarm-112.name"].optional
    assert "contacts.alarm-112.name" in required_keys(GUIDE)


def test_missing_and_untranslated_keys(tmp_path):
    root = copy_project(tmp_path)
    fill(root, "tr", {"labels.free": "", "back.title": " "})
    path = root / "translations" / "tr.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('  call: "Arayın"', "  call: 12", 1)  # a number, not a text
    text = text.replace('  title: "Heerlen Yardım Rehberi"', "  title:", 1)  # null
    path.write_text(text, encoding="utf-8")
    guide = load_guide(root)
    assert guide.translations["tr"].texts["labels.call"].value == 12
    untranslated = {"labels.free", "back.title", "cover.title"}
    # untranslated: absent, empty or null (unfinished work); missing: also a value that is no text
    assert untranslated_keys(guide, "tr") == untranslated
    assert set(missing_keys(guide, "tr")) == untranslated | {"labels.call"}
    assert missing_keys(guide, "tr") == [
        k for k in required_keys(guide) if k in untranslated | {"labels.call"}
    ]
    assert not missing_keys(guide, "en") and not untranslated_keys(guide, "en")


def test_an_optional_contact_name_may_be_left_out(tmp_path):
    root = copy_project(tmp_path)
    guide = load_guide(root)
    assert "contacts.veilig-thuis.name" not in guide.translations["tr"].texts
    assert "contacts.veilig-thuis.name" not in missing_keys(guide, "tr")


def test_complete_languages_are_those_with_every_required_text(tmp_path):
    assert complete_languages(GUIDE) == ["nl", "ar", "en", "tr"]
    root = copy_project(tmp_path)
    fill(root, "en", {"labels.free": ""})
    assert complete_languages(load_guide(root)) == ["nl", "ar", "tr"]
