"""XLIFF review semantics: what counts as a native speaker's review, region subtags, and an
import that would overwrite a text edited in the YAML since the export."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from hulpwijzer.cli import main
from hulpwijzer.load.states import read_lock, read_reviews
from hulpwijzer.texts import text_hash
from hulpwijzer.translators.xliff import HW_NS, NS

from ..project import UK, copy_project, fill, snapshot
from .test_xliff_import import set_target

X = f"{{{NS}}}"


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def export(root, code: str = "tr"):
    assert run(root, "export-xliff", code) == 0
    return root / "xliff" / f"{code}.xlf"


def reviewed(root, code: str = "tr") -> dict:
    return read_reviews(root).languages.get(code, {})


def test_export_records_the_hash_of_every_target(root):
    path = export(root)
    units = list(ET.parse(path).iter(f"{X}trans-unit"))
    unit = next(u for u in units if u.get("id") == "cover.title")
    target = unit.find(f"{X}target").text
    assert unit.get(f"{{{HW_NS}}}target-hash") == text_hash(target)
    assert all(u.get(f"{{{HW_NS}}}target-hash") for u in units)


def test_approved_yes_alone_marks_a_text_translated_not_reviewed(root, capsys):
    path = export(root)
    set_target(path, "labels.call", "Telefon edin", approved="yes")  # translate-toolkit's way
    capsys.readouterr()
    assert run(root, "import-xliff", str(path)) == 0
    out = capsys.readouterr().out
    assert "changed 1 text(s)" in out and "translations.review" not in out
    assert "labels.call" not in reviewed(root)
    assert read_lock(root).entry("tr", "labels.call") is not None


def test_signed_off_without_a_reviewer_is_not_a_review(root, capsys):
    path = export(root)
    set_target(path, "labels.call", "Telefon edin", state="signed-off")
    capsys.readouterr()
    assert run(root, "import-xliff", str(path)) == 0
    out = capsys.readouterr().out
    assert "1 text(s) are signed off (state signed-off or final) but no reviewer is named" in out
    assert 'import again with --by "Name"' in out
    assert "labels.call" not in reviewed(root)


def test_final_with_the_reviewer_named_in_its_phase_is_a_review(root, capsys):
    path = export(root)
    set_target(path, "labels.call", "Telefon edin", state="final")
    tree = ET.parse(path)
    header = tree.getroot().find(f"{X}file/{X}header")
    group = ET.SubElement(header, f"{X}phase-group")
    ET.SubElement(
        group,
        f"{X}phase",
        {"phase-name": "review1", "process-name": "review", "contact-name": "Ayşe Yılmaz"},
    )
    for unit in tree.iter(f"{X}trans-unit"):
        if unit.get("id") == "labels.call":
            unit.find(f"{X}target").set("phase-name", "review1")
    ET.register_namespace("", NS)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    assert run(root, "import-xliff", str(path)) == 0
    assert reviewed(root)["labels.call"].by == "Ayşe Yılmaz"


def test_signed_off_with_by_is_a_review(root):
    path = export(root)
    set_target(path, "labels.call", "Telefon edin", state="signed-off")
    assert run(root, "import-xliff", str(path), "--by", "Mehmet Kaya") == 0
    assert reviewed(root)["labels.call"].by == "Mehmet Kaya"


def test_a_region_subtag_goes_into_the_file_of_the_language(root, capsys):
    assert run(root, "add-language", "uk") == 0
    path = export(root, "uk")
    text = path.read_text(encoding="utf-8").replace(
        'target-language="uk"', 'target-language="uk-UA"'
    )
    path.write_text(text, encoding="utf-8")
    set_target(path, "cover.title", UK["cover.title"])
    capsys.readouterr()
    assert run(root, "import-xliff", str(path)) == 0
    assert "translations/uk.yaml: changed 1 text(s)" in capsys.readouterr().out
    assert not (root / "translations" / "uk_UA.yaml").exists()


def test_an_import_that_would_overwrite_a_text_edited_since_the_export_stops(root, capsys):
    path = export(root)
    set_target(path, "labels.call", "Telefon edin")
    set_target(path, "cover.subtitle", "Yardımı nerede bulursunuz?")
    set_target(path, "labels.free", "bedava")
    fill(root, "tr", {"labels.call": "Arayınız", "cover.subtitle": "Yeni alt başlık?"})
    before = snapshot(root)
    capsys.readouterr()
    assert run(root, "import-xliff", str(path)) == 1
    err = capsys.readouterr().err
    assert (
        "translations/tr.yaml was changed after the export in 2 text(s) that this file would "
        "overwrite: cover.subtitle, labels.call" in err
    )
    assert "Export again (hulpwijzer export-xliff tr)" in err
    assert snapshot(root) == before


def test_a_text_edited_since_the_export_but_untouched_by_the_agency_is_kept(root):
    path = export(root)
    set_target(path, "labels.free", "bedava")
    fill(root, "tr", {"labels.call": "Arayınız"})
    assert run(root, "import-xliff", str(path)) == 0
    body = (root / "translations" / "tr.yaml").read_text(encoding="utf-8")
    assert 'call: "Arayınız"' in body and 'free: "bedava"' in body


def test_each_unit_carries_the_glossary_entries_of_its_dutch_text(root):
    path = export(root, "ar")
    notes = {
        unit.get("id"): [n.text for n in unit.findall(f"{X}note") if n.get("from") == "glossary"]
        for unit in ET.parse(path).iter(f"{X}trans-unit")
    }
    [toeslag] = notes["contacts.belastingtelefoon.about"]
    assert toeslag.startswith('Glossary: toeslag → translate "toeslag" as "البدل"')
    assert "Not an 'uitkering'" in toeslag
    [ido] = notes["contacts.ido-bibliotheek.name"]
    assert 'keep "Informatiepunt Digitale Overheid" and add "(نقطة معلومات الحكومة الرقمية)"' in ido
    assert notes["labels.call"] == []
