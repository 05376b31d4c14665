"""``hulpwijzer new-contact``: the entry, the section and the Dutch text, in place; refusals;
after filling in the Dutch text and a source, only the other languages' texts are missing."""

from __future__ import annotations

import pytest
import yaml

from hulpwijzer.cli import main
from hulpwijzer.load import load_guide
from hulpwijzer.publish.run import check_guide

from ..project import copy_project, snapshot

FILES = ("content/contacts.yaml", "content/guide.yaml", "translations/nl.yaml")


@pytest.fixture
def root(tmp_path):
    return copy_project(tmp_path)


def run(root, *args) -> int:
    return main(["--root", str(root), *args])


def read(root, name: str) -> str:
    return (root / name).read_text(encoding="utf-8")


def fill_in(root) -> None:
    """What staff do next: a source (test data) and the Dutch text."""
    contacts = read(root, "content/contacts.yaml").replace(
        "    sources:                        # at least one",
        "    website: https://www.politie.nl/\n"
        "    sources:\n"
        "      - url: https://www.politie.nl/\n"
        '        page_date: "no date shown"\n'
        "        consulted: 2026-11-20\n"
        '        says: "test data"\n'
        "    # at least one",
    )
    (root / "content/contacts.yaml").write_text(contacts, encoding="utf-8")
    nl = read(root, "translations/nl.yaml").replace(
        '  wijkagent:\n    about: ""',
        '  wijkagent:\n    about: "De politie in uw buurt. Zij kent de wijk."',
    )
    (root / "translations/nl.yaml").write_text(nl, encoding="utf-8")


def test_new_contact_in_three_files_then_only_translations_missing(root, capsys):
    before = {name: read(root, name) for name in FILES}
    errors_before = {m.format() for m in check_guide(load_guide(root), layout=False).errors}
    assert (
        run(root, "new-contact", "wijkagent", "--name", "Wijkagent", "--section", "emergency") == 0
    )
    out = capsys.readouterr().out
    after = {name: read(root, name) for name in FILES}

    # contacts.yaml: one new entry after the last contact of its section, nothing else changed
    old, new = before["content/contacts.yaml"], after["content/contacts.yaml"]
    start = new.index("\n\n  - id: wijkagent")
    end = new.index("delete this note.") + len("delete this note.")
    assert new[:start] + new[end:] == old
    entry = next(
        c
        for c in yaml.safe_load(after["content/contacts.yaml"])["contacts"]
        if c["id"] == "wijkagent"
    )
    assert entry["name"] == "Wijkagent" and entry["sources"] is None
    assert "verified" not in entry and "nothing in it is confirmed" in entry["unverified"]
    assert "    # phones:" in new and "      # - url: https://…" in new
    # after the last contact of its section, before the next section's first
    assert new.index("  - id: slachtofferhulp") < start < new.index("  - id: geldfit")

    # guide.yaml: the id at the end of the section, the rest byte for byte
    old, new = before["content/guide.yaml"], after["content/guide.yaml"]
    assert new == old.replace(
        "meld-misdaad-anoniem, slachtofferhulp]",
        "meld-misdaad-anoniem, slachtofferhulp, wijkagent]",
    )

    # nl.yaml: nested after the contact before it in the order of the sections
    old, new = before["translations/nl.yaml"], after["translations/nl.yaml"]
    lines = new.split("\n")
    i = lines.index("  wijkagent:")
    assert lines[i + 1] == '    about: ""' and lines[i - 1].startswith("    about:")
    assert lines[i - 2] == "  slachtofferhulp:"
    assert "\n".join(lines[:i] + lines[i + 2 :]) == old

    # what it says
    assert "content/contacts.yaml:183" in out and "translations/nl.yaml:91" in out
    for code in ("ar", "en", "tr"):
        assert (
            f"{code}     translations/{code}.yaml  (nested under 'contacts:', after "
            "'slachtofferhulp')" in out
        )
    assert "'hulpwijzer build' stops" in out and "build -l nl" in out

    # a second run refuses (the entry has no source yet), and changes nothing
    files = snapshot(root)
    assert (
        run(root, "new-contact", "wijkagent", "--name", "Wijkagent", "--section", "emergency") == 1
    )
    assert "wijkagent.sources  lists no source" in capsys.readouterr().err
    assert snapshot(root) == files

    fill_in(root)
    guide = load_guide(root)  # the files load
    assert guide.sections[0].contact_ids[-1] == "wijkagent"
    report = check_guide(guide, layout=False)
    new_errors = [m for m in report.errors if m.format() not in errors_before]
    assert sorted((m.file, m.key) for m in new_errors) == [
        (f"translations/{code}.yaml", "contacts.wijkagent.about") for code in ("ar", "en", "tr")
    ]
    assert all("after line" in m.hint and "slachtofferhulp" in m.hint for m in new_errors)

    # once it loads, a second run refuses because the id exists
    assert run(root, "new-contact", "wijkagent", "--name", "W", "--section", "money") == 1
    assert "'wijkagent' exists already (content/contacts.yaml:183)" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["Wijkagent", "--name", "W", "--section", "emergency"],
            "'Wijkagent' cannot be an id: use lowercase letters, digits and '-' only (for example "
            "'wijkagent')",
        ),
        (["wijk_agent", "--name", "W", "--section", "emergency"], "(for example 'wijk-agent')"),
        (["geldfit", "--name", "W", "--section", "money"], "'geldfit' exists already"),
        (
            ["wijkagent", "--name", "W", "--section", "safety"],
            "no section 'safety' in content/guide.yaml; the sections are: emergency, money, work, "
            "housing, care, family, health, social, digital, say",
        ),
        (["wijkagent", "--name", " ", "--section", "money"], "--name is empty"),
    ],
)
def test_refusals_change_nothing(root, capsys, args, message):
    files = snapshot(root)
    assert run(root, "new-contact", *args) == 1
    assert message in capsys.readouterr().err
    assert snapshot(root) == files


def test_two_sections_and_a_block_list(root, capsys):
    guide_file = root / "content/guide.yaml"
    text = guide_file.read_text(encoding="utf-8").replace(
        "    contacts: [buurtbemiddeling, huurcommissie]",
        "    contacts:\n      - buurtbemiddeling\n      - huurcommissie",
    )
    guide_file.write_text(text, encoding="utf-8")
    assert (
        run(
            root,
            "new-contact",
            "woonwijzer",
            "--name",
            "Woon: wijzer",
            "--section",
            "housing",
            "--section",
            "say",
        )
        == 0
    )
    data = yaml.safe_load(guide_file.read_text(encoding="utf-8"))
    by_id = {s["id"]: s["contacts"] for s in data["sections"]}
    assert by_id["housing"] == ["buurtbemiddeling", "huurcommissie", "woonwijzer"]
    assert by_id["say"][-1] == "woonwijzer"
    contacts = yaml.safe_load(read(root, "content/contacts.yaml"))["contacts"]
    assert next(c for c in contacts if c["id"] == "woonwijzer")["name"] == "Woon: wijzer"
    nl = yaml.safe_load(read(root, "translations/nl.yaml"))["contacts"]
    order = list(nl)
    assert order[order.index("woonwijzer") - 1] == "huurcommissie"
