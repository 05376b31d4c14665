"""Language files: nested keys into flat dotted texts with their lines; misnamed files named."""

from __future__ import annotations

import pytest

from hulpwijzer.load import LANGUAGE_FILE, load_translation
from hulpwijzer.load.translations import load_translations
from hulpwijzer.model import InputError, Text


def _write(folder, name: str, text: str):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_nested_keys_become_dotted_keys_in_file_order_with_their_lines(tmp_path):
    path = _write(
        tmp_path / "translations",
        "tr.yaml",
        "# Turkish\ncover:\n  title: Başlık\n  empty: {}\nsteps:\n  a:\n    text: Metin\n",
    )
    translation = load_translation(path, tmp_path)
    assert translation.language == "tr"
    assert list(translation.texts.values()) == [
        Text("cover.title", "Başlık", 3),
        Text("cover.empty", {}, 4),
        Text("steps.a.text", "Metin", 7),
    ]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("# nothing yet\n", "translations/tr.yaml:1  is empty"),
        ("- a\n- b\n", "translations/tr.yaml:1  must be a mapping of keys to texts"),
    ],
)
def test_a_file_without_keys_is_refused(tmp_path, text, says):
    path = _write(tmp_path / "translations", "tr.yaml", text)
    with pytest.raises(InputError) as caught:
        load_translation(path, tmp_path)
    assert caught.value.messages[0].format().startswith(says)


def test_every_language_file_is_read_and_every_other_one_named(tmp_path):
    folder = tmp_path / "translations"
    _write(folder, "nl.yaml", "cover:\n  title: Hulp\n")
    _write(folder, "pt_BR.yaml", "cover:\n  title: Ajuda\n")
    _write(folder, "pl.yml", "cover:\n  title: Pomoc\n")
    _write(folder, "uk.yaml.txt", "cover:\n  title: Допомога\n")
    _write(folder, "xx.yaml", "cover:\n  title: ?\n")
    _write(folder, "tr.yaml", "cover:\n  title: Open: 9:00\n")
    _write(folder, ".nl.yaml", "editor lock\n")
    _write(folder, "README.txt", "not a language file\n")
    translations, problems = load_translations(folder, tmp_path)
    assert sorted(translations) == ["nl", "pt_BR"]
    assert [m.format().split("\n")[0] for m in problems] == [
        "translations/pl.yml  is not read: language files must end in '.yaml'",
        "translations/uk.yaml.txt  is not read: language files must end in '.yaml'",
        'translations/tr.yaml:2:14  YAML error: this text contains ": " but is not in quotes',
        "translations/xx.yaml  'xx' is not a language code",
    ]
    assert "Rename it to uk.yaml" in problems[1].hint


@pytest.mark.parametrize("code", ["nl", "tr", "pap", "pt_BR", "sr_Latn", "zh_Hant_TW"])
def test_language_codes_name_language_files(code):
    assert LANGUAGE_FILE.match(code)


@pytest.mark.parametrize("code", ["NL", "nl-BE", "english", "pt_br", "n", "nl_"])
def test_other_names_are_not_language_codes(code):
    assert not LANGUAGE_FILE.match(code)


def test_a_text_written_nested_and_as_a_dotted_key_names_the_dotted_one(tmp_path):
    path = _write(
        tmp_path / "translations",
        "en.yaml",
        'contacts:\n  digid:\n    about: "Nested."\nback:\n  notes: "Notes"\n'
        'contacts.digid.about: "Flat."\n',
    )
    with pytest.raises(InputError) as caught:
        load_translation(path, tmp_path)
    [message] = caught.value.messages
    assert message.format() == (
        "translations/en.yaml:6  contacts.digid.about  this text is written twice: nested on "
        "line 3 and as one dotted key here\n"
        "    → Keep the nested one, as in the Dutch file ('contacts:' → 'digid:' → 'about:', "
        "each two spaces further in), and delete line 6."
    )
