"""``hulpwijzer add-language``: language codes checked against CLDR, and a new file with every
Dutch key, its Dutch text and its note."""

from __future__ import annotations

import re

import pytest
import yaml

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide, load_translation
from hulpwijzer.texts import complete_languages
from hulpwijzer.translators import scaffold

from ..project import REPO, copy_project


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


@pytest.mark.parametrize(
    ("given", "code"), [("uk", "uk"), ("UK", "uk"), ("pt-br", "pt_BR"), ("ti", "ti")]
)
def test_language_codes_are_checked_with_babel(given, code):
    assert scaffold.parse_code(given) == code


@pytest.mark.parametrize(
    ("given", "hint"),
    [("xx", "ISO 639 code"), ("ukrainian", "did you mean uk (Ukrainian)?"), ("Pools", "pl")],
)
def test_unknown_language_codes_are_refused_with_a_hint(given, hint):
    with pytest.raises(scaffold.LanguageCodeError) as exc:
        scaffold.parse_code(given)
    assert hint in str(exc.value)


def test_add_language_writes_every_dutch_key_in_order_with_comments(root, capsys):
    assert run(root, "add-language", "uk") == 0
    out = capsys.readouterr().out
    assert "Українська (Ukrainian), written left to right" in out
    assert "hulpwijzer build --draft uk" in out and "hulpwijzer confirm uk" in out
    path = root / "translations" / "uk.yaml"
    body = path.read_text(encoding="utf-8")
    lines = body.splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../schemas/translation.schema.json"
    assert "Українська (Ukrainian, uk), written left to right" in lines[2]
    title = lines.index('  title: ""')  # cover.title: nothing after the quotes
    assert lines[title - 1] == "  # nl: Hulpwijzer Heerlen"  # the Dutch on its own line above
    assert not any(line.endswith('"') and "# nl:" in line for line in lines)
    comment = " ".join(line.strip(" #") for line in lines[7:title])  # the note above cover.title
    assert "Name of the booklet" in comment and "Room: 2 lines of about 22 characters" in comment
    new = load_translation(path, root)
    dutch = load_guide(REPO).source
    assert list(new.texts) == list(dutch.texts)  # every key, in the Dutch order
    assert all(t.value == "" for t in new.texts.values())
    # plain YAML: the values are the only data, the rest is comments
    assert yaml.safe_load(body)["labels"]["call"] == ""
    assert run(root, "add-language", "uk") == 2  # it exists now
    assert run(root, "add-language", "nl") == 2
    assert run(root, "add-language", "klingon") == 2
    assert "CLDR" in capsys.readouterr().err


def test_add_language_rtl_and_a_script_without_font(root, capsys):
    assert run(root, "add-language", "fa") == 0
    assert "written right to left" in capsys.readouterr().out
    assert run(root, "add-language", "ti") == 0  # Ethiopic: the guide has its font
    out = capsys.readouterr().out
    assert "ትግርኛ (Tigrinya)" in out and "cannot draw" not in out
    assert "cannot draw" not in (root / "translations" / "ti.yaml").read_text(encoding="utf-8")
    assert run(root, "add-language", "hi") == 0  # Devanagari: it has none, said at once
    out = capsys.readouterr().out
    assert "हिन्दी (Hindi)" in out and "warning: hi: the fonts of the guide cannot draw" in out
    assert "(Devanagari: " in out and "Noto Sans Devanagari" in out and "FONTS" in out
    assert "src/hulpwijzer/fonts/" in out and "build --draft hi" not in out
    scaffold = (root / "translations" / "hi.yaml").read_text(encoding="utf-8")
    assert "cannot draw this script yet (Devanagari)" in scaffold
    # the new languages are not complete: not named on the covers, not built
    guide = load_guide(root)
    assert complete_languages(guide) == ["nl", "ar", "en", "tr"]
    assert run(root, "status") == 0
    out = capsys.readouterr().out
    assert "hi: the fonts of the guide cannot draw" in out and "draft only" in out
    assert re.search(r"hi Hindi .* no font", out) and "ti: the fonts" not in out


def test_a_translation_closed_at_the_end_of_the_line_keeps_the_dutch_out(root):
    """The translator types the text and closes the quote at the end of the line: with the
    Dutch on a line of its own nothing of it gets into the text."""
    assert run(root, "add-language", "uk") == 0
    path = root / "translations" / "uk.yaml"
    body = path.read_text(encoding="utf-8").replace(
        '  title: ""', '  title: "Безпека та надзвичайні ситуації"', 1
    )
    path.write_text(body, encoding="utf-8")
    assert load_translation(path, root).texts["cover.title"].value == (
        "Безпека та надзвичайні ситуації"
    )
