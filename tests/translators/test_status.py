"""``hulpwijzer status``: where every language stands, as a table, as JSON, per language and per
key; the counts agree with those of ``check``."""

from __future__ import annotations

import json

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_states
from hulpwijzer.publish.run import check_guide
from hulpwijzer.translators import status as translators

from ..project import copy_project, fill


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def statuses(root) -> dict[str, translators.LanguageStatus]:
    states = read_states(root)
    found = translators.all_status(load_guide(root), states)
    assert not states.problems
    return {s.language: s for s in found}


def test_status_table_of_the_sample(root, capsys):
    assert run(root, "status") == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ")}
    assert "106/106" in lines["nl"] and "(source)" in lines["nl"]
    for code in ("en", "ar", "tr"):  # the sample texts start as not reviewed
        # translated, missing, outdated, not confirmed, reviewed
        assert lines[code].split()[2:7] == ["106/106", "0", "0", "0", "0"]
        assert "▒" * translators.BAR_WIDTH in lines[code] and lines[code].endswith("print")


def test_status_json_for_dashboards(root, capsys):
    assert run(root, "status", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    by_code = {entry["language"]: entry for entry in data["languages"]}
    assert data["source_language"] == "nl" and list(by_code) == ["nl", "ar", "en", "tr"]
    ar = by_code["ar"]
    assert (ar["own_name"], ar["direction"], ar["total"], ar["translated"]) == (
        "العربية",
        "rtl",
        106,
        106,
    )
    assert ar["reviewed"] == 0 and len(ar["not_reviewed_keys"]) == 106
    assert ar["complete"] and ar["buildable"] == "print" and not data["problems"]


@pytest.mark.parametrize("change", ["dutch", "missing", "unconfirmed", "new text"])
def test_status_counts_as_check_counts(root, change):
    if change == "dutch":
        fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    elif change == "new text":  # one outdated and one never confirmed text in Turkish
        fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
        fill(root, "nl", {"contacts.geldfit.name": "Geldfit hulplijn"})
        fill(root, "tr", {"contacts.geldfit.name": "Geldfit yardım hattı"})
    elif change == "missing":
        fill(root, "tr", {"labels.free": "", "back.title": ""})
    else:
        (root / "translations" / "uk.yaml").write_text(
            (root / "translations" / "tr.yaml").read_text(encoding="utf-8"), encoding="utf-8"
        )
    guide = load_guide(root)
    report = check_guide(guide, layout=False)
    for code, s in statuses(root).items():
        if s.is_source:
            continue
        expected = report.languages[code]
        assert (s.total, s.translated, s.outdated, s.not_confirmed) == (
            expected.keys,
            expected.translated,
            expected.outdated,
            expected.not_confirmed,
        ), code
    if change == "new text":
        assert (statuses(root)["tr"].outdated, statuses(root)["tr"].not_confirmed) == (1, 1)


def test_outdated_and_not_confirmed_are_two_states(root, capsys):
    """Outdated: the Dutch changed since the text was confirmed. Not confirmed: never confirmed.
    The table, the to-do list, one key, JSON, check's messages and a draft's back page agree."""
    from hulpwijzer.compose.draft import draft_notice

    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    fill(root, "nl", {"contacts.geldfit.name": "Geldfit hulplijn"})
    fill(root, "tr", {"contacts.geldfit.name": "Geldfit yardım hattı"})
    assert run(root, "status") == 0
    table = capsys.readouterr().out
    assert "outdated not confirmed reviewed" in table
    tr_row = next(line for line in table.splitlines() if line.startswith("  tr "))
    assert tr_row.split()[2:7] == ["107/107", "0", "1", "1", "0"]

    assert run(root, "status", "tr") == 0
    out = capsys.readouterr().out
    assert "outdated 1, not confirmed 1," in out
    outdated = out.split("Outdated: the Dutch changed since it was confirmed")[1].split("\n\n")[0]
    unconfirmed = out.split("Not confirmed yet: never checked against the Dutch")[1]
    unconfirmed = unconfirmed.split("\n\n")[0]
    assert "sections.money.intro" in outdated and "contacts.geldfit.name" not in outdated
    assert "contacts.geldfit.name" in unconfirmed and "sections.money.intro" not in unconfirmed

    assert run(root, "status", "--format", "json") == 0
    tr = next(e for e in json.loads(capsys.readouterr().out)["languages"] if e["language"] == "tr")
    assert (tr["outdated"], tr["outdated_keys"]) == (1, ["sections.money.intro"])
    assert (tr["not_confirmed"], tr["not_confirmed_keys"]) == (1, ["contacts.geldfit.name"])

    assert run(root, "status", "tr", "--key", "contacts.geldfit.name") == 0
    assert "[not confirmed, not reviewed" in capsys.readouterr().out
    assert run(root, "status", "tr", "--key", "sections.money.intro") == 0
    assert "[outdated, not reviewed" in capsys.readouterr().out

    report = check_guide(load_guide(root), layout=False)
    words = {m.key: m.text.split(":")[0] for m in report.messages if m.file.endswith("tr.yaml")}
    assert words["sections.money.intro"] == "outdated"
    assert words["contacts.geldfit.name"] == "not confirmed yet"

    notice = draft_notice(statuses(root)["tr"])
    assert "Outdated (the Dutch changed since it was confirmed): 1 texts." in notice
    assert "Not confirmed yet against the Dutch: 1 texts." in notice


def test_status_of_one_language_and_of_one_key(root, capsys):
    fill(root, "tr", {"labels.free": ""})
    assert run(root, "status", "tr") == 0
    out = capsys.readouterr().out
    assert "Missing (translate these): 1" in out and "labels.free" in out and "nl: gratis" in out
    assert "Not reviewed by a native speaker" in out
    assert run(root, "status", "--key", "back.edition") == 0
    out = capsys.readouterr().out
    assert "Keep {date} exactly as it is" in out and "Room: 2 lines" in out
    assert "Uitgave van {date}" in out and "Baskı tarihi: {date}" in out
    assert run(root, "status", "tr", "--key", "back.edition", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["languages"]) == {"nl", "tr"} and data["room"]["lines"] == 2
    assert run(root, "status", "--key", "cover.titel") == 2
    assert "Did you mean 'cover.title'?" in capsys.readouterr().err
    assert run(root, "status", "xx") == 2
