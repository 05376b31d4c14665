"""content/guide.yaml: online URLs, ids, and the contacts that steps and sections list."""

from __future__ import annotations

from hulpwijzer.cli import main

from .damage import (
    CONTACTS,
    GUIDE,
    a_contact,
    check,
    contact_line,
    only,
    plant,
)


def test_qr_code_url_must_be_https(root):
    line = plant(root, GUIDE, "default: https://", "default: http://")
    m = only(check(root), GUIDE, "online_url.default", "starts with http://", "error")
    assert m.line == line


def test_contact_id_used_twice_is_refused_with_both_lines(root, capsys):
    first = contact_line(root, "geldfit")
    second = plant(root, CONTACTS, "- id: humanitas", "- id: geldfit")
    assert main(["--root", str(root), "check"]) == 1
    out = capsys.readouterr().out
    assert f"{CONTACTS}:{second}" in out and f"(first on line {first})" in out


def test_step_lists_a_contact_that_does_not_exist(root):
    line = plant(root, GUIDE, "contacts: [gemeente-heerlen]", "contacts: [gemeente]")
    m = only(check(root), GUIDE, "steps.municipality.contacts", "no contact 'gemeente'", "error")
    assert m.line == line


def test_section_lists_a_contact_that_does_not_exist(root):
    line = plant(root, GUIDE, "[geldfit,", "[geldfitt,")
    m = only(check(root), GUIDE, "sections.money.contacts", "no contact 'geldfitt'", "error")
    assert m.line == line and "'geldfit'" in m.hint


def test_contact_that_is_used_nowhere(root):
    cid = "nationale-ombudsman"
    line = plant(root, GUIDE, f", {cid}]", "]")
    report = check(root)
    m = only(report, CONTACTS, f"contacts.{cid}", "not printed", "warning")
    assert m.line == contact_line(root, cid)
    assert line


def test_duplicate_section_id(root):
    line = plant(root, GUIDE, "- id: housing", "- id: work")
    report = check(root)
    m = only(report, GUIDE, "sections.work", "used twice", "error")
    assert m.line == line


def test_emergency_contact_without_phone(root):
    cid = a_contact(lambda c: not c.phones)
    line = plant(root, GUIDE, "emergency: [", f"emergency: [{cid}, ")
    m = only(check(root), GUIDE, "emergency", f"'{cid}' has no phone number", "error")
    assert m.line == line


def test_an_unconfirmed_web_address_warns_and_fails_the_strict_check(root, capsys):
    m = only(check(root), GUIDE, "online_url_confirmed", "nobody has confirmed", "warning")
    assert "https://www.heerlen.nl/hulpwijzer/ar/" in m.text and "without QR codes" in m.text
    assert "online_url_confirmed: true" in m.hint
    assert main(["--root", str(root), "check", "--strict"]) == 1
    plant(root, GUIDE, "online_url_confirmed: false", "online_url_confirmed: true")
    assert not [x for x in check(root).warnings if x.key == "online_url_confirmed"]


def test_a_missing_confirmation_counts_as_not_confirmed(root):
    plant(root, GUIDE, "online_url_confirmed: false", "")
    only(check(root), GUIDE, "online_url_confirmed", "nobody has confirmed", "warning")


def test_the_base_address_must_be_a_folder(root):
    line = plant(
        root,
        GUIDE,
        "default: https://www.heerlen.nl/hulpwijzer/",
        "default: https://www.heerlen.nl/hulpwijzer",
    )
    m = only(check(root), GUIDE, "online_url.default", "must end with '/'", "error")
    assert m.line == line


def test_a_language_may_have_its_own_full_address(root):
    from hulpwijzer.load import load_guide

    plant(
        root,
        GUIDE,
        "  default: https://www.heerlen.nl/hulpwijzer/",
        "  default: https://www.heerlen.nl/hulpwijzer/\n  ar: https://www.example.nl/gids-ar",
    )
    settings = load_guide(root).settings
    assert settings.url_for("ar") == "https://www.example.nl/gids-ar"
    assert settings.url_for("tr") == "https://www.heerlen.nl/hulpwijzer/tr/"


def test_two_ids_without_a_comma_are_named_as_a_missing_comma(root):
    line = plant(root, GUIDE, "humanitas, voedselbank", "humanitas voedselbank")
    m = only(check(root), GUIDE, "sections.money.contacts", "without a comma", "error")
    assert m.line == line
    assert m.text == "'humanitas voedselbank' is 2 contact ids without a comma between them"
    assert m.hint == "Separate the ids in the list with a comma: humanitas, voedselbank."
    assert "Did you mean" not in m.hint


def test_section_names_a_pictogram_that_does_not_exist(root):
    line = plant(root, GUIDE, "icon: euro", "icon: eurro")
    m = only(check(root), GUIDE, "sections.money.icon", "no pictogram 'eurro'", "error")
    assert m.line == line and "'euro'" in m.hint and "src/hulpwijzer/symbols/" in m.hint


def test_section_without_a_pictogram_is_a_warning(root):
    line = plant(root, GUIDE, "icon: work-fill", "# no icon")
    m = only(check(root), GUIDE, "sections.work.icon", "has no pictogram", "warning")
    assert m.line == line - 1  # the section's first line, '- id: work'
