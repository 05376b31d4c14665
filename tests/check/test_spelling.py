"""The spelling check (``hulpwijzer check --spelling``): a misspelling planted in a copy of the
sample is reported with file, line, key and a hint; names, glossary terms, addresses, numbers,
words of another script and the project's word list are not.

The plumbing is tested with the tiny Hunspell dictionaries of tests/data/spelling (spylls is in
the ``test`` extra); the real dictionaries (the ``spelling`` extra, 200 MB) in the last tests,
which are skipped where that extra is not installed (CI).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from hulpwijzer.check import validate
from hulpwijzer.check.spelling import unknown_words, words
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load import spelling as loading
from hulpwijzer.load.spelling import (
    INSTALL_HINT,
    SpellingUnavailable,
    load_spelling,
    package_dictionary,
    package_folder,
)
from hulpwijzer.model import InputError
from hulpwijzer.publish.run import check_guide

from .damage import SAMPLE, TODAY, found, only, q, set_text

TINY = Path(__file__).resolve().parent.parent / "data" / "spelling"
EN, AR = "translations/en.yaml", "translations/ar.yaml"
HAS_DICTIONARIES = package_folder() is not None
REAL = pytest.mark.skipif(
    not HAS_DICTIONARIES,
    reason=f"the optional dictionaries are not installed ({INSTALL_HINT})",
)


def tiny(root: Path, *codes: str) -> Path:
    """Give the project at ``root`` the tiny dictionaries of ``codes`` in content/dictionaries/."""
    folder = root / "content" / "dictionaries"
    folder.mkdir(exist_ok=True)
    for code in codes:
        for ext in ("aff", "dic"):
            shutil.copy(TINY / f"{code}.{ext}", folder / f"{code}.{ext}")
    return root


def spelled(root: Path, *codes: str):
    return check_guide(load_guide(root), TODAY, False, list(codes), spelling=True)


def write_words(root: Path, text: str) -> None:
    (root / "content" / "words.yaml").write_text(text, encoding="utf-8")


@pytest.fixture(autouse=True)
def no_package(monkeypatch):
    """The tiny dictionaries only: the package's are not looked for, even where installed."""
    monkeypatch.setattr(loading, "package_folder", lambda: None)


def test_a_misspelled_word_is_reported_with_file_line_key_and_a_suggestion(root):
    line = set_text(tiny(root, "en"), "en", "cover.title", q("Call the nubmer in your letters"))
    m = only(spelled(root, "en"), EN, "cover.title", "dictionary does not know", "warning")
    assert m.line == line
    assert m.text == 'has word the en dictionary does not know: "nubmer"'
    assert '"nubmer": perhaps "number"' in m.hint
    assert "content/words.yaml under 'en:'" in m.hint


def test_every_unknown_word_of_a_text_once_in_one_message(root):
    set_text(tiny(root, "en"), "en", "cover.title", q("Hepl, hepl with the lettre"))
    m = only(spelled(root, "en"), EN, "cover.title", "dictionary does not know")
    assert m.text.endswith('words the en dictionary does not know: "Hepl", "hepl", "lettre"')


def test_names_glossary_terms_addresses_numbers_and_other_scripts_are_not_looked_up(root):
    contact = next(iter(SAMPLE.contacts.values())).name  # "Alarmnummer 112"
    value = (
        f"Call {contact} in Heerlen, DigiD, toeslagen, the Informatiepunt Digitale Overheid, "
        "https://www.qxzv.nl/ghjk or qwrt@zxcv.nl, 0800-123 45 67, 112's help, "
        "help-numbers, your {name} مرحبا"
    )
    set_text(tiny(root, "en"), "en", "cover.title", q(value))
    assert not found(spelled(root, "en"), EN, "cover.title", "dictionary does not know")


def test_the_project_word_list_accepts_its_words_per_language(root):
    set_text(tiny(root, "en"), "en", "cover.title", q("Call Mantelzorg or Wijkteam"))
    write_words(root, "words:\n  all: [Mantelzorg]\n  nl: [Wijkteam]\n")
    m = only(spelled(root, "en"), EN, "cover.title", "dictionary does not know")
    assert m.text.endswith('not know: "Wijkteam"')  # listed for Dutch only
    write_words(root, "words:\n  all: [Mantelzorg]\n  en: [wijkteam]\n")
    assert not found(spelled(root, "en"), EN, "cover.title", "dictionary does not know")


def test_arabic_vowel_signs_stay_in_the_word_and_latin_names_are_skipped(root):
    set_text(tiny(root, "ar"), "ar", "cover.title", q("اتصل أيضًا بالمؤجِّر في Heerlen Qwxz"))
    m = only(spelled(root, "ar"), AR, "cover.title", "dictionary does not know")
    assert m.text.endswith('not know: "بالمؤجِّر"')  # the whole word, its shadda and kasra
    set_text(root, "ar", "cover.title", q("اتصل أيضًا في Heerlen"))
    assert not found(spelled(root, "ar"), AR, "cover.title", "dictionary does not know")


def test_words_keep_their_marks_apostrophes_and_hyphens():
    assert [w for _, w in words("أيضًا e-mail auto's 'quoted' 112'yi")] == [
        "أيضًا",
        "e-mail",
        "auto's",
        "quoted",
        "yi",
    ]


def test_a_suffix_after_a_number_or_a_name_is_accepted():
    def right(word: str) -> bool:
        return word in {"arayın", "Heerlen"}

    assert unknown_words("112'yi arayın, Heerlen'de", "tr", right, frozenset()) == []
    assert unknown_words("Heerlen'de yardımm", "tr", right, frozenset()) == ["yardımm"]


def test_a_language_without_a_dictionary_is_named_as_not_checked(root):
    report = spelled(tiny(root, "en"), "en", "tr")
    assert any("the spelling of tr" in item and INSTALL_HINT in item for item in report.not_checked)


def test_without_any_dictionary_the_check_says_how_to_install_them(root):
    with pytest.raises(SpellingUnavailable, match=r"pip install -e '\.\[spelling\]'"):
        spelled(root, "en")


def test_without_spylls_the_check_says_how_to_install_it(root, monkeypatch):
    monkeypatch.setitem(sys.modules, "spylls.hunspell", None)
    with pytest.raises(SpellingUnavailable, match=r"Install them once with: pip install"):
        load_spelling(tiny(root, "en"), ["en"])


def test_a_damaged_word_list_is_refused_with_line_and_key(root):
    write_words(root, "words:\n  all: [PDF]\n  nl: Heerlen DigiD\n")
    with pytest.raises(InputError) as caught:
        load_spelling(tiny(root, "en"), ["en"])
    m = caught.value.messages[0]
    assert (m.file, m.line, m.key) == ("content/words.yaml", 3, "words.nl")
    assert "list of single words" in m.text and "[Heerlen, DigiD]" in m.hint


def test_a_damaged_dictionary_is_refused_with_its_file(root):
    tiny(root, "en")
    (root / "content" / "dictionaries" / "en.aff").write_bytes(b"SET UTF-8\nSFX S Y 2\nSFX\n")
    with pytest.raises(InputError) as caught:
        load_spelling(root, ["en"])
    assert caught.value.messages[0].file == "content/dictionaries/en.aff"


def test_the_command_reports_and_exits_as_a_check_does(root, capsys):
    set_text(tiny(root, "en"), "en", "cover.title", q("Call the nubmer"))
    assert main(["--root", str(root), "check", "en", "--only", "texts", "--spelling"]) == 0
    out = capsys.readouterr()
    assert 'cover.title  has word the en dictionary does not know: "nubmer"' in out.out
    assert "Loading the spelling dictionaries" in out.err
    args = ["--root", str(root), "check", "en", "--only", "texts", "--spelling", "--strict"]
    assert main(args) == 1
    assert "run 'hulpwijzer check en --only texts --strict --spelling' again" in (
        capsys.readouterr().out
    )


def test_the_command_without_dictionaries_says_what_to_install(root, capsys):
    assert main(["--root", str(root), "check", "--spelling"]) == 2
    err = capsys.readouterr().err
    assert "pip install -e '.[spelling]'" in err and "Traceback" not in err


def test_the_command_with_a_damaged_word_list_names_file_and_line(root, capsys):
    write_words(tiny(root, "en"), "words: [PDF]\n")
    assert main(["--root", str(root), "check", "en", "--spelling"]) == 1
    assert "content/words.yaml:1" in capsys.readouterr().out


def test_without_spelling_nothing_is_looked_up(root):
    set_text(tiny(root, "en"), "en", "cover.title", q("Call the nubmer"))
    report = check_guide(load_guide(root), TODAY, False)
    assert not found(report, EN, "cover.title", "dictionary does not know")


def test_the_dictionary_of_the_package_per_language():
    names = ("ar", "en_GB", "en_US", "nl_NL", "tr_TR", "uk_UA", "pt_BR", "pt_PT")
    assert package_dictionary("nl", names) == "nl_NL"
    assert package_dictionary("en", names) == "en_GB"  # the guide writes British English
    assert package_dictionary("ar", names) == "ar"
    assert package_dictionary("tr", names) == "tr_TR"
    assert package_dictionary("uk", names) == "uk_UA"
    assert package_dictionary("pt_BR", names) == "pt_BR"
    assert package_dictionary("so", names) is None


# --- the real dictionaries (the ``spelling`` extra) ---------------------------------------------

PLANTED = {  # language: (key, right word in the sample, misspelling)
    "nl": ("sections.health.intro", "huisarts", "huisats"),
    "en": ("cover.subtitle", "addresses", "adresses"),
    "tr": ("cover.emergency", "arayın", "arayn"),
    "ar": ("cover.subtitle", "المساعدة", "المساعده"),
}


@pytest.fixture(scope="module")
def real():
    """The package's dictionaries of the four sample languages, loaded once (about 20 s)."""
    if not HAS_DICTIONARIES:
        pytest.skip(f"the optional dictionaries are not installed ({INSTALL_HINT})")
    return load_spelling(SAMPLE.root, list(PLANTED))


@REAL
def test_the_sample_is_spelled_right_in_every_language(real):
    assert set(real.sources) == set(PLANTED)
    assert real.sources["en"].endswith("en_GB")
    report = validate(SAMPLE, TODAY, spelling=real)
    assert [m for m in report.messages if "dictionary does not know" in m.text] == []


@REAL
@pytest.mark.parametrize("code", list(PLANTED))
def test_a_misspelling_in_each_language_is_found(root, real, code):
    key, right, wrong = PLANTED[code]
    value = SAMPLE.translations[code].get(key)
    assert right in value
    line = set_text(root, code, key, q(value.replace(right, wrong, 1)))
    report = validate(load_guide(root), TODAY, spelling=real)
    m = only(report, f"translations/{code}.yaml", key, "dictionary does not know")
    assert m.line == line and m.text.endswith(f'not know: "{wrong}"')
    assert f'"{right}"' in m.hint  # the dictionary suggests the right word


def test_suggestions_stop_after_their_time_and_the_findings_stay(root, monkeypatch):
    from hulpwijzer.check import spelling as checking

    monkeypatch.setattr(checking, "SUGGESTION_SECONDS", 0.0)
    set_text(tiny(root, "en"), "en", "cover.title", q("Call the nubmer"))
    m = only(spelled(root, "en"), EN, "cover.title", "dictionary does not know")
    assert m.text.endswith('"nubmer"') and "perhaps" not in m.hint


def test_the_sample_word_list_matches_its_schema_and_loads():
    import json

    import jsonschema
    import yaml

    repo = Path(__file__).resolve().parent.parent.parent
    schema = json.loads((repo / "schemas" / "words.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load((repo / "content" / "words.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert loading.read_word_list(repo).accepts("tr", "şikâyet")
