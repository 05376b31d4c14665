"""XLIFF 1.2 export: the Dutch source, notes, room and states of every text; the round trip
through import leaves the YAML unchanged."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from hulpwijzer.cli import main
from hulpwijzer.translators.xliff import NS

from ..project import UK, copy_project, fill, snapshot

X = f"{{{NS}}}"


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def units(path) -> dict[str, ET.Element]:
    tree = ET.parse(path)
    return {u.get("id"): u for u in tree.iter(f"{X}trans-unit")}


def test_export_has_the_dutch_source_notes_room_and_states(root, capsys):
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    fill(root, "tr", {"labels.free": ""})
    assert run(root, "review", "tr", "cover.title", "--by", "Ayşe") == 0
    assert run(root, "export-xliff", "tr") == 0
    assert (
        "106 texts (1 missing, 1 outdated or not confirmed, 103 translated, 1 reviewed)"
        in capsys.readouterr().out
    )
    path = root / "xliff" / "tr.xlf"
    root_el = ET.parse(path).getroot()
    assert root_el.tag == f"{X}xliff" and root_el.get("version") == "1.2"
    file = root_el.find(f"{X}file")
    assert (file.get("source-language"), file.get("target-language")) == ("nl", "tr")
    assert file.get("original") == "translations/tr.yaml"
    found = units(path)
    assert list(found)[:2] == ["cover.title", "cover.subtitle"]  # the Dutch order
    title = found["cover.title"]
    assert title.find(f"{X}source").text == "Hulpwijzer Heerlen"
    assert title.find(f"{X}target").text == "Heerlen Yardım Rehberi"
    assert (title.get("approved"), title.find(f"{X}target").get("state")) == ("yes", "signed-off")
    assert title.get("maxwidth") == "44" and title.get("size-unit") == "char"
    assert "The glossary keeps the town name 'Heerlen'" in title.find(f"{X}note").text
    free = found["labels.free"]
    assert free.find(f"{X}target").get("state") == "needs-translation"
    money = found["sections.money.intro"]
    assert money.find(f"{X}target").get("state") == "needs-review-translation"
    notes = [n.text for n in money.findall(f"{X}note")]
    assert any('it was: "Heeft u geldzorgen?' in n for n in notes)
    edition = found["back.edition"]
    assert "Keep {date} exactly" in edition.find(f"{X}note").text
    assert found["cover.subtitle"].get("approved") == "no"


@pytest.mark.parametrize("code", ["en", "ar", "tr", "uk"])
def test_round_trip_leaves_every_file_unchanged(root, code, capsys):
    if code == "uk":  # a language in progress: half filled in, partly reviewed
        assert run(root, "add-language", "uk") == 0
        fill(root, "uk", dict(list(UK.items())[:40]))
        assert run(root, "confirm", "uk") == 0
        assert run(root, "review", "uk", "--by", "Оксана") == 0
    before = snapshot(root)
    assert run(root, "export-xliff", code) == 0
    assert run(root, "import-xliff", str(root / "xliff" / f"{code}.xlf")) == 0
    assert "changed 0 text(s), added 0" in capsys.readouterr().out
    assert snapshot(root) == before
