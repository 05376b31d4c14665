"""JSON Schemas of the YAML files: they accept the sample and reject broken files."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
import yaml

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.publish.run import check_guide
from hulpwijzer.translators import schemas

from ..project import REPO, copy_project

KINDS = ("guide", "contacts", "notes", "translation")


def schema(kind: str) -> dict:
    return json.loads((REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8"))


def as_editor_sees(data):
    """YAML 1.2, as editors read it: an unquoted 2026-11-24 is a text, not a date."""
    if isinstance(data, dict):
        return {str(k): as_editor_sees(v) for k, v in data.items()}
    if isinstance(data, list):
        return [as_editor_sees(v) for v in data]
    if isinstance(data, dt.date):
        return data.isoformat()
    return data


def errors(kind: str, data) -> list[jsonschema.ValidationError]:
    validator = jsonschema.Draft7Validator(schema(kind))
    return list(validator.iter_errors(as_editor_sees(data)))


def load(rel: str):
    return yaml.safe_load((REPO / rel).read_text(encoding="utf-8"))


@pytest.mark.parametrize("kind", KINDS)
def test_schemas_are_valid_draft_7(kind):
    jsonschema.Draft7Validator.check_schema(schema(kind))


def test_every_yaml_file_names_its_schema_on_the_first_line():
    files = {
        "content/guide.yaml": "guide",
        "content/contacts.yaml": "contacts",
        "content/notes.yaml": "notes",
    }
    files.update({f"translations/{p.name}": "translation" for p in REPO.glob("translations/*")})
    for rel, kind in files.items():
        first = (REPO / rel).read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == f"# yaml-language-server: $schema=../schemas/{kind}.schema.json", rel


@pytest.mark.parametrize("rel", ["content/guide.yaml", "content/notes.yaml"])
def test_schemas_accept_the_sample_content(rel):
    assert not errors(rel.split("/")[1].removesuffix(".yaml"), load(rel))


def test_contacts_schema_reports_only_what_check_reports_as_errors():
    """The sample has one known error (an http:// website); the schema sees the same."""
    found = errors("contacts", load("content/contacts.yaml"))
    report = check_guide(load_guide(REPO), layout=False)
    data = load("content/contacts.yaml")["contacts"]
    for e in found:
        index, field = e.absolute_path[1], e.absolute_path[2]
        key = f"contacts.{data[index]['id']}.{field}"
        assert any(m.key == key for m in report.errors), key


@pytest.mark.parametrize("code", ["nl", "en", "ar", "tr"])
def test_translation_schema_accepts_every_sample_language(code):
    assert not errors("translation", load(f"translations/{code}.yaml"))


def test_shipped_translation_schema_is_generated_from_the_current_keys():
    guide = load_guide(REPO)
    assert schemas.schema_is_current(guide), "run: hulpwijzer schemas"
    props = schema("translation")["properties"]
    assert set(props) == {
        "cover",
        "contents",
        "start",
        "sections",
        "index",
        "contacts",
        "labels",
        "legend",
        "back",
        "web",
        "poster",
        "homeprint",
    }
    # optional translated names of contacts whose Dutch file has no name key are allowed
    assert set(props["contacts"]["properties"]["geldfit"]["properties"]) == {"about", "name"}
    assert "Room:" in props["cover"]["properties"]["title"]["description"]


BROKEN_TRANSLATIONS = [
    ("a misspelt key", {"cover": {"titel": "Yardım"}}),
    ("an unknown section", {"sections": {"mony": {"title": "Para"}}}),
    ("a number", {"labels": {"call": 112}}),
    ("yes read as true", {"labels": {"free": True}}),
    ("a list", {"cover": {"title": ["a", "b"]}}),
    ("a lost placeholder", {"back": {"edition": "Baskı tarihi"}}),
    ("a translated placeholder", {"back": {"edition": "Baskı: {tarih}"}}),
    ("braces where nothing is filled in", {"cover": {"title": "Rehber {x}"}}),
    ("a text where keys belong", {"labels": "Bel"}),
]


@pytest.mark.parametrize(
    ("what", "data"), BROKEN_TRANSLATIONS, ids=[b[0] for b in BROKEN_TRANSLATIONS]
)
def test_translation_schema_rejects_broken_files(what, data):
    assert errors("translation", data), what


BROKEN_CONTACTS = [
    ("an unknown field", {"fax": "045 123"}),
    ("an unknown phone kind", {"phones": [{"number": "045 560 2595", "kind": "fax"}]}),
    ("a phone without number", {"phones": [{"kind": "voice"}]}),
    ("free as text", {"phones": [{"number": "112", "free": "yes"}]}),
    ("an unknown day", {"hours": [{"days": ["monday"], "opens": "09:00", "closes": "17:00"}]}),
    ("a time without colon", {"hours": [{"days": ["mon"], "opens": "9 uur", "closes": "17:00"}]}),
    ("an http website", {"website": "http://example.nl/"}),
    ("a bad postcode", {"address": {"street": "Kruisstraat 1", "postcode": "641 BS", "city": "X"}}),
    ("a bad date", {"verified": "24-11-2026", "verified_by": "A. Jansen"}),
    ("verified without who", {"verified": "2026-11-24"}),
    ("who without verified", {"verified_by": "A. Jansen"}),
    ("the old single source", {"source": "https://geldfit.nl/ (a page)"}),
    ("no source in the list", {"sources": []}),
    (
        "a source without page date",
        {"sources": [{"url": "https://geldfit.nl/", "consulted": "2026-11-24"}]},
    ),
    (
        "a page date in words",
        {"sources": [{"url": "https://x.nl/", "page_date": "2020ish", "consulted": "2026-11-24"}]},
    ),
    (
        "both url and document",
        {
            "sources": [
                {
                    "url": "https://x.nl/",
                    "document": "a leaflet",
                    "page_date": 2020,
                    "consulted": "2026-11-24",
                }
            ]
        },
    ),
    ("an id with capitals", {"id": "Geldfit"}),
]


@pytest.mark.parametrize(("what", "change"), BROKEN_CONTACTS, ids=[b[0] for b in BROKEN_CONTACTS])
def test_contacts_schema_rejects_broken_entries(what, change):
    source = {"url": "https://geldfit.nl/", "page_date": "no date shown", "consulted": "2026-11-24"}
    entry = {"id": "geldfit", "name": "Geldfit", "sources": [source]}
    assert not errors("contacts", {"contacts": [entry]})
    confirmed = {**entry, "verified": "2026-11-30", "verified_by": "A. Jansen"}
    assert not errors("contacts", {"contacts": [confirmed]})
    assert errors("contacts", {"contacts": [{**entry, **change}]}), what
    missing_source = {k: v for k, v in entry.items() if k != "sources"}
    assert errors("contacts", {"contacts": [missing_source]})


def test_guide_schema_rejects_broken_files():
    good = load("content/guide.yaml")
    for change in (
        {"page_size": "A3"},
        {"online_url": {"default": "http://www.heerlen.nl/"}},
        {"online_url": {"en": "https://www.heerlen.nl/"}},  # no default
        {"edition": "24 november 2026"},
        {"sections": [{"id": "money", "contacts": ["Geldfit"]}]},
        {"colour": "blue"},
    ):
        assert errors("guide", {**good, **change}), change


def test_schemas_command_writes_and_checks_the_translation_schema(tmp_path, capsys):
    root = copy_project(tmp_path)
    assert main(["--root", str(root), "schemas", "--check"]) == 0
    nl = root / "translations" / "nl.yaml"
    # a new Dutch key at the end of the file (under back:)
    nl.write_text(nl.read_text(encoding="utf-8") + '  remark: "Opmerking"\n', encoding="utf-8")
    assert main(["--root", str(root), "schemas", "--check"]) == 1
    assert main(["--root", str(root), "status"]) == 0
    assert "hulpwijzer schemas" in capsys.readouterr().out
    assert main(["--root", str(root), "schemas"]) == 0
    written = json.loads((root / schemas.TRANSLATION_SCHEMA).read_text(encoding="utf-8"))
    assert "remark" in written["properties"]["web"]["properties"]
    assert main(["--root", str(root), "schemas", "--check"]) == 0
