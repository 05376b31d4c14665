"""XLIFF 1.2 import: an agency's work comes back in place, and a text that changes a number,
address or placeholder is refused, as is a file that cannot be read."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
import yaml

from hulpwijzer.check import consistency_errors
from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.load.states import read_lock, read_reviews
from hulpwijzer.publish.run import check_guide
from hulpwijzer.texts import text_hash
from hulpwijzer.translators.xliff import NS

from ..project import UK, copy_project, fill, snapshot

X = f"{{{NS}}}"


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def set_target(
    path, key: str, value: str, approved: str | None = None, state: str = "translated"
) -> None:
    """What an agency's tool does: change one target (and maybe approve or sign it off)."""
    tree = ET.parse(path)
    for unit in tree.iter(f"{X}trans-unit"):
        if unit.get("id") == key:
            target = unit.find(f"{X}target")
            target.text = value
            target.set("state", state)
            if approved:
                unit.set("approved", approved)
    ET.register_namespace("", NS)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def add_unit(path, key: str, source: str, target: str) -> None:
    """A unit the export did not write (an agency's tool may add or repeat one)."""
    tree = ET.parse(path)
    body = tree.getroot().find(f"{X}file/{X}body")
    unit = ET.SubElement(body, f"{X}trans-unit", {"id": key})
    ET.SubElement(unit, f"{X}source").text = source
    ET.SubElement(unit, f"{X}target").text = target
    ET.register_namespace("", NS)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def test_import_fills_in_a_new_language_in_place(root, capsys):
    assert run(root, "add-language", "uk") == 0
    scaffold = (root / "translations" / "uk.yaml").read_text(encoding="utf-8")
    assert run(root, "export-xliff", "uk") == 0
    path = root / "xliff" / "uk.xlf"
    for key in ("cover.title", "back.edition", "contacts.geldfit.about"):
        # approved="yes" on every unit, as translate-toolkit does; only one is signed off
        state = "signed-off" if key == "cover.title" else "translated"
        set_target(path, key, UK[key], approved="yes", state=state)
    capsys.readouterr()
    assert run(root, "import-xliff", str(path), "--by", "Agency proofreader") == 0
    out = capsys.readouterr().out
    assert "changed 3 text(s)" in out and "recorded the Dutch text of 3" in out
    body = (root / "translations" / "uk.yaml").read_text(encoding="utf-8")
    lines = body.splitlines()
    title = lines.index('  title: "Довідник допомоги Heerlen"')
    assert lines[title - 1] == "  # nl: Hulpwijzer Heerlen"
    comments = [line for line in body.splitlines() if line.lstrip().startswith("#")]
    assert comments == [line for line in scaffold.splitlines() if line.lstrip().startswith("#")]
    data = yaml.safe_load(body)
    assert data["back"]["edition"] == UK["back.edition"] and data["labels"]["call"] == ""
    guide = load_guide(root)
    lock = read_lock(root)
    assert lock.entry("uk", "cover.title").hash == text_hash("Hulpwijzer Heerlen")
    report = check_guide(guide, layout=False)
    assert report.languages["uk"].translated == 3
    assert not [
        m for m in report.messages if m.file == "translations/uk.yaml" and "outdated" in m.text
    ]
    reviewed = read_reviews(root).languages["uk"]
    assert set(reviewed) == {"cover.title"} and reviewed["cover.title"].by == "Agency proofreader"


def test_import_adds_a_key_the_file_lacks(root, capsys):
    fill(root, "nl", {"labels.fax": "Fax"})  # a new Dutch key, not yet in tr.yaml
    assert run(root, "export-xliff", "tr") == 0
    path = root / "xliff" / "tr.xlf"
    set_target(path, "labels.fax", "Faks")
    assert run(root, "import-xliff", str(path)) == 0
    assert "added 1" in capsys.readouterr().out
    assert (
        yaml.safe_load((root / "translations" / "tr.yaml").read_text("utf-8"))["labels"]["fax"]
        == "Faks"
    )


@pytest.mark.parametrize(
    ("key", "target", "what"),
    [
        ("cover.emergency", "Hayati tehlike mi var? 911'i arayın.", "missing 112"),
        ("start.steps.municipality.text", "Belediyeyi arayın: 14 054.", "14 045"),
        ("contacts.schuldhulpmaatje.about", "Geldfit (0800 8151) sizi bağlar.", "0800 8115"),
        ("back.edition", "Baskı tarihi: {tarih}", "placeholders differ"),
        ("back.online", "En yeni bilgiler: www.heerlen.nl", "placeholders differ"),
        ("sections.money.intro", "Para sorunları? Bakın: https://geldfit.nl", "geldfit.nl"),
        ("cover.title", "Rehber {Heerlen", "brace"),
    ],
)
def test_import_that_changes_a_number_url_or_placeholder_is_refused(
    root, capsys, key, target, what
):
    assert run(root, "export-xliff", "tr") == 0
    path = root / "xliff" / "tr.xlf"
    set_target(path, "cover.subtitle", "Yardım nerede? Önemli numaralar ve adresler.")  # fine
    set_target(path, key, target)
    before = snapshot(root)
    assert run(root, "import-xliff", str(path)) == 1
    err = capsys.readouterr().err
    assert f"unit '{key}'" in err and what in err and "Nothing was imported" in err
    assert target in err  # the XLIFF text is shown next to the Dutch
    assert snapshot(root) == before  # not even the good unit was written


def test_consistency_errors_reuse_the_checks_of_check():
    assert not consistency_errors("tr", "cover.emergency", "112'yi arayın.", "Bel 112.")
    (m,) = consistency_errors("tr", "cover.emergency", "113'ü arayın.", "Bel 112.")
    assert "numbers or addresses differ" in m.text
    # other findings of check (style, punctuation) are not reasons to refuse an import
    assert not consistency_errors("tr", "cover.emergency", "112'yi  arayın", "Bel 112.")


def test_a_translation_from_an_older_dutch_text_is_imported_and_reported_outdated(root, capsys):
    assert run(root, "export-xliff", "en") == 0
    path = root / "xliff" / "en.xlf"
    fill(root, "nl", {"sections.money.intro": "Zorgen over geld? Vraag snel om hulp."})
    set_target(path, "sections.money.intro", "Money worries? Ask for help soon. Do not wait.")
    assert run(root, "import-xliff", str(path)) == 0
    out = capsys.readouterr().out
    assert "translated from an older Dutch text" in out and "sections.money.intro" in out
    report = check_guide(load_guide(root), layout=False)
    (m,) = [
        m for m in report.messages if m.key == "sections.money.intro" and m.file.endswith("en.yaml")
    ]
    assert "outdated" in m.text and "Heeft u geldzorgen?" in m.text


def test_dry_run_and_bad_files_write_nothing(root, capsys, tmp_path):
    assert run(root, "export-xliff", "tr", "--out", str(tmp_path / "tr.xlf")) == 0
    set_target(tmp_path / "tr.xlf", "labels.call", "Ara!")
    before = snapshot(root)
    assert run(root, "import-xliff", str(tmp_path / "tr.xlf"), "--dry-run") == 0
    assert "would change 1" in capsys.readouterr().out and snapshot(root) == before

    bad = tmp_path / "bad.xlf"
    cases = {
        "<xliff version='1.2'><file": "not well-formed XML",
        "<!DOCTYPE x [<!ENTITY a 'b'>]><xliff version='1.2'/>": "DOCTYPE",
        "<xliff version='2.0'/>": "not an XLIFF 1.2 file",
        f"<xliff xmlns='{NS}' version='1.2'><file source-language='nl' target-language='pl'>"
        "<body/></file></xliff>": "hulpwijzer add-language pl",
        f"<xliff xmlns='{NS}' version='1.2'><file source-language='en' target-language='tr'>"
        "<body/></file></xliff>": "source-language is 'en'",
    }
    for content, message in cases.items():
        bad.write_text(content, encoding="utf-8")
        assert run(root, "import-xliff", str(bad)) == 1
        assert message in capsys.readouterr().err
    assert snapshot(root) == before


def test_import_reports_unknown_untranslated_approved_and_older_units(root, capsys):
    fill(root, "tr", {"labels.free": ""})
    assert run(root, "export-xliff", "tr") == 0
    path = root / "xliff" / "tr.xlf"
    add_unit(path, "labels.fax", "Fax", "Faks")  # no such Dutch key
    set_target(path, "labels.call", "Telefon edin", approved="yes", state="final")
    set_target(path, "cover.title", "Heerlen Yardım Rehberi", state="signed-off")  # unchanged
    fill(root, "nl", {"labels.call": "Telefoneer"})
    capsys.readouterr()
    assert run(root, "import-xliff", str(path), "--dry-run", "--by", "A. Yılmaz") == 0
    assert capsys.readouterr().out == (
        "translations/tr.yaml: would change 1 text(s), would add 0; 104 unchanged, "
        "1 not translated in the file.\n"
        "  labels.call\n"
        "translations.lock: recorded the Dutch text of 1 imported text(s).\n"
        "translations.review: 2 text(s) signed off in the file recorded as reviewed.\n"
        "warning: 1 text(s) were translated from an older Dutch text (the Dutch changed since "
        "the export); check reports them as outdated:\n"
        "  labels.call\n"
        "warning: 1 unit(s) skipped: the Dutch file has no such key: labels.fax\n"
        "Dry run: nothing was written.\n"
    )


def test_import_refuses_a_repeated_unit_and_names_a_changed_dutch_text(root, capsys):
    assert run(root, "export-xliff", "tr") == 0
    path = root / "xliff" / "tr.xlf"
    add_unit(path, "cover.title", "Hulpwijzer Heerlen", "Rehber")
    set_target(path, "cover.emergency", "Hayati tehlike mi var? 911'i arayın.")
    fill(root, "nl", {"cover.emergency": "Is er levensgevaar? Bel dan 112."})
    before = snapshot(root)
    capsys.readouterr()
    assert run(root, "import-xliff", str(path)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("error: unit 'cover.emergency': ")
    assert err[0].endswith(" (the Dutch text has changed since the export)")
    assert err[1:4] == [
        '    Dutch now: "Is er levensgevaar? Bel dan 112."',
        '    XLIFF target: "Hayati tehlike mi var? 911\'i arayın."',
        err[3],
    ] and err[3].startswith("    → ")
    assert "error: unit 'cover.title' appears twice" in err
    assert err[-1] == f"Nothing was imported from {path}: 2 problem(s)."
    assert snapshot(root) == before


def test_import_refuses_files_it_cannot_read(root, capsys, tmp_path):
    cases = {
        tmp_path: "is not a plain file (a folder, a pipe or a device)",
        tmp_path / "none.xlf": "cannot be read (No such file or directory)",
    }
    big = tmp_path / "big.xlf"
    big.write_bytes(b" " * 20_000_001)
    cases[big] = "larger than 20,000,000 bytes, too large for an XLIFF of this guide"
    two = tmp_path / "two.xlf"
    two.write_text(f"<xliff xmlns='{NS}' version='1.2'><file/><file/></xliff>", encoding="utf-8")
    cases[two] = "holds 2 <file> elements; one is expected"
    for path, message in cases.items():
        assert run(root, "import-xliff", str(path)) == 1
        assert capsys.readouterr().err.startswith(f"error: {path}: {message}\n")
