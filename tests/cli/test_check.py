"""The ``check`` and ``confirm`` commands: their exact messages and exit codes."""

from __future__ import annotations

import json

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import LOCK_FILE

from ..project import copy_project, fill


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "error: name one language (hulpwijzer confirm tr), or use --all\n"),
        (("tr", "--all"), "error: name one language (hulpwijzer confirm tr), or use --all\n"),
        (("", "cover.title", "--all"), "error: with --all, name no keys\n"),
        (("nl",), "error: nl is the source language; there is nothing to confirm\n"),
        (("xx",), "error: no translations/xx.yaml; languages: ar, en, tr\n"),
    ],
)
def test_confirm_refuses_a_wrong_command_line_with_status_2(root, capsys, args, message):
    before = (root / LOCK_FILE).read_bytes()
    assert run(root, "confirm", *args) == 2
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", message)
    assert (root / LOCK_FILE).read_bytes() == before


def test_confirm_refuses_keys_it_cannot_confirm_and_records_nothing(root, capsys):
    fill(root, "tr", {"labels.free": ""})
    before = (root / LOCK_FILE).read_bytes()
    assert run(root, "confirm", "tr", "no.such.key", "labels.free") == 1
    assert capsys.readouterr().err == (
        "error: tr: no.such.key: the Dutch file has no such key\n"
        "error: tr: labels.free: no text in tr yet; translate it first\n"
        "Nothing was recorded.\n"
    )
    assert (root / LOCK_FILE).read_bytes() == before


def test_confirm_an_unreadable_lock_file_is_status_1(root, capsys):
    (root / LOCK_FILE).write_text("languages: [1\n", encoding="utf-8")
    assert run(root, "confirm", "tr") == 1
    assert "error: translations.lock" in capsys.readouterr().err


def test_confirm_reports_what_it_recorded(root, capsys):
    fill(root, "en", {"labels.free": "gratis"})  # the same as the Dutch
    assert run(root, "confirm", "en") == 0
    assert capsys.readouterr().out == (
        "en: confirmed 105 text(s) in translations.lock.\n"
        "  Not confirmed: 1 text(s) the same as the Dutch. If they are meant to stay the same, "
        "name them:\n"
        "  hulpwijzer confirm en labels.free\n"
    )
    assert run(root, "confirm", "en", "labels.free") == 0
    assert capsys.readouterr().out == "en: confirmed 1 text(s) in translations.lock.\n"
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    assert run(root, "confirm", "tr") == 0
    assert capsys.readouterr().out == (
        "tr: confirmed 106 text(s) (1 new or changed) in translations.lock.\n"
        "  sections.money.intro\n"
    )


def test_confirm_lists_at_most_ten_changes_unless_the_keys_are_named(root, capsys):
    keys = [k for k in load_guide(root).source.texts if k.endswith(".about")][:11]
    fill(root, "nl", {key: f"Nieuwe tekst {n}." for n, key in enumerate(keys)})
    assert run(root, "confirm", "tr", *keys[:1]) == 0
    assert capsys.readouterr().out == (
        f"tr: confirmed 1 text(s) (1 new or changed) in translations.lock.\n  {keys[0]}\n"
    )
    assert run(root, "confirm", "tr") == 0
    assert capsys.readouterr().out == (
        "tr: confirmed 106 text(s) (10 new or changed) in translations.lock.\n"
        + "".join(f"  {key}\n" for key in keys[1:])
    )
    fill(root, "nl", {key: f"Weer nieuw {n}." for n, key in enumerate(keys)})
    assert run(root, "confirm", "tr") == 0
    assert capsys.readouterr().out == (
        "tr: confirmed 106 text(s) (11 new or changed) in translations.lock.\n"
    )
    fill(root, "nl", {key: f"Nog eens {n}." for n, key in enumerate(keys)})
    assert run(root, "confirm", "tr", *keys) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [f"  {key}" for key in keys]


def test_confirm_all_reports_every_language(root, capsys):
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    assert run(root, "confirm", "--all") == 0
    assert capsys.readouterr().out == "".join(
        f"{code}: confirmed 106 text(s) (1 new or changed) in translations.lock.\n"
        "  sections.money.intro\n"
        for code in ("ar", "en", "tr")
    )


def test_check_json_when_the_files_cannot_be_read(root, capsys):
    (root / "content" / "guide.yaml").write_text("edition: [\n", encoding="utf-8")
    assert run(root, "check", "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert (data["ok"], data["warnings"], data["languages"]) == (False, 0, [])
    assert data["errors"] == len(data["messages"]) >= 1
    assert data["not_checked"] == ["everything after reading the files"]
    assert run(root, "check") == 1
    assert "The files cannot be read: " in capsys.readouterr().out


def test_check_refuses_a_date_that_is_not_one(root, capsys):
    with pytest.raises(SystemExit) as exc:
        run(root, "check", "--today", "24-11-2026")
    assert exc.value.code == 2
    assert "'24-11-2026' is not a date like 2026-11-24" in capsys.readouterr().err


def test_a_misspelt_pictogram_is_reported_by_check_and_build_not_a_crash(root, capsys):
    guide = root / "content" / "guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("icon: euro", "icon: eurro"))
    assert run(root, "check") == 1  # laying the guide out must not stop on the unknown name
    out = capsys.readouterr().out
    assert "content/guide.yaml:" in out and "sections.money.icon" in out
    assert "there is no pictogram 'eurro'" in out and "Did you mean 'euro'" in out
    assert run(root, "build") == 1
    said = capsys.readouterr()
    assert "there is no pictogram 'eurro'" in said.out + said.err
    assert not (root / "build").exists()
